"""Questions that ask two things at once ("Hur länge varar kursen och hur många timmar om dagen
läser man?", "How much was granted, and who signed the decision?"): the two
interrogative clauses, split at the conjunction that opens the second ("och"/"samt"/"and" before
a question word, a preposition before it or not: a rule of Swedish and English syntax); two
things asked of one subject ("Vilket datum och diarienummer har …?", "MMR1 respektive MMR2"); and
the same question asked of two parallel phrases ("i interventionsgruppen och i jämförelsegruppen",
"in 2011 and in 2012", "2009 vs 2011"), unless they are a computation's operands.

The answerer (`Answerer._choose`) tries a computation over the whole question first
(assistant/answering/arithmetic.py: a part may compute, "…, och hur stor andel var kvinnor?"),
then quotes the best unit and, when that unit leaves one part unanswered, the unit of the same
document that answers it: the part ranked alone over the same passages (`Answerer._part_best`),
a unit naming the part's words (`Answerer._other_part`) or the part asked alone with its own
retrieval. A question the decision model doubts as a whole is answered when it would answer one
part alone (`Answerer._by_parts`)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.arithmetic import operation
from assistant.vocabulary import QUESTION_WORDS, WH_PATTERN, WH_PREPOSITIONS
from ingest.analysis import analyze
from ingest.dates import YEAR, is_year

_SPLIT_RE = re.compile(
    # a preposition may open the second question ("… and by whom?", "… och på vems uppdrag?"); "var"
    # is no question word here ("… och var sjukskrivna": were); "o" and "&" are how people type "och"
    rf"\s*,?\s+(?:och|samt|and|o|&)\s+(?=(?:{WH_PREPOSITIONS}\s+)?{WH_PATTERN}\b)",
    re.I,
)
# an elliptic second question asks the first one's predicate again: a question word alone, or a
# determiner and its noun, a preposition before either ("Vem undertecknade avtalet, och när?",
# "… and on what date?", "… och på vems uppdrag?")
_ELLIPSIS_RE = re.compile(
    rf"^(?:{WH_PREPOSITIONS}\s+)?(?:när|vem|vad|hur|varför|who|whom|when|how|where|why|"
    r"what|(?:vems|vilken|vilket|vilka|what|which|whose)\s+[^\W\d_]+)\s*\??$", re.I)
# the question phrase that opens a question: "Vem", "Hur mycket", "Vilket datum", "How many patients"
_WH_PHRASE_RE = re.compile(
    r"^(?:hur\s+(?:mycket|många|länge|stor[at]?|ofta|lång[at]?)|(?:vilken|vilket|vilka|what|which|whose)\s+[^\W\d_]+|"
    r"how\s+(?:much|many|long|often|large)|vad|vem|vems|när|varför|hur|who|whom|when|why|where|how|what)\s+", re.I)
# a question phrase that asks a quantity of the noun after it ("How many women …", "hur mycket pengar")
_HOW_MANY_RE = re.compile(r"^(?:hur\s+(?:många|mycket)|how\s+(?:many|much))\s+", re.I)
_BARE_QUANTITY_RE = re.compile(r"(?:hur\s+(?:många|mycket)|how\s+(?:many|much))\W*", re.I)  # "… och hur många?"
# "A respektive B": the same question asked of each ("Hur många kvinnor respektive män …?", "MMR1
# respektive MMR2"); not "respektive" as an adjective ("fick respektive region", "till respektive enhet")
_RESPECTIVELY_RE = re.compile(r"\b([^\W_]+)\s+respektive\s+([^\W_]+)\b(?!\s+[A-ZÅÄÖ])")
_NOT_CONJUNCTS = {"fick", "får", "ges", "gavs", "gick", "går", "har", "hade", "är", "var", "blir", "blev", "till",
                  "för", "i", "på", "av", "med", "från", "om", "och", "per", "inom", "hos", "vid", "åt", "mellan",
                  "enligt", "under", "efter", "före", "mot", "utan"}
_MIN_WORDS = 3
# two things asked of one subject with one question word ("Vilket datum och diarienummer har PM:et?",
# "What is the number and date of the report?"): each noun with the rest of the question
_NOUNS_RE = re.compile(
    r"^(?P<wh>(?:vilket|vilken|vilka)|what\s+(?:is|are|was|were)\s+(?:the|its|their))\s+(?P<a>[^\W\d_]+)\s+"
    r"(?:och|samt|and)\s+(?:(?:vilket|vilken|vilka|the|its|their)\s+)?(?P<b>[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s*\([^)]*\))?)\s+"
    r"(?P<rest>(?:har|hade|är|var|gäller|gällde|of|for)\b.+)$",
    re.I,
)


# the same preposition before each of two phrases ("i interventionsgruppen och i jämförelsegruppen",
# "in 2011 and in 2012", "by the region and by the provider"): the question asked of each; the
# second phrase as long as the first (coordinated phrases are parallel)
_LINKS = rf"(?:{WH_PREPOSITIONS}|och|samt|and|&)"  # words that end a phrase
_PARALLEL_RE = re.compile(
    rf"(?<!\boch\s)(?<!\band\s)\b(?P<p>{WH_PREPOSITIONS})\s+(?!och\s|and\s)"
    rf"(?P<x>(?:(?!{_LINKS}\s)[^,;:?!\s]+\s+)*?(?!{_LINKS}\s)[^,;:?!\s]+)\s+(?:och|samt|and|&)\s+(?P=p)\s+",
    re.I)
_PREPOSITION_RE = re.compile(rf"{WH_PREPOSITIONS}$", re.I)  # a word that is one
# a phrase cannot end in an article, or inside a name of capitalised words ("i Region Stockholm")
_OPEN_END_RE = re.compile(r"(?:the|a|an|den|det|de|en|ett)$", re.I)
_PARALLEL_WORDS = 4
# two years set against each other ("2009 vs 2011", "2012 jämfört med 2015")
_YEARS_AGAINST_RE = re.compile(
    rf"\b(?P<x>{YEAR})\s+(?:vs\.?|versus|mot|jämfört\s+med|compared\s+(?:with|to))\s+(?P<y>{YEAR})\b(?!\s+års)",
    re.I)


def _parallel(question: str) -> tuple[str, str] | None:
    """"… i interventionsgruppen och i jämförelsegruppen i KI-studien?" -> the question with each
    phrase; "… in 2009 vs 2011?" -> with each year. Not when the question computes with the two
    ("Hur mycket mer fick regionen 2015 jämfört med 2014?": they are its operands)."""
    if operation(question) in ("difference", "sum", "share"):
        return None
    years = _YEARS_AGAINST_RE.search(question)
    if years:
        return (f"{question[:years.start()]}{years['x']}{question[years.end():]}",
                f"{question[:years.start()]}{years['y']}{question[years.end():]}")
    match = _PARALLEL_RE.search(question)
    if match is None:
        return None
    x = match["x"].split()
    after = question[match.end():]
    # the second phrase: as many words as the first, ending before a preposition or a mark
    dated = any(is_year(w) for w in x)
    y: list[re.Match[str]] = []
    for word in re.finditer(r"[^\s,;:?!]+", after):
        between = after[y[-1].end():word.start()] if y else ""
        if len(y) == len(x) or between.strip() or (y and (_PREPOSITION_RE.match(word[0])
                                                          or (not dated and is_year(word[0])))):
            break
        y.append(word)
    if len(x) > _PARALLEL_WORDS or not y or _OPEN_END_RE.match(y[-1][0]):
        return None
    rest = after[y[-1].end():].split(maxsplit=1)
    if y[-1][0][:1].isupper() and rest and rest[0][:1].isupper():  # a name of more capitalised words goes on
        return None
    head, tail = question[:match.start("x")], after[y[-1].end():]
    return f"{head}{match['x']}{tail}", f"{head}{after[:y[-1].end()]}{tail}"


def parts(question: str) -> tuple[str, str] | None:
    """The two parts of a coordinated question, or None (one question, three or more parts, or a
    part too short to ask anything)."""
    nouns = _NOUNS_RE.match(question.strip())
    if nouns:
        wh, rest = nouns["wh"], nouns["rest"]
        return f"{wh} {nouns['a']} {rest}", f"{wh} {nouns['b']} {rest}"
    each = _RESPECTIVELY_RE.search(question)
    if (each and len(_RESPECTIVELY_RE.findall(question)) == 1 and not _SPLIT_RE.search(question)
            and each[1].casefold() not in _NOT_CONJUNCTS and not _name_part(question[:each.start()], each[1])):
        a, b = each.span(1), each.span(2)
        return (f"{question[:a[0]]}{each[1]}{question[each.end():]}".strip(),
                f"{question[:a[0]]}{each[2]}{question[b[1]:]}".strip())
    split = _SPLIT_RE.split(question.strip(), maxsplit=1)
    if len(split) != 2:
        return _parallel(question.strip())
    first, second = split[0].strip().rstrip(",;"), split[1].strip()
    if len(first.split()) >= _MIN_WORDS and _ELLIPSIS_RE.match(second):
        # "Vem undertecknade avtalet 2012, och när?" -> "när undertecknade avtalet 2012": the second
        # question word with the first question's words after its own question phrase
        rest = _WH_PHRASE_RE.sub("", first, count=1)
        if rest == first:
            return None
        second = f"{second.rstrip('?').strip()} {rest}"
    first = _with_predicate(first, second)
    # a second question of a question word and its verb is whole ("…, och vem svarade?", "… and when
    # was it answered?"): its subject is the first's; a question phrase alone ("… och hur många?") is not
    short = len(second.split()) < _MIN_WORDS and not (_WH_PHRASE_RE.match(second) and len(second.split()) == 2
                                                      and not _BARE_QUANTITY_RE.fullmatch(second))
    if len(first.split()) < _MIN_WORDS or short or _SPLIT_RE.search(second):
        return None
    return first, second


_PREPOSED_RE = re.compile(rf"^{WH_PREPOSITIONS}\s+", re.I)


def _with_predicate(first: str, second: str) -> str:
    """A first part that asks nothing of its own but its question phrase, with the second's
    predicate: "I vilket år och i vilken region startade piloten?" -> "I vilket år startade
    piloten?" (a preposition before either or not); "How many women and how many men completed
    …?" -> "How many women completed …?" (a quantity of its own noun)."""
    gapped = _HOW_MANY_RE.match(first)
    if gapped and len(first[gapped.end():].split()) == 1 and _HOW_MANY_RE.match(second):
        predicate = second[_WH_PHRASE_RE.match(second).end():].split(maxsplit=1)  # type: ignore[union-attr]
        return f"{first} {predicate[1]}" if len(predicate) == 2 else first
    bare = _PREPOSED_RE.sub("", first)
    wh = _WH_PHRASE_RE.match(f"{bare} ")
    if wh is None or wh.end() <= len(bare):
        return first
    asked = _PREPOSED_RE.sub("", second)
    own = _WH_PHRASE_RE.match(asked)
    return f"{first} {asked[own.end():]}" if own else first


def _name_part(before: str, word: str) -> bool:
    """"Region Stockholm respektive …": the word ends a name of more words than one."""
    words = before.split()
    return word[:1].isupper() and bool(words) and words[-1][:1].isupper() and len(words) > 1


def own_words(part: str, other: str) -> frozenset[str]:
    """The analysed words a part asks about that the other part does not, question words left out
    ("timmar", "dagen", "läser" of "… och hur många timmar om dagen läser man?")."""
    return frozenset(analyze(part)) - frozenset(analyze(other)) - _question_words()


@lru_cache(maxsize=1)
def _question_words() -> frozenset[str]:
    return frozenset(t for w in QUESTION_WORDS for t in analyze(w))


_ALONE_WORDS = 3  # a part that names fewer things of its own borrows the other's subject


def alone(part: str, other: str) -> str:
    """A part as a question of its own: one that names little but its question word ("…, och vem
    godkände den?", "… and what was the target?") with the other part's words after its question
    phrase and finite verb, which Swedish and English put next ("Vem skrev promemorian om X" gives
    "vem godkände den promemorian om X"); after "hur många" / "how many" stands the noun counted."""
    if len(own_words(part, "")) >= _ALONE_WORDS:
        return part
    other = other.strip().rstrip("?")
    wh = _WH_PHRASE_RE.match(other)
    subject = other[wh.end():] if wh else other
    if wh and not _HOW_MANY_RE.match(other):
        subject = subject.split(maxsplit=1)[1] if len(subject.split()) > 1 else ""
    return f"{part.rstrip('?').strip()} {subject}".strip()
