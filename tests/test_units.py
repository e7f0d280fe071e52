"""Answer units cut from hand-made passages: sentences, list items carrying their lead-in, table
rows carrying their year header, and spans that are exact slices of the document."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.models import Hit
from assistant.settings import Settings
from assistant.units import Unit, split_units

pytestmark = pytest.mark.unit

PARAGRAPH = "Första meningen om KBT. Andra meningen gäller 2015! Är det en fråga? 4-8 veckor."
BUDGET = (
    "Under 2017 användes medlen enligt nedan:\n"
    "• Utbildning i rehabiliteringskoordinering 2 miljoner\n"
    "• Samordning med Försäkringskassan 3 miljoner"
)
TABLE = "2009 2010 2011 2012\nKBT 8772 11026 13843 8353\nIPT 176 1101 876 288"
PREFIX = "Annat dokumentinnehåll före passagen.\n\n"
SECTION = "Statligt stöd"
PASSAGE = "\n\n".join([SECTION, PARAGRAPH, BUDGET, TABLE])
DOCUMENT = PREFIX + PASSAGE + "\n\nText efter passagen."


def hit_of(passage: str, document: str, section: str = "", chunk_id: str = "c1") -> Hit:
    start = document.index(passage)
    return Hit(chunk_id=chunk_id, doc_id="d1", text=passage, start=start, end=start + len(passage),
               section=section, years=(), score=1.0)


@pytest.fixture(scope="module")
def units() -> list[Unit]:
    return split_units([hit_of(PASSAGE, DOCUMENT, SECTION)])


def test_spans_are_slices_of_the_document(units: list[Unit]) -> None:
    assert units
    for unit in units:
        assert DOCUMENT[unit.start:unit.end] == unit.text
        assert unit.hit == 0


def test_the_section_heading_is_not_a_unit(units: list[Unit]) -> None:
    assert all(u.text != SECTION for u in units)


def test_a_paragraph_is_split_into_sentences(units: list[Unit]) -> None:
    sentences = [u for u in units if u.kind == "sentence" and u.text in PARAGRAPH]
    assert [u.text for u in sentences] == [
        "Första meningen om KBT.",
        "Andra meningen gäller 2015!",
        "Är det en fråga?",
        "4-8 veckor.",  # a sentence may start with a digit
    ]
    assert len({u.block for u in sentences}) == 1
    assert all(u.context == "" and u.header == () for u in sentences)


def test_list_items_carry_their_lead_in(units: list[Unit]) -> None:
    lead = "Under 2017 användes medlen enligt nedan:"
    items = [u for u in units if u.kind == "item"]
    assert [u.text for u in items] == [
        "• Utbildning i rehabiliteringskoordinering 2 miljoner",
        "• Samordning med Försäkringskassan 3 miljoner",
    ]
    assert all(u.context == lead for u in items)
    assert len({u.block for u in items}) == 1
    # the lead-in is a unit of its own as well, in the same block
    (lead_unit,) = [u for u in units if u.text == lead]
    assert lead_unit.kind == "sentence" and lead_unit.block == items[0].block


def test_table_rows_carry_the_year_header(units: list[Unit]) -> None:
    rows = [u for u in units if u.kind == "row"]
    assert [u.text for u in rows] == ["KBT 8772 11026 13843 8353", "IPT 176 1101 876 288"]
    assert all(u.header == ("2009", "2010", "2011", "2012") for u in rows)
    assert not any(u.text.startswith("2009 2010") for u in units)  # the header is no unit


def test_a_plain_sentence_before_a_list_is_no_lead_in() -> None:
    passage = "Detta är en vanlig mening.\n• punkt ett om KBT\n• punkt två om IPT"
    document = "X\n\n" + passage
    units = split_units([hit_of(passage, document)])
    items = [u for u in units if u.kind == "item"]
    assert [u.text for u in items] == ["• punkt ett om KBT", "• punkt två om IPT"]
    assert all(u.context == "" for u in items)
    assert all(document[u.start:u.end] == u.text for u in units)


def test_units_of_several_hits_point_to_their_hit() -> None:
    first, second = "Första passagen. Två meningar.", "Andra passagen har en mening."
    document = f"{first}\n\nMellanrum.\n\n{second}"
    units = split_units([hit_of(first, document, chunk_id="a"), hit_of(second, document, chunk_id="b")])
    assert [(u.hit, u.text) for u in units] == [
        (0, "Första passagen."), (0, "Två meningar."), (1, "Andra passagen har en mening."),
    ]
    assert all(document[u.start:u.end] == u.text for u in units)


def test_no_hits_no_units() -> None:
    assert split_units([]) == []


def test_units_of_the_real_corpus(settings: Settings, corpus_dir: Path, memory_stores) -> None:
    """Over every passage the ingester makes of the corpus (hashing embedder, in-memory store):
    spans are exact, the 2017 budget list keeps its year, the VGR table keeps its years."""
    from ingest.catalog import Catalog
    from ingest.pipeline import Ingestor

    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([corpus_dir]).ok
    catalog = Catalog.load(settings.catalog_path)
    assert catalog is not None
    by_text: dict[str, Unit] = {}
    for chunk in catalog.chunks.values():
        hit = Hit(chunk.chunk_id, chunk.doc_id, chunk.text, chunk.start, chunk.end, chunk.section,
                  tuple(chunk.years), 1.0)
        document = catalog.documents[chunk.doc_id].text
        for unit in split_units([hit]):
            assert document[unit.start:unit.end] == unit.text, (chunk.chunk_id, unit)
            by_text.setdefault(unit.text, unit)
    surplus = by_text["Ekonomiskt överskott 4,7 Mkr"]
    assert surplus.kind == "item" and surplus.context == "Under 2017 användes medlen enligt nedan:"
    row = by_text["IPT 176 1101 876 288"]
    assert row.kind == "row" and row.header == ("2009", "2010", "2011", "2012")


def test_a_table_without_figures_gives_its_rows_under_the_first_row_as_header() -> None:
    from assistant.answering.cells import labelled_row

    passage = ("Ansvar i processen:\n| Aktör | Ansvar |\n| Regionen | Remiss till MMR |\n"
               "| Försäkringskassan | Ersättning |")
    document = "Rubrik\n\n" + passage
    units = split_units([hit_of(passage, document)])
    rows = [u for u in units if u.kind == "row"]
    assert [u.text for u in rows] == ["| Regionen | Remiss till MMR |", "| Försäkringskassan | Ersättning |"]
    assert all(u.context == "Ansvar i processen:\n| Aktör | Ansvar |" for u in rows)  # one header: the first row
    assert all(document[u.cite_start:u.end].startswith("| Aktör | Ansvar |") for u in rows)  # cited with it
    assert labelled_row(rows[0].context, rows[0].text) == "Regionen: Ansvar Remiss till MMR"


def test_only_the_first_row_of_a_table_is_its_header() -> None:
    passage = ("| Behandling | Kvinnor | Män |\n| MMR1 | Primärvården | Primärvården |\n"
               "| MMR1 | 167 | 53 |\n| 2016 | 2017 | 2018 |")
    units = split_units([hit_of(passage, "X\n\n" + passage)])
    rows = [u for u in units if u.kind == "row"]
    assert [u.text for u in rows] == passage.split("\n")[1:]  # a later row is never taken as a header
    assert all(u.context == "| Behandling | Kvinnor | Män |" and u.header == () for u in rows)


def test_a_header_whose_columns_name_their_years_is_a_header() -> None:
    """"| Behandling | Kvinnor | Män | Totalt 2018 | Totalt 2017 |" holds no figures but years: it
    names the columns of the rows under it."""
    table = ("| Behandling | Kvinnor | Män | Totalt 2018 | Totalt 2017 |\n| KBT | 1 412 | 538 | 1 950 | 1 771 |\n"
             "| MMR1 | 287 | 104 | 391 | 338 |")
    rows = [u for u in split_units([hit_of(table, "X\n\n" + table)]) if u.kind == "row"]
    assert [u.text for u in rows] == table.split("\n")[1:]
    assert all(u.context == table.split("\n")[0] for u in rows)


def test_a_header_whose_columns_are_named_with_digits_is_a_header() -> None:
    """"| År | MMR1 | MMR2 | Totalt |": the digits of a name are no figures, so the line names the
    columns of the year rows under it."""
    table = "| År | MMR1 | MMR2 | Totalt |\n| 2014 | 239 | 70 | 309 |\n| 2015 | 261 | 77 | 338 |"
    rows = [u for u in split_units([hit_of(table, "X\n\n" + table)]) if u.kind == "row"]
    assert [u.text for u in rows] == table.split("\n")[1:]
    assert all(u.context == table.split("\n")[0] for u in rows)
    figures = "| Kvartal | 1 | 2 |\n| KBT | 40 | 52 |"  # a first row of figures is a row
    assert [u.text for u in split_units([hit_of(figures, "X\n\n" + figures)]) if u.kind == "row"][0] == \
        figures.split("\n")[0]


def test_a_header_wrapped_over_two_lines_is_no_row() -> None:
    wrapped = "| År | Avsatt för rehabiliterings- | Utbetalt, |\n| garantin | andel |\n| 2010 | 1 000 | 88 % |"
    rows = [u for u in split_units([hit_of(wrapped, "X\n\n" + wrapped)]) if u.kind == "row"]
    assert [u.text for u in rows] == ["| 2010 | 1 000 | 88 % |"]  # the line that carries on the header is no row
    whole = "| År | Avsatt | Utbetalt |\n| Ingen uppgift | saknas | saknas |\n| 2010 | 1 000 | 88 % |"
    rows = [u for u in split_units([hit_of(whole, "X\n\n" + whole)]) if u.kind == "row"]
    assert [u.text for u in rows] == whole.split("\n")[1:]  # a header without a broken word continues in no row


SIGNED = "Beslutet fattades den 3 maj.\nI tjänsten\nKarin Berg Olof Lund \n Regiondirektör Ekonomichef"


def test_a_signature_block_is_one_unit_of_names_and_titles() -> None:
    """Names side by side over one title each: the title line alone names nobody, the name line
    alone says nobody's role."""
    document = f"Inledning.\n\n{SIGNED}\n\nUtdrag till"
    units = split_units([hit_of(SIGNED, document)])
    signed = [u for u in units if "Berg" in u.text]
    assert len(signed) == 1
    assert signed[0].text == "Karin Berg Olof Lund \n Regiondirektör Ekonomichef"
    assert document[signed[0].start:signed[0].end] == signed[0].text
    assert not any(u.text.strip() == "Regiondirektör Ekonomichef" for u in units)


@pytest.mark.parametrize("lines", [
    "Karin Berg Olof Lund\nSom ovan anges.",          # a sentence under names
    "Region Halland\nBeslut",                                 # one name over one word: no pair of names per title
    "Anna Lind\nBeslut Protokoll Ärende",                     # more titles than people
])
def test_lines_that_are_no_signature_block_stay_apart(lines: str) -> None:
    document = f"Inledning.\n\n{lines}"
    units = split_units([hit_of(lines, document)])
    assert len(units) >= 2


def test_a_signature_block_across_paragraphs_is_one_unit() -> None:
    """A PDF's text often stands each line of a signature as a paragraph of its own."""
    passage = "I tjänsten\n\nKarin Berg Olof Lund\n\nRegiondirektör Ekonomichef\n\nUtdrag till"
    document = f"Inledning.\n\n{passage}"
    units = split_units([hit_of(passage, document)])
    signed = [u for u in units if "Berg" in u.text]
    assert [u.text for u in signed] == ["Karin Berg Olof Lund\n\nRegiondirektör Ekonomichef"]
    assert document[signed[0].start:signed[0].end] == signed[0].text
    assert [u.text for u in units if u is not signed[0]] == ["I tjänsten", "Utdrag till"]


def test_the_signatories_of_a_signature_block_pair_names_with_titles() -> None:
    from ingest.units import signatories
    assert signatories("Karin Berg Olof Lund\n\nRegiondirektör Ekonomichef") == [
        ("Karin Berg", "Regiondirektör"), ("Olof Lund", "Ekonomichef")]
    assert signatories("Anna Lind\nStatssekreterare") == [("Anna Lind", "Statssekreterare")]
    assert signatories("Landstingen ersätts med 12 000 kronor.") == []


@pytest.mark.parametrize("dash", ["-", "–", "•", "*"])
def test_items_written_with_a_dash_are_items_with_their_lead_in(dash: str) -> None:
    from ingest.cleaning import clean

    raw = (f"Rekommendationer\n\nVårdanalys rekommenderar regeringen att:\n{dash} ersätta de årliga "
           f"överenskommelserna med uppdrag på minst fyra år,\n{dash} följa upp resultaten.\n\nEtt nytt stycke.\n")
    document = clean(raw).normalised.text
    passage = document[document.index("Vårdanalys"):]
    items = [u for u in split_units([hit_of(passage, document)]) if u.kind == "item"]
    assert [u.text for u in items] == [f"{dash} ersätta de årliga överenskommelserna med uppdrag på minst fyra år,",
                                       f"{dash} följa upp resultaten."]
    assert all(u.context == "Vårdanalys rekommenderar regeringen att:" for u in items)


def test_a_list_item_standing_apart_is_one_item_not_split_at_its_number() -> None:
    """"1. Jämställd sjukskrivningsprocess" as a paragraph of its own (items a blank line apart):
    one item, not a sentence "1." and a heading-like rest."""
    from ingest.units import split_passage
    text = "Villkor\n\n1. Jämställd sjukskrivningsprocess\n\n2. Kompetenssatsning i försäkringsmedicin"
    units = [(u.kind, u.text) for u in split_passage(text, 0, "")]
    assert ("item", "1. Jämställd sjukskrivningsprocess") in units
    assert ("item", "2. Kompetenssatsning i försäkringsmedicin") in units
    assert not any(t == "1." for _, t in units)


def test_a_header_whose_columns_name_a_date_is_a_header() -> None:
    """"| Vårdcentral | Listade patienter 2020-01-01 | Belopp (kr) |": the date says when the column's
    figures were counted, so the line names the columns; a first row whose cell is a date and
    nothing else (a deadline) stays a row."""
    table = ("| Enhet | Listade 2020-01-01 | Belopp (kr) |\n| Vårdcentralen Norr | 9 600 | 300 000 |\n"
             "| Vårdcentralen Syd | 7 200 | 225 000 |")
    rows = [u for u in split_units([hit_of(table, "X\n\n" + table)]) if u.kind == "row"]
    assert [u.text for u in rows] == table.split("\n")[1:]
    assert all(u.context == table.split("\n")[0] for u in rows)
    for deadlines in ("| Delrapport | 2020-03-31 |\n| Slutrapport | 2021-03-31 |",
                      "| Delrapport | senast 2020-03-31 |\n| Slutrapport | senast 2021-03-31 |",
                      "| Styrelsemöte | den 8 december 2014 |\n| Beslut | den 9 december 2014 |",
                      "| Ersättning | 3/4 av beloppet |\n| Rest | 1/4 av beloppet |"):
        assert [u.text for u in split_units([hit_of(deadlines, "X\n\n" + deadlines)]) if u.kind == "row"] == \
            deadlines.split("\n"), deadlines


def test_a_year_column_with_a_remark_is_that_year() -> None:
    """"2019 (tidigare avtal)" heads the 2019 column: the rows under it carry their years."""
    text = ("| Ersättningsdel | 2019 (tidigare avtal) | 2020 (prognos) |\n"
            "| Bedömningssamtal | 800 | 900 |\n| Fullföljd behandling | 3 900 | 4 200 |")
    rows = [u for u in split_units([hit_of(text, "X\n\n" + text)]) if u.kind == "row"]
    assert [u.header for u in rows] == [("2019", "2020"), ("2019", "2020")]
    assert rows[0].context == "Ersättningsdel"
