"""Generates the PDF and DOCX test documents of batch b14 (reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b14/make_docs.py
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
    path = DOCS / "rkronoberg-2015-uppfoljning-rehabiliteringsgarantin-2014.pdf"
    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Title"], styles["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            title="Rehabiliteringsgarantin i Kronoberg – uppföljning av 2014 års insatser",
                            author="Region Kronoberg")
    grid = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ])

    def table(rows: list[list[str]], widths: list[float]) -> Table:
        t = Table(rows, colWidths=[w * cm for w in widths])
        t.setStyle(grid)
        return t

    story = [
        Paragraph(MARKER, body),
        Spacer(1, 6),
        Paragraph("Region Kronoberg", body),
        Paragraph("Område hälso- och sjukvård", body),
        Paragraph("Rapport", body),
        Paragraph("Datum: 2015-03-18", body),
        Paragraph("Diarienummer: 15RK412", body),
        Spacer(1, 10),
        Paragraph("Rehabiliteringsgarantin i Kronoberg – uppföljning av 2014 års insatser", h1),
        Paragraph("Sammanfattning", h2),
        Paragraph(
            "Under 2014 avslutades 805 behandlingar inom rehabiliteringsgarantin i Kronobergs län, vilket är 64 fler "
            "än 2013. Kvinnor stod för 593 av behandlingarna. Landstinget Kronoberg (från den 1 januari 2015 Region "
            "Kronoberg) fick sammanlagt 12 547 000 kronor i statsbidrag för 2014, av ett möjligt belopp på "
            "14 200 000 kronor. Det motsvarar 88 procent av det möjliga beloppet.", body),
        Paragraph("1. Bakgrund", h2),
        Paragraph(
            "Rehabiliteringsgarantin är en överenskommelse mellan staten och Sveriges Kommuner och Landsting (SKL). "
            "För 2014 avsatte regeringen 750 miljoner kronor till garantin. Varje landstings möjliga belopp fördelas "
            "efter befolkningsandel. Garantin omfattar kvinnor och män i åldern 16–67 år med lindrig till medelsvår "
            "ångest, depression eller stress, eller med långvarig smärta i rygg, nacke eller axlar.", body),
        Paragraph(
            "Under 2014 ersattes landstinget med 12 000 kronor per avslutad KBT- eller IPT-behandling, 25 000 kronor "
            "per avslutad multimodal rehabilitering i primärvården (MMR1) och 45 000 kronor per avslutad multimodal "
            "rehabilitering i den specialiserade vården (MMR2).", body),
        Paragraph("2. Resultat 2014", h2),
        Paragraph("Tabell 1. Avslutade behandlingar 2014 per behandlingsform och kön", body),
        Spacer(1, 4),
        table([
            ["Behandlingsform", "Kvinnor", "Män", "Totalt"],
            ["KBT", "451", "161", "612"],
            ["IPT", "27", "7", "34"],
            ["MMR1", "86", "32", "118"],
            ["MMR2", "29", "12", "41"],
            ["Totalt", "593", "212", "805"],
        ], [5.5, 3, 3, 3]),
        Spacer(1, 8),
        Paragraph(
            "KBT stod för 76 procent av alla avslutade behandlingar. Av de 612 KBT-behandlingarna genomfördes 503 i "
            "primärvården, på regiondrivna och privata vårdcentraler, och 109 i specialistpsykiatrin. Samtliga MMR1 "
            "genomfördes vid de tre rehabiliteringsteamen i Växjö, Ljungby och Älmhult. MMR2 genomfördes vid "
            "Smärtrehabiliteringen, Centrallasarettet Växjö. Medianåldern bland patienterna var 41 år.", body),
        Paragraph("Tabell 2. Avslutade behandlingar 2012–2014", body),
        Spacer(1, 4),
        table([
            ["Behandlingsform", "2012", "2013", "2014"],
            ["KBT", "498", "571", "612"],
            ["IPT", "19", "28", "34"],
            ["MMR1", "87", "104", "118"],
            ["MMR2", "35", "38", "41"],
            ["Totalt", "639", "741", "805"],
        ], [5.5, 3, 3, 3]),
        Spacer(1, 8),
        Paragraph(
            "Väntetiden till MMR2 var i genomsnitt 14 veckor vid årets slut, jämfört med 9 veckor vid slutet av 2013.",
            body),
        Paragraph("3. Statsbidrag 2014", h2),
        Paragraph("Tabell 3. Utbetalt statsbidrag per rapporteringstillfälle 2014", body),
        Spacer(1, 4),
        table([
            ["Rapport", "Sista rapportdag", "Utbetalt (kr)"],
            ["Rapport 1 (januari–mars)", "2014-04-30", "2 874 000"],
            ["Rapport 2 (april–juni)", "2014-08-29", "3 412 000"],
            ["Rapport 3 (juli–september)", "2014-10-31", "2 655 000"],
            ["Rapport 4 (oktober–december)", "2015-03-31", "3 606 000"],
            ["Summa", "", "12 547 000"],
        ], [6.5, 3.5, 3.5]),
        Spacer(1, 8),
        Paragraph(
            "Det främsta skälet till att hela det möjliga beloppet inte nåddes var att KBT-kapaciteten i "
            "Ljungbyområdet var begränsad under våren 2014 på grund av vakanta psykologtjänster.", body),
        Paragraph("4. Bedömning och fortsatt arbete", h2),
        Paragraph(
            "Region Kronoberg bedömer att garantin har ökat tillgången till KBT och multimodal rehabilitering i länet. "
            "För 2015 planeras följande:", body),
        Paragraph("• Tre nya psykologtjänster i primärvården, varav en i Ljungby.", body),
        Paragraph(
            "• Anslutning till den nationella plattformen för internetbaserat stöd och behandling under hösten 2015. "
            "Regionen har ansökt om de 500 000 kronor som landsting som förbereder anslutning kan ta del av.", body),
        Paragraph("• Målet för 2015 är 880 avslutade behandlingar.", body),
        Spacer(1, 10),
        Paragraph("Kontaktperson: Maria Ekstrand, utvecklingsstrateg, telefon 0470-58 81 24, "
                  "maria.ekstrand@kronoberg.se", body),
        Paragraph("Fastställd av: Lars Nyqvist, hälso- och sjukvårdsdirektör", body),
    ]
    doc.build(story)


def vasternorrland_docx() -> None:
    path = DOCS / "rvn-2017-tjansteskrivelse-statsbidrag-sjukskrivningsprocess.docx"
    d = Document()
    d.core_properties.title = ("Användning av statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och "
                               "rehabiliteringsprocess 2017")
    d.core_properties.author = "Region Västernorrland"
    d.styles["Normal"].font.size = Pt(11)
    for line in (MARKER, "Region Västernorrland", "Hälso- och sjukvårdsförvaltningen", "TJÄNSTESKRIVELSE",
                 "Datum: 2017-04-11", "Diarienummer: 17RS2291", "Till: Hälso- och sjukvårdsnämnden"):
        d.add_paragraph(line)
    d.add_heading("Användning av statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess 2017", level=1)

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsnämnden föreslås besluta")
    d.add_paragraph("att fördela 2017 års statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och "
                    "rehabiliteringsprocess enligt tabell 1,", style="List Number")
    d.add_paragraph("att uppdra åt hälso- och sjukvårdsdirektören att återrapportera utfallet till nämnden senast "
                    "den 15 februari 2018.", style="List Number")

    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "SKL och regeringen har tecknat en tvåårig överenskommelse för 2017–2018. Region Västernorrland beräknas "
        "kunna få 26,8 miljoner kronor för 2017 om samtliga villkor uppfylls. Förvaltningen föreslår att huvuddelen "
        "av medlen används till rehabkoordinatorer och till behandlingar vid psykisk ohälsa och långvarig smärta i "
        "primärvården.")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Den tvååriga överenskommelsen omfattar totalt 2,88 miljarder kronor. Av dessa är 500 miljoner kronor per år "
        "avsatta för ersättning till landstingen för rehabiliteringsinsatser för lindrig och medelsvår psykisk ohälsa "
        "och långvarig smärta. En del av ersättningen betalas ut i början av året och resterande del i inledningen "
        "av 2018, beroende på hur väl villkoren har uppfyllts.")
    d.add_paragraph("Villkoren för 2017 gäller följande områden:")
    for item in ("Funktion för koordinering – varje vårdcentral ska ha tillgång till en rehabkoordinator.",
                 "Kompetenssatsning i försäkringsmedicin.",
                 "Utökat elektroniskt informationsutbyte.",
                 "Insatser för lindrig och medelsvår psykisk ohälsa och långvarig smärta.",
                 "Jämställd sjukskrivningsprocess."):
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(
        "För 2016 fick Region Västernorrland 28,3 miljoner kronor av möjliga 28,6 miljoner kronor. Det villkor som "
        "inte uppfylldes helt gällde elektroniskt informationsutbyte.")

    d.add_heading("Förslag till fördelning 2017", level=2)
    d.add_paragraph("Tabell 1. Föreslagen fördelning av statsbidraget 2017")
    rows = [
        ("Post", "Mkr", "Ansvarig"),
        ("Rehabkoordinatorer i primärvård och psykiatri", "8,4", "Primärvårdschef och psykiatrichef"),
        ("Ersättning för behandlingar (KBT, IPT, MMR) i primärvården", "7,2", "Primärvårdschef"),
        ("Insatser vid psykisk ohälsa i specialistpsykiatrin", "3,0", "Psykiatrichef"),
        ("Processledning och samordning", "2,6", "Hälso- och sjukvårdsdirektör"),
        ("Utbildning i försäkringsmedicin", "2,1", "Chefläkare"),
        ("Elektroniskt informationsutbyte (IT-stöd)", "1,3", "IT-chef"),
        ("Reserv för villkor som inte uppfylls", "2,2", "Hälso- och sjukvårdsdirektör"),
        ("Summa", "26,8", ""),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph(
        "Region Västernorrland har 36 vårdcentraler, varav 31 hade en rehabkoordinator i mars 2017. Målet är att "
        "samtliga 36 vårdcentraler ska ha det senast den 30 september 2017. Under 2017 ska minst 140 läkare "
        "genomgå den webbaserade utbildningen i försäkringsmedicin.")
    d.add_paragraph(
        "Redovisningen av villkoren för 2017 ska lämnas till Försäkringskassan senast den 31 oktober 2017.")

    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph(
        "Insatserna finansieras helt med statsbidraget. Om ett villkor inte uppfylls används reserven för att täcka "
        "redan beslutade kostnader. Förslaget medför inga kostnader för regionen utöver statsbidraget.")

    d.add_heading("Jämställdhetsanalys", level=2)
    d.add_paragraph(
        "Kvinnor står för omkring två tredjedelar av sjukskrivningarna i länet. Uppföljningen av insatserna ska "
        "därför redovisas uppdelat på kvinnor och män.")

    d.add_paragraph("Eva-Lena Strandberg")
    d.add_paragraph("Hälso- och sjukvårdsdirektör")
    d.add_paragraph("Johan Forsberg")
    d.add_paragraph("Strateg, sjukskrivningsfrågor")
    d.add_paragraph("Kontaktperson: Johan Forsberg, telefon 0611-80 42 17")
    d.add_paragraph("Beslutet skickas till: Primärvårdschef, Psykiatrichef, Ekonomidirektör")
    d.save(str(path))


if __name__ == "__main__":
    kronoberg_pdf()
    vasternorrland_docx()
