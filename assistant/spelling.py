"""How people type, read as what they mean: chat spellings written out ("hur mkt e det" -> "hur
mycket är det", from assistant/data/question_types.toml) and words no document uses mapped to
the corpus word one edit away that begins as it does ("behandlin" -> behandling, "overenskommelse"
-> överenskommelse; two edits for long words). Used by lexical retrieval and by the answerer alike."""

from __future__ import annotations

import bisect
import re
import threading
from collections import OrderedDict
from functools import lru_cache

from assistant.data import question_types
from assistant.vocabulary import edit_distance
from ingest.analysis import analyze


@lru_cache(maxsize=1)
def chat_words() -> dict[str, str]:
    raw = question_types()
    return {k.casefold(): v for k, v in raw.get("chat_words", {}).items()}


# a chat word stands alone: not part of a hyphenated word or an abbreviation ("e-tjänst", "t.o.m."),
# and not capitalised inside the text, where it is a name or an initial ("Jan Berg", "län O")
_CHAT_WORD_RE = re.compile(r"(?<![\w.:/@-])[^\W\d_]+(?![\w:/@-]|\.\w)")


def written_out(text: str) -> str:
    """The text with chat spellings written out."""
    chat = chat_words()

    def spelled(m: re.Match[str]) -> str:
        word = m.group(0)
        if word[0].isupper() and text[:m.start()].strip():
            return word
        return chat.get(word.casefold(), word)

    return _CHAT_WORD_RE.sub(spelled, text)


_FOLD = str.maketrans("åäöé", "aaoe")


def _bucket(word: str) -> str:
    """Words are compared only with words that begin as they do ("ov" finds "öv": å/ä/ö are often
    typed without their dots)."""
    return word[:2].translate(_FOLD)


class Speller:
    """Maps analysed tokens to the vocabulary of an index (the tokens its passages use). Shared by
    the server's threads: its cache of unknown tokens is bounded and locked, and one question
    corrects at most MAX_CORRECTED tokens, each compared only with the words that begin as it does,
    so a long question of made-up words costs little. `comparisons` counts the edit distances
    computed (for tests and benchmarks)."""

    MAX_CORRECTED = 12  # unknown tokens corrected per question; later ones are left as they are
    CACHE_SIZE = 4096

    def __init__(self, vocabulary: frozenset[str], cache_size: int = CACHE_SIZE) -> None:
        self.vocabulary = vocabulary
        self._near: dict[tuple[str, int], list[str]] = {}
        for word in sorted(vocabulary):
            if not word.isdigit():
                self._near.setdefault((_bucket(word), len(word)), []).append(word)
        self._seen: OrderedDict[str, str | None] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.comparisons = 0
        self._by_spelling: tuple[list[str], list[str]] | None = None

    def nearest(self, token: str) -> str | None:
        """The vocabulary's token for `token`: itself when known, else the closest within one edit
        (two for a long word) among the words that begin as it does, else None."""
        if token in self.vocabulary:
            return token
        if not self._correctable(token):
            return None
        with self._lock:
            if token in self._seen:
                self._seen.move_to_end(token)
                return self._seen[token]
        found, compared = self._search(token)
        with self._lock:
            self.comparisons += compared
            self._seen[token] = found
            self._seen.move_to_end(token)
            while len(self._seen) > self._cache_size:
                self._seen.popitem(last=False)
        return found

    def corrected(self, tokens: list[str]) -> list[str | None]:
        """`nearest` for each token of one question; unknown tokens after the first MAX_CORRECTED
        are not looked for (None), whatever the cache holds, so the answer never depends on what
        was asked before."""
        out: list[str | None] = []
        unknown = 0
        for token in tokens:
            if token in self.vocabulary:
                out.append(token)
                continue
            correctable = self._correctable(token)
            unknown += correctable
            out.append(self.nearest(token) if correctable and unknown <= self.MAX_CORRECTED else None)
        return out

    def tokens(self, text: str) -> list[str]:
        """The analysed tokens of a text as the index knows them (unknown ones left as they are)."""
        tokens = analyze(written_out(text))
        return [known or token for token, known in zip(tokens, self.corrected(tokens), strict=True)]

    def begins_longer_word(self, part: str) -> bool:
        """Whether a vocabulary word longer than `part` begins with it ("rehab": rehabilitering)."""
        return _begins_longer(self._sorted()[0], part)

    def ends_longer_word(self, part: str) -> bool:
        """Whether a vocabulary word longer than `part` ends with it ("garantin": rehabiliteringsgarantin)."""
        return _begins_longer(self._sorted()[1], part[::-1])

    def _sorted(self) -> tuple[list[str], list[str]]:
        """The vocabulary sorted, and sorted by reversed spelling (built once, on first use): a
        prefix or a suffix is found by bisection, whatever the library's size."""
        if self._by_spelling is None:
            with self._lock:
                if self._by_spelling is None:
                    self._by_spelling = (sorted(self.vocabulary), sorted(w[::-1] for w in self.vocabulary))
        return self._by_spelling

    @staticmethod
    def _correctable(token: str) -> bool:
        return len(token) >= 4 and not token.isdigit()

    def _search(self, token: str) -> tuple[str | None, int]:
        limit = 1 if len(token) < 8 else 2
        best: tuple[int, str] | None = None
        compared = 0
        for length in range(len(token) - limit, len(token) + limit + 1):
            for known in self._near.get((_bucket(token), length), ()):
                compared += 1
                d = edit_distance(token, known, limit)
                if d <= limit and (best is None or (d, known) < best):
                    best = (d, known)
        return (best[1] if best else None), compared


def _begins_longer(words: list[str], part: str) -> bool:
    """Whether a word of `words` (sorted) longer than `part` begins with it."""
    i = bisect.bisect_right(words, part)
    return i < len(words) and words[i].startswith(part)
