"""Runs the assistant over the gold set under one or more configurations and scores it."""

from __future__ import annotations

import time
import tomllib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.assistant import Assistant
from assistant.models import Turn
from assistant.query import resolve
from assistant.retrieval import RetrievalConfig
from assistant.settings import Settings
from evals import metrics as m
from evals.gold import GoldItem

MAX_ANSWER_CHARS = 500


@dataclass(frozen=True)
class EvalConfig:
    name: str
    retrieval: RetrievalConfig = field(default_factory=RetrievalConfig)
    description: str = ""
    chunk_size: int | None = None  # None: the configured default
    textbook: bool = False  # the LangChain textbook ingestion (evals/baseline.py)
    top_k: int | None = None
    llm: bool = False  # the LLM writes the answer (only the "llm" config; the others stay extractive)


CONFIGS: dict[str, EvalConfig] = {
    "hybrid": EvalConfig("hybrid", description="dense + BM25 (weighted RRF), expansion, year steering"),
    "dense": EvalConfig("dense", RetrievalConfig(lexical_weight=0.0), description="dense only"),
    "bm25": EvalConfig("bm25", RetrievalConfig(dense_weight=0.0), description="BM25 only (Swedish analysis)"),
    "hybrid-noexp": EvalConfig("hybrid-noexp", RetrievalConfig(use_expansion=False),
                               description="hybrid without query expansion"),
    "hybrid-noyear": EvalConfig("hybrid-noyear", RetrievalConfig(year_weight=0.0),
                                description="hybrid without year steering"),
    "chunks-400": EvalConfig("chunks-400", description="hybrid, 400-character chunks", chunk_size=400),
    "chunks-1000": EvalConfig("chunks-1000", description="hybrid, 1000-character chunks", chunk_size=1000),
    "langchain-textbook": EvalConfig(
        "langchain-textbook", RetrievalConfig(lexical_weight=0.0, year_weight=0.0, use_expansion=False),
        description="RecursiveCharacterTextSplitter 1000/200 on raw text, dense-only Chroma top-4, same "
        "embedder and answerer", textbook=True, top_k=4),
}
LLM_CONFIG = EvalConfig("llm", llm=True, description="hybrid retrieval; the LLM at ASSISTANT_LLM_BASE_URL writes the "
                        "answer, checked by the numeric guard, with the extractive answer as fallback")


def available_configs(settings: Settings) -> dict[str, EvalConfig]:
    """The configurations to compare: the extractive ones, plus "llm" when an endpoint is set."""
    return {**CONFIGS, "llm": LLM_CONFIG} if settings.llm_base_url else dict(CONFIGS)


@dataclass
class ItemResult:
    id: str
    category: str
    language: str
    question: str
    gold_answerable: bool
    answer: str
    answerable: bool
    correct: bool
    missing: list[list[str]]
    forbidden: list[list[str]]
    too_long: bool
    citations: int
    citations_relevant: int
    evidence_total: int
    evidence_cited: int
    unsupported: list[str]
    retrieval_relevant: list[bool]
    n_relevant_chunks: int
    total_ms: float
    resolved: str
    backend: str = "extractive"  # which answerer's text was returned
    llm_fallback: str = ""  # why the LLM answer was not used, if it was tried
    groups: dict[str, str] = field(default_factory=dict)  # e.g. split, doc_kind, style: reported by group


def score_item(item: GoldItem, answer: Any, relevant: list[bool], n_relevant: int,
               groups: dict[str, str] | None = None) -> ItemResult:
    missing = m.facts_missing(answer.answer, item.required_facts) if item.answerable else []
    forbidden = m.facts_forbidden(answer.answer, item.forbidden_facts)
    too_long = len(answer.answer) > MAX_ANSWER_CHARS
    if item.answerable:
        correct = answer.answerable and not missing and not forbidden and not too_long
    else:
        correct = not answer.answerable and not forbidden
    quotes = [c.quote for c in answer.citations]
    relevant_cites = sum(
        1 for c in answer.citations
        if any(e.doc_id == c.doc_id and m.passages_match(c.quote, e.quote) for e in item.evidence)
    )
    cited = sum(
        1 for e in item.evidence
        if any(e.doc_id == c.doc_id and m.passages_match(c.quote, e.quote) for c in answer.citations)
    )
    support = " ".join(quotes + [f"{c.title} {c.date}" for c in answer.citations])
    unsupported = m.unsupported_numbers(answer.answer, support) if answer.answerable else []
    return ItemResult(
        id=item.id, category=item.category, language=item.language, question=item.question,
        gold_answerable=item.answerable, answer=answer.answer, answerable=answer.answerable,
        correct=correct, missing=missing, forbidden=forbidden, too_long=too_long,
        citations=len(answer.citations), citations_relevant=relevant_cites,
        evidence_total=len(item.evidence), evidence_cited=cited, unsupported=unsupported,
        retrieval_relevant=relevant, n_relevant_chunks=n_relevant,
        total_ms=answer.timings.get("total_ms", 0.0), resolved=answer.resolved_question,
        backend=answer.backend, llm_fallback=next((n for n in answer.notes if n.startswith("llm_fallback")), ""),
        groups=dict(groups or {}),
    )


def run_config(assistant: Assistant, items: list[GoldItem], tick: Callable[[], None] | None = None,
               groups: Callable[[GoldItem], dict[str, str]] | None = None) -> list[ItemResult]:
    results = []
    chunks = assistant.index.snapshot().catalog.chunks
    for item in items:
        history: list[Turn] = []
        for earlier in item.history:  # a real conversation: earlier answers come from the assistant
            previous = assistant.ask(earlier, history)
            history += [Turn("user", earlier), Turn("assistant", previous.answer)]
        answer = assistant.ask(item.question, history)
        hits = assistant.retrieve(resolve(item.question, history))
        relevant_ids = {
            cid for cid, c in chunks.items()
            if any(e.doc_id == c.doc_id and m.passages_match(c.text, e.quote) for e in item.evidence)
        }
        relevant = [h.chunk_id in relevant_ids for h in hits[:10]]
        results.append(score_item(item, answer, relevant, len(relevant_ids), groups(item) if groups else None))
        if tick:
            tick()
    return results


def aggregate(results: list[ItemResult]) -> dict[str, Any]:
    answerable = [r for r in results if r.gold_answerable]
    unanswerable = [r for r in results if not r.gold_answerable]
    refused = [r for r in results if not r.answerable]
    answered = [r for r in results if r.answerable]
    with_evidence = [r for r in answerable if r.n_relevant_chunks]
    cites = sum(r.citations for r in answered)
    summary = {
        "n": len(results),
        "accuracy": m.ratio(sum(r.correct for r in results), len(results)),
        "accuracy_answerable": m.ratio(sum(r.correct for r in answerable), len(answerable)),
        "refusal_precision": m.ratio(sum(not r.gold_answerable for r in refused), len(refused)),
        "refusal_recall": m.ratio(sum(not r.answerable for r in unanswerable), len(unanswerable)),
        "false_refusal_rate": m.ratio(sum(not r.answerable for r in answerable), len(answerable)),
        "forbidden_facts": sum(len(r.forbidden) for r in results),
        "too_long": sum(r.too_long for r in results),
        "citation_precision": m.ratio(sum(r.citations_relevant for r in answered if r.gold_answerable),
                                      sum(r.citations for r in answered if r.gold_answerable)),
        "citation_recall": m.ratio(sum(r.evidence_cited for r in answerable),
                                   sum(r.evidence_total for r in answerable)),
        "faithfulness": m.ratio(sum(not r.unsupported for r in answered), len(answered)),
        "hit@1": m.ratio(sum(m.hit_at_k(r.retrieval_relevant, 1) for r in with_evidence), len(with_evidence)),
        "hit@3": m.ratio(sum(m.hit_at_k(r.retrieval_relevant, 3) for r in with_evidence), len(with_evidence)),
        "hit@5": m.ratio(sum(m.hit_at_k(r.retrieval_relevant, 5) for r in with_evidence), len(with_evidence)),
        "mrr@10": m.ratio(sum(m.mrr_at_k(r.retrieval_relevant) for r in with_evidence), len(with_evidence)),
        "ndcg@10": m.ratio(sum(m.ndcg_at_k(r.retrieval_relevant, r.n_relevant_chunks) for r in with_evidence),
                           len(with_evidence)),
        "latency_p50_ms": m.percentile([r.total_ms for r in results], 0.5),
        "latency_p95_ms": m.percentile([r.total_ms for r in results], 0.95),
        "citations_per_answer": m.ratio(cites, len(answered)),
        "llm_answers": sum(r.backend == "llm" for r in results),
        "llm_fallbacks": sum(bool(r.llm_fallback) for r in results),
    }
    by: dict[str, dict[str, Any]] = {}
    extra = sorted({k for r in results for k in r.groups})
    for key in ("category", "language", *extra):
        groups: dict[str, list[ItemResult]] = defaultdict(list)
        for r in results:
            value = getattr(r, key) if key in ("category", "language") else r.groups.get(key, "")
            groups[value].append(r)
        by[key] = {g: _group_figures(rs) for g, rs in sorted(groups.items())}
    return {"summary": summary, "by": by}


def _group_figures(results: list[ItemResult]) -> dict[str, Any]:
    answerable = [r for r in results if r.gold_answerable]
    unanswerable = [r for r in results if not r.gold_answerable]
    answered = [r for r in answerable if r.answerable]
    cites = sum(r.citations for r in answered)
    return {  # None where a group has nothing to measure (no unanswerable item, no citation)
        "n": len(results),
        "accuracy": m.ratio(sum(r.correct for r in results), len(results)),
        "refusal_recall": m.ratio(sum(not r.answerable for r in unanswerable), len(unanswerable))
        if unanswerable else None,
        "false_refusal_rate": m.ratio(sum(not r.answerable for r in answerable), len(answerable))
        if answerable else None,
        "citation_precision": m.ratio(sum(r.citations_relevant for r in answered), cites) if cites else None,
    }


def build_eval_assistant(settings: Settings, config: EvalConfig, corpus: Path | list[Path],
                         index_name: str = "") -> Assistant:
    """An index of the corpus (one folder, or several: the corpus and a batch's documents) in the
    eval data dir (incremental: cheap when unchanged); each chunking variant and each set of
    folders (`index_name`) gets its own index."""
    from evals.baseline import TextbookIngestor
    from ingest.embedders import make_embedder
    from ingest.pipeline import Ingestor, chroma_store_factory

    updates: dict[str, Any] = {}
    if config.chunk_size:
        updates["chunk_size"] = config.chunk_size
    if config.top_k:
        updates["top_k"] = config.top_k
    variant = "textbook" if config.textbook else f"chunks-{config.chunk_size or settings.chunk_size}"
    updates["data_dir"] = settings.data_dir / (f"{index_name}-{variant}" if index_name else variant)
    if not config.llm:
        updates["llm_base_url"] = None  # an endpoint in the environment is for the "llm" config only
    settings = settings.model_copy(update=updates)
    embedder = make_embedder(settings)
    factory = chroma_store_factory(settings, embedder)
    ingestor_class = TextbookIngestor if config.textbook else Ingestor
    folders = corpus if isinstance(corpus, list) else [corpus]
    report = ingestor_class(settings, embedder, factory).run(folders)
    if not report.ok:
        raise RuntimeError(f"eval index: {report.failed}")
    return Assistant(settings, embedder, factory, replace(config.retrieval))


def results_as_dicts(results: list[ItemResult]) -> list[dict[str, Any]]:
    return [asdict(r) for r in results]


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def floors() -> dict[str, Any]:
    """The CI floors (evals/data/floors.toml): the gold set's, and each batch's under [batches]."""
    return tomllib.loads(resources.files("evals.data").joinpath("floors.toml").read_text("utf-8"))
