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
    same_as: tuple[str, ...] = ()  # its names under another entry (SKL / SKR)
    shown_as_name: tuple[str, ...] = ()  # names a text writes that are shown as `name` ("VGR", "Regeringen")


def _worded(names: list[str]) -> tuple[str, ...]:
    """Names with a word in them: a bare number ("1177") is a count in running text, not a name."""
    return tuple(n for n in names if any(c.isalpha() for c in n))


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    raw = tomllib.loads(resources.files("ingest.data").joinpath("organisations.toml").read_text("utf-8"))
    return tuple(Organisation(o["name"], _worded(o.get("names", [o["name"]])), tuple(o.get("domains", [])),
                              o.get("parent", ""), tuple(o.get("same_as", [])), _worded(o.get("shown_as_name", [])))
                 for o in raw["organisation"])


@lru_cache(maxsize=1)
def _name_re() -> re.Pattern[str]:
    names = sorted({n for o in organisations() for n in o.names}, key=len, reverse=True)
    # a name may take the genitive: "Region Örebro läns beslut", "SKL:s databas", "Försäkringskassans sida"
    return re.compile(r"(?<![\wåäöÅÄÖ])(?:" + "|".join(re.escape(n) for n in names) + r")(?=(?::s|s)?(?![\wåäöÅÄÖ]))")


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Organisation]:
    return {n.casefold(): o for o in organisations() for n in o.names}


# Swedish naming patterns for regions, municipalities and Finsam associations the data file does not list
_PATTERN_RE = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:Region [A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+ läns?| läns?)?"
    r"|Landstinget (?:i )?[A-ZÅÄÖ][a-zåäö]+(?: län)?"
    r"|[A-ZÅÄÖ][a-zåäö]+ läns landsting"
    r"|[A-ZÅÄÖ][a-zåäö]+ kommun"
    r"|Samordningsförbundet (?:i )?(?:(?:Västra|Östra|Norra|Södra|Centrala|Mellersta|Nedre|Övre) )?"
    r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)*"  # a Finsam association
    r"|[A-ZÅÄÖ][a-zåäö]+ samordningsförbund"
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
    text = "\n".join(_readable(line) for line in text.split("\n"))
    found: list[tuple[int, Named]] = []
    taken: list[tuple[int, int]] = []
    for m in _name_re().finditer(text):
        org = _by_name()[m.group(0).casefold()]
        shown = org.name if m.group(0).casefold() in {n.casefold() for n in org.shown_as_name} else m.group(0)
        found.append((m.start(), Named(shown, org.name, org.parent)))
        taken.append((m.start(), m.end()))
    for m in _PATTERN_RE.finditer(text):
        if not any(m.start() < b and a < m.end() for a, b in taken):
            name = m.group(0)
            if name.startswith("Region ") and name.endswith("s") and re.match(r" [a-zåäö]", text[m.end():m.end() + 2]):
                name = name[:-1]  # a genitive before its noun: "Region Testlands beslut" is Region Testland's
            found.append((m.start(), Named(name, name)))
    return [n for _, n in sorted(found, key=lambda x: x[0])]


def aliases(key: str) -> tuple[str, ...]:
    """Every name of the organisation a key stands for (the key itself for one the data lacks)."""
    org = _by_name().get(key.casefold()) or next((o for o in organisations() if o.name == key), None)
    return (*org.names, org.name, *org.same_as) if org else (key,)


def without_organisations(text: str) -> str:
    """The text with every organisation name it writes blanked out (so "Sveriges Kommuner och
    Regioner" is not read as a person's name)."""
    text = _name_re().sub(lambda m: " " * len(m.group(0)), text)
    return _PATTERN_RE.sub(lambda m: " " * len(m.group(0)), text)


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
    r"Referens|Vår referens|Er referens|Dokumentnummer|Version|Giltig|Fastställd|Utgivare|Ansvarig|Plats och tid|"
    r"Plats|Tid|Närvarande|Beslutande|Justerare|Justering|Paragrafer|Telefon|Tfn|E-post)\b", re.I)
_BREADCRUMB_RE = re.compile(r"(?:\s[>»›/|]\s.*){2,}|^Du är här", re.I)
_COOKIE_RE = re.compile(r"\b(?:kakor|cookies?)\b", re.I)


def _lines(text: str) -> list[str]:
    """The document's lines, without editor's notes in brackets."""
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not _NOTE_RE.match(ln)]


_CODE_RE = re.compile(r"^[\w./:-]*\d[\w./:-]*$")  # "S2011/10742/SF", "RiR 2015:11" without its words
_SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s")  # "1 Inledning", "2.3 Metod"; never a year
_LINKING_WORDS = {"från", "av", "för", "och", "i", "om", "till", "from", "by", "of", "and", "the", "nr", "no"}
# the parts of an organisation a letterhead names: "Regionkontoret, Hälso- och sjukvårdsavdelningen",
# "Avdelningen för vård och omsorg", "Landstingsstyrelsen", "Institutionen för klinisk neurovetenskap"
_UNIT_RE = re.compile(
    r"(?:avdelning|nämnd|styrelse|kontor|förvaltning|kansli|enhet|sektion|institution|departement|fullmäktige|"
    r"utskott|direktion|ledningsgrupp|stab|sekretariat|centrum)(?:en|et|s)?$", re.I)


def _is_furniture(line: str, kinds: frozenset[str]) -> bool:
    """A line above or around the title that is not the title: a label, an address, a date, a
    breadcrumb, a cookie notice, a reference code, or one that only names an organisation and a
    kind ("Pressmeddelande från Socialdepartementet", "Granskningsrapport RiR 2015:11")."""
    bare = line.lstrip("# ").strip()
    if _LABEL_RE.match(bare) or _URL_RE.fullmatch(bare) or _BREADCRUMB_RE.search(bare) or _COOKIE_RE.search(bare):
        return True
    if _SECTION_NUMBER_RE.match(bare):
        return True  # a numbered section of the body, not the document's title
    if _DATE_LABEL_ANYWHERE_RE.search(bare):
        return True  # "Avdelningen för vård och omsorg Uppdaterad 14 februari 2013"
    dates = dates_in(bare)
    if dates and sum(d.end - d.start for d in dates) >= 0.5 * len(bare):
        return True
    rest = _PATTERN_RE.sub(" ", _name_re().sub(" ", _readable(bare)))
    words = [w for w in re.findall(r"[\w./:-]+", rest)
             if not _kind_word(w, kinds) and w.casefold() not in _LINKING_WORDS and not _CODE_RE.match(w)]
    if len(bare.split()) <= 8 and (not words or (len(words) == 1 and _abbreviation(words[0]))):
        return True  # nothing left but names, kinds and codes ("Granskningsrapport RiR 2015:11")
    # a line of organisational units ("Regionkontoret, Hälso- och sjukvårdsavdelningen")
    parts = [p for p in re.split(r"[,–|]\s*", bare) if p.strip()]
    return len(bare.split()) <= 12 and all(_UNIT_RE.search(p.split()[0]) or _UNIT_RE.search(p.split()[-1])
                                           for p in parts)


def _kind_word(word: str, kinds: frozenset[str]) -> bool:
    """A kind's name, or a compound ending in one ("Regeringsbeslut", "Granskningsrapport")."""
    lowered = word.casefold()
    return lowered in kinds or any(lowered.endswith(k) and len(k) >= 5 for k in kinds if " " not in k)


def _abbreviation(word: str) -> bool:
    """"RiR", "SOU", "PM": a short or capitalised-inside token, not a content word."""
    return len(word) <= 3 or sum(c.isupper() for c in word) >= 2


_SMALL_WORDS = {"i", "och", "för", "av", "om", "till"}
# common nouns of a Swedish organisation's name, in lower case after its first word ("Uppsala läns landsting")
_NAME_NOUNS = {"län", "läns", "kommun", "kommuns", "landsting", "landstings"}


def _readable(line: str) -> str:
    """An all-capitals line ("LANDSTINGET I UPPSALA LÄN") as words are usually written
    ("Landstinget i Uppsala län")."""
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        return " ".join(w.casefold() if w.casefold() in _SMALL_WORDS or (i and w.casefold() in _NAME_NOUNS)
                        else w.capitalize() for i, w in enumerate(line.split()))
    return line


def _title_shaped(line: str) -> bool:
    """A line that could be a title: a few words, not a sentence that goes on."""
    return 2 <= len(line.split()) <= 25 and not re.search(r"[a-zåäö0-9)]\.$", line)


# -- title ----------------------------------------------------------------------------------------

def infer_title(clean: CleanDocument, props: Properties | None = None) -> str:
    """The first title-shaped line that is not furniture (an editor's note, a source line, a
    label, a date, a breadcrumb, a letterhead, a reference code, a numbered section); failing
    that, the first heading, the page's own title or the first sentence."""
    props = props or Properties()
    text = clean.normalised.text
    kinds = _kind_words()
    usable = []
    for block in [b for b in clean.blocks if text[b.start:b.end].strip()][:25]:
        first = text[block.start:block.end].split("\n")[0].strip()
        if not _NOTE_RE.match(first) and not _is_furniture(first, kinds):
            usable.append((block.kind, first))
    shaped = next((t for kind, t in usable[:4] if kind != "table" and _title_shaped(t)), "")
    heading = next((t for kind, t in usable if kind == "heading" and len(t.split()) >= 2), "")
    if shaped or heading:
        return (shaped or heading).lstrip("•·-* ").strip()
    if props.title:
        return _site_suffix_removed(props.title)
    first = next((t for kind, t in usable if kind in ("paragraph", "heading", "list")), "")
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
# "© 2019 Region Halland", "Copyright Region Halland", "(c) Region Halland 2019"; "(C)" after a name
# is a party ("Anna Berg (C), Exempelby kommun"), no copyright sign
_COPYRIGHT_RE = re.compile(r"(?:©|\([cC]\)(?=\s*\d{4})|^\s*\([cC]\)|(?i:copyright))\s*(?:\d{4}\s*)?(.+)")


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
    for key, named in shown.items():  # a department's votes count for its government office too
        if named.parent and key in votes:
            votes[named.parent] = votes.get(named.parent, 0.0) + votes[key]
    if not votes:
        return ""
    key = max(votes, key=lambda k: (votes[k], -list(votes).index(k)))
    if votes[key] < 5.0:
        return ""
    part = next((n for k, n in shown.items() if n.parent == key and k in votes), None)
    if part is not None:  # "Regeringskansliet (Socialdepartementet)"
        return f"{key} ({part.shown})"
    chosen = shown.get(key)
    if chosen is None:
        return key
    return f"{chosen.parent} ({chosen.shown})" if chosen.parent else chosen.shown


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
        named = list(dict.fromkeys(organisations_in(line)))
        if weight and len(named) < 3:  # three or more are a list (members, parties), not a letterhead
            yield from ((n, weight) for n in named)
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
_DATE_LABEL_ANYWHERE_RE = re.compile(
    r"\b(?:Publicerad|Publicerat|Uppdaterad|Senast uppdaterad|Datum|Date|Sammanträdesdatum|Beslutsdatum)\b\s*:?\s*"
    r"(?=\d|[a-zåäö]+ \d{4}|\d{1,2} [a-zåäö]+)", re.I)
_PLACE_DATE_RE = re.compile(r"^(?P<place>[A-ZÅÄÖ][a-zåäö]+)(?:,)?(?: den)?\s+(.+)$")
# words that open a deadline or a period, not a place (ingest/units reads a table cell so too):
# "Senast den 31 mars 2015", "Från 1 juli 2016"
NOT_PLACES = {"senast", "tidigast", "från", "sedan", "före", "innan", "efter", "till", "tills", "klart", "fram",
               "under", "inom", "per", "mellan", "by", "until", "from", "since", "before", "after", "during",
               "deadline"}
# a signature: who signs for whom ("För staten genom Socialdepartementet", "På regeringens vägnar"), or a
# person's name, alone or before a role ("Karin Ek", "Bengt Åhlund, ordförande")
_ON_BEHALF_RE = re.compile(r"^(?:För|På|Enligt uppdrag|For|On behalf of)\s", re.I)
_NAME_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_PERSON_RE = re.compile(rf"^{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}(?:\s*,\s*[^\d.]+)?$")


def _only_date(line: str) -> DateMention | None:
    """A line that is a date and nothing else ("2016-05-10", "december 2014"), or a place and a
    date ("Stockholm den 8 december 2014", "Örebro 2016-05-10"); not a deadline or the start of a
    period ("Senast den 31 mars 2015", "Från 1 juli 2016")."""
    bare = line.strip(" .,")
    placed = m.group(2) if (m := _PLACE_DATE_RE.match(bare)) and m.group("place").casefold() not in NOT_PLACES else ""
    for candidate in (bare, placed):
        dates = dates_in(candidate)
        if len(dates) == 1 and dates[0].year and len(candidate.strip(" .,")) - (dates[0].end - dates[0].start) <= 2:
            return dates[0]
    return None


def _trailing_date(line: str) -> DateMention | None:
    """A date that ends a letterhead line, after a comma or a dash."""
    dates = [d for d in dates_in(line) if d.year]
    if not dates or line.rstrip(" .")[dates[-1].end:].strip():
        return None
    before = line[:dates[-1].start].rstrip()
    return dates[-1] if before.endswith((",", "–", "-", "|")) else None


def infer_date(text: str, props: Properties | None = None) -> str:
    """The publication date at the precision the document gives ("2014-12-08", "2014-12",
    "2014"): a labelled line, the file's own date, a date in a web address, a place-and-date
    line or a date standing alone in the letterhead, the signature or directly above it. Empty
    when none."""
    props = props or Properties()
    lines = _lines(text)
    candidates = list(_dated_lines(lines))
    if props.date:
        candidates.append((8.0, -1, props.date))
    if props.address and (found := date_in_address(props.address)):
        candidates.append((7.0, -1, found.iso))
    if not candidates:
        return ""
    best = max(candidates, key=lambda c: (c[0], -c[1]))[2]
    # "2011-12" from a web address, "Stockholm den 15 december 2011" above the signature: the same
    # date, the second more precisely
    finer = [c[2] for c in candidates if c[2].startswith(best) and len(c[2]) > len(best)]
    return max(finer, key=len) if finer else best


def _dated_lines(lines: list[str]) -> Iterator[tuple[float, int, str]]:
    """(weight, line number, ISO date) for each line that dates the document."""
    for i, line in enumerate(lines):
        for label, weight in _DATE_LABELS:
            dated = [d for d in dates_in(line) if d.year] if label.match(line) else []
            if dated:
                yield weight, i, dated[0].iso
        if i < HEAD_LINES and (inside := _DATE_LABEL_ANYWHERE_RE.search(line)):
            # a label inside a letterhead line ("Avdelningen för … Uppdaterad 14 februari 2013 Dnr …")
            dated = [d for d in dates_in(line[inside.end():]) if d.year]
            if dated and dated[0].start == 0:
                label_weight = next((w for label, w in _DATE_LABELS if label.match(inside.group(0))), 6.0)
                yield label_weight - 0.5, i, dated[0].iso
        if line.casefold().startswith(("källa", "source")) or i < HEAD_LINES:
            yield from ((7.0, i, d.iso) for url in _URL_RE.findall(line) if (d := date_in_address(url)))
        placed = i < HEAD_LINES or i >= len(lines) - TAIL_LINES or _above_signature(lines, i)
        if placed and (alone := _only_date(line)):
            # a date alone or after a place in the letterhead or the signature, or directly above one
            # ("Stockholm den 15 december 2011" above the signatures, before the appendices)
            yield (6.5 if i < HEAD_LINES else 5.5), i, alone.iso
        elif i < HEAD_LINES and _letterhead(line) and (last := _trailing_date(line)):
            yield 6.0, i, last.iso  # "Landstinget Dalarna, Hälso- och sjukvårdsförvaltningen, januari 2014"


def _above_signature(lines: list[str], i: int) -> bool:
    """Whether the line after line i begins a signature: who signs for whom, or a person's name."""
    if i + 1 >= len(lines):
        return False
    following = lines[i + 1].lstrip("# ").strip()
    if _ON_BEHALF_RE.match(following):
        return len(following.split()) <= 8 and not following.endswith((".", ":"))
    name = following.split(",")[0]
    return bool(_PERSON_RE.match(following)) and len(without_organisations(name).split()) >= 2


# -- kind --------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _kind_cues() -> tuple[float, dict[str, dict[str, float]]]:
    raw = tomllib.loads(resources.files("ingest.data").joinpath("document_kinds.toml").read_text("utf-8"))
    return float(raw["min_score"]), {k: {c.casefold(): float(w) for c, w in v.items()} for k, v in raw["kinds"].items()}


@lru_cache(maxsize=1)
def kind_labels() -> dict[str, str]:
    """How each kind is shown to a Swedish reader ("press release" -> "pressmeddelande")."""
    raw = tomllib.loads(resources.files("ingest.data").joinpath("document_kinds.toml").read_text("utf-8"))
    return dict(raw.get("labels", {}))


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """Cue phrases that are a kind's name when they stand alone on a line ("Pressmeddelande")."""
    return frozenset(c for cues in _kind_cues()[1].values() for c, w in cues.items() if w >= 1.5)


def _count(phrase: str, text: str) -> int:
    if not phrase[0].isalnum():
        return text.count(phrase)
    return len(re.findall(rf"(?<![\wåäö]){re.escape(phrase)}(?![\wåäö])", text))


def infer_kind(text: str, title: str) -> str:
    """The kind of document, from the cue phrases of ingest/data/document_kinds.toml in its
    title, its first lines and its body; empty when no kind is clearly signalled."""
    min_score, kinds = _kind_cues()
    lines = _lines(text)
    head = "\n".join(line for line in lines[:HEAD_LINES] if _letterhead(line)).casefold()
    body = text.casefold()
    lowered_title = title.casefold()
    scores = {}
    for kind, cues in kinds.items():
        scores[kind] = sum(w * (3 * min(1, _count(c, lowered_title)) + 2 * min(1, _count(c, head))
                                + 0.3 * min(3, _count(c, body))) for c, w in cues.items())
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= min_score else ""
