"""The one settings object, as the assistant's layers import it. It lives in ingest/settings.py,
the lowest layer that reads it (ingest/ never imports assistant/)."""

from ingest.settings import Settings

__all__ = ["Settings"]
