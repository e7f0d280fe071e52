"""Hybrid retrieval over a small real index (hashing embedder, in-memory store): the nudge
towards passages that name what the question is about."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import settings_over

from assistant.assistant import Assistant
from assistant.query import resolve
from assistant.retrieval import HybridRetriever, RetrievalConfig
from ingest.pipeline import Ingestor

pytestmark = pytest.mark.unit

NOISE = """Ersättning 2015

Landstingen får ersättning 2015. Ersättningen betalas ut 2015 och ersätts enligt överenskommelsen för 2015.
"""
TARGET = """Behandlingsserier

Multimodal rehabilitering 1 ges i primärvården och ersätts med 25000 kr/behandlingsserie.
"""


@pytest.fixture
def assistant(tmp_path: Path, memory_stores) -> Assistant:
    files = {f"brus-{i}.txt": NOISE.replace("Landstingen", f"Landsting nummer {i}") for i in range(6)}
    settings = settings_over(tmp_path, {**files, "mmr.txt": TARGET})
    assert Ingestor(settings, memory_stores.embedder, memory_stores).run([settings.corpus_dir]).ok
    return Assistant(settings, memory_stores.embedder, memory_stores)


def rank_of_target(assistant: Assistant, config: RetrievalConfig) -> int:
    query = resolve("What is the reimbursement for MMR1 in 2015?", [])
    hits = HybridRetriever(assistant.index, assistant.embedder, config).search(query, 7)
    return [h.doc_id for h in hits].index("mmr")


def test_a_passage_naming_the_asked_thing_is_moved_up(assistant: Assistant) -> None:
    nudged = rank_of_target(assistant, RetrievalConfig())
    plain = rank_of_target(assistant, replace(RetrievalConfig(), anchor_weight=0.0))
    assert nudged == 0 and plain > 0
