"""People in documents and questions: a question that asks for a person ("Vem undertecknade …?",
"Who is the contact person …?") and a text that names one with a role ("Anna Lind,
regiondirektör"); role words come from assistant/data/question_types.toml."""

from __future__ import annotations

import re
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
