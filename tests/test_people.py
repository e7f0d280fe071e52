"""People in documents and questions (assistant/people.py): role words are whole words with their
inflections, never part of another word, and not the domain's own nouns."""

from __future__ import annotations

import pytest

from assistant.people import (
    asks_for_group,
    asks_for_person,
    asks_for_signatory,
    author_of,
    is_byline,
    names_a_person,
    names_a_role,
    roles_asked,
    roles_named,
)

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


@pytest.mark.parametrize(("text", "names", "quote"), [
    ("Till: Verksamhetschefer Från: Eva Nordin, projektledare rehabiliteringsgarantin\n\nText.",
     "Eva Nordin, projektledare rehabiliteringsgarantin", "Från: Eva Nordin, projektledare rehabiliteringsgarantin"),
    ("Handläggare och kontaktperson: Kristina Alm, strateg för sjukskrivningsfrågor, telefon 016-10 40 00",
     "Kristina Alm, strateg för sjukskrivningsfrågor",
     "Handläggare och kontaktperson: Kristina Alm, strateg för sjukskrivningsfrågor"),
    ("Inledning. Rapporten har tagits fram av utredarna Maria Sundell (projektledare) och Oskar Lind vid "
     "avdelningen. Mer text.", "utredarna Maria Sundell (projektledare) och Oskar Lind vid avdelningen",
     "Rapporten har tagits fram av utredarna Maria Sundell (projektledare) och Oskar Lind vid avdelningen."),
    ("Rapporten har tagits fram av Per Eriksson Nyström, processledare försäkringsmedicin, tfn 0920-28 41 73.",
     "Per Eriksson Nyström, processledare försäkringsmedicin, tfn 0920-28 41 73",
     "Rapporten har tagits fram av Per Eriksson Nyström, processledare försäkringsmedicin, tfn 0920-28 41 73."),
    ("Från: Per Eriksson Nyström, processledare\n", "Per Eriksson Nyström, processledare",
     "Från: Per Eriksson Nyström, processledare"),
    ("Resultat.\nEskilstuna den 23 april 2019\nHenrik Malmsten, analytiker\n\nLena Forsgren, enhetschef",
     "Henrik Malmsten, analytiker", "Henrik Malmsten, analytiker"),
    ("Resultat.\nGöteborg 2019-04-23\n\nAnna Berg, regiondirektör", "Anna Berg, regiondirektör",
     "Anna Berg, regiondirektör"),
    ("Om rapporten\n\nRapporten har skrivits av Linnea Forsgren och Mattias Öberg. Projektledare har varit "
     "Linnea Forsgren.", "Linnea Forsgren och Mattias Öberg",
     "Rapporten har skrivits av Linnea Forsgren och Mattias Öberg."),  # under a heading line
    ("Författare: Anna Berg och Erik Lund\n\nText.", "Anna Berg och Erik Lund", "Författare: Anna Berg och Erik Lund"),
    ("Rapporten har skrivits av Anna Berg m.fl. vid enheten. Nästa mening.", "Anna Berg m.fl. vid enheten",
     "Rapporten har skrivits av Anna Berg m.fl. vid enheten."),
])
def test_the_author_of_a_document_as_agencies_name_them(text: str, names: str, quote: str) -> None:
    author = author_of(text)
    assert author is not None and author.names == names and text[author.start:author.end] == quote


@pytest.mark.parametrize("text", [
    "Från: Region Skåne, hälso- och sjukvården\n\nText.",  # an organisation is no author here
    "Den har tagits fram av Hälso- och sjukvårdsförvaltningens enhet för uppföljning.",
    "Antalet ökade från 2 760 till 3 412. Anna Berg svarar på frågor.",  # a contact is no author
    "Enkäten har tagits fram av Anna Berg vid KI.",  # who made the survey, not the document
    "Inledning.\n\n" + "Text om behandlingarna. " * 80 + "\n\nHandläggare: Anna Berg",  # not in its head
])
def test_no_person_is_named_as_the_author(text: str) -> None:
    assert author_of(text) is None


def test_the_role_a_question_asks_for() -> None:
    """A role in any inflection; a contact person is whoever the text gives, so no role is asked."""
    assert roles_named("Ordföranden Lena Ohlson (S) öppnade mötet.") == {"ordförande"}
    assert roles_asked("Vem var ordförande vid sammanträdet?") == {"ordförande"}
    assert roles_asked("Vem är kontaktperson för rapporten?") == frozenset()
    assert roles_asked("Vem undertecknade beslutet?") == frozenset()
    assert "chef" in roles_named("Anna Berg, enhetschef") and not roles_named("strategin för koordinatorerna")
    assert roles_asked("Who is the head of the unit? chef") == {"chef"}  # English roles through Swedish words
    assert roles_asked("Who is the head of the unit?") == frozenset()


@pytest.mark.parametrize(("question", "group"), [
    ("Vem kan få multimodal rehabilitering?", True), ("Who is eligible for MMR?", True),
    ("Vem undertecknade beslutet?", False), ("Vem får hur mycket?", False)])
def test_who_may_receive_something_is_a_group(question: str, group: bool) -> None:
    assert asks_for_group(question) is group and asks_for_person(question) is not group


@pytest.mark.parametrize(("question", "role"), [
    ("Who is the strategist for insurance medicine in the region?", "strateg"),
    ("Which analyst at Försäkringskassan is quoted in the news item?", "analytiker"),
    ("Who is the process leader for sick leave?", "processledare"),
])
def test_an_english_question_asks_for_a_role_through_the_glossarys_swedish_words(question: str, role: str) -> None:
    from assistant.query import resolve

    q = resolve(question, [])
    assert role in roles_asked(" ".join([q.text, *q.expansion]))
