"""Numbers that are part of a name, not an amount ("Game 6", "10 Downing Street", "FTSE 100",
"COVID-19", "BBC One"): a grammar over the words around the number; its word lists are in
lexicon."""

from __future__ import annotations

import re

from ..units import CURRENCY_WORDS
from .lexicon import (
    _COUNT_NOUNS, MAGNITUDE_CODES, NAME_AFTER, NAME_HEADS, _NOT_CODES, NOT_NAME_HEADS, SCALES,
    STREET_WORDS,
)


# letters glued or hyphenated to the number: "G7", "A320", "F-16", "COVID-19"
_CODE_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z0-9]{0,5})-$|(?<![A-Za-z0-9])([A-Za-z]{1,6})$")

_QUAKE_AFTER = re.compile(r"\s+(?:magnitude\s+)?(?:earth)?(?:quakes?|temblors?|tremors?|"
                          r"aftershocks?)\b", re.I)

_NAME_NO = re.compile(r"(?:[#№]|\b(?:No|no|Nos|nos)\.\s*|\bNos?\s)$")

_NAME_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z&'’.]*[A-Za-z0-9]|[A-Za-z]) $")

_GLUED_CODE_AFTER = re.compile(r"[DX]\b")
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
    prev = t[start - 1] if start else ""
    code = _CODE_BEFORE.search(t, max(0, start - 12), start) if prev.isalpha() or prev == "-" \
        else None
    if code and (code.group(2) or code.group(1).lower() not in _NOT_CODES) and not words:
        if code.group(2) in MAGNITUDE_CODES and ("." in t[start:end] or _QUAKE_AFTER.match(t, end)):
            return False  # "an M7.1 quake": a magnitude
        return True  # "F-16", "G7", "COVID-19", "A320"; not "mid-2014", "over-50s"
    if not words and (prev in "#№" or "o" in t[max(0, start - 5):start]) and \
            _NAME_NO.search(t, max(0, start - 5), start):
        return True  # "No 10 said", "#1"
    nxt_char = t[end:end + 1]
    if not words and nxt_char in ("D", "X") and _GLUED_CODE_AFTER.match(t, end):
        return True  # "3D", "777X"
    after = _NAME_WORD_AFTER.match(t, end) if nxt_char == " " else None
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
    if quick.islower() and quick.rstrip(".") not in NAME_HEADS:
        return False
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
            nxt == "times" or (after.group(1).islower() and nxt.endswith("s") and
                               nxt not in NOT_NAME_HEADS and not nxt.endswith("ss"))):
        return False  # "played the game 6 times", "call Bob 3 times"
    if low not in NAME_HEADS and not word.isupper():
        if not words and 1000 <= value <= 2100 and "," not in t[start:end]:
            return False  # "Christmas 2019": a year, read as one
        two_back = _NAME_WORD_BEFORE.search(t, max(0, before.start(1) - 24), before.start(1))
        if two_back and two_back.group(1)[0].isupper() and after and after.group(1)[0].isupper():
            return False  # "Police Arrest 12 After Riots": a headline in title case
        if two_back and two_back.group(1)[0].isupper() and not words and _CLAUSE_END.match(t, end):
            return False  # "... and the nationalist Freedom First 5.": a party's tally
    return True
