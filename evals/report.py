"""Writes the eval report: Markdown, JSON and PNG plots under evals/reports/."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

KEY_METRICS = ["accuracy", "refusal_recall", "refusal_precision", "false_refusal_rate", "forbidden_facts",
               "citation_precision", "citation_recall", "faithfulness", "hit@1", "hit@3", "hit@5", "mrr@10",
               "ndcg@10", "latency_p50_ms", "latency_p95_ms", "llm_answers", "llm_fallbacks"]


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.0f}" if value > 2 else f"{value:.3f}"
    return str(value)


def write_report(out_dir: Path, runs: dict[str, dict[str, Any]], meta: dict[str, Any]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps({"meta": meta, "runs": runs}, ensure_ascii=False, indent=1))
    plots = _plots(out_dir, runs)
    lines = [f"# Eval report — {meta['created']}", "",
             f"{meta.get('set', 'Gold set')}: {meta['items']} items; embedding model `{meta['embedding_model']}`; "
             f"chunk size {meta['chunk_size']}. Accuracy = every required fact present, no forbidden fact, "
             f"answer ≤ 500 chars; unanswerable items count as correct when refused."
             + (f" LLM backend: model `{meta['llm_model']}`." if meta.get("llm_model") else ""), "",
             "## Configurations side by side", "",
             "| metric | " + " | ".join(runs) + " |", "|---|" + "---|" * len(runs)]
    for key in KEY_METRICS:
        cells = [_fmt(r["aggregate"]["summary"].get(key, "–")) for r in runs.values()]
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    lines += ["", "Configurations: " + "; ".join(f"**{n}**: {r['description']}" for n, r in runs.items()), ""]
    main = next(iter(runs))
    agg = runs[main]["aggregate"]
    for key, groups in agg["by"].items():
        lines += [f"## Accuracy by {key} ({main})", "",
                  f"| {key} | n | accuracy | refusal recall | false refusals | citation precision |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {g} | {v['n']} | {v['accuracy']:.3f} | {_fmt(v.get('refusal_recall', '–'))} | "
                  f"{_fmt(v.get('false_refusal_rate', '–'))} | {_fmt(v.get('citation_precision', '–'))} |"
                  for g, v in groups.items()]
        lines.append("")
    lines += _metadata(meta.get("metadata"))
    failures = [r for r in runs[main]["items"] if not r["correct"]]
    lines += [f"## Failures ({main}): {len(failures)}", ""]
    for r in failures:
        why = ("refused an answerable question" if r["gold_answerable"] and not r["answerable"]
               else "answered an unanswerable question" if not r["gold_answerable"] and r["answerable"]
               else f"missing {r['missing']}" + (f", forbidden {r['forbidden']}" if r["forbidden"] else "")
               + (", too long" if r["too_long"] else ""))
        lines.append(f"- `{r['id']}` {r['question']} — {why}")
    lines += _llm_fallbacks(runs)
    lines += ["", "## Plots", ""] + [f"![{p.stem}]({p.name})" for p in plots]
    path = out_dir / "report.md"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _metadata(metadata: dict[str, Any] | None) -> list[str]:
    """How well ingestion inferred each batch document's metadata (title, publisher, date, kind)."""
    if not metadata:
        return []
    summary = " · ".join(f"{k} {v:.2f}" for k, v in metadata["summary"].items())
    lines = ["## Metadata inferred for the batch's documents", "", f"Share right: {summary}", "",
             "| document | title | organisation | date | kind |", "|---|---|---|---|---|"]
    for row in metadata["documents"]:
        cells = []
        for field in ("title", "organisation", "date", "kind"):
            v = row[field]
            cells.append(("✓ " if v["ok"] else "✗ ") + (v["inferred"] or "–")[:60]
                         + ("" if v["ok"] else f" (expected: {v['expected'] or '–'})"))
        lines.append(f"| {row['doc_id']} | " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return [*lines, ""]


def _llm_fallbacks(runs: dict[str, dict[str, Any]]) -> list[str]:
    """Why the LLM answer was not used, counted by reason, for each run that tried the LLM."""
    lines: list[str] = []
    for name, run in runs.items():
        reasons = Counter(r["llm_fallback"].split(":")[1].strip() for r in run["items"] if r.get("llm_fallback"))
        if not reasons and not run["aggregate"]["summary"].get("llm_answers"):
            continue
        used = run["aggregate"]["summary"].get("llm_answers", 0)
        lines += ["", f"## LLM backend ({name}): {used} answers from the LLM, {sum(reasons.values())} fallbacks", ""]
        lines += [f"- {reason}: {count}" for reason, count in reasons.most_common()]
    return lines


def _plots(out_dir: Path, runs: dict[str, dict[str, Any]]) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths = []
    main = next(iter(runs))
    by = runs[main]["aggregate"]["by"]
    fig, axes = plt.subplots(1, 2, figsize=(11, 4), gridspec_kw={"width_ratios": [4, 1]})
    for ax, key in zip(axes, ("category", "language"), strict=True):
        groups = list(by[key])
        ax.bar(groups, [by[key][g]["accuracy"] for g in groups], color="#3b6ea5")
        ax.set_ylim(0, 1)
        ax.set_title(f"Accuracy by {key} ({main})")
        ax.tick_params(axis="x", rotation=45)
    fig.tight_layout()
    paths.append(out_dir / "accuracy_by_group.png")
    fig.savefig(paths[-1], dpi=90)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 3.5))
    for name, run in runs.items():
        ax.hist([r["total_ms"] for r in run["items"]], bins=30, alpha=0.5, label=name)
    ax.set_xlabel("answer latency (ms)")
    ax.set_ylabel("questions")
    ax.legend()
    fig.tight_layout()
    paths.append(out_dir / "latency.png")
    fig.savefig(paths[-1], dpi=90)
    plt.close(fig)

    keys = ["accuracy", "refusal_recall", "citation_precision", "hit@1", "hit@5", "mrr@10"]
    fig, ax = plt.subplots(figsize=(9, 3.8))
    width = 0.8 / max(1, len(runs))
    for i, (name, run) in enumerate(runs.items()):
        s = run["aggregate"]["summary"]
        ax.bar([k + i * width for k in range(len(keys))], [s[k] for k in keys], width, label=name)
    ax.set_xticks([k + width * (len(runs) - 1) / 2 for k in range(len(keys))], keys)
    ax.set_ylim(0, 1)
    ax.legend(fontsize=8)
    ax.set_title("Configurations side by side")
    fig.tight_layout()
    paths.append(out_dir / "configurations.png")
    fig.savefig(paths[-1], dpi=90)
    plt.close(fig)
    return paths
