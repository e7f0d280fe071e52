"""Builds the PDF and DOCX test documents of batch b37 (stdlib + reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
NOTE = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

RATE_KBT, RATE_MMR1, RATE_MMR2 = 12000, 25000, 45000
ROWS = [
    ("Stockholms läns landsting", 9420, 1240, 610),
    ("Landstinget i Uppsala län", 1870, 310, 180),
    ("Landstinget Sörmland", 1310, 260, 90),
    ("Landstinget i Östergötland", 2240, 520, 210),
    ("Landstinget i Jönköpings län", 2050, 610, 160),
    ("Landstinget Kronoberg", 960, 240, 70),
    ("Landstinget i Kalmar län", 1530, 430, 120),
    ("Region Gotland", 310, 70, 20),
    ("Landstinget Blekinge", 720, 150, 50),
    ("Region Skåne", 7860, 1380, 560),
    ("Region Halland", 1690, 470, 130),
    ("Västra Götalandsregionen", 8910, 980, 410),
    ("Landstinget i Värmland", 1270, 290, 110),
    ("Örebro läns landsting", 1640, 380, 150),
    ("Landstinget Västmanland", 1120, 210, 80),
    ("Landstinget Dalarna", 1480, 340, 120),
    ("Landstinget Gävleborg", 1190, 260, 90),
    ("Landstinget Västernorrland", 1020, 230, 90),
    ("Jämtlands läns landsting", 640, 140, 40),
    ("Västerbottens läns landsting", 1210, 300, 130),
    ("Norrbottens läns landsting", 1060, 250, 100),
]


def sv(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def make_pdf() -> None:
    path = DOCS / "b37-skl-2014-statistik-rehabiliteringsgarantin-2013.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Rehabiliteringsgarantin 2013 – avslutade behandlingar och ersättning per landsting",
                            author="Sveriges Kommuner och Landsting")
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    story = [Paragraph(NOTE, body), Spacer(1, 6),
             Paragraph("Sveriges Kommuner och Landsting, Avdelningen för vård och omsorg", body),
             Paragraph("Statistikblad 2014:3 &nbsp; Datum: 2014-05-20 &nbsp; Dnr 14/1187", body),
             Spacer(1, 8),
             Paragraph("Rehabiliteringsgarantin 2013 – avslutade behandlingar och ersättning per landsting", h1),
             Paragraph(
                 "Överenskommelsen mellan staten och SKL om en rehabiliteringsgaranti för 2013 gav landstingen "
                 "ersättning för avslutade behandlingar med kognitiv beteendeterapi (KBT) eller interpersonell "
                 "psykoterapi (IPT) och för multimodal rehabilitering (MMR1 och MMR2). Ramen för ersättning för "
                 "behandlingar var 1 000 miljoner kronor. Statistikbladet redovisar de behandlingar som landstingen "
                 "rapporterat till Försäkringskassan för 2013 och den ersättning som betalats ut.", body),
             Spacer(1, 6),
             Paragraph("Ersättningsnivåer 2013", h2)]
    rates = Table([["Insats", "Ersättning per avslutad behandling"],
                   ["KBT/IPT", "12 000 kr"],
                   ["MMR1 (vanligen i primärvården)", "25 000 kr"],
                   ["MMR2 (vanligen i specialiserad vård)", "45 000 kr"]], colWidths=[8 * cm, 7 * cm])
    rates.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [rates, Spacer(1, 10),
              Paragraph("Tabell 1. Avslutade behandlingar och utbetald ersättning per landsting 2013", h2)]
    data = [["Landsting/region", "KBT/IPT", "MMR1", "MMR2", "Ersättning (tkr)"]]
    tot = [0, 0, 0, 0]
    for name, k, m1, m2 in ROWS:
        amount = (k * RATE_KBT + m1 * RATE_MMR1 + m2 * RATE_MMR2) // 1000
        for i, v in enumerate((k, m1, m2, amount)):
            tot[i] += v
        data.append([name, sv(k), sv(m1), sv(m2), sv(amount)])
    data.append(["Riket", *(sv(v) for v in tot)])
    table = Table(data, colWidths=[6.2 * cm, 2.3 * cm, 2 * cm, 2 * cm, 3.2 * cm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                               ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [table, Spacer(1, 6),
              Paragraph("Källa: Landstingens redovisningar till Försäkringskassan, sammanställda av SKL. "
                        "Uppgifterna avser behandlingar som rapporterats till och med den 31 mars 2014.", body),
              Spacer(1, 8),
              Paragraph("Kommentarer", h2),
              Paragraph("Sammanlagt avslutades 49 500 behandlingar med KBT eller IPT under 2013, vilket är 6 procent "
                        "fler än 2012. Antalet avslutade behandlingar med multimodal rehabilitering var 12 580, varav "
                        "9 060 på nivå MMR1 och 3 520 på nivå MMR2.", body),
              Paragraph("Den utbetalda ersättningen uppgick till 978,9 miljoner kronor, vilket motsvarar knappt "
                        "98 procent av ramen. Ingen justering av ersättningsnivåerna behövde därför göras.", body),
              Paragraph("Kvinnor svarade för 72 procent av de avslutade KBT/IPT-behandlingarna och för 76 procent av "
                        "behandlingarna med multimodal rehabilitering. Patienter i åldern 16–29 år stod för 18 procent "
                        "av KBT/IPT-behandlingarna.", body),
              Paragraph("Tre landsting – Stockholms läns landsting, Västra Götalandsregionen och Region Skåne – svarade "
                        "tillsammans för 49 procent av den utbetalda ersättningen.", body),
              Spacer(1, 8),
              Paragraph("Kontakt", h2),
              Paragraph("Maria Lindahl Berg, handläggare, maria.lindahlberg@skl.se, 08-452 70 00", body),
              Paragraph("Tomas Ekwall, statistiker, tomas.ekwall@skl.se, 08-452 70 00", body)]
    doc.build(story)


def make_docx() -> None:
    path = DOCS / "b37-orebro-2016-avtal-internetbaserad-kbt.docx"
    d = Document()
    d.core_properties.title = "Avtal om internetbaserad kognitiv beteendeterapi (iKBT)"
    d.core_properties.author = "Region Örebro län"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(NOTE)
    d.add_paragraph("Region Örebro län\tÄrendenummer: 16RS3154\nHälso- och sjukvårdsförvaltningen\tDatum: 2016-08-15")
    d.add_heading("Avtal om internetbaserad kognitiv beteendeterapi (iKBT) vid lindrig till medelsvår "
                  "depression och ångest", level=1)
    d.add_heading("1. Parter", level=2)
    d.add_paragraph("Beställare: Region Örebro län, Hälso- och sjukvårdsförvaltningen, Box 1613, 701 16 Örebro "
                    "(nedan kallad Regionen).")
    d.add_paragraph("Leverantör: Digipsyk Norden AB, organisationsnummer 556987-4410, Kungsgatan 12, "
                    "411 19 Göteborg (nedan kallad Leverantören).")
    d.add_heading("2. Bakgrund och syfte", level=2)
    d.add_paragraph("Regeringen och SKL har i överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- och "
                    "rehabiliteringsprocess för 2016 avsatt medel för insatser för lindrig och medelsvår psykisk "
                    "ohälsa. Regionen har beslutat att en del av medlen ska användas för att öka tillgången till "
                    "internetbaserad KBT för patienter som är listade vid en vårdcentral i Örebro län. Syftet är att "
                    "korta väntetiden till psykologisk behandling och att förebygga eller förkorta sjukskrivning.")
    d.add_heading("3. Avtalets omfattning", level=2)
    d.add_paragraph("Leverantören ska erbjuda internetbaserad KBT med behandlarstöd till patienter som remitterats från "
                    "en vårdcentral i Region Örebro län efter en medicinsk bedömning. Avtalet omfattar:")
    for t in ["patienter som är 18 år eller äldre,",
              "lindrig till medelsvår depression, paniksyndrom, social ångest och generaliserat ångestsyndrom,",
              "ett bedömningssamtal via video innan behandlingen startar,",
              "ett behandlingsprogram om åtta moduler under 8–12 veckor med skriftlig återkoppling från behandlaren "
              "minst en gång per vecka."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Patienter med svår depression, förhöjd suicidrisk, pågående missbruk eller psykossjukdom omfattas "
                    "inte och ska hänvisas tillbaka till vårdcentralen.")
    d.add_heading("4. Volymer", level=2)
    d.add_paragraph("Regionen beräknar att cirka 900 behandlingar per avtalsår kommer att genomföras. Regionen "
                    "garanterar ingen volym. Antalet ersatta behandlingar är högst 1 200 per avtalsår; behandlingar "
                    "därutöver ersätts endast efter skriftlig överenskommelse.")
    d.add_heading("5. Ersättning", level=2)
    d.add_paragraph("Ersättning utgår enligt tabellen nedan. Beloppen är fasta under avtalets första två år och "
                    "är momsfria då tjänsten avser hälso- och sjukvård.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Ersättningspost", "Villkor", "Belopp"]):
        c.text = txt
    for row in [("Bedömningssamtal", "Genomfört samtal via video", "900 kr"),
                ("Genomförd behandling", "Minst sex av åtta moduler genomförda, eller behandlingsmålet uppnått "
                 "och behandlingen avslutad i samråd", "8 400 kr"),
                ("Avbruten behandling", "Minst tre moduler genomförda före avbrottet", "2 500 kr")]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    d.add_paragraph("Ersättningen för en genomförd behandling inkluderar uppföljande skattningar tre månader efter "
                    "avslutad behandling. Leverantören fakturerar Regionen månadsvis i efterskott.")
    d.add_heading("6. Rapportering", level=2)
    d.add_paragraph("Leverantören ska senast den tionde arbetsdagen varje månad rapportera föregående månads "
                    "verksamhet till Regionens beställarenhet. Rapporten ska innehålla:")
    for t2 in ["antal påbörjade, genomförda och avbrutna behandlingar, fördelade på kön och åldersgrupp,",
               "väntetid från remiss till första bedömningssamtal,",
               "resultat på skattningsskalorna PHQ-9 och GAD-7 före och efter behandling,",
               "antal patienter som var sjukskrivna vid behandlingens start och vid avslut."]:
        d.add_paragraph(t2, style="List Bullet")
    d.add_paragraph("Leverantören ska dessutom lämna en samlad kvalitetsrapport för varje avtalsår senast den "
                    "31 oktober. Regionen använder uppgifterna i sin redovisning till SKL enligt överenskommelsen.")
    d.add_heading("7. Krav på kvalitet och tillgänglighet", level=2)
    d.add_paragraph("Behandlingen ska ges av legitimerad psykolog eller legitimerad psykoterapeut med "
                    "grundläggande utbildning i KBT. Bedömningssamtal ska erbjudas inom 14 dagar från att remissen "
                    "inkommit. Meddelanden från patienter ska besvaras inom två vardagar.")
    d.add_paragraph("Om fler än 10 procent av patienterna under en kalendermånad får vänta längre än 14 dagar på "
                    "bedömningssamtal har Regionen rätt till ett vite om 5 procent av månadens ersättning.")
    d.add_heading("8. Avtalstid", level=2)
    d.add_paragraph("Avtalet gäller från och med 2016-09-01 till och med 2018-08-31. Regionen har rätt att förlänga "
                    "avtalet med ett år i taget, högst två gånger. Besked om förlängning ska lämnas senast sex "
                    "månader före avtalstidens utgång.")
    d.add_heading("9. Kontaktpersoner", level=2)
    d.add_paragraph("För Regionen: Elin Forsman, utvecklingsstrateg, elin.forsman@regionorebrolan.se")
    d.add_paragraph("För Leverantören: Sara Holmqvist, verksamhetschef, sara.holmqvist@digipsyk.se")
    d.add_heading("10. Underskrifter", level=2)
    d.add_paragraph("Detta avtal har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.")
    sig = d.add_table(rows=3, cols=2)
    sig.style = "Table Grid"
    for r, (a, b) in enumerate([("Örebro 2016-08-15", "Göteborg 2016-08-12"),
                                ("För Region Örebro län", "För Digipsyk Norden AB"),
                                ("Karin Sjöberg, hälso- och sjukvårdsdirektör", "Johan Arvidsson, verkställande direktör")]):
        sig.rows[r].cells[0].text = a
        sig.rows[r].cells[1].text = b
    d.save(str(path))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf()
    make_docx()
