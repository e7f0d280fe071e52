"""Calculations from the quantities an answer cites: the difference for a comparison question,
and a total for "if a region does ten KBT treatments, what is it paid?".

Only two quantities of the same unit are ever combined (or a count the question gives times a
rate the source states per treatment), and the result is stated as a calculation from the cited
figures, so it can be checked against the sources.
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
    """The first amount or percentage in a text; failing that, the first plain number that is
    not a year. A label's number ("Multimodal rehabilitering 1: … 25000 kr") is not the amount."""
    plain: Quantity | None = None
    for m in _QUANTITY_RE.finditer(text):
        digits = re.sub(r"[  \u202f]", "", m.group(1))
        if m.group(2) is None:
            if plain is None and not re.fullmatch(r"(?:19|20)\d\d", digits):
                plain = Quantity(float(digits.replace(",", ".")), "")
            continue
        return Quantity(float(digits.replace(",", ".")), _UNIT_NAMES[m.group(2).casefold()])
    return plain


_COUNT_WORDS = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11,
    "tolv": 12, "femton": 15, "tjugo": 20, "trettio": 30, "femtio": 50, "hundra": 100,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
}
# a count of things the question names: "tio KBT-behandlingar", "20 MMR2-serier", "ten CBT treatments"
_GIVEN_COUNT_RE = re.compile(
    rf"(?<![\w,.])(\d{{1,5}}|{'|'.join(_COUNT_WORDS)})\s+(?=[^\W\d_])(?!(?:år|procent|kr|kronor|miljoner|"
    r"miljarder|mkr|years?|percent|%)\b)", re.I
)
# a rate the source states per treatment: "12 000 kronor per genomförd KBT/IPT", "45000 kr/behandlingsserie"
_RATE_RE = re.compile(
    r"(?<![\d,])(\d{1,3}(?:[  \u202f]\d{3})+|\d+(?:,\d+)?)\s*(kronor|kr|Mkr|mkr)\s*(?:per\b|/)", re.I
)


# what a rate is paid per: treatments or treatment series, possibly named ("tio KBT-behandlingar",
# "5 MMR2-behandlingar", "20 CBT treatments", "3 behandlingsserier MMR1"); never sessions
_TREATMENTS_RE = re.compile(
    r"(?:(?:KBT|IPT|MMR ?[12]?|CBT)[- ]?)?(?:behandlingar|behandlingsserier|serier|KBT|IPT|MMR ?[12]?|CBT|"
    r"treatments|treatment series|series|courses)\b|(?:KBT|IPT|MMR ?[12]?|CBT)[- ](?:behandlingar|treatments)\b",
    re.I,
)
_NAMED_BEFORE_RE = re.compile(r"(?:MMR|rehabilitering|rehabilitation|nivå|level|steg|step)\s*$", re.I)


def given_count(question: str) -> int | None:
    """The one count of things a question states ("Om ett landsting genomför tio KBT-behandlingar …"),
    or None when it states none or several. Years are not counts."""
    found = []
    for m in _GIVEN_COUNT_RE.finditer(question):
        if _NAMED_BEFORE_RE.search(question[:m.start()]):
            continue  # "multimodal rehabilitation 2 series": the 2 is part of the name
        if not _TREATMENTS_RE.match(question, m.end()):
            continue  # "de tre landstingen", "16 och 67 år", "åtta behandlingstillfällen": not treatments
        word = m.group(1).casefold()
        if word.isdigit():
            if re.fullmatch(r"(?:19|20)\d\d", word):
                continue
            found.append(int(word))
        else:
            found.append(_COUNT_WORDS[word])
    return found[0] if len(found) == 1 and found[0] > 1 else None


def per_item_rate(text: str) -> Quantity | None:
    """The one amount a text states per treatment (or per anything), or None for none or several."""
    rates = _RATE_RE.findall(text)
    if len(rates) != 1:
        return None
    digits, unit = rates[0]
    return Quantity(float(re.sub(r"[  \u202f]", "", digits).replace(",", ".")), _UNIT_NAMES[unit.casefold()])


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
