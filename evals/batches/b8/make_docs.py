"""Generate the PDF and DOCX test documents of batch b8 (reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b8/make_docs.py
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
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6edf2")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return t


def p(text: str, style=BODY) -> Paragraph:
    return Paragraph(text, style)


# --------------------------------------------------------------------------- Västerbotten decision 2021

def vasterbotten_decision() -> None:
    flow = [
        p(MARKER, SMALL),
        p("Region Västerbotten<br/>Hälso- och sjukvårdsdirektören"),
        p("BESLUT<br/>Datum: 2021-03-09<br/>Diarienummer: RV 2021/00587"),
        p("Användning av statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och "
          "rehabiliteringsprocess 2021", H1),
        p("Bakgrund", H2),
        p("Regeringen och Sveriges Kommuner och Regioner (SKR) har tecknat en överenskommelse om en kvalitetssäker "
          "och effektiv sjukskrivnings- och rehabiliteringsprocess för 2021. Överenskommelsen omfattar totalt "
          "1 020 miljoner kronor, varav 985 miljoner kronor fördelas till regionerna efter befolkningsandel."),
        p("Region Västerbotten kan för 2021 ta del av 25,6 miljoner kronor. Av beloppet betalas 17,9 miljoner "
          "kronor ut under våren 2021 sedan regionen har lämnat en handlingsplan till SKR. Resterande "
          "7,7 miljoner kronor betalas ut i början av 2022 om regionen har uppfyllt villkoren om jämställd "
          "sjukskrivning, försäkringsmedicinsk kompetens och koordinering."),
        p("Sedan 2020 är regionerna enligt lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter "
          "skyldiga att erbjuda koordineringsinsatser. Statsbidraget får användas för att utveckla och kvalitetssäkra "
          "funktionen men ska inte ersätta regionens egen finansiering av den lagstadgade verksamheten."),
        p("Fördelning", H2),
        p("Tabell 1. Användning av statsbidraget 2021"),
        table([
            ["Insats", "Ansvarig verksamhet", "Mkr"],
            ["Koordineringsfunktion i primärvården", "Hälsocentraler", "9,4"],
            ["Koordinatorer inom psykiatri och specialistvård", "Psykiatrin, länets sjukhus", "3,2"],
            ["Försäkringsmedicinsk utbildning för läkare, AT och ST", "Försäkringsmedicinskt centrum", "1,8"],
            ["Försäkringsmedicinskt kompetensstöd", "Försäkringsmedicinskt centrum", "2,6"],
            ["Internetbaserad KBT via 1177 Vårdguiden", "Psykiatrins e-hälsoenhet", "3,5"],
            ["Utveckling av MMR1 i inlandet", "Hälsocentraler i Lycksele och Storuman", "2,4"],
            ["Uppföljning, analys och processledning", "Hälso- och sjukvårdsförvaltningen", "1,5"],
            ["Reserv", "Hälso- och sjukvårdsdirektören", "1,2"],
            ["Summa", "", "25,6"],
        ], [7.0, 6.2, 1.8]),
        Spacer(1, 8),
        p("Hälsocentralerna ersätts med 35 kronor per listad invånare för koordineringsfunktionen. Beloppet i "
          "tabell 1 är beräknat på 268 000 listade invånare. Varje hälsocentral ska ha en namngiven koordinator."),
        p("Med koordineringsinsatser avses i detta beslut insatser som hälsocentralen eller mottagningen gör för "
          "att samordna vårdens åtgärder för en sjukskriven patient, stödja patienten och samverka med "
          "arbetsgivare och Försäkringskassan, med patientens samtycke."),
        p("Villkor och återrapportering", H2),
        p("• Verksamheterna ska redovisa hur medlen har använts till Hälso- och sjukvårdsförvaltningen senast den "
          "15 januari 2022.<br/>"
          "• Medel som inte har använts under 2021 ska återföras till hälso- och sjukvårdsdirektörens reserv.<br/>"
          "• Region Västerbotten ska redovisa sin handlingsplan till SKR senast den 31 mars 2021 och en "
          "slutredovisning senast den 31 oktober 2021.<br/>"
          "• Andelen läkare som har genomgått försäkringsmedicinsk utbildning ska öka från 62 procent till "
          "75 procent under 2021."),
        p("Beslut", H2),
        p("Hälso- och sjukvårdsdirektören beslutar"),
        p("att fördela statsbidraget för 2021 enligt tabell 1,<br/>"
          "att ersättningen till hälsocentralerna för koordineringsfunktionen ska vara 35 kronor per listad "
          "invånare,<br/>"
          "att uppdra åt strategen för sjukskrivningsfrågor att sammanställa verksamheternas redovisningar "
          "till den 1 februari 2022."),
        Spacer(1, 10),
        p("Umeå den 9 mars 2021"),
        p("Anders Nygren<br/>Hälso- och sjukvårdsdirektör"),
        p("Sofia Lundmark<br/>Strateg för sjukskrivningsfrågor, föredragande"),
        Spacer(1, 6),
        p("Kontaktperson: Sofia Lundmark, Hälso- och sjukvårdsförvaltningen, telefon 090-785 00 00."),
        p("Beslutet skickas till: Primärvården, Psykiatrin, Försäkringsmedicinskt centrum, Ekonomiavdelningen"),
    ]
    doc = SimpleDocTemplate(str(DOCS / "b8-vasterbotten-2021-beslut-statsbidrag-sjukskrivningsprocessen.pdf"),
                            pagesize=A4,
                            title="Användning av statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och "
                                  "rehabiliteringsprocess 2021",
                            author="Region Västerbotten", leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(flow)


# --------------------------------------------------------------------------- Gotland audit report 2015

def gotland_audit() -> None:
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Gotland – De förtroendevalda revisorerna")
    d.add_paragraph("Revisionsrapport 2015:3")
    d.add_paragraph("Datum: 2015-06-04")
    d.add_heading("Granskning av rehabiliteringsgarantin och hanteringen av statsbidraget 2013–2014", level=1)

    d.add_heading("1. Sammanfattning", level=2)
    d.add_paragraph(
        "Revisorerna har granskat om hälso- och sjukvårdsnämnden har säkerställt att rehabiliteringsgarantin "
        "genomförs och rapporteras på ett ändamålsenligt sätt och med tillräcklig intern kontroll. Vår "
        "sammanfattande bedömning är att nämnden delvis har säkerställt detta. Behandlingarna har ökat "
        "tillgången till KBT och multimodal rehabilitering på Gotland, men rapporteringen till "
        "Försäkringskassan har brister och statsbidraget följs inte upp separat.")

    d.add_heading("2. Bakgrund och syfte", level=2)
    d.add_paragraph(
        "Rehabiliteringsgarantin är en överenskommelse mellan staten och Sveriges Kommuner och Landsting. "
        "Regionen får ersättning från staten för varje avslutad behandling med kognitiv beteendeterapi (KBT), "
        "interpersonell psykoterapi (IPT) och multimodal rehabilitering (MMR) som rapporteras till "
        "Försäkringskassan. Granskningen omfattar åren 2013 och 2014 och ingår i revisorernas revisionsplan för 2015.")
    d.add_paragraph("Granskningen har besvarat följande revisionsfrågor:")
    for q in (
        "Finns det rutiner som säkerställer att endast behandlingar som uppfyller villkoren rapporteras?",
        "Dokumenteras den medicinska bedömningen innan behandlingen påbörjas?",
        "Följer nämnden upp hur statsbidraget används och vilka resultat behandlingarna ger?",
    ):
        d.add_paragraph(q, style="List Number")

    d.add_heading("3. Metod", level=2)
    d.add_paragraph(
        "Granskningen har genomförts genom intervjuer med hälso- och sjukvårdsdirektören, verksamhetschefer i "
        "primärvården och vid rehabiliteringsenheten samt genom dokumentstudier. Vi har också granskat ett "
        "slumpmässigt urval av 40 patientjournaler för behandlingar som rapporterades till Försäkringskassan 2014.")

    d.add_heading("4. Iakttagelser", level=2)
    d.add_heading("4.1 Behandlingar och statsbidrag", level=3)
    d.add_paragraph("Tabell 1. Rapporterade behandlingar och mottaget statsbidrag")
    rows = [
        ("", "2013", "2014"),
        ("KBT/IPT", "262", "228"),
        ("MMR1", "38", "31"),
        ("MMR2", "9", "11"),
        ("Mottaget statsbidrag, Mkr", "4,4", "3,9"),
        ("Högsta möjliga statsbidrag, Mkr", "4,6", "4,4"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    d.add_paragraph(
        "Regionen tog 2013 del av 96 procent av det möjliga statsbidraget och 2014 av 89 procent. Minskningen "
        "2014 förklaras främst av att två psykologtjänster i primärvården var vakanta under hösten.")
    d.add_paragraph(
        "Statsbidraget redovisas som en intäkt i hälso- och sjukvårdsnämndens budget men följs inte upp som ett "
        "eget projekt. Det går därför inte att se hur mycket av medlen som har gått till behandlingar och hur "
        "mycket som har finansierat annan verksamhet.")
    d.add_heading("4.2 Medicinsk bedömning och dokumentation", level=3)
    d.add_paragraph(
        "I 14 av de 40 granskade journalerna, det vill säga 35 procent, fanns ingen dokumenterad medicinsk "
        "bedömning före behandlingsstart. Två av patienterna var 68 år när behandlingen påbörjades och låg "
        "därmed utanför garantins åldersgräns på 16–67 år.")
    d.add_heading("4.3 Rapportering till Försäkringskassan", level=3)
    d.add_paragraph(
        "Rapporteringen sköts manuellt av en administratör vid hälso- och sjukvårdsförvaltningen. Vi har "
        "funnit att 9 behandlingar rapporterades två gånger under 2014. Det finns ingen rutin för att en annan "
        "person kontrollerar rapporten innan den skickas.")
    d.add_heading("4.4 Uppföljning av resultat", level=3)
    d.add_paragraph(
        "Nämnden har inte följt upp om patienterna har återgått i arbete efter behandlingen. Resultat från "
        "Nationellt register över smärtrehabilitering finns för MMR2 men används inte i nämndens uppföljning.")

    d.add_heading("5. Rekommendationer", level=2)
    d.add_paragraph("Vi rekommenderar hälso- och sjukvårdsnämnden att")
    for r in (
        "införa en rutin där rapporten till Försäkringskassan kontrolleras av en andra person innan den skickas,",
        "säkerställa att den medicinska bedömningen dokumenteras i journalen innan behandling påbörjas,",
        "följa upp statsbidraget som ett eget projekt i ekonomisystemet,",
        "följa upp patienternas återgång i arbete efter KBT/IPT och multimodal rehabilitering,",
        "kontakta Försäkringskassan om de dubbelrapporterade behandlingarna.",
    ):
        d.add_paragraph(r, style="List Bullet")
    d.add_paragraph(
        "Revisorerna önskar ett skriftligt svar från hälso- och sjukvårdsnämnden senast den 30 september 2015.")

    d.add_heading("6. Granskningens genomförande", level=2)
    d.add_paragraph(
        "Granskningen har genomförts av Lena Holm, certifierad kommunal revisor, och Jonas Ek, revisionskonsult, "
        "på uppdrag av Region Gotlands förtroendevalda revisorer.")
    d.add_paragraph("Visby den 4 juni 2015")
    d.add_paragraph("För Region Gotlands revisorer")
    d.add_paragraph("Bengt Ohlin")
    d.add_paragraph("Ordförande")
    d.add_paragraph("Kontaktperson: Lena Holm, revisionskontoret, telefon 0498-26 90 00")
    d.save(str(DOCS / "b8-gotland-2015-revisionsrapport-rehabiliteringsgarantin.docx"))


if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    vasterbotten_decision()
    gotland_audit()
