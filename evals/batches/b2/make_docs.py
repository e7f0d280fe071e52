"""Builds the PDF, DOCX and HTML test documents of batch b2 (stdlib + reportlab + python-docx).

Run from anywhere: python make_docs.py  (writes into docs/ beside this file).
The .txt and .md documents are kept as written, not generated.
"""

from pathlib import Path

MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"
DOCS = Path(__file__).resolve().parent / "docs"


# --- PDF: Landstinget Dalarna, protokoll ---------------------------------------------------

def make_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=14)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5)
    h3 = ParagraphStyle("h3", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=10)

    def p(text, style=body):
        return Paragraph(text, style)

    story = [
        p(MARK, small),
        Spacer(1, 4 * mm),
        p("LANDSTINGET DALARNA", h2),
        p("SAMMANTRÄDESPROTOKOLL", h1),
        p("Hälso- och sjukvårdsnämnden"),
        p("Datum: 2013-03-19"),
        p("Plats och tid: Landstingshuset, Falun, sammanträdesrum Dalälven, kl. 09.00–12.15"),
        Spacer(1, 3 * mm),
        p("<b>Beslutande</b>"),
        p("Birgitta Sahlén (S), ordförande<br/>Anders Kolmodin (M), vice ordförande<br/>"
          "Leila Rashidi (V)<br/>Göran Ekholm (C)<br/>Annika Frid (FP)<br/>Stig Wallin (S)<br/>"
          "Karin Moberg (KD)"),
        p("<b>Övriga deltagande</b>"),
        p("Mats Hedin, hälso- och sjukvårdsdirektör<br/>Ulrika Boström, primärvårdsdirektör<br/>"
          "Henrik Sjödin, nämndsekreterare"),
        p("Utses att justera: Anders Kolmodin"),
        p("Justeringens plats och tid: Landstingshuset, Falun, 2013-03-26"),
        p("Paragrafer: 31–36"),
        Spacer(1, 5 * mm),
        p("§ 31 Val av justerare", h2),
        p("Nämnden utser Anders Kolmodin (M) att jämte ordföranden justera dagens protokoll."),
        p("§ 32 Godkännande av dagordning", h2),
        p("Dagordningen godkänns med tillägget att informationen om sjukskrivningsmiljarden behandlas "
          "som § 35."),
        p("§ 33 Ekonomisk månadsrapport februari 2013", h2),
        p("Dnr LD13/00098"),
        p("Hälso- och sjukvårdens resultat för januari–februari 2013 visar ett underskott på 18,6 miljoner "
          "kronor jämfört med budget. Underskottet beror främst på ökade kostnader för inhyrd personal inom "
          "psykiatrin och på högre läkemedelskostnader än beräknat. Primärvården redovisar ett resultat i "
          "nivå med budget. Ekonomidirektören bedömer att helårsprognosen är ett underskott på 60 miljoner "
          "kronor om inga åtgärder vidtas."),
        p("Nämnden beslutar att godkänna månadsrapporten och att uppdra åt hälso- och sjukvårdsdirektören att "
          "redovisa en åtgärdsplan vid nämndens sammanträde i maj 2013."),
        Spacer(1, 3 * mm),
        p("§ 34 Fördelning av statsbidrag inom rehabiliteringsgarantin 2013", h2),
        p("Dnr LD13/00412"),
        p("Ärendet", h3),
        p("Regeringen och Sveriges Kommuner och Landsting (SKL) har tecknat en överenskommelse om "
          "rehabiliteringsgarantin för 2013. Överenskommelsen ger landstingen ersättning för avslutade "
          "behandlingar med kognitiv beteendeterapi (KBT) eller interpersonell psykoterapi (IPT) och för "
          "multimodal rehabilitering (MMR) till patienter i åldern 16–67 år. Ersättningen betalas ut av "
          "Försäkringskassan efter att landstinget har rapporterat genomförda insatser."),
        p("Landstinget Dalarnas andel av statsbidraget för 2013 beräknas till 27,4 miljoner kronor, "
          "förutsatt att volymerna från 2012 kan upprätthållas. För 2012 fick landstinget 24,9 miljoner "
          "kronor, vilket motsvarar 93 procent av det belopp som landstinget hade kunnat få."),
        p("Utfall 2012", h3),
        p("Under 2012 rapporterade landstinget 2 146 avslutade KBT- och IPT-behandlingar och 388 avslutade "
          "MMR-insatser, varav 301 inom MMR1 och 87 inom MMR2. Av patienterna som avslutade KBT eller IPT "
          "var 72 procent kvinnor. Antalet KBT-behandlingar ökade med 11 procent jämfört med 2011, medan "
          "antalet MMR-insatser var i stort sett oförändrat."),
        p("Flera vårdcentraler har haft svårt att rekrytera legitimerade psykologer och psykoterapeuter med "
          "KBT-kompetens. Den utbildningssatsning som inleddes 2012 föreslås därför fortsätta under 2013."),
        p("Förslag till fördelning 2013", h3),
        p("Hälso- och sjukvårdsförvaltningen föreslår att statsbidraget fördelas enligt tabell 1. "
          "Vårdcentralerna ersätts per rapporterad avslutad insats. Medel som inte förbrukas återförs till "
          "reserven."),
        Spacer(1, 2 * mm),
        p("<b>Tabell 1. Fördelning av statsbidrag inom rehabiliteringsgarantin 2013</b>"),
    ]
    rows = [
        ["Verksamhet", "Insats", "Belopp, Mkr"],
        ["Vårdcentraler (landstingsdrivna och privata)", "KBT/IPT", "11,2"],
        ["Vårdcentraler (landstingsdrivna och privata)", "MMR1", "6,8"],
        ["Smärtrehabiliteringen, Falu lasarett", "MMR2", "4,9"],
        ["Primärvårdens utvecklingsenhet", "Utbildning i KBT", "1,5"],
        ["Hälso- och sjukvårdsförvaltningen", "Uppföljning och samordning", "0,8"],
        ["Reserv", "–", "2,2"],
        ["Summa", "", "27,4"],
    ]
    table = Table(rows, colWidths=[80 * mm, 50 * mm, 28 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
    ]))
    story += [
        table,
        Spacer(1, 3 * mm),
        p("Till vårdcentralernas arbete med multimodal rehabilitering på nivå 1 avsätts sex miljoner "
          "åttahundratusen kronor. Smärtrehabiliteringen vid Falu lasarett får 4,9 miljoner kronor för "
          "MMR2 till patienter som behöver en mer omfattande utredning och rehabilitering inom "
          "specialistvården."),
        p("Med avslutad insats avses i detta beslut en behandling eller rehabiliteringsperiod som har "
          "genomförts enligt plan och som har registrerats i landstingets vårdadministrativa system senast "
          "den femte vardagen i månaden efter avslutet."),
        p("Yrkanden", h3),
        p("Leila Rashidi (V) yrkar att reserven minskas till 1,0 miljoner kronor och att mellanskillnaden, "
          "1,2 miljoner kronor, tillförs utbildning i KBT."),
        p("Ordföranden ställer proposition på förvaltningens förslag och Leila Rashidis yrkande och finner "
          "att nämnden beslutar enligt förvaltningens förslag."),
        p("Beslut", h3),
        p("Hälso- och sjukvårdsnämnden beslutar"),
        p("1. att fördela statsbidraget inom rehabiliteringsgarantin 2013 enligt tabell 1,"),
        p("2. att uppdra åt hälso- och sjukvårdsdirektören att återrapportera utfallet för första halvåret "
          "2013 till nämnden senast den 30 september 2013."),
        p("Reservation", h3),
        p("Leila Rashidi (V) reserverar sig mot beslutet till förmån för eget yrkande."),
        p("Expedieras till: primärvårdsdirektören, Smärtrehabiliteringen Falu lasarett, ekonomienheten"),
        Spacer(1, 5 * mm),
        p("§ 35 Information om sjukskrivningsmiljarden 2013", h2),
        p("Dnr LD13/00187"),
        p("Hälso- och sjukvårdsdirektör Mats Hedin informerar om landstingets arbete inom överenskommelsen "
          "om en kvalitetssäker och effektiv sjukskrivningsprocess, den så kallade sjukskrivningsmiljarden. "
          "Sedan 2010 har 236 läkare i landstinget gått den grundläggande utbildningen i "
          "försäkringsmedicin. Under våren 2013 inrättas en funktion för sjukskrivningsstöd vid varje "
          "vårdcentral."),
        p("Nämnden tar informationen till protokollet."),
        Spacer(1, 3 * mm),
        p("§ 36 Anmälan av delegationsbeslut", h2),
        p("Förteckning över beslut som har fattats med stöd av delegation under perioden 1 januari–28 "
          "februari 2013 anmäls. Besluten avser bland annat tillfälliga avtal om hyrläkare vid "
          "vårdcentralerna i Malung och Särna samt yttranden till Inspektionen för vård och omsorg."),
        p("Nämnden beslutar att lägga anmälan till handlingarna."),
        Spacer(1, 8 * mm),
        p("Vid protokollet<br/>Henrik Sjödin<br/>nämndsekreterare"),
        Spacer(1, 3 * mm),
        p("Ordförande<br/>Birgitta Sahlén"),
        Spacer(1, 3 * mm),
        p("Justerare<br/>Anders Kolmodin"),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Sammanträdesprotokoll hälso- och sjukvårdsnämnden 2013-03-19",
                            author="Landstinget Dalarna")
    doc.build(story)


# --- DOCX: Region Halland, tjänsteskrivelse ------------------------------------------------

def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.author = "Region Halland"
    d.core_properties.title = "Upphandling av internetbaserad kognitiv beteendeterapi"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Halland")
    d.add_paragraph("Regionkontoret, Hälso- och sjukvårdsavdelningen")
    d.add_paragraph("TJÄNSTESKRIVELSE")
    d.add_paragraph("Datum: 2014-09-02")
    d.add_paragraph("Diarienummer: RS140311")
    d.add_paragraph("Till: Regionstyrelsens arbetsutskott")
    d.add_heading("Upphandling av internetbaserad kognitiv beteendeterapi (iKBT)", level=1)

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Regionstyrelsens arbetsutskott föreslås besluta")
    for t in [
        "att ge Regionkontoret i uppdrag att genomföra en upphandling av internetbaserad kognitiv "
        "beteendeterapi för vuxna med lindrig till medelsvår depression, ångest eller stress,",
        "att upphandlingens högsta värde fastställs till sex miljoner kronor per år, samt",
        "att hälso- och sjukvårdsdirektören får i uppdrag att teckna avtal.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Region Halland har sedan 2009 erbjudit KBT inom rehabiliteringsgarantin, främst vid vårdcentralerna. "
        "Efterfrågan har ökat snabbare än tillgången på behandlare, och väntetiderna har blivit längre. "
        "Internetbaserad KBT har i studier visat likvärdiga resultat som traditionell KBT vid lindrig till "
        "medelsvår depression och ångest. Regionkontoret föreslår därför att iKBT upphandlas som ett "
        "komplement till behandlingen vid vårdcentralerna. Avtalet föreslås gälla från den 1 januari 2015 "
        "till och med den 31 december 2016, med möjlighet till förlängning i ett plus ett år.")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Under 2013 avslutades 1 468 KBT- och IPT-behandlingar inom rehabiliteringsgarantin i Region Halland. "
        "I juni 2014 väntade 512 patienter på att få påbörja KBT, varav 187 hade väntat längre än 60 dagar. "
        "Vårdcentralerna i Kungsbacka och Varberg har de längsta köerna.")
    d.add_paragraph(
        "Kostnaden för avtalet finansieras inom ramen för statsbidraget för rehabiliteringsgarantin. "
        "Region Halland beräknas få cirka 19 miljoner kronor av statsbidraget för 2014.")

    d.add_heading("Definitioner", level=2)
    d.add_paragraph(
        "Med internetbaserad KBT (iKBT) avses i denna tjänsteskrivelse en strukturerad behandling enligt "
        "KBT-principer där patienten arbetar med självhjälpsmoduler på en säker webbplattform och får "
        "regelbunden återkoppling av en legitimerad behandlare.")
    d.add_paragraph(
        "En iKBT-behandling räknas som avslutad när patienten har genomfört minst sex av programmets åtta "
        "moduler och en avslutande bedömning har gjorts av behandlaren.")

    d.add_heading("Upphandlingens omfattning och krav", level=2)
    d.add_paragraph(
        "Tjänsten riktar sig till personer i åldern 18–67 år som efter en medicinsk bedömning vid "
        "vårdcentral har bedömts ha lindrig till medelsvår depression, ångest eller stress. Personer under "
        "18 år hänvisas till barn- och ungdomspsykiatrin.")
    d.add_paragraph(
        "Regionkontoret bedömer att cirka 600 patienter per år kommer att påbörja iKBT genom avtalet. Med "
        "ett beräknat pris om 7 500 kronor per avslutad behandling uppgår kostnaden till cirka 4,5 miljoner "
        "kronor per år.")
    d.add_paragraph("Leverantören ska bland annat uppfylla följande krav:")
    for t in [
        "behandlarna ska vara legitimerade psykologer eller legitimerade psykoterapeuter med KBT-inriktning,",
        "inloggning på plattformen ska ske med e-legitimation och uppgifterna ska lagras inom EU/EES,",
        "patientens meddelanden ska besvaras inom två arbetsdagar,",
        "leverantören ska rapportera avslutade behandlingar till regionen varje månad.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Utvärdering av anbud", level=2)
    d.add_paragraph("Anbuden utvärderas enligt följande kriterier och viktning:")
    t1 = d.add_table(rows=1, cols=2)
    t1.style = "Table Grid"
    t1.rows[0].cells[0].text = "Kriterium"
    t1.rows[0].cells[1].text = "Viktning"
    for a, b in [("Pris", "40 %"),
                 ("Kvalitet i behandlingsupplägg och uppföljning", "45 %"),
                 ("Tillgänglighet (tid till behandlingsstart, stöd via plattformen)", "15 %")]:
        r = t1.add_row().cells
        r[0].text, r[1].text = a, b

    d.add_heading("Tidplan", level=2)
    t2 = d.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    t2.rows[0].cells[0].text = "Aktivitet"
    t2.rows[0].cells[1].text = "Datum"
    for a, b in [("Annonsering av upphandlingen", "2014-10-06"),
                 ("Sista dag för frågor från anbudsgivare", "2014-10-27"),
                 ("Sista anbudsdag", "2014-11-07"),
                 ("Tilldelningsbeslut", "vecka 48, 2014"),
                 ("Avtalsstart", "2015-01-01")]:
        r = t2.add_row().cells
        r[0].text, r[1].text = a, b

    d.add_heading("Koppling till den nationella plattformen", level=2)
    d.add_paragraph(
        "SKL utvecklar tillsammans med landstingen en nationell plattform för stöd och behandling via "
        "internet. När plattformen är i drift ska Region Halland pröva om behandlingen kan flyttas dit. "
        "Avtalet ska därför kunna sägas upp med sex månaders uppsägningstid.")

    d.add_heading("Konsekvenser", level=2)
    d.add_paragraph(
        "Förslaget bedöms förkorta väntetiderna till KBT och frigöra behandlartid vid vårdcentralerna för "
        "patienter som behöver behandling på plats. Förslaget har inga konsekvenser för regionens budget "
        "utöver statsbidraget.")

    d.add_paragraph("Regionkontoret")
    d.add_paragraph("Eva Lindgren Bergh\nhälso- och sjukvårdsdirektör")
    d.add_paragraph("Johan Ekdahl\nupphandlare")
    d.add_paragraph(
        "Kontaktperson: Maria Törnqvist, strateg, Hälso- och sjukvårdsavdelningen, "
        "maria.tornqvist@regionhalland.se")
    d.save(str(path))


# --- HTML: Försäkringskassan, informationssida ---------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Rehabiliteringsgarantin 2011 – så redovisar landstingen | Försäkringskassan</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Arial,sans-serif;margin:0} .wrap{display:flex} main{flex:3;padding:1em} aside{flex:1;padding:1em;background:#f3f3f3}</style>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<p class="test-note">__MARK__</p>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den.</p>
  <button>Godkänn alla kakor</button> <button>Endast nödvändiga</button>
  <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
</div>
<header>
  <a href="/" class="logo">Försäkringskassan</a>
  <nav aria-label="Huvudmeny">
    <ul>
      <li><a href="/privatpers">Privatperson</a></li>
      <li><a href="/arbetsgivare">Arbetsgivare</a></li>
      <li><a href="/vardgivare">Vårdgivare</a></li>
      <li><a href="/samarbetspartner">Samarbetspartner</a></li>
      <li><a href="/om-forsakringskassan">Om Försäkringskassan</a></li>
    </ul>
  </nav>
  <form action="/sok"><input type="search" name="q" placeholder="Sök"><button>Sök</button></form>
  <a href="/lattlast">Lättläst</a> <a href="/other-languages">Other languages</a>
</header>
<div class="breadcrumbs">Du är här: <a href="/">Startsida</a> › <a href="/samarbetspartner">Samarbetspartner</a> › <a href="/samarbetspartner/halso-och-sjukvard">Hälso- och sjukvård</a> › Rehabiliteringsgarantin</div>
<div class="wrap">
<main>
<article>
<h1>Rehabiliteringsgarantin 2011 – så redovisar landstingen</h1>
<p class="meta">Senast uppdaterad: 14 februari 2011</p>
<p class="ingress">Försäkringskassan betalar på regeringens uppdrag ut statsbidraget inom rehabiliteringsgarantin till landstingen. Här beskriver vi hur landstingen redovisar de behandlingar som har genomförts 2011 och när ersättningen betalas ut.</p>

<h2>Vad är rehabiliteringsgarantin?</h2>
<p>Rehabiliteringsgarantin är en överenskommelse mellan staten och Sveriges Kommuner och Landsting (SKL). Den ger landstingen ersättning för att erbjuda behandling till personer i åldern 16–67 år med lindrig eller medelsvår psykisk ohälsa eller med långvarig smärta i rygg, nacke eller axlar. Målet är att patienten ska kunna återgå i arbete eller undvika att bli sjukskriven.</p>

<h2>Ersättning för 2011</h2>
<p>Landstingen får ersättning för varje avslutad insats som redovisas enligt tabellen nedan.</p>
<table>
<thead><tr><th>Insats</th><th>Ersättning per avslutad insats</th></tr></thead>
<tbody>
<tr><td>KBT eller IPT</td><td>8 000 kronor</td></tr>
<tr><td>Multimodal rehabilitering, MMR1</td><td>16 000 kronor</td></tr>
<tr><td>Multimodal rehabilitering, MMR2</td><td>40 000 kronor</td></tr>
</tbody>
</table>

<h2>Vad menas med en avslutad insats?</h2>
<p>Med avslutad behandling avses en KBT- eller IPT-behandling där patienten har deltagit i minst fem behandlingstillfällen och behandlingen har avslutats enligt behandlingsplanen.</p>
<p>Med multimodal rehabilitering avses en teambaserad insats där minst tre yrkesgrupper arbetar samordnat utifrån en gemensam rehabiliteringsplan. MMR1 ges i regel i primärvården till patienter som inte behöver en omfattande utredning. MMR2 ges inom specialistvården och föregås av en fördjupad teambedömning.</p>

<h2>Så redovisar landstinget</h2>
<p>Landstinget redovisar sina avslutade insatser i Försäkringskassans e-tjänst för statsbidrag. Redovisningen ska ange antalet avslutade insatser per insatstyp, fördelat på kvinnor och män och på åldersgrupp. Redovisningen ska undertecknas av landstingsdirektören eller av den som landstingsdirektören har delegerat uppgiften till.</p>
<p>För 2011 redovisar landstingen vid tre tillfällen:</p>
<ul>
<li>insatser avslutade januari–april: senast den 31 maj 2011</li>
<li>insatser avslutade maj–augusti: senast den 30 september 2011</li>
<li>insatser avslutade september–december: senast den 31 januari 2012</li>
</ul>
<p>Försäkringskassan betalar ut ersättningen senast 30 dagar efter att en fullständig redovisning har kommit in. Ersättning för insatser som redovisas efter den 31 januari 2012 betalas inte ut.</p>

<h2>Utbetalt för 2010</h2>
<p>För 2010 betalade Försäkringskassan ut sammanlagt 604 miljoner kronor (sexhundrafyra miljoner kronor) till landstingen inom rehabiliteringsgarantin. Samtliga 21 landsting och regioner fick ersättning.</p>

<h2>Kontakt</h2>
<p>Frågor om redovisningen besvaras av Linnea Åberg, verksamhetsutvecklare vid avdelningen för sjukförsäkring, via funktionsbrevlådan rehabgaranti@forsakringskassan.se.</p>
</article>
<div class="share"><a href="#">Dela sidan</a> <a href="#">Skriv ut</a></div>
</main>
<aside class="sidebar">
  <h2>Relaterat</h2>
  <ul>
    <li><a href="/samarbetspartner/sjukskrivningsmiljarden">Sjukskrivningsmiljarden</a></li>
    <li><a href="/samarbetspartner/lakarintyg">Läkarintyg för sjukpenning</a></li>
    <li><a href="/samarbetspartner/samordningsforbund">Finansiell samordning</a></li>
  </ul>
  <h2>Blanketter och e-tjänster</h2>
  <ul>
    <li><a href="/e-tjanst/statsbidrag">E-tjänst för statsbidrag</a></li>
  </ul>
</aside>
</div>
<footer>
  <div>Försäkringskassan, 103 51 Stockholm</div>
  <div><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Så behandlar vi personuppgifter</a></div>
  <div>© Försäkringskassan</div>
</footer>
</body>
</html>
"""


def make_html(path: Path) -> None:
    path.write_text(HTML.replace("__MARK__", MARK), encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf(DOCS / "dalarna-2013-protokoll-fordelning-rehabiliteringsgarantin.pdf")
    make_docx(DOCS / "halland-2014-tjansteskrivelse-upphandling-ikbt.docx")
    make_html(DOCS / "fk-2011-rehabiliteringsgarantin-redovisning-landsting.html")
