"""What the web page's events do, without Gradio: plain functions over the assistant, the
library and the feedback store, unit-testable without a server. `app.py` only wires them up.

The chat handler is a generator over the assistant's answer events: a status line first, then
the answer text as it comes, then the final answer with its [n] links and the sources panel."""

from __future__ import annotations

import csv
import logging
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from assistant.assistant import Assistant
from assistant.eligibility import InputError, assess, build_input, payload
from assistant.index import IndexUnavailable
from assistant.models import Answer
from assistant.privacy import redact
from assistant.settings import Settings
from assistant.web import render
from assistant.web.feedback import FeedbackStore
from assistant.web.library import Library, Outcome
from assistant.web.users import UserDirectory
from ingest.catalog import Catalog
from ingest.metadata import kind_labels
from ingest.store import StoreError

log = logging.getLogger(__name__)
Messages = list[dict[str, Any]]
FEEDBACK_FILTERS = {"all": "Alla", "up": "Tummen upp", "down": "Tummen ner", "commented": "Med kommentar"}
FEEDBACK_COLUMNS = ["Tid", "Användare", "Omdöme", "Fråga", "Svar", "Källor", "Kommentar"]


@dataclass
class Conversation:
    """One browser tab's conversation: what the assistant needs (plain turns) and what the page
    shows (each question with its answer, for the sources panel and feedback)."""

    turns: list[tuple[str, Answer]] = field(default_factory=list)
    last_feedback: int | None = None
    answer_at: dict[int, int] = field(default_factory=dict)  # chat message index -> turn (errors have none)

    def history(self) -> list[dict[str, str]]:
        out = []
        for question, answer in self.turns:
            out += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]
        return out


@dataclass(frozen=True)
class ChatUpdate:
    messages: Messages
    sources: str  # HTML
    conversation: Conversation
    busy: bool


class Handlers:
    def __init__(self, assistant: Assistant, settings: Settings, users: UserDirectory | None = None,
                 feedback: FeedbackStore | None = None, library: Library | None = None) -> None:
        self.assistant = assistant
        self.settings = settings
        self.users = users
        self.feedback = feedback or FeedbackStore(settings.feedback_path)
        self.library = library or Library(settings, assistant.embedder, assistant.index.store_factory,
                                          self._live_catalog)
        self._llm_status: tuple[float, dict[str, Any]] | None = None
        self._exports: Path | None = None

    # -- shared ---------------------------------------------------------------------------
    def text_of(self, doc_id: str) -> str | None:
        try:
            record = self.assistant.index.documents().get(doc_id)
        except (IndexUnavailable, StoreError):
            return None
        return record.text if record else None

    def _live_catalog(self) -> Catalog:
        try:
            return self.assistant.index.snapshot().catalog
        except (IndexUnavailable, StoreError):
            return Catalog()

    def can_manage(self, user: str | None) -> bool:
        """Upload and removal: admins when login is on; otherwise only if explicitly enabled."""
        if self.users is not None:
            return self.users.is_admin(user)
        return self.settings.allow_upload

    # -- chat -----------------------------------------------------------------------------
    def chat(self, question: str, messages: Messages | None, conversation: Conversation | None) -> Iterator[ChatUpdate]:
        conv = conversation or Conversation()
        shown = list(messages or [])
        question = (question or "").strip()
        if not question:
            yield ChatUpdate(shown, self._sources(conv), conv, False)
            return
        shown.append({"role": "user", "content": question})
        text = ""
        sources = self._sources(conv)  # unchanged until the answer is done: built once, not per word
        try:
            for event in self.assistant.stream(question, conv.history()):
                if event.kind == "status":
                    yield ChatUpdate(shown + [_bot(f"<i>{event.text}</i>")], sources, conv, True)
                elif event.kind == "delta":
                    text += event.text
                    yield ChatUpdate(shown + [_bot(escape(text))], sources, conv, True)
                elif event.answer is not None:
                    answer = event.answer
                    conv.turns.append((question, answer))
                    shown.append(_bot(render.answer_html(answer.answer, len(conv.turns) - 1) + _fallback_note(answer)))
                    conv.answer_at[len(shown) - 1] = len(conv.turns) - 1
                    yield ChatUpdate(shown, self._sources(conv), conv, False)
        except Exception:  # the page shows a sentence, the log keeps the traceback (no question text)
            log.exception("chat handler failed")
            shown.append(_bot(render.message_html(
                "Något gick fel när svaret togs fram. Försök igen; om felet består, kontakta förvaltningen.")))
            yield ChatUpdate(shown, self._sources(conv), conv, False)

    def _sources(self, conv: Conversation) -> str:
        lang = conv.turns[-1][1].language if conv.turns else "sv"
        return render.sources_html(conv.turns, self.text_of, lang)

    def new_conversation(self) -> ChatUpdate:
        conv = Conversation()
        return ChatUpdate([], self._sources(conv), conv, False)

    # -- feedback -------------------------------------------------------------------------
    def rate(self, message_index: int, liked: bool, conv: Conversation | None, user: str = "") -> str:
        """Thumbs on the assistant message at `message_index` (an error message has no answer to rate)."""
        turn = conv.answer_at.get(message_index) if conv is not None else None
        if conv is None or turn is None or not 0 <= turn < len(conv.turns):
            return "Kunde inte koppla omdömet till ett svar."
        question, answer = conv.turns[turn]
        cited = ",".join(sorted({c.doc_id for c in answer.citations}))
        conv.last_feedback = self.feedback.add(question, answer.answer, 1 if liked else -1, user or "", cited)
        return "Tack! Omdömet sparades. Skriv gärna en kommentar nedan."

    def comment(self, text: str, conv: Conversation | None) -> str:
        if conv is None or conv.last_feedback is None:
            return "Ge först tummen upp eller ner på ett svar, sedan kan du kommentera det."
        if not (text or "").strip():
            return "Kommentaren är tom."
        self.feedback.comment(conv.last_feedback, text)
        return "Tack! Kommentaren sparades."

    # -- eligibility ----------------------------------------------------------------------
    def eligibility(self, age: Any, conditions: list[str] | None, months: Any, severity: str | None,
                    assessed: str | None, lang: str = "sv") -> str:
        try:
            data = self.eligibility_payload(age, conditions or [], months, severity, assessed, lang)
        except InputError as exc:
            return render.message_html(exc.message("en" if lang == "en" else "sv"), "warning")
        except (IndexUnavailable, StoreError) as exc:
            return render.message_html(f"Sökindexet är inte tillgängligt: {exc}")
        return render.verdict_html(data, data["text"], _Cited.many(data["citations"]), self.text_of, lang)

    def eligibility_payload(self, age: Any, conditions: list[str], months: Any, severity: str | None,
                            assessed: str | None, lang: str = "sv") -> dict[str, Any]:
        """Same object as `python -m assistant eligibility --json`; InputError on bad input."""
        patient = build_input(_blank(age), conditions, _blank(severity), _blank(months), _blank(assessed) or "unknown")
        verdict = assess(patient, self.assistant.eligibility_evidence())
        return payload(verdict, "en" if lang == "en" else "sv")

    # -- documents ------------------------------------------------------------------------
    def document_table(self) -> list[list[Any]]:
        labels = kind_labels()
        return [[r.doc_id, r.title, r.organisation, r.date, labels.get(r.kind, r.kind), r.chunks,
                 "uppladdad" if r.uploaded else "korpus"] for r in self.library.rows()]

    def document_choices(self) -> list[tuple[str, str]]:
        """(label, doc id) for the pickers: the title and date a person knows the document by."""
        return [(f"{r.title or r.doc_id} ({r.date})" if r.date else (r.title or r.doc_id), r.doc_id)
                for r in self.library.rows()]

    def removal_question(self, doc_id: str) -> str:
        row = next((r for r in self.library.rows() if r.doc_id == doc_id), None)
        if row is None:
            return render.message_html(f"Dokumentet '{doc_id}' finns inte i indexet.", "warning")
        where = ("Den uppladdade filen raderas också." if row.uploaded else
                 "Filen ligger kvar i korpusmappen och kommer tillbaka vid nästa indexering av den.")
        return render.message_html(f"Ta bort «{row.title or doc_id}» ({row.chunks} avsnitt) ur biblioteket? {where} "
                                   "Det går inte att ångra.", "warning")

    def _document(self, doc_id: str) -> tuple[str, Any] | None:
        """A document's text and its row of the library, or None when it has no such document."""
        text = self.library.text(doc_id)
        row = next((r for r in self.library.rows() if r.doc_id == doc_id), None)
        return (text, row) if text is not None and row is not None else None

    def document_view(self, doc_id: str | None) -> str:
        if not doc_id:
            return render.message_html("Välj ett dokument i listan.", "info")
        found = self._document(doc_id)
        if found is None:
            return render.message_html(f"Dokumentet '{doc_id}' finns inte i indexet.", "warning")
        text, row = found
        meta = " · ".join(x for x in (row.organisation, row.date, row.source, f"{row.chunks} avsnitt") if x)
        return render.document_html(row.title, meta, text)

    def document_page(self, doc_id: str, start: str | None = None, end: str | None = None) -> str | None:
        """The whole document as a page of its own, the quote at characters start–end marked (the
        link under each source); None when the library has no such document. A range that is not
        two numbers inside the text marks nothing."""
        found = self._document(doc_id)
        if found is None:
            return None
        text, row = found
        meta = " · ".join(x for x in (row.organisation, row.date, row.source) if x)
        return render.document_page(row.title or doc_id, meta, text, _offset(start), _offset(end))

    def upload(self, path: str | None, user: str | None, progress: Any = None) -> Outcome:
        if not self.can_manage(user):
            return Outcome(False, "Uppladdning kräver administratörsbehörighet.")
        if not path:
            return Outcome(False, "Välj en fil att ladda upp.")
        file = Path(path)
        limit = int(self.settings.max_file_mb * 1e6)
        try:
            if file.stat().st_size > limit:
                return Outcome(False, f"{file.name}: filen är större än {limit / 1e6:.0f} MB")
            data = file.read_bytes()
        except OSError:
            return Outcome(False, "Filen kunde inte läsas; ladda upp den igen.")
        return self.library.upload(_original_name(file), data, progress)

    def metadata_of(self, doc_id: str | None) -> tuple[str, str, str, str]:
        """The title, publisher, date and kind shown for a document (for the correction form);
        empty when the index cannot be read (the form must never stay locked on an error)."""
        try:
            row = next((r for r in self.library.rows() if r.doc_id == doc_id), None)
        except (IndexUnavailable, StoreError, OSError):
            log.exception("the metadata of a document could not be read")
            row = None
        if row is None:
            return "", "", "", ""
        return row.title, row.organisation, row.date, kind_labels().get(row.kind, row.kind)

    def correct_metadata(self, doc_id: str | None, title: str, organisation: str, date: str, kind: str,
                         user: str | None) -> Outcome:
        if not self.can_manage(user):
            return Outcome(False, "Att rätta metadata kräver administratörsbehörighet.")
        if not doc_id:
            return Outcome(False, "Välj ett dokument att rätta.")
        named = {label.casefold(): key for key, label in kind_labels().items()}  # "beslut" is stored as "decision"
        kind = named.get(" ".join(str(kind or "").split()).casefold(), kind)
        return self.library.correct_metadata(doc_id, {"title": title, "organisation": organisation, "date": date,
                                                      "kind": kind})

    def remove(self, doc_id: str | None, user: str | None) -> Outcome:
        if not self.can_manage(user):
            return Outcome(False, "Att ta bort dokument kräver administratörsbehörighet.")
        if not doc_id:
            return Outcome(False, "Välj ett dokument att ta bort.")
        return self.library.remove(doc_id)

    # -- feedback for admins ----------------------------------------------------------------
    def _feedback(self, kind: str) -> list[Any]:
        items = self.feedback.all()
        if kind == "up":
            items = [f for f in items if f.rating > 0]
        elif kind == "down":
            items = [f for f in items if f.rating < 0]
        elif kind == "commented":
            items = [f for f in items if f.comment.strip()]
        return list(reversed(items))  # newest first

    def feedback_rows(self, kind: str = "all", user: str | None = None) -> list[list[str]]:
        """What users said about answers (admins only); identity numbers masked, also in rows
        stored before masking existed."""
        if not self.can_manage(user):
            return []
        titles = {r.doc_id: r.title for r in self.library.rows()}
        return [[time.strftime("%Y-%m-%d %H:%M", time.localtime(f.created)), f.user,
                 "Tummen upp" if f.rating > 0 else "Tummen ner", redact(f.question), redact(f.answer),
                 "; ".join(titles.get(d, d) for d in f.citations.split(",") if d), redact(f.comment)]
                for f in self._feedback(kind)]

    def feedback_csv(self, kind: str = "all", user: str | None = None) -> str | None:
        """The same rows as a CSV file (UTF-8 with BOM, so Excel reads å, ä, ö) in a folder of this
        process's own under the system's temporary folder (where Gradio may take a file from to
        offer it for download), or None for someone who is not an admin."""
        if not self.can_manage(user):
            return None
        if self._exports is None:
            self._exports = Path(tempfile.mkdtemp(prefix="rehab-export-"))  # mode 0700
        path = self._exports / f"aterkoppling-{kind if kind in FEEDBACK_FILTERS else 'all'}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(FEEDBACK_COLUMNS)
            writer.writerows([[_csv_cell(c) for c in row] for row in self.feedback_rows(kind, user)])
        return str(path)

    # -- evaluation report ----------------------------------------------------------------
    def report(self) -> tuple[str, list[str]]:
        folder = self.settings.reports_dir
        md = folder / "report.md"
        if not md.exists():
            return ("Ingen utvärderingsrapport finns ännu. Kör `python -m evals run` för att skapa en.", [])
        plots = [str(p) for p in sorted(folder.glob("*.png"))]
        return md.read_text("utf-8"), plots

    # -- health ---------------------------------------------------------------------------
    def _backend_status(self) -> dict[str, Any]:
        """The LLM endpoint is asked whether it is up at most every 30 s, however often health is."""
        now = time.monotonic()
        if self._llm_status is None or now - self._llm_status[0] > 30:
            self._llm_status = (now, self.assistant.backend_status())
        return self._llm_status[1]

    def health(self) -> dict[str, Any]:
        llm = self._backend_status()
        try:
            snap = self.assistant.index.snapshot()
            snap.store.count()  # reaches the vector store (a Chroma server, when configured)
        except (IndexUnavailable, StoreError) as exc:
            return {"status": "unavailable", "error": str(exc), "llm": llm}
        catalog = snap.catalog
        index = {"documents": len(catalog.documents), "chunks": len(catalog.chunks),
                 "embedding_model": catalog.embedding_model, "generation": catalog.generation,
                 "store": "chroma-server" if self.settings.chroma_host else "chroma-embedded"}
        return {"status": "ok", "index": index, "llm": llm, "process": process_memory()}


def process_memory() -> dict[str, float]:
    """This server process's resident memory now and at its peak, in MB (for load tests)."""
    import resource

    import psutil

    return {"rss_mb": round(psutil.Process().memory_info().rss / 2**20, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


class _Cited:
    """A citation dict from the eligibility payload, read like a `Citation`."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.__dict__.update(data)

    @classmethod
    def many(cls, items: list[dict[str, Any]]) -> list[_Cited]:
        return [cls(d) for d in items]


def _fallback_note(answer: Answer) -> str:
    """A visible line when the LLM was configured but its answer was not used."""
    if not any(n.startswith("llm_fallback") for n in answer.notes):
        return ""
    text = ("Språkmodellens svar kunde inte användas (uppgifter som inte fanns i källorna, eller inget svar i tid); "
            "svaret ovan är hämtat direkt ur källan." if answer.language == "sv" else
            "The language model's answer could not be used (facts not in the sources, or no reply in time); "
            "the answer above is taken directly from the source.")
    return f'<br><small class="fallback-note"><i>{escape(text)}</i></small>'


def _bot(content: str) -> dict[str, Any]:
    return {"role": "assistant", "content": content}


def _blank(value: Any) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _csv_cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _original_name(file: Path) -> str:
    """Gradio keeps the uploaded file's own name as the last path component."""
    return file.name


def _offset(value: str | None) -> int | None:
    """A character offset from a query string: digits only, at most 9 of them."""
    return int(value) if value and value.isascii() and value.isdigit() and len(value) <= 9 else None
