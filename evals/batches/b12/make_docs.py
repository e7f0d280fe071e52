"""Generates the PDF and DOCX test documents of batch b12 (reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b12/make_docs.py
"""

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def norrbotten_pdf() -> None:
    path = DOCS / "b12-norrbotten-2020-uppfoljning-sjukskrivningsprocessen-2019.pdf"
    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Title"], styles["Heading2"]
    small = styles["Italic"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Uppföljning 2019 – Statsbidrag för en kvalitetssäker och effektiv "
                                  "sjukskrivnings- och rehabiliteringsprocess",
                            author="Region Norrbotten")
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                       ("ALIGN", (1, 0), (-1, -1), "RIGHT")])
    s = []
    s.append(Paragraph(MARKER, small))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Region Norrbotten<br/>Hälso- och sjukvårdsförvaltningen", body))
    s.append(Paragraph("Datum: 2020-03-17 &nbsp;&nbsp; Diarienummer: 00412-2020", body))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Uppföljning 2019 – Statsbidrag för en kvalitetssäker och effektiv "
                       "sjukskrivnings- och rehabiliteringsprocess", h1))
    s.append(Paragraph("1 Sammanfattning", h2))
    s.append(Paragraph(
        "Region Norrbotten uppfyllde 2019 samtliga villkor i överenskommelsen mellan staten och SKL om en "
        "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess. Full ersättning har därmed "
        "betalats ut, totalt 10,0 miljoner kronor. Av dessa avsåg 8,15 miljoner kronor funktionen för "
        "koordinering. Under året fick 3 412 patienter stöd av en rehabkoordinator, varav 2 287 kvinnor och "
        "1 125 män. Medel som inte förbrukades, 0,2 miljoner kronor, förs över till 2020.", body))
    s.append(Paragraph("2 Bakgrund", h2))
    s.append(Paragraph(
        "Överenskommelsen för 2019 var ettårig och omfattade tre områden: funktion för koordinering, "
        "kompetensutveckling i försäkringsmedicin och elektroniskt informationsutbyte. Ersättningen för "
        "rehabiliteringsinsatser vid lindrig och medelsvår psykisk ohälsa och långvarig smärta ingick inte "
        "längre i överenskommelsen. Regionen fortsatte ändå att erbjuda KBT och multimodal rehabilitering "
        "inom ordinarie verksamhet.", body))
    s.append(Paragraph("3 Ekonomisk redovisning", h2))
    s.append(Paragraph("Tabell 1. Statsbidrag 2019 och användning (tkr)", body))
    rows = [["Post", "Belopp, tkr"],
            ["Intäkt: funktion för koordinering", "8 150"],
            ["Intäkt: kompetensutveckling i försäkringsmedicin", "1 240"],
            ["Intäkt: elektroniskt informationsutbyte", "610"],
            ["Summa intäkter", "10 000"],
            ["Rehabkoordinatorer i primärvården (31 hälsocentraler)", "6 420"],
            ["Rehabkoordinatorer inom psykiatri och ortopedi", "1 180"],
            ["Försäkringsmedicinska utbildningar", "960"],
            ["Processledning och samordning", "850"],
            ["IT-stöd och e-tjänster", "390"],
            ["Summa kostnader", "9 800"],
            ["Överskott som förs över till 2020", "200"]]
    t = Table(rows, colWidths=[11 * cm, 4 * cm])
    t.setStyle(grid)
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Den största kostnaden var rehabkoordinatorer i primärvården, 6,42 miljoner kronor. "
        "Kostnaderna för försäkringsmedicinska utbildningar blev lägre än budgeterat eftersom två kurstillfällen "
        "hölls digitalt.", body))
    s.append(Paragraph("4 Funktion för koordinering", h2))
    s.append(Paragraph(
        "Vid årets slut fanns 38 rehabkoordinatorer, motsvarande 19,5 årsarbetare, på regionens 31 hälsocentraler "
        "samt inom psykiatrin och ortopedin. Antalet patienter med koordineringsinsatser ökade från 2 760 under "
        "2018 till 3 412 under 2019. Kontakt med patientens arbetsgivare togs i 41 procent av ärendena. "
        "Mediantiden från remiss till första kontakt med en rehabkoordinator var 9 dagar.", body))
    s.append(Paragraph("Tabell 2. Patienter med koordineringsinsatser 2019 efter ålder och kön", body))
    rows2 = [["Ålder", "Kvinnor", "Män", "Totalt"],
             ["16–29 år", "271", "131", "402"],
             ["30–44 år", "797", "388", "1 185"],
             ["45–59 år", "931", "459", "1 390"],
             ["60–67 år", "288", "147", "435"],
             ["Totalt", "2 287", "1 125", "3 412"]]
    t2 = Table(rows2, colWidths=[5 * cm, 3 * cm, 3 * cm, 3 * cm])
    t2.setStyle(grid)
    s.append(t2)
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Två av tre patienter med koordineringsinsatser var kvinnor. Den största åldersgruppen var 45–59 år.", body))
    s.append(Paragraph("5 Kompetensutveckling i försäkringsmedicin", h2))
    s.append(Paragraph(
        "Under 2019 deltog 142 läkare i regionens grundutbildning i försäkringsmedicin, varav 78 kvinnor och "
        "64 män. Regionen har tre försäkringsmedicinska rådgivare som stöder läkarna i svåra "
        "sjukskrivningsärenden. Sjukpenningtalet i Norrbotten var 11,4 dagar i december 2019, jämfört med "
        "11,9 dagar ett år tidigare.", body))
    s.append(Paragraph("6 Elektroniskt informationsutbyte", h2))
    s.append(Paragraph(
        "Från den 1 oktober 2019 skickas läkarintyg för sjukpenning elektroniskt till Försäkringskassan från "
        "samtliga hälsocentraler. I december 2019 var andelen elektroniska läkarintyg 96 procent.", body))
    s.append(Paragraph("7 Fortsatt arbete 2020", h2))
    s.append(Paragraph(
        "Lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter trädde i kraft den 1 februari "
        "2020. Regionen har beslutat att behålla samtliga 38 rehabkoordinatorer och att finansiera dem inom "
        "hälso- och sjukvårdens ordinarie budget från och med 2021.", body))
    s.append(Spacer(1, 10))
    s.append(Paragraph(
        "Rapporten har tagits fram av Per Eriksson Nyström, processledare försäkringsmedicin, "
        "tfn 0920-28 41 73.", body))
    s.append(Paragraph("Fastställd av Maria Lundström, hälso- och sjukvårdsdirektör", body))
    doc.build(s)


def dalarna_docx() -> None:
    path = DOCS / "b12-dalarna-2021-protokoll-halso-och-sjukvardsnamnden.docx"
    d = Document()
    d.core_properties.title = "Protokoll hälso- och sjukvårdsnämnden 2021-05-27"
    d.core_properties.author = "Region Dalarna"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Dalarna")
    d.add_heading("Protokoll – Hälso- och sjukvårdsnämnden", level=1)
    meta = [("Sammanträdesdatum", "2021-05-27"),
            ("Plats och tid", "Regionhuset, Falun, kl. 09.00–12.15"),
            ("Beslutande", "Lena Ohlson (S), ordförande; Erik Sandberg (C), 1:e vice ordförande; "
                           "Per-Olof Wiklund (M), 2:e vice ordförande; Maja Holm (S); Stig Nordin (SD); "
                           "Annika Bergkvist (KD); Johan Eld (V); Kerstin Lood (S); Niklas Ström (L)"),
            ("Övriga närvarande", "Åsa Berglund, hälso- och sjukvårdsdirektör; Fredrik Lind, ekonomichef; "
                                  "Marie Dahlén, processledare försäkringsmedicin (§ 54); "
                                  "Elin Granqvist, nämndsekreterare"),
            ("Justerare", "Per-Olof Wiklund (M)"),
            ("Justeringens plats och tid", "Regionhuset, Falun, 2021-06-01"),
            ("Paragrafer", "§§ 52–56")]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in meta:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v

    d.add_heading("§ 52 Val av justerare", level=2)
    d.add_paragraph("Per-Olof Wiklund (M) utses att jämte ordföranden justera dagens protokoll.")
    d.add_heading("§ 53 Godkännande av dagordningen", level=2)
    d.add_paragraph("Dagordningen godkänns.")

    d.add_heading("§ 54 Användning av statsbidrag 2021 för en kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess", level=2)
    d.add_paragraph("Diarienummer: RD21/01873")
    d.add_heading("Beslut", level=3)
    d.add_paragraph("Hälso- och sjukvårdsnämnden beslutar")
    for item in [
        "att fördela statsbidraget för 2021, högst 27,7 miljoner kronor, enligt tabell 2 nedan,",
        "att 2,6 miljoner kronor hålls som reserv för det fall regionen inte uppfyller samtliga villkor, och att "
        "hälso- och sjukvårdsdirektören får besluta om reservens användning när SKR har sammanställt "
        "redovisningarna,",
        "att uppdra åt hälso- och sjukvårdsdirektören att återrapportera användningen av medlen till nämnden "
        "senast vid sammanträdet den 9 december 2021,",
        "att paragrafen justeras omedelbart.",
    ]:
        d.add_paragraph(item, style="List Number")
    d.add_heading("Ärendebeskrivning", level=3)
    d.add_paragraph(
        "Staten och SKR träffade den 17 december 2020 en överenskommelse om en kvalitetssäker och effektiv "
        "sjukskrivnings- och rehabiliteringsprocess 2021. Av de 1 000 miljoner kronor som fördelas till "
        "regionerna kan Region Dalarna ta del av högst 27,7 miljoner kronor, vilket motsvarar regionens "
        "befolkningsandel på 2,77 procent. Regionens handlingsplan lämnades till SKR den 29 mars 2021.")
    d.add_paragraph("Tabell 1. Region Dalarnas möjliga ersättning per villkor 2021 (miljoner kronor)")
    t1 = d.add_table(rows=1, cols=2)
    t1.style = "Table Grid"
    t1.rows[0].cells[0].text, t1.rows[0].cells[1].text = "Villkor", "Mkr"
    for k, v in [("Villkor 1 Handlingsplan", "5,54"),
                 ("Villkor 2 Kompetensutveckling i försäkringsmedicin", "6,93"),
                 ("Villkor 3 Samverkan med arbetsgivare", "8,31"),
                 ("Villkor 4 Psykisk ohälsa och långvarig smärta", "6,93"),
                 ("Summa", "27,71")]:
        cells = t1.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_paragraph(
        "Förvaltningens bedömning är att väntetiderna till behandling är det största problemet. Under 2020 "
        "väntade 412 patienter längre än 90 dagar på KBT i primärvården, och väntetiden till multimodal "
        "rehabilitering på specialistnivå (MMR2) vid Falu lasarett var i genomsnitt sju månader. Under 2020 "
        "avslutades 236 behandlingar med MMR1 och 74 behandlingar med MMR2 i Dalarna.")
    d.add_paragraph("Tabell 2. Förslag till användning av statsbidraget 2021 (miljoner kronor)")
    t2 = d.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    t2.rows[0].cells[0].text, t2.rows[0].cells[1].text = "Verksamhet", "Mkr"
    for k, v in [("Primärvården: rehabkoordinering och samverkan med arbetsgivare", "9,8"),
                 ("Psykiatrin: KBT och internetbaserad KBT", "4,6"),
                 ("Multimodal rehabilitering (MMR1 i primärvården, MMR2 vid Falu lasarett)", "5,1"),
                 ("Försäkringsmedicinsk utbildning och försäkringsmedicinskt råd", "3,2"),
                 ("Processledning och uppföljning", "2,4"),
                 ("Reserv", "2,6"),
                 ("Summa", "27,7")]:
        cells = t2.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_paragraph(
        "Den största delen, 9,8 miljoner kronor, går till primärvården för rehabkoordinering och samverkan "
        "med arbetsgivare.")
    d.add_heading("Yrkanden", level=3)
    d.add_paragraph(
        "Stig Nordin (SD) yrkar att reserven om 2,6 miljoner kronor i stället ska tillföras multimodal "
        "rehabilitering. Ordföranden ställer förvaltningens förslag mot Stig Nordins yrkande och finner att "
        "nämnden beslutar enligt förvaltningens förslag.")
    d.add_heading("Reservation och protokollsanteckning", level=3)
    d.add_paragraph("Stig Nordin (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    d.add_paragraph(
        "Johan Eld (V) lämnar en protokollsanteckning om att regionen bör permanenta finansieringen av "
        "rehabkoordinatorerna i stället för att använda tillfälliga statsbidrag.")
    d.add_paragraph("Beslutet skickas till: hälso- och sjukvårdsdirektören, ekonomiavdelningen, primärvården, "
                    "psykiatrin, rehabiliteringsmedicin Falu lasarett")

    d.add_heading("§ 55 Information om vårdplatsläget", level=2)
    d.add_paragraph("Hälso- och sjukvårdsdirektören informerar om vårdplatsläget inför sommaren. "
                    "Nämnden lägger informationen till handlingarna.")
    d.add_heading("§ 56 Anmälan av delegationsbeslut", level=2)
    d.add_paragraph("Redovisningen av delegationsbeslut för perioden 2021-04-01–2021-04-30 godkänns.")

    d.add_heading("Underskrifter", level=2)
    sig = d.add_table(rows=3, cols=2)
    sig.style = "Table Grid"
    for i, (role, name) in enumerate([("Ordförande", "Lena Ohlson"), ("Justerare", "Per-Olof Wiklund"),
                                      ("Sekreterare", "Elin Granqvist")]):
        sig.rows[i].cells[0].text, sig.rows[i].cells[1].text = role, name
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag den 2 juni 2021.")
    d.save(str(path))


if __name__ == "__main__":
    norrbotten_pdf()
    dalarna_docx()
