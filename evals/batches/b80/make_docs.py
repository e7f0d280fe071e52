"""Generates the PDF and DOCX test documents of batch b80 (reportlab + python-docx)."""
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
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    return t


def make_pdf() -> None:
    path = DOCS / "b80-ostergotland-2016-uppfoljning-rehabiliteringsgarantin-2015.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Uppföljning av rehabiliteringsgarantin 2015",
                            author="Region Östergötland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Östergötland")
    P("Hälso- och sjukvårdsnämnden")
    P("Datum: 2016-04-20<br/>Diarienummer: RÖ 2016-00412<br/>Hälso- och sjukvårdsavdelningen, "
      "Enheten för uppföljning och analys")
    P("Uppföljning av rehabiliteringsgarantin 2015 – genomförda behandlingar och intäkter per kvartal", h1)
    P("Sammanfattning", h2)
    P("Region Östergötland rapporterade under 2015 sammanlagt 2 102 avslutade behandlingar inom "
      "rehabiliteringsgarantin till Försäkringskassan: 1 685 KBT-behandlingar, 101 IPT-behandlingar, "
      "235 behandlingsserier i multimodal rehabilitering på nivå 1 (MMR1) och 81 behandlingsserier på nivå 2 "
      "(MMR2). Intäkterna för 2015 uppgick till 30 952 000 kronor, vilket är 2 379 000 kronor eller 7,1 procent "
      "mindre än 2014. Regionen fick därmed ut 89 procent av den ram om 34,6 miljoner kronor som beräknats för "
      "Östergötland 2015.")
    P("Antalet KBT-behandlingar minskade med 227 jämfört med 2014, medan MMR1 ökade med 24 behandlingsserier. "
      "Det svaga tredje kvartalet förklaras främst av vakanta psykologtjänster i centrala länsdelen och av "
      "semesterperioden.")
    P("1. Bakgrund", h2)
    P("Rehabiliteringsgarantin är en överenskommelse mellan staten och Sveriges Kommuner och Landsting (SKL). "
      "Landstingen och regionerna ersätts för avslutade behandlingar med kognitiv beteendeterapi (KBT), "
      "interpersonell psykoterapi (IPT) och multimodal rehabilitering för kvinnor och män i åldern 16–67 år. "
      "Ersättningen för 2015 var 12 000 kronor per genomförd KBT- eller IPT-behandling, 25 000 kronor per "
      "behandlingsserie i MMR1 och 45 000 kronor per behandlingsserie i MMR2.")
    P("Överenskommelsen för 2015 var den sista i sitt slag. Från 2016 ingår insatser för lindrig och medelsvår "
      "psykisk ohälsa i överenskommelsen om en kvalitetssäker och effektiv sjukskrivningsprocess, och "
      "hälso- och sjukvårdsnämnden beslutade den 17 december 2015 att behålla ersättningen till vårdcentralerna "
      "under första halvåret 2016.")
    P("2. Genomförda behandlingar och intäkter per kvartal", h2)
    P("Regionen rapporterar fyra gånger per år. Försäkringskassan granskar rapporterna och betalar ut "
      "ersättningen senast en månad efter redovisningen. Tabell 1 visar de behandlingar som Försäkringskassan "
      "godkänt.")
    P("Tabell 1. Godkända behandlingar och ersättning per kvartal 2015", h2)
    s.append(_table([
        ["Kvartal", "KBT", "IPT", "MMR1", "MMR2", "Rapport senast", "Ersättning (kr)", "Utbetalt"],
        ["Kv 1", "420", "24", "58", "19", "2015-04-29", "7 633 000", "2015-05-26"],
        ["Kv 2", "465", "29", "66", "23", "2015-08-29", "8 613 000", "2015-09-24"],
        ["Kv 3", "310", "17", "39", "14", "2015-10-31", "5 529 000", "2015-11-27"],
        ["Kv 4", "490", "31", "72", "25", "2016-03-31", "9 177 000", "2016-04-19"],
        ["Summa", "1 685", "101", "235", "81", "", "30 952 000", ""]],
        [1.5, 1.3, 1.2, 1.3, 1.3, 2.4, 2.6, 2.2]))
    s.append(Spacer(1, 8))
    P("Fjärde kvartalet gav den högsta ersättningen, 9 177 000 kronor, och tredje kvartalet den lägsta, "
      "5 529 000 kronor. I rapporten för andra kvartalet underkände Försäkringskassan 14 KBT-behandlingar där "
      "den medicinska bedömningen inte var dokumenterad före behandlingsstart. De ingår inte i tabellen, och "
      "regionen gick därmed miste om 168 000 kronor.")
    P("3. Jämförelse med 2014", h2)
    P("Tabell 2. Godkända behandlingar och intäkter 2014 och 2015", h2)
    s.append(_table([
        ["Insats", "2014", "2015", "Förändring", "Förändring (%)"],
        ["KBT", "1 912", "1 685", "-227", "-11,9"],
        ["IPT", "96", "101", "+5", "+5,2"],
        ["MMR1", "211", "235", "+24", "+11,4"],
        ["MMR2", "88", "81", "-7", "-8,0"],
        ["Intäkter (kr)", "33 331 000", "30 952 000", "-2 379 000", "-7,1"],
        ["Ram för Östergötland (mnkr)", "35,2", "34,6", "-0,6", ""],
        ["Andel av ramen som betalats ut", "95 %", "89 %", "", ""]],
        [5.2, 2.4, 2.4, 2.4, 2.4]))
    s.append(Spacer(1, 8))
    P("Av dem som avslutade KBT eller IPT under 2015 var 71 procent kvinnor och 29 procent män. I multimodal "
      "rehabilitering var andelen kvinnor 76 procent. Medianåldern var 41 år i KBT och 46 år i MMR2.")
    P("4. Fördelning per länsdel", h2)
    P("Tabell 3. Godkända KBT- och IPT-behandlingar per länsdel 2015", h2)
    s.append(_table([
        ["Länsdel", "KBT", "IPT", "Andel av befolkningen 16–67 år"],
        ["Västra länsdelen (Motala, Mjölby m.fl.)", "402", "21", "24 %"],
        ["Centrala länsdelen (Linköping m.fl.)", "713", "52", "44 %"],
        ["Östra länsdelen (Norrköping m.fl.)", "570", "28", "32 %"],
        ["Summa", "1 685", "101", "100 %"]],
        [7.0, 1.8, 1.8, 5.0]))
    s.append(Spacer(1, 8))
    P("Centrala länsdelen står för 44 procent av befolkningen i arbetsför ålder men för 42 procent av "
      "KBT-behandlingarna. Där var tre av elva psykologtjänster i primärvården vakanta under augusti–oktober 2015.")
    P("5. Bedömning och fortsatt arbete", h2)
    P("Enheten för uppföljning och analys bedömer att tillgången till psykologisk behandling i primärvården är "
      "god men sårbar för vakanser. Följande åtgärder föreslås:")
    P("• Vårdcentralerna fortsätter att registrera KVÅ-koder för KBT och IPT även efter att garantin upphört, "
      "så att jämförelser över tid blir möjliga.<br/>"
      "• Internetbaserad KBT via den nationella plattformen införs på minst tio vårdcentraler under 2016.<br/>"
      "• MMR1-teamen i västra och östra länsdelen behålls på nuvarande nivå, och väntetiden till MMR2 vid "
      "Smärt- och rehabiliteringscentrum i Linköping följs upp varje kvartal.")
    P("Kontakt", h2)
    P("Johan Ekstedt, utredare, Enheten för uppföljning och analys, tfn 010-103 45 12<br/>"
      "Karin Fält, ekonom, Hälso- och sjukvårdsavdelningen, tfn 010-103 61 08")
    P("Linköping den 20 april 2016<br/><br/>Margareta Ahlgren<br/>Hälso- och sjukvårdsdirektör")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b80-kalmar-2019-tjansteskrivelse-overenskommelsemedel-sjukskrivning.docx"
    d = Document()
    d.core_properties.title = "Användning av 2019 års medel för en effektiv och kvalitetssäker sjukskrivningsprocess"
    d.core_properties.author = "Region Kalmar län"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Kalmar län\nRegionledningskontoret, Avdelningen för hälso- och sjukvårdsstrategi")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2019-03-18\nDiarienummer: RS 2019/0287\n"
                    "Handläggare: Linnea Åström, strateg")
    d.add_paragraph("Regionstyrelsen")
    d.add_heading("Användning av 2019 års medel från överenskommelsen om en effektiv och kvalitetssäker "
                  "sjukskrivnings- och rehabiliteringsprocess", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Regionstyrelsen föreslås besluta")
    for t in ["att godkänna fördelningen av 2019 års medel enligt tabell 1, sammanlagt 9,9 miljoner kronor,",
              "att uppdra åt hälso- och sjukvårdsdirektören att förbereda regionens åtagande enligt den nya lagen "
              "om koordineringsinsatser, samt",
              "att en redovisning av hur medlen använts lämnas till regionstyrelsen senast den 28 februari 2020."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Staten och Sveriges Kommuner och Landsting (SKL) har träffat en ettårig överenskommelse för 2019. "
        "Överenskommelsen avser i huvudsak funktionen för koordinering av insatser för sjukskrivna patienter, i "
        "väntan på att en lag om koordineringsinsatser träder i kraft. Region Kalmar läns andel för 2019 är "
        "7,6 miljoner kronor, att jämföra med 16,6 miljoner kronor för 2018. Tillsammans med 2,3 miljoner kronor "
        "som återstår från 2018 finns 9,9 miljoner kronor att fördela. Förvaltningen föreslår att huvuddelen, "
        "6,9 miljoner kronor, används till rehabkoordinatorer på hälsocentraler och i psykiatrin.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Sedan 2006 har staten och SKL årligen träffat överenskommelser för att stimulera regionerna att "
        "prioritera sjukskrivningsfrågorna. Den tvååriga överenskommelsen för 2017–2018 omfattade bland annat "
        "ersättning för rehabiliteringsinsatser och utvecklingsmedel inom flera villkor. För 2019 har "
        "utvecklingsmedlen i stort sett upphört, och ersättningen till regionerna avser främst koordinering.")
    d.add_paragraph(
        "Medlen fördelas efter befolkningsandel. Region Kalmar län har cirka 2,4 procent av rikets befolkning. "
        "Hälften av medlen, 3,8 miljoner kronor, betalas ut i juni 2019 efter att regionen senast den "
        "15 maj 2019 har redovisat hur funktionen för koordinering är organiserad. Resterande 3,8 miljoner kronor "
        "betalas ut i februari 2020, förutsatt att regionen lämnat en slutredovisning till SKL senast den "
        "30 november 2019.")
    d.add_heading("Ärendet", level=2)
    d.add_paragraph(
        "Under 2018 fanns rehabkoordinatorer på 34 av regionens 38 hälsocentraler och på samtliga fem "
        "allmänpsykiatriska öppenvårdsmottagningar. Koordinatorerna hade kontakt med 3 412 patienter under året. "
        "Förvaltningen föreslår att funktionen byggs ut så att samtliga 38 hälsocentraler har tillgång till en "
        "rehabkoordinator senast den 1 oktober 2019. Ersättningen till hälsocentralerna höjs därför från "
        "5,0 till 5,4 miljoner kronor.")
    d.add_paragraph(
        "Den särskilda ersättningen för KBT och multimodal rehabilitering, 4,2 miljoner kronor 2018, upphör "
        "eftersom den inte längre finansieras av staten. Behandlingarna finansieras i stället inom "
        "hälsocentralernas ordinarie vårdvalsersättning.")
    d.add_heading("Tabell 1. Utfall 2018 och förslag till fördelning 2019 (miljoner kronor)", level=3)
    rows = [("Post", "Utfall 2018", "Förslag 2019"),
            ("Statsbidrag enligt överenskommelsen", "16,6", "7,6"),
            ("Kvarvarande medel från föregående år", "–", "2,3"),
            ("Summa tillgängliga medel", "16,6", "9,9"),
            ("Rehabkoordinatorer, hälsocentraler", "5,0", "5,4"),
            ("Rehabkoordinatorer, psykiatri", "1,3", "1,5"),
            ("Processledning och regional samordnare", "1,1", "0,9"),
            ("Utbildning i försäkringsmedicin", "1,4", "0,6"),
            ("IT-stöd och dokumentation", "0,9", "0,3"),
            ("Ersättning för KBT och MMR", "4,2", "0,0"),
            ("Förberedelse inför lag om koordineringsinsatser", "–", "0,4"),
            ("Övrigt och reserv", "0,4", "0,8"),
            ("Summa användning", "14,3", "9,9"),
            ("Kvar vid årets slut", "2,3", "0,0")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph(
        "Förslaget ryms inom statsbidraget och de kvarvarande medlen. Minskningen av statsbidraget med "
        "9,0 miljoner kronor mellan 2018 och 2019 innebär att utbildningsinsatserna och IT-utvecklingen "
        "minskar. Reserven om 800 000 kronor används om lagen om koordineringsinsatser ställer krav som inte "
        "kan förutses i dag.")
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph(
        "Hälso- och sjukvårdsförvaltningen följer upp antalet patienter med koordineringsinsatser per "
        "hälsocentral varje tertial. Regionstyrelsen får en redovisning av hur medlen använts senast den "
        "28 februari 2020.")
    d.add_heading("Beslutsunderlag", level=2)
    for t in ["Överenskommelse mellan staten och SKL om en effektiv och kvalitetssäker sjukskrivnings- och "
              "rehabiliteringsprocess 2019",
              "Redovisning av 2018 års medel, daterad 2019-02-11"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Linnea Åström, strateg, tfn 0480-84 12 37")
    d.add_paragraph("Peter Grahn, controller, tfn 0480-84 19 52")
    d.add_paragraph("Region Kalmar län\n\nHenrik Lindqvist\nRegiondirektör\n\nMalin Ekvall\n"
                    "Hälso- och sjukvårdsdirektör")
    d.add_paragraph("Beslutet expedieras till: Hälso- och sjukvårdsförvaltningen, Primärvården, "
                    "Psykiatriförvaltningen, Ekonomiavdelningen")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
