"""Generate the PDF and DOCX test documents of batch b10 (reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b10/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]
H1 = STYLES["Heading1"]
H2 = STYLES["Heading2"]
SMALL = STYLES["Italic"]


def table(rows: list[list[str]], widths: list[float]) -> Table:
    t = Table(rows, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eef2")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return t


def p(text: str, style=BODY) -> Paragraph:
    return Paragraph(text, style)


# --------------------------------------------------------------------------- Region Gävleborg decision 2022

def gavleborg_decision() -> None:
    rows = [
        ["Insats", "Budget 2022 (Mkr)", "Utfall 2021 (Mkr)"],
        ["Rehabkoordinering, stöd till hälsocentraler", "4,2", "3,8"],
        ["Försäkringsmedicinsk utbildning för läkare", "1,6", "1,9"],
        ["Processledning och försäkringsmedicinsk samordnare", "2,1", "2,0"],
        ["Insatser vid psykisk ohälsa, internetbaserad KBT", "2,3", "1,8"],
        ["Samverkan med arbetsgivare (pilot)", "0,9", "0,0"],
        ["Uppföljning och IT-stöd för intyg", "0,8", "0,9"],
        ["Reserv", "0,5", "0,6"],
        ["Summa", "12,4", "11,0"],
    ]
    flow = [
        p(MARKER, SMALL),
        p("Region Gävleborg<br/>Regiondirektören"),
        p("BESLUT<br/>Datum: 2022-03-09<br/>Diarienummer: RS 2022/0412"),
        p("Användning av statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och "
          "rehabiliteringsprocess 2022", H1),
        p("Beslut", H2),
        p("Regiondirektören beslutar"),
        p("1. att statsbidraget för 2022 inom överenskommelsen om en kvalitetssäker och effektiv sjukskrivnings- "
          "och rehabiliteringsprocess, 12,4 miljoner kronor, används enligt budgeten i tabell 1,"),
        p("2. att 4,2 miljoner kronor fördelas till hälsocentralerna för rehabkoordinering i förhållande till "
          "antalet listade patienter i åldern 16–67 år,"),
        p("3. att oförbrukade medel från 2021, 1,3 miljoner kronor, får användas för försäkringsmedicinsk "
          "utbildning under 2022, samt"),
        p("4. att verksamheterna ska redovisa hur medlen har använts till Hälso- och sjukvårdsförvaltningen "
          "senast den 31 oktober 2022."),
        p("Bakgrund", H2),
        p("Regeringen och Sveriges Kommuner och Regioner (SKR) har tecknat en överenskommelse om en kvalitetssäker "
          "och effektiv sjukskrivnings- och rehabiliteringsprocess för 2022. Medlen fördelas till regionerna "
          "efter befolkningsandel. Region Gävleborgs andel för 2022 är 12,4 miljoner kronor, jämfört med "
          "11,0 miljoner kronor 2021."),
        p("Sedan den 1 februari 2020 gäller lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter. "
          "Med koordineringsinsatser avses enligt lagen insatser i form av personligt stöd till patienten, "
          "intern samordning inom vården och samverkan med andra aktörer, till exempel arbetsgivare och "
          "Försäkringskassan. Statsbidraget ska stärka detta arbete men ersätter inte regionens eget ansvar."),
        p("Villkoren i överenskommelsen innebär att regionen ska ha en aktuell handlingsplan för "
          "sjukskrivningsprocessen och redovisa genomförda insatser till SKR senast den 15 november 2022."),
        p("Budget", H2),
        p("Tabell 1. Fördelning av statsbidraget 2022 och utfall 2021, miljoner kronor"),
        table(rows, [8.5, 3.5, 3.5]),
        Spacer(1, 8),
        p("Nytt för 2022 är en pilot med samverkan med arbetsgivare i Gävle och Bollnäs, där rehabkoordinatorerna "
          "erbjuder arbetsgivare ett gemensamt möte med patient och läkare inom fyra veckor från sjukskrivningens "
          "början. Piloten utvärderas under våren 2023."),
        p("Ärendets beredning", H2),
        p("Ärendet har beretts av Hälso- och sjukvårdsförvaltningen i samråd med primärvårdens ledningsgrupp. "
          "Samverkan med de fackliga organisationerna har skett den 2 mars 2022."),
        Spacer(1, 14),
        p("Gävle den 9 mars 2022"),
        Spacer(1, 10),
        p("Peter Lindgren<br/>Regiondirektör"),
        Spacer(1, 8),
        p("Emma Sjöberg<br/>Strateg försäkringsmedicin, föredragande"),
        Spacer(1, 10),
        p("Beslutet skickas till: Hälso- och sjukvårdsdirektör Maria Ekholm, Primärvården, Ekonomistaben"),
    ]
    SimpleDocTemplate(str(DOCS / "b10-gavleborg-2022-beslut-statsbidrag-sjukskrivningsprocessen.pdf"),
                      pagesize=A4, title="Användning av statsbidrag för en kvalitetssäker och effektiv "
                      "sjukskrivnings- och rehabiliteringsprocess 2022", author="Region Gävleborg").build(flow)


# --------------------------------------------------------------------------- docx helpers

def new_doc() -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(MARKER)
    return doc


def add_table(doc: Document, rows: list[list[str]]) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell


# --------------------------------------------------------------------------- Umeå universitet evaluation 2021

def umea_evaluation() -> None:
    doc = new_doc()
    doc.add_paragraph("Umeå universitet\nInstitutionen för samhällsmedicin och rehabilitering")
    doc.add_paragraph("Rapport 2021:2\nApril 2021")
    doc.add_heading("Multimodal rehabilitering i primärvården i Region Västerbotten 2016–2019 – en utvärdering", 0)
    doc.add_heading("Sammanfattning", 1)
    doc.add_paragraph(
        "Umeå universitet har på uppdrag av Region Västerbotten utvärderat multimodal rehabilitering på nivå 1 "
        "(MMR1) vid regionens hälsocentraler under åren 2016–2019. Utvärderingen bygger på uppgifter från "
        "Nationella registret över smärtrehabilitering (NRS) för 1 146 patienter vid 14 hälsocentraler samt "
        "intervjuer med 22 medarbetare och 15 patienter.")
    doc.add_paragraph(
        "Författare är Lars Berglund, professor i fysioterapi och projektledare, och Sofia Nyström, doktorand. "
        "Utvärderingen har finansierats med medel från överenskommelsen mellan staten och SKL om en "
        "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess.")
    doc.add_heading("Begrepp", 1)
    doc.add_paragraph(
        "Multimodal rehabilitering (MMR): samordnade insatser av ett team med minst tre professioner, till exempel "
        "läkare, fysioterapeut och psykolog, utifrån en gemensam plan för patienten.", style="List Bullet")
    doc.add_paragraph(
        "MMR1: multimodal rehabilitering i primärvården för patienter med långvarig smärta utan större "
        "psykiatrisk samsjuklighet.", style="List Bullet")
    doc.add_paragraph(
        "Avbrott: patienten har avslutat programmet före planerat slut utan att teamet bedömt det som medicinskt "
        "motiverat.", style="List Bullet")
    doc.add_heading("Patienter per år", 1)
    add_table(doc, [
        ["År", "Antal patienter", "Andel kvinnor", "Andel avbrott"],
        ["2016", "238", "80 %", "14 %"],
        ["2017", "271", "79 %", "13 %"],
        ["2018", "309", "77 %", "12 %"],
        ["2019", "328", "77 %", "11 %"],
        ["2016–2019", "1 146", "78 %", "12 %"],
    ])
    doc.add_heading("Huvudsakliga resultat", 1)
    doc.add_paragraph(
        "Smärtintensiteten minskade från en median på 7 till 5 på en skala 0–10 tolv månader efter avslutad "
        "rehabilitering.", style="List Number")
    doc.add_paragraph(
        "Andelen patienter med heltidssjukskrivning minskade från 34 procent vid start till 19 procent efter tolv "
        "månader.", style="List Number")
    doc.add_paragraph(
        "Av de patienter som var sjukskrivna vid start hade 61 procent helt eller delvis återgått i arbete efter "
        "tolv månader.", style="List Number")
    doc.add_paragraph(
        "Män avbröt programmet oftare än kvinnor, 18 procent jämfört med 11 procent.", style="List Number")
    doc.add_paragraph(
        "Andelen patienter som fullföljde programmet varierade mellan 68 och 94 procent mellan hälsocentralerna.",
        style="List Number")
    doc.add_paragraph(
        "87 procent av patienterna var nöjda eller mycket nöjda med rehabiliteringen.", style="List Number")
    doc.add_heading("Rekommendationer", 1)
    doc.add_paragraph("Utvärderarna rekommenderar Region Västerbotten att")
    for rec in (
        "införa gemensamma kriterier för vilka patienter som ska erbjudas MMR1, så att skillnaderna mellan "
        "hälsocentralerna minskar,",
        "ta fram insatser för att fler män ska fullfölja programmet, till exempel kvällstider och tydligare "
        "koppling till arbetsplatsen,",
        "låta rehabkoordinatorn delta i teamets planering från start,",
        "registrera alla MMR1-patienter i NRS, även de som avbryter,",
        "följa upp patienterna även 24 månader efter avslutad rehabilitering.",
    ):
        doc.add_paragraph(rec, style="List Bullet")
    doc.add_heading("Slutsats", 1)
    doc.add_paragraph(
        "MMR1 i primärvården i Region Västerbotten ger resultat som är jämförbara med de som rapporteras från "
        "specialistnivå, men variationen mellan hälsocentralerna är för stor. Utvärderingen kan inte visa om "
        "resultaten beror på rehabiliteringen eller på den naturliga förbättringen över tid, eftersom det saknas "
        "en kontrollgrupp.")
    doc.add_paragraph("Kontakt: Lars Berglund, projektledare, lars.berglund@umu.se")
    doc.core_properties.title = "Multimodal rehabilitering i primärvården i Region Västerbotten 2016–2019"
    doc.core_properties.author = "Umeå universitet"
    doc.save(str(DOCS / "b10-umu-2021-utvardering-mmr1-vasterbotten-sammanfattning.docx"))


# --------------------------------------------------------------------------- Region Skåne memo 2011

def skane_memo() -> None:
    doc = new_doc()
    doc.add_paragraph("Region Skåne\nKoncernkontoret, Avdelningen för hälso- och sjukvårdsstyrning")
    doc.add_paragraph("PM\nDatum: 2011-02-15\nDnr 1100187")
    doc.add_paragraph(
        "Till: Verksamhetschefer vid vårdcentraler i Hälsoval Skåne, Psykiatri Skåne och smärtrehabiliteringar\n"
        "Från: Eva Nordin, projektledare rehabiliteringsgarantin")
    doc.add_heading("Rapportering av behandlingar inom rehabiliteringsgarantin 2011", 0)
    doc.add_heading("1. Syfte", 1)
    doc.add_paragraph(
        "Denna PM beskriver hur vårdgivarna i Skåne ska registrera avslutade behandlingar inom "
        "rehabiliteringsgarantin under 2011 och vilka datum som gäller. Region Skåne får statsbidrag endast för "
        "behandlingar som registrerats korrekt och i tid. För 2010 fick Region Skåne cirka 91 miljoner kronor "
        "inom rehabiliteringsgarantin.")
    doc.add_heading("2. Definitioner", 1)
    doc.add_paragraph(
        "Avslutad behandling: en KBT- eller IPT-behandling räknas som avslutad när minst fem behandlingstillfällen "
        "har genomförts och behandlingen har avslutats enligt behandlingsplanen.", style="List Bullet")
    doc.add_paragraph(
        "Behandlingsserie: en multimodal rehabilitering (MMR1 eller MMR2) där teamets program har genomförts och "
        "en slutbedömning har gjorts.", style="List Bullet")
    doc.add_paragraph(
        "Målgrupp: patienter i åldern 16–67 år med lindrig eller medelsvår ångest, depression eller stress, eller "
        "med långvarig smärta i rygg, nacke eller axlar.", style="List Bullet")
    doc.add_heading("3. Registrering och sista datum", 1)
    doc.add_paragraph(
        "Behandlingarna registreras i webbformuläret Rehabgarantin Skåne. Registreringen ska vara gjord senast "
        "följande datum:")
    add_table(doc, [
        ["Behandlingar avslutade", "Sista dag för registrering"],
        ["januari–mars 2011", "8 april 2011"],
        ["april–juni 2011", "8 juli 2011"],
        ["juli–september 2011", "7 oktober 2011"],
        ["oktober–december 2011", "13 januari 2012"],
    ])
    doc.add_paragraph(
        "Behandlingar som registreras efter sista dag ersätts inte. Regionen sammanställer registreringarna och "
        "rapporterar till Försäkringskassan enligt överenskommelsens tidplan.")
    doc.add_heading("4. Ersättning till vårdgivarna", 1)
    doc.add_paragraph(
        "Vårdcentraler i Hälsoval Skåne får 9 000 kronor per avslutad KBT- eller IPT-behandling. Ersättningen "
        "betalas ut månaden efter att kvartalets registrering har godkänts. För MMR gäller de avtal som "
        "smärtrehabiliteringarna har med regionen.")
    doc.add_heading("5. Personuppgifter", 1)
    doc.add_paragraph(
        "Patientens personnummer registreras endast i webbformuläret. Skicka aldrig personnummer eller andra "
        "patientuppgifter med e-post.")
    doc.add_heading("6. Kontaktpersoner", 1)
    add_table(doc, [
        ["Namn", "Roll", "Telefon"],
        ["Eva Nordin", "Projektledare rehabiliteringsgarantin", "040-675 32 10"],
        ["Mikael Sandberg", "Systemförvaltare Rehabgarantin Skåne", "040-675 32 44"],
        ["Lina Ohlsson", "Ekonom, frågor om ersättning", "044-309 41 15"],
    ])
    doc.add_paragraph("Frågor om registreringen kan också skickas till funktionsbrevlådan rehabgarantin@skane.se.")
    doc.add_paragraph("Eva Nordin\nProjektledare rehabiliteringsgarantin")
    doc.core_properties.title = "Rapportering av behandlingar inom rehabiliteringsgarantin 2011"
    doc.core_properties.author = "Region Skåne"
    doc.save(str(DOCS / "b10-skane-2011-pm-rapportering-rehabiliteringsgarantin.docx"))


if __name__ == "__main__":
    gavleborg_decision()
    umea_evaluation()
    skane_memo()
