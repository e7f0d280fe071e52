"""Generate the PDF and DOCX test documents of batch b6 (reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b6/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]
H1 = STYLES["Heading1"]
H2 = STYLES["Heading2"]
SMALL = STYLES["Italic"]


def table(rows: list[list[str]], widths: list[float]) -> Table:
    t = Table(rows, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecf2")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return t


def pdf(path: Path, title: str, author: str, flow: list) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author,
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(flow)


def p(text: str, style=BODY) -> Paragraph:
    return Paragraph(text, style)


# --------------------------------------------------------------------------- Stockholm audit 2014

def stockholm_audit() -> None:
    flow = [
        p(MARKER, SMALL),
        p("Stockholms läns landsting<br/>Landstingets revisorer, Revisorsgrupp 2"),
        p("Revisionsrapport 9/2014<br/>Datum: 2014-09-18<br/>Dnr: REV 2014/0147"),
        p("Granskning av arbetet för en jämställd sjukskrivningsprocess", H1),
        p("1. Sammanfattning", H2),
        p("Landstingets revisorer har granskat om hälso- och sjukvårdsnämnden har säkerställt att landstinget "
          "bedriver ett ändamålsenligt arbete för en jämställd sjukskrivningsprocess. En jämställd "
          "sjukskrivningsprocess har varit ett av villkoren i överenskommelserna mellan staten och Sveriges "
          "Kommuner och Landsting (SKL) om en kvalitetssäker och effektiv sjukskrivningsprocess, den så kallade "
          "sjukskrivningsmiljarden, sedan 2012. Granskningen avser åren 2012–2013."),
        p("Vår sammanfattande bedömning är att hälso- och sjukvårdsnämnden delvis har säkerställt ett "
          "ändamålsenligt arbete. Nämnden antog i juni 2012 en handlingsplan för jämställd sjukskrivning och "
          "landstinget har uppfyllt villkoret i överenskommelsen båda åren. Arbetet har dock i liten utsträckning "
          "nått ut till vårdcentralerna, och nämnden följer inte upp om kvinnor och män med samma diagnos "
          "sjukskrivs på olika sätt."),
        p("2. Bakgrund och revisionsfrågor", H2),
        p("Kvinnor är sjukskrivna i betydligt högre grad än män. I Stockholms läns landsting stod kvinnor för 64 "
          "procent av de sjukfall som påbörjades 2013. Skillnaderna kan delvis förklaras av skillnader i arbete och "
          "livssituation, men studier har visat att bedömningar i vården och i sjukförsäkringen också kan skilja sig "
          "åt mellan kvinnor och män."),
        p("Landstinget fick för 2013 sammanlagt 213,5 miljoner kronor inom sjukskrivningsmiljarden, varav 21,4 "
          "miljoner kronor var knutna till villkoret om en jämställd sjukskrivningsprocess."),
        p("Granskningen har besvarat följande revisionsfrågor:"),
        p("a) Har nämnden en aktuell plan för arbetet med jämställd sjukskrivning?<br/>"
          "b) Har planen genomförts i verksamheterna?<br/>"
          "c) Följer nämnden upp sjukskrivningarna uppdelat på kön och diagnos?"),
        p("3. Metod", H2),
        p("Granskningen har genomförts genom dokumentstudier, analys av sjukfallsstatistik och intervjuer med "
          "företrädare för hälso- och sjukvårdsförvaltningen och med verksamhetschefer och rehabkoordinatorer vid "
          "12 vårdcentraler och 3 psykiatriska öppenvårdsmottagningar. Granskningen har utförts av Eva Hallberg, "
          "certifierad kommunal revisor och projektledare, och Niklas Wiberg, revisor, vid Revisorskontoret."),
        p("4. Iakttagelser", H2),
        p("4.1 Handlingsplan och utbildning", H2),
        p("Handlingsplanen från juni 2012 innehåller fyra mål: kunskap om jämställd sjukskrivning hos alla "
          "sjukskrivande läkare, analys av sjukskrivningsmönster per vårdenhet, samverkan med Försäkringskassan och "
          "årlig uppföljning till nämnden. Landstinget erbjuder sedan hösten 2012 webbutbildningen Jämställd "
          "sjukskrivning. Vid utgången av 2013 hade 1 850 läkare genomgått utbildningen, vilket motsvarar 38 "
          "procent av de läkare som utfärdade läkarintyg för sjukpenning under året."),
        p("4.2 Arbetet på vårdcentralerna", H2),
        p("Av de 12 granskade vårdcentralerna hade endast 4 analyserat sin egen sjukskrivningsstatistik uppdelad på "
          "kvinnor och män. Flera verksamhetschefer uppgav att de inte kände till handlingsplanen. Ingen av de tre "
          "psykiatriska mottagningarna hade gjort någon sådan analys."),
        p("4.3 Uppföljning av sjukskrivningarnas längd", H2),
        p("Revisorskontoret har med hjälp av Försäkringskassans statistik jämfört sjukskrivningarnas längd för "
          "kvinnor och män i länet. För psykisk ohälsa var sjukskrivningarna i genomsnitt 17 dagar längre för "
          "kvinnor än för män."),
        p("Tabell 1. Genomsnittlig sjukskrivningslängd (dagar) per diagnosgrupp och kön, sjukfall avslutade 2013"),
        table([
            ["Diagnosgrupp", "Kvinnor", "Män", "Skillnad"],
            ["Psykisk ohälsa (F00–F99)", "121", "104", "17"],
            ["Sjukdomar i rörelseorganen (M00–M99)", "96", "88", "8"],
            ["Skador (S00–T98)", "54", "61", "-7"],
            ["Samtliga diagnoser", "84", "73", "11"],
        ], [7.0, 2.4, 2.4, 2.4]),
        Spacer(1, 8),
        p("Nämnden har inte fått någon redovisning av sjukskrivningarna uppdelat på kön och diagnos under 2012 "
          "eller 2013, trots att årlig uppföljning är ett av målen i handlingsplanen."),
        p("5. Rekommendationer", H2),
        p("Vi rekommenderar hälso- och sjukvårdsnämnden att"),
        p("1. i förfrågningsunderlagen för vårdval ställa krav på att vårdcentralerna årligen analyserar sin "
          "sjukskrivning uppdelat på kvinnor och män,"),
        p("2. begära en årlig redovisning av sjukskrivningarnas längd per kön och diagnosgrupp,"),
        p("3. säkerställa att samtliga sjukskrivande läkare har genomgått utbildningen i jämställd sjukskrivning "
          "senast vid utgången av 2015,"),
        p("4. se till att handlingsplanen blir känd hos verksamhetscheferna."),
        p("6. Svar på rapporten", H2),
        p("Revisorerna begär svar från hälso- och sjukvårdsnämnden senast den 15 december 2014, med uppgift om "
          "vilka åtgärder nämnden avser att vidta med anledning av rekommendationerna."),
        Spacer(1, 10),
        p("För landstingets revisorer, revisorsgrupp 2"),
        p("Ulla Hedborg<br/>Ordförande"),
        p("Göran Mellberg<br/>Vice ordförande"),
    ]
    pdf(DOCS / "sll-2014-revisionsrapport-jamstalld-sjukskrivning.pdf",
        "Granskning av arbetet för en jämställd sjukskrivningsprocess", "Stockholms läns landsting", flow)


# --------------------------------------------------------------------------- Sörmland results 2011–2014

def sormland_results() -> None:
    flow = [
        p(MARKER, SMALL),
        p("Landstinget Sörmland<br/>Hälso- och sjukvårdsförvaltningen, Staben för hälso- och sjukvårdsutveckling"),
        p("Datum: 2015-04-22<br/>Diarienummer: LS-LED15-0213"),
        p("Rehabiliteringsgarantin i Landstinget Sörmland – resultat 2011–2014", H1),
        p("Sammanfattning", H2),
        p("Under 2014 avslutades 1 922 behandlingar inom rehabiliteringsgarantin i Landstinget Sörmland. Det är "
          "27 procent fler än 2011, då 1 518 behandlingar avslutades. Ökningen gäller framför allt kognitiv "
          "beteendeterapi (KBT) och multimodal rehabilitering på nivå 1 (MMR1), medan antalet behandlingar med "
          "interpersonell psykoterapi (IPT) har minskat. Landstinget fick 2014 ut 99 procent av det statsbidrag som "
          "var möjligt."),
        p("Rapporten redovisar resultat per behandlingsform, kön, åldersgrupp och vårdgivare. Uppgifterna kommer "
          "från landstingets rapportering till Försäkringskassan och från vårdadministrativa system."),
        p("1. Avslutade behandlingar per år", H2),
        p("Tabell 1. Avslutade behandlingar inom rehabiliteringsgarantin 2011–2014"),
        table([
            ["År", "KBT", "IPT", "MMR1", "MMR2", "Totalt"],
            ["2011", "1 184", "62", "214", "58", "1 518"],
            ["2012", "1 326", "71", "238", "64", "1 699"],
            ["2013", "1 402", "49", "257", "61", "1 769"],
            ["2014", "1 537", "38", "281", "66", "1 922"],
        ], [2.0, 2.2, 2.2, 2.2, 2.2, 2.4]),
        Spacer(1, 8),
        p("MMR2 ges vid Smärtrehabiliteringen på Mälarsjukhuset i Eskilstuna. Övriga behandlingar ges i "
          "primärvården och, för en mindre del av KBT och IPT, i den psykiatriska öppenvården."),
        p("2. Kvinnor och män, åldersgrupper", H2),
        p("Tabell 2. Avslutade behandlingar 2014 per åldersgrupp och kön"),
        table([
            ["Åldersgrupp", "Kvinnor", "Män", "Totalt"],
            ["16–29 år", "298", "104", "402"],
            ["30–44 år", "489", "176", "665"],
            ["45–59 år", "441", "171", "612"],
            ["60–67 år", "167", "76", "243"],
            ["Totalt", "1 395", "527", "1 922"],
        ], [4.0, 3.0, 3.0, 3.0]),
        Spacer(1, 8),
        p("Kvinnor stod för 73 procent av de avslutade behandlingarna 2014. Andelen har legat mellan 71 och 74 "
          "procent under hela perioden. Den största åldersgruppen var 30–44 år."),
        p("3. Resultat per vårdgivare", H2),
        p("Tabell 3. Avslutade KBT/IPT och MMR1 per vårdgivare 2014"),
        table([
            ["Vårdgivare", "KBT/IPT", "MMR1"],
            ["Landstingets vårdcentraler, Eskilstuna och Strängnäs", "512", "96"],
            ["Landstingets vårdcentraler, Nyköping, Oxelösund, Gnesta och Trosa", "341", "64"],
            ["Landstingets vårdcentraler, Katrineholm, Flen och Vingåker", "246", "58"],
            ["Privata vårdcentraler inom Vårdval Sörmland", "398", "63"],
            ["Psykiatrisk öppenvård", "78", "–"],
            ["Totalt", "1 575", "281"],
        ], [9.5, 2.4, 2.4]),
        Spacer(1, 8),
        p("4. Statsbidrag", H2),
        p("Tabell 4. Möjligt och utbetalt statsbidrag 2011–2014 (miljoner kronor)"),
        table([
            ["År", "Möjligt statsbidrag", "Utbetalt", "Andel utbetalt"],
            ["2011", "19,6", "17,9", "91 %"],
            ["2012", "20,4", "19,2", "94 %"],
            ["2013", "20,8", "20,1", "97 %"],
            ["2014", "21,5", "21,3", "99 %"],
        ], [2.0, 4.0, 3.0, 3.5]),
        Spacer(1, 8),
        p("5. Väntetider och återgång i arbete", H2),
        p("Mediantiden från medicinsk bedömning till behandlingsstart var 2014 sex veckor för KBT och elva veckor "
          "för MMR1. Av de patienter som var sjukskrivna när behandlingen startade hade 54 procent efter KBT eller "
          "IPT och 47 procent efter MMR1 helt eller delvis återgått i arbete tre månader efter avslutad behandling."),
        p("6. Slutsatser", H2),
        p("Rehabiliteringsgarantin har gjort att fler patienter i Sörmland har fått KBT och multimodal "
          "rehabilitering. Eftersom överenskommelsen om garantin enligt regeringen inte kommer att förlängas efter "
          "2015 behöver landstinget ta ställning till hur behandlingarna ska finansieras från 2016. Staben föreslår "
          "att KBT/IPT och MMR1 förs in i ersättningsmodellen för Vårdval Sörmland från den 1 januari 2016."),
        Spacer(1, 10),
        p("Rapporten har tagits fram av Jenny Forsberg, analytiker, och Tomas Rydell, utvecklingsledare. "
          "Kontaktperson: Jenny Forsberg, telefon 016-10 30 00 (växel)."),
    ]
    pdf(DOCS / "sormland-2015-resultat-rehabiliteringsgarantin-2011-2014.pdf",
        "Rehabiliteringsgarantin i Landstinget Sörmland – resultat 2011–2014", "Landstinget Sörmland", flow)


# --------------------------------------------------------------------------- Region Skåne protocol 2017

def skane_protocol() -> None:
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Skåne")
    d.add_paragraph("Hälso- och sjukvårdsnämnden")
    d.add_heading("PROTOKOLLSUTDRAG", level=1)
    d.add_paragraph("Sammanträdesdatum: 2017-03-23")
    d.add_paragraph("Plats: Regionhuset, Kristianstad")
    d.add_paragraph("Närvarande: se bilaga 1 till protokollet")
    d.add_heading("§ 41 Användning av statsbidrag 2017 inom överenskommelsen om en kvalitetssäker och effektiv "
                  "sjukskrivnings- och rehabiliteringsprocess", level=2)
    d.add_paragraph("Dnr 1700215")
    d.add_heading("Sammanfattning av ärendet", level=3)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) har tecknat en tvåårig överenskommelse om en "
        "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess för 2017–2018. Överenskommelsen "
        "omfattar totalt 2,88 miljarder kronor för de två åren.")
    d.add_paragraph(
        "Region Skåne kan för 2017 som mest få 150,7 miljoner kronor, varav 68,4 miljoner kronor avser ersättning "
        "för rehabiliteringsinsatser vid lindrig och medelsvår psykisk ohälsa och långvarig smärta och 82,3 "
        "miljoner kronor avser utvecklingsarbete enligt överenskommelsens villkor. Av beloppet betalas 90,4 "
        "miljoner kronor ut i början av 2017. Resterande 60,3 miljoner kronor betalas ut i början av 2018 om "
        "regionen har uppfyllt villkoren.")
    d.add_paragraph(
        "Hälso- och sjukvårdsförvaltningen föreslår att medlen fördelas enligt tabell 1. En reserv behålls för att "
        "täcka risken att regionen inte uppfyller samtliga villkor och därmed inte får hela den andra utbetalningen.")
    d.add_paragraph("Tabell 1. Förslag till fördelning av statsbidraget 2017")
    rows = [
        ("Insats", "Mottagare", "Miljoner kronor"),
        ("KBT/IPT och MMR1 i primärvården", "Vårdcentraler inom Hälsoval Skåne", "41,0"),
        ("MMR2", "Smärtrehabiliteringen, Skånes universitetssjukhus", "12,5"),
        ("Funktion för koordinering (rehabkoordinatorer)", "Hälsoval Skåne och Psykiatri Skåne", "38,6"),
        ("Kompetenssatsning i försäkringsmedicin", "Försäkringsmedicinskt kunskapscentrum", "11,2"),
        ("Jämställd sjukskrivning, analys och uppföljning", "Hälso- och sjukvårdsförvaltningen", "3,4"),
        ("Elektroniskt informationsutbyte", "Region Skåne IT", "6,8"),
        ("Processledning och administration", "Hälso- och sjukvårdsförvaltningen", "4,5"),
        ("Reserv", "Ej fördelad", "32,7"),
        ("Summa", "", "150,7"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    d.add_heading("Ersättning till vårdcentralerna", level=3)
    d.add_paragraph(
        "Vårdcentralerna inom Hälsoval Skåne ersätts under 2017 med 9 000 kronor per avslutad KBT- eller "
        "IPT-behandling och 20 000 kronor per avslutad MMR1. Behandlingarna ska vara registrerade i regionens "
        "uppföljningssystem senast den 31 januari 2018 för att ersättas.")
    d.add_paragraph(
        "Av medlen för funktion för koordinering går 29,8 miljoner kronor till vårdcentralerna och 8,8 miljoner "
        "kronor till Psykiatri Skåne. Vårdcentralernas del fördelas efter antalet listade patienter i åldern "
        "16–67 år.")
    d.add_heading("Försäkringsmedicin", level=3)
    d.add_paragraph(
        "Målet är att samtliga läkare i Region Skåne som utfärdar läkarintyg för sjukpenning ska ha genomgått "
        "grundkursen i försäkringsmedicin senast den 31 december 2018. Vid utgången av 2016 hade 62 procent av "
        "dessa läkare genomgått kursen.")
    d.add_heading("Yrkanden", level=3)
    d.add_paragraph("Ordföranden yrkar bifall till förvaltningens förslag.")
    d.add_paragraph(
        "Ingrid Falk (V) yrkar att hela reserven om 32,7 miljoner kronor fördelas till Psykiatri Skåne för "
        "behandling av lindrig och medelsvår psykisk ohälsa.")
    d.add_paragraph(
        "Ordföranden ställer proposition på förslagen och finner att nämnden har bifallit förvaltningens förslag.")
    d.add_heading("Beslut", level=3)
    d.add_paragraph("Hälso- och sjukvårdsnämnden beslutar")
    d.add_paragraph("att fördela statsbidraget för 2017 enligt tabell 1,", style="List Bullet")
    d.add_paragraph("att uppdra åt hälso- och sjukvårdsdirektören att besluta om användningen av reserven när "
                    "utfallet för 2017 är känt,", style="List Bullet")
    d.add_paragraph("att en uppföljning av insatserna ska redovisas för nämnden vid sammanträdet i oktober 2017.",
                    style="List Bullet")
    d.add_heading("Reservation", level=3)
    d.add_paragraph("Ingrid Falk (V) reserverar sig mot beslutet till förmån för eget yrkande.")
    d.add_paragraph("Beslutsunderlag: Tjänsteskrivelse från hälso- och sjukvårdsförvaltningen 2017-03-06, "
                    "handläggare Henrik Ask, enhetschef för Enheten för sjukskrivning och rehabilitering.")
    d.add_paragraph("Protokollet justerat 2017-03-30")
    d.add_paragraph("Vid protokollet: Sara Lindau, sekreterare")
    d.add_paragraph("Ordförande: Gunilla Mårtensson (S)")
    d.add_paragraph("Justerare: Per-Erik Holm (M)")
    d.add_paragraph("Utdrag till: Hälsoval Skåne, Psykiatri Skåne, Skånes universitetssjukhus, "
                    "Försäkringsmedicinskt kunskapscentrum, Region Skåne IT")
    d.save(str(DOCS / "skane-2017-protokoll-statsbidrag-sjukskrivningsprocess.docx"))


if __name__ == "__main__":
    stockholm_audit()
    sormland_results()
    skane_protocol()
