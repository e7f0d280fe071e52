"""What a clinician types → PatientInput: checked CLI values (Swedish and English words; bad
input named with the accepted values), and free-text questions, which must be recognised when
they describe one patient and left alone otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.eligibility.engine import Condition, PatientInput
from assistant.eligibility.parse import (
    InputError,
    build_input,
    parse_age,
    parse_assessed,
    parse_condition,
    parse_free_text,
    parse_months,
    parse_severity,
)

pytestmark = pytest.mark.unit

GOLD = Path(__file__).resolve().parents[1] / "evals" / "data" / "gold.jsonl"


# --- condition words ----------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "expected"), [
    ("ryggsmärta", Condition("pain", None, "back")),
    ("back pain", Condition("pain", None, "back")),
    ("Ländryggssmärta", Condition("pain", None, "back")),
    ("nacksmärta", Condition("pain", None, "neck")),
    ("neck pain", Condition("pain", None, "neck")),
    ("axelsmärta", Condition("pain", None, "shoulders")),
    ("shoulder pain", Condition("pain", None, "shoulders")),
    ("smärta i nacken", Condition("pain", None, "neck")),
    ("pain in the lower back", Condition("pain", None, "back")),
    ("smärta", Condition("pain")),
    ("knäsmärta", Condition("pain", None, "knee")),
    ("depression", Condition("depression")),
    ("ångest", Condition("anxiety")),
    ("anxiety", Condition("anxiety")),
    ("paniksyndrom", Condition("anxiety")),
    ("stress", Condition("stress")),
    ("svår depression", Condition("depression", "svår")),
    ("severe depression", Condition("depression", "svår")),
    ("lindrig ångest", Condition("anxiety", "lindrig")),
    ("mild anxiety", Condition("anxiety", "lindrig")),
    ("måttlig stress", Condition("stress", "medelsvår")),
    ("diabetes", Condition("diabetes")),
    ("Migraine", Condition("migraine")),
])
def test_swedish_and_english_condition_words(word: str, expected: Condition) -> None:
    assert parse_condition(word) == expected


@pytest.mark.parametrize("word", ["gikt", "", "rygg", "ångest och depression", "xyz pain xyz"])
def test_an_unknown_condition_lists_the_accepted_ones(word: str) -> None:
    with pytest.raises(InputError) as err:
        parse_condition(word)
    message = str(err.value)
    assert f"'{word}'" in message
    for accepted in ["ryggsmärta", "nacksmärta", "axelsmärta", "depression", "ångest", "stress",
                     "back pain", "anxiety", "diabetes"]:
        assert accepted in message


def test_a_severity_on_pain_is_refused() -> None:
    with pytest.raises(InputError, match="applies to depression, anxiety or stress"):
        parse_condition("svår ryggsmärta")


@pytest.mark.parametrize(("word", "canonical"), [
    ("lindrig", "lindrig"), ("mild", "lindrig"), ("Medelsvår", "medelsvår"), ("moderate", "medelsvår"),
    ("måttlig", "medelsvår"), ("svår", "svår"), ("severe", "svår")])
def test_severity_words(word: str, canonical: str) -> None:
    assert parse_severity(word) == canonical


@pytest.mark.parametrize(("word", "canonical"), [
    ("yes", "yes"), ("ja", "yes"), ("JA", "yes"), ("no", "no"), ("nej", "no"), ("unknown", "unknown"),
    ("vet ej", "unknown")])
def test_assessed_words(word: str, canonical: str) -> None:
    assert parse_assessed(word) == canonical


def test_bad_severity_and_assessment_list_the_accepted_values() -> None:
    with pytest.raises(InputError, match=r"lindrig \(mild\), medelsvår \(moderate\), svår \(severe\)"):
        parse_severity("extrem")
    with pytest.raises(InputError, match="yes, no, unknown"):
        parse_assessed("kanske")


# --- numbers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "age"), [("45", 45), (" 16 ", 16), (67, 67), ("0", 0), ("120", 120), ("45.0", 45)])
def test_ages(value: str | int, age: int) -> None:
    assert parse_age(value) == age


@pytest.mark.parametrize(("value", "says"), [
    ("-1", "negative"), ("-45", "negative"), ("abc", "not a number"), ("", "not a number"),
    ("45.5", "whole number"), ("200", "not a plausible age"), ("1e9", "not a plausible age"),
    ("inf", "not a number"), ("nan", "not a number")])
def test_bad_ages(value: str, says: str) -> None:
    with pytest.raises(InputError) as err:
        parse_age(value)
    assert says in str(err.value) and "0–120" in str(err.value)


@pytest.mark.parametrize("value", ["-2", "fyra", "700", "inf"])
def test_bad_months(value: str) -> None:
    with pytest.raises(InputError, match="0–600"):
        parse_months(value)


def test_months_may_be_fractional() -> None:
    assert parse_months("2,5") == 2.5 and parse_months(3) == 3.0


# --- a whole input ------------------------------------------------------------------------------

def test_build_input() -> None:
    patient = build_input("45", ["ångest", "ryggsmärta"], "medelsvår", "4", "ja")
    assert patient == PatientInput(45, (Condition("anxiety", "medelsvår"), Condition("pain", None, "back")), 4.0,
                                   "yes")
    assert build_input().assessed == "unknown"
    assert build_input(conditions=["ångest", "anxiety"]).conditions == (Condition("anxiety"),)


@pytest.mark.parametrize(("kwargs", "says"), [
    ({"conditions": ["ryggsmärta"], "severity": "svår"}, "none was given"),
    ({"conditions": ["svår depression"], "severity": "lindrig"}, "contradicts"),
    ({"conditions": ["svår depression", "lindrig depression"]}, "twice with different severities"),
])
def test_contradictory_input(kwargs: dict[str, object], says: str) -> None:
    with pytest.raises(InputError, match=says):
        build_input(**kwargs)  # type: ignore[arg-type]


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(InputError) as err:
        build_input("-3", ["gikt"], "extrem", "x", "kanske")
    lines = str(err.value).splitlines()
    assert [line.split(":")[0] for line in lines] == ["age", "condition", "severity", "months", "assessed"]


# --- free text -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "age", "conditions", "months", "assessed"), [
    ("Kan en 70-åring med ångest få KBT inom rehabiliteringsgarantin?", 70, ["anxiety"], None, "unknown"),
    ("Kan en 70-åring med depression få KBT via rehabiliteringsgarantin?", 70, ["depression"], None, "unknown"),
    ("Kan en 45-åring med medelsvår depression få KBT?", 45, ["depression/medelsvår"], None, "unknown"),
    ("Patienten är 45 år och har haft ryggsmärta i 4 månader. Kan hon få MMR?", 45, ["pain:back"], 4, "unknown"),
    ("En 50-årig kvinna med ont i axlarna sedan ett halvår, medicinsk bedömning gjord. Omfattas hon?",
     50, ["pain:shoulders"], 6, "yes"),
    ("Kan en 30-åring med lindrig ångest få KBT utan medicinsk bedömning?", 30, ["anxiety/lindrig"], None, "no"),
    ("Kan en 40-åring med diabetes få KBT?", 40, ["diabetes"], None, "unknown"),
    ("Kan en 35-åring med rygg- och nacksmärta i tre månader få multimodal rehabilitering?", 35,
     ["pain:neck", "pain:back"], 3, "unknown"),
    ("Can a 70-year-old with anxiety get CBT under the rehabilitation guarantee?", 70, ["anxiety"], None,
     "unknown"),
    ("Is a patient aged 45 with neck pain for 2 months eligible for MMR?", 45, ["pain:neck"], 2, "unknown"),
    ("Can a 45-year-old with severe depression and back pain for three months get treatment?", 45,
     ["depression/svår", "pain:back"], 3, "unknown"),
    ("A 16-year-old with stress has had a medical assessment. Can she get CBT?", 16, ["stress"], None, "yes"),
    ("Kan en patient med svår depression få KBT?", None, ["depression/svår"], None, "unknown"),
    ("Min patient har haft ont i ryggen i 2 månader, kan hon få MMR?", None, ["pain:back"], 2, "unknown"),
    ("Kan man få KBT om man är 68 år?", 68, [], None, "unknown"),
])
def test_eligibility_questions_are_read(question: str, age: int | None, conditions: list[str],
                                        months: float | None, assessed: str) -> None:
    patient = parse_free_text(question)
    assert patient is not None
    labels = sorted(c.label + (f"/{c.severity}" if c.severity else "") for c in patient.conditions)
    assert (patient.age, labels, patient.months, patient.assessed) == (age, sorted(conditions), months, assessed)


@pytest.mark.parametrize(("phrase", "months"), [
    ("i 4 månader", 4), ("for 2 months", 2), ("sedan ett halvår", 6), ("i tre månader", 3),
    ("i två år", 24), ("for a year", 12), ("i 2,5 månader", 2.5), ("sedan 12 veckor", 2.77)])
def test_durations(phrase: str, months: float) -> None:
    patient = parse_free_text(f"Kan en 45-åring med ryggsmärta {phrase} få MMR?")
    assert patient is not None and patient.months == months


@pytest.mark.parametrize(("phrase", "age"), [
    ("en 70-åring", 70), ("en 45-årig kvinna", 45), ("en kvinna på 45 år", None), ("en patient som är 45 år", 45),
    ("a 70-year-old", 70), ("a patient aged 45", 45), ("a 45 year old", 45)])
def test_ages_in_text(phrase: str, age: int | None) -> None:
    patient = parse_free_text(f"Kan {phrase} med lindrig ångest få KBT?")
    assert patient is not None and patient.age == age


@pytest.mark.parametrize("question", [
    "Hur mycket ersätts per KBT?",
    "Hur mycket ersätts landstingen per KBT?",
    "Vilka åldrar omfattas av rehabiliteringsgarantin?",
    "Which age group is covered by the rehabilitation guarantee?",
    "Gäller rehabiliteringsgarantn svåra depressioner eller lindriga till medelsvåra?",
    "Hur länge måste man ha haft ont i nacke/rygg för att erbjudas multimodal rehab i VGR?",
    "Does a patient need a medical assessment before getting CBT under the rehabilitation guarantee?",
    "Vid vilka psykiska besvär kan en patient få KBT inom garantin?",
    "Rehabiliteringsgarantin gäller kvinnor och män i åldern 16-67 år, eller hur?",
    "Gäller garantin för 70-åringar?",
    "Vilken behandling erbjuds ungdomar under 16 med ångest istället för rehabiliteringsgarantin?",
    "Hur mycket fick RJH från staten 2018?",
    "Vad hände med sjukfrånvaron 2 år senare?",
    "Och MMR2?",
    "",
])
def test_other_questions_are_not_eligibility_questions(question: str) -> None:
    assert parse_free_text(question) is None


def test_the_gold_set_only_routes_patient_questions_to_the_engine() -> None:
    """The hook runs before retrieval on every question: it must not capture the general ones."""
    routed = []
    for line in GOLD.read_text("utf-8").splitlines():
        item = json.loads(line)
        if parse_free_text(item["question"]) is not None:
            routed.append((item["id"], item["category"]))
    assert routed and all(category == "eligibility" for _, category in routed), routed
