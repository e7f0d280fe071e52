"""Turns loaded text into normalised text plus blocks, keeping a map back to original positions.

The documents are PDF and web extractions: lines broken mid-sentence (sometimes every line
double-spaced), words hyphenated across lines, stray spaces, web furniture. Typos in the
source are left as they are.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ingest.documents import NormalisedText

ENUMERATOR = r"\d{1,2}[.)]\s"  # the number of a numbered list's item ("1. ", "2) ")
NUMBERED_ITEM_RE = re.compile(rf"^{ENUMERATOR}")
_BULLET_RE = re.compile(rf"^(?:[•·▪●◦*–-]\s+|{ENUMERATOR}\s*)")
_AMOUNT_END_RE = re.compile(
    r"-?\d+(?:[ ,.]\d+)*\s*(?:Mkr|mkr|tkr|kr)\s*$"
)
_NUMBER_TOKEN_RE = re.compile(r"-?\d+(?:[,.]\d+)?[*%]?")
_SENTENCE_END = (".", "!", "?", ":", ";")
_INTERNAL_SENTENCE_RE = re.compile(r"[a-zåäö0-9)][.!?]\s+[A-ZÅÄÖ]")
_META_RE = re.compile(r"^(?:Publicerad|Uppdaterad|Senast uppdaterad|Published)\s*:", re.I)


@dataclass(frozen=True)
class CleaningRules:
    boilerplate: frozenset[str]
    inline: tuple[re.Pattern[str], ...]
    furniture: tuple[re.Pattern[str], ...]
    connectives: frozenset[str]
    suspended: frozenset[str]


@lru_cache(maxsize=1)
def default_rules() -> CleaningRules:
    raw = tomllib.loads(resources.files("ingest.data").joinpath("cleaning.toml").read_text("utf-8"))
    return CleaningRules(
        boilerplate=frozenset(" ".join(s.split()).casefold() for s in raw["boilerplate_lines"]),
        inline=tuple(re.compile(p) for p in raw["inline_patterns"]),
        furniture=tuple(re.compile(rf"^{p}$") for p in raw["page_furniture"]),
        connectives=frozenset(raw["connectives"]),
        suspended=frozenset(raw["suspended_hyphen_words"]),
    )


@dataclass
class _Line:
    """A physical (later logical) line: its characters and each one's original offset."""

    chars: list[str]
    offs: list[int]
    end_off: int  # original offset of the line end (where a joining space maps to)
    marked_heading: bool = False
    had_link: bool = False
    last: int = -1  # length of its last physical line, once lines are joined into it (-1: not joined)

    @property
    def text(self) -> str:
        return "".join(self.chars)


@dataclass(frozen=True)
class Block:
    kind: str  # heading | paragraph | list | table | meta
    start: int
    end: int


@dataclass(frozen=True)
class CleanDocument:
    normalised: NormalisedText
    blocks: tuple[Block, ...]


def clean(original: str, rules: CleaningRules | None = None) -> CleanDocument:
    rules = rules or default_rules()
    items = _physical_lines(original, rules)
    items = _drop_layout_blank_lines(items)
    logical = _join_lines(items, rules)
    return _assemble(original, logical, rules)


# --- stage 1: physical lines, whitespace and inline furniture -----------------------------

def _physical_lines(original: str, rules: CleaningRules) -> list[_Line | None]:
    """One entry per physical line; None stands for a blank line."""
    out: list[_Line | None] = []
    pos = 0
    for raw in original.split("\n"):
        line = _normalise_line(raw, pos, rules)
        pos += len(raw) + 1
        if line is None or not line.chars:
            out.append(None)
            continue
        if any(p.match(line.text) for p in rules.furniture) and not _in_a_column(original, pos - len(raw) - 1):
            continue  # a page number vanishes: a paragraph runs on across the page break
        if line.text.casefold() in rules.boilerplate:
            out.append(None)
            continue
        out.append(line)
    return out


_CELL_RE = re.compile(r"^\s*[-–]?\d[\d \u00a0,.%]*\s*$")


def _in_a_column(original: str, start: int) -> bool:
    """Whether the number line starting at `start` sits in a column of numbers (a PDF table's
    cells come out one per line): a line next to it is a number too. A page number stands
    alone between lines of text."""
    before = original.rfind("\n", 0, max(start - 1, 0))
    previous = original[before + 1:start - 1] if start > 0 else ""
    end = original.find("\n", start)
    after_end = original.find("\n", end + 1) if end >= 0 else -1
    following = original[end + 1:after_end if after_end >= 0 else len(original)] if end >= 0 else ""
    return any(_CELL_RE.match(line) for line in (previous, following) if line.strip())


def _normalise_line(raw: str, base: int, rules: CleaningRules) -> _Line | None:
    marked = False
    stripped = raw.lstrip()
    start = base + len(raw) - len(stripped)
    if stripped.startswith("#"):
        hashes = len(stripped) - len(stripped.lstrip("#"))
        rest = stripped[hashes:]
        if rest[:1] == " ":
            marked = True
            start += hashes
            stripped = rest
    spans = [(m.start(), m.end()) for p in rules.inline for m in p.finditer(stripped)]
    chars: list[str] = []
    offs: list[int] = []
    prev_space = True  # drops leading whitespace
    for i, ch in enumerate(stripped):
        if any(a <= i < b for a, b in spans):
            continue
        if ch.isspace() or ch in "\u00ad\u200b\ufeff":
            if ch in "\u00ad\u200b\ufeff":
                continue
            if prev_space:
                continue
            chars.append(" ")
            offs.append(start + i)
            prev_space = True
            continue
        chars.append(ch)
        offs.append(start + i)
        prev_space = False
    while chars and chars[-1] == " ":
        chars.pop()
        offs.pop()
    if not chars:
        return None
    return _Line(chars, offs, base + len(raw), marked_heading=marked, had_link=bool(spans))


def _drop_layout_blank_lines(items: list[_Line | None]) -> list[_Line | None]:
    """PDF extractions that double-space every line: a single blank line is layout, not a break."""
    lines = [i for i, x in enumerate(items) if x is not None]
    if len(lines) < 8:
        return items
    followed = [i for i in lines if i + 1 < len(items) and items[i + 1] is None]
    wrapped = [i for i in followed if not _ends_sentence(items[i].text) and len(items[i].chars) >= 50]  # type: ignore[union-attr]
    if len(followed) / len(lines) < 0.6 or len(wrapped) / len(lines) < 0.3:
        return items
    out: list[_Line | None] = []
    i = 0
    while i < len(items):
        if items[i] is None:
            j = i
            while j < len(items) and items[j] is None:
                j += 1
            if j - i >= 2 or i == 0 or j == len(items):
                out.append(None)
            i = j
            continue
        out.append(items[i])
        i += 1
    return out


# --- stage 2: joining broken lines -------------------------------------------------------

def is_list_item(text: str) -> bool:
    return bool(_BULLET_RE.match(text)) or (len(text) <= 100 and bool(_AMOUNT_END_RE.search(text)))


def is_table_row(text: str) -> bool:
    """A row of a table: cells between pipes ("| MMR1 | 167 | 76 % |", as Markdown writes and the
    HTML and DOCX loaders emit), or a line of mostly numbers (a PDF's or a text file's table)."""
    stripped = text.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        return True
    tokens = text.split()
    if len(tokens) < 3:
        return False
    numeric = sum(1 for t in tokens if _NUMBER_TOKEN_RE.fullmatch(t))
    return numeric / len(tokens) >= 0.6 and not _ends_sentence(text)


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].casefold() if words else ""


def _should_join(
    cur: _Line, nxt: _Line, rules: CleaningRules, prev_ended: bool, wrap_width: int
) -> str | None:
    """Returns the joiner ('' or ' ' or '- ') when `nxt` continues `cur`, else None."""
    a, b = cur.text, nxt.text
    if cur.marked_heading or nxt.marked_heading:
        return None
    if is_list_item(b) or is_table_row(b) or is_table_row(a):
        return None
    first = b.split()[0]
    if a.endswith("-") and len(a) >= 2:
        if a[-2].isdigit() and b[0].isdigit():
            return ""
        if a[-2].isalpha() and b[0].islower():
            return "- " if first.casefold().strip(",.") in rules.suspended else ""
    if _ends_sentence(a):
        return None
    if b[0].islower() or b[0] in "(%" or (b[0].isdigit() and not is_list_item(a)):
        return " "
    if a.endswith(",") or _last_word(a) in rules.connectives:
        return " "
    if is_list_item(a):
        return None  # an item is not continued by a capitalised line
    return _capitalised_continuation(cur, b, prev_ended, wrap_width)


def _capitalised_continuation(cur: _Line, b: str, prev_ended: bool, wrap_width: int) -> str | None:
    """Whether a line that starts with a capital continues the one before it."""
    first = b.split()[0]
    physical = len(cur.chars) if cur.last < 0 else cur.last  # as printed, not what it was joined into
    if wrap_width and physical + 1 + len(first) > wrap_width:
        return " "  # the next word did not fit: a wrapped PDF line, not a heading
    if b[0] in "–-":  # "Statens överenskommelser …" / "– styr de mot …": a title goes on after its dash
        return " "
    if physical + 1 + len(first) <= (0.75 * wrap_width if wrap_width else 60):
        # far shorter than the text's line width (or short, in a text not wrapped at a width) and
        # the next line starts a new thought: a letterhead's or a label's own line ("Region X",
        # "Hälso- och sjukvårdsnämnden", "BESLUT", "Datum: 2016-04-12"), never a wrapped one
        return None
    a = cur.text
    heading_like = prev_ended and len(a) <= 90 and not _INTERNAL_SENTENCE_RE.search(a) and not cur.had_link
    return None if heading_like else " "


def _wrap_width(items: list[_Line | None]) -> int:
    """Line width of wrapped (PDF) text, from lines that certainly continue on the next line;
    0 when the text is not wrapped at a fixed width."""
    lines = [x for x in items if x is not None]
    widths = sorted(
        len(a.chars) for a, b in zip(lines, lines[1:], strict=False)
        if b.chars[0].islower() and not _ends_sentence(a.text) and len(a.chars) >= 40
    )
    if len(widths) < 5:
        return 0
    return int(widths[int(len(widths) * 0.9)] * 0.95)


def _join_lines(items: list[_Line | None], rules: CleaningRules) -> list[_Line | None]:
    wrap_width = _wrap_width(items)
    out: list[_Line | None] = []
    prev_ended = True
    for item in items:
        if item is None:
            if out and out[-1] is not None:
                out.append(None)
            prev_ended = True
            continue
        cur = out[-1] if out else None
        joiner = (
            _should_join(cur, item, rules, prev_ended, wrap_width) if cur is not None else None
        )
        if cur is None or joiner is None:
            if cur is not None:
                prev_ended = _ends_sentence(cur.text) or cur.marked_heading
            out.append(_Line(list(item.chars), list(item.offs), item.end_off,
                             item.marked_heading, item.had_link))
            continue
        if joiner == "":
            cur.chars.pop()  # the hyphen at the line end
            hyphen_off = cur.offs.pop()
            if cur.text[-1:].isdigit():  # "2009-" + "2010": keep the dash of a span
                cur.chars.append("-")
                cur.offs.append(hyphen_off)
        else:
            cur.chars.append(" ")
            cur.offs.append(cur.end_off)
        cur.chars.extend(item.chars)
        cur.offs.extend(item.offs)
        cur.last = len(item.chars)
        cur.end_off = item.end_off
        cur.had_link = cur.had_link or item.had_link
    return out


# --- stage 3: blocks and the normalised text ---------------------------------------------

def _classify(lines: list[_Line | None]) -> list[tuple[str, _Line | None]]:
    kinds: list[tuple[str, _Line | None]] = []
    prev_ended = True
    for i, line in enumerate(lines):
        if line is None:
            kinds.append(("blank", None))
            prev_ended = True
            continue
        text = line.text
        nxt = next((x for x in lines[i + 1:] if x is not None), None)
        if _META_RE.match(text):
            kind = "meta"
        elif line.marked_heading:
            kind = "heading"
        elif is_table_row(text):
            kind = "table"
        elif is_list_item(text):
            kind = "list"
        elif (
            prev_ended
            and nxt is not None
            and not _ends_sentence(text.rstrip("?")) and len(text) <= 90
            and not (text.endswith("?") and len(text) > 60)
            and not _INTERNAL_SENTENCE_RE.search(text)
            and not line.had_link
        ):
            kind = "heading"
        else:
            kind = "paragraph"
        kinds.append((kind, line))
        prev_ended = _ends_sentence(text) or kind in {"heading", "meta", "list", "table"}
    return kinds


def _group(kinds: list[tuple[str, _Line | None]]) -> list[tuple[str, list[_Line]]]:
    """Consecutive list items (and their continuation lines) and table rows form one block;
    a short lead-in paragraph right before a list or table joins it, so budget lists and
    statistics tables stay whole with the sentence that introduces them."""
    groups: list[tuple[str, list[_Line]]] = []
    last_blank = False
    for kind, line in kinds:
        if line is None:
            last_blank = True
            continue
        prev = groups[-1] if groups else None
        if prev and kind in {"list", "table"} and prev[0] in {"list", "table"}:
            prev[1].append(line)
        elif (
            prev and prev[0] == "list" and kind in {"paragraph", "heading"}
            and not last_blank and len(line.text) <= 60 and not line.marked_heading
        ):
            prev[1].append(line)  # continuation line of a list item ("Handläggare")
        elif prev and kind in {"list", "table"} and prev[0] == "paragraph" and _lead_in(prev[1]):
            lead = prev[1]
            groups.pop()
            while groups and groups[-1][0] == "paragraph" and _intro_line(groups[-1][1]):
                lead = groups.pop()[1] + lead
            groups.append((kind, lead + [line]))
        else:
            groups.append((kind, [line]))
        last_blank = False
    return groups


def _lead_in(lines: list[_Line]) -> bool:
    return sum(len(x.chars) for x in lines) <= 200


def _intro_line(lines: list[_Line]) -> bool:
    """A paragraph that introduces what follows ("Fakta:", "… enligt nedan:")."""
    text = " ".join(x.text for x in lines)
    return text.endswith(":") or len(text) <= 40


def _assemble(original: str, lines: list[_Line | None], rules: CleaningRules) -> CleanDocument:
    groups = _group(_classify(lines))
    text_parts: list[str] = []
    offs: list[int] = []
    blocks: list[Block] = []
    headings: set[int] = set()
    for kind, group in groups:
        if text_parts:
            sep = "\n\n"
            text_parts.append(sep)
            offs.extend([offs[-1] + 1] * len(sep))
        start = sum(len(p) for p in text_parts)
        for j, line in enumerate(group):
            if j:
                text_parts.append("\n")
                offs.append(group[j - 1].end_off)
            text_parts.append(line.text)
            offs.extend(line.offs)
        end = sum(len(p) for p in text_parts)
        if kind == "heading":
            headings.add(start)
        blocks.append(Block(kind, start, end))
    text = "".join(text_parts)
    offs.append(len(original) if not offs else offs[-1] + 1)
    normalised = NormalisedText(text, tuple(offs), original, frozenset(headings))
    return CleanDocument(normalised, tuple(blocks))
