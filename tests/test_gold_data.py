"""The gold set is valid: its own validator passes, every evidence quote is in the corpus, and it
has the size and mix the evaluation relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.data import check_gold
from evals.gold import GoldItem, load_gold

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "evals" / "data" / "gold.jsonl"
CORPUS = REPO / "corpus"


def collapse(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def items() -> list[GoldItem]:
    return load_gold()


def run_checker(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], path: Path
) -> tuple[int, str]:
    monkeypatch.setattr("sys.argv", ["check_gold.py", str(path)])
    status = check_gold.main()
    return status, capsys.readouterr().out


def test_the_validator_passes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run_checker(monkeypatch, capsys, GOLD)
    assert status == 0, out
    assert "OK: all checks passed" in out


def test_the_validator_rejects_a_quote_not_in_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Guards the guard: a green validator must mean something."""
    lines = GOLD.read_text("utf-8").splitlines()
    first = json.loads(lines[0])
    first["evidence"][0]["quote"] = "Landstingen ersätts med 99 000 kronor per genomförd KBT/IPT."
    broken = tmp_path / "gold.jsonl"
    broken.write_text("\n".join([json.dumps(first, ensure_ascii=False), *lines[1:]]) + "\n", "utf-8")
    status, out = run_checker(monkeypatch, capsys, broken)
    assert status == 1
    assert f"{first['id']} (line 1): quote not found" in out


def test_the_loader_reads_every_line(items: list[GoldItem]) -> None:
    lines = [line for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    assert len(items) == len(lines)
    assert len({item.id for item in items}) == len(items)


def test_every_evidence_quote_is_in_its_document(items: list[GoldItem]) -> None:
    documents = {p.stem: collapse(p.read_text("utf-8")) for p in CORPUS.glob("*.txt")}
    missing = [
        (item.id, ev.doc_id, ev.quote[:60])
        for item in items for ev in item.evidence
        if collapse(ev.quote) not in documents.get(ev.doc_id, "")
    ]
    assert not missing
    assert sum(len(item.evidence) for item in items) > 0


def test_size_and_mix(items: list[GoldItem]) -> None:
    n = len(items)
    swedish = sum(item.language == "sv" for item in items)
    unanswerable = sum(not item.answerable for item in items)
    followups = [item for item in items if item.history]
    assert n >= 150
    assert swedish / n >= 0.70
    assert unanswerable / n >= 0.15
    assert len(followups) >= 15
    assert {item.language for item in items} == {"sv", "en"}


def test_answerable_items_say_what_a_correct_answer_holds(items: list[GoldItem]) -> None:
    for item in items:
        if item.answerable:
            assert item.required_facts and item.evidence and item.gold_doc_ids, item.id
            assert {ev.doc_id for ev in item.evidence} <= set(item.gold_doc_ids), item.id
        else:
            assert not item.required_facts and not item.evidence, item.id
