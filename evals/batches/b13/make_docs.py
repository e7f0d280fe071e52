"""Writes the HTML, DOCX and PDF test documents of batch b13 into docs/ (stdlib + python-docx + reportlab)."""

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>98 procent av statsbidraget till Gävleborg – fler fick KBT och smärtrehabilitering 2015 - Region Gävleborg</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Region Gävleborg">
<link rel="canonical" href="https://www.regiongavleborg.se/press/pressmeddelanden/2016/98-procent-av-statsbidraget-till-gavleborg/">
</head>
<body>
<div class="cookie-banner" id="cookieConsent">
  <p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen. Genom att fortsätta godkänner du att vi använder kakor.
  <a href="/om-webbplatsen/kakor/">Läs mer om kakor</a> <button>Jag förstår</button></p>
</div>
<header class="site-header">
  <a class="logo" href="/">Region Gävleborg</a>
  <nav class="main-nav" aria-label="Huvudmeny">
    <ul>
      <li><a href="/vard-och-halsa/">Vård och hälsa</a></li>
      <li><a href="/utbildning-och-kultur/">Utbildning och kultur</a></li>
      <li><a href="/regional-utveckling/">Regional utveckling</a></li>
      <li><a href="/politik-och-organisation/">Politik och organisation</a></li>
      <li><a href="/press/">Press</a></li>
      <li><a href="/jobb/">Jobba hos oss</a></li>
    </ul>
  </nav>
  <form class="search" action="/sok/"><input type="text" name="q" placeholder="Sök"></form>
</header>
<div class="breadcrumbs">
  <a href="/">Start</a> &gt; <a href="/press/">Press</a> &gt; <a href="/press/pressmeddelanden/">Pressmeddelanden</a> &gt; 2016
</div>
<div class="page">
<main id="content">
<p class="editor-note">""" + MARKER + """</p>
<p class="meta">Pressmeddelande · Publicerad <time datetime="2016-02-18">18 februari 2016</time></p>
<h1>98 procent av statsbidraget till Gävleborg – fler fick KBT och smärtrehabilitering 2015</h1>
<p class="ingress">Under 2015, det sista året med rehabiliteringsgarantin, fick fler patienter i Gävleborg behandling med KBT, IPT och multimodal rehabilitering än något tidigare år. Region Gävleborg fick 20,56 miljoner kronor av de möjliga 20,9 miljoner kronorna i statsbidrag, vilket motsvarar 98 procent.</p>
<p>Under 2015 avslutades 1 020 behandlingar med kognitiv beteendeterapi (KBT) eller interpersonell psykoterapi (IPT) och 280 serier med multimodal rehabilitering (MMR). Av MMR-serierna genomfördes 214 inom MMR1 vid rehabenheterna i Gävle, Sandviken, Hudiksvall och Bollnäs och 66 inom MMR2 vid Smärtrehabiliteringen på Gävle sjukhus.</p>
<p>Året innan, 2014, avslutades 870 behandlingar med KBT eller IPT och 231 MMR-serier. Då betalades 17,9 miljoner kronor ut till dåvarande Landstinget Gävleborg, vilket motsvarade 82 procent av det möjliga beloppet.</p>
<p>– Att vi nu får ut nästan hela statsbidraget visar att vårdcentralerna har tagit uppdraget på allvar. Det betyder att fler gävleborgare med ångest, depression eller långvarig smärta har fått hjälp att komma tillbaka till arbetet, säger Lars-Erik Tornberg (S), ordförande i hälso- och sjukvårdsnämnden.</p>
<h2>Sju av tio var kvinnor</h2>
<p>Av de patienter som fick KBT eller IPT var 71 procent kvinnor. Inom multimodal rehabilitering var andelen kvinnor 78 procent. KBT erbjuds i dag vid 27 av länets 28 vårdcentraler.</p>
<p>– Sedan 2012 har vi utbildat 46 medarbetare i KBT, och det märks. Samtidigt har väntetiden till MMR2 ökat och var i december 2015 i genomsnitt 14 veckor. Det måste vi arbeta vidare med, säger Maria Öhrling, projektledare för rehabiliteringsgarantin i Region Gävleborg.</p>
<h2>Avslutade behandlingar och utbetalt statsbidrag 2013–2015</h2>
<table>
  <thead><tr><th>År</th><th>KBT/IPT</th><th>MMR1</th><th>MMR2</th><th>Utbetalt (miljoner kronor)</th></tr></thead>
  <tbody>
    <tr><td>2013</td><td>742</td><td>148</td><td>42</td><td>15,2</td></tr>
    <tr><td>2014</td><td>870</td><td>176</td><td>55</td><td>17,9</td></tr>
    <tr><td>2015</td><td>1 020</td><td>214</td><td>66</td><td>20,56</td></tr>
  </tbody>
</table>
<h2>Vad händer 2016?</h2>
<p>Rehabiliteringsgarantin upphörde vid årsskiftet. Från 2016 ingår insatser för lindrig och medelsvår psykisk ohälsa i den nya överenskommelsen mellan regeringen och SKL om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess. Hälso- och sjukvårdsnämnden beslutade den 9 december 2015 att KBT, IPT och MMR ska erbjudas i samma omfattning under 2016.</p>
<div class="factbox">
<h3>Fakta: Rehabiliteringsgarantin</h3>
<ul>
  <li>Rehabiliteringsgarantin var en överenskommelse mellan regeringen och SKL som gällde 2008–2015.</li>
  <li>Den gav kvinnor och män i åldern 16–67 år tillgång till KBT eller IPT vid lindrig till medelsvår ångest, depression eller stress, och multimodal rehabilitering vid långvarig smärta i rygg, nacke eller skuldror.</li>
  <li>Ersättningen 2015 var 12 000 kronor per avslutad KBT/IPT, 25 000 kronor per MMR1-serie och 45 000 kronor per MMR2-serie.</li>
</ul>
</div>
<h2>Kontakt</h2>
<p>Maria Öhrling, projektledare rehabiliteringsgarantin, 026-15 52 38, maria.ohrling@regiongavleborg.se</p>
<p>Lars-Erik Tornberg (S), ordförande hälso- och sjukvårdsnämnden, 026-15 51 09</p>
<p>Region Gävleborgs presstjänst, 026-15 40 70</p>
</main>
<aside class="sidebar">
  <h2>Fler pressmeddelanden</h2>
  <ul>
    <li><a href="#">2016-02-11 Nytt vårdval för barnhälsovården</a></li>
    <li><a href="#">2016-02-04 Akutmottagningen i Hudiksvall byggs om</a></li>
    <li><a href="#">2016-01-28 Rekordmånga vaccinerade mot influensa</a></li>
  </ul>
  <h2>Prenumerera</h2>
  <p>Få våra pressmeddelanden via e-post.</p>
</aside>
</div>
<footer class="site-footer">
  <p>Region Gävleborg, 801 88 Gävle. Växel 026-15 40 00. Organisationsnummer 232100-0198.</p>
  <p><a href="/om-webbplatsen/">Om webbplatsen</a> · <a href="/tillganglighet/">Tillgänglighetsredogörelse</a> · <a href="/om-webbplatsen/kakor/">Kakor</a></p>
</footer>
</body>
</html>
"""


def write_html() -> None:
    (DOCS / "b13-gavleborg-2016-pressmeddelande-rehabiliteringsgarantin-2015.html").write_text(HTML, "utf-8")


def write_docx() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.title = "Remittering till multimodal rehabilitering (MMR1 och MMR2) vid långvarig smärta"
    doc.core_properties.author = "Region Kronoberg"
    doc.add_paragraph(MARKER)
    doc.add_paragraph("Region Kronoberg")
    doc.add_heading("Riktlinje: Remittering till multimodal rehabilitering (MMR1 och MMR2) vid långvarig smärta", level=0)
    meta = doc.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for k, v in [
        ("Dokumenttyp", "Riktlinje"),
        ("Gäller för", "Vårdcentraler, rehabenheter och specialistvård i Region Kronoberg"),
        ("Fastställd av", "Ingrid Lundahl, hälso- och sjukvårdsdirektör"),
        ("Fastställd", "2017-03-15"),
        ("Giltig till och med", "2019-03-15"),
        ("Dokumentansvarig", "Jonas Wedin, verksamhetschef, Smärtrehabiliteringen, Centrallasarettet Växjö"),
        ("Diarienummer", "17RK412"),
        ("Version", "2"),
    ]:
        row = meta.add_row().cells
        row[0].text, row[1].text = k, v

    doc.add_heading("1. Syfte", level=1)
    doc.add_paragraph(
        "Riktlinjen ska ge remitterande läkare i Region Kronoberg ett gemensamt underlag för att bedöma vilka patienter "
        "med långvarig smärta som ska remitteras till multimodal rehabilitering, och till vilken nivå. Målet är att rätt "
        "patient ska få rätt insats i rätt tid och att fler ska kunna återgå i arbete.")
    doc.add_heading("2. Bakgrund", level=1)
    doc.add_paragraph(
        "Multimodal rehabilitering (MMR) byggdes upp i länet med stöd av rehabiliteringsgarantin 2008–2015. Sedan 2016 "
        "finansieras verksamheten inom ramen för överenskommelsen mellan staten och SKL om en kvalitetssäker och effektiv "
        "sjukskrivnings- och rehabiliteringsprocess samt med egna medel. MMR innebär att ett team med flera professioner "
        "arbetar samtidigt och samordnat med patienten utifrån en gemensam plan.")
    doc.add_paragraph(
        "MMR1 ges i primärvården vid rehabenheterna i Växjö, Ljungby och Älmhult. MMR2 ges i specialistvården vid "
        "Smärtrehabiliteringen, Centrallasarettet Växjö, och är avsedd för patienter med mer komplex problematik.")
    doc.add_heading("3. Kriterier för remiss till MMR", level=1)
    doc.add_heading("3.1 Inklusionskriterier", level=2)
    doc.add_paragraph("Samtliga följande kriterier ska vara uppfyllda:")
    for item in [
        "Patienten är 16–67 år.",
        "Patienten har långvarig smärta i rygg, nacke eller skuldror som har pågått i minst tre månader.",
        "Smärtan påverkar patientens arbetsförmåga eller förmåga att studera, och patienten är sjukskriven eller riskerar att bli sjukskriven.",
        "En medicinsk bedömning är gjord och ingen ytterligare medicinsk utredning pågår eller planeras.",
        "Patienten är motiverad till en aktiv rehabilitering och kan delta i gruppverksamhet.",
        "Patienten har fyllt i Örebro Musculoskeletal Pain Screening Questionnaire, kortversion (ÖMPSQ-SF), och har minst 40 poäng.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("3.2 Exklusionskriterier", level=2)
    doc.add_paragraph("Patienten ska inte remitteras till MMR vid något av följande:")
    for item in [
        "pågående missbruk eller beroende av alkohol, narkotika eller läkemedel,",
        "svår psykiatrisk sjukdom, till exempel psykos, svår depression eller förhöjd suicidrisk,",
        "smärta som beror på malign sjukdom eller obehandlad inflammatorisk sjukdom,",
        "graviditet efter vecka 20,",
        "pågående eller planerad operation för smärttillståndet.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Patienter med lindrig eller medelsvår depression eller ångest kan remitteras till MMR om smärtan är det "
        "dominerande problemet.")
    doc.add_heading("3.3 Val mellan MMR1 och MMR2", level=2)
    doc.add_paragraph(
        "Patienter med 40–59 poäng på ÖMPSQ-SF remitteras i första hand till MMR1. Patienter med 60 poäng eller mer, "
        "patienter som tidigare har genomgått MMR1 utan tillräcklig effekt och patienter med omfattande samsjuklighet "
        "remitteras till MMR2.")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "", "MMR1", "MMR2"
    for row_values in [
        ("Vårdnivå", "Primärvård: rehabenheterna i Växjö, Ljungby och Älmhult", "Specialistvård: Smärtrehabiliteringen, Centrallasarettet Växjö"),
        ("ÖMPSQ-SF", "40–59 poäng", "60 poäng eller mer"),
        ("Längd", "6 veckor, 2–3 dagar per vecka", "8 veckor, 4 dagar per vecka"),
        ("Team", "Läkare, fysioterapeut, arbetsterapeut och psykolog", "Specialistläkare i rehabiliteringsmedicin, fysioterapeut, arbetsterapeut, psykolog och kurator"),
        ("Remitteras av", "Läkare i primärvården", "Läkare i primärvården eller specialistvården"),
        ("Start efter teambedömning", "Inom 60 dagar", "Inom 90 dagar"),
    ]:
        cells = table.add_row().cells
        for cell, value in zip(cells, row_values):
            cell.text = value

    doc.add_heading("4. Remissförfarande", level=1)
    doc.add_paragraph(
        "Remissen skickas elektroniskt i Cosmic till Bedömningsteamet för MMR, som tar emot remisser till både MMR1 och "
        "MMR2 och fördelar dem. Remissen ska innehålla:")
    for item in [
        "diagnos och smärtans duration,",
        "aktuell sjukskrivning och sjukskrivningsgrad,",
        "poäng på ÖMPSQ-SF,",
        "aktuell läkemedelsbehandling,",
        "tidigare behandlingsförsök och deras effekt,",
        "patientens arbetssituation och om kontakt med arbetsgivaren har tagits.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Bedömningsteamet besvarar remissen inom 14 dagar. Patienter som bedöms uppfylla kriterierna kallas till en "
        "teambedömning inom 30 dagar från att remissen har kommit in. En remiss som saknar ÖMPSQ-SF returneras till "
        "remittenten.")
    doc.add_heading("5. Samverkan under rehabiliteringen", level=1)
    doc.add_paragraph(
        "Vårdcentralens rehabkoordinator är kontaktperson mot Försäkringskassan och arbetsgivaren under rehabiliteringen. "
        "Ett avstämningsmöte med Försäkringskassan och arbetsgivaren ska erbjudas sjukskrivna patienter senast vid "
        "halva behandlingsperioden.")
    doc.add_heading("6. Uppföljning", level=1)
    doc.add_paragraph(
        "Alla patienter som genomgår MMR registreras i Nationella registret över smärtrehabilitering (NRS) vid start, "
        "vid avslut och vid uppföljning 12 månader efter avslutad rehabilitering. Verksamheterna redovisar antal "
        "remisser, antal påbörjade och avslutade insatser samt andelen patienter i arbete efter 12 månader till "
        "hälso- och sjukvårdsledningen en gång per år.")
    doc.add_heading("7. Ändringar i denna version", level=1)
    doc.add_paragraph(
        "Version 2 ersätter version 1, fastställd 2015-02-01. Gränserna för ÖMPSQ-SF har införts, och tiden för "
        "Bedömningsteamets svar på remissen har kortats från 21 till 14 dagar.")
    doc.add_heading("8. Kontakt", level=1)
    doc.add_paragraph("Jonas Wedin, verksamhetschef, Smärtrehabiliteringen, Centrallasarettet Växjö, telefon 0470-58 70 12")
    doc.add_paragraph("Helena Björk, samordnare för Bedömningsteamet för MMR, telefon 0470-58 71 40")
    doc.save(DOCS / "b13-kronoberg-2017-riktlinje-remiss-multimodal-rehabilitering.docx")


def write_pdf() -> None:
    path = DOCS / "b13-sormland-2019-rapport-vantetider-kostnader-rehabiliteringsinsatser.pdf"
    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Title"], styles["Heading2"]
    story = []

    def p(text: str, style=body) -> None:
        story.append(Paragraph(text, style))

    def table(rows: list[list[str]], widths: list[float]) -> None:
        t = Table(rows, colWidths=[w * cm for w in widths])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(t)
        story.append(Spacer(1, 0.4 * cm))

    p(MARKER)
    p("Region Sörmland · Regionstaben · Enheten för analys och uppföljning")
    p("Datum: 2019-04-23 &nbsp;&nbsp; Diarienummer: RS-LED19-0412")
    p("Väntetider och kostnader för rehabiliteringsinsatser vid psykisk ohälsa och långvarig smärta 2018", h1)
    p("Rapport", h2)
    p("1. Sammanfattning", h2)
    p("Under 2018 avslutades 2 403 behandlingar med KBT, IPT, internetbaserad KBT eller multimodal rehabilitering inom "
      "Landstinget Sörmland. Väntetiden till KBT har minskat sedan 2017, medan väntetiden till MMR2 har ökat. "
      "Den sammanlagda kostnaden för insatserna beräknas till 37,9 miljoner kronor, varav 14,6 miljoner kronor "
      "täcktes av statliga medel.")
    p("2. Bakgrund och uppdrag", h2)
    p("Landstinget Sörmland blev Region Sörmland den 1 januari 2019. Under 2017–2018 fick landstinget statliga medel "
      "genom överenskommelsen mellan staten och SKL om en kvalitetssäker och effektiv sjukskrivnings- och "
      "rehabiliteringsprocess. Av överenskommelsens medel för rehabiliteringsinsatser erhöll Landstinget Sörmland "
      "14,6 miljoner kronor för 2018.")
    p("Regiondirektören gav i december 2018 Enheten för analys och uppföljning i uppdrag att redovisa väntetider och "
      "kostnad per behandling för insatserna, som underlag inför 2019 då de statliga medlen för rehabiliteringsinsatser "
      "upphör i sin nuvarande form. Uppgifterna kommer från vårdens produktionssystem och från ekonomisystemet. "
      "Väntetiden mäts från det datum remissen eller vårdbegäran registrerades till första behandlingstillfället.")
    p("3. Volymer, väntetider och kostnader 2018", h2)
    table([
        ["Insats", "Avslutade\nbehandlingar", "Andel\nkvinnor", "Väntetid,\nmedian (dagar)", "Andel som\nstartade inom\n30 dagar", "Kostnad per\nbehandling (kr)"],
        ["KBT", "1 486", "72 %", "41", "38 %", "13 900"],
        ["IPT", "212", "81 %", "38", "41 %", "12 700"],
        ["Internetbaserad KBT", "388", "69 %", "12", "91 %", "5 400"],
        ["MMR1", "246", "79 %", "58", "17 %", "32 600"],
        ["MMR2", "71", "83 %", "104", "3 %", "61 800"],
    ], [4.0, 2.4, 1.8, 2.6, 2.6, 2.8])
    p("Kostnaden per behandling omfattar personalkostnader, lokaler och overhead. För MMR ingår teamets samtliga "
      "professioner. Den sammanlagda kostnaden för de fem insatserna var 37,9 miljoner kronor. De statliga medlen på "
      "14,6 miljoner kronor täckte därmed 39 procent av kostnaden.")
    p("4. Väntetider per vårdgivare och enhet", h2)
    p("Väntetiden till KBT var kortare vid de privata vårdcentralerna än vid vårdcentralerna i egen regi.")
    table([
        ["Vårdgivare (KBT)", "Antal vårdcentraler", "Väntetid, median (dagar)"],
        ["Vårdcentraler i egen regi", "19", "46"],
        ["Privata vårdcentraler", "12", "33"],
        ["Samtliga", "31", "41"],
    ], [6.0, 4.0, 4.5])
    p("MMR1 ges vid tre rehabenheter. Väntetiden var kortast i Eskilstuna och längst i Katrineholm.")
    table([
        ["Rehabenhet (MMR1)", "Avslutade serier", "Väntetid, median (dagar)"],
        ["Eskilstuna", "118", "49"],
        ["Nyköping", "82", "61"],
        ["Katrineholm", "46", "72"],
    ], [6.0, 4.0, 4.5])
    p("5. Jämförelse med 2017", h2)
    p("Medianväntetiden till KBT var 55 dagar 2017 och 41 dagar 2018. Minskningen förklaras främst av att "
      "internetbaserad KBT infördes vid samtliga vårdcentraler under våren 2018. Medianväntetiden till MMR2 ökade "
      "från 89 dagar 2017 till 104 dagar 2018, bland annat på grund av två vakanta psykologtjänster vid "
      "Smärtrehabiliteringen, Mälarsjukhuset. Antalet avslutade MMR1-serier var i stort sett oförändrat (241 år 2017).")
    p("6. Slutsatser och förslag", h2)
    p("Enheten för analys och uppföljning föreslår att Region Sörmland")
    for item in [
        "fortsätter att erbjuda internetbaserad KBT, som har kortast väntetid och lägst kostnad per behandling,",
        "ser över bemanningen vid Smärtrehabiliteringen så att medianväntetiden till MMR2 understiger 90 dagar,",
        "inför en gemensam remissbedömning för MMR1 så att patienter kan erbjudas den enhet som har kortast väntetid, och",
        "följer upp kostnad per behandling årligen och redovisar den till regionstyrelsen.",
    ]:
        p("• " + item)
    p("Eskilstuna den 23 april 2019")
    p("Henrik Malmsten, analytiker<br/>Lena Forsgren, enhetschef, Enheten för analys och uppföljning")
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Väntetider och kostnader för rehabiliteringsinsatser 2018",
                            author="Region Sörmland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    doc.build(story)


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    write_html()
    write_docx()
    write_pdf()
