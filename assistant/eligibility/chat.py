"""The chat's way in: a free-text question about one patient's eligibility, answered through the
engine as an `Answer` (backend "eligibility") with the rules' quotes as its citations."""

from __future__ import annotations

import logging
from collections.abc import Callable

from assistant.eligibility.engine import assess
from assistant.eligibility.evidence import EvidenceIndex
from assistant.eligibility.parse import parse_free_text
from assistant.eligibility.render import render
from assistant.models import Answer, Citation

log = logging.getLogger(__name__)


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
    return Answer(rendered.text, True, language, citations, notes=[f"eligibility:{verdict.verdict}"],
                  backend="eligibility")
