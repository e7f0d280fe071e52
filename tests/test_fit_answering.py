"""The fitting of the answer model (evals/fit_answering.py) on synthetic questions: deterministic,
no index."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from evals.fit_answering import (
    Question,
    best_threshold,
    fit_softmax,
    folds,
    join_groups,
    main,
    robust_threshold,
    utility,
    utility_curve,
)

pytestmark = pytest.mark.unit


def _q(qid: str, group: str, rows: list[list[float]], right: list[int], answerable: bool = True) -> Question:
    x = np.array(rows, dtype=float)
    y = np.array(right, dtype=float)
    return Question(qid, group, answerable, x, y, np.zeros(len(rows), dtype=bool))


def test_documents_one_question_joins_are_held_out_together() -> None:
    qs = [_q("1", "a", [[0.0]], [1]), _q("2", "a|b", [[0.0]], [1]), _q("3", "b", [[0.0]], [1]),
          _q("4", "c", [[0.0]], [1]), _q("5", "d|c", [[0.0]], [1]), _q("6", "e", [[0.0]], [1])]
    groups = {q.id: q.group for q in join_groups(qs)}
    assert groups["1"] == groups["2"] == groups["3"] == "a"
    assert groups["4"] == groups["5"] == "c"
    assert groups["6"] == "e"
    for fold in folds(join_groups(qs), 3):  # a component never straddles two folds
        assert not ({"a", "b"} & fold) or "a" in fold
    assert sorted(g for f in folds(join_groups(qs), 3) for g in f) == ["a", "c", "e"]


def test_the_listwise_fit_learns_which_feature_marks_the_answer() -> None:
    rng = np.random.default_rng(7)
    groups = []
    for _ in range(60):
        x = rng.normal(size=(8, 3))
        right = int(rng.integers(8))
        x[right, 1] += 2.5  # feature 1 marks the unit that answers; 0 and 2 are noise
        y = np.zeros(8)
        y[right] = 1.0
        groups.append((x, y))
    w = fit_softmax(groups, l2=1.0)
    assert w[1] > 1.0
    assert abs(w[0]) < w[1] / 3 and abs(w[2]) < w[1] / 3
    top_right = np.mean([y[np.argmax(x @ w)] for x, y in groups])
    by_the_true_feature = np.mean([y[np.argmax(x[:, 1])] for x, y in groups])
    assert top_right >= by_the_true_feature - 0.05
    assert top_right > 3 / 8  # far above chance (1/8)


def test_the_threshold_weighs_a_wrong_answer_against_a_refusal() -> None:
    # (probability, best unit right, answerable): answering below 0.5 is mostly wrong
    decided = [(0.9, True, True), (0.8, True, True), (0.7, True, True), (0.45, False, True),
               (0.4, False, False), (0.35, False, False), (0.3, True, True)]
    strict = best_threshold(decided, wrong_cost=1.0)
    assert 0.45 < strict <= 0.7
    lenient = best_threshold(decided, wrong_cost=0.0)
    assert lenient <= strict


def test_the_utility_curve_is_the_utility_at_every_threshold() -> None:
    rng = np.random.default_rng(3)
    decided = [(float(rng.random()), bool(rng.random() < 0.6), bool(rng.random() < 0.8)) for _ in range(200)]
    grid, value = utility_curve(decided, wrong_cost=0.5)
    assert len(grid) > 100
    for t, v in zip(grid, value, strict=True):
        assert v == pytest.approx(utility(decided, float(t), 0.5))


def _documents(seed: int, n: int = 60) -> tuple[list[tuple[float, bool, bool]], list[str]]:
    """Questions of n documents: answering is right mostly above 0.5, wrong below; each document
    scores its questions higher or lower than the next (what resampling whole documents is for)."""
    rng = np.random.default_rng(seed)
    decided, groups = [], []
    for d in range(n):
        shift = float(rng.normal(0, 0.15))
        for _ in range(8):
            p = float(rng.random())
            answerable = bool(rng.random() < 0.85)
            decided.append((float(np.clip(p + shift, 0.01, 0.99)), bool(rng.random() < p), answerable))
            groups.append(f"doc{d}")
    return decided, groups


def test_the_resampled_threshold_is_near_the_best_utility_and_resamples_whole_documents() -> None:
    decided, groups = _documents(0)
    t = robust_threshold(decided, groups, 0.5, rounds=60)
    best = max(utility(decided, best_threshold(decided, 0.5), 0.5), 1.0)
    assert utility(decided, t, 0.5) >= best - 0.03 * len(decided)
    # whole documents are drawn: with every question in one document, each resample is the whole
    # set, so the median is the single best threshold
    assert robust_threshold(decided, ["one"] * len(decided), 0.5, rounds=5) == best_threshold(decided, 0.5)


def test_a_model_file_in_a_missing_folder_is_refused_before_the_fit(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--out", str(tmp_path / "no-such-folder" / "model.toml")])
    assert stopped.value.code == 2
