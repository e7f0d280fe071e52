"""Years and dates as agencies write them (ingest/dates.py): the one definition of a year, and the
check that a date written as YYYY, YYYY-MM or YYYY-MM-DD exists."""

from __future__ import annotations

import pytest

from ingest.dates import (
    MONTHS,
    clause_year,
    dates_in,
    is_year,
    relative_year_positions,
    valid_iso,
    written_date,
    year_mentions,
    year_roles,
    years_in,
)

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text", ["2014", "2014-06", "2014-06-30", "2016-02-29", "1980-01-01", "2049-12-31"])
def test_a_date_that_exists_is_valid(text: str) -> None:
    assert valid_iso(text)


@pytest.mark.parametrize("text", [
    "", "14", "2014-13", "2014-00", "2014-13-45", "2014-06-31", "2015-02-29", "2014-06-00", "2014-06-xx",
    "2014-6-1", "0001-01-01", "1970-01-01", "2099-01-01", " 2014", "2014-06-30T12:00", "2014/06/30", "2014-٠٦",
])
def test_a_date_that_does_not_exist_or_is_not_iso_is_invalid(text: str) -> None:
    assert not valid_iso(text)


def test_a_day_that_is_not_in_the_calendar_is_not_read_as_a_date() -> None:
    found = [d.iso for d in dates_in("den 29 februari 2016 och den 29 februari 2015")]
    assert "2016-02-29" in found and "2015-02-29" not in found


@pytest.mark.parametrize(("iso", "sv", "en"), [
    ("2012-12-13", "13 december 2012", "13 December 2012"),
    ("2015-07-01", "1 juli 2015", "1 July 2015"),
    ("2014-06", "juni 2014", "June 2014"),
    ("2014", "2014", "2014"),
])
def test_a_date_as_a_reader_writes_it(iso: str, sv: str, en: str) -> None:
    assert written_date(iso, "sv") == sv and written_date(iso, "en") == en


@pytest.mark.parametrize("iso", ["2014-13", "2014-00", "2014-13-45", "2014-06-xx", "2015-02-29", "", "juni 2014"])
def test_a_date_that_is_not_valid_is_written_as_it_stands(iso: str) -> None:
    """Never an exception, never a wrong month ("2014-00" was "december 2014")."""
    assert written_date(iso, "sv") == iso and written_date(iso, "en") == iso


def test_month_names_read_and_written_agree() -> None:
    for number in range(1, 13):
        for lang in ("sv", "en"):
            month = written_date(f"2015-{number:02d}", lang).split()[0]
            assert MONTHS[month.casefold()] == number


def test_one_definition_of_a_year() -> None:
    assert is_year("2015") and is_year(" 1980 ") and is_year("2049")
    assert not any(is_year(t) for t in ("1979", "2050", "12 000", "1500", "2015,5", "20151", ""))
    assert years_in("2009–2012 och 2015, inte 12 000 eller 1 500") == (2009, 2010, 2011, 2012, 2015)
    assert year_mentions("Hur betalas pengarna ut i överenskommelsen 2017–2018?") == 1
    assert year_mentions("KBT 2009 och 2012?") == 2


@pytest.mark.parametrize(("text", "years"), [
    ("3 900 läkare under 2020, mot 4 700 året innan.", [2019]),
    ("Under 2014 avslutades 805 behandlingar, 64 fler än föregående år.", [2013]),
    ("Planen antogs 2016 och gällde från året därpå.", [2017]),
    ("In 2019 it rose, and fell the year before.", [2018]),
    ("Mot 4 700 året innan.", []),  # no year written before it: nothing to count from
])
def test_a_year_named_by_its_place_beside_another(text: str, years: list[int]) -> None:
    assert [y for _, y in relative_year_positions(text)] == years


@pytest.mark.parametrize("text", [
    "Diarienummer: LS2015-0812", "S2019/00867/SF", "Dnr 2015-00417", "enligt lagen (2019:1297)", "RiR 2015:11",
])
def test_a_year_inside_a_documents_number_is_a_reference(text: str) -> None:
    assert [role for _, _, role in year_roles(text)] == ["reference"]


@pytest.mark.parametrize("text", ["beslutat 2015-11-04", "2014-2016", "2014–2016", "budgetåret 2019/20",
                                  "(2013: 14 000 kronor)", "under 2015"])
def test_a_year_beside_a_number_like_shape_is_no_reference(text: str) -> None:
    assert "reference" not in [role for _, _, role in year_roles(text)]


@pytest.mark.parametrize(("text", "roles"), [
    ("Under 2019 fick 3 412 patienter stöd, jämfört med 2018.", [(2019, "stated"), (2018, "compared")]),
    ("72 procent, samma nivå som 2012.", [(2012, "compared")]),
    ("35 miljoner kronor mer än överenskommelsen för 2023.", [(2023, "compared")]),
    ("Socialstyrelsen har sedan 2007 förvaltat beslutsstödet.", [(2007, "start")]),
    ("Ersättningen höjdes till 12 000 kronor per patient, från 2021.", [(2021, "start")]),
    ("34 dagar för riket, jämfört med 41 dagar år 2012.", [(2012, "aside")]),
    ("an increase from 4,910 patients in 2021", [(2021, "aside")]),
    ("16 000 kronor per serie (2013: 14 000 kronor)", [(2013, "aside")]),
    ("efter andelen av befolkningen den 1 november 2018", [(2018, "date")]),
    ("betalas ut senast i februari 2022", [(2022, "limit")]),
    ("ska redovisas senast den 31 mars 2020", [(2020, "limit")]),
    ("väntetiden var i december 2012 elva veckor", [(2012, "stated")]),  # a month is the time spoken of
    ("Medel som inte förbrukats förs över till 2020.", [(2020, "limit")]),
    ("Jämfört med 2012 ökade antalet 2013 till 500.", [(2012, "compared"), (2013, "stated")]),
    ("Fler än 200 patienter behandlades 2014.", [(2014, "stated")]),  # "än" before a figure compares no year
    ("Fler än hälften deltog 2018.", [(2018, "stated")]),
    ("more than in 2017", [(2017, "compared")]),
    # a second reader's cases: a year's end, a day counted on or from, "års", a date in a parenthesis
    ("Per den 31 december 2018 var 4 500 personer sjukskrivna.", [(2018, "stated")]),
    ("As of March 31, 2020, 4,500 people were on sick leave.", [(2020, "stated")]),
    ("Från och med den 1 januari 2018 höjs ersättningen.", [(2018, "stated")]),
    ("Före 2018 var ersättningen 10 000 kronor.", [(2018, "stated")]),
    ("Statsbidraget till 2018 års verksamhet var 45 miljoner kronor.", [(2018, "stated")]),
    ("Antalet ökade från 18 till 24 år 2018.", [(2018, "stated")]),
    ("Antalet sjukskrivna var 4 500 (31 december 2016).", [(2016, "stated")]),
    ("Antalet var 4 500 (sjukfall längre än 14 dagar, december 2016).", [(2016, "stated")]),
    ("Under2018 fick 4 500 patienter stöd.", [(2018, "stated")]),
    ("By the end of 2018, 4,500 patients had been treated.", [(2018, "limit")]),
])
def test_what_a_year_is_to_the_text_that_names_it(text: str, roles: list[tuple[int, str]]) -> None:
    assert [(y, role) for _, y, role in year_roles(text)] == roles


@pytest.mark.parametrize(("text", "figure", "year"), [
    # a list of figures, each with its year after it: the clause tells, not the nearest year
    ("År 2020 uppgick anslaget till 2,1 miljarder kronor, jämfört med 1 870 miljoner kronor år 2019 "
     "och 1 640 miljoner kronor år 2018.", "1 640", 2018),
    ("År 2020 uppgick anslaget till 2,1 miljarder kronor, jämfört med 1 870 miljoner kronor år 2019 "
     "och 1 640 miljoner kronor år 2018.", "1 870", 2019),
    ("Under 2017 avslutades 640 behandlingar, jämfört med 512 under 2016.", "640", 2017),
    # a year named by its place ("året innan"); a parenthesis skipped by the clause around it
    ("Teamet tog emot 58 patienter (MMR2) under 2016, en ökning från 41 patienter året innan.", "58", 2016),
    ("Teamet tog emot 58 patienter (MMR2) under 2016, en ökning från 41 patienter året innan.", "41", 2015),
    # a colon in a parenthesis labels its figure
    ("Ersättningen är 9 000 kronor (2017: 8 000 kronor, 2016: 7 500 kronor).", "8 000", 2017),
    ("Ersättningen är 9 000 kronor (2017: 8 000 kronor, 2016: 7 500 kronor).", "7 500", 2016),
    # a decimal or thousands comma ends no clause; English "men" is no conjunction
    ("År 2020 uppgick anslaget till 2,1 miljarder kronor, jämfört med 1,87 miljarder kronor år 2019 "
     "och 1,64 miljarder kronor år 2018.", "1,64", 2018),
    ("The clinic treated 80 men in 2019, compared with 70 men in 2018 and 65 men in 2017.", "70", 2018),
    # "mot" before a figure bounds a clause, not as a preposition; "2018 och 2020" is one time phrase
    ("Drygt 4 100 läkare gick utbildningen under 2020, mot cirka 5 300 året innan.", "5 300", 2019),
    ("Under 2019 vaccinerades 300 personer mot influensa.", "300", 2019),
    ("Mellan 2018 och 2020 ökade antalet från 300 till 420.", "300", None),
    # a law's number names no year of the clause
    ("Enligt beslut Dnr 2015-00417 fick 40 regioner medel.", "40", None),
    # no year, or two, in the clause: nothing tells
    ("Ersättningen är 9 000 kronor per behandling.", "9 000", None),
    ("Anslaget ökade från 300 miljoner 2018 till 420 miljoner 2019.", "420", None),
])
def test_the_year_of_a_figure_is_the_one_its_clause_names(text: str, figure: str, year: int | None) -> None:
    assert clause_year(text, text.index(figure)) == year
