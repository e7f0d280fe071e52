"""Understanding a question: its language, the years it names, the kind of fact it asks for, and
what a follow-up means given the conversation before it (deterministic, no LLM)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.data import answer_templates, question_types
from assistant.expansion import anchor_groups, expansions
from assistant.models import Turn
from assistant.organisations import organisations_named
from assistant.people import NAME_RE, asks_for_group, names_a_person, names_a_role
from assistant.spelling import written_out
from ingest.dates import YEAR, YEAR_RE, years_in
from ingest.metadata import without_organisations

_WORD_RE = re.compile(r"[\wåäöÅÄÖ/%-]+")
# a question word after the first: "Vem får hur mycket …?" asks an amount, "… och när kom den?" a date
_LATER_QUESTION_WORD_RE = re.compile(r"\b(?:vad|vilk\w*|när|hur|varför|what|which|when|how|why)\b")


@lru_cache(maxsize=1)
def _entity_classes() -> dict[str, re.Pattern[str]]:
    """Entities a follow-up can swap in for the same kind of entity in the previous question (an
    organisation is swapped by _organisation_swapped, from the organisations' data file)."""
    raw: dict[str, str] = question_types()["entities"]  # type: ignore[assignment]
    return {name: re.compile(rf"(?<![\w])(?:{alt})(?![\w])", re.I) for name, alt in raw.items()}


def _has_phrase(text: str, phrase: str) -> bool:
    if not phrase[0].isalnum():
        return phrase in text
    return re.search(rf"(?<![\wåäö]){re.escape(phrase)}(?![\wåäö])", text) is not None


@dataclass(frozen=True)
class Query:
    original: str
    text: str  # resolved against the conversation
    language: str
    years: tuple[int, ...]
    kind: str  # age | percent | elapsed | duration | count | date | year | amount | who | other
    expansion: tuple[str, ...] = ()
    is_followup: bool = False
    previous: str = ""
    notes: list[str] = field(default_factory=list)
    year_bounds: tuple[tuple[int, int], ...] = ()  # named only as a bound: (2016, +1) for "efter 2016"
    doc_years: tuple[int, ...] = ()  # the year of the document it cites: "the 2014 VGR news item"

    @property
    def lexical_text(self) -> str:
        return " ".join([self.text, *self.expansion])


def detect_language(text: str, default: str = "sv") -> str:
    words = [w.casefold() for w in _WORD_RE.findall(text)]
    cues = question_types()["language"]
    # å/ä/ö in ordinary words is Swedish; in a name ("Försäkringskassan", "Västra Götaland") it
    # is what an English question calls the Swedish agency or region
    common = [w for w in _WORD_RE.findall(text) if not w[:1].isupper()]
    sv = sum(w in cues["sv"] for w in words) + 2 * sum(bool(re.search(r"[åäö]", w)) for w in common)  # type: ignore[index]
    en = sum(w in cues["en"] for w in words)  # type: ignore[index]
    if sv == en:
        return default
    return "sv" if sv > en else "en"


def question_kind(text: str) -> str:
    """The kind of fact asked for, read from the sentence that asks (the last one with '?')."""
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", text.strip()) if x]
    asking = [x for x in sentences if x.endswith("?")]
    lowered = (asking[-1] if asking else sentences[-1] if sentences else text).casefold()
    types: dict[str, list[str]] = question_types()["types"]  # type: ignore[assignment]
    opening = re.sub(r"^(?:och|and|men|but)\s+", "", lowered.strip())
    if asks_for_group(lowered):
        return "other"
    first = _WORD_RE.match(opening)
    if first and not _LATER_QUESTION_WORD_RE.search(opening, first.end()):
        for kind, words in question_types().get("openings", {}).items():
            if first.group(0) in words:
                return str(kind)
    if _CONDITION_RE.search(opening):
        return "other"
    cued = _without_relative_who(lowered)  # once, not for every phrase
    # a question typed without å, ä, ö ("hur lang ar behandlingen", "nar ska man rapportera") is
    # matched against the cues written the same way
    if re.search(r"[åäö]", lowered) is None:
        types = _with_plain_spellings()
    for kind, phrases in types.items():
        if kind == "when":  # only the question's first words: "När fick …?", "When is …?"
            if any(opening.startswith(p + " ") for p in phrases):
                return kind
        elif any(_has_phrase(cued, p) for p in phrases):
            return kind
    return "other"


_PLAIN = str.maketrans("åäö", "aao")


@lru_cache(maxsize=1)
def _with_plain_spellings() -> dict[str, list[str]]:
    """The kind cues with each also written without å, ä, ö ("hur lang", "nar ska"), once."""
    types: dict[str, list[str]] = question_types()["types"]  # type: ignore[assignment]
    return {kind: list(dict.fromkeys([*phrases, *(p.translate(_PLAIN) for p in phrases)]))
            for kind, phrases in types.items()}


# "När räknas ett besök som genomfört?", "When is a visit considered completed?", "When does a
# treatment count as completed?" ask for a condition, not a time: "när"/"when" opening a question
# whose verb is one of judging or counting
_CONDITION_RE = re.compile(
    r"^(?:när|when)\b(?:\s+(?!(?:vad|som|what|that|which)\b)\S+){0,7}?\s+(?:räknas|räknades|anses|ansågs|bedöms|bedömdes|betraktas|klassas|"
    r"klassificeras|counted|considered|regarded|classed|deemed|counts?\s+as)\b")

# English "who" after a noun or pronoun is a relative pronoun ("people who are on sick leave",
# "those who qualify"): it asks for no one. Asking, it opens the question or follows "and", "or",
# "but", a comma or a preposition ("… and who signed it?", "to whom").
_RELATIVE_WHO_RE = re.compile(r"(?<=[a-zåäö])\s+who(?:m|se)?\b")
_ASKING_BEFORE_WHO = frozenset({"and", "or", "but", "to", "by", "for", "with", "from", "of", "on", "about", "ask",
                                "contact", "tell", "know", "say", "says", "shows", "decides", "decided", "me", "us",
                                "out", "see", "check", "wonder", "find", "show"})


def _without_relative_who(text: str) -> str:
    def keep(m: re.Match[str]) -> str:
        before = text[:m.start()].split()
        return m.group(0) if before and before[-1] in _ASKING_BEFORE_WHO else " that"
    return _RELATIVE_WHO_RE.sub(keep, text)


def _is_followup(question: str) -> bool:
    lowered = question.casefold().strip()
    cues = question_types()["followup"]
    words = _WORD_RE.findall(lowered)
    if any(lowered.startswith(o + " ") or lowered == o for o in cues["openers"]):  # type: ignore[index]
        return True
    if any(_has_phrase(lowered, p) for p in cues["next_year"] + cues["previous_year"]):  # type: ignore[index,operator]
        return True
    if len(words) <= 3:
        return True
    if len(words) == 4 and not years_in(question) and not anchor_groups(question):
        return True  # "Av hur mycket möjligt?"; but "Hur mycket kostar MMR1?" asks anew
    return len(words) <= 16 and (any(_has_phrase(lowered, p) for p in cues["pronouns"])  # type: ignore[index,union-attr]
                                 or _demonstrative_re().search(lowered) is not None)


@lru_cache(maxsize=1)
def _demonstrative_re() -> re.Pattern[str]:
    """What points back to something named before (question_types.toml [followup] demonstrative), compiled once."""
    return re.compile(str(question_types()["followup"]["demonstrative"]))  # type: ignore[index]


def resolve(question: str, history: list[Turn]) -> Query:
    """A follow-up borrows what it leaves out from the previous user question: a new year or
    treatment replaces the old one; otherwise the two are read together."""
    previous_user = [t.content for t in history if t.role == "user" and t.content.strip()]
    previous = written_out(previous_user[-1]) if previous_user else ""
    original, question = question, written_out(question)  # "hur mkt …" asks what "hur mycket …" asks
    follows = bool(previous) and _is_followup(question)
    answer = next((t.content for t in reversed(history) if t.role == "assistant" and t.content.strip()), "")
    if follows and answer:  # "Vilket parti tillhör hon?": whom the last answer named
        named = _person_for_pronoun(question, answer)
        if named != question:
            question, follows = named, _is_followup(named)
    language = detect_language(question, default=detect_language(previous) if previous else "sv")
    if not follows:
        return _query(original, question, language)
    text = _merge(question, previous)
    kind = question_kind(question)
    if kind == "other":
        kind = question_kind(previous)
    return _query(original, text, language, kind=kind, is_followup=True, previous=previous)


# a third person standing for someone, as subject or object ("Vilket telefonnummer har hon?", "Which
# party is he in?"); not a possessive ("hennes enhet", "her number"), not "han eller hon" (anyone),
# and lowercase only (or opening the question): "Hans" and "Han" may be names
_PERSON_PRONOUN_RE = re.compile(r"(?<![\wåäöÅÄÖ])(?:hon|han|hen|henne|honom|she|he|him)(?![\wåäöÅÄÖ])"
                                r"|^(?:Hon|Han|Hen|She|He)\b(?!\s+[A-ZÅÄÖ])")
_ANYONE_RE = re.compile(r"\b(?:han|hon|hen|he|she|him|her|his)\s+(?:eller|or|/)\s+(?:han|hon|hen|he|she|him|her)\b",
                        re.I)
# a person the question itself speaks of, whom a later pronoun stands for ("om patienten byter region,
# får hon …", "if the employee is sick, must he …")
_PERSON_NOUN_RE = re.compile(r"\b(?:patient\w*|person\w*|anställd\w*|medarbetar\w*|arbetstagar\w*|sjukskriv\w*|"
                             r"den försäkrade|individ\w*|kvinna\w*|kvinnan|mannen|employee\w*|worker\w*|insured|"
                             r"individual\w*|woman|man)\b", re.I)


@lru_cache(maxsize=1)
def _answer_lead_re() -> re.Pattern[str]:
    """Where an answer's own words begin: after its lead, as answer_templates.toml writes it in each
    language ("Enligt Region X, 2017: ", "According to SKR: ")."""
    leads = [re.escape(t["attribution"].strip()).replace(re.escape("{source}"), "[^:]{0,120}")
             for t in answer_templates().values() if "attribution" in t]
    return re.compile(rf"^(?:{'|'.join(leads)})\s*", re.I)


def _person_for_pronoun(question: str, answer: str) -> str:
    """A follow-up that says "hon"/"he" for someone, with the name of the one person the last answer
    named in place of the pronoun ("Vilket parti tillhör hon?" after "… Annika Strandhäll (S) …" ->
    "Vilket parti tillhör Annika Strandhäll?"); unchanged when the answer names no one or more than
    one person, when the question names a person or a role itself ("om patienten byter region, får
    hon …"), or when the pronoun means anyone ("han eller hon")."""
    pronoun = _PERSON_PRONOUN_RE.search(question)
    before = question[:pronoun.start()] if pronoun else ""
    if pronoun is None or _ANYONE_RE.search(question) or names_a_role(before) or _PERSON_NOUN_RE.search(before) \
            or names_a_person(question):
        return question
    body = _answer_lead_re().sub("", answer.strip())
    people = {m.group(0) for m in NAME_RE.finditer(without_organisations(body))}
    if len(people) != 1:
        return question
    return question[:pronoun.start()] + people.pop() + question[pronoun.end():]


def _merge(question: str, previous: str) -> str:
    lowered = question.casefold()
    cues = question_types()["followup"]
    new_years = years_in(question)
    old_years = years_in(previous)
    if not new_years and old_years:
        if any(_has_phrase(lowered, p) for p in cues["next_year"]):  # type: ignore[index]
            new_years = (max(old_years) + 1,)
        elif any(_has_phrase(lowered, p) for p in cues["previous_year"]):  # type: ignore[index]
            new_years = (min(old_years) - 1,)
    merged = previous
    replaced = False
    if new_years and old_years:
        merged = YEAR_RE.sub(str(new_years[0]), merged, count=1)
        merged = YEAR_RE.sub(lambda m: m.group(0) if m.group(0) == str(new_years[0]) else "", merged)
        replaced = True
    merged, entity_swapped = _entities_swapped(question, merged)
    replaced = replaced or entity_swapped
    variants = {m.group(2) for m in _VARIANT_RE.finditer(merged)}
    if len(variants) == 1 and any(_has_phrase(lowered, p) for p in cues["other_variant"]):  # type: ignore[index]
        swapped = _VARIANT_RE.sub(lambda m: f"{m.group(1)}{'2' if m.group(2) == '1' else '1'}", merged, count=1)
        replaced = replaced or swapped != merged
        merged = swapped
    stripped = _strip_opener(question)
    if replaced:  # what the cue said is done: "den andra varianten" leaves nothing to add
        for phrase in sorted(cues["other_variant"], key=len, reverse=True):  # type: ignore[index]
            stripped = re.sub(rf"(?<![\wåäö]){re.escape(phrase)}(?![\wåäö])", "", stripped, flags=re.I)
        stripped = stripped.strip(" ?.!")
    content_left = len(_WORD_RE.findall(stripped)) > 2 or (not replaced and stripped)
    if content_left:
        merged = f"{stripped} ({merged})"
    elif new_years and not old_years:
        merged = f"{merged} {new_years[0]}"
    return " ".join(merged.split())


def _entities_swapped(question: str, previous: str) -> tuple[str, bool]:
    """The previous question with the treatment and the organisation the follow-up names in place
    of its own, and whether anything was swapped."""
    swapped = False
    for pattern in _entity_classes().values():
        new = pattern.search(question)
        if new and pattern.search(previous):
            previous = pattern.sub(new.group(0), previous, count=1)
            swapped = True
    organisation = _organisation_swapped(question, previous)
    return (organisation, True) if organisation is not None else (previous, swapped)


def _organisation_swapped(question: str, previous: str) -> str | None:
    """ "Och Region Skåne?" / "och i halland?" after a question about another organisation: that
    question with the new organisation in the first one's place (None when there is nothing to swap)."""
    new = organisations_named(question)
    old = organisations_named(previous)
    if not new or not old or new[0].key in {o.key for o in old}:
        return None
    return previous[:old[0].start] + new[0].written + previous[old[0].end:]


# one of two numbered variants: "MMR1", "MMR 2", "multimodal rehabilitering 1"
_VARIANT_RE = re.compile(r"(?<![\w])((?:MMR|multimodal rehabilitering) ?)([12])(?![\w])", re.I)


# "efter 2016", "before 2015": the years asked about lie beyond the one named, so it cannot steer
_BOUND_YEAR_RE = re.compile(rf"\b(efter|after|före|innan|before)\s+(?:år\s+)?({YEAR})\b", re.I)


# a year that dates the document asked about, not what it says: "the 2014 VGR news item",
# "VGR:s text från 2013", "SKL:s sida från 2015"
_DOC_YEAR_RE = re.compile(
    rf"\b({YEAR})\s+(?:[\wåäöÅÄÖ:']+\s+){{0,2}}(?:news item|news|article|web page|page|decision|report)\b"
    r"|\b(?:text|texten|nyhet|nyheten|sida|sidan|beslut|beslutet|artikel|artikeln|rapport|rapporten)\s+från\s+"
    rf"({YEAR})\b",
    re.I,
)


def _doc_years(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(m.group(1) or m.group(2)) for m in _DOC_YEAR_RE.finditer(text)}))


def _bound_years(text: str) -> tuple[tuple[int, int], ...]:
    """Years a question names only as a bound, each with its side: (2016, +1) for "efter 2016",
    (2015, -1) for "före 2015". What it asks about may lie beyond, on that side only."""
    bounds = {(int(m.group(2)), 1 if m.group(1).casefold() in ("efter", "after") else -1)
              for m in _BOUND_YEAR_RE.finditer(text)}
    named = set(years_in(_BOUND_YEAR_RE.sub(" ", text)))
    return tuple(sorted(b for b in bounds if b[0] not in named))


def _strip_opener(question: str) -> str:
    text = question.strip()
    for opener in sorted(question_types()["followup"]["openers"], key=len, reverse=True):  # type: ignore[index]
        if text.casefold().startswith(opener + " "):
            return text[len(opener) + 1:].strip()
    return text


def _query(original: str, text: str, language: str, kind: str | None = None,
           is_followup: bool = False, previous: str = "") -> Query:
    return Query(
        original=original,
        text=text,
        language=language,
        years=years_in(_DOC_YEAR_RE.sub(" ", text)) if _DOC_YEAR_RE.search(text) else years_in(text),
        year_bounds=_bound_years(text),
        doc_years=_doc_years(text),
        kind=kind or question_kind(text),
        expansion=tuple(expansions(text, language)),
        is_followup=is_followup,
        previous=previous,
    )
