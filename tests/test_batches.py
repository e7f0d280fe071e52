"""Batches of documents nobody tuned on: the checker rejects what breaks the format (so a green
check means something), the metadata score compares like a reader, the gold split is stable, and
a seal is written once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import batches as b
from evals.batch_report import write_overview
from evals.data import check_gold
from evals.gold import gold_split, load_gold, parse_items

pytestmark = pytest.mark.unit

MARKER = "[Testdokument: skrivet för utvärdering av assistenten, ingen verklig publikation.]"


def item(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "tb-001", "category": "budgets", "language": "sv", "style": "informal", "two_facts": False,
        "history": [], "question": "hur mkt fick regionen 2016", "answerable": True,
        "required_facts": [["5 miljoner"]], "forbidden_facts": [], "gold_doc_ids": ["tb-doc"],
        "evidence": [{"doc_id": "tb-doc", "quote": "Regionen fick 5 miljoner kronor 2016."}],
    }
    return {**base, **changes}


def make_batch(folder: Path, items: list[dict[str, object]], text: str | None = None, **config: object) -> Path:
    (folder / "docs").mkdir(parents=True)
    body = text if text is not None else f"{MARKER}\n\nRegion Test\n\nRegionen fick 5 miljoner kronor 2016.\n"
    (folder / "docs" / "tb-doc.txt").write_text(body, "utf-8")
    settings = {"name": "tb", "min_questions": 1, **config}
    (folder / "batch.toml").write_text("\n".join(f"{k} = {json.dumps(v)}" for k, v in settings.items()), "utf-8")
    (folder / "expected_meta.toml").write_text(
        '["tb-doc.txt"]\ntitle = "Region Test"\norganisation = "Region Test"\ndate = ""\nkind = "news item"\n', "utf-8")
    (folder / "questions.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
    return folder


def check(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path) -> tuple[int, str]:
    monkeypatch.setattr("sys.argv", ["check_gold.py", "--batch", str(folder)])
    status = check_gold.main()
    return status, capsys.readouterr().out


def test_a_well_formed_batch_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    status, out = check(monkeypatch, capsys, make_batch(tmp_path / "tb", [item()]))
    assert status == 0, out


@pytest.mark.parametrize(("broken", "message"), [
    ({"evidence": [{"doc_id": "tb-doc", "quote": "Regionen fick 9 miljoner kronor 2016."}]}, "quote not found"),
    ({"style": "sloppy"}, "style must be one of"),
    ({"two_facts": "yes"}, "two_facts must be true or false"),
    ({"id": "budgets-001"}, "id must be 'tb-NNN'"),
    ({"gold_doc_ids": ["no-such-doc"]}, "unknown gold doc id"),
])
def test_the_checker_rejects_a_broken_item(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str], broken: dict[str, object],
                                           message: str) -> None:
    status, out = check(monkeypatch, capsys, make_batch(tmp_path / "tb", [item(**broken)]))
    assert status == 1
    assert message in out


def test_the_checker_wants_the_test_marker_and_the_promised_mix(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_batch(tmp_path / "tb", [item()], text="Region Test\n\nRegionen fick 5 miljoner kronor 2016.\n",
                        min_english_share=0.2)
    status, out = check(monkeypatch, capsys, folder)
    assert status == 1
    assert "does not mark it as a test document" in out
    assert "English share 0.0% < 20%" in out


def test_metadata_is_compared_as_a_reader_would() -> None:
    assert b.meta_matches("organisation", "Regeringskansliet", "Regeringskansliet, Socialdepartementet")
    assert b.meta_matches("organisation", "Regeringskansliet (Socialdepartementet)", "Socialdepartementet")
    assert not b.meta_matches("organisation", "SKL", "Riksrevisionen")
    assert b.meta_matches("title", "Statsbidrag för rehabiliteringsinsatser 2014",
                          "Statsbidrag för rehabiliteringsinsatser 2014")
    assert not b.meta_matches("title", "Källa: https://www.regeringen.se/x", "Nya pengar till sjukskrivning")
    assert b.meta_matches("date", "2014-12", "2014-12")
    assert not b.meta_matches("date", "2014", "2014-12-08")
    assert b.meta_matches("date", "", "")  # unknown stays unknown
    assert not b.meta_matches("date", "2014", "")


def test_the_gold_split_is_fixed_by_id_and_holds_out_about_a_third() -> None:
    from evals.gold import HELD_OUT_SHARE

    items = load_gold()
    held = [i for i in items if gold_split(i.id) == "held-out"]
    assert 0.2 < len(held) / len(items) < 0.4
    synthetic = [gold_split(f"x-{n:05d}") for n in range(10_000)]
    assert abs(synthetic.count("held-out") / len(synthetic) - HELD_OUT_SHARE) < 0.02
    # the split of known ids as recorded when it was made: it must never move an item between sets
    assert {i: gold_split(i) for i in ("eligibility-001", "eligibility-002", "eligibility-008")} == {
        "eligibility-001": "held-out", "eligibility-002": "tuned", "eligibility-008": "held-out"}


def test_the_gold_split_is_the_same_in_every_process() -> None:
    """Not Python's salted hash(): another process with another hash seed splits every id alike."""
    import os
    import subprocess
    import sys

    ids = [i.id for i in load_gold()]
    here = [gold_split(i) for i in ids]
    script = ("import json, sys; from evals.gold import gold_split; "
              "print(json.dumps([gold_split(i) for i in json.load(sys.stdin)]))")
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", script], input=json.dumps(ids), capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed}, timeout=60,
                              cwd=Path(__file__).resolve().parents[1])
        assert json.loads(done.stdout) == here


def test_batch_fields_default_for_the_gold_format() -> None:
    parsed = parse_items(json.dumps(item(style="misspelt", two_facts=True)) + "\n"
                         + json.dumps({k: v for k, v in item().items() if k not in ("style", "two_facts")}))
    assert (parsed[0].style, parsed[0].two_facts) == ("misspelt", True)
    assert (parsed[1].style, parsed[1].two_facts) == ("formal", False)


def test_a_seal_is_written_once_and_the_overview_shows_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_batch(tmp_path / "batches" / "tb", [item()])
    monkeypatch.setattr(b, "BATCHES_DIR", tmp_path / "batches")
    batch = b.load_batch("tb")
    record = {"batch": "tb", "sealed": "2026-11-27T12:00:00", "commit": "abcdef1234", "dirty": False,
              "summary": {"n": 1, "accuracy": 0.5, "refusal_recall": 1.0, "false_refusal_rate": 0.0,
                          "citation_precision": 0.75}, "metadata": {"title": 1.0}}
    b.write_sealed(batch, record)
    with pytest.raises(FileExistsError):
        b.write_sealed(batch, record)
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "history.jsonl").write_text(json.dumps(
        {"batch": "tb", "date": "2026-11-28T10:00:00", "commit": "99999999aa", "dirty": False, "sealed": False,
         "n": 1, "accuracy": 1.0, "refusal_recall": 1.0, "false_refusal_rate": 0.0, "citation_precision": 1.0,
         "metadata": {}}) + "\n", "utf-8")
    monkeypatch.setattr("evals.batch_report.list_batches", b.list_batches)
    text = write_overview(reports, tmp_path / "none.json").read_text("utf-8")
    assert "| tb | **sealed** 2026-11-27 | abcdef12 | sealed | 1 | 0.500 |" in text
    assert "| tb | 2026-11-28 | 99999999 | tuned | 1 | 1.000 |" in text
    assert folder.joinpath("sealed.json").exists()


def test_the_flip_check_catches_a_flip_and_honours_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guards the per-item check of the gold set: a flipped item is reported, and a listed reason
    silences only that flip."""
    from evals.accepted import baseline, unexplained_flips

    base = baseline()
    some = next(iter(base))
    flipped = {**base, some: not base[some]}
    monkeypatch.setattr("evals.accepted.accepted_changes", lambda: {})
    assert unexplained_flips(flipped) == [f"{some}: {'wrong -> right' if not base[some] else 'right -> wrong'}"]
    monkeypatch.setattr("evals.accepted.accepted_changes", lambda: {some: (not base[some], "a test")})
    assert unexplained_flips(flipped) == []
    monkeypatch.setattr("evals.accepted.accepted_changes", lambda: {some: (base[some], "the wrong way round")})
    assert unexplained_flips(flipped) != []


def test_an_accepted_change_needs_a_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evals import accepted

    path = tmp_path / "changes.toml"
    path.write_text('[[change]]\nid = "rates-001"\nnow = false\nreason = ""\n', "utf-8")
    monkeypatch.setattr(accepted, "CHANGES", path)
    with pytest.raises(ValueError, match="gives no reason"):
        accepted.accepted_changes()


def test_an_organisation_matches_only_by_a_name_the_data_file_declares() -> None:
    from ingest.metadata import organisations

    org = next(o for o in organisations() if len(o.names) >= 2 and o.name.startswith("Region "))
    assert b.meta_matches("organisation", org.name, org.name)
    assert all(b.meta_matches("organisation", name, org.name) for name in org.names)  # its other names
    assert not b.meta_matches("organisation", "Region", org.name)  # a piece of its name is not it
    assert not b.meta_matches("organisation", org.name.split()[-1], org.name)
    assert not b.meta_matches("organisation", f"{org.name}s landsting", org.name)
    same = next(o for o in organisations() if o.same_as)
    assert b.meta_matches("organisation", same.same_as[0], same.name)  # same_as: one organisation
    assert b.meta_matches("organisation", "Region Testlän", "region testlän")  # unlisted: the same name only
    assert not b.meta_matches("organisation", "Region Testlän", "Region Testlän Norra")


def _repo(tmp_path: Path) -> Path:
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=tmp_path,
                       check=True, capture_output=True)

    for name in ("assistant/answer.py", "ingest/read.py", "evals/metrics.py", "evals/reports/latest/report.md",
                 "evals/reports/batches/b9/report.md", "evals/batches/b9/questions.jsonl",
                 "evals/batches/b9/sealed.json", "README.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x\n", "utf-8")
    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "start")
    return tmp_path


@pytest.mark.parametrize(("changed", "dirty"), [
    ("evals/metrics.py", True),  # scoring code, not only evals/runner.py
    ("evals/new_scorer.py", True),  # untracked
    ("evals/batches/b9/questions.jsonl", True),  # what is measured
    ("assistant/answer.py", True), ("ingest/read.py", True),
    ("evals/reports/latest/report.md", False), ("evals/reports/batches/b9/report.md", False),  # what it writes
    ("evals/batches/b9/sealed.json", False), ("README.md", False),
])
def test_a_seal_counts_any_change_to_what_answers_or_scores(tmp_path: Path, changed: str, dirty: bool) -> None:
    repo = _repo(tmp_path)
    assert b.git_state(repo)["dirty"] is False
    (repo / changed).write_text("y\n", "utf-8")
    state = b.git_state(repo)
    assert state["dirty"] is dirty and len(state["commit"]) == 40


def test_without_a_git_checkout_the_state_is_dirty(tmp_path: Path) -> None:
    assert b.git_state(tmp_path) == {"commit": "", "dirty": True}
