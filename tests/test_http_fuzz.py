"""The fuzz tier of the HTTP surface, against a real `python -m assistant serve` on loopback
(hashing embedder, no login, uploads allowed so the upload route is live too):

- schemathesis generates requests from the server's own OpenAPI spec (/api/openapi.json), every
  operation, valid and invalid bodies alike;
- hypothesis throws malformed payloads at Gradio's event routes (/gradio_api/call/<event>,
  /gradio_api/queue/join) and its upload route.

No response may be a 5xx or carry a Python traceback; error bodies of our own routes are
{"error": {"code", "message"}}. The example counts are bounded (seeded, derandomized) so the
tier runs in about a minute."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from serving import ingest, running_server, server_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]

TRACE_MARKERS = ("Traceback (most recent call last)", 'File "/', "site-packages")
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("fuzz")
    env = server_env(root, embedding_backend="hashing", allow_upload="true", max_file_mb="1")
    env["GRADIO_TEMP_DIR"] = str(root / "gradio-tmp")
    env["GRADIO_ANALYTICS_ENABLED"] = "False"
    ingest(root, env)
    with running_server(root, env, startup_s=120) as (url, _proc):
        yield url


@pytest.fixture(scope="module")
def api_schema(server: str) -> Any:
    return schemathesis.openapi.from_url(f"{server}/api/openapi.json")


def assert_sane(response: Any) -> None:
    text = response.text
    assert response.status_code < 500, f"{response.status_code}: {text[:500]}"
    assert not any(marker in text for marker in TRACE_MARKERS), text[:500]


OPERATIONS = ["POST /api/ask", "POST /api/eligibility", "GET /api/health", "GET /v1/models",
              "POST /v1/chat/completions"]
# operations whose spec has a body or parameters to break (the /v1 routes read their body themselves,
# as OpenAI's API is looser than a schema; they get malformed bodies from test_v1_survives_malformed_bodies)
SCHEMA_BOUND = ["POST /api/ask", "POST /api/eligibility", "GET /api/health"]


@pytest.mark.parametrize(("label", "mode"), [*((op, GenerationMode.POSITIVE) for op in OPERATIONS),
                                             *((op, GenerationMode.NEGATIVE) for op in SCHEMA_BOUND)])
def test_every_api_operation_survives_generated_requests(api_schema: Any, label: str, mode: GenerationMode) -> None:
    """Schemathesis' cases for one operation: valid bodies (positive) and bodies that break the
    schema (negative). (Its pytest plugin does not run under pytest 9, so the cases are drawn here.)"""
    operation = next(r.ok() for r in api_schema.get_all_operations() if r.ok().label == label)
    seen: list[int] = []

    @FUZZ
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: Any) -> None:
        response = case.call(timeout=60)
        seen.append(response.status_code)
        assert_sane(response)
        kind = response.headers.get("content-type", [""])  # schemathesis: each header a list of values
        kind = str(kind[0] if isinstance(kind, list) else kind)
        if response.status_code >= 400 and kind.startswith("application/json"):
            error = response.json()["error"]
            assert set(error) >= {"code", "message"} and error["message"]

    check()
    print(f"{label} ({mode.value}): {len(seen)} requests, statuses {sorted(set(seen))}")
    assert seen


def test_the_spec_covers_every_api_route(api_schema: Any) -> None:
    labels = {r.ok().label for r in api_schema.get_all_operations()}
    assert labels == set(OPERATIONS)


@FUZZ
@given(body=st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                         lambda c: st.lists(c, max_size=4) | st.dictionaries(
                             st.sampled_from(["model", "messages", "stream", "role", "content", "x"]), c, max_size=4),
                         max_leaves=15))
def test_v1_survives_malformed_bodies(server: str, body: Any) -> None:
    """The OpenAI-compatible route takes any JSON; whatever it is, the answer is an answer or an
    OpenAI-shaped 4xx error, never a 5xx or a traceback."""
    response = httpx.post(f"{server}/v1/chat/completions", json=body, timeout=60)
    assert_sane(response)
    if response.status_code >= 400:
        assert set(response.json()["error"]) >= {"message", "type"}


# --- Gradio's routes ----------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=20,
)
file_like = st.fixed_dictionaries({"path": st.text(max_size=80) | st.sampled_from(
    ["/etc/passwd", "../../etc/passwd", "http://127.0.0.1:9/x.md", "", "\x00", "data/index"])},
    optional={"meta": st.just({"_type": "gradio.FileData"}), "orig_name": st.text(max_size=20),
              "size": st.integers(), "url": st.text(max_size=20)})


@pytest.fixture(scope="module")
def events(server: str) -> list[str]:
    config = httpx.get(f"{server}/config", timeout=30).json()
    names = [d["api_name"] for d in config["dependencies"] if isinstance(d.get("api_name"), str)]
    assert "do_upload" in names and "ask" in names
    return names


def call(server: str, api_name: str, body: Any) -> None:
    with httpx.Client(base_url=server, timeout=60) as c:
        posted = c.post(f"/gradio_api/call/{api_name}", content=json.dumps(body),
                        headers={"content-type": "application/json"})
        assert_sane(posted)
        if posted.status_code == 200 and "event_id" in posted.text:
            assert_sane(c.get(f"/gradio_api/call/{api_name}/{posted.json()['event_id']}"))


@FUZZ
@given(data=st.data())
def test_gradio_events_survive_malformed_payloads(server: str, events: list[str], data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(events))
    body = data.draw(st.one_of(
        json_values,
        st.fixed_dictionaries({"data": st.lists(json_values | file_like, max_size=8)}),
        st.fixed_dictionaries({"data": st.lists(file_like, min_size=1, max_size=2)}),
    ))
    call(server, name, body)


@FUZZ
@given(body=json_values | st.fixed_dictionaries(
    {"data": st.lists(json_values | file_like, max_size=6), "fn_index": st.integers(-5, 60),
     "session_hash": st.text(max_size=20)}, optional={"event_data": json_values, "trigger_id": json_values}))
def test_the_queue_survives_malformed_payloads(server: str, body: Any) -> None:
    response = httpx.post(f"{server}/gradio_api/queue/join", content=json.dumps(body),
                          headers={"content-type": "application/json"}, timeout=60)
    assert_sane(response)


@FUZZ
@given(name=st.text(max_size=300), data=st.binary(max_size=2000),
       content_type=st.sampled_from(["text/plain", "application/octet-stream", "../../x", ""]))
def test_the_upload_route_survives_odd_files(server: str, name: str, data: bytes, content_type: str) -> None:
    try:
        response = httpx.post(f"{server}/gradio_api/upload", files={"files": (name, data, content_type)}, timeout=60)
    except (httpx.LocalProtocolError, UnicodeEncodeError):
        return  # a name the client itself cannot send
    assert_sane(response)


@pytest.mark.parametrize("body", [
    b"[" * 100_000 + b"]" * 100_000,  # nesting deep enough to exhaust a recursive parser
    b'{"question": "' + b"\\ud800" * 1000 + b'"}',  # lone surrogates
    b'{"question": 1e999999}',
    b'\xff\xfe{"question": "x"}',
    b'{"question": "x", "history": [' + b'{"role": "user", "content": "y"},' * 4000 + b'{"content": "z"}]}',
])
def test_hostile_json_bodies(server: str, body: bytes) -> None:
    for path in ("/api/ask", "/api/eligibility", "/gradio_api/queue/join", "/gradio_api/call/ask"):
        response = httpx.post(f"{server}{path}", content=body, headers={"content-type": "application/json"},
                              timeout=60)
        assert_sane(response)
