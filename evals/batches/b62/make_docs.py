"""Generates the PDF and DOCX test documents of batch b62 (reportlab + python-docx)."""
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
    t = Table(rows, colWidths=[w * cm for w in widths])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    return t


def make_pdf() -> None:
    path = DOCS / "b62-vgr-2013-delarsrapport-rehabiliteringsgarantin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Rehabiliteringsgarantin delårsrapport jan-aug 2013",
                            author="Västra Götalandsregionen", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Västra Götalandsregionen<br/>Hälso- och sjukvårdsavdelningen")
    P("DELÅRSRAPPORT")
    P("Datum: 2013-09-24<br/>Diarienummer: HSU 2013-00318<br/>Till: Hälso- och sjukvårdsutskottet<br/>"
      "Handläggare: Christina Möller, Per Nyström")
    P("Rehabiliteringsgarantin – delårsrapport januari–augusti 2013", h1)
    P("1. Sammanfattning", h2)
    P("Under perioden januari–augusti 2013 har vårdgivarna i Västra Götalandsregionen rapporterat 6 462 "
      "avslutade behandlingar inom rehabiliteringsgarantin: 5 412 KBT-behandlingar, 214 IPT-behandlingar och "
      "836 multimodala rehabiliteringar (MMR). Det ger en statlig ersättning för perioden på knappt 93 miljoner "
      "kronor. Antalet KBT-behandlingar är något lägre än under samma period förra året, medan MMR fortsätter "
      "att öka. Om takten håller i sig kan regionen ta del av omkring 139 miljoner kronor för helåret 2013, "
      "vilket är sju miljoner kronor mer än budgeterat.")
    P("2. Bakgrund", h2)
    P("Rehabiliteringsgarantin bygger på en överenskommelse mellan staten och Sveriges Kommuner och Landsting "
      "(SKL) som har tecknats varje år sedan 2008. Överenskommelsen för 2013 undertecknades den 13 december 2012. "
      "Garantin gäller kvinnor och män i åldern 16–67 år och omfattar två slags insatser:")
    P("a) kognitiv beteendeterapi (KBT) eller interpersonell psykoterapi (IPT) vid lindrig eller medelsvår "
      "ångest, depression eller stress, samt")
    P("b) multimodal rehabilitering vid långvarig smärta i rygg, nacke eller axlar. I denna rapport avses med "
      "MMR1 multimodal rehabilitering på primärvårdsnivå och med MMR2 multimodal rehabilitering på "
      "specialistnivå, som föregås av en mer omfattande teambedömning.")
    P("Staten ersätter regionen per avslutad behandling som rapporteras till Försäkringskassan. Regionen "
      "ersätter i sin tur vårdgivarna med ett lägre belopp. Mellanskillnaden används till utbildning, "
      "uppföljning och regionens administration av garantin.")
    P("Tabell 1. Ersättning per avslutad behandling 2013 (kronor)", h2)
    s.append(_table([["Insats", "Statlig ersättning till regionen", "Regionens ersättning till vårdgivaren"],
                     ["KBT/IPT", "12 000", "10 000"],
                     ["MMR1", "25 000", "21 000"],
                     ["MMR2", "45 000", "40 000"]], [3.5, 6.0, 6.5]))
    s.append(Spacer(1, 8))
    P("3. Avslutade behandlingar per förvaltning", h2)
    P("Tabell 2. Avslutade behandlingar januari–augusti 2013 och statlig ersättning per förvaltning", h2)
    s.append(_table([["Förvaltning", "KBT", "IPT", "MMR1", "MMR2", "Ersättning (tkr)"],
                     ["Närhälsan", "2 318", "96", "342", "–", "37 518"],
                     ["Privata vårdcentraler (VG Primärvård)", "2 406", "71", "270", "–", "36 474"],
                     ["Sahlgrenska Universitetssjukhuset", "312", "28", "–", "96", "8 400"],
                     ["Södra Älvsborgs Sjukhus", "148", "9", "–", "38", "3 594"],
                     ["Skaraborgs Sjukhus", "131", "6", "–", "41", "3 489"],
                     ["NU-sjukvården", "97", "4", "–", "49", "3 417"],
                     ["Summa", "5 412", "214", "612", "224", "92 892"]],
                    [6.4, 1.6, 1.4, 1.5, 1.5, 3.0]))
    s.append(Spacer(1, 8))
    P("Primärvården, det vill säga Närhälsan och de privata vårdcentralerna, står för 87 procent av "
      "KBT-behandlingarna och för samtliga MMR1. MMR2 ges vid fyra sjukhusförvaltningar, där Sahlgrenska "
      "Universitetssjukhuset svarar för 96 av de 224 rehabiliteringarna.")
    P("4. Jämförelse med 2012", h2)
    P("Under januari–augusti 2012 rapporterades 5 790 KBT-behandlingar, 201 IPT-behandlingar och 802 MMR. "
      "Antalet KBT-behandlingar har därmed minskat med 378, eller knappt 7 procent, medan IPT har ökat med 13 "
      "och MMR med 34 behandlingar. För helåret 2012 rapporterades 8 353 KBT, 288 IPT och 1 224 MMR. "
      "Minskningen av KBT bedöms främst bero på de skärpta kraven på dokumentation som infördes under 2012.")
    P("5. Försäkringskassans granskning", h2)
    P("Rapporteringen till Försäkringskassan sker 2013 vid fyra tillfällen: den 30 april, den 30 augusti och "
      "den 31 oktober 2013 samt den 31 mars 2014. Denna delårsrapport omfattar de två första rapporterna. "
      "Vid granskningen av aprilrapporten underkände Försäkringskassan 146 KBT-behandlingar och 9 MMR1, "
      "främst därför att den medicinska bedömningen inte var dokumenterad innan behandlingen började. "
      "De underkända behandlingarna ingår inte i tabell 2. Regionen gick därmed miste om knappt två miljoner "
      "kronor.")
    P("6. Ekonomi och prognos", h2)
    P("Regionen har budgeterat 132 miljoner kronor i intäkter från rehabiliteringsgarantin 2013. För januari–"
      "augusti har vårdgivarna fått 78,1 miljoner kronor enligt den regionala ersättningen i tabell 1. "
      "Mellanskillnaden för perioden, 14,8 miljoner kronor, finansierar bland annat utbildning i KBT för "
      "vårdcentralernas personal och två tjänster som MMR-samordnare.")
    P("7. Fortsatt arbete", h2)
    for i, t in enumerate([
            "Vårdgivare med underkända behandlingar får återkoppling och stöd i dokumentationen före "
            "oktoberrapporten.",
            "En gemensam mall för medicinsk bedömning före KBT införs i journalsystemet senast den 1 november 2013.",
            "MMR2 vid Kungälvs sjukhus och Alingsås lasarett utreds inför 2014.",
            "En samlad årsrapport för 2013 lämnas till hälso- och sjukvårdsutskottet i april 2014."], 1):
        P(f"{i}. {t}")
    P("8. Kontakt", h2)
    P("Christina Möller, enhetschef, Hälso- och sjukvårdsavdelningen, tfn 010-441 23 05<br/>"
      "Per Nyström, controller, Hälso- och sjukvårdsavdelningen, tfn 010-441 27 86")
    P("Västra Götalandsregionen<br/>Hälso- och sjukvårdsavdelningen<br/><br/>Christina Möller<br/>Enhetschef")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b62-skr-2023-promemoria-villkor-sjukskrivningsoverenskommelsen.docx"
    d = Document()
    d.core_properties.title = "Promemoria: villkor i sjukskrivningsöverenskommelsen 2023"
    d.core_properties.author = "Sveriges Kommuner och Regioner"
    d.add_paragraph(MARK)
    d.add_paragraph("Sveriges Kommuner och Regioner\nAvdelningen för vård och omsorg")
    d.add_paragraph("PROMEMORIA\nDatum: 2023-02-08\nDnr: 23/00214\nHandläggare: Johanna Berglöf, Oskar Lindahl\n"
                    "Till: Regionernas kontaktpersoner för sjukskrivnings- och rehabiliteringsfrågor")
    d.add_heading("Villkor och utbetalning i överenskommelsen om en effektiv och kvalitetssäker sjukskrivnings- "
                  "och rehabiliteringsprocess 2023", level=1)
    d.add_heading("1. Inledning", level=2)
    d.add_paragraph(
        "Regeringen och SKR undertecknade den 19 januari 2023 en ettårig överenskommelse om en effektiv och "
        "kvalitetssäker sjukskrivnings- och rehabiliteringsprocess. Överenskommelsen omfattar totalt 1 100 "
        "miljoner kronor, varav 1 060 miljoner kronor kan betalas ut till regionerna och 40 miljoner kronor går "
        "till SKR för stöd till regionerna, nätverk och uppföljning. Denna promemoria beskriver villkoren, "
        "beloppen och tidpunkterna för redovisning och utbetalning.")
    d.add_heading("2. Bakgrund", level=2)
    d.add_paragraph(
        "Staten och SKR har tecknat överenskommelser om sjukskrivningsprocessen sedan 2006. Rehabiliterings"
        "garantin, som gav regionerna ersättning per genomförd KBT, IPT och multimodal rehabilitering, gällde "
        "som egen överenskommelse 2008–2015. Ersättning för rehabiliteringsinsatser ingick därefter i "
        "sjukskrivningsöverenskommelserna till och med 2018.")
    d.add_paragraph(
        "Sedan den 1 februari 2020 är regionerna enligt lagen (2019:1297) om koordineringsinsatser för "
        "sjukskrivna patienter skyldiga att erbjuda koordineringsinsatser. Funktionen för koordinering är därför "
        "inte längre ett villkor i överenskommelsen, men område 2 bygger vidare på den.")
    d.add_heading("3. Grundvillkor", level=2)
    d.add_paragraph(
        "För att få del av några medel ska regionen senast den 31 mars 2023 ha lämnat en regional handlingsplan "
        "för 2023 till SKR. Handlingsplanen ska vara beslutad av regionens ledning på förvaltningsnivå. En region "
        "som inte uppfyller grundvillkoret får inga medel inom överenskommelsen.")
    d.add_heading("4. Områden, belopp och prestationer", level=2)
    d.add_paragraph("Tabell 1. Medel per område 2023 (miljoner kronor)")
    rows = [("Område", "Belopp", "Prestation som ska vara uppfylld", "Redovisas senast"),
            ("1. Kompetens i försäkringsmedicin", "210",
             "Minst 80 procent av läkarna i primärvård och psykiatri har gått grundutbildning i "
             "försäkringsmedicin den 30 november 2023", "2023-12-15"),
            ("2. Arbetsgivarkontakter och återgång i arbete", "300",
             "Dokumenterad arbetsgivarkontakt för minst 25 procent av patienterna med koordineringsinsats",
             "2023-12-15"),
            ("3. Tidiga insatser vid psykisk ohälsa", "250",
             "Minst 60 procent av vårdcentralerna erbjuder internetbaserat stöd och behandling via 1177",
             "2023-12-15"),
            ("4. Sjukskrivning i specialiserad vård", "150",
             "Handlingsplan i minst tre specialiteter och utsedd sjukskrivningsansvarig chef", "2023-12-15"),
            ("5. Elektroniskt informationsutbyte", "150",
             "Regionens samtliga vårdgivare skickar läkarintyg digitalt till Försäkringskassan", "2024-01-31"),
            ("Summa", "1 060", "", "")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Med läkarna i primärvård och psykiatri avses i tabell 1 tillsvidareanställda läkare och ST-läkare. "
        "Inhyrda läkare räknas inte in.")
    d.add_heading("5. Fördelning och utbetalning", level=2)
    d.add_paragraph(
        "Medlen fördelas mellan regionerna efter befolkningsandel den 1 november 2022 enligt SCB. Utbetalningen "
        "sker i två steg:")
    for t in ["Hälften av medlen för område 1–4 betalas ut i förskott i april 2023 till de regioner som har "
              "uppfyllt grundvillkoret.",
              "Resterande medel för område 1–4 och hela beloppet för område 5 betalas ut i mars 2024, sedan SKR "
              "har granskat regionernas redovisningar.",
              "En region som inte uppfyller en prestation får inte den resterande delen för det området men "
              "behåller förskottet. Medel som inte betalas ut återgår till staten."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Bilaga. Beräknad fördelning för några regioner", level=2)
    rows2 = [("Region", "Befolkningsandel", "Möjliga medel (mnkr)"),
             ("Region Stockholm", "23,6 %", "250,2"),
             ("Västra Götalandsregionen", "16,6 %", "176,0"),
             ("Region Blekinge", "1,5 %", "15,9"),
             ("Region Gotland", "0,6 %", "6,4")]
    tab2 = d.add_table(rows=0, cols=3)
    tab2.style = "Table Grid"
    for r in rows2:
        cells = tab2.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("6. Kontakt", level=2)
    d.add_paragraph("Johanna Berglöf, handläggare (område 1, 4 och 5), tfn 08-452 79 31")
    d.add_paragraph("Oskar Lindahl, handläggare (område 2 och 3, utbetalningar), tfn 08-452 76 05")
    d.add_paragraph("Sveriges Kommuner och Regioner\nAvdelningen för vård och omsorg\n\nAnnika Rosenqvist\n"
                    "Avdelningschef")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
