"""Evaluation against gold TimeML corpora (TempEval-3 style scoring)."""
