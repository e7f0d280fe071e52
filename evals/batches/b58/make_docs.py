"""Generates the PDF and DOCX test documents of batch b58 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def make_pdf() -> None:
    path = DOCS / "b58-dalarna-2015-protokoll-fordelning-rehabiliteringsgarantin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Protokollsutdrag LF 2015-06-15 § 94",
                            author="Landstinget Dalarna", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Landstinget Dalarna")
    P("PROTOKOLLSUTDRAG<br/>Landstingsfullmäktige<br/>Sammanträdesdatum: 2015-06-15<br/>"
      "Plats: Landstingshuset, Falun<br/>Dnr: LD15/01873")
    P("§ 94 Fördelning av medel inom rehabiliteringsgarantin 2015", h1)
    P("Ärendebeskrivning", h2)
    P("Regeringen och Sveriges Kommuner och Landsting (SKL) har träffat en överenskommelse om "
      "rehabiliteringsgarantin för 2015. Landstingen ersätts för genomförda och rapporterade behandlingar: "
      "12 000 kronor per avslutad behandling med kognitiv beteendeterapi (KBT) eller interpersonell "
      "psykoterapi (IPT), 25 000 kronor per behandlingsserie inom multimodal rehabilitering i primärvården "
      "(MMR1) och 45 000 kronor per behandlingsserie inom multimodal rehabilitering i den specialiserade "
      "vården (MMR2).")
    P("Landstinget Dalarnas andel av det nationella taket för 2015 uppgår till 20 395 000 kronor, det vill "
      "säga drygt tjugo miljoner kronor. Hela beloppet kan bara erhållas om landstinget rapporterar "
      "tillräckligt många godkända behandlingar. För 2014 fick landstinget 18,6 miljoner kronor av möjliga "
      "19,9 miljoner kronor. Under 2014 rapporterade landstinget 1 094 KBT/IPT-behandlingar, 104 "
      "MMR1-serier och 49 MMR2-serier.")
    P("Landstingsstyrelsen föreslog den 25 maj 2015, § 71, att medlen fördelas mellan divisionerna utifrån "
      "planerade volymer enligt tabell 1. Divisionerna ersätts i efterskott per godkänd behandling med samma "
      "belopp som staten ersätter landstinget med. En reserv avsätts för divisioner som genomför fler "
      "behandlingar än planerat.")
    P("Tabell 1. Fördelning av medel inom rehabiliteringsgarantin 2015", h2)
    rows = [["Division", "Insats", "Planerad volym", "Ersättning per insats (kr)", "Belopp (kr)"],
            ["Primärvård", "KBT/IPT", "900", "12 000", "10 800 000"],
            ["Primärvård", "MMR1", "120", "25 000", "3 000 000"],
            ["Psykiatri", "KBT/IPT", "260", "12 000", "3 120 000"],
            ["Medicin (Rehabiliteringsmedicin, Falu lasarett)", "MMR2", "55", "45 000", "2 475 000"],
            ["Reserv för volymökning", "Alla insatser", "–", "–", "1 000 000"],
            ["Summa", "", "", "", "20 395 000"]]
    t = Table(rows, colWidths=[5.6 * cm, 2.2 * cm, 2.2 * cm, 3.2 * cm, 2.6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("De planerade volymerna motsvarar sammanlagt 1 160 KBT/IPT-behandlingar, 120 MMR1-serier och 55 "
      "MMR2-serier. Kostnaden för samordning och uppföljning av rehabiliteringsgarantin, cirka 0,6 miljoner "
      "kronor, finansieras inom hälso- och sjukvårdsförvaltningens egen ram och belastar inte de statliga "
      "medlen.")
    P("Yrkanden", h2)
    P("Lena Wallin (V) yrkade att 500 000 kronor av reserven skulle föras till Division Psykiatri för KBT "
      "till unga vuxna 16–25 år. Anders Nyström (S) och Karin Ek (M) yrkade bifall till landstingsstyrelsens "
      "förslag.")
    P("Propositionsordning", h2)
    P("Ordföranden ställde proposition på landstingsstyrelsens förslag och på Lena Wallins yrkande och "
      "fann att fullmäktige beslutat enligt landstingsstyrelsens förslag.")
    P("Beslut", h2)
    P("Landstingsfullmäktige beslutar")
    P("1. att medlen inom rehabiliteringsgarantin 2015 fördelas enligt tabell 1,<br/>"
      "2. att divisionerna ersätts i efterskott med 12 000 kronor per avslutad KBT/IPT-behandling, 25 000 kronor "
      "per MMR1-serie och 45 000 kronor per MMR2-serie, sedan Försäkringskassan har godkänt rapporten,<br/>"
      "3. att reserven om 1 000 000 kronor fördelas efter den sista rapporteringen den 31 mars 2016 till de "
      "divisioner som har överskridit sin planerade volym,<br/>"
      "4. att divisionerna ska lämna underlag till hälso- och sjukvårdsförvaltningen senast den 15 april, "
      "den 14 augusti och den 16 oktober 2015 samt den 16 mars 2016,<br/>"
      "5. att ersättning för behandlingar som Försäkringskassan inte godkänner inte betalas ut till "
      "divisionen, samt<br/>"
      "6. att landstingsstyrelsen ska redovisa utfallet för 2015 till fullmäktige senast i juni 2016.")
    P("Reservation", h2)
    P("Lena Wallin (V) reserverar sig till förmån för eget yrkande.")
    P("Vid protokollet<br/>Johan Lindkvist, sekreterare<br/><br/>"
      "Justeras<br/>Margareta Nordin, ordförande<br/>Per-Erik Hed, justerare<br/>Kerstin Sandberg, justerare")
    P("Justerat 2015-06-22. Anslaget på landstingets anslagstavla 2015-06-23.")
    P("Utdrag till: Division Primärvård, Division Psykiatri, Division Medicin, Hälso- och "
      "sjukvårdsförvaltningen, Ekonomistaben")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b58-halland-2013-avtal-mmr1-privat-vardgivare.docx"
    d = Document()
    d.core_properties.title = "Avtal om multimodal rehabilitering nivå 1 (MMR1)"
    d.core_properties.author = "Region Halland"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Halland\nHälso- och sjukvårdskansliet")
    d.add_paragraph("AVTAL\nDiarienummer: RS130214\nDatum: 2013-03-18")
    d.add_heading("Avtal om multimodal rehabilitering nivå 1 (MMR1) inom rehabiliteringsgarantin", level=1)
    d.add_heading("1. Parter", level=2)
    d.add_paragraph("Beställare: Region Halland, Hälso- och sjukvårdskansliet, Box 517, 301 80 Halmstad, "
                    "nedan kallad Regionen.")
    d.add_paragraph("Utförare: Kustrehab Halmstad AB, org.nr 556812-4471, Stationsgatan 12, 302 45 Halmstad, "
                    "nedan kallad Vårdgivaren.")
    d.add_heading("2. Bakgrund och syfte", level=2)
    d.add_paragraph(
        "Staten och Sveriges Kommuner och Landsting (SKL) har för 2013 träffat en överenskommelse om en "
        "rehabiliteringsgaranti. Inom garantin erbjuder Regionen multimodal rehabilitering (MMR) till patienter "
        "med långvarig smärta. MMR1 avser multimodal rehabilitering på primärvårdsnivå. Regionens egna team "
        "räcker inte för att möta efterfrågan i Halmstad och Laholm, och Regionen köper därför MMR1 av "
        "Vårdgivaren enligt detta avtal.")
    d.add_heading("3. Avtalstid", level=2)
    d.add_paragraph(
        "Avtalet gäller från och med den 1 april 2013 till och med den 31 mars 2014. Regionen har rätt att "
        "förlänga avtalet med högst tolv månader. Besked om förlängning lämnas senast den 31 december 2013. "
        "Vardera parten kan säga upp avtalet med sex månaders uppsägningstid.")
    d.add_heading("4. Målgrupp", level=2)
    for t in ["Kvinnor och män i åldern 16–67 år.",
              "Långvarig smärta i rygg, nacke eller axlar, eller generaliserad smärta, som har varat i minst "
              "tre månader.",
              "Patienten är sjukskriven eller riskerar att bli sjukskriven.",
              "Patienten har remitterats från en vårdcentral i Halland efter en medicinsk bedömning.",
              "Patienter med pågående missbruk eller med behov av rehabilitering på specialistnivå (MMR2) "
              "omfattas inte."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("5. Uppdragets innehåll", level=2)
    d.add_paragraph(
        "Vårdgivaren ska göra en teambedömning av varje remitterad patient. Teamet ska bestå av minst tre "
        "yrkeskategorier, varav en läkare och en fysioterapeut, samt psykolog eller arbetsterapeut. En "
        "behandlingsserie ska pågå i sex till åtta veckor med minst två teamkontakter per vecka och omfatta "
        "sammanlagt minst 25 timmar. För varje patient upprättas en rehabiliteringsplan som, med patientens "
        "samtycke, stäms av med arbetsgivare och Försäkringskassan. Uppföljning görs efter tolv månader.")
    d.add_heading("6. Volym", level=2)
    d.add_paragraph(
        "Regionen beställer 70 behandlingsserier under avtalsperioden. Regionen garanterar ersättning för minst "
        "40 serier. Fler än 90 serier får inte genomföras utan skriftligt godkännande från Regionen. "
        "Vårdgivaren ska kunna ta emot sex till åtta nya patienter per månad.")
    d.add_heading("7. Ersättning", level=2)
    d.add_paragraph("Regionen betalar följande fasta priser under avtalsperioden (kronor, exklusive moms):")
    rows = [("Ersättningsgrund", "Pris (kr)"),
            ("Teambedömning utan påbörjad behandlingsserie", "2 800"),
            ("Fullständig behandlingsserie MMR1, inklusive teambedömning", "21 500"),
            ("Avbruten behandlingsserie, när minst hälften av programmet har genomförts", "10 750"),
            ("Uppföljningsbesök efter tolv månader", "900")]
    tab = d.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "En avbruten behandlingsserie där mindre än hälften av programmet har genomförts ersätts som en "
        "teambedömning. Vid förlängning räknas priserna upp med landstingsprisindex (LPIK) från och med den "
        "1 april 2014. Patientavgift tas ut enligt Regionens avgiftsregler och tillfaller Vårdgivaren utöver "
        "ersättningen. Fakturering sker månadsvis i efterskott med 30 dagars betalningsvillkor.")
    d.add_heading("8. Rapportering", level=2)
    for t in ["Månadsrapport senast den 10:e i månaden efter: antal teambedömningar, påbörjade, avslutade och "
              "avbrutna behandlingsserier, fördelat på kön och åldersgrupp.",
              "Underlag för Regionens rapportering till Försäkringskassan senast den 5 april, den 5 augusti och "
              "den 5 oktober 2013 samt den 5 mars 2014.",
              "Registrering av samtliga patienter i Nationellt register över smärtrehabilitering (NRS) vid start, "
              "vid avslut och vid uppföljningen efter tolv månader.",
              "Kvalitetsrapport för hela avtalsperioden senast den 30 april 2014."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(
        "Behandlingsserier som inte rapporteras i tid eller som inte uppfyller kraven i avsnitt 4 och 5 ersätts "
        "inte. Lämnas en rapport mer än tio arbetsdagar för sent utgår ett vite om 2 000 kronor per påbörjad "
        "vecka.")
    d.add_heading("9. Uppföljning", level=2)
    d.add_paragraph("Parterna har uppföljningsmöte två gånger per år, i september 2013 och i februari 2014.")
    d.add_heading("10. Kontaktpersoner", level=2)
    d.add_paragraph("Regionen: Anna Grahn, handläggare, Hälso- och sjukvårdskansliet, tfn 035-13 48 62")
    d.add_paragraph("Vårdgivaren: Mikael Sjöholm, verksamhetschef, tfn 035-21 90 40")
    d.add_heading("11. Underskrifter", level=2)
    d.add_paragraph("Avtalet har upprättats i två likalydande exemplar, av vilka parterna har tagit var sitt.")
    d.add_paragraph("För Region Halland\nHalmstad den 18 mars 2013\nIngela Bergqvist, hälso- och sjukvårdsdirektör")
    d.add_paragraph("För Kustrehab Halmstad AB\nHalmstad den 21 mars 2013\nFredrik Alm, verkställande direktör")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
