"""Vectors of answer units (sentences, list items, table rows), keyed by a hash of the embedded
text, in one .npz file beside the catalog. Written atomically; a key the file lacks only costs
that unit its semantic score, so a crash between writes never breaks answering."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


class UnitVectors:
    def __init__(self, keys: list[str], matrix: np.ndarray) -> None:
        self.rows = {k: i for i, k in enumerate(keys)}
        self.matrix = matrix

    @classmethod
    def empty(cls, dim: int = 0) -> UnitVectors:
        return cls([], np.zeros((0, dim), dtype=np.float16))

    @classmethod
    def load(cls, path: Path) -> UnitVectors:
        if not path.exists():
            return cls.empty()
        try:
            with np.load(path, allow_pickle=False) as data:
                keys, matrix = [str(k) for k in data["keys"]], data["vectors"]
            if matrix.ndim != 2 or (keys and matrix.shape[0] != len(keys)):
                raise ValueError(f"{len(keys)} keys for vectors of shape {matrix.shape}")
            return cls(keys, matrix)
        except Exception as exc:  # truncated or overwritten: np.load raises EOFError, BadZipFile, ValueError…
            # Units lose their semantic score until the next ingest embeds them again.
            log.warning("the answer-unit vectors %s are damaged (%s); `python -m ingest` rebuilds them",
                        path, type(exc).__name__)
            return cls.empty()

    def __contains__(self, key: str) -> bool:
        return key in self.rows

    def get(self, key: str) -> np.ndarray | None:
        row = self.rows.get(key)
        return None if row is None else self.matrix[row].astype(np.float32)

    def similarities(self, keys: list[str], query: np.ndarray) -> np.ndarray:
        """Cosine similarity of each key's vector to the query; NaN where a key has no vector."""
        out = np.full(len(keys), np.nan, dtype=np.float32)
        found = [(i, self.rows[k]) for i, k in enumerate(keys) if k in self.rows]
        if found:
            idx, rows = zip(*found, strict=True)
            out[list(idx)] = self.matrix[list(rows)].astype(np.float32) @ query
        return out

    @staticmethod
    def save(path: Path, vectors: dict[str, np.ndarray]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        keys = sorted(vectors)
        matrix = np.vstack([vectors[k] for k in keys]).astype(np.float16) if keys else np.zeros((0, 0), np.float16)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp.npz", dir=path.parent)
        os.close(fd)
        try:
            np.savez(tmp, keys=np.array(keys), vectors=matrix)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
