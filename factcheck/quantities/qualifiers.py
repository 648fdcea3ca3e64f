"""Qualifiers and ranges: "more than", "about", "nearly", "up to", "or more", "~", "≥" and
"between A and B", "A to B", "A-B", "more than 100 and less than 300"."""

from __future__ import annotations

import re

from .base import ReaderBase
from .currency import _CUR_BEFORE
from .lexicon import _QUAL_LAST, RISE_VERBS
from .record import _Num, Quantity


_QUAL_BEFORE = re.compile(
    r"(?:\b(?P<more>more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|greater\s+than|"
    r"above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|pass(?:es|ing)?|top(?:s|ped|ping)|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than|a\s+minimum\s+of|"
    r"minimum\s+of|north\s+of|well\s+over|just\s+over|larger\s+than|higher\s+than|"
    r"bigger\s+than|beyond|(?:more|greater|higher|larger|bigger)\s+than\s+or\s+equal\s+to|"
    r"(?:more|greater|higher|larger|bigger)\s+or\s+equal\s+(?:than|to)|"
    r"at\s+least\s+or\s+equal\s+to)"
    r"|\b(?P<less>(?:not|never|cannot|\w+n['’]t)\s+(?:to\s+)?(?:exceed|surpass|top)\w*|less\s+than|under|fewer\s+than|up\s+to|at\s+most|below|no\s+more\s+than|"
    r"not\s+more\s+than|as\s+many\s+as|as\s+much\s+as|a\s+maximum\s+of|maximum\s+of|"
    r"as\s+high\s+as|smaller\s+than|lower\s+than|(?:less|fewer|smaller|lower)\s+than\s+or\s+"
    r"equal\s+to|(?:less|smaller|lower)\s+or\s+equal\s+(?:than|to)|no\s+greater\s+than|"
    r"south\s+of|shy\s+of)"
    r"|\b(?P<nearly>nearly|almost|close\s+to|just\s+under|just\s+shy\s+of|not\s+quite|"
    r"a\s+little\s+under|just\s+below|approaching)"
    r"|\b(?P<about>about|around|some|roughly|approximately|approx\.?|an\s+estimated|"
    r"estimated|circa|ca\.|an\s+approximate|approximate|in\s+the\s+region\s+of|"
    r"on\s+the\s+order\s+of|or\s+so|give\s+or\s+take|upward\s+of|somewhere\s+around|"
    r"an\s+average\s+of|average\s+of|nearly\s+about)"
    r"|(?P<tilde>~)|(?P<gt>(?<![<=>])>\s*=?|≥)|(?P<lt>(?<![<=>])<\s*=?|≤))\s*$",
    re.I,
)

# a line crossed: "has crossed 151 seats", "passed the 323 mark" (not "crossed 3 rivers")
_CROSSED_BEFORE = re.compile(r"\b(?:crossed|passed|cleared|breached|broke(?:\s+through)?)\s+"
                             r"(?:the\s+)?$", re.I)
_LINE_AFTER = re.compile(r"(?:-|\s+)(?:seats?|votes?|mark|threshold|barrier|level|line)\b|"
                         r"\s*(?:[.;,!?)]|$)", re.I)
_HOW_ABOUT = re.compile(r"\b(?:how|what)\s+$", re.I)

_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")


def _qualifier_before(t: str, pos: int) -> re.Match[str] | None:
    """A qualifier ("more than", "about", "~") that ends just before pos."""
    j = pos
    while j > 0 and t[j - 1].isspace():
        j -= 1
    if j and t[j - 1] == ".":
        j -= 1
    k = j
    while k > 0 and t[k - 1].isalpha():
        k -= 1
    if t[k:j].lower() not in _QUAL_LAST and not (j and t[j - 1] in "~<>=≤≥"):
        return None
    if t[k:j].lower() == "about" and _HOW_ABOUT.search(t, max(0, k - 6), k):
        return None  # "how about 2 in 5": a question, not "approximately"
    qb = _QUAL_BEFORE.search(t, max(0, pos - 48), pos)
    if qb is not None and qb.group("less") and t[k:j].lower() == "to":
        verb = _WORD_BEFORE.search(t, max(0, qb.start() - 16), qb.start())
        if qb.group("less")[:2].lower() == "up" and (
                (verb and verb.group(1).lower() in RISE_VERBS) or
                _CAUSE_BEFORE.search(t, max(0, qb.start() - 40), qb.start())):
            return None  # "edged up to 5.1%", "took the range up to 360 miles": a new level
    return qb


# a verb that moves a level, then what it moves: "took the range up to 360 miles"
_CAUSE_BEFORE = re.compile(r"\b(?:took|takes|taking|pushed|pushes|pushing|brought|brings|bringing|"
                           r"lifted|lifts|lifting|raised|raises|raising|boosted|boosts|boosting|"
                           r"sent|sends|sending)\s+(?:(?:the|its|their|his|her|our)\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}$", re.I)
_QUAL_AFTER = re.compile(
    r"(?P<more>\s*\+(?!\s*\d)|-plus\b|\s+or\s+(?:more|greater|above|over|higher|longer)\b"
    r"(?:\s+than(?=\s*(?:$|[.,;:!?])))?(?!\s+than)|\s+and\s+(?:above|up|over|more)\b(?!\s+than)|\s+plus\b(?!\s+\d))|"
    r"(?P<less>\s+or\s+(?:less|fewer|under|below|lower|shorter)\b(?!\s+than)|"
    r"\s+and\s+(?:below|under)\b(?!\s+\d))|"
    r"(?P<about>\s+or\s+so\b)",
    re.I,
)

# digits said one by one: "three-nought-four", "two-oh-one"; no range
_DIGIT_WORDS = frozenset("zero nought oh one two three four five six seven eight nine".split())
_HYPHENED_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def _digit_chain(t: str, start: int) -> bool:
    """Is the word at `start` one of three or more digit words joined by hyphens?"""
    k = start
    while k > 0 and (t[k - 1].isalpha() or (t[k - 1] == "-" and k > 1 and t[k - 2].isalpha())):
        k -= 1
    m = _HYPHENED_WORDS.match(t, k)
    if m is None:
        return False
    parts = m.group().lower().split("-")
    return len(parts) >= 3 and all(p in _DIGIT_WORDS for p in parts)


_RANGE_LEFT = re.compile(r"\b(?P<w>between|from)\s+$", re.I)

_RANGE_MID = re.compile(r"\s*(?:-|–|—|~)\s*|\s+(?:to|through|thru|and|until|till)\s+", re.I)

_NEG_BEFORE = re.compile(r"(?:^[-−]\s+|\b(?:minus|negative)[\s-]+|(?<![\w.,\-])[-−])$", re.I)

# a verb of change right before a number: "rose 0.3 points", "fell by 5%"
CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rises|rising|risen|fell|falls|falling|fallen|grew|grows|growing|increased|"
    r"decreased|dropped|climbed|jumped|slipped|declined|gained|lost|slowed|surged|plunged|"
    r"edged\s+(?:up|down)|went\s+(?:up|down)|up|down)\s+(?:by\s+)?$", re.I)

_CHANGE_FROM = re.compile(CHANGE_BEFORE.pattern.replace(r"\s+(?:by\s+)?$", r"\s+from\s+$"), re.I)

# "by 35 miles to 310 miles": a change, then the new level
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)


_PAIR_JOIN = re.compile(r"\s*,?\s*(?:and|but|,)?\s*", re.I)


def _bounded_pairs(t: str, qs: list[Quantity]) -> list[Quantity]:
    """"more than 100 and less than 300", "at most 100 and at least 20": one range."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        if i + 1 < len(qs):
            b = qs[i + 1]
            j = _PAIR_JOIN.match(t, a.end)
            if j and j.end() == b.start and {a.qualifier, b.qualifier} == {"more", "less"} \
                    and a.kind == b.kind and a.unit == b.unit:
                lo = a.low if a.qualifier == "more" else b.low
                hi = b.high if b.qualifier == "less" else a.high
                if lo is not None and hi is not None and lo < hi:
                    out.append(Quantity(t[a.start:b.end], a.start, b.end, lo, hi, a.unit, a.kind,
                                        a.value, "range"))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


class Qualifiers(ReaderBase):
    """The reader's grammar of qualifiers: methods mixed into the reader."""

    def _finish(self, t: str, qstart: int, end: int, low: float | None, high: float | None,
                uname: str, kind: str, mid: float, qual: str, num: _Num) -> Quantity:
        # qualifiers before
        qb = _qualifier_before(t, qstart)
        if qb:
            word = {"tilde": "about", "gt": "more", "lt": "less"}.get(qb.lastgroup or "",
                                                                    qb.lastgroup or "")
            low, high, qual = self._apply(word, mid, low, high, qual)
            qstart = qb.start()
            qa = _QUAL_AFTER.match(t, end)
            if word == "about" and qa and qa.lastgroup in ("more", "less"):
                # "about 500 or more": the open end wins
                low, high, qual = self._apply(qa.lastgroup, mid, None, None, "")
                end = qa.end()
        else:
            qa = _QUAL_AFTER.match(t, end)
            if qa and qa.lastgroup:
                low, high, qual = self._apply(qa.lastgroup, mid, low, high, qual)
                end = qa.end()
            elif (not uname or kind == "percent") and \
                    _CROSSED_BEFORE.search(t, max(0, qstart - 24), qstart) and \
                    _LINE_AFTER.match(t, end):
                low, high, qual = self._apply("more", mid, low, high, qual)  # "crossed 151
                # seats", "passed the 323 mark": a line passed, so more than it
        # ranges: "between 50 and 100", "from 2007 to 2009", "50-100", "$89 to $93 billion"
        rl = _RANGE_LEFT.search(t, max(0, qstart - 10), qstart)
        rm = _RANGE_MID.match(t, end)
        if rm and qual in ("", "precision", "about", "vague"):
            word = rm.group().strip().lower()
            ok = word in ("-", "–", "—", "~", "to", "through", "thru") or \
                (rl is not None and ((rl.group("w").lower() == "between" and word == "and") or
                                     (rl.group("w").lower() == "from" and
                                      word in ("to", "through", "until", "till", "-", "–"))))
            if word == "—" and not rl:
                ok = False
            if word in ("-", "–", "−") and rl is None and rm.group()[:1].isspace() and \
                    not rm.group()[-1:].isspace():
                ok = False  # "Food stores -1.2 -0.4": a signed figure in the next cell
            if word in ("-", "–") and not (t[end - 1].isdigit() or t[end - 1].isalpha()):
                ok = False
            if word == "-" and t[end - 1].isalpha() and _digit_chain(t, qstart):
                ok = False  # "three-nought-four": digits said one by one
            if word == "to" and uname and rl is None and \
                    CHANGE_BEFORE.search(t, max(0, qstart - 30), qstart):
                ok = False  # "rose 0.3 points to 4.1%": a change, then the new level
            # "boosted the range by 35 miles to 310 miles": a change, then the new level, where
            # the level is over twice the change ("grow by 1.5% to 2%" stays a range)
            by_change = word == "to" and bool(uname) and rl is None and \
                _BY_BEFORE.search(t, max(0, qstart - 4), qstart) is not None
            if rl is not None and rl.group("w").lower() == "from" and \
                    _CHANGE_FROM.search(t, max(0, rl.start() - 30), rl.end()):
                ok = False  # "rose from 1.1 million to 1.2 million": a change, not a range
            second_start = rm.end()
            if ok and second_start < len(t):
                sub = type(self)(t, self.approx)
                cur2 = _CUR_BEFORE.match(t, second_start)
                s2 = second_start
                if cur2 is None:
                    m2 = re.compile(r"(?:US\s?\$|[A-Z]{0,2}\$|[$€£¥₹])\s?").match(t, s2)
                    if m2:
                        s2 = m2.end()
                if s2 + 1 < len(t) and t[s2] in "-−" and t[s2 + 1].isdigit():
                    s2 += 1  # "from -18 °C to -34 °C": the sign is read with the number
                q2 = sub.quantity(s2) if s2 < len(t) and (t[s2].isalnum() or t[s2] == ".") \
                    else None
                if q2 is not None and q2.kind not in ("ordinal", "time", "date", "name") and (
                        q2.qualifier in ("", "precision", "vague") or
                        (q2.qualifier == "about" and word == "~")):
                    r = self._range(kind, uname, mid, num, q2, sub.last_num)
                    if r is not None and by_change and 2 * abs(r[0]) < abs(r[1]):
                        r = None
                    if r is not None:
                        lo2, hi2, kind2, unit2 = r
                        if rl is not None:
                            qstart = min(qstart, rl.start())
                        return Quantity(t[qstart:q2.end], qstart, q2.end, lo2, hi2, unit2,
                                        kind2, mid, "range", q2.per)
        return Quantity(t[qstart:end], qstart, end, low, high, uname, kind, mid, qual)

    def _range(self, kind: str, uname: str, mid: float, num: _Num, q2: Quantity,
               num2: _Num | None) -> tuple[float, float, str, str] | None:
        a = mid
        b_val = q2.value
        b_high = q2.high if q2.high is not None else b_val
        scale2 = num2.scale if num2 is not None else 1.0
        if kind == "year":
            if q2.kind in ("year", "count") and b_val < 100:
                month = b_val
                b_val = a - a % 100 + b_val  # "2007-09"
                b_high = b_val
                if b_val < a and 1 <= month <= 12:
                    return a, a, "year", ""  # "1995-01": a year and its month
            elif q2.kind != "year":
                return None
            if not a <= b_val:
                return None
            return a, b_val, "year", ""
        if q2.kind == "year":
            return None
        if num.scale == 1 and scale2 > 1 and a * scale2 <= b_val:
            a *= scale2  # "between 1 and 5 million", "$89 to $93 billion"
        if kind == "count" and q2.kind != "count":
            kind, uname = q2.kind, q2.unit  # "40 - 50 years", "20 to 30 km"
        elif q2.kind == "count" and kind != "count":
            b_high = b_val  # "200 km to 300": the unit of the first
        elif kind != q2.kind or uname != q2.unit:
            return None
        if a > b_val:
            return None
        return a, b_high if q2.qualifier == "" else b_val, kind, uname

    def _apply(self, word: str, mid: float, low: float | None, high: float | None, qual: str
               ) -> tuple[float | None, float | None, str]:
        if word == "more":
            return mid, None, "more"
        if word == "less":
            return None, mid, "less"
        if word == "nearly":
            return mid * 0.9 if mid >= 0 else mid * 1.1, mid, "nearly"
        if word == "about":
            d = abs(mid) * self.approx
            lo = min(mid - d, low if low is not None else mid - d)
            hi = max(mid + d, high if high is not None else mid + d)
            return lo, hi, "about"
        return low, high, qual

    def _range_hyphen(self, pos: int) -> bool:
        """A hyphen that joins two numbers ("50-100") is no minus sign."""
        return pos > 0 and (self.text[pos - 1].isalnum())
