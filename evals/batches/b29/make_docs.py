"""Builds the PDF and DOCX test documents of batch b29 (reportlab + python-docx).

Run: .venv/bin/python evals/batches/b29/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

# -- Socialstyrelsen 2013: waiting times for KBT, one row per landsting ---------------------------------

KBT_ROWS = [
    ("Stockholms läns landsting", "9 420", "38", "41", "12"),
    ("Landstinget i Uppsala län", "1 510", "45", "33", "16"),
    ("Landstinget Sörmland", "1 060", "29", "52", "7"),
    ("Landstinget i Östergötland", "2 240", "31", "49", "8"),
    ("Landstinget i Jönköpings län", "1 980", "22", "64", "4"),
    ("Landstinget Kronoberg", "870", "27", "55", "6"),
    ("Landstinget i Kalmar län", "1 420", "24", "61", "5"),
    ("Region Gotland", "260", "48", "30", "18"),
    ("Landstinget Blekinge", "610", "36", "44", "10"),
    ("Region Skåne", "6 850", "30", "50", "9"),
    ("Region Halland", "1 740", "26", "58", "5"),
    ("Västra Götalandsregionen", "8 610", "33", "47", "9"),
    ("Landstinget i Värmland", "1 190", "41", "38", "13"),
    ("Örebro läns landsting", "1 350", "35", "45", "11"),
    ("Landstinget Västmanland", "990", "52", "27", "21"),
    ("Landstinget Dalarna", "1 260", "28", "53", "7"),
    ("Landstinget Gävleborg", "1 020", "44", "34", "15"),
    ("Landstinget Västernorrland", "830", "39", "40", "12"),
    ("Jämtlands läns landsting", "470", "43", "36", "14"),
    ("Västerbottens läns landsting", "1 080", "37", "42", "11"),
    ("Norrbottens läns landsting", "820", "58", "24", "26"),
    ("Riket", "45 580", "34", "46", "10"),
]


def build_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Title"], styles["Heading2"]
    small = styles["Italic"]

    def numbered(items: list[str]) -> ListFlowable:
        return ListFlowable([ListItem(Paragraph(t, body)) for t in items], bulletType="1", start="1")

    def bullets(items: list[str]) -> ListFlowable:
        return ListFlowable([ListItem(Paragraph(t, body)) for t in items], bulletType="bullet", start="-")

    def page_number(canvas, doc) -> None:  # noqa: ANN001
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(doc.page))

    story = [
        Paragraph(MARKER, small),
        Spacer(1, 8),
        Paragraph("Socialstyrelsen", styles["Heading3"]),
        Paragraph("Väntetider till KBT inom rehabiliteringsgarantin 2013", h1),
        Paragraph("Nationell uppföljning av väntetiden från medicinsk bedömning till påbörjad behandling",
                  styles["Heading3"]),
        Paragraph("Publicerad: 2014-03-20. Artikelnummer: 2014-3-18.", body),
        Spacer(1, 6),
        Paragraph("Förord", h2),
        Paragraph(
            "Socialstyrelsen har på uppdrag av regeringen följt upp väntetiderna till kognitiv beteendeterapi (KBT) "
            "inom rehabiliteringsgarantin under 2013. Uppföljningen bygger på uppgifter som samtliga 21 landsting och "
            "regioner har lämnat till Socialstyrelsen. Rapporten riktar sig till beslutsfattare och "
            "verksamhetsansvariga i landstingen samt till Regeringskansliet och Sveriges Kommuner och "
            "Landsting.", body),
        Paragraph("Stockholm i mars 2014", body),
        Paragraph("Karin Bergqvist, avdelningschef, Avdelningen för statistik och jämförelser", body),
        Paragraph("1. Sammanfattning", h2),
        bullets([
            "Under 2013 påbörjade 45 580 patienter KBT inom rehabiliteringsgarantin enligt landstingens rapportering.",
            "Medianväntetiden från medicinsk bedömning till första behandlingstillfälle var 34 dagar för riket, "
            "jämfört med 41 dagar år 2012.",
            "46 procent av patienterna påbörjade behandlingen inom 30 dagar, och 10 procent väntade längre "
            "än 90 dagar.",
            "Skillnaderna mellan landstingen är stora: medianväntetiden varierade mellan 22 dagar i Landstinget i "
            "Jönköpings län och 58 dagar i Norrbottens läns landsting.",
            "I sex landsting låg medianväntetiden under 30 dagar.",
            "Kvinnor utgjorde 71 procent av dem som påbörjade KBT. Medianväntetiden var 35 dagar för kvinnor och "
            "32 dagar för män.",
            "Patienter i åldern 16–29 år väntade längst, med en medianväntetid på 39 dagar.",
        ]),
        Paragraph("2. Om uppföljningen", h2),
        Paragraph(
            "Med väntetid avses i denna uppföljning antalet dagar från det datum då den medicinska bedömningen gjordes "
            "till det datum då patienten deltog i sitt första behandlingstillfälle med KBT.", body),
        Paragraph(
            "Uppgifterna avser behandlingar som påbörjades under perioden 1 januari–31 december 2013. "
            "Internetförmedlad KBT ingår och utgjorde 6 procent av de påbörjade behandlingarna. "
            "Interpersonell terapi (IPT) ingår inte i "
            "uppföljningen eftersom antalet behandlingar är för litet för att redovisas per landsting. Uppgifterna har "
            "inte validerats mot patientjournaler.", body),
        CondPageBreak(16 * cm),
        Paragraph("3. Resultat per landsting", h2),
        Paragraph("Tabell 1. Påbörjade KBT-behandlingar och väntetider per landsting 2013", styles["Heading4"]),
    ]
    header = ("Landsting/region", "Påbörjade", "Median (dagar)", "Inom 30 dagar (%)", "Över 90 dagar (%)")
    table = Table([header, *KBT_ROWS], colWidths=[6.2 * cm, 2.3 * cm, 2.6 * cm, 3.0 * cm, 3.0 * cm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ]))
    story += [
        table,
        Spacer(1, 4),
        Paragraph("Källa: Landstingens rapportering till Socialstyrelsen, februari 2014.", small),
        Paragraph(
            "Stockholms läns landsting och Västra Götalandsregionen svarade tillsammans för knappt 40 procent av de "
            "påbörjade behandlingarna. Längst medianväntetid efter Norrbotten hade Landstinget Västmanland "
            "med 52 dagar.",
            body),
        Paragraph("4. Socialstyrelsens bedömning", h2),
        Paragraph("Socialstyrelsen bedömer att väntetiderna har kortats sedan 2012 men att skillnaderna mellan "
                  "landstingen är för stora. Socialstyrelsen rekommenderar följande:", body),
        numbered([
            "Landstingen bör införa ett gemensamt mål om att KBT ska påbörjas inom 30 dagar efter den "
            "medicinska bedömningen.",
            "Landsting med långa väntetider bör se över tillgången på legitimerade psykoterapeuter och KBT-utbildad "
            "personal i primärvården.",
            "Internetförmedlad KBT bör erbjudas som ett alternativ i alla landsting, särskilt i glesbygd.",
            "Rapporteringen bör utvecklas så att även väntetider till IPT och multimodal rehabilitering kan "
            "följas från 2015.",
        ]),
        Paragraph("5. Kontakt", h2),
        Paragraph("Frågor om rapporten besvaras av utredare Mikael Strandberg och statistiker Lena Öhman, "
                  "Socialstyrelsen, Avdelningen för statistik och jämförelser.", body),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Väntetider till KBT inom rehabiliteringsgarantin 2013",
                            author="Socialstyrelsen", leftMargin=2 * cm, rightMargin=2 * cm)
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)


# -- SKL 2009: reporting instruction with a template table ------------------------------------------------

def build_docx(path: Path) -> None:
    d = Document()
    d.core_properties.title = "Anvisning för rapportering av genomförda behandlingar inom rehabiliteringsgarantin 2009"
    d.core_properties.author = "SKL"
    d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph(MARKER)
    p.runs[0].italic = True
    d.add_paragraph("Sveriges Kommuner och Landsting\nAvdelningen för vård och omsorg\n"
                    "Datum: 2009-03-12\nVårt dnr: 09/1562")
    d.add_heading("Anvisning för landstingens rapportering av genomförda behandlingar inom "
                  "rehabiliteringsgarantin 2009", level=1)
    d.add_paragraph("Till: Landstingsdirektörer och kontaktpersoner för rehabiliteringsgarantin i landstingen "
                    "och regionerna")

    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) har träffat en överenskommelse om en "
        "rehabiliteringsgaranti för 2009. Enligt överenskommelsen kan landstingen ta del av högst 1 000 miljoner "
        "kronor för genomförda behandlingar med kognitiv beteendeterapi (KBT), interpersonell terapi (IPT) och "
        "multimodal rehabilitering (MMR). Ersättningen betalas ut i efterhand, på grundval av landstingens "
        "rapportering. Denna anvisning beskriver hur och när rapporteringen ska göras.")

    d.add_heading("2. Vad ersätts", level=2)
    d.add_paragraph("Ersättning lämnas per avslutad behandling enligt följande:")
    for t in ("KBT eller IPT: 12 000 kronor per avslutad behandling.",
              "Multimodal rehabilitering 1 (MMR1), i regel i primärvården: 20 000 kronor per avslutad "
              "behandlingsserie.",
              "Multimodal rehabilitering 2 (MMR2), i regel i den specialiserade vården: 40 000 kronor per avslutad "
              "behandlingsserie."):
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "En KBT- eller IPT-behandling räknas som genomförd när patienten har deltagit i minst fem "
        "behandlingstillfällen och behandlingen har avslutats enligt behandlingsplanen. En MMR-serie räknas som "
        "genomförd när patienten har fullföljt rehabiliteringen under minst fyra veckor med insatser från minst tre "
        "yrkesprofessioner.")
    d.add_paragraph(
        "Endast behandlingar av kvinnor och män i åldern 16–67 år som har föregåtts av en medicinsk bedömning får "
        "rapporteras. En patient kan ingå i rapporteringen med högst en KBT/IPT-behandling och en MMR-serie "
        "under året.")

    d.add_heading("3. Rapporteringstillfällen", level=2)
    d.add_paragraph("Landstingen rapporterar genomförda behandlingar vid tre tillfällen under 2009:")
    d.add_paragraph("Behandlingar avslutade 1 januari–30 april 2009: rapport senast den 15 maj 2009.",
                    style="List Number")
    d.add_paragraph("Behandlingar avslutade 1 maj–31 augusti 2009: rapport senast den 15 september 2009.",
                    style="List Number")
    d.add_paragraph("Behandlingar avslutade 1 september–31 december 2009: rapport senast den 15 januari 2010.",
                    style="List Number")
    d.add_paragraph(
        "Rapporten skickas till Försäkringskassan med kopia till SKL. Försäkringskassan granskar rapporten och "
        "betalar ut ersättningen senast en månad efter att rapporten har kommit in. En rapport som kommer in efter "
        "sista dag behandlas vid nästa rapporteringstillfälle. Behandlingar som rapporteras efter den 15 januari 2010 "
        "ersätts inte.")

    d.add_heading("4. Så fyller ni i mallen", level=2)
    d.add_paragraph(
        "Rapporten lämnas i mallen nedan, en mall per rapporteringsperiod. Antalet behandlingar redovisas uppdelat "
        "på kvinnor och män. Uppgifter om enskilda patienter, till exempel personnummer, får inte skickas med. "
        "Beloppet i sista kolumnen är antalet behandlingar totalt multiplicerat med ersättningen per behandling.")
    d.add_paragraph("Mall: Rapport om genomförda behandlingar inom rehabiliteringsgarantin 2009 "
                    "(exemplet avser ett fiktivt landsting)")
    rows = [
        ("Behandlingsform", "Antal kvinnor", "Antal män", "Totalt", "Ersättning per behandling (kr)", "Belopp (kr)"),
        ("KBT", "120", "45", "165", "12 000", "1 980 000"),
        ("IPT", "14", "4", "18", "12 000", "216 000"),
        ("MMR1", "30", "12", "42", "20 000", "840 000"),
        ("MMR2", "6", "3", "9", "40 000", "360 000"),
        ("Summa", "170", "64", "234", "", "3 396 000"),
    ]
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph(
        "Mallen ska dessutom innehålla landstingets namn, rapporteringsperiod och kontaktperson. Rapporten ska "
        "undertecknas av landstingsdirektören eller den som landstingsdirektören utsett.")

    d.add_heading("5. Uppföljning", level=2)
    d.add_paragraph(
        "SKL sammanställer landstingens rapporter och redovisar resultatet per landsting, kön och behandlingsform "
        "till regeringen. Karolinska Institutet utvärderar rehabiliteringsgarantins effekter på sjukfrånvaron.")

    d.add_heading("6. Kontakt", level=2)
    d.add_paragraph("Frågor om anvisningen besvaras av Karl-Erik Strand, handläggare, och Sofia Westin, "
                    "ekonom, vid SKL:s avdelning för vård och omsorg.")
    d.add_paragraph("Sveriges Kommuner och Landsting\nMona Tallberg\nSektionschef")
    d.save(str(path))


if __name__ == "__main__":
    build_pdf(DOCS / "b29-socialstyrelsen-2013-vantetider-kbt.pdf")
    build_docx(DOCS / "b29-skl-2009-anvisning-rapportering.docx")
