"""Generates the PDF and DOCX test documents of batch b15 (reportlab + python-docx).

Run: /work/main/.venv/bin/python evals/batches/b15/make_docs.py
"""

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


def sormland_pdf(path: Path) -> None:
    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Heading1"], styles["Heading2"]
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    story = [
        Paragraph(MARKER, small),
        Spacer(1, 0.3 * cm),
        Paragraph("Region Sörmland<br/>Regionledningskontoret", body),
        Paragraph("TJÄNSTESKRIVELSE", h2),
        Paragraph("Datum: 2019-02-19<br/>Diarienummer: RS-LED19-0231<br/>Till: Regionstyrelsen", body),
        Spacer(1, 0.3 * cm),
        Paragraph("Användning av statsbidrag för sjukskrivnings- och rehabiliteringsprocessen "
                  "– utfall 2017–2018 och plan för 2019", h1),
        Paragraph("Förslag till beslut", h2),
        Paragraph("Regionstyrelsen föreslås besluta", body),
        Paragraph("1. att godkänna redovisningen av utfallet för 2017 och 2018,", body),
        Paragraph("2. att fastställa planen för användningen av medlen 2019 enligt tabell 1,", body),
        Paragraph("3. att 2,2 miljoner kronor av det ackumulerade överskottet reserveras för omställning "
                  "av verksamheten under 2020,", body),
        Paragraph("4. att uppdra åt hälso- och sjukvårdsdirektören att återrapportera användningen av medlen "
                  "till regionstyrelsen senast den 31 oktober 2019.", body),
        Paragraph("Sammanfattning", h2),
        Paragraph("Landstinget Sörmland, som sedan den 1 januari 2019 är Region Sörmland, har under 2017 och 2018 "
                  "fått statsbidrag enligt överenskommelsen mellan regeringen och Sveriges Kommuner och Landsting "
                  "(SKL) om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess. Medlen har "
                  "använts till behandlingar vid psykisk ohälsa och långvarig smärta, rehabkoordinatorer, "
                  "försäkringsmedicinsk kompetens och IT-utveckling. Överenskommelsen upphörde vid utgången av 2018. "
                  "För 2019 får regionen ett särskilt statsbidrag för koordineringsinsatser. Verksamheten behöver "
                  "därför minska i omfattning.", body),
        Paragraph("Ärendebeskrivning", h2),
        Paragraph("Bakgrund", styles["Heading3"]),
        Paragraph("Den tvååriga överenskommelsen för 2017–2018 omfattade totalt 2,88 miljarder kronor för hela "
                  "landet. Medlen betalades ut i två delar: en del för rehabiliteringsinsatser vid lindrig och "
                  "medelsvår psykisk ohälsa och långvarig smärta och en del för utvecklingsarbete inom "
                  "överenskommelsens områden. Landstinget Sörmland uppfyllde samtliga villkor 2017. För 2018 "
                  "uppfylldes samtliga villkor utom delvillkoret om elektroniskt informationsutbyte, vilket "
                  "medförde ett avdrag på 0,4 miljoner kronor.", body),
        Paragraph("Verksamhet 2017–2018", styles["Heading3"]),
        Paragraph("Under 2018 rapporterades 1 412 avslutade behandlingar med KBT eller IPT, jämfört med 1 296 "
                  "under 2017. Antalet avslutade behandlingsserier med multimodal rehabilitering var 204 under 2018 "
                  "(151 MMR1 och 53 MMR2) och 187 under 2017.", body),
        Paragraph("Samtliga 31 vårdcentraler och de fyra allmänpsykiatriska öppenvårdsmottagningarna har en "
                  "rehabkoordinator. Med rehabkoordinator avses en person i vården som ger sjukskrivna patienter "
                  "stöd, samordnar vårdens insatser och samverkar med arbetsgivare och Försäkringskassan. Under 2018 "
                  "fick 2 350 patienter stöd av en rehabkoordinator.", body),
        Paragraph("Plan för 2019", styles["Heading3"]),
        Paragraph("Regeringen har för 2019 avsatt medel för koordineringsinsatser i avvaktan på att lagen om "
                  "koordineringsinsatser för sjukskrivna patienter träder i kraft. Region Sörmland beräknas få "
                  "9,6 miljoner kronor. Det ackumulerade överskottet från 2017–2018 uppgår till 7,3 miljoner "
                  "kronor. Av detta föreslås 5,1 miljoner kronor tas i anspråk 2019 och resterande 2,2 miljoner "
                  "kronor reserveras för omställning under 2020. Ersättningen till vårdcentralerna för KBT/IPT och "
                  "MMR upphör den 30 juni 2019.", body),
        Spacer(1, 0.3 * cm),
        Paragraph("Tabell 1. Intäkter och kostnader, miljoner kronor", styles["Heading4"]),
    ]
    rows = [
        ["Post", "Utfall 2017", "Utfall 2018", "Plan 2019"],
        ["Statsbidrag, rehabiliteringsinsatser", "10,8", "11,2", "0,0"],
        ["Statsbidrag, utvecklingsområden", "16,4", "16,9", "0,0"],
        ["Statsbidrag för koordineringsinsatser", "0,0", "0,0", "9,6"],
        ["Ianspråktaget överskott", "0,0", "0,0", "5,1"],
        ["Summa intäkter", "27,2", "28,1", "14,7"],
        ["Ersättning till vårdcentraler för KBT/IPT", "5,9", "6,3", "2,0"],
        ["Multimodal rehabilitering (MMR1 och MMR2)", "4,4", "4,6", "1,8"],
        ["Rehabkoordinatorer i primärvård och psykiatri", "7,2", "8,0", "8,4"],
        ["Kompetenssatsning i försäkringsmedicin", "2,1", "2,4", "0,8"],
        ["Processledning och administration", "1,8", "1,9", "1,2"],
        ["IT-utveckling och elektroniskt informationsutbyte", "1,1", "1,6", "0,3"],
        ["Övrigt", "0,4", "0,3", "0,2"],
        ["Summa kostnader", "22,9", "25,1", "14,7"],
        ["Resultat", "4,3", "3,0", "0,0"],
    ]
    table = Table(rows, colWidths=[8.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, 5), (-1, 5), "Helvetica-Bold"),
        ("FONTNAME", (0, 13), (-1, 14), "Helvetica-Bold"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ]))
    story += [
        table,
        Spacer(1, 0.3 * cm),
        Paragraph("Ekonomiska konsekvenser", h2),
        Paragraph("Planen för 2019 ryms inom statsbidraget och det ianspråktagna överskottet och belastar inte "
                  "regionens egna medel. Från 2020 förväntas koordineringen finansieras genom det generella "
                  "statsbidraget.", body),
        Paragraph("Region Sörmland", body),
        Spacer(1, 0.4 * cm),
        Paragraph("Annika Holmqvist<br/>Regiondirektör", body),
        Paragraph("Peter Lindgren<br/>Hälso- och sjukvårdsdirektör", body),
        Spacer(1, 0.3 * cm),
        Paragraph("Handläggare: Sara Ekholm, processledare sjukskrivning och rehabilitering, "
                  "telefon 016-10 53 21", body),
        Paragraph("Beslutet skickas till: Hälso- och sjukvårdsförvaltningen, Ekonomistaben, "
                  "Primärvården Sörmland", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Användning av statsbidrag för sjukskrivnings- och "
                      "rehabiliteringsprocessen 2017–2019", author="Region Sörmland").build(story)


def varmland_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(MARKER)
    doc.add_paragraph("Region Värmland\nHälso- och sjukvården, Utvecklingsenheten")
    doc.add_heading("Uppföljning av rehabiliteringsinsatser vid psykisk ohälsa och långvarig smärta 2016–2018", 0)
    doc.add_paragraph("Rapport. Datum: 2019-04-15. Diarienummer: RV2019/0877")

    doc.add_heading("Sammanfattning", 1)
    doc.add_paragraph(
        "Antalet avslutade behandlingar med KBT, IPT och multimodal rehabilitering i Värmland ökade från 3 572 år "
        "2016 till 4 044 år 2018. Tre av fyra behandlade patienter är kvinnor. Väntetiden till KBT har kortats, "
        "men antalet IPT-behandlingar minskade 2018. Rapporten rekommenderar bland annat att fler män nås av "
        "insatserna och att MMR1 ansluts till det nationella kvalitetsregistret.")

    doc.add_heading("1. Inledning", 1)
    doc.add_paragraph(
        "Sedan rehabiliteringsgarantin infördes 2008 har landstinget byggt upp behandling med kognitiv "
        "beteendeterapi (KBT), interpersonell psykoterapi (IPT) och multimodal rehabilitering (MMR) i "
        "primärvården och vid Smärtrehabiliteringen, Centralsjukhuset Karlstad. Under 2016–2018 finansierades "
        "insatserna delvis med statsbidrag enligt överenskommelserna om en kvalitetssäker och effektiv "
        "sjukskrivnings- och rehabiliteringsprocess. Landstinget i Värmland, som den 1 januari 2019 blev Region "
        "Värmland, fick 9,7 miljoner kronor 2016, 10,3 miljoner kronor 2017 och 10,6 miljoner kronor 2018 i "
        "statsbidrag för rehabiliteringsinsatser.")

    doc.add_heading("2. Uppdrag och metod", 1)
    doc.add_paragraph(
        "Hälso- och sjukvårdsdirektören gav i oktober 2018 Utvecklingsenheten i uppdrag att följa upp insatserna "
        "under perioden 2016–2018. Uppföljningen bygger på vårdcentralernas rapportering av avslutade "
        "behandlingar, uppgifter från Smärtrehabiliteringen och Försäkringskassans uppgifter om sjukskrivning. "
        "En behandling räknas som avslutad när minst fyra behandlingstillfällen har genomförts och ett "
        "avslutande samtal har hållits.")

    doc.add_heading("3. Resultat", 1)
    doc.add_heading("3.1 Antal behandlingar per år", 2)
    doc.add_paragraph("Tabell 1. Antal avslutade behandlingar per behandlingsform och år")
    table_rows(doc, [
        ["Behandling", "2016", "2017", "2018"],
        ["KBT", "2 946", "3 210", "3 387"],
        ["IPT", "212", "241", "198"],
        ["MMR1", "318", "344", "371"],
        ["MMR2", "96", "102", "88"],
        ["Totalt", "3 572", "3 897", "4 044"],
    ])
    doc.add_paragraph(
        "Ökningen 2016–2018 avser främst KBT och MMR1. Minskningen av IPT 2018 beror på att två av landstingets "
        "fem IPT-terapeuter slutade under året.")

    doc.add_heading("3.2 Kvinnor och män", 2)
    doc.add_paragraph("Tabell 2. Avslutade behandlingar 2018 efter kön")
    table_rows(doc, [
        ["Behandling", "Kvinnor", "Män", "Andel kvinnor (%)"],
        ["KBT", "2 473", "914", "73,0"],
        ["IPT", "163", "35", "82,3"],
        ["MMR1", "289", "82", "77,9"],
        ["MMR2", "64", "24", "72,7"],
        ["Totalt", "2 989", "1 055", "73,9"],
    ])
    doc.add_paragraph(
        "Medianåldern bland patienterna 2018 var 39 år för kvinnor och 42 år för män. Andelen män är lägre än "
        "andelen män bland de sjukskrivna i länet med psykiatriska diagnoser eller smärtdiagnoser, som var 34 "
        "procent 2018.")

    doc.add_heading("3.3 Väntetider", 2)
    doc.add_paragraph(
        "Mediantiden från bedömning till första behandlingstillfälle i KBT var 47 dagar 2016, 41 dagar 2017 och "
        "34 dagar 2018. För MMR2 var mediantiden från remiss till teambedömning 62 dagar 2018.")

    doc.add_heading("3.4 Återgång i arbete", 2)
    doc.add_paragraph(
        "Av de patienter som var sjukskrivna vid behandlingsstart 2018 hade 58 procent återgått helt eller delvis "
        "i arbete sex månader efter avslutad MMR2. Motsvarande andel efter MMR1 var 49 procent och efter KBT 52 "
        "procent.")

    doc.add_heading("4. Ersättning till vårdcentralerna", 1)
    doc.add_paragraph(
        "Under 2016–2018 ersatte landstinget vårdcentralerna med 4 000 kronor per avslutad KBT- eller "
        "IPT-behandling och 15 000 kronor per avslutad MMR1-serie. MMR2 finansierades genom anslag till "
        "Smärtrehabiliteringen. Ersättningen betalades ut kvartalsvis i efterskott.")

    doc.add_heading("5. Slutsatser och rekommendationer", 1)
    doc.add_paragraph(
        "Insatserna har nått fler patienter varje år och väntetiderna har blivit kortare. Männen är fortfarande "
        "underrepresenterade. Utvecklingsenheten rekommenderar att")
    for item in [
        "vårdcentralerna använder en gemensam bedömningsmall för att identifiera patienter som kan ha nytta av "
        "KBT, IPT eller MMR,",
        "särskilda insatser görs för att nå män med psykisk ohälsa, till exempel via företagshälsovården,",
        "fler terapeuter utbildas i IPT så att behandlingen kan erbjudas i hela länet,",
        "alla enheter som ger MMR1 ansluts till Nationella registret över smärtrehabilitering under 2019.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Kontakt", 1)
    doc.add_paragraph(
        "Rapporten har tagits fram av utvecklingsledare Eva Bergkvist (projektledare) och statistiker Henrik Dahl "
        "på uppdrag av hälso- och sjukvårdsdirektör Gunnar Fahlén.")
    doc.add_paragraph("Kontaktperson: Eva Bergkvist, utvecklingsledare, telefon 054-61 48 22, "
                      "e-post eva.bergkvist@regionvarmland.example.se")
    doc.core_properties.title = "Uppföljning av rehabiliteringsinsatser 2016–2018"
    doc.core_properties.author = "Region Värmland"
    doc.save(str(path))


def table_rows(doc: Document, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


if __name__ == "__main__":
    sormland_pdf(DOCS / "region-sormland-2019-tjansteskrivelse-statsbidrag-sjukskrivningsprocessen.pdf")
    varmland_docx(DOCS / "region-varmland-2019-uppfoljning-rehabiliteringsinsatser-2016-2018.docx")
