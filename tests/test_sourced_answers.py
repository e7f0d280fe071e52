"""Questions about a document itself ("Vem gav ut rapporten och när?"): which questions are read
that way (only those whose object is a document), and how their answer is cited (the chunk that
holds the quoted line, not the passage the document was found by)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settings_over

from assistant.answering.answerer import SOURCED
from assistant.answering.question import source_fields
from assistant.assistant import Assistant
from ingest.pipeline import Ingestor

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "fields"), [
    ("Vem gav ut rapporten om sjukskrivningar?", {"publisher"}),
    ("Vem har publicerat sidan?", {"publisher"}),
    ("Vilken myndighet står bakom pressmeddelandet?", {"publisher"}),
    ("Vem gav ut Socialstyrelsens rapport om sjukskrivning och när?", {"publisher", "date"}),
    ("Vem gav ut sidan och när?", {"publisher", "date"}),
    ("Vem publicerade ISF:s rapport?", {"publisher"}),
    ("Vem gav ut årsredovisningen?", {"publisher"}),
    ("Who published the report on sick leave?", {"publisher"}),
    ("När publicerades rapporten?", {"date"}),
    ("När gavs beslutet ut?", {"date"}),
    ("När kom den nya isf-rapporten ut?", {"date"}),
    ("När uppdaterades sidan senast?", {"date"}),
    ("Vilket datum har protokollet?", {"date"}),
    ("When was the press release published?", {"date"}),
    ("When was the evaluation of the guarantee published?", {"date"}),
    ("Vem gav ut rapporten och när publicerades den?", {"publisher", "date"}),
    ("Vem har skrivit PM:et om rapportering?", {"author"}),
    ("Vem skrev rapporten och vilket datum har den?", {"author", "date"}),
    ("Who wrote the memo, and when?", {"author", "date"}),
    ("Who published the 2019 results report on KBT in Sörmland, and when is it dated?", {"publisher", "date"}),
    ("Vilka är författare till rapporten?", {"author"}),
    ("Who are the authors of the report?", {"author"}),
    # agency documents beyond reports and pages: an audit, a circular, an annual account, a plan
    ("Vem har gett ut granskningen av statsbidragen, och när publicerades den?", {"publisher", "date"}),
    ("Vem har gett ut cirkulär 22:11, och vilket datum har det?", {"publisher", "date"}),
    ("Vem har gett ut verksamhetsberättelsen för 2018?", {"publisher"}),
    ("Who published the national guidance on psychological treatment, and on what date?", {"publisher", "date"}),
    # the date asked beside another particular, or as the day a decision was taken
    ("Vilket datum och diarienummer har tjänsteskrivelsen om statsbidraget?", {"date"}),
    ("När är PM:et om fördelningen daterat, och vilket diarienummer har det?", {"date"}),
    ("Vilket diarienummer har regeringsbeslutet, och vilket datum fattades det?", {"date"}),
    ("What is the number and date of the audit report?", {"date"}),
    ("When was the memo on reporting dates written, and what is its reference number?", {"date"}),
    ("To whom was the consultation response sent, and what date does it carry?", {"date"}),
    ("vem skrev pm:et o när", {"author", "date"}),
    # the publisher as the subject of the verb
    ("När publicerade Region Halland pressmeddelandet om resultatet?", {"date"}),
    ("When did SKR publish the news item on the first year of the agreement?", {"date"}),
    ("What is the date and the diary number (dnr) of the follow-up report?", {"date"}),
    ("Vilket datum fattade landstingsstyrelsen beslutet om intern ersättning?", {"date"}),
    ("When was Region Uppsala's FAQ page on rehab coordination, KBT and MMR last updated?", {"date"}),
    ("När togs beslutet om statsbidraget, och under vilken paragraf?", {"date"}),
    # the publisher in the present tense
    ("who publishes that page on internet cbt and when was it last updated?", {"publisher", "date"}),
    ("Vem publicerar sidan om rehabkoordinatorer?", {"publisher"}),
])
def test_a_question_about_a_document_asks_for_its_publisher_or_date(question: str, fields: set[str]) -> None:
    assert source_fields(question) == fields


@pytest.mark.parametrize("question", [
    "Vem står bakom satsningen på rehabkoordinatorer?",
    "Vem skickade ut enkäten till vårdcentralerna?",
    "Vilken myndighet publicerade statistiken för 2014?",
    "Vilken myndighet publicerade Socialstyrelsens statistik?",
    "När publicerades statistiken för 2014?",
    "Which agency published the statistics?",
    "Vem är utgivare av statistiken?",
    "När publicerades den?",  # nothing says what "den" is
    "Vem gav ut den?",
    "Vem ansvarar för rehabiliteringsgarantin?",
    "Vad rekommenderar författarna i rapporten om KBT?",  # the authors as the subject: what the report says
    "What do the authors of the report recommend?",
    "What is the start date of the agreement?",  # when it starts, not when it was written
])
def test_a_question_about_something_else_is_left_to_the_decision_model(question: str) -> None:
    assert source_fields(question) == frozenset()


FILLER = " ".join(["Vården har under året arbetat vidare med rutiner för sjukskrivning och uppföljning."] * 6)
REPORT = ("Socialstyrelsen\n\nRapport om vårdens arbete med sjukskrivning\n\nPublicerad: 2 april 2015\n\n"
          + "\n\n".join(f"Avsnitt {i}\n\n{FILLER}" for i in range(1, 4))
          + "\n\nKoordineringsinsatser\n\nKoordineringsinsatser gavs till 1 200 patienter under året, främst i "
            "primärvården. Satsningen på koordineringsinsatser fortsätter 2016.\n\n"
            "Anna Berg, utredare, svarar på frågor om koordineringsinsatser.\n")


@pytest.fixture
def assistant(tmp_path: Path, memory_stores) -> Assistant:
    settings = settings_over(tmp_path, {"rapport.txt": REPORT})
    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([settings.corpus_dir]).ok
    return Assistant(settings, memory_stores.embedder, memory_stores)


def test_the_publisher_and_date_are_cited_from_the_chunk_that_holds_them(assistant: Assistant) -> None:
    """The question's words are found only at the end of the report; its publisher and date stand
    in its first lines, in another chunk: each citation names the chunk its quote lies in."""
    answer = assistant.ask("Vem gav ut rapporten om koordineringsinsatser och när?", explain=True)
    assert answer.explanation["reason"] == SOURCED
    assert answer.answerable and "Socialstyrelsen" in answer.answer and "2 april 2015" in answer.answer
    chunks = assistant.index.snapshot().catalog.chunks
    quotes = {c.quote for c in answer.citations}
    assert "Publicerad: 2 april 2015" in quotes and "Socialstyrelsen" in quotes
    for c in answer.citations:
        chunk = chunks[c.chunk_id]
        assert (chunk.start, chunk.end) == (c.chunk_start, c.chunk_end)
        assert c.chunk_start <= c.start < c.end <= c.chunk_end
        assert c.quote in chunk.text
    # the document was found by a passage at its end, which holds neither quote
    best = answer.explanation["candidates"][0]["start"]
    assert all(not c.chunk_start <= best < c.chunk_end for c in answer.citations)


def test_who_is_behind_an_effort_is_not_answered_from_the_documents_publisher(assistant: Assistant) -> None:
    answer = assistant.ask("Vem står bakom satsningen på koordineringsinsatser?", explain=True)
    assert answer.explanation["reason"] != SOURCED
    assert "utgivet av" not in answer.answer


def test_who_published_is_answered_even_when_no_passage_names_a_person(tmp_path: Path, memory_stores) -> None:
    """"Vem gav ut …?" asks for a person, so the person gate removes every unit of a report that
    names nobody; the publisher still comes from the document those units stand in."""
    nobody = REPORT.replace("Anna Berg, utredare, svarar på frågor om koordineringsinsatser.\n", "")
    assert nobody != REPORT
    settings = settings_over(tmp_path, {"rapport.txt": nobody})
    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([settings.corpus_dir]).ok
    answer = Assistant(settings, memory_stores.embedder, memory_stores).ask(
        "Vem gav ut rapporten om koordineringsinsatser?", explain=True)
    assert answer.explanation["reason"] == SOURCED
    assert answer.answerable and "Socialstyrelsen" in answer.answer


def test_the_other_part_of_a_question_about_a_document_is_quoted_beside_its_date(tmp_path: Path,
                                                                                memory_stores) -> None:
    """"När publicerades rapporten, och vilket diarienummer har den?": the date from the document's
    metadata, the number from the line of that document that names it, each cited."""
    numbered = REPORT.replace("Publicerad: 2 april 2015\n\n",
                              "Publicerad: 2 april 2015\n\nDiarienummer: 4.1-1234/2015\n\n")
    assert numbered != REPORT
    settings = settings_over(tmp_path, {"rapport.txt": numbered})
    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([settings.corpus_dir]).ok
    assistant = Assistant(settings, memory_stores.embedder, memory_stores)
    answer = assistant.ask("När publicerades rapporten om koordineringsinsatser, och vilket diarienummer har den?",
                           explain=True)
    assert answer.explanation["reason"] == SOURCED
    assert "2 april 2015" in answer.answer and "4.1-1234/2015" in answer.answer, answer.answer
    assert any("4.1-1234/2015" in c.quote for c in answer.citations)
    assert "[2]" in answer.answer or "[3]" in answer.answer
    single = assistant.ask("När publicerades rapporten om koordineringsinsatser?", explain=True)
    assert "4.1-1234/2015" not in single.answer


def test_a_part_that_names_what_no_line_repeats_is_the_documents_line_holding_that_fact(tmp_path: Path,
                                                                                     memory_stores) -> None:
    """"…, och vilket rapportnummer har den?" over a report whose number stands as "Rapport 2015:3":
    the part names a word no line of it uses; the line that holds a report number answers it."""
    numbered = REPORT.replace("Publicerad: 2 april 2015\n\n", "Publicerad: 2 april 2015\n\nRapport 2015:3\n\n")
    assert numbered != REPORT
    settings = settings_over(tmp_path, {"rapport.txt": numbered})
    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([settings.corpus_dir]).ok
    assistant = Assistant(settings, memory_stores.embedder, memory_stores)
    answer = assistant.ask("När publicerades rapporten om koordineringsinsatser, och vilket rapportnummer har den?",
                           explain=True)
    assert answer.explanation["reason"] == SOURCED
    assert "2 april 2015" in answer.answer and "2015:3" in answer.answer, answer.answer
    # asked in English words no line of a Swedish document uses
    english = assistant.ask("When was the report on coordination published, and what is its reference number "
                            "(rapportnummer)?", explain=True)
    assert english.explanation["reason"] == SOURCED
    assert "2015:3" in english.answer, english.answer


def test_who_wrote_a_memo_is_its_author_line_cited_beside_its_date(tmp_path: Path, memory_stores) -> None:
    """"Vem har skrivit PM:et och när?": the person of the memo's "Från:" line (which cleaning may
    have joined to the "Till:" line) with the role after the name, and the date, each cited; a
    memo that names no person as its author is left to the decision model."""
    memo = ("PM\n\nDatum: 2015-03-02\n\nTill: Verksamhetschefer i primärvården\nFrån: Karin Edlund, "
            "utvecklingsledare\n\nRapportering av koordineringsinsatser\n\n" + FILLER + "\n\nVårdcentralerna "
            "rapporterar koordineringsinsatser varje kvartal.\n")
    settings = settings_over(tmp_path, {"pm.txt": memo})
    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([settings.corpus_dir]).ok
    assistant = Assistant(settings, memory_stores.embedder, memory_stores)
    answer = assistant.ask("Vem har skrivit PM:et om rapportering av koordineringsinsatser, och när?", explain=True)
    assert answer.explanation["reason"] == SOURCED
    assert "skrivet av Karin Edlund, utvecklingsledare" in answer.answer and "2 mars 2015" in answer.answer
    quotes = {c.quote for c in answer.citations}
    assert "Från: Karin Edlund, utvecklingsledare" in quotes and "[2]" in answer.answer, (quotes, answer.answer)

    nameless = memo.replace("Från: Karin Edlund, utvecklingsledare", "Från: Enheten för uppföljning")
    (tmp_path / "nameless").mkdir()
    settings = settings_over(tmp_path / "nameless", {"pm.txt": nameless})
    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([settings.corpus_dir]).ok
    answer = Assistant(settings, memory_stores.embedder, memory_stores).ask(
        "Vem har skrivit PM:et om rapportering av koordineringsinsatser?", explain=True)
    assert answer.explanation["reason"] != SOURCED and "skrivet av" not in answer.answer
