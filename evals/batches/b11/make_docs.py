"""Generate the PDF and DOCX test documents of batch b11 (reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b11/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]
H1 = STYLES["Heading1"]
H2 = STYLES["Heading2"]
SMALL = STYLES["Italic"]


def p(text: str, style=BODY) -> Paragraph:
    return Paragraph(text, style)


def pdf_table(rows: list[list[str]], widths: list[float]) -> Table:
    t = Table(rows, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 1), (1, -1), "RIGHT"),
    ]))
    return t


# --------------------------------------------------------------------------- Region Uppsala decision 2021

def uppsala_decision() -> None:
    flow = [
        p(MARKER, SMALL),
        p("Region Uppsala<br/>Regionkontoret, Hälso- och sjukvårdsstaben"),
        p("BESLUT<br/>Datum: 2021-03-16<br/>Diarienummer: RS2021-00214"),
        p("Användning av statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och "
          "rehabiliteringsprocess 2021", H1),
        p("Sammanfattning", H2),
        p("Staten och Sveriges Kommuner och Regioner (SKR) har träffat en överenskommelse om en kvalitetssäker och "
          "effektiv sjukskrivnings- och rehabiliteringsprocess för 2021. Överenskommelsen omfattar totalt 1 170 "
          "miljoner kronor, varav 1 125 miljoner kronor fördelas till regionerna efter befolkningsandel. Region "
          "Uppsalas andel är 41,6 miljoner kronor. I detta beslut fastställs hur medlen ska användas."),
        p("Bakgrund", H2),
        p("Region Uppsala har sedan 2016 använt medlen från överenskommelserna för att bygga upp funktionen för "
          "koordinering, för kompetensutveckling i försäkringsmedicin och för psykologisk behandling i primärvården. "
          "Sedan den 1 februari 2020 är regionen skyldig att erbjuda koordineringsinsatser enligt lagen (2019:1297) "
          "om koordineringsinsatser för sjukskrivna patienter."),
        p("För 2020 fick Region Uppsala 40,6 miljoner kronor. Samtliga villkor för 2020 uppfylldes och hela "
          "beloppet har betalats ut."),
        p("Villkor och utbetalning 2021", H2),
        p("Av regionens andel betalas 60 procent ut i förskott när regionen har lämnat en handlingsplan för 2021 till "
          "SKR, vilket ska ske senast den 31 mars 2021. Resterande 40 procent betalas ut i början av 2022 om regionen "
          "senast den 15 oktober 2021 har redovisat till SKR hur villkoren har uppfyllts."),
        p("Med rehabkoordinator avses i detta beslut en medarbetare med hälso- och sjukvårdsutbildning som ger "
          "sjukskrivna patienter personligt stöd och samordnar insatser inom vården och med arbetsgivare och "
          "Försäkringskassan."),
        p("Fördelning av medlen", H2),
        p("Tabell 1. Budget för statsbidraget 2021 (tkr)"),
        pdf_table([
            ["Insats", "Budget 2021 (tkr)", "Ansvarig"],
            ["Rehabkoordinatorer i primärvården", "14 200", "Primärvårdsdirektör"],
            ["Rehabkoordinatorer i psykiatri och specialiserad vård", "6 800", "Verksamhetschefer"],
            ["Psykologisk behandling (KBT/IPT) i primärvården", "9 400", "Primärvårdsdirektör"],
            ["Multimodal rehabilitering nivå 1 (MMR1)", "4 300", "Primärvårdsdirektör"],
            ["Kompetensutveckling i försäkringsmedicin", "3 100", "Hälso- och sjukvårdsstaben"],
            ["Processledning och försäkringsmedicinsk samordning", "2 600", "Hälso- och sjukvårdsstaben"],
            ["Uppföljning och IT-stöd", "1 200", "Hälso- och sjukvårdsstaben"],
            ["Summa", "41 600", ""],
        ], [8.2, 3.4, 4.6]),
        Spacer(1, 8),
        p("Den största posten är rehabkoordinatorer, sammanlagt 21,0 miljoner kronor. Medel som inte har förbrukats "
          "den 31 december 2021 får föras över till 2022 efter beslut av hälso- och sjukvårdsdirektören."),
        p("Uppföljning", H2),
        p("Hälso- och sjukvårdsstaben följer upp användningen av medlen per tertial. En samlad redovisning av 2021 "
          "lämnas till regionstyrelsen senast den 28 februari 2022."),
        p("Beslut", H2),
        p("Regiondirektören beslutar"),
        p("1. att fastställa fördelningen av statsbidraget 2021 enligt tabell 1,"),
        p("2. att uppdra åt hälso- och sjukvårdsdirektören att lämna regionens handlingsplan till SKR senast den "
          "31 mars 2021,"),
        p("3. att uppdra åt hälso- och sjukvårdsdirektören att redovisa användningen av medlen 2021 till "
          "regionstyrelsen senast den 28 februari 2022."),
        Spacer(1, 12),
        p("Uppsala den 16 mars 2021"),
        p("Karin Ekholm<br/>Regiondirektör"),
        p("Mattias Berglund<br/>Hälso- och sjukvårdsdirektör"),
        Spacer(1, 8),
        p("Handläggare: Sofia Lindgren, strateg försäkringsmedicin, 018-611 42 17"),
        p("Beslutet skickas till: Primärvårdsdirektören, Psykiatri och habilitering, Regionkontorets ekonomistab"),
    ]
    doc = SimpleDocTemplate(str(DOCS / "b11-uppsala-2021-beslut-statsbidrag-sjukskrivningsprocessen.pdf"),
                            pagesize=A4, title="Användning av statsbidrag för en kvalitetssäker och effektiv "
                            "sjukskrivnings- och rehabiliteringsprocess 2021", author="Region Uppsala")
    doc.build(flow)


# --------------------------------------------------------------------------- docx helpers

def docx_table(d: Document, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell


def new_doc() -> Document:
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    return d


# --------------------------------------------------------------------------- Region Sörmland results 2019

def sormland_results() -> None:
    d = new_doc()
    d.add_paragraph("Region Sörmland")
    d.add_paragraph("Hälso- och sjukvårdsförvaltningen, Staben för kvalitet och utveckling")
    d.add_paragraph("Datum: 2020-04-07")
    d.add_paragraph("Diarienummer: RS-LED20-0512")
    d.add_heading("Psykologisk behandling och multimodal rehabilitering i Region Sörmland – resultat 2019", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Under 2019 avslutade 2 140 patienter en psykologisk behandling med KBT eller IPT i Region Sörmland, "
        "154 fler än 2018 då 1 986 patienter avslutade behandling. 286 patienter avslutade multimodal rehabilitering "
        "på nivå 1 (MMR1) och 74 patienter på nivå 2 (MMR2). Kvinnor stod för 71 procent av de avslutade "
        "KBT/IPT-behandlingarna och 77 procent av de avslutade MMR1."
    )
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Insatserna byggdes upp inom rehabiliteringsgarantin 2008–2015 och fortsatte inom överenskommelserna om en "
        "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess 2016–2018. Sedan 2019 finansieras "
        "insatserna inom regionens ordinarie budget och delvis genom medel från patientmiljarden. Insatserna "
        "riktar sig till kvinnor och män i åldern 16–67 år med lindrig till medelsvår psykisk ohälsa eller "
        "långvarig smärta i rygg, nacke eller axlar, efter en medicinsk bedömning."
    )
    d.add_paragraph(
        "Uppgifterna kommer från regionens journalsystem. En behandling räknas som avslutad när minst fem "
        "behandlingstillfällen har genomförts och ett avslutande samtal har registrerats."
    )
    d.add_heading("Avslutade KBT/IPT-behandlingar efter kön och ålder", level=2)
    d.add_paragraph("Tabell 1. Avslutade KBT/IPT-behandlingar 2019 efter kön och åldersgrupp")
    docx_table(d, [
        ["Åldersgrupp", "Kvinnor", "Män", "Totalt"],
        ["16–29 år", "412", "158", "570"],
        ["30–49 år", "736", "301", "1 037"],
        ["50–67 år", "364", "169", "533"],
        ["Totalt", "1 512", "628", "2 140"],
    ])
    d.add_paragraph(
        "Gruppen 30–49 år var störst och stod för nästan hälften av behandlingarna. Andelen män var högst i gruppen "
        "50–67 år, 32 procent."
    )
    d.add_heading("Avslutade behandlingar efter vårdgivare", level=2)
    d.add_paragraph("Tabell 2. Avslutade KBT/IPT 2019 efter vårdgivare")
    docx_table(d, [
        ["Vårdgivare", "KBT/IPT 2019"],
        ["Vårdcentraler i regionens regi", "1 296"],
        ["Privata vårdcentraler i Vårdval Sörmland", "582"],
        ["Vuxenpsykiatrins öppenvård", "262"],
        ["Totalt", "2 140"],
    ])
    d.add_paragraph("Tabell 3. Avslutade MMR1 2019 efter rehabteam")
    docx_table(d, [
        ["Rehabteam", "Kvinnor", "Män", "Totalt"],
        ["Rehabteam Eskilstuna", "92", "26", "118"],
        ["Rehabteam Nyköping", "64", "20", "84"],
        ["Rehabteam Katrineholm", "40", "12", "52"],
        ["Rehabkliniken Strängnäs AB (privat)", "25", "7", "32"],
        ["Totalt", "221", "65", "286"],
    ])
    d.add_paragraph(
        "MMR2 ges vid Smärtrehabiliteringen, Mälarsjukhuset i Eskilstuna. Av de 74 patienter som avslutade MMR2 "
        "under 2019 var 58 kvinnor och 16 män. År 2018 avslutade 261 patienter MMR1 och 79 patienter MMR2."
    )
    d.add_heading("Utfall", level=2)
    d.add_paragraph(
        "Sex månader efter avslutad MMR1 hade 52 procent av de patienter som var sjukskrivna vid start helt eller "
        "delvis återgått i arbete. Efter MMR2 var andelen 41 procent."
    )
    d.add_paragraph(
        "Den genomsnittliga väntetiden från bedömning till första KBT-besök var 38 dagar i primärvården 2019. "
        "Regionens mål är högst 30 dagar."
    )
    d.add_heading("Slutsatser", level=2)
    d.add_paragraph("Antalet avslutade KBT/IPT-behandlingar fortsätter att öka, särskilt hos privata vårdgivare.",
                    style="List Bullet")
    d.add_paragraph("Män når i lägre grad psykologisk behandling och MMR än kvinnor.", style="List Bullet")
    d.add_paragraph("Väntetiden till KBT behöver kortas för att nå målet om 30 dagar.", style="List Bullet")
    d.add_paragraph("Rapporten har sammanställts av Maria Johansson, verksamhetsutvecklare. "
                    "Rapporten är fastställd av Henrik Ståhl, hälso- och sjukvårdsdirektör.")
    d.save(DOCS / "b11-sormland-2020-resultat-kbt-och-mmr-2019.docx")


# --------------------------------------------------------------------------- Landstinget i Jönköpings län memo 2010

def jonkoping_memo() -> None:
    d = new_doc()
    d.add_paragraph("Landstinget i Jönköpings län")
    d.add_paragraph("Landstingets kansli, Hälso- och sjukvårdsavdelningen")
    d.add_heading("PM", level=1)
    d.add_paragraph("Datum: 2010-02-03")
    d.add_paragraph("Dnr: LJ 2010/145")
    d.add_paragraph("Till: Verksamhetschefer i primärvården, rehabteam och psykiatrins öppenvård")
    d.add_heading("Rapportering av behandlingar inom rehabiliteringsgarantin 2010", level=2)
    d.add_heading("1. Bakgrund", level=3)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) har förlängt överenskommelsen om en "
        "rehabiliteringsgaranti till att gälla även 2010. Landstinget får statlig ersättning för de behandlingar "
        "med KBT, IPT och multimodal rehabilitering (MMR) som rapporteras till Försäkringskassan. Under 2009 "
        "rapporterade landstinget 1 412 avslutade KBT/IPT-behandlingar och 236 avslutade MMR, och fick 27,4 "
        "miljoner kronor i statsbidrag. Målet för 2010 är 1 700 KBT/IPT-behandlingar och 280 MMR."
    )
    d.add_paragraph(
        "Detta PM beskriver hur vårdenheterna ska registrera behandlingar och vilka datum som gäller för "
        "rapporteringen under 2010."
    )
    d.add_heading("2. Definitioner", level=3)
    d.add_paragraph(
        "Avslutad KBT/IPT-behandling: en behandling som omfattar minst fyra behandlingstillfällen och där ett "
        "avslutande bedömningssamtal har registrerats.", style="List Bullet")
    d.add_paragraph(
        "Avslutad MMR: en rehabilitering som genomförts av ett team med minst tre yrkeskategorier under minst fyra "
        "veckor enligt en gemensam rehabiliteringsplan.", style="List Bullet")
    d.add_paragraph(
        "Medicinsk bedömning: en bedömning av läkare eller legitimerad psykolog av att patienten uppfyller "
        "kriterierna för garantin. Bedömningen ska vara dokumenterad innan behandlingen startar.",
        style="List Bullet")
    d.add_heading("3. Registrering", level=3)
    d.add_paragraph(
        "Behandlingarna registreras i journalsystemet Cosmic med åtgärdskoderna DU011 (KBT), DU021 (IPT) och "
        "ZV200 (MMR). Registreringen ska göras senast tio arbetsdagar efter avslutad behandling. Landstingets "
        "ersättning till vårdenheterna är 6 000 kronor per avslutad KBT/IPT-behandling och 20 000 kronor per "
        "avslutad MMR1."
    )
    d.add_heading("4. Tidplan för rapportering 2010", level=3)
    d.add_paragraph("Landstinget rapporterar till Försäkringskassan tre gånger under året. Vårdenheternas "
                    "registreringar måste vara klara före landstingets sista dag enligt tabellen.")
    docx_table(d, [
        ["Period", "Sista dag för registrering i Cosmic", "Landstingets rapport till Försäkringskassan"],
        ["Januari–april 2010", "2010-05-10", "2010-05-31"],
        ["Maj–augusti 2010", "2010-09-10", "2010-09-30"],
        ["September–december 2010", "2011-01-14", "2011-01-31"],
    ])
    d.add_paragraph(
        "Behandlingar som registreras efter sista dag kommer inte med i rapporten för perioden och ger ingen "
        "ersättning till vårdenheten."
    )
    d.add_heading("5. Kontaktpersoner", level=3)
    docx_table(d, [
        ["Namn", "Roll", "Telefon"],
        ["Ulla Bergkvist", "Projektledare rehabiliteringsgarantin", "036-32 41 07"],
        ["Håkan Lindell", "Controller, ersättning och uppföljning", "036-32 41 22"],
        ["Karin Sjödin", "Psykolog, samordnare för KBT i primärvården", "036-32 45 60"],
        ["Jörgen Almqvist", "Systemförvaltare Cosmic, registrering och åtgärdskoder", "036-32 47 15"],
    ])
    d.add_paragraph("Ulla Bergkvist")
    d.add_paragraph("Projektledare rehabiliteringsgarantin")
    d.add_paragraph("Fastställt av Agneta Holmberg, hälso- och sjukvårdsdirektör, 2010-02-03")
    d.save(DOCS / "b11-jonkoping-2010-pm-rapportering-rehabiliteringsgarantin.docx")


if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    uppsala_decision()
    sormland_results()
    jonkoping_memo()
