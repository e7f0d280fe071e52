"""Writes the PDF and DOCX test documents of batch b4 (stdlib + reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b4/make_docs.py
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
    body, h1, h2, small = styles["BodyText"], styles["Heading1"], styles["Heading2"], styles["Italic"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Tilldelningsbeslut – Internetbaserad KBT för vuxna",
                            author="Region Jönköpings län")
    s: list = [Paragraph(MARKER, small), Spacer(1, 4 * mm)]
    s.append(Paragraph("Region Jönköpings län", body))
    s.append(Paragraph("Regionledningskontoret, Upphandlingsenheten", body))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("TILLDELNINGSBESLUT", h1))
    s.append(Paragraph("Datum: 2020-09-14", body))
    s.append(Paragraph("Diarienummer: RJL 2020/1187", body))
    s.append(Paragraph("Upphandling av internetbaserad kognitiv beteendeterapi (iKBT) för vuxna", h2))

    s.append(Paragraph("1. Bakgrund", h2))
    s.append(Paragraph(
        "Region Jönköpings län erbjuder sedan rehabiliteringsgarantins tid KBT i primärvården till patienter "
        "med lindrig till medelsvår depression, ångest och stress. Under 2019 genomfördes 2 850 avslutade "
        "KBT-behandlingar på regionens vårdcentraler. Väntetiden till behandling översteg 60 dagar på 14 av "
        "regionens 49 vårdcentraler.", body))
    s.append(Paragraph(
        "För att korta väntetiderna beslutade regionstyrelsen den 24 mars 2020 (§ 58) att upphandla "
        "internetbaserad KBT med behandlarstöd som ett komplement till behandling vid besök.", body))
    s.append(Paragraph(
        "Upphandlingen annonserades 2020-05-04 som ett öppet förfarande enligt lagen (2016:1145) om offentlig "
        "upphandling (LOU). Sista anbudsdag var 2020-06-15. Fem anbud inkom.", body))

    s.append(Paragraph("2. Definitioner", h2))
    s.append(Paragraph(
        "Internetbaserad KBT (iKBT): ett behandlingsprogram som patienten genomför via en säker digital "
        "plattform, med regelbundet skriftligt stöd från en legitimerad psykolog eller legitimerad psykoterapeut.",
        body))
    s.append(Paragraph(
        "Avslutad behandling: patienten har genomfört minst sex av programmets åtta moduler och gjort en "
        "avslutande skattning av sina symtom.", body))

    s.append(Paragraph("3. Kvalificering", h2))
    s.append(Paragraph(
        "Nordisk Internetpsykiatri AB uppfyllde inte kravet på att plattformen ska vara CE-märkt som "
        "medicinteknisk produkt och har därför uteslutits. Övriga fyra anbud uppfyllde samtliga "
        "kvalificeringskrav och har utvärderats.", body))

    s.append(Paragraph("4. Utvärdering", h2))
    s.append(Paragraph(
        "Anbuden har utvärderats utifrån bästa förhållande mellan pris och kvalitet. Kvalitet har viktats till "
        "60 procent och pris till 40 procent. Prispoängen har beräknats som lägsta anbudspris dividerat med "
        "anbudets pris, multiplicerat med 40.", body))
    rows = [
        ["Anbudsgivare", "Pris per avslutad\nbehandling (kr)", "Kvalitetspoäng\n(max 100)", "Prispoäng\n(max 40)",
         "Totalpoäng\n(max 100)"],
        ["Psykologpartner Norden AB", "6 900", "82", "34,7", "83,9"],
        ["Digital Terapi i Sverige AB", "7 450", "91", "32,1", "86,7"],
        ["KBT Online Syd AB", "5 980", "64", "40,0", "78,4"],
        ["Livsbalans eHälsa AB", "8 200", "88", "29,2", "82,0"],
    ]
    table = Table(rows, colWidths=[52 * mm, 30 * mm, 28 * mm, 24 * mm, 26 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    s += [Spacer(1, 2 * mm), Paragraph("Tabell 1. Utvärdering av anbuden", body), table, Spacer(1, 3 * mm)]
    s.append(Paragraph(
        "Digital Terapi i Sverige AB har lämnat det anbud som har det bästa förhållandet mellan pris och "
        "kvalitet, med 86,7 poäng.", body))

    s.append(Paragraph("5. Beslut", h2))
    s.append(Paragraph(
        "Region Jönköpings län tilldelar kontraktet avseende internetbaserad KBT för vuxna till Digital Terapi "
        "i Sverige AB, org.nr 559112-4471.", body))
    s.append(Paragraph(
        "Avtalstiden är 2021-01-01–2022-12-31, med möjlighet till förlängning i 1 + 1 år.", body))
    s.append(Paragraph(
        "Den beräknade volymen är 1 400 avslutade behandlingar per år. Det beräknade kontraktsvärdet för den "
        "initiala avtalsperioden är 20 860 000 kronor (tjugo miljoner åttahundrasextiotusen kronor) exklusive "
        "moms.", body))
    s.append(Paragraph(
        "För en påbörjad men inte avslutad behandling ersätts leverantören med 40 procent av priset per "
        "avslutad behandling, det vill säga 2 980 kronor.", body))

    s.append(Paragraph("6. Finansiering", h2))
    s.append(Paragraph(
        "Kostnaden för 2021 beräknas till 10 430 000 kronor. Av beloppet finansieras 6 000 000 kronor med "
        "statsbidrag för sjukskrivnings- och rehabiliteringsprocessen, under förutsättning att en "
        "överenskommelse mellan staten och SKR tecknas för 2021, och 4 430 000 kronor ur primärvårdens budget.",
        body))

    s.append(Paragraph("7. Avtalsspärr", h2))
    s.append(Paragraph(
        "Avtal får tecknas först när avtalsspärren på tio (10) dagar har löpt ut. Avtalsspärren löper till och "
        "med 2020-09-24. En anbudsgivare som anser sig förfördelad kan inom avtalsspärren ansöka om överprövning "
        "hos förvaltningsrätten i Jönköping.", body))
    s.append(Paragraph(
        "Beslutet har fattats med stöd av regionstyrelsens delegationsordning, punkt 4.2.", body))

    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Jönköping den 14 september 2020", body))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Maria Holmqvist", body))
    s.append(Paragraph("Upphandlingschef, Region Jönköpings län", body))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph(
        "Kontaktperson: Jonas Ekberg, upphandlare, telefon 010-242 65 18, e-post jonas.ekberg@rjl.example", body))
    s.append(Paragraph("Beslutet har skickats till samtliga anbudsgivare.", body))
    doc.build(s)


def make_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.title = "Årsredovisning 2019 – Sjukskrivning och rehabilitering"
    d.core_properties.author = "Erik Dahlgren"
    d.add_paragraph(MARKER)
    d.add_heading("Region Östergötland – Årsredovisning 2019", level=0)
    d.add_heading("5.4 Sjukskrivning och rehabilitering", level=1)
    d.add_paragraph(
        "Årsredovisningen fastställdes av regionstyrelsen den 31 mars 2020 och överlämnas till "
        "regionfullmäktige för godkännande.")

    d.add_heading("Sammanfattning av året", level=2)
    d.add_paragraph(
        "Region Östergötland har under 2019 fortsatt arbetet enligt överenskommelsen mellan staten och SKR "
        "(tidigare SKL) om en effektiv och kvalitetssäker sjukskrivnings- och rehabiliteringsprocess. Regionen "
        "uppfyllde samtliga villkor utom ett och erhöll 38,6 miljoner kronor av maximalt 39,9 miljoner kronor. "
        "Det villkor som inte uppfylldes gällde andelen läkarintyg som skickas elektroniskt till "
        "Försäkringskassan, som uppgick till 88 procent mot målet 90 procent.")
    d.add_paragraph(
        "Antalet patienter som fick en koordineringsinsats ökade med 630 jämfört med 2018, till 5 240. Av "
        "patienterna var 71 procent kvinnor. Antalet avslutade KBT/IPT-behandlingar minskade för andra året i "
        "rad, främst på grund av vakanta psykologtjänster. Vid årets slut var 9 av 44 psykologtjänster i "
        "primärvården vakanta.")

    d.add_heading("Nyckeltal 2016–2019", level=2)
    rows = [
        ["Nyckeltal", "2016", "2017", "2018", "2019"],
        ["Statsbidrag för sjukskrivnings- och rehabiliteringsprocessen, mnkr", "49,8", "54,2", "53,6", "38,6"],
        ["Rehabkoordinatorer, årsarbetare", "24", "31", "36", "38"],
        ["Patienter med koordineringsinsats", "2 950", "3 870", "4 610", "5 240"],
        ["Avslutade KBT/IPT-behandlingar i primärvården", "3 420", "3 610", "3 380", "3 150"],
        ["Multimodal rehabilitering, MMR1 (avslutade)", "410", "455", "470", "498"],
        ["Multimodal rehabilitering, MMR2 (avslutade)", "96", "102", "110", "121"],
        ["Sjukpenningtal, Östergötlands län (dagar)", "10,4", "10,2", "9,9", "9,6"],
        ["Läkare som gått utbildning i försäkringsmedicin under året", "146", "203", "268", "312"],
    ]
    table = d.add_table(rows=len(rows), cols=5)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)
                run.bold = r == 0
    d.add_paragraph(
        "Statsbidraget avser utbetalda medel för respektive års överenskommelse. Sjukpenningtalet avser "
        "december respektive år enligt Försäkringskassan.")

    d.add_heading("Användning av statsbidraget 2019", level=2)
    for item in (
        "Rehabkoordinatorer i primärvården och psykiatrin: 21,4 mnkr",
        "KBT/IPT och multimodal rehabilitering via primärvårdens ersättningssystem: 9,8 mnkr",
        "Kompetensutveckling i försäkringsmedicin: 3,1 mnkr",
        "IT-stöd och elektroniskt informationsutbyte: 2,4 mnkr",
        "Ej förbrukat, överfört till 2020: 1,9 mnkr",
    ):
        d.add_paragraph(item, style="List Bullet")

    d.add_heading("Mål och måluppfyllelse", level=2)
    d.add_paragraph(
        "Målet att minst 80 procent av vårdcentralerna ska ha en rehabkoordinator med minst 50 procents "
        "tjänstgöring uppnåddes: 41 av 43 vårdcentraler (95 procent) uppfyllde kravet.")
    d.add_paragraph(
        "Målet att sjukpenningtalet i länet ska understiga 9,5 dagar vid utgången av 2019 uppnåddes inte. "
        "Sjukpenningtalet sjönk dock för tredje året i rad.")
    d.add_paragraph(
        "Den samlade bedömningen är att målet för området är delvis uppnått.")

    d.add_heading("Händelser efter årets slut", level=2)
    d.add_paragraph(
        "Den 1 februari 2020 trädde lagen om koordineringsinsatser för sjukskrivna patienter i kraft. "
        "Koordineringen är därmed en lagstadgad uppgift för regionen och finansieras inte längre genom "
        "överenskommelsen. Utbrottet av covid-19 i mars 2020 väntas påverka både sjukskrivningarna och "
        "vårdens möjlighet att erbjuda KBT och multimodal rehabilitering under 2020.")

    d.add_heading("Ansvar och kontakt", level=2)
    d.add_paragraph("Ansvarig: Karin Sandberg, hälso- och sjukvårdsdirektör")
    d.add_paragraph(
        "Kontaktperson: Erik Dahlgren, strateg försäkringsmedicin, Centrum för hälso- och vårdutveckling")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf(DOCS / "jonkoping-2020-tilldelningsbeslut-internetbaserad-kbt.pdf")
    make_docx(DOCS / "ostergotland-2019-arsredovisning-sjukskrivning.docx")
