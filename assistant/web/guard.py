"""What stands between the network and the handlers: request-size bounds, the upload gate, and
the rule that an upload is only ever bytes the client sent through the upload area.

    BodyLimit      ASGI middleware on the whole app: a body larger than its route's bound is
                   answered 413 before it is read (Content-Length checked up front; a chunked
                   body is counted as it arrives and never kept past the bound).
    UploadGate     ASGI middleware: only someone who may manage documents may send bytes to
                   Gradio's upload route at all.
    LoginAddressLimit  ASGI middleware: failed page logins are counted per client address too.
    upload_area    the page's upload widget: it takes a file only from Gradio's upload folder,
                   never a path or URL that names something else.
    received_upload / discard_upload   the handler's side of the same rule, and the clean-up.
    install_guards  puts them on a server built by `create_server`."""

from __future__ import annotations

import ipaddress
import logging
import re
import shutil
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import gradio as gr
from gradio import utils as gradio_utils
from gradio.routes import App as GradioApp
from gradio.utils import NamedString
from gradio_client import utils as client_utils
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.settings import Settings
from assistant.web.api import install_gradio_error_handlers
from assistant.web.errors import BAD_REQUEST, FORBIDDEN, REQUEST_TOO_LARGE, error_response
from assistant.web.users import LoginThrottle

log = logging.getLogger(__name__)
MULTIPART_OVERHEAD = 64 * 1024  # the form's boundaries and part headers around the file
UPLOAD_ROUTE = "/gradio_api/upload"
LOGIN_ROUTE = "/login"
_SLASHES_RE = re.compile(r"/{2,}")


def normal_path(path: str) -> str:
    return _SLASHES_RE.sub("/", path).rstrip("/") or "/"


def _size(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 1_000_000 else f"{n / 1024:.0f} kB"


class BodyLimit:
    """Bounds every request body: `limit` bytes, or `larger[path]` for the few routes that take
    files. Nothing past the bound is read into memory."""

    def __init__(self, app: ASGIApp, limit: int, larger: Mapping[str, int] | None = None) -> None:
        self.app, self.limit = app, limit
        self.larger = {normal_path(p): n for p, n in (larger or {}).items()}

    def limit_for(self, path: str) -> int:
        return self.larger.get(normal_path(path), self.limit)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope.get("path", "/"))
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        declared = headers.get(b"content-length")
        if declared is not None:
            text = declared.decode("latin-1").strip()
            if not text.isdigit():
                await _answer(scope, receive, send, 400, BAD_REQUEST, "Ogiltig Content-Length.")
                return
            if int(text) > limit:
                await self._too_large(scope, receive, send, limit)
                return
            await self.app(scope, receive, send)  # the HTTP parser holds the body to its length
            return
        if b"chunked" not in headers.get(b"transfer-encoding", b"").lower():
            await self.app(scope, receive, send)
            return
        body = await _read_within(receive, limit)  # chunked: no length up front, so count it
        if body is None:
            await self._too_large(scope, receive, send, limit)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        what = "Filen" if limit != self.limit else "Förfrågan"
        await _answer(scope, receive, send, 413, REQUEST_TOO_LARGE,
                      f"{what} är för stor: högst {_size(limit)} tas emot här.", limit_bytes=limit)


async def _read_within(receive: Receive, limit: int) -> bytes | None:
    parts: list[bytes] = []
    total = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(parts)
        chunk = message.get("body", b"")
        total += len(chunk)
        if total > limit:
            return None
        parts.append(chunk)
        if not message.get("more_body", False):
            return b"".join(parts)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def wrapped() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return wrapped


async def _answer(scope: Scope, receive: Receive, send: Send, status: int, code: str, message: str,
                  **extra: Any) -> None:
    response = error_response(status, code, message, headers={"Connection": "close"}, **extra)
    await response(scope, receive, send)


class UploadGate:
    """Gradio's upload route takes bytes from anyone who may open the page; this lets only those
    who may manage documents (`allowed(request)`) send any."""

    def __init__(self, app: ASGIApp, allowed: Callable[[Request], bool | Awaitable[bool]],
                 paths: tuple[str, ...] = (UPLOAD_ROUTE,)) -> None:
        self.app, self.allowed = app, allowed
        self.paths = {normal_path(p) for p in paths}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and normal_path(scope.get("path", "/")) in self.paths:
            verdict = self.allowed(Request(scope))
            if not (await verdict if isinstance(verdict, Awaitable) else verdict):
                await _answer(scope, receive, send, 403, FORBIDDEN, "Uppladdning kräver administratörsbehörighet.")
                return
        await self.app(scope, receive, send)


class SameSite:
    """ASGI middleware against other web sites driving the server through a user's browser:
    - a request that changes something (POST, PUT, PATCH, DELETE) and says it comes from another
      origin (the Origin header a browser sends) is refused: a page elsewhere cannot upload or ask;
    - without login (`loopback_only`), only a loopback host name is answered, so a site whose name
      is made to point at 127.0.0.1 (DNS rebinding) cannot read or drive the page either.
    Programs that send no Origin (curl, the API's clients) are not affected."""

    UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}

    def __init__(self, app: ASGIApp, loopback_only: bool) -> None:
        self.app, self.loopback_only = app, loopback_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        host = headers.get("x-forwarded-host") or headers.get("host", "")
        if self.loopback_only and not _is_loopback_name(_hostname(host)):
            await _answer(scope, receive, send, 403, FORBIDDEN,
                          "Okänd värd: utan inloggning svarar servern bara på 127.0.0.1 eller localhost.")
            return
        origin = headers.get("origin")
        if scope.get("method") in self.UNSAFE and origin and _authority(origin) != host.lower():  # "null" too
            await _answer(scope, receive, send, 403, FORBIDDEN, "Förfrågan kommer från en annan webbplats.")
            return
        await self.app(scope, receive, send)


def _authority(origin: str) -> str:
    return origin.split("://", 1)[-1].rstrip("/").lower()


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):  # [::1]:7860
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _is_loopback_name(name: str) -> bool:
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


# --- the upload area and the files it leaves ------------------------------------------------------

NOT_UPLOADED = "Filen måste skickas via uppladdningsytan; en sökväg eller adress tas inte emot."


class UploadRejectedPath(ValueError):
    """A path that did not come from the upload area."""


def upload_folder() -> Path:
    """Where Gradio keeps the bytes a browser sent (GRADIO_TEMP_DIR, else <tmp>/gradio)."""
    return Path(gradio_utils.get_upload_folder()).resolve()


def received_upload(path: str | Path) -> Path:
    """`path` if it is a regular file Gradio received into its upload folder, else UploadRejectedPath."""
    text = str(path)
    if client_utils.is_http_url_like(text) or "\x00" in text:
        raise UploadRejectedPath(NOT_UPLOADED)
    candidate = Path(text)
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        raise UploadRejectedPath(NOT_UPLOADED) from None
    if candidate.is_symlink() or not real.is_file() or not real.is_relative_to(upload_folder()):
        raise UploadRejectedPath(NOT_UPLOADED)
    return real


def discard_upload(path: str | Path | None) -> None:
    """Removes a received file and the folder Gradio made for it; never anything outside the
    upload folder."""
    if not path:
        return
    root = upload_folder()
    file = Path(str(path))
    try:
        real = file.resolve()
    except (OSError, RuntimeError):
        return
    if not real.is_relative_to(root) or real == root:
        return
    try:
        if real.is_dir():
            shutil.rmtree(real)
        else:
            real.unlink(missing_ok=True)
        parent = real.parent
        if parent != root and parent.is_relative_to(root) and not any(parent.iterdir()):
            parent.rmdir()
    except OSError as exc:
        log.warning("could not remove an upload's temporary copy: %s", type(exc).__name__)


def upload_area(**kwargs: Any) -> gr.File:
    """A gr.File that moves into Gradio's cache only files from its upload folder: a FileData whose
    path names another file on the server, or a URL, is refused before anything is copied.
    (Methods are replaced on the instance: a subclass of a Gradio component makes Gradio write a
    .pyi file beside this module at import time.)"""
    area = gr.File(**kwargs)
    move_async, move = area.async_move_resource_to_block_cache, area.move_resource_to_block_cache

    def only_received(url_or_file_path: str | Path | None) -> None:
        if url_or_file_path is None:
            return
        try:
            received_upload(url_or_file_path)
        except UploadRejectedPath as exc:
            raise gr.Error(str(exc), title="Fel", print_exception=False) from None

    async def checked_async(url_or_file_path: str | Path | None) -> str | None:
        only_received(url_or_file_path)
        return await move_async(url_or_file_path)

    def checked(url_or_file_path: str | Path | None) -> str | None:
        only_received(url_or_file_path)
        return move(url_or_file_path)

    def as_path(f: Any) -> NamedString:
        # Gradio's own leaves an empty temporary file in its cache on every call, and refuses a
        # wrong extension in English; the library refuses it in Swedish.
        return NamedString(f.path)

    area.async_move_resource_to_block_cache = checked_async  # type: ignore[method-assign]
    area.move_resource_to_block_cache = checked  # type: ignore[method-assign]
    area._process_single_file = as_path  # type: ignore[method-assign]
    return area


class LoginAddressLimit:
    """ASGI middleware on the page's login route: after `throttle.max_failures` failed logins (Gradio
    answers 400) from one client address within the window, that address's logins are answered as
    failed without being checked, whatever the name, until the oldest failure is old enough. It stops
    one address guessing across many names, which the per-name count does not see. A success does not
    wipe the count (one known account must not reset a guesser's budget). Behind a proxy the address
    is the one uvicorn takes from the proxy's X-Forwarded-For (see README, Deployment)."""

    def __init__(self, app: ASGIApp, throttle: LoginThrottle) -> None:
        self.app, self.throttle = app, throttle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope.get("method") != "POST"
                or normal_path(scope.get("path", "")).rstrip("/") != LOGIN_ROUTE):
            await self.app(scope, receive, send)
            return
        address = str((scope.get("client") or ("",))[0] or "unknown")
        if not self.throttle.begin(address):
            # what Gradio answers to a wrong password: the login form shows its usual message
            await JSONResponse({"detail": "Incorrect credentials."}, 400)(scope, receive, send)
            return
        status = 0

        async def watched(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watched)
        finally:
            (self.throttle.failed if status == 400 else self.throttle.released)(address)


# --- wiring -------------------------------------------------------------------------------------

def install_guards(app: Starlette, demo: gr.Blocks, settings: Settings,
                   may_manage: Callable[[str | None], bool], logged_in: bool) -> None:
    """The request-size bound on the whole app (routes added later included), the same-site rule,
    the upload gate, and Gradio's own check that an event's file came from its upload folder."""
    # Gradio checks a FileData path against its upload folder only in an app it "launched"
    # itself; a mounted app never is, so any readable path was accepted.
    demo.has_launched = True
    gradio_app = _mounted_gradio(app)
    if gradio_app is None:
        raise RuntimeError("the Gradio page is not mounted on this app")
    install_gradio_error_handlers(gradio_app)

    def allowed(request: Request) -> bool:
        return may_manage(_gradio_user(gradio_app, request))

    app.add_middleware(UploadGate, allowed=allowed)
    if logged_in and settings.login_max_failures_per_address > 0:
        app.add_middleware(LoginAddressLimit, throttle=LoginThrottle(
            settings.login_max_failures_per_address, settings.login_lockout_s, counts="client address"))
    app.add_middleware(SameSite, loopback_only=not logged_in)
    app.add_middleware(BodyLimit, limit=settings.max_request_kb * 1024,
                       larger={UPLOAD_ROUTE: int(settings.max_file_mb * 1e6) + MULTIPART_OVERHEAD})


def _mounted_gradio(app: Starlette) -> GradioApp | None:
    return next((r.app for r in app.routes if isinstance(r, Mount) and isinstance(r.app, GradioApp)), None)


def page_user(app: Starlette, request: Request) -> str | None:
    """The user logged in to the page mounted on `app` (its session cookie), or None."""
    gradio_app = _mounted_gradio(app)
    return _gradio_user(gradio_app, request) if gradio_app is not None else None


def _gradio_user(gradio_app: GradioApp, request: Request) -> str | None:
    """The user logged in to the page (Gradio's session cookie), or None."""
    cookie_id = getattr(gradio_app, "cookie_id", "")
    token = (request.cookies.get(f"access-token-{cookie_id}")
             or request.cookies.get(f"access-token-unsecure-{cookie_id}"))
    user = gradio_app.tokens.get(token) if token else None
    return str(user) if user else None
