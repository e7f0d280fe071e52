"""From what a clinician types to a `PatientInput`: CLI values (checked, with messages that list
the accepted values) and free-text questions ("Kan en 70-åring med ångest få KBT?").

The words (Swedish and English conditions, pain locations, severities, cue words) are in
assistant/data/eligibility_rules.toml; this module only knows how sentences are put together."""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

from assistant.eligibility.engine import Condition, PatientInput
from assistant.eligibility.rules import Rulebook, load_rules

AGE_MAX = 120  # older is a typo, not a patient
MONTHS_MAX = 600
T = TypeVar("T")
_TOKEN_RE = re.compile(r"\w+(?:['’-]\w+)*")
_NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_NUM = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_HALF_YEAR_RE = re.compile(r"(?<![\w-])(?:halvår|ett halvt år|half a year)\b")
_SHORT_DURATION_RE = re.compile(
    rf"(?<![\w-]){_NUM}\s?-?\s?(månader|månaders|månad|mån|months?|veckor|veckors|vecka|weeks?|dagar|days?)\b")
_YEARS_DURATION_RE = re.compile(  # "i två år", "for 2 years": a bare "45 år" is an age
    r"(?<![\w-])(?:i|sedan|under|för|in|for|since|over|över|the past|the last|past|last)\s+"
    r"(?:(?:över|mer än|drygt|cirka|ca|about|more than|almost|nästan|minst|at least)\s+)?"
    rf"{_NUM}\s?(år|years?)\b")
_MONTHS_PER = {"må": 1.0, "mo": 1.0, "ve": 12 / 52, "we": 12 / 52, "da": 12 / 365, "år": 12.0, "ye": 12.0}
_NO_RANGE = r"(?<![\w\-–])(?<![\d\-–]\s)"  # not the 67 of "16-67 år", nor the 1 of "MMR1 år 2012"
_AGE_RES = (
    re.compile(_NO_RANGE + r"(\d{1,3})\s?-?\s?åring(?!ar)"),  # 70-åring(en), not 70-åringar
    re.compile(_NO_RANGE + r"(\d{1,3})\s?-?\s?årig\b"),  # en 45-årig kvinna
    re.compile(_NO_RANGE + r"(\d{1,3})[\s-]?years?[\s-]old(?!s)"),
    re.compile(r"\b(?:aged?|age of|ålder|åldern)\s*:?\s*(\d{1,3})\b(?!\s*[-–]\s*\d)"),
)
_BARE_AGE_RE = re.compile(_NO_RANGE + r"(\d{1,3}) år\b(?!\s*(?:sedan|senare|tidigare|efter|före))")
_DURATION_WORDS = {"i", "sedan", "under", "för", "inom", "efter", "på", "om", "över", "drygt", "cirka", "ca",
                   "än", "minst", "högst", "nästan", "ungefär", "varje", "per"}

_FILLER_WORDS = {"i", "in", "the", "på", "av", "of", "a", "med", "with", "långvarig", "långvariga", "diffus",
                 "long-term", "longterm", "diffuse", "kronisk", "chronic"}


@lru_cache(maxsize=1)
def _messages() -> dict[str, dict[str, str]]:
    return tomllib.loads(resources.files("assistant.data").joinpath("input_messages.toml").read_text("utf-8"))


@dataclass(frozen=True)
class Msg:
    """One message of assistant/data/input_messages.toml with its values (which may be messages)."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def render(self, lang: str = "en") -> str:
        table = _messages().get(lang) or _messages()["en"]
        values = {k: v.render(lang) if isinstance(v, Msg) else v for k, v in self.params}
        return table[self.key].format(**values)


def _msg(key: str, **params: Any) -> Msg:
    return Msg(key, tuple(params.items()))


class InputError(ValueError):
    """Bad input: each problem names the field and lists the values it accepts. `str()` is the
    English text (the CLI's); `message("sv")` the same in Swedish."""

    def __init__(self, problems: Msg | Sequence[Msg]) -> None:
        self.problems: tuple[Msg, ...] = (problems,) if isinstance(problems, Msg) else tuple(problems)
        super().__init__(self.message("en"))

    def message(self, lang: str = "sv") -> str:
        return "\n".join(p.render(lang) for p in self.problems)


# --- checked values (CLI, web form) ---------------------------------------------------------------

def accepted_conditions(book: Rulebook | None = None, lang: str = "en") -> str:
    return _accepted_conditions(book).render(lang)


def _accepted_conditions(book: Rulebook | None = None) -> Msg:
    book = book or load_rules()
    covered = [loc for loc in book.locations.values() if loc.covered]
    others = [c for c in book.conditions.values() if c.kind in ("pain", "psychological")]
    sv = [loc.term_sv for loc in covered] + [c.name_sv for c in others]
    en = [loc.term_en for loc in covered] + [c.name_en for c in others]
    outside = [c.name_sv for c in book.conditions.values() if c.kind == "uncovered"]
    outside += [loc.term_sv for loc in book.locations.values() if not loc.covered]
    return _msg("accepted_conditions", sv=", ".join(sv), en=", ".join(en), outside=", ".join(outside))


def accepted_severities(book: Rulebook | None = None) -> str:
    book = book or load_rules()
    return ", ".join(f"{s} ({book.severity_en[s]})" if s in book.severity_en else s for s in book.severity_words)


def parse_age(value: str | int) -> int:
    text = str(value).strip()
    number = _number(text, "age", _msg("age_hint", max=AGE_MAX))
    if number != int(number):
        raise InputError(_msg("age_not_whole", value=text, max=AGE_MAX))
    if number < 0:
        raise InputError(_msg("age_negative", value=text, max=AGE_MAX))
    if number > AGE_MAX:
        raise InputError(_msg("age_implausible", value=text, max=AGE_MAX))
    return int(number)


def parse_months(value: str | float) -> float:
    text = str(value).strip()
    hint = _msg("months_hint", max=MONTHS_MAX)
    number = _number(text, "months", hint)
    if number < 0 or number > MONTHS_MAX:
        raise InputError(_msg("months_range", value=text, hint=hint))
    return number


def _number(text: str, field: str, hint: Msg) -> float:
    problem = _msg("not_a_number", field=Msg(f"field_{field}"), value=text, hint=hint)
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise InputError(problem) from None
    if not math.isfinite(number):
        raise InputError(problem)
    return number


def parse_severity(value: str, book: Rulebook | None = None) -> str:
    book = book or load_rules()
    return _one_of(value, book.severity_words, "severity", accepted_severities(book))


def parse_assessed(value: str, book: Rulebook | None = None) -> str:
    book = book or load_rules()
    return _one_of(value, book.assessed_words, "assessed", Msg("assessed_accepted"))


def _one_of(value: str, table: Mapping[str, tuple[str, ...]], field: str, accepted: str | Msg) -> str:
    found = _lookup(value, table)
    if found is None:
        raise InputError(_msg("not_one_of", field=Msg(f"field_{field}"), value=value, accepted=accepted))
    return found


def parse_condition(value: str, book: Rulebook | None = None) -> Condition:
    """"ryggsmärta", "back pain", "smärta i nacken", "svår depression", "mild anxiety", "diabetes"."""
    book = book or load_rules()
    tokens = _words(value)
    found = _conditions_in(tokens, book)
    if len(found) != 1 or len(tokens) > 6:
        raise InputError(_msg("condition_unknown", value=value, accepted=_accepted_conditions(book)))
    matches = _find(tokens, _phrases(book))
    covered = {i for start, end, _ in matches for i in range(start, end)}
    stray = [t for i, t in enumerate(tokens) if i not in covered and t not in _FILLER_WORDS]
    if stray:
        raise InputError(_msg("condition_stray", value=value, words=", ".join(stray),
                              accepted=_accepted_conditions(book)))
    condition = found[0]
    severities = [v for _, _, (kind, v) in matches if kind == "severity"]
    if severities and book.conditions[condition.id].kind != "psychological":
        raise InputError(_msg("condition_no_severity", severity=severities[0], value=value))
    if severities and condition.severity is None:
        condition = replace(condition, severity=severities[0])
    return condition


def build_input(age: str | int | None = None, conditions: Sequence[str] = (), severity: str | None = None,
                months: str | float | None = None, assessed: str | None = None,
                book: Rulebook | None = None) -> PatientInput:
    """A checked PatientInput; every problem at once in one InputError, one line each."""
    book = book or load_rules()
    problems: list[Msg] = []

    def attempt(fn: Callable[..., T], *args: Any) -> T | None:
        try:
            return fn(*args)
        except InputError as exc:
            problems.extend(exc.problems)
            return None

    checked_age = attempt(parse_age, age) if age is not None else None
    found = [c for c in (attempt(parse_condition, v, book) for v in conditions) if c is not None]
    sev = attempt(parse_severity, severity, book) if severity is not None else None
    if sev is not None:
        found = _apply_severity(found, sev, book, problems)
    problems += _duplicates(found)
    patient = PatientInput(
        age=checked_age,
        conditions=tuple(dict.fromkeys(found)),
        months=attempt(parse_months, months) if months is not None else None,
        assessed=(attempt(parse_assessed, assessed, book) or "unknown") if assessed is not None else "unknown",
    )
    if problems:
        raise InputError(problems)
    return patient


def _apply_severity(found: list[Condition], severity: str, book: Rulebook, problems: list[Msg]) -> list[Condition]:
    psychological = [c for c in found if book.conditions[c.id].kind == "psychological"]
    if not psychological:
        problems.append(_msg("severity_alone", severity=severity))
    for c in psychological:
        if c.severity is not None and c.severity != severity:
            problems.append(_msg("severity_contradicts", severity=severity, condition=f"{c.severity} {c.id}"))
    return [replace(c, severity=c.severity or severity) if c in psychological else c for c in found]


def _duplicates(found: list[Condition]) -> list[Msg]:
    seen: dict[str, str | None] = {}
    problems = []
    for c in found:
        if c.label in seen and seen[c.label] != c.severity:
            problems.append(_msg("condition_twice", condition=c.id, first=seen[c.label] or Msg("none"),
                                 second=c.severity or Msg("none")))
        seen.setdefault(c.label, c.severity)
    return problems


def _lookup(value: str, table: Mapping[str, tuple[str, ...]]) -> str | None:
    text = " ".join(str(value).casefold().split())
    for canonical, words in table.items():
        if text == canonical.casefold() or text in words:
            return canonical
    return None


# --- free text --------------------------------------------------------------------------------------

def parse_free_text(question: str, book: Rulebook | None = None) -> PatientInput | None:
    """The patient a question describes, or None when it is not an eligibility question about one
    patient ("Hur mycket ersätts per KBT?" and "Vilka åldrar omfattas?" are not)."""
    book = book or load_rules()
    text = " ".join(question.casefold().split())
    tokens = _words(text)
    age, months = _age_in(text), _months_in(text)
    conditions = _conditions_in(tokens, book)

    def cue(kind: str) -> bool:
        return _has_any(tokens, book.cues[kind])

    about_patient = (
        (age is not None and (bool(conditions) or cue("treatment") or cue("eligibility")))
        or (bool(conditions) and months is not None and (cue("eligibility") or cue("treatment") or cue("patient")))
        or (bool(conditions) and cue("patient") and cue("eligibility") and cue("treatment"))
    )
    if not about_patient:
        return None
    return PatientInput(age, tuple(conditions), months, _assessment_in(tokens, book))


def _words(text: str) -> list[str]:
    return _TOKEN_RE.findall(text.casefold())


def _age_in(text: str) -> int | None:
    candidates = [(m.start(), int(m.group(1))) for r in _AGE_RES for m in r.finditer(text)]
    for m in _BARE_AGE_RE.finditer(text):
        before = text[:m.start()].split()
        if not before or before[-1] not in _DURATION_WORDS:
            candidates.append((m.start(), int(m.group(1))))
    ages = [age for _, age in sorted(candidates) if age <= AGE_MAX]
    return ages[0] if ages else None


def _months_in(text: str) -> float | None:
    found = [(m.start(), 6.0) for m in _HALF_YEAR_RE.finditer(text)]
    for pattern in (_SHORT_DURATION_RE, _YEARS_DURATION_RE):
        for m in pattern.finditer(text):
            raw, unit = m.group(1), m.group(2)
            count = _NUMBER_WORDS[raw] if raw in _NUMBER_WORDS else float(raw.replace(",", "."))
            found.append((m.start(), round(count * _MONTHS_PER[unit[:2]], 2)))
    months = [value for _, value in sorted(found) if value <= MONTHS_MAX]
    return months[0] if months else None


@lru_cache(maxsize=4)
def _phrases(book: Rulebook) -> dict[tuple[str, ...], tuple[str, str]]:
    """Every word or phrase the vocabulary knows, as tokens → (kind, value)."""
    table: dict[tuple[str, ...], tuple[str, str]] = {}

    def add(words: Iterable[str], kind: str, value: str) -> None:
        for w in words:
            table.setdefault(tuple(_words(w)), (kind, value))

    for sev, words in book.severity_words.items():
        add([sev, *words], "severity", sev)
    for loc in book.locations.values():
        add([loc.term_sv, loc.term_en, *loc.compounds], "pain_at", loc.id)
    for cond in book.conditions.values():
        add([cond.name_sv, cond.name_en, *cond.words], "condition", cond.id)
    for loc in book.locations.values():
        add(loc.words, "location", loc.id)
    return table


def _find(tokens: Sequence[str], table: Mapping[tuple[str, ...], T]) -> list[tuple[int, int, T]]:
    """Longest-first, left-to-right, non-overlapping phrase matches: (start, end, value)."""
    longest = max((len(k) for k in table), default=0)
    out: list[tuple[int, int, T]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(longest, len(tokens) - i), 0, -1):
            key = tuple(tokens[i:i + n])
            if key in table:
                out.append((i, i + n, table[key]))
                i += n
                break
        else:
            i += 1
    return out


def _has_any(tokens: Sequence[str], phrases: Iterable[str]) -> bool:
    return bool(_find(tokens, {tuple(_words(p)): p for p in phrases}))


def _conditions_in(tokens: Sequence[str], book: Rulebook) -> list[Condition]:
    matches = _find(tokens, _phrases(book))
    found: list[Condition] = []
    generic_pain = False
    for start, _, (kind, value) in matches:
        if kind == "pain_at":
            found.append(Condition("pain", None, value))
        elif kind == "condition" and book.conditions[value].kind == "pain":
            generic_pain = True
        elif kind == "condition" and book.conditions[value].kind == "psychological":
            # the severity written just before it: "medelsvår depression", "lindrig eller medelsvår ångest"
            severity = next((v for s, _, (k, v) in reversed(matches) if k == "severity" and start - 2 <= s < start),
                            None)
            found.append(Condition(value, severity))
        elif kind == "condition":
            found.append(Condition(value))
    if generic_pain or any(c.id == "pain" for c in found):  # "ont i ryggen", "rygg- och nacksmärta"
        places = [value for _, _, (kind, value) in matches if kind == "location"]
        found += [Condition("pain", None, place) for place in places]
        if not places and not any(c.id == "pain" for c in found):
            found.append(Condition("pain"))
    first: dict[str, Condition] = {}
    for c in found:
        first.setdefault(c.label, c)
    return list(first.values())


def _assessment_in(tokens: Sequence[str], book: Rulebook) -> str:
    """yes when the question says the assessment is made, no when it says it is not, else unknown."""
    mentions = _find(tokens, {tuple(_words(w)): w for w in book.cues["assessment"]})
    if not mentions:
        return "unknown"
    window = tokens[max(0, mentions[0][0] - 6):mentions[0][0]]
    if _has_any(window, book.cues["uncertain"]):
        return "unknown"
    return "no" if _has_any(window, book.cues["negation"]) else "yes"
