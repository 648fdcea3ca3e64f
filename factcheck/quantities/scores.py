"""Scores and results, never ranges or amounts: "a 2-0 win", "won 3-1", "ruled 6-3", "a vote of
220-207", "odds of 12-1". Read as kind "score" (the first figure as its value) where a result
verb comes before or a result noun after; "won 8-10 seats" stays a range of seats."""

from __future__ import annotations

import re

from .lexicon import SCORE_NOUNS, SCORE_VERBS
from .record import Quantity

_SCORE = re.compile(r"(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%]|[.,]\d|\s?per\s?cent)")
_VERB_BEFORE = re.compile(r"\b(" + "|".join(sorted(SCORE_VERBS)) + r")\b(?:\s+\S+){0,4}\s+$",
                          re.I)
_NOUN_AFTER = re.compile(r"(?:\s+(?:home|away|first-leg|second-leg|away-goals|opening|"
                         r"comeback|overtime|extra-time|penalty|shootout))?\s+(" +
                         "|".join(sorted(SCORE_NOUNS)) + r")\b", re.I)
_THINGS_AFTER = re.compile(r"\s+[a-z]+s\b")


def score_at(t: str, start: int) -> Quantity | None:
    """The score that starts at `start`, or None."""
    m = _SCORE.match(t, start)
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    verb = _VERB_BEFORE.search(t, max(0, start - 40), start)
    noun = _NOUN_AFTER.match(t, m.end())
    if noun is None and (verb is None or (a < b and verb.group(1).lower() != "lost") or
                         _THINGS_AFTER.match(t, m.end())):
        return None  # "won 8-10 seats", "aged 18-25": a range
    return Quantity(m.group(), start, m.end(), float(a), float(a), "", "score", float(a))
