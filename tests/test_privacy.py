"""Personal identity numbers are redacted; the numbers the documents are about are not."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from assistant.privacy import REDACTED, redact

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


@pytest.mark.parametrize(
    "pnr",
    [
        "811218-9876",  # YYMMDD-XXXX
        "19811218-9876",  # YYYYMMDD-XXXX
        "811218+9876",  # '+': the holder is 100 or older
        "19811218+9876",
        "8112189876",  # no separator
        "198112189876",
        "20050101-1234",
        "811278-9876",  # samordningsnummer: day + 60
        "19811278-9876",
        "811261-9876",
        "811218 - 9876",  # spaces around the dash
        "19811218 -9876",
        "811218- 9876",
        "811218 9876",  # a space for the dash
        "811218–9876",  # an en dash (word processors replace '-')
        "19811218 - 9876",  # non-breaking spaces
        "20240229-1234",
        "1981-12-18-9876",  # the date written with dashes
        "81-12-18-9876",
        "811218.9876",  # a dot or a slash typed for the dash
        "19811218/9876",
        "811218 / 9876",
    ],
)
def test_identity_numbers_are_redacted(pnr: str) -> None:
    assert redact(pnr) == REDACTED
    assert redact(f"Mitt personnummer är {pnr}, vad gäller för mig?") == (
        f"Mitt personnummer är {REDACTED}, vad gäller för mig?"
    )
    assert pnr[-4:] not in redact(f"pnr:{pnr}.")


def test_every_number_in_a_text_is_redacted() -> None:
    text = "Patienten 811218-9876 och anhörig 19900101-1234 ringde."
    assert redact(text) == f"Patienten {REDACTED} och anhörig {REDACTED} ringde."


@pytest.mark.parametrize(
    "text",
    [
        "Landstingen ersätts med 12 000 kronor per KBT.",
        "ramen var 750 000 000 kronor",
        "Publicerad 2015-04-02",
        "överenskommelsen tecknades 2008",
        "2015-2016",
        "rapportera senast 29/4 2015",
        "KBT 8772 11026 13843 8353",
        "20150402",  # a date without separators is not a personal number
        "14,7 Mkr",
        "811332-1234",  # month 13 is no date
        "2015-12-31",
        "perioden 2015-12-31 till 2016-06-30",
        "2014-2015",
        "åren 2014 - 2015",
        "12 000",
        "750 000 000",
        "1 200 000 000 kronor",
        "20150101-20151231",  # a date range is not a personal number
        "811218-98765",  # five digits after the date: some other number
        "1811218-9876",
        "tel. 031-123 45 67",
        "20150101/20151231",  # a date range written with a slash
        "version 2.15.1234",
        "beslut 2018.1234",
    ],
)
def test_document_numbers_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_the_corpus_has_nothing_to_redact(path: Path) -> None:
    """The documents hold amounts, dates, years and statistics, and no personal numbers."""
    text = path.read_text("utf-8")
    assert redact(text) == text


def test_redact_is_idempotent() -> None:
    once = redact("pnr 811218-9876")
    assert redact(once) == once


# --- nothing a person typed reaches the logs --------------------------------------------------

PNRS = ["19811218-9876", "811218-9876", "811218+9876", "8112189876", "198112189876", "811218 - 9876"]
ELIGIBILITY = "Kan en 45-åring med ryggsmärta i 4 månader få MMR? Personnummer {pnr}"
RETRIEVAL = "Mitt personnummer är {pnr}. Hur mycket ersätts landstingen per KBT?"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The real corpus (the eligibility rules' quotes must be found in it), hashing embedder."""
    from assistant.assistant import Assistant
    from assistant.settings import Settings
    from ingest.embedders import HashingEmbedder
    from ingest.pipeline import Ingestor
    from ingest.store import InMemoryStore

    root = tmp_path_factory.mktemp("privacy")
    shutil.copytree(CORPUS, root / "corpus")
    settings = Settings(data_dir=root / "data", corpus_dir=root / "corpus", embedding_backend="hashing")
    embedder = HashingEmbedder()
    stores: dict[str, InMemoryStore] = {}

    def factory(generation: str) -> InMemoryStore:
        return stores.setdefault(generation, InMemoryStore(embedder))

    assert Ingestor(settings, embedder, factory).run([root / "corpus"]).ok
    return Assistant(settings, embedder, factory)


def logged(caplog: pytest.LogCaptureFixture) -> str:
    """Every message, its arguments and any traceback, as a handler would have written them."""
    return caplog.text + "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)


def digits_of(pnr: str) -> str:
    return re.sub(r"\D", "", pnr)[-10:]


@pytest.mark.parametrize("template", [RETRIEVAL, ELIGIBILITY], ids=["retrieval", "eligibility"])
def test_a_personnummer_never_reaches_the_logs_at_debug(
    assistant: Any, caplog: pytest.LogCaptureFixture, template: str
) -> None:
    caplog.set_level(logging.DEBUG)
    backends = set()
    for pnr in PNRS:
        history = [{"role": "user", "content": f"Jag heter Anna, {pnr}."}]
        answer = assistant.ask(template.format(pnr=pnr), history)
        backends.add(answer.backend)
        text = logged(caplog)
        assert pnr not in text and digits_of(pnr) not in re.sub(r"\D", "", text), text
    assert backends == ({"eligibility"} if template == ELIGIBILITY else {"extractive"})  # both paths ran
    assert any(r.levelno == logging.DEBUG and REDACTED in r.getMessage() for r in caplog.records)


def test_at_info_only_the_length_and_language_of_a_question_are_logged(
    assistant: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    question = "Hur mycket ersätts landstingen per KBT?"
    assistant.ask(question)
    assistant.ask(ELIGIBILITY.format(pnr="19811218-9876"))
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert messages and all(re.fullmatch(r"question received \(\d+ chars, (sv|en)\)", m) for m in messages), messages
    words = {w for w in re.findall(r"\w{4,}", question + ELIGIBILITY)}
    assert not any(w in m for w in words for m in messages)


def test_nothing_is_logged_at_the_default_level(assistant: Any, caplog: pytest.LogCaptureFixture) -> None:
    from assistant.settings import Settings

    caplog.set_level(Settings().log_level)
    assistant.ask("Hur mycket ersätts landstingen per KBT?")
    assistant.ask(ELIGIBILITY.format(pnr="811218-9876"))
    assert Settings().log_level == "WARNING" and not caplog.records


def test_every_log_call_with_user_text_goes_through_redact() -> None:
    """A guard on the source: the only log call that carries the question is the redacted one."""
    calls = []
    for path in sorted((REPO / "assistant").rglob("*.py")) + sorted((REPO / "ingest").rglob("*.py")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if re.search(r"\blog(ging)?\.(debug|info|warning|error|exception|critical)\(", line):
                calls.append((path.relative_to(REPO).as_posix(), n, line.strip()))
    carrying = [c for c in calls if re.search(r"question|history|turn|content|query", c[2])]
    assert carrying and all("redact(" in c[2] or "len(question)" in c[2] for c in carrying), carrying


def test_log_records_and_printed_tracebacks_are_redacted() -> None:
    import io
    import logging

    from assistant.privacy import RedactingFilter, RedactingStream

    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("test-redaction")
    logger.addHandler(handler)
    try:
        try:
            raise ValueError("Value: 19811218-9876 is not in the list of choices")
        except ValueError:
            logger.exception("failed for %s", "811218-9876")
    finally:
        logger.removeHandler(handler)
    assert "9876" not in out.getvalue() and out.getvalue().count(REDACTED) >= 2  # message, exception (and source)
    printed = io.StringIO()
    stream = RedactingStream(printed)
    stream.write("gradio.exceptions.Error: 'Value: 1981")
    stream.write("1218-9876 is not'\nnext line\n")
    stream.write("tail 19811218-9876")
    stream.flush()
    assert "9876" not in printed.getvalue() and printed.getvalue().count(REDACTED) == 2
