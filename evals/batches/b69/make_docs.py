"""Generates the PDF and DOCX test documents of batch b69 (reportlab + python-docx)."""
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
    path = DOCS / "b69-vgr-2018-rapport-forsakringsmedicinsk-utbildning-lakare.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4,
                            title="Försäkringsmedicinsk utbildning för läkare i VGR 2015–2017",
                            author="Västra Götalandsregionen", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731

    def table(rows, widths):
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("BACKGROUND", (0, -1), (-1, -1), colors.whitesmoke),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
        s.append(t)
        s.append(Spacer(1, 8))

    P(MARK)
    P("Västra Götalandsregionen<br/>Koncernkontoret, Sektor hälso- och sjukvård")
    P("RAPPORT<br/>Datum: 2018-03-15<br/>Diarienummer: RS 2018-00412<br/>"
      "Mottagare: Regionstyrelsen, för kännedom")
    P("Försäkringsmedicinsk utbildning för läkare i Västra Götalandsregionen 2015–2017", h1)
    P("Uppföljning av kompetenssatsningen i försäkringsmedicin inom överenskommelsen om en kvalitetssäker "
      "och effektiv sjukskrivnings- och rehabiliteringsprocess")
    P("Sammanfattning", h2)
    P("Under perioden 2015–2017 har sammanlagt 1 564 läkare anställda i regionens egna förvaltningar deltagit "
      "i någon av de försäkringsmedicinska utbildningar som Västra Götalandsregionen erbjuder. Antalet deltagare "
      "ökade från 387 år 2015 till 644 år 2017, en ökning med 66 procent. Därutöver deltog 176 läkare från "
      "privata vårdcentraler inom VG Primärvård, varav 77 under 2017.")
    P("Vid utgången av 2017 hade 71 procent av de sjukintygsskrivande läkarna i Närhälsan och 58 procent av "
      "de sjukintygsskrivande läkarna i sjukhusförvaltningarna gått grundkursen. Regionens mål är att minst "
      "80 procent ska ha gått grundkursen senast den 31 december 2018.")
    P("1. Bakgrund och uppdrag", h2)
    P("Kompetenssatsning i försäkringsmedicin har under flera år ingått i överenskommelserna mellan staten och "
      "Sveriges Kommuner och Landsting (SKL) om sjukskrivningsprocessen, och är ett av utvecklingsområdena i "
      "den tvååriga överenskommelsen för 2017–2018. Regionstyrelsen antog den 9 december 2014 en handlingsplan "
      "för försäkringsmedicinsk kompetensutveckling 2015–2018 (RS 2014-05217). Denna rapport följer upp "
      "handlingsplanens tre första år.")
    P("Med sjukintygsskrivande läkare avses i denna rapport en läkare som har utfärdat minst fem läkarintyg "
      "för sjukpenning under de senaste tolv månaderna. Uppgifterna om deltagare kommer från regionens "
      "utbildningsadministration och avser unika deltagare per år och kurs.")
    P("2. Utbildningsutbudet", h2)
    P("1. Försäkringsmedicinsk grundkurs (FM-grund). En lärarledd heldag för alla läkare som utfärdar sjukintyg. "
      "Kursen föregås av Socialstyrelsens och Försäkringskassans webbutbildning, som tar cirka tre timmar.")
    P("2. Fördjupningskurs i försäkringsmedicin (FM-fördjupning). Två halvdagar för specialister och "
      "ST-läkare i allmänmedicin, psykiatri och ortopedi.")
    P("3. Försäkringsmedicin för ST-läkare (FM-ST). Tre kursdagar, obligatorisk för ST-läkare i "
      "allmänmedicin sedan 2016.")
    P("4. Workshop Sjukskrivning vid psykisk ohälsa (FM-psyk). En halvdag, införd hösten 2017.")
    P("Tabell 1. Antal läkare som deltagit i försäkringsmedicinsk utbildning per förvaltning och år", h2)
    table([["Förvaltning", "2015", "2016", "2017", "Totalt"],
           ["Sahlgrenska Universitetssjukhuset", "142", "188", "231", "561"],
           ["Södra Älvsborgs Sjukhus", "48", "71", "86", "205"],
           ["Skaraborgs Sjukhus", "39", "55", "64", "158"],
           ["NU-sjukvården", "44", "60", "73", "177"],
           ["Sjukhusen i väster", "12", "19", "22", "53"],
           ["Närhälsan", "96", "131", "157", "384"],
           ["Angereds Närsjukhus", "6", "9", "11", "26"],
           ["Summa", "387", "533", "644", "1 564"]],
          [6.4 * cm, 2 * cm, 2 * cm, 2 * cm, 2.2 * cm])
    P("Tabell 2. Deltagare 2017 per kurs", h2)
    table([["Kurs", "Deltagare 2017"],
           ["FM-grund", "402"], ["FM-fördjupning", "118"], ["FM-ST", "74"], ["FM-psyk", "50"],
           ["Summa", "644"]],
          [6.4 * cm, 3.2 * cm])
    P("3. Resultat", h2)
    P("Sahlgrenska Universitetssjukhuset hade flest deltagare samtliga år, vilket speglar förvaltningens storlek. "
      "I Närhälsan, där merparten av sjukintygen i primärvården utfärdas, ökade antalet deltagare från 96 år "
      "2015 till 157 år 2017. Grundkursen FM-grund svarade för närmare två tredjedelar av deltagarna 2017.")
    P("I kursutvärderingarna 2017 angav 88 procent av deltagarna i FM-grund att kursen hade stor eller mycket "
      "stor nytta för det dagliga arbetet. Andelen läkarintyg från Närhälsan som Försäkringskassan begärde "
      "komplettering av minskade från 14 procent 2015 till 9 procent 2017.")
    P("4. Kostnader", h2)
    P("Kostnaden för utbildningarna uppgick 2017 till drygt 4,2 miljoner kronor, varav 2,9 miljoner kronor "
      "avsåg kursavgifter och lärararvoden och 1,3 miljoner kronor ersättning till förvaltningarna för "
      "läkarnas frånvaro från klinisk tjänst. År 2016 var kostnaden 3,1 miljoner kronor. Kostnaderna har "
      "finansierats med statsbidrag inom överenskommelsen.")
    P("5. Fortsatt arbete 2018", h2)
    P("1. Förvaltningarna ska nå målet om 80 procent senast den 31 december 2018.<br/>"
      "2. FM-grund ges vid tolv tillfällen under 2018, i Göteborg, Borås, Skövde och Trollhättan.<br/>"
      "3. FM-psyk utökas till samtliga förvaltningar från och med hösten 2018.<br/>"
      "4. En slutrapport om handlingsplanen lämnas till regionstyrelsen senast den 28 februari 2019.")
    P("6. Kontakt", h2)
    P("Anna-Karin Bergqvist, försäkringsmedicinsk samordnare, tfn 010-441 52 38<br/>"
      "Johan Ekelund, överläkare och försäkringsmedicinskt ansvarig läkare, tfn 010-441 60 12")
    P("Västra Götalandsregionen<br/>Koncernkontoret<br/><br/>Margareta Lindholm<br/>"
      "Chef Sektor hälso- och sjukvård")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b69-norrbotten-2020-beslut-statsbidrag-rehabkoordinatorer.docx"
    d = Document()
    d.core_properties.title = "Beslut om fördelning av statsbidrag för rehabkoordinatorer 2020"
    d.core_properties.author = "Region Norrbotten"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Norrbotten\nHälso- och sjukvårdsförvaltningen")
    d.add_paragraph("BESLUT\nDatum: 2020-03-26\nDiarienummer: 00847-2020\nBeslutsfattare: Hälso- och "
                    "sjukvårdsdirektör")
    d.add_heading("Fördelning av statsbidrag för rehabkoordinatorer i primärvården och psykiatrin 2020",
                  level=1)
    d.add_heading("Beslut", level=2)
    d.add_paragraph(
        "Hälso- och sjukvårdsdirektören beslutar att fördela 6 850 000 kronor av statsbidraget för "
        "koordineringsinsatser för sjukskrivna patienter år 2020 enligt tabell 1 och avsnitt 3 i detta beslut.")
    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph(
        "Lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter trädde i kraft den 1 februari 2020. "
        "Lagen innebär att regionen ska erbjuda koordineringsinsatser till patienter som behöver det för att "
        "kunna återgå i arbete eller annan sysselsättning. Tidigare har funktionen för koordinering finansierats "
        "genom de årliga överenskommelserna mellan staten och SKL, numera Sveriges Kommuner och Regioner (SKR).")
    d.add_paragraph(
        "Region Norrbottens andel av statsbidraget för koordineringsinsatser uppgår för 2020 till knappt "
        "6,9 miljoner kronor, beräknat efter regionens andel av befolkningen. Medlen är avsedda för "
        "rehabkoordinatorer, det vill säga den funktion på hälsocentralen eller mottagningen som samordnar "
        "insatser kring den sjukskrivne patienten internt och med arbetsgivare, Försäkringskassan och "
        "Arbetsförmedlingen.")
    d.add_heading("2. Fördelningsmodell", level=2)
    d.add_paragraph(
        "Varje hälsocentral i egen regi får ett grundbelopp om 100 000 kronor. Resterande medel till "
        "hälsocentralerna fördelas efter antalet listade invånare den 1 januari 2020. Beloppen är avrundade "
        "till hela tusental kronor.")
    d.add_heading("Tabell 1. Fördelning per hälsocentral 2020", level=3)
    rows = [("Hälsocentral", "Listade 2020-01-01", "Belopp 2020 (kr)"),
            ("Hertsöns hälsocentral, Luleå", "14 200", "500 000"),
            ("Björkskatans hälsocentral, Luleå", "12 900", "463 000"),
            ("Örnäsets hälsocentral, Luleå", "11 300", "418 000"),
            ("Gibraltar hälsocentral, Luleå", "9 800", "376 000"),
            ("Bergnäsets hälsocentral, Luleå", "8 600", "342 000"),
            ("Piteå centrum hälsocentral", "13 500", "480 000"),
            ("Öjebyns hälsocentral, Piteå", "10 200", "387 000"),
            ("Bodens hälsocentral", "15 100", "525 000"),
            ("Kalix hälsocentral", "11 800", "432 000"),
            ("Kiruna hälsocentral", "16 400", "565 000"),
            ("Gällivare hälsocentral", "12 100", "441 000"),
            ("Haparanda hälsocentral", "7 300", "306 000"),
            ("Älvsbyns hälsocentral", "6 600", "286 000"),
            ("Arvidsjaurs hälsocentral", "5 800", "263 000"),
            ("Jokkmokks hälsocentral", "4 100", "216 000"),
            ("Summa hälsocentraler", "159 700", "6 000 000")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("3. Övriga medel", level=2)
    for t in ["Specialistpsykiatrins fyra vuxenpsykiatriska öppenvårdsmottagningar får sammanlagt 700 000 "
              "kronor, fördelat lika mellan mottagningarna.",
              "150 000 kronor behålls centralt för grundutbildning och nätverksträffar för rehabkoordinatorerna."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("4. Villkor för hälsocentralerna", level=2)
    for t in ["Hälsocentralen ska ha utsett en namngiven rehabkoordinator senast den 30 april 2020.",
              "Rehabkoordinatorn ska ha genomgått regionens grundutbildning för rehabkoordinatorer senast den "
              "30 september 2020.",
              "Hälsocentralen ska kvartalsvis rapportera antalet patienter som fått koordineringsinsatser, "
              "fördelat på kvinnor och män.",
              "Medel som inte har använts för koordineringsinsatser vid årets slut återförs till "
              "hälso- och sjukvårdsförvaltningen."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("5. Utbetalning och redovisning", level=2)
    d.add_paragraph(
        "Medlen betalas ut i två delar. 60 procent betalas ut i april 2020 och resterande 40 procent i "
        "oktober 2020, efter att hälsocentralen har lämnat en delårsredovisning senast den 15 september 2020. "
        "En slutlig redovisning av 2020 års insatser lämnas senast den 31 januari 2021.")
    d.add_heading("Beslutets giltighet", level=2)
    d.add_paragraph("Beslutet gäller för verksamhetsåret 2020 och kan inte överklagas.")
    d.add_paragraph("Luleå den 26 mars 2020")
    d.add_paragraph("Anders Lindgren\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Föredragande: Maria Pekkari, utvecklingsledare sjukskrivning och rehabilitering, "
                    "tfn 0920-28 41 56")
    d.add_paragraph("Beslutet skickas till: Verksamhetschefer hälsocentraler, Divisionschef psykiatri, "
                    "Ekonomienheten")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
