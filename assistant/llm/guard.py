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

from ingest import dates
from ingest.numbers import NUMBER_RE, possible_values, readings

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


def dates_in(text: str) -> tuple[list[DateRef], str]:
    """The dates in a text (as ingest/dates.py reads them), and the text with them blanked out (so
    their digits are not read again as plain numbers)."""
    found: list[DateRef] = []
    chars = list(text)
    for d in dates.dates_in(text):
        if d.month is None:
            continue
        found.append(DateRef(d.day, d.month, d.year, text[d.start:d.end]))
        chars[d.start:d.end] = " " * (d.end - d.start)
    return found, "".join(chars)


def _date_supported(date: DateRef, cited: list[DateRef], numbers: set[str]) -> bool:
    for d in cited:
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
    support_numbers = possible_values(support)
    body = _MARKER_RE.sub(" ", answer)
    stated, rest = dates_in(body)
    problems += [f"date {d.written} not in cited passages" for d in stated
                 if not _date_supported(d, support_dates, support_numbers)]
    for m in NUMBER_RE.finditer(rest):
        if not readings(m.group(0)) & support_numbers:
            problems.append(f"{m.group(0)} not in cited passages")
    return GuardResult(tuple(valid), tuple(dict.fromkeys(problems)))
