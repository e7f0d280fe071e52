"""Generates the PDF and DOCX test documents of batch b41 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def make_pdf() -> None:
    path = DOCS / "b41-skl-2017-cirkular-utbetalningsmodell-sjukskrivningsprocess.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Cirkulär 17:12 Utbetalningsmodell 2017",
                            author="Sveriges Kommuner och Landsting", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Sveriges Kommuner och Landsting")
    P("CIRKULÄR 17:12")
    P("Datum: 2017-03-22<br/>Diarienummer: 17/01455<br/>Avdelningen för vård och omsorg<br/>"
      "Sektionen för hälsa och jämställdhet<br/>Handläggare: Mikael Strandberg, Lena Åkerlund")
    P("Landstingsstyrelsen<br/>Regionstyrelsen<br/>Hälso- och sjukvårdsdirektören")
    P("Utbetalningsmodell för överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- och "
      "rehabiliteringsprocess 2017", h1)
    P("Sammanfattning", h2)
    P("Regeringen och Sveriges Kommuner och Landsting (SKL) har träffat en tvåårig överenskommelse för åren "
      "2017–2018. Detta cirkulär beskriver hur medlen för år 2017 betalas ut till landstingen och regionerna, "
      "vilka villkor som gäller och när redovisningen ska lämnas. Sammanlagt kan landstingen ta del av "
      "1 230 miljoner kronor för år 2017, varav 500 miljoner kronor avser rehabiliteringsinsatser och "
      "730 miljoner kronor avser utvecklingsarbete inom fyra villkor.")
    P("1. Utbetalningsmodellen i korthet", h2)
    P("Medlen fördelas mellan landstingen efter befolkningsandel enligt SCB:s befolkningsstatistik den "
      "31 december 2016. En del av medlen betalas ut i förskott under våren 2017. Resterande del betalas ut "
      "i februari 2018, när SKL och Försäkringskassan har granskat landstingens redovisningar. Ett landsting som "
      "inte uppfyller ett villkor får inte den resterande delen för det villkoret, men behåller förskottet.")
    P("Tabell 1. Belopp och utbetalningstillfällen per villkor, år 2017 (miljoner kronor)", h2)
    rows = [["Villkor", "Belopp", "Förskott", "Förskott betalas", "Slutlig utbetalning"],
            ["1. Kompetenssatsning i försäkringsmedicin", "180", "50 %", "2017-04-28", "2018-02-23"],
            ["2. Funktion för koordinering", "300", "50 %", "2017-04-28", "2018-02-23"],
            ["3. Utökat elektroniskt informationsutbyte", "100", "0 %", "–", "2018-02-23"],
            ["4. Utvecklingsarbete psykisk ohälsa", "150", "0 %", "–", "2018-02-23"],
            ["5. Rehabiliteringsinsatser (KBT/IPT, MMR)", "500", "60 %", "2017-04-28", "2018-02-23"],
            ["Summa", "1 230", "", "", ""]]
    t = Table(rows, colWidths=[6.4 * cm, 1.8 * cm, 1.8 * cm, 2.8 * cm, 3.2 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Förskotten uppgår till sammanlagt 540 miljoner kronor och betalas ut senast den 28 april 2017.")
    P("2. Villkoren för år 2017", h2)
    P("Villkor 1. Landstinget ska ha en handlingsplan för kompetensutveckling i försäkringsmedicin, och minst "
      "70 procent av de läkare som utfärdar sjukintyg i primärvården ska ha genomgått en grundläggande "
      "försäkringsmedicinsk utbildning senast den 30 november 2017.")
    P("Villkor 2. Varje vårdcentral och varje psykiatrisk öppenvårdsmottagning ska ha tillgång till en "
      "funktion för koordinering av insatser för sjukskrivna patienter.")
    P("Villkor 3. Landstinget ska ha anslutit sig till den nationella tjänsten för elektroniska läkarintyg "
      "och ha en plan för utökat elektroniskt informationsutbyte med Försäkringskassan.")
    P("Villkor 4. Landstinget ska ha genomfört en analys av tillgången till behandling vid lindrig och "
      "medelsvår psykisk ohälsa och ha beslutat om åtgärder utifrån analysen.")
    P("Villkor 5. Medlen för rehabiliteringsinsatser får användas till kognitiv beteendeterapi (KBT), "
      "interpersonell psykoterapi (IPT) och multimodal rehabilitering (MMR1 och MMR2) för kvinnor och män i "
      "åldern 16–67 år. Landstinget ska rapportera antalet genomförda behandlingar, fördelat på kön och "
      "åldersgrupp.")
    P("3. Redovisning och tidplan", h2)
    P("Redovisningen av villkor 1–4 lämnas till SKL senast den 15 december 2017. Rapporten om genomförda "
      "rehabiliteringsinsatser enligt villkor 5 lämnas till Försäkringskassan senast den 31 januari 2018. "
      "SKL sammanställer resultaten och lämnar en rapport till Socialdepartementet senast den 9 februari 2018.")
    P("Medel som inte betalas ut därför att ett villkor inte har uppfyllts fördelas inte om till andra "
      "landsting utan återgår till staten.")
    P("4. Frågor", h2)
    P("Frågor om villkor 1–4 besvaras av Mikael Strandberg, tfn 08-452 71 60. Frågor om rehabiliteringsinsatser "
      "och rapporteringen till Försäkringskassan besvaras av Lena Åkerlund, tfn 08-452 74 18.")
    P("Sveriges Kommuner och Landsting<br/>Avdelningen för vård och omsorg<br/><br/>"
      "Karin Hedlund<br/>Avdelningschef")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b41-dalarna-2014-internkontroll-rapporterade-kbt-behandlingar.docx"
    d = Document()
    d.core_properties.title = "Internkontroll: rapporterade KBT-behandlingar inom rehabiliteringsgarantin 2013"
    d.core_properties.author = "Landstinget Dalarna"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget Dalarna\nHälso- och sjukvårdsförvaltningen, Ekonomi och uppföljning")
    d.add_paragraph("PM\nDatum: 2014-04-09\nDiarienummer: LD14/00712")
    d.add_heading("Internkontroll 2014: Uppfyllde de rapporterade KBT-behandlingarna 2013 reglerna i "
                  "rehabiliteringsgarantin?", level=1)
    d.add_heading("1. Bakgrund och syfte", level=2)
    d.add_paragraph(
        "Landstinget Dalarna rapporterade 2 146 avslutade KBT-behandlingar till Försäkringskassan för år 2013 "
        "inom rehabiliteringsgarantin. Landstingsstyrelsen har i internkontrollplanen för 2014 beslutat att "
        "kontrollera om de rapporterade behandlingarna uppfyllde villkoren i överenskommelsen mellan staten och "
        "SKL och landstingets egna tillämpningsanvisningar. Kontrollen har genomförts av controllerfunktionen "
        "under februari och mars 2014.")
    d.add_heading("2. Kontrollerade regler", level=2)
    for t in ["Patienten var mellan 16 och 67 år när behandlingen inleddes.",
              "En medicinsk bedömning var dokumenterad i journalen innan behandlingen inleddes.",
              "Diagnosen gällde lindrig eller medelsvår depression, ångest eller stressrelaterad ohälsa.",
              "Behandlingen omfattade minst fem behandlingstillfällen (landstingets tillämpning).",
              "Behandlingen var avslutad när den rapporterades."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3. Urval", level=2)
    d.add_paragraph(
        "Ett slumpmässigt stickprov om 80 rapporterade KBT-behandlingar drogs från åtta vårdcentraler. "
        "Journalerna granskades av två controllers tillsammans med en legitimerad psykoterapeut.")
    d.add_heading("Tabell 1. Stickprov och utfall per vårdcentral", level=3)
    rows = [("Vårdcentral", "Granskade", "Utan anmärkning", "Avvikelser"),
            ("Avesta", "10", "9", "1"), ("Borlänge Jakobsgårdarna", "12", "10", "2"),
            ("Falun Norra", "12", "11", "1"), ("Ludvika", "10", "7", "3"), ("Mora", "10", "10", "0"),
            ("Leksand", "8", "7", "1"), ("Orsa", "8", "6", "2"), ("Säter", "10", "9", "1"),
            ("Totalt", "80", "69", "11")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("4. Iakttagelser", level=2)
    d.add_paragraph(
        "Av de 80 granskade behandlingarna uppfyllde 69 samtliga regler. I 11 fall, motsvarande 14 procent, "
        "fanns minst en avvikelse.")
    for t in ["Dokumenterad medicinsk bedömning saknades före behandlingsstart: 5 fall.",
              "Färre än fem behandlingstillfällen: 3 fall.",
              "Behandlingen var inte avslutad när den rapporterades: 2 fall.",
              "Patienten var 68 år när behandlingen inleddes: 1 fall."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Exempel på granskade fall", level=3)
    d.add_paragraph(
        "Fall 23 (Ludvika): Kvinna, 34 år, stressrelaterad ohälsa. Behandlingen rapporterades i oktober 2013 "
        "men journalen visar att de två sista behandlingstillfällena genomfördes i december 2013.")
    d.add_paragraph(
        "Fall 41 (Orsa): Man, 52 år, medelsvår depression. Remissen från distriktsläkaren saknades och någon "
        "medicinsk bedömning fanns inte dokumenterad före första behandlingstillfället.")
    d.add_paragraph(
        "Fall 57 (Mora): Kvinna, 61 år, generaliserat ångestsyndrom, 12 behandlingstillfällen. Samtliga regler "
        "uppfyllda.")
    d.add_heading("5. Bedömning", level=2)
    d.add_paragraph(
        "Controllerfunktionen bedömer att den interna kontrollen av rapporteringen är otillräcklig. Om "
        "avvikelsefrekvensen i stickprovet gäller för hela året kan omkring 300 av de rapporterade "
        "behandlingarna 2013 ha saknat stöd i reglerna.")
    d.add_heading("6. Åtgärder och rekommendationer", level=2)
    for t in ["De 11 behandlingar som inte uppfyllde reglerna rättas i nästa rapportering till "
              "Försäkringskassan.",
              "En checklista för rapportering av KBT införs på samtliga vårdcentraler senast den 1 juni 2014.",
              "Verksamhetscheferna genomför en egen kvartalsvis kontroll av minst fem rapporterade behandlingar.",
              "Ett nytt stickprov om 80 behandlingar från första halvåret 2014 granskas senast den "
              "31 oktober 2014."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Sofia Berglund, controller, Ekonomi och uppföljning, tfn 023-49 02 17")
    d.add_paragraph("Fastställd av\nPer-Olof Sandin\nHälso- och sjukvårdsdirektör")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
