"""Generates the PDF and DOCX test documents of batch b43 (reportlab + python-docx)."""
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
    path = DOCS / "b43-blekinge-2016-kvartalsrapport-kbt-ipt-vardcentraler.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Kvartalsrapport 4/2016 KBT och IPT",
                            author="Landstinget Blekinge", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731

    def table(rows, widths):
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
        s.append(t)
        s.append(Spacer(1, 8))

    P(MARK)
    P("Landstinget Blekinge<br/>Primärvårdsförvaltningen, Enheten för uppföljning och analys")
    P("RAPPORT<br/>Datum: 2017-02-10<br/>Diarienummer: LTB 2017/0142<br/>"
      "Handläggare: Annika Lindqvist, utvecklingsstrateg")
    P("Kvartalsrapport 4/2016: KBT och IPT vid lindrig och medelsvår psykisk ohälsa – "
      "behandlingar per vårdcentral och statsmedel helåret 2016", h1)
    P("1. Sammanfattning", h2)
    P("Under 2016 påbörjades 1 102 behandlingar med kognitiv beteendeterapi (KBT) eller interpersonell "
      "psykoterapi (IPT) i Landstinget Blekinges primärvård och vuxenpsykiatriska öppenvård. 923 behandlingar "
      "avslutades och rapporterades till Försäkringskassan, vilket är 81 färre än 2015 då 1 004 behandlingar "
      "avslutades. Landstingets mål för 2016 var 1 000 avslutade behandlingar, och måluppfyllelsen blev därmed "
      "92 procent.")
    P("Landstinget tog under året emot drygt elva miljoner kronor i statsmedel för avslutade behandlingar "
      "inom överenskommelsen mellan staten och SKL om en kvalitetssäker och effektiv sjukskrivningsprocess 2016 "
      "(området insatser för lindrig och medelsvår psykisk ohälsa).")
    P("2. Begrepp", h2)
    P("Med <i>påbörjad behandling</i> avses i denna rapport att patienten har genomfört sitt första "
      "behandlingssamtal efter den medicinska bedömningen. En <i>avslutad behandling</i> är en behandling där "
      "minst fem behandlingssamtal har genomförts och där behandlaren har dokumenterat ett avslut enligt "
      "behandlingsplanen. En <i>avbruten behandling</i> är en påbörjad behandling som patienten eller "
      "behandlaren har avslutat i förtid; den rapporteras inte och ger ingen ersättning. VPÖ står för "
      "vuxenpsykiatrins öppenvårdsmottagningar.")
    P("3. Behandlingar per vårdcentral 2016", h2)
    P("Tabell 1. Påbörjade, avslutade och avbrutna KBT/IPT-behandlingar per enhet, helåret 2016")
    rows = [["Enhet", "Påbörjade", "Avslutade", "varav IPT", "Avbrutna"],
            ["Wämö vårdcentral", "128", "104", "12", "15"],
            ["Lyckeby vårdcentral", "96", "81", "6", "9"],
            ["Jämjö vårdcentral", "41", "35", "0", "4"],
            ["Nättraby vårdcentral", "52", "44", "3", "5"],
            ["Ronneby vårdcentral", "143", "118", "14", "17"],
            ["Kallinge vårdcentral", "60", "49", "2", "8"],
            ["Olofströms vårdcentral", "74", "58", "5", "8"],
            ["Sölvesborgs vårdcentral", "112", "97", "9", "11"],
            ["Kungsmarkens vårdcentral", "101", "88", "7", "9"],
            ["Carlshamns vårdcentral", "155", "131", "16", "18"],
            ["Mörrums vårdcentral", "48", "41", "2", "5"],
            ["VPÖ (KBT-teamet)", "92", "77", "8", "10"],
            ["Totalt", "1 102", "923", "84", "119"]]
    table(rows, [5.6 * cm, 2.4 * cm, 2.4 * cm, 2.2 * cm, 2.2 * cm])
    P("Vid årsskiftet pågick 60 behandlingar som påbörjats under 2016. De räknas som avslutade under 2017 "
      "när de har slutförts. Andelen avbrutna behandlingar var högst vid Kallinge vårdcentral (13 procent av de "
      "påbörjade) och lägst vid Kungsmarkens vårdcentral (9 procent).")
    P("Carlshamns vårdcentral avslutade flest behandlingar, 131 stycken. Jämjö vårdcentral saknade IPT-utbildad "
      "behandlare under hela året och kunde därför bara erbjuda KBT.")
    P("4. Rapportering och statsmedel per kvartal", h2)
    P("Landstinget rapporterar avslutade behandlingar till Försäkringskassan en gång per kvartal. Ersättningen "
      "från staten var 12 000 kronor per avslutad behandling. Försäkringskassan betalar ut ersättningen ungefär "
      "en månad efter rapporttillfället.")
    P("Tabell 2. Rapporterade avslutade behandlingar och mottagna statsmedel per kvartal 2016")
    rows = [["Kvartal", "Rapporterade behandlingar", "Rapport lämnad", "Mottaget belopp (kr)", "Utbetalt"],
            ["Kvartal 1", "212", "2016-04-15", "2 544 000", "2016-05-20"],
            ["Kvartal 2", "248", "2016-07-15", "2 976 000", "2016-08-19"],
            ["Kvartal 3", "176", "2016-10-14", "2 112 000", "2016-11-18"],
            ["Kvartal 4", "287", "2017-01-13", "3 444 000", "2017-02-17"],
            ["Helår 2016", "923", "", "11 076 000", ""]]
    table(rows, [2.4 * cm, 3.6 * cm, 2.8 * cm, 3.4 * cm, 2.6 * cm])
    P("Det låga utfallet under kvartal 3 förklaras av semesterperioden och av att två psykologtjänster i "
      "Ronneby var vakanta under augusti och september. Utbetalningen för kvartal 4 väntas den 17 februari 2017 "
      "och ingår i helårsbeloppet ovan.")
    P("5. Ersättning till enheterna", h2)
    P("Av de 12 000 kronorna per avslutad behandling fördelas 9 000 kronor till den enhet som har genomfört "
      "behandlingen. Resterande 3 000 kronor per behandling används centralt för handledning, utbildning i IPT "
      "och för uppföljningssystemet. För 2016 innebär det att 8 307 000 kronor fördelas till enheterna och "
      "2 769 000 kronor används centralt.")
    P("6. Jämförelse med tidigare år", h2)
    P("Tabell 3. Påbörjade och avslutade behandlingar 2014–2016")
    rows = [["År", "Påbörjade", "Avslutade", "Mottagna statsmedel (kr)"],
            ["2014", "1 066", "968", "11 616 000"],
            ["2015", "1 180", "1 004", "12 048 000"],
            ["2016", "1 102", "923", "11 076 000"]]
    table(rows, [2.4 * cm, 3.0 * cm, 3.0 * cm, 4.6 * cm])
    P("7. Åtgärder inför 2017", h2)
    P("1. Två IPT-utbildningar om vardera tolv deltagare genomförs under våren 2017, så att varje vårdcentral "
      "har minst en IPT-utbildad behandlare senast den 30 juni 2017.<br/>"
      "2. Vakanta psykologtjänster i Ronneby och Olofström prioriteras vid rekrytering.<br/>"
      "3. Enheter med mer än 12 procent avbrutna behandlingar gör en egen genomgång av orsakerna och "
      "redovisar den till primärvårdsledningen senast den 31 maj 2017.")
    P("8. Kontakt", h2)
    P("Annika Lindqvist, utvecklingsstrateg, tfn 0455-73 41 26<br/>"
      "Henrik Bengtsson, controller, tfn 0455-73 40 85")
    P("Landstinget Blekinge<br/>Primärvårdsförvaltningen<br/><br/>Mats Eriksson<br/>Primärvårdsdirektör")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b43-skane-2014-avtal-mmr2-smartklinik.docx"
    d = Document()
    d.core_properties.title = "Avtal om multimodal rehabilitering MMR2 2015–2016"
    d.core_properties.author = "Region Skåne"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Skåne\nKoncernkontoret, Avdelningen för hälso- och sjukvårdsstyrning")
    d.add_paragraph("AVTAL\nDiarienummer: 1402567\nAvtalsnummer: RS-MMR2-2015-03")
    d.add_heading("Avtal om multimodal rehabilitering på specialistnivå (MMR2) vid långvarig smärta "
                  "2015–2016", level=1)
    d.add_heading("1. Parter", level=2)
    d.add_paragraph("Beställare: Region Skåne, organisationsnummer 232100-0255, nedan kallad Regionen.")
    d.add_paragraph("Utförare: Smärtrehab Syd AB, organisationsnummer 556812-4471, Scheelevägen 17, 223 63 Lund, "
                    "nedan kallad Utföraren.")
    d.add_heading("2. Bakgrund och omfattning", level=2)
    d.add_paragraph(
        "Regionen erbjuder multimodal rehabilitering till patienter med långvarig smärta inom ramen för den "
        "årliga överenskommelsen mellan staten och Sveriges Kommuner och Landsting om en rehabiliteringsgaranti. "
        "Detta avtal gäller MMR2, det vill säga multimodal rehabilitering på specialistnivå som kräver en "
        "fördjupad teambedömning. Med MMR1 avses i detta avtal den multimodala rehabilitering som ges i "
        "primärvården och som inte omfattas av avtalet.")
    d.add_paragraph("Avtalet omfattar patienter som uppfyller samtliga följande krav:")
    for t in ["är mellan 16 och 67 år när rehabiliteringen inleds,",
              "har haft långvarig smärta i rygg, nacke eller axlar, eller generaliserad smärta, i minst sex "
              "månader,",
              "är sjukskrivna eller löper risk att bli sjukskrivna,",
              "har remitterats från vårdcentral eller specialistmottagning i Skåne och bedömts vid ett "
              "teambesök hos Utföraren."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("3. Tjänstens innehåll", level=2)
    d.add_paragraph(
        "Rehabiliteringen ges av ett team med minst läkare, psykolog, fysioterapeut och arbetsterapeut, samt "
        "vid behov kurator. Programmet pågår i sju veckor med minst tre träffar per vecka, följt av en "
        "uppföljning efter sex och tolv månader. En plan för återgång i arbete ska upprättas tillsammans med "
        "patienten och, om patienten samtycker, med arbetsgivaren och Försäkringskassan.")
    d.add_heading("4. Volymer", level=2)
    d.add_paragraph(
        "Regionen beräknar att 120 patienter per år ska påbörja MMR2 hos Utföraren. Regionen garanterar "
        "ersättning för minst 90 patienter per år. Utföraren får ta emot högst 140 patienter per år inom "
        "avtalet; fler patienter får tas emot endast efter skriftligt medgivande från Regionen.")
    d.add_heading("5. Ersättning", level=2)
    tab = d.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    for r in [("Ersättningsform", "Belopp"),
              ("Teambedömning (oavsett om MMR2 påbörjas)", "6 200 kr per patient"),
              ("Fullföljd MMR2 inklusive uppföljning", "48 500 kr per patient"),
              ("Avbruten MMR2 efter minst tre veckor", "24 250 kr per patient"),
              ("Avbruten MMR2 före tre veckor", "ingen ersättning")]:
        cells = tab.add_row().cells
        cells[0].text, cells[1].text = r
    d.add_paragraph(
        "Priserna gäller för 2015. För 2016 räknas priserna upp med 1,8 procent. Ersättningen betalas "
        "kvartalsvis i efterskott mot faktura, inom 30 dagar efter att Regionen har godkänt kvartalsrapporten. "
        "Mervärdesskatt tillkommer inte.")
    d.add_heading("6. Rapportering", level=2)
    for t in ["Utföraren ska senast den tionde arbetsdagen efter varje kvartals slut rapportera antalet "
              "teambedömningar, påbörjade, fullföljda och avbrutna MMR2 till Regionen, uppdelat på kvinnor "
              "och män.",
              "Utföraren ska registrera samtliga patienter i Nationellt register över smärtrehabilitering "
              "(NRS) vid start, avslut och uppföljning efter tolv månader.",
              "Utföraren ska en gång per år, senast den 15 februari, lämna en verksamhetsberättelse med "
              "resultat för återgång i arbete.",
              "Om en kvartalsrapport lämnas för sent får Regionen ta ut ett vite om 5 000 kr per påbörjad "
              "vecka av förseningen."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("7. Avtalstid och uppsägning", level=2)
    d.add_paragraph(
        "Avtalet gäller från och med den 1 januari 2015 till och med den 31 december 2016. Regionen har rätt att "
        "förlänga avtalet med högst tolv månader, på oförändrade villkor, genom skriftligt meddelande senast "
        "den 30 juni 2016. Vardera parten får säga upp avtalet med sex månaders uppsägningstid. Om den statliga "
        "överenskommelsen om rehabiliteringsgarantin upphör eller ändras väsentligt får Regionen säga upp avtalet "
        "med tre månaders uppsägningstid.")
    d.add_heading("8. Kontaktpersoner", level=2)
    d.add_paragraph("För Regionen: Helena Dahlberg, avtalsförvaltare, tfn 040-675 32 18")
    d.add_paragraph("För Utföraren: Johan Ekdahl, med. dr, verksamhetschef och specialist i rehabiliteringsmedicin, "
                    "tfn 046-27 14 90")
    d.add_heading("9. Underskrifter", level=2)
    d.add_paragraph("Detta avtal har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.")
    d.add_paragraph("Malmö den 12 december 2014\nFör Region Skåne\n\nIngrid Malmberg\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Lund den 15 december 2014\nFör Smärtrehab Syd AB\n\nJohan Ekdahl\nVerkställande direktör")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
