"""The assistant as an OpenAI-compatible "model", beside the page: `GET /v1/models` and
`POST /v1/chat/completions` (streamed as server-sent events with `"stream": true`).

Shared chat front ends (Open WebUI, LibreChat) and any OpenAI client reach the same answers as
`/api/ask`: `messages` is the conversation, so follow-ups work; the reply's text is the answer
with its [n] markers and, after it, the sources (title, publisher, date, quote). Extra fields
carry the same as data for clients that read them: `citations` (the answer object's citations),
`answerable` and `nearest`. A refusal stays a refusal: its text says the documents do not answer,
`answerable` is false, `citations` is empty and the nearest passages are listed as such.

Login, limits and redaction are those of `/api`: the users file's API keys (Bearer) or Basic
credentials; the question and history go through `AskRequest` (its history limit) and
`Assistant.ask` (its question limit); nothing a user typed is logged. Errors have OpenAI's shape,
`{"error": {"message", "type", "param", "code"}}`, with Swedish messages.

System messages are not instructions to the assistant (it has none to follow) and are dropped;
so are tool messages. With the LLM backend on, a stream does not forward the model's tokens: the
numeric guard judges the whole reply and may replace it, and a client cannot take streamed text
back, so the checked answer is sent when it is ready."""

from __future__ import annotations

import json
import logging
import re
import secrets
import time
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from assistant.models import Answer, Citation
from assistant.web.api import AskRequest
from assistant.web.auth import LOGIN_REQUIRED, authenticate, challenge
from assistant.web.handlers import Handlers

log = logging.getLogger(__name__)

MODEL_ID = "rehabiliteringsgarantin"
QUOTE_CHARS = 300  # of each quote in the text; `citations` carries the whole quote
MAX_MESSAGES = 200  # before system and tool messages are dropped; the history limit is AskRequest's
HEADINGS = {"sv": ("Källor", "Närmaste källor (de besvarar inte frågan)"),
            "en": ("Sources", "Nearest sources (they do not answer the question)")}
QUOTES = {"sv": ("”", "”"), "en": ("“", "”")}
_SOURCES_RE = re.compile("\n\n\\*\\*(?:" + "|".join(re.escape(h) for pair in HEADINGS.values() for h in pair)
                         + ")\\*\\*\n")


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: str
    content: str | list[ContentPart] | None = None


class ChatRequest(BaseModel):
    """What is read of a chat completion request; sampling options (temperature, max_tokens, …)
    are accepted and ignored: the answer is extracted from the documents, not sampled."""

    model_config = ConfigDict(extra="ignore")
    model: str
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES)
    stream: bool = False
    n: int = Field(1, ge=1, le=1)


class OpenAIError(Exception):
    def __init__(self, status: int, message: str, kind: str = "invalid_request_error", code: str | None = None,
                 param: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.code, self.param = status, message, kind, code, param
        self.headers = headers

    def response(self) -> JSONResponse:
        body = {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}
        return JSONResponse(body, status_code=self.status, headers=self.headers)


# --- the reply ---------------------------------------------------------------------------------

def reply_text(answer: Answer) -> str:
    """The answer and, after it, its sources; a refusal lists the nearest passages as such."""
    lang = answer.language if answer.language in HEADINGS else "sv"
    cited, nearest = HEADINGS[lang]
    sources, heading = (answer.citations, cited) if answer.citations else (answer.nearest, nearest)
    if not sources:
        return answer.answer
    lines = [f"- [{c.n}] {_source_line(c, lang)}" for c in sources]
    return f"{answer.answer}\n\n**{heading}**\n" + "\n".join(lines)


def _source_line(c: Citation, lang: str) -> str:
    where = ", ".join(x for x in (c.organisation, c.date) if x)
    title = f"{c.title or c.doc_id} ({where})" if where else (c.title or c.doc_id)
    quote = " ".join(c.quote.split())
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    left, right = QUOTES[lang]
    return f"{title}: {left}{quote}{right}"


def without_sources(text: str) -> str:
    """An earlier reply as history: the answer without the sources block this module added."""
    starts = [m.start() for m in _SOURCES_RE.finditer(text)]
    return text[:starts[-1]] if starts else text


def data_fields(answer: Answer) -> dict[str, Any]:
    return {"answerable": answer.answerable, "citations": [asdict(c) for c in answer.citations],
            "nearest": [asdict(c) for c in answer.nearest]}


# --- the request -------------------------------------------------------------------------------

def _text(content: str | list[ContentPart] | None) -> str:
    if isinstance(content, list):
        return "\n".join(part.text for part in content if part.type == "text" and part.text)
    return content or ""


def parse_request(raw: bytes) -> tuple[ChatRequest, AskRequest]:
    """The request and the question with its history, checked as `/api/ask` checks them."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise OpenAIError(400, "Begäran är inte giltig JSON.", code="invalid_json") from None
    try:
        request = ChatRequest.model_validate(data)
    except ValidationError as exc:
        raise OpenAIError(400, f"Ogiltig begäran: {_problems(exc)}", param=_first_field(exc)) from None
    if request.model != MODEL_ID:
        raise OpenAIError(404, f"Modellen '{request.model[:100]}' finns inte; använd '{MODEL_ID}'.",
                          code="model_not_found", param="model")
    turns = [(m.role, _text(m.content)) for m in request.messages if m.role in ("user", "assistant")]
    if not turns or turns[-1][0] != "user":
        raise OpenAIError(400, "Det sista meddelandet måste vara användarens fråga (role \"user\").", param="messages")
    history = [{"role": role, "content": without_sources(text) if role == "assistant" else text}
               for role, text in turns[:-1]]
    try:
        ask = AskRequest.model_validate({"question": turns[-1][1], "history": history})
    except ValidationError as exc:
        raise OpenAIError(400, f"Ogiltig konversation: {_problems(exc)}", param="messages") from None
    return request, ask


def _problems(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors()[:5])


def _first_field(exc: ValidationError) -> str | None:
    errors = exc.errors()
    return str(errors[0]["loc"][0]) if errors and errors[0]["loc"] else None


# --- the endpoints -----------------------------------------------------------------------------

def build_openai_api(handlers: Handlers) -> APIRouter:
    router = APIRouter(prefix="/v1", tags=["OpenAI-compatible"])

    async def login(request: Request) -> None:
        users = handlers.users
        if users is None:
            return
        # a Basic check costs a bcrypt round: off the event loop
        if await run_in_threadpool(authenticate, request.headers.get("Authorization", ""), users) is None:
            raise OpenAIError(401, LOGIN_REQUIRED, "authentication_error", "invalid_api_key", headers=challenge())

    @router.get("/models")
    async def models(request: Request) -> Response:
        try:
            await login(request)
        except OpenAIError as exc:
            return exc.response()
        return JSONResponse({"object": "list", "data": [
            {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "rehab-assistant"}]})

    @router.post("/chat/completions")
    async def chat_completions(request: Request) -> Response:
        try:
            await login(request)
            chat, ask = parse_request(await request.body())
        except OpenAIError as exc:
            return exc.response()
        completion_id, created = f"chatcmpl-{secrets.token_hex(12)}", int(time.time())
        history = [m.model_dump() for m in ask.history]
        if chat.stream:
            events = _stream(handlers, ask.question, history, completion_id, created)
            return StreamingResponse(events, media_type="text/event-stream",
                                     headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        try:
            answer = await run_in_threadpool(handlers.assistant.ask, ask.question, history)
        except Exception as exc:
            return _internal_error(exc).response()
        return JSONResponse({
            "id": completion_id, "object": "chat.completion", "created": created, "model": MODEL_ID,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply_text(answer)},
                         "finish_reason": "stop", "logprobs": None}],
            **data_fields(answer),
        })

    return router


def _internal_error(exc: Exception) -> OpenAIError:
    ref = secrets.token_hex(4)
    log.error("chat completion failed %s: %s", ref, type(exc).__name__, exc_info=exc)
    return OpenAIError(500, f"Internt fel (referens {ref}); se serverns logg.", "server_error")


def _stream(handlers: Handlers, question: str, history: list[dict[str, Any]], completion_id: str,
            created: int) -> Iterator[str]:
    """Server-sent events in OpenAI's chunk format; the text adds up to the non-streamed reply.
    A sync generator: Starlette runs it in its thread pool, one step at a time."""

    def chunk(delta: dict[str, Any], finish: Literal["stop"] | None = None, **extra: Any) -> str:
        data = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **extra}
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    live = handlers.assistant.llm is None  # extractive pieces add up to the final answer exactly
    sent = ""
    answer: Answer | None = None
    try:
        for event in handlers.assistant.stream(question, history):
            if event.kind == "delta" and live:
                sent += event.text
                yield chunk({"content": event.text})
            elif event.kind == "done":
                answer = event.answer
    except Exception as exc:
        error = _internal_error(exc)
        yield f"data: {json.dumps({'error': {'message': error.message, 'type': error.kind}}, ensure_ascii=False)}\n\n"
        return
    assert answer is not None, "the answer events end with 'done'"
    text = reply_text(answer)
    yield chunk({"content": text[len(sent):] if text.startswith(sent) else "\n\n" + text})
    yield chunk({}, "stop", **data_fields(answer))
    yield "data: [DONE]\n\n"
