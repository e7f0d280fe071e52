"""Cleaning on the real artefacts of the corpus: lines broken by PDF extraction are joined,
web furniture goes, the source's own typos stay, and every character maps back to the
original."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from ingest.cleaning import clean
from ingest.documents import NormalisedText
from ingest.loaders import load_file

pytestmark = pytest.mark.unit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCS = sorted(p.name for p in CORPUS.glob("*.txt"))
VGR_2014 = "vgr-2014-statsbidrag-rehabiliteringsinsatser.txt"
VGR_2013 = "vgr-2013-statistik-rehabiliteringsgaranti-2012.txt"
RJH_2018 = "rjh-2018-beslut-sjukskrivnings-och-rehabiliteringsprocess.txt"
SKL_2015 = "skl-2015-overenskommelse-rehabiliteringsgarantin.txt"
SKL_2017 = "skl-2017-resultat-overenskommelse-2016.txt"


@cache
def normalised(name: str) -> NormalisedText:
    return clean(load_file(CORPUS / name, 10_000_000).text).normalised


def all_text() -> str:
    return "\n".join(normalised(name).text for name in DOCS)


# --- joining what PDF extraction broke -----------------------------------------------------

def test_sentences_broken_across_double_spaced_lines_are_joined() -> None:
    original = normalised(VGR_2014).original
    assert "Västra \n\nGötalandsregionen beräknas" in original  # the artefact is really there
    assert (
        "För 2014 har regeringen avsatt 750 miljoner kronor för rehabiliteringsgarantin. "
        "Västra Götalandsregionen beräknas kunna få drygt 121 miljoner kronor av dessa medel."
    ) in normalised(VGR_2014).text


def test_year_span_broken_after_its_dash_is_rejoined_with_the_dash() -> None:
    assert "2009-\n\n2010" in normalised(VGR_2014).original
    assert "separata överenskommelsen har skett 2009-2010, 2012, 2012 och 2013." in normalised(VGR_2014).text


def test_suspended_hyphen_before_och_keeps_hyphen_and_space() -> None:
    assert "Hälso- \noch" in normalised(RJH_2018).original
    assert "inskrivet i Hälso- och sjukvårdslagen." in normalised(RJH_2018).text
    assert "Hälsooch" not in all_text() and "Hälso-och" not in all_text()


def test_single_spaced_pdf_lines_are_joined_into_paragraphs() -> None:
    text = normalised(VGR_2013).text
    assert (
        "Syftet med rehabiliteringsgarantin är att kvinnor och män i åldern 16-67 år ska få tillgång "
        "till behandling och rehabilitering för att lättare kunna återgå i arbete vid en eventuell "
        "sjukskrivning eller för att förebygga en sjukskrivning."
    ) in text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Den medicinska rehabili-\ntering fortsätter.", "Den medicinska rehabilitering fortsätter."),
        ("Insatser inom sjukskrivnings-\noch rehabiliteringsprocessen.",
         "Insatser inom sjukskrivnings- och rehabiliteringsprocessen."),
        ("Perioden 2006-\n2011 minskade sjukfrånvaron.", "Perioden 2006-2011 minskade sjukfrånvaron."),
        ("Landstingen ersätts med\n12 000 kronor per behandling.",
         "Landstingen ersätts med 12 000 kronor per behandling."),
    ],
)
def test_line_breaks_inside_words_and_sentences(raw: str, expected: str) -> None:
    assert clean(raw).normalised.text == expected


def test_page_number_between_two_halves_of_a_sentence_vanishes() -> None:
    raw = "Arbetet under året har även lett till att\n3\nmajoriteten av landstingen har en koordinator."
    doc = clean(raw)
    assert doc.normalised.text == (
        "Arbetet under året har även lett till att majoriteten av landstingen har en koordinator."
    )
    assert [b.kind for b in doc.blocks] == ["paragraph"]


# --- what goes and what stays -------------------------------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "Hjälpte informationen på sidan dig?",
        "Tack för att du hjälper oss!",
        "Har du en fråga med anledning av det pågående virusutbrottet?",
        "Titta först på våra frågor och svar som finns här på webbplatsen.",
        "Covid-19 och det nya coronaviruset",
    ],
)
def test_web_boilerplate_lines_are_gone(line: str) -> None:
    assert line in normalised(SKL_2017).original
    assert line not in all_text()


def test_link_furniture_is_cut_out_of_the_line_it_sits_in() -> None:
    assert "(PDF,\u00a0nytt fönster)" in normalised(SKL_2015).original
    assert "landsting/region(PDF, nytt fönster)" in normalised(SKL_2017).original
    text = all_text()
    assert "nytt fönster" not in text and "(PDF" not in text
    assert "Överenskommelse och bilaga till rehabiliteringsgarantin 2015\n" in normalised(SKL_2015).text
    assert "Fördelningen av medel för de olika villkoren per landsting/region\n" in normalised(SKL_2017).text


@pytest.mark.parametrize(
    ("name", "typo"),
    [
        (VGR_2014, "Målet är att förbygga sjukfrånvaro"),
        (VGR_2013, "Multimodal reahabilitering, MMR"),
        (RJH_2018, "SKL och regeringen har får åren 2017–2018"),
        (SKL_2015, "Interpersonell terapi (ITP)"),
    ],
)
def test_typos_of_the_source_stay(name: str, typo: str) -> None:
    assert typo in normalised(name).text


def test_no_layout_whitespace_survives() -> None:
    for name in DOCS:
        text = normalised(name).text
        assert "\u00a0" not in text and "  " not in text and "\n\n\n" not in text
        assert all(line == line.strip() for line in text.splitlines())


def test_meta_line_is_kept_as_its_own_block() -> None:
    doc = clean(normalised(SKL_2015).original)
    first = doc.blocks[0]
    assert (first.kind, doc.normalised.text[first.start:first.end]) == ("meta", "Publicerad: 2 april 2015")


# --- the offset map back to the original ----------------------------------------------------

def assert_maps_back(norm: NormalisedText, start: int, end: int) -> None:
    """Every visible character of text[start:end] is the original character at its mapped
    offset, in order, inside the span that to_original() gives."""
    a, b = norm.to_original(start, end)
    assert 0 <= a <= b <= len(norm.original)
    previous = a - 1
    for i in range(start, end):
        ch = norm.text[i]
        if ch.isspace():
            continue
        off = norm.offsets[i]
        assert norm.original[off] == ch, (i, ch, off, norm.original[off])
        assert a <= off < b and off > previous
        previous = off


@pytest.mark.parametrize("name", DOCS)
def test_offset_map_on_random_spans_of_the_real_documents(name: str) -> None:
    norm = normalised(name)
    assert len(norm.offsets) == len(norm.text) + 1
    assert all(x <= y for x, y in zip(norm.offsets, norm.offsets[1:], strict=False))
    rng = random.Random(name)
    for _ in range(300):
        start = rng.randrange(len(norm.text))
        end = rng.randint(start + 1, min(len(norm.text), start + 400))
        assert_maps_back(norm, start, end)
    assert_maps_back(norm, 0, len(norm.text))


def test_offset_of_a_rejoined_dash_points_at_the_dash() -> None:
    raw = "Avtal har slutits 2009- \n2010 och 2012."  # note the space after the dash
    norm = clean(raw).normalised
    assert norm.text == "Avtal har slutits 2009-2010 och 2012."
    assert_maps_back(norm, 0, len(norm.text))


_WORDS = st.sampled_from([
    "Landstingen", "ersätts", "med", "12", "000", "kronor", "2009", "2010", "och", "Hälso", "rehabili",
    "tering", "Mkr", "-3,4", "år.", "•", "1.", "Tidplan", "(PDF, nytt fönster)", "Sida 2 av 5", "3",
    "Publicerad: 2 april 2015", "#", "–", "\u00a0", "Tack för att du hjälper oss!",
])
_BREAKS = st.sampled_from([" ", " ", " ", "\n", " \n", "\n\n", "-\n", "- \n", "-\n\n", "\t"])
_PDF_LIKE_TEXT = st.lists(st.tuples(_WORDS, _BREAKS), max_size=40).map(
    lambda pairs: "".join(w + b for w, b in pairs)
)


@given(_PDF_LIKE_TEXT)
@hypothesis_settings(max_examples=300, deadline=None, derandomize=True)
def test_offset_map_holds_for_generated_pdf_like_text(raw: str) -> None:
    doc = clean(raw)
    norm = doc.normalised
    assert len(norm.offsets) == len(norm.text) + 1
    if norm.text:
        assert_maps_back(norm, 0, len(norm.text))
    assert all(0 <= b.start < b.end <= len(norm.text) for b in doc.blocks)
    assert all(x.end < y.start for x, y in zip(doc.blocks, doc.blocks[1:], strict=False))


def test_letterhead_lines_of_a_wrapped_pdf_stay_lines_of_their_own() -> None:
    body = ("Regeringen och Sveriges Kommuner och Landsting har träffat en överenskommelse om en kvalitetssäker\n"
            "och effektiv sjukskrivningsprocess för 2016. I överenskommelsen satsar regeringen 1,5 miljarder\n"
            "kronor, varav cirka 1,2 miljarder kronor är avsatta för landstingens kvalitetsarbete med frågan och\n"
            "medlen fördelas efter hur väl landstingen uppfyller villkoren inom de områden som anges nedan i\n"
            "texten. Landstingen redovisar till Försäkringskassan och SKL under hösten som varje annat år här.\n")
    raw = "Region Exempel\nHälso- och sjukvårdsnämnden\nBESLUT\nDatum: 2016-04-12\n" + body
    text = clean(raw).normalised.text
    assert text.startswith("Region Exempel\n\nHälso- och sjukvårdsnämnden\n\nBESLUT\n\nDatum: 2016-04-12\n\n")
    assert "kvalitetssäker och effektiv" in text  # the wrapped body is still joined


def test_a_number_in_a_column_of_table_cells_is_not_a_page_number() -> None:
    text = clean("Tabell 1. Utbetalt\n2012\n900\n750\n2013\nSlutsatser följer.\n").normalised.text
    assert "900" in text and "750" in text
    assert "12" not in clean("Första delen av en mening\n12\nsom fortsätter här.\n").normalised.text
