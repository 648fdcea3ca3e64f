"""Where a quantity may start, and numbers written in digits: separators, decimals,
exponents, powers, vulgar and slashed fractions ("1,700", "1.2e6", "2 1/2", "3/4")."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from .base import ReaderBase
from .lexicon import _DENOMINATORS, _MONTH_BEFORE, _NUMBER_WORDS, VULGAR
from .names import is_name
from .record import _Num


def trie_pattern(words: Iterable[str]) -> str:
    """One regular-expression alternative for many words, shaped as a trie: each character
    is tried once, so a scan costs about the same for 20 words or 20,000."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# Where a quantity may start (see _candidates): a digit, a vulgar fraction or a currency
# sign, found by one character class scanned in C; currency prefixes ("US$") are read later
_CAND_SIGNS = re.compile(r"[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞$€£¥₹₽₩₺₦₱₪฿₿]")

_CURRENCY_SIGNS = frozenset("$€£¥₹₽₩₺₦₱₪฿₿")

_LETTERS = re.compile(r"[a-z]+")

_WHOLE_WORD = re.compile(r"\b[a-z]+\b")

_DIGITS = re.compile(r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[\u00a0\u202f\u2009\u200b\u2060]\d{3})+(?!\d)|"
                     r"\d+)(?:\.\d+)?|\.\d+")

_WORD = re.compile(r"[A-Za-z]+")

# "1 234 567", "40 000": plain spaces between groups of exactly three digits
_SPACED = re.compile(r"\d{1,3}(?: \d{3})+(?![\d,])(?:\.\d+)?")

# "1e10", "12.32e+14", "1.3x10^6", "6.23 × 10^-4"
_EXPONENT = re.compile(r"[eE]([+-−]?\d{1,3})(?![\w.])|\s?[x×*]\s?10\^?([+-−]?\d{1,3})(?![\w.])|"
                       r"(?:(?<=\b10)|\s?[x×*]\s?10)([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\w.])")
# superscript digits and signs, as written in "10⁶", "3 × 10⁻⁴"
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")

_GROUPING = {ord(c): None for c in ",\u00a0\u202f\u2009\u200b\u2060"}  # thousands separators

_SEP = re.compile(r"(?:\s*-\s*|\s+)")

_SPACE = re.compile(r"\s*")


def _skip_space(t: str, pos: int) -> int:
    """The first position at or after pos that is not white space."""
    m = _SPACE.match(t, pos)
    return m.end() if m else pos


_FRAC = re.compile(r"(?:\s+|-)(\d+)[/⁄](\d+)(?![\d/⁄])|[/⁄](\d+)(?![\d/⁄])")  # "1⁄32"

_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")

# "1.1^23", "2.5^-1", "10^6"
_POWER = re.compile(r"\^([+\-−]*)(\d{1,3}(?:\.\d+)?)(?![\d.])")

_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"']+|[\w.+-]+@[\w-]+\.[\w.-]+", re.I)

# digit groups joined by two or more dashes, slashes or dots: a phone number, a date, an
# address or a version, never an amount
_CODE = re.compile(r"\+?\d+(?:-\d+){2,}(?![\d])|\+?\d+(?:/\d+){2,}|\d+(?:\.\d+){2,}(?![\d])"
                   r"|\+\d+(?:[-/ ]\d+){1,}")


def _candidates(low: str) -> list[tuple[int, int, str]]:
    """Where a quantity may start in lower-cased text, in order: (start, end, "d" for a digit
    or vulgar fraction, "c" for a currency sign, "w" for a number word). Signs are found by
    one character class and words by a set lookup: both far cheaper than one pattern."""
    out = [(m.start(), m.end(), "c" if m.group() in _CURRENCY_SIGNS else "d")
           for m in _CAND_SIGNS.finditer(low)]
    if not _NUMBER_WORDS.isdisjoint(_LETTERS.findall(low)):
        words = [(m.start(), m.end(), "w") for m in _WHOLE_WORD.finditer(low)
                 if m.group() in _NUMBER_WORDS]
        if out:
            out = sorted(out + words)
        else:
            out = words
    return out


def may_hold_number(text: str) -> bool:
    """False when `text` surely holds no quantity: no digit, currency sign or number word."""
    if _CAND_SIGNS.search(text) is not None or len(text) > 1 << 16:
        return True  # (a long text is not lowered whole: see text.lower_same_length)
    low = text.lower()
    return _CAND_SIGNS.search(low) is not None or _NUMBER_WORD.search(low) is not None


# a number word as a whole run of letters (what `_LETTERS.findall` would give): one scan in C
_NUMBER_WORD = re.compile(r"(?<![a-z])(?:" + trie_pattern(_NUMBER_WORDS) + r")(?![a-z])")


class Digits(ReaderBase):
    """The reader's grammar of candidates: methods mixed into the reader."""

    # -- numbers -----------------------------------------------------------------------
    def number(self, pos: int) -> _Num | None:
        """A bare number (digits or words) with its scale word, starting exactly at pos."""
        t = self.text
        if pos < len(t) and (t[pos].isdigit() or (t[pos] == "." and pos + 1 < len(t)
                                                   and t[pos + 1].isdigit())):
            m = _DIGITS.match(t, pos)
            if m is None:
                return None
            sp = _SPACED.match(t, pos)
            if sp and sp.end() > m.end() and not _MONTH_BEFORE.search(t, max(0, pos - 12), pos):
                last = t.rfind(" ", pos, sp.end()) + 1
                if not is_name(t, last, sp.end(), float(t[last:sp.end()].split(".")[0]), False):
                    m = sp  # "40 000"; not "24 737 Max jets": a count, then a name
            raw = m.group().translate(_GROUPING).replace(" ", "")
            try:
                value = float(raw)
            except ValueError:
                return None
            if not math.isfinite(value):
                return None  # 400 digits: beyond any float
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            if decimals == 3 and _DOT_THOUSANDS.fullmatch(raw) and self._count_noun_after(m.end()):
                value, decimals = float(raw.replace(".", "")), 0  # "500.000 people"
            num = _Num(pos, m.end(), value, decimals)
            ex = _EXPONENT.match(t, num.end)
            if ex:
                power = int((ex.group(1) or ex.group(2) or ex.group(3)).replace("−", "-")
                            .translate(_SUPERSCRIPT))
                if ex.group(3) and ex.start() == num.end and raw == "10":
                    num.value = 1.0  # "10⁶" is 10 to the 6th
                try:
                    num.value *= 10.0 ** power
                except OverflowError:
                    return None  # "1e999": no amount a fact can hold
                num.decimals = max(0, decimals - power)
                num.end = ex.end()
                return num
            pw = _POWER.match(t, num.end)
            if pw:
                e = float(pw.group(2))
                if (pw.group(1).count("-") + pw.group(1).count("−")) % 2:
                    e = -e
                try:
                    num.value = float(num.value ** e)
                except (OverflowError, ZeroDivisionError):
                    return None
                num.decimals = 6
                num.end = pw.end()
                return num
            if num.end < len(t) and t[num.end] in VULGAR and "." not in raw:
                num.value += VULGAR[t[num.end]]
                num.end += 1
                num.decimals = 2
            f = _FRAC.match(t, num.end)
            if f:
                if f.group(1):
                    n, d = int(f.group(1)), int(f.group(2))
                    if 0 < n < d <= 16 and "." not in raw:
                        num.value += n / d
                        num.end = f.end()
                        num.decimals = 2
                else:
                    d = int(f.group(3))
                    of = re.compile(r"\s+of\b", re.I).match(t, f.end())
                    if 0 < value < d and "." not in raw and (d in _DENOMINATORS or of):
                        num.value = value / d
                        num.end = f.end()
                        num.decimals = 3
                        num.fraction = True
                    elif "." not in raw and value <= 31 and d <= 31:
                        return None  # "9/11", "24/7", "1/0": a name, a date or a ratio
            digits_end = num.end
            self.scale(num)
            if num.end > digits_end and not num.decimals and _WORD.search(t, digits_end, num.end):
                self._continue(num)
            self._and_fraction(num)
            return num
        if pos < len(t) and t[pos] in VULGAR:
            return _Num(pos, pos + 1, VULGAR[t[pos]], 3, fraction=True)
        return self.word_fraction(pos) or self.words(pos)
