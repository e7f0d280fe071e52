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


def test_the_groups_figures_are_split_by_are_anchors_in_swedish_and_english() -> None:
    heads = lambda text, english=False: {a.head for a in anchor_groups(text, english)}  # noqa: E731
    assert heads("Hur många män avslutade KBT 2019?") == {"KBT", "män"}
    assert heads("What share of the patients were women?", True) == {"kvinnor"}
    # "men" is Swedish for "but": only an English question names the men by it
    assert heads("How many men finished KBT in 2019?", True) == {"KBT", "män"}
    assert heads("Hur mycket får KBT, men inte MMR?") == {"KBT", "MMR"}
    assert heads("Hur mycket får man för KBT?") == {"KBT"}  # "man" (one) is no man
    unit = anchor_groups("Män", False)[0]
    assert unit.named_in(["man"]) and not anchor_groups("men", False)


def test_women_and_men_are_not_two_things_asked_about() -> None:
    """'Hur många kvinnor och män …' asks one figure split two ways, not about two things as
    'Var ges MMR1 och var ges MMR2?' does; a section on them is not about another thing."""
    from assistant.answering.answerer import _things
    from assistant.expansion import qualifier_heads

    assert qualifier_heads() == {"kvinnor", "män"}
    assert _things(anchor_groups("Hur många kvinnor och män avslutade MMR1 2019?")) == {"MMR1"}
    assert _things(anchor_groups("Var ges MMR1 och var ges MMR2?")) == {"MMR1", "MMR2"}


def test_a_swedish_question_is_expanded_with_the_english_staff_terms_of_its_words() -> None:
    """The glossary read the other way: an English document's passage can answer a Swedish question
    ("statsbidrag" finds "grant", "fick" finds "received"); a question read as English gets no
    English terms from it."""
    swedish = expansions("Hur mycket statsbidrag fick regionen för rehabkoordinatorer?", "sv")
    assert {"grant", "received", "coordinator"} <= set(swedish)
    assert not {"grant", "received"} & set(expansions("Hur mycket statsbidrag fick regionen?", "en"))
    assert "statsbidrag" in expansions("How large was the state grant?", "en")
