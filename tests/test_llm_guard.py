"""The numeric guard on hand-checked examples: what an LLM answer may state, given the passages
it cites."""

from __future__ import annotations

import pytest

from assistant.llm.guard import DateRef, check, dates_in, markers, renumber
from ingest.numbers import possible_values, readings

PASSAGES = {
    1: "Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT. "
       "Multimodal rehabilitering 2 ersätts med 45000 kr/behandlingsserie.",
    2: "Överenskommelse, SKL, 2015-04-02\nReglerna gäller från den 1 juli 2015. Landstingen rapporterar "
       "29/4 2015. Andelen ökade med 12,5 procent. Rapporten lämnas vid två tillfällen.",
    3: "  2011 2012\nKBT 13843 8353",
}


def problems(answer: str) -> tuple[str, ...]:
    return check(answer, PASSAGES).problems


@pytest.mark.unit
@pytest.mark.parametrize(
    "answer",
    [
        "Landstingen får 12 000 kronor per KBT [1].",
        "Landstingen får 12000 kr per KBT [1].",  # digit groups joined
        "Landstingen får 12 000 kr per KBT [1].",  # a no-break space
        "The county councils receive SEK 12,000 per treatment [1].",  # English thousands separator
        "MMR 2 ersätts med 45 000 kr [1].",
        "Reglerna gäller från 1 juli 2015 [2].",
        "The rules apply from July 1, 2015 [2].",
        "Reglerna gäller från 2015-07-01 [2].",
        "Reglerna gäller från juli 2015 [2].",  # month and year of a cited date
        "Landstingen rapporterar den 29 april 2015 [2].",  # 29/4 2015 written out
        "Andelen ökade med 12,5 % [2].",
        "The share rose by 12.5% [2].",
        "Rapporten lämnas 2 gånger [2].",  # "två" in the passage
        "Överenskommelsen är från 2015 [2].",  # a year from the passage's source line
        "8 353 KBT-behandlingar avslutades 2012 [3].",  # a table cell, and a year in the header row
        "KBT ersätts med 12 000 kr [1] och reglerna gäller från 1 juli 2015 [2].",
        "Beloppen är 12 000 kr och 45 000 kr [1, 2].",
        "Rehabiliteringsgarantin gäller KBT [1].",  # no numbers at all: only the citation is needed
    ],
)
def test_supported_answers_pass(answer: str) -> None:
    assert problems(answer) == ()


@pytest.mark.unit
@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Landstingen får 15 000 kronor per KBT [1].", ("15 000 not in cited passages",)),
        ("Landstingen får 750 kr [1][2].", ("750 not in cited passages",)),
        ("Reglerna gäller från 1 juni 2015 [2].", ("date 1 juni 2015 not in cited passages",)),
        ("Reglerna gäller från 1 juli 2016 [2].", ("date 1 juli 2016 not in cited passages",)),
        ("Andelen ökade med 13 procent [2].", ("13 not in cited passages",)),
        ("Landstingen får 12 000 kronor [2].", ("12 000 not in cited passages",)),  # true, but not in [2]
        ("8353 behandlingar år 2013 [3].", ("2013 not in cited passages",)),
        ("Rehabiliteringsgarantin gäller KBT.", ("the answer cites no passage",)),
        ("Landstingen får 12 000 kronor [7].",
         ("citation [7] refers to no passage", "the answer cites no passage", "12 000 not in cited passages")),
        ("Landstingen får 12 000 kronor [1] enligt [4].", ("citation [4] refers to no passage",)),
    ],
)
def test_unsupported_answers_fail_with_the_reason(answer: str, expected: tuple[str, ...]) -> None:
    result = check(answer, PASSAGES)
    assert not result.ok
    assert result.problems == expected


@pytest.mark.unit
def test_citation_numbers_are_not_read_as_facts() -> None:
    assert check("Ja [3].", PASSAGES).ok  # "3" is a marker, not a number the passage must hold
    assert check("Rehabiliteringsgarantin gäller KBT [1][2].", PASSAGES).cited == (1, 2)


@pytest.mark.unit
def test_cited_passages_are_listed_in_order_of_first_use() -> None:
    assert check("A [2]. B [1]. C [2].", PASSAGES).cited == (2, 1)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("written", "values"),
    [
        ("12 000", {"12000"}),
        ("12000", {"12000"}),
        ("12,000", {"12000", "12"}),  # a thousands separator or a decimal comma: either reading
        ("12 000,00", {"12000"}),
        ("2,5", {"2.5"}),
        ("2.50", {"2.5"}),
        ("1,234,567", {"1234567"}),
        ("007", {"7"}),
    ],
)
def test_readings_of_a_written_number(written: str, values: set[str]) -> None:
    assert readings(written) == values


@pytest.mark.unit
def test_possible_values_reads_groups_both_ways_and_small_number_words() -> None:
    found = possible_values("Tabell: 843 353 och 2015 712. Vid tre tillfällen.")
    assert {"843353", "843", "353", "2015", "712", "3"} <= found


@pytest.mark.unit
def test_dates_in_reads_the_usual_forms() -> None:
    dates, rest = dates_in("Publicerad 2 april 2015, rapport 29/4 2015, start 2015-07-01, July 1, 2015, maj 2016.")
    assert set(dates) == {DateRef(2, 4, 2015), DateRef(29, 4, 2015), DateRef(1, 7, 2015), DateRef(None, 5, 2016)}
    assert not any(ch.isdigit() for ch in rest)  # blanked, so the digits are not read again as numbers


@pytest.mark.unit
def test_markers_and_renumbering() -> None:
    text = "A [3]. B [1, 3]. C [1][3]."
    assert markers(text) == [3, 1]
    assert renumber(text, {3: 1, 1: 2}) == "A [1]. B [2][1]. C [2][1]."
