"""Questions that ask two things at once ("Hur mycket fick regionen 2016, och vad gick pengarna
till?", "How much was set aside, and when was it paid?"): split at the conjunction that opens a
second interrogative clause, so each part is answered and cited on its own (the second as a
follow-up of the first, which carries its years and names). A rule of Swedish and English
syntax: "och"/"samt"/"and" followed by a question word. Questions whose two figures make one
computation ("hur stor andel …", "hur mycket mer …", "sammanlagt") are not split: the calculation
needs both in one answer (assistant/answering/arithmetic.py)."""

from __future__ import annotations

import re

from assistant.answering.arithmetic import operation

_SPLIT_RE = re.compile(
    r"\s*,?\s+(?:och|samt|and)\s+(?=(?:vad|när|hur|vilken|vilket|vilka|vem|varför|"
    r"what|when|how|which|who|where|why)\b)",
    re.I,
)
_MIN_WORDS = 3


def split_coordinated(question: str) -> tuple[str, str] | None:
    """The two questions of a coordinated question, or None (one question, a computation, or a
    part too short to stand as a question)."""
    if operation(question):
        return None
    parts = _SPLIT_RE.split(question.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    first, second = parts[0].strip().rstrip(",;"), parts[1].strip()
    if len(first.split()) < _MIN_WORDS or len(second.split()) < _MIN_WORDS or _SPLIT_RE.search(second):
        return None  # three or more questions in one are left whole
    first = first if first.endswith("?") else first + "?"
    return first, second[0].upper() + second[1:]
