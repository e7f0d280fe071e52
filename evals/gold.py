"""The gold question set (evals/data/gold.jsonl)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    quote: str


@dataclass(frozen=True)
class GoldItem:
    id: str
    category: str
    language: str
    history: tuple[str, ...]
    question: str
    answerable: bool
    required_facts: tuple[tuple[str, ...], ...]
    forbidden_facts: tuple[tuple[str, ...], ...]
    gold_doc_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]


def load_gold(path: Path | None = None) -> list[GoldItem]:
    text = path.read_text("utf-8") if path else resources.files("evals.data").joinpath("gold.jsonl").read_text("utf-8")
    items = []
    for line in text.splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        items.append(GoldItem(
            id=d["id"], category=d["category"], language=d["language"],
            history=tuple(d.get("history", [])), question=d["question"], answerable=bool(d["answerable"]),
            required_facts=tuple(tuple(f) for f in d["required_facts"]),
            forbidden_facts=tuple(tuple(f) for f in d["forbidden_facts"]),
            gold_doc_ids=tuple(d["gold_doc_ids"]),
            evidence=tuple(Evidence(e["doc_id"], e["quote"]) for e in d["evidence"]),
        ))
    return items
