"""The eval runner with the LLM backend: the "llm" configuration exists only when an endpoint is
configured, and every item records which answerer's text it got and why the LLM's was not used."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.models import Answer
from assistant.settings import Settings
from evals.gold import GoldItem
from evals.report import write_report
from evals.runner import CONFIGS, aggregate, available_configs, results_as_dicts, score_item

ITEM = GoldItem("kbt", "amount", "sv", (), "Hur mycket ersätts landstingen per KBT?", True,
                (("12 000",),), (), ("avtal",), ())


@pytest.mark.unit
def test_llm_config_only_with_an_endpoint() -> None:
    assert "llm" not in available_configs(Settings())
    assert available_configs(Settings()) == CONFIGS
    with_llm = available_configs(Settings(llm_base_url="http://127.0.0.1:8080/v1"))
    assert list(with_llm)[-1] == "llm" and with_llm["llm"].llm
    assert not any(c.llm for c in CONFIGS.values())  # the others stay extractive even with an endpoint


@pytest.mark.unit
def test_backend_and_fallbacks_are_recorded_and_reported(tmp_path: Path) -> None:
    used = Answer("12 000 kronor [1].", True, "sv", backend="llm")
    fell_back = Answer("Enligt SKL: 12 000 kronor [1].", True, "sv",
                       notes=["llm_fallback: numeric guard: 750 not in cited passages"])
    plain = Answer("Enligt SKL: 12 000 kronor [1].", True, "sv")
    results = [score_item(ITEM, a, [True], 1) for a in (used, fell_back, plain)]
    assert [r.backend for r in results] == ["llm", "extractive", "extractive"]
    assert [bool(r.llm_fallback) for r in results] == [False, True, False]
    summary = aggregate(results)["summary"]
    assert (summary["llm_answers"], summary["llm_fallbacks"]) == (1, 1)
    runs = {"llm": {"description": "d", "aggregate": aggregate(results), "items": results_as_dicts(results)}}
    meta = {"created": "now", "items": 3, "embedding_model": "m", "chunk_size": 700, "llm_model": "smollm2"}
    report = write_report(tmp_path, runs, meta).read_text("utf-8")
    assert "| llm_fallbacks | 1 |" in report
    assert "## LLM backend (llm): 1 answers from the LLM, 1 fallbacks" in report
    assert "- numeric guard: 1" in report and "model `smollm2`" in report
