"""Error bodies of the HTTP surface: a stable code for programs and a Swedish sentence for people.

    {"error": {"code": "request_too_large", "message": "Förfrågan är för stor …"}}

The shape is the one OpenAI-compatible clients read (`error.code`, `error.message`), so every
route of the server, the JSON API, the request-size bound and later routes, can answer in it.
`error_body` and `error_response` build it; raise `ApiError` from a route to answer with it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from starlette.responses import JSONResponse

# Stable codes (clients may branch on them; the messages may be reworded).
BAD_REQUEST = "bad_request"
INVALID_JSON = "invalid_json"
INVALID_INPUT = "invalid_input"
LOGIN_REQUIRED = "login_required"
FORBIDDEN = "forbidden"
NOT_FOUND = "not_found"
METHOD_NOT_ALLOWED = "method_not_allowed"
REQUEST_TOO_LARGE = "request_too_large"
INDEX_UNAVAILABLE = "index_unavailable"
INTERNAL_ERROR = "internal_error"


class ApiError(Exception):
    """Raised in a route: answered with `status` and the error body, nothing else leaks."""

    def __init__(self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = dict(headers or {})


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}}


def error_response(status: int, code: str, message: str, headers: Mapping[str, str] | None = None,
                   **extra: Any) -> JSONResponse:
    return JSONResponse(error_body(code, message, **extra), status_code=status, headers=dict(headers or {}))


# --- request validation (pydantic) in Swedish ------------------------------------------------------

_PROBLEMS = {
    "missing": "saknas",
    "string_type": "ska vara text",
    "int_type": "ska vara ett heltal",
    "int_parsing": "ska vara ett heltal",
    "int_from_float": "ska vara ett heltal",
    "float_type": "ska vara ett tal",
    "float_parsing": "ska vara ett tal",
    "list_type": "ska vara en lista",
    "dict_type": "ska vara ett JSON-objekt",
    "model_type": "ska vara ett JSON-objekt",
    "model_attributes_type": "ska vara ett JSON-objekt",
    "bool_type": "ska vara true eller false",
    "string_too_long": "är för lång",
    "extra_forbidden": "är inte ett känt fält",
}


def _problem(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind == "too_long":
        return f"har för många element (högst {ctx.get('max_length', '?')})"
    if kind == "string_too_long":
        return f"är för lång (högst {ctx.get('max_length', '?')} tecken)"
    if kind in ("literal_error", "enum"):
        return f"måste vara ett av: {str(ctx.get('expected', '?')).replace(' or ', ' eller ')}"
    if kind == "value_error":
        return str(ctx.get("error") or error.get("msg") or "ogiltigt värde")
    return _PROBLEMS.get(kind, "har ett ogiltigt värde")


def validation_message(errors: Sequence[Mapping[str, Any]]) -> str:
    """'Ogiltig förfrågan: question saknas; history.0.role måste vara ett av: 'user', 'assistant''"""
    parts = []
    for error in errors[:10]:
        loc = [str(p) for p in error.get("loc", ())]
        where = ".".join(loc[1:]) if loc and loc[0] == "body" else ".".join(loc)
        if error.get("type") in ("json_invalid", "json_type"):
            parts.append("innehållet är inte giltig JSON")
            continue
        parts.append(f"{where or 'innehållet (body)'} {_problem(error)}")
    return "Ogiltig förfrågan: " + "; ".join(parts)
