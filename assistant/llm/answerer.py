"""The LLM answer step: the model writes the answer from the retrieved passages, and the numeric
guard decides whether that answer may replace the extractive one.

The extractive answer is always computed first, so every failure has somewhere to land: a
timeout, a refused connection, an HTTP error, a reply without citations or with a number the
cited passages do not contain all return the extractive answer with a `llm_fallback: …` note.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Generator, Sequence
from dataclasses import replace

from assistant.llm.backend import ChatBackend
from assistant.llm.guard import check, renumber
from assistant.llm.prompt import build_messages, prompt_data, refusal_marker, source_line
from assistant.models import Answer, AnswerEvent, Citation, Turn
from assistant.query import Query

log = logging.getLogger(__name__)

FALLBACK = "llm_fallback"
REFUSAL = "llm_refusal"


class LlmAnswerer:
    def __init__(self, chat: ChatBackend, timeout_s: float) -> None:
        self.chat = chat
        self.timeout_s = timeout_s

    def answer(self, query: Query, history: Sequence[Turn], passages: Sequence[Citation], extractive: Answer,
               timings: dict[str, float]) -> Generator[AnswerEvent, None, Answer]:
        """Yields the model's text as "delta" events while it arrives and returns the final Answer.

        `passages` are the retrieved hits as citations numbered 1..n, the numbers the model is
        asked to cite. A reply that is (so far) the refusal marker is held back, so the user
        never sees the marker stream past."""
        words = prompt_data()[query.language if query.language in ("sv", "en") else "sv"]
        yield AnswerEvent("status", words["status"])
        started = time.perf_counter()
        reply, shown = "", 0
        try:
            for piece in self.chat.stream(build_messages(query, history, passages)):
                reply += piece
                if time.perf_counter() - started > self.timeout_s:
                    raise TimeoutError(f"no complete reply within {self.timeout_s:g} s")
                if not _may_be_refusal(reply):
                    yield AnswerEvent("delta", reply[shown:])
                    shown = len(reply)
        except Exception as exc:  # whatever the endpoint did wrong, the extractive answer stands
            log.warning("LLM call failed (%s); using the extractive answer", type(exc).__name__)
            return fallback(extractive, f"{type(exc).__name__}: {_first_line(exc)}")
        finally:
            timings["llm_ms"] = (time.perf_counter() - started) * 1000
        return judge(reply, query, passages, extractive)


def judge(reply: str, query: Query, passages: Sequence[Citation], extractive: Answer) -> Answer:
    """The final answer given the model's whole reply."""
    text = reply.strip()
    if not text:
        return fallback(extractive, "empty reply")
    if is_refusal(text):
        if extractive.answerable:  # its verbatim quote cleared the evidence bar: keep it
            return fallback(extractive, "the model found no answer in the passages")
        return replace(extractive, backend="llm", notes=[*extractive.notes, REFUSAL])
    by_n = {p.n: p for p in passages}
    verdict = check(text, {n: f"{source_line(p)}\n{p.quote}" for n, p in by_n.items()})
    if not verdict.ok:
        more = len(verdict.problems) - 3
        shown = [*verdict.problems[:3], *([f"{more} more"] if more > 0 else [])]
        return fallback(extractive, "numeric guard: " + "; ".join(shown))
    mapping = {old: new for new, old in enumerate(verdict.cited, 1)}  # cited passages become [1], [2], …
    citations = [replace(by_n[old], n=new) for old, new in mapping.items()]
    return Answer(renumber(text, mapping), True, query.language, citations, backend="llm",
                  notes=[*extractive.notes])


def fallback(extractive: Answer, reason: str) -> Answer:
    log.info("LLM answer not used: %s", reason.split(":")[0])
    return replace(extractive, backend="extractive", notes=[*extractive.notes, f"{FALLBACK}: {reason}"])


def _normalised(text: str) -> str:
    return re.sub(r"[\s_]+", "_", text.strip().upper())


def is_refusal(text: str) -> bool:
    """The reply carries the marker token itself ("INTE_I_DOKUMENTEN"), not merely prose that says
    something is not in the documents ("… står inte i dokumenten, men 2015 …")."""
    return re.search(rf"(?<![\w]){re.escape(refusal_marker())}(?![\w])", text, re.I) is not None


def _may_be_refusal(text: str) -> bool:
    marker, so_far = refusal_marker(), _normalised(text)
    return marker.startswith(so_far) or so_far.startswith(marker)


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:160] if lines else "no message"
