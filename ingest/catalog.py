"""The catalog: what the live index holds. It is the source of truth for which chunks are
answerable; vectors in the store that it does not list (left by an interrupted ingest) are
ignored at query time and deleted by the next ingest.

It is one JSON file, replaced atomically, so a crash never leaves it half-written.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.documents import Chunk, DocumentMeta

CATALOG_VERSION = 1


class CatalogError(Exception):
    pass


@dataclass
class DocRecord:
    meta: DocumentMeta
    content_hash: str
    source_abs: str
    text: str  # normalised text; chunk spans index into it
    chunk_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "meta": self.meta.to_dict(),
            "content_hash": self.content_hash,
            "source_abs": self.source_abs,
            "text": self.text,
            "chunk_ids": self.chunk_ids,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocRecord:
        return cls(
            meta=DocumentMeta.from_dict(data["meta"]),
            content_hash=data["content_hash"],
            source_abs=data["source_abs"],
            text=data["text"],
            chunk_ids=list(data["chunk_ids"]),
        )


@dataclass
class Catalog:
    embedding_model: str = ""
    generation: str = "g1"  # which physical store holds the vectors (changes on --rebuild)
    documents: dict[str, DocRecord] = field(default_factory=dict)
    chunks: dict[str, Chunk] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)  # e.g. the lexical index

    @classmethod
    def load(cls, path: Path) -> Catalog | None:
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text("utf-8"))
            if not isinstance(data, dict):
                raise CatalogError(f"a JSON {type(data).__name__}, not an object")
            if data.get("version") != CATALOG_VERSION:
                raise CatalogError(f"catalog version {data.get('version')} is not {CATALOG_VERSION}")
            catalog = cls(
                embedding_model=data["embedding_model"],
                generation=data["generation"],
                documents={k: DocRecord.from_dict(v) for k, v in data["documents"].items()},
                chunks={k: Chunk.from_dict(v) for k, v in data["chunks"].items()},
                extras=data.get("extras", {}),
            )
            catalog._check()
            return catalog
        except (OSError, ValueError, KeyError, TypeError, AttributeError, CatalogError) as exc:
            raise CatalogError(
                f"the index catalog {path} is damaged ({type(exc).__name__}: {str(exc)[:120]}); "
                "run `python -m ingest --rebuild`"
            ) from exc

    def _check(self) -> None:
        """What the assistant relies on when it turns a hit into a citation."""
        if not isinstance(self.generation, str) or not isinstance(self.extras, dict):
            raise CatalogError("generation or extras of the wrong type")
        listed = [cid for record in self.documents.values() for cid in record.chunk_ids]
        if sorted(listed) != sorted(self.chunks):
            raise CatalogError("the documents' chunk lists and the chunks disagree")
        for chunk in self.chunks.values():
            record = self.documents.get(chunk.doc_id)
            if record is None or not 0 <= chunk.start <= chunk.end <= len(record.text):
                raise CatalogError(f"chunk {chunk.chunk_id} points outside its document")

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "version": CATALOG_VERSION,
            "embedding_model": self.embedding_model,
            "generation": self.generation,
            "documents": {k: v.to_dict() for k, v in sorted(self.documents.items())},
            "chunks": {k: v.to_dict() for k, v in sorted(self.chunks.items())},
            "extras": self.extras,
        }
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        record = self.documents.get(doc_id)
        return [self.chunks[c] for c in record.chunk_ids] if record else []
