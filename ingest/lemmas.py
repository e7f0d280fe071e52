"""simplemma's Swedish dictionary as an on-disk table.

simplemma ships its dictionaries front-coded and lzma-compressed, and decodes the whole Swedish
one (964,000 word forms) into memory on first use: about 1.4 s and well over 100 MB, most of a
new process's first answer. Here the decoded table is written once to an SQLite file in the
cache folder (Settings.cache_dir) and each word is looked up there (about 25 µs), so a new process
starts answering without loading it. The file is named after the simplemma version and the shipped file's size, so an
upgrade never reads a stale table. A file that is missing, damaged or unwritable falls back to
simplemma's own in-memory table; the lemmas are the same either way.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Mapping
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simplemma import Lemmatizer

log = logging.getLogger(__name__)

_lock = threading.Lock()
_state: dict[str, object] = {"folder": None, "lemmatizer": None}
_COMPLETE = "complete"  # the last row written: a file without it was never finished


def use_cache(folder: Path | None) -> None:
    """Where the table is kept (None: nowhere, simplemma decodes it in memory). Only until the
    first word is lemmatized: after that the process has its table, and the lemmas do not
    depend on where it came from."""
    with _lock:
        if _state["lemmatizer"] is None:
            _state["folder"] = folder


def lemmatizer() -> Lemmatizer:
    with _lock:
        built = _state["lemmatizer"]
        if built is None:
            built = _state["lemmatizer"] = build_lemmatizer(_state["folder"])  # type: ignore[arg-type]
        return built  # type: ignore[return-value]


def build_lemmatizer(folder: Path | None) -> Lemmatizer:
    """A simplemma Lemmatizer whose dictionaries live in `folder` (None: in memory)."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    if folder is None:
        return Lemmatizer()
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_TableFactory(folder)))


def table_file(folder: Path, lang: str = "sv") -> Path:
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER

    size = (DATA_FOLDER / f"{lang}.plzma").stat().st_size
    return folder / f"simplemma-{simplemma.__version__}-{lang}-{size}.sqlite3"


class _TableFactory:
    """A simplemma DictionaryFactory over the on-disk tables (written on first use)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._tables: dict[str, Mapping[str, str]] = {}
        self._lock = threading.Lock()

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        with self._lock:
            if lang not in self._tables:
                self._tables[lang] = self._open(lang)
            return self._tables[lang]

    def _open(self, lang: str) -> Mapping[str, str]:
        path = table_file(self.folder, lang)
        if _complete(path):
            return SqliteTable(path, lang)
        if path.exists():
            log.warning("lemma table %s is incomplete or damaged; writing it afresh", path.name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            os.close(fd)
        except OSError as exc:  # an unwritable cache folder only costs speed: decode once, in memory
            log.warning("could not keep the lemma table in %s: %s", path.parent, exc)
            return _in_memory(lang)
        from simplemma.strategies.dictionaries.dictionary_factory import (
            MappingStrToByteString,
            _load_dictionary_from_disk,
        )

        table = _load_dictionary_from_disk(lang)
        try:
            _write(Path(tmp), path, table)
        except (OSError, sqlite3.Error) as exc:
            log.warning("could not keep the lemma table in %s: %s", path.parent, exc)
            return MappingStrToByteString(table)  # the table already decoded, not a second decode
        return SqliteTable(path, lang)


class SqliteTable(Mapping[str, str]):
    """Read-only str -> str lookups in one table file; one connection per thread (the web server
    answers on several). If the file fails mid-run, simplemma's in-memory table takes over."""

    def __init__(self, path: Path, lang: str) -> None:
        self.path, self.lang = path, lang
        self._local = threading.local()
        self._fallback: Mapping[str, str] | None = None

    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = _read_only(self.path)
        return conn

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if self._fallback is None:
            try:
                row = self._connection().execute("SELECT v FROM lemmas WHERE k = ?", (key.encode(),)).fetchone()
                return row[0].decode() if row else default
            except sqlite3.Error as exc:
                log.warning("lemma table %s failed (%s); using simplemma's own table", self.path.name, exc)
                self._fallback = _in_memory(self.lang)
        return self._fallback.get(key, default)

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[str]:
        for (key,) in self._connection().execute("SELECT k FROM lemmas"):
            yield key.decode()

    def __len__(self) -> int:
        return int(self._connection().execute("SELECT count(*) FROM lemmas").fetchone()[0])


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _complete(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with closing(_read_only(path)) as conn:
            return conn.execute("SELECT v FROM meta WHERE k = ?", (_COMPLETE,)).fetchone() is not None
    except sqlite3.Error:
        return False


def _in_memory(lang: str) -> Mapping[str, str]:
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    return DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)


def _write(tmp: Path, path: Path, table: dict[bytes, bytes]) -> None:
    """Write the table to `tmp` beside `path`, then rename it into place: a reader never sees half
    a file, and two processes writing at once each rename a whole one."""
    try:
        with closing(sqlite3.connect(tmp)) as conn:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            conn.execute("CREATE TABLE lemmas (k BLOB PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID")
            conn.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)")
            conn.executemany("INSERT INTO lemmas VALUES (?, ?)", sorted(table.items()))
            conn.execute("INSERT INTO meta VALUES (?, ?)", (_COMPLETE, str(len(table))))
            conn.commit()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
