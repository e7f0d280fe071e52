"""`python -m ingest [PATHS…] [--rebuild]`: index documents, with a progress bar and a summary."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ingest.settings import Settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ingest",
        description="Index documents (.txt .md .pdf .docx .html) into the assistant's search index. "
        "Unchanged documents are skipped; changed ones are re-indexed; documents removed from a "
        "folder are removed from the index.",
    )
    parser.add_argument("paths", nargs="*", type=Path,
                        help="files or folders (default: the corpus folder, ASSISTANT_CORPUS_DIR)")
    parser.add_argument("--rebuild", action="store_true",
                        help="start a clean index (the old one keeps answering until it is done)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def main(argv: list[str] | None = None, settings: Settings | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = settings or Settings()
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
    from ingest.embedders import make_embedder
    from ingest.pipeline import IngestError, Ingestor, chroma_store_factory

    embedder = make_embedder(settings)
    ingestor = Ingestor(settings, embedder, chroma_store_factory(settings, embedder))
    paths = args.paths or [settings.corpus_dir]
    bar = None
    if not args.quiet:
        from tqdm import tqdm

        bar = tqdm(total=0, unit="doc", file=sys.stderr, desc="ingest", leave=False)

    def progress(name: str, done: int, total: int) -> None:
        if bar is not None:
            bar.total = total
            bar.set_postfix_str(name[:40])
            bar.update(1)

    try:
        report = ingestor.run(paths, rebuild=args.rebuild, progress=progress)
    except Exception as exc:  # a person reads this: one line, no traceback
        from ingest.catalog import CatalogError

        if not isinstance(exc, IngestError | CatalogError):
            logging.getLogger(__name__).debug("ingest failed", exc_info=True)
        print(f"ingest: {exc}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    for path, reason in sorted(report.failed.items()):
        print(f"ingest: {path}: {reason}", file=sys.stderr)
    if report.repaired:
        print(f"ingest: the vector store had lost {sum(report.repaired.values())} passages of "
              f"{len(report.repaired)} unchanged documents; they were embedded again", file=sys.stderr)
    print(report.summary())
    return 0 if report.ok else 1
