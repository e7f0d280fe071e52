"""Document metadata: corpus/manifest.toml wins; a file without an entry gets what its text
supports (title, date, years) and nothing invented."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from assistant.settings import Settings
from ingest.catalog import Catalog
from ingest.cleaning import clean
from ingest.loaders import load_file
from ingest.manifest import (
    ManifestError,
    build_meta,
    infer_date,
    infer_language,
    infer_years,
    read_manifest,
)
from ingest.pipeline import Ingestor

pytestmark = pytest.mark.unit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SKL_2015 = "skl-2015-overenskommelse-rehabiliteringsgarantin.txt"
SKL_2017 = "skl-2017-resultat-overenskommelse-2016.txt"
VGR_2014 = "vgr-2014-statsbidrag-rehabiliteringsinsatser.txt"
RJH_2018 = "rjh-2018-beslut-sjukskrivnings-och-rehabiliteringsprocess.txt"


def meta_for(name: str, entry: dict | None = None, source: Path = CORPUS):
    doc = clean(load_file(source / name, 10_000_000).text)
    return build_meta(Path(name).stem, name, entry or {}, doc)


def test_manifest_has_an_entry_for_every_document_and_nothing_else() -> None:
    manifest = read_manifest(CORPUS)
    assert set(manifest) == {p.name for p in CORPUS.glob("*.txt")}


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_metadata_comes_from_the_manifest(name: str) -> None:
    entry = tomllib.loads((CORPUS / "manifest.toml").read_text("utf-8"))[name]
    meta = meta_for(name, read_manifest(CORPUS)[name]).to_dict()
    assert {key: meta[key] for key in entry} == entry
    assert (meta["doc_id"], meta["source"]) == (Path(name).stem, name)
    assert entry.keys() >= {"title", "organisation", "kind", "date", "years", "language"}


def test_manifest_values_win_over_inferred_ones() -> None:
    inferred = meta_for(SKL_2017)
    assert inferred.title == "Bra resultat ger alla landsting del av medel"
    meta = meta_for(SKL_2017, {"title": "Egen titel", "years": [2016]})
    assert (meta.title, meta.years, meta.date) == ("Egen titel", (2016,), "2017-02-14")


def test_a_dropped_in_file_gets_title_date_and_years_from_its_text(tmp_path: Path) -> None:
    shutil.copy(CORPUS / SKL_2015, tmp_path / "ny-sida.txt")
    meta = meta_for("ny-sida.txt", source=tmp_path)
    assert meta.title == "Överenskommelse rehabiliteringsgarantin"
    assert meta.date == "2015-04-02"  # from "Publicerad: 2 april 2015"
    assert 2015 in meta.years and len(meta.years) <= 4
    assert meta.language == "sv"
    # SKL's page names SKL in its opening lines and more often than any other organisation (its
    # kind is read from cue phrases, tested in test_metadata.py)
    assert (meta.organisation, meta.date_note) == ("SKL", "")


def test_a_one_word_heading_is_not_taken_for_the_title() -> None:
    meta = meta_for(SKL_2017)  # its first heading is "Nyhet"
    assert meta.title == "Bra resultat ger alla landsting del av medel"
    assert meta.date == "2017-02-14"


def test_no_date_is_invented_when_the_text_has_none() -> None:
    meta = meta_for(VGR_2014)
    assert meta.date == ""
    assert meta.title == "Statsbidrag för rehabiliteringsinsatser"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Publicerad: 14 februari 2017", "2017-02-14"),
        ("Publicerad 2 april 2015\n\nText.", "2015-04-02"),
        ("Published: 5 May 2020", "2020-05-05"),
        ("Publicerad: 2 vecka 2015", ""),
        ("Avtalet gäller till 31 december 2019.", ""),
    ],
)
def test_infer_date(text: str, date: str) -> None:
    assert infer_date(text) == date


def test_infer_years_keeps_the_most_mentioned() -> None:
    text = "2014 och 2014.\nÅr 2015.\n2014-2015.\nEn gång 2008.\nSedan 2006, 2007 och 2009."
    assert infer_years(text, keep=2) == [2014, 2015]


def test_infer_language() -> None:
    assert infer_language(clean(load_file(CORPUS / SKL_2015, 10_000_000).text).normalised.text) == "sv"
    assert infer_language("The agreement is renewed for the county councils and the state.") == "en"


def test_a_broken_manifest_is_reported_and_the_documents_still_ingested(
    settings: Settings, corpus_dir: Path, memory_stores
) -> None:
    (corpus_dir / "manifest.toml").write_text('["oops.txt"\ntitle = "no closing bracket"\n', "utf-8")
    with pytest.raises(ManifestError):
        read_manifest(corpus_dir)
    report = Ingestor(settings, memory_stores.embedder, memory_stores).run([corpus_dir])
    assert list(report.failed) == [str(corpus_dir / "manifest.toml")]
    assert "not valid TOML" in report.failed[str(corpus_dir / "manifest.toml")]
    assert len(report.added) == 5
    catalog = Catalog.load(settings.catalog_path)
    assert catalog is not None
    assert catalog.documents[Path(SKL_2017).stem].meta.title == "Bra resultat ger alla landsting del av medel"


def test_pipeline_records_manifest_and_inferred_metadata(
    settings: Settings, corpus_dir: Path, memory_stores
) -> None:
    shutil.copy(CORPUS / SKL_2015, corpus_dir / "inkommen-sida.txt")
    (corpus_dir / "manifest.toml").write_text(
        (CORPUS / "manifest.toml").read_text("utf-8") + '\n["inkommen-sida.txt"]\ndoc_id = "skl-kopia"\n',
        "utf-8",
    )
    Ingestor(settings, memory_stores.embedder, memory_stores).run([corpus_dir])
    catalog = Catalog.load(settings.catalog_path)
    assert catalog is not None
    copy = catalog.documents["skl-kopia"].meta
    assert (copy.title, copy.date) == ("Överenskommelse rehabiliteringsgarantin", "2015-04-02")
    assert copy.organisation == "SKL"  # read from its text
    original = catalog.documents[Path(SKL_2015).stem].meta
    assert (original.organisation, original.kind) == ("SKL", "agreement page")
    assert original.source.endswith(SKL_2015)


@pytest.mark.parametrize("bad", ["2014-13-45", "2014-02-30", "2014-00", "2014-06-xx", "igår", 1850, True, [2014]])
def test_a_manifest_date_that_is_no_date_is_left_out_with_a_swedish_warning(
        bad: object, caplog: pytest.LogCaptureFixture) -> None:
    doc = clean("Regeringskansliet\n\nPublicerad: 2014-12-08\n\nEn rubrik här\n\nText om bidraget.\n")
    with caplog.at_level("WARNING", logger="ingest.manifest"):
        meta = build_meta("doc", "doc.txt", {"date": bad, "title": "Egen titel"}, doc)
    assert (meta.date, meta.title) == ("2014-12-08", "Egen titel")  # the text's date; the rest of the entry stands
    assert "doc.txt: datumet" in caplog.text and "inget giltigt datum" in caplog.text


def test_a_manifest_date_as_toml_writes_it_or_as_a_year_is_kept(tmp_path: Path) -> None:
    (tmp_path / "manifest.toml").write_text('["a.txt"]\ndate = 2016-05-10\n\n["b.txt"]\ndate = 2016\n', "utf-8")
    manifest = read_manifest(tmp_path)
    doc = clean("En rubrik här\n\nText om bidraget.\n")
    assert build_meta("a", "a.txt", manifest["a.txt"], doc).date == "2016-05-10"
    assert build_meta("b", "b.txt", manifest["b.txt"], doc).date == "2016"
    assert build_meta("c", "c.txt", {"date": "2016-02-29"}, doc).date == "2016-02-29"


def test_an_invalid_manifest_date_fails_nothing_and_loses_nothing(
    settings: Settings, corpus_dir: Path, memory_stores
) -> None:
    ingestor = Ingestor(settings, memory_stores.embedder, memory_stores)
    assert len(ingestor.run([corpus_dir]).added) == 5
    manifest = (corpus_dir / "manifest.toml").read_text("utf-8")
    manifest = manifest.replace('date = "2017-02-14"', 'date = "2017-02-31"')
    manifest = manifest.replace('date = "2015-04-02"', "date = 2015-04-02")  # a TOML date, not a string
    (corpus_dir / "manifest.toml").write_text(manifest, "utf-8")
    report = ingestor.run([corpus_dir])
    assert report.ok and not report.removed and not report.failed
    catalog = Catalog.load(settings.catalog_path)
    assert catalog is not None and len(catalog.documents) == 5
    assert catalog.documents[Path(SKL_2017).stem].meta.date == "2017-02-14"  # read from its text instead
    assert catalog.documents[Path(SKL_2015).stem].meta.date == "2015-04-02"
