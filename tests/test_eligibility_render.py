"""A verdict as a short text: under 500 characters, in the asked language, every [n] marker
pointing at a citation and every citation marked."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from assistant.eligibility.engine import Condition, PatientInput, Verdict, assess
from assistant.eligibility.evidence import EvidenceIndex
from assistant.eligibility.render import MAX_CHARS, Rendered, render

pytestmark = pytest.mark.unit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CONDITIONS = [(), (Condition("anxiety", "medelsvår"),), (Condition("depression"),), (Condition("stress", "svår"),),
              (Condition("pain", None, "back"),), (Condition("pain"),), (Condition("diabetes"),),
              (Condition("depression", "lindrig"), Condition("pain", None, "back"), Condition("pain", None, "neck"),
               Condition("anxiety", "medelsvår"), Condition("stress"), Condition("cancer"))]


@pytest.fixture(scope="module")
def evidence() -> EvidenceIndex:
    return EvidenceIndex.from_folder(CORPUS)


def verdict(evidence: EvidenceIndex, *args: object) -> Verdict:
    return assess(PatientInput(*args), evidence)  # type: ignore[arg-type]


def assert_markers_match(rendered: Rendered) -> None:
    used = {int(n) for n in re.findall(r"\[(\d+)\]", rendered.text)}
    assert used == set(range(1, len(rendered.citations) + 1))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_verdict_renders_short_and_cited(evidence: EvidenceIndex, lang: str) -> None:
    for age, conds, months, assessed in itertools.product(
            [None, 15, 45, 68], CONDITIONS, [None, 2, 4], ["yes", "no", "unknown"]):
        rendered = render(assess(PatientInput(age, conds, months, assessed), evidence), lang)
        assert 0 < len(rendered.text) <= MAX_CHARS, rendered.text
        assert_markers_match(rendered)


def test_not_eligible_by_age_in_swedish_and_english(evidence: EvidenceIndex) -> None:
    v = verdict(evidence, 70, (Condition("anxiety"),))
    sv, en = render(v, "sv"), render(v, "en")
    assert sv.text.startswith("Nej") and "70 år" in sv.text and "16–67" in sv.text
    assert en.text.startswith("No") and "Age 70" in en.text and "16–67" in en.text
    assert [c.rule_id for c in sv.citations] == ["age-2015", "age-2013"]


def test_eligible_names_the_treatments_with_compensation_and_year(evidence: EvidenceIndex) -> None:
    v = verdict(evidence, 45, (Condition("anxiety", "lindrig"), Condition("pain", None, "back")), 4, "yes")
    sv, en = render(v, "sv"), render(v, "en")
    assert sv.text.startswith("Ja")
    for part in ["KBT eller IPT", "12 000 kr per genomförd KBT/IPT, 2015", "MMR1", "25 000 kr", "MMR2", "45 000 kr"]:
        assert part in sv.text
    for part in ["CBT (KBT) or IPT", "SEK 12,000", "SEK 25,000", "SEK 45,000", "2015"]:
        assert part in en.text
    rates = {c.rule_id for c in sv.citations}
    assert {"rate-kbt-ipt-2015", "rate-mmr1-2015", "rate-mmr2-2015"} <= rates


def test_needs_assessment_says_so_first(evidence: EvidenceIndex) -> None:
    no = render(verdict(evidence, 45, (Condition("stress", "lindrig"),), None, "no"), "sv")
    assert "medicinsk bedömning krävs först" in no.text.split(".")[0]
    unknown = render(verdict(evidence, 45, (Condition("stress", "lindrig"),), None, "unknown"), "en")
    assert "provided a medical assessment has been made" in unknown.text
    assert "Check that a medical assessment has been made" in unknown.text
    other = render(verdict(evidence, 45, (Condition("stress", "lindrig"), Condition("anxiety")), None, "yes"), "en")
    assert other.text.startswith("Yes") and "Missing: severity (mild, moderate or severe)." in other.text


def test_insufficient_information_lists_what_to_ask(evidence: EvidenceIndex) -> None:
    rendered = render(verdict(evidence, None, (Condition("pain"),)), "sv")
    assert rendered.text.startswith("Det går inte att avgöra ännu. Saknas: ålder, var smärtan sitter, "
                                    "hur många månader smärtan pågått")
    assert_markers_match(rendered)


def test_a_tight_budget_keeps_the_headline_and_valid_markers(evidence: EvidenceIndex) -> None:
    v = verdict(evidence, 45, CONDITIONS[-1], 4, "yes")
    rendered = render(v, "sv", max_chars=120)
    assert rendered.text.startswith("Ja:") and len(rendered.text) <= 120
    assert_markers_match(rendered)
