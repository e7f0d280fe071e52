"""Generates the PDF and DOCX test documents of batch b54 (reportlab + python-docx)."""
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
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    return t


def make_pdf() -> None:
    path = DOCS / "b54-kronoberg-2015-verksamhetsplan-rehabiliteringsgarantin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Verksamhetsplan 2015 rehabiliteringsgarantin",
                            author="Region Kronoberg", leftMargin=2.0 * cm, rightMargin=2.0 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Kronoberg")
    P("Hälsovalsenheten, Primärvårdsavdelningen<br/>Datum: 2015-04-21<br/>Diarienummer: 15RK0488<br/>"
      "Fastställd av nämnden för folkhälsa och sjukvård den 7 maj 2015, § 43")
    P("Verksamhetsplan 2015 för rehabiliteringsgarantin i primärvården", h1)
    P("1. Inledning", h2)
    P("Regeringen och Sveriges Kommuner och Landsting (SKL) har träffat en överenskommelse om "
      "rehabiliteringsgarantin för 2015. Nationellt kan landstingen och regionerna ta del av högst 712 miljoner "
      "kronor. Region Kronoberg bildades den 1 januari 2015 när Landstinget Kronoberg och Regionförbundet "
      "södra Småland slogs samman, och detta är därför regionens första verksamhetsplan för garantin.")
    P("Planen beskriver vilka volymer primärvården och smärtrehabiliteringen planerar per kvartal, vad de "
      "utförande enheterna ersätts med per insats och hur rapporteringen till Försäkringskassan går till. "
      "I planen används förkortningarna KBT (kognitiv beteendeterapi), IPT (interpersonell psykoterapi), "
      "MMR1 (multimodal rehabilitering i primärvården) och MMR2 (multimodal rehabilitering i den "
      "specialiserade vården). CLV står för Centrallasarettet Växjö.")
    P("2. Målgrupp och villkor", h2)
    P("Garantin gäller kvinnor och män i åldern 16–67 år som har en arbetsförmåga att bevara eller återfå. "
      "Innan en behandling påbörjas ska vården ha gjort och dokumenterat en medicinsk bedömning.")
    P("a) KBT eller IPT erbjuds vid lindrig till medelsvår ångest, depression eller stressrelaterad ohälsa.<br/>"
      "b) MMR erbjuds vid långvarig smärta i nacke, axlar eller rygg som har varat i minst tre månader.<br/>"
      "c) En KBT- eller IPT-behandling räknas i Region Kronoberg som avslutad först när patienten har fått "
      "minst fem behandlingstillfällen.<br/>"
      "d) En MMR1-insats ska pågå i minst sex veckor och genomföras av minst tre yrkesprofessioner.")
    P("3. Utfall 2014", h2)
    P("Under 2014 rapporterade dåvarande Landstinget Kronoberg 702 avslutade KBT-behandlingar, 48 "
      "IPT-behandlingar, 98 MMR1-insatser och 31 MMR2-insatser. Målet för IPT, 60 behandlingar, nåddes inte. "
      "Den statliga ersättningen för 2014 blev 12,8 miljoner kronor.")
    P("4. Planerade volymer och ersättning per insats 2015", h2)
    P("Tabell 1. Planerade volymer per kvartal och ersättning per insats 2015")
    rows = [["Insats", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Summa 2015", "Statlig ers./insats (kr)",
             "Ers. till enhet/insats (kr)"],
            ["KBT", "180", "210", "150", "220", "760", "12 000", "9 500"],
            ["IPT", "15", "20", "10", "25", "70", "12 000", "9 500"],
            ["MMR1", "30", "35", "20", "40", "125", "25 000", "20 000"],
            ["MMR2", "8", "10", "6", "12", "36", "45 000", "38 000"],
            ["Summa", "233", "275", "186", "297", "991", "", ""]]
    s.append(_table(rows, [1.6 * cm, 1.2 * cm, 1.2 * cm, 1.2 * cm, 1.2 * cm, 2.0 * cm, 3.6 * cm, 3.8 * cm]))
    s.append(Spacer(1, 8))
    P("Volymerna är lägre under tredje kvartalet på grund av semesterperioden. Ersättningen till enheten "
      "betalas per avslutad och rapporterad insats.")
    P("Tabell 2. Budget 2015 för rehabiliteringsgarantin (kronor)")
    rows2 = [["Post", "Belopp (kr)"],
             ["Statlig ersättning vid full måluppfyllelse", "14 705 000"],
             ["Ersättning till vårdcentraler för KBT och IPT", "7 885 000"],
             ["Ersättning till MMR1-team", "2 500 000"],
             ["Ersättning till smärtrehabiliteringen CLV (MMR2)", "1 368 000"],
             ["Utbildning i KBT för vårdcentralspersonal", "1 200 000"],
             ["Processledning och uppföljning", "900 000"],
             ["Reserv", "852 000"]]
    s.append(_table(rows2, [10 * cm, 4 * cm]))
    s.append(Spacer(1, 8))
    P("Den statliga ersättningen beräknas till knappt 14,7 miljoner kronor om samtliga planerade insatser "
      "genomförs och rapporteras. Skillnaden mellan den statliga ersättningen och ersättningen till enheterna, "
      "knappt tre miljoner kronor, används till utbildning, processledning och en reserv.")
    P("5. Utförare", h2)
    P("KBT och IPT erbjuds vid samtliga 33 vårdcentraler inom Vårdval Kronoberg, både regiondrivna och "
      "privata. MMR1 ges av fyra team: vid vårdcentralerna i Ljungby, Alvesta och Markaryd samt vid "
      "Vårdcentralen Teleborg i Växjö. MMR2 ges vid smärtrehabiliteringen på CLV.")
    P("6. Rapportering och tidplan", h2)
    P("Enheterna registrerar avslutade insatser i regionens uppföljningssystem. Hälsovalsenheten sammanställer "
      "och rapporterar till Försäkringskassan vid fyra tillfällen: den 29 april 2015, den 29 augusti 2015, "
      "den 31 oktober 2015 och den 31 mars 2016. Enheterna ska ha registrerat sina insatser senast tio "
      "dagar före respektive rapporteringsdatum. Ersättningen till enheterna betalas ut månaden efter att "
      "Försäkringskassan har betalat ut den statliga ersättningen till regionen.")
    P("7. Uppföljning", h2)
    P("Målet är att minst 80 procent av patienterna som avslutar KBT eller IPT ska ha skattats med PHQ-9 "
      "eller GAD-7 både vid start och vid avslut. Planen följs upp i delårsrapporten per augusti och i "
      "årsredovisningen för 2015.")
    P("Kontakt", h2)
    P("Annika Fransson, processledare rehabiliteringsgarantin, Hälsovalsenheten, tfn 0470-58 62 14<br/>"
      "Jonas Ekdahl, controller, Primärvårdsavdelningen, tfn 0470-58 71 39")
    P("Region Kronoberg<br/><br/>Christina Sandell<br/>Primärvårdsdirektör")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b54-blekinge-2013-tjansteskrivelse-sjukskrivningsmiljarden.docx"
    d = Document()
    d.core_properties.title = "Tjänsteskrivelse: användning av sjukskrivningsmiljarden 2013"
    d.core_properties.author = "Landstinget Blekinge"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget Blekinge\nHälso- och sjukvårdsförvaltningen")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2013-03-12\nDiarienummer: 2013/00347\n"
                    "Handläggare: Mats Ohlsson, utvecklingsstrateg\nTill: Landstingsstyrelsen")
    d.add_heading("Användning av Landstinget Blekinges andel av sjukskrivningsmiljarden 2013", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Landstingsstyrelsen föreslås besluta")
    d.add_paragraph("att godkänna förslag 1–3 nedan om användningen av landstingets andel av medlen för 2013, "
                    "sammanlagt 15,8 miljoner kronor,")
    d.add_paragraph("att uppdra åt hälso- och sjukvårdsdirektören att redovisa utfallet till landstingsstyrelsen "
                    "senast den 30 november 2013.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Sedan 2006 har regeringen och Sveriges Kommuner och Landsting (SKL) varje år tecknat en överenskommelse "
        "om att stimulera landstingen att prioritera sjukskrivningsfrågorna. Överenskommelsen kallas i dagligt tal "
        "sjukskrivningsmiljarden. För 2013 gäller överenskommelsen om en kvalitetssäker och effektiv "
        "sjukskrivningsprocess, som träffades den 20 december 2012.")
    d.add_paragraph(
        "Landstinget Blekinges andel av medlen beräknas till 15,8 miljoner kronor för 2013, vilket kan jämföras "
        "med 14,9 miljoner kronor för 2012. Hälften av beloppet betalas ut i maj 2013. Resterande del betalas ut "
        "i februari 2014, under förutsättning att landstinget uppfyller villkoren i överenskommelsen.")
    d.add_paragraph(
        "I denna skrivelse avses med sjukskrivningskoordinator en medarbetare på vårdcentralen eller i psykiatrins "
        "öppenvård som stödjer den sjukskrivna patienten, samordnar insatser inom vården och är kontaktperson "
        "för Försäkringskassan och arbetsgivaren. Funktionen kallas på flera håll rehabkoordinator.")
    d.add_heading("Nuläge", level=2)
    for t in ["Länet har 24 vårdcentraler, varav 15 drivs av landstinget och 9 av privata vårdgivare.",
              "I dag finns 16 sjukskrivningskoordinatorer som tillsammans motsvarar 7,5 heltidstjänster.",
              "Vid utgången av 2012 hade 62 procent av distriktsläkarna genomgått grundkursen i "
              "försäkringsmedicin.",
              "Sjukpenningtalet i Blekinge var 11,2 dagar i december 2012, jämfört med 9,4 dagar i riket."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Förslag", level=2)
    d.add_paragraph(
        "Förslag 1. Sjukskrivningskoordinatorer på samtliga vårdcentraler och i psykiatrins öppenvård – "
        "6,2 miljoner kronor. Antalet koordinatorer utökas till 20, motsvarande 9,5 heltidstjänster. Enheterna "
        "ersätts med 650 000 kronor per heltidstjänst och år.", style="List Number")
    d.add_paragraph(
        "Förslag 2. Kompetenssatsning i försäkringsmedicin – 2,4 miljoner kronor. Grundkursen ges till ytterligare "
        "80 läkare och fördjupningskursen till 25 läkare. En försäkringsmedicinsk rådgivare anställs på "
        "halvtid vid Blekingesjukhuset.", style="List Number")
    d.add_paragraph(
        "Förslag 3. Utvecklingsfond för sjukskrivningsprocessen – 7,2 miljoner kronor. Verksamheterna kan söka "
        "medel för bland annat elektroniska läkarintyg, tidiga insatser vid psykisk ohälsa och samverkan med "
        "arbetsgivare. Ansökan ska ha kommit in senast den 31 maj 2013 och beslut fattas av hälso- och "
        "sjukvårdsdirektören.", style="List Number")
    tab = d.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    for r in [("Förslag", "Belopp 2013 (mnkr)"), ("1. Sjukskrivningskoordinatorer", "6,2"),
              ("2. Kompetenssatsning i försäkringsmedicin", "2,4"),
              ("3. Utvecklingsfond för sjukskrivningsprocessen", "7,2"), ("Summa", "15,8")]:
        cells = tab.add_row().cells
        cells[0].text, cells[1].text = r
    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph(
        "Om landstinget inte uppfyller villkoren kan upp till 7,9 miljoner kronor, det vill säga den del som "
        "betalas ut i februari 2014, utebli. I så fall minskas förslag 3 i första hand, medan förslag 1 och 2 "
        "prioriteras.")
    d.add_heading("Samverkan", level=2)
    d.add_paragraph("Ärendet har behandlats i förvaltningens samverkansgrupp den 5 mars 2013.")
    d.add_paragraph("Peter Lindvall\nLandstingsdirektör")
    d.add_paragraph("Eva Mårtensson\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Beslutet skickas till: Primärvårdens ledningsgrupp, Psykiatrins ledning, "
                    "Ekonomiavdelningen, Försäkringskassan Blekinge")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
