"""The Gradio page and the server around it: a thin adapter from components to `Handlers`.

    build_app(assistant)            -> gr.Blocks (Chatt, Behörighet, Dokument, Utvärdering)
    create_server(assistant, ...)   -> FastAPI with /api/*, /v1/* (OpenAI), /mcp and the page mounted at /
    serve(settings, host, port)     -> runs it with uvicorn (`python -m assistant serve`)"""

from __future__ import annotations

import ipaddress
import logging
import tomllib
from collections.abc import Iterator
from importlib import resources
from typing import Any

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

from assistant.assistant import Assistant
from assistant.eligibility.rules import load_rules
from assistant.privacy import redact_process_output
from assistant.settings import Settings
from assistant.web.api import build_api, install_error_handlers
from assistant.web.auth import authenticate
from assistant.web.guard import (
    UploadRejectedPath,
    discard_upload,
    install_guards,
    page_user,
    received_upload,
    upload_area,
)
from assistant.web.handlers import FEEDBACK_COLUMNS, FEEDBACK_FILTERS, Conversation, Handlers
from assistant.web.library import Outcome
from assistant.web.mcp_server import build_mcp, mount_mcp
from assistant.web.openai_api import build_openai_api
from assistant.web.render import document_page, message_html
from assistant.web.swedish import SwedishPage
from assistant.web.users import LoginThrottle, UserDirectory

log = logging.getLogger(__name__)
DOC_COLUMNS = ["id", "Titel", "Organisation", "Datum", "Slag", "Avsnitt", "Källa"]
DELETE_CACHE = (600, 3600)  # every 10 min, Gradio drops temporary files older than an hour (abandoned uploads)


class ServeError(Exception):
    """The server cannot start as configured; the message says what to change."""


def _data(name: str) -> str:
    return resources.files("assistant.data").joinpath(name).read_text("utf-8")


def page_texts() -> dict[str, Any]:
    return tomllib.loads(_data("web.toml"))


def _user(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None) if request is not None else None


def _condition_choices() -> list[str]:
    book = load_rules()
    covered = [loc.term_sv for loc in book.locations.values() if loc.covered]
    psychological = [c.name_sv for c in book.conditions.values() if c.kind == "psychological"]
    other = [loc.term_sv for loc in book.locations.values() if not loc.covered]
    other += [c.name_sv for c in book.conditions.values() if c.kind == "uncovered"]
    return covered + psychological + other


def build_app(assistant: Assistant, settings: Settings | None = None, users: UserDirectory | None = None,
              handlers: Handlers | None = None) -> gr.Blocks:
    settings = settings or assistant.settings
    h = handlers or Handlers(assistant, settings, users)
    texts = page_texts()

    with gr.Blocks(title=texts["title"], fill_width=True, delete_cache=DELETE_CACHE) as demo:
        conversation = gr.State(None)  # a Conversation once the first question is asked
        gr.Markdown(f"## {texts['title']}\n{texts['intro']}")
        with gr.Tabs():
            with gr.Tab("Chatt", id="chatt"):
                _chat_tab(h, texts, conversation)
            with gr.Tab("Behörighet", id="behorighet"):
                _eligibility_tab(h)
            with gr.Tab("Dokument", id="dokument"):
                _documents_tab(h, demo)
            with gr.Tab("Utvärdering", id="utvardering"):
                _report_tab(h, demo)
            with gr.Tab("Återkoppling", id="aterkoppling", visible=False) as feedback_tab:
                _feedback_tab(h, demo, feedback_tab)
    demo.queue(default_concurrency_limit=4)
    return demo


def _chat_tab(h: Handlers, texts: dict[str, Any], conversation: gr.State) -> None:
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(label="Samtal", height=520, elem_id="chat", buttons=["copy"],
                                 feedback_options=("Like", "Dislike"),
                                 placeholder="Ställ en fråga om rehabiliteringsgarantin.")
            with gr.Row():
                question = gr.Textbox(placeholder="Skriv din fråga och tryck Enter …", show_label=False, scale=6,
                                      elem_id="question", max_lines=4, autofocus=True)
                send = gr.Button("Skicka", variant="primary", scale=1, elem_id="send")
            gr.Examples(examples=[[q] for q in texts["examples"]], inputs=question, label="Exempel på frågor")
            with gr.Row():
                new = gr.Button("Ny konversation", elem_id="new-conversation", size="sm")
            with gr.Accordion("Kommentera svaret", open=False):
                comment = gr.Textbox(label="Kommentar (valfri)", lines=2, elem_id="comment")
                comment_send = gr.Button("Spara kommentar", size="sm", elem_id="comment-send")
            feedback_status = gr.Markdown(elem_id="feedback-status")
        with gr.Column(scale=2):
            sources = gr.HTML(h.new_conversation().sources, elem_id="sources", label="Källor")

    def ask(text: str, messages: list[dict[str, Any]], conv: Conversation | None) -> Iterator[tuple[Any, ...]]:
        for update in h.chat(text, messages, conv):
            yield update.messages, update.sources, update.conversation, ""

    outputs = [chatbot, sources, conversation, question]
    send.click(ask, [question, chatbot, conversation], outputs)
    question.submit(ask, [question, chatbot, conversation], outputs)

    def restart() -> tuple[Any, ...]:
        update = h.new_conversation()
        return update.messages, update.sources, update.conversation, "", ""

    new.click(restart, None, [chatbot, sources, conversation, question, feedback_status])

    def rate(conv: Conversation | None, data: gr.LikeData, request: gr.Request) -> str:
        index = data.index if isinstance(data.index, int) else data.index[0]
        liked = data.liked is True or data.liked == "Like"
        return h.rate(index, liked, conv, _user(request) or "")

    chatbot.like(rate, [conversation], feedback_status)
    comment_send.click(lambda text, conv: (h.comment(text, conv), ""), [comment, conversation],
                       [feedback_status, comment])


def _eligibility_tab(h: Handlers) -> None:
    gr.Markdown("Kontrollera om en patient omfattas av rehabiliteringsgarantin. Svaret visar skälen och "
                "var i dokumenten regeln står.")
    with gr.Row():
        with gr.Column(scale=2):
            age = gr.Textbox(label="Ålder (år)", placeholder="t.ex. 45", max_lines=1, elem_id="elig-age")
            conditions = gr.Dropdown(_condition_choices(), multiselect=True, label="Besvär",
                                     info="Välj ett eller flera.", elem_id="elig-conditions")
            months = gr.Textbox(label="Hur länge har smärtan funnits? (månader)", placeholder="t.ex. 4",
                                info="Lämna tomt om patienten inte har smärta.", max_lines=1, elem_id="elig-months")
            severity = gr.Dropdown(["", "lindrig", "medelsvår", "svår"], value="",
                                   label="Svårighetsgrad (depression, ångest, stress)", elem_id="elig-severity")
            assessed = gr.Radio([("Ja", "yes"), ("Nej", "no"), ("Vet ej", "unknown")], value="unknown",
                                label="Har en medicinsk bedömning gjorts?", elem_id="elig-assessed")
            lang = gr.Radio([("Svenska", "sv"), ("English", "en")], value="sv", label="Språk", elem_id="elig-lang")
            check = gr.Button("Bedöm", variant="primary", elem_id="elig-check")
        with gr.Column(scale=3):
            card = gr.HTML(message_html("Fyll i formuläret och tryck Bedöm.", "info"), elem_id="elig-card")
    check.click(h.eligibility, [age, conditions, months, severity, assessed, lang], card)


def _documents_tab(h: Handlers, demo: gr.Blocks) -> None:
    with gr.Column(visible=False, variant="panel") as admin:
        gr.Markdown("### Administrera bibliotekets dokument")
        with gr.Row():
            with gr.Column(scale=3):
                upload = upload_area(label="Ladda upp dokument (.txt .md .pdf .docx .html)", type="filepath",
                                    file_types=[".txt", ".md", ".pdf", ".docx", ".html", ".htm"], elem_id="doc-upload",
                                    height=120)
                upload_go = gr.Button("Indexera", variant="primary", elem_id="doc-upload-go")
                result = gr.HTML(elem_id="doc-result")  # right under the button, not below the table
            with gr.Column(scale=2):
                remove_choice = gr.Dropdown([], label="Ta bort dokument", elem_id="doc-remove-choice")
                remove_go = gr.Button("Ta bort …", variant="stop", elem_id="doc-remove-go")
                with gr.Column(visible=False, elem_id="doc-remove-confirm") as confirm:
                    confirm_text = gr.HTML(elem_id="doc-remove-question")
                    with gr.Row():
                        confirm_yes = gr.Button("Ja, ta bort", variant="stop", size="sm", elem_id="doc-remove-yes")
                        confirm_no = gr.Button("Avbryt", size="sm", elem_id="doc-remove-no")
                remove_result = gr.HTML(elem_id="doc-remove-result")
        with gr.Accordion("Rätta metadata", open=False, elem_id="doc-meta"):
            gr.Markdown("Titel, utgivare, datum och slag som läses ur dokumentet kan rättas här. Rättelsen sparas i "
                        "manifestet bredvid filen och gäller vid varje ny indexering.")
            with gr.Row():
                meta_choice = gr.Dropdown([], label="Dokument", elem_id="doc-meta-choice", scale=2)
                meta_title = gr.Textbox(label="Titel", elem_id="doc-meta-title", scale=3)
            with gr.Row():
                meta_org = gr.Textbox(label="Utgivare", elem_id="doc-meta-org")
                meta_date = gr.Textbox(label="Datum (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)", elem_id="doc-meta-date")
                meta_kind = gr.Textbox(label="Slag (t.ex. beslut, rapport, pressmeddelande)", elem_id="doc-meta-kind")
            meta_go = gr.Button("Spara metadata", elem_id="doc-meta-go")
            meta_result = gr.HTML(elem_id="doc-meta-result")
    table = gr.Dataframe(headers=DOC_COLUMNS, interactive=False, elem_id="doc-table", label="Bibliotek",
                         wrap=True, column_widths=["20%", "32%", "14%", "9%", "11%", "6%", "8%"])
    with gr.Row():
        choice = gr.Dropdown([], label="Öppna dokument", elem_id="doc-choice", scale=3)
        refresh = gr.Button("Uppdatera listan", size="sm", scale=1)
    view = gr.HTML(elem_id="doc-view")

    def listing(request: gr.Request) -> tuple[Any, ...]:
        picks = h.document_choices()
        return (h.document_table(), gr.update(choices=picks, value=None), gr.update(choices=picks, value=None),
                gr.update(choices=picks, value=None), gr.update(visible=h.can_manage(_user(request))))

    outputs = [table, choice, remove_choice, meta_choice, admin]
    demo.load(listing, None, outputs)
    refresh.click(listing, None, outputs)
    choice.change(h.document_view, choice, view)

    def do_upload(path: str | None, request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        user = _user(request)
        try:
            if path and h.can_manage(user):
                received_upload(path)  # only bytes that came through the upload area
            outcome = h.upload(path, user, lambda f, text: progress(f, desc=text))
        except UploadRejectedPath as exc:
            outcome = Outcome(False, str(exc))
        finally:
            discard_upload(path)  # nothing of an upload stays in Gradio's folder once handled
        return (message_html(outcome.message, "ok" if outcome.ok else "error"), None, *listing(request))

    upload_go.click(do_upload, [upload], [result, upload, *outputs])

    def ask_to_remove(doc_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        if not h.can_manage(_user(request)):
            return gr.update(visible=False), "", message_html("Att ta bort dokument kräver administratörsbehörighet.")
        if not doc_id:
            return gr.update(visible=False), "", message_html("Välj ett dokument att ta bort.", "warning")
        return gr.update(visible=True), h.removal_question(doc_id), ""

    remove_go.click(ask_to_remove, [remove_choice], [confirm, confirm_text, remove_result])
    confirm_no.click(lambda: (gr.update(visible=False), message_html("Inget togs bort.", "info")), None,
                     [confirm, remove_result])

    def do_remove(doc_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        outcome = h.remove(doc_id, _user(request))
        return (gr.update(visible=False), message_html(outcome.message, "ok" if outcome.ok else "error"),
                *listing(request))

    confirm_yes.click(do_remove, [remove_choice], [confirm, remove_result, *outputs])

    _wire_metadata_form(h, meta_choice, [meta_title, meta_org, meta_date, meta_kind], meta_go, meta_result,
                        outputs, listing)


def _wire_metadata_form(h: Handlers, meta_choice: gr.Dropdown, fields: list[gr.Textbox], meta_go: gr.Button,
                        meta_result: gr.HTML, outputs: list[Any], listing: Any) -> None:
    """The correction form's events. It is locked while it fills in the chosen document: otherwise
    what an admin types before the fill-in lands is overwritten and a save stores the old text."""
    meta_fields = [*fields, meta_go]

    def meta_locked() -> list[Any]:
        return [gr.update(interactive=False) for _ in meta_fields]

    def meta_filled(doc_id: str | None) -> list[Any]:
        return [*(gr.update(value=v, interactive=True) for v in h.metadata_of(doc_id)), gr.update(interactive=True)]

    # both steps queue-free (an in-memory lookup), so two quick picks are filled in the order chosen
    meta_choice.change(meta_locked, None, meta_fields, queue=False, show_progress="hidden").then(
        meta_filled, meta_choice, meta_fields, queue=False)

    def do_correct(doc_id: str | None, title: str, org: str, date: str, kind: str,
                   request: gr.Request) -> tuple[Any, ...]:
        outcome = h.correct_metadata(doc_id, title, org, date, kind, _user(request))
        if not outcome.ok:  # the form keeps the chosen document and what was typed, to be mended
            return (message_html(outcome.message, "error"), *(gr.update() for _ in outputs))
        return (message_html(outcome.message, "ok"), *listing(request))

    meta_go.click(do_correct, [meta_choice, *fields], [meta_result, *outputs])


def _feedback_tab(h: Handlers, demo: gr.Blocks, tab: gr.Tab) -> None:
    gr.Markdown("Omdömen och kommentarer från användarna. Personnummer är maskerade.")
    with gr.Row():
        rating = gr.Radio([(label, key) for key, label in FEEDBACK_FILTERS.items()], value="all", label="Visa",
                          elem_id="feedback-filter", scale=3)
        refresh = gr.Button("Uppdatera", size="sm", scale=1, elem_id="feedback-refresh")
        export = gr.DownloadButton("Ladda ner CSV", size="sm", scale=1, elem_id="feedback-csv")
    table = gr.Dataframe(headers=FEEDBACK_COLUMNS, interactive=False, wrap=True, elem_id="feedback-table",
                         label="Återkoppling")

    def show(kind: str, request: gr.Request) -> tuple[Any, ...]:
        user = _user(request)
        if not h.can_manage(user):
            return gr.update(visible=False), [], gr.update(value=None)
        return gr.update(visible=True), h.feedback_rows(kind, user), gr.update(value=h.feedback_csv(kind, user))

    outputs = [tab, table, export]
    demo.load(show, [rating], outputs)
    rating.change(show, [rating], outputs)
    refresh.click(show, [rating], outputs)


def _report_tab(h: Handlers, demo: gr.Blocks) -> None:
    report = gr.Markdown(elem_id="eval-report")
    plots = gr.Gallery(label="Diagram", columns=3, height="auto", elem_id="eval-plots")
    demo.load(lambda: h.report(), None, [report, plots])


# --- the server ------------------------------------------------------------------------------------

def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_server(assistant: Assistant, settings: Settings | None = None, users: UserDirectory | None = None,
                  host: str | None = None) -> FastAPI:
    settings = settings or assistant.settings
    host = host or settings.host
    if users is None and settings.users_file is not None:
        users = UserDirectory.load(settings.users_file,
                                   LoginThrottle(settings.login_max_failures, settings.login_lockout_s))
    if users is None and not _is_loopback(host):
        raise ServeError(f"refusing to listen on {host} without login: set ASSISTANT_USERS_FILE "
                         "(python -m assistant add-user NAME --role admin) or bind to 127.0.0.1")
    handlers = Handlers(assistant, settings, users)
    app = FastAPI(title="Rehabiliteringsgarantin – assistent", docs_url="/api/docs", openapi_url="/api/openapi.json")
    install_error_handlers(app)
    app.include_router(build_api(handlers))
    app.include_router(build_openai_api(handlers))
    _add_document_pages(app, handlers, users)
    mount_mcp(app, build_mcp(assistant), users)
    demo = build_app(assistant, settings, users, handlers)
    app = gr.mount_gradio_app(
        app, demo, path="/", auth=users.verify if users else None,
        auth_message="Logga in med ditt användarnamn och lösenord." if users else None,
        footer_links=["api"], show_error=False, css=_data("web.css"), head=_data("web.js"),
        allowed_paths=[str(settings.reports_dir.resolve())], max_file_size=int(settings.max_file_mb * 1e6),
    )
    app.add_middleware(SwedishPage)
    install_guards(app, demo, settings, handlers.can_manage, logged_in=users is not None)
    return app


# a document's page holds only escaped text and its own style: nothing runs, nothing is fetched
_DOCUMENT_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
                     "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


def _add_document_pages(app: FastAPI, handlers: Handlers, users: UserDirectory | None) -> None:
    """`GET /dokument/<id>?fran=&till=`: the whole document a source comes from, the quote marked
    (the link under each source on the page). With login, for someone logged in to the page or
    sending the API's credentials. Added before the page is mounted at "/", which would take the path."""

    def page(status: int, title: str, text: str) -> HTMLResponse:
        return HTMLResponse(document_page(title, "", text), status, headers=_DOCUMENT_HEADERS)

    @app.get("/dokument/{doc_id}", include_in_schema=False)
    def document(doc_id: str, request: Request, fran: str | None = None, till: str | None = None) -> HTMLResponse:
        if users is not None and not (page_user(app, request)
                                      or authenticate(request.headers.get("authorization", ""), users)):
            return page(401, "Inloggning krävs", "Logga in på assistentens sida och öppna länken igen.")
        html = handlers.document_page(doc_id, fran, till)
        if html is None:
            return page(404, "Dokumentet finns inte",
                        "Dokumentet finns inte i biblioteket (det kan ha tagits bort sedan svaret gavs).")
        return HTMLResponse(html, headers=_DOCUMENT_HEADERS)


def serve(settings: Settings, host: str | None = None, port: int | None = None) -> int:
    import uvicorn

    host, port = host or settings.host, port or settings.port
    redact_process_output()  # what Gradio prints of a failed event may hold an identity number
    assistant = Assistant(settings)
    try:
        app = create_server(assistant, settings, host=host)
    except ServeError as exc:
        raise ValueError(str(exc)) from exc
    try:
        assistant.warm_up()
    except Exception as exc:  # the page still starts and says what is wrong
        log.warning("index not ready: %s", exc)
    print(f"Webbsidan: http://{host}:{port}/   API: http://{host}:{port}/api/health", flush=True)
    uvicorn.run(app, host=host, port=port, log_level=settings.log_level.lower(), access_log=False)
    return 0
