"""`assess(PatientInput, EvidenceIndex) -> Verdict`: the guarantee's rules applied to one patient.

Pure: the evidence and the rules come in as data (the rules default to the packaged file, parsed
once), nothing is read or written here. Every reason names its rule and carries the rule's quote, located in
its document's normalised text, so the clinician can defend each step. The verdict is one of:

- not_eligible: the age is outside the range, or no condition given is covered (severe
  mental ill-health, pain elsewhere than back/neck/shoulders or shorter than three months, a
  condition outside the guarantee);
- eligible / needs_assessment: some condition fits and the age is in range; whether the medical
  assessment the guarantee requires first has been made decides between the two;
- insufficient_information: the facts given decide nothing yet; `missing` says what to ask.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.eligibility.evidence import EvidenceIndex, RuleCitation
from assistant.eligibility.rules import Rulebook, TreatmentFacts, load_rules

ELIGIBLE, NOT_ELIGIBLE = "eligible", "not_eligible"
NEEDS_ASSESSMENT, INSUFFICIENT = "needs_assessment", "insufficient_information"
VERDICTS = (ELIGIBLE, NOT_ELIGIBLE, NEEDS_ASSESSMENT, INSUFFICIENT)
MET, NOT_MET, MISSING = "met", "not_met", "missing"
ASSESSED_VALUES = ("yes", "no", "unknown")
MISSING_ORDER = ("age", "condition", "severity", "pain_location", "months", "assessed")


@dataclass(frozen=True)
class Condition:
    id: str  # a condition id of the rules file: depression, anxiety, stress, pain, diabetes, …
    severity: str | None = None  # lindrig | medelsvår | svår (psychological conditions)
    location: str | None = None  # back | neck | shoulders | knee | … (pain)

    @property
    def label(self) -> str:
        return f"{self.id}:{self.location}" if self.location else self.id


@dataclass(frozen=True)
class PatientInput:
    age: int | None = None
    conditions: tuple[Condition, ...] = ()
    months: float | None = None  # how long the pain has lasted
    assessed: str = "unknown"  # yes | no | unknown: has a medical assessment been made?


@dataclass(frozen=True)
class Reason:
    rule_id: str
    outcome: str  # met | not_met | missing
    text_sv: str
    text_en: str
    citations: tuple[RuleCitation, ...]  # the rule's own source first, then its see_also sources

    def text(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text_sv


@dataclass(frozen=True)
class TreatmentOption(TreatmentFacts):
    for_conditions: tuple[str, ...]
    citations: tuple[RuleCitation, ...]  # the rate's source first


@dataclass(frozen=True)
class Verdict:
    verdict: str
    patient: PatientInput
    treatments: tuple[TreatmentOption, ...]
    reasons: tuple[Reason, ...]
    missing: tuple[str, ...]  # input fields to ask for, in MISSING_ORDER
    unverified: tuple[str, ...] = ()  # rules whose quote the evidence index does not contain

    def to_dict(self, lang: str = "sv") -> dict[str, Any]:
        en = lang == "en"
        return {
            "verdict": self.verdict,
            "input": {**asdict(self.patient), "conditions": [asdict(c) for c in self.patient.conditions]},
            "treatments": [{
                "id": t.id, "name": t.name_en if en else t.name_sv, "setting": t.setting_en if en else t.setting_sv,
                "course": t.course_en if en else t.course_sv, "for": list(t.for_conditions),
                "compensation": {"amount_sek": t.amount_sek, "unit": t.unit_en if en else t.unit_sv, "year": t.year,
                                 "citation": asdict(t.citations[0]) if t.citations else None},
                "citations": [asdict(c) for c in t.citations],
            } for t in self.treatments],
            "reasons": [{"rule": r.rule_id, "outcome": r.outcome, "text": r.text(lang),
                         "citations": [asdict(c) for c in r.citations]} for r in self.reasons],
            "missing": list(self.missing),
            "unverified": list(self.unverified),
        }


@dataclass(frozen=True)
class _Both:
    """A value that differs by language (a condition's name, a number's decimal mark)."""

    sv: str
    en: str


@dataclass
class _Outcome:
    status: str  # fits | not_covered | open
    reasons: list[Reason]
    missing: list[str] = field(default_factory=list)
    treatments: tuple[str, ...] = ()


class _Context:
    def __init__(self, book: Rulebook, evidence: EvidenceIndex) -> None:
        self.book = book
        self.evidence = evidence
        self.unverified: list[str] = []

    def cite(self, rule_ids: Iterable[str]) -> tuple[RuleCitation, ...]:
        out: list[RuleCitation] = []
        for rule_id in dict.fromkeys(r for rid in rule_ids for r in (rid, *self.book.rule(rid).see_also)):
            rule = self.book.rule(rule_id)
            citation = self.evidence.locate(rule.id, rule.years, rule.doc_id, rule.quote)
            if citation is None:
                self.unverified.append(rule.id)
            elif all((c.doc_id, c.start, c.end) != (citation.doc_id, citation.start, citation.end) for c in out):
                out.append(citation)
        return tuple(out)

    def reason(self, rule_ids: tuple[str, ...], outcome: str, key: str, **values: Any) -> Reason:
        def text(lang: str) -> str:
            local = {k: (getattr(v, lang) if isinstance(v, _Both) else v) for k, v in values.items()}
            message = self.book.message(key, lang, **local)
            return message[:1].upper() + message[1:]

        return Reason(rule_ids[0], outcome, text("sv"), text("en"), self.cite(rule_ids))


def assess(patient: PatientInput, evidence: EvidenceIndex, book: Rulebook | None = None) -> Verdict:
    ctx = _Context(book or load_rules(), evidence)
    reasons: list[Reason] = []
    missing: list[str] = []
    age_ok = _age(patient.age, ctx, reasons, missing)
    outcomes = [_condition(c, patient.months, ctx) for c in patient.conditions]
    if not patient.conditions:
        crit = ctx.book.criteria
        reasons.append(ctx.reason(crit.scope_rules, MISSING, "condition_missing"))
        missing.append("condition")
    for outcome in outcomes:
        reasons += outcome.reasons
        missing += outcome.missing
    fits = [(c, o) for c, o in zip(patient.conditions, outcomes, strict=True) if o.status == "fits"]
    undecided = not patient.conditions or any(o.status == "open" for o in outcomes)
    if age_ok is False or not (fits or undecided):
        kept = tuple(r for r in reasons if r.outcome != MISSING)
        return Verdict(NOT_ELIGIBLE, patient, (), kept, (), tuple(dict.fromkeys(ctx.unverified)))
    reasons.append(_assessment(patient.assessed, ctx))
    if patient.assessed == "unknown":
        missing.append("assessed")
    if fits and age_ok:
        verdict = ELIGIBLE if patient.assessed == "yes" else NEEDS_ASSESSMENT
        treatments = _treatments(fits, ctx)
    else:
        verdict, treatments = INSUFFICIENT, ()
    ordered = tuple(m for m in MISSING_ORDER if m in missing)
    return Verdict(verdict, patient, treatments, tuple(reasons), ordered, tuple(dict.fromkeys(ctx.unverified)))


def _age(age: int | None, ctx: _Context, reasons: list[Reason], missing: list[str]) -> bool | None:
    crit = ctx.book.criteria
    limits = {"min": crit.age_min, "max": crit.age_max}
    if age is None:
        reasons.append(ctx.reason(crit.age_rules, MISSING, "age_missing", **limits))
        missing.append("age")
        return None
    ok = crit.age_min <= age <= crit.age_max
    reasons.append(ctx.reason(crit.age_rules, MET if ok else NOT_MET, "age_met" if ok else "age_not_met",
                              age=age, **limits))
    return ok


def _condition(condition: Condition, months: float | None, ctx: _Context) -> _Outcome:
    spec = ctx.book.conditions.get(condition.id)
    if spec is None:
        raise ValueError(f"unknown condition id {condition.id!r}")
    name = _Both(spec.name_sv, spec.name_en)
    if spec.kind == "psychological":
        return _psychological(condition, name, spec.rules, spec.treatments, ctx)
    if spec.kind == "pain":
        return _pain(condition, months, spec.treatments, ctx)
    crit = ctx.book.criteria
    return _Outcome("not_covered", [ctx.reason(crit.scope_rules, NOT_MET, "uncovered", name=name)])


def _psychological(condition: Condition, name: _Both, rules: tuple[str, ...], treatments: tuple[str, ...],
                   ctx: _Context) -> _Outcome:
    crit = ctx.book.criteria
    if condition.severity is None:
        return _Outcome("open", [ctx.reason(crit.severity_rules, MISSING, "severity_missing", name=name)],
                        ["severity"])
    if condition.severity not in crit.severities_covered:
        return _Outcome("not_covered", [ctx.reason(crit.severity_rules, NOT_MET, "severity_not_met", name=name)])
    return _Outcome("fits", [
        ctx.reason(crit.severity_rules, MET, f"severity_met_{condition.severity}", name=name),
        ctx.reason(rules, MET, "psychological_met", name=name),
    ], treatments=treatments)


def _months(months: float) -> _Both:
    """"1 månad" / "4 månader", "1 month" / "4 months" (decimal marks as each language writes them)."""
    n = _number(months)
    one = months == 1
    return _Both(f"{n.sv} {'månad' if one else 'månader'}", f"{n.en} {'month' if one else 'months'}")


def _pain(condition: Condition, months: float | None, treatments: tuple[str, ...], ctx: _Context) -> _Outcome:
    crit = ctx.book.criteria
    limit = {"min": _number(crit.pain_min_months)}
    if months is not None and months < crit.pain_min_months:
        return _Outcome("not_covered", [ctx.reason(crit.pain_duration_rules, NOT_MET, "pain_months_not_met",
                                                   months=_months(months), **limit)])
    if condition.location is None:
        return _Outcome("open", [ctx.reason(crit.pain_location_rules, MISSING, "pain_location_missing")],
                        ["pain_location"] + (["months"] if months is None else []))
    location = ctx.book.locations[condition.location]
    where = _Both(location.name_sv, location.name_en)
    if not location.covered:
        return _Outcome("not_covered", [ctx.reason(crit.pain_location_rules, NOT_MET, "pain_location_not_met",
                                                   location=where)])
    reasons = [ctx.reason(crit.pain_location_rules, MET, "pain_location_met", location=where)]
    if months is None:
        reasons.append(ctx.reason(crit.pain_duration_rules, MISSING, "pain_months_missing", **limit))
        return _Outcome("open", reasons, ["months"])
    reasons.append(ctx.reason(crit.pain_duration_rules, MET, "pain_months_met", months=_months(months), **limit))
    return _Outcome("fits", reasons, treatments=treatments)


def _assessment(assessed: str, ctx: _Context) -> Reason:
    rules = ctx.book.criteria.assessment_rules
    if assessed == "yes":
        return ctx.reason(rules, MET, "assessment_met")
    if assessed == "no":
        return ctx.reason(rules, NOT_MET, "assessment_no")
    return ctx.reason(rules, MISSING, "assessment_unknown")


def _treatments(fits: list[tuple[Condition, _Outcome]], ctx: _Context) -> tuple[TreatmentOption, ...]:
    options = []
    for tid, spec in ctx.book.treatments.items():
        for_conditions = tuple(dict.fromkeys(c.label for c, o in fits if tid in o.treatments))
        if for_conditions:
            options.append(TreatmentOption(
                **spec.facts(), for_conditions=for_conditions, citations=ctx.cite((spec.rate_rule, *spec.rules)),
            ))
    return tuple(options)


def _number(value: float) -> _Both:
    """3.0 → "3"; 2.5 → "2,5" in Swedish and "2.5" in English."""
    text = f"{value:g}"
    return _Both(text.replace(".", ","), text)
