"""Generate the PDF and DOCX test documents of batch b7 (reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b7/make_docs.py
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
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef0")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return t


def p(text: str, style=BODY) -> Paragraph:
    return Paragraph(text, style)


# --------------------------------------------------------------------------- Kronoberg MMR follow-up 2012

def kronoberg_followup() -> None:
    flow = [
        p(MARKER, SMALL),
        p("Landstinget Kronoberg<br/>Landstingets kansli, Hälso- och sjukvårdsenheten"),
        p("Datum: 2013-03-19<br/>Diarienummer: 13LK412"),
        p("Multimodal rehabilitering i Landstinget Kronoberg – årsuppföljning 2012", H1),
        p("Sammanfattning", H2),
        p("Under 2012 avslutade 159 patienter multimodal rehabilitering (MMR) inom rehabiliteringsgarantin i "
          "Landstinget Kronoberg, 118 på nivå 1 (MMR1) i primärvården och 41 på nivå 2 (MMR2) vid "
          "Smärtrehabiliteringen, Centrallasarettet Växjö. Det är 25 fler än 2011, då 134 patienter avslutade MMR. "
          "Kvinnor stod för 79 procent av patienterna. Sex månader efter avslutad rehabilitering hade 62 procent av "
          "de patienter som var sjukskrivna vid start helt eller delvis återgått i arbete."),
        p("1. Bakgrund", H2),
        p("Rehabiliteringsgarantin är en överenskommelse mellan staten och Sveriges Kommuner och Landsting (SKL) som "
          "har tecknats varje år sedan 2008. Multimodal rehabilitering erbjuds kvinnor och män i åldern 16–67 år med "
          "långvarig, diffus smärta i rygg, nacke eller axlar. Rehabiliteringen ges av ett team med läkare, "
          "sjukgymnast, psykolog och arbetsterapeut. I Kronoberg pågår MMR1 under sex veckor och MMR2 under åtta "
          "veckor."),
        p("Landstinget har följt upp MMR varje år sedan 2009. Detta är den fjärde årsuppföljningen. Uppgifterna "
          "kommer från landstingets journalsystem och från Nationella registret över smärtrehabilitering (NRS)."),
        p("2. Antal avslutade rehabiliteringar", H2),
        p("Tabell 1. Avslutade MMR per enhet 2010–2012"),
        table([
            ["Enhet", "2010", "2011", "2012"],
            ["MMR1 Rehabteam Växjö", "38", "52", "64"],
            ["MMR1 Rehabteam Ljungby", "20", "27", "31"],
            ["MMR1 Rehabteam Älmhult", "13", "17", "23"],
            ["Summa MMR1", "71", "96", "118"],
            ["MMR2 Smärtrehabiliteringen, Centrallasarettet Växjö", "35", "38", "41"],
            ["Totalt", "106", "134", "159"],
        ], [8.6, 2.2, 2.2, 2.2]),
        Spacer(1, 8),
        p("Sedan 2010 har antalet avslutade multimodala rehabiliteringar ökat med 50 procent. Ökningen har skett i "
          "primärvården, där antalet MMR1 har ökat från 71 till 118."),
        p("3. Kvinnor och män, åldersgrupper", H2),
        p("Tabell 2. Avslutade MMR 2012 per åldersgrupp och kön"),
        table([
            ["Åldersgrupp", "Kvinnor", "Män", "Totalt"],
            ["16–29 år", "14", "4", "18"],
            ["30–39 år", "31", "8", "39"],
            ["40–49 år", "38", "10", "48"],
            ["50–59 år", "33", "9", "42"],
            ["60–67 år", "9", "3", "12"],
            ["Totalt", "125", "34", "159"],
        ], [4.5, 3.0, 3.0, 3.0]),
        Spacer(1, 8),
        p("Kvinnor stod för 125 av de 159 patienterna, det vill säga 79 procent. Andelen män var 21 procent i MMR1 "
          "och 22 procent i MMR2. Medelåldern var 44 år för kvinnorna och 46 år för männen."),
        p("4. Sjukskrivning och återgång i arbete", H2),
        p("Av de 159 patienterna var 97 helt eller delvis sjukskrivna när rehabiliteringen startade, 38 arbetade "
          "utan sjukskrivning och 24 var arbetslösa eller studerande."),
        p("Tabell 3. Situationen sex månader efter avslutad MMR för de patienter som var sjukskrivna vid start"),
        table([
            ["Situation efter sex månader", "MMR1", "MMR2", "Totalt"],
            ["Helt återgått i arbete", "31", "10", "41"],
            ["Delvis återgått i arbete", "12", "7", "19"],
            ["Fortsatt helt sjukskriven", "14", "10", "24"],
            ["Uppgift saknas", "8", "5", "13"],
            ["Totalt", "65", "32", "97"],
        ], [6.5, 2.6, 2.6, 2.6]),
        Spacer(1, 8),
        p("Sammanlagt hade 60 av de 97 patienterna, eller 62 procent, helt eller delvis återgått i arbete. Andelen "
          "var högre efter MMR1 (66 procent) än efter MMR2 (53 procent), vilket är väntat eftersom patienterna i "
          "MMR2 har mer sammansatta besvär."),
        p("5. Väntetider", H2),
        p("Mediantiden från remiss till start av rehabiliteringen var 9 veckor för MMR1 (11 veckor 2011) och 17 "
          "veckor för MMR2 (14 veckor 2011). Landstingets mål är att ingen patient ska vänta mer än 12 veckor. "
          "Målet uppnåddes alltså för MMR1 men inte för MMR2."),
        p("6. Patienternas skattning och ekonomi", H2),
        p("Vid avslutad rehabilitering skattade 71 procent av patienterna sin hälsa som bättre än vid start, mätt "
          "med EQ-5D i NRS."),
        p("Landstinget fick 2012 sammanlagt 4,0 miljoner kronor från rehabiliteringsgarantin för avslutade "
          "multimodala rehabiliteringar. Primärvårdens rehabteam ersätts internt med 20 000 kronor per avslutad MMR1. "
          "Smärtrehabiliteringen finansieras inom Centrallasarettets budget."),
        p("7. Fortsatt arbete 2013", H2),
        p("• Ett fjärde MMR1-team startar vid vårdcentralen i Alvesta den 2 september 2013.<br/>"
          "• Smärtrehabiliteringen förstärks med en psykologtjänst från den 1 maj 2013 för att korta väntetiden till "
          "MMR2.<br/>"
          "• Hälso- och sjukvårdsenheten analyserar varför så få män remitteras till MMR.<br/>"
          "• Nästa årsuppföljning, för 2013, ska redovisas senast den 31 mars 2014."),
        Spacer(1, 10),
        p("Uppföljningen har tagits fram av Karin Sjöholm, utvecklingsstrateg vid Hälso- och sjukvårdsenheten, och "
          "Anders Wiklund, smärtläkare och medicinsk rådgivare. Kontaktperson: Karin Sjöholm, telefon 0470-58 80 00 "
          "(växel)."),
    ]
    doc = SimpleDocTemplate(str(DOCS / "kronoberg-2013-arsuppfoljning-multimodal-rehabilitering-2012.pdf"),
                            pagesize=A4, title="Multimodal rehabilitering i Landstinget Kronoberg – årsuppföljning 2012",
                            author="Landstinget Kronoberg", leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(flow)


# --------------------------------------------------------------------------- Kalmar decision 2010

def kalmar_decision() -> None:
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Landstinget i Kalmar län")
    d.add_paragraph("Landstingsdirektörens stab")
    d.add_heading("BESLUT", level=1)
    d.add_paragraph("Datum: 2010-02-26")
    d.add_paragraph("Diarienummer: LK 2010/0187")
    d.add_paragraph("Beslutsfattare: Landstingsdirektören")
    d.add_heading("Fördelning av statsbidrag inom rehabiliteringsgarantin 2010", level=2)
    d.add_heading("Bakgrund", level=3)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) har tecknat en överenskommelse om "
        "rehabiliteringsgarantin för 2009–2010. Överenskommelsen ger landstingen ersättning för kognitiv beteendeterapi "
        "(KBT), interpersonell psykoterapi (IPT) och multimodal rehabilitering (MMR) till kvinnor och män i åldern "
        "16–67 år med lindrig eller medelsvår psykisk ohälsa eller långvarig smärta i rygg, nacke eller axlar. "
        "Ersättningen betalas ut av Försäkringskassan efter att landstinget har rapporterat genomförda behandlingar.")
    d.add_paragraph(
        "Under 2009 avslutades 1 086 KBT- och IPT-behandlingar och 143 multimodala rehabiliteringar i länet, och "
        "landstinget fick 17,3 miljoner kronor inom garantin. Om antalet behandlingar fortsätter att öka beräknas "
        "landstinget för 2010 kunna få högst 21,8 miljoner kronor.")
    d.add_heading("Fördelning", level=3)
    d.add_paragraph("Tabell 1. Fördelning av statsbidraget 2010")
    rows = [
        ("Verksamhet", "Insats", "Miljoner kronor"),
        ("Vårdcentraler i egen regi och privata vårdcentraler", "KBT/IPT", "11,2"),
        ("Primärvårdens rehabteam i Kalmar, Västervik och Oskarshamn", "MMR1", "4,6"),
        ("Smärtmottagningen, Länssjukhuset i Kalmar", "MMR2", "2,9"),
        ("Vuxenpsykiatrin", "KBT/IPT", "1,5"),
        ("Utbildning i grundläggande KBT för primärvårdens personal", "Utbildning", "0,9"),
        ("Hälso- och sjukvårdsavdelningen", "Uppföljning och administration", "0,7"),
        ("Summa", "", "21,8"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    d.add_heading("Ersättning per behandling", level=3)
    d.add_paragraph(
        "Vårdcentralerna ersätts med 7 500 kronor per avslutad KBT- eller IPT-behandling. Primärvårdens rehabteam "
        "ersätts med 18 000 kronor per avslutad MMR1. Vuxenpsykiatrin och Smärtmottagningen får sina medel som ett "
        "fast belopp enligt tabell 1.")
    d.add_heading("Villkor för ersättning", level=3)
    d.add_paragraph("En läkare ska ha gjort en medicinsk bedömning innan behandlingen påbörjas.", style="List Bullet")
    d.add_paragraph("KBT ska ges av psykolog, legitimerad psykoterapeut eller personal med grundläggande "
                    "psykoterapiutbildning med KBT-inriktning (steg 1).", style="List Bullet")
    d.add_paragraph("En KBT- eller IPT-behandling ska omfatta minst fem behandlingstillfällen för att räknas som "
                    "avslutad.", style="List Bullet")
    d.add_paragraph("Avslutade behandlingar ska registreras i landstingets journalsystem med de åtgärdskoder som anges "
                    "i bilaga 2, senast den femte arbetsdagen i månaden efter avslutad behandling.", style="List Bullet")
    d.add_paragraph("Behandlingar som avslutas under 2010 ska vara registrerade senast den 14 januari 2011.",
                    style="List Bullet")
    d.add_paragraph(
        "Om landstinget får mindre statsbidrag än beräknat kan ersättningen per behandling sänkas från den 1 juli "
        "2010, efter uppföljningen av första halvåret.")
    d.add_heading("Beslut", level=3)
    d.add_paragraph("Landstingsdirektören beslutar")
    d.add_paragraph("att fördela statsbidraget inom rehabiliteringsgarantin 2010 enligt tabell 1,", style="List Bullet")
    d.add_paragraph("att ersättningen till vårdcentralerna och rehabteamen ska vara 7 500 kronor per avslutad KBT/IPT "
                    "och 18 000 kronor per avslutad MMR1,", style="List Bullet")
    d.add_paragraph("att uppdra åt hälso- och sjukvårdsdirektören att följa upp utfallet per den 30 juni 2010 och vid "
                    "behov föreslå en ändrad fördelning,", style="List Bullet")
    d.add_paragraph("att beslutet gäller för perioden 2010-01-01–2010-12-31.", style="List Bullet")
    d.add_paragraph("Kalmar den 26 februari 2010")
    d.add_paragraph("Britt-Marie Åkesson")
    d.add_paragraph("Landstingsdirektör")
    d.add_paragraph("Johan Stråhle")
    d.add_paragraph("Hälso- och sjukvårdsstrateg, föredragande")
    d.add_paragraph("Beslutet expedieras till: Primärvårdsförvaltningen, Länssjukhuset i Kalmar, Vuxenpsykiatrin, "
                    "Ekonomiavdelningen, Vårdval Kalmar län")
    d.save(str(DOCS / "kalmar-2010-beslut-fordelning-rehabiliteringsgarantin.docx"))


if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    kronoberg_followup()
    kalmar_decision()
