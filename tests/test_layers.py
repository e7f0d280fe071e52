"""Lower layers never import higher ones: nothing under ingest/ imports assistant/ (nor evals/)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

INGEST = Path(__file__).resolve().parents[1] / "ingest"
HIGHER = ("assistant", "evals")


def imported_modules(source: str) -> list[str]:
    """Every module a Python source imports, at any depth (inside functions too)."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def higher(module: str) -> bool:
    return module.split(".")[0] in HIGHER


def test_the_scan_sees_every_kind_of_import() -> None:
    source = ("import assistant.settings\nfrom assistant import x\n"
              "def f():\n    from evals.gold import load_gold\n"
              "from ingest.dates import dates_in\nfrom . import loaders\nimport assistants_helper\n")
    assert [m for m in imported_modules(source) if higher(m)] == ["assistant.settings", "assistant", "evals.gold"]


def test_ingest_imports_nothing_from_the_layers_above_it() -> None:
    files = sorted(INGEST.rglob("*.py"))
    assert len(files) > 10
    offending = [f"{path.relative_to(INGEST.parent)}: {module}" for path in files
                 for module in imported_modules(path.read_text("utf-8")) if higher(module)]
    assert offending == []


def test_the_assistant_reads_the_same_settings_object() -> None:
    from assistant.settings import Settings as AssistantSettings
    from ingest.settings import Settings

    assert AssistantSettings is Settings
