"""Generates the PDF and DOCX test documents of batch b21 (reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b21/make_docs.py
"""
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


def kronoberg_pdf() -> None:
    path = DOCS / "kronoberg-2022-arsredovisning-statsbidrag-sjukskrivningsprocessen.pdf"
    styles = getSampleStyleSheet()
    body, h1, h2, small = styles["BodyText"], styles["Heading1"], styles["Heading2"], styles["Italic"]
    story = [
        Paragraph(MARKER, small),
        Spacer(1, 0.3 * cm),
        Paragraph("Region Kronoberg", h2),
        Paragraph("Årsredovisning 2022 – utdrag", h1),
        Paragraph("Region Kronoberg, mars 2023", body),
        Paragraph("Årsredovisningen godkändes av regionstyrelsen den 29 mars 2023 och fastställdes av "
                  "regionfullmäktige den 25 april 2023.", body),
        Spacer(1, 0.4 * cm),
        Paragraph("5.6 Statsbidrag för en effektiv och kvalitetssäker sjukskrivnings- och "
                  "rehabiliteringsprocess", h2),
        Paragraph("Regeringen och Sveriges Kommuner och Regioner (SKR) tecknade i december 2021 en "
                  "överenskommelse om en effektiv och kvalitetssäker sjukskrivnings- och rehabiliteringsprocess "
                  "för 2022. Region Kronoberg kunde som mest erhålla 19 650 tkr, fördelat på fem villkor. "
                  "Budgeten för 2022 utgick från att regionen skulle uppfylla samtliga villkor.", body),
        Paragraph("Utfallet blev 17 195 tkr, vilket är 2 455 tkr lägre än budget och motsvarar 87,5 procent "
                  "av de möjliga medlen. Tre av fem villkor uppfylldes helt, ett uppfylldes till hälften och "
                  "ett uppfylldes inte.", body),
        Spacer(1, 0.3 * cm),
        Paragraph("Tabell 12. Statsbidrag per villkor 2022, tkr", styles["Heading4"]),
    ]
    rows = [
        ["Villkor", "Budget 2022", "Utfall 2022", "Avvikelse"],
        ["1. Rehabiliteringskoordinering", "7 860", "7 860", "0"],
        ["2. Försäkringsmedicinsk kompetens", "3 930", "3 930", "0"],
        ["3. Kvalitet i läkarintyg", "2 950", "1 475", "-1 475"],
        ["4. Psykisk ohälsa och smärta", "3 930", "3 930", "0"],
        ["5. Uppföljning och rapportering", "980", "0", "-980"],
        ["Summa", "19 650", "17 195", "-2 455"],
    ]
    table = Table(rows, colWidths=[7.5 * cm, 3 * cm, 3 * cm, 3 * cm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f0")),
    ]))
    story += [table, Spacer(1, 0.4 * cm)]
    story += [Paragraph(t, body) for t in (
        "Villkor 3 uppfylldes till hälften. Delmålet om utbildning i intygsskrivning nåddes, men andelen "
        "läkarintyg med fullständig beskrivning av funktionsnedsättning och aktivitetsbegränsning blev "
        "81 procent mot målet 85 procent.",
        "Villkor 5 uppfylldes inte eftersom regionens redovisning av könsuppdelad statistik lämnades in efter "
        "sista datum den 31 januari 2023.",
        "Medlen betalades ut av Kammarkollegiet i två omgångar: 7 860 tkr i juni 2022 för villkor 1 och "
        "resterande 9 335 tkr i mars 2023 för villkor 2–5.",
    )]
    story += [Spacer(1, 0.3 * cm), Paragraph("Användning av medlen", h2)]
    story += [Paragraph(t, body) for t in (
        "Av de erhållna medlen användes 9 420 tkr till rehabiliteringskoordinatorer i primärvården och "
        "psykiatrin, 1 630 tkr till utbildning i försäkringsmedicin, 1 850 tkr till processledning och "
        "760 tkr till digitalt stöd och uppföljning. De sammanlagda kostnaderna uppgick till 13 660 tkr.",
        "Ej förbrukade medel, 3 535 tkr, förs över till 2023 och är öronmärkta för rehabiliteringskoordinering.",
        "Under 2022 fick 3 410 patienter stöd av en rehabiliteringskoordinator, varav 71 procent kvinnor. "
        "Vid årets slut fanns 34 rehabiliteringskoordinatorer i regionen, motsvarande 21,5 årsarbetare.",
    )]
    story += [Spacer(1, 0.3 * cm), Paragraph("Analys och fortsatt arbete", h2)]
    story += [Paragraph(t, body) for t in (
        "Bortfallet av medel för villkor 5 berodde på en rutinbrist och inte på att uppgifterna saknades. "
        "Inför 2023 har ansvaret för redovisningen till SKR samlats hos hälso- och sjukvårdens stab, och "
        "redovisningen ska vara klar två veckor före sista datum.",
        "Kontakt: Anders Nyqvist, controller, hälso- och sjukvårdens stab.",
    )]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Årsredovisning 2022 – utdrag",
                            author="Region Kronoberg", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    doc.build(story)


def halland_docx() -> None:
    path = DOCS / "halland-2019-tjansteskrivelse-statsbidrag-sjukskrivningsprocessen.docx"
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Halland\nHälso- och sjukvårdsavdelningen")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2019-03-18\nDiarienummer: RS190245")
    d.add_paragraph("Hälso- och sjukvårdsnämnden")
    d.add_heading("Användning av statsbidrag 2019 för en effektiv och kvalitetssäker sjukskrivnings- och "
                  "rehabiliteringsprocess", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsnämnden beslutar att godkänna fördelningen av statsbidraget för 2019 "
                    "enligt tabell 1 i denna tjänsteskrivelse.", style="List Number")
    d.add_paragraph("Hälso- och sjukvårdsnämnden beslutar att uppdra åt hälso- och sjukvårdsdirektören att "
                    "återrapportera användningen av medlen till nämnden senast i februari 2020.",
                    style="List Number")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Regeringen och SKL har tecknat en överenskommelse om en effektiv och kvalitetssäker "
                    "sjukskrivnings- och rehabiliteringsprocess för 2019. Region Halland beräknas få 9 840 tkr "
                    "under förutsättning att villkoren i överenskommelsen uppfylls. Förvaltningen föreslår att "
                    "huvuddelen av medlen används för att behålla och utveckla funktionen för "
                    "rehabiliteringskoordinering inför den lag om koordineringsinsatser som väntas träda i kraft "
                    "2020.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Sedan 2006 har staten och SKL tecknat överenskommelser för att stimulera landstingen och "
                    "regionerna att utveckla sjukskrivnings- och rehabiliteringsprocessen. Överenskommelsen för "
                    "2019 är ettårig. Av de 306 miljoner kronor som fördelas till regionerna 2019 motsvarar Region "
                    "Hallands andel 3,2 procent, beräknat efter befolkningsandel.")
    d.add_paragraph("För att få del av medlen ska regionen bland annat ha en funktion för koordinering på samtliga "
                    "vårdcentraler och inom psykiatrin, fortsätta kompetenssatsningen i försäkringsmedicin och "
                    "redovisa statistik om sjukskrivning uppdelad på kön.")
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph("Förvaltningen föreslår att statsbidraget för 2019 fördelas enligt tabell 1.")
    d.add_paragraph("Tabell 1. Fördelning av statsbidraget 2019, tkr")
    rows = [
        ("Insats", "Budget 2019 (tkr)", "Ansvarig"),
        ("Rehabiliteringskoordinatorer, vårdcentraler", "4 200", "Närsjukvården Halland"),
        ("Rehabiliteringskoordinatorer, psykiatri", "1 800", "Psykiatrin Halland"),
        ("Utbildning i försäkringsmedicin", "950", "Hälso- och sjukvårdsavdelningen"),
        ("Processledning", "1 100", "Hälso- och sjukvårdsavdelningen"),
        ("Elektroniskt informationsutbyte", "600", "Regionkontoret IT"),
        ("Samverkan med arbetsgivare", "790", "Närsjukvården Halland"),
        ("Oförutsett", "400", "Hälso- och sjukvårdsavdelningen"),
        ("Summa", "9 840", ""),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("")
    d.add_paragraph("Rehabiliteringskoordinatorerna finns i dag på 41 av regionens 48 vårdcentraler. Målet är "
                    "att samtliga vårdcentraler ska ha tillgång till en rehabiliteringskoordinator före utgången "
                    "av 2019.")
    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph("Medlen betalas ut av Kammarkollegiet i två delar: 50 procent i april 2019 och resterande del "
                    "efter att regionen har redovisat uppfyllda villkor senast den 31 januari 2020. Om villkoren "
                    "inte uppfylls helt kan regionen behöva finansiera delar av koordineringsfunktionen inom "
                    "ordinarie budget.")
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph("Användningen av medlen följs upp i delårsrapporten per augusti 2019 och i årsredovisningen "
                    "för 2019.")
    d.add_heading("Kontaktperson", level=2)
    d.add_paragraph("Linnea Bergkvist, processledare försäkringsmedicin, Hälso- och sjukvårdsavdelningen, "
                    "telefon 035-13 48 20, linnea.bergkvist@regionhalland.se")
    d.add_paragraph("Kerstin Åberg\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Mats Ingvarsson\nAvdelningschef, Hälso- och sjukvårdsavdelningen")
    d.add_paragraph("Beslutet skickas till: Närsjukvården Halland, Psykiatrin Halland, Regionkontoret IT")
    d.core_properties.title = "Användning av statsbidrag 2019 för en effektiv och kvalitetssäker " \
                              "sjukskrivnings- och rehabiliteringsprocess"
    d.core_properties.author = "Region Halland"
    d.save(str(path))


if __name__ == "__main__":
    kronoberg_pdf()
    halland_docx()
