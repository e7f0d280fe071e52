"""The numeric guard: an LLM answer may state only the numbers and dates its cited passages state.

A language model that paraphrases well can still change "12 000" into "15 000" or "1 juli" into
"1 juni", and a reader cannot see that without opening the source. The extractive answerer
cannot make that mistake (it quotes), so an LLM answer is used only when every number and date
in it is found in the passages its [n] markers point to. Numbers are compared by value, so
"12 000", "12000", "12 000 kr" and "12,000" agree; dates by (day, month, year), so
"1 juli 2015", "1/7 2015", "2015-07-01" and "July 1, 2015" agree. Pure functions, no LLM.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ingest.dates import DATE_PATTERNS, MONTHS
from ingest.numbers import word_value

_MONTHS = MONTHS
_DATE_PATTERNS = DATE_PATTERNS  # the first that matches a span wins (ingest/dates.py)
# 12 000 / 12 000,50 / 12,000 / 12.000 / 2,5 / 2.5 / 750 (spaces may be no-break or thin spaces)
_NUMBER_RE = re.compile(
    r"(?<!\d)(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:[,.]\d+)?|\d{1,3}(?:,\d{3}){2,}(?!\d)|\d+(?:[,.]\d+)?)"
)
_MARKER_RE = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
@dataclass(frozen=True)
class DateRef:
    day: int | None
    month: int
    year: int | None
    written: str = field(default="", compare=False)


@dataclass(frozen=True)
class GuardResult:
    cited: tuple[int, ...]  # the passages the answer cites, in order of first use
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def markers(text: str) -> list[int]:
    """The passage numbers in [n] / [1, 2] / [1][2] markers, in order of first use."""
    seen: list[int] = []
    for m in _MARKER_RE.finditer(text):
        for part in re.split(r"[,;]", m.group(1)):
            n = int(part)
            if n not in seen:
                seen.append(n)
    return seen


def renumber(text: str, mapping: Mapping[int, int]) -> str:
    """Rewrites every marker through `mapping` ([3] -> [1]); unmapped numbers are dropped."""

    def one(m: re.Match[str]) -> str:
        numbers = [mapping[int(p)] for p in re.split(r"[,;]", m.group(1)) if int(p) in mapping]
        return "".join(f"[{n}]" for n in dict.fromkeys(numbers))

    return _MARKER_RE.sub(one, text)


def canonical(number: str) -> set[str]:
    """The values a written number may mean: "12 000" -> {12000}; "12,000" -> {12000, 12};
    "2,5" -> {2.5}; "12 000,00" -> {12000}."""
    raw = re.sub(r"[ \u00a0\u202f]", "", number)
    readings = {raw.replace(",", ".")}
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", raw):  # a thousands separator, or a decimal with 3 places
        readings.add(re.sub(r"[,.]", "", raw))
    out = set()
    for reading in readings:
        if reading.count(".") > 1:
            continue
        whole, _, fraction = reading.partition(".")
        fraction = fraction.rstrip("0")
        out.add((whole.lstrip("0") or "0") + (f".{fraction}" if fraction else ""))
    return out


def dates_in(text: str) -> tuple[list[DateRef], str]:
    """The dates in a text, and the text with them blanked out (so their digits are not read again
    as plain numbers)."""
    found: list[DateRef] = []
    chars = list(text)
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer("".join(chars)):
            month_text = m.group("month").casefold().rstrip(".")
            month = _MONTHS.get(month_text) or int(month_text)
            day = m.groupdict().get("day")
            year = m.groupdict().get("year")
            found.append(DateRef(int(day) if day else None, month, int(year) if year else None, m.group(0)))
            chars[m.start():m.end()] = " " * (m.end() - m.start())
    return found, "".join(chars)


def numbers_in(text: str) -> set[str]:
    """Every value a number in the text may have (canonical strings), digit groups joined and also
    read one by one (a table row "843 353" may be one number or two cells), plus small numbers
    written as words ("två" = 2)."""
    values: set[str] = set()
    for m in _NUMBER_RE.finditer(text):
        values |= canonical(m.group(0))
        for part in re.split(r"[ \u00a0\u202f]", m.group(0)):
            values |= canonical(part)
    for word in re.findall(r"[^\W\d_]+", text.casefold()):
        value = word_value(word)
        if value is not None and 2 <= value <= 20:  # "två" … "tjugo": small numbers written as words
            values.add(str(value))
    return values


def _date_supported(date: DateRef, dates: list[DateRef], numbers: set[str]) -> bool:
    for d in dates:
        if d.month != date.month or (date.day is not None and d.day != date.day):
            continue
        if date.year is None or d.year == date.year or (d.year is None and str(date.year) in numbers):
            return True
    return False


def check(answer: str, passages: Mapping[int, str]) -> GuardResult:
    """Judges an LLM answer against the numbered passages it was given.

    Fails when a marker names a passage that does not exist, when the answer cites nothing, or
    when a number or date in it is not in the passages it cites (all of them together: a model
    often cites once at the end of a sentence that draws on two passages)."""
    cited = markers(answer)
    problems = [f"citation [{n}] refers to no passage" for n in cited if n not in passages]
    valid = [n for n in cited if n in passages]
    if not valid:
        problems.append("the answer cites no passage")
    support = "\n".join(passages[n] for n in valid)
    support_dates, _ = dates_in(support)
    support_numbers = numbers_in(support)
    body = _MARKER_RE.sub(" ", answer)
    dates, rest = dates_in(body)
    problems += [f"date {d.written} not in cited passages" for d in dates
                 if not _date_supported(d, support_dates, support_numbers)]
    for m in _NUMBER_RE.finditer(rest):
        if not canonical(m.group(0)) & support_numbers:
            problems.append(f"{m.group(0)} not in cited passages")
    return GuardResult(tuple(valid), tuple(dict.fromkeys(problems)))
