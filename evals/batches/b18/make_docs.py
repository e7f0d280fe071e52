"""Generates the PDF and DOCX test documents of batch b18 (run with the project venv).

    .venv/bin/python evals/batches/b18/make_docs.py
"""

from __future__ import annotations

import datetime as dt
import os
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


# -- Försäkringskassan, Korta analyser 2019 (PDF) ----------------------------------------------

def make_fk_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body, h1, h2, small = styles["BodyText"], styles["Title"], styles["Heading2"], styles["Italic"]
    story = []

    def p(text: str, style=body) -> None:
        story.append(Paragraph(text, style))

    def table(rows: list[list[str]], widths: list[float]) -> None:
        t = Table(rows, colWidths=[w * cm for w in widths])
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f1")),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ]))
        story.append(t)

    p(MARKER, small)
    p("Försäkringskassan", styles["Heading3"])
    p("Korta analyser 2019:3")
    p("Sjukskrivning för psykiatriska diagnoser – skillnader mellan kvinnor och män i olika åldrar", h1)
    p("Publicerad: 2019-05-21. Dnr: FK 2019/004512. Analys och prognos, Försäkringskassan.")
    p("Författare: Johanna Berg och Martin Selin")
    p("Sammanfattning", h2)
    p("Psykiatriska diagnoser är i dag den vanligaste orsaken till sjukskrivning i Sverige. "
      "I december 2018 pågick 96 480 sjukfall med en psykiatrisk diagnos, vilket var 45,7 procent av alla "
      "211 100 pågående sjukfall. Antalet har mer än fördubblats sedan december 2010, då det var 44 900.")
    p("Kvinnor står för 71 procent av sjukfallen med psykiatrisk diagnos. Skillnaden mellan kvinnor och män är "
      "störst i åldern 40–49 år, där kvinnorna står för nästan tre av fyra sjukfall.")
    p("Den vanligaste psykiatriska diagnosgruppen bland nya sjukfall är reaktioner på svår stress (F43), "
      "som utmattningssyndrom. Den gruppen svarade för 56 procent av kvinnornas och 45 procent av männens nya "
      "sjukfall med psykiatrisk diagnos 2018.")
    p("1. Bakgrund och syfte", h2)
    p("Försäkringskassan följer utvecklingen av sjukskrivningar med psykiatriska diagnoser (diagnoskapitel F i "
      "ICD-10) sedan flera år. Syftet med denna korta analys är att beskriva hur sjukfallen fördelar sig på kön "
      "och ålder och vilka diagnoser som dominerar bland nya sjukfall. Analysen bygger på Försäkringskassans "
      "register över utbetald sjukpenning. Ett sjukfall räknas som pågående om det pågick den 31 december 2018.")
    p("2. Pågående sjukfall per kön och ålder", h2)
    p("Tabell 1. Pågående sjukfall med psykiatrisk diagnos den 31 december 2018, per kön och ålder")
    table([
        ["Ålder", "Kvinnor", "Män", "Totalt", "Andel kvinnor, %"],
        ["16–29 år", "9 840", "4 210", "14 050", "70,0"],
        ["30–39 år", "17 630", "6 920", "24 550", "71,8"],
        ["40–49 år", "19 480", "7 350", "26 830", "72,6"],
        ["50–59 år", "16 270", "6 880", "23 150", "70,3"],
        ["60–64 år", "5 360", "2 540", "7 900", "67,8"],
        ["Samtliga", "68 580", "27 900", "96 480", "71,1"],
    ], [3.2, 2.6, 2.6, 2.6, 3.4])
    p("Källa: Försäkringskassans datalager (MiDAS), bearbetning Analys och prognos.", small)
    story.append(Spacer(1, 0.3 * cm))
    p("Flest sjukfall finns i åldern 40–49 år. Bland kvinnor var 47,2 procent av alla pågående sjukfall "
      "psykiatriska, bland män 42,4 procent. I förhållande till antalet försäkrade är sjukskrivningen för "
      "psykiatriska diagnoser högst bland kvinnor i åldern 30–39 år, med 27 pågående sjukfall per 1 000 "
      "försäkrade. För män i samma ålder är motsvarande tal 10 per 1 000.")
    p("3. Nya sjukfall per diagnosgrupp", h2)
    p("Tabell 2. Nya sjukfall med psykiatrisk diagnos 2018, per diagnosgrupp och kön")
    table([
        ["Diagnosgrupp (ICD-10)", "Kvinnor", "Män", "Totalt"],
        ["Reaktion på svår stress (F43)", "38 200", "11 900", "50 100"],
        ["Depression (F32–F33)", "14 600", "6 100", "20 700"],
        ["Andra ångestsyndrom (F41)", "9 300", "3 800", "13 100"],
        ["Övriga psykiatriska diagnoser", "6 100", "4 400", "10 500"],
        ["Samtliga psykiatriska diagnoser", "68 200", "26 200", "94 400"],
    ], [6.4, 2.6, 2.6, 2.6])
    p("Källa: Försäkringskassans datalager (MiDAS).", small)
    story.append(Spacer(1, 0.3 * cm))
    p("Sjukfallen med psykiatrisk diagnos är också långa. Mediansjukfallet som avslutades under 2018 varade "
      "184 dagar för kvinnor och 169 dagar för män, jämfört med 58 respektive 49 dagar för sjukfall med andra "
      "diagnoser.")
    p("4. Slutsatser", h2)
    p("Sjukskrivningen för psykiatriska diagnoser är fortsatt hög, och kvinnor i yrkesaktiv ålder är kraftigt "
      "överrepresenterade. Försäkringskassan bedömer att tidiga och samordnade insatser är avgörande för att "
      "korta sjukfallen. Regionernas rehabiliteringskoordinatorer, tillgång till psykologisk behandling som KBT "
      "och IPT och tidig kontakt med arbetsgivaren lyfts fram som viktiga delar.")
    p("Försäkringskassan kommer att följa upp analysen med en studie av återfall i sjukskrivning under 2020.")
    p("Kontakt: Johanna Berg, analytiker, Analys och prognos, johanna.berg@forsakringskassan.se")
    # the PDF's creation date is its publication day, not the day this script runs
    os.environ["SOURCE_DATE_EPOCH"] = str(int(dt.datetime(2019, 5, 21, 8, 0, tzinfo=dt.UTC).timestamp()))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Korta analyser 2019:3 Sjukskrivning för psykiatriska "
                            "diagnoser", author="Försäkringskassan")
    doc.build(story)


# -- Region Östergötland, tjänsteskrivelse och beslut 2023 (DOCX) ------------------------------

def make_ostergotland_docx(path: Path) -> None:
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Östergötland\nCentrum för hälso- och vårdutveckling")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2023-03-14\nDiarienummer: RS 2023-00417")
    d.add_heading("Användning av 2023 års statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess", level=1)

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Regiondirektören föreslås besluta att")
    for line in ("statsbidraget för 2023 används enligt tabell 1 i denna tjänsteskrivelse,",
                 "uppdra åt hälso- och sjukvårdsdirektören att redovisa hur medlen har använts senast 2024-02-29."):
        d.add_paragraph(line, style="List Bullet")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Staten och Sveriges Kommuner och Regioner (SKR) har träffat en överenskommelse om en "
                    "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess för 2023. "
                    "Överenskommelsen omfattar totalt 620 miljoner kronor, varav 595 miljoner kronor fördelas till "
                    "regionerna efter befolkningsandel. Region Östergötlands andel är 4,6 procent, vilket motsvarar "
                    "27,4 miljoner kronor.")
    d.add_paragraph("Medlen betalas ut i två delar. 16,4 miljoner kronor betalas ut i maj 2023 och resterande "
                    "11,0 miljoner kronor i februari 2024, under förutsättning att regionen har redovisat till SKR "
                    "senast den 31 oktober 2023.")
    d.add_paragraph("För 2022 uppfyllde Region Östergötland samtliga villkor och fick 47,2 miljoner kronor. "
                    "Minskningen till 2023 beror på att den nationella överenskommelsen är mindre än 2022.")

    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph("Medlen ska användas till insatser som förebygger sjukskrivning, gör sjukskrivningen "
                    "kvalitetssäker och underlättar återgång i arbete. Förslaget har tagits fram tillsammans med "
                    "primärvården, psykiatrin och Försäkringsmedicinskt centrum och har stämts av med "
                    "samverkansgruppen för sjukskrivningsfrågor.")
    d.add_paragraph("Tabell 1. Föreslagen användning av statsbidraget 2023")
    rows = [
        ("Post", "Insats", "Belopp (tkr)"),
        ("1", "Försäkringsmedicinsk kompetens – utbildning för läkare och rehabiliteringskoordinatorer", "4 200"),
        ("2", "Förstärkt rehabiliteringskoordinering i primärvården", "9 600"),
        ("3", "Insatser vid psykisk ohälsa: internetbaserad KBT och utbildning i IPT", "5 300"),
        ("4", "Tidig kontakt med arbetsgivare (arbetsplatsinriktat stöd)", "3 100"),
        ("5", "Processledning och Försäkringsmedicinskt centrum", "2 800"),
        ("6", "Uppföljning och digitalt beslutsstöd", "1 200"),
        ("7", "Reserv för oförutsedda insatser", "1 200"),
        ("", "Summa", "27 400"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell

    d.add_heading("Kommentarer till posterna", level=2)
    d.add_paragraph("Post 2 finansierar 14 heltidstjänster som rehabiliteringskoordinator i primärvården, utöver "
                    "det som krävs enligt lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter.")
    d.add_paragraph("Inom post 3 utbildas 30 behandlare i primärvården i IPT under 2023, och internetbaserad KBT "
                    "erbjuds vid samtliga vårdcentraler via plattformen Stöd och behandling.")
    d.add_paragraph("Post 7 får användas efter beslut av hälso- och sjukvårdsdirektören. Medel som inte har "
                    "använts vid årets slut återförs till regionens resultat.")

    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph("Insatserna finansieras helt med statsbidraget och medför inga kostnader för regionen utöver "
                    "detta. Tjänsterna i post 2 är tidsbegränsade till och med 2023-12-31.")

    d.add_paragraph("Helena Åkesson\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Sofia Rahm\nStrateg försäkringsmedicin")

    d.add_heading("Beslut", level=1)
    d.add_paragraph("Datum: 2023-03-28\nDiarienummer: RS 2023-00417")
    d.add_paragraph("Regiondirektören beslutar med stöd av regionstyrelsens delegationsordning, punkt 3.4, att")
    for line in ("statsbidraget för en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess "
                 "2023 används enligt tabell 1 i tjänsteskrivelsen daterad 2023-03-14,",
                 "uppdra åt hälso- och sjukvårdsdirektören att redovisa hur medlen har använts senast 2024-02-29."):
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("Beslutet anmäls till regionstyrelsen den 25 april 2023.")
    d.add_paragraph("Karin Strömberg\nRegiondirektör")
    d.add_paragraph("Beslutet skickas till: Hälso- och sjukvårdsdirektören, Primärvårdscentrum, "
                    "Försäkringsmedicinskt centrum, Ekonomiavdelningen")
    d.core_properties.title = ("Användning av 2023 års statsbidrag för en kvalitetssäker och effektiv "
                               "sjukskrivnings- och rehabiliteringsprocess")
    d.core_properties.author = "Sofia Rahm"
    d.core_properties.last_modified_by = "Sofia Rahm"
    d.core_properties.created = dt.datetime(2023, 3, 14, 9, 12)
    d.core_properties.modified = dt.datetime(2023, 3, 28, 14, 40)
    d.save(str(path))


if __name__ == "__main__":
    make_fk_pdf(DOCS / "forsakringskassan-2019-korta-analyser-psykiatriska-diagnoser.pdf")
    make_ostergotland_docx(DOCS / "region-ostergotland-2023-beslut-sjukskrivningsmedel.docx")
