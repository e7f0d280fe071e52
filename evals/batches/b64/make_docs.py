"""Generates the PDF and DOCX test documents of batch b64 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

# vårdcentral: KBT 2015, IPT 2015, KBT 2016, IPT 2016, median väntetid 2016 (dagar)
ROWS = [
    ("Fröslunda vårdcentral, Eskilstuna", 212, 14, 241, 22, 34),
    ("Skogstorp vårdcentral, Eskilstuna", 148, 6, 163, 9, 41),
    ("Linden vårdcentral, Katrineholm", 176, 11, 188, 18, 28),
    ("Ekensberg vårdcentral, Nyköping", 201, 17, 230, 25, 22),
    ("Strängnäs vårdcentral", 164, 8, 187, 12, 47),
    ("Flen vårdcentral", 92, 0, 104, 5, 56),
    ("Trosa vårdcentral", 71, 3, 78, 4, 31),
    ("Vingåker vårdcentral", 58, 0, 66, 2, 38),
    ("Övriga 14 vårdcentraler", 829, 37, 911, 53, 37),
]


def make_pdf() -> None:
    path = DOCS / "b64-sormland-2016-verksamhetsberattelse-kbt-ipt-vardcentraler.pdf"
    tot = [sum(r[i] for r in ROWS) for i in range(1, 5)]
    assert tot[0] + tot[1] == 2047 and tot[2] + tot[3] == 2318, tot
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Verksamhetsberättelse 2016 KBT och IPT i primärvården",
                            author="Landstinget Sörmland", leftMargin=2.0 * cm, rightMargin=2.0 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Landstinget Sörmland<br/>Primärvården, Psykosociala enheten")
    P("Datum: 2017-02-20<br/>Diarienummer: LS-LED17-0112")
    P("Verksamhetsberättelse 2016: Psykologisk behandling med KBT och IPT på länets vårdcentraler", h1)
    P("Sammanfattning", h2)
    P("Under 2016 avslutades 2 318 behandlingar med kognitiv beteendeterapi (KBT) och interpersonell "
      "psykoterapi (IPT) på länets 22 vårdcentraler, jämfört med 2 047 år 2015. Det är en ökning med "
      "13 procent. Medianväntetiden från bedömning till första behandlingstillfälle var 36 dagar för hela "
      "länet, men skillnaderna mellan vårdcentralerna var stora.")
    P("1. Uppdrag och finansiering", h2)
    P("Primärvårdens psykosociala team (PST) erbjuder KBT och IPT till patienter med lindrig eller medelsvår "
      "depression, ångest eller stressrelaterad ohälsa. Verksamheten finansierades 2016 delvis med statliga "
      "medel från överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess "
      "(villkoret om insatser för lindrig och medelsvår psykisk ohälsa).")
    P("Landstinget ersatte vårdcentralerna med 6 000 kronor per avslutad behandling. För 2016 betalades "
      "sammanlagt knappt 14 miljoner kronor ut till vårdcentralerna.")
    P("Med avslutad behandling avses i denna verksamhetsberättelse en behandling med minst fem "
      "behandlingstillfällen där ett avslutningssamtal är dokumenterat i journalen.")
    P("2. Resultat per vårdcentral", h2)
    P("Tabell 1. Avslutade behandlingar per vårdcentral 2015 och 2016 samt medianväntetid 2016", h2)
    rows = [["Vårdcentral", "KBT 2015", "IPT 2015", "KBT 2016", "IPT 2016", "Väntetid 2016 (dagar)"]]
    rows += [[r[0]] + [str(v) for v in r[1:]] for r in ROWS]
    rows.append(["Totalt", f"{tot[0]:,}".replace(",", " "), str(tot[1]), f"{tot[2]:,}".replace(",", " "),
                 str(tot[3]), "36"])
    t = Table(rows, colWidths=[6.0 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 3.0 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Fröslunda vårdcentral hade flest avslutade behandlingar, 263 stycken, medan Ekensberg vårdcentral i "
      "Nyköping hade den kortaste väntetiden, 22 dagar. Flen vårdcentral hade den längsta "
      "väntetiden, 56 dagar, främst på grund av en vakant psykologtjänst under våren 2016.")
    P("Andelen kvinnor bland de behandlade var 71 procent. Patienter i åldern 16–29 år stod för 28 procent av "
      "behandlingarna, en ökning från 23 procent år 2015.")
    P("Utöver behandlingarna i tabellen genomfördes 312 internetbaserade KBT-behandlingar via Stöd och "
      "behandling. Dessa ingår inte i totalsumman.")
    P("3. Iakttagelser", h2)
    P("1. IPT används fortfarande lite: 150 av 2 318 behandlingar (drygt 6 procent) var IPT år 2016.<br/>"
      "2. Två vårdcentraler, Flen och Vingåker, saknade IPT-utbildad personal under 2015.<br/>"
      "3. Väntetiden överstiger landstingets mål om högst 30 dagar på sex av de åtta redovisade vårdcentralerna.")
    P("4. Mål och åtgärder för 2017", h2)
    P("Målet för 2017 är 2 600 avslutade behandlingar och en medianväntetid på högst 30 dagar i hela länet. "
      "Fyra psykologer och två psykoterapeuter ska utbildas i IPT under hösten 2017. Från den 1 april 2017 "
      "införs gemensam väntelista för vårdcentralerna i Eskilstuna.")
    P("Kontakt", h2)
    P("Anna Lindqvist, primärvårdschef, tfn 016-10 45 20<br/>"
      "Johan Ek, verksamhetsutvecklare, Psykosociala enheten, tfn 016-10 47 83")
    P("Eskilstuna den 20 februari 2017<br/><br/>Anna Lindqvist<br/>Primärvårdschef, Landstinget Sörmland")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b64-vasterbotten-2021-tjansteskrivelse-forsakringsmedicinsk-kompetens.docx"
    d = Document()
    d.core_properties.title = "Tjänsteskrivelse försäkringsmedicinsk kompetens 2021-2022"
    d.core_properties.author = "Region Västerbotten"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Västerbotten\nHälso- och sjukvårdsförvaltningen, Staben för kvalitet och utveckling")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2021-09-14\nDiarienummer: RV 2021/01873\n"
                    "Till: Hälso- och sjukvårdsnämnden, sammanträde 2021-10-07")
    d.add_heading("Förstärkt försäkringsmedicinsk kompetens i Region Västerbotten 2021–2022", level=1)
    d.add_heading("Förslag till beslut", level=2)
    for t in ["Hälso- och sjukvårdsnämnden inrättar tre uppdrag som försäkringsmedicinskt ansvarig läkare "
              "(FMAL), ett per länsdel, om vardera 20 procent av heltid från den 1 november 2021.",
              "Nämnden ger förvaltningen i uppdrag att erbjuda grundkurs i försäkringsmedicin till samtliga "
              "läkare som utfärdar sjukintyg och ännu inte gått kursen.",
              "Kostnaden, sammanlagt 2,5 miljoner kronor för 2021–2022, finansieras med statliga medel från "
              "överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Staten och Sveriges Kommuner och Regioner (SKR) har kommit överens om insatser för en kvalitetssäker "
        "och effektiv sjukskrivnings- och rehabiliteringsprocess för 2021–2022. Region Västerbotten kan för "
        "2021 ta del av 7,9 miljoner kronor, varav 1,6 miljoner kronor avser villkoret om försäkringsmedicinsk "
        "kompetens.")
    d.add_paragraph(
        "Med försäkringsmedicinsk kompetens avses i denna skrivelse läkarens kunskap om att bedöma hur sjukdom "
        "påverkar arbetsförmågan, att skriva medicinska underlag som Försäkringskassan kan använda och att "
        "samverka med patient, arbetsgivare och Försäkringskassan. En FMAL är en läkare med särskilt ansvar för "
        "att stödja kollegor, leda utbildning och följa upp sjukskrivningsprocessen inom sin länsdel.")
    d.add_heading("Nuläge", level=2)
    d.add_paragraph(
        "En kartläggning i augusti 2021 visar att 268 av regionens 412 läkare som utfärdar sjukintyg har gått "
        "grundkurs i försäkringsmedicin, vilket motsvarar 65 procent. Vid kartläggningen 2019 var andelen "
        "52 procent. Regionen har i dag ingen FMAL; uppdraget upphörde när den tidigare innehavaren gick i "
        "pension i december 2020.")
    d.add_heading("Tabell 1. Läkare som utfärdar sjukintyg och genomgången grundkurs, augusti 2021", level=3)
    rows = [("Länsdel", "Läkare som utfärdar sjukintyg", "Genomgått grundkurs", "Andel"),
            ("Umeå", "196", "138", "70 %"), ("Skellefteå", "121", "73", "60 %"),
            ("Södra Lappland", "95", "57", "60 %"), ("Totalt", "412", "268", "65 %")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Överväganden", level=2)
    d.add_paragraph(
        "Målet är att minst 80 procent av läkarna som utfärdar sjukintyg ska ha gått grundkursen senast den "
        "31 december 2022, vilket motsvarar minst 330 läkare med nuvarande antal. Lägst andel finns i "
        "Skellefteå och Södra Lappland, där många intyg skrivs av hyrläkare.")
    d.add_paragraph("Kostnaderna fördelar sig enligt följande:")
    for t in ["Tre FMAL-uppdrag om 20 procent vardera: 0,9 miljoner kronor per år, 1,8 miljoner kronor för "
              "perioden.",
              "Grundkurs i försäkringsmedicin, två dagar, för omkring 144 läkare inklusive kursavgifter och "
              "ersättning för frånvaro: 0,7 miljoner kronor."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Förvaltningen bedömer att en FMAL i varje länsdel ger bättre förutsättningar för lokal uppföljning än "
        "ett regionövergripande uppdrag. Hyrläkare ska erbjudas kursen på samma villkor som anställda läkare.")
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph(
        "Förvaltningen redovisar andelen utbildade läkare till nämnden i april och oktober 2022. Slutredovisning "
        "sker i februari 2023.")
    d.add_heading("Kontaktpersoner", level=2)
    d.add_paragraph("Per-Olof Nyberg, strateg försäkringsmedicin, tfn 090-785 12 64")
    d.add_paragraph("Maria Jonsson, controller, tfn 090-785 30 11")
    d.add_paragraph("Lena Hörnström\nHälso- och sjukvårdsdirektör\n\nPer-Olof Nyberg\nStrateg försäkringsmedicin")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
