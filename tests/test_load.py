"""`python -m evals.load` against the real server: concurrent clients on /api/ask, zero errors,
figures printed, memory read from the server between rounds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from serving import free_port, ingest, running_server, server_env

from evals.load import Round, main, memory_growth

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root: Path = tmp_path_factory.mktemp("load")
    env = server_env(root)
    ingest(root, env)
    with running_server(root, env) as (url, _proc):
        yield url


def test_concurrent_clients_get_answers_and_figures(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--url", server, "--clients", "6", "--questions", "3", "--rounds", "3"])
    out = capsys.readouterr().out
    assert code == 0, out
    rounds = re.findall(r"round \d  requests\s+(\d+)  errors\s+(\d+)", out)
    assert rounds == [("18", "0")] * 3
    assert re.search(r"p50\s+\d+ ms  p95\s+\d+ ms", out)
    assert re.search(r"server RSS \d+\.\d MB", out)  # the server reports its memory
    assert "memory: RSS" in out and "result: ok (0 errors)" in out


def test_an_unreachable_server_is_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--url", f"http://127.0.0.1:{free_port()}", "--rounds", "1"]) == 2
    assert "cannot reach" in capsys.readouterr().err


def test_memory_growth_compares_the_second_round_with_the_last() -> None:
    rounds = [Round(rss_mb=300), Round(rss_mb=400), Round(rss_mb=410), Round(rss_mb=440)]
    assert memory_growth(rounds) == pytest.approx(0.10)
    assert memory_growth(rounds[:2]) is None
