"""The port to a chat model and its one adapter (any LangChain chat model).

`ChatBackend.stream(messages)` yields the reply's text as it arrives. Production wraps
`langchain_openai.ChatOpenAI` pointed at an OpenAI-compatible endpoint (llama.cpp server, vLLM,
Ollama, a hosted API); unit tests wrap LangChain's deterministic `GenericFakeChatModel`. LangChain
stays in this module: the rest of the assistant sees `ChatMessage` and strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from assistant.settings import Settings


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system" | "user" | "assistant"
    content: str


class ChatBackend(Protocol):
    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]: ...

    def warm_up(self) -> None:
        """Builds the client (imports, connection pool) so the first question does not pay for it."""


class LangChainChat:
    """A `ChatBackend` over a LangChain chat model, built on first use (constructing ChatOpenAI
    imports the openai client, which a purely extractive process never needs)."""

    def __init__(self, make_model: Callable[[], Any]) -> None:
        self._make_model = make_model
        self._model: Any = None

    @property
    def model(self) -> Any:
        if self._model is None:
            self._model = self._make_model()
        return self._model

    def warm_up(self) -> None:
        _ = self.model

    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
        for chunk in self.model.stream([kinds[m.role](content=m.content) for m in messages]):
            if chunk.text:
                yield chunk.text


def openai_backend(settings: Settings) -> LangChainChat:
    """ChatOpenAI against `settings.llm_base_url`. No retries: a failed call falls back to the
    extractive answer at once, which beats making the user wait for a second attempt."""

    def make() -> Any:
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            timeout=settings.llm_timeout_s,
            max_retries=0,
            temperature=settings.llm_temperature,
            # sent as the classic `max_tokens`: ChatOpenAI's own field goes out as
            # `max_completion_tokens`, which llama-cpp-python's server (and older servers) ignore
            extra_body={"max_tokens": settings.llm_max_tokens},
        )

    return LangChainChat(make)


def endpoint_reachable(settings: Settings, timeout_s: float = 2.0) -> bool:
    """A cheap liveness check for a health endpoint: GET {base_url}/models answers 2xx."""
    import httpx

    if not settings.llm_base_url:
        return False
    url = settings.llm_base_url.rstrip("/") + "/models"
    headers = {"Authorization": f"Bearer {settings.llm_api_key.get_secret_value()}"}
    try:
        return httpx.get(url, headers=headers, timeout=timeout_s).is_success
    except httpx.HTTPError:
        return False
