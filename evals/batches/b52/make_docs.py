"""Generates the PDF and DOCX test documents of batch b52 (reportlab + python-docx)."""
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
    path = DOCS / "b52-uppsala-2018-verksamhetsuppfoljning-rehabkoordinatorer.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Verksamhetsuppföljning rehabkoordinatorer 2018",
                            author="Region Uppsala", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Uppsala<br/>Hälso- och sjukvårdsförvaltningen, Primärvårdsstaben")
    P("VERKSAMHETSUPPFÖLJNING<br/>Datum: 2019-02-15<br/>Diarienummer: HSN2019-0187<br/>"
      "Författare: Annika Sjöberg, utvecklingsledare, och Per-Olof Lindqvist, analytiker")
    P("Rehabkoordinatorer i primärvården – uppföljning per vårdcentral och kvartal 2018", h1)
    P("Sammanfattning", h2)
    P("Under 2018 registrerades 859 patientkvartal med stöd av rehabkoordinator vid de åtta vårdcentraler som "
      "ingår i uppföljningen, vilket motsvarar 702 unika patienter. I hela länets primärvård fick "
      "3 412 patienter stöd av rehabkoordinator under 2018, jämfört med 2 687 patienter under 2017. "
      "Koordinatorerna lade i genomsnitt drygt tre timmar per patient och kvartal. Tredje kvartalet "
      "avviker med färre patienter men längre tid per patient.")
    P("1. Bakgrund", h2)
    P("Med rehabkoordinator avses i denna uppföljning en medarbetare på vårdcentralen som samordnar insatser "
      "för patienter som är sjukskrivna eller riskerar att bli det, och som har kontakt med patientens "
      "arbetsgivare, Försäkringskassan och andra aktörer. Funktionen finansieras av statsbidraget för villkoret "
      "om funktion för koordinering i överenskommelsen mellan staten och SKL för 2017–2018. Region Uppsala "
      "fick 13,1 miljoner kronor för det villkoret år 2018.")
    P("Sedan den 1 september 2017 har samtliga 46 vårdcentraler i länet, i egen regi och privata, tillgång till "
      "en rehabkoordinator. Hälso- och sjukvårdsnämnden beslutade den 24 april 2018 att funktionen skulle följas "
      "upp per vårdcentral och kvartal.")
    P("2. Metod", h2)
    P("Uppföljningen omfattar de åtta vårdcentraler i egen regi som under hela 2018 registrerade "
      "koordineringsinsatser med en särskild åtgärdskod i journalsystemet Cosmic. En patient räknas en gång per "
      "kvartal om minst en koordineringsinsats är registrerad. Samma patient kan därför räknas i flera kvartal, "
      "och summan över året anges som patientkvartal. Uppgifterna för hela länet kommer från vårdcentralernas "
      "egna redovisningar till primärvårdsstaben.")
    P("Tabell 1. Antal patienter med stöd av rehabkoordinator per vårdcentral och kvartal 2018", h2)
    rows = [["Vårdcentral", "Tjänst", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Summa 2018"],
            ["Gränby", "0,8", "41", "38", "29", "46", "154"],
            ["Sävja", "0,5", "22", "25", "17", "27", "91"],
            ["Gottsunda", "0,8", "47", "44", "31", "52", "174"],
            ["Tierp", "0,6", "28", "30", "21", "33", "112"],
            ["Östhammar", "0,5", "19", "21", "14", "24", "78"],
            ["Enköping Västerport", "0,7", "35", "37", "26", "40", "138"],
            ["Knivsta", "0,4", "16", "18", "12", "19", "65"],
            ["Heby", "0,3", "11", "13", "9", "14", "47"],
            ["Summa", "4,6", "219", "226", "159", "255", "859"]]
    s.append(_table(rows, [4.2, 1.4, 1.5, 1.5, 1.5, 1.5, 2.2]))
    s.append(Spacer(1, 6))
    P("Kolumnen Tjänst anger rehabkoordinatorns tjänstgöringsgrad i andel av heltid. I genomsnitt motsvarar "
      "det 187 patientkvartal per heltidstjänst.")
    P("Tabell 2. Registrerad tid för koordinering per kvartal 2018, de åtta vårdcentralerna", h2)
    rows2 = [["Kvartal", "Patienter", "Tid, timmar", "Timmar per patient"],
             ["Kv 1", "219", "745", "3,4"],
             ["Kv 2", "226", "701", "3,1"],
             ["Kv 3", "159", "604", "3,8"],
             ["Kv 4", "255", "740", "2,9"],
             ["Helår", "859", "2 790", "3,2"]]
    s.append(_table(rows2, [3.0, 3.0, 3.0, 4.0]))
    s.append(Spacer(1, 6))
    P("Av den registrerade tiden gick 46 procent till samtal med patienten, 18 procent till kontakter med "
      "arbetsgivare, 14 procent till kontakter med Försäkringskassan, 15 procent till kontakter inom vården och "
      "7 procent till administration.")
    P("3. Iakttagelser", h2)
    P("1. Tredje kvartalet hade lägst antal patienter. Sävja och Heby saknade ersättare för rehabkoordinatorn "
      "under sju veckor av sommaren, och de patienter som fick stöd under kvartalet hade oftare komplexa behov.")
    P("2. Av patienterna var 68 procent kvinnor. Psykisk ohälsa var huvudsaklig orsak till kontakten för "
      "61 procent, smärta i rörelseorganen för 24 procent och övriga diagnoser för 15 procent.")
    P("3. Koordinatorn hade kontakt med patientens arbetsgivare för 38 procent av patienterna. Vid de åtta "
      "vårdcentralerna hölls 212 avstämningsmöten med Försäkringskassan under året.")
    P("4. Gottsunda stödde flest patienter, 174 patientkvartal, medan Heby med den lägsta tjänstgöringsgraden "
      "stödde 47.")
    P("4. Rekommendationer", h2)
    P("1. Vårdcentraler med en koordinatorstjänst under 0,5 av heltid bör ha en utsedd ersättare vid semester "
      "och sjukdom.<br/>2. Varje vårdcentral bör ha minst 0,4 tjänst som rehabkoordinator.<br/>"
      "3. Samtliga vårdcentraler, även de privata, bör registrera koordineringsinsatser med samma åtgärdskod "
      "från och med den 1 april 2019.<br/>4. Nästa uppföljning, för 2019, redovisas för hälso- och "
      "sjukvårdsnämnden senast den 31 mars 2020.")
    P("Inför 2019 har regeringen aviserat att koordineringen ska regleras i lag. Regionen planerar att behålla "
      "funktionen vid samtliga vårdcentraler oavsett finansiering.")
    P("Kontakt", h2)
    P("Annika Sjöberg, utvecklingsledare, tfn 018-611 47 20<br/>"
      "Per-Olof Lindqvist, analytiker, tfn 018-611 52 86")
    P("Fastställd av<br/>Kerstin Wallin<br/>Primärvårdsdirektör, Region Uppsala")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b52-socialdepartementet-2017-promemoria-villkor-2017-2018.docx"
    d = Document()
    d.core_properties.title = "Promemoria: villkor och medel i överenskommelsen 2017–2018"
    d.core_properties.author = "Socialdepartementet"
    d.add_paragraph(MARK)
    d.add_paragraph("Regeringskansliet\nSocialdepartementet\nEnheten för sjukförsäkring")
    d.add_paragraph("Promemoria\n2017-01-26\nS2017/00412/SF")
    d.add_heading("Villkor och medel i överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess 2017–2018", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) träffade den 19 december 2016 en överenskommelse "
        "för åren 2017 och 2018. Överenskommelsen omfattar sammanlagt 2,88 miljarder kronor, det vill säga "
        "1 440 miljoner kronor per år. Av varje års medel går 1 230 miljoner kronor till landstingen: "
        "500 miljoner kronor för rehabiliteringsinsatser och 730 miljoner kronor för utvecklingsarbete inom fyra "
        "villkor. Resterande 210 miljoner kronor per år avser stöd, kunskapsstöd, försöksverksamhet och "
        "uppföljning. Denna promemoria redovisar villkoren och medlen per villkor för båda åren.")
    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph(
        "Staten och SKL har sedan 2006 träffat årliga överenskommelser om sjukskrivningsprocessen, den så kallade "
        "sjukskrivningsmiljarden. Åren 2008–2015 fanns dessutom rehabiliteringsgarantin, där landstingen ersattes "
        "per genomförd behandling. Rehabiliteringsgarantin upphörde efter 2015. I den nya överenskommelsen "
        "återkommer medel för rehabiliteringsinsatser som ett eget villkor, men medlen fördelas efter "
        "befolkningsandel och inte per rapporterad behandling.")
    d.add_heading("2. Medel per villkor", level=2)
    d.add_paragraph("Tabell 1. Medel per villkor och år (miljoner kronor)")
    rows = [("Villkor", "2017", "2018"),
            ("1. Kompetenssatsning i försäkringsmedicin", "180", "150"),
            ("2. Funktion för koordinering", "300", "350"),
            ("3. Utökat elektroniskt informationsutbyte", "100", "100"),
            ("4. Utvecklingsarbete psykisk ohälsa", "150", "130"),
            ("5. Rehabiliteringsinsatser (KBT/IPT, MMR1, MMR2)", "500", "500"),
            ("Summa till landstingen", "1 230", "1 230"),
            ("Stöd till landstingen genom SKL", "30", "30"),
            ("Försäkringsmedicinskt kunskapsstöd, Socialstyrelsen", "40", "40"),
            ("Försöksverksamhet med arbetsgivarsamverkan", "120", "120"),
            ("Uppföljning och utvärdering", "20", "20"),
            ("Summa övriga medel", "210", "210"),
            ("Totalt", "1 440", "1 440")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Medlen för koordinering ökar alltså med 50 miljoner kronor mellan åren, medan medlen för kompetenssatsning "
        "i försäkringsmedicin och för utvecklingsarbete inom psykisk ohälsa minskar.")
    d.add_heading("3. Villkoren", level=2)
    d.add_paragraph(
        "Kompetenssatsning i försäkringsmedicin. År 2017 ska minst 70 procent av de läkare som utfärdar "
        "sjukintyg i primärvården ha genomgått en grundläggande försäkringsmedicinsk utbildning senast den "
        "30 november 2017. År 2018 höjs kravet till 80 procent och omfattar även läkare i psykiatrin.",
        style="List Number")
    d.add_paragraph(
        "Funktion för koordinering. Varje vårdcentral och psykiatrisk öppenvårdsmottagning ska ha tillgång till "
        "en funktion för koordinering. År 2018 ska landstinget dessutom redovisa antalet patienter som har fått "
        "koordinering, per kvartal och kön.", style="List Number")
    d.add_paragraph(
        "Utökat elektroniskt informationsutbyte. År 2017 ska landstinget ha anslutit sig till den nationella "
        "tjänsten för elektroniska läkarintyg. År 2018 ska minst 90 procent av läkarintygen för sjukpenning "
        "skickas elektroniskt till Försäkringskassan under november månad.", style="List Number")
    d.add_paragraph(
        "Utvecklingsarbete psykisk ohälsa. År 2017 ska landstinget analysera tillgången till behandling vid "
        "lindrig och medelsvår psykisk ohälsa och besluta om åtgärder. År 2018 ska de genomförda åtgärderna "
        "redovisas.", style="List Number")
    d.add_paragraph(
        "Rehabiliteringsinsatser. Medlen får användas till KBT, IPT och multimodal rehabilitering (MMR1 och "
        "MMR2) för kvinnor och män i åldern 16–67 år. Landstinget rapporterar antalet genomförda behandlingar "
        "fördelat på kön och åldersgrupp.", style="List Number")
    d.add_heading("4. Utbetalning och tidplan", level=2)
    d.add_paragraph(
        "För villkor 1 och 2 betalas 50 procent ut i förskott och för villkor 5 betalas 60 procent ut i förskott. "
        "För villkor 3 och 4 betalas hela beloppet ut i efterhand. Förskotten uppgår till 540 miljoner kronor för "
        "2017 och 550 miljoner kronor för 2018. Medel som inte betalas ut därför att ett villkor inte är uppfyllt "
        "återgår till staten.")
    rows2 = [("Moment", "År 2017", "År 2018"),
             ("Redovisning av villkor 1–4 till SKL", "15 december 2017", "14 december 2018"),
             ("Rapport om rehabiliteringsinsatser till Försäkringskassan", "31 januari 2018", "31 januari 2019"),
             ("Slutlig utbetalning", "februari 2018", "februari 2019")]
    tab2 = d.add_table(rows=0, cols=3)
    tab2.style = "Table Grid"
    for r in rows2:
        cells = tab2.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("5. Övriga medel", level=2)
    d.add_paragraph(
        "SKL får 30 miljoner kronor per år för att stödja landstingen med nätverk, utbildning och uppföljning. "
        "Socialstyrelsen får 40 miljoner kronor per år för att vidareutveckla det försäkringsmedicinska "
        "beslutsstödet. Försöksverksamheten med arbetsgivarsamverkan, 120 miljoner kronor per år, ska pröva "
        "modeller där vården med patientens samtycke tar tidig kontakt med arbetsgivaren. Inspektionen för "
        "socialförsäkringen (ISF) ansvarar för uppföljning och utvärdering.")
    d.add_heading("6. Fortsatt arbete", level=2)
    d.add_paragraph(
        "Regeringen avser att utreda om funktionen för koordinering ska regleras i lag från och med 2019. Medel "
        "för tiden efter 2018 är inte beslutade.")
    d.add_heading("Kontaktpersoner", level=2)
    d.add_paragraph("Johanna Berglund, departementssekreterare, tfn 08-405 12 34\n"
                    "Mats Engström, kansliråd, tfn 08-405 37 81")
    d.save(path)


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
