"""Scores and results, never ranges or amounts: "a 2-0 win", "won 3-1", "ruled 6-3", "a vote of
220-207", "odds of 12-1", "a 38-17 bonus-point win", a batting line ("went 3 for 4"), a golf
round against par ("a five-under-par 66"). Read as kind "score" (the first figure as its
value) where a result verb comes before or a result noun after; "won 8-10 seats" stays a
range of seats."""

from __future__ import annotations

import re

from .lexicon import SCORE_NOUNS, SCORE_VERBS
from .record import Quantity

_SCORE = re.compile(r"(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%]|[.,]\d|\s?per\s?cent)")
_VERB_BEFORE = re.compile(r"\b(" + "|".join(sorted(SCORE_VERBS)) + r")\b(?:\s+\S+){0,4}\s+$",
                          re.I)
_NOUN_AFTER = re.compile(r"(?:\s+(?:home|away|first-leg|second-leg|away-goals|opening|"
                         r"comeback|overtime|extra-time|penalty|shootout|[a-z]+-[a-z]+))?\s+(" +
                         "|".join(sorted(SCORE_NOUNS)) + r")\b", re.I)
_THINGS_AFTER = re.compile(r"\s+[a-z]+s\b")
# where a result was played or settled: "3-2 at home to Barnsley", "4-2 on penalties"
_PLACE_AFTER = re.compile(r"\s+(?:at\s+home|away\s+from\s+home|on\s+aggregate|on\s+penalties|"
                          r"after\s+extra\s+time)\b", re.I)
# the next of a list of results: "beat Alcaraz 6-4, 3-6, 7-6"
_SET_BEFORE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3},\s+$")


# a unit or a scale after the figures: "6-3 years", "5-4m", "10-5 metres" are no results
_UNIT_AFTER = re.compile(r"\s?(?:[a-zA-Z]{1,3}\b|[a-z]+s\b|°|%)")


# a batting line: "went 3 for 4", "is 2 for 5 tonight"
_BATTING = re.compile(r"(\d{1,2})\s+for\s+(\d{1,2})\b(?![.,]\d|\s*(?:%|per\s?cent))")
_BATTING_BEFORE = re.compile(r"\b(?:went|goes|go|going|was|is|finished)\s+$", re.I)

# a golf round against par, with its strokes: "a five-under-par 66", "two over par", "level-par 70"
_PAR = re.compile(r"(?:\d{1,2}|[a-z]+)[\s-](?:under|over)[\s-]par\b(?:\s+\d{2}\b)?", re.I)


def score_at(t: str, start: int, dashes: bool = True, par: bool = False) -> Quantity | None:
    """The score that starts at `start`, or None (`dashes`, `par`: the text holds a dash, the
    word "par")."""
    if par:
        g = _PAR.match(t, start)
        if g is not None:
            figures = re.findall(r"\d+", g.group())
            v = float(figures[-1]) if figures else 0.0  # the strokes, else the figure to par
            return Quantity(g.group(), start, g.end(), v, v, "", "score", v)
    if t[start:start + 1].isdigit() and " for " in t[start:start + 8]:
        line = _BATTING.match(t, start)
        if line is not None and _BATTING_BEFORE.search(t, max(0, start - 10), start):
            v = float(line.group(1))
            return Quantity(line.group(), start, line.end(), v, v, "", "score", v)
    m = _SCORE.match(t, start) if dashes else None
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    verb = _VERB_BEFORE.search(t, max(0, start - 40), start)
    noun = _NOUN_AFTER.match(t, m.end()) or _PLACE_AFTER.match(t, m.end()) or (
        _SET_BEFORE.search(t, max(0, start - 12), start) if verb is not None else None)
    # "Hold 4.5% 6-3", "held by 6-3": a range never falls, so two falling figures with no
    # unit after them are a result
    falling = a > b and a < 100 and not _UNIT_AFTER.match(t, m.end())
    if noun is None and not falling and (
            verb is None or (a < b and verb.group(1).lower() != "lost") or
            _THINGS_AFTER.match(t, m.end())):
        return None  # "won 8-10 seats", "aged 18-25": a range
    return Quantity(m.group(), start, m.end(), float(a), float(a), "", "score", float(a))
