"""One contract for every vector store: the in-memory fake (unit), Chroma embedded in a folder
(integration) and Chroma as a server started here on a free loopback port (integration, slow).
A backend joins by adding one parameter to the `backend` fixture."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from serving import ChromaServer, free_port

from ingest.embedders import Embedder, HashingEmbedder
from ingest.store import ChromaStore, InMemoryStore, ModelMismatchError, StoreError, VectorStore

# A tiny corpus with known answers (hashing n-grams make the shared words decide the ranking).
TEXTS = {
    "kbt": "Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT.",
    "mmr": "Multimodal rehabilitering för patienter med långvarig smärta i rygg och nacke.",
    "vardcentral": "Ny vårdcentral i Strömstad drivs av STIO Läkarbemanning AB.",
    "budget": "Intäkter från staten 14,7 Mkr och ekonomiskt överskott 4,7 Mkr.",
}
META = {"doc_id": "doc", "position": 0, "section": "Avsnitt"}


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """`chroma run` from this virtualenv, on a free loopback port; always terminated."""
    chroma = ChromaServer(tmp_path_factory.mktemp("chroma-server"))
    chroma.start()
    try:
        yield "127.0.0.1", chroma.port
    finally:
        chroma.stop()


@dataclass
class Backend:
    name: str
    open: Callable[[Embedder, str], VectorStore]  # (embedder, collection) -> a store handle
    persistent: bool


def _backend(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if kind == "memory":
        return Backend(kind, lambda embedder, _collection: InMemoryStore(embedder), persistent=False)
    if kind == "chroma-embedded":
        folder = tmp_path / "chroma"
        return Backend(kind, lambda e, c: ChromaStore(e, c, path=folder), persistent=True)
    host, port = request.getfixturevalue("chroma_server")
    return Backend(kind, lambda e, c: ChromaStore(e, c, host=host, port=port), persistent=True)


MEMORY = pytest.param("memory", marks=pytest.mark.unit)
EMBEDDED = pytest.param("chroma-embedded", marks=pytest.mark.integration)
SERVER = pytest.param("chroma-server", marks=[pytest.mark.integration, pytest.mark.slow])


@pytest.fixture(params=[MEMORY, EMBEDDED, SERVER])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    return _backend(request.param, request, tmp_path)


@pytest.fixture(params=[EMBEDDED, SERVER])
def persistent_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    return _backend(request.param, request, tmp_path)


@pytest.fixture
def collection() -> str:
    return f"contract-{uuid.uuid4().hex[:12]}"  # the server is shared by the whole session


@pytest.fixture
def store(backend: Backend, embedder: HashingEmbedder, collection: str) -> Iterator[VectorStore]:
    handle = backend.open(embedder, collection)
    yield handle
    handle.drop()


def fill(store: VectorStore, ids: list[str] | None = None) -> None:
    ids = ids or list(TEXTS)
    store.upsert(ids, [TEXTS[i] for i in ids], [META] * len(ids))


# --- the contract --------------------------------------------------------------------------------

def test_a_new_store_is_empty(store: VectorStore, embedder: HashingEmbedder) -> None:
    assert store.count() == 0 and store.ids() == set()
    assert store.search(embedder.embed_query("KBT"), 5) == []


def test_upsert_then_ids_and_count(store: VectorStore) -> None:
    fill(store)
    assert store.ids() == set(TEXTS) and store.count() == 4
    store.upsert([], [], [])
    assert store.count() == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Hur mycket ersätts landstingen per KBT?", "kbt"),
        ("vårdcentral i Strömstad", "vardcentral"),
        ("långvarig smärta i rygg", "mmr"),
        ("ekonomiskt överskott Mkr", "budget"),
    ],
)
def test_search_ranks_the_matching_text_first(
    store: VectorStore, embedder: HashingEmbedder, query: str, expected: str
) -> None:
    fill(store)
    hits = store.search(embedder.embed_query(query), 4)
    assert hits[0].chunk_id == expected
    assert len(hits) == 4 and {h.chunk_id for h in hits} == set(TEXTS)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(-1.0001 <= s <= 1.0001 for s in scores)


def test_search_returns_at_most_k(store: VectorStore, embedder: HashingEmbedder) -> None:
    fill(store)
    assert len(store.search(embedder.embed_query("KBT"), 2)) == 2


def test_score_is_cosine_similarity(store: VectorStore, embedder: HashingEmbedder) -> None:
    fill(store, ["kbt"])
    (hit,) = store.search(embedder.embed_documents([TEXTS["kbt"]])[0], 1)
    assert hit.score == pytest.approx(1.0, abs=1e-4)


def test_delete_removes_only_the_given_ids(store: VectorStore, embedder: HashingEmbedder) -> None:
    fill(store)
    store.delete(["kbt", "finns-inte"])
    store.delete([])
    assert store.ids() == {"mmr", "vardcentral", "budget"}
    assert "kbt" not in {h.chunk_id for h in store.search(embedder.embed_query("KBT"), 4)}


def test_upserting_an_id_again_replaces_it(store: VectorStore, embedder: HashingEmbedder) -> None:
    fill(store)
    store.upsert(["kbt"], [TEXTS["vardcentral"] + " Öppnar i maj."], [META])
    assert store.count() == 4
    hits = store.search(embedder.embed_query("Öppnar i maj"), 2)
    assert hits[0].chunk_id == "kbt"


def test_reset_empties_and_the_store_stays_usable(store: VectorStore) -> None:
    fill(store)
    store.reset()
    assert store.count() == 0 and store.ids() == set()
    fill(store, ["mmr"])
    assert store.ids() == {"mmr"}


def test_drop_removes_everything(store: VectorStore) -> None:
    fill(store)
    store.drop()
    assert store.count() == 0


def test_data_outlives_the_handle(
    persistent_backend: Backend, embedder: HashingEmbedder, collection: str
) -> None:
    fill(persistent_backend.open(embedder, collection))
    again = persistent_backend.open(embedder, collection)
    assert again.ids() == set(TEXTS)
    assert again.search(embedder.embed_query("KBT per genomförd"), 1)[0].chunk_id == "kbt"
    again.drop()


def test_another_model_is_refused(
    persistent_backend: Backend, embedder: HashingEmbedder, collection: str
) -> None:
    fill(persistent_backend.open(embedder, collection))
    other = persistent_backend.open(HashingEmbedder(128), collection)
    for use in (other.count, other.ids, lambda: other.upsert(["x"], ["x"], [META])):
        with pytest.raises(ModelMismatchError, match=r"'hashing-256'.*'hashing-128'.*--rebuild"):
            use()
    same = persistent_backend.open(embedder, collection)
    assert same.ids() == set(TEXTS)  # nothing was mixed in
    same.drop()


@pytest.mark.integration
def test_an_unreachable_server_is_a_store_error(embedder: HashingEmbedder) -> None:
    store = ChromaStore(embedder, "contract-nobody", host="127.0.0.1", port=free_port())
    with pytest.raises(StoreError, match=r"cannot open the Chroma index \(server 127\.0\.0\.1:\d+\)"):
        store.ids()
