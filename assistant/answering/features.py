"""The features of the answer model: named, pure functions of (question, candidate, pool) -> a
number. The score is their weighted sum (assistant/answering/model.py), the weights are fitted by
`python -m evals.fit_answering` and kept in assistant/data/answer_model.toml. Each feature says
in its docstring what it measures; `FEATURES` lists them in a fixed order.

Conventions: 0 means "no evidence either way" (a question that names no year gets year = 0), so
a feature that does not apply to a question costs and earns nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.answering.arithmetic import compute, names_money, operation
from assistant.answering.candidates import Candidate
from assistant.answering.cells import cells_asked
from assistant.answering.question import Question
from assistant.data import question_types
from assistant.expansion import anchor_groups, qualifier_heads, sibling_sets
from assistant.facts import has_fact
from assistant.people import names_a_person, names_a_role, roles_asked, roles_named
from assistant.vocabulary import near_vocabulary
from ingest.abbreviations import spells_out
from ingest.analysis import analyze
from ingest.dates import dates_in, nearest_years, year_positions, year_roles, years_in
from ingest.metadata import organisations_in
from ingest.numbers import quantities_in
from ingest.units import row_cells


@dataclass(frozen=True)
class Pool:
    """What a feature may compare a candidate with: the other candidates for the same question."""

    max_dense: float
    mean_dense: float
    top_score: float
    frequency: dict[str, int] = field(default_factory=dict)  # in how many candidates each word occurs
    size: int = 0


def pool_of(candidates: list[Candidate]) -> Pool:
    dense = [c.dense for c in candidates if not math.isnan(c.dense)]
    top = max((c.hit.score for c in candidates), default=1.0) or 1.0
    frequency: dict[str, int] = {}
    for c in candidates:
        for t in c.tokens:
            frequency[t] = frequency.get(t, 0) + 1
    return Pool(max(dense, default=0.0), sum(dense) / len(dense) if dense else TYPICAL_DENSE, top, frequency,
                len(candidates))


Feature = Callable[[Question, Candidate, Pool], float]
FEATURES: dict[str, Feature] = {}


def feature(fn: Feature) -> Feature:
    FEATURES[fn.__name__] = fn
    return fn


# e5-small's cosine of a typical candidate unit to its question (the mean over the fit's 79,000
# candidates is 0.835, the middle 80 % lie within 0.79-0.88): what a unit without a vector counts as
# when no candidate has one (unit vectors not yet built, or damaged), so the model neither rewards
# nor punishes what it cannot see
TYPICAL_DENSE = 0.835


def _dense(c: Candidate, pool: Pool) -> float:
    return pool.mean_dense if math.isnan(c.dense) else c.dense


@feature
def dense(q: Question, c: Candidate, pool: Pool) -> float:
    """Cosine similarity of the unit (with its section and lead-in) to the question (e5)."""
    return _dense(c, pool)


@feature
def dense_english(q: Question, c: Candidate, pool: Pool) -> float:
    """For an English question, how far the unit's similarity to it stands below the best unit's
    (0 for the best; 0 for every unit of a Swedish question): the English question shares few
    words with Swedish text, so what the multilingual model sees may weigh more."""
    if q.query.language != "en" or math.isnan(c.dense):  # a unit without a vector: nothing to weigh again
        return 0.0
    return c.dense - pool.max_dense


def _coverage(q: Question, words: frozenset[str], c: Candidate) -> float:
    """The weight of the question's terms among `words`, of all the unit's language could hold."""
    return sum(w for t, w in q.terms.items() if t in words) / q.total_for(c.meta.language)


@feature
def terms(q: Question, c: Candidate, pool: Pool) -> float:
    """Share of the question's terms (weighted by rarity) the unit's own words hold."""
    return _coverage(q, c.tokens, c)


@feature
def local_terms(q: Question, c: Candidate, pool: Pool) -> float:
    """Share of the question's words the unit holds, each weighted by how rare it is among the
    candidates: the words that tell the retrieved units apart (what is asked), not the topic they
    all share."""
    foreign = q.foreign_to(c.meta.language)
    weights = {t: math.log(1 + pool.size / (1 + pool.frequency.get(t, 0))) for t in q.terms if t not in foreign}
    total = sum(weights.values()) or 1.0
    return sum(w for t, w in weights.items() if t in c.tokens) / total


@feature
def terms_around(q: Question, c: Candidate, pool: Pool) -> float:
    """Share of the question's terms its lead-in, section, title and publisher hold but the unit does not."""
    return _coverage(q, c.context | c.about, c) - _coverage(q, c.tokens & (c.context | c.about), c)


@feature
def stems(q: Question, c: Candidate, pool: Pool) -> float:
    """Share of the question's terms the unit holds only inside another word: a derivation
    ("förbättrades" / "förbättringen") or a compound, as its head or its first part ("avgift" /
    "patientavgiften", "koordinator" / "rehabkoordinatorer", "sjukskrivning" / "sjukskrivningsmiljarden")."""
    total = 0.0
    foreign = q.foreign_to(c.meta.language)
    for term, weight in q.terms.items():
        if term in c.tokens or len(term) < 4 or term.isdigit() or term in foreign:
            continue
        if _inside(term, c.tokens):
            total += weight
    return total / q.total_for(c.meta.language)


def _inside(term: str, words: frozenset[str]) -> bool:
    """Whether one of the words holds the term inside it (a derivation, a compound's head or first
    part), or is itself the first part of the term."""
    return any(len(t) > len(term) and (t.startswith(term) or t.endswith(term)) or
               (len(t) >= 5 and term.startswith(t)) for t in words)


_HOW_MANY_RE = re.compile(r"\b(?:hur många|how many|antal(?:et)?|number of)\s+(?:\w+\s+){0,1}?([^\W\d_]{3,})", re.I)
_NUMBER_BEFORE = r"(?:\d[\d\s\u00a0]*(?:,\d+)?|\w+)"


def _said(term: str, c: Candidate) -> bool:
    """Whether the unit, its lead-in, section heading or its document's title and publisher speak of
    the term: as a word, or (in the unit or its lead-in) inside a longer one, as for the feature stems."""
    if term in c.tokens or term in c.context or term in c.about or term in c.heading_words:
        return True
    return len(term) >= 4 and _inside(term, c.tokens | c.context)


@feature
def missing(q: Question, c: Candidate, pool: Pool) -> float:
    """The rarity of the rarest word of a Swedish question that neither the unit nor what stands
    around it speaks of (its IDF / 5): an unanswerable question often shares all its words with a
    passage but one, the detail it asks for ("väntetid", "anbud", "män"). 0 for an English
    question: its words are not the documents' words, so their absence says nothing. Of a question
    that asks two things, a unit need speak of one part's words only (the other part's unit is
    quoted beside it)."""
    if q.query.language == "en":
        return 0.0
    absent = {t: q.terms[t] for t in q.own if not t.isdigit() and len(t) > 2 and not _said(t, c)}
    if q.parts is not None:
        return min(max((absent[t] for t in _words_of(part) if t in absent), default=0.0) for part in q.parts) / 5
    return max(absent.values(), default=0.0) / 5


@lru_cache(maxsize=256)
def _words_of(text: str) -> frozenset[str]:
    """A question part's analysed words (once per question, not once per candidate)."""
    return frozenset(analyze(text))


@feature
def counted(q: Question, c: Candidate, pool: Pool) -> float:
    """For "hur många X" / "how many X": 1 when the unit writes a number right before X (or X's
    Swedish word: "8 412 patienter"), 0 otherwise."""
    m = _HOW_MANY_RE.search(q.query.text)
    if not m or q.kind != "count":
        return 0.0
    wanted = set(analyze(m.group(1))) | {t for t in q.terms if q.terms[t] > 0 and t in analyze(" ".join(
        q.query.expansion))}
    words = re.findall(r"\d[\d\s\u00a0]*(?:,\d+)?\s+([^\W\d_]+)", c.text)
    return 1.0 if any(set(analyze(w)) & wanted for w in words) else 0.0


@feature
def section_terms(q: Question, c: Candidate, pool: Pool) -> float:
    """Share of the question's terms its section's heading holds (an FAQ's question, a chapter)."""
    return _coverage(q, c.heading_words, c)


@feature
def pairs(q: Question, c: Candidate, pool: Pool) -> float:
    """Share of the question's adjacent term pairs the unit holds side by side ("sista dag",
    "självskattad hälsa"): phrases, not just words."""
    asked = [t for t in analyze(q.query.text) if t in q.terms]
    wanted = {(a, b) for a, b in zip(asked, asked[1:], strict=False) if a != b}
    if not wanted:
        return 0.0
    have = set(zip(c.words, c.words[1:], strict=False))
    return len(wanted & have) / len(wanted)


@feature
def density(q: Question, c: Candidate, pool: Pool) -> float:
    """The question's terms the unit holds, per square root of its length: a short unit that says
    just what is asked beats a long one that mentions everything."""
    matched = sum(w for t, w in q.terms.items() if t in c.tokens) / q.total_for(c.meta.language)
    return matched / math.sqrt(max(len(c.words), 1)) * 3


@feature
def fact_near(q: Question, c: Candidate, pool: Pool) -> float:
    """For a question asking a kind of fact: 1 when the unit holds that fact within a few words of
    one of the question's rarest terms or named things ("… 45 000 kronor per behandlingsserie
    MMR2" for the MMR2 rate), 0 otherwise."""
    if not q.asks_fact or not holds_fact(q, c):
        return 0.0
    focus = set(q.rare) | {a.head.casefold() for a in q.entities}
    words = c.text.split()
    marks = [i for i, w in enumerate(words) if set(analyze(w)) & focus or w.casefold().strip(",.:;()") in focus]
    facts = [i for i, w in enumerate(words) if re.search(r"\d", w)]
    return 1.0 if any(abs(m - f) <= 6 for m in marks for f in facts) else 0.0


@lru_cache(maxsize=1)
def _modality_cues() -> dict[str, re.Pattern[str]]:
    cues = question_types()["modality"]
    return {name: re.compile(r"(?<![\wåäö])(?:" + "|".join(re.escape(p) for p in sorted(words, key=len, reverse=True))
                             + r")(?![\wåäö])", re.I) for name, words in cues.items()}


# the two kinds of a sum of money (what could be paid, what was) and of a count (what was planned, what was done)
_MODALITIES = {"amount": ("possible", "actual"), "count": ("planned", "done")}


def _asked_modality(question: str, kinds: tuple[str, str] = _MODALITIES["amount"]) -> str:
    cues = _modality_cues()
    asks = [kind for kind in kinds if cues[f"{kind}_question"].search(question)]
    if len(asks) == 2 and kinds == _MODALITIES["count"]:
        return ""  # "Hur många av de planerade behandlingarna genomfördes?": both named, neither asked
    return asks[0] if asks else ""  # a sum's possible cues first: "Hur mycket kunde regionen högst få?"


@feature
def modality(q: Question, c: Candidate, pool: Pool) -> float:
    """For a question about a sum of money: +1 when the unit states the kind of sum asked, what
    was paid ("fick", "betalades ut") or what could be ("kan få högst", "beräknas"), -1 when it
    states only the other kind; for a count, likewise what was done ("genomfördes") or planned
    ("planerade volymer", "Målet för 2011 är …"); 0 when either says neither."""
    kinds = _MODALITIES.get(q.kind)
    if kinds is None:
        return 0.0
    asked = _asked_modality(q.query.text, kinds)
    cues = _modality_cues()
    said = {kind for kind in kinds if cues[f"{kind}_text"].search(c.text)}
    if not asked or len(said) != 1:
        return 0.0
    return 1.0 if asked in said else -1.0


@feature
def rare(q: Question, c: Candidate, pool: Pool) -> float:
    """Share of the question's two rarest terms the unit or its lead-in and section hold."""
    if not q.rare:
        return 0.0
    return sum(t in c.tokens or t in c.context for t in q.rare) / len(q.rare)


@feature
def fact(q: Question, c: Candidate, pool: Pool) -> float:
    """+1 when the unit holds the kind of fact asked (an amount, a date, a share …), -1 when it
    does not; 0 when the question asks for no particular kind."""
    if not q.asks_fact:
        return 0.0
    if c.unit.kind == "row" and not set(analyze(row_cells(c.text)[0])) & set(q.terms):
        return -1.0  # a table row answers only about the thing it is labelled with
    return 1.0 if holds_fact(q, c) else -1.0


def _asked_in(q: Question, text: str) -> bool:
    """Whether a table's cell or column name names something the question asks about: one of its
    terms (a year among them), or one of the things it names."""
    words = analyze(text)
    return bool(set(words) & set(q.terms)) or any(a.named_in(list(words)) for a in q.entities)


@feature
def cell(q: Question, c: Candidate, pool: Pool) -> float:
    """1 for a table row whose label names what the question asks about ("2015", "MMR1", "Män")
    and whose header names, over a figure of the row, a column it asks about ("MMR1", "Antal
    patienter", "2015"): the cell the question points to. 0 for any other unit."""
    if c.unit.kind != "row":
        return 0.0
    cells = row_cells(c.text)
    header = list(c.unit.header) if c.unit.header else next(
        (row_cells(line)[1:] for line in reversed(c.unit.context.split("\n")) if line.strip().startswith("|")), [])
    if len(cells) < 2 or len(header) != len(cells) - 1 or not _asked_in(q, cells[0]):
        return 0.0
    return 1.0 if any(re.search(r"\d", v) and _asked_in(q, n) for n, v in zip(header, cells[1:], strict=True)) else 0.0


# a question asking how much something changed may be answered by a share ("ökade med 12 procent")
_CHANGE_RE = re.compile(r"\b(?:ök\w*|minsk\w*|förändr\w*|steg|stigit|sjönk|sjunkit|increase\w*|decrease\w*|rise|rose|"
                        r"risen|fell|fall|fallen|drop\w*|grow\w*|grew|change\w*)\b", re.I)


def holds_fact(q: Question, c: Candidate) -> bool:
    """Whether the unit holds the kind of fact asked: for "how much" a sum of money (or "free of
    charge"), a share only when the question asks how much something changed; for "what share"
    a percentage, figures the share can be computed from, or a sum of money (a share of a sum)."""
    if q.kind == "amount" and not _CHANGE_RE.search(q.query.text):
        return has_fact("money", c.fact_text)
    if has_fact(q.kind, c.fact_text):
        return True
    if q.kind != "percent" or operation(q.query.text) != "share":
        return False
    # a share the unit's figures give ("Kvinnor 270, Män 90, Totalt 360" for the share of men), or
    # for a share of money, a sum of money: its part or its whole (the other may be cited beside it)
    money = names_money(q.query.text) and has_fact("money", c.fact_text)  # a share of a sum of money
    return money or compute("share", [cells_asked(q, c)], q.query.text, q.query.years) is not None


DEADLINE_KINDS = ("date", "when")  # a date or deadline about a year may fall in the next


def _year_levels(q: Question, c: Candidate) -> tuple[float, float]:
    """(match, conflict) for the years asked: the nearest level that names years decides, and its
    strength is 1 for the unit's own words (or lead-in, table header), 0.7 its paragraph, 0.5 its
    section or document (the years each speaks of: ingest.dates.year_roles).
    For a date or deadline, a date of the next year in the unit's own words is no conflict: what is
    due about a year falls due after it."""
    query = q.query
    if not query.years or q.kind == "year":
        return 0.0, 0.0
    wanted = set(query.years)
    unit = c.unit
    blocks = c.hit.text.split("\n\n")
    paragraph = blocks[unit.block] if unit.block < len(blocks) and unit.kind == "sentence" else ""
    if "\n" in paragraph:
        paragraph = ""
    own, soft = years_in(unit.text), 0.0
    if own and not wanted & set(own) and q.kind not in DEADLINE_KINDS:
        own, passed = _years_spoken(unit.text, wanted, own=True)
        soft = FIGURE_OF_ANOTHER_YEAR if passed and not own else 0.0
    levels = [
        (own or years_in(f"{unit.context} {' '.join(unit.header)}"), 1.0),
        (_years_spoken(paragraph, wanted)[0], 0.7),
        (tuple(set(years_in(c.hit.section)) | set(c.meta.years)), 0.5),
    ]
    bounds = query.year_bounds if wanted <= {y for y, _ in query.year_bounds} else ()
    for found, strength in levels:
        if found:
            matched = wanted & set(found)
            if (matched and strength == 1.0 and len(set(found)) > 1 and q.asks_fact
                    and _figures_of(unit.text, wanted) == "other"):
                return 0.0, FIGURE_OF_ANOTHER_YEAR  # "under 2012 … 17,5 miljoner …, lika stort som 2011"
            if matched:
                return (strength * len(matched) / len(set(found)) if strength == 1.0 else strength), 0.0
            if any((f - y) * side > 0 for y, side in bounds for f in found):
                return 0.3, 0.0  # "efter 2016": a later year answers too
            if (q.kind in DEADLINE_KINDS and strength == 1.0 and all(f == max(wanted) + 1 for f in found)
                    and dates_in(unit.text)):
                return 0.3, 0.0  # the report on 2019 is due "senast den 31 mars 2020"
            return 0.0, strength
    return 0.0, soft


FIGURE_OF_ANOTHER_YEAR = 0.4  # below the year gate: a ranking penalty, not a refusal
# a figure of the main clause set off before a comparison: "34 dagar för riket, jämfört med …",
# "16 000 kronor (2013: …)"; not "Det är 25 fler än 2011" or "Sedan 2010 har 236 läkare …"
_FIGURE_SET_OFF_RE = re.compile(r"[^\d]*\d[^.;!?]*?(?:,\s|\()")


def _years_spoken(text: str, wanted: set[int], own: bool = False) -> tuple[tuple[int, ...], bool]:
    """The years a text speaks of for a question about the years `wanted` (ingest.dates.year_roles),
    and whether a day or a limit next to the asked year was passed over. Passed over: a document's
    number ("lagen (2019:1297)"); a day of the year before or after ("befolkningen den 1 november
    2018" for 2019); a limit of the year after ("förs över till 2023", "senast den 31 januari 2023"
    for 2022); a year only compared with, in the unit's own words only after its own figure is set
    off ("34 dagar för riket, jämfört med 41 dagar år 2012"; not "Det är 25 fler än 2011")."""
    spoken, passed = [], False
    for at, year, role in year_roles(text):
        if role == "reference":
            continue
        if (role == "date" and (year - 1 in wanted or year + 1 in wanted)) or (role == "limit" and year - 1 in wanted):
            passed = True
        elif role in ("compared", "aside") and (not own or _FIGURE_SET_OFF_RE.match(text[:at])):
            continue
        else:
            spoken.append(year)
    return tuple(dict.fromkeys(spoken)), passed


def _figures_of(text: str, wanted: set[int]) -> str:
    """Whose figures a unit that names several years gives: "asked" when a figure (an amount, a
    count, a share; not a year) stands nearest to an asked year, "other" when every figure stands
    nearest to another year ("Landstinget beräknas under 2012 få 17,5 miljoner …, lika stort som
    2011"), "" when it gives no figure."""
    years = year_positions(text)
    figures = [f.start for f in quantities_in(text) if not f.is_year]
    if not years or not figures:
        return ""
    nearest = {y for at in figures for y in nearest_years(years, at)}
    return "asked" if nearest & wanted else "other"


@feature
def year(q: Question, c: Candidate, pool: Pool) -> float:
    """How directly the unit speaks of the years asked: 1 its own words (or lead-in, table header),
    0.7 its paragraph, 0.5 its section or document; 0 when the question names no year."""
    return _year_levels(q, c)[0]


@feature
def other_year(q: Question, c: Candidate, pool: Pool) -> float:
    """How directly the unit speaks of other years only (1 its own words … 0.5 its document):
    another year's figure is the worst wrong answer."""
    return _year_levels(q, c)[1]


@feature
def doc_year(q: Question, c: Candidate, pool: Pool) -> float:
    """+1 when the question's year dates the unit's document or is one it is about, -1 when the
    document is about other years only; 0 when either names none."""
    wanted = set(q.query.doc_years or q.query.years)
    about = c.meta.years_about
    if not wanted or not about or q.kind == "year":
        return 0.0
    return 1.0 if wanted & about else -1.0


def _named(q: Question, words: tuple[str, ...]) -> tuple[int, int]:
    """(named, asked): how many of the question's specific things and proper names `words` name
    (a multi-word name in order: "multimodal rehabilitering"; an organisation by any of its names)."""
    bag = frozenset(words)
    named = sum(a.named_in(list(words)) for a in q.entities)
    named += sum(any(all(t in bag or _near(t, bag) for t in alt) for alt in thing) for thing in q.names)
    return named, len(q.entities) + len(q.names)


def _near(token: str, bag: frozenset[str]) -> bool:
    """A name written a little differently ("Örebro läns" / "Örebro"): among the words that begin
    as it does, one near enough (assistant.vocabulary.near_vocabulary)."""
    if len(token) < 4:
        return False
    return near_vocabulary(token, frozenset(w for w in bag if w[:2] == token[:2]))


@feature
def entities_missing(q: Question, c: Candidate, pool: Pool) -> float:
    """Minus the share of the things the question names (MMR1, a region, an agency, a person)
    that neither the unit nor its section, lead-in, title or publisher names."""
    named, asked = _named(q, (*c.words, "\n", *c.surroundings))
    return -(asked - named) / asked if asked else 0.0


@feature
def entities_here(q: Question, c: Candidate, pool: Pool) -> float:
    """Share of the things the question names that the unit itself names."""
    named, asked = _named(q, c.words)
    return named / asked if asked else 0.0


def regions_named(text: str) -> frozenset[str]:
    """The regions and county councils a text names, by their keys ("Region Uppsala")."""
    return frozenset(n.key for n in organisations_in(text) if n.key.startswith("Region "))


@feature
def other_named(q: Question, c: Candidate, pool: Pool) -> float:
    """1 when the unit's own words name another thing of the kind the question asks about, and not
    the one asked: another region (under any of its names), another treatment of the set KBT, IPT,
    MMR1, MMR2, the other sex. "15 000 kronor per MMR1-serie" is no answer about MMR2."""
    asked_regions = regions_named(q.query.text)
    if asked_regions:
        named = regions_named(c.text)
        if named and not named & asked_regions:
            return 1.0
    asked = {a.head for a in q.entities}
    if not asked:
        return 0.0
    here = {a.head for a in anchor_groups(c.text)}
    for members in sibling_sets():
        wanted = asked & members
        if wanted and here & members and not here & wanted:
            return 1.0
    return 0.0


# a line of a document's own particulars: when it was published or updated, its registration
# number, a page header ("Region X Dnr 18RS2291 Sida 2"), where it comes from ("Källa: https://…")
_PARTICULARS_RE = re.compile(
    r"^\W*(?:källa|källor|source|sources|läs mer|read more)\b\s*:|^\W*https?://\S+\W*$|"
    r"\b(?:publicerad|publicerat|uppdaterad|senast ändrad|datum|dnr|diarienummer|diarienr|sammanträdesdatum|"
    r"beslutsdatum|published|updated|date)\b:?\s*(?:[A-ZÅÄÖ]+\s)?\S*\d|\bsida \d+(?: av \d+)?\s*$", re.I)
_PARTICULARS_KINDS = frozenset({"date", "when", "year", "reference", "elapsed"})


@feature
def particulars(q: Question, c: Candidate, pool: Pool) -> float:
    """1 for a short line that states a document's own particulars (a publishing date, a
    registration number, a page header, its source address) when the question asks for no date, year or reference:
    such a line names the question's words (its region, its year) and says nothing about them."""
    if q.kind in _PARTICULARS_KINDS or q.source or len(c.text) > 90:
        return 0.0
    return 1.0 if _PARTICULARS_RE.search(c.text.strip()) else 0.0


@feature
def section_other(q: Question, c: Candidate, pool: Pool) -> float:
    """1 when the unit's section heading names a specific thing (a treatment, a grant, a region)
    the question does not, and none that it does ("Ersättning för MMR2" for a question about KBT):
    the section is about something else."""
    heading = list(analyze(c.hit.section))
    named = {a.head for a in anchor_groups(c.hit.section)} - qualifier_heads()
    asked = {a.head for a in q.entities}
    if not named or named & asked or any(a.named_in(heading) for a in q.entities):
        return 0.0
    return 1.0


@feature
def passage(q: Question, c: Candidate, pool: Pool) -> float:
    """The retrieval score of the unit's passage, relative to the best passage."""
    return c.hit.score / pool.top_score


@feature
def first_passage(q: Question, c: Candidate, pool: Pool) -> float:
    """1 for a unit of the best-retrieved passage."""
    return 1.0 if c.rank == 0 else 0.0


_DEFINING_RE = re.compile(
    r"\b(?:är|innebär|avser|avses|betyder|omfattar|definieras|kallas|handlar om|menas|syftar till|är en|är ett|"
    r"is|are|means|refers to|is defined as)\b"
    r"|^\W*[^\W\d_][\w\s-]{1,60}:\s",  # a glossary line: "Sjukskrivningsprocessen: de åtgärder som …"
    re.I)


_SUBJECT_WORDS = 6  # a definition names its subject first: "Med ej rapporterad behandling avses …"


@feature
def definition(q: Question, c: Candidate, pool: Pool) -> float:
    """For "Vad är X?": +1 when the unit opens by defining something the question names (within
    its first words, before the defining verb: "Väntetid avser …", "Ordet multimodal betyder …",
    "En rehabkoordinator är …", "Sjukfall: …"), 0.5 when it defines something the question names
    further in, 0.3 when it defines something else, -0.5 otherwise."""
    if q.kind != "definition":
        return 0.0
    head = c.text.lstrip("•·*-– ")[:160]
    verb = _DEFINING_RE.search(head)
    if verb is None:
        return -0.5
    # what the question asks to have defined; in English (or when that is not found) also its rarest terms
    asked = q.defined | set(q.rare) if q.query.language == "en" or not q.defined else q.defined
    opening = analyze(head[:verb.start()] if verb.start() else head[:verb.end()])
    if len(opening) <= _SUBJECT_WORDS and asked & set(opening):
        return 1.0
    return 0.5 if set(q.rare) & c.tokens else 0.3


@feature
def spelt_out(q: Question, c: Candidate, pool: Pool) -> float:
    """For "Vad står NRS för?" / "What does RK mean?": 1 when the unit spells the abbreviation out
    ("Nationella registret över smärtrehabilitering (NRS)", "RK – rehabkoordinator"), else 0."""
    return 1.0 if q.abbreviation and spells_out(q.abbreviation, c.text) else 0.0


@feature
def person(q: Question, c: Candidate, pool: Pool) -> float:
    """For "Vem …?": +1 when the unit names a person with a role ("Anna Lind, regiondirektör"),
    the role the question asks for when it names one ("Vem var ordförande …?", "Who chaired …?"
    through its Swedish words; a role on the line before or after the name counts); 0.75 a person
    with another role when a contact person is asked; 0.5 a person, a role or an organisation
    ("SKL sammanställer resultaten"), -1 none of these."""
    if q.kind != "person":
        return 0.0
    has_name = names_a_person(c.text)
    # a label or title on a line of its own beside the name ("Kontaktperson" / "Lars Berg")
    text = " ".join(_lines_beside(c)) if has_name else c.text
    has_role = names_a_role(text)
    if has_name and has_role:
        question = " ".join([q.query.text, *q.query.expansion])
        named = roles_named(question)
        if named & roles_named(text):  # the role asked ("ordförande"; "kontaktperson" too)
            return 1.0
        if roles_asked(question):
            return 0.5  # another role than the one asked
        return 0.75 if named else 1.0  # a contact person asked: anyone the text gives, one labelled so first
    return 0.5 if has_name or has_role or organisations_in(c.text) else -1.0


def _lines_beside(c: Candidate) -> tuple[str, str, str]:
    """A unit with the lines just before and after it in its passage: a name's label or title
    laid out on a line of its own, as a PDF's signature or contact block is."""
    text, at = c.hit.text, c.unit.start - c.hit.start
    if not 0 <= at <= len(text):
        return ("", c.text, "")
    before = [line for line in text[:at].split("\n") if line.strip()]
    after = [line for line in text[at + len(c.text):].split("\n") if line.strip()]
    # a line that names a person of its own is that person's ("Kjell Ek, ordförande" / "Eva Lund")
    near = [line if line and not names_a_person(line) else "" for line in (before[-1:] or [""]) + (after[:1] or [""])]
    return (near[0], c.text, near[1])


# "the first / the second / the last …" of a list; not a deadline ("sista dag för registrering",
# "the last date to report"), which is the date of whichever period is asked; "andra" only before
# a definite noun ("andra rapporten", "andra perioden"): "andra regioner" are other regions. No
# later places: a list whose rows name their own numbers ("Kvartal 4") is better read by its words
_ORDINAL_RE = re.compile(
    r"\b(?P<n>första|först|tidigaste|first|earliest|second)\b|"
    r"\b(?P<nth>andra)\s+(?=\w+(?:en|et|n)\b)|"
    r"\b(?P<last>sista|senaste|last|final|latest)\b"
    r"(?!\s+(?:\w*(?:dag|dagen|datum|datumet)|day|date|reporting date|deadline)\b)", re.I)
_PLACES = {"första": 0, "först": 0, "tidigaste": 0, "first": 0, "earliest": 0, "andra": 1, "second": 1}


@feature
def ordinal(q: Question, c: Candidate, pool: Pool) -> float:
    """For "the first / the second / the last …": 1 for that item or row of its list, -1 for the
    others; 0 for other questions and units."""
    m = _ORDINAL_RE.search(q.query.original)
    place, total = c.position
    if not m or c.unit.kind not in ("item", "row") or total < 2:
        return 0.0
    wanted = total - 1 if m.group("last") else _PLACES[(m.group("n") or m.group("nth")).casefold()]
    if wanted >= total:
        return 0.0
    return 1.0 if place == wanted else -1.0


@feature
def structured_terms(q: Question, c: Candidate, pool: Pool) -> float:
    """For a list item or table row: share of the question's terms it and its lead-in or header
    hold together (an item means what its list's title says)."""
    if c.unit.kind not in ("item", "row"):
        return 0.0
    return _coverage(q, c.tokens | c.context, c)


@feature
def list_title(q: Question, c: Candidate, pool: Pool) -> float:
    """1 for an item of a list titled with what a "Vilka X?" question asks for."""
    if not q.asked_for or c.unit.kind != "item":
        return 0.0
    return 1.0 if q.asked_for <= set(analyze(" ".join(c.title.split()[:2]))) else 0.0


@feature
def short(q: Question, c: Candidate, pool: Pool) -> float:
    """1 for a unit of fewer than five words (a fragment rarely answers)."""
    return 1.0 if len(c.text.split()) < 5 else 0.0


def values(q: Question, c: Candidate, pool: Pool) -> dict[str, float]:
    return {name: float(fn(q, c, pool)) for name, fn in FEATURES.items()}


# -- the decision: answer from the best unit, or refuse ------------------------------------------
# Features of a question and its ranked candidates (each a dict of the unit features above plus
# "logit", the ranking model's score), best first. The decision model weighs them into the
# probability that the best unit really answers; below the threshold the answer is a refusal.

Decision = Callable[[Question, list[dict[str, float]]], float]
DECISION_FEATURES: dict[str, Decision] = {}


def decision(fn: Decision) -> Decision:
    DECISION_FEATURES[fn.__name__] = fn
    return fn


@decision
def best_logit(q: Question, ranked: list[dict[str, float]]) -> float:
    """The ranking score of the best unit."""
    return ranked[0]["logit"] if ranked else -10.0


@decision
def margin(q: Question, ranked: list[dict[str, float]]) -> float:
    """How far the best unit's score stands above the second's (a clear winner is likelier right)."""
    return min(ranked[0]["logit"] - ranked[1]["logit"], 5.0) if len(ranked) > 1 else 5.0


@decision
def best_share(q: Question, ranked: list[dict[str, float]]) -> float:
    """The best unit's share of the ranking's probability over the top units (a softmax of their
    scores): near 1 when no other unit comes close, 1/n when n units score alike."""
    top = [r["logit"] for r in ranked[:5]]
    if not top:
        return 0.0
    return math.exp(top[0] - max(top)) / sum(math.exp(z - max(top)) for z in top)


@decision
def best_terms(q: Question, ranked: list[dict[str, float]]) -> float:
    """The best unit's share of the question's terms."""
    return ranked[0]["terms"] + ranked[0]["terms_around"] if ranked else 0.0


@decision
def best_rare(q: Question, ranked: list[dict[str, float]]) -> float:
    """Whether the best unit holds the question's rarest terms."""
    return ranked[0]["rare"] if ranked else 0.0


@decision
def best_fact(q: Question, ranked: list[dict[str, float]]) -> float:
    """Whether the best unit holds the kind of fact asked (-1, 0, +1)."""
    return ranked[0]["fact"] if ranked else 0.0


@decision
def best_counted(q: Question, ranked: list[dict[str, float]]) -> float:
    """For "hur många X": +1 when the best unit counts X ("8 412 patienter"), -1 when it counts
    something else or nothing; 0 for any other question."""
    if q.kind != "count" or not _HOW_MANY_RE.search(q.query.text) or not ranked:
        return 0.0
    return 1.0 if ranked[0]["counted"] > 0 else -1.0


@decision
def best_modality(q: Question, ranked: list[dict[str, float]]) -> float:
    """Whether the best unit states the kind of sum asked: paid, or possible (-1, 0, +1)."""
    return ranked[0]["modality"] if ranked else 0.0


@decision
def best_fact_near(q: Question, ranked: list[dict[str, float]]) -> float:
    """Whether the best unit holds the kind of fact asked beside one of the question's rarest terms."""
    return ranked[0]["fact_near"] if ranked else 0.0


@decision
def best_missing(q: Question, ranked: list[dict[str, float]]) -> float:
    """The rarest word of the question the best unit and its surroundings leave unsaid (feature missing)."""
    return ranked[0]["missing"] if ranked else 0.0


@decision
def best_spelt_out(q: Question, ranked: list[dict[str, float]]) -> float:
    """Whether the best unit spells out the abbreviation the question asks about (feature spelt_out)."""
    return ranked[0]["spelt_out"] if ranked else 0.0


@decision
def best_other_named(q: Question, ranked: list[dict[str, float]]) -> float:
    """Whether the best unit names another region, treatment or sex than the one asked (feature other_named)."""
    return ranked[0]["other_named"] if ranked else 0.0


@decision
def best_year(q: Question, ranked: list[dict[str, float]]) -> float:
    """Whether the best unit speaks of the asked years (minus: of other years only)."""
    return ranked[0]["year"] - ranked[0]["other_year"] if ranked else 0.0


@decision
def best_entities_missing(q: Question, ranked: list[dict[str, float]]) -> float:
    """What the best unit's surroundings leave unnamed of what the question names."""
    return ranked[0]["entities_missing"] if ranked else 0.0


@decision
def question_unknown(q: Question, ranked: list[dict[str, float]]) -> float:
    """Share of the question's content words no document uses."""
    return q.unknown


@decision
def question_english(q: Question, ranked: list[dict[str, float]]) -> float:
    """1 for an English question."""
    return 1.0 if q.query.language == "en" else 0.0


@decision
def question_asks_fact(q: Question, ranked: list[dict[str, float]]) -> float:
    """1 when the question asks for a particular kind of fact (an amount, a date …)."""
    return 1.0 if q.asks_fact else 0.0


@decision
def question_definition(q: Question, ranked: list[dict[str, float]]) -> float:
    """1 when the question asks what something is ("Vad är MMR?")."""
    return 1.0 if q.kind == "definition" else 0.0


@decision
def question_person(q: Question, ranked: list[dict[str, float]]) -> float:
    """1 when the question asks for a person ("Vem undertecknade …?")."""
    return 1.0 if q.kind == "person" else 0.0


@decision
def question_two(q: Question, ranked: list[dict[str, float]]) -> float:
    """1 when the question asks two things or a computation: one unit rarely states it all, so the
    best unit's features say less about whether the answer is right."""
    return 1.0 if q.parts is not None or operation(q.query.text) is not None else 0.0


@decision
def any_year(q: Question, ranked: list[dict[str, float]]) -> float:
    """Whether any of the best five units speaks of the asked year (a question about a year no
    passage speaks of is about something the documents do not hold); 0 without a year."""
    if not q.query.years or q.kind == "year":
        return 0.0
    return max((r["year"] for r in ranked[:5]), default=0.0) - 0.5


@decision
def any_named(q: Question, ranked: list[dict[str, float]]) -> float:
    """The least that any of the best five units leaves unnamed of what the question names (0 when
    one names it all, -1 when none names any of it)."""
    return max((r["entities_missing"] for r in ranked[:5]), default=0.0)


@decision
def fact_share(q: Question, ranked: list[dict[str, float]]) -> float:
    """Share of the best five units that hold the kind of fact asked (0 when none is asked)."""
    if not q.asks_fact or not ranked:
        return 0.0
    return sum(r["fact"] > 0 for r in ranked[:5]) / min(5, len(ranked))


def decision_values(q: Question, ranked: list[dict[str, float]]) -> dict[str, float]:
    return {name: float(fn(q, ranked)) for name, fn in DECISION_FEATURES.items()}
