"""ingest/readable.py: what is text a person could read. Agency prose, lists and figures pass in
UTF-8 and Windows-1252; random bytes, printable noise, base64 and letters strung at random fail."""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest

from ingest import readable

pytestmark = pytest.mark.unit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PROSE = ("Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT. Multimodal rehabilitering (MMR1) "
         "ersätts med 25 000 kr per behandlingsserie 2015-04-02. Överenskommelsen gäller för år 2015.\n") * 20


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_every_corpus_file_is_readable(path: Path) -> None:
    assert readable.check_bytes(path.read_bytes()).ok


def test_prose_in_utf8_and_windows_1252() -> None:
    assert readable.decode(PROSE.encode("utf-8")) == (PROSE, "utf-8")
    assert readable.decode(b"\xef\xbb\xbf" + PROSE.encode("utf-8"))[1] == "utf-8"
    assert readable.decode(PROSE.encode("cp1252")) == (PROSE, "cp1252")
    assert readable.check_bytes(PROSE.encode("cp1252")).ok


def random_bytes(seed: int, n: int, low: int, high: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, high) for _ in range(n))


def noise(seed: int, n: int, alphabet: str) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


@pytest.mark.parametrize(("data", "reason"), [
    (random_bytes(1, 20_000, 1, 256), "encoding"),  # no NUL byte, as in the report
    (random_bytes(2, 5_000, 0x80, 0x100), "encoding"),
    (noise(3, 20_000, "".join(map(chr, range(33, 127)))).encode(), "words"),
    (base64.b64encode(random.Random(4).randbytes(15_000)), "words"),
    (random.Random(5).randbytes(8_000).hex().encode(), "words"),
    (" ".join(noise(i, random.Random(i).randint(2, 9), "abcdefghijklmnopqrstuvwxyz") for i in range(3000)).encode(),
     "vowels"),
])
def test_what_is_not_text_is_refused(data: bytes, reason: str) -> None:
    verdict = readable.check_bytes(data)
    assert not verdict.ok and verdict.reason == reason


def test_a_long_text_is_judged_on_samples_across_it() -> None:
    garbage = noise(6, 400_000, "".join(map(chr, range(33, 127))))
    assert not readable.check_text(PROSE * 10 + garbage).ok  # noise after a good start is seen
    assert readable.check_text(PROSE * 200).ok
