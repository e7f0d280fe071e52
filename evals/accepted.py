"""The per-item baseline of the gold set: which questions the accepted version answers right.

A change that makes an item flip (right to wrong, or wrong to right) must say so: either the
baseline is accepted anew from a report (`python -m evals accept`), or the flip is listed with its
reason in evals/data/accepted_changes.toml. tests/test_eval_floor.py fails on any other flip, so
no answer changes silently."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
BASELINE = DATA / "accepted.json"
CHANGES = DATA / "accepted_changes.toml"


def baseline() -> dict[str, bool]:
    return {k: bool(v) for k, v in json.loads(BASELINE.read_text("utf-8"))["items"].items()}


def accepted_changes() -> dict[str, tuple[bool, str]]:
    """id -> (its correctness now, the reason the flip is accepted)."""
    if not CHANGES.exists():
        return {}
    raw = tomllib.loads(CHANGES.read_text("utf-8"))
    out = {}
    for entry in raw.get("change", []):
        if not str(entry.get("reason", "")).strip():
            raise ValueError(f"accepted change {entry.get('id')!r} gives no reason")
        out[str(entry["id"])] = (bool(entry["now"]), str(entry["reason"]))
    return out


def unexplained_flips(results: dict[str, bool]) -> list[str]:
    """Items whose correctness differs from the baseline and no accepted change explains."""
    base = baseline()
    changes = accepted_changes()
    flips = []
    for item_id, correct in sorted(results.items()):
        if item_id not in base or base[item_id] == correct:
            continue
        change = changes.get(item_id)
        if change is None or change[0] != correct:
            flips.append(f"{item_id}: {'wrong -> right' if correct else 'right -> wrong'}")
    return flips


def accept_report(report: Path) -> Path:
    """The report's main configuration becomes the baseline; listed changes are folded in."""
    data: dict[str, Any] = json.loads(report.read_text("utf-8"))
    run = next(iter(data["runs"].values()))
    items = {r["id"]: bool(r["correct"]) for r in run["items"]}
    BASELINE.write_text(json.dumps({"accepted": dt.date.today().isoformat(), "report_created": data["meta"]["created"],
                                    "items": items}, indent=1, sort_keys=True) + "\n", "utf-8")
    CHANGES.write_text("# Gold items whose correctness may differ from evals/data/accepted.json, each with the\n"
                       "# reason (see evals/accepted.py). Empty: the baseline was just accepted.\n", "utf-8")
    return BASELINE
