"""Document metadata: the folder's manifest.toml, with gaps inferred from the text."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

from ingest.cleaning import CleanDocument
from ingest.dates import years_in
from ingest.documents import DocumentMeta, Properties
from ingest.metadata import infer_date, infer_kind, infer_publisher, infer_title

__all__ = ["MANIFEST_NAME", "ManifestError", "build_meta", "infer_date", "infer_language", "infer_title",
           "infer_years", "read_manifest"]

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
    """The manifest entry, field by field, over what the document itself says (ingest/metadata.py)."""
    text = clean.normalised.text
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


def infer_years(text: str, keep: int = 4) -> list[int]:
    """The years a text is most about: the most often mentioned ones."""
    counts = Counter(y for line in text.splitlines() for y in years_in(line))
    return sorted(y for y, _ in counts.most_common(keep))


def infer_language(text: str) -> str:
    words = re.findall(r"[a-zåäö]+", text.casefold())
    sv = sum(w in _SV_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "en" if en > sv else "sv"
