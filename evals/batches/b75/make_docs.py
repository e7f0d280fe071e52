"""Generates the PDF and DOCX test documents of batch b75 (reportlab + python-docx)."""
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
    t = Table(rows, colWidths=[w * cm for w in widths])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    return t


def make_pdf() -> None:
    path = DOCS / "b75-fk-af-2016-rapport-samverkan-langa-sjukskrivningar.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4,
                            title="Samverkan för personer med långa sjukskrivningar 2013–2015",
                            author="Försäkringskassan och Arbetsförmedlingen",
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Försäkringskassan och Arbetsförmedlingen")
    P("GEMENSAM ÅTERRAPPORTERING")
    P("Datum: 2016-04-15<br/>Försäkringskassans diarienummer: FK 2016/001874<br/>"
      "Arbetsförmedlingens diarienummer: Af-2016/0051236<br/>"
      "Till: Regeringskansliet, Socialdepartementet och Arbetsmarknadsdepartementet")
    P("Samverkan för personer med långa sjukskrivningar – återrapportering av samarbetet 2013–2015", h1)
    P("Sammanfattning", h2)
    P("Försäkringskassan och Arbetsförmedlingen redovisar i denna rapport hur myndigheternas samarbete för "
      "personer med långa sjukskrivningar har utvecklats under åren 2013–2015. Uppdraget framgår av "
      "myndigheternas regleringsbrev för 2016.")
    P("Antalet personer som deltog i en gemensam kartläggning ökade från 9 410 år 2013 till 14 820 år 2015. "
      "Under 2015 påbörjade 7 480 personer arbetslivsinriktade insatser inom det förstärkta samarbetet, och "
      "27 procent av dem som avslutade insatserna gick till arbete eller studier.")
    P("Myndigheterna bedömer att samarbetet har blivit bättre, men att många personer fortfarande kommer "
      "till den gemensamma kartläggningen för sent i sjukfallet.")
    P("1. Bakgrund", h2)
    P("Försäkringskassan och Arbetsförmedlingen har sedan 2010 ett gemensamt uppdrag att stödja personer som "
      "har varit sjukskrivna länge att komma tillbaka till arbete. Samarbetet består av två delar. I den "
      "gemensamma kartläggningen går en handläggare från varje myndighet tillsammans med den försäkrade "
      "igenom behov, förutsättningar och möjliga insatser. I det förstärkta samarbetet ger Arbetsförmedlingen "
      "arbetslivsinriktade insatser till personer som har sjukpenning, rehabiliteringspenning eller sjuk- "
      "och aktivitetsersättning.")
    P("Försäkringskassan finansierar Arbetsförmedlingens insatser i det förstärkta samarbetet med särskilda "
      "medel. År 2015 uppgick medlen till 1,04 miljarder kronor, jämfört med 962 miljoner kronor år 2014 och "
      "915 miljoner kronor år 2013.")
    P("2. Deltagare och resultat", h2)
    P("Tabell 1. Deltagare och utfall i samarbetet, 2013–2015 (antal personer)", h2)
    s.append(_table([["År", "Gemensam kartläggning", "Påbörjat förstärkt samarbete",
                      "Avslutat förstärkt samarbete", "Till arbete eller studier", "Andel"],
                     ["2013", "9 410", "5 260", "4 980", "1 046", "21 %"],
                     ["2014", "11 960", "6 330", "5 870", "1 409", "24 %"],
                     ["2015", "14 820", "7 480", "6 950", "1 877", "27 %"]],
                    [1.2, 3.0, 3.0, 3.0, 3.0, 1.4]))
    s.append(Spacer(1, 8))
    P("Andelen avser dem som gick till arbete eller studier inom 90 dagar efter avslutat förstärkt samarbete, "
      "i förhållande till samtliga som avslutade det förstärkta samarbetet under året.")
    P("Mediantiden i sjukskrivning före den gemensamma kartläggningen var 17 månader år 2013 och 14 månader "
      "år 2015.")
    P("Av dem som avslutade det förstärkta samarbetet 2015 återgick 38 procent till Försäkringskassan med "
      "fortsatt ersättning, och 22 procent skrevs in som arbetssökande hos Arbetsförmedlingen utan ersättning "
      "från Försäkringskassan.")
    P("De vanligaste insatserna under 2015 var arbetsträning (41 procent av deltagarna), vägledning och "
      "kartläggning av arbetsförmåga (28 procent) och arbetspraktik (12 procent).")
    P("Tabell 2. Deltagare och utfall 2015 fördelat på kön", h2)
    s.append(_table([["Kön", "Gemensam kartläggning", "Påbörjat förstärkt samarbete",
                      "Andel till arbete eller studier"],
                     ["Kvinnor", "9 190", "4 560", "25 %"],
                     ["Män", "5 630", "2 920", "30 %"],
                     ["Totalt", "14 820", "7 480", "27 %"]],
                    [2.5, 4.0, 4.5, 4.5]))
    s.append(Spacer(1, 8))
    P("Kvinnor utgjorde 62 procent av deltagarna i den gemensamma kartläggningen 2015. Psykiatriska "
      "diagnoser var den vanligaste sjukskrivningsorsaken bland deltagarna, följt av sjukdomar i "
      "rörelseorganen.")
    P("3. Regionala skillnader", h2)
    P("Andelen som gick till arbete eller studier efter det förstärkta samarbetet 2015 varierade mellan "
      "18 procent i Gävleborgs län och 36 procent i Jönköpings län. Skillnaderna förklaras delvis av "
      "arbetsmarknadsläget, men också av hur tidigt i sjukfallet den gemensamma kartläggningen genomfördes.")
    P("4. Myndigheternas bedömning", h2)
    P("Myndigheterna bedömer att:")
    P("• fler personer får ett samordnat stöd än tidigare, och samarbetet fungerar bättre på lokal nivå;<br/>"
      "• den gemensamma kartläggningen i många fall görs för sent, när personen har varit sjukskriven i mer "
      "än ett år;<br/>"
      "• kontakten med hälso- och sjukvården, särskilt med landstingens rehabiliteringskoordinatorer, behöver "
      "utvecklas;<br/>"
      "• uppföljningen av resultat behöver bli mer enhetlig mellan myndigheterna.")
    P("5. Fortsatt arbete", h2)
    P("Gemensamma riktlinjer för en tidig gemensam kartläggning, senast vid dag 180 i sjukfallet, ska gälla "
      "från den 1 oktober 2016.")
    P("En gemensam modell för uppföljning av resultat ska vara klar senast den 31 december 2016.")
    P("Nästa återrapportering lämnas till regeringen senast den 31 mars 2017.")
    P("Kontaktpersoner", h2)
    P("Lotta Wikström, verksamhetsutvecklare, Försäkringskassan, tfn 010-116 42 87<br/>"
      "Per Gunnarsson, analytiker, Arbetsförmedlingen, tfn 010-486 13 52")
    P("För Försäkringskassan<br/>Helena Sjögren<br/>Avdelningschef, avdelningen för sjukförsäkring")
    P("För Arbetsförmedlingen<br/>Mats Engberg<br/>Avdelningschef, avdelningen för rehabilitering till arbete")
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b75-norrbotten-2023-tjansteskrivelse-medel-sjukskrivningsprocess-rehabkoordinatorer.docx"
    d = Document()
    d.core_properties.title = "Användning av statsbidrag för sjukskrivnings- och rehabiliteringsprocessen 2023"
    d.core_properties.author = "Region Norrbotten"
    d.add_paragraph(MARK)
    d.add_paragraph("Region Norrbotten\nHälso- och sjukvårdsförvaltningen")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2023-03-08\nDiarienummer: 02178-2023\n"
                    "Handläggare: Eva Lindbäck, strateg, tfn 0920-28 41 63\nBeslutsinstans: Regionstyrelsen")
    d.add_heading("Användning av statsbidrag för en kvalitetssäker och effektiv sjukskrivnings- och "
                  "rehabiliteringsprocess 2023", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Regionstyrelsen föreslås besluta")
    for t in ["att 9,5 miljoner kronor av statsbidraget för 2023 används enligt tabell 1 i denna tjänsteskrivelse,",
              "att finansieringen av rehabkoordinatorer vid hälsocentralerna höjs till 4,2 miljoner kronor 2023,",
              "att hälso- och sjukvårdsdirektören får i uppdrag att återrapportera användningen av medlen till "
              "regionstyrelsen senast den 29 februari 2024."]:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Staten och Sveriges Kommuner och Regioner (SKR) har träffat en överenskommelse om en kvalitetssäker och "
        "effektiv sjukskrivnings- och rehabiliteringsprocess för 2023. Överenskommelsen omfattar totalt "
        "460 miljoner kronor, varav 400 miljoner kronor fördelas till regionerna efter befolkningsandel. "
        "Region Norrbottens andel är 9,5 miljoner kronor. Förvaltningen föreslår att den största delen av "
        "medlen används för att behålla och utveckla funktionen för koordinering vid hälsocentralerna och "
        "inom vuxenpsykiatrin.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Sedan den 1 februari 2020 är regionerna skyldiga att erbjuda koordineringsinsatser till sjukskrivna "
        "patienter enligt lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter. Ersättningen för "
        "det lagstadgade uppdraget ingår i det generella statsbidraget. Medlen i överenskommelsen för 2023 får "
        "användas för att utveckla arbetet utöver lagens krav.")
    d.add_paragraph(
        "Enligt villkoren för 2023 ska regionen redovisa en analys av sjukskrivningsprocessen till SKR senast "
        "den 31 oktober 2023 och delta i den nationella uppföljningen av koordineringsinsatser.")
    d.add_heading("Nuläge", level=2)
    d.add_paragraph(
        "Region Norrbotten har 33 hälsocentraler. Vid utgången av 2022 fanns rehabkoordinatorer motsvarande "
        "22,5 heltidstjänster i primärvården och 4,0 heltidstjänster inom vuxenpsykiatrin.")
    d.add_paragraph(
        "Under 2022 fick 3 480 patienter koordineringsinsatser, jämfört med 3 110 patienter under 2021. Sju av "
        "tio patienter var kvinnor. Den vanligaste sjukskrivningsorsaken bland patienterna var stressrelaterad "
        "psykisk ohälsa.")
    d.add_paragraph(
        "Andelen hälsocentraler som följer regionens rutin för kontakt med arbetsgivare ökade från 64 procent "
        "2021 till 82 procent 2022.")
    d.add_paragraph(
        "Av statsbidraget för 2022, som uppgick till 8,9 miljoner kronor, användes 8,2 miljoner kronor. "
        "Resterande 0,7 miljoner kronor redovisades som överskott i regionens resultat.")
    d.add_heading("Tabell 1. Utfall 2022 och förslag till användning 2023 (tusen kronor)", level=3)
    rows = [("Insats", "Utfall 2022", "Förslag 2023"),
            ("Rehabkoordinatorer vid hälsocentraler (delfinansiering)", "3 900", "4 200"),
            ("Rehabkoordinatorer inom vuxenpsykiatrin", "1 100", "1 300"),
            ("Försäkringsmedicinsk utbildning för läkare", "650", "800"),
            ("Processledning och uppföljning", "1 450", "1 500"),
            ("Utveckling av arbetsgivarsamverkan", "500", "700"),
            ("Försäkringsmedicinskt rådgivningsteam", "600", "650"),
            ("Reserv", "0", "350"),
            ("Summa", "8 200", "9 500")]
    tab = d.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_heading("Kommentarer till förslaget", level=2)
    for t in ["Ökningen för hälsocentralerna med 300 000 kronor används för att inrätta en halvtidstjänst som "
              "rehabkoordinator vid de fyra minsta hälsocentralerna i inlandet, som i dag delar på en koordinator.",
              "Målet är att 90 procent av läkarna vid hälsocentralerna ska ha genomgått grundutbildning i "
              "försäkringsmedicin senast den 31 december 2023. Vid utgången av 2022 var andelen 76 procent.",
              "Processledningen omfattar 1,5 tjänster och ansvarar för nätverket för rehabkoordinatorer, "
              "uppföljning och kontakter med Försäkringskassan.",
              "Reserven disponeras av hälso- och sjukvårdsdirektören."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph(
        "Förslaget ryms inom statsbidraget. Om regionen inte uppfyller villkoren i överenskommelsen kan delar av "
        "statsbidraget utebli. I så fall minskas i första hand reserven och posten för arbetsgivarsamverkan.")
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph(
        "Användningen av medlen följs upp i delårsrapporten per augusti och i årsredovisningen. Följande "
        "indikatorer används: antal patienter med koordineringsinsatser, andel sjukfall som pågår längre än "
        "90 dagar, andel läkare med grundutbildning i försäkringsmedicin och andel hälsocentraler som följer "
        "rutinen för arbetsgivarkontakter.")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Överenskommelse mellan staten och SKR om en kvalitetssäker och effektiv sjukskrivnings- och "
                    "rehabiliteringsprocess 2023")
    d.add_paragraph("Hälso- och sjukvårdsförvaltningen\n\nMikael Sundqvist\nHälso- och sjukvårdsdirektör\n\n"
                    "Eva Lindbäck\nStrateg")
    d.add_paragraph("Beslutet skickas till: Primärvårdsområdena, Vuxenpsykiatrin, Ekonomiavdelningen")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
