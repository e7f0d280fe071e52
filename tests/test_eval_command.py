"""`python -m evals run` as a newcomer runs it (`make eval`): every configuration of the command,
each on three gold questions, in a subprocess over a private data folder with the default
embedder. The textbook baseline's `langchain_text_splitters` went undeclared once and no test
ran that configuration; now each one writes its report. ("llm" needs an endpoint: it runs in
tests/test_llm_integration.py against a real llama.cpp server.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evals.runner import CONFIGS

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = "eligibility-001,unanswerable-001,eligibility-002"


def run_eval(tmp_path: Path, configs: list[str], **env: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path / "report"
    environ = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_CORPUS_DIR": str(REPO / "corpus"),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])), **env}
    environ = {k: v for k, v in environ.items() if not (k.startswith("ASSISTANT_LLM") and k not in env)}
    args = [sys.executable, "-m", "evals", "run", "--only", QUESTIONS, "--out", str(out)]
    for name in configs:
        args += ["--config", name]
    done = subprocess.run(args, cwd=REPO, env=environ, capture_output=True, text=True, timeout=1800)
    return done, out


def test_every_configuration_of_the_eval_command_runs(tmp_path: Path) -> None:
    done, out = run_eval(tmp_path, list(CONFIGS))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ModuleNotFoundError" not in done.stderr
    runs = json.loads((out / "report.json").read_text("utf-8"))["runs"]
    assert (out / "report.md").exists()
    assert set(runs) >= set(CONFIGS)
    for name in CONFIGS:
        assert f"{name}: accuracy" in done.stdout
        items = runs[name]["items"]
        assert sorted(i["id"] for i in items) == sorted(QUESTIONS.split(",")), name
        assert any(i["answerable"] for i in items), name  # each configuration answered something
