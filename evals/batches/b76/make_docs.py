"""Generates the PDF and DOCX test documents of batch b76 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

LANDSTING = [
    ("Stockholms läns landsting", 1104, 688, 73),
    ("Landstinget i Uppsala län", 236, 118, 76),
    ("Landstinget Sörmland", 198, 74, 77),
    ("Landstinget i Östergötland", 402, 176, 74),
    ("Landstinget i Jönköpings län", 344, 121, 75),
    ("Landstinget Kronoberg", 166, 58, 78),
    ("Landstinget i Kalmar län", 318, 96, 76),
    ("Region Gotland", 41, 0, 80),
    ("Landstinget Blekinge", 112, 47, 74),
    ("Region Skåne", 1186, 402, 72),
    ("Region Halland", 233, 88, 75),
    ("Västra Götalandsregionen", 1018, 402, 74),
    ("Landstinget i Värmland", 196, 92, 77),
    ("Örebro läns landsting", 208, 104, 73),
    ("Landstinget Västmanland", 78, 32, 76),
    ("Landstinget Dalarna", 214, 86, 75),
    ("Landstinget Gävleborg", 176, 82, 74),
    ("Landstinget Västernorrland", 152, 64, 78),
    ("Jämtlands läns landsting", 192, 74, 76),
    ("Västerbottens läns landsting", 168, 96, 73),
    ("Norrbottens läns landsting", 146, 71, 75),
]


def fmt(n: int) -> str:
    s = f"{n:,}".replace(",", " ")
    return s


def make_pdf() -> None:
    path = DOCS / "b76-socialstyrelsen-2014-uppfoljning-mmr-landstingen-2013.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Uppföljning av multimodal rehabilitering i landstingen 2013",
                            author="Socialstyrelsen", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731

    def table(rows, widths):
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("BACKGROUND", (0, -1), (-1, -1), colors.whitesmoke),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
        s.append(t)
        s.append(Spacer(1, 8))

    P(MARK)
    P("Socialstyrelsen")
    P("Uppföljning av multimodal rehabilitering i landstingen 2013", h1)
    P("Rapport om rehabiliteringsgarantin, delrapport 3")
    P("Artikelnummer: 2014-6-17<br/>Publicerad: 2014-06-17<br/>Diarienummer: 9.1-31427/2013<br/>"
      "Avdelningen för statistik och utvärdering, Enheten för hälso- och sjukvårdsuppföljning")
    P("Förord", h2)
    P("Socialstyrelsen har av regeringen fått i uppdrag att följa upp de insatser som landstingen genomför inom "
      "rehabiliteringsgarantin. Denna delrapport beskriver multimodal rehabilitering (MMR) för patienter med "
      "långvarig smärta i rygg, nacke och axlar under år 2013. Rapporten riktar sig till beslutsfattare i "
      "landstingen, till Sveriges Kommuner och Landsting (SKL) och till Regeringskansliet. Projektledare har "
      "varit Johan Friberg. Övriga medverkande har varit Lina Haraldsson och Omid Rashidi.")
    P("Stockholm i juni 2014")
    P("Kerstin Wahlberg<br/>Enhetschef")
    P("Sammanfattning", h2)
    P("Under 2013 avslutade 9 859 patienter multimodal rehabilitering inom rehabiliteringsgarantin. Det är "
      "739 fler än under 2012, en ökning med 8 procent. Av patienterna genomgick 6 888 MMR1 i primärvården och "
      "2 971 MMR2 i den specialiserade vården. Andelen som fick MMR1 var därmed omkring 70 procent.")
    P("Tre av fyra patienter var kvinnor. Andelen kvinnor var 74 procent totalt, 75 procent i MMR1 och 71 procent "
      "i MMR2. Medianåldern var 45 år. Vid rehabiliteringens start var 61 procent av patienterna sjukskrivna.")
    P("Tillgången skiljer sig mycket mellan landstingen. Antalet patienter som avslutade MMR per 10 000 invånare "
      "i åldern 16–67 år var högst i Jämtlands läns landsting (33,0) och lägst i Landstinget Västmanland (6,7). "
      "Genomsnittet för riket var 15,9.")
    P("1. Uppdrag och metod", h2)
    P("Uppgifterna bygger på landstingens rapportering till Försäkringskassan inom överenskommelsen om "
      "rehabiliteringsgarantin, kompletterade med uppgifter från Nationellt register över smärtrehabilitering (NRS). "
      "Med avslutad MMR avses en behandlingsserie som har avslutats och rapporterats under kalenderåret. "
      "MMR1 är ett teambaserat program i primärvården för patienter med mindre komplex problematik. MMR2 "
      "bedrivs i den specialiserade vården för patienter med mer komplex smärtproblematik. Under 2013 var 16 "
      "landsting anslutna till NRS med minst en MMR2-enhet.")
    P("2. Utvecklingen 2011–2013", h2)
    P("Tabell 1. Avslutade multimodala rehabiliteringar i riket 2011–2013", h2)
    table([["År", "MMR1", "MMR2", "Totalt", "Andel kvinnor (%)"],
           ["2011", "5 540", "2 520", "8 060", "75"],
           ["2012", "6 310", "2 810", "9 120", "74"],
           ["2013", "6 888", "2 971", "9 859", "74"]],
          [2.0 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm, 3.4 * cm])
    P("Antalet MMR1-enheter i primärvården ökade från 176 år 2012 till 212 år 2013. Antalet MMR2-enheter var "
      "oförändrat, 38 enheter.")
    P("3. Resultat per landsting", h2)
    P("Tabell 2. Avslutade MMR1 och MMR2 samt andel kvinnor per landsting 2013", h2)
    rows = [["Landsting", "MMR1", "MMR2", "Totalt", "Andel kvinnor (%)"]]
    for name, m1, m2, k in LANDSTING:
        rows.append([name, fmt(m1), fmt(m2), fmt(m1 + m2), str(k)])
    t1 = sum(r[1] for r in LANDSTING)
    t2 = sum(r[2] for r in LANDSTING)
    rows.append(["Riket", fmt(t1), fmt(t2), fmt(t1 + t2), "74"])
    table(rows, [6.2 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 3.2 * cm])
    P("Källa: Landstingens rapportering till Försäkringskassan 2013 och NRS. Region Gotland rapporterade inga "
      "MMR2 under 2013 eftersom patienter i behov av MMR2 remitteras till Stockholms läns landsting.")
    P("Andelen kvinnor var högst i Region Gotland (80 procent), men antalet patienter där är litet. Bland de "
      "större landstingen hade Region Skåne lägst andel kvinnor, 72 procent.")
    P("4. Socialstyrelsens bedömning", h2)
    P("Socialstyrelsen bedömer att rehabiliteringsgarantin har bidragit till att fler patienter med långvarig "
      "smärta får tillgång till multimodal rehabilitering. Skillnaderna mellan landstingen är dock stora och kan "
      "inte förklaras av skillnader i befolkningens sjuklighet. Det finns också en risk att män med långvarig "
      "smärta inte remitteras till MMR i samma utsträckning som kvinnor.")
    P("Socialstyrelsen rekommenderar att")
    P("– landstingen följer upp remissflödet till MMR uppdelat på kön,<br/>"
      "– samtliga MMR2-enheter ansluts till NRS senast under 2015,<br/>"
      "– landstingen med lägst tillgång analyserar orsakerna och redovisar åtgärder.")
    P("Nästa delrapport, som omfattar år 2014, planeras att publiceras i juni 2015.")
    P("Kontakt", h2)
    P("Johan Friberg, utredare, tfn 075-247 38 12<br/>Lina Haraldsson, statistiker, tfn 075-247 39 04<br/>"
      "Socialstyrelsen, 106 30 Stockholm. Växel: 075-247 30 00.")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b76-halland-2016-tjansteskrivelse-anvandning-sjukskrivningsmedel.docx"
    d = Document()
    d.core_properties.title = "Användning av medel från sjukskrivningsöverenskommelsen 2016"
    d.core_properties.author = "Region Halland"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Halland\nHälso- och sjukvårdsförvaltningen, Avdelningen för hälso- och sjukvårdsstyrning")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2016-03-08\nDiarienummer: RS160112\nTill: Regionstyrelsen")
    d.add_heading("Användning av medel från överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- "
                  "och rehabiliteringsprocess 2016", level=1)
    d.add_heading("Förslag till beslut", level=2)
    for t in ["Regionstyrelsen godkänner förslaget till användning av medlen från 2016 års överenskommelse enligt "
              "tabell 1.",
              "Regionstyrelsen uppdrar åt hälso- och sjukvårdsdirektören att redovisa utfallet till regionstyrelsen "
              "senast den 28 april 2017."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) har tecknat en överenskommelse för 2016 om en "
        "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess. Överenskommelsen omfattar fem "
        "villkor. Medlen fördelas efter befolkningsandel och Region Halland kan ta del av högst 36,5 miljoner "
        "kronor under förutsättning att samtliga villkor uppfylls. Förvaltningen föreslår att medlen används för "
        "att slutföra arbetet med koordinatorer på alla vårdcentraler, för kompetensutveckling i försäkringsmedicin "
        "och för fler insatser vid lindrig och medelsvår psykisk ohälsa.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Sedan 2006 har staten och SKL årligen tecknat överenskommelser för att stimulera landstingen att prioritera "
        "sjukskrivningsfrågorna. Region Halland har uppfyllt samtliga villkor de senaste två åren. Medlen utbetalas "
        "i efterhand, när SKL har bedömt landstingens redovisningar. Besked om utfallet för 2016 väntas i februari "
        "2017. Om ett villkor inte uppfylls bär Hälso- och sjukvårdsnämnden risken för de kostnader som redan har "
        "uppstått.")
    d.add_heading("Tabell 1. Villkor, belopp och ansvariga 2016", level=3)
    rows = [("Villkor", "Belopp (tkr)", "Planerad användning", "Ansvarig"),
            ("1. Jämställd sjukskrivningsprocess", "3 200",
             "Analys av sjukskrivningsmönster per kön, utbildning av läkare", "Ingrid Svahn, utvecklingsledare"),
            ("2. Kompetenssatsning i försäkringsmedicin", "5 840",
             "Försäkringsmedicinska kurser, sakkunnig läkare", "Per Nyström, försäkringsmedicinskt sakkunnig läkare"),
            ("3. Funktion för koordinering", "14 600",
             "Koordinatorer på vårdcentraler och i psykiatrin", "Malin Ek, verksamhetschef"),
            ("4. Insatser för lindrig och medelsvår psykisk ohälsa", "9 120",
             "Internetbaserad KBT, KBT-utbildning, psykologstöd", "Anna-Karin Holm, processledare psykisk hälsa"),
            ("5. Elektroniskt informationsutbyte", "3 720",
             "Elektroniska läkarintyg, anpassning av journalsystem", "Thomas Bergqvist, IT-strateg"),
            ("Summa", "36 480", "", "")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Villkoren och förvaltningens förslag", level=2)
    d.add_paragraph(
        "Villkor 1. Regionen ska analysera skillnader i sjukskrivning mellan kvinnor och män och ta fram en "
        "handlingsplan. Analysen ska redovisas till SKL senast den 15 november 2016.")
    d.add_paragraph(
        "Villkor 2. Minst 60 procent av läkarna i primärvården och psykiatrin ska ha genomgått den webbaserade "
        "utbildningen i försäkringsmedicin under 2016. Medlen används till kurser och till en försäkringsmedicinskt "
        "sakkunnig läkare på halvtid.")
    d.add_paragraph(
        "Villkor 3. Varje vårdcentral ska ha en funktion för koordinering. Förvaltningen föreslår att var och en av "
        "regionens 48 vårdcentraler får 250 000 kronor, sammanlagt 12,0 miljoner kronor. Resterande 2,6 miljoner "
        "kronor går till psykiatrins öppenvårdsmottagningar.")
    d.add_paragraph(
        "Villkor 4. Medlen används till internetbaserad KBT via 1177 Vårdguiden (4,0 miljoner kronor), "
        "grundläggande KBT-utbildning för 30 medarbetare i primärvården (2,1 miljoner kronor) och stöd till "
        "vårdcentraler för psykologtjänster (3,02 miljoner kronor).")
    d.add_paragraph(
        "Villkor 5. Samtliga vårdcentraler ska kunna skicka läkarintyg elektroniskt till Försäkringskassan senast "
        "den 30 september 2016.")
    d.add_heading("Tabell 2. Region Hallands medel från sjukskrivningsöverenskommelserna 2014–2016", level=3)
    rows2 = [("År", "Möjligt belopp (mnkr)", "Utbetalt (mnkr)", "Andel av möjligt belopp"),
             ("2014", "30,4", "29,8", "98 %"),
             ("2015", "31,2", "31,2", "100 %"),
             ("2016", "36,5", "–", "–")]
    tab2 = d.add_table(rows=0, cols=4)
    tab2.style = "Table Grid"
    for r in rows2:
        cells = tab2.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph(
        "Förslaget ryms inom de statliga medlen. Koordinatorsfunktionen på vårdcentralerna är en permanent "
        "verksamhet, och när överenskommelserna upphör behöver den finansieras inom ordinarie ersättning i "
        "Vårdval Halland. Kostnaden uppskattas då till omkring 12 miljoner kronor per år.")
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph(
        "Varje ansvarig lämnar en lägesrapport till förvaltningens ledningsgrupp den 15 juni och den 15 oktober 2016. "
        "Redovisningen till SKL samordnas av Jonas Malmqvist.")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Jonas Malmqvist, handläggare, tfn 035-13 48 62")
    d.add_paragraph("Ingrid Svahn, utvecklingsledare, tfn 035-13 49 10")
    d.add_paragraph("Region Halland\n\nHelena Forsberg\nHälso- och sjukvårdsdirektör")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
