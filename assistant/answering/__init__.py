"""The answerer: one visible decision model over named features (see README, "Answering")."""

from assistant.answering.answerer import Answerer, Draft
from assistant.answering.model import Model, default_model

__all__ = ["Answerer", "Draft", "Model", "default_model"]
