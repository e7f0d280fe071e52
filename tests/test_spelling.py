"""Typo correction (assistant/spelling.py): what it maps, and that one question cannot make it do
unbounded work or grow its shared cache without limit (counted comparisons, not timings)."""

from __future__ import annotations

import random
import threading

import pytest

from assistant.answering.question import analyse
from assistant.query import resolve
from assistant.spelling import Speller, written_out
from ingest.analysis import analyze

pytestmark = pytest.mark.unit

WORDS = ["behandling", "överenskommelse", "rehabiliteringsgaranti", "landsting", "ersättning", "primärvård"]
VOCABULARY = frozenset(t for w in WORDS for t in analyze(w))


def test_a_typo_maps_to_the_word_that_begins_as_it_does() -> None:
    speller = Speller(VOCABULARY)
    assert speller.nearest(analyze("behandlin")[0]) == analyze("behandling")[0]
    assert speller.nearest(analyze("overenskommelse")[0]) == analyze("överenskommelse")[0]  # ö typed as o
    assert speller.nearest(analyze("landstnig")[0]) is None  # two edits in a short word
    assert speller.nearest(analyze("ehandling")[0]) is None  # another beginning: not compared


def random_words(rng: random.Random, n: int, alphabet: str = "abcdefghijklmnoprstuvyåäö") -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(4, 14))) for _ in range(n)]


def test_a_long_question_of_made_up_words_does_bounded_work() -> None:
    """A 2000-character question of random words against a 15 000-word vocabulary: at most
    MAX_CORRECTED tokens are looked for, each among the words that begin as it does. Looking for
    every token among all words of a near length would take millions of comparisons."""
    rng = random.Random(7)
    vocabulary = frozenset(random_words(rng, 15_000))
    speller = Speller(vocabulary)
    question = " ".join(random_words(rng, 400))[:2000]
    tokens = analyze(question)
    unknown = [t for t in tokens if t not in vocabulary and len(t) >= 4]
    assert len(question) == 2000 and len(unknown) > 100
    speller.tokens(question)
    fold = str.maketrans("åäö", "aao")
    widest = max(sum(w[:2].translate(fold) == t[:2].translate(fold) and abs(len(w) - len(t)) <= 2
                     for w in vocabulary) for t in unknown)
    assert 0 < speller.comparisons <= Speller.MAX_CORRECTED * widest
    assert speller.comparisons < 2_000
    # the answerer's reading of the question is bounded the same way
    before = speller.comparisons
    analyse(resolve(question, []), {w: 1.0 for w in vocabulary}, speller)
    assert speller.comparisons - before <= Speller.MAX_CORRECTED * widest


def test_only_the_first_unknown_tokens_of_a_question_are_corrected_whatever_the_cache_holds() -> None:
    speller = Speller(VOCABULARY)
    late = analyze("behandlin")[0]
    filler = [f"okänt{c}ord" for c in "abcdefghijklmnopqrstu"][:Speller.MAX_CORRECTED]
    assert speller.nearest(late) is not None  # now cached
    assert speller.corrected([*filler, late])[-1] is None
    assert speller.corrected([late, *filler])[0] == analyze("behandling")[0]


def test_the_cache_is_bounded() -> None:
    speller = Speller(VOCABULARY, cache_size=50)
    for word in random_words(random.Random(3), 500):
        speller.nearest(word)
    assert len(speller._seen) == 50


def test_threads_share_a_speller_safely() -> None:
    rng = random.Random(5)
    vocabulary = frozenset(random_words(rng, 3_000))
    typos = [w[:-1] for w in sorted(vocabulary)[:400]]
    expected = Speller(vocabulary).corrected(typos[:Speller.MAX_CORRECTED])
    shared = Speller(vocabulary, cache_size=64)
    results: list[list[str | None]] = []
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(30):
                shared.corrected(typos[(offset * 7 + i) % 300:][:Speller.MAX_CORRECTED])
            results.append(shared.corrected(typos[:Speller.MAX_CORRECTED]))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 8
    assert all(r == expected for r in results)
    assert len(shared._seen) <= 64


@pytest.mark.parametrize(("text", "expected"), [
    ("hur mkt ökade mmr o kbt", "hur mycket ökade mmr och kbt"),
    ("Va e mmr?", "vad är mmr?"),
    ("vem e ansvarig för e-tjänst och e-KBT?", "vem är ansvarig för e-tjänst och e-KBT?"),  # inside a word
    ("t.o.m. 2015", "t.o.m. 2015"),  # an abbreviation
    ("vad sa Jan Berg i län O", "vad sa Jan Berg i län O"),  # capitalised inside the text: a name
])
def test_chat_spellings_are_written_out_only_where_they_stand_alone(text: str, expected: str) -> None:
    assert written_out(text) == expected
