"""Metadata read from a document itself (ingest/metadata.py), on hand-made documents written the
ways agencies write: the title is the first real heading, the publisher comes from labels, a
source line, the letterhead or the signature, the date from labelled lines and addresses, never
from a deadline in the body; what the document does not say stays empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.cleaning import clean
from ingest.dates import date_in_address, dates_in, years_in
from ingest.documents import Properties
from ingest.loaders import load_file
from ingest.manifest import build_meta
from ingest.metadata import infer_date, infer_kind, infer_publisher, infer_title, organisations_in

pytestmark = pytest.mark.unit

NOTE = "[Redaktörens anmärkning: texten är förkortad.]"


def meta_of(text: str, props: Properties | None = None) -> dict[str, str]:
    doc = clean(text)
    meta = build_meta("doc", "doc.txt", {}, doc, props)
    return {"title": meta.title, "organisation": meta.organisation, "date": meta.date, "kind": meta.kind}


def test_a_source_line_and_a_bracketed_note_are_never_the_title() -> None:
    text = (f"{NOTE}\n\nKälla: https://www.regeringen.se/pressmeddelanden/2014/12/nya-pengar/\n\n"
            "Nya pengar till sjukskrivningsarbetet\n\nRegeringen och SKL har i dag tecknat en överenskommelse.\n")
    meta = meta_of(text)
    assert meta["title"] == "Nya pengar till sjukskrivningsarbetet"
    assert meta["organisation"] == "Regeringskansliet"  # from the source address
    assert meta["date"] == "2014-12"  # the address dates it to the month


def test_a_press_release_with_its_letterhead_labels_and_iso_date() -> None:
    text = ("Regeringskansliet\n\nPressmeddelande\n\nPublicerad: 2014-12-08\n\n"
            "Överenskommelse om sjukskrivningsmiljarden klar\n\n"
            "Regeringen och Sveriges Kommuner och Landsting har kommit överens om 2015 års medel. Landstingen ska "
            "rapportera senast den 31 mars 2015.\n\nPresskontakt\n\nAnna Berg\npressekreterare hos "
            "socialförsäkringsministern\n")
    meta = meta_of(text)
    assert meta == {"title": "Överenskommelse om sjukskrivningsmiljarden klar", "organisation": "Regeringskansliet",
                    "date": "2014-12-08", "kind": "press release"}


def test_a_regional_decision_signed_by_its_director() -> None:
    text = ("Region Gävleborg\nRegionstyrelsen\n\nTjänsteskrivelse\nDnr RS 2016/412\n\n"
            "Användning av statsbidrag för sjukskrivningsprocessen 2016\n\n"
            "Förslag till beslut\n\nRegionstyrelsen beslutar att fördela 4,2 miljoner kronor enligt bilaga. "
            "Beslutet följer överenskommelsen mellan staten och SKL.\n\n"
            "Gävle den 12 maj 2016\n\nKarin Ek\nregiondirektör\n")
    meta = meta_of(text)
    assert meta["title"] == "Användning av statsbidrag för sjukskrivningsprocessen 2016"
    assert meta["organisation"] == "Region Gävleborg"
    assert meta["date"] == "2016-05-12"  # the place-and-date line above the signature
    assert meta["kind"] == "decision"


def test_a_month_and_year_on_a_report_cover() -> None:
    text = ("Inspektionen för socialförsäkringen\n\nRehabiliteringsgarantins effekter på sjukfrånvaron\n\n"
            "december 2014\n\nSammanfattning\n\nUtvärderingen visar små effekter på sjukfrånvaron.\n")
    meta = meta_of(text)
    assert meta["organisation"] == "Inspektionen för socialförsäkringen"  # as the text names it
    assert meta["date"] == "2014-12"
    assert meta["title"] == "Rehabiliteringsgarantins effekter på sjukfrånvaron"


def test_a_date_in_prose_is_a_deadline_not_a_publication_date() -> None:
    text = ("Rapportering till Försäkringskassan\n\nLandstingen ska rapportera genomförda behandlingar senast den "
            "15 oktober 2013. Nästa rapport lämnas den 15 januari 2014.\n")
    assert meta_of(text)["date"] == ""


def test_what_the_text_does_not_say_stays_unknown() -> None:
    text = ("Om behandlingen\n\nKognitiv beteendeterapi ges i primärvården. Patienten träffar en terapeut "
            "vid sex till tolv tillfällen.\n")
    meta = meta_of(text)
    assert (meta["organisation"], meta["date"]) == ("", "")


def test_a_text_about_an_organisation_is_not_published_by_it() -> None:
    text = ("Beslut om fortsatt arbete\n\nSedan 2006 har SKL och regeringen tecknat överenskommelser. SKL följer "
            "upp resultaten varje år.\n\nRegionen fortsätter arbetet med koordinatorer.\n")
    assert meta_of(text)["organisation"] == ""


def test_a_department_is_shown_with_the_government_offices() -> None:
    text = "Socialdepartementet\n\nPromemoria\n\nNya villkor för 2016\n\nVillkoren gäller från 1 januari 2016.\n"
    meta = meta_of(text)
    assert meta["organisation"] == "Regeringskansliet (Socialdepartementet)"
    assert meta["kind"] == "memo"


def test_questions_and_answers_are_an_faq() -> None:
    text = ("Frågor och svar om rehabiliteringsgarantin\n\nVem omfattas?\n\nPersoner i åldern 16–67 år.\n\n"
            "Hur rapporterar vi?\n\nVia webbformuläret.\n")
    assert meta_of(text)["kind"] == "FAQ"


def test_a_page_title_with_a_site_suffix_is_used_when_the_text_has_no_heading() -> None:
    props = Properties(title="Ny mottagning för smärta – Region Halland")
    assert infer_title(clean("Mottagningen öppnar i januari och tar emot patienter från hela länet.\n"),
                       props) == "Ny mottagning för smärta"


def test_a_manifest_entry_wins_field_by_field() -> None:
    doc = clean("Regeringskansliet\n\nPressmeddelande\n\nPublicerad: 2014-12-08\n\nEn rubrik här\n\nText.\n")
    meta = build_meta("doc", "doc.txt", {"organisation": "Socialdepartementet", "kind": ""}, doc)
    assert (meta.organisation, meta.date, meta.kind) == ("Socialdepartementet", "2014-12-08", "press release")


def test_regions_are_found_by_swedish_naming_patterns() -> None:
    named = [n.shown for n in organisations_in("Landstinget i Testlän och Region Exempel län samt Exempelby kommun")]
    assert named == ["Landstinget i Testlän", "Region Exempel län", "Exempelby kommun"]


def test_an_html_page_keeps_its_article_and_reads_its_head(tmp_path: Path) -> None:
    page = tmp_path / "nyhet.html"
    page.write_text(
        '<html><head><title>Pengar till KBT - Region Halland</title>'
        '<meta property="og:site_name" content="Region Halland">'
        '<meta property="article:published_time" content="2017-02-14T09:00:00+01:00"></head><body>'
        '<div class="cookie-banner">Vi använder kakor för att webbplatsen ska fungera.</div>'
        '<nav><a href="/">Start</a></nav><ol class="breadcrumb"><li>Start</li><li>Nyheter</li></ol>'
        '<main><article><h1>Pengar till KBT</h1><p>Regionen får 3 miljoner kronor.</p></article></main>'
        '<aside><h2>Relaterat</h2><p>Läs mer om smärta.</p></aside>'
        '<footer><p>© Region Halland</p></footer></body></html>', "utf-8")
    loaded = load_file(page, 1_000_000)
    assert "kakor" not in loaded.text and "Relaterat" not in loaded.text and "©" not in loaded.text
    assert "Regionen får 3 miljoner kronor." in loaded.text
    doc = clean(loaded.text)
    assert infer_title(doc, loaded.properties) == "Pengar till KBT"
    assert infer_publisher(doc.normalised.text, loaded.properties) == "Region Halland"
    assert infer_date(doc.normalised.text, loaded.properties) == "2017-02-14"


def test_an_html_page_without_main_leaves_its_header_and_footer_out(tmp_path: Path) -> None:
    page = tmp_path / "sida.html"
    page.write_text('<html><body><header><p>Försäkringskassan</p></header><h1>Om garantin</h1>'
                    '<p>Garantin gäller 16–67 år.</p><footer><p>Kontakta oss</p></footer></body></html>', "utf-8")
    loaded = load_file(page, 1_000_000)
    assert "Kontakta oss" not in loaded.text and "Om garantin" in loaded.text
    assert infer_publisher(clean(loaded.text).normalised.text, loaded.properties) == "Försäkringskassan"


def test_kind_stays_unknown_without_cues() -> None:
    assert infer_kind("Text om behandling.\n", "Text") == ""


@pytest.mark.parametrize(("text", "iso"), [
    ("2014-12-08", ["2014-12-08"]), ("8 december 2014", ["2014-12-08"]), ("den 1/7 2015", ["2015-07-01"]),
    ("december 2014", ["2014-12"]), ("July 1, 2015", ["2015-07-01"]), ("2014-13-01", []),
    ("12 000 kr år 2015", []),
])
def test_dates_are_read_at_the_precision_written(text: str, iso: list[str]) -> None:
    assert [d.iso for d in dates_in(text)] == iso


def test_dates_in_addresses_and_years() -> None:
    mention = date_in_address("https://www.skl.se/nyheter/2017/02/14/bra-resultat")
    assert mention is not None and mention.iso == "2017-02-14"
    assert date_in_address("https://example.se/rapport-2014.pdf") is None
    assert years_in("2009–2012 och 2015, inte 12 000 eller 1 500") == (2009, 2010, 2011, 2012, 2015)


def test_letterhead_units_and_kind_lines_are_not_titles() -> None:
    text = ("Regionkontoret, Hälso- och sjukvårdsavdelningen\n\nPressmeddelande från Socialdepartementet\n\n"
            "1 Inledning\n\nRapportering 2013 till SKL och Försäkringskassan\n\nText om rapporteringen.\n")
    assert meta_of(text)["title"] == "Rapportering 2013 till SKL och Försäkringskassan"


def test_an_all_capitals_letterhead_names_its_publisher() -> None:
    text = ("LANDSTINGET I TESTLÄN\n\nLandstingsstyrelsen\n\nPROTOKOLLSUTDRAG\n\nSammanträdesdatum: 2015-03-24\n\n"
            "§ 45 Rehabiliteringsgarantin\n\nLandstingsstyrelsen beslutar att godkänna redovisningen.\n")
    meta = meta_of(text)
    assert (meta["organisation"], meta["date"], meta["kind"]) == ("Landstinget i Testlän", "2015-03-24", "protocol")


def test_a_place_and_date_above_the_signature_dates_it_more_precisely_than_its_address() -> None:
    text = ("Källa: https://www.regeringen.se/overenskommelser/2011/12/rehabiliteringsgaranti/\n\n"
            "Överenskommelse om en rehabiliteringsgaranti\n\nParterna är överens.\n\nStockholm den 15 december 2011\n\n"
            "För staten\n\nBilaga 1\n\n" + "Tabellrad med text om landstingen.\n\n" * 20)
    assert meta_of(text)["date"] == "2011-12-15"


def _long_document(middle: str, lines: int = 60) -> str:
    body = [f"Stycke {n} handlar om hur regionerna arbetar med rehabilitering." for n in range(lines)]
    body[lines // 2] = middle
    return "Rapportering av insatser\n\n" + "\n\n".join(body) + "\n"


def test_a_deadline_in_the_middle_of_a_document_is_not_its_date() -> None:
    assert meta_of(_long_document("Senast den 31 mars 2015"))["date"] == ""
    assert meta_of(_long_document("Från 1 juli 2016"))["date"] == ""


def test_a_place_and_date_counts_in_the_body_only_directly_above_a_signature() -> None:
    assert meta_of(_long_document("Örebro den 4 maj 2015"))["date"] == ""  # a place and date in passing
    signed = _long_document("Örebro den 4 maj 2015\n\nKarin Ek, regiondirektör")
    assert meta_of(signed)["date"] == "2015-05-04"
    on_behalf = _long_document("Örebro den 4 maj 2015\n\nFör regionstyrelsen")
    assert meta_of(on_behalf)["date"] == "2015-05-04"
    assert meta_of(_long_document("Örebro den 4 maj 2015\n\nRegion Örebro län"))["date"] == ""  # not a person


def test_a_deadline_in_the_letterhead_or_above_a_signature_is_not_the_date() -> None:
    head = "Region Testlän\n\nSenast den 31 mars 2015\n\nRapportering av insatser\n\nText om rapporteringen.\n"
    assert meta_of(head)["date"] == ""
    assert meta_of(_long_document("Klart den 1 juni 2015\n\nKarin Ek, samordnare"))["date"] == ""


def test_a_title_that_starts_with_a_year_is_kept_and_a_numbered_section_is_not_a_title() -> None:
    text = ("Regeringskansliet\n\n2015 års överenskommelse om sjukskrivningsmiljarden\n\n"
            "1 Inledning\n\nParterna är överens om villkoren.\n")
    assert meta_of(text)["title"] == "2015 års överenskommelse om sjukskrivningsmiljarden"
    numbered = "Regeringskansliet\n\n2.3 Metod\n\n12. Resultat\n\nUppföljning av sjukskrivningsmiljarden\n\nText.\n"
    assert meta_of(numbered)["title"] == "Uppföljning av sjukskrivningsmiljarden"


def test_a_name_the_data_file_marks_is_shown_as_the_organisation_and_others_as_written() -> None:
    from ingest.metadata import organisations

    marked = [(o, n) for o in organisations() for n in o.shown_as_name]
    assert marked and all(n in o.names for o, n in marked)  # a marked name is one of its names
    org, short = marked[0]
    assert [(n.shown, n.key) for n in organisations_in(f"Beslut av {short} om bidrag.")] == [(org.name, org.name)]
    written = next(n for n in org.names if n not in org.shown_as_name and n != org.name)
    assert [n.shown for n in organisations_in(f"Beslut av {written} om bidrag.")] == [written]


def test_a_bare_number_is_a_count_not_an_organisation() -> None:
    text = ("Uppföljning av behandlingar\n\n1177 patienter fick behandling under året.\n\n"
            "Det blev 1177 besök i primärvården.\n\n1177 av dem var kvinnor.\n")
    assert organisations_in(text) == []
    assert meta_of(text)["organisation"] == ""
    assert [n.shown for n in organisations_in("Läs mer hos 1177 Vårdguiden om smärta.")] == ["1177 Vårdguiden"]
    from ingest.metadata import _worded

    assert _worded(["1177", "2015", "1177 Vårdguiden"]) == ("1177 Vårdguiden",)  # whatever the data file says


@pytest.mark.parametrize(("letterhead", "named"), [
    ("LANDSTINGET I TESTSTAD LÄN", "Landstinget i Teststad län"),
    ("TESTSTADS LÄNS LANDSTING", "Teststads läns landsting"),
    ("TESTBY KOMMUN", "Testby kommun"),
])
def test_an_all_capitals_letterhead_keeps_the_whole_name(letterhead: str, named: str) -> None:
    text = f"{letterhead}\n\nLandstingsstyrelsen\n\nProtokollsutdrag\n\nSammanträdesdatum: 2015-03-24\n\nText.\n"
    assert meta_of(text)["organisation"] == named


@pytest.mark.parametrize(("text", "name"), [
    ("Region Testlands beslut 2019 om rehabiliteringsmedel", "Region Testland"),  # genitive before its noun
    ("Beslut av Region Testland.", "Region Testland"),
    ("Region Testlands län", "Region Testlands län"),  # "X läns" is the name's own form
])
def test_a_region_named_in_the_genitive_is_named_without_its_s(text: str, name: str) -> None:
    from ingest.metadata import organisations_in
    assert organisations_in(text)[0].shown == name


def test_a_finsam_association_is_an_organisation() -> None:
    text = "Samordningsförbundet Västra Exempelby och Samordningsförbundet Mitt-Test"
    named = [n.shown for n in organisations_in(text)]
    assert named == ["Samordningsförbundet Västra Exempelby", "Samordningsförbundet Mitt-Test"]
    assert [n.shown for n in organisations_in("Samordningsförbundet Exempelby Kontaktperson")] == \
        ["Samordningsförbundet Exempelby"]


def test_a_party_after_a_name_is_no_copyright_line() -> None:
    text = "Verksamhetsberättelse 2018\n\nSamordningsförbundet Exempelby\n\nLedamöter\n\nAnna Berg (C), Testby kommun"
    assert infer_publisher(text) != "Testby kommun"
    assert infer_publisher("Rapport om sjukskrivning\n\n© 2019 Region Halland") == "Region Halland"
