"""Generates the PDF and DOCX test documents of batch b59 (reportlab + python-docx)."""
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


def make_pdf() -> None:
    path = DOCS / "b59-kalmar-2015-arsrapport-kbt-ipt-vardcentraler.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Rehabiliteringsgarantin 2015 - årsrapport KBT och IPT",
                            author="Landstinget i Kalmar län", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Landstinget i Kalmar län<br/>Hälso- och sjukvårdsförvaltningen, Primärvårdsenheten")
    P("Rapport<br/>Datum: 2016-04-14<br/>Dnr: LiKL 2016/0412")
    P("Rehabiliteringsgarantin 2015 – årsrapport för KBT och IPT på länets vårdcentraler", h1)
    P("Sammanfattning", h2)
    P("Under 2015 avslutades 1 125 behandlingar med kognitiv beteendeterapi (KBT) eller interpersonell "
      "psykoterapi (IPT) inom rehabiliteringsgarantin på landstingets tolv vårdcentraler. Det är 107 fler än "
      "år 2014, då 1 018 behandlingar avslutades. Ersättningen från staten för KBT och IPT blev 13,5 miljoner "
      "kronor. Tillsammans med multimodal rehabilitering fick landstinget drygt 16,7 miljoner kronor av ett "
      "möjligt tak på 17,4 miljoner kronor, vilket motsvarar en utnyttjandegrad på 96 procent.")
    P("1. Bakgrund", h2)
    P("Rehabiliteringsgarantin bygger på en årlig överenskommelse mellan staten och Sveriges Kommuner och "
      "Landsting (SKL). Kvinnor och män i åldern 16–67 år med lindrig eller medelsvår ångest, depression eller "
      "stress kan efter en medicinsk bedömning erbjudas KBT eller IPT. Landstinget ersätts med 12 000 kronor per "
      "avslutad behandling. Landstinget rapporterar genomförda behandlingar till Försäkringskassan vid fyra "
      "tillfällen per år.")
    P("Med avslutad behandling avses i denna rapport en behandling som omfattat minst fyra "
      "behandlingstillfällen och där en avslutande bedömning med PHQ-9 eller GAD-7 finns dokumenterad i "
      "journalen. Behandlingar som avbrutits före det fjärde tillfället rapporteras inte.")
    P("Av ersättningen på 12 000 kronor per avslutad behandling går 10 000 kronor vidare till den vårdcentral "
      "(VC) som genomfört behandlingen. Resterande 2 000 kronor används centralt för handledning, utbildning av "
      "KBT-terapeuter och uppföljning.")
    P("2. Avslutade behandlingar per vårdcentral", h2)
    P("Tabell 1. Avslutade KBT- och IPT-behandlingar per vårdcentral 2015", h2)
    rows = [["Vårdcentral", "KBT", "IPT", "Totalt"],
            ["VC Kalmar centrum", "142", "18", "160"], ["VC Lindsdal", "88", "6", "94"],
            ["VC Smedby", "97", "11", "108"], ["VC Färjestaden", "64", "3", "67"],
            ["VC Borgholm", "41", "0", "41"], ["VC Nybro", "118", "14", "132"],
            ["VC Emmaboda", "52", "4", "56"], ["VC Oskarshamn", "131", "9", "140"],
            ["VC Mönsterås", "47", "2", "49"], ["VC Västervik", "126", "15", "141"],
            ["VC Vimmerby", "73", "5", "78"], ["VC Hultsfred", "58", "1", "59"],
            ["Summa", "1 037", "88", "1 125"]]
    t = Table(rows, colWidths=[6 * cm, 2 * cm, 2 * cm, 2 * cm])
    t.setStyle(GRID)
    s.append(t)
    s.append(Spacer(1, 8))
    P("Flest behandlingar avslutades på VC Kalmar centrum och VC Västervik. VC Borgholm saknade under hela "
      "året terapeut med IPT-utbildning. Av patienterna var 71 procent kvinnor och 29 procent män. "
      "Medianåldern var 38 år.")
    P("3. Behandlingar och ersättning per kvartal", h2)
    P("Tabell 2. Avslutade behandlingar och ersättning per kvartal 2015", h2)
    rows = [["Kvartal", "KBT", "IPT", "Totalt", "Ersättning (kr)"],
            ["Kvartal 1 (jan–mars)", "241", "19", "260", "3 120 000"],
            ["Kvartal 2 (april–juni)", "276", "24", "300", "3 600 000"],
            ["Kvartal 3 (juli–sept)", "198", "15", "213", "2 556 000"],
            ["Kvartal 4 (okt–dec)", "322", "30", "352", "4 224 000"],
            ["Helår 2015", "1 037", "88", "1 125", "13 500 000"]]
    t = Table(rows, colWidths=[5 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 3.2 * cm])
    t.setStyle(GRID)
    s.append(t)
    s.append(Spacer(1, 8))
    P("Det tredje kvartalet var som väntat svagast på grund av semesterperioden. Det fjärde kvartalet var "
      "årets starkaste, bland annat eftersom flera vårdcentraler avslutade behandlingar inför årsskiftet. "
      "Försäkringskassans utbetalningar sker efter varje rapporteringstillfälle och följer därför inte exakt "
      "kvartalen; den sista utbetalningen för 2015 kom i april 2016.")
    P("4. Multimodal rehabilitering", h2)
    P("Multimodal rehabilitering redovisas i en separat rapport från smärtrehabiliteringen vid Länssjukhuset "
      "i Kalmar. Under 2015 genomfördes 74 behandlingsserier på nivå MMR1 (25 000 kronor per serie, totalt "
      "1 850 000 kronor) och 31 serier på nivå MMR2 (45 000 kronor per serie, totalt 1 395 000 kronor).")
    P("5. Jämförelse med 2014", h2)
    P("År 2014 avslutades 1 018 behandlingar, varav 951 KBT och 67 IPT, och ersättningen för KBT och IPT "
      "uppgick då till 12 216 000 kronor. Ökningen 2015 förklaras främst av att VC Oskarshamn och VC Nybro "
      "anställde var sin ny psykolog under våren 2015 och att fyra distriktssköterskor gick en grundläggande "
      "KBT-utbildning.")
    P("6. Fortsatt arbete 2016", h2)
    P("1. Samtliga vårdcentraler ska ha minst en terapeut med IPT-utbildning senast den 31 december 2016.<br/>"
      "2. Internetbaserad KBT införs på fyra vårdcentraler under hösten 2016.<br/>"
      "3. Rutinen för rapportering ses över så att avbrutna behandlingar registreras på ett enhetligt sätt.")
    P("Kontakt", h2)
    P("Anders Fredriksson, samordnare för rehabiliteringsgarantin, tfn 0480-844 27<br/>"
      "Lena Bergkvist, controller, Primärvårdsenheten, tfn 0480-846 12")
    P("Eva Sjöberg<br/>Primärvårdsdirektör")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b59-stockholm-2019-tjansteutlatande-rehabkoordinatorer.docx"
    d = Document()
    d.core_properties.title = "Finansiering av rehabiliteringskoordinatorer med statsbidrag 2019"
    d.core_properties.author = "Region Stockholm"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Stockholm\nHälso- och sjukvårdsförvaltningen")
    d.add_paragraph("TJÄNSTEUTLÅTANDE\nDatum: 2019-05-14\nDiarienummer: HSN 2019-0871\n"
                    "Hälso- och sjukvårdsnämnden, sammanträde den 11 juni 2019")
    d.add_paragraph("Handläggare: Sara Nordin, utredare, tfn 08-123 420 55")
    d.add_heading("Finansiering av rehabiliteringskoordinatorer med statsbidrag 2019", level=1)
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph(
        "Staten och Sveriges Kommuner och Landsting (SKL) har träffat en överenskommelse om en kvalitetssäker "
        "och effektiv sjukskrivnings- och rehabiliteringsprocess för år 2019. Region Stockholms andel av medlen "
        "för villkoret om funktion för koordinering uppgår till 78,4 miljoner kronor. I ärendet föreslås hur "
        "medlen ska fördelas till vårdgivarna för att finansiera rehabiliteringskoordinatorer.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsnämnden föreslås besluta")
    for t in ["att godkänna fördelningen av statsbidraget för funktion för koordinering 2019 enligt tabell 1 i "
              "tjänsteutlåtandet,",
              "att uppdra åt hälso- och sjukvårdsdirektören att teckna tilläggsavtal med berörda vårdgivare,",
              "att den reserv som inte har tagits i anspråk den 31 oktober 2019 får fördelas av "
              "hälso- och sjukvårdsdirektören."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Med rehabiliteringskoordinator (rehabkoordinator) avses i detta ärende en person med hälso- och "
        "sjukvårdsutbildning som på uppdrag av vårdgivaren ger sjukskrivna patienter individuellt stöd, "
        "samordnar insatser inom vården och har kontakt med arbetsgivare och Försäkringskassan när patienten "
        "samtycker till det.")
    d.add_paragraph(
        "Funktionen har finansierats med statsbidrag sedan 2016. År 2017 fick Region Stockholm 64,5 miljoner "
        "kronor och år 2018 71,2 miljoner kronor för ändamålet. Vid förvaltningens uppföljning i mars 2019 "
        "hade 198 av 214 vårdcentraler en rehabkoordinator. Sammanlagt arbetade 241 personer som "
        "rehabkoordinatorer, motsvarande 96 heltidstjänster.")
    d.add_paragraph(
        "Regeringen har aviserat att koordineringen ska bli en lagstadgad uppgift för regionerna. Enligt "
        "förslaget ska en lag om koordineringsinsatser för sjukskrivna patienter träda i kraft den "
        "1 februari 2020. Förvaltningen bedömer därför att de tilläggsavtal som nu tecknas bör gälla längst till "
        "den 31 januari 2020.")
    d.add_heading("Förvaltningens förslag till fördelning", level=2)
    d.add_paragraph("Tabell 1. Fördelning av statsbidraget för funktion för koordinering 2019")
    rows = [("Mottagare", "Beräkningsgrund", "Belopp (mnkr)"),
            ("Vårdcentraler (vårdval allmänmedicin)", "120 000 kr per vårdcentral och 9 kr per listad invånare", "47,1"),
            ("Vuxenpsykiatrisk öppenvård", "450 000 kr per mottagning, 24 mottagningar", "10,8"),
            ("Specialiserad somatisk vård (pilot)", "500 000 kr per mottagning, 12 mottagningar", "6,0"),
            ("Kompetensutveckling och nätverk", "Utbildning och regionala nätverksträffar", "3,5"),
            ("Uppföljning och processledning", "Förvaltningens arbete", "4,2"),
            ("Reserv", "Fördelas efter den 31 oktober 2019", "6,8"),
            ("Summa", "", "78,4")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Beräkningen för vårdcentralerna utgår från 214 vårdcentraler och cirka 2 380 000 listade invånare. "
        "Piloten inom specialiserad somatisk vård omfattar ortopediska mottagningar, smärtmottagningar och "
        "rehabiliteringsmedicinska mottagningar.")
    d.add_heading("Villkor för ersättningen", level=2)
    for t in ["Vårdgivaren ska ha en rehabkoordinator med minst 20 procent av en heltid per vårdcentral eller "
              "mottagning.",
              "Rehabkoordinatorn ska ha genomgått SKL:s webbutbildning för koordinatorer senast den "
              "31 oktober 2019.",
              "Vårdgivaren ska registrera koordineringsinsatserna i regionens uppföljningssystem.",
              "Vårdgivaren ska lämna en redovisning till förvaltningen senast den 13 december 2019."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Utbetalning", level=2)
    d.add_paragraph(
        "Ersättningen betalas ut i två delar. Sextio procent betalas ut i juli 2019 som förskott. Resterande "
        "fyrtio procent betalas ut i mars 2020 när vårdgivarens redovisning har godkänts. En vårdgivare som "
        "inte uppfyller villkoren får inte den andra delen.")
    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph(
        "Förslaget finansieras helt med statsbidrag och påverkar inte nämndens budget för 2019. Om statens "
        "ersättning efter lagens ikraftträdande blir lägre än 2019 års nivå kan en nivåsänkning bli "
        "nödvändig från 2020.")
    d.add_heading("Kontakter", level=2)
    d.add_paragraph("Sara Nordin, utredare, tfn 08-123 420 55\n"
                    "Mikael Rönn, controller, tfn 08-123 417 30")
    d.add_paragraph("Katarina Berggren Lindh\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Johan Almqvist\nAvdelningschef, Avdelningen för vårdutveckling")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
