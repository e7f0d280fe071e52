"""Ingestion: load, clean, chunk, embed and store the corpus."""
