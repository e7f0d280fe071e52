"""Builds the PDF and DOCX test documents of batch b16 (stdlib + reportlab + python-docx).

Run: /work/main/.venv/bin/python evals/batches/b16/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def make_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body, h1, h2, small = styles["BodyText"], styles["Title"], styles["Heading2"], styles["Italic"]
    story = [
        Paragraph(MARKER, small),
        Spacer(1, 4 * mm),
        Paragraph("Region Östergötland", styles["Heading3"]),
        Paragraph("Regionstyrelsen", body),
        Paragraph("BESLUT", body),
        Paragraph("Datum: 2017-04-20", body),
        Paragraph("Diarienummer: RS 2017-214", body),
        Spacer(1, 4 * mm),
        Paragraph("Fördelning av statsbidrag inom överenskommelsen En kvalitetssäker och effektiv "
                  "sjukskrivnings- och rehabiliteringsprocess 2017–2018", h1),
        Paragraph("1. Sammanfattning", h2),
        Paragraph("Region Östergötland erhöll 52,3 miljoner kronor för arbetet inom 2016 års överenskommelse "
                  "om sjukskrivning och rehabilitering. För 2017 beräknas regionen kunna få 50,8 miljoner kronor "
                  "och för 2018 50,1 miljoner kronor, under förutsättning att samtliga villkor uppfylls. "
                  "I detta ärende fastställs hur medlen ska fördelas mellan insatsområdena 2017 och 2018.", body),
        Paragraph("2. Bakgrund", h2),
        Paragraph("Staten och SKL har tecknat en tvåårig överenskommelse för 2017–2018 som omfattar totalt 2,88 "
                  "miljarder kronor. Av dessa är 500 miljoner kronor per år avsatta för rehabiliteringsinsatser "
                  "för lindrig och medelsvår psykisk ohälsa och långvarig smärta. Medlen fördelas efter "
                  "landstingens och regionernas andel av befolkningen, och Region Östergötlands andel är "
                  "4,6 procent.", body),
        Paragraph("En funktion för koordinering innebär att varje vårdcentral har en rehabkoordinator som stödjer "
                  "sjukskrivna patienter, samordnar insatser inom vården och har kontakt med arbetsgivare och "
                  "Försäkringskassan. Vid utgången av 2016 hade 38 av regionens 42 vårdcentraler en "
                  "rehabkoordinator. Målet är att samtliga vårdcentraler ska ha en rehabkoordinator senast "
                  "den 31 december 2017.", body),
        Paragraph("3. Fördelning av medlen", h2),
        Paragraph("Tabell 1. Fördelning av statsbidrag per insatsområde 2016–2019, miljoner kronor", body),
    ]
    rows = [
        ["Insatsområde", "Utfall 2016", "Budget 2017", "Budget 2018", "Plan 2019"],
        ["Rehabiliteringsinsatser (KBT/IPT och MMR)", "24,1", "23,0", "23,0", "–"],
        ["Funktion för koordinering", "10,2", "11,5", "12,4", "15,2"],
        ["Kompetenssatsning i försäkringsmedicin", "4,8", "3,6", "2,9", "–"],
        ["Elektroniskt informationsutbyte", "3,5", "3,2", "2,6", "–"],
        ["Jämställd sjukskrivningsprocess", "2,6", "1,9", "1,4", "–"],
        ["Processledning och uppföljning", "3,9", "4,1", "4,3", "–"],
        ["Utvecklingsreserv", "3,2", "3,5", "3,5", "–"],
        ["Summa", "52,3", "50,8", "50,1", "15,2"],
    ]
    table = Table(rows, colWidths=[70 * mm, 24 * mm, 24 * mm, 24 * mm, 22 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ]))
    story += [
        table,
        Spacer(1, 3 * mm),
        Paragraph("Kommentar till tabellen: Utfall 2016 avser de medel som betalades ut för 2016 års "
                  "överenskommelse. Plan 2019 bygger på regeringens förslag om att koordineringsuppdraget ska "
                  "bli lagreglerat från 2019 och att staten då endast ersätter funktionen för koordinering.", body),
        Paragraph("Den största ökningen mellan 2017 och 2018 avser funktion för koordinering, som ökar med "
                  "0,9 miljoner kronor. Medlen till kompetenssatsning i försäkringsmedicin minskar eftersom "
                  "merparten av regionens sjukskrivande läkare har genomgått utbildningen.", body),
        Paragraph("4. Ekonomiska konsekvenser", h2),
        Paragraph("Enligt regeringens förslag minskar de statliga medlen till Region Östergötland med cirka "
                  "35 miljoner kronor 2019 jämfört med 2018. Hälso- och sjukvårdsnämnden behöver därför i god tid "
                  "pröva vilka insatser som ska finansieras inom ordinarie budget från 2019. "
                  "Ej förbrukade medel för 2017 får föras över till 2018 men ska vara förbrukade senast "
                  "den 31 december 2018.", body),
        Paragraph("5. Beslut", h2),
        Paragraph("Regionstyrelsen beslutar", body),
        Paragraph("1. att fastställa fördelningen av statsbidraget för 2017 och 2018 enligt tabell 1,", body),
        Paragraph("2. att uppdra åt regiondirektören att återrapportera användningen av 2017 års medel till "
                  "regionstyrelsen senast den 28 februari 2018,", body),
        Paragraph("3. att uppdra åt hälso- och sjukvårdsdirektören att senast den 30 september 2018 redovisa en "
                  "plan för vilka insatser som ska finansieras inom ordinarie budget från 2019.", body),
        Spacer(1, 6 * mm),
        Paragraph("Karin Bergwall", body),
        Paragraph("Regiondirektör", body),
        Spacer(1, 3 * mm),
        Paragraph("Anders Tholén", body),
        Paragraph("Hälso- och sjukvårdsdirektör", body),
        Spacer(1, 6 * mm),
        Paragraph("Handläggare: Sofia Ek, strateg, Centrum för hälso- och vårdutveckling, "
                  "telefon 010-103 72 45", body),
        Paragraph("Beslutet skickas till: Hälso- och sjukvårdsnämnden, Primärvårdscentrum, "
                  "Centrum för hälso- och vårdutveckling", body),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Fördelning av statsbidrag 2017–2018",
                            author="Region Östergötland", leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build(story)


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.author = "Västra Götalandsregionen"
    d.add_paragraph(MARKER)
    d.add_paragraph("Västra Götalandsregionen")
    d.add_heading("Protokoll", level=1)
    d.add_paragraph("Östra hälso- och sjukvårdsnämnden")
    d.add_paragraph("Sammanträdesdatum: 2017-03-23")
    d.add_paragraph("Plats och tid: Regionens hus, Skövde, kl. 09.00–12.15")
    d.add_heading("Närvarande", level=2)
    d.add_paragraph("Beslutande: Ulla-Britt Hagström (S), ordförande; Johan Lindberg (M), 1:e vice ordförande; "
                    "Marie Sandin (C), 2:e vice ordförande; Per Ottosson (S); Lena Ohlsson (V); "
                    "Kent Wiberg (SD); Annika Strömqvist (L)")
    d.add_paragraph("Övriga: Åsa Norrby, nämndsekreterare; Björn Strand, hälso- och sjukvårdsstrateg; "
                    "Helena Frisk, controller")
    d.add_paragraph("Utses att justera: Johan Lindberg (M)")
    d.add_paragraph("Justeringens plats och tid: Regionens hus, Skövde, 2017-03-30")
    d.add_paragraph("Paragrafer: §§ 33–36")

    d.add_heading("§ 33 Val av justerare", level=2)
    d.add_paragraph("Nämnden utser Johan Lindberg (M) att tillsammans med ordföranden justera dagens protokoll.")

    d.add_heading("§ 34 Fördelning av medel ur överenskommelsen om en kvalitetssäker och effektiv "
                  "sjukskrivnings- och rehabiliteringsprocess 2017", level=2)
    d.add_paragraph("Diarienummer: ÖHSN 2017-00041")
    d.add_heading("Ärendet", level=3)
    d.add_paragraph("Regionstyrelsen beslutade 2017-02-14 att fördela 61,5 miljoner kronor av "
                    "Västra Götalandsregionens medel inom överenskommelsen mellan staten och SKL om en "
                    "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess till de fem "
                    "hälso- och sjukvårdsnämnderna. Fördelningen mellan nämnderna görs efter befolkning. "
                    "Östra hälso- och sjukvårdsnämnden tilldelas 9,6 miljoner kronor för 2017.")
    d.add_paragraph("Nämndens andel ska användas för att stärka funktionen för koordinering på vårdcentralerna "
                    "i Skaraborg, öka tillgången till multimodal rehabilitering och internetbaserad KBT samt "
                    "utveckla samverkan med Försäkringskassan och Arbetsförmedlingen. Förvaltningen föreslår "
                    "fördelningen i tabellen nedan.")
    d.add_paragraph("Tabell. Förslag till fördelning av medel 2017, tusentals kronor (tkr)")
    rows = [
        ("Insats", "Belopp (tkr)", "Ansvarig"),
        ("Rehabkoordinatorer på vårdcentraler i Skaraborg", "4 200", "VG Primärvård"),
        ("Multimodal rehabilitering (MMR1) i primärvården", "2 100", "Skaraborgs Sjukhus"),
        ("Internetbaserad KBT via stöd- och behandlingsplattformen", "1 100", "VG Primärvård"),
        ("Utbildning i försäkringsmedicin för läkare", "900", "Koncernkontoret"),
        ("Samverkan med Försäkringskassan och Arbetsförmedlingen", "700", "Östra hälso- och sjukvårdsnämndens kansli"),
        ("Uppföljning och utvärdering", "600", "Östra hälso- och sjukvårdsnämndens kansli"),
        ("Summa", "9 600", ""),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("Som rehabkoordinator räknas en person med särskilt uppdrag att ge stöd till patienten, "
                    "samordna insatser internt i vården och samverka med externa aktörer under sjukskrivningen. "
                    "Målet är att samtliga 44 vårdcentraler i Skaraborg ska ha tillgång till en rehabkoordinator "
                    "under 2017. I januari 2017 hade 31 vårdcentraler en rehabkoordinator.")
    d.add_heading("Yrkanden", level=3)
    d.add_paragraph("Ordföranden Ulla-Britt Hagström (S) yrkar bifall till förvaltningens förslag.")
    d.add_paragraph("Marie Sandin (C) yrkar som tillägg att nämnden ska få en delrapport om användningen av "
                    "medlen senast den 30 september 2017.")
    d.add_paragraph("Lena Ohlsson (V) yrkar att 300 tkr av posten för uppföljning och utvärdering i stället "
                    "ska gå till internetbaserad KBT.")
    d.add_heading("Propositionsordning", level=3)
    d.add_paragraph("Ordföranden ställer proposition på förvaltningens förslag med Marie Sandins tilläggsyrkande "
                    "mot Lena Ohlssons ändringsyrkande och finner att nämnden beslutar enligt förvaltningens "
                    "förslag med Marie Sandins tillägg.")
    d.add_heading("Beslut", level=3)
    d.add_paragraph("Östra hälso- och sjukvårdsnämnden beslutar")
    d.add_paragraph("1. att fördela 9,6 miljoner kronor för 2017 enligt förvaltningens förslag,")
    d.add_paragraph("2. att förvaltningen lämnar en delrapport om användningen av medlen senast den "
                    "30 september 2017,")
    d.add_paragraph("3. att förvaltningen återrapporterar utfallet för 2017 till nämnden senast den "
                    "31 januari 2018.")
    d.add_heading("Reservation", level=3)
    d.add_paragraph("Lena Ohlsson (V) reserverar sig mot beslutet till förmån för eget yrkande.")
    d.add_paragraph("Expedieras till: Regionstyrelsen, Koncernkontoret, VG Primärvård, Skaraborgs Sjukhus")

    d.add_heading("§ 35 Information om tillgänglighet i primärvården", level=2)
    d.add_paragraph("Björn Strand informerar om tillgängligheten på vårdcentralerna i Skaraborg. I februari "
                    "2017 fick 86 procent av patienterna kontakt med sin vårdcentral samma dag och 82 procent "
                    "fick ett läkarbesök inom sju dagar.")
    d.add_paragraph("Nämnden beslutar att lägga informationen till handlingarna.")

    d.add_heading("§ 36 Anmälan av delegationsbeslut", level=2)
    d.add_paragraph("Nämnden beslutar att lägga anmälda delegationsbeslut till handlingarna.")

    d.add_paragraph("Vid protokollet: Åsa Norrby, nämndsekreterare")
    d.add_paragraph("Ordförande: Ulla-Britt Hagström")
    d.add_paragraph("Justerare: Johan Lindberg")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf(DOCS / "rog-2017-beslut-sjukskrivningsmedel.pdf")
    make_docx(DOCS / "vgr-ohsn-2017-protokoll-sjukskrivningsmedel.docx")
