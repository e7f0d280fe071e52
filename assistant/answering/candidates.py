"""The candidates an answer can be quoted from: each sentence, list item and table row of the
retrieved passages, with what gives it meaning around it (its lead-in or table header, the
sentence before it, its section heading, its document's title, publisher and years) and its
analysed words, worked out once per question."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from assistant.facts import with_column_units
from assistant.models import Hit
from assistant.people import PERSON_NAME, names_a_person, names_a_role, roles_named
from assistant.unit_shapes import heading_like, list_title, previous_sentences, refers_back
from assistant.units import Unit, split_units
from ingest.analysis import analyze
from ingest.catalog import DocRecord
from ingest.dates import years_in
from ingest.documents import DocumentMeta
from ingest.units import embed_text

Similarity = Callable[[list[str]], np.ndarray]
# "Karin Dahlström (S)", "Anna Lind, regiondirektör": a person's name standing as a line
_SIGNATURE_RE = re.compile(rf"^{PERSON_NAME}(?:\s*\([A-ZÅÄÖ]{{1,3}}\)|,\s*\w+)")


@dataclass(frozen=True)
class Candidate:
    unit: Unit
    hit: Hit
    rank: int  # of its passage in the retrieval
    meta: DocumentMeta
    words: tuple[str, ...]  # the unit's own analysed words, in order (multi-word names match in order)
    tokens: frozenset[str]  # the same as a set
    context: frozenset[str]  # lead-in, table header, section, the sentence it refers back to
    about: frozenset[str]  # its document's title and publisher
    earlier: frozenset[str]  # its section's text before its passage (what the section is about)
    surroundings: tuple[str, ...]  # lead-in, section, earlier text, title and publisher, in order
    heading_words: frozenset[str]  # its section's heading
    previous: str  # the sentence before it in its paragraph
    title: str  # its list's title (for a list item)
    dense: float  # cosine similarity of the unit (with its context) to the question; NaN if unknown
    heading: bool  # a heading, a lead-in or a question (an FAQ's): names a topic, states nothing
    position: tuple[int, int] = (0, 1)  # a list item's or table row's place among its siblings, and their number

    @property
    def text(self) -> str:
        return self.unit.text

    @property
    def doc_id(self) -> str:
        return self.hit.doc_id

    @cached_property
    def fact_text(self) -> str:
        """Its text as the facts it holds are read: a table row's bare figures with the unit its
        header or lead-in names ("2,2" under "Mkr" is an amount)."""
        if self.unit.kind != "row":
            return self.unit.text
        return with_column_units(self.unit.text, self.unit.header, self.unit.context)


def build(hits: list[Hit], docs: dict[str, DocRecord], similarity: Similarity | None = None) -> list[Candidate]:
    units = split_units(hits)
    sims = similarity([embed_text(u, hits[u.hit].section) for u in units]) if similarity and units else None
    previous_of = previous_sentences(units)
    out = []
    for i, (unit, previous) in enumerate(zip(units, previous_of, strict=True)):
        hit = hits[unit.hit]
        record = docs.get(hit.doc_id)
        meta = record.meta if record else DocumentMeta(hit.doc_id)
        earlier = ""
        if record and hit.section and 0 <= hit.section_start < hit.start:  # the section so far (≤ 3000 chars)
            earlier = record.text[max(hit.section_start, hit.start - 3000):hit.start]
        borrowed = previous if refers_back(unit.text, previous) else ""
        words = tuple(analyze(unit.text))
        context = analyze(f"{unit.context} {' '.join(unit.header)} {hit.section} {borrowed}")
        about = analyze(f"{meta.title}\n{meta.organisation}")
        earlier_words = analyze(earlier)
        out.append(Candidate(
            unit=unit, hit=hit, rank=unit.hit, meta=meta, words=words, tokens=frozenset(words),
            context=frozenset(context), about=frozenset(about), earlier=frozenset(earlier_words),
            surroundings=(*context, "\n", *earlier_words, "\n", *about),
            heading_words=frozenset(analyze(hit.section)),
            previous=previous, title=list_title(unit, hit) if unit.kind == "item" else "",
            dense=float(sims[i]) if sims is not None else float("nan"),
            # a heading or a question (an FAQ's) answers nothing; a name line of a signature does
            heading=(heading_like(unit, hits) and not _SIGNATURE_RE.search(unit.text)
                     and not (names_a_person(unit.text) and names_a_role(unit.text)))
            or unit.text.rstrip().endswith("?"),
        ))
    return _placed(out)


_PEOPLE_BLOCK_LIMIT = 600  # characters: a signature, a contact list, a protocol's head
_PEOPLE_BLOCKS_PER_DOCUMENT = 8


def with_people_blocks(hits: list[Hit], docs: dict[str, DocRecord], documents: int = 3) -> list[Hit]:
    """The hits and, for a question that asks for a person, the paragraphs of the best-retrieved
    documents that name a person with a role: signatures, contact lists, a protocol's chair and
    adjusters, an author's byline. They stand at a document's head or foot, where few of the
    question's words are, so retrieval by the question's words rarely finds them. Each is added as
    a passage of its own, ranked after every retrieved one."""
    out = list(hits)
    floor = min((h.score for h in hits), default=0.0)
    seen: list[str] = []
    for hit in hits:
        if hit.doc_id in seen or len(seen) >= documents:
            continue
        seen.append(hit.doc_id)
        record = docs.get(hit.doc_id)
        if record is None:
            continue
        covered = [(h.start, h.end) for h in hits if h.doc_id == hit.doc_id]
        added = 0
        for start, block in _blocks(record.text):
            end = start + len(block)
            if added >= _PEOPLE_BLOCKS_PER_DOCUMENT:
                break
            if len(block) > _PEOPLE_BLOCK_LIMIT or any(start < e and s < end for s, e in covered):  # overlaps a hit
                continue
            if not (names_a_person(block) and (roles_named(block) or _SIGNATURE_RE.search(block))):
                continue
            out.append(Hit(chunk_id=f"{hit.doc_id}#people-{start}", doc_id=hit.doc_id, text=block, start=start,
                           end=end, section="", years=years_in(block), score=floor * 0.9))
            added += 1
    return out


def _blocks(text: str) -> list[tuple[int, str]]:
    """The paragraphs of a document's text with their offsets."""
    out = []
    for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        out.append((m.start(), m.group(0)))
    return out


def _placed(candidates: list[Candidate]) -> list[Candidate]:
    """Each list item and table row with its place in its list ("the last reporting date")."""
    from dataclasses import replace

    siblings: dict[tuple[int, int, str], list[int]] = {}
    for i, c in enumerate(candidates):
        if c.unit.kind in ("item", "row"):
            siblings.setdefault((c.unit.hit, c.unit.block, c.unit.kind), []).append(i)
    out = list(candidates)
    for members in siblings.values():
        for place, i in enumerate(sorted(members, key=lambda j: candidates[j].unit.start)):
            out[i] = replace(candidates[i], position=(place, len(members)))
    return out
