"""People in documents and questions (assistant/people.py): role words are whole words with their
inflections, never part of another word, and not the domain's own nouns."""

from __future__ import annotations

import pytest

from assistant.people import names_a_person, names_a_role

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text", [
    "Anna Berg, avdelningschef",
    "Kontakta handläggaren på enheten.",
    "Chefen för enheten har beslutat.",
    "Strategen Anna Berg svarar på frågor.",
    "Beslutet justerades av ordföranden.",
    "med. dr Anna Berg",
    "Ask the directors of the agency.",
])
def test_a_role_word_with_its_inflection_is_a_role(text: str) -> None:
    assert names_a_role(text)


@pytest.mark.parametrize("text", [
    "Strategin för 2015 gäller alla regioner.",
    "Regionen anställde fler rehabkoordinatorer.",
    "Varje vårdcentral ska ha en koordinator.",  # the domain's own noun, not who answers for a text
    "Rehab coordinators were funded in 2019.",
    "Kostnaden per medxdr beräknades.",  # the "." of "med. dr" is a full stop, not any character
    "Ordförandeskapet roterar mellan regionerna.",
])
def test_a_word_that_only_contains_a_role_word_is_no_role(text: str) -> None:
    assert not names_a_role(text)


def test_a_signature_names_a_person_with_a_role() -> None:
    line = "Anna Berg, avdelningschef"
    assert names_a_person(line) and names_a_role(line)
    assert not names_a_person("Sveriges Kommuner och Regioner")
