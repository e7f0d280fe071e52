"""Pure metric functions for the eval suite (unit-tested on hand-checked examples)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

_DIGIT_GROUPS_RE = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+")


def normalise(text: str) -> str:
    """Case-folded, whitespace collapsed, thousands groups joined: "12 000" == "12000" (but a
    year followed by a number, "2015 712", stays two numbers)."""
    # the pipes between a table's cells are markup, not text
    text = " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("|", " ").split())
    return _DIGIT_GROUPS_RE.sub(lambda m: re.sub(r"\D", "", m.group(0)), text).casefold()


def collapse(text: str) -> str:
    return " ".join(text.split())


def fact_present(answer: str, variants: Sequence[str]) -> bool:
    """Whether any variant of a fact is in the answer. Checked against the text with thousands
    groups joined and as written, since "876 288" may be one number or two table cells."""
    texts = (normalise(answer), collapse(answer.replace("\u00a0", " ")).casefold())
    for variant in variants:
        v = normalise(variant)
        if not v:
            continue
        if v[0].isdigit() or v[-1].isdigit():
            # a number must not match inside a longer number ("12 000" is not in "112 000")
            pattern = re.compile(rf"(?<![\d.,]){re.escape(v)}(?![\d]|[.,]\d)")
            if any(pattern.search(t) for t in texts):
                return True
        elif any(v in t for t in texts):
            return True
    return False


def facts_missing(answer: str, facts: Sequence[Sequence[str]]) -> list[list[str]]:
    return [list(f) for f in facts if not fact_present(answer, f)]


def facts_forbidden(answer: str, facts: Sequence[Sequence[str]]) -> list[list[str]]:
    return [list(f) for f in facts if fact_present(answer, f)]


def passages_match(passage: str, quote: str) -> bool:
    """A passage contains a gold quote, or (for sentence-level citations) the quote contains it or
    they share most of their words."""
    p, q = normalise(passage), normalise(quote)
    if not p or not q:
        return False
    if q in p or p in q:
        return True
    pw, qw = set(re.findall(r"\w+", p)), set(re.findall(r"\w+", q))
    return len(pw & qw) / max(1, min(len(pw), len(qw))) >= 0.8


def hit_at_k(relevant: Sequence[bool], k: int) -> float:
    return 1.0 if any(relevant[:k]) else 0.0


def mrr_at_k(relevant: Sequence[bool], k: int = 10) -> float:
    for i, rel in enumerate(relevant[:k]):
        if rel:
            return 1.0 / (i + 1)
    return 0.0


def ndcg_at_k(relevant: Sequence[bool], n_relevant: int, k: int = 10) -> float:
    dcg = sum(1.0 / math.log2(i + 2) for i, rel in enumerate(relevant[:k]) if rel)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(n_relevant, k)))
    return dcg / ideal if ideal else 0.0


def percentile(values: Iterable[float], q: float) -> float:
    data = sorted(values)
    if not data:
        return 0.0
    pos = (len(data) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def unsupported_numbers(answer: str, support: str) -> list[str]:
    """Numbers (and dates) in the answer that the cited passages do not contain."""
    from ingest.numbers import numbers_in

    body = re.sub(r"\[\d+\]", "", answer)
    have = numbers_in(support)
    return sorted(n for n in numbers_in(body, scaled=False) if n not in have)


def ratio(num: float, den: float) -> float:
    return num / den if den else 0.0
