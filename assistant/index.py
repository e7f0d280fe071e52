"""The live index as the assistant sees it: the catalog (documents, chunks, lexical tokens) and
the vector store generation it points to. Reloads itself when an ingest publishes a new catalog."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from assistant.lexical import LexicalIndex
from assistant.settings import Settings
from ingest.catalog import Catalog, CatalogError, DocRecord
from ingest.embedders import Embedder
from ingest.pipeline import StoreFactory
from ingest.store import VectorStore
from ingest.unit_vectors import UnitVectors

log = logging.getLogger(__name__)


class IndexUnavailable(Exception):
    """No usable index: the message tells a person what to do."""


@dataclass
class Snapshot:
    """One published state of the index; a question reads a single snapshot from start to end."""

    catalog: Catalog
    store: VectorStore
    lexical: LexicalIndex
    version: tuple[int, int, int]  # the catalog file's (mtime in ns, inode, size): each save is a new file
    units: UnitVectors
    _missing: int | None = None

    def missing_vectors(self) -> int:
        """How many of the catalog's passages the vector store lacks at least (a deleted or
        replaced store folder); asked once per snapshot: one count, not a read of every id."""
        if self._missing is None:
            self._missing = max(0, len(self.catalog.chunks) - self.store.count())
            if self._missing:
                log.warning("the vector store holds %d fewer passages than the index catalog: answers "
                            "rest on word matching alone; `python -m ingest` embeds them again", self._missing)
        return self._missing


class LiveIndex:
    def __init__(self, settings: Settings, embedder: Embedder, store_factory: StoreFactory) -> None:
        self.settings = settings
        self.embedder = embedder
        self.store_factory = store_factory
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self.settings.catalog_path

    def snapshot(self) -> Snapshot:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            raise IndexUnavailable(
                "no index yet: run `python -m ingest` (or `make run`) to index the documents"
            ) from None
        # not the mtime alone: two saves within one clock tick share it, and a snapshot read
        # between them would stay stale; a save replaces the file, so its inode changes
        version = (stat.st_mtime_ns, stat.st_ino, stat.st_size)
        snap = self._snapshot
        if snap is not None and snap.version == version:
            return snap
        with self._lock:
            if self._snapshot is not None and self._snapshot.version == version:
                return self._snapshot
            try:
                catalog = Catalog.load(self.path)
            except CatalogError as exc:
                raise IndexUnavailable(str(exc)) from exc
            assert catalog is not None
            if catalog.embedding_model != self.embedder.model_id:
                raise IndexUnavailable(
                    f"the index was built with '{catalog.embedding_model}' but "
                    f"'{self.embedder.model_id}' is configured: run `python -m ingest --rebuild`"
                )
            tokens = catalog.extras.get("lexical_tokens", {})
            ids = sorted(catalog.chunks)
            lexical = LexicalIndex(ids, [tokens.get(i, []) for i in ids])
            units = UnitVectors.load(self.settings.unit_vectors_path)
            self._snapshot = Snapshot(catalog, self.store_factory(catalog.generation), lexical, version, units)
            return self._snapshot

    def documents(self) -> dict[str, DocRecord]:
        return self.snapshot().catalog.documents
