"""Generates the PDF and DOCX test documents of batch b65 (reportlab + python-docx)."""
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
    path = DOCS / "b65-ostergotland-2018-arsredovisning-koordineringsmedel.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Årsredovisning 2018, bilaga 7",
                            author="Region Östergötland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Östergötland")
    P("Årsredovisning 2018 – Bilaga 7 (utdrag)<br/>Diarienummer: RS 2019-112<br/>"
      "Fastställd av regionfullmäktige den 23 april 2019, § 58")
    P("Statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess 2018", h1)
    P("1. Sammanfattning", h2)
    P("Region Östergötland erhöll 56,4 miljoner kronor i statsbidrag för år 2018 inom överenskommelsen mellan "
      "staten och Sveriges Kommuner och Landsting (SKL). För år 2017 var motsvarande belopp 57,1 miljoner kronor. "
      "Regionen uppfyllde samtliga villkor för 2018 utom villkoret om utökat elektroniskt informationsutbyte, "
      "vilket innebar att 1,3 miljoner kronor inte betalades ut.")
    P("Den största enskilda satsningen under året var funktionen för koordinering i primärvården. "
      "Vårdcentralerna fick sammanlagt drygt tio och en halv miljon kronor i koordineringsmedel 2018, "
      "att jämföra med 8,8 miljoner kronor året innan.")
    P("Tabell 1. Användning av statsbidraget 2017 och 2018 (miljoner kronor)", h2)
    s.append(_table([
        ["Post", "2017", "2018"],
        ["Koordineringsmedel till vårdcentraler", "8,8", "10,6"],
        ["Koordinering i psykiatrisk öppenvård", "2,9", "3,2"],
        ["Rehabiliteringsinsatser (KBT/IPT, MMR1, MMR2)", "23,0", "22,4"],
        ["Kompetenssatsning i försäkringsmedicin", "2,6", "2,1"],
        ["IT och elektroniskt informationsutbyte", "2,4", "1,8"],
        ["Processledning och uppföljning", "2,8", "3,0"],
        ["Summa använda medel", "42,5", "43,1"],
        ["Erhållet statsbidrag", "57,1", "56,4"],
        ["Ej förbrukat, förs till eget kapital", "14,6", "13,3"],
    ], [9.0, 2.5, 2.5]))
    s.append(Spacer(1, 8))
    P("2. Fördelningsmodell för koordineringsmedel (KOM)", h2)
    P("Koordineringsmedlen (KOM) fördelas till samtliga 43 vårdcentraler i länet, 25 regiondrivna och 18 i "
      "privat regi inom vårdvalet. Varje vårdcentral får ett grundbelopp samt ett belopp per listad invånare.")
    P("År 2018 var grundbeloppet 150 000 kronor per vårdcentral och tillägget 9 kronor per listad invånare den "
      "1 januari 2018. År 2017 var grundbeloppet 120 000 kronor och tillägget 8 kronor per listad invånare.")
    P("Villkoret för KOM är att vårdcentralen har en namngiven rehabkoordinator med en tjänstgöringsgrad om "
      "minst 50 procent för uppdraget. Vid mätningen den 31 december 2018 uppfyllde 40 av 43 vårdcentraler "
      "villkoret. En vårdcentral som inte uppfyller villkoret får grundbeloppet för 2019 halverat.")
    P("Tabell 2. KOM per vårdcentral, de tio vårdcentralerna med flest listade (tusen kronor)", h2)
    s.append(_table([
        ["Vårdcentral", "Regi", "Listade 2018-01-01", "KOM 2017", "KOM 2018", "Koordinator 2018"],
        ["Ekholmen, Linköping", "Region", "14 200", "231", "278", "100 %"],
        ["Motala", "Region", "13 100", "224", "268", "100 %"],
        ["Kärna, Linköping", "Region", "12 600", "220", "263", "80 %"],
        ["Läkarhuset Hälsan, Norrköping", "Privat", "11 800", "210", "256", "60 %"],
        ["Mjölby", "Region", "12 100", "216", "259", "60 %"],
        ["Cityhälsan, Norrköping", "Region", "11 200", "207", "251", "80 %"],
        ["Kneippen, Norrköping", "Privat", "10 700", "204", "246", "40 %"],
        ["Finspång", "Region", "10 400", "203", "244", "50 %"],
        ["Skäggetorp, Linköping", "Region", "9 900", "200", "239", "50 %"],
        ["Vadstena", "Region", "9 600", "196", "236", "50 %"],
        ["Övriga 33 vårdcentraler", "", "", "6 689", "8 060", ""],
        ["Summa 43 vårdcentraler", "", "", "8 800", "10 600", ""],
    ], [4.6, 1.5, 2.8, 1.8, 1.8, 2.6]))
    s.append(Spacer(1, 8))
    P("3. Resultat", h2)
    P("I december 2018 fanns 41 rehabkoordinatorer i primärvården, motsvarande 27,5 årsarbetare. "
      "I december 2017 var de 36 koordinatorer, motsvarande 21,0 årsarbetare. Antalet patienter som fick "
      "koordineringsinsatser ökade från 3 940 år 2017 till 5 210 år 2018.")
    P("Uppföljningen visar att vårdcentraler med koordinator på heltid tog kontakt med arbetsgivaren i 41 procent "
      "av de långa sjukfallen, jämfört med 23 procent vid vårdcentraler med en tjänstgöringsgrad på 50 procent.")
    P("4. Fortsättning 2019", h2)
    P("Från och med 2019 föreslås koordineringsuppdraget bli lagreglerat. Regionen räknar med att statsbidraget "
      "för koordinering då minskar till omkring 9 miljoner kronor per år. Det ej förbrukade statsbidraget från "
      "2017 och 2018, sammanlagt 27,9 miljoner kronor, används för att trappa ned satsningarna under 2019 och 2020.")
    P("Kontakt: Johan Forsberg, processledare sjukskrivning, tfn 010-103 45 72")
    P("Region Östergötland<br/>Regionledningskontoret<br/><br/>Annika Lindqvist<br/>Hälso- och sjukvårdsdirektör")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b65-vasternorrland-2013-avtal-kbt-privat-vardgivare.docx"
    d = Document()
    d.core_properties.title = "Avtal om KBT inom rehabiliteringsgarantin"
    d.core_properties.author = "Landstinget Västernorrland"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget Västernorrland\nHälso- och sjukvårdsförvaltningen, Avdelningen för vårdval och avtal")
    d.add_paragraph("AVTAL\nDiarienummer: LS-2013-0214\nAvtalsnummer: VN-KBT-2013-03")
    d.add_heading("Avtal om kognitiv beteendeterapi (KBT) inom rehabiliteringsgarantin", level=1)
    d.add_heading("1. Parter", level=2)
    d.add_paragraph("Beställare: Landstinget Västernorrland, org.nr 232100-0213, 871 85 Härnösand "
                    "(nedan kallat landstinget).")
    d.add_paragraph("Leverantör: KBT-mottagningen Norrland AB, org.nr 556812-4471, Storgatan 28, 852 30 Sundsvall "
                    "(nedan kallad leverantören).")
    d.add_heading("2. Bakgrund och uppdrag", level=2)
    d.add_paragraph(
        "Landstinget deltar i överenskommelsen mellan staten och Sveriges Kommuner och Landsting om en "
        "rehabiliteringsgaranti. För att korta väntetiderna till KBT vid hälsocentralerna i Sundsvall och "
        "Härnösand köper landstinget behandlingar av leverantören. Uppdraget omfattar individuell KBT och "
        "KBT i grupp för kvinnor och män i åldern 16–67 år med lindrig eller medelsvår depression, ångest "
        "eller stressrelaterad ohälsa.")
    d.add_paragraph(
        "Patienten ska ha remitterats från en hälsocentral i landstinget efter en dokumenterad medicinsk "
        "bedömning av läkare. Egenremisser omfattas inte av avtalet.")
    d.add_heading("3. Avtalstid och volym", level=2)
    for t in ["Avtalet gäller från och med den 1 april 2013 till och med den 31 mars 2014.",
              "Landstinget har rätt att förlänga avtalet med högst tolv månader, till och med den 31 mars 2015. "
              "Besked om förlängning lämnas senast den 31 december 2013.",
              "Avtalet omfattar högst 150 avslutade behandlingar under avtalstiden, varav högst 40 som KBT i grupp.",
              "Vardera parten får säga upp avtalet med tre månaders uppsägningstid."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("4. Krav på utförandet", level=2)
    for t in ["Behandlingen utförs av legitimerad psykolog eller legitimerad psykoterapeut med KBT-inriktning, "
              "eller av personal med grundläggande psykoterapiutbildning (steg 1) i KBT under handledning.",
              "Första besök ska erbjudas inom 30 dagar från det att remissen kom in till leverantören.",
              "Behandlingen omfattar i regel 8–20 behandlingstillfällen.",
              "Skattningsskalorna MADRS-S och HAD används vid behandlingens start och avslut.",
              "Leverantören för journal i landstingets journalsystem och skickar epikris till den remitterande "
              "hälsocentralen senast 14 dagar efter avslutad behandling."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("5. Ersättning", level=2)
    d.add_paragraph("Ersättning betalas per avslutad behandling enligt tabellen. Patientavgiften, 200 kronor per "
                    "besök, tas ut av leverantören och dras av från ersättningen.")
    rows = [("Insats", "Villkor", "Ersättning per patient"),
            ("Individuell KBT, full behandling", "8–20 behandlingstillfällen, avslutad enligt plan", "10 500 kr"),
            ("Individuell KBT, kortare behandling", "5–7 behandlingstillfällen, avslutad enligt plan", "6 000 kr"),
            ("KBT i grupp", "Deltagaren har fullföljt minst 6 av 8 gruppträffar", "4 500 kr"),
            ("Bedömningssamtal", "Ingen behandling påbörjad", "1 200 kr")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("Det sammanlagda beloppet under avtalstiden får inte överstiga 1 450 000 kronor.")
    d.add_heading("6. Rapportering och fakturering", level=2)
    d.add_paragraph(
        "Leverantören rapporterar avslutade behandlingar månadsvis till landstinget senast den 10:e i månaden "
        "efter behandlingens avslut. Rapporten innehåller personnummer, diagnoskod, antal behandlingstillfällen, "
        "start- och slutdatum samt resultat på skattningsskalorna. Landstinget rapporterar behandlingarna vidare "
        "till Försäkringskassan.")
    d.add_paragraph(
        "Behandlingar som avslutas under avtalstiden ska vara rapporterade senast den 10 april 2014. "
        "Rapporteras en behandling mer än 30 dagar för sent utgår ett vite om 1 500 kronor per behandling.")
    d.add_heading("7. Uppföljning", level=2)
    d.add_paragraph(
        "Parterna har uppföljningsmöten en gång per kvartal. Den första uppföljningen hålls i juni 2013. "
        "Landstinget får genomföra journalgranskning av ett stickprov om minst tio behandlingar per halvår.")
    d.add_heading("8. Kontaktpersoner", level=2)
    d.add_paragraph("För landstinget: Helena Sjöström, avtalshandläggare, tfn 0611-800 47")
    d.add_paragraph("För leverantören: Mattias Lund, verksamhetschef, tfn 060-61 22 90")
    d.add_heading("9. Underskrifter", level=2)
    d.add_paragraph("Avtalet har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.")
    d.add_paragraph("Härnösand den 20 mars 2013\nFör Landstinget Västernorrland\nUlrika Nordin\n"
                    "Hälso- och sjukvårdsdirektör")
    d.add_paragraph("Sundsvall den 18 mars 2013\nFör KBT-mottagningen Norrland AB\nMattias Lund\n"
                    "Verkställande direktör")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
