"""Fact recognisers: does a passage contain the kind of fact a question asks for?"""

from __future__ import annotations

import pytest

from assistant.facts import has_fact, with_column_units
from ingest.numbers import numbers_in

pytestmark = pytest.mark.unit

POSITIVE = {
    "amount": [
        "ersätts med 45000 kr/behandlingsserie",
        "Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT.",
        "RJH räknar med 14,7 Mkr",
        "ramen är 750 miljoner kronor",
        "totalt 1,5 miljarder",
        "cirka 30 mkr",
        "ökade med 46 procent",  # "hur mycket har … ökat" is answered by a percentage too
    ],
    "date": ["29/4 2015", "senast 29/8", "31 mars 2016", "den 2 april"],
    "count": ["1000 sådana utredningar", "KBT 8772 11026 13843 8353", "vid fyra tillfällen", "tre gånger",
              "teamet tre dagar i veckan", "revisorerna lämnar fem rekommendationer", "twenty sessions"],
    "percent": ["60 % av sjukskrivningarna", "ca 70% av MMR", "46 procent", "0,5 procent"],
    "age": ["i åldern 16-67 år", "16–67 år", "kvinnor och män i åldern"],
    "duration": ["under 4-8 veckor", "fyra-åtta veckor", "senast en månad efter",
                 "åtta-tjugo behandlingstillfällen", "3 månader", "över 14 dagar"],
    "elapsed": ["utbetalar senast en månad efter redovisning", "inom 14 dagar", "betalas ut kvartalsvis"],
    "sessions": ["i regel åtta-tjugo behandlingstillfällen", "8-20 behandlingstillfällen", "tio tillfällen",
                 "12 sessions"],
    "year": ["tecknades 2008", "sedan 1999", "Publicerad 2015-04-02"],
    "when": ["resterande del i inledningen av år 2018", "senast 29/8", "senast en månad efter redovisning"],
    "organisation": ["rapporterar till Försäkringskassan", "mellan SKL och staten", "Karolinska Institutet"],
    "who": ["SKL sammanställer", "Försäkringskassan granskar", "Region Jämtland Härjedalen", "regeringen",
            "Karolinska Institutet", "Inspektionen för socialförsäkring",
            # named by the organisations data file, or by the shape of an agency's name
            "enligt SBU", "Socialstyrelsen följer upp", "Inspektionen för vård och omsorg granskar",
            "Landstinget i Uppsala län", "Västerbottens läns landsting"],
}

NEGATIVE = {
    "amount": ["tecknades 2013", "KBT 8772", "45000 behandlingar", "tolv tusen"],
    "date": ["2015", "tecknades 2008", "12 000 kronor"],
    "count": ["tecknades 2013", "2012 och 2013", "46 procent", "ingen siffra här",
              "2. Kompetenssatsning i försäkringsmedicin", " 1.  Jämställd sjukskrivningsprocess",
              "en läkare och ett team", "tio miljoner kronor", "tjugo procent", "results by sex and age",
              # a date's day and month are no counts
              "som den 1 januari 2015 blev Region Gävleborg", "beslutades 2015-03-24", "senast 29/8"],
    # a number of sessions is never a span of weeks or an age
    "sessions": ["under 4-8 veckor", "i åldern 16-67 år", "2015", "12 000 kronor", "behandlingstillfällen"],
    "percent": ["hälften av landstingen", "2015", "12 000 kronor"],
    "age": ["67", "tecknades 2008", "Landstingen"],
    "duration": ["2015", "år 2015", "12 000 kronor"],
    # how soon: a span of time, not a number of sessions, nor an age
    "elapsed": ["åtta-tjugo behandlingstillfällen", "i åldern 16-67 år", "2015", "12 000 kronor"],
    "year": ["12000", "3000", "20081", "utan årtal"],
    "when": ["Ersättning till primärvården för behandlingar: -3,4 Mkr", "12 000 kronor"],
    "organisation": ["15 miljoner är avsatta för utveckling av plattform", "landstingen rapporterar fyra gånger"],
    "who": ["landstingen rapporterar", "12 000 kr", "behandlingen är i regel kort", "KBT och IPT i primärvården",
            "regionerna rapporterar"],
}


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, ts in POSITIVE.items() for t in ts])
def test_has_fact(kind: str, text: str) -> None:
    assert has_fact(kind, text)


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, ts in NEGATIVE.items() for t in ts])
def test_has_no_fact(kind: str, text: str) -> None:
    assert not has_fact(kind, text)


def test_other_kinds_accept_any_text() -> None:
    """A question that asks for no particular kind of fact filters nothing."""
    assert has_fact("other", "Rehabiliteringsgarantin är en överenskommelse.")
    assert has_fact("other", "")


# agencies publish English summaries: their facts are written with English units
ENGLISH = {
    "percent": ["88 per cent of the primary care centres", "64 percent of the certificates", "5 percentage points"],
    "duration": ["within eight weeks", "for 3 months", "at most 30 working days"],
    "elapsed": ["paid out within 30 days", "reported quarterly", "two quarters after"],
    "sessions": ["at least six sessions", "8–20 treatment sessions"],
    "date": ["by March 31, 2016", "on 15 December 2011"],
    "age": ["patients aged 16–67", "16-67 years old"],
}


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, ts in ENGLISH.items() for t in ts])
def test_a_fact_written_in_english(kind: str, text: str) -> None:
    assert has_fact(kind, text)


@pytest.mark.parametrize(("kind", "text"), [("count", "88 per cent of the centres"), ("count", "SEK 4 million"),
                                            ("date", "March 2016"), ("date", "the 2016 figures"),
                                            ("duration", "in 2016"), ("percent", "in 2016 the centres")])
def test_an_english_unit_is_not_another_kind(kind: str, text: str) -> None:
    assert not has_fact(kind, text)


@pytest.mark.parametrize("text", ["Landstingen ersätts med 12 000 kr", "RJH räknar med 14,7 Mkr",
                                  "ersätts med 12 000,50 kr"])
def test_an_amount_is_not_a_count(text: str) -> None:
    # The count pattern ends with (?!\s*(?:kr|Mkr|…)) to keep amounts out, but the number
    # alternative backtracks to "12" (followed by " 000 kr") or "14" (followed by ",7 Mkr").
    assert not has_fact("count", text)


def test_numbers_in() -> None:
    assert numbers_in("Landstingen ersätts med 12 000 kronor") == {"12000"}
    assert numbers_in("ramen 14,7 Mkr och 1.5 mdr") == {"14.7", "1.5", "14700000", "1500000000"}  # also scaled
    assert numbers_in("12\u202f000 kr och 25000 kr") == {"12000", "25000"}
    assert numbers_in("inga siffror") == set()


def test_a_digit_that_ends_a_name_opens_no_group_of_thousands() -> None:
    # a table row read with its column names: "Patients completing MMR1 262" is MMR1 and 262, not 1 262
    assert numbers_in("Patients completing MMR1 262", scaled=False) == {"1", "262"}
    assert numbers_in("Nivå2 1 040 patienter", scaled=False) == {"2", "1040"}
    assert numbers_in("år 2012 1 184 behandlingar", scaled=False) == {"2012", "1184"}


def test_numbers_in_joins_groups_split_by_a_no_break_space() -> None:
    # facts.py writes the group separator class as "[  \u202f]": two ASCII spaces where "\u00a0"
    # was meant, so "12\u00a0000" reads as 12 and 000.
    assert numbers_in("12\u00a0000 kr") == {"12000"}


@pytest.mark.parametrize("text", ["Behandlingen omfattar nio veckor.", "Programmet omfattar elva veckor.",
                                  "Programmet pågår i tio–tolv veckor.", "Kursen är 16 timmar."])
def test_a_duration_in_any_number_word(text: str) -> None:
    assert has_fact("duration", text)


def test_a_span_of_sessions_in_words() -> None:
    assert has_fact("sessions", "Behandlingen omfattar tio–tolv tillfällen.")
    assert not has_fact("duration", "Patienter i åldern 16–67 år.")  # an age is no span of time


@pytest.mark.parametrize("text", ["Samtalen är avgiftsfria.", "Stödet är kostnadsfritt för dig.",
                                  "Du betalar ingen avgift.", "Support is free of charge."])
def test_what_costs_nothing_answers_what_it_costs(text: str) -> None:
    assert has_fact("amount", text)


def test_nothing_said_of_a_cost_is_no_amount() -> None:
    assert not has_fact("amount", "Koordineringsinsatser ges på vårdcentralen.")


@pytest.mark.parametrize(("row", "header", "lead_in", "written"), [
    ("| Reserv | 2,2 |", ("Post", "Mkr"), "", "| Reserv | 2,2 Mkr |"),
    ("| Koordinatorer | 14 200 | Primärvård |", ("Insats", "Budget 2021 (tkr)", "Ansvarig"), "",
     "| Koordinatorer | 14 200 tkr | Primärvård |"),
    ("| KBT | Kvinnor | 43 | 31 |", ("Behandling", "Kön", "Vid start (%)", "Efter ett år (%)"), "",
     "| KBT | Kvinnor | 43 % | 31 % |"),
    ("| Reserv | 2,2 |", (), "Belopp i miljoner kronor", "| Reserv | 2,2 miljoner kronor |"),
    ("| Reserv | 2,2 |", ("Post", "Belopp", "Ansvarig"), "Tabell 2 (Mkr)", "| Reserv | 2,2 Mkr |"),
    ("| MMR1 | 402 |", ("Behandling", "Antal"), "", "| MMR1 | 402 |"),  # no unit named: as written
    ("| Reserv | Ej beslutad |", ("Post", "Mkr"), "", "| Reserv | Ej beslutad |"),  # no figure
    # a column that names no unit, when another does, keeps its figures as written (a count)
    ("| KBT | 12 | 4 300 |", ("Insats", "Antal", "Budget (tkr)"), "Belopp i miljoner kronor",
     "| KBT | 12 | 4 300 tkr |"),
    # only the line just above the table names its unit, not the prose before it; a year is no figure
    ("| KBT | 2019 | 12 |", ("Insats", "År", "Antal"), "Regionen fick 12 miljoner kronor.\nAntal behandlingar:",
     "| KBT | 2019 | 12 |"),
    # when neither a column nor the line above names one, the row's own label may
    ("| Statsbidrag, mnkr | 49,8 | 38,6 |", ("2018", "2019"), "", "| Statsbidrag, mnkr | 49,8 Mkr | 38,6 Mkr |"),
    ("| Avslutade KBT | 49 | 38 |", ("2018", "2019"), "", "| Avslutade KBT | 49 | 38 |"),
])
def test_a_rows_figures_read_with_their_columns_unit(row: str, header: tuple[str, ...], lead_in: str,
                                                      written: str) -> None:
    assert with_column_units(row, header, lead_in) == written


def test_a_row_under_an_amount_column_holds_an_amount() -> None:
    assert not has_fact("amount", "| Reserv | 2,2 |")
    assert has_fact("amount", with_column_units("| Reserv | 2,2 |", ("Post", "Mkr")))
    assert has_fact("percent", with_column_units("| KBT | 43 |", ("Behandling", "Andel kvinnor")))


def test_a_row_under_a_time_column_holds_a_duration() -> None:
    """"3,8" under "Timmar per patient" and "94" under "Väntetid 2015 (dagar)" are durations; a
    compound that only ends in a time word ("Vårddagar") names no unit."""
    assert not has_fact("duration", "| Kv 3 | 159 | 3,8 |")
    header = ("Kvartal", "Patienter", "Timmar per patient")
    assert has_fact("duration", with_column_units("| Kv 3 | 159 | 3,8 |", header))
    assert with_column_units("| Hemse | 94 | 107 |", ("Vårdcentral", "Väntetid 2015 (dagar)", "Median, weeks")) == \
        "| Hemse | 94 dagar | 107 veckor |"
    assert with_column_units("| Hemse | 94 |", ("Vårdcentral", "Vårddagar")) == "| Hemse | 94 |"
    # a time after a figure is the limit a column counts against, not its unit
    assert with_column_units("| Hemse | 12 | 40 |", ("Vårdcentral", "Väntat > 90 dagar", "Behandlade inom 30 dagar")) \
        == "| Hemse | 12 | 40 |"
    assert with_column_units("| Hemse | 12 |", (), "Antal patienter som väntat mer än 90 dagar:") == "| Hemse | 12 |"
    for limit in ("Väntat mer än tre månader", "Within two weeks", "Väntat 90+ dagar", "Dagar 1–14", "Dagar >90"):
        assert with_column_units("| Hemse | 12 |", ("Vårdcentral", limit)) == "| Hemse | 12 |", limit
    # a time names its own column or row, never a whole table: not from the lead-in, nor shared over
    # columns that do not line up with the row
    assert with_column_units("| Hemse | 12 |", (), "Tabell 3. Antal patienter och väntetid i dagar") == "| Hemse | 12 |"
    assert with_column_units("| Hemse | 12 | 40 | 7 |", ("Vårdcentral", "Patienter", "Väntetid (dagar)")) == \
        "| Hemse | 12 | 40 | 7 |"
    assert with_column_units("| Väntetid, dagar | 12 | 40 |", ("", "2015", "2016")) == \
        "| Väntetid, dagar | 12 dagar | 40 dagar |"


@pytest.mark.parametrize(("text", "held"), [
    ("Dnr RS 2023-00417", True), ("Diarienummer: 16RS2381", True), ("S2019/05312/SF", True),
    ("Rapport 2018:4", True), ("Beslutet fattades i § 87.", True), ("Skriftlig fråga 2019/20:412", True),
    ("Beslutet fattades 2016.", False), ("Regionen får 12 000 kronor.", False),
    ("KBT 2016-2018 i primärvården", False), ("MMR 2017–2018", False),  # a span of years, no number
])
def test_a_registration_number_as_agencies_write_it(text: str, held: bool) -> None:
    assert has_fact("reference", text) is held


def test_a_day_of_the_sick_leave_period_answers_by_when() -> None:
    assert has_fact("date", "Arbetsgivaren ska ha en plan senast dag 30.")
    assert has_fact("elapsed", "Koordinatorn svarar inom två arbetsdagar.")
