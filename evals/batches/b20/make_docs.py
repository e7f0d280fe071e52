"""Generates the PDF and DOCX test documents of batch b20 (reportlab + python-docx).

Run from anywhere: /work/main/.venv/bin/python evals/batches/b20/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


# -- Landstinget Västmanland: results report (PDF) -------------------------------------------

PROVIDERS = [  # name, KBT/IPT 2013, KBT/IPT 2012, MMR1 2013, MMR1 2012
    ("Vårdcentralen Bäckby", 188, 161, 34, 29),
    ("Vårdcentralen Herrgärdet", 142, 150, 18, 16),
    ("Vårdcentralen Oxbacken", 203, 167, 41, 38),
    ("Capio Vårdcentral Västerås City", 176, 121, 22, 15),
    ("Vårdcentralen Skultuna", 64, 58, 0, 0),
    ("Vårdcentralen Sala Väsby", 131, 119, 27, 24),
    ("Vårdcentralen Fagersta", 118, 104, 25, 27),
    ("Vårdcentralen Ullvi, Köping", 139, 126, 30, 26),
    ("Arboga vårdcentral (Achima Care)", 97, 88, 0, 0),
    ("Kolbäcks vårdcentral", 45, 52, 0, 0),
    ("Norbergs vårdcentral", 38, 35, 0, 0),
    ("Praktikertjänst Vårdcentralen Kungsör", 72, 61, 15, 12),
    ("Vuxenpsykiatrin, öppenvårdsmottagningar", 228, 186, None, None),
]


def fmt(n: int | None) -> str:
    if n is None:
        return "–"
    return f"{n:,}".replace(",", " ")


def signed(n: int) -> str:
    return ("+" if n > 0 else "−" if n < 0 else "±") + fmt(abs(n))


def make_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    h1, h2 = styles["Title"], styles["Heading2"]
    story: list = [Paragraph(MARKER, body), Spacer(1, 0.3 * cm)]
    story += [
        Paragraph("Landstinget Västmanland", styles["Heading3"]),
        Paragraph("Hälso- och sjukvårdsförvaltningen, Staben för hälsoval", body),
        Paragraph("Datum: 2014-03-18 &nbsp;&nbsp; Diarienummer: LTV 2014-0187", body),
        Spacer(1, 0.4 * cm),
        Paragraph("Rehabiliteringsgarantin 2013 – resultat per vårdcentral och vårdgivare", h1),
        Paragraph("Uppföljningsrapport med jämförelse med 2012", styles["Heading3"]),
        Paragraph("1. Sammanfattning", h2),
        Paragraph(
            "Under 2013 rapporterade vårdgivarna i Västmanland 1 641 avslutade behandlingar med kognitiv "
            "beteendeterapi (KBT) eller interpersonell psykoterapi (IPT) inom rehabiliteringsgarantin. Det är 213 "
            "fler än 2012, då antalet var 1 428, en ökning med 15 procent. Antalet behandlingsserier inom "
            "multimodal rehabilitering i primärvården (MMR1) ökade från 187 till 212. Inom den specialiserade "
            "smärtrehabiliteringen (MMR2) genomfördes 58 behandlingsserier, jämfört med 64 året innan.", body),
        Paragraph(
            "Landstinget fick hela sin andel av den statliga ramen för 2013, 21,4 miljoner kronor. De rapporterade "
            "behandlingarna motsvarade ett värde på 25,6 miljoner kronor enligt överenskommelsens "
            "ersättningsnivåer, men ersättningen är begränsad till landstingets andel av ramen.", body),
        Paragraph("2. Uppdrag och ersättningsnivåer", h2),
        Paragraph(
            "Rehabiliteringsgarantin är en överenskommelse mellan staten och Sveriges Kommuner och Landsting. "
            "Den omfattar kvinnor och män i åldern 16–67 år med lindrig till medelsvår ångest, depression eller "
            "stress eller med långvarig smärta i rygg, nacke eller axlar. I Västmanland ingår garantin i "
            "uppdraget för Vårdval Västmanland sedan 2010.", body),
        Paragraph(
            "Under 2013 var den statliga ersättningen 11 000 kronor per avslutad KBT- eller IPT-behandling, "
            "24 000 kronor per MMR1-serie och 42 000 kronor per MMR2-serie. Landstinget ersätter vårdcentralerna "
            "med 8 000 kronor per avslutad KBT/IPT-behandling och 20 000 kronor per MMR1-serie. Resten av "
            "medlen används till handledning, utbildning i KBT steg 1 och registrering i kvalitetsregister.", body),
        Paragraph("3. Resultat per vårdgivare", h2),
        Paragraph(
            "Tabell 1 visar antal avslutade behandlingar som rapporterats till Försäkringskassan per vårdgivare "
            "2013 och 2012. MMR1 erbjöds 2013 vid åtta vårdcentraler.", body),
        Spacer(1, 0.2 * cm),
        Paragraph("Tabell 1. Avslutade behandlingar per vårdgivare 2013 och 2012", styles["Heading4"]),
    ]
    rows = [["Vårdgivare", "KBT/IPT 2013", "KBT/IPT 2012", "Förändring", "MMR1 2013", "MMR1 2012"]]
    for name, k13, k12, m13, m12 in PROVIDERS:
        rows.append([name, fmt(k13), fmt(k12), signed(k13 - k12), fmt(m13), fmt(m12)])
    tk13 = sum(p[1] for p in PROVIDERS)
    tk12 = sum(p[2] for p in PROVIDERS)
    tm13 = sum(p[3] or 0 for p in PROVIDERS)
    tm12 = sum(p[4] or 0 for p in PROVIDERS)
    assert (tk13, tk12, tm13, tm12) == (1641, 1428, 212, 187)
    rows.append(["Totalt", fmt(tk13), fmt(tk12), signed(tk13 - tk12), fmt(tm13), fmt(tm12)])
    table = Table(rows, colWidths=[6.4 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.0 * cm, 2.0 * cm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ]))
    story += [table, Spacer(1, 0.3 * cm)]
    story += [
        Paragraph(
            "Vårdcentralen Oxbacken hade flest avslutade KBT/IPT-behandlingar av vårdcentralerna, 203 stycken. "
            "Störst ökning hade Capio Vårdcentral Västerås City, som ökade från 121 till 176 behandlingar. "
            "Två vårdcentraler minskade: Vårdcentralen Herrgärdet och Kolbäcks vårdcentral.", body),
        Paragraph(
            "MMR2 ges vid Smärtrehabiliteringen, Västmanlands sjukhus Västerås, som 2013 genomförde 58 "
            "behandlingsserier (2012: 64). Minskningen beror på vakanser i teamet under hösten 2013. "
            "Väntetiden till MMR2 var i genomsnitt 14 veckor i december 2013.", body),
        Paragraph("4. Ersättning från staten", h2),
        Paragraph("Tabell 2. Rapporterat värde och utbetald ersättning, miljoner kronor", styles["Heading4"]),
    ]
    money = [
        ["Post", "2013", "2012"],
        ["KBT/IPT (11 000 kr per behandling)", "18,1", "15,7"],
        ["MMR1 (24 000 kr per serie)", "5,1", "4,5"],
        ["MMR2 (42 000 kr per serie)", "2,4", "2,7"],
        ["Rapporterat värde totalt", "25,6", "22,9"],
        ["Landstingets andel av ramen", "21,4", "22,7"],
        ["Utbetald ersättning", "21,4", "22,7"],
    ]
    table2 = Table(money, colWidths=[8.0 * cm, 3.0 * cm, 3.0 * cm])
    table2.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ]))
    story += [table2, Spacer(1, 0.3 * cm)]
    story += [
        Paragraph(
            "Trots att antalet behandlingar ökade fick landstinget 1,3 miljoner kronor mindre 2013 än 2012, "
            "eftersom den nationella ramen minskade.", body),
        Paragraph("5. Kön och tillgänglighet", h2),
        Paragraph(
            "Av de 1 641 KBT/IPT-behandlingarna 2013 gavs 1 187 till kvinnor och 454 till män. Andelen kvinnor "
            "var 72 procent, samma nivå som 2012. Andelen patienter som påbörjade behandling inom 30 dagar "
            "efter bedömningen ökade från 63 procent 2012 till 71 procent 2013.", body),
        Paragraph("6. Åtgärder 2014", h2),
        ListFlowable([
            ListItem(Paragraph(
                "Vårdcentraler med färre än 40 behandlingar per 10 000 listade i åldern 16–67 år, i dag "
                "Skultuna, Kolbäck och Norberg, erbjuds stöd av landstingets KBT-team under 2014.", body)),
            ListItem(Paragraph("MMR1 ska erbjudas vid minst tio vårdcentraler under 2014.", body)),
            ListItem(Paragraph(
                "Väntetiden till MMR2 ska minska till högst åtta veckor senast i december 2014.", body)),
        ], bulletType="bullet"),
        Paragraph("7. Kontakt", h2),
        Paragraph("Karin Holmqvist, utvecklingsledare, Staben för hälsoval (rapportens författare)", body),
        Paragraph("Per-Erik Sandström, chef Staben för hälsoval", body),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="", author="",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


# -- Region Norrbotten: protocol extract with a decision (DOCX) ------------------------------

def make_docx(path: Path) -> None:
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Norrbotten")
    d.add_heading("Protokollsutdrag", level=1)
    d.add_paragraph("Regionstyrelsen")
    d.add_paragraph("Sammanträdesdatum: 2016-04-13")
    d.add_paragraph("Plats och tid: Regionhuset, Luleå, kl. 09.00–15.30")
    d.add_heading("§ 87 Användning av statsbidrag 2016 för en kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess", level=2)
    d.add_paragraph("Diarienummer: 00523-2016")
    d.add_heading("Beslut", level=3)
    d.add_paragraph("Regionstyrelsen beslutar", style=None)
    for text in (
        "1. att godkänna förslaget till användning av statsbidraget 2016 för en kvalitetssäker och effektiv "
        "sjukskrivnings- och rehabiliteringsprocess, totalt 30,4 miljoner kronor,",
        "2. att uppdra åt hälso- och sjukvårdsdirektören att återrapportera resultatet till regionstyrelsen "
        "senast 2016-11-30,",
        "3. att medel som inte förbrukas under 2016 får föras över till 2017 för samma ändamål, dock högst "
        "3,0 miljoner kronor.",
    ):
        d.add_paragraph(text)
    d.add_heading("Bakgrund", level=3)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) har tecknat en överenskommelse för 2016 om en "
        "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess. Överenskommelsen är en "
        "fortsättning på den så kallade sjukskrivningsmiljarden. Den omfattar totalt 1,5 miljarder kronor, varav "
        "cirka 1,2 miljarder kronor är avsatta för landstingens arbete med sjukskrivningsprocessen.")
    d.add_paragraph(
        "Region Norrbotten kan 2016 ta del av högst 30,4 miljoner kronor om samtliga villkor uppfylls. "
        "Ersättningen fördelas efter befolkningsandel. För 2015 fick Region Norrbotten 26,8 miljoner kronor "
        "av möjliga 28,1 miljoner kronor inom sjukskrivningsmiljarden.")
    d.add_paragraph(
        "Medlen betalas ut av Försäkringskassan i två omgångar, i juni 2016 och i februari 2017, efter att "
        "regionen har redovisat hur villkoren har uppfyllts.")
    d.add_paragraph("Tabell 1. Möjlig ersättning 2016 per villkor i överenskommelsen")
    t1 = [
        ("Villkor", "Miljoner kronor"),
        ("1. Jämställd sjukskrivningsprocess", "2,2"),
        ("2. Kompetenssatsning i försäkringsmedicin", "3,5"),
        ("3. Funktion för koordinering", "11,8"),
        ("4. Insatser för lindrig och medelsvår psykisk ohälsa", "9,7"),
        ("5. Elektroniskt informationsutbyte", "3,2"),
        ("Totalt", "30,4"),
    ]
    _table(d, t1)
    d.add_heading("Förslag till användning", level=3)
    d.add_paragraph(
        "Hälso- och sjukvårdsdirektören föreslår att medlen används enligt tabell 2. Huvuddelen går till "
        "rehabkoordinatorer vid samtliga 32 hälsocentraler, motsvarande 16 årsarbetare.")
    d.add_paragraph("Tabell 2. Föreslagen användning 2016")
    t2 = [
        ("Insats", "Miljoner kronor"),
        ("Rehabkoordinatorer vid hälsocentralerna", "10,2"),
        ("Ersättning till hälsocentraler för KBT och IPT", "6,8"),
        ("Internetbaserad KBT via stöd- och behandlingsplattformen", "1,4"),
        ("Utbildning i försäkringsmedicin för läkare", "2,9"),
        ("Processledning och sjukskrivningsstrateg", "2,6"),
        ("IT-utveckling, elektroniskt läkarintyg", "2,3"),
        ("Jämställdhetsanalys och utbildning", "1,2"),
        ("Reserv", "3,0"),
        ("Totalt", "30,4"),
    ]
    _table(d, t2)
    d.add_paragraph(
        "Utbildningen i försäkringsmedicin omfattar tre heldagar och ska under 2016 ges till minst 120 läkare "
        "i primärvården och psykiatrin.")
    d.add_heading("Beslutsunderlag", level=3)
    d.add_paragraph("Tjänsteskrivelse 2016-03-22 från hälso- och sjukvårdsdirektör Lena Holmberg")
    d.add_paragraph("Överenskommelse mellan staten och SKL om en kvalitetssäker och effektiv sjukskrivnings- och "
                    "rehabiliteringsprocess 2016")
    d.add_heading("Yrkanden", level=3)
    d.add_paragraph("Ordföranden yrkar bifall till förslaget. Regionstyrelsen beslutar enligt förslaget.")
    d.add_heading("Justering", level=3)
    d.add_paragraph("Vid protokollet: Marie Wikström, sekreterare")
    d.add_paragraph("Justerat: Britt-Marie Lindgren, ordförande, och Sven-Olov Kero, justerare")
    d.add_paragraph("Justeringsdatum: 2016-04-20")
    d.add_paragraph("Protokollet har anslagits på regionens anslagstavla 2016-04-21.")
    d.add_paragraph("Rätt utdraget intygar: Marie Wikström")
    d.add_heading("Utdrag till", level=3)
    d.add_paragraph("Hälso- och sjukvårdsdirektören")
    d.add_paragraph("Ekonomidirektören")
    d.add_paragraph("Primärvårdschefen")
    d.core_properties.author = ""
    d.core_properties.title = ""
    d.save(str(path))


def _table(d: Document, rows: list[tuple[str, str]]) -> None:
    table = d.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        table.cell(i, 0).text = a
        table.cell(i, 1).text = b


if __name__ == "__main__":
    make_pdf(DOCS / "ltv-2014-rehabiliteringsgarantin-2013-per-vardgivare.pdf")
    make_docx(DOCS / "norrbotten-2016-protokollsutdrag-sjukskrivningsprocess.docx")
