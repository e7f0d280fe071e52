"""Shared test fixtures: tier markers, a network guard for the unit tier, settings and corpora
under tmp_path, and an in-memory store factory for fast pipeline tests."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from assistant.settings import Settings
from ingest.embedders import Embedder, HashingEmbedder
from ingest.store import InMemoryStore

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
TIERS = ("unit", "integration", "browser")
# modules of a minute or more (measured with --durations), longest first
LONGEST = ("test_eval_floor_batches.py", "test_eval_command.py", "test_llm_integration.py", "test_eval_floor.py",
           "test_browser.py")


# --- tiers ----------------------------------------------------------------------------------

def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """--strict-markers catches a misspelt marker; this catches a forgotten one, so that
    `-m unit` really selects the whole fast tier and nothing slow hides in it."""
    problems = []
    for item in items:
        tiers = [t for t in TIERS if item.get_closest_marker(t)]
        if not tiers:
            problems.append(f"{item.nodeid}: no tier marker (one of {', '.join(TIERS)})")
        elif "unit" in tiers and (len(tiers) > 1 or item.get_closest_marker("slow")):
            problems.append(f"{item.nodeid}: a unit test is neither slow nor in another tier")
    if problems:
        raise pytest.UsageError("tests with wrong tier markers:\n  " + "\n  ".join(problems))
    # the longest modules start first, so the two pytest-xdist workers (--dist loadscope) finish
    # together instead of one running a long module alone at the end
    items.sort(key=lambda item: LONGEST.index(item.path.name) if item.path.name in LONGEST else len(LONGEST))


# --- network guard ----------------------------------------------------------------------------

class NetworkBlockedError(RuntimeError):
    """Raised (not an OSError, so no client library swallows it as a retryable failure)."""


def _is_loopback(address: Any) -> bool:
    if isinstance(address, str | bytes):  # AF_UNIX path
        return True
    host = str(address[0]) if isinstance(address, tuple) and address else str(address)
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False  # a host name: resolving it is already network access


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuses every connection that does not stay on this machine."""

    def guard(address: Any) -> None:
        if not _is_loopback(address):
            raise NetworkBlockedError(f"network access is blocked in this test (to {address!r})")

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create_connection = socket.create_connection

    def connect(self: socket.socket, address: Any) -> None:
        guard(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        guard(address)
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        guard(address)
        return real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture(autouse=True)
def _unit_tests_are_offline(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("unit"):
        request.getfixturevalue("no_network")


@pytest.fixture(autouse=True)
def _no_assistant_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's ASSISTANT_* variables (a Chroma host, a model) must not leak into tests."""
    for name in list(os.environ):
        if name.startswith("ASSISTANT_"):
            monkeypatch.delenv(name)


# --- corpora and settings --------------------------------------------------------------------

CopyCorpus = Callable[..., Path]


@pytest.fixture
def copy_corpus(tmp_path: Path) -> CopyCorpus:
    """copy_corpus(name="corpus", files=None) -> a private copy of corpus/ (or of some of its
    files, with the manifest) that a test may edit, delete from or drop files into."""

    def copy(name: str = "corpus", files: Iterable[str] | None = None) -> Path:
        dest = tmp_path / name
        if files is None:
            shutil.copytree(CORPUS, dest)
            return dest
        dest.mkdir(parents=True)
        for file in [*files, "manifest.toml"]:
            shutil.copy2(CORPUS / file, dest / file)
        return dest

    return copy


@pytest.fixture
def corpus_dir(copy_corpus: CopyCorpus) -> Path:
    return copy_corpus()


def settings_over(tmp_path: Path, files: dict[str, str]) -> Settings:
    """Settings (hashing embedder) over a corpus folder holding `files` (name -> text)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus, embedding_backend="hashing")


@pytest.fixture
def settings(tmp_path: Path, corpus_dir: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus_dir, embedding_backend="hashing")


# --- fakes -----------------------------------------------------------------------------------

class MemoryStores:
    """The pipeline's store factory (`generation -> store`) over InMemoryStore. It keeps one
    store per generation, as a persistent store would across runs, and lets a test look in."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.by_generation: dict[str, InMemoryStore] = {}

    def __call__(self, generation: str) -> InMemoryStore:
        return self.by_generation.setdefault(generation, InMemoryStore(self.embedder))


@pytest.fixture
def embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture
def memory_store_factory() -> Callable[[Embedder], MemoryStores]:
    """For a test that needs stores over another embedder than the default one."""
    return MemoryStores


@pytest.fixture
def memory_stores(embedder: HashingEmbedder) -> MemoryStores:
    return MemoryStores(embedder)
