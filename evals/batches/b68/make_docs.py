"""Generates the PDF and DOCX test documents of batch b68 (reportlab + python-docx)."""
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
    path = DOCS / "b68-halland-2019-arsredovisning-koordineringsfunktion.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Årsredovisning 2019, utdrag: Funktion för koordinering",
                            author="Region Halland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Halland<br/>Årsredovisning 2019<br/>Diarienummer: RS2020/0118")
    P("Utdrag ur avsnitt 4 Hälso- och sjukvård, sidorna 41–43. Årsredovisningen behandlades av regionstyrelsen "
      "den 24 mars 2020 och fastställdes av regionfullmäktige den 28 april 2020.")
    P("4.6 Funktion för koordinering i primärvården (rehabkoordinatorer)", h1)
    P("Bakgrund", h2)
    P("Region Halland har sedan 2016 byggt upp en funktion för koordinering av insatser för sjukskrivna patienter "
      "inom Vårdval Halland. Funktionen finansierades fram till och med 2018 med statliga medel genom "
      "överenskommelserna mellan staten och SKL om en kvalitetssäker och effektiv sjukskrivnings- och "
      "rehabiliteringsprocess. Sedan överenskommelsen upphörde vid utgången av 2018 finansieras funktionen "
      "inom regionens egen budgetram.")
    P("Riksdagen beslutade i december 2019 om lagen om koordineringsinsatser för sjukskrivna patienter. Lagen "
      "träder i kraft den 1 februari 2020 och gör koordinering till en skyldighet för regionerna. Enligt "
      "regeringens beräkning kompenseras Region Halland genom det generella statsbidraget med cirka "
      "9,6 miljoner kronor per år från 2020.")
    P("Begrepp", h2)
    P("Med rehabkoordinator avses i detta avsnitt en medarbetare på vårdcentralen som har ett särskilt uppdrag "
      "att samordna insatser för sjukskrivna patienter. Med koordineringsinsats avses en dokumenterad åtgärd "
      "som rehabkoordinatorn genomför för en enskild patient, till exempel ett avstämningsmöte, en kontakt med "
      "arbetsgivaren eller en kontakt med Försäkringskassan. Ett telefonsamtal som enbart gäller tidsbokning "
      "räknas inte som koordineringsinsats.")
    P("Resultat 2019", h2)
    P("Vid årets slut fanns 48 vårdcentraler inom Vårdval Halland. Av dessa hade 46 en namngiven "
      "rehabkoordinator, vilket innebär att målet om att minst 90 procent av vårdcentralerna ska ha tillgång "
      "till funktionen uppnåddes. Rehabkoordinatorerna motsvarade sammanlagt 27,5 årsarbetare.")
    P("Under 2019 fick 4 318 patienter stöd av en rehabkoordinator i primärvården, jämfört med 3 702 patienter "
      "år 2018. Av patienterna 2019 var 2 936 kvinnor, vilket motsvarar 68 procent. Totalt registrerades "
      "15 940 koordineringsinsatser under året, i genomsnitt 3,7 insatser per patient.")
    P("Av de patienter som avslutade koordineringen under 2019 hade 61 procent helt eller delvis återgått i "
      "arbete vid avslutet. Motsvarande andel 2018 var 57 procent.")
    P("Tabell 4.6.1 Patienter med stöd av rehabkoordinator och koordineringsinsatser per vårdcentral, "
      "urval av tio vårdcentraler", h2)
    rows = [["Vårdcentral", "Patienter 2018", "Patienter 2019", "varav kvinnor 2019", "Koordinerings-\ninsatser 2019"],
            ["Vårdcentralen Andersberg", "142", "168", "117", "611"],
            ["Vårdcentralen Getinge", "61", "74", "49", "233"],
            ["Vårdcentralen Falkenberg", "155", "181", "124", "702"],
            ["Vårdcentralen Varberg Centrum", "176", "203", "141", "756"],
            ["Vårdcentralen Kungsbacka", "198", "226", "152", "846"],
            ["Vårdcentralen Laholm", "97", "109", "70", "388"],
            ["Vårdcentralen Hyltebruk", "38", "45", "31", "142"],
            ["Vårdcentralen Onsala", "84", "102", "69", "351"],
            ["Vårdcentralen Oskarström", "52", "66", "46", "219"],
            ["Vårdcentralen Träslövsläge", "47", "58", "38", "176"],
            ["Summa urval", "1 050", "1 232", "837", "4 424"]]
    t = Table(rows, colWidths=[5.6 * cm, 2.4 * cm, 2.4 * cm, 2.8 * cm, 3.0 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Källa: Regionens uppföljningssystem för koordinering (journalregistrering med KVÅ-kod). Uppgifterna för "
      "de övriga 38 vårdcentralerna redovisas i bilaga 7.")
    P("Vårdcentralen Kungsbacka hade flest patienter med koordinering i urvalet. Det största antalet "
      "koordineringsinsatser per patient hade Vårdcentralen Falkenberg med 3,9 insatser, medan Vårdcentralen "
      "Träslövsläge hade 3,0 insatser per patient.")
    P("Psykiatrin", h2)
    P("Inom vuxenpsykiatrins öppenvård fanns sex rehabkoordinatorer vid årets slut. De gav stöd till 512 patienter "
      "under 2019, jämfört med 455 patienter under 2018.")
    P("Ekonomi", h2)
    P("Kostnaden för funktionen för koordinering i primärvården och psykiatrin uppgick till 21,4 miljoner kronor "
      "2019. År 2018 var kostnaden 19,8 miljoner kronor, varav 12,3 miljoner kronor täcktes av statliga medel "
      "från överenskommelsen.")
    P("Utvecklingsområden 2020", h2)
    P("1. Anpassa dokumentation och rutiner till den nya lagen senast den 1 februari 2020.<br/>"
      "2. Säkerställa att de två vårdcentraler som saknar rehabkoordinator har en sådan senast den 30 juni 2020.<br/>"
      "3. Införa en gemensam introduktionsutbildning för nya rehabkoordinatorer under hösten 2020.<br/>"
      "4. Följa upp återgång i arbete sex månader efter avslutad koordinering.")
    P("Kontakt", h2)
    P("Anneli Strömberg, processledare försäkringsmedicin, Hälso- och sjukvårdsavdelningen, tfn 035-13 48 20<br/>"
      "Tobias Hägg, controller, Regionkontoret, tfn 035-13 52 71")
    P("Region Halland<br/>Regionstyrelsen<br/><br/>Karl-Erik Lindvall, regionstyrelsens ordförande<br/>"
      "Britt-Marie Hedin, regiondirektör")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b68-dalarna-2013-tjansteskrivelse-kbt-utbildning-primarvard.docx"
    d = Document()
    d.core_properties.title = "Tjänsteskrivelse: KBT-utbildning för psykologer och kuratorer i primärvården"
    d.core_properties.author = "Landstinget Dalarna"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget Dalarna\nHälso- och sjukvårdsförvaltningen, Primärvården")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2013-02-18\nDiarienummer: LD13/00342\nTill: Hälso- och sjukvårdsnämnden")
    d.add_heading("Utbildning i kognitiv beteendeterapi (KBT) för psykologer och kuratorer i primärvården "
                  "2013–2014", level=1)
    d.add_heading("Förslag till beslut", level=2)
    for t in ["Hälso- och sjukvårdsnämnden godkänner att primärvården genomför en utbildningssatsning i KBT för "
              "26 psykologer och kuratorer under 2013–2014.",
              "Kostnaden, högst 2 746 000 kronor, finansieras med de medel från rehabiliteringsgarantin för 2012 "
              "som inte har fördelats till vårdcentralerna.",
              "Primärvårdsdirektören får i uppdrag att återrapportera resultatet till nämnden senast den "
              "31 mars 2015."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph(
        "Inom rehabiliteringsgarantin ska patienter i åldern 16–67 år med lindrig eller medelsvår ångest, "
        "depression eller stress kunna erbjudas kognitiv beteendeterapi (KBT) eller interpersonell psykoterapi "
        "(IPT) efter en medicinsk bedömning. Landstinget Dalarna rapporterade 1 874 avslutade KBT-behandlingar "
        "för 2012, vilket är färre än vad landstingets befolkningsandel hade gett utrymme för.")
    d.add_paragraph(
        "En kartläggning i december 2012 visade att 9 av landstingets 31 vårdcentraler saknade personal med "
        "grundläggande psykoterapiutbildning i KBT. Patienter vid dessa vårdcentraler remitteras i dag till "
        "andra enheter, och väntetiden till behandling var i genomsnitt elva veckor.")
    d.add_paragraph(
        "I denna tjänsteskrivelse avses med steg 1-utbildning en grundläggande psykoterapiutbildning med "
        "inriktning mot KBT om 45 högskolepoäng. Med påbyggnadskurs avses en kurs om 15 högskolepoäng i KBT vid "
        "ångest och depression för psykologer som redan har en grundläggande KBT-kompetens.")
    d.add_heading("2. Förslag", level=2)
    d.add_paragraph(
        "Primärvården föreslår två utbildningsinsatser. 14 kuratorer erbjuds steg 1-utbildning under tre terminer, "
        "från höstterminen 2013 till och med höstterminen 2014. 12 psykologer erbjuds påbyggnadskursen under "
        "höstterminen 2013. Utbildningarna upphandlas från en extern utbildningsanordnare och kursstart är "
        "planerad till den 26 augusti 2013.")
    d.add_heading("Tabell 1. Deltagare per område och yrkesgrupp", level=3)
    rows = [("Område", "Psykologer (påbyggnadskurs)", "Kuratorer (steg 1)", "Totalt"),
            ("Norra Dalarna", "3", "4", "7"),
            ("Mellersta Dalarna", "5", "6", "11"),
            ("Södra Dalarna", "4", "4", "8"),
            ("Totalt", "12", "14", "26")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("Norra Dalarna omfattar Mora, Orsa, Älvdalen och Malung-Sälen. Mellersta Dalarna omfattar "
                    "Falun, Borlänge, Leksand och Rättvik. Södra Dalarna omfattar Avesta, Hedemora, Ludvika och "
                    "Smedjebacken.")
    d.add_heading("3. Kostnader", level=2)
    d.add_heading("Tabell 2. Beräknade kostnader (kronor)", level=3)
    rows = [("Kostnadspost", "2013", "2014", "Totalt"),
            ("Kursavgift steg 1 (14 deltagare à 68 000 kr)", "476 000", "476 000", "952 000"),
            ("Kursavgift påbyggnadskurs (12 deltagare à 32 000 kr)", "384 000", "–", "384 000"),
            ("Extern handledning", "120 000", "180 000", "300 000"),
            ("Resor och logi", "85 000", "95 000", "180 000"),
            ("Ersättning till vårdcentralerna för produktionsbortfall", "410 000", "520 000", "930 000"),
            ("Summa", "1 475 000", "1 271 000", "2 746 000")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Den totala kostnaden blir alltså drygt 2,7 miljoner kronor. Landstinget har ett outnyttjat utrymme om "
        "cirka 4,1 miljoner kronor av de medel som erhölls inom rehabiliteringsgarantin för 2012, och "
        "satsningen ryms inom detta.")
    d.add_heading("4. Villkor för deltagarna", level=2)
    for t in ["Vårdcentralerna anmäler deltagare till primärvårdsledningen senast den 15 april 2013.",
              "Deltagarna ska ha en tillsvidareanställning i landstingets primärvård.",
              "En kurator som går steg 1-utbildningen åtar sig att arbeta kvar i primärvården i minst två år "
              "efter avslutad utbildning. Den som slutar tidigare ska betala tillbaka 50 procent av kursavgiften.",
              "Varje deltagare ska under utbildningen genomföra minst fyra handledda KBT-behandlingar."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("5. Förväntade effekter", level=2)
    d.add_paragraph(
        "Varje kurator som har genomgått steg 1-utbildningen beräknas kunna genomföra omkring 20 avslutade "
        "KBT-behandlingar per år. Tillsammans med psykologernas ökade kapacitet beräknas satsningen ge omkring "
        "500 fler avslutade KBT-behandlingar per år från och med 2015. Samtliga vårdcentraler bedöms då ha "
        "tillgång till KBT-kompetens.")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Maria Sahlén, utvecklingsledare psykisk hälsa, Primärvården, tfn 023-49 06 35")
    d.add_paragraph("Lars-Göran Ekholm\nPrimärvårdsdirektör")
    d.add_paragraph("Ingrid Bodén\nHälso- och sjukvårdsdirektör")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
