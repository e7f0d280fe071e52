"""HTML for the web page: answers with clickable [n] markers, the sources panel with each quote
highlighted in its surrounding text, the eligibility verdict card and the document view.

Pure functions of plain data; everything a document or a person wrote is escaped."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from html import escape
from typing import Any
from urllib.parse import quote

from assistant.models import Answer, Citation

TextOf = Callable[[str], str | None]  # doc_id -> the document's normalised text
CONTEXT_CHARS = 350
_MARKER_RE = re.compile(r"\[(\d{1,2})\]")

LABELS = {
    "sv": {"sources": "Källor", "nearest": "Närmaste källor (svaret fanns inte i dokumenten)",
           "question": "Fråga", "no_sources": "Ställ en fråga så visas källorna här.",
           "open": "Visa i dokumentet", "doc": "Dokument"},
    "en": {"sources": "Sources", "nearest": "Nearest sources (the documents did not hold the answer)",
           "question": "Question", "no_sources": "Ask a question and its sources appear here.",
           "open": "Show in the document", "doc": "Document"},
}

VERDICT_LABELS = {
    "sv": {"eligible": "Omfattas", "not_eligible": "Omfattas inte", "needs_assessment": "Kräver medicinsk bedömning",
           "insufficient_information": "Uppgifter saknas"},
    "en": {"eligible": "Eligible", "not_eligible": "Not eligible", "needs_assessment": "Needs a medical assessment",
           "insufficient_information": "Information missing"},
}
_OUTCOME_ICONS = {"met": "✓", "not_met": "✗", "missing": "?"}


def anchor(turn: int, n: int, prefix: str = "kalla") -> str:
    return f"{prefix}-{turn}-{n}"


def answer_html(text: str, turn: int, prefix: str = "kalla") -> str:
    """The answer text, escaped, with each [n] turned into a link to its source in the panel."""
    body = escape(text)
    return _MARKER_RE.sub(lambda m: f'<a class="cite" href="#{anchor(turn, int(m.group(1)), prefix)}" '
                                    f'data-cite="{anchor(turn, int(m.group(1)), prefix)}">[{m.group(1)}]</a>', body)


def highlighted(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> str:
    """The quote text[start:end] marked, with about `context` characters either side, cut at spaces."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    before, quote, after = text[lo:start], text[start:end], text[end:hi]
    return (("… " if lo > 0 else "") + escape(before) + f"<mark>{escape(quote)}</mark>" + escape(after)
            + (" …" if hi < len(text) else ""))


def citation_html(c: Citation | Any, element_id: str, text_of: TextOf, open_: bool = False) -> str:
    """One source: title, organisation and date; the quote highlighted in its context; the file."""
    text = text_of(c.doc_id)
    if text is not None and text[c.start:c.end] == c.quote:
        body = highlighted(text, c.start, c.end)
    else:  # the document changed since the answer: show the quote as it was
        body = f"<mark>{escape(c.quote)}</mark>"
    where = ", ".join(escape(x) for x in (c.organisation, c.date) if x)
    return (f'<details class="source" id="{element_id}"{" open" if open_ else ""}>'
            f'<summary><b>[{element_id.rsplit("-", 1)[-1]}]</b> {escape(c.title or c.doc_id)}'
            f'{f" <span class=meta>— {where}</span>" if where else ""}</summary>'
            f'<div class="context">{body}</div>'
            f'<div class="file"><a class="doclink" href="{escape(document_link(c.doc_id, c.start, c.end))}" '
            f'target="_blank" rel="noopener" title="Öppna hela dokumentet">{escape(c.source or c.doc_id)}</a>'
            f' · tecken {c.start}–{c.end}</div></details>')


def document_link(doc_id: str, start: int | None = None, end: int | None = None) -> str:
    """The whole document's page (`/dokument/<id>`, relative to the page), scrolled to the quote."""
    link = f"dokument/{quote(doc_id, safe='')}"
    return f"{link}?fran={start}&till={end}#citat" if start is not None and end is not None else link


def sources_html(turns: Sequence[tuple[str, Answer]], text_of: TextOf, lang: str = "sv") -> str:
    """All answers' sources, newest first; the newest answer's sources open."""
    labels = LABELS.get(lang, LABELS["sv"])
    if not turns:
        return f'<div class="sources empty">{labels["no_sources"]}</div>'
    parts = ['<div class="sources">']
    for turn in range(len(turns) - 1, -1, -1):
        question, answer = turns[turn]
        newest = turn == len(turns) - 1
        cites = answer.citations or answer.nearest
        heading = labels["sources"] if answer.citations else labels["nearest"]
        parts.append(f'<section class="turn" data-turn="{turn}"><h4>{heading}: <q>{escape(question[:160])}</q></h4>')
        for c in cites:
            element_id = anchor(turn, c.n) if answer.citations else f"narmast-{turn}-{c.n}"
            parts.append(citation_html(c, element_id, text_of, open_=newest and len(cites) <= 3))
        parts.append("</section>")
    parts.append("</div>")
    return "".join(parts)


def verdict_html(data: dict[str, Any], text: str, citations: Sequence[Any], text_of: TextOf,
                 lang: str = "sv") -> str:
    """The eligibility verdict card: the verdict, the short text with [n] links, the reasons and
    the passages behind them."""
    verdict = data["verdict"]
    label = VERDICT_LABELS.get(lang, VERDICT_LABELS["sv"])[verdict]
    reasons = "".join(
        f'<li class="{r["outcome"]}"><span class="icon">{_OUTCOME_ICONS.get(r["outcome"], "·")}</span> '
        f'{escape(r["text"])}</li>' for r in data.get("reasons", []))
    treatments = "".join(
        f'<li><b>{escape(t["name"])}</b>: {_sek(t["compensation"]["amount_sek"])} kr '
        f'{escape(t["compensation"]["unit"])} ({t["compensation"]["year"]})</li>'
        for t in data.get("treatments", []) if t.get("compensation", {}).get("amount_sek"))
    # ids of their own: the chat's sources panel (kalla-0-n) is on the same page
    sources = "".join(citation_html(c, anchor(0, n, "behorighet"), text_of) for n, c in enumerate(citations, 1))
    heading = "Skäl" if lang == "sv" else "Reasons"
    paid = "Ersättning till regionen" if lang == "sv" else "Compensation to the region"
    return (f'<div class="verdict {verdict}"><div class="verdict-label">{escape(label)}</div>'
            f'<p class="verdict-text">{answer_html(text, 0, "behorighet")}</p>'
            + (f"<h4>{paid}</h4><ul>{treatments}</ul>" if treatments else "")
            + (f'<h4>{heading}</h4><ul class="reasons">{reasons}</ul>' if reasons else "")
            + f'<div class="sources">{sources}</div></div>')


def _sek(amount: float) -> str:
    return f"{amount:,.0f}".replace(",", "\u00a0")


def message_html(text: str, kind: str = "error") -> str:
    return f'<div class="message {kind}">{escape(text)}</div>'


def document_html(title: str, meta: str, text: str) -> str:
    return (f'<article class="document"><h3>{escape(title)}</h3><div class="meta">{escape(meta)}</div>'
            f"{_paragraphs(text)}</article>")


_PAGE_CSS = ("body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.55;"
             "color:#1f2328}.meta{color:#57606a;margin-bottom:1.5rem}mark{background:#fff3a3;padding:0 .1em}"
             "p{white-space:pre-wrap;margin:.5em 0}")


def document_page(title: str, meta: str, text: str, start: int | None = None, end: int | None = None) -> str:
    """A whole document as its own HTML page, the quote text[start:end] marked (id "citat") when
    the range lies inside the text; every character of the document is escaped."""
    span = (start, end) if start is not None and end is not None and 0 <= start < end <= len(text) else None
    return ('<!doctype html><html lang="sv"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_PAGE_CSS}</style></head><body>"
            f'<article class="document"><h1>{escape(title)}</h1><div class="meta">{escape(meta)}</div>'
            f"{_paragraphs(text, span)}</article></body></html>")


def _paragraphs(text: str, span: tuple[int, int] | None = None) -> str:
    """Each non-blank line of a text as an escaped paragraph, text[span] marked; the first mark
    carries id "citat" (where the page scrolls)."""
    paragraphs, offset, scrolled = [], 0, False
    for line in text.split("\n"):
        lo, hi = offset, offset + len(line)
        offset = hi + 1
        if not line.strip():
            continue
        if span is not None and lo < span[1] and span[0] < hi:
            a, b = max(span[0], lo) - lo, min(span[1], hi) - lo
            mark_id = "" if scrolled else " id=citat"
            scrolled = True
            body = escape(line[:a]) + f"<mark{mark_id}>{escape(line[a:b])}</mark>" + escape(line[b:])
        else:
            body = escape(line)
        paragraphs.append(f"<p>{body}</p>")
    return "".join(paragraphs)
