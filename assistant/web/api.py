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

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.eligibility import InputError
from assistant.index import IndexUnavailable
from assistant.web import errors
from assistant.web.auth import authenticate, basic_credentials
from assistant.web.errors import ApiError, error_response, validation_message
from assistant.web.handlers import Handlers
from ingest.store import StoreError

log = logging.getLogger(__name__)


MAX_HISTORY_TURNS = 50


class Message(BaseModel):
    role: Literal["user", "assistant"] = Field("user", description="Who wrote the turn: 'user' or 'assistant'.")
    content: str


class AskRequest(BaseModel):
    question: str = Field(..., description="The question, at most ASSISTANT_MAX_QUESTION_CHARS characters.")
    history: list[Message] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS,
                                   description=f"Earlier turns, oldest first; at most {MAX_HISTORY_TURNS}.")
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
            raise ValueError("ska vara ett tal, inte true eller false")
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
            raise ApiError(401, errors.LOGIN_REQUIRED,
                           "Inloggning krävs: skicka användarnamn och lösenord (HTTP Basic) eller en API-nyckel "
                           "(Bearer) för en användare i användarfilen.",
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
            raise ApiError(400, errors.INVALID_INPUT, exc.message(body.lang)) from None
        except (IndexUnavailable, StoreError) as exc:
            raise ApiError(503, errors.INDEX_UNAVAILABLE, f"Sökindexet är inte tillgängligt: {exc}") from None

    @router.get("/health")
    def health(request: Request, _basic: HTTPBasicCredentials | None = Depends(basic)) -> JSONResponse:  # noqa: B008
        data = handlers.health()
        users = handlers.users
        if users is not None and authenticate(request.headers.get("Authorization", ""), users) is None:
            data = {"status": data["status"]}  # without login: up or not, no paths, hosts or counts
        return JSONResponse(data, status_code=200 if data["status"] == "ok" else 503)

    known = {"/api/ask": "POST", "/api/eligibility": "POST", "/api/health": "GET"}

    @router.api_route("/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"],
                      include_in_schema=False)
    def elsewhere(rest: str) -> None:
        """Everything else under /api/ in the API's own words (the page, mounted at /, would answer
        in Gradio's)."""
        method = known.get(f"/api/{rest}".rstrip("/"))
        if method is not None:
            raise ApiError(405, errors.METHOD_NOT_ALLOWED, f"Metoden stöds inte här; använd {method}.",
                           headers={"Allow": method})
        raise ApiError(404, errors.NOT_FOUND, "Adressen finns inte i API:et (se /api/docs).")

    return router


def install_error_handlers(app: FastAPI) -> None:
    """Every error as {"error": {"code", "message"}} with a Swedish message; never a stack trace."""

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        code = errors.INVALID_JSON if any(e.get("type") == "json_invalid" for e in exc.errors()) else errors.BAD_REQUEST
        return error_response(422, code, validation_message(exc.errors()))

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _HTTP_ERRORS.get(exc.status_code, (errors.BAD_REQUEST, "Förfrågan kunde inte tas emot."))
        return error_response(exc.status_code, code, message, exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        ref = secrets.token_hex(4)
        log.error("unhandled error %s: %s", ref, type(exc).__name__, exc_info=exc)
        return error_response(500, errors.INTERNAL_ERROR,
                              f"Ett internt fel uppstod (referens {ref}); se serverns logg.", reference=ref)


def install_gradio_error_handlers(gradio_app: FastAPI) -> None:
    """The mounted page's own FastAPI app: malformed input to its event and upload routes is a 4xx
    with a Swedish message, not a 500 (Gradio 6 raises KeyError for an unknown fn_index, TypeError
    for a form without a file, and its validation handler fails on inputs JSON cannot hold)."""

    @gradio_app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, errors.BAD_REQUEST, validation_message(exc.errors()))

    async def client_fault(request: Request, exc: Exception) -> JSONResponse:
        path = request.url.path.rstrip("/")
        if not path.endswith(("/gradio_api/queue/join", "/gradio_api/upload")):
            raise exc
        log.warning("malformed request to %s: %s", path, type(exc).__name__)
        return error_response(400, errors.BAD_REQUEST, "Ogiltig förfrågan: händelsen eller filen kunde inte läsas.")

    gradio_app.add_exception_handler(KeyError, client_fault)
    gradio_app.add_exception_handler(TypeError, client_fault)


_HTTP_ERRORS = {
    400: (errors.INVALID_JSON, "Förfrågans innehåll kunde inte läsas (ogiltig eller för djupt nästlad JSON)."),
    401: (errors.LOGIN_REQUIRED, "Inloggning krävs."),
    403: (errors.FORBIDDEN, "Du har inte behörighet till detta."),
    404: (errors.NOT_FOUND, "Adressen finns inte."),
    405: (errors.METHOD_NOT_ALLOWED, "Metoden stöds inte på den här adressen."),
    413: (errors.REQUEST_TOO_LARGE, "Förfrågan är för stor."),
}
