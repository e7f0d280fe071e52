"""Generates the PDF and DOCX test documents of batch b81 (reportlab + python-docx)."""
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
    path = DOCS / "b81-skl-2013-cirkular-sjukskrivningsmiljarden-villkor-utbetalning.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4,
                            title="Cirkulär 13:07 Sjukskrivningsprocessen 2013 – villkor och utbetalningar",
                            author="Sveriges Kommuner och Landsting", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Sveriges Kommuner och Landsting")
    P("CIRKULÄR 13:07")
    P("Datum: 2013-01-24<br/>Diarienummer: 13/00318<br/>Avdelningen för vård och omsorg<br/>"
      "Sektionen för hälso- och sjukvård<br/>Handläggare: Annika Roos, Henrik Wall")
    P("Landstingsstyrelsen<br/>Regionstyrelsen<br/>Hälso- och sjukvårdsdirektören<br/>"
      "Ansvarig för sjukskrivningsfrågor")
    P("Överenskommelse om en effektiv och kvalitetssäker sjukskrivningsprocess 2013 – villkor, belopp "
      "och utbetalningstillfällen", h1)
    P("Sammanfattning", h2)
    P("Regeringen och Sveriges Kommuner och Landsting (SKL) träffade den 13 december 2012 en överenskommelse "
      "om landstingens arbete med sjukskrivningsprocessen under 2013, den så kallade sjukskrivningsmiljarden. "
      "Överenskommelsen omfattar totalt 1 000 miljoner kronor. Av dessa kan landstingen ta del av högst "
      "960 miljoner kronor fördelade på sex delar, medan 40 miljoner kronor går till SKL för stöd, uppföljning "
      "och utvärdering. För att ett landsting ska få del av några medel alls måste två grundvillkor vara "
      "uppfyllda. Detta cirkulär sammanfattar villkoren, beloppen per del och när redovisning ska ske och "
      "medel betalas ut.")
    P("1. Bakgrund", h2)
    P("Sedan 2006 har staten och SKL träffat årliga överenskommelser för att stimulera landstingen att ge "
      "sjukskrivningsfrågorna högre prioritet. Överenskommelsen för 2013 bygger vidare på 2012 års "
      "överenskommelse men lägger större vikt vid insatser för patienter med psykisk ohälsa och vid en "
      "jämställd sjukskrivningsprocess. Rehabiliteringsgarantin regleras i en separat överenskommelse för 2013 "
      "och omfattas inte av detta cirkulär.")
    P("2. Grundvillkor", h2)
    P("Grundvillkor A. Landstinget ska ha ett ledningssystem för sjukskrivningsprocessen som är beslutat av "
      "landstingsledningen och som anger ansvar och rutiner på alla nivåer.")
    P("Grundvillkor B. Landstinget ska ha en handlingsplan för det fortsatta arbetet med sjukskrivningsprocessen "
      "under 2013, beslutad av landstingsstyrelsen eller motsvarande.")
    P("Grundvillkoren redovisas till SKL senast den 30 april 2013. Ett landsting som inte uppfyller "
      "grundvillkoren får inga medel från 2013 års överenskommelse.")
    P("3. Belopp och utbetalningstillfällen per del", h2)
    P("Tabell 1. Belopp, redovisning och utbetalning per del, år 2013 (miljoner kronor)")
    rows = [["Del", "Belopp", "Fördelning", "Redovisning senast", "Utbetalning"],
            ["1. Minskad sjukfrånvaro (resultatdel)", "300", "Utfall", "Ingen redovisning", "2014-03-28"],
            ["2. Kompetenssatsning i försäkringsmedicin", "140", "Befolkningsandel", "2013-10-31", "2013-12-13"],
            ["3. Kvalitet i läkarintyg", "160", "Befolkningsandel", "2013-12-31", "2014-02-28"],
            ["4. Jämställd sjukskrivningsprocess", "60", "Befolkningsandel", "2013-10-31", "2013-12-13"],
            ["5. Utökat elektroniskt informationsutbyte", "120", "Befolkningsandel", "2013-12-31", "2014-02-28"],
            ["6. Insatser vid psykisk ohälsa", "180", "Befolkningsandel", "2013-12-31", "2014-02-28"],
            ["Summa", "960", "", "", ""]]
    t = Table(rows, colWidths=[6.2 * cm, 1.6 * cm, 2.9 * cm, 2.9 * cm, 2.4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Medlen inom delarna 2–6 fördelas efter landstingens andel av rikets befolkning enligt SCB:s statistik "
      "den 1 november 2012. Utbetalningen görs av Kammarkollegiet efter beslut av Socialdepartementet.")
    P("4. Villkor per del", h2)
    P("Del 1. Minskad sjukfrånvaro. Medlen fördelas mellan de landsting där sjukpenningtalet i december 2013 är "
      "lägre än i december 2012 eller högst 9,0 dagar per försäkrad. Underlaget hämtas från Försäkringskassan och "
      "landstinget behöver inte lämna någon redovisning. Medel som inte betalas ut inom del 1 fördelas om mellan de "
      "landsting som klarar villkoret.")
    P("Del 2. Kompetenssatsning i försäkringsmedicin. Minst 70 procent av de läkare som utfärdar läkarintyg i "
      "primärvården och psykiatrin ska ha genomgått en grundutbildning i försäkringsmedicin om minst fyra timmar.")
    P("Del 3. Kvalitet i läkarintyg. Försäkringskassan granskar ett stickprov om 100 läkarintyg per landsting. "
      "Minst 80 procent av intygen ska innehålla en beskrivning av både funktionsnedsättning och "
      "aktivitetsbegränsning. Ett landsting som når minst 70 procent men inte 80 procent får 60 procent av sin "
      "andel.")
    P("Del 4. Jämställd sjukskrivningsprocess. Landstinget ska ha analyserat sjukskrivningsmönstret för kvinnor och "
      "män på minst tre vårdcentraler och beslutat om åtgärder utifrån analysen.")
    P("Del 5. Utökat elektroniskt informationsutbyte. Minst 50 procent av läkarintygen till Försäkringskassan ska "
      "skickas elektroniskt under november 2013. Ett landsting som når minst 40 procent får 60 procent av sin andel.")
    P("Del 6. Insatser vid psykisk ohälsa. Landstinget ska ha kartlagt tillgången till behandling vid lindrig och "
      "medelsvår psykisk ohälsa, inklusive väntetider, och ha beslutat om en handlingsplan utifrån kartläggningen.")
    P("Medel som inte betalas ut inom delarna 2–6 därför att ett villkor inte har uppfyllts återgår till staten.")
    P("5. Räkneexempel", h2)
    P("Om samtliga landsting uppfyller alla villkor kan ett landsting med 3 procent av rikets befolkning få "
      "sammanlagt 28,8 miljoner kronor för 2013, varav 4,2 miljoner kronor inom del 2.")
    P("6. Redovisning och uppföljning", h2)
    P("Redovisningen lämnas i SKL:s webbformulär och ska vara undertecknad av landstingsdirektören eller "
      "regiondirektören. SKL granskar redovisningarna och lämnar en sammanställning till Socialdepartementet "
      "senast den 14 mars 2014. Karolinska Institutet och Inspektionen för socialförsäkringen följer upp "
      "överenskommelsen på uppdrag av regeringen.")
    P("7. Frågor", h2)
    P("Frågor om grundvillkoren, del 2 och del 4 besvaras av Annika Roos, tfn 08-452 76 31. Frågor om del 3, "
      "del 5 och del 6 besvaras av Henrik Wall, tfn 08-452 79 08. Frågor om resultatdelen (del 1) besvaras av "
      "Birgitta Lönn, utredare, tfn 08-452 72 55.")
    P("Sveriges Kommuner och Landsting<br/>Avdelningen för vård och omsorg<br/><br/>"
      "Gunilla Sandell<br/>Avdelningschef<br/><br/>Tomas Ekberg<br/>Sektionschef")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b81-vastmanland-2019-personaltidning-rehabkoordinatorer.docx"
    d = Document()
    d.core_properties.title = "Rehabkoordinatorerna håller ihop vägen tillbaka till jobbet"
    d.core_properties.author = "Region Västmanland"
    d.add_paragraph(MARK)
    d.add_paragraph("Vårdvärden – medarbetartidning för Region Västmanland\nNr 6/2019, publicerad 17 oktober 2019")
    d.add_heading("Rehabkoordinatorerna håller ihop vägen tillbaka till jobbet", level=1)
    d.add_paragraph(
        "I dag finns 41 rehabkoordinatorer på Region Västmanlands vårdcentraler och psykiatriska "
        "öppenvårdsmottagningar. Under 2018 hade de kontakt med 2 615 sjukskrivna patienter, nästan 700 fler än "
        "året innan. Vårdvärden har träffat några av dem som ser till att patienten inte blir stående mellan "
        "vården, arbetsgivaren och Försäkringskassan.")
    d.add_heading("Första samtalet avgör mycket", level=2)
    d.add_paragraph(
        "Anneli Forsberg är arbetsterapeut och har arbetat som rehabkoordinator på Vårdcentralen Skultuna sedan "
        "hösten 2016. Hon har koordinatoruppdraget på halvtid och ägnar resten av veckan åt "
        "arbetsterapi. De flesta patienter hon möter har varit sjukskrivna i 30 dagar eller mer, men läkarna "
        "kan också skicka en intern remiss tidigare om de ser att sjukskrivningen riskerar att bli lång.")
    d.add_paragraph(
        "– Det viktigaste jag gör är att ringa det där första samtalet. Många har gått hemma i flera veckor och "
        "undrar vad som händer nu. När de vet att det finns någon som håller i trådarna släpper mycket av oron, "
        "säger Anneli Forsberg.")
    d.add_paragraph(
        "Koordinatorn kartlägger patientens situation, tar med patientens samtycke kontakt med arbetsgivaren och "
        "bokar vid behov ett avstämningsmöte med Försäkringskassan. Under 2018 deltog koordinatorerna i 585 "
        "avstämningsmöten.")
    d.add_heading("Fler koordinatorer och fler patienter", level=2)
    d.add_paragraph(
        "Funktionen byggdes upp med statsbidrag från överenskommelsen om en kvalitetssäker och effektiv "
        "sjukskrivnings- och rehabiliteringsprocess. År 2016 fanns 14 koordinatorer i regionen. Under 2018 gick "
        "11,4 miljoner kronor av statsbidraget till rehabkoordinatorerna.")
    d.add_paragraph("Tabell 1. Rehabkoordinering i Region Västmanland 2016–2019")
    rows = [("", "2016", "2017", "2018", "Jan–aug 2019"),
            ("Rehabkoordinatorer (personer)", "14", "27", "36", "41"),
            ("Tjänster omräknat till heltid", "6,0", "13,5", "19,0", "22,5"),
            ("Patienter med koordineringsinsats", "820", "1 940", "2 615", "2 030"),
            ("Andel kvinnor, procent", "68", "67", "69", "70"),
            ("Avstämningsmöten med Försäkringskassan", "190", "410", "585", "470")]
    tab = d.add_table(rows=0, cols=5)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Av de patienter som avslutade sin koordineringsinsats under 2018 var 58 procent helt eller delvis tillbaka "
        "i arbete vid avslutet. I en patientenkät våren 2019 svarade 312 patienter, och 87 procent av dem var "
        "mycket eller ganska nöjda med kontakten med sin koordinator.")
    d.add_heading("Psykiatrin har andra utmaningar", level=2)
    d.add_paragraph(
        "Jonas Åhlund är socionom och rehabkoordinator på heltid vid Psykiatriska öppenvårdsmottagningen i Köping. "
        "Hans patienter är ofta sjukskrivna längre och har inte sällan en osäker anställning.")
    d.add_paragraph(
        "– I psykiatrin handlar det mer om att hitta rätt tempo. Jag har patienter som behöver ett halvår innan "
        "vi ens kan prata om arbetsträning, och då är det viktigt att arbetsgivaren förstår varför, säger "
        "Jonas Åhlund.")
    d.add_paragraph("Tabell 2. Några av regionens rehabkoordinatorer och antal patienter 2018")
    rows2 = [("Koordinator", "Enhet", "Tjänstgöringsgrad", "Patienter 2018"),
             ("Anneli Forsberg", "Vårdcentralen Skultuna", "50 %", "96"),
             ("Jonas Åhlund", "Psykiatriska öppenvårdsmottagningen Köping", "100 %", "142"),
             ("Maria Lindqvist", "Vårdcentralen Sala Väsby", "60 %", "118"),
             ("Samir Haddad", "Vårdcentralen Bäckby, Västerås", "100 %", "171")]
    tab2 = d.add_table(rows=0, cols=4)
    tab2.style = "Table Grid"
    for r in rows2:
        cells = tab2.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Lagkrav från februari 2020", level=2)
    d.add_paragraph(
        "Från den 1 februari 2020 blir det lag på att regionerna ska erbjuda koordineringsinsatser till sjukskrivna "
        "patienter. För Region Västmanland betyder det att funktionen blir permanent, men också att "
        "dokumentationen måste bli mer enhetlig.")
    d.add_paragraph(
        "– Vi är väl förberedda eftersom nästan alla enheter redan har en koordinator. Det som återstår är "
        "tre vårdcentraler som i dag delar koordinator med en grannenhet, och en gemensam mall för dokumentation "
        "som ska vara klar till årsskiftet, säger Karin Ekdahl, processledare för sjukskrivning och rehabilitering "
        "på Hälso- och sjukvårdsförvaltningen.")
    d.add_paragraph(
        "Regionen räknar med att få knappt 9 miljoner kronor per år i statligt stöd för koordineringen när lagen "
        "har trätt i kraft. Ett regiongemensamt nätverk för koordinatorerna träffas fyra gånger per år, och nästa "
        "träff är den 21 november 2019 i Västerås.")
    d.add_heading("Fakta: Så når du en rehabkoordinator", level=2)
    for t in ["Alla 28 vårdcentraler i regionen och fem psykiatriska öppenvårdsmottagningar har tillgång till en "
              "rehabkoordinator.",
              "Läkaren eller patienten själv kan ta initiativ till kontakt.",
              "Koordinatorn dokumenterar i journalen under sökordet Koordinering."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Karin Ekdahl, processledare sjukskrivning och rehabilitering, tfn 021-17 45 82")
    d.add_paragraph("Text: Lina Björk, redaktör Vårdvärden, tfn 021-17 30 09")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
