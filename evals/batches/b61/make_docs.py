"""Generates the PDF and DOCX test documents of batch b61 (reportlab + python-docx)."""
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
    path = DOCS / "b61-jamtland-2012-arsrapport-kbt-ipt-rehabiliteringsgarantin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Rehabiliteringsgarantin 2012 - årsrapport KBT och IPT",
                            author="Jämtlands läns landsting", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Jämtlands läns landsting<br/>Hälso- och sjukvårdsförvaltningen, Primärvårdens ledningsstab")
    P("RAPPORT<br/>Datum: 2013-02-18<br/>Diarienummer: JLL 2013/0187")
    P("Rehabiliteringsgarantin 2012 – årsrapport för KBT och IPT i primärvården", h1)
    P("Sammanfattning", h2)
    P("Under 2012 avslutade landstingets tio vårdcentraler 1 012 behandlingar med kognitiv beteendeterapi (KBT) "
      "eller interpersonell psykoterapi (IPT) inom rehabiliteringsgarantin. Det är 138 fler än 2011, en ökning "
      "med 16 procent. Försäkringskassan godkände 997 av de rapporterade behandlingarna, och landstinget fick "
      "därmed knappt tolv miljoner kronor i statsbidrag för KBT och IPT för året.")
    P("1. Bakgrund", h2)
    P("Rehabiliteringsgarantin bygger på en årlig överenskommelse mellan staten och Sveriges Kommuner och "
      "Landsting (SKL). Den ger kvinnor och män i åldern 16–67 år med lindrig eller medelsvår ångest, depression "
      "eller stressrelaterad ohälsa tillgång till KBT eller IPT efter en medicinsk bedömning. För 2012 ersattes "
      "landstinget med 12 000 kronor per avslutad och godkänd behandling.")
    P("Inom landstinget gäller sedan 2011 att den vårdcentral som har genomfört behandlingen får 9 000 kronor per "
      "godkänd behandling. Resterande 3 000 kronor per behandling används centralt till handledning, utbildning "
      "och uppföljning.")
    P("Rapporten omfattar endast KBT och IPT. Multimodal rehabilitering (MMR) redovisas i en separat rapport "
      "från Rehabiliteringsmedicinska kliniken vid Östersunds sjukhus.")
    P("2. Avslutade behandlingar per kvartal", h2)
    P("Tabell 1. Avslutade behandlingar per kvartal 2012 och datum för rapport till Försäkringskassan (FK)")
    s.append(_table([["Kvartal", "KBT", "IPT", "Summa", "Rapport till FK"],
                     ["Kvartal 1", "221", "12", "233", "2012-04-30"],
                     ["Kvartal 2", "246", "17", "263", "2012-07-31"],
                     ["Kvartal 3", "189", "14", "203", "2012-10-31"],
                     ["Kvartal 4", "292", "21", "313", "2013-01-31"],
                     ["Helår 2012", "948", "64", "1 012", ""]], [3.2, 2.0, 2.0, 2.2, 3.4]))
    s.append(Spacer(1, 8))
    P("Det tredje kvartalet hade lägst antal avslutade behandlingar, vilket främst förklaras av semesterperioden "
      "och vakanta psykologtjänster i Strömsund och Hammarstrand. Under det fjärde kvartalet avslutades 313 "
      "behandlingar, det högsta antalet under ett enskilt kvartal sedan rehabiliteringsgarantin infördes.")
    P("3. Behandlingar per vårdcentral", h2)
    P("Tabell 2. Avslutade KBT- och IPT-behandlingar per vårdcentral och kvartal 2012")
    s.append(_table([["Vårdcentral", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Totalt"],
                     ["Brunflo", "18", "21", "15", "24", "78"],
                     ["Bräcke", "9", "10", "7", "12", "38"],
                     ["Hammarstrand", "6", "8", "4", "9", "27"],
                     ["Järpen", "15", "17", "13", "20", "65"],
                     ["Krokom", "24", "27", "20", "31", "102"],
                     ["Lugnvik (Östersund)", "38", "42", "33", "49", "162"],
                     ["Odenslund (Östersund)", "41", "45", "36", "55", "177"],
                     ["Strömsund", "17", "19", "14", "22", "72"],
                     ["Sveg", "11", "12", "9", "14", "46"],
                     ["Z-gränd (Östersund)", "54", "62", "52", "77", "245"],
                     ["Samtliga", "233", "263", "203", "313", "1 012"]], [4.4, 1.7, 1.7, 1.7, 1.7, 2.0]))
    s.append(Spacer(1, 8))
    P("Vårdcentralen Z-gränd i Östersund svarade ensam för 245 behandlingar, eller 24 procent av landstingets "
      "totala antal. Hammarstrand hade det lägsta antalet, 27 behandlingar.")
    P("4. Jämförelse med tidigare år", h2)
    P("Tabell 3. Avslutade behandlingar 2010–2012")
    s.append(_table([["År", "KBT", "IPT", "Summa", "Andel kvinnor"],
                     ["2010", "612", "18", "630", "74 %"],
                     ["2011", "829", "45", "874", "72 %"],
                     ["2012", "948", "64", "1 012", "71 %"]], [2.4, 2.0, 2.0, 2.2, 3.0]))
    s.append(Spacer(1, 8))
    P("Andelen behandlingar som avsåg män har ökat något varje år men är fortfarande under 30 procent.")
    P("5. Väntetider och avvisade rapporter", h2)
    P("Mediantiden från medicinsk bedömning till första behandlingstillfälle var fem veckor 2012, jämfört med "
      "sju veckor 2011. Vid fyra vårdcentraler var mediantiden längre än åtta veckor under minst ett kvartal.")
    P("Försäkringskassan avvisade 15 av de 1 012 rapporterade behandlingarna. I nio fall saknades uppgift om "
      "datum för den medicinska bedömningen, i fyra fall var patienten äldre än 67 år när behandlingen inleddes "
      "och i två fall hade samma behandling rapporterats två gånger.")
    P("6. Kompetens", h2)
    P("Vid årsskiftet 2012/2013 fanns 41 behandlare med grundläggande psykoterapiutbildning i KBT (steg 1) och "
      "nio legitimerade psykoterapeuter i primärvården. Under 2012 gick tolv medarbetare landstingets interna "
      "IPT-utbildning.")
    P("7. Fortsatt arbete 2013", h2)
    for i, t in enumerate([
            "Målet för 2013 är minst 1 150 avslutade KBT- och IPT-behandlingar.",
            "Mediantiden till första behandlingstillfälle ska vara högst fyra veckor vid samtliga vårdcentraler.",
            "En kontrollrutin införs för att säkerställa att datum för medicinsk bedömning finns i journalen "
            "innan en behandling rapporteras.",
            "Internetbaserad KBT prövas vid vårdcentralerna i Sveg och Bräcke under hösten 2013."], 1):
        P(f"{i}. {t}")
    s.append(Spacer(1, 10))
    P("Östersund den 18 februari 2013")
    P("Annika Borg<br/>Projektledare rehabiliteringsgarantin")
    P("Mats Hedenström<br/>Primärvårdsdirektör")
    P("Kontakt", h2)
    P("Frågor om rapporten: Annika Borg, projektledare, tfn 063-14 75 20.<br/>"
      "Frågor om statistiken: Jonas Falk, controller, tfn 063-14 76 03.")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b61-uppsala-2016-tjansteskrivelse-utokning-mmr1.docx"
    d = Document()
    d.core_properties.title = "Tjänsteskrivelse: utökning av MMR1 till fler vårdcentraler"
    d.core_properties.author = "Landstinget i Uppsala län"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget i Uppsala län\nHälso- och sjukvårdsförvaltningen, Primärvårdsavdelningen")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2016-04-12\nDiarienummer: HSN2016-0418\n"
                    "Handläggare: Sara Lindgren, utvecklingsledare rehabilitering")
    d.add_paragraph("Hälso- och sjukvårdsnämnden")
    d.add_heading("Utökning av multimodal rehabilitering i primärvården (MMR1) till fler vårdcentraler", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsnämnden föreslås besluta")
    for t in ["att multimodal rehabilitering i primärvården införs vid ytterligare fem vårdcentraler i två steg "
              "enligt denna tjänsteskrivelse,",
              "att nettokostnaden för 2016, 1,45 miljoner kronor, och för 2017, knappt 3,5 miljoner kronor, "
              "finansieras med ackumulerade medel från rehabiliteringsgarantin,",
              "att kostnaden från och med 2018 prövas i budgetberedningen inför 2018,",
              "att uppdra åt hälso- och sjukvårdsdirektören att återrapportera utfallet till nämnden senast den "
              "30 april 2018."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Multimodal rehabilitering i primärvården, i fortsättningen MMR1, är en teambaserad behandling för "
        "patienter i arbetsför ålder med långvarig smärta i rygg, nacke eller axlar. I dag erbjuds MMR1 vid fyra "
        "vårdcentraler i länet. Under 2015 avslutades 118 behandlingsserier, och mediantiden från remiss till start "
        "var 14 veckor. Förvaltningen föreslår att MMR1 införs vid ytterligare fem vårdcentraler, så att nio "
        "vårdcentraler i alla delar av länet kan erbjuda behandlingen.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Rehabiliteringsgarantin infördes 2008 genom en överenskommelse mellan staten och Sveriges Kommuner och "
        "Landsting (SKL). Överenskommelsen för 2016 ger landstinget ersättning med 25 000 kronor per avslutad "
        "behandlingsserie MMR1, samma belopp som 2015. Multimodal rehabilitering inom den specialiserade vården "
        "(MMR2) vid Akademiska sjukhuset omfattas inte av detta förslag.")
    d.add_paragraph(
        "MMR1 ges i dag vid vårdcentralerna Gränby och Gottsunda i Uppsala samt vid vårdcentralerna i Enköping och "
        "Tierp. Antalet avslutade behandlingsserier ökade från 97 år 2014 till 118 år 2015. Av patienterna 2015 var "
        "79 procent kvinnor. Patienter från vårdcentraler utan MMR1 remitteras till någon av de fyra enheterna, "
        "vilket ger långa resor och väntetider, särskilt för patienter i Östhammars och Heby kommuner.")
    d.add_paragraph(
        "Landstinget har sedan 2013 fått mer i ersättning från rehabiliteringsgarantin än vad verksamheterna har "
        "förbrukat. Vid utgången av 2015 uppgick de ackumulerade, ej förbrukade medlen till 7,4 miljoner kronor.")
    d.add_heading("Förslag", level=2)
    d.add_paragraph("MMR1 införs i två steg:")
    for t in ["Steg 1, från den 1 oktober 2016: vårdcentralerna i Knivsta, Östhammar och Sävja.",
              "Steg 2, från den 1 mars 2017: vårdcentralerna i Bålsta och Heby."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(
        "Varje nytt MMR1-team ska bestå av fysioterapeut, psykolog, arbetsterapeut och läkare med sammanlagt "
        "2,0 årsarbetare. Teamen får gemensam utbildning i beteendemedicinskt förhållningssätt vid Akademiska "
        "sjukhusets smärtcentrum innan de startar. En regional samordnare på halvtid anställs för att stödja "
        "teamen, följa upp resultaten och sköta rapporteringen till Försäkringskassan.")
    d.add_paragraph("Tabell 1. Bemanning per nytt MMR1-team (årsarbetare)")
    _docx_table(d, [("Yrkesgrupp", "Per team", "Fem team totalt"),
                    ("Fysioterapeut", "0,8", "4,0"), ("Psykolog", "0,6", "3,0"),
                    ("Arbetsterapeut", "0,4", "2,0"), ("Läkare", "0,2", "1,0"),
                    ("Summa", "2,0", "10,0")])
    d.add_paragraph(
        "Med den regionala samordnaren omfattar förslaget sammanlagt 10,5 nya årsarbetare när båda stegen är "
        "genomförda.")
    d.add_heading("Kostnader och finansiering", level=2)
    d.add_paragraph(
        "Personalkostnaden per team beräknas till 1 180 000 kronor per helår, inklusive personalomkostnader. "
        "Beräkningen av ersättningen bygger på att varje nytt team avslutar 24 behandlingsserier per helår med "
        "25 000 kronor per serie.")
    d.add_paragraph("Tabell 2. Kostnader och beräknad ersättning (tusental kronor)")
    _docx_table(d, [("Post", "2016", "2017", "Helår från 2018"),
                    ("Personal MMR1-team", "885", "5 507", "5 900"),
                    ("Regional samordnare (0,5 årsarbetare)", "85", "340", "340"),
                    ("Utbildning av teamen", "450", "300", "–"),
                    ("Utrustning och lokalanpassning", "180", "120", "–"),
                    ("Summa kostnader", "1 600", "6 267", "6 240"),
                    ("Beräknad ersättning från rehabiliteringsgarantin", "150", "2 800", "3 000"),
                    ("Nettokostnad", "1 450", "3 467", "3 240")])
    d.add_paragraph(
        "Nettokostnaden för 2016 och 2017, sammanlagt drygt 4,9 miljoner kronor, ryms inom de ackumulerade "
        "medlen. Därefter återstår knappt 2,5 miljoner kronor av dessa medel. Överenskommelsen för 2017 är ännu "
        "inte klar. Om den inte innehåller ersättning för MMR1 på samma nivå blir nettokostnaden högre.")
    d.add_heading("Mål och uppföljning", level=2)
    d.add_paragraph(
        "Målet är att antalet avslutade behandlingsserier MMR1 i länet ska öka från 118 år 2015 till minst 230 år "
        "2018, och att mediantiden från remiss till start ska vara högst åtta veckor. Samordnaren följer upp "
        "antal serier, väntetider och andel män per kvartal.")
    d.add_heading("Risker", level=2)
    for t in ["Det är svårt att rekrytera psykologer. Vid vårdcentralen i Östhammar har en psykologtjänst varit "
              "vakant sedan hösten 2015.",
              "Överenskommelserna mellan staten och SKL gäller ett år i taget, vilket gör finansieringen osäker.",
              "Män är underrepresenterade i MMR1. Andelen män var 21 procent 2015."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Samverkan", level=2)
    d.add_paragraph("Ärendet har behandlats i förvaltningens samverkansgrupp (FSG) den 5 april 2016.")
    d.add_paragraph("Ulrika Westerlund\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Erik Sandberg\nPrimärvårdsdirektör")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Sara Lindgren, utvecklingsledare rehabilitering, tfn 018-611 48 72")
    d.add_paragraph("Henrik Moberg, ekonom, Primärvårdsavdelningen, tfn 018-611 53 05")
    d.add_paragraph("Beslutet skickas till: Primärvårdsdirektören, Ekonomidirektören, verksamhetscheferna vid "
                    "vårdcentralerna i Knivsta, Östhammar, Sävja, Bålsta och Heby.")
    d.save(str(path))


def _docx_table(d, rows) -> None:
    tab = d.add_table(rows=0, cols=len(rows[0]))
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v


if __name__ == "__main__":
    make_pdf()
    make_docx()
