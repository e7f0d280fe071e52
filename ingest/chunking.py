"""Structure-aware chunking: sections follow headings; lists and tables stay whole.

A chunk is always a contiguous span of the normalised text, so its quote is verbatim and its
span highlights exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.cleaning import Block, CleanDocument
from ingest.dates import years_in
from ingest.documents import Chunk

CHUNKER_VERSION = "3"
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9–])")


def chunk_document(
    doc_id: str, clean: CleanDocument, max_chars: int, title: str = ""
) -> list[Chunk]:
    text = clean.normalised.text
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for section, spans in _sections(clean.blocks, text):
        context = " – ".join(x for x in (title, section) if x and not (x == section and x == title))
        if section and title and section.casefold() in title.casefold():
            context = title
        for start, end in _pack(spans, text, max_chars):
            body = text[start:end]
            position = len(chunks)
            embed_text = f"{context}\n{body}" if context else body
            occurrence = seen.get(embed_text, 0)
            seen[embed_text] = occurrence + 1
            chunks.append(
                Chunk(
                    chunk_id=Chunk.make_id(doc_id, embed_text, occurrence),
                    doc_id=doc_id,
                    text=body,
                    start=start,
                    end=end,
                    section=section,
                    years=tuple(sorted(set(years_in(body)) | set(years_in(section)))),
                    position=position,
                    context=context,
                )
            )
    return chunks


def _sections(blocks: tuple[Block, ...], text: str) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """Yields (heading, spans of the section's blocks). Consecutive headings merge, so a
    heading-only section never becomes a chunk of its own."""
    heading = ""
    spans: list[tuple[int, int]] = []
    heading_run = False
    for block in blocks:
        if block.kind == "heading":
            body_seen = any(not _is_heading_span(s, blocks) for s in spans)
            if body_seen:
                yield heading, spans
                spans = []
                heading_run = False
            title = text[block.start:block.end]
            heading = f"{heading} – {title}" if heading_run and heading else title
            heading_run = True
            spans.append((block.start, block.end))
            continue
        heading_run = False
        if block.kind == "meta":
            continue
        spans.append((block.start, block.end))
    if spans:
        yield heading, spans


def _is_heading_span(span: tuple[int, int], blocks: tuple[Block, ...]) -> bool:
    return any(b.kind == "heading" and b.start == span[0] for b in blocks)


def _pack(spans: list[tuple[int, int]], text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """Greedy packing of whole blocks up to max_chars; an over-long paragraph is split at
    sentence ends. A list or table is never split unless it exceeds three times the size."""
    pieces: list[tuple[int, int]] = []
    for start, end in spans:
        if end - start <= max_chars:
            pieces.append((start, end))
            continue
        block = text[start:end]
        is_list = "\n" in block
        if is_list and end - start <= 3 * max_chars:
            pieces.append((start, end))
            continue
        pieces.extend(_split_long(start, block, max_chars, "\n" if is_list else None))
    cur_start, cur_end = None, None
    for start, end in pieces:
        if cur_start is None:
            cur_start, cur_end = start, end
        elif end - cur_start <= max_chars:
            cur_end = end
        else:
            yield cur_start, cur_end  # type: ignore[misc]
            cur_start, cur_end = start, end
    if cur_start is not None:
        yield cur_start, cur_end  # type: ignore[misc]


def _split_long(base: int, block: str, max_chars: int, sep: str | None) -> list[tuple[int, int]]:
    bounds = [m.end() for m in (re.finditer(r"\n", block) if sep else _SENTENCE_SPLIT_RE.finditer(block))]
    cuts = [0, *bounds, len(block)]
    units = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        seg = block[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if seg.strip():
            units.append((base + a + lead, base + a + trail))
    out: list[tuple[int, int]] = []
    for start, end in units:
        if out and end - out[-1][0] <= max_chars:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
