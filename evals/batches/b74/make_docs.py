"""Generates the PDF and DOCX test documents of batch b74 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

# Landsting, avslutade KBT/IPT, MMR1, MMR2 (rapporterade för 2011)
ROWS_2011 = [
    ("Stockholms läns landsting", 15860, 640, 412),
    ("Landstinget i Uppsala län", 2905, 148, 61),
    ("Landstinget Sörmland", 2214, 121, 38),
    ("Landstinget i Östergötland", 3796, 205, 97),
    ("Landstinget i Jönköpings län", 3340, 188, 54),
    ("Landstinget Kronoberg", 1482, 96, 31),
    ("Landstinget i Kalmar län", 3015, 212, 47),
    ("Region Gotland", 380, 22, 9),
    ("Landstinget Blekinge", 1206, 64, 25),
    ("Region Skåne", 12874, 702, 236),
    ("Region Halland", 2688, 131, 52),
    ("Västra Götalandsregionen", 14719, 778, 333),
    ("Landstinget i Värmland", 2341, 117, 44),
    ("Örebro läns landsting", 2506, 142, 58),
    ("Landstinget Västmanland", 2112, 98, 36),
    ("Landstinget Dalarna", 2430, 126, 41),
    ("Landstinget Gävleborg", 2018, 109, 39),
    ("Landstinget Västernorrland", 1934, 87, 35),
    ("Jämtlands läns landsting", 1012, 54, 18),
    ("Västerbottens läns landsting", 2247, 118, 46),
    ("Norrbottens läns landsting", 1862, 93, 29),
]


def sv_int(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def sv_mnkr(kr: int) -> str:
    return f"{kr / 1e6:.1f}".replace(".", ",")


def make_pdf() -> None:
    path = DOCS / "b74-skl-2012-uppfoljning-rehabiliteringsgarantin-per-landsting.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Rehabiliteringsgarantin 2011 – uppföljning per landsting",
                            author="Sveriges Kommuner och Landsting", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Sveriges Kommuner och Landsting")
    P("RAPPORT")
    P("Datum: 2012-06-14<br/>Diarienummer: 12/03318<br/>Avdelningen för vård och omsorg<br/>"
      "Sektionen för hälsa och sjukvårdens kunskapsstyrning<br/>Handläggare: Annika Forsgren, Jonas Ekvall")
    P("Rehabiliteringsgarantin 2011 – uppföljning per landsting", h1)
    P("Sammanfattning", h2)
    P("Regeringen och Sveriges Kommuner och Landsting (SKL) tecknade i december 2010 en överenskommelse om "
      "rehabiliteringsgarantin för år 2011. Denna rapport sammanställer vad landstingen har rapporterat till "
      "Försäkringskassan för 2011 och hur mycket som har betalats ut till varje landsting.")
    tot_kbt = sum(r[1] for r in ROWS_2011)
    tot_m1 = sum(r[2] for r in ROWS_2011)
    tot_m2 = sum(r[3] for r in ROWS_2011)
    tot_pay = sum(r[1] * 10000 + r[2] * 20000 + r[3] * 40000 for r in ROWS_2011)
    P(f"Under 2011 rapporterade landstingen sammanlagt {sv_int(tot_kbt)} avslutade behandlingar med kognitiv "
      f"beteendeterapi (KBT) eller interpersonell psykoterapi (IPT) och {sv_int(tot_m1 + tot_m2)} avslutade "
      f"behandlingsserier med multimodal rehabilitering (MMR). Sammanlagt betalades drygt "
      f"{sv_mnkr(tot_pay).split(',')[0]} miljoner kronor ut, vilket motsvarar 94 procent av ramen för "
      "prestationsersättning.")
    P("Samtliga 21 landsting har rapporterat insatser vid alla fyra rapporteringstillfällen. Antalet avslutade "
      "KBT/IPT-behandlingar ökade med 32 procent jämfört med 2010, medan antalet behandlingsserier med MMR "
      "ökade med 15 procent.")
    P("1. Överenskommelsen för 2011", h2)
    P("Rehabiliteringsgarantin riktar sig till kvinnor och män i åldern 16–67 år med lindrig eller medelsvår "
      "ångest, depression eller stress, eller med långvarig smärta i rygg, nacke eller axlar. Ramen för 2011 "
      "var 1 100 miljoner kronor, varav 1 045 miljoner kronor var avsatta för prestationsersättning till "
      "landstingen och 55 miljoner kronor för utveckling, forskning och utvärdering.")
    P("Landstingen ersattes för 2011 med följande belopp per avslutad insats:")
    P("• KBT eller IPT: 10 000 kronor per avslutad behandling.<br/>"
      "• MMR1 (vanligtvis i primärvården): 20 000 kronor per avslutad behandlingsserie.<br/>"
      "• MMR2 (vanligtvis i specialiserad vård): 40 000 kronor per avslutad behandlingsserie.")
    P("Ersättning betalades endast ut för insatser där en medicinsk bedömning hade gjorts före behandlingsstart "
      "och där behandlingen hade avslutats under året. Medel som inte betalades ut återgick till staten.")
    P("2. Resultat per landsting", h2)
    P("Tabell 1. Avslutade behandlingar och utbetald ersättning per landsting, år 2011", h2)
    rows = [["Landsting", "KBT/IPT", "MMR1", "MMR2", "Utbetalt, mnkr"]]
    for name, kbt, m1, m2 in ROWS_2011:
        rows.append([name, sv_int(kbt), sv_int(m1), sv_int(m2), sv_mnkr(kbt * 10000 + m1 * 20000 + m2 * 40000)])
    rows.append(["Riket", sv_int(tot_kbt), sv_int(tot_m1), sv_int(tot_m2), sv_mnkr(tot_pay)])
    t = Table(rows, colWidths=[6.2 * cm, 2.2 * cm, 1.8 * cm, 1.8 * cm, 2.8 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Källa: Landstingens rapporter till Försäkringskassan, sammanställda av SKL. Beloppen är avrundade till "
      "en decimal.")
    P("Stockholms läns landsting, Västra Götalandsregionen och Region Skåne svarade tillsammans för 52 procent av "
      "de avslutade KBT/IPT-behandlingarna. Räknat per invånare i åldern 16–67 år rapporterade Landstinget i "
      "Kalmar län flest KBT/IPT-behandlingar och Region Gotland färst.")
    P("3. Utvecklingen 2009–2011", h2)
    P("Tabell 2. Avslutade insatser och utbetald ersättning i riket 2009–2011", h2)
    rows2 = [["", "2009", "2010", "2011"],
             ["Avslutade KBT/IPT", "41 250", "62 830", sv_int(tot_kbt)],
             ["Avslutade MMR (MMR1 och MMR2)", "4 380", "5 210", sv_int(tot_m1 + tot_m2)],
             ["Utbetalt, miljoner kronor", "548,2", "812,6", sv_mnkr(tot_pay)]]
    t2 = Table(rows2, colWidths=[6.6 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t2)
    s.append(Spacer(1, 8))
    P("Kvinnor svarade för 71 procent av de avslutade KBT/IPT-behandlingarna och för 76 procent av de avslutade "
      "behandlingsserierna med MMR. Andelen patienter som var sjukskrivna när behandlingen inleddes var "
      "44 procent.")
    P("4. Rapportering och utbetalning", h2)
    P("Landstingen rapporterade genomförda insatser till Försäkringskassan vid fyra tillfällen: 31 maj 2011, "
      "31 augusti 2011, 30 november 2011 och 31 januari 2012. Försäkringskassan granskade rapporterna och gjorde "
      "den sista utbetalningen för 2011 den 29 februari 2012.")
    P("5. Iakttagelser och fortsatt arbete", h2)
    P("SKL konstaterar att tillgången till KBT och IPT har ökat kraftigt sedan garantin infördes, men att "
      "skillnaderna mellan landstingen fortfarande är stora. Flera landsting har svårt att rekrytera psykologer "
      "och psykoterapeuter med KBT-kompetens, och väntetiderna till MMR2 är långa i de flesta landsting.")
    P("SKL kommer under hösten 2012 att genomföra nätverksträffar med landstingens samordnare för "
      "rehabiliteringsgarantin. Karolinska Institutet lämnar sin utvärdering av garantins effekter under 2013.")
    P("6. Kontakt", h2)
    P("Annika Forsgren, handläggare, tfn 08-452 75 31<br/>"
      "Jonas Ekvall, statistiker, tfn 08-452 79 06")
    P("Sveriges Kommuner och Landsting<br/>Avdelningen för vård och omsorg<br/><br/>"
      "Eva Brandt<br/>Avdelningschef")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b74-kronoberg-2020-tjansteskrivelse-medel-sjukskrivningsprocess.docx"
    d = Document()
    d.core_properties.title = "Användning av 2020 års medel för en effektiv och kvalitetssäker sjukskrivnings- och rehabiliteringsprocess"
    d.core_properties.author = "Region Kronoberg"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Kronoberg\nHälso- och sjukvårdsförvaltningen")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2020-03-04\nDiarienummer: 20RK0386\n"
                    "Till: Hälso- och sjukvårdsnämnden")
    d.add_heading("Användning av medel enligt överenskommelsen om en effektiv och kvalitetssäker "
                  "sjukskrivnings- och rehabiliteringsprocess 2020", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Hälso- och sjukvårdsnämnden föreslås besluta")
    for t in ["att de statsbidrag om 19,9 miljoner kronor som regionen beräknas få för 2020 används enligt "
              "tabell 1 i denna tjänsteskrivelse,",
              "att hälso- och sjukvårdsdirektören får i uppdrag att fördela reserven om 1,0 miljoner kronor under "
              "hösten 2020,",
              "att en återrapportering av hur medlen har använts lämnas till nämnden senast den 15 februari 2021."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Regioner (SKR) har tecknat en överenskommelse om en effektiv och "
        "kvalitetssäker sjukskrivnings- och rehabiliteringsprocess för 2020. Överenskommelsen omfattar totalt "
        "1 160 miljoner kronor, varav 1 020 miljoner kronor fördelas till regionerna efter befolkningsandel. "
        "Region Kronobergs andel beräknas till 19,9 miljoner kronor, under förutsättning att villkoren uppfylls.")
    d.add_paragraph(
        "Förvaltningen föreslår att huvuddelen av medlen, 11,8 miljoner kronor, används till funktionen för "
        "koordinering i primärvården och i den specialiserade vården. Övriga medel används till "
        "försäkringsmedicinsk kompetens, internetbehandling och fortsatt utvecklingsarbete.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Sedan 2006 har staten och SKR tecknat årliga överenskommelser för att stimulera regionerna att "
        "prioritera sjukskrivningsfrågorna. Från och med den 1 juni 2020 gäller lagen om koordineringsinsatser för "
        "sjukskrivna patienter, som gör koordinering till en skyldighet för regionerna. Medlen i 2020 års "
        "överenskommelse ska bland annat användas för att förbereda och bygga upp detta arbete.")
    d.add_paragraph("Villkoren för 2020 är i korthet att regionen ska")
    for t in ["ha en funktion för koordinering på samtliga vårdcentraler och psykiatriska öppenvårdsmottagningar,",
              "ha en plan för försäkringsmedicinsk kompetensutveckling för läkare och rehabkoordinatorer,",
              "redovisa hur regionen arbetar med tidiga insatser vid lindrig och medelsvår psykisk ohälsa."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Hälften av medlen betalas ut i april 2020. Resterande del betalas ut i december 2020 när SKR har "
        "bedömt att villkoren är uppfyllda. Redovisningen av villkoren ska lämnas till SKR senast den "
        "31 oktober 2020.")
    d.add_heading("Utfall 2019", level=2)
    d.add_paragraph(
        "För 2019 erhöll Region Kronoberg 17,3 miljoner kronor. Av dessa användes 16,7 miljoner kronor och "
        "0,6 miljoner kronor fördes över till 2020. Samtliga 31 vårdcentraler hade under 2019 tillgång till en "
        "rehabkoordinator, och 312 läkare genomgick försäkringsmedicinsk utbildning.")
    d.add_heading("Tabell 1. Användning av medlen 2019 och förslag för 2020 (miljoner kronor)", level=3)
    rows = [("Insats", "Utfall 2019", "Förslag 2020"),
            ("Rehabkoordinatorer vårdcentraler", "7,9", "8,6"),
            ("Rehabkoordinatorer psykiatri och specialistvård", "2,6", "3,2"),
            ("Försäkringsmedicinsk utbildning", "1,3", "1,1"),
            ("Försäkringsmedicinska rådgivare", "0,8", "0,9"),
            ("Utvecklingsarbete och stödsystem", "1,2", "1,6"),
            ("Processledning", "1,4", "1,4"),
            ("Internetbehandling (KBT)", "1,5", "2,1"),
            ("Reserv", "–", "1,0"),
            ("Summa", "16,7", "19,9")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Överväganden", level=2)
    d.add_paragraph(
        "Rehabkoordinatorerna på vårdcentralerna motsvarar i dag 14,5 årsarbetare. Förslaget innebär att "
        "ytterligare 1,5 årsarbetare kan anställas, främst på de största vårdcentralerna i Växjö och Ljungby. "
        "Inom psykiatrin finns i dag tre rehabkoordinatorer; förslaget ger utrymme för en fjärde.")
    d.add_paragraph(
        "Satsningen på internetbehandling ökar eftersom efterfrågan på KBT via 1177 Vårdguidens stöd- och "
        "behandlingsplattform har ökat. Under 2019 påbörjade 684 patienter internetbaserad KBT, jämfört med "
        "431 patienter under 2018.")
    d.add_paragraph(
        "Om villkoren inte uppfylls och regionen inte får hela beloppet minskas i första hand reserven och "
        "därefter posten för utvecklingsarbete och stödsystem. Kostnaderna för rehabkoordinatorerna ska inte "
        "påverkas.")
    d.add_heading("Konsekvenser", level=2)
    d.add_paragraph(
        "Förslaget bedöms stärka förutsättningarna för att patienter snabbare ska kunna återgå i arbete och "
        "underlätta för regionen att uppfylla den nya lagens krav. Förslaget har ingen påverkan på regionens "
        "egen budget eftersom insatserna finansieras med statsbidrag.")
    d.add_heading("Beslut", level=2)
    d.add_paragraph(
        "Hälso- och sjukvårdsnämnden beslutade den 19 mars 2020, § 34, i enlighet med förvaltningens förslag. "
        "Beslutet expedieras till primärvårdsdirektören, psykiatridirektören och ekonomidirektören.")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Peter Sandberg, processledare sjukskrivning och rehabilitering, tfn 0470-58 36 12")
    d.add_paragraph("Lena Joelsson, controller, tfn 0470-58 31 47")
    d.add_paragraph("Anna Lindqvist Rydén\nHälso- och sjukvårdsdirektör")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
