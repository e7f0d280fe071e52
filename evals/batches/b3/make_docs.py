"""Builds the PDF and DOCX test documents of batch b3 (stdlib + reportlab + python-docx).

Run: python make_docs.py  (writes into docs/ next to this file)
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent / "docs"
TEST_NOTE = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


# --- PDF: Region Örebro län, uppföljning 2017 -------------------------------------------------

def _table(rows: list[list[str]], widths: list[float]) -> Table:
    t = Table(rows, colWidths=[w * cm for w in widths])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
    ]))
    return t


def make_pdf(path: Path) -> None:
    ss = getSampleStyleSheet()
    body, h1, h2, small = ss["BodyText"], ss["Title"], ss["Heading2"], ss["Italic"]

    def p(text: str) -> Paragraph:
        return Paragraph(text, body)

    def bullets(items: list[str]) -> ListFlowable:
        return ListFlowable([ListItem(p(i), leftIndent=12) for i in items], bulletType="bullet", start="•")

    story = [
        Paragraph(TEST_NOTE, small),
        Spacer(1, 6),
        p("<b>Region Örebro län</b><br/>Hälso- och sjukvårdsförvaltningen<br/>Uppföljningsrapport"),
        p("Datum: 2018-03-15<br/>Diarienummer: 18RS2291"),
        Paragraph("Uppföljning av sjukskrivningsmiljarden 2017", h1),
        p("<i>Statsbidraget för en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess "
          "i Region Örebro län</i>"),
        Paragraph("1. Sammanfattning", h2),
        p("Region Örebro län uppfyllde under 2017 fem av sex villkor i överenskommelsen mellan staten och SKL "
          "om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess. Regionen tilldelades "
          "därmed 31,8 miljoner kronor av möjliga 33,2 miljoner kronor, vilket motsvarar 96 procent. Villkoret "
          "om elektroniskt informationsutbyte uppfylldes endast delvis, eftersom den elektroniska överföringen "
          "av läkarintyg till Försäkringskassan inte var införd på alla vårdcentraler under mätperioden."),
        p("Under året avslutades 1 686 behandlingar med KBT eller IPT och 148 behandlingsserier med MMR1 i "
          "primärvården. Av de utbetalade medlen användes 28,7 miljoner kronor under 2017. Överskottet, drygt "
          "tre miljoner kronor, förs över till 2018 enligt beslut i regionstyrelsen den 6 februari 2018."),
        Paragraph("2. Bakgrund", h2),
        p("Sedan 2006 har staten och SKL slutit överenskommelser om den så kallade sjukskrivningsmiljarden. "
          "För 2017–2018 har parterna tecknat en tvåårig överenskommelse som omfattar totalt 2,88 miljarder "
          "kronor. Av dessa är 500 miljoner kronor per år avsatta för rehabiliteringsinsatser vid lindrig och "
          "medelsvår psykisk ohälsa och långvarig smärta."),
        p("Villkoren för 2017 avsåg följande områden:"),
        bullets([
            "Jämställd sjukskrivningsprocess",
            "Kompetenssatsning i försäkringsmedicin",
            "Funktion för koordinering",
            "Insatser för lindrig och medelsvår psykisk ohälsa och långvarig smärta",
            "Elektroniskt informationsutbyte",
            "Ledningssystem för sjukskrivningsprocessen",
        ]),
        p("<b>Definitioner.</b> Med avslutad behandling avses i denna rapport en KBT- eller IPT-behandling där "
          "patienten har genomgått minst fem behandlingstillfällen och ett avslutande bedömningssamtal. Med "
          "rehabkoordinator avses en person på vårdcentralen med särskilt uppdrag att stödja sjukskrivna "
          "patienter och samordna kontakterna med arbetsgivare, Försäkringskassan och andra aktörer."),
        Paragraph("3. Behandlingar per kvartal", h2),
        p("Tabell 1. Avslutade behandlingar och ekonomiskt utfall per kvartal 2017"),
        _table([
            ["Kvartal", "KBT/IPT", "MMR1", "Utfall (tkr)"],
            ["Kvartal 1", "412", "38", "6 420"],
            ["Kvartal 2", "455", "41", "7 915"],
            ["Kvartal 3", "298", "22", "5 230"],
            ["Kvartal 4", "521", "47", "9 106"],
            ["Totalt 2017", "1 686", "148", "28 671"],
        ], [4.5, 3, 3, 3.5]),
        Spacer(1, 8),
        p("Antalet behandlingar sjönk tydligt under tredje kvartalet, till 298 avslutade KBT/IPT-behandlingar, "
          "vilket främst förklaras av semesterperioden och vakanser bland psykologer på sex vårdcentraler. Fjärde kvartalet var årets starkaste med 521 "
          "avslutade KBT/IPT-behandlingar."),
        p("Av de 1 686 avslutade KBT/IPT-behandlingarna gällde 1 210 kvinnor och 476 män, det vill säga 72 "
          "procent kvinnor. Av de 148 MMR1-serierna gällde 109 kvinnor. Medianåldern bland patienterna var 41 år."),
        p("MMR2 bedrivs vid Smärtrehabiliteringen, Universitetssjukhuset Örebro, och finansieras inom ordinarie "
          "budget. MMR2 ingår därför inte i tabellen."),
        Paragraph("4. Användning av medlen", h2),
        p("Vårdcentralerna ersattes med 5 000 kronor per avslutad KBT/IPT-behandling och 9 600 kronor per "
          "avslutad MMR1-serie. Den största posten var ändå rehabkoordinatorerna."),
        p("Tabell 2. Användning av statsbidraget 2017 (tkr)"),
        _table([
            ["Post", "Belopp (tkr)"],
            ["Ersättning till vårdcentraler för behandlingar", "9 851"],
            ["Rehabkoordinatorer i primärvård och psykiatri", "11 200"],
            ["Kompetenssatsning i försäkringsmedicin", "2 340"],
            ["Elektroniskt informationsutbyte och IT-stöd", "1 980"],
            ["Processledning", "2 600"],
            ["Övrigt", "700"],
            ["Summa använda medel", "28 671"],
            ["Överskott som förs över till 2018", "3 129"],
            ["Erhållet statsbidrag 2017", "31 800"],
        ], [10, 4]),
        Paragraph("5. Koordinering och försäkringsmedicin", h2),
        p("Vid årets slut hade 27 av regionens 29 vårdcentraler en rehabkoordinator, jämfört med 19 vid "
          "utgången av 2016. Under 2017 genomgick 126 läkare regionens tvådagarskurs i försäkringsmedicin."),
        p("Andelen sjukfall som varat längre än 90 dagar minskade från 38,5 procent i december 2016 till 35,2 "
          "procent i december 2017."),
        Paragraph("6. Fortsatt arbete 2018", h2),
        p("För 2018 beräknas regionen kunna ta del av högst 32,9 miljoner kronor. Tillsammans med överskottet "
          "från 2017 finns därmed drygt 36 miljoner kronor att fördela. En redovisning av 2018 års utfall lämnas "
          "till regionstyrelsen i mars 2019."),
        Paragraph("Kontakt", h2),
        p("Maria Ekholm, processledare sjukskrivning och rehabilitering, Hälso- och sjukvårdsförvaltningen"),
        p("Rapporten är godkänd av Johan Berglund, hälso- och sjukvårdsdirektör."),
    ]
    doc = _FooterDoc(str(path), pagesize=A4, title="Uppföljning av sjukskrivningsmiljarden 2017",
                     leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


class _FooterDoc(SimpleDocTemplate):
    """Draws the page footer after the page's content, so it comes last in the text stream."""

    def afterPage(self) -> None:  # noqa: N802 (reportlab's hook name)
        self.canv.saveState()
        self.canv.setFont("Helvetica", 8)
        self.canv.drawString(2.2 * cm, 1.2 * cm, f"Region Örebro län   Dnr 18RS2291   Sida {self.page}")
        self.canv.restoreState()


# --- DOCX: revisionsrapport, Landstinget i Uppsala län --------------------------------------

def make_docx(path: Path) -> None:
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)

    d.add_paragraph(TEST_NOTE)
    d.add_paragraph("Revisionsrapport nr 7/2016")
    d.add_paragraph("Landstingets revisorer, Landstinget i Uppsala län")
    d.add_paragraph("Dnr REV 2016/14\nDatum: 2016-06-08")
    d.add_heading("Granskning av landstingets hantering av statsbidraget för rehabiliteringsgarantin", level=0)

    d.add_heading("1. Sammanfattning", level=1)
    d.add_paragraph(
        "Landstingets revisorer har granskat om landstingsstyrelsen har säkerställt en ändamålsenlig hantering av "
        "statsbidraget för rehabiliteringsgarantin under 2013–2015, med tillräcklig intern kontroll av "
        "rapporteringen till Försäkringskassan.")
    d.add_paragraph(
        "Vår sammanfattande bedömning är att landstingsstyrelsen endast delvis har säkerställt en ändamålsenlig "
        "hantering. Landstinget erhöll 19,4 miljoner kronor av möjliga 26,1 miljoner kronor för 2015, det vill "
        "säga 74 procent. Närmare sju miljoner kronor gick därmed förlorade, främst därför att genomförda "
        "behandlingar inte rapporterades.")
    d.add_paragraph(
        "Intäkterna från rehabiliteringsgarantin har minskat från 23,5 miljoner kronor 2013 till 19,4 miljoner "
        "kronor 2015.")

    d.add_heading("2. Inledning", level=1)
    d.add_heading("2.1 Bakgrund", level=2)
    d.add_paragraph(
        "Rehabiliteringsgarantin var en överenskommelse mellan staten och SKL som gällde 2008–2015. Landstingen "
        "ersattes för genomförda behandlingar med KBT eller IPT vid lindrig till medelsvår psykisk ohälsa och för "
        "multimodal rehabilitering (MMR) vid långvarig smärta i rygg, nacke eller axlar. För 2015 omfattade "
        "överenskommelsen högst 712 miljoner kronor för hela landet. Från och med 2016 ingår motsvarande insatser "
        "i överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess.")
    d.add_heading("2.2 Revisionsfrågor", level=2)
    d.add_paragraph("Granskningen ska besvara följande revisionsfrågor:")
    for q in [
        "Finns det styrdokument och rutiner för hur behandlingar ska rapporteras?",
        "Har rapporteringen en tillräcklig intern kontroll?",
        "Används medlen för det ändamål som avses?",
        "Följer landstingsstyrelsen upp resultatet av insatserna?",
    ]:
        d.add_paragraph(q, style="List Bullet")
    d.add_heading("2.3 Avgränsning och metod", level=2)
    d.add_paragraph(
        "Granskningen avser åren 2013–2015 och omfattar primärvården samt Smärtcentrum vid Akademiska sjukhuset. "
        "Vi har tagit del av styrdokument, intervjuat 14 befattningshavare och gjort ett stickprov på 60 "
        "rapporterade behandlingar från 2015.")
    d.add_paragraph(
        "Granskningen har genomförts av Karin Wester, revisionsdirektör, och Olof Lind, sakkunnigt biträde, på "
        "uppdrag av landstingets revisorer.")
    d.add_heading("2.4 Definitioner", level=2)
    d.add_paragraph(
        "Med rapporterad behandling avses en behandling som landstinget har redovisat till Försäkringskassan för "
        "ersättning. Med ej rapporterad behandling avses en behandling som har genomförts och dokumenterats i "
        "journalen men som inte har redovisats till Försäkringskassan.")

    d.add_heading("3. Iakttagelser", level=1)
    d.add_heading("3.1 Rapporterade behandlingar", level=2)
    d.add_paragraph("Tabell 1. Rapporterade behandlingar 2013–2015")
    rows = [
        ["Insats", "2013", "2014", "2015"],
        ["KBT/IPT", "1 640", "1 455", "1 180"],
        ["MMR1", "171", "160", "142"],
        ["MMR2", "45", "49", "38"],
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    d.add_paragraph("Källa: Landstingets rapporter till Försäkringskassan.")
    d.add_paragraph(
        "Antalet rapporterade KBT/IPT-behandlingar minskade med 28 procent mellan 2013 och 2015. Enligt "
        "landstingets egen journalgenomgång genomfördes under 2015 ytterligare cirka 540 KBT-behandlingar som "
        "uppfyllde villkoren men som aldrig rapporterades. Elva av landstingets 32 vårdcentraler rapporterade "
        "ingen KBT-behandling alls under 2015.")
    d.add_heading("3.2 Intern kontroll", level=2)
    d.add_paragraph(
        "Rapporteringen görs manuellt av varje vårdcentral i ett kalkylark som skickas till hälso- och "
        "sjukvårdsstaben, som sammanställer uppgifterna inför varje rapporteringstillfälle. Det finns ingen "
        "skriftlig rutin för hur rapporteringen ska gå till.")
    d.add_paragraph(
        "I vårt stickprov på 60 rapporterade behandlingar saknades dokumenterad medicinsk bedömning före "
        "behandlingsstart i 9 fall, det vill säga 15 procent. I ytterligare 4 fall hade patienten fått färre "
        "behandlingstillfällen än vad villkoren anger.")
    d.add_heading("3.3 Användning av medlen", level=2)
    d.add_paragraph(
        "Statsbidraget har förts till landstingets centrala budget och har inte öronmärkts för "
        "rehabiliteringsinsatser. Av intervjuerna framgår att vårdcentralerna inte vet hur stor del av bidraget "
        "som deras egen verksamhet har genererat. Sedan 2014 får vårdcentralerna 4 000 kronor per rapporterad "
        "KBT/IPT-behandling via hälsovalets ersättningsmodell.")
    d.add_heading("3.4 Uppföljning av resultat", level=2)
    d.add_paragraph(
        "Landstingsstyrelsen har inte följt upp om insatserna har lett till återgång i arbete. Resultaten "
        "redovisas inte heller uppdelade på kvinnor och män. Väntetiden till MMR2 vid Smärtcentrum var i median "
        "14 veckor under 2015.")

    d.add_heading("4. Bedömning och rekommendationer", level=1)
    d.add_paragraph("Tabell 2. Bedömning per revisionsfråga")
    rows = [
        ["Revisionsfråga", "Bedömning"],
        ["Styrdokument och rutiner", "Ej uppfyllt"],
        ["Intern kontroll av rapporteringen", "Delvis uppfyllt"],
        ["Medlens användning", "Delvis uppfyllt"],
        ["Uppföljning av resultat", "Ej uppfyllt"],
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    d.add_paragraph("Vi rekommenderar landstingsstyrelsen att:")
    for rec in [
        "ta fram en skriftlig rutin för rapportering av behandlingar, med tydlig ansvarsfördelning,",
        "säkerställa att den medicinska bedömningen dokumenteras innan behandling påbörjas,",
        "införa en årlig avstämning mellan journaldata och rapporterade behandlingar,",
        "redovisa hur statsbidragen används i landstingets årsredovisning,",
        "följa upp återgång i arbete efter behandling, uppdelat på kvinnor och män.",
    ]:
        d.add_paragraph(rec, style="List Number")
    d.add_paragraph("Revisorerna önskar landstingsstyrelsens yttrande över rapporten senast den 30 september 2016.")
    d.add_paragraph("Uppsala den 8 juni 2016")
    d.add_paragraph("För landstingets revisorer")
    d.add_paragraph("Bengt Åhlund, ordförande")
    d.add_paragraph("Lena Malm, vice ordförande")
    d.save(str(path))


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    make_pdf(DOCS / "orebro-2018-uppfoljning-sjukskrivningsmiljarden-2017.pdf")
    make_docx(DOCS / "uppsala-2016-revisionsrapport-rehabiliteringsgarantin.docx")
