"""Is this text a person could read? For files that claim to be text (.txt, .md, .html): the bytes
must decode as UTF-8, or as Windows-1252 when nearly all of it is then letters, and what they
say must be mostly words, not noise. Random bytes, a binary file renamed .txt or a dump of
base64 fail; agency prose, lists, tables of figures and abbreviations (KBT, MMR1, 2015-04-02)
pass. Rules of written Swedish and English, not of any one document."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MIN_LETTER_SHARE_CP1252 = 0.6  # of the non-space characters, when the bytes are not UTF-8
MIN_WORD_SHARE = 0.5  # of the characters in tokens
MIN_VOWEL_SHARE = 0.28  # of lowercase Latin letters: Swedish and English prose run 0.35–0.40, random letters 0.23
SAMPLE_CHARS = 20_000  # per sample; a long text is judged on ten samples spread over it
_EDGE = "\"'“”‘’«»()[]{}<>.,;:!?*_#|~^`=+•–—-…§/\\"
_NUMBERISH_RE = re.compile(r"[+\-−–]?\d[\d.,:/%–\-−×x]*[^\W\d_]{0,4}")
_WORDISH_RE = re.compile(r"[^\W\d_]+(?:[-'’./:&][^\W\d_]+)*\d{0,3}")
_VOWELS = set("aeiouyåäöéèêëáàâæøüïîíóòôúùû")


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""  # "encoding", "words" or "vowels"
    share: float = 1.0  # the share that was measured


def decode(data: bytes) -> tuple[str | None, str]:
    """(text, encoding): UTF-8 (BOM or not) if it decodes, else Windows-1252 if it decodes and
    is mostly letters, else (None, "")."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, ""
    return (text, "cp1252") if letter_share(text) >= MIN_LETTER_SHARE_CP1252 else (None, "")


def letter_share(text: str) -> float:
    visible = [c for c in text[:200_000] if not c.isspace()]
    return sum(c.isalpha() for c in visible) / len(visible) if visible else 0.0


def _samples(text: str) -> list[str]:
    if len(text) <= SAMPLE_CHARS * 10:
        return [text]
    step = (len(text) - SAMPLE_CHARS) // 9
    return [text[i * step:i * step + SAMPLE_CHARS] for i in range(10)]


def _is_word(token: str) -> bool:
    if _NUMBERISH_RE.fullmatch(token):
        return True
    if len(token) > 40 or not _WORDISH_RE.fullmatch(token):
        return False
    letters = [c for c in token.lower() if c.isalpha()]
    latin = all("LATIN" in unicodedata.name(c, "") for c in letters)
    # a lowercase Latin word of four letters or more has a vowel; abbreviations (KBT, SKR) are capitals
    return not latin or len(letters) < 4 or token.isupper() or any(c in _VOWELS for c in letters)


def word_share(text: str) -> float:
    """The share of characters (in whitespace-separated tokens, punctuation trimmed) that are in
    tokens shaped like words or numbers."""
    words = total = 0
    for sample in _samples(text):
        for raw in sample.split():
            token = raw.strip(_EDGE)
            if not token:
                continue
            total += len(token)
            if _is_word(token):
                words += len(token)
    return words / total if total else 0.0


def vowel_share(text: str) -> float | None:
    """Vowels among the lowercase Latin letters (None below 200 of them: too few to judge)."""
    letters = [c for c in "".join(_samples(text)) if c.islower() and "LATIN" in unicodedata.name(c, "")]
    if len(letters) < 200:
        return None
    return sum(c in _VOWELS for c in letters) / len(letters)


def check_text(text: str) -> Verdict:
    share = word_share(text)
    if share < MIN_WORD_SHARE:
        return Verdict(False, "words", share)
    vowels = vowel_share(text)
    if vowels is not None and vowels < MIN_VOWEL_SHARE:  # letters strung together at random
        return Verdict(False, "vowels", vowels)
    return Verdict(True, "", share)


def check_bytes(data: bytes) -> Verdict:
    text, _ = decode(data)
    if text is None:
        return Verdict(False, "encoding", 0.0)
    return check_text(text)
