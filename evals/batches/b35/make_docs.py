"""Generates the PDF and DOCX test documents of batch b35 (stdlib + reportlab + python-docx).

Run: /work/main/.venv/bin/python evals/batches/b35/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


# --------------------------------------------------------------------------------------------
# 1. PDF: Landstinget Dalarna, årsredovisning 2011 (utdrag), rehabiliteringsgarantin
# --------------------------------------------------------------------------------------------

def make_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body, h1, h2, small = styles["BodyText"], styles["Heading1"], styles["Heading2"], styles["Italic"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Årsredovisning 2011 – Rehabiliteringsgarantin (utdrag)",
                            author="Landstinget Dalarna")
    grid = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ])
    s: list = [
        Paragraph(MARKER, small),
        Spacer(1, 4 * mm),
        Paragraph("Landstinget Dalarna", h2),
        Paragraph("Årsredovisning 2011 – utdrag: avsnitt 5.4 Rehabiliteringsgarantin", h1),
        Paragraph("Dnr LD12/00318. Fastställd av landstingsfullmäktige 2012-04-23.", body),
        Spacer(1, 4 * mm),
        Paragraph("5.4.1 Bakgrund", h2),
        Paragraph(
            "Rehabiliteringsgarantin är en överenskommelse mellan staten och Sveriges Kommuner och Landsting "
            "(SKL). Garantin ska ge kvinnor och män med lindrig till medelsvår psykisk ohälsa eller långvarig "
            "smärta i rygg, nacke och axlar tillgång till behandling som kan förebygga sjukskrivning eller "
            "underlätta återgång i arbete. Landstinget ersätts i efterhand för avslutade behandlingar som "
            "rapporteras till Försäkringskassan varje kvartal.", body),
        Paragraph(
            "Enligt överenskommelsen för 2011 ersattes landstingen med 12 000 kronor per avslutad KBT- eller "
            "IPT-behandling, 20 000 kronor per behandlingsserie i multimodal rehabilitering nivå 1 (MMR1) och "
            "40 000 kronor per behandlingsserie i multimodal rehabilitering nivå 2 (MMR2). MMR1 ges i "
            "primärvården och MMR2 vid Smärtrehabiliteringen, Falu lasarett.", body),
        Paragraph("5.4.2 Avslutade behandlingar 2011", h2),
        Paragraph(
            "Under 2011 avslutades 2 177 behandlingar inom rehabiliteringsgarantin i Dalarna. Det är en "
            "ökning med 18 procent jämfört med 2010, då 1 842 behandlingar avslutades. Fjärde kvartalet var "
            "det starkaste med 676 avslutade behandlingar. Landstingets mål för 2011 om 2 000 avslutade "
            "behandlingar uppnåddes därmed.", body),
        Spacer(1, 2 * mm),
        Paragraph("Tabell 5.4a. Avslutade behandlingar per kvartal och behandling 2011", small),
    ]
    quarters = [
        ["Behandling", "Kvartal 1", "Kvartal 2", "Kvartal 3", "Kvartal 4", "Summa 2011"],
        ["KBT", "318", "352", "297", "431", "1 398"],
        ["IPT", "22", "27", "24", "35", "108"],
        ["MMR1", "118", "131", "104", "161", "514"],
        ["MMR2", "34", "41", "33", "49", "157"],
        ["Totalt", "492", "551", "458", "676", "2 177"],
    ]
    t1 = Table(quarters, colWidths=[32 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 26 * mm])
    t1.setStyle(grid)
    s += [t1, Spacer(1, 4 * mm),
          Paragraph(
              "Av KBT-behandlingarna genomfördes 81 procent i primärvården, vid vårdcentraler i egen regi och "
              "privata vårdcentraler inom vårdvalet. Övriga KBT-behandlingar gavs inom vuxenpsykiatrin. "
              "IPT erbjuds hittills vid fyra vårdcentraler, vilket förklarar den låga volymen.", body),
          Paragraph("5.4.3 Erhållen ersättning", h2),
          Paragraph(
              "Landstinget erhöll totalt 34 632 000 kronor från Försäkringskassan för 2011 års behandlingar. "
              "Det motsvarar 94 procent av landstingets beräknade maximala andel om 36,8 miljoner kronor. "
              "Ersättningen för fjärde kvartalet, 10 772 000 kronor, betalades ut i februari 2012 och har "
              "periodiserats till 2011.", body),
          Spacer(1, 2 * mm),
          Paragraph("Tabell 5.4b. Erhållen ersättning per behandling 2011", small)]
    money = [
        ["Behandling", "Antal avslutade", "Ersättning per behandling (kr)", "Erhållet belopp (kr)"],
        ["KBT", "1 398", "12 000", "16 776 000"],
        ["IPT", "108", "12 000", "1 296 000"],
        ["MMR1", "514", "20 000", "10 280 000"],
        ["MMR2", "157", "40 000", "6 280 000"],
        ["Totalt", "2 177", "", "34 632 000"],
    ]
    t2 = Table(money, colWidths=[32 * mm, 32 * mm, 50 * mm, 40 * mm])
    t2.setStyle(grid)
    s += [t2, Spacer(1, 4 * mm),
          Paragraph(
              "Verksamhetens kostnader för behandlingar inom garantin uppgick till 31,2 miljoner kronor. "
              "Överskottet om 3,4 miljoner kronor förs över till 2012 och används för utbildning i KBT för "
              "30 medarbetare i primärvården.", body),
          Paragraph("5.4.4 Kvinnor och män", h2),
          Paragraph(
              "Kvinnor svarade för 72 procent av de avslutade KBT- och IPT-behandlingarna (1 084 av 1 506) och "
              "för 75 procent av de multimodala rehabiliteringarna (503 av 671). Andelen kvinnor är i nivå med "
              "andelen kvinnor bland de sjukskrivna i länet.", body),
          Paragraph("5.4.5 Bedömning", h2),
          Paragraph(
              "Tillgången till KBT och multimodal rehabilitering har förbättrats, men väntetiden till MMR2 är "
              "fortfarande lång, i genomsnitt elva veckor vid årets slut. Under 2012 prioriteras en jämnare "
              "rapportering över året och fler IPT-terapeuter i primärvården.", body),
          Spacer(1, 6 * mm),
          Paragraph("Maria Sundberg, ekonomidirektör", body),
          Paragraph("Göran Hedlund, hälso- och sjukvårdsdirektör", body)]
    doc.build(s)


# --------------------------------------------------------------------------------------------
# 2. DOCX: Region Halland, tilldelningsbeslut MMR2
# --------------------------------------------------------------------------------------------

def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Tilldelningsbeslut – Multimodal rehabilitering nivå 2 (MMR2)"
    d.core_properties.author = "Region Halland"
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Halland\nRegionkontoret, Upphandlingsenheten")
    d.add_heading("Tilldelningsbeslut", level=0)
    d.add_paragraph("Datum: 2013-09-16")
    d.add_paragraph("Diarienummer: RS130412")
    d.add_paragraph("Upphandling: Multimodal rehabilitering nivå 2 (MMR2) vid långvarig smärta, ref.nr RH-2013-041")
    d.add_paragraph("Till: Samtliga anbudsgivare i rubricerad upphandling")

    d.add_heading("1. Bakgrund", level=1)
    d.add_paragraph(
        "Region Halland har genomfört en öppen upphandling enligt lagen (2007:1091) om offentlig upphandling "
        "(LOU) av multimodal rehabilitering nivå 2 (MMR2) för patienter med långvarig smärta i rygg, nacke och "
        "axlar. Tjänsten är ett komplement till regionens egen smärtrehabilitering vid Hallands sjukhus och "
        "ingår i regionens arbete inom rehabiliteringsgarantin.")
    d.add_paragraph(
        "Upphandlingen annonserades 2013-05-27 och sista dag för att lämna anbud var 2013-06-28. "
        "Tre anbud inkom i tid och samtliga uppfyllde de obligatoriska kraven.")

    d.add_heading("2. Utvärderingskriterier och viktning", level=1)
    d.add_paragraph(
        "Anbuden har utvärderats enligt grunden det ekonomiskt mest fördelaktiga anbudet. Högsta möjliga "
        "poäng är 100, fördelade enligt tabellen nedan.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["Kriterium", "Vikt", "Max poäng"], strict=True):
        cell.text = text
    for row in [["Pris per behandlingsserie", "40 %", "40"],
                ["Teamets kompetens och sammansättning", "25 %", "25"],
                ["Uppföljning av återgång i arbete", "20 %", "20"],
                ["Tillgänglighet (tid till behandlingsstart)", "15 %", "15"]]:
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph(
        "Priset poängsätts relativt: det lägsta priset ger 40 poäng och övriga anbud får poäng i proportion "
        "till det lägsta priset.")

    d.add_heading("3. Resultat av utvärderingen", level=1)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["Anbudsgivare", "Pris per serie (kr)", "Prispoäng",
                                            "Kvalitetspoäng", "Totalpoäng"], strict=True):
        cell.text = text
    for row in [["Rehabkliniken Kattegatt AB", "43 500", "38,5", "56,0", "94,5"],
                ["Aktiv Rehab Halmstad AB", "47 200", "35,5", "50,0", "85,5"],
                ["Smärtcentrum Väst AB", "41 900", "40,0", "44,0", "84,0"]]:
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text

    d.add_heading("4. Beslut", level=1)
    d.add_paragraph(
        "Region Halland beslutar att tilldela kontrakt till Rehabkliniken Kattegatt AB, org.nr 556812-4471, "
        "som har lämnat det ekonomiskt mest fördelaktiga anbudet.")
    d.add_paragraph(
        "Priset är 43 500 kronor per avslutad behandlingsserie. Priset omfattar inledande teambedömning, "
        "ett program om sex veckor samt uppföljning efter sex och tolv månader. Vården är momsfri.")
    d.add_paragraph(
        "Den beräknade volymen är 110 behandlingsserier per år. Volymen är inte garanterad.")

    d.add_heading("5. Avtalsperiod", level=1)
    d.add_paragraph(
        "Avtalet gäller från 2014-01-01 till och med 2015-12-31. Region Halland har option att förlänga "
        "avtalet med ett år i taget, vid högst två tillfällen, det vill säga längst till och med 2017-12-31.")

    d.add_heading("6. Avtalsspärr och överprövning", level=1)
    d.add_paragraph(
        "Beslutet har skickats elektroniskt till samtliga anbudsgivare. Avtal får inte tecknas under "
        "avtalsspärren om tio dagar, som löper till och med 2013-09-26.")
    d.add_paragraph(
        "En anbudsgivare som anser sig förfördelad kan ansöka om överprövning hos Förvaltningsrätten i "
        "Göteborg innan avtalsspärren har löpt ut.")

    d.add_heading("Underskrift", level=1)
    d.add_paragraph("Halmstad 2013-09-16")
    d.add_paragraph("Lena Ottosson, upphandlingschef, Region Halland")
    d.add_heading("Kontakt", level=1)
    d.add_paragraph("Frågor om beslutet besvaras av upphandlare Johan Nyberg, telefon 035-13 48 20, "
                    "e-post johan.nyberg@regionhalland.se.")
    d.save(str(path))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf(DOCS / "b35-ltdalarna-2012-arsredovisning-2011-rehabiliteringsgarantin.pdf")
    make_docx(DOCS / "b35-halland-2013-tilldelningsbeslut-mmr2.docx")
