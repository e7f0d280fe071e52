"""Generates the PDF and DOCX test documents of batch b48 (reportlab + python-docx)."""
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
    head = getSampleStyleSheet()["BodyText"].clone("head", fontSize=8.5, leading=10)
    rows = [[Paragraph(c, head) for c in rows[0]]] + rows[1:]
    t = Table(rows, colWidths=[w * cm for w in widths])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    return t


def make_pdf() -> None:
    path = DOCS / "b48-jamtland-2016-verksamhetsberattelse-smartrehab-mmr2.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Verksamhetsberättelse 2016 Smärtrehabiliteringen",
                            author="Region Jämtland Härjedalen", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Jämtland Härjedalen<br/>Hälso- och sjukvårdsförvaltningen<br/>Område rehabilitering och habilitering")
    P("Datum: 2017-02-10<br/>Diarienummer: RS/312/2017<br/>Upprättad av: Jonas Berglöf, enhetschef")
    P("Verksamhetsberättelse 2016 – Smärtrehabiliteringen, Östersunds sjukhus", h1)
    P("1. Om enheten", h2)
    P("Smärtrehabiliteringen vid Östersunds sjukhus är regionens enda enhet för multimodal rehabilitering på "
      "specialistnivå (MMR2). Med MMR2 avses i denna verksamhetsberättelse teambaserad rehabilitering för "
      "patienter med långvarig smärta och komplex problematik, där utredning och behandling kräver "
      "specialistkompetens. Patienter med mindre komplex problematik erbjuds MMR1 på hälsocentralerna.")
    P("Programmet pågår i åtta veckor med tre behandlingsdagar per vecka och bedrivs i grupper om sex till "
      "åtta patienter. Uppföljning sker efter tre och tolv månader. Under 2016 genomfördes 16 grupper, "
      "jämfört med 13 grupper under 2015.")
    P("2. Sammanfattning av året", h2)
    P("Under 2016 påbörjade 118 patienter MMR2, vilket är 21 fler än 2015 då 97 patienter påbörjade. "
      "Andelen kvinnor bland dem som påbörjade var 78 procent. Enheten tog emot 222 remisser, och knappt "
      "åtta av tio remisser kom från hälsocentralerna. Efter teambedömning erbjöds 118 av de 165 bedömda "
      "patienterna att delta i programmet.")
    P("3. Patientflöde per kvartal", h2)
    P("Tabell 1. Remisser, bedömningar, påbörjade och avslutade MMR2 samt väntetid per kvartal 2016")
    rows = [["Kvartal", "Inkomna remisser", "Teambedömda", "Påbörjade MMR2", "Avslutade MMR2",
             "Väntetid till bedömning, median (dagar)"],
            ["Kvartal 1", "61", "44", "27", "24", "58"],
            ["Kvartal 2", "57", "42", "31", "29", "52"],
            ["Kvartal 3", "38", "30", "22", "23", "71"],
            ["Kvartal 4", "66", "49", "38", "33", "64"],
            ["Helår 2016", "222", "165", "118", "109", "61"]]
    s.append(_table(rows, [2.6, 2.6, 2.6, 2.6, 2.6, 3.6]))
    s.append(Spacer(1, 8))
    P("Antalet påbörjade var lägst under tredje kvartalet, då programmet gjorde uppehåll i fyra veckor under "
      "sommaren. Den längsta väntetiden uppmättes också under tredje kvartalet.")
    P("4. Väntetider", h2)
    P("Medianväntetiden från remiss till teambedömning var 61 dagar under 2016, jämfört med 77 dagar under 2015. "
      "Andelen patienter som bedömdes inom vårdgarantins 90 dagar ökade från 74 procent 2015 till 81 procent "
      "2016. Medianväntetiden från remiss till programstart var 124 dagar.")
    P("5. Bemanning", h2)
    P("Tabell 2. Bemanning i årsarbetare per yrkesgrupp den 31 december")
    rows = [["Yrkesgrupp", "2015", "2016"],
            ["Läkare, specialist i rehabiliteringsmedicin", "1,0", "0,8"],
            ["Psykolog", "1,5", "2,0"],
            ["Fysioterapeut", "2,0", "2,0"],
            ["Arbetsterapeut", "1,0", "1,5"],
            ["Kurator", "0,5", "0,5"],
            ["Sjuksköterska", "0,5", "0,5"],
            ["Medicinsk sekreterare", "1,0", "1,0"],
            ["Totalt", "7,5", "8,3"]]
    s.append(_table(rows, [8.0, 2.5, 2.5]))
    s.append(Spacer(1, 8))
    P("Läkartjänsten har under hösten 2016 varit delvis vakant. Bristen har täckts med hyrläkare två dagar i "
      "månaden. En psykolog och en arbetsterapeut på halvtid rekryterades i mars 2016 med hjälp av medel från "
      "regionens satsning på kortare väntetider.")
    P("6. Resultat för patienterna", h2)
    P("Av de 109 patienter som avslutade programmet under 2016 var 46 procent helt eller delvis sjukskrivna vid "
      "programstart. Av de patienter som avslutade programmet under 2015 och följdes upp efter tolv månader "
      "hade 41 procent ökat sin arbetsförmåga. Samtliga patienter registreras i Nationellt register över "
      "smärtrehabilitering (NRS).")
    P("7. Samarbete med hälsocentralerna", h2)
    P("Under 2016 startade MMR1 på tre hälsocentraler: Lit, Strömsund och Sveg. Smärtrehabiliteringen har "
      "handlett teamen och genomfört en gemensam utbildningsdag den 22 september 2016 med 34 deltagare.")
    P("8. Ekonomi", h2)
    P("Enhetens nettokostnad blev 9,6 miljoner kronor, att jämföra med en budget på 9,9 miljoner kronor. "
      "Överskottet förklaras främst av vakansen på läkartjänsten.")
    P("9. Mål för 2017", h2)
    P("1. Minst 125 patienter ska påbörja MMR2.<br/>"
      "2. Minst 85 procent av patienterna ska bedömas inom 90 dagar.<br/>"
      "3. MMR1 ska införas på ytterligare två hälsocentraler.")
    P("Östersund den 10 februari 2017<br/><br/>Jonas Berglöf<br/>Enhetschef, Smärtrehabiliteringen<br/><br/>"
      "Eva Lindqvist<br/>Verksamhetschef, Område rehabilitering och habilitering")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b48-skl-2010-bilaga-kvalitetskrav-mmr1-mmr2.docx"
    d = Document()
    d.core_properties.title = "Bilaga 2 Kvalitetskrav för multimodal rehabilitering 2010"
    d.core_properties.author = "Sveriges Kommuner och Landsting"
    d.add_paragraph(MARK)
    d.add_paragraph("Sveriges Kommuner och Landsting\nAvdelningen för vård och omsorg")
    d.add_paragraph("Bilaga 2 till överenskommelsen om en rehabiliteringsgaranti 2010\n"
                    "Datum: 2010-01-28\nDnr: 09/6712")
    d.add_heading("Kvalitetskrav och kriterier för vårdgivare som erbjuder multimodal rehabilitering "
                  "(MMR1 och MMR2)", level=1)
    d.add_heading("1. Syfte", level=2)
    d.add_paragraph(
        "Denna bilaga anger de krav som ska vara uppfyllda för att en multimodal rehabilitering ska kunna "
        "rapporteras och ersättas inom rehabiliteringsgarantin 2010. Kraven gäller både landstingens egna "
        "verksamheter och privata vårdgivare som landstinget har avtal med.")
    d.add_heading("2. Definitioner", level=2)
    d.add_paragraph(
        "Multimodal rehabilitering: sammansatta, samtidiga och koordinerade insatser av minst tre "
        "professioner som arbetar i team utifrån en gemensam plan.", style="List Bullet")
    d.add_paragraph(
        "MMR1: multimodal rehabilitering för patienter med måttlig komplexitet, som vanligen bedrivs i "
        "primärvården.", style="List Bullet")
    d.add_paragraph(
        "MMR2: multimodal rehabilitering för patienter med hög komplexitet, som kräver utredning och "
        "behandling på specialistnivå.", style="List Bullet")
    d.add_paragraph(
        "Teambedömning: en strukturerad bedömning där minst tre av teamets professioner var för sig har träffat "
        "patienten och därefter gemensamt tagit ställning till om patienten ska erbjudas rehabilitering.",
        style="List Bullet")
    d.add_paragraph(
        "Behandlingsserie: en sammanhållen rehabiliteringsperiod från första till sista planerade "
        "behandlingstillfälle enligt rehabiliteringsplanen.", style="List Bullet")
    d.add_heading("3. Målgrupp", level=2)
    d.add_paragraph(
        "Insatserna riktar sig till kvinnor och män i åldern 16–67 år med långvarig smärta i rygg, nacke eller "
        "axlar eller med generaliserad smärta, där smärtan har funnits i minst tre månader. Patienten ska vara "
        "sjukskriven eller löpa risk att bli sjukskriven, och ska själv vara motiverad att delta aktivt.")
    d.add_paragraph(
        "Multimodal rehabilitering ska inte påbörjas om patienten har en pågående medicinsk utredning av "
        "smärtans orsak, ett aktivt missbruk eller en psykiatrisk sjukdom som kräver annan behandling först.")
    d.add_heading("4. Krav på teamets sammansättning och bedömning", level=2)
    d.add_paragraph("Tabell 1. Minimikrav för MMR1 och MMR2")
    rows = [("Krav", "MMR1", "MMR2"),
            ("Antal professioner i teamet", "Minst tre", "Minst fyra"),
            ("Obligatoriska professioner", "Läkare, sjukgymnast, psykolog eller annan beteendevetare med "
             "KBT-kompetens", "Läkare med specialistkompetens i rehabiliteringsmedicin eller smärtlindring, "
             "sjukgymnast, psykolog, arbetsterapeut"),
            ("Bedömning före start", "Läkarbedömning och teambedömning", "Läkarbedömning och fördjupad "
             "teambedömning med minst fyra professioner"),
            ("Screeninginstrument", "ÖMPQ (Örebro Musculoskeletal Pain Questionnaire)", "ÖMPQ samt HAD och "
             "fördjupad funktionsbedömning"),
            ("Längd och omfattning", "Minst fyra veckor och minst 20 behandlingstimmar",
             "Minst sex veckor och minst 60 behandlingstimmar"),
            ("Registrering i NRS", "Rekommenderas", "Obligatorisk")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Kurator ska finnas tillgänglig för teamet i båda nivåerna. Teambedömningen ska vara genomförd och "
        "dokumenterad i journalen innan behandlingsserien påbörjas.")
    d.add_heading("5. Rehabiliteringsplan", level=2)
    d.add_paragraph(
        "För varje patient ska en skriftlig rehabiliteringsplan upprättas tillsammans med patienten senast vid "
        "det första behandlingstillfället. Planen ska innehålla:")
    for t in ["mål för aktivitet och delaktighet, inklusive mål för återgång i arbete,",
              "planerade insatser per profession och deras omfattning,",
              "tidpunkt för avslutning och uppföljning,",
              "planerad kontakt med arbetsgivare och Försäkringskassan när patienten samtycker."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("6. Uppföljning och rapportering", level=2)
    d.add_paragraph(
        "Patienten ska följas upp av teamet tidigast tre och senast sex månader efter avslutad behandlingsserie. "
        "Endast avslutade behandlingsserier får rapporteras till Försäkringskassan. En patient kan ersättas för "
        "högst en behandlingsserie per nivå och kalenderår.")
    d.add_paragraph(
        "Landstinget ansvarar för att kontrollera att privata vårdgivare uppfyller kraven i denna bilaga och "
        "ska på begäran kunna redovisa hur kontrollen har gått till.")
    d.add_heading("7. Ikraftträdande", level=2)
    d.add_paragraph(
        "Kraven gäller för behandlingsserier som påbörjas den 1 mars 2010 eller senare. För behandlingsserier "
        "som påbörjats före detta datum gäller kraven i 2009 års överenskommelse.")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Ulla Nordström, handläggare, tfn 08-452 76 31\nPeter Lindahl, handläggare, tfn 08-452 78 02")
    d.add_paragraph("Sveriges Kommuner och Landsting\n\nMargareta Kjellin\nAvdelningschef, "
                    "Avdelningen för vård och omsorg")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
