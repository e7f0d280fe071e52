"""Hybrid retrieval: dense (Chroma, e5) and BM25 (Swedish analysis, expanded query), fused by
weighted reciprocal rank, with nudges towards passages about the years the question names and
passages that name what it is about."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from assistant.expansion import anchor_groups
from assistant.index import LiveIndex, Snapshot
from assistant.models import Hit
from assistant.people import asks_for_person, names_a_person, names_a_role
from assistant.query import Query
from ingest.analysis import analyze
from ingest.embedders import Embedder

RRF_K = 60


@dataclass(frozen=True)
class RetrievalConfig:
    dense_weight: float = 1.0
    lexical_weight: float = 1.5
    year_weight: float = 0.5  # in units of a first-rank RRF contribution
    anchor_weight: float = 1.0  # for passages that name what the question is about (MMR1, VGR …)
    candidates: int = 30
    use_expansion: bool = True


def _section_start(snap: Snapshot, chunk_id: str) -> int:
    """The start of the first of the unbroken run of passages that share this one's section: a
    passage deep in a section is still about what the section's first lines named."""
    chunk = snap.catalog.chunks[chunk_id]
    start = chunk.start
    for other in sorted(snap.catalog.chunks_of(chunk.doc_id), key=lambda c: c.start, reverse=True):
        if other.start >= chunk.start:
            continue
        if other.section != chunk.section or other.end < start - 2:
            break
        start = other.start
    return start


class HybridRetriever:
    def __init__(self, index: LiveIndex, embedder: Embedder, config: RetrievalConfig) -> None:
        self.index = index
        self.embedder = embedder
        self.config = config

    def search(self, query: Query, k: int, timings: dict[str, float] | None = None,
               vector: np.ndarray | None = None, snap: Snapshot | None = None) -> list[Hit]:
        """`vector`: the question's embedding when the caller already has it; `snap`: the index
        state the caller reads the rest of the answer from."""
        timings = timings if timings is not None else {}
        snap = snap or self.index.snapshot()
        dense = self._dense(query, snap, timings, vector) if self.config.dense_weight > 0 else {}
        lexical = self._lexical(query, snap, timings) if self.config.lexical_weight > 0 else {}
        fused = self._fuse(query, snap, dense, lexical)
        chunks = snap.catalog.chunks
        ranked = sorted(fused, key=lambda c: (-fused[c], c))[:k]
        ranked += self._people(query, ranked, snap)
        out = []
        for cid in ranked:
            c = chunks[cid]
            d_rank, d_score = dense.get(cid, (None, 0.0))
            l_rank, l_score = lexical.get(cid, (None, 0.0))
            out.append(Hit(
                chunk_id=cid, doc_id=c.doc_id, text=c.text, start=c.start, end=c.end,
                section=c.section, years=c.years, score=fused.get(cid, 0.0), dense=d_score, lexical=l_score,
                rank_dense=d_rank, rank_lexical=l_rank, section_start=_section_start(snap, cid),
            ))
        return out

    @staticmethod
    def _people(query: Query, ranked: list[str], snap: Snapshot, documents: int = 2, most: int = 2) -> list[str]:
        """For "Vem …?" / "Who …?": the passages of the best documents that name a person with a
        role (a signature, a contact list), which a question's words seldom retrieve."""
        if not asks_for_person(query.text):
            return []
        chunks = snap.catalog.chunks
        docs = list(dict.fromkeys(chunks[cid].doc_id for cid in ranked))[:documents]
        extra = []
        for doc_id in docs:
            naming = [c for c in sorted(snap.catalog.chunks_of(doc_id), key=lambda c: c.start)
                      if c.chunk_id not in ranked and names_a_person(c.text) and names_a_role(c.text)]
            extra += [c.chunk_id for c in naming[-1:]]  # a signature or a contact list stands last
        return extra[:most]

    def _dense(self, query: Query, snap: Snapshot, timings: dict[str, float],
               vector: np.ndarray | None) -> dict[str, tuple[int, float]]:
        if vector is None:
            t0 = time.perf_counter()
            vector = self.embedder.embed_query(query.text)
            timings["embed_ms"] = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        hits = [h for h in snap.store.search(vector, self.config.candidates) if h.chunk_id in snap.catalog.chunks]
        timings["dense_ms"] = (time.perf_counter() - t0) * 1000
        return {h.chunk_id: (rank, h.score) for rank, h in enumerate(hits)}

    def _lexical(self, query: Query, snap: Snapshot, timings: dict[str, float]) -> dict[str, tuple[int, float]]:
        t0 = time.perf_counter()
        text = query.lexical_text if self.config.use_expansion else query.text
        tokens = analyze(text)
        if self.config.use_expansion:  # typos and chat spellings, read as the corpus's words
            tokens += [t for t in snap.lexical.speller().tokens(query.text) if t not in tokens]
        scores = snap.lexical.scores(tokens)
        order = np.argsort(-scores, kind="stable")[: self.config.candidates]
        ranked = {
            snap.lexical.chunk_ids[j]: (rank, float(scores[j]))
            for rank, j in enumerate(order) if scores[j] > 0
        }
        timings["lexical_ms"] = (time.perf_counter() - t0) * 1000
        return ranked

    def _fuse(self, query: Query, snap: Snapshot, dense: dict[str, tuple[int, float]],
              lexical: dict[str, tuple[int, float]]) -> dict[str, float]:
        """Weighted reciprocal-rank fusion, plus a nudge for passages about the asked years."""
        cfg = self.config
        fused: dict[str, float] = {}
        for ranks, weight in ((dense, cfg.dense_weight), (lexical, cfg.lexical_weight)):
            for cid, (rank, _) in ranks.items():
                fused[cid] = fused.get(cid, 0.0) + weight / (RRF_K + rank + 1)
        anchors = anchor_groups(query.text, query.language == "en") if cfg.anchor_weight else []
        if anchors:  # a passage that does not name MMR1 cannot answer what MMR1 is paid
            tokens = snap.catalog.extras.get("lexical_tokens", {})
            for cid in fused:
                chunk = snap.catalog.chunks[cid]
                meta = snap.catalog.documents[chunk.doc_id].meta
                named = [*tokens.get(cid, []), *analyze(f"{chunk.section}\n{meta.title}\n{meta.organisation}")]
                if all(anchor.named_in(named) for anchor in anchors):
                    fused[cid] += cfg.anchor_weight / (RRF_K + 1)
        if query.years and cfg.year_weight:
            wanted = set(query.years)
            for cid in fused:
                chunk = snap.catalog.chunks[cid]
                if wanted & set(chunk.years):
                    fused[cid] += cfg.year_weight / (RRF_K + 1)
                elif wanted & set(snap.catalog.documents[chunk.doc_id].meta.years):
                    fused[cid] += cfg.year_weight / (2 * (RRF_K + 1))
        return fused
