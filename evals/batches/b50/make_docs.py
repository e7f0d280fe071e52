"""Generates the PDF and DOCX test documents of batch b50 (reportlab + python-docx)."""
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
    path = DOCS / "b50-vastmanland-2019-delarsrapport-sjukskrivningsmedel.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2, h3 = ss["BodyText"], ss["Heading1"], ss["Heading2"], ss["Heading3"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Delårsrapport januari–augusti 2019 sjukskrivningsmedel",
                            author="Region Västmanland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Västmanland<br/>Hälso- och sjukvårdsförvaltningen, Staben för hälso- och sjukvård")
    P("DELÅRSRAPPORT")
    P("Datum: 2019-09-24<br/>Diarienummer: RV190873<br/>"
      "Till: Hälso- och sjukvårdsnämnden, sammanträde den 15 oktober 2019")
    P("Delårsrapport januari–augusti 2019: Användning av medlen i överenskommelsen om en kvalitetssäker "
      "och effektiv sjukskrivnings- och rehabiliteringsprocess", h1)
    P("Sammanfattning", h2)
    P("Region Västmanland har för 2019 rätt att rekvirera 26,8 miljoner kronor inom överenskommelsen mellan "
      "staten och Sveriges Kommuner och Landsting om en kvalitetssäker och effektiv sjukskrivnings- och "
      "rehabiliteringsprocess (nedan kallad överenskommelsen). Utfallet för perioden januari–augusti uppgår "
      "till 16,2 miljoner kronor, vilket motsvarar 60 procent av årets budget. Vid samma tidpunkt 2018 var "
      "förbrukningen 52 procent. Prognosen för helåret är 25,1 miljoner kronor, vilket ger ett beräknat "
      "överskott om 1,7 miljoner kronor.")
    P("1. Bakgrund", h2)
    P("Sedan 2006 har staten och SKL slutit överenskommelser om sjukskrivningsprocessen. Överenskommelsen "
      "för 2019 tecknades den 19 december 2018 och omfattar tre delar: funktion för koordinering, kompetens "
      "i försäkringsmedicin samt insatser för personer med lindrig till medelsvår psykisk ohälsa eller "
      "långvarig smärta.")
    P("Medlen betalas ut i två delar. Ett förskott om 9,4 miljoner kronor betalades ut till regionen den "
      "30 april 2019. Den slutliga delen betalas ut i februari 2020 efter att regionen har redovisat hur "
      "villkoren har uppfyllts. Redovisningen ska lämnas till SKL senast den 31 oktober 2019.")
    P("I denna rapport avses med utfall de kostnader som har bokförts till och med den 31 augusti 2019. "
      "Med rehabkoordinator avses den funktion för koordinering som finns på vårdcentraler och "
      "psykiatriska öppenvårdsmottagningar och som stödjer sjukskrivna patienter i kontakterna med "
      "arbetsgivare, Försäkringskassan och andra aktörer.")
    P("2. Ekonomiskt utfall per område", h2)
    P("Tabell 1. Budget, utfall januari–augusti och helårsprognos 2019 per område (tkr)", h3)
    rows = [["Område", "Budget 2019", "Utfall jan–aug", "Prognos helår", "Avvikelse"],
            ["Rehabkoordinatorer, primärvård", "8 400", "5 760", "8 650", "-250"],
            ["Rehabkoordinatorer, psykiatri", "3 200", "1 980", "3 050", "150"],
            ["Försäkringsmedicinsk kompetens", "2 600", "1 120", "2 100", "500"],
            ["KBT/IPT och internetbehandling", "5 900", "3 640", "5 600", "300"],
            ["Multimodal rehabilitering (MMR)", "3 100", "1 710", "2 900", "200"],
            ["Processledning och uppföljning", "2 100", "1 390", "2 100", "0"],
            ["IT-stöd och informationsutbyte", "1 500", "600", "700", "800"],
            ["Summa", "26 800", "16 200", "25 100", "1 700"]]
    t = Table(rows, colWidths=[6.0 * cm, 2.3 * cm, 2.6 * cm, 2.5 * cm, 2.2 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Avvikelsen är skillnaden mellan budget och prognos. Ett positivt värde innebär att området beräknas "
      "förbruka mindre än budgeterat.")
    P("Den största avvikelsen finns inom IT-stöd och elektroniskt informationsutbyte, där upphandlingen av "
      "ett nytt stöd för digitala läkarintyg har försenats till 2020. Området rehabkoordinatorer i "
      "primärvården beräknas överskrida budgeten med 250 tkr, främst därför att två vårdcentraler har utökat "
      "sin koordineringsfunktion under våren.")
    P("3. Verksamhetens resultat", h2)
    P("3.1 Funktion för koordinering", h3)
    P("Samtliga 30 vårdcentraler i länet, både regiondrivna och privata, har en rehabkoordinator. Funktionen "
      "motsvarar sammanlagt 14,5 årsarbetare i primärvården och 5,0 årsarbetare i vuxenpsykiatrin. Under "
      "januari–augusti fick 1 874 patienter stöd av en rehabkoordinator, jämfört med 1 596 under samma "
      "period 2018.")
    P("3.2 Insatser vid psykisk ohälsa och långvarig smärta", h3)
    P("Under perioden avslutades 1 148 behandlingar med KBT eller IPT i primärvården, varav 312 som "
      "internetbaserad KBT via Stöd och behandling. Motsvarande antal för januari–augusti 2018 var "
      "1 021 behandlingar. Multimodal rehabilitering på primärvårdsnivå (MMR1) genomfördes för 132 patienter. "
      "Multimodal rehabilitering på specialistnivå (MMR2) vid Smärtrehabiliteringen, Västmanlands sjukhus "
      "Västerås, genomfördes för 41 patienter.")
    P("3.3 Försäkringsmedicinsk kompetens", h3)
    P("Till och med augusti har 212 läkare genomgått Socialstyrelsens webbutbildning i försäkringsmedicin. "
      "Målet är att minst 80 procent av de läkare som utfärdar sjukintyg ska ha genomgått utbildningen vid "
      "årets slut. I augusti var andelen 71 procent. Två utbildningsdagar i försäkringsmedicin för ST-läkare "
      "hölls den 14 mars och den 9 maj 2019 med sammanlagt 58 deltagare.")
    P("4. Risker och åtgärder", h2)
    P("1. Förseningen av IT-stödet innebär att 800 tkr inte förbrukas under 2019. Förvaltningen föreslår att "
      "medlen periodiseras till 2020.")
    P("2. Rekryteringen av en rehabkoordinator till vuxenpsykiatrin i Sala har dragit ut på tiden. Tjänsten "
      "tillsätts den 1 oktober 2019.")
    P("3. Lagen om koordineringsinsatser för sjukskrivna patienter träder i kraft den 1 februari 2020. "
      "Regionen behöver då finansiera funktionen för koordinering som ordinarie verksamhet.")
    P("5. Förslag till beslut", h2)
    P("Hälso- och sjukvårdsnämnden föreslås besluta att lägga delårsrapporten till handlingarna, och att ge "
      "hälso- och sjukvårdsdirektören i uppdrag att senast den 10 december 2019 återkomma med en plan för "
      "hur koordineringsfunktionen ska finansieras från 2020.")
    P("Västerås den 24 september 2019")
    P("Ingrid Sjögren<br/>Hälso- och sjukvårdsdirektör")
    P("Johan Bergström<br/>Ekonomichef, Hälso- och sjukvårdsförvaltningen")
    P("Kontaktperson", h2)
    P("Anna Lindqvist, processledare sjukskrivning och rehabilitering, tfn 021-17 45 20, "
      "anna.lindqvist@regionvastmanland.se")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b50-skr-2020-cirkular-covid-andrade-villkor-sjukskrivning.docx"
    d = Document()
    d.core_properties.title = "Cirkulär 20:27 Ändrade redovisningstider och villkor 2020 med anledning av covid-19"
    d.core_properties.author = "Sveriges Kommuner och Regioner"
    d.add_paragraph(MARK)
    d.add_paragraph("Sveriges Kommuner och Regioner")
    d.add_paragraph("CIRKULÄR 20:27")
    d.add_paragraph("Datum: 2020-05-20\nDiarienummer: 20/00812\nAvdelningen för vård och omsorg\n"
                    "Handläggare: Maria Ekholm, Tomas Lindgren")
    d.add_paragraph("Regionstyrelsen\nHälso- och sjukvårdsdirektören\nSamordnare för sjukskrivningsfrågor")
    d.add_heading("Ändrade redovisningstider och villkor i överenskommelsen om en kvalitetssäker och effektiv "
                  "sjukskrivnings- och rehabiliteringsprocess 2020 med anledning av covid-19", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Regeringen och SKR har den 14 maj 2020 kommit överens om ändringar i 2020 års överenskommelse om en "
        "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess (nedan överenskommelsen). "
        "Ändringarna görs för att regionerna ska kunna prioritera vården av patienter med covid-19 utan att gå "
        "miste om statsbidraget. Flera redovisningstidpunkter senareläggs, två villkor mildras och en större "
        "del av medlen betalas ut i förskott. Överenskommelsens totala ram på 1 065 miljoner kronor är "
        "oförändrad.")
    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph(
        "Överenskommelsen för 2020 tecknades den 19 december 2019. Av den totala ramen kan regionerna "
        "rekvirera 960 miljoner kronor, medan 105 miljoner kronor avser SKR:s stöd till regionerna, "
        "uppföljning och utvärdering. Medlen fördelas efter befolkningsandel. Villkoren gäller:")
    for t in ["funktion för koordinering (villkor 1),",
              "kompetensutveckling i försäkringsmedicin (villkor 2),",
              "digitalt stöd för sjukskrivning och utökat elektroniskt informationsutbyte (villkor 3), samt",
              "insatser för personer med lindrig till medelsvår psykisk ohälsa och långvarig smärta (villkor 4)."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(
        "Sedan mars 2020 har personal som arbetar med sjukskrivningsfrågor, bland annat rehabkoordinatorer och "
        "försäkringsmedicinskt ansvariga läkare, i stor utsträckning omfördelats till vården av patienter med "
        "covid-19. Flera regioner har därför meddelat att de inte kan redovisa enligt den ursprungliga tidplanen.")
    d.add_heading("2. Nya redovisningstider", level=2)
    d.add_paragraph("Tabell 1. Ursprungliga och nya redovisningstider 2020")
    rows = [("Moment", "Ursprunglig tidpunkt", "Ny tidpunkt"),
            ("Handlingsplan för kompetensutveckling i försäkringsmedicin (villkor 2)", "2020-04-30", "2020-09-30"),
            ("Delrapport om koordineringsinsatser första halvåret (villkor 1)", "2020-08-31", "2020-11-30"),
            ("Redovisning av digitalt stöd och informationsutbyte (villkor 3)", "2020-10-30", "2021-01-29"),
            ("Slutredovisning av samtliga villkor till SKR", "2020-12-15", "2021-02-26"),
            ("Slutlig utbetalning till regionerna", "februari 2021", "april 2021")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Redovisningarna lämnas som tidigare via SKR:s webbformulär. En region som redan har lämnat en "
        "redovisning behöver inte komplettera den.")
    d.add_heading("3. Ändrade villkor", level=2)
    d.add_paragraph(
        "3.1 Kompetensutveckling i försäkringsmedicin (villkor 2). Kravet att minst 75 procent av de läkare som "
        "utfärdar sjukintyg i primärvården ska ha genomgått en grundläggande utbildning i försäkringsmedicin "
        "sänks för 2020 till 50 procent. Utbildning som genomförts digitalt, i realtid eller som "
        "webbutbildning, räknas fullt ut.")
    d.add_paragraph(
        "3.2 Funktion för koordinering (villkor 1). Kravet att varje rehabkoordinator ska ha deltagit i minst "
        "två regionala nätverksträffar under året tas bort för 2020. Kravet att funktionen ska finnas på "
        "samtliga vårdcentraler och psykiatriska öppenvårdsmottagningar kvarstår.")
    d.add_paragraph(
        "3.3 Villkor 3 och 4 är oförändrade i sak, men de nya redovisningstiderna i tabell 1 gäller.")
    d.add_heading("4. Förskott och utbetalning", level=2)
    d.add_paragraph(
        "Enligt den ursprungliga överenskommelsen skulle 50 procent av regionernas medel betalas ut i förskott. "
        "Förskottet höjs nu till 70 procent, vilket motsvarar 672 miljoner kronor. Förskottet betalas ut den "
        "26 juni 2020. Resterande 30 procent, 288 miljoner kronor, betalas ut i april 2021 efter att SKR har "
        "granskat slutredovisningarna.")
    d.add_heading("5. Anstånd", level=2)
    d.add_paragraph(
        "Med anstånd avses i detta cirkulär att en region får lämna en redovisning senare än den nya "
        "tidpunkten utan att medlen för villkoret hålls inne.")
    d.add_paragraph(
        "En region som på grund av pandemin inte kan uppfylla ett villkor eller inte kan redovisa i tid kan "
        "ansöka om anstånd hos SKR senast den 15 oktober 2020. Ansökan ska vara undertecknad av hälso- och "
        "sjukvårdsdirektören och beskriva hur pandemin har påverkat arbetet. Anstånd kan beviljas längst till "
        "och med den 31 mars 2021.")
    d.add_paragraph(
        "Medel som inte betalas ut därför att ett villkor inte har uppfyllts återgår till staten.")
    d.add_heading("6. Frågor", level=2)
    d.add_paragraph(
        "Frågor om villkor 1 och 2 besvaras av Maria Ekholm, tfn 08-452 77 31. Frågor om villkor 3 och 4 samt "
        "om anstånd besvaras av Tomas Lindgren, tfn 08-452 76 02.")
    d.add_paragraph("Sveriges Kommuner och Regioner\nAvdelningen för vård och omsorg\n\nAnnika Sjöberg\nAvdelningschef")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
