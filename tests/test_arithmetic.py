"""Calculations from cited figures: which quantity a text states, the count a question gives,
the rate a source states per treatment."""

from __future__ import annotations

import pytest

from assistant.arithmetic import Quantity, difference, format_number, given_count, parse_quantity, per_item_rate

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Multimodal rehabilitering 1: ersätts med 25000 kr/behandlingsserie.", Quantity(25000, "kr")),
        ("Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT.", Quantity(12000, "kr")),
        ("RJH räknar med 14,7 Mkr 2017", Quantity(14.7, "Mkr")),
        ("ökade med 46 procent sedan 2009", Quantity(46, "%")),
        ("KBT 2012: 8353", Quantity(8353, "")),  # no unit anywhere: the first number that is not a year
        ("tecknades 2008", None),
    ],
)
def test_parse_quantity_prefers_an_amount_to_a_label(text: str, expected: Quantity | None) -> None:
    assert parse_quantity(text) == expected


def test_the_difference_of_two_cited_rates() -> None:
    """Was 1: the label "Multimodal rehabilitering 1" was read as the first rate's quantity."""
    first = parse_quantity("Multimodal rehabilitering 1: ersätts med 25000 kr/behandlingsserie.")
    second = parse_quantity("Multimodal rehabilitering 2: ersätts med 45000 kr/behandlingsserie.")
    assert first and second and difference([second, first]) == Quantity(20000, "kr")
    assert difference([Quantity(1, "kr"), Quantity(2, "%")]) is None


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Om ett landsting genomför tio KBT-behandlingar, vilken ersättning ger det 2015?", 10),
        ("If a county council completes 20 CBT treatments in 2015, how much is it paid?", 20),
        ("Vad får en region för 5 MMR2-behandlingar?", 5),
        ("Hur mycket ersätts MMR1?", None),  # a treatment's number is not a count
        ("How much is paid per multimodal rehabilitation 2 series?", None),
        ("Hur mycket ersätts de tre landstingen per KBT 2015?", None),  # counts regions, not treatments
        ("Vad ersätts KBT med för personer mellan 16 och 67 år?", None),
        ("Hur mycket ersätts åtta behandlingstillfällen KBT?", None),  # sessions are not paid per item
        ("Hur mycket får landstinget för 3 behandlingsserier MMR1?", 3),
        ("Vad ersätts MMR 2 med?", None),
        ("Hur många KBT gjordes 2012?", None),  # a year is not a count
        ("Vad får regionen för 3 behandlingar och 4 serier?", None),  # two counts: ambiguous
        ("Vad får ett landsting per behandling?", None),  # an article is not a count
        ("Hur mycket är 46 procent av 750 miljoner?", None),  # amounts and shares are not counts
    ],
)
def test_given_count(question: str, count: int | None) -> None:
    assert given_count(question) == count


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT.", Quantity(12000, "kr")),
        ("ersätts med 45000 kr/behandlingsserie", Quantity(45000, "kr")),
        ("maximalt 712 miljoner kronor", None),  # a total, not a rate
        ("25000 kr/serie och 45000 kr/serie", None),  # two rates: which one is unclear
    ],
)
def test_per_item_rate(text: str, rate: Quantity | None) -> None:
    assert per_item_rate(text) == rate


def test_format_number() -> None:
    assert format_number(120000, "sv") == "120 000"
    assert format_number(120000, "en") == "120,000"
    assert format_number(1.5, "sv") == "1,5"
