"""Generates the PDF and DOCX test documents of batch b46 (reportlab + python-docx)."""
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
    path = DOCS / "b46-skl-2019-pm-uppfoljning-funktion-for-koordinering.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="PM Uppföljning av funktion för koordinering 2017–2019",
                            author="Sveriges Kommuner och Landsting", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Sveriges Kommuner och Landsting")
    P("PM")
    P("Datum: 2019-10-15<br/>Dnr: 19/01873<br/>Avdelningen för vård och omsorg<br/>"
      "Sektionen för hälsa och jämställdhet<br/>Handläggare: Johanna Ekström, Pär Wiklund")
    P("Uppföljning av villkoret om funktion för koordinering – utbetalda medel 2017–2019 och antal "
      "koordinatorer per region", h1)
    P("1. Bakgrund", h2)
    P("I överenskommelsen mellan staten och SKL om en kvalitetssäker och effektiv sjukskrivnings- och "
      "rehabiliteringsprocess 2017–2018 ingick ett villkor om funktion för koordinering (villkor 2). "
      "Villkoret innebar att varje vårdcentral och varje psykiatrisk öppenvårdsmottagning för vuxna skulle "
      "erbjuda sjukskrivna patienter stöd av en rehabiliteringskoordinator, i denna PM kallad koordinator. "
      "För villkoret avsattes 300 miljoner kronor för vart och ett av åren 2017 och 2018, fördelat mellan "
      "landstingen efter befolkningsandel.")
    P("För 2019 har regeringen och SKL träffat en ettårig överenskommelse där 340 miljoner kronor avsatts för "
      "koordinering. Medlen för 2019 betalades ut i en enda utbetalning den 28 juni 2019 utan prestationskrav, "
      "i avvaktan på att ett lagstadgat ansvar för koordineringsinsatser införs. Regeringen har föreslagit att "
      "lagen om koordineringsinsatser för sjukskrivna patienter ska träda i kraft den 1 februari 2020.")
    P("Sedan den 1 januari 2019 är samtliga landsting regioner. I denna PM används därför genomgående "
      "benämningen region, även för åren 2017 och 2018.")
    P("Med årsarbetare avses i denna PM den sammanlagda tjänstgöringsgraden i koordinatorsuppdraget. "
      "Två koordinatorer som vardera har halva sin tjänst som koordinator räknas alltså som en årsarbetare.")
    P("2. Kraven i villkoret för 2018", h2)
    P("För att få hela beloppet för 2018 skulle regionen uppfylla följande krav:")
    for t in ["1. Samtliga vårdcentraler och psykiatriska öppenvårdsmottagningar för vuxna ska ha tillgång till "
              "en koordinator senast den 30 juni 2018.",
              "2. Koordinatorns uppdrag ska vara beskrivet i en skriftlig uppdragsbeskrivning som är förankrad hos "
              "verksamhetschefen.",
              "3. Regionen ska redovisa antalet koordinatorer, i personer och årsarbetare, per den 1 oktober 2018.",
              "4. Regionen ska redovisa hur koordinatorerna har samverkat med arbetsgivare och Försäkringskassan."]:
        P(t)
    P("Redovisningen skulle lämnas till SKL senast den 14 december 2018. Hälften av beloppet betalades ut i "
      "förskott den 27 april 2018 och resterande del den 22 februari 2019, efter SKL:s granskning.")
    P("3. Utbetalda medel och antal koordinatorer", h2)
    P("För 2017 uppfyllde samtliga regioner villkoret och hela beloppet på 300 miljoner kronor betalades ut. "
      "För 2018 uppfyllde 19 av 21 regioner villkoret fullt ut. Region Blekinge och Region Norrbotten hade "
      "inte koordinator vid samtliga enheter den 30 juni 2018 och fick därför ett avdrag på den slutliga "
      "utbetalningen. Region Blekinge fick 3,5 miljoner kronor av möjliga 4,7 miljoner kronor och Region "
      "Norrbotten 6,2 miljoner kronor av möjliga 7,4 miljoner kronor. Av de 300 miljoner kronor som var "
      "möjliga för 2018 betalades därmed 297,6 miljoner kronor ut.")
    P("Tabell 1 visar de åtta regioner som ingick i uppföljningens fördjupningsdel.")
    P("Tabell 1. Utbetalda medel för funktion för koordinering (miljoner kronor) och antal koordinatorer "
      "den 1 oktober 2018", h2)
    rows = [["Region", "2017", "2018", "2019", "Personer", "Årsarbetare"],
            ["Region Uppsala", "10,8", "10,9", "12,5", "46", "28,5"],
            ["Region Östergötland", "13,6", "13,5", "15,4", "62", "41,0"],
            ["Region Jönköpings län", "10,6", "10,6", "12,0", "51", "33,5"],
            ["Region Kalmar län", "7,3", "7,2", "8,2", "31", "19,0"],
            ["Region Blekinge", "4,7", "3,5", "5,3", "17", "9,5"],
            ["Region Värmland", "8,4", "8,3", "9,4", "38", "24,0"],
            ["Region Gävleborg", "8,5", "8,5", "9,5", "35", "22,5"],
            ["Region Norrbotten", "7,5", "6,2", "8,3", "26", "14,0"],
            ["Summa, åtta regioner", "71,4", "68,7", "80,6", "306", "192,0"]]
    t = Table(rows, colWidths=[5.0 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, 2.0 * cm, 2.4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("I hela landet fanns den 1 oktober 2018 sammanlagt 1 043 personer med koordinatorsuppdrag, motsvarande "
      "612 årsarbetare. Ett år tidigare, den 1 oktober 2017, var antalet 468 årsarbetare. Det innebär i "
      "genomsnitt drygt sex årsarbetare per 100 000 invånare.")
    P("Tabell 2. Koordinatorernas yrkesbakgrund den 1 oktober 2018 (andel av personerna, procent)", h2)
    rows2 = [["Yrkesbakgrund", "Andel"], ["Sjuksköterska", "46"], ["Arbetsterapeut", "18"],
             ["Kurator eller psykolog", "15"], ["Fysioterapeut", "14"], ["Övriga", "7"]]
    t2 = Table(rows2, colWidths=[6.0 * cm, 2.0 * cm])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t2)
    s.append(Spacer(1, 8))
    P("4. Iakttagelser", h2)
    for t in ["1. I genomsnitt hade en årsarbetare ansvar för 9 800 listade invånare, men spridningen mellan "
              "regionerna var stor, från 6 100 till 15 400 listade per årsarbetare.",
              "2. Kontakterna med arbetsgivare har ökat. 71 procent av koordinatorerna uppgav att de minst en gång "
              "per månad haft kontakt med en patients arbetsgivare, jämfört med 52 procent 2017.",
              "3. Funktionen är mindre utbyggd i psykiatrin. 84 procent av de psykiatriska "
              "öppenvårdsmottagningarna hade koordinator, jämfört med 99 procent av vårdcentralerna.",
              "4. Många koordinatorer har uppdraget som en mindre del av sin tjänst. Hälften av koordinatorerna "
              "hade mindre än 40 procent av sin tjänst avsatt för uppdraget."]:
        P(t)
    P("5. Fortsatt arbete", h2)
    P("SKL tar fram ett stödmaterial om koordineringsinsatser inför lagens ikraftträdande. Stödmaterialet "
      "publiceras senast den 15 december 2019. Nästa uppföljning av antalet koordinatorer görs per den "
      "1 oktober 2020.")
    P("6. Kontakt", h2)
    P("Johanna Ekström, handläggare, tfn 08-452 79 34<br/>Pär Wiklund, handläggare, tfn 08-452 72 66")
    doc.build(s)


KALMAR_ROWS = [("Hälsocentralen Berga", 7420), ("Hälsocentralen Lindsdal", 6880),
               ("Hälsocentralen Smedby", 5950), ("Hälsocentralen Nybro", 8310),
               ("Hälsocentralen Emmaboda", 4120), ("Hälsocentralen Torsås", 3260),
               ("Hälsocentralen Oskarshamn", 9740), ("Hälsocentralen Mönsterås", 5480),
               ("Hälsocentralen Högsby", 2910), ("Hälsocentralen Vimmerby", 7050),
               ("Hälsocentralen Hultsfred", 6230), ("Hälsocentralen Västervik", 10460)]
PRIVATE_LISTED = 72060
GRUND, PER_LISTED = 60000, 46


def kr(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def make_docx() -> None:
    path = DOCS / "b46-kalmar-2017-beslut-fordelning-psykologisk-behandling.docx"
    d = Document()
    d.core_properties.title = "Fördelning av statliga medel för psykologisk behandling till hälsocentralerna 2017"
    d.core_properties.author = "Landstinget i Kalmar län"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget i Kalmar län\nLandstingsstyrelsen")
    d.add_paragraph("PROTOKOLLSUTDRAG\nSammanträdesdatum: 2017-03-29\n§ 62\nDnr: LS 2017/0412")
    d.add_heading("Fördelning av statliga stimulansmedel för psykologisk behandling till hälsocentralerna 2017",
                  level=1)
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting har träffat en överenskommelse om en kvalitetssäker och "
        "effektiv sjukskrivnings- och rehabiliteringsprocess för åren 2017–2018. I överenskommelsen ingår medel "
        "för rehabiliteringsinsatser vid lindrig och medelsvår psykisk ohälsa och långvarig smärta, som fördelas "
        "efter befolkningsandel. Landstinget i Kalmar län beräknas för 2017 få drygt tolv miljoner kronor för "
        "rehabiliteringsinsatser.")
    d.add_paragraph(
        "Hälso- och sjukvårdsförvaltningen föreslår att 8,4 miljoner kronor fördelas till hälsocentralerna för "
        "psykologisk behandling, att 2,9 miljoner kronor avsätts för multimodal rehabilitering (MMR1) vid "
        "länets tre rehabiliteringsteam och att 0,8 miljoner kronor behålls centralt för utbildning, "
        "uppföljning och handledning.")
    d.add_paragraph(
        "I detta beslut avses med hälsocentral en vårdenhet i primärvården som har avtal enligt vårdvalet "
        "i Kalmar län, oavsett om den drivs av landstinget eller av en privat vårdgivare. Med psykologisk "
        "behandling avses kognitiv beteendeterapi (KBT), interpersonell psykoterapi (IPT) och annan "
        "evidensbaserad psykologisk behandling enligt nationella riktlinjer.")
    d.add_heading("Fördelningsmodell", level=2)
    d.add_paragraph(
        "Varje hälsocentral får ett grundbelopp på 60 000 kronor. Därutöver fördelas ett rörligt belopp på "
        "46 kronor per listad invånare i åldern 16–67 år enligt listningen den 1 februari 2017. Länets 25 "
        "hälsocentraler hade sammanlagt 149 870 listade invånare i åldern 16–67 år.")
    d.add_heading("Tabell 1. Fördelning per hälsocentral 2017 (kronor)", level=3)
    rows = [("Hälsocentral", "Listade 16–67 år", "Grundbelopp", "Rörligt belopp", "Summa")]
    tot_l = tot_g = tot_r = 0
    for name, n in KALMAR_ROWS:
        rows.append((name, kr(n), kr(GRUND), kr(PER_LISTED * n), kr(GRUND + PER_LISTED * n)))
        tot_l += n
        tot_g += GRUND
        tot_r += PER_LISTED * n
    g = 13 * GRUND
    r = PER_LISTED * PRIVATE_LISTED
    rows.append(("Privata hälsocentraler (13 enheter)", kr(PRIVATE_LISTED), kr(g), kr(r), kr(g + r)))
    tot_l += PRIVATE_LISTED
    tot_g += g
    tot_r += r
    rows.append(("Summa", kr(tot_l), kr(tot_g), kr(tot_r), kr(tot_g + tot_r)))
    assert tot_l == 149870, tot_l
    tab = d.add_table(rows=0, cols=5)
    tab.style = "Table Grid"
    for row in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph(
        "Fördelningen för de privata hälsocentralerna framgår per enhet av bilaga 1, som inte återges i detta "
        "protokollsutdrag.")
    d.add_heading("Villkor för medlen och återrapportering", level=2)
    for t in ["Medlen får användas för psykologisk behandling av patienter i åldern 16–67 år med lindrig eller "
              "medelsvår depression, ångest eller stressrelaterad ohälsa, efter en dokumenterad medicinsk "
              "bedömning.",
              "Varje avslutad behandling ska registreras med KVÅ-kod i journalsystemet senast tio arbetsdagar "
              "efter avslut.",
              "Hälsocentralen ska rapportera antalet avslutade behandlingar, fördelat på kön och åldersgrupp, "
              "till hälso- och sjukvårdsförvaltningen per tertial: senast den 15 maj 2017, den 15 september 2017 "
              "och den 15 januari 2018.",
              "Målvärdet är en avslutad behandling per 100 listade invånare i åldern 16–67 år. En hälsocentral "
              "som har nått mindre än 60 procent av målvärdet den 31 december 2017 ska betala tillbaka en "
              "motsvarande andel av det rörliga beloppet.",
              "Medel som inte har använts under 2017 får inte föras över till 2018."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse från hälso- och sjukvårdsförvaltningen, 2017-03-08")
    d.add_heading("Landstingsstyrelsens beslut", level=2)
    for t in ["Fördelningen av statliga medel för psykologisk behandling till hälsocentralerna 2017 fastställs "
              "enligt tabell 1 och bilaga 1.",
              "Villkoren för medlen och återrapporteringen fastställs enligt ärendebeskrivningen.",
              "Medlen betalas ut till hälsocentralerna i två lika delar, i april och i oktober 2017.",
              "Hälso- och sjukvårdsdirektören får i uppdrag att återrapportera utfallet till landstingsstyrelsen "
              "senast den 28 februari 2018."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Vid protokollet\nEva Lindholm, sekreterare")
    d.add_paragraph("Justeras\nMalin Sjöberg (S), ordförande\nCarl-Johan Åkesson (M), justerare")
    d.add_paragraph("Utdragsbestyrkande: Eva Lindholm")
    d.add_paragraph("Expedieras till: Samtliga hälsocentraler, Primärvårdsledningen, Ekonomienheten, "
                    "Hälso- och sjukvårdsdirektören")
    d.add_paragraph("Upplysningar: Annika Fransson, utvecklingsstrateg, tfn 0480-846 12")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
