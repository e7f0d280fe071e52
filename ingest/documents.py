"""Plain data that crosses stage borders during ingestion."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class DocumentMeta:
    """Per-document metadata, from the manifest or inferred from the text."""

    doc_id: str
    title: str = ""
    organisation: str = ""
    kind: str = ""
    date: str = ""  # ISO date or year; empty when the text does not support one
    date_note: str = ""
    years: tuple[int, ...] = ()  # the years the document speaks about
    language: str = "sv"
    source: str = ""  # path of the source file, relative to the corpus folder

    @property
    def dated_year(self) -> int | None:
        """The year the document is dated, when its date gives one."""
        return int(self.date[:4]) if self.date[:4].isdigit() else None

    @property
    def years_about(self) -> frozenset[int]:
        """The years the document speaks about and the year it is dated."""
        dated = self.dated_year
        return frozenset(self.years) | ({dated} if dated is not None else frozenset())

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["years"] = list(self.years)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentMeta:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["years"] = tuple(int(y) for y in known.get("years", ()))
        return cls(**known)


@dataclass(frozen=True)
class Properties:
    """What a file says about itself apart from its text (an HTML page's head and furniture, a
    DOCX's or PDF's document properties): read for metadata, never indexed."""

    title: str = ""
    publisher: str = ""
    date: str = ""  # ISO at the precision given
    address: str = ""  # the page's own web address
    furniture: str = ""  # text around the content (a page's header and footer)


@dataclass(frozen=True)
class NormalisedText:
    """Cleaned document text plus, for every character, its position in the loaded original.

    `offsets` has len(text) + 1 entries so that a half-open span maps too.
    """

    text: str
    offsets: tuple[int, ...]
    original: str
    headings: frozenset[int] = frozenset()  # start offsets (in `text`) of lines known to be headings

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets[start], self.offsets[end - 1] + 1 if end > start else self.offsets[start]


@dataclass(frozen=True)
class Chunk:
    """One retrievable passage: a contiguous span of a document's normalised text."""

    chunk_id: str
    doc_id: str
    text: str
    start: int
    end: int
    section: str
    years: tuple[int, ...]
    position: int  # order within the document
    context: str = ""  # "title – section": prepended for embedding and lexical matching

    @property
    def embed_text(self) -> str:
        return f"{self.context}\n{self.text}" if self.context else self.text

    @staticmethod
    def make_id(doc_id: str, embed_text: str, occurrence: int = 0) -> str:
        """Content-derived: an unchanged passage keeps its id (and its vector) across edits."""
        digest = hashlib.sha256(f"{doc_id}\x00{embed_text}".encode()).hexdigest()[:16]
        return f"{doc_id}:{digest}" + (f"-{occurrence}" if occurrence else "")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["years"] = list(self.years)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chunk:
        return cls(**{**data, "years": tuple(data.get("years", ()))})


@dataclass
class IngestReport:
    """Closing summary of one ingest run."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # path -> reason
    repaired: dict[str, int] = field(default_factory=dict)  # unchanged doc -> vectors the store had lost
    chunks_total: int = 0
    chunks_embedded: int = 0
    units_embedded: int = 0  # sentences, list items and table rows (for the answerer)
    seconds: float = 0.0
    embed_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (
            f"documents: {len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed, "
            f"{len(self.failed)} failed; chunks: {self.chunks_total} in index, "
            f"{self.chunks_embedded} embedded ({self.units_embedded} answer units); {self.seconds:.1f} s"
        )
