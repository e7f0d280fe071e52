"""Generates the PDF and DOCX test documents of batch b39 (stdlib + reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b39/make_docs.py
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

# ---------------------------------------------------------------------------------------------
# 1. PDF: Bilaga 1 till överenskommelsen om en rehabiliteringsgaranti för 2011
# ---------------------------------------------------------------------------------------------

LANDSTING_2011 = [
    ("Stockholms läns landsting", "1 342 760", "22,55", "218 701 000"),
    ("Landstinget i Uppsala län", "217 280", "3,65", "35 389 000"),
    ("Landstinget Sörmland", "165 340", "2,78", "26 930 000"),
    ("Landstinget i Östergötland", "271 260", "4,55", "44 181 000"),
    ("Landstinget i Jönköpings län", "208 520", "3,50", "33 963 000"),
    ("Landstinget Kronoberg", "114 380", "1,92", "18 630 000"),
    ("Landstinget i Kalmar län", "141 290", "2,37", "23 012 000"),
    ("Region Gotland", "35 790", "0,60", "5 829 000"),
    ("Landstinget Blekinge", "93 270", "1,57", "15 191 000"),
    ("Region Skåne", "783 930", "13,16", "127 682 000"),
    ("Region Halland", "183 320", "3,08", "29 858 000"),
    ("Västra Götalandsregionen", "1 007 740", "16,92", "164 135 000"),
    ("Landstinget i Värmland", "168 060", "2,82", "27 373 000"),
    ("Örebro läns landsting", "174 350", "2,93", "28 397 000"),
    ("Landstinget Västmanland", "157 350", "2,64", "25 628 000"),
    ("Landstinget Dalarna", "168 700", "2,83", "27 477 000"),
    ("Landstinget Gävleborg", "170 050", "2,86", "27 697 000"),
    ("Landstinget Västernorrland", "149 480", "2,51", "24 346 000"),
    ("Jämtlands läns landsting", "78 590", "1,32", "12 800 000"),
    ("Västerbottens läns landsting", "166 760", "2,80", "27 161 000"),
    ("Norrbottens läns landsting", "157 300", "2,64", "25 620 000"),
    ("Summa", "5 955 520", "100,00", "970 000 000"),
]


def make_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="Helvetica-Bold", fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, leading=15)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Bilaga 1 – Fördelning av medel och villkor för utbetalning 2011",
                            author="Socialdepartementet och Sveriges Kommuner och Landsting")
    s: list = []
    s.append(Paragraph(MARKER, small))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Socialdepartementet &nbsp;&nbsp;&nbsp; Sveriges Kommuner och Landsting", small))
    s.append(Paragraph("Dnr S2010/9184/SF", small))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Bilaga 1 till Överenskommelse mellan staten och Sveriges Kommuner och Landsting "
                       "om en rehabiliteringsgaranti för år 2011", h2))
    s.append(Paragraph("Fördelning av medel och villkor för utbetalning", h1))
    s.append(Paragraph("1. Medlens omfattning", h2))
    s.append(Paragraph(
        "För år 2011 avsätter staten högst 1 000 miljoner kronor till rehabiliteringsgarantin. Av dessa "
        "kan landstingen sammanlagt ta del av högst 970 miljoner kronor som ersättning för genomförda "
        "behandlingar. Resterande 30 miljoner kronor avsätts för uppföljning, utvärdering och forskning "
        "och fördelas inte enligt denna bilaga.", body))
    s.append(Paragraph("2. Fördelningsgrund", h2))
    s.append(Paragraph(
        "Varje landstings högsta belopp har beräknats utifrån landstingets andel av rikets befolkning i "
        "åldern 16–64 år den 31 december 2009 enligt Statistiska centralbyrån. Ett landsting kan inte "
        "få mer ersättning än sitt högsta belopp, oavsett hur många behandlingar som rapporteras.", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Tabell 1. Högsta belopp per landsting 2011", h2))
    data = [["Landsting", "Befolkning 16–64 år", "Andel, %", "Högsta belopp, kr"], *LANDSTING_2011]
    table = Table(data, colWidths=[62 * mm, 36 * mm, 22 * mm, 40 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    s.append(table)
    s.append(Spacer(1, 8))
    s.append(Paragraph("3. Ersättning per behandling", h2))
    s.append(Paragraph(
        "Landstinget ersätts för varje avslutad behandling som uppfyller villkoren i avsnitt 4, med "
        "följande belopp:", body))
    for line in (
        "• KBT eller IPT, kortare behandling (4–7 behandlingstillfällen): 4 000 kronor.",
        "• KBT eller IPT, längre behandling (minst 8 behandlingstillfällen): 8 000 kronor.",
        "• Multimodal rehabilitering 1 (MMR1), i regel i primärvården: 15 000 kronor per behandlingsserie.",
        "• Multimodal rehabilitering 2 (MMR2), i regel i specialiserad vård: 30 000 kronor per behandlingsserie.",
    ):
        s.append(Paragraph(line, body))
    s.append(Paragraph(
        "Ersättningen för en behandling betalas ut en gång, även om behandlingen har pågått över ett "
        "årsskifte.", body))
    s.append(Paragraph("4. Villkor för utbetalning", h2))
    for line in (
        "4.1 Behandlingen ska ha getts till en kvinna eller man i åldern 16–67 år som är sjukskriven "
        "eller riskerar att bli sjukskriven, efter att hälso- och sjukvården har gjort en medicinsk bedömning.",
        "4.2 KBT och IPT ersätts vid lindrig till medelsvår depression, ångest eller stress. Multimodal "
        "rehabilitering ersätts vid långvarig diffus smärta i rygg, nacke eller axlar som varat i minst tre månader.",
        "4.3 Behandlingen ska ha avslutats under perioden 1 januari–31 december 2011.",
        "4.4 Landstinget ska rapportera antalet avslutade behandlingar per behandlingsform, kön och "
        "åldersgrupp till Försäkringskassan i den mall som Försäkringskassan tillhandahåller.",
        "4.5 För ersättning för MMR2 krävs att den behandlande enheten registrerar patienterna i "
        "Nationella registret över smärtrehabilitering (NRS).",
        "4.6 Landstinget ska senast den 31 mars 2011 till Sveriges Kommuner och Landsting lämna en "
        "plan för hur garantin ska erbjudas i landstinget under året.",
    ):
        s.append(Paragraph(line, body))
    s.append(Paragraph("5. Rapportering och utbetalning", h2))
    s.append(Paragraph(
        "Landstingen rapporterar avslutade behandlingar till Försäkringskassan vid fyra tillfällen: senast "
        "den 15 april 2011, den 15 augusti 2011, den 15 november 2011 och den 15 februari 2012. "
        "Rapporten den 15 februari 2012 avser behandlingar som avslutats under november och december 2011.", body))
    s.append(Paragraph(
        "Försäkringskassan granskar rapporterna och betalar ut ersättningen senast en månad efter att en "
        "fullständig rapport har kommit in. Ersättning som har betalats ut för behandlingar som inte "
        "uppfyller villkoren ska betalas tillbaka. Medel som ett landsting inte har tagit del av fördelas "
        "inte om till andra landsting.", body))
    s.append(Paragraph("6. Uppföljning", h2))
    s.append(Paragraph(
        "Sveriges Kommuner och Landsting sammanställer landstingens rapporter och redovisar resultatet "
        "till Socialdepartementet senast den 30 april 2012. Karolinska Institutet och Inspektionen för "
        "socialförsäkringen följer upp garantins effekter på uppdrag av regeringen.", body))
    s.append(Spacer(1, 14))
    s.append(Paragraph("Stockholm den 16 december 2010", body))
    s.append(Spacer(1, 10))
    sig = Table([
        ["För staten", "För Sveriges Kommuner och Landsting"],
        ["Bengt Magnusson", "Anna-Karin Wiklund"],
        ["Statssekreterare, Socialdepartementet", "Avdelningschef, avdelningen för vård och omsorg"],
    ], colWidths=[80 * mm, 80 * mm])
    sig.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 9.5)]))
    s.append(sig)
    doc.build(s)


# ---------------------------------------------------------------------------------------------
# 2. DOCX: Uppdragsbeskrivning rehabiliteringskoordinator, Region Dalarna
# ---------------------------------------------------------------------------------------------

def make_docx(path: Path) -> None:
    d = Document()
    d.core_properties.title = "Uppdragsbeskrivning – Rehabiliteringskoordinator vid vårdcentralerna i Region Dalarna"
    d.core_properties.author = "Region Dalarna"
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    p = d.add_paragraph(MARKER)
    p.runs[0].italic = True
    p = d.add_paragraph("Region Dalarna · Hälso- och sjukvårdsförvaltningen · Primärvård")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.add_paragraph("Diarienummer: RD19/04512")
    d.add_paragraph("Fastställd: 2019-12-12 av hälso- och sjukvårdsdirektören")
    d.add_paragraph("Gäller: 2020-02-01 – 2021-12-31")
    d.add_paragraph("Version: 1.0")
    d.add_heading("Uppdragsbeskrivning – Rehabiliteringskoordinator vid vårdcentralerna i Region Dalarna", 0)

    d.add_heading("1. Bakgrund", 1)
    d.add_paragraph(
        "Lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter trädde i kraft den 1 februari 2020. "
        "Lagen innebär att regionen ska erbjuda koordineringsinsatser till patienter som är sjukskrivna eller "
        "riskerar att bli sjukskrivna, när det behövs för att patienten ska kunna återgå i arbete. Sedan 2016 har "
        "funktionen för koordinering byggts upp med stöd av de statliga överenskommelserna om sjukskrivnings- och "
        "rehabiliteringsprocessen. Region Dalarna har i dag en rehabiliteringskoordinator på 27 av de 30 "
        "vårdcentralerna i Vårdval Dalarna.")
    d.add_paragraph(
        "Denna uppdragsbeskrivning gäller för samtliga vårdcentraler i Vårdval Dalarna, både i regionens och i "
        "privat regi, och ingår som bilaga till förfrågningsunderlaget för vårdval primärvård.")

    d.add_heading("2. Syfte och målgrupp", 1)
    d.add_paragraph(
        "Syftet med koordineringsinsatserna är att stödja patienten under sjukskrivningen och underlätta en "
        "hållbar återgång i arbete. Insatserna ska ges utifrån patientens behov och på lika villkor för kvinnor och män.")
    d.add_paragraph("Koordinatorn ska särskilt prioritera patienter som:")
    for item in (
        "har varit sjukskrivna i mer än 30 dagar eller bedöms få en sjukskrivning som blir längre än 60 dagar,",
        "har lindrig till medelsvår psykisk ohälsa eller långvarig smärta,",
        "har haft upprepade sjukskrivningar under de senaste tolv månaderna,",
        "har behov av kontakt med flera aktörer, till exempel arbetsgivare, Försäkringskassan eller Arbetsförmedlingen.",
    ):
        d.add_paragraph(item, style="List Bullet")

    d.add_heading("3. Uppdrag och ansvar", 1)
    d.add_paragraph("Rehabiliteringskoordinatorn ansvarar för att:")
    for item in (
        "kontakta patienten inom fem arbetsdagar efter att läkare eller annan behandlare har identifierat behov av koordineringsinsats,",
        "i samråd med patienten upprätta en plan för koordineringsinsatserna och följa upp den,",
        "med patientens samtycke ta kontakt med arbetsgivaren och vid behov delta i avstämningsmöten med Försäkringskassan,",
        "vara vårdcentralens kontaktperson i sjukskrivningsfrågor för Försäkringskassan, Arbetsförmedlingen och samordningsförbundet,",
        "stödja läkare och övriga medarbetare i sjukskrivningsprocessen och bidra till vårdcentralens rutiner,",
        "registrera varje koordineringsinsats med den åtgärdskod (KVÅ) som regionen anvisar,",
        "delta i regionens nätverk för rehabiliteringskoordinatorer, som träffas fyra gånger per år.",
    ):
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(
        "Koordinatorn utfärdar inte sjukintyg och beslutar inte om sjukskrivningens omfattning. Behandling, "
        "till exempel KBT eller multimodal rehabilitering, ingår inte i koordinatorns uppdrag.")

    d.add_heading("4. Kompetens", 1)
    d.add_paragraph(
        "Koordinatorn ska vara legitimerad inom hälso- och sjukvården, till exempel arbetsterapeut, "
        "fysioterapeut, sjuksköterska eller hälso- och sjukvårdskurator, och ha goda kunskaper om "
        "sjukförsäkringen. Koordinatorn ska inom ett år från anställningen ha genomgått en högskoleutbildning "
        "för rehabiliteringskoordinatorer om 7,5 högskolepoäng eller motsvarande.")

    d.add_heading("5. Omfattning och tillgänglighet", 1)
    d.add_paragraph(
        "Vårdcentralen ska avsätta minst 20 timmar per vecka för koordineringsuppdraget per 10 000 listade "
        "patienter. En vårdcentral med färre än 5 000 listade patienter ska avsätta minst 10 timmar per vecka.")
    d.add_paragraph(
        "Koordinatorn ska vara på plats på vårdcentralen minst tre dagar per vecka och ha telefontid "
        "varje vardag. Vid semester och annan frånvaro längre än två veckor ska vårdcentralen ordna ersättare.")

    d.add_heading("6. Finansiering", 1)
    d.add_paragraph(
        "Koordineringsuppdraget finansieras under 2020 med statliga medel enligt överenskommelsen mellan staten "
        "och Sveriges Kommuner och Regioner (SKR) om en effektiv och kvalitetssäker sjukskrivnings- och "
        "rehabiliteringsprocess. Region Dalarnas del av medlen för koordinering beräknas till 11,2 miljoner kronor för 2020.")
    d.add_paragraph("Medlen fördelas enligt tabellen nedan.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Post", "Belopp 2020", "Kommentar"
    for row in (
        ("Ersättning till vårdcentralerna", "9,2 mnkr", "32 kronor per listad patient och år, betalas ut kvartalsvis"),
        ("Utbildning, nätverk och uppföljning", "2,0 mnkr", "Hanteras centralt av Hälso- och sjukvårdsförvaltningen"),
        ("Summa", "11,2 mnkr", ""),
    ):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph(
        "Om de statliga medlen för 2021 blir lägre än för 2020 kan ersättningen per listad patient komma att "
        "justeras. Vårdcentralen informeras om en sådan ändring senast tre månader innan den börjar gälla.")

    d.add_heading("7. Uppföljning och rapportering", 1)
    d.add_paragraph(
        "Vårdcentralen rapporterar varje kvartal antalet patienter som har fått koordineringsinsatser, "
        "uppdelat på kvinnor och män, till Hälso- och sjukvårdsförvaltningen. Rapporten ska vara inne senast "
        "den 15:e i månaden efter kvartalets slut. En samlad årsrapport för vårdcentralen lämnas senast den "
        "31 januari året efter.")
    d.add_paragraph(
        "Regionen följer särskilt upp andelen patienter med koordineringsinsats som har återgått i arbete "
        "helt eller delvis sex månader efter att insatsen avslutats.")

    d.add_heading("8. Kontaktpersoner", 1)
    c = d.add_table(rows=1, cols=4)
    c.style = "Table Grid"
    h = c.rows[0].cells
    h[0].text, h[1].text, h[2].text, h[3].text = "Namn", "Roll", "Telefon", "E-post"
    for row in (
        ("Maria Hedlund", "Processledare sjukskrivning och rehabilitering", "023-49 07 12",
         "maria.hedlund@regiondalarna.se"),
        ("Jonas Falk", "Samordnare för nätverket för rehabiliteringskoordinatorer", "023-49 07 35",
         "jonas.falk@regiondalarna.se"),
        ("Lena Bergqvist", "Försäkringsmedicinskt sakkunnig läkare, specialist i allmänmedicin", "023-49 08 02",
         "lena.bergqvist@regiondalarna.se"),
        ("Sofia Nyström", "Controller, ersättning och uppföljning", "023-49 06 88",
         "sofia.nystrom@regiondalarna.se"),
        ("Peter Ahlin", "Samverkansansvarig, Försäkringskassan i Falun", "010-116 43 20",
         "peter.ahlin@forsakringskassan.se"),
    ):
        cells = c.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Karin Sjöberg")
    d.add_paragraph("Hälso- och sjukvårdsdirektör, Region Dalarna")
    d.save(str(path))


if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    make_pdf(DOCS / "b39-skl-2010-bilaga-rehabiliteringsgaranti-2011.pdf")
    make_docx(DOCS / "b39-dalarna-2019-uppdragsbeskrivning-rehabkoordinator.docx")
