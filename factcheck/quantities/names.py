"""Numbers that are part of a name, not an amount ("Game 6", "10 Downing Street", "FTSE 100",
"COVID-19", "BBC One"): a grammar over the words around the number; its word lists are in
lexicon."""

from __future__ import annotations

import re

from ..units import CURRENCY_WORDS
from .lexicon import (
    CAPITAL_HEADS, _COUNT_NOUNS, M_NAMES, MAGNITUDE_CODES, NAME_AFTER, NAME_HEADS, _NOT_CODES,
    NOT_NAME_HEADS, ROUTE_NOUNS, SCALES, STREET_WORDS,
)


# letters glued or hyphenated to the number: "G7", "A320", "F-16", "COVID-19"
_CODE_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z0-9]{0,5})-$|(?<![A-Za-z0-9])([A-Za-z]{1,6})$")

_QUAKE_AFTER = re.compile(r"\s+(?:magnitude\s+)?(?:earth)?(?:quakes?|temblors?|tremors?|"
                          r"aftershocks?)\b", re.I)

_NAME_NO = re.compile(r"(?:[#№]|\b(?:No|no|Nos|nos)\.\s*|\bNos?\s)$")

_NAME_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z&'’.]*[A-Za-z0-9]|[A-Za-z]) $")

# a capital glued to a small number that no scale or unit took: "3D", "777X", "3M", "5G"
_WORD_NAME_AFTER = re.compile(r"-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|"
                              r"Twelve|Twenty|Thirty|Forty|Fifty|Hundred)\b")
_GLUED_CODE_AFTER = re.compile(r"[DXGM]\b")
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

# a code named after it: "the 94110 ZIP code", "the 212 area code"
_CODE_NAMED_AFTER = re.compile(r"\s+(?:ZIP|zip|Zip|postal|area|dialling|dialing|post)[\s-]?code\b")

_CODE_INITIALS = frozenset("ZzPpAaDd")

# a title after a capitalised "The" inside a sentence: "the quiz show The 1% Club", "The 39
# Steps"
_TITLE_THE = re.compile(r"[a-z,:]\s+The\s$")
_TITLE_AFTER = re.compile(r"%?\s+[A-Z][a-z]")

# a phone number dialled: "call 101 quoting ...", "dial 999"; "the 999 call", "the 111 line"
_DIAL_BEFORE = re.compile(r"\b(?:call|calls|called|calling|dial|dials|dialled|dialed|dialling|"
                          r"dialing|ring|rang|phone|phoned|text|texted)\s+(?:on\s+)?$", re.I)
_DIAL_AFTER = re.compile(r"\s+(?:call|line|number|helpline|hotline|operator)\b(?![-\w])", re.I)
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+s|people|times)\b")

# the variant after a model's number: "Boeing 787-9", "A321-200", "737-800"
_VARIANT_AFTER = re.compile(r"-\d{1,3}(?![\d%.,]|\s*(?:per\s?cent|percent)\b)[A-Z]{0,2}\b")

# a phone number's groups after its trunk zero: "0300 123 4567", "020 7946 0018"
_PHONE_BEFORE = re.compile(r"(?<![\d,.])0\d{2,4}(?: \d{3,4})* $")
_PHONE_GROUP = re.compile(r"\d{3,4}(?![\d,.%])(?!\s+(?:per\b|people\b|[a-z]+s\b))")

# numbers drawn in a lottery: "The winning numbers in Saturday's Lotto draw were 4, 11 and 52"
_DRAW_BEFORE = re.compile(r"\b(?:winning|lottery|lotto|lucky|drawn|bonus|jackpot)\s+(?:numbers?|"
                          r"balls?)\b(?:\s+in\s+[^,.;:]{1,40}?)?\s+(?:were|are|was|is|:)\s+"
                          r"(?:\d{1,2}(?:,\s*|\s+and\s+|\s+))*$", re.I)

# a team or an event named by a number word in capitals after "the": "the Six Nations"
_THE_BEFORE = re.compile(r"[a-z,]\s+the\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")

# a place on a football field: "tackled at the 1-yard line", "from the 35-yard line"
_FIELD_LINE_AFTER = re.compile(r"-yard\s+line\b", re.I)

# a list of names after a name: "junctions 10 and 11", "Games 6 and 7"
_NAME_LIST_JOIN = re.compile(r"\s*(?:,|and|or|&|to)\s*")


def name_end(t: str, end: int) -> int:
    """Where the name that holds the number ending at `end` ends: after "-Eleven" in
    "7-Eleven", after the variant of "Boeing 787-9", "A321-200", else at `end`."""
    if t[end:end + 1] != "-":
        return end
    m = _WORD_NAME_AFTER.match(t, end) or _VARIANT_AFTER.match(t, end)
    return m.end() if m else end


def continues_names(t: str, name_end: int, start: int) -> bool:
    """Is the number at `start` the next of a list of names that ended at `name_end`
    ("junctions 10 and 11", "Games 6 and 7", "platforms 3, 4 or 5"), or the next group of
    a phone number ("0300 123 4567")?"""
    if start == name_end + 1 and t[name_end] == " " and _PHONE_GROUP.match(t, start) and \
            _PHONE_BEFORE.search(t, max(0, start - 16), start):
        return True
    if not (0 < name_end < start <= name_end + 6 and t[start:start + 1].isdigit() and
            _NAME_LIST_JOIN.fullmatch(t, name_end, start)):
        return False
    k = start
    while k < len(t) and (t[k].isdigit() or t[k] in ".,"):
        k += 1
    return _PLURAL_AFTER.match(t, k) is None  # not "Game 6 and 3 people"

_MORE_NAMES_AFTER = re.compile(r"\s*(?:,|and|to|or|-|–)\s*\d")
_NAME_VETO_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|percent\b|pct\b)", re.I)


def _name_word(word: str, t: str, wstart: int) -> bool:
    """Can `word`, written right before a number, make the number part of a name?"""
    low = word.lower()
    if low in NOT_NAME_HEADS:
        return False
    if low in NAME_HEADS or (low in CAPITAL_HEADS and word[0].isupper()):
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
    prev = t[start - 1] if start else ""
    if not words and end - start <= 2 and _DRAW_BEFORE.search(t, max(0, start - 120), start):
        return True  # lottery numbers drawn
    if words and t[start].isupper() and t[max(0, start - 4):start] == "the " and \
            _THE_BEFORE.search(t, max(0, start - 8), start):
        after = _CAPITAL_AFTER.match(t, end)
        if after and after.group().strip().lower() not in _COUNT_NOUNS:
            return True  # "the Six Nations", "the Three Lions"
    code = _CODE_BEFORE.search(t, max(0, start - 12), start) if prev.isalpha() or prev == "-" \
        else None
    if code and code.group(1) in ("Under", "U") and not words:
        return True  # "the Under-21s", "England Under-19": a team ("the over-65s" is an age)
    if code and (code.group(2) or code.group(1).lower() not in _NOT_CODES) and not words:
        if code.group(2) in MAGNITUDE_CODES and ("." in t[start:end] or _QUAKE_AFTER.match(t, end)):
            return False  # "an M7.1 quake": a magnitude
        return True  # "F-16", "G7", "COVID-19", "A320"; not "mid-2014", "over-50s"
    if not words and (prev in "#№" or "o" in t[max(0, start - 5):start]) and \
            _NAME_NO.search(t, max(0, start - 5), start):
        return True  # "No 10 said", "#1"
    nxt_char = t[end:end + 1]
    if nxt_char == "-" and t[max(0, start - 4):start].lower() == "the " and \
            _FIELD_LINE_AFTER.match(t, end):
        return True  # "at the 1-yard line": a place, not a length
    if nxt_char == "-" and not words and _WORD_NAME_AFTER.match(t, end):
        return True  # "7-Eleven", "Seven-Eleven": a number word in capitals after the figure
    if not words and nxt_char in ("D", "X", "G", "M") and _GLUED_CODE_AFTER.match(t, end) and \
            (nxt_char in ("D", "X") or (nxt_char == "G" and value < 10) or
             t[start:end + 1] in M_NAMES):
        return True  # "3D", "777X", "3M", "5G" ("1M", "10M", "1.5G" were read as scales)
    if not words and t[start] == "0" and end - start >= 3 and t[start:end].isdigit() and \
            t[start:end].strip("0"):
        return True  # "0452", "01632": a reference or a phone number, never an amount
    if not words and end - start == 3 and t[start:end].isdigit() and (
            _DIAL_AFTER.match(t, end) or (_DIAL_BEFORE.search(t, max(0, start - 16), start)
                                          and not _PLURAL_AFTER.match(t, end))):
        return True  # "call 101 quoting reference", "the 999 call", "dial 911"
    if t[max(0, start - 4):start] == "The " and _TITLE_THE.search(t, max(0, start - 8), start) \
            and _TITLE_AFTER.match(t, end):
        return True  # "the quiz show The 1% Club", "in The 39 Steps": a title
    after = _NAME_WORD_AFTER.match(t, end) if nxt_char == " " else None
    if after and not words and after.group(1).lower() in ROUTE_NOUNS and \
            t[max(0, start - 4):start].lower() == "the ":
        return True  # "the 42 bus"
    if after and after.group(1) in NAME_AFTER:
        return True  # "737 Max", "6 Plus"
    if not words:
        street = t[end:end + 1].isupper() or t[end:end + 2].lstrip(" ")[:1].isupper()
        if street and _STREET_AFTER.match(t, end):
            return True  # "10 Downing Street", "1600 Pennsylvania Avenue"
        if end - start == 5 and t[start:end].isdigit() and \
                _ZIP_BEFORE.search(t, max(0, start - 12), start):
            return True  # "Washington, DC 20001"
        if nxt_char == " " and t[end + 1:end + 2] in _CODE_INITIALS and \
                t[start:end].isdigit() and _CODE_NAMED_AFTER.match(t, end):
            return True  # "the 94110 ZIP code", "the 212 area code"
    if prev != " " or start < 2 or not t[start - 2].isalnum():
        return False
    k = start - 1  # the word before, read backwards: most are lower-case and head no name
    while k > 0 and (t[k - 1].isalnum() or t[k - 1] in "&'’."):
        k -= 1
    quick = t[k:start - 1]
    low_quick = quick.lower().rstrip(".")
    if low_quick.endswith("s") and low_quick[:-1] in NAME_HEADS and not words and \
            _MORE_NAMES_AFTER.match(t, end):
        return True  # "on laps 19 and 40", "Laps 33 to 36": which ones, by number
    if quick.islower() and quick.rstrip(".") not in NAME_HEADS:
        return False
    before = _NAME_WORD_BEFORE.search(t, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1).rstrip(".")
    if words and not (t[start].isupper() and word[0].isupper()):
        return False  # "BBC One", "Formula One"; not "won one"
    if not words and "," in t[start:end] and word[0].islower():
        return False  # "now number 1,800": a verb and an amount, no "number 18"
    if not _name_word(word, t, before.start(1)):
        return False
    low = word.lower()
    tally = _TALLY_AFTER.match(t, end)
    head = low in NAME_HEADS or (low in CAPITAL_HEADS and word[0].isupper())
    if head and low in CAPITAL_HEADS and not words and 1000 <= value <= 2100:
        return False  # "Year 2000": a year
    if not head and ((tally and tally.group(1).lower() not in NAME_HEADS) or
                                  _TALLY_BEFORE.search(t, max(0, before.start(1) - 40), start)
                                  or _ROW_AFTER.match(t, end)):
        return False  # "Labour 232, Conservatives 365", "Civic Union 68 +17": tallies
    if _NAME_VETO_AFTER.match(t, end):
        return False  # "Shares 5%"
    nxt = after.group(1).lower() if after else ""
    if (nxt in _COUNT_NOUNS and not (head and word[0].isupper())) or nxt in SCALES or \
            nxt in CURRENCY_WORDS:
        return False  # "Kill 12 People", "Raise 5 million"; not "Year 11 students"
    if (not head or word.islower()) and after and (
            nxt == "times" or (after.group(1).islower() and nxt.endswith("s") and
                               nxt not in NOT_NAME_HEADS and not nxt.endswith("ss"))):
        return False  # "played the game 6 times", "call Bob 3 times"
    if not head and not word.isupper():
        if not words and 1000 <= value <= 2100 and "," not in t[start:end]:
            return False  # "Christmas 2019": a year, read as one
        two_back = _NAME_WORD_BEFORE.search(t, max(0, before.start(1) - 24), before.start(1))
        if two_back and two_back.group(1)[0].isupper() and after and after.group(1)[0].isupper():
            return False  # "Police Arrest 12 After Riots": a headline in title case
        if two_back and two_back.group(1)[0].isupper() and not words and _CLAUSE_END.match(t, end):
            return False  # "... and the nationalist Freedom First 5.": a party's tally
    return True
