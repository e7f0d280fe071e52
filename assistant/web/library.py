"""The document library behind the web page's Dokument tab: list, read, upload, remove.

Uploads are checked before anything is written (file name, size, content against extension),
saved under `<data_dir>/uploads/` only, and ingested incrementally by the same `Ingestor` the CLI
uses, so an upload that fails leaves the index exactly as it was."""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePosixPath

from assistant.settings import Settings
from ingest import readable
from ingest.catalog import Catalog, CatalogError
from ingest.dates import valid_iso
from ingest.embedders import Embedder
from ingest.loaders import SUPPORTED_EXTENSIONS, LoadError, load_bytes
from ingest.manifest import MANIFEST_NAME, ManifestError, write_entry
from ingest.pipeline import IngestError, Ingestor, StoreFactory, slug
from ingest.store import StoreError

log = logging.getLogger(__name__)
ProgressFn = Callable[[float, str], None]
_SAFE_NAME_RE = re.compile(r"[^\w.\- ]+")
_MAX_NAME_BYTES = 150  # file systems allow 255 bytes; room for the ".NAME.part" of the upload


class UploadRejected(ValueError):
    """The upload was refused before anything was written; the message says why."""


@dataclass(frozen=True)
class DocumentRow:
    doc_id: str
    title: str
    organisation: str
    date: str
    kind: str
    chunks: int
    source: str
    uploaded: bool


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str  # one line for the page
    doc_id: str = ""


class Library:
    def __init__(self, settings: Settings, embedder: Embedder, store_factory: StoreFactory,
                 catalog: Callable[[], Catalog] | None = None) -> None:
        """`catalog` gives the live catalog (the web app passes its index's cached snapshot, so a
        page load does not re-read the catalog file); by default the file is read each time."""
        self.settings = settings
        self.ingestor = Ingestor(settings, embedder, store_factory)
        self._lock = threading.Lock()  # one ingest or removal at a time in this process
        self._source = catalog

    # -- reading --------------------------------------------------------------------------
    def _catalog(self) -> Catalog:
        if self._source is not None:
            return self._source()
        try:
            return Catalog.load(self.settings.catalog_path) or Catalog()
        except CatalogError:
            return Catalog()

    def rows(self) -> list[DocumentRow]:
        catalog = self._catalog()
        uploads = self.settings.uploads_dir.resolve()
        rows = []
        for doc_id, record in sorted(catalog.documents.items(), key=lambda kv: (kv[1].meta.date, kv[0])):
            meta = record.meta
            rows.append(DocumentRow(doc_id, meta.title, meta.organisation, meta.date, meta.kind,
                                    len(record.chunk_ids), meta.source,
                                    Path(record.source_abs).is_relative_to(uploads)))
        return rows

    def text(self, doc_id: str) -> str | None:
        record = self._catalog().documents.get(doc_id)
        return record.text if record else None

    # -- upload ---------------------------------------------------------------------------
    def check_upload(self, filename: str, data: bytes) -> str:
        """The safe file name to store `data` under, or UploadRejected."""
        name = safe_filename(filename)
        limit = int(self.settings.max_file_mb * 1e6)
        if len(data) > limit:
            raise UploadRejected(f"{name}: filen är {len(data) / 1e6:.1f} MB; gränsen är {limit / 1e6:.0f} MB")
        if not data.strip():
            raise UploadRejected(f"{name}: filen är tom")
        problem = content_mismatch(PurePosixPath(name).suffix.lower(), data)
        if problem:
            raise UploadRejected(f"{name}: {problem}")
        doc_id = slug(PurePosixPath(name).stem)
        existing = self._catalog().documents.get(doc_id)
        target = (self.settings.uploads_dir / name).resolve()
        if existing is not None and Path(existing.source_abs).resolve() != target:
            raise UploadRejected(f"{name}: det finns redan ett dokument med id '{doc_id}' ({existing.meta.source}); "
                                 "byt namn på filen")
        return name

    def upload(self, filename: str, data: bytes, progress: ProgressFn | None = None) -> Outcome:
        step = progress or (lambda _f, _t: None)
        with self._lock:  # the checks too: two uploads becoming the same document id must not both pass
            try:
                name = self.check_upload(filename, data)
            except UploadRejected as exc:
                return Outcome(False, str(exc))
            folder = self.settings.uploads_dir
            target = folder / name
            step(0.1, "Sparar filen")
            folder.mkdir(parents=True, exist_ok=True)
            previous = target.read_bytes() if target.exists() else None
            tmp = folder / f".{name}.part"
            tmp.write_bytes(data)
            tmp.replace(target)
            step(0.3, "Läser, delar upp och indexerar")
            try:
                report = self.ingestor.run([target], prune_vanished=False)
            except (IngestError, CatalogError, StoreError) as exc:
                self._restore(target, previous)
                return Outcome(False, f"{name}: indexeringen misslyckades: {exc}")
            if not report.ok:
                self._restore(target, previous)
                reason = "; ".join(report.failed.values())
                return Outcome(False, f"{name}: kunde inte läsas ({reason}); inget ändrades i indexet")
            step(1.0, "Klart")
        doc_id = (report.added or report.updated or report.unchanged or [""])[0]
        chunks = len(self._catalog().chunks_of(doc_id))
        verb = "lades till" if report.added else "uppdaterades" if report.updated else "var redan indexerad"
        return Outcome(True, f"{name} {verb}: {chunks} avsnitt indexerade på {report.seconds:.1f} s", doc_id)

    @staticmethod
    def _restore(target: Path, previous: bytes | None) -> None:
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(previous)

    # -- metadata ---------------------------------------------------------------------------
    def correct_metadata(self, doc_id: str, fields: dict[str, str]) -> Outcome:
        """An admin's correction of a document's title, publisher, date or kind: kept as the
        document's entry in the manifest beside its file (the uploads folder's for an upload), so
        it survives every later ingest, and applied by re-indexing that one document."""
        record = self._catalog().documents.get(doc_id)
        if record is None:
            return Outcome(False, f"'{doc_id}' finns inte i indexet")
        try:
            cleaned = checked_fields(fields)
        except UploadRejected as exc:
            return Outcome(False, str(exc))
        source = Path(record.source_abs)
        if not source.is_file():
            return Outcome(False, f"{doc_id}: filen {record.meta.source} finns inte längre; inget ändrades")
        with self._lock:
            manifest = source.parent / MANIFEST_NAME
            previous = manifest.read_bytes() if manifest.exists() else None
            try:
                write_entry(source.parent, source.name, cleaned)
                report = self.ingestor.run([source], prune_vanished=False)
            except (OSError, ValueError, ManifestError, IngestError, CatalogError, StoreError) as exc:
                self._restore(manifest, previous)
                return Outcome(False, f"{doc_id}: metadata kunde inte sparas: {exc}")
            if not report.ok:
                self._restore(manifest, previous)
                return Outcome(False, f"{doc_id}: kunde inte indexeras om ({'; '.join(report.failed.values())})")
        return Outcome(True, f"Metadata för «{cleaned.get('title') or record.meta.title}» sparades", doc_id)

    # -- removal --------------------------------------------------------------------------
    def remove(self, doc_id: str) -> Outcome:
        catalog = self._catalog()
        record = catalog.documents.get(doc_id)
        if record is None:
            return Outcome(False, f"'{doc_id}' finns inte i indexet")
        with self._lock:
            try:
                report = self.ingestor.remove([doc_id])
            except (IngestError, CatalogError, StoreError) as exc:
                return Outcome(False, f"{doc_id}: kunde inte tas bort: {exc}")
        if not report.removed:
            return Outcome(False, f"{doc_id}: {report.failed.get(doc_id, 'kunde inte tas bort')}")
        source = Path(record.source_abs)
        n = len(record.chunk_ids)
        if source.is_relative_to(self.settings.uploads_dir.resolve()):
            source.unlink(missing_ok=True)
            return Outcome(True, f"{doc_id} togs bort ({n} avsnitt)", doc_id)
        return Outcome(True, f"{doc_id} togs bort ur indexet ({n} avsnitt). Filen {record.meta.source} ligger kvar "
                             "och kommer tillbaka vid nästa indexering av den mappen.", doc_id)


_LIMITS = {"title": 300, "organisation": 200, "date": 10, "kind": 60}


_FIELD_NAMES = {"title": "Titel", "organisation": "Utgivare", "date": "Datum", "kind": "Slag"}


def checked_fields(fields: dict[str, str]) -> dict[str, str]:
    """The corrected metadata, each field one line of plain text within its length; a date as
    YYYY, YYYY-MM or YYYY-MM-DD (empty: unknown). UploadRejected names what is wrong."""
    out: dict[str, str] = {}
    for key, value in fields.items():
        if key not in _LIMITS:
            continue
        text = " ".join(unicodedata.normalize("NFC", str(value or "")).split())
        text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
        if key == "date" and text and not valid_iso(text):
            raise UploadRejected(f"Datum skrivs ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD (eller lämnas tomt), inte ”{text[:40]}”")
        if len(text) > _LIMITS[key]:
            raise UploadRejected(f"{_FIELD_NAMES.get(key, key)}: högst {_LIMITS[key]} tecken")
        out[key] = text
    return out


def safe_filename(filename: str) -> str:
    """The last path component only, in NFC, with anything but letters, digits, '.', '-', '_' and
    spaces replaced; no hidden files; a supported extension."""
    base = PurePosixPath(str(filename).replace("\\", "/").replace("\x00", "")).name
    base = unicodedata.normalize("NFC", base).strip()
    base = _SAFE_NAME_RE.sub("_", base).strip(" .")
    if not base or base.startswith(".") or base in {"..", "."}:
        raise UploadRejected(f"ogiltigt filnamn: '{filename[:80]}'")
    ext = PurePosixPath(base).suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        raise UploadRejected(f"{base}: filtypen '{ext or '(ingen)'}' stöds inte "
                             f"(tillåtna: {', '.join(SUPPORTED_EXTENSIONS)})")
    if len(base.encode("utf-8")) > _MAX_NAME_BYTES:  # shorten the stem, keep the extension
        suffix = PurePosixPath(base).suffix
        stem = base[:-len(suffix)].encode("utf-8")[:_MAX_NAME_BYTES - len(suffix)].decode("utf-8", "ignore")
        base = stem.rstrip(" .") + suffix
    return base


def content_mismatch(ext: str, data: bytes) -> str | None:
    """Why the bytes are not what the extension says, or None."""
    head = data[:8]
    if ext == ".pdf":
        return None if data.lstrip()[:5] == b"%PDF-" else "filen är inte en PDF fast namnet slutar på .pdf"
    if ext == ".docx":
        try:
            with zipfile.ZipFile(BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return None
        except zipfile.BadZipFile:
            pass
        return "filen är inte ett Word-dokument (.docx) fast namnet säger det"
    if head.startswith((b"%PDF", b"PK\x03\x04")) or b"\x00" in data[:4096]:
        return f"filen är binär, inte text, fast namnet slutar på {ext}"
    return unreadable_text(ext, data)


def unreadable_text(ext: str, data: bytes) -> str | None:
    """Why bytes named as text (.txt, .md, .html) are not text a person could read, or None."""
    text, _ = readable.decode(data)
    if text is None:
        return "filen är inte text i UTF-8 (eller Windows-1252); spara den som UTF-8 och försök igen"
    if ext in (".html", ".htm"):
        try:
            text = load_bytes(data, ext).text
        except LoadError:
            return "filen innehåller ingen text"
    verdict = readable.check_text(text)
    if not verdict.ok:
        return "filen ser inte ut att innehålla läsbar text (mest tecken som inte bildar ord); inget indexerades"
    return None
