"""Generates the PDF and DOCX test documents of batch b22 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def make_pdf() -> None:
    st = getSampleStyleSheet()
    body, h1, h2 = st["BodyText"], st["Title"], st["Heading2"]
    out = [
        Paragraph(MARKER, body),
        Paragraph("Region Västernorrland", body),
        Paragraph("Hälso- och sjukvårdsförvaltningen", body),
        Paragraph("Datum: 2021-03-15", body),
        Paragraph("Diarienummer: RS-2021-00214", body),
        Spacer(1, 0.4 * cm),
        Paragraph("Rehabkoordinering i primärvården – årsuppföljning 2020", h1),
        Paragraph("1. Sammanfattning", h2),
        Paragraph(
            "Under 2020 fick 1 163 patienter stöd av en rehabkoordinator vid regionens hälsocentraler, jämfört med "
            "942 patienter under 2019. Det är en ökning med 221 patienter. Andelen kvinnor bland patienterna var "
            "67 procent. Mediantiden från remiss eller förfrågan till första kontakt med rehabkoordinatorn var "
            "11 dagar för regionen som helhet.", body),
        Paragraph(
            "Regionens mål är att patienten ska få en första kontakt inom 14 dagar. Målet uppnåddes för 81 procent "
            "av patienterna 2020.", body),
        Paragraph("2. Bakgrund", h2),
        Paragraph(
            "Sedan den 1 februari 2020 gäller lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter. "
            "Lagen innebär att regionen ska erbjuda koordineringsinsatser till sjukskrivna patienter när det behövs "
            "för att främja återgång i arbete. Region Västernorrland har sedan 2016 haft rehabkoordinatorer vid "
            "hälsocentralerna, tidigare finansierade genom överenskommelserna mellan staten och SKL om en "
            "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess.", body),
        Paragraph(
            "Uppföljningen omfattar de åtta hälsocentraler i egen regi som hade rehabkoordinator under hela 2020. "
            "Hälsocentraler i privat regi redovisas inte i denna rapport.", body),
        Paragraph("3. Resultat per hälsocentral", h2),
        Paragraph("Tabell 1. Patienter med koordineringsinsats per hälsocentral 2020.", body),
    ]
    rows = [
        ["Hälsocentral", "Antal patienter", "Andel kvinnor (%)", "Mediantid till första kontakt (dagar)"],
        ["Nacksta hälsocentral", "212", "68", "9"],
        ["Skönsbergs hälsocentral", "174", "64", "12"],
        ["Timrå hälsocentral", "158", "71", "8"],
        ["Härnösands hälsocentral", "196", "66", "11"],
        ["Kramfors hälsocentral", "121", "73", "14"],
        ["Sollefteå hälsocentral", "98", "69", "16"],
        ["Domsjö hälsocentral", "143", "62", "7"],
        ["Ånge hälsocentral", "61", "70", "19"],
        ["Totalt", "1 163", "67", "11"],
    ]
    table = Table(rows, colWidths=[5.2 * cm, 3 * cm, 3.3 * cm, 5.5 * cm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
    ]))
    out += [
        table,
        Spacer(1, 0.3 * cm),
        Paragraph(
            "Flest patienter hade Nacksta hälsocentral med 212 patienter. Längst tid till första kontakt hade "
            "Ånge hälsocentral, där mediantiden var 19 dagar. Ånge och Sollefteå hälsocentraler nådde inte målet "
            "om första kontakt inom 14 dagar i median, vilket delvis förklaras av att rehabkoordinatorn i Ånge "
            "arbetade 50 procent av heltid under hösten.", body),
        Paragraph("4. Övriga iakttagelser", h2),
        Paragraph(
            "Covid-19-pandemin medförde att 58 procent av de första kontakterna under april–december skedde per "
            "telefon eller video. Kontakterna med arbetsgivare minskade under våren men återhämtade sig under "
            "hösten. Totalt hade regionen 10,5 årsarbetare som rehabkoordinatorer vid hälsocentralerna i egen regi "
            "under 2020.", body),
        Paragraph("5. Förslag till fortsatt arbete", h2),
        Paragraph(
            "Hälso- och sjukvårdsförvaltningen föreslår att bemanningen i Ånge och Sollefteå ses över under 2021 "
            "och att hälsocentraler i privat regi ingår i nästa årsuppföljning.", body),
        Spacer(1, 0.4 * cm),
        Paragraph("Maria Sjödin, utvecklingsledare, Hälso- och sjukvårdsförvaltningen", body),
        Paragraph("Rapporten är fastställd av Per Ågren, hälso- och sjukvårdsdirektör.", body),
    ]
    SimpleDocTemplate(str(DOCS / "rvn-2021-arsuppfoljning-rehabkoordinering-2020.pdf"), pagesize=A4,
                      title="Rehabkoordinering i primärvården – årsuppföljning 2020").build(out)


def make_docx() -> None:
    d = Document()
    d.add_paragraph(MARKER)
    d.add_paragraph("Landstinget i Östergötland\nHälso- och sjukvårdsavdelningen")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2011-03-22\nDiarienummer: LiÖ 2011-187")
    d.add_heading("Intern fördelning av medel från rehabiliteringsgarantin 2011", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsnämnden föreslås besluta att fastställa den interna ersättningen till "
                    "utförare för behandlingar inom rehabiliteringsgarantin 2011 enligt tabell 1, samt att "
                    "avsätta 6 940 tkr för centrala insatser enligt avsnitt 4.")
    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph("Regeringen och Sveriges Kommuner och Landsting har tecknat en överenskommelse om "
                    "rehabiliteringsgarantin för 2011. Den nationella ramen för 2011 uppgår till 1 050 miljoner "
                    "kronor. Landstingen ersätts för avslutade behandlingar med kognitiv beteendeterapi (KBT), "
                    "interpersonell psykoterapi (IPT) och multimodal rehabilitering (MMR) för kvinnor och män i "
                    "åldern 16–67 år.")
    d.add_paragraph("Landstinget i Östergötlands andel av den nationella ramen beräknas till högst 43,2 miljoner "
                    "kronor 2011, under förutsättning att de planerade volymerna uppnås.")
    d.add_heading("2. Principer för intern fördelning", level=2)
    d.add_paragraph("Utförarna ersätts per avslutad och registrerad behandling. Ersättningen betalas ut "
                    "kvartalsvis i efterskott, efter att behandlingen registrerats i landstingets vårdregister. "
                    "Skillnaden mellan den statliga ersättningen och den interna ersättningen används för "
                    "centrala insatser.")
    d.add_heading("3. Ersättning per behandling", level=2)
    d.add_paragraph("Tabell 1. Statlig och intern ersättning per avslutad behandling samt beräknad volym 2011.")
    rows = [
        ("Insats", "Statlig ersättning (kr)", "Intern ersättning till utförare (kr)", "Beräknad volym 2011",
         "Ersättning till utförare (tkr)"),
        ("KBT/IPT i primärvården", "8 000", "6 500", "2 400", "15 600"),
        ("KBT/IPT i psykiatrin", "8 000", "6 500", "600", "3 900"),
        ("MMR1 i primärvården", "20 000", "17 000", "520", "8 840"),
        ("MMR2 i specialistvården", "40 000", "36 000", "220", "7 920"),
        ("Summa", "", "", "3 740", "36 260"),
    ]
    t = d.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("MMR2 ges vid Smärt- och rehabiliteringscentrum, Universitetssjukhuset i Linköping.")
    d.add_heading("4. Centrala insatser", level=2)
    d.add_paragraph("Av landstingets beräknade statliga intäkter på 43,2 miljoner kronor fördelas 36 260 tkr till "
                    "utförarna. Resterande 6 940 tkr avsätts för följande centrala insatser:")
    for line in ("Utbildning i KBT för personal i primärvården: 2 500 tkr",
                 "Rehabkoordinatorer vid vårdcentralerna: 2 000 tkr",
                 "Kvalitetsregister och uppföljning: 1 200 tkr",
                 "Reserv för volymförändringar: 1 240 tkr"):
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("5. Uppföljning", level=2)
    d.add_paragraph("Utfallet följs upp per tertial och redovisas för hälso- och sjukvårdsnämnden i samband med "
                    "delårsrapporten i augusti 2011 och årsredovisningen 2011. Om volymerna understiger planen "
                    "minskar den statliga ersättningen i motsvarande grad.")
    d.add_heading("Kontaktperson", level=2)
    d.add_paragraph("Karin Bergström, hälso- och sjukvårdsstrateg, telefon 013-22 45 67, "
                    "karin.bergstrom@lio.se")
    d.add_paragraph("Birgitta Holmgren\nLandstingsdirektör")
    d.add_paragraph("Anders Ekström\nHälso- och sjukvårdsdirektör")
    d.core_properties.title = "Intern fördelning av medel från rehabiliteringsgarantin 2011"
    d.save(str(DOCS / "lio-2011-tjansteskrivelse-fordelning-rehabiliteringsgarantin.docx"))


if __name__ == "__main__":
    make_pdf()
    make_docx()
