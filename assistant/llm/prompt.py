"""The messages sent to the LLM: the numbered passages, the (redacted) conversation and the
question, worded by `assistant/data/llm_prompt.toml`."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from assistant.llm.backend import ChatMessage
from assistant.models import Citation, Turn
from assistant.privacy import redact
from assistant.query import Query

_MARKER_RE = re.compile(r"\s*\[\d+(?:\s*,\s*\d+)*\]")
_TAG_RE = re.compile(r"</?\s*(?:utdrag|passage)\b[^>]*>", re.I)


@lru_cache(maxsize=1)
def prompt_data() -> dict[str, Any]:
    return tomllib.loads(resources.files("assistant.data").joinpath("llm_prompt.toml").read_text("utf-8"))


def refusal_marker() -> str:
    return str(prompt_data()["refusal_marker"])


def source_line(passage: Citation) -> str:
    """What the model (and the guard) know about where a passage comes from."""
    return ", ".join(x for x in (passage.title, passage.organisation, passage.date) if x)


def passage_text(passage: Citation) -> str:
    """A passage's text with anything shaped like our fence tags defused, so a document cannot
    close its own block and speak as the prompt."""
    return _TAG_RE.sub(lambda m: m.group(0).replace("<", "‹").replace(">", "›"), passage.quote)


def build_messages(query: Query, history: Sequence[Turn], passages: Sequence[Citation]) -> list[ChatMessage]:
    """Personal identity numbers are redacted from the question and the conversation here, so
    nothing the user typed leaves the machine unredacted."""
    data = prompt_data()
    words = data[query.language if query.language in data else "sv"]
    blocks = "\n\n".join(
        words["passage"].format(n=p.n, source=source_line(p).replace('"', "'"), text=passage_text(p))
        for p in passages
    )
    resolved = ""
    if query.is_followup and query.text != query.original:
        resolved = words["resolved"].format(text=redact(query.text))
    user = words["user"].format(passages=blocks, history=_history(history, words, data),
                                question=redact(query.original), resolved=resolved)
    return [ChatMessage("system", words["system"]), ChatMessage("user", user)]


def _history(history: Sequence[Turn], words: dict[str, str], data: dict[str, Any]) -> str:
    turns = [t for t in history if t.content.strip()][-int(data["max_history_turns"]):] if history else []
    if not turns:
        return ""
    limit = int(data["max_turn_chars"])
    lines = []
    for turn in turns:
        role = words["assistant_role"] if turn.role == "assistant" else words["user_role"]
        text = " ".join(_MARKER_RE.sub("", redact(turn.content)).split())  # old [n] name other passages
        lines.append(f"{role}: {text[:limit]}")
    return words["history"].format(turns="\n".join(lines))
