"""A table row's cells as figures are read and quoted from it: each figure beside its column's
name ("MMR1: Kvinnor 167, Män 53, Andel kvinnor 76 %"), only the columns a question can be asking
(the asked year's, the asked group's), a year-headed row's asked years. Ranking (features.py),
arithmetic and composition read a row the same way."""

from __future__ import annotations

import re

from assistant.answering.arithmetic import TOTAL_RE, operation
from assistant.answering.candidates import Candidate
from assistant.answering.question import Question, typed_words
from assistant.expansion import anchor_groups, qualifier_heads
from assistant.facts import MONEY_UNITS, TIME_UNITS, has_fact, unit_named
from ingest.analysis import analyze
from ingest.dates import years_in
from ingest.units import row_cells


def cells_asked(q: Question, c: Candidate) -> str:
    """The text a unit's figures are read from: a year-headed table row gives only the asked
    years' cells; another row its cells labelled by its header ("Totalt 2018 391, Totalt 2017 338")."""
    unit = c.unit
    if unit.kind == "row" and unit.header:
        cells = dict(zip(unit.header, row_cells(unit.text)[1:], strict=False))
        picked = [f"{y}: {cells[str(y)]}" for y in q.query.years if str(y) in cells]
        return " ".join(picked) or unit.text
    if unit.kind == "row" and unit.text.startswith("|"):  # each figure beside its column's name and year
        return labelled_row(unit.context, unit.text, q)
    return unit.text


def labelled_row(context: str, text: str, q: Question | None = None) -> str:
    """"| MMR1 | 167 | 53 | 76 % |" under "| Behandling | Kvinnor | Män | Andel kvinnor |" reads
    "MMR1: Kvinnor 167, Män 53, Andel kvinnor 76 %". For a question, the columns it cannot be
    asking go: one that names only years it does not ask ("Utfall 2017" for 2018; when columns
    name the asked year and others, every column that does not name it), and, unless
    something is computed, one that names a group (women, men) other than those it names, or all of
    them ("Totalt")."""
    header = next((line for line in reversed(context.split("\n")) if line.strip().startswith("|")), "")
    cells = row_cells(text)
    names = row_cells(header) if header else []
    if len(names) != len(cells) or len(cells) < 2:
        return " ".join(c for c in cells if c)
    pairs = [(n, v) for n, v in zip(names[1:], cells[1:], strict=True) if v]
    if q is not None:
        pairs = _columns_asked(q, pairs)
    return f"{cells[0]}: " + ", ".join(f"{n} {v}".strip() for n, v in pairs)


def _columns_asked(q: Question, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    asked = set(q.query.years)
    computed = operation(q.query.text)
    column_years = [set(years_in(n)) for n, _ in pairs]
    named_years: set[int] = set().union(*column_years)
    groups = {a.head for a in anchor_groups(q.query.text, q.query.language == "en")} & qualifier_heads()
    # "| Kvinnor | Män | Totalt 2018 | Totalt 2017 |" asked for 2017: a column of no year is not
    # that year's either, unless it is the group the question asks about
    yearless_asked = not (asked & named_years and named_years - asked)
    kept = [(n, v) for (n, v), years in zip(pairs, column_years, strict=True)
            if not asked or (years & asked if years else yearless_asked or _group_columns(n) & groups)]
    if groups and computed is None:  # the group asked, not the other nor all together
        named = [(n, v) for n, v in kept if not _group_columns(n) - groups and not TOTAL_RE.match(n)]
        kept = named or kept
    elif _TOTAL_ASKED_RE.search(q.query.text) and computed is None:  # all together asked
        kept = [(n, v) for n, v in kept if TOTAL_RE.match(n)] or kept
    if computed in ("difference", "sum") and len(kept) > 2:
        kept = _two_columns_named(q, kept) or kept
    elif computed is None and q.parts is None and not _TOTAL_ASKED_RE.search(q.query.text) and len(kept) > 1:
        kept = _column_named(q, kept) or kept
    return kept or pairs


def _two_columns_named(q: Question, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"skillnaden mellan den statliga och den interna ersättningen": the two columns whose names
    the question uses, each by a word no other column's name has ("statlig", "intern"; not the
    "ersättning" they share, nor a year). None when the question compares two rows (it names two things: MMR1, MMR2)
    or no two columns stand apart."""
    heads = {a.head for a in q.entities}
    if len({h for h in heads if not any(o != h and o.startswith(h) for o in heads)}) >= 2:
        return []  # "MMR2 än MMR1" (the general "MMR" of "MMR2" is no second thing)
    words = {t for t in q.own if not t.isdigit()}
    named = [set(analyze(n)) & words for n, _ in pairs]
    own = [w - set().union(*(o for j, o in enumerate(named) if j != i)) for i, w in enumerate(named)]
    hits = [i for i, w in enumerate(own) if w]  # columns the question names by a word no other column has
    return [pairs[i] for i in hits] if len(hits) == 2 else []


def _column_named(q: Question, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"Hur många avslutade MMR1 2015?" of "2015: MMR1 261, MMR2 77, Totalt 338", "statlig ersättning
    MMR2" of "Statlig ersättning (kr) 40 000, Intern ersättning till utförare (kr) 36 000": the one
    column the question names, by a thing it names (MMR1) or a word of its own (not a year) that no
    other column's name has. None when no column, or more than one, stands apart."""
    words = typed_words(q)
    tokens = [analyze(n) for n, _ in pairs]
    things = [sum(a.named_in(t) for a in q.entities) for t in tokens]
    named = [set(t) & words for t in tokens]
    hits = [i for i in range(len(pairs))
            if (things[i] and things[i] > max((things[j] for j in range(len(pairs)) if j != i), default=0))
            or named[i] - set().union(*(o for j, o in enumerate(named) if j != i))]
    if len(hits) != 1 or not _of_kind(q.kind, *pairs[hits[0]]):
        return []
    return [pairs[hits[0]]]


def _of_kind(kind: str, name: str, value: str) -> bool:
    """Whether a column holds the kind of figure asked: a sum of money ("Utbetalt (kr)"), a share
    ("Andel (%)"), a duration ("Väntetid (dagar)"), or a count (a bare number under a name that names
    no unit). Other kinds: never, so the whole row is quoted."""
    unit = unit_named(name)
    if kind == "amount":
        return unit in MONEY_UNITS or has_fact("amount", value)
    if kind == "percent":
        return unit == "%" or has_fact("percent", value)
    if kind == "duration":
        return unit in TIME_UNITS or has_fact("duration", value)
    if kind == "count":  # "Hur många timmar per patient …?" counts hours: a time column is one
        return (not unit or unit in TIME_UNITS) and not has_fact("amount", value) and not has_fact("percent", value)
    return False


# a question that asks for all together ("… totalt?", "in total"): a row's total column, not its groups'
_TOTAL_ASKED_RE = re.compile(r"\b(?:totalt|total|totala|sammanlagt|sammantaget|sammanräknat|allt som allt|inklusive|"
                             r"inräknat|in total|in all|altogether|overall|including|included)\b", re.I)


def _group_columns(name: str) -> set[str]:
    """The groups (women, men) a column's name names."""
    return {a.head for a in anchor_groups(name)} & qualifier_heads()
