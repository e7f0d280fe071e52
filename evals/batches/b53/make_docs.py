"""Generates the PDF and DOCX test documents of batch b53 (reportlab + python-docx)."""
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
    path = DOCS / "b53-gotland-2016-arsrapport-psykologisk-behandling-primarvard.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Psykologisk behandling i primärvården – årsrapport 2016",
                            author="Region Gotland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Gotland<br/>Hälso- och sjukvårdsförvaltningen<br/>Primärvården")
    P("Rapport<br/>Datum: 2017-02-20<br/>Diarienummer: HSN 2017/87")
    P("Psykologisk behandling i primärvården – årsrapport 2016", h1)
    P("Sammanfattning", h2)
    P("Under 2016 avslutades 714 behandlingar med kognitiv beteendeterapi (KBT) och 58 behandlingar med "
      "interpersonell psykoterapi (IPT) vid Region Gotlands sju hälsocentraler. Det är fler än året innan, då "
      "652 KBT-behandlingar och 44 IPT-behandlingar avslutades. Väntetiden till behandling har kortats i "
      "länet som helhet, från 44 dagar i median 2015 till 38 dagar 2016, men målet att nio av tio patienter "
      "ska påbörja behandling inom 30 dagar nåddes inte.")
    P("1. Bakgrund", h2)
    P("Region Gotland har sedan 2009 erbjudit KBT och IPT i primärvården till kvinnor och män med lindrig eller "
      "medelsvår depression, ångest eller stressrelaterad ohälsa, först inom rehabiliteringsgarantin och från "
      "2016 inom den nationella överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- och "
      "rehabiliteringsprocess. Hälso- och sjukvårdsnämnden har begärt en årlig rapport om volymer, väntetider "
      "och resultat per hälsocentral. Denna rapport omfattar åren 2015 och 2016.")
    P("2. Begrepp", h2)
    P("Avslutad behandling: en behandling om minst fyra behandlingssamtal där behandlaren har dokumenterat "
      "ett avslut i journalen. Avbrutna behandlingar räknas inte.")
    P("Väntetid: antal dagar från bedömningssamtalet hos psykolog eller psykoterapeut till det första "
      "behandlingssamtalet. Väntetiden redovisas som median per hälsocentral.")
    P("Måluppfyllelse: andel patienter som påbörjat behandling inom 30 dagar räknat på samma sätt som väntetiden.")
    P("3. Volymer och väntetider per hälsocentral", h2)
    P("Tabell 1. Avslutade behandlingar och väntetid (median, dagar) per hälsocentral 2015 och 2016", h2)
    rows = [["Hälsocentral", "KBT 2015", "KBT 2016", "IPT 2015", "IPT 2016", "Väntetid 2015", "Väntetid 2016"],
            ["Visby norr", "212", "238", "18", "24", "41", "34"],
            ["Visby söder", "176", "169", "12", "15", "38", "45"],
            ["Hemse", "94", "107", "6", "9", "52", "40"],
            ["Slite", "61", "73", "3", "5", "47", "36"],
            ["Roma", "48", "55", "4", "2", "33", "29"],
            ["Klintehamn", "39", "44", "0", "3", "58", "49"],
            ["Fårösund", "22", "28", "1", "0", "61", "55"],
            ["Totalt", "652", "714", "44", "58", "44", "38"]]
    t = Table(rows, colWidths=[3.2 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 2.3 * cm, 2.3 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Visby söder är den enda hälsocentral där väntetiden blev längre 2016, vilket förklaras av att en av "
      "två psykologtjänster var vakant mellan mars och augusti. Fårösund har den längsta väntetiden båda åren.")
    P("4. Måluppfyllelse och resultat", h2)
    P("Andelen patienter som påbörjade behandling inom 30 dagar ökade från 49 procent 2015 till 58 procent "
      "2016. Målet är 90 procent.")
    P("Av de patienter som avslutade KBT eller IPT 2016 var 71 procent kvinnor. 64 procent av patienterna med "
      "depression hade förbättrats med minst fem poäng på skattningsskalan PHQ-9 vid avslut.")
    P("Internetbaserad KBT infördes i september 2016 via den nationella plattformen Stöd och behandling. "
      "Fram till årsskiftet hade 31 patienter påbörjat internetbehandling; de ingår inte i tabell 1.")
    P("5. Resurser och ekonomi", h2)
    P("Primärvården hade 13 tjänster som psykolog eller psykoterapeut vid utgången av 2016, jämfört med "
      "11,5 tjänster ett år tidigare. Det statliga bidraget för behandlingarna uppgick 2016 till drygt fyra "
      "miljoner kronor (4,1 mnkr), att jämföra med 4,6 mnkr för 2015.")
    P("6. Förslag till fortsatt arbete", h2)
    P("1. Vakanser på psykologtjänster ska täckas med hyrpersonal eller internetbehandling inom fyra veckor.<br/>"
      "2. Fårösund och Klintehamn får från 2017 gemensam psykologresurs två dagar i veckan.<br/>"
      "3. Nästa årsrapport lämnas till hälso- och sjukvårdsnämnden senast den 28 februari 2018.")
    P("Kontakt", h2)
    P("Johan Lindqvist, utvecklingsledare psykisk hälsa, tfn 0498-26 93 40<br/>"
      "Maria Ekström, controller, tfn 0498-26 91 12")
    P("Anna-Karin Wahlström<br/>Verksamhetschef, Primärvården Region Gotland")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b53-vastmanland-2019-vagledning-arbetsgivarens-rehabiliteringsansvar.docx"
    d = Document()
    d.core_properties.title = "Vägledning för chefer: arbetsgivarens rehabiliteringsansvar"
    d.core_properties.author = "Företagshälsan, Region Västmanland"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Västmanland\nFöretagshälsan och HR-avdelningen")
    d.add_paragraph("Vägledning\nDatum: 2019-03-15\nDiarienummer: RV190412\nVersion: 2.0 (ersätter version 1.3 från 2016)")
    d.add_heading("Vägledning för chefer: arbetsgivarens rehabiliteringsansvar och plan för återgång i arbete", level=1)
    d.add_heading("1. Inledning", level=2)
    d.add_paragraph(
        "Den här vägledningen riktar sig till chefer i Region Västmanland och beskriver vad arbetsgivaren ska göra "
        "när en medarbetare är sjuk eller riskerar att bli sjukskriven. Sedan den 1 juli 2018 ska arbetsgivaren "
        "upprätta en plan för återgång i arbete senast den dag medarbetaren har varit sjuk i 30 dagar, om det kan "
        "antas att medarbetaren kommer att vara helt eller delvis borta från arbetet under minst 60 dagar. "
        "Vägledningen ersätter version 1.3 från 2016.")
    d.add_heading("2. Vem ansvarar för vad?", level=2)
    for t in ["Arbetsgivaren (chefen) ansvarar för arbetsanpassning och arbetslivsinriktad rehabilitering på "
              "arbetsplatsen och för planen för återgång i arbete.",
              "Försäkringskassan samordnar och tillsynar rehabiliteringen och bedömer rätten till sjukpenning.",
              "Hälso- och sjukvården ansvarar för medicinsk behandling och rehabilitering och utfärdar läkarintyg.",
              "Medarbetaren ska medverka i sin rehabilitering och lämna de uppgifter som behövs.",
              "Företagshälsan stödjer chefen med utredning, arbetsförmågebedömning och deltagande i möten."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3. Tidslinje vid sjukfrånvaro", level=2)
    rows = [("Tidpunkt", "Vad händer", "Ansvarig"),
            ("Dag 1", "Medarbetaren sjukanmäler sig till chefen", "Medarbetaren"),
            ("Dag 8", "Läkarintyg krävs från och med dag 8", "Medarbetaren"),
            ("Dag 15", "Sjukanmälan till Försäkringskassan senast sju dagar efter sjuklöneperioden", "Chefen (via HR-systemet)"),
            ("Dag 30", "Plan för återgång i arbete ska vara upprättad om frånvaron väntas bli minst 60 dagar", "Chefen"),
            ("Dag 90", "Arbetsförmågan prövas mot andra arbetsuppgifter hos arbetsgivaren", "Försäkringskassan"),
            ("Dag 180", "Arbetsförmågan prövas mot normalt förekommande arbete", "Försäkringskassan"),
            ("Dag 365", "Fortsatt rätt till sjukpenning prövas", "Försäkringskassan")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Utöver lagens tidsgränser gäller i Region Västmanland att chefen ska kalla till ett rehabsamtal när en "
        "medarbetare har haft sex sjukfrånvarotillfällen under en tolvmånadersperiod, eller när frånvaron har "
        "pågått i 14 dagar i följd.")
    d.add_heading("4. Planen för återgång i arbete", level=2)
    d.add_paragraph("Planen upprättas i samråd med medarbetaren och dokumenteras i HR-systemet Adato. Den ska innehålla:")
    for t in ["medarbetarens ordinarie arbetsuppgifter och arbetstid,",
              "vilka arbetsuppgifter medarbetaren kan utföra under sjukskrivningen,",
              "åtgärder som behövs för återgång, till exempel anpassade arbetsuppgifter, arbetshjälpmedel eller "
              "arbetsträning,",
              "vem som ansvarar för varje åtgärd och när den ska vara genomförd,",
              "när planen ska följas upp, minst var fjärde vecka,",
              "en beräknad tidpunkt för återgång i arbete."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(
        "Om det inte går att upprätta en plan, till exempel för att medarbetaren är allvarligt sjuk, ska chefen "
        "dokumentera skälet. Planen är inte en ansökan om rehabiliteringsersättning och skickas inte in till "
        "Försäkringskassan, men Försäkringskassan kan begära att få ta del av den.")
    d.add_heading("5. Företagshälsans tjänster och priser 2019", level=2)
    rows2 = [("Tjänst", "Pris (kr, exkl. moms)"),
             ("Rehabmöte eller avstämningsmöte, per timme", "1 450"),
             ("Arbetsförmågebedömning", "7 800"),
             ("Arbetslivsinriktad rehabiliteringsutredning", "12 400"),
             ("Ergonomisk arbetsplatsbedömning", "3 900")]
    tab2 = d.add_table(rows=0, cols=2)
    tab2.style = "Table Grid"
    for r in rows2:
        cells = tab2.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Förvaltningarna kan söka bidrag ur regionens centrala rehabiliteringsfond för arbetsträning och "
        "arbetshjälpmedel, högst 30 000 kronor per medarbetare och år. Fonden uppgår 2019 till 2,5 miljoner kronor.")
    d.add_heading("6. Uppföljning", level=2)
    d.add_paragraph(
        "Sjukfrånvaron bland regionens medarbetare var 6,4 procent 2018, jämfört med 6,8 procent 2017. Under "
        "andra halvåret 2018 upprättades 187 planer för återgång i arbete. I 41 procent av de fall där en plan "
        "skulle ha upprättats var den klar inom 30 dagar. Målet för 2019 är att minst 80 procent av planerna ska "
        "vara upprättade i tid.")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Eva Sundqvist, företagssköterska, Företagshälsan, tfn 021-17 46 20")
    d.add_paragraph("Mats Ekholm, HR-strateg rehabilitering, HR-avdelningen, tfn 021-17 38 05")
    d.add_paragraph("Fastställd av\nLena Granberg\nHR-direktör, Region Västmanland")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
