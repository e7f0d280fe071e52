"""Where each rule's quote sits in its document: an `EvidenceIndex` over the documents'
normalised texts, built once (from the live index's catalog, or, for the CLI without an index,
from the corpus files) and handed to the engine, which itself reads no files.

A quote is located by exact search in the same normalised text the retrieval citations index,
so a rule's citation can be highlighted in its document exactly like an answer's."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.catalog import Catalog


@dataclass(frozen=True)
class SourceDoc:
    doc_id: str
    title: str
    organisation: str
    date: str
    source: str
    text: str  # normalised text
    chunks: tuple[tuple[str, int, int], ...] = ()  # (chunk_id, start, end), when from an index


@dataclass(frozen=True)
class RuleCitation:
    """A rule's quote, verbatim, with its span in the document's normalised text."""

    rule_id: str
    years: tuple[int, ...]  # the years the rule's source speaks for
    doc_id: str
    title: str
    organisation: str
    date: str
    source: str
    quote: str
    start: int
    end: int
    chunk_id: str = ""
    chunk_start: int = 0
    chunk_end: int = 0


class EvidenceIndex:
    def __init__(self, documents: Iterable[SourceDoc]) -> None:
        self.documents: dict[str, SourceDoc] = {d.doc_id: d for d in documents}

    def __len__(self) -> int:
        return len(self.documents)

    def locate(self, rule_id: str, years: tuple[int, ...], doc_id: str, quote: str) -> RuleCitation | None:
        """The citation of `quote` in `doc_id`, or None when the document does not contain it."""
        doc = self.documents.get(doc_id)
        start = doc.text.find(quote) if doc is not None and quote else -1
        if doc is None or start < 0:
            return None
        end = start + len(quote)
        chunk_id, chunk_start, chunk_end = _chunk_of(doc.chunks, start, end)
        return RuleCitation(rule_id, years, doc.doc_id, doc.title, doc.organisation, doc.date, doc.source, quote,
                            start, end, chunk_id, chunk_start, chunk_end)

    # -- builders ---------------------------------------------------------------------------
    @classmethod
    def from_catalog(cls, catalog: Catalog) -> EvidenceIndex:
        spans: dict[str, list[tuple[str, int, int]]] = {}
        for chunk in catalog.chunks.values():
            spans.setdefault(chunk.doc_id, []).append((chunk.chunk_id, chunk.start, chunk.end))
        return cls(
            SourceDoc(doc_id, r.meta.title, r.meta.organisation, r.meta.date, r.meta.source, r.text,
                      tuple(sorted(spans.get(doc_id, []), key=lambda s: s[1])))
            for doc_id, r in catalog.documents.items()
        )

    @classmethod
    def from_texts(cls, texts: Mapping[str, str]) -> EvidenceIndex:
        """Bare normalised texts by doc id (tests, or a caller without metadata)."""
        return cls(SourceDoc(doc_id, "", "", "", "", text) for doc_id, text in texts.items())

    @classmethod
    def from_folder(cls, folder: Path, max_bytes: int = 20_000_000) -> EvidenceIndex:
        """Reads and cleans the documents of a corpus folder the way ingestion does (same doc ids,
        same normalised text, same manifest metadata). For the CLI when no index exists yet."""
        from ingest.cleaning import clean
        from ingest.loaders import LoadError, load_file
        from ingest.manifest import build_meta
        from ingest.pipeline import discover

        files, _, _ = discover([folder])
        docs = []
        for f in files:
            try:
                loaded = load_file(f.path, max_bytes)
                cleaned = clean(loaded.text)
            except (LoadError, OSError):
                continue  # ingestion would refuse it too; its rules simply cannot be cited
            meta = build_meta(f.doc_id, _display_path(f.path), f.entry, cleaned, loaded.properties)
            docs.append(SourceDoc(f.doc_id, meta.title, meta.organisation, meta.date, meta.source,
                                  cleaned.normalised.text))
        return cls(docs)


def _chunk_of(chunks: tuple[tuple[str, int, int], ...], start: int, end: int) -> tuple[str, int, int]:
    """The chunk holding the span (or, if it straddles two, the one holding most of it)."""
    best: tuple[int, tuple[str, int, int]] | None = None
    for chunk in chunks:
        overlap = min(end, chunk[2]) - max(start, chunk[1])
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, chunk)
    return best[1] if best else ("", 0, 0)


def _display_path(path: Path) -> str:
    """As ingestion records a source: relative to the working directory when under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path.resolve())
