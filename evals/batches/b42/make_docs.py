"""Generates the PDF and DOCX test documents of batch b42 (reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"

TABLE_STYLE = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                          ("FONTSIZE", (0, 0), (-1, -1), 8.5)])


def make_pdf() -> None:
    path = DOCS / "b42-socialstyrelsen-2018-uppfoljning-mmr-atergang-i-arbete.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4,
                            title="Multimodal rehabilitering – återgång i arbete 2012–2016",
                            author="Socialstyrelsen", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Socialstyrelsen")
    P("Multimodal rehabilitering vid långvarig smärta – nationell uppföljning av återgång i arbete "
      "2012–2016", h1)
    P("Artikelnummer: 2018-3-14<br/>Publicerad: mars 2018<br/>Diarienummer: 9.1-31872/2017")
    P("Förord", h2)
    P("Socialstyrelsen har på uppdrag av regeringen följt upp hur det går för de patienter som har fått "
      "multimodal rehabilitering inom ramen för rehabiliteringsgarantin och de överenskommelser som har "
      "följt efter den. Rapporten redovisar hur stor andel av patienterna som var i arbete tolv månader "
      "efter avslutad rehabilitering, för åren 2012–2016 och uppdelat på kvinnor och män. Rapporten "
      "riktar sig till beslutsfattare i regionerna och landstingen, till verksamhetschefer och till "
      "departementet.")
    P("Stockholm den 21 mars 2018<br/>Kerstin Almgren<br/>Avdelningschef, avdelningen för kunskapsstyrning "
      "för hälso- och sjukvården")
    P("Sammanfattning", h2)
    P("Antalet patienter som avslutade multimodal rehabilitering och som ingår i uppföljningen ökade från "
      "5 124 år 2012 till 6 696 år 2016. Andelen som var i arbete tolv månader efter avslutad "
      "rehabilitering ökade under samma period från 59 till 63 procent.")
    P("Drygt tre av fyra patienter är kvinnor. Männen återgår i arbete i något högre grad än kvinnorna; "
      "skillnaden har legat mellan fyra och sex procentenheter under hela perioden. Skillnaderna mellan "
      "landstingen är större än skillnaderna mellan könen.")
    P("Definitioner", h2)
    P("Multimodal rehabilitering (MMR) är sammansatta, samtidiga och samordnade insatser av ett team med "
      "minst tre yrkeskategorier, under fyra till åtta veckor, för patienter med långvarig smärta i "
      "rygg, nacke eller axlar. MMR1 ges i primärvården. MMR2 ges inom specialiserad vård till patienter "
      "med mer komplexa besvär.")
    P("Med återgång i arbete (RTW) avses i denna rapport att patienten under den tolfte månaden efter "
      "avslutad rehabilitering inte hade några nettodagar med sjukpenning, rehabiliteringspenning eller "
      "sjuk- eller aktivitetsersättning och hade en inkomst av arbete.")
    P("Uppföljningspopulationen består av patienter i åldern 16–67 år som avslutade MMR under året, som "
      "har registrerats i Nationella registret över smärtrehabilitering (NRS) och som kunde kopplas till "
      "Försäkringskassans register MiDAS.")
    P("Tabell 1. Patienter i uppföljningen och andel i arbete efter 12 månader, per år och kön", h2)
    rows = [["År", "Kvinnor, antal", "Män, antal", "Totalt, antal", "RTW kvinnor", "RTW män", "RTW totalt"],
            ["2012", "3 918", "1 206", "5 124", "58 %", "63 %", "59 %"],
            ["2013", "4 305", "1 352", "5 657", "59 %", "64 %", "60 %"],
            ["2014", "4 677", "1 488", "6 165", "61 %", "65 %", "62 %"],
            ["2015", "4 842", "1 571", "6 413", "60 %", "66 %", "61 %"],
            ["2016", "5 066", "1 630", "6 696", "62 %", "67 %", "63 %"]]
    t = Table(rows, colWidths=[1.4 * cm, 2.4 * cm, 2.0 * cm, 2.3 * cm, 2.3 * cm, 2.0 * cm, 2.2 * cm])
    t.setStyle(TABLE_STYLE)
    s.append(t)
    s.append(Spacer(1, 6))
    P("Källa: NRS och Försäkringskassan (MiDAS), bearbetning Socialstyrelsen. RTW = andel i arbete tolv "
      "månader efter avslutad rehabilitering.")
    P("Andelen kvinnor som återgick i arbete minskade något mellan 2014 och 2015, från 61 till 60 procent, "
      "medan andelen för männen fortsatte att öka. Det är det enda året under perioden då andelen för "
      "kvinnorna minskade.")
    P("Tabell 2. MMR1 och MMR2 år 2016", h2)
    rows2 = [["Nivå", "Patienter, antal", "Andel kvinnor", "RTW efter 12 månader"],
             ["MMR1 (primärvård)", "4 388", "77 %", "66 %"],
             ["MMR2 (specialiserad vård)", "2 308", "74 %", "57 %"],
             ["Totalt", "6 696", "76 %", "63 %"]]
    t2 = Table(rows2, colWidths=[5.0 * cm, 3.2 * cm, 3.0 * cm, 3.8 * cm])
    t2.setStyle(TABLE_STYLE)
    s.append(t2)
    s.append(Spacer(1, 6))
    P("Att andelen i arbete är lägre efter MMR2 väntas, eftersom patienterna där oftare har haft smärta "
      "under lång tid och oftare har varit sjukskrivna länge innan rehabiliteringen började.")
    P("Sjukskrivning före rehabiliteringen", h2)
    P("Sjukskrivningens längd före start har stor betydelse. Av de patienter som år 2016 hade varit "
      "sjukskrivna i mer än 180 dagar när rehabiliteringen började var 41 procent i arbete efter tolv "
      "månader. Bland dem som inte var sjukskrivna alls vid start var andelen 78 procent.")
    P("Skillnader mellan landstingen", h2)
    P("År 2016 varierade andelen i arbete efter tolv månader mellan 52 procent i det landsting som hade "
      "lägst andel och 71 procent i det som hade högst. Socialstyrelsen redovisar inte resultaten per "
      "landsting i denna rapport, eftersom flera landsting har för få patienter i NRS för säkra jämförelser.")
    P("Socialstyrelsens bedömning", h2)
    P("1. Resultaten har förbättrats långsamt men stadigt sedan 2012.<br/>"
      "2. Insatserna når patienterna för sent: en tidigare start, helst innan sjukskrivningen har pågått i "
      "tre månader, ger bättre förutsättningar för återgång i arbete.<br/>"
      "3. Landstingen bör registrera samtliga patienter i NRS så att resultaten kan jämföras mellan "
      "landstingen i nästa uppföljning, som planeras till 2020.")
    P("Kontakt", h2)
    P("Jonas Ekström, utredare, tfn 075-247 38 12<br/>Malin Sundqvist, statistiker, tfn 075-247 31 66<br/>"
      "Socialstyrelsen, 106 30 Stockholm, tfn växel 075-247 30 00")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b42-ostergotland-2018-protokollsutdrag-fordelning-sjukskrivningsmedel.docx"
    d = Document()
    d.core_properties.title = "Fördelning av medel från sjukskrivningsöverenskommelsen 2018"
    d.core_properties.author = "Region Östergötland"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Östergötland\nRegionstyrelsen")
    d.add_paragraph("PROTOKOLLSUTDRAG\nSammanträdesdatum: 2018-03-27\nDiarienummer: RS 2018-187")
    d.add_heading("§ 64 Fördelning av medel från överenskommelsen om en kvalitetssäker och effektiv "
                  "sjukskrivnings- och rehabiliteringsprocess 2018", level=1)
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph(
        "Regeringen och Sveriges Kommuner och Landsting (SKL) har träffat en tvåårig överenskommelse för "
        "åren 2017–2018 om en kvalitetssäker och effektiv sjukskrivnings- och rehabiliteringsprocess. "
        "Överenskommelsen omfattar totalt 2,88 miljarder kronor. Av dessa är 500 miljoner kronor per år "
        "avsatta för rehabiliteringsinsatser vid lindrig och medelsvår psykisk ohälsa och långvarig smärta, "
        "och cirka 730 miljoner kronor per år för landstingens utvecklingsarbete.")
    d.add_paragraph(
        "För år 2017 uppfyllde Region Östergötland samtliga villkor och fick 52,1 miljoner kronor. För år "
        "2018 beräknas regionen kunna ta del av 52,4 miljoner kronor, varav 22,3 miljoner kronor avser "
        "rehabiliteringsinsatser (KBT, IPT och multimodal rehabilitering) och 30,1 miljoner kronor avser "
        "utvecklingsarbete. Medlen för rehabiliteringsinsatser betalas ut efter antalet rapporterade "
        "behandlingar, och beloppet är därför en uppskattning.")
    d.add_paragraph(
        "Eftersom 2018 är det sista året med överenskommelsen föreslår regionledningskontoret att medlen "
        "används för att göra de insatser som har byggts upp under 2016–2017 till en del av den ordinarie "
        "verksamheten. En del av medlen hålls som reserv hos regionstyrelsen till dess att det är klart hur "
        "stor del av medlen för rehabiliteringsinsatser regionen får.")
    d.add_heading("Tabell 1. Fördelning av medel 2018", level=3)
    rows = [("Mottagare", "Belopp (mnkr)", "Ändamål och villkor"),
            ("Närsjukvården, regiondrivna vårdcentraler", "14,0",
             "KBT/IPT och MMR1; ersättning per rapporterad avslutad behandling"),
            ("Närsjukvården, rehabiliteringskoordinatorer", "8,5",
             "Lönekostnad för koordinator, minst 50 procent av en heltid per vårdcentral"),
            ("Vårdval Östergötland, privata vårdcentraler", "4,1",
             "Samma ersättning per behandling och koordinator som för regiondrivna vårdcentraler"),
            ("Psykiatricentrum", "6,2", "Rehabiliteringskoordinatorer och KBT/IPT i vuxenpsykiatrin"),
            ("Smärt- och rehabiliteringscentrum", "5,8", "MMR2; ersättning per avslutad behandlingsserie"),
            ("Regionledningskontoret", "3,4", "Försäkringsmedicinsk utbildning för läkare och chefer"),
            ("Centrum för verksamhetsstöd och utveckling", "2,9", "Elektroniskt informationsutbyte och "
             "elektroniska läkarintyg"),
            ("Reserv hos regionstyrelsen", "7,5", "Fördelas efter delårsrapporten per augusti 2018"),
            ("Summa", "52,4", "")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Villkor för mottagarna", level=2)
    for t in [
        "Medel för rehabiliteringskoordinatorer får endast användas till lönekostnader för koordinatorer.",
        "Varje mottagare redovisar hur medlen har använts till regionledningskontoret senast den 15 januari 2019.",
        "Medel som inte har använts före den 31 december 2018 återförs till regionstyrelsen.",
        "Vårdcentralerna rapporterar avslutade behandlingar till regionledningskontoret varje månad, senast "
        "den femte vardagen i månaden efter.",
        "Den som inte rapporterar i tid får ingen ersättning för behandlingar under den månaden."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse från regionledningskontoret 2018-03-12\n"
                    "Regionstyrelsens beslut 2017-04-25 § 88 om fördelning av medel 2017")
    d.add_heading("Regionstyrelsens beslut", level=2)
    d.add_paragraph("Regionstyrelsen beslutar")
    for t in [
        "att fördela 44,9 miljoner kronor av 2018 års medel enligt tabell 1 i ärendet,",
        "att avsätta 7,5 miljoner kronor som reserv hos regionstyrelsen,",
        "att uppdra åt regiondirektören att fördela reserven efter delårsrapporten per augusti 2018,",
        "att uppdra åt regiondirektören att senast den 30 september 2018 lämna en plan för hur "
        "koordineringsfunktionen ska finansieras från och med 2019, samt",
        "att förklara paragrafen omedelbart justerad."]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Beslutet gäller från och med den 1 april 2018.")
    d.add_heading("Protokollsanteckning", level=2)
    d.add_paragraph(
        "Ledamoten Jan Ekdahl (V) anmäler en protokollsanteckning om att reserven bör gå till "
        "vuxenpsykiatrins väntetider för KBT.")
    d.add_heading("Vid protokollet", level=2)
    d.add_paragraph("Helena Sjöberg\nSekreterare")
    d.add_paragraph("Justeras\nAnna Wahlström (S), ordförande\nPer Lindgren (M), justerare")
    d.add_paragraph("Utdrag till: Närsjukvården, Psykiatricentrum, Smärt- och rehabiliteringscentrum, "
                    "Centrum för verksamhetsstöd och utveckling, Vårdval Östergötland, Regionledningskontoret "
                    "(ekonomi)")
    d.add_paragraph("Handläggare: Cecilia Forsman, strateg, regionledningskontoret, tfn 010-103 44 27")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
