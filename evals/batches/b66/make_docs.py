"""Generates the PDF and DOCX test documents of batch b66 (reportlab + python-docx)."""
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
    t = Table(rows, colWidths=[w * cm for w in widths])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    return t


def make_pdf() -> None:
    path = DOCS / "b66-orebro-2017-arsuppfoljning-sjukskrivningsoverenskommelsen.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Årsuppföljning 2017 sjukskrivningsöverenskommelsen (utdrag)",
                            author="Region Örebro län", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Örebro län<br/>Hälso- och sjukvårdsförvaltningen<br/>Staben för hälso- och sjukvårdsstyrning")
    P("Datum: 2018-02-06<br/>Diarienummer: 17RS1873<br/>Till: Hälso- och sjukvårdsnämnden, för kännedom")
    P("Årsuppföljning 2017 av överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- och "
      "rehabiliteringsprocess (utdrag)", h1)
    P("Detta är ett utdrag ur årsuppföljningen. Avsnitten om kompetenssatsningen i försäkringsmedicin och om "
      "elektroniskt informationsutbyte redovisas i en separat bilaga.")
    P("1. Sammanfattning", h2)
    P("Regeringen och Sveriges Kommuner och Landsting (SKL) har för åren 2017–2018 träffat en tvåårig "
      "överenskommelse om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess. "
      "Region Örebro län kunde för år 2017 ta del av drygt 36 miljoner kronor. Av regionens 36,4 miljoner kronor "
      "avsåg 14,8 miljoner kronor rehabiliteringsinsatser och 21,6 miljoner kronor utvecklingsarbete.")
    P("Under 2017 avslutades och rapporterades 2 107 rehabiliteringsinsatser, vilket är 146 fler än 2016. "
      "Regionens bedömning är att samtliga villkor för 2017 är uppfyllda. Slutligt besked om den resterande "
      "utbetalningen lämnas i februari 2018.")
    P("I uppföljningen används följande förkortningar: KBT = kognitiv beteendeterapi, IPT = interpersonell "
      "psykoterapi, MMR1 = multimodal rehabilitering på primärvårdsnivå och MMR2 = multimodal rehabilitering på "
      "specialistnivå, som i Region Örebro län ges vid Smärt- och rehabiliteringscentrum, Universitetssjukhuset "
      "Örebro (USÖ).")
    P("2. Avslutade rehabiliteringsinsatser per kvartal", h2)
    P("Tabell 1. Avslutade rehabiliteringsinsatser per kvartal 2017 samt helår 2016 (antal)", h2)
    rows = [["Insats", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Helår 2017", "Helår 2016"],
            ["KBT", "412", "455", "318", "497", "1 682", "1 534"],
            ["IPT", "38", "41", "27", "44", "150", "171"],
            ["MMR1", "46", "52", "31", "58", "187", "164"],
            ["MMR2", "21", "24", "17", "26", "88", "92"],
            ["Summa", "517", "572", "393", "625", "2 107", "1 961"]]
    s.append(_table(rows, [2.6, 1.6, 1.6, 1.6, 1.6, 2.2, 2.2]))
    s.append(Spacer(1, 8))
    P("Antalet avslutade KBT-behandlingar ökade med knappt tio procent jämfört med 2016. Antalet IPT-behandlingar "
      "och MMR2-serier minskade däremot. Nedgången under tredje kvartalet förklaras främst av semesterperioden "
      "och av att två psykologtjänster inom Område närsjukvård var vakanta under augusti och september.")
    P("Kvinnor stod för 71 procent av samtliga avslutade insatser och för 64 procent av MMR2-serierna. "
      "Medianåldern vid behandlingsstart var 41 år.")
    P("3. Fördelning av medlen per förvaltning", h2)
    P("Medlen för rehabiliteringsinsatser fördelas inom regionen som ersättning per avslutad insats: "
      "5 000 kronor per KBT- eller IPT-behandling och 12 000 kronor per MMR1-serie. MMR2 finansieras genom ett "
      "särskilt uppdrag till USÖ. Utvecklingsmedlen har fördelats enligt beslut i hälso- och sjukvårdsnämnden "
      "den 23 februari 2017.")
    P("Tabell 2. Statliga medel 2017 per förvaltning och område (miljoner kronor)", h2)
    rows = [["Förvaltning/område", "Rehabiliteringsinsatser", "Utvecklingsarbete", "Summa"],
            ["Område närsjukvård (regiondrivna vårdcentraler)", "5,2", "4,6", "9,8"],
            ["Privata vårdcentraler inom Hälsoval", "2,3", "1,5", "3,8"],
            ["Område psykiatri", "3,1", "3,9", "7,0"],
            ["Universitetssjukhuset Örebro", "2,6", "2,2", "4,8"],
            ["Lasarettet i Karlskoga och Lindesbergs lasarett", "0,8", "1,4", "2,2"],
            ["Regionkansliet (processledning, IT-stöd, utbildning)", "0,0", "6,2", "6,2"],
            ["Ej fördelat, förs över till 2018", "0,8", "1,8", "2,6"],
            ["Summa", "14,8", "21,6", "36,4"]]
    s.append(_table(rows, [7.6, 3.4, 3.0, 1.8]))
    s.append(Spacer(1, 8))
    P("De medel som inte fördelades under 2017, sammanlagt 2,6 miljoner kronor, förs över till 2018 och ska "
      "främst användas till att korta väntetiderna till MMR2 och till utbildning av rehabkoordinatorer.")
    P("4. Funktion för koordinering", h2)
    P("Vid årsskiftet 2017/2018 fanns en rehabkoordinator på 29 av regionens 30 vårdcentraler och på samtliga "
      "sju psykiatriska öppenvårdsmottagningar. Sammanlagt motsvarade funktionen 21,5 årsarbetare, jämfört med "
      "17,0 årsarbetare vid utgången av 2016.")
    P("5. Fortsatt arbete 2018", h2)
    P("1. Väntetiden till MMR2 ska kortas till högst 90 dagar från remiss till start.<br/>"
      "2. Alla vårdcentraler ska ha en rehabkoordinator senast den 30 april 2018.<br/>"
      "3. Uppföljningen av avslutade insatser ska redovisas uppdelad på kvinnor och män per kvartal.")
    P("Kontaktpersoner", h2)
    P("Anna-Karin Lundgren, strateg, Staben för hälso- och sjukvårdsstyrning, tfn 019-602 71 35<br/>"
      "Per Hedström, controller, tfn 019-602 64 08")
    P("Region Örebro län<br/>Hälso- och sjukvårdsförvaltningen<br/><br/>Ulrika Wennberg<br/>"
      "Hälso- och sjukvårdsdirektör")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b66-kalmar-2012-tjansteskrivelse-mmr2-team-rehabiliteringskliniken.docx"
    d = Document()
    d.core_properties.title = "Tjänsteskrivelse: Inrättande av MMR2-team vid rehabiliteringsmedicinska kliniken"
    d.core_properties.author = "Landstinget i Kalmar län"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget i Kalmar län\nOmråde specialistsjukvård, Rehabiliteringsmedicinska kliniken, "
                    "Länssjukhuset i Kalmar")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2012-05-14\nDiarienummer: LK 2012/0457\n"
                    "Till: Landstingsstyrelsens arbetsutskott")
    d.add_heading("Inrättande av ett team för multimodal rehabilitering på specialistnivå (MMR2) vid "
                  "rehabiliteringsmedicinska kliniken", level=1)
    d.add_heading("Förslag till beslut", level=2)
    for t in ["Ett MMR2-team inrättas vid rehabiliteringsmedicinska kliniken, Länssjukhuset i Kalmar, från och med "
              "den 1 september 2012.",
              "Teamet finansieras med ersättning från rehabiliteringsgarantin och med medel som i dag används till "
              "köp av MMR2 från externa vårdgivare.",
              "Verksamheten utvärderas och redovisas för landstingsstyrelsen senast den 31 mars 2014."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph(
        "Sedan 2008 har staten och Sveriges Kommuner och Landsting (SKL) varje år träffat en överenskommelse om "
        "en rehabiliteringsgaranti. Inom garantin får landstingen ersättning för avslutade behandlingar med "
        "kognitiv beteendeterapi och för multimodal rehabilitering (MMR) till kvinnor och män i åldern 16–67 år. "
        "Med MMR avses i denna skrivelse ett samordnat program där flera yrkesgrupper arbetar i team kring "
        "patienten under flera veckor. MMR1 ges i primärvården. MMR2 ges i den specialiserade vården till patienter "
        "med mer komplex långvarig smärta, där MMR1 inte räcker eller redan har prövats.")
    d.add_paragraph(
        "Landstinget i Kalmar län har i dag MMR1-team vid elva vårdcentraler men saknar eget MMR2-team. "
        "Under 2011 avslutades 310 MMR1-serier i länet. Samma år köpte landstinget 24 MMR2-serier av externa "
        "vårdgivare till en kostnad av 62 000 kronor per serie, totalt 1 488 000 kronor. Den 1 maj 2012 väntade "
        "64 patienter på MMR2 och medianväntetiden var sju månader.")
    d.add_heading("2. Förslag till verksamhet", level=2)
    d.add_paragraph(
        "Teamet ska ta emot patienter i åldern 16–67 år med långvarig smärta i minst tre månader som påverkar "
        "arbetsförmågan, efter remiss från MMR1-team, vårdcentral eller annan specialistklinik. Programmet "
        "pågår i åtta veckor med tre dagar i veckan och ges i grupper om sex patienter. Med fullt utbyggd "
        "verksamhet beräknas teamet genomföra tio grupper och därmed 60 avslutade MMR2-serier per år.")
    d.add_heading("Tabell 1. Bemanning och personalkostnad per år", level=3)
    rows = [("Yrkesgrupp", "Årsarbetare", "Kostnad per år, kr"),
            ("Läkare, specialist i rehabiliteringsmedicin", "0,5", "620 000"),
            ("Psykolog", "1,0", "560 000"),
            ("Sjukgymnast", "1,5", "735 000"),
            ("Arbetsterapeut", "1,0", "490 000"),
            ("Kurator", "0,5", "245 000"),
            ("Sjuksköterska med samordnaransvar", "0,5", "260 000"),
            ("Summa", "5,0", "2 910 000")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("3. Ekonomi", level=2)
    d.add_paragraph(
        "Inom rehabiliteringsgarantin 2012 ersätts landstinget med 45 000 kronor per avslutad MMR2-serie. "
        "Kalkylen för 2013 förutsätter att överenskommelsen förlängs med oförändrad ersättning; "
        "överenskommelsen för 2013 är ännu inte klar.")
    d.add_heading("Tabell 2. Kostnader och intäkter 2012 (september–december) och 2013 (helår), kronor", level=3)
    rows = [("Post", "2012 (sep–dec)", "2013 (helår)"),
            ("Personalkostnader", "970 000", "2 910 000"),
            ("Lokaler", "60 000", "180 000"),
            ("Utrustning och material", "150 000", "40 000"),
            ("Utbildning", "60 000", "30 000"),
            ("Summa kostnader", "1 240 000", "3 160 000"),
            ("Ersättning från rehabiliteringsgarantin", "540 000", "2 700 000"),
            ("Nettokostnad", "700 000", "460 000")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Ersättningen 2012 bygger på tolv avslutade serier under hösten och ersättningen 2013 på 60 serier. "
        "Nettokostnaden för 2013, knappt en halv miljon kronor, täcks av att landstinget inte längre behöver "
        "köpa MMR2 av externa vårdgivare. Nettokostnaden för hösten 2012 ryms inom klinikens budget.")
    d.add_heading("4. Konsekvenser för patienter och personal", level=2)
    for t in ["Kortare väntetid: målet är att ingen patient ska vänta mer än 90 dagar på MMR2 från och med 2013.",
              "Vård nära hemmet: patienterna behöver inte resa till Linköping eller Växjö för behandling.",
              "Rekrytering: sjukgymnast- och psykologtjänsterna annonseras i juni 2012."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Eva Lindahl, verksamhetschef, rehabiliteringsmedicinska kliniken, tfn 0480-81 46 20\n"
                    "Jonas Berggren, ekonom, Område specialistsjukvård, tfn 0480-81 12 75")
    d.add_paragraph("Eva Lindahl\nVerksamhetschef\n\nMats Johnsson\nOmrådeschef, Område specialistsjukvård")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
