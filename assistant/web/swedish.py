"""The page in Swedish whatever language the browser prefers.

Gradio's widgets (the upload area, the login form, buttons, toasts) take their texts from
`navigator.language` and ship Swedish ones; a browser set to English, common among Swedish
staff, got "Drop File Here". `SwedishPage` puts one line of script at the top of the page's
<head>, before Gradio's own scripts run, that makes the page's language Swedish. (The toasts Gradio
writes in English whatever the language are put in Swedish by assistant/data/web.js.)"""

from __future__ import annotations

import re

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE_LANGUAGE = ("<script>try{for(const[k,v]of[['language','sv-SE'],['languages',['sv-SE','sv']]])"
                 "Object.defineProperty(Navigator.prototype,k,{get:()=>v,configurable:true})}catch(e){}</script>")
_HEAD_RE = re.compile(rb"<head[^>]*>", re.I)
MAX_PAGE_BYTES = 8 * 1024 * 1024


class SwedishPage:
    """ASGI middleware: the page's HTML (GET of `paths`) gets PAGE_LANGUAGE right after <head>."""

    def __init__(self, app: ASGIApp, paths: tuple[str, ...] = ("/",)) -> None:
        self.app, self.paths = app, set(paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET" or scope.get("path") not in self.paths:
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        parts: list[bytes] = []

        async def rewrite(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = MutableHeaders(raw=message["headers"])
                if headers.get("content-type", "").startswith("text/html") and "content-encoding" not in headers:
                    start = message  # held until the body is complete
                    return
            elif message["type"] == "http.response.body" and start is not None:
                parts.append(message.get("body", b""))
                more = bool(message.get("more_body", False))
                if more and sum(map(len, parts)) < MAX_PAGE_BYTES:
                    return
                body = b"".join(parts)
                if not more:  # the whole page: add the line and say the new length
                    body = _HEAD_RE.sub(lambda m: m.group(0) + PAGE_LANGUAGE.encode(), body, count=1)
                    MutableHeaders(raw=start["headers"])["content-length"] = str(len(body))
                await send(start)
                await send({"type": "http.response.body", "body": body, "more_body": more})
                start = None
                return
            await send(message)

        await self.app(scope, receive, rewrite)
