"""What a question asks to be computed, and the computation from the cited figures
(assistant/answering/arithmetic.py), on hand-made sentences; the reading of numbers
(ingest/numbers.py) they rely on."""

from __future__ import annotations

import pytest

from assistant.answering.arithmetic import compute, figures, given_count, operation, per_item_rate, shown, wholes
from ingest.numbers import amounts_in, format_amount, format_number, numbers_in, quantities_in, word_value

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "kind"), [
    ("Hur mycket mer avsattes 2013 än 2014?", "difference"),
    ("Med hur många procentenheter ökade andelen mellan 2014 och 2018?", "difference"),
    ("By how much did the sickness benefit rate rise between 2012 and 2014?", "difference"),
    ("How many percentage points higher was the share for MMR1 than for MMR2?", "difference"),
    ("Hur mycket gick till A och B sammanlagt?", "sum"),
    ("Hur stor andel av patienterna var kvinnor?", "share"),
    ("What share of its possible grant did the region receive?", "share"),
    ("Hur många år efter den första överenskommelsen kom lagen?", "years"),
    ("Hur mycket fick regionen 2016?", None),
    ("Hur mycket fick regionen totalt 2016?", None),  # a stated total: nothing to add up
    ("hur mycket fick regionen sammanlagt 2016-2019", "sum"),  # each year of the range
    # a change between two points after a modal or in the infinitive; "go up"; "skilde mellan"
    ("Hur mycket beräknades anslaget minska från 2018 till 2019?", "difference"),
    ("How much would the budget increase from 2020 to the proposal for 2021?", "difference"),
    ("how much did the mmr1 rate go up between 2011 and 2015", "difference"),
    ("Hur många poäng skilde mellan de två anbuden?", "difference"),
    ("Hur mycket beräknas kostnaderna öka per år om riktlinjerna följs?", None),  # one change, stated
    ("Hur mycket ska regionen öka antalet behandlingar?", None),
    ("Hur mycket ska anslaget öka från och med 2019?", None),  # one point: from then on
    ("How much will the grant increase from 2020?", None),
    # the change as a noun ("hur stor var ökningen", "how big was the increase")
    ("Hur många behandlingar gjordes 2014 jämfört med 2013, och hur stor var ökningen?", "difference"),
    ("Vad får regionen 2019 och hur stor minskning är det mot 2018?", "difference"),
    ("hur stor var den totala höjningen", "difference"),
    ("How many people started the course in 2019 and in 2018, and how big was the increase?", "difference"),
    ("How much did the region get in 2021 compared with 2020, and what was the increase?", "difference"),
    ("Vad innebar förändringen 2015?", None),  # what a change was, not how large
    ("What was the main change in the rules?", None),
    ("What change did the 2016 agreement bring?", None),
    # how something changed between two points, both named
    ("Hur förändrades antalet patienter mellan 2014 och 2015?", "difference"),
    ("How did the region's grant change from 2009 to 2010?", "difference"),
    ("Hur har sjukskrivningarna förändrats sedan 2010?", None),  # one point only
    ("How did the rules change in 2016?", None),
    ("How did the rules for CBT change from 2015 to 2016?", None),  # no quantity changes
    ("Hur utvecklades arbetet från projekt till ordinarie verksamhet?", None),
    # not which change was largest, its share, its cause or a goal
    ("Hur stor var den största ökningen och i vilken region?", None),
    ("Hur stor var den procentuella ökningen mellan 2018 och 2019?", None),
    ("What was the increase in percent from 2018 to 2019?", None),
    ("What was the reduction in sick leave attributed to?", None),
    ("What is the growth target?", None),
])
def test_the_operation_a_question_asks_for(question: str, kind: str | None) -> None:
    assert operation(question) == kind


@pytest.mark.parametrize(("question", "kind"), [
    # the things a sum adds: joined by "och"/"samt", by "eller"/"or" between two names, by a plus
    ("Hur många fick MMR1 eller MMR2 sammanlagt under året?", "sum"),
    ("How many patients completed CBT or IPT in total last year?", "sum"),
    ("Hur mycket gick till koordinering samt utbildning sammanlagt?", "sum"),
    ("antal behandlingar sammanlagt (IPT+KBT) per år", "sum"),
    ("vad blir avgiften för ett sjukgymnastbesök plus ett läkarbesök sammanlagt", "sum"),
    ("Hur många KBT- och MMR-behandlingar gavs sammanlagt 2018?", "sum"),  # an abbreviation's hyphen
    # a total with what the question adds to it
    ("Hur mycket kostar projektet totalt om man räknar med lokalhyran?", "sum"),
    ("Hur mycket fick regionen totalt 2016?", None),  # a stated total: nothing to add up
    # "eller"/"or" that joins no two names, a name with "Plus", "tillsammans med" (a preposition)
    ("Är det sammanlagt eller per år?", None),
    ("Is that in total or per year?", None),
    ("Hur många patienter fick sammanlagt två eller fler behandlingar?", None),
    ("Hur många med lätt eller medelsvår depression behandlades sammanlagt?", None),
    ("Hur mycket fick projektet Rehab Plus sammanlagt 2016?", None),
    ("Kan patienten få KBT eller IPT tillsammans med MMR?", None),
    # "räknar med" alone is to expect something, and "inklusive" names what a total holds
    ("Stämmer det att regionen räknar med 500 patienter totalt?", None),
    ("Hur mycket fick regionen totalt inklusive prestationsersättningen?", None),
    # the "och" of a shared compound head joins no figures
    ("Hur mycket satsar staten sammanlagt på hälso- och sjukvården?", None),
    # an "och" that opens a second question joins questions, not figures: the question is split instead
    ("Hur mycket betalades ut för 2019, och hur mycket gick de sammanlagt miste om?", None),
    ("How many patients got CBT in total, and where?", None),
    ("Hur många fick KBT sammanlagt, och i vilka regioner?", None),
    ("Hur många fick KBT sammanlagt, och var?", None),
])
def test_a_sum_adds_what_the_question_joins(question: str, kind: str | None) -> None:
    assert operation(question) == kind


def test_a_sum_never_adds_a_total_and_its_part() -> None:
    question = "Hur mycket fick regionen totalt om man räknar med prestationsersättningen?"
    assert operation(question) == "sum"
    stated = ["Regionen fick totalt 14,2 miljoner kronor 2016, varav 3,1 miljoner kronor i prestationsersättning."]
    assert compute("sum", stated, question, (2016,)) is None
    total = ["Regionen fick totalt 14,2 miljoner kronor 2016.", "Prestationsersättningen var 3,1 miljoner kronor."]
    assert compute("sum", total, question, (2016,)) is None
    after = ["Regionen fick 14,2 miljoner kronor, varav 3,1 miljoner kronor i prestationsersättning."]
    assert compute("sum", after, question, (2016,)) is None
    apart = ["Grundbeloppet var 11,1 miljoner kronor 2016.", "Prestationsersättningen var 3,1 miljoner kronor 2016."]
    computed = compute("sum", apart, question, (2016,))
    assert computed is not None and computed.value == 14_200_000


@pytest.mark.parametrize(("question", "kind"), [
    # the impersonal "det skilde" of a quantity is a difference (each tense)
    ("Hur många veckor skilde det mellan de två besluten?", "difference"),
    ("Hur många veckor skiljde det mellan de två besluten?", "difference"),
    ("Hur mycket skiljer det i ersättning mellan regionerna?", "difference"),
    ("Vad skiljer MMR1 från MMR2?", None),
    ("Hur många regioner skilde sig från genomsnittet?", None),
    # points above or below, asked of what was
    ("how many percentage points below the target was the share in 2021?", "difference"),
    ("Hur många procentenheter över riksgenomsnittet låg andelen?", "difference"),
    # a limit a rule sets is no computation
    ("Hur många procentenheter under målvärdet får ett nyckeltal ligga?", None),
    ("How many percentage points above the target may a region be?", None),
    # "bättre"/"sämre" after "hur många" is a verb's complement, not a difference
    ("Hur många blev sämre efter behandlingen?", None),
])
def test_a_difference_may_be_asked_by_the_verb_skilja_or_in_points(question: str, kind: str | None) -> None:
    assert operation(question) == kind


def test_a_change_within_one_sentence() -> None:
    question = "Med hur många procentenheter ökade andelen avslag mellan 2014 och 2018?"
    text = ["Andelen avslag vid dag 180 ökade från 1,9 procent 2014 till 7,4 procent 2018."]
    computed = compute("difference", text, question, (2014, 2018))
    assert computed is not None and round(computed.value, 6) == 5.5
    # two shares differ by percentage points ("5,5 procent" would be a share of the first)
    assert shown(computed, "sv") == "7,4 % − 1,9 % = 5,5 procentenheter"
    assert shown(computed, "en") == "7.4 % − 1.9 % = 5.5 percentage points"


def test_a_change_a_sentence_states_from_one_figure_to_another() -> None:
    """"höjdes från 700 kronor till 800 kronor": the change is the sentence's own, also when the
    question names the two years and the sentence none; not when the sentence names other years."""
    question = "Hur mycket höjdes ersättningen för avstämningsmöte mellan 2022 och 2023?"
    text = ["Ersättningen för avstämningsmöte höjdes från 700 kronor till 800 kronor."]
    computed = compute("difference", text, question, (2022, 2023))
    assert computed is not None and computed.value == 100 and shown(computed, "sv") == "800 kr − 700 kr = 100 kr"
    english = ["The sickness rate rose from about 8.1 days to 9.4 days."]
    computed = compute("difference", english, "By how much did the sickness rate rise?", ())
    assert computed is not None and round(computed.value, 6) == 1.3
    other_years = ["År 2019 höjdes ersättningen från 700 kronor till 800 kronor."]
    assert compute("difference", other_years, "Hur mycket höjdes ersättningen mellan 2014 och 2015?",
                   (2014, 2015)) is None
    # the noun written once, after the second figure
    assert _computed("Hur mycket ökade andelen kvinnor?", ["Andelen kvinnor ökade från 60 till 65 procent."]) == \
        "65 % − 60 % = 5 procentenheter"
    # a range written out is no change, and its ends are no figures to compute with: the figures of
    # the two years asked are compared; a range against one figure gives nothing
    ages = ["Stödet gäller personer från 20 till 64 år; ersättningen var 700 kronor 2022 och 800 kronor 2023."]
    assert _computed("Hur mycket höjdes ersättningen mellan 2022 och 2023?", ages, (2022, 2023)) == \
        "800 kr − 700 kr = 100 kr"
    assert _computed("Hur mycket längre var väntetiden än målet?",
                     ["Väntetiden var från 14 till 30 dagar, medan målet var 7 dagar."]) is None
    # a range's end of one digit: only the range's own figures are left out, not those before it
    assert _computed("Hur mycket mer fick regionen 2015 än 2014?",
                     ["Regionen fick 12 miljoner kronor 2014 och 15 miljoner kronor 2015; behandlingen omfattar från "
                      "8 till 9 samtal."], (2014, 2015)) == "15 miljoner kr − 12 miljoner kr = 3 miljoner kr"
    # a sentence of no year does not stand for the two years asked when another cited unit names them
    assert _computed("Hur mycket höjdes ersättningen mellan 2022 och 2023?",
                     ["Ersättningen höjdes från 700 kronor till 800 kronor.",
                      "Ersättningen var 600 kronor 2022 och 900 kronor 2023."],
                     (2022, 2023)) != "800 kr − 700 kr = 100 kr"
    # figures of two units are no change
    assert _computed("Hur mycket ökade det?", ["Det ökade från 12 procent till 800 kronor."]) is None


def test_a_change_between_two_years_is_not_computed_from_one_years_figures() -> None:
    """'From 2018 to 2019' compares a figure of each year: the MMR1 and MMR2 counts of 2019's
    sentence, or a total and its part, are no such pair (a wrong number is worse than none)."""
    question = "Hur mycket ökade antalet avslutade MMR1 från 2018 till 2019?"
    one_year = ["Under 2019 avslutade 318 patienter MMR1 och 94 patienter MMR2."]
    assert compute("difference", one_year, question, (2018, 2019)) is None
    no_year = ["Överenskommelsen omfattar 1 170 miljoner kronor, varav 1 125 miljoner kronor fördelas till regionerna."]
    assert compute("difference", no_year, "Hur mycket mer 2021 än 2020?", (2020, 2021)) is None
    same_year = ["Under 2019 avslutade 318 patienter MMR1.", "Under 2019 avslutade 94 patienter MMR2."]
    assert compute("difference", same_year, question, (2018, 2019)) is None
    two_years = ["Under 2019 avslutade 318 patienter MMR1.", "Under 2018 avslutade 287 patienter MMR1."]
    computed = compute("difference", two_years, question, (2018, 2019))
    assert computed is not None and computed.value == 31


def test_a_difference_across_two_cited_rows_takes_one_figure_of_a_kind_from_each() -> None:
    """Each row holds several numbers; the percentages, one per row, are what is compared (and the
    label's number, the 1 of MMR1, is never a figure)."""
    question = "How many percentage points higher was the share at work for MMR1 than for MMR2?"
    rows = ["| MMR1 | 1 902 | −9 | 71 % |", "| MMR2 | 870 | −18 | 58 % |"]
    computed = compute("difference", rows, question, ())
    assert computed is not None and computed.value == 13 and computed.unit == "%"


def test_a_compound_noun_counts_what_its_head_counts() -> None:
    """"231 MMR-serier" and "280 serier" are figures of one unit: a hyphenated compound's head."""
    texts = ["Året innan, 2014, avslutades 870 behandlingar och 231 MMR-serier.",
             "Under 2015 avslutades 1 020 behandlingar och 280 serier med multimodal rehabilitering."]
    computed = compute("difference", texts, "Hur mycket ökade antalet MMR-serier från 2014 till 2015?", (2014, 2015))
    assert computed is not None and computed.value == 49 and computed.unit == "serier"


def test_a_sum_of_two_amounts_keeps_their_scale() -> None:
    texts = ["100 miljoner kronor går till informationsutbyte.", "40 miljoner kronor går till jämställd sjukskrivning."]
    computed = compute("sum", texts, "Hur mycket gick till de två sammanlagt?", ())
    assert computed is not None
    assert shown(computed, "sv") == "100 miljoner kr + 40 miljoner kr = 140 miljoner kr"
    assert shown(computed, "en") == "SEK 100 million + SEK 40 million = SEK 140 million"


@pytest.mark.parametrize(("text", "share"), [
    ("För 2015 fick regionen 30,6 miljoner kronor av möjliga 31,9 miljoner kronor.", "95,9 % (≈ 96 %)"),
    ("Koordinatorerna hade kontakt med 2 860 patienter, varav 1 950 kvinnor och 910 män.", "68,2 % (≈ 68 %)"),
])
def test_a_share_is_the_part_of_its_whole(text: str, share: str) -> None:
    computed = compute("share", [text], "Hur stor andel?", ())
    assert computed is not None and shown(computed, "sv").endswith(share)


@pytest.mark.parametrize(("question", "part"), [
    ("Hur stor andel av bedömningarna var gruppbedömningar?", 50),
    ("Vilken andel av bedömningarna gjordes av sjukgymnaster?", 150),
    ("Hur stor andel var män?", 100),
    ("Hur stor andel?", 150),  # no part named: the first after "varav"
])
def test_of_several_parts_the_share_is_of_the_one_the_question_names(question: str, part: int) -> None:
    text = "Teamet gjorde 300 bedömningar, varav 150 av sjukgymnaster, 100 män och 50 gruppbedömningar."
    computed = compute("share", [text], question, ())
    assert computed is not None and [f.value for f in computed.operands] == [part, 300]
    assert computed.value == pytest.approx(100 * part / 300)


@pytest.mark.parametrize("text", [
    "Under 2018 avslutades 388 MMR-insatser, varav 301 inom MMR1 och 87 inom MMR2.",
    "Antalet avslutade serier var 388 under 2018 (301 MMR1 och 87 MMR2) och 350 under 2017.",
])
def test_the_share_is_of_the_part_the_words_after_it_name(text: str) -> None:
    """The part after "varav" or inside the whole's parentheses that the question names by the
    words after it, not the first."""
    computed = compute("share", [text], "Hur stor andel av MMR-insatserna 2018 var MMR2?", ())
    assert computed is not None and [f.value for f in computed.operands] == [87, 388]


@pytest.mark.parametrize(("text", "values"), [
    ("Totalt: Belopp (tkr) 12 400", [12400]),
    ("Summa: Mkr 27,7", [27.7]),
    ("Överenskommelsen omfattar totalt 606 miljoner kronor.", [606e6]),
    ("Försäkringsmedicinsk utbildning: Belopp (tkr) 1 600", []),
    ("Regionen fick 40,3 miljoner kronor.", []),
])
def test_a_whole_is_a_total_row_cell_or_a_figure_a_total_word_opens(text: str, values: list[float]) -> None:
    assert [f.value for f in wholes(text, "Hur stor andel?")] == pytest.approx(values)


@pytest.mark.parametrize(("text", "question", "years", "result"), [
    ("Vid årets slut hade 27 av regionens 29 vårdcentraler en rehabkoordinator, jämfört med 19 vid utgången av 2016.",
     "Hur många fler vårdcentraler hade en rehabkoordinator 2017 än 2016?", (2017, 2016), "27 − 19 = 8"),
    ("Medianväntetiden var 11 veckor, jämfört med 14 veckor 2018.",
     "Med hur många veckor minskade väntetiden från 2018 till 2019?", (2018, 2019), "14 veckor − 11 veckor = 3 veckor"),
    ("Drygt 4 100 läkare gick utbildningen under 2020, mot cirka 5 300 året innan.",
     "Hur många färre läkare gick utbildningen 2020 än 2019?", (2020, 2019),
     "5 300 läkare − 4 100 läkare = 1 200 läkare"),
    ("Koordinatorerna stödde 5 840 patienter, en ökning från 4 910 patienter 2021.",
     "Hur mycket ökade antalet patienter från 2021 till 2022?", (2021, 2022),
     "5 840 patienter − 4 910 patienter = 930 patienter"),
])
def test_a_difference_is_of_a_figure_and_the_one_its_sentence_compares_it_with(
        text: str, question: str, years: tuple[int, ...], result: str) -> None:
    """"A, jämfört med B": the two compared, even when the sentence names only one of the years
    asked; never the whole of "27 av 29"."""
    computed = compute("difference", [text], question, years)
    assert computed is not None and shown(computed, "sv") == result


@pytest.mark.parametrize(("question", "kind"), [
    ("Hur många dagar kortare var mediantiden i projektgruppen än i jämförelsegruppen?", "difference"),
    ("How many hours less therapist time did a completed iCBT treatment take?", "difference"),
    ("Hur mycket höjdes den interna ersättningen från 2013 till 2014?", "difference"),
    ("Hur många patienter fick stöd av en rehabkoordinator?", None),
    ("How many patients were women?", None),
    # a comparative after "hur mycket"/"how much" followed by "än"/"than" (Swedish -are, English -er)
    ("Hur mycket kortare var väntetiden i år än i fjol?", "difference"),
    ("hur mycket dyrare e kursen för externa än för privata vårdgivare", "difference"),
    # a count of those over or under a threshold is no difference
    ("Hur många patienter väntade längre än 90 dagar?", None),
    ("Hur många regioner fick mer än 10 miljoner kronor?", None),
    ("Hur många deltagare var yngre än 30 år?", None),
    ("How many other treatments than CBT were offered?", None),
    ("How many patients older than 65 were treated?", None),
    ("How much per treatment was paid in the region than elsewhere?", None),
    ("How much cheaper was the internet treatment than the face-to-face one?", "difference"),
    ("Hur många gånger större var anslaget 2015 än 2014?", None),
    ("How many times higher was the rate than the national average?", None),
    ("Hur många läkare arbetar på mottagningen?", None),
])
def test_a_difference_may_be_asked_in_a_unit_or_by_a_verb_of_raising(question: str, kind: str | None) -> None:
    assert operation(question) == kind


def test_a_findings_number_is_no_figure_and_of_them_counts_what_the_figure_before_counts() -> None:
    """"1. A total of 2 318 patients …, and 1 742 of them completed": the list's "1." is no figure,
    and "1 742 of them" counts patients."""
    text = "1. A total of 2 318 patients started iCBT in 2013–2014, and 1 742 of them completed the treatment."
    computed = compute("share", [text], "What share of the patients completed the treatment?", ())
    assert computed is not None and [f.value for f in computed.operands] == [1742, 2318]
    swedish = "2. Totalt 412 patienter fick stöd, och 268 av dem var kvinnor."
    computed = compute("share", [swedish], "Hur stor andel var kvinnor?", ())
    assert computed is not None and [f.value for f in computed.operands] == [268, 412]


def test_a_stated_share_is_not_computed_again() -> None:
    assert compute("share", ["Andelen kvinnor var 73 procent av 2 860 patienter."], "Hur stor andel?", ()) is None


def test_years_between_two_events() -> None:
    computed = compute("years", ["Garantin infördes 2008.", "Lagen trädde i kraft 2020."], "Hur många år?", ())
    assert computed is not None and computed.value == 12
    # the year in a law's number is no event's year
    computed = compute("years", ["Garantin infördes 2010.", "Den 1 juli 2022 trädde lagen (2021:845) i kraft."],
                       "Hur många år?", ())
    assert computed is not None and computed.value == 12


def test_nothing_is_computed_from_figures_of_different_units() -> None:
    assert compute("difference", ["12 000 kronor per KBT", "60 procent av sjukskrivningarna"], "skillnad?", ()) is None


@pytest.mark.parametrize(("question", "count"), [
    ("Om ett landsting genomför tio KBT-behandlingar, hur mycket får det?", 10),
    ("What would 20 CBT treatments be reimbursed with?", 20),
    ("Hur mycket får de tre landstingen?", None),  # not treatments
    ("Vilka åldrar mellan 16 och 67 år omfattas?", None),
    ("Hur mycket kostar multimodal rehabilitering 2 series?", None),  # the variant's number
    ("Vad kostar åtta behandlingstillfällen?", None),  # sessions, not treatments
])
def test_given_count(question: str, count: int | None) -> None:
    assert given_count(question) == count


def test_per_item_rate() -> None:
    rate = per_item_rate("Landstingen ersätts med 12 000 kronor per genomförd KBT/IPT.")
    assert rate is not None and (rate.value, rate.unit) == (12000, "kr")
    assert per_item_rate("12 000 kronor per KBT och 25 000 kronor per MMR1") is None  # several: which?


@pytest.mark.parametrize(("text", "values"), [
    ("12 000 kronor", [(12000, "kr")]),
    ("2,88 miljarder kronor", [(2.88e9, "kr")]),
    ("drygt 121 miljoner", [(121e6, "")]),
    ("sex miljarder kronor", [(6e9, "kr")]),
    ("750 Mkr", [(750e6, "kr")]),
    ("99 procent av 4,3 mkr", [(99, "%"), (4.3e6, "kr")]),
    ("SEK 12,000 per treatment", [(12000, "kr")]),
])
def test_quantities_as_agencies_write_them(text: str, values: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in quantities_in(text)] == values


def test_amounts_numbers_words_and_formats() -> None:
    assert [q.written for q in amounts_in("år 2015 fick de 500 tkr och 60 %")] == ["500 tkr"]
    assert word_value("tjugofem") == 25 and word_value("twelve") == 12 and word_value("bord") is None
    assert numbers_in("fem behandlingar, 12 000 kr") == {"5", "12000"}
    assert format_number(12000, "sv") == "12 000" and format_number(2.5, "en") == "2.5"
    assert format_amount(712e6, "kr", "sv") == "712 miljoner kr"
    assert format_amount(712e6, "kr", "en") == "SEK 712 million"


@pytest.mark.parametrize(("value", "sv", "en"), [
    (2_500_000_000, "2,5 miljarder kr", "SEK 2.5 billion"),
    (2_880_000_000, "2,88 miljarder kr", "SEK 2.88 billion"),
    (2_885_000_000, "2 885 miljoner kr", "SEK 2,885 million"),  # not "2,88 miljarder": never rounded
    (1_234_567, "1 234 567 kr", "SEK 1,234,567"),  # not "1,24 miljoner"
    (1_005_000, "1 005 000 kr", "SEK 1,005,000"),  # not "1 miljoner": the 5 000 kept
    (1_000_000, "1 miljon kr", "SEK 1 million"),
    (1_000_000_000, "1 miljard kr", "SEK 1 billion"),
    (30.6e6 - 8.4e6, "22,2 miljoner kr", "SEK 22.2 million"),  # float arithmetic's noise is not a figure
    (999_999.99, "999 999,99 kr", "SEK 999,999.99"),
    (12_000.5, "12 000,50 kr", "SEK 12,000.50"),
    (450_000, "450 000 kr", "SEK 450,000"),
])
def test_an_amount_is_shown_exactly(value: float, sv: str, en: str) -> None:
    assert format_amount(value, "kr", "sv") == sv
    assert format_amount(value, "kr", "en") == en


def test_a_number_keeps_its_decimals() -> None:
    assert format_number(0.125, "sv") == "0,125" and format_amount(0.125, "%", "sv") == "0,125 %"
    assert format_number(1_234_567.25, "sv") == "1 234 567,25" and format_number(1_234_567.25, "en") == "1,234,567.25"
    assert format_number(9.6 - 8.4, "sv") == "1,2" and format_number(-3.4, "sv") == "-3,4"


def test_a_calculation_shows_its_operands_exactly() -> None:
    texts = ["Region A fick 1 234 567 kronor.", "Region B fick 1 000 000 kronor."]
    computed = compute("sum", texts, "Hur mycket fick A och B sammanlagt?", ())
    assert computed is not None
    assert shown(computed, "sv") == "1 234 567 kr + 1 miljon kr = 2 234 567 kr"
    texts = ["Ramen var 2 885 miljoner kronor 2014.", "Ramen var 2 880 miljoner kronor 2015."]
    computed = compute("difference", texts, "Hur mycket mer avsattes 2014 än 2015?", (2014, 2015))
    assert computed is not None
    assert shown(computed, "sv") == "2 885 miljoner kr − 2,88 miljarder kr = 5 miljoner kr"


@pytest.mark.parametrize(("text", "values"), [
    ("under perioden 2009-2012", [(2009, ""), (2012, "")]),  # a span of years, not 2009 and −2012
    ("10-15 procent", [(10, ""), (15, "%")]),
    ("10–15 procent", [(10, ""), (15, "%")]),
    ("Beslut 2015-04-02: 120 patienter", [(120, "")]),  # a date's numbers are not quantities
    ("från den 1 juli 2015 gäller 12 000 kronor", [(12000, "kr")]),
    ("MMR1-2 och KBT-1", [(1, ""), (2, ""), (1, "")]),  # a hyphen inside a word is no minus
    ("förändring −9 procentenheter", [(-9, "%")]),  # U+2212, the minus sign
    ("resultat -3,4 Mkr", [(-3.4e6, "kr")]),
    ("(-5 %) och (−1 902)", [(-5, "%"), (-1902, "")]),
    ("-12 vid radens början", [(-12, "")]),
])
def test_a_minus_sign_only_where_one_can_stand(text: str, values: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in quantities_in(text)] == values


def test_a_date_in_the_cited_text_gives_no_figures() -> None:
    """Reproduced (review 10, item 2): the ISO date gave 2016, −5 and −10, and the difference was
    "-5 − -10 = 5"."""
    question = "Hur många fler patienter fick MMR1 än MMR2?"
    text = ["Beslut 2016-05-10: 120 patienter fick MMR1 och 80 patienter fick MMR2."]
    computed = compute("difference", text, question, ())
    assert computed is not None and computed.value == 40
    assert shown(computed, "sv") == "120 patienter − 80 patienter = 40 patienter"


def test_a_question_that_asks_no_unit_does_not_prefer_bare_numbers() -> None:
    """"" from _asked_unit means any unit: the figures of what the question counts win over bare
    numbers (a table's reference numbers), not the other way round."""
    text = ["Tabell 4, 7: 120 patienter fick MMR1 och 80 patienter fick MMR2."]
    computed = compute("difference", text, "Hur många fler patienter fick MMR1 än MMR2?", ())
    assert computed is not None and computed.value == 40


def test_a_negative_operand_is_shown_in_parentheses() -> None:
    rows = ["| MMR1 | förändring | −9 % |", "| MMR2 | förändring | −18 % |"]
    computed = compute("difference", rows, "How many percentage points higher was the change for MMR1 than MMR2?", ())
    assert computed is not None and computed.value == 9
    assert shown(computed, "sv") == "-9 % − (-18 %) = 9 procentenheter"


def _computed(question: str, texts: list[str], years: tuple[int, ...] = ()) -> str | None:
    kind = operation(question)
    c = compute(kind, texts, question, years) if kind else None
    return shown(c, "sv") if c else None


def test_a_figure_without_its_noun_counts_what_the_one_before_counts() -> None:
    # Swedish leaves the noun out the second time: "…, jämfört med 15 700 under 2008"
    assert _computed("Med hur många ökade antalet avslutade behandlingar från 2008 till 2009?",
                     ["Under 2009 rapporterades 41 200 avslutade behandlingar, jämfört med 15 700 under 2008."],
                     (2008, 2009)) == "41 200 behandlingar − 15 700 behandlingar = 25 500 behandlingar"


def test_a_share_of_one_sex_of_a_row_that_gives_both_and_no_total() -> None:
    """Women and men make up the whole: the share of women is women / (women + men), not one of
    the two over the other; a row with a total of its own divides by that; two such rows and no
    word of which one is meant: nothing."""
    assert _computed("What share of the cases passing day 180 were women?",
                     ["Sjukfall som passerade dag 180: Kvinnor 53 600, Män 31 500"]) == \
        "53 600 / (53 600 + 31 500) = 63 %"
    assert _computed("Hur stor andel av patienterna var män?",
                     ["MMR1: Kvinnor 270, Män 90, Totalt 360"]) == "90 / 360 = 25 %"
    assert _computed("Hur stor andel av patienterna var män?",
                     ["MMR1: Kvinnor 270, Män 90", "MMR2: Kvinnor 100, Män 50"]) is None
    # a whole of its own, a third group, averages or amounts, a question that names both or takes
    # its share of the group: no sum of the two is the whole, and one group is no part of the other
    women = "What share of the cases were women?"
    for texts in (["Sjukfall 87 100: Kvinnor 53 600, Män 31 500"],
                  ["Sjukfall: Kvinnor 53 600, Män 31 500, Ej angivet 2 000"],
                  ["Sjukfall: Kvinnor 53 600, Män 31 500", "Sjukfall: Totalt 90 000"],
                  ["Sjukskrivningsdagar per person: Kvinnor 12,3, Män 8,1"],
                  ["Medellön (kr): Kvinnor 32 000 kr, Män 35 000 kr"]):
        assert _computed(women, texts) is None, texts
    both = ["Sjukskrivna: Kvinnor 53 600, Män 31 500"]
    assert _computed("Hur stor andel av männen var sjukskrivna?", both) is None
    assert _computed("What share were women and men?", both) is None
    # two cells that are no such groups: the part and its whole as before
    assert _computed("Hur stor andel av medlen förbrukades?",
                     ["Processledning: Erhållna medel 3 400, Förbrukade 2 820"]) == \
        "2 820 / 3 400 = 82,9 % (≈ 83 %)"


def test_a_share_of_a_rows_total() -> None:
    assert _computed("Hur stor andel av MMR1-patienterna var män?",
                     ["MMR1: Kvinnor 270, Män 90, Totalt 360"]) == "90 / 360 = 25 %"


def test_a_share_needs_the_cell_the_question_names() -> None:
    assert _computed("Hur stor andel av MMR1-patienterna var under 30?",
                     ["MMR1: Kvinnor 270, Män 90, Totalt 360"]) is None


def test_two_rows_compared_by_their_totals() -> None:
    rows = ["MMR2: Kvinnor 2010 301, Män 2010 96, Totalt 2010 397",
            "MMR1: Kvinnor 2010 702, Män 2010 219, Totalt 2010 921"]
    assert _computed("Hur många fler MMR1 än MMR2 avslutades 2010?", rows, (2010,)) == "921 − 397 = 524"
    # the question names a group: that group's cells, not the totals
    assert _computed("Hur många fler kvinnor än män fick MMR2 2010?", rows, (2010,)) == "301 − 96 = 205"


def test_a_sum_of_three_figures_of_one_sentence() -> None:
    assert _computed("Hur många behandlingar avslutades sammanlagt med KBT, MMR1 och MMR2?",
                     ["Landstinget rapporterade 1 046 avslutade KBT, 188 avslutade MMR1 och 52 avslutade MMR2."]) \
        == "1 046 avslutade + 188 avslutade + 52 avslutade = 1 286 avslutade"


def test_a_clause_is_no_cells_label() -> None:
    # ", jämfört med 19 800": lower-case words after a comma are a clause, not a column's name
    assert _computed("Hur många fler behandlingar 2009 än 2008?",
                     ["År 2009 avslutades 900 behandlingar, jämfört med 700 under 2008."], (2008, 2009)) \
        == "900 behandlingar − 700 behandlingar = 200 behandlingar"


def test_the_year_before_is_the_other_year_compared() -> None:
    assert _computed("Hur många färre läkare gick utbildningen 2020 än 2019?",
                     ["Drygt 3 900 läkare gick en utbildning under 2020, mot cirka 4 700 året innan."], (2019, 2020)) \
        == "4 700 läkare − 3 900 läkare = 800 läkare"


def test_a_whole_the_clause_opens_with_and_the_part_the_question_names() -> None:
    text = ("Av de 1 040 behandlingarna genomfördes 610 vid regiondrivna vårdcentraler, 290 vid privata "
            "vårdcentraler och 140 av privata psykoterapeuter.")
    assert _computed("Hur stor andel gjordes vid regiondrivna vårdcentraler?", [text]) \
        == "610 / 1 040 behandlingarna = 58,7 % (≈ 59 %)"
    assert _computed("Hur stor andel gjordes av privata psykoterapeuter?", [text]) \
        == "140 / 1 040 behandlingarna = 13,5 % (≈ 13 %)"


ROWS = ["MMR1: Kvinnor 2010 702, Män 2010 219, Totalt 2010 921",
        "MMR2: Kvinnor 2010 301, Män 2010 96, Totalt 2010 397"]


def test_of_several_rows_the_cells_of_the_row_the_question_names() -> None:
    assert _computed("Hur många fler kvinnor än män fick MMR2 2010?", ROWS, (2010,)) == "301 − 96 = 205"
    assert _computed("Hur stor andel av MMR2-patienterna var män?", ROWS) == "96 / 397 = 24,2 % (≈ 24 %)"
    assert _computed("Hur många fler kvinnor än män fick MMR 2010?", ROWS, (2010,)) is None  # which row: not told


def test_only_the_figures_a_sum_names_are_added() -> None:
    text = ["Landstinget rapporterade 1 046 avslutade KBT, 188 avslutade MMR1 och 52 avslutade MMR2."]
    assert _computed("Hur många avslutades sammanlagt med KBT och MMR1?", text) \
        == "1 046 avslutade + 188 avslutade = 1 234 avslutade"  # not MMR2's
    # a total the sentence states is not added to its parts
    assert _computed("Hur många avslutades sammanlagt med KBT, MMR1 och MMR2?",
                     ["Det blev 1 046 avslutade KBT, 188 avslutade MMR1 och 52 avslutade MMR2, totalt 1 286."]) \
        is None


def test_totals_of_two_units_are_not_compared() -> None:
    assert _computed("Hur många fler MMR1 än MMR2?", ["MMR1: Totalt 12 miljoner kronor", "MMR2: Totalt 397"]) is None


def test_a_whole_first_needs_the_part_the_question_names() -> None:
    text = ["Av de 1 040 behandlingarna genomfördes 610 vid vårdcentraler och 140 av psykoterapeuter."]
    computed = _computed("Hur stor andel gjordes vid sjukhusens mottagningar?", text) or ""
    assert "/ 1 040" not in computed  # not a part of the whole the question does not name


def test_an_english_question_names_the_groups_of_a_swedish_row() -> None:
    """"women than men" names the cells "Kvinnor" and "Män" (not the total)."""
    computed = compute("difference", ["2016: Kvinnor 45,0, Män 22,4, Totalt 67,4"],
                       "How many more net sickness days did women have than men in 2016?", (2016,))
    assert computed is not None and round(computed.value, 6) == 22.6


def test_a_difference_of_figures_written_in_millions_is_shown_in_millions() -> None:
    text = ["Nettodagarna ökade från 11,8 miljoner 2012 till 13,5 miljoner 2016."]
    computed = compute("difference", text, "Hur mycket ökade nettodagarna från 2012 till 2016?", (2012, 2016))
    assert computed is not None and shown(computed, "sv").endswith("= 1,7 miljoner")
    assert shown(computed, "en").endswith("= 1.7 million")


def test_two_rows_are_added_by_the_column_the_question_names() -> None:
    rows = ["Mottagning A: Antal patienter 158, Andel kvinnor (%) 71",
            "Mottagning B: Antal patienter 196, Andel kvinnor (%) 70"]
    computed = compute("sum", rows, "Hur många patienter hade mottagningarna tillsammans?", ())
    assert computed is not None and computed.value == 354
    assert compute("sum", rows, "Hur mycket hade mottagningarna tillsammans?", ()) is None  # no column named


def test_a_share_of_a_part_and_its_whole_written_once_with_their_noun() -> None:
    # "118 av de 165 bedömda patienterna": the noun both count stands once, after the whole, past its adjective
    assert _computed("Hur stor andel av de bedömda patienterna erbjöds att delta i programmet?",
                     ["Efter teambedömning erbjöds 118 av de 165 bedömda patienterna att delta i programmet."]) \
        == "118 / 165 patienterna = 71,5 % (≈ 72 %)"


def test_a_sum_of_things_named_apart_whatever_noun_counts_them() -> None:
    text = ["Hälsocentralerna rapporterade 1 412 avslutade KBT-behandlingar, 96 IPT-behandlingar och "
            "188 MMR1-serier under 2017."]
    assert _computed("Hur många avslutade behandlingar (KBT, IPT och MMR1 sammanlagt) rapporterades?", text) \
        == "1 412 behandlingar + 96 behandlingar + 188 serier = 1 696 behandlingar"
    # two of the three asked: those two, not the first two that one noun groups
    assert _computed("Hur många avslutade behandlingar (KBT och MMR1 sammanlagt) rapporterades?", text) \
        == "1 412 behandlingar + 188 serier = 1 600 behandlingar"


@pytest.mark.parametrize("text", [
    "Vårdcentral Listade 16–67 år Koordinator 2018 (%) 2017 (tkr)",  # an age range
    "Diarienummer: 4.1-31842/2012",  # a reference
])
def test_a_range_or_a_reference_gives_no_figures_to_compute_with(text: str) -> None:
    assert _computed("Hur stor andel av pengarna gick till vårdcentralerna?", [text]) is None


def test_a_sum_adds_only_the_members_of_the_sentences_list() -> None:
    # the count of what the sentence is about ("De 21 regionerna") is no member of its list
    assert _computed("Hur många behandlingar med KBT och IPT rapporterade regionerna sammanlagt?",
                     ["De 21 regionerna rapporterade 1 412 KBT-behandlingar, 96 IPT-behandlingar och "
                      "188 MMR1-serier."]) == "1 412 behandlingar + 96 behandlingar = 1 508 behandlingar"


@pytest.mark.parametrize("text", [
    "Totalt avslutade 84 av dem inom 90 dagar, av 120 patienter som påbörjade.",  # "av dem": no noun shared
    "Under 2018 fick 27 av dem 45 000 kr vardera, av totalt 33 vårdcentraler.",  # an amount is no whole
])
def test_a_part_without_a_noun_is_a_share_only_of_the_whole_it_shares_a_noun_with(text: str) -> None:
    assert _computed("Hur stor andel av patienterna avslutade behandlingen?", [text]) is None


def test_the_whole_of_a_part_is_the_figure_right_after_it() -> None:
    text = "Av de 165 bedömda patienterna erbjöds 118 MMR; 118 av de 165 bedömda patienterna fick beslut inom 30 dagar."
    assert _computed("Hur stor andel av de bedömda patienterna erbjöds MMR?", [text]) \
        == "118 / 165 patienterna = 71,5 % (≈ 72 %)"  # not the first 165 of the second 165


def test_an_english_noun_ending_in_e_is_no_adjective() -> None:
    assert _computed("How many people in total received CBT and IPT?",
                     ["In 2017, 1 200 people received CBT and 300 people received IPT."]) \
        == "1 200 people + 300 people = 1 500 people"


def test_a_list_ends_where_its_joiners_end_and_a_count_outside_it_asked_for_refuses() -> None:
    question = "Hur många KBT-, IPT- och MMR1-behandlingar rapporterades sammanlagt?"
    assert _computed(question, ["Regionen rapporterade 1 412 KBT-behandlingar, 96 IPT-behandlingar och 188 "
                                "MMR1-serier vid 35 vårdcentraler."]) \
        == "1 412 behandlingar + 96 behandlingar + 188 serier = 1 696 behandlingar"
    # KBT's count stands outside the list a parenthesis breaks: no sum of the other two
    assert _computed(question, ["Regionen rapporterade 1 412 KBT-behandlingar (varav 600 via internet), 96 "
                                "IPT-behandlingar och 188 MMR1-serier."]) is None


def test_a_part_and_its_whole_after_a_genitive() -> None:
    assert _computed("Hur stor andel av vårdcentralerna hade rehabkoordinator?",
                     ["27 av regionens 29 vårdcentraler hade en rehabkoordinator."]) \
        == "27 / 29 vårdcentraler = 93,1 % (≈ 93 %)"


def test_a_difference_between_two_of_a_sentences_years_takes_each_years_figure() -> None:
    """"X år 2020, jämfört med Y år 2019 och Z år 2018": the figures of the two years asked, by the
    clause each stands in; the pair the sentence compares is no change between other years."""
    text = ["År 2020 uppgick anslaget till 2,1 miljarder kronor, jämfört med 1 870 miljoner kronor år 2019 "
            "och 1 640 miljoner kronor år 2018."]
    assert _computed("Hur mycket ökade anslaget från 2018 till 2020?", text, (2018, 2020)) == \
        "2,1 miljarder kr − 1,64 miljarder kr = 460 miljoner kr"
    assert _computed("Hur mycket ökade anslaget från 2019 till 2020?", text, (2019, 2020)) == \
        "2,1 miljarder kr − 1,87 miljarder kr = 230 miljoner kr"
    # a goal of one year against the outcome of another, the outcome's sentence comparing it with a
    # third year: the goal and that outcome, not the two outcomes
    cited = ["Målet är 900 avslutade behandlingar under 2019.",
             "Under 2017 avslutades 640 behandlingar, jämfört med 512 under 2016."]
    assert _computed("Hur många fler behandlingar än 2017 krävs för att nå målet för 2019?", cited,
                     (2017, 2019)) == "900 behandlingar − 640 behandlingar = 260 behandlingar"


def test_of_a_sentences_two_changes_the_one_the_question_names() -> None:
    """"rose from A to B among X and from C to D among Y": the change of the group asked; the words
    after a figure that are English function words are no unit ("0.72 among")."""
    text = ["The mean score rose from 0.48 to 0.63 among younger patients and from 0.55 to 0.59 among older "
            "patients."]
    computed = compute("difference", text, "By how much did the mean score rise among older patients?", ())
    assert computed is not None and round(computed.value, 6) == 0.04 and computed.unit == ""
    computed = compute("difference", text, "By how much did the mean score rise for younger patients?", ())
    assert computed is not None and round(computed.value, 6) == 0.15
    # the number of a scale's name is no figure ("PHQ-9"), also when the question does not name it
    scale = ["Medelvärdet på PHQ-9 var 16 poäng före och 11 poäng efter behandlingen, på EQ-5D 0,61."]
    assert [f.value for f in figures(scale, "Hur mycket sjönk medelvärdet?")] == [16, 11, 0.61]
    # several changes, the question naming none of them apart: nothing computed (not 52 − 35); a
    # third change is read up to its own "till", not from the second's "från"
    towns = ["Andelen ökade från 40 till 52 procent i Umeå, från 31 till 35 procent i Luleå och från 20 till 22 "
             "procent i Kiruna."]
    assert compute("difference", towns, "Hur mycket ökade andelen?", ()) is None
    kiruna = compute("difference", towns, "Hur mycket ökade andelen i Kiruna?", ())
    assert kiruna is not None and kiruna.value == 2


def test_no_share_of_two_parts_of_a_whole_stated_before() -> None:
    """"Av dessa avser 8,2 miljoner kronor A och 11,5 miljoner kronor B": the two are parts of an
    earlier whole; neither is the other's whole."""
    text = ["Av dessa avser 8,2 miljoner kronor behandling och 11,5 miljoner kronor utvecklingsarbete."]
    assert compute("share", text, "Hur stor andel av regionens medel avsåg behandling?", ()) is None
    # "Of this year's …", "Av dessa 1 040 …": a whole of the sentence's own, not an earlier one's
    own = ["Of this year's 20 million kronor, 8 million kronor went to treatment."]
    computed = compute("share", own, "What share went to treatment?", ())
    assert computed is not None and computed.value == 40
