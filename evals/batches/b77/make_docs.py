"""Generates the PDF and DOCX test documents of batch b77 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def _table(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    return t


def make_pdf() -> None:
    path = DOCS / "b77-forsakringskassan-2017-rapport-sjukpenningtal-lan-kon-2014-2016.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Korta analyser 2017:4 Sjukpenningtalet per län och kön",
                            author="Försäkringskassan", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Försäkringskassan<br/>Avdelningen för analys och prognos")
    P("KORTA ANALYSER 2017:4")
    P("Datum: 2017-06-15<br/>Diarienummer: FK 2017/004312<br/>"
      "Författare: Johan Ekström, analytiker, och Petra Lindqvist, utredare")
    P("Sjukpenningtalet per län och kön 2014–2016", h1)
    P("Sammanfattning", h2)
    P("Sjukpenningtalet fortsatte att öka i samtliga län mellan december 2014 och december 2016. I riket ökade "
      "sjukpenningtalet från 9,0 dagar i december 2014 till 10,6 dagar i december 2016. Ökningstakten har dock "
      "avtagit: mellan december 2015 och december 2016 ökade sjukpenningtalet med 0,5 dagar, jämfört med "
      "1,1 dagar året innan.")
    P("Jämtlands län hade det högsta sjukpenningtalet i december 2016, 13,9 dagar, och Stockholms län det "
      "lägsta, 8,7 dagar. Skillnaden mellan det högsta och det lägsta länet var därmed 5,2 dagar.")
    P("Kvinnors sjukpenningtal var 13,7 dagar och mäns 7,5 dagar i december 2016. Kvinnornas sjukpenningtal var "
      "därmed 1,8 gånger så högt som männens.")
    P("1. Vad är sjukpenningtalet?", h2)
    P("Sjukpenningtalet är antalet dagar med sjukpenning och rehabiliteringspenning som Försäkringskassan har "
      "betalat ut under en tolvmånadersperiod, dividerat med antalet registrerade försäkrade i åldern 16–64 år. "
      "Dagar med partiell ersättning räknas om till hela dagar, så att till exempel två dagar med halv sjukpenning "
      "räknas som en dag. Sjukpenningtalet omfattar inte sjuklöneperioden, som för de flesta anställda är de "
      "första 14 dagarna, och inte heller sjuk- och aktivitetsersättning.")
    P("Regeringen har som mål att sjukpenningtalet ska vara högst 9,0 dagar i december 2020. Endast Stockholms "
      "län låg under den nivån i december 2016.")
    P("2. Utvecklingen i riket", h2)
    P("Tabell 1. Sjukpenningtalet i riket i december 2014–2016, kvinnor och män (dagar)", h2)
    s.append(_table([["Grupp", "Dec 2014", "Dec 2015", "Dec 2016"],
                     ["Kvinnor", "11,6", "13,1", "13,7"],
                     ["Män", "6,4", "7,2", "7,5"],
                     ["Samtliga", "9,0", "10,1", "10,6"]], [4 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm]))
    s.append(Spacer(1, 8))
    P("Antalet pågående sjukfall som var längre än 14 dagar ökade från 164 900 i december 2014 till 196 400 i "
      "december 2016. Av de pågående sjukfallen i december 2016 var 128 300 kvinnors och 68 100 mäns.")
    P("Psykiatriska diagnoser var den vanligaste diagnosgruppen och stod för 46 procent av de pågående sjukfallen "
      "i december 2016, jämfört med 41 procent i december 2014. Andelen var högre bland kvinnor (49 procent) än "
      "bland män (40 procent).")
    P("3. Skillnader mellan länen", h2)
    P("Tabell 2. Sjukpenningtalet per län i december 2014–2016, samt kvinnor och män i december 2016 (dagar)", h2)
    rows = [["Län", "2014", "2015", "2016", "Kvinnor 2016", "Män 2016"],
            ["Stockholm", "7,6", "8,4", "8,7", "11,2", "6,2"],
            ["Uppsala", "8,9", "10,0", "10,4", "13,5", "7,3"],
            ["Södermanland", "10,6", "11,9", "12,5", "16,1", "8,9"],
            ["Östergötland", "9,2", "10,4", "11,0", "14,2", "7,8"],
            ["Jönköping", "9,0", "10,2", "10,9", "14,1", "7,9"],
            ["Kronoberg", "9,4", "10,5", "11,1", "14,6", "7,8"],
            ["Kalmar", "10,1", "11,3", "11,8", "15,4", "8,4"],
            ["Gotland", "9,6", "10,6", "10,8", "13,9", "7,7"],
            ["Blekinge", "10,4", "11,6", "12,1", "15,8", "8,6"],
            ["Skåne", "8,3", "9,3", "9,8", "12,6", "7,0"],
            ["Halland", "8,2", "9,1", "9,6", "12,5", "6,8"],
            ["Västra Götaland", "9,3", "10,5", "11,0", "14,3", "7,8"],
            ["Värmland", "11,4", "12,7", "13,2", "17,2", "9,4"],
            ["Örebro", "9,9", "11,1", "11,6", "15,0", "8,3"],
            ["Västmanland", "10,0", "11,2", "11,7", "15,1", "8,4"],
            ["Dalarna", "10,2", "11,5", "12,0", "15,6", "8,6"],
            ["Gävleborg", "11,1", "12,6", "13,3", "17,3", "9,5"],
            ["Västernorrland", "11,3", "12,8", "13,4", "17,6", "9,4"],
            ["Jämtland", "11,9", "13,2", "13,9", "18,1", "9,9"],
            ["Västerbotten", "10,3", "11,3", "11,5", "14,8", "8,3"],
            ["Norrbotten", "10,8", "12,2", "12,6", "16,4", "8,9"],
            ["Riket", "9,0", "10,1", "10,6", "13,7", "7,5"]]
    s.append(_table(rows, [3.6 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, 2.6 * cm, 2.2 * cm]))
    s.append(Spacer(1, 8))
    P("Sjukpenningtalet var högst i Jämtlands, Västernorrlands och Gävleborgs län och lägst i Stockholms, Hallands "
      "och Skåne län. Ökningen mellan december 2014 och december 2016 var störst i Gävleborgs län, 2,2 dagar, och "
      "minst i Stockholms län, 1,1 dagar.")
    P("Bland kvinnor var sjukpenningtalet högst i Jämtlands län, 18,1 dagar, och lägst i Stockholms län, "
      "11,2 dagar. Bland män var det högst i Jämtlands län, 9,9 dagar, och lägst i Stockholms län, 6,2 dagar.")
    P("4. Möjliga förklaringar", h2)
    P("Skillnaderna mellan länen förklaras till stor del av skillnader i befolkningens sammansättning, till exempel "
      "ålder, utbildningsnivå och andelen som arbetar i yrken med hög risk för sjukskrivning, som vård, skola och "
      "omsorg. Län med en hög andel kvinnor anställda i offentlig sektor har i regel ett högre sjukpenningtal. "
      "En del av skillnaderna kan också bero på skillnader i hälso- och sjukvårdens sjukskrivningspraxis och i "
      "Försäkringskassans handläggning. Försäkringskassan kommer att analysera handläggningens betydelse i en "
      "fördjupad rapport under hösten 2017.")
    P("5. Om statistiken", h2)
    P("Uppgifterna kommer från Försäkringskassans datalager Store och avser december respektive år. Antalet "
      "registrerade försäkrade i åldern 16–64 år var 6,05 miljoner i december 2016. Uppgifter per kommun finns "
      "i Försäkringskassans statistikdatabas.")
    P("Kontakt", h2)
    P("Johan Ekström, analytiker, tfn 010-116 45 82<br/>Petra Lindqvist, utredare, tfn 010-116 37 09")
    P("Försäkringskassan<br/>Avdelningen för analys och prognos<br/><br/>Marianne Frisk<br/>Avdelningschef")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b77-jamtland-2021-beslut-tidiga-insatser-psykisk-ohalsa.docx"
    d = Document()
    d.core_properties.title = "Beslut: medel ur 2021 års sjukskrivningsöverenskommelse till tidiga insatser vid psykisk ohälsa"
    d.core_properties.author = "Region Jämtland Härjedalen"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Jämtland Härjedalen\nHälso- och sjukvårdsförvaltningen")
    d.add_paragraph("BESLUT\nDatum: 2021-05-18\nDiarienummer: RS/612/2021\n"
                    "Beslutsfattare: Regiondirektören (delegationsbeslut enligt regionstyrelsens delegationsordning, punkt 3.4)")
    d.add_heading("Användning av 2021 års medel ur överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- "
                  "och rehabiliteringsprocess till tidiga insatser vid psykisk ohälsa", level=1)
    d.add_heading("Beslut", level=2)
    for t in ["Av regionens medel ur 2021 års överenskommelse används 5,8 miljoner kronor till tidiga insatser vid "
              "psykisk ohälsa enligt budgeten i tabell 1.",
              "Psykologresurserna i primärvården utökas till 3,0 årsarbetare under 2021 och finansieras med medlen.",
              "Hälso- och sjukvårdsdirektören får i uppdrag att följa upp insatserna och redovisa resultatet till "
              "regionstyrelsen senast den 28 februari 2022.",
              "Medel som inte har förbrukats den 31 december 2021 återförs till regionens centrala budget för "
              "sjukskrivningsprocessen."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Regioner (SKR) har träffat en överenskommelse om en kvalitetssäker och "
        "effektiv sjukskrivnings- och rehabiliteringsprocess för 2021. Region Jämtland Härjedalen kan ta del av högst "
        "12,4 miljoner kronor för 2021. Medlen fördelas mellan regionerna efter befolkningsandel. Av medlen betalas "
        "40 procent ut i förskott i juni 2021 och resterande del i mars 2022, efter att regionen har redovisat att "
        "villkoren är uppfyllda.")
    d.add_paragraph(
        "Av regionens 12,4 miljoner kronor avser detta beslut 5,8 miljoner kronor. Resterande 6,6 miljoner kronor, som "
        "avser försäkringsmedicinsk kompetens, samverkan med arbetsgivare och IT-stöd, beslutas i ett separat ärende. "
        "Koordineringsinsatser för sjukskrivna patienter är sedan den 1 februari 2020 reglerade i lag och finansieras "
        "inte med dessa medel.")
    d.add_paragraph(
        "Psykisk ohälsa är den vanligaste orsaken till sjukskrivning i länet. I december 2020 hade 1 870 personer i "
        "länet ett pågående sjukfall med psykiatrisk diagnos, vilket motsvarar 47 procent av samtliga pågående sjukfall. "
        "Tidiga insatser i primärvården kan förebygga sjukskrivning eller korta sjukskrivningens längd.")
    d.add_heading("Målgrupp", level=2)
    d.add_paragraph(
        "Insatserna riktar sig till vuxna från 18 år med lindrig till medelsvår depression, ångest eller "
        "stressrelaterad ohälsa som är sjukskrivna eller som riskerar att bli sjukskrivna. En medicinsk bedömning på "
        "hälsocentralen ska ha gjorts innan behandlingen påbörjas.")
    d.add_heading("Mål för 2021", level=2)
    for t in ["Minst 1 200 patienter ska påbörja psykologisk behandling i primärvården under 2021, jämfört med 940 "
              "patienter under 2020.",
              "Minst 80 procent av patienterna ska påbörja behandlingen inom 30 dagar från den medicinska bedömningen.",
              "Samtliga 27 hälsocentraler ska kunna erbjuda internetbaserad KBT via 1177 Stöd och behandling senast "
              "den 1 oktober 2021."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Tabell 1. Budget för tidiga insatser vid psykisk ohälsa (tusentals kronor)", level=3)
    rows = [("Insats", "Utfall 2020", "Budget 2021"),
            ("Psykologresurser i primärvården", "1 950", "2 700"),
            ("Internetbaserad KBT (1177 Stöd och behandling)", "420", "650"),
            ("Utbildning i tidiga insatser för hälsocentralspersonal", "160", "480"),
            ("Förstärkt rehabkoordinering vid psykisk ohälsa", "900", "1 100"),
            ("Uppföljning och utvärdering", "110", "270"),
            ("Projektledning", "560", "600"),
            ("Summa", "4 100", "5 800")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Utbildningen i tidiga insatser omfattar en grundkurs i KBT-baserade samtal om fem dagar för sjuksköterskor, "
        "kuratorer och fysioterapeuter. Under 2021 ska 60 medarbetare gå utbildningen.")
    d.add_heading("Uppföljning och redovisning", level=2)
    d.add_paragraph(
        "Insatserna följs upp per tertial. Regionens redovisning till SKR av hur villkoren i överenskommelsen har "
        "uppfyllts ska lämnas senast den 15 december 2021. Hälso- och sjukvårdsdirektörens redovisning till "
        "regionstyrelsen lämnas senast den 28 februari 2022.")
    d.add_heading("Ärendets beredning", level=2)
    d.add_paragraph(
        "Ärendet har beretts av hälso- och sjukvårdsförvaltningen i samråd med primärvården och vuxenpsykiatrin. "
        "Samverkan med de fackliga organisationerna har skett den 11 maj 2021.")
    d.add_paragraph("Anneli Granberg\nRegiondirektör")
    d.add_paragraph("Föredragande: Tomas Ljungkvist, hälso- och sjukvårdsdirektör")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Karin Öberg, processledare sjukskrivning och rehabilitering, tfn 063-14 78 26")
    d.add_paragraph("Maria Renberg, primärvårdschef, tfn 063-14 71 05")
    d.add_paragraph("Beslutet skickas till: Hälso- och sjukvårdsdirektören, primärvårdschefen, ekonomistaben")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
