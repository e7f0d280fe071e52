"""Batch mode of the gold checker: `python evals/data/check_gold.py --batch evals/batches/<batch>`.

A batch's quotes are checked against the text ingestion extracts from each document (the text a
citation is cut from), so this mode needs the project installed; the gold-set mode stays stdlib.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

from evals.data import check_gold as g

BATCH_CATEGORIES = [*g.CATEGORIES, "definition", "people", "source", "findings"]
BATCH_KEYS = frozenset({"style", "two_facts"})
STYLES = ("formal", "informal", "misspelt")
MARKER_RE = re.compile(r"^\W*testdokument\b", re.I)
KINDS = ("agreement", "decision", "report", "evaluation summary", "press release", "news item", "FAQ",
         "information page", "memo", "protocol", "results report", "audit report")
MIX = {  # batch.toml key -> (what is counted, description)
    "min_informal_share": (lambda it: it.get("style") in ("informal", "misspelt"), "informal or misspelt"),
    "min_english_share": (lambda it: it.get("language") == "en", "English"),
    "min_unanswerable_share": (lambda it: it.get("answerable") is False, "unanswerable"),
    "min_two_facts_share": (lambda it: it.get("two_facts") is True, "needing two facts"),
}


def extracted_text(path: Path) -> str:
    """What ingestion makes of a file: the normalised text citations quote from."""
    from ingest.cleaning import clean
    from ingest.loaders import load_file

    # the pipes between a table's cells are markup: a quote of a row reads its cells with spaces
    return clean(load_file(path, 50_000_000).text).normalised.text.replace("|", " ")


def page_text(path: Path) -> str:
    """A web page's whole text, also what stands outside its article (a note above it)."""
    if path.suffix.lower() not in (".html", ".htm"):
        return ""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_bytes(), "lxml")
    return (soup.body or soup).get_text("\n")


def batch_documents(folder: Path) -> dict[str, Path]:
    from ingest.loaders import SUPPORTED_EXTENSIONS

    docs = folder / "docs"
    return {p.stem: p for p in sorted(docs.iterdir()) if p.suffix.lower() in SUPPORTED_EXTENSIONS} if docs.is_dir() else {}


def read_toml_files(folder: Path, pattern: str, errors: list[str]) -> dict[str, dict]:
    merged: dict[str, dict] = {}
    for path in sorted(folder.glob(pattern)):
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            errors.append(f"{path.name}: not valid TOML ({exc})")
            continue
        merged.update(data)
    return merged


def check_documents(files: dict[str, Path], texts: dict[str, str], expected: dict[str, dict],
                    errors: list[str]) -> None:
    for doc_id, path in files.items():
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", doc_id):
            errors.append(f"{path.name}: the file stem must be lowercase a-z0-9-")
        first = next((line for line in texts.get(doc_id, "").splitlines() if line.strip()), "")
        around = next((line for line in page_text(path).splitlines() if line.strip()), "")
        if not MARKER_RE.match(first) and not MARKER_RE.match(around):  # a page's note may stand above its article
            errors.append(f"{path.name}: the first line does not mark it as a test document: {first[:80]!r}")
        entry = expected.get(path.name)
        if entry is None:
            errors.append(f"{path.name}: no entry in expected_meta*.toml")
            continue
        for key in ("title", "organisation", "date", "kind"):
            if not isinstance(entry.get(key), str):
                errors.append(f"{path.name}: expected_meta needs a string '{key}'")
        if entry.get("kind") not in KINDS:
            errors.append(f"{path.name}: expected_meta kind {entry.get('kind')!r} not one of {KINDS}")
        if entry.get("date") and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", entry["date"]):
            errors.append(f"{path.name}: expected_meta date must be YYYY, YYYY-MM or YYYY-MM-DD")
    for name in expected:
        if Path(name).stem not in files:
            errors.append(f"expected_meta names {name}, which is not in docs/")


def check_batch_fields(items: list[tuple[int, dict]], batch: str, errors: list[str]) -> None:
    for ln, it in items:
        where = f"{it.get('id', f'<line {ln}>')} (line {ln})"
        if not re.fullmatch(rf"{re.escape(batch)}[a-z]?-\d{{3}}", str(it.get("id", ""))):
            errors.append(f"{where}: id must be '{batch}-NNN' (or '{batch}a-NNN' …)")
        if it.get("style") not in STYLES:
            errors.append(f"{where}: style must be one of {STYLES}")
        if not isinstance(it.get("two_facts"), bool):
            errors.append(f"{where}: two_facts must be true or false")


def check_mix(items: list[dict], config: dict, files: dict[str, Path], errors: list[str]) -> list[str]:
    n = len(items)
    lines = [f"items: {n}", f"documents: {len(files)}"]
    if n < int(config.get("min_questions", 0)):
        errors.append(f"only {n} questions (< {config['min_questions']})")
    if len(files) < int(config.get("min_documents", 0)):
        errors.append(f"only {len(files)} documents (< {config['min_documents']})")
    for key, (counted, label) in MIX.items():
        share = sum(bool(counted(it)) for it in items) / n if n else 0.0
        lines.append(f"{label}: {share:.1%}")
        if key in config and share < float(config[key]):
            errors.append(f"{label} share {share:.1%} < {float(config[key]):.0%}")
    per_doc = Counter(d for it in items for d in it.get("gold_doc_ids", []) if d in files)
    for doc_id in files:
        lines.append(f"  {per_doc[doc_id]:4d} {doc_id}")
    return lines


def main_batch(folder_arg: str, verbose: bool = False) -> int:
    folder = Path(folder_arg)
    errors: list[str] = []
    warnings: list[str] = []
    config_path = folder / "batch.toml"
    config = tomllib.loads(config_path.read_text("utf-8")) if config_path.exists() else {}
    if not config:
        errors.append("batch.toml is missing or empty")
    batch = str(config.get("name", folder.name))
    files = batch_documents(folder)
    texts: dict[str, str] = {}
    for doc_id, path in files.items():
        try:
            texts[doc_id] = extracted_text(path)
        except Exception as exc:  # a document ingestion cannot read is a batch error, not a crash
            errors.append(f"{path.name}: ingestion cannot read it: {exc}")
    corpus = g.load_corpus()
    clash = set(texts) & set(corpus)
    if clash:
        errors.append(f"document ids also in corpus/: {sorted(clash)}")
    docs = {**corpus, **texts}
    check_documents(files, texts, read_toml_files(folder, "expected_meta*.toml", errors), errors)
    items: list[tuple[int, dict]] = []
    for path in sorted(folder.glob("questions*.jsonl")):
        found: list[str] = []
        items += g.read_items(path, found)
        errors += [f"{path.name} {e}" for e in found]
    if not items:
        errors.append("no questions*.jsonl with questions")
    ids = g.check_items(items, docs, g.prepare(docs), errors, warnings, BATCH_CATEGORIES, BATCH_KEYS)
    errors += [f"duplicate id {iid} ({n}x)" for iid, n in ids.items() if n > 1]
    check_batch_fields(items, batch, errors)
    summary = check_mix([it for _, it in items], config, files, errors)
    print(f"batch: {folder}")
    print("\n".join(summary))
    if verbose:
        for w in warnings:
            print("WARNING:", w)
    else:
        print(f"warnings (informational, -v or GOLD_VERBOSE=1 to list): {len(warnings)}")
    if errors:
        print(f"\nFAILED: {len(errors)} error(s)")
        for e in errors:
            print("ERROR:", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    sys.exit(main_batch(args[0] if args else ".", verbose="-v" in sys.argv))
