"""Abbreviations and where a text spells one out.

Agencies write an abbreviation out once, in one of a few shapes, and use it bare afterwards:
"rehabkoordinatorer (RK)", "Nationella registret över smärtrehabilitering (NRS)",
"FMR (försäkringsmedicinsk rådgivare)", "NRS – Nationella registret …", "RK: rehabkoordinator",
"iKBT står för internetbaserad KBT", a glossary table's row "| NRS | Nationella registret … |",
"rehabkoordinatorer (i denna plan förkortat RK)". The words that spell it out begin with its first letter and
hold its other letters in order ("försäkringsmedicinsk rådgivare" for FMR; within a compound:
"rehabkoordinator" for RK)."""

from __future__ import annotations

import re

# an abbreviation as written: two to seven capitals, maybe a lowercase first letter ("iKBT"), a
# digit or a hyphened suffix ("MMR1", "IPT-A"); not a capitalised word ("Region")
ABBREVIATION_RE = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?P<abbreviation>[a-zåäö]?[A-ZÅÄÖ]{2,7}\d?(?:-[A-ZÅÄÖ]{1,3})?)(?![\wåäöÅÄÖ])")

_WORD_RE = re.compile(r"[^\W\d_][\wåäö-]*")
# what follows an abbreviation that is about to be spelt out: a dash, a colon, an equals sign or
# an opening parenthesis, or a verb that says so; emphasis and quotes may close around it first
_AFTER_RE = re.compile(r"[*\"'”’]*\s*(?:[–—:=|-]|\(|står\s+för|betyder|stands\s+for|means)\s*", re.I)
_PHRASE_END_RE = re.compile(r"[).;,|\n]")
# a parenthesis may say how the abbreviation is made before naming it: "rehabkoordinatorer (i denna
# plan förkortat RK)", "(nedan kallad FMT)"
_OPENED_RE = re.compile(r"\(([^()]{0,50})$")
_EXTRA_WORDS = 3  # the words that spell out an abbreviation of n letters: at most n + this many


def _letters(abbreviation: str) -> str:
    return "".join(ch for ch in abbreviation.casefold() if ch.isalpha())


def _spelt(letters: str, words: list[str]) -> bool:
    """Whether `words` begin with the abbreviation's first letter and hold the rest in order."""
    if not words or len(words) > len(letters) + _EXTRA_WORDS:
        return False
    phrase = " ".join(words).casefold()
    if phrase[0] != letters[0] or phrase.replace("-", "") == letters:
        return False
    at = 1
    for ch in letters[1:]:
        at = phrase.find(ch, at) + 1
        if at == 0:
            return False
    return True


def spells_out(abbreviation: str, text: str) -> bool:
    """Whether `text` spells `abbreviation` out: the words after it ("NRS – Nationella …", "FMR
    (försäkringsmedicinsk rådgivare)") or before it in parentheses ("rehabkoordinatorer (RK)")."""
    letters = _letters(abbreviation)
    if len(letters) < 2:
        return False
    for m in re.finditer(rf"(?<![\wåäöÅÄÖ-]){re.escape(abbreviation)}(?![\wåäöÅÄÖ])", text):
        after = _AFTER_RE.match(text, m.end())
        if after:
            rest = text[after.end():after.end() + 160]
            end = _PHRASE_END_RE.search(rest)
            words = _WORD_RE.findall(rest[:end.start()] if end else rest)
            if any(_spelt(letters, words[:n]) for n in range(1, len(letters) + _EXTRA_WORDS + 1)):
                return True
        before = text[max(0, m.start() - 160):m.start()]
        opened = _OPENED_RE.search(before)
        if opened and len(_WORD_RE.findall(opened.group(1))) <= 6:
            words = _WORD_RE.findall(before[:opened.start()])
            if any(_spelt(letters, words[i:]) for i in range(max(0, len(words) - len(letters) - _EXTRA_WORDS),
                                                            len(words))):
                return True
    return False
