"""The shape of an answer unit among its neighbours: whether it is a heading, what its list is
titled, whether it refers back to the sentence before, where its clauses part. Pure functions
over the units of retrieved passages; the extractive answerer decides what to do with them."""

from __future__ import annotations

import re

from assistant.facts import PATTERNS
from assistant.models import Hit
from assistant.units import Unit
from ingest.analysis import analyze
from ingest.cleaning import NUMBERED_ITEM_RE
from ingest.dates import MONTH_NAME, YEAR, dates_in, is_year, years_in
from ingest.numbers import CURRENCY_BEFORE


def list_title(unit: Unit, hit: Hit) -> str:
    """What a list item's list is about: its lead-in, or else the line just above the list (a
    heading)."""
    if unit.context:
        return unit.context
    if unit.block == 0:
        return hit.section  # the list opens the passage: the line above it is its section's heading
    blocks = hit.text.split("\n\n")
    above = blocks[unit.block - 1].strip() if unit.block <= len(blocks) else ""
    return above if above and "\n" not in above else ""


# where a sentence's clauses part: a semicolon, a parenthesis that holds a figure ("(151 MMR1 och
# 53 MMR2)"; not an abbreviation's, "(KBT)"); a comma before a clause that adds
# to, compares with or breaks down what went before (", varav", ", jämfört med", ", vilket",
# ", en ökning", ", compared with", ", of whom"), or before "och"/"and" that opens a new clause;
# "jämfört med"/"compared with" without a comma; "samt"; "och"/"and" right before another figure ("4 000
# kronor per KBT och 15 000 kronor per MMR1-serie", "1 330 kvinnor och 610 män") and a comma right
# before an amount ("SEK 12,000 per CBT, SEK 25,000 per MMR1 and SEK 45,000 per MMR2"), but not right after one
# (a range: "mellan 20 och 30 procent", "1 och 15 mars") unless that one is the year of a figure
# before ("412 år 2009 och 596 år 2010"); "till"/"to" after such a year in a change from one year's
# figure to another's ("från 3 940 år 2017 till 5 210 år 2018")
_AMOUNT_AHEAD = rf"(?i:{PATTERNS['amount'].pattern})|{CURRENCY_BEFORE}\s?\d"
CLAUSE_RE = re.compile(
    r"(?:;\s+|\s+\((?=[^()]*\d)|"
    r",\s+(?=(?:varav|samt|men|medan|vilket|jämfört|att jämföra|en ökning|en minskning|och|"
    r"of whom|of which|which|compared|up from|down from|an increase|a decrease|but|while|and)\b)|"
    rf",\s+(?={_AMOUNT_AHEAD})|"
    r"\s+(?=(?:jämfört med|compared (?:with|to))\b)|\s+samt\s+|"
    rf"\s+(?:och|and)\s+(?={_AMOUNT_AHEAD}|\d)|"
    rf"(?<=\d)\s+(?:till|to)\s+(?=\d))")
# a bare number just before "och"/"and": the two ends of a range
_RANGE_START_RE = re.compile(r"(?:^|[\s(–-])\d[\d\s,.]*$")
# a year ending the text before "och"/"till" ("… 412 år 2009", "… 3 940 (2017)")
_YEAR_END_RE = re.compile(rf"(?<![\d,.])(?:{YEAR})\)?$")
# what makes that year a date's or a period's: a month (or a day and month) before it ("januari
# 2019", "1 mars 2019", "1/3 2019"), or a date opening the text after ("31 mars 2020", "31/12 2019")
_MONTH_END_RE = re.compile(rf"(?:\b(?:{MONTH_NAME})\.?|\d{{1,2}}[/.]\d{{1,2}})\s*$", re.I)
_DAY_MONTH_END_RE = re.compile(rf"\b[0-3]?\d\s+(?:{MONTH_NAME})\.?\s*$", re.I)
_DATE_START_RE = re.compile(rf"[0-3]?\d(?:\s+(?:{MONTH_NAME})\b|[/.][01]?\d\b)", re.I)
_FROM_RE = re.compile(r"\b(?:från|from)\b", re.I)  # a change from one figure to another


def _number_at(text: str) -> str:
    """The digits a text opens with, after a currency written before them ("SEK 1,040 million");
    "" when it opens with none."""
    m = re.match(rf"(?:{CURRENCY_BEFORE}\s?)?(\d+)", text)
    return m.group(1) if m else ""


def _year_of_a_figure(before: str, after: str, word: str) -> bool:
    """Whether the text before "och"/"till" ends with the year of a figure it states and the text
    after opens with another figure, not a year: "412 år 2009 och 596 år 2010", "2,1 miljoner kronor
    för september–december 2013 och 4,8 miljoner …"; not a range of years ("2015 och 2016") nor a
    date's year ("från 1 januari 2019 till 31 mars 2019")."""
    m = _YEAR_END_RE.search(before.rstrip())
    number = _number_at(after)
    if m is None or not number or is_year(number) or _DATE_START_RE.match(after):
        return False
    head = before[:m.start()]
    # a period's end before "till" ("januari 2019 till 31 mars 2020"); before "och" only a date's year
    # ("den 1 mars 2019 och …"), not a period's ("september–december 2013 och 4,8 miljoner …")
    month = _MONTH_END_RE if word in ("till", "to") else _DAY_MONTH_END_RE
    return not month.search(head) and re.search(r"\d", head) is not None


def clauses(text: str) -> list[tuple[int, int]]:
    """Where a sentence's clauses stand (CLAUSE_RE), as (start, end) spans of non-blank text."""
    separators = []
    for m in CLAUSE_RE.finditer(text):
        word = m.group().strip()
        paired = _year_of_a_figure(text[:m.start()], text[m.end():], word)
        if word in ("och", "and") and _RANGE_START_RE.search(text[:m.start()]) and not paired:
            continue
        if word in ("till", "to") and not (paired and _FROM_RE.search(text[:m.start()])
                                           and years_in(text[m.end():].split(",")[0].split(";")[0])):
            continue  # "från 3 940 år 2017 till 5 210 år 2018", not "höjdes 2019 till 14 miljoner"
        separators.append(m)
    starts = [0, *(m.end() for m in separators)]
    ends = [*(m.start() for m in separators), len(text)]
    return [(a, b) for a, b in zip(starts, ends, strict=True) if text[a:b].strip()]


# a sentence that spells out the one before it: "Det gäller bland annat …", "These are …"
ELABORATES_RE = re.compile(
    r"^(?:Det|Detta|Dessa|De|This|These|They)\s+(?:gäller|är|handlar om|omfattar|innebär|includes?|are|cover)\b"
)


_REFERRING_RE = re.compile(r"^(?:Det|Detta|Dessa|De|Den|Denna|Där|Då|This|These|It|They|There)\b")


def refers_back(sentence: str, previous: str) -> bool:
    """Whether a sentence opens by pointing at the one before it: a pronoun ("Detta …"), or the
    definite form of a word that sentence used ("… tillstånd …" / "Tillståndet …")."""
    if not previous or _REFERRING_RE.match(sentence):
        return bool(previous)
    first = re.match(r"[^\W\d_]+", sentence)
    return first is not None and bool(set(analyze(first.group(0))) & set(analyze(previous)))


# a sentence that only makes sense with the one before it: it opens with a demonstrative ("Detta
# innebär …", "These are …"; not "Det finns …", "Den 1 januari …", "It is …", whose "det", "den",
# "it" point at nothing), or draws its conclusion from it ("Vi reserverar oss därför …", "Det saknas
# därmed …"; not "därför att …", which gives its own reason, nor "thus far")
_DEMONSTRATIVE_RE = re.compile(r"^(?:Detta|Dessa|Denna|This|These)\b")
_CONCLUSION_RE = re.compile(r"\b(?:därför(?!\s+att\b)|därmed(?!\s+inte\s+sagt\b)|således|alltså|therefore|"
                            r"thus(?!\s+far\b)|for this reason)\b", re.I)


def points_back(sentence: str) -> bool:
    return bool(_DEMONSTRATIVE_RE.match(sentence) or _CONCLUSION_RE.search(sentence))


def goes_on_about(sentence: str, previous: str) -> bool:
    """Whether a sentence goes on about what the one before it spoke of: it opens with a
    demonstrative ("Dessa är …") or with the definite form of a word that sentence used ("… en extern
    utvärdering." / "Utvärderingen visade …"); "Det finns …", "It is …" point at nothing."""
    return refers_back(sentence, previous) and (bool(_DEMONSTRATIVE_RE.match(sentence))
                                                or not _REFERRING_RE.match(sentence))


def previous_sentences(units: list[Unit]) -> list[str]:
    """For each sentence, the sentence before it in the same paragraph ("" for the first)."""
    out = []
    for i, unit in enumerate(units):
        prior = units[i - 1] if i else None
        same = (prior is not None and unit.kind == "sentence" and prior.kind == "sentence"
                and prior.hit == unit.hit and prior.block == unit.block)
        out.append(prior.text if same and prior is not None else "")
    return out


# a labelled value with a number: "Dnr: REV 2022/14", "Diarienummer: 4.1-1234/2015" states it
_LABELLED_NUMBER_RE = re.compile(r"^[^\W\d_][\w.\- ]{0,30}:\s+\S*\d")


# a numbered section heading: a number, a few words, no closing stop and no figure
_NUMBERED_HEADING_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[^\W\d_][^\d.!?:]{0,60}$")


def heading_like(unit: Unit, hits: list[Hit]) -> bool:
    """A heading or a link's title standing alone ("Frågor och svar kring rehabiliteringsgarantin
    2015"), or a lead-in that ends in a colon ("Antal registrerade avslutade behandlingar …:"): it
    names a topic but states nothing, so it is never an answer on its own. A lead-in without the
    colon ("Landstingen rapporterar … till Försäkringskassan" above its dates) states a fact."""
    text = unit.text.strip()
    blocks = hits[unit.hit].text.split("\n\n")
    alone = unit.block >= len(blocks) or "\n" not in blocks[unit.block].strip()
    last = unit.block < len(blocks) and blocks[unit.block].rstrip().endswith(text)  # nothing after it in its block
    if unit.kind == "item" and last and _NUMBERED_HEADING_RE.match(text):
        # "4. Väntetider", "2.1 Bakgrund": a numbered section's heading, when a paragraph follows it
        # (an item of a numbered list whose items stand apart has another item beside it)
        following = blocks[unit.block + 1].strip() if unit.block + 1 < len(blocks) else ""
        before = blocks[unit.block - 1].strip() if unit.block > 0 else ""
        return bool(following) and not NUMBERED_ITEM_RE.match(following) and not NUMBERED_ITEM_RE.match(before)
    if unit.kind != "sentence" or text.endswith((".", "!", "?", "”", '"')):
        return False
    if text.endswith(":"):
        return True
    states = (any(PATTERNS[k].search(text) for k in ("amount", "date", "percent", "age")) or bool(dates_in(text))
              or bool(_LABELLED_NUMBER_RE.match(text)))
    return alone and len(text.split()) <= 12 and not states  # "… MMR2 är 45 000 kronor 2015" states one
