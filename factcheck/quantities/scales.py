"""Scale words and their abbreviations after a number: "15 billion", "$3m", "15bn", "10k",
"5 m people" (million) against "a 10 m wall" (metres)."""

from __future__ import annotations

import re

from .base import ReaderBase
from .candidates import _SEP, _WORD
from .currency import _CUR_BEFORE
from .lexicon import (
    ABBREV_SCALES, COUNT_ADJECTIVES, _COUNT_NOUNS, _DOZEN, M_NAMES, MEASURE_WORDS, SCALES,
)
from .measures import _ATTACHED
from .record import _Num


# one or two words after a glued "m", the last a plural: "35m Echo devices", "5m users"
_THINGS_AFTER = re.compile(r"\s+(?:([A-Za-z]+)\s+)?([A-Za-z]+s)\b(?!['’-])")

# a verb right after a glued "m" makes it a million: "an audience of 6.2m watched", "5m were
# sold"; not after "a", "the": "a 10m raised deck"
_VERB_AFTER = re.compile(r"\s+(?-i:[a-z]+ed|were|are|have|had|will|would|could|did|saw|took|went|"
                         r"came|made|got|paid|bought|sold|left|fled|spent)\b(?![\w'’-])")
_DETERMINER_BEFORE = re.compile(r"\b(?:an?|the|this|that|its|their|his|her|our)\s+$", re.I)

# an earlier number with a glued "m": "2.3m", "$1,200m"
_GLUED_M = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?=m\b)")
# an earlier million in words: "4.2 million passengers, up from 3.9m"
_MILLION_WORD = re.compile(r"\d\s*(?:million|mn|mln)\b", re.I)
# a word of size after a glued "m" makes it metres: "5m tall", "a 10m-high wall"
_SIZE_AFTER = re.compile(r"m?(?:\s+|-)(?:tall|high|long|wide|deep|thick|away|above|below|across|"
                         r"apart|along|in\s+(?:length|height|diameter|depth))\b", re.I)


class Scales(ReaderBase):
    """The reader's grammar of scales: methods mixed into the reader."""

    def scale(self, num: _Num) -> None:
        t = self.text
        end = num.end
        # spaced or hyphenated scale words: "15 billion", "1.6-million", "5 hundred thousand"
        m = _SEP.match(t, end)
        p = m.end() if m else end
        w = _WORD.match(t, p)
        if w and p > end:
            word = w.group().lower()
            if word == "hundred" and not num.words:
                num.value *= 100  # "3 hundred", "2.12 hundred"
                num.decimals = max(0, num.decimals - 2)
                num.end = w.end()
                m = _SEP.match(t, num.end)
                p = m.end() if m else num.end
                w = _WORD.match(t, p)
                word = w.group().lower() if w else ""
            if w and word in SCALES:
                num.scale *= SCALES[word]
                num.end = w.end()
                return
            if word in _DOZEN and w:
                num.value *= 12
                num.end = w.end()
                return
            if w and w.group() in ("M", "G") and num.decimals and \
                    not t[w.end():w.end() + 1].isalnum():  # "1,674,200.5 M", "1,674.5 G"
                num.scale *= ABBREV_SCALES[w.group()]
                num.end = w.end()
                return
            if w and (w.group() in ("bn", "mn", "mln", "tn", "trn", "bln", "tln") or (
                    w.group() == "k" and not t[w.end():w.end() + 1].isalnum()) or (
                    w.group() == "m" and (self._money_before(num.start) or
                                          self._count_noun_after(w.end())))):
                # "$5 m", "5 m people": million; "a 10 m wall" is metres (unit_after)
                num.scale *= ABBREV_SCALES[w.group()]
                num.end = w.end()
                return
        # attached abbreviations: "15bn", "$3m", "10k"
        w = _ATTACHED.match(t, end)
        if w and w.group() in ABBREV_SCALES:
            abbr = w.group()
            after = t[w.end():w.end() + 1]
            if after.isalnum():
                return
            if abbr == "m" and not self._millions_m(num.start, w.end()) and \
                    not self._million_sibling(num.start, w.end()):
                return  # "5m" is five metres unless money, people or things follow
            if abbr == "M" and t[num.start:w.end()] in M_NAMES and not (
                    self._money_before(num.start) or self._count_noun_after(w.end())):
                return  # "3M" is a name; "1M", "10M", "1.5M" are millions
            if abbr == "G" and not (num.decimals or num.value >= 10):
                return  # "5G" is a name; "10G" is ten billion
            if abbr in ("b", "B") and not (num.decimals or self._money_before(num.start) or
                                           self._count_noun_after(w.end())):
                return  # "4b" is a name; "1.2b", "8B people" a billion
            if abbr in ("T", "MM") and not self._money_before(num.start):
                return
            num.scale *= ABBREV_SCALES[abbr]
            num.end = w.end()

    def _millions_m(self, start: int, end: int) -> bool:
        """Is the glued "m" of the number at start..end a million by its own words: money
        before it ("$3m"), people or things counted after it ("5m people", "35m devices")?"""
        return self._money_before(start) or self._count_noun_after(end) or \
            self._plural_after(end) or self._verb_after(start, end)

    def _verb_after(self, start: int, end: int) -> bool:
        """A verb after a glued "m" that no article or possessive comes before: the number is
        who or what did it ("6.2m watched the final"), a million."""
        t = self.text
        return _VERB_AFTER.match(t, end) is not None and \
            _DETERMINER_BEFORE.search(t, max(0, start - 8), start) is None

    def _million_sibling(self, start: int, end: int) -> bool:
        """"2.3m subscribers ... to reach 5m by next year", "4.2 million, up from 3.9m": a bare
        "5m" is a million where an earlier figure of the text is one and no word of size
        follows it ("a 10m wall")."""
        t = self.text
        if "m" not in t[max(0, start - 200):start] or _SIZE_AFTER.match(t, end):
            return False
        return _MILLION_WORD.search(t, max(0, start - 200), start) is not None or any(
            self._millions_m(m.start(), m.end() + 1)
            for m in _GLUED_M.finditer(t, max(0, start - 200), start))

    def _money_before(self, pos: int) -> bool:
        return _CUR_BEFORE.search(self.text, max(0, pos - 6), pos) is not None

    def _plural_after(self, pos: int) -> bool:
        """Things counted after a glued "m": "35m Echo devices", "5m tonnes" are millions;
        "a 10m wall", "10m tall trees", "the 100m sprint" are metres."""
        m = _THINGS_AFTER.match(self.text, pos)
        if m is None or m.group(2).lower() in MEASURE_WORDS:
            return False
        first = m.group(1) or ""
        return not first or first[0].isupper() or first.lower() in COUNT_ADJECTIVES

    def _count_noun_after(self, pos: int) -> bool:
        m = re.compile(r"\s+([A-Za-z]+)").match(self.text, pos)
        return m is not None and m.group(1).lower() in _COUNT_NOUNS
