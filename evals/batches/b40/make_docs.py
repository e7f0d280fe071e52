"""Generates the PDF, DOCX and HTML test documents of batch b40 (stdlib + reportlab + python-docx)."""
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


def make_pdf() -> None:
    path = DOCS / "b40-fk-2020-sjukpenningfall-per-lan-2017-2019.pdf"
    st = getSampleStyleSheet()
    body, h1, h2 = st["BodyText"], st["Title"], st["Heading2"]
    small = st["Italic"]
    story = [
        Paragraph(MARKER, small),
        Paragraph("Försäkringskassan", st["Heading3"]),
        Paragraph("Sjukpenningfall per län 2017–2019", h1),
        Paragraph("Statistik i korthet 2020:3", body),
        Paragraph("Publicerad: 2020-03-16. Dnr: FK 2020/004512", body),
        Spacer(1, 0.3 * cm),
        Paragraph("Om statistiken", h2),
        Paragraph(
            "Faktabladet redovisar antalet pågående sjukfall med sjukpenning i december respektive år, per län och "
            "för riket, samt sjukfallen i december 2019 efter kön och diagnosgrupp. Ett sjukfall räknas som pågående "
            "om den försäkrade fick sjukpenning för minst en dag under december. Sjukpenningtalet anger antalet "
            "utbetalda nettodagar med sjukpenning och rehabiliteringspenning under de senaste tolv månaderna per "
            "registrerad försäkrad i åldern 16–64 år.", body),
        Paragraph("Sammanfattning", h2),
        Paragraph(
            "Antalet pågående sjukfall i riket minskade från 191 420 i december 2017 till 179 310 i december 2019, "
            "en minskning med 6,3 procent. Minskningen skedde i samtliga redovisade län.", body),
        Paragraph(
            "Psykiatriska diagnoser är den största diagnosgruppen. Andelen sjukfall med psykiatrisk diagnos var "
            "48,7 procent i december 2019. Kvinnor svarade för 65,5 procent av alla pågående sjukfall.", body),
        Spacer(1, 0.3 * cm),
        Paragraph("Tabell 1. Pågående sjukfall med sjukpenning i december, per län, samt sjukpenningtal december 2019",
                  st["Heading4"]),
    ]
    t1 = [
        ["Län", "2017", "2018", "2019", "Sjukpenningtal 2019"],
        ["Stockholms län", "46 812", "45 230", "44 105", "8,7"],
        ["Uppsala län", "7 941", "7 702", "7 588", "9,6"],
        ["Örebro län", "6 874", "6 610", "6 522", "10,4"],
        ["Dalarnas län", "6 203", "5 987", "5 811", "10,1"],
        ["Västerbottens län", "5 488", "5 301", "5 265", "10,8"],
        ["Norrbottens län", "5 102", "4 915", "4 870", "10,2"],
        ["Riket", "191 420", "183 950", "179 310", "9,8"],
    ]
    t2 = [
        ["Diagnosgrupp (ICD-10)", "Kvinnor", "Män", "Totalt"],
        ["Psykiatriska diagnoser (F00–F99)", "62 480", "24 910", "87 390"],
        ["Muskuloskeletala diagnoser (M00–M99)", "19 870", "11 240", "31 110"],
        ["Tumörer (C00–D48)", "7 140", "4 380", "11 520"],
        ["Skador och förgiftningar (S00–T98)", "5 310", "5 920", "11 230"],
        ["Övriga diagnoser", "22 650", "15 410", "38 060"],
        ["Totalt", "117 450", "61 860", "179 310"],
    ]
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ])
    story += [Table(t1, style=style), Spacer(1, 0.2 * cm),
              Paragraph("Källa: Försäkringskassans datalager Store, uttag 2020-02-10.", small),
              Spacer(1, 0.4 * cm),
              Paragraph("Tabell 2. Pågående sjukfall i december 2019 efter kön och diagnosgrupp, riket", st["Heading4"]),
              Table(t2, style=style), Spacer(1, 0.3 * cm),
              Paragraph("Kommentarer", h2),
              Paragraph(
                  "Bland kvinnor hade 53,2 procent av sjukfallen en psykiatrisk diagnos, bland män 40,3 procent. "
                  "Muskuloskeletala diagnoser, till exempel ryggbesvär och långvarig smärta, var den näst största "
                  "gruppen för både kvinnor och män.", body),
              Paragraph(
                  "Västerbottens län hade det högsta sjukpenningtalet av de redovisade länen i december 2019, 10,8 "
                  "dagar, och Stockholms län det lägsta, 8,7 dagar.", body),
              Paragraph(
                  "Uppgifterna för 2019 är preliminära och kan komma att revideras något i den slutliga statistiken "
                  "som publiceras i juni 2020.", body),
              Paragraph("Kontakt", h2),
              Paragraph("Lars Henriksson, statistiker, avdelningen för analys och prognos, tfn 010-116 35 80", body),
              Paragraph("Källa: https://www.forsakringskassan.se/statistik/sjuk/sjukpenning", small)]
    SimpleDocTemplate(str(path), pagesize=A4, title="Sjukpenningfall per län 2017–2019",
                      author="Försäkringskassan").build(story)


def make_docx() -> None:
    path = DOCS / "b40-varmland-2019-delegationsbeslut-internetbaserad-kbt.docx"
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Värmland\nHälso- och sjukvårdsavdelningen")
    d.add_paragraph("TJÄNSTESKRIVELSE OCH DELEGATIONSBESLUT\nDatum: 2019-10-08\nDiarienummer: RV2019/2241")
    d.add_heading("Inköp av internetbaserad kognitiv beteendeterapi (iKBT) från extern leverantör", level=1)
    d.add_heading("1. Beslut", level=2)
    d.add_paragraph(
        "Region Värmland tecknar avtal med Psykologpartner Digital AB om internetbaserad kognitiv beteendeterapi "
        "(iKBT) för vuxna med lindrig till medelsvår depression, ångest och sömnbesvär. Avtalet gäller 2020-01-01–"
        "2021-12-31 med möjlighet till förlängning i 1 + 1 år.")
    d.add_paragraph(
        "Avtalets beräknade värde är cirka 6,0 miljoner kronor för den initiala avtalsperioden 2020–2021.")
    d.add_paragraph(
        "Beslutet fattas av hälso- och sjukvårdsdirektören med stöd av regionstyrelsens delegationsordning, punkt 4.2.")
    d.add_heading("2. Bakgrund", level=2)
    d.add_paragraph(
        "Efterfrågan på KBT i primärvården i Värmland har ökat under flera år. Under 2018 avslutades 1 940 KBT- och "
        "IPT-behandlingar på länets vårdcentraler, men väntetiden till behandling var i september 2019 i genomsnitt "
        "14 veckor. Flera vårdcentraler saknar psykolog eller psykoterapeut med KBT-kompetens.")
    d.add_paragraph(
        "Internetbaserad KBT med behandlarstöd har god evidens vid lindrig till medelsvår depression och ångest. "
        "Genom att köpa iKBT från en extern leverantör kan fler patienter erbjudas behandling utan att vårdcentralernas "
        "egna behandlare belastas, och väntetiderna förväntas minska.")
    d.add_heading("3. Upphandling", level=2)
    d.add_paragraph(
        "Upphandlingen har genomförts som ett förenklat förfarande enligt lagen om offentlig upphandling (LOU). "
        "Tre anbud inkom. Psykologpartner Digital AB lämnade det ekonomiskt mest fördelaktiga anbudet.")
    d.add_heading("4. Kostnader och volymer", level=2)
    d.add_paragraph("Tabell: Pris och beräknad volym per år", style="Caption")
    rows = [
        ("Behandlingsprogram", "Pris per avslutad behandling", "Beräknad volym per år", "Kostnad per år"),
        ("iKBT vid depression", "4 800 kr", "250", "1 200 000 kr"),
        ("iKBT vid ångest", "4 800 kr", "220", "1 056 000 kr"),
        ("iKBT vid sömnbesvär", "3 900 kr", "150", "585 000 kr"),
        ("Summa per år", "", "620", "2 841 000 kr"),
    ]
    table = d.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    d.add_paragraph(
        "Till detta kommer en engångskostnad på 320 000 kronor under 2020 för uppstart, licenser och integration "
        "med regionens journalsystem.")
    d.add_paragraph(
        "En behandling som patienten avbryter innan fyra moduler har genomförts ersätts inte. En behandling som "
        "avbryts efter fyra genomförda moduler ersätts med 50 procent av priset.")
    d.add_heading("5. Finansiering", level=2)
    d.add_paragraph(
        "Kostnaden för 2020 finansieras med medel från överenskommelsen mellan staten och SKR om en effektiv och "
        "kvalitetssäker sjukskrivnings- och rehabiliteringsprocess. Kostnaden för 2021 ryms inom hälso- och "
        "sjukvårdens ordinarie budget för primärvård.")
    d.add_heading("6. Krav på leverantören", level=2)
    for item in (
        "Behandlingen ges av legitimerad psykolog eller legitimerad psykoterapeut med KBT-inriktning.",
        "Patienten ska ha behandlarkontakt minst en gång per vecka under behandlingen.",
        "Patienten remitteras från sin vårdcentral efter en medicinsk bedömning och ska vara minst 18 år.",
        "Alla personuppgifter behandlas och lagras inom Sverige.",
    ):
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("7. Uppföljning", level=2)
    d.add_paragraph(
        "Leverantören rapporterar varje månad, senast den 10:e i efterföljande månad, antal påbörjade, avslutade "
        "och avbrutna behandlingar samt skattningar med PHQ-9 och GAD-7 före och efter behandling, redovisat för "
        "kvinnor och män. Hälso- och sjukvårdsavdelningen gör en samlad utvärdering efter det första avtalsåret.")
    d.add_heading("8. Anmälan av beslutet", level=2)
    d.add_paragraph("Beslutet anmäls till hälso- och sjukvårdsnämnden vid sammanträdet den 20 november 2019.")
    d.add_paragraph("Karlstad 2019-10-08")
    d.add_paragraph("Camilla Berg\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Handläggare: Johan Nyström, strateg, Hälso- och sjukvårdsavdelningen, tfn 054-61 40 27")
    d.save(str(path))


HTML = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Rehabkoordinator på din vårdcentral - Region Sörmland</title></head>
<body>
<div class="cookie-banner" id="cookies"><p>Vi använder kakor (cookies) för att förbättra webbplatsen. Genom att
fortsätta godkänner du att vi använder kakor.</p><button>Godkänn</button> <a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></div>
<header>
<a href="/" class="logo">Region Sörmland</a>
<nav><ul>
<li><a href="/halsa-och-vard/">Hälsa och vård</a></li>
<li><a href="/hitta-vard/">Hitta vård</a></li>
<li><a href="/kultur-och-utbildning/">Kultur och utbildning</a></li>
<li><a href="/kollektivtrafik/">Kollektivtrafik</a></li>
<li><a href="/jobba-hos-oss/">Jobba hos oss</a></li>
<li><a href="/om-region-sormland/">Om Region Sörmland</a></li>
</ul></nav>
<form class="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumbs">Du är här: <a href="/">Start</a> / <a href="/halsa-och-vard/">Hälsa och vård</a> /
<a href="/halsa-och-vard/vardcentraler/">Vårdcentraler</a> / Rehabkoordinator på din vårdcentral</nav>
<main>
<p class="note">MARKER</p>
<article>
<h1>Rehabkoordinator på din vårdcentral</h1>
<p class="ingress">Är du sjukskriven eller riskerar du att bli det? På din vårdcentral finns en rehabkoordinator som kan
hjälpa dig att planera din återgång i arbete. Stödet är frivilligt och kostar ingenting.</p>
<h2>Vad gör en rehabkoordinator?</h2>
<p>Rehabkoordinatorn är ett stöd för dig under sjukskrivningen. Hen kan hjälpa dig att</p>
<ul>
<li>göra en plan för din återgång i arbete tillsammans med dig,</li>
<li>ta kontakt med din arbetsgivare, om du vill det,</li>
<li>samordna kontakterna med Försäkringskassan, Arbetsförmedlingen och kommunen,</li>
<li>förbereda dig inför ett avstämningsmöte.</li>
</ul>
<p>Rehabkoordinatorn är ofta sjuksköterska, fysioterapeut, arbetsterapeut eller kurator och arbetar nära läkarna på
vårdcentralen.</p>
<h2>Vem kan få stöd?</h2>
<p>Du kan få stöd om du är sjukskriven eller riskerar att bli sjukskriven och behöver extra hjälp för att komma tillbaka
till arbete eller studier. Sedan den 1 februari 2020 är regionen enligt lag skyldig att erbjuda koordineringsinsatser
till sjukskrivna patienter som behöver det (lagen om koordineringsinsatser för sjukskrivna patienter, SFS 2019:1297).</p>
<h2>Så får du kontakt</h2>
<p>Fråga din läkare eller annan behandlare på vårdcentralen om du kan få träffa rehabkoordinatorn. Du kan också ringa
din vårdcentral eller skicka ett meddelande via 1177.se. Du får i regel ett första samtal inom två veckor.</p>
<h2>Rehabkoordinatorer i Sörmland</h2>
<p>Alla 24 vårdcentraler i Sörmland har minst en rehabkoordinator. Under 2020 fick 3 150 patienter stöd av en
rehabkoordinator i Sörmland, varav 72 procent var kvinnor.</p>
<p>Om du har långvarig smärta i rygg, nacke eller axlar kan rehabkoordinatorn också hjälpa dig att få kontakt med ett
team för multimodal rehabilitering.</p>
<h2>Det här gör inte rehabkoordinatorn</h2>
<p>Rehabkoordinatorn beslutar inte om sjukskrivning och skriver inte läkarintyg. Det är alltid läkaren som bedömer om
du behöver vara sjukskriven. Beslut om sjukpenning fattas av Försäkringskassan.</p>
<p class="meta">Publicerad: 2020-02-03<br>Uppdaterad: 2021-05-17<br>Sidansvarig: Linnea Åkesson, Primärvårdsavdelningen</p>
</article>
<aside>
<h2>Relaterat</h2>
<ul>
<li><a href="/halsa-och-vard/sjukskrivning/">Sjukskrivning och rehabilitering</a></li>
<li><a href="/halsa-och-vard/smarta/mmr/">Multimodal rehabilitering vid långvarig smärta</a></li>
<li><a href="/halsa-och-vard/psykisk-halsa/kbt/">KBT och samtalsbehandling på vårdcentralen</a></li>
<li><a href="https://www.forsakringskassan.se">Försäkringskassan</a></li>
</ul>
</aside>
</main>
<footer>
<p>Region Sörmland, 611 88 Nyköping. Växel: 0155-24 50 00. Organisationsnummer: 232100-0032</p>
<p><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/kakor/">Om kakor</a> |
<a href="/om-webbplatsen/personuppgifter/">Så behandlar vi dina personuppgifter</a></p>
<p>Sjukvårdsrådgivning dygnet runt: ring 1177</p>
</footer>
</body>
</html>
"""


def make_html() -> None:
    (DOCS / "b40-sormland-rehabkoordinator-vardcentral.html").write_text(HTML.replace("MARKER", MARKER), "utf-8")


if __name__ == "__main__":
    make_pdf()
    make_docx()
    make_html()
