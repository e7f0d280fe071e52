"""Recognisers for the kinds of fact a question asks for: amounts, dates, counts, percentages,
ages, durations, years and organisations."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.dates import MONTH_NAME, YEAR, dates_in, is_year
from ingest.metadata import organisations_in
from ingest.numbers import DIGITS, NUMBER_RE, WORD_NUMBER, amounts_in, word_numbers_in
from ingest.units import row_cells

# a number or a span of numbers, in digits or words: "8", "4-8", "nio", "tio–tolv"
_SPAN = rf"(?:\d+|{WORD_NUMBER})(?:\s*[-–]\s*(?:\d+|{WORD_NUMBER}))?"
# a span of time's unit, Swedish and English ("åtta veckor", "eight weeks", "30 working days")
_TIME_UNITS = ("veckor|vecka|månader|månad|arbetsdagar|arbetsdag|vardagar|dagar|dag|weeks?|months?|"
               "(?:working |calendar )?days?")

PATTERNS: dict[str, re.Pattern[str]] = {
    "amount": re.compile(rf"(?:{DIGITS})\s*(?:kr\b|kronor|Mkr|mkr|tkr|miljoner|miljarder|miljard|milj\b|mnkr)", re.I),
    # a day and month: "29/4", "29/4 2015", "31 mars 2016", "den 2 april"
    # (and the English month first: "March 31, 2016")
    "date": re.compile(rf"\b\d{{1,2}}/\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{MONTH_NAME})\b|"
                       rf"\b(?:{MONTH_NAME})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*%)", re.I),
    # a share as Swedish and English write it: "64 %", "64 procent", "64 per cent", "5 percentage points"
    "percent": re.compile(rf"(?:{DIGITS})\s*(?:%|procent|per\s?cent|percentage points?)", re.I),
    "age": re.compile(r"\b\d{2}\s*[-–]\s*\d{2}\s*(?:år|years)\b|\bi åldern\b|\baged \d{2}\b", re.I),
    "duration": re.compile(
        rf"\b{_SPAN}\s*(?:{_TIME_UNITS}|timmar|timme|hours?|behandlingstillfällen|(?:treatment )?sessions)\b", re.I),
    "sessions": re.compile(rf"\b{_SPAN}\s*(?:behandlingstillfällen|tillfällen|sessioner|(?:treatment )?sessions)\b",
                           re.I),
    # how soon something happens: a span of time, never a number of treatment sessions
    "elapsed": re.compile(
        rf"\b{_SPAN}\s*(?:{_TIME_UNITS}|kvartal|quarters?)\b|"
        r"\b(?:direkt|omgående|löpande|kvartalsvis|immediately|quarterly)\b",
        re.I,
    ),
    "reason": re.compile(r"\b(?:då|eftersom|därför att|därför|på grund av|beror på|berodde på|berott på|"
                         r"beror främst på|berodde främst på|orsaken|anledningen|till följd av|because|since|due to|"
                         r"as a result of|the reason)\b", re.I),
    "year": re.compile(rf"\b{YEAR}\b"),  # a year as a word of its own (not the 2015 of "Dnr LS2015-0154")
    # a day of a sick-leave period, the way its deadlines are written: "senast dag 30", "från dag 15"
    "sickday": re.compile(r"\b(?:dag|dagen|day)\s+\d{1,3}\b", re.I),
    # a registration or report number, as agencies write them: "Dnr RS 2023-00417", "S2019/05312/SF",
    # "Rapport 2018:4", "§ 87", "2019/20:412"
    "reference": re.compile(
        r"(?i:\b(?:dnr|diarienummer|diarienr|ärendenummer|beteckning)\b)\.?:?\s*\S*\d|"
        r"\b[A-ZÅÄÖ]{1,4}\s?(?!(?:19|20)\d\d[-–/](?:19|20)?\d\d\b)\d{2,4}[-/]\d{2,6}(?:/[A-ZÅÄÖ]{1,4})?\b|\b(?:19|20)\d\d(?:/\d\d)?:\d{1,4}\b|§\s*\d+"),
    # what something costs when it costs nothing: "Samtalen är avgiftsfria."
    "free": re.compile(r"\b(?:avgiftsfri\w*|kostnadsfri\w*|gratis|ingen (?:patient)?avgift|utan kostnad|"
                       r"free of charge)\b", re.I),
}

# an organisation by the shape of its name, where the organisations data file (ingest/metadata.py)
# does not name it: the government and the state as a text refers to them, a region or county
# council by its Swedish name, an agency named "X för Y" ("Inspektionen för socialförsäkring",
# "Myndigheten för …"), and a name of two or three capitalised words
_ORGANISATION_SHAPE_RE = re.compile(
    r"\b(?:[Rr]egeringen|[Ss]taten|Region \w+|Landstinget \w+|"
    r"(?:Inspektionen|Myndigheten|Nämnden|Rådet|Delegationen|Statens \w+) för \w+|"
    r"[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)?)\b"
)


def names_organisation(text: str) -> bool:
    """Whether a text names an organisation: one the data file lists, by any of its names, or one
    whose name has an organisation's shape."""
    return bool(_ORGANISATION_SHAPE_RE.search(text)) or bool(organisations_in(text))


_UNIT_AFTER_RE = re.compile(r"\s*(?:%|procent|per\s?cent|kr\b|kronor|SEK\b|Mkr|mkr|tkr|miljoner|miljarder|milj\b|"
                            r"million|billion)", re.I)


_ENUMERATION_RE = re.compile(r"^\s*(?:[•·*-]\s*)?\d{1,2}[.)]\s+")


def _has_count(text: str) -> bool:
    """A number that is neither a year nor an amount or percentage (checked on the whole number,
    so "12 000 kr" is never read as the count "12"), nor the number of a numbered list's item
    ("2. Kompetenssatsning i försäkringsmedicin"), nor part of a date ("den 1 januari 2015")."""
    if word_numbers_in(text):  # "vid fyra tillfällen", "fem rekommendationer"
        return True
    text = _ENUMERATION_RE.sub("", text)
    dated = [(d.start, d.end) for d in dates_in(text) if d.day is not None or d.month is not None]
    for m in NUMBER_RE.finditer(text):
        if is_year(m.group(0)) or _UNIT_AFTER_RE.match(text, m.end()) or \
                any(a <= m.start() < b for a, b in dated):
            continue
        return True
    return False


# "Hur mycket har … ökat" is answered by a percentage as well as by a sum.
_ACCEPTS = {
    "when": ("year", "date", "elapsed", "sickday"),  # "När fick RJH resten …?": a year, a date or a span of time
    "date": ("date", "sickday"),  # "senast dag 30" as well as "senast den 31 mars"
    "amount": ("amount", "percent", "free"),
    "money": ("amount", "free"),  # what something costs or someone gets: never a share
    "count": ("count",),
    "percent": ("percent",),
}


@lru_cache(maxsize=8192)  # the answer model asks it more than once of each candidate
def has_fact(kind: str, text: str) -> bool:
    if kind == "count":
        return _has_count(text)
    if kind in ("organisation", "who"):  # an agency, a party, a company by name
        return names_organisation(text)
    if kind in ("amount", "money") and amounts_in(text):  # also "sex miljarder kronor", "SEK 12,000"
        return True
    kinds = _ACCEPTS.get(kind, (kind,))
    patterns = [PATTERNS[k] for k in kinds if k in PATTERNS]
    return True if not patterns else any(p.search(text) for p in patterns)


# The unit a table's column header or lead-in names for the bare figures under it: "Mkr", "(tkr)",
# "Miljoner kronor", "Andel (%)", "Belopp i kronor". The first the label names is the column's.
# A time unit too ("Väntetid (dagar)", "Timmar per patient", "Median, weeks"): "3,8" under it is a duration.
_COLUMN_UNIT_RE = re.compile(
    r"(?<![\w%])(miljoner kronor|miljarder kronor|mkr|mnkr|msek|tkr|kronor|kr|sek|%|procent|andel|"
    r"dagar|days|veckor|weeks|månader|months|timmar|hours|minuter|minutes)(?![\w%])", re.I)
_UNIT_OF_LABEL = {"miljoner kronor": "miljoner kronor", "miljarder kronor": "miljarder kronor", "mkr": "Mkr",
                  "mnkr": "Mkr", "msek": "Mkr", "tkr": "tkr", "kronor": "kronor", "kr": "kronor", "sek": "kronor",
                  "%": "%", "procent": "%", "andel": "%", "dagar": "dagar", "days": "dagar", "veckor": "veckor",
                  "weeks": "veckor", "månader": "månader", "months": "månader", "timmar": "timmar", "hours": "timmar",
                  "minuter": "minuter", "minutes": "minuter"}
MONEY_UNITS = frozenset({"miljoner kronor", "miljarder kronor", "Mkr", "tkr", "kronor"})
TIME_UNITS = frozenset({"dagar", "veckor", "månader", "timmar", "minuter"})
_BARE_FIGURE_RE = re.compile(rf"[-\u2212]?\s*(?:{DIGITS})")


def unit_named(label: str) -> str:
    """The unit a table's column name or lead-in names ("Belopp (tkr)" -> "tkr", "Väntetid (dagar)"
    -> "dagar"; "" for none). A time after a figure is a limit the column counts against, not its
    unit ("Antal som väntat > 90 dagar", "inom 30 dagar")."""
    for m in _COLUMN_UNIT_RE.finditer(label):
        unit = _UNIT_OF_LABEL[m.group(1).casefold()]
        if unit in TIME_UNITS and (_LIMIT_BEFORE_RE.search(label[:m.start()]) or _LIMIT_AFTER_RE.match(label, m.end())):
            continue
        return unit
    return ""


# a limit a column counts against, not its unit: a figure or a number word before the time ("> 90
# dagar", "90+ dagar", "mer än tre månader", "within two weeks") or after it ("Dagar 1–14", "Dagar >90")
_LIMIT_BEFORE_RE = re.compile(rf"(?:[\d<>≤≥+]|\b{WORD_NUMBER})\s*$", re.I)
_LIMIT_AFTER_RE = re.compile(r"\s*[\d<>≤≥]")


def with_column_units(row: str, header: tuple[str, ...] = (), lead_in: str = "") -> str:
    """A table row with each bare figure written with the unit its column's header (given, or the
    last row of pipes in its lead-in) names ("| Reserv | 2,2 |" under "| Post | Mkr |" reads
    "| Reserv | 2,2 Mkr |"); when no column names a unit, with the one the line just above the
    table names for them all ("Belopp i miljoner kronor:", "Tabell 2 (tkr)"), or else the row's own
    label ("| Statsbidrag, mnkr | 49,8 | 54,2 |"). A year is no figure
    of a unit. A row holds the kind of fact its figures are, wherever the table says their unit."""
    cells = row_cells(row)
    if not any(_bare_figure(c) for c in cells):
        return row
    lines = [line for line in lead_in.split("\n") if line.strip()]
    pipes = [line for line in lines if line.strip().startswith("|")]
    header = header or (tuple(row_cells(pipes[-1])) if pipes else ())  # the header row stands in its lead-in
    above = [line for line in lines if not line.strip().startswith("|")]
    column_units = [unit_named(h) for h in header]
    if any(column_units):
        units = column_units if len(header) == len(cells) else []
        named = {u for u in column_units if u}
        shared = next(iter(named)) if not units and len(named) == 1 else ""
    else:
        units, shared = [], unit_named(above[-1]) if above else ""
    if shared in TIME_UNITS:  # a time names its own column ("Väntetid (dagar)") or row, never a whole table's
        shared = ""
    if not units and not shared and cells:  # the row's own label names it: "| Statsbidrag, mnkr | 49,8 | 54,2 |"
        shared = unit_named(cells[0])
    written = []
    for i, cell in enumerate(cells):
        unit = (units[i] if units else "") or shared
        written.append(f"{cell} {unit}" if unit and _bare_figure(cell) else cell)
    return "| " + " | ".join(written) + " |"


def _bare_figure(cell: str) -> bool:
    return bool(_BARE_FIGURE_RE.fullmatch(cell)) and not is_year(cell.strip())
