"""A damaged index directory: the catalog truncated or rewritten, the Chroma folder deleted or its
SQLite file overwritten, the answer-unit vectors cut short. Each gives a person a one-line reason
and what to do (never a traceback), from `python -m assistant ask` and from `python -m ingest`;
what can be repaired is repaired by the next ingest, the rest by `python -m ingest --rebuild`.

The unit tier damages an index built over the in-memory store; the integration tier damages a
real embedded Chroma index and runs the two commands as subprocesses (hashing embedder, so that
no model is loaded)."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.assistant import Assistant
from assistant.settings import Settings
from ingest.catalog import Catalog, CatalogError
from ingest.pipeline import Ingestor
from ingest.unit_vectors import UnitVectors

REPO = Path(__file__).resolve().parents[1]
KBT = "Hur mycket ersätts landstingen per KBT?"
SKL_2015 = "skl-2015-overenskommelse-rehabiliteringsgarantin"


def truncate(path: Path, fraction: float = 0.5) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])


def rewrite_catalog(path: Path, change: Callable[[dict[str, Any]], Any]) -> None:
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps(change(data), ensure_ascii=False), "utf-8")


def drop_a_document(data: dict[str, Any]) -> dict[str, Any]:
    data["documents"].pop(SKL_2015)  # its chunks stay: they now point at no document
    return data


def chunk_outside_its_document(data: dict[str, Any]) -> dict[str, Any]:
    chunk = next(iter(data["chunks"].values()))
    chunk["end"] = 10**9
    return data


CATALOG_DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": truncate,
    "empty": lambda p: p.write_bytes(b""),
    "not-an-object": lambda p: p.write_text("[]", "utf-8"),
    "no-fields": lambda p: p.write_text('{"version": 1}', "utf-8"),
    "a-document-missing": lambda p: rewrite_catalog(p, drop_a_document),
    "a-chunk-outside-its-document": lambda p: rewrite_catalog(p, chunk_outside_its_document),
    "binary": lambda p: p.write_bytes(bytes(range(256))),
}


# --- unit tier: memory store -------------------------------------------------------------------

@pytest.fixture
def indexed(settings: Settings, corpus_dir: Path, memory_stores) -> Callable[..., Any]:
    """Runs the ingest over the in-memory stores; returns its report."""

    def run(rebuild: bool = False) -> Any:
        return Ingestor(settings, memory_stores.embedder, memory_stores).run([corpus_dir], rebuild=rebuild)

    assert run().ok
    return run


@pytest.mark.unit
@pytest.mark.parametrize("damage", list(CATALOG_DAMAGE))
def test_a_damaged_catalog_is_a_catalog_error_naming_the_rebuild(
    damage: str, settings: Settings, indexed: Callable[..., Any], memory_stores
) -> None:
    CATALOG_DAMAGE[damage](settings.catalog_path)
    with pytest.raises(CatalogError, match="damaged.*python -m ingest --rebuild") as excinfo:
        Catalog.load(settings.catalog_path)
    assert "\n" not in str(excinfo.value)
    with pytest.raises(CatalogError):
        indexed()
    answer = Assistant(settings, memory_stores.embedder, memory_stores).ask(KBT)
    assert answer.notes == ["index_unavailable"] and "--rebuild" in answer.answer
    assert indexed(rebuild=True).ok
    healed = Assistant(settings, memory_stores.embedder, memory_stores).ask(KBT)
    assert healed.answerable and healed.notes == [] and SKL_2015 in {c.doc_id for c in healed.citations}


@pytest.mark.unit
def test_vectors_lost_by_the_store_are_noticed_and_embedded_again(
    settings: Settings, indexed: Callable[..., Any], memory_stores, caplog: pytest.LogCaptureFixture
) -> None:
    """A deleted store folder used to go unnoticed: every document was 'unchanged', so nothing was
    embedded again, and answers rested on word matching alone for good."""
    store = memory_stores("g1")
    total = store.count()
    lost = sorted(store.ids())[::3]
    store.delete(lost)
    assistant = Assistant(settings, memory_stores.embedder, memory_stores)
    with caplog.at_level(logging.WARNING):
        answer = assistant.ask(KBT)
    assert answer.answerable and answer.notes == ["vectors_missing"]  # answered, from BM25
    assert any("python -m ingest" in r.getMessage() for r in caplog.records)

    report = indexed()
    assert report.ok and len(report.unchanged) == 5 and report.chunks_embedded == len(lost)
    assert sum(report.repaired.values()) == len(lost) and store.count() == total
    settings.catalog_path.touch()  # (the catalog is unchanged; a new mtime makes a new snapshot)
    assert assistant.ask(KBT).notes == []


@pytest.mark.unit
@pytest.mark.parametrize(
    "damage",
    [
        lambda p: truncate(p),
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4),
        lambda p: p.write_bytes(b"garbage"),
        lambda p: np.savez(p, keys=np.array(["a", "b", "c"]), vectors=np.zeros((2, 4))),
        lambda p: np.savez(p, other=np.zeros(3)),
    ],
    ids=["truncated", "empty", "zip-garbage", "garbage", "keys-and-rows-disagree", "wrong-arrays"],
)
def test_damaged_unit_vectors_cost_their_scores_until_the_next_ingest(
    damage: Callable[[Path], None], settings: Settings, indexed: Callable[..., Any], memory_stores,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = settings.unit_vectors_path
    good = UnitVectors.load(path)
    damage(path)
    with caplog.at_level(logging.WARNING):
        assert UnitVectors.load(path).rows == {}
        answer = Assistant(settings, memory_stores.embedder, memory_stores).ask(KBT)
    assert answer.answerable and "12 000" in answer.answer
    assert any("answer-unit vectors" in r.getMessage() and "python -m ingest" in r.getMessage()
               for r in caplog.records)
    report = indexed()
    assert report.ok and report.units_embedded == len(good.rows) and report.chunks_embedded == 0
    assert UnitVectors.load(path).rows == good.rows


@pytest.mark.unit
def test_a_rebuild_over_an_unreadable_catalog_starts_after_every_generation_on_disk(
    settings: Settings, indexed: Callable[..., Any], memory_stores
) -> None:
    """The damaged catalog no longer names its generation: the rebuild must not land in a folder
    that still holds one, and leaves no stale folder behind."""
    for stale in ("g1", "g4", "g2"):
        (settings.chroma_dir / stale).mkdir(parents=True, exist_ok=True)
    (settings.chroma_dir / "notes").mkdir()
    settings.catalog_path.write_text("{", "utf-8")
    assert indexed(rebuild=True).ok
    assert Catalog.load(settings.catalog_path).generation == "g5"  # type: ignore[union-attr]
    assert sorted(p.name for p in settings.chroma_dir.iterdir()) == ["notes"]


# --- integration tier: subprocesses over a real embedded Chroma ---------------------------------

def run_cli(module: str, *args: str, data: Path, corpus: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(ASSISTANT_DATA_DIR=str(data), ASSISTANT_CORPUS_DIR=str(corpus), ASSISTANT_EMBEDDING_BACKEND="hashing")
    # From the corpus' parent, as the first ingest ran: a document's source path is relative to it.
    result = subprocess.run([sys.executable, "-m", module, *args], cwd=corpus.parent, env=env,
                            capture_output=True, text=True, timeout=300)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real index (embedded Chroma) per module; every test damages its own copy."""
    root = tmp_path_factory.mktemp("damaged-index")
    shutil.copytree(REPO / "corpus", root / "corpus")
    result = run_cli("ingest", "--quiet", data=root / "data", corpus=root / "corpus")
    assert result.returncode == 0, result.stderr
    return root


class Workspace:
    def __init__(self, built: Path, tmp_path: Path) -> None:
        self.corpus = built / "corpus"
        self.data = tmp_path / "data"
        shutil.copytree(built / "data", self.data)
        self.index = self.data / "index"
        self.sqlite = self.index / "chroma" / "g1" / "chroma.sqlite3"

    def ask(self) -> tuple[dict[str, Any], str]:
        result = run_cli("assistant", "ask", "--json", KBT, data=self.data, corpus=self.corpus)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout), result.stderr

    def ingest(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_cli("ingest", "--quiet", *args, data=self.data, corpus=self.corpus)


def assert_answers_again(ws: Workspace) -> None:
    answer, stderr = ws.ask()
    assert answer["answerable"] and answer["notes"] == [] and stderr == ""
    assert SKL_2015 in {c["doc_id"] for c in answer["citations"]}


SUMMARY = re.compile(
    r"^documents: (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) removed, (\d+) failed; "
    r"chunks: (\d+) in index, (\d+) embedded \((\d+) answer units\); \d+\.\d s$"
)


def summary(stdout: str) -> dict[str, int]:
    match = SUMMARY.match(stdout.strip().splitlines()[-1])
    assert match, stdout
    keys = ["added", "updated", "unchanged", "removed", "failed", "in_index", "embedded", "units"]
    return dict(zip(keys, map(int, match.groups()), strict=True))


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


INDEX_UNUSABLE: dict[str, Callable[[Workspace], None]] = {
    "catalog-truncated": lambda ws: truncate(ws.index / "rehab.catalog.json"),
    "catalog-not-an-object": lambda ws: (ws.index / "rehab.catalog.json").write_text("[]", "utf-8"),
    "chroma-sqlite-garbage": lambda ws: ws.sqlite.write_bytes(os.urandom(200_000)),
    "chroma-sqlite-truncated": lambda ws: truncate(ws.sqlite, 0.1),
}


@pytest.mark.integration
@pytest.mark.slow  # several subprocesses: 10–15 s each on two cores
@pytest.mark.parametrize("damage", list(INDEX_UNUSABLE))
def test_an_unusable_index_gets_a_message_from_both_commands_and_a_rebuild_recovers(
    damage: str, built: Path, tmp_path: Path
) -> None:
    ws = Workspace(built, tmp_path)
    INDEX_UNUSABLE[damage](ws)
    answer, _ = ws.ask()
    assert not answer["answerable"] and answer["notes"] == ["index_unavailable"]
    assert "--rebuild" in answer["answer"] and "\n" not in answer["answer"]

    refused = ws.ingest()
    assert refused.returncode == 2 and refused.stdout == ""
    line = one_line(refused.stderr)
    assert line.startswith("ingest: ") and "--rebuild" in line

    rebuilt = ws.ingest("--rebuild")
    assert rebuilt.returncode == 0 and rebuilt.stderr == "", rebuilt.stderr
    assert sorted(p.name for p in (ws.index / "chroma").iterdir()) == ["g2"]
    assert_answers_again(ws)


@pytest.mark.integration
@pytest.mark.slow  # several subprocesses: 10–15 s each on two cores
def test_a_deleted_chroma_folder_is_noticed_and_the_next_ingest_repairs_it(built: Path, tmp_path: Path) -> None:
    ws = Workspace(built, tmp_path)
    shutil.rmtree(ws.index / "chroma")
    answer, stderr = ws.ask()
    assert answer["answerable"] and answer["notes"] == ["vectors_missing"]  # word matching still answers
    assert "fewer passages" in one_line(stderr) and "python -m ingest" in stderr

    repaired = ws.ingest()
    assert repaired.returncode == 0 and "were embedded again" in one_line(repaired.stderr)
    counts = summary(repaired.stdout)
    assert counts["unchanged"] == 5 and counts["embedded"] == counts["in_index"] > 0 and counts["units"] == 0
    assert_answers_again(ws)
    again = ws.ingest()
    assert again.returncode == 0 and again.stderr == "" and summary(again.stdout)["embedded"] == 0


@pytest.mark.integration
@pytest.mark.slow  # several subprocesses: 10–15 s each on two cores
@pytest.mark.parametrize("damage", ["truncated", "empty"])
def test_damaged_unit_vectors_warn_and_the_next_ingest_rebuilds_them(
    damage: str, built: Path, tmp_path: Path
) -> None:
    ws = Workspace(built, tmp_path)
    path = ws.index / "rehab.units.npz"
    truncate(path) if damage == "truncated" else path.write_bytes(b"")
    answer, stderr = ws.ask()
    assert answer["answerable"] and "12 000" in answer["answer"]
    assert "answer-unit vectors" in one_line(stderr)

    repaired = ws.ingest()
    counts = summary(repaired.stdout)
    assert repaired.returncode == 0 and counts["embedded"] == 0 and counts["units"] > 0
    assert_answers_again(ws)
