"""The reader: one pass over the text, each candidate read by the grammars of the mixins."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from ..units import CURRENCY_PREFIX, Unit
from .candidates import _candidates, _CODE, Digits, _skip_space, _URL, _WORD
from .currency import _CUR_AFTER, _CUR_BEFORE, Currencies, ISO_CODES, _M_ISO_AFTER
from .dates import AT_CLOCK, CLOCK_WORDS, WORD_CLOCK, Calendar
from .fractions import Fractions, _RATIO_END
from .lexicon import (
    DOLLAR_CODES, FRACTION_NEXT, FRACTIONS, MULTIPLIER_WORDS, NUMBER_ADJECTIVES, ONES, ORDINALS,
    SCALES, TENS, TERM_PRODUCTS,
)
from .measures import _A_BEFORE, Measures, share_units, _ODD_PLUS, _PERCENT

# "a quarter-point cut", "a half-point rise": a fraction of a percentage point
_FRACTION_POINT = re.compile(r"-(?:percentage-)?point\b(?!-)", re.I)
from .names import continues_names, is_name, name_end
from .numwords import (
    _NUMBER_END, NumberWords, PERIOD_HALF, _PERCENT_OF, _PRONOUN_NEXT, _PRONOUN_ONE,
)
from .qualifiers import _bounded_pairs, _NEG_BEFORE, Qualifiers
from .record import DEFAULT_APPROX, Quantity
from .scales import Scales
from .scores import score_at


def read_quantities(text: str, approx: float = DEFAULT_APPROX) -> list[Quantity]:
    """Every number in `text`, in reading order, with its qualifier, unit and interval."""
    return _Reader(text, approx).read()


_OVERFLOW = re.compile(r"[\d.,]+[eE][+\-−]?\d+|\d{300,}")

# a number word joined to a word as one adjective: "a one-off payment", "a two-way race"
# the word after "a third", "a fifth": a noun or an adjective makes it a rank (FRACTION_NEXT)
_NEXT_WORD = re.compile(r" ([A-Za-z]+)\b(?!-)")

# "one of the ...": a pronoun picking one out, not a count
_ONE_OF = re.compile(r"\s+of\s+(?:the|its|his|her|their|our|my|your|those|these)\b", re.I)

# "won only one of their last 11", "twenty-one of": one counted
_ONE_COUNTED = re.compile(r"(?:\d|\b(?:only|just|but|won|lost|drew|took|held|gained|" +
                          "|".join(TENS) + r"))\W*$", re.I)

_JOINED = re.compile(r"[A-Za-z]+-[A-Za-z]+(?:-[A-Za-z]+)?")

# the word after a duration that names a product: "10-year Treasury", "two-year fixed"
_PRODUCT_AFTER = re.compile(r"\s+([A-Za-z]+(?:-[a-z]+)?)")


# between two days of one month: "from 12 to 15 May", "12-15 May", "May 12 to 15"
_DAY_JOIN = re.compile(r"\s*(?:-|–|to|and|through|until|till)\s*", re.I)


def _day_ranges(t: str, out: list[Quantity]) -> list[Quantity]:
    """A day of the month joined to a date is a date too: "from 12 to 15 May 2026" (12),
    "from May 12 to 15" (15); never an amount."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not _DAY_JOIN.fullmatch(t, a.end, b.start):
            continue
        if b.kind == "date" and a.kind == "count" and _is_day(a):
            out[k] = Quantity(a.text, a.start, a.end, a.low, a.high, "", "date", a.value)
        elif a.kind == "date" and b.kind == "count" and _is_day(b) and \
                t[b.end:b.end + 1] in ("", " ", ",", ".", ";", ")") and \
                not re.match(r"\s+[A-Za-z]", t[b.end:b.end + 2]):
            out[k + 1] = Quantity(b.text, b.start, b.end, b.low, b.high, "", "date", b.value)
    return out


def _is_day(q: Quantity) -> bool:
    return q.text.isdigit() and q.value is not None and 1 <= q.value <= 31 and not q.qualifier


class _Reader(Digits, NumberWords, Fractions, Scales, Currencies, Measures, Qualifiers, Calendar):
    # -- a whole quantity --------------------------------------------------------------
    def read(self) -> list[Quantity]:
        out: list[Quantity] = []
        t = self.text
        low = t.lower()
        if len(low) != len(t):  # keep offsets: lower-case only what keeps its length
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in t)
        pos = 0
        n = len(t)
        links = [u.span() for u in _URL.finditer(t)] if ("://" in t or "www." in low
                                                          or "@" in t) else []
        cands = _candidates(low)
        dashes = "-" in t or "–" in t  # a score ("2-0") needs one
        par = " par" in low or "-par" in low  # "a five-under-par 66"
        batting = " for " in low  # "went 3 for 4"
        i = 0
        while pos < n:
            while i < len(cands) and cands[i][0] < pos:
                i += 1
            if i == len(cands):
                break
            start, mend, group = cands[i]
            at = start  # the candidate itself: the loop always moves past it
            if links:
                inside = next((b for a, b in links if a <= start < b), None)
                if inside is not None:  # numbers inside a URL or an e-mail address
                    pos = inside
                    continue
            if group == "c":
                # currency symbol: the number follows
                k = _skip_space(t, mend)
                if k < n and (t[k].isdigit() or (t[k] == "." and k + 1 < n and t[k + 1].isdigit())):
                    start = k
                else:
                    pos = mend
                    continue
            elif group == "w":
                wl = low[start:mend]
                clock = WORD_CLOCK.match(low, start) if wl in CLOCK_WORDS else None
                if clock is not None and " past " not in clock.group() and \
                        not AT_CLOCK.search(low, max(0, start - 12), start):
                    clock = None  # "five to ten people" is a range; "at ten to six" a time
                if clock is not None:  # "at twenty to seven", "half past six": a time of day
                    hour = float(ONES[clock.group(1)])
                    out.append(Quantity(t[start:clock.end()], start, clock.end(), hour, hour, "",
                                        "time", hour))
                    pos = clock.end()
                    continue
                if wl in ("minus", "negative"):
                    k = _skip_space(t, mend)
                    if k < n and (t[k].isdigit() or _WORD.match(t, k)):
                        start = k
                    else:
                        pos = mend
                        continue
                elif wl in ORDINALS and wl not in ONES and wl != "second" and (
                        wl not in FRACTIONS or not re.search(
                            r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+$",
                            t[max(0, start - 8):start], re.I) or self._rank_after_a(start, mend)):
                    out.append(Quantity(t[start:mend], start, mend, ORDINALS[wl], ORDINALS[wl],
                                        "", "ordinal", ORDINALS[wl]))
                    pos = mend
                    continue
                elif wl == "half" and PERIOD_HALF.search(t, max(0, start - 10), start):
                    pos = mend  # "this half", "the first half": a period, no number
                    continue
                elif wl in ("half", "quarter", "third", "dozen", "hundred") + tuple(SCALES) or (
                        wl in FRACTIONS and not wl.endswith("s")):
                    a = _A_BEFORE.search(t, max(0, start - 5), start)
                    if a:
                        start = a.start()
                elif wl in TENS or wl in ONES:
                    a = _A_BEFORE.search(t, max(0, start - 5), start)
                    if a and t[a.start()] in "aA" and self.word_fraction(a.start()):
                        start = a.start()  # "a twenty-first"
            if group == "d":
                code = _CODE.match(t, start - 1 if start and t[start - 1] == "+" else start)
                if code and (start == 0 or not t[start - 1].isalnum()):
                    pos = code.end()  # "+1-222-2222-2222", "2014-06-12", "192.168.1.2"
                    continue
            if start > 0 and t[start - 1].isdigit() or (
                    start > 1 and t[start - 1] in "/⁄" and t[start - 2].isdigit()):
                pos = start + 1  # inside a number, or after the slash of "9/11", "24/7"
                continue
            if group == "d" and start > 0 and t[start - 1] == "." and \
                    (start < 2 or not t[start - 2].isalnum()):
                start -= 1  # ".25"
            q = score_at(t, start, dashes, par) if par or (
                group == "d" and (dashes or batting)) else None
            q = q or self.quantity(start)
            if q is None:
                pos = max(mend, start + 1, at + 1)
                if group == "d":  # "1e999", "2e400": no float holds it; its exponent is
                    over = _OVERFLOW.match(t, start)  # no number either
                    if over is not None:
                        pos = max(pos, over.end())
                continue
            if q.end <= at:
                pos = at + 1  # read from a word before the candidate ("one" of "one sixth")
                continue
            out.append(q)
            self.floor = q.end
            pos = max(q.end, start + 1, at + 1)
        if " a" in low:
            out = self._one_unit(out, low)
        if "doubl" in low or "tripl" in low or "trebl" in low or "quadrupl" in low:
            out = self._multiplied(out, low)
        if len(out) > 1:
            out = _bounded_pairs(t, share_units(t, out))
            out = _day_ranges(t, out)
        return out

    def _rank_after_a(self, start: int, end: int) -> bool:
        """"a seventh term", "for a fourth time": after "a", an ordinal that a noun or an
        adjective follows is a rank ("a fifth of", "a third more", "by a fifth." are shares)."""
        t = self.text
        if t[max(0, start - 2):start] not in ("a ", "A ") or (start > 2 and t[start - 3].isalnum()):
            return False
        nxt = _NEXT_WORD.match(t, end)
        return nxt is not None and nxt.group(1).lower() not in FRACTION_NEXT and \
            nxt.group(1).lower() not in SCALES

    def quantity(self, start: int) -> Quantity | None:
        t = self.text
        num = self.number(start)
        if num is None:
            return None
        if (not num.ordinal and not num.vague and not num.fraction and
                (is_name(t, start, num.end, num.value * num.scale, num.words) or
                 (not num.words and continues_names(t, self.name_end, start))) and
                not _CUR_BEFORE.search(t, max(0, start - 8), start)):
            # "Game 6", "F-16", "10 Downing Street", "FTSE 100": part of a name, no amount
            self.name_end = end = name_end(t, num.end)
            return Quantity(t[start:end], start, end, num.value * num.scale,
                            num.value * num.scale, "", "name", num.value * num.scale)
        if num.words and t[num.end:num.end + 1] == "-":
            joined = _JOINED.match(t, num.start)
            if joined and joined.group().lower() in NUMBER_ADJECTIVES:
                return None  # "a one-off payment", "a two-way race": no amount
        if num.words and t[num.start:num.end].lower() in MULTIPLIER_WORDS:  # "twice"
            return self._finish(t, start, num.end, num.value, num.value, "times", "multiple",
                                num.value, "", num)
        if num.words and num.end - num.start == 3 and t[num.start:num.end].lower() == "one" \
                and _PRONOUN_ONE.search(t, max(0, start - 12), start) \
                and _PRONOUN_NEXT.match(t, num.end):
            return None  # "the one you mentioned", "which one", "no one": a pronoun
        if num.words and num.end - num.start == 3 and t[num.start:num.end].lower() == "one" \
                and _ONE_OF.match(t, num.end) and not _ONE_COUNTED.search(t, max(0, start - 12),
                                                                          start):
            return None  # "one of the 26 bishops", "one of its largest": a pronoun
        if num.scale == 1 and not (num.fraction or num.vague or num.ordinal) and num.value > 0:
            ratio = self._ratio(num)
            if ratio is not None:
                num = ratio
        self.last_num = num
        qstart = num.start
        end = num.end
        po = _PERCENT_OF.search(t, max(0, qstart - 16), qstart)
        if po and not num.fraction and _RATIO_END.match(t, end) and \
                not _NUMBER_END.search(t, max(0, po.start() - 12), po.start()):
            return Quantity(t[po.start():end], po.start(), end, num.value * num.scale,
                            num.value * num.scale, "percent", "percent", num.value * num.scale)
        # negative
        neg = _NEG_BEFORE.search(t, max(0, qstart - 10), qstart)
        sign = 1.0
        if neg and not self._range_hyphen(neg.start()):
            sign = -1.0
            qstart = neg.start()
        clock = self._clock(num, qstart, end)
        if clock is not None:
            return clock
        if sign > 0 and t[end:end + 1] in ("s", "'"):
            band = self._band(num, qstart)
            if band is not None:
                return band
        unit: Unit | None = None
        currency = ""
        currency, qstart = self._currency_before(qstart)
        if not currency and num.scale >= 1e3 and not num.words:
            currency, qstart = self._currency_word_before(qstart)  # "US dollar 1.2 billion"
        if currency and sign > 0:
            neg = _NEG_BEFORE.search(t, max(0, qstart - 10), qstart)
            if neg and not self._range_hyphen(neg.start()):
                sign, qstart = -1.0, neg.start()  # "-$38 million"
        kind = "count"
        uname = ""
        # percent
        pm = _PERCENT.match(t, end) or \
            (_FRACTION_POINT.match(t, end) if num.fraction or (num.words and num.value < 1) else None)
        ca = _CUR_AFTER.match(t, end) if not currency and not pm else None
        mi = _M_ISO_AFTER.match(t, end) if not currency and not pm else None
        if ca and CURRENCY_PREFIX.get(ca.group(1)):
            currency, end = CURRENCY_PREFIX[ca.group(1)], ca.end()
        elif mi and num.scale == 1:
            currency, end = mi.group(1), mi.end()
            num.scale = 1e6
        tail = _ODD_PLUS.match(t, end) if not pm else None
        if tail:  # "200-odd km", "some 200-plus kilometres": the unit follows the word
            end = tail.end()
        if pm and not currency:
            kind, uname, end = "percent", "percent", pm.end()
        else:
            got = self.unit_after(end, bool(currency), num)
            if got is not None and got[2] and currency and got[2] != currency:
                if currency == "USD" and t[qstart:start].strip(" -−") == "$" and \
                        got[2] in DOLLAR_CODES:
                    currency = ""  # "$5 Australian dollars": the word says which dollar
                elif got[2] in ISO_CODES:
                    got = None  # "rmb 10 usd 20": the code after is the next amount's
            if got is not None:
                unit, end, cur_word = got
                if cur_word:
                    if not currency:
                        currency = cur_word
                    unit = None
                    end = self._scale_and_cents(end, cur_word, num)
            if currency:
                kind, uname = "money", self._subunit(currency, num)
            elif unit is not None:
                kind, uname = unit.kind, unit.name
        per = ""
        if kind != "percent":
            rate = self._per(end, kind, uname, num)
            if rate is not None:
                kind, uname, per, end = rate
        kind, uname, end = self._refine(num, qstart, end, kind, uname, unit, currency, per)
        if kind == "duration" and t[num.end:num.end + 1] == "-" and end < len(t):
            product = _PRODUCT_AFTER.match(t, end)
            if product and product.group(1).lower() in TERM_PRODUCTS:
                # "the 10-year Treasury yield", "a two-year fixed rate": a product's name
                return Quantity(t[qstart:end], qstart, end, num.value, num.value, "", "name",
                                num.value)
        calendar = self._calendar(num, qstart, end, kind)
        if calendar is not None:
            return calendar
        scale = num.scale
        mid = num.value * sign * scale
        if not math.isfinite(mid):
            return None
        if num.vague:
            low, high = num.vague
            qual = "vague"
        elif scale >= 1000 and not num.fraction:
            half = 0.5 * 10 ** (-num.decimals) * scale
            if num.words and num.decimals == 0 and num.value >= 10:
                # "five hundred thousand": precise to the last word, the thousands
                half = 0.5 * scale
            low, high = mid - half, mid + half
            qual = "precision"
        else:
            low = high = mid
            qual = ""
        q = self._finish(t, qstart, end, low, high, uname, kind, mid, qual, num)
        if tail and q.qualifier not in ("range",):
            if tail.group(1).lower() == "plus" or q.qualifier == "more":
                q = replace(q, low=mid, high=None, qualifier="more")
            else:  # "200-odd": 200 and some, short of the next round number
                step = 10.0 ** math.floor(math.log10(abs(mid))) if mid else 1.0
                q = replace(q, low=mid, high=mid + step, qualifier="about")
        return replace(q, per=per) if per and not q.per else q
