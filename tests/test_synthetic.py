"""The scale benchmark's synthetic corpus: reproducible from its seed, made of the real
documents' sentences, with other regions and years, cut by the pipeline into the chunks asked for."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from evals.synthetic import REGIONS, YEARS, SourcePool, documents, write_corpus

pytestmark = pytest.mark.unit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def pool() -> SourcePool:
    return SourcePool.from_corpus(CORPUS)


def first(pool: SourcePool, seed: int, n: int = 20) -> list:
    return list(itertools.islice(documents(pool, seed), n))


def test_the_same_seed_gives_the_same_documents(pool: SourcePool) -> None:
    assert first(pool, 7) == first(pool, 7)
    assert first(pool, 7) != first(pool, 8)
    assert len({d.name for d in first(pool, 7, 200)}) == 200


def test_documents_speak_of_their_region_and_years_within_2008_2024(pool: SourcePool) -> None:
    docs = first(pool, 7, 100)
    assert {d.region for d in docs} <= set(REGIONS) and len({d.region for d in docs}) >= 10
    assert {d.year for d in docs} <= set(YEARS) and len({d.year for d in docs}) >= 10
    for doc in docs:
        assert doc.text.startswith("Publicerad: ") and f"{doc.region} {doc.year}" in doc.text
        years = {int(y) for y in re.findall(r"(?<![\d,.])(20[0-2]\d)(?![\d,])", doc.text)}
        assert years <= set(YEARS), (doc.name, years - set(YEARS))
        rest = doc.text.replace(doc.region, "")  # the real documents' regions are all replaced
        assert not [name for name in ("Västra Götaland", "Region Skåne", "Region Jämtland") if name in rest]


def test_paragraphs_are_made_of_the_real_sentences(pool: SourcePool) -> None:
    doc = first(pool, 3, 1)[0]
    real = " ".join(p.read_text("utf-8") for p in CORPUS.glob("*.txt"))
    words = lambda text: set(re.findall(r"[a-zåäö]{6,}", text.casefold()))  # noqa: E731
    assert len(words(doc.text) - words(real)) <= 5  # the region's name and little else is new


def test_write_corpus_reaches_the_target_and_smaller_sizes_are_prefixes(tmp_path: Path) -> None:
    written = write_corpus(tmp_path / "a", CORPUS, 300, seed=5)
    assert sum(written.chunks) >= 300 and sum(written.chunks[:-1]) < 300
    files, chunks = written.prefix(100)
    assert 100 <= chunks < 100 + max(written.chunks) and files == written.files[: len(files)]
    again = write_corpus(tmp_path / "b", CORPUS, 300, seed=5)
    assert [p.read_bytes() for p in again.files] == [p.read_bytes() for p in written.files]

