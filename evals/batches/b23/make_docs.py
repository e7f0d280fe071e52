"""Generates the PDF and DOCX test documents of batch b23 (reportlab + python-docx)."""

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def make_pdf() -> None:
    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Title"], styles["Heading2"]
    story = [
        Paragraph(MARKER, body),
        Paragraph("Region Uppsala", body),
        Paragraph("Hälso- och sjukvårdsförvaltningen, Hälso- och sjukvårdsstaben", body),
        Spacer(1, 8),
        Paragraph("Resultatrapport: Överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- "
                  "och rehabiliteringsprocess 2017", h1),
        Paragraph("Datum: 2018-03-22. Diarienummer: HSN2018-0211.", body),
        Paragraph("1. Sammanfattning", h2),
        Paragraph("Region Uppsala uppfyllde fyra av fem villkor i 2017 års överenskommelse fullt ut. "
                  "Villkoret om utökat elektroniskt informationsutbyte uppfylldes delvis. Regionen erhöll "
                  "sammanlagt 43,9 miljoner kronor av möjliga 45,6 miljoner kronor, vilket motsvarar 96,3 procent. "
                  "År 2016 erhöll regionen 38,2 miljoner kronor av möjliga 40,1 miljoner kronor.", body),
        Paragraph("2. Medel per villkor 2017", h2),
        Paragraph("Tabell 1 visar möjlig ersättning och utfall per villkor för 2017 (miljoner kronor).", body),
    ]
    rows = [
        ["Villkor", "Möjlig ersättning", "Utfall", "Bedömning"],
        ["Funktion för koordinering", "14,2", "14,2", "Uppfyllt"],
        ["Kompetenssatsning i försäkringsmedicin", "5,1", "5,1", "Uppfyllt"],
        ["Utökat elektroniskt informationsutbyte", "4,8", "3,1", "Delvis uppfyllt"],
        ["Ledningssystem och jämställd sjukskrivning", "3,0", "3,0", "Uppfyllt"],
        ["Rehabiliteringsinsatser psykisk ohälsa och smärta", "18,5", "18,5", "Uppfyllt"],
        ["Summa", "45,6", "43,9", ""],
    ]
    table = Table(rows, colWidths=[210, 90, 60, 90])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
    ]))
    story += [
        table,
        Spacer(1, 8),
        Paragraph("Villkoret om elektroniskt informationsutbyte uppfylldes delvis eftersom den elektroniska "
                  "överföringen av läkarintyg till Försäkringskassan inte var införd på samtliga specialistmottagningar "
                  "vid Akademiska sjukhuset vid mättillfället den 31 oktober 2017.", body),
        Paragraph("3. Resultat inom villkoren", h2),
        Paragraph("Koordinering: Samtliga 52 vårdcentraler i länet hade vid årets slut en rehabkoordinator. "
                  "Under 2017 fick 3 870 patienter stöd av en rehabkoordinator, varav 72 procent kvinnor.", body),
        Paragraph("Försäkringsmedicin: 212 läkare genomgick den webbaserade utbildningen i försäkringsmedicin "
                  "under 2017.", body),
        Paragraph("Rehabiliteringsinsatser: Tabell 2 visar antalet avslutade behandlingar 2016 och 2017.", body),
    ]
    rows2 = [
        ["Behandling", "2016", "2017"],
        ["KBT/IPT", "2 115", "2 460"],
        ["MMR1", "274", "318"],
        ["MMR2", "104", "96"],
    ]
    t2 = Table(rows2, colWidths=[150, 70, 70])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [
        t2,
        Spacer(1, 8),
        Paragraph("Sjukpenningtalet i Uppsala län minskade från 10,1 dagar 2016 till 9,6 dagar 2017.", body),
        Paragraph("4. Jämförelse med 2016", h2),
        Paragraph("Jämfört med 2016 ökade den utbetalda ersättningen med 5,7 miljoner kronor. Ökningen beror "
                  "främst på att 2017 års överenskommelse innehöll ett större belopp för funktion för koordinering. "
                  "År 2016 uppfylldes inte villkoret om jämställd sjukskrivningsprocess fullt ut.", body),
        Paragraph("5. Fortsatt arbete 2018", h2),
        Paragraph("Under 2018 prioriteras elektroniskt informationsutbyte vid Akademiska sjukhuset och "
                  "uppföljning av rehabkoordinatorernas arbete. En slutrapport för överenskommelsen 2017–2018 "
                  "lämnas till hälso- och sjukvårdsnämnden i mars 2019.", body),
        Spacer(1, 12),
        Paragraph("Karin Westerlund, processledare försäkringsmedicin", body),
        Paragraph("Fastställd av: Fredrik Åhman, hälso- och sjukvårdsdirektör", body),
    ]
    doc = SimpleDocTemplate(str(DOCS / "uppsala-2018-resultatrapport-sjukskrivning-2017.pdf"), pagesize=A4,
                            title="Resultatrapport överenskommelsen sjukskrivningsprocess 2017", author="Region Uppsala")
    doc.build(story)


def make_docx() -> None:
    d = Document()
    d.core_properties.author = "Region Kalmar län"
    d.core_properties.title = "Beslut om användning av statsbidrag 2022"
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Kalmar län\nRegionstyrelsen")
    d.add_paragraph("PROTOKOLLSUTDRAG\nSammanträdesdatum: 2022-04-26\n§ 87\nDiarienummer: RS 2022/314")
    d.add_heading("Användning av statsbidrag enligt överenskommelsen om en välfungerande sjukskrivnings- "
                  "och rehabiliteringsprocess 2022", level=1)
    d.add_heading("Beslut", level=2)
    d.add_paragraph("Regionstyrelsen beslutar")
    d.add_paragraph("att godkänna budget för användning av statsbidraget 2022 enligt tabell nedan,",
                    style="List Bullet")
    d.add_paragraph("att uppdra åt regiondirektören att redovisa genomförda insatser till regionstyrelsen "
                    "senast 2023-02-28,", style="List Bullet")
    d.add_paragraph("att paragrafen justeras omedelbart.", style="List Bullet")
    d.add_heading("Sammanfattning av ärendet", level=2)
    d.add_paragraph(
        "Staten och Sveriges Kommuner och Regioner (SKR) har tecknat en överenskommelse om en välfungerande "
        "sjukskrivnings- och rehabiliteringsprocess för 2022. Region Kalmar läns andel av medlen beräknas till "
        "12,4 miljoner kronor. Medlen betalas ut under förutsättning att regionen lämnar en redovisning av "
        "insatserna till SKR senast den 31 oktober 2022.")
    d.add_paragraph(
        "Förvaltningen föreslår att medlen används för att förstärka koordineringsfunktionen i primärvården, "
        "höja den försäkringsmedicinska kompetensen och utöka internetbaserad KBT för patienter med lindrig "
        "till måttlig psykisk ohälsa. År 2021 erhöll regionen 11,8 miljoner kronor inom motsvarande "
        "överenskommelse.")
    d.add_heading("Budget 2022", level=2)
    rows = [
        ("Insats", "Belopp (tkr)", "Ansvarig"),
        ("Förstärkt koordineringsfunktion i primärvården", "4 200", "Primärvårdsförvaltningen"),
        ("Försäkringsmedicinsk utbildning för läkare", "1 600", "Regionens utbildningsenhet"),
        ("Digitala intyg och elektroniskt informationsutbyte", "1 900", "IT-avdelningen"),
        ("Internetbaserad KBT i primärvården", "2 300", "Primärvårdsförvaltningen"),
        ("Processledning och uppföljning", "1 500", "Hälso- och sjukvårdsstaben"),
        ("Reserv", "900", "Hälso- och sjukvårdsstaben"),
        ("Totalt", "12 400", ""),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("Om regionens andel blir lägre än beräknat minskas i första hand reserven och därefter "
                    "posten för processledning och uppföljning.")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse från hälso- och sjukvårdsstaben, 2022-04-04")
    d.add_paragraph("Överenskommelse mellan staten och SKR om en välfungerande sjukskrivnings- och "
                    "rehabiliteringsprocess 2022")
    d.add_heading("Underskrifter", level=2)
    d.add_paragraph("Vid protokollet\nLinnea Strömberg, sekreterare")
    d.add_paragraph("Ordförande\nGöran Ekdahl")
    d.add_paragraph("Justerare\nAnnika Fors")
    d.add_paragraph("Handläggare: Per Almgren, strateg försäkringsmedicin, hälso- och sjukvårdsstaben")
    d.add_paragraph("Expedieras till: Primärvårdsförvaltningen, IT-avdelningen, Ekonomiavdelningen")
    d.save(str(DOCS / "kalmar-2022-beslut-statsbidrag-sjukskrivning.docx"))


if __name__ == "__main__":
    make_pdf()
    make_docx()
