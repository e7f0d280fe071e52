"""simplemma's Swedish dictionary kept as an SQLite table: the same lemmas as simplemma's own
in-memory table, written once, rewritten when damaged, and never in the way when the folder
cannot be written or the file fails mid-run."""

from __future__ import annotations

import logging
import random
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import simplemma

from ingest.lemmas import SqliteTable, build_lemmatizer, table_file

pytestmark = pytest.mark.integration  # decodes and writes the real 964,000-form table

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lemmas")
    build_lemmatizer(path).lemmatize("hej", lang="sv")
    return path


def words() -> list[str]:
    """Every word of the corpus, a random sample of simplemma's dictionary, and odd cases."""
    found: set[str] = set()
    for path in (REPO / "corpus").rglob("*.txt"):
        found |= set(re.findall(r"[^\W\d_]+", path.read_text("utf-8", errors="ignore")))
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    forms = list(DEFAULT_DICTIONARY_FACTORY.get_dictionary("sv"))
    return sorted(found) + random.Random(7).sample(forms, 3000) + ["KBT/IPT", "e-hälsa", "MMR2", "Ersätts", "xyzzy"]


def test_the_table_gives_simplemmas_own_lemmas(folder: Path) -> None:
    table = build_lemmatizer(folder)
    sample = words()
    differ = [w for w in sample if table.lemmatize(w, lang="sv") != simplemma.lemmatize(w, lang="sv")]
    assert len(sample) > 3500 and differ == []
    looked_up = factory_table(table)
    assert isinstance(looked_up, SqliteTable) and looked_up._fallback is None  # the file answered, not memory


def test_the_table_is_written_once_and_named_after_the_version(folder: Path) -> None:
    path = table_file(folder)
    assert path.exists() and simplemma.__version__ in path.name
    written = path.stat().st_mtime_ns
    build_lemmatizer(folder).lemmatize("behandlingar", lang="sv")
    assert path.stat().st_mtime_ns == written
    assert not list(folder.glob("*.tmp"))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_damaged_table_is_written_afresh(folder: Path, tmp_path: Path, damage: str,
                                           caplog: pytest.LogCaptureFixture) -> None:
    path = table_file(tmp_path)
    good = table_file(folder).read_bytes()
    path.write_bytes({"garbage": b"not a database" * 100, "truncated": good[: len(good) // 3], "empty": b""}[damage])
    with caplog.at_level(logging.WARNING, logger="ingest.lemmas"):
        lemma = build_lemmatizer(tmp_path).lemmatize("behandlingarna", lang="sv")
    assert lemma == simplemma.lemmatize("behandlingarna", lang="sv")
    assert "writing it afresh" in caplog.text
    assert path.read_bytes() == good


def test_an_unwritable_folder_falls_back_to_memory(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with caplog.at_level(logging.WARNING, logger="ingest.lemmas"):
        lemma = build_lemmatizer(blocked / "cache").lemmatize("ersättningen", lang="sv")
    assert lemma == simplemma.lemmatize("ersättningen", lang="sv")
    assert "could not keep the lemma table" in caplog.text


def test_a_table_that_fails_mid_run_hands_over_to_memory(folder: Path, tmp_path: Path,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / table_file(folder).name
    path.write_bytes(table_file(folder).read_bytes())
    table = SqliteTable(path, "sv")
    assert table.get("behandlingarna") == simplemma.lemmatize("behandlingarna", lang="sv")
    path.write_bytes(b"overwritten while open" * 1000)
    table._local = threading.local()  # a new thread's first connection meets the damaged file
    with caplog.at_level(logging.WARNING, logger="ingest.lemmas"):
        assert table.get("behandlingarna") == simplemma.lemmatize("behandlingarna", lang="sv")
        assert table.get("ordetfinnsinte") is None
    assert "using simplemma's own table" in caplog.text


def test_lookups_from_many_threads(folder: Path) -> None:
    table = SqliteTable(table_file(folder), "sv")
    sample = words()[:2000]
    expected = {w: table.get(w) for w in sample}
    wrong: list[str] = []

    def work(part: list[str]) -> None:
        for w in part:
            if table.get(w) != expected[w]:
                wrong.append(w)

    threads = [threading.Thread(target=work, args=(sample[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == [] and table._fallback is None


def factory_table(lemmatizer: object) -> object:
    """The Swedish table behind a lemmatizer built by build_lemmatizer."""
    strategy = lemmatizer._lemmatization_strategy  # type: ignore[attr-defined]
    return strategy._dictionary_lookup._dictionary_factory.get_dictionary("sv")


def test_answering_imports_no_langchain_and_decodes_no_dictionary(tmp_path: Path) -> None:
    """What keeps a new process's first answer fast: reads go straight to Chroma, and lemmas come
    from the table the ingest wrote. (Writes still go through langchain-chroma.)"""
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "ASSISTANT_DATA_DIR": str(tmp_path / "data"),
           "ASSISTANT_CACHE_DIR": str(tmp_path / "cache"), "ASSISTANT_EMBEDDING_BACKEND": "hashing"}
    ingest = subprocess.run([sys.executable, "-m", "ingest", str(REPO / "corpus")], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=300)
    assert ingest.returncode == 0, ingest.stderr[-2000:]
    assert table_file(tmp_path / "cache").exists()
    script = """
import sys
import simplemma.strategies.dictionaries.dictionary_factory as factory
def refuse(lang): raise AssertionError("decoded simplemma's in-memory table")
factory._load_dictionary_from_disk = refuse
from assistant.assistant import Assistant
from assistant.settings import Settings
answer = Assistant(Settings()).ask("Hur mycket ersätts landstingen per KBT?")
assert answer.answerable, answer.answer
print(sorted(m for m in sys.modules if m.startswith("langchain")))
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
