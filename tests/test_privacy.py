"""Personal identity numbers are redacted; the numbers the documents are about are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.privacy import REDACTED, redact

pytestmark = pytest.mark.unit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(
    "pnr",
    [
        "811218-9876",  # YYMMDD-XXXX
        "19811218-9876",  # YYYYMMDD-XXXX
        "811218+9876",  # '+': the holder is 100 or older
        "19811218+9876",
        "8112189876",  # no separator
        "198112189876",
        "20050101-1234",
        "811278-9876",  # samordningsnummer: day + 60
        "19811278-9876",
        "811261-9876",
    ],
)
def test_identity_numbers_are_redacted(pnr: str) -> None:
    assert redact(pnr) == REDACTED
    assert redact(f"Mitt personnummer är {pnr}, vad gäller för mig?") == (
        f"Mitt personnummer är {REDACTED}, vad gäller för mig?"
    )
    assert pnr[-4:] not in redact(f"pnr:{pnr}.")


def test_every_number_in_a_text_is_redacted() -> None:
    text = "Patienten 811218-9876 och anhörig 19900101-1234 ringde."
    assert redact(text) == f"Patienten {REDACTED} och anhörig {REDACTED} ringde."


@pytest.mark.parametrize(
    "text",
    [
        "Landstingen ersätts med 12 000 kronor per KBT.",
        "ramen var 750 000 000 kronor",
        "Publicerad 2015-04-02",
        "överenskommelsen tecknades 2008",
        "2015-2016",
        "rapportera senast 29/4 2015",
        "KBT 8772 11026 13843 8353",
        "20150402",  # a date without separators is not a personal number
        "14,7 Mkr",
        "811332-1234",  # month 13 is no date
    ],
)
def test_document_numbers_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_the_corpus_has_nothing_to_redact(path: Path) -> None:
    """The documents hold amounts, dates, years and statistics, and no personal numbers."""
    text = path.read_text("utf-8")
    assert redact(text) == text


def test_redact_is_idempotent() -> None:
    once = redact("pnr 811218-9876")
    assert redact(once) == once
