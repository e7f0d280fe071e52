"""Passage vectors kept by model and text, so the same text is never embedded twice on one machine:
a `--rebuild`, a second data folder (an evaluation's index of corpus/ beside a batch, each test's
own index) or a document uploaded again reuse what was computed. Only time is saved: the vectors
are the model's own, keyed by its id (two models never share a vector), and the file (SQLite, in
Settings.cache_dir) is safe to delete. Several processes may share it; any failure to read or
write it falls back to embedding, never to an error."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

_SCHEMA = "CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL)"
_BATCH = 500  # keys per SELECT (SQLite's bound on parameters is 999 on old builds)


class EmbeddingCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.hits = 0
        self.misses = 0
        self._broken = False
        self._ready = False
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:  # the folder, the journal mode and the table: once per process
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=30)) as connection, connection:
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute(_SCHEMA)
            self._ready = True
        return sqlite3.connect(self.path, timeout=30)

    @staticmethod
    def key(model_id: str, text: str) -> bytes:
        return hashlib.sha256(f"{model_id}\x00{text}".encode()).digest()

    def through(self, model_id: str, texts: list[str], embed: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """The vectors of `texts`, in order: those kept from before, the rest from `embed` (each
        distinct text once), which are then kept."""
        if self._broken or not texts:
            return embed(texts)
        keys = [self.key(model_id, t) for t in texts]
        try:
            found = self._read(keys)
        except (sqlite3.Error, OSError) as exc:
            return self._give_up(exc, embed, texts)
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in found))
        with self._lock:
            self.hits += len(texts) - sum(1 for k in keys if k not in found)
            self.misses += len(missing)
        if missing:
            vectors = np.asarray(embed(missing), dtype=np.float32)
            fresh = {self.key(model_id, t): v for t, v in zip(missing, vectors, strict=True)}
            found.update(fresh)
            try:
                self._write(fresh)
            except (sqlite3.Error, OSError) as exc:
                self._warn(exc)
        return np.vstack([found[k] for k in keys]).astype(np.float32)

    def _read(self, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        out: dict[bytes, np.ndarray] = {}
        wanted = list(dict.fromkeys(keys))
        with closing(self._connect()) as connection:
            for i in range(0, len(wanted), _BATCH):
                part = wanted[i:i + _BATCH]
                rows = connection.execute(
                    f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})", part)
                for key, blob in rows:
                    out[bytes(key)] = np.frombuffer(blob, dtype=np.float32)
        return out

    def _write(self, vectors: dict[bytes, np.ndarray]) -> None:
        with closing(self._connect()) as connection, connection:  # closed, and committed
            connection.executemany("INSERT OR IGNORE INTO vectors (key, vector) VALUES (?, ?)",
                                   [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()])

    def _give_up(self, exc: Exception, embed: Callable[[list[str]], np.ndarray], texts: list[str]) -> np.ndarray:
        self._warn(exc)
        return embed(texts)

    def _warn(self, exc: Exception) -> None:
        if not self._broken:
            log.warning("embedding cache %s unusable (%s); embedding without it", self.path, exc)
        self._broken = True
