"""The chat's way in: a free-text question about one patient's eligibility, answered through the
engine as an `Answer` (backend "eligibility") with the rules' quotes as its citations."""

from __future__ import annotations

import logging
from collections.abc import Callable

from assistant.eligibility.engine import INSUFFICIENT, assess
from assistant.eligibility.evidence import EvidenceIndex
from assistant.eligibility.parse import parse_free_text
from assistant.eligibility.render import render
from assistant.models import Answer, Citation

log = logging.getLogger(__name__)
# the note of an undecided verdict whose question names no condition (see `undecided`)
_NO_CONDITION = "eligibility:condition_missing"


def answer_eligibility(question: str, language: str, evidence: Callable[[], EvidenceIndex]) -> Answer | None:
    """None when the question is not about one patient's eligibility, or when a rule's quote is
    missing from the indexed documents (then the answer could not show its source, and ordinary
    retrieval answers instead). `evidence` is called only for an eligibility question."""
    patient = parse_free_text(question)
    if patient is None:
        return None
    verdict = assess(patient, evidence())
    if verdict.unverified:
        log.warning("eligibility rules not found in the index (%s); answering by retrieval",
                    ", ".join(verdict.unverified))
        return None
    rendered = render(verdict, language)
    citations = [
        Citation(n=n, doc_id=c.doc_id, title=c.title, organisation=c.organisation, date=c.date, source=c.source,
                 quote=c.quote, start=c.start, end=c.end, chunk_id=c.chunk_id, chunk_start=c.chunk_start,
                 chunk_end=c.chunk_end)
        for n, c in enumerate(rendered.citations, 1)
    ]
    notes = [f"eligibility:{verdict.verdict}"]
    if verdict.verdict == INSUFFICIENT and "condition" in verdict.missing:
        notes.append(_NO_CONDITION)
    return Answer(rendered.text, True, language, citations, notes=notes, backend="eligibility")


def undecided(answer: Answer) -> bool:
    """Whether the engine could not decide because the question names no condition ("Kan en 16-åring
    få internet-KBT i region X?" gives an age and a service, no complaint): a question about a rule
    rather than about a patient, which a document may answer (a region's own age limit for its
    service) before the engine's list of what it lacks."""
    return _NO_CONDITION in answer.notes
