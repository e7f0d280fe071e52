"""`python -m assistant eligibility …` as a clinician's script runs it: a subprocess, settings from
the environment. Without an index the rules' quotes are located in the corpus files; with one,
in the index's documents (and then each citation also names its passage)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ingest.cleaning import clean
from ingest.loaders import load_file

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[1]
VERDICTS = {"eligible", "not_eligible", "needs_assessment", "insufficient_information"}


def run(args: list[str], cwd: Path, env_extra: dict[str, str] | None = None,
        module: str = "assistant") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["ASSISTANT_DATA_DIR"] = str(cwd / "data")
    env["ASSISTANT_CORPUS_DIR"] = str(REPO / "corpus")
    env.update(env_extra or {})
    prefix = ["eligibility"] if module == "assistant" else []
    return subprocess.run([sys.executable, "-m", module, *prefix, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def corpus_text(doc_id: str) -> str:
    return clean(load_file(REPO / "corpus" / f"{doc_id}.txt", 10**8).text).normalised.text


def verdict_json(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "warning" not in result.stderr, result.stderr
    data = json.loads(result.stdout)
    assert data["verdict"] in VERDICTS and data["unverified"] == []
    for reason in data["reasons"]:
        assert reason["text"] and reason["citations"], reason
        for c in reason["citations"]:
            assert corpus_text(c["doc_id"])[c["start"]:c["end"]] == c["quote"]
    for t in data["treatments"]:
        comp = t["compensation"]
        assert comp["amount_sek"] > 0 and comp["year"] == 2015
        assert str(comp["amount_sek"])[:2] in comp["citation"]["quote"]
    assert len(data["text"]) <= 500
    return data


@pytest.mark.parametrize(("args", "verdict", "treatments", "missing"), [
    (["--age", "45", "--condition", "ryggsmärta", "--months", "4", "--assessed", "yes"], "eligible",
     {"mmr1": 25000, "mmr2": 45000}, []),
    (["--age", "45", "--condition", "ryggsmärta", "--months", "4"], "needs_assessment",
     {"mmr1": 25000, "mmr2": 45000}, ["assessed"]),
    (["--age", "45", "--condition", "back pain", "--months", "2", "--assessed", "yes"], "not_eligible", {}, []),
    (["--age", "70", "--condition", "ångest", "--severity", "lindrig"], "not_eligible", {}, []),
    (["--age", "16", "--condition", "anxiety", "--condition", "depression", "--severity", "medelsvår",
      "--assessed", "ja"], "eligible", {"kbt": 12000, "ipt": 12000}, []),
    (["--age", "45", "--condition", "svår depression", "--assessed", "yes"], "not_eligible", {}, []),
    (["--age", "45", "--condition", "diabetes"], "not_eligible", {}, []),
    (["--condition", "stress"], "insufficient_information", {}, ["age", "severity", "assessed"]),
])
def test_json_verdicts(tmp_path: Path, args: list[str], verdict: str, treatments: dict[str, int],
                       missing: list[str]) -> None:
    data = verdict_json(run([*args, "--json"], tmp_path))
    assert data["verdict"] == verdict
    assert {t["id"]: t["compensation"]["amount_sek"] for t in data["treatments"]} == treatments
    assert data["missing"] == missing


def test_not_eligible_by_age_cites_the_16_67_rule(tmp_path: Path) -> None:
    data = verdict_json(run(["--age", "68", "--condition", "ångest", "--severity", "medelsvår", "--json"], tmp_path))
    age = data["reasons"][0]
    assert age["rule"] == "age-2015" and age["outcome"] == "not_met" and "16–67" in age["text"]
    assert "16-67 år" in age["citations"][0]["quote"] and age["citations"][0]["date"] == "2015-04-02"
    assert "[1]" in data["text"] and data["citations"][0]["n"] == 1


def test_plain_text_shows_the_verdict_and_its_passages(tmp_path: Path) -> None:
    result = run(["--age", "45", "--condition", "nacksmärta", "--months", "6", "--assessed", "yes", "--lang", "en"],
                 tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Yes") and "SEK 25,000" in result.stdout
    assert "[1] Överenskommelse rehabiliteringsgarantin (SKL, 2015-04-02)" in result.stdout
    assert "ersätts med 25000 kr/behandlingsserie." in result.stdout


@pytest.mark.parametrize(("args", "says"), [
    (["--age", "-5", "--condition", "ångest"], ["age", "negative", "0–120"]),
    (["--age", "abc"], ["age", "not a number", "0–120"]),
    (["--age", "450"], ["age", "not a plausible age"]),
    (["--condition", "gikt"], ["'gikt'", "ryggsmärta", "back pain", "ångest", "anxiety", "stress"]),
    (["--condition", "ångest", "--severity", "extrem"], ["lindrig", "medelsvår", "svår"]),
    (["--condition", "ångest", "--assessed", "kanske"], ["yes, no, unknown"]),
    (["--condition", "ryggsmärta", "--severity", "svår"], ["applies to depression, anxiety or stress"]),
    (["--condition", "svår depression", "--severity", "lindrig"], ["contradicts"]),
    (["--condition", "ryggsmärta", "--months", "-1"], ["months", "0–600"]),
])
def test_bad_input_exits_2_with_the_accepted_values(tmp_path: Path, args: list[str], says: list[str]) -> None:
    result = run(args, tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("eligibility: ")
    for part in says:
        assert part in result.stderr, result.stderr


def test_help_lists_the_accepted_conditions(tmp_path: Path) -> None:
    result = run(["--help"], tmp_path)
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for word in ["--age", "--condition", "--months", "--severity", "--assessed", "--json", "ryggsmärta", "nacksmärta",
                 "axelsmärta", "depression", "ångest", "stress", "back pain", "anxiety", "lindrig", "medelsvår", "svår",
                 "diabetes"]:
        assert word in text, word


@pytest.mark.slow  # one ingest (hashing embedder, embedded Chroma) in a subprocess
def test_with_an_index_the_citations_name_their_passages(tmp_path: Path) -> None:
    env = {"ASSISTANT_EMBEDDING_BACKEND": "hashing"}
    ingest = run([str(REPO / "corpus"), "--quiet"], tmp_path, env, module="ingest")
    assert ingest.returncode == 0, ingest.stderr
    data = verdict_json(run(["--age", "45", "--condition", "ångest", "--severity", "lindrig", "--assessed", "yes",
                             "--json"], tmp_path, env))
    assert data["verdict"] == "eligible"
    catalog = json.loads((tmp_path / "data" / "index" / "rehab.catalog.json").read_text("utf-8"))
    for reason in data["reasons"]:
        for c in reason["citations"]:
            chunk = catalog["chunks"][c["chunk_id"]]
            assert chunk["start"] <= c["start"] < chunk["end"] and chunk["doc_id"] == c["doc_id"]
