"""Text -> Quantity: every number as written, with its qualifier, scale, unit and interval.

A small grammar, not a list of cases, one module per part of it:

| module | reads |
|---|---|
| `candidates` | where a quantity may start; numbers in digits ("1,700", "1.2e6", "2 1/2") |
| `numwords` | numbers in words ("seventeen hundred", "half a million", "dozens") |
| `fractions` | fractions, ratios and shares ("two thirds", "1 in 21", "seven in ten voters") |
| `scales` | scale words and abbreviations ("15 billion", "$3m", "15bn", "10k") |
| `currency` | money: signs, codes and prefixes ("$", "US$", "$US", "RM"), cents |
| `measures` | units and rates ("10km", "17-minute", "$2 per share"), ages, degrees |
| `qualifiers` | "more than", "about", "nearly", "up to", and ranges ("between A and B", "A-B") |
| `dates` | ordinals, times of day, elapsed times, days of a month, calendar years |
| `names` | numbers that are part of a name ("Game 6", "10 Downing Street", "FTSE 100") |
| `lexicon` | the word lists all of them use, as data |
| `reader` | the pass over the text that calls them (`_Reader` mixes the grammars together) |

Units come from quantulum3's unit data through factcheck.units; quantulum3's own objects
never reach this package. Knows nothing about facts.
"""

from __future__ import annotations

from .candidates import may_hold_number, trie_pattern
from .fractions import is_points, is_share
from .qualifiers import CHANGE_BEFORE
from .reader import read_quantities
from .record import DEFAULT_APPROX, Quantity

__all__ = ["CHANGE_BEFORE", "DEFAULT_APPROX", "Quantity", "is_points", "is_share", "may_hold_number",
           "read_quantities", "trie_pattern"]
