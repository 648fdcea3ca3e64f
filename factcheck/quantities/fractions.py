"""Fractions and shares: in words ("two thirds", "a twenty-first", "two and a half"),
ratios ("one out of three", "1 in 21") and shares of a group ("seven in ten buildings")."""

from __future__ import annotations

import re

from .base import ReaderBase
from .candidates import _SEP, _WORD
from .lexicon import (
    DENOMS, FRACTIONS, _MONTH_AFTER, _NUM_TOKENS, _NUMBER_WORDS, ONES, _PER_NOUN_SKIP, SCALES,
    TENS, VULGAR,
)
from .numwords import _OF_A
from .record import _Num, Quantity


# "and a half", "and three quarters" after a number
_AND_FRACTION = re.compile(
    r"\s+and\s+(?:(?P<a>an?|one)|(?P<n>two|three|four|five|six|seven|eight|nine))\s+"
    r"(?P<f>half|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
    r"\b", re.I)

# "one out of three", "1 in 21", "one over twenty" ended there: a ratio
_RATIO = re.compile(r"\s+(over|out\s+of|in)\s+", re.I)

_RATIO_END = re.compile(r"\s*(?:$|[.,;:!?)\]]|(?:is|are|was|were)\b|or\s+(?:more|less|fewer)\b)",
                        re.I)

_NOUN_AFTER = re.compile(r"\s+([a-zA-Z]+)")

_SCALE_WORD = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.I)


def _cardinal(ws: list[str]) -> tuple[float, int, float]:
    """The longest prefix of number words that is one cardinal: (value, words used, the
    last scale word's value). "one hundred and thirty" -> 130; "one one" -> 1 (1 word)."""
    total = current = 0.0
    last = ""
    used = 0
    scale = 1.0
    best = (0.0, 0, 1.0)
    for i, w in enumerate(ws):
        if w in ("a", "an"):
            if i:
                break
            current, last = 1, "a"
            best = (1.0, 1, 1.0)
            continue
        if w in ONES or w in TENS:
            v = ONES.get(w, TENS.get(w, 0))
            if last in ("ones", "tens") and not (
                    last == "tens" and w in ONES and 0 < v < 10 and current % 10 == 0):
                break
            if last == "a" or (last == "and_tens" and not (w in ONES and 0 < v < 10)):
                break
            current += v
            last = "tens" if w in TENS else "ones"
        elif w == "hundred":
            if last not in ("ones", "tens", "a") or current >= 100:
                break
            current = (current or 1) * 100
            last = "hundred"
        elif w in SCALES:
            if last == "scale" and not current and SCALES[w] > scale:
                total *= SCALES[w]  # "three lakh crore", "a thousand million"
                scale *= SCALES[w]
            elif last in ("ones", "tens", "hundred", "a") and (scale == 1 or SCALES[w] < scale):
                total += (current or 1) * SCALES[w]
                current = 0
                scale = SCALES[w]
            else:
                break
            last = "scale"
        elif w == "and" and last in ("hundred", "scale", "tens"):
            last = "and_tens" if last == "tens" else "and"
            continue
        else:
            break
        used = i + 1
        best = (total + current, used, scale)
    return best


def is_share(q: Quantity) -> bool:
    """Is `q` a share of a whole written as a fraction ("half of all buildings", "seven in
    ten", "a third", "3/4")? Read as a count between 0 and 1 (x100 is the percent); the
    engine does not yet give shares to percent facts: that needs the share's noun ("seven in
    ten voters" is no share of the vote)."""
    return q.kind == "count" and 0 < q.value < 1 and (q.high is None or q.high <= 1) and \
        any(c.isalpha() or c in "/⁄" or c in VULGAR for c in q.text)


_POINTS_END = re.compile(r"(?i)[\s-]points?$")


def is_points(q: Quantity) -> bool:
    """Is `q` a percent written in (percentage) points ("a quarter-point", "0.25 percentage
    points")? A basis point is a hundredth of one."""
    return q.kind == "percent" and _POINTS_END.search(q.text) is not None


class Fractions(ReaderBase):
    """The reader's grammar of fractions: methods mixed into the reader."""

    def _word_tokens(self, pos: int) -> list[tuple[str, int, int]]:
        """Number words from pos up to and including the first denominator word."""
        t = self.text
        out: list[tuple[str, int, int]] = []
        p = pos
        while True:
            w = _WORD.match(t, p)
            if w is None:
                break
            lw = w.group().lower()
            if lw not in _NUM_TOKENS:
                break
            out.append((lw, w.start(), w.end()))
            if lw in DENOMS:
                break
            sep = _SEP.match(t, w.end())
            if sep is None or sep.end() == w.end():
                break
            p = sep.end()
        return out

    def word_fraction(self, pos: int) -> _Num | None:
        """Fractions in words: "twenty-three fifths", "one twenty-fifth", "a hundred
        trillionths", "two and fifty-four hundredths", "six million and two thirds",
        "one hundred thirty fifths" (100/35; "one hundred and thirty fifths" is 130/5)."""
        toks = self._word_tokens(pos)
        if len(toks) < 2 or toks[-1][0] not in DENOMS:
            return None
        t = self.text
        dword, dstart, dend = toks[-1]
        if t[dend:dend + 1] == "-" or t[dend:dend + 1].isalnum():
            return None  # "fifth-graders"
        dval, plural = DENOMS[dword]
        words = [w for w, _, _ in toks[:-1]]
        halfish = dword in ("half", "halves", "quarter", "quarters")
        end = dend
        if "and" in words:  # a mixed number: "two and three fifths", "one hundred and a third"
            j = len(words) - 1 - words[::-1].index("and")
            p1, p2 = words[:j], words[j + 1:]
            v1, k1, s1 = _cardinal(p1)
            if p2 and k1 == len(p1) and k1:
                if p2 in (["a"], ["an"]):
                    n2, k2 = 1.0, 1
                else:
                    n2, k2, _ = _cardinal(p2)
                if k2 == len(p2) and 0 < n2 < dval and (n2 > 1) == plural:
                    frac = n2 / dval
                    sc = _SCALE_WORD.match(t, end)
                    after = SCALES[sc.group(1).lower()] if sc else 1.0
                    if s1 > 1:  # "nine million and five ninths": of the million
                        per = after if 1 < after < s1 else s1
                        if per != s1:
                            end = sc.end() if sc else end  # "one billion and a half million"
                        mant = (v1 + frac * per) / s1
                        dec = next((d for d in range(1, 6) if abs(round(mant, d) - mant) < 1e-9), 6)
                        return _Num(pos, end, mant, dec, s1, words=True)
                    if sc:  # "five and a half million"
                        return _Num(pos, sc.end(), v1 + frac, 2, after, words=True)
                    return _Num(pos, end, v1 + frac, 3, words=True)
        if halfish:
            return None  # "half a million", "three quarters": read by words()
        v, k, _ = _cardinal(words)
        rest = words[k:]
        if not rest and k >= 2 and words[k - 1] in TENS and dval < 10 and \
                words[k - 2] != "and":
            # "one hundred thirty fifths": the tens belong to the denominator (35ths)
            v2, k2, _ = _cardinal(words[:k - 1])
            if k2 == k - 1:
                v, k, rest = v2, k2, words[k - 1:]
        den = dval
        if rest:
            if rest[-1] == "and":
                rest = rest[:-1]
            r, kr, _ = _cardinal(rest)
            if kr != len(rest) or not rest or not (
                    (rest[-1] in TENS and dval < 10) or (rest[-1] == "hundred" and dval < 100)):
                return None
            den = r + dval
        elif dword in ("first", "firsts"):
            return None  # "three firsts": places won, not a fraction
        if k == 0 or v == 0 or (not plural and v != 1):
            return None  # "twenty-fifth": a rank
        value = v / den
        of_a = _OF_A.match(t, end)
        if of_a:
            sc = _WORD.match(t, of_a.end())
            if sc and sc.group().lower() in SCALES:  # "two thirds of a million"
                return _Num(pos, sc.end(), value, 3, SCALES[sc.group().lower()], words=True)
        return _Num(pos, end, value, 3, words=True, fraction=value < 1)

    def _ratio(self, num: _Num) -> _Num | None:
        """"one out of three", "1 in 21", "2000 over 3" standing alone: a fraction. With a
        noun after ("1 in 5 adults", "3 out of 10 voters") the counts are read apart."""
        t = self.text
        r = _RATIO.match(t, num.end)
        if r is None:
            return None
        den = self.number(r.end())
        if den is None or den.vague or den.ordinal or den.fraction:
            return None
        if not _RATIO_END.match(t, den.end) and not (
                (r.group(1).lower() == "in" or den.value * den.scale in (10, 100)) and
                self._share_of(den)):
            # "seven in ten buildings", "nine out of 10 drivers" are shares; "41 out of 50
            # shelters" a part and a whole
            return None
        dv = den.value * den.scale
        if dv <= 0 or (not den.words and 1000 <= dv <= 2100 and "," not in t[den.start:den.end]):
            return None  # "12 in 2014"
        if r.group(1).lower() != "over" and num.value > dv:
            return None
        return _Num(num.start, den.end, num.value / dv, 6, words=num.words, fraction=True)

    def _share_of(self, den: _Num) -> bool:
        """"seven in ten buildings", "one in five voters": a share of a group named by a
        noun after the ratio (not "1 in 5 minutes", "12 in 2014", "3 in the morning")."""
        t = self.text
        w = _NOUN_AFTER.match(t, den.end)
        if w is None or den.scale != 1:
            return False
        word = w.group(1).lower()
        return (word not in _PER_NOUN_SKIP and word not in _NUMBER_WORDS and
                not _MONTH_AFTER.match(t, den.end) and
                self.unit_after(den.end, False, _Num(den.start, den.end, den.value)) is None)

    def _and_fraction(self, num: _Num) -> None:
        """"2 and a half", "3 million and a quarter", "five and a half million"."""
        m = _AND_FRACTION.match(self.text, num.end)
        if not m:
            return
        f = m.group("f").lower()
        plural = f.endswith("s") and f != "halves"
        n = ONES[m.group("n").lower()] if m.group("n") else 1
        if (n > 1) != plural and not (f == "half" and n == 1):
            return
        frac = n / FRACTIONS[f]
        if num.scale != 1:
            num.value += frac  # mantissa: "3 million and a quarter" is 3.25 million
        else:
            num.value += frac
            sc = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.I).match(
                self.text, m.end())
            if sc:
                num.scale = SCALES[sc.group(1).lower()]
                num.end = sc.end()
                num.decimals = max(num.decimals, 2)
                return
        num.decimals = max(num.decimals, 2)
        num.end = m.end()
