"""Generates the PDF and DOCX test documents of batch b72 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                   ("FONTSIZE", (0, 0), (-1, -1), 8.5)])


def make_skl_circular() -> None:
    path = DOCS / "b72-skl-2014-cirkular-rehabiliteringsgarantin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Cirkulär 14:05 Rehabiliteringsgarantin 2014",
                            author="Sveriges Kommuner och Landsting", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Sveriges Kommuner och Landsting")
    P("CIRKULÄR 14:05")
    P("Datum: 2014-01-23<br/>Diarienummer: 13/06412<br/>Avdelningen för vård och omsorg<br/>"
      "Sektionen för hälsa och jämställdhet<br/>Handläggare: Ulrika Hjertén, Magnus Öberg")
    P("Landstingsstyrelsen<br/>Regionstyrelsen<br/>Hälso- och sjukvårdsdirektören<br/>Samordnare för rehabiliteringsgarantin")
    P("Överenskommelse om rehabiliteringsgarantin 2014", h1)
    P("Sammanfattning", h2)
    P("Regeringen och Sveriges Kommuner och Landsting (SKL) träffade den 19 december 2013 en överenskommelse "
      "om rehabiliteringsgarantin för år 2014. Överenskommelsen omfattar sammanlagt 750 miljoner kronor. "
      "Av dessa kan landstingen ta del av högst 720 miljoner kronor som ersättning för genomförda behandlingar "
      "och rehabiliteringsinsatser. Resterande 30 miljoner kronor avser forsknings- och utvecklingsinsatser, "
      "utvärdering och SKL:s stöd till landstingen. Cirkuläret redovisar ersättningsnivåerna, taket för varje "
      "landsting och datumen för rapportering till Försäkringskassan.")
    P("1. Syfte och målgrupp", h2)
    P("Rehabiliteringsgarantin ska ge kvinnor och män i åldern 16–67 år tillgång till evidensbaserad behandling "
      "och rehabilitering, så att de kan återgå i arbete eller undvika sjukskrivning. Garantin omfattar")
    P("a) kognitiv beteendeterapi (KBT) och interpersonell psykoterapi (IPT) för patienter med lindrig eller "
      "medelsvår ångest, depression eller stress, samt")
    P("b) multimodal rehabilitering (MMR) för patienter med långvarig smärta i rygg, nacke eller axlar. "
      "MMR1 ges vanligen i primärvården och MMR2 i den specialiserade vården.")
    P("Insatserna ska föregås av en medicinsk bedömning som dokumenteras i journalen. Med avslutad insats avses "
      "i detta cirkulär en behandling eller behandlingsserie som har genomförts enligt behandlingsplanen och där "
      "avslutet har dokumenterats i journalen.")
    P("2. Ersättningsnivåer 2014", h2)
    P("Tabell 1. Ersättning per avslutad insats 2014 (kronor)", h2)
    rows = [["Insats", "Omfattning", "Ersättning"],
            ["KBT/IPT, kort behandling", "3–7 behandlingstillfällen", "4 000"],
            ["KBT/IPT, fullständig behandling", "minst 8 behandlingstillfällen", "12 000"],
            ["Internetförmedlad KBT (iKBT)", "minst 6 moduler med behandlarkontakt", "8 000"],
            ["MMR1", "primärvård, minst 4 veckor", "20 000"],
            ["MMR2", "specialiserad vård, minst 6 veckor", "40 000"]]
    t = Table(rows, colWidths=[6.0 * cm, 6.4 * cm, 2.8 * cm])
    t.setStyle(GRID)
    s.append(t)
    s.append(Spacer(1, 8))
    P("Jämfört med 2013 har ersättningen för MMR1 höjts från 18 000 kronor till 20 000 kronor. Övriga nivåer "
      "är oförändrade. Nytt för 2014 är att internetförmedlad KBT har en egen ersättningsnivå; tidigare "
      "ersattes iKBT som en kort behandling. En patient kan ge ersättning för högst en KBT/IPT-behandling och "
      "en MMR-insats under året.")
    P("3. Tak per landsting", h2)
    P("Varje landsting kan ta del av medel upp till ett tak som beräknas efter landstingets andel av "
      "befolkningen i åldern 16–67 år den 1 november 2013. Taken framgår av tabell 2.")
    P("Tabell 2. Tak för ersättning per landsting 2014 (tusental kronor)", h2)
    ceil = [("Stockholms läns landsting", "160 614"), ("Landstinget i Uppsala län", "25 773"),
            ("Landstinget Sörmland", "20 618"), ("Landstinget i Östergötland", "32 870"),
            ("Landstinget i Jönköpings län", "25 399"), ("Landstinget Kronoberg", "13 970"),
            ("Landstinget i Kalmar län", "17 481"), ("Region Gotland", "4 258"),
            ("Landstinget Blekinge", "11 430"), ("Region Skåne", "94 949"), ("Region Halland", "22 785"),
            ("Västra Götalandsregionen", "121 619"), ("Landstinget i Värmland", "20 469"),
            ("Örebro läns landsting", "21 291"), ("Landstinget Västmanland", "19 274"),
            ("Landstinget Dalarna", "20 842"), ("Landstinget Gävleborg", "20 768"),
            ("Landstinget Västernorrland", "18 078"), ("Jämtlands läns landsting", "9 413"),
            ("Västerbottens läns landsting", "19 498"), ("Norrbottens läns landsting", "18 601"),
            ("Summa", "720 000")]
    t = Table([["Landsting", "Tak 2014 (tkr)"]] + [list(r) for r in ceil], colWidths=[7.0 * cm, 3.4 * cm])
    t.setStyle(GRID)
    s.append(t)
    s.append(Spacer(1, 8))
    P("Medel som ett landsting inte har utnyttjat efter slutrapporteringen fördelas om till de landsting som "
      "har rapporterat insatser utöver sitt tak, i proportion till det överskjutande beloppet. Omfördelningen "
      "görs av Försäkringskassan i maj 2015.")
    P("4. Rapportering och utbetalning", h2)
    P("Landstingen rapporterar avslutade insatser till Försäkringskassan vid fyra tillfällen:")
    P("1. senast den 30 april 2014 för insatser avslutade 1 januari–31 mars 2014,<br/>"
      "2. senast den 29 augusti 2014 för insatser avslutade 1 april–31 juli 2014,<br/>"
      "3. senast den 31 oktober 2014 för insatser avslutade 1 augusti–30 september 2014,<br/>"
      "4. senast den 31 mars 2015 för insatser avslutade 1 oktober–31 december 2014 (slutrapport).")
    P("Rapporten ska vara fördelad på insats, kön och åldersgrupp (16–29, 30–49 och 50–67 år). "
      "Försäkringskassan granskar rapporterna och betalar ut ersättningen senast en månad efter att en "
      "rapport har kommit in.")
    P("5. Uppföljning", h2)
    P("SKL sammanställer landstingens resultat två gånger under året. Effekterna av garantin utvärderas av "
      "Karolinska Institutet och Inspektionen för socialförsäkringen. Av de 30 miljoner kronor som inte går "
      "till ersättning för insatser avsätts 12 miljoner kronor för forskning och utvärdering.")
    P("6. Frågor", h2)
    P("Frågor om överenskommelsen och taken besvaras av Ulrika Hjertén, tfn 08-452 76 31. Frågor om "
      "rapporteringen till Försäkringskassan besvaras av Magnus Öberg, tfn 08-452 72 09.")
    P("Sveriges Kommuner och Landsting<br/>Avdelningen för vård och omsorg<br/><br/>"
      "Birgitta Frisk<br/>Avdelningschef<br/><br/>Ulrika Hjertén<br/>Handläggare")
    doc.build(s)


def make_fk_report() -> None:
    path = DOCS / "b72-forsakringskassan-2014-rapport-sjukpenningtal-per-lan.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Socialförsäkringsrapport 2014:9",
                            author="Försäkringskassan", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Försäkringskassan<br/>Avdelningen för analys och prognos")
    P("Socialförsäkringsrapport 2014:9<br/>Publicerad: 2014-06-17<br/>Dnr: FK 2014/004417")
    P("Sjukfrånvaron i länen 2010–2013", h1)
    P("Utdrag: kapitel 3 Sjukpenningtalet i länen", h2)
    P("3.1 Vad mäter sjukpenningtalet?", h2)
    P("Sjukpenningtalet är antalet utbetalda nettodagar med sjukpenning och rehabiliteringspenning under en "
      "tolvmånadersperiod, dividerat med antalet registrerade försäkrade i åldern 16–64 år. I denna rapport "
      "avser sjukpenningtalet, i fortsättningen SP-talet, den tolvmånadersperiod som slutar i december "
      "respektive år. Två dagar med halv ersättning räknas som en nettodag.")
    P("3.2 Utvecklingen i riket", h2)
    P("SP-talet för riket var 7,6 dagar i december 2010. Det sjönk till 7,4 dagar 2011, för att sedan öka till "
      "7,8 dagar 2012 och 8,5 dagar 2013. Ökningen mellan 2011 och 2013 var därmed drygt en dag per försäkrad. "
      "För kvinnor var SP-talet 10,9 dagar och för män 6,2 dagar i december 2013.")
    P("Antalet pågående sjukfall med sjukpenning ökade under samma period med omkring 24 000 och uppgick i "
      "december 2013 till drygt 146 000, varav 64 procent var kvinnor. Psykiatriska diagnoser, framför allt "
      "ångest, depression och stressreaktioner, svarade för den största delen av ökningen.")
    P("3.3 Skillnader mellan länen", h2)
    P("Tabell 3.1. SP-tal per län, december 2010–2013 (dagar per försäkrad 16–64 år)", h2)
    data = [("Stockholms län", "6,5", "6,3", "6,7", "7,3"), ("Uppsala län", "7,4", "7,2", "7,6", "8,3"),
            ("Södermanlands län", "8,4", "8,2", "8,6", "9,4"), ("Östergötlands län", "7,8", "7,6", "8,0", "8,8"),
            ("Jönköpings län", "7,6", "7,4", "7,8", "8,4"), ("Kronobergs län", "7,5", "7,2", "7,5", "8,1"),
            ("Kalmar län", "8,3", "8,0", "8,4", "9,1"), ("Gotlands län", "8,9", "8,6", "8,9", "9,6"),
            ("Blekinge län", "8,6", "8,3", "8,8", "9,5"), ("Skåne län", "7,3", "7,2", "7,6", "8,2"),
            ("Hallands län", "7,1", "6,9", "7,2", "7,8"), ("Västra Götalands län", "7,9", "7,7", "8,1", "8,8"),
            ("Värmlands län", "9,6", "9,3", "9,6", "10,4"), ("Örebro län", "8,8", "8,5", "8,9", "9,7"),
            ("Västmanlands län", "8,2", "8,0", "8,4", "9,1"), ("Dalarnas län", "8,5", "8,2", "8,6", "9,3"),
            ("Gävleborgs län", "9,2", "8,9", "9,3", "10,1"), ("Västernorrlands län", "10,1", "9,8", "10,2", "11,0"),
            ("Jämtlands län", "10,4", "10,0", "10,3", "11,3"), ("Västerbottens län", "9,4", "9,0", "9,3", "10,0"),
            ("Norrbottens län", "9,9", "9,5", "9,8", "10,6"), ("Riket", "7,6", "7,4", "7,8", "8,5")]
    t = Table([["Län", "2010", "2011", "2012", "2013"]] + [list(r) for r in data],
              colWidths=[5.2 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm])
    t.setStyle(GRID)
    s.append(t)
    s.append(Spacer(1, 8))
    P("Källa: Försäkringskassans datalager Store, bearbetning av avdelningen för analys och prognos.")
    P("Jämtlands län hade det högsta SP-talet samtliga fyra år och Stockholms län det lägsta. Mellan 2011 och "
      "2013 ökade SP-talet i samtliga län. Ökningen var störst i Jämtlands län, 1,3 dagar, och minst i Hallands "
      "och Kronobergs län, 0,9 dagar. Skillnaden mellan länet med högst och länet med lägst SP-tal var 4,0 dagar "
      "2013, jämfört med 3,9 dagar 2010.")
    P("3.4 Möjliga förklaringar", h2)
    P("Skillnaderna mellan länen hänger delvis samman med ålderssammansättning, näringslivets struktur och "
      "andelen kvinnor i vård, skola och omsorg. Landstingens arbete med sjukskrivningsprocessen har också "
      "betydelse. Sedan 2006 får landstingen statlig ersättning genom överenskommelsen om en kvalitetssäker och "
      "effektiv sjukskrivningsprocess, den så kallade sjukskrivningsmiljarden, och sedan 2008 även genom "
      "rehabiliteringsgarantin.")
    P("Försäkringskassan kan med tillgängliga data inte belägga något samband mellan hur mycket ett landsting "
      "har utnyttjat rehabiliteringsgarantin och hur SP-talet har utvecklats i länet. Det beror bland annat på "
      "att garantins behandlingar inte registreras i Försäkringskassans system och att många patienter som får "
      "KBT eller multimodal rehabilitering inte är sjukskrivna när behandlingen inleds.")
    P("3.5 Slutsatser", h2)
    P("1. Sjukfrånvaron har ökat i hela landet sedan 2011, men nivån skiljer sig mycket mellan länen.<br/>"
      "2. De fyra nordligaste länen Jämtland, Västernorrland, Norrbotten och Västerbotten hade 2013 ett SP-tal "
      "på 10,0 dagar eller mer.<br/>"
      "3. Försäkringskassan kommer att följa utvecklingen per län kvartalsvis och redovisa en fördjupad analys "
      "av psykiatriska diagnoser i en rapport våren 2015.")
    P("Rapporten är skriven av Helena Bergström och Anders Thorén, analytiker vid avdelningen för analys och "
      "prognos. Kontaktperson: Helena Bergström, tfn 010-116 24 83.")
    doc.build(s)


def make_vasternorrland_decision() -> None:
    path = DOCS / "b72-vasternorrland-2017-beslut-fordelning-sjukskrivningsmedel.docx"
    d = Document()
    d.core_properties.title = "Fördelning av medel från sjukskrivningsöverenskommelsen 2017"
    d.core_properties.author = "Region Västernorrland"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Västernorrland\nHälso- och sjukvårdsnämnden")
    d.add_paragraph("PROTOKOLLSUTDRAG\nSammanträdesdatum: 2017-04-20\n§ 47\nDnr: HSN 2017/0188")
    d.add_heading("Fördelning av medel från överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- "
                  "och rehabiliteringsprocess 2017", level=1)
    d.add_heading("Beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsnämnden beslutar")
    for t in ["att fördela 2017 års medel från överenskommelsen enligt tabell 1, sammanlagt 30,4 miljoner kronor,",
              "att primärvården, psykiatrin och Försäkringsmedicinskt centrum ska redovisa hur medlen har "
              "använts senast den 15 november 2017,",
              "att medel som inte har använts vid årets slut återförs till nämndens reserv för sjukskrivnings- "
              "och rehabiliteringsprocessen, samt",
              "att ge hälso- och sjukvårdsdirektören i uppdrag att återkomma med förslag till fördelning för "
              "2018 senast i februari 2018."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Sammanfattning av ärendet", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) har tecknat en tvåårig överenskommelse för åren "
        "2017–2018 som omfattar totalt 2,88 miljarder kronor. Region Västernorrland kan för 2017 ta del av "
        "drygt trettio miljoner kronor, närmare bestämt 30,4 miljoner kronor. Av dessa avser 12,4 miljoner "
        "kronor rehabiliteringsinsatser (KBT, IPT och multimodal rehabilitering) och 18,0 miljoner kronor "
        "utvecklingsarbete inom villkoren för försäkringsmedicin, koordinering, elektroniskt "
        "informationsutbyte och psykisk ohälsa. Medlen fördelas mellan regionerna efter befolkningsandel.")
    d.add_paragraph(
        "För 2016 fick regionen 27,9 miljoner kronor av möjliga 28,3 miljoner kronor. Under 2016 rapporterade "
        "hälsocentralerna 612 avslutade KBT/IPT-behandlingar och 94 avslutade MMR1-insatser.")
    d.add_heading("Tabell 1. Fördelning av 2017 års medel (miljoner kronor)", level=3)
    rows = [("Verksamhetsområde", "Ändamål", "Belopp"),
            ("Primärvården", "Prestationsersättning för KBT/IPT och MMR1", "8,6"),
            ("Primärvården", "Rehabkoordinatorer på hälsocentralerna", "6,4"),
            ("Psykiatrin", "Rehabkoordinatorer i vuxenpsykiatrisk öppenvård", "2,2"),
            ("Psykiatrin", "KBT/IPT-behandlare i vuxenpsykiatrin", "2,8"),
            ("Specialiserad smärtrehabilitering", "MMR2 vid Sundsvalls sjukhus", "3,0"),
            ("Försäkringsmedicin", "FMC: utbildning och handledning i försäkringsmedicin", "3,7"),
            ("Hälso- och sjukvårdsförvaltningen", "Processledning, IT-stöd och elektroniskt informationsutbyte", "2,1"),
            ("Reserv", "Oförutsedda insatser", "1,6"),
            ("Summa", "", "30,4")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Primärvården", level=2)
    d.add_paragraph(
        "Hälsocentralerna ersätts med 10 000 kronor per avslutad KBT- eller IPT-behandling och 20 000 kronor "
        "per avslutad MMR1-insats. Beloppet i tabell 1 är preliminärt och justeras mot det faktiska antalet "
        "rapporterade behandlingar. Medlen för rehabkoordinatorer fördelas efter antalet listade invånare. "
        "Varje hälsocentral ska ha en rehabkoordinator med minst 40 procents tjänstgöringsgrad; hälsocentraler "
        "med fler än 10 000 listade ska ha minst 80 procent.")
    d.add_heading("Psykiatrin", level=2)
    d.add_paragraph(
        "Vuxenpsykiatrin i Sundsvall, Härnösand och Örnsköldsvik ska ha en rehabkoordinator vid varje "
        "öppenvårdsmottagning. Medlen för KBT/IPT-behandlare används för att korta väntetiden till psykologisk "
        "behandling, som i februari 2017 var i genomsnitt 14 veckor.")
    d.add_heading("Försäkringsmedicin", level=2)
    d.add_paragraph(
        "Försäkringsmedicinskt centrum (FMC) inrättades 2015 vid Sundsvalls sjukhus och ansvarar för regionens "
        "kompetenssatsning i försäkringsmedicin. Under 2017 ska FMC ge grundutbildning i försäkringsmedicin till "
        "minst 120 läkare och erbjuda handledning i sjukintygsskrivande till samtliga hälsocentraler. Enligt "
        "villkoret ska minst 70 procent av de läkare som utfärdar sjukintyg ha genomgått utbildningen.")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse från hälso- och sjukvårdsförvaltningen 2017-03-29")
    d.add_paragraph("Överenskommelse mellan staten och SKL om en kvalitetssäker och effektiv sjukskrivnings- och "
                    "rehabiliteringsprocess 2017–2018")
    d.add_heading("Handläggare", level=2)
    d.add_paragraph("Johan Sundqvist, strateg sjukskrivnings- och rehabiliteringsprocessen, tfn 060-18 52 64")
    d.add_paragraph("Vid protokollet\nTherese Nordin, sekreterare")
    d.add_paragraph("Ordförande\nAnna-Karin Hellgren (S)")
    d.add_paragraph("Justerare\nPer Lindberg (M)")
    d.add_paragraph("Protokollsutdrag till: Primärvården, Psykiatrin, FMC, Ekonomistaben")
    d.save(str(path))


if __name__ == "__main__":
    make_skl_circular()
    make_fk_report()
    make_vasternorrland_decision()
