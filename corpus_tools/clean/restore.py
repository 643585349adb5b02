"""Corpus-level restoration of words that spam anchors replaced (stub)."""
