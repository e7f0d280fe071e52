"""Document metadata: the folder's manifest.toml, with gaps inferred from the text."""

from __future__ import annotations

import datetime as dt
import logging
import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

from ingest.cleaning import CleanDocument
from ingest.dates import valid_iso, years_in
from ingest.documents import DocumentMeta, Properties
from ingest.metadata import (
    infer_date,
    infer_kind,
    infer_publisher,
    infer_title,
)

__all__ = ["MANIFEST_NAME", "ManifestError", "build_meta", "infer_date", "infer_language", "infer_title",
           "infer_years", "read_manifest"]

log = logging.getLogger(__name__)
MANIFEST_NAME = "manifest.toml"
_SV_WORDS = {"och", "att", "det", "som", "för", "med", "har", "är", "av", "till", "den", "inte"}
_EN_WORDS = {"and", "the", "that", "for", "with", "has", "is", "of", "to", "are", "not", "this"}


class ManifestError(Exception):
    pass


def read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: not valid TOML ({exc})") from exc
    return {str(k): v for k, v in data.items() if isinstance(v, dict)}


def build_meta(doc_id: str, source: str, entry: dict[str, Any], clean: CleanDocument,
               props: Properties | None = None) -> DocumentMeta:
    """The manifest entry, field by field, over what the document itself says (ingest/metadata.py).
    A manifest date that is no date is left out, with a warning: the text's own date stands."""
    text = clean.normalised.text
    entry = dict(entry)
    if entry.get("date") not in (None, ""):
        entry["date"] = _manifest_date(entry["date"], source)
    title = infer_title(clean, props)
    inferred = {
        "title": title,
        "organisation": infer_publisher(text, props),
        "date": infer_date(text, props),
        "kind": infer_kind(text, title),
        "years": infer_years(text),
        "language": infer_language(text),
    }
    merged = {**inferred, **{k: v for k, v in entry.items() if v not in (None, "")}}
    merged.update(doc_id=doc_id, source=source)
    return DocumentMeta.from_dict(merged)


def _manifest_date(value: Any, source: str) -> str:
    """A manifest's date as ISO text ("2014", "2014-12", "2014-12-08"; TOML's own dates too), or ""
    and a warning in Swedish for one that is not a date that exists."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        value = value.isoformat()
    elif isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and valid_iso(value.strip()):
        return value.strip()
    log.warning("%s: datumet %r i %s är inget giltigt datum (skrivs ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD); "
                "datumet läses ur dokumentet i stället", source, str(value)[:40], MANIFEST_NAME)
    return ""


def infer_years(text: str, keep: int = 4) -> list[int]:
    """The years a text is most about: the most often mentioned ones."""
    counts = Counter(y for line in text.splitlines() for y in years_in(line))
    return sorted(y for y, _ in counts.most_common(keep))


def infer_language(text: str) -> str:
    words = re.findall(r"[a-zåäö]+", text.casefold())
    sv = sum(w in _SV_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "en" if en > sv else "sv"


EDITABLE = ("title", "organisation", "date", "kind")
_TABLE_RE = re.compile(r'^\[\s*"((?:[^"\\]|\\.)*)"\s*\]\s*$|^\[\s*([A-Za-z0-9_.-]+)\s*\]\s*$')


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return _toml_string(str(value))


def write_entry(folder: Path, file_name: str, fields: dict[str, Any]) -> Path:
    """Sets fields of one file's entry in the folder's manifest.toml, keeping every other entry
    and comment as it was: the entry's table is rewritten in place, or added at the end. The file
    is replaced atomically, so a crash leaves the old manifest."""
    path = folder / MANIFEST_NAME
    text = path.read_text("utf-8") if path.exists() else ""
    current = read_manifest(folder).get(file_name, {})
    merged = {**current, **{k: v for k, v in fields.items()}}
    block = [f"[{_toml_string(file_name)}]"] + [f"{k} = {_toml_value(v)}" for k, v in merged.items()
                                               if v not in (None, "") or k in fields]
    lines = text.splitlines()
    start = end = None
    for i, line in enumerate(lines):
        m = _TABLE_RE.match(line.strip())
        if m and start is None and (m.group(1) or m.group(2)) == file_name:
            start = i
        elif m and start is not None:
            end = i
            break
    if start is None:
        lines += ([""] if lines and lines[-1].strip() else []) + block
    else:
        stop = end if end is not None else len(lines)
        while stop > start + 1 and not lines[stop - 1].strip():
            stop -= 1  # keep the blank line before the next table
        lines[start:stop] = block
    new = "\n".join(lines) + "\n"
    tomllib.loads(new)  # never write a manifest that would not read back
    tmp = path.with_name(f".{MANIFEST_NAME}.part")
    tmp.write_text(new, "utf-8")
    tmp.replace(path)
    return path
