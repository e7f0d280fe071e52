"""Builds the PDF and DOCX test documents of batch b25 (stdlib + reportlab + python-docx)."""

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def docx_vastmanland() -> None:
    d = Document()
    d.add_paragraph(MARK)
    d.add_paragraph("Region Västmanland\nHälso- och sjukvårdsförvaltningen\nEnheten för försäkringsmedicin och rehabkoordinering")
    d.add_paragraph("Datum: 2019-12-09\nDiarienummer: RV191234")
    d.add_heading("Verksamhetsplan 2020 – Rehabkoordinering och försäkringsmedicin", level=1)
    d.add_heading("1. Inledning", level=2)
    d.add_paragraph(
        "Denna verksamhetsplan beskriver hur Region Västmanland under 2020 ska arbeta med rehabkoordinering "
        "och försäkringsmedicin inom primärvården och psykiatrin. Planen bygger på erfarenheterna från "
        "överenskommelserna mellan staten och SKL om en kvalitetssäker och effektiv sjukskrivnings- och "
        "rehabiliteringsprocess samt på den nya lagen om koordineringsinsatser för sjukskrivna patienter.")
    d.add_paragraph(
        "Lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter träder i kraft den 1 februari 2020. "
        "Från och med detta datum är det ett lagstadgat åtagande för regionen att erbjuda koordineringsinsatser "
        "till patienter som behöver det för att kunna återgå i arbete.")
    d.add_heading("2. Mål för 2020", level=2)
    for t in [
        "Samtliga 29 vårdcentraler i länet ska ha tillgång till en rehabkoordinator.",
        "Minst 2 400 patienter ska få koordineringsinsatser under 2020, jämfört med 1 950 patienter under 2019.",
        "Minst 85 procent av läkarintygen för sjukpenning ska godtas av Försäkringskassan utan begäran om komplettering.",
        "Samtliga ST-läkare i allmänmedicin och psykiatri ska ha genomgått regionens grundkurs i försäkringsmedicin.",
        "Andelen sjukfall som pågår längre än 180 dagar ska minska jämfört med 2019.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("3. Organisation", level=2)
    d.add_paragraph(
        "Enheten för försäkringsmedicin och rehabkoordinering leds av en försäkringsmedicinsk chefläkare och har "
        "två samordnare och tre utbildare. Rehabkoordinatorerna är anställda av vårdcentralerna och psykiatrin men "
        "stöds av enheten genom nätverksträffar, handledning och gemensamma rutiner.")
    d.add_paragraph(
        "Under 2020 planeras 24 årsarbetande rehabkoordinatorer inom primärvården och 6 årsarbetande "
        "rehabkoordinatorer inom vuxenpsykiatrin. Vårdcentralerna ersätts med 500 000 kronor per årsarbetande "
        "rehabkoordinator och år.")
    d.add_heading("4. Aktiviteter och tidplan", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Aktivitet"
    t.rows[0].cells[1].text = "Klart senast"
    for a, b in [
        ("Regiongemensam rutin för koordineringsinsatser enligt den nya lagen", "31 januari 2020"),
        ("Introduktionsutbildning för nya rehabkoordinatorer", "30 april 2020"),
        ("Grundkurs i försäkringsmedicin för ST-läkare (två kurstillfällen)", "30 november 2020"),
        ("Tertialuppföljning av antal patienter med koordineringsinsatser", "15 maj, 15 september och 15 januari"),
        ("Årsrapport 2020 till regiondirektören", "15 februari 2021"),
    ]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_heading("5. Budget 2020", level=2)
    d.add_paragraph("Tabell 1. Budget för rehabkoordinering och försäkringsmedicin 2020 (miljoner kronor)")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Post"
    t.rows[0].cells[1].text = "Mkr"
    for a, b in [
        ("Intäkter", ""),
        ("Statsbidrag för koordineringsinsatser", "11,2"),
        ("Statsbidrag enligt överenskommelsen om sjukskrivnings- och rehabiliteringsprocessen (utvecklingsmedel)", "6,8"),
        ("Regionens egna medel", "3,5"),
        ("Summa intäkter", "21,5"),
        ("Kostnader", ""),
        ("Rehabkoordinatorer vårdcentraler", "12,0"),
        ("Rehabkoordinatorer vuxenpsykiatri", "3,1"),
        ("Försäkringsmedicinsk enhet, personal", "3,6"),
        ("Utbildning i försäkringsmedicin", "1,2"),
        ("IT-stöd och uppföljning", "0,7"),
        ("Reserv", "0,9"),
        ("Summa kostnader", "21,5"),
    ]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph(
        "Statsbidraget för koordineringsinsatser är beräknat utifrån regionens andel av befolkningen. "
        "Reserven används i första hand om fler patienter än beräknat behöver koordineringsinsatser.")
    d.add_heading("6. Risker", level=2)
    d.add_paragraph(
        "Den största risken är att statsbidragen för 2021 ännu inte är kända. Om statsbidraget minskar måste "
        "antalet rehabkoordinatorer ses över inför 2021. En annan risk är svårigheten att rekrytera "
        "rehabkoordinatorer till vårdcentralerna i norra länet.")
    d.add_heading("7. Kontakt", level=2)
    d.add_paragraph("Johan Berglund, försäkringsmedicinsk chefläkare, telefon 021-17 45 20")
    d.add_paragraph("Lena Åström, verksamhetschef, telefon 021-17 45 00")
    d.add_paragraph("Fastställd av Maria Sandberg, hälso- och sjukvårdsdirektör, 2019-12-16.")
    d.save(DOCS / "b25-vastmanland-2020-verksamhetsplan-rehabkoordinering.docx")


def _table(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]))
    return t


def pdf_uppsala() -> None:
    ss = getSampleStyleSheet()
    p, h1, h2 = ss["BodyText"], ss["Title"], ss["Heading2"]
    s = [
        Paragraph(MARK, p),
        Paragraph("Landstinget i Uppsala län – Hälso- och sjukvårdsstaben", p),
        Paragraph("Datum: 2015-09-22 Dnr: LUL2015-0412", p),
        Paragraph("Lägesrapport rehabiliteringsgarantin 2015", h1),
        Paragraph("Rapport till Sveriges Kommuner och Landsting (SKL), period 1 januari – 31 augusti 2015", p),
        Paragraph("[Redaktörens anm.: Landstinget i Uppsala län bytte namn till Region Uppsala den 1 januari 2017.]", p),
        Paragraph("1. Sammanfattning", h2),
        Paragraph(
            "Under perioden januari–augusti 2015 har 1 193 behandlingar inom rehabiliteringsgarantin avslutats i "
            "Uppsala län. Det är 9 procent fler än under samma period 2014. Landstinget bedömer att cirka 1 780 "
            "behandlingar kommer att ha avslutats vid årets slut. Andelen män är fortsatt låg, 28 procent.", p),
        Paragraph("2. Antal patienter per behandling", h2),
        Paragraph("Tabell 1. Avslutade behandlingar januari–augusti 2015 per behandling och kön", p),
        _table([
            ["Behandling", "Kvinnor", "Män", "Totalt"],
            ["KBT", "612", "248", "860"],
            ["IPT", "41", "12", "53"],
            ["MMR1", "156", "58", "214"],
            ["MMR2", "47", "19", "66"],
            ["Totalt", "856", "337", "1 193"],
        ], [5 * cm, 3 * cm, 3 * cm, 3 * cm]),
        Spacer(1, 8),
        Paragraph("3. Statlig ersättning och kostnader", h2),
        Paragraph(
            "Enligt överenskommelsen för 2015 ersätts landstingen med 12 000 kronor per KBT/IPT, 25 000 kronor per "
            "MMR1 och 45 000 kronor per MMR2. För perioden motsvarar det en beräknad statlig ersättning på "
            "19 276 000 kronor.", p),
        Paragraph("Tabell 2. Beräknad statlig ersättning januari–augusti 2015", p),
        _table([
            ["Behandling", "Antal", "Ersättning per behandling, kr", "Summa, kr"],
            ["KBT/IPT", "913", "12 000", "10 956 000"],
            ["MMR1", "214", "25 000", "5 350 000"],
            ["MMR2", "66", "45 000", "2 970 000"],
            ["Summa", "1 193", "", "19 276 000"],
        ], [3.5 * cm, 2 * cm, 5 * cm, 3.5 * cm]),
        Spacer(1, 8),
        Paragraph("Tabell 3. Landstingets kostnader januari–augusti 2015 (miljoner kronor)", p),
        _table([
            ["Kostnadspost", "Mkr"],
            ["Ersättning till vårdcentraler för KBT/IPT", "8,2"],
            ["MMR1-team i primärvården", "6,1"],
            ["MMR2, Smärtrehabiliteringen Akademiska sjukhuset", "3,9"],
            ["Administration och uppföljning", "0,6"],
            ["Summa", "18,8"],
        ], [10 * cm, 3 * cm]),
        Spacer(1, 8),
        Paragraph("4. Problem och åtgärder", h2),
        Paragraph(
            "Väntetiden till MMR2 vid Smärtrehabiliteringen, Akademiska sjukhuset, var i augusti i median 14 veckor. "
            "Ett extra team har inrättats från och med september för att korta kön.", p),
        Paragraph(
            "Det råder brist på KBT-utbildad personal vid vårdcentralerna i norra länet, särskilt i Tierp och "
            "Östhammar. Landstinget har därför upphandlat internetbaserad KBT som komplement.", p),
        Paragraph(
            "Vid Försäkringskassans granskning av redovisningen den 29 april underkändes 37 behandlingar på grund "
            "av saknad diagnoskod. Rutinen för registrering har skärpts.", p),
        Paragraph(
            "Andelen män som får behandling är låg. En informationsinsats riktad till manligt dominerade "
            "arbetsplatser genomförs under hösten tillsammans med Försäkringskassan.", p),
        Paragraph("5. Fortsatt arbete", h2),
        Paragraph(
            "Nästa redovisning till Försäkringskassan sker den 31 oktober 2015. En slutrapport för hela 2015 lämnas "
            "till SKL senast den 15 april 2016.", p),
        Paragraph("Kontaktperson: Eva Granath, projektledare rehabiliteringsgarantin, telefon 018-611 00 00", p),
        Paragraph("Per-Olof Lind, hälso- och sjukvårdsdirektör", p),
    ]
    SimpleDocTemplate(str(DOCS / "b25-uppsala-2015-lagesrapport-rehabiliteringsgarantin.pdf"), pagesize=A4,
                      title="Lägesrapport rehabiliteringsgarantin 2015").build(s)


def pdf_sormland() -> None:
    ss = getSampleStyleSheet()
    p, h1, h2 = ss["BodyText"], ss["Title"], ss["Heading2"]
    s = [
        Paragraph(MARK, p),
        Paragraph("Landstinget Sörmland – Hälso- och sjukvårdsnämnden", p),
        Paragraph("PROTOKOLLSUTDRAG", h1),
        Paragraph("Sammanträdesdatum: 2013-04-11 Plats: Landstingshuset, Nyköping", p),
        Paragraph("§ 48 Fördelning av statsbidraget för rehabiliteringsgarantin 2013 till vårdcentralerna", h2),
        Paragraph("Dnr: LS-HSN-2013-0087", p),
        Paragraph("Ärendebeskrivning", h2),
        Paragraph(
            "Regeringen och Sveriges Kommuner och Landsting har tecknat en överenskommelse om rehabiliteringsgarantin "
            "även för 2013. Landstinget Sörmland beräknas utifrån föregående års resultat få 24,6 miljoner kronor i "
            "statsbidrag för 2013.", p),
        Paragraph(
            "Förvaltningen föreslår att 14,0 miljoner kronor fördelas till vårdcentralerna i förhållande till antalet "
            "avslutade behandlingar och att resterande 10,6 miljoner kronor används för MMR2 vid smärtrehabiliteringen, "
            "utbildning i KBT samt projektledning och uppföljning.", p),
        Paragraph("Tabell 1. Föreslagen fördelning av statsbidraget 2013", p),
        _table([
            ["Mottagare", "Mkr"],
            ["Vårdcentraler, närsjukvårdsområde Eskilstuna", "6,3"],
            ["Vårdcentraler, närsjukvårdsområde Katrineholm", "3,4"],
            ["Vårdcentraler, närsjukvårdsområde Nyköping", "4,3"],
            ["MMR2, smärtrehabiliteringen Mälarsjukhuset", "6,2"],
            ["Utbildning i KBT för primärvårdens personal", "2,4"],
            ["Projektledning och uppföljning", "2,0"],
            ["Summa", "24,6"],
        ], [10 * cm, 3 * cm]),
        Spacer(1, 8),
        Paragraph(
            "Vårdcentralerna ersätts med 9 000 kronor per avslutad KBT- eller IPT-behandling och 18 000 kronor per "
            "avslutad MMR1. Vårdcentralerna ska rapportera avslutade behandlingar senast den femte arbetsdagen varje "
            "månad. Utbetalning sker kvartalsvis.", p),
        Paragraph("Yrkanden", h2),
        Paragraph("Ordföranden Monica Wiklund (M) yrkar bifall till förvaltningens förslag.", p),
        Paragraph(
            "Birgitta Ek (V) yrkar att hela statsbidraget ska fördelas till vårdcentralerna efter antalet listade "
            "patienter.", p),
        Paragraph("Beslutsgång", h2),
        Paragraph(
            "Ordföranden ställer proposition på förslagen och finner att nämnden bifaller förvaltningens förslag. "
            "Votering begärs och verkställs. Med 10 röster mot 3 beslutar nämnden enligt förvaltningens förslag.", p),
        Paragraph("Beslut", h2),
        Paragraph("Hälso- och sjukvårdsnämnden beslutar", p),
        Paragraph("1. att fördela statsbidraget för rehabiliteringsgarantin 2013 enligt tabell 1,", p),
        Paragraph("2. att vårdcentraler som inte använt sina medel senast den 31 december 2013 ska återbetala "
                  "mellanskillnaden,", p),
        Paragraph("3. att uppdra åt hälso- och sjukvårdsdirektören att återrapportera utfallet till nämnden i "
                  "mars 2014.", p),
        Paragraph("Reservation", h2),
        Paragraph(
            "Birgitta Ek (V) reserverar sig mot beslutet till förmån för eget yrkande, med motiveringen att en "
            "fördelning efter antalet behandlingar gynnar stora vårdcentraler i tätorterna.", p),
        Paragraph("Vid protokollet: Anna-Lena Holm, sekreterare", p),
        Paragraph("Justeras: Monica Wiklund, ordförande Karl-Erik Pettersson, justerare", p),
        Paragraph("Justeringen har tillkännagivits på landstingets anslagstavla 2013-04-18.", p),
        Paragraph("Utdrag till: Hälso- och sjukvårdsdirektören, Primärvårdens ledningsgrupp, Ekonomistaben", p),
    ]
    SimpleDocTemplate(str(DOCS / "b25-sormland-2013-protokoll-fordelning-rehabiliteringsgarantin.pdf"), pagesize=A4,
                      title="Protokollsutdrag hälso- och sjukvårdsnämnden 2013-04-11").build(s)


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    docx_vastmanland()
    pdf_uppsala()
    pdf_sormland()
