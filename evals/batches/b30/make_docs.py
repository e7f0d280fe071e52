"""Generates the PDF and DOCX test documents of batch b30 (stdlib + reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b30/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def rjl_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12)
    h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="Helvetica-Bold", fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=12, leading=15)
    h3 = ParagraphStyle("h3", parent=styles["Heading3"], fontName="Helvetica-Bold", fontSize=10.5, leading=14)

    def bullets(items: list[str]) -> ListFlowable:
        return ListFlowable([ListItem(Paragraph(t, body), leftIndent=12) for t in items], bulletType="bullet",
                            start="•", leftIndent=12)

    story: list = [
        Paragraph(MARKER, small),
        Spacer(1, 6),
        Paragraph("Region Jönköpings län", h2),
        Paragraph("TJÄNSTESKRIVELSE", h3),
        Paragraph("Datum: 2016-04-18", body),
        Paragraph("Diarienummer: RJL 2016/1042", body),
        Paragraph("Nämnd för folkhälsa och sjukvård", body),
        Spacer(1, 10),
        Paragraph("Användning av statsbidrag 2016 för En kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess", h1),
        Paragraph("Förslag till beslut", h2),
        Paragraph("Nämnd för folkhälsa och sjukvård föreslås besluta att", body),
        bullets([
            "godkänna fördelningen av statsbidraget 2016 enligt tabell 1,",
            "uppdra åt hälso- och sjukvårdsdirektören att återrapportera resultatet till nämnden senast i "
            "februari 2017.",
        ]),
        Paragraph("Sammanfattning", h2),
        Paragraph("Regeringen och Sveriges Kommuner och Landsting (SKL) har tecknat en överenskommelse för 2016 om "
                  "En kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess. Överenskommelsen "
                  "omfattar totalt 1,5 miljarder kronor, varav cirka 1,2 miljarder kronor är avsatta för "
                  "landstingens kvalitetsarbete med sjukskrivningar. Medlen fördelas efter befolkningsandel och "
                  "betalas ut under förutsättning att landstinget uppfyller villkoren inom fem områden.", body),
        Paragraph("Region Jönköpings läns andel beräknas till högst 42,3 miljoner kronor för 2016. "
                  "Förvaltningen föreslår att medlen används enligt tabell 1, med tyngdpunkt på funktionen för "
                  "koordinering och på insatser för patienter med lindrig och medelsvår psykisk ohälsa.", body),
        Paragraph("Information i ärendet", h2),
        Paragraph("Bakgrund", h3),
        Paragraph("Sedan 2006 har staten och SKL tecknat årliga överenskommelser för att ge sjukskrivningsfrågorna "
                  "högre prioritet i hälso- och sjukvården. Rehabiliteringsgarantin, som sedan 2008 har gett "
                  "landstingen ersättning per genomförd KBT/IPT och multimodal rehabilitering, upphörde vid "
                  "utgången av 2015. Insatser för patienter med lindrig och medelsvår psykisk ohälsa ingår från "
                  "2016 i den nya överenskommelsen.", body),
        Paragraph("Överenskommelsen 2016 omfattar fem områden:", body),
        ListFlowable([ListItem(Paragraph(t, body), leftIndent=14) for t in [
            "Jämställd sjukskrivningsprocess",
            "Kompetenssatsning i försäkringsmedicin",
            "Funktion för koordinering",
            "Insatser för lindrig och medelsvår psykisk ohälsa",
            "Elektroniskt informationsutbyte",
        ]], bulletType="1", leftIndent=14),
        Paragraph("Villkor och utbetalning", h3),
        Paragraph("En första del på 16,9 miljoner kronor betalas ut i förskott under maj 2016. Resterande del, "
                  "högst 25,4 miljoner kronor, betalas ut efter att Försäkringskassan granskat regionens "
                  "redovisning. Regionen ska redovisa uppfyllda villkor till Försäkringskassan senast den "
                  "31 oktober 2016. Medel för villkor som inte uppfylls betalas inte ut, och en reserv avsätts "
                  "därför i fördelningen.", body),
        Paragraph("Nuläge i Region Jönköpings län", h3),
        Paragraph("Sjukpenningtalet i Jönköpings län var 10,4 dagar i december 2015, jämfört med 10,9 dagar i "
                  "riket. Rehabkoordinatorer finns i dag vid 38 av länets 43 vårdcentraler. Målet är att det ska "
                  "finnas en koordinator vid samtliga vårdcentraler och psykiatriska öppenvårdsmottagningar före "
                  "utgången av 2016. Under 2015 deltog 212 läkare i regionens utbildning i försäkringsmedicin.",
                  body),
        Paragraph("Förslag till fördelning", h3),
        Paragraph("Tabell 1. Fördelning av statsbidraget 2016 per insats (tkr)", body),
        Spacer(1, 4),
    ]
    rows = [
        ["Nr", "Insats", "Ansvarig", "Belopp (tkr)"],
        ["1", "Jämställd sjukskrivning, analys och utbildning", "Folkhälsa och sjukvård", "2 400"],
        ["2", "Utbildning i försäkringsmedicin", "Utbildningsenheten", "6 800"],
        ["3", "Rehabkoordinatorer vid vårdcentraler och psykiatri", "Primärvård och psykiatri", "14 500"],
        ["4", "KBT/IPT och internetbaserad KBT", "Primärvården", "11 200"],
        ["5", "Elektroniskt informationsutbyte, intyg", "IT-centrum", "3 900"],
        ["6", "Processledning och uppföljning", "Regionledningskontoret", "2 100"],
        ["7", "Reserv för ej uppfyllda villkor", "Regionledningskontoret", "1 400"],
        ["", "Summa", "", "42 300"],
    ]
    table = Table(rows, colWidths=[1.0 * cm, 8.2 * cm, 4.8 * cm, 2.6 * cm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ef")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [
        table,
        Spacer(1, 10),
        Paragraph("Den största posten, 14,5 miljoner kronor, avser rehabkoordinatorer. Posten för KBT/IPT och "
                  "internetbaserad KBT ersätter den ersättning per behandling som vårdcentralerna tidigare fick "
                  "genom rehabiliteringsgarantin.", body),
        Paragraph("Beslutsunderlag", h3),
        bullets([
            "Tjänsteskrivelse 2016-04-18",
            "Överenskommelse mellan staten och SKL om En kvalitetssäker och effektiv sjukskrivnings- och "
            "rehabiliteringsprocess 2016",
        ]),
        Paragraph("Beslut skickas till", h3),
        Paragraph("Primärvården, Psykiatriska kliniken, Ekonomistaben", body),
        Spacer(1, 8),
        Paragraph("Kontaktperson: Mikael Bergkvist, utvecklingsstrateg, tfn 010-241 86 35", body),
        Spacer(1, 14),
        Paragraph("REGIONLEDNINGSKONTORET", h3),
        Spacer(1, 6),
    ]
    sign = Table([["Karin Ekdahl", "Mikael Bergkvist"], ["Hälso- och sjukvårdsdirektör", "Utvecklingsstrateg"]],
                 colWidths=[8 * cm, 8 * cm])
    sign.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(sign)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Användning av statsbidrag 2016 för En kvalitetssäker och "
                            "effektiv sjukskrivnings- och rehabiliteringsprocess", author="Region Jönköpings län")
    doc.build(story)


def ltv_docx(path: Path) -> None:
    d = Document()
    d.core_properties.title = "Rehabiliteringsgarantin 2010 – resultat per vårdcentral"
    d.core_properties.author = "Landstinget Västmanland"
    d.add_paragraph(MARKER)
    p = d.add_paragraph("Landstinget Västmanland")
    p.runs[0].bold = True
    d.add_paragraph("Hälso- och sjukvårdsförvaltningen, Primärvårdsstaben")
    d.add_heading("Rehabiliteringsgarantin 2010 – resultat per vårdcentral", level=0)
    d.add_paragraph("Resultatrapport januari–december 2010")
    d.add_paragraph("Datum: 2011-02-14")
    d.add_paragraph("Dnr: LTV 2011-0187")

    d.add_heading("1. Sammanfattning", level=1)
    d.add_paragraph("Under 2010 rapporterade Landstinget Västmanland 605 avslutade behandlingar inom "
                    "rehabiliteringsgarantin: 409 KBT, 25 IPT, 113 MMR1 i primärvården och 58 MMR2 vid "
                    "Smärtrehabiliteringen, Västmanlands sjukhus Västerås. Jämfört med 2009, då 431 behandlingar "
                    "rapporterades, är det en ökning med 40 procent.")
    d.add_paragraph("Landstinget erhöll 8,92 miljoner kronor i ersättning för 2010 enligt överenskommelsen mellan "
                    "staten och Sveriges Kommuner och Landsting (SKL).")

    d.add_heading("2. Bakgrund", level=1)
    d.add_paragraph("Rehabiliteringsgarantin ska ge kvinnor och män i åldern 16–67 år med lindrig till medelsvår "
                    "ångest, depression eller stress, eller med långvarig smärta i rygg, nacke eller axlar, tillgång "
                    "till behandling som kan förebygga sjukskrivning eller underlätta återgång i arbete. "
                    "Behandlingen ges efter en medicinsk bedömning.")
    d.add_paragraph("Ersättningen 2010 var 10 000 kronor per avslutad KBT- eller IPT-behandling, 20 000 kronor per "
                    "MMR1 och 40 000 kronor per MMR2. Vårdcentralerna rapporterar avslutade behandlingar månadsvis "
                    "till Primärvårdsstaben, som sammanställer landstingets rapport till Försäkringskassan.")

    d.add_heading("3. Resultat per vårdcentral", level=1)
    d.add_paragraph("Tabell 1. Avslutade behandlingar 2010 per vårdcentral (antal)")
    rows = [
        ("Vårdcentral", "KBT", "IPT", "MMR1", "Summa"),
        ("Vårdcentralen Bäckby", "64", "5", "18", "87"),
        ("Vårdcentralen Skiljebo", "52", "3", "12", "67"),
        ("Vårdcentralen Pettersberg", "71", "8", "21", "100"),
        ("Vårdcentralen Sala Väsby", "45", "2", "16", "63"),
        ("Vårdcentralen Köping", "58", "4", "14", "76"),
        ("Vårdcentralen Fagersta", "39", "1", "9", "49"),
        ("Vårdcentralen Arboga", "33", "0", "11", "44"),
        ("Vårdcentralen Hallstahammar", "28", "2", "7", "37"),
        ("Vårdcentralen Kungsör", "19", "0", "5", "24"),
        ("Summa primärvård", "409", "25", "113", "547"),
    ]
    t = d.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if i == 0 or i == len(rows) - 1:
                cell.paragraphs[0].runs[0].bold = True
            if j > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Därtill rapporterade Smärtrehabiliteringen vid Västmanlands sjukhus Västerås 58 avslutade "
                    "MMR2 under 2010.")
    d.add_paragraph("Vårdcentralen Pettersberg rapporterade flest behandlingar (100) och Vårdcentralen Kungsör "
                    "minst (24). Två vårdcentraler, Arboga och Kungsör, rapporterade ingen IPT under året. De tre "
                    "vårdcentralerna i Västerås (Bäckby, Skiljebo och Pettersberg) stod för 254 av primärvårdens "
                    "547 behandlingar.")

    d.add_heading("4. Fördelning på kön och ålder", level=1)
    d.add_paragraph("Av de 434 avslutade KBT/IPT-behandlingarna gavs 313 (72 procent) till kvinnor och 121 "
                    "(28 procent) till män. Inom MMR (MMR1 och MMR2, totalt 171 behandlingar) var andelen kvinnor "
                    "77 procent: 131 kvinnor och 40 män.")
    d.add_paragraph("Tabell 2. Åldersfördelning 2010 (procent av avslutade behandlingar)")
    rows2 = [("Åldersgrupp", "KBT/IPT", "MMR"), ("16–29 år", "22", "6"), ("30–49 år", "51", "44"),
             ("50–67 år", "27", "50")]
    t2 = d.add_table(rows=len(rows2), cols=3)
    t2.style = "Table Grid"
    for i, row in enumerate(rows2):
        for j, val in enumerate(row):
            t2.cell(i, j).text = val
    d.add_paragraph("Patienterna i MMR är äldre än patienterna i KBT/IPT: hälften av MMR-patienterna var 50–67 år.")

    d.add_heading("5. Kommentarer och fortsatt arbete", level=1)
    for text in (
        "Den genomsnittliga väntetiden från medicinsk bedömning till första KBT-besök var 6 veckor.",
        "Det finns brist på KBT-utbildad personal i norra länsdelen, framför allt i Fagersta, Norberg och "
        "Skinnskatteberg.",
        "Ett nytt MMR1-team startar i Norberg under hösten 2011 för att korta resvägarna i norra länsdelen.",
        "Målet för 2011 är 700 avslutade behandlingar i landstinget.",
    ):
        d.add_paragraph(text, style="List Bullet")

    d.add_heading("Kontakt", level=1)
    d.add_paragraph("Annika Sjöberg, samordnare för rehabiliteringsgarantin, Primärvårdsstaben, tfn 021-17 45 82")
    for para in d.paragraphs:
        for run in para.runs:
            run.font.size = run.font.size or Pt(11)
    d.save(str(path))


if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    rjl_pdf(DOCS / "b30-rjl-2016-tjansteskrivelse-statsbidrag-sjukskrivning.pdf")
    ltv_docx(DOCS / "b30-ltv-2010-resultat-rehabiliteringsgaranti-vardcentraler.docx")
