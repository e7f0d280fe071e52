"""Writes the PDF and DOCX test documents of batch b19 (run with the project venv):

    .venv/bin/python evals/batches/b19/make_docs.py

Stdlib + reportlab + python-docx only. The .txt, .md and .html documents are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


# -- Region Skåne: årsuppföljning MMR 2023 (PDF) ----------------------------------------------

MMR1_AREAS = [  # område, enheter, påbörjade, fullföljda
    ("Nordvästra Skåne", 8, 436, 371),
    ("Nordöstra Skåne", 7, 318, 262),
    ("Mellersta Skåne", 6, 289, 251),
    ("Sydvästra Skåne", 5, 207, 169),
    ("Malmö", 9, 512, 417),
    ("Sydöstra Skåne", 4, 164, 143),
]
MMR1_RATE_TKR = 28
MMR2_UNITS = [  # enhet, påbörjade, fullföljda
    ("Smärtrehabilitering, Skånes universitetssjukhus Lund", 148, 131),
    ("Rehabiliteringsmedicin, Helsingborgs lasarett", 96, 82),
    ("Smärtrehabilitering, Centralsjukhuset Kristianstad", 71, 58),
]
MMR2_RATE_TKR = 58


def _n(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",")


def skane_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body, h1, h2, small = styles["BodyText"], styles["Title"], styles["Heading2"], styles["Italic"]
    story = [
        Paragraph(MARKER, small),
        Spacer(1, 4 * mm),
        Paragraph("Region Skåne", styles["Heading3"]),
        Paragraph("Koncernkontoret, Avdelningen för hälso- och sjukvårdsstyrning", body),
        Paragraph("Datum: 2024-04-18 &nbsp;&nbsp; Diarienummer: RS 2024/00412", body),
        Spacer(1, 4 * mm),
        Paragraph("Årsuppföljning 2024: Multimodal rehabilitering (MMR1 och MMR2) 2023", h1),
        Paragraph("1. Sammanfattning", h2),
        Paragraph(
            "Under 2023 fullföljde 1 613 patienter en MMR1-serie i primärvården i Skåne, en ökning med 125 "
            "serier jämfört med 2022 då 1 488 serier fullföljdes. Fullföljandegraden för MMR1 var 83,7 procent "
            "för regionen som helhet. Inom MMR2 fullföljdes 271 serier med en fullföljandegrad på 86,0 procent. "
            "Den sammanlagda kostnaden för MMR1 och MMR2 blev 60 882 tkr, vilket är 2,4 miljoner kronor mer än "
            "den budgeterade ramen på 58,5 miljoner kronor.", body),
        Paragraph("2. Bakgrund och uppdrag", h2),
        Paragraph(
            "Multimodal rehabilitering (MMR) är teambaserad rehabilitering för patienter i arbetsför ålder med "
            "långvarig smärta i rygg, nacke eller skuldror. MMR1 ges i primärvården av ett team med minst "
            "tre professioner, vanligen läkare, fysioterapeut och psykolog eller arbetsterapeut, under sex till "
            "åtta veckor. MMR2 ges inom den specialiserade rehabiliteringen för patienter med mer komplex "
            "smärtproblematik. Sedan 2019 finansieras MMR helt inom Region Skånes egen budget, eftersom de "
            "statliga överenskommelserna inte längre ger ersättning för rehabilitering vid långvarig smärta.", body),
        Paragraph(
            "Hälso- och sjukvårdsnämnden gav i budget 2023 Koncernkontoret i uppdrag att årligen följa upp "
            "volymer, fullföljandegrad och kostnader per hälso- och sjukvårdsområde. Denna rapport är "
            "uppföljningen för verksamhetsåret 2023. Uppgifterna är hämtade ur det regionala MMR-registret "
            "och ur ekonomisystemet per den 15 februari 2024.", body),
        Paragraph("3. Ersättning", h2),
        Paragraph(
            "Inom Hälsoval Skåne ersätts vårdenheten med 28 000 kronor per fullföljd MMR1-serie. En serie räknas "
            "som fullföljd när patienten deltagit i minst 80 procent av de planerade teamträffarna och ett "
            "avslutande teammöte med rehabiliteringsplan är dokumenterat. Avbrutna serier ersätts inte. "
            "MMR2 ersätts inom den specialiserade vårdens ram med 58 000 kronor per fullföljd serie.", body),
        Paragraph("4. MMR1 per hälso- och sjukvårdsområde", h2),
        Paragraph("Tabell 1. MMR1 i primärvården 2023 per hälso- och sjukvårdsområde", small),
    ]
    rows = [["Område", "Enheter", "Påbörjade", "Fullföljda", "Fullföljandegrad, %", "Kostnad, tkr"]]
    tot = [0, 0, 0]
    for area, units, started, done in MMR1_AREAS:
        rows.append([area, str(units), _n(started), _n(done), _pct(done, started), _n(done * MMR1_RATE_TKR)])
        tot = [tot[0] + units, tot[1] + started, tot[2] + done]
    rows.append(["Region Skåne totalt", str(tot[0]), _n(tot[1]), _n(tot[2]), _pct(tot[2], tot[1]),
                 _n(tot[2] * MMR1_RATE_TKR)])
    story += [_table(rows, [52 * mm, 18 * mm, 22 * mm, 22 * mm, 32 * mm, 26 * mm]), Spacer(1, 3 * mm)]
    story += [
        Paragraph(
            "Malmö hade flest fullföljda serier men den lägsta fullföljandegraden, 81,4 procent. Högst "
            "fullföljandegrad hade Sydöstra Skåne med 87,2 procent. Av de 1 613 patienter som fullföljde MMR1 "
            "var 1 213 kvinnor, det vill säga 75,2 procent. Medianåldern var 46 år.", body),
        Paragraph("5. MMR2 per enhet", h2),
        Paragraph("Tabell 2. MMR2 inom specialiserad rehabilitering 2023 per enhet", small),
    ]
    rows = [["Enhet", "Påbörjade", "Fullföljda", "Fullföljandegrad, %", "Kostnad, tkr"]]
    started_sum = done_sum = 0
    for unit, started, done in MMR2_UNITS:
        rows.append([unit, _n(started), _n(done), _pct(done, started), _n(done * MMR2_RATE_TKR)])
        started_sum, done_sum = started_sum + started, done_sum + done
    rows.append(["MMR2 totalt", _n(started_sum), _n(done_sum), _pct(done_sum, started_sum),
                 _n(done_sum * MMR2_RATE_TKR)])
    story += [_table(rows, [80 * mm, 22 * mm, 22 * mm, 32 * mm, 26 * mm]), Spacer(1, 3 * mm)]
    story += [
        Paragraph("6. Tillgänglighet och resultat", h2),
        Paragraph(
            "Andelen patienter som påbörjade MMR1 inom 60 dagar från teambedömningen var 71 procent. Målet i "
            "Region Skånes hälso- och sjukvårdsplan är 80 procent. Väntetiderna var längst i Malmö och i "
            "Nordvästra Skåne.", body),
        Paragraph(
            "Sex månader efter avslutad MMR1 var 58 procent av de patienter som var sjukskrivna vid start helt "
            "eller delvis tillbaka i arbete. Motsvarande andel efter MMR2 var 44 procent.", body),
        Paragraph("7. Bedömning och rekommendationer", h2),
        Paragraph("Koncernkontoret rekommenderar att", body),
        Paragraph("• tillgängligheten till MMR1 i Malmö och Nordvästra Skåne förstärks med fler team,", body),
        Paragraph("• uppföljningen av återgång i arbete kompletteras med uppgifter från Försäkringskassan,", body),
        Paragraph("• ersättningen per fullföljd MMR1-serie ses över inför 2025 med hänsyn till "
                  "kostnadsutvecklingen.", body),
        Paragraph("8. Kontakt", h2),
        Paragraph("Helena Bergkvist, utvecklingsstrateg, Enheten för primärvård. "
                  "E-post: helena.bergkvist@skane.se", body),
        Spacer(1, 6 * mm),
        Paragraph("Johan Lindgren", body),
        Paragraph("Avdelningschef, Avdelningen för hälso- och sjukvårdsstyrning", body),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            title="Årsuppföljning 2024: Multimodal rehabilitering (MMR1 och MMR2) 2023",
                            author="Region Skåne")
    doc.build(story)


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f2")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return table


# -- Landstinget i Jönköpings län: PM rehabiliteringsgarantin 2012 (DOCX) ------------------------

JKPG_RATES = [  # insats, villkor, ersättning
    ("KBT eller IPT, individuell behandling", "minst 5 behandlingstillfällen, avslutad", "7 000 kr"),
    ("KBT i grupp", "minst 6 gruppträffar, per deltagare", "3 500 kr"),
    ("MMR1 (multimodal rehabilitering)", "minst 4 veckor, team med minst tre professioner", "20 000 kr"),
    ("Avbruten KBT/IPT", "efter minst halva planerade behandlingen", "2 000 kr"),
]
JKPG_AREAS = [  # länsdel, vårdcentraler, KBT/IPT, MMR1
    ("Jönköpings länsdel", 17, 1240, 240),
    ("Höglandets länsdel", 12, 660, 125),
    ("Värnamo länsdel", 11, 560, 94),
]


def jonkoping_docx(path: Path) -> None:
    doc = Document()
    doc.core_properties.title = "Fördelning av medel inom rehabiliteringsgarantin 2012 till vårdcentralerna"
    doc.core_properties.author = "Landstinget i Jönköpings län"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(MARKER)
    head = doc.add_paragraph("Landstinget i Jönköpings län\nLandstingets kansli, Hälso- och sjukvårdsavdelningen")
    head.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.add_paragraph("PM\nDatum: 2012-02-20\nDnr: LJ 2012/214")
    doc.add_heading("Fördelning av medel inom rehabiliteringsgarantin 2012 till vårdcentralerna", level=1)

    doc.add_heading("1. Bakgrund", level=2)
    doc.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting har tecknat en överenskommelse om "
        "rehabiliteringsgarantin även för 2012. Landstingen ersätts av staten för avslutade behandlingar med "
        "kognitiv beteendeterapi (KBT), interpersonell psykoterapi (IPT) och multimodal rehabilitering (MMR) "
        "för patienter i åldern 16–67 år med lindrig eller medelsvår psykisk ohälsa eller långvarig smärta i "
        "rygg, nacke och skuldror.")
    doc.add_paragraph(
        "Landstinget i Jönköpings län beräknas för 2012 kunna erhålla högst 41,2 miljoner kronor. Beloppet "
        "bygger på länets andel av befolkningen i åldern 16–67 år och förutsätter att antalet rapporterade "
        "behandlingar minst motsvarar 2011 års nivå. Denna PM beskriver hur medlen fördelas till "
        "vårdcentralerna och övriga mottagare.")

    doc.add_heading("2. Fördelning av medlen", level=2)
    doc.add_paragraph("Hälso- och sjukvårdsdirektören föreslår att medlen 2012 fördelas enligt följande:")
    for line in (
        "Ersättning till vårdcentraler per avslutad behandling: 26,4 miljoner kronor",
        "MMR2 vid Smärtrehabiliteringen, Länssjukhuset Ryhov: 6,8 miljoner kronor",
        "Central utveckling, KBT-handledning och utbildning: 3,5 miljoner kronor",
        "Reserv för osäkerhet i utfallet: 4,5 miljoner kronor",
    ):
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph(
        "Reserven används för att täcka en eventuell skillnad mellan prognos och utfall. Det som inte "
        "behövs fördelas i januari 2013 till vårdcentralerna i proportion till antalet rapporterade "
        "behandlingar.")

    doc.add_heading("3. Ersättning per insats till vårdcentralerna", level=2)
    doc.add_paragraph(
        "Samtliga vårdcentraler i Hälsoval Jönköpings län, såväl landstingets egna som privata, ersätts med "
        "samma belopp per insats. Ersättningen betalas ut utöver vårdvalsersättningen.")
    doc.add_paragraph("Tabell 1. Ersättning per insats 2012")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Insats", "Villkor", "Ersättning per insats"), strict=True):
        cell.text = text
    for row in JKPG_RATES:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text

    doc.add_heading("4. Preliminär ram per länsdel", level=2)
    doc.add_paragraph(
        "Ramarna bygger på vårdcentralernas egna prognoser för 2012 och är preliminära. Den slutliga "
        "ersättningen beräknas på antalet avslutade och rapporterade insatser.")
    doc.add_paragraph("Tabell 2. Preliminär ram per länsdel 2012")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    heads = ("Länsdel", "Antal vårdcentraler", "Prognos KBT/IPT", "Prognos MMR1", "Preliminär ram, tkr")
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.text = text
    tot = [0, 0, 0, 0]
    for area, units, kbt, mmr in JKPG_AREAS:
        ram = kbt * 7 + mmr * 20
        values = (area, str(units), _n(kbt), _n(mmr), _n(ram))
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
        tot = [tot[0] + units, tot[1] + kbt, tot[2] + mmr, tot[3] + ram]
    for cell, text in zip(table.add_row().cells, ("Totalt", *(_n(v) for v in tot)), strict=True):
        cell.text = text

    doc.add_heading("5. Rapportering och utbetalning", level=2)
    doc.add_paragraph(
        "Vårdcentralen registrerar avslutade behandlingar med KVÅ-kod i journalsystemet Cosmic senast den "
        "5:e i månaden efter att behandlingen avslutats. Utbetalning sker kvartalsvis i efterskott, senast den "
        "25:e i månaden efter kvartalets slut. Landstingets kansli sammanställer uppgifterna och rapporterar "
        "till Försäkringskassan enligt överenskommelsen.")
    doc.add_paragraph(
        "Om statens utbetalning efter tredje kvartalet visar sig bli lägre än prognosen kan ersättningen per "
        "insats för det fjärde kvartalet sänkas i motsvarande mån.")

    doc.add_heading("6. Kontakt", level=2)
    doc.add_paragraph("Anders Holm, hälso- och sjukvårdsstrateg, telefon 036-32 40 17")
    doc.add_paragraph("Eva Lundqvist\nHälso- och sjukvårdsdirektör")
    doc.save(str(path))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    skane_pdf(DOCS / "region-skane-arsuppfoljning-mmr-2023.pdf")
    jonkoping_docx(DOCS / "ljl-pm-rehabiliteringsgarantin-2012-vardcentraler.docx")
