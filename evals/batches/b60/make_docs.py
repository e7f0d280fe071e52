"""Generates the PDF and DOCX test documents of batch b60 (reportlab + python-docx)."""
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
    path = DOCS / "b60-skl-2012-cirkular-ersattning-rehabiliteringsgarantin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Cirkulär 12:09 Rehabiliteringsgarantin 2012",
                            author="Sveriges Kommuner och Landsting", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Sveriges Kommuner och Landsting")
    P("CIRKULÄR 12:09")
    P("Datum: 2012-02-14<br/>Diarienummer: 12/0687<br/>Avdelningen för vård och omsorg<br/>"
      "Handläggare: Gunilla Ekstedt, Tomas Rydén")
    P("Landstingsstyrelsen<br/>Regionstyrelsen<br/>Hälso- och sjukvårdsdirektören<br/>Ekonomidirektören")
    P("Rehabiliteringsgarantin 2012 – ersättning per avslutad behandling och utbetalningstidpunkter", h1)
    P("Sammanfattning", h2)
    P("Regeringen och Sveriges Kommuner och Landsting (SKL) träffade den 15 december 2011 en överenskommelse "
      "om rehabiliteringsgarantin för år 2012. Överenskommelsen omfattar sammanlagt en miljard kronor. Av dessa "
      "får högst 968 miljoner kronor betalas ut till landstingen som ersättning för avslutade behandlingar. "
      "20 miljoner kronor avsätts för forskning, utveckling och utvärdering och 12 miljoner kronor för "
      "utbildning av vårdpersonal i KBT och IPT. Cirkuläret beskriver ersättningsnivåerna, vad som räknas som "
      "en avslutad behandling och när landstingen ska rapportera och få betalt.")
    P("1. Målgrupp och definitioner", h2)
    P("Rehabiliteringsgarantin gäller kvinnor och män i åldern 16–67 år med lindrig eller medelsvår ångest, "
      "depression eller stress (KBT och IPT) eller med långvarig smärta i rygg, nacke eller axlar (MMR). "
      "Behandlingen ska föregås av en medicinsk bedömning.")
    P("Med avslutad behandling avses i detta cirkulär en behandling som har genomförts enligt den "
      "behandlingsplan som upprättades efter den medicinska bedömningen och som har avslutats under "
      "rapporteringsperioden. En KBT- eller IPT-behandling ska ha omfattat minst fyra behandlingstillfällen "
      "för att ersättas.")
    P("MMR1 avser multimodal rehabilitering på primärvårdsnivå med minst tre yrkeskategorier och en samlad "
      "insats under minst fyra veckor. MMR2 avser multimodal rehabilitering inom specialistvården som föregås "
      "av en utvidgad bedömning i team.")
    P("2. Ersättningsnivåer", h2)
    P("Tabell 1. Ersättning per avslutad behandling, 2011 och 2012 (kronor)", h2)
    s.append(_table([["Insats", "2011", "2012", "Förändring"],
                     ["KBT/IPT", "10 000", "11 000", "+1 000"],
                     ["MMR1", "20 000", "22 000", "+2 000"],
                     ["MMR2", "40 000", "42 000", "+2 000"],
                     ["Tillägg sjukskriven patient, KBT/IPT", "–", "1 000", "ny"],
                     ["Tillägg sjukskriven patient, MMR1/MMR2", "–", "3 000", "ny"]],
                    [7.0, 2.4, 2.4, 2.6]))
    s.append(Spacer(1, 8))
    P("Tillägget betalas när patienten var sjukskriven på hel- eller deltid när behandlingen inleddes. Av ramen "
      "om 968 miljoner kronor är högst 120 miljoner kronor reserverade för tilläggen.")
    P("3. Fördelning mellan landstingen", h2)
    P("Varje landsting kan högst få en andel av ramen som motsvarar landstingets andel av befolkningen i åldern "
      "16–67 år den 1 november 2011. Stockholms läns landsting kan därmed få högst 214 miljoner kronor och "
      "Landstinget Gotland högst 5,6 miljoner kronor.")
    P("Om ett landsting rapporterar fler avslutade behandlingar än vad dess andel räcker till får landstinget "
      "i första hand ingen ersättning för de överskjutande behandlingarna. Outnyttjade medel fördelas vid den fjärde "
      "utbetalningen till de landsting som har rapporterat behandlingar utöver sin andel, i förhållande till "
      "storleken på deras överskott.")
    P("4. Rapportering och utbetalning", h2)
    P("Landstingen rapporterar avslutade behandlingar till Försäkringskassan vid fyra tillfällen. "
      "Försäkringskassan granskar rapporterna och betalar ut ersättningen senast den dag som anges i tabell 2.")
    P("Tabell 2. Rapporterings- och utbetalningstidpunkter 2012", h2)
    s.append(_table([["Omgång", "Behandlingar avslutade", "Rapport senast", "Utbetalning senast"],
                     ["1", "2012-01-01 – 2012-03-31", "2012-04-30", "2012-05-31"],
                     ["2", "2012-04-01 – 2012-06-30", "2012-08-31", "2012-09-28"],
                     ["3", "2012-07-01 – 2012-09-30", "2012-10-31", "2012-11-30"],
                     ["4", "2012-10-01 – 2012-12-31", "2013-03-29", "2013-04-30"]],
                    [2.0, 5.4, 3.4, 3.6]))
    s.append(Spacer(1, 8))
    P("En rapport som kommer in efter sista dag behandlas i nästa omgång. Behandlingar som avslutades under 2012 "
      "men inte har rapporterats senast den 29 mars 2013 ersätts inte.")
    P("Rapporten ska för varje behandling ange insats, kön, ålder och om patienten var sjukskriven vid "
      "behandlingsstart. Uppgifter som kan identifiera patienten får inte lämnas.")
    P("5. Uppföljning", h2)
    P("SKL sammanställer landstingens rapporter och publicerar en lägesrapport efter varje omgång. Karolinska "
      "Institutet har i uppdrag att utvärdera hur rehabiliteringsgarantin påverkar sjukfrånvaron.")
    P("6. Frågor", h2)
    P("Frågor om ersättningsnivåerna och fördelningen besvaras av Gunilla Ekstedt, tfn 08-452 76 31. Frågor om "
      "rapporteringen till Försäkringskassan besvaras av Tomas Rydén, tfn 08-452 79 05.")
    P("Sveriges Kommuner och Landsting<br/>Avdelningen för vård och omsorg<br/><br/>"
      "Marianne Sjöqvist<br/>Avdelningschef")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b60-gavleborg-2016-verksamhetsberattelse-smartrehabilitering-mmr2.docx"
    d = Document()
    d.core_properties.title = "Verksamhetsberättelse 2016 Smärtrehabiliteringen Gävle sjukhus"
    d.core_properties.author = "Region Gävleborg"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Gävleborg\nHälso- och sjukvårdsförvaltningen, Rehabiliteringsmedicinska kliniken")
    d.add_paragraph("Datum: 2017-02-15\nDiarienummer: HSF 2017/0143")
    d.add_heading("Verksamhetsberättelse 2016 – Smärtrehabiliteringen, Gävle sjukhus (MMR2)", level=1)
    d.add_heading("1. Sammanfattning", level=2)
    d.add_paragraph(
        "Smärtrehabiliteringen vid Gävle sjukhus erbjuder multimodal rehabilitering på specialistnivå (MMR2) för "
        "patienter i åldern 18–67 år med långvarig smärta i rörelseorganen. Under 2016 avslutade 127 patienter ett "
        "MMR2-program, vilket är nio fler än året före. Väntetiden från remiss till teambedömning kortades från 17 "
        "till 12 veckor (median). Verksamheten förstärktes med en psykolog på halvtid och en fysioterapeut på "
        "halvtid.")
    d.add_heading("2. Uppdrag och målgrupp", level=2)
    d.add_paragraph(
        "Enheten tar emot remisser från primärvården och från specialistvården i hela länet. Med MMR2 avses i "
        "denna verksamhetsberättelse multimodal rehabilitering i specialistvården som föregås av en utvidgad "
        "bedömning i team av läkare, psykolog, fysioterapeut och arbetsterapeut. Patienter som bedöms kunna "
        "hjälpas av insatser på primärvårdsnivå (MMR1) hänvisas tillbaka till sin vårdcentral med en skriftlig "
        "rekommendation.")
    d.add_paragraph(
        "Ett MMR2-program omfattar sex veckor i grupp om högst åtta deltagare, tre dagar i veckan, följt av "
        "uppföljningsbesök efter tre och tolv månader.")
    d.add_heading("3. Personal", level=2)
    d.add_heading("Tabell 1. Bemanning i årsarbetare 2015 och 2016", level=3)
    rows = [("Yrkesgrupp", "2015", "2016"),
            ("Läkare, specialist i rehabiliteringsmedicin", "1,5", "1,5"),
            ("Psykolog", "2,0", "2,5"),
            ("Fysioterapeut", "2,5", "3,0"),
            ("Arbetsterapeut", "1,5", "1,5"),
            ("Kurator", "1,0", "1,0"),
            ("Sjuksköterska", "0,5", "0,5"),
            ("Vårdadministratör", "1,0", "1,0"),
            ("Enhetschef", "1,0", "1,0"),
            ("Totalt", "11,0", "12,0")]
    _docx_table(d, rows)
    d.add_paragraph(
        "Läkartjänsten bemannades under september–december 2016 delvis med hyrläkare, motsvarande 0,5 årsarbetare.")
    d.add_heading("4. Patientflöde", level=2)
    d.add_heading("Tabell 2. Remisser och behandlingar 2014–2016", level=3)
    rows = [("", "2014", "2015", "2016"),
            ("Inkomna remisser", "412", "448", "503"),
            ("Teambedömningar", "296", "321", "355"),
            ("Påbörjade MMR2", "109", "124", "131"),
            ("Avslutade MMR2", "102", "118", "127"),
            ("Andel kvinnor av avslutade", "79 %", "81 %", "77 %"),
            ("Medianväntetid remiss–teambedömning, veckor", "14", "17", "12")]
    _docx_table(d, rows)
    d.add_paragraph("Av de 127 patienter som avslutade MMR2 under 2016 var 98 kvinnor och 29 män.")
    d.add_heading("5. Resultat", level=2)
    d.add_paragraph(
        "Resultaten följs upp i Nationella registret över smärtrehabilitering (NRS). Bland de patienter som var "
        "sjukskrivna vid programstart och som följdes upp efter tolv månader under 2016 hade 52 procent ökat sin "
        "arbetsgrad (2015: 46 procent). Svarsfrekvensen vid tolvmånadersuppföljningen var 71 procent.")
    d.add_heading("6. Ekonomi och rehabiliteringsgarantin", level=2)
    d.add_paragraph(
        "För 2015 fick regionen statlig ersättning inom rehabiliteringsgarantin med 45 000 kronor per "
        "avslutad MMR2-behandling. Det året rapporterades 118 avslutade behandlingar, vilket gav drygt 5,3 "
        "miljoner kronor till kliniken.")
    d.add_paragraph(
        "Rehabiliteringsgarantin upphörde vid utgången av 2015. För 2016 beslutade regionstyrelsen att ersätta "
        "bortfallet med ett tillfälligt regionalt anslag på 4,8 miljoner kronor.")
    d.add_paragraph(
        "Enhetens bruttokostnad 2016 uppgick till 13,9 miljoner kronor (2015: 12,6 miljoner kronor). Kostnaden per "
        "avslutad MMR2-patient blev därmed cirka 109 000 kronor.")
    d.add_heading("7. Händelser under året", level=2)
    for t in ["I mars 2016 flyttade enheten till nya lokaler i hus 15 på Gävle sjukhus.",
              "I september startade en ny gruppbehandling med acceptance and commitment therapy (ACT).",
              "Två fysioterapeuter gick en högskolekurs i smärtrehabilitering om 7,5 högskolepoäng."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("8. Mål för 2017", level=2)
    for t in ["Medianväntetiden från remiss till teambedömning ska vara högst tio veckor.",
              "Minst 135 patienter ska avsluta ett MMR2-program.",
              "Andelen män bland dem som avslutar ska vara minst 25 procent."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Helena Sundqvist, enhetschef Smärtrehabiliteringen, tfn 026-15 48 22")
    d.add_paragraph("Gävle den 15 februari 2017\n\nHelena Sundqvist\nEnhetschef\n\nMats Örnberg\n"
                    "Verksamhetschef, Rehabiliteringsmedicinska kliniken")
    d.save(str(path))


def _docx_table(d, rows):
    tab = d.add_table(rows=0, cols=len(rows[0]))
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v


if __name__ == "__main__":
    make_pdf()
    make_docx()
