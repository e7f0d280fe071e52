"""Answer units: the sentences, list items and table rows of a passage, each with the lead-in or
header that gives it meaning (the year of a budget list, the years of a table). Ingestion embeds
them; the extractive answerer picks among them."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ingest.cleaning import is_list_item, is_table_row
from ingest.dates import YEAR_RE, dates_in, is_year
from ingest.metadata import NOT_PLACES, without_organisations
from ingest.numbers import FIGURE_RE

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9–•])")
_CAPITALISED = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_WORDS_RE = re.compile(rf"^\s*{_CAPITALISED}(?: +{_CAPITALISED})*\s*$")


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
    blocks = text.split("\n\n")
    signed = -1  # the titles of a signature block whose names stand in the block before
    for b_index, block in enumerate(blocks):
        base = start + text.index(block, pos) if block else start + pos
        pos = base - start + len(block)
        if not block.strip() or block.strip() == section or b_index == signed:
            continue
        following = blocks[b_index + 1] if b_index + 1 < len(blocks) else ""
        if "\n" not in block.strip() and "\n" not in following.strip() and _signature(block, following):
            # the names and the titles stand as paragraphs of their own (as a PDF's text lays them out)
            spanned = text[base - start:pos + 2 + len(following)]
            first = spanned.index(block.strip())
            kept = spanned[first:].rstrip()
            units.append(Unit(hit, kept, base + first, base + first + len(kept), "sentence", block=b_index))
            signed = b_index + 1
            continue
        lines = block.split("\n")
        if len(lines) == 1 and not is_table_row(block) and not is_list_item(block.strip()):
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
    without figures (years aside), or the line right under it that carries on its broken words, as a PDF wraps
    a header cell ("| År | Sjukskrivnings- |" over "| miljarden, avsatt |")."""
    if not line.lstrip().startswith("|"):
        return False
    if rows == 1:  # a column may name its year ("| Behandling | Kvinnor | Män | Totalt 2018 | Totalt 2017 |"),
        # and a name may hold a digit ("| År | MMR1 | MMR2 |"): a figure is a number of its own
        return not any(FIGURE_RE.search(YEAR_RE.sub("", _label_dates_out(c))) for c in cells[1:])
    return rows == 2 and any(c.endswith("-") for c in row_cells(named)) and not any(re.search(r"\d", c) for c in cells)


_LABEL_WORD_RE = re.compile(r"^[^\W\d_]{3,}")


def _label_dates_out(cell: str) -> str:
    """A column's name without the date it was counted at: "Listade patienter 2020-01-01" (words
    first, then an ISO date or one with a month's name). A cell that is a date, or a date with a
    particle ("senast 2020-03-31", "den 8 december 2014"), or a fraction ("3/4") is a value."""
    spans = [(d.start, d.end) for d in dates_in(cell)
             if "-" in cell[d.start:d.end] or re.search(r"[^\W\d_]", cell[d.start:d.end])]
    if not spans or spans[0][0] == 0:
        return cell
    label = cell[:spans[0][0]].strip()
    if not _LABEL_WORD_RE.match(label) or label.casefold().split()[-1] in _DATE_PARTICLES:
        return cell
    rest = cell
    for a, b in reversed(spans):
        rest = rest[:a] + rest[b:]
    return rest


# the words that lead a date in a deadline or a period, not a column's name: those the metadata reads
# so ("senast", "från", "until" …), and a day's article and clock ("den 8 december", "kl")
_DATE_PARTICLES = NOT_PLACES | {"den", "tom", "t.o.m.", "kl", "on"}


def _signature(names: str, roles: str) -> bool:
    """A signature block as agencies lay it out: a line of signatories' names side by side ("Karin
    Berg Olof Lund", first and last name each) over a line with one title for each
    ("Regiondirektör Ekonomichef"). Neither line means anything alone."""
    if not (_WORDS_RE.match(names) and _WORDS_RE.match(roles)) or without_organisations(names) != names:
        return False  # "Region Halland" over "Beslut" is a letterhead
    people, titles = len(names.split()), len(roles.split())
    return 1 <= titles <= 4 and people == 2 * titles


def signatories(text: str) -> list[tuple[str, str]]:
    """The (name, title) pairs of a signature block unit, in order ([] for any other text):
    "Karin Berg Olof Lund" over "Regiondirektör Ekonomichef" pairs the first two words
    with the first title."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) != 2 or not _signature(*lines):
        return []
    words, titles = lines[0].split(), lines[1].split()
    return [(f"{words[2 * i]} {words[2 * i + 1]}", title) for i, title in enumerate(titles)]


_REMARKED_YEAR_RE = re.compile(r"(\d{4})\s*\([^()]*\)")


def _year_of_column(cell: str) -> str:
    """The year a column's name gives, with a remark on it or without ("2019 (tidigare avtal)",
    "2020 (prognos)"); any other name as it stands."""
    remarked = _REMARKED_YEAR_RE.fullmatch(cell.strip())
    return remarked.group(1) if remarked and is_year(remarked.group(1)) else cell


def _structured(h: int, lines: list[str], base: int, b: int) -> list[Unit]:
    lead: list[str] = []
    header: tuple[str, ...] = ()
    header_start = -1
    out: list[Unit] = []
    offset = 0
    rows = 0  # table rows of the block so far: only the first may be its header
    named = ""  # that first row, when it names the columns
    signed = -1  # the line of titles of a signature block, cut with the names above it
    for i, line in enumerate(lines):
        start = base + offset
        offset += len(line) + 1
        if i == signed:
            continue
        if i + 1 < len(lines) and _signature(line, lines[i + 1]):
            text = f"{line}\n{lines[i + 1]}".strip()
            at = start + (line + "\n" + lines[i + 1]).index(text)
            out.append(Unit(h, text, at, at + len(text), "sentence", block=b))
            signed = i + 1
            continue
        if is_table_row(line):
            cells = row_cells(line)
            rows += 1
            years = [_year_of_column(c) for c in (cells[1:] if cells and not is_year(cells[0]) else cells)]
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
