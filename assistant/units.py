"""The answer units of retrieved passages (the splitting itself lives in ingest.units)."""

from __future__ import annotations

from assistant.models import Hit
from ingest.units import Unit, split_passage

__all__ = ["Unit", "split_units"]


def split_units(hits: list[Hit]) -> list[Unit]:
    return [u for i, hit in enumerate(hits) for u in split_passage(hit.text, hit.start, hit.section, i)]
