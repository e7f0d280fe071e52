#!/usr/bin/env python3
"""Validate evals/data/gold.jsonl (stdlib only).

Checks:
  * JSON per line, required keys and types, allowed categories / languages
  * unique ids with the category as prefix (e.g. "rates-001")
  * doc ids (gold_doc_ids and evidence) exist in corpus/ (file stem)
  * every evidence quote is a verbatim substring of its document after
    collapsing whitespace runs to one space (both with Unicode whitespace and
    with ASCII-only whitespace, so quotes never depend on NBSP handling),
    has no leading/trailing whitespace and does not span a line that ends
    with a hyphen (e.g. "2009-\\n2010", "Hälso-\\noch")
  * answerable/unanswerable consistency, followup history
  * forbidden facts never overlap required facts
  * distribution: >= 160 items, >= 70 % Swedish, >= 18 % unanswerable
    (category), >= 18 followup items incl. some with answerable = false

Usage: python3 evals/data/check_gold.py [path/to/gold.jsonl]
       python evals/data/check_gold.py --batch evals/batches/<batch>   (needs the project installed)
Exit status 0 when everything passes, 1 otherwise.

Batch mode checks a batch of documents nobody tuned on (evals/batches/README.md): the same item
checks (evidence quotes against the text ingestion extracts from each .txt/.md/.pdf/.docx/.html,
so that a citation can match them), the extra fields (style, two_facts), the test-document
marker in each document's first line, an expected_meta entry per document, and the mix the
batch.toml promises.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(ROOT, "corpus")
DEFAULT_GOLD = os.path.join(HERE, "gold.jsonl")

CATEGORIES = ["eligibility", "rates", "budgets", "deadlines", "history",
              "statistics", "multihop", "unanswerable", "followup"]
LANGS = ["sv", "en"]
REQUIRED_KEYS = {"id", "category", "language", "history", "question",
                 "answerable", "required_facts", "forbidden_facts",
                 "gold_doc_ids", "evidence"}
OPTIONAL_KEYS = {"notes"}

MIN_ITEMS = 160
MIN_SV_SHARE = 0.70
MIN_UNANSWERABLE_SHARE = 0.18
MIN_FOLLOWUPS = 18


def collapse(text, ascii_only=False):
    """Collapse whitespace runs to a single space; return (collapsed, index map)
    where index map[i] is the offset in `text` of collapsed character i."""
    ws = re.compile(r"[ \t\r\n\f\v]+" if ascii_only else r"\s+")
    out, idx = [], []
    pos = 0
    for m in ws.finditer(text):
        for k in range(pos, m.start()):
            out.append(text[k])
            idx.append(k)
        out.append(" ")
        idx.append(m.start())
        pos = m.end()
    for k in range(pos, len(text)):
        out.append(text[k])
        idx.append(k)
    s = "".join(out)
    # strip, keeping the map aligned
    lead = len(s) - len(s.lstrip())
    s2 = s.strip()
    return s2, idx[lead:lead + len(s2)]


def norm_fact(s):
    return re.sub(r"[\s\u2009\u202f\u00a0]+", "", s).lower()


def load_corpus():
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        if fn.endswith(".txt"):
            with open(os.path.join(CORPUS, fn), encoding="utf-8") as f:
                docs[fn[:-4]] = f.read()
    return docs


def hyphen_break_in_span(raw, start, end):
    """True if raw[start:end] crosses a line break whose line ends with '-'."""
    seg = raw[start:end]
    for m in re.finditer(r"\n", seg):
        before = raw[:start + m.start()].rstrip(" \t\r\u00a0")
        if before.endswith("-"):
            return True
    return False


def check_quote(quote, raw, coll_u, map_u, coll_a):
    errs = []
    if quote != quote.strip():
        errs.append("quote has leading/trailing whitespace")
    cells = quote.replace("|", " ")  # the pipes between a table's cells are markup, on both sides
    q_u = re.sub(r"\s+", " ", cells).strip()
    q_a = re.sub(r"[ \t\r\n\f\v]+", " ", cells).strip()
    if "\u00a0" in quote:
        errs.append("quote contains a non-breaking space")
    if q_u not in coll_u:
        errs.append("quote not found (unicode-whitespace collapse)")
        return errs
    if q_a not in coll_a:
        errs.append("quote only matches when NBSP is treated as whitespace")
    # every occurrence must avoid hyphen-ended line breaks
    ok_somewhere = False
    start = coll_u.find(q_u)
    while start != -1:
        end = start + len(q_u)
        o_start = map_u[start]
        o_end = map_u[end - 1] + 1
        if not hyphen_break_in_span(raw, o_start, o_end):
            ok_somewhere = True
            break
        start = coll_u.find(q_u, start + 1)
    if not ok_somewhere:
        errs.append("quote spans a line ending with a hyphen")
    return errs


def is_fact_list(v):
    return (isinstance(v, list) and all(
        isinstance(f, list) and f and all(isinstance(x, str) and x.strip() for x in f)
        for f in v))


def read_items(path, errors):
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {ln}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: invalid JSON: {e}")
                continue
            if not isinstance(obj, dict):
                errors.append(f"line {ln}: not an object")
                continue
            items.append((ln, obj))
    return items


def prepare(docs):
    prepared = {}
    for d, raw in docs.items():
        cu, mu = collapse(raw)
        ca, _ = collapse(raw, ascii_only=True)
        prepared[d] = (raw, cu, mu, ca)
    return prepared


def check_items(items, docs, prepared, errors, warnings, categories=CATEGORIES, extra_keys=frozenset()):
    """The per-item checks shared by the gold set and the batches; returns the id counts."""
    ids = Counter()
    for ln, it in items:
        iid = it.get("id", f"<line {ln}>")
        where = f"{iid} (line {ln})"

        def err(msg):
            errors.append(f"{where}: {msg}")

        keys = set(it)
        missing = REQUIRED_KEYS - keys
        extra = keys - REQUIRED_KEYS - OPTIONAL_KEYS - extra_keys
        if missing:
            err(f"missing keys {sorted(missing)}")
            continue
        if extra:
            err(f"unexpected keys {sorted(extra)}")
        ids[iid] += 1
        cat = it["category"]
        if cat not in categories:
            err(f"bad category {cat!r}")
        if not extra_keys and (not isinstance(iid, str) or not re.fullmatch(re.escape(str(cat)) + r"-\d{3}", iid)):
            err("id must be '<category>-NNN'")
        if it["language"] not in LANGS:
            err(f"bad language {it['language']!r}")
        if not isinstance(it["question"], str) or not it["question"].strip():
            err("empty question")
        if "notes" in it and not isinstance(it["notes"], str):
            err("notes must be a string")
        hist = it["history"]
        if not isinstance(hist, list) or not all(isinstance(h, str) and h.strip() for h in hist):
            err("history must be a list of non-empty strings")
        elif cat == "followup" and not hist:
            err("followup item without history")
        elif cat != "followup" and hist:
            err("history only allowed for followup items")
        ans = it["answerable"]
        if not isinstance(ans, bool):
            err("answerable must be bool")
        for k in ("required_facts", "forbidden_facts"):
            if not is_fact_list(it[k]):
                err(f"{k} must be a list of non-empty lists of non-empty strings")
        if not isinstance(it["gold_doc_ids"], list) or not all(isinstance(d, str) for d in it["gold_doc_ids"]):
            err("gold_doc_ids must be a list of strings")
            continue
        for d in it["gold_doc_ids"]:
            if d not in docs:
                err(f"unknown gold doc id {d!r}")
        if len(set(it["gold_doc_ids"])) != len(it["gold_doc_ids"]):
            err("duplicate gold doc ids")
        ev = it["evidence"]
        if not isinstance(ev, list):
            err("evidence must be a list")
            continue
        if ans is True:
            if not it["required_facts"]:
                err("answerable item without required_facts")
            if not ev:
                err("answerable item without evidence")
            if not it["gold_doc_ids"]:
                err("answerable item without gold_doc_ids")
        elif ans is False:
            if it["required_facts"]:
                err("unanswerable item must have empty required_facts")
            if ev:
                err("unanswerable item must have empty evidence")
            if cat not in ("unanswerable", "followup"):
                err("answerable=false only allowed in unanswerable/followup")
        if cat == "unanswerable" and ans is not False:
            err("unanswerable category item must have answerable=false")
        ev_docs = set()
        for e in ev:
            if not isinstance(e, dict) or set(e) != {"doc_id", "quote"}:
                err(f"bad evidence entry {e!r}")
                continue
            d, q = e["doc_id"], e["quote"]
            if d not in docs:
                err(f"evidence: unknown doc id {d!r}")
                continue
            ev_docs.add(d)
            if d not in it["gold_doc_ids"]:
                err(f"evidence doc {d} not in gold_doc_ids")
            if not isinstance(q, str) or not q.strip():
                err("empty quote")
                continue
            raw, cu, mu, ca = prepared[d]
            for m in check_quote(q, raw, cu, mu, ca):
                err(f"{m}: {q!r} [{d}]")
        if ans is True:
            for d in it["gold_doc_ids"]:
                if d not in ev_docs:
                    warnings.append(f"{where}: gold doc {d} has no evidence quote")
        # forbidden vs required overlap
        if is_fact_list(it["required_facts"]) and is_fact_list(it["forbidden_facts"]):
            req = {norm_fact(v) for f in it["required_facts"] for v in f}
            for f in it["forbidden_facts"]:
                for v in f:
                    nv = norm_fact(v)
                    if any(nv == r or nv in r for r in req):
                        err(f"forbidden variant {v!r} overlaps a required fact")
            # informational: required facts not literally present in the evidence
            if ans is True and isinstance(ev, list):
                ev_text = norm_fact(" ".join(e.get("quote", "") for e in ev if isinstance(e, dict)))
                for f in it["required_facts"]:
                    if not any(norm_fact(v) in ev_text for v in f):
                        warnings.append(f"{where}: fact {f} not literally in evidence (derived/paraphrased?)")

    return ids


def main():
    if "--batch" in sys.argv:
        from evals.data.check_batch import main_batch

        rest = [a for a in sys.argv[1:] if not a.startswith("-")]
        if not rest:
            print("usage: check_gold.py --batch evals/batches/<batch>")
            return 2
        return main_batch(rest[0], verbose="-v" in sys.argv or bool(os.environ.get("GOLD_VERBOSE")))
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = args[0] if args else DEFAULT_GOLD
    docs = load_corpus()
    prepared = prepare(docs)

    errors = []
    warnings = []
    items = read_items(path, errors)

    ids = check_items(items, docs, prepared, errors, warnings)

    for iid, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {iid} ({n}x)")

    # distribution
    n = len(items)
    by_cat = Counter(it["category"] for _, it in items if "category" in it)
    by_lang = Counter(it["language"] for _, it in items if "language" in it)
    cat_lang = defaultdict(Counter)
    unans_total = 0
    follow_unans = 0
    for _, it in items:
        if "category" in it and "language" in it:
            cat_lang[it["category"]][it["language"]] += 1
        if it.get("answerable") is False:
            unans_total += 1
            if it.get("category") == "followup":
                follow_unans += 1
    if n < MIN_ITEMS:
        errors.append(f"only {n} items (< {MIN_ITEMS})")
    if n and by_lang["sv"] / n < MIN_SV_SHARE:
        errors.append(f"Swedish share {by_lang['sv'] / n:.1%} < {MIN_SV_SHARE:.0%}")
    if n and by_cat["unanswerable"] / n < MIN_UNANSWERABLE_SHARE:
        errors.append(f"unanswerable share {by_cat['unanswerable'] / n:.1%} < {MIN_UNANSWERABLE_SHARE:.0%}")
    if by_cat["followup"] < MIN_FOLLOWUPS:
        errors.append(f"only {by_cat['followup']} followup items (< {MIN_FOLLOWUPS})")
    if follow_unans == 0:
        errors.append("no followup item with answerable=false")
    for c in CATEGORIES:
        if by_cat[c] == 0:
            errors.append(f"no items in category {c}")

    print(f"file: {path}")
    print(f"items: {n}")
    print("per category (total / sv / en):")
    for c in CATEGORIES:
        print(f"  {c:13s} {by_cat[c]:4d} {cat_lang[c]['sv']:4d} {cat_lang[c]['en']:4d}")
    print("per language:")
    for l in LANGS:
        print(f"  {l}: {by_lang[l]} ({(by_lang[l] / n if n else 0):.1%})")
    print(f"unanswerable category: {by_cat['unanswerable']} ({(by_cat['unanswerable'] / n if n else 0):.1%});"
          f" answerable=false overall: {unans_total} (of which followup: {follow_unans})")
    docs_used = Counter(d for _, it in items for d in it.get("gold_doc_ids", []))
    print("gold doc usage:")
    for d in sorted(docs):
        print(f"  {docs_used[d]:4d} {d}")
    if "-v" in sys.argv or os.environ.get("GOLD_VERBOSE"):
        for w in warnings:
            print("WARNING:", w)
    else:
        print(f"warnings (informational, -v or GOLD_VERBOSE=1 to list): {len(warnings)}")
    if errors:
        print(f"\nFAILED: {len(errors)} error(s)")
        for e in errors:
            print("ERROR:", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
