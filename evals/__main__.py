"""`python -m evals run [--config NAME …] [--out DIR]`: score the assistant on the gold set."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the gold set and write a report")
    run.add_argument("--config", action="append", dest="configs",
                     help="configuration(s) to compare (default: all); the first is the main one")
    run.add_argument("--out", type=Path, default=Path("evals/reports/latest"))
    run.add_argument("--corpus", type=Path, default=None)
    run.add_argument("--only", help="comma-separated item ids or categories (for debugging)")
    args = parser.parse_args(argv)

    from tqdm import tqdm

    from assistant.settings import Settings
    from evals.gold import load_gold
    from evals.report import write_report
    from evals.runner import aggregate, available_configs, build_eval_assistant, results_as_dicts, run_config

    base = Settings()
    settings = base.model_copy(update={"data_dir": base.data_dir / "eval-index"})
    corpus = args.corpus or base.corpus_dir
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
    runs = {}
    with tqdm(total=len(items) * len(names), unit="q", file=sys.stderr, desc="eval") as bar:
        for name in names:
            config = configs[name]
            assistant = build_eval_assistant(settings, config, corpus)
            assistant.warm_up()
            bar.set_postfix_str(name)
            results = run_config(assistant, items, tick=lambda: bar.update(1))
            runs[name] = {"description": config.description, "aggregate": aggregate(results),
                          "items": results_as_dicts(results)}
    meta = {"created": dt.datetime.now().isoformat(timespec="seconds"), "items": len(items),
            "embedding_model": assistant.embedder.model_id, "chunk_size": settings.chunk_size}
    if "llm" in names:
        meta["llm_model"] = base.llm_model
    path = write_report(args.out, runs, meta)
    for name, run_data in runs.items():
        s = run_data["aggregate"]["summary"]
        print(f"{name}: accuracy {s['accuracy']:.3f}  refusal recall {s['refusal_recall']:.3f}  "
              f"false refusals {s['false_refusal_rate']:.3f}  forbidden {s['forbidden_facts']}  "
              f"citation precision {s['citation_precision']:.3f}  hit@5 {s['hit@5']:.3f}  "
              f"p50 {s['latency_p50_ms']:.0f} ms  LLM answers {s['llm_answers']}, fallbacks {s['llm_fallbacks']}")
    print(f"report: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
