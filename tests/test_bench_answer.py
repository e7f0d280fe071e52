"""The answer benchmark's table: each figure beside the floor of the same percentile."""

from __future__ import annotations

import pytest

from evals.bench_answer import table

pytestmark = pytest.mark.unit


def test_figures_are_compared_with_the_floor_of_their_percentile() -> None:
    summary = {"query_embedding_p50": 10.0, "query_embedding_p95": 40.0, "retrieval_p50": 15.0,
               "retrieval_p95": 200.0, "answer_p50": 30.0, "answer_p95": 80.0, "cold_first_answer": 2500.0}
    lines = {line.split()[0]: line.split() for line in table(summary, 10, 1).splitlines()[2:]}
    assert lines["retrieval_p50"][1:3] == ["15.0", "1.5"] and lines["retrieval_p50"][-1] == "ok"
    assert lines["retrieval_p95"][1:3] == ["200.0", "5.0"] and lines["retrieval_p95"][-1] == "MISSED"
    assert lines["cold_first_answer"][2] == "250.0" and lines["cold_first_answer"][-1] == "ok"
