"""What a question asks to be computed from the cited figures, and the computation: a difference
("hur mycket mer …", "by how much did … rise"), a sum ("… sammanlagt"), a share ("hur stor andel
…": part / whole), the years between two events, or a count the question gives times a rate the
source states per treatment. Only figures of the same unit are combined, each taken from a cited
unit, and the result is shown as the calculation so a reader can check it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.expansion import anchor_groups, qualifier_heads
from assistant.query import detect_language
from assistant.vocabulary import WH_PATTERN, WH_PREPOSITIONS
from ingest.analysis import analyze
from ingest.cleaning import ENUMERATOR
from ingest.dates import (
    CHANGE_WORDS,
    RELATIVE_YEAR_RE,
    YEAR_RE,
    clause_year,
    is_year,
    nearest_years,
    year_positions,
    year_roles,
    years_named,
)
from ingest.numbers import (
    AMOUNT_SCALES,
    APPROXIMATE_PATTERN,
    DIGITS,
    Quantity,
    digits_value,
    format_amount,
    format_number,
    quantities_in,
    word_value,
)

# a comparative right after "hur mycket" / "how much" ("hur mycket kortare", "how much cheaper"):
# Swedish regular ones end in -are, English ones in -er (not the prepositions that end so)
_COMPARATIVE = (r"(?:\w+are|längre|högre|lägre|större|mindre|fler|färre|mer|äldre|yngre|bättre|sämre|"
                r"(?!(?:per|over|under|after|other|ever|never|either)\b)\w+er|more|less|fewer|worse)")
DIFFERENCE_RE = re.compile(
    # "skillnaden", and the impersonal "det skilde" of a quantity ("Hur många dagar skilde det mellan
    # …?"; not "Vad skiljer MMR1 från MMR2?", "Hur många regioner skilde sig från snittet?")
    r"\b(?:skillnad\w*|hur (?:många|mycket) (?:\S+\s+){0,2}?skil(?:j?de|jer|j?t) det\b|"
    r"hur mycket (?:mer|mindre|större|högre|lägre|fler|färre)|"
    r"hur många (?:fler|färre|mer|mindre)|"
    # "Hur många dagar kortare …?", "How many hours less …?": a difference counted in a unit
    r"hur många (?!gånger)\w+ (?:fler|färre|mer|mindre|kortare|längre|högre|lägre)|"
    # shares compared in points ("hur många procentenheter över snittet låg …", "percentage points
    # below"), not a limit a rule sets ("… under målet får ett nyckeltal ligga?")
    r"(?:hur många procentenheter|how many percentage points?) (?:över|under|above|below)"
    r"(?!.*\b(?:får|fick|ska|skall|måste|kan|may|must|can|should|is allowed)\b)|"
    r"how many (?!times)\w+ (?:more|fewer|less|shorter|longer|higher|lower)|"
    r"hur mycket (?:\S+\s+){0,6}?(?:höjdes|sänktes|höjts|sänkts)|"
    r"(?:ökade|ökat|ökar|minskade|minskat|minskar|steg|sjönk|förändrades|förbättrades|försämrades)\s+(?:\S+\s+){0,6}?"
    r"med hur (?:mycket|många)|med hur (?:mycket|många)(?:\s+\S+){0,2}\s+(?:ökade|ökat|minskade|minskat|steg|sjönk|"
    r"förändrades|förbättrades|försämrades|sjunkit|stigit)|"
    r"hur mycket (?:\S+\s+){0,6}?(?:ökade|ökat|minskade|minskat|steg|sjönk|förändrades)|"
    r"by how (?:much|many)|how much (?:more|less|higher|lower|bigger|smaller)|how many (?:more|fewer)|difference|"
    r"percentage points? (?:higher|lower|more|less)|"
    r"how much did (?:\S+\s+){0,6}?(?:rise|increase|fall|decrease|drop|grow|change)|"
    # a change between two points in the infinitive or after a modal ("Hur mycket beräknades anslaget
    # minska från 2018 till 2019?", "How much would the budget increase from 2020 to 2021?", "… go up
    # between 2011 and 2015"); both points named, not a change stated alone ("… öka per år", "… öka
    # från och med 2019", "increase from 2020")
    r"hur (?:mycket|många) (?:\S+\s+){0,6}?(?:öka|minska|höjas|sänkas|stiga|sjunka|förändras)\s+(?:\S+\s+){0,4}?"
    r"(?:från(?!\s+och\s+med)(?:\s+\S+){1,4}?\s+till|mellan(?:\s+\S+){1,4}?\s+och)\b|"
    r"how much (?:did|would|will|has|have|does|do|could) (?:\S+\s+){0,8}?(?:rise|increase|fall|decrease|drop|grow|"
    r"change|go up|go down|shrink)\s+(?:\S+\s+){0,4}?(?:from(?:\s+\S+){1,4}?\s+to|between(?:\s+\S+){1,4}?\s+and)\b|"
    r"hur (?:många|mycket) (?:\S+\s+){0,2}?skil(?:j?de|jer) (?:det\s+)?mellan\b|"
    # the change as a noun: "hur stor var ökningen", "hur stor minskning", "how big was the increase",
    # "what was the drop", "hur mycket var höjningen"; not its share ("den procentuella ökningen", "the
    # increase in percent"), its cause ("based on", "beror på") nor a goal; no other adjective ("den
    # största ökningen" asks which)
    r"(?:hur stor|hur mycket) (?:(?:var|blev|är|blir)\s+)?(?:den\s+)?(?:(?:totala|sammanlagda|faktiska)\s+)?"
    r"(?:ökning(?:en)?|minskning(?:en)?|förändring(?:en)?|höjning(?:en)?|sänkning(?:en)?|nedgång(?:en)?|"
    r"uppgång(?:en)?)\b(?![^?]*\b(?:i procent|procentuell\w*|beror|berodde|förklaras|förklarades|mål|målet)\b)|"
    r"(?:how (?:big|large|much)|what) (?:was|is|were|will be) the (?:(?:total|overall|net|actual)\s+)?"
    r"(?:increase|decrease|rise|drop|fall|growth|reduction|decline)\b(?![^?]*\b(?:per ?cent|percent|percentage|"
    r"based on|due to|caused by|attributed to|explained by|target|goal)\b)|"
    # a comparative right after "hur mycket" / "how much" that a "than" follows: "hur mycket kortare
    # … än …", "how much cheaper … than …" (not "hur många patienter väntade längre än 90 dagar")
    rf"(?:hur mycket|how much)\s+{_COMPARATIVE}\b(?:\s+\S+){{0,10}}?\s+(?:än|than|jämfört med|compared (?:with|to))\b)",
    re.I)
# how a quantity changed between two points both named by a year or a figure ("Hur förändrades
# antalet från 2014 till 2015?", "How did the grant change between 2009 and 2010?"): both figures and
# the difference; not how rules or work changed ("How did the rules change from 2015 to 2016?",
# "Hur utvecklades arbetet från projekt till ordinarie verksamhet?")
CHANGED_BETWEEN_RE = re.compile(
    r"(?:hur (?:förändrades|ändrades|utvecklades|har (?:\S+\s+){0,6}?(?:förändrats|ändrats|utvecklats))|"
    r"how (?:did|has|have) (?:\S+\s+){0,8}?(?:change|changed|develop|developed|evolve|evolved))\s+"
    r"(?:\S+\s+){0,6}?(?:från(?!\s+och\s+med)|mellan|from|between)\s+(?:\S+\s+){0,2}?\S*\d\S*\s+"
    r"(?:\S+\s+){0,2}?(?:till|och|to|and)\s+(?:\S+\s+){0,2}?\S*\d", re.I)
# what a quantity is called in a question: a count, a share, a sum of money, a time
QUANTITY_RE = re.compile(
    r"\b(?:antal\w*|andel\w*|anslag\w*|ersättning\w*|belopp\w*|kostnad\w*|budget\w*|medel|medlen|summ\w*|"
    r"väntetid\w*|sjukpenningtal\w*|nivå\w*|index\w*|värde\w*|number|share|proportion|amount|grant|funding|"
    r"money|cost|costs|budget|rate|waiting time|level|figure|total|index|value)\b", re.I)
SUM_RE = re.compile(r"\b(?:sammanlagt|tillsammans(?! med)|sammantaget|summan|i summa|together|combined|altogether|"
                    r"in total|added up)\b", re.I)
SHARE_RE = re.compile(r"\b(?:hur stor andel|vilken andel|hur många procent|hur stor del|what share|what proportion|"
                      r"what percentage|how large a share|how big a share|what part)\b", re.I)
YEARS_RE = re.compile(r"\b(?:hur många år|how many years)\b", re.I)
# what joins the figures a sum adds: a conjunction between two things ("A och B"), not the "och" of a
# shared compound head ("sjukskrivnings- och rehabiliteringsprocessen", "hälso- och sjukvård") nor one
# that opens a second question ("…, och hur många …?"); "eller"/"or" only between two names
# ("MMR1 or MMR2", "KBT eller IPT"; not "sammanlagt eller per år", "två eller fler"); a plus sign, or
# a lowercase "plus" ("läkarbesök plus psykologbesök"; not the name "Rehab Plus")
# (and "var", where: "…, och var?")
_WH_AFTER = rf"(?!\s+(?:{WH_PREPOSITIONS}\s+)?(?:{WH_PATTERN}|var)\b)"
_NAME = r"(?-i:[A-ZÅÄÖ][\wÅÄÖåäö/-]*\d*|[\wåäö]+\d)"  # a capitalised word or a word with a digit
_OPERANDS_RE = re.compile(rf"(?<!(?-i:[a-zåäö])-)\s(?:och|and|samt){_WH_AFTER}\s|{_NAME}\s+(?:eller|or)\s+{_NAME}|"
                          r"\+|(?-i:\bplus\b)", re.I)
# the question states what it adds to a total: "totalt …, om man räknar med X"
_ADDED_RE = re.compile(r"\b(?:totalt|in total)\b.*\bom (?:man|du|vi) räkna[rt]? (?:med|in)\b", re.I)
_OF_WHICH_RE = re.compile(r"\b(?:varav|varav\s+\w+|of whom|of which)\b", re.I)
_OPENS_PARTS_RE = re.compile(r"^[^()]{0,30}\($")  # "204 serier under 2018 (151 MMR1 och 53 MMR2)"
_OF_RE = re.compile(r"\s(?:av|of|utav)\s+(?:\w+\s+){0,2}?$", re.I)  # "30,6 miljoner kronor av möjliga 31,9"


# a column or cell that gives the whole: "Totalt 402", "Summa 12,4"
TOTAL_RE = re.compile(r"\s*(?:totalt|total|summa|samtliga|alla|sammanlagt|sum|all)\b", re.I)


@dataclass(frozen=True)
class Figure:
    """A figure of a cited unit: its value, its unit ("kr", "%", or the noun after it: "dagar"),
    where it stands, which unit (by index) it comes from, and the label written before it in a
    table row's cells ("Män 84": "Män")."""

    value: float
    unit: str
    written: str
    start: int
    source: int
    label: str = ""


@dataclass(frozen=True)
class Computed:
    kind: str
    value: float
    unit: str
    operands: tuple[Figure, ...]
    of_both: bool = False  # a share whose whole is its two operands together (women of women and men)


@lru_cache(maxsize=256)
def operation(question: str) -> str | None:
    """The computation a question asks for ("years", "share", "difference", "sum") or None; a pure
    function of its text, asked by the ranking, the choice of units and the composition alike, so
    read once per question."""
    if YEARS_RE.search(question):
        return "years"
    if SHARE_RE.search(question):
        return "share"
    if DIFFERENCE_RE.search(question) or (CHANGED_BETWEEN_RE.search(question) and QUANTITY_RE.search(question)):
        return "difference"
    # "A och B sammanlagt", "MMR1 eller MMR2 sammanlagt", "A + B"; "sammanlagt 2016–2019" (each year
    # of the range); a total that adds a named part ("totalt om man räknar med X")
    if ((SUM_RE.search(question) and (_OPERANDS_RE.search(question)
                                      or any(m.group(2) for m in YEAR_RE.finditer(question))))
            or _ADDED_RE.search(question)):
        return "sum"
    return None


def figures(texts: list[str], question: str) -> list[Figure]:
    """The figures of the cited units, years left out, and none the question itself states. A
    plain number with no noun of its own counts what the figure before it in the sentence counts
    ("41 200 avslutade behandlingar …, jämfört med 15 700 under 2008": Swedish leaves the noun
    out the second time)."""
    stated = {q.value for q in quantities_in(question) if not q.is_year}
    out = []
    for source, text in enumerate(texts):
        previous = ""
        swedish = detect_language(text) == "sv"  # an adjective before the noun is skipped in Swedish only
        for q in quantities_in(text):
            if (q.is_year or q.value in stated or _in_name(text, q) or _enumerator(text, q) or _joined(text, q)):
                continue  # a year, a figure the question gives, a part of a name ("MMR2"), a list's "1.", a range
            label = _label_before(text, q.start)
            unit = q.unit or _noun_after(text, q, swedish) or ("" if label or not _elided(text, q) else previous)
            previous = unit if not q.unit else ""
            out.append(Figure(q.value, unit, q.written, q.start, source, label))
    return out


def wholes(text: str, question: str) -> list[Figure]:
    """The figures a unit gives as a whole: a table's total row or cell ("Totalt: Budget (Mkr)
    12,4", "Summa 6 872") or a figure a total word stands before ("totalt 606 miljoner kronor")."""
    row = text.split(":", 1)[0] if ":" in text[:60] else ""
    return [f for f in figures([text], question)
            if TOTAL_RE.match(f.label) or (row and TOTAL_RE.match(row)) or _TOTAL_BEFORE_RE.search(text[:f.start])]


_ENUMERATOR_RE = re.compile(rf"\s*(?:[-•*·–]\s*)?{ENUMERATOR}")


def _enumerator(text: str, q: Quantity) -> bool:
    """The number of a numbered list's item or finding ("1. A total of 2 318 patients …"): no figure."""
    found = _ENUMERATOR_RE.match(text)
    return found is not None and q.start <= found.end() and q.end <= found.end()


def _in_name(text: str, q: Quantity) -> bool:
    """A number written against the letters of a name: "MMR2", "PHQ-9", "EQ-5D", "ICD-10"."""
    return bool(q.start) and (text[q.start - 1].isalpha()
                              or re.fullmatch(r"[^\W\d_]-", text[max(0, q.start - 2):q.start]) is not None)


def _joined(text: str, q: Quantity) -> bool:
    """A number written against another with a dash or a slash and no space is one end of a range
    or a part of a reference ("16–67 år", "60–79 %", "Dnr 4.1-31842/2012"), and so is a number of a
    range written out ("från 20 till 64 år", "from 8 to 12 sessions"; not a change, "höjdes från
    700 till 800 kronor"): no figure to compute with."""
    before, after = text[max(0, q.start - 2):q.start], text[q.end:q.end + 2]
    if re.search(r"\d[-–/]$", before) or re.match(r"[-–/]\d", after):
        return True
    return any(m.start(1) <= q.start < m.end() and not _CHANGE_BEFORE_RE.search(text[:m.start()])
               and not (_ALSO_BEFORE_RE.search(text[:m.start()]) and _CHANGE_FROM_RE.search(text, 0, m.start()))
               for m in _RANGE_RE.finditer(text))


# a range written out: "från 20 till 64", "from 8 to 12" (its figures, a noun after each at most)
_RANGE_RE = re.compile(r"\b(?:från|from)\s+(\d[\d\s,.]*?)\s+(?:[^\W\d_]+\s+)?(?:till|to)\s+\d(?:[\d\s,.]*\d)?", re.I)
_CHANGE_BEFORE_RE = re.compile(rf"\b{CHANGE_WORDS}\s+(?:\S+\s+){{0,2}}?$", re.I)
# a second change of a sentence, its verb left out ("rose from 0.61 to 0.72 … and from 0.52 to 0.60")
_ALSO = r"(?:,|\s(?:och|and|samt))\s+"
_ALSO_BEFORE_RE = re.compile(_ALSO + "$", re.I)


def _noun_after(text: str, q: Quantity, swedish: bool) -> str:
    """The unit of a plain number is the word after it ("8,4 dagar", "21 landsting"), past the
    adjective before it ("165 bedömda patienterna", "1 412 avslutade KBT-behandlingar": a Swedish
    adjective before a plural noun ends in -a or -e, a plural noun does not, save the -are and -ande
    nouns, "deltagare", "sökande", and the definite plurals, "patienterna"); of a hyphenated
    compound its head, the last part ("231 MMR-serier" counts what "280 serier" does, "188
    MMR1-serier" too). A word that is no content word ("15 700 under 2008") is none."""
    m = _NOUN_RE.match(text[q.end:])
    adjective = swedish and m and _ADJECTIVE_RE.fullmatch(m.group(1))  # not "1 200 people"
    following = _NOUN_RE.match(text[q.end + m.end():]) if m and adjective else None
    if following and _COMMON_NOUN_RE.search(following.group(1)) and analyze(following.group(1)):
        m = following  # one adjective, a common noun after it: not "att", not a name ("avslutade KBT")
    if not m or not analyze(m.group(1)) or _TIME_WORD_RE.fullmatch(m.group(1)) or _ENGLISH_FUNCTION_RE.fullmatch(
            m.group(1)):
        return ""
    return m.group(1).rsplit("-", 1)[-1].casefold()


_NOUN_RE = re.compile(r"\s+((?:[^\W_]+-)*[^\W\d_]+)(?![\w-])")
# a plural adjective or participle: -a or -e, not the -are and -ande nouns nor a definite plural
# ("patienterna", "områdena")
_ADJECTIVE_RE = re.compile(r"[a-zåäö]+(?<!ar)(?<!nd)(?<!rn)(?<!en)[ae]")
_COMMON_NOUN_RE = re.compile(r"(?:^|-)[a-zåäö]+$")  # its head in lower case ("KBT-behandlingar", not "KBT")


# English words after a figure that are no noun and that the analysis's stop-word list (mostly Swedish,
# with the commonest English ones) keeps: "from 0.61 to 0.72 among CBT patients", "14 during 2018"
_ENGLISH_FUNCTION_RE = re.compile(
    r"among|amongst|within|without|between|during|after|before|over|but|per|had|respectively|compared|"
    r"against|versus|out|up|down|across|through|since|until", re.I)
# a word of time after a figure is no noun it counts ("4 700 året innan")
_TIME_WORD_RE = re.compile(r"år|året|åren|year|years", re.I)
# what may follow a figure whose noun is left out: the clause's end, a year ("15 700 under 2008",
# "4 700 året innan": ingest/dates.RELATIVE_YEAR_RE), or "av dem" ("…, och 1 742 av dem")
_ELIDED_RE = re.compile(
    r"\s*(?:[.,;:)]|$|(?:under|år|i|in|during)\s+\d{4}\b|(?:av|of)\s+(?:dem|dessa|them|these|those)\b)", re.I)


def _elided(text: str, q: Quantity) -> bool:
    rest = text[q.end:]
    return bool(_ELIDED_RE.match(rest) or RELATIVE_YEAR_RE.match(rest.lstrip()))


def _label_before(text: str, start: int) -> str:
    """The label of a table row's cell as the answer writes it ("MMR1: Kvinnor 318, Män 84, Totalt
    402"): the words between the cell's comma or colon and its figure, its years left out."""
    before = text[:start]
    cut = max(before.rfind(","), before.rfind(":"), before.rfind("|"), before.rfind(";"))
    if cut < 0:
        return ""
    label = " ".join(w for w in before[cut + 1:].split() if not is_year(w))
    if not label or len(label.split()) > 4 or re.search(r"\d", label) or not label[0].isupper():
        return ""  # a clause of a sentence (", jämfört med 19 800"), not a cell's name
    return label


# a change a text states as a figure of its own: "ökade med 116", "höjs med 500 kronor", "en ökning
# med 380", "minskar med ca 10 mkr", "rose by 12 per cent", "an increase of 200 million"
STATED_CHANGE_RE = re.compile(
    rf"\b(?:{CHANGE_WORDS}|ökar|minskar|höjs|sänks|ökas|minskas|höjning|sänkning|reduction|decline|growth)"
    rf"\s+(?:\S+\s+){{0,3}}?(?:med|by|of|på)\s+(?:(?:{APPROXIMATE_PATTERN})\s+)?\d", re.I)


def states_the_change(text: str) -> bool:
    """Whether a text states a change as its own figure ("… en ökning med 380 personer jämfört med
    2018"): a difference asked is that figure, not one computed from the others beside it."""
    return STATED_CHANGE_RE.search(text) is not None


def compute(kind: str, texts: list[str], question: str, years: tuple[int, ...]) -> Computed | None:
    if kind == "years":
        # a law's or a report's number names no year of an event ("lagen (2019:1297) … träder i kraft 2020")
        named = sorted({y for t in texts for _, y, role in year_roles(t) if role != "reference"})
        if len(named) == 2:
            early, late = named
            return Computed("years", float(late - early), "år",
                            (Figure(early, "", str(early), 0, 0), Figure(late, "", str(late), 0, 0)))
        return None
    found = figures(texts, question)
    both = _one_of_two_groups(found, texts, question) if kind == "share" else None
    if both is not None and not any(f.unit == "%" for f in found) and not _as_written(kind, found, texts, question,
                                                                                        years):
        part, other = both
        return Computed(kind, 100.0 * part.value / (part.value + other.value), "%", (part, other), of_both=True)
    operands = _pair(kind, found, texts, years, question)
    if operands is None:
        return None
    a, b = operands[:2]
    if kind == "difference":
        big, small = (a, b) if a.value >= b.value else (b, a)
        return Computed(kind, big.value - small.value, a.unit, (big, small))
    if kind == "sum":
        if _holds_another(operands, texts):
            return None  # "totalt 14,2 …, varav 3,1": the total already holds its part
        return Computed(kind, sum(f.value for f in operands), a.unit, operands)
    if kind == "share" and b.value:
        return Computed(kind, 100.0 * a.value / b.value, "%", (a, b))
    return None


def _pair(kind: str, found: list[Figure], texts: list[str], years: tuple[int, ...],
          question: str) -> tuple[Figure, ...] | None:
    """The figures to combine, two (a sum may add up to four of one sentence): of one unit (the
    one the question asks in, else the noun it counts, else the unit most figures share); for a
    share, "A av B" or a row's cell and its total (else the smaller of two); two rows compared by
    their totals; when there are more than two, the ones nearest the two years the question names."""
    if kind == "share" and any(f.unit == "%" for f in found):
        return None  # the share is stated: the cited unit answers as it stands
    changed = _stated_change(found, texts, years, question) if kind == "difference" else None
    if changed is not None:  # () when a sentence states several changes and the question names none apart
        return changed or None
    written = _as_written(kind, found, texts, question, years)
    if written and not (kind == "difference" and len(years) == 2
                        and not _of_the_two_years(written[0], written[1], texts, years)):
        return written
    by_unit: dict[str, list[Figure]] = {}
    for f in found:
        by_unit.setdefault(f.unit, []).append(f)
    groups = [g for g in by_unit.values() if len(g) >= 2]
    if not groups:
        return None
    # two units cited for two figures: the unit of which each gives exactly one ("| MMR1 | … | 71 % |")
    paired = [g for g in groups if len(g) == 2 and g[0].source != g[1].source]
    asked = _asked_unit(question)  # "" asks for no unit in particular
    named = set(re.findall(r"[^\W\d_]+", question.casefold()))  # "Hur många fler patienter …": figures of patients
    group = max(paired or groups, key=lambda g: (bool(asked) and g[0].unit == asked, g[0].unit in named, len(g)))
    if kind == "sum" and (len(years) > 2 or (len(group) > 2 and len(years) < 2)):
        return tuple(group) if _all_added(group, found, texts, question, years) else None
    if len(group) == 2:
        a, b = group
    elif len(years) == 2:
        a, b = (min(group, key=lambda f: _distance_to_year(f, texts, y)) for y in years)
        if a is b:
            return None
    else:
        return None
    if kind == "share":
        return _part_and_whole(a, b, texts)
    if len(years) == 2 and not _of_the_two_years(a, b, texts, years):
        return None
    return a, b


def _part_and_whole(a: Figure, b: Figure, texts: list[str]) -> tuple[Figure, Figure] | None:
    """Of two figures with nothing else to tell, the smaller as the part; none of two groups the
    figures are split by (women are no part of men), nor of two parts of a whole stated before ("Av
    dessa avser 12,4 miljoner kronor rehabilitering och 18,0 miljoner kronor utveckling")."""
    if _group_of(a.label) and _group_of(b.label) and _group_of(a.label) != _group_of(b.label):
        return None
    if a.source == b.source and _PARTS_OF_BEFORE_RE.match(texts[a.source]):
        return None
    return (a, b) if a.value <= b.value else (b, a)


def _all_added(group: list[Figure], found: list[Figure], texts: list[str], question: str,
               years: tuple[int, ...]) -> bool:
    """Whether a sum adds every figure of the group: "1 046 … KBT, 188 … MMR1 och 52 … MMR2" in
    total, each named; "sammanlagt 2016–2019", one figure beside each year of the range."""
    if len(years) > 2:
        return _one_per_year(group, texts, years)
    return len(years) < 2 and _all_named(group, found, texts, question)


def _one_per_year(group: list[Figure], texts: list[str], years: tuple[int, ...]) -> bool:
    """Each year of the range written once, each followed by one figure before the next ("2016: 49,8,
    2017: 54,2, …"); not a period's total written with its span ("Under 2016–2018 avslutades 1 046 …")."""
    if len(group) != len(years) or len({f.source for f in group}) != 1:
        return False
    spots = sorted(p for p, y in year_positions(texts[group[0].source]) if y in years)
    if len(spots) != len(years):
        return False
    bounds = [*spots[1:], len(texts[group[0].source])]
    figures_ = sorted(group, key=lambda f: f.start)
    return all(a < f.start < b for f, a, b in zip(figures_, spots, bounds, strict=True))


# what a sentence compares its figure with: "27 …, jämfört med 19 vid utgången av 2016", "4 100 …, mot
# cirka 5 300 året innan", "11 weeks, compared with 14 weeks in 2018"
# the words a sentence compares something with, in Swedish and English (figures here, years in features.py)
COMPARED_WITH = r"jämfört med|jämfört mot|compared with|compared to|than"
_COMPARED_RE = re.compile(rf"(?:{COMPARED_WITH}|att jämföra med|mot|against|"
                          r"versus|vs\.?|(?:en )?(?:ökning|minskning) från|upp från|ned från|ner från|"
                          r"(?:an )?(?:increase|decrease|rise|fall|drop) from|up from|down from)"
                          r"\s+(?:cirka|ca\.?|drygt|knappt|omkring|about|around|some)?\s*$", re.I)


def compared_at(text: str) -> int | None:
    """Where the figure stands that a sentence compares its first one with ("610 miljoner kronor, att
    jämföra med 580 miljoner kronor för 2019": at "580"); None when it compares none."""
    pair = _compared(figures([text], ""), [text])
    return pair[1].start if pair else None


def _compared(found: list[Figure], texts: list[str]) -> tuple[Figure, Figure] | None:
    """A figure and the one its sentence compares it with: the figure after "jämfört med" / "mot" /
    "compared with" and the first figure of its unit before it (not a whole, "27 av 29").
    None unless exactly one such pair stands in the cited units."""
    pairs = []
    for g in found:
        if not _COMPARED_RE.search(texts[g.source][:g.start]):
            continue
        before = [f for f in found if f.source == g.source and f.start < g.start and f.value != g.value
                  and (f.unit == g.unit or not g.unit) and not _a_whole(f, found, texts)]
        if before:
            pairs.append((before[0], g))
    return pairs[0] if len(pairs) == 1 else None


def _stated_change(found: list[Figure], texts: list[str], years: tuple[int, ...],
                   question: str) -> tuple[Figure, ...] | None:
    """The two figures a sentence itself compares ("27, jämfört med 19 …") or changes between ("höjdes
    från 700 kronor till 800 kronor"), when they can be of the two years asked; () when a sentence
    states several changes and none can be told to be the one asked."""
    compared = _compared(found, texts)
    if compared and (len(years) < 2 or _may_be_of(compared, texts, years)):
        return compared
    changed = _from_to(found, texts, question)
    if changed == ():
        return ()
    if changed and (len(years) < 2 or set(years) <= {y for _, y in years_named(texts[changed[0].source])}
                    or not any(years_named(text) for text in texts)):
        return changed  # of the two years asked, or where no cited unit names a year
    return None


# a change stated within one sentence, a word of change right before it: "höjdes från 700 kronor till
# 800 kronor", "rose from 8.1 to 9.4 days" (not a range: "från 20 till 64 år", "från 8 till 12 besök")
_CHANGE_FROM = rf"\b{CHANGE_WORDS}\s+(?:\S+\s+){{0,2}}?(?:från|from)\s"
# the first figure and its noun, up to "till"/"to" (never across another change's "från" or "till")
_FROM_TO_REST = (rf"+(?:(?:{APPROXIMATE_PATTERN})\s+)?"
                 r"(?P<first>\d(?:(?!\s(?:från|from|till|to)\s)[^,;:()]){0,40}?)\s+"
                 rf"(?:till|to)\s+(?:(?:{APPROXIMATE_PATTERN})\s+)?$")
_FROM_TO_RE = re.compile(_CHANGE_FROM + _FROM_TO_REST, re.I)
_CHANGE_FROM_RE = re.compile(_CHANGE_FROM, re.I)
# a second change of the same sentence, its verb left out: "rose from 0.61 to 0.72 among CBT patients
# and from 0.52 to 0.60 among MMR patients", "ökade från 40 till 52 i Umeå och från 31 till 35 i Luleå"
_ALSO_FROM_TO_RE = re.compile(_ALSO + r"(?:från|from)\s" + _FROM_TO_REST, re.I)


def _from_to(found: list[Figure], texts: list[str], question: str) -> tuple[Figure, ...] | None:
    """The two figures of a change a sentence states ("ökade från 700 kronor till 800 kronor"): the
    one after "från"/"from" and the one after "till"/"to", of one unit (the first written without
    its noun takes the second's: "från 60 till 65 procent"). Of a sentence's several changes ("rose
    from 0.61 to 0.72 among CBT patients and from 0.52 to 0.60 among MMR patients"), the one whose
    words after it the question names most, or () when it names none of them apart ("ökade från 40 till
    52 i Umeå och från 31 till 35 i Luleå" for "Hur mycket ökade andelen?"). None when there is none."""
    pairs = []
    for g in found:
        before = texts[g.source][:g.start]
        m = _ALSO_FROM_TO_RE.search(before)  # one more change, when the sentence states one before it
        m = m if m and _CHANGE_FROM_RE.search(before, 0, m.start()) else _FROM_TO_RE.search(before)
        if not m:
            continue
        first = [f for f in found if f.source == g.source and f.start == m.start("first")]
        if not first or first[0].value == g.value:
            continue
        a = first[0]
        if not a.unit and g.unit and _scale_of(a.written) is None:
            a = replace(a, unit=g.unit)  # "från 60 till 65 procent": the noun is written once
        if a.unit == g.unit:
            pairs.append((a, g))
    if len(pairs) > 1 and len({g.source for _, g in pairs}) == 1:  # the words that tell the changes apart
        words = [set(analyze(_phrase_after(g, found, texts))) for _, g in pairs]
        asked = set(analyze(question))
        named = [len((w - set().union(*(o for o in words if o is not w))) & asked) for w in words]
        return pairs[named.index(max(named))] if named.count(max(named)) == 1 else ()
    return pairs[0] if len(pairs) == 1 else None


def _scale_of(written: str) -> tuple[int, str, str, str] | None:
    """The scale a figure is written with ("11,8 miljoner", "2 million"), if one."""
    return next((scale for scale in AMOUNT_SCALES if any(re.search(rf"\b{w}s?\b", written, re.I) for w in scale[1:])),
                None)


def _a_whole(f: Figure, found: list[Figure], texts: list[str]) -> bool:
    """The whole of "27 av regionens 29": a figure "av" joins to the figure just before it."""
    text = texts[f.source]
    return any(e.source == f.source and 0 < f.start - e.start < 40 and _OF_RE.search(text[e.start:f.start])
               for e in found)


def _as_written(kind: str, found: list[Figure], texts: list[str], question: str,
                years: tuple[int, ...]) -> tuple[Figure, ...] | None:
    """The figures the text's own shape pairs: for a share "A av B", "varav", a row's cell and its
    total; for a difference or a sum the two cells of a row the question names, or two rows'
    totals; for a sum (of no years) the counts a sentence names apart that the question names."""
    if kind == "share":
        return _part_of_whole(found, texts, question) or _part_of_total(found, texts, question)
    if kind in ("difference", "sum"):
        return (_named_cells(found, texts, question) or _totals(found, question) or _same_column(found, question)
                or (_named_counts(found, texts, question) if kind == "sum" and len(years) < 2 else None))
    return None


def _same_column(found: list[Figure], question: str) -> tuple[Figure, Figure] | None:
    """Two cited rows compared or added by the column the question names: "Timrå: Antal patienter
    158, Andel kvinnor (%) 71" and "Härnösand: Antal patienter 196, …" for how many patients the
    two had together. Only when exactly one column the question names stands in both rows."""
    by_label: dict[str, list[Figure]] = {}
    for f in found:
        if f.label and not TOTAL_RE.match(f.label):
            by_label.setdefault(f.label.casefold(), []).append(f)
    pairs = [fs for label, fs in by_label.items() if len(fs) == 2 and fs[0].source != fs[1].source
             and any(_named_by(word, question) for word in re.findall(r"[^\W\d_]{3,}", label))]
    return (pairs[0][0], pairs[0][1]) if len(pairs) == 1 else None


def _named_counts(found: list[Figure], texts: list[str], question: str) -> tuple[Figure, ...] | None:
    """"1 412 avslutade KBT-behandlingar, 96 IPT-behandlingar och 188 MMR1-serier" for the KBT, IPT
    and MMR1 asked together (or two of them): the counts of one sentence's list, named apart, that
    the question names, whatever noun counts each (no percentage or amount among them). None when
    a count outside the list is named too ("1 412 KBT-behandlingar (varav 600 via internet), 96 …")."""
    asked = set(analyze(question))
    for source in sorted({f.source for f in found}):
        counts = [f for f in found if f.source == source and f.unit not in ("%", "kr")]
        text = texts[source]
        if any(_TOTAL_BEFORE_RE.search(text[:f.start]) for f in counts):
            continue  # "…, totalt 1 286": the sentence states its sum
        runs: list[list[Figure]] = []
        for i, f in enumerate(counts):  # the runs of counts each joined to the next by a comma or "och"
            if i and _JOINED_RE.fullmatch(text[counts[i - 1].start + len(counts[i - 1].written):f.start]):
                runs[-1].append(f)
            else:
                runs.append([f])
        words = {f: _phrase_words(f, found, texts) for f in counts}
        for run in (r for r in runs if len(r) > 2):
            named = _asked_apart(run, found, texts, question)
            listed = set().union(*(words[f] for f in run))
            if len(named) >= 2 and not any((words[f] - listed) & asked for f in counts if f not in run):
                return tuple(named)
    return None


# what joins a list's members: a count's noun phrase, then a comma or "och" right before the next
# count ("1 412 KBT-behandlingar, 96 IPT-behandlingar och 188 …"); not a clause between them ("De
# 21 regionerna, enligt rapporten, rapporterade 1 412 …")
_JOINED_RE = re.compile(
    r"[^,;]*?(?:[,;]|\s(?:och|samt|eller|and|or))\s*(?:(?:cirka|ca\.?|drygt|knappt|about|around)\s+)?", re.I)


def _all_named(group: list[Figure], found: list[Figure], texts: list[str], question: str) -> bool:
    """Three or four figures of one sentence a sum may add up: each followed by a word the question
    names, none of them the sentence's own total ("…, totalt 1 286")."""
    return 2 < len(group) <= 4 and _asked_apart(group, found, texts, question) == group


def _asked_apart(group: list[Figure], found: list[Figure], texts: list[str], question: str) -> list[Figure]:
    """Of the figures of one sentence, each named apart from the others ("1 046 avslutade KBT, 188
    avslutade MMR1 och 52 avslutade MMR2": KBT, MMR1, MMR2; not the "avslutade" of each, an
    adjective), those the question names; none when one of them has no name of its own or is the
    sentence's own total ("…, totalt 1 286")."""
    if len({f.source for f in group}) != 1:
        return []
    text = texts[group[0].source]
    if any(_TOTAL_BEFORE_RE.search(text[:f.start]) for f in group):
        return []
    phrases = [_phrase_words(f, found, texts) for f in group]
    own = [p - set().union(*(o for o in phrases if o is not p)) for p in phrases]
    if not all(own):
        return []
    asked = set(analyze(question))
    return [f for f, words in zip(group, own, strict=True) if words & asked]


_TOTAL_BEFORE_RE = re.compile(r"\b(?:totalt|sammanlagt|sammantaget|summa|in total|altogether)\s*(?:\S+\s+)?$", re.I)


def _holds_another(operands: tuple[Figure, ...], texts: list[str]) -> bool:
    """Whether one of the figures a sum would add is a total the others are part of: written after a
    total word ("totalt 14,2 miljoner") or followed by "varav" / "of which" before another of them."""
    for f in operands:
        text = texts[f.source]
        if _TOTAL_BEFORE_RE.search(text[:f.start]):
            return True
        later = [g for g in operands if g.source == f.source and g.start > f.start]
        if later and _OF_WHICH_RE.search(text[f.start + len(f.written):min(g.start for g in later)]):
            return True
    return False


def _of_the_two_years(a: Figure, b: Figure, texts: list[str], years: tuple[int, ...]) -> bool:
    """Whether two figures can be the two years' figures a question compares ("från 2018 till
    2019"): two figures of one unit only when it names both years (never the two figures of one
    year's sentence, "Under 2019 avslutade 318 … och 94 …"); figures of two units not when each
    stands nearest the same one of the two years."""
    if a.source == b.source:  # where in one sentence a year belongs is not told by distance alone
        return set(years) <= {y for _, y in years_named(texts[a.source])}
    nearest = [nearest_years([(p, y) for p, y in years_named(texts[f.source]) if y in years], f.start)
               for f in (a, b)]
    if not nearest[0] or not nearest[1]:
        return True  # a unit that names neither year: nothing tells
    return nearest[0] != nearest[1]


def _part_of_whole(found: list[Figure], texts: list[str], question: str = "") -> tuple[Figure, Figure] | None:
    """A part and its whole as the text writes them: "2 860 patienter, varav 1 950 kvinnor" (the
    part after "varav"; of several parts, "varav 1 950 kvinnor och 910 män", the one the question
    names), "30,6 miljoner kronor av möjliga 31,9" (the whole after "av")."""
    for f in found:
        after = [g for g in found if g.source == f.source and g.start > f.start]
        between = texts[f.source][f.start + len(f.written):after[0].start] if after else ""
        # "388 insatser, varav 301 inom MMR1 och 87 inom MMR2", "204 serier (151 MMR1 och 53 MMR2)"
        if after and (_OF_WHICH_RE.search(between) or _OPENS_PARTS_RE.search(between)):
            parts = [g for g in after if g.value <= f.value]
            if parts:
                return max(parts, key=lambda g: (_named_by(g.unit, question) if g.unit else False,
                                                 _named_after(g, found, texts, question), -g.start)), f
    for f in found:
        # the whole right after its part ("27 av regionens 29"); "118 av de 165 bedömda patienterna":
        # the noun the two count is written once, after the whole
        whole = next((g for g in found if g.source == f.source and g.start > f.start), None)
        if (whole and (whole.unit == f.unit or _shares_noun(f, whole, texts[f.source]))
                and _OF_RE.search(texts[f.source][:whole.start])):
            return f, whole
    for f in found:  # "Av de 1 040 behandlingarna genomfördes 610 vid …, 290 vid …": the whole first
        if _WHOLE_FIRST_RE.search(texts[f.source][:f.start]):
            parts = [g for g in found if g.source == f.source and g.start > f.start and g.value < f.value
                     and (g.unit in ("", f.unit) or not f.unit)
                     and _named_after(g, found, texts, question)]
            if parts:
                return max(parts, key=lambda g: _named_after(g, found, texts, question)), f
    return None


def _shares_noun(part: Figure, whole: Figure, text: str) -> bool:
    """"118 av de 165 bedömda patienterna", "27 av regionens 29 vårdcentraler": a part without a noun
    right before "av (de)" and its whole, which counts for both (not "84 av dem inom 90 dagar", nor
    an amount or a share)."""
    between = text[part.start + len(part.written):whole.start]
    return not part.unit and whole.unit not in ("kr", "%") and bool(_SHARED_OF_RE.fullmatch(between))


# "av de", "av totalt", "av regionens" (a genitive), "of the"
_OF_THE = r"(?:de|dessa|totalt|the|these|all)"  # what may stand between "av"/"of" and a whole
_SHARED_OF_RE = re.compile(rf"\s+(?:av|of|utav)\s+(?:(?:{_OF_THE}|[^\W\d_]+s)\s+)?", re.I)
# a sentence whose figures are parts of a whole an earlier one states: "Av dessa avser …", "Därav …",
# "Of these, …"
_PARTS_OF_BEFORE_RE = re.compile(
    r"\s*(?:(?:av (?:dessa|dem)|of (?:these|them|which))\b(?!\s+\d)|därav\b|varav\b)", re.I)
# a whole that a clause opens with: "Av de 1 040 behandlingarna …", "Of the 412 patients …"
_WHOLE_FIRST_RE = re.compile(rf"(?:^|[.;:]\s+|,\s+)(?:av|of)\s+{_OF_THE}?\s*$", re.I)


def _named_after(f: Figure, found: list[Figure], texts: list[str], question: str) -> int:
    """How many of the question's words the words after a figure name, up to the next figure or
    comma ("610 vid regiondrivna vårdcentraler" for "… vid regiondrivna vårdcentraler?")."""
    return len(set(analyze(_phrase_after(f, found, texts))) & set(analyze(question)))


def _phrase_words(f: Figure, found: list[Figure], texts: list[str]) -> set[str]:
    """The analysed words after a figure that name what it counts, adjectives left out."""
    return {t for w in _phrase_after(f, found, texts).split() if not _ADJECTIVE_RE.fullmatch(w) for t in analyze(w)}


def _phrase_after(f: Figure, found: list[Figure], texts: list[str]) -> str:
    """The words after a figure up to the next figure or comma."""
    text = texts[f.source]
    nxt = min([g.start for g in found if g.source == f.source and g.start > f.start] + [len(text)])
    return text[f.start + len(f.written):nxt].split(",")[0]


def _part_of_total(found: list[Figure], texts: list[str], question: str) -> tuple[Figure, Figure] | None:
    """A part and its whole as a table row gives them: the cell the question names and the row's
    total ("MMR1: Kvinnor 270, Män 90, Totalt 360" for the share of men), of the one row that can
    be meant."""
    pairs: dict[int, tuple[Figure, Figure]] = {}
    for whole in found:
        if not TOTAL_RE.match(whole.label):
            continue
        parts = [f for f in found if f.source == whole.source and f is not whole and _names_cell(f, question)]
        if len(parts) == 1:
            pairs[whole.source] = (parts[0], whole)
    source = _row_meant(sorted(pairs), texts, question)
    return pairs[source] if source is not None else None


def _one_of_two_groups(found: list[Figure], texts: list[str], question: str) -> tuple[Figure, Figure] | None:
    """The share of one of the two groups counts are split by, of a row that gives both and nothing
    else ("Sjukfall: Kvinnor 53 600, Män 31 500" for the share of women): the cell the question
    names and the other group's, whose sum is the whole. Only the groups that together make up the
    whole (women and men: the qualifiers of assistant/data/expansions.toml); only counts (not
    amounts, shares, averages or rates per person); not when a cited unit states a whole of its own
    ("Totalt 90 000", "Sjukfall 87 100: …"), nor when the group is the whole the question takes a
    share of ("Hur stor andel av männen …?"); of the one row that can be meant."""
    if any(wholes(text, question) for text in texts):
        return None
    pairs: dict[int, tuple[Figure, Figure]] = {}
    for row in sorted({f.source for f in found}):
        cells = [f for f in found if f.source == row]
        groups = [_group_of(f.label) for f in cells]
        if (len(cells) != 2 or not all(groups) or groups[0] == groups[1] or cells[0].unit != cells[1].unit
                or cells[0].unit in ("kr", "%") or _NOT_A_COUNT_RE.search(texts[row][:cells[0].start])):
            continue
        named = [f for f, g in zip(cells, groups, strict=True)
                 if _names_cell(f, question) and not _share_of(g, question)]
        if len(named) == 1 and not any(_names_cell(f, question) for f in cells if f is not named[0]):
            pairs[row] = (named[0], next(f for f in cells if f is not named[0]))
    meant = _row_meant(sorted(pairs), texts, question)
    return pairs[meant] if meant is not None else None


# a row that gives no counts to add: an average, a share, a rate per person, an amount
_NOT_A_COUNT_RE = re.compile(r"\b(?:per|andel\w*|medel\w*|genomsnitt\w*|snitt\w*|median\w*|average|mean|share|"
                             r"rate|procent|percent|kr|kronor|sek)\b|%", re.I)


def _share_of(group: str, question: str) -> bool:
    """Whether the question takes its share of the group ("Hur stor andel av männen …", "What share
    of women …"): the group is then the whole, not the part."""
    english = detect_language(question) == "en"
    return any(group in {a.head for a in anchor_groups(" ".join(m.group(1).split()[:3]), english)}
               for m in re.finditer(r"\b(?:av|of)\s+((?:\S+\s*){1,3})", question, re.I))


def _group_of(label: str) -> str:
    """The group (of those figures are split by) a cell's label names: "Kvinnor" → kvinnor; "" for none."""
    if not label.split():
        return ""
    heads = {a.head for a in anchor_groups(label.split()[-1])} & qualifier_heads()
    return next(iter(heads)) if len(heads) == 1 else ""


def _named_cells(found: list[Figure], texts: list[str], question: str) -> tuple[Figure, Figure] | None:
    """The two cells of one row the question names ("Hur många fler kvinnor än män?" over
    "Kvinnor 270, Män 90, Totalt 360"), of the one row that can be meant."""
    pairs: dict[int, tuple[Figure, Figure]] = {}
    for row in sorted({f.source for f in found}):
        named = [f for f in found if f.source == row and _names_cell(f, question)]
        if len(named) == 2:
            pairs[row] = (named[0], named[1])
    meant = _row_meant(sorted(pairs), texts, question)
    return pairs[meant] if meant is not None else None


def _names_cell(f: Figure, question: str) -> bool:
    return bool(f.label) and not TOTAL_RE.match(f.label) and _named_by(f.label.split()[-1], question)


def _row_meant(sources: list[int], texts: list[str], question: str) -> int | None:
    """Of rows that each could answer, the one whose name (before its colon) the question names
    most of ("MMR2: …" rather than "MMR1: …" for a question about MMR2); none when that is not
    one row."""
    if len(sources) <= 1:
        return sources[0] if sources else None
    asked = set(analyze(question))
    overlap = {s: len(set(analyze(texts[s].split(":", 1)[0])) & asked) for s in sources}
    best = max(overlap.values())
    named = [s for s in sources if overlap[s] == best]
    return named[0] if best and len(named) == 1 else None


def _totals(found: list[Figure], question: str) -> tuple[Figure, Figure] | None:
    """Two cited rows compared as wholes: each row's total, of one unit, when the question names
    none of the rows' other cells ("Hur många fler MMR1 än MMR2?" over two rows of women, men and
    total)."""
    sources = sorted({f.source for f in found})
    if len(sources) != 2:
        return None
    totals = [[f for f in found if f.source == s and TOTAL_RE.match(f.label)] for s in sources]
    if any(len(t) != 1 for t in totals):
        return None
    if any(_names_cell(f, question) for f in found) or totals[0][0].unit != totals[1][0].unit:
        return None
    return totals[0][0], totals[1][0]


def _named_by(noun: str, question: str) -> bool:
    """The question names this noun (a figure's noun: "teamutredningar", "män"), in any
    inflection: the same analysed word (lemma and stem), or, for a compound, one that begins with
    the question's word ("teamutredningar" for "team")."""
    nouns = analyze(noun)
    if not nouns:
        return False
    asked = set(analyze(question))
    if nouns[0] in asked or any(len(w) >= 4 and nouns[0].startswith(w) for w in asked):
        return True
    # a group the question names in English ("women than men" over "Kvinnor 45,0, Män 22,4")
    groups = {a.head for a in anchor_groups(noun)} & qualifier_heads()
    english = detect_language(question) == "en"
    return bool(groups & {a.head for a in anchor_groups(question, english)})


def _asked_unit(question: str) -> str:
    """The unit a question asks its figure in: percent, kronor, or anything."""
    if re.search(r"\b(?:procent\w*|percent\w*|andel\w*|share|%)", question, re.I):
        return "%"
    return "kr" if names_money(question) else ""


_MONEY_RE = re.compile(r"\b(?:kronor\w*|kr|miljon\w*|miljard\w*|mkr|tkr|pengar\w*|belopp\w*|medel|medlen|"
                       r"statsbidrag\w*|pott\w*|money|sek|million|billion|amount|funds?|grant)\b", re.I)


def names_money(question: str) -> bool:
    """Whether a question speaks of money ("… av de 4,2 miljoner kronorna", "… of the grant")."""
    return _MONEY_RE.search(question) is not None


def _may_be_of(pair: tuple[Figure, Figure], texts: list[str], years: tuple[int, ...]) -> bool:
    """Whether a sentence's two compared figures can be the two years' asked: when each stands in a
    clause that names its one year, exactly those two ("1 486 … under 2010, jämfört med 1 102 under
    2009" is no change from 2010 to 2012); otherwise when the sentence names one of them at least
    ("610 miljoner kronor, att jämföra med 580 miljoner kronor för 2019")."""
    dated = [clause_year(texts[f.source], f.start) for f in pair]
    if None not in dated:
        return set(dated) == set(years)
    return bool(set(years) & {y for _, y in years_named(texts[pair[0].source])})


def _distance_to_year(f: Figure, texts: list[str], year: int) -> tuple[int, float]:
    """How far a figure stands from a year: first whether its clause names that year, another or
    none ("962 miljoner kronor år 2014 och 915 miljoner kronor år 2013": 915 is 2013's, though
    nearer to "2014"), then by characters."""
    dated = clause_year(texts[f.source], f.start)
    spots = [p for p, y in years_named(texts[f.source]) if y == year]
    return (0 if dated == year else 2 if dated is not None else 1), min((abs(p - f.start) for p in spots), default=1e9)


def shown(c: Computed, lang: str) -> str:
    """The calculation as text: "9,6 − 8,4 = 1,2 dagar", "30,6 / 31,9 miljoner = 95,9 %",
    "100 + 40 miljoner kr = 140 miljoner kr"."""
    a, b = c.operands[:2]
    sign = {"difference": "−", "sum": "+", "share": "/", "years": "−"}[c.kind]
    if c.kind == "sum" and len(c.operands) > 2:
        added = f" {sign} ".join(amount_text(f.value, f.unit, lang) for f in c.operands)
        return f"{added} = {amount_text(c.value, c.unit, lang)}"
    if c.kind == "years":
        a, b = b, a
        return f"{a.written} {sign} {b.written} = {result_text(c, lang)}"
    second = amount_text(b.value, b.unit, lang)
    left = f"{amount_text(a.value, a.unit, lang)} {sign} {f'({second})' if b.value < 0 else second}"
    if c.of_both:  # "53 600 / (53 600 + 31 500)"
        first = amount_text(a.value, a.unit, lang)
        left = f"{first} / ({first} + {second})"
    if c.kind == "share":
        rounded = round(c.value)
        about = f" (≈ {rounded} %)" if abs(c.value - rounded) >= 0.05 else ""
        return f"{left} = {result_text(c, lang)}{about}"
    return f"{left} = {result_text(c, lang)}"


def result_text(c: Computed, lang: str) -> str:
    """The computed figure with its unit: "5,5 procentenheter" (two shares differ by percentage
    points, not by a share), "95,9 %", "1,2 miljoner kr", "14 år"."""
    if c.kind == "years":
        return f"{format_number(c.value, lang)} {'år' if lang == 'sv' else 'years'}"
    if c.kind == "share":
        return f"{format_number(round(c.value, 1), lang)} %"
    if c.kind == "difference" and c.unit == "%":
        return f"{format_number(round(c.value, 1), lang)} {'procentenheter' if lang == 'sv' else 'percentage points'}"
    scale = _common_scale(c.operands)
    if not c.unit and scale:  # "13,5 miljoner − 11,8 miljoner" of days: "1,7 miljoner", as the operands
        number, one, many, english = scale
        value = round(c.value / number, 6)
        return f"{format_number(value, lang)} {(one if value == 1 else many) if lang == 'sv' else english}"
    return amount_text(c.value, c.unit, lang)


def _common_scale(operands: tuple[Figure, ...]) -> tuple[int, str, str, str] | None:
    """The scale all operands of a plain number are written with ("11,8 miljoner", "2 million"), if one."""
    found = {_scale_of(f.written) for f in operands}
    return found.pop() if len(found) == 1 else None


def amount_text(value: float, unit: str, lang: str) -> str:
    return format_amount(value, unit, lang)


# -- a count the question gives times a rate the source states per treatment ---------------------

_COUNT_WORD = r"[^\W\d_]+"
# a count of things the question names: "tio KBT-behandlingar", "20 MMR2-serier", "ten CBT treatments"
_GIVEN_COUNT_RE = re.compile(
    rf"(?<![\w,.])(\d{{1,5}}|{_COUNT_WORD})\s+(?=[^\W\d_])(?!(?:år|procent|kr|kronor|miljoner|"
    r"miljarder|mkr|years?|percent|%)\b)", re.I)
# what a rate is paid per: treatments or treatment series, possibly named ("tio KBT-behandlingar",
# "5 MMR2-behandlingar", "20 CBT treatments", "3 behandlingsserier MMR1"); never sessions
_TREATMENTS_RE = re.compile(
    r"(?:(?:KBT|IPT|MMR ?[12]?|CBT)[- ]?)?(?:behandlingar|behandlingsserier|serier|KBT|IPT|MMR ?[12]?|CBT|"
    r"treatments|treatment series|series|courses)\b|(?:KBT|IPT|MMR ?[12]?|CBT)[- ](?:behandlingar|treatments)\b",
    re.I)
_NAMED_BEFORE_RE = re.compile(r"(?:MMR|rehabilitering|rehabilitation|nivå|level|steg|step)\s*$", re.I)
# a rate the source states per item: "12 000 kronor per genomförd KBT/IPT", "45000 kr/behandlingsserie"
_RATE_RE = re.compile(rf"(?<![\d,])({DIGITS})\s*(kronor|kr|Mkr|mkr)\s*(?:per\b|/)", re.I)


def given_count(question: str) -> int | None:
    """The one count of treatments a question states ("Om ett landsting genomför tio
    KBT-behandlingar …"), or None when it states none or several. Years are not counts, nor a
    variant's number ("multimodal rehabilitation 2 series"), nor what is not a treatment ("de tre
    landstingen", "16 och 67 år", "åtta behandlingstillfällen")."""
    found = []
    for m in _GIVEN_COUNT_RE.finditer(question):
        if _NAMED_BEFORE_RE.search(question[:m.start()]) or not _TREATMENTS_RE.match(question, m.end()):
            continue
        word = m.group(1).casefold()
        value = int(word) if word.isdigit() else word_value(word)
        if value is None or is_year(word):
            continue
        found.append(value)
    return found[0] if len(found) == 1 and found[0] > 1 else None


def per_item_rate(text: str) -> Quantity | None:
    """The one amount a text states per treatment (or per anything), or None for none or several."""
    rates = _RATE_RE.findall(text)
    if len(rates) != 1:
        return None
    digits, unit = rates[0]
    scale = 1e6 if unit.casefold() == "mkr" else 1.0
    return Quantity(digits_value(digits) * scale, "kr", f"{digits} {unit}")
