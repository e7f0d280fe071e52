"""Generate the PDF and DOCX test documents of batch b9 (reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b9/make_docs.py
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


def table(rows: list[list[str]], widths: list[float]) -> Table:
    t = Table(rows, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6edf2")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 1), (2, -1), "RIGHT"),
    ]))
    return t


def p(text: str, style=BODY) -> Paragraph:
    return Paragraph(text, style)


# --------------------------------------------------------------------------- Region Västmanland decision 2022

def vastmanland_decision() -> None:
    flow = [
        p(MARKER, SMALL),
        p("Region Västmanland<br/>Regiondirektörens stab"),
        p("BESLUT<br/>Datum: 2022-03-08<br/>Diarienummer: RV220145"),
        p("Användning av statsbidrag 2022 inom överenskommelsen om en effektiv och kvalitetssäker "
          "sjukskrivnings- och rehabiliteringsprocess", H1),
        p("Ärendet", H2),
        p("Regeringen och Sveriges Kommuner och Regioner (SKR) har tecknat en överenskommelse för 2022 om en "
          "effektiv och kvalitetssäker sjukskrivnings- och rehabiliteringsprocess. Överenskommelsen för 2022 omfattar "
          "totalt 1 152 miljoner kronor, varav 1 097 miljoner kronor fördelas till regionerna efter andel av "
          "befolkningen. Region Västmanland kan under 2022 få 29,8 miljoner kronor."),
        p("Av beloppet betalas 60 procent, 17,9 miljoner kronor, ut i förskott i april 2022. Resterande 40 procent, "
          "11,9 miljoner kronor, betalas ut i december 2022 under förutsättning att regionen har uppfyllt villkoren "
          "och redovisat dem till SKR senast den 31 oktober 2022."),
        p("Villkor för 2022", H2),
        p("1. Regionen ska erbjuda koordineringsinsatser enligt lagen (2019:1297) om koordineringsinsatser för "
          "sjukskrivna patienter och redovisa antalet patienter som har fått sådana insatser, fördelat på kön."),
        p("2. Regionen ska ha en aktuell handlingsplan för kompetensutveckling i försäkringsmedicin för läkare och "
          "andra yrkesgrupper som deltar i sjukskrivningsprocessen."),
        p("3. Regionen ska redovisa hur tillgången till psykologisk behandling och multimodal rehabilitering har "
          "utvecklats för patienter med lindrig eller medelsvår psykisk ohälsa och långvarig smärta."),
        p("Med rehabkoordinering avses i detta beslut de koordineringsinsatser som regionen ger enligt lagen "
          "(2019:1297), det vill säga personligt stöd till patienten, samordning inom regionen och samverkan med "
          "arbetsgivare, Försäkringskassan och andra aktörer."),
        p("Fördelning av medlen", H2),
        p("Tabell 1. Användning av statsbidraget, utfall 2021 och budget 2022 (tkr)"),
        table([
            ["Område", "Utfall 2021", "Budget 2022", "Ansvarig"],
            ["Rehabkoordinering i primärvården", "10 400", "11 200", "Primärvården"],
            ["Rehabkoordinering i psykiatri och specialiserad vård", "3 200", "3 600", "Psykiatri och specialistvård"],
            ["Kompetensutveckling i försäkringsmedicin", "2 600", "3 100", "Försäkringsmedicinskt centrum"],
            ["Psykologisk behandling (KBT, IPT, internetbaserad KBT)", "5 900", "6 500", "Primärvården"],
            ["Multimodal rehabilitering (MMR1)", "2 500", "2 800", "Rehabiliteringsmedicin"],
            ["Uppföljning, analys och processledning", "1 800", "1 900", "Regiondirektörens stab"],
            ["Reserv", "0", "700", "Regiondirektörens stab"],
            ["Summa", "26 400", "29 800", ""],
        ], [7.0, 2.1, 2.1, 4.6]),
        Spacer(1, 8),
        p("Medlen till rehabkoordinering finansierar 14,5 heltidstjänster som rehabkoordinator i primärvården och "
          "4,5 heltidstjänster i psykiatri och specialiserad vård. Reserven får användas först efter beslut av "
          "hälso- och sjukvårdsdirektören."),
        p("Återrapportering", H2),
        p("Förvaltningarna ska lämna underlag för redovisningen av villkoren till processledaren för "
          "sjukskrivningsfrågor senast den 30 september 2022. Regiondirektören redovisar användningen av medlen "
          "till regionstyrelsen senast den 28 februari 2023."),
        p("Beslut", H2),
        p("Regiondirektören beslutar<br/>"
          "att statsbidraget inom överenskommelsen för 2022 används enligt tabell 1,<br/>"
          "att medel som inte har använts vid årets slut ska redovisas särskilt i återrapporteringen,<br/>"
          "att uppdra åt hälso- och sjukvårdsdirektören att samordna redovisningen av villkoren till SKR."),
        Spacer(1, 12),
        p("Västerås den 8 mars 2022"),
        p("Anders Brolin<br/>Regiondirektör"),
        p("Sofia Hedlund<br/>Hälso- och sjukvårdsdirektör, föredragande"),
        Spacer(1, 8),
        p("Kontaktperson: Jenny Axelsson, processledare för sjukskrivningsfrågor, tfn 021-17 30 00, "
          "jenny.axelsson@regionvastmanland.se"),
        p("Beslutet skickas till: Primärvården, Psykiatri och specialistvård, Försäkringsmedicinskt centrum, "
          "Rehabiliteringsmedicin, Ekonomistaben"),
    ]
    doc = SimpleDocTemplate(str(DOCS / "b9-vastmanland-2022-beslut-statsbidrag-sjukskrivningsprocessen.pdf"),
                            pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            title="Användning av statsbidrag 2022 – sjukskrivnings- och rehabiliteringsprocessen",
                            author="Region Västmanland")
    doc.build(flow)


# --------------------------------------------------------------------------- SKR memo 2021

def skr_memo() -> None:
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Sveriges Kommuner och Regioner\nAvdelningen för vård och omsorg")
    d.add_paragraph("PM\nDatum: 2021-09-02\nDiarienummer: 21/00871\n"
                    "Till: Regionernas kontaktpersoner för sjukskrivningsfrågor")
    d.add_heading("Redovisning av villkoren i överenskommelsen om en effektiv och kvalitetssäker "
                  "sjukskrivnings- och rehabiliteringsprocess 2021", level=1)
    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph("Regeringen och SKR har tecknat en överenskommelse för 2021 om en effektiv och kvalitetssäker "
                    "sjukskrivnings- och rehabiliteringsprocess. Överenskommelsen omfattar totalt 1 065 miljoner "
                    "kronor, varav 1 020 miljoner kronor går till regionerna och 45 miljoner kronor till SKR för "
                    "stöd, nätverk och uppföljning.")
    d.add_paragraph("Medlen till regionerna betalas ut i två delar. 714 miljoner kronor (70 procent) betalades ut i "
                    "april 2021. Resterande 306 miljoner kronor betalas ut i december 2021 till de regioner som har "
                    "uppfyllt villkoren och redovisat dem i tid. Denna PM beskriver vad regionerna ska redovisa och när.")
    d.add_heading("2. Villkor och belopp", level=2)
    rows = [
        ("Villkor", "Område", "Belopp (mkr)"),
        ("1", "Ledningssystem för sjukskrivningsprocessen", "340"),
        ("2", "Kompetensutveckling i försäkringsmedicin", "150"),
        ("3", "Insatser för patienter med psykisk ohälsa och långvarig smärta", "400"),
        ("4", "Samverkan med arbetsgivare och Försäkringskassan", "130"),
        ("", "Summa till regionerna", "1 020"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    d.add_heading("3. Vad ska redovisas?", level=2)
    d.add_paragraph("Villkor 1: en beskrivning av regionens ledningssystem för sjukskrivningsprocessen och vem i "
                    "regionledningen som ansvarar för det.", style="List Bullet")
    d.add_paragraph("Villkor 2: antalet läkare som har genomgått utbildning i försäkringsmedicin under perioden "
                    "1 januari–30 september 2021.", style="List Bullet")
    d.add_paragraph("Villkor 3: antalet patienter som har fått psykologisk behandling eller multimodal "
                    "rehabilitering under samma period, fördelat på kön.", style="List Bullet")
    d.add_paragraph("Villkor 4: antalet patienter som har fått koordineringsinsatser under perioden 1 januari–"
                    "30 september 2021, fördelat på kön, samt antalet avstämningsmöten med arbetsgivare.",
                    style="List Bullet")
    d.add_heading("4. Tidplan", level=2)
    d.add_paragraph("Webbformuläret för redovisningen öppnar den 20 september 2021.", style="List Number")
    d.add_paragraph("Regionerna lämnar sin redovisning till SKR senast fredagen den 29 oktober 2021.",
                    style="List Number")
    d.add_paragraph("SKR granskar redovisningarna och lämnar en sammanställning till Socialdepartementet senast "
                    "den 30 november 2021.", style="List Number")
    d.add_paragraph("Den andra utbetalningen görs i december 2021.", style="List Number")
    d.add_paragraph("En region som inte har redovisat senast den 29 oktober 2021 får inte del av den andra "
                    "utbetalningen. Redovisningen ska vara godkänd av regiondirektören eller den hen utser.")
    d.add_heading("5. Definitioner", level=2)
    d.add_paragraph("Koordineringsinsatser: insatser enligt lagen (2019:1297) om koordineringsinsatser för "
                    "sjukskrivna patienter, det vill säga personligt stöd till patienten, samordning inom regionen "
                    "och samverkan med arbetsgivare, Försäkringskassan och andra aktörer.")
    d.add_paragraph("Ledningssystem för sjukskrivningsprocessen: regionens struktur för att styra, följa upp och "
                    "förbättra sjukskrivningsprocessen, med ett utpekat ansvar på ledningsnivå.")
    d.add_heading("6. Kontakt", level=2)
    d.add_paragraph("Frågor om redovisningen: Sara Lindvall, projektledare, sara.lindvall@skr.se, tfn 08-452 70 00")
    d.add_paragraph("Frågor om överenskommelsen: Mats Granberg, handläggare, mats.granberg@skr.se")
    d.add_paragraph("Katarina Ahlberg\nSektionschef, Avdelningen för vård och omsorg")
    d.save(str(DOCS / "b9-skr-2021-pm-redovisning-villkor-sjukskrivningsprocessen.docx"))


if __name__ == "__main__":
    vastmanland_decision()
    skr_memo()
