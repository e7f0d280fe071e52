"""The document library behind the Dokument tab (`assistant.web.library`): file names from a
browser are made safe, content must match the extension, uploads land in <data_dir>/uploads only
and are indexed incrementally, a failed upload changes nothing, and removal takes a document out
of the catalog and the vector store."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

import pytest
from conftest import settings_over
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from assistant.assistant import Assistant
from assistant.settings import Settings
from assistant.web.library import Library, UploadRejected, content_mismatch, safe_filename
from ingest.catalog import Catalog
from ingest.loaders import SUPPORTED_EXTENSIONS
from ingest.pipeline import Ingestor

pytestmark = pytest.mark.unit

AGREEMENT = ("Överenskommelse om rehabiliteringsgarantin\n\nRehabiliteringsgarantin gäller kvinnor och män i "
             "åldern 16-67 år.\n\nLandstingen ersätts med 12 000 kronor per genomförd KBT/IPT.\n")
STATISTICS = "Statistik om behandlingar 2012\n\nAntalet avslutade KBT-behandlingar minskade under 2012.\n"
NOTE = ("Region Testlands beslut om zebrafinkar\n\nRegion Testland ersätter vårdcentralerna med 31 500 kronor "
        "för varje avslutad zebrafinkbehandling.\n")
NOTE_V2 = ("Region Testlands beslut om zebrafinkar\n\nRegion Testland ersätter vårdcentralerna med 42 000 kronor "
           "för varje avslutad zebrafinkbehandling från 2020.\n")
ZEBRA_QUESTION = "Hur mycket ersätter Region Testland för zebrafinkbehandling?"


@pytest.fixture
def small_settings(tmp_path: Path) -> Settings:
    return settings_over(tmp_path, {"avtal-2015.txt": AGREEMENT, "statistik-2012.txt": STATISTICS})


@pytest.fixture
def library(small_settings: Settings, memory_stores) -> Library:
    report = Ingestor(small_settings, memory_stores.embedder, memory_stores).run([small_settings.corpus_dir])
    assert report.ok and sorted(report.added) == ["avtal-2015", "statistik-2012"]
    return Library(small_settings, memory_stores.embedder, memory_stores)


@pytest.fixture
def assistant(library: Library, memory_stores) -> Assistant:
    return Assistant(library.settings, memory_stores.embedder, memory_stores)


def catalog_of(settings: Settings) -> Catalog:
    catalog = Catalog.load(settings.catalog_path)
    assert catalog is not None
    return catalog


def stored_ids(memory_stores, settings: Settings) -> set[str]:
    return memory_stores(catalog_of(settings).generation).ids()


def files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def outside_data(root: Path) -> set[str]:
    return {f for f in files_under(root) if not f.startswith("data/")}


def docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


# --- file names ------------------------------------------------------------------------------

@pytest.mark.parametrize(("given_name", "safe"), [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\x.pdf", "x.pdf"),
    ("/abs/path/a.md", "a.md"),
    ("name\x00.txt", "name.txt"),
    ("C:\\Users\\anna\\Rapport 2019.docx", "Rapport 2019.docx"),
    ("a/../b.txt", "b.txt"),
    ("evil<script>alert(1)</script>.html", "script_.html"),  # '/' in </script> is a folder
    ("evil<img onerror=x>.html", "evil_img onerror_x_.html"),
    (".hidden.txt", "hidden.txt"),  # no hidden files: the dot goes
    ("../.bashrc.txt", "bashrc.txt"),
    ("beslut;rm -rf ~.md", "beslut_rm -rf _.md"),
    ("  rapport.txt  ", "rapport.txt"),
    ("rapport.txt.", "rapport.txt"),
    ("Rapport.TXT", "Rapport.TXT"),
    (unicodedata.normalize("NFD", "ångest och stöd.md"), "ångest och stöd.md"),
])
def test_safe_filename_keeps_the_base_name_only(given_name: str, safe: str) -> None:
    name = safe_filename(given_name)
    assert name == safe
    assert "/" not in name and "\\" not in name and "\x00" not in name and not name.startswith(".")
    assert unicodedata.is_normalized("NFC", name)


@pytest.mark.parametrize("given_name", [
    "", " ", "..", "x.txt/..", "/", "....", "\x00", "a.exe", "README", "noext", "a.txt.exe",
    "../../etc/passwd", "..\\..\\boot.ini", "rapport.php", "a.pdf.sh", " .txt", "bild.png",
])
def test_safe_filename_rejects(given_name: str) -> None:
    with pytest.raises(UploadRejected):
        safe_filename(given_name)


@pytest.mark.parametrize("stem", ["rapport-" + "a" * 300, "rapport-" + "å" * 300, "ö" * 200])
def test_a_long_name_keeps_its_extension_and_fits_the_file_system(stem: str) -> None:
    name = safe_filename(stem + ".docx")
    assert name.endswith(".docx") and name.startswith(stem[:8])
    assert len(name.encode("utf-8")) <= 150  # bytes: ext4 allows 255, and "å" takes two


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"aå./\\\x00 -_:*?<>|~", "..", "txt", "md", "pdf", "exe"]), max_size=40)
       .map("".join) | st.text(max_size=200))
def test_safe_filename_never_leaves_the_uploads_folder(filename: str) -> None:
    uploads = Path("/srv/data/uploads")
    try:
        name = safe_filename(filename)
    except UploadRejected:
        return
    assert name and "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".") and name not in {".", ".."} and len(name) <= 150
    assert Path(name).suffix.lower() in SUPPORTED_EXTENSIONS
    assert (uploads / name).parent == uploads and len(name.encode("utf-8")) <= 150


# --- content against extension ----------------------------------------------------------------

GOOD_DOCX = docx_bytes(["Rubrik", "Text i ett Word-dokument."])


@pytest.mark.parametrize(("ext", "data"), [
    (".pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
    (".pdf", b"\n  %PDF-1.7 leading whitespace"),
    (".docx", GOOD_DOCX),
    (".txt", "Åtgärder för rehabilitering".encode()),
    (".txt", "Åtgärder".encode("cp1252")),
    (".md", b"# Rubrik\n\nText."),
    (".html", b"<html><body><p>Text</p></body></html>"),
])
def test_content_that_matches_its_extension(ext: str, data: bytes) -> None:
    assert content_mismatch(ext, data) is None


@pytest.mark.parametrize(("ext", "data"), [
    (".pdf", b"Det h\xc3\xa4r \xc3\xa4r text, inte en PDF."),
    (".pdf", GOOD_DOCX),
    (".docx", b"not a zip at all"),
    (".docx", zip_bytes({"content.xml": b"<x/>"})),  # an OpenDocument-like zip, not Word
    (".docx", b"%PDF-1.4"),
    (".txt", b"%PDF-1.4\n1 0 obj"),
    (".txt", b"text with a NUL \x00 byte"),
    (".md", GOOD_DOCX),
    (".html", b"\x00\x01\x02\x03"),
])
def test_content_that_does_not_match_its_extension(ext: str, data: bytes) -> None:
    problem = content_mismatch(ext, data)
    assert problem and isinstance(problem, str)


def test_oversize_is_refused(small_settings: Settings, memory_stores) -> None:
    settings = small_settings.model_copy(update={"max_file_mb": 0.001})  # 1000 bytes
    library = Library(settings, memory_stores.embedder, memory_stores)
    text = ("Landstingen ersätts per behandling. " * 40).encode()[:1000]
    assert library.check_upload("a.txt", text) == "a.txt"
    with pytest.raises(UploadRejected, match="gränsen"):
        library.check_upload("a.txt", b"x" * 1001)
    outcome = library.upload("a.txt", b"x" * 1001)
    assert not outcome.ok and "gränsen" in outcome.message
    assert not settings.uploads_dir.exists() and not settings.catalog_path.exists()


# --- upload ----------------------------------------------------------------------------------

def test_a_good_upload_is_indexed_and_written_under_uploads_only(
    library: Library, assistant: Assistant, tmp_path: Path, memory_stores
) -> None:
    settings = library.settings
    outside_before = outside_data(tmp_path)
    data_before = files_under(settings.data_dir)
    steps: list[tuple[float, str]] = []
    outcome = library.upload("../../../zebra-notat.txt", NOTE.encode(), lambda f, t: steps.append((f, t)))
    assert outcome.ok and outcome.doc_id == "zebra-notat", outcome.message
    assert "lades till" in outcome.message and [f for f, _ in steps] == sorted(f for f, _ in steps)
    assert steps[-1][0] == 1.0
    assert outside_data(tmp_path) == outside_before
    assert files_under(settings.data_dir) - data_before == {"uploads/zebra-notat.txt"}
    assert (settings.uploads_dir / "zebra-notat.txt").read_text("utf-8") == NOTE

    catalog = catalog_of(settings)
    record = catalog.documents["zebra-notat"]
    assert Path(record.source_abs) == (settings.uploads_dir / "zebra-notat.txt").resolve()
    assert set(record.chunk_ids) <= stored_ids(memory_stores, settings)
    assert sorted(catalog.documents) == ["avtal-2015", "statistik-2012", "zebra-notat"]
    rows = {r.doc_id: r for r in library.rows()}
    assert rows["zebra-notat"].uploaded and not rows["avtal-2015"].uploaded
    assert rows["zebra-notat"].title == "Region Testlands beslut om zebrafinkar"
    assert "31 500 kronor" in (library.text("zebra-notat") or "")

    answer = assistant.ask(ZEBRA_QUESTION)  # the running assistant sees the new catalog
    assert "zebra-notat" in {c.doc_id for c in answer.citations}
    assert "31 500" in answer.answer


BAD_UPLOADS = [
    ("rapport.pdf", b"Det h\xc3\xa4r \xc3\xa4r text, inte en PDF."),
    ("rapport.docx", b"not a zip"),
    ("rapport.txt", b"%PDF-1.4\n1 0 obj"),
    ("rapport.txt", b"text \x00 med NUL"),
    ("rapport.txt", b"   \n\t  "),
    ("rapport.exe", b"MZ\x90\x00"),
    # past the checks, refused by the loader: nothing may stay behind either
    ("rapport.pdf", b"%PDF-1.4\nthis is not really a pdf\n"),
    ("rapport.docx", zip_bytes({"word/document.xml": b"<not xml"})),
    ("rapport.html", b"<html><head><script>var x = 1;</script></head><body></body></html>"),
]


@pytest.mark.parametrize(("name", "data"), BAD_UPLOADS)
def test_a_bad_upload_changes_nothing(
    library: Library, name: str, data: bytes, memory_stores
) -> None:
    settings = library.settings
    catalog = settings.catalog_path.read_bytes()
    units = settings.unit_vectors_path.read_bytes()
    ids = stored_ids(memory_stores, settings)
    outcome = library.upload(name, data)
    assert not outcome.ok and outcome.message and "Traceback" not in outcome.message
    assert settings.catalog_path.read_bytes() == catalog
    assert settings.unit_vectors_path.read_bytes() == units
    assert stored_ids(memory_stores, settings) == ids
    assert not settings.uploads_dir.exists() or files_under(settings.uploads_dir) == set()


def test_reuploading_the_same_name_updates_the_document(
    library: Library, assistant: Assistant, memory_stores
) -> None:
    settings = library.settings
    assert library.upload("zebra-notat.txt", NOTE.encode()).ok
    old_chunks = set(catalog_of(settings).documents["zebra-notat"].chunk_ids)
    same = library.upload("zebra-notat.txt", NOTE.encode())
    assert same.ok and "redan indexerad" in same.message
    updated = library.upload("zebra-notat.txt", NOTE_V2.encode())
    assert updated.ok and "uppdaterades" in updated.message, updated.message
    catalog = catalog_of(settings)
    assert sorted(catalog.documents) == ["avtal-2015", "statistik-2012", "zebra-notat"]
    assert "42 000" in catalog.documents["zebra-notat"].text and "31 500" not in catalog.documents["zebra-notat"].text
    assert not old_chunks & set(catalog.chunks) and not old_chunks & stored_ids(memory_stores, settings)
    assert files_under(settings.uploads_dir) == {"zebra-notat.txt"}
    assert "42 000" in assistant.ask(ZEBRA_QUESTION).answer


def test_a_long_name_is_uploaded(library: Library) -> None:
    outcome = library.upload("beslut-" + "å" * 200 + ".txt", NOTE.encode())
    assert outcome.ok, outcome.message
    (name,) = files_under(library.settings.uploads_dir)
    assert name.endswith(".txt") and outcome.doc_id in catalog_of(library.settings).documents


def test_a_failed_reupload_keeps_the_previous_version(library: Library) -> None:
    settings = library.settings
    first = b"<html><body><h1>Zebrafinkar</h1><p>Ersatts med 31 500 kronor.</p></body></html>"
    assert library.upload("zebra.html", first).ok
    catalog = settings.catalog_path.read_bytes()
    for bad in (b"<html><script>var x;</script></html>", b"\x00\x01binary"):
        outcome = library.upload("zebra.html", bad)
        assert not outcome.ok, outcome.message
        assert (settings.uploads_dir / "zebra.html").read_bytes() == first
        assert settings.catalog_path.read_bytes() == catalog
    assert files_under(settings.uploads_dir) == {"zebra.html"}


@pytest.mark.parametrize("name", ["avtal-2015.txt", "avtal-2015.md", "Avtal 2015.txt", "avtal 2015.pdf"])
def test_a_name_that_collides_with_a_corpus_document_is_refused(library: Library, name: str) -> None:
    settings = library.settings
    catalog = settings.catalog_path.read_bytes()
    data = b"%PDF-1.4\n" if name.endswith(".pdf") else b"Ny text om avtalet."
    outcome = library.upload(name, data)
    assert not outcome.ok and "avtal-2015" in outcome.message and "finns redan" in outcome.message
    assert settings.catalog_path.read_bytes() == catalog
    assert not settings.uploads_dir.exists()
    assert (settings.corpus_dir / "avtal-2015.txt").read_text("utf-8") == AGREEMENT


# --- removal ---------------------------------------------------------------------------------

def test_removing_an_upload_deletes_its_chunks_vectors_and_file(
    library: Library, assistant: Assistant, memory_stores
) -> None:
    settings = library.settings
    assert library.upload("zebra-notat.txt", NOTE.encode()).ok
    chunks = set(catalog_of(settings).documents["zebra-notat"].chunk_ids)
    assert chunks and chunks <= stored_ids(memory_stores, settings)
    outcome = library.remove("zebra-notat")
    assert outcome.ok and outcome.doc_id == "zebra-notat" and "togs bort" in outcome.message
    catalog = catalog_of(settings)
    assert "zebra-notat" not in catalog.documents and not chunks & set(catalog.chunks)
    assert not chunks & set(catalog.extras["lexical_tokens"])
    assert not chunks & stored_ids(memory_stores, settings)
    assert not (settings.uploads_dir / "zebra-notat.txt").exists()
    assert "zebra-notat" not in {c.doc_id for c in assistant.ask(ZEBRA_QUESTION).citations}
    assert library.text("zebra-notat") is None


def test_removing_a_corpus_document_keeps_its_file(
    library: Library, memory_stores
) -> None:
    settings = library.settings
    chunks = set(catalog_of(settings).documents["avtal-2015"].chunk_ids)
    outcome = library.remove("avtal-2015")
    assert outcome.ok and "ligger kvar" in outcome.message
    catalog = catalog_of(settings)
    assert sorted(catalog.documents) == ["statistik-2012"]
    assert set(catalog.chunks) == set(catalog.documents["statistik-2012"].chunk_ids)
    assert stored_ids(memory_stores, settings) == set(catalog.chunks) and not chunks & set(catalog.chunks)
    assert (settings.corpus_dir / "avtal-2015.txt").read_text("utf-8") == AGREEMENT
    assert [r.doc_id for r in library.rows()] == ["statistik-2012"]


@pytest.mark.parametrize("doc_id", ["finns-inte", "", "../avtal-2015"])
def test_removing_an_unknown_document_gives_a_message(library: Library, doc_id: str) -> None:
    catalog = library.settings.catalog_path.read_bytes()
    outcome = library.remove(doc_id)
    assert not outcome.ok and "finns inte i indexet" in outcome.message
    assert library.settings.catalog_path.read_bytes() == catalog


def test_pipeline_remove_reports_unknown_ids(library: Library) -> None:
    report = library.ingestor.remove(["statistik-2012", "finns-inte"])
    assert report.removed == ["statistik-2012"] and list(report.failed) == ["finns-inte"]
    assert report.chunks_total == len(catalog_of(library.settings).chunks)
    assert library.ingestor.remove(["finns-inte"]).removed == []


def test_an_upload_keeps_documents_whose_files_this_process_cannot_see(library: Library) -> None:
    """The index may have been built from a folder that is not on this machine (or was moved):
    an upload adds one document and removes nothing."""
    settings = library.settings
    moved = settings.corpus_dir.parent / "moved-away"
    settings.corpus_dir.rename(moved)
    outcome = library.upload("zebra-notat.txt", NOTE.encode())
    assert outcome.ok, outcome.message
    assert sorted(catalog_of(settings).documents) == ["avtal-2015", "statistik-2012", "zebra-notat"]


# --- correcting metadata ---------------------------------------------------------------------------

def test_an_admin_correction_is_kept_as_a_manifest_entry_and_survives_a_new_ingest(
        library: Library, small_settings: Settings, memory_stores) -> None:
    corpus = small_settings.corpus_dir
    (corpus / "manifest.toml").write_text('# kommentar som ska stå kvar\n\n["statistik-2012.txt"]\nyears = [2012]\n',
                                          "utf-8")
    outcome = library.correct_metadata("avtal-2015", {"title": "Överenskommelse 2015", "organisation": "SKL",
                                                      "date": "2015-04-02", "kind": "agreement"})
    assert outcome.ok, outcome.message
    meta = catalog_of(small_settings).documents["avtal-2015"].meta
    assert (meta.title, meta.organisation, meta.date, meta.kind) == ("Överenskommelse 2015", "SKL", "2015-04-02",
                                                                     "agreement")
    manifest = (corpus / "manifest.toml").read_text("utf-8")
    assert manifest.startswith("# kommentar som ska stå kvar") and "years = [2012]" in manifest
    Ingestor(small_settings, memory_stores.embedder, memory_stores).run([corpus])  # the next ingest keeps it
    assert catalog_of(small_settings).documents["avtal-2015"].meta.organisation == "SKL"


@pytest.mark.parametrize("fields", [{"date": "2 april"}, {"date": "2015-13-01"}, {"title": "x" * 301}])
def test_a_bad_correction_changes_nothing(library: Library, small_settings: Settings, fields: dict[str, str]) -> None:
    before = catalog_of(small_settings).documents["avtal-2015"].meta
    outcome = library.correct_metadata("avtal-2015", fields)
    assert not outcome.ok and outcome.message
    assert catalog_of(small_settings).documents["avtal-2015"].meta == before
    assert not (small_settings.corpus_dir / "manifest.toml").exists()


@pytest.mark.parametrize(("fields", "said"), [
    ({"date": "12 mars 2019"}, "Datum skrivs ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD"),
    ({"title": "x" * 301}, "Titel: högst 300 tecken"),
])
def test_a_bad_correction_is_explained_in_swedish(library: Library, fields: dict[str, str], said: str) -> None:
    outcome = library.correct_metadata("avtal-2015", fields)
    assert not outcome.ok and said in outcome.message, outcome.message


def test_a_correction_of_an_unknown_document_is_refused(library: Library) -> None:
    assert not library.correct_metadata("finns-inte", {"title": "x"}).ok


def test_a_correction_reads_back_quotes_and_control_characters_safely(library: Library,
                                                                       small_settings: Settings) -> None:
    outcome = library.correct_metadata("avtal-2015", {"title": 'Avtal "2015" \\ \x07klart', "organisation": "SKL"})
    assert outcome.ok, outcome.message
    assert catalog_of(small_settings).documents["avtal-2015"].meta.title == 'Avtal "2015" \\ klart'
