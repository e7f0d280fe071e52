"""Plain data crossing the assistant's stages and its public contract (`Answer`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Turn:
    role: str  # "user" | "assistant"
    content: str


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with the scores that placed it."""

    chunk_id: str
    doc_id: str
    text: str
    start: int
    end: int
    section: str
    years: tuple[int, ...]
    score: float  # fused score
    dense: float = 0.0  # cosine similarity
    lexical: float = 0.0  # BM25 score
    rank_dense: int | None = None
    rank_lexical: int | None = None
    section_start: int = -1  # where its section begins, when earlier passages belong to it too


@dataclass(frozen=True)
class Citation:
    n: int
    doc_id: str
    title: str
    organisation: str
    date: str
    source: str
    quote: str  # verbatim from the normalised document
    start: int  # span of the quote in the normalised document
    end: int
    chunk_id: str = ""
    chunk_start: int = 0
    chunk_end: int = 0


@dataclass
class Answer:
    answer: str
    answerable: bool
    language: str
    citations: list[Citation] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    resolved_question: str = ""
    notes: list[str] = field(default_factory=list)
    backend: str = "extractive"
    nearest: list[Citation] = field(default_factory=list)  # shown when not answerable
    explanation: dict[str, Any] = field(default_factory=dict)  # why, when asked (explain=True)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if not self.explanation:
            data.pop("explanation")
        return data


@dataclass(frozen=True)
class AnswerEvent:
    """What the streaming variant yields: status lines, then answer text pieces, then the answer."""

    kind: str  # "status" | "delta" | "done"
    text: str = ""
    answer: Answer | None = None
