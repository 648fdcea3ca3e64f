"""Numbers written in words: cardinals ("seventeen hundred", "forty-eight", "half a
million"), "3 hundred and 21", vague amounts ("dozens", "tens of thousands")."""

from __future__ import annotations

import re

from .base import ReaderBase
from .candidates import _SEP, _skip_space, _WORD
from .lexicon import (
    _DOZEN, FOLD_WORDS, FRACTION_COMPOUNDS, FRACTIONS, HALF_DETERMINERS, MULTIPLIER_WORDS, ONES,
    ORDINALS, SCALES, TENS, VAGUE,
)
from .record import _Num


_PRONOUN_NEXT = re.compile(
    r"\s*(?:$|[.,;:!?)\"”—–-]|(?:you|i|he|she|we|they|it|who|whom|that|which|was|is|are|were|"
    r"do|does|did|has|had|have|can|could|will|would|should|may|might|must|in|on|at|for|with|"
    r"from|to|and|or|but|before|after|again|more|less|else|here|there|too|instead)\b)", re.I)

_PRONOUN_ONE = re.compile(r"\b(?:the|which|that|this|each|every|any|no|another|some)\s+$", re.I)

# after "3 hundred" or "4 thousand": "and 21", "3 hundred and 21"
_CONTINUE = re.compile(r"\s+(and\s+)?", re.I)

# "percent of twenty": the percentage written after its word, with no number before it
_PERCENT_OF = re.compile(r"\b(per\s?cents?|percents?)\s+of\s+$", re.I)

_NUMBER_END = re.compile(r"(?:\d|\b(?:" + "|".join([*ONES, *TENS, "hundred", *SCALES]) +
                         r"))\W*$", re.I)

_OF_A = re.compile(r"\s+(?:of\s+)?an?\s+", re.I)

# "this half", "the first half": a period or a part of one, no number
PERIOD_HALF = re.compile(r"\b(?:" + "|".join(sorted(HALF_DETERMINERS)) + r")(?:\s+|-)$", re.I)
# a noun joined to a fraction word: "a third-party vendor", "his half-brother"
_COMPOUND_AFTER = re.compile(r"-(" + "|".join(sorted(FRACTION_COMPOUNDS)) + r")\b", re.I)

_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.I)

# what makes a bare "dozens", "hundreds" an amount: "of", a verb, or a participle ("dozens
# injured", "hundreds arrested", "thousands more"); not "the 1990s"
_VAGUE_NEXT = re.compile(r"\s+(?:of|more|fled|died|were|have|had|are|remain|remained|hurt|"
                         r"dead|missing|[a-z]{3,}ed)\b", re.I)

_AND_TENS = re.compile(r"\s+and\s+(?:" + "|".join(sorted({*ONES, *TENS}, key=len, reverse=True)) +
                      r")\b", re.I)
# a comma in a number said in words: "four thousand, eight hundred and twelve"
_SPOKEN_COMMA = re.compile(r",\s+([a-z]+)\s+hundred\b", re.I)

class NumberWords(ReaderBase):
    """The reader's grammar of numwords: methods mixed into the reader."""

    def _continue(self, num: _Num) -> None:
        """"3 hundred and 21", "4 thousand 3 hundred and 21", "6 crore and two hundred"."""
        t = self.text
        whole = num.value * num.scale
        unit = num.scale if num.scale > 1 else 100.0
        c = _CONTINUE.match(t, num.end)
        if c is None or not (num.value.is_integer() or num.scale == 1):
            return
        nxt = self.number(c.end())
        if nxt is None or nxt.vague or nxt.fraction or nxt.ordinal or nxt.decimals:
            return
        part = nxt.value * nxt.scale
        grouped = nxt.scale > 1 or "hundred" in t[nxt.start:nxt.end].lower()
        if not 1 <= part < unit or not (grouped or (c.group(1) and unit == 100)):
            return
        num.value, num.scale, num.end = whole + part, 1.0, nxt.end

    def words(self, pos: int) -> _Num | None:
        """Number words: "forty-eight", "seventeen hundred", "half a million", "dozens"."""
        t = self.text
        w = _WORD.match(t, pos)
        if w is None:
            return None
        first = w.group().lower()
        if first in FOLD_WORDS:  # "sixfold": six, and "fold" is read as its unit
            return _Num(pos, w.end() - 4, FOLD_WORDS[first], words=True)
        if first in MULTIPLIER_WORDS:  # "twice"
            return _Num(pos, w.end(), MULTIPLIER_WORDS[first], words=True)
        # vague amounts: "dozens", "hundreds of thousands", "tens of millions"
        if first in VAGUE or first in ("several", "few", "couple"):
            return self._vague(pos, w)
        total: float = 0.0
        current: float = 0.0
        seen = False
        end = pos
        p = pos
        last = ""
        decimals = 0
        scale = 1.0
        frac_num: float | None = None
        held = 0.0
        while True:
            w = _WORD.match(t, p)
            if w is None:
                break
            word = w.group().lower()
            if word in ONES or word in TENS:
                val = ONES.get(word, TENS.get(word, 0))
                if last in ("ones", "tens"):
                    if not (last == "tens" and word in ONES and 0 < val < 10 and current % 10 == 0):
                        break
                current += val
                last = "tens" if word in TENS else "ones"
            elif word == "hundred" and (last in ("ones", "tens", "a") or (
                    last == "" and (self._scale_next(w.end()) or  # "hundred thousand dollars"
                                    _AND_TENS.match(t, w.end())))):  # "the hundred and ten"
                current = (current or 1) * 100
                last = "hundred"
            elif word in SCALES and last == "scale" and not current and SCALES[word] > scale:
                total *= SCALES[word]  # "three lakh crore", "a thousand million"
                scale *= SCALES[word]
            elif word in SCALES and last in ("ones", "tens", "hundred", "a", "frac"):
                if last == "frac" and frac_num is not None:
                    current = frac_num
                    decimals = max(decimals, 2 if frac_num not in (0.5,) else 1)
                total += (current or 1) * SCALES[word]
                scale = SCALES[word]
                current = 0
                last = "scale"
            elif word in _DOZEN and last in ("ones", "tens", "a", "frac", "hundred"):
                base = frac_num if last == "frac" and frac_num is not None else (current or 1)
                # "three hundred and two dozens": the dozens are the part after "and"
                current = held + (base - held) * 12
                last = "dozen"
                end = w.end()
                seen = True
                break
            elif word in ("a", "an") and (last == "" and not seen or last == "frac"):
                gap = _SEP.match(t, w.end())  # "half a million", "half-a-million"
                nxt = _WORD.match(t, gap.end() if gap else w.end())
                nw = nxt.group().lower() if nxt else ""
                if nw in SCALES or nw in ("hundred", "dozen") or (
                        nw in FRACTIONS and not nw.endswith("s")):
                    if last == "":
                        current = 1
                    last = "a" if last == "" else "frac"
                else:
                    break
            elif word in ("half", "quarter", "third") and last in ("", "a", "ones") and \
                    (last != "" or word == "half" or self._scale_next(w.end())) and \
                    not _COMPOUND_AFTER.match(t, w.end()):  # not "a third-party vendor"
                frac_num = (current or 1) / FRACTIONS[word] if last != "" else 1 / FRACTIONS[word]
                if last == "ones" and word == "quarter":
                    frac_num = current / 4
                current = 0
                last = "frac"
                decimals = 1 if word == "half" else 2
            elif word in ORDINALS and seen and (
                    (last == "tens" and ORDINALS[word] < 10 and current % 10 == 0)
                    or last in ("hundred", "scale", "and")
                    or (last == "ones" and ORDINALS[word] >= 100)):
                # compound ordinals: "twenty-fifth", "one hundred twenty-first", "two
                # hundredth": a rank, not a fraction
                rank: float = ORDINALS[word]
                if rank >= 100:
                    current = (current or 1) * rank
                else:
                    current += rank
                end = w.end()
                return _Num(pos, end, total + current, 0, words=True, ordinal=True)
            elif word in FRACTIONS and word not in ("second", "half", "quarter", "third") and \
                    last in ("ones", "a") and current <= 10 and t[w.end():w.end() + 1] != "-" and \
                    not (word.endswith("s") and current == 1):
                frac_num = (current or 1) / FRACTIONS[word]
                current = 0
                last = "frac"
                decimals = 3
            elif word in ("quarters", "thirds", "halves") and last == "ones":
                frac_num = current / FRACTIONS[word]
                current = 0
                last = "frac"
                decimals = 2
            elif word == "and" and last in ("hundred", "scale") and seen:
                nxt = _WORD.match(t, _skip_space(t, w.end()))
                nw = nxt.group().lower() if nxt else ""
                if nw not in ONES and nw not in TENS and nw not in ("a",):
                    break
                if nw == "a":
                    nn = _WORD.match(t, _skip_space(t, nxt.end())) if nxt else None
                    if not nn or nn.group().lower() != "half":
                        break
                    # "a million and a half"
                    total += 0.5 * scale if last == "scale" else 50
                    end = nn.end()
                    p = nn.end()
                    last = "done"
                    break
                held = current if last == "hundred" else 0.0
                last = "and" if last == "hundred" else "scale"
                p = w.end()
                p = _skip_space(t, p)
                continue
            elif word == "point" and last in ("ones", "tens", "hundred") and seen:
                digits = []
                q = _skip_space(t, w.end())
                dw = _WORD.match(t, q)
                two = dw.group().lower() if dw else ""
                if dw is not None and (two in TENS or (two in ONES and ONES[two] > 9)):
                    # "point seventy-one": two digits
                    v = TENS.get(two) or ONES[two]
                    end = dw.end()
                    hy = re.compile(r"-([a-z]+)", re.I).match(t, end)
                    if v in TENS.values() and hy and hy.group(1).lower() in ONES and \
                            0 < ONES[hy.group(1).lower()] < 10:
                        v += ONES[hy.group(1).lower()]
                        end = hy.end()
                    current += v / 100
                    decimals = 2
                    p = end
                    last = "point"
                    break
                while True:
                    dw = _WORD.match(t, q)
                    if not dw or dw.group().lower() not in ONES or ONES[dw.group().lower()] > 9:
                        break
                    digits.append(str(ONES[dw.group().lower()]))
                    end = dw.end()
                    q = _skip_space(t, dw.end())
                if not digits:
                    break
                current += float("0." + "".join(digits))
                decimals = len(digits)
                p = end
                last = "point"
                break
            else:
                break
            if last not in ("a",):
                seen = True
                end = w.end()
            p = w.end()
            if last == "scale" and scale >= 1000:
                spoken = _SPOKEN_COMMA.match(t, p)  # "four thousand, eight hundred and twelve"
                if spoken is not None and spoken.group(1).lower() in ONES and \
                        ONES[spoken.group(1).lower()] * 100 < scale:
                    p = spoken.start(1)
                    continue
            sep = _SEP.match(t, p)
            if sep is None:
                break
            p = sep.end()
            if p == w.end():
                break
        if not seen:
            return None
        if last == "frac" and frac_num is not None:
            # "half a million" was consumed as frac + scale; here: a bare fraction
            nxt = _OF_A.match(t, end)
            if nxt:
                sc = _WORD.match(t, nxt.end())
                if sc and sc.group().lower() in SCALES:
                    return _Num(pos, sc.end(), frac_num, decimals, SCALES[sc.group().lower()],
                                words=True)
            return _Num(pos, end, frac_num, 3, words=True, fraction=True)
        value = total + current
        if last == "scale":
            mantissa = value / scale
            return _Num(pos, end, mantissa, decimals, scale, words=True)
        if last == "point" and not total:  # "two point nine billion (dollars)"
            sc = _SCALE_AFTER.match(t, end)
            if sc is not None:
                return _Num(pos, sc.end(), value, decimals, SCALES[sc.group(1).lower()],
                            words=True)
        num = _Num(pos, end, value, decimals, words=True)
        # "sixty-five million" handled above; "two thousand" too. Trailing scale words:
        return num

    def _scale_next(self, pos: int) -> bool:
        m = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.I).match(self.text, pos)
        return m is not None

    def _vague(self, pos: int, w: re.Match[str]) -> _Num | None:
        t = self.text
        first = w.group().lower()
        end = w.end()
        if first in ("several", "few", "couple"):
            m = re.compile(r"(?:\s+of)?\s+(hundred|thousand|million|billion|dozen)\b", re.I) \
                .match(t, end)
            if not m:
                return None
            if first == "few" and not re.search(r"\ba\s+$", t[max(0, pos - 3):pos], re.I):
                return None
            base = 12.0 if m.group(1).lower() == "dozen" else \
                (100.0 if m.group(1).lower() == "hundred" else SCALES[m.group(1).lower()])
            lo = 2 if first == "couple" else 3 if first == "several" else 2
            hi = 2 if first == "couple" else 9
            start = pos
            if first in ("few", "couple"):
                a = re.search(r"\ba\s+$", t[max(0, pos - 3):pos], re.I)
                if a:
                    start = pos - (3 - a.start()) if pos >= 3 else a.start()
            return _Num(start, m.end(), base * lo, vague=(base * lo, base * hi), words=True)
        base, lo, hi = VAGUE[first]
        if first == "tens":
            m = re.compile(r"\s+of\s+(thousands|millions|billions)\b", re.I).match(t, end)
            if not m:
                return None
            b2 = VAGUE[m.group(1).lower()][0]
            return _Num(pos, m.end(), 10 * b2 * 2, vague=(10 * b2 * 2, 10 * b2 * 10),
                        words=True)
        m = re.compile(r"\s+of\s+(thousands|millions|billions)\b", re.I).match(t, end)
        if m and first in ("hundreds", "dozens"):
            b2 = VAGUE[m.group(1).lower()][0]
            base *= b2
            end = m.end()
        elif first in ("hundreds", "thousands", "millions", "billions", "scores", "dozens"):
            # only as an amount: "hundreds of people", "thousands fled", not "the 1990s"
            if not _VAGUE_NEXT.match(t, end):
                return None
        return _Num(pos, end, base * lo, vague=(base * lo, base * hi), words=True)
