"""What the answerer needs to know about a question, worked out once per question: its terms with
their rarity weights (typos and chat spellings mapped to the corpus's words), the things it names,
the kind of fact it asks for and whether it asks for a definition, a person or a list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering import coordination
from assistant.answering.subject import asked_topic
from assistant.data import question_types
from assistant.expansion import Anchor, anchor_groups, coverage_heads, mapped_terms, matched_groups
from assistant.organisations import organisations_named
from assistant.people import asks_for_person
from assistant.query import Query
from assistant.spelling import Speller
from assistant.vocabulary import QUESTION_WORDS, document_noun, proper_words
from ingest.abbreviations import ABBREVIATION_RE, NAME_ABBREVIATION_RE
from ingest.analysis import analyze
from ingest.dates import is_year
from ingest.metadata import aliases

FACT_KINDS = frozenset({"amount", "date", "percent", "age", "duration", "elapsed", "sessions", "count", "year",
                        "reason", "organisation", "when", "reference"})


@dataclass(frozen=True)
class Question:
    query: Query
    terms: dict[str, float]  # analysed term -> weight (rarity; expansions count half)
    entities: tuple[Anchor, ...]  # the specific things it names (a treatment, a region, a grant)
    names: tuple[tuple[tuple[str, ...], ...], ...]  # proper names it names, each as its analysed
    # alternatives ("KI" / "Karolinska Institutet"): a region, an agency, a person
    kind: str  # the kind of fact asked (query.kind), or definition / person
    asked_for: frozenset[str] = frozenset()  # what a list question asks for ("Vilka områden …")
    unknown: float = 0.0  # share of its content words that no document uses, even allowing typos
    uncovered: tuple[tuple[str, ...], ...] = ()  # staff terms no document speaks of ("waiting time")
    rare: tuple[str, ...] = ()  # its two rarest known terms
    source: frozenset[str] = frozenset()  # what it asks about a document itself: "publisher", "date"
    unknown_topic: str = ""  # its topic ("Vad kostar X?"), when X is a Swedish word no document uses
    parts: tuple[str, str] | None = None  # the two questions of one that asks two things (coordination.py)
    defined: frozenset[str] = frozenset()  # for a definition question: what it asks to have defined
    abbreviation: str = ""  # for a definition question: the abbreviation it asks about ("Vad är NRS?" -> "NRS")
    spelling: bool = False  # it asks what an abbreviation stands for ("Vad står NRS för?", "What does RK mean?")
    own: frozenset[str] = frozenset()  # the terms its own words give (not the expansions' alternatives)
    english_only: frozenset[str] = frozenset()  # of an English question's terms, those no Swedish document uses

    @property
    def asks_fact(self) -> bool:
        return self.kind in FACT_KINDS

    @property
    def total(self) -> float:
        return sum(self.terms.values()) or 1.0

    def foreign_to(self, language: str) -> frozenset[str]:
        """The terms a unit in `language` cannot hold: an English question's words that only
        English documents use, for a unit that is not English."""
        return self.english_only if language != "en" else frozenset()

    def total_for(self, language: str) -> float:
        """The weight of the terms a unit in `language` could hold: an English question's words
        that only English documents use do not count against a Swedish unit."""
        foreign = self.foreign_to(language)
        if not foreign:
            return self.total
        return sum(w for t, w in self.terms.items() if t not in foreign) or 1.0


_DEFINITION_RE = re.compile(
    r"^(?:och\s+)?(?:vad|va)\s+(?:är|e|betyder|innebär|menas med|avses med)\s+(?!det\b)"
    r"|^(?:och\s+)?(?:vad|va)\s+står\s+(?!det\b|i\b)(?:\S+\s+){1,3}?för\b"  # not "Vad står det i planen för belopp?"
    # also opening a clause after a comma ("In the Uppsala FAQ, what is SMR?"), and as chat writes it ("whats")
    r"|(?:^|[,:;]\s*)(?:and\s+)?what(?:\s+(?:is|are)|'s|’s|s)\s+(?!the\s+(?:rate|amount|total|deadline|share|number))"
    # "What does MMR stand for?" asks for a definition; "What does ISF recommend?" does not
    r"|^(?:and\s+)?what\s+(?:does|do)\s+(?:\S+\s+){0,5}?(?:mean|stand\s+for)\b"
    r"|\bvad\s+(?:innebär|betyder)\b|\bwhat\s+(?:is\s+meant\s+by|does\s+\S+\s+mean)\b"
    r"|\bwhat\s+does\s+(?:the\s+(?:abbreviation|acronym)\s+)?\S+\s+stand\s+for\b"
    r"|\bvad\s+(?:avses|menas)\s+med\b|\bhur\s+(?:definieras|beskrivs|förklaras)\b|\bhur beskriver\b.*\bvad\b"
    # what counts as something, and how (or with what word) a named writer defines it: "Vad räknas som en
    # avslutad behandling?", "What counts as …?", "Hur definierar Socialstyrelsen …?", "How does SKR's
    # Q&A define …?", "Vad menar SKL med årsarbetare?"
    r"|^(?:och\s+)?(?:vad|va)\s+räknas\s+som\b|^(?:and\s+)?what\s+counts\s+as\b|\bhur\s+definierar\b"
    r"|\bhow\s+(?:does|do)\s+(?:\S+\s+){1,8}?define\b|\bvad\s+menar\s+(?:\S+\s+){1,4}?med\b"
    r"|\bvad\s+(?:gör|är)\s+en\b|\bhow\s+(?:is|are)\s+\S+(?:\s+\S+)?\s+defined\b|\bwhat\s+(?:is|are)\s+an?\b"
    r"|\bdefinition\b",
    re.I,
)
_DEFINED_END_RE = re.compile(r"\s(?:för|i|enligt|inom|hos|vid|på|under|in|for|according|at|within|by)\s|[?,;]", re.I)


# a cue that stands around what it asks to have defined: "Vad står (förkortningen) NRS för?",
# "What does RK mean?", "What does the abbreviation FMT stand for?"; not "What does ISF mean by …?"
_AROUND_RE = re.compile(r"\bstår\s+(?P<sv>[^?]{1,40}?)\s+för\b"
                        r"|\bwhat\s+(?:does|do)\s+(?P<en>[^?]{1,40}?)\s+(?:mean|stand\s+for)\b(?!\s+by\b)", re.I)


def defined_span(text: str) -> str:
    """What a definition question asks to have defined, as written: what follows its cue, up to
    the first preposition ("Hur definieras väntetid i Region X:s uppföljning?" -> "väntetid";
    "Vad innebär rehabiliteringsgarantin för landstingen?" -> "rehabiliteringsgarantin"), or what
    the cue stands around ("Vad står NRS för i SKL:s svar?" -> "NRS"); "" for another question."""
    stripped = text.strip()
    found = _DEFINITION_RE.search(stripped.casefold())
    if found is None:
        return ""
    around = _AROUND_RE.search(stripped)
    if around:
        return around.group("sv") or around.group("en")
    rest = re.sub(r"^\s*by\b", "", stripped[found.end():], flags=re.I)  # "What does ISF mean by 'net days'?"
    cut = _DEFINED_END_RE.search(rest)
    return rest[:cut.start()] if cut else rest


def defined_words(text: str) -> frozenset[str]:
    """The analysed words of what a definition question asks to have defined (defined_span)."""
    return frozenset(analyze(defined_span(text)))


# what an abbreviation stands for, not what the thing is: "Vad står NRS för?", "Vad betyder
# förkortningen iKBT?", "What does RK mean / stand for?"
_SPELLING_RE = re.compile(r"\bstår\s+[^?]{1,40}?\s+för\b|\bbetyder\b|\bförkortning\w*|\bstands?\s+for\b|\bmean\b|"
                          r"\babbreviation\b|\bacronym\b", re.I)


def asked_abbreviation(text: str) -> str:
    """The abbreviation a definition question asks to have spelt out ("Vad står NRS för?" -> "NRS",
    "What does the 'A' in IPT-A stand for?" -> "IPT-A"), or ""."""
    return _abbreviation_in(defined_span(text))


def _abbreviation_in(span: str) -> str:
    found = ABBREVIATION_RE.search(span)
    return found.group("abbreviation") if found else ""


_LIST_HEAD_RE = re.compile(r"\b(?:vilka|which|what)\s+([^\W\d_]{4,})", re.I)


# who published a document, or when: answered from the document's metadata, but only when what
# is asked about is a document ("Vem gav ut rapporten?", not "Vem står bakom satsningen?"). Each
# cue's `object` is where the thing asked about stands: after the verb ("Vem publicerade X"),
# between ("När gavs X ut", "When was X published") or after a noun ("utgivare av X").
_REST = r"(?P<object>[^?!.;]*)"
_PUBLISHER_RES = tuple(re.compile(p, re.I) for p in (
    r"\b(?:vem|vilken (?:myndighet|organisation|region)|vilket (?:landsting|departement))\s+(?:\S+\s+){0,2}?"
    r"(?:gav ut|har gett ut|ger ut|utgav|publicerade|publicerar|har publicerat|står bakom|skickade ut)\b" + _REST,
    r"\bwho (?:published|publishes|has published|issued|issues|put out|puts out|released|releases|is behind)\b"
    + _REST,
    r"\bwhich (?:agency|organisation|organization|body) (?:published|issued|released)\b" + _REST,
    r"\b(?:utgivare|utgivaren|avsändare|avsändaren|who is the publisher|publisher)\b"
    r"(?:\s+(?:av|för|till|på|bakom|of|for)\b" + _REST + ")?",
))
_PUBLISHED_RES = tuple(re.compile(p, re.I) for p in (
    r"\bnär (?:\S+\s+){0,2}?(?:publicerades|uppdaterades|släpptes|daterades|gavs ut)\b" + _REST,
    # the publisher as the subject: "När publicerade Region Halland pressmeddelandet?", "When did SKR publish …?"
    r"\bnär (?:publicerade|uppdaterade|släppte|gav)\b" + _REST,
    r"\bwhen did\s+(?:\S+\s+){1,4}?(?:publish|release|issue|update)\b" + _REST,
    # the day a decision was taken is the date of the decision itself ("… och vilket datum fattades det?")
    r"\b(?:när|vilket datum)\s+(?:fattades|togs)\b" + _REST,
    # "Vilket datum fattade nämnden beslutet om …?": the decision named anywhere in the question (an
    # `object` group that never matches, so _about_a_document searches the whole question)
    r"\b(?:när|vilket datum)\s+fattade\b(?:(?P<object>(?!)))?",
    r"\bnär (?:\S+\s+){0,2}?(?:gavs|kom)\s+(?P<object>(?:\S+\s+){1,6}?)ut\b",
    r"\bnär (?:är|var)\s+(?P<object>(?:\S+\s+){1,8}?)(?:daterad\w*|daterat)\b",
    # "Vilket datum och diarienummer har X?": the date asked beside another of its particulars
    r"\bvilket datum\s+(?:(?:och|samt)\s+(?:\S+\s+){1,2}?)?har\b" + _REST,
    r"\b(?:what|which) date does\s+(?P<object>(?:\S+\s+){1,8}?)(?:carry|have|bear)\b",
    # not "the start date of"; "the date and the diary number (dnr) of"
    r"\b(?:the|and)\s+date(?:\s+and\s+(?:the\s+)?\w+(?:\s+\w+)?(?:\s*\([^)]*\))?)?\s+of\b" + _REST,
    r"\bwhen was\s+(?P<object>(?:\S+\s+){0,14}?)(?:last\s+)?(?:published|updated|issued|released|dated|written)\b",
    r"\b(?:publiceringsdatum(?:et)?|publication date)\b(?:\s+(?:för|på|av|of|for)\b" + _REST + ")?",
))
# who wrote a document ("Vem har skrivit PM:et …?", "Who wrote the memo?"): its author as the
# document names them (assistant/people.author_of)
_AUTHOR_RES = tuple(re.compile(p, re.I) for p in (
    r"\b(?:vem|vilka)\s+(?:\S+\s+){0,2}?(?:har skrivit|skrev|har författat|författade|har tagit fram|tog fram|"
    r"har sammanställt|sammanställde|har upprättat|upprättade)\b" + _REST,
    r"\bwho (?:wrote|authored|has written|prepared|compiled|drew up)\b" + _REST,
    # the noun only as what is asked ("Vem är författare till …?"), never as the subject of another
    # verb ("Vad rekommenderar författarna …?" asks what the report says)
    r"\b(?:vem|vilka)\s+(?:är|var)\s+(?:författare|författaren|författarna)\b(?:\s+(?:av|till|för|bakom)\b)?"
    + _REST,
    r"\bwho (?:is|are|was|were) the authors?\b(?:\s+(?:of|behind)\b)?" + _REST,
))
_AND_WHEN_RE = re.compile(r"\b(?:och|o) (?:när|vilket datum)\b|\band (?:when|(?:on )?what date)\b", re.I)
_OBJECT_WORD_RE = re.compile(r"[\w:'’-]+")
_PRONOUNS = frozenset({"den", "det", "denna", "detta", "it", "this", "that"})
_DETERMINERS = frozenset({"denna", "detta", "dessa", "this", "that", "these", "those"})  # not "den" (… den senast)


@lru_cache(maxsize=1)
def _phrase_ends() -> frozenset[str]:
    """The words that end the phrase that names what is asked about (assistant/data/
    question_types.toml [documents])."""
    return frozenset(w.casefold() for w in question_types()["documents"]["phrase_ends"])


def _about_a_document(obj: str | None, text: str) -> bool:
    """Whether the phrase a cue asks about names a document: its words up to a preposition, a
    conjunction or a figure; a pronoun ("När publicerades den?") stands for a document the question
    names elsewhere. None (a noun cue with nothing after it) counts as the question naming one."""
    if obj is None:
        return any(document_noun(w) for w in _OBJECT_WORD_RE.findall(text))
    ends = _phrase_ends()
    words: list[str] = []
    found = _OBJECT_WORD_RE.findall(obj)
    for n, word in enumerate(found):
        if is_year(word):  # "the 2019 results report": a year names which one, it ends nothing
            continue
        if not words and word.casefold() in _DETERMINERS and n + 1 < len(found):
            continue  # a demonstrative before a noun: "that page", "denna rapport"
        if word.casefold() in ends or any(c.isdigit() for c in word) or len(words) == 6:
            break
        words.append(word)
    if any(document_noun(w) for w in words) or _titled(obj, words):
        return True
    return bool(words) and words[-1].casefold() in _PRONOUNS and _about_a_document(None, text)


def _titled(obj: str, words: list[str]) -> bool:
    """A document asked about by its title: quoted, or capitalised mid-sentence and not an
    organisation's name ("Vem gav ut Frågor och svar om …?", not "… Socialstyrelsens statistik")."""
    if obj.lstrip()[:1] in ('"', "”", "“", "«", "'"):
        return True
    return bool(words) and words[0][0].isupper() and not words[0].isupper() and not organisations_named(words[0])


def _asks(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(_about_a_document(m.group("object"), text) for p in patterns for m in p.finditer(text))


def source_fields(text: str) -> frozenset[str]:
    """What a question asks about a document itself ("Vem gav ut rapporten och när?"): its
    publisher, its author, its date. A question about who is behind something else ("satsningen", "enkäten",
    "statistiken") asks nothing of the kind: the decision model answers it from the passages."""
    fields = set()
    if _asks(_PUBLISHER_RES, text):
        fields.add("publisher")
    if _asks(_AUTHOR_RES, text):
        fields.add("author")
    if _asks(_PUBLISHED_RES, text) or (fields and _AND_WHEN_RE.search(text)):
        fields.add("date")
    return frozenset(fields)


def question_kind(query: Query, text: str) -> str:
    """The kind of fact asked: a definition ("Vad är MMR?"), a person ("Vem undertecknade …?")
    or query.kind (amount, date, percent …)."""
    lowered = text.strip().casefold()
    if query.kind in ("other", "who") and _DEFINITION_RE.search(lowered) and len(lowered.split()) <= 14:
        return "definition"
    if query.kind in ("other", "who") and asks_for_person(lowered):
        return "person"
    return query.kind


def typed_words(q: Question) -> frozenset[str]:
    """The analysed words the user typed, numbers aside: a follow-up's own, not its history's."""
    return frozenset(t for t in analyze(q.query.original) if not t.isdigit())


def analyse(query: Query, idf: dict[str, float], speller: Speller,
            english_only: frozenset[str] = frozenset()) -> Question:
    """Weights are the corpus's rarity (IDF) of each term; chat spellings are written out and a
    term no document uses but one edit away from a word that does ("behandlin") counts as that
    word (assistant/spelling.py)."""
    text = query.text  # chat spellings already written out (assistant/query.resolve)
    terms: dict[str, float] = {}
    unknown_words = []
    pairs = [(word, token) for word in re.findall(r"[^\W_]+", text) for token in analyze(word)]
    for (word, _), known in zip(pairs, speller.corrected([t for _, t in pairs]), strict=True):
        if known is None or known not in idf:
            if len(word) >= 5 and not word.isdigit() and word.casefold() not in QUESTION_WORDS:
                unknown_words.append(word)
            continue
        terms.setdefault(known, idf[known])
    own = frozenset(terms)
    for token in analyze(" ".join(query.expansion)):
        if token in idf and token not in terms:
            terms[token] = 0.5 * idf[token]
    content = [w for w in re.findall(r"[^\W\d_]{5,}", text) if w.casefold() not in QUESTION_WORDS]
    covered = mapped_terms()
    unknown = [w for w in unknown_words if w.casefold() not in covered]
    rare = tuple(sorted((t for t in terms if not t.isdigit()), key=lambda t: -terms[t])[:2])
    m = _LIST_HEAD_RE.search(text)
    unknown_topic = _unknown_topic(text, query.language, idf, speller)
    kind = question_kind(query, text)
    span = defined_span(query.text)
    return Question(
        query=query, terms=terms, entities=tuple(anchor_groups(query.text, query.language == "en")),
        names=named_things(query.text),
        kind=kind, asked_for=frozenset(analyze(m.group(1))) if m else frozenset(),
        unknown=len(unknown) / len(content) if content else 0.0,
        uncovered=tuple(uncovered_concepts(query.text, idf)), rare=rare, source=source_fields(text),
        unknown_topic=unknown_topic, parts=coordination.parts(query.text), defined=frozenset(analyze(span)),
        abbreviation=_abbreviation_in(span) if kind == "definition" else "",
        spelling=kind == "definition" and bool(_SPELLING_RE.search(query.text)),
        own=own, english_only=frozenset(terms) & english_only if query.language == "en" else frozenset(),
    )


def _unknown_topic(text: str, language: str, idf: dict[str, float], speller: Speller) -> str:
    """The topic a Swedish question asks about (assistant/answering/subject.py: "Vad kostar X?",
    "Hur många X?", "Vad menas med X?") when no document uses it: not the word itself (typos
    allowed), nor a compound of parts the library uses ("sjukskrivningsdag", "rehabgarantin"), nor
    a staff term the glossary maps. "parkering" and "parkeringsplats" (though "plats" is known)
    are such topics; "" otherwise, and for English, whose words are merely not understood."""
    word = asked_topic(text)
    if not word or language == "en" or word.casefold() in mapped_terms():
        return ""
    tokens = list(analyze(word))
    if not tokens or any(k is not None and k in idf for k in speller.corrected(tokens)):
        return ""
    return "" if all(_compound(t, idf, speller) for t in tokens) else word


_MAX_COMPOUND = 40  # letters: longer "words" are no Swedish compound (and cost no work)


def _piece(part: str, idf: dict[str, float], speller: Speller, prefix: bool) -> bool:
    """A part of a compound the library uses: a word of its own (a head of three letters or more,
    "dag", a modifier of four), or the first part (as a modifier) or the last part (as a head) of
    a longer word it uses, five letters or more ("rehab" of "rehabilitering", "garantin" of
    "rehabiliteringsgarantin")."""
    if part in idf:
        return len(part) >= (4 if prefix else 3)
    if len(part) < 5:
        return False
    return speller.begins_longer_word(part) if prefix else speller.ends_longer_word(part)


def _compound(token: str, idf: dict[str, float], speller: Speller) -> bool:
    """Whether the token is a compound whose head and modifier are both parts the library uses (a
    linking -s- allowed)."""
    if not 7 <= len(token) <= _MAX_COMPOUND:
        return False
    for cut in range(4, len(token) - 2):
        modifier, head = token[:cut], token[cut:]
        if _piece(head, idf, speller, prefix=False) and (
                _piece(modifier, idf, speller, prefix=True)
                or (modifier.endswith("s") and _piece(modifier[:-1], idf, speller, prefix=True))):
            return True
    return False


def named_things(text: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The proper names and abbreviations a question names, each with the other names of the same
    organisation ("KI-studien" -> KI / Karolinska Institutet; "östergötland" -> Region
    Östergötland / Östergötland), all analysed. An organisation is named only by a whole name, an
    abbreviation or a region's place (assistant/organisations.py), never by a word of its name."""
    mapped = mapped_terms()
    things: list[tuple[tuple[str, ...], ...]] = []
    seen: set[str] = set()
    for mention in organisations_named(text):
        names = {*aliases(mention.key), mention.written, *([mention.place] if mention.place else [])}
        alternatives = tuple(sorted({a for a in (tuple(analyze(n)) for n in names) if a}))
        if alternatives and not any(set(alternatives) & set(thing) for thing in things):
            things.append(alternatives)
        seen.update(w.casefold() for n in names for w in n.split())
    words = proper_words(text)
    abbreviations = [a for a in NAME_ABBREVIATION_RE.findall(text) if a.casefold() not in mapped]
    for word in [*abbreviations, *words]:
        if word.casefold() in seen or any(word in {t for alt in thing for t in alt} for thing in things):
            continue
        analysed = tuple(analyze(word))
        if analysed:
            things.append((analysed,))
    return tuple(things)


def uncovered_concepts(text: str, idf: dict[str, float]) -> list[tuple[str, ...]]:
    """Staff terms of the question, in either language, none of whose synonyms any document uses
    ("waiting time" / väntetid, kötid): no passage can answer a question about them."""
    concepts = coverage_heads()
    return [group for seqs, group in matched_groups(text)
            if group[0] in concepts and not any(all(t in idf for t in seq) for seq in seqs)]
