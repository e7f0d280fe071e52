"""`python -m evals.load --url http://127.0.0.1:7860 --clients 20 --questions 10 [--rounds 3]`

A bounded load test of a running server's `POST /api/ask`: `clients` concurrent clients each ask
`questions` questions (drawn from the gold set, follow-ups with their history) per round. Prints
per round and in total: errors, latency p50/p95/max, throughput, and the server's resident memory
(read from `/api/health` after each round), then whether memory grew between the rounds after
the first (the first round loads what a cold process has not loaded yet).

Exit status 1 when any request failed or memory grew by more than `--max-growth` (default 10 %)
from the second round to the last; the figures are printed either way."""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx

from evals.metrics import percentile


@dataclass
class Round:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    rss_mb: float | None = None
    peak_rss_mb: float | None = None

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + len(self.errors)


def workload(n: int, seed: int) -> list[dict[str, Any]]:
    """`n` request bodies from the gold set (questions with their conversation history)."""
    from evals.gold import load_gold

    items = load_gold()
    rng = random.Random(seed)
    bodies = []
    for _ in range(n):
        item = rng.choice(items)
        history = [{"role": "user", "content": q} for q in item.history]  # earlier questions of the conversation
        bodies.append({"question": item.question, "history": history})
    return bodies


def _client_run(client: httpx.Client, url: str, bodies: list[dict[str, Any]], out: Round, lock: threading.Lock,
                auth: tuple[str, str] | None) -> None:
    for body in bodies:
        started = time.perf_counter()
        try:
            response = client.post(f"{url}/api/ask", json=body, auth=auth)  # type: ignore[arg-type]
            elapsed = (time.perf_counter() - started) * 1000
            problem = None if response.status_code == 200 and "answer" in response.json() else \
                f"HTTP {response.status_code}: {response.text[:120]}"
        except (httpx.HTTPError, json.JSONDecodeError) as exc:
            elapsed, problem = 0.0, f"{type(exc).__name__}: {exc}"
        with lock:
            if problem:
                out.errors.append(problem)
            else:
                out.latencies_ms.append(elapsed)


def run_round(url: str, clients: int, questions: int, seed: int, timeout: float,
              auth: tuple[str, str] | None = None) -> Round:
    out, lock = Round(), threading.Lock()
    bodies = workload(clients * questions, seed)
    started = time.perf_counter()
    with httpx.Client(timeout=timeout) as client, ThreadPoolExecutor(clients) as pool:
        futures = [pool.submit(_client_run, client, url, bodies[i * questions:(i + 1) * questions], out, lock, auth)
                   for i in range(clients)]
        for f in futures:
            f.result()
    out.seconds = time.perf_counter() - started
    try:
        process = httpx.get(f"{url}/api/health", timeout=timeout).json().get("process", {})
        out.rss_mb, out.peak_rss_mb = process.get("rss_mb"), process.get("peak_rss_mb")
    except (httpx.HTTPError, json.JSONDecodeError):
        pass
    return out


def summary_line(name: str, r: Round) -> str:
    lat = r.latencies_ms
    return (f"{name:>7}  requests {r.requests:4d}  errors {len(r.errors):3d}  "
            f"p50 {percentile(lat, 0.50):7.0f} ms  p95 {percentile(lat, 0.95):7.0f} ms  "
            f"max {max(lat, default=0):7.0f} ms  "
            f"throughput {r.requests / r.seconds if r.seconds else 0:5.1f} req/s  "
            f"server RSS {r.rss_mb if r.rss_mb is not None else '?'} MB (peak {r.peak_rss_mb or '?'} MB)")


def memory_growth(rounds: list[Round]) -> float | None:
    """Relative RSS growth from the second round to the last (None with fewer than 3 rounds)."""
    rss = [r.rss_mb for r in rounds]
    if len(rss) < 3 or rss[1] is None or rss[-1] is None or not rss[1]:
        return None
    return (rss[-1] - rss[1]) / rss[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.load", description=__doc__.split("\n\n")[1])
    parser.add_argument("--url", required=True, help="the running server, e.g. http://127.0.0.1:7860")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10, help="questions per client per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per request")
    parser.add_argument("--max-growth", type=float, default=0.10, help="allowed RSS growth, rounds 2..last")
    parser.add_argument("--user", help="USER:PASSWORD when the server has login on")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    url = args.url.rstrip("/")
    auth = tuple(args.user.split(":", 1)) if args.user else None
    try:
        health = httpx.get(f"{url}/api/health", timeout=10)
    except httpx.HTTPError as exc:
        print(f"load: cannot reach {url}/api/health: {exc}", file=sys.stderr)
        return 2
    print(f"server {url}: {health.status_code} {json.dumps(health.json().get('index', {}), ensure_ascii=False)}")
    print(f"{args.clients} clients × {args.questions} questions × {args.rounds} rounds")
    rounds = []
    for n in range(args.rounds):
        r = run_round(url, args.clients, args.questions, args.seed + n, args.timeout, auth)  # type: ignore[arg-type]
        rounds.append(r)
        print(summary_line(f"round {n + 1}", r), flush=True)
        for problem in r.errors[:3]:
            print(f"         error: {problem}")
    total = Round([x for r in rounds for x in r.latencies_ms], [e for r in rounds for e in r.errors],
                  sum(r.seconds for r in rounds), rounds[-1].rss_mb, rounds[-1].peak_rss_mb)
    print(summary_line("total", total))
    growth = memory_growth(rounds)
    if growth is not None:
        print(f"memory: RSS {rounds[1].rss_mb} MB after round 2 → {rounds[-1].rss_mb} MB after round {len(rounds)} "
              f"({growth:+.1%}; allowed {args.max_growth:+.0%})")
    failed = bool(total.errors) or (growth is not None and growth > args.max_growth)
    print("result: " + ("FAIL" if failed else "ok") + f" ({len(total.errors)} errors)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
