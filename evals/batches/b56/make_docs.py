"""Generates the PDF and DOCX test documents of batch b56 (reportlab + python-docx)."""
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
    path = DOCS / "b56-vasternorrland-2019-arsredovisning-sjukskrivningsmiljarden.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Årsredovisning 2019, utdrag: sjukskrivningsmiljarden",
                            author="Region Västernorrland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Västernorrland")
    P("ÅRSREDOVISNING 2019 – UTDRAG UR AVSNITT 7.4 RIKTADE STATSBIDRAG")
    P("Fastställd av regionfullmäktige den 23 april 2020, § 64<br/>Diarienummer: RS/2020/118<br/>"
      "Ansvarig enhet: Regionstaben, Ekonomi och styrning")
    P("7.4.2 Statsbidraget för en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess", h1)
    P("Bakgrund", h2)
    P("Staten och Sveriges Kommuner och Regioner (SKR, till och med november 2019 SKL) träffade en ettårig "
      "överenskommelse om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess för år 2019. "
      "Statsbidraget kallas i regionens interna styrdokument för sjukskrivningsmiljarden. Medlen fördelas "
      "mellan regionerna efter befolkningsandel. En del betalas ut som förskott och resterande del när "
      "regionens redovisning har godkänts.")
    P("Region Västernorrland erhöll under 2019 sammanlagt 23,65 miljoner kronor inom överenskommelsen. "
      "Förskottet på 14,7 miljoner kronor betalades ut i maj 2019 och den andra utbetalningen på "
      "8,95 miljoner kronor i november 2019. Från 2018 fanns ingående outnyttjade medel på drygt fyra "
      "miljoner kronor (4 120 tkr).")
    P("Tabell 1. Erhållna, förbrukade och outnyttjade medel per kvartal 2019 (tkr)", h2)
    s.append(_table([
        ["Period", "Erhållna medel", "Förbrukade medel", "Netto under perioden", "Ackumulerat outnyttjat"],
        ["Ingående balans 2019-01-01", "–", "–", "–", "4 120"],
        ["Kvartal 1", "0", "3 860", "−3 860", "260"],
        ["Kvartal 2", "14 700", "4 950", "9 750", "10 010"],
        ["Kvartal 3", "0", "4 210", "−4 210", "5 800"],
        ["Kvartal 4", "8 950", "6 940", "2 010", "7 810"],
        ["Summa 2019", "23 650", "19 960", "3 690", "7 810"]], [4.6, 2.4, 2.6, 3.0, 3.4]))
    s.append(Spacer(1, 8))
    P("Av årets erhållna medel förbrukades 19,96 miljoner kronor, vilket motsvarar 84 procent. "
      "Knappt 3,7 miljoner kronor av årets medel förbrukades inte. Tillsammans med de ingående medlen "
      "uppgick de outnyttjade medlen vid årets slut till 7,81 miljoner kronor.")
    P("Tabell 2. Medel per område 2019 (tkr)", h2)
    s.append(_table([
        ["Område", "Erhållna medel", "Förbrukade", "Outnyttjade"],
        ["1. Funktion för koordinering (rehabkoordinatorer)", "9 800", "9 420", "380"],
        ["2. Kompetensutveckling i försäkringsmedicin", "2 400", "1 630", "770"],
        ["3. Psykisk ohälsa: KBT/IPT och internetbehandling", "6 200", "5 110", "1 090"],
        ["4. Elektroniskt informationsutbyte och IT-stöd", "1 850", "980", "870"],
        ["5. Processledning och samverkan", "3 400", "2 820", "580"],
        ["Summa", "23 650", "19 960", "3 690"]], [7.6, 2.6, 2.4, 2.4]))
    s.append(Spacer(1, 8))
    P("Kommentarer per område", h2)
    P("Område 1. Regionen hade vid årets slut 31 rehabkoordinatorer, motsvarande 18,5 årsarbetare, vid "
      "samtliga 27 hälsocentraler och vid de tre psykiatriska öppenvårdsmottagningarna. Under 2019 fick "
      "4 812 patienter en koordineringsinsats, jämfört med 4 150 patienter år 2018.")
    P("Område 2. Sammanlagt 142 läkare genomgick regionens grundkurs i försäkringsmedicin under året. "
      "Två planerade kurstillfällen i Sollefteå ställdes in på grund av för få anmälda, vilket förklarar "
      "det outnyttjade beloppet.")
    P("Område 3. Medlen användes till KBT och interpersonell psykoterapi (IPT) i primärvården samt till "
      "internetbehandling. Antalet påbörjade internetbehandlingar ökade från 388 år 2018 till 611 år 2019.")
    P("Område 4. Införandet av det nya journalsystemets intygsmodul försenades till våren 2020, och "
      "870 tkr av medlen för IT-stöd har därför inte använts.")
    P("Område 5. Medlen finansierade en processledare på heltid, den regionala försäkringsmedicinska "
      "samverkansgruppen och två länsgemensamma dialogmöten med Försäkringskassan och Arbetsförmedlingen.")
    P("Resultat och måluppfyllelse", h2)
    P("Sjukpenningtalet i Västernorrlands län var 11,2 dagar i december 2019, jämfört med 11,9 dagar ett år "
      "tidigare. Regionen uppfyllde samtliga villkor i överenskommelsen för 2019 utom kravet på att 90 procent "
      "av sjukintygen skulle skickas elektroniskt, där utfallet blev 86 procent.")
    P("Outnyttjade medel och beslut om användning 2020", h2)
    P("Regionstyrelsen beslutade den 25 februari 2020, § 31, att de outnyttjade medlen på 7,81 miljoner "
      "kronor ska användas under 2020 till införandet av koordineringsinsatser enligt lagen (2019:1297) om "
      "koordineringsinsatser för sjukskrivna patienter, som träder i kraft den 1 februari 2020.")
    P("Kontakt", h2)
    P("Maria Edholm, ekonomichef, tfn 0611-80 41 22<br/>Per-Olof Strand, processledare försäkringsmedicin, "
      "tfn 060-18 52 07")
    P("Härnösand den 31 mars 2020<br/><br/>Anna-Karin Sjödin<br/>Regionstyrelsens ordförande<br/><br/>"
      "Lars Wikström<br/>Regiondirektör")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b56-skr-2022-cirkular-overenskommelse-sjukskrivningsprocess.docx"
    d = Document()
    d.core_properties.title = "Cirkulär 22:09 Överenskommelse sjukskrivnings- och rehabiliteringsprocess 2022"
    d.core_properties.author = "Sveriges Kommuner och Regioner"
    d.add_paragraph(MARK)
    d.add_paragraph("Sveriges Kommuner och Regioner\nAvdelningen för vård och omsorg\nSektionen för hälso- och sjukvård")
    d.add_paragraph("CIRKULÄR 22:09\nDatum: 2022-03-10\nDiarienummer: 22/00318\n"
                    "Handläggare: Johan Ekström, Sofia Lindqvist")
    d.add_paragraph("Regionstyrelserna\nHälso- och sjukvårdsdirektörerna\nFörsäkringsmedicinskt ansvariga i regionerna")
    d.add_heading("Överenskommelse om en kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess 2022", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Regioner (SKR) har den 24 februari 2022 träffat en överenskommelse "
        "om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess för år 2022. "
        "Överenskommelsen omfattar totalt 1 020 miljoner kronor. Av dessa kan regionerna ta del av "
        "1 000 miljoner kronor fördelade på fem delar, medan 20 miljoner kronor går till SKR för nationellt "
        "stöd, nätverk och uppföljning. Cirkuläret beskriver delarna, beloppen, villkoren och tidpunkterna "
        "för redovisning.")
    d.add_heading("1. Överenskommelsens delar och belopp", level=2)
    d.add_paragraph("Tabell 1. Delar, belopp och utbetalning 2022 (miljoner kronor)")
    rows = [("Del", "Belopp", "Utbetalning", "Redovisas senast"),
            ("Del 1. Försäkringsmedicinsk kompetens och ledningsstöd", "200", "Förskott 2022-06-30", "2023-02-28"),
            ("Del 2. Vårdens kontakter med arbetsgivare", "150", "Förskott 2022-06-30", "2023-02-28"),
            ("Del 3. Tidiga insatser vid psykisk ohälsa och långvarig smärta", "350", "Förskott 2022-06-30", "2023-02-28"),
            ("Del 4. Elektroniska läkarintyg och informationsöverföring", "75", "Förskott 2022-06-30", "2023-02-28"),
            ("Del 5. Prestationsdel: uppföljning av koordineringsinsatser", "225", "2022-12-16", "2022-11-15"),
            ("Summa till regionerna", "1 000", "", "")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Medlen fördelas efter regionernas andel av befolkningen enligt SCB:s statistik per den 1 november 2021. "
        "Medlen för del 1–4 betalas ut som förskott senast den 30 juni 2022, under förutsättning att regionen "
        "senast den 29 april 2022 har lämnat en handlingsplan till SKR. Medlen för del 5 betalas ut den "
        "16 december 2022 till de regioner som uppfyller prestationskravet.")
    d.add_heading("2. Villkor per del", level=2)
    d.add_paragraph(
        "Del 1. Regionen ska ha en försäkringsmedicinskt ansvarig läkare på regionnivå och en aktuell plan för "
        "kompetensutveckling. Minst 80 procent av de läkare i primärvården som utfärdar läkarintyg för "
        "sjukpenning ska senast den 31 december 2022 ha genomgått den nationella webbutbildningen i "
        "försäkringsmedicin.", style="List Number")
    d.add_paragraph(
        "Del 2. Regionen ska ta fram en rutin för hur vården, med patientens samtycke, tar kontakt med "
        "patientens arbetsgivare i ett tidigt skede av sjukskrivningen, och pröva rutinen vid minst fem "
        "vårdenheter.", style="List Number")
    d.add_paragraph(
        "Del 3. Medlen ska användas till tidiga och samordnade insatser för patienter med lindrig till "
        "medelsvår psykisk ohälsa eller långvarig smärta, till exempel KBT, IPT, internetbehandling och "
        "multimodal rehabilitering (MMR). Regionen ska redovisa väntetider till behandlingsstart.",
        style="List Number")
    d.add_paragraph(
        "Del 4. Regionen ska skicka minst 95 procent av läkarintygen för sjukpenning elektroniskt till "
        "Försäkringskassan under oktober 2022.", style="List Number")
    d.add_paragraph(
        "Del 5. Prestationskravet är uppfyllt om minst 90 procent av regionens vårdcentraler under perioden "
        "1 april–30 september 2022 har registrerat koordineringsinsatser med KVÅ-koder, så att insatserna kan "
        "följas upp enligt lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter.",
        style="List Number")
    d.add_heading("3. Redovisning och tidplan", level=2)
    for t in ["2022-04-29: handlingsplan för del 1–4 lämnas till SKR.",
              "2022-06-30: förskott för del 1–4 betalas ut.",
              "2022-11-15: redovisning av prestationskravet i del 5 lämnas till SKR.",
              "2022-12-16: utbetalning av del 5.",
              "2023-02-28: slutredovisning av del 1–4, inklusive ekonomisk redovisning.",
              "2023-04-14: SKR lämnar en samlad rapport till Socialdepartementet."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Medel som inte har använts senast den 30 juni 2023 ska betalas tillbaka till SKR, som återför dem "
        "till staten. Medel för del 5 som inte betalas ut därför att prestationskravet inte uppfylls fördelas "
        "inte om till andra regioner.")
    d.add_heading("4. Fördelning per region (utdrag ur bilaga 1)", level=2)
    d.add_paragraph("Tabell 2. Regionernas andel av de 1 000 miljoner kronorna 2022 (miljoner kronor)")
    rows = [("Region", "Del 1–4", "Del 5", "Totalt"),
            ("Region Stockholm", "185,9", "54,6", "240,5"),
            ("Region Uppsala", "29,8", "8,8", "38,6"),
            ("Region Jönköpings län", "27,1", "7,9", "35,0"),
            ("Region Kronoberg", "15,7", "4,6", "20,3"),
            ("Region Västernorrland", "18,1", "5,3", "23,4")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("5. Frågor", level=2)
    d.add_paragraph(
        "Frågor om del 1, 2 och 4 besvaras av Johan Ekström, tfn 08-452 77 31. Frågor om del 3 och 5 samt om "
        "utbetalningarna besvaras av Sofia Lindqvist, tfn 08-452 76 09.")
    d.add_paragraph("Sveriges Kommuner och Regioner\nAvdelningen för vård och omsorg\n\nHelena Brodin\nAvdelningschef")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
