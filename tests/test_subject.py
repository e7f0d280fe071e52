"""The topic a question asks about (assistant/answering/subject.py), and the refusal of a
question about a topic no document uses (assistant/answering/question.py)."""

from __future__ import annotations

import pytest

from assistant.answering import Answerer
from assistant.answering.candidates import build
from assistant.answering.subject import asked_topic
from assistant.models import Hit
from assistant.query import resolve
from assistant.vocabulary import idf_table
from ingest.analysis import analyze
from ingest.catalog import DocRecord
from ingest.documents import DocumentMeta

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "topic"), [
    ("Vad kostar en parkeringsplats vid sjukhuset?", "parkeringsplats"),
    ("Vad kostar parkering vid sjukhuset 2015?", "parkering"),
    ("Hur mycket kostar internet-KBT?", "internet-KBT"),
    ("Hur många vårdcentraler hade en rehabkoordinator 2017?", "vårdcentraler"),
    ("Hur stor andel av patienterna var kvinnor?", "patienterna"),
    ("Vad menas med avslutad behandling?", "avslutad"),
    ("vad betyder MMR", "MMR"),
])
def test_the_noun_a_topic_phrase_governs(question: str, topic: str) -> None:
    assert asked_topic(question) == topic


@pytest.mark.parametrize("question", [
    "Hur mycket fick VGR 2014?",              # no noun governed
    "Vilket datum ska rapporten lämnas?",     # the noun names the kind of answer, not the topic
    "Vad var huvudorsaken till att pengarna gick förlorade?",
    "Vad är syftet med överenskommelsen?",
    "Hur många har fått KBT?",                # "Hur många har …": no noun
    "När ska rapporten lämnas?",
    "How much does the course cost?",         # English words are merely not understood
    "",
])
def test_no_topic(question: str) -> None:
    assert asked_topic(question) == ""


PAGE = """Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT 2015.

Ersättningen för en sjukskrivningsperiod beräknas per dag.

Landstingen kan ta del av maximalt 712 miljoner kronor 2015 för rehabiliteringsgarantin."""


def _analysed_and_answered(question: str) -> tuple[str, bool, dict[str, object], str]:
    doc = DocRecord(DocumentMeta("doc", title="Överenskommelse", organisation="SKL", date="2015-04-02",
                                 years=(2015,)), "hash", "", PAGE, ["c1"])
    idf = idf_table({"c": analyze(PAGE), "x": analyze("sjukhuset plats arbetsplats region")})
    blocks = PAGE.split("\n\n")
    hits = [Hit(f"c{i}", "doc", b, PAGE.index(b), PAGE.index(b) + len(b), "", (2015,), 1.0 / (i + 1))
            for i, b in enumerate(blocks)]
    answerer = Answerer(idf)
    query = resolve(question, [])
    draft = answerer.answer(query, hits, {"doc": doc})
    assert build(hits, {"doc": doc}, None)  # the passages are there to answer from
    return answerer.analyse(query).unknown_topic, draft.answerable, draft.trace, draft.text


@pytest.mark.parametrize("question", [
    "Vad kostar parkering vid sjukhuset 2015?",
    "Vad kostar en parkeringsplats vid sjukhuset?",  # "plats" is known, "parkering" is not
])
def test_a_question_about_a_thing_no_document_names_is_refused(question: str) -> None:
    topic, answerable, trace, text = _analysed_and_answered(question)
    assert topic and topic.casefold().startswith("parkering")
    assert not answerable
    assert trace["reason"] == "uncovered_topic"
    assert text.startswith("Det framgår inte av dokumenten") and f"Inget av dokumenten nämner ”{topic}”." in text


@pytest.mark.parametrize("question", [
    "Vad kostar en KBT-behandling 2015?",              # known words
    "Vad kostar en sjukskrivningsdag?",                # a compound of known parts (dag, sjukskrivning)
    "Vad kostar rehabgarantin 2015?",                  # parts of longer known words (rehab-, -garantin)
    "Vad kostar ersättningn 2015?",                    # a typo of a known word
    "Vad kostar KBT för landstingen?",
])
def test_a_topic_the_library_names_is_not_refused_for_it(question: str) -> None:
    topic, _, trace, _ = _analysed_and_answered(question)
    assert topic == ""
    assert trace["reason"] != "uncovered_topic"


def test_a_made_up_word_of_any_length_is_an_unknown_topic_without_a_search_over_its_cuts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile "word" of 1500 letters is no compound (words longer than 40 letters are not
    split), so it costs one look-up, not one search of the vocabulary per cut."""
    from assistant.answering import question as q

    calls: list[tuple[object, ...]] = []
    real = q._piece
    monkeypatch.setattr(q, "_piece", lambda *a, **k: calls.append(a) or real(*a, **k))
    topic, answerable, trace, _ = _analysed_and_answered("Vad kostar " + "parkeringx" * 150 + "?")
    assert topic.startswith("parkeringx") and not answerable and trace["reason"] == "uncovered_topic"
    assert calls == []
