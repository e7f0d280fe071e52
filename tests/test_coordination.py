"""Coordinated questions (assistant/coordination.py): split at "och/samt/and" before a second
question word, each part answered and cited, the second as a follow-up of the first."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settings_over

from assistant.assistant import Assistant
from assistant.coordination import split_coordinated
from ingest.pipeline import Ingestor

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "parts"), [
    ("Hur mycket ersätts KBT 2015 och när ska landstingen rapportera?",
     ("Hur mycket ersätts KBT 2015?", "När ska landstingen rapportera?")),
    ("Vem undertecknade beslutet, och vilken befattning har hon?",
     ("Vem undertecknade beslutet?", "Vilken befattning har hon?")),
    ("How much was set aside in 2016, and when was it paid out?",
     ("How much was set aside in 2016?", "When was it paid out?")),
])
def test_two_questions_in_one_are_split(question: str, parts: tuple[str, str]) -> None:
    assert split_coordinated(question) == parts


@pytest.mark.parametrize("question", [
    "Hur mycket ersätts KBT och MMR 2015?",                     # one question about two things
    "Hur stor andel av potten fick regionen 2014 och hur mycket var det?",  # a share: one computation
    "Hur mycket mer fick MMR2 än MMR1, och varför?",            # a difference
    "Vad och när?",                                             # parts too short to stand alone
    "Hur mycket fick regionen, och när, och vem beslutade det?",  # three questions: left whole
])
def test_one_question_is_left_whole(question: str) -> None:
    assert split_coordinated(question) is None


AGREEMENT = """Överenskommelse om rehabiliteringsgarantin 2015

Statligt stöd

 • Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT.
 • Multimodal rehabilitering 2 ersätts med 45000 kr/behandlingsserie.

Tidplan

Landstingen rapporterar till Försäkringskassan vid två tillfällen:

 • 29/4 2015
 • 29/8 2015
"""


def test_each_part_is_answered_and_cited(tmp_path: Path, memory_stores) -> None:  # type: ignore[no-untyped-def]
    settings = settings_over(tmp_path, {"avtal-2015.txt": AGREEMENT})
    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([settings.corpus_dir]).ok
    assistant = Assistant(settings, memory_stores.embedder, memory_stores)
    answer = assistant.ask("Hur mycket ersätts landstingen per KBT 2015 och när rapporterar landstingen till "
                           "Försäkringskassan?")
    assert answer.answerable and "two_parts" in answer.notes, answer.answer
    assert "12 000" in answer.answer and "29/4 2015" in answer.answer
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert len(answer.citations) >= 2 and "[2]" in answer.answer
    for c in answer.citations:  # every marker points at a citation, and every citation is used
        assert f"[{c.n}]" in answer.answer
