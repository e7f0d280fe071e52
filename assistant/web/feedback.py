"""Thumbs up/down with an optional comment, kept in SQLite under the data directory.

Everything a person typed is redacted (personal identity numbers) before it is stored."""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.privacy import redact

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    user TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    rating INTEGER NOT NULL,          -- +1 thumbs up, -1 thumbs down
    comment TEXT NOT NULL DEFAULT '',
    citations TEXT NOT NULL DEFAULT '' -- doc ids of the cited sources, comma-separated
)
"""
MAX_COMMENT = 2000


@dataclass(frozen=True)
class Feedback:
    id: int
    created: float
    user: str
    question: str
    answer: str
    rating: int
    comment: str
    citations: str


class FeedbackStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def add(self, question: str, answer: str, rating: int, user: str = "", citations: str = "") -> int:
        if rating not in (1, -1):
            raise ValueError("rating must be +1 or -1")
        with self._lock, self._connect() as db:
            cursor = db.execute(
                "INSERT INTO feedback (created, user, question, answer, rating, citations) VALUES (?, ?, ?, ?, ?, ?)",
                (time.time(), user, redact(question), redact(answer), rating, citations),
            )
            return int(cursor.lastrowid or 0)

    def comment(self, feedback_id: int, comment: str) -> bool:
        with self._lock, self._connect() as db:
            cursor = db.execute("UPDATE feedback SET comment = ? WHERE id = ?",
                                (redact(comment.strip())[:MAX_COMMENT], feedback_id))
            return cursor.rowcount == 1

    def all(self) -> list[Feedback]:
        with self._connect() as db:
            rows = db.execute("SELECT id, created, user, question, answer, rating, comment, citations "
                              "FROM feedback ORDER BY id").fetchall()
        return [Feedback(*row) for row in rows]
