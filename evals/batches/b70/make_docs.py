"""Generates the PDF and DOCX test documents of batch b70 (reportlab + python-docx)."""
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
    path = DOCS / "b70-socialstyrelsen-2013-uppfoljning-kbt-primarvard.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4,
                            title="Uppföljning av rehabiliteringsgarantin – KBT i primärvården. Lägesrapport 2013",
                            author="Socialstyrelsen", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Socialstyrelsen")
    P("Uppföljning av rehabiliteringsgarantin – KBT i primärvården", h1)
    P("Lägesrapport 2013 (utdrag: förord och kapitel 3)")
    P("Artikelnummer: 2013-6-22<br/>Publicerad: 2013-06-18<br/>Dnr: 9.1-31044/2012<br/>"
      "Avdelningen för statistik och utvärdering, enheten för uppföljning av hälso- och sjukvård")
    P("Förord", h2)
    P("Socialstyrelsen har i regleringsbrevet för 2012 fått i uppdrag att följa upp hur landstingen "
      "använder kognitiv beteendeterapi (KBT) i primärvården inom ramen för rehabiliteringsgarantin. "
      "Denna lägesrapport redovisar antalet avslutade behandlingar och väntetiderna till behandling år 2012, "
      "med jämförelser med år 2011. En slutrapport lämnas till Socialdepartementet senast den 31 mars 2014.")
    P("Rapporten har tagits fram av utredarna Maria Ekholm (projektledare) och Daniel Forsberg. "
      "Ansvarig enhetschef har varit Henrik Sandqvist.")
    P("3 Väntetider och genomförda behandlingar", h1)
    P("3.1 Definitioner", h2)
    P("Med avslutad behandling avses i denna rapport en KBT-behandling som landstinget har rapporterat som "
      "genomförd inom rehabiliteringsgarantin, det vill säga där patienten har fått minst fem "
      "behandlingstillfällen och behandlingen har avslutats enligt plan.")
    P("Med väntetid avses antalet dagar från den medicinska bedömningen till det första behandlingstillfället.")
    P("Uppgifterna om väntetider bygger på en journalstudie med 1 640 patienter i de åtta landsting som "
      "redovisas i tabell 3.1. Uppgifterna om antalet behandlingar kommer från landstingens rapportering till "
      "Försäkringskassan.")
    P("3.2 Genomförda behandlingar", h2)
    P("Totalt rapporterade landstingen 61 480 avslutade KBT-behandlingar år 2012, vilket är 3 432 färre än "
      "år 2011. Det innebär en minskning med drygt fem procent. Minskningen förklaras främst av att flera "
      "landsting har skärpt kraven på dokumentation innan en behandling får rapporteras.")
    P("Kvinnor stod för 74 procent av behandlingarna år 2012. Drygt hälften av patienterna, 53 procent, var "
      "mellan 30 och 49 år när behandlingen inleddes.")
    P("Tabell 3.1. Avslutade KBT-behandlingar och väntetider i åtta landsting", h2)
    rows = [["Landsting", "Avslutade 2011", "Avslutade 2012", "Inom 30 dagar 2012 (%)", "Median väntetid 2012 (dagar)"],
            ["Uppsala", "2 406", "2 118", "64", "24"],
            ["Östergötland", "3 512", "3 874", "71", "21"],
            ["Jönköping", "2 987", "3 305", "78", "17"],
            ["Örebro", "2 240", "2 011", "58", "33"],
            ["Dalarna", "1 958", "2 164", "69", "22"],
            ["Gävleborg", "1 704", "1 846", "52", "38"],
            ["Värmland", "1 615", "1 532", "61", "27"],
            ["Norrbotten", "1 102", "1 297", "47", "41"],
            ["Riket (21 landsting)", "64 912", "61 480", "63", "26"]]
    t = Table(rows, colWidths=[3.6 * cm, 2.6 * cm, 2.6 * cm, 3.4 * cm, 4.2 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 6))
    P("Källa: Landstingens rapportering till Försäkringskassan (antal) och Socialstyrelsens journalstudie "
      "(väntetider). Uppgifterna för riket avser samtliga landsting.")
    P("Fem av de åtta landstingen i tabellen rapporterade fler avslutade behandlingar 2012 än 2011. "
      "Den största ökningen hade Östergötland, med 362 fler behandlingar.")
    P("3.3 Väntetider", h2)
    P("I riket fick 63 procent av patienterna påbörja behandlingen inom 30 dagar efter den medicinska "
      "bedömningen år 2012, jämfört med 57 procent år 2011. Medianväntetiden i riket var 26 dagar, "
      "jämfört med 31 dagar året innan.")
    P("Kortast väntetid hade Landstinget i Jönköpings län, där hälften av patienterna fick påbörja behandlingen "
      "inom 17 dagar. Längst väntetid hade Norrbottens läns landsting, med en medianväntetid på 41 dagar. "
      "Norrbotten förklarar de långa väntetiderna med stora avstånd och att flera vårdcentraler saknar egen "
      "KBT-kompetens. I Gävleborg var sju psykologtjänster i primärvården vakanta under hösten 2012.")
    P("3.4 Vem ger behandlingen?", h2)
    P("År 2012 gavs 41 procent av behandlingarna av psykologer, 38 procent av legitimerade psykoterapeuter och "
      "21 procent av annan personal med grundläggande psykoterapiutbildning (steg 1).")
    P("3.5 Socialstyrelsens bedömning", h2)
    P("1. Tillgången till KBT i primärvården har förbättrats i fem av de åtta landsting som har följts upp, "
      "trots att antalet behandlingar har minskat i riket.")
    P("2. Skillnaderna i väntetid mellan landstingen är stora; medianväntetiden i Norrbotten är mer än dubbelt "
      "så lång som i Jönköping.")
    P("3. Socialstyrelsen anser att landstingen bör sträva efter att minst 75 procent av patienterna ska "
      "påbörja behandlingen inom 30 dagar efter den medicinska bedömningen. År 2012 nådde endast ett av de "
      "åtta landstingen den nivån.")
    P("4. Landstingen bör registrera väntetider på ett enhetligt sätt så att de kan följas i den ordinarie "
      "rapporteringen till Försäkringskassan.")
    P("Kontakt", h2)
    P("Maria Ekholm, utredare, tfn 075-247 30 00<br/>Henrik Sandqvist, enhetschef, tfn 075-247 30 00")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b70-gavleborg-2016-beslut-mmr2-team-rehabiliteringsgarantin.docx"
    d = Document()
    d.core_properties.title = "Beslut: medel från rehabiliteringsgarantin till MMR2-team 2016"
    d.core_properties.author = "Region Gävleborg"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Gävleborg\nHälso- och sjukvårdsförvaltningen")
    d.add_paragraph("BESLUT\nDatum: 2016-03-15\nDiarienummer: RG 2016/0412\n"
                    "Beslutsfattare: Hälso- och sjukvårdsdirektören, enligt punkt 4.2 i hälso- och "
                    "sjukvårdsnämndens delegationsordning")
    d.add_heading("Användning av medel från rehabiliteringsgarantin för team för multimodal rehabilitering "
                  "på specialistnivå (MMR2) under 2016", level=1)
    d.add_heading("Beslut", level=2)
    for t in ["Av de medel som Region Gävleborg får för rehabiliteringsgarantin avseende år 2015 avsätts "
              "9,6 miljoner kronor för MMR2-team vid regionens sjukhus under perioden 1 april–31 december 2016.",
              "Medlen fördelas per sjukhus enligt tabell 1.",
              "Varje team ska under perioden genomföra minst det antal MMR2-serier som anges i tabell 1.",
              "Medel som inte har förbrukats den 31 december 2016 återförs till hälso- och "
              "sjukvårdsförvaltningens centrala reserv.",
              "Uppföljningen av beslutet redovisas för hälso- och sjukvårdsnämnden senast den 31 januari 2017."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Rehabiliteringsgarantin är en överenskommelse mellan staten och Sveriges Kommuner och Landsting (SKL) "
        "som sedan 2008 ger landstingen och regionerna ersättning för behandling av kvinnor och män i åldern "
        "16–67 år med lindrig eller medelsvår psykisk ohälsa eller långvarig smärta i rygg, nacke eller axlar.")
    d.add_paragraph(
        "Multimodal rehabilitering på specialistnivå, i detta beslut kallad MMR2, är sammansatta insatser av ett "
        "team med läkare, fysioterapeut, psykolog och arbetsterapeut under fyra till åtta veckor. MMR2 ges till "
        "patienter vars smärta har varat i minst tre månader och som behöver en specialistbedömning. "
        "Multimodal rehabilitering i primärvården kallas MMR1.")
    d.add_paragraph(
        "Enligt överenskommelsen för 2015 ersattes landstingen med 45 000 kronor per genomförd MMR2-serie och "
        "25 000 kronor per MMR1-serie. Den sista rapporten för 2015 ska lämnas till Försäkringskassan senast den "
        "31 mars 2016, och den slutliga utbetalningen väntas i april 2016.")
    d.add_paragraph(
        "Region Gävleborg har för 2015 hittills fått 28,4 miljoner kronor och beräknar att få ytterligare cirka "
        "7,4 miljoner kronor efter den sista rapporteringen, sammanlagt drygt 35,8 miljoner kronor.")
    d.add_paragraph(
        "Under 2015 genomfördes 167 MMR2-serier i regionen, varav 118 vid Gävle sjukhus och 49 vid Hudiksvalls "
        "sjukhus. Bollnäs sjukhus och Sandvikens sjukhus hade inga MMR2-team. I december 2015 var väntetiden "
        "till MMR2 i genomsnitt 22 veckor.")
    d.add_paragraph(
        "Någon ny överenskommelse om rehabiliteringsgarantin har inte träffats för 2016. Utan detta beslut "
        "skulle teamen i Gävle och Hudiksvall behöva minska sin verksamhet från den 1 april 2016.")
    d.add_heading("Överväganden", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att MMR2 behöver finnas även i södra Hälsingland och i Sandviken för att "
        "väntetiden ska kunna kortas. Två nya team byggs därför upp vid Bollnäs sjukhus och Sandvikens sjukhus. "
        "Målet är att väntetiden till MMR2 ska vara högst 12 veckor vid utgången av 2016.")
    d.add_heading("Tabell 1. Fördelning av medel och mål per sjukhus, 1 april–31 december 2016", level=3)
    rows = [("Sjukhus", "Team", "Årsarbetare", "Budget (tkr)", "Mål MMR2-serier"),
            ("Gävle sjukhus", "Smärtrehabiliteringen", "6,5", "3 850", "70"),
            ("Hudiksvalls sjukhus", "Rehabiliteringsmedicin", "4,0", "2 400", "45"),
            ("Bollnäs sjukhus", "Nytt MMR2-team", "3,0", "1 750", "30"),
            ("Sandvikens sjukhus", "Nytt MMR2-team", "1,5", "900", "15"),
            ("Gemensamt", "Processledning, utbildning och uppföljning", "–", "700", "–"),
            ("Summa", "", "15,0", "9 600", "160")]
    tab = d.add_table(rows=0, cols=5)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Villkor för medlen", level=2)
    for t in ["Teamet ska bestå av minst läkare, fysioterapeut och psykolog, och arbetsterapeut eller kurator "
              "ska finnas tillgänglig för teamet.",
              "Patienten ska vara 16–67 år och ha fått en medicinsk bedömning vid en specialistmottagning.",
              "Genomförda serier ska registreras i Nationella registret över smärtrehabilitering (NRS).",
              "Teamet rapporterar antalet avslutade MMR2-serier till processledaren senast den 10:e i månaden "
              "efter varje kvartal."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Ekonomi", level=2)
    d.add_paragraph(
        "Beslutet finansieras helt med statsbidraget och belastar inte förvaltningens ram. Satsningen på MMR2 "
        "uppgår alltså till knappt tio miljoner kronor. Återstående medel för 2015, cirka 26,2 miljoner kronor, "
        "fördelas i ett separat beslut till primärvården för KBT/IPT och MMR1.")
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph(
        "Processledaren för multimodal rehabilitering sammanställer teamens rapporter varje kvartal. "
        "Redovisningen till nämnden ska visa antal serier, väntetid och förbrukade medel per sjukhus.")
    d.add_paragraph("Gävle den 15 mars 2016")
    d.add_paragraph("Karin Westberg\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Föredragande: Jonas Berggren, utvecklingsstrateg")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Jonas Berggren, utvecklingsstrateg, tfn 026-15 43 20")
    d.add_paragraph("Maria Strand, processledare för multimodal rehabilitering, tfn 026-15 52 08")
    d.add_paragraph("Beslutet skickas till: verksamhetscheferna vid Gävle sjukhus, Hudiksvalls sjukhus, Bollnäs "
                    "sjukhus och Sandvikens sjukhus; ekonomistaben; hälso- och sjukvårdsnämnden för kännedom.")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
