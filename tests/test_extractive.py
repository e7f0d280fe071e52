"""The extractive answerer's choices on hand-made passages (no index, no model): what may stand
as an answer and what may not."""

from __future__ import annotations

import pytest

from assistant.extractive import ExtractiveAnswerer
from assistant.models import Hit
from assistant.query import resolve
from assistant.vocabulary import idf_table
from ingest.analysis import analyze
from ingest.catalog import DocRecord
from ingest.documents import DocumentMeta

pytestmark = pytest.mark.unit

PAGE = """Frågor och svar kring rehabiliteringsgarantin 2015

Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT 2015. Behandlingen är i regel \
åtta-tjugo behandlingstillfällen.

Multimodal rehabilitering (MMR) pågår under 4-8 veckor för patienter med långvarig smärta.

Områden som ingått i överenskommelsen 2016

 1. Jämställd sjukskrivningsprocess
 2. Kompetenssatsning i försäkringsmedicin"""


def answer(question: str) -> tuple[bool, str]:
    blocks = PAGE.split("\n\n")
    doc = DocRecord(DocumentMeta("skl", title="Överenskommelse rehabiliteringsgarantin", organisation="SKL",
                                 date="2015-04-02", years=(2015,)), "hash", "", PAGE, ["c1"])
    other = {f"x{i}": analyze(t) for i, t in enumerate(["ångest depression stress", "budget region 2014"])}
    idf = idf_table({"c": analyze(PAGE), **other})
    hits = [Hit(f"c{i}", "skl", block, PAGE.index(block), PAGE.index(block) + len(block), "", (2015,), 1.0 / (i + 1))
            for i, block in enumerate(blocks)]
    draft = ExtractiveAnswerer(idf).answer(resolve(question, []), hits, {"skl": doc})
    return draft.answerable, draft.text


def test_a_heading_is_never_the_answer() -> None:
    """The link title names the year and the topic but states no rate."""
    answerable, text = answer("Vilka ersättningsnivåer gällde i rehabiliteringsgarantin 2015?")
    assert "Frågor och svar kring" not in text
    assert not answerable or "12 000" in text


def test_a_numbered_item_does_not_count_as_a_count() -> None:
    answerable, text = answer("Hur många läkare utbildades i försäkringsmedicin 2016?")
    assert not answerable, text


def test_sessions_are_not_weeks() -> None:
    answerable, text = answer("Hur många behandlingstillfällen omfattar en KBT?")
    assert answerable and "åtta-tjugo behandlingstillfällen" in text
    answerable, text = answer("How many treatment sessions does multimodal rehabilitation include?")
    assert not answerable, text


def test_a_count_times_the_cited_rate_is_shown_as_a_calculation() -> None:
    answerable, text = answer("Om ett landsting genomför tio KBT-behandlingar 2015, hur mycket ersätts det?")
    assert answerable and "12 000 kronor per genomförd KBT/IPT" in text
    assert "10 × 12 000 kr = 120 000 kr" in text
    answerable, text = answer("Hur mycket ersätts landstingen per KBT 2015?")
    assert answerable and "×" not in text
