"""The answer model, in two small logistic parts read from assistant/data/answer_model.toml
(fitted by `python -m evals.fit_answering`, cross-validated by document):

- ranking: score(unit) = bias + Σ weight · feature (features.FEATURES); the best unit is the
  candidate answer;
- decision: P(the best unit answers) = sigmoid(bias + Σ weight · decision feature)
  (features.DECISION_FEATURES, which include the best unit's score and its margin over the
  second); below `threshold` the answer is a refusal.

`contributions` gives each feature's share of a score, so any decision can be read."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.answering.features import DECISION_FEATURES, FEATURES

MODEL_FILE = "answer_model.toml"


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@dataclass(frozen=True)
class Linear:
    weights: dict[str, float]
    bias: float

    def score(self, values: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * v for name, v in values.items())

    def contributions(self, values: dict[str, float]) -> dict[str, float]:
        return {name: self.weights.get(name, 0.0) * v for name, v in values.items()}


@dataclass(frozen=True)
class Model:
    ranking: Linear
    decision: Linear
    threshold: float  # the decision probability below which the answer is a refusal
    second: float = 0.75  # a second unit joins (two-part questions) within this share of the best's probability
    # the unit answering the other part of a coordinated question joins within this share of the best's
    # probability: it shares few of the whole question's words, so it scores well below the best (a
    # few logits); what picks it is that it names the part's words and holds the kind of fact asked
    other_part: float = 0.2
    # the decision probability a part of a coordinated question, ranked alone over the whole
    # question's passages, needs for its own best unit to join the answer
    part_floor: float = 0.2
    fitted: dict[str, Any] = field(default_factory=dict)  # how and on what it was fitted, and its CV figures

    def to_toml(self) -> str:
        lines = ["# The answer model (assistant/answering/model.py): a ranking score per unit and a decision",
                 "# probability for the best one. Written by `python -m evals.fit_answering`; the features are",
                 "# documented in assistant/answering/features.py.",
                 f"threshold = {self.threshold:.4f}", f"second = {self.second:.4f}",
                 f"other_part = {self.other_part:.4f}", f"part_floor = {self.part_floor:.4f}", "",
                 "[ranking]", f"bias = {self.ranking.bias:.4f}"]
        lines += [f"{name} = {self.ranking.weights.get(name, 0.0):.4f}" for name in FEATURES]
        lines += ["", "[decision]", f"bias = {self.decision.bias:.4f}"]
        lines += [f"{name} = {self.decision.weights.get(name, 0.0):.4f}" for name in DECISION_FEATURES]
        if self.fitted:
            lines += ["", "[fitted]"] + [f"{key} = {_toml_value(value)}" for key, value in self.fitted.items()]
        return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)


def _linear(table: dict[str, Any], known: dict[str, Any], part: str) -> Linear:
    weights = {k: float(v) for k, v in table.items() if k != "bias"}
    unknown = set(weights) - set(known)
    if unknown:
        raise ValueError(f"the answer model's [{part}] names features that do not exist: {sorted(unknown)}")
    return Linear(weights, float(table.get("bias", 0.0)))


def parse(text: str) -> Model:
    raw = tomllib.loads(text)
    return Model(_linear(raw["ranking"], FEATURES, "ranking"), _linear(raw["decision"], DECISION_FEATURES, "decision"),
                 float(raw["threshold"]), float(raw.get("second", 0.75)), float(raw.get("other_part", 0.2)),
                 float(raw.get("part_floor", 0.2)), dict(raw.get("fitted", {})))


@lru_cache(maxsize=1)
def default_model() -> Model:
    return parse(resources.files("assistant.data").joinpath(MODEL_FILE).read_text("utf-8"))


def load_model(path: Path | None = None) -> Model:
    return parse(path.read_text("utf-8")) if path else default_model()
