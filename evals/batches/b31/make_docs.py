"""Builds the PDF and DOCX test documents of batch b31 (stdlib + reportlab + python-docx).

Run from the repository root: .venv/bin/python evals/batches/b31/make_docs.py
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
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    out = DOCS / "b31-rvn-2022-arsuppfoljning-rehabkoordinering.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            title="Årsuppföljning 2022 – Koordineringsinsatser för sjukskrivna patienter",
                            author="Region Västernorrland")
    s: list = [Paragraph(MARKER, body), Spacer(1, 6)]
    s.append(Paragraph("Region Västernorrland", body))
    s.append(Paragraph("Hälso- och sjukvårdsförvaltningen, Enheten för försäkringsmedicin", body))
    s.append(Paragraph("Datum: 2023-03-15 &nbsp;&nbsp; Diarienummer: RV/2023:0412", body))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Årsuppföljning 2022 – Koordineringsinsatser för sjukskrivna patienter", h1))

    def section(title: str, *paras: str) -> None:
        s.append(Paragraph(title, h2))
        for p in paras:
            s.append(Paragraph(p, body))

    section("1. Sammanfattning",
            "Under 2022 fick 1 906 patienter koordineringsinsatser vid regionens hälsocentraler, vilket är 264 fler "
            "än 2021. Koordinatorerna genomförde sammanlagt 4 812 koordineringskontakter. Av patienterna var "
            "1 235 kvinnor och 671 män.",
            "Mediantiden från att patienten identifierats till första kontakten med koordinator var 9 dagar för "
            "regionen som helhet, jämfört med 12 dagar 2021. Därmed uppnåddes regionens målvärde om högst 10 dagar. "
            "Fem hälsocentraler hade dock en mediantid över målvärdet.")
    section("2. Bakgrund",
            "Sedan den 1 februari 2020 gäller lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter. "
            "Lagen innebär att regionen ska erbjuda koordineringsinsatser till patienter som har behov av det för "
            "att kunna återgå i arbete eller annan sysselsättning. I Region Västernorrland finns minst en "
            "rehabkoordinator på varje hälsocentral.",
            "Koordineringsfunktionen finansieras inom vårdvalsersättningen till hälsocentralerna. Regionen avsatte "
            "2022 totalt 14,2 miljoner kronor för koordinering, varav 2,1 miljoner kronor för utbildning och "
            "nätverksträffar för koordinatorer.",
            "Uppföljningen bygger på registreringar i journalsystemet med åtgärdskod för koordinering. De 12 "
            "regiondrivna hälsocentralerna redovisas var för sig. De 8 privata hälsocentralerna redovisas sammantaget.")

    s.append(Paragraph("3. Koordineringskontakter per hälsocentral", h2))
    s.append(Paragraph("Tabell 1. Koordinering per hälsocentral 2022", body))
    rows = [
        ["Hälsocentral", "Patienter", "Kontakter", "Andel\nkvinnor (%)", "Mediantid till\nförsta kontakt\n(dagar)",
         "Median sjuk-\nskrivning vid\navslut (dagar)"],
        ["Skönsberg", "212", "548", "66", "7", "92"],
        ["Nacksta", "188", "471", "63", "10", "98"],
        ["Matfors", "74", "186", "61", "6", "81"],
        ["Kvissleby", "96", "233", "65", "8", "85"],
        ["Timrå", "141", "362", "64", "9", "90"],
        ["Härnösand", "167", "418", "67", "11", "95"],
        ["Kramfors", "119", "301", "62", "14", "102"],
        ["Sollefteå", "103", "262", "60", "16", "110"],
        ["Domsjö", "158", "405", "68", "8", "84"],
        ["Bjästa", "61", "149", "59", "5", "79"],
        ["Husum", "38", "90", "58", "12", "88"],
        ["Ånge", "57", "141", "61", "13", "97"],
        ["Summa regiondrivna", "1 414", "3 566", "64", "9", "92"],
        ["Privata hälsocentraler (8)", "492", "1 246", "67", "8", "89"],
        ["Hela regionen", "1 906", "4 812", "65", "9", "91"],
    ]
    table = Table(rows, colWidths=[4.2 * cm, 2 * cm, 2 * cm, 2.2 * cm, 2.8 * cm, 2.8 * cm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("FONT", (0, -3), (-1, -3), "Helvetica-Bold", 9),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
    ]))
    s.append(table)
    s.append(Paragraph("Källa: Journalsystemet, uttag 2023-01-20. Mediantider avser patienter med avslutad "
                       "koordinering under 2022.", small))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Skönsberg hade flest patienter med koordinering, 212, och flest kontakter, 548. Husum hade lägst antal, "
        "38 patienter. De hälsocentraler som inte nådde målvärdet om högst 10 dagar till första kontakt var "
        "Härnösand, Kramfors, Sollefteå, Husum och Ånge. Längst mediantid hade Sollefteå med 16 dagar.", body))

    section("4. Jämförelse med 2021",
            "Under 2021 fick 1 642 patienter koordineringsinsatser och antalet koordineringskontakter var 4 105. "
            "Antalet patienter ökade därmed med 16 procent mellan 2021 och 2022.",
            "Andelen kvinnor var i stort sett oförändrad, 65 procent 2022 jämfört med 66 procent 2021. Den vanligaste "
            "åldersgruppen var 40–49 år. Psykiatriska diagnoser (F-diagnoser) stod för 58 procent av "
            "sjukskrivningarna bland patienterna med koordinering och sjukdomar i rörelseorganen (M-diagnoser) för "
            "24 procent.")
    section("5. Samverkan med arbetsgivare och Försäkringskassan",
            "Koordinatorerna hade under 2022 sammanlagt 1 102 kontakter med arbetsgivare, efter patientens "
            "samtycke. Koordinatorerna deltog i 387 avstämningsmöten tillsammans med Försäkringskassan.")
    section("6. Åtgärder 2023",
            "Enheten för försäkringsmedicin föreslår följande åtgärder för 2023:",
            "• Hälsocentralerna i Kramfors och Sollefteå får stöd med att se över arbetssätt och bemanning för att "
            "korta tiden till första kontakt.",
            "• En gemensam introduktionsutbildning för nya rehabkoordinatorer ges två gånger per år.",
            "• Uppföljningen kompletteras från 2023 med patienternas återgång i arbete efter 90 dagar.")
    section("7. Kontakt",
            "Karin Edström, försäkringsmedicinsk samordnare, Enheten för försäkringsmedicin",
            "Mikael Norberg, verksamhetsutvecklare, Hälso- och sjukvårdsförvaltningen",
            "Årsuppföljningen har fastställts av Eva Sjödin, hälso- och sjukvårdsdirektör.")
    doc.build(s)


def make_docx() -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.title = "Beslut – Fördelning av statsbidrag för rehabiliteringsinsatser 2017"
    d.core_properties.author = "Region Halland"
    d.add_paragraph(MARKER)
    d.add_paragraph("Region Halland\nHälso- och sjukvårdsavdelningen")
    d.add_paragraph("Datum: 2017-03-22\nDiarienummer: RS170158")
    d.add_heading("Beslut – Fördelning av statsbidrag för rehabiliteringsinsatser 2017 mellan primärvård "
                  "och psykiatri", level=1)

    d.add_heading("Beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsdirektören beslutar")
    for text in (
        "att Region Hallands beräknade andel av 2017 års statsbidrag för insatser vid lindrig och medelsvår "
        "psykisk ohälsa och långvarig smärta, 16,4 miljoner kronor, fördelas enligt tabell 1,",
        "att Vårdval Halland ersätter vårdcentralerna med 7 000 kronor per avslutad KBT- eller IPT-behandling och "
        "18 000 kronor per avslutad MMR1-behandlingsserie, inom ramen för primärvårdens del,",
        "att medel som inte har använts den 31 december 2017 återförs till Hälso- och sjukvårdsavdelningen.",
    ):
        d.add_paragraph(text, style="List Number")

    d.add_heading("Ärendet", level=2)
    d.add_paragraph(
        "Regeringen och SKL har tecknat en tvåårig överenskommelse för 2017–2018 om en kvalitetssäker och effektiv "
        "sjukskrivnings- och rehabiliteringsprocess. Av överenskommelsens medel är 500 miljoner kronor per år "
        "avsatta för ersättning till landstingen för rehabiliteringsinsatser vid lindrig och medelsvår psykisk "
        "ohälsa och långvarig smärta. Medlen fördelas efter befolkningsandel. Region Hallands andel för 2017 "
        "beräknas till 16,4 miljoner kronor.")
    d.add_paragraph(
        "Tidigare år har medlen i huvudsak gått till primärvården. Under 2016 har efterfrågan på behandling vid "
        "lindrig och medelsvår psykisk ohälsa ökat även inom Psykiatri Halland, och väntetiderna till KBT har "
        "ökat. Beslutet innebär därför att psykiatrins andel ökar jämfört med 2016.")

    d.add_heading("Fördelning", level=2)
    d.add_paragraph("Tabell 1. Fördelning av statsbidraget 2017 jämfört med 2016, miljoner kronor")
    rows = [
        ("Mottagare", "Insatser", "2016", "2017"),
        ("Vårdval Halland (primärvård)", "KBT/IPT, internetbaserad KBT, MMR1", "8,7", "9,8"),
        ("Psykiatri Halland", "KBT i grupp och individuellt vid lindrig och medelsvår psykisk ohälsa", "3,4", "4,2"),
        ("Smärtrehabilitering, Hallands sjukhus", "MMR2", "1,4", "1,6"),
        ("Hälso- och sjukvårdsavdelningen", "Utbildning, uppföljning och rapportering", "0,6", "0,8"),
        ("Summa", "", "14,1", "16,4"),
    ]
    table = d.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0 or r == len(rows) - 1:
                for run in cell.paragraphs[0].runs:
                    run.font.bold = True
                    run.font.size = Pt(10)

    d.add_heading("Utbetalning och återrapportering", level=2)
    d.add_paragraph(
        "Vårdcentralernas ersättning betalas ut månadsvis i efterskott utifrån rapporterade och godkända "
        "behandlingar. Psykiatri Halland och Smärtrehabiliteringen får sina medel i fyra lika stora delar, en gång "
        "per kvartal.")
    d.add_paragraph(
        "Mottagarna återrapporterar antalet avslutade behandlingar, fördelat på kvinnor och män, till Hälso- och "
        "sjukvårdsavdelningen senast den 10:e dagen efter varje kvartals slut. Hälso- och sjukvårdsavdelningen "
        "sammanställer rapporteringen till SKL.")
    d.add_paragraph(
        "Medlen för funktion för koordinering och för kompetenssatsning i försäkringsmedicin inom samma "
        "överenskommelse fördelas genom ett separat beslut.")

    d.add_heading("Underskrifter", level=2)
    d.add_paragraph("Halmstad den 22 mars 2017")
    d.add_paragraph("Helena Wärn\nHälso- och sjukvårdsdirektör")
    d.add_paragraph("Oskar Lindahl\nStrateg, föredragande")
    d.add_heading("Beslutet skickas till", level=2)
    for text in ("Vårdval Halland", "Psykiatri Halland", "Hallands sjukhus, Smärtrehabiliteringen",
                 "Ekonomiavdelningen"):
        d.add_paragraph(text, style="List Bullet")
    d.save(str(DOCS / "b31-halland-2017-beslut-fordelning-statsbidrag.docx"))


if __name__ == "__main__":
    make_pdf()
    make_docx()
