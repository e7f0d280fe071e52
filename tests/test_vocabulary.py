"""Whether a word of a question is known to the corpus, give or take a typo or a compound."""

from __future__ import annotations

import pytest

from assistant.vocabulary import near_vocabulary

pytestmark = pytest.mark.unit

VOCAB = frozenset({"götalandsregion", "götaland", "västr", "rehabiliteringsgaranti", "kall", "ersättning",
                   "sjukvårdsnämnd"})


@pytest.mark.parametrize(
    "stem",
    [
        "götaland",  # the word itself
        "rehabiliteringsgarant",  # a compound's known head
        "ersättningsnivå",  # a compound of a known word
        "ersätning",  # a typo
        "nämnd",  # the head of a known compound (hälso- och sjukvårdsnämnderna)
    ],
)
def test_near(stem: str) -> None:
    assert near_vocabulary(stem, VOCAB)


@pytest.mark.parametrize("stem", ["kalmar", "minister", "väntetid", "skån", "vård"])  # "vård": too short to be a head
def test_not_near(stem: str) -> None:
    assert not near_vocabulary(stem, VOCAB)


def test_a_typo_in_the_first_part_of_a_known_compound() -> None:
    compounds_only = frozenset({"götalandsregion", "rehabiliteringsgaranti"})
    assert near_vocabulary("götalnd", compounds_only)  # "Västra Götalnd" / Götalandsregionen
    assert not near_vocabulary("götebrg", compounds_only)


def test_the_terms_only_english_documents_use() -> None:
    from assistant.vocabulary import english_only_terms

    tokens = {"sv1": ["ersättning", "patient", "år"], "en1": ["year", "patient", "rate"], "sv2": ["rate"]}
    assert english_only_terms(tokens, {"en1"}) == frozenset({"year"})
    assert english_only_terms(tokens, set()) == frozenset()
