"""Builds the PDF and DOCX test documents of batch b33 (stdlib + reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b33/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

# Patients who completed MMR2 in 2014 and their one-year follow-up (answered in 2015).
# (region, completed 2014, answered follow-up, % in work at start, % in work after one year)
NRS_ROWS = [
    ("Stockholms läns landsting", 1124, 688, 52, 61),
    ("Region Skåne", 946, 571, 49, 58),
    ("Västra Götalandsregionen", 1032, 634, 51, 60),
    ("Region Östergötland", 412, 268, 47, 57),
    ("Landstinget i Jönköpings län", 305, 196, 48, 58),
    ("Landstinget i Uppsala län", 276, 171, 50, 59),
    ("Region Halland", 254, 163, 53, 63),
    ("Region Örebro län", 298, 187, 44, 55),
    ("Landstinget Dalarna", 231, 149, 42, 52),
    ("Norrbottens läns landsting", 187, 118, 40, 49),
    ("Övriga landsting (11)", 1395, 842, 46, 56),
]


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
    out = DOCS / "b33-nrs-2016-arsrapport-2015-mmr-utdrag.pdf"
    title = "Nationella registret över smärtrehabilitering (NRS) – Årsrapport 2015 (utdrag)"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            title=title, author="Nationella registret över smärtrehabilitering")
    s: list = [Paragraph(MARKER, body), Spacer(1, 6)]
    s.append(Paragraph("Nationella registret över smärtrehabilitering (NRS)", body))
    s.append(Paragraph("Publicerad: 2016-05-24", body))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Årsrapport 2015 – Multimodal rehabilitering i specialistvården (utdrag)", h1))

    def section(heading: str, *paras: str) -> None:
        s.append(Paragraph(heading, h2))
        for p in paras:
            s.append(Paragraph(p, body))

    section("1. Om registret",
            "Nationella registret över smärtrehabilitering (NRS) är ett nationellt kvalitetsregister för "
            "patienter med långvarig smärta som utreds och behandlas vid specialistenheter för "
            "smärtrehabilitering. Registret följer patienterna med enkäter vid första besöket, vid avslutad "
            "multimodal rehabilitering (MMR) samt ett år efter avslutad rehabilitering.",
            "Under 2015 var 41 specialistenheter anslutna till registret, jämfört med 38 enheter under 2014. "
            "Sedan hösten 2015 pågår även ett pilotprojekt med en primärvårdsdel av registret (NRS-PV) vid "
            "nio vårdcentraler. Arbetet med primärvårdsdelen har delvis finansierats med de 2 miljoner kronor "
            "som överenskommelsen om rehabiliteringsgarantin 2015 avsatte för att underlätta anslutning till "
            "kvalitetsregister för smärta.",
            "Detta utdrag redovisar resultaten för multimodal rehabilitering i specialistvården (MMR2). "
            "Resultat för primärvården redovisas i en separat rapport.")
    section("2. Patienter och täckningsgrad",
            "Under 2015 registrerades 7 140 nya patienter i registret, varav 6 912 avslutade ett multimodalt "
            "rehabiliteringsprogram under året. Av dem som avslutade programmet var 78 procent kvinnor. "
            "Medianåldern var 43 år för kvinnor och 45 år för män.",
            "Täckningsgraden, det vill säga andelen av de patienter som fått MMR2 och som rapporterats till "
            "registret, uppskattas till 86 procent för 2015. Landstingen rapporterar samtidigt sina MMR2-insatser "
            "inom rehabiliteringsgarantin till Försäkringskassan, och jämförelsen mellan de två källorna ligger "
            "till grund för uppskattningen.")
    s.append(Paragraph("3. Återgång i arbete ett år efter avslutad MMR", h2))
    s.append(Paragraph(
        "Tabell 1 visar de patienter som avslutade MMR2 under 2014 och som följdes upp ett år senare, under "
        "2015. Som i arbete räknas patienter som arbetar helt eller delvis, minst 25 procent av heltid, "
        "enligt patientens egen uppgift i enkäten.", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Tabell 1. Patienter som avslutade MMR2 2014 och andel i arbete vid start och efter ett år, "
                       "per landsting/region", body))
    header = ["Landsting/region", "Avslutade MMR2 2014", "Besvarat ettårs-uppföljning",
              "I arbete vid start (%)", "I arbete efter ett år (%)"]
    cell = styles["BodyText"].clone("cell", fontSize=8.5, leading=10)
    rows: list[list] = [[Paragraph(h, cell) for h in header]]
    for name, done, answered, start, year in NRS_ROWS:
        rows.append([name, fmt(done), fmt(answered), str(start), str(year)])
    total = sum(r[1] for r in NRS_ROWS)
    answered_total = sum(r[2] for r in NRS_ROWS)
    rows.append(["Riket", fmt(total), fmt(answered_total), "48", "58"])
    table = Table(rows, colWidths=[5.2 * cm, 2.8 * cm, 3.0 * cm, 2.8 * cm, 2.8 * cm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("FONTSIZE", (0, 1), (-1, -1), 9),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    s.append(table)
    s.append(Paragraph("Källa: NRS, uttag 2016-03-01. Övriga landsting redovisas sammantaget eftersom flera av "
                       "dem har färre än 100 besvarade uppföljningar.", small))
    s.append(Spacer(1, 8))
    section("4. Kommentarer",
            "I riket ökade andelen som arbetade från 48 procent vid start till 58 procent ett år efter avslutad "
            "rehabilitering, en ökning med 10 procentenheter. Svarsfrekvensen vid ettårsuppföljningen var 62 "
            "procent. Bland kvinnorna arbetade 57 procent efter ett år och bland männen 61 procent.",
            "Region Halland hade den högsta andelen i arbete efter ett år, 63 procent, medan Norrbottens läns "
            "landsting hade den lägsta, 49 procent. Skillnaderna mellan landstingen förklaras delvis av att "
            "patienterna skiljer sig åt redan vid start, både i andel som arbetar och i hur länge de har varit "
            "sjukskrivna. Resultaten bör därför tolkas med försiktighet.",
            "Patienter som hade varit sjukskrivna kortare tid än sex månader när rehabiliteringen startade "
            "återgick i arbete i betydligt högre grad än patienter med längre sjukskrivning. Registret ser det "
            "som ett stöd för att multimodal rehabilitering bör erbjudas tidigt i sjukskrivningen.")
    section("5. Styrgrupp och kontakt",
            "Registerhållare: Karin Ahlqvist, docent och överläkare, Smärt- och rehabiliteringscentrum, "
            "Universitetssjukhuset i Linköping.",
            "Registrets styrgrupp består av representanter för de anslutna enheterna, en patientrepresentant "
            "samt en representant för Sveriges Kommuner och Landsting.",
            "Frågor om rapporten besvaras av registrets koordinator Henrik Blom, telefon 010-103 00 00.")
    doc.build(s)


def make_docx() -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Bilaga 1 till överenskommelse mellan staten och Sveriges Kommuner och Regioner (SKR)\n"
                    "Diarienummer: S2021/08714\nDatum: 2022-01-27")
    d.add_heading("Villkor och ersättning – En kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess 2022", level=1)

    d.add_heading("1. Omfattning", level=2)
    d.add_paragraph(
        "Överenskommelsen för 2022 omfattar totalt 1 050 miljoner kronor. Av dessa avsätts 950 miljoner kronor "
        "till regionerna för arbete enligt villkoren i denna bilaga och 100 miljoner kronor till SKR för stöd "
        "till regionerna, uppföljning och nationella utvecklingsinsatser.")
    d.add_paragraph(
        "Medlen till regionerna fördelas efter respektive regions andel av befolkningen den 1 november 2021 "
        "enligt Statistiska centralbyråns (SCB) befolkningsstatistik.")

    d.add_heading("2. Grundvillkor", level=2)
    d.add_paragraph(
        "För att en region ska kunna ta del av medlen ska regionen senast den 15 mars 2022 ha lämnat en "
        "handlingsplan för 2022 till SKR. Handlingsplanen ska vara beslutad av regionens ledning och beskriva "
        "hur regionen avser att arbeta inom de tre områdena A–C. En region som inte uppfyller grundvillkoret "
        "får inga medel enligt överenskommelsen.")

    d.add_heading("3. Villkor per område", level=2)
    d.add_paragraph("Område A – Koordineringsinsatser och samverkan med arbetsgivare. Regionen ska redovisa "
                    "andelen sjukskrivna patienter som erbjudits koordineringsinsatser samt antalet vårdenheter "
                    "som har rutiner för kontakt med arbetsgivare.", style="List Bullet")
    d.add_paragraph("Område B – Kompetens i försäkringsmedicin. Regionen ska redovisa hur många läkare och "
                    "andra yrkesgrupper som genomgått utbildning i försäkringsmedicin under året. Minst 60 "
                    "procent av de läkare som utfärdar läkarintyg för sjukpenning ska ha genomgått utbildningen "
                    "senast den 31 december 2022.", style="List Bullet")
    d.add_paragraph("Område C – Rehabiliteringsinsatser vid lindrig till medelsvår psykisk ohälsa och långvarig "
                    "smärta. Regionen ska redovisa antalet patienter som fått KBT, IPT eller multimodal "
                    "rehabilitering, fördelat på kvinnor och män och på åldersgrupper.", style="List Bullet")

    d.add_heading("4. Utbetalning", level=2)
    d.add_paragraph(
        "Ersättningen för varje område betalas ut i två delar. En fast del om 60 procent betalas ut i förskott "
        "senast den 30 april 2022 till de regioner som uppfyllt grundvillkoret. En resultatbaserad del om 40 "
        "procent betalas ut i början av 2023, efter att SKR sammanställt regionernas slutredovisningar och "
        "bedömt i vilken grad villkoren uppfyllts.")
    d.add_paragraph("Tabell 1. Fördelning av medlen till regionerna per område, miljoner kronor")
    rows = [
        ("Område", "Totalt", "Förskott (60 %)", "Resultatdel (40 %)"),
        ("A. Koordinering och samverkan", "400", "240", "160"),
        ("B. Försäkringsmedicin", "200", "120", "80"),
        ("C. Rehabiliteringsinsatser", "350", "210", "140"),
        ("Summa", "950", "570", "380"),
    ]
    table = d.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value

    d.add_heading("5. Redovisning och tidplan", level=2)
    for text in (
        "15 mars 2022: handlingsplan för 2022 lämnas till SKR (grundvillkor).",
        "30 april 2022: förskottet om 60 procent betalas ut av Kammarkollegiet.",
        "30 september 2022: delredovisning till SKR av arbetet inom områdena A–C.",
        "31 januari 2023: slutredovisning till SKR för hela 2022.",
        "31 mars 2023: SKR lämnar en samlad redovisning och bedömning till Socialdepartementet.",
        "30 april 2023: den resultatbaserade delen betalas ut.",
    ):
        d.add_paragraph(text, style="List Number")

    d.add_heading("6. Medel som inte används", level=2)
    d.add_paragraph(
        "Medel som en region har fått men inte använt under 2022 får användas för samma ändamål till och med "
        "den 30 juni 2023. Medel som inte har förbrukats vid denna tidpunkt ska återbetalas till Kammarkollegiet "
        "senast den 30 september 2023.")
    d.add_paragraph(
        "Den resultatbaserade delen för ett villkor som inte uppfyllts betalas inte ut. Dessa medel fördelas inte "
        "om mellan regionerna utan återgår till staten.")

    d.add_heading("7. Underskrifter", level=2)
    d.add_paragraph("För staten genom Socialdepartementet: Erik Lindahl, statssekreterare")
    d.add_paragraph("För Sveriges Kommuner och Regioner: Malin Forsberg, avdelningschef, "
                    "Avdelningen för vård och omsorg")
    d.save(str(DOCS / "b33-skr-2022-bilaga-villkor-sjukskrivningsprocess.docx"))


if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    make_pdf()
    make_docx()
