"""Generates the PDF and DOCX test documents of batch b17 (run with the project venv); the HTML page is hand-written."""

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def dalarna_pdf() -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    ss = getSampleStyleSheet()
    body = ss["BodyText"].clone("b", fontName="DejaVu", fontSize=10, leading=13)
    h1 = ss["Heading1"].clone("h1", fontName="DejaVuB", fontSize=15)
    h2 = ss["Heading2"].clone("h2", fontName="DejaVuB", fontSize=12)
    small = body.clone("s", fontSize=9)
    out = DOCS / "region-dalarna-arsuppfoljning-2018.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            title="Årsuppföljning 2018 – Sjukskrivnings- och rehabiliteringsprocessen",
                            author="Region Dalarna")

    def table(rows: list[list[str]]) -> Table:
        t = Table(rows, hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), "DejaVu"),
            ("FONTNAME", (0, 0), (-1, 0), "DejaVuB"),
            ("FONTNAME", (0, -1), (-1, -1), "DejaVuB"),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]))
        return t

    p = lambda text, style=body: Paragraph(text, style)  # noqa: E731
    story = [
        p(MARKER, small),
        Spacer(1, 6),
        p("Region Dalarna<br/>Hälso- och sjukvårdsförvaltningen<br/>Datum: 2019-03-14<br/>Diarienummer: RD19/00842"),
        Spacer(1, 8),
        p("Årsuppföljning 2018 – Sjukskrivnings- och rehabiliteringsprocessen", h1),
        p("Uppföljning av överenskommelsen En kvalitetssäker och effektiv sjukskrivnings- och "
          "rehabiliteringsprocess 2017–2018", h2),
        p("1. Inledning", h2),
        p("Denna rapport redovisar hur Landstinget Dalarna under 2018 har använt statsbidraget enligt "
          "överenskommelsen mellan staten och Sveriges Kommuner och Landsting (SKL) och vilka resultat "
          "insatserna har gett. Från och med den 1 januari 2019 heter Landstinget Dalarna Region Dalarna. "
          "Resultaten redovisas för kvinnor och män och per åldersgrupp."),
        p("2. Statsbidrag 2018", h2),
        p("För 2018 fick Landstinget Dalarna 32,2 miljoner kronor genom överenskommelsen, varav 13,2 "
          "miljoner kronor för rehabiliteringsinsatser enligt villkor 1 och 19,0 miljoner kronor för "
          "villkoren 2–5. Samtliga villkor uppfylldes och full ersättning har betalats ut. För 2017 var "
          "motsvarande belopp 32,6 miljoner kronor."),
        p("3. Avslutade rehabiliteringsinsatser 2018", h2),
        p("Under 2018 avslutades totalt 2 440 rehabiliteringsinsatser inom villkor 1. Kvinnorna stod för "
          "72,5 procent av insatserna. Tabell 1 visar insatserna per typ och kön."),
        p("Tabell 1. Avslutade insatser 2018 per insats och kön", small),
        table([
            ["Insats", "Kvinnor", "Män", "Totalt", "Andel kvinnor"],
            ["KBT/IPT", "1 412", "538", "1 950", "72,4 %"],
            ["MMR1", "286", "104", "390", "73,3 %"],
            ["MMR2", "71", "29", "100", "71,0 %"],
            ["Totalt", "1 769", "671", "2 440", "72,5 %"],
        ]),
        Spacer(1, 8),
        p("MMR1 avser multimodal rehabilitering i primärvården och MMR2 multimodal rehabilitering inom "
          "den specialiserade vården. Åldersgrupp avser patientens ålder när insatsen startade."),
        p("Tabell 2. Avslutade insatser 2018 per åldersgrupp och kön", small),
        table([
            ["Åldersgrupp", "Kvinnor", "Män", "Totalt", "Andel av totalt"],
            ["16–29 år", "402", "141", "543", "22,3 %"],
            ["30–44 år", "664", "247", "911", "37,3 %"],
            ["45–59 år", "561", "222", "783", "32,1 %"],
            ["60–67 år", "142", "61", "203", "8,3 %"],
            ["Totalt", "1 769", "671", "2 440", "100,0 %"],
        ]),
        Spacer(1, 8),
        p("Den största gruppen var patienter i åldern 30–44 år. Andelen patienter i åldern 60–67 år är "
          "fortsatt låg, och bland dem är andelen män högre än i övriga åldersgrupper."),
        p("4. Nyckeltal 2017 och 2018", h2),
        p("Tabell 3. Nyckeltal för sjukskrivningsprocessen 2017 och 2018", small),
        table([
            ["Nyckeltal", "2017", "2018"],
            ["Avslutade KBT/IPT-behandlingar", "1 804", "1 950"],
            ["Avslutade MMR1-insatser", "352", "390"],
            ["Avslutade MMR2-insatser", "112", "100"],
            ["Vårdcentraler med rehabkoordinator", "27 av 31", "31 av 31"],
            ["Läkare med grundutbildning i försäkringsmedicin", "64 %", "78 %"],
            ["Statsbidrag enligt överenskommelsen, mnkr", "32,6", "32,2"],
            ["Sjukpenningtal kvinnor, dagar", "13,6", "13,2"],
            ["Sjukpenningtal män, dagar", "8,1", "7,9"],
        ]),
        Spacer(1, 8),
        p("Antalet avslutade KBT/IPT-behandlingar ökade med 146 jämfört med 2017, medan antalet MMR2-insatser "
          "minskade. Minskningen förklaras av vakanser i smärtteamet vid Falu lasarett under hösten 2018. "
          "Sedan december 2018 finns en rehabkoordinator på samtliga 31 vårdcentraler."),
        p("5. Slutsatser och fortsatt arbete", h2),
        p("Insatserna har nått fler patienter 2018 än 2017, men skillnaden i sjukpenningtal mellan kvinnor "
          "och män består. Från 2019 minskar statsbidraget kraftigt. Hälso- och sjukvårdsförvaltningen "
          "föreslår därför att rehabkoordinatorerna från 2019 finansieras inom vårdcentralernas ordinarie "
          "ersättning och att utbildningen i försäkringsmedicin blir obligatorisk för nyanställda läkare."),
        p("Rapporten har sammanställts av Maria Dahlgren, processledare för sjukskrivning och rehabilitering. "
          "Rapporten är fastställd av Ulrika Sandberg, hälso- och sjukvårdsdirektör, 2019-03-14."),
        p("Kontakt: Erik Boström, rehabstrateg, erik.bostrom@regiondalarna.se, telefon 023-49 00 00."),
    ]
    doc.build(story)


def kalmar_docx() -> None:
    d = Document()
    d.core_properties.title = "Protokollsutdrag Regionstyrelsen 2019-04-10 § 87"
    d.core_properties.author = "Region Kalmar län"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Kalmar län\nPROTOKOLLSUTDRAG\nRegionstyrelsen")
    d.add_paragraph("Sammanträdesdatum: 2019-04-10\nPlats: Regionhuset, Kalmar\nParagraf: § 87\n"
                    "Diarienummer: RS 2019/412")
    d.add_heading("§ 87 Användning av statliga medel för sjukskrivnings- och rehabiliteringsprocessen 2019", 1)
    d.add_heading("Beslut", 2)
    d.add_paragraph("Regionstyrelsen beslutar")
    for item in [
        "att fördela 2019 års statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och "
        "rehabiliteringsprocess, 12,4 miljoner kronor, enligt förslaget i ärendet,",
        "att slutregleringen för 2018, 12,9 miljoner kronor, förs till hälso- och sjukvårdens resultat för 2019,",
        "att hälso- och sjukvårdsdirektören ska redovisa hur medlen har använts till regionstyrelsen senast "
        "2020-02-28.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("Ärendebeskrivning", 2)
    d.add_paragraph(
        "Staten och Sveriges Kommuner och Landsting (SKL) har i december 2018 tecknat en ettårig överenskommelse "
        "för 2019 om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess. Överenskommelsen "
        "är inriktad på att upprätthålla funktionen för koordinering i väntan på att koordineringen regleras i lag. "
        "Region Kalmar län beräknas få 12,4 miljoner kronor för 2019, vilket är cirka 15 miljoner kronor mindre "
        "än 2018.")
    d.add_paragraph(
        "I februari 2019 betalades slutregleringen för 2018 ut. Landstinget i Kalmar län uppfyllde samtliga "
        "villkor för 2018 och fick därför full ersättning, totalt 27,6 miljoner kronor för året, varav "
        "12,9 miljoner kronor betalades ut i februari 2019.")
    d.add_paragraph("Hälso- och sjukvårdsförvaltningen föreslår följande fördelning av medlen för 2019:")
    rows = [
        ("Område", "Belopp, mnkr"),
        ("Rehabkoordinatorer i primärvården", "6,1"),
        ("Rehabkoordinatorer i psykiatrin", "1,4"),
        ("Internetbaserad KBT (stöd och behandling)", "1,8"),
        ("Utbildning i försäkringsmedicin", "0,9"),
        ("Processledning och uppföljning", "1,5"),
        ("Reserv", "0,7"),
        ("Totalt", "12,4"),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph("Beslutsunderlag: Tjänsteskrivelse från hälso- och sjukvårdsdirektör Christina Ek, "
                    "2019-03-20. Protokoll från hälso- och sjukvårdsnämndens arbetsutskott 2019-03-27, § 41.")
    d.add_heading("Yrkanden", 2)
    d.add_paragraph("Ordföranden Jonas Lindqvist (S) yrkar bifall till förslaget.")
    d.add_paragraph("Lena Hjort (V) yrkar att reserven om 0,7 miljoner kronor i stället fördelas till "
                    "rehabkoordinatorer i psykiatrin.")
    d.add_heading("Propositionsordning", 2)
    d.add_paragraph("Ordföranden ställer proposition på förslaget och på Lena Hjorts ändringsyrkande och finner "
                    "att regionstyrelsen beslutar enligt förslaget.")
    d.add_heading("Reservation", 2)
    d.add_paragraph("Lena Hjort (V) och Mikael Strand (V) reserverar sig mot beslutet till förmån för Lena Hjorts "
                    "yrkande. Skriftlig reservation har lämnats, se bilaga 1 till protokollet.")
    d.add_heading("Justering", 2)
    d.add_paragraph("Ordförande: Jonas Lindqvist\nJusterare: Gunilla Ek\nSekreterare: Annelie Berg\n"
                    "Protokollet justerades 2019-04-16.")
    d.add_paragraph("Rätt utdraget intygar: Annelie Berg, nämndsekreterare")
    d.add_heading("Utdrag till", 2)
    for item in ["Hälso- och sjukvårdsdirektör", "Ekonomidirektör",
                 "Processledare för sjukskrivnings- och rehabiliteringsprocessen"]:
        d.add_paragraph(item, style="List Bullet")
    d.save(str(DOCS / "region-kalmar-protokollsutdrag-2019-rs87.docx"))


if __name__ == "__main__":
    dalarna_pdf()
    kalmar_docx()
