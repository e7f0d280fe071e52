"""The assistant's data files (prompts, templates, rules, word lists), read through one loader each."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def question_types() -> dict[str, Any]:
    """question_types.toml, parsed once per process: the question cues, chat spellings, role words,
    document nouns and steering patterns that query, spelling, people, question and steering read."""
    return tomllib.loads(resources.files("assistant.data").joinpath("question_types.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def answer_templates() -> dict[str, Any]:
    """answer_templates.toml, parsed once per process: the wording of the extractive answers per
    language (read by compose for every answer, and by query for where an answer's own words begin)."""
    return tomllib.loads(resources.files("assistant.data").joinpath("answer_templates.toml").read_text("utf-8"))
