"""Question understanding: language, the kind of fact asked for, and follow-up resolution against
the conversation (deterministic, so every expectation is exact)."""

from __future__ import annotations

import pytest

from assistant.answering.arithmetic import operation
from assistant.models import Turn
from assistant.query import Query, detect_language, question_kind, resolve

pytestmark = pytest.mark.unit


def conversation(*user_questions: str) -> list[Turn]:
    """A history in which the assistant answered every question with something neutral."""
    turns: list[Turn] = []
    for question in user_questions:
        turns += [Turn("user", question), Turn("assistant", "Enligt SKL: se källan. [1]")]
    return turns


# --- language --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "question",
    [
        "Hur mycket ersätts landstingen per KBT?",
        "Vilka åldrar omfattas av rehabiliteringsgarantin?",
        "När ska landstingen rapportera till Försäkringskassan?",
        "Vad är multimodal rehabilitering?",
        "Antal IPT i Västra Götaland 2010?",
    ],
)
def test_swedish_questions(question: str) -> None:
    assert detect_language(question) == "sv"


@pytest.mark.parametrize(
    "question",
    [
        "How much are the county councils paid per CBT treatment?",
        "What is the age range of the rehabilitation guarantee?",
        "When must the reports be sent to the Social Insurance Agency?",
        "Who pays out the money?",
    ],
)
def test_english_questions(question: str) -> None:
    assert detect_language(question) == "en"


@pytest.mark.parametrize("question", ["When do county councils report to Försäkringskassan in 2015?",
                                      "How much did Region Jämtland Härjedalen receive?"])
def test_a_swedish_name_does_not_make_an_english_question_swedish(question: str) -> None:
    assert detect_language(question) == "en"


def test_no_cue_falls_back_to_the_default() -> None:
    assert detect_language("KBT?") == "sv"
    assert detect_language("KBT?", default="en") == "en"
    assert detect_language("") == "sv"


# --- kind of fact ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Hur mycket ersätts landstingen per KBT?", "amount"),
        ("How much money did the county councils get?", "amount"),
        ("Vilka datum ska landstingen rapportera?", "date"),
        ("When must the reports be sent?", "date"),
        ("Hur många KBT-behandlingar gjordes 2012?", "count"),
        ("How many IPT treatments were completed?", "count"),
        ("Hur stor andel av sjukskrivningarna beror på psykisk ohälsa?", "percent"),
        ("What percentage of the sick leave is longer than 14 days?", "percent"),
        ("Vilka åldrar omfattas?", "age"),
        ("How old must the patient be?", "age"),
        ("Hur länge pågår en multimodal rehabilitering?", "duration"),
        ("How long does MMR last?", "duration"),
        ("Hur många behandlingstillfällen omfattar en KBT?", "sessions"),
        ("How many treatment sessions does MMR include?", "sessions"),
        ("What is the reimbursement for MMR1 in 2015?", "amount"),
        ("Hur snabbt betalas pengarna ut?", "elapsed"),
        ("How soon do they pay out?", "elapsed"),
        ("Vad kostar en MMR2-behandling?", "amount"),
        ("What does a KBT treatment cost?", "amount"),
        ("Vilket år tecknades den första överenskommelsen?", "year"),
        ("Which year was the first agreement signed?", "year"),
        ("Vem sammanställer resultaten?", "who"),
        ("Till vilken myndighet rapporterar landstingen?", "organisation"),
        ("Which parties is the agreement between?", "organisation"),
        ("Vilket företag bygger plattformen?", "organisation"),
        ("När fick RJH resten av ersättningen för 2017?", "when"),
        ("When is the rest of the money paid out?", "when"),
        ("När ska landstingen rapportera?", "date"),  # the more specific cue first
        ("Hur mycket ersätts MMR2 när den ges i specialiserad vård?", "amount"),  # "när" not first
        ("Who compiles the results?", "who"),
        ("Vad är rehabiliteringsgarantin?", "other"),
        ("Senast när ska ansökan vara inne?", "date"),
        ("By when is the plan due?", "date"),
        ("By what date should the form be sent?", "date"),
        ("What does a clinic get per patient?", "amount"),
        ("What will the provider receive per session?", "amount"),
        # a question that opens with "who" and asks nothing more asks for someone, whatever follows
        ("Who should I contact about the reimbursement in Region Skåne?", "who"),
        ("Vem kontaktar jag om ersättningen för KBT?", "who"),
        ("Vem har gett ut rapporten och när kom den?", "year"),  # a second question: read by its cues
        ("Who pays sick pay for days 2–14, and after how long must it be reported?", "duration"),
        ("Vem får hur mycket för KBT?", "amount"),  # a later question word asks the fact
        ("Who gets how much per KBT treatment?", "amount"),
        # "När räknas … som …?" asks for a condition, not a time
        ("När räknas ett besök som genomfört?", "other"),
        ("När anses en patient vara färdigbehandlad?", "other"),
        ("When is a treatment considered completed?", "other"),
        ("When does a CBT or IPT treatment count as completed?", "other"),
        # a question about when a rule came that names what counts: a time
        ("When was the new guideline on what counts as a completed treatment published?", "year"),
        ("När kom riktlinjen om vad som räknas som avslutad behandling?", "year"),
        ("Hur lång blir kön till smärtteamet?", "duration"),  # "hur lång" is a length of time
        # "who" after a noun is a relative pronoun: it asks for no one
        ("Does the support cover patients who work part time?", "other"),
        ("Can patients who are 70 get MMR?", "other"),
        ("How much was paid and who signed it?", "amount"),
        ("To whom should the report be sent?", "who"),
        ("Can you tell me who signed the decision?", "who"),
        ("How much is considered a reasonable fee?", "amount"),  # "considered" not after "när"/"when"
        ("What number of patients got MMR?", "count"),
        ("Vilket diarienummer har beslutet?", "reference"),
        ("What is the rate per group session?", "amount"),
        ("What is the patient fee per visit?", "amount"),
        ("whats the registration number of the memo", "reference"),
        # typed without å, ä, ö: read by the cues written the same way
        ("hur lang ar behandlingen i mmr2", "duration"),
        ("nar ska regionerna rapportera", "date"),
        ("vilket ar infordes garantin", "year"),
        ("hur lang tid tar mmr2?", "duration"),
        ("how much time does mmr2 take", "duration"),
        ("medianväntetid kbt 2018", "duration"),
        ("vad skulle alternativ B kosta", "amount"),
        ("väntetid till kbt i västerbotten 2013", "duration"),  # a waiting time is a length of time
        ("waiting time to mmr2 at ryhov oct 2018?", "duration"),
        ("Vem ställde interpellationen om väntetider till KBT?", "who"),
    ],
)
def test_question_kind(question: str, kind: str) -> None:
    assert question_kind(question) == kind


def test_kind_is_read_from_the_asking_sentence() -> None:
    # the preamble talks about money; the question asks for a year
    assert question_kind("Landstingen ersätts med pengar. Vilket år tecknades avtalet?") == "year"


# --- follow-up resolution --------------------------------------------------------------------

def test_treatment_follow_up_keeps_the_year_and_swaps_the_treatment() -> None:
    q = resolve("Och MMR2?", conversation("Hur mycket ersätts landstingen per KBT/IPT 2015?"))
    assert q.is_followup
    assert q.previous == "Hur mycket ersätts landstingen per KBT/IPT 2015?"
    assert "MMR2" in q.text and "KBT" not in q.text
    assert q.years == (2015,)
    assert q.kind == "amount"  # "Och MMR2?" asks nothing itself: the previous question's kind
    assert q.language == "sv"
    assert q.original == "Och MMR2?"


def test_year_follow_up_swaps_the_year() -> None:
    q = resolve("Och år 2015?", conversation("Hur mycket pengar fick landstingen 2014?"))
    assert q.is_followup
    assert q.years == (2015,) and "2014" not in q.text
    assert "landstingen" in q.text and q.kind == "amount"


@pytest.mark.parametrize(("question", "year"), [("Och året efter?", 2015), ("Och året innan?", 2013)])
def test_relative_year_follow_up(question: str, year: int) -> None:
    q = resolve(question, conversation("Hur mycket pengar fick landstingen 2014?"))
    assert q.is_followup
    assert q.years == (year,) and "2014" not in q.text


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        ("Hur mycket ersätts MMR1?", "Och den andra varianten?", "Hur mycket ersätts MMR2?"),
        ("What is MMR2 paid in 2015?", "And the other one?", "What is MMR1 paid in 2015?"),
        ("Vad får landstingen för multimodal rehabilitering 1?", "Och den andra typen?",
         "Vad får landstingen för multimodal rehabilitering 2?"),
    ],
)
def test_the_other_of_two_numbered_variants(previous: str, question: str, expected: str) -> None:
    q = resolve(question, conversation(previous))
    assert q.is_followup and q.text == expected


def test_the_other_without_one_numbered_variant_reads_both_questions() -> None:
    q = resolve("Och den andra varianten?", conversation("Hur mycket ersätts KBT?"))
    assert q.is_followup and "KBT" in q.text and "den andra" in q.text
    q = resolve("Och den andra varianten?", conversation("Hur mycket ersätts MMR1 och MMR2?"))
    assert "MMR1" in q.text and "MMR2" in q.text  # both named: nothing to swap
    q = resolve("What about the other regions?", conversation("How much was paid for MMR1 in VGR?"))
    assert "MMR1" in q.text and "regions" in q.text


def test_a_four_word_ellipsis_is_a_follow_up() -> None:
    previous = "Hur mycket betalades ut till landstingen för 2016 års överenskommelse?"
    q = resolve("Av hur mycket möjligt?", conversation(previous))
    assert q.is_followup and q.years == (2016,) and "möjligt" in q.text
    assert not resolve("Av hur mycket möjligt?", []).is_followup
    q = resolve("Hur mycket kostar MMR1?", conversation("Hur mycket fick VGR 2015?"))  # names its own topic
    assert not q.is_followup and "VGR" not in q.text


@pytest.mark.parametrize("question", [
    "vad måste regionen göra för att få dom pengarna?",  # a demonstrative before a definite noun
    "Hur många platser finns det på den?",  # a preposition before "den" ends the clause
    "Vad kostade det beloppet per vårdcentral?",
    "How many full-time posts does that amount to?",
    "hur många mottagningar var det beräknat på?",  # a preposition stranded after "det"
])
def test_a_question_that_points_back_is_a_follow_up(question: str) -> None:
    q = resolve(question, conversation("Hur mycket fick Region Kronoberg för koordinering 2019?"))
    assert q.is_followup and "Kronoberg" in q.text and q.years == (2019,), q.text
    assert not resolve(question, []).is_followup


@pytest.mark.parametrize("question", [
    "Hur många av de sjukskrivna i Region Skåne fick KBT 2016?",  # "de" before an adjective
    "Vad kostar MMR1 för den som bor i Region Skåne?",
    "What is the rate that applies to MMR1 in Region Skåne?",  # "that" opens a clause
    "Vilka regler gäller från den 1 juli 2019 i Region Skåne?",  # "den" of a date
    "Vad står i det nya avtalet om MMR i Region Skåne?",  # "det" before an adjective
    "Hur mycket får den region som rapporterar flest behandlingar i Skåne?",  # "den" before a noun and "som"
    "Vad kostar det för patienten att gå på MMR1 i Skåne?",  # a preposition inside the clause, not stranded
])
def test_a_question_naming_its_own_topic_is_not_a_follow_up(question: str) -> None:
    assert not resolve(question, conversation("Hur mycket fick Region Kronoberg för koordinering 2019?")).is_followup


def test_english_follow_up_is_read_with_the_previous_question() -> None:
    previous = "When must the county councils report to Försäkringskassan?"
    q = resolve("And how soon do they pay out?", conversation(previous))
    assert q.is_followup and q.previous == previous
    assert "pay out" in q.text and "Försäkringskassan" in q.text  # both questions, read together
    assert q.language == "en"
    assert q.kind == "elapsed"  # "how soon" is the follow-up's own question


def test_only_the_latest_user_question_counts() -> None:
    history = conversation("Hur många KBT-behandlingar gjordes i VGR 2012?",
                           "Hur mycket ersätts landstingen per KBT/IPT 2015?")
    q = resolve("Och MMR2?", history)
    assert q.previous == "Hur mycket ersätts landstingen per KBT/IPT 2015?"
    assert q.years == (2015,)


def test_a_standalone_question_is_not_a_follow_up() -> None:
    question = "Hur många KBT-behandlingar gjordes i Västra Götaland 2012?"
    q = resolve(question, conversation("Hur mycket ersätts landstingen per KBT/IPT 2015?"))
    assert not q.is_followup
    assert q.text == question and q.previous == ""
    assert q.years == (2012,) and q.kind == "count"


def test_a_standalone_question_with_an_article_is_not_a_follow_up() -> None:
    # "den" is the pronoun cue of _is_followup, but here it is the article of "den första".
    question = "När tecknades den första överenskommelsen om rehabiliteringsgarantin?"
    q = resolve(question, conversation("Hur mycket ersätts landstingen per KBT/IPT 2015?"))
    assert not q.is_followup and q.text == question


def test_empty_history() -> None:
    q = resolve("Och MMR2?", [])
    assert isinstance(q, Query)
    assert not q.is_followup and q.text == "Och MMR2?" and q.previous == ""
    assert q.years == ()


def test_history_without_user_questions_is_empty() -> None:
    history = [Turn("assistant", "Hej! Fråga om rehabiliteringsgarantin."), Turn("user", "   ")]
    q = resolve("Och året efter?", history)
    assert not q.is_followup and q.text == "Och året efter?"


def test_language_of_a_bare_follow_up_comes_from_the_conversation() -> None:
    q = resolve("MMR?", conversation("How much are the county councils paid per CBT in 2015?"))
    assert q.is_followup and q.language == "en"


def test_resolved_query_carries_expansions_for_the_lexical_search() -> None:
    q = resolve("Hur mycket ersätts landstingen per KBT?", [])
    assert q.expansion  # KBT has synonyms in the expansion data
    assert q.lexical_text.startswith(q.text + " ")
    assert all(term in q.lexical_text for term in q.expansion)


@pytest.mark.parametrize(
    ("question", "years", "bounds"),
    [
        ("Fortsatte satsningen efter 2016?", (2016,), ((2016, 1),)),
        ("What happened before 2015?", (2015,), ((2015, -1),)),
        ("How has sickness absence developed after 2012 according to the 2014 text?", (2012, 2014), ((2012, 1),)),
        ("Hur mycket fick VGR 2014?", (2014,), ()),
        ("Vad hände efter 2016 och 2016?", (2016,), ()),  # also named plainly: not only a bound
    ],
)
def test_a_year_named_as_a_bound(question: str, years: tuple[int, ...], bounds: tuple[tuple[int, int], ...]) -> None:
    q = resolve(question, [])
    assert q.years == years and q.year_bounds == bounds


@pytest.mark.parametrize(
    ("question", "years", "doc_years"),
    [
        ("How has sickness absence developed after 2012 according to the 2014 VGR news item?", (2012,), (2014,)),
        ("Skiljer sig åldersgränsen mellan VGR:s text från 2013 och SKL:s sida från 2015?", (), (2013, 2015)),
        ("Hur mycket fick VGR 2014?", (2014,), ()),
        ("Vad föreslås hända med koordineringsuppdraget från 2019?", (2019,), ()),
    ],
)
def test_a_year_that_dates_the_document_asked_about(question: str, years: tuple[int, ...],
                                                    doc_years: tuple[int, ...]) -> None:
    q = resolve(question, [])
    assert q.years == years and q.doc_years == doc_years


def test_chat_spellings_are_read_as_what_they_mean() -> None:
    """"hur mkt ökade … o …" asks what "hur mycket ökade … och …" asks: the kind, the arithmetic
    and the parts of the question are read from the written-out text; the original is kept."""
    q = resolve("hur mkt ökade antalet mmr o kbt från 2014 till 2015", [])
    assert q.text == "hur mycket ökade antalet mmr och kbt från 2014 till 2015"
    assert q.original == "hur mkt ökade antalet mmr o kbt från 2014 till 2015"
    assert operation(q.text) == "difference"


@pytest.mark.parametrize("question", ["Vem kan få multimodal rehabilitering?", "Vilka omfattas av garantin?",
                                      "Who is eligible for MMR in the region?"])
def test_who_may_receive_something_is_a_group_not_a_person(question: str) -> None:
    assert question_kind(question) == "other"
    assert question_kind("Vem undertecknade beslutet?") == "who"


def test_a_pronoun_in_a_follow_up_stands_for_the_person_the_last_answer_named() -> None:
    history = [Turn("user", "Vem svarade på interpellationen om rehabiliteringsgarantins framtid 2014?"),
               Turn("assistant", "Enligt Riksdagen, 2014: Interpellationen besvarades av socialförsäkringsminister "
                                 "Annika Strandhäll (S) den 2 december. [1]")]
    assert resolve("Och vilket parti tillhör hon?", history).text.startswith("vilket parti tillhör Annika Strandhäll?")


@pytest.mark.parametrize(("question", "answer"), [
    ("Vilket telefonnummer har hon?", "Enligt Region Dalarna: Ansvaret ligger hos Region Dalarna. [1]"),  # no person
    ("Vilket parti tillhör hon?", "Frågan ställdes av Maria Ek (L) och besvarades av Annika Strandhäll (S). [1]"),
    ("Vilket telefonnummer har hennes enhet?", "Enligt Region Dalarna: Controller är Eva Berg. [1]"),  # a possessive
    ("Vad sa Hans Lind om det?", "Enligt Region Dalarna: Controller är Eva Berg. [1]"),  # a name, not "hans"
    ("Och om patienten flyttar, får hon behålla det?", "Enligt Region Dalarna: Controller är Eva Berg. [1]"),
    ("Och gäller det han eller hon som är sjukskriven?", "Enligt Region Dalarna: Controller är Eva Berg. [1]"),
])
def test_a_pronoun_stays_when_it_stands_for_no_one_the_last_answer_named(question: str, answer: str) -> None:
    history = [Turn("user", "Vem ansvarar för rapporteringen i Region Dalarna?"), Turn("assistant", answer)]
    assert "Eva Berg" not in resolve(question, history).text and "Strandhäll" not in resolve(question, history).text
