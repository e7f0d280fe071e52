"""Generates the PDF and DOCX test documents of batch b49 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

# Vårdcentral, listade 16-67 år 2018-01-01, koordinatortid 2018 (%), 2017 (tkr), 2018 (tkr)
VC_ROWS = [
    ("Avesta", "11 720", "60", "410", "440"),
    ("Hedemora", "9 310", "50", "350", "370"),
    ("Borlänge Jakobsgårdarna", "11 030", "60", "380", "420"),
    ("Borlänge Kvarnsveden", "8 620", "50", "330", "350"),
    ("Falun Norra", "13 100", "70", "440", "480"),
    ("Falun Centrum", "11 380", "60", "400", "430"),
    ("Ludvika", "12 760", "70", "430", "470"),
    ("Mora", "13 450", "70", "450", "490"),
    ("Malung", "4 830", "30", "230", "240"),
    ("Leksand", "7 590", "40", "300", "320"),
    ("Orsa", "3 450", "20", "190", "200"),
    ("Säter", "4 480", "25", "220", "230"),
]


def _check_rows() -> None:
    s17 = sum(int(r[3]) for r in VC_ROWS)
    s18 = sum(int(r[4]) for r in VC_ROWS)
    assert (s17, s18) == (4130, 4440), (s17, s18)
    for r in VC_ROWS:
        amount = 100_000 + 29 * int(r[1].replace(" ", ""))
        assert round(amount / 10_000) * 10 == int(r[4]), r
    assert s17 + 720 + 960 + 290 == 6100 and s18 + 780 + 1000 + 280 == 6500


def make_pdf() -> None:
    _check_rows()
    path = DOCS / "b49-dalarna-2018-beslut-rehabkoordinatorer-vardcentraler.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="HSN § 34 Fördelning av medel för funktion för koordinering 2018",
                            author="Landstinget Dalarna", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Landstinget Dalarna")
    P("Hälso- och sjukvårdsnämnden – PROTOKOLLSUTDRAG")
    P("Sammanträdesdatum: 2018-03-14<br/>Paragraf: § 34<br/>Diarienummer: LD18/00386")
    P("Fördelning av statsbidrag för funktion för koordinering (rehabkoordinatorer) till vårdcentralerna 2018", h1)
    P("Ärendebeskrivning", h2)
    P("Regeringen och Sveriges Kommuner och Landsting (SKL) har träffat en tvåårig överenskommelse om en "
      "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess för åren 2017–2018. Ett av "
      "villkoren gäller funktion för koordinering, det vill säga att sjukskrivna patienter på varje vårdcentral "
      "och varje psykiatrisk öppenvårdsmottagning ska ha tillgång till en rehabkoordinator.")
    P("Landstinget Dalarnas andel av medlen för villkoret om funktion för koordinering beräknas till "
      "sex och en halv miljon kronor för 2018. För 2017 uppgick motsvarande andel till 6,1 miljoner kronor. "
      "Hälso- och sjukvårdsförvaltningen föreslår att hela beloppet fördelas till verksamheterna enligt "
      "tabell 1.")
    P("Fördelningsmodell", h2)
    P("Medlen till de landstingsdrivna vårdcentralerna fördelas med ett grundbelopp om 100 000 kronor per "
      "vårdcentral och ett rörligt belopp om 29 kronor per listad invånare i åldern 16–67 år den "
      "1 januari 2018. Beloppen är avrundade till hela tiotusental kronor. De privata vårdcentralerna med "
      "vårdavtal ersätts enligt samma modell. Psykiatrins sju öppenvårdsmottagningar får ett fast belopp.")
    P("Tabell 1. Fördelning per vårdcentral och verksamhet 2017 och 2018 (tkr)", h2)
    rows = [["Vårdcentral / verksamhet", "Listade 16–67 år", "Koordinator 2018 (%)", "2017 (tkr)", "2018 (tkr)"]]
    rows += [list(r) for r in VC_ROWS]
    rows += [["Summa landstingsdrivna vårdcentraler (12)", "111 720", "605", "4 130", "4 440"],
             ["Privata vårdcentraler med vårdavtal (3)", "16 550", "90", "720", "780"],
             ["Psykiatrins öppenvårdsmottagningar (7)", "–", "200", "960", "1 000"],
             ["Regional samordning och utbildning", "–", "–", "290", "280"],
             ["Totalt", "", "", "6 100", "6 500"]]
    t = Table(rows, colWidths=[6.2 * cm, 2.6 * cm, 2.8 * cm, 2.0 * cm, 2.0 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Kolumnen Koordinator 2018 anger den tjänstgöringsgrad som verksamheten avsätter för "
      "rehabkoordinering. Sammanlagt motsvarar det knappt sju årsarbetare i primärvården och två "
      "årsarbetare i psykiatrin.")
    P("Utbetalning och villkor", h2)
    P("Medlen betalas ut i två delar: 70 procent i april 2018 och 30 procent i december 2018. Den andra "
      "delen betalas ut under förutsättning att verksamheten har rapporterat antalet patienter som fått "
      "koordineringsinsatser senast den 15 oktober 2018.")
    P("En vårdcentral som inte har en namngiven rehabkoordinator den 1 september 2018 får inte den andra "
      "delen. Rehabkoordinatorn ska delta i minst tre av landstingets fyra nätverksträffar under året.")
    P("Uppföljning av 2017", h2)
    P("Under 2017 fick 3 412 patienter stöd av en rehabkoordinator i Dalarnas primärvård, varav 71 procent "
      "var kvinnor. Vid årsskiftet 2017/2018 fanns 19 rehabkoordinatorer i primärvården. Samtliga "
      "vårdcentraler utom Orsa hade en utsedd rehabkoordinator under hela 2017; Orsa saknade koordinator "
      "under perioden maj–augusti.")
    P("Hälso- och sjukvårdsnämndens beslut", h2)
    P("1. Nämnden fastställer fördelningen av medel för funktion för koordinering 2018 enligt tabell 1.<br/>"
      "2. Hälso- och sjukvårdsdirektören får i uppdrag att följa upp hur medlen har använts och redovisa "
      "resultatet för nämnden i februari 2019.<br/>"
      "3. Medel som inte betalas ut enligt villkoren ovan återförs till regional samordning och utbildning.")
    P("Vid protokollet<br/>Eva Lindgren, nämndsekreterare<br/><br/>Justeras<br/>"
      "Ulf Bergqvist, ordförande<br/>Karin Östman, justerare")
    P("Handläggare: Anneli Svärd, strateg försäkringsmedicin, tfn 023-49 11 52<br/>"
      "Protokollsutdrag till: Hälso- och sjukvårdsdirektören, primärvårdschefen, verksamhetschef psykiatri, "
      "ekonomichefen")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b49-socialstyrelsen-2012-kunskapsunderlag-kbt-ipt-depression-angest.docx"
    d = Document()
    d.core_properties.title = "Kunskapsunderlag KBT och IPT vid lindrig till medelsvår depression och ångest – sammanfattning"
    d.core_properties.author = "Socialstyrelsen"
    d.add_paragraph(MARK)
    d.add_paragraph("Socialstyrelsen\nAvdelningen för kunskapsstyrning")
    d.add_paragraph("Sammanfattning av kunskapsunderlag\nArtikelnummer: 2012-10-18\nPublicerad: oktober 2012\n"
                    "Diarienummer: 4.1-31842/2012")
    d.add_heading("KBT och IPT vid lindrig till medelsvår depression och ångestsyndrom – sammanfattning av "
                  "kunskapsunderlaget", level=1)
    d.add_heading("1. Syfte", level=2)
    d.add_paragraph(
        "Socialstyrelsen har på uppdrag av regeringen sammanställt kunskapsläget om kognitiv beteendeterapi "
        "(KBT) och interpersonell psykoterapi (IPT) för vuxna med lindrig till medelsvår depression och "
        "ångestsyndrom. Sammanfattningen ska vara ett stöd för landstingen i arbetet med rehabiliteringsgarantin "
        "och bygger på Nationella riktlinjer för vård vid depression och ångestsyndrom från 2010 samt studier "
        "publicerade fram till och med december 2011.")
    d.add_heading("2. Definitioner", level=2)
    defs = [
        ("KBT", "en strukturerad och tidsbegränsad psykologisk behandling där patienten med hjälp av "
         "hemuppgifter och beteendeexperiment lär sig att förändra tankar och beteenden som vidmakthåller besvären."),
        ("IPT", "en tidsbegränsad psykologisk behandling som utgår från sambandet mellan depressiva symtom och "
         "patientens relationer, med fokus på ett av fyra problemområden: komplicerad sorg, rollkonflikt, "
         "rollförändring eller interpersonella brister."),
        ("IKBT", "internetförmedlad KBT, där patienten arbetar med självhjälpsmoduler via en säker webbplats med "
         "regelbundet stöd av en behandlare."),
        ("Behandlingstillfälle", "ett planerat möte mellan patient och behandlare om minst 45 minuter vid "
         "individuell behandling eller minst 90 minuter vid gruppbehandling."),
        ("Lindrig depression", "depression där patienten har få symtom utöver dem som krävs för diagnos och "
         "där funktionsnedsättningen i arbete och socialt liv är begränsad."),
        ("Medelsvår depression", "depression med fler symtom och tydlig funktionsnedsättning, men där patienten "
         "i regel kan klara sin vardag med visst stöd."),
    ]
    for term, text in defs:
        d.add_paragraph(f"{term}: {text}", style="List Bullet")
    d.add_heading("3. Rekommenderat antal behandlingstillfällen", level=2)
    d.add_paragraph(
        "Tabell 1 visar det antal behandlingstillfällen som studierna med bäst effekt har använt. Antalet "
        "ska ses som riktmärke; behandlingen anpassas efter patientens behov och effekten följs upp med "
        "skattningsskalor.")
    rows = [("Tillstånd", "Metod", "Antal behandlingstillfällen", "Prioritet i riktlinjerna"),
            ("Lindrig depression", "KBT", "8–12", "2"),
            ("Lindrig depression", "IPT", "8–12", "3"),
            ("Medelsvår depression", "KBT", "12–16", "2"),
            ("Medelsvår depression", "IPT", "12–16", "3"),
            ("Paniksyndrom", "KBT", "10–15", "1"),
            ("Generaliserat ångestsyndrom", "KBT", "12–16", "2"),
            ("Social fobi", "KBT individuellt", "14–16", "1"),
            ("Social fobi", "KBT i grupp", "12–14", "3"),
            ("Lindrig till medelsvår depression", "IKBT", "8–12 moduler", "3")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Prioritet anges på en skala från 1 till 10, där 1 har störst angelägenhetsgrad. För IPT vid "
        "ångestsyndrom finns inte tillräckligt vetenskapligt underlag för en rekommendation.")
    d.add_heading("4. Slutsatser om kunskapsläget", level=2)
    for t in [
        "KBT och IPT har likvärdig effekt vid lindrig och medelsvår depression. Ungefär hälften av patienterna "
        "svarar på behandlingen inom tolv veckor.",
        "Vid lindrig depression bör psykologisk behandling erbjudas före läkemedel.",
        "Risken för återfall under de två första åren efter avslutad behandling är lägre efter KBT än efter "
        "avslutad läkemedelsbehandling.",
        "IKBT med behandlarstöd har effekt vid lindrig till medelsvår depression, paniksyndrom och social fobi. "
        "Utan behandlarstöd är effekten betydligt sämre.",
        "Gruppbehandling med KBT är ett kostnadseffektivt alternativ vid social fobi men kräver minst sex "
        "deltagare per grupp.",
    ]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("5. Krav på behandlarens kompetens", level=2)
    d.add_paragraph(
        "KBT bör ges av legitimerad psykolog, legitimerad psykoterapeut eller av annan hälso- och "
        "sjukvårdspersonal med grundläggande psykoterapiutbildning med inriktning mot KBT (steg 1). IPT bör "
        "ges av behandlare som har genomgått en grundläggande IPT-utbildning om minst 40 timmar och har "
        "handletts i minst två behandlingar.")
    d.add_heading("6. Betydelse för rehabiliteringsgarantin", level=2)
    d.add_paragraph(
        "Socialstyrelsen bedömer att det rekommenderade antalet behandlingstillfällen i tabell 1 är förenligt "
        "med rehabiliteringsgarantins krav. Landstingen bör följa upp att behandlingarna faktiskt avslutas "
        "enligt plan och att effekten mäts före och efter behandling, till exempel med PHQ-9 vid depression "
        "och GAD-7 vid generaliserat ångestsyndrom.")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Eva Nordström, utredare, projektledare, tfn 075-247 30 00\n"
                    "Johan Ekberg, docent, psykolog, sakkunnig")
    d.add_paragraph("Birgitta Sandell\nAvdelningschef, Avdelningen för kunskapsstyrning")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
