"""The eval metrics on hand-checked examples: every expected value below is worked out in the
comment beside it, not copied from the function's output."""

from __future__ import annotations

import pytest

from evals import metrics as m

pytestmark = pytest.mark.unit


# --- normalise / fact_present ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 000", "12000"),
        ("12\u00a0000 kr", "12000 kr"),  # a no-break space groups digits too
        ("12\u202f000", "12000"),  # so does a narrow no-break space
        ("1 234 567", "1234567"),
        ("  Landstingen   ERSÄTTS\n med ", "landstingen ersätts med"),
        ("16-67 år", "16-67 år"),
        ("2015 2016", "2015 2016"),  # two years are not a digit group (4 digits after the space)
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert m.normalise(text) == expected


@pytest.mark.parametrize(
    ("answer", "variants"),
    [
        ("Landstingen ersätts med 12000 kronor.", ["12 000"]),
        ("Landstingen ersätts med 12 000 kr per KBT.", ["12 000"]),
        ("ersätts med 12\u00a0000 kronor", ["12 000"]),
        ("Första rapporten ska in 29/4 2015.", ["29/4"]),
        ("Första rapporten ska in 29/4 2015.", ["29/4 2015"]),
        ("Rapporten lämnas till FÖRSÄKRINGSKASSAN.", ["Försäkringskassan"]),
        ("Det gäller kbt och ipt", ["KBT"]),
        ("i åldern 16-67 år", ["16"]),
        ("i åldern 16-67 år", ["67"]),
        ("maximalt 712 miljoner kronor", ["712 miljoner"]),
        ("ramen var 14,7 Mkr", ["14.7", "14,7"]),  # any variant is enough
        ("Det tecknades 2008.", ["2008"]),  # a sentence's full stop is not a decimal point
    ],
)
def test_fact_present(answer: str, variants: list[str]) -> None:
    assert m.fact_present(answer, variants)


@pytest.mark.parametrize(
    ("answer", "variants"),
    [
        ("Totalt 112 000 kronor.", ["12 000"]),  # not inside a longer number
        ("Totalt 112000 kronor.", ["12 000"]),
        ("Totalt 12 000 000 kronor.", ["12 000"]),  # 12000000 is another number
        ("Kostnaden var 12 000,5 kr.", ["12 000"]),  # a decimal continues the number
        ("Datumet 129/4", ["29/4"]),
        ("Datumet 29/45", ["29/4"]),
        ("ramen var 14,7 Mkr", ["14"]),
        ("Landstingen rapporterar", ["Försäkringskassan"]),
        ("anything at all", []),  # no variant: nothing is present
        ("anything at all", ["", "  "]),  # blank variants never match
    ],
)
def test_fact_absent(answer: str, variants: list[str]) -> None:
    assert not m.fact_present(answer, variants)


def test_a_year_before_an_amount_does_not_swallow_it() -> None:
    # "2015 712 miljoner" normalises to "2015712 miljoner", so the fact 712 is reported missing.
    assert m.fact_present("Överenskommelsen 2015 712 miljoner kronor", ["712"])


def test_table_row_cells_stay_separate_numbers() -> None:
    # The VGR table row "IPT 176 1101 876 288" normalises to "ipt 176 1101876288": 1101 looks
    # missing and a forbidden 288 (gold followup-014) would go unnoticed.
    row = "IPT 176 1101 876 288"
    assert m.fact_present(row, ["1101"])
    assert m.facts_forbidden(row, [["288"]]) == [["288"]]


def test_facts_missing_and_forbidden() -> None:
    answer = "Enligt SKL, 2015: Landstingen ersätts med 12 000 kronor per KBT/IPT. [1]"
    facts = [["12 000", "12000"], ["25 000"], ["kbt"]]
    assert m.facts_missing(answer, facts) == [["25 000"]]
    assert m.facts_forbidden(answer, facts) == [["12 000", "12000"], ["kbt"]]
    assert m.facts_missing(answer, []) == [] and m.facts_forbidden(answer, []) == []
    # the result is made of lists even when the facts are tuples (as GoldItem holds them)
    assert m.facts_missing("", (("712",),)) == [["712"]]


# --- passages_match --------------------------------------------------------------------------

PASSAGE = "• Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT. Behandlingen är i regel åtta-tjugo."


def test_passage_containing_the_quote_matches() -> None:
    assert m.passages_match(PASSAGE, "Landstingen ersätts med 12000 kronor per genomförd KBT/IPT.")


def test_quote_containing_the_passage_matches() -> None:
    # a sentence-level citation is shorter than the gold quote
    assert m.passages_match("Landstingen ersätts med 12 000 kronor", PASSAGE)


def test_mostly_shared_words_match() -> None:
    # words: passage {landstingen ersätts med 12000 kronor per kbt} (7);
    # quote adds {genomförd, ipt} (9); shared 7 / min(7, 9) = 1.0 >= 0.8
    assert m.passages_match("Landstingen ersätts med 12 000 kronor per KBT", PASSAGE)


def test_unrelated_or_empty_passages_do_not_match() -> None:
    # shared words {med}: 1 / min(6, 4) = 0.25 < 0.8
    unrelated = ("Försäkringskassan betalar ut med en månad", "Landstingen rapporterar med fyra")
    assert not m.passages_match(*unrelated)
    assert not m.passages_match("", "Landstingen")
    assert not m.passages_match("Landstingen", "   ")


# --- ranking metrics -------------------------------------------------------------------------

RANKING = [False, True, False, True]  # relevant at ranks 2 and 4


def test_hit_at_k() -> None:
    assert m.hit_at_k(RANKING, 1) == 0.0
    assert m.hit_at_k(RANKING, 2) == 1.0
    assert m.hit_at_k(RANKING, 10) == 1.0  # k beyond the list
    assert m.hit_at_k([], 5) == 0.0


def test_mrr_at_k() -> None:
    assert m.mrr_at_k(RANKING) == 0.5  # first relevant at rank 2 -> 1/2
    assert m.mrr_at_k([False, False, True]) == pytest.approx(1 / 3)
    assert m.mrr_at_k([False, False, True], k=2) == 0.0  # rank 3 is cut off
    assert m.mrr_at_k([True]) == 1.0
    assert m.mrr_at_k([]) == 0.0


def test_ndcg_at_k() -> None:
    # DCG = 1/log2(2+1) + 1/log2(4+1) = 0.63093 + 0.43068 = 1.06161
    # IDCG (2 relevant at ranks 1, 2) = 1/log2(2) + 1/log2(3) = 1 + 0.63093 = 1.63093
    # nDCG = 1.06161 / 1.63093 = 0.65092
    assert m.ndcg_at_k(RANKING, n_relevant=2) == pytest.approx(0.65092, abs=1e-5)
    assert m.ndcg_at_k([True, True], n_relevant=2) == pytest.approx(1.0)
    # 3 relevant chunks exist but only one is found, at rank 1: 1 / (1 + 0.63093 + 0.5) = 0.46927
    assert m.ndcg_at_k([True, False, False], n_relevant=3) == pytest.approx(0.46927, abs=1e-5)
    # k=2 cuts rank 4 off: DCG = 0.63093, IDCG = 1.63093 -> 0.38685
    assert m.ndcg_at_k(RANKING, n_relevant=2, k=2) == pytest.approx(0.38685, abs=1e-5)
    assert m.ndcg_at_k([False, False], n_relevant=0) == 0.0  # nothing relevant: no division by zero


# --- percentile / ratio ----------------------------------------------------------------------

def test_percentile_interpolates_linearly() -> None:
    assert m.percentile([4, 1, 3, 2], 0.5) == 2.5  # sorted 1 2 3 4; position 1.5 -> 2 + 0.5 * 1
    assert m.percentile([10, 20, 30, 40, 50], 0.95) == pytest.approx(48.0)  # position 3.8 -> 40 + 0.8 * 10
    assert m.percentile([10, 20, 30], 0.0) == 10 and m.percentile([10, 20, 30], 1.0) == 30
    assert m.percentile([7.5], 0.95) == 7.5
    assert m.percentile([], 0.5) == 0.0
    assert m.percentile(iter([3.0, 1.0]), 0.5) == 2.0  # any iterable


def test_ratio() -> None:
    assert m.ratio(1, 4) == 0.25 and m.ratio(3, 0) == 0.0


# --- unsupported_numbers ---------------------------------------------------------------------

def test_numbers_found_in_the_support_are_supported() -> None:
    answer = "Enligt SKL, 2015: Landstingen ersätts med 12 000 kronor per KBT. [1]"
    support = "• Landstingen ersätts med 12000 kronor per genomförd KBT/IPT. Överenskommelse 2015"
    assert m.unsupported_numbers(answer, support) == []


def test_numbers_missing_from_the_support_are_listed_sorted() -> None:
    # 2016 and 14.7 are not in the support; "[2]" is a citation marker, not a number
    answer = "År 2016 var ramen 14,7 Mkr och ersättningen 12 000 kr. [2]"
    assert m.unsupported_numbers(answer, "ersättningen 12 000 kr år 2015") == ["14.7", "2016"]
    # a decimal comma in the answer matches a decimal point in the support
    assert m.unsupported_numbers(answer, "2016 14.7 12000") == []


def test_a_table_cell_is_supported_by_its_row() -> None:
    # numbers_in("IPT 176 1101 876 288") == {"176110", "1876288"}, so every cell looks unsupported
    assert m.unsupported_numbers("IPT 2009: 176 [1]", "IPT 176 1101 876 288 2009") == []


def test_a_date_is_supported_by_the_same_date() -> None:
    assert m.unsupported_numbers("Senast 29/4. [1]", "• 29/4 2015") == []


def test_collapse() -> None:
    assert m.collapse(" a \n\t b  c ") == "a b c"
