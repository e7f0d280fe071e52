"""Generates the PDF and DOCX test documents of batch b55 (reportlab + python-docx)."""
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
    path = DOCS / "b55-sormland-2014-protokoll-slutredovisning-rehabiliteringsgarantin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Landstingsstyrelsen protokoll 2014-05-13 § 94",
                            author="Landstinget Sörmland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Landstinget Sörmland")
    P("PROTOKOLL<br/>Landstingsstyrelsen<br/>Sammanträdesdatum: 2014-05-13<br/>"
      "Plats och tid: Landstingshuset, Nyköping, kl. 09.00–12.20")
    P("Beslutande: Monica Edvardsson (S), ordförande; Jan Forsberg (S); Lena Åström (S); "
      "Göran Lilja (M); Ingrid Sahlén (C); Per Öhrn (FP); Birgitta Hedman (V). "
      "Övriga närvarande: Karin Walde, landstingsdirektör; Anders Rönnqvist, ekonomidirektör; "
      "Eva Holmberg, sekreterare.")
    P("§ 94 Slutredovisning av statliga medel för rehabiliteringsgarantin 2011–2013", h1)
    P("Diarienummer: LS-2014-0187")
    P("Ärendebeskrivning", h2)
    P("Landstinget Sörmland har sedan 2009 tagit emot statliga medel genom de årliga överenskommelserna "
      "mellan regeringen och Sveriges Kommuner och Landsting (SKL) om en rehabiliteringsgaranti. Garantin "
      "omfattar kognitiv beteendeterapi (KBT) och interpersonell psykoterapi (IPT) vid lindrig eller "
      "medelsvår ångest, depression eller stress samt multimodal rehabilitering (MMR) vid långvarig smärta "
      "i nacke, skuldror eller rygg.")
    P("Landstingsstyrelsen beslutade den 8 februari 2011 (§ 21) att medlen för åren 2011–2013 skulle "
      "hållas samman i en öronmärkt resultatfond och slutredovisas när perioden var slut. Från och med "
      "den 1 januari 2014 betalas ersättningen för garantins behandlingar i stället ut direkt till "
      "vårdcentralerna inom ersättningsmodellen i Vårdval Sörmland. Resultatfonden avslutas därmed, och "
      "denna slutredovisning avser de tre år som fonden har funnits.")
    P("Erhållna och använda medel", h2)
    P("Med erhållna medel avses de belopp som Försäkringskassan har betalat ut till landstinget för "
      "rapporterade och godkända behandlingar. Med använda medel avses landstingets interna ersättning till "
      "vårdcentraler och kliniker för genomförda behandlingar. Alla belopp anges i tusental kronor (tkr).")
    P("Tabell 1. Erhållna och använda medel för rehabiliteringsgarantin per år 2011–2013 (tkr)", h2)
    rows = [["År", "Erhållna medel", "Använt KBT/IPT", "Använt MMR1", "Använt MMR2", "Summa använt",
             "Kvar vid årets slut"],
            ["2011", "24 870", "11 420", "5 310", "3 960", "20 690", "4 180"],
            ["2012", "27 350", "12 980", "6 240", "4 450", "23 670", "3 680"],
            ["2013", "22 940", "10 760", "6 870", "4 120", "21 750", "1 190"],
            ["Summa", "75 160", "35 160", "18 420", "12 530", "66 110", "9 050"]]
    t = Table(rows, colWidths=[1.5 * cm, 2.4 * cm, 2.4 * cm, 2.2 * cm, 2.2 * cm, 2.3 * cm, 2.6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Sammanlagt har landstinget under de tre åren tagit emot drygt 75 miljoner kronor, varav drygt "
      "66 miljoner kronor har använts till behandlingar. Kvarvarande medel i resultatfonden uppgår till "
      "9 050 tkr.")
    P("Kommentarer till utfallet", h2)
    P("Det högsta beloppet erhölls 2012, då landstinget rapporterade 1 148 avslutade KBT/IPT-behandlingar. "
      "Minskningen 2013 förklaras främst av att Försäkringskassan underkände 61 rapporterade behandlingar "
      "som saknade dokumenterad medicinsk bedömning, och av att två vårdcentraler i Katrineholm under "
      "hösten 2013 saknade legitimerad psykoterapeut. Under 2013 rapporterades 903 avslutade "
      "KBT/IPT-behandlingar, 259 behandlingsserier i MMR1 och 88 behandlingsserier i MMR2.")
    P("Användningen av medel för MMR1 har ökat varje år, från 5,3 miljoner kronor 2011 till knappt "
      "sju miljoner kronor 2013, sedan ytterligare tre vårdcentraler har startat MMR-team. MMR2 ges vid "
      "Smärtrehabiliteringen, Mälarsjukhuset i Eskilstuna.")
    P("Landstingsdirektörens förslag", h2)
    P("Landstingsdirektören föreslår att kvarvarande medel används för att bygga ut kompetensen i KBT "
      "inom primärvården och för att utveckla MMR1 i länets västra del. Ärendet har beretts av "
      "hälso- och sjukvårdsstaben, handläggare Annika Berglöf, utvecklingsstrateg.")
    P("Landstingsstyrelsens beslut", h2)
    P("1. Slutredovisningen av statliga medel för rehabiliteringsgarantin 2011–2013 godkänns.<br/>"
      "2. Kvarvarande medel, 9 050 tkr, överförs till hälso- och sjukvårdsnämnden och får användas under "
      "2014–2015 för utbildning i KBT för vårdcentralernas personal och för utveckling av MMR1.<br/>"
      "3. Av de överförda medlen reserveras högst 2 500 tkr för en grundutbildning i KBT (steg 1) för "
      "minst 40 medarbetare i primärvården.<br/>"
      "4. Hälso- och sjukvårdsnämnden ska redovisa hur medlen har använts till landstingsstyrelsen senast "
      "den 30 april 2016.")
    P("Reservation: Birgitta Hedman (V) reserverar sig mot beslutet till förmån för eget yrkande om att "
      "kvarvarande medel i sin helhet ska användas till MMR1.")
    P("Protokollsutdrag: Hälso- och sjukvårdsnämnden, Ekonomistaben, Revisorerna")
    P("Vid protokollet<br/>Eva Holmberg, sekreterare<br/><br/>Justeras<br/>"
      "Monica Edvardsson, ordförande<br/>Göran Lilja, justerare<br/><br/>"
      "Justeringen har tillkännagivits på landstingets anslagstavla den 20 maj 2014.")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b55-halland-2016-teamrapport-mmr-enheten.docx"
    d = Document()
    d.core_properties.title = "Teamrapport 2016 – MMR-enheten, Hallands sjukhus Varberg"
    d.core_properties.author = "Region Halland"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Halland\nHallands sjukhus Varberg, Rehabiliteringsmedicin")
    d.add_paragraph("Rapport\nDatum: 2016-02-10\nDiarienummer: RH-2016-0214")
    d.add_heading("Teamrapport 2016 – MMR-enheten, Hallands sjukhus Varberg", level=1)
    d.add_paragraph("Verksamhetsåret 2015 med jämförelse mot 2014. Författare: Helena Bengtsson, enhetschef, "
                    "och Jonas Wikström, överläkare.")
    d.add_heading("1. Sammanfattning", level=2)
    d.add_paragraph(
        "MMR-enheten tog emot fler remisser och behandlade fler patienter 2015 än året innan, men väntetiderna "
        "har blivit längre, särskilt till MMR2. Patienternas egna skattningar visar förbättringar i smärta, "
        "nedstämdhet och livskvalitet i båda programmen. Enheten föreslår en utökning av psykologtiden och "
        "ett nytt grupprogram i MMR1 under hösten 2016.")
    d.add_heading("2. Uppdrag och program", level=2)
    d.add_paragraph(
        "Multimodal rehabilitering (MMR) är samordnade insatser av ett team med flera professioner för "
        "patienter i arbetsför ålder med långvarig smärta i rygg, nacke eller skuldror. Enheten bedriver "
        "två program:")
    for t in ["MMR1 – sex veckors gruppbaserat program två dagar i veckan för patienter som remitteras "
              "från vårdcentralerna i Halland och som har en mindre komplex problematik.",
              "MMR2 – åtta veckors program tre dagar i veckan med gruppaktiviteter och individuella insatser "
              "för patienter med mer komplex smärtproblematik, ofta med samtidig psykisk ohälsa eller lång "
              "sjukskrivning."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Alla patienter genomgår först en teambedömning (läkare, psykolog och fysioterapeut) som avgör om "
        "patienten ska erbjudas MMR1, MMR2 eller annan insats. Resultaten följs upp i Nationella registret "
        "över smärtrehabilitering (NRS) vid start, vid avslut och tolv månader efter avslut.")
    d.add_heading("3. Bemanning", level=2)
    d.add_paragraph("Tabell 1. Bemanning i årsarbetare")
    rows = [("Yrkesgrupp", "2015", "Från 2016-01-01"),
            ("Läkare", "0,8", "1,0"), ("Psykolog", "2,0", "2,5"), ("Fysioterapeut", "3,0", "3,0"),
            ("Arbetsterapeut", "1,5", "1,5"), ("Kurator", "1,0", "0,5"),
            ("Rehabkoordinator", "0,5", "1,0"), ("Sjuksköterska", "0,5", "0,5"),
            ("Summa", "9,3", "10,0")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Kuratorstjänsten är halverad sedan årsskiftet på grund av en vakans; rekrytering pågår. "
        "Rehabkoordinatorn, som stödjer patienternas kontakter med arbetsgivare och Försäkringskassan, "
        "arbetar heltid på enheten från och med januari 2016.")
    d.add_heading("4. Remisser och patienter", level=2)
    d.add_paragraph("Tabell 2. Remisser och patienter 2014 och 2015")
    rows = [("", "2014", "2015"),
            ("Inkomna remisser", "412", "468"),
            ("Teambedömningar", "301", "344"),
            ("Påbörjat MMR1", "96", "118"),
            ("Påbörjat MMR2", "58", "64"),
            ("Avslutat MMR1", "89", "112"),
            ("Avslutat MMR2", "51", "60"),
            ("Andel kvinnor bland avslutade (%)", "78", "76")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Av de 344 patienter som teambedömdes 2015 erbjöds 182 MMR (MMR1 eller MMR2). Övriga fick råd om "
        "annan behandling, till exempel fysioterapi eller KBT på vårdcentral, eller bedömdes inte vara "
        "motiverade för ett program just nu.")
    d.add_heading("5. Väntetider", level=2)
    d.add_paragraph(
        "Mediantiden från inkommen remiss till teambedömning ökade från 52 dagar 2014 till 67 dagar 2015. "
        "Från teambedömning till programstart var mediantiden 45 dagar i MMR1 (38 dagar 2014) och 94 dagar "
        "i MMR2 (71 dagar 2014). Under 2015 väntade 41 procent av patienterna i MMR2 längre än 90 dagar på "
        "att få börja programmet.")
    d.add_heading("6. Patientrapporterade utfall", level=2)
    d.add_paragraph(
        "Tabellen visar medelvärden vid start och vid avslut för patienter som avslutade programmen 2015. "
        "Smärtintensitet skattas 0–10, HADS-D (depression) 0–21 och EQ-5D-index 0–1, där högre betyder "
        "bättre hälsa.")
    d.add_paragraph("Tabell 3. Patientrapporterade utfall 2015, start → avslut")
    rows = [("Mått", "MMR1", "MMR2"),
            ("Smärtintensitet (0–10)", "6,4 → 5,3", "7,1 → 5,8"),
            ("HADS-D (0–21)", "7,8 → 6,1", "9,4 → 7,2"),
            ("EQ-5D-index (0–1)", "0,52 → 0,66", "0,39 → 0,58")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Vid tolvmånadersuppföljningen av patienterna som avslutade MMR 2014 arbetade 58 procent i någon "
        "omfattning, jämfört med 46 procent vid programstart. Svarsfrekvensen vid uppföljningen var 71 procent.")
    d.add_heading("7. Åtgärder 2016", level=2)
    for t in ["Psykologtiden utökas med 0,5 årsarbetare från 2016-01-01 (genomfört).",
              "Kuratorstjänsten återbesätts till heltid senast den 1 april 2016.",
              "Ett extra grupprogram i MMR1 startas i Halmstad i september 2016 i samarbete med Närsjukvården.",
              "Målet är att mediantiden från remiss till teambedömning ska vara högst 60 dagar den 31 december 2016.",
              "Svarsfrekvensen i NRS vid tolvmånadersuppföljningen ska öka till minst 80 procent."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Helena Bengtsson, enhetschef MMR-enheten, tfn 0340-48 12 35")
    d.add_paragraph("Jonas Wikström, överläkare, rehabiliteringsmedicin, tfn 0340-48 12 40")
    d.add_paragraph("Malin Sjöberg, rehabkoordinator, tfn 0340-48 12 57")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
