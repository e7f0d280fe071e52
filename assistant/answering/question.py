"""What the answerer needs to know about a question, worked out once per question: its terms with
their rarity weights (typos and chat spellings mapped to the corpus's words), the things it names,
the kind of fact it asks for and whether it asks for a definition, a person or a list."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.expansion import Anchor, anchor_groups, coverage_heads, mapped_terms, matched_groups
from assistant.organisations import organisations_named
from assistant.people import asks_for_person
from assistant.query import Query
from assistant.spelling import Speller, written_out
from assistant.vocabulary import QUESTION_WORDS, proper_words
from ingest.analysis import analyze
from ingest.metadata import aliases

FACT_KINDS = frozenset({"amount", "date", "percent", "age", "duration", "elapsed", "sessions", "count", "year",
                        "reason", "organisation", "when"})


@dataclass(frozen=True)
class Question:
    query: Query
    terms: dict[str, float]  # analysed term -> weight (rarity; expansions count half)
    entities: tuple[Anchor, ...]  # the specific things it names (a treatment, a region, a grant)
    names: tuple[tuple[tuple[str, ...], ...], ...]  # proper names it names, each as its analysed
    # alternatives ("KI" / "Karolinska Institutet"): a region, an agency, a person
    kind: str  # the kind of fact asked (query.kind), or definition / person
    asked_for: frozenset[str] = frozenset()  # what a list question asks for ("Vilka områden …")
    unknown: float = 0.0  # share of its content words that no document uses, even allowing typos
    uncovered: tuple[tuple[str, ...], ...] = ()  # staff terms no document speaks of ("waiting time")
    rare: tuple[str, ...] = ()  # its two rarest known terms
    source: frozenset[str] = frozenset()  # what it asks about a document itself: "publisher", "date"
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
    r"|\bvad\s+(?:innebär|betyder)\b|\bwhat\s+(?:is\s+meant\s+by|does\s+\S+\s+mean)\b"
    r"|\bvad\s+(?:avses|menas)\s+med\b|\bhur\s+(?:definieras|beskrivs|förklaras)\b|\bhur beskriver\b.*\bvad\b"
    r"|\bvad\s+(?:gör|är)\s+en\b|\bhow\s+(?:is|are)\s+\S+(?:\s+\S+)?\s+defined\b|\bwhat\s+(?:is|are)\s+an?\b"
    r"|\bdefinition\b",
    re.I,
)
_LIST_HEAD_RE = re.compile(r"\b(?:vilka|which|what)\s+([^\W\d_]{4,})", re.I)


# who published a document, or when: answered from the document's metadata
_PUBLISHER_RE = re.compile(
    r"\b(?:vem|vilken (?:myndighet|organisation|region)|vilket (?:landsting|departement))\s+(?:\S+\s+){0,2}?"
    r"(?:gav ut|har gett ut|ger ut|utgav|publicerade|har publicerat|står bakom|skickade ut)\b"
    r"|\butgivare\b|\bavsändare\b|\bwho (?:published|issued|is the publisher|put out|released)\b"
    r"|\bwhich (?:agency|organisation|organization|body) (?:published|issued|released)\b", re.I)
_PUBLISHED_RE = re.compile(
    r"\bnär (?:\S+\s+){0,2}?(?:publicerades|uppdaterades|gavs \S+ ut|gavs ut|kom \S+ ut|släpptes|daterades)\b"
    r"|\b(?:publiceringsdatum|vilket datum har (?:den|det|dokumentet|rapporten|sidan|beslutet|pm:et))\b"
    r"|\b(?:och )?när (?:publicerades|uppdaterades) (?:den|det)\b"
    r"|\bwhen was (?:\S+\s+){0,8}?(?:published|updated|issued|released|dated)\b|\bpublication date\b", re.I)


def source_fields(text: str) -> frozenset[str]:
    """What a question asks about a document itself ("Vem gav ut rapporten och när?")."""
    fields = set()
    if _PUBLISHER_RE.search(text):
        fields.add("publisher")
    if _PUBLISHED_RE.search(text) or (fields and re.search(r"\boch (?:när|vilket datum)\b|\band when\b", text, re.I)):
        fields.add("date")
    return frozenset(fields)


def question_kind(query: Query, text: str) -> str:
    """The kind of fact asked: a definition ("Vad är MMR?"), a person ("Vem undertecknade …?")
    or query.kind (amount, date, percent …)."""
    lowered = text.strip().casefold()
    if query.kind in ("other", "who") and _DEFINITION_RE.search(lowered) and len(lowered.split()) <= 14:
        return "definition"
    if query.kind in ("other", "who") and asks_for_person(lowered):
        return "person"
    return query.kind


def analyse(query: Query, idf: dict[str, float], speller: Speller) -> Question:
    """Weights are the corpus's rarity (IDF) of each term; chat spellings are written out and a
    term no document uses but one edit away from a word that does ("behandlin") counts as that
    word (assistant/spelling.py)."""
    text = written_out(query.text)
    terms: dict[str, float] = {}
    unknown_words = []
    for word in re.findall(r"[^\W_]+", text):
        for token in analyze(word):
            known = speller.nearest(token)
            if known is None or known not in idf:
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
        query=query, terms=terms, entities=tuple(anchor_groups(query.text)), names=named_things(query.text),
        kind=question_kind(query, text), asked_for=frozenset(analyze(m.group(1))) if m else frozenset(),
        unknown=len(unknown) / len(content) if content else 0.0,
        uncovered=tuple(uncovered_concepts(query.text, idf)), rare=rare, source=source_fields(text),
    )


_ABBREVIATION_RE = re.compile(r"(?<![\wåäöÅÄÖ])[A-ZÅÄÖ][A-ZÅÄÖa-z]?[A-ZÅÄÖ]{1,3}(?![a-zåäö])")


def named_things(text: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The proper names and abbreviations a question names, each with the other names of the same
    organisation ("KI-studien" -> KI / Karolinska Institutet; "östergötland" -> Region
    Östergötland / Östergötland), all analysed. An organisation is named only by a whole name, an
    abbreviation or a region's place (assistant/organisations.py), never by a word of its name."""
    mapped = mapped_terms()
    things: list[tuple[tuple[str, ...], ...]] = []
    seen: set[str] = set()
    for mention in organisations_named(text):
        names = {*aliases(mention.key), mention.written, *([mention.place] if mention.place else [])}
        alternatives = tuple(sorted({a for a in (tuple(analyze(n)) for n in names) if a}))
        if alternatives and not any(set(alternatives) & set(thing) for thing in things):
            things.append(alternatives)
        seen.update(w.casefold() for n in names for w in n.split())
    words = proper_words(text)
    abbreviations = [a for a in _ABBREVIATION_RE.findall(text) if a.casefold() not in mapped]
    for word in [*abbreviations, *words]:
        if word.casefold() in seen or any(word in {t for alt in thing for t in alt} for thing in things):
            continue
        analysed = tuple(analyze(word))
        if analysed:
            things.append((analysed,))
    return tuple(things)


def uncovered_concepts(text: str, idf: dict[str, float]) -> list[tuple[str, ...]]:
    """Staff terms of the question, in either language, none of whose synonyms any document uses
    ("waiting time" / väntetid, kötid): no passage can answer a question about them."""
    concepts = coverage_heads()
    return [group for seqs, group in matched_groups(text)
            if group[0] in concepts and not any(all(t in idf for t in seq) for seq in seqs)]
