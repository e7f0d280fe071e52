"""Incremental ingestion: load → clean → chunk → embed new passages → publish the catalog.

Order matters for crash safety: vectors are written first (invisible until the catalog lists
them), the catalog is replaced atomically, and only then are obsolete vectors deleted. A run
killed at any point leaves the previous content answering; the next run reuses the vectors
already written and finishes the job.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import re
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np

from ingest.analysis import analyze, use_lemma_cache
from ingest.analysis import fingerprint as analysis_fingerprint
from ingest.catalog import Catalog, DocRecord
from ingest.chunking import CHUNKER_VERSION, chunk_document
from ingest.cleaning import clean
from ingest.documents import Chunk, IngestReport
from ingest.embedders import Embedder
from ingest.loaders import LoadError, load_file
from ingest.manifest import MANIFEST_NAME, ManifestError, build_meta, read_manifest
from ingest.settings import Settings
from ingest.store import ChromaStore, ModelMismatchError, StoreError, VectorStore
from ingest.unit_vectors import UnitVectors
from ingest.units import embed_text, split_passage, unit_key

log = logging.getLogger(__name__)
StoreFactory = Callable[[str], VectorStore]
Progress = Callable[[str, int, int], None]
_IGNORED_NAMES = {MANIFEST_NAME, "README.md", "README.txt", ".gitkeep"}
_WRITE_BATCH = 64  # chunks per store write (the embedder splits them into its own batches)


class IngestError(Exception):
    """Ingestion cannot start (bad model, unreachable store); nothing was changed."""


@dataclass(frozen=True)
class SourceFile:
    path: Path
    doc_id: str
    entry: dict[str, Any]


@dataclass
class _Prepared:
    source: SourceFile
    record: DocRecord
    chunks: list[Chunk]


@dataclass
class _Run:
    """The state of one ingest run, passed between its steps."""

    old: Catalog
    new: Catalog
    store: VectorStore
    stored_ids: set[str]
    report: IngestReport
    seen: set[str] = field(default_factory=set)
    pending: list[Chunk] = field(default_factory=list)  # new chunks not yet written
    tokens: dict[str, list[str]] = field(default_factory=dict)
    units: UnitVectors = field(default_factory=UnitVectors.empty)  # vectors the index already has

    def __post_init__(self) -> None:
        if self.old.extras.get("lexical_analysis") == analysis_fingerprint():
            self.tokens = dict(self.old.extras.get("lexical_tokens", {}))
        # else: tokens made under other stop words or analysis are made again (below, for every passage)


def chroma_store_factory(settings: Settings, embedder: Embedder) -> StoreFactory:
    def factory(generation: str) -> VectorStore:
        return ChromaStore(
            embedder,
            collection=f"{settings.collection}-{generation}",
            path=settings.chroma_dir / generation,
            host=settings.chroma_host,
            port=settings.chroma_port,
        )

    return factory


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9åäö_-]+", "-", text.casefold()).strip("-") or "document"


def discover(paths: Iterable[Path]) -> tuple[list[SourceFile], list[Path], dict[str, str]]:
    """Files to ingest, the folders scanned (removal scope) and files refused up front."""
    files: list[SourceFile] = []
    folders: list[Path] = []
    failed: dict[str, str] = {}
    for path in paths:
        if path.is_dir():
            folders.append(path.resolve())
            try:
                manifest = read_manifest(path)
            except ManifestError as exc:
                failed[str(path / MANIFEST_NAME)] = str(exc)
                manifest = {}
            for child in sorted(path.iterdir()):
                if child.is_file() and not child.name.startswith(".") and child.name not in _IGNORED_NAMES:
                    files.append(SourceFile(child, "", manifest.get(child.name, {})))
        elif path.is_file():
            manifest = read_manifest(path.parent) if (path.parent / MANIFEST_NAME).exists() else {}
            files.append(SourceFile(path, "", manifest.get(path.name, {})))
        else:
            failed[str(path)] = "no such file or folder"
    stems: dict[str, int] = {}
    for f in files:
        stems[slug(f.path.stem)] = stems.get(slug(f.path.stem), 0) + 1
    named = []
    for f in files:
        base = slug(f.entry.get("doc_id") or f.path.stem)
        doc_id = base if stems.get(slug(f.path.stem), 0) <= 1 else f"{base}-{f.path.suffix.lstrip('.').lower()}"
        named.append(SourceFile(f.path, doc_id, f.entry))
    return named, folders, failed


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path.resolve())


@contextmanager
def index_lock(settings: Settings) -> Iterator[None]:
    """One writer of the index at a time, across processes (`python -m ingest`, the web page's
    upload and removal): the second waits. The kernel releases the lock if a writer is killed."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.index_dir / ".write.lock", "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class Ingestor:
    def __init__(self, settings: Settings, embedder: Embedder, store_factory: StoreFactory) -> None:
        self.settings = settings
        self.embedder = embedder
        self.store_factory = store_factory
        use_lemma_cache(settings.cache_dir)

    def display_path(self, path: Path) -> str:
        """The source a person is shown (in citations, the API and the page): an uploaded file by
        its folder and name under the data directory, never the server's absolute path."""
        uploads = self.settings.uploads_dir.resolve()
        if path.resolve().is_relative_to(uploads):
            return str(PurePosixPath("uploads") / path.resolve().relative_to(uploads).as_posix())
        return _display_path(path)

    def prepare(self, source: SourceFile) -> _Prepared:
        loaded = load_file(source.path, int(self.settings.max_file_mb * 1e6))
        cleaned = clean(loaded.text)
        if not cleaned.normalised.text.strip():
            raise LoadError("no text left after cleaning")
        meta = build_meta(source.doc_id, self.display_path(source.path), source.entry, cleaned, loaded.properties)
        chunks = chunk_document(source.doc_id, cleaned, self.settings.chunk_size, title=meta.title)
        if not chunks:  # e.g. nothing but a "Publicerad: …" line: a document no answer can come from
            raise LoadError("no text left after cleaning (only metadata lines)")
        digest = hashlib.sha256(
            json.dumps(
                [CHUNKER_VERSION, self.settings.chunk_size, meta.to_dict(), cleaned.normalised.text],
                ensure_ascii=False, sort_keys=True,
            ).encode()
        ).hexdigest()
        record = DocRecord(meta, digest, str(source.path.resolve()), cleaned.normalised.text,
                           [c.chunk_id for c in chunks])
        return _Prepared(source, record, chunks)

    def run(self, paths: list[Path], rebuild: bool = False, progress: Progress | None = None,
            prune_vanished: bool = True) -> IngestReport:
        with index_lock(self.settings):
            return self._run(paths, rebuild, progress, prune_vanished)

    def _run(self, paths: list[Path], rebuild: bool, progress: Progress | None,
             prune_vanished: bool) -> IngestReport:
        """Indexes `paths`. Documents whose file left a scanned folder are removed; so are documents
        whose file vanished anywhere, unless `prune_vanished` is False (the web upload adds one file
        and must not touch documents indexed from folders this process cannot see)."""
        started = time.perf_counter()
        report = IngestReport()
        uploads = self.settings.uploads_dir
        if uploads.is_dir() and not any(p.resolve().is_relative_to(uploads.resolve()) for p in paths):
            paths = [*paths, uploads]  # documents uploaded through the web page belong to every index
        files, folders, report.failed = discover(paths)
        old = self._load_catalog(rebuild)
        generation = _next_generation(old.generation) if rebuild else old.generation
        store = self.store_factory(generation)
        try:
            stored_ids = store.ids()
        except ModelMismatchError as exc:
            raise IngestError(str(exc)) from exc
        except StoreError as exc:
            raise IngestError(f"{exc}; nothing was changed") from exc

        run = _Run(old, Catalog(self.embedder.model_id, generation, dict(old.documents), dict(old.chunks),
                                dict(old.extras)), store, stored_ids, report)
        if not rebuild:
            run.units = UnitVectors.load(self.settings.unit_vectors_path)
        for i, source in enumerate(files, 1):
            if progress:
                progress(source.path.name, i, len(files))
            self._ingest_one(source, run)
        self._remove_missing(run, folders, prune_vanished)
        new = run.new
        new.extras["lexical_tokens"] = {cid: run.tokens[cid] if cid in run.tokens else analyze(chunk.embed_text)
                                        for cid, chunk in new.chunks.items()}
        new.extras["lexical_analysis"] = analysis_fingerprint()
        self._write(store, run.pending, report, new.documents, flush=True)
        live_units = self._unit_vectors(run)
        new.save(self.settings.catalog_path)
        if live_units is not None:  # drop the vectors of units that left the index
            UnitVectors.save(self.settings.unit_vectors_path, live_units)
        obsolete = sorted(stored_ids - set(new.chunks))
        if obsolete:
            store.delete(obsolete)
        if rebuild:
            for stale in sorted(({old.generation} | self._generations_on_disk()) - {generation}):
                self._drop_generation(stale)
        report.chunks_total = len(new.chunks)
        report.seconds = time.perf_counter() - started
        return report

    def remove(self, doc_ids: Iterable[str]) -> IngestReport:
        """Takes documents out of the index: the catalog without them is published first, then
        their vectors are deleted (same order as `run`, so a crash never leaves a dangling id)."""
        with index_lock(self.settings):
            return self._remove(list(doc_ids))

    def _remove(self, doc_ids: list[str]) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        catalog = self._load_catalog(rebuild=False)
        obsolete: list[str] = []
        for doc_id in doc_ids:
            record = catalog.documents.pop(doc_id, None)
            if record is None:
                report.failed[doc_id] = "no such document in the index"
                continue
            report.removed.append(doc_id)
            for cid in record.chunk_ids:
                catalog.chunks.pop(cid, None)
            obsolete += record.chunk_ids
        if report.removed:
            tokens = catalog.extras.get("lexical_tokens", {})
            catalog.extras["lexical_tokens"] = {cid: tokens[cid] for cid in catalog.chunks if cid in tokens}
            catalog.save(self.settings.catalog_path)
            still_used = set(catalog.chunks)  # identical passages may be shared by two documents
            gone = sorted(set(obsolete) - still_used)
            if gone:
                try:
                    self.store_factory(catalog.generation).delete(gone)
                except StoreError as exc:  # unlisted vectors are harmless; the next ingest deletes them
                    log.warning("removed from the catalog, but deleting the vectors failed: %s", exc)
        report.chunks_total = len(catalog.chunks)
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_one(self, source: SourceFile, run: _Run) -> None:
        report = run.report
        run.seen.add(source.doc_id)  # a file that fails keeps what the index already holds for it
        try:
            prepared = self.prepare(source)
        except (LoadError, OSError) as exc:
            report.failed[str(source.path)] = str(exc)
            return
        previous = run.old.documents.get(source.doc_id)
        missing = [c for c in prepared.chunks if c.chunk_id not in run.stored_ids]
        if previous and previous.content_hash == prepared.record.content_hash:
            report.unchanged.append(source.doc_id)
            if missing:  # the store lost vectors the catalog lists (a deleted or restored folder)
                report.repaired[source.doc_id] = len(missing)
                self._add_vectors(run, missing)
            return
        run.new.documents[source.doc_id] = prepared.record
        self._add_vectors(run, missing)
        if previous:
            for cid in previous.chunk_ids:
                run.new.chunks.pop(cid, None)
            report.updated.append(source.doc_id)
        else:
            report.added.append(source.doc_id)
        for chunk in prepared.chunks:
            run.new.chunks[chunk.chunk_id] = chunk
            run.tokens[chunk.chunk_id] = run.tokens.get(chunk.chunk_id) or analyze(chunk.embed_text)

    def _add_vectors(self, run: _Run, chunks: list[Chunk]) -> None:
        run.pending = self._write(run.store, run.pending + chunks, run.report, run.new.documents, flush=False)
        run.report.chunks_embedded += len(chunks)
        run.stored_ids.update(c.chunk_id for c in chunks)

    def _unit_vectors(self, run: _Run) -> dict[str, np.ndarray] | None:
        """Embeds the answer units of the live chunks that have no vector yet. Writes the union
        of old and new vectors before the catalog is published (so both catalogs find theirs);
        returns the live set to write after it, or None when nothing changed."""
        texts: dict[str, str] = {}
        for chunk in run.new.chunks.values():
            for unit in split_passage(chunk.text, chunk.start, chunk.section):
                text = embed_text(unit, chunk.section)
                texts[unit_key(text)] = text
        missing = [k for k in texts if k not in run.units]
        if not missing and len(texts) == len(run.units.rows):
            return None
        t0 = time.perf_counter()
        vectors = self.embedder.embed_documents([texts[k] for k in missing]) if missing else np.zeros((0, 0))
        run.report.embed_seconds += time.perf_counter() - t0
        run.report.units_embedded += len(missing)
        fresh = dict(zip(missing, vectors, strict=True))
        known = {k: run.units.matrix[i] for k, i in run.units.rows.items()}
        UnitVectors.save(self.settings.unit_vectors_path, {**known, **fresh})
        return {k: fresh[k] if k in fresh else known[k] for k in texts}

    @staticmethod
    def _remove_missing(run: _Run, folders: list[Path], prune_vanished: bool = True) -> None:
        """Documents whose file left a scanned folder (or vanished) leave the index."""
        for doc_id, record in run.old.documents.items():
            in_scope = any(Path(record.source_abs).is_relative_to(f) for f in folders)
            vanished = prune_vanished and not Path(record.source_abs).exists()
            if doc_id not in run.seen and (in_scope or vanished):
                run.report.removed.append(doc_id)
                for cid in record.chunk_ids:
                    run.new.chunks.pop(cid, None)
                run.new.documents.pop(doc_id)

    def _load_catalog(self, rebuild: bool) -> Catalog:
        from ingest.catalog import CatalogError

        try:
            catalog = Catalog.load(self.settings.catalog_path)
        except CatalogError:
            if not rebuild:
                raise
            catalog = None
        if catalog is None:  # none yet, or unreadable: a rebuild starts after every generation on disk
            latest = max(self._generations_on_disk(), key=lambda g: int(g[1:]), default="g1")
            return Catalog(self.embedder.model_id, latest if rebuild else "g1")
        if rebuild:
            return Catalog(self.embedder.model_id, catalog.generation)
        if catalog.embedding_model != self.embedder.model_id:
            raise IngestError(
                f"the index was built with embedding model '{catalog.embedding_model}', but "
                f"'{self.embedder.model_id}' is configured; run `python -m ingest --rebuild`"
            )
        return catalog

    def _write(
        self, store: VectorStore, pending: list[Chunk], report: IngestReport,
        docs: dict[str, DocRecord], flush: bool
    ) -> list[Chunk]:
        """Embeds and stores whole batches of new chunks, across documents: the model is much
        slower on a document's handful of chunks than on full batches. Returns what is left over
        for a later call; `flush` writes everything."""
        cut = len(pending) if flush else len(pending) - len(pending) % _WRITE_BATCH
        if cut:
            t0 = time.perf_counter()
            self._upsert(store, pending[:cut], docs)
            report.embed_seconds += time.perf_counter() - t0
        return pending[cut:]

    def _upsert(self, store: VectorStore, chunks: list[Chunk], docs: dict[str, DocRecord]) -> None:
        batch = _WRITE_BATCH
        for i in range(0, len(chunks), batch):
            part = chunks[i:i + batch]
            store.upsert([c.chunk_id for c in part], [c.embed_text for c in part],
                         [_store_metadata(c, docs[c.doc_id]) for c in part])

    def _generations_on_disk(self) -> set[str]:
        """Folders of an embedded store's generations (a damaged catalog no longer names its own)."""
        folder = self.settings.chroma_dir
        if self.settings.chroma_host or not folder.is_dir():
            return set()
        return {p.name for p in folder.iterdir() if p.is_dir() and re.fullmatch(r"g\d+", p.name)}

    def _drop_generation(self, generation: str) -> None:
        try:
            self.store_factory(generation).drop()
        except StoreError as exc:  # an embedded store's folder goes below all the same
            (log.warning if self.settings.chroma_host else log.debug)(
                "could not drop the previous index generation: %s", exc)
        folder = self.settings.chroma_dir / generation
        if not self.settings.chroma_host and folder.exists():
            shutil.rmtree(folder, ignore_errors=True)


def _store_metadata(chunk: Chunk, record: DocRecord) -> dict[str, Any]:
    """What the vector store keeps beside a vector (scalars only), so the store alone can filter
    by document, organisation or year; the catalog stays the source of truth."""
    meta = record.meta
    return {
        "doc_id": chunk.doc_id, "title": meta.title[:300], "organisation": meta.organisation, "date": meta.date,
        "section": chunk.section[:200], "years": ",".join(str(y) for y in chunk.years),
        "start": chunk.start, "end": chunk.end, "position": chunk.position,
    }


def _next_generation(current: str) -> str:
    digits = re.sub(r"\D", "", current) or "0"
    return f"g{int(digits) + 1}"
