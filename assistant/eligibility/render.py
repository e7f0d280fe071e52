"""A verdict as a short text (Swedish or English) with [n] markers into its citations.

What goes in depends on the verdict: a "no" shows the reasons that failed; a "yes" the treatments
and what the region is paid for them; "not enough information" what to ask for. Sentences are
added in that order of importance while the text stays within `max_chars` (answers are kept
under 500 characters, as the assistant's other answers are)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from assistant.eligibility.engine import (
    ELIGIBLE,
    INSUFFICIENT,
    MET,
    MISSING,
    NEEDS_ASSESSMENT,
    NOT_MET,
    Reason,
    TreatmentOption,
    Verdict,
)
from assistant.eligibility.evidence import RuleCitation
from assistant.eligibility.rules import Rulebook, load_rules

MAX_CHARS = 500


@dataclass(frozen=True)
class Rendered:
    text: str
    citations: tuple[RuleCitation, ...]  # marker [n] is citations[n - 1]


class _Builder:
    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self.parts: list[str] = []
        self.citations: list[RuleCitation] = []

    def _key(self, c: RuleCitation) -> tuple[str, int, int]:
        return c.doc_id, c.start, c.end

    def marked(self, text: str, citations: Sequence[RuleCitation], numbering: list[RuleCitation]) -> str:
        """`text` with its markers, numbering new citations after those in `numbering` (updated)."""
        keys = [self._key(c) for c in numbering]
        markers = []
        for c in citations:
            if self._key(c) not in keys:
                numbering.append(c)
                keys.append(self._key(c))
            n = keys.index(self._key(c)) + 1
            if f"[{n}]" not in markers:
                markers.append(f"[{n}]")
        if not markers:
            return text
        body, end = (text[:-1], text[-1]) if text[-1:] in ".!?" else (text, "")
        return f"{body} {''.join(markers)}{end}"

    def add(self, text: str, citations: Sequence[RuleCitation] = ()) -> bool:
        numbering = list(self.citations)
        sentence = self.marked(text, citations, numbering)
        if len(" ".join([*self.parts, sentence])) > self.max_chars:
            return False
        self.parts.append(sentence)
        self.citations = numbering
        return True

    def add_items(self, template: str, items: Sequence[tuple[str, Sequence[RuleCitation]]], joiner: str) -> bool:
        numbering = list(self.citations)
        body = joiner.join(self.marked(text, cites, numbering) for text, cites in items)
        sentence = template.format(items=body)
        if len(" ".join([*self.parts, sentence])) > self.max_chars:
            return False
        self.parts.append(sentence)
        self.citations = numbering
        return True

    def result(self) -> Rendered:
        return Rendered(" ".join(self.parts), tuple(self.citations))


def render(verdict: Verdict, lang: str = "sv", max_chars: int = MAX_CHARS, book: Rulebook | None = None) -> Rendered:
    book = book or load_rules()
    lang = "en" if lang == "en" else "sv"
    out = _Builder(max_chars)
    unknown = verdict.verdict == NEEDS_ASSESSMENT and verdict.patient.assessed == "unknown"
    out.add(book.message(f"headline_{verdict.verdict}" + ("_unknown" if unknown else ""), lang))

    def reasons(outcome: str) -> None:
        for r in verdict.reasons:
            if r.outcome == outcome:
                out.add(r.text(lang), r.citations)

    if verdict.verdict in (ELIGIBLE, NEEDS_ASSESSMENT):
        if verdict.verdict == NEEDS_ASSESSMENT:
            _assessment(verdict.reasons, book, lang, out)
        _treatments(verdict.treatments, book, lang, out)
        _missing([m for m in verdict.missing if m != "assessed"], book, lang, out)  # the headline says that one
        reasons(MET)
        reasons(NOT_MET)
    elif verdict.verdict == INSUFFICIENT:
        _missing(verdict.missing, book, lang, out)
        reasons(NOT_MET)
        reasons(MISSING)
        reasons(MET)
    else:
        reasons(NOT_MET)
    return out.result()


def _assessment(reasons: Sequence[Reason], book: Rulebook, lang: str, out: _Builder) -> None:
    for r in reasons:
        if r.rule_id in book.criteria.assessment_rules and r.outcome != MET:
            out.add(r.text(lang), r.citations)


def _missing(missing: Sequence[str], book: Rulebook, lang: str, out: _Builder) -> None:
    if missing:
        items = ", ".join(book.message(f"missing_{m}", lang) for m in missing)
        out.add(book.message("missing", lang, items=items))


def _treatments(options: Sequence[TreatmentOption], book: Rulebook, lang: str, out: _Builder) -> None:
    """One item per rate ("KBT eller IPT" share theirs), each with the rate's year and source."""
    groups: dict[str, list[TreatmentOption]] = {}
    for t in options:
        groups.setdefault(t.rate_rule, []).append(t)
    if not groups:
        return
    full = [_item(group, book, lang, detailed=True) for group in groups.values()]
    template = book.messages[lang]["treatments"]
    if not out.add_items(template, full, "; "):
        short = [_item(group, book, lang, detailed=False) for group in groups.values()]
        out.add_items(template, short, "; ")


def _item(group: list[TreatmentOption], book: Rulebook, lang: str, detailed: bool) -> tuple[str, list[RuleCitation]]:
    en = lang == "en"
    first = group[0]
    names = book.message("or", lang).join(t.name_en if en else t.name_sv for t in group)
    setting, course = (first.setting_en, first.course_en) if en else (first.setting_sv, first.course_sv)
    details = ", ".join(x for x in (setting, course) if x) if detailed else ""
    amount = f"{first.amount_sek:,}".replace(",", "," if en else " ")
    text = book.message("treatment_item", lang, names=names, details=details, amount=amount,
                        unit=first.unit_en if en else first.unit_sv, year=first.year)
    text = text.replace("(; ", "(")
    citations = list(dict.fromkeys(c for t in group for c in t.citations[:2]))
    return text, citations


def payload(verdict: Verdict, lang: str = "sv") -> dict[str, Any]:
    """The verdict as the JSON object the CLI (`--json`) and the HTTP API return."""
    rendered = render(verdict, lang)
    citations = [{"n": n, **asdict(c)} for n, c in enumerate(rendered.citations, 1)]
    return {**verdict.to_dict(lang), "text": rendered.text, "language": lang, "citations": citations}
