"""What the answerer needs to know about a question, worked out once per question: its terms with
their rarity weights (typos and chat spellings mapped to the corpus's words), the things it names,
the kind of fact it asks for and whether it asks for a definition, a person or a list."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from assistant.expansion import Anchor, anchor_groups, coverage_heads, mapped_terms, matched_groups
from assistant.query import Query
from assistant.vocabulary import QUESTION_WORDS, edit_distance, proper_names
from ingest.analysis import analyze

FACT_KINDS = frozenset({"amount", "date", "percent", "age", "duration", "elapsed", "sessions", "count", "year",
                        "reason", "organisation", "when"})


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    return tomllib.loads(resources.files("assistant.data").joinpath("question_types.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _chat_words() -> dict[str, str]:
    """How people type in a chat ("mkt", "va", "e", "dom"): the word they mean."""
    return {k.casefold(): v for k, v in _cues().get("chat_words", {}).items()}  # type: ignore[union-attr]


@dataclass(frozen=True)
class Question:
    query: Query
    terms: dict[str, float]  # analysed term -> weight (rarity; expansions count half)
    entities: tuple[Anchor, ...]  # the specific things it names (a treatment, a region, a grant)
    names: tuple[str, ...]  # analysed proper names it names (a region, an agency, a person)
    kind: str  # the kind of fact asked (query.kind), or definition / person
    asked_for: frozenset[str] = frozenset()  # what a list question asks for ("Vilka områden …")
    unknown: float = 0.0  # share of its content words that no document uses, even allowing typos
    uncovered: tuple[tuple[str, ...], ...] = ()  # staff terms no document speaks of ("waiting time")
    rare: tuple[str, ...] = ()  # its two rarest known terms
    notes: list[str] = field(default_factory=list)

    @property
    def asks_fact(self) -> bool:
        return self.kind in FACT_KINDS

    @property
    def total(self) -> float:
        return sum(self.terms.values()) or 1.0


_DEFINITION_RE = re.compile(
    r"^(?:och\s+)?(?:vad|va)\s+(?:är|e|betyder|innebär|menas med|avses med|står\s+\S+\s+för)\s+(?!det\b)"
    r"|^(?:and\s+)?what\s+(?:is|are|does|do)\s+(?!the\s+(?:rate|amount|total|deadline|share|number))"
    r"(?:\S+\s+){0,5}?(?:mean|stand for)?"
    r"|\bvad\s+(?:innebär|betyder)\b|\bwhat\s+(?:is\s+meant\s+by|does\s+\S+\s+mean)\b",
    re.I,
)
_PERSON_RE = re.compile(
    r"\b(?:vem|vilka personer|vilken person|kontaktperson|kontakta|who|whom|contact person|whose)\b", re.I)
_LIST_HEAD_RE = re.compile(r"\b(?:vilka|which|what)\s+([^\W\d_]{4,})", re.I)


def _normalised_words(text: str) -> str:
    """The question with chat spellings written out ("hur mkt e det" -> "hur mycket är det")."""
    chat = _chat_words()
    return re.sub(r"[^\W\d_]+", lambda m: chat.get(m.group(0).casefold(), m.group(0)), text)


def question_kind(query: Query, text: str) -> str:
    """The kind of fact asked: a definition ("Vad är MMR?"), a person ("Vem undertecknade …?")
    or query.kind (amount, date, percent …)."""
    lowered = text.strip().casefold()
    if query.kind in ("other", "who") and _DEFINITION_RE.search(lowered) and len(lowered.split()) <= 9:
        return "definition"
    if query.kind in ("other", "who") and _PERSON_RE.search(lowered):
        return "person"
    return query.kind


def analyse(query: Query, idf: dict[str, float], vocab: frozenset[str]) -> Question:
    """Weights are the corpus's rarity (IDF) of each term; a term no document uses but one
    edit away from a word that does ("behandlin", "rehabgarantin") counts as that word."""
    text = _normalised_words(query.text)
    terms: dict[str, float] = {}
    unknown_words = []
    for word in re.findall(r"[^\W_]+", text):
        for token in analyze(word):
            known = token if token in idf else _nearest(token, vocab)
            if known is None:
                if len(word) >= 5 and not word.isdigit() and word.casefold() not in QUESTION_WORDS:
                    unknown_words.append(word)
                continue
            terms.setdefault(known, idf[known])
    for token in analyze(" ".join(query.expansion)):
        if token in idf and token not in terms:
            terms[token] = 0.5 * idf[token]
    content = [w for w in re.findall(r"[^\W\d_]{5,}", text) if w.casefold() not in QUESTION_WORDS]
    covered = mapped_terms()
    unknown = [w for w in unknown_words if w.casefold() not in covered]
    rare = tuple(sorted((t for t in terms if not t.isdigit()), key=lambda t: -terms[t])[:2])
    m = _LIST_HEAD_RE.search(text)
    return Question(
        query=query, terms=terms, entities=tuple(anchor_groups(query.text)), names=tuple(proper_names(query.text)),
        kind=question_kind(query, text), asked_for=frozenset(analyze(m.group(1))) if m else frozenset(),
        unknown=len(unknown) / len(content) if content else 0.0,
        uncovered=tuple(uncovered_concepts(query.text, idf)), rare=rare,
    )


def uncovered_concepts(text: str, idf: dict[str, float]) -> list[tuple[str, ...]]:
    """Staff terms of the question, in either language, none of whose synonyms any document uses
    ("waiting time" / väntetid, kötid): no passage can answer a question about them."""
    concepts = coverage_heads()
    return [group for seqs, group in matched_groups(text)
            if group[0] in concepts and not any(all(t in idf for t in seq) for seq in seqs)]


@lru_cache(maxsize=20_000)
def _nearest_cached(token: str, vocab: frozenset[str]) -> str | None:
    if len(token) < 4 or token.isdigit():
        return None
    limit = 1 if len(token) < 8 else 2
    best: tuple[int, str] | None = None
    for known in vocab:
        if abs(len(known) - len(token)) > limit or known.isdigit():
            continue
        d = edit_distance(token, known, limit)
        if d <= limit and (best is None or (d, known) < best):
            best = (d, known)
    return best[1] if best else None


def _nearest(token: str, vocab: frozenset[str]) -> str | None:
    """The corpus word a misspelt one stands for (edit distance 1, 2 for long words), if any."""
    return _nearest_cached(token, vocab)
