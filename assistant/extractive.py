"""The default answerer: grounded, extractive, no LLM.

It scores the sentences, list items and table rows of the retrieved passages against the
question (term overlap weighted by rarity, the passage's retrieval rank, whether the unit holds
the kind of fact asked for, and whether it speaks of the years asked about), then writes a short
answer from the best unit(s), quoted verbatim and cited. When nothing clears the evidence bar it
says that the documents do not say, rather than guess.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from assistant.arithmetic import (
    Quantity,
    asks_difference,
    difference,
    format_number,
    given_count,
    parse_quantity,
    per_item_rate,
)
from assistant.expansion import Anchor, anchor_groups, coverage_heads, mapped_terms, matched_groups, place_heads
from assistant.facts import PATTERNS, has_fact
from assistant.models import Hit
from assistant.query import Query
from assistant.unit_shapes import (
    CLAUSE_RE,
    ELABORATES_RE,
    heading_like,
    list_title,
    previous_sentences,
    refers_back,
    year_mentions,
)
from assistant.units import Unit, split_units
from assistant.vocabulary import QUESTION_WORDS, idf_table, near_vocabulary, proper_names
from ingest.analysis import analyze
from ingest.catalog import DocRecord
from ingest.dates import years_in
from ingest.units import embed_text, row_cells

Similarity = Callable[[list[str]], np.ndarray]

_LIST_RE = re.compile(r"\b(?:vilka|which|what are|vad ingår|list)\b", re.I)
_FACT_KINDS = {"amount", "date", "percent", "age", "duration", "elapsed", "sessions", "count", "year", "reason",
               "organisation", "when"}
_COMPARE_RE = re.compile(
    r"\b(?:jämför|jämfört|skillnad|förändr|ökade|minskade|mellan \d{4} och|compare|difference|change|"
    r"from \d{4} to|från \d{4} till)\w*", re.I
)


_ASKED_FOR_RE = re.compile(r"\b(?:vilka|which|what)\s+([^\W\d_]{4,})", re.I)


def _asked_for(question: str) -> set[str]:
    """What a list question asks for: "Vilka områden …?" -> {områd}."""
    m = _ASKED_FOR_RE.search(question)
    return set(analyze(m.group(1))) if m else set()


def _next_sentence(unit: Unit, scored: list[Scored]) -> Scored | None:
    """The sentence right after `unit` in the same paragraph, if any."""
    after = [s for s in scored if s.unit.hit == unit.hit and s.unit.block == unit.block
             and s.unit.kind == "sentence" and s.unit.start > unit.start]
    return min(after, key=lambda s: s.unit.start) if after else None


def _about_else(asked: set[str], heading: set[str]) -> bool:
    """Whether a section's heading names only other specific things than the question asks about
    ("Statsbidrag för fördjupade medicinska utredningar" for a question about VGR and the
    guarantee); a heading that names what is asked ("Ersättning för KBT och IPT") is on topic."""
    return bool(asked) and bool(heading) and not heading & asked


def _things(anchors: list[Anchor]) -> set[str]:
    """The specific things a question names, each of which it asks about ("Var ges MMR1 och var
    ges MMR2?"): a family such as MMR, named inside MMR2, is not a second thing; nor is a place."""
    heads = {a.head for a in anchors} - place_heads()
    return {h for h in heads if not any(o != h and o.startswith(h) for o in heads)}


@lru_cache(maxsize=1)
def templates() -> dict[str, dict[str, str]]:
    return tomllib.loads(
        resources.files("assistant.data").joinpath("answer_templates.toml").read_text("utf-8")
    )


@dataclass(frozen=True)
class AnswerConfig:
    min_score: float = 0.35  # evidence bar (calibrated on the gold set)
    unknown_bar: float = 0.4  # below this coverage, a word unknown to the corpus means "not covered"
    min_terms: float = 0.15  # share of the question's (rarity-weighted) terms the unit must cover
    w_terms: float = 0.5
    w_prior: float = 0.2
    w_fact: float = 0.2
    w_year: float = 0.2
    w_anchor: float = 0.15
    w_dense: float = 0.8  # similarity of the unit itself to the question (calibrated on the gold set)
    max_units: int = 2
    w_list: float = 0.5  # a list titled with what a "Vilka X?" question asks for (chosen on the gold set)


@dataclass(frozen=True)
class Scored:
    unit: Unit
    score: float
    terms: float
    fact: bool
    year_ok: bool | None  # None: the question names no year
    year_strength: float = 1.0  # 1: the unit names the year; less when only its paragraph or document does
    anchored: bool = True  # the passage names what the question is about
    named: bool = True  # the unit (with its lead-in, section, title and publisher) names the question's proper names


@dataclass(frozen=True)
class Draft:
    text: str
    units: list[Unit]
    answerable: bool
    best: float


class ExtractiveAnswerer:
    def __init__(self, idf: dict[str, float], config: AnswerConfig | None = None) -> None:
        self.idf = idf
        self.config = config or AnswerConfig()
        self._vocab = frozenset(idf)
        self._near: dict[str, bool] = {}  # stem -> close to a corpus word (typo or compound)

    def answer(self, query: Query, hits: list[Hit], docs: dict[str, DocRecord],
               similarity: Similarity | None = None) -> Draft:
        """`similarity` maps unit embed texts to their cosine similarity with the question (NaN
        where a unit has no vector); without it units are scored on words alone."""
        lang = query.language if query.language in templates() else "sv"
        if not hits:
            return self._refusal(query, lang)
        scored = self.score(query, hits, docs, similarity)
        chosen = self._choose(query, scored, hits)
        if chosen and self.uncovered_concepts(query):
            chosen = []  # the question is about something no document speaks of ("waiting time")
        if chosen and max(c.terms for c in chosen) < self.config.unknown_bar and self.unknown_terms(query):
            chosen = []  # a word no document uses, and the best passage covers the rest poorly
        if not chosen:
            return self._refusal(query, lang, best=scored[0].score if scored else 0.0)
        text = self._compose(query, chosen, hits, docs, lang)
        return Draft(text, [s.unit for s in chosen], True, chosen[0].score)

    def uncovered_concepts(self, query: Query) -> list[tuple[str, ...]]:
        """Staff terms of the question, in either language, none of whose synonyms any document
        uses ("waiting time" / väntetid, kötid; "avgift" / patient fee): the documents do not
        speak of them, so no passage can answer a question about them."""
        concepts = coverage_heads()
        return [group for seqs, group in matched_groups(query.text)
                if group[0] in concepts and not any(all(t in self.idf for t in seq) for seq in seqs)]

    def unknown_terms(self, query: Query) -> list[str]:
        """Content words of a Swedish question that no document uses, even allowing for a typo
        or a compound ("ministern"). English words say nothing about coverage: the corpus is Swedish."""
        if query.language != "sv":
            return []
        uncovered = {w.casefold() for g in self.uncovered_concepts(query) for t in g for w in t.split()}
        covered = mapped_terms() - uncovered
        unknown = []
        for word in re.findall(r"[^\W\d_]{5,}", query.original):
            lowered = word.casefold()
            if lowered in covered or lowered in QUESTION_WORDS:
                continue
            stems = analyze(word)
            if stems and not any(self._known(stem) for stem in stems):
                unknown.append(word)
        return unknown

    def _known(self, stem: str) -> bool:
        if stem in self.idf:
            return True
        if stem not in self._near:
            self._near[stem] = near_vocabulary(stem, self._vocab)
        return self._near[stem]

    # -- scoring ---------------------------------------------------------------------------
    def score(self, query: Query, hits: list[Hit], docs: dict[str, DocRecord],
              similarity: Similarity | None = None) -> list[Scored]:
        cfg = self.config
        q_terms = self._weights(analyze(query.text), 1.0)
        expansion = self._weights(analyze(" ".join(query.expansion)), 0.5)
        total = sum(q_terms.values())
        if len(q_terms) < 2:  # e.g. an English question: its content reaches us as expansions
            q_terms.update({t: w for t, w in expansion.items() if t not in q_terms})
            total = sum(q_terms.values())
        else:
            q_terms.update({t: w for t, w in expansion.items() if t not in q_terms})
        total = total or 1.0
        top = hits[0].score or 1.0
        anchors = anchor_groups(query.text)
        asked = {a.head for a in anchors}
        # when the question is about something specific, a section headed by another specific thing
        # is about that thing ("Statsbidrag för fördjupade medicinska utredningar" does not answer
        # what VGR got from the guarantee)
        places = place_heads()
        elsewhere = [_about_else(asked, {a.head for a in anchor_groups(hit.section)} - places) for hit in hits]
        names = proper_names(query.text)
        anchored = [self._anchored(query, hit, docs, anchors, names) and not off
                    for hit, off in zip(hits, elsewhere, strict=True)]
        units = split_units(hits)
        dense = self._dense_scores(units, hits, similarity)
        asked_for = _asked_for(query.text)
        out = []
        before = previous_sentences(units)
        for unit, unit_dense, previous in zip(units, dense, before, strict=True):
            hit = hits[unit.hit]
            record = docs.get(hit.doc_id)
            # the publisher and title count as context: a passage is about its publisher too
            about = f"{record.meta.title} {record.meta.organisation}" if record else ""
            tokens = set(analyze(unit.text))
            context = set(analyze(f"{unit.context} {' '.join(unit.header)} {hit.section} {about}"))
            overlap = sum(w for t, w in q_terms.items() if t in tokens)
            overlap += 0.5 * sum(w for t, w in q_terms.items() if t in context and t not in tokens)
            terms = min(1.0, overlap / total)
            fact = query.kind not in _FACT_KINDS or has_fact(query.kind, unit.text)
            if unit.kind == "row" and not set(analyze(row_cells(unit.text)[0])) & set(q_terms):
                fact = False  # a table row answers only about the thing it is labelled with
            unit_tokens = analyze(f"{unit.context}\n{unit.text}")
            unit_anchor = all(anchor.named_in(unit_tokens) for anchor in anchors)
            # names count from the sentence before when this one refers back to it: "… genom
            # Sahlgrenska … tillstånd … Tillståndet gäller …" (not "… Kalmar … 99 procent …")
            borrowed = set(analyze(previous)) if names and refers_back(unit.text, previous) else set()
            around = frozenset(tokens | context | borrowed)
            named = all(n in around or near_vocabulary(n, around) for n in names)
            year_ok, year_score = self._year_evidence(query, unit, hit, docs)
            titled = bool(asked_for) and unit.kind == "item" and asked_for <= set(
                analyze(" ".join(list_title(unit, hit).split()[:2])))  # "Områden som ingått …"
            score = (cfg.w_terms * terms + cfg.w_prior * (hit.score / top)
                     + cfg.w_fact * fact + cfg.w_year * year_score + cfg.w_anchor * unit_anchor
                     + cfg.w_dense * unit_dense + cfg.w_list * titled)
            out.append(Scored(unit, score, terms, fact, year_ok, year_score, anchored[unit.hit], named))
        out.sort(key=lambda s: (-s.score, s.unit.hit, s.unit.start))
        return out

    def _dense_scores(self, units: list[Unit], hits: list[Hit], similarity: Similarity | None) -> list[float]:
        """Each unit's similarity to the question, scaled to 0..1 across the candidates (0 for a
        unit without a vector)."""
        if similarity is None or not self.config.w_dense or not units:
            return [0.0] * len(units)
        sims = similarity([embed_text(u, hits[u.hit].section) for u in units])
        known = sims[~np.isnan(sims)]
        if known.size < 2 or float(known.max()) <= float(known.min()):
            return [0.0] * len(units)
        low, high = float(known.min()), float(known.max())
        return [0.0 if np.isnan(x) else float((x - low) / (high - low)) for x in sims]

    @staticmethod
    def _anchored(query: Query, hit: Hit, docs: dict[str, DocRecord], anchors: list[Anchor],
                  names: list[str]) -> bool:
        """Every anchor the question names (a treatment, a region, a grant) and every proper name
        must be named by the passage, its section (heading or earlier text) or its document's title."""
        record = docs.get(hit.doc_id)
        if query.doc_years and not (record and record.meta.date[:4].isdigit()
                                    and int(record.meta.date[:4]) in query.doc_years):
            return False  # "the 2014 VGR news item": only that document answers
        about = f"{record.meta.title}\n{record.meta.organisation}" if record else ""
        earlier = ""
        if record and hit.section and 0 <= hit.section_start < hit.start:  # the section so far (≤ 3000 chars)
            earlier = record.text[max(hit.section_start, hit.start - 3000):hit.start]
        tokens = analyze(f"{hit.section}\n{about}\n{earlier}\n{hit.text}")
        things = _things(anchors)
        required = anchors
        if len(things) >= 2:  # "MMR1 och MMR2": a passage about either may answer its part
            required = [a for a in anchors if a.head not in things and not any(t.startswith(a.head) for t in things)]
            if not any(a.named_in(tokens) for a in anchors if a.head in things):
                return False
        if not all(anchor.named_in(tokens) for anchor in required):
            return False
        have = frozenset(tokens)
        return all(n in have or near_vocabulary(n, have) for n in names)

    def _weights(self, tokens: list[str], scale: float) -> dict[str, float]:
        """Rarity weights of the terms the corpus knows; unknown words (typos, English) cannot
        be matched by any passage, so they do not count against one."""
        return {t: scale * self.idf[t] for t in dict.fromkeys(tokens) if t in self.idf}

    def _year_evidence(self, query: Query, unit: Unit, hit: Hit,
                       docs: dict[str, DocRecord]) -> tuple[bool | None, float]:
        """Whether a unit speaks for the years asked about, and how directly: its own words or
        its list's lead-in or table header (1.0), its paragraph (0.7), its section heading or
        document (0.5). The nearest level that names any year decides."""
        if not query.years:
            return None, 1.0
        if query.kind == "year":  # "Till och med vilket år …, enligt nyheten om 2012?": the answer is another year
            return None, 1.0
        wanted = set(query.years)
        record = docs.get(hit.doc_id)
        blocks = hit.text.split("\n\n")
        paragraph = blocks[unit.block] if unit.block < len(blocks) else ""
        if unit.kind != "sentence" or "\n" in paragraph:
            paragraph = ""  # a list's other lines do not date its items; only a lead-in does
        levels = [
            (years_in(unit.text) or years_in(f"{unit.context} {' '.join(unit.header)}"), 1.0),
            (years_in(paragraph), 0.7),
            (tuple(sorted(set(years_in(hit.section)) | set(record.meta.years if record else ()))), 0.5),
        ]
        if unit.kind == "row" and unit.header:  # the answer shows only the asked columns
            matched = wanted & set(years_in(" ".join(unit.header)))
            return bool(matched), 1.0 if matched else 0.0
        bounds = query.year_bounds if wanted <= {year for year, _ in query.year_bounds} else ()
        for level, (found, strength) in enumerate(levels):
            if found:
                matched = wanted & set(found)
                if not matched and any((f - year) * side > 0 for year, side in bounds for f in found):
                    return None, 0.3  # "efter 2016": a later year answers too (an earlier one does not)
                if level == 0:  # a unit that also names years not asked about is weaker evidence
                    return bool(matched), strength * len(matched) / len(set(found))
                return bool(matched), strength if matched else 0.0
        return False, 0.0

    # -- choosing --------------------------------------------------------------------------
    def _choose(self, query: Query, scored: list[Scored], hits: list[Hit]) -> list[Scored]:
        cfg = self.config
        eligible = [s for s in scored
                    if s.fact and s.year_ok is not False and s.anchored and s.named and s.terms >= cfg.min_terms
                    and not heading_like(s.unit, hits)]
        if not eligible or eligible[0].score < cfg.min_score:
            return []
        best = eligible[0]
        listed = self._listed(query, best, scored)
        if listed:
            return listed
        anchors = anchor_groups(query.text)
        things = _things(anchors)
        wants_two = year_mentions(query.text) >= 2 or bool(_COMPARE_RE.search(query.text)) or len(things) >= 2
        anchors = [a for a in anchors if a.head in things]  # a place is not a thing to answer for
        if wants_two and len(anchors) >= 2:  # "MMR2 och MMR1": the best unit for each
            per_anchor = [next((s for s in eligible if a.named_in(analyze(s.unit.text))), None) for a in anchors]
            picked = [s for s in dict.fromkeys(per_anchor) if s is not None]
            if len(picked) >= 2:
                return picked[: cfg.max_units]
        chosen = [best]
        for s in eligible[1:]:
            if len(chosen) >= (cfg.max_units if wants_two else 1):
                break
            if s.unit.text == best.unit.text:
                continue
            if wants_two and set(query.years) and not self._adds_year(s, chosen):
                continue
            if wants_two and set(query.years) <= self._years_of(chosen) and not _COMPARE_RE.search(query.text):
                break  # "KBT 2009: 8772, 2012: 8353" already answers for both years
            if s.score >= 0.75 * best.score:
                chosen.append(s)
        return chosen

    @staticmethod
    def _listed(query: Query, best: Scored, scored: list[Scored]) -> list[Scored]:
        """For a list question (or dates): the best item with its list's other items, or the best
        sentence with the one that spells it out; [] when neither applies."""
        asks_list = _LIST_RE.search(query.text) is not None
        if best.unit.kind == "item":
            siblings = [s for s in scored
                        if s is not best and s.unit.kind == "item" and s.unit.hit == best.unit.hit
                        and s.unit.block == best.unit.block and (query.kind == "date" and s.fact or asks_list)]
            return [best, *sorted(siblings, key=lambda s: s.unit.start)[:6]] if siblings else []
        if asks_list and best.unit.kind == "sentence":
            following = _next_sentence(best.unit, scored)
            if following is not None and ELABORATES_RE.match(following.unit.text):
                return [best, following]  # "… slutföra flera av de insatser …" + "Det gäller bland annat …"
        return []

    @staticmethod
    def _years_of(chosen: list[Scored]) -> set[int]:
        return {y for c in chosen for y in years_in(f"{c.unit.text} {' '.join(c.unit.header)}")}

    @staticmethod
    def _adds_year(candidate: Scored, chosen: list[Scored]) -> bool:
        have = {y for c in chosen for y in years_in(c.unit.text + " " + c.unit.context)}
        mine = set(years_in(candidate.unit.text + " " + candidate.unit.context))
        return bool(mine - have) or not mine

    # -- writing ---------------------------------------------------------------------------
    def _compose(self, query: Query, chosen: list[Scored], hits: list[Hit],
                 docs: dict[str, DocRecord], lang: str) -> str:
        t = templates()[lang]
        first = chosen[0].unit
        if first.kind == "item" and len(chosen) > 2 and all(c.unit.block == first.block for c in chosen):
            items = [c.unit.text.lstrip("•·-* ").strip() for c in sorted(chosen, key=lambda c: c.unit.start)]
            lead = first.context or ""
            body = f"{lead} {t['list_join'].join(items)}".strip() if lead else t["list_join"].join(items)
            return self._attributed(body, self._lead(first, hits, docs, t), t, marker="[1]")
        parts = []
        said = ""
        for n, scored in enumerate(chosen, 1):
            unit = scored.unit
            body = self._unit_text(query, unit)
            lead = self._lead(unit, hits, docs, t)
            parts.append(self._attributed(body, lead if lead != said else "", t, marker=f"[{n}]"))
            said = lead  # the same source twice in a row is named once
        if asks_difference(query.text):
            computed = difference(self._quantities(query, [c.unit for c in chosen]))
            if computed is not None:
                value = format_number(computed.value, lang)
                parts.append(t["difference"].format(value=f"{value} {computed.unit}".strip()))
        elif query.kind == "amount":
            parts.extend(self._total(query, first, lang))
        return " ".join(parts)

    @staticmethod
    def _total(query: Query, unit: Unit, lang: str) -> list[str]:
        """"Om ett landsting genomför tio KBT-behandlingar …": the count the question gives times
        the rate the cited passage states per treatment, shown as the calculation."""
        count, rate = given_count(query.original), per_item_rate(unit.text)
        if count is None or rate is None:
            return []
        t = templates()[lang]
        return [t["total"].format(count=count, rate=f"{format_number(rate.value, lang)} {rate.unit}",
                                  total=f"{format_number(count * rate.value, lang)} {rate.unit}")]

    @staticmethod
    def _quantities(query: Query, units: list[Unit]) -> list[Quantity]:
        """One quantity per cited unit, or the asked-for years' cells of one table row."""
        if len(units) == 1 and units[0].kind == "row" and units[0].header:
            cells = dict(zip(units[0].header, row_cells(units[0].text)[1:], strict=False))
            picked = [cells[str(y)] for y in query.years if str(y) in cells]
            return [q for q in (parse_quantity(c) for c in picked) if q]
        found = [parse_quantity(u.text) for u in units]
        return [q for q in found if q]

    def _unit_text(self, query: Query, unit: Unit) -> str:
        text = unit.text.lstrip("•·* ").strip()
        if unit.kind == "row" and unit.header:
            cells = row_cells(text)
            label, values = cells[0], cells[1:]
            pairs = list(zip(unit.header, values, strict=False))
            wanted = [p for p in pairs if int(p[0]) in set(query.years)] or pairs
            shown = ", ".join(f"{year}: {value}" for year, value in wanted)
            lead = max(unit.context.split("\n"), key=lambda line: len(line.split())) if unit.context else ""
            lead = lead.strip().rstrip(":")
            return f"{label} {shown} ({lead})" if lead else f"{label} {shown}"
        if unit.kind == "item" and unit.context and not years_in(text):
            context_years = years_in(unit.context)
            if context_years:
                return f"{unit.context.rstrip(':. ')}: {text}"
        if query.kind == "amount" and unit.kind in ("sentence", "item"):
            text = self._amount_clause(query, text)
        if len(text) > 400:
            text = text[:400].rsplit(" ", 1)[0] + " …"
        return text

    def _amount_clause(self, query: Query, text: str) -> str:
        """Of a sentence with several amounts, the clause whose amount the question asks for
        ("… får ta del av 500 000 kronor vardera …", not the 15 million beside it nor the 10,5
        million total after it), verbatim, with "…" where the sentence goes on. The whole
        sentence when no one clause stands out."""
        separators = list(CLAUSE_RE.finditer(text))
        starts = [0, *(m.end() for m in separators)]
        ends = [*(m.start() for m in separators), len(text)]
        clauses = [(a, b) for a, b in zip(starts, ends, strict=True) if text[a:b].strip()]
        with_amount = [(a, b) for a, b in clauses if PATTERNS["amount"].search(text[a:b])]
        if len(with_amount) < 2:
            return text
        wanted = self._weights(analyze(query.text), 1.0)
        overlap = {span: sum(w for t, w in wanted.items() if t in set(analyze(text[span[0]:span[1]])))
                   for span in with_amount}
        ranked = sorted(overlap.values(), reverse=True)
        if ranked[0] <= ranked[1]:
            return text
        a, b = max(overlap, key=lambda span: overlap[span])
        clause = text[a:b].strip().rstrip(",;(").strip()
        if clause.count("(") != clause.count(")"):
            return text  # a clause cut inside a parenthesis would quote half of it
        return f"{'… ' if a > 0 else ''}{clause}{' …' if b < len(text) else ''}"

    def _lead(self, unit: Unit, hits: list[Hit], docs: dict[str, DocRecord], t: dict[str, str]) -> str:
        """"Enligt SKL, 2015: " — who says it, and which year's text it is."""
        hit = hits[unit.hit]
        record = docs.get(hit.doc_id)
        # who says it; a document whose publisher is unknown is named by its title ("Enligt 2014:"
        # would name no one)
        org = record.meta.organisation if record and record.meta.organisation else ""
        if not org and record and record.meta.title:
            org = t["titled"].format(title=record.meta.title)
        year = self._source_year(unit, hit, record)
        if not org:
            return ""
        source = t["source_with_year"].format(org=org, year=year) if year else org
        return t["attribution"].format(source=source)

    @staticmethod
    def _attributed(body: str, lead: str, t: dict[str, str], marker: str) -> str:
        quoted = f"{t['quote_open']}{body}{t['quote_close']}" if t["quote_open"] or lead else body
        return f"{lead}{quoted} {marker}".strip()

    def _source_year(self, unit: Unit, hit: Hit, record: DocRecord | None) -> str:
        own = years_in(unit.text) or years_in(f"{unit.context} {' '.join(unit.header)}")
        if own:
            return ""  # the unit names its year itself
        if record and record.meta.date[:4].isdigit():
            return record.meta.date[:4]  # the publication year: which year's text this is
        return str(hit.years[0]) if len(hit.years) == 1 else ""

    def _refusal(self, query: Query, lang: str, best: float = 0.0) -> Draft:
        t = templates()[lang]
        about = ""
        if query.years:
            years = [str(y) for y in query.years]
            joined = years[0] if len(years) == 1 else t["and"].join([", ".join(years[:-1]), years[-1]])
            about = t["refusal_year"].format(years=joined)
        return Draft(t["refusal"].format(about_year=about), [], False, best)


__all__ = ["AnswerConfig", "Draft", "ExtractiveAnswerer", "idf_table"]
