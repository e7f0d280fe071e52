"""Generates the PDF and DOCX test documents of batch b47 (reportlab + python-docx)."""
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
    path = DOCS / "b47-riksrevisionen-2011-granskning-sjukskrivningsmiljarden.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="RiR 2011:14 Sjukskrivningsmiljarden – sammanfattning",
                            author="Riksrevisionen", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("RIKSREVISIONEN")
    P("Granskningsrapport – sammanfattning<br/>RiR 2011:14<br/>Datum: 2011-05-17<br/>Dnr: 31-2010-0388")
    P("Sjukskrivningsmiljarden – har statsbidragen förbättrat landstingens sjukskrivningsprocess?", h1)
    P("Sammanfattning", h2)
    P("Riksrevisionen har granskat de statsbidrag som regeringen under åren 2006–2010 har betalat ut till "
      "landstingen genom överenskommelser med Sveriges Kommuner och Landsting (SKL) om den så kallade "
      "sjukskrivningsmiljarden. Syftet med överenskommelserna har varit att ge sjukskrivningsfrågorna högre "
      "prioritet i hälso- och sjukvården och att bidra till en kvalitetssäker sjukskrivningsprocess. "
      "Under de fem åren avsattes sammanlagt 5 350 miljoner kronor, det vill säga drygt fem miljarder kronor. "
      "Granskningen visar att medlen har bidragit till att landstingen byggt upp ledningsstrukturer för "
      "sjukskrivningsfrågor, men att det inte går att visa att statsbidragen i sig har påverkat sjukfrånvaron.")
    P("Granskningens inriktning", h2)
    P("Granskningen har besvarat tre frågor:")
    P("1. Har överenskommelserna utformats så att de ger landstingen tydliga incitament?<br/>"
      "2. Har regeringen följt upp hur medlen har använts?<br/>"
      "3. Har insatserna bidragit till en mer kvalitetssäker sjukskrivningsprocess?")
    P("Granskningen bygger på dokumentstudier, intervjuer med företrädare för Socialdepartementet, SKL och "
      "Försäkringskassan samt en enkät till samtliga 21 landsting, som alla besvarade den. Sju landsting har "
      "granskats närmare: Stockholms läns landsting, Landstinget i Östergötland, Region Skåne, Västra "
      "Götalandsregionen, Landstinget i Värmland, Landstinget Västernorrland och Norrbottens läns landsting.")
    P("Tabell 1. Avsatta medel per år och del av överenskommelsen (miljoner kronor)", h2)
    rows = [["Del av överenskommelsen", "2006", "2007", "2008", "2009", "2010", "Summa"],
            ["A. Prestationsbaserad del (minskad sjukfrånvaro)", "700", "650", "500", "400", "350", "2 600"],
            ["B. Ledningsstruktur och sjukskrivningsrutiner", "300", "350", "200", "150", "100", "1 100"],
            ["C. Försäkringsmedicinskt beslutsstöd och kompetens", "–", "–", "150", "200", "250", "600"],
            ["D. Fördjupade medicinska utredningar (FMU)", "–", "–", "100", "150", "200", "450"],
            ["E. Elektroniska läkarintyg och informationsutbyte", "–", "–", "50", "200", "350", "600"],
            ["Summa", "1 000", "1 000", "1 000", "1 100", "1 250", "5 350"]]
    t = Table(rows, colWidths=[6.6 * cm, 1.3 * cm, 1.3 * cm, 1.3 * cm, 1.3 * cm, 1.3 * cm, 1.5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    s.append(t)
    P("Källa: Överenskommelser mellan staten och SKL 2006–2010; Riksrevisionens bearbetning.")
    s.append(Spacer(1, 6))
    P("Av de avsatta medlen betalades 5 118 miljoner kronor ut till landstingen. Resterande 232 miljoner kronor "
      "återgick till statsbudgeten, främst därför att flera landsting inte uppfyllde villkoret om elektroniska "
      "läkarintyg år 2010.")
    P("Den prestationsbaserade delen (del A) fördelades efter hur mycket sjukfrånvaron i landstingets län hade "
      "minskat jämfört med föregående år. Andelen prestationsbaserade medel sjönk från 70 procent av "
      "statsbidraget 2006 till 28 procent 2010. Delarna C–E tillkom i och med överenskommelsen för 2008.")
    P("Riksrevisionens iakttagelser", h2)
    P("1. Otydliga incitament. Den prestationsbaserade delen belönade en minskad sjukfrånvaro som till största "
      "delen berodde på andra faktorer, bland annat regeländringarna i sjukförsäkringen den 1 juli 2008. "
      "Riksrevisionens beräkningar tyder på att överenskommelserna förklarar högst 3 procent av minskningen "
      "av antalet sjukpenningdagar under perioden.")
    P("2. Bristande uppföljning. Regeringen har inte begärt någon redovisning av hur landstingen har använt "
      "medlen. I enkäten kunde 9 av 21 landsting inte redovisa vad medlen för 2009 hade använts till. "
      "Tolv landsting fördelade medlen vidare till vårdcentraler och kliniker, medan nio behöll dem centralt.")
    P("3. Beslutsstödet används i begränsad utsträckning. Socialstyrelsens försäkringsmedicinska beslutsstöd "
      "infördes stegvis från hösten 2007. År 2010 kände 78 procent av läkarna i primärvården i de sju "
      "granskade landstingen till beslutsstödet, men endast 41 procent uppgav att de använde det regelbundet.")
    P("4. Ledningsstrukturerna har förbättrats. År 2010 hade samtliga 21 landsting en utsedd "
      "ledningsfunktion för sjukskrivningsfrågor och en fastställd sjukskrivningspolicy. År 2006 gällde "
      "detta sex landsting.")
    P("5. Kortare väntan på fördjupade medicinska utredningar. Den genomsnittliga tiden från beställning till "
      "levererad FMU minskade från 94 dagar 2008 till 61 dagar 2010.")
    P("Riksrevisionens rekommendationer", h2)
    P("Riksrevisionen rekommenderar regeringen att")
    P("1. utforma framtida överenskommelser med mätbara mål som landstingen själva kan påverka,<br/>"
      "2. kräva att landstingen årligen redovisar hur statsbidragen har använts,<br/>"
      "3. låta en oberoende part utvärdera effekterna innan en ny flerårig överenskommelse ingås,<br/>"
      "4. överväga att ersätta den prestationsbaserade delen med ersättning för genomförda insatser, "
      "till exempel utbildning i försäkringsmedicin och kvalitetssäkrade sjukintyg.")
    P("Regeringen ska inom fyra månader lämna en skrivelse till riksdagen med anledning av granskningen.")
    P("Beslut och medverkande", h2)
    P("Beslut i detta ärende har fattats av riksrevisor Bertil Åhlund. Revisionsdirektör Helena Kvist har "
      "varit föredragande. Revisor Jonas Ekelund har medverkat vid den slutliga handläggningen.")
    P("Kontakt: Helena Kvist, projektledare, tfn 08-5171 43 12.")
    doc.build(s)


def table(d, rows):
    tab = d.add_table(rows=0, cols=len(rows[0]))
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v


def make_docx() -> None:
    path = DOCS / "b47-sormland-2012-avtal-kbt-rehabiliteringsgarantin.docx"
    d = Document()
    d.core_properties.title = "Avtal om KBT inom rehabiliteringsgarantin 2012"
    d.core_properties.author = "Landstinget Sörmland"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget Sörmland\nLandstingets ledningskontor, Hälso- och sjukvårdsstaben")
    d.add_paragraph("AVTAL\nDiarienummer: LS-LED11-1432\nDatum: 2012-01-19")
    d.add_heading("Avtal om kognitiv beteendeterapi (KBT) inom rehabiliteringsgarantin 2012", level=1)
    d.add_heading("1. Parter", level=2)
    d.add_paragraph("Beställare: Landstinget Sörmland, org.nr 232100-0032, 611 88 Nyköping "
                    "(nedan kallat landstinget).")
    d.add_paragraph("Leverantör: Mälardalens Terapicentrum AB, org.nr 556781-4420, Kungsgatan 14, "
                    "632 20 Eskilstuna (nedan kallad leverantören).")
    d.add_heading("2. Bakgrund och avtalets omfattning", level=2)
    d.add_paragraph(
        "Landstinget har genom överenskommelsen mellan staten och Sveriges Kommuner och Landsting om en "
        "rehabiliteringsgaranti åtagit sig att erbjuda KBT till patienter med lindrig eller medelsvår ångest, "
        "depression eller stressrelaterad ohälsa. För att förkorta väntetiderna i primärvården köper landstinget "
        "behandlingar av leverantören som komplement till vårdcentralernas egna behandlare.")
    d.add_paragraph(
        "Avtalet omfattar individuell KBT och KBT i grupp för kvinnor och män i åldern 16–67 år som är "
        "sjukskrivna eller riskerar att bli sjukskrivna. Patienten ska ha remitterats från en vårdcentral i "
        "Sörmland efter en dokumenterad medicinsk bedömning. Leverantören får inte ta emot egenremisser inom "
        "ramen för avtalet.")
    d.add_heading("3. Avtalstid", level=2)
    d.add_paragraph("Avtalet gäller från och med den 1 februari 2012 till och med den 31 december 2012. "
                    "Behandlingar som påbörjats före den 31 december 2012 får slutföras och ersättas enligt "
                    "avtalet, dock senast den 28 februari 2013.")
    d.add_heading("4. Ersättning per avslutad behandling", level=2)
    d.add_paragraph("Ersättning betalas endast för avslutade behandlingar som har rapporterats enligt punkt 6. "
                    "Priserna är fasta under avtalstiden och anges exklusive moms (hälso- och sjukvård är "
                    "momsfri).")
    table(d, [("Behandlingsform", "Villkor", "Ersättning per patient"),
              ("Individuell KBT", "Minst 5 behandlingstillfällen, avslutad", "10 400 kr"),
              ("KBT i grupp", "Minst 6 gruppträffar, avslutad", "4 900 kr"),
              ("Avbruten individuell KBT", "Minst 3 behandlingstillfällen", "3 500 kr")])
    d.add_paragraph("En individuell behandling omfattar normalt 8–14 behandlingstillfällen om 45–60 minuter. "
                    "Bedömningssamtal ingår i ersättningen och ersätts inte separat.")
    d.add_heading("5. Volymer", level=2)
    d.add_paragraph("Landstinget beställer högst 360 individuella behandlingar och högst 120 platser i "
                    "gruppbehandling under avtalstiden. De individuella behandlingarna fördelas enligt följande:")
    table(d, [("Närsjukvårdsområde", "Individuell KBT", "KBT i grupp"),
              ("Eskilstuna", "170", "60"), ("Nyköping–Oxelösund", "110", "40"),
              ("Katrineholm–Vingåker–Flen", "80", "20"), ("Totalt", "360", "120")])
    d.add_paragraph("Avtalets sammanlagda värde uppgår därmed till högst 4 332 000 kronor, alltså drygt "
                    "4,3 miljoner kronor. Landstinget garanterar ingen lägsta volym.")
    d.add_heading("6. Tillgänglighet, rapportering och uppföljning", level=2)
    for t in [
        "Patienten ska erbjudas ett första besök senast 14 kalenderdagar efter att remissen kommit in.",
        "Leverantören rapporterar avslutade behandlingar till landstinget senast den femte arbetsdagen i "
        "månaden efter att behandlingen avslutades.",
        "Rapporten ska för varje patient innehålla personnummer, diagnoskod enligt ICD-10, datum för första "
        "och sista behandlingstillfälle, antal behandlingstillfällen samt sjukskrivningsgrad vid start och "
        "avslut.",
        "Symtomskattning med PHQ-9 eller GAD-7 ska göras vid första och sista behandlingstillfället.",
        "Leverantören lämnar en kvartalsrapport med väntetider och avbrott senast den 10 april, den 10 juli, "
        "den 10 oktober 2012 och den 10 januari 2013.",
    ]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Landstinget använder rapporterna i sin egen redovisning av genomförda behandlingar till "
                    "Försäkringskassan. Behandlingar som rapporteras för sent eller ofullständigt ersätts inte.")
    d.add_heading("7. Fakturering och betalning", level=2)
    d.add_paragraph("Leverantören fakturerar månadsvis i efterskott. Betalning sker 30 dagar efter att korrekt "
                    "faktura har kommit in.")
    d.add_heading("8. Uppsägning och hävning", level=2)
    d.add_paragraph("Vardera parten får säga upp avtalet med tre månaders uppsägningstid. Landstinget får häva "
                    "avtalet med omedelbar verkan om leverantören väsentligt bryter mot avtalet, till exempel "
                    "genom upprepade brister i rapporteringen eller om legitimation saknas hos behandlare. Om "
                    "överenskommelsen mellan staten och SKL för 2012 upphör att gälla får landstinget säga upp "
                    "avtalet med en månads uppsägningstid.")
    d.add_heading("9. Kontaktpersoner", level=2)
    d.add_paragraph("Landstinget: Annika Strömberg, samordnare rehabiliteringsgarantin, tfn 016-10 52 38")
    d.add_paragraph("Leverantören: Johan Westin, verksamhetschef och leg. psykolog, tfn 016-14 70 02")
    d.add_heading("10. Underskrifter", level=2)
    d.add_paragraph("Avtalet har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.")
    d.add_paragraph("Nyköping den 19 januari 2012\nFör Landstinget Sörmland\n\nGöran Lindqvist\n"
                    "Hälso- och sjukvårdsdirektör")
    d.add_paragraph("Eskilstuna den 24 januari 2012\nFör Mälardalens Terapicentrum AB\n\nKarin Melander\n"
                    "Verkställande direktör")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
