"""Generate the PDF and DOCX test documents of batch b5 (reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b5/make_docs.py
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
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f0")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
    ]))
    return t


def pdf(path: Path, title: str, author: str, flow: list) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author,
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(flow)


def p(text: str, style=BODY) -> Paragraph:
    return Paragraph(text, style)


# --------------------------------------------------------------------------- Region Västmanland, MMR 2019

def vastmanland_mmr() -> None:
    flow = [
        p(MARKER, SMALL),
        p("Region Västmanland<br/>Hälso- och sjukvårdsförvaltningen, Enheten för uppföljning och analys"),
        p("Datum: 2020-02-14<br/>Diarienummer: RV 2020-00187"),
        p("Uppföljning av multimodal rehabilitering i Region Västmanland 2019", H1),
        p("1. Sammanfattning", H2),
        p("Under 2019 avslutade 412 patienter multimodal rehabilitering (MMR) i Region Västmanland, varav 318 "
          "inom primärvårdens MMR1-team och 94 vid Smärtrehabiliteringen på specialistnivå (MMR2). Det är 33 fler "
          "än 2018. Tre av fyra patienter var kvinnor."),
        p("Medianväntetiden från remiss till start av teambedömning var 11 veckor, jämfört med 14 veckor 2018. "
          "Vid uppföljning efter tolv månader hade 52 procent av patienterna förbättrad arbetsförmåga. Resultaten "
          "skiljer sig mycket mellan enheterna: väntetiden var kortast i Sala (8 veckor) och längst i Fagersta "
          "(15 veckor)."),
        p("2. Bakgrund och definitioner", H2),
        p("Multimodal rehabilitering är en teambaserad behandling för patienter med långvarig smärta i rygg, nacke "
          "och skuldror, där insatser från minst tre professioner samordnas under en tidsbegränsad period. "
          "Regionen har erbjudit MMR sedan rehabiliteringsgarantin infördes. MMR1 ges av fyra rehabteam i "
          "primärvården och MMR2 av Smärtrehabiliteringen vid Västmanlands sjukhus Västerås."),
        p("I rapporten används följande definitioner:"),
        p("<b>Väntetid</b> avser tiden från att remissen har kommit in till att teambedömningen startar, redovisad "
          "som median i veckor."),
        p("<b>Avslutad MMR</b> avser en patient som har fullföljt behandlingsprogrammet enligt rehabiliteringsplanen."),
        p("<b>Förbättrad arbetsförmåga</b> avser att patienten vid uppföljning efter tolv månader arbetar fler timmar "
          "per vecka eller har lägre grad av sjukskrivning än vid behandlingsstart."),
        p("Uppgifterna kommer från regionens vårdadministrativa system och från Nationellt register över "
          "smärtrehabilitering (NRS)."),
        p("Metod", H2),
        p("Uppföljningen omfattar samtliga patienter som avslutade MMR1 eller MMR2 i regionen mellan den 1 januari "
          "och den 31 december 2019. Uppföljningen efter tolv månader gjordes per telefon eller via NRS-enkäten. "
          "Patienter som avbröt behandlingen ingår inte i resultatmåtten; under 2019 avbröt 37 patienter sin "
          "behandling i förtid."),
        p("3. Resultat per enhet", H2),
        p("Tabell 1. Avslutade behandlingar, väntetid och resultat per enhet 2019"),
        table([
            ["Enhet", "Nivå", "Avslutade", "Andel kvinnor", "Median väntetid (veckor)", "Förbättrad arbetsförmåga"],
            ["Rehabteam Västerås city", "MMR1", "124", "78 %", "9", "58 %"],
            ["Rehabteam Köping", "MMR1", "71", "75 %", "12", "52 %"],
            ["Rehabteam Sala", "MMR1", "58", "81 %", "8", "61 %"],
            ["Rehabteam Fagersta", "MMR1", "65", "72 %", "15", "47 %"],
            ["Smärtrehabiliteringen Västerås", "MMR2", "94", "74 %", "13", "44 %"],
            ["Totalt", "", "412", "76 %", "11", "52 %"],
        ], [5.0, 1.4, 1.9, 2.1, 2.6, 3.0]),
        Spacer(1, 8),
        p("Tabell 2. Utveckling 2017–2019, hela regionen"),
        table([
            ["År", "Avslutade", "Median väntetid (veckor)", "Förbättrad arbetsförmåga"],
            ["2017", "351", "16", "49 %"],
            ["2018", "379", "14", "50 %"],
            ["2019", "412", "11", "52 %"],
        ], [2.0, 3.0, 4.5, 4.5]),
        Spacer(1, 8),
        p("Kvinnor och män", H2),
        p("Av de 412 patienterna var 313 kvinnor och 99 män. Andelen med förbättrad arbetsförmåga efter tolv "
          "månader var 53 procent för kvinnorna och 49 procent för männen. Männen hade i genomsnitt något kortare "
          "väntetid, men skillnaden var mindre än en vecka."),
        p("Patientrapporterade utfall", H2),
        p("Av de patienter som besvarade NRS-enkäten vid uppföljningen efter tolv månader skattade 64 procent "
          "sin hälsa som förbättrad jämfört med före behandlingen och 12 procent som försämrad. Svarsfrekvensen "
          "var 71 procent. Smärtintensiteten minskade i genomsnitt från 6,8 till 5,4 på en skala från 0 till 10."),
        p("Kostnader", H2),
        p("Den genomsnittliga kostnaden per avslutad behandling var 38 500 kronor för MMR1 och 71 000 kronor för "
          "MMR2. Den sammanlagda kostnaden för MMR i regionen 2019 uppgick till drygt 18,9 miljoner kronor, "
          "varav personalkostnader utgjorde 84 procent."),
        p("4. Analys", H2),
        p("Den kortare väntetiden förklaras främst av att Rehabteam Västerås city under våren 2019 införde "
          "gruppbaserade bedömningar. Den långa väntetiden i Fagersta hänger samman med att två tjänster som "
          "fysioterapeut var vakanta under större delen av året. Andelen med förbättrad arbetsförmåga är lägre "
          "för MMR2, vilket är väntat eftersom patienterna där har mer komplexa besvär och längre sjukskrivningar."),
        p("Under 2019 fördelade regionen 3,2 miljoner kronor av statsbidraget inom överenskommelsen om en "
          "kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess till MMR1-teamen, främst för "
          "psykologtid och rehabkoordinering."),
        p("5. Rekommendationer", H2),
        p("a) Medianväntetiden till MMR bör vara högst 8 veckor vid samtliga enheter senast 2021."),
        p("b) Rehabteam Fagersta bör få stöd från Västerås city för att korta kön under 2020."),
        p("c) Alla enheter bör registrera samtliga patienter i NRS, så att resultaten kan jämföras med andra "
          "regioner."),
        p("d) Uppföljningen bör från 2020 redovisa resultat uppdelat på kvinnor och män för varje enhet."),
        Spacer(1, 10),
        p("Västerås den 14 februari 2020"),
        p("Annika Forsgren<br/>Hälso- och sjukvårdsdirektör"),
        p("Rapporten är sammanställd av Lina Hägglund, utvecklingsledare, och Per-Olof Sandberg, överläkare och "
          "medicinskt ansvarig för smärtrehabilitering."),
    ]
    pdf(DOCS / "rvm-2020-uppfoljning-mmr-2019.pdf", "Uppföljning av multimodal rehabilitering 2019",
        "Region Västmanland", flow)


# --------------------------------------------------------------------------- ISF evaluation, English summary

def isf_summary() -> None:
    flow = [
        p(MARKER, SMALL),
        p("Inspektionen för socialförsäkringen (ISF) – Swedish Social Insurance Inspectorate"),
        p("Summary of ISF Report 2016:14 | December 2016"),
        p("Did the rehabilitation guarantee reduce sickness absence? An evaluation of the guarantee 2009–2014", H1),
        p("Summary", H2),
        p("The rehabilitation guarantee (rehabiliteringsgarantin) was introduced in 2008 through an agreement "
          "between the Government and the Swedish Association of Local Authorities and Regions (SKL). County "
          "councils were paid for each completed treatment of cognitive behavioural therapy (CBT), interpersonal "
          "therapy (IPT) and multimodal rehabilitation (MMR) given to patients aged 16–67 with mild to moderate "
          "mental ill-health or long-term pain in the back, neck or shoulders. The aim was to help patients return "
          "to work or to prevent sick leave."),
        p("ISF has evaluated whether the treatments financed by the guarantee reduced sickness absence. The "
          "evaluation covers 34 420 patients who completed a treatment between 2009 and 2014, compared with "
          "matched patients with similar diagnoses and sickness histories who did not receive treatment within "
          "the guarantee."),
        p("Main findings", H2),
        p("ISF finds no evidence that the treatments reduced sickness absence. Twelve months after treatment, "
          "patients who had received MMR had on average more net sickness days than the comparison group. For "
          "CBT/IPT the difference was small and not statistically significant."),
        p("Table 1. Participants and effect on net sickness days twelve months after treatment"),
        table([
            ["Treatment", "Participants", "Share women", "Difference in net sickness days vs. comparison group"],
            ["CBT/IPT", "21 430", "71 %", "+1.9 (not significant)"],
            ["MMR1", "9 870", "78 %", "+6.4"],
            ["MMR2", "3 120", "74 %", "+9.1"],
            ["All treatments", "34 420", "73 %", "+3.8"],
        ], [3.0, 2.6, 2.6, 7.5]),
        Spacer(1, 8),
        p("Net sickness days are the number of days with sickness benefit, where days with partial benefit are "
          "converted to full days; two days with half benefit thus count as one net day."),
        p("The results were similar for women and men. ISF also notes that the guarantee increased the supply of "
          "CBT and MMR in primary care, but that the reimbursement per completed treatment gave county councils "
          "an incentive to report many treatments rather than to select the patients who would benefit most."),
        p("Between 2008 and 2015 the state spent about SEK 5.6 billion on the guarantee."),
        p("Recommendations", H2),
        p("ISF recommends that the Government:"),
        p("1. links future state funding for rehabilitation in health care to treatments with documented effects "
          "on the ability to work;"),
        p("2. requires the regions to follow up results in national quality registries, broken down by sex; and"),
        p("3. lets an independent body evaluate the agreements that replace the guarantee from 2016 onwards."),
        p("About the report", H2),
        p("The evaluation was carried out by Elin Marklund (project leader) and David Öhrn. The full report, "
          "Rehabiliteringsgarantins effekter på sjukfrånvaron (ISF Rapport 2016:14), is available in Swedish. "
          "Contact: Elin Marklund, elin.marklund@inspsf.se."),
        p("Stockholm, December 2016<br/>Gunnar Bergfors, Director-General"),
    ]
    pdf(DOCS / "isf-2016-rehabilitation-guarantee-evaluation-summary-en.pdf",
        "Did the rehabilitation guarantee reduce sickness absence? Summary", "ISF", flow)


# --------------------------------------------------------------------------- Region Gotland memo (DOCX)

def gotland_memo() -> None:
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Gotland\nHälso- och sjukvårdsförvaltningen\nDnr HSN 2016/118")
    d.add_heading("PM – Fördelning av medel ur sjukskrivningsmiljarden 2016", level=1)
    d.add_paragraph("Visby den 3 mars 2016")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Staten och SKL har tecknat en överenskommelse om en kvalitetssäker och effektiv sjukskrivnings- och "
        "rehabiliteringsprocess för 2016, den så kallade sjukskrivningsmiljarden. Överenskommelsen omfattar fem "
        "områden: jämställd sjukskrivningsprocess, kompetenssatsning i försäkringsmedicin, funktion för "
        "koordinering, insatser för lindrig och medelsvår psykisk ohälsa samt elektroniskt informationsutbyte.")
    d.add_paragraph(
        "Region Gotland kan 2016 ta del av högst 6,9 miljoner kronor om samtliga villkor uppfylls. "
        "Förvaltningen planerar utifrån att regionen erhåller 6,05 miljoner kronor, det vill säga cirka 88 procent "
        "av maxbeloppet, eftersom villkoret om elektroniskt informationsutbyte sannolikt inte hinner uppfyllas.")
    d.add_heading("Förslag till fördelning", level=2)
    d.add_paragraph(
        "Av de planerade medlen fördelas drygt fyra miljoner kronor direkt till vårdenheterna. Resterande del "
        "används för gemensamma insatser som leds av förvaltningens processledare.")
    rows = [
        ("Enhet", "Ändamål", "Belopp (kr)"),
        ("Hälsocentralerna (7 st)", "Rehabkoordinatorer, 3,5 tjänster", "2 000 000"),
        ("Vuxenpsykiatrin", "Rehabkoordinator och psykologisk behandling", "1 150 000"),
        ("Visby lasarett, ortopedkliniken", "Rehabkoordinator, 0,5 tjänst", "450 000"),
        ("Hälsocentralerna (7 st)", "KBT/IPT vid lindrig och medelsvår psykisk ohälsa", "600 000"),
        ("Summa till vårdenheterna", "", "4 200 000"),
        ("Förvaltningsgemensamt", "Utbildning i försäkringsmedicin", "700 000"),
        ("Förvaltningsgemensamt", "Elektroniskt informationsutbyte (IT)", "400 000"),
        ("Förvaltningsgemensamt", "Jämställd sjukskrivningsprocess, analys och utbildning", "250 000"),
        ("Förvaltningsgemensamt", "Processledning", "500 000"),
        ("Totalt", "", "6 050 000"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    d.add_paragraph("")
    d.add_heading("Villkor för enheterna", level=2)
    d.add_paragraph(
        "Med rehabkoordinator avses i detta PM en person på vårdenheten som samordnar vårdens insatser för "
        "sjukskrivna patienter och är kontaktperson mot Försäkringskassan och arbetsgivare.", style="List Bullet")
    d.add_paragraph(
        "Medlen får endast användas för de ändamål som anges i tabellen.", style="List Bullet")
    d.add_paragraph(
        "Enheterna ska redovisa hur medlen har använts senast den 30 november 2016.", style="List Bullet")
    d.add_paragraph(
        "Medel som inte har använts vid årets slut återförs till förvaltningen centralt.", style="List Bullet")
    d.add_heading("Beslut", level=2)
    d.add_paragraph(
        "Hälso- och sjukvårdsdirektören beslutar att fördela medlen enligt detta PM. Om regionen erhåller mer än "
        "6,05 miljoner kronor fördelas överskjutande belopp till hälsocentralernas rehabkoordinering.")
    d.add_paragraph("Thomas Lindgren\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Ulrika Gardell\nProcessledare sjukskrivning, föredragande")
    d.save(str(DOCS / "rg-2016-pm-fordelning-sjukskrivningsmiljarden.docx"))


if __name__ == "__main__":
    vastmanland_mmr()
    isf_summary()
    gotland_memo()
