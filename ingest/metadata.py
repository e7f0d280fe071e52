"""The metadata a reader gives a document, read from the document itself: its title, its
publisher, its publication date and its kind. For any document without a manifest entry (an
upload, a folder given to `python -m ingest`); a manifest entry wins field by field.

Each field is read from where agencies put it: the letterhead and labels above the title
("Regeringskansliet", "Pressmeddelande", "Dnr …", "Publicerad: 2014-12-08"), a "Källa:" line or
web address, the signature and footer ("Anna Lind, regiondirektör, Region Örebro län", "©
Region Halland"), and what the file says of itself (an HTML page's head, a DOCX's properties).
Body text is not read for dates: "senast den 31 mars 2015" is a deadline, not a publication
date. What the document does not say stays empty.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from ingest.cleaning import CleanDocument
from ingest.dates import DateMention, date_in_address, dates_in
from ingest.documents import Properties

HEAD_LINES = 10  # the letterhead, labels and title
TAIL_LINES = 14  # the signature, contact list and footer


@dataclass(frozen=True)
class Organisation:
    name: str
    names: tuple[str, ...]
    domains: tuple[str, ...]
    parent: str = ""


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    raw = tomllib.loads(resources.files("ingest.data").joinpath("organisations.toml").read_text("utf-8"))
    return tuple(Organisation(o["name"], tuple(o.get("names", [o["name"]])), tuple(o.get("domains", [])),
                              o.get("parent", "")) for o in raw["organisation"])


@lru_cache(maxsize=1)
def _name_re() -> re.Pattern[str]:
    names = sorted({n for o in organisations() for n in o.names}, key=len, reverse=True)
    return re.compile(r"(?<![\wåäöÅÄÖ])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\wåäöÅÄÖ])")


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Organisation]:
    return {n.casefold(): o for o in organisations() for n in o.names}


# Swedish naming patterns for regions and municipalities the data file does not list
_PATTERN_RE = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:Region [A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+ län| län)?"
    r"|Landstinget (?:i )?[A-ZÅÄÖ][a-zåäö]+(?: län)?"
    r"|[A-ZÅÄÖ][a-zåäö]+ läns landsting"
    r"|[A-ZÅÄÖ][a-zåäö]+ kommun"
    r"|[A-ZÅÄÖ][a-zåäö]+regionen)(?![\wåäöÅÄÖ])"
)
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>()\"']+", re.I)


@dataclass(frozen=True)
class Named:
    """An organisation a text names: how to show it, and what identifies it."""

    shown: str
    key: str
    parent: str = ""


def organisations_in(text: str) -> list[Named]:
    """The organisations a text names, in order: data-file names first, then naming patterns."""
    found: list[tuple[int, Named]] = []
    taken: list[tuple[int, int]] = []
    for m in _name_re().finditer(text):
        org = _by_name()[m.group(0).casefold()]
        shown = m.group(0) if m.group(0).casefold() not in {"regeringen", "vgr", "sll", "isf", "esv"} else org.name
        found.append((m.start(), Named(shown, org.name, org.parent)))
        taken.append((m.start(), m.end()))
    for m in _PATTERN_RE.finditer(text):
        if not any(m.start() < b and a < m.end() for a, b in taken):
            found.append((m.start(), Named(m.group(0), m.group(0))))
    return [n for _, n in sorted(found, key=lambda x: x[0])]


def organisation_of_address(address: str) -> Named | None:
    host = urlsplit(address if "://" in address else f"http://{address}").hostname or ""
    host = host.casefold().removeprefix("www.")
    for org in organisations():
        if any(host == d or host.endswith("." + d) for d in org.domains):
            return Named(org.name, org.name, org.parent)
    return None


# -- lines ---------------------------------------------------------------------------------------

_NOTE_RE = re.compile(r"^\s*\[[^\]]*\]\s*$")
_LABEL_RE = re.compile(
    r"^(?:Källa|Source|Publicerad|Publicerat|Uppdaterad|Senast uppdaterad|Datum|Date|Dnr|Diarienr|Diarienummer|"
    r"Ärende|Ärendenummer|Sida|Page|Till|Från|Kopia|Handläggare|Beslutsinstans|Sammanträdesdatum|Beslutsdatum|"
    r"Referens|Vår referens|Er referens|Dokumentnummer|Version|Giltig|Fastställd|Utgivare|Ansvarig)\b", re.I)
_BREADCRUMB_RE = re.compile(r"(?:\s[>»›/|]\s.*){2,}|^Du är här", re.I)
_COOKIE_RE = re.compile(r"\b(?:kakor|cookies?)\b", re.I)


def _lines(text: str) -> list[str]:
    """The document's lines, without editor's notes in brackets."""
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not _NOTE_RE.match(ln)]


def _is_furniture(line: str, kinds: frozenset[str]) -> bool:
    """A line above or around the title that is not the title: a label, an address, a date, a
    breadcrumb, a cookie notice, an organisation's name or a kind's name standing alone."""
    bare = line.lstrip("# ").strip()
    if _LABEL_RE.match(bare) or _URL_RE.fullmatch(bare) or _BREADCRUMB_RE.search(bare) or _COOKIE_RE.search(bare):
        return True
    dates = dates_in(bare)
    if dates and sum(d.end - d.start for d in dates) >= 0.5 * len(bare):
        return True
    named = organisations_in(bare)
    rest = _PATTERN_RE.sub("", _name_re().sub("", bare)).strip(" ,.–-|:")
    if named and len(rest.split()) <= 1:
        return True
    return bare.casefold().strip(" :") in kinds


# -- title ----------------------------------------------------------------------------------------

def infer_title(clean: CleanDocument, props: Properties | None = None) -> str:
    """The first real heading: never an editor's note, a source line, a label, a date, a
    breadcrumb or a letterhead. Failing a heading, the page's own title or the first sentence."""
    props = props or Properties()
    text = clean.normalised.text
    kinds = _kind_words()
    blocks = [b for b in clean.blocks if text[b.start:b.end].strip()]
    usable = []
    for block in blocks[:25]:
        first = text[block.start:block.end].split("\n")[0].strip()
        if not _NOTE_RE.match(first) and not _is_furniture(first, kinds):
            usable.append((block.kind, first))
    heading = next((t for kind, t in usable if kind == "heading" and len(t.split()) >= 2), "")
    if heading:
        return heading
    if props.title:
        return _site_suffix_removed(props.title)
    first = next((t for kind, t in usable if kind in ("paragraph", "heading")), "")
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return sentence if len(sentence) <= 100 else sentence[:100].rsplit(" ", 1)[0] + " …"


def _site_suffix_removed(title: str) -> str:
    """"Nya pengar till rehabilitering - Region Halland" -> "Nya pengar till rehabilitering"."""
    parts = re.split(r"\s+[-–|]\s+", title.strip())
    if len(parts) > 1 and organisations_in(parts[-1]):
        return " – ".join(parts[:-1])
    return title.strip()


# -- publisher ----------------------------------------------------------------------------------------

_PUBLISHER_LABEL_RE = re.compile(
    r"^(?:Utgivare|Utgiven av|Publicerad av|Avsändare|Ansvarig utgivare|Författare|Publisher|Published by)\s*:?\s*(.+)",
    re.I)
_SOURCE_RE = re.compile(r"^(?:Källa|Source|Från)\s*:\s*(.+)", re.I)
_COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*)?(.+)", re.I)


def infer_publisher(text: str, props: Properties | None = None) -> str:
    """Who publishes the document, weighed from where agencies name themselves: a labelled line
    or "Källa:" (strongest), the file's own properties and address, the letterhead (earlier lines
    count more), a copyright line, the signature. Several mentions add up; an organisation the
    text only mentions in passing does not qualify. Empty when nothing names one clearly."""
    props = props or Properties()
    lines = _lines(text)
    votes: dict[str, float] = {}
    shown: dict[str, Named] = {}
    for named, weight in [*_labelled_publisher(lines), *_property_publisher(props), *_placed_publisher(lines),
                          *_frequent_publisher(text)]:
        votes[named.key] = votes.get(named.key, 0.0) + weight
        shown.setdefault(named.key, named)
    if not votes:
        return ""
    key = max(votes, key=lambda k: (votes[k], -list(votes).index(k)))
    if votes[key] < 5.0:
        return ""
    named = shown[key]
    return f"{named.parent} ({named.shown})" if named.parent else named.shown


Evidence = Iterator[tuple[Named, float]]


def _named_in(value: str) -> list[Named]:
    """The first organisation a value names, and those its web addresses belong to."""
    found = organisations_in(value)[:1]
    return found + [n for url in _URL_RE.findall(value) if (n := organisation_of_address(url))]


def _labelled_publisher(lines: list[str]) -> Evidence:
    for line in lines:
        for pattern, weight in ((_PUBLISHER_LABEL_RE, 10.0), (_SOURCE_RE, 9.0)):
            if m := pattern.match(line):
                yield from ((n, weight) for n in _named_in(m.group(1)))
        if m := _COPYRIGHT_RE.search(line):
            yield from ((n, 8.0) for n in _named_in(m.group(1)))


def _property_publisher(props: Properties) -> Evidence:
    for source, weight in ((props.publisher, 8.0), (props.furniture, 6.0)):
        yield from ((n, weight) for n in organisations_in(source)[:1])
    if props.address and (named := organisation_of_address(props.address)):
        yield named, 8.0


def _placed_publisher(lines: list[str]) -> Evidence:
    """The letterhead (earlier lines weigh more) and the signature; the opening sentences of a
    text name its publisher too, but also whoever it is about ("Sedan 2006 har SKL och …")."""
    for i, line in enumerate(lines[:HEAD_LINES]):
        weight = max(1.0, 6.0 - 0.5 * i) if _letterhead(line) else 2.5 if i < 3 else 0.0
        if weight:
            yield from ((n, weight) for n in dict.fromkeys(organisations_in(line)))
        yield from ((n, 6.0) for url in _URL_RE.findall(line) if (n := organisation_of_address(url)))
    for line in lines[-TAIL_LINES:]:
        if _letterhead(line):
            yield from ((n, 2.5) for n in dict.fromkeys(organisations_in(line)))


def _frequent_publisher(text: str) -> Evidence:
    """The organisation the text names most often, when it clearly does (three times or more,
    more often than any other)."""
    counts: dict[str, int] = {}
    named: dict[str, Named] = {}
    for n in organisations_in(text):
        counts[n.key] = counts.get(n.key, 0) + 1
        named.setdefault(n.key, n)
    top = sorted(counts.values(), reverse=True)
    for key, count in counts.items():
        if count >= 3 and count == top[0] and (len(top) == 1 or count > top[1]):
            yield named[key], 3.0


def _letterhead(line: str) -> bool:
    """A short line that names rather than tells: a letterhead, a label, a signature line
    ("Region Örebro län", "Regionstyrelsen, Region Örebro län", "Anna Lind, regiondirektör")."""
    bare = line.lstrip("# ").strip()
    return len(bare.split()) <= 10 and not re.search(r"[a-zåäö]{2}[.!?]$", bare)


# -- date ----------------------------------------------------------------------------------------------

_DATE_LABELS = (  # label -> weight: the publication date first, then dates that stand for it
    (re.compile(r"^(?:Publicerad|Publicerat|Publiceringsdatum|Published|Utgiven|Utgivningsdatum)\b", re.I), 10.0),
    (re.compile(r"^(?:Datum|Date|Dag)\b", re.I), 9.0),
    (re.compile(r"^(?:Sammanträdesdatum|Beslutsdatum|Mötesdatum|Sammanträde)\b", re.I), 8.5),
    (re.compile(r"^(?:Uppdaterad|Senast uppdaterad|Senast ändrad|Updated|Last updated)\b", re.I), 6.0),
)
_PLACE_DATE_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:,)?(?: den)?\s+(.+)$")


def _only_date(line: str) -> DateMention | None:
    """A line that is a date and nothing else ("2016-05-10", "december 2014"), or a place and a
    date ("Stockholm den 8 december 2014", "Örebro 2016-05-10")."""
    bare = line.strip(" .,")
    for candidate in (bare, (m.group(1) if (m := _PLACE_DATE_RE.match(bare)) else "")):
        dates = dates_in(candidate)
        if len(dates) == 1 and dates[0].year and len(candidate.strip(" .,")) - (dates[0].end - dates[0].start) <= 2:
            return dates[0]
    return None


def infer_date(text: str, props: Properties | None = None) -> str:
    """The publication date at the precision the document gives ("2014-12-08", "2014-12",
    "2014"): a labelled line, the file's own date, a date in a web address, a place-and-date
    line or a date standing alone in the letterhead or the signature. Empty when none."""
    props = props or Properties()
    lines = _lines(text)
    candidates = list(_dated_lines(lines))
    if props.date:
        candidates.append((8.0, -1, props.date))
    if props.address and (found := date_in_address(props.address)):
        candidates.append((7.0, -1, found.iso))
    if not candidates:
        return ""
    return max(candidates, key=lambda c: (c[0], -c[1]))[2]


def _dated_lines(lines: list[str]) -> Iterator[tuple[float, int, str]]:
    """(weight, line number, ISO date) for each line that dates the document."""
    for i, line in enumerate(lines):
        for label, weight in _DATE_LABELS:
            dated = [d for d in dates_in(line) if d.year] if label.match(line) else []
            if dated:
                yield weight, i, dated[0].iso
        if line.casefold().startswith(("källa", "source")) or i < HEAD_LINES:
            yield from ((7.0, i, d.iso) for url in _URL_RE.findall(line) if (d := date_in_address(url)))
        if (i < HEAD_LINES or i >= len(lines) - TAIL_LINES) and (alone := _only_date(line)):
            yield (6.5 if i < HEAD_LINES else 5.5), i, alone.iso


# -- kind --------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _kind_cues() -> tuple[float, dict[str, dict[str, float]]]:
    raw = tomllib.loads(resources.files("ingest.data").joinpath("document_kinds.toml").read_text("utf-8"))
    return float(raw["min_score"]), {k: {c.casefold(): float(w) for c, w in v.items()} for k, v in raw["kinds"].items()}


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """Cue phrases that are a kind's name when they stand alone on a line ("Pressmeddelande")."""
    return frozenset(c for cues in _kind_cues()[1].values() for c, w in cues.items() if w >= 3)


def _count(phrase: str, text: str) -> int:
    if not phrase[0].isalnum():
        return text.count(phrase)
    return len(re.findall(rf"(?<![\wåäö]){re.escape(phrase)}(?![\wåäö])", text))


def infer_kind(text: str, title: str) -> str:
    """The kind of document, from the cue phrases of ingest/data/document_kinds.toml in its
    title, its first lines and its body; empty when no kind is clearly signalled."""
    min_score, kinds = _kind_cues()
    lines = _lines(text)
    head = "\n".join(lines[:HEAD_LINES]).casefold()
    body = text.casefold()
    lowered_title = title.casefold()
    scores = {}
    for kind, cues in kinds.items():
        scores[kind] = sum(w * (3 * min(1, _count(c, lowered_title)) + 2 * min(1, _count(c, head))
                                + min(3, _count(c, body))) for c, w in cues.items())
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= min_score else ""
