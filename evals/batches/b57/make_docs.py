"""Generates the PDF and DOCX test documents of batch b57 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def table(rows, widths):
    t = Table(rows, colWidths=[w * cm for w in widths])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    return t


def make_pdf() -> None:
    path = DOCS / "b57-vastmanland-2011-uppfoljning-rehabiliteringsgarantin-2010.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Uppföljning av rehabiliteringsgarantin 2010",
                            author="Landstinget Västmanland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Landstinget Västmanland<br/>Hälso- och sjukvårdsförvaltningen, Staben för uppföljning och analys")
    P("RAPPORT<br/>Datum: 2011-03-16<br/>Diarienummer: LTV 11/0417<br/>"
      "Till: Landstingsstyrelsens beredning för hälso- och sjukvård")
    P("Uppföljning av rehabiliteringsgarantin 2010 – genomförda behandlingar och erhållen ersättning", h1)
    P("Sammanfattning", h2)
    P("Under 2010 rapporterade Landstinget Västmanland 2 156 avslutade behandlingar inom "
      "rehabiliteringsgarantin till Försäkringskassan. Landstinget fick sammanlagt 28 440 000 kronor för "
      "behandlingarna, vilket motsvarar 91 procent av de 31,2 miljoner kronor som landstinget högst kunde få. "
      "Jämfört med 2009, då ersättningen uppgick till 17,7 miljoner kronor, ökade intäkterna med drygt tio "
      "miljoner kronor.")
    P("1. Bakgrund", h2)
    P("Rehabiliteringsgarantin bygger på en årlig överenskommelse mellan regeringen och Sveriges Kommuner och "
      "Landsting (SKL) och har funnits sedan 2008. Garantin omfattar kvinnor och män i åldern 16–67 år med "
      "lindrig eller medelsvår psykisk ohälsa eller långvarig smärta i rygg, nacke och axlar. I rapporten "
      "används följande förkortningar: KBT (kognitiv beteendeterapi), IPT (interpersonell psykoterapi), "
      "MMR1 (multimodal rehabilitering i primärvården) och MMR2 (multimodal rehabilitering i den "
      "specialiserade vården, i Västmanland vid Smärtcentrum, Västmanlands sjukhus Västerås).")
    P("Enligt 2010 års överenskommelse ersattes landstingen med 12 000 kronor per avslutad KBT- eller "
      "IPT-behandling, 20 000 kronor per avslutad MMR1-serie och 40 000 kronor per avslutad MMR2-serie. "
      "Behandlingarna rapporteras kvartalsvis och Försäkringskassan betalar ut ersättningen i efterhand.")
    P("2. Genomförda behandlingar och ersättning per kvartal", h2)
    P("Tabell 1. Avslutade behandlingar och erhållen ersättning per kvartal 2010")
    s.append(table([["Kvartal", "KBT/IPT", "MMR1", "MMR2", "Erhållen ersättning (kr)", "Rapporterat"],
                    ["Kvartal 1", "412", "38", "9", "6 064 000", "2010-04-30"],
                    ["Kvartal 2", "538", "46", "12", "7 856 000", "2010-07-30"],
                    ["Kvartal 3", "301", "29", "7", "4 472 000", "2010-10-29"],
                    ["Kvartal 4", "689", "61", "14", "10 048 000", "2011-01-31"],
                    ["Summa 2010", "1 940", "174", "42", "28 440 000", ""]],
                   [2.4, 1.8, 1.6, 1.6, 3.8, 2.6]))
    s.append(Spacer(1, 8))
    P("Det tredje kvartalet var som väntat svagast på grund av sommaruppehållet i gruppbehandlingarna. Under "
      "det fjärde kvartalet slutfördes många behandlingar som påbörjats under hösten, och kvartalet stod för "
      "drygt en tredjedel av årets ersättning.")
    P("Tabell 2. Avslutade KBT/IPT-behandlingar 2010 per vårdgivare")
    s.append(table([["Vårdgivare", "Antal KBT/IPT", "Andel"],
                    ["Vårdcentraler i landstingets regi", "1 122", "58 %"],
                    ["Privata vårdcentraler (vårdval)", "256", "13 %"],
                    ["Psykiatrisk öppenvård", "562", "29 %"],
                    ["Summa", "1 940", "100 %"]],
                   [7.0, 3.2, 2.4]))
    s.append(Spacer(1, 8))
    P("Kvinnor stod för 74 procent av samtliga avslutade behandlingar. Medianåldern bland patienterna i KBT "
      "var 41 år.")
    P("3. Hur ersättningen har använts", h2)
    P("Landstinget för vidare en del av statsbidraget till de enheter som utför behandlingarna. Under 2010 "
      "fick vårdcentralerna 7 000 kronor per avslutad KBT/IPT-behandling och 12 000 kronor per avslutad "
      "MMR1-serie. Resterande medel har använts centralt, bland annat till grundutbildning i KBT för 24 "
      "medarbetare inom primärvården och till en halvtidstjänst som samordnare för rehabiliteringsgarantin.")
    P("4. Slutsatser och fortsatt arbete", h2)
    P("1. Volymerna av KBT/IPT har ökat kraftigt, men MMR2 ligger fortfarande under den planerade nivån om 60 "
      "serier per år.")
    P("2. Rapporteringen behöver bli jämnare över året så att landstinget inte förlorar ersättning vid "
      "årsskiftet.")
    P("3. I 2011 års överenskommelse höjs ersättningen för MMR1 till 25 000 kronor och för MMR2 till 45 000 "
      "kronor per serie, medan ersättningen för KBT/IPT är oförändrad.")
    P("4. Målet för 2011 är 2 400 avslutade behandlingar inom garantin.")
    P("Västerås den 16 mars 2011<br/><br/>Eva Lindmark<br/>Hälso- och sjukvårdsdirektör<br/><br/>"
      "Johan Berggren<br/>Controller, Staben för uppföljning och analys")
    P("Kontakt: Johan Berggren, tfn 021-17 43 52, johan.berggren@ltv.se. Samordnare för "
      "rehabiliteringsgarantin: Maria Sundin, tfn 021-17 46 10.")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b57-orebro-2020-uppdragsbeskrivning-mmr1-vardcentraler.docx"
    d = Document()
    d.core_properties.title = "Uppdragsbeskrivning MMR1 vid vårdcentral 2020"
    d.core_properties.author = "Region Örebro län"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Örebro län\nOmråde hälsoval och primärvård, Hälsovalsenheten")
    d.add_paragraph("Uppdragsbeskrivning – bilaga 7 till Regelbok för Hälsoval Örebro län 2020\n"
                    "Diarienummer: 19RS8214\nFastställd av hälso- och sjukvårdsnämnden den 27 november 2019\n"
                    "Giltighetstid: 2020-01-01 – 2020-12-31")
    d.add_heading("Uppdragsbeskrivning: Multimodal rehabilitering nivå 1 (MMR1) vid vårdcentral 2020", level=1)
    d.add_heading("1. Bakgrund och syfte", level=2)
    d.add_paragraph(
        "Region Örebro län har sedan rehabiliteringsgarantins tid erbjudit multimodal rehabilitering i "
        "primärvården. Sedan den statliga ersättningen upphörde finansieras verksamheten helt inom "
        "hälsovalet. Syftet med uppdraget är att patienter med långvarig smärta ska få en samordnad, "
        "teambaserad rehabilitering som förbättrar funktion och livskvalitet och underlättar återgång i "
        "arbete.")
    d.add_heading("2. Definitioner", level=2)
    d.add_paragraph(
        "MMR1 är en teambaserad rehabilitering i primärvården där minst tre professioner arbetar mot "
        "gemensamma mål under sex till tio veckor och där patienten får minst 20 timmars insatser.")
    d.add_paragraph(
        "En avslutad behandlingsserie är en serie där patienten har deltagit i minst 80 procent av de "
        "planerade tillfällena och där teamet har dokumenterat en slutbedömning.")
    d.add_paragraph(
        "Teambedömning är en gemensam bedömning av minst läkare, fysioterapeut och psykolog eller kurator "
        "som avgör om patienten ska erbjudas MMR1.")
    d.add_heading("3. Patientkriterier", level=2)
    d.add_paragraph("För att erbjudas MMR1 ska patienten uppfylla samtliga följande kriterier:")
    for t in ["Patienten är 18–67 år.",
              "Patienten har haft smärta i rörelseorganen, till exempel i nacke, skuldror eller rygg, i minst "
              "tre månader, eller har fibromyalgi.",
              "Smärtan medför nedsatt funktion eller arbetsförmåga, eller risk för sjukskrivning.",
              "Patienten är motiverad att delta och kan tillgodogöra sig gruppbehandling.",
              "En teambedömning har genomförts och dokumenterats."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(
        "MMR1 erbjuds inte till patienter med pågående utredning av specifik smärtorsak, svår psykisk "
        "sjukdom eller aktivt missbruk. Patienter med mer komplex problematik remitteras till MMR2 vid "
        "Smärt- och rehabiliteringscentrum, Universitetssjukhuset Örebro.")
    d.add_heading("4. Bemanning och organisation", level=2)
    d.add_paragraph(
        "Teamet ska bestå av minst läkare, fysioterapeut och psykolog eller kurator. Arbetsterapeut bör ingå. "
        "Vårdcentralens rehabkoordinator ska vara knuten till teamet när patienten är sjukskriven eller "
        "riskerar sjukskrivning. Vårdcentralen utser en teamansvarig.")
    d.add_paragraph(
        "En vårdcentral som saknar eget team får samverka med andra vårdcentraler i ett samverkansteam. Högst "
        "tre vårdcentraler får dela ett samverkansteam, och avtal om samverkan ska lämnas till "
        "Hälsovalsenheten senast den 31 januari 2020.")
    d.add_paragraph(
        "Fysioterapeuten i teamet ska ha genomgått regionens utbildning i beteendemedicinsk "
        "smärtbehandling. Teamets medarbetare ska tillsammans avsätta minst 40 procent av en heltid till "
        "MMR1.")
    d.add_heading("5. Ersättning", level=2)
    d.add_paragraph("Ersättningen för 2020 är följande:")
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in [("Ersättningsgrund", "2019", "2020"),
              ("Avslutad behandlingsserie MMR1", "24 000 kr", "26 500 kr"),
              ("Avbruten serie, minst hälften genomförd", "12 000 kr", "13 250 kr"),
              ("Teambedömning utan påföljande serie", "3 000 kr", "3 200 kr")]:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Ersättning lämnas för högst 40 behandlingsserier per vårdcentral och år. Ersättningen betalas ut "
        "månadsvis i efterhand tillsammans med övrig hälsovalsersättning.")
    d.add_heading("6. Rapportering och uppföljning", level=2)
    for t in ["Varje patient registreras i Nationellt register över smärtrehabilitering (NRS), "
              "primärvårdsdelen, med enkäter före behandlingen, efter behandlingen och vid ettårsuppföljning.",
              "Genomförda serier rapporteras med KVÅ-kod i vårdinformationssystemet senast den tionde "
              "vardagen i månaden efter att serien avslutats.",
              "Om täckningsgraden i NRS understiger 80 procent för helåret görs ett avdrag med 10 procent på "
              "årets MMR1-ersättning.",
              "Vårdcentralen lämnar en årlig verksamhetsredovisning för MMR1 senast den 15 februari 2021."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(
        "Hälsovalsenheten följer upp uppdraget med indikatorerna antal avslutade serier per 10 000 listade, "
        "andel patienter i arbete ett år efter avslutad serie och täckningsgrad i NRS.")
    d.add_heading("7. Kontakt", level=2)
    d.add_paragraph("Anneli Sjögren, hälsovalschef, tfn 019-602 10 00\n"
                    "Mats Ekholm, verksamhetsutvecklare rehabilitering, tfn 019-602 47 85, "
                    "mats.ekholm@regionorebrolan.se")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
