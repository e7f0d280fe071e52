"""The overview of the batches: each batch's sealed figure (measured once, before any change aimed
at it) beside its later, tuned figures, and the original gold set split into its tuned and
held-out parts. Written to evals/reports/batches/README.md by `python -m evals batches`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evals.batches import list_batches

FIGURES = ("accuracy", "refusal_recall", "false_refusal_rate", "citation_precision")


def _cells(figures: dict[str, Any]) -> str:
    return " | ".join(f"{figures[k]:.3f}" if isinstance(figures.get(k), float) else "–" for k in FIGURES)


def _history(folder: Path) -> list[dict[str, Any]]:
    path = folder / "history.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def write_overview(folder: Path, gold_report: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    history = _history(folder)
    lines = ["# Batches of documents nobody tuned on", "",
             "Each batch was committed before the code change aimed at it and measured once as it was: the "
             "**sealed** row. An **untuned** row measures the batch after a change it was kept out of (never "
             "fitted or tuned on): the honest figure of that change. A tuned row measures it after it was "
             "opened for tuning (batch.toml: tuning = true), so its figure can be flattered. Accuracy = every "
             "required fact, no forbidden fact, answer ≤ 500 characters; an unanswerable question is right when "
             "refused.", "",
             "| batch | measured | commit | figure | n | accuracy | refusal recall | false refusals "
             "| citation precision | metadata (title · publisher · date · kind) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for batch in list_batches():
        sealed = batch.sealed()
        rows = []
        if sealed:
            meta = sealed.get("metadata", {})
            when = f"**sealed** {sealed['sealed'][:10]}"
            rows.append((when, sealed["commit"][:8], sealed["summary"], meta, "sealed"))
        latest_per_commit: dict[str, dict[str, Any]] = {}
        for h in history:
            if h["batch"] == batch.name and not h.get("sealed"):
                latest_per_commit[h["commit"] + ("+" if h.get("dirty") else "")] = h
        for key, h in latest_per_commit.items():
            kind = "tuned" if h.get("tuned", True) else "**untuned**"
            rows.append((h["date"][:10], key[:8] + ("+" if key.endswith("+") else ""), h, h.get("metadata", {}), kind))
        if not rows:
            rows.append(("not measured yet", "", {}, {}, ""))
        for when, commit, figures, meta, kind in rows:
            metadata = " · ".join(f"{meta[k]:.2f}" for k in ("title", "organisation", "date", "kind") if k in meta)
            lines.append(f"| {batch.name} | {when} | {commit} | {kind} | {figures.get('n', '–')} | {_cells(figures)} "
                         f"| {metadata or '–'} |")
    lines += ["", "`+` after a commit: measured with uncommitted changes on top of it.", ""]
    lines += _gold_split(gold_report)
    path = folder / "README.md"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _gold_split(report: Path) -> list[str]:
    if not report.exists():
        return []
    data = json.loads(report.read_text("utf-8"))
    run = next(iter(data["runs"].values()))
    split = run["aggregate"]["by"].get("split")
    if not split:
        return []
    lines = ["## The original gold set, tuned part and held-out part", "",
             f"From `{report}` ({data['meta']['created'][:10]}). The whole set was tuned on until the split "
             "was made; since then the held-out part's failures are not read while tuning.", "",
             "| part | n | accuracy | refusal recall | false refusals | citation precision |",
             "|---|---|---|---|---|---|"]
    lines += [f"| {name} | {g['n']} | {_cells(g)} |" for name, g in split.items()]
    return [*lines, ""]
