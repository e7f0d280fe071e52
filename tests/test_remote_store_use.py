"""What a question asks of the vector store: one nearest-neighbour search. The BM25 index and the
answer-unit vectors come from files ingestion wrote beside the catalog, so a remote Chroma is never
asked for all its chunks (`get`) per question, nor per start-up."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.assistant import Assistant
from assistant.settings import Settings
from ingest.embedders import HashingEmbedder
from ingest.pipeline import Ingestor
from ingest.store import InMemoryStore, VectorHit

pytestmark = pytest.mark.unit

QUESTIONS = ["Hur mycket ersätts landstingen per KBT?", "Och MMR 2?", "How many CBT treatments were completed in 2012?",
             "Vad kostar en levertransplantation?", "Kan en 70-åring med ångest få KBT?"]


class SearchOnlyStore:
    """A store that answers searches and counts, records every call, and refuses to list its contents."""

    def __init__(self, inner: InMemoryStore) -> None:
        self.inner = inner
        self.calls: Counter[str] = Counter()

    def search(self, vector: np.ndarray, k: int) -> list[VectorHit]:
        self.calls["search"] += 1
        return self.inner.search(vector, k)

    def count(self) -> int:
        self.calls["count"] += 1
        return self.inner.count()

    def __getattr__(self, name: str) -> Any:
        def refused(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            raise AssertionError(f"a question must not call store.{name}()")

        return refused


def test_questions_only_search_the_store(settings: Settings, corpus_dir: Path) -> None:
    embedder = HashingEmbedder()
    stores: dict[str, InMemoryStore] = {}

    def ingest_factory(generation: str) -> InMemoryStore:
        return stores.setdefault(generation, InMemoryStore(embedder))

    assert Ingestor(settings, embedder, ingest_factory).run([corpus_dir]).ok
    wrapped: list[SearchOnlyStore] = []

    def query_factory(generation: str) -> SearchOnlyStore:
        wrapped.append(SearchOnlyStore(stores[generation]))
        return wrapped[-1]

    assistant = Assistant(settings, embedder, query_factory)
    answers = [assistant.ask(q, [{"role": "user", "content": QUESTIONS[0]}]) for q in QUESTIONS]
    assert not [n for a in answers for n in a.notes if n in {"index_unavailable", "vectors_missing"}]
    assert answers[0].answerable and answers[-1].backend == "eligibility"
    (store,) = wrapped  # one snapshot, one store handle
    searches = sum(a.backend != "eligibility" for a in answers)
    assert store.calls == Counter(search=searches, count=1)  # count: once per snapshot, the damage check
