"""Generates the PDF and DOCX documents of batch b38 (stdlib + reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b38/make_docs.py
"""

from __future__ import annotations

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

MONTHS = [
    ("Januari", 10, 8, 8, 7), ("Februari", 12, 10, 9, 8), ("Mars", 11, 12, 10, 9), ("April", 10, 11, 8, 9),
    ("Maj", 12, 10, 9, 8), ("Juni", 6, 11, 4, 8), ("Juli", 0, 2, 0, 1), ("Augusti", 9, 3, 8, 3),
    ("September", 13, 10, 10, 8), ("Oktober", 12, 12, 10, 9), ("November", 13, 11, 11, 10),
    ("December", 10, 9, 9, 8),
]
STAFF = [
    ("Läkare (specialist i rehabiliteringsmedicin)", 3, "2,5"), ("Psykolog", 4, "3,6"),
    ("Fysioterapeut", 6, "5,4"), ("Arbetsterapeut", 3, "2,8"), ("Kurator", 2, "1,5"),
    ("Sjuksköterska", 1, "1,0"), ("Medicinsk sekreterare", 2, "1,8"), ("Enhetschef", 1, "1,0"),
]


def make_pdf() -> None:
    path = DOCS / "b38-vastmanland-2015-verksamhetsberattelse-smartrehabilitering.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Title"], ss["Heading2"]
    small = ss["Italic"]
    story: list = [Paragraph(MARKER, small), Spacer(1, 0.3 * cm)]
    story.append(Paragraph("Landstinget Västmanland", body))
    story.append(Paragraph("Rehabiliteringsmedicinska kliniken, Västmanlands sjukhus Västerås", body))
    story.append(Paragraph("Verksamhetsberättelse 2015 – Smärtrehabiliteringen", h1))
    story.append(Paragraph("Datum: 2016-02-19", body))
    story.append(Paragraph("Dnr: LTV 2016-0214", body))
    story.append(Spacer(1, 0.3 * cm))

    def h(text: str) -> None:
        story.append(Paragraph(text, h2))

    def p(text: str) -> None:
        story.append(Paragraph(text, body))

    h("1. Inledning")
    p("Smärtrehabiliteringen är en enhet inom Rehabiliteringsmedicinska kliniken och erbjuder multimodal "
      "rehabilitering (MMR) till patienter i åldern 16–67 år med långvarig smärta i rygg, nacke eller axlar "
      "som har varat i minst tre månader. MMR2 bedrivs vid Västmanlands sjukhus Västerås. MMR1 bedrivs sedan "
      "hösten 2013 i samverkan med primärvården i två team, i Köping och i Sala.")
    p("Verksamheten finansieras till en del av den statliga ersättningen inom rehabiliteringsgarantin. Under "
      "2015 ersattes landstinget med 25 000 kronor per avslutad MMR1 och 45 000 kronor per avslutad MMR2.")
    h("2. Året i korthet")
    p("År 2015 påbörjades 118 MMR1-program och 96 MMR2-program. Under året avslutades 109 MMR1 och 88 MMR2, "
      "vilket är det högsta antalet sedan enheten startade 2009. Sammanlagt motsvarade de avslutade "
      "programmen 6,7 miljoner kronor i statlig ersättning.")
    p("Medianväntetiden från remiss till start i MMR2 var 14 veckor vid årets slut, jämfört med 19 veckor "
      "vid utgången av 2014. Av patienterna som påbörjade ett program var 79 procent kvinnor och "
      "medelåldern var 42 år. Under året avbröts 7 MMR1-program och 5 MMR2-program i förtid.")
    p("Verksamheten håller stängt under fyra veckor i juli, därför påbörjades inga program den månaden.")
    h("3. Påbörjade och avslutade program per månad 2015")
    p("Tabell 1. Antal påbörjade och avslutade program per månad, MMR1 och MMR2, 2015.")
    rows = [["Månad", "MMR1 påbörjade", "MMR1 avslutade", "MMR2 påbörjade", "MMR2 avslutade"]]
    rows += [[m, str(a), str(b), str(c), str(d)] for m, a, b, c, d in MONTHS]
    rows.append(["Totalt 2015"] + [str(sum(x[i] for x in MONTHS)) for i in range(1, 5)])
    t = Table(rows, colWidths=[3.2 * cm, 3 * cm, 3 * cm, 3 * cm, 3 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]))
    story += [t, Spacer(1, 0.3 * cm)]
    p("Källa: Landstingets vårdadministrativa system och rapportering till Försäkringskassan.")
    h("4. Personal")
    p("Teamen består av läkare, psykolog, fysioterapeut, arbetsterapeut och kurator. Den 31 december 2015 "
      "hade enheten 22 medarbetare, motsvarande 19,6 årsarbetare. Under året rekryterades en psykolog och "
      "en fysioterapeut, medan en tjänst som kurator var vakant från september till december.")
    p("Tabell 2. Personal per yrkesgrupp den 31 december 2015.")
    srows = [["Yrkesgrupp", "Antal medarbetare", "Årsarbetare"]]
    srows += [[a, str(b), c] for a, b, c in STAFF]
    srows.append(["Totalt", "22", "19,6"])
    s = Table(srows, colWidths=[7.5 * cm, 3.5 * cm, 3 * cm])
    s.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]))
    story += [s, Spacer(1, 0.3 * cm)]
    h("5. Uppföljning och kvalitet")
    p("Samtliga patienter i MMR2 registreras i Nationella registret över smärtrehabilitering (NRS). "
      "Vid ettårsuppföljningen av patienter som avslutade MMR2 under 2014 arbetade 46 procent i större "
      "omfattning än före rehabiliteringen. Andelen patienter som skattade sin hälsa som god eller mycket god "
      "ökade från 21 till 48 procent.")
    h("6. Mål för 2016")
    p("• Att påbörja minst 125 MMR1-program och 100 MMR2-program.")
    p("• Att sänka medianväntetiden till MMR2 till högst 12 veckor.")
    p("• Att starta ett tredje MMR1-team i Fagersta under hösten 2016.")
    story.append(Spacer(1, 0.5 * cm))
    p("Västerås den 19 februari 2016")
    p("Karin Ålund, verksamhetschef, Rehabiliteringsmedicinska kliniken")
    p("Per Nyström, enhetschef, Smärtrehabiliteringen")

    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Verksamhetsberättelse 2015 – Smärtrehabiliteringen",
                            author="Landstinget Västmanland")
    doc.build(story)


def make_docx() -> None:
    path = DOCS / "b38-sormland-2019-remissyttrande-overenskommelse-sjukskrivning-2020.docx"
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Sörmland\nRegionstyrelsen")
    d.add_paragraph("Datum: 2019-10-24\nDiarienummer: RS-LED19-1873\nEr referens: S2019/04127/SF")
    d.add_paragraph("Socialdepartementet\n103 33 Stockholm\ns.remissvar@regeringskansliet.se")
    d.add_heading("Yttrande över promemorian Förslag till överenskommelse om en effektiv och kvalitetssäker "
                  "sjukskrivnings- och rehabiliteringsprocess 2020", level=1)
    d.add_paragraph("Region Sörmland har beretts möjlighet att lämna synpunkter på promemorian och lämnar "
                    "följande yttrande. Ärendet har beslutats av regionstyrelsens arbetsutskott den 22 oktober 2019.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Region Sörmland tillstyrker i huvudsak förslaget till överenskommelse för 2020. Regionen "
                    "välkomnar att staten fortsätter att stödja regionernas arbete med sjukskrivnings- och "
                    "rehabiliteringsprocessen, men avstyrker förslaget att överenskommelsen endast ska gälla ett år "
                    "och anser att tidsfristen för redovisning är för kort.")
    d.add_heading("Region Sörmlands synpunkter", level=2)
    points = [
        ("1. Överenskommelsens omfattning",
         "Promemorian föreslår att totalt 900 miljoner kronor avsätts för 2020, varav 600 miljoner kronor "
         "fördelas till regionerna efter befolkningsandel och 300 miljoner kronor betalas ut efter uppfyllda "
         "villkor. Enligt promemorians beräkning skulle Region Sörmland kunna ta del av 26,4 miljoner kronor. "
         "Region Sörmland tillstyrker den föreslagna nivån."),
        ("2. Överenskommelsens längd",
         "Region Sörmland avstyrker att överenskommelsen endast gäller för 2020. Ettåriga överenskommelser gör "
         "det svårt att anställa och behålla personal i utvecklingsarbetet. Regionen föreslår att "
         "överenskommelsen i stället gäller i tre år, 2020–2022."),
        ("3. Koordineringsinsatser",
         "Lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter träder i kraft den 1 februari "
         "2020. Region Sörmland har i dag 48 rehabiliteringskoordinatorer, motsvarande 27 heltidstjänster, "
         "vid samtliga vårdcentraler och inom psykiatrin. Regionen tillstyrker att medel i överenskommelsen "
         "får användas för att utveckla och följa upp koordineringsfunktionen."),
        ("4. Kompetens i försäkringsmedicin",
         "Promemorian föreslår som villkor att minst 80 procent av regionens specialistläkare och ST-läkare "
         "ska ha genomgått en grundläggande utbildning i försäkringsmedicin vid utgången av 2020. I Region "
         "Sörmland hade 64 procent av läkarna genomgått utbildningen i september 2019. Regionen anser att "
         "villkoret är rimligt men att måluppfyllelsen bör kunna mätas i två steg."),
        ("5. Redovisning",
         "Enligt promemorian ska regionerna redovisa uppfyllda villkor till Socialstyrelsen senast den "
         "15 oktober 2020. Region Sörmland anser att tidsfristen är för kort och föreslår att redovisningen "
         "i stället ska ske senast den 31 januari 2021, så att hela årets arbete kan redovisas."),
        ("6. Psykisk ohälsa och långvarig smärta",
         "Region Sörmland beklagar att promemorian inte innehåller särskilda medel för behandling av lindrig "
         "och medelsvår psykisk ohälsa och långvarig smärta. Under 2018 genomfördes 1 312 behandlingar med "
         "KBT eller IPT och 214 multimodala rehabiliteringar i regionen, och behovet bedöms vara fortsatt stort."),
        ("7. Jämställd sjukskrivning",
         "Region Sörmland tillstyrker att arbetet för en jämställd sjukskrivningsprocess fortsätter. Kvinnor "
         "står för 64 procent av de pågående sjukfallen i länet, och regionen ser behov av fortsatt analys av "
         "skillnaderna."),
    ]
    for title, text in points:
        d.add_heading(title, level=3)
        d.add_paragraph(text)
    d.add_heading("Tabell 1. Region Sörmlands beräknade andel 2020 enligt promemorian", level=3)
    rows = [("Del av överenskommelsen", "Miljoner kronor"),
            ("Fördelning efter befolkningsandel", "17,6"),
            ("Villkor: kompetens i försäkringsmedicin", "4,4"),
            ("Villkor: koordineringsfunktion och uppföljning", "4,4"),
            ("Summa", "26,4")]
    table = d.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        table.cell(i, 0).text = a
        table.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph("Beslut i detta ärende har fattats av regionstyrelsens arbetsutskott med regionstyrelsens "
                    "ordförande Monica Brännström som ordförande. Föredragande har varit strategen Camilla Öberg. "
                    "I den slutliga handläggningen har även regiondirektören Lars Wester deltagit.")
    d.add_paragraph("För Region Sörmland")
    d.add_paragraph("Monica Brännström\nRegionstyrelsens ordförande")
    d.add_paragraph("Lars Wester\nRegiondirektör")
    d.add_paragraph("Kontaktperson: Camilla Öberg, strateg försäkringsmedicin, telefon 016-10 45 72")
    d.core_properties.title = "Remissyttrande överenskommelse sjukskrivnings- och rehabiliteringsprocess 2020"
    d.core_properties.author = "Region Sörmland"
    d.save(str(path))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
