"""Batches of documents nobody tuned on (evals/batches/README.md): loading them, scoring the
metadata ingestion inferred for their documents, and sealing a batch's first measurement."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from evals.gold import GoldItem, parse_items

BATCHES_DIR = Path(__file__).resolve().parent / "batches"
REPO = BATCHES_DIR.parents[1]
META_FIELDS = ("title", "organisation", "date", "kind")


@dataclass(frozen=True)
class Batch:
    name: str
    folder: Path

    @cached_property
    def config(self) -> dict[str, Any]:
        return tomllib.loads((self.folder / "batch.toml").read_text("utf-8"))

    @property
    def docs_dir(self) -> Path:
        return self.folder / "docs"

    @property
    def sealed_path(self) -> Path:
        return self.folder / "sealed.json"

    def items(self) -> list[GoldItem]:
        return [i for p in sorted(self.folder.glob("questions*.jsonl")) for i in parse_items(p.read_text("utf-8"))]

    def expected_meta(self) -> dict[str, dict[str, Any]]:
        """Per document id: the metadata a careful reader gives it (the answer key)."""
        merged: dict[str, dict[str, Any]] = {}
        for path in sorted(self.folder.glob("expected_meta*.toml")):
            merged.update({Path(name).stem: entry for name, entry in tomllib.loads(path.read_text("utf-8")).items()})
        return merged

    def doc_kind(self, item: GoldItem) -> str:
        meta = self.expected_meta()
        kinds = [meta[d]["kind"] for d in item.gold_doc_ids if d in meta]
        return kinds[0] if kinds else "corpus" if item.gold_doc_ids else "none"

    def sealed(self) -> dict[str, Any] | None:
        return json.loads(self.sealed_path.read_text("utf-8")) if self.sealed_path.exists() else None


def list_batches() -> list[Batch]:
    return [Batch(p.parent.name, p.parent) for p in sorted(BATCHES_DIR.glob("*/batch.toml"))]


def load_batch(name: str) -> Batch:
    batch = next((b for b in list_batches() if b.name == name), None)
    if batch is None:
        known = ", ".join(b.name for b in list_batches()) or "none"
        raise KeyError(f"no batch {name!r} under {BATCHES_DIR} (known: {known})")
    return batch


# -- metadata --------------------------------------------------------------------------------

def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _organisation_names(value: str) -> set[str]:
    """The organisations a publisher value names, each by all its names in organisations.toml
    (names and same_as): "Regeringskansliet (Socialdepartementet)" names both, "SKR" is SKL too."""
    from ingest.metadata import aliases

    parts = {value.strip(), *(p for p in re.split(r"\s*[(),]\s*", value) if p.strip())}
    return {_norm(name) for part in parts for name in (part, *aliases(part.strip()))} - {""}


def meta_matches(field: str, inferred: str, expected: str) -> bool:
    """Whether an inferred metadata value is what a reader would give. Titles match when most of
    their words agree (a reader may drop a subtitle); organisations when the inferred one is the
    expected one under one of its declared names, or the expected names it beside its department
    ("Regeringskansliet" / "Regeringskansliet, Socialdepartementet"), never by a piece of a name
    ("Region" is not "Region Halland"); dates and kinds exactly, at the precision the document
    supports ("" when it gives none)."""
    a, b = _norm(inferred), _norm(expected)
    if field in ("date", "kind"):
        return inferred.strip() == expected.strip()
    if not a or not b:
        return a == b
    if field == "organisation":
        return bool(_organisation_names(inferred) & _organisation_names(expected))
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / max(len(wa), len(wb)) >= 0.8


def score_metadata(batch: Batch, documents: dict[str, Any]) -> dict[str, Any]:
    """Per field, the share of the batch's documents whose inferred value matches the answer key;
    with each document's inferred and expected values for the report."""
    expected = batch.expected_meta()
    rows = []
    for doc_id, want in sorted(expected.items()):
        record = documents.get(doc_id)
        got = record.meta.to_dict() if record is not None else {}
        row: dict[str, Any] = {"doc_id": doc_id}
        for field in META_FIELDS:
            inferred, wanted = str(got.get(field, "") or ""), str(want.get(field, "") or "")
            row[field] = {"inferred": inferred, "expected": wanted, "ok": meta_matches(field, inferred, wanted)}
        rows.append(row)
    n = len(rows) or 1
    summary = {field: sum(r[field]["ok"] for r in rows) / n for field in META_FIELDS}
    return {"summary": summary, "documents": rows}


# -- sealing -----------------------------------------------------------------------------------

# what answers and what scores: all of assistant/, ingest/ and evals/ (the batches' documents, questions
# and answer keys too), but not the reports a measurement writes nor a batch's seal
MEASURED = ("assistant", "ingest", "evals", ":(exclude)evals/reports", ":(exclude,glob)evals/batches/*/sealed.json")


def git_state(repo: Path | None = None) -> dict[str, Any]:
    """The commit measured and whether anything that answers or scores (assistant/, ingest/ and
    evals/ but its reports and seals) differs from it, uncommitted or untracked. Without a readable
    git checkout there is no commit and the state counts as dirty."""
    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", *args], cwd=repo or REPO, capture_output=True, text=True, timeout=20)
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    status = git("status", "--porcelain", "--", *MEASURED)
    return {"commit": git("rev-parse", "HEAD") or "", "dirty": status is None or bool(status)}


def write_sealed(batch: Batch, record: dict[str, Any]) -> Path:
    if batch.sealed_path.exists():
        raise FileExistsError(f"{batch.name} is sealed already ({batch.sealed_path}); a seal is measured once")
    batch.sealed_path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return batch.sealed_path
