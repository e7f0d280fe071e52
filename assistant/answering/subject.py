"""What a question is about: the noun that a question phrase asking about a thing governs ("Vad
kostar *en parkeringsplats* …?", "Hur många *vårdcentraler* …?", "Vad menas med *MMR*?").
The answerer refuses a Swedish question whose topic no document uses (nor as parts of a
compound): no passage can state the cost, the number or the meaning of a thing no document names,
and answering with another thing's figure is the worst failure (assistant/answering/question.py).

A rule of Swedish question syntax, not of any document: the phrases are the interrogatives whose
noun is the thing asked about, and the noun is the first word after them that is not an article,
a quantifier or a pronoun. Phrases whose noun names the kind of answer wanted are not among them
("Vilket datum …?", "Vad var huvudorsaken …?" ask for a date and a cause, which the passages
give without the word), nor "Vad är X?", which also asks for a kind of answer ("Vad är syftet?").
"""

from __future__ import annotations

import re
from functools import lru_cache

# interrogative phrases whose noun (after an article, maybe) is the thing asked about
_TOPIC = re.compile(
    r"\b(?:vad|hur mycket) (?:kostar|kostade) |\bhur många |\bhur stor(?:t|a)? (?:andel|del) av "
    r"|\bvad (?:betyder|innebär|menas med|avses med) ",
    re.I,
)
# words between the phrase and its noun that are not the thing itself
_SKIP = frozenset({"en", "ett", "den", "det", "de", "dom", "denna", "detta", "dessa", "man"})
# words that end the search: the phrase governs no noun here ("Hur många har …", "Vad innebär det som …")
_STOP = frozenset({
    "var", "är", "blev", "fick", "får", "har", "hade", "ska", "skulle", "kan", "kunde", "gäller", "gällde",
    "finns", "fanns", "som", "när",
})
_WORD = re.compile(r"[^\W\d_][\w/-]*")


@lru_cache(maxsize=4096)
def asked_topic(question: str) -> str:
    """The noun the question's topic phrase governs, as written ("" when there is none)."""
    m = _TOPIC.search(question)
    if not m:
        return ""
    for word in _WORD.findall(question[m.end():])[:3]:
        low = word.casefold()
        if low in _STOP:
            return ""
        if low in _SKIP:
            continue
        return word if len(word) >= 3 else ""
    return ""
