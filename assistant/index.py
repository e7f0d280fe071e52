"""The live index as the assistant sees it: the catalog (documents, chunks, lexical tokens) and
the vector store generation it points to. Reloads itself when an ingest publishes a new catalog."""

from __future__ import annotations

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


class IndexUnavailable(Exception):
    """No usable index: the message tells a person what to do."""


@dataclass
class Snapshot:
    """One published state of the index; a question reads a single snapshot from start to end."""

    catalog: Catalog
    store: VectorStore
    lexical: LexicalIndex
    mtime: float
    units: UnitVectors


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
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            raise IndexUnavailable(
                "no index yet: run `python -m ingest` (or `make run`) to index the documents"
            ) from None
        snap = self._snapshot
        if snap is not None and snap.mtime == mtime:
            return snap
        with self._lock:
            if self._snapshot is not None and self._snapshot.mtime == mtime:
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
            self._snapshot = Snapshot(catalog, self.store_factory(catalog.generation), lexical, mtime, units)
            return self._snapshot

    def documents(self) -> dict[str, DocRecord]:
        return self.snapshot().catalog.documents
