"""Generates the PDF and DOCX test documents of batch b1, half b (stdlib + reportlab + python-docx).

Run: python make_docs_b.py   (writes into docs/ next to this script)
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


# --- 1. Region Örebro län: decision on the 2016 state grant (PDF) ---------------------------

OREBRO_ROWS = [
    ("Rehabkoordinatorer på vårdcentralerna", "Koordinering", "9,8"),
    ("KBT, IPT och internetbaserad KBT", "Psykisk ohälsa", "8,5"),
    ("Multimodal rehabilitering (MMR1)", "Långvarig smärta", "4,1"),
    ("Utbildning i försäkringsmedicin", "Försäkringsmedicin", "3,2"),
    ("Försäkringsmedicinskt centrum", "Samtliga områden", "2,9"),
    ("Elektroniska läkarintyg och IT-stöd", "Informationsutbyte", "2,6"),
    ("Jämställdhetsanalys och utbildning", "Jämställdhet", "1,4"),
    ("Uppföljning och utvärdering", "Samtliga områden", "0,7"),
    ("Reserv, ej fördelat", "Samtliga områden", "1,0"),
]


def make_orebro_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11)
    h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="Helvetica-Bold", fontSize=14, leading=17)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=11, leading=14)

    story = [
        Paragraph(MARKER, small),
        Spacer(1, 4 * mm),
        Paragraph("Region Örebro län", body),
        Paragraph("Hälso- och sjukvårdsnämnden", body),
        Paragraph("BESLUT", body),
        Paragraph("Datum: 2016-04-12", body),
        Paragraph("Diarienummer: 16RS2381", body),
        Spacer(1, 4 * mm),
        Paragraph("Användning av statsbidrag 2016 för en kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess", h1),
        Paragraph("Ärendebeskrivning", h2),
        Paragraph("Regeringen och Sveriges Kommuner och Landsting (SKL) har träffat en överenskommelse om en "
                  "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess för 2016. I "
                  "överenskommelsen satsar regeringen 1,5 miljarder kronor, varav cirka 1,2 miljarder kronor är "
                  "avsatta för landstingens kvalitetsarbete med sjukskrivningar. Medlen fördelas efter hur väl "
                  "landstingen uppfyller villkoren inom fem områden: jämställd sjukskrivningsprocess, "
                  "kompetenssatsning i försäkringsmedicin, funktion för koordinering, insatser för lindrig och "
                  "medelsvår psykisk ohälsa samt elektroniskt informationsutbyte.", body),
        Paragraph("Region Örebro län kan 2016 få högst 34,2 miljoner kronor om samtliga villkor uppfylls. Av "
                  "beloppet betalas 13,7 miljoner kronor ut i juni 2016 och resterande 20,5 miljoner kronor i "
                  "februari 2017, efter att det har bedömts hur väl villkoren har uppfyllts.", body),
        Paragraph("För 2015 fick Region Örebro län 30,6 miljoner kronor av möjliga 31,9 miljoner kronor. "
                  "Villkoret om elektroniskt informationsutbyte uppfylldes då endast delvis.", body),
        Paragraph("Förslag till användning 2016", h2),
        Paragraph("Villkoret om funktion för koordinering förutsätter att varje vårdcentral har en utsedd "
                  "rehabkoordinator senast den 31 oktober 2016. Av regionens 29 vårdcentraler hade 21 en "
                  "rehabkoordinator i mars 2016. Den största posten går därför till rehabkoordinatorer. "
                  "Försäkringsmedicinskt centrum vid Universitetssjukhuset Örebro leder arbetet och stödjer "
                  "läkarna i sjukskrivningsfrågor.", body),
        Spacer(1, 3 * mm),
        Paragraph("Tabell 1. Fördelning av statsbidraget 2016 (miljoner kronor)", body),
        Spacer(1, 2 * mm),
    ]
    data = [("Insats", "Område", "Belopp (mkr)"), *OREBRO_ROWS, ("Totalt", "", "34,2")]
    table = Table(data, colWidths=[80 * mm, 45 * mm, 28 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ]))
    story += [
        table,
        Spacer(1, 4 * mm),
        Paragraph("Beslut", h2),
        Paragraph("Hälso- och sjukvårdsnämnden beslutar", body),
        Paragraph("1. att godkänna fördelningen av statsbidraget för 2016 enligt tabell 1, totalt 34,2 miljoner "
                  "kronor,", body),
        Paragraph("2. att reserven om 1,0 miljon kronor fördelas av hälso- och sjukvårdsdirektören efter "
                  "delårsuppföljningen i augusti 2016,", body),
        Paragraph("3. att medel som inte har förbrukats vid årets slut får föras över till 2017 för samma "
                  "ändamål,", body),
        Paragraph("4. att en redovisning av hur medlen har använts lämnas till nämnden senast den 28 februari "
                  "2017.", body),
        Paragraph("Beslutsunderlag", h2),
        Paragraph("Tjänsteskrivelse 2016-03-22. Överenskommelse mellan staten och SKL om en kvalitetssäker och "
                  "effektiv sjukskrivnings- och rehabiliteringsprocess 2016.", body),
        Paragraph("Beslutet skickas till: Område nära vård, Ekonomienheten, Regionkansliet.", body),
        Spacer(1, 8 * mm),
        Paragraph("Karin Dahlström (S)", body),
        Paragraph("Ordförande, hälso- och sjukvårdsnämnden", body),
        Spacer(1, 5 * mm),
        Paragraph("Per-Erik Wallin", body),
        Paragraph("Hälso- och sjukvårdsdirektör", body),
        Spacer(1, 5 * mm),
        Paragraph("Handläggare: Sofia Berglund, strateg, tfn 019-602 15 48", small),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Användning av statsbidrag 2016", author="Region Örebro län")
    doc.build(story)


# --- 2. Region Halland: memo on reporting in 2013 (DOCX) --------------------------------------

HALLAND_RG_DATES = [
    "15 april 2013: sista dag för vårdenheternas registrering av behandlingar avslutade januari–mars.",
    "30 april 2013: rapport till SKL:s databas för behandlingar avslutade januari–mars.",
    "15 augusti 2013: sista dag för intern registrering av behandlingar avslutade april–juni.",
    "31 augusti 2013: rapport till SKL:s databas för behandlingar avslutade april–juni.",
    "15 oktober 2013: sista dag för intern registrering av behandlingar avslutade juli–september.",
    "31 oktober 2013: rapport till SKL:s databas för behandlingar avslutade juli–september.",
    "14 mars 2014: sista dag för intern registrering av behandlingar avslutade oktober–december.",
    "31 mars 2014: sista rapport till SKL:s databas och sista dag för rättelser av 2013 års uppgifter.",
]

HALLAND_SM_DATES = [
    "31 maj 2013: regionstyrelsen ska ha beslutat handlingsplanen för sjukskrivningsprocessen "
    "(grundvillkoret).",
    "15 juni 2013: lägesrapport till SKL om ledningsstrukturen och handlingsplanen.",
    "30 september 2013: intern sammanställning av antalet läkare som har genomgått utbildning i "
    "försäkringsmedicin.",
    "31 oktober 2013: redovisning till Försäkringskassan av hur villkoren har uppfyllts.",
    "Mars 2014: utbetalning av den del som fördelas utifrån sjukfrånvarons utveckling, när statistiken för "
    "helåret 2013 är klar.",
]

HALLAND_CONTACTS = [
    ("Namn", "Roll", "Telefon"),
    ("Malin Strand", "Utredare, rapportering inom rehabiliteringsgarantin", "035-13 48 20"),
    ("Johan Åkesson", "Processledare för sjukskrivningsfrågor", "035-13 48 57"),
    ("Eva Lindgren", "Systemförvaltare, registreringsverktyget", "035-13 49 02"),
    ("Anders Nyberg", "Samverkansansvarig, Försäkringskassan Halmstad", "010-116 42 30"),
]


def make_halland_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(MARKER)
    for line in ("Region Halland", "Regionkontoret, Hälso- och sjukvårdsavdelningen", "PROMEMORIA",
                 "Datum: 2013-02-11", "Diarienummer: RS130112", "Till: Regiondirektörens ledningsgrupp",
                 "Från: Malin Strand, utredare, Enheten för uppföljning och analys"):
        doc.add_paragraph(line)
    doc.add_heading("Rapportering 2013 till SKL och Försäkringskassan inom rehabiliteringsgarantin och "
                    "sjukskrivningsmiljarden", level=1)

    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Region Halland får 2013 statsbidrag genom två överenskommelser mellan staten och SKL: "
        "rehabiliteringsgarantin och överenskommelsen om en kvalitetssäker och effektiv sjukskrivningsprocess "
        "(sjukskrivningsmiljarden). Båda ställer krav på rapportering vid bestämda tidpunkter. Behandlingar och "
        "redovisningar som kommer in för sent ger ingen ersättning. Denna promemoria sammanställer kraven och "
        "tidpunkterna för 2013 och föreslår hur ansvaret ska fördelas.")

    doc.add_heading("Erfarenheter från 2012", level=2)
    doc.add_paragraph(
        "Under 2012 fick Region Halland 27,7 miljoner kronor av sitt takbelopp på 29,5 miljoner kronor inom "
        "rehabiliteringsgarantin. Bortfallet berodde främst på att 96 avslutade KBT-behandlingar från två "
        "vårdcentraler registrerades efter sista rapporteringsdag och därför inte ersattes.")

    doc.add_heading("Rehabiliteringsgarantin 2013", level=2)
    doc.add_paragraph(
        "Landstingen rapporterar avslutade behandlingar till SKL:s databas för rehabiliteringsgarantin. SKL "
        "sammanställer underlaget och lämnar det till Försäkringskassan, som betalar ut ersättningen. Region "
        "Hallands takbelopp för 2013 beräknas till 27,9 miljoner kronor. Följande krav gäller:")
    for item in (
        "Endast avslutade behandlingar rapporteras. En KBT- eller IPT-behandling ska omfatta minst fyra "
        "behandlingstillfällen.",
        "Patienten ska ha varit 16–67 år när behandlingen påbörjades.",
        "Uppgifterna lämnas avidentifierade med kön, ålder, diagnos och behandlingstyp.",
        "Ersättningen är 12 000 kronor per KBT- eller IPT-behandling, 20 000 kronor per MMR1 och 40 000 kronor "
        "per MMR2.",
    ):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("Tidpunkter 2013 för rehabiliteringsgarantin", level=3)
    for item in HALLAND_RG_DATES:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Sjukskrivningsmiljarden 2013", level=2)
    doc.add_paragraph(
        "Överenskommelsen består av ett grundvillkor och sex delar. Grundvillkoret är att landstinget har en "
        "ledningsstruktur för sjukskrivningsprocessen med en handlingsplan som är beslutad av ledningen. Region "
        "Halland kan 2013 få högst 31,0 miljoner kronor, varav 17,4 miljoner kronor fördelas utifrån hur "
        "sjukfrånvaron utvecklas och 13,6 miljoner kronor avser övriga delar. Försäkringskassan tar fram "
        "uppgifterna om sjukfrånvaro och sjukskrivningslängder per landsting, så regionen behöver inte "
        "rapportera dem själv.")
    doc.add_heading("Tidpunkter 2013 för sjukskrivningsmiljarden", level=3)
    for item in HALLAND_SM_DATES:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Förslag", level=2)
    doc.add_paragraph("Enheten för uppföljning och analys föreslår att ledningsgruppen")
    for item in (
        "utser Johan Åkesson, processledare för sjukskrivningsfrågor, till samordnande kontaktperson gentemot "
        "SKL,",
        "ger verksamhetscheferna i närsjukvården i uppdrag att se till att behandlingarna registreras senast de "
        "interna datumen ovan,",
        "får en lägesrapport efter varje rapporteringstillfälle.",
    ):
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Kontaktpersoner", level=2)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in HALLAND_CONTACTS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text

    doc.add_paragraph("")
    doc.add_paragraph("Malin Strand")
    doc.add_paragraph("Utredare, Enheten för uppföljning och analys")
    doc.add_paragraph("Godkänd av: Birgitta Olofsson, avdelningschef, Hälso- och sjukvårdsavdelningen")
    doc.core_properties.title = "Rapportering 2013 till SKL och Försäkringskassan"
    doc.core_properties.author = "Region Halland"
    doc.save(str(path))


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    make_orebro_pdf(DOCS / "b1b-orebro-2016-beslut-statsbidrag-sjukskrivning.pdf")
    make_halland_docx(DOCS / "b1b-halland-2013-pm-rapportering.docx")


if __name__ == "__main__":
    main()
