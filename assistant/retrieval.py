"""Hybrid retrieval: dense (Chroma, e5) and BM25 (Swedish analysis, expanded query), fused by
weighted reciprocal rank, with a nudge towards passages about the years the question names."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from assistant.index import LiveIndex
from assistant.models import Hit
from assistant.query import Query
from ingest.analysis import analyze
from ingest.embedders import Embedder

RRF_K = 60


@dataclass(frozen=True)
class RetrievalConfig:
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    year_weight: float = 0.5  # in units of a first-rank RRF contribution
    candidates: int = 30
    use_expansion: bool = True


class HybridRetriever:
    def __init__(self, index: LiveIndex, embedder: Embedder, config: RetrievalConfig) -> None:
        self.index = index
        self.embedder = embedder
        self.config = config

    def search(self, query: Query, k: int, timings: dict[str, float] | None = None) -> list[Hit]:
        timings = timings if timings is not None else {}
        snap = self.index.snapshot()
        chunks = snap.catalog.chunks
        cfg = self.config
        dense_rank: dict[str, int] = {}
        dense_score: dict[str, float] = {}
        if cfg.dense_weight > 0:
            t0 = time.perf_counter()
            vector = self.embedder.embed_query(query.text)
            timings["embed_ms"] = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()
            hits = [h for h in snap.store.search(vector, cfg.candidates) if h.chunk_id in chunks]
            timings["dense_ms"] = (time.perf_counter() - t0) * 1000
            for rank, h in enumerate(hits):
                dense_rank[h.chunk_id] = rank
                dense_score[h.chunk_id] = h.score
        lexical_rank: dict[str, int] = {}
        lexical_score: dict[str, float] = {}
        if cfg.lexical_weight > 0:
            t0 = time.perf_counter()
            text = query.lexical_text if cfg.use_expansion else query.text
            scores = snap.lexical.scores(analyze(text))
            order = np.argsort(-scores, kind="stable")[: cfg.candidates]
            for rank, j in enumerate(order):
                if scores[j] <= 0:
                    break
                cid = snap.lexical.chunk_ids[j]
                lexical_rank[cid] = rank
                lexical_score[cid] = float(scores[j])
            timings["lexical_ms"] = (time.perf_counter() - t0) * 1000
        fused: dict[str, float] = {}
        for cid, rank in dense_rank.items():
            fused[cid] = fused.get(cid, 0.0) + cfg.dense_weight / (RRF_K + rank + 1)
        for cid, rank in lexical_rank.items():
            fused[cid] = fused.get(cid, 0.0) + cfg.lexical_weight / (RRF_K + rank + 1)
        if query.years and cfg.year_weight:
            docs = snap.catalog.documents
            wanted = set(query.years)
            for cid in fused:
                chunk = chunks[cid]
                if wanted & set(chunk.years):
                    fused[cid] += cfg.year_weight / (RRF_K + 1)
                elif wanted & set(docs[chunk.doc_id].meta.years):
                    fused[cid] += cfg.year_weight / (2 * (RRF_K + 1))
        ranked = sorted(fused, key=lambda c: (-fused[c], c))[:k]
        out = []
        for cid in ranked:
            c = chunks[cid]
            out.append(Hit(
                chunk_id=cid, doc_id=c.doc_id, text=c.text, start=c.start, end=c.end,
                section=c.section, years=c.years, score=fused[cid],
                dense=dense_score.get(cid, 0.0), lexical=lexical_score.get(cid, 0.0),
                rank_dense=dense_rank.get(cid), rank_lexical=lexical_rank.get(cid),
            ))
        return out
