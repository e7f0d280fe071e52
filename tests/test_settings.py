"""The one settings object: defaults that must hold on any machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import Settings

pytestmark = pytest.mark.unit


def test_the_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ASSISTANT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert Settings().cache_dir == tmp_path / "rehab-assistant"


def test_a_process_without_a_home_folder_still_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSISTANT_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert Settings().cache_dir == Path("data") / "cache" / "rehab-assistant"
