"""Generates the PDF and DOCX test documents of batch b27 (stdlib + reportlab + python-docx)."""

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"
ST = getSampleStyleSheet()


def para(text, style="BodyText"):
    return Paragraph(text, ST[style])


def table(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


def skane_pdf():
    path = DOCS / "b27-skane-2019-uppfoljning-statsbidrag-sjukskrivningsprocess.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            title="Uppföljning av statsbidraget för sjukskrivningsprocessen 2018",
                            author="Region Skåne")
    rows = [
        ["Område", "Budget 2018 (Mkr)", "Utfall 2018 (Mkr)", "Avvikelse (Mkr)"],
        ["Rehabiliteringsinsatser psykisk ohälsa och långvarig smärta", "51,0", "47,3", "-3,7"],
        ["Funktion för koordinering (rehabkoordinatorer)", "42,5", "44,8", "+2,3"],
        ["Kompetenssatsning i försäkringsmedicin", "12,0", "9,6", "-2,4"],
        ["Elektroniskt informationsutbyte och IT-stöd", "14,0", "11,2", "-2,8"],
        ["Jämställd sjukskrivningsprocess", "4,5", "3,9", "-0,6"],
        ["Processledning och uppföljning", "8,6", "8,9", "+0,3"],
        ["Utbildnings- och utvecklingsinsatser", "10,0", "7,4", "-2,6"],
        ["Summa kostnader", "142,6", "133,1", "-9,5"],
        ["Intäkter från staten", "148,6", "146,9", "-1,7"],
        ["Resultat (överskott)", "6,0", "13,8", "+7,8"],
    ]
    story = [
        para(MARK),
        para("Region Skåne<br/>Koncernkontoret, avdelningen för hälso- och sjukvårdsstyrning"),
        para("Tjänsteskrivelse<br/>Datum: 2019-03-26<br/>Dnr 1900213"),
        Spacer(1, 8),
        para("Uppföljning av statsbidraget för sjukskrivningsprocessen 2018", "Title"),
        para("1. Sammanfattning", "Heading2"),
        para("Region Skåne har under 2018 tagit del av statsbidraget enligt överenskommelsen mellan staten "
             "och SKL om En kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess 2017–2018. "
             "Denna uppföljning redovisar hur medlen för 2018 har använts per område, jämfört med den budget "
             "som hälso- och sjukvårdsnämnden fastställde i februari 2018."),
        para("Region Skåne uppfyllde samtliga villkor utom delvillkoret om elektroniskt informationsutbyte. "
             "Regionen erhöll därför 146,9 Mkr av möjliga 148,6 Mkr för 2018."),
        para("De totala kostnaderna uppgick till 133,1 Mkr, vilket är 9,5 Mkr lägre än budget. "
             "Årets överskott blev 13,8 Mkr mot planerade 6,0 Mkr."),
        para("2. Budget och utfall per område", "Heading2"),
        para("Tabell 1. Statsbidraget för sjukskrivningsprocessen 2018, budget och utfall per område (Mkr)"),
        table(rows, [8 * cm, 3 * cm, 3 * cm, 3 * cm]),
        Spacer(1, 8),
        para("3. Kommentarer per område", "Heading2"),
        para("<b>Rehabiliteringsinsatser.</b> Under 2018 genomfördes 3 940 avslutade KBT- och IPT-behandlingar "
             "samt 610 MMR1-serier och 185 MMR2-serier. Färre MMR2-serier än planerat kunde genomföras på grund "
             "av vakanser inom smärtrehabiliteringen i Lund, vilket förklarar underskottet mot budget."),
        para("<b>Funktion för koordinering.</b> Vid årets slut fanns 118 rehabkoordinatorer, motsvarande 96,5 "
             "årsarbetare, vid 152 vårdcentraler och 14 psykiatriska mottagningar. Kostnaden blev 2,3 Mkr "
             "högre än budget eftersom fler vårdcentraler än planerat inrättade funktionen."),
        para("<b>Kompetenssatsning i försäkringsmedicin.</b> 412 läkare genomgick den regionala "
             "utbildningen i försäkringsmedicin. Två planerade kurstillfällen ställdes in."),
        para("<b>Elektroniskt informationsutbyte.</b> Införandet av elektroniska läkarintyg i alla "
             "journalsystem försenades till 2019, vilket är skälet till att delvillkoret inte uppfylldes."),
        para("4. Hantering av överskottet", "Heading2"),
        para("Överskottet om 13,8 Mkr reserveras för övergången till det lagreglerade koordineringsuppdraget "
             "och för att slutföra IT-utvecklingen under 2019."),
        para("5. Förslag till beslut", "Heading2"),
        para("Hälso- och sjukvårdsnämnden föreslås besluta att godkänna uppföljningen av statsbidraget för "
             "2018 och att överföra överskottet till 2019. Ärendet behandlas vid nämndens sammanträde "
             "den 11 april 2019."),
        Spacer(1, 12),
        para("Karin Bergendahl<br/>Hälso- och sjukvårdsdirektör"),
        para("Magnus Ekdahl<br/>Controller"),
        Spacer(1, 8),
        para("Kontaktperson: Magnus Ekdahl, controller, telefon 040-675 32 18"),
    ]
    doc.build(story)


def isf_pdf():
    path = DOCS / "b27-isf-2016-mmr-skillnader-mellan-landsting.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            title="Multimodal rehabilitering – stora skillnader mellan landstingen",
                            author="Inspektionen för socialförsäkringen")
    rows = [
        ["Landsting/region", "MMR1", "MMR2", "Totalt MMR"],
        ["Region Halland", "17,8", "3,6", "21,4"],
        ["Region Örebro län", "14,9", "3,7", "18,6"],
        ["Region Jönköpings län", "13,6", "3,3", "16,9"],
        ["Landstinget Dalarna", "11,0", "3,2", "14,2"],
        ["Region Skåne", "9,5", "3,2", "12,7"],
        ["Landstinget i Uppsala län", "6,9", "2,9", "9,8"],
        ["Norrbottens läns landsting", "4,0", "2,1", "6,1"],
        ["Stockholms läns landsting", "3,1", "2,2", "5,3"],
        ["Riket", "8,6", "2,8", "11,4"],
    ]
    story = [
        para(MARK),
        para("Inspektionen för socialförsäkringen (ISF)<br/>Sammanfattning av ISF Rapport 2016:9"),
        para("Stockholm, maj 2016"),
        Spacer(1, 8),
        para("Multimodal rehabilitering – stora skillnader mellan landstingen", "Title"),
        para("Sammanfattning", "Heading2"),
        para("Inspektionen för socialförsäkringen (ISF) har granskat hur landstingen erbjuder multimodal "
             "rehabilitering (MMR) inom rehabiliteringsgarantin. Granskningen bygger på data för 2014 från "
             "landstingens rapportering till Försäkringskassan och på intervjuer med verksamhetschefer i åtta "
             "landsting."),
        para("Resultaten visar att tillgången till MMR skiljer sig kraftigt åt mellan landstingen. I det landsting "
             "som erbjöd flest behandlingar per invånare var nivån fyra gånger så hög som i det landsting som "
             "erbjöd minst."),
        para("Antal avslutade MMR-serier per landsting", "Heading2"),
        para("Tabell 1. Avslutade MMR-serier 2014 per 10 000 invånare i åldern 16–67 år"),
        table(rows, [7 * cm, 3 * cm, 3 * cm, 3 * cm]),
        Spacer(1, 8),
        para("Viktigaste iakttagelser", "Heading2"),
        para("1. Region Halland hade den högsta nivån med 21,4 avslutade MMR-serier per 10 000 invånare, "
             "medan Stockholms läns landsting hade den lägsta med 5,3."),
        para("2. Kvinnor utgjorde 72 procent av deltagarna i MMR, vilket är högre än kvinnornas andel av "
             "sjukskrivningarna för smärtdiagnoser."),
        para("3. Endast 41 procent av deltagarna var sjukskrivna när rehabiliteringen startade."),
        para("4. Utrikes födda deltog i lägre utsträckning än inrikes födda i samtliga granskade landsting."),
        para("5. Landsting med hög tillgång hade byggt upp MMR1 i primärvården, medan landsting med låg "
             "tillgång i huvudsak erbjöd MMR2 inom den specialiserade vården."),
        para("ISF:s rekommendationer", "Heading2"),
        para("ISF rekommenderar att regeringen i kommande överenskommelser ställer krav på att landstingen "
             "redovisar MMR uppdelat på kön, ålder och födelseland."),
        para("ISF rekommenderar att Socialstyrelsen tar fram nationella riktlinjer för urval av patienter "
             "till MMR."),
        para("ISF rekommenderar att landstingen med låg tillgång bygger ut MMR1 i primärvården."),
        para("ISF rekommenderar att effekterna av MMR på återgång i arbete följs upp i ett nationellt "
             "kvalitetsregister."),
        Spacer(1, 10),
        para("Rapporten har skrivits av utredarna Ulrika Hallberg (projektledare) och Jonas Frisk. "
             "Beslut om rapporten har fattats av generaldirektör Anders Tjernberg."),
        para("Källa: https://www.isf.se/publikationer/rapporter/2016-05-24-multimodal-rehabilitering"),
    ]
    doc.build(story)


def halland_docx():
    path = DOCS / "b27-halland-2020-pm-fordelning-koordineringsmedel.docx"
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARK)
    d.add_paragraph("Region Halland\nHälso- och sjukvårdsförvaltningen\nPM\nDatum: 2020-03-05\n"
                    "Diarienummer: HS 2020/0087")
    d.add_heading("Fördelning av statsbidraget för koordinering 2020 till vårdcentralerna", level=1)
    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph("Den 1 februari 2020 trädde lagen (2019:1297) om koordineringsinsatser för sjukskrivna "
                    "patienter i kraft. Regionerna ska erbjuda koordineringsinsatser till patienter som behöver "
                    "det för att kunna återgå i arbete. Staten har genom en överenskommelse med SKR avsatt "
                    "medel för att stödja regionernas arbete med funktionen.")
    d.add_paragraph("Region Halland tilldelas 12,6 Mkr för koordinering 2020.")
    d.add_heading("2. Förslag till fördelning", level=2)
    d.add_paragraph("Medlen föreslås fördelas enligt följande:")
    for item in ("10,4 Mkr fördelas till vårdcentralerna efter antal listade patienter.",
                 "1,2 Mkr fördelas till vuxenpsykiatrin för koordinatorer vid de psykiatriska mottagningarna.",
                 "1,0 Mkr behålls centralt för processledning, utbildning och uppföljning."):
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("Fördelningen till vårdcentralerna görs per listad patient den 1 januari 2020. Antalet "
                    "listade patienter i Region Halland var då 332 800, vilket ger 31,25 kronor per listad patient. "
                    "Fördelningen omfattar samtliga 48 vårdcentraler i regionen, både regiondrivna och privata "
                    "inom Vårdval Halland.")
    d.add_heading("3. Fördelning per vårdcentral (urval)", level=2)
    rows = [
        ("Vårdcentral", "Listade patienter 2020-01-01", "Belopp 2020 (kr)"),
        ("Vårdcentralen Andersberg, Halmstad", "9 600", "300 000"),
        ("Vårdcentralen Falkenberg", "14 400", "450 000"),
        ("Vårdcentralen Kungsbacka Centrum", "12 800", "400 000"),
        ("Vårdcentralen Varberg Västra", "11 200", "350 000"),
        ("Vårdcentralen Laholm", "8 000", "250 000"),
        ("Vårdcentralen Getinge", "7 200", "225 000"),
        ("Vårdcentralen Hyltebruk", "4 800", "150 000"),
        ("Övriga 41 vårdcentraler", "264 800", "8 275 000"),
        ("Summa", "332 800", "10 400 000"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    d.add_heading("4. Villkor och utbetalning", level=2)
    d.add_paragraph("Medlen betalas ut i två delar: 60 procent i april 2020 och 40 procent i november 2020.")
    d.add_paragraph("För att få den andra delbetalningen ska vårdcentralen senast den 15 oktober 2020 "
                    "rapportera antal patienter som fått koordineringsinsatser, fördelat på kvinnor och män.")
    d.add_paragraph("Vårdcentralen ska ha en namngiven koordinator med minst 0,5 årsarbetare per 10 000 "
                    "listade patienter.")
    d.add_paragraph("Medel som inte används för koordinering kan återkrävas vid årets slut.")
    d.add_heading("5. Beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsdirektören beslutar att fördela statsbidraget för koordinering 2020 "
                    "enligt detta PM.")
    d.add_paragraph("Lena Holm\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Handläggare: Johan Fredriksson, utvecklingsledare försäkringsmedicin, "
                    "johan.fredriksson@regionhalland.se")
    d.core_properties.title = "Fördelning av statsbidraget för koordinering 2020"
    d.core_properties.author = "Region Halland"
    d.save(str(path))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    skane_pdf()
    isf_pdf()
    halland_docx()
