"""`Assistant.ask(question, history) -> Answer`: the contract the CLI, the web page and the API use."""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Generator, Iterator
from dataclasses import replace
from typing import Any

import numpy as np

from assistant.answering import Answerer, Model
from assistant.answering.candidates import Similarity
from assistant.answering.model import load_model
from assistant.data import answer_templates
from assistant.eligibility.chat import answer_eligibility, undecided
from assistant.eligibility.evidence import EvidenceIndex
from assistant.index import IndexUnavailable, LiveIndex, Snapshot
from assistant.llm import ChatBackend, LlmAnswerer, endpoint_reachable, openai_backend
from assistant.models import Answer, AnswerEvent, Citation, Hit, Turn
from assistant.privacy import redact
from assistant.query import Query, detect_language, resolve
from assistant.retrieval import HybridRetriever, RetrievalConfig
from assistant.settings import Settings
from assistant.steering import steers
from assistant.vocabulary import english_only_terms, idf_table
from ingest.analysis import use_lemma_cache
from ingest.embedders import Embedder, make_embedder
from ingest.pipeline import StoreFactory, chroma_store_factory
from ingest.store import StoreError
from ingest.units import unit_key

log = logging.getLogger(__name__)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
__all__ = ["AnswerEvent", "Assistant"]  # AnswerEvent lives in models (the LLM step yields it too)
# Lone surrogates: what Python makes of undecodable bytes in argv, or of "\ud800" in JSON. UTF-8
# cannot carry them, so a printed or serialised answer that echoed one would fail.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


class Assistant:
    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        store_factory: StoreFactory | None = None,
        retrieval: RetrievalConfig | None = None,
        model: Model | None = None,
        chat: ChatBackend | None = None,
    ) -> None:
        """`chat` turns the LLM backend on with a given chat model (tests pass a fake); without
        it the backend is on when `settings.llm_base_url` is set, and the client is built lazily."""
        self.settings = settings
        use_lemma_cache(settings.cache_dir)
        self.embedder = embedder or make_embedder(settings)
        self.index = LiveIndex(settings, self.embedder, store_factory or chroma_store_factory(settings, self.embedder))
        self.retrieval_config = retrieval or RetrievalConfig(
            dense_weight=settings.dense_weight, lexical_weight=settings.lexical_weight
        )
        self._model = model  # the answer model; by default the shipped one (or ASSISTANT_ANSWER_MODEL)
        self._answerer: tuple[tuple[int, int, int], Answerer] | None = None
        # the eligibility rules' quotes, per catalog version
        self._evidence: tuple[tuple[int, int, int], EvidenceIndex] | None = None
        self._chat = chat
        self._llm: LlmAnswerer | None = None

    # -- public ---------------------------------------------------------------------------
    def ask(self, question: str, history: list[Turn] | list[dict[str, str]] | None = None,
            explain: bool = False) -> Answer:
        """`explain`: the answer carries the decision (the top units' features and scores, and
        what decided the answer or the refusal) in `explanation`."""
        for event in self._events(question, history, explain):
            if event.kind == "done" and event.answer is not None:
                return event.answer
        raise AssertionError("the answer events end with 'done'")

    def stream(self, question: str, history: list[Turn] | list[dict[str, str]] | None = None) -> Iterator[AnswerEvent]:
        """Status lines, then the answer text in pieces, then one "done" event with the Answer.

        Extractive backend: the pieces are the final answer's words and add up to it exactly.
        LLM backend: the pieces are the model's tokens as they arrive, but the numeric guard can
        only judge the whole reply, so the final Answer may differ from what streamed (the
        extractive fallback, or the same text with its [n] markers renumbered to the citations).
        A UI must replace the streamed text with `done.answer.answer`."""
        lang = detect_language(question or "") if isinstance(question, str) else "sv"
        yield AnswerEvent("status", "Söker i dokumenten …" if lang == "sv" else "Searching the documents …")
        streamed = False
        for event in self._events(question, history):
            if event.kind == "done" and event.answer is not None and not streamed:
                for piece in re.findall(r"\S+\s*", event.answer.answer):
                    yield AnswerEvent("delta", piece)
            streamed = streamed or event.kind == "delta"
            yield event

    def backend_status(self, check: bool = True) -> dict[str, Any]:
        """For a health endpoint: which answerer is on and, when it is the LLM, whether its
        endpoint answers (GET {base_url}/models, 2 s timeout; `check=False` skips the call)."""
        url = self.settings.llm_base_url
        on = bool(url) or self._chat is not None
        reachable = endpoint_reachable(self.settings) if on and url and check else None
        return {"backend": "llm" if on else "extractive", "llm_base_url": url,
                "llm_model": self.settings.llm_model if on else None, "reachable": reachable}

    def warm_up(self) -> None:
        """Loads the model, the index, the Swedish word tables (one whole extractive answer) and
        the LLM client, so the first person's question is as fast as any other."""
        snap = self.index.snapshot()
        query = resolve("Hur mycket ersätts landstingen per behandling enligt rehabiliteringsgarantin?", [])
        vector = self.embedder.embed_query(query.text)
        hits = self.retrieve(query, None, vector, snap)
        self.model_answerer(snap).answer(query, hits, snap.catalog.documents,
                                   lambda texts: snap.units.similarities([unit_key(t) for t in texts], vector))
        self._evidence_index()
        if self.llm is not None:
            self.llm.chat.warm_up()

    def eligibility_evidence(self) -> EvidenceIndex:
        """Where the eligibility rules' quotes sit in the indexed documents (for the form and API)."""
        return self._evidence_index()

    @property
    def llm(self) -> LlmAnswerer | None:
        """The LLM answer step, or None when the extractive answer is final."""
        if self._llm is None and (self._chat is not None or self.settings.llm_base_url):
            self._llm = LlmAnswerer(self._chat or openai_backend(self.settings), self.settings.llm_timeout_s)
        return self._llm

    # -- steps ----------------------------------------------------------------------------
    def _events(self, question: str, history: list[Turn] | list[dict[str, str]] | None,
                explain: bool = False) -> Iterator[AnswerEvent]:
        started = time.perf_counter()
        turns = _turns(history)
        problem = self._validate(question, turns)
        if problem is not None:
            problem.timings["total_ms"] = (time.perf_counter() - started) * 1000
            yield AnswerEvent("done", answer=problem)
            return
        question = _clean(question)
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        query = resolve(question, turns)
        timings["understand_ms"] = (time.perf_counter() - t0) * 1000
        log.info("question received (%d chars, %s)", len(question), query.language)
        log.debug("question: %s", redact(question))
        try:
            answer = yield from self._answer(query, timings, turns, explain)
        except (IndexUnavailable, StoreError) as exc:
            answer = Answer(answer_templates()[query.language]["no_index"].format(error=exc), False, query.language,
                            notes=["index_unavailable"])
        answer.resolved_question = query.text
        answer.timings = {**timings, "total_ms": (time.perf_counter() - started) * 1000}
        yield AnswerEvent("done", answer=answer)

    def _validate(self, question: str, history: list[Turn]) -> Answer | None:
        lang = detect_language(question if isinstance(question, str) else "")
        t = answer_templates()[lang]
        if not isinstance(question, str) or not _clean(question):
            return Answer(t["empty"], False, lang, notes=["empty_question"])
        if len(question) > self.settings.max_question_chars:
            return Answer(t["too_long"].format(n=len(question), limit=self.settings.max_question_chars),
                          False, lang, notes=["question_too_long"])
        if steers(question):
            return Answer(t["steering"], False, lang, notes=["steering"])
        return None

    def model_answerer(self, snap: Snapshot | None = None) -> Answerer:
        """The fitted answer model over this index's vocabulary (rebuilt when the index changes)."""
        snap = snap or self.index.snapshot()
        if self._answerer is None or self._answerer[0] != snap.version:
            tokens = snap.catalog.extras.get("lexical_tokens", {})
            idf = idf_table(tokens)
            docs = snap.catalog.documents
            english = {cid for cid, c in snap.catalog.chunks.items()
                       if c.doc_id in docs and docs[c.doc_id].meta.language == "en"}
            model = self._model or (load_model(self.settings.answer_model) if self.settings.answer_model else None)
            self._answerer = (snap.version, Answerer(idf, model, speller=snap.lexical.speller(),
                                                     english_only=english_only_terms(tokens, english)))
        return self._answerer[1]

    def retrieve(self, query: Query, timings: dict[str, float] | None = None,
                 vector: np.ndarray | None = None, snap: Snapshot | None = None) -> list[Hit]:
        retriever = HybridRetriever(self.index, self.embedder, self.retrieval_config)
        return retriever.search(query, self.settings.top_k, timings, vector, snap)

    def _answer(self, query: Query, timings: dict[str, float], turns: list[Turn],
                explain: bool = False) -> Generator[AnswerEvent, None, Answer]:
        eligibility = answer_eligibility(query.original, query.language, self._evidence_index)
        if eligibility is not None and not undecided(eligibility):  # one patient: answered by the rules engine
            return eligibility
        snap = self.index.snapshot()  # one catalog for the whole question, even if an ingest lands
        t0 = time.perf_counter()
        vector = self.embedder.embed_query(query.text)  # shared by retrieval and the answerer
        timings["embed_ms"] = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        hits = self.retrieve(query, timings, vector, snap)
        timings["retrieve_ms"] = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        docs = snap.catalog.documents

        def similarity(texts: list[str]) -> np.ndarray:
            return snap.units.similarities([unit_key(t) for t in texts], vector)

        answerer = self.model_answerer(snap)

        def search(part: Query) -> tuple[list[Hit], Similarity]:
            """One part of a two-part question asked alone: its own embedding and retrieval."""
            part_vector = self.embedder.embed_query(part.text)

            def part_similarity(texts: list[str]) -> np.ndarray:
                return snap.units.similarities([unit_key(t) for t in texts], part_vector)
            return answerer.passages(part, self.retrieve(part, None, part_vector, snap), docs), part_similarity

        hits = answerer.passages(query, hits, docs)
        draft = answerer.answer(query, hits, docs, similarity, search)
        hits = [*hits, *draft.added]  # a part asked alone cites its own passages
        timings["answer_ms"] = (time.perf_counter() - t0) * 1000
        citations = [self._citation(n, u.cite_start, u.end, _holding(hits[u.hit], u.cite_start, u.end, snap), docs)
                     for n, u in enumerate(_distinct(draft.units), 1)]
        nearest = [] if draft.answerable else [
            self._citation(n, h.start, h.end, h, docs) for n, h in enumerate(hits[:3], 1)
        ]
        notes = ["vectors_missing"] if snap.missing_vectors() else []
        answer = Answer(draft.text, draft.answerable, query.language, citations, nearest=nearest, notes=notes)
        if eligibility is not None and not answer.answerable:
            return eligibility  # no document answers the rule asked: what the engine lacks to decide
        if explain:
            answer.explanation = {"resolved_question": query.text,
                                  "passages": [{"doc_id": h.doc_id, "section": h.section, "score": round(h.score, 4),
                                                "dense_rank": h.rank_dense, "lexical_rank": h.rank_lexical}
                                               for h in hits],
                                  **draft.trace}
        if self.llm is None or not hits:
            return answer
        passages = [self._citation(n, h.start, h.end, h, docs) for n, h in enumerate(hits, 1)]
        return (yield from self.llm.answer(query, turns, passages, answer, timings))

    def _evidence_index(self) -> EvidenceIndex:
        snap = self.index.snapshot()
        if self._evidence is None or self._evidence[0] != snap.version:
            self._evidence = (snap.version, EvidenceIndex.from_catalog(snap.catalog))
        return self._evidence[1]

    @staticmethod
    def _citation(n: int, start: int, end: int, hit: Hit, docs: dict[str, Any]) -> Citation:
        """The quote is cut from the document's normalised text, so it is verbatim by construction."""
        record = docs[hit.doc_id]
        meta = record.meta
        return Citation(n=n, doc_id=hit.doc_id, title=meta.title, organisation=meta.organisation,
                        date=meta.date, source=meta.source, quote=record.text[start:end], start=start, end=end,
                        chunk_id=hit.chunk_id, chunk_start=hit.start, chunk_end=hit.end)


def _holding(hit: Hit, start: int, end: int, snap: Snapshot) -> Hit:
    """The passage a quote stands in: the hit it was read from, or, for a line quoted from elsewhere
    in the document (where it names its publisher or its date), the document's chunk that holds it."""
    if hit.start <= start and end <= hit.end:
        return hit
    chunks = snap.catalog.chunks_of(hit.doc_id)
    holding = ([c for c in chunks if c.start <= start and end <= c.end]
               or [c for c in chunks if c.start <= start < c.end])
    if not holding:
        return hit
    c = holding[0]
    return replace(hit, chunk_id=c.chunk_id, text=c.text, start=c.start, end=c.end, section=c.section,
                   years=c.years)


def _distinct(units: list[Any]) -> list[Any]:
    """List answers render many sibling items under one marker: cite their span once."""
    if len(units) > 2 and all(u.kind == "item" and u.block == units[0].block and u.hit == units[0].hit for u in units):
        first, last = min(units, key=lambda u: u.start), max(units, key=lambda u: u.end)
        return [type(first)(first.hit, "", first.start, last.end, "item", first.context, (), first.block)]
    return units


def _turns(history: list[Turn] | list[dict[str, str]] | None) -> list[Turn]:
    turns = []
    for item in history or []:
        if isinstance(item, Turn):
            turns.append(item)
        elif isinstance(item, dict) and isinstance(item.get("content"), str):
            turns.append(Turn(str(item.get("role", "user")), item["content"][:4000]))
    return [Turn(_SURROGATE_RE.sub("\ufffd", t.role), _SURROGATE_RE.sub("\ufffd", t.content)) for t in turns]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", _SURROGATE_RE.sub("\ufffd", _CONTROL_RE.sub(" ", text)))
    return " ".join(text.split())
