"""Our Embedder seen as a LangChain `Embeddings`, what langchain-chroma expects. A module of its
own so that nothing imports LangChain before it writes to the store."""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from ingest.embedders import Embedder


class LangChainEmbeddings(Embeddings):
    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_documents(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()
