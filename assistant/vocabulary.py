"""Vocabulary helpers for the answerer: rarity weights, typo-tolerant lookup, proper names."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from assistant.data import question_types
from assistant.expansion import mapped_terms
from ingest.analysis import analyze
from ingest.dates import MONTHS

# the words that open a question (a pattern, for the rules that find where a second question begins:
# answering/coordination.py, answering/arithmetic.py), and the prepositions that may stand before
# them ("… and by whom?", "… och på vems uppdrag?")
WH_PATTERN = r"(?:vad|vem|vems|vilka|vilkas|vilken|vilket|när|hur|varför|what|who|whom|whose|which|when|how|where|why)"
WH_PREPOSITIONS = (r"(?:by|of|on|at|for|from|in|to|with|within|during|after|before"
                   r"|av|på|för|från|till|med|i|inom|under|efter|före)")

QUESTION_WORDS = frozenset({
    "vilka", "vilken", "vilket", "varför", "mycket", "många", "ungefär", "finns", "gäller", "stämmer",
    "skulle", "kunde", "totalt", "sammanlagt", "egentligen", "respektive", "enligt",
    # what to do with the facts, not what they are about
    "skillnad", "skillnaden", "skillnader", "jämför", "jämförelse", "jämfört", "summan", "räkna",
})


def near_vocabulary(stem: str, vocab: frozenset[str]) -> bool:
    """Whether a stem is a known word give or take a typo (edit distance 1, or 2 for long
    words), a compound of a known word, the head (last part) of a known compound, or the first
    part of a known compound give or take a typo."""
    limit = 1 if len(stem) < 8 else 2
    for known in vocab:
        if abs(len(known) - len(stem)) > limit:
            if len(known) >= 6 and (stem.startswith(known) or known.startswith(stem[:6])) and len(stem) > 6:
                return True  # a compound of a known word, or a known word's compound
            if len(stem) >= 5 and known.endswith(stem):
                return True  # the head of a known compound ("nämnd" in "sjukvårdsnämnd")
            if len(stem) >= 6 and len(known) > len(stem) and any(
                    edit_distance(stem, known[:cut], 1) <= 1 for cut in (len(stem), len(stem) + 1)):
                return True  # a typo in the first part of a known compound ("Götalnd" / Götalandsregionen)
            continue
        if edit_distance(stem, known, limit) <= limit:
            return True
    return False


def edit_distance(a: str, b: str, limit: int) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+)([A-ZÅÄÖ][\wåäöÅÄÖ-]*)")


def proper_names(text: str) -> list[str]:
    """Analysed forms of capitalised words that are not sentence-initial and that no expansion
    group maps (the name of a region, an agency, a person)."""
    initial = {m.group(1) for m in _SENTENCE_START_RE.finditer(text)}
    mapped = mapped_terms()
    names = []
    for word in re.findall(r"(?<![\wåäöÅÄÖ])[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ]?[a-zåäö]+)?", text):
        if word in initial or word.casefold() in mapped:
            continue
        names.extend(analyze(word))
    return names


# English writes the months and days of the week with a capital: they are no proper names
_CALENDAR_WORDS = frozenset({*MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def proper_words(text: str) -> list[str]:
    """The capitalised words of a text that are not sentence-initial, no month or weekday and no
    expansion group maps, as written."""
    initial = {m.group(1) for m in _SENTENCE_START_RE.finditer(text)}
    mapped = mapped_terms()
    return [w for w in re.findall(r"(?<![\wåäöÅÄÖ])[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ]?[a-zåäö]+)?", text)
            if w not in initial and w.casefold() not in mapped and w.casefold() not in _CALENDAR_WORDS]


def english_only_terms(tokens_by_chunk: dict[str, list[str]], english_chunks: set[str]) -> frozenset[str]:
    """The terms that only the English documents' passages use ("year", "patients"): a Swedish
    passage cannot hold them, so their absence from it says nothing of whether it answers."""
    english: set[str] = set()
    other: set[str] = set()
    for chunk_id, tokens in tokens_by_chunk.items():
        (english if chunk_id in english_chunks else other).update(tokens)
    return frozenset(english - other)


def idf_table(tokens_by_chunk: dict[str, list[str]]) -> dict[str, float]:
    n = max(len(tokens_by_chunk), 1)
    df: dict[str, int] = {}
    for tokens in tokens_by_chunk.values():
        for t in set(tokens):
            df[t] = df.get(t, 0) + 1
    return {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}




@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    nouns = question_types()["documents"]
    return frozenset(n.casefold() for n in (*nouns["sv"], *nouns["en"]))


def document_noun(word: str) -> bool:
    """A noun for a document (assistant/data/question_types.toml [documents]): one of the data
    file's, or a compound ending in one of five letters or more ("årsredovisningen",
    "isf-rapporten"); a genitive ending ("rapportens", "PM:s") aside."""
    nouns = _document_nouns()
    word = re.sub(r"(?::s|'s|’s)$", "", word.casefold())
    return word in nouns or any(len(n) >= 5 and word.endswith(n) and len(word) - len(n) >= 2 for n in nouns)
