"""Generates the PDF and DOCX test documents of batch b26 (reportlab + python-docx)."""

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"
ST = getSampleStyleSheet()


def pdf(name, flow):
    SimpleDocTemplate(str(DOCS / name), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                      title="", author="").build(flow)


def p(text, style="BodyText"):
    return Paragraph(text, ST[style])


def table(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def vasterbotten():
    rows = [
        ["Diagnosgrupp", "Kvinnor", "Män", "Totalt"],
        ["Psykiska sjukdomar och syndrom (F00–F99)", "612", "298", "910"],
        ["Sjukdomar i muskuloskeletala systemet (M00–M99)", "241", "176", "417"],
        ["Skador och förgiftningar (S00–T98)", "58", "71", "129"],
        ["Tumörer (C00–D48)", "63", "41", "104"],
        ["Cirkulationsorganens sjukdomar (I00–I99)", "24", "37", "61"],
        ["Övriga diagnoser", "152", "104", "256"],
        ["Samtliga diagnoser", "1 150", "727", "1 877"],
    ]
    flow = [
        p(MARK),
        p("Region Västerbotten – Årsredovisning 2019", "Title"),
        p("Godkänd av regionfullmäktige 2020-04-21. Dnr RUN 2020/312"),
        p("6.4 Sjukskrivnings- och rehabiliteringsarbete", "Heading2"),
        p("Sjukskrivningarna i Västerbottens län har minskat något under 2019. Sjukpenningtalet, det vill säga "
          "antalet dagar med sjukpenning och rehabiliteringspenning per registrerad försäkrad i åldern 16–64 år, "
          "var 9,9 dagar i december 2019 jämfört med 10,4 dagar ett år tidigare. Skillnaden mellan könen är "
          "fortsatt stor: sjukpenningtalet var 12,9 dagar för kvinnor och 7,1 dagar för män."),
        p("Psykiatriska diagnoser är den vanligaste orsaken till sjukskrivning. Under 2019 stod psykiska "
          "sjukdomar och syndrom för 910 000 av länets totalt 1 877 000 nettodagar med sjukpenning, det vill "
          "säga 48 procent. Kvinnor stod för två tredjedelar av sjukpenningdagarna med psykiatrisk diagnos."),
        p("Tabell 6.4 Nettodagar med sjukpenning och rehabiliteringspenning efter diagnosgrupp och kön, "
          "Västerbottens län 2019 (tusental dagar)", "Heading4"),
        table(rows, [8.2 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm]),
        p("Källa: Försäkringskassan, bearbetning Region Västerbotten."),
        Spacer(1, 8),
        p("Statlig överenskommelse 2019", "Heading3"),
        p("Region Västerbotten tog under 2019 del av Överenskommelse om en effektiv och kvalitetssäker "
          "sjukskrivnings- och rehabiliteringsprocess 2019 mellan staten och SKL. Regionen uppfyllde villkoren "
          "för koordinering, kompetens i försäkringsmedicin och insatser för psykisk ohälsa men inte fullt ut "
          "villkoret om elektroniska läkarintyg. Regionen erhöll 9,6 miljoner kronor av möjliga 10,1 miljoner kronor."),
        p("Koordinering och rehabilitering", "Heading3"),
        p("Vid utgången av 2019 fanns 41 rehabkoordinatorer vid länets 38 hälsocentraler och inom psykiatrin. "
          "Under året fick 3 420 patienter koordineringsinsatser, varav 67 procent kvinnor. Inför att lagen om "
          "koordineringsinsatser för sjukskrivna patienter träder i kraft den 1 februari 2020 har regionen tagit "
          "fram en gemensam rutin för samtliga hälsocentraler."),
        p("Inom multimodal rehabilitering avslutade 286 patienter en MMR1-insats i primärvården och 94 patienter "
          "en MMR2-insats vid smärtrehabiliteringen vid Norrlands universitetssjukhus i Umeå. Internetbaserad KBT "
          "via 1177 Vårdguiden, Stöd och behandling, påbörjades av 1 260 patienter, en ökning med 35 procent "
          "jämfört med 2018."),
        p("Bedömning och fortsatt arbete", "Heading3"),
        p("Regionens bedömning är att målet om en minskad och mer jämställd sjukskrivning är delvis uppfyllt. "
          "Under 2020 prioriteras utbildning i försäkringsmedicin för läkare i primärvården, uppföljning av "
          "sjukskrivning per kön och diagnos samt tidiga insatser vid lindrig och medelsvår psykisk ohälsa."),
        p("Ansvarig: Malin Öberg, hälso- och sjukvårdsdirektör. Kontakt: Tobias Lindgren, "
          "processledare sjukskrivning och rehabilitering."),
    ]
    pdf("rvb-2019-arsredovisning-sjukskrivningsarbete.pdf", flow)


def faq():
    rows = [
        ["Diagnos", "Rekommenderad sjukskrivningslängd"],
        ["Lindrig depressiv episod", "Sjukskrivning oftast inte nödvändig, vid behov upp till 2 veckor"],
        ["Medelsvår depressiv episod", "Upp till 3 månader"],
        ["Akut stressreaktion", "Upp till 2 veckor"],
        ["Anpassningsstörning och reaktion på svår stress", "Upp till 4 veckor"],
        ["Utmattningssyndrom", "Upp till 3 månader, därefter ny bedömning"],
        ["Generaliserat ångestsyndrom", "Upp till 4 veckor"],
        ["Lumbago (ländryggssmärta utan nervrotspåverkan)", "Upp till 4 veckor vid fysiskt tungt arbete"],
    ]
    qa = [
        ("Vad är det försäkringsmedicinska beslutsstödet?",
         "Beslutsstödet är Socialstyrelsens rekommendationer för sjukskrivning. Det består av generella "
         "principer för sjukskrivning och diagnosspecifika rekommendationer om sjukskrivningens längd och "
         "omfattning för ett stort antal diagnoser. Beslutsstödet infördes 2007 och används sedan 2008 även av "
         "Försäkringskassan i handläggningen."),
        ("Är rekommendationerna tvingande?",
         "Nej. Rekommendationerna är vägledande och utgår från vad som är normalt för en viss diagnos och typ av "
         "arbete. Den enskilda patientens situation avgör alltid. Om du bedömer att en längre sjukskrivning "
         "behövs ska du motivera det i läkarintyget."),
        ("Hur motiverar jag en längre sjukskrivning än rekommendationen?",
         "Beskriv i läkarintyget vilka funktionsnedsättningar och aktivitetsbegränsningar patienten har och "
         "varför de påverkar arbetsförmågan längre än normalt, till exempel samsjuklighet eller ett arbete med "
         "höga krav. Använd fältet Övriga upplysningar vid behov. Saknas en motivering begär Försäkringskassan "
         "ofta komplettering."),
        ("Vilka sjukskrivningslängder rekommenderas för vanliga diagnoser?",
         "Tabellen nedan är ett urval ur beslutsstödet för diagnoser som är vanliga inom rehabiliteringsgarantin "
         "och i primärvården. Kontrollera alltid aktuell version på Socialstyrelsens webbplats."),
    ]
    qa2 = [
        ("Vilka omfattningar av sjukskrivning finns?",
         "Sjukpenning kan beviljas på heltid eller deltid: 100, 75, 50 eller 25 procent. Beslutsstödet "
         "rekommenderar att deltidssjukskrivning alltid övervägs, eftersom kontakten med arbetsplatsen då "
         "behålls."),
        ("Från vilken dag behövs läkarintyg?",
         "En anställd behöver läkarintyg till arbetsgivaren från och med dag 8 i sjukperioden. Från dag 15 "
         "betalar Försäkringskassan sjukpenning och behöver då ett läkarintyg för sjukpenning."),
        ("Hur mycket sjukskriver läkarna i Region Uppsala?",
         "Under 2016 utfärdade läkare i Region Uppsala cirka 58 000 läkarintyg för sjukpenning. Drygt 40 procent "
         "av intygen avsåg psykiatriska diagnoser."),
        ("Vem kan jag fråga?",
         "Varje vårdcentral har en rehabkoordinator som kan stödja i sjukskrivningsprocessen. För försäkringsmedicinska "
         "frågor kan du kontakta regionens försäkringsmedicinska rådgivare Ulrika Dahlström, specialist i "
         "allmänmedicin, eller försäkringsmedicinska samordnaren Mattias Ek."),
    ]
    flow = [
        p(MARK),
        p("Frågor och svar om det försäkringsmedicinska beslutsstödet", "Title"),
        p("PM till läkare i primärvård och psykiatri, Region Uppsala"),
        p("Datum: 2017-10-03. Utfärdat av: Hälso- och sjukvårdsstaben, Region Uppsala. "
          "Ansvarig: Per Ekdahl, chefläkare."),
    ]
    for n, (q, a) in enumerate(qa, 1):
        flow += [p(f"{n}. {q}", "Heading3"), p(a)]
    flow += [table(rows, [7.5 * cm, 8.5 * cm]),
             p("Källa: Socialstyrelsen, Försäkringsmedicinskt beslutsstöd (urval, oktober 2017).")]
    for n, (q, a) in enumerate(qa2, len(qa) + 1):
        flow += [p(f"{n}. {q}", "Heading3"), p(a)]
    pdf("rup-2017-faq-forsakringsmedicinskt-beslutsstod.pdf", flow)


def circular():
    d = Document()
    d.add_paragraph(MARK)
    d.add_paragraph("Cirkulär 10:18\nDatum: 2010-03-12\nDiarienummer: 10/1274\nAvdelningen för vård och omsorg\n"
                    "Sektionen för hälsa och sjukvård\nHandläggare: Anna Bergkvist")
    d.add_paragraph("Landstingsstyrelserna\nHälso- och sjukvårdsdirektörer\nEkonomidirektörer\n"
                    "Kontaktpersoner för rehabiliteringsgarantin")
    d.add_heading("Rapportering av genomförda behandlingar inom rehabiliteringsgarantin 2010", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) har tecknat en överenskommelse om en "
        "rehabiliteringsgaranti för 2010. Landstingen kan under 2010 ta del av högst 1 050 miljoner kronor för "
        "genomförda behandlingar. I detta cirkulär beskrivs hur genomförda behandlingar ska rapporteras till "
        "Försäkringskassan, vilka datum som gäller och vilka ersättningsnivåer som tillämpas.")
    d.add_heading("Målgrupp och behandlingar", level=2)
    d.add_paragraph(
        "Garantin omfattar kvinnor och män i åldern 16–67 år som har eller riskerar att få nedsatt arbetsförmåga "
        "på grund av långvarig diffus smärta i rygg, nacke eller axlar, eller lindrig till medelsvår psykisk "
        "ohälsa i form av ångest, depression eller stress. Behandlingen ska föregås av en medicinsk bedömning.")
    d.add_paragraph(
        "En KBT- eller IPT-behandling räknas som genomförd när patienten har fullföljt den planerade "
        "behandlingen, i regel 8–20 behandlingstillfällen. En multimodal rehabilitering räknas som genomförd när "
        "teamets insatser enligt rehabiliteringsplanen har avslutats.")
    d.add_heading("Ersättningsnivåer 2010", level=2)
    rows = [
        ("Behandling", "Ersättning per genomförd behandling"),
        ("KBT eller IPT, individuell behandling", "10 000 kronor"),
        ("KBT i grupp, per deltagare", "5 000 kronor"),
        ("Multimodal rehabilitering 1 (MMR1), vanligen i primärvården", "20 000 kronor"),
        ("Multimodal rehabilitering 2 (MMR2), vanligen i specialiserad vård", "40 000 kronor"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
    d.add_paragraph(
        "Medlen fördelas mellan landstingen efter befolkningsandel. Ett landsting som rapporterar fler "
        "behandlingar än dess andel räcker till kan få del av medel som andra landsting inte har tagit i anspråk.")
    d.add_heading("Rapporteringstillfällen", level=2)
    d.add_paragraph("Landstingen rapporterar genomförda behandlingar till Försäkringskassan vid fyra tillfällen:")
    for s in ("Behandlingar avslutade 1 januari–31 mars 2010: rapport senast den 30 april 2010",
              "Behandlingar avslutade 1 april–30 juni 2010: rapport senast den 31 augusti 2010",
              "Behandlingar avslutade 1 juli–30 september 2010: rapport senast den 31 oktober 2010",
              "Behandlingar avslutade 1 oktober–31 december 2010: rapport senast den 28 februari 2011"):
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph(
        "Rapporten lämnas i Försäkringskassans webbaserade rapporteringsformulär och ska vara undertecknad av "
        "landstingsdirektören eller den som landstinget utsett. Försäkringskassan betalar ut ersättningen senast "
        "en månad efter att rapporten kommit in. Behandlingar som rapporteras för sent ersätts inte.")
    d.add_heading("Uppgifter som ska rapporteras", level=2)
    d.add_paragraph(
        "För varje behandling rapporteras typ av behandling, patientens kön och ålder samt om patienten var "
        "sjukskriven när behandlingen påbörjades. Uppgifterna används av SKL och Karolinska Institutet för "
        "uppföljning och utvärdering. Inga personnummer ska lämnas till SKL.")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Frågor om cirkuläret besvaras av Anna Bergkvist, handläggare, tfn 08-452 75 31, och "
                    "Mikael Strand, sektionschef, tfn 08-452 76 04.")
    d.add_paragraph("Sveriges Kommuner och Landsting\nAvdelningen för vård och omsorg\n\nLennart Hammar\n"
                    "Avdelningschef")
    d.add_paragraph("Bilaga: Överenskommelse mellan staten och Sveriges Kommuner och Landsting om en "
                    "rehabiliteringsgaranti 2010")
    d.core_properties.title = ""
    d.save(DOCS / "skl-cirkular-2010-rapportering-rehabiliteringsgarantin.docx")


if __name__ == "__main__":
    vasterbotten()
    faq()
    circular()
