"""Generates the PDF and DOCX test documents of batch b63 (reportlab + python-docx)."""
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
    path = DOCS / "b63-norrbotten-2013-arsredovisning-rehabiliteringsgarantin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Årsredovisning 2013, avsnitt 5.4 Rehabiliteringsgarantin",
                            author="Norrbottens läns landsting", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Norrbottens läns landsting")
    P("Årsredovisning 2013 – utdrag ur förvaltningsberättelsen")
    P("Diarienummer: 1204-13<br/>Fastställd av landstingsstyrelsen 2014-03-26, § 58<br/>"
      "Godkänd av landstingsfullmäktige 2014-04-23, § 39")
    P("5.4 Rehabiliteringsgarantin", h1)
    P("Rehabiliteringsgarantin bygger på en årlig överenskommelse mellan staten och Sveriges Kommuner och "
      "Landsting (SKL). Landstinget får statlig ersättning för avslutade behandlingar med kognitiv "
      "beteendeterapi (KBT) och interpersonell psykoterapi (IPT) vid lindrig till medelsvår ångest, depression "
      "och stress samt för multimodal rehabilitering (MMR) vid långvarig smärta i rygg, nacke och axlar. "
      "Behandlingen ges till kvinnor och män i åldern 16–67 år efter en medicinsk bedömning.")
    P("I Norrbotten ges KBT och IPT vid länets 31 hälsocentraler. MMR1 ges av rehabteam vid sju hälsocentraler "
      "(Hertsön, Öjebyn, Sävast, Kiruna, Gällivare, Kalix och Älvsbyn) och MMR2 av rehabiliteringsmedicin vid "
      "Sunderby sjukhus.")
    P("Mål för 2013", h2)
    P("Enligt landstingets verksamhetsplan skulle minst 1 800 behandlingar inom garantin avslutas under 2013, "
      "varav minst 350 behandlingsserier med MMR.")
    P("Resultat", h2)
    P("Under 2013 avslutades och rapporterades 1 910 behandlingar inom garantin. Det är 208 fler än 2012, då "
      "1 702 behandlingar rapporterades, en ökning med drygt tolv procent. Målet om 1 800 behandlingar nåddes. "
      "Målet för MMR nåddes däremot inte: hälsocentralerna avslutade 214 MMR1-serier och rehabiliteringsmedicin "
      "vid Sunderby sjukhus 96 MMR2-serier, sammanlagt 310.")
    P("Sju av tio patienter (70 procent) var kvinnor.")
    P("Tabell 1. Avslutade behandlingar 2013 per hälsocentral (de tio hälsocentraler som rapporterade flest)", h2)
    rows = [["Hälsocentral", "KBT", "IPT", "MMR1", "Summa", "Andel kvinnor, %"],
            ["Hertsön (Luleå)", "142", "11", "38", "191", "71"],
            ["Örnäset (Luleå)", "118", "6", "0", "124", "68"],
            ["Gültzauudden (Luleå)", "97", "4", "0", "101", "74"],
            ["Öjebyn (Piteå)", "131", "9", "41", "181", "70"],
            ["Pitholm (Piteå)", "88", "3", "0", "91", "66"],
            ["Sävast (Boden)", "104", "7", "29", "140", "73"],
            ["Kiruna", "126", "5", "33", "164", "69"],
            ["Gällivare", "93", "2", "27", "122", "72"],
            ["Kalix", "79", "4", "24", "107", "75"],
            ["Haparanda", "41", "0", "0", "41", "63"],
            ["Övriga 21 hälsocentraler", "512", "18", "22", "552", "70"],
            ["Totalt", "1 531", "69", "214", "1 814", "70"]]
    s.append(_table(rows, [5.2, 1.6, 1.6, 1.6, 1.8, 3.0]))
    s.append(Spacer(1, 6))
    P("MMR2 vid Sunderby sjukhus (96 behandlingsserier) ingår inte i tabellen. Bland övriga hälsocentraler "
      "är det endast Älvsbyn som ger MMR1.")
    P("Antalet behandlingar per 1 000 listade invånare varierade kraftigt, från 4,1 vid Haparanda hälsocentral "
      "till 13,6 vid Hertsöns hälsocentral. Skillnaderna förklaras främst av tillgången på psykologer och "
      "terapeuter. Haparanda hälsocentral saknade psykolog under större delen av året.")
    P("Ersättning och ekonomi", h2)
    P("Tabell 2. Ersättning per avslutad behandling 2013 (kronor)", h2)
    s.append(_table([["Insats", "Statlig ersättning till landstinget", "Intern ersättning till utföraren"],
                     ["KBT/IPT", "12 000", "6 000"],
                     ["MMR1", "25 000", "15 000"],
                     ["MMR2", "45 000", "30 000"]], [3.5, 6.0, 6.0]))
    s.append(Spacer(1, 6))
    P("De rapporterade behandlingarna gav en statlig ersättning på 28,9 miljoner kronor (2012: 24,6 miljoner "
      "kronor). Av detta fördelades 15,7 miljoner kronor till hälsocentralerna och rehabiliteringsmedicin enligt "
      "den interna ersättningsmodellen. Resterande 13,2 miljoner kronor användes för länsgemensamma insatser: "
      "utbildning i KBT och IPT, handledning, en länssamordnare och förberedelser för internetbaserad KBT. "
      "Av de länsgemensamma medlen återstod 2,1 miljoner kronor vid årets slut. De förs över till 2014.")
    P("Kompetens", h2)
    P("Antalet medarbetare i primärvården med grundläggande psykoterapiutbildning (steg 1) eller motsvarande "
      "KBT-utbildning ökade från 64 vid utgången av 2012 till 81 vid utgången av 2013.")
    P("Sjukskrivning", h2)
    P("Sjukpenningtalet i Norrbotten var 10,4 dagar i december 2013, jämfört med 9,9 dagar ett år tidigare. "
      "För riket som helhet var sjukpenningtalet 8,6 dagar i december 2013.")
    P("Framåtblick", h2)
    P("Överenskommelsen för 2014 har en lägre nationell ram, 750 miljoner kronor, och ställer krav på "
      "anslutning till kvalitetsregister. Landstinget planerar att införa internetbaserad KBT vid minst "
      "tio hälsocentraler under hösten 2014.")
    P("Kontakt: Maria Kero, länssamordnare för rehabiliteringsgarantin, Hälso- och sjukvårdsavdelningen, "
      "tfn 0920-28 42 16")
    P("Anders Lundmark<br/>Landstingsdirektör")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b63-socialstyrelsen-2017-pm-kunskapsstod-depression-angest-primarvard.docx"
    d = Document()
    d.core_properties.title = "PM: Kunskapsstöd för primärvården vid depression och ångestsyndrom"
    d.core_properties.author = "Socialstyrelsen"
    d.add_paragraph(MARK)
    d.add_paragraph("Socialstyrelsen\nAvdelningen för kunskapsstyrning för hälso- och sjukvården\n"
                    "Enheten för kunskapsstöd")
    d.add_paragraph("PM\nDatum: 2017-09-14\nDnr: 4.1-31877/2017\n"
                    "Till: Eva Wallin Sörensen, avdelningschef\nFrån: Johanna Ekholm, utredare")
    d.add_heading("Kunskapsstöd för primärvården vid depression och ångestsyndrom – förslag till "
                  "projektupplägg, tidplan och budget", level=1)
    d.add_heading("1. Sammanfattning", level=2)
    d.add_paragraph(
        "Socialstyrelsen har fått i uppdrag av regeringen (S2017/03412/FS) att ta fram ett kunskapsstöd som "
        "hjälper primärvården att tillämpa de nationella riktlinjerna för vård vid depression och ångestsyndrom. "
        "I denna PM föreslås ett projekt som pågår från oktober 2017 till december 2018 med en budget på "
        "4,5 miljoner kronor. Kunskapsstödet planeras att publiceras den 15 oktober 2018.")
    d.add_heading("2. Bakgrund", level=2)
    d.add_paragraph(
        "De nationella riktlinjerna för vård vid depression och ångestsyndrom publicerades i april 2017. "
        "Uppskattningsvis 80 procent av patienterna med depression eller ångestsyndrom behandlas i primärvården. "
        "Psykisk ohälsa är i dag den vanligaste orsaken till sjukskrivning, och psykiatriska diagnoser svarar "
        "för drygt 45 procent av de pågående sjukfallen.")
    d.add_paragraph(
        "Våren 2017 skickade Socialstyrelsen en enkät till 1 150 vårdcentraler, varav 812 svarade. Av dem som "
        "svarade uppgav 58 procent att de kunde erbjuda KBT inom 30 dagar, och 23 procent att de regelbundet "
        "använde strukturerad diagnostisk intervju, till exempel MINI.")
    d.add_heading("3. Begrepp", level=2)
    d.add_paragraph(
        "Stegvis vård: en organisation där patienten först erbjuds den minst ingripande insats som bedöms vara "
        "effektiv, och där behandlingen intensifieras om patienten inte har förbättrats vid uppföljningen.")
    d.add_paragraph(
        "Psykologisk behandling: i denna PM KBT, interpersonell psykoterapi (IPT), internetförmedlad KBT (iKBT) "
        "och psykodynamisk korttidsterapi (PDT).")
    d.add_heading("4. Kunskapsstödets innehåll", level=2)
    for t in ["Bedömning och diagnostik med strukturerad intervju och skattningsskalorna PHQ-9 och GAD-7.",
              "Stegvis vård på vårdcentralen: vem gör vad och när behandlingen ska intensifieras.",
              "Psykologisk behandling, med särskilt fokus på iKBT för patienter med lång resväg.",
              "Läkemedelsbehandling och uppföljning av den.",
              "Sjukskrivning och återgång i arbete, inklusive samarbete med rehabkoordinatorn.",
              "Uppföljning med fem indikatorer som vårdcentralen själv kan ta fram ur journalen."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(
        "Målgruppen är hela vårdcentralens team: läkare, psykologer, kuratorer, sjuksköterskor, "
        "rehabkoordinatorer och verksamhetschefer.")
    d.add_heading("5. Organisation", level=2)
    rows = [("Roll", "Namn", "Organisation"),
            ("Projektledare", "Johanna Ekholm, utredare", "Socialstyrelsen"),
            ("Medicinskt sakkunnig", "Per Lindqvist, specialist i allmänmedicin", "Region Jönköpings län"),
            ("Psykologisk sakkunnig", "Sara Nordin, leg. psykolog och leg. psykoterapeut", "Landstinget i Värmland"),
            ("Kommunikatör", "Linnea Bergman", "Socialstyrelsen")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "En referensgrupp med företrädare för sex organisationer knyts till projektet: SKL, Svensk förening för "
        "allmänmedicin (SFAM), Sveriges Psykologförbund, Distriktssköterskeföreningen, Försäkringskassan och "
        "Riksförbundet för social och mental hälsa (RSMH).")
    d.add_heading("6. Tidplan", level=2)
    rows = [("Aktivitet", "Tidpunkt"),
            ("Projektstart", "2 oktober 2017"),
            ("Första mötet med referensgruppen", "8 november 2017"),
            ("Utkast till kunskapsstöd klart", "30 mars 2018"),
            ("Pilottest vid sex vårdcentraler", "april–juni 2018"),
            ("Remiss till landsting och regioner", "20 augusti–21 september 2018"),
            ("Publicering", "15 oktober 2018"),
            ("Slutredovisning till Socialdepartementet", "14 december 2018")]
    tab = d.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Pilottestet genomförs vid två vårdcentraler vardera i Region Jönköpings län, Landstinget i Värmland och "
        "Region Skåne.")
    d.add_heading("7. Budget", level=2)
    rows = [("Post (miljoner kronor)", "2017", "2018", "Totalt"),
            ("Personal, internt", "0,7", "1,9", "2,6"),
            ("Externa sakkunniga", "0,3", "0,6", "0,9"),
            ("Pilottest", "0", "0,6", "0,6"),
            ("Produktion och spridning", "0,2", "0,2", "0,4"),
            ("Summa", "1,2", "3,3", "4,5")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("8. Samordning med andra insatser", level=2)
    d.add_paragraph(
        "Kunskapsstödet samordnas med SKL:s arbete inom överenskommelsen om en kvalitetssäker och effektiv "
        "sjukskrivnings- och rehabiliteringsprocess 2017–2018, där 500 miljoner kronor per år avsätts för "
        "rehabiliteringsinsatser vid lindrig och medelsvår psykisk ohälsa och långvarig smärta. Avsnittet om "
        "sjukskrivning stäms av med det försäkringsmedicinska beslutsstödet.")
    d.add_heading("9. Förslag till beslut", level=2)
    for t in ["att projektet genomförs enligt denna PM,",
              "att 1,2 miljoner kronor för 2017 avsätts inom avdelningens ram,",
              "att Johanna Ekholm utses till projektledare."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Beslut: Enligt förslaget.\nStockholm den 21 september 2017\n\nEva Wallin Sörensen\n"
                    "Avdelningschef\n\nFöredragande: Johanna Ekholm")
    d.add_paragraph("Kontakt: Johanna Ekholm, tfn 075-247 30 00, johanna.ekholm@socialstyrelsen.se")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
