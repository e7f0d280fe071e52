"""Generates the PDF and DOCX test documents of batch b73 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def make_pdf() -> None:
    path = DOCS / "b73-skane-2016-uppfoljning-kbt-ipt-primarvard-distrikt.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Uppföljningsrapport KBT och IPT i primärvården 2015",
                            author="Region Skåne", leftMargin=2.0 * cm, rightMargin=2.0 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Skåne<br/>Koncernkontoret, Avdelningen för hälso- och sjukvårdsstyrning")
    P("UPPFÖLJNINGSRAPPORT<br/>Datum: 2016-05-24<br/>Dnr: 1600412<br/>Version: 1.0")
    P("KBT och IPT i primärvården 2015 – uppföljning per distrikt av behandlingar inom "
      "rehabiliteringsgarantin", h1)
    P("Sammanfattning", h2)
    P("Under 2015 avslutades 5 134 behandlingar med kognitiv beteendeterapi (KBT) och interpersonell "
      "psykoterapi (IPT) inom rehabiliteringsgarantin i Skånes primärvård. Det är 522 fler än 2014, då "
      "4 612 behandlingar avslutades. Medianväntetiden från medicinsk bedömning till första "
      "behandlingstillfälle var 34 dagar för hela regionen, jämfört med 37 dagar året innan. Skillnaderna "
      "mellan distrikten är fortsatt stora: i Mellersta Skåne var medianväntetiden 22 dagar och i Nordöstra "
      "Skåne 52 dagar.")
    P("1. Bakgrund och syfte", h2)
    P("Rehabiliteringsgarantin är en överenskommelse mellan staten och Sveriges Kommuner och Landsting (SKL) "
      "som ger landstingen ersättning för avslutade behandlingar med KBT, IPT och multimodal rehabilitering "
      "(MMR) för kvinnor och män i åldern 16–67 år. För 2015 ersattes landstingen med 12 000 kronor per "
      "avslutad KBT- eller IPT-behandling. Region Skåne fördelar 9 000 kronor per rapporterad behandling "
      "vidare till den vårdcentral som har utfört behandlingen. Resterande 3 000 kronor används centralt för "
      "utbildning, handledning och uppföljning.")
    P("Hälso- och sjukvårdsnämnden gav den 10 december 2015 (§ 214) Koncernkontoret i uppdrag att följa upp "
      "tillgången till KBT och IPT per distrikt. Denna rapport redovisar resultatet. Multimodal rehabilitering "
      "redovisas i en separat rapport.")
    P("2. Definitioner", h2)
    P("I rapporten används följande begrepp:")
    P("1. Avslutad behandling: en behandling med minst fyra behandlingstillfällen där patient och behandlare "
      "gemensamt har beslutat att avsluta behandlingen.")
    P("2. Väntetid: antalet kalenderdagar från den dokumenterade medicinska bedömningen till det första "
      "behandlingstillfället. Väntetiden redovisas som median.")
    P("3. Distrikt: de sex primärvårdsdistrikt som Region Skåne använder i uppföljningen av vårdvalet "
      "(Malmö, Sydvästra, Mellersta, Nordvästra, Nordöstra och Sydöstra Skåne).")
    P("4. Inom 30 dagar: andelen behandlingar där väntetiden var högst 30 dagar.")
    P("3. Resultat per distrikt", h2)
    P("Tabell 1. Avslutade behandlingar och väntetider per distrikt 2014–2015", h2)
    rows = [["Distrikt", "KBT\n2015", "IPT\n2015", "Summa\n2015", "Summa\n2014", "Väntetid\n2015",
             "Väntetid\n2014", "Inom 30\ndagar 2015"],
            ["Malmö", "1 402", "96", "1 498", "1 310", "41", "48", "58 %"],
            ["Sydvästra Skåne", "612", "34", "646", "590", "27", "31", "71 %"],
            ["Mellersta Skåne", "905", "61", "966", "842", "22", "25", "79 %"],
            ["Nordvästra Skåne", "1 006", "70", "1 076", "1 003", "35", "33", "63 %"],
            ["Nordöstra Skåne", "528", "29", "557", "488", "52", "46", "44 %"],
            ["Sydöstra Skåne", "363", "28", "391", "379", "30", "36", "66 %"],
            ["Hela Skåne", "4 816", "318", "5 134", "4 612", "34", "37", "64 %"]]
    t = Table(rows, colWidths=[3.6 * cm, 1.6 * cm, 1.4 * cm, 1.7 * cm, 1.7 * cm, 1.8 * cm, 1.8 * cm, 2.1 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 6))
    P("Väntetid anges som median i dagar. Källa: Region Skånes vårddatabas (PASiS) och rapporteringen till "
      "Försäkringskassan.")
    P("Antalet avslutade behandlingar ökade i samtliga sex distrikt. I antal räknat var ökningen störst i "
      "Malmö, med 188 fler behandlingar än 2014, medan den relativa ökningen var störst i Mellersta Skåne "
      "(knappt 15 procent). Väntetiden blev kortare i fyra av sex distrikt. I Nordvästra Skåne ökade "
      "medianväntetiden från 33 till 35 dagar och i Nordöstra Skåne från 46 till 52 dagar.")
    P("Andelen IPT av samtliga behandlingar var 6,2 procent (318 av 5 134). Av behandlingarna gällde "
      "3 645 kvinnor och 1 489 män, det vill säga 71 procent kvinnor. Den största åldersgruppen var "
      "30–44 år, med 39 procent av behandlingarna.")
    P("4. Ekonomi", h2)
    P("Region Skåne rapporterade samtliga 5 134 behandlingar till Försäkringskassan och erhöll sammanlagt "
      "61,6 miljoner kronor för KBT och IPT avseende 2015. Av dessa fördelades 46,2 miljoner kronor till "
      "vårdcentralerna. Den centrala delen, drygt femton miljoner kronor, finansierade bland annat handledning "
      "för 112 KBT-terapeuter och regionens KBT-konsulter.")
    P("5. Analys", h2)
    P("Den längre väntetiden i Nordöstra Skåne hänger enligt verksamhetscheferna främst samman med vakanser: "
      "hösten 2015 var tre av distriktets åtta psykologtjänster i primärvården obesatta. Malmö har flest "
      "behandlingar men också den näst längsta väntetiden. Vårdcentraler med egen KBT-terapeut på minst "
      "halvtid hade i genomsnitt 19 dagar kortare väntetid än vårdcentraler som köper behandlingar av "
      "andra.")
    P("6. Rekommendationer", h2)
    P("1. Internetbaserad KBT via Stöd- och behandlingsplattformen införs i Nordöstra Skåne senast den "
      "1 oktober 2016.")
    P("2. Målvärdet för medianväntetiden sätts till högst 30 dagar i samtliga distrikt från och med 2017.")
    P("3. Vårdcentraler med färre än 20 avslutade behandlingar per år erbjuds stöd av en regional KBT-konsult.")
    P("4. Uppföljningen upprepas för 2016 och redovisas för hälso- och sjukvårdsnämnden senast i juni 2017.")
    P("Kontakt", h2)
    P("Anna-Karin Lindqvist, utredare, tfn 040-675 31 22<br/>"
      "Johan Frisk, enhetschef Primärvårdsstyrning, tfn 040-675 30 07")
    P("Rapporten har fastställts den 24 maj 2016 av<br/>Marie Ekdahl<br/>Avdelningschef, Avdelningen för "
      "hälso- och sjukvårdsstyrning")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b73-jonkoping-2011-tjansteskrivelse-garantimedel-kbt-utbildning.docx"
    d = Document()
    d.core_properties.title = "Tjänsteskrivelse: garantimedel till utbildning i KBT 2011–2012"
    d.core_properties.author = "Landstinget i Jönköpings län"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget i Jönköpings län\nLandstingets kansli, Folkhälsa och sjukvård")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2011-03-14\nDiarienummer: LJ 2011/312\n"
                    "Till: Nämnden för folkhälsa och sjukvård")
    d.add_heading("Användning av garantimedel för utbildning i kognitiv beteendeterapi (KBT) 2011–2012",
                  level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Nämnden för folkhälsa och sjukvård föreslås besluta")
    for t in ["att avsätta 3,6 miljoner kronor av ej disponerade garantimedel för 2010 till en "
              "utbildningssatsning i KBT för medarbetare i primärvården under 2011–2012,",
              "att uppdra åt hälso- och sjukvårdsdirektören att genomföra satsningen, samt",
              "att satsningen redovisas för nämnden senast den 15 mars 2013."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Med garantimedel avses i denna skrivelse den prestationsbaserade ersättning som landstinget får från "
        "staten för avslutade behandlingar inom rehabiliteringsgarantin. Landstinget fick 27,4 miljoner kronor "
        "i garantimedel för 2010. Av dessa har 23,2 miljoner kronor fördelats till de vårdcentraler och kliniker "
        "som har utfört behandlingarna. Återstoden, 4,2 miljoner kronor, är ännu inte disponerad. Bristen på "
        "medarbetare med KBT-kompetens är i dag det största hindret för att fler patienter ska få behandling "
        "inom garantin. Förvaltningen föreslår därför att huvuddelen av de ej disponerade medlen används till "
        "en tvåårig utbildningssatsning.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Rehabiliteringsgarantin infördes 2008 genom en överenskommelse mellan regeringen och Sveriges "
        "Kommuner och Landsting (SKL). Under 2010 avslutades 1 486 KBT-behandlingar inom garantin i länet, "
        "jämfört med 1 102 under 2009. Primärvården har i dag 31 medarbetare med grundläggande "
        "psykoterapiutbildning i KBT (steg 1) och 9 legitimerade psykoterapeuter med KBT-inriktning. "
        "Väntetiden till KBT var i december 2010 längre än 60 dagar på 14 av länets 44 vårdcentraler. "
        "Landstingets mål är 2 000 avslutade KBT-behandlingar under 2012.")
    d.add_heading("Utbildningssatsningens innehåll", level=2)
    d.add_paragraph("Satsningen består av tre delar:")
    for t in ["Grundläggande psykoterapiutbildning med KBT-inriktning (steg 1), 45 högskolepoäng, för 24 "
              "deltagare. Utbildningen ges av Hälsohögskolan i Jönköping på halvfart under tre terminer med "
              "start den 29 augusti 2011. Kursavgiften är 60 000 kronor per deltagare.",
              "En kortare kurs i KBT-metodik, 7,5 högskolepoäng, för 40 deltagare under hösten 2011.",
              "Handledning i KBT i 12 grupper under 2011–2012 för medarbetare som redan behandlar patienter "
              "inom garantin."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Vem kan söka?", level=2)
    d.add_paragraph("Steg 1-utbildningen riktar sig till medarbetare i primärvården i Jönköpings län som")
    for t in ["har en grundläggande högskoleexamen som psykolog, socionom, sjuksköterska, arbetsterapeut eller "
              "sjukgymnast,",
              "har minst två års yrkeserfarenhet av patientarbete, och",
              "har en tillsvidareanställning på minst 75 procent."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Privata vårdcentraler inom Vårdval Jönköping kan söka platser på samma villkor men betalar 25 procent "
        "av kursavgiften. Deltagarna förbinder sig att arbeta kvar inom primärvården i länet i minst två år "
        "efter avslutad steg 1-utbildning. Sista ansökningsdag är den 29 april 2011 och besked om antagning "
        "lämnas senast den 20 maj 2011.")
    d.add_heading("Kostnader", level=2)
    d.add_paragraph("Tabell 1. Beräknade kostnader för satsningen (tusen kronor)")
    rows = [("Kostnadspost", "2011", "2012", "Totalt"),
            ("Steg 1-utbildning, 24 deltagare (kursavgift)", "720", "720", "1 440"),
            ("Ersättning för frånvaro till vårdcentralerna", "540", "540", "1 080"),
            ("Handledning i KBT, 12 grupper", "180", "240", "420"),
            ("Kurs i KBT-metodik 7,5 hp, 40 deltagare", "300", "0", "300"),
            ("Litteratur, resor och lokaler", "90", "70", "160"),
            ("Projektledning och utvärdering", "100", "100", "200"),
            ("Summa", "1 930", "1 670", "3 600")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Ersättningen för frånvaro är ett schablonbelopp om 22 500 kronor per deltagare och år, som betalas "
        "till den vårdcentral där deltagaren är anställd. Efter satsningen återstår 0,6 miljoner kronor av de "
        "ej disponerade garantimedlen. Förvaltningen föreslår att de används till multimodal rehabilitering "
        "och återkommer med ett särskilt förslag.")
    d.add_heading("Konsekvenser", level=2)
    d.add_paragraph(
        "Satsningen beräknas ge utrymme för cirka 500 fler avslutade KBT-behandlingar per år från och med 2013. "
        "Utvärderingen görs av FoU-enheten Qulturum och omfattar antal behandlingar, väntetider och "
        "deltagarnas kvarstannande i primärvården.")
    d.add_paragraph("Lars-Göran Wiklund\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Kristina Höglund\nUtvecklingsledare, rehabiliteringsgarantin, tfn 036-32 46 18")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
