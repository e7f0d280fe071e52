"""Questions that ask two things at once ("Hur länge varar kursen och hur många timmar om dagen
läser man?", "How much was granted, and who signed the decision?"): the two
interrogative clauses, split at the conjunction that opens the second ("och"/"samt"/"and" before
a question word: a rule of Swedish and English syntax). The answer quotes the best unit and, when
that unit leaves one part unanswered, the unit of the same document that answers it (see
`Answerer._other_part`). Questions whose two figures make one computation ("hur stor andel …",
"hur mycket mer …", "sammanlagt") are not split: the calculation needs both figures at once
(assistant/answering/arithmetic.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.arithmetic import operation
from assistant.vocabulary import QUESTION_WORDS
from ingest.analysis import analyze

_WH = r"(?:vad|vem|vems|vilka|vilken|vilket|när|hur|varför|var|what|who|whom|whose|which|when|how|where|why)"
_SPLIT_RE = re.compile(
    # "o" is how chat writes "och" ("när fick de uppdraget o när redovisades det"); a preposition
    # may open the second question ("… and by whom?", "… och på vems uppdrag?")
    rf"\s*,?\s+(?:och|samt|and|o)\s+(?=(?:(?:by|of|on|at|for|from|av|på|för|från|till)\s+)?{_WH}\b)",
    re.I,
)
# an elliptic second question asks the first one's predicate again: a question word alone, or a
# determiner and its noun, a preposition before either ("Vem undertecknade avtalet, och när?",
# "… and on what date?", "… och på vems uppdrag?")
_ELLIPSIS_RE = re.compile(
    r"^(?:(?:by|of|on|at|for|from|av|på|för|från|till)\s+)?(?:när|vem|vad|hur|varför|who|whom|when|how|where|why|"
    r"what|(?:vems|vilken|vilket|vilka|what|which|whose)\s+[^\W\d_]+)\s*\??$", re.I)
# "A respektive B": the same question asked of each ("Hur många kvinnor respektive män …?")
_RESPECTIVELY_RE = re.compile(r"\b([^\W\d_]+)\s+respektive\s+([^\W\d_]+)\b", re.I)
_MIN_WORDS = 3
# two things asked of one subject with one question word ("Vilket datum och diarienummer har PM:et?",
# "What is the number and date of the report?"): each noun with the rest of the question
_NOUNS_RE = re.compile(
    r"^(?P<wh>(?:vilket|vilken|vilka)|what\s+(?:is|are|was|were)\s+(?:the|its|their))\s+(?P<a>[^\W\d_]+)\s+"
    r"(?:och|samt|and)\s+(?:(?:vilket|vilken|vilka|the|its|their)\s+)?(?P<b>[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s*\([^)]*\))?)\s+"
    r"(?P<rest>(?:har|hade|är|var|gäller|gällde|of|for)\b.+)$",
    re.I,
)


def parts(question: str) -> tuple[str, str] | None:
    """The two clauses of a coordinated question, or None (one question, a computation, three or
    more parts, or a part too short to ask anything)."""
    if operation(question):
        return None
    nouns = _NOUNS_RE.match(question.strip())
    if nouns:
        wh, rest = nouns["wh"], nouns["rest"]
        return f"{wh} {nouns['a']} {rest}", f"{wh} {nouns['b']} {rest}"
    each = _RESPECTIVELY_RE.search(question)
    if each and len(_RESPECTIVELY_RE.findall(question)) == 1 and not _SPLIT_RE.search(question):
        a, b = each.span(1), each.span(2)
        return (f"{question[:a[0]]}{each[1]}{question[each.end():]}".strip(),
                f"{question[:a[0]]}{each[2]}{question[b[1]:]}".strip())
    split = _SPLIT_RE.split(question.strip(), maxsplit=1)
    if len(split) != 2:
        return None
    first, second = split[0].strip().rstrip(",;"), split[1].strip()
    if len(first.split()) >= _MIN_WORDS and _ELLIPSIS_RE.match(second):
        # "Vem undertecknade avtalet 2012, och när?" -> "när undertecknade avtalet 2012"
        second = f"{second.rstrip('?').strip()} {first.split(maxsplit=1)[1]}"
    if len(first.split()) < _MIN_WORDS or len(second.split()) < _MIN_WORDS or _SPLIT_RE.search(second):
        return None
    return first, second


def own_words(part: str, other: str) -> frozenset[str]:
    """The analysed words a part asks about that the other part does not, question words left out
    ("timmar", "dagen", "läser" of "… och hur många timmar om dagen läser man?")."""
    return frozenset(analyze(part)) - frozenset(analyze(other)) - _question_words()


@lru_cache(maxsize=1)
def _question_words() -> frozenset[str]:
    return frozenset(t for w in QUESTION_WORDS for t in analyze(w))
