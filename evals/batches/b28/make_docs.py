"""Generates the PDF and DOCX test documents of batch b28 (stdlib + reportlab + python-docx)."""

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

# Prognos 2013 per vårdcentral: (namn, KBT/IPT, MMR1)
VC = [
    ("Brynäs vårdcentral", 140, 20),
    ("Sätra vårdcentral", 120, 15),
    ("Andersbergs vårdcentral", 105, 12),
    ("Norrtulls vårdcentral", 90, 10),
    ("Valbo vårdcentral", 125, 18),
    ("Sandvikens vårdcentral", 160, 24),
    ("Hofors vårdcentral", 55, 6),
    ("Ockelbo vårdcentral", 40, 5),
    ("Bollnäs vårdcentral", 135, 18),
    ("Söderhamns vårdcentral", 110, 15),
    ("Hudiksvalls vårdcentral", 150, 22),
    ("Ljusdals vårdcentral", 80, 9),
]
KBT_RATE, MMR1_RATE = 9_000, 18_000


def tkr(n: int) -> str:
    return f"{n // 1000:,}".replace(",", " ")


def gavleborg_pdf(path: Path) -> None:
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    small = ss["BodyText"].clone("small", fontSize=8, leading=10)
    story = [
        Paragraph(MARKER, small),
        Spacer(1, 6),
        Paragraph("Landstinget Gävleborg<br/>Hälso- och sjukvårdsförvaltningen", body),
        Paragraph("TJÄNSTESKRIVELSE", h2),
        Paragraph("Datum: 2013-02-18<br/>Diarienummer: HSN 2013/112<br/>Till: Hälso- och sjukvårdsnämnden", body),
        Paragraph("[Redaktionell anmärkning: Landstinget Gävleborg bytte den 1 januari 2015 namn till Region "
                  "Gävleborg. Dokumentet återges med det namn som gällde 2013.]", small),
        Paragraph("Fördelning av statsbidraget för rehabiliteringsgarantin till vårdcentralerna 2013", h1),
        Paragraph("Förslag till beslut", h2),
        Paragraph("Hälso- och sjukvårdsnämnden föreslås besluta", body),
        Paragraph("1. att fördela statsbidraget för rehabiliteringsgarantin 2013 enligt tabell 1 och tabell 2 i "
                  "denna tjänsteskrivelse,", body),
        Paragraph("2. att vårdcentralerna ersätts med 9 000 kronor per avslutad KBT- eller IPT-behandling och "
                  "18 000 kronor per avslutad multimodal rehabilitering på nivå 1 (MMR1),", body),
        Paragraph("3. att hälso- och sjukvårdsdirektören får i uppdrag att återrapportera utfallet för första "
                  "halvåret till nämnden senast den 30 september 2013.", body),
        Paragraph("Sammanfattning", h2),
        Paragraph("Regeringen och Sveriges Kommuner och Landsting (SKL) har tecknat en ny överenskommelse om "
                  "rehabiliteringsgarantin för 2013. Landstinget Gävleborg beräknas kunna få cirka 21,5 miljoner "
                  "kronor i statsbidrag 2013, under förutsättning att de planerade behandlingarna genomförs och "
                  "rapporteras. Förvaltningen föreslår att 14,9 miljoner kronor fördelas till de tolv vårdcentralerna "
                  "i landstingets egen regi som ersättning per avslutad behandling, och att resterande medel används "
                  "för MMR2 i specialistvården, utbildning, processledning och en reserv.", body),
        Paragraph("Bakgrund", h2),
        Paragraph("Rehabiliteringsgarantin ger kvinnor och män i åldern 16–67 år med långvarig smärta i rygg, nacke "
                  "eller axlar, eller med lindrig till medelsvår ångest, depression eller stress, tillgång till "
                  "multimodal rehabilitering respektive KBT eller IPT efter en medicinsk bedömning. Statsbidraget "
                  "betalas ut av Försäkringskassan i efterhand för de behandlingar som landstinget rapporterar.", body),
        Paragraph("Under 2012 avslutades 1 184 KBT/IPT-behandlingar och 149 multimodala rehabiliteringar på nivå 1 "
                  "vid landstingets vårdcentraler. Vårdcentralerna ersattes 2012 med en fast årlig summa oberoende av "
                  "antalet behandlingar. Förvaltningen föreslår att ersättningen från 2013 i stället följer antalet "
                  "avslutade behandlingar, så att medlen hamnar där patienterna behandlas.", body),
        Paragraph("Ersättningsmodell 2013", h2),
        Paragraph("Vårdcentralen får 9 000 kronor per avslutad KBT- eller IPT-behandling och 18 000 kronor per "
                  "avslutad MMR1. Ersättningen betalas ut kvartalsvis i efterhand. En behandling ersätts endast om den "
                  "har registrerats i landstingets rehabregister senast 14 dagar efter att den avslutats. Om en "
                  "vårdcentral avslutar fler behandlingar än prognosen i tabell 1 ersätts även dessa, så länge reserven "
                  "räcker.", body),
        Paragraph("Tabell 1. Prognos och preliminär fördelning per vårdcentral 2013", h2),
    ]
    rows = [["Vårdcentral", "KBT/IPT, antal", "MMR1, antal", "Belopp, tkr"]]
    tot_k = tot_m = tot_b = 0
    for name, k, m in VC:
        b = k * KBT_RATE + m * MMR1_RATE
        tot_k, tot_m, tot_b = tot_k + k, tot_m + m, tot_b + b
        rows.append([name, str(k), str(m), tkr(b)])
    rows.append(["Summa vårdcentraler", f"{tot_k:,}".replace(",", " "), str(tot_m), tkr(tot_b)])
    t = Table(rows, colWidths=[6 * cm, 3 * cm, 3 * cm, 3 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    story += [t, Spacer(1, 10)]
    story.append(Paragraph("Tabell 2. Sammanställning av beräknat statsbidrag 2013", h2))
    other = [("MMR2, Smärtrehabiliteringen Gävle sjukhus (70 behandlingsserier à 30 000 kr)", 2_100_000),
             ("Utbildning och handledning i KBT/IPT för vårdcentralernas personal", 1_600_000),
             ("Processledning och uppföljning", 900_000),
             ("Reserv för behandlingar utöver prognos", 2_000_000)]
    rows2 = [["Användning", "Belopp, tkr"], ["Ersättning till vårdcentralerna (tabell 1)", tkr(tot_b)]]
    total = tot_b
    for label, amount in other:
        rows2.append([label, tkr(amount)])
        total += amount
    rows2.append(["Summa beräknat statsbidrag 2013", tkr(total)])
    t2 = Table(rows2, colWidths=[12 * cm, 3 * cm])
    t2.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    story += [t2, Spacer(1, 10)]
    story += [
        Paragraph("Ekonomiska konsekvenser", h2),
        Paragraph("Statsbidraget betalas ut först efter att landstinget rapporterat avslutade behandlingar. Om "
                  "landstinget genomför färre behandlingar än beräknat minskar statsbidraget, men då minskar också "
                  "ersättningen till vårdcentralerna i motsvarande grad. Reserven får användas först efter beslut av "
                  "hälso- och sjukvårdsdirektören. Medel som inte har använts vid årets slut återförs till "
                  "landstingets resultat.", body),
        Paragraph("Uppföljning", h2),
        Paragraph("Förvaltningen följer upp antalet avslutade behandlingar per vårdcentral, kön och åldersgrupp varje "
                  "kvartal. Utfallet för första halvåret återrapporteras till nämnden senast den 30 september 2013 "
                  "och helårsutfallet i samband med årsredovisningen.", body),
        Paragraph("Hälso- och sjukvårdsförvaltningen", h2),
        Paragraph("Per-Erik Holmgren<br/>Hälso- och sjukvårdsdirektör", body),
        Paragraph("Karin Sundqvist<br/>Utvecklingsstrateg, rehabiliteringsgarantin<br/>Telefon: 026-15 50 32", body),
        Paragraph("Beslut", h2),
        Paragraph("Hälso- och sjukvårdsnämnden beslutade den 6 mars 2013, § 34, i enlighet med förvaltningens "
                  "förslag.", body),
        Paragraph("Beslutet skickas till: Vårdcentralerna i egen regi, Smärtrehabiliteringen Gävle sjukhus, "
                  "Ekonomiavdelningen", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, title="Fördelning av statsbidraget för rehabiliteringsgarantin "
                      "till vårdcentralerna 2013", author="Landstinget Gävleborg").build(story)


def agreement_docx(path: Path) -> None:
    d = Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(MARKER)
    d.add_paragraph("Socialdepartementet\nDiarienummer: S2011/10987/FS\n2011-12-15")
    d.add_heading("Överenskommelse mellan staten och Sveriges Kommuner och Landsting om en rehabiliteringsgaranti "
                  "för 2012", level=0)
    sections = [
        ("1. Inledning", [
            "Staten och Sveriges Kommuner och Landsting (SKL) tecknade den första överenskommelsen om en "
            "rehabiliteringsgaranti 2008. Överenskommelsen har därefter förnyats årligen. Denna överenskommelse "
            "gäller för perioden 1 januari–31 december 2012 och omfattar insatser som avslutas under den perioden.",
            "Syftet är att öka tillgången till evidensbaserade behandlings- och rehabiliteringsinsatser så att "
            "kvinnor och män med ohälsa som leder till eller riskerar att leda till sjukskrivning kan återgå i "
            "arbete eller undvika sjukskrivning.",
        ]),
        ("2. Målgrupp", [
            "Insatserna riktar sig till kvinnor och män i åldern 16–67 år som efter en medicinsk bedömning har",
            "– långvarig smärta i rygg, nacke eller axlar som har pågått i minst tre månader, eller",
            "– lindrig till medelsvår ångest, depression eller stressrelaterad psykisk ohälsa.",
        ]),
        ("3. Ersättningsberättigade insatser", [
            "Kognitiv beteendeterapi (KBT) och interpersonell psykoterapi (IPT): en behandling ersätts när den är "
            "avslutad och har omfattat minst fyra behandlingstillfällen.",
            "Multimodal rehabilitering nivå 1 (MMR1): sammansatta insatser av minst tre yrkeskategorier under fyra "
            "till åtta veckor, vanligen i primärvården.",
            "Multimodal rehabilitering nivå 2 (MMR2): sammansatta insatser av minst tre yrkeskategorier under fyra "
            "till åtta veckor, vanligen i den specialiserade vården, för patienter med mer komplicerad "
            "smärtproblematik.",
        ]),
    ]
    for head, paras in sections:
        d.add_heading(head, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.add_heading("4. Ekonomisk ram och ersättning", level=1)
    d.add_paragraph("Staten avsätter högst 950 miljoner kronor för ersättning till landstingen för insatser som "
                    "avslutas under 2012. Därutöver avsätts 15 miljoner kronor för forskning och utvärdering och "
                    "5 miljoner kronor till SKL för stöd till landstingens utvecklingsarbete. Överenskommelsen "
                    "omfattar därmed sammanlagt 970 miljoner kronor.")
    d.add_paragraph("Landstingen ersätts per avslutad insats enligt tabellen nedan.")
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Insats", "Ersättning per avslutad insats", "Ges vanligen inom"
    for row in [("KBT eller IPT", "10 000 kronor", "Primärvården"),
                ("MMR1", "20 000 kronor", "Primärvården"),
                ("MMR2", "40 000 kronor", "Specialiserad vård")]:
        cells = table.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("Varje landstings andel av ramen beräknas utifrån landstingets andel av befolkningen i åldern "
                    "16–67 år den 1 november 2011. Medel som inte har tagits i anspråk efter den sista "
                    "rapporteringen fördelas om till de landsting som har rapporterat fler insatser än deras andel "
                    "medger.")
    d.add_heading("5. Villkor", level=1)
    for p in [
        "För att få ersättning ska landstinget",
        "a) senast den 31 mars 2012 lämna en handlingsplan till SKL som beskriver hur landstinget ska erbjuda "
        "insatserna och hur tillgängligheten ska förbättras,",
        "b) rapportera avslutade insatser uppdelade på kön och åldersgrupp,",
        "c) endast rapportera insatser till patienter i målgruppen och endast en gång per behandling,",
        "d) senast den 31 december 2012 ha anslutit de enheter som ger MMR2 till Nationellt register över "
        "smärtrehabilitering (NRS),",
        "e) medverka i de utvärderingar som görs av överenskommelsen.",
        "Ett landsting som inte uppfyller villkor a) eller d) får sin ersättning reducerad med 10 procent.",
    ]:
        d.add_paragraph(p)
    d.add_heading("6. Rapportering och utbetalning", level=1)
    d.add_paragraph("Landstingen rapporterar avslutade insatser till Försäkringskassan vid tre tillfällen:")
    for p in ["– senast den 30 april 2012 för insatser avslutade januari–mars 2012,",
              "– senast den 31 augusti 2012 för insatser avslutade april–juli 2012,",
              "– senast den 28 februari 2013 för insatser avslutade augusti–december 2012."]:
        d.add_paragraph(p)
    d.add_paragraph("Försäkringskassan granskar rapporterna och betalar ut ersättningen senast sex veckor efter "
                    "respektive rapporteringsdatum. SKL sammanställer resultaten och lämnar en slutrapport till "
                    "Socialdepartementet senast den 30 april 2013.")
    d.add_heading("7. Uppföljning och utvärdering", level=1)
    d.add_paragraph("Karolinska Institutet har i uppdrag att utvärdera insatsernas effekter på sjukskrivning och "
                    "hälsa. Inspektionen för socialförsäkringen (ISF) följer hur garantin påverkar "
                    "sjukskrivningsprocessen. Landstingen ska lämna de uppgifter som behövs för utvärderingarna.")
    d.add_heading("8. Underskrifter", level=1)
    d.add_paragraph("Stockholm den 15 december 2011")
    d.add_paragraph("För staten genom Socialdepartementet\nHenrik Wallin\nStatssekreterare")
    d.add_paragraph("För Sveriges Kommuner och Landsting\nAnna-Karin Berglund\nVerkställande direktör")
    d.core_properties.title = "Överenskommelse om en rehabiliteringsgaranti för 2012"
    d.save(str(path))


if __name__ == "__main__":
    gavleborg_pdf(DOCS / "b28-lg-2013-fordelning-rehabiliteringsgarantin.pdf")
    agreement_docx(DOCS / "b28-skl-2012-overenskommelse-rehabiliteringsgaranti.docx")
