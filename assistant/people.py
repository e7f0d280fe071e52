"""People in documents and questions: a question that asks for a person ("Vem undertecknade …?",
"Who is the contact person …?") and a text that names one with a role ("Anna Lind,
regiondirektör"); role words come from assistant/data/question_types.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.data import question_types
from ingest.metadata import without_organisations

ASKS_PERSON_RE = re.compile(
    r"\b(?:vem|vilka personer|vilken person|kontaktperson|kontakta|who|whom|contact person|whose)\b", re.I)
# a capitalised name part, double-barrelled or not ("Anna", "Lind-Berg"); a person's name is two
NAME_PART = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäö]+)?"
PERSON_NAME = rf"{NAME_PART} {NAME_PART}"
# two capitalised words not opening a sentence ("… enligt Anna Lind"), or a line opening with a name
NAME_RE = re.compile(rf"(?<![.!?]\s)(?<!^)\b{PERSON_NAME}\b|^[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+(?=,| \(|$)", re.M)


# the inflections of a role word: "chefen", "chefer", "direktörerna", "handläggarens", "directors"
_INFLECTION = r"(?:en|n|er|erna|ernas|ar|arna|na|s|ens|ns|es)?"


@lru_cache(maxsize=1)
def roles() -> re.Pattern[str]:
    """The role words of the data file as whole words with their inflections (never inside another
    word: "strategi", "rehabkoordinatorer")."""
    raw = question_types()
    words = sorted({w.casefold() for w in raw["roles"]["words"]}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")" + _INFLECTION + r"(?!\w)", re.I)


@lru_cache(maxsize=1)
def _role_patterns() -> dict[str, re.Pattern[str]]:
    raw = question_types()
    return {w.casefold(): re.compile(r"(?<!\w)" + re.escape(w) + _INFLECTION + r"(?!\w)", re.I)
            for w in raw["roles"]["words"]}


@lru_cache(maxsize=256)
def roles_named(text: str) -> frozenset[str]:
    """The role words a text names, in any inflection ("ordföranden" names "ordförande")."""
    return frozenset(w for w, p in _role_patterns().items() if p.search(text))


def roles_asked(text: str) -> frozenset[str]:
    """The roles a question asks a person to hold ("Vem var ordförande …?"): those it names, but
    not one any named person fills (a contact person)."""
    anyone = {w.casefold() for w in question_types()["roles"].get("anyone", [])}
    return roles_named(text) - anyone


# a line that names a person, as a byline, a signature or a contact line does: "Greta Sandell",
# "Kerstin Ahl hälso- och sjukvårdsdirektör", "Authors: Tove Lind, PhD, …", "Ordförande: Eva Berg"
_LABEL = (r"(?:Författare|Författad av|Skriven av|Authors?|Written by|By|Av|Kontaktperson|Kontakt|Contact|Handläggare|"
          r"Ordförande|Justerare|Sekreterare|Vid protokollet|Föredragande|Chair|Secretary)")
BYLINE_RE = re.compile(rf"^\W*(?:{_LABEL}\s*:?\s+)?{PERSON_NAME}(?: [A-ZÅÄÖ][a-zåäöé]+)?(?=$|,|\s\(|\s+[a-zåäö])")
_BYLINE_WORDS = 14


@lru_cache(maxsize=1)
def _heading_words() -> frozenset[str]:
    """Words of headings written in title case ("Executive Summary"), never of a name."""
    return frozenset(w.casefold() for w in question_types()["headings"]["words"])


def is_byline(text: str) -> bool:
    """A short line that opens with a person's name (after a label such as "Författare:"), not an
    organisation's nor a heading in title case: what a heading-like line is when it names who
    wrote, signed or answers."""
    line = text.strip()
    if "\n" in line or len(line.split()) > _BYLINE_WORDS:
        return False
    found = BYLINE_RE.search(without_organisations(line).strip())
    return found is not None and not {w.casefold() for w in found.group(0).split()} & _heading_words()


# who signed: only a person (or a role) signs; an organisation named in the text does not answer
ASKS_SIGNATORY_RE = re.compile(
    r"\b(?:undertecknade|undertecknat|undertecknar|skrev under|skrivit under|signerade|signerat|signed|signs|"
    r"signatory|signatories|undertecknare|justerade|justerat)\b", re.I)


def asks_for_signatory(question: str) -> bool:
    return ASKS_SIGNATORY_RE.search(question) is not None


def asks_for_person(question: str) -> bool:
    return ASKS_PERSON_RE.search(question) is not None


def names_a_person(text: str) -> bool:
    """Two capitalised words that are not an organisation's name ("Anna Lind", not "Sveriges
    Kommuner och Regioner" or "Region Halland")."""
    return NAME_RE.search(without_organisations(text)) is not None


def names_a_role(text: str) -> bool:
    return roles().search(text) is not None


# who wrote a document, as agencies write it: a labelled line of the header ("Från: Karin Edlund,
# utvecklingsledare", "Handläggare: …", "Författare: …") or a sentence of the text ("Rapporten har
# tagits fram av utredarna Maria Sundell (projektledare) och Oskar Lind …")
_AUTHOR_LABEL_RE = re.compile(
    r"(?:^|(?<=\s))(?:Från|From|Författare|Författad av|Skriven av|Upprättad av|Utarbetad av|Sammanställd av|"
    r"Rapportör|Handläggare(?: och kontaktperson)?|Authors?|Written by|Prepared by|Compiled by)\s*:\s*(?P<rest>.+)$",
    re.M)  # a label with its colon, also where cleaning joined the header's lines ("Till: … Från: …")
_AUTHOR_SENTENCE_RE = re.compile(
    r"\b(?:har|hade)?\s*(?:tagits fram|skrivits|sammanställts|författats|utarbetats|tog fram|togs fram|skrevs|"
    r"sammanställdes|författades|utarbetades|was written|was prepared|was compiled|were written)\s+"
    r"(?:av|by)\s+(?P<rest>[^.\n]+)", re.I)
_MAX_AUTHOR_CHARS = 200  # what a sentence says of its authors, as written
# the place and date a Swedish text is signed under, with the first signature after it
# ("Eskilstuna den 23 april 2019\nHenrik Malmsten, analytiker")
_SIGNED_RE = re.compile(rf"^[A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)? den \d{{1,2}} [a-zåäö]+ \d{{4}}\s*\n+"
                        rf"(?P<rest>{PERSON_NAME}(?: {NAME_PART})?(?:,\s*[a-zåäö][^,;\n]*)?)", re.M)


@dataclass(frozen=True)
class Author:
    """Who wrote a document: the names (with the role a header line gives) and where it says so."""

    names: str
    start: int
    end: int


def author_of(text: str) -> Author | None:
    """The document's author as it names them: the first labelled header line that names a person
    (with the role after the name: "Karin Edlund, utvecklingsledare"); else the first sentence
    that says who took it forward ("tagits fram av …", "was written by …"), what follows "av" as
    written; else the first signature under the place and date it is signed ("Eskilstuna den 23
    april 2019"). None when the text names no person as its author (an office alone is none)."""
    for m in _AUTHOR_LABEL_RE.finditer(text):
        name = re.match(rf"\s*({PERSON_NAME}(?: {NAME_PART})?)(,\s*[a-zåäö][^,;\n]*)?",
                        without_organisations(m.group("rest")))
        if name and m.group("rest").lstrip().startswith(name.group(1)):
            return Author(name.group(1) + (name.group(2) or ""), m.start(), m.start("rest") + name.end())
    for m in _AUTHOR_SENTENCE_RE.finditer(text):
        if re.search(rf"\b{PERSON_NAME}\b", without_organisations(m.group("rest"))):
            stop = text.rfind(". ", 0, m.start())
            start = max(text.rfind("\n", 0, m.start()) + 1, stop + 2 if stop >= 0 else 0)
            end = m.end("rest") + (1 if text[m.end("rest"):m.end("rest") + 1] == "." else 0)
            return Author(m.group("rest").strip()[:_MAX_AUTHOR_CHARS], start, end)
    signed = _SIGNED_RE.search(text)
    if signed and not without_organisations(signed.group("rest")).startswith(" "):
        return Author(signed.group("rest"), signed.start("rest"), signed.end("rest"))
    return None
