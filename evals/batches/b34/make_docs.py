"""Builds the PDF and DOCX test documents of batch b34 (stdlib + reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b34/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

# Sick-leave cases longer than 14 days that ended in 2017:
# (diagnosis group, sex, cases, median days, mean days, % longer than 180 days)
FK_TABLE1 = [
    ("F43 Reaktion på svår stress", "Kvinnor", 46820, 98, 152, 24),
    ("F43 Reaktion på svår stress", "Män", 12130, 86, 138, 21),
    ("– varav F43.8A Utmattningssyndrom", "Kvinnor", 21460, 152, 211, 38),
    ("– varav F43.8A Utmattningssyndrom", "Män", 4920, 139, 197, 35),
    ("M54 Ryggvärk", "Kvinnor", 9340, 34, 71, 8),
    ("M54 Ryggvärk", "Män", 8710, 31, 66, 7),
    ("Samtliga diagnoser", "Kvinnor", 318400, 43, 101, 13),
    ("Samtliga diagnoser", "Män", 196700, 38, 94, 12),
]
# Median length (days) of ended F43 cases by year the case ended: (year, women, men)
FK_TABLE2 = [(2013, 84, 74), (2014, 88, 77), (2015, 91, 80), (2016, 95, 83), (2017, 98, 86)]
# Share (%) with a new sick-leave case > 14 days within 12 months, cases that ended in 2016
FK_TABLE3 = [("F43 Reaktion på svår stress", 14, 12), ("M54 Ryggvärk", 11, 13), ("Samtliga diagnoser", 10, 9)]


def fmt(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def make_pdf() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Title"], styles["Heading2"]
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    cell = styles["BodyText"].clone("cell", fontSize=8.5, leading=10)
    out = DOCS / "b34-fk-2018-korta-analyser-sjukfallslangd-f43-m54.pdf"
    title = "Sjukfallens längd vid stressrelaterade diagnoser och ryggvärk"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            title=title, author="Försäkringskassan")
    s: list = [Paragraph(MARKER, body), Spacer(1, 6)]
    s.append(Paragraph("Försäkringskassan – Analys och prognos", body))
    s.append(Paragraph("Korta analyser 2018:2", body))
    s.append(Paragraph("Publicerad: 2018-06-14. Dnr FK 2018/002317", body))
    s.append(Spacer(1, 10))
    s.append(Paragraph(title + " (utdrag)", h1))

    def section(heading: str, *paras: str) -> None:
        s.append(Paragraph(heading, h2))
        for p in paras:
            s.append(Paragraph(p, body))

    def table(rows: list[list], widths: list[float]) -> None:
        t = Table(rows, colWidths=[w * cm for w in widths])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3ecf3")),
            ("FONTSIZE", (0, 1), (-1, -1), 9),
            ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        s.append(t)

    section("Sammanfattning",
            "Stressrelaterad psykisk ohälsa är sedan flera år den vanligaste orsaken till långa sjukskrivningar i "
            "Sverige. I denna analys jämför vi längden på sjukfall med diagnoser inom gruppen F43 Reaktion på svår "
            "stress, där utmattningssyndrom ingår, med sjukfall med diagnosen M54 Ryggvärk. Analysen omfattar "
            "sjukfall som var längre än 14 dagar och som avslutades under 2017.",
            "Sjukfallen med F43-diagnoser var nästan tre gånger så långa som sjukfallen med ryggvärk, räknat i "
            "median. Sjukfall med utmattningssyndrom hade en medianlängd på 152 dagar för kvinnor och 139 dagar för "
            "män. Kvinnor stod för 79 procent av sjukfallen med F43-diagnoser, medan ryggvärk var nästan lika vanligt "
            "bland kvinnor och män (52 procent kvinnor).")
    section("1. Data och definitioner",
            "Ett sjukfall är en sammanhängande period med sjukpenning. Sjukfall som är kortare än 15 dagar ingår inte, "
            "eftersom de första 14 dagarna för anställda i regel ersätts med sjuklön från arbetsgivaren. Diagnosen är "
            "den som angavs på det senaste läkarintyget i sjukfallet. Antalet sjukfall är avrundat till tiotal.",
            "Längden anges i bruttodagar, det vill säga kalenderdagar oavsett om personen har varit sjukskriven på "
            "hel- eller deltid.")
    section("2. Sjukfallens längd per diagnosgrupp och kön")
    s.append(Paragraph("Tabell 1. Avslutade sjukfall 2017 längre än 14 dagar, per diagnosgrupp och kön", body))
    rows: list[list] = [[Paragraph(h, cell) for h in (
        "Diagnosgrupp", "Kön", "Antal sjukfall", "Medianlängd, dagar", "Medellängd, dagar",
        "Andel över 180 dagar, %")]]
    for group, sex, n, median, mean, share in FK_TABLE1:
        rows.append([group, sex, fmt(n), str(median), str(mean), str(share)])
    table(rows, [5.6, 1.7, 2.2, 2.3, 2.3, 2.6])
    s.append(Paragraph("Källa: Försäkringskassans datalager Store, uttag 2018-03-05.", small))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Sjukfall med F43-diagnoser svarade för 11,4 procent av samtliga avslutade sjukfall 2017. Medianlängden för "
        "kvinnor med F43-diagnoser var 98 dagar, mer än dubbelt så lång som medianlängden för kvinnor med samtliga "
        "diagnoser (43 dagar). Var fjärde kvinna med en F43-diagnos hade ett sjukfall som var längre än 180 dagar.",
        body))
    s.append(Paragraph(
        "Sjukfallen med ryggvärk var korta: medianlängden var 34 dagar för kvinnor och 31 dagar för män. Endast 8 "
        "procent av kvinnornas och 7 procent av männens sjukfall med ryggvärk var längre än 180 dagar.", body))
    section("3. Utvecklingen 2013–2017",
            "Sjukfallen med F43-diagnoser har blivit längre under perioden, för både kvinnor och män. Medianlängden "
            "ökade med 14 dagar för kvinnor och med 12 dagar för män mellan 2013 och 2017. För ryggvärk har "
            "medianlängden varit i stort sett oförändrad.")
    s.append(Paragraph("Tabell 2. Medianlängd i dagar för avslutade sjukfall med F43-diagnoser, per år och kön",
                       body))
    rows = [[Paragraph(h, cell) for h in ("År då sjukfallet avslutades", "Kvinnor", "Män")]]
    for year, women, men in FK_TABLE2:
        rows.append([str(year), str(women), str(men)])
    table(rows, [5.6, 2.6, 2.6])
    s.append(Spacer(1, 6))
    section("4. Återinsjuknande",
            "En del av dem som avslutar ett sjukfall blir sjukskrivna igen inom kort. Tabell 3 visar andelen som "
            "påbörjade ett nytt sjukfall längre än 14 dagar inom tolv månader, oavsett diagnos, bland dem vars "
            "sjukfall avslutades under 2016.")
    s.append(Paragraph("Tabell 3. Andel med nytt sjukfall inom 12 månader, sjukfall avslutade 2016, procent", body))
    rows = [[Paragraph(h, cell) for h in ("Diagnosgrupp i det första sjukfallet", "Kvinnor", "Män")]]
    for group, women, men in FK_TABLE3:
        rows.append([group, str(women), str(men)])
    table(rows, [5.6, 2.6, 2.6])
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Män med ryggvärk var den enda grupp där återinsjuknandet var högre bland män än bland kvinnor.", body))
    section("5. Slutsatser",
            "Analysen bekräftar att sjukfall med stressrelaterade diagnoser är långa och har blivit längre. Försäkringskassan "
            "bedömer att tidiga och samordnade insatser från hälso- och sjukvården, arbetsgivaren och Försäkringskassan "
            "är särskilt viktiga för denna grupp. Försäkringskassan kommer under hösten 2018 att följa upp hur "
            "kontakterna med arbetsgivaren påverkar längden på sjukfall med F43-diagnoser.",
            "Författare: Lena Strandberg och Omar Haddad, Analysavdelningen. Kontakt: analys@forsakringskassan.example")
    doc.build(s)


# Region Örebro län, action plan 2017: (no, indicator, outcome 2016, target 2017, responsible function)
OREBRO_ROWS = [
    ("1", "Sjukpenningtal i Örebro län, dagar (december)", "11,2", "10,6", "Hälso- och sjukvårdsdirektör"),
    ("2", "Andel vårdcentraler med funktion för koordinering, %", "72 (21 av 29)", "100",
     "Områdeschef primärvård"),
    ("3", "Andel läkare i primärvården som genomgått grundutbildning i försäkringsmedicin, %", "58", "75",
     "Försäkringsmedicinskt ansvarig läkare"),
    ("4", "Andel läkarintyg med fullständig beskrivning av funktionsnedsättning och aktivitetsbegränsning, %",
     "64", "80", "Försäkringsmedicinskt ansvarig läkare"),
    ("5", "Antal patienter som avslutat KBT/IPT i primärvården", "2 140", "2 400", "Områdeschef primärvård"),
    ("6", "Antal avslutade MMR1 i primärvården", "286", "320", "Områdeschef primärvård"),
    ("7", "Antal avslutade MMR2 i specialistvården", "118", "130",
     "Verksamhetschef, Smärt- och rehabiliteringscentrum USÖ"),
    ("8", "Andel patienter som påbörjat KBT inom 30 dagar efter beslut om behandling, %", "61", "75",
     "Processledare för psykisk hälsa i primärvården"),
    ("9", "Andel läkarintyg som skickas elektroniskt till Försäkringskassan, %", "88", "95",
     "IT-strateg, Hälso- och sjukvårdsförvaltningen"),
]


def make_docx() -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.core_properties.author = "Region Örebro län"
    d.core_properties.title = "Handlingsplan 2017 för sjukskrivnings- och rehabiliteringsprocessen"
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Örebro län\nHälso- och sjukvårdsförvaltningen\nDatum: 2017-03-28\nDnr: 17RS2076")
    d.add_heading("Handlingsplan 2017 – En kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess i Region Örebro län", level=1)

    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) har tecknat en överenskommelse om en kvalitetssäker "
        "och effektiv sjukskrivnings- och rehabiliteringsprocess för åren 2017–2018. Enligt överenskommelsen ska "
        "varje landsting lämna en handlingsplan för 2017 till SKL senast den 31 mars 2017. Denna handlingsplan "
        "beskriver Region Örebro läns mål, indikatorer, insatser och ansvarsfördelning för 2017.")
    d.add_paragraph(
        "Region Örebro län beräknas kunna ta del av cirka 36,7 miljoner kronor för 2017, varav 15,4 miljoner "
        "kronor för rehabiliteringsinsatser vid lindrig och medelsvår psykisk ohälsa och långvarig smärta och "
        "21,3 miljoner kronor för utvecklingsarbete. Medlen betalas ut i två delar, och den andra delen beror på "
        "hur väl regionen uppfyller villkoren i överenskommelsen.")

    d.add_heading("2. Övergripande mål", level=2)
    d.add_paragraph(
        "Sjukskrivnings- och rehabiliteringsprocessen i Region Örebro län ska vara jämställd, kvalitetssäker och "
        "effektiv. Sjukskrivning ska ses som en del av vården och behandlingen, och patienterna ska få rätt "
        "insatser i rätt tid för att kunna återgå i arbete.")
    for text in (
        "Sjukpenningtalet i länet ska minska.",
        "Alla vårdcentraler ska ha en funktion för koordinering senast den 31 december 2017.",
        "Fler läkare ska ha grundläggande kompetens i försäkringsmedicin.",
        "Kvaliteten i läkarintygen ska förbättras.",
        "Fler patienter ska få KBT, IPT och multimodal rehabilitering, och väntetiderna ska bli kortare.",
        "Skillnaderna mellan kvinnor och män i sjukskrivningarnas längd ska analyseras för varje vårdcentral.",
    ):
        d.add_paragraph(text, style="List Bullet")

    d.add_heading("3. Indikatorer, målvärden och ansvar", level=2)
    d.add_paragraph(
        "Tabell 1 visar de indikatorer som regionen följer under 2017, med utfallet för 2016 som utgångsvärde, "
        "målvärdet för 2017 och den funktion som ansvarar för att målet nås.")
    d.add_paragraph("Tabell 1. Indikatorer för sjukskrivnings- och rehabiliteringsprocessen 2017")
    header = ("Nr", "Indikator", "Utfall 2016", "Målvärde 2017", "Ansvarig funktion")
    table = d.add_table(rows=len(OREBRO_ROWS) + 1, cols=5)
    table.style = "Table Grid"
    for j, value in enumerate(header):
        table.cell(0, j).text = value
    for i, row in enumerate(OREBRO_ROWS, start=1):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    d.add_paragraph(
        "Utfallen för 2016 kommer från Försäkringskassans statistik (indikator 1, 4 och 9), regionens "
        "vårdinformationssystem (indikator 5–8) och regionens egen kartläggning (indikator 2 och 3).")

    d.add_heading("4. Insatser 2017", level=2)
    for text in (
        "Rehabkoordinatorer anställs vid de åtta vårdcentraler som saknar funktion för koordinering. "
        "Koordinatorerna ska ha minst 50 procents tjänstgöringsgrad.",
        "Tre heldagsutbildningar i försäkringsmedicin för läkare i primärvården genomförs under våren och hösten.",
        "Försäkringsmedicinskt ansvarig läkare granskar tio läkarintyg per vårdcentral och tertial och ger "
        "återkoppling.",
        "Vårdcentralerna ersätts med 9 000 kronor per avslutad KBT- eller IPT-behandling som uppfyller regionens "
        "kvalitetskrav.",
        "En gemensam remissrutin för MMR1 och MMR2 tas fram tillsammans med Smärt- och rehabiliteringscentrum USÖ.",
        "Statistik om sjukskrivningarnas längd per kön tas fram för varje vårdcentral och diskuteras på "
        "verksamhetschefsmöten.",
    ):
        d.add_paragraph(text, style="List Bullet")

    d.add_heading("5. Planerad användning av medlen 2017", level=2)
    for text in (
        "Rehabkoordinatorer i primärvården och psykiatrin: 9,8 miljoner kronor",
        "Ersättning till vårdcentraler för KBT/IPT: 10,2 miljoner kronor",
        "Multimodal rehabilitering (MMR1 och MMR2): 5,2 miljoner kronor",
        "Utbildning i försäkringsmedicin: 3,1 miljoner kronor",
        "Processledning: 2,0 miljoner kronor",
        "IT-stöd och elektroniska läkarintyg: 1,4 miljoner kronor",
        "Reserv för 2018: 5,0 miljoner kronor",
    ):
        d.add_paragraph(text, style="List Bullet")

    d.add_heading("6. Organisation och uppföljning", level=2)
    d.add_paragraph(
        "Hälso- och sjukvårdsdirektören har det övergripande ansvaret för handlingsplanen. En styrgrupp för "
        "försäkringsmedicin, med hälso- och sjukvårdsdirektören som ordförande, följer arbetet. Processledaren för "
        "sjukskrivningsprocessen samordnar insatserna och ansvarar för uppföljning och rapportering.")
    d.add_paragraph(
        "Handlingsplanen följs upp varje tertial i rapport till hälso- och sjukvårdsnämnden. Redovisningen av "
        "2017 års arbete ska lämnas till SKL senast den 31 januari 2018.")

    d.add_heading("7. Kontakt", level=2)
    d.add_paragraph("Johan Ekström, processledare för sjukskrivningsprocessen, telefon 019-602 10 00")
    d.add_paragraph("Maria Sandin, försäkringsmedicinskt ansvarig läkare")
    d.add_paragraph("Örebro den 28 mars 2017\n\nKarin Wahlgren\nHälso- och sjukvårdsdirektör")
    d.save(str(DOCS / "b34-orebro-2017-handlingsplan-sjukskrivningsprocessen.docx"))


if __name__ == "__main__":
    make_pdf()
    make_docx()
