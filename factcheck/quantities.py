"""Text -> Quantity: every number as written, with its qualifier, scale, unit and interval.

A small grammar, not a list of cases: number words ("forty-eight", "seventeen hundred",
"half a million", "tens of thousands"), digits with separators and fractions, scale words and
news abbreviations (k, m, bn, tn), currencies before or after, units from quantulum3's unit
data (factcheck.units), qualifiers before and after, ranges, years, dates, times of day,
ordinals and percentages. Knows nothing about facts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any
from dataclasses import dataclass, replace

from .units import CURRENCY_PREFIX, CURRENCY_WORDS, SPACED_SYMBOLS, SUBUNITS, Unit, table

DEFAULT_APPROX = 0.10


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number read from text. `low`/`high` bound what it means (None: open end)."""

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    unit: str = ""  # "" for counts and years; a unit name; an ISO code for money
    kind: str = "count"  # count, money, length, duration, year, percent, time, date, ordinal, ...
    value: float = 0.0  # the number as written
    qualifier: str = ""  # "", more, less, about, nearly, range, precision, vague
    per: str = ""  # a rate's denominator: "$2 per share" is USD per "share", "a day": "day"

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "nought": 0, "naught": 0,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
    "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7,
    "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10,
    "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
    "thousandths": 1000, "millionth": 1e6, "millionths": 1e6, "billionth": 1e9,
    "billionths": 1e9, "trillionth": 1e12, "trillionths": 1e12,
}
# vague plurals: (base, low multiplier, high multiplier)
VAGUE = {
    "dozens": (12, 2, 12), "scores": (20, 2, 10), "hundreds": (100, 2, 10),
    "thousands": (1e3, 2, 10), "millions": (1e6, 2, 10), "billions": (1e9, 2, 10),
    "trillions": (1e12, 2, 10), "tens": (10, 2, 10),
}
ABBREV_SCALES = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "bn": 1e9,
    "b": 1e9, "B": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12, "T": 1e12, "tln": 1e12,
    "MM": 1e6, "mil": 1e6, "thou": 1e3, "G": 1e9,
}
MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# count nouns after which a number between 1000 and 2100 is a count, not a year
_COUNT_NOUNS = frozenset("""
people persons men women children kids troops soldiers civilians residents workers votes
jobs homes houses cases deaths families refugees migrants students employees members
prisoners inmates fighters militants police officers protesters households patients
tourists visitors passengers units copies cars vehicles tanks acres hectares miles
kilometers kilometres feet metres meters tonnes tons barrels dollars euros pounds
""".split())
_WORDNUM = "|".join(sorted([*ONES, *TENS, *SCALES, "hundred", "dozen", "dozens", "half",
                            "quarter", "scores", "hundreds", "thousands", "millions",
                            "billions", "trillions", "tens", "minus", "negative", "several",
                            "few", "couple", *ORDINALS], key=len, reverse=True))


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
_NUMBER_WORDS = frozenset(w.lower() for w in _WORDNUM.split("|"))
_LETTERS = re.compile(r"[a-z]+")
_WHOLE_WORD = re.compile(r"\b[a-z]+\b")
_DIGITS = re.compile(r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[\u00a0\u202f\u2009\u200b\u2060]\d{3})+(?!\d)|"
                     r"\d+)(?:\.\d+)?|\.\d+")
_WORD = re.compile(r"[A-Za-z]+")
# "1 234 567", "40 000": plain spaces between groups of exactly three digits
_SPACED = re.compile(r"\d{1,3}(?: \d{3})+(?![\d,])(?:\.\d+)?")
# "1e10", "12.32e+14", "1.3x10^6", "6.23 × 10^-4"
_EXPONENT = re.compile(r"[eE]([+-−]?\d{1,3})(?![\w.])|\s?[x×*]\s?10\^?([+-−]?\d{1,3})(?![\w.])")
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
          "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
# "and a half", "and three quarters" after a number
_AND_FRACTION = re.compile(
    r"\s+and\s+(?:(?P<a>an?|one)|(?P<n>two|three|four|five|six|seven|eight|nine))\s+"
    r"(?P<f>half|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
    r"\b", re.I)
_PRONOUN_NEXT = re.compile(
    r"\s*(?:$|[.,;:!?)\"”—–-]|(?:you|i|he|she|we|they|it|who|whom|that|which|was|is|are|were|"
    r"do|does|did|has|had|have|can|could|will|would|should|may|might|must|in|on|at|for|with|"
    r"from|to|and|or|but|before|after|again|more|less|else|here|there|too|instead)\b)", re.I)
_PRONOUN_ONE = re.compile(r"\b(?:the|which|that|this|each|every|any|no|another|some)\s+$", re.I)
_GROUPING = {ord(c): None for c in ",\u00a0\u202f\u2009\u200b\u2060"}  # thousands separators
_SEP = re.compile(r"(?:\s*-\s*|\s+)")
_SPACE = re.compile(r"\s*")


def _skip_space(t: str, pos: int) -> int:
    """The first position at or after pos that is not white space."""
    m = _SPACE.match(t, pos)
    return m.end() if m else pos
_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 64, 100, 1000})
_FRAC = re.compile(r"(?:\s+|-)(\d+)/(\d+)(?![\d/])|/(\d+)(?![\d/])")
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_TIME_AFTER = re.compile(
    r"(?::[0-5]\d(?::[0-5]\d)?)?\s*(?:[ap]\.\s?m\.?|[ap]m\b|o'clock\b|hrs?\s+(?:GMT|UTC|ET|EST|EDT)\b)|"
    r":[0-5]\d(?::[0-5]\d)?(?!\d)",
    re.I,
)
_PERCENT = re.compile(r"\s*(?:%|per\s?cent\b|pct\b\.?|percentage\s+points?\b|percent\b)", re.I)
_MONTH_BEFORE = re.compile(MONTHS + r"\.?\s+(?:the\s+)?$", re.I)
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?(?:\s+of)?\s+" + MONTHS + r"\b", re.I)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|before|after|during|from|of|circa|early|late|mid|"
    r"spring|summer|autumn|fall|winter|the|to|through|between|and|year|fiscal|FY|ca\.|c\.|"
    + MONTHS + r"\.?)\s*[,-]?\s*|\bmid-|\b\d{1,2},\s*|')$",
    re.I,
)
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
# the last word of every phrase in _QUAL_BEFORE: a cheap test before the costly search
_QUAL_LAST = frozenset("""
than over least of above exceeding to beyond under most below as nearly almost quite
approaching about around some roughly approximately approx estimated circa ca approximate so
take equal exceed exceeds exceeded surpass surpasses surpassed top tops topped topping
pass passes passing
""".split())


_HOW_ABOUT = re.compile(r"\b(?:how|what)\s+$", re.I)


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
    return _QUAL_BEFORE.search(t, max(0, pos - 48), pos)


_QUAL_AFTER = re.compile(
    r"(?P<more>\s*\+(?!\s*\d)|-plus\b|\s+or\s+(?:more|greater|above|over|higher|longer)\b"
    r"(?:\s+than(?=\s*(?:$|[.,;:!?])))?(?!\s+than)|\s+and\s+(?:above|up|over|more)\b(?!\s+than)|\s+plus\b(?!\s+\d))|"
    r"(?P<less>\s+or\s+(?:less|fewer|under|below|lower|shorter)\b(?!\s+than)|"
    r"\s+and\s+(?:below|under)\b(?!\s+\d))|"
    r"(?P<about>\s+or\s+so\b)",
    re.I,
)
_RANGE_LEFT = re.compile(r"\b(?P<w>between|from)\s+$", re.I)
_RANGE_MID = re.compile(r"\s*(?:-|–|—|~)\s*|\s+(?:to|through|thru|and|until|till)\s+", re.I)
_NEG_BEFORE = re.compile(r"(?:\b(?:minus|negative)\s+|(?<![\w.,\-])[-−])$", re.I)
_CUR_BEFORE = re.compile(
    r"(?:US\s?\$|U\.S\.\s?\$|[A-Z]{1,2}\$|\$(?:US|AU?|NZ|CA?|HK|S)|\bRM|"
    r"[$€£¥₹₽₩₺₦₱₪฿₿₡₾₭]|\b(?:USD|EUR|GBP|JPY|CAD|AUD|NZD|"
    r"HKD|SGD|CHF|CNY|RMB|Rmb|rmb|INR|Rs\.?|BRL|RUB|KRW|MXN|ZAR|TRY|SEK|NOK|DKK|PLN)|"
    # Penn-Treebank spacing and lower case: "c $ 16.4 million", "hk $ 10", "mxn$ 15"
    r"\b(?i:c|ca|cad|au|aud|nz|nzd|hk|hkd|sgd|nt|mex|mx|mxn)\s?\$)\s?$|(?<![\w.])R$"
)
# the prefixes of other markets: "$US55.9 million", "$A82 million", "RM23.50", "R350"
MARKET_PREFIX = {"$US": "USD", "$A": "AUD", "$AU": "AUD", "$NZ": "NZD", "$C": "CAD",
                 "$CA": "CAD", "$HK": "HKD", "$S": "SGD", "RM": "MYR", "R": "ZAR"}
# a currency symbol after the number: "10 €", "100₾" (not "10 $ 30": that $ is the next one's)
_CUR_AFTER = re.compile(r"\s?([€$£¥₹₽₩₺₦₱₪฿₡₾₭元])(?!\s?\d)")
# finance notation: "30 MUSD", "120 MEUR" (M = million)
_M_ISO_AFTER = re.compile(r"\s?M(USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY)\b")
_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion|bn|mn|m|tn)\b", re.I)
# "15 dollars 50.", "17 USD 25 more": the cents with no word, where the sentence stops
_CENTS_BARE = re.compile(r"(?:\s*,?\s+and)?\s+(\d{2}|[a-z]+(?:[\s-][a-z]+)?)(?=\s*(?:$|[.,;:!?]|more\b))",
                         re.I)
_HUNDREDTHS = frozenset({"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "CNY"})
_CENTS = re.compile(r"(?:\s*,?\s+and|\s*,)?\s+(\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)\s+(?:cents?|pence|p)\b",
                    re.I)
_A_BEFORE = re.compile(r"\b(?:an?|one)\s+$", re.I)
# "F-16", "Su-25", "MH-17", "G7", "No. 5": names; not "magnitude-7.8", "mid-2014", "5k-20k"
_HYPHEN_WORD = re.compile(r"-([A-Za-z]+(?:-[A-Za-z]+)?)")
_UNIT_WORDS = re.compile(r"\s*([A-Za-zµμ°Ω$€£][A-Za-zµμ°Ω/²³$0-9]*)(?:\s+([A-Za-z]+))?(?:\s+([A-Za-z]+))?"
                         r"(?:\s+([A-Za-z]+))?")
_ATTACHED = re.compile(r"[A-Za-zµμ°Ω][A-Za-z0-9µμ°Ω/²³]*(?:\^[23])?")
_DEGREE = re.compile(r"\s*°\s*([CFK])\b|\s*°")
# a rate after a quantity: "120 km per hour", "$15.4/hour", "$350 per kg", "10 l/km",
# "3,000 people a day", "four times per week"
_PER = re.compile(r"\s*/\s*|\s+per\s+|\s+an?\s+|\s+each\s+", re.I)
_PER_UNIT = re.compile(r"([A-Za-zµμ]+)(\^?[23²³](?![\d.])|\s+(?:squared|cubed)\b)?")
_AFTER_SLASH = {"s": "second", "sec": "second", "h": "hour", "hr": "hour", "min": "minute",
                "d": "day", "wk": "week", "mo": "month", "y": "year", "yr": "year"}
# what "a", "an" and "each" price or count besides a length of time: "$90 a barrel"
_NOT_A_RATE = re.compile(r"\s+(?:earlier|ago|later|before|after|prior|on|since|from|into)\b",
                         re.I)
_PER_THING = frozenset("""
barrel barrels gallon gallons litre litres liter liters pound pounds kilo kilos kilogram
kilograms tonne tonnes ton tons ounce ounces head share shares person piece unit month
capita
""".split())
_PER_NOUN_SKIP = frozenset("""
a an the and or of to in on at for with by from as is are was were be been this that
these those it its their his her our your per each every more less than over under about
percent per cent
""".split())
_ELAPSED = re.compile(r":([0-5]\d):([0-5]\d(?:\.\d+)?)(?![\d:])")
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|from|since|before|after)\s+$", re.I)
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|GMT|UTC|[A-Z]{2,4}T\b|local\b|o'clock)", re.I)
_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_ODD_PLUS = re.compile(r"-(odd|plus)\b", re.I)
_COMPOUND_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?", re.I)
# the short forms of a time unit after a larger one: "16 min 45 s", "2 h 5 m"
_SHORT_TIME = re.compile(r"\s*(s|secs?|m|mins?|h|hrs?)\b\.?")
_SHORT_TIME_UNITS = {"s": "second", "sec": "second", "secs": "second", "m": "minute",
                     "min": "minute", "mins": "minute", "h": "hour", "hr": "hour", "hrs": "hour"}
# "the 16:45-long audio": minutes and seconds, not a time of day
_MIN_SEC_LONG = re.compile(r":([0-5]\d)(?=-long\b|\s+long\b)")
_DOZEN = frozenset({"dozen", "dozens", "doz", "dozs", "dz", "dzs"})
# "1.1^23", "2.5^-1", "10^6"
_POWER = re.compile(r"\^([+\-−]*)(\d{1,3}(?:\.\d+)?)(?![\d.])")
# after "3 hundred" or "4 thousand": "and 21", "3 hundred and 21"
_CONTINUE = re.compile(r"\s+(and\s+)?", re.I)
# "one out of three", "1 in 21", "one over twenty" ended there: a ratio
_RATIO = re.compile(r"\s+(over|out\s+of|in)\s+", re.I)
_RATIO_END = re.compile(r"\s*(?:$|[.,;:!?)\]]|(?:is|are|was|were)\b|or\s+(?:more|less|fewer)\b)",
                        re.I)
# "percent of twenty": the percentage written after its word, with no number before it
_PERCENT_OF = re.compile(r"\b(per\s?cents?|percents?)\s+of\s+$", re.I)
_NUMBER_END = re.compile(r"(?:\d|\b(?:" + "|".join([*ONES, *TENS, "hundred", *SCALES]) +
                         r"))\W*$", re.I)
# "a minute", "an hour" after a qualifier (see _Reader._one_unit)
_A_UNIT = re.compile(r"\b(an?)\s+(second|minute|hour|day|week|fortnight|month|year|decade|"
                     r"century)\b(?![-'’])", re.I)
_A_UNIT_HINT = re.compile(r"\b(?:nearly|almost|about|around|roughly|than|over|under|"
                          r"close\s+to|least|up\s+to|some|approximately)\s+an?\s")
_NOUN_AFTER = re.compile(r"\s+([a-zA-Z]+)")
_SCALE_WORD = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.I)
_OF_A = re.compile(r"\s+(?:of\s+)?an?\s+", re.I)


@dataclass(slots=True)
class _Num:
    start: int
    end: int
    value: float
    decimals: int = 0  # digits after the point of the mantissa
    scale: float = 1.0  # scale word applied (1: none)
    vague: tuple[float, float] | None = None
    words: bool = False
    ordinal: bool = False
    fraction: bool = False


_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"']+|[\w.+-]+@[\w-]+\.[\w.-]+", re.I)
_ANGLE_WORDS = re.compile(r"\b(?:rotat\w*|turn\w*|angle\w*|tilt\w*|bank\w*|inclin\w*|slope\w*|"
                          r"heading|latitude|longitude|arc|pitch|swivel\w*|pivot\w*|"
                          r"U-turn|about-face)\b", re.I)
_TEMP_WORDS = re.compile(r"\b(?:temperatures?|heat\w*|hot|cold\w*|warm\w*|cool\w*|weather|"
                         r"forecast\w*|thermometer|fever|freez\w*|boil\w*|celsius|fahrenheit|"
                         r"centigrade|mercury|climate)\b", re.I)
_INCHES = re.compile(r"(?:\s*,?\s+and)?\s+(\d{1,2}(?:\.\d+)?)\s*(?:inches|inch|in\b|\"|”)", re.I)
_BRACKETED = re.compile(r"\s?[(\[{<]\s?([A-Za-zµμ°][A-Za-z0-9µμ/²³]*)\s?[)\]}>]")
_YEARS_OLD = re.compile(r"\s?(?:yo|y/o|y\.o\.|yrs?\.? old)(?![\w])", re.I)
_AGED_BEFORE = re.compile(r"\b(?:aged?|ages|age\s+of)\s+$", re.I)
# digit groups joined by two or more dashes, slashes or dots: a phone number, a date, an
# address or a version, never an amount
_CODE = re.compile(r"\+?\d+(?:-\d+){2,}(?![\d])|\+?\d+(?:/\d+){2,}|\d+(?:\.\d+){2,}(?![\d])"
                   r"|\+\d+(?:[-/ ]\d+){1,}")
# a verb of change right before a number: "rose 0.3 points", "fell by 5%"
CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rises|rising|risen|fell|falls|falling|fallen|grew|grows|growing|increased|"
    r"decreased|dropped|climbed|jumped|slipped|declined|gained|lost|slowed|surged|plunged|"
    r"edged\s+(?:up|down)|went\s+(?:up|down)|up|down)\s+(?:by\s+)?$", re.I)
_CHANGE_FROM = re.compile(CHANGE_BEFORE.pattern.replace(r"\s+(?:by\s+)?$", r"\s+from\s+$"), re.I)
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


# denominators of a fraction in words: "fifths", "a twenty-first", "hundredths" ("second" is
# time, "firsts" a rank unless compound: "three twenty-firsts")
DENOMS: dict[str, tuple[float, bool]] = {"half": (2, False), "halves": (2, True),
                                         "quarter": (4, False), "quarters": (4, True)}
for _w, _v in ORDINALS.items():
    if _w != "second":
        DENOMS[_w] = (_v, False)
        DENOMS[_w + "s"] = (_v, True)
_NUM_TOKENS = frozenset([*ONES, *TENS, *SCALES, "hundred", "and", "a", "an", *DENOMS])


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

# -- names: a number that is part of a name is no amount ------------------------------
# Word lists (data): what may stand around a number that names something.
# a word that heads a name with a number after it, in any case: "Game 6", "route 66"
NAME_HEADS = frozenset("""
game section row route interstate highway flight gate terminal platform article chapter
category episode season model plant reactor stage phase type grade class district precinct
ward zone pier room apartment building channel version series figure table level division
league formula apollo windows boeing airbus iphone ipad galaxy pixel number tier exit
""".split())
# a capitalised product word right after the number: "737 Max", "iPhone 6 and 6 Plus"
NAME_AFTER = frozenset("Max MAX Plus Pro Mini XL Ultra Neo Lite SE".split())
# a street word after a house number and a street's name: "10 Downing Street"
STREET_WORDS = frozenset("""
Street St Road Rd Avenue Ave Lane Ln Boulevard Blvd Drive Way Place Square Sq Court Ct
Terrace Crescent Close Parkway Pkwy Highway Hwy Loop Plaza Circle Walk Row Gardens Mews
""".split())
# a capitalised word before a number that does not make it a name: function words,
# qualifiers, months, days, seasons, titles ("About 500", "In 2014", "June 10")
NOT_NAME_HEADS = frozenset("""
the a an in on at by for from of to with without about over under nearly almost some around
only just all another those these its their his her our my your since until till between
and or but nor yet so if when while after before during than like each every roughly
approximately exactly more less fewer least most few several many much both either neither
any other such total totalling totaling including up down per via plus minus within across
among into onto upon toward towards against through throughout beyond above below circa
ca approx est what which who whom whose where why how it he she we they i you this that
there here is are was were be been being has have had will would could should may might
must can did do does said says say then now still also even no not none aged age ages
magnitude force scale ph score won lost beat jan january feb february mar march apr april
jun june jul july aug august sep sept september oct october nov november dec december
monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
christmas easter fy cy ad bc mr mrs ms dr sir lord mt
""".split())
# letters glued or hyphenated to the number: "G7", "A320", "F-16", "COVID-19"
_CODE_BEFORE = re.compile(r"\b([A-Za-z]{1,6})-$|(?<![A-Za-z0-9])([A-Za-z]{1,6})$")
# "an M7.1 quake", "a Mw 6.4 tremor": a magnitude's letters, no name
MAGNITUDE_CODES = frozenset({"M", "Mw", "ML", "Ms", "Mb"})
_QUAKE_AFTER = re.compile(r"\s+(?:magnitude\s+)?(?:earth)?(?:quakes?|temblors?|tremors?|"
                          r"aftershocks?)\b", re.I)
_NOT_CODES = NOT_NAME_HEADS | {"mid", "pre", "post", "anti", "non", "sub", "ex"}
_NAME_NO = re.compile(r"(?:[#№]|\b(?:No|no|Nos|nos)\.\s*|\bNos?\s)$")
_NAME_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z&'’.]*[A-Za-z0-9]|[A-Za-z]) $")
_NAME_WORD_AFTER = re.compile(r" ([A-Za-z]+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(\[\n•*]\s*|\s[-–—]\s)$")
_TALLY_AFTER = re.compile(r"[,;]?\s+([A-Z][\w&.'’-]*)\s+\d")
_TALLY_BEFORE = re.compile(r"\d[,;]?\s+(?:[A-Z][\w&.'’-]*\s+){1,3}$")
# what follows a number in a row of a table: "Civic Union 68 +17 1,380,112"
_ROW_AFTER = re.compile(r"\s+[-+−–]?\d")
_CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")
_STREET_AFTER = re.compile(r"[A-Z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:" + "|".join(STREET_WORDS) +
                           r")\b")
_ZIP_BEFORE = re.compile(r"(?:\b[A-Z]{2}|\b(?:ZIP|zip|Zip)(?:\s+code)?|\bpostcode)\s+$")
_NAME_VETO_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|percent\b|pct\b)", re.I)


def _name_word(word: str, t: str, wstart: int) -> bool:
    """Can `word`, written right before a number, make the number part of a name?"""
    low = word.lower()
    if low in NOT_NAME_HEADS:
        return False
    if low in NAME_HEADS:
        return True
    if not word[0].isupper() and not (word[0].islower() and any(c.isupper() for c in word)):
        return False  # a lower-case word that heads no name: "won 6", but "iPhone 6"
    marked = word.isupper() or "&" in word or any(c.isupper() for c in word[1:])
    if marked:
        return True  # "FTSE 100", "S&P 500", "iPhone 6"
    if _SENTENCE_START.search(t, max(0, wstart - 3), wstart):
        return False  # "Officials 5 ..." at the start of a sentence: no telling
    return not (low.endswith("s") or low.endswith("ed"))  # "Kills 12", "Conservatives 323"


def is_name(t: str, start: int, end: int, value: float, words: bool) -> bool:
    """Is the number at t[start:end] part of a name ("Game 6", "10 Downing Street", "FTSE
    100", "COVID-19", "BBC One") rather than an amount? A grammar over the words around it."""
    code = _CODE_BEFORE.search(t, max(0, start - 12), start)
    if code and (code.group(2) or code.group(1).lower() not in _NOT_CODES) and not words:
        if code.group(2) in MAGNITUDE_CODES and ("." in t[start:end] or _QUAKE_AFTER.match(t, end)):
            return False  # "an M7.1 quake": a magnitude
        return True  # "F-16", "G7", "COVID-19", "A320"; not "mid-2014", "over-50s"
    if not words and _NAME_NO.search(t, max(0, start - 5), start):
        return True  # "No 10 said", "#1"
    after = _NAME_WORD_AFTER.match(t, end)
    if after and after.group(1) in NAME_AFTER:
        return True  # "737 Max", "6 Plus"
    if not words:
        if _STREET_AFTER.match(t, end):
            return True  # "10 Downing Street", "1600 Pennsylvania Avenue"
        if end - start == 5 and t[start:end].isdigit() and \
                _ZIP_BEFORE.search(t, max(0, start - 12), start):
            return True  # "Washington, DC 20001"
    before = _NAME_WORD_BEFORE.search(t, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1).rstrip(".")
    if words and not (t[start].isupper() and word[0].isupper()):
        return False  # "BBC One", "Formula One"; not "won one"
    if not _name_word(word, t, before.start(1)):
        return False
    low = word.lower()
    tally = _TALLY_AFTER.match(t, end)
    if low not in NAME_HEADS and ((tally and tally.group(1).lower() not in NAME_HEADS) or
                                  _TALLY_BEFORE.search(t, max(0, before.start(1) - 40), start)
                                  or _ROW_AFTER.match(t, end)):
        return False  # "Labour 232, Conservatives 365", "Civic Union 68 +17": tallies
    if _NAME_VETO_AFTER.match(t, end):
        return False  # "Shares 5%"
    nxt = after.group(1).lower() if after else ""
    if nxt in _COUNT_NOUNS or nxt in SCALES or nxt in CURRENCY_WORDS:
        return False  # "Kill 12 People", "Raise 5 million"
    if (low not in NAME_HEADS or word.islower()) and after and (
            nxt == "times" or (after.group(1).islower() and nxt.endswith("s"))):
        return False  # "played the game 6 times", "call Bob 3 times"
    if low not in NAME_HEADS and not word.isupper():
        if not words and 1000 <= value <= 2100 and "," not in t[start:end]:
            return False  # "Christmas 2019": a year, read as one
        prev = _NAME_WORD_BEFORE.search(t, max(0, before.start(1) - 24), before.start(1))
        if prev and prev.group(1)[0].isupper() and after and after.group(1)[0].isupper():
            return False  # "Police Arrest 12 After Riots": a headline in title case
        if prev and prev.group(1)[0].isupper() and not words and _CLAUSE_END.match(t, end):
            return False  # "... and the nationalist Freedom First 5.": a party's tally
    return True


class _Reader:
    def __init__(self, text: str, approx: float) -> None:
        self.text = text
        self.approx = approx
        self.units = table()
        self.last_num: _Num | None = None

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
                m = sp
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
                power = int((ex.group(1) or ex.group(2)).replace("−", "-"))
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
                r.group(1).lower() == "in" and self._share_of(den)):
            # "seven in ten buildings" is a share; "41 out of 50 shelters" a part and a whole
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
            if abbr == "m" and not self._money_before(num.start) and \
                    not self._count_noun_after(w.end()):
                return  # "5m" is five metres unless money or people follow
            if abbr == "M" and not (num.decimals or num.value >= 10 or self._money_before(
                    num.start) or self._count_noun_after(w.end())):
                return  # "3M" is a name; "10M", "1.5M" are millions
            if abbr == "G" and not (num.decimals or num.value >= 10):
                return  # "5G" is a name; "10G" is ten billion
            if abbr in ("b", "B") and not (num.decimals or self._money_before(num.start)):
                return  # "4b" is a name; "1.2b" a billion
            if abbr in ("T", "MM") and not self._money_before(num.start):
                return
            num.scale *= ABBREV_SCALES[abbr]
            num.end = w.end()

    def _money_before(self, pos: int) -> bool:
        return _CUR_BEFORE.search(self.text, max(0, pos - 6), pos) is not None

    def _count_noun_after(self, pos: int) -> bool:
        m = re.compile(r"\s+([A-Za-z]+)").match(self.text, pos)
        return m is not None and m.group(1).lower() in _COUNT_NOUNS

    def words(self, pos: int) -> _Num | None:
        """Number words: "forty-eight", "seventeen hundred", "half a million", "dozens"."""
        t = self.text
        w = _WORD.match(t, pos)
        if w is None:
            return None
        first = w.group().lower()
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
                    last == "" and self._scale_next(w.end()))):  # "hundred thousand dollars"
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
                    (last != "" or word == "half" or self._scale_next(w.end())):
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
        num = _Num(pos, end, value, decimals, words=True)
        # "sixty-five million" handled above; "two thousand" too. Trailing scale words:
        return num

    def _near(self, pattern: re.Pattern[str], start: int, end: int, room: int = 60) -> bool:
        """`pattern` within `room` characters before start or after end."""
        t = self.text
        return bool(pattern.search(t, max(0, start - room), start) or
                    pattern.search(t, end, end + room))

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
            if not re.compile(r"\s+of\b|\s+(?:more|fled|died|were|have|had|are)\b", re.I)\
                    .match(t, end):
                return None
        return _Num(pos, end, base * lo, vague=(base * lo, base * hi), words=True)

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
                            t[max(0, start - 8):start], re.I)):
                    out.append(Quantity(t[start:mend], start, mend, ORDINALS[wl], ORDINALS[wl],
                                        "", "ordinal", ORDINALS[wl]))
                    pos = mend
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
                    start > 1 and t[start - 1] == "/" and t[start - 2].isdigit()):
                pos = start + 1  # inside a number, or after the slash of "9/11", "24/7"
                continue
            if group == "d" and start > 0 and t[start - 1] == "." and \
                    (start < 2 or not t[start - 2].isalnum()):
                start -= 1  # ".25"
            q = self.quantity(start)
            if q is None:
                pos = max(mend, start + 1, at + 1)
                continue
            if q.end <= at:
                pos = at + 1  # read from a word before the candidate ("one" of "one sixth")
                continue
            out.append(q)
            pos = max(q.end, start + 1, at + 1)
        if " a" in low and _A_UNIT_HINT.search(low):
            out = self._one_unit(out)
        return _bounded_pairs(t, out) if len(out) > 1 else out

    def _one_unit(self, out: list[Quantity]) -> list[Quantity]:
        """"nearly a minute", "more than an hour": one of the unit, where a qualifier says an
        amount is meant ("in a minute", "once a year" are no amounts)."""
        t = self.text
        extra = []
        for m in _A_UNIT.finditer(t):
            if any(q.start < m.end() and m.start() < q.end for q in out):
                continue
            unit = self.units.surfaces.get(m.group(2).lower())
            if unit is None or _QUAL_BEFORE.search(t, max(0, m.start() - 48), m.start()) is None:
                continue
            q = self._finish(t, m.start(), m.end(), 1.0, 1.0, unit.name, unit.kind, 1.0, "",
                             _Num(m.start(), m.end(), 1.0, words=True))
            extra.append(q)
        return sorted(out + extra, key=lambda q: q.start) if extra else out

    def quantity(self, start: int) -> Quantity | None:
        t = self.text
        num = self.number(start)
        if num is None:
            return None
        if (not num.ordinal and not num.vague and not num.fraction and
                is_name(t, start, num.end, num.value * num.scale, num.words) and
                not _CUR_BEFORE.search(t, max(0, start - 8), start)):
            # "Game 6", "F-16", "10 Downing Street", "FTSE 100": part of a name, no amount
            return Quantity(t[start:num.end], start, num.end, num.value * num.scale,
                            num.value * num.scale, "", "name", num.value * num.scale)
        if num.words and num.end - num.start == 3 and t[num.start:num.end].lower() == "one" \
                and _PRONOUN_ONE.search(t, max(0, start - 12), start) \
                and _PRONOUN_NEXT.match(t, num.end):
            return None  # "the one you mentioned", "which one", "no one": a pronoun
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
        unit: Unit | None = None
        currency = ""
        currency, qstart = self._currency_before(qstart)
        kind = "count"
        uname = ""
        # percent
        pm = _PERCENT.match(t, end)
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

    def _clock(self, num: _Num, qstart: int, end: int) -> Quantity | None:
        """An ordinal ("21st"), a length in minutes and seconds ("16:45-long"), an elapsed
        time ("won in 2:01:09") or a time of day ("6 a.m."), or None."""
        t = self.text
        if num.ordinal:
            return Quantity(t[qstart:end], qstart, end, num.value, num.value, "", "ordinal",
                            num.value)
        # ordinal suffix "21st"
        if not num.words and num.scale == 1 and num.decimals == 0:
            o = _ORD_SUFFIX.match(t, end)
            if o and (o.end() >= len(t) or not t[o.end()].isalnum()):
                return Quantity(t[qstart:o.end()], qstart, o.end(), num.value, num.value, "",
                                "ordinal", num.value)
        if not num.words and num.scale == 1 and not num.decimals and num.value < 600:
            ms = _MIN_SEC_LONG.match(t, end)
            if ms:  # "the 16:45-long audio"
                minutes = num.value + int(ms.group(1)) / 60
                return Quantity(t[qstart:ms.end()], qstart, ms.end(), minutes, minutes,
                                "minute", "duration", minutes)
        # an elapsed time: "won in 2:01:09" (not "at 2:01:09 pm")
        if not num.words and num.scale == 1 and not num.decimals and num.value < 100:
            el = _ELAPSED.match(t, end)
            if el and not _CLOCK_BEFORE.search(t, max(0, qstart - 8), qstart) and \
                    not _TIME_AFTER.match(t, el.end()) and not _CLOCK_AFTER.match(t, el.end()):
                hours = num.value + int(el.group(1)) / 60 + float(el.group(2)) / 3600
                return Quantity(t[qstart:el.end()], qstart, el.end(), hours, hours, "hour",
                                "duration", hours)
        # time of day
        if not num.words and num.scale == 1 and num.value <= 24:
            tm = _TIME_AFTER.match(t, end)
            if tm:
                return Quantity(t[qstart:tm.end()], qstart, tm.end(), num.value, num.value, "",
                                "time", num.value)
        return None

    def _currency_before(self, qstart: int) -> tuple[str, int]:
        """The currency written before the number ("$", "US$", "$US", "RM", "CHF "): (its
        code or "", where the quantity starts)."""
        t = self.text
        currency = ""
        cur = _CUR_BEFORE.search(t, max(0, qstart - 8), qstart)
        if cur:
            key = cur.group().strip().replace(" ", "")
            code = CURRENCY_PREFIX.get(key) or CURRENCY_PREFIX.get(key.upper()) or \
                MARKET_PREFIX.get(key)
            if code is None and cur.group().strip().endswith("$"):
                code = "USD"
            if code:
                currency = code
                qstart = cur.start()
                # a scale word may be hyphenated "$15-billion" or follow a space
        return currency, qstart

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

    def _refine(self, num: _Num, qstart: int, end: int, kind: str, uname: str,
                unit: Unit | None, currency: str, per: str) -> tuple[str, str, int]:
        """What the words around a read unit make of it: an age ("87 yo", "aged 87"), degrees
        (temperature or angle; "Boeing 777F" no temperature), feet and inches, compound
        amounts ("2 hours 1 minute"). (kind, unit name, end)."""
        t = self.text
        if kind == "count" and not currency and num.scale == 1:
            yo = _YEARS_OLD.match(t, end)
            if yo or (_AGED_BEFORE.search(t, max(0, qstart - 8), qstart) and num.value < 130):
                # "an 87 yo man", "a man aged 87": an age in years
                kind, uname = "duration", "year"
                end = yo.end() if yo else end
        if kind == "count" and not currency:
            dm = _DEGREE.match(t, end)
            if dm:
                letter = dm.group(1)
                u = {"C": "degree Celsius", "F": "degree fahrenheit", "K": "kelvin"}.get(
                    letter or "", "degree")
                kind, uname, end = "temperature", u, dm.end()
        if uname == "degree" and self._near(_ANGLE_WORDS, qstart, end) and \
                not self._near(_TEMP_WORDS, qstart, end):
            kind, uname = "angle", "degree angle"  # "rotate 90 degrees", "a 45-degree angle"
        if uname in ("degree Celsius", "degree fahrenheit") and t[num.end:end] in ("C", "F") and \
                not self._near(_TEMP_WORDS, qstart, end) and \
                not self._near(re.compile(r"\bdegrees?\b|°", re.I), qstart, end):
            # "30C" is a temperature where weather is spoken of; "Boeing 777F", "13F filing"
            # are names
            kind, uname, end = "count", "", num.end
        if unit is not None and unit.name == "foot" and not currency:
            inch = _INCHES.match(t, end)
            if inch:  # "5 feet 2 inches", "6 ft 1 in"
                num.value += float(inch.group(1)) / 12
                num.decimals = max(num.decimals, 2)
                end = inch.end()
        if unit is not None and not currency and not per and unit.factor and \
                unit.kind in ("duration", "length", "mass") and num.scale == 1:
            more = self._compound(end, unit)
            if more is not None:  # "2 hours 1 minute", "three years and six months"
                num.value += more[0]
                num.decimals = max(num.decimals, 3)
                end = more[1]
        return kind, uname, end

    def _calendar(self, num: _Num, qstart: int, end: int, kind: str) -> Quantity | None:
        """A day of a month ("June 10") or a calendar year ("in 2003", "the 1990s"), or None."""
        t = self.text
        # date: "June 10", "10 June", "Jun 12, 2014"
        if kind == "count" and not num.words and num.scale == 1 and num.decimals == 0 and \
                1 <= num.value <= 31:
            if _MONTH_BEFORE.search(t, max(0, qstart - 12), qstart) or _MONTH_AFTER.match(t, end):
                return Quantity(t[qstart:end], qstart, end, num.value, num.value, "", "date",
                                num.value)
        # year
        if kind == "count" and self._is_year(num, qstart, end):
            decade = re.compile(r"'?s\b").match(t, end)
            if decade and num.value % 10 == 0:
                end = decade.end()
                return Quantity(t[qstart:end], qstart, end, num.value, num.value + 9, "",
                                "year", num.value, "range")
            return self._finish(t, qstart, end, num.value, num.value, "", "year", num.value,
                                "", num)
        return None

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
            if word in ("-", "–") and not (t[end - 1].isdigit() or t[end - 1].isalpha()):
                ok = False
            if word == "to" and uname and rl is None and \
                    CHANGE_BEFORE.search(t, max(0, qstart - 30), qstart):
                ok = False  # "rose 0.3 points to 4.1%": a change, then the new level
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

    def _compound(self, end: int, unit: Unit) -> tuple[float, int] | None:
        """A smaller unit of the same kind right after: "2 hours 1 minute", "1 m 80 cm" ->
        (the amount in `unit`, where it ends)."""
        t = self.text
        c = _COMPOUND_JOIN.match(t, end)
        if c is None or c.end() >= len(t) or not (t[c.end()].isdigit() or t[c.end()].isalpha()):
            return None
        part = self.number(c.end())
        if part is None or part.vague or part.scale != 1 or part.ordinal:
            return None
        got = self.unit_after(part.end, False, part)
        if (got is None or got[0] is None) and unit.kind == "duration":
            short = _SHORT_TIME.match(t, part.end)
            if short:
                got = (self.units.by_name[_SHORT_TIME_UNITS[short.group(1)]], short.end(), "")
        if got is None or got[0] is None:
            return None
        small = got[0]
        if small.kind != unit.kind or not small.factor or not unit.factor or \
                small.factor >= unit.factor or small.offset or unit.offset:
            return None
        amount = part.value * small.factor / unit.factor
        if part.value * small.factor >= unit.factor:
            return None  # "2 hours 90 minutes": two amounts, not one
        return amount, got[1]

    def _per(self, end: int, kind: str, uname: str, num: _Num
             ) -> tuple[str, str, str, int] | None:
        """A rate after the quantity: (kind, unit, per, end). "120 km per hour" is a speed
        (a unit of its own); "$15.4/hour" is USD per "hour", "3,000 people a day" a count
        per "day", "10 l/km" litres per "kilometre"."""
        t = self.text
        p = _PER.match(t, end)
        counted = False
        if p is None and kind == "count":
            w = re.compile(r"\s+([A-Za-z]+)").match(t, end)
            if w and w.group(1).lower() not in _PER_NOUN_SKIP:
                p = _PER.match(t, w.end())  # "3,000 people a day"
                counted = True
        if p is None:
            return None
        sep = p.group().strip().lower()
        d = _PER_UNIT.match(t, p.end())
        if d is None or (d.end() < len(t) and (t[d.end()].isalnum() or t[d.end()] == "-")):
            return None
        word = d.group(1)
        units = self.units
        den = units.surfaces.get(word.lower())
        if den is None and (word in SPACED_SYMBOLS or (sep == "/" and len(word) > 1)):
            den = units.symbols.get(word)
        if den is None and sep == "/" and word in _AFTER_SLASH:
            den = units.by_name[_AFTER_SLASH[word]]
        if den is not None and den.kind == "money":
            return None
        if sep in ("a", "an", "each") or counted:
            if not ((den is not None and den.kind == "duration") or word.lower() in _PER_THING):
                return None  # "5 a side", "20 a game"
            if counted and sep == "/":
                return None
            if kind == "count" and not num.words and num.scale == 1 and \
                    1000 <= num.value <= 2100:
                return None  # "in 2014 a year after"
            if _NOT_A_RATE.match(t, d.end()):
                return None  # "$13.18 billion a year earlier": a point in time
        if den is None:
            if word.lower() not in _PER_THING:
                return None
            name = word.lower()  # "per capita", "per share"
        else:
            name = den.name
        power = (d.group(2) or "").strip()
        if power:
            name = ("square " if power in ("2", "^2", "²", "^²", "squared") else "cubic ") + name
        u = units.by_name.get(f"{uname} per {name}") if uname else None
        if u is not None:
            return u.kind, u.name, "", d.end()  # "kilometre per hour", "ton per day"
        return kind, uname, name, d.end()

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

    def _is_year(self, num: _Num, qstart: int, end: int) -> bool:
        t = self.text
        if num.words or num.scale != 1 or num.decimals or not 1000 <= num.value <= 2100:
            return False
        if "," in t[num.start:num.end]:
            return False
        if _YEAR_BEFORE.search(t, max(0, qstart - 16), qstart):
            nxt = re.compile(r"\s+([A-Za-z]+)").match(t, end)
            if nxt and nxt.group(1).lower() in _COUNT_NOUNS:
                return False
            return True
        if not 1900 <= num.value <= 2100:
            return False
        if _qualifier_before(t, qstart):
            return False
        nxt = re.compile(r"\s+([A-Za-z]+)").match(t, end)
        return not (nxt and nxt.group(1).lower() in _COUNT_NOUNS)

    def unit_after(self, end: int, money: bool, num: _Num) -> tuple[Unit | None, int, str] | None:
        """The unit after a number: (unit, end, currency code) or None."""
        t = self.text
        units = self.units
        # hyphenated: "17-minute", "200-kilometre", "70-year-old", "$15-billion"
        h = _HYPHEN_WORD.match(t, end)
        if h:
            word = h.group(1).lower()
            first = word.split("-")[0]
            if first in SCALES and not num.words:
                num.scale *= SCALES[first]
                end = end + 1 + len(first)
                h = None
            elif first in units.surfaces:
                u = units.surfaces[first]
                return u, end + 1 + len(h.group(1).split("-")[0]), ""
            elif first in CURRENCY_WORDS and first not in ("real", "won", "rand", "pound"):
                return None, end + 1 + len(first), CURRENCY_WORDS[first]
            else:
                sym = h.group(1).split("-")[0]
                if sym in units.symbols and sym in SPACED_SYMBOLS:
                    return units.symbols[sym], end + 1 + len(sym), ""
                return None
        # attached symbol: "10km", "5kg", "30C"
        a = _ATTACHED.match(t, end)
        if a:
            sym = a.group()
            if "/" in sym and sym not in units.symbols and sym.split("/")[0] in units.symbols:
                sym = sym.split("/")[0]  # "10l/km": litres, then a rate
            sym = sym.rstrip(".") if sym not in units.symbols else sym
            if sym in units.symbols:
                u = units.symbols[sym]
                if u.kind == "money":
                    return None, end + len(sym), u.name
                return u, end + len(sym), ""
            low = sym.lower()
            if low in units.surfaces:
                return units.surfaces[low], end + len(sym), ""
            if sym in ("C", "F") and not money:
                return units.by_name["degree Celsius" if sym == "C" else "degree fahrenheit"], \
                    end + 1, ""
            if low in CURRENCY_WORDS and len(low) == 3:
                return None, end + len(sym), CURRENCY_WORDS[low]
            return None
        if num.fraction or (num.words and num.value < 1):
            of_a = _OF_A.match(t, end)  # "a quarter of a percentage point", "half a mile"
            if of_a:
                got = self.unit_after(of_a.end() - 1, money, _Num(num.start, of_a.end() - 1, 0))
                if got is not None and got[0] is not None:
                    return got
        br = _BRACKETED.match(t, end)
        if br and br.group(1) in units.symbols and units.symbols[br.group(1)].kind != "money":
            return units.symbols[br.group(1)], br.end(), ""  # "20 (kg)", "20 [kg]"
        m = _UNIT_WORDS.match(t, end)
        if not m or m.start(1) == end:
            return None
        words = [w for w in m.groups() if w]
        if "/" in words[0] and words[0] not in units.symbols:
            head = words[0].split("/")[0]  # "10 l/km", "5 mg/L": the unit, then a rate
            if head in units.symbols and (head in SPACED_SYMBOLS or head == "l"):
                return units.symbols[head], m.start(1) + len(head), ""
            return None
        # currency words, longest first: "US dollars", "Canadian dollars", "euros"
        for k in range(min(3, len(words)), 0, -1):
            phrase = " ".join(words[:k]).lower()
            if phrase in CURRENCY_WORDS:
                code = CURRENCY_WORDS[phrase]
                if phrase in ("pound", "pounds") and not (money or num.scale > 1):
                    break  # "25 pounds" is a weight; "3 million pounds" is money
                if phrase in ("real", "won", "rand", "marks", "franc", "francs", "lira") \
                        and not num.scale > 1:
                    continue
                return None, m.end(k), code
        for k in range(min(4, len(words)), 0, -1):
            phrase = " ".join(words[:k])
            low = phrase.lower()
            if low in units.surfaces:
                u = units.surfaces[low]
                if u.kind == "money":
                    return None, m.end(k), u.name
                if low in ("second", "minute") and k == 1:
                    pass
                return u, m.end(k), ""
            if phrase in units.symbols and phrase in SPACED_SYMBOLS and \
                    not re.match(r"-?\d", t[m.end(k):m.end(k) + 2]):  # "L-202" is a name
                if phrase == "m" and (money or num.scale != 1):
                    continue  # "$5 m": million, read by scale()
                return units.symbols[phrase], m.end(k), ""
        return None


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


def is_share(q: Quantity) -> bool:
    """Is `q` a share of a whole written as a fraction ("half of all buildings", "seven in
    ten", "a third", "3/4")? Read as a count between 0 and 1; a percent fact takes it x100."""
    return q.kind == "count" and 0 < q.value <= 1 and (q.high is None or q.high <= 1) and \
        any(c.isalpha() or c in "/⁄" or c in VULGAR for c in q.text)


def may_hold_number(text: str) -> bool:
    """False when `text` surely holds no quantity: no digit, currency sign or number word."""
    if _CAND_SIGNS.search(text) is not None or len(text) > 1 << 16:
        return True  # (a long text is not lowered whole: see text.lower_same_length)
    low = text.lower()
    return _CAND_SIGNS.search(low) is not None or not _NUMBER_WORDS.isdisjoint(
        _LETTERS.findall(low))


def read_quantities(text: str, approx: float = DEFAULT_APPROX) -> list[Quantity]:
    """Every number in `text`, in reading order, with its qualifier, unit and interval."""
    return _Reader(text, approx).read()
