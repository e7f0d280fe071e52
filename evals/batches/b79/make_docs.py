"""Generates the PDF and DOCX test documents of batch b79 (reportlab + python-docx)."""
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
    path = DOCS / "b79-orebro-2017-ansokan-prestationsbaserad-ersattning-forsakringsmedicin.pdf"
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    doc = SimpleDocTemplate(str(path), pagesize=A4,
                            title="Ansökan om prestationsbaserad ersättning 2017 – försäkringsmedicin",
                            author="Region Örebro län", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    s = []
    P = lambda t, st=body: s.append(Paragraph(t, st))  # noqa: E731
    P(MARK)
    P("Region Örebro län<br/>Hälso- och sjukvårdsförvaltningen<br/>Staben för hälso- och sjukvårdsutveckling")
    P("Datum: 2017-12-08<br/>Diarienummer: 17RS4521<br/>Mottagare: Sveriges Kommuner och Landsting (SKL), "
      "Avdelningen för vård och omsorg")
    P("Ansökan om prestationsbaserad ersättning 2017 – villkoret Kompetenssatsning i försäkringsmedicin", h1)
    P("Redovisning enligt överenskommelsen mellan staten och SKL om en kvalitetssäker och effektiv "
      "sjukskrivnings- och rehabiliteringsprocess 2017–2018")
    P("1. Sammanfattning", h2)
    P("Region Örebro län ansöker härmed om full prestationsbaserad ersättning för villkoret Kompetenssatsning "
      "i försäkringsmedicin för år 2017. Regionens högsta möjliga ersättning för villkoret är 5,4 miljoner "
      "kronor, beräknat efter regionens befolkningsandel om 2,96 procent. Ett förskott om 2,7 miljoner kronor "
      "betalades ut till regionen i april 2017. Regionen ansöker nu om den resterande delen, 2,7 miljoner kronor.")
    P("Samtliga fyra indikatorer som ingår i villkoret har uppfyllts. Regionens egen målsättning om "
      "verksamhetschefernas deltagande i ledarseminarier har däremot inte nåtts (se avsnitt 4).")
    P("2. Villkorets krav", h2)
    P("För att ersättning ska betalas ut för villkoret ska regionen:")
    P("a) ha en aktuell handlingsplan för kompetensutveckling i försäkringsmedicin, fastställd av "
      "hälso- och sjukvårdsdirektören;<br/>"
      "b) kunna visa att minst 80 procent av de läkare som utfärdar läkarintyg för sjukpenning i primärvården "
      "respektive psykiatrin har genomgått webbutbildningen Försäkringsmedicin för läkare;<br/>"
      "c) kunna visa att minst 90 procent av ST-läkarna har genomgått en försäkringsmedicinsk kurs under sin "
      "specialiseringstjänstgöring;<br/>"
      "d) kunna visa att samtliga rehabkoordinatorer har genomgått en koordinatorsutbildning om minst "
      "7,5 högskolepoäng eller motsvarande.")
    P("Regionens handlingsplan för försäkringsmedicinsk kompetensutveckling 2017–2018 fastställdes den "
      "14 mars 2017 (dnr 17RS1187).")
    P("3. Mål och resultat", h2)
    P("Tabell 1. Indikatorer i villkoret, mål och utfall 2015–2017")
    s.append(_table([
        ["Indikator", "Mål 2017", "Utfall 2015", "Utfall 2016", "Utfall 2017", "Uppfyllt"],
        ["Läkare i primärvården med webbutbildningen", "80 %", "48 %", "64 %", "86 %", "Ja"],
        ["Läkare i psykiatrin med webbutbildningen", "80 %", "39 %", "52 %", "81 %", "Ja"],
        ["ST-läkare med försäkringsmedicinsk kurs", "90 %", "65 %", "71 %", "93 %", "Ja"],
        ["Rehabkoordinatorer med koordinatorsutbildning", "100 %", "–", "88 %", "100 %", "Ja"],
    ], [7.0, 1.6, 1.7, 1.7, 1.7, 1.5]))
    s.append(Spacer(1, 8))
    P("Tabell 2. Antal läkare och koordinatorer som omfattas, mätdatum 2017-11-30")
    s.append(_table([
        ["Grupp", "Antal i målgruppen", "Genomförd utbildning", "Andel"],
        ["Läkare i primärvården", "412", "354", "86 %"],
        ["Läkare i psykiatrin", "118", "96", "81 %"],
        ["ST-läkare, alla specialiteter", "143", "133", "93 %"],
        ["Rehabkoordinatorer", "34", "34", "100 %"],
    ], [6.0, 3.4, 3.6, 2.0]))
    s.append(Spacer(1, 8))
    P("Underlaget har tagits fram ur regionens lärplattform och personalsystem. Läkare som varit "
      "tjänstlediga hela mätperioden ingår inte i målgruppen.")
    P("4. Regionens egna mål", h2)
    P("Utöver villkoret har regionen satt upp egna mål för 2017. Minst 75 procent av verksamhetscheferna "
      "inom primärvård och psykiatri skulle delta i ett ledarseminarium om sjukskrivningsprocessen. Utfallet "
      "blev 69 procent (40 av 58 verksamhetschefer). Målet har därmed inte nåtts, och nya seminarier "
      "planeras till våren 2018. Andelen läkarintyg som Försäkringskassan begärt komplettering av minskade "
      "från 15,2 procent 2016 till 11,4 procent 2017, vilket är bättre än regionens mål om högst 12 procent.")
    P("5. Genomförda aktiviteter 2017", h2)
    P("• Sex halvdagsutbildningar i försäkringsmedicin för läkare, med sammanlagt 212 deltagare.<br/>"
      "• En regiongemensam försäkringsmedicinsk dag den 12 oktober 2017 på Conventum i Örebro, med 165 deltagare.<br/>"
      "• Introduktion i sjukskrivningsprocessen för samtliga nya AT-läkare vid tre tillfällen.<br/>"
      "• Utbildning av 6 nya rehabkoordinatorer vid Örebro universitet (7,5 högskolepoäng).<br/>"
      "• Lokala fallseminarier på 22 av regionens 28 vårdcentraler.")
    P("Kostnaderna för aktiviteterna uppgick till 3,9 miljoner kronor 2017, varav 1,6 miljoner kronor "
      "avsåg ersättning till verksamheterna för läkarnas utbildningstid.")
    P("6. Intygande", h2)
    P("Region Örebro län intygar att uppgifterna i denna redovisning är korrekta och att underlaget finns "
      "tillgängligt för granskning. Redovisningen lämnas inom den tidsfrist som gäller för villkoret, "
      "den 15 december 2017.")
    P("Örebro den 8 december 2017")
    P("Birgitta Almqvist<br/>Hälso- och sjukvårdsdirektör")
    P("Anneli Forsgren<br/>Projektledare försäkringsmedicin")
    P("Kontaktpersoner", h2)
    s.append(_table([
        ["Namn", "Roll", "Telefon"],
        ["Anneli Forsgren", "Projektledare försäkringsmedicin", "019-602 47 31"],
        ["Johan Wikström", "Försäkringsmedicinskt ansvarig läkare", "019-602 51 08"],
        ["Maria Lindh", "Controller, staben för hälso- och sjukvårdsutveckling", "019-602 38 64"],
    ], [4.0, 8.0, 3.0]))
    doc.build(s)


def make_docx() -> None:
    path = DOCS / "b79-vastmanland-2013-minnesanteckningar-styrgrupp-rehabiliteringsgarantin.docx"
    d = Document()
    d.core_properties.title = "Minnesanteckningar styrgruppen för rehabiliteringsgarantin 2013-09-17"
    d.core_properties.author = "Landstinget Västmanland"
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget Västmanland\nPrimärvården och Hälso- och sjukvårdsstaben")
    d.add_paragraph("MINNESANTECKNINGAR\nDatum: 2013-09-17, kl. 13.00–15.30\n"
                    "Plats: Landstingshuset, Västerås, rum Mälaren\nDiarienummer: LTV130452")
    d.add_heading("Styrgruppen för rehabiliteringsgarantin – möte 4/2013", level=1)
    d.add_paragraph("Närvarande: Anders Lundgren, primärvårdsdirektör (ordförande); Maria Öhman, projektledare "
                    "rehabiliteringsgarantin; Kristina Brandt, verksamhetschef Smärtrehabiliteringen Västerås; "
                    "Henrik Sjödin, controller; Elin Forsberg, leg. psykolog och samordnare för KBT/IPT; "
                    "Lars Holm, Försäkringskassan (adjungerad, § 1–4).")
    d.add_paragraph("Frånvarande: Eva Blom, verksamhetschef vuxenpsykiatrin.")
    d.add_paragraph("Sekreterare: Sara Nyström, handläggare.")
    d.add_heading("§ 1 Mötets öppnande och föregående minnesanteckningar", level=2)
    d.add_paragraph("Ordföranden öppnade mötet. Minnesanteckningarna från mötet den 11 juni 2013 godkändes "
                    "utan ändringar.")
    d.add_heading("§ 2 Uppföljning januari–augusti 2013", level=2)
    d.add_paragraph("Henrik Sjödin redovisade antalet avslutade behandlingar som rapporterats till "
                    "Försäkringskassan under perioden januari–augusti 2013, jämfört med helårsmålet och med "
                    "utfallet för helåret 2012.")
    rows = [("Behandling", "Jan–aug 2013", "Helårsmål 2013", "Helår 2012"),
            ("KBT", "1 046", "1 600", "1 512"),
            ("IPT", "88", "150", "121"),
            ("MMR1", "142", "230", "205"),
            ("MMR2", "61", "90", "84")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("Prognosen för helåret är att landstinget erhåller 18,9 miljoner kronor av möjliga "
                    "21,4 miljoner kronor i statsbidrag för rehabiliteringsgarantin 2013. Det är framför allt "
                    "MMR1 och IPT som ligger efter målen. För 2012 erhöll landstinget 19,6 miljoner kronor.")
    d.add_paragraph("Lars Holm informerade om att Försäkringskassan under hösten ser över rutinerna för "
                    "granskning av landstingens rapporter och att fler stickprov kan bli aktuella.")
    d.add_heading("§ 3 Utökad kapacitet för MMR1", level=2)
    d.add_paragraph("Kristina Brandt redogjorde för väntetiderna till MMR1, som i augusti var i genomsnitt 14 "
                    "veckor. Ett nytt MMR1-team med läkare, fysioterapeut och psykolog föreslås på Köpings "
                    "vårdcentral.")
    d.add_paragraph("Beslut: Styrgruppen beslutade att ett MMR1-team startar på Köpings vårdcentral den "
                    "1 november 2013. Ansvarig: Kristina Brandt.")
    d.add_heading("§ 4 Rapportering till Försäkringskassan", level=2)
    d.add_paragraph("Vid förra rapporteringstillfället saknades uppgifter från fyra vårdcentraler. Styrgruppen "
                    "diskuterade hur registreringen kan säkras.")
    d.add_paragraph("Beslut: Avslutade behandlingar ska registreras senast fem arbetsdagar efter avslut. "
                    "Controllern sammanställer underlaget inför nästa rapport senast den 15 oktober 2013. "
                    "Ansvarig: Henrik Sjödin.")
    d.add_heading("§ 5 Internetbaserad KBT", level=2)
    d.add_paragraph("Elin Forsberg presenterade ett förslag om att pröva internetbaserad KBT vid lindrig och "
                    "medelsvår depression och ångest.")
    d.add_paragraph("Beslut: En pilot med internetbaserad KBT startar på Sala vårdcentral den 15 januari 2014. "
                    "Ansvarig: Elin Forsberg.")
    d.add_heading("§ 6 Intern ersättning till vårdcentralerna", level=2)
    d.add_paragraph("Den interna ersättningen till vårdcentralerna är 2013 9 500 kronor per avslutad KBT- eller "
                    "IPT-behandling med minst fem behandlingstillfällen och 20 000 kronor per avslutad MMR1.")
    d.add_paragraph("Beslut: Nivåerna gäller preliminärt även för 2014. Slutligt beslut fattas när 2014 års "
                    "överenskommelse mellan staten och SKL är klar. Ansvarig: Maria Öhman.")
    d.add_heading("§ 7 Utbildning i IPT", level=2)
    d.add_paragraph("Beslut: Tolv kuratorer i primärvården erbjuds IPT-utbildning steg 1 under perioden oktober "
                    "2013–mars 2014. Kostnaden, 384 000 kronor, finansieras med statsbidraget. "
                    "Ansvarig: Elin Forsberg.")
    d.add_heading("§ 8 Övriga frågor", level=2)
    d.add_paragraph("Maria Öhman rapporterade från SKL:s nationella nätverksträff för rehabiliteringsgarantin "
                    "den 5 september 2013. Flera landsting har samma svårigheter att nå målen för MMR1. SKL "
                    "räknar med att överenskommelsen förlängs även för 2014, men villkoren är ännu inte kända. "
                    "Styrgruppen noterade informationen.")
    d.add_paragraph("Elin Forsberg tog upp att flera vårdcentraler saknar psykolog under hösten på grund av "
                    "vakanser. Vårdcentralerna Bäckby och Hallstahammar har köpt KBT av extern vårdgivare. "
                    "Styrgruppen påminde om att köpta behandlingar bara får rapporteras om en medicinsk "
                    "bedömning har gjorts av landstingets läkare och att den externa vårdgivaren följer "
                    "landstingets rutin för dokumentation.")
    d.add_heading("§ 9 Nästa möte", level=2)
    d.add_paragraph("Nästa möte hålls den 19 november 2013 kl. 13.00–15.00 i rum Mälaren.")
    d.add_heading("Sammanställning av beslut", level=2)
    rows = [("Nr", "Beslut", "Ansvarig", "Klart senast"),
            ("1", "MMR1-team på Köpings vårdcentral", "Kristina Brandt", "2013-11-01"),
            ("2", "Sammanställning inför rapport till Försäkringskassan", "Henrik Sjödin", "2013-10-15"),
            ("3", "Pilot internetbaserad KBT, Sala vårdcentral", "Elin Forsberg", "2014-01-15"),
            ("4", "Förslag om intern ersättning 2014", "Maria Öhman", "2013-12-13"),
            ("5", "IPT-utbildning steg 1 för tolv kuratorer", "Elin Forsberg", "2014-03-31")]
    tab = d.add_table(rows=0, cols=4)
    tab.style = "Table Grid"
    for r in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("Vid anteckningarna\nSara Nyström, handläggare, tfn 021-17 46 22")
    d.add_paragraph("Justeras\nAnders Lundgren, primärvårdsdirektör, tfn 021-17 30 05")
    d.save(str(path))


if __name__ == "__main__":
    make_pdf()
    make_docx()
