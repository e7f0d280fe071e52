"""Conversational assistant over the Swedish rehabilitation-guarantee agreements."""
