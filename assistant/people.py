"""People in documents and questions: a question that asks for a person ("Vem undertecknade …?",
"Who is the contact person …?") and a text that names one with a role ("Anna Lind,
regiondirektör"); role words come from assistant/data/question_types.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.data import question_types
from assistant.vocabulary import document_noun
from ingest.dates import dates_in
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
    words = sorted({w.casefold() for w in (*raw["roles"]["words"], *raw["roles"]["english"])}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")" + _INFLECTION + r"(?!\w)", re.I)


@lru_cache(maxsize=1)
def _role_patterns() -> dict[str, re.Pattern[str]]:
    """Each Swedish role word in any inflection, also as the head of a compound ("chef" in
    "enhetschefen", "direktör" in "regiondirektör")."""
    raw = question_types()
    return {w.casefold(): re.compile(r"(?<![\w-])\w*" + re.escape(w) + _INFLECTION + r"(?!\w)", re.I)
            for w in raw["roles"]["words"]}


@lru_cache(maxsize=256)
def roles_named(text: str) -> frozenset[str]:
    """The Swedish role words a text names, in any inflection and as a compound's head
    ("ordföranden" names "ordförande", "enhetschef" names "chef" too)."""
    return frozenset(w for w, p in _role_patterns().items() if p.search(text))


def roles_asked(text: str) -> frozenset[str]:
    """The roles a question asks a person to hold ("Vem var ordförande …?"): the Swedish ones it
    names (an English question's through the glossary's Swedish words), but not one any named
    person fills (a contact person)."""
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


@lru_cache(maxsize=1)
def _group_phrases() -> re.Pattern[str]:
    phrases = sorted(question_types()["groups"]["phrases"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.I)


def asks_for_group(question: str) -> bool:
    """"Vem kan få MMR?", "Who is eligible …?": asks for a group of patients, not a person."""
    return _group_phrases().search(question) is not None


def asks_for_person(question: str) -> bool:
    return ASKS_PERSON_RE.search(question) is not None and not asks_for_group(question)


def names_a_person(text: str) -> bool:
    """Two capitalised words that are not an organisation's name ("Anna Lind", not "Sveriges
    Kommuner och Regioner" or "Region Halland")."""
    return NAME_RE.search(without_organisations(text)) is not None


def names_a_role(text: str) -> bool:
    return roles().search(text) is not None


# who wrote a document, as agencies write it: a labelled line of its head ("Från: Karin Edlund,
# utvecklingsledare", "Handläggare: …", "Författare: …"), a sentence whose subject is the document
# ("Rapporten har tagits fram av utredarna Maria Sundell (projektledare) och Oskar Lind …"), or
# the first signature under the place and date it is signed ("Eskilstuna den 23 april 2019")
_AUTHOR_LABEL_RE = re.compile(
    r"(?:^|(?<=\s))(?:Från|From|Författare|Författad av|Skriven av|Upprättad av|Utarbetad av|Sammanställd av|"
    r"Rapportör|Handläggare(?: och kontaktperson)?|Authors?|Written by|Prepared by|Compiled by)\s*:\s*(?P<rest>.+)$",
    re.M)  # a label with its colon, also where cleaning joined the header's lines ("Till: … Från: …")
_NEXT_LABEL_RE = re.compile(r"\s[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?:\s")  # "… Till: …" after the names
_HEAD_CHARS = 1500  # where a document's head (its labelled lines) ends
_AUTHOR_SENTENCE_RE = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<subject>[A-ZÅÄÖ][\w:]*)(?: [\w:]+){0,2}? (?:har|hade|was|were|has been) +"
    r"(?:tagits fram|skrivits|sammanställts|författats|utarbetats|written|prepared|compiled)\s+(?:av|by)\s+"
    r"(?P<rest>.+?)(?=\.\s+[A-ZÅÄÖ]|\.?\s*$)", re.M)
_DOCUMENT_SUBJECTS = frozenset({"den", "det", "denna", "detta", "this", "it", "the"})
_MAX_AUTHOR_CHARS = 200  # what a sentence says of its authors, as written
_SIGNATURE_PLACE_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)?(?: den)?\s+(?=\S)")
_FULL_NAME = rf"{PERSON_NAME}(?: {NAME_PART})?"  # "Per Eriksson Nyström" too
_NAME_WITH_ROLE_RE = re.compile(rf"\s*(?P<name>{_FULL_NAME})(?P<role>,\s*[a-zåäö][^,;\n]*)?")  # "Anna Berg, strateg"


@dataclass(frozen=True)
class Author:
    """Who wrote a document: the names (with the role a header line gives) and where it says so."""

    names: str
    start: int
    end: int


def author_of(text: str) -> Author | None:
    """The document's author as it names them: a labelled line of its head that names persons
    (one with the role after the name: "Karin Edlund, utvecklingsledare"; several joined); else
    the first sentence whose subject is the document ("Rapporten har tagits fram av …"), what
    follows "av" as written; else the first signature under the place and date it is signed.
    None when the text names no person as its author (an office alone is none)."""
    return _labelled_author(text) or _author_sentence(text) or _signature_author(text)


def _labelled_author(text: str) -> Author | None:
    for m in _AUTHOR_LABEL_RE.finditer(text[:_HEAD_CHARS]):
        rest = m.group("rest")
        cut = _NEXT_LABEL_RE.search(rest)
        rest = rest[:cut.start()] if cut else rest
        plain = without_organisations(rest)
        first = _NAME_WITH_ROLE_RE.match(plain)
        if not first or not rest.lstrip().startswith(first.group("name")):
            continue
        names = re.findall(rf"\b{_FULL_NAME}\b", plain)
        if len(names) > 1:  # "Författare: Anna Berg och Erik Lund"
            return Author(", ".join(names[:-1]) + " och " + names[-1], m.start(), m.start("rest") + len(rest.rstrip()))
        return Author(first.group(0).strip(), m.start(), m.start("rest") + first.end())
    return None


def _author_sentence(text: str) -> Author | None:
    for m in _AUTHOR_SENTENCE_RE.finditer(text):
        subject = m.group("subject").casefold()
        if subject not in _DOCUMENT_SUBJECTS and not document_noun(subject):
            continue  # "Enkäten har tagits fram av …" names who made the survey, not the document
        if re.search(rf"\b{PERSON_NAME}\b", without_organisations(m.group("rest"))):
            end = m.end("rest") + (1 if text[m.end("rest"):m.end("rest") + 1] == "." else 0)
            return Author(m.group("rest").strip()[:_MAX_AUTHOR_CHARS], m.start(), end)
    return None


def _signature_author(text: str) -> Author | None:
    lines = text.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        place = _SIGNATURE_PLACE_RE.match(line)
        dated = dates_in(line)
        if place and dated and dated[-1].start == place.end() and not line[dated[-1].end:].strip():
            at = offset + len(line) + 1
            for following in lines[i + 1:]:
                if following.strip():
                    name = _NAME_WITH_ROLE_RE.match(following)
                    if name and name.start("name") == 0 and not without_organisations(name.group(0)).startswith(" "):
                        return Author(name.group(0), at, at + name.end())
                    break
                at += len(following) + 1
        offset += len(line) + 1
    return None
