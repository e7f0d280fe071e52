"""Eligibility checker for the rehabilitation guarantee: rules as data (rules.py), each backed by a
verbatim quote located in its document (evidence.py); a pure engine (engine.py); input and
free-text parsing (parse.py); short texts with citation markers (render.py); the chat hook
(chat.py)."""

from assistant.eligibility.engine import (
    VERDICTS,
    Condition,
    PatientInput,
    Reason,
    TreatmentOption,
    Verdict,
    assess,
)
from assistant.eligibility.evidence import EvidenceIndex, RuleCitation
from assistant.eligibility.parse import InputError, build_input, parse_free_text
from assistant.eligibility.render import payload, render

__all__ = [
    "VERDICTS", "Condition", "EvidenceIndex", "InputError", "PatientInput", "Reason", "RuleCitation",
    "TreatmentOption", "Verdict", "assess", "build_input", "parse_free_text", "payload", "render",
]
