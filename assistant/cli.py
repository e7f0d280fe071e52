"""`python -m assistant ask|chat|serve|eligibility` — thin entry points over `Assistant`."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from assistant.settings import Settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant",
                                     description="Ask the rehabilitation-guarantee assistant.")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question (or a JSONL batch)")
    ask.add_argument("question", nargs="?", help="the question")
    ask.add_argument("--json", action="store_true", help="print the answer object as JSON")
    ask.add_argument("--explain", action="store_true",
                     help="show why: the top units with each feature's value and contribution, and the decision")
    ask.add_argument("--history", type=Path, help='JSON file: [{"role": "user", "content": "…"}, …]')
    ask.add_argument("--batch", type=Path,
                     help='JSONL file of {"id", "question", "history"}; one answer per line, in order')
    sub.add_parser("chat", help="interactive question prompt in the terminal")
    serve = sub.add_parser("serve", help="start the web page and the HTTP API (default 127.0.0.1:7860)")
    serve.add_argument("--host", default=None, help="address to listen on (ASSISTANT_HOST)")
    serve.add_argument("--port", type=int, default=None, help="port (ASSISTANT_PORT)")
    add_user = sub.add_parser("add-user", help="add or update a web-page user (password read from stdin)")
    add_user.add_argument("name")
    add_user.add_argument("--role", choices=("admin", "staff"), default="staff")
    add_user.add_argument("--file", type=Path, help="users file (default: ASSISTANT_USERS_FILE)")
    api_key = sub.add_parser("api-key", help="issue a user's API key for /api, /v1 and /mcp (printed once)")
    api_key.add_argument("name")
    api_key.add_argument("--file", type=Path, help="users file (default: ASSISTANT_USERS_FILE)")
    sub.add_parser("mcp", help="serve the MCP tools and resources over stdio (for a local MCP client)")
    _add_eligibility_parser(sub)
    return parser


def _answer_dict(answer: Any, item_id: Any = None) -> dict[str, Any]:
    data = asdict(answer)
    if item_id is not None:
        data = {"id": item_id, **data}
    return data


def _read_history(path: Path | None) -> list[dict[str, str]]:
    if path is None:
        return []
    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, list) or not all(isinstance(x, dict) and "content" in x for x in data):
        raise ValueError(f"{path}: expected a JSON list of {{\"role\", \"content\"}} objects")
    if any(x.get("role", "user") not in ("user", "assistant") for x in data):
        raise ValueError(f"{path}: a turn's \"role\" is \"user\" or \"assistant\"")
    return data


def _print_answer(answer: Any) -> None:
    print(answer.answer)
    for c in answer.citations or answer.nearest:
        where = f"{c.organisation}, {c.date}" if c.organisation else c.date
        print(f"  [{c.n}] {c.title} ({where}) – {c.source}")
        print(f"      “{c.quote[:300]}”")


def _batch_answer(assistant: Any, line: str, line_no: int) -> dict[str, Any]:
    """One batch line in, one answer object (or an error object naming the line) out."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"line {line_no}: not JSON ({exc.msg})"}
    if not isinstance(item, dict):
        return {"id": None, "error": f"line {line_no}: expected a JSON object"}
    question, history = item.get("question"), item.get("history") or []
    if not isinstance(history, list):
        return {"id": item.get("id"), "error": f'line {line_no}: "history" must be a list of {{"role", "content"}}'}
    answer = assistant.ask(question if isinstance(question, str) else "", history)
    return _answer_dict(answer, item.get("id"))


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.assistant import Assistant

    assistant = Assistant(settings)
    if args.batch:
        for line_no, line in enumerate(args.batch.read_text("utf-8").splitlines(), 1):
            if line.strip():
                print(json.dumps(_batch_answer(assistant, line, line_no), ensure_ascii=False), flush=True)
        return 0
    if not args.question:
        print("ask: give a question, or --batch FILE", file=sys.stderr)
        return 2
    answer = assistant.ask(args.question, _read_history(args.history), explain=args.explain)
    if args.json:
        print(json.dumps(_answer_dict(answer), ensure_ascii=False, indent=2))
    else:
        _print_answer(answer)
        if args.explain:
            _print_explanation(answer.explanation)
    return 0


def _print_explanation(trace: dict[str, Any]) -> None:
    """The decision in a form a person can read: what was understood, then each top unit's score
    as the sum of its features' contributions, then what decided."""
    if not trace:
        return
    print("\n— why —")
    question = trace.get("question", {})
    if question:
        print(f"question: kind {question.get('kind')}, language {question.get('language')}, years "
              f"{question.get('years')}, named {question.get('entities', []) + question.get('names', [])}")
    for i, c in enumerate(trace.get("candidates", []), 1):
        parts = ", ".join(f"{k} {v:+.2f}" for k, v in sorted(c["contributions"].items(), key=lambda x: -abs(x[1]))[:8])
        print(f"{i}. score {c['score']:+.2f}{' (heading: not an answer)' if c['heading'] else ''}  [{c['doc_id']}]")
        print(f"   “{c['text'][:160]}”")
        print(f"   {parts}")
    decision = trace.get("decision", {})
    if decision.get("contributions"):
        weighed = sorted(decision["contributions"].items(), key=lambda x: -abs(x[1]))
        parts = ", ".join(f"{k} {v:+.2f}" for k, v in weighed)
        print(f"decision: confidence {trace.get('confidence')} against threshold {trace.get('threshold')}: {parts}")
    print(f"outcome: {trace.get('reason')}")


def cmd_chat(settings: Settings) -> int:
    from assistant.assistant import Assistant

    assistant = Assistant(settings)
    print("Fråga om rehabiliteringsgarantin (tom rad eller Ctrl-D avslutar; 'ny' börjar om).")
    history: list[dict[str, str]] = []
    while True:
        try:
            question = input("\n> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question:
            return 0
        if question.casefold() in {"ny", "new"}:
            history = []
            continue
        answer = assistant.ask(question, history)
        _print_answer(answer)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]


# --- eligibility ----------------------------------------------------------------------------

def _add_eligibility_parser(sub: Any) -> None:
    from assistant.eligibility.parse import accepted_conditions, accepted_severities

    elig = sub.add_parser(
        "eligibility", help="check one patient against the rehabilitation guarantee's rules",
        description="A verdict (eligible, not_eligible, needs_assessment, insufficient_information), the "
                    "treatments that fit with what the region is paid for them, and the passage behind "
                    "every reason.",
        epilog=accepted_conditions())
    elig.add_argument("--age", help="the patient's age in whole years")
    elig.add_argument("--condition", action="append", default=[], metavar="CONDITION",
                      help="Swedish or English; repeat for several conditions (accepted values below)")
    elig.add_argument("--months", help="how many months the pain has lasted")
    elig.add_argument("--severity", help=f"of depression, anxiety or stress: {accepted_severities()}")
    elig.add_argument("--assessed", default="unknown",
                      help="has a medical assessment been made: yes, no or unknown (default)")
    elig.add_argument("--lang", choices=("sv", "en"), default="sv", help="language of the text (default: sv)")
    elig.add_argument("--json", action="store_true", help="print the verdict as JSON")


def _eligibility_evidence(settings: Settings) -> Any:
    """The rules' quotes are located in the index's documents, or in the corpus files before any ingest."""
    from assistant.eligibility.evidence import EvidenceIndex
    from ingest.catalog import Catalog, CatalogError

    try:
        catalog = Catalog.load(settings.catalog_path)
    except CatalogError:
        catalog = None
    if catalog is not None and catalog.documents:
        return EvidenceIndex.from_catalog(catalog)
    return EvidenceIndex.from_folder(settings.corpus_dir, int(settings.max_file_mb * 1e6))


def cmd_eligibility(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.eligibility import assess, build_input, payload, render

    patient = build_input(args.age, args.condition, args.severity, args.months, args.assessed)  # InputError → 2
    verdict = assess(patient, _eligibility_evidence(settings))
    rendered = render(verdict, args.lang)
    if verdict.unverified:
        print(f"eligibility: warning: quotes not found in the documents for rules {', '.join(verdict.unverified)}",
              file=sys.stderr)
    if args.json:
        print(json.dumps(payload(verdict, args.lang), ensure_ascii=False, indent=2))
        return 0
    print(rendered.text)
    for n, c in enumerate(rendered.citations, 1):
        print(f"  [{n}] {c.title or c.doc_id} ({', '.join(x for x in (c.organisation, c.date) if x)})")
        print(f"      “{c.quote}”")
    return 0


def cmd_add_user(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.web.users import add_user

    path = args.file or settings.users_file
    if path is None:
        print("add-user: give --file or set ASSISTANT_USERS_FILE", file=sys.stderr)
        return 2
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Lösenord för {args.name}: ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    add_user(path, args.name, password, args.role)
    print(f"{args.name} ({args.role}) saved in {path}")
    return 0


def cmd_api_key(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.web.users import issue_api_key

    path = args.file or settings.users_file
    if path is None:
        print("api-key: give --file or set ASSISTANT_USERS_FILE", file=sys.stderr)
        return 2
    key = issue_api_key(path, args.name)
    print(key)
    print(f"API-nyckel för {args.name} sparad i {path} (som SHA-256). Nyckeln visas bara nu; en ny ersätter den.",
          file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except Exception as exc:  # pydantic's message names the bad variable
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "ask":
            return cmd_ask(args, settings)
        if args.command == "chat":
            return cmd_chat(settings)
        if args.command == "eligibility":
            return cmd_eligibility(args, settings)
        if args.command == "serve":
            from assistant.web.app import serve

            return serve(settings, args.host, args.port)
        if args.command == "add-user":
            return cmd_add_user(args, settings)
        if args.command == "api-key":
            return cmd_api_key(args, settings)
        if args.command == "mcp":
            from assistant.web.mcp_server import run_stdio

            return run_stdio(settings)
    except (ValueError, OSError) as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 2
    return 2
