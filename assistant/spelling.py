"""How people type, read as what they mean: chat spellings written out ("hur mkt e det" -> "hur
mycket är det", from assistant/data/question_types.toml) and words no document uses mapped to
the corpus word one edit away ("behandlin" -> behandling, "overenskommelse" -> överenskommelse;
two edits for long words). Used by lexical retrieval and by the answerer alike."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from assistant.vocabulary import edit_distance
from ingest.analysis import analyze


@lru_cache(maxsize=1)
def chat_words() -> dict[str, str]:
    raw = tomllib.loads(resources.files("assistant.data").joinpath("question_types.toml").read_text("utf-8"))
    return {k.casefold(): v for k, v in raw.get("chat_words", {}).items()}


def written_out(text: str) -> str:
    """The text with chat spellings written out."""
    chat = chat_words()
    return re.sub(r"[^\W\d_]+", lambda m: chat.get(m.group(0).casefold(), m.group(0)), text)


class Speller:
    """Maps analysed tokens to the vocabulary of an index (the tokens its passages use)."""

    def __init__(self, vocabulary: frozenset[str]) -> None:
        self.vocabulary = vocabulary
        self._by_length: dict[int, list[str]] = {}
        for word in vocabulary:
            if not word.isdigit():
                self._by_length.setdefault(len(word), []).append(word)
        self._seen: dict[str, str | None] = {}

    def nearest(self, token: str) -> str | None:
        """The vocabulary's token for `token`: itself when known, else the closest within one edit
        (two for a long word), else None."""
        if token in self.vocabulary:
            return token
        if token in self._seen:
            return self._seen[token]
        found = None
        if len(token) >= 4 and not token.isdigit():
            limit = 1 if len(token) < 8 else 2
            best: tuple[int, str] | None = None
            for length in range(len(token) - limit, len(token) + limit + 1):
                for known in self._by_length.get(length, ()):
                    d = edit_distance(token, known, limit)
                    if d <= limit and (best is None or (d, known) < best):
                        best = (d, known)
            found = best[1] if best else None
        self._seen[token] = found
        return found

    def tokens(self, text: str) -> list[str]:
        """The analysed tokens of a text as the index knows them (unknown ones left as they are)."""
        out = []
        for token in analyze(written_out(text)):
            out.append(self.nearest(token) or token)
        return out
