"""Builds the PDF and DOCX test documents of batch b32 (stdlib + reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b32/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def make_pdf() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Title"], styles["Heading2"]
    out = DOCS / "b32-finsam-norra-uppland-2021-verksamhetsberattelse.pdf"
    title = "Verksamhetsberättelse 2021 – Gemensamma rehabiliteringsinsatser"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            title=title, author="Samordningsförbundet Norra Uppland")
    s: list = [Paragraph(MARKER, body), Spacer(1, 6)]
    s.append(Paragraph("Samordningsförbundet Norra Uppland", body))
    s.append(Paragraph("Verksamhetsberättelse 2021, avsnitt 3", body))
    s.append(Paragraph("Fastställd av styrelsen 2022-03-24, § 12. Dnr SNU 2022/07", body))
    s.append(Spacer(1, 10))
    s.append(Paragraph(title, h1))

    def section(head: str, *paras: str) -> None:
        s.append(Paragraph(head, h2))
        for p in paras:
            s.append(Paragraph(p, body))

    def table(caption: str, rows: list[list[str]], widths: list[float]) -> None:
        s.append(Paragraph(caption, body))
        t = Table(rows, colWidths=[w * cm for w in widths])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7ee")),
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
        ]))
        s.append(t)
        s.append(Spacer(1, 8))

    section("3.1 Om förbundet",
            "Samordningsförbundet Norra Uppland är ett finansiellt samordningsförbund enligt lagen (2003:1210) om "
            "finansiell samordning av rehabiliteringsinsatser (Finsam). Förbundet bildades 2009. Medlemmar är "
            "Försäkringskassan, Arbetsförmedlingen, Region Uppsala samt kommunerna Tierp, Östhammar och Älvkarleby.",
            "Förbundets uppgift är att finansiera samordnade rehabiliteringsinsatser för personer i förvärvsaktiv "
            "ålder som behöver stöd från flera myndigheter för att kunna arbeta eller studera. Insatserna genomförs "
            "av personal från medlemmarna som arbetar tillsammans i team.")
    section("3.2 Finansiering 2021",
            "Medlemmarna tillförde förbundet sammanlagt 7 200 000 kronor för 2021. Staten svarar för hälften av "
            "medlen, som betalas ut av Försäkringskassan, medan regionen och kommunerna svarar för en fjärdedel var.")
    table("Tabell 1. Medlemsavgifter 2021", [
        ["Medlem", "Belopp (kr)", "Andel (%)"],
        ["Staten (via Försäkringskassan)", "3 600 000", "50"],
        ["Region Uppsala", "1 800 000", "25"],
        ["Tierps kommun", "760 000", "10,6"],
        ["Östhammars kommun", "780 000", "10,8"],
        ["Älvkarleby kommun", "260 000", "3,6"],
        ["Summa", "7 200 000", "100"],
    ], [7, 3.5, 3])
    s.append(Paragraph(
        "Förbundet förbrukade 6 912 000 kronor under 2021, vilket motsvarar 96 procent av medlemsavgifterna. "
        "Årets resultat blev ett överskott på 288 000 kronor. Det egna kapitalet uppgick vid årets slut till "
        "1 034 000 kronor.", body))
    table("Tabell 2. Kostnader per insats 2021", [
        ["Insats", "Kostnad (kr)"],
        ["Steg framåt (individinsats)", "3 420 000"],
        ["Rehab i samverkan (team vid hälsocentralerna)", "1 980 000"],
        ["Nästa steg (unga vuxna 16–29 år)", "860 000"],
        ["Strukturövergripande insatser och utbildning", "214 000"],
        ["Kansli och administration", "438 000"],
        ["Summa", "6 912 000"],
    ], [9, 3.5])
    section("3.3 Deltagare",
            "Under 2021 deltog 385 personer i förbundets individinriktade insatser, varav 232 kvinnor och 153 män. "
            "Den största åldersgruppen var 25–34 år. I åldersgruppen 16–24 år var männen fler än kvinnorna, medan "
            "kvinnorna var i majoritet i alla övriga åldersgrupper.")
    table("Tabell 3. Deltagare i individinriktade insatser 2021 efter kön och åldersgrupp", [
        ["Åldersgrupp", "Kvinnor", "Män", "Totalt"],
        ["16–24 år", "38", "47", "85"],
        ["25–34 år", "52", "41", "93"],
        ["35–44 år", "61", "29", "90"],
        ["45–54 år", "54", "22", "76"],
        ["55–64 år", "27", "14", "41"],
        ["Totalt", "232", "153", "385"],
    ], [4, 3, 3, 3])
    table("Tabell 4. Deltagare per insats och kön 2021", [
        ["Insats", "Kvinnor", "Män", "Totalt"],
        ["Steg framåt", "101", "63", "164"],
        ["Rehab i samverkan", "104", "44", "148"],
        ["Nästa steg", "27", "46", "73"],
        ["Totalt", "232", "153", "385"],
    ], [5, 3, 3, 3])
    s.append(Paragraph(
        "Rehab i samverkan riktar sig till patienter vid hälsocentralerna i Tierp, Östhammar och Skutskär som är "
        "sjukskrivna eller riskerar sjukskrivning. Teamet består av två rehabkoordinatorer, en arbetsterapeut och "
        "en arbetsförmedlare. Av de 148 deltagarna i Rehab i samverkan hade 61 sjukpenning när insatsen startade.",
        body))
    section("3.4 Resultat",
            "Under 2021 avslutade 291 deltagare sin insats, varav 176 kvinnor och 115 män. Av dem gick 112 personer "
            "(38 procent) vidare till arbete eller studier: 71 till arbete, varav 29 till en subventionerad "
            "anställning, och 41 till studier.",
            "Bland kvinnorna gick 63 personer (36 procent) till arbete eller studier och bland männen 49 personer "
            "(43 procent). Förbundets mål för 2021 var att minst 35 procent av de avslutade deltagarna skulle gå "
            "vidare till arbete eller studier, och målet uppnåddes därmed.")
    section("3.5 Inför 2022",
            "Styrelsen har fastställt en budget för 2022 om 7 400 000 kronor i medlemsavgifter, varav Region "
            "Uppsala bidrar med 1 850 000 kronor. Insatsen Nästa steg förlängs till och med 2023.")
    s.append(Spacer(1, 12))
    s.append(Paragraph("Ingrid Wallén, förbundschef", body))
    s.append(Paragraph("Per-Olof Sandberg, ordförande i styrelsen", body))
    doc.build(s)


def make_docx() -> None:
    from docx import Document

    out = DOCS / "b32-norrbotten-2017-protokoll-hsn-statsbidrag.docx"
    d = Document()
    d.core_properties.title = "Protokoll hälso- och sjukvårdsnämnden 2017-04-20"
    d.core_properties.author = "Region Norrbotten"
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Norrbotten")
    d.add_heading("Protokoll", level=0)
    d.add_paragraph("Hälso- och sjukvårdsnämnden")
    meta = d.add_table(rows=0, cols=2)
    for k, v in [
        ("Sammanträdesdatum", "2017-04-20"),
        ("Plats och tid", "Regionhuset, Luleå, kl. 09.00–12.15"),
        ("Paragrafer", "§ 45–49"),
        ("Beslutande", "Maria Sundström (S), ordförande; Lars-Erik Pålsson (M), vice ordförande; "
                       "Ewa Nilsson (V); Tomas Lindqvist (S); Karin Åström (C); Jan Berglund (S); Anna Kero (SJV)"),
        ("Övriga närvarande", "Stefan Holmgren, hälso- och sjukvårdsdirektör; Hanna Vikström, sekreterare"),
    ]:
        row = meta.add_row().cells
        row[0].text, row[1].text = k, v

    d.add_heading("§ 45 Val av justerare", level=1)
    d.add_paragraph("Hälso- och sjukvårdsnämnden utser Lars-Erik Pålsson (M) att tillsammans med ordföranden "
                    "justera dagens protokoll. Justeringen sker den 27 april 2017 på regionhuset i Luleå.")

    d.add_heading("§ 46 Statsbidrag 2017 – kompetenssatsning i försäkringsmedicin", level=1)
    d.add_paragraph("Dnr 00412-2017")
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph("Regeringen och SKL har tecknat en överenskommelse om en kvalitetssäker och effektiv "
                    "sjukskrivnings- och rehabiliteringsprocess för 2017–2018. Region Norrbottens del av medlen "
                    "för 2017 beräknas till 27,4 miljoner kronor, under förutsättning att regionen uppfyller "
                    "villkoren i överenskommelsen. Hälso- och sjukvårdsdirektören har lämnat förslag till hur "
                    "medlen ska användas.")
    d.add_paragraph("Förslag till fördelning av statsbidraget 2017 (miljoner kronor):")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Område", "Mnkr"
    for k, v in [
        ("Kompetenssatsning i försäkringsmedicin", "3,2"),
        ("Funktion för koordinering (rehabkoordinatorer)", "8,6"),
        ("Rehabiliteringsinsatser vid psykisk ohälsa och långvarig smärta (KBT/IPT, MMR)", "12,9"),
        ("Elektroniskt informationsutbyte", "1,1"),
        ("Processledning och uppföljning", "1,6"),
        ("Summa", "27,4"),
    ]:
        row = t.add_row().cells
        row[0].text, row[1].text = k, v
    d.add_paragraph("Kompetenssatsningen i försäkringsmedicin omfattar regionens grundkurs i försäkringsmedicin "
                    "för läkare, utbildning i det försäkringsmedicinska beslutsstödet samt en fördjupningskurs för "
                    "chefsläkare och verksamhetschefer. Målet är att 140 läkare ska ha genomgått grundkursen under "
                    "2017. Regionens försäkringsmedicinska råd samordnar insatserna.")
    d.add_heading("Beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsnämnden beslutar")
    d.add_paragraph("att 3,2 miljoner kronor av statsbidraget 2017 används till kompetenssatsning i "
                    "försäkringsmedicin enligt ärendebeskrivningen,", style="List Number")
    d.add_paragraph("att uppdra åt hälso- och sjukvårdsdirektören att återrapportera insatserna till nämnden "
                    "senast den 28 februari 2018.", style="List Number")

    d.add_heading("§ 47 Statsbidrag 2017 – funktion för koordinering", level=1)
    d.add_paragraph("Dnr 00413-2017")
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph("Ett av villkoren i överenskommelsen är att landstingen ska ha en funktion för koordinering "
                    "på varje vårdcentral. I Region Norrbotten finns 31 hälsocentraler. Under 2016 hade 24 av dem "
                    "en rehabkoordinator. Förslaget innebär att samtliga 31 hälsocentraler ska ha en "
                    "rehabkoordinator med minst 20 procents tjänstgöringsgrad från den 1 september 2017, och att "
                    "vuxenpsykiatrin i Luleå och Piteå får två rehabkoordinatorer. För detta avsätts 8,6 "
                    "miljoner kronor, som fördelas till hälsocentralerna efter antalet listade patienter.")
    d.add_heading("Yrkanden", level=2)
    d.add_paragraph("Ewa Nilsson (V) yrkar att medlen fördelas till hälsocentralerna efter antalet pågående "
                    "sjukfall i stället för efter antalet listade patienter. Ordföranden ställer förslagen mot "
                    "varandra och finner att nämnden beslutar enligt hälso- och sjukvårdsdirektörens förslag.")
    d.add_heading("Beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsnämnden beslutar")
    d.add_paragraph("att 8,6 miljoner kronor av statsbidraget 2017 används till rehabkoordinatorer vid "
                    "hälsocentralerna och inom vuxenpsykiatrin,", style="List Number")
    d.add_paragraph("att medlen fördelas till hälsocentralerna efter antalet listade patienter.",
                    style="List Number")
    d.add_heading("Reservation", level=2)
    d.add_paragraph("Ewa Nilsson (V) reserverar sig mot beslutet till förmån för eget yrkande.")

    d.add_heading("§ 48 Statsbidrag 2017 – rehabiliteringsinsatser och övriga områden", level=1)
    d.add_paragraph("Dnr 00414-2017")
    d.add_paragraph("Hälso- och sjukvårdsnämnden beslutar att 12,9 miljoner kronor används till KBT, IPT och "
                    "multimodal rehabilitering vid hälsocentralerna och smärtrehabiliteringen vid Sunderby sjukhus, "
                    "att 1,1 miljoner kronor används till elektroniskt informationsutbyte med Försäkringskassan och "
                    "att 1,6 miljoner kronor används till processledning och uppföljning.")

    d.add_heading("§ 49 Anmälningsärenden", level=1)
    d.add_paragraph("Hälso- och sjukvårdsnämnden lägger anmälningsärendena till handlingarna.")

    d.add_heading("Justering", level=1)
    d.add_paragraph("Ordförande: Maria Sundström")
    d.add_paragraph("Justerare: Lars-Erik Pålsson")
    d.add_paragraph("Sekreterare: Hanna Vikström")
    d.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag på regionens digitala "
                    "anslagstavla den 28 april 2017.")
    d.add_paragraph("Beslutet skickas till: hälso- och sjukvårdsdirektören, ekonomidirektören, "
                    "försäkringsmedicinska rådet.")
    d.save(str(out))


if __name__ == "__main__":
    make_pdf()
    make_docx()
