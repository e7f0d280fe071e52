"""Query expansion from a data file: abbreviations, synonyms and English staff terms."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[str, ...], ...]:
    raw = tomllib.loads(resources.files("assistant.data").joinpath("expansions.toml").read_text("utf-8"))
    return tuple(tuple(g) for g in raw["synonyms"]["groups"])


@lru_cache(maxsize=1)
def _broader() -> dict[str, tuple[str, ...]]:
    raw = tomllib.loads(resources.files("assistant.data").joinpath("expansions.toml").read_text("utf-8"))
    return {k.casefold(): tuple(v) for k, v in raw.get("broader", {}).items()}


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    out = []
    for group in _groups():
        alternatives = "|".join(re.escape(t) for t in sorted(group, key=len, reverse=True))
        out.append((re.compile(rf"(?<![\wåäö])(?:{alternatives})(?![\wåäö])", re.I), group))
    return tuple(out)


@lru_cache(maxsize=1)
def _anchor_heads() -> frozenset[str]:
    raw = tomllib.loads(resources.files("assistant.data").joinpath("expansions.toml").read_text("utf-8"))
    return frozenset(raw.get("anchors", []))


def anchor_groups(text: str) -> list[re.Pattern[str]]:
    """Patterns of the anchor groups a text names (each matches any term of its group)."""
    heads = _anchor_heads()
    return [pattern for pattern, group in _patterns() if group[0] in heads and pattern.search(text)]


def mapped_terms() -> frozenset[str]:
    """Every word that some group maps (so it is not an unknown proper name)."""
    return frozenset(w.casefold() for g in _groups() for t in g for w in t.split())


def expansions(text: str) -> list[str]:
    """Terms to add to the lexical query: the other members of every group the text touches."""
    added: list[str] = []
    lowered = text.casefold()
    for pattern, group in _patterns():
        if pattern.search(text):
            added.extend(t for t in group if t.casefold() not in lowered and t not in added)
    for word in re.findall(r"[\wåäö]+", lowered):
        added.extend(t for t in _broader().get(word, ()) if t.casefold() not in lowered and t not in added)
    return added
