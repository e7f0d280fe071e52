"""The OpenAI-compatible endpoint (`/v1/models`, `/v1/chat/completions`) as `create_server` wires
it, in process through FastAPI's TestClient over the two-document corpus of the API tests (hashing
embedder, in-memory store): the reply's shape, streaming, follow-ups, refusals, errors and login.
The same endpoint is driven through the official `openai` client against a real server on
loopback in tests/test_served_interfaces.py."""

from __future__ import annotations

import base64
import itertools
import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

import bcrypt
import pytest
from fastapi.testclient import TestClient
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from test_web_api import AGREEMENT, KBT, KBT_2015, STATISTICS, stores_over

from assistant.assistant import Assistant
from assistant.llm import LangChainChat
from assistant.models import Answer, Citation
from assistant.settings import Settings
from assistant.web.app import create_server
from assistant.web.openai_api import MODEL_ID, reply_text, without_sources
from assistant.web.users import User, UserDirectory, _key_digest
from ingest.embedders import HashingEmbedder
from ingest.pipeline import Ingestor

pytestmark = pytest.mark.unit
KEY = "rg-" + "k" * 43
UNANSWERED = "Vad kostar en levertransplantation på Sahlgrenska?"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The API tests' two documents, hashing embedder, in-memory store."""
    corpus = tmp_path_factory.mktemp("two-documents") / "corpus"
    corpus.mkdir()
    (corpus / "avtal-2015.txt").write_text(AGREEMENT, "utf-8")
    (corpus / "statistik-2012.txt").write_text(STATISTICS, "utf-8")
    settings = Settings(data_dir=corpus.parent / "data", corpus_dir=corpus, embedding_backend="hashing")
    embedder = HashingEmbedder()
    factory = stores_over(embedder)
    assert Ingestor(settings, embedder, factory).run([corpus]).ok
    return Assistant(settings, embedder, factory)


@pytest.fixture(scope="module")
def offline_gradio() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GRADIO_ANALYTICS_ENABLED", "False")
        yield


@pytest.fixture(scope="module")
def client(assistant: Assistant, offline_gradio: None) -> TestClient:
    return TestClient(create_server(assistant, assistant.settings), base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def auth_client(assistant: Assistant, offline_gradio: None) -> TestClient:
    hashed = bcrypt.hashpw(b"anna-password", bcrypt.gensalt(rounds=4)).decode()
    users = UserDirectory({"anna": User("anna", hashed, "staff", _key_digest(KEY))})
    return TestClient(create_server(assistant, assistant.settings, users=users, host="0.0.0.0"), base_url="http://127.0.0.1")


def chat(client: TestClient, messages: list[dict[str, Any]], **extra: Any) -> Any:
    return client.post("/v1/chat/completions", json={"model": MODEL_ID, "messages": messages, **extra})


def user(text: str) -> dict[str, str]:
    return {"role": "user", "content": text}


def events(response: Any) -> list[Any]:
    """The server-sent events of a streamed reply, `[DONE]` as the string."""
    assert response.headers["content-type"].startswith("text/event-stream")
    out = []
    for block in response.text.split("\n\n"):
        if block.strip():
            assert block.startswith("data: "), block
            data = block.removeprefix("data: ")
            out.append(data if data == "[DONE]" else json.loads(data))
    return out


def assert_openai_error(response: Any, status: int, kind: str = "invalid_request_error") -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}
    assert body["error"]["type"] == kind and body["error"]["message"]
    assert "Traceback" not in response.text
    return dict(body["error"])


# --- the reply ------------------------------------------------------------------------------

def test_models_lists_the_assistant(client: TestClient) -> None:
    data = client.get("/v1/models").json()
    assert data["object"] == "list" and [m["id"] for m in data["data"]] == [MODEL_ID]


def test_a_completion_carries_the_answer_its_sources_and_the_citations(client: TestClient,
                                                                       assistant: Assistant) -> None:
    response = chat(client, [{"role": "system", "content": "Svara kort."}, user(KBT)])
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["object"] == "chat.completion" and data["model"] == MODEL_ID and data["id"].startswith("chatcmpl-")
    (choice,) = data["choices"]
    assert choice["finish_reason"] == "stop" and choice["message"]["role"] == "assistant"
    expected = assistant.ask(KBT)
    text = choice["message"]["content"]
    assert text.startswith(expected.answer) and "12 000" in text and "[1]" in text
    title = assistant.index.documents()["avtal-2015"].meta.title
    assert f"**Källor**\n- [1] {title}" in text
    assert data["answerable"] is True and data["nearest"] == []
    assert data["citations"] == json.loads(json.dumps([asdict(c) for c in expected.citations]))
    document = assistant.index.documents()["avtal-2015"].text
    for c in data["citations"]:
        assert c["quote"] == document[c["start"]:c["end"]] and c["quote"] in text


def test_the_stream_adds_up_to_the_same_reply(client: TestClient) -> None:
    whole = chat(client, [user(KBT)]).json()
    streamed = events(chat(client, [user(KBT)], stream=True))
    assert streamed[-1] == "[DONE]"
    chunks = streamed[:-1]
    assert all(c["object"] == "chat.completion.chunk" and c["model"] == MODEL_ID for c in chunks)
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    pieces = [c["choices"][0]["delta"].get("content", "") for c in chunks]
    assert sum(1 for p in pieces if p) > 3  # word by word, then the sources
    assert "".join(pieces) == whole["choices"][0]["message"]["content"]
    assert [c["choices"][0]["finish_reason"] for c in chunks] == [None] * (len(chunks) - 1) + ["stop"]
    assert chunks[-1]["citations"] == whole["citations"] and chunks[-1]["answerable"] is True


def test_a_follow_up_uses_the_conversation_with_the_earlier_reply_as_sent(client: TestClient,
                                                                          assistant: Assistant) -> None:
    first = chat(client, [user(KBT_2015)]).json()["choices"][0]["message"]
    follow = chat(client, [user(KBT_2015), first, user("Och MMR 2?")]).json()
    expected = assistant.ask("Och MMR 2?", [{"role": "user", "content": KBT_2015},
                                           {"role": "assistant", "content": without_sources(first["content"])}])
    assert follow["choices"][0]["message"]["content"] == reply_text(expected)
    assert "2015" in expected.resolved_question and "MMR" in expected.resolved_question
    # without the conversation the question is read alone (the reply may still be the same unit)
    assert "2015" not in assistant.ask("Och MMR 2?").resolved_question


def test_content_given_as_parts_is_read(client: TestClient) -> None:
    parts = {"role": "user", "content": [{"type": "text", "text": KBT}, {"type": "image_url", "image_url": {}}]}
    assert chat(client, [parts]).json()["choices"][0]["message"]["content"] == \
        chat(client, [user(KBT)]).json()["choices"][0]["message"]["content"]


def test_a_refusal_stays_a_refusal(client: TestClient, assistant: Assistant) -> None:
    expected = assistant.ask(UNANSWERED)
    assert not expected.answerable and expected.nearest
    whole = chat(client, [user(UNANSWERED)]).json()
    streamed = events(chat(client, [user(UNANSWERED)], stream=True))[:-1]
    streamed_text = "".join(c["choices"][0]["delta"].get("content", "") for c in streamed)
    for text, data in ((whole["choices"][0]["message"]["content"], whole), (streamed_text, streamed[-1])):
        assert data["answerable"] is False and data["citations"] == [] and len(data["nearest"]) == len(expected.nearest)
        assert text.startswith(expected.answer) and "**Närmaste källor (de besvarar inte frågan)**" in text
        assert "**Källor**" not in text


def test_a_question_the_assistant_cannot_take_is_answered_as_api_ask_answers_it(client: TestClient) -> None:
    data = chat(client, [user(KBT + " " + "x" * 2000)]).json()
    assert data["answerable"] is False and "2000" in data["choices"][0]["message"]["content"]


def test_reply_text_and_without_sources() -> None:
    cite = Citation(1, "d", "Avtal", "SKL", "2015", "avtal.txt", "Ett citat  med\nradbrytning.", 0, 10)
    answer = Answer("Svar. [1]", True, "sv", [cite])
    text = reply_text(answer)
    assert text == "Svar. [1]\n\n**Källor**\n- [1] Avtal (SKL, 2015): ”Ett citat med radbrytning.”"
    assert without_sources(text) == "Svar. [1]" and without_sources("Svar utan källor.") == "Svar utan källor."
    english = Answer("Answer. [1]", True, "en", [cite])
    assert reply_text(english).endswith("**Sources**\n- [1] Avtal (SKL, 2015): “Ett citat med radbrytning.”")
    assert reply_text(Answer("Skriv en fråga.", False, "sv")) == "Skriv en fråga."
    long = Citation(1, "d", "", "", "", "", "ord " * 200, 0, 800)
    line = reply_text(Answer("Svar. [1]", True, "sv", [long])).splitlines()[-1]
    assert line.startswith("- [1] d: ”ord ") and line.endswith(" …”") and len(line) < 330


def test_an_llm_answer_is_not_streamed_before_the_guard_has_judged_it(assistant: Assistant,
                                                                      offline_gradio: None) -> None:
    """The model writes a figure no passage holds; the guard falls back to the extractive answer.
    The stream must carry only that answer, never the model's text."""
    model = GenericFakeChatModel(messages=itertools.cycle(["Landstingen får 99 999 kronor per KBT. [1]"]))
    with_llm = Assistant(assistant.settings, assistant.embedder, assistant.index.store_factory,
                         chat=LangChainChat(lambda: model))
    llm_client = TestClient(create_server(with_llm, with_llm.settings), base_url="http://127.0.0.1")
    streamed = events(chat(llm_client, [user(KBT)], stream=True))[:-1]
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in streamed)
    assert "99 999" not in text and "12 000" in text
    assert text == chat(llm_client, [user(KBT)]).json()["choices"][0]["message"]["content"]


# --- errors ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "status", "param"), [
    (b"{inte json", 400, None),
    (b"[]", 400, None),
    (json.dumps({"messages": [user(KBT)]}).encode(), 400, "model"),
    (json.dumps({"model": "gpt-4o", "messages": [user(KBT)]}).encode(), 404, "model"),
    (json.dumps({"model": MODEL_ID, "messages": []}).encode(), 400, "messages"),
    (json.dumps({"model": MODEL_ID, "messages": [user(KBT), {"role": "assistant", "content": "x"}]}).encode(),
     400, "messages"),
    (json.dumps({"model": MODEL_ID, "messages": [{"role": "system", "content": "x"}]}).encode(), 400, "messages"),
    (json.dumps({"model": MODEL_ID, "messages": [user("x"), {"role": "assistant", "content": "y"}] * 26
                 + [user(KBT)]}).encode(), 400, "messages"),
    (json.dumps({"model": MODEL_ID, "messages": [{"role": "user", "content": 5}]}).encode(), 400, "messages"),
    (json.dumps({"model": MODEL_ID, "messages": [user(KBT)], "n": 2}).encode(), 400, "n"),
])
def test_bad_requests_get_openai_errors_in_swedish(client: TestClient, body: bytes, status: int,
                                                   param: str | None) -> None:
    response = client.post("/v1/chat/completions", content=body, headers={"content-type": "application/json"})
    error = assert_openai_error(response, status)
    assert error["param"] == param
    if status == 404:
        assert error["code"] == "model_not_found" and MODEL_ID in error["message"]


def test_an_unexpected_error_says_nothing_of_its_details(client: TestClient, assistant: Assistant,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret detail /srv/data")

    monkeypatch.setattr(assistant, "ask", broken)
    monkeypatch.setattr(assistant, "stream", broken)
    error = assert_openai_error(chat(client, [user(KBT)]), 500, "server_error")
    assert "referens" in error["message"] and "secret" not in error["message"]
    streamed = events(chat(client, [user(KBT)], stream=True))
    assert streamed[-1]["error"]["type"] == "server_error" and "secret" not in json.dumps(streamed)


# --- login ----------------------------------------------------------------------------------

@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer rg-fel"}, {"Authorization": "Bearer"},
                                     {"Authorization": "Basic " + base64.b64encode(b"anna:fel").decode()}])
def test_without_a_valid_key_or_password_nothing_is_answered(auth_client: TestClient, headers: dict[str, str]) -> None:
    for response in (auth_client.get("/v1/models", headers=headers),
                     auth_client.post("/v1/chat/completions", headers=headers,
                                      json={"model": MODEL_ID, "messages": [user(KBT)]})):
        error = assert_openai_error(response, 401, "authentication_error")
        assert error["code"] == "invalid_api_key" and "Inloggning krävs" in error["message"]
        assert response.headers["www-authenticate"].startswith("Bearer")


def test_a_key_or_basic_credentials_let_in(auth_client: TestClient) -> None:
    for headers in ({"Authorization": f"Bearer {KEY}"},
                    {"Authorization": "Basic " + base64.b64encode(b"anna:anna-password").decode()}):
        response = auth_client.post("/v1/chat/completions", headers=headers,
                                    json={"model": MODEL_ID, "messages": [user(KBT)]})
        assert response.status_code == 200 and "12 000" in response.json()["choices"][0]["message"]["content"]
    assert auth_client.post("/api/ask", json={"question": KBT},
                            headers={"Authorization": f"Bearer {KEY}"}).status_code == 200
