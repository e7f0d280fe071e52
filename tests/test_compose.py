"""Writing an answer from a document's own metadata (assistant/answering/compose.py): a date the
metadata holds is written out when valid and shown as it stands when not; it never fails."""

from __future__ import annotations

import pytest

from assistant.answering import Answerer
from assistant.answering.compose import compose_source
from assistant.query import resolve
from assistant.vocabulary import idf_table
from ingest.analysis import analyze
from ingest.documents import DocumentMeta

pytestmark = pytest.mark.unit


def source_answer(question: str, date: str) -> str:
    answerer = Answerer(idf_table({"c": analyze("sidan gav ut publicerades")}))
    q = answerer.analyse(resolve(question, []))
    assert q.source == {"publisher", "date"}
    return compose_source(q, DocumentMeta("doc", title="Sidan", organisation="SKL", date=date))


def test_a_valid_date_is_written_out_beside_its_iso_form() -> None:
    assert source_answer("Vem gav ut sidan och när?", "2012-12-13") == (
        "”Sidan” är utgivet av SKL och daterat 13 december 2012 (2012-12-13). [1]")
    assert "dated 2 June 2014 (2014-06-02)" in source_answer("Who published the page and when?", "2014-06-02")


@pytest.mark.parametrize("date", ["2014-13-45", "2014-13", "2014-00", "2014-06-xx", "2014-02-30"])
def test_an_invalid_date_is_shown_as_written_and_never_fails(date: str) -> None:
    text = source_answer("Vem gav ut sidan och när?", date)
    assert text.endswith(f"daterat {date}. [1]")
    assert "december" not in text
