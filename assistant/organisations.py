"""The organisations a question names, as a person types them: any of the data file's names or
abbreviations in any case and with or without å/ä/ö ("försäkringskassan", "skl", "Sveriges
kommuner och regioner"), and a region by its place alone ("östergötland", "Jönköpings"), always as
whole words. A word of a name ("Sveriges", "kommuner", "medicinska") names nobody.

Names come from ingest/data/organisations.toml; a region's place is its name without the Swedish
words for a region ("Region", "Landstinget i", "län", "läns landsting", "-regionen"). Regions and
municipalities the file lacks are found by ingest.metadata's naming patterns ("Region X", "X kommun")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.metadata import Organisation, aliases, organisations, organisations_in

_FOLD = str.maketrans("åäöéÅÄÖÉ", "aaoeaaoe")
_WORD = r"[^\W_]"


@dataclass(frozen=True)
class Mention:
    """A name of an organisation in a text: where it stands, as written, and which organisation."""

    start: int
    end: int
    written: str
    key: str  # the data file's name of the organisation (the name as written for one it lacks)
    place: str = ""  # the place, as written, when the text names a region by it ("östergötland")


def _fold(text: str) -> str:
    """Lower case without diacritics, one character for one (positions stay those of the text)."""
    return "".join(f if len(f := c.lower().translate(_FOLD)) == 1 else c for c in text)


_REGION_WORDS = ("Region", "Landstinget")


def region_place(name: str) -> str:
    """The place in a region's name ("Region Jönköpings län" -> "Jönköping", "Västra
    Götalandsregionen" -> "Västra Götaland", "Landstinget i Uppsala län" -> "Uppsala"); "" for a
    name that is not a region's. Before "län", "läns landsting" and "-regionen" the place stands
    in the genitive."""
    words = name.split()
    if len(words) >= 2 and words[-1] == "landsting" and words[-2] == "läns":
        place, genitive = " ".join(words[:-2]), True
    elif words and words[-1].endswith("regionen") and len(words[-1]) > len("regionen"):
        place, genitive = name.strip()[:-len("regionen")], True
    elif len(words) >= 2 and words[0] in _REGION_WORDS:
        rest = words[2:] if words[1] == "i" else words[1:]
        genitive = bool(rest) and rest[-1] == "län"
        place = " ".join(rest[:-1] if genitive else rest)
    else:
        return ""
    return place[:-1] if genitive and place.endswith("s") else place


def _places(org: Organisation) -> set[str]:
    return {p for p in (region_place(n) for n in (org.name, *org.names)) if p}


def _norm(folded: str) -> str:
    return " ".join(w for w in re.split(r"[\s-]+", folded) if w)


def _alternatives(folded_names: list[str]) -> str:
    return "|".join(r"[\s-]+".join(re.escape(w) for w in folded.split())
                    for folded in sorted(folded_names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One expression for every name and every region's place (longest first, names before places),
    and which organisation each folded name and place stands for. A name or place that two
    organisations share names neither."""
    names: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    for org in organisations():
        for name in (*org.names, org.name.split(" (")[0]):
            if re.search(r"[^\W\d_]", name):  # "1177" has no case to fold: ingest.metadata reads it
                names.setdefault(_norm(_fold(name)), set()).add(org.name)
        for place in _places(org):
            places.setdefault(_norm(_fold(place)), set()).add(org.name)
    by_name = {n: next(iter(keys)) for n, keys in names.items() if len(keys) == 1}
    by_place = {p: next(iter(keys)) for p, keys in places.items() if len(keys) == 1 and p not in names}
    abbreviations = [n for n in by_name if len(n) <= 4]
    words = [n for n in by_name if len(n) > 4]
    # a name may take the genitive ("skl:s", "försäkringskassans"; an abbreviation only with a
    # colon); a place may stand with the words for a region ("Region Jämtland", "Jönköpings län")
    pattern = (rf"(?<!{_WORD})(?:(?P<abbreviation>{_alternatives(abbreviations)})(?::s)?"
               rf"|(?P<name>{_alternatives(words)})(?::s|s)?"
               rf"|(?:region\s+|landstinget\s+(?:i\s+)?)?(?P<place>{_alternatives(list(by_place))})(?::s|s)?"
               rf"(?:\s+lans?(?:\s+landsting)?)?)(?!{_WORD})")
    return re.compile(pattern), by_name, by_place


# words that open a noun phrase, not a place's name: "Vilken kommun", "Varje region"
_NOT_PLACES = frozenset({"vilken", "vilket", "vilka", "varje", "en", "ett", "ingen", "någon", "samma", "denna",
                         "den", "din", "er", "hela", "annan", "egen", "which", "each", "every"})


def organisations_named(text: str) -> list[Mention]:
    """Every organisation a text names, in order of where it stands."""
    pattern, by_name, by_place = _matcher()
    mentions: list[Mention] = []
    for m in pattern.finditer(_fold(text)):
        written = text[m.start():m.end()]
        if m.group("place"):
            key = by_place[_norm(m.group("place"))]
            mentions.append(Mention(m.start(), m.end(), written, key, text[m.start("place"):m.end("place")]))
        else:
            mentions.append(Mention(m.start(), m.end(), written, by_name[_norm(m.group("abbreviation")
                                                                               or m.group("name"))]))
    for named in organisations_in(text):  # a region or municipality the data file lacks ("Östersunds kommun")
        if aliases(named.key) != (named.key,) or named.shown.split()[0].casefold() in _NOT_PLACES:
            continue
        at = text.find(named.shown)
        if at >= 0 and not any(at < x.end and x.start < at + len(named.shown) for x in mentions):
            mentions.append(Mention(at, at + len(named.shown), named.shown, named.key))
    return sorted(mentions, key=lambda x: x.start)
