"""BM25 over the token lists that ingestion stored in the catalog (no re-analysis at start-up)."""

from __future__ import annotations

import logging

import numpy as np

from assistant.spelling import Speller


class LexicalIndex:
    def __init__(self, chunk_ids: list[str], tokens: list[list[str]]) -> None:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
        self.chunk_ids = chunk_ids
        self.vocabulary = frozenset(t for ts in tokens for t in ts)
        self._speller: object | None = None
        self._bm25 = bm25s.BM25()
        if chunk_ids:
            self._bm25.index([t or ["∅"] for t in tokens], show_progress=False)

    def speller(self) -> Speller:
        """Typo and chat-spelling correction against this index's words (built on first use)."""
        if self._speller is None:
            self._speller = Speller(self.vocabulary)
        return self._speller  # type: ignore[return-value]

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        if not self.chunk_ids or not query_tokens:
            return np.zeros(len(self.chunk_ids), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(list(dict.fromkeys(query_tokens))), dtype=np.float32)
