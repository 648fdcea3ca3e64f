"""Money: currency signs, codes and prefixes before the number ("$", "US$", "$US", "RM",
"CHF"), signs and codes after it, cents ("3 dollars 50 cents") and subunits."""

from __future__ import annotations

import re

from ..units import CURRENCY_PREFIX, CURRENCY_WORDS, SUBUNITS
from .base import ReaderBase
from .lexicon import (
    ABBREV_SCALES, DOLLAR_CODES, _HUNDREDTHS, KRONE_DEFAULT, KRONE_PLACES, MARKET_PREFIX,
    MARKET_WORDS, SCALES,
)
from .record import _Num


_CUR_BEFORE = re.compile(
    r"(?:US\s?\$|U\.S\.\s?\$|[A-Z]{1,2}\$|\$(?:US|AU?|NZ|CA?|HK|S)|\bRM|"
    r"[$€£¥₹₽₩₺₦₱₪฿₿₡₾₭]|\b(?:USD|EUR|GBP|JPY|CAD|AUD|NZD|"
    r"HKD|SGD|CHF|CNY|RMB|Rmb|rmb|INR|Rs\.?|BRL|RUB|KRW|MXN|ZAR|TRY|SEK|NOK|DKK|PLN|"
    r"usd|eur|gbp|jpy|chf|cny|inr|aud|nzd|hkd|sgd)|"  # lower case: "rmb 10 usd 20"
    # Penn-Treebank spacing and lower case: "c $ 16.4 million", "hk $ 10", "mxn$ 15"
    r"\b(?i:c|ca|cad|au|aud|nz|nzd|hk|hkd|sgd|nt|mex|mx|mxn)\s?\$|\b[Kk]r\.?)\s?$|(?<![\w.])R$"
)

# the Scandinavian "kr": which krone, from the places the text names
_KRONE_PLACE = re.compile(r"\b(" + "|".join(sorted(KRONE_PLACES, key=len, reverse=True)) + r")\b",
                          re.I)

# a currency symbol after the number: "10 €", "100₾" (not "10 $ 30": that $ is the next one's)
_CUR_AFTER = re.compile(r"\s?([€$£¥₹₽₩₺₦₱₪฿₡₾₭元])(?!\s?\d)")

# finance notation: "30 MUSD", "120 MEUR" (M = million)
_M_ISO_AFTER = re.compile(r"\s?M(USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY)\b")

# the codes of whole currencies (not "USD_CENT"): one written after another's amount is not it
ISO_CODES = frozenset(c for c in (*CURRENCY_PREFIX.values(), *MARKET_WORDS.values(), *DOLLAR_CODES)
                      if "_" not in c)

# up to three words right before a number: "US dollar 1.2 billion", "rupees 500 crore"
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][A-Za-z.]*\s+){1,3})$")
# currency words that are also other words ("won", "real") or a subunit: never a prefix
_NOT_PREFIX_WORDS = frozenset({"won", "real", "reals", "rand", "mark", "marks", "cent", "cents",
                               "penny", "pence", "pennies", "satoshi", "satoshis"})

_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion|bn|mn|m|tn)\b", re.I)

# "15 dollars 50.", "17 USD 25 more": the cents with no word, where the sentence stops
_CENTS_BARE = re.compile(r"(?:\s*,?\s+and)?\s+(\d{2}|[a-z]+(?:[\s-][a-z]+)?)(?=\s*(?:$|[.,;:!?](?!\d)|more\b))",
                         re.I)

_CENTS = re.compile(r"(?:\s*,?\s+and|\s*,)?\s+(\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)\s+(?:cents?|pence|p)\b",
                    re.I)


def _skip_space_to(t: str, pos: int) -> int:
    while pos < len(t) and t[pos].isspace():
        pos += 1
    return pos


class Currencies(ReaderBase):
    """The reader's grammar of currency: methods mixed into the reader."""

    def _currency_before(self, qstart: int) -> tuple[str, int]:
        """The currency written before the number ("$", "US$", "$US", "RM", "CHF "): (its
        code or "", where the quantity starts)."""
        t = self.text
        currency = ""
        cur = _CUR_BEFORE.search(t, max(0, qstart - 8), qstart)
        if cur and cur.start() < self.floor:
            cur = None  # "10 rmb 20 usd": the "rmb" is the 10's
        if cur:
            key = cur.group().strip().replace(" ", "")
            code = CURRENCY_PREFIX.get(key) or CURRENCY_PREFIX.get(key.upper()) or \
                MARKET_PREFIX.get(key)
            if code is None and cur.group().strip().endswith("$"):
                code = "USD"
            if code is None and key.lower().rstrip(".") == "kr":
                code = self.krone(qstart)  # "kr 200"
            if code:
                currency = code
                qstart = cur.start()
                # a scale word may be hyphenated "$15-billion" or follow a space
        return currency, qstart

    def krone(self, pos: int) -> str:
        """The code of "kr" at pos: the krone or krona of the country named nearest."""
        t = self.text
        best, near = KRONE_DEFAULT, len(t) + 1
        for m in _KRONE_PLACE.finditer(t, max(0, pos - 300), pos + 300):
            if abs(m.start() - pos) < near:
                best, near = KRONE_PLACES[m.group(1).lower()], abs(m.start() - pos)
        return best

    def _currency_word_before(self, qstart: int) -> tuple[str, int]:
        """A currency named in words before a number with a scale word, as some markets'
        press writes it: "US dollar 1.2 billion", "rupees 500 crore", "euro 3 million".
        (code or "", where the quantity starts)."""
        t = self.text
        m = _WORDS_BEFORE.search(t, max(0, qstart - 40), qstart)
        if m is None or m.start() < self.floor:
            return "", qstart
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[-k:]).lower()
            code = MARKET_WORDS.get(phrase) or CURRENCY_WORDS.get(phrase)
            if code and phrase not in _NOT_PREFIX_WORDS and "_" not in code:
                start = m.start(1)
                for w in words[:-k]:
                    start = t.index(w, start) + len(w)
                return code, _skip_space_to(t, start)
        return "", qstart

    def _scale_and_cents(self, end: int, cur_word: str, num: _Num) -> int:
        """After a currency word: a scale ("75 USD million") or the cents ("3 dollars 50
        cents", "15 dollars 50."), added to num; where the quantity ends."""
        t = self.text
        sa = _SCALE_AFTER.match(t, end)
        if sa and num.scale == 1 and not num.words:  # "75 USD million"
            w = sa.group(1).lower()
            num.scale = SCALES.get(w) or ABBREV_SCALES[w]
            end = sa.end()
        cents = _CENTS.match(t, end) if num.scale == 1 else None
        if cents is None and num.scale == 1 and not num.decimals and cur_word in _HUNDREDTHS:
            # "15 dollars 50.", "17 USD 25", "thirteen dollars forty five"
            cents = _CENTS_BARE.match(t, end)
        if cents:  # "3 dollars 50 cents", "thirteen dollars and forty-five cents"
            c = type(self)(cents.group(1), self.approx).number(0)
            if c is not None and c.end == len(cents.group(1)) and c.value < 100:
                num.value += c.value / 100
                num.decimals = 2
                end = cents.end()
        return end

    def _subunit(self, currency: str, num: _Num) -> str:
        """"50 cents", "2 satoshis": the amount put in the main unit; the unit's name."""
        if currency not in SUBUNITS:
            return currency
        uname, per_main = SUBUNITS[currency]
        num.value /= per_main
        if num.vague:
            num.vague = (num.vague[0] / per_main, num.vague[1] / per_main)
        return uname
