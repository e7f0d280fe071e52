"""Answer units: the sentences, list items and table rows of a passage, each with the lead-in or
header that gives it meaning (the year of a budget list, the years of a table). Ingestion embeds
them; the extractive answerer picks among them."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ingest.cleaning import is_list_item, is_table_row
from ingest.dates import is_year

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9–•])")


@dataclass(frozen=True)
class Unit:
    hit: int  # index of the hit it comes from
    text: str  # verbatim
    start: int  # span in the normalised document
    end: int
    kind: str  # sentence | item | row
    context: str = ""  # lead-in line(s) of its list or table
    header: tuple[str, ...] = ()  # table header cells (e.g. years)
    block: int = 0  # which block of the passage (siblings share it)
    quote_start: int = -1  # where its citation starts: a table row is cited with its header

    @property
    def cite_start(self) -> int:
        return self.start if self.quote_start < 0 else self.quote_start


def split_passage(text: str, start: int, section: str, hit: int = -1) -> list[Unit]:
    """The units of one passage (`text` starts at offset `start` of its document)."""
    units: list[Unit] = []
    pos = 0
    for b_index, block in enumerate(text.split("\n\n")):
        base = start + text.index(block, pos) if block else start + pos
        pos = base - start + len(block)
        if not block.strip() or block.strip() == section:
            continue
        lines = block.split("\n")
        if len(lines) == 1 and not is_table_row(block):
            units.extend(_sentences(hit, block, base, b_index))
        else:
            units.extend(_structured(hit, lines, base, b_index))
    return units


def embed_text(unit: Unit, section: str) -> str:
    """What is embedded for a unit: the words plus what gives them meaning."""
    return f"{section}\n{unit.context}\n{unit.text}".strip()


def row_cells(line: str) -> list[str]:
    """The cells of a table row: between pipes, or (a row of numbers) between spaces."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|"):
        return [c.strip() for c in stripped[1:-1].split("|")]
    return stripped.split()


def unit_key(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:20]


def _sentences(h: int, block: str, base: int, b: int) -> list[Unit]:
    out = []
    start = 0
    for m in [*_SENTENCE_END_RE.finditer(block), None]:
        end = m.start() if m else len(block)
        text = block[start:end].strip()
        if text:
            offset = block.index(text, start)
            out.append(Unit(h, text, base + offset, base + offset + len(text), "sentence", block=b))
        start = m.end() if m else len(block)
    return out


def _introduces(line: str) -> bool:
    """A lead-in that introduces the list under it ("… enligt nedan:", "Landstingen rapporterar
    … till Försäkringskassan"), as opposed to a sentence that merely precedes it."""
    text = line.rstrip()
    return text.endswith(":") or not text.endswith((".", "!", "?")) or bool(
        re.search(r"\b(?:nedan|följande|below|following)\b", text, re.I))


def _names_columns(line: str, cells: list[str], rows: int, named: str) -> bool:
    """Whether a table row names the columns instead of holding values: the block's first row,
    without figures, or the line right under it that carries on its broken words, as a PDF wraps
    a header cell ("| År | Sjukskrivnings- |" over "| miljarden, avsatt |")."""
    if not line.lstrip().startswith("|"):
        return False
    if rows == 1:
        return not any(re.search(r"\d", c) for c in cells[1:])
    return rows == 2 and any(c.endswith("-") for c in row_cells(named)) and not any(re.search(r"\d", c) for c in cells)


def _structured(h: int, lines: list[str], base: int, b: int) -> list[Unit]:
    lead: list[str] = []
    header: tuple[str, ...] = ()
    header_start = -1
    out: list[Unit] = []
    offset = 0
    rows = 0  # table rows of the block so far: only the first may be its header
    named = ""  # that first row, when it names the columns
    for line in lines:
        start = base + offset
        offset += len(line) + 1
        if is_table_row(line):
            cells = row_cells(line)
            rows += 1
            years = cells[1:] if cells and not is_year(cells[0]) else cells
            if rows == 1 and years and all(is_year(c) for c in years):
                # the years of the columns ("| Nyckeltal | 2016 | 2017 | 2018 |", "2011 2012"); a label
                # in the first cell says what the rows are
                header, header_start = tuple(years), start
                if len(years) < len(cells) and cells[0]:
                    lead.append(cells[0])
                continue
            if _names_columns(line, cells, rows, named):
                lead.append(line)  # "| Behandling | Kvinnor | Män | Andel kvinnor |": what the columns hold
                if rows == 1:
                    named, header_start = line, start
                continue
            # every other row is a unit, with figures or without ("| Regionen | Remiss till MMR |")
            out.append(Unit(h, line, start, start + len(line), "row", "\n".join(lead), header, b, header_start))
        elif is_list_item(line) or (out and out[-1].kind == "item" and len(line) <= 60):
            out.append(Unit(h, line, start, start + len(line), "item", "\n".join(lead), header, b))
        elif not out:
            if _introduces(line):
                lead.append(line)
            out.extend(_sentences(h, line, start, b))
        else:
            out.extend(_sentences(h, line, start, b))
    return out
