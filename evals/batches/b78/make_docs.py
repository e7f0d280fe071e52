"""Generates the PDF and DOCX test documents of batch b78 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                   ("FONTSIZE", (0, 0), (-1, -1), 8.5)])


def make_pdf() -> None:
    path = DOCS / "b78-blekinge-2020-arsrapport-rehabkoordinatorer-2019.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Rehabkoordinering i primärvården - årsrapport 2019",
                            author="Region Blekinge", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Blekinge<br/>Hälso- och sjukvårdsförvaltningen, Primärvården")
    P("Rapport<br/>Datum: 2020-03-18<br/>Diarienummer: 2020/00214<br/>"
      "Handläggare: Malin Ekdahl, primärvårdsstrateg")
    P("Rehabkoordinering i primärvården – årsrapport 2019", h1)
    P("Sammanfattning", h2)
    P("Under 2019 arbetade 18 rehabkoordinatorer på primärvårdens 12 vårdcentraler i Region Blekinge, "
      "motsvarande 10,4 årsarbetare. Sammanlagt fick 1 788 patienter en koordineringsinsats under året, "
      "vilket är 276 fler än 2018. Det genomsnittliga antalet sjukskrivningsdagar per avslutat sjukfall "
      "i primärvården minskade från 126 dagar 2018 till 117 dagar 2019.")
    P("Rapporten beskriver hur funktionen för koordinering har utvecklats, vad den kostar och vilka mål som "
      "gäller för 2020. Från och med den 1 februari 2020 gäller lagen (2019:1297) om koordineringsinsatser för "
      "sjukskrivna patienter, som gör koordineringen till en lagstadgad uppgift för regionen.")
    P("1. Bakgrund", h2)
    P("Funktionen för koordinering byggdes upp med stöd av de statliga överenskommelserna om en kvalitetssäker "
      "och effektiv sjukskrivnings- och rehabiliteringsprocess. De första rehabkoordinatorerna i Blekinge "
      "anställdes 2016. Rehabkoordinatorn ger patienten individuellt stöd, samordnar insatser inom vårdcentralen "
      "och har kontakt med Försäkringskassan, arbetsgivare och Arbetsförmedlingen när patienten samtycker till det.")
    P("En rehabkoordinator ska vara legitimerad hälso- och sjukvårdspersonal, oftast arbetsterapeut, "
      "fysioterapeut, kurator eller sjuksköterska, och ha genomgått regionens utbildning i försäkringsmedicin "
      "och koordinering (fyra utbildningsdagar).")
    P("2. Rehabkoordinatorer per vårdcentral 2019", h2)
    P("Tabell 1. Rehabkoordinatorer, koordineringsinsatser och sjukskrivningsdagar per vårdcentral", h2)
    rows = [["Vårdcentral", "Koordinatorer", "Årsarbetare", "Patienter med koordinering 2019",
             "Dagar per sjukfall 2018", "Dagar per sjukfall 2019"],
            ["Lyckeby", "2", "1,2", "212", "118", "109"],
            ["Wämö", "2", "1,0", "187", "124", "121"],
            ["Kungsmarken", "2", "1,1", "196", "131", "117"],
            ["Jämjö", "1", "0,5", "74", "102", "98"],
            ["Ronneby", "2", "1,3", "241", "127", "122"],
            ["Kallinge", "1", "0,6", "88", "119", "125"],
            ["Karlshamn", "2", "1,4", "263", "136", "124"],
            ["Mörrum", "1", "0,5", "69", "111", "104"],
            ["Sölvesborg", "2", "1,0", "178", "121", "113"],
            ["Olofström", "1", "0,8", "132", "142", "128"],
            ["Trossö hälsocentral (privat)", "1", "0,6", "97", "115", "112"],
            ["Bräkne-Hoby läkarhus (privat)", "1", "0,4", "51", "108", "101"],
            ["Hela primärvården", "18", "10,4", "1 788", "126", "117"]]
    t = Table(rows, colWidths=[5.0 * cm, 2.0 * cm, 1.9 * cm, 3.0 * cm, 2.3 * cm, 2.3 * cm])
    t.setStyle(GRID)
    s.append(t)
    s.append(Spacer(1, 8))
    P("Dagar per sjukfall avser det genomsnittliga antalet sjukskrivningsdagar per avslutat sjukfall som "
      "började med ett sjukintyg från vårdcentralen. Olofström har fortfarande flest dagar per sjukfall, "
      "och Kallinge är den enda vårdcentral där antalet dagar ökade mellan 2018 och 2019.")
    P("3. Utveckling 2017–2019", h2)
    P("Tabell 2. Funktionen för koordinering i primärvården 2017–2019", h2)
    rows2 = [["", "2017", "2018", "2019"],
             ["Antal rehabkoordinatorer", "11", "15", "18"],
             ["Årsarbetare", "6,2", "8,7", "10,4"],
             ["Patienter med koordineringsinsats", "1 140", "1 512", "1 788"],
             ["Andel kvinnor", "71 %", "72 %", "73 %"],
             ["Kontakter med arbetsgivare", "305", "418", "642"],
             ["Andel sjukfall längre än 90 dagar", "27 %", "24 %", "21 %"],
             ["Kostnad (miljoner kronor)", "4,1", "5,6", "6,8"]]
    t2 = Table(rows2, colWidths=[7.0 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm])
    t2.setStyle(GRID)
    s.append(t2)
    s.append(Spacer(1, 8))
    P("Av de patienter som fick en koordineringsinsats 2019 hade 58 procent en psykiatrisk diagnos, "
      "främst stressrelaterad ohälsa och depression, och 24 procent en sjukdom i rörelseorganen. "
      "Resterande 18 procent hade andra diagnoser.")
    P("4. Ekonomi", h2)
    P("Kostnaden för rehabkoordinatorerna uppgick 2019 till 6,8 miljoner kronor. Av kostnaden finansierades "
      "5,1 miljoner kronor med det statliga bidraget för koordinering för 2019 och 1,7 miljoner kronor med "
      "primärvårdens egen budget. Vårdcentralerna ersätts med 290 000 kronor per heltidstjänst och år. "
      "De privata vårdcentralerna inom vårdvalet får samma ersättning som de regiondrivna.")
    P("5. Mål och åtgärder för 2020", h2)
    for item in ["Varje vårdcentral ska ha minst 0,5 årsarbetare rehabkoordinator senast den 1 juni 2020.",
                 "Andelen sjukfall som är längre än 90 dagar ska minska till högst 19 procent under 2020.",
                 "Alla nya rehabkoordinatorer ska ha gått regionens utbildning inom sex månader från anställningen.",
                 "Koordineringsinsatserna ska dokumenteras med de nya KVÅ-koderna från den 1 februari 2020.",
                 "Nätverket för rehabkoordinatorer träffas fyra gånger per år."]:
        P("• " + item)
    P("6. Kontakt", h2)
    P("Malin Ekdahl, primärvårdsstrateg, tfn 0455-73 40 12<br/>"
      "Jonas Fält, samordnare för nätverket för rehabkoordinatorer, tfn 0455-73 45 88<br/>"
      "Lena Rosqvist, controller, primärvården, tfn 0455-73 41 63")
    P("Karlskrona den 18 mars 2020<br/><br/>Petra Holmgren<br/>Primärvårdsdirektör, Region Blekinge")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b78-skr-2020-pm-dokumentation-kbt-ipt-rapportering.docx"
    d = Document()
    d.core_properties.title = "Vägledning: dokumentation och rapportering av KBT- och IPT-behandlingar 2020"
    d.core_properties.author = "Sveriges Kommuner och Regioner"
    d.add_paragraph(MARK)
    d.add_paragraph("Sveriges Kommuner och Regioner\nAvdelningen för vård och omsorg\n"
                    "Sektionen för hälsa och jämställdhet")
    d.add_paragraph("PM\nDatum: 2020-04-21\nDiarienummer: SKR 20/01268\n"
                    "Till: Regionernas kontaktpersoner för sjukskrivnings- och rehabiliteringsprocessen")
    d.add_heading("Vägledning: dokumentation och rapportering av KBT- och IPT-behandlingar 2020", level=1)
    d.add_heading("1. Syfte", level=2)
    d.add_paragraph(
        "Enligt överenskommelsen mellan staten och SKR om en kvalitetssäker och effektiv sjukskrivnings- och "
        "rehabiliteringsprocess 2020–2021 ska regionerna redovisa de psykologiska behandlingar med kognitiv "
        "beteendeterapi (KBT) och interpersonell psykoterapi (IPT) som har genomförts för patienter med lindrig "
        "eller medelsvår psykisk ohälsa. Denna PM beskriver vilka uppgifter som ska dokumenteras i journalen, "
        "vilka fält som ska ingå i rapporten och när rapporterna ska lämnas. Vägledningen ersätter den PM som "
        "skickades ut den 12 december 2019.")
    d.add_heading("2. Vilka behandlingar ska rapporteras?", level=2)
    for t in ["Patienten var mellan 16 och 67 år när behandlingen påbörjades.",
              "En medicinsk bedömning som ledde fram till behandlingen finns dokumenterad i journalen.",
              "Huvuddiagnosen är lindrig eller medelsvår depression, ångestsyndrom eller stressrelaterad ohälsa.",
              "Behandlingen har omfattat minst fem behandlingstillfällen och har avslutats under rapportperioden.",
              "Internetbaserad KBT räknas som genomförd när patienten har slutfört minst fyra moduler "
              "med återkoppling från behandlare."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Behandlingar som avbryts efter färre än fem behandlingstillfällen ska inte rapporteras. Vid "
        "gruppbehandling räknas varje deltagare som en behandling. Behandlingen ska ges av legitimerad psykolog, "
        "legitimerad psykoterapeut eller annan personal med grundläggande psykoterapiutbildning (steg 1) och "
        "handledning.")
    d.add_heading("3. Obligatoriska och rekommenderade fält", level=2)
    d.add_paragraph("Tabell 1. Fält i rapporteringsfilen")
    rows = [("Nr", "Fält", "Innehåll", "Krav"),
            ("1", "Patient-ID", "Pseudonymiserat löpnummer, aldrig personnummer", "Obligatoriskt"),
            ("2", "Kön", "Kvinna, man", "Obligatoriskt"),
            ("3", "Födelseår", "Fyra siffror", "Obligatoriskt"),
            ("4", "Vårdenhet", "Vårdenhetens HSA-id", "Obligatoriskt"),
            ("5", "Medicinsk bedömning", "Datum (ÅÅÅÅ-MM-DD)", "Obligatoriskt"),
            ("6", "Huvuddiagnos", "ICD-10-SE, F32, F33, F41 eller F43", "Obligatoriskt"),
            ("7", "Behandlingsform", "KBT eller IPT; individuell, grupp eller internetbaserad", "Obligatoriskt"),
            ("8", "Behandlingsstart", "Datum för första behandlingstillfället", "Obligatoriskt"),
            ("9", "Antal behandlingstillfällen", "Heltal, minst 5", "Obligatoriskt"),
            ("10", "Avslutsdatum", "Datum (ÅÅÅÅ-MM-DD)", "Obligatoriskt"),
            ("11", "Behandlarens yrke", "Psykolog, psykoterapeut, annan med steg 1", "Obligatoriskt"),
            ("12", "Sjukskrivning vid start", "Ja heltid, ja deltid, nej", "Rekommenderat"),
            ("13", "Skattning före och efter", "PHQ-9, GAD-7 eller MADRS-S", "Rekommenderat")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "En rad som saknar något av de elva obligatoriska fälten avvisas av inrapporteringsverktyget. Fälten 12 "
        "och 13 är frivilliga under 2020 men blir obligatoriska i rapporteringen för 2021.")
    d.add_heading("4. Dokumentation i journalen", level=2)
    d.add_paragraph(
        "Den medicinska bedömningen ska vara daterad och signerad innan det första behandlingstillfället. "
        "Varje behandlingstillfälle ska dokumenteras med KVÅ-kod för KBT (DU011 eller DU021) eller IPT (DU012). "
        "Avslutet ska dokumenteras med en avslutande anteckning där behandlaren anger om behandlingen har "
        "slutförts enligt plan.")
    d.add_heading("5. Tidplan för rapporteringen", level=2)
    d.add_paragraph("Tabell 2. Rapportperioder och sista dag för inrapportering")
    rows2 = [("Rapportperiod", "Behandlingar avslutade", "Sista dag att rapportera"),
             ("Period 1", "1 januari–30 juni 2020", "2020-09-15"),
             ("Period 2", "1 juli–31 december 2020", "2021-02-15"),
             ("Rättelser för hela 2020", "–", "2021-03-01")]
    tab2 = d.add_table(rows=0, cols=3)
    tab2.style = "Table Grid"
    for r in rows2:
        cells = tab2.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Rapporterna lämnas i SKR:s inrapporteringsverktyg. SKR sammanställer regionernas uppgifter och lämnar en "
        "rapport till Socialdepartementet senast den 31 mars 2021. Uppgifter som kommer in efter den 1 mars 2021 "
        "tas inte med i sammanställningen.")
    d.add_heading("6. Stöd och frågor", level=2)
    d.add_paragraph("SKR håller en digital informationsträff om rapporteringen den 14 maj 2020 kl. 13.00–15.00.")
    d.add_paragraph("Frågor om vilka behandlingar som ska rapporteras: Sanna Löfgren, handläggare, tfn 08-452 77 31")
    d.add_paragraph("Frågor om inrapporteringsverktyget och filformatet: Niklas Bergdahl, utredare, "
                    "tfn 08-452 78 64")
    d.add_paragraph("Sveriges Kommuner och Regioner\nSektionen för hälsa och jämställdhet\n\n"
                    "Maria Sandell\nSektionschef")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
