"""The assistant as a Model Context Protocol server, with the official `mcp` SDK.

Tools: `ask` (a question, optionally the conversation so far → the answer object: answer with
[n] markers, answerable, citations), `search` (a query → passages with their document,
organisation and date), `check_eligibility` (one patient → verdict, treatments, reasons with
their quotes). Resources: each document of the library as text, `rehab://dokument/{doc_id}`.

Two transports:
- streamable HTTP at `/mcp` inside the web server (`mount_mcp`), stateless (each request stands
  alone: nothing of one user's session is kept for another), with the login of `/api` (API key
  or Basic) and its limits; without login the server only listens on loopback and `/mcp` also
  refuses requests whose Host or Origin is not loopback (a web page cannot reach it through DNS
  rebinding);
- stdio, `python -m assistant mcp` (`run_stdio`): a local process started by the client of
  whoever runs it, so no login.

A bad argument is a tool error (`isError`, a message saying what is wrong), never a crash."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import FastAPI
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ToolError
from mcp.server.transport_security import TransportSecuritySettings
from mcp_types import Resource as MCPResource
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.assistant import Assistant
from assistant.eligibility import InputError, assess, build_input, payload
from assistant.eligibility.parse import accepted_conditions
from assistant.index import IndexUnavailable
from assistant.privacy import redact
from assistant.query import resolve
from assistant.retrieval import HybridRetriever
from assistant.settings import Settings
from assistant.web.api import AskRequest
from assistant.web.auth import LOGIN_REQUIRED, authenticate, challenge
from assistant.web.users import UserDirectory
from ingest.store import StoreError

log = logging.getLogger(__name__)

NAME = "rehabiliteringsgarantin"
DOC_URI = "rehab://dokument/{doc_id}"
MAX_BODY_BYTES = 1_000_000  # one MCP request; a question and 50 turns of history fit many times over
INSTRUCTIONS = (
    "Svarar på frågor om rehabiliteringsgarantin och överenskommelserna mellan staten och SKL/SKR om "
    "sjukskrivning och rehabilitering (KBT/IPT, multimodal rehabilitering), och om regionernas beslut. "
    "Svaren bygger bara på dokumenten i biblioteket och bär [n]-hänvisningar till citat ur dem; "
    "answerable=false betyder att dokumenten inte besvarar frågan. Återge siffror och år exakt som i svaret."
)
_UNAVAILABLE = "Sökindexet är inte tillgängligt: {error}"


class Source(BaseModel):
    """A cited passage: `quote` is verbatim from the document, `start`/`end` its place in the text."""

    n: int
    doc_id: str
    title: str
    organisation: str = Field(description="who published the document")
    date: str
    source: str
    quote: str
    start: int
    end: int


class AskResult(BaseModel):
    answer: str = Field(description="the answer, with [n] markers naming its citations")
    answerable: bool = Field(description="false: the documents do not answer the question (a refusal)")
    language: str
    citations: list[Source]
    nearest: list[Source] = Field(description="when not answerable: the closest passages, for a person to read")
    resolved_question: str = Field(description="the question as understood, a follow-up filled in from the history")
    notes: list[str]
    backend: str


class Passage(BaseModel):
    rank: int
    doc_id: str
    title: str
    organisation: str = Field(description="who published the document")
    date: str
    section: str
    text: str
    start: int
    end: int
    uri: str = Field(description="the whole document as an MCP resource")


class SearchResult(BaseModel):
    query: str
    passages: list[Passage]


class HistoryTurn(BaseModel):
    role: Literal["user", "assistant"]
    content: str


def _sources(citations: list[Any]) -> list[Source]:
    return [Source(**{k: v for k, v in asdict(c).items() if k in Source.model_fields}) for c in citations]


class _LibraryServer(MCPServer[Any]):
    """Lists every document of the library as a resource (the set changes with uploads)."""

    def __init__(self, documents: Callable[[], list[MCPResource]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._documents = documents

    async def list_resources(self) -> list[MCPResource]:
        return [*await super().list_resources(), *await anyio.to_thread.run_sync(self._documents)]


def build_mcp(assistant: Assistant) -> MCPServer[Any]:
    def documents() -> list[MCPResource]:
        try:
            docs = assistant.index.documents()
        except (IndexUnavailable, StoreError):
            return []
        return [MCPResource(uri=DOC_URI.format(doc_id=doc_id), name=doc_id, title=r.meta.title or doc_id,
                            description=", ".join(x for x in (r.meta.organisation, r.meta.date) if x) or None,
                            mime_type="text/plain")
                for doc_id, r in sorted(docs.items())]

    level = assistant.settings.log_level.upper()
    server = _LibraryServer(documents, name=NAME, title="Rehabiliteringsgarantin – assistent",
                            instructions=INSTRUCTIONS,
                            log_level=level if level in ("DEBUG", "INFO", "ERROR", "CRITICAL") else "WARNING")
    tools = _Tools(assistant)
    server.add_tool(tools.ask, title="Fråga dokumenten", description=(
        "Svarar på en fråga (svenska eller engelska) ur dokumenten, med [n]-hänvisningar och citat. "
        "Skicka med tidigare frågor och svar i history för följdfrågor ('Och MMR2?')."))
    server.add_tool(tools.search, title="Sök i dokumenten", description=(
        "Söker fram de avsnitt ur dokumenten som bäst svarar mot en sökfråga (hybrid: betydelse och ord), "
        "med dokument, organisation och datum. Ger avsnitten, inget svar."))
    server.add_tool(tools.check_eligibility, title="Bedöm behörighet", description=(
        "Bedömer om en patient omfattas av rehabiliteringsgarantin: verdict (eligible, not_eligible, "
        "needs_assessment, insufficient_information), behandlingar som passar med ersättning, och varje skäl "
        "med sitt citat. " + accepted_conditions()))
    server.resource(DOC_URI, name="dokument", title="Ett dokument i biblioteket", mime_type="text/plain",
                    description="Dokumentets text (normaliserad; citatens start/end pekar in i den).")(tools.document)
    return server


class _Tools:
    """What the tools do; the SDK reads their arguments' schema from the signatures."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    def ask(self, question: Annotated[str, Field(description="frågan")],
            history: Annotated[list[HistoryTurn] | None, Field(
                description="samtalet hittills, äldst först", max_length=50)] = None) -> AskResult:
        try:
            request = AskRequest.model_validate(
                {"question": question, "history": [t.model_dump() for t in history or []]})
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
            raise ToolError(f"Ogiltiga argument: {problems}") from None
        answer = self.assistant.ask(request.question, [m.model_dump() for m in request.history])
        if "empty_question" in answer.notes or "question_too_long" in answer.notes:
            raise ToolError(answer.answer)  # the assistant's own message says what to change
        return AskResult(answer=answer.answer, answerable=answer.answerable, language=answer.language,
                         citations=_sources(answer.citations), nearest=_sources(answer.nearest),
                         resolved_question=answer.resolved_question, notes=answer.notes, backend=answer.backend)

    def search(self, query: Annotated[str, Field(description="sökfrågan", min_length=1)],
               limit: Annotated[int, Field(description="hur många avsnitt", ge=1, le=20)] = 5) -> SearchResult:
        text, most = " ".join(query.split()), self.assistant.settings.max_question_chars
        if not text:
            raise ToolError("Sökfrågan är tom.")
        if len(query) > most:
            raise ToolError(f"Sökfrågan är för lång ({len(query)} tecken); högst {most}.")
        index = self.assistant.index
        try:
            snap = index.snapshot()
            retriever = HybridRetriever(index, self.assistant.embedder, self.assistant.retrieval_config)
            hits = retriever.search(resolve(text, []), limit, snap=snap)
        except (IndexUnavailable, StoreError) as exc:
            raise ToolError(_UNAVAILABLE.format(error=exc)) from None
        passages = []
        for n, h in enumerate(hits, 1):
            meta = snap.catalog.documents[h.doc_id].meta
            passages.append(Passage(rank=n, doc_id=h.doc_id, title=meta.title, organisation=meta.organisation,
                                    date=meta.date, section=h.section, text=h.text, start=h.start, end=h.end,
                                    uri=DOC_URI.format(doc_id=h.doc_id)))
        return SearchResult(query=text, passages=passages)

    def check_eligibility(
        self,
        age: Annotated[int | None, Field(description="patientens ålder i hela år")] = None,
        conditions: Annotated[list[str] | None, Field(description="besvär, svenska eller engelska", max_length=10)]
        = None,
        months: Annotated[float | None, Field(description="hur många månader smärtan har funnits")] = None,
        severity: Annotated[str | None, Field(description="lindrig, medelsvår eller svår")] = None,
        assessed: Annotated[Literal["yes", "no", "unknown"], Field(
            description="har en medicinsk bedömning gjorts")] = "unknown",
        lang: Annotated[Literal["sv", "en"], Field(description="svarets språk")] = "sv",
    ) -> dict[str, Any]:
        try:
            patient = build_input(age, conditions or [], severity, months, assessed)
            return payload(assess(patient, self.assistant.eligibility_evidence()), lang)
        except InputError as exc:  # names what was typed: redacted, as the SDK logs it at INFO
            raise ToolError(redact(str(exc))) from None
        except (IndexUnavailable, StoreError) as exc:
            raise ToolError(_UNAVAILABLE.format(error=exc)) from None

    def document(self, doc_id: str) -> str:
        try:
            record = self.assistant.index.documents().get(doc_id)
        except (IndexUnavailable, StoreError) as exc:
            raise ResourceError(_UNAVAILABLE.format(error=exc)) from None
        if record is None:
            raise ResourceError(f"Dokumentet '{doc_id[:100]}' finns inte i biblioteket.")
        return record.text


# --- streamable HTTP inside the web server -----------------------------------------------------

class _LoginRequired:
    """The MCP endpoint behind the users file's login; a JSON-RPC error body when it fails."""

    def __init__(self, app: ASGIApp, users: UserDirectory | None) -> None:
        self.app, self.users = app, users

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.users is not None:
            header = Headers(scope=scope).get("authorization", "")
            if await run_in_threadpool(authenticate, header, self.users) is None:
                body = {"jsonrpc": "2.0", "id": None, "error": {"code": -32001, "message": LOGIN_REQUIRED}}
                await JSONResponse(body, status_code=401, headers=challenge())(scope, receive, send)
                return
        await self.app(scope, receive, send)


def mount_mcp(app: FastAPI, server: MCPServer[Any], users: UserDirectory | None) -> None:
    """Adds `/mcp` to the app (before anything mounted at `/`) and runs the SDK's session manager
    for the app's lifetime."""
    loopback = ["127.0.0.1", "localhost", "[::1]"]
    security = (TransportSecuritySettings(enable_dns_rebinding_protection=True,
                                          allowed_hosts=[*loopback, *(f"{h}:*" for h in loopback)],
                                          allowed_origins=[f"http://{h}:*" for h in loopback])
                if users is None else TransportSecuritySettings(enable_dns_rebinding_protection=False))
    endpoint = server.streamable_http_app(streamable_http_path="/mcp", stateless_http=True,
                                          transport_security=security, max_request_body_size=MAX_BODY_BYTES)
    app.router.routes.append(Route("/mcp", endpoint=_LoginRequired(endpoint, users), include_in_schema=False))
    outer = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app_: Any) -> AsyncIterator[Any]:
        async with outer(app_) as state, server.session_manager.run():
            yield state

    app.router.lifespan_context = lifespan


# --- stdio ---------------------------------------------------------------------------------------

def run_stdio(settings: Settings) -> int:
    """`python -m assistant mcp`: serves one client over standard input and output until it closes
    them. Logs go to standard error; the SDK keeps stray prints off the protocol stream."""
    server = build_mcp(Assistant(settings))
    server.run("stdio")
    return 0
