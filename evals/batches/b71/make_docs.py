"""Generates the PDF and DOCX test documents of batch b71 (reportlab + python-docx)."""
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
    path = DOCS / "b71-ostergotland-2015-verksamhetsberattelse-multimodal-rehabilitering.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Verksamhetsberättelse 2015 - multimodal rehabilitering",
                            author="Region Östergötland", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Östergötland")
    P("Hälso- och sjukvårdsstaben, enheten för uppföljning<br/>Datum: 2016-02-26<br/>Diarienummer: RS 2016-87")
    P("Verksamhetsberättelse 2015 (utdrag): Multimodal rehabilitering inom rehabiliteringsgarantin", h1)
    P("1. Sammanfattning", h2)
    P("År 2015 avslutade 650 patienter multimodal rehabilitering (MMR) i Region Östergötland, vilket är 34 fler "
      "än året innan. Ökningen förklaras helt av primärvårdens MMR1-team, medan antalet patienter i den "
      "specialiserade MMR2-verksamheten minskade något. För regionen som helhet var andelen med återgång i arbete "
      "57 procent, jämfört med 52 procent år 2014.")
    P("2. Bakgrund och begrepp", h2)
    P("Rehabiliteringsgarantin bygger på en årlig överenskommelse mellan staten och Sveriges Kommuner och "
      "Landsting (SKL). Multimodal rehabilitering erbjuds kvinnor och män i åldern 16–67 år med långvarig smärta "
      "i nacke, skuldror eller rygg. I Östergötland bedrivs MMR på två nivåer:")
    P("• MMR1: teambaserad rehabilitering i närsjukvårdens primärvård, i regel sex veckor med två till tre "
      "träffar per vecka. Tre team finns, ett i vart och ett av närsjukvårdsområdena centrala, östra och "
      "västra Östergötland.")
    P("• MMR2: specialiserad rehabilitering vid Smärt- och rehabiliteringscentrum (SRC) vid "
      "Universitetssjukhuset i Linköping (US) och vid Rehabmedicinska kliniken på Vrinnevisjukhuset (ViN) i "
      "Norrköping, i regel åtta veckor.")
    P("För 2015 ersattes regionen med 25 000 kronor per avslutad MMR1 och 45 000 kronor per avslutad MMR2.")
    P("Med återgång i arbete (RTW, return to work) avses i denna verksamhetsberättelse att en patient som var "
      "sjukskriven när rehabiliteringen inleddes, vid uppföljningen sex månader efter avslut arbetar eller "
      "studerar minst 25 procentenheter mer än vid start eller har avslutat sin sjukskrivning helt. Måttet "
      "redovisas endast för patienter som var sjukskrivna vid start, år 2015 sammanlagt 398 patienter.")
    P("3. Antal patienter och resultat per enhet", h2)
    P("Under 2015 avslutade 412 patienter MMR1, jämfört med 365 år 2014. I MMR2 avslutade 238 patienter "
      "rehabiliteringen, jämfört med 251 året innan. Kvinnor utgjorde 77 procent av patienterna och "
      "medianåldern var 44 år.")
    P("Tabell 1. Avslutade patienter och RTW per enhet, 2015 och 2014", h2)
    rows = [["Enhet", "Nivå", "Patienter 2015", "Patienter 2014", "RTW 2015 (%)"],
            ["SRC Linköping (US)", "MMR2", "146", "158", "54"],
            ["Rehabmedicin ViN Norrköping", "MMR2", "92", "93", "49"],
            ["MMR1-team centrala (Linköping)", "MMR1", "171", "149", "61"],
            ["MMR1-team östra (Norrköping)", "MMR1", "148", "131", "58"],
            ["MMR1-team västra (Motala)", "MMR1", "93", "85", "63"],
            ["Totalt", "", "650", "616", "57"]]
    t = Table(rows, colWidths=[6.0 * cm, 1.6 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Sammantaget var andelen med återgång i arbete 60 procent i MMR1 och 52 procent i MMR2. Det högsta "
      "resultatet hade MMR1-teamet i Motala, trots att teamet hade ett uppehåll i intaget under juli och "
      "augusti 2015 på grund av vakans för fysioterapeut.")
    P("4. Ekonomi", h2)
    P("De rapporterade insatserna gav en ersättning från rehabiliteringsgarantin på 10,3 miljoner kronor för "
      "MMR1 och knappt elva miljoner kronor för MMR2, sammanlagt drygt 21 miljoner kronor. Regionens totala "
      "ersättning från garantin 2015 blev 36,4 miljoner kronor, varav 15,4 miljoner kronor avsåg 1 284 "
      "avslutade KBT/IPT-behandlingar.")
    P("5. Väntetider", h2)
    P("Medianväntetiden från remiss till teambedömning var fem veckor i MMR1 och 13 veckor i MMR2. Målet är "
      "högst åtta veckor på båda nivåerna. Den långa väntetiden i MMR2 beror främst på att SRC under våren "
      "2015 saknade två av fyra psykologtjänster.")
    P("6. Viktiga händelser under året", h2)
    P("1. Från den 1 september 2015 registrerar alla fem team sina patienter i Nationellt register över "
      "smärtrehabilitering (NRS).<br/>"
      "2. En gemensam utbildningsdag i arbetslivsinriktad rehabilitering hölls den 14 oktober 2015 i Norrköping "
      "med 62 deltagare.<br/>"
      "3. MMR1-teamen började i maj 2015 erbjuda ett gemensamt trepartsmöte med patient och arbetsgivare under "
      "rehabiliteringens femte vecka.")
    P("7. Mål för 2016", h2)
    P("Formerna för statlig ersättning till MMR efter 2015 var inte klarlagda vid årets slut. Verksamheten "
      "budgeteras därför för 2016 med regionala medel motsvarande 2015 års volym. Målen för 2016 är att minst "
      "450 patienter ska avsluta MMR1, att medianväntetiden till MMR2 ska vara under tio veckor och att andelen "
      "med återgång i arbete ska vara minst 60 procent.")
    P("Linköping den 26 februari 2016<br/><br/>Anna Wennerholm<br/>Verksamhetschef, Smärt- och "
      "rehabiliteringscentrum<br/><br/>Per-Erik Lindqvist<br/>Samordnare för rehabiliteringsgarantin, "
      "Hälso- och sjukvårdsstaben")
    P("Kontakt", h2)
    P("Anna Wennerholm, verksamhetschef SRC, tfn 010-103 41 27<br/>"
      "Per-Erik Lindqvist, samordnare, tfn 010-103 62 05<br/>"
      "Sara Holmqvist, enhetschef MMR1-team västra Östergötland, tfn 010-104 18 33")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b71-kalmar-2012-tjansteskrivelse-ikbt-pilot.docx"
    d = Document()
    d.core_properties.title = "Tjänsteskrivelse: pilotprojekt internetbaserad KBT i primärvården"
    d.core_properties.author = "Landstinget i Kalmar län"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget i Kalmar län\nPrimärvårdsförvaltningen")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2012-03-14\nDiarienummer: LK 2012/0387\n"
                    "Till: Landstingsstyrelsens arbetsutskott")
    d.add_heading("Pilotprojekt med internetbaserad kognitiv beteendeterapi (iKBT) i primärvården, "
                  "finansierat med medel från rehabiliteringsgarantin", level=1)
    d.add_heading("Förslag till beslut", level=2)
    for t in ["Primärvården får i uppdrag att genomföra ett pilotprojekt med internetbaserad KBT (iKBT) vid sex "
              "vårdcentraler under perioden 1 september 2012 – 31 augusti 2013.",
              "Projektet finansieras med högst 1 926 000 kronor ur de medel från rehabiliteringsgarantin som "
              "landstinget erhöll för 2011 men ännu inte har fördelat.",
              "En utvärdering av projektet redovisas för landstingsstyrelsens arbetsutskott senast den "
              "30 november 2013."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Rehabiliteringsgarantin ger kvinnor och män i åldern 16–67 år med lindrig eller medelsvår ångest, "
        "depression eller stress tillgång till kognitiv beteendeterapi (KBT) eller interpersonell psykoterapi "
        "(IPT). Landstinget i Kalmar län har sedan 2009 byggt upp en omfattande KBT-verksamhet i primärvården och "
        "rapporterade 2 914 avslutade KBT/IPT-behandlingar till Försäkringskassan för år 2011.")
    d.add_paragraph(
        "Efterfrågan är dock fortsatt större än tillgången. I december 2011 var medianväntetiden från "
        "medicinsk bedömning till första behandlingstillfälle nio veckor, och var tredje patient med remiss till "
        "KBT väntade mer än 90 dagar. Väntetiderna är längst i norra länsdelen.")
    d.add_paragraph(
        "Med internetbaserad KBT (iKBT) avses i denna skrivelse en strukturerad behandling om 8–10 moduler som "
        "patienten arbetar med på egen hand via en säker webbplats, med skriftligt stöd och minst fyra "
        "telefonkontakter från en utbildad behandlare. Enligt överenskommelsen för 2012 får iKBT med "
        "behandlarstöd rapporteras inom garantin på samma sätt som KBT som ges vid besök.")
    d.add_heading("Projektets upplägg", level=2)
    d.add_paragraph(
        "Piloten omfattar vårdcentralerna i Lindsdal (Kalmar), Nybro, Oskarshamn, Vimmerby, Västervik och "
        "Mörbylånga. Sammanlagt 24 psykologer och kuratorer utbildas som iKBT-behandlare i augusti 2012. "
        "Målet är att 240 patienter ska påbörja iKBT under projekttiden och att behandlingen ska kunna starta "
        "inom 14 dagar efter den medicinska bedömningen.")
    d.add_paragraph("Tabell 1. Beräknade kostnader för pilotprojektet (kronor)")
    rows = [("Kostnadspost", "2012 (sep–dec)", "2013 (jan–aug)", "Totalt"),
            ("Licens för behandlingsplattform", "120 000", "180 000", "300 000"),
            ("Utbildning av 24 behandlare", "216 000", "0", "216 000"),
            ("Behandlartid, 1,5 årsarbetare", "290 000", "580 000", "870 000"),
            ("Projektledning, 0,5 årsarbetare", "130 000", "260 000", "390 000"),
            ("Utvärdering (FoU-enheten)", "40 000", "110 000", "150 000"),
            ("Summa", "796 000", "1 130 000", "1 926 000")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Den totala kostnaden blir knappt två miljoner kronor, eller omkring 8 000 kronor per patient om målet "
        "om 240 patienter nås. Kostnaden för behandlartid är beräknad som en merkostnad för att frigöra tid hos "
        "befintliga behandlare.")
    d.add_heading("Finansiering", level=2)
    d.add_paragraph(
        "Landstinget har 3,2 miljoner kronor i ej fördelade medel från rehabiliteringsgarantin för 2011. Medlen "
        "är avsedda för insatser som ökar tillgången till behandling enligt garantin. Förvaltningen föreslår att "
        "högst 1 926 000 kronor av dessa medel används för piloten. Resterande 1 274 000 kronor föreslås "
        "användas för utbildning i IPT under 2013 och behandlas i ett separat ärende.")
    d.add_heading("Uppföljning och utvärdering", level=2)
    for t in ["Antal patienter som påbörjar och fullföljer iKBT, fördelat på kön och ålder.",
              "Symtomförändring mätt med MADRS-S och GAD-7 före och efter behandling.",
              "Väntetid från medicinsk bedömning till behandlingsstart.",
              "Andel sjukskrivna patienter som har återgått i arbete tre månader efter avslutad behandling."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Utvärderingen genomförs av FoU-enheten. Om resultaten är goda föreslås att iKBT införs vid samtliga "
        "vårdcentraler från 2014.")
    d.add_heading("Kontakt", level=2)
    d.add_paragraph("Johan Ekström, utvecklingsstrateg, Primärvårdsförvaltningen, tfn 0480-842 37")
    d.add_paragraph("Malin Sjögren, psykolog och blivande projektledare, Vårdcentralen Lindsdal, tfn 0480-847 19")
    d.add_paragraph("Kalmar den 14 mars 2012\n\nIngrid Blomqvist\nPrimärvårdsdirektör\n\nJohan Ekström\n"
                    "Utvecklingsstrateg")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
