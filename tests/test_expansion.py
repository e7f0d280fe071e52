"""Query expansion from the data file: synonyms, English staff terms, broader terms."""

from __future__ import annotations

import pytest

from assistant.expansion import anchor_groups, expansions

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Hur mycket ersätts KBT?", "kognitiv beteendeterapi"),
        ("How much is CBT paid?", "KBT"),
        ("What does the county council get?", "landstingen"),
        ("What is the purpose of the rehab guarantee?", "syftet"),
        ("Which organisations evaluate the effects?", "effekterna"),
    ],
)
def test_synonyms_and_staff_terms(question: str, expected: str) -> None:
    assert expected in expansions(question)


def test_a_broader_term_expands_one_way() -> None:
    assert {"ångest", "depression", "smärta"} <= set(expansions("Which conditions are covered?"))
    assert "smärta" not in expansions("Omfattas ångest?")


def test_a_typo_in_a_long_broader_term_is_forgiven_but_not_a_plural() -> None:
    assert "ångest" in expansions("What conditons is the rehab guarantee aimed at?")
    assert "KBT" not in expansions("How many treatment sessions does MMR include?")  # "treatments" is broader


def test_anchors() -> None:
    assert {a.head for a in anchor_groups("Var ges MMR1 och var ges MMR2?")} >= {"MMR1", "MMR2"}
    assert [a.head for a in anchor_groups("Hur mycket ersätts landstingen?")] == []
