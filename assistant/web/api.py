"""The HTTP JSON API beside the page: POST /api/ask, POST /api/eligibility, GET /api/health.

`/api/ask` returns the same answer object as `python -m assistant ask --json`; `/api/eligibility`
the same verdict object as `python -m assistant eligibility --json`. When login is configured,
both need HTTP Basic credentials of a user in the users file, and health shows its details (index,
LLM backend, memory) only to them; without credentials it says just whether the service is up.
An API key (`Authorization: Bearer …`, see assistant/web/auth.py) works wherever Basic does."""

from __future__ import annotations

import logging
import secrets
from typing import Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel, Field, field_validator

from assistant.eligibility import InputError
from assistant.index import IndexUnavailable
from assistant.web.auth import authenticate, basic_credentials
from assistant.web.handlers import Handlers
from ingest.store import StoreError

log = logging.getLogger(__name__)


class Message(BaseModel):
    role: str = "user"
    content: str


class AskRequest(BaseModel):
    question: str = Field(..., description="The question, at most ASSISTANT_MAX_QUESTION_CHARS characters.")
    history: list[Message] = Field(default_factory=list, max_length=50)
    explain: bool = Field(False, description="Include the decision: the top units' features and scores.")


class EligibilityRequest(BaseModel):
    age: int | str | None = None
    conditions: list[str] = Field(default_factory=list, max_length=10)
    months: float | str | None = None
    severity: str | None = None
    assessed: str | None = "unknown"
    lang: Literal["sv", "en"] = "sv"

    @field_validator("age", "months", mode="before")
    @classmethod
    def _not_a_boolean(cls, value: Any) -> Any:  # pydantic would read true as 1
        if isinstance(value, bool):
            raise ValueError("give a number, not true or false")
        return value


class Utf8Basic(HTTPBasic):
    """HTTP Basic credentials decoded as UTF-8 (RFC 7617). FastAPI's own decodes ASCII only, so a
    password with å, ä or ö could never log in; a malformed header counts as no credentials."""

    async def __call__(self, request: Request) -> HTTPBasicCredentials | None:  # type: ignore[override]
        credentials = basic_credentials(request.headers.get("Authorization", ""))
        return HTTPBasicCredentials(username=credentials[0], password=credentials[1]) if credentials else None


def build_api(handlers: Handlers) -> APIRouter:
    router = APIRouter(prefix="/api")
    basic = Utf8Basic(auto_error=False)

    def user(request: Request, _basic: HTTPBasicCredentials | None = Depends(basic)) -> str | None:  # noqa: B008
        users = handlers.users
        if users is None:
            return None
        name = authenticate(request.headers.get("Authorization", ""), users)
        if name is None:
            raise HTTPException(401, "login required: HTTP Basic credentials or API key of a user in the users file",
                                headers={"WWW-Authenticate": 'Basic realm="rehab-assistant"'})
        return name

    @router.post("/ask")
    def ask(body: AskRequest, _user: str | None = Depends(user)) -> dict[str, Any]:  # noqa: B008
        answer = handlers.assistant.ask(body.question, [m.model_dump() for m in body.history], explain=body.explain)
        return answer.to_dict()

    @router.post("/eligibility")
    def eligibility(body: EligibilityRequest, _user: str | None = Depends(user)) -> dict[str, Any]:  # noqa: B008
        conditions = body.conditions
        try:
            return handlers.eligibility_payload(body.age, conditions, body.months, body.severity, body.assessed,
                                                body.lang)
        except InputError as exc:
            raise HTTPException(400, str(exc)) from None
        except (IndexUnavailable, StoreError) as exc:
            raise HTTPException(503, f"the search index is not available: {exc}") from None

    @router.get("/health")
    def health(request: Request, _basic: HTTPBasicCredentials | None = Depends(basic)) -> JSONResponse:  # noqa: B008
        data = handlers.health()
        users = handlers.users
        if users is not None and authenticate(request.headers.get("Authorization", ""), users) is None:
            data = {"status": data["status"]}  # without login: up or not, no paths, hosts or counts
        return JSONResponse(data, status_code=200 if data["status"] == "ok" else 503)

    return router


def install_error_handlers(app: FastAPI) -> None:
    """Readable JSON errors instead of stack traces."""

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'body'}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"error": f"bad request: {problems}"}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        ref = secrets.token_hex(4)
        log.error("unhandled error %s: %s", ref, type(exc).__name__, exc_info=exc)
        return JSONResponse({"error": f"internal error (reference {ref}); see the server log"}, status_code=500)
