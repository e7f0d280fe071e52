"""Coordinated questions (assistant/answering/coordination.py): split at "och/samt/and" before a
second question word (a preposition before it or not); single questions are left whole."""

from __future__ import annotations

import pytest

from assistant.answering.coordination import alone, own_words, parts

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "expected"), [
    ("Hur länge varar kursen och hur många timmar om dagen läser man?",
     ("Hur länge varar kursen", "hur många timmar om dagen läser man?")),
    ("Hur mycket fick regionen 2016, och vad gick pengarna till?",
     ("Hur mycket fick regionen 2016", "vad gick pengarna till?")),
    ("How large is the reserve in the 2017 distribution, and who decides how it is used?",
     ("How large is the reserve in the 2017 distribution", "who decides how it is used?")),
    ("Vem reserverade sig mot beslutet samt vad ville hon göra med reserven?",
     ("Vem reserverade sig mot beslutet", "vad ville hon göra med reserven?")),
    # two things asked of one subject with one question word: each with the rest of the question
    ("Vilket datum och diarienummer har tjänsteskrivelsen?",
     ("Vilket datum har tjänsteskrivelsen?", "Vilket diarienummer har tjänsteskrivelsen?")),
    ("vilket datum och vilket dnr har pm:et om rapportering",
     ("vilket datum har pm:et om rapportering", "vilket dnr har pm:et om rapportering")),
    ("What is the number and date of the audit report?",
     ("What is the number of the audit report?", "What is the date of the audit report?")),
    ("What is the date and the diary number (dnr) of the memo?",
     ("What is the date of the memo?", "What is the diary number (dnr) of the memo?")),
    # an elliptic second question asks the first one's predicate again
    ("Vem undertecknade överenskommelsen för SKL, och när?",
     ("Vem undertecknade överenskommelsen för SKL", "när undertecknade överenskommelsen för SKL")),
    ("When was the appendix adopted, and by whom?",
     ("When was the appendix adopted", "by whom was the appendix adopted")),
    ("Vem tog fram utvärderingen 2014 och på vems uppdrag?",
     ("Vem tog fram utvärderingen 2014", "på vems uppdrag tog fram utvärderingen 2014")),
    ("Vilket datum undertecknades avtalet, och av vem?",
     ("Vilket datum undertecknades avtalet", "av vem undertecknades avtalet")),
    ("Hur många MMR1 respektive MMR2 avslutades 2019?",
     ("Hur många MMR1 avslutades 2019?", "Hur många MMR2 avslutades 2019?")),
    # "A respektive B": the question asked of each
    ("Hur många kvinnor respektive män avslutade MMR 2019?",
     ("Hur många kvinnor avslutade MMR 2019?", "Hur många män avslutade MMR 2019?")),
    # a second question of a question word and its verb: its subject is the first's
    ("Vem ställde den skriftliga frågan 2015, och vem svarade?",
     ("Vem ställde den skriftliga frågan 2015", "vem svarade?")),
    # "o" and "&" as people type "och"
    ("när fick statskontoret uppdraget o när redovisades det",
     ("när fick statskontoret uppdraget", "när redovisades det")),
    ("hur mkt fick regionen & vem beslutade",
     ("hur mkt fick regionen", "vem beslutade")),
    # a first question of a question phrase and its noun asks the second's predicate of that noun
    ("How many women and how many men completed treatments in 2018?",
     ("How many women completed treatments in 2018?", "how many men completed treatments in 2018?")),
    ("hur många kvinnor och hur många män avslutade mmr 2015",
     ("hur många kvinnor avslutade mmr 2015", "hur många män avslutade mmr 2015")),
    # a part may compute: the answerer tries the computation over the whole question first
    ("Hur stor andel av läkarna hade gått grundkursen i juni 2022, och vilket mål har regionen?",
     ("Hur stor andel av läkarna hade gått grundkursen i juni 2022", "vilket mål har regionen?")),
    ("What share of the patients were women, and what was their mean age?",
     ("What share of the patients were women", "what was their mean age?")),
    ("Hur stor andel av potten fick regionen och hur mycket var det?",
     ("Hur stor andel av potten fick regionen", "hur mycket var det?")),
    # an elliptic "why" after a comparison asks its predicate, the comparative kept
    ("Hur mycket mer fick regionen 2015 än 2014, och varför?",
     ("Hur mycket mer fick regionen 2015 än 2014", "varför mer fick regionen 2015 än 2014")),
    # any preposition may open the second question
    ("Hur länge gäller avtalet med Kustrehab, och med hur lång tid kan det förlängas?",
     ("Hur länge gäller avtalet med Kustrehab", "med hur lång tid kan det förlängas?")),
    ("Vilken utbildning ska nya rehabkoordinatorer gå, och inom vilken tid?",
     ("Vilken utbildning ska nya rehabkoordinatorer gå", "inom vilken tid ska nya rehabkoordinatorer gå")),
    ("Which age range was included in the study, and in which year did the patients start?",
     ("Which age range was included in the study", "in which year did the patients start?")),
    # the same preposition before two parallel phrases: the question asked of each
    ("What was the mean number of sick-leave days in the intervention group and in the comparison group of the study?",
     ("What was the mean number of sick-leave days in the intervention group of the study?",
      "What was the mean number of sick-leave days in the comparison group of the study?")),
    ("How many MMR series were completed in Sweden in 2011 and in 2012 according to the review?",
     ("How many MMR series were completed in Sweden in 2011 according to the review?",
      "How many MMR series were completed in Sweden in 2012 according to the review?")),
    ("Vilket mål hade enheten för antalet avslutade program och för väntetiden under 2017?",
     ("Vilket mål hade enheten för antalet avslutade program under 2017?",
      "Vilket mål hade enheten för väntetiden under 2017?")),
    # a first part that is a question phrase alone asks the second's predicate
    ("I vilket år och i vilken region startade piloten?",
     ("I vilket år startade piloten?", "i vilken region startade piloten?")),
    # two years set against each other
    ("how many MMR series were done nationally in 2009 vs 2011 acc to the minister?",
     ("how many MMR series were done nationally in 2009 acc to the minister?",
      "how many MMR series were done nationally in 2011 acc to the minister?")),
])
def test_two_questions_in_one_are_split(question: str, expected: tuple[str, str]) -> None:
    assert parts(question) == expected


@pytest.mark.parametrize("question", [
    "Hur mycket ersätts KBT och MMR 2015?",  # one question about two things
    "Hur mycket mer fick regionen 2015 än 2014?",  # one computation
    "Vad och när?",  # parts too short to ask anything
    "Vad fick regionen, och när kom pengarna och vem beslutade om dem?",  # three parts
    "Vem då och när?",  # an ellipsis needs a first question of three words or more
    "Hur många patienter remitterades och var sjukskrivna 2019?",  # "var": were, no question word
    "Hur mycket fick respektive region 2019?",  # "respektive" as an adjective
    "Hur mycket fick regionerna till respektive vårdcentral?",
    "Hur mycket fick Region Stockholm respektive Region Skåne?",  # two-word names: not split word by word
    "Vilka regioner deltog 2015 och hur många?",  # a question phrase alone asks nothing of its own
    "Vad gäller från och med 2015 och till och med 2016?",  # "och" inside a phrase
    "Hur många fick KBT i primärvården och i den specialiserade vården?",  # second phrase longer: unknown end
    "Hur många fick KBT i Skåne och i Region Stockholm 2015?",  # ... inside a name
    "Hur mycket mer fick regionen 2015 jämfört med 2014?",  # the two years are a computation's operands
    "What was the difference in the rate in 2012 and in 2013?",
    "Vad var ersättningen 2012 mot 2013 års nivå?",  # "2013 års": a genitive, not a year set against
])
def test_single_questions_and_computations_are_left_whole(question: str) -> None:
    assert parts(question) is None


def test_a_quantity_phrase_borrows_the_predicate_only_of_another_quantity_phrase() -> None:
    """"Hur många patienter och vem betalade behandlingen?" asks two things; "Hur många kvinnor och
    hur många män …" asks one thing of two nouns."""
    assert parts("Hur många patienter och vem betalade behandlingen?") == (
        "Hur många patienter", "vem betalade behandlingen?")
    assert parts("How many patients and who paid for the treatment?") == (
        "How many patients", "who paid for the treatment?")


def test_a_part_asks_about_the_words_the_other_part_does_not_use() -> None:
    first = "Hur länge varar kursen i regionen"
    second = "hur många timmar om dagen läser man i regionen?"
    assert "region" not in own_words(second, first) and "mång" not in own_words(second, first)
    assert {"timm", "dag"} <= own_words(second, first)


@pytest.mark.parametrize(("part", "other", "expected"), [
    # a part that names little but its question word borrows the other's words after its question
    # phrase and finite verb
    ("vem godkände den?", "Vem skrev promemorian om Region Hallands rapportering 2013",
     "vem godkände den promemorian om Region Hallands rapportering 2013"),
    ("when was it answered?", "When was the written question on the guarantee submitted",
     "when was it answered the written question on the guarantee submitted"),
    # after "how many" stands the noun counted: it stays
    ("what was the target", "how many doctors in Västernorrland took the course in 2019",
     "what was the target doctors in Västernorrland took the course in 2019"),
    # a part that asks enough of its own is asked as it stands
    ("hur många dagar i veckan träffar man teamet?", "Hur länge pågår MMR-programmet i Region Kalmar län",
     "hur många dagar i veckan träffar man teamet?"),
])
def test_a_part_asked_alone(part: str, other: str, expected: str) -> None:
    assert alone(part, other) == expected
