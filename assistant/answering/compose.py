"""Writing the answer from the chosen units: who says it and for which year, the unit quoted
(only the clause asked for when a sentence holds several amounts), computed figures shown as a
calculation from the cited ones, and the refusal when nothing answers."""

from __future__ import annotations

import re

from assistant.answering.arithmetic import (
    amount_text,
    compared_at,
    compute,
    given_count,
    operation,
    per_item_rate,
    result_text,
    shown,
    states_the_change,
)
from assistant.answering.candidates import Candidate
from assistant.answering.cells import cells_asked, labelled_row
from assistant.answering.question import Question, typed_words
from assistant.data import answer_templates
from assistant.expansion import anchor_groups, place_heads, sibling_sets
from assistant.facts import has_fact
from assistant.unit_shapes import clauses
from ingest.analysis import analyze
from ingest.dates import is_year, relative_year_positions, written_date, year_roles, years_in
from ingest.documents import DocumentMeta
from ingest.numbers import STANDALONE_NUMBER_RE, amounts_in, quantities_in
from ingest.units import row_cells, signatories


def compose(q: Question, chosen: list[Candidate]) -> str:
    lang = q.query.language if q.query.language in answer_templates() else "sv"
    t = answer_templates()[lang]
    first = chosen[0]
    if first.unit.kind == "item" and len(chosen) > 2 and all(c.unit.block == first.unit.block for c in chosen):
        items = [c.text.lstrip("•·-* ").strip() for c in sorted(chosen, key=lambda c: c.unit.start)]
        lead = first.unit.context or ""
        body = f"{lead} {t['list_join'].join(items)}".strip() if lead else t["list_join"].join(items)
        return _attributed(body, _lead(first, t), t, "[1]")
    parts = []
    said = ""
    texts = [_unit_text(q, c) for c in chosen]
    for n, (c, text) in enumerate(zip(chosen, texts, strict=True), 1):
        lead = _lead(c, t)
        parts.append(_attributed(text, lead if lead != said else "", t, f"[{n}]"))
        said = lead  # the same source twice in a row is named once
    kind = operation(q.query.text)
    computed = (compute(kind, [cells_asked(q, c) for c in chosen], q.query.text, q.query.years)
                if kind and _computable(kind, q, chosen) else None)
    # the fact asked first (in an English answer): what was computed, or else the one figure the first quote states
    if computed is not None:
        fact = result_text(computed, lang) if lang != "sv" else ""
    else:
        fact = _fact_first(q, texts[0], lang)
    if fact:
        parts.insert(0, t["fact_first"].format(fact=fact))
    if computed is not None:
        parts.append(t["calculation"].format(calculation=shown(computed, lang)))
    elif q.kind == "amount":
        parts.extend(_total(q, first, lang))
    return " ".join(parts)


def _computable(kind: str, q: Question, chosen: list[Candidate]) -> bool:
    """Whether the operation asked may be computed from the chosen units. Not a difference where a
    unit states the change itself ("ökade med 116 till 1 412"); a difference between two years asked
    ("Vad får regionen 2019, och hur stor minskning är det mot 2018?") only from units that between
    them name both years (in their words, lead-in or table header; a unit of another document that
    names none, by its document's years; a sentence that compares its figure with the other year's,
    `_compared_years`): two figures of one year's table are no change between years."""
    if kind == "difference" and any(states_the_change(c.unit.text) for c in chosen):
        return False  # "en ökning med 380 personer": the change is stated, not to be computed
    if kind != "difference" or len(q.query.years) != 2:
        return True
    apart = len({c.doc_id for c in chosen}) > 1  # two documents: one that names no year speaks of its own
    named: set[int] = set()
    for c in chosen:
        own = set(years_in(f"{c.unit.text} {c.unit.context} {' '.join(c.unit.header)}"))
        own |= {y for _, y in relative_year_positions(c.unit.text)}  # "…, en ökning från 87 året innan"
        named |= own or (set(c.meta.years_about) if apart else set())
        named |= _compared_years(q, c)
    return set(q.query.years) <= named


def _compared_years(q: Question, c: Candidate) -> set[int]:
    """Both years asked, when the unit compares its figure with another year's that it dates and the
    other year asked is its document's ("Anslaget uppgår till 610 miljoner kronor, att jämföra med 580
    miljoner kronor för 2019" in a 2020 decision); not a figure compared with another place's
    or group's ("27 dagar 2014, jämfört med 19 dagar i riket"). Otherwise none."""
    at = compared_at(c.unit.text)
    if at is None:
        return set()
    asked = set(q.query.years)
    before, after = set(years_in(c.unit.text[:at])), set(years_in(c.unit.text[at:]))
    dated = asked & after
    return asked if len(dated) == 1 and not asked & before and asked - dated <= set(c.meta.years_about) else set()


def compose_quote(q: Question, c: Candidate, n: int) -> str:
    """One more unit quoted with its source and the citation marker [n] (after an answer from a
    document's metadata: "… daterat 23 september 2014. Enligt IFAU: ”Rapport 2014:17” [2]")."""
    t = answer_templates()[q.query.language if q.query.language in answer_templates() else "sv"]
    return _attributed(_unit_text(q, c), _lead(c, t), t, f"[{n}]")


def _fact_first(q: Question, text: str, lang: str) -> str:
    """For a question in another language than the sources', the figure asked for, in its words
    ("SEK 12,000"), before the Swedish quote that states it: only when the quoted text holds
    exactly one figure of the kind asked (an amount, a percentage)."""
    if lang == "sv" or q.kind not in ("amount", "percent"):
        return ""
    found = amounts_in(text) if q.kind == "amount" else [x for x in quantities_in(text) if x.unit == "%"]
    values = {(x.value, x.unit or "kr") for x in found}
    if len(values) != 1:
        return ""
    value, unit = values.pop()
    before = text[:found[0].start].casefold().split()[-2:]
    bound = next((_BOUNDS[w] for w in (" ".join(before), *before[-1:]) if w in _BOUNDS), "")
    fact = bound + amount_text(value, unit, lang)
    return fact[0].upper() + fact[1:]


# the Swedish words that bound or round a figure, as an English answer says them
_BOUNDS = {"maximalt": "up to ", "högst": "at most ", "upp till": "up to ", "som mest": "at most ",
           "minst": "at least ", "drygt": "just over ", "knappt": "just under ", "cirka": "about ",
           "ca": "about ", "ungefär": "about ", "omkring": "about ", "närmare": "nearly "}


def compose_source(q: Question, meta: DocumentMeta, author: str = "", cited: int = 1) -> str:
    """Who published or wrote a document and when, as its metadata and text say ("«Titel» är
    utgivet av Riksrevisionen och daterat 10 juni 2015 (2015-06-10). [1]")."""
    lang = q.query.language if q.query.language in answer_templates() else "sv"
    t = answer_templates()[lang]
    parts = []
    if author:
        parts.append(t["written_by"].format(person=author))
    if "publisher" in q.source:
        parts.append(t["published_by"].format(org=meta.organisation))
    if "date" in q.source:
        written = written_date(meta.date, lang)
        parts.append(t["dated"].format(date=f"{written} ({meta.date})" if written != meta.date else meta.date))
    marks = " ".join(f"[{n}]" for n in range(1, cited + 1))
    return t["source_answer"].format(title=meta.title or meta.doc_id, parts=t["and"].join(parts)) + " " + marks


def refusal(q: Question) -> str:
    lang = q.query.language if q.query.language in answer_templates() else "sv"
    t = answer_templates()[lang]
    about = ""
    if q.query.years:
        years = [str(y) for y in q.query.years]
        joined = years[0] if len(years) == 1 else t["and"].join([", ".join(years[:-1]), years[-1]])
        about = t["refusal_year"].format(years=joined)
    lacking = t["refusal_topic"].format(topic=q.unknown_topic) if q.unknown_topic else ""
    return t["refusal"].format(about_year=about, about_topic=lacking)


def _total(q: Question, c: Candidate, lang: str) -> list[str]:
    """"Om ett landsting genomför tio KBT-behandlingar …": the count the question gives times
    the rate the cited passage states per treatment, shown as the calculation."""
    count, rate = given_count(q.query.original), per_item_rate(c.text)
    if count is None or rate is None:
        return []
    t = answer_templates()[lang]
    return [t["total"].format(count=count, rate=amount_text(rate.value, "kr", lang),
                              total=amount_text(count * rate.value, "kr", lang))]


def _unit_text(q: Question, c: Candidate) -> str:
    unit = c.unit
    text = unit.text.lstrip("•·* ").strip()
    if unit.kind == "row" and unit.header:
        cells = row_cells(text)
        label, values = cells[0], cells[1:]
        pairs = list(zip(unit.header, values, strict=False))
        wanted = [p for p in pairs if int(p[0]) in set(q.query.years)] or pairs
        shown = ", ".join(f"{year}: {value}" for year, value in wanted)
        lead = max(unit.context.split("\n"), key=lambda line: len(line.split())) if unit.context else ""
        lead = lead.strip().rstrip(":")
        return f"{label} {shown} ({lead})" if lead else f"{label} {shown}"
    if unit.kind == "row" and text.startswith("|"):
        return labelled_row(unit.context, text, q)
    signed = signatories(text)
    if signed:  # "Karin Berg (Regiondirektör), Olof Lund (Ekonomichef)"
        return ", ".join(f"{name} ({title.lower()})" for name, title in signed)
    if unit.kind == "item" and unit.context and not years_in(text) and years_in(unit.context):
        return f"{unit.context.rstrip(':. ')}: {text}"
    if q.kind in _CLAUSE_KINDS and unit.kind in ("sentence", "item") and q.parts is None:
        text = _fact_clause(q, text)  # (a question asking two things may want both figures of the sentence)
    if len(text) > 400:
        text = text[:400].rsplit(" ", 1)[0] + " …"
    return text


# the kinds of fact one clause of a sentence states ("1 412 behandlingar …, jämfört med 1 296 under 2017")
_CLAUSE_KINDS = frozenset({"amount", "count", "percent", "duration", "date", "sessions", "age"})


# a question about a change or a comparison: the change, the figures before and after or of both
# sides, not one of them alone (features._CHANGE_RE, whether a share may answer, asks less)
_CHANGE_OR_COMPARISON_RE = re.compile(r"\b(?:ökade|ökat|ökning\w*|minskade|minskat|minskning\w*|förändr\w*|steg|sjönk|"
                        r"increased?|decreased?|rose|fell|changed?|jämför\w*|skillnad\w*|compar\w*|"
                        r"differen\w*|versus|vs)\b", re.I)


def _stated_years(clause: str) -> set[int]:
    """The years a clause states its figure for: not one it only compares with or counts from ("mer
    än 2015", "sedan 2017", "more than in 2017"; ingest.dates.year_roles)."""
    return {y for _, y, role in year_roles(clause) if role not in ("compared", "start")}


def _fact_clause(q: Question, text: str) -> str:
    """Of a sentence with several figures of the kind asked, the clause whose figure the question
    asks for ("… får ta del av 500 000 kronor vardera …", not the 15 million beside it; "1 412
    behandlingar under 2018", not the 1 296 of 2017 it is compared with), verbatim, with "…" where
    the sentence goes on. The whole sentence when no one clause stands out."""
    with_fact = [(a, b) for a, b in clauses(text) if has_fact(q.kind, text[a:b])]
    if (len(with_fact) < 2 or _CHANGE_OR_COMPARISON_RE.search(q.query.text)
            or operation(q.query.text) in ("difference", "sum")):
        return text  # (a question about a change asks for the clause that states it and the figures; a
        # difference or sum asked needs every operand the sentence gives: "How much smaller …"; a share
        # asked is most often stated: "What share …" wants its clause)
    asked = set(q.query.years)
    if len({y for a, b in with_fact for y in asked & _stated_years(text[a:b])}) >= 2:
        return text  # two years asked, each clause stating one ("målet är 96 under 2013 och 130 under 2014")
    if asked & set(years_in(text)) and not any(asked & _stated_years(text[a:b]) for a, b in with_fact):
        return text  # the year asked stands apart from every figure ("8 010 (2011), 9 090 (2012)", "mer än 2015")
    if not asked and len({frozenset(years_in(text[a:b])) for a, b in with_fact} - {frozenset()}) >= 2:
        return text  # no year asked, and the clauses speak of different years
    things = [a for a in q.entities if a.head not in place_heads()]
    analysed = {span: analyze(text[span[0]:span[1]]) for span in with_fact}  # in order: "MMR2" is two words
    for members in sibling_sets():  # "män och kvinnor", "MMR1 och MMR2" asked, each in a clause of its own
        siblings = [a for a in things if a.head in members]
        if len(siblings) >= 2 and sum(any(a.named_in(analysed[span]) for a in siblings) for span in with_fact) >= 2:
            return text
    words = {span: set(tokens) for span, tokens in analysed.items()}

    # a clause that names only years the question does not ask about comes last ("jämfört med 31
    # procent 2014"; a year the question asks may stand once for all clauses, as the subject does);
    # then the things a question names ("per MMR1-serie" against "per KBT/IPT"; not a place, which the
    # sentence's subject names once for all its clauses), then its terms
    def weight(span: tuple[int, int]) -> tuple[int, int, float]:
        named = set(years_in(text[span[0]:span[1]]))
        return (0 if asked and named and not named & asked else 1, sum(a.named_in(analysed[span]) for a in things),
                sum(w for t, w in q.terms.items() if t in words[span]))
    overlap = {span: weight(span) for span in with_fact}
    ranked = sorted(overlap.values(), reverse=True)
    if ranked[0] <= ranked[1]:
        return text
    best = max(overlap, key=lambda span: overlap[span])
    # another clause (not one about another year) names a word or a thing of the question this one
    # does not: both may be asked ("hur många kvinnor och män", "what share of men and of women"); the
    # words typed, a follow-up's own and not its history's
    # (of each clause, the words from its first figure on: those before it in the first clause are the
    # sentence's subject, said for every clause: "In 2015 the county councils were paid SEK 12,000 per
    # CBT, SEK 25,000 per MMR1 …")
    own = typed_words(q)
    for span in with_fact:
        said = set(analyze(text[_first_figure(text, *span):span[1]]))
        if span != best and overlap[span][0] and ((said - words[best]) & own or any(
                a.named_in(analysed[span]) and not a.named_in(analysed[best]) for a in things)):
            return text
    a, b = best
    clause = text[a:b].strip().rstrip(",;(").strip()
    if not _stands_alone(clause):
        return text
    lead = _subject(text[:_first_figure(text, 0, a)], clause) if a > 0 else ""
    return f"{lead + ' ' if lead else ''}{'… ' if a > 0 else ''}{clause}{' …' if b < len(text) else ''}"


def _first_figure(text: str, start: int, end: int) -> int:
    """Where the first figure (not a year) of text[start:end] stands; `start` when there is none."""
    found = STANDALONE_NUMBER_RE.finditer(text[start:end])
    return next((start + m.start() for m in found if not is_year(m.group())), start)


def _subject(lead: str, clause: str) -> str:
    """What a sentence's figures are of, when it says so before the first one: kept before a later
    clause quoted alone ("Antalet medarbetare … var … 596 år 2010", "In 2015 the county councils
    were paid … SEK 25,000 per MMR1 programme"), which would otherwise state a bare figure. Nothing
    when that lead is a single word, or names another year than the clause does ("Under 2010
    deltog 1 340 …, att jämföra med 880 under 2009")."""
    lead = _LEAD_END_RE.sub("", lead.strip().lstrip("•·-*– ").strip())
    if years_in(lead) and years_in(clause) and set(years_in(lead)) != set(years_in(clause)):
        return ""
    # a lead that ends in a preposition ("Kostnaden sänktes med …": not a reduction of the clause's
    # figure), or names a sibling of what the clause names ("Ersättningen för KBT/IPT är …"
    # before "… 15 000 kronor per MMR1-serie"; "Andelen kvinnor var …" before "… 36 procent män") is
    # not what the clause's figure is of; nor any lead before a clause that compares ("jämfört med …")
    if _PREPOSITION_END_RE.search(lead) or _COMPARING_RE.match(clause) or _siblings_apart(lead, clause):
        return ""
    return lead if len(lead.split()) >= 2 else ""


def _stands_alone(clause: str) -> bool:
    """Whether a clause may be quoted without the rest of its sentence: not one cut inside a
    parenthesis, which would quote half of it, nor a figure stated against the one before it ("… och
    2 000 kronor mer år 2016")."""
    return clause.count("(") == clause.count(")") and not _RELATIVE_RE.search(clause)


def _siblings_apart(lead: str, clause: str) -> bool:
    """Whether the lead names one of a set of siblings (KBT, MMR1; kvinnor, män) and the clause
    another of them."""
    named = {a.head for a in anchor_groups(lead)}, {a.head for a in anchor_groups(clause)}
    return any(named[0] & members and named[1] & members and not named[1] & named[0] & members
               for members in sibling_sets())


# what ends a sentence's lead but belongs to its first figure: the start of a range ("ökade från 12
# procent år 2015 till …": not "ökade från … 18 procent"), a currency written before ("SEK 12,000")
_LEAD_END_RE = re.compile(r"(?:\s+(?:från|mellan|from|between))?(?:\s+(?:SEK|kr\.?))?$", re.I)
_PREPOSITION_END_RE = re.compile(r"\b(?:med|till|på|för|av|om|i|by|to|of|for|on|with|in|at)$", re.I)
_COMPARING_RE = re.compile(r"(?:jämfört|att jämföra|compared|up from|down from|mot)\b", re.I)
# a figure stated against another ("2 000 kronor mer", "300 fler än", "SEK 3,000 more per IPT")
_RELATIVE_RE = re.compile(r"\b(?:mer|mindre|fler|färre|högre|lägre|more|less|fewer|higher|lower|än|than)\b", re.I)


def _lead(c: Candidate, t: dict[str, str]) -> str:
    """"Enligt SKL, 2015: " — who says it, and which year's text it is. A document whose
    publisher is unknown is named by its title ("Enligt 2014:" would name no one)."""
    org = c.meta.organisation or (t["titled"].format(title=c.meta.title) if c.meta.title else "")
    if not org:
        return ""
    year = _source_year(c)
    source = t["source_with_year"].format(org=org, year=year) if year else org
    return t["attribution"].format(source=source)


def _source_year(c: Candidate) -> str:
    unit = c.unit
    if years_in(unit.text) or years_in(f"{unit.context} {' '.join(unit.header)}"):
        return ""  # the unit names its year itself
    if c.meta.date[:4].isdigit():
        return c.meta.date[:4]  # the publication year: which year's text this is
    return str(c.hit.years[0]) if len(c.hit.years) == 1 else ""


def _attributed(body: str, lead: str, t: dict[str, str], marker: str) -> str:
    quoted = f"{t['quote_open']}{body}{t['quote_close']}" if t["quote_open"] or lead else body
    return f"{lead}{quoted} {marker}".strip()

