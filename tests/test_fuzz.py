"""Property-based fuzzing of everything that meets outside input: the loaders (any bytes under
any extension), cleaning and chunking (any text), the question path (any question, any history)
and the redaction of personal identity numbers (any text around any form of one).

A loader either returns text or refuses the file with `LoadError`, the one error the pipeline
turns into a one-line message; anything else would stop a whole ingest. `Assistant.ask` never
raises. Example counts are modest so the unit tier stays fast; `derandomize=True` makes every
run try the same examples, so a failure is reproducible."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from assistant.assistant import Assistant
from assistant.models import Answer, Turn
from assistant.privacy import REDACTED, redact
from assistant.settings import Settings
from ingest.chunking import chunk_document
from ingest.cleaning import clean
from ingest.embedders import HashingEmbedder
from ingest.loaders import SUPPORTED_EXTENSIONS, LoadedText, LoadError, load_file
from ingest.pipeline import Ingestor, SourceFile
from ingest.store import InMemoryStore
from ingest.units import split_passage

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[1]
LIMIT = 2_000_000


def fuzz(n: int) -> Any:
    return hsettings(max_examples=n, deadline=None, derandomize=True, database=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- strategies ------------------------------------------------------------------------------

# Characters that break naive text handling: combining marks, right-to-left text and overrides,
# zero-width joiners and the BOM, soft hyphens, NUL and other controls, line and paragraph
# separators, non-breaking and ideographic spaces, fullwidth digits, emoji, and lone surrogates
# (what Python makes of undecodable bytes in argv or of "\\ud800" in JSON).
ODD_CHARS = (
    "\u0301\u0308\u030a"  # combining acute, diaeresis, ring
    "\u05d0\u05d1\u0627\u0644\u202e\u202d\u200f\u200e"  # Hebrew, Arabic, RTL/LTR overrides and marks
    "\u200b\u200c\u200d\ufeff\u00ad\u2060"  # zero-width, BOM, soft hyphen, word joiner
    "\x00\x01\x07\x1b\x7f\x85\u2028\u2029\t\r\n\x0b\x0c"  # controls and separators
    "\u00a0\u3000\u2009\uff11\uff12\u0663"  # spaces, fullwidth and Arabic-Indic digits
    "\U0001f600\ud800\udcff\udfff"  # emoji, lone surrogates
)
SWEDISH_WORDS = str.split(
    "Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT 2015 . Hur mycket Och MMR2 ? "
    "Vilka omfattas av rehabiliteringsgarantin åldern 16-67 år 70-åring ångest depression smärta "
    "rygg nacke i 4 månader lindrig medelsvår svår bedömning Västra Götaland 750 000 000 "
    "2014-2015 • # - – : , ( ) 29/4 Mkr % 19811218-9876 811218+9876 Publicerad: 2 april 2015",
    " ",
)

odd_text = st.text(alphabet=st.characters(codec=None) | st.sampled_from(ODD_CHARS), max_size=300)
wordy_text = st.lists(
    st.sampled_from(SWEDISH_WORDS) | st.sampled_from(ODD_CHARS) | st.text(max_size=6),
    max_size=60,
).map(lambda parts: " ".join(parts))
any_text = odd_text | wordy_text


def _line_breaks(text: str) -> st.SearchStrategy[str]:
    return st.sampled_from(["\n", "\r\n", "\r", "\n\n", " \n", "-\n"]).map(lambda sep: sep.join(text.split(" ")))


layout_text = wordy_text.flatmap(_line_breaks)


@st.composite
def encoded_text(draw: st.DrawFn) -> bytes:
    """Text as a person's tools save it: some encoding, perhaps a BOM, perhaps invalid bytes."""
    text = draw(any_text | layout_text)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "surrogateescape"]))
    if encoding == "surrogateescape":  # raw undecodable bytes among valid UTF-8
        return text.encode("utf-8", "surrogatepass") + bytes(draw(st.lists(st.integers(0x80, 0xFF), max_size=8)))
    return text.encode(encoding, "replace" if encoding != "utf-8-sig" else "surrogatepass")


@cache
def seed_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    story = [Paragraph("Överenskommelse om rehabiliteringsgarantin", styles["Heading2"]),
             Paragraph("Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT.", styles["BodyText"]),
             Paragraph("Multimodal rehabilitering", styles["BodyText"], bulletText="•")]
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


@cache
def seed_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Överenskommelse", level=2)
    document.add_paragraph("Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT.")
    document.add_paragraph("Multimodal rehabilitering", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(1, 1).text = "2011", "13843"
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@st.composite
def mutated(draw: st.DrawFn, seed: Callable[[], bytes]) -> bytes:
    """A real file, damaged: truncated, bytes flipped, bytes inserted, or a slice repeated."""
    data = bytearray(seed())
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "flip", "insert", "repeat"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "truncate":
            del data[pos:]
        elif kind == "flip" and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        else:
            data[pos:pos] = data[pos:pos + draw(st.integers(1, 64))]
    return bytes(data)


@st.composite
def docx_with_odd_xml(draw: st.DrawFn) -> bytes:
    """A valid ZIP whose word/document.xml (or another part) is replaced by garbage or odd XML."""
    member = draw(st.sampled_from(["word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels",
                                   "word/styles.xml"]))
    body = draw(st.sampled_from([
        b"", b"<", b"not xml at all", b"<?xml version='1.0'?><w:document/>",
        b"<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
        b"<w:body><w:p><w:r><w:t>\x01</w:t></w:r></w:p></w:body></w:document>",
    ]) | st.binary(max_size=200))
    src = zipfile.ZipFile(io.BytesIO(seed_docx()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            out.writestr(info.filename, body if info.filename == member else src.read(info.filename))
    return buf.getvalue()


html_text = st.lists(
    st.sampled_from(["<p>", "</p>", "<ul>", "<li>", "</li>", "</ul>", "<h2>", "</h2>", "<table><tr><td>",
                     "</td><td>", "</td></tr></table>", "<br>", "<script>x=1</script>", "<!-- c -->",
                     "<![CDATA[x]]>", "<div", ">", "&amp;", "&#0;", "&#xD800;", "&nbsp;", "<svg><p>",
                     "<body>", "</html>", "<?xml?>", "<meta charset='utf-16'>"])
    | any_text,
    max_size=40,
).map("".join)


# --- loaders ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def ingestor(folder: Path) -> Ingestor:
    embedder = HashingEmbedder()
    settings = Settings(data_dir=folder / "data", embedding_backend="hashing", max_file_mb=LIMIT / 1e6)
    return Ingestor(settings, embedder, lambda generation: InMemoryStore(embedder))


def load_or_refuse(ingestor: Ingestor, path: Path, data: bytes) -> LoadedText | None:
    """Loads the file as `load_file` and as the pipeline's `prepare` do; a refusal must be a
    LoadError with a one-line message, and what is prepared must hold the chunk invariants."""
    path.write_bytes(data)
    try:
        loaded = load_file(path, LIMIT)
    except LoadError as exc:
        assert str(exc) and "\n" not in str(exc)
        loaded = None
    try:
        prepared = ingestor.prepare(SourceFile(path, "doc", {}))
    except LoadError as exc:
        assert str(exc) and "\n" not in str(exc)
        return loaded
    assert loaded is not None and isinstance(loaded.text, str)
    loaded.text.encode("utf-8")  # valid Unicode: no lone surrogates reach the cleaner or the catalog
    text = prepared.record.text
    assert prepared.chunks and [c.chunk_id for c in prepared.chunks] == prepared.record.chunk_ids
    for chunk in prepared.chunks:
        assert chunk.text == text[chunk.start:chunk.end]
    json.dumps(prepared.record.to_dict(), ensure_ascii=False).encode("utf-8")  # the catalog can hold it
    return loaded


EXTENSIONS = [*SUPPORTED_EXTENSIONS, ".PDF", ".Txt", ".xyz", ".doc", ""]


@given(data=st.binary(max_size=3000), ext=st.sampled_from(EXTENSIONS))
@fuzz(150)
@example(data=b"", ext=".txt")
@example(data=b"\x00" * 10, ext=".md")
@example(data=b"%PDF-1.7\n", ext=".pdf")
@example(data=b"PK\x05\x06" + b"\x00" * 18, ext=".docx")  # an empty ZIP
@example(data=b"\xff\xfe<\x00p\x00>\x00", ext=".html")  # UTF-16 with NULs
def test_random_bytes_under_any_extension(ingestor: Ingestor, folder: Path, data: bytes, ext: str) -> None:
    load_or_refuse(ingestor, folder / f"random{ext}", data)


@given(data=encoded_text(), ext=st.sampled_from([".txt", ".md", ".html", ".htm"]))
@fuzz(150)
@example(data=b"a" * 300_000, ext=".txt")  # one huge line
@example(data=("Rad. " * 60_000).encode(), ext=".md")
@example(data=b"\xef\xbb\xbf", ext=".txt")  # a BOM alone
@example(data=b"PUBLICERAD:", ext=".html")  # only a metadata line: no passage
@example(data="\u200b\u200d\ufeff\u00ad".encode(), ext=".txt")  # only invisible characters
@example(data="# \u0301\n\n\u202e.gnirts".encode(), ext=".md")
def test_text_in_any_encoding_with_odd_unicode(ingestor: Ingestor, folder: Path, data: bytes, ext: str) -> None:
    load_or_refuse(ingestor, folder / f"text{ext}", data)


@given(data=html_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
@fuzz(100)
def test_malformed_html(ingestor: Ingestor, folder: Path, data: bytes) -> None:
    load_or_refuse(ingestor, folder / "page.html", data)


@given(data=mutated(seed_pdf))
@fuzz(100)
def test_damaged_pdf(ingestor: Ingestor, folder: Path, data: bytes) -> None:
    load_or_refuse(ingestor, folder / "damaged.pdf", data)


@given(data=mutated(seed_docx) | docx_with_odd_xml())
@fuzz(100)
def test_damaged_docx(ingestor: Ingestor, folder: Path, data: bytes) -> None:
    load_or_refuse(ingestor, folder / "damaged.docx", data)


def test_the_seed_files_do_load(ingestor: Ingestor, folder: Path) -> None:
    """The mutations start from files that load, so the fuzzing reaches past the first check."""
    for name, data in (("seed.pdf", seed_pdf()), ("seed.docx", seed_docx())):
        loaded = load_or_refuse(ingestor, folder / name, data)
        assert loaded is not None and "12 000 kronor" in loaded.text


# --- cleaning and chunking --------------------------------------------------------------------

def no_surrogates(text: str) -> str:
    """What a loader hands on (load_file replaces lone surrogates)."""
    return re.sub("[\ud800-\udfff]", "\ufffd", text)


@given(raw=(any_text | layout_text).map(no_surrogates), max_chars=st.sampled_from([100, 250, 700]))
@fuzz(150)
@example(raw="x" * 5000, max_chars=100)
@example(raw="\n".join(["• punkt"] * 200), max_chars=100)
@example(raw="A.\u2028B.\u2029C.\x85D.", max_chars=100)
def test_cleaning_and_chunking_any_text(raw: str, max_chars: int) -> None:
    doc = clean(raw)
    norm = doc.normalised
    text = norm.text
    assert len(norm.offsets) == len(text) + 1
    assert all(0 <= off <= len(raw) for off in norm.offsets)
    assert all(0 <= b.start < b.end <= len(text) for b in doc.blocks)
    assert all(x.end < y.start for x, y in zip(doc.blocks, doc.blocks[1:], strict=False))
    chunks = chunk_document("doc", doc, max_chars, title="Titel")
    assert [c.position for c in chunks] == list(range(len(chunks)))
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    for chunk in chunks:
        assert 0 <= chunk.start < chunk.end <= len(text)
        assert chunk.text == text[chunk.start:chunk.end] == chunk.text.strip()
        for unit in split_passage(chunk.text, chunk.start, chunk.section):
            assert chunk.start <= unit.start < unit.end <= chunk.end
            assert text[unit.start:unit.end] == unit.text
    assert all(a.end <= b.start for a, b in zip(chunks, chunks[1:], strict=False))


# --- the question path ------------------------------------------------------------------------

CORPUS_TEXT = {
    "avtal-2015.txt": "Publicerad: 2 april 2015\n\nÖverenskommelse om rehabiliteringsgarantin\n\n"
                      "Rehabiliteringsgarantin gäller kvinnor och män i åldern 16-67 år som har ångest, "
                      "depression eller stress.\n\nStatligt stöd\n\n"
                      " • Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT.\n"
                      " • Multimodal rehabilitering 2 ersätts med 45000 kr/behandlingsserie.\n",
    "statistik-2012.txt": "Statistik om behandlingar 2012\n\nAntalet avslutade KBT-behandlingar ökade under "
                          "2011 men minskade under 2012.\n\n  2011 2012\n\nKBT 13843 8353\n",
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("fuzz-assistant")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in CORPUS_TEXT.items():
        (corpus / name).write_text(text, "utf-8")
    # The real corpus too: eligibility questions are answered from its rules' quotes.
    for path in sorted((REPO / "corpus").glob("*.txt")):
        (corpus / path.name).write_bytes(path.read_bytes())
    settings = Settings(data_dir=root / "data", corpus_dir=corpus, embedding_backend="hashing")
    embedder = HashingEmbedder()
    stores: dict[str, InMemoryStore] = {}

    def factory(generation: str) -> InMemoryStore:
        return stores.setdefault(generation, InMemoryStore(embedder))

    assert Ingestor(settings, embedder, factory).run([corpus]).ok
    return Assistant(settings, embedder, factory)


turn = st.builds(Turn, st.sampled_from(["user", "assistant", "system", ""]), any_text)
history_item = (
    turn
    | st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant"]), "content": any_text})
    | st.dictionaries(st.text(max_size=8), st.none() | st.integers() | any_text, max_size=3)
    | st.none() | st.integers() | any_text
)
histories = st.none() | st.lists(history_item, max_size=4)


def assert_answer(answer: Any) -> None:
    assert isinstance(answer, Answer)
    assert isinstance(answer.answer, str) and answer.answer.strip()
    assert answer.language in {"sv", "en"}
    json.dumps(answer.to_dict(), ensure_ascii=False).encode("utf-8")  # printable and serialisable


@given(question=any_text, history=histories)
@fuzz(120)
@example(question="\ud800", history=None)
@example(question="Kan en 70-åring med ångest få KBT?\udcff", history=None)
@example(question="Och MMR2?", history=[{"role": "user", "content": "Hur mycket ersätts KBT 2015?\ud800"}])
@example(question="x" * 2000, history=None)
@example(question="\u0301" * 2001, history=None)
@example(question="2015 2015 2015 2015 2015 2015 2015 2015 2015 2015 2015 2015", history=None)
def test_ask_never_raises(assistant: Assistant, question: str, history: Any) -> None:
    assert_answer(assistant.ask(question, history))


@given(question=wordy_text, history=st.lists(st.builds(Turn, st.just("user"), wordy_text), max_size=3))
@fuzz(100)
def test_ask_never_raises_on_questions_made_of_the_corpus_words(
    assistant: Assistant, question: str, history: list[Turn]
) -> None:
    answer = assistant.ask(question, history)
    assert_answer(answer)
    for citation in answer.citations:
        assert citation.quote and citation.start < citation.end


@given(question=st.none() | st.integers() | st.binary(max_size=10) | st.lists(st.text(max_size=3), max_size=2))
@fuzz(20)
def test_ask_with_a_question_that_is_not_a_string(assistant: Assistant, question: Any) -> None:
    assert_answer(assistant.ask(question))


# --- redaction of personal identity numbers --------------------------------------------------

@st.composite
def personnummer(draw: st.DrawFn) -> tuple[str, str]:
    """(the number as written, its ten digits): every form a person or a system writes one in."""
    century = draw(st.sampled_from(["19", "20"]))
    year = draw(st.integers(0, 99))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28)) + draw(st.sampled_from([0, 60]))  # samordningsnummer: day + 60
    tail = draw(st.integers(0, 9999))
    digits = f"{year:02d}{month:02d}{day:02d}{tail:04d}"
    sep = draw(st.sampled_from(["-", "+", "", " ", " - ", "- ", " -", "–", "\u00a0", "\u00a0-\u00a0"]))
    head = (century if draw(st.booleans()) else "") + digits[:6]
    return f"{head}{sep}{digits[6:]}", digits


def _digits(text: str) -> str:
    return "".join(re.findall(r"\d", text))


@given(before=any_text, pnr=personnummer(), after=any_text)
@fuzz(300)
@example(before="Mitt nummer är ", pnr=("19811218 - 9876", "8112189876"), after=".")
@example(before="", pnr=("811278–9876", "8112789876"), after="")
def test_redaction_never_leaks_a_generated_personnummer(before: str, pnr: tuple[str, str], after: str) -> None:
    written, digits = pnr
    # Digits right next to it would make it another, longer number: a space keeps them apart.
    text = f"{before} {written} {after}"
    out = redact(text)
    assert REDACTED in out and written not in out
    pieces = [_digits(p) for p in out.split(REDACTED)]
    assert not any(digits in p for p in pieces) or digits in _digits(before) + _digits(after)


@given(text=any_text)
@fuzz(150)
def test_redaction_is_idempotent_and_keeps_text_without_numbers(text: str) -> None:
    out = redact(text)
    assert redact(out) == out
    if len(_digits(text)) < 10:  # a personal number has at least ten digits
        assert out == text
