"""Generates the PDF and DOCX test documents of batch b45 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

# landsting/region, KBT/IPT, MMR1, MMR2 (genomförda behandlingar 2016)
COUNTS = [
    ("Stockholm", 9412, 1018, 352), ("Uppsala", 1586, 224, 61), ("Sörmland", 1204, 198, 44),
    ("Östergötland", 1933, 402, 97), ("Jönköping", 1721, 356, 71), ("Kronoberg", 842, 131, 38),
    ("Kalmar", 1108, 240, 52), ("Gotland", 214, 41, 0), ("Blekinge", 597, 112, 23),
    ("Skåne", 5230, 815, 214), ("Halland", 1412, 296, 58), ("Västra Götaland", 6874, 903, 221),
    ("Värmland", 1081, 214, 49), ("Örebro", 1327, 233, 66), ("Västmanland", 1046, 188, 37),
    ("Dalarna", 1118, 251, 45), ("Gävleborg", 1072, 207, 54), ("Västernorrland", 968, 176, 41),
    ("Jämtland Härjedalen", 463, 96, 19), ("Västerbotten", 1021, 172, 60), ("Norrbotten", 935, 144, 31),
]


def sv(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def make_pdf() -> None:
    path = DOCS / "b45-skl-2017-uppfoljning-rehabiliteringsgarantin-2016.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Rehabiliteringsgarantin 2016 – uppföljning",
                            author="Sveriges Kommuner och Landsting", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Sveriges Kommuner och Landsting<br/>Avdelningen för vård och omsorg<br/>"
      "Sektionen för hälsa och jämställdhet")
    P("PROMEMORIA<br/>Datum: 2017-05-23<br/>Dnr: 17/02311<br/>"
      "Handläggare: Tobias Lindqvist, Maria Ekholm")
    P("Rehabiliteringsgarantin 2016 – uppföljning av genomförda behandlingar och utbetald ersättning", h1)
    P("Sammanfattning", h2)
    tot = [sum(r[i] for r in COUNTS) for i in (1, 2, 3)]
    pay = sum(a * 12 + b * 25 + c * 45 for _, a, b, c in COUNTS)
    P("Denna promemoria redovisar utfallet av överenskommelsen mellan staten och Sveriges Kommuner och "
      "Landsting om en rehabiliteringsgaranti för år 2016. Landstingen rapporterade sammanlagt "
      f"{sv(tot[0])} genomförda behandlingar med kognitiv beteendeterapi (KBT) eller interpersonell "
      f"psykoterapi (IPT), {sv(tot[1])} behandlingsserier med multimodal rehabilitering på nivå 1 (MMR1) och "
      f"{sv(tot[2])} serier på nivå 2 (MMR2). Försäkringskassan betalade ut knappt 728 miljoner kronor, "
      "vilket motsvarar 98 procent av ramen på 740 miljoner kronor.")
    P("Antalet genomförda KBT/IPT-behandlingar ökade med drygt 4 procent jämfört med 2015, medan antalet "
      "MMR1-serier ökade med 19 procent. Samtliga 21 landsting och regioner fick del av ersättningen.")
    P("1. Ersättningsnivåer 2016", h2)
    P("Ersättningsnivåerna var oförändrade jämfört med 2015: 12 000 kronor per genomförd KBT- eller "
      "IPT-behandling, 25 000 kronor per behandlingsserie MMR1 och 45 000 kronor per behandlingsserie MMR2. "
      "Garantin omfattar kvinnor och män i åldern 16–67 år.")
    P("Tabell 1. Genomförda behandlingar och utbetald ersättning per landsting/region 2016", h2)
    rows = [["Landsting/region", "KBT/IPT", "MMR1", "MMR2", "Utbetalt (tkr)"]]
    for n, a, b, c in COUNTS:
        rows.append([n, sv(a), sv(b), sv(c), sv(a * 12 + b * 25 + c * 45)])
    rows.append(["Riket", sv(tot[0]), sv(tot[1]), sv(tot[2]), sv(pay)])
    t = Table(rows, colWidths=[5.0 * cm, 2.4 * cm, 2.0 * cm, 2.0 * cm, 3.0 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("BACKGROUND", (0, -1), (-1, -1), colors.lightgrey),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 6))
    P("Landstingen och regionerna anges med länets namn. Region Gotland rapporterade inga behandlingsserier "
      "med MMR2 under 2016, eftersom multimodal rehabilitering på specialistnivå köps från Stockholms läns "
      "landsting och rapporteras där.")
    P("Tabell 2. Genomförda behandlingar och utbetald ersättning i riket 2014–2016", h2)
    rows2 = [["År", "KBT/IPT", "MMR1", "MMR2", "Utbetalt (mnkr)"],
             ["2014", "36 870", "4 912", "1 503", "632,9"],
             ["2015", "39 455", "5 388", "1 584", "679,4"],
             ["2016", sv(tot[0]), sv(tot[1]), sv(tot[2]), "727,9"]]
    t2 = Table(rows2, colWidths=[2.0 * cm, 2.6 * cm, 2.2 * cm, 2.2 * cm, 3.0 * cm])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t2)
    s.append(Spacer(1, 6))
    P("2. Kommentarer till resultatet", h2)
    P("Stockholms läns landsting, Västra Götalandsregionen och Region Skåne svarade tillsammans för knappt "
      "hälften av den utbetalda ersättningen. Störst ökning av MMR1 jämfört med 2015 hade Region Östergötland "
      "och Region Jönköpings län. Andelen kvinnor var 71 procent bland dem som fick KBT/IPT och 78 procent "
      "bland dem som fick multimodal rehabilitering.")
    P("Av de rapporterade KBT/IPT-behandlingarna var 3 418 internetförmedlade KBT-behandlingar (iKBT). "
      "Antalet IPT-behandlingar redovisas inte separat, eftersom flera landsting rapporterar KBT och IPT "
      "under en gemensam kod.")
    P("3. Metod och definitioner", h2)
    P("Uppgifterna bygger på de rapporter som landstingen lämnade till Försäkringskassan vid fyra tillfällen: "
      "den 29 april 2016, den 31 augusti 2016, den 31 oktober 2016 och den 31 mars 2017. Försäkringskassan "
      "granskade rapporterna och fattade beslut om utbetalning. Behandlingar som underkändes vid granskningen, "
      "sammanlagt 1 146 stycken, ingår inte i tabellerna.")
    P("Med genomförd behandling avses en behandling som har avslutats enligt behandlingsplanen, eller som "
      "har avbrutits efter minst hälften av de planerade behandlingstillfällena. En behandlingsserie MMR "
      "räknas som genomförd när teamet har gjort en avslutande bedömning och upprättat en plan för återgång "
      "i arbete.")
    P("Utbetalt belopp anges i tusental kronor (tkr) i tabell 1 och i miljoner kronor (mnkr) i tabell 2. "
      "Beloppen har beräknats som antal genomförda behandlingar gånger ersättningsnivån. Inget landsting "
      "nådde taket för sin andel av ramen, som fördelades efter befolkningsandel den 31 december 2015.")
    P("4. Kontakt", h2)
    P("Tobias Lindqvist, handläggare, tfn 08-452 76 31<br/>Maria Ekholm, statistiker, tfn 08-452 79 02")
    P("Sveriges Kommuner och Landsting<br/>Sektionen för hälsa och jämställdhet")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b45-vastmanland-2022-tjansteutlatande-forsakringsmedicinskt-team.docx"
    d = Document()
    d.core_properties.title = "Tjänsteutlåtande: gemensamt försäkringsmedicinskt team 2023–2025"
    d.core_properties.author = "Region Västmanland"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Västmanland\nHälso- och sjukvårdsförvaltningen\nStaben för hälso- och sjukvård")
    d.add_paragraph("TJÄNSTEUTLÅTANDE\nDatum: 2022-11-14\nDiarienummer: RV221456\n"
                    "Handläggare: Annika Holmström, processledare försäkringsmedicin\n"
                    "Till: Regionstyrelsen (sammanträde den 6 december 2022)")
    d.add_heading("Finansiering av ett gemensamt försäkringsmedicinskt team med Försäkringskassan 2023–2025",
                  level=1)
    d.add_heading("Ordförklaringar", level=2)
    for t in ["FMT – försäkringsmedicinskt team: ett team där regionens hälso- och sjukvårdspersonal och "
              "Försäkringskassans handläggare gemensamt bedömer arbetsförmåga och planerar insatser för "
              "patienter som är sjukskrivna längre än 60 dagar.",
              "FMR – försäkringsmedicinsk rådgivare, läkare anställd av Försäkringskassan.",
              "Rehabkoordinator – person som utför koordineringsinsatser enligt lagen (2019:1297) om "
              "koordineringsinsatser för sjukskrivna patienter."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("1. Sammanfattning", level=2)
    d.add_paragraph(
        "Hälso- och sjukvårdsförvaltningen föreslår att Region Västmanland tillsammans med Försäkringskassan "
        "inrättar ett FMT för primärvården i länet under tre år, 2023–2025. Regionens kostnad beräknas till "
        "drygt sex miljoner kronor för hela perioden. Kostnaden för 2023 föreslås finansieras med statsbidrag "
        "som inte förbrukats under tidigare år.")
    d.add_heading("2. Bakgrund", level=2)
    d.add_paragraph(
        "Sjukpenningtalet i Västmanlands län var 10,9 dagar i december 2021, att jämföra med 9,6 dagar i riket. "
        "Andelen sjukfall som pågår längre än 180 dagar har ökat, framför allt bland kvinnor med psykiatriska "
        "diagnoser. Primärvårdens läkare har i dialogmöten framfört att de saknar stöd i komplexa "
        "sjukskrivningsärenden.")
    d.add_paragraph(
        "Under perioden 2021-03-01–2022-06-30 genomfördes ett pilotprojekt med ett FMT vid vårdcentralerna i "
        "Sala och Köping. Teamet behandlade 212 patientärenden. För de patienter som fick en gemensam plan "
        "minskade den genomsnittliga sjukskrivningstiden från 163 till 131 dagar jämfört med en matchad "
        "jämförelsegrupp. Pilotprojektet finansierades med 1,4 miljoner kronor ur statsbidraget enligt "
        "överenskommelsen om en effektiv och kvalitetssäker sjukskrivnings- och rehabiliteringsprocess.")
    d.add_heading("3. Förslag", level=2)
    d.add_paragraph(
        "Teamet föreslås bestå av följande personer. Regionen bemannar och bekostar sina tjänster och "
        "Försäkringskassan sina. Gemensamma kostnader för lokaler och IT delas lika.")
    for t in ["En specialist i allmänmedicin med försäkringsmedicinsk kompetens, 50 procent (regionen).",
              "En fysioterapeut, 100 procent (regionen).",
              "En psykolog, 50 procent (regionen).",
              "En försäkringsmedicinsk rådgivare (FMR), 20 procent (Försäkringskassan).",
              "Två handläggare, sammanlagt 100 procent (Försäkringskassan)."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(
        "Teamet ska ta emot ärenden från samtliga 27 vårdcentraler i länet, i första hand genom rehabkoordinatorn "
        "på vårdcentralen. Målet är att teamet ska hantera minst 300 ärenden per år från och med 2024. "
        "Försäkringskassans insats värderas till 1,1 miljoner kronor per år och ingår inte i tabellen nedan.")
    d.add_heading("4. Kostnader för regionen 2023–2025 (tkr)", level=2)
    rows = [("Kostnadspost", "2023", "2024", "2025"),
            ("Specialist i allmänmedicin 50 %", "780", "805", "830"),
            ("Fysioterapeut 100 %", "640", "660", "680"),
            ("Psykolog 50 %", "365", "375", "390"),
            ("Utbildning och handledning", "120", "60", "60"),
            ("Lokaler och IT (regionens hälft)", "95", "95", "95"),
            ("Summa", "2 000", "1 995", "2 055")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Den sammanlagda kostnaden för regionen under perioden är 6 050 tkr. Utbildningskostnaden är högre "
        "2023 eftersom teamet då genomgår Försäkringskassans introduktionsutbildning och en kurs i "
        "bedömning av arbetsförmåga.")
    d.add_heading("5. Finansiering", level=2)
    d.add_paragraph(
        "Regionen har balanserade, ej förbrukade statsbidrag från överenskommelserna för 2021 och 2022 om "
        "sammanlagt 3,1 miljoner kronor. Kostnaden för 2023 föreslås finansieras ur dessa medel. Kostnaden "
        "för 2024 och 2025 föreslås inarbetas i hälso- och sjukvårdsförvaltningens budgetram. Om en ny "
        "statlig överenskommelse ger medel för samma ändamål ska dessa användas i första hand.")
    d.add_heading("6. Uppföljning", level=2)
    d.add_paragraph(
        "Teamets verksamhet följs upp med antal ärenden, sjukskrivningstid och patienternas upplevelse. En "
        "första uppföljning redovisas för regionstyrelsen senast den 31 oktober 2024. Ett beslut om "
        "fortsättning efter 2025 fattas utifrån uppföljningen.")
    d.add_heading("7. Förslag till beslut", level=2)
    d.add_paragraph("Regionstyrelsen föreslås besluta")
    for t in ["att godkänna att ett gemensamt försäkringsmedicinskt team med Försäkringskassan inrättas för "
              "perioden 2023-01-01–2025-12-31,",
              "att avsätta högst 2 000 tkr för 2023 ur balanserade statsbidrag för sjukskrivnings- och "
              "rehabiliteringsprocessen,",
              "att kostnaden för 2024–2025, högst 4 050 tkr, inarbetas i hälso- och sjukvårdsförvaltningens "
              "budget,",
              "att uppdra åt regiondirektören att teckna ett samverkansavtal med Försäkringskassan, samt",
              "att uppföljning redovisas för regionstyrelsen senast den 31 oktober 2024."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Underskrifter", level=2)
    d.add_paragraph("Lars Engström\nRegiondirektör")
    d.add_paragraph("Eva Björkman\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Beslutet skickas till: Försäkringskassan, lokalt försäkringscenter Västerås; "
                    "Primärvården; Ekonomistaben")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
