"""Loaders: every format reaches the cleaner as plain text in the same light markup, and a file
that cannot be read is refused with a one-line reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ingest.loaders import SUPPORTED_EXTENSIONS, LoadError, decode_text, load_file

pytestmark = pytest.mark.unit

LIMIT = 1_000_000
SWEDISH = "Västra Götalandsregionen får 121 miljoner kronor för rehabilitering – även år 2014."


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, "utf-8")
    else:
        path.write_bytes(data)
    return path


# --- text and encodings -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", SWEDISH.encode("utf-8")),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + SWEDISH.encode("utf-8")),
        ("cp1252", SWEDISH.encode("cp1252")),
    ],
)
def test_text_file_decodes_swedish_letters(tmp_path: Path, encoding: str, data: bytes) -> None:
    loaded = load_file(write(tmp_path, "dok.txt", data), LIMIT)
    assert loaded.text == SWEDISH
    assert loaded.format == "text"


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    assert decode_text("Översyn ".encode("latin-1") + b"\x81") == "Översyn \x81"


def test_line_endings_are_normalised(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path, "dok.txt", b"Rad ett\r\nRad tv\xc3\xa5\rRad tre"), LIMIT)
    assert loaded.text == "Rad ett\nRad två\nRad tre"


def test_markdown_loads_as_text(tmp_path: Path) -> None:
    loaded = load_file(write(tmp_path, "dok.md", "# Rubrik\n\nText här."), LIMIT)
    assert loaded.text == "# Rubrik\n\nText här."


# --- refusals -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("tom.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "no text could be extracted"),
        ("binär.txt", b"PK\x03\x04\x00\x00\x08\x00" + bytes(range(256)), "binary content"),
        ("bild.xyz", b"whatever", "unsupported file type '.xyz'"),
        ("README", b"no extension", "unsupported file type 'README'"),
        ("text.docx", SWEDISH.encode(), "not a DOCX (content does not match"),
        ("text.pdf", SWEDISH.encode(), "not a PDF (content does not match"),
    ],
)
def test_unreadable_files_are_refused_with_one_line(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    with pytest.raises(LoadError) as excinfo:
        load_file(write(tmp_path, name, data), LIMIT)
    message = str(excinfo.value)
    assert reason in message
    assert "\n" not in message


def test_unsupported_type_lists_what_is_supported(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as excinfo:
        load_file(write(tmp_path, "bild.xyz", b"x"), LIMIT)
    assert all(ext in str(excinfo.value) for ext in SUPPORTED_EXTENSIONS)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "stor.txt", b"a" * 600_000)
    with pytest.raises(LoadError, match=r"file is 0\.6 MB, over the limit of 0\.5 MB"):
        load_file(path, 500_000)


def test_zip_that_is_not_a_docx_is_corrupt(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("hello.txt", "hej")
    with pytest.raises(LoadError, match="corrupt DOCX"):
        load_file(write(tmp_path, "arkiv.docx", buf.getvalue()), LIMIT)


# --- structure markup -----------------------------------------------------------------------------

def test_html_keeps_headings_lists_tables_and_drops_page_furniture(tmp_path: Path) -> None:
    html = """<!doctype html><html><head><title>Sidtitel</title><style>p {color: red}</style></head>
    <body><nav><a href="/">Startsida</a></nav>
    <main><h2>Statligt  ekonomiskt stöd</h2>
    <p>Landstingen ersätts med <b>12 000 kronor</b>
       per genomförd KBT/IPT.</p>
    <ul><li>29/4 2015</li><li>29/8   2015</li></ul>
    <table><tr><th></th><th>2011</th><th>2012</th></tr><tr><td>KBT</td><td>13843</td><td>8353</td></tr></table>
    <script>var tracking = "x";</script><form><button>Skicka</button></form></main></body></html>"""
    loaded = load_file(write(tmp_path, "sida.html", html), LIMIT)
    lines = [line for line in loaded.text.splitlines() if line]
    assert lines == [
        "# Statligt ekonomiskt stöd",
        "Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT.",
        "• 29/4 2015",
        "• 29/8 2015",
        "|  | 2011 | 2012 |",  # cells between pipes: the cleaner knows a row by them
        "| KBT | 13843 | 8353 |",
    ]
    assert loaded.format == "html"


def test_html_in_cp1252_is_decoded(tmp_path: Path) -> None:
    html = f"<html><body><p>{SWEDISH}</p></body></html>".encode("cp1252")
    assert SWEDISH in load_file(write(tmp_path, "sida.htm", html), LIMIT).text


def test_docx_marks_headings_and_list_items(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Tidplan", level=2)
    document.add_paragraph("Landstingen rapporterar vid fyra tillfällen")
    document.add_paragraph("29/4 2015", style="List Bullet")
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [["", "2011", "2012"], ["KBT", "13843", "8353"]], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    path = tmp_path / "dok.docx"
    document.save(str(path))
    # whitespace inside a line is the cleaner's business (an empty cell leaves a leading space)
    lines = [" ".join(line.split()) for line in load_file(path, LIMIT).text.splitlines() if line.strip()]
    assert lines == [
        "# Tidplan",
        "Landstingen rapporterar vid fyra tillfällen",
        "• 29/4 2015",
        "| | 2011 | 2012 |",
        "| KBT | 13843 | 8353 |",
    ]


# --- found by tests/test_fuzz.py ------------------------------------------------------------------

def _docx_with(part: str, body: bytes) -> bytes:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in src.infolist():
            archive.writestr(info.filename, body if info.filename == part else src.read(info.filename))
    return out.getvalue()


@pytest.mark.parametrize("body", [b"", b"<w:document", b"not xml"])
def test_docx_with_damaged_xml_inside_is_refused(tmp_path: Path, body: bytes) -> None:
    """lxml's XMLSyntaxError used to escape the loader and stop the whole ingest."""
    with pytest.raises(LoadError, match="DOCX") as excinfo:
        load_file(write(tmp_path, "trasig.docx", _docx_with("word/document.xml", body)), LIMIT)
    assert "\n" not in str(excinfo.value)


def test_lone_surrogates_never_leave_a_loader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF's broken ToUnicode map can yield them; the catalog (UTF-8 JSON) could not hold them."""
    from ingest import loaders

    monkeypatch.setitem(loaders._LOADERS, ".pdf", lambda data: loaders.LoadedText("Text \ud800 här.", "pdf"))
    loaded = load_file(write(tmp_path, "dok.pdf", b"%PDF-1.7"), LIMIT)
    assert loaded.text == "Text \ufffd här."


def test_a_pdf_table_keeps_its_columns(tmp_path: Path) -> None:
    """pypdf's layout mode keeps a table's columns apart; each row reaches the cleaner as cells
    between pipes (a plain extraction gave one cell per line)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    path = tmp_path / "tabell.pdf"
    rows = [["Insats", "Område", "Belopp (mkr)"], ["Rehabkoordinatorer", "Koordinering", "9,8"],
            ["Försäkringsmedicinskt centrum", "Samtliga områden", "2,9"]]
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("Fördelningen framgår av tabellen.", getSampleStyleSheet()["BodyText"]), Table(rows)])
    lines = [line for line in load_file(path, LIMIT).text.splitlines() if line.strip()]
    assert "| Rehabkoordinatorer | Koordinering | 9,8 |" in lines
    assert "| Insats | Område | Belopp (mkr) |" in lines  # the header above the rows
    assert "Fördelningen framgår av tabellen." in lines


def test_a_page_of_several_articles_keeps_them_all(tmp_path: Path) -> None:
    html = ("<html><body><header><p>Riksdagen</p></header><article><p>Första anförandet.</p></article>"
            "<article><p>Andra anförandet.</p></article><footer><p>Kontakt</p></footer></body></html>")
    text = load_file(write(tmp_path, "debatt.html", html), LIMIT).text
    assert "Första anförandet." in text and "Andra anförandet." in text and "Kontakt" not in text


@pytest.mark.parametrize(("attributes", "kept"), [
    ('id="socialstyrelsen-rekommendation"', True),  # "social" only begins a word here
    ('class="socialtjanst"', True),
    ('class="content sharepoint-list"', True),
    ('class="social-share"', False),
    ('class="box share_links"', False),
    ('id="cookieBanner"', False),
    ('class="cookiebar"', False),
    ('class="skip-link"', False),
    ('aria-label="Share this page"', False),
])
def test_page_furniture_is_named_by_whole_words_of_its_classes(tmp_path: Path, attributes: str, kept: bool) -> None:
    html = (f"<html><body><main><h1>Rubrik</h1><div {attributes}><p>Rekommenderade insatser vid smärta.</p></div>"
            "<p>Brödtext om rehabilitering.</p></main></body></html>")
    text = load_file(write(tmp_path, "sida.html", html), LIMIT).text
    assert ("Rekommenderade insatser vid smärta." in text) is kept
    assert "Brödtext om rehabilitering." in text


@pytest.mark.parametrize(("written", "date"), [
    ("2017-02-14T09:00:00+01:00", "2017-02-14"), ("2017-02", "2017-02"), ("2014-13-45", ""), ("2014-02-30", ""),
    ("2014-00", ""), ("2014-06-xx", ""), ("0001-01-01", ""), ("i går", ""),
])
def test_a_page_head_date_is_kept_only_when_it_exists(tmp_path: Path, written: str, date: str) -> None:
    html = (f'<html><head><meta property="article:published_time" content="{written}"></head>'
            "<body><main><h1>Rubrik</h1><p>Brödtext om rehabilitering.</p></main></body></html>")
    assert load_file(write(tmp_path, "sida.html", html), LIMIT).properties.date == date


def test_a_text_files_table_lined_up_with_spaces_keeps_its_columns(tmp_path: Path) -> None:
    """A plain-text table lines its columns up with runs of spaces, as a PDF's layout does: each
    row reaches the cleaner as cells between pipes, the years over an empty corner too; every other
    line keeps each of its characters."""
    text = ("Tabell 1. Ersättning per avslutad behandling\n"
            "\n"
            "                             2017        2018\n"
            "  KBT                     3 500 kr    4 000 kr\n"
            "  MMR1 (serie)           15 000 kr   15 000 kr\n"
            "\n"
            "Beslutet  fattades\u00a0den 7 februari 2018.\n"
            "| KBT   |   3 500 kr   |   4 000 kr   |\n")
    lines = load_file(write(tmp_path, "ersattning.txt", text), LIMIT).text.split("\n")
    assert "|  | 2017 | 2018 |" in lines
    assert "| KBT | 3 500 kr | 4 000 kr |" in lines
    assert "| MMR1 (serie) | 15 000 kr | 15 000 kr |" in lines
    assert "Beslutet  fattades\u00a0den 7 februari 2018." in lines  # prose as it was written
    assert "| KBT   |   3 500 kr   |   4 000 kr   |" in lines  # a Markdown row is no layout to read again


@pytest.mark.parametrize("text", [
    # a letterhead: names over one line of values
    "Datum            Dnr            Sida\n2019-03-12       19RK1234       1 (4)\n",
    # rows of different shapes: a gap of two spaces joins two cells, whose figures would go under the wrong year
    ("                   2019         2020         2021\nKronoberg    10 330 000  9 870 000   12 100 000\n"
     "Kalmar        8 200 000    8 450 000    8 900 000\n"),
])
def test_a_text_files_lines_that_make_no_table_of_one_shape_stay_as_written(tmp_path: Path, text: str) -> None:
    assert load_file(write(tmp_path, "brev.txt", text), LIMIT).text == text


def test_the_names_of_a_text_tables_columns_over_an_empty_corner(tmp_path: Path) -> None:
    text = ("                KBT        IPT        MMR1\nKvinnor         412         64         118\n"
            "Män             190         22          51\n")
    assert load_file(write(tmp_path, "tabell.txt", text), LIMIT).text.split("\n")[:3] == [
        "|  | KBT | IPT | MMR1 |", "| Kvinnor | 412 | 64 | 118 |", "| Män | 190 | 22 | 51 |"]


def test_a_text_tables_row_of_another_shape_stays_as_written_and_the_others_keep_their_columns(
        tmp_path: Path) -> None:
    text = ("   Tabell 2            Källa: SCB\n\n"  # a caption, not the names of columns
            "                 2017        2018        2019\n"
            "  KBT         3 500 kr    4 000 kr    4 500 kr\n"
            "  IPT         2 000 kr    2 500 kr\n"  # one value missing: no column is known for sure
            "  MMR1       15 000 kr   15 000 kr   16 000 kr\n")
    assert load_file(write(tmp_path, "tabell.txt", text), LIMIT).text.split("\n") == [
        "   Tabell 2            Källa: SCB", "", "|  | 2017 | 2018 | 2019 |",
        "| KBT | 3 500 kr | 4 000 kr | 4 500 kr |", "  IPT         2 000 kr    2 500 kr",
        "| MMR1 | 15 000 kr | 15 000 kr | 16 000 kr |", ""]
