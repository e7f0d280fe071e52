"""The optional LLM answering backend: a chat-model port (`backend`), the prompt (`prompt`), the
numeric guard (`guard`) and the answer step that falls back to the extractive answer (`answerer`)."""

from assistant.llm.answerer import LlmAnswerer
from assistant.llm.backend import ChatBackend, ChatMessage, LangChainChat, endpoint_reachable, openai_backend

__all__ = ["ChatBackend", "ChatMessage", "LangChainChat", "LlmAnswerer", "endpoint_reachable", "openai_backend"]
