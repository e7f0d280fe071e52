"""Document metadata: the folder's manifest.toml, with gaps inferred from the text."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

from ingest.chunking import years_in
from ingest.cleaning import CleanDocument
from ingest.documents import DocumentMeta

MANIFEST_NAME = "manifest.toml"
_MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10,
}
_PUBLISHED_RE = re.compile(
    r"(?:Publicerad|Published)\s*:?\s*(\d{1,2})\s+([A-Za-zåäö]+)\s+(\d{4})", re.I
)
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


def build_meta(doc_id: str, source: str, entry: dict[str, Any], clean: CleanDocument) -> DocumentMeta:
    text = clean.normalised.text
    inferred = {
        "title": infer_title(clean),
        "date": infer_date(text),
        "years": infer_years(text),
        "language": infer_language(text),
    }
    merged = {**inferred, **{k: v for k, v in entry.items() if v not in (None, "")}}
    merged.update(doc_id=doc_id, source=source)
    return DocumentMeta.from_dict(merged)


def infer_title(clean: CleanDocument) -> str:
    text = clean.normalised.text
    for block in clean.blocks:
        candidate = text[block.start:block.end]
        if block.kind == "heading" and len(candidate.split()) >= 2:
            return candidate
    first = next((text[b.start:b.end] for b in clean.blocks if b.kind != "meta"), "")
    return first[:80].rsplit(" ", 1)[0] if len(first) > 80 else first


def infer_date(text: str) -> str:
    m = _PUBLISHED_RE.search(text)
    if not m or m.group(2).casefold() not in _MONTHS:
        return ""
    return f"{int(m.group(3)):04d}-{_MONTHS[m.group(2).casefold()]:02d}-{int(m.group(1)):02d}"


def infer_years(text: str, keep: int = 4) -> list[int]:
    """The years a text is most about: the most often mentioned ones."""
    counts = Counter(y for line in text.splitlines() for y in years_in(line))
    return sorted(y for y, _ in counts.most_common(keep))


def infer_language(text: str) -> str:
    words = re.findall(r"[a-zåäö]+", text.casefold())
    sv = sum(w in _SV_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "en" if en > sv else "sv"
