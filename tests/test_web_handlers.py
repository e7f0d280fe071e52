"""What the web page's events do (`assistant.web.handlers.Handlers`), without Gradio: the chat
generator, thumbs and comments, the eligibility form, the document library's admin checks and
the health object.

Read-only tests share one assistant over a copy of corpus/ (hashing embedder, in-memory store,
indexed once per module); tests that upload or remove get their own two-document corpus."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from html import escape
from pathlib import Path
from typing import Any

import bcrypt
import pytest

from assistant.assistant import AnswerEvent, Assistant
from assistant.cli import main
from assistant.privacy import REDACTED
from assistant.settings import Settings
from assistant.web import render
from assistant.web.feedback import FeedbackStore
from assistant.web.handlers import FEEDBACK_COLUMNS, ChatUpdate, Conversation, Handlers
from assistant.web.users import User, UserDirectory
from ingest.embedders import HashingEmbedder
from ingest.pipeline import Ingestor
from ingest.store import InMemoryStore

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[1]
KBT = "Hur mycket ersätts landstingen per KBT?"
KBT_2015 = "Hur mycket ersätts landstingen per KBT/IPT 2015?"
CORPUS_IDS = ["rjh-2018-beslut-sjukskrivnings-och-rehabiliteringsprocess",
              "skl-2015-overenskommelse-rehabiliteringsgarantin", "skl-2017-resultat-overenskommelse-2016",
              "vgr-2013-statistik-rehabiliteringsgaranti-2012", "vgr-2014-statsbidrag-rehabiliteringsinsatser"]
NOTE = ("Region Testlands beslut om zebrafinkar\n\nRegion Testland ersätter vårdcentralerna med 31 500 kronor "
        "för varje avslutad zebrafinkbehandling.\n")
SMALL = {"avtal-2015.txt": "Överenskommelse om rehabiliteringsgarantin\n\nLandstingen ersätts med 12 000 kronor "
                           "per genomförd KBT/IPT.\n",
         "statistik-2012.txt": "Statistik om behandlingar 2012\n\nAntalet avslutade KBT-behandlingar minskade.\n"}


def stores_over(embedder: HashingEmbedder) -> Callable[[str], InMemoryStore]:
    by_generation: dict[str, InMemoryStore] = {}
    return lambda generation: by_generation.setdefault(generation, InMemoryStore(embedder))


@pytest.fixture(scope="module")
def corpus_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("web-handlers")
    shutil.copytree(REPO / "corpus", root / "corpus")
    settings = Settings(data_dir=root / "data", corpus_dir=root / "corpus", embedding_backend="hashing")
    embedder = HashingEmbedder()
    factory = stores_over(embedder)
    assert Ingestor(settings, embedder, factory).run([settings.corpus_dir]).ok
    return Assistant(settings, embedder, factory)


@pytest.fixture
def handlers(corpus_assistant: Assistant, tmp_path: Path) -> Handlers:
    return Handlers(corpus_assistant, corpus_assistant.settings, feedback=FeedbackStore(tmp_path / "feedback.db"))


@pytest.fixture
def small(tmp_path: Path) -> Assistant:
    """An assistant of its own over two documents, for tests that change the index."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in SMALL.items():
        (corpus / name).write_text(text, "utf-8")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, embedding_backend="hashing")
    embedder = HashingEmbedder()
    factory = stores_over(embedder)
    assert Ingestor(settings, embedder, factory).run([corpus]).ok
    return Assistant(settings, embedder, factory)


def run_chat(h: Handlers, question: str, previous: ChatUpdate | None = None) -> list[ChatUpdate]:
    updates = list(h.chat(question, previous.messages if previous else [],
                          previous.conversation if previous else None))
    assert updates
    return updates


def cite_targets(html: str) -> list[str]:
    links = re.findall(r'<a class="cite" href="#([^"]+)" data-cite="([^"]+)">', html)
    assert all(href == data for href, data in links)
    return [href for href, _ in links]


def element_ids(html: str) -> list[str]:
    return re.findall(r'\bid="([^"]+)"', html)


# --- chat ------------------------------------------------------------------------------------

def test_chat_streams_a_status_then_the_answer_with_linked_sources(handlers: Handlers) -> None:
    updates = run_chat(handlers, KBT)
    first, last = updates[0], updates[-1]
    assert first.busy and first.messages[0] == {"role": "user", "content": KBT}
    assert first.messages[-1] == {"role": "assistant", "content": "<i>Söker i dokumenten …</i>"}
    assert all(u.busy for u in updates[:-1]) and not last.busy
    assert len(updates) > 3  # the text came in pieces between the status and the end
    assert [m["role"] for m in last.messages] == ["user", "assistant"]
    answer = last.conversation.turns[0][1]
    assert answer.answerable and "12 000" in answer.answer
    html = last.messages[-1]["content"]
    targets = cite_targets(html)
    assert targets and targets[0] == "kalla-0-1"
    assert len(targets) == len(re.findall(r"\[\d+\]", answer.answer))
    ids = element_ids(last.sources)
    assert set(targets) <= set(ids)  # every [n] link lands on a source in the panel
    assert "<mark>" in last.sources and answer.citations[0].quote.split()[-1] in last.sources


def test_follow_up_is_read_with_the_conversation(handlers: Handlers, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    real_stream = handlers.assistant.stream

    def spy(question: str, history: Any = None) -> Iterator[AnswerEvent]:
        seen.append(history)
        return real_stream(question, history)

    monkeypatch.setattr(handlers.assistant, "stream", spy)
    first = run_chat(handlers, KBT_2015)[-1]
    second = run_chat(handlers, "Och MMR 2?", first)[-1]
    assert seen[0] == []
    assert seen[1] == [{"role": "user", "content": KBT_2015},
                       {"role": "assistant", "content": first.conversation.turns[0][1].answer}]
    follow_up = second.conversation.turns[1][1]
    assert "2015" in follow_up.resolved_question and "MMR" in follow_up.resolved_question
    assert [m["role"] for m in second.messages] == ["user", "assistant"] * 2
    assert cite_targets(second.messages[-1]["content"])[0] == "kalla-1-1"  # numbered per turn
    assert {"kalla-0-1", "kalla-1-1"} <= set(element_ids(second.sources))


@pytest.mark.parametrize("question", ["", "   ", "\n", None])
def test_an_empty_question_adds_no_message(handlers: Handlers, question: Any) -> None:
    before = run_chat(handlers, KBT)[-1]
    updates = list(handlers.chat(question, before.messages, before.conversation))
    assert len(updates) == 1 and not updates[0].busy
    assert updates[0].messages == before.messages and len(updates[0].conversation.turns) == 1


def test_an_error_in_the_assistant_is_a_sentence_not_a_traceback(
    handlers: Handlers, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(question: str, history: Any = None) -> Iterator[AnswerEvent]:
        yield AnswerEvent("status", "Söker i dokumenten …")
        raise RuntimeError('Traceback (most recent call last):\n  File "/srv/secret.py", line 1')

    monkeypatch.setattr(handlers.assistant, "stream", broken)
    last = run_chat(handlers, KBT)[-1]
    assert not last.busy
    assert [m["role"] for m in last.messages] == ["user", "assistant"]
    shown = last.messages[-1]["content"]
    assert "Något gick fel" in shown and "Söker" not in shown
    assert "Traceback" not in shown and "secret" not in shown and "RuntimeError" not in shown
    assert last.conversation.turns == []
    assert "chat handler failed" in caplog.text and KBT not in caplog.text  # the log has it, not the question


def test_rating_after_an_error_still_rates_the_answer_that_was_clicked(
    handlers: Handlers, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_stream = handlers.assistant.stream

    def broken(question: str, history: Any = None) -> Iterator[AnswerEvent]:
        raise RuntimeError("boom")
        yield  # a generator

    monkeypatch.setattr(handlers.assistant, "stream", broken)
    failed = run_chat(handlers, "Vad gäller för MMR?")[-1]
    monkeypatch.setattr(handlers.assistant, "stream", real_stream)
    ok = run_chat(handlers, KBT, failed)[-1]
    assert [m["role"] for m in ok.messages] == ["user", "assistant"] * 2
    assert handlers.rate(3, True, ok.conversation).startswith("Tack")  # message 3: the KBT answer
    assert [(f.question, f.rating) for f in handlers.feedback.all()] == [(KBT, 1)]
    assert not handlers.rate(1, True, ok.conversation).startswith("Tack")  # the error message has no answer
    assert len(handlers.feedback.all()) == 1


def test_question_text_is_escaped_in_the_sources_panel(handlers: Handlers) -> None:
    last = run_chat(handlers, "<img src=x onerror=alert(1)> Hur mycket ersätts landstingen per KBT?")[-1]
    assert "<img" not in last.sources and "&lt;img src=x" in last.sources


def test_new_conversation_starts_empty(handlers: Handlers) -> None:
    assert run_chat(handlers, KBT)[-1].conversation.turns
    fresh = handlers.new_conversation()
    assert fresh.messages == [] and fresh.conversation.turns == [] and fresh.conversation.last_feedback is None
    assert "empty" in fresh.sources and "kalla-" not in fresh.sources
    again = run_chat(handlers, "Och MMR 2?", fresh)[-1]
    assert "2015" not in again.conversation.turns[0][1].resolved_question  # nothing carried over


# --- feedback --------------------------------------------------------------------------------

def feedback_cells(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [str(cell) for row in db.execute("SELECT * FROM feedback") for cell in row]


def test_thumbs_map_the_message_index_to_its_turn(handlers: Handlers) -> None:
    first = run_chat(handlers, KBT)[-1]
    second = run_chat(handlers, "Vilka åldrar omfattas av rehabiliteringsgarantin?", first)[-1]
    conv = second.conversation
    assert handlers.rate(3, False, conv, user="anna").startswith("Tack")
    assert handlers.rate(1, True, conv).startswith("Tack")
    items = handlers.feedback.all()
    assert [(f.question, f.rating, f.user) for f in items] == [
        ("Vilka åldrar omfattas av rehabiliteringsgarantin?", -1, "anna"), (KBT, 1, "")]
    assert items[1].answer == conv.turns[0][1].answer
    assert items[1].citations == ",".join(sorted({c.doc_id for c in conv.turns[0][1].citations}))
    assert conv.last_feedback == items[1].id
    for index in (4, 5, 99, -1):
        assert handlers.rate(index, True, conv) == "Kunde inte koppla omdömet till ett svar."
    assert handlers.rate(1, True, None) == "Kunde inte koppla omdömet till ett svar."
    assert len(handlers.feedback.all()) == 2


@pytest.mark.parametrize("pnr", ["19850101-1234", "850101-1234"])
def test_feedback_never_stores_a_personal_identity_number(handlers: Handlers, pnr: str) -> None:
    question = f"Mitt personnummer är {pnr}. Hur mycket ersätts landstingen per KBT?"
    conv = run_chat(handlers, question)[-1].conversation
    assert handlers.rate(1, False, conv).startswith("Tack")
    assert handlers.comment(f"Det gällde {pnr}, svaret var fel", conv).startswith("Tack")
    item = handlers.feedback.all()[0]
    assert item.question == f"Mitt personnummer är {REDACTED}. Hur mycket ersätts landstingen per KBT?"
    assert item.rating == -1 and item.comment == f"Det gällde {REDACTED}, svaret var fel"
    cells = feedback_cells(handlers.feedback.path)
    assert not [c for c in cells if pnr in c or pnr[-4:] in c]
    assert pnr.encode() not in handlers.feedback.path.read_bytes()


def test_a_comment_goes_to_the_last_rated_answer(handlers: Handlers) -> None:
    first = run_chat(handlers, KBT)[-1]
    conv = run_chat(handlers, "Vilka åldrar omfattas av rehabiliteringsgarantin?", first)[-1].conversation
    handlers.rate(1, True, conv)
    handlers.rate(3, False, conv)
    assert handlers.comment("  Åldern saknades  ", conv) == "Tack! Kommentaren sparades."
    assert [(f.rating, f.comment) for f in handlers.feedback.all()] == [(1, ""), (-1, "Åldern saknades")]
    assert handlers.comment("   ", conv) == "Kommentaren är tom."


def test_a_comment_without_a_rating_asks_for_one(handlers: Handlers) -> None:
    conv = run_chat(handlers, KBT)[-1].conversation
    for c in (conv, None, Conversation()):
        assert handlers.comment("Bra svar", c).startswith("Ge först tummen upp eller ner")
    assert handlers.feedback.all() == []


# --- eligibility -----------------------------------------------------------------------------

def test_a_valid_form_gives_a_verdict_card_with_linked_sources(handlers: Handlers) -> None:
    card = handlers.eligibility(30.0, ["ryggsmärta"], 6.0, "", "yes")  # as Gradio sends a Number
    assert '<div class="verdict eligible">' in card
    assert '<div class="verdict-label">Omfattas</div>' in card
    assert "25\u00a0000 kr per behandlingsserie (2015)" in card  # MMR1, from the rulebook
    targets = cite_targets(card)
    assert targets and set(targets) <= set(element_ids(card))


@pytest.mark.parametrize(("age", "conditions", "severity", "assessed", "lang", "verdict", "label"), [
    (70, ["ryggsmärta"], "", "yes", "sv", "not_eligible", "Omfattas inte"),
    (30, ["ångest"], "lindrig", "unknown", "sv", "needs_assessment", "Kräver medicinsk bedömning"),
    (30, ["ångest"], "lindrig", "unknown", "en", "needs_assessment", "Needs a medical assessment"),
    (30, [], "", None, "sv", "insufficient_information", "Uppgifter saknas"),
])
def test_verdict_labels(handlers: Handlers, age: int, conditions: list[str], severity: str, assessed: str | None,
                        lang: str, verdict: str, label: str) -> None:
    card = handlers.eligibility(age, conditions, 6, severity, assessed, lang)
    assert f'<div class="verdict {verdict}"><div class="verdict-label">{label}</div>' in card


def test_verdict_links_do_not_collide_with_the_chat_sources(handlers: Handlers) -> None:
    """Both panels are on one page: an [n] in the verdict must open the verdict's own source."""
    chat = run_chat(handlers, KBT)[-1]
    card = handlers.eligibility(30, ["ryggsmärta"], 6, "", "yes")
    assert not set(element_ids(card)) & set(element_ids(chat.sources))
    assert set(cite_targets(card)) <= set(element_ids(card))


@pytest.mark.parametrize(("age", "problem"), [
    ("abc", "inte ett tal"), (200, "inte en rimlig ålder"), (-3, "negativt"), (30.5, "inte ett helt antal år"),
    ("45,5", "ålder: &#x27;45,5&#x27; är inte ett helt antal år"),
])
def test_a_bad_age_is_a_warning_in_swedish_not_an_exception(handlers: Handlers, age: Any, problem: str) -> None:
    card = handlers.eligibility(age, ["ryggsmärta"], 6, "", "yes")
    assert card.startswith('<div class="message warning">') and problem in card and "verdict" not in card
    assert "not a" not in card and "give" not in card


def test_a_bad_age_is_in_english_when_the_user_chose_english(handlers: Handlers) -> None:
    card = handlers.eligibility("45,5", ["ryggsmärta"], 6, "", "yes", "en")
    assert "is not a whole number of years" in card


def test_an_unknown_condition_is_a_warning(handlers: Handlers) -> None:
    card = handlers.eligibility(30, ["ländrygg"], 6, "", "yes")
    assert card.startswith('<div class="message warning">') and "ländrygg" in card


@pytest.mark.parametrize(("form", "cli"), [
    ((30.0, ["ryggsmärta"], 6.0, "", "yes", "sv"),
     ["--age", "30", "--condition", "ryggsmärta", "--months", "6", "--assessed", "yes"]),
    ((45, ["ångest", "ryggsmärta"], 2, "medelsvår", "unknown", "en"),
     ["--age", "45", "--condition", "ångest", "--condition", "ryggsmärta", "--months", "2",
      "--severity", "medelsvår", "--lang", "en"]),
    ((70, ["diabetes"], None, None, "no", "sv"), ["--age", "70", "--condition", "diabetes", "--assessed", "no"]),
])
def test_the_payload_is_what_the_cli_prints(
    handlers: Handlers, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    form: tuple[Any, ...], cli: list[str],
) -> None:
    settings = handlers.settings
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("ASSISTANT_EMBEDDING_BACKEND", "hashing")
    age, conditions, months, severity, assessed, lang = form
    ours = handlers.eligibility_payload(age, conditions, months, severity, assessed, lang)
    assert main(["eligibility", *cli, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert json.loads(json.dumps(ours)) == printed
    assert printed["citations"]  # the rules' quotes were found in the indexed documents


# --- documents -------------------------------------------------------------------------------

def test_the_table_lists_the_indexed_documents(handlers: Handlers) -> None:
    table = handlers.document_table()
    assert sorted(row[0] for row in table) == CORPUS_IDS
    catalog = handlers.assistant.index.documents()
    labels = {"agreement page": "överenskommelse (webbsida)", "news item": "nyhet", "decision": "beslut"}
    for doc_id, title, _org, date, kind, chunks, where in table:
        assert (title, date, chunks, where) == (catalog[doc_id].meta.title, catalog[doc_id].meta.date,
                                                len(catalog[doc_id].chunk_ids), "korpus")
        assert kind == labels.get(catalog[doc_id].meta.kind, catalog[doc_id].meta.kind)  # shown in Swedish
    assert [row[3] for row in table] == sorted(row[3] for row in table)  # oldest first


def test_the_correction_form_shows_the_kind_in_swedish_and_stores_it_as_a_kind(small: Assistant) -> None:
    h = Handlers(small, small.settings.model_copy(update={"allow_upload": True}))
    doc_id = h.document_table()[0][0]
    title, org, date, kind = h.metadata_of(doc_id)
    assert kind == h.document_table()[0][4]  # as the table shows it, not the stored English key
    outcome = h.correct_metadata(doc_id, title, org, date, "beslut", None)
    assert outcome.ok, outcome.message
    assert small.index.documents()[doc_id].meta.kind == "decision"
    assert h.metadata_of(doc_id)[3] == "beslut"


def test_document_view(handlers: Handlers) -> None:
    view = handlers.document_view("skl-2015-overenskommelse-rehabiliteringsgarantin")
    assert view.startswith('<article class="document"><h3>Överenskommelse rehabiliteringsgarantin</h3>')
    assert "12 000 kronor per genomförd KBT/IPT" in view
    for unknown in ("finns-inte", "../../etc/passwd", "<script>"):
        message = handlers.document_view(unknown)
        assert 'class="message warning"' in message and "finns inte i indexet" in message and "<script>" not in message
    assert 'class="message info"' in handlers.document_view(None)


def test_a_source_links_to_its_whole_document_with_the_quote_marked(handlers: Handlers) -> None:
    update = run_chat(handlers, KBT_2015)[-1]
    link = re.search(r'<a class="doclink" href="([^"]+)"', update.sources)
    assert link, update.sources
    href = link.group(1).replace("&amp;", "&")
    parts = re.fullmatch(r"dokument/([^?]+)\?fran=(\d+)&till=(\d+)#citat", href)
    assert parts, href
    doc_id, start, end = parts.group(1), int(parts.group(2)), int(parts.group(3))
    page = handlers.document_page(doc_id, str(start), str(end))
    assert page is not None and page.startswith("<!doctype html>")
    text = handlers.text_of(doc_id)
    assert text is not None
    marked = re.search(r"<mark id=citat>(.*?)</mark>", page)
    assert marked and marked.group(1) == escape(text[start:end].split("\n")[0])
    assert "12 000" in page


@pytest.mark.parametrize("start,end", [(None, None), ("x", "5"), ("5", "2"), ("-1", "4"), ("0", "99999999"),
                                       ("١٢", "٣٤"), ("1" * 40, "2" * 40)])
def test_a_bad_range_marks_nothing_and_the_page_still_opens(handlers: Handlers, start: Any, end: Any) -> None:
    page = handlers.document_page("skl-2015-overenskommelse-rehabiliteringsgarantin", start, end)
    assert page is not None and "<mark" not in page and "12 000 kronor per genomförd KBT/IPT" in page


def test_the_document_page_escapes_and_marks_a_quote_over_two_lines() -> None:
    text = "Rubrik <script>alert(1)</script>\n\nFörsta raden slutar här.\nAndra raden & mer.\nSista."
    start, end = text.index("slutar"), text.index(" & mer")
    page = render.document_page("T<i>", "SKL · 2015", text, start, end)
    assert "<script>" not in page and "&lt;script&gt;" in page and "<title>T&lt;i&gt;</title>" in page
    assert "<p>Första raden <mark id=citat>slutar här.</mark></p>" in page
    assert "<p><mark>Andra raden</mark> &amp; mer.</p>" in page and page.count("id=citat") == 1


def test_the_page_scrolls_to_a_quote_whose_range_starts_on_a_blank_line() -> None:
    text = "Rubrik\n\nFörsta raden.\nAndra raden."
    page = render.document_page("T", "", text, text.index("\n"), text.index("Andra"))
    assert page.count("id=citat") == 1 and "<mark id=citat>Första raden.</mark>" in page


def test_an_unknown_document_has_no_page(handlers: Handlers) -> None:
    for unknown in ("finns-inte", "../../etc/passwd", "<script>", ""):
        assert handlers.document_page(unknown) is None


def upload_file(tmp_path: Path, name: str = "zebra-notat.txt", text: str = NOTE) -> str:
    folder = tmp_path / "browser-upload"  # where Gradio would have put it
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, "utf-8")
    return str(folder / name)


def cheap_hash(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)).decode()


USERS = UserDirectory({"admin": User("admin", cheap_hash("admin-lösen"), "admin"),
                       "anna": User("anna", cheap_hash("anna-lösen"), "staff")})


@pytest.mark.parametrize(("users", "allow_upload", "user"), [
    (None, False, None), (None, False, "admin"), (USERS, False, "anna"), (USERS, True, "anna"),
    (USERS, True, None), (USERS, False, "okänd"),
])
def test_upload_and_removal_need_an_admin(
    small: Assistant, tmp_path: Path, users: UserDirectory | None, allow_upload: bool, user: str | None
) -> None:
    settings = small.settings.model_copy(update={"allow_upload": allow_upload})
    h = Handlers(small, settings, users)
    catalog = settings.catalog_path.read_bytes()
    assert not h.can_manage(user)
    outcome = h.upload(upload_file(tmp_path), user)
    assert not outcome.ok and "administratörsbehörighet" in outcome.message
    outcome = h.remove("avtal-2015", user)
    assert not outcome.ok and "administratörsbehörighet" in outcome.message
    assert settings.catalog_path.read_bytes() == catalog
    assert not settings.uploads_dir.exists()
    assert (settings.corpus_dir / "avtal-2015.txt").exists()


@pytest.mark.parametrize(("users", "allow_upload", "user"), [(USERS, False, "admin"), (None, True, None)])
def test_an_admin_may_upload_and_remove(
    small: Assistant, tmp_path: Path, users: UserDirectory | None, allow_upload: bool, user: str | None
) -> None:
    settings = small.settings.model_copy(update={"allow_upload": allow_upload})
    h = Handlers(small, settings, users)
    assert h.can_manage(user)
    outcome = h.upload(upload_file(tmp_path), user)
    assert outcome.ok and outcome.doc_id == "zebra-notat", outcome.message
    assert ["zebra-notat", "Region Testlands beslut om zebrafinkar", "uppladdad"] in [
        [r[0], r[1], r[6]] for r in h.document_table()]
    answer = small.ask("Hur mycket ersätter Region Testland för zebrafinkbehandling?")
    assert "zebra-notat" in {c.doc_id for c in answer.citations + answer.nearest}
    assert h.remove("zebra-notat", user).ok
    assert "zebra-notat" not in [r[0] for r in h.document_table()]
    assert not h.upload(None, user).ok and not h.remove(None, user).ok


def test_upload_over_the_size_limit_is_refused_before_reading(small: Assistant, tmp_path: Path) -> None:
    settings = small.settings.model_copy(update={"allow_upload": True, "max_file_mb": 0.001})
    h = Handlers(small, settings)
    outcome = h.upload(upload_file(tmp_path, text=NOTE * 20), None)
    assert not outcome.ok and "större än" in outcome.message
    assert not settings.uploads_dir.exists()


# --- health and report -----------------------------------------------------------------------

def test_health_reports_the_index(handlers: Handlers) -> None:
    health = handlers.health()
    catalog = handlers.assistant.index.documents()
    assert health["status"] == "ok"
    assert health["index"]["documents"] == len(catalog) == 5
    assert health["index"]["chunks"] == len(handlers.assistant.index.snapshot().catalog.chunks) > 5
    assert health["index"]["embedding_model"] == "hashing-256"
    assert health["llm"]["backend"] == "extractive"
    json.dumps(health)


@pytest.mark.parametrize("catalog", [None, "{not json", '{"version": 999}'])
def test_health_without_an_index_is_unavailable(tmp_path: Path, catalog: str | None) -> None:
    settings = Settings(data_dir=tmp_path / "empty", corpus_dir=tmp_path / "corpus", embedding_backend="hashing")
    if catalog is not None:
        settings.catalog_path.parent.mkdir(parents=True)
        settings.catalog_path.write_text(catalog, "utf-8")
    embedder = HashingEmbedder()
    h = Handlers(Assistant(settings, embedder, stores_over(embedder)), settings)
    health = h.health()
    assert health["status"] == "unavailable" and health["error"] and "index" not in health
    if catalog is None:
        assert "python -m ingest" in health["error"]
    assert h.document_table() == []
    assert "finns inte" in h.document_view("avtal-2015")
    card = h.eligibility(30, ["ryggsmärta"], 6, "", "yes")
    assert card.startswith('<div class="message')  # a sentence, not an exception


def test_report(handlers: Handlers, tmp_path: Path) -> None:
    h = Handlers(handlers.assistant, handlers.settings.model_copy(update={"reports_dir": tmp_path / "r"}),
                 feedback=handlers.feedback)
    text, plots = h.report()
    assert "python -m evals run" in text and plots == []
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "report.md").write_text("# Rapport\n", "utf-8")
    for name in ("b.png", "a.png", "notes.txt"):
        (tmp_path / "r" / name).write_bytes(b"x")
    assert h.report() == ("# Rapport\n", [str(tmp_path / "r" / "a.png"), str(tmp_path / "r" / "b.png")])


def test_an_llm_fallback_is_said_in_the_chat(handlers: Handlers, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.models import Answer

    def stream(question: str, history: Any = None) -> Any:
        yield AnswerEvent("done", answer=Answer("Svar [1]", True, "sv", notes=["llm_fallback: timeout"]))

    monkeypatch.setattr(handlers.assistant, "stream", stream)
    final = list(handlers.chat("Hur mycket?", [], None))[-1]
    assert "Språkmodellens svar kunde inte användas" in final.messages[-1]["content"]


# --- the admins' feedback view and the document pickers ------------------------------------------

def test_admins_read_feedback_filtered_and_redacted_and_export_it(small: Assistant, tmp_path: Path) -> None:
    settings = small.settings
    h = Handlers(small, settings, USERS, feedback=FeedbackStore(tmp_path / "feedback.db"))
    conv = run_chat(h, "Hur mycket ersätts landstingen per genomförd KBT/IPT?")[-1].conversation
    assert h.rate(1, False, conv, "anna").startswith("Tack")
    h.comment("=HYPERLINK(\"http://x\") gällde 19811218-9876", conv)
    h.feedback.add("Vilka åldrar?", "16–67 år", 1, "admin", "avtal-2015")
    with sqlite3.connect(h.feedback.path) as db:  # a row stored before redaction existed
        db.execute("INSERT INTO feedback (created, user, question, answer, rating) VALUES (0, 'x', ?, 'svar', 1)",
                   ("Gäller det 850101-1234?",))
    assert h.feedback_rows("all", "anna") == [] and h.feedback_csv("all", "anna") is None  # staff
    assert h.feedback_rows("all", None) == []
    rows = h.feedback_rows("all", "admin")
    assert [r[2] for r in rows] == ["Tummen upp", "Tummen upp", "Tummen ner"]  # newest first
    assert rows[0][3] == f"Gäller det {REDACTED}?"
    assert [r[3] for r in h.feedback_rows("down", "admin")] == ["Hur mycket ersätts landstingen per genomförd KBT/IPT?"]
    down = h.feedback_rows("down", "admin")[0]
    assert down[1] == "anna" and "12 000" in down[4] and down[5] == "Överenskommelse om rehabiliteringsgarantin"
    assert REDACTED in down[6] and "19811218" not in down[6]
    assert [r[3] for r in h.feedback_rows("commented", "admin")] == [down[3]]
    path = Path(h.feedback_csv("down", "admin") or "")
    assert path.is_relative_to(tempfile.gettempdir()) and path.parent.stat().st_mode & 0o077 == 0  # private folder
    text = path.read_text("utf-8-sig")
    assert text.splitlines()[0] == ";".join(FEEDBACK_COLUMNS)
    assert "'=HYPERLINK" in text and "19811218" not in text  # no formula a spreadsheet would run


def test_the_pickers_list_titles_and_removal_asks_first(small: Assistant) -> None:
    h = Handlers(small, small.settings)
    assert ("Överenskommelse om rehabiliteringsgarantin", "avtal-2015") in h.document_choices()
    question = h.removal_question("avtal-2015")
    assert "Ta bort «Överenskommelse om rehabiliteringsgarantin»" in question and "ångra" in question
    assert "korpusmappen" in question
    assert "finns inte" in h.removal_question("finns-inte")
    assert (small.settings.corpus_dir / "avtal-2015.txt").exists()  # asking removed nothing
