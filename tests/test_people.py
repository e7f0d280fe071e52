"""People in documents and questions (assistant/people.py): role words are whole words with their
inflections, never part of another word, and not the domain's own nouns."""

from __future__ import annotations

import pytest

from assistant.people import asks_for_signatory, is_byline, names_a_person, names_a_role

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


@pytest.mark.parametrize("line", [
    "Greta Sandell", "Kerstin Ahl hälso- och sjukvårdsdirektör", "Ylva Berg Holm, leg. psykolog",
    "Authors: Tove Lind, PhD, physiotherapist, and Nils Ek, health economist",
    "Ordförande: Rut Dahl (S)", "Författare: Åsa Kron och Leo Falk",
])
def test_a_line_that_opens_with_a_persons_name_is_a_byline(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", [
    "Region Örebro län", "Landstingets revisorer, Landstinget i Uppsala län", "Rapport 2021:9",
    "Pressmeddelande från Socialdepartementet", "Frågor och svar kring rehabiliteringsgarantin 2015",
    "Upphandlingschef, Region Jönköpings län", "Socialdepartementet 2021-03-18",
    "Enligt Försäkringskassan ska landstingen rapportera senast den 31 mars och i övrigt följa anvisningarna som ges",
    "Executive Summary", "Key Findings", "Table Of Contents", "Göteborgs Universitet",
])
def test_a_heading_or_an_organisation_is_no_byline(line: str) -> None:
    assert not is_byline(line)


@pytest.mark.parametrize(("question", "signing"), [
    ("Vem undertecknade beslutet?", True), ("Who signed the agreement on behalf of SKL?", True),
    ("Vilka justerade protokollet?", True), ("Vem fattade beslutet?", False), ("Who wrote the report?", False),
])
def test_a_question_about_who_signed(question: str, signing: bool) -> None:
    assert asks_for_signatory(question) is signing
