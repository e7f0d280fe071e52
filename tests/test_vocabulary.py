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
        "götalnd",  # a typo in the first part of the compound Västra Götalandsregionen
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
