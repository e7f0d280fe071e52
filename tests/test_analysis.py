"""Lexical analysis under concurrency: the web server answers questions in parallel threads."""

from __future__ import annotations

import threading

import pytest

from ingest.analysis import normalise_word

pytestmark = pytest.mark.unit


def test_words_are_stemmed_the_same_from_many_threads_at_once() -> None:
    """A Snowball stemmer keeps its working word on itself; shared between threads it returned
    wrong stems or raised IndexError (found by the load test: HTTP 500 under 6 clients)."""
    stem = normalise_word.__wrapped__  # past the cache, so every call really stems
    words = [f"behandlingarnas{i}ersättningen" for i in range(12_000)]
    expected = {w: stem(w) for w in words}
    wrong: list[str] = []

    def work(part: list[str]) -> None:
        for w in part:
            try:
                if stem(w) != expected[w]:
                    wrong.append(w)
            except Exception as exc:  # noqa: BLE001 - the race raised IndexError inside the stemmer
                wrong.append(repr(exc))

    threads = [threading.Thread(target=work, args=(words[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []
