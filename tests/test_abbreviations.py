"""Where a text spells an abbreviation out, and what a definition question asks to have spelt out."""

from __future__ import annotations

import pytest

from assistant.answering.question import asked_abbreviation, defined_span, defined_words
from ingest.abbreviations import spells_out

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("abbreviation", "text"), [
    ("NRS", "**NRS** – Nationella registret över smärtrehabilitering."),  # a glossary line
    ("RK", "Sidan samlar frågor som rehabkoordinatorer (RK), chefer och sekreterare ställer."),  # within a compound
    ("FMR", "En FMR (försäkringsmedicinsk rådgivare) ska stödja läkarna."),
    ("iKBT", "Internetbaserad KBT (iKBT) erbjuds från hösten."),
    ("CLV", "CLV står för Centrallasarettet Växjö."),
    ("SMD", "The effect is given as a standardised mean difference (SMD) of 0.2."),
    ("HC", "HC: hälsocentral"),
    ("NRS", "| NRS | Nationella registret över smärtrehabilitering |"),  # a glossary table's row
    ("RK", "Insatserna utförs av **rehabkoordinatorer** (i denna plan förkortat RK)."),
])
def test_a_text_that_spells_an_abbreviation_out(abbreviation: str, text: str) -> None:
    assert spells_out(abbreviation, text)


@pytest.mark.parametrize(("abbreviation", "text"), [
    ("NRS", "Registrering i NRS är inte ett villkor för ersättningen 2014."),  # used, not spelt out
    ("KBT", "KBT 2015 176, KBT 2016 169"),
    ("RK", "Varje RK (se bilaga 2) har en ersättare."),  # a parenthesis after it that spells nothing
    ("FMR", "Rådgivare finns i tre regioner (FMR)."),  # the word before does not begin with its letter
    ("NRS", "Nationella registret över smärtrehabilitering finns sedan 1998."),  # not named at all
    ("RK", "RK – 12 st"),
    ("KBT", "| KBT | 12 | 4 300 |"),  # a table's row that only counts it
    ("NRS", "Antal registrerade i NRS: nära 12 000 personer, främst kvinnor."),  # a figure ends the phrase
    ("RK", "RK – regionen ska kontakta patienten inom 14 dagar."),  # each word must give a letter in turn
    ("RK", "RK-rollen kräver mycket."),  # a hyphen, not a dash
    ("RK", "Regionen har anställt en koordinator (RK)."),  # too many words before the parenthesis
    ("NRS", "Nästan alla regioner rapporterar sina data (se NRS)."),  # a reference to it
    ("NRS", "De skickas till registret (källa: NRS)."),
    ("RK", "Varje RK (se bilaga 2 och 3 om hur regionerna har valt att organisera arbetet) har en ersättare."),
])
def test_a_text_that_only_uses_an_abbreviation(abbreviation: str, text: str) -> None:
    assert not spells_out(abbreviation, text)


@pytest.mark.parametrize(("question", "span", "abbreviation"), [
    ("vad står NRS för i skl:s frågor och svar?", "NRS", "NRS"),
    ("Vad står förkortningen CLV för i Region Kronobergs plan?", "förkortningen CLV", "CLV"),
    ("what does RK mean in the östergötland faq?", "RK", "RK"),
    ("What does the abbreviation FMT stand for in Region Västmanland's proposal?", "the abbreviation FMT", "FMT"),
    ("What is an FMR in Region Sörmland's memo?", "an FMR", "FMR"),
    ("Vad betyder förkortningen iKBT i nyheten?", "förkortningen iKBT", "iKBT"),
    ("Vad menas med väntetid i Region X:s uppföljning?", "väntetid", ""),
    ("In the Uppsala MMR2 FAQ, what is SMR?", "SMR", "SMR"),  # after a comma
    ("whats VPÖ in the blekinge kbt report?", "VPÖ", "VPÖ"),  # as chat writes it
    ("What is SKR's view on the guarantee?", "SKR's view on the guarantee", ""),  # an owner, not asked about
])
def test_what_a_definition_question_asks_to_have_spelt_out(question: str, span: str, abbreviation: str) -> None:
    assert defined_span(question).strip() == span
    assert asked_abbreviation(question) == abbreviation


def test_what_a_question_asks_to_have_defined_is_the_term_not_the_place() -> None:
    """"What does ISF mean by 'net days'?" asks about net days, not about ISF; "Vad står NRS för
    i SKL:s frågor och svar?" about NRS, not about SKL's questions."""
    assert defined_words("What does ISF mean by net days in its evaluation?") == {"net", "days"}
    assert defined_words("vad står NRS för i skl:s frågor och svar?") == {"nrs"}
