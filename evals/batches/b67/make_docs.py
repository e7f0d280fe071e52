"""Generates the PDF and DOCX test documents of batch b67 (reportlab + python-docx)."""
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
    path = DOCS / "b67-sll-2014-delarsrapport-rehabiliteringsgarantin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Delårsrapport januari–juni 2014 Rehabiliteringsgarantin",
                            author="Stockholms läns landsting", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Stockholms läns landsting<br/>Hälso- och sjukvårdsförvaltningen<br/>Avdelningen för primärvård och psykiatri")
    P("Datum: 2014-09-10<br/>Diarienummer: HSN 1403-0388<br/>Handläggare: Johan Bergkvist")
    P("Till hälso- och sjukvårdsnämnden")
    P("Rehabiliteringsgarantin – delårsrapport januari–juni 2014", h1)
    P("Sammanfattning", h2)
    P("Under perioden januari–juni 2014 rapporterade Stockholms läns landsting (SLL) 6 544 avslutade behandlingar "
      "inom rehabiliteringsgarantin i primärvården och 96 behandlingsserier i multimodal rehabilitering inom "
      "specialistvården. Den statliga ersättningen för perioden uppgår till 92,2 miljoner kronor, vilket motsvarar "
      "56 procent av landstingets tak för helåret. Privata vårdcentraler stod för 52 procent av behandlingarna i "
      "primärvården och landstingsdrivna vårdcentraler för 37 procent.")
    P("1. Bakgrund", h2)
    P("Rehabiliteringsgarantin bygger på en årlig överenskommelse mellan staten och Sveriges Kommuner och "
      "Landsting (SKL). För 2014 har regeringen avsatt 750 miljoner kronor. SLL:s tak, det vill säga den högsta "
      "ersättning landstinget kan få för 2014, är 163,4 miljoner kronor. För helåret 2013 erhöll landstinget "
      "176,9 miljoner kronor.")
    P("Garantin omfattar kognitiv beteendeterapi (KBT) och interpersonell psykoterapi (IPT) vid lindrig eller "
      "medelsvår depression, ångest och stress, samt multimodal rehabilitering (MMR) vid långvarig smärta i "
      "rygg, nacke och axlar. MMR1 ges i primärvården och MMR2 i specialistvården. Patienten ska vara mellan "
      "16 och 67 år. Med avslutad behandling avses i denna rapport en behandling där minst fem "
      "behandlingstillfällen har genomförts och avslutet har registrerats i journalen.")
    P("Staten ersätter landstinget med 12 000 kronor per avslutad KBT- eller IPT-behandling, 25 000 kronor per "
      "behandlingsserie i MMR1 och 45 000 kronor per behandlingsserie i MMR2. Inom vårdvalet ersätter SLL i sin "
      "tur vårdgivaren med 8 000 kronor per avslutad KBT/IPT och 20 000 kronor per MMR1. Mellanskillnaden "
      "används till utbildning av behandlare, uppföljning och den centrala psykologresursen.")
    P("2. Rapporterade behandlingar", h2)
    P("Tabell 1. Avslutade behandlingar i primärvården januari–juni 2014 per vårdgivartyp (antal)", h2)
    s.append(_table([
        ["Vårdgivartyp", "KBT", "IPT", "MMR1", "Summa"],
        ["Privata vårdcentraler (132 enheter)", "2 846", "212", "318", "3 376"],
        ["Landstingsdrivna vårdcentraler (76 enheter)", "1 904", "141", "402", "2 447"],
        ["Övriga vårdgivare med vårdavtal", "684", "37", "–", "721"],
        ["Totalt", "5 434", "390", "720", "6 544"],
    ], [7.0, 2.0, 2.0, 2.0, 2.4]))
    s.append(Spacer(1, 8))
    P("Under motsvarande period 2013 rapporterades 6 308 behandlingar: 5 212 KBT, 455 IPT och 641 MMR1. "
      "Antalet har alltså ökat med 236 behandlingar, eller knappt fyra procent. Kvinnor stod för 71 procent av "
      "KBT- och IPT-behandlingarna och för 78 procent av MMR1.")
    P("Inom specialistvården genomfördes 96 behandlingsserier i MMR2, varav 58 vid Smärtrehabilitering, "
      "Danderyds sjukhus, och 38 vid Rehabiliteringsmedicinska kliniken, Karolinska Universitetssjukhuset.")
    P("3. Statlig ersättning", h2)
    P("Tabell 2. Statlig ersättning januari–juni 2014 per vårdgivartyp (tusen kronor)", h2)
    s.append(_table([
        ["Vårdgivartyp", "KBT/IPT", "MMR1", "MMR2", "Summa"],
        ["Privata vårdcentraler", "36 696", "7 950", "–", "44 646"],
        ["Landstingsdrivna vårdcentraler", "24 540", "10 050", "–", "34 590"],
        ["Övriga vårdgivare med vårdavtal", "8 652", "–", "–", "8 652"],
        ["Specialistvård", "–", "–", "4 320", "4 320"],
        ["Totalt", "69 888", "18 000", "4 320", "92 208"],
    ], [6.4, 2.3, 2.2, 2.2, 2.3]))
    s.append(Spacer(1, 8))
    P("För januari–mars har Försäkringskassan betalat ut 40,1 miljoner kronor den 27 maj 2014. Resterande "
      "52,1 miljoner kronor, för april–juni, rapporterades den 29 augusti 2014 och beräknas betalas ut i slutet "
      "av september 2014.")
    P("4. Analys och prognos", h2)
    P("De landstingsdrivna vårdcentralerna genomförde fler MMR1 än de privata, 402 mot 318, trots att de är "
      "betydligt färre. Antalet IPT-behandlingar minskade från 455 till 390, främst på grund av brist på "
      "behandlare med IPT-utbildning. Nio vårdcentraler rapporterade inga behandlingar alls under perioden.")
    P("Om takten håller i sig under hösten beräknas landstinget rapportera omkring 12 900 behandlingar under "
      "2014, motsvarande en ersättning på cirka 181 miljoner kronor. Ersättningen begränsas dock till taket på "
      "163,4 miljoner kronor.")
    P("5. Planerade åtgärder hösten 2014", h2)
    P("1. En IPT-utbildning för 40 behandlare i primärvården startar den 6 oktober 2014.<br/>"
      "2. Förvaltningen följer upp de nio vårdcentraler som inte har rapporterat några behandlingar.<br/>"
      "3. En kvalitetskontroll av 100 slumpvis valda journaler genomförs under oktober–november 2014.<br/>"
      "4. Nästa rapportering till Försäkringskassan, för juli–september, görs senast den 31 oktober 2014.")
    P("Kontakt", h2)
    P("Johan Bergkvist, handläggare, tfn 08-123 312 47<br/>"
      "Lena Sjödin, controller, tfn 08-123 315 02")
    P("Hälso- och sjukvårdsförvaltningen<br/><br/>Birgitta Lindqvist<br/>Avdelningschef, "
      "Avdelningen för primärvård och psykiatri")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b67-gotland-2016-beslut-statsbidrag-sjukskrivningsprocess.docx"
    d = Document()
    d.core_properties.title = "Användning av statsbidrag för sjukskrivningsprocessen 2016"
    d.core_properties.author = "Region Gotland"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Gotland\nHälso- och sjukvårdsnämnden")
    d.add_paragraph("PROTOKOLLSUTDRAG\nSammanträdesdatum: 2016-03-23\n§ 41\nDiarienummer: HSN 2016/187")
    d.add_heading("Användning av statsbidrag inom överenskommelsen om en kvalitetssäker och effektiv "
                  "sjukskrivnings- och rehabiliteringsprocess 2016", level=1)
    d.add_heading("Beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsnämnden beslutar")
    for t in ["att godkänna fördelningen av 2016 års statsbidrag enligt tabell 1,",
              "att varje vårdcentral ska ha en namngiven rehabkoordinator senast den 1 juni 2016,",
              "att uppdra åt hälso- och sjukvårdsdirektören att återrapportera användningen av medlen till "
              "nämnden senast den 28 februari 2017,",
              "att medel som inte har förbrukats vid årets slut, dock högst 500 000 kronor, får föras över till 2017."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph(
        "Staten och Sveriges Kommuner och Landsting (SKL) har träffat en överenskommelse om en kvalitetssäker och "
        "effektiv sjukskrivnings- och rehabiliteringsprocess för 2016. Överenskommelsen omfattar fem områden: "
        "jämställd sjukskrivningsprocess, kompetenssatsning i försäkringsmedicin, funktion för koordinering, "
        "insatser för lindrig och medelsvår psykisk ohälsa samt elektroniskt informationsutbyte. Medlen betalas "
        "ut i förhållande till hur väl landstingen uppfyller villkoren inom varje område.")
    d.add_paragraph(
        "Region Gotland kan för 2016 ta del av högst 6,65 miljoner kronor, beräknat efter regionens andel av "
        "befolkningen. Av beloppet betalas 40 procent, 2 660 000 kronor, ut i förskott i april 2016. Resterande del "
        "betalas ut i februari 2017 när villkoren har prövats.")
    d.add_paragraph(
        "Under 2015 erhöll Region Gotland 5,2 miljoner kronor inom sjukskrivningsmiljarden och 3,4 miljoner kronor "
        "inom rehabiliteringsgarantin. För 2016 finns ingen separat överenskommelse om rehabiliteringsgarantin; "
        "insatser för patienter med lindrig och medelsvår psykisk ohälsa ingår i stället som ett av områdena i "
        "denna överenskommelse.")
    d.add_heading("Definition", level=3)
    d.add_paragraph(
        "Med funktion för koordinering avses i detta beslut en rehabkoordinator på vårdcentralen som stödjer "
        "patienten under sjukskrivningen, samordnar vårdens insatser och har kontakt med arbetsgivare och "
        "Försäkringskassan när patienten samtycker till det.")
    d.add_heading("Tabell 1. Fördelning av statsbidraget 2016 (tusen kronor)", level=3)
    rows = [("Nr", "Insats", "Belopp"),
            ("1", "Rehabkoordinatorer på regionens sju vårdcentraler (4,0 årsarbetare)", "2 900"),
            ("2", "Kompetenssatsning i försäkringsmedicin för läkare", "450"),
            ("3", "Psykologinsatser och internetbaserad KBT i primärvården", "1 600"),
            ("4", "Jämställd sjukskrivningsprocess – analys och utbildning", "300"),
            ("5", "Elektroniskt informationsutbyte (IT-stöd)", "350"),
            ("6", "Processledning (0,5 årsarbetare)", "550"),
            ("7", "Reserv", "500"),
            ("", "Summa", "6 650")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den största nyttan för patienterna uppnås genom att stärka funktionen för "
        "koordinering. Därför föreslås att drygt 40 procent av medlen går till rehabkoordinatorer. Vårdcentralerna "
        "i Visby Norr, Visby Söder, Hemse, Klintehamn, Roma, Slite och Fårösund får del av medlen i förhållande "
        "till antalet listade patienter i åldern 16–67 år.")
    d.add_paragraph(
        "Kompetenssatsningen i försäkringsmedicin ska leda till att minst 75 procent av de läkare i primärvården "
        "som utfärdar sjukintyg har gått en grundkurs senast den 30 november 2016. I januari 2016 var andelen "
        "58 procent.")
    d.add_paragraph(
        "Psykologinsatserna ska korta väntetiden till KBT. Målet är att ingen patient ska vänta mer än 30 dagar "
        "från bedömning till första behandlingstillfälle.")
    d.add_heading("Protokollsanteckning", level=2)
    d.add_paragraph(
        "Ledamoten Stefan Wärn (M) antecknar till protokollet att reserven om 500 000 kronor i första hand bör "
        "användas till fler behandlingar inom psykisk ohälsa.")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse från hälso- och sjukvårdsförvaltningen, 2016-03-04")
    d.add_paragraph("Överenskommelse mellan staten och SKL om en kvalitetssäker och effektiv sjukskrivnings- och "
                    "rehabiliteringsprocess 2016")
    d.add_heading("Underskrifter", level=2)
    d.add_paragraph("Ordförande: Karin Dahlström (S)\nJusterare: Stefan Wärn (M)\nSekreterare: Annika Rosvall")
    d.add_paragraph("Expedieras till: Hälso- och sjukvårdsdirektör Lars-Erik Ahlqvist; primärvårdschef "
                    "Helena Söderdahl; ekonomiavdelningen")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
