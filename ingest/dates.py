"""Years and dates as Swedish (and English) agencies write them: the one place that reads them.

"2015", "2009–2012", "2015-07-01", "1 juli 2015", "1/7 2015", "den 8 december 2014",
"december 2014", "July 1, 2015". Years are kept to a plausible range for these documents
(1980–2049), so amounts such as "1 500" and page numbers are not years.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

# each month as Swedish and English write it: the full names first, then the abbreviations
_MONTH_NAMES = (
    ("januari", "January", "jan"), ("februari", "February", "feb"), ("mars", "March", "mar"),
    ("april", "April", "apr"), ("maj", "May"), ("juni", "June", "jun"), ("juli", "July", "jul"),
    ("augusti", "August", "aug"), ("september", "September", "sept", "sep"),
    ("oktober", "October", "okt", "oct"), ("november", "November", "nov"), ("december", "December", "dec"),
)
MONTHS: dict[str, int] = {name.casefold(): number for number, names in enumerate(_MONTH_NAMES, 1) for name in names}
MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))  # any of them, as a regex (case-insensitive)
YEAR = r"(?:19[89]|20[0-4])\d"  # what a year is in these documents: 1980-2049
# a year or a span of years as a text writes it ("2015", "2009–2012"), not part of a longer number
YEAR_RE = re.compile(rf"(?<![\d,.])({YEAR})(?:\s*[-–]\s*({YEAR}))?(?!\d|,\d)")
_MONTH = rf"(?P<month>{MONTH_NAME})\.?"
_DAY = r"(?P<day>[0-2]?\d|3[01])(?::?(?:e|a|st|nd|rd|th))?"
_YEAR_G = rf"(?P<year>{YEAR})"
DATE_PATTERNS = [  # the first that matches a span wins
    re.compile(rf"(?<![\d-]){_YEAR_G}-(?P<month>0?[1-9]|1[0-2])-(?P<day>[0-2]?\d|3[01])(?!\d)"),
    re.compile(rf"(?<![\w.,]){_DAY}\s+{_MONTH}(?:,?\s+{_YEAR_G})?(?!\w)", re.I),
    re.compile(rf"(?<!\w){_MONTH}\s+{_DAY}(?:,\s*{_YEAR_G})?(?!\d)", re.I),
    re.compile(rf"(?<![\d/.,])(?P<day>[0-2]?\d|3[01])/(?P<month>0?[1-9]|1[0-2])(?:[\s-]+{_YEAR_G})?(?![\d/])"),
    re.compile(rf"(?<!\w){_MONTH}\s+{_YEAR_G}(?!\d)", re.I),
    re.compile(rf"(?<![\d-]){_YEAR_G}-(?P<month>0[1-9]|1[0-2])(?![\d-])"),
]
_NEEDS_NAME = [MONTH_NAME in p.pattern for p in DATE_PATTERNS]  # the patterns that need a month's name
# a date in a web address: /2014/12/08/, /2014-12-08-, /2014/12/
URL_DATE_RE = re.compile(
    rf"[/_-]{_YEAR_G}[/_-](?P<month>0[1-9]|1[0-2])(?:[/_-](?P<day>0[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)")


@dataclass(frozen=True)
class DateMention:
    """A date as written, with the precision the text gives (day, month or year)."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        """"2014-12-08", "2014-12" or "2014"; "" without a year."""
        if self.year is None:
            return ""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def year_positions(text: str) -> list[tuple[int, int]]:
    """(offset, year) for every year a text mentions, in dates and spans too ("1 juli 2012",
    "2010–2012" gives 2010, 2011 and 2012 at the span's offset)."""
    out: list[tuple[int, int]] = []
    for m in YEAR_RE.finditer(text):
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        out.extend((m.start(), y) for y in (range(first, last + 1) if first <= last <= first + 10 else {first, last}))
    return out


# the words of a change from one point to another, before "från"/"from" ("ökade från", "höjdes från",
# "rose from"; arithmetic reads the two figures of such a change)
CHANGE_WORDS = (r"(?:ökning|minskning|ökade|minskade|ökat|minskat|steg|stigit|sjönk|sjunkit|höjdes|höjts|sänktes|"
                r"sänkts|upp|ned|ner|increase|decrease|increased|decreased|rise|rose|risen|fall|fell|fallen|drop|"
                r"dropped|grew|raised|lowered|cut|up|down)")


# What a year is to the text that names it. "compared": one the text only compares with ("mer än
# 2015", "jämfört med 2018", "samma nivå som 2012", "than in 2017"). "start": where a period the text
# speaks of starts ("sedan 2007", "från 2021", "since 2016"). "aside": the year of a figure the main
# one is compared with ("jämfört med 41 dagar år 2012", "en ökning från 4 910 patienter 2021", "16 000
# kronor (2013: 14 000 kronor)"). "limit": the year a time runs until ("förs över till 2020", "senast
# den 31 mars 2020", "until 2015", "by the end of 2018"). "date": the year of a day ("den 1 november
# 2018", "2019-03-31"): when something happens or a reference date; not a year's end or a day a
# figure is counted on or from ("den 31 december 2018", "per den 30 juni 2018", "från och med den 1
# januari 2018"), which speak of their year. "reference": the year inside a document's or a law's
# number ("lagen (2019:1297)", "RiR 2015:11", "LS2015-0812", "Dnr 2015-00417"). "stated": the year the
# text speaks of ("under 2019", "2019 års", "i december 2019", "före 2018").
_COMPARED_THEN_RE = re.compile(  # a figure and its unit may stand between: "jämfört med 41 dagar år 2012"
    r"(?:\bjämfört (?:med|mot)|\batt jämföra med|\bi förhållande till|\bcompared (?:with|to)|\brelative to|"
    rf"\bversus|\bvs\.?|\b{CHANGE_WORDS} (?:från|from))"
    r"\s+(?P<between>(?:[^\s.;!?]+\s+){0,3})$", re.I)
_COMPARED_RE = re.compile(  # a thing and a preposition may stand between: "mer än överenskommelsen för 2023"
    r"(?:\b(?:än|than)\s+(?:[^\W\d][^\s.;!?]*\s+(?:för|i|in|under|for|of)\s+|(?:i|in|under|år|året)\s+)?|\bmot\s+"
    r"(?:in\s+|i\s+|år\s+|året\s+)?|\b(?:samma|lika|same|as)\b(?:\s+[^\s\d.;!?]+){0,2}\s+(?:som|as)\s+"
    r"(?:in\s+|i\s+|år\s+|året\s+|under\s+)?)$", re.I)
_START_RE = re.compile(r"\b(?:sedan|since|från|from)\s+(?:in\s+|i\s+|år\s+|året\s+)?$", re.I)
_LIMIT_RE = re.compile(  # a deadline's date too: "senast den 31 mars", "by 31 January", "senast i februari"
    rf"\b(?:till(?: och med)?|t\.o\.m\.|until|senast|by)\s+(?:den\s+|i\s+|the\s+)?"
    rf"(?:(?:[0-3]?\d(?::e|:a)?\s+)?(?:{MONTH_NAME})\.?\s+(?:[0-3]?\d,?\s+)?)?"
    r"(?:utgången av\s+|slutet av\s+|the end of\s+)?$", re.I)
_OF_THE_YEAR_RE = re.compile(r"\s*(?:års|'s)\b")  # "till 2018 års verksamhet" speaks of 2018
# a day a figure is counted on or from speaks of its year: "per den 31 mars 2018", "från och med den 1 juli"
_COUNTED_ON_RE = re.compile(r"\b(?:per|as of|as at|vid|från och med|fr\.o\.m\.|from|starting|beginning)"
                            r"(?:\s+den)?\s+$", re.I)
_REFERENCE_BEFORE_RE = re.compile(r"[A-ZÅÄÖ]$")  # glued to capitals: "LS2015-0812", "S2019/00867/SF"
# a serial number after: "2019:1297", "2015-00417" (not a span: "2015-2016")
_REFERENCE_AFTER_RE = re.compile(rf":\d|[-–](?!{YEAR}(?!\d))\d{{3}}|/0")
_PARENTHESIS_RE = re.compile(r"\(([^()]*)\)")


@lru_cache(maxsize=4096)  # a paragraph is read once for each of its units
def year_roles(text: str) -> tuple[tuple[int, int, str], ...]:
    """(offset, year, role) for every year a text names, the role one of "compared", "start",
    "aside", "limit", "date", "reference" or "stated" (see above). A year in a parenthesis that also
    holds a figure is one aside, unless it is a date's: "16 000 kronor (2013: 14 000 kronor)", "17
    veckor (14 veckor 2011)"; not "4 500 (31 december 2016)"."""
    positions = year_positions(text)
    year_starts = {at for at, _ in positions}
    dated = {at: d for d in dates_in(text) if d.year is not None and d.month is not None
             for at in range(d.start, d.end)}
    aside = [(m.start(1), m.end(1)) for m in _PARENTHESIS_RE.finditer(text)
             if any(m.start(1) + f.start() not in year_starts for f in re.finditer(r"\d+", m.group(1)))]
    out = []
    for at, year in positions:
        before = text[max(0, at - 80):at]
        then = _COMPARED_THEN_RE.search(before)
        between = then.group("between") if then and not YEAR_RE.search(then.group("between")) else None
        day = dated.get(at)
        if _REFERENCE_BEFORE_RE.search(before) or _REFERENCE_AFTER_RE.match(text, at + 4):
            role = "reference"
        elif _OF_THE_YEAR_RE.match(text, at + 4):
            role = "stated"
        elif between is not None and re.search(r"\d", between):
            role = "aside"
        elif between is not None or _COMPARED_RE.search(before):
            role = "compared"
        elif _START_RE.search(before):
            role = "start"
        elif day is None and any(a <= at < b for a, b in aside):
            role = "aside"
        elif _LIMIT_RE.search(before):
            role = "limit"
        elif day is not None and day.day is not None and (day.month, day.day) != (12, 31) and not (
                _COUNTED_ON_RE.search(text[max(0, day.start - 30):day.start])):
            role = "date"
        else:
            role = "stated"
        out.append((at, year, role))
    return tuple(out)


# a year named by where it stands beside the one written before it: "mot 4 700 året innan"
RELATIVE_YEAR_RE = re.compile(
    r"\b(?:(?P<before>året (?:innan|före|dessförinnan)|föregående år|förra året|the (?:previous|preceding) year|"
    r"the year before|a year earlier)|(?P<after>året (?:efter|därpå|därefter)|följande år|the following year|"
    r"the next year|a year later))\b", re.I)


def relative_year_positions(text: str) -> list[tuple[int, int]]:
    """(offset, year) for the years a text names relative to the year written last before them
    ("4 100 under 2020, mot 4 700 året innan" names 2019 at "året innan")."""
    written = list(YEAR_RE.finditer(text))
    out = []
    for m in RELATIVE_YEAR_RE.finditer(text):
        before = [w for w in written if w.start() < m.start()]
        if before and not before[-1].group(2):  # after a span ("2014–2016 … året innan") nothing tells
            out.append((m.start(), int(before[-1].group(1)) + (-1 if m.group("before") else 1)))
    return out


def years_named(text: str) -> list[tuple[int, int]]:
    """(offset, year) for every year a text names: as written, in spans, and relative to one
    written ("året innan")."""
    return year_positions(text) + relative_year_positions(text)


def nearest_years(positions: list[tuple[int, int]], at: int) -> set[int]:
    """The years written nearest to offset `at` (several when a span or a tie stands there)."""
    if not positions:
        return set()
    best = min(abs(p - at) for p, _ in positions)
    return {y for p, y in positions if abs(p - at) == best}


# what bounds a clause within a sentence: a punctuation mark (not the comma or colon inside a number,
# "2,1 miljarder", "1,870 million"), a conjunction, or what a figure is compared with ("År 2015 uppgick
# medlen till 1,04 miljarder kronor, jämfört med 962 miljoner kronor år 2014 och 915 miljoner kronor år
# 2013": three clauses, each with its figure and its year); "men" ('but') not after a figure ("80 men"),
# "mot" only before a figure ("mot 4 700 året innan", not "vaccinerades mot influensa")
_CLAUSE_BOUND_RE = re.compile(
    r"[,:](?!\d)|;|\s(?:och|samt|medan|jämfört med|jämfört mot|and|but|while|whereas|compared (?:with|to))\s|"
    r"(?<!\d)\smen\s|\smot\s(?=(?:cirka\s|ca\.?\s|drygt\s|knappt\s|omkring\s)?\d)", re.I)
_PARENTHESIS_BOUND_RE = re.compile(r",(?!\d)|;")  # inside a parenthesis a colon labels a figure
# "2018 och 2019", "between 2014 and 2016": one time phrase, not two clauses
_YEARS_JOINED_RE = re.compile(rf"(?<!\d){YEAR}\s(?:och|samt|and)\s{YEAR}(?!\d)", re.I)


@lru_cache(maxsize=4096)  # asked for each figure of a sentence, for each year asked
def clause_year(text: str, at: int) -> int | None:
    """The one year the clause around offset `at` names, written or relative ("en ökning från 87
    patienter året innan"), or None when the clause names none or several: which year a figure of a
    sentence that names several belongs to. A parenthesis is a clause of its own, which the clause
    around it skips ("112 patienter (MMR1) under 2012"), and in which a colon labels a figure
    rather than ends a clause ("16 000 kronor (2013: 14 000 kronor)"). A year inside a document's or
    a law's number is no clause's year ("lagen (2019:1297)", "Dnr 2015-00417")."""
    references = {p for p, _, role in year_roles(text) if role == "reference"}
    inside = next((m for m in _PARENTHESIS_RE.finditer(text) if m.start() < at < m.end()), None)
    if inside:
        lo, hi, bound = inside.start(1), inside.end(1), _PARENTHESIS_BOUND_RE
    else:
        lo, hi, bound = 0, len(text), _CLAUSE_BOUND_RE
        text = _PARENTHESIS_RE.sub(lambda m: " " * len(m.group()), text)
    joined = [m.span() for m in _YEARS_JOINED_RE.finditer(text)]
    marks = [m for m in bound.finditer(text, lo, hi) if not any(a < m.start() < b for a, b in joined)]
    start = max([lo, *(m.end() for m in marks if m.end() <= at)])
    end = min([hi, *(m.start() for m in marks if m.start() > at)])
    found = {y for p, y in years_named(text) if start <= p < end and p not in references}
    return found.pop() if len(found) == 1 else None


def lone_years(text: str) -> set[int]:
    """The years a text names alone, not as an end of a span ("resultat 2019" names 2019;
    "Uppföljning 2016–2019" names none alone)."""
    return {int(m.group(1)) for m in YEAR_RE.finditer(text) if not m.group(2)}


def years_in(text: str) -> tuple[int, ...]:
    """Years a text mentions; a span like 2009-2012 counts every year in it."""
    return tuple(sorted({year for _, year in year_positions(text)}))


def is_year(text: str) -> bool:
    """Whether a number as written is a year ("2015"; not "12 000", "1500", "2015,5")."""
    return re.fullmatch(YEAR, text.strip()) is not None


def year_mentions(text: str) -> int:
    """How many years or spans a text names: "2017–2018" is one (an agreement's period),
    "2009 och 2012" two."""
    return len({re.sub(r"\s", "", m.group(0)) for m in YEAR_RE.finditer(text)})


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether the parts a text gives name a day that exists (29 February only in a leap year,
    when the year is known)."""
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None:
            return False
        limit = calendar.monthrange(year if year is not None else 2000, month)[1]
        return 1 <= day <= limit
    return True


_ISO_RE = re.compile(rf"({YEAR})(?:-([0-9][0-9])(?:-([0-9][0-9]))?)?")


def valid_iso(text: str) -> bool:
    """Whether `text` is a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists, with a year
    in the range these documents use ("2014-13-45", "2014-02-30", "2014-00", "2014-06-xx",
    "0001-01-01" are not)."""
    m = _ISO_RE.fullmatch(text)
    if not m:
        return False
    year, month, day = (int(g) if g else None for g in m.groups())
    return _valid(year, month, day)


def dates_in(text: str) -> list[DateMention]:
    """Every date a text writes, in order; each span is read by the first pattern that matches it."""
    if not any(ch.isdigit() for ch in text):
        return []  # every date has a day or a year in digits
    lowered = text.casefold()
    named = any(name in lowered for name in MONTHS)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, needs_name in zip(DATE_PATTERNS, _NEEDS_NAME, strict=True):
        if needs_name and not named:
            continue  # a cheap test first: these patterns are the slow ones
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            parts = m.groupdict()
            month_text = parts.get("month") or ""
            month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.casefold().rstrip("."))
            day = int(parts["day"]) if parts.get("day") else None
            year = int(parts["year"]) if parts.get("year") else None
            if not _valid(year, month, day):
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), year, month, day))
    return sorted(found, key=lambda d: d.start)


def date_in_address(address: str) -> DateMention | None:
    """The date a web address carries in its path (".../2014/12/08/nyhet"), if any."""
    m = URL_DATE_RE.search(address)
    if not m:
        return None
    day = int(m.group("day")) if m.group("day") else None
    return DateMention(m.start(), m.end(), int(m.group("year")), int(m.group("month")), day)


def written_date(iso: str, lang: str) -> str:
    """A date as a reader writes it: "2012-12-13" -> "13 december 2012" (sv) / "13 December 2012"
    (en), "2014-06" -> "juni 2014", "2014" as it stands. Anything that is not a valid date
    (valid_iso) is returned as written: never a wrong month, never an exception."""
    if not valid_iso(iso):
        return iso
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return iso
    month = _MONTH_NAMES[parts[1] - 1][1 if lang == "en" else 0]
    return f"{parts[2]} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"
