"""The guarantee's eligibility rules as data: assistant/data/eligibility_rules.toml, loaded into
plain frozen dataclasses. The numbers the engine applies (ages, months, amounts) live in that
file beside the verbatim quotes that justify them, so a change to either is one diff."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from typing import Any

RULES_FILE = "eligibility_rules.toml"
LANGUAGES = ("sv", "en")


class RulesError(ValueError):
    """The rules file is inconsistent (a rule referred to but not defined, a missing field)."""


@dataclass(frozen=True)
class Rule:
    id: str
    text_sv: str
    text_en: str
    years: tuple[int, ...]  # the years the source speaks for
    doc_id: str
    quote: str  # verbatim from the document's normalised text
    see_also: tuple[str, ...] = ()  # rules cited together with this one

    def text(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text_sv


@dataclass(frozen=True)
class Criteria:
    age_min: int
    age_max: int
    age_rules: tuple[str, ...]
    scope_rules: tuple[str, ...]
    severities_covered: tuple[str, ...]
    severity_rules: tuple[str, ...]
    pain_min_months: float
    pain_duration_rules: tuple[str, ...]
    pain_location_rules: tuple[str, ...]
    assessment_rules: tuple[str, ...]


@dataclass(frozen=True)
class ConditionSpec:
    id: str
    kind: str  # psychological | pain | uncovered
    name_sv: str
    name_en: str
    words: tuple[str, ...]
    treatments: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_sv


@dataclass(frozen=True)
class LocationSpec:
    id: str
    covered: bool
    name_sv: str
    name_en: str
    term_sv: str  # "ryggsmärta": pain here, in one word
    term_en: str
    words: tuple[str, ...]
    compounds: tuple[str, ...]

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_sv


@dataclass(frozen=True)
class TreatmentFacts:
    """What a treatment is and what the region is paid for it; shared by the rulebook's spec and
    the engine's option, so the two never drift apart."""

    id: str
    name_sv: str
    name_en: str
    setting_sv: str
    setting_en: str
    course_sv: str
    course_en: str
    amount_sek: int  # what the region is paid, per `unit`
    unit_sv: str
    unit_en: str
    year: int  # the agreement year the amount belongs to
    rate_rule: str

    def facts(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(TreatmentFacts)}


@dataclass(frozen=True)
class TreatmentSpec(TreatmentFacts):
    rules: tuple[str, ...]


@dataclass(frozen=True, eq=False)  # identity equality: hashable, so it can key a cache
class Rulebook:
    rules: Mapping[str, Rule]
    criteria: Criteria
    conditions: Mapping[str, ConditionSpec]
    locations: Mapping[str, LocationSpec]
    treatments: Mapping[str, TreatmentSpec]
    severity_words: Mapping[str, tuple[str, ...]]
    severity_en: Mapping[str, str]
    assessed_words: Mapping[str, tuple[str, ...]]
    cues: Mapping[str, tuple[str, ...]]
    messages: Mapping[str, Mapping[str, str]]

    def rule(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def message(self, key: str, lang: str, **values: Any) -> str:
        return self.messages[lang][key].format(**values)


@lru_cache(maxsize=1)
def load_rules() -> Rulebook:
    text = resources.files("assistant.data").joinpath(RULES_FILE).read_text("utf-8")
    return parse_rules(tomllib.loads(text))


def parse_rules(raw: Mapping[str, Any]) -> Rulebook:
    try:
        book = _build(raw)
    except (KeyError, TypeError, ValueError) as exc:
        raise RulesError(f"{RULES_FILE}: {type(exc).__name__}: {exc}") from exc
    _check_references(book)
    return book


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value)


def _build(raw: Mapping[str, Any]) -> Rulebook:
    rules = {
        r["id"]: Rule(r["id"], r["text_sv"], r["text_en"], tuple(int(y) for y in r["years"]), r["doc_id"],
                      r["quote"], _strs(r.get("see_also", ())))
        for r in raw["rules"]
    }
    c = raw["criteria"]
    criteria = Criteria(
        int(c["age_min"]), int(c["age_max"]), _strs(c["age_rules"]), _strs(c["scope_rules"]),
        _strs(c["severities_covered"]), _strs(c["severity_rules"]), float(c["pain_min_months"]),
        _strs(c["pain_duration_rules"]), _strs(c["pain_location_rules"]), _strs(c["assessment_rules"]),
    )
    conditions = {
        key: ConditionSpec(key, v["kind"], v["name_sv"], v["name_en"], _strs(v["words"]),
                           _strs(v.get("treatments", ())), _strs(v.get("rules", ())))
        for key, v in raw["conditions"].items()
    }
    locations = {
        key: LocationSpec(key, bool(v["covered"]), v["name_sv"], v["name_en"], v["term_sv"], v["term_en"],
                          _strs(v["words"]), _strs(v["compounds"]))
        for key, v in raw["pain_locations"].items()
    }
    treatments = {
        key: TreatmentSpec(key, v["name_sv"], v["name_en"], v["setting_sv"], v["setting_en"], v["course_sv"],
                           v["course_en"], int(v["amount_sek"]), v["unit_sv"], v["unit_en"], int(v["year"]),
                           v["rate_rule"], _strs(v["rules"]))
        for key, v in raw["treatments"].items()
    }
    vocab = raw["vocabulary"]
    return Rulebook(
        rules=rules, criteria=criteria, conditions=conditions, locations=locations, treatments=treatments,
        severity_words={k: _strs(v) for k, v in vocab["severity"].items()},
        severity_en={k: str(v) for k, v in vocab["severity_en"].items()},
        assessed_words={k: _strs(v) for k, v in vocab["assessed"].items()},
        cues={k: _strs(v) for k, v in vocab["cues"].items()},
        messages={lang: dict(raw["messages"][lang]) for lang in LANGUAGES},
    )


def _check_references(book: Rulebook) -> None:
    """Every rule id the file names must exist: a typo would otherwise drop a citation silently."""
    c = book.criteria
    named: list[tuple[str, str]] = [(f"criteria → {r}", r) for r in (
        *c.age_rules, *c.scope_rules, *c.severity_rules, *c.pain_duration_rules, *c.pain_location_rules,
        *c.assessment_rules)]
    named += [(f"rule {r.id} → see_also {s}", s) for r in book.rules.values() for s in r.see_also]
    named += [(f"condition {x.id} → {r}", r) for x in book.conditions.values() for r in x.rules]
    named += [(f"treatment {t.id} → {r}", r) for t in book.treatments.values() for r in (t.rate_rule, *t.rules)]
    problems = [where for where, rule_id in named if rule_id not in book.rules]
    problems += [f"condition {x.id} → treatment {t}" for x in book.conditions.values() for t in x.treatments
                 if t not in book.treatments]
    problems += [f"severity {s} is covered but has no words" for s in c.severities_covered
                 if s not in book.severity_words]
    problems += [f"messages.{lang} → severity_met_{s}" for s in c.severities_covered for lang in LANGUAGES
                 if f"severity_met_{s}" not in book.messages[lang]]
    if problems:
        raise RulesError(f"{RULES_FILE}: unknown references: {', '.join(problems)}")
