"""Generates the PDF and DOCX test documents of batch b44 (reportlab + python-docx)."""
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
    path = DOCS / "b44-vasterbotten-2021-arsredovisning-sjukskrivningsmedel.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Årsredovisning 2021, bilaga 6",
                            author="Region Västerbotten", leftMargin=2.0 * cm, rightMargin=2.0 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Västerbotten")
    P("Årsredovisning 2021 – utdrag")
    P("Diarienummer: RS 2022/118<br/>Godkänd av regionstyrelsen 2022-03-29, fastställd av regionfullmäktige "
      "2022-04-26, § 48")
    P("Bilaga 6. Statsbidrag för en effektiv och kvalitetssäker sjukskrivnings- och rehabiliteringsprocess", h1)
    P("6.1 Bakgrund", h2)
    P("Staten och Sveriges Kommuner och Regioner (SKR) har tecknat en överenskommelse om en effektiv och "
      "kvalitetssäker sjukskrivnings- och rehabiliteringsprocess för åren 2020–2021 och en ny överenskommelse "
      "för 2022. Medlen fördelas mellan regionerna efter befolkningsandel och betalas ut när villkoren i "
      "överenskommelsen är uppfyllda. Region Västerbotten uppfyllde samtliga villkor för både 2020 och 2021.")
    P("För 2020 fick regionen knappt tjugo miljoner kronor och för 2021 drygt tjugo miljoner kronor. "
      "Statsbidraget för 2022 beräknas till 17,4 miljoner kronor (Mkr). Hälso- och sjukvårdsnämnden (HSN) "
      "beslutar om fördelningen av medlen mellan insatserna.")
    P("6.2 Användning av medlen per insats", h2)
    P("Tabell 6.1. Budget och utfall per insats 2020–2022 (Mkr)", h2)
    rows = [["Insats", "Budget 2020", "Utfall 2020", "Budget 2021", "Utfall 2021", "Budget 2022"],
            ["1. Rehabkoordinatorer i primärvården", "6,2", "5,9", "6,5", "6,4", "6,8"],
            ["2. Rehabkoordinatorer i psykiatrin", "1,8", "1,2", "2,0", "1,9", "2,1"],
            ["3. Försäkringsmedicinsk utbildning", "1,5", "0,6", "1,4", "1,1", "1,2"],
            ["4. Internetbaserad KBT (iKBT)", "2,4", "2,9", "2,6", "2,7", "2,5"],
            ["5. Multimodal rehabilitering (MMR1)", "3,5", "2,8", "3,6", "3,3", "3,4"],
            ["6. Processledning och FMA", "1,9", "1,9", "2,0", "2,1", "2,0"],
            ["7. Elektroniskt informationsutbyte", "0,8", "0,3", "0,8", "0,6", "0,3"],
            ["8. Arbetsgivarsamverkan (pilot)", "1,0", "0,4", "1,0", "0,8", "0,5"],
            ["Summa kostnader", "19,1", "16,0", "19,9", "18,9", "18,8"],
            ["Statsbidrag", "19,1", "19,6", "19,9", "20,3", "17,4"],
            ["Överförda medel från föregående år", "–", "–", "–", "–", "1,4"],
            ["Resultat", "0,0", "3,6", "0,0", "1,4", "0,0"]]
    t = Table(rows, colWidths=[6.2 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm, 2.1 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("FMA = försäkringsmedicinskt ansvarig läkare. Budget 2022 avser den budget som HSN fastställde i "
      "december 2021.")
    P("6.3 Kommentarer per insats", h2)
    P("1. Rehabkoordinatorer i primärvården. Sedan den 1 februari 2020 är regionen skyldig att erbjuda "
      "koordineringsinsatser till sjukskrivna patienter enligt lagen (2019:1297) om koordineringsinsatser för "
      "sjukskrivna patienter. En rehabkoordinator är en person i vården som stödjer den sjukskrivna patienten "
      "och samordnar kontakterna med arbetsgivare, Försäkringskassan och andra aktörer. Vid utgången av 2021 "
      "fanns 44 rehabkoordinatorer vid regionens 36 hälsocentraler, motsvarande 26,5 årsarbetare. Utfallet 2020 "
      "blev lägre än budget på grund av vakanser vid hälsocentralerna i inlandet.")
    P("2. Rehabkoordinatorer i psykiatrin. Under första halvåret 2020 var två av fem tjänster vakanta, "
      "eftersom personal omfördelades till covid-19-vården. Samtliga tjänster var tillsatta under 2021.")
    P("3. Försäkringsmedicinsk utbildning. Alla utbildningar våren 2020 ställdes in på grund av pandemin och "
      "genomfördes digitalt från hösten 2020. Under 2021 deltog 212 läkare och 86 rehabkoordinatorer i "
      "regionens försäkringsmedicinska utbildningar.")
    P("4. Internetbaserad KBT. Utfallet översteg budget båda åren eftersom efterfrågan ökade under pandemin. "
      "Antalet patienter som påbörjade iKBT ökade från 1 410 under 2020 till 1 930 under 2021.")
    P("5. Multimodal rehabilitering. MMR1-team finns i Umeå, Skellefteå och Lycksele. Verksamheten gjorde "
      "uppehåll i tre månader våren 2020. Antalet patienter som avslutade MMR1 var 118 under 2020 och 164 "
      "under 2021.")
    P("6. Processledning och FMA. Insatsen omfattar en processledare på heltid och en försäkringsmedicinskt "
      "ansvarig läkare på halvtid.")
    P("7. Elektroniskt informationsutbyte. Införandet av den nya funktionen för digitala läkarintyg har "
      "försenats och beräknas vara klart under hösten 2022.")
    P("8. Arbetsgivarsamverkan. Piloten Tidig kontakt med arbetsgivare startade i september 2020 vid sex "
      "hälsocentraler och pågår till och med juni 2022.")
    P("6.4 Resultat och överförda medel", h2)
    P("Överskottet 2020, 3,6 Mkr, ingår i hälso- och sjukvårdsnämndens resultat för 2020. Av överskottet "
      "2021 har HSN beslutat att 1,4 Mkr förs över till 2022. Budgeten för 2022 bygger därför på det "
      "beräknade statsbidraget om 17,4 Mkr och 1,4 Mkr i överförda medel.")
    P("Kontaktpersoner: Jenny Marklund, controller, Hälso- och sjukvårdsförvaltningen, tfn 090-785 34 12; "
      "Fredrik Öhman, processledare sjukskrivning och rehabilitering, tfn 090-785 51 09.")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b44-ostergotland-2019-projektplan-natverk-rehabkoordinatorer.docx"
    d = Document()
    d.core_properties.title = "Projektplan Nätverk för rehabkoordinatorer i primärvården 2019–2021"
    d.core_properties.author = "Region Östergötland"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Östergötland\nPrimärvårdscentrum")
    d.add_paragraph("PROJEKTPLAN\nVersion 1.2\nDatum: 2019-05-14\nDiarienummer: RÖ 2019-01234")
    d.add_heading("Nätverk för rehabkoordinatorer i primärvården 2019–2021", level=1)
    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph(
        "Från den 1 februari 2020 ska regionerna enligt lag erbjuda koordineringsinsatser till sjukskrivna "
        "patienter. I dag har 29 av regionens 42 vårdcentraler en utsedd rehabkoordinator, men arbetssätt, "
        "dokumentation och tid för uppdraget skiljer sig mycket åt. Koordinatorerna saknar också ett forum för "
        "erfarenhetsutbyte. Projektet ska bygga upp ett regiongemensamt nätverk för rehabkoordinatorer i de tre "
        "länsdelarna: centrala, östra och västra Östergötland.")
    d.add_paragraph(
        "Med rehabkoordinator avses i denna plan en medarbetare vid vårdcentralen, oftast arbetsterapeut, "
        "fysioterapeut eller sjuksköterska, som har i uppdrag att stödja sjukskrivna patienter och samordna "
        "vårdens kontakter med arbetsgivare, Försäkringskassan och Arbetsförmedlingen.")
    d.add_heading("2. Mål", level=2)
    for t in ["Mål 1: Samtliga 42 vårdcentraler har en utsedd rehabkoordinator senast den 31 januari 2020.",
              "Mål 2: Minst 80 procent av de patienter som erbjuds koordineringsinsats får kontakt med "
              "rehabkoordinatorn inom 14 dagar efter att behovet identifierats, senast den 31 december 2020.",
              "Mål 3: Samtliga rehabkoordinatorer har genomgått grundutbildningen senast den 30 juni 2020.",
              "Mål 4: Nätverket träffas fyra gånger per år i varje länsdel."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("3. Tidplan och milstolpar", level=2)
    for t in ["M1 – 2019-06-03: Projektstart. Projektledaren tillträder.",
              "M2 – 2019-09-30: Kartläggningen av koordineringsresurser vid samtliga vårdcentraler är klar.",
              "M3 – 2019-11-15: Gemensam rutin och dokumentationsmall är fastställd.",
              "M4 – 2020-01-31: Samtliga vårdcentraler har en utsedd rehabkoordinator.",
              "M5 – 2020-06-30: Grundutbildningen är genomförd.",
              "M6 – 2020-12-31: Delutvärdering redovisas för styrgruppen.",
              "M7 – 2021-06-30: Slutrapport. Nätverket överlämnas till linjeorganisationen."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("4. Bemanning", level=2)
    d.add_paragraph("Projektorganisationen omfattar sammanlagt 2,55 årsarbetare (heltidstjänster):")
    for t in ["Projektledare: 1,0 årsarbetare.",
              "Nätverksledare, en per länsdel: 3 × 0,3 = 0,9 årsarbetare.",
              "Försäkringsmedicinskt ansvarig läkare (FMA): 0,2 årsarbetare.",
              "Statistiker för uppföljning: 0,25 årsarbetare.",
              "Administratör: 0,2 årsarbetare."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Rehabkoordinatorernas egen tid finansieras av vårdcentralerna och ingår inte i projektets budget. "
        "Kartläggningen i februari 2019 visade att koordinatorerna sammanlagt arbetade motsvarande 17,5 "
        "årsarbetare med uppdraget. Efter projektet beräknas behovet vara 31,5 årsarbetare.")
    d.add_heading("5. Budget", level=2)
    d.add_paragraph(
        "Projektets totala budget är 4,6 miljoner kronor för perioden juni 2019–juni 2021. Projektet "
        "finansieras med medel från överenskommelsen mellan staten och SKL om en effektiv och kvalitetssäker "
        "sjukskrivnings- och rehabiliteringsprocess.")
    d.add_heading("Tabell 1. Budget per år och kostnadsslag (tkr)", level=3)
    rows = [("Kostnadsslag", "2019 (jun–dec)", "2020", "2021 (jan–jun)", "Totalt"),
            ("Personal", "820", "1 650", "780", "3 250"),
            ("Utbildning", "150", "380", "60", "590"),
            ("Nätverksträffar och lokaler", "60", "150", "80", "290"),
            ("IT och uppföljningsverktyg", "120", "100", "30", "250"),
            ("Extern utvärdering", "0", "100", "120", "220"),
            ("Summa", "1 150", "2 380", "1 070", "4 600")]
    tab = d.add_table(rows=0, cols=5)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Den externa utvärderingen genomförs av Centrum för utvärdering vid Linköpings universitet.")
    d.add_heading("6. Projektorganisation och styrgrupp", level=2)
    d.add_paragraph("Projektägare: Ulrika Bergman, hälso- och sjukvårdsdirektör.")
    d.add_paragraph("Projektledare: Lotta Sjöberg, leg. arbetsterapeut och rehabkoordinator vid "
                    "Vårdcentralen Kärna.")
    d.add_paragraph("Styrgruppen består av:")
    for t in ["Karin Wennberg, primärvårdsdirektör, ordförande",
              "Magnus Lindqvist, verksamhetschef, Närsjukvården i centrala Östergötland",
              "Sara Eklöf Holm, verksamhetschef, Vårdcentralen Ljungsbro (representant för privata vårdgivare)",
              "Jonas Berggren, försäkringsmedicinskt ansvarig läkare (FMA)",
              "Annika Ström, HR-strateg",
              "Henrik Dahl, samverkansansvarig, Försäkringskassan (adjungerad)"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Styrgruppen sammanträder varannan månad. Första mötet hålls den 12 juni 2019.")
    d.add_heading("7. Risker", level=2)
    for t in ["Svårt att rekrytera rehabkoordinatorer vid små vårdcentraler i västra länsdelen.",
              "Vårdcentralerna avsätter inte tillräckligt med tid för uppdraget.",
              "Statens finansiering av koordineringsuppdraget efter 2020 är osäker."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("8. Uppföljning", level=2)
    d.add_paragraph(
        "Projektledaren rapporterar till styrgruppen vid varje möte. Måluppfyllelsen följs upp med data ur "
        "journalsystemet och en enkät till rehabkoordinatorerna i november 2019 och november 2020.")
    d.add_paragraph("Linköping den 14 maj 2019\n\nUlrika Bergman\nHälso- och sjukvårdsdirektör, projektägare")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
