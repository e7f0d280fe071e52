"""Differences for comparison questions, computed from the quantities the answer cites.

Only two quantities of the same unit are ever combined, and the result is stated as a
calculation from the cited figures, so it can be checked against the sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIFFERENCE_RE = re.compile(
    r"\b(?:skillnad\w*|mindre|fler|färre|ökar|ökade|ökat|minskade|minskar|minskat|förändr\w*|"
    r"difference|more|less|fewer|increase\w*|decrease\w*|change\w*)\b", re.I
)
_QUANTITY_RE = re.compile(
    r"(?<![\d,])-?(\d{1,3}(?:[  \u202f]\d{3})+|\d+(?:,\d+)?)\s*(Mkr|mkr|miljoner|miljarder|kronor|kr\b|%|procent)?"
)
_UNIT_NAMES = {"mkr": "Mkr", "miljoner": "Mkr", "miljarder": "miljarder", "kronor": "kr", "kr": "kr",
               "%": "%", "procent": "%", "": ""}


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str


def asks_difference(question: str) -> bool:
    return _DIFFERENCE_RE.search(question) is not None


def parse_quantity(text: str) -> Quantity | None:
    """The first amount, percentage or plain number in a text (years are not quantities)."""
    for m in _QUANTITY_RE.finditer(text):
        digits = re.sub(r"[  \u202f]", "", m.group(1))
        if m.group(2) is None and re.fullmatch(r"(?:19|20)\d\d", digits):
            continue
        unit = _UNIT_NAMES[(m.group(2) or "").casefold()]
        return Quantity(float(digits.replace(",", ".")), unit)
    return None


def difference(quantities: list[Quantity]) -> Quantity | None:
    if len(quantities) != 2 or quantities[0].unit != quantities[1].unit:
        return None
    return Quantity(abs(quantities[0].value - quantities[1].value), quantities[0].unit)


def format_number(value: float, lang: str) -> str:
    if abs(value - round(value)) < 1e-9:
        whole = f"{round(value):,}"
        return whole.replace(",", " ") if lang == "sv" else whole
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "sv" else text
