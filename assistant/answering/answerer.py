"""The answerer: scores every candidate unit with the answer model and answers from the best, or
refuses. The whole decision is in one place: the gates that refuse outright (each with a reason
code), the model's probability for every candidate, and how the chosen units are put together
(a list's items, the sentence that spells out the one before, one unit per asked year or thing).
`Draft.trace` keeps the features and contributions of the top candidates for `--explain`."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from assistant.answering import coordination
from assistant.answering.arithmetic import compute, figures, operation, wholes
from assistant.answering.candidates import Candidate, Similarity, build, with_people_blocks
from assistant.answering.cells import cells_asked
from assistant.answering.compose import compose, compose_quote, compose_source, refusal
from assistant.answering.features import decision_values, pool_of, regions_named, values
from assistant.answering.model import Model, default_model, sigmoid
from assistant.answering.question import FACT_KINDS, Question, analyse, source_fields
from assistant.expansion import Anchor, anchor_groups, place_heads, qualifier_heads
from assistant.facts import has_fact
from assistant.models import Hit
from assistant.people import asks_for_signatory, author_of, is_byline, names_a_person, names_a_role
from assistant.query import Query, question_kind, resolve
from assistant.spelling import Speller
from assistant.unit_shapes import ELABORATES_RE, goes_on_about, points_back
from assistant.units import Unit
from ingest.catalog import DocRecord
from ingest.dates import dates_in, lone_years, year_mentions, years_in
from ingest.metadata import aliases, organisations_in

_LIST_RE = re.compile(r"\b(?:vilka|which|what are|vad ingår|list)\b", re.I)
_COMPARE_RE = re.compile(
    r"\b(?:jämför|jämfört|skillnad|förändr|ökade|minskade|mellan \d{4} och|compare|difference|change|"
    r"from \d{4} to|från \d{4} till)\w*", re.I)
TRACE_SIZE = 5
# a part that asks for a goal ("…, och vilket är målet?"), which may be set for a later year
_TARGET_RE = re.compile(r"\b(?:mål|målet|målen|målsättning\w*|målvärde\w*|target|targets|goal|goals|aim|aims)\b",
                        re.I)

# Reason codes: why an answer was given or refused.
ANSWERED = "answered"
NO_PASSAGES = "no_passages"  # retrieval found nothing
UNCOVERED = "uncovered_topic"  # the question is about something no document speaks of
LOW_SCORE = "below_threshold"  # no unit is likely enough to answer
SOURCED = "document_metadata"  # who published the document or when: from its metadata, cited where it says so


@dataclass(eq=False)  # compared and hashed by identity
class Scored:
    candidate: Candidate
    score: float  # the ranking score (a logit)
    values: dict[str, float]
    gate: str = ""  # why a gate keeps it from answering ("" = it may answer)


@dataclass
class Draft:
    text: str
    units: list[Any]  # the chosen units (assistant.units.Unit)
    answerable: bool
    best: float  # the best unit's probability
    reason: str = ANSWERED
    trace: dict[str, Any] = field(default_factory=dict)
    # passages retrieved for one part of a two-part question asked alone: a unit's `hit` past the
    # answer's own hits points into these
    added: list[Hit] = field(default_factory=list)


# retrieval for a question asked alone (one part of a two-part question, resolved once by the
# answerer): its passages and the similarity of texts to it
PartSearch = Callable[[Query], tuple[list[Hit], Similarity | None]]


# one part of a two-part question ranked over the whole question's candidates: its analysis and
# its units that pass the gates, best first
Ranked = Callable[[str], tuple[Question, list[Scored]]]


class Alone(Protocol):
    """A question asked alone (`Answerer._part_alone` over the answer's search): its best unit or None."""

    def __call__(self, text: str, decide: bool = True) -> Scored | None: ...


class Answerer:
    def __init__(self, idf: dict[str, float], model: Model | None = None, speller: Speller | None = None,
                 english_only: frozenset[str] = frozenset()) -> None:
        self.idf = idf
        self.english_only = english_only  # the terms only English documents use
        self.speller = speller or Speller(frozenset(idf))
        self.model = model or default_model()
        self._analysed: tuple[Query, Question] | None = None

    def analyse(self, query: Query) -> Question:
        """The question's analysis; the last one is kept, since passages() and answer() both read
        the same question's."""
        cached = self._analysed  # one read: another thread may answer another question meanwhile
        if cached is not None and cached[0] is query:
            return cached[1]
        q = analyse(query, self.idf, self.speller, self.english_only)
        self._analysed = (query, q)
        return q

    def passages(self, query: Query, hits: list[Hit], docs: dict[str, DocRecord]) -> list[Hit]:
        """The passages to answer from: the retrieved ones and, for a question that asks for a
        person, the best documents' paragraphs that name one with a role (signatures, contacts)."""
        return with_people_blocks(hits, docs) if hits and self.analyse(query).kind == "person" else hits

    def score(self, q: Question, candidates: list[Candidate]) -> list[Scored]:
        pool = pool_of(candidates)
        out = []
        for c in candidates:
            v = values(q, c, pool)
            out.append(Scored(c, self.model.ranking.score(v), v))
        out.sort(key=lambda s: (-s.score, s.candidate.rank, s.candidate.unit.start))
        return out

    @staticmethod
    def gated(q: Question, scored: list[Scored], year_gate: bool = True) -> list[Scored]:
        """The candidates that may answer at all (the gates; the trace shows which removed what):
        not a heading, a lead-in or an FAQ's question, which name a topic and state nothing (for "Vem
        …?" one that names a person answers: "Svar på skriftlig fråga … av Maria Ek (L)"; for "Vad
        står NRS för?" a glossary line that spells it out: "NRS – Nationella registret …"); not a
        unit whose own words (or lead-in, table header) name years and none of those asked (another
        year's figure is the worst wrong answer; without `year_gate` only for a question asking a
        figure: a part of a two-part question that asks for a goal and names no year of its own
        ranks with the whole question's years, and "…, och vilket är målet?" may be answered by a
        goal set for a later year); for "Vem …?", a unit naming a person, a role or an organisation
        the question does not name; for a question that dates the document it asks about ("the 2014
        SKL page"), that document."""
        out = []
        for s in scored:
            c = s.candidate
            named = q.kind == "person" and (is_byline(c.text) or names_a_person(c.text))
            numbered = q.kind == "reference" and has_fact("reference", c.text)  # "Dnr RS 2015-00417" names no year
            # a glossary line ("NRS – Nationella registret …") for what an abbreviation stands for
            # (not for what the thing is: "Vad är MMR?" wants more than "Multimodal rehabilitering (MMR)")
            spelt = q.spelling and s.values.get("spelt_out", 0.0) > 0
            reason = ("heading" if c.heading and not (named or numbered or spelt)
                      else "another_year" if (s.values["other_year"] >= (0.5 if q.asks_fact else 1.0) and not numbered
                                              and (year_gate or q.asks_fact))
                      else "no_person_named" if q.kind == "person" and not _names_someone(c.text, q.query.text)
                      else "another_document_date" if q.query.doc_years and not _dated(c, q.query.doc_years)
                      else "")
            s.gate = reason
            if not reason:
                out.append(s)
        return out

    def confidence(self, q: Question, eligible: list[Scored]) -> tuple[float, dict[str, float]]:
        """The decision model's probability that the best unit answers, and its inputs."""
        d = decision_values(q, [{**s.values, "logit": s.score} for s in eligible[:5]])
        return sigmoid(self.model.decision.score(d)), d

    def answer(self, query: Query, hits: list[Hit], docs: dict[str, DocRecord],
               similarity: Similarity | None = None, search: PartSearch | None = None) -> Draft:
        """The answer from `hits`; with `search`, a part of a two-part question that no unit of the
        best's document answers is asked alone (its own retrieval and ranking)."""
        q = self.analyse(query)
        if not hits:
            return self._refuse(q, NO_PASSAGES, [])
        candidates = build(hits, docs, similarity)
        scored = self.score(q, candidates)
        eligible = self.gated(q, scored)
        if q.uncovered or q.unknown_topic:  # no passage can answer about a thing no document names
            lacking = [g[0] for g in q.uncovered] + ([q.unknown_topic] if q.unknown_topic else [])
            return self._refuse(q, UNCOVERED, scored, 0.0, {"uncovered": lacking})
        found_in: dict[Scored, list[Hit]] = {}  # a unit found by a question asked alone -> its passages
        alone: Alone | None = None
        if search is not None:
            def asked_alone(text: str, decide: bool = True) -> Scored | None:
                return self._part_alone(text, search, docs, found_in, decide)
            alone = asked_alone
        if q.source and scored:  # the document the best unit stands in, even when a gate removed it
            # ("Vem gav ut rapporten?" asks for a person, but the answer is the document's publisher)
            sourced = self._about_the_document(q, (eligible or scored)[0], docs)
            if sourced is not None:
                return self._with_the_other_part(q, sourced, (eligible or scored)[0], eligible, alone,
                                                 found_in, len(hits))
        parts_ranked: dict[str, tuple[Question, list[Scored]]] = {}

        def ranked(part: str) -> tuple[Question, list[Scored]]:
            """One part of a two-part question ranked over the whole question's passages, in its
            language and, when the part names none, with its years and its document's year ("Hur
            mycket fick regionen 2020, och vilket mål hade den?": the goal of 2020)."""
            if part not in parts_ranked:
                own = resolve(part, [])
                pq = self.analyse(replace(own, language=q.query.language, years=own.years or q.query.years,
                                          doc_years=own.doc_years or q.query.doc_years))
                year_gate = bool(own.years) or not _TARGET_RE.search(part)
                parts_ranked[part] = pq, self.gated(pq, self.score(pq, candidates), year_gate=year_gate)
            return parts_ranked[part]
        confidence, inputs = self.confidence(q, eligible) if eligible else (0.0, {})
        extra: dict[str, Any] = {"decision": inputs}
        by_parts = (self._by_parts(q, ranked) if confidence < self.model.threshold and q.parts is not None
                    and eligible else None)
        if by_parts is not None:
            confidence, extra["answered_part"], chosen = by_parts
            added: list[Hit] = []
        elif confidence < self.model.threshold:
            return self._refuse(q, LOW_SCORE, scored, confidence, extra)
        else:
            chosen, added = _adopted(self._choose(q, eligible, alone, ranked), found_in, len(hits))
        units = [s.candidate.unit for s in chosen]
        return Draft(compose(q, [s.candidate for s in chosen]), units, True, confidence, ANSWERED,
                     self._trace(q, scored, chosen, ANSWERED, confidence, extra), added)

    def _part_alone(self, part: str, search: PartSearch, docs: dict[str, DocRecord],
                    found_in: dict[Scored, list[Hit]], decide: bool = True) -> Scored | None:
        """One part of a two-part question asked alone: its best unit, when it holds the kind of
        fact the part asks for and (with `decide`) the decision model would answer it; without,
        the caller checks what it found. The passages it stands in are kept in `found_in`, to be
        cited only if the unit is chosen (`_adopted`)."""
        query = resolve(part, [])
        part_hits, similarity = search(query)
        if not part_hits:
            return None
        pq = self.analyse(query)  # analysed once: the search's passages() read it already
        eligible = self.gated(pq, self.score(pq, build(part_hits, docs, similarity)))
        if not eligible or pq.uncovered or pq.unknown_topic:
            return None
        best = eligible[0]
        if (decide and self.confidence(pq, eligible)[0] < self.model.threshold) or (
                _lacks_the_fact(pq, best)):
            return None
        found_in[best] = part_hits
        return best

    # -- choosing ------------------------------------------------------------------------------
    def _choose(self, q: Question, eligible: list[Scored], alone: Alone | None = None,
                ranked: Ranked | None = None) -> list[Scored]:
        best = eligible[0]
        listed = _listed(q, best, eligible) or _cosigners(q, best, eligible)
        if listed:
            return listed
        paired = self._second_figure(q, best, eligible) or _other_operand_alone(q, best, alone)
        if paired:
            return paired
        if _computed_alone(q, best):  # "391 − 338": the best unit holds both figures asked
            return [best]
        other = self._other_part(q, best, eligible, ranked) or _asked_alone(q, best, alone)
        if other is not None:
            return [best, other]
        anchors = anchor_groups(q.query.text, q.query.language == "en")
        things = _things(anchors)
        wants_two = (year_mentions(q.query.text) >= 2 or bool(_COMPARE_RE.search(q.query.text))
                     or len(things) >= 2)
        if not wants_two:
            return _with_its_neighbour(q, best, eligible)
        floor = best.score + math.log(self.model.second)  # within this factor of the best's odds
        named = [a for a in anchors if a.head in things]
        if len(named) >= 2:  # "MMR2 och MMR1": the best unit for each
            picked = [_naming(a, eligible) for a in named]
            found = [s for s in dict.fromkeys(picked) if s is not None and s.score >= floor + math.log(0.5)]
            if len(found) >= 2:
                return found[:2]
        chosen = [best]
        wanted = set(q.query.years)
        for s in eligible[1:]:
            if len(chosen) >= 2 or (wanted and wanted <= _years_of(chosen) and not _COMPARE_RE.search(q.query.text)):
                break
            if s.candidate.text == best.candidate.text or s.score < floor:
                continue
            if wanted and not _adds_year(s, chosen):
                continue
            chosen.append(s)
        return chosen

    def _about_the_document(self, q: Question, best: Scored, docs: dict[str, DocRecord]) -> Draft | None:
        """"Vem gav ut rapporten och när?", "Vem har skrivit PM:et?": the best unit's document's own
        publisher, author and date, cited where the document states them. None when it does not state what is asked."""
        record = docs.get(best.candidate.doc_id)
        if record is None:
            return None
        meta = record.meta
        author = author_of(record.text) if "author" in q.source else None
        if (("publisher" in q.source and not meta.organisation) or ("date" in q.source and not meta.date)
                or ("author" in q.source and author is None)):
            return None
        spans = [span for span in ((author.start, author.end) if author else None,
                                   _where_dated(record.text, meta.date) if "date" in q.source else None,
                                   _where_named(record.text, meta.organisation) if "publisher" in q.source else None)
                 if span is not None]
        if not spans:
            return None
        units = [Unit(best.candidate.unit.hit, record.text[a:b], a, b, "sentence") for a, b in dict.fromkeys(spans)]
        text = compose_source(q, meta, author.names if author else "", len(units))
        trace = self._trace(q, [best], [best], SOURCED, 1.0, {"document": meta.doc_id})
        return Draft(text, units, True, 1.0, SOURCED, trace)

    def _second_figure(self, q: Question, best: Scored, eligible: list[Scored]) -> list[Scored]:
        """A difference, sum or share the best unit cannot compute alone: the best other unit
        that gives a figure of the same unit (within a few points of the best's score)."""
        kind = operation(q.query.text)
        if kind not in ("difference", "sum", "share") or _computed_alone(q, best):
            return []
        units = {f.unit for f in figures([best.candidate.text], q.query.text)}
        paired = [s for s in eligible[1:8] if s.candidate.text != best.candidate.text and s.score >= best.score - 3.0
                  and units & {f.unit for f in figures([s.candidate.text], q.query.text)}]
        # the same thing in both ("MMR2 2015 vs MMR2 2009", not the MMR1 rate beside the 2009 MMR2 rate)
        named = [a for a in q.entities if a.named_in(list(best.candidate.words))]
        same = [s for s in paired if all(a.named_in(list(s.candidate.words)) for a in named)]
        if paired:
            return [best, (same or paired)[0]]
        # a share of a figure no close unit completes: its document's total of the same unit
        whole = _whole_of(q, best, eligible) if kind == "share" else None
        return [best, whole] if whole is not None else []

    def _with_the_other_part(self, q: Question, sourced: Draft, best: Scored, eligible: list[Scored],
                             alone: Alone | None = None, found_in: dict[Scored, list[Hit]] | None = None,
                             offset: int = 0) -> Draft:
        """"När publicerades rapporten, och vilket diarienummer har den?": the document's date from
        its metadata, and the other part from the unit of that document that names what it asks
        about (at least half of its own words, and the kind of fact it asks for), or else that
        part asked alone."""
        split = q.parts
        if split is None:
            return sourced
        asking = [(part, other) for part, other in (split, split[::-1]) if not source_fields(part)]
        if len(asking) != 1:
            return sourced
        part, other = asking[0]
        asked, kind = coordination.own_words(part, other), question_kind(part)
        same = [s for s in eligible if s.candidate.doc_id == best.candidate.doc_id]
        found = _part_answer(same, asked, kind, english=q.query.language == "en")
        if found is None and alone is not None:
            found = alone(coordination.alone(part, other))
        if found is None:
            return sourced
        (found,), added = _adopted([found], found_in or {}, offset)
        text = f"{sourced.text} {compose_quote(q, found.candidate, len(sourced.units) + 1)}"
        return replace(sourced, text=text, units=[*sourced.units, found.candidate.unit], added=added)

    def _other_part(self, q: Question, best: Scored, eligible: list[Scored],
                    ranked: Ranked | None = None) -> Scored | None:
        """For a question that asks two things ("Hur länge varar kursen och hur många timmar om
        dagen läser man?"): when the best unit names less than half of what one part
        asks about, the best unit of the same document that names at least half of it (and holds
        the kind of fact that part asks for), within `model.other_part` of the best's odds. None
        when the best answers both."""
        split = q.parts
        if split is None:
            return None
        floor = best.score + math.log(self.model.other_part)
        for part, other in (split, split[::-1]):
            asked = coordination.own_words(part, other)
            if not asked or _names_half(best.candidate, asked):
                continue
            own = self._part_best(part, best, ranked) if ranked is not None else None
            if own is not None:
                return own
            kind = question_kind(part)
            near = [s for s in eligible[1:6] if s.score >= floor and s.candidate.doc_id == best.candidate.doc_id
                    and s.candidate.text != best.candidate.text]
            # the best holds no fact of the kind this part asks, or its fact answers the other part,
            # which asks the same kind ("När lämnades frågan in, och när besvarades den?")
            lone = not has_fact(kind, best.candidate.fact_text) or _same_kind(question_kind(other), kind)
            found = _part_answer(near, asked, kind, lone=lone, english=q.query.language == "en")
            if found is not None:
                return found
        return None

    def _by_parts(self, q: Question, ranked: Ranked) -> tuple[float, str, list[Scored]] | None:
        """A two-part question the decision model doubts as a whole, one of whose parts it would
        answer alone over the same passages: its probability, that part, its best unit (holding
        the kind of fact the part asks for), and the other part's best unit of the same document
        when `_part_best` takes it."""
        assert q.parts is not None
        judged = []
        for part in q.parts:
            pq, eligible = ranked(part)
            if eligible and not _lacks_the_fact(pq, eligible[0]):
                judged.append((self.confidence(pq, eligible)[0], part, eligible[0]))
        if not judged:
            return None
        confidence, part, best = max(judged, key=lambda j: j[0])
        if confidence < self.model.threshold:
            return None
        other = next(p for p in q.parts if p != part) if len(set(q.parts)) == 2 else None
        found = self._part_best(other, best, ranked) if other is not None else None
        return confidence, part, [best] if found is None else [best, found]

    def _part_best(self, part: str, best: Scored, ranked: Ranked) -> Scored | None:
        """The unit that answers one part of a two-part question when that part is ranked alone over
        the whole question's passages: its best unit other than the whole question's best (which
        names too little of this part), when that is another unit of the document the whole
        question's best stands in (the two parts ask about one thing), holds the kind of fact the
        part asks for and the decision model gives it at least `model.part_floor` (the full
        `model.threshold` when the part's own ranking put the whole question's best first)."""
        pq, eligible = ranked(part)
        rest = [s for s in eligible if s.candidate.text != best.candidate.text]
        if not rest:
            return None
        top = rest[0]
        if top.candidate.doc_id != best.candidate.doc_id:
            return None
        if _lacks_the_fact(pq, top):
            return None
        floor = self.model.part_floor if top is eligible[0] else self.model.threshold
        return top if self.confidence(pq, rest)[0] >= floor else None

    # -- refusing and explaining ------------------------------------------------------------------
    def _refuse(self, q: Question, reason: str, scored: list[Scored], confidence: float = 0.0,
                extra: dict[str, Any] | None = None) -> Draft:
        return Draft(refusal(q), [], False, confidence, reason, self._trace(q, scored, [], reason, confidence, extra))

    def _trace(self, q: Question, scored: list[Scored], chosen: list[Scored], reason: str, confidence: float,
               extra: dict[str, Any] | None = None) -> dict[str, Any]:
        decision = (extra or {}).pop("decision", {})
        weighed = self.model.decision.contributions(decision)
        return {
            "reason": reason,
            "confidence": round(confidence, 4),
            "threshold": self.model.threshold,
            "decision": {"features": {k: round(v, 3) for k, v in decision.items()},
                         "contributions": {k: round(v, 3) for k, v in weighed.items() if v}},
            "question": {"kind": q.kind, "language": q.query.language, "years": list(q.query.years),
                         "terms": {t: round(w, 2) for t, w in sorted(q.terms.items(), key=lambda x: -x[1])[:12]},
                         "entities": [a.head for a in q.entities],
                         "names": [" ".join(thing[0]) for thing in q.names if thing],
                         "unknown": round(q.unknown, 2), **(extra or {})},
            "chosen": [s.candidate.unit.start for s in chosen],
            "candidates": [
                {"doc_id": s.candidate.doc_id, "start": s.candidate.unit.start, "text": s.candidate.text[:200],
                 "score": round(s.score, 3), "heading": s.candidate.heading,
                 "gate": s.gate,
                 "features": {k: round(v, 3) for k, v in s.values.items()},
                 "contributions": {k: round(v, 3) for k, v in self.model.ranking.contributions(s.values).items()
                                   if v}}
                for s in scored[:TRACE_SIZE]
            ],
        }


def _adopted(chosen: list[Scored], found_in: dict[Scored, list[Hit]],
             offset: int) -> tuple[list[Scored], list[Hit]]:
    """The chosen units, those a question asked alone found pointing past the answer's `offset`
    hits into their own passages, and those passages (to be cited); passages of units not chosen
    are dropped."""
    out: list[Scored] = []
    added: list[Hit] = []
    for s in chosen:
        passages = found_in.get(s)
        if passages is None:
            out.append(s)
            continue
        c = s.candidate
        out.append(replace(s, candidate=replace(c, unit=replace(c.unit, hit=c.unit.hit + offset + len(added)))))
        added.extend(passages)
    return out, added


def _other_operand_alone(q: Question, best: Scored, alone: Alone | None) -> list[Scored]:
    """A difference, sum or share between two years or two regions ("Hur mycket höjdes
    ersättningen mellan 2010 och 2015?", "… i Region Norrbotten än i Region Uppsala?") whose best
    unit gives one's figure and no unit beside it the other's: the question asked alone for the
    other (without the one found; its figure may stand in another document), kept when its unit
    speaks of the other and gives a figure of the same unit."""
    kind = operation(q.query.text)
    if alone is None or kind not in ("difference", "sum", "share") or _computed_alone(q, best):
        return []
    # each kind of operand the question names two of: the one the best unit speaks of goes
    dimensions = [(set(map(str, q.query.years)), lambda s: set(map(str, _years_spoken_of(s))), lambda y: [y]),
                  (set(regions_named(q.query.text)), _regions_spoken_of,
                   lambda r: sorted(aliases(r), key=len, reverse=True))]
    text, wanted = q.query.text, []
    for asked, spoken, names in dimensions:
        have = spoken(best) & asked if len(asked) == 2 else set()
        if len(have) != 1:
            continue
        for name in names(next(iter(have))):
            text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", "", text, flags=re.I)
        wanted.append((next(iter(asked - have)), spoken))
    if not wanted:
        return []
    # what it finds is checked here (the other one, a figure of the same unit), not by the decision
    found = alone(text, False)
    if found is None or found.candidate.text == best.candidate.text or found.values["other_named"] > 0 or \
            any(missing not in spoken(found) for missing, spoken in wanted):
        return []  # not another treatment's or sex's figure
    units = {f.unit for f in figures([best.candidate.text], q.query.text)}
    return [best, found] if units & {f.unit for f in figures([found.candidate.text], q.query.text)} else []


def _years_spoken_of(s: Scored) -> set[int]:
    """The years a unit speaks of: its own words, table header and lead-in, else its section's
    heading, else its document's years."""
    c = s.candidate
    for text in (f"{c.text} {' '.join(c.unit.header)} {c.unit.context}", c.hit.section):
        found = set(years_in(text))
        if found:
            return found
    return set(c.meta.years)


def _regions_spoken_of(s: Scored) -> set[str]:
    """The regions a unit speaks of: its own words and lead-in, else its section's heading, else
    its document's publisher and title."""
    c = s.candidate
    for text in (f"{c.text} {c.unit.context}", c.hit.section, f"{c.meta.organisation}\n{c.meta.title}"):
        found = set(regions_named(text))
        if found:
            return found
    return set()


def _asked_alone(q: Question, best: Scored, alone: Alone | None) -> Scored | None:
    """The part of a two-part question the best unit leaves unanswered, asked alone (its answer
    may stand in another document)."""
    unanswered = _unanswered_part(q, best)
    if unanswered is None or alone is None:
        return None
    found = alone(coordination.alone(*unanswered))
    return found if found is not None and found.candidate.text != best.candidate.text else None


def _lacks_the_fact(q: Question, s: Scored) -> bool:
    """A unit that holds no fact of the kind the question asks for (a date for "När …?")."""
    return q.kind in FACT_KINDS and not has_fact(q.kind, s.candidate.fact_text)


def _unanswered_part(q: Question, best: Scored) -> tuple[str, str] | None:
    """The part of a two-part question (with the other) of whose own words the best unit names
    less than half."""
    if q.parts is None:
        return None
    for part, other in (q.parts, q.parts[::-1]):
        asked = coordination.own_words(part, other)
        if asked and not _names_half(best.candidate, asked):
            return part, other
    return None


def _part_answer(candidates: list[Scored], asked: frozenset[str], kind: str, lone: bool = True,
                 english: bool = False) -> Scored | None:
    """The first of `candidates` that answers one part of a two-part question: it names at least
    half of what the part alone asks about and holds the kind of fact asked. A part that asks a
    fact in a word or two ("och när ska samtliga ha en?", "och vilket rapportnummer har den?"), or
    in English words a Swedish document does not use ("and the diary number (dnr)"), names little a
    unit repeats: when `lone` (nothing else holds that fact), the first that holds it."""
    found = next((s for s in candidates if _answers_part(s.candidate, asked, kind)), None)
    if found is None and lone and kind in FACT_KINDS and len(asked) <= (4 if english else 2):
        found = next((s for s in candidates if has_fact(kind, s.candidate.fact_text)), None)
    return found


_TIMES = frozenset({"when", "date", "year"})  # the kinds a date answers


def _same_kind(a: str, b: str) -> bool:
    """Two parts that both ask a date ("När lämnades frågan in, och när kom svaret?"); not two
    counts, where any unit holding a number would pass for the other part's answer."""
    return {a, b} <= _TIMES


def _computed_alone(q: Question, best: Scored) -> bool:
    """A difference, sum or share the best unit gives both figures of (as the answer reads them)."""
    kind = operation(q.query.text)
    return kind in ("difference", "sum", "share") and compute(
        kind, [cells_asked(q, best.candidate)], q.query.text, q.query.years) is not None


def _whole_of(q: Question, best: Scored, eligible: list[Scored]) -> Scored | None:
    """For a share of a figure the best unit gives alone ("Budget 2022 (Mkr) 0,9" for what share
    of the grant goes to a pilot): the best unit of its document that gives a total of the same
    unit larger than it (the table's total row, "totalt 12,4 miljoner kronor")."""
    parts = figures([best.candidate.text], q.query.text)
    if len(parts) != 1:
        return None
    part = parts[0]
    for s in eligible[1:]:
        c = s.candidate
        if c.doc_id != best.candidate.doc_id or c.text == best.candidate.text:
            continue
        if any(f.unit == part.unit and f.value > part.value for f in wholes(c.text, q.query.text)):
            return s
    return None


def _naming(anchor: Anchor, eligible: list[Scored]) -> Scored | None:
    """The best candidate whose own words name `anchor`: a multi-word name ("multimodal
    rehabilitering 2") in order, so the choice never depends on a set's iteration order."""
    return next((s for s in eligible if anchor.named_in(list(s.candidate.words))), None)


def _dated(c: Candidate, years: tuple[int, ...]) -> bool:
    """The document a question dates ("the 2014 news item", "the 2019 results report"): dated in
    one of those years, or titled with one alone, not in a span (a report on 2019's results is
    dated 2020)."""
    dated = c.meta.dated_year in years
    return dated or bool(lone_years(c.meta.title) & set(years))


def _names_half(c: Candidate, asked: frozenset[str]) -> bool:
    return 2 * len(asked & c.tokens) >= len(asked)


def _answers_part(c: Candidate, asked: frozenset[str], kind: str) -> bool:
    """A unit that may answer one part of a two-part question: it names at least half of what the
    part alone asks about and holds the kind of fact the part asks for."""
    return bool(asked) and _names_half(c, asked) and (kind == "other" or has_fact(kind, c.fact_text))


def _names_someone(text: str, question: str) -> bool:
    """A person, a role, or an organisation other than those the question itself names ("Vem
    sammanställer resultaten?" / "SKL sammanställer …"; not "Region X" for "Vem undertecknade
    Region X:s beslut?")."""
    if names_a_person(text) or names_a_role(text):
        return True
    if asks_for_signatory(question):  # an organisation does not sign: a person or a role does
        return False
    asked = {n.key for n in organisations_in(question)}
    return any(n.key not in asked for n in organisations_in(text))


def _where_dated(text: str, iso: str) -> tuple[int, int] | None:
    """The line of a document that writes its date (as written: "Publicerad 13 december 2012")."""
    for mention in dates_in(text):
        if mention.iso == iso:
            return _line_around(text, mention.start)
    return None


def _where_named(text: str, organisation: str) -> tuple[int, int] | None:
    """The first line of a document that names its publisher."""
    names = {organisation.split(" (")[0], organisation.split(" (")[-1].rstrip(")")}
    spots = [text.find(n) for n in names if n and text.find(n) >= 0]
    return _line_around(text, min(spots)) if spots else None


def _line_around(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if end - start > 300:  # a long paragraph: the sentence around the spot
        start = max(start, text.rfind(". ", start, at) + 2 if text.rfind(". ", start, at) >= 0 else start)
        stop = text.find(". ", at)
        end = min(end, stop + 1 if stop >= 0 else end)
    return start, end


def _things(anchors: list[Anchor]) -> set[str]:
    """The specific things a question names, each of which it asks about ("Var ges MMR1 och var
    ges MMR2?"): a family such as MMR, named inside MMR2, is not a second thing; nor is a place or
    a group figures are split by ("kvinnor och män")."""
    heads = {a.head for a in anchors} - place_heads() - qualifier_heads()
    return {h for h in heads if not any(o != h and o.startswith(h) for o in heads)}


# a question that asks for several dates ("Vilka datum …", "the reporting deadlines"), not one
# ("Vilket datum …", "By what date …")
_PLURAL_DATES_RE = re.compile(r"\b(?:vilka datum|datumen|tidpunkter(?:na)?|rapporteringstillfällen(?:a)?|"
                              r"which dates|what dates|dates|deadlines|reporting dates)\b", re.I)


_BARE_ITEM_WORDS = 4
# the longest list quoted whole (its lead-in and items) when the question singles out one item: a
# short answer; a longer list of whole sentences (numbered rules, steps or offers, each a sentence of
# its own) is answered by the item asked about
_LIST_CHARS = 400


def _singled_out(q: Question, best: Scored, siblings: list[Scored]) -> bool:
    """Whether the question names something (one of its terms) the best item holds and none of its
    siblings does: "Vilka yrkesgrupper ingår i teamet på smärtkliniken?" asks for one item of a list of
    units, "Vilka steg ingår i arbetsgången?" for all of them."""
    others = frozenset().union(*(s.candidate.tokens for s in siblings))
    return any(t in best.candidate.tokens and t not in others for t in q.terms)


def _listed(q: Question, best: Scored, eligible: list[Scored]) -> list[Scored]:
    """For a list question (or several dates): the best item with its list's other items (or the
    best item alone, when the list is long and the question singles that item out), or the best
    sentence with the one that spells it out; [] when neither applies."""
    asks_list = _LIST_RE.search(q.query.text) is not None and not re.search(r"\b(?:vilket|vilken)\b", q.query.text,
                                                                             re.I)
    unit = best.candidate.unit
    if q.kind == "date":
        # "Vilka datum …?", or a list whose items are bare dates ("29/4 2015", "31/10 2015" under
        # "Landstingen rapporterar … senast"): every date of it answers "När ska …?"
        asks_list = (_PLURAL_DATES_RE.search(q.query.text) is not None
                     or (unit.kind == "item" and len(best.candidate.text.split()) <= _BARE_ITEM_WORDS))
    if unit.kind == "item":
        siblings = [s for s in eligible
                    if s is not best and s.candidate.unit.kind == "item" and s.candidate.unit.hit == unit.hit
                    and s.candidate.unit.block == unit.block and asks_list
                    and (q.kind != "date" or s.values["fact"] > 0)]
        listed = [best, *sorted(siblings, key=lambda s: s.candidate.unit.start)[:6]]
        if (len(listed) > 1 and len(unit.context or "") + sum(len(s.candidate.text) + 2 for s in listed) > _LIST_CHARS
                and _singled_out(q, best, siblings)):
            return [best]  # a long list of whole rules or steps, and the question names what one of them says
        return listed if siblings else []
    if asks_list and unit.kind == "sentence":
        after = [s for s in _in_its_paragraph(best, eligible) if s.candidate.unit.start > unit.start]
        following = min(after, key=lambda s: s.candidate.unit.start) if after else None
        if following is not None and ELABORATES_RE.match(following.candidate.text):
            return [best, following]  # "… slutföra flera av de insatser …" + "Det gäller bland annat …"
    return []


# a contact line: an address, a telephone number ("018-611 42 17"), or a line that labels a person as
# the one to ask ("Handläggare: …", "Kontaktperson: …"); a handläggare or föredragande named as a
# title under a signature ("Karin Berg / Handläggare") may sign, and stays
_CONTACT_RE = re.compile(r"@|\b(?:tel|telefon|tfn|phone|e-post|e-mail|email|upplysningar lämnas av|"
                         r"contact person|contact|case officer)\b|\b(?:handläggare|kontaktperson)\s*:|"
                         r"\b0\d{1,3}\s?[-–]\s?\d{2,3}(?:\s?\d{2}){1,2}\b", re.I)
_SIGNATURE_SPAN = 300  # characters: the lines of one signature block


def _cosigners(q: Question, best: Scored, eligible: list[Scored]) -> list[Scored]:
    """"Vem undertecknade beslutet?": a decision, an agreement or a memo is often signed by two
    (a director and an official, a chair and a secretary): the best signature line with the other
    lines of its document a few lines away that name a person, a contact line (a telephone number,
    an address) aside. [] when the best unit names no one or stands alone."""
    text = best.candidate.text
    if not asks_for_signatory(q.query.text) or not names_a_person(text) or _CONTACT_RE.search(text):
        return []
    unit = best.candidate.unit
    others = [s for s in eligible
              if s is not best and s.candidate.doc_id == best.candidate.doc_id and s.candidate.text != text
              and abs(s.candidate.unit.start - unit.start) <= _SIGNATURE_SPAN
              and names_a_person(s.candidate.text) and not _CONTACT_RE.search(s.candidate.text)]
    return [best, *sorted(others, key=lambda s: s.candidate.unit.start)[:2]] if others else []


def _in_its_paragraph(best: Scored, pool: list[Scored]) -> list[Scored]:
    """The other sentences of `pool` that stand in the best sentence's paragraph."""
    unit = best.candidate.unit
    return [s for s in pool if s is not best and s.candidate.unit.kind == "sentence"
            and s.candidate.unit.hit == unit.hit and s.candidate.unit.block == unit.block]


_SHORT_ANSWER = 500  # characters, sources named: longer is no short answer (the eval counts it wrong)


def _with_its_neighbour(q: Question, best: Scored, eligible: list[Scored]) -> list[Scored]:
    """What something is, why, what was found: told by the best sentence with its neighbour in the
    paragraph when the two make one statement: the one before, when the best points back at it
    ("… svårt att rekrytera …" + "Vi reserverar oss därför …"), or the one after, when it goes on
    about the best's subject ("… fick under 2018 en extern utvärdering." + "Utvärderingen visade
    …"). A figure, a date or a name asked for stands in one sentence: [best] alone. The neighbour
    holds no figure of its own (a figure beside the one told, or another year's, "… 10 000 kronor
    … året innan", is the worst wrong answer), names no other thing or year than the best, and the
    two still make a short answer."""
    if (q.asks_fact and q.kind != "reason") or q.kind == "person" or best.candidate.unit.kind != "sentence":
        return [best]
    unit, text = best.candidate.unit, best.candidate.text
    same = [s for s in _in_its_paragraph(best, eligible)
            if s.candidate.text != text and not figures([s.candidate.text], "")
            # nor another thing or year ("… MMR2 … 22 veckor." + "Väntetiden till MMR1 …")
            and not s.values["other_named"] and s.values["other_year"] <= best.values["other_year"]]
    # the sentences right before and after the best, by place (a sentence may stand twice)
    before = max((s for s in same if s.candidate.unit.end <= unit.start), key=lambda s: s.candidate.unit.start,
                 default=None)
    after = min((s for s in same if s.candidate.unit.start >= unit.end), key=lambda s: s.candidate.unit.start,
                default=None)
    if before is not None and before.candidate.text == best.candidate.previous and points_back(text):
        pair = [before, best]
    elif after is not None and after.candidate.previous == text and goes_on_about(after.candidate.text, text):
        pair = [best, after]
    else:
        return [best]
    return pair if len(compose(q, [s.candidate for s in pair])) <= _SHORT_ANSWER else [best]


def _years_of(chosen: list[Scored]) -> set[int]:
    return {y for s in chosen for y in years_in(f"{s.candidate.text} {' '.join(s.candidate.unit.header)}")}


def _adds_year(candidate: Scored, chosen: list[Scored]) -> bool:
    have = {y for s in chosen for y in years_in(s.candidate.text + " " + s.candidate.unit.context)}
    mine = set(years_in(candidate.candidate.text + " " + candidate.candidate.unit.context))
    return bool(mine - have) or not mine
