"""Abbreviations and where a text spells one out.

Agencies write an abbreviation out once, in one of a few shapes, and use it bare afterwards:
"rehabkoordinatorer (RK)", "Nationella registret över smärtrehabilitering (NRS)",
"FMR (försäkringsmedicinsk rådgivare)", "NRS – Nationella registret …", "RK: rehabkoordinator",
"iKBT står för internetbaserad KBT", a glossary table's row "| NRS | Nationella registret … |",
"rehabkoordinatorer (i denna plan förkortat RK)". Each word that spells it out (not "och", "över",
"of") gives it letters in order, its own first letter first ("Nationella registret över
smärtrehabilitering" for NRS; several from one compound: "försäkringsmedicinsk rådgivare" for FMR,
"rehabkoordinator" for RK)."""

from __future__ import annotations

import re

# an abbreviation as written: two to seven capitals, maybe a lowercase first letter ("iKBT"), a
# digit or a hyphened suffix ("MMR1", "IPT-A"); not a capitalised word ("Region"), not an owner ("SKR:s")
ABBREVIATION_RE = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?P<abbreviation>[a-zåäö]?[A-ZÅÄÖ]{2,7}\d?(?:-[A-ZÅÄÖ]{1,3})?)(?![\wåäöÅÄÖ]|[:'’]s\b)")

# an abbreviation that names a thing a question asks about ("SKL", "KI", "FoU", "MMR" in "MMR2"):
# two to five letters, capitals first and last, none followed by a lowercase letter
NAME_ABBREVIATION_RE = re.compile(r"(?<![\wåäöÅÄÖ])[A-ZÅÄÖ][A-ZÅÄÖa-z]?[A-ZÅÄÖ]{1,3}(?![a-zåäö])")

_WORD_RE = re.compile(r"[^\W\d_][\wåäö-]*")
# the small words an abbreviation leaves out: "Nationella registret över smärtrehabilitering" (NRS)
_SMALL_WORDS = frozenset({"och", "över", "för", "i", "av", "på", "med", "till", "vid", "om", "en", "ett", "the", "of",
                          "and", "for", "in", "on", "to", "at", "a", "an", "&"})
# what follows an abbreviation that is about to be spelt out: a dash (with a space before it: not
# the hyphen of "RK-rollen"), a colon, an equals sign, a table's cell border or an opening
# parenthesis, or a verb that says so; emphasis and quotes may close around it first
_AFTER_RE = re.compile(r"[*\"'”’]*(?:\s*[–—:=|(]|\s+-)\s*|\s+(?:står\s+för|betyder|stands\s+for|means)\s+", re.I)
_PHRASE_END_RE = re.compile(r"[).;:,|\n\d]")  # a figure ends it too: "NRS: nu 40 anslutna enheter"
# a parenthesis may say how the abbreviation is made before naming it: "rehabkoordinatorer (i denna
# plan förkortat RK)", "(nedan kallad FMT)"; not a reference to it ("(se NRS)", "(källa: NRS)")
_OPENED_RE = re.compile(r"\(((?:[^()]{0,40}\b(?:förkortat|förkortad|förkortas|förk\.|kallad|kallat|kallas|nedan|"
                        r"hädanefter|hereafter|abbreviated|called)\s+)?)$", re.I)


def _letters(abbreviation: str) -> str:
    return "".join(ch for ch in abbreviation.casefold() if ch.isalpha())


def _spelt(letters: str, words: list[str]) -> bool:
    """Whether `words` spell out `letters`: each word but the small ones gives the next letter as
    its first, and maybe the following ones from inside it, until every letter is given."""
    content = [w.casefold() for w in words if w.casefold() not in _SMALL_WORDS]
    if not content or len(content) > len(letters) or "".join(content).replace("-", "") == letters:
        return False

    def match(i: int, at: int) -> bool:  # content[i:] give letters[at:]
        if i == len(content):
            return at == len(letters)
        word = content[i]
        if at == len(letters) or word[0] != letters[at]:
            return False
        at, pos = at + 1, 1
        while True:
            if match(i + 1, at):
                return True
            if at == len(letters):
                return False
            pos = word.find(letters[at], pos) + 1  # the next letter from inside the word
            if pos == 0:
                return False
            at += 1

    return match(0, 0)


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
            if any(_spelt(letters, words[:n]) for n in range(1, len(letters) * 2 + 1)):
                return True
        before = text[max(0, m.start() - 160):m.start()]
        opened = _OPENED_RE.search(before)
        if opened:
            words = _WORD_RE.findall(before[:opened.start()])
            if any(_spelt(letters, words[i:]) for i in range(max(0, len(words) - len(letters) - 1), len(words))):
                return True
    return False
