"""Numbers as Swedish (and English) agencies write them: the one place that reads them.

"12 000", "12000", "12,000" (English), "2,88 miljarder", "drygt 121 miljoner kronor", "750 Mkr",
"4,3 mkr", "500 tkr", "sex miljarder", "tolv miljoner kronor", "tjugofem", "99 procent", "60 %",
"−9" and "(-3,4 Mkr)". A quantity knows its value in base units (kronor, percent, or a plain
count), how it was written and where, and whether the text only approximates it ("drygt",
"cirka", "upp till"). A hyphen is a minus sign only where one can stand (at the start, after a
space or "("): "2009-2012", "10-15 procent" and "2015-04-02" hold no negative number. Years and
dates are read in ingest/dates.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.dates import dates_in, is_year

_ONES = {
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17,
    "arton": 18, "nitton": 19,
}
_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80,
         "nittio": 90}
_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
# multipliers written as words or abbreviations, and the unit they imply
_SCALES = {
    "hundra": (100, ""), "tusen": (1e3, ""), "miljon": (1e6, ""), "miljoner": (1e6, ""), "miljonerna": (1e6, ""),
    "milj": (1e6, ""), "mn": (1e6, ""), "miljard": (1e9, ""), "miljarder": (1e9, ""), "miljarderna": (1e9, ""),
    "mdr": (1e9, ""), "md": (1e9, ""), "thousand": (1e3, ""), "million": (1e6, ""), "millions": (1e6, ""),
    "billion": (1e9, ""), "billions": (1e9, ""),
    "mkr": (1e6, "kr"), "mnkr": (1e6, "kr"), "msek": (1e6, "kr"), "tkr": (1e3, "kr"), "mdkr": (1e9, "kr"),
}
_CURRENCY = {"kr": "kr", "kronor": "kr", "kronors": "kr", "sek": "kr", "kr.": "kr"}
_PERCENT = {"%": "%", "procent": "%", "procentenheter": "%", "percent": "%", "per cent": "%"}
APPROXIMATE = ("drygt", "knappt", "cirka", "ca", "omkring", "ungefär", "runt", "nästan", "över", "under",
               "upp till", "högst", "maximalt", "minst", "uppemot", "about", "approximately", "around", "almost",
               "over", "under", "up to", "at most", "at least", "some", "nearly", "roughly")


def word_value(word: str) -> int | None:
    """A Swedish or English number word ("tolv", "tjugofem", "twenty"), or None."""
    w = word.casefold()
    if w in _ONES:
        return _ONES[w]
    if w in _EN:
        return _EN[w]
    for tens, value in _TENS.items():
        if w == tens:
            return value
        if w.startswith(tens) and w[len(tens):] in _ONES and _ONES[w[len(tens):]] < 10:
            return value + _ONES[w[len(tens):]]
    return None


_NOT_COUNTED = {"och", "and", "eller", "or", "av", "of", "i", "in"}  # "sex och ålder", "by sex and age"


def word_numbers_in(text: str) -> list[int]:
    """The numbers a text writes as words and that count something ("tre dagar i veckan", "fem
    rekommendationer", "twenty sessions"): 2 and more ("en"/"ett"/"one" are mostly articles), not
    an amount or a share ("tio miljoner kronor", "tjugo procent") and not a word before "och"/"and"
    ("kön och ålder" is written "sex and age" in English)."""
    found = []
    for m in re.finditer(r"([^\W\d_]+)(?=\s+([^\W\d_%]+|%))", text):
        value, after = word_value(m.group(1)), m.group(2).casefold()
        if value is None or value < 2 or after in _NOT_COUNTED or after in _SCALES or after in _CURRENCY \
                or after in _PERCENT:
            continue
        found.append(value)
    return found


_WORDS = sorted([*_ONES, *_EN, *_TENS], key=len, reverse=True)
# a number written as a word ("nio", "tjugofem", "twelve")
WORD_NUMBER = r"(?:(?:" + "|".join(_TENS) + r")(?:" + "|".join(k for k, v in _ONES.items() if 0 < v < 10) + r")?|" + \
    "|".join(_WORDS) + r")"
# a number written in digits: "12 000" (space, no-break or thin space between groups), "12 000,50",
# "12,000" (English thousands), "2,5", "2.5", "300". A digit that ends a name (the "1" of a column
# named "MMR1" before its figure) opens no group: the figure after it is a number of its own (a
# currency code is no name: "SEK12 000")
CURRENCY_BEFORE = "SEK"  # the currency code written before its figure ("SEK 12,000", "SEK12 000")
DIGITS = (rf"(?:(?<={CURRENCY_BEFORE})|(?<![^\W\d_]))\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}}(?!\d))+(?:[,.]\d+)?"
          r"|\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[,.]\d+)?")
FIGURE_RE = re.compile(r"(?<![^\W\d_])\d")  # a digit that does not end a name ("MMR2", "KBT1")
NUMBER_RE = re.compile(rf"(?<![\d,.])(?:{DIGITS})")  # one, not part of a longer number
# a number standing alone in a sentence: not a digit inside a word ("MMR2", which NUMBER_RE reads),
# and "Under 2015 120 patienter" is the year and the count, two numbers
STANDALONE_NUMBER_RE = re.compile(r"(?<![\w,.])(?:\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+)(?:[,.]\d+)?")
_MINUS = r"(?:(?<![^\s(])[-\u2212])"  # a minus sign: "-" or "−" at the start, after a space or "("
_SCALE = "|".join(sorted((re.escape(s) for s in _SCALES), key=len, reverse=True))
_UNIT = "|".join(sorted((re.escape(s) for s in [*_CURRENCY, *_PERCENT]), key=len, reverse=True))
# the hedge words as one alternation, the longest first (a figure's "approx" in QUANTITY_RE; arithmetic reads
# them before the figures of a stated change)
APPROXIMATE_PATTERN = "|".join(sorted((re.escape(a) for a in APPROXIMATE), key=len, reverse=True))
QUANTITY_RE = re.compile(
    rf"(?:(?P<approx>{APPROXIMATE_PATTERN})\s+)?(?:(?P<prefix>{CURRENCY_BEFORE})\s?)?"
    rf"(?:(?P<digits>{_MINUS}?(?<![\d,.])(?:{DIGITS}))|(?<![\wåäö])(?P<word>{WORD_NUMBER})(?=\s+(?:{_SCALE}|{_UNIT})\b))"
    rf"(?:\s*(?P<scale>{_SCALE})(?![\wåäö]))?"
    rf"(?:\s*(?P<unit>{_UNIT})(?![\wåäö]))?",
    re.I,
)


@dataclass(frozen=True)
class Quantity:
    value: float  # in base units: kronor, percent, or a count
    unit: str  # "kr" | "%" | "" (a plain number)
    written: str = ""
    start: int = 0
    end: int = 0
    approximate: bool = False

    @property
    def is_year(self) -> bool:
        return not self.unit and is_year(self.written)


def digits_value(text: str) -> float:
    """"12 000" -> 12000, "2,88" -> 2.88, "12,000" (English thousands) -> 12000, "2.5" -> 2.5,
    "−9" -> -9."""
    t = re.sub(r"[ \u00a0\u202f]", "", text).replace("\u2212", "-")
    if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+", t):
        return float(t.replace(",", ""))
    return float(t.replace(",", "."))


def quantities_in(text: str) -> list[Quantity]:
    """Every amount, percentage and number a text writes, in order (years included: callers that
    do not want them check `is_year`). The numbers of a date ("2015-04-02", "1 juli 2015") are
    not quantities."""
    out = []
    dates: list[tuple[int, int]] | None = None  # read once, at the first number
    for m in QUANTITY_RE.finditer(text):
        if dates is None:
            dates = [(d.start, d.end) for d in dates_in(text)]
        number = "digits" if m.group("digits") else "word"
        if any(m.start(number) < b and a < m.end(number) for a, b in dates):
            continue
        if m.group("digits"):
            value = digits_value(m.group("digits"))
        else:
            word_number = word_value(m.group("word") or "")
            if word_number is None:
                continue
            value = float(word_number)
        unit = ""
        scale = m.group("scale")
        if scale:
            factor, implied = _SCALES[scale.casefold()]
            value *= factor
            unit = implied
        written_unit = (m.group("unit") or "").casefold()
        if written_unit in _CURRENCY or m.group("prefix"):
            unit = "kr"
        elif written_unit in _PERCENT:
            unit = "%"
        start = m.start("prefix") if m.group("prefix") else m.start("digits") if m.group("digits") else m.start("word")
        out.append(Quantity(value, unit, text[start:m.end()].strip(), start, m.end(), bool(m.group("approx"))))
    return out


def amounts_in(text: str) -> list[Quantity]:
    """Sums of money ("12 000 kronor", "2,88 miljarder", "750 Mkr"): a currency, or a scale word of
    money size (millions, billions) on a number that is not a year."""
    return [q for q in quantities_in(text) if q.unit == "kr" or (not q.unit and q.value >= 1e6 and not q.is_year
                                                                  and re.search(r"[a-zåäö]", q.written, re.I))]


def numbers_in(text: str, scaled: bool = True) -> set[str]:
    """Every number a text states, normalised for comparison ("12 000" -> "12000", "2,5" -> "2.5"),
    number words included ("fem" -> "5"); with `scaled`, a number with a scale word also by its
    value ("2,88 miljarder" gives "2.88" and "2880000000")."""
    found: set[str] = set()
    for m in NUMBER_RE.finditer(text):
        found.add(_plain(digits_value(m.group(0))))
    for q in quantities_in(text) if scaled else ():
        found.add(_plain(q.value))
    for w in re.findall(r"[a-zåäö]+", text.casefold()):
        value = word_value(w)
        if value is not None and w not in ("en", "ett", "one"):
            found.add(str(value))
    return found


def readings(written: str) -> set[str]:
    """Every value a number written in digits may mean, for checking a text against its sources
    (a number counts as found if any reading matches): "12 000" -> {12000}; "12,000" -> {12000, 12}
    (English thousands, or a Swedish decimal); "2,5" -> {2.5}; "12 000,00" -> {12000}."""
    raw = re.sub(r"[ \u00a0\u202f]", "", written)
    options = {raw.replace(",", ".")}
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", raw):  # a thousands separator, or a decimal with 3 places
        options.add(re.sub(r"[,.]", "", raw))
    out = set()
    for reading in options:
        if reading.count(".") > 1:
            continue
        whole, _, fraction = reading.partition(".")
        fraction = fraction.rstrip("0")
        out.add((whole.lstrip("0") or "0") + (f".{fraction}" if fraction else ""))
    return out


def possible_values(text: str) -> set[str]:
    """Every value a number in a text may have (as `readings`), digit groups joined and also read
    one by one (a table row "843 353" may be one number or two cells), plus small numbers written
    as words ("två" = 2)."""
    values: set[str] = set()
    for m in NUMBER_RE.finditer(text):
        values |= readings(m.group(0))
        for part in re.split(r"[ \u00a0\u202f]", m.group(0)):
            values |= readings(part)
    for word in re.findall(r"[^\W\d_]+", text.casefold()):
        value = word_value(word)
        if value is not None and 2 <= value <= 20:  # "två" … "tjugo": small numbers written as words
            values.add(str(value))
    return values


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def format_number(value: float, lang: str) -> str:
    """12000 -> "12 000" (sv) / "12,000" (en); 2.5 -> "2,5" / "2.5"; 1234567.25 -> "1 234 567,25".
    Every decimal the value has is kept (to six places, which only clears the noise of float
    arithmetic: 9.6 - 8.4 is 1.2)."""
    text = f"{abs(value):,.6f}".rstrip("0").rstrip(".")
    whole, _, fraction = text.partition(".")
    sign = "-" if value < 0 and text.strip("0,.") else ""
    if lang == "sv":
        return sign + whole.replace(",", " ") + (f",{fraction}" if fraction else "")
    return sign + whole + (f".{fraction}" if fraction else "")


# the scales an amount of kronor is written in, largest first: (kronor, Swedish one / many, English)
# the scales a large figure is written in: (size, Swedish singular, Swedish plural, English)
AMOUNT_SCALES = ((10**9, "miljard", "miljarder", "billion"), (10**6, "miljon", "miljoner", "million"))


def format_amount(value: float, unit: str, lang: str) -> str:
    """An amount as agencies write it, never rounded: "12 000 kr" / "SEK 12,000", "712 miljoner kr"
    / "SEK 712 million", "2,88 miljarder kr", "1 miljon kr". A scale word only where the amount is
    a whole number of hundredths of it (2 885 000 000 is "2 885 miljoner kr", 1 234 567 is
    "1 234 567 kr"); a percentage "5,5 %"; another unit after the number ("1,2 dagar")."""
    if unit == "kr":
        ore = round(value * 100)  # an amount of money is exact to the öre; finer is float noise
        for scale, one, many, english in AMOUNT_SCALES:
            if abs(ore) >= scale * 100 and ore % scale == 0:
                number = ore / (scale * 100)
                text = format_number(number, lang)
                if lang != "sv":
                    return f"SEK {text} {english}"
                return f"{text} {one if abs(number) == 1 else many} kr"
        text = format_number(ore / 100, lang) + ("0" if ore % 100 and ore % 10 == 0 else "")  # "12 000,50 kr"
        return f"{text} kr" if lang == "sv" else f"SEK {text}"
    shown = format_number(value, lang)
    return f"{shown} %" if unit == "%" else f"{shown} {unit}".strip()
