"""Chunking: sections follow headings, lists and tables stay whole with their lead-in, chunks
are verbatim spans, and ids depend on content only."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import Settings
from ingest.chunking import chunk_document
from ingest.cleaning import CleanDocument, clean
from ingest.dates import years_in
from ingest.documents import Chunk
from ingest.loaders import load_file

pytestmark = pytest.mark.unit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCS = sorted(p.name for p in CORPUS.glob("*.txt"))
VGR_2014 = "vgr-2014-statsbidrag-rehabiliteringsinsatser.txt"
VGR_2013 = "vgr-2013-statistik-rehabiliteringsgaranti-2012.txt"
RJH_2018 = "rjh-2018-beslut-sjukskrivnings-och-rehabiliteringsprocess.txt"
SKL_2015 = "skl-2015-overenskommelse-rehabiliteringsgarantin.txt"
CHUNK_SIZE = Settings.model_fields["chunk_size"].default


def cleaned(name: str, original: str | None = None) -> CleanDocument:
    return clean(original if original is not None else load_file(CORPUS / name, 10_000_000).text)


def chunks_of(name: str, max_chars: int = CHUNK_SIZE, original: str | None = None) -> list[Chunk]:
    return chunk_document(Path(name).stem, cleaned(name, original), max_chars, title="Titel")


def the_chunk_with(chunks: list[Chunk], needle: str) -> Chunk:
    found = [c for c in chunks if needle in c.text]
    assert len(found) == 1, f"{needle!r} is in {len(found)} chunks"
    return found[0]


def assert_consecutive_lines(text: str, lines: list[str]) -> None:
    own = text.split("\n")
    assert lines[0] in own, f"{lines[0]!r} is not a line of the chunk"
    i = own.index(lines[0])
    assert own[i:i + len(lines)] == lines


# --- sections ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "needle", "section"),
    [
        (SKL_2015, "12 000 kronor per genomförd KBT/IPT", "Statligt ekonomiskt stöd"),
        (SKL_2015, "29/4 2015", "Tidplan"),
        (VGR_2014, "Jourcentralen i Bäckefors", "Ny vårdcentral i Strömstad"),
        (VGR_2014, "1000 sådana utredningar", "Statsbidrag för fördjupade medicinska utredningar"),
        (RJH_2018, "Intäkter från staten 14,5 Mkr", "Förslag till nyttjande 2018"),
    ],
)
def test_the_heading_above_a_passage_is_its_section(name: str, needle: str, section: str) -> None:
    chunk = the_chunk_with(chunks_of(name), needle)
    assert chunk.section == section
    assert chunk.context == f"Titel – {section}"
    assert chunk.embed_text == f"Titel – {section}\n{chunk.text}"


def test_consecutive_headings_merge_into_one_section() -> None:
    first = chunks_of(RJH_2018)[0]
    assert first.section == (
        "Beslut angående statliga överenskommelsen – En kvalitetssäker och effektiv "
        "sjukskrivnings- och rehabiliteringsprocess 2017–2018 – Bakgrund"
    )
    assert "Sedan 2006 har SKL" in first.text  # never a chunk of headings alone


def test_text_before_the_first_heading_has_no_section() -> None:
    first = chunks_of(VGR_2013)[0]
    assert first.section == "" and first.context == "Titel"


# --- lists and tables stay whole ------------------------------------------------------------

BUDGET_2017 = [
    "Under 2017 användes medlen enligt nedan:",
    "Intäkter från staten 14,7 Mkr",
    "Ersättning till primärvården för behandlingar: -3,4 Mkr",
    "Ersättning till primärvård och psyk för rehabkoordinatorer: -3,4 Mkr",
    "Överföring av medel till HOSPA-stab för processledning -1,9 Mkr",
    "IT-utveckling -0,5 Mkr",
    "Utbildningsinsatser -0,6 Mkr",
    "Övrigt : -0,2 Mkr",
    "Ekonomiskt överskott 4,7 Mkr",
]
BUDGET_2018 = [
    "För år 2018 föreslås medlen användas enligt nedan.",
    "Intäkter från staten 14,5 Mkr",
    "Ersättning till primärvården för behandlingar: -3,8 Mkr",
    "Ersättning till primärvård och psyk för rehabkoordinatorer: -5,0 Mkr",
    "Processledning -1,9 Mkr",
    "IT-utveckling -0,5 Mkr",
    "Utbildnings- och utvecklingsinsatser -2,1 Mkr",
    "Övrigt : -0,2 Mkr",
    "Ekonomiskt överskott 1,0 Mkr",
]
KBT_TABLE = [
    "2009 2010 2011 2012",
    "KBT 8772 11026 13843 8353",
    "IPT 176 1101 876 288",
    "MMR 492 680 1111 1224*",
]


# A small chunk size must not break them either: a list is only split beyond three times the size.
@pytest.mark.parametrize("max_chars", [CHUNK_SIZE, 200])
@pytest.mark.parametrize(
    ("name", "lines"),
    [(RJH_2018, BUDGET_2017), (RJH_2018, BUDGET_2018), (VGR_2013, KBT_TABLE)],
    ids=["budget-2017", "budget-2018", "kbt-table"],
)
def test_lists_and_tables_stay_whole_with_their_lead_in(name: str, lines: list[str], max_chars: int) -> None:
    chunk = the_chunk_with(chunks_of(name, max_chars), lines[1])
    assert_consecutive_lines(chunk.text, lines)


def test_statistics_table_keeps_its_caption() -> None:
    chunk = the_chunk_with(chunks_of(VGR_2013), "KBT 8772")
    assert "Antal registrerade avslutade behandlingar inom Västra Götalandsregionen 2012:" in chunk.text


def test_bullet_list_stays_with_its_lead_in() -> None:
    chunk = the_chunk_with(chunks_of(SKL_2015), "• 29/4 2015")
    assert_consecutive_lines(chunk.text, [
        "Landstingen rapporterar genomförda rehabiliteringsinsatser vid fyra tillfällen till "
        "Försäkringskassan",
        "• 29/4 2015", "• 29/8 2015", "• 31/10 2015", "• 31/3 2016",
    ])


# --- spans and sizes --------------------------------------------------------------------------

@pytest.mark.parametrize("max_chars", [150, 400, CHUNK_SIZE, 2000])
@pytest.mark.parametrize("name", DOCS)
def test_chunks_are_verbatim_spans_that_cover_the_document(name: str, max_chars: int) -> None:
    doc = cleaned(name)
    text = doc.normalised.text
    chunks = chunk_document("doc", doc, max_chars)
    assert [c.position for c in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        assert chunk.text == text[chunk.start:chunk.end]
        assert chunk.text == chunk.text.strip()
    assert all(a.end < b.start for a, b in zip(chunks, chunks[1:], strict=False))
    covered = set().union(*(range(c.start, c.end) for c in chunks))
    for block in doc.blocks:  # nothing but the space between two split sentences is left out
        visible = {i for i in range(block.start, block.end) if not text[i].isspace()}
        if block.kind != "meta":
            assert visible <= covered, text[block.start:block.end]


@pytest.mark.parametrize("name", DOCS)
def test_only_a_list_or_table_may_exceed_the_chunk_size(name: str) -> None:
    for chunk in chunks_of(name, 300):
        if len(chunk.text) > 300:
            assert "\n" in chunk.text.split("\n\n")[-1], chunk.text


def test_corpus_gives_a_few_chunks_per_document() -> None:
    counts = [len(chunks_of(name)) for name in DOCS]
    assert all(3 <= n <= 20 for n in counts), counts
    assert sum(len(chunks_of(name, 2 * CHUNK_SIZE)) for name in DOCS) < sum(counts)


# --- years ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("under perioden 2006-2011", (2006, 2007, 2008, 2009, 2010, 2011)),
        ("åren 2017–2018", (2017, 2018)),
        ("för 2014 och 2015", (2014, 2015)),
        ("till och med 31 december 2019.", (2019,)),
        ("Intäkter från staten 14,7 Mkr", ()),
        ("12 000 kronor, 1000 utredningar, 25000 kr", ()),
        ("MMR 492 680 1111 1224*", ()),
        ("drygt 1,13 miljarder; 2,88 miljarder", ()),
        ("29/4 2015", (2015,)),
    ],
)
def test_years_in(text: str, years: tuple[int, ...]) -> None:
    assert years_in(text) == years


def test_chunks_record_the_years_they_mention() -> None:
    chunks = chunks_of(VGR_2013)
    assert set(the_chunk_with(chunks, "KBT 8772").years) >= {2009, 2010, 2011, 2012}
    span = the_chunk_with(chunks_of(VGR_2014), "Under perioden 2006-2011")
    assert span.years[:6] == tuple(range(2006, 2012))


# --- stable ids -------------------------------------------------------------------------------

def test_same_input_gives_same_ids() -> None:
    for name in DOCS:
        first, second = chunks_of(name), chunks_of(name)
        assert [c.chunk_id for c in first] == [c.chunk_id for c in second]
        assert len({c.chunk_id for c in first}) == len(first)
        assert all(c.chunk_id.startswith(f"{Path(name).stem}:") for c in first)


def _edit(name: str, old: str, new: str) -> str:
    original = load_file(CORPUS / name, 10_000_000).text
    assert original.count(old) == 1
    return original.replace(old, new)


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        # a typo fixed early in the document: the offsets of everything after it shift by one
        ("förbygga", "förebygga", "förebygga sjukfrånvaro"),
        # a sentence added to the last paragraph
        ("beredskapsjouren i Dalsland. ", "beredskapsjouren i Dalsland. Avtalet gäller i tre år. ",
         "Avtalet gäller i tre år."),
    ],
)
def test_editing_one_paragraph_changes_only_its_chunk_id(old: str, new: str, needle: str) -> None:
    before = chunks_of(VGR_2014)
    after = chunks_of(VGR_2014, original=_edit(VGR_2014, old, new))
    edited = the_chunk_with(after, needle)
    assert {c.chunk_id for c in after} - {c.chunk_id for c in before} == {edited.chunk_id}
    assert len({c.chunk_id for c in before} - {c.chunk_id for c in after}) == 1
    unchanged_before = [c.text for c in before if c.position != edited.position]
    assert [c.text for c in after if c is not edited] == unchanged_before


def test_a_passage_repeated_verbatim_gets_distinct_ids() -> None:
    doc = clean("Rubrik\n\nSamma stycke om rehabilitering.\n\nRubrik\n\nSamma stycke om rehabilitering.")
    first, second = chunk_document("doc", doc, CHUNK_SIZE)
    assert first.embed_text == second.embed_text
    assert first.chunk_id != second.chunk_id
    assert second.chunk_id == f"{first.chunk_id}-1"
