"""`python -m evals run [--config NAME …] [--out DIR]`: score the assistant on the gold set.
`python -m evals run --batch NAME|all`: score it on batches of documents nobody tuned on.
`python -m evals seal NAME`: measure a new batch once, as it is, and record that figure.
`python -m evals batches`: the overview of every batch's sealed figure beside its latest one."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

BATCH_REPORTS = Path("evals/reports/batches")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the gold set (or batches) and write a report")
    run.add_argument("--config", action="append", dest="configs",
                     help="configuration(s) to compare (default: all for the gold set, hybrid for batches)")
    run.add_argument("--out", type=Path, default=None, help="report folder (default evals/reports/latest)")
    run.add_argument("--corpus", type=Path, default=None)
    run.add_argument("--only", help="comma-separated item ids or categories (for debugging)")
    run.add_argument("--batch", help="a batch name under evals/batches, or 'all'")
    seal = sub.add_parser("seal", help="measure a batch once as it is and write its sealed.json")
    seal.add_argument("batch")
    seal.add_argument("--allow-dirty", action="store_true",
                      help="seal although answering, ingest or eval code (or batch data) is uncommitted")
    sub.add_parser("batches", help="write the overview of all batches (sealed beside latest)")
    meta = sub.add_parser("metadata", help="index a batch and score only the metadata inferred for its documents")
    meta.add_argument("batch", help="a batch name or 'all'")
    accept = sub.add_parser("accept", help="accept a gold-set report's per-item results as the new baseline")
    accept.add_argument("--report", type=Path, default=Path("evals/reports/latest/report.json"))
    args = parser.parse_args(argv)
    if args.command == "accept":
        from evals.accepted import accept_report

        path = accept_report(args.report)
        print(f"accepted: {path}")
        return 0
    if args.command == "metadata":
        return _metadata_only(args.batch)
    if args.command == "seal":
        return _seal(args.batch, args.allow_dirty)
    if args.command == "batches":
        print(f"overview: {_overview()}")
        return 0
    if args.batch:
        return _run_batches(args)
    return _run_gold(args)


def _settings() -> Any:
    from assistant.settings import Settings

    base = Settings()
    return base, base.model_copy(update={"data_dir": base.data_dir / "eval-index"})


def _run_gold(args: argparse.Namespace) -> int:
    from evals.gold import gold_split, load_gold
    from evals.runner import available_configs

    base, settings = _settings()
    configs = available_configs(base)  # "llm" only when ASSISTANT_LLM_BASE_URL is set
    names = args.configs or list(configs)
    unknown = [n for n in names if n not in configs]
    if unknown:
        print(f"unknown config(s) {unknown}; known: {list(configs)}", file=sys.stderr)
        return 2
    items = load_gold()
    if args.only:
        wanted = set(args.only.split(","))
        items = [i for i in items if i.id in wanted or i.category in wanted]
    runs, model = _run(settings, [configs[n] for n in names], items, args.corpus or base.corpus_dir, "",
                       lambda item: {"split": gold_split(item.id)})
    meta = {"created": _now(), "items": len(items), "embedding_model": model, "chunk_size": settings.chunk_size}
    if "llm" in names:
        meta["llm_model"] = base.llm_model
    return _write(args.out or Path("evals/reports/latest"), runs, meta)


def _run_batches(args: argparse.Namespace) -> int:
    from evals.batches import list_batches, load_batch
    from evals.runner import available_configs

    base, settings = _settings()
    configs = available_configs(base)
    names = args.configs or ["hybrid"]
    try:
        batches = list_batches() if args.batch == "all" else [load_batch(args.batch)]
    except KeyError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    for batch in batches:
        runs, meta = _measure_batch(batch, [configs[n] for n in names], settings, base, args.only)
        _write((args.out or BATCH_REPORTS) / batch.name, runs, meta)
        if not args.only and not args.out:
            _remember(batch.name, runs[names[0]], meta, sealed=False)
    print(f"overview: {_overview()}")
    return 0


def _measure_batch(batch: Any, configs: list[Any], settings: Any, base: Any,
                   only: str | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    from evals.batches import git_state, score_metadata

    items = batch.items()
    if only:
        wanted = set(only.split(","))
        items = [i for i in items if i.id in wanted or i.category in wanted]
    holder: dict[str, Any] = {}
    runs, model = _run(settings, configs, items, [base.corpus_dir, batch.docs_dir], f"batch-{batch.name}",
                       lambda item: {"doc_kind": batch.doc_kind(item), "style": item.style,
                                     "facts": "two facts" if item.two_facts else "one fact"},
                       holder)
    meta = {"created": _now(), "items": len(items), "embedding_model": model, "chunk_size": settings.chunk_size,
            "set": f"Batch {batch.name} ({batch.config.get('purpose', '')})", "batch": batch.name,
            "metadata": score_metadata(batch, holder["documents"]), **git_state()}
    return runs, meta


def _metadata_only(name: str) -> int:
    """The metadata score alone: reads no question, so it can be run on a sealed batch that
    must not be looked at yet."""
    from evals.batches import list_batches, load_batch, score_metadata
    from evals.runner import CONFIGS, build_eval_assistant

    base, settings = _settings()
    for batch in list_batches() if name == "all" else [load_batch(name)]:
        assistant = build_eval_assistant(settings, CONFIGS["hybrid"], [base.corpus_dir, batch.docs_dir],
                                         f"batch-{batch.name}")
        scored = score_metadata(batch, assistant.index.snapshot().catalog.documents)
        print(f"{batch.name}: " + "  ".join(f"{k} {v:.2f}" for k, v in scored["summary"].items()))
    return 0


def _seal(name: str, allow_dirty: bool) -> int:
    from evals.batches import git_state, load_batch, write_sealed
    from evals.runner import CONFIGS

    batch = load_batch(name)
    if batch.sealed() is not None:
        print(f"{name} is sealed already: {batch.sealed_path}", file=sys.stderr)
        return 2
    if git_state()["dirty"] and not allow_dirty:
        print("answering, ingest or eval code (or batch data) has uncommitted changes: "
              "commit first (a seal names the commit it measured)",
              file=sys.stderr)
        return 2
    base, settings = _settings()
    runs, meta = _measure_batch(batch, [CONFIGS["hybrid"]], settings, base)
    run = runs["hybrid"]
    record = {"batch": name, "sealed": meta["created"], "commit": meta["commit"], "dirty": meta["dirty"],
              "summary": run["aggregate"]["summary"], "by": run["aggregate"]["by"],
              "metadata": meta["metadata"]["summary"],
              "items": {r["id"]: {"correct": r["correct"], "answerable": r["answerable"]} for r in run["items"]}}
    path = write_sealed(batch, record)
    _write(BATCH_REPORTS / name, runs, meta)
    _remember(name, run, meta, sealed=True)
    s = record["summary"]
    print(f"sealed {name} at {meta['commit'][:10]}: accuracy {s['accuracy']:.3f}, refusal recall "
          f"{s['refusal_recall']:.3f}, false refusals {s['false_refusal_rate']:.3f}, citation precision "
          f"{s['citation_precision']:.3f} -> {path}")
    print(f"overview: {_overview()}")
    return 0


def _run(settings: Any, configs: list[Any], items: list[Any], corpus: Any, index_name: str,
         groups: Any, holder: dict[str, Any] | None = None) -> tuple[dict[str, Any], str]:
    from tqdm import tqdm

    from evals.runner import aggregate, build_eval_assistant, results_as_dicts, run_config

    runs: dict[str, Any] = {}
    model = ""
    with tqdm(total=len(items) * len(configs), unit="q", file=sys.stderr, desc="eval") as bar:
        for config in configs:
            assistant = build_eval_assistant(settings, config, corpus, index_name)
            assistant.warm_up()
            if holder is not None and "documents" not in holder:
                holder["documents"] = assistant.index.snapshot().catalog.documents
            model = assistant.embedder.model_id
            bar.set_postfix_str(config.name)
            results = run_config(assistant, items, tick=lambda: bar.update(1), groups=groups)
            runs[config.name] = {"description": config.description, "aggregate": aggregate(results),
                                 "items": results_as_dicts(results)}
    return runs, model


def _write(out: Path, runs: dict[str, Any], meta: dict[str, Any]) -> int:
    from evals.report import write_report

    path = write_report(out, runs, meta)
    for name, run_data in runs.items():
        s = run_data["aggregate"]["summary"]
        print(f"{name}: accuracy {s['accuracy']:.3f}  refusal recall {s['refusal_recall']:.3f}  "
              f"false refusals {s['false_refusal_rate']:.3f}  forbidden {s['forbidden_facts']}  "
              f"citation precision {s['citation_precision']:.3f}  hit@5 {s['hit@5']:.3f}  "
              f"p50 {s['latency_p50_ms']:.0f} ms  LLM answers {s['llm_answers']}, fallbacks {s['llm_fallbacks']}")
    print(f"report: {path}")
    return 0


def _remember(batch: str, run: dict[str, Any], meta: dict[str, Any], sealed: bool) -> None:
    """One line per measurement of a batch, so the overview can show its figures over time."""
    import json

    s = run["aggregate"]["summary"]
    from evals.batches import load_batch

    line = {"batch": batch, "date": meta["created"], "commit": meta["commit"], "dirty": meta["dirty"],
            "sealed": sealed, "tuned": bool(load_batch(batch).config.get("tuning")) and not sealed,
            "metadata": meta["metadata"]["summary"],
            **{k: s[k] for k in ("n", "accuracy", "refusal_recall", "false_refusal_rate", "citation_precision")}}
    BATCH_REPORTS.mkdir(parents=True, exist_ok=True)
    with (BATCH_REPORTS / "history.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(line, ensure_ascii=False) + "\n")


def _overview() -> Path:
    from evals.batch_report import write_overview

    return write_overview(BATCH_REPORTS, Path("evals/reports/latest/report.json"))


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


if __name__ == "__main__":
    sys.exit(main())
