"""A synthetic corpus of any size, made of the real documents' sentences, for the scale benchmark.

Each document takes one region and one year: the real documents' region names become that
region, and their years are shifted so the document speaks about years around its own (all
within 2008–2024). Sections reuse the real headings; paragraphs are runs of real sentences;
lists and tables are real blocks. Everything follows from one seed, so a corpus can be rebuilt
exactly, and a smaller corpus is always the first documents of a larger one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.chunking import chunk_document
from ingest.cleaning import clean
from ingest.loaders import load_file

YEARS = range(2008, 2025)
REGIONS = (
    "Region Stockholm", "Region Uppsala", "Region Sörmland", "Region Östergötland", "Region Jönköpings län",
    "Region Kronoberg", "Region Kalmar län", "Region Gotland", "Region Blekinge", "Region Skåne",
    "Region Halland", "Västra Götalandsregionen", "Region Värmland", "Region Örebro län", "Region Västmanland",
    "Region Dalarna", "Region Gävleborg", "Region Västernorrland", "Region Jämtland Härjedalen",
    "Region Västerbotten", "Region Norrbotten",
)
ORGANISATIONS = ("SKL", "SKR", "Regeringen", "Försäkringskassan", "Socialstyrelsen")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")
_REGION_RE = re.compile(r"Västra Götalandsregionen|Västra Götaland|Region Jämtland|Region Skåne")
_YEAR_RE = re.compile(r"(?<![\d,.])(20[0-2]\d)(?![\d,])")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


@dataclass(frozen=True)
class SourcePool:
    """What the synthetic documents are made of, from the real ones."""

    titles: tuple[str, ...]
    headings: tuple[str, ...]
    sentences: tuple[str, ...]
    blocks: tuple[str, ...]  # lists and tables, kept whole

    @classmethod
    def from_corpus(cls, corpus: Path) -> SourcePool:
        titles: list[str] = []
        headings: list[str] = []
        sentences: list[str] = []
        blocks: list[str] = []
        for path in sorted(corpus.glob("*.txt")):
            doc = clean(load_file(path, 10_000_000).text)
            text = doc.normalised.text
            for i, block in enumerate(doc.blocks):
                part = text[block.start:block.end]
                if block.kind == "heading":
                    (titles if i <= 1 else headings).append(part)
                elif block.kind in {"list", "table"}:
                    blocks.append(part)
                elif block.kind == "paragraph":
                    sentences.extend(s for s in _SENTENCE_RE.split(part) if len(s) >= 20)
        if not sentences:
            raise ValueError(f"no sentences in {corpus}/*.txt")
        return cls(tuple(titles), tuple(headings or titles), tuple(sentences), tuple(blocks))


@dataclass(frozen=True)
class SyntheticDoc:
    name: str  # file name
    text: str
    region: str
    year: int


def documents(pool: SourcePool, seed: int) -> Iterator[SyntheticDoc]:
    """An endless, reproducible stream of documents."""
    rng = random.Random(seed)
    n = 0
    while True:
        n += 1
        yield _document(pool, rng, n)


def _document(pool: SourcePool, rng: random.Random, n: int) -> SyntheticDoc:
    region, year = rng.choice(REGIONS), rng.choice(YEARS)
    shift = year - 2015  # the real documents centre on 2015

    def swap(text: str) -> str:
        text = _REGION_RE.sub(region, text)
        return _YEAR_RE.sub(lambda m: str(min(max(int(m.group(1)) + shift, YEARS[0]), YEARS[-1])), text)

    organisation = rng.choice(ORGANISATIONS)
    lines = [f"Publicerad: {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}", "",
             f"# {swap(rng.choice(pool.titles or pool.headings))} – {region} {year}", ""]
    lines += [f"{organisation} och {region} redovisar arbetet med rehabiliteringsgarantin {year}.", ""]
    for _ in range(rng.randint(4, 14)):
        lines += [f"# {swap(rng.choice(pool.headings))}", ""]
        for _ in range(rng.randint(1, 3)):
            lines += [" ".join(swap(s) for s in rng.sample(pool.sentences, rng.randint(1, 4))), ""]
        if pool.blocks and rng.random() < 0.3:
            lines += [swap(rng.choice(pool.blocks)), ""]
    slug = region.casefold().replace("region ", "").replace(" ", "-")
    return SyntheticDoc(f"syn-{n:05d}-{slug}-{year}.txt", "\n".join(lines), region, year)


@dataclass(frozen=True)
class WrittenCorpus:
    files: list[Path]
    chunks: list[int]  # chunks of each file, as the pipeline will cut them

    def prefix(self, target_chunks: int) -> tuple[list[Path], int]:
        """The first files that hold at least `target_chunks` chunks, and how many they hold."""
        total = 0
        for i, count in enumerate(self.chunks):
            total += count
            if total >= target_chunks:
                return self.files[: i + 1], total
        return list(self.files), total


def write_corpus(folder: Path, corpus: Path, target_chunks: int, seed: int = 7,
                 chunk_size: int = 700) -> WrittenCorpus:
    """Writes documents into `folder` until they hold `target_chunks` chunks (counted with the
    pipeline's own cleaner and chunker)."""
    folder.mkdir(parents=True, exist_ok=True)
    files, counts, total = [], [], 0
    for doc in documents(SourcePool.from_corpus(corpus), seed):
        if total >= target_chunks:
            break
        path = folder / doc.name
        path.write_text(doc.text, "utf-8")
        count = len(chunk_document(path.stem, clean(doc.text), chunk_size))
        files.append(path)
        counts.append(count)
        total += count
    return WrittenCorpus(files, counts)
