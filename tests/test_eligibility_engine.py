"""`assess(PatientInput, EvidenceIndex) -> Verdict` at every boundary the issue lists: ages 15,
16, 67, 68; pain for 2 and 3 months; severe vs moderate depression; several conditions; the
medical assessment made, not made, unknown; and what is missing when the facts decide nothing."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from assistant.eligibility.engine import (
    ELIGIBLE,
    INSUFFICIENT,
    NEEDS_ASSESSMENT,
    NOT_ELIGIBLE,
    VERDICTS,
    Condition,
    PatientInput,
    Verdict,
    assess,
)
from assistant.eligibility.evidence import EvidenceIndex

pytestmark = pytest.mark.unit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ANXIETY = Condition("anxiety", "medelsvår")
BACK = Condition("pain", None, "back")


@pytest.fixture(scope="module")
def evidence() -> EvidenceIndex:
    return EvidenceIndex.from_folder(CORPUS)


def check(patient: PatientInput, evidence: EvidenceIndex) -> Verdict:
    """assess, plus what must hold for every verdict: each reason cites verbatim quotes."""
    verdict = assess(patient, evidence)
    assert verdict.verdict in VERDICTS and not verdict.unverified
    for reason in verdict.reasons:
        assert reason.citations, f"{reason.rule_id} has no citation"
        assert reason.text_sv and reason.text_en
        for c in reason.citations:
            assert evidence.documents[c.doc_id].text[c.start:c.end] == c.quote
    for t in verdict.treatments:
        assert t.citations and t.citations[0].rule_id == t.rate_rule
    json.dumps(verdict.to_dict("sv"), ensure_ascii=False)
    return verdict


def rules_cited(verdict: Verdict, outcome: str) -> set[str]:
    return {c.rule_id for r in verdict.reasons if r.outcome == outcome for c in r.citations}


@pytest.mark.parametrize(("age", "expected"), [(15, NOT_ELIGIBLE), (16, ELIGIBLE), (67, ELIGIBLE), (68, NOT_ELIGIBLE)])
def test_age_boundaries(evidence: EvidenceIndex, age: int, expected: str) -> None:
    verdict = check(PatientInput(age, (ANXIETY,), assessed="yes"), evidence)
    assert verdict.verdict == expected
    age_reason = verdict.reasons[0]
    assert age_reason.rule_id == "age-2015" and "16-67" in age_reason.citations[0].quote
    assert {c.doc_id for c in age_reason.citations} == {
        "skl-2015-overenskommelse-rehabiliteringsgarantin", "vgr-2013-statistik-rehabiliteringsgaranti-2012"}
    if expected == NOT_ELIGIBLE:
        assert age_reason.outcome == "not_met" and verdict.treatments == () and verdict.missing == ()
        assert str(age) in age_reason.text_sv and "16–67" in age_reason.text_sv
    else:
        assert age_reason.outcome == "met" and {t.id for t in verdict.treatments} == {"kbt", "ipt"}


@pytest.mark.parametrize(("months", "expected"),
                         [(2, NOT_ELIGIBLE), (2.9, NOT_ELIGIBLE), (3, ELIGIBLE), (24, ELIGIBLE)])
def test_pain_duration_boundary(evidence: EvidenceIndex, months: float, expected: str) -> None:
    verdict = check(PatientInput(45, (BACK,), months, "yes"), evidence)
    assert verdict.verdict == expected
    assert "pain-duration-2012" in rules_cited(verdict, "met" if expected == ELIGIBLE else "not_met")
    if expected == NOT_ELIGIBLE:  # not a flat no: the reason says when the patient may qualify
        reason = next(r for r in verdict.reasons if r.outcome == "not_met")
        assert "kan bli aktuell om smärtan finns kvar efter 3 månader" in reason.text_sv
        assert "may qualify if the pain is still there after 3 months" in reason.text_en
    if expected == ELIGIBLE:
        pay = {t.id: (t.amount_sek, t.year) for t in verdict.treatments}
        assert pay == {"mmr1": (25000, 2015), "mmr2": (45000, 2015)}
        assert all(t.for_conditions == ("pain:back",) for t in verdict.treatments)


def test_severe_depression_is_not_covered_moderate_is(evidence: EvidenceIndex) -> None:
    severe = check(PatientInput(45, (Condition("depression", "svår"),), assessed="yes"), evidence)
    assert severe.verdict == NOT_ELIGIBLE and severe.treatments == ()
    assert {"severity-2014", "severity-2013"} <= rules_cited(severe, "not_met")
    assert "Svår depression omfattas inte" in severe.reasons[1].text_sv

    moderate = check(PatientInput(45, (Condition("depression", "medelsvår"),), assessed="yes"), evidence)
    assert moderate.verdict == ELIGIBLE
    kbt = next(t for t in moderate.treatments if t.id == "kbt")
    assert (kbt.amount_sek, kbt.year) == (12000, 2015) and "8–20" in kbt.course_sv
    assert kbt.citations[0].quote == "Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT."


def test_mild_depression_is_covered_and_the_disagreement_is_cited(evidence: EvidenceIndex) -> None:
    verdict = check(PatientInput(30, (Condition("depression", "lindrig"),), assessed="yes"), evidence)
    assert verdict.verdict == ELIGIBLE
    severity = next(r for r in verdict.reasons if r.rule_id == "severity-2014")
    assert {c.doc_id for c in severity.citations} == {
        "vgr-2014-statsbidrag-rehabiliteringsinsatser", "vgr-2013-statistik-rehabiliteringsgaranti-2012"}
    assert "måttliga till medelsvåra" in severity.text_sv and "moderate to moderately severe" in severity.text_en


def test_several_conditions_that_all_fit(evidence: EvidenceIndex) -> None:
    verdict = check(PatientInput(45, (ANXIETY, BACK, Condition("pain", None, "neck")), 4, "yes"), evidence)
    assert verdict.verdict == ELIGIBLE
    treatments = {t.id: t.for_conditions for t in verdict.treatments}
    assert treatments == {"kbt": ("anxiety",), "ipt": ("anxiety",), "mmr1": ("pain:back", "pain:neck"),
                          "mmr2": ("pain:back", "pain:neck")}


def test_several_conditions_one_outside_the_guarantee(evidence: EvidenceIndex) -> None:
    verdict = check(PatientInput(45, (Condition("depression", "svår"), BACK), 4, "yes"), evidence)
    assert verdict.verdict == ELIGIBLE
    assert {t.id for t in verdict.treatments} == {"mmr1", "mmr2"}
    assert any(r.outcome == "not_met" and "Svår depression" in r.text_sv for r in verdict.reasons)


def test_conditions_none_of_which_is_covered(evidence: EvidenceIndex) -> None:
    verdict = check(PatientInput(45, (Condition("depression", "svår"), Condition("diabetes")), assessed="yes"),
                    evidence)
    assert verdict.verdict == NOT_ELIGIBLE
    diabetes = next(r for r in verdict.reasons if "iabetes" in r.text_sv)
    assert diabetes.outcome == "not_met" and "omfattas inte av garantin" in diabetes.text_sv
    assert "is not covered by the guarantee" in diabetes.text_en
    assert diabetes.rule_id == "scope-2015"  # the rule that says what is covered
    assert "långvarig diffus smärta" in diabetes.citations[0].quote


def test_pain_outside_back_neck_and_shoulders(evidence: EvidenceIndex) -> None:
    verdict = check(PatientInput(45, (Condition("pain", None, "knee"),), 6, "yes"), evidence)
    assert verdict.verdict == NOT_ELIGIBLE
    assert "knät" in verdict.reasons[1].text_sv


@pytest.mark.parametrize(("assessed", "expected", "missing"), [
    ("yes", ELIGIBLE, ()), ("no", NEEDS_ASSESSMENT, ()), ("unknown", NEEDS_ASSESSMENT, ("assessed",))])
def test_the_medical_assessment_comes_first(evidence: EvidenceIndex, assessed: str, expected: str,
                                            missing: tuple[str, ...]) -> None:
    verdict = check(PatientInput(45, (ANXIETY,), assessed=assessed), evidence)
    assert verdict.verdict == expected and verdict.missing == missing
    assessment = next(r for r in verdict.reasons if r.rule_id == "assessment-2015")
    assert "medicinsk bedömning" in assessment.citations[0].quote
    assert {t.id for t in verdict.treatments} == {"kbt", "ipt"}  # what fits once it is made


@pytest.mark.parametrize(("patient", "missing"), [
    (PatientInput(None, (ANXIETY,), assessed="yes"), ("age",)),
    (PatientInput(45, (), assessed="yes"), ("condition",)),
    (PatientInput(45, (Condition("anxiety"),), assessed="yes"), ("severity",)),
    (PatientInput(45, (Condition("pain"),), assessed="yes"), ("pain_location", "months")),
    (PatientInput(45, (BACK,), assessed="yes"), ("months",)),
    (PatientInput(45, (BACK,)), ("months", "assessed")),
    (PatientInput(), ("age", "condition", "assessed")),
])
def test_not_enough_information_says_what_is_missing(evidence: EvidenceIndex, patient: PatientInput,
                                                     missing: tuple[str, ...]) -> None:
    verdict = check(patient, evidence)
    assert verdict.verdict == INSUFFICIENT and verdict.missing == missing
    assert verdict.treatments == ()


def test_an_exclusion_decides_even_when_facts_are_missing(evidence: EvidenceIndex) -> None:
    too_old = check(PatientInput(70, (Condition("anxiety"),)), evidence)  # severity, assessment unknown
    assert too_old.verdict == NOT_ELIGIBLE and too_old.missing == ()
    assert [r.outcome for r in too_old.reasons] == ["not_met"]
    short_pain = check(PatientInput(None, (Condition("pain"),), 2), evidence)
    assert short_pain.verdict == NOT_ELIGIBLE


def test_one_condition_fits_another_is_undecided(evidence: EvidenceIndex) -> None:
    verdict = check(PatientInput(45, (BACK, Condition("stress")), 5, "yes"), evidence)
    assert verdict.verdict == ELIGIBLE and verdict.missing == ("severity",)
    assert {t.id for t in verdict.treatments} == {"mmr1", "mmr2"}


def test_every_combination_gives_a_cited_verdict(evidence: EvidenceIndex) -> None:
    conditions = [(), (ANXIETY,), (Condition("stress"),), (Condition("depression", "svår"),), (BACK,),
                  (Condition("pain"),), (Condition("cancer"),), (ANXIETY, BACK)]
    seen = set()
    for age, conds, months, assessed in itertools.product(
            [None, 15, 16, 45, 67, 68], conditions, [None, 2, 3], ["yes", "no", "unknown"]):
        seen.add(check(PatientInput(age, conds, months, assessed), evidence).verdict)
    assert seen == set(VERDICTS)


def test_without_evidence_every_rule_is_reported_unverified() -> None:
    verdict = assess(PatientInput(45, (ANXIETY,), assessed="yes"), EvidenceIndex([]))
    assert verdict.verdict == ELIGIBLE
    assert "age-2015" in verdict.unverified and "rate-kbt-ipt-2015" in verdict.unverified
    assert all(r.citations == () for r in verdict.reasons)


def test_an_unknown_condition_id_is_a_programming_error(evidence: EvidenceIndex) -> None:
    with pytest.raises(ValueError, match="unknown condition"):
        assess(PatientInput(45, (Condition("gout"),)), evidence)


def test_json_shape(evidence: EvidenceIndex) -> None:
    data = assess(PatientInput(45, (BACK,), 4, "yes"), evidence).to_dict("en")
    assert set(data) == {"verdict", "input", "treatments", "reasons", "missing", "unverified"}
    mmr1 = data["treatments"][0]
    assert mmr1["id"] == "mmr1" and mmr1["compensation"]["amount_sek"] == 25000
    assert mmr1["compensation"]["year"] == 2015 and mmr1["compensation"]["citation"]["quote"].endswith(
        "ersätts med 25000 kr/behandlingsserie.")
    assert mmr1["setting"] == "usually in primary care"
    assert all(r["citations"] and r["text"] for r in data["reasons"])
    assert data["input"]["conditions"] == [{"id": "pain", "severity": None, "location": "back"}]
