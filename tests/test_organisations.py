"""Which organisations a question names (assistant/organisations.py): a whole name, an
abbreviation or a region's place, in any case, never a word of a name."""

from __future__ import annotations

import pytest

from assistant.answering.question import named_things
from assistant.models import Turn
from assistant.organisations import organisations_named, region_place
from assistant.query import _organisation_swapped, resolve
from ingest.metadata import organisations

pytestmark = pytest.mark.unit


def keys(text: str) -> list[str]:
    return [m.key for m in organisations_named(text)]


@pytest.mark.parametrize("text", [
    "Hur många regioner och kommuner deltog i uppföljningen?",
    "Vilka medicinska utredningar ingick i satsningen?",
    "How is health care for long-term pain organised?",
    "Sveriges kommuner har inte fått något bidrag.",
    "Vilken kommun har flest sjukskrivna?",
    "Hur stor var utvärderingen av insatserna?",
    "Who pays for insurance medicine training?",
    "Finns det en västra och en östra vårdcentral?",
])
def test_a_word_of_a_name_names_nobody(text: str) -> None:
    assert keys(text) == []
    assert named_things(text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("Vad skrev sbu om långvarig smärta?", "SBU"),
    ("Vad står det i SBU:s rapport?", "SBU"),
    ("hur mycket fick ostergotland 2017", "Region Östergötland"),
    ("Vad beslutade Jönköpings län om KBT?", "Region Jönköpings län"),
    ("Hur mycket fick Region Jämtland?", "Region Jämtland Härjedalen"),
    ("Hur arbetar Försäkringskassans handläggare?", "Försäkringskassan"),
    ("vad säger skl:s sida", "SKL"),
    ("hur mycket fick sveriges kommuner och regioner", "SKR"),
    ("Vad gjorde västra götalands vårdcentraler?", "Västra Götalandsregionen"),
    ("What does the Swedish Social Insurance Agency pay?", "Försäkringskassan"),
    ("Vad kostar en behandling i Östersunds kommun?", "Östersunds kommun"),
])
def test_a_name_an_abbreviation_or_a_place_names_its_organisation(text: str, expected: str) -> None:
    assert keys(text) == [expected]


def test_a_mention_spans_what_names_the_organisation() -> None:
    text = "Och i Region Jämtland 2016?"
    (mention,) = organisations_named(text)
    assert text[mention.start:mention.end] == mention.written == "Region Jämtland"
    assert mention.place == "Jämtland"


@pytest.mark.parametrize(("name", "place"), [
    ("Region Jönköpings län", "Jönköping"), ("Landstinget i Uppsala län", "Uppsala"),
    ("Östergötlands läns landsting", "Östergötland"), ("Västra Götalandsregionen", "Västra Götaland"),
    ("Region Halland", "Halland"), ("Landstinget Dalarna", "Dalarna"), ("Försäkringskassan", ""),
    ("Sveriges Kommuner och Regioner", ""),
])
def test_a_regions_place_is_its_name_without_the_words_for_a_region(name: str, place: str) -> None:
    assert region_place(name) == place


def test_every_region_of_the_data_file_has_a_place_that_names_it() -> None:
    regions = [o for o in organisations() if o.name.startswith("Region") or o.name.endswith("regionen")]
    assert len(regions) == 21
    for org in regions:
        place = region_place(org.name)
        assert place and keys(f"hur mycket fick {place.lower()} 2016") == [org.name]


def test_a_question_about_a_place_names_the_region_by_its_place_too() -> None:
    (thing,) = named_things("hur mycket fick östergötland 2017")
    assert ("östergötland",) in thing and ("region", "östergötland") in thing


def conversation(question: str) -> list[Turn]:
    return [Turn("user", question), Turn("assistant", "…")]


@pytest.mark.parametrize(("previous", "question", "expected"), [
    ("Hur mycket fick Region Halland 2015?", "Och Region Skåne?", "Hur mycket fick Region Skåne 2015?"),
    ("Hur mycket fick Region Halland 2015?", "och i dalarna?", "Hur mycket fick dalarna 2015?"),
    ("How much did Försäkringskassan pay in 2015?", "And SKL?", "How much did SKL pay in 2015?"),
])
def test_a_follow_up_swaps_in_the_organisation_it_names(previous: str, question: str, expected: str) -> None:
    q = resolve(question, conversation(previous))
    assert q.is_followup and q.text == expected


def test_a_follow_up_naming_the_same_organisation_or_none_swaps_nothing() -> None:
    assert _organisation_swapped("Och Region Halland?", "Hur mycket fick Region Halland 2015?") is None
    assert _organisation_swapped("Och hallands?", "Hur mycket fick Region Halland 2015?") is None
    assert _organisation_swapped("Och för kommunerna?", "Hur mycket fick Region Halland 2015?") is None
