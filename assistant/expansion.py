"""Query expansion from a data file: abbreviations, synonyms and English staff terms."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ingest.analysis import analyze


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """The expansion file, read once."""
    return tomllib.loads(resources.files("assistant.data").joinpath("expansions.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[str, ...], ...]:
    raw = _data()
    return tuple(tuple(g) for g in [*raw["synonyms"]["groups"], *raw.get("coverage", {}).get("groups", [])])


@lru_cache(maxsize=1)
def coverage_heads() -> frozenset[str]:
    """The first terms of the groups whose absence from every document means "not covered"."""
    return frozenset(g[0] for g in _data().get("coverage", {}).get("groups", []))


@lru_cache(maxsize=1)
def _broader() -> dict[str, tuple[str, ...]]:
    return {k.casefold(): tuple(v) for k, v in _data().get("broader", {}).items()}


@lru_cache(maxsize=1)
def _analysed_groups() -> tuple[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]], ...]:
    """Each group as the analysed token sequences of its terms (so inflected forms match:
    "multimodala rehabiliteringar" is "multimodal rehabilitering"), with the group itself."""
    out = []
    for group in _groups():
        sequences = tuple(seq for seq in (tuple(analyze(t)) for t in group) if seq)
        out.append((sequences, group))
    return tuple(out)


def _contains(tokens: list[str], sequence: tuple[str, ...]) -> bool:
    """Whether `sequence` stands in `tokens` in order (found by its first token, then compared)."""
    n = len(sequence)
    if n == 1:
        return sequence[0] in tokens
    at = 0
    while True:
        try:
            at = tokens.index(sequence[0], at)
        except ValueError:
            return False
        if tuple(tokens[at:at + n]) == sequence:
            return True
        at += 1


def _matched_groups(text: str) -> list[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]]:
    tokens = analyze(text)
    return [(seqs, group) for seqs, group in _analysed_groups() if any(_contains(tokens, s) for s in seqs)]


@lru_cache(maxsize=1)
def _anchor_heads() -> frozenset[str]:
    return frozenset(_data().get("anchors", []))


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    return frozenset(_data().get("places", []))


@lru_cache(maxsize=1)
def qualifier_heads() -> frozenset[str]:
    """Anchors for the groups figures are split by (women, men): asked for, they must be named;
    named by a section, they do not make it about something else."""
    return frozenset(_data().get("qualifiers", []))


@lru_cache(maxsize=1)
def sibling_sets() -> tuple[frozenset[str], ...]:
    """Sets of anchors that exclude each other (a treatment, a sex): naming another member of the
    set than the one asked is speaking of something else."""
    return tuple(frozenset(group) for group in _data().get("siblings", []))


@dataclass(frozen=True)
class Anchor:
    """A thing a question names that a passage must name too (any term of its group)."""

    head: str
    sequences: tuple[tuple[str, ...], ...]

    def named_in(self, tokens: list[str]) -> bool:
        return any(_contains(tokens, s) for s in self.sequences)


def anchor_groups(text: str, english: bool = False) -> list[Anchor]:
    """The anchors a text names. In an English question (`english`), also by an English term that
    Swedish analysis drops as a stop word ("men" is Swedish "but"; in English it names the men)."""
    return list(_anchor_groups(text, english))


@lru_cache(maxsize=8192)
def _anchor_groups(text: str, english: bool = False) -> tuple[Anchor, ...]:
    """Cached: the same section headings and questions are read again for every candidate."""
    heads = _anchor_heads()
    found = [(seqs, group) for seqs, group in _matched_groups(text) if group[0] in heads]
    if english:
        words = set(re.findall(r"\w+", text.casefold()))
        found += [(seqs, group) for seqs, group, dropped in _anchors_by_dropped_words()
                  if (seqs, group) not in found and dropped & words]
    return tuple(Anchor(group[0], seqs) for seqs, group in found)


@lru_cache(maxsize=1)
def _anchors_by_dropped_words() -> tuple[tuple[tuple[tuple[str, ...], ...], tuple[str, ...], frozenset[str]], ...]:
    """The anchor groups with terms that Swedish analysis drops as stop words ("men"), each with
    those terms (worked out once, not for every question)."""
    heads = _anchor_heads()
    out = []
    for seqs, group in _analysed_groups():
        dropped = frozenset(t.casefold() for t in group if not analyze(t))
        if group[0] in heads and dropped:
            out.append((seqs, group, dropped))
    return tuple(out)


def matched_groups(text: str) -> list[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]]:
    """The synonym groups a text touches: each as its terms' analysed token sequences and its terms."""
    return _matched_groups(text)


def mapped_terms() -> frozenset[str]:
    """Every word that some group maps (so it is not an unknown proper name)."""
    return frozenset(w.casefold() for g in _groups() for t in g for w in t.split())


Table = tuple[re.Pattern[str] | None, dict[str, tuple[str, ...]]]  # a phrase pattern and what each phrase maps to


def _table(mapping: dict[str, tuple[str, ...]]) -> Table:
    """A pattern matching any of the mapping's phrases as whole words (longest first), and the mapping."""
    if not mapping:
        return None, {}
    keys = sorted(mapping, key=len, reverse=True)
    return re.compile(r"(?<![\wåäö])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\wåäö])"), mapping


def _looked_up(table: Table, text: str) -> list[str]:
    """What the phrases a text uses map to, each once, in order."""
    pattern, mapping = table
    found: list[str] = []
    for m in pattern.finditer(text.casefold()) if pattern else ():
        found.extend(w for w in mapping[m.group(0)] if w not in found)
    return found


@lru_cache(maxsize=1)
def _glossary() -> Table:
    """English staff terms -> the Swedish words the documents use (assistant/data/glossary.toml)."""
    raw = tomllib.loads(resources.files("assistant.data").joinpath("glossary.toml").read_text("utf-8"))
    return _table({k.casefold(): tuple(v) for k, v in raw.get("en", {}).items()})


def glossary_terms(text: str) -> list[str]:
    """The Swedish words for the English staff terms a text uses ("sick pay" -> sjuklön …)."""
    return _looked_up(_glossary(), text)


@lru_cache(maxsize=1)
def _reverse_glossary() -> Table:
    """The glossary read the other way: a Swedish word the documents use -> the English staff
    terms it translates, for finding an English document's passage from a Swedish question."""
    reverse: dict[str, list[str]] = {}
    for english, swedish in _glossary()[1].items():
        for word in swedish:
            reverse.setdefault(word.casefold(), []).append(english)
    return _table({k: tuple(v) for k, v in reverse.items()})


def english_terms(text: str) -> list[str]:
    """The English staff terms for the Swedish words a text uses ("statsbidrag" -> state grant …)."""
    return _looked_up(_reverse_glossary(), text)


def expansions(text: str, language: str = "en") -> list[str]:
    """Terms to add to the lexical query: the other members of every group the text touches, the
    Swedish words of its English staff terms, and for a Swedish question the English terms of its
    Swedish words (an English document may hold the answer)."""
    added: list[str] = []
    lowered = text.casefold()
    for _, group in _matched_groups(text):
        added.extend(t for t in group if t.casefold() not in lowered and t not in added)
    added.extend(t for t in glossary_terms(text) if t.casefold() not in lowered and t not in added)
    if language != "en":
        added.extend(t for t in english_terms(text) if t.casefold() not in lowered and t not in added)
    for word in re.findall(r"[\wåäö]+", lowered):
        narrower = _broader().get(_broader_key(word), ())
        added.extend(t for t in narrower if t.casefold() not in lowered and t not in added)
    return added


def _broader_key(word: str) -> str:
    """The broader term a word is, allowing one typo in a long word ("conditons")."""
    broader = _broader()
    if word in broader or len(word) < 8:
        return word
    from assistant.vocabulary import edit_distance

    near = [key for key in broader if abs(len(key) - len(word)) <= 1 and edit_distance(word, key, 1) <= 1
            and key.rstrip("s") != word.rstrip("s")]  # "treatment" is not a typo of "treatments"
    return near[0] if len(near) == 1 else word
