"""Generates the PDF, DOCX and HTML test documents of batch b24 (stdlib + reportlab + python-docx)."""
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).parent / "docs"
MARK = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"
STYLES = getSampleStyleSheet()


def table(rows: list[list[str]]) -> Table:
    t = Table(rows, hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    return t


def pdf(name: str, parts: list) -> None:
    story = []
    for kind, content in parts:
        if kind == "table":
            story.append(table(content))
            story.append(Spacer(1, 8))
        else:
            story.append(Paragraph(content, STYLES[kind]))
    SimpleDocTemplate(str(DOCS / name), pagesize=A4, title="").build(story)


def kalmar_audit() -> None:
    p = "BodyText"
    pdf("b24-kalmar-2020-revisionsrapport-statsbidrag-sjukskrivning.pdf", [
        (p, MARK),
        (p, "Region Kalmar län – Revisorerna"),
        (p, "Datum: 2020-09-15<br/>Diarienummer: REV 2020/14"),
        ("Title", "Granskning av hur statsbidragen för sjukskrivnings- och rehabiliteringsprocessen har använts 2017–2019"),
        (p, "Revisionsrapport"),
        ("Heading2", "1. Sammanfattning"),
        (p, "På uppdrag av de förtroendevalda revisorerna i Region Kalmar län har en granskning genomförts av hur "
            "regionen har använt de statliga medel som erhållits genom överenskommelsen En kvalitetssäker och effektiv "
            "sjukskrivnings- och rehabiliteringsprocess 2017–2018 samt överenskommelsen om insatser för "
            "koordinering 2019."),
        (p, "Vår sammanfattande bedömning är att regionstyrelsen delvis har säkerställt en ändamålsenlig användning "
            "och uppföljning av statsbidragen. Under perioden 2017–2019 erhöll regionen sammanlagt 61,9 miljoner "
            "kronor, varav 17,8 miljoner kronor inte hade förbrukats vid utgången av 2019."),
        (p, "De ej förbrukade medlen har inte öronmärkts utan har ingått i regionens årsresultat. Det saknas "
            "därmed beslut om hur medlen ska användas för de ändamål som staten avsett."),
        ("Heading2", "2. Syfte, revisionsfrågor och avgränsning"),
        (p, "Syftet med granskningen är att bedöma om regionstyrelsen och hälso- och sjukvårdsnämnden har säkerställt "
            "att statsbidragen har använts i enlighet med överenskommelsernas villkor och att användningen har "
            "följts upp. Granskningen avser åren 2017–2019 och omfattar inte kommunernas insatser eller "
            "Försäkringskassans handläggning."),
        (p, "Granskningen har genomförts genom dokumentstudier och intervjuer med företrädare för regionledningen, "
            "hälso- och sjukvårdsförvaltningen, tre vårdcentraler i offentlig regi och två vårdcentraler i privat regi."),
        ("Heading2", "3. Erhållna och förbrukade medel"),
        (p, "Tabell 1. Statsbidrag till Region Kalmar län 2017–2019 (miljoner kronor)"),
        ("table", [["År", "Erhållna medel", "Förbrukade medel", "Ej förbrukade medel"],
                   ["2017", "27,4", "19,6", "7,8"],
                   ["2018", "26,9", "20,1", "6,8"],
                   ["2019", "7,6", "4,4", "3,2"],
                   ["Summa", "61,9", "44,1", "17,8"]]),
        (p, "Under 2018 förbrukades 20,1 miljoner kronor. Den största posten var ersättning till primärvården för "
            "behandlingar med KBT/IPT och multimodal rehabilitering, 8,2 miljoner kronor, följt av "
            "rehabkoordinatorer med 6,9 miljoner kronor."),
        (p, "Tabell 2. Användning av statsbidraget 2018 (miljoner kronor)"),
        ("table", [["Område", "Belopp"],
                   ["Behandlingar KBT/IPT och MMR i primärvården", "8,2"],
                   ["Rehabkoordinatorer", "6,9"],
                   ["Försäkringsmedicinsk utbildning", "1,4"],
                   ["Processledning och administration", "2,3"],
                   ["IT och elektroniskt informationsutbyte", "1,3"],
                   ["Summa", "20,1"]]),
        (p, "Antalet rapporterade avslutade KBT/IPT-behandlingar var 1 148 under 2017 och 1 203 under 2018. "
            "Antalet avslutade behandlingsserier inom MMR1 var 214 under 2017 och 236 under 2018."),
        ("Heading2", "4. Iakttagelser och bedömningar"),
        (p, "4.1 Planering. För 2017 saknades en samlad plan för hur statsbidraget skulle användas. "
            "Hälso- och sjukvårdsnämnden beslutade om en plan för 2018 den 22 mars 2018. Vi bedömer att "
            "planeringen har förbättrats men att den fortfarande saknar mätbara mål."),
        (p, "4.2 Koordineringsfunktion. Vid utgången av 2019 fanns en koordineringsfunktion vid 32 av regionens "
            "36 vårdcentraler. Vårdcentraler i privat regi fick del av medlen för koordinering först från och med 2019."),
        (p, "4.3 Kompetens i försäkringsmedicin. Andelen läkare i primärvården som genomgått regionens "
            "försäkringsmedicinska grundutbildning var 64 procent vid utgången av 2019. Målet i regionens plan "
            "var 80 procent."),
        (p, "4.4 Uppföljning. Regionstyrelsen har fått en återrapportering per år om statsbidragens användning. "
            "Återrapporteringen har främst avsett ekonomiskt utfall och i begränsad utsträckning effekter för "
            "patienterna, till exempel återgång i arbete."),
        ("Heading2", "5. Rekommendationer"),
        (p, "Mot bakgrund av granskningen rekommenderar vi regionstyrelsen att:"),
        (p, "1. upprätta en flerårig plan med mål och indikatorer för användningen av riktade statsbidrag inom "
            "sjukskrivnings- och rehabiliteringsområdet,"),
        (p, "2. säkerställa att ej förbrukade medel redovisas särskilt och att beslut fattas om hur de ska användas,"),
        (p, "3. följa upp koordineringsfunktionens effekter minst två gånger per år,"),
        (p, "4. säkerställa att vårdcentraler i privat och offentlig regi ges samma förutsättningar att ta del av medlen."),
        (p, "Revisorerna överlämnar rapporten till regionstyrelsen och hälso- och sjukvårdsnämnden och önskar "
            "ett skriftligt svar senast den 1 december 2020."),
        (p, "För Region Kalmar läns förtroendevalda revisorer"),
        (p, "Göran Ekström, ordförande<br/>Lena Hultgren, vice ordförande"),
        (p, "Sakkunnigt biträde: Maria Ek, certifierad kommunal revisor"),
    ])


def dalarna_survey() -> None:
    p = "BodyText"
    pdf("b24-dalarna-2014-patientenkat-rehabiliteringsgarantin-2013.pdf", [
        (p, MARK),
        (p, "Landstinget Dalarna<br/>Centrum för klinisk forskning Dalarna<br/>Mars 2014"),
        ("Title", "Patientenkät inom rehabiliteringsgarantin 2013 – resultatrapport"),
        ("Heading2", "Sammanfattning"),
        (p, "Landstinget Dalarna har för tredje året skickat en enkät till patienter som avslutat en behandling "
            "inom rehabiliteringsgarantin. Enkäten skickades till 1 812 patienter som avslutat KBT, IPT eller "
            "multimodal rehabilitering under 2013, och 1 087 svarade, vilket ger en svarsfrekvens på 60 procent."),
        (p, "Sammantaget var 84 procent av de svarande nöjda eller mycket nöjda med behandlingen. Vid uppföljningen "
            "sex månader efter avslutad behandling arbetade 67 procent helt eller delvis."),
        (p, "Andelen nöjda var högst bland patienter som fått KBT (86 procent) och lägst inom MMR2 (77 procent). "
            "Män arbetade i högre grad än kvinnor vid uppföljningen, 71 procent jämfört med 65 procent."),
        ("Heading2", "Metod"),
        (p, "Enkäten skickades per post sex månader efter avslutad behandling, med en påminnelse efter tre veckor. "
            "Med nöjd avses svarsalternativen nöjd eller mycket nöjd på en femgradig skala. Med i arbete avses "
            "att patienten arbetade helt eller delvis och inte var sjukskriven på heltid."),
        ("Heading2", "Resultat"),
        (p, "Tabell 1. Resultat per behandling 2013"),
        ("table", [["Behandling", "Antal svar", "Andel nöjda (%)", "Andel i arbete (%)"],
                   ["KBT", "612", "86", "71"],
                   ["IPT", "58", "84", "69"],
                   ["MMR1", "301", "81", "62"],
                   ["MMR2", "116", "77", "54"],
                   ["Totalt", "1 087", "84", "67"]]),
        (p, "Tabell 2. Resultat per kön 2013"),
        ("table", [["Kön", "Antal svar", "Andel nöjda (%)", "Andel i arbete (%)"],
                   ["Kvinnor", "771", "85", "65"],
                   ["Män", "316", "81", "71"]]),
        (p, "Tabell 3. Resultat per åldersgrupp 2013"),
        ("table", [["Åldersgrupp", "Antal svar", "Andel nöjda (%)", "Andel i arbete (%)"],
                   ["16–29 år", "198", "82", "70"],
                   ["30–44 år", "402", "84", "69"],
                   ["45–67 år", "487", "84", "64"]]),
        (p, "Kvinnor utgjorde 71 procent av de svarande. Den äldsta åldersgruppen, 45–67 år, hade lägst andel "
            "i arbete vid uppföljningen."),
        ("Heading2", "Kommentarer"),
        (p, "Den lägre andelen i arbete inom MMR2 var väntad, eftersom patienterna inom den specialiserade vården "
            "ofta har haft smärta och sjukskrivning under längre tid. Många patienter efterfrågade uppföljande "
            "kontakt efter avslutad behandling, särskilt inom MMR1."),
        (p, "Enkäten mäter inte om skillnaderna beror på behandlingen. Resultaten ska därför tolkas med försiktighet."),
        ("Heading2", "Kontakt"),
        (p, "Anders Nyberg, analytiker, Centrum för klinisk forskning Dalarna<br/>"
            "Karin Holm, samordnare för rehabiliteringsgarantin, Landstinget Dalarna"),
    ])


def halland_docx() -> None:
    d = Document()
    d.add_paragraph(MARK)
    d.add_paragraph("Region Halland\nDiarienummer: RS130512\nFastställd av regionstyrelsen 2013-12-11")
    d.add_heading("Förfrågningsunderlag Vårdval Halland – Bilaga 7: Rehabiliteringsgarantin 2014", 0)
    d.add_paragraph("Ersättning och rapportering för KBT/IPT och multimodal rehabilitering (MMR1). "
                    "Gäller för perioden 2014-01-01 – 2014-12-31.")
    d.add_heading("1. Bakgrund", 1)
    d.add_paragraph("Rehabiliteringsgarantin är en överenskommelse mellan staten och Sveriges Kommuner och Landsting. "
                    "Region Halland ersätts av staten för genomförda och rapporterade behandlingar. Denna bilaga "
                    "anger vilken ersättning vårdgivare inom Vårdval Halland får för behandlingar inom garantin "
                    "och vilka krav som gäller för rapportering.")
    d.add_paragraph("Region Halland har för 2014 avsatt högst 14 miljoner kronor för ersättning till vårdgivare "
                    "enligt denna bilaga. Om taket nås kan ersättningen per behandling komma att sänkas under "
                    "årets sista tertial efter beslut av hälso- och sjukvårdsdirektören.")
    d.add_heading("2. Målgrupp", 1)
    d.add_paragraph("Behandling inom garantin ges till kvinnor och män i åldern 16–67 år efter en medicinsk bedömning.")
    d.add_paragraph("KBT eller IPT ges vid lindrig till medelsvår depression, ångest eller stressrelaterad ohälsa.",
                    style="List Bullet")
    d.add_paragraph("MMR1 ges vid långvarig smärta i rygg, nacke eller axlar som kvarstått i minst tre månader.",
                    style="List Bullet")
    d.add_heading("3. Krav på vårdgivaren", 1)
    d.add_paragraph("KBT ska ges av legitimerad psykolog, legitimerad psykoterapeut eller annan legitimerad "
                    "personal med minst grundläggande psykoterapiutbildning (steg 1) med KBT-inriktning.")
    d.add_paragraph("MMR1 ska genomföras av ett team med minst tre professioner, varav en ska vara läkare. "
                    "Teamet ska i övrigt bestå av sjukgymnast, psykolog eller arbetsterapeut. En behandlingsserie "
                    "pågår under sex till åtta veckor.")
    d.add_heading("4. Ersättning", 1)
    d.add_paragraph("Ersättning betalas per avslutad och rapporterad behandling enligt tabellen nedan.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["Insats", "Villkor", "Ersättning per avslutad behandling"]):
        cell.text = text
    for row in [["KBT/IPT", "minst fem behandlingstillfällen", "9 500 kr"],
                ["Internetbaserad KBT", "minst fyra genomförda moduler", "4 500 kr"],
                ["MMR1", "minst tre professioner, sex till åtta veckor", "22 000 kr"]]:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    d.add_paragraph("Utöver ersättningen i tabellen betalas ett kvalitetstillägg på 500 kronor per avslutad "
                    "KBT/IPT där utfallsmått (PHQ-9 eller GAD-7) har registrerats vid både start och avslut.")
    d.add_paragraph("Avbruten behandling ersätts inte. MMR2 ingår inte i vårdvalet utan ges av "
                    "Rehabiliteringsmedicinska kliniken, Hallands sjukhus.")
    d.add_heading("5. Rapportering och tidsfrister", 1)
    d.add_paragraph("Vårdgivaren rapporterar avslutade behandlingar i Region Hallands rapporteringsverktyg. "
                    "Rapporten ska innehålla kön, ålder, diagnos enligt ICD-10, insats, start- och slutdatum, "
                    "antal behandlingstillfällen samt sjukskrivningsstatus vid start och avslut.")
    d.add_paragraph("Sista dag för rapportering:")
    for line in ["Behandlingar avslutade 1 januari–31 mars 2014: senast 14 april 2014",
                 "Behandlingar avslutade 1 april–31 juli 2014: senast 14 augusti 2014",
                 "Behandlingar avslutade 1 augusti–30 september 2014: senast 14 oktober 2014",
                 "Behandlingar avslutade 1 oktober–31 december 2014: senast 16 mars 2015"]:
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("Behandlingar som rapporteras efter sista dag ersätts inte. Region Halland betalar ut "
                    "ersättningen månaden efter att en rapporteringsperiod har stängts.")
    d.add_heading("6. Uppföljning och återkrav", 1)
    d.add_paragraph("Region Halland genomför stickprovsvisa journalgranskningar. Om en rapporterad behandling "
                    "inte uppfyller villkoren i denna bilaga återkrävs ersättningen.")
    d.add_heading("7. Kontakt", 1)
    d.add_paragraph("Sofia Berndtsson, handläggare, Hälso- och sjukvårdsstaben, Region Halland\n"
                    "E-post: vardval.rehab@regionhalland.se")
    d.save(DOCS / "b24-halland-2013-forfragningsunderlag-rehabiliteringsgarantin-2014.docx")


def uppsala_docx() -> None:
    d = Document()
    d.add_paragraph(MARK)
    d.add_paragraph("Landstinget i Uppsala län\nLandstingsstyrelsen\nYttrande\nDatum: 2015-11-04\n"
                    "Diarienummer: LS2015-0812")
    d.add_paragraph("Till: Sveriges Kommuner och Landsting, sektionen för hälsa och jämställdhet")
    d.add_heading("Yttrande över förslag till överenskommelse om en kvalitetssäker och effektiv "
                  "sjukskrivnings- och rehabiliteringsprocess 2016", 0)
    d.add_paragraph("Landstinget i Uppsala län har beretts möjlighet att lämna synpunkter på förslaget till "
                    "överenskommelse för 2016. Landstinget ställer sig i huvudsak positivt till förslaget men "
                    "vill framföra följande synpunkter.")
    d.add_heading("1. Rehabiliteringsgarantins upphörande", 1)
    d.add_paragraph("Enligt förslaget upphör rehabiliteringsgarantin vid utgången av 2015 och ersättningen per "
                    "genomförd behandling ersätts av villkor om insatser för lindrig och medelsvår psykisk ohälsa. "
                    "Landstinget erhöll 2015 cirka 23,5 miljoner kronor genom rehabiliteringsgarantin. Medlen "
                    "finansierar i dag omkring 1 900 KBT/IPT-behandlingar och 310 behandlingsserier inom MMR per år.")
    d.add_paragraph("Landstinget befarar att tillgången till multimodal rehabilitering minskar när den riktade "
                    "ersättningen upphör och föreslår att MMR uttryckligen ska ingå i villkoren för 2016.")
    d.add_heading("2. Funktion för koordinering", 1)
    d.add_paragraph("Landstinget stöder förslaget om en funktion för koordinering på vårdcentralerna. För att "
                    "kunna anställa koordinatorer behöver landstingen dock långsiktiga besked. Landstinget föreslår "
                    "att besked om kommande års medel ges senast i juni året före.")
    d.add_heading("3. Villkor och rapportering", 1)
    d.add_paragraph("Villkoret om en jämställd sjukskrivningsprocess bör kompletteras med indikatorer. Landstinget "
                    "föreslår att indikatorerna fastställs senast den 31 mars 2016.")
    d.add_paragraph("Landstinget avstyrker förslaget om rapportering fyra gånger per år och föreslår i stället "
                    "rapportering två gånger per år. Den administrativa bördan för vårdcentralerna har ökat "
                    "under de senaste åren.")
    d.add_heading("4. Sammanfattande förslag", 1)
    for line in ["MMR ska uttryckligen ingå i villkoren för 2016.",
                 "Besked om kommande års medel ges senast i juni året före.",
                 "Indikatorer för en jämställd sjukskrivningsprocess fastställs senast den 31 mars 2016.",
                 "Rapportering sker två gånger per år i stället för fyra."]:
        d.add_paragraph(line, style="List Number")
    d.add_paragraph("För landstingsstyrelsen")
    d.add_paragraph("Per-Olof Lindqvist, landstingsdirektör\nKarin Söderberg, hälso- och sjukvårdsdirektör")
    d.add_paragraph("Handläggare: Elin Forsberg, strateg, Hälso- och sjukvårdsstaben")
    d.save(DOCS / "b24-uppsala-2015-yttrande-overenskommelse-2016.docx")


HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Referrals to multimodal rehabilitation and CBT – Region Norrbotten</title></head>
<body>
<div class="cookie-banner"><p>This website uses cookies to improve your experience. <a href="#">Accept cookies</a> <a href="#">Read more about cookies</a></p></div>
<header><div class="logo">Region Norrbotten</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/care">Care providers</a></li><li><a href="/work">Work with us</a></li><li><a href="/international">International staff</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<form><input type="search" placeholder="Search"></form></header>
<div class="breadcrumbs">Home &gt; International staff &gt; Clinical routines &gt; Referrals to MMR and CBT</div>
<main><article>
<p>MARK</p>
<h1>Referrals to multimodal rehabilitation and CBT – information for international staff</h1>
<p class="updated">Last updated: 2018-10-04</p>
<p>This page is for doctors, psychologists and other health care staff recruited from abroad who work in primary care (hälsocentraler) in Region Norrbotten. It explains how to refer patients to multimodal rehabilitation (MMR) and to cognitive behavioural therapy (CBT).</p>
<h2>Who can be referred?</h2>
<p>Patients aged 16–67 who have had a medical assessment at the health centre can be referred. MMR is for patients with long-term pain in the back, neck or shoulders that has lasted at least three months. CBT is for patients with mild to moderate depression, anxiety or stress-related illness.</p>
<h2>MMR1 and MMR2</h2>
<ul>
<li>MMR1 is given at the health centres by a team of at least three professions and lasts six to eight weeks.</li>
<li>MMR2 is given at the pain rehabilitation unit (Smärtrehab) at Sunderby sjukhus for patients with more complex pain conditions.</li>
</ul>
<p>Before referral to MMR1, the patient should fill in the Örebro Musculoskeletal Pain Screening Questionnaire (ÖMPSQ). A referral to MMR2 requires that MMR1 has been tried or judged not sufficient by a doctor.</p>
<h2>CBT and internet-based CBT</h2>
<p>CBT is given by the psychologists at the health centres. Internet-based CBT is offered through 1177 Vårdguiden (Stöd och behandling) and is a good option for patients who live far from their health centre. Use PHQ-9 for depression and GAD-7 for anxiety at the first visit and at the end of treatment.</p>
<h2>How to refer</h2>
<ol>
<li>Make a medical assessment and document the diagnosis.</li>
<li>Write the referral in the patient record system VAS, using the template "Remiss MMR/KBT".</li>
<li>Send the referral to the rehabilitation coordinator at your health centre.</li>
</ol>
<h2>Waiting times</h2>
<p>The regional target is that CBT starts within 30 days of the referral. In September 2018 the average waiting time for MMR2 at Sunderby sjukhus was 14 weeks.</p>
<h2>Language and interpreters</h2>
<p>Treatment is given in Swedish. Patients who need an interpreter have the right to one free of charge; book the interpreter through the regional interpreter service at least five working days before the first session.</p>
<h2>Contact</h2>
<p>Johan Lundström, head of the rehabilitation coordinator network, Region Norrbotten, johan.lundstrom@norrbotten.example</p>
<p>Smärtrehab, Sunderby sjukhus, phone 0920-28 20 00</p>
</article>
<aside><h3>Related pages</h3><ul><li><a href="#">Sick leave certificates – a guide for new doctors</a></li><li><a href="#">Swedish courses for health care staff</a></li><li><a href="#">Försäkringsmedicin – training dates</a></li></ul></aside></main>
<footer><p>Region Norrbotten, 971 89 Luleå. Phone 0920-28 40 00.</p><p>About the website | Accessibility | Personal data (GDPR)</p><p>© Region Norrbotten</p></footer>
</body></html>
"""


def norrbotten_html() -> None:
    (DOCS / "b24-norrbotten-2018-referrals-mmr-cbt-international-staff.html").write_text(
        HTML.replace("MARK", MARK), "utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    kalmar_audit()
    dalarna_survey()
    halland_docx()
    uppsala_docx()
    norrbotten_html()
