"""Generates the PDF and DOCX test documents of batch b36 (stdlib + reportlab + python-docx).

Run: /work/main/.venv/bin/python evals/batches/b36/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


# --------------------------------------------------------------------------------------------
# 1. PDF: Region Värmland, delårsrapport januari–augusti 2021, överenskommelsemedel
# --------------------------------------------------------------------------------------------

def make_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body, h1, h2, small = styles["BodyText"], styles["Heading1"], styles["Heading2"], styles["Italic"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Delårsrapport januari–augusti 2021 – sjukskrivnings- och rehabiliteringsprocessen",
                            author="Region Värmland")
    grid = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3ecd9")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ])
    s: list = [
        Paragraph(MARKER, small),
        Spacer(1, 4 * mm),
        Paragraph("Region Värmland – Hälso- och sjukvårdsförvaltningen", h2),
        Paragraph("Delårsrapport januari–augusti 2021: Överenskommelsen om en effektiv och kvalitetssäker "
                  "sjukskrivnings- och rehabiliteringsprocess", h1),
        Paragraph("Datum: 2021-09-22. Diarienummer: RV2021/01873. Rapporten redovisas för hälso- och "
                  "sjukvårdsnämnden den 14 oktober 2021.", body),
        Spacer(1, 3 * mm),
        Paragraph("1. Sammanfattning", h2),
        Paragraph(
            "Region Värmland disponerar 26,2 miljoner kronor för arbetet med sjukskrivnings- och "
            "rehabiliteringsprocessen under 2021. Beloppet består av det beräknade statsbidraget för 2021 på "
            "22,8 miljoner kronor och ej förbrukade medel från 2020 på 3,4 miljoner kronor. Till och med "
            "augusti har 14,9 miljoner kronor använts, vilket motsvarar 57 procent av budgeten. Prognosen för "
            "helåret är 24,1 miljoner kronor och ett överskott på 2,1 miljoner kronor.", body),
        Paragraph(
            "Den största avvikelsen finns inom reserven för oförutsedda insatser och inom utbildning i "
            "försäkringsmedicin, där flera kurstillfällen under våren ställdes in på grund av pandemin. "
            "Insatserna för psykisk ohälsa beräknas däremot överskrida budgeten med 150 000 kronor.", body),
        Paragraph("2. Ekonomiskt utfall per aktivitet", h2),
        Paragraph("Tabell 1. Budget, utfall januari–augusti och prognos helår 2021 per aktivitet (tkr)", small),
    ]
    rows = [
        ["Aktivitet", "Budget 2021", "Utfall jan–aug", "Prognos helår", "Avvikelse"],
        ["Rehabkoordinatorer i primärvården", "9 600", "6 140", "9 350", "250"],
        ["Rehabkoordinatorer i psykiatrin", "3 200", "2 010", "3 050", "150"],
        ["Utbildning i försäkringsmedicin", "1 800", "620", "1 400", "400"],
        ["Försäkringsmedicinskt team", "2 400", "1 530", "2 300", "100"],
        ["Digitalt stöd och IT", "1 500", "410", "1 100", "400"],
        ["Insatser vid psykisk ohälsa (KBT/IPT)", "4 300", "2 980", "4 450", "-150"],
        ["Processledning och uppföljning", "1 900", "1 240", "1 850", "50"],
        ["Reserv för oförutsedda insatser", "1 500", "0", "600", "900"],
        ["Totalt", "26 200", "14 930", "24 100", "2 100"],
    ]
    t = Table(rows, colWidths=[62 * mm, 24 * mm, 26 * mm, 26 * mm, 22 * mm])
    t.setStyle(grid)
    s += [t, Spacer(1, 2 * mm),
          Paragraph("Avvikelse = budget minus prognos. Ett negativt tal anger att prognosen överskrider budgeten.",
                    small),
          Spacer(1, 3 * mm),
          Paragraph("3. Verksamhetens utfall", h2),
          Paragraph(
              "Funktion för koordinering finns nu vid 31 vårdcentraler och 7 psykiatriska öppenvårdsmottagningar. "
              "Under januari–augusti fick 2 418 patienter stöd av en rehabkoordinator, varav 1 702 kvinnor och "
              "716 män. Målet för helåret är 3 500 patienter.", body),
          Paragraph(
              "Inom utbildningen i försäkringsmedicin har 64 läkare genomgått grundkursen hittills i år. Målet "
              "för 2021 är 120 läkare. Höstens kurser genomförs digitalt för att ta igen de inställda "
              "tillfällena.", body),
          Paragraph(
              "Inom insatserna vid psykisk ohälsa avslutades 1 135 behandlingar med KBT eller IPT under "
              "perioden, varav 412 som internetbaserad KBT. Efterfrågan på internetbaserad behandling har ökat "
              "och förklarar att prognosen överskrider budgeten.", body),
          Paragraph("4. Bedömning och förslag", h2),
          Paragraph(
              "Förvaltningen bedömer att villkoren i överenskommelsen för 2021 kommer att uppfyllas. Det "
              "prognostiserade överskottet på 2,1 miljoner kronor föreslås föras över till 2022 och användas "
              "för utbildning i försäkringsmedicin och för digitalt stöd till rehabkoordinatorerna.", body),
          Paragraph(
              "En slutlig redovisning av 2021 års medel lämnas till hälso- och sjukvårdsnämnden i mars 2022.",
              body),
          Spacer(1, 4 * mm),
          Paragraph("Linnea Berg, utvecklingsledare, Hälso- och sjukvårdsförvaltningen", body),
          Paragraph("Per-Olof Dahl, hälso- och sjukvårdsdirektör", body),
          Paragraph("Kontakt: linnea.berg@regionvarmland.se, 054-61 40 00 (växel)", small),
          ]
    doc.build(s)


# --------------------------------------------------------------------------------------------
# 2. DOCX: Region Norrbotten, tjänsteskrivelse om fördelning av statsbidraget 2023
# --------------------------------------------------------------------------------------------

def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Fördelning av statsbidrag för sjukskrivnings- och rehabiliteringsprocessen 2023"
    d.core_properties.author = "Region Norrbotten"
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Norrbotten\nHälso- och sjukvårdsdirektörens stab")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2022-11-14\nDiarienummer: 05612-2022\n"
                    "Handläggare: Johanna Lindmark, strateg")
    d.add_heading("Fördelning av statsbidrag för en effektiv och kvalitetssäker sjukskrivnings- och "
                  "rehabiliteringsprocess 2023", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Regionstyrelsen föreslås besluta")
    for item in [
        "att statsbidraget för 2023, beräknat till 16,9 miljoner kronor, fördelas med 9,3 miljoner kronor till "
        "primärvården, 4,2 miljoner kronor till psykiatrin och 3,4 miljoner kronor till den centrala "
        "funktionen för sjukskrivnings- och rehabiliteringsprocessen,",
        "att medel som inte har förbrukats vid årets slut återförs till den centrala funktionen,",
        "att en uppföljning av medlens användning redovisas för regionstyrelsen senast den 30 september 2023.",
    ]:
        d.add_paragraph(item, style="List Number")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Regioner (SKR) väntas teckna en ny överenskommelse om en effektiv "
        "och kvalitetssäker sjukskrivnings- och rehabiliteringsprocess för 2023. Region Norrbottens andel av "
        "medlen beräknas utifrån befolkningsandel till 16,9 miljoner kronor, vilket är 0,5 miljoner kronor mer "
        "än 2022. Förvaltningen föreslår att primärvårdens andel ökar, eftersom flest sjukskrivningar utfärdas "
        "där.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Sedan 2020 har regionerna enligt lagen om koordineringsinsatser för sjukskrivna patienter en "
        "skyldighet att erbjuda koordinering. Överenskommelsemedlen används i Norrbotten främst för att "
        "finansiera rehabkoordinatorer vid hälsocentraler och psykiatriska mottagningar, för det regionala "
        "försäkringsmedicinska arbetet och för insatser vid lindrig och medelsvår psykisk ohälsa.")
    d.add_paragraph(
        "För 2022 fördelades 16,4 miljoner kronor: 8,8 miljoner kronor till primärvården, 4,0 miljoner kronor "
        "till psykiatrin och 3,6 miljoner kronor till den centrala funktionen. Vid delårsbokslutet i augusti "
        "2022 hade 71 procent av medlen förbrukats.")
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph("Tabell 1. Fördelning av statsbidraget 2022 och förslag för 2023 (miljoner kronor)")
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Mottagare", "Fördelning 2022", "Förslag 2023", "Andel 2023"]):
        cell.text = text
    for row in [["Primärvården", "8,8", "9,3", "55 %"], ["Psykiatrin", "4,0", "4,2", "25 %"],
                ["Central funktion", "3,6", "3,4", "20 %"], ["Totalt", "16,4", "16,9", "100 %"]]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    d.add_heading("Primärvården", level=3)
    d.add_paragraph(
        "Av primärvårdens 9,3 miljoner kronor fördelas 8,1 miljoner kronor till hälsocentralerna efter antal "
        "listade invånare i åldern 16–67 år, för att finansiera rehabkoordinatorer. Resterande 1,2 miljoner "
        "kronor avsätts för internetbaserad KBT via 1177 Stöd och behandling. Varje hälsocentral ska ha minst "
        "en namngiven rehabkoordinator.")
    d.add_heading("Psykiatrin", level=3)
    d.add_paragraph(
        "Psykiatrins 4,2 miljoner kronor används till rehabkoordinatorer vid de vuxenpsykiatriska "
        "mottagningarna i Luleå, Piteå, Boden, Kalix och Gällivare samt till ett utbildningspaket i "
        "försäkringsmedicin för psykiatrins läkare.")
    d.add_heading("Central funktion", level=3)
    d.add_paragraph(
        "Den centrala funktionen omfattar processledning, försäkringsmedicinsk rådgivning och uppföljning av "
        "överenskommelsens villkor, totalt 3,5 tjänster. Minskningen med 0,2 miljoner kronor jämfört med 2022 "
        "beror på att en tidsbegränsad IT-satsning avslutas vid årsskiftet.")
    d.add_heading("Konsekvenser", level=2)
    d.add_paragraph(
        "Om överenskommelsen för 2023 ger ett lägre belopp än beräknat minskas fördelningen till den centrala "
        "funktionen först. Förslaget bedöms inte få några negativa konsekvenser för jämställdheten; "
        "uppföljningen ska redovisas uppdelad på kvinnor och män.")
    d.add_paragraph("Johanna Lindmark\nStrateg, Hälso- och sjukvårdsdirektörens stab")
    d.add_paragraph("Ulrika Sandberg\nHälso- och sjukvårdsdirektör")
    d.add_heading("Beslutet skickas till", level=2)
    for item in ["Primärvårdsdivisionen", "Psykiatridivisionen", "Ekonomidirektören"]:
        d.add_paragraph(item, style="List Bullet")
    d.save(str(path))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf(DOCS / "b36-varmland-2021-delarsrapport-sjukskrivningsmedel-jan-aug.pdf")
    make_docx(DOCS / "b36-norrbotten-2022-tjansteskrivelse-fordelning-statsbidrag-2023.docx")
