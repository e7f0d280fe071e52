"""Vector-store port and adapters: Chroma (embedded or server; writes through langchain-chroma)
and an in-memory fake. Both pass the same contract tests (tests/test_store_contract.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ingest.embedders import Embedder

log = logging.getLogger(__name__)


class StoreError(Exception):
    """The store cannot be reached or used; the message is for a person."""


class ModelMismatchError(StoreError):
    pass


@dataclass(frozen=True)
class VectorHit:
    chunk_id: str
    score: float  # cosine similarity, higher is closer


class VectorStore(Protocol):
    def upsert(self, ids: list[str], texts: list[str], metadatas: list[dict[str, Any]]) -> None: ...

    def delete(self, ids: list[str]) -> None: ...

    def search(self, vector: np.ndarray, k: int) -> list[VectorHit]: ...

    def ids(self) -> set[str]: ...

    def count(self) -> int: ...

    def reset(self) -> None: ...

    def drop(self) -> None: ...


def _check_model(found: str | None, expected: str) -> None:
    if found and found != expected:
        raise ModelMismatchError(
            f"the index was built with embedding model '{found}', but '{expected}' is configured; "
            "vectors of two models cannot be mixed: run `python -m ingest --rebuild`"
        )


class InMemoryStore:
    """Deterministic brute-force store for unit tests."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}

    def upsert(self, ids: list[str], texts: list[str], metadatas: list[dict[str, Any]]) -> None:
        for chunk_id, vector in zip(ids, self.embedder.embed_documents(texts), strict=True):
            self._vectors[chunk_id] = vector

    def delete(self, ids: list[str]) -> None:
        for chunk_id in ids:
            self._vectors.pop(chunk_id, None)

    def search(self, vector: np.ndarray, k: int) -> list[VectorHit]:
        if not self._vectors:
            return []
        ids = sorted(self._vectors)
        scores = np.vstack([self._vectors[i] for i in ids]) @ vector
        order = sorted(range(len(ids)), key=lambda j: (-float(scores[j]), ids[j]))[:k]
        return [VectorHit(ids[j], float(scores[j])) for j in order]

    def ids(self) -> set[str]:
        return set(self._vectors)

    def count(self) -> int:
        return len(self._vectors)

    def reset(self) -> None:
        self._vectors.clear()

    def drop(self) -> None:
        self._vectors.clear()


class ChromaStore:
    """Chroma, embedded (a persistent client under the data directory) or a Chroma server
    (`chroma run`) when a host is given. Writes go through langchain-chroma; reads (a search by
    vector, the ids, the count) go straight to the collection, because importing LangChain's
    wrapper costs about half a second of a new process's first answer and a search by vector
    needs nothing from it."""

    def __init__(
        self,
        embedder: Embedder,
        collection: str,
        path: Path | None = None,
        host: str | None = None,
        port: int = 8000,
    ) -> None:
        self.embedder = embedder
        self.collection_name = collection
        self.path, self.host, self.port = path, host, port
        self._client: Any = None
        self._collection: Any = None
        self._lc: Any = None

    # -- connection -------------------------------------------------------------------
    def _connect(self) -> Any:
        """The Chroma collection (opened, and checked against the embedding model, once)."""
        if self._collection is not None:
            return self._collection
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        try:
            if self.host:
                client = chromadb.HttpClient(host=self.host, port=self.port, settings=chroma_settings)
                client.heartbeat()
            else:
                assert self.path is not None
                self.path.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(self.path), settings=chroma_settings)
            collection = client.get_or_create_collection(
                self.collection_name,
                metadata={"hnsw:space": "cosine", "embedding_model": self.embedder.model_id},
            )
        except ModelMismatchError:
            raise
        except Exception as exc:
            if self.host:
                where = f"server {self.host}:{self.port}"
                raise StoreError(f"cannot open the Chroma index ({where}): {_short(exc)}") from exc
            raise StoreError(f"cannot open the Chroma index (folder {self.path}): {_short(exc)}; if the folder "
                             "is damaged, `python -m ingest --rebuild` starts a new one") from exc
        _check_model((collection.metadata or {}).get("embedding_model"), self.embedder.model_id)
        self._client, self._collection = client, collection
        return collection

    def _langchain(self) -> Any:
        """The same collection as a LangChain vector store (for writes)."""
        collection = self._connect()
        if self._lc is None:
            from langchain_chroma import Chroma

            from ingest.langchain_embeddings import LangChainEmbeddings

            self._lc = Chroma(
                collection_name=collection.name,
                embedding_function=LangChainEmbeddings(self.embedder),
                client=self._client,
            )
        return self._lc

    def _call(self, what: str, fn: Any, *, write: bool = False) -> Any:
        target = self._langchain() if write else self._connect()
        try:
            return fn(target)
        except Exception as exc:
            self._collection = self._lc = None  # reconnect next time: a server may come back
            raise StoreError(f"Chroma {what} failed: {_short(exc)}") from exc

    # -- port ---------------------------------------------------------------------------
    def upsert(self, ids: list[str], texts: list[str], metadatas: list[dict[str, Any]]) -> None:
        if ids:
            self._call("write", lambda lc: lc.add_texts(texts=texts, metadatas=metadatas, ids=ids), write=True)

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), 5000):
            batch = ids[i:i + 5000]
            self._call("delete", lambda lc, b=batch: lc.delete(ids=b), write=True)

    def search(self, vector: np.ndarray, k: int) -> list[VectorHit]:
        def run(collection: Any) -> list[VectorHit]:
            if collection.count() == 0:
                return []
            found = collection.query(query_embeddings=[vector.tolist()], n_results=k, include=["distances"])
            return [VectorHit(chunk_id, 1.0 - float(distance))
                    for chunk_id, distance in zip(found["ids"][0], found["distances"][0], strict=True)]

        return list(self._call("search", run))

    def ids(self) -> set[str]:
        return set(self._call("read", lambda collection: collection.get(include=[])["ids"]))

    def count(self) -> int:
        return int(self._call("count", lambda collection: collection.count()))

    def reset(self) -> None:
        self.drop()
        self._connect()

    def drop(self) -> None:
        self._connect()
        try:
            self._client.delete_collection(self.collection_name)
        except Exception as exc:  # a missing collection is fine
            log.debug("delete_collection: %s", exc)
        self._collection = self._lc = None


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
