"""Generates the PDF and DOCX test documents of batch b1 (writer a).

Run from the repository root: .venv/bin/python evals/batches/b1/make_docs_a.py
Needs reportlab and python-docx; writes into evals/batches/b1/docs/.
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"
NOTE = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


# --- Riksrevisionen audit report (PDF) ------------------------------------------------------

AUDIT_PDF = DOCS / "b1a-riksrevisionen-2015-granskning-overenskommelser-sjukskrivning.pdf"
AUDIT_TITLE = "Statens överenskommelser med SKL om sjukskrivning"
RUNNING_HEAD = "Överenskommelserna om sjukskrivning"


def _audit_later_pages(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(20 * mm, height - 12 * mm, RUNNING_HEAD)
    canvas.drawRightString(width - 20 * mm, height - 12 * mm, "RiR 2015:11")
    canvas.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
    canvas.drawString(20 * mm, 12 * mm, "RIKSREVISIONEN")
    canvas.drawRightString(width - 20 * mm, 12 * mm, str(doc.page))
    canvas.restoreState()


def make_audit_pdf() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    ss = getSampleStyleSheet()
    body, h1, h2, title = ss["BodyText"], ss["Heading1"], ss["Heading2"], ss["Title"]
    small = ss["Italic"]

    def p(text: str) -> Paragraph:
        return Paragraph(text, body)

    story = [
        Paragraph(NOTE, small),
        Spacer(1, 30 * mm),
        Paragraph("Riksrevisionen", h1),
        Paragraph("Granskningsrapport RiR 2015:11", h2),
        Spacer(1, 10 * mm),
        Paragraph(AUDIT_TITLE, title),
        Paragraph("– styr de mot att patienter återgår i arbete?", h2),
        Spacer(1, 20 * mm),
        p("Datum: 2015-06-10"),
        p("Dnr: 3.1.1-2014-0812"),
        p("Riksrevisionen, Box 45070, 104 30 Stockholm"),
        PageBreak(),
        Paragraph("Sammanfattning", h1),
        p("Riksrevisionen har granskat om statens överenskommelser med Sveriges Kommuner och Landsting "
          "(SKL) om sjukskrivningsprocessen och rehabiliteringsgarantin har varit ett effektivt sätt att "
          "styra landstingen mot en bättre sjukskrivningsprocess och mot att patienter återgår i arbete. "
          "Granskningen omfattar åren 2010–2014."),
        p("Under perioden avsatte staten sammanlagt 9,65 miljarder kronor till de två överenskommelserna, "
          "varav 5 miljarder kronor till sjukskrivningsmiljarden och 4,65 miljarder kronor till "
          "rehabiliteringsgarantin."),
        p("Riksrevisionens övergripande slutsats är att överenskommelserna har bidragit till att landstingen "
          "har byggt upp ledningsstrukturer för sjukskrivningsfrågorna och ökat tillgången till KBT och "
          "multimodal rehabilitering. Ersättningsmodellerna premierar dock främst volym och inte effekter "
          "för patienterna. Det saknas belägg för att rehabiliteringsgarantin som helhet har minskat "
          "sjukfrånvaron."),
        p("Riksrevisionen rekommenderar bland annat regeringen att teckna fleråriga överenskommelser och att "
          "koppla ersättningen till att patienter återgår i arbete."),
        Paragraph("1 Inledning", h1),
        Paragraph("1.1 Motiv för granskningen", h2),
        p("Sedan 2006 har regeringen varje år tecknat överenskommelser med SKL för att ge landstingen "
          "drivkrafter att prioritera sjukskrivningsfrågorna. Överenskommelserna har blivit ett av statens "
          "viktigaste styrmedel inom området. Sjukfrånvaron har samtidigt ökat igen: sjukpenningtalet ökade "
          "från 8,4 dagar i december 2012 till 9,6 dagar i december 2014."),
        Paragraph("1.2 Revisionsfrågor", h2),
        ListFlowable([
            ListItem(p("Har överenskommelserna utformats så att de styr mot att patienter återgår i arbete?")),
            ListItem(p("Har regeringen följt upp och utvärderat effekterna av överenskommelserna?")),
            ListItem(p("Står landstingens och Försäkringskassans administration i rimlig proportion till "
                       "medlen?")),
        ], bulletType="bullet"),
        Paragraph("1.3 Metod och avgränsning", h2),
        p("Granskningen bygger på dokumentstudier, intervjuer med företrädare för Socialdepartementet, SKL, "
          "Försäkringskassan och sex landsting samt en enkät till samtliga 21 landsting. Alla 21 landsting "
          "besvarade enkäten. Riksrevisionen har dessutom gjort stickprov i Landstinget Dalarna, Region "
          "Örebro län och Norrbottens läns landsting."),
        PageBreak(),
        Paragraph("2 Granskningens resultat", h1),
        Paragraph("2.1 Avsatta och utbetalda medel", h2),
        p("Tabell 1 visar de medel som staten avsatte till de två överenskommelserna under 2010–2014 och hur "
          "mycket av medlen för rehabiliteringsgarantin som betalades ut."),
    ]
    rows = [
        ["År", "Sjukskrivnings-\nmiljarden, avsatt", "Rehabiliterings-\ngarantin, avsatt",
         "Rehabiliterings-\ngarantin, utbetalt", "Utbetalt,\nandel"],
        ["2010", "1 000", "1 000", "880", "88 %"],
        ["2011", "1 000", "1 000", "930", "93 %"],
        ["2012", "1 000", "1 000", "921", "92 %"],
        ["2013", "1 000", "900", "842", "94 %"],
        ["2014", "1 000", "750", "701", "93 %"],
        ["Summa", "5 000", "4 650", "4 274", "92 %"],
    ]
    table = Table(rows, colWidths=[22 * mm, 36 * mm, 36 * mm, 36 * mm, 22 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [
        Paragraph("Tabell 1. Avsatta och utbetalda medel 2010–2014 (miljoner kronor)", small),
        table,
        Spacer(1, 4 * mm),
        Paragraph("Källa: Försäkringskassan och överenskommelserna 2010–2014. Uppgiften för 2014 är preliminär.",
                  small),
        p("Av de 4 650 miljoner kronor som avsattes för rehabiliteringsgarantin 2010–2014 betalades "
          "4 274 miljoner kronor ut, det vill säga 92 procent. Resterande medel återgick till staten. För 2013 betalades 842 av de "
          "900 miljoner kronor som avsattes ut."),
        Paragraph("2.2 Ersättningen styr mot volym", h2),
        p("Inom rehabiliteringsgarantin har landstingen ersatts per avslutad behandling, oavsett om patienten "
          "har återgått i arbete eller inte. I Riksrevisionens enkät uppgav 15 av 21 landsting att "
          "ersättningen per behandling var det viktigaste skälet till att de prioriterade KBT och MMR. "
          "Flera landsting har gett behandling till patienter som varken var sjukskrivna eller bedömdes "
          "riskera sjukskrivning."),
        Paragraph("2.3 Effekter på sjukfrånvaron", h2),
        p("Karolinska Institutets utvärdering från 2014 fann ingen statistiskt säkerställd effekt av KBT inom "
          "garantin på sjukfrånvaron. För MMR2 minskade sjukfrånvaron med i genomsnitt 18 dagar under året "
          "efter behandlingen jämfört med en kontrollgrupp. Inspektionen för socialförsäkringen (ISF) har i "
          "en tidigare rapport kommit till liknande slutsatser om KBT."),
        PageBreak(),
        Paragraph("2.4 Ettåriga och sent tecknade överenskommelser", h2),
        p("Överenskommelserna har tecknats för ett år i taget. Överenskommelsen om rehabiliteringsgarantin "
          "för 2011 undertecknades först den 8 februari 2011, det vill säga efter att året hade börjat. "
          "Överenskommelserna för 2013 tecknades den 13 december 2012. Landstingen har därför haft svårt att "
          "planera verksamheten och att anställa behandlare på längre sikt."),
        Paragraph("2.5 Administration och kontroll", h2),
        p("Enligt enkäten lägger landstingen i genomsnitt motsvarande 1,5 årsarbetskrafter per år på att ta "
          "fram och rapportera underlag för överenskommelserna. Försäkringskassan kontrollerar att "
          "underlagen är fullständiga men inte att de rapporterade behandlingarna har genomförts. "
          "Riksrevisionens stickprov av 600 rapporterade behandlingar i tre landsting visade att 42 "
          "behandlingar, 7 procent, inte uppfyllde villkoren i överenskommelsen."),
        Paragraph("3 Slutsatser", h1),
        p("Riksrevisionen bedömer att överenskommelserna har fungerat som ett sätt att snabbt föra ut "
          "statliga medel till landstingen, men att de inte har utformats för att styra mot det "
          "övergripande målet att fler ska återgå i arbete."),
        p("Styrningen med ettåriga överenskommelser skapar kortsiktighet i landstingen. Regeringen har inte "
          "säkerställt en löpande uppföljning av överenskommelsernas effekter, och de utvärderingar som har "
          "gjorts har inte fått genomslag i hur överenskommelserna utformas."),
        p("Försäkringskassans kontroll av underlagen är inte tillräcklig för att säkerställa att statliga "
          "medel bara betalas ut för behandlingar som uppfyller villkoren."),
        Paragraph("4 Rekommendationer", h1),
        p("Riksrevisionen lämnar följande rekommendationer till regeringen:"),
        ListFlowable([
            ListItem(p("Teckna fleråriga överenskommelser och besluta om dem senast den 30 september året "
                       "innan de börjar gälla.")),
            ListItem(p("Utforma ersättningen så att den i högre grad premierar att patienter återgår i arbete "
                       "och inte enbart antalet avslutade behandlingar.")),
            ListItem(p("Ge en myndighet i uppdrag att löpande följa upp och utvärdera effekterna av "
                       "överenskommelserna.")),
            ListItem(p("Förenkla landstingens rapportering, till exempel genom att hämta uppgifter ur "
                       "befintliga register.")),
        ], bulletType="1", bulletFormat="%s."),
        p("Riksrevisionen lämnar följande rekommendation till Försäkringskassan:"),
        ListFlowable([
            ListItem(p("Inför stickprovskontroller av de underlag som ligger till grund för "
                       "utbetalningarna."), value=5),
        ], bulletType="1", bulletFormat="%s.", start=5),
        Spacer(1, 6 * mm),
        p("Regeringen ska inom fyra månader från det att granskningsrapporten har överlämnats till riksdagen "
          "redovisa vilka åtgärder den har vidtagit eller avser att vidta med anledning av iakttagelserna."),
        Spacer(1, 6 * mm),
        p("Riksrevisor Göran Edholm har beslutat i detta ärende. Revisionsdirektör Camilla Brandt har varit "
          "föredragande. Revisor Nils Åkesson har medverkat vid den slutliga handläggningen."),
        Spacer(1, 8 * mm),
        p("Göran Edholm"),
        p("Camilla Brandt"),
    ]
    doc = SimpleDocTemplate(str(AUDIT_PDF), pagesize=A4, title=f"RiR 2015:11 {AUDIT_TITLE}",
                            author="Riksrevisionen", leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm)
    doc.build(story, onLaterPages=_audit_later_pages)


# --- Karolinska Institutet evaluation summary (DOCX) ----------------------------------------

EVAL_DOCX = DOCS / "b1a-ki-2014-utvardering-rehabiliteringsgarantin.docx"


def make_evaluation_docx() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph(NOTE)
    d.add_paragraph("Rehabiliteringsgarantins effekter på sjukfrånvaro och hälsa", style="Title")
    d.add_paragraph("Sammanfattning av utvärderingen 2014", style="Subtitle")
    d.add_paragraph("Karolinska Institutet, Institutionen för klinisk neurovetenskap, "
                    "Sektionen för försäkringsmedicin")
    d.add_paragraph("Stockholm, juni 2014")
    d.add_paragraph("Utvärderingen har gjorts på uppdrag av Socialdepartementet (dnr S2012/4410/SF).")

    d.add_heading("Bakgrund", level=1)
    d.add_paragraph("Rehabiliteringsgarantin har sedan 2008 gett landstingen statlig ersättning för KBT, IPT och "
                    "multimodal rehabilitering (MMR) till patienter i åldern 16–67 år. Karolinska Institutet fick "
                    "2012 i uppdrag av Socialdepartementet att utvärdera garantins effekter på sjukfrånvaro, hälsa "
                    "och livskvalitet för de patienter som har behandlats.")

    d.add_heading("Metod", level=1)
    d.add_paragraph("Utvärderingen omfattar 8 412 patienter som avslutade en behandling inom garantin under "
                    "2010–2011 i fyra landsting: Landstinget Dalarna, Örebro läns landsting, Landstinget i Uppsala "
                    "län och Norrbottens läns landsting. Varje patient jämfördes med två personer i en kontrollgrupp "
                    "(totalt 16 824 personer) med liknande ålder, kön, diagnos och tidigare sjukfrånvaro, som inte "
                    "hade fått behandling inom garantin. Uppgifter om sjukfrånvaro hämtades från Försäkringskassans "
                    "register och uppgifter om hälsa från enkäter före och tolv månader efter behandlingen.")

    d.add_heading("Resultat", level=1)
    d.add_heading("Sjukfrånvaro", level=2)
    d.add_paragraph("För patienter som fick KBT eller IPT fann vi ingen statistiskt säkerställd skillnad i "
                    "sjukfrånvaro jämfört med kontrollgruppen. För MMR1 minskade antalet sjukskrivningsdagar under "
                    "året efter behandlingen med i genomsnitt 9 dagar och för MMR2 med 18 dagar jämfört med "
                    "kontrollgruppen.")
    d.add_paragraph("Tabell 1. Resultat per behandling tolv månader efter avslutad behandling")
    rows = [
        ("Behandling", "Antal patienter", "Skillnad i sjukskrivningsdagar mot kontrollgruppen",
         "Andel i arbete efter 12 månader"),
        ("KBT", "5 230", "+2 (ej signifikant)", "64 %"),
        ("IPT", "410", "−1 (ej signifikant)", "66 %"),
        ("MMR1", "1 902", "−9", "71 %"),
        ("MMR2", "870", "−18", "58 %"),
        ("Totalt", "8 412", "−3", "65 %"),
    ]
    table = d.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    d.add_paragraph("")
    d.add_heading("Hälsa och livskvalitet", level=2)
    d.add_paragraph("Självskattad hälsa (EQ-5D) förbättrades i alla behandlingsgrupper. Den genomsnittliga "
                    "förbättringen var 0,06 för KBT/IPT och 0,09 för MMR, vilket är mer än i kontrollgruppen "
                    "(0,02).")
    d.add_heading("Skillnader mellan kvinnor och män", level=2)
    d.add_paragraph("Kvinnor utgjorde 74 procent av de behandlade. Effekten av MMR på sjukfrånvaron var något "
                    "större för kvinnor än för män, men skillnaden var inte statistiskt säkerställd.")

    d.add_heading("Slutsatser", level=1)
    for text in (
        "Garantin har ökat tillgången till evidensbaserad behandling, men vi kan inte visa att KBT och IPT "
        "inom garantin har minskat sjukfrånvaron.",
        "MMR, särskilt MMR2, har en måttlig effekt på sjukfrånvaron.",
        "Ersättningen per avslutad behandling ger inga drivkrafter att välja ut de patienter som har störst "
        "nytta av behandlingen.",
    ):
        d.add_paragraph(text, style="List Bullet")

    d.add_heading("Rekommendationer", level=1)
    for text in (
        "Rikta garantin till patienter som är sjukskrivna eller har en tydlig risk för sjukskrivning.",
        "Följ upp återgång i arbete för alla patienter, inte bara antalet behandlingar.",
        "Behåll MMR i garantin och utveckla kvalitetsregistret för smärtrehabilitering.",
    ):
        d.add_paragraph(text, style="List Number")

    d.add_paragraph("Rapportens författare: Eva Lindberg-Hult, professor (projektledare), Martin Sandqvist, "
                    "med. dr, och Sara Nyström, doktorand.")
    d.add_paragraph("Den fullständiga rapporten (Rapport 2014:3) finns på Karolinska Institutets webbplats.")
    d.core_properties.title = "Rehabiliteringsgarantins effekter på sjukfrånvaro och hälsa"
    d.core_properties.author = "Karolinska Institutet"
    d.save(str(EVAL_DOCX))


if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    make_audit_pdf()
    make_evaluation_docx()
    print("wrote", AUDIT_PDF.name, "and", EVAL_DOCX.name)
