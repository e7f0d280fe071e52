"""The eligibility rules file against the corpus: every quote is verbatim in its document's
normalised text (the text citations index), and the numbers the engine applies are the ones the
quotes state. A rule can therefore never drift from its source silently."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.eligibility.engine import PatientInput, assess
from assistant.eligibility.evidence import EvidenceIndex
from assistant.eligibility.rules import RulesError, load_rules, parse_rules
from ingest.cleaning import clean
from ingest.loaders import load_file

pytestmark = pytest.mark.unit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
RULES = load_rules()


def normalised(doc_id: str) -> str:
    path = CORPUS / f"{doc_id}.txt"
    assert path.exists(), f"no corpus document {doc_id}"
    return clean(load_file(path, 10**8).text).normalised.text


@pytest.mark.parametrize("rule_id", sorted(RULES.rules))
def test_every_rule_quote_is_verbatim_in_its_document(rule_id: str) -> None:
    rule = RULES.rule(rule_id)
    assert rule.quote.strip() == rule.quote and len(rule.quote) > 20
    assert rule.quote in normalised(rule.doc_id), f"{rule_id}: the quote is not in {rule.doc_id}"


@pytest.mark.parametrize("rule_id", sorted(RULES.rules))
def test_every_rule_names_its_years_and_both_languages(rule_id: str) -> None:
    rule = RULES.rule(rule_id)
    assert rule.years and all(2006 <= y <= 2020 for y in rule.years)
    assert rule.text_sv and rule.text_en and rule.text_sv != rule.text_en


def test_the_corpus_quirks_are_quoted_as_written() -> None:
    quotes = " ".join(r.quote for r in RULES.rules.values())
    for quirk in ["i åldern 16-67 år", "efter att vården har gjort en medicinsk bedömning",
                  "Interpersonell terapi (ITP)", "måttliga till medelsvåra", "i minst tre månader",
                  "i regel åtta-tjugo behandlingstillfällen", "under 4-8 veckor", "under fyra-åtta veckor",
                  "12 000 kronor per genomförd KBT/IPT", "25000 kr/behandlingsserie", "45000 kr/behandlingsserie",
                  "lindriga eller medelsvåra depressioner"]:
        assert quirk in quotes, quirk


def test_the_numbers_applied_are_the_numbers_quoted() -> None:
    crit = RULES.criteria
    for rule_id in crit.age_rules:
        assert f"{crit.age_min}-{crit.age_max} år" in RULES.rule(rule_id).quote
    assert (crit.age_min, crit.age_max) == (16, 67)
    assert crit.pain_min_months == 3
    assert "minst tre månader" in " ".join(RULES.rule(r).quote for r in crit.pain_duration_rules)
    for t in RULES.treatments.values():
        quote = RULES.rule(t.rate_rule).quote
        digits = re.sub(r"\D", "", quote)
        assert str(t.amount_sek) in digits, f"{t.id}: {t.amount_sek} not in “{quote}”"
        assert t.year in RULES.rule(t.rate_rule).years
    assert {t.id: (t.amount_sek, t.year) for t in RULES.treatments.values()} == {
        "kbt": (12000, 2015), "ipt": (12000, 2015), "mmr1": (25000, 2015), "mmr2": (45000, 2015)}


def test_what_the_guarantee_covers() -> None:
    kinds = {c.id: c.kind for c in RULES.conditions.values()}
    assert {k for k, v in kinds.items() if v == "psychological"} == {"depression", "anxiety", "stress"}
    assert kinds["pain"] == "pain" and kinds["diabetes"] == "uncovered"
    assert {loc.id for loc in RULES.locations.values() if loc.covered} == {"back", "neck", "shoulders"}
    assert RULES.criteria.severities_covered == ("lindrig", "medelsvår")
    assert set(RULES.conditions["pain"].treatments) == {"mmr1", "mmr2"}
    assert set(RULES.conditions["anxiety"].treatments) == {"kbt", "ipt"}


def test_where_sources_disagree_both_are_cited() -> None:
    severity = RULES.rule(RULES.criteria.severity_rules[0])
    cited = [severity, *(RULES.rule(r) for r in severity.see_also)]
    quotes = " ".join(r.quote for r in cited)
    assert "lindriga eller medelsvåra" in quotes and "måttliga till medelsvåra" in quotes
    assert "måttliga till medelsvåra" in severity.text_sv  # the rule text says so


def test_the_real_corpus_locates_every_rule() -> None:
    evidence = EvidenceIndex.from_folder(CORPUS)
    for rule in RULES.rules.values():
        citation = evidence.locate(rule.id, rule.years, rule.doc_id, rule.quote)
        assert citation is not None, rule.id
        assert normalised(rule.doc_id)[citation.start:citation.end] == rule.quote
        assert citation.title and citation.organisation and citation.date


def test_a_quote_that_drifted_is_reported_not_cited() -> None:
    texts = {doc_id: normalised(doc_id) for doc_id in {r.doc_id for r in RULES.rules.values()}}
    texts["vgr-2013-statistik-rehabiliteringsgaranti-2012"] = texts[
        "vgr-2013-statistik-rehabiliteringsgaranti-2012"].replace("16-67", "18-65")
    verdict = assess(PatientInput(age=40), EvidenceIndex.from_texts(texts))
    assert "age-2013" in verdict.unverified
    age_reason = verdict.reasons[0]
    assert [c.rule_id for c in age_reason.citations] == ["age-2015"]


def test_every_message_exists_in_both_languages() -> None:
    assert set(RULES.messages["sv"]) == set(RULES.messages["en"])
    for verdict in ("eligible", "not_eligible", "needs_assessment", "insufficient_information"):
        assert f"headline_{verdict}" in RULES.messages["sv"]


def test_an_unknown_rule_reference_fails_loudly() -> None:
    import tomllib
    from importlib import resources

    raw = tomllib.loads(resources.files("assistant.data").joinpath("eligibility_rules.toml").read_text("utf-8"))
    raw["criteria"]["age_rules"] = ["age-2099"]
    with pytest.raises(RulesError, match="age-2099"):
        parse_rules(raw)
    del raw["criteria"]["age_min"]
    with pytest.raises(RulesError, match="age_min"):
        parse_rules(raw)
