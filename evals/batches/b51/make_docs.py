"""Generates the PDF and DOCX test documents of batch b51 (reportlab + python-docx)."""
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
                           ("BACKGROUND", (0, -1), (-1, -1), colors.whitesmoke),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    return t


def make_pdf() -> None:
    path = DOCS / "b51-varmland-2012-arsredovisning-rehabiliteringsgarantin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Årsredovisning 2012, avsnitt 5.4 Rehabiliteringsgarantin",
                            author="Landstinget i Värmland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Landstinget i Värmland")
    P("Årsredovisning 2012 – utdrag ur kapitel 5 Hälso- och sjukvård")
    P("Fastställd av landstingsfullmäktige den 24 april 2013, § 41<br/>Diarienummer: LiV 2013/0318")
    P("5.4 Rehabiliteringsgarantin", h1)
    P("Rehabiliteringsgarantin bygger på en årlig överenskommelse mellan staten och Sveriges Kommuner och "
      "Landsting (SKL). Garantin ska ge kvinnor och män i åldern 16–67 år med lindrig eller medelsvår psykisk "
      "ohälsa eller långvarig smärta i rygg, nacke eller axlar tillgång till behandling som hjälper dem att "
      "återgå i arbete eller att undvika sjukskrivning. Landstinget ersätts för avslutade behandlingar med "
      "kognitiv beteendeterapi (KBT), interpersonell psykoterapi (IPT) och multimodal rehabilitering (MMR).")
    P("MMR1 ges i primärvården under minst sex veckor av ett team med minst tre yrkeskategorier. MMR2 ges av "
      "specialistteamet vid Rehabiliteringsmedicinska kliniken på Centralsjukhuset i Karlstad (CSK) och omfattar "
      "patienter med mer komplex smärtproblematik.")
    P("Ersättningsnivåer 2012", h2)
    P("• 4 000 kronor per avslutad KBT- eller IPT-behandling<br/>"
      "• 15 000 kronor per avslutad MMR1<br/>"
      "• 20 000 kronor per avslutad MMR2")
    P("Landstingets andel av den statliga ramen för rehabiliteringsgarantin 2012 var 20,6 miljoner kronor. "
      "Ersättning betalas bara ut för behandlingar som har rapporterats till Försäkringskassan och godkänts i "
      "Försäkringskassans granskning. Landstinget rapporterar en gång per kvartal; rapporten för fjärde kvartalet "
      "2012 lämnades till Försäkringskassan den 31 januari 2013.")
    P("Resultat 2012", h2)
    P("Under 2012 rapporterade landstinget 2 712 avslutade KBT- och IPT-behandlingar till Försäkringskassan. "
      "Av dessa underkändes 46 behandlingar i granskningen av andra kvartalets rapport, eftersom uppgift om "
      "medicinsk bedömning före behandlingsstart saknades. Antalet godkända KBT/IPT-behandlingar blev därmed "
      "2 666, vilket är 452 fler än 2011 då 2 214 behandlingar godkändes.")
    P("Tabell 1. Godkända avslutade behandlingar och erhållen ersättning per kvartal 2012", h2)
    rows = [["Kvartal", "KBT", "IPT", "MMR1", "MMR2", "Ersättning, tkr"],
            ["Kvartal 1", "612", "38", "92", "24", "4 460"],
            ["Kvartal 2", "655", "41", "104", "27", "4 884"],
            ["Kvartal 3", "498", "29", "71", "19", "3 553"],
            ["Kvartal 4", "741", "52", "118", "31", "5 562"],
            ["Summa 2012", "2 506", "160", "385", "101", "18 459"]]
    s.append(_table(rows, [3.2, 2.0, 2.0, 2.0, 2.0, 3.2]))
    s.append(Spacer(1, 8))
    P("Landstinget erhöll sammanlagt knappt 18,5 miljoner kronor, vilket motsvarar 90 procent av den möjliga "
      "ramen. Motsvarande belopp för 2011 var 16,2 miljoner kronor.")
    P("Antalet MMR1 ökade från 341 år 2011 till 385 år 2012, medan antalet MMR2 minskade från 112 till 101.")
    P("Nedgången under tredje kvartalet förklaras dels av semesterperioden, dels av att ett nytt journalsystem "
      "infördes på vårdcentralerna i västra Värmland i september 2012, vilket försenade registreringen. En del av "
      "de behandlingar som avslutades i september rapporterades därför först i fjärde kvartalet.")
    P("Tabell 2. Godkända avslutade behandlingar per verksamhet 2012", h2)
    rows = [["Verksamhet", "KBT/IPT", "MMR1", "MMR2"],
            ["Vårdcentraler, Karlstadsområdet", "1 094", "168", "–"],
            ["Vårdcentraler, norra Värmland", "498", "112", "–"],
            ["Vårdcentraler, västra Värmland", "452", "105", "–"],
            ["Vuxenpsykiatrins öppenvårdsmottagningar", "622", "–", "–"],
            ["Rehabiliteringsmedicinska kliniken, CSK", "–", "–", "101"],
            ["Summa", "2 666", "385", "101"]]
    s.append(_table(rows, [7.0, 2.4, 2.4, 2.4]))
    s.append(Spacer(1, 8))
    P("I vårdcentralerna ingår både landstingets egna och de privata vårdcentralerna inom Vårdval Värmland.")
    P("Användning av medlen", h2)
    P("Ersättningen har fördelats vidare till de verksamheter som utfört behandlingarna med 3 500 kronor per "
      "KBT/IPT-behandling, 13 000 kronor per MMR1 och 18 000 kronor per MMR2. Mellanskillnaden, cirka 2,3 miljoner "
      "kronor, har använts till handledning av KBT-terapeuter, utbildning av MMR-teamen och central samordning.")
    P("Måluppfyllelse och fortsatt arbete", h2)
    P("Landstingsplanen för 2012 angav som mål 2 500 godkända KBT/IPT-behandlingar och 400 MMR1. Målet för "
      "KBT/IPT nåddes, medan MMR1 inte nådde upp till målet. Den genomsnittliga väntetiden till KBT på "
      "vårdcentralerna var sju veckor i december 2012. Inför 2013 har ett fjärde MMR1-team startat i Arvika "
      "i januari, och samtliga vårdcentraler har fått en checklista för dokumentation av den medicinska "
      "bedömningen.")
    P("Hälso- och sjukvårdsstaben<br/>Ansvarig för avsnittet: Britt-Marie Nordqvist, samordnare för "
      "rehabiliteringsgarantin, tfn 054-61 40 27<br/>Lars-Erik Tholin, landstingsdirektör")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b51-statskontoret-2011-pm-rapportering-forsakringskassan.docx"
    d = Document()
    d.core_properties.title = "PM: Landstingens rapportering av behandlingar inom rehabiliteringsgarantin"
    d.core_properties.author = "Statskontoret"
    d.add_paragraph(MARK)
    d.add_paragraph("Statskontoret\nAvdelningen för offentlig förvaltning")
    d.add_paragraph("PM\nDatum: 2011-09-14\nDnr: 2011/87-5\nTill: Socialdepartementet")
    d.add_heading("Landstingens rapportering av genomförda behandlingar inom rehabiliteringsgarantin till "
                  "Försäkringskassan", level=1)
    d.add_heading("1. Uppdraget", level=2)
    d.add_paragraph(
        "Statskontoret har på uppdrag av Socialdepartementet (regeringsbeslut den 17 mars 2011, S2011/2874/SF) "
        "översiktligt granskat hur landstingen rapporterar genomförda behandlingar inom rehabiliteringsgarantin "
        "till Försäkringskassan och hur Försäkringskassan kontrollerar rapporterna. Denna promemoria är ett "
        "underlag inför förhandlingarna mellan regeringen och SKL om överenskommelsen för 2012.")
    d.add_heading("2. Så går rapporteringen till i dag", level=2)
    d.add_paragraph(
        "Enligt överenskommelsen för 2011 ersätts landstingen för avslutade behandlingar med KBT, IPT och "
        "multimodal rehabilitering (MMR1 och MMR2). Varje landsting lämnar en sammanställning till "
        "Försäkringskassan tre gånger per år: den 31 maj, den 30 september och den 31 januari året efter. "
        "Sammanställningen anger antalet avslutade behandlingar per behandlingsform, fördelat på kön, och "
        "undertecknas av landstingsdirektören. Uppgifter om enskilda patienter lämnas inte. Försäkringskassan "
        "betalar ut ersättningen inom en månad efter att sammanställningen har kommit in.")
    d.add_heading("3. Genomförande", level=2)
    d.add_paragraph(
        "Granskningen genomfördes mellan maj och augusti 2011. Statskontoret har gått igenom de 63 "
        "sammanställningar som landstingen lämnade för 2010 och intervjuat företrädare för Försäkringskassan, "
        "SKL och åtta landsting: Blekinge, Dalarna, Gävleborg, Jönköping, Norrbotten, Skåne, Stockholm och "
        "Östergötland.")
    d.add_heading("Tabell 1. Rapporterade avslutade behandlingar i hela landet 2010", level=3)
    rows = [("Behandlingsform", "Antal", "Andel kvinnor"),
            ("KBT", "52 480", "71 %"), ("IPT", "3 870", "78 %"), ("MMR1", "5 940", "74 %"),
            ("MMR2", "2 310", "69 %"), ("Totalt", "64 600", "72 %")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("4. Iakttagelser", level=2)
    for t in [
        "Begreppet avslutad behandling tolkas olika. Överenskommelsen anger att en KBT-behandling i regel omfattar "
        "8–20 behandlingstillfällen men sätter ingen nedre gräns. Nio landsting räknar en behandling som avslutad "
        "efter minst fem tillfällen, sex landsting kräver minst åtta tillfällen och sex landsting saknar skriftlig "
        "regel.",
        "Uppgifterna sammanställs ofta för hand. I 13 av 21 landsting sammanställs antalet behandlingar manuellt "
        "från journaler eller från listor som vårdcentralerna skickar in. Endast åtta landsting hämtar uppgifterna "
        "direkt ur det patientadministrativa systemet.",
        "Behandlingar rapporteras i fel period. Cirka 4 100 av de behandlingar som rapporterades för 2010 hade "
        "avslutats redan under 2009.",
        "Det finns risk för dubbelräkning. I tre landsting rapporterades samma patient både som KBT och som MMR1 "
        "när KBT ingick i det multimodala programmet. Statskontoret uppskattar att det rör sig om högst 600 "
        "behandlingar år 2010.",
        "Försäkringskassans kontroll är formell. Försäkringskassan kontrollerar att sammanställningen är "
        "undertecknad och att summorna stämmer, men begär inte in något underlag. Uppgiften bemannas med "
        "motsvarande 1,5 årsarbetskrafter.",
        "Privata vårdgivare kontrolleras sällan. Landstingen tar emot uppgifter från privata vårdcentraler inom "
        "vårdvalet men endast två av de intervjuade landstingen har kontrollerat uppgifterna mot journalen."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("5. Statskontorets bedömning", level=2)
    d.add_paragraph(
        "Rapporteringen ger inte en tillförlitlig bild av hur många behandlingar som faktiskt har genomförts. "
        "Statskontoret bedömer att mellan fem och tio procent av de behandlingar som rapporterades för 2010 kan "
        "ha saknat stöd i överenskommelsen. Det innebär inte att landstingen medvetet har rapporterat fel; "
        "reglerna är otydliga och kontrollen är svag.")
    d.add_heading("6. Förslag", level=2)
    for t in [
        "En gemensam definition av avslutad behandling, med en nedre gräns för antalet behandlingstillfällen, "
        "skrivs in i överenskommelsen för 2012.",
        "Rapporteringen görs i en gemensam elektronisk mall som SKL tar fram, där avslutsdatum anges för varje "
        "behandling.",
        "Försäkringskassan får i uppdrag att göra stickprovskontroller mot journalunderlag i minst fyra landsting "
        "per år.",
        "En behandling ska rapporteras för den period då den avslutades; efterrapportering tillåts högst en "
        "period senare."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Kontaktpersoner", level=2)
    d.add_paragraph("Anna Lindqvist Ek, projektledare, tfn 08-454 46 31")
    d.add_paragraph("Johan Rydh, utredare, tfn 08-454 46 58")
    d.add_paragraph("Promemorian har granskats av Eva Hallgren, avdelningschef.")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
