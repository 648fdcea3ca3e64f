"""Units and rates after a number, from quantulum3's unit data (factcheck.units): "10km",
"17-minute", "120 km per hour", "$2 per share", ages, degrees, feet and inches, compounds
("2 hours 4 minutes 37 seconds", "2h 04m 37s"), and "nearly a minute"."""

from __future__ import annotations

import re
from dataclasses import replace

from ..units import CURRENCY_WORDS, SPACED_SYMBOLS, Unit
from .base import ReaderBase
from .candidates import trie_pattern
from .lexicon import (
    _AFTER_SLASH, MARKET_WORDS, NEWS_PER, NEWS_SPACED, NEWS_UNITS, _PER_NOUN_SKIP, _PER_THING,
    SCALES, _SHORT_TIME_UNITS,
)
from .numwords import _OF_A
from .qualifiers import _QUAL_BEFORE
from .record import _Num, Quantity


_PERCENT = re.compile(r"\s*(?:%|per\s?cent\b|pct\b\.?|percentage\s+points?\b|percent\b)|"
                      r"(?<=\d)pc\b|\s(?-i:pc)\b(?!\.\w)", re.I)  # "1.38pc", "2 pc"
# units news uses beyond quantulum3's data, the longest surface first (lexicon.NEWS_UNITS)
_NEWS_FIRST = frozenset(k[0] for k in NEWS_UNITS)
_NEWS_UNIT = re.compile(r"(?:\s?|-)(" + trie_pattern(NEWS_UNITS) + r")(?![\w-])")

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

# what "a", "an" and "each" price or count besides a length of time: "$90 a barrel"
_NOT_A_RATE = re.compile(r"\s+(?:earlier|ago|later|before|after|prior|since|into|"
                         # "a year on, ...", not "a year on security"
                         r"on(?=\s*(?:[,.;:!?)]|$|from\b|and\b))|"
                         r"from\s+(?:now|then|today|that|the\s+(?:date|day|start)))\b", re.I)

_ODD_PLUS = re.compile(r"-(odd|plus)\b", re.I)

_COMPOUND_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?", re.I)

# the short forms of a time unit after a larger one: "16 min 45 s", "2 h 5 m"
_SHORT_TIME = re.compile(r"\s*(s|secs?|m|mins?|h|hrs?)(?![A-Za-z])(?:\.(?=\s*\d))?")

# seconds after a glued "m": "36m 24s" is 36 minutes 24 seconds
_SHORT_SECONDS = re.compile(r"\s+(\d{1,2}(?:\.\d+)?)\s?s(?:ecs?)?(?![A-Za-z])")

# an hour written "h", read only where minutes or seconds follow: "2h 04m 37s"
_SHORT_HOUR = re.compile(r"\s?h(?![A-Za-z])")

# "a minute", "an hour" after a qualifier (see _Reader._one_unit)
_A_UNIT = re.compile(r"an?\s+(?:single\s+)?(second|minute|hour|day|week|fortnight|month|year|"
                     r"decade|century|mile|kilometre|kilometer|metre|meter|foot|yard|inch|stone|"
                     r"ton|tonne|kilo|kilogram|litre|liter|gallon|acre|hectare)\b(?!-|['’](?!s\b))")
# "jailed for a year", "delayed by an hour", "rose 11% in a decade", "topped 45k within a
# day", "dating back a century"; "a mile wide"
_A_UNIT_LEAD = re.compile(r"\b(?:for|by|lasted|lasting|took|takes|spent|in|within|inside|"
                          r"back)\s+$", re.I)
# "a week's package holiday", "a year's salary": one of a period, owned by what follows
_A_UNIT_OWNS = re.compile(r"['’]s\s+[a-z]")
_A_UNIT_SIZE = re.compile(r"\s+(?:wide|long|high|deep|tall|across)\b", re.I)

# "more than double", "nearly tripled": a multiplier in a verb or an adjective, read only after
# a qualifier (a bare "doubled", "a double room", "triple-A" are no amounts here)
_TIMES_WORD = re.compile(r"(?<![\w-])(doubl|tripl|trebl|quadrupl)(?:e|ed|es|ing)\b(?!-)")
_TIMES_VALUE = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0}

_ANGLE_WORDS = re.compile(r"\b(?:rotat\w*|turn\w*|angle\w*|tilt\w*|bank\w*|inclin\w*|slope\w*|"
                          r"heading|latitude|longitude|arc|pitch|swivel\w*|pivot\w*|"
                          r"U-turn|about-face)\b", re.I)

# words of the weather beside a lower-case "mb": millibars, not megabytes
_PRESSURE_WORDS = re.compile(r"\b(?:pressure|barometr\w*|hurricane|typhoon|cyclone|storm|"
                             r"depression|low|millibars?|hpa|isobars?|weather|forecast\w*)\b",
                             re.I)

_TEMP_WORDS = re.compile(r"\b(?:temperatures?|heat\w*|hot|cold\w*|warm\w*|cool\w*|weather|"
                         r"forecast\w*|thermometer|fever|freez\w*|boil\w*|celsius|fahrenheit|"
                         r"centigrade|mercury|climate)\b", re.I)

# words beside a glued "40C" that speak of temperature, and the other scale beside it
_TEMP_HINTS = re.compile(r"\b(?:hottest|coldest|warmest|highs?|lows?|scorch\w*|swelter\w*|"
                         r"sizzl\w*|sunn?\w*|summer|winter|overnight|daytime|nights?)\b|"
                         r"\d(?:\.\d)?\s?[CF]\b", re.I)

_INCHES = re.compile(r"(?:\s*,?\s+and)?\s+(\d{1,2}(?:\.\d+)?)\s*(?:inches|inch|in\b|\"|”)", re.I)

_BRACKETED = re.compile(r"\s?[(\[{<]\s?([A-Za-zµμ°][A-Za-z0-9µμ/²³]*)\s?[)\]}>]")

_YEARS_OLD = re.compile(r"\s?(?:yo|y/o|y\.o\.|yrs?\.? old)(?![\w])", re.I)

_AGED_BEFORE = re.compile(r"\b(?:aged?|ages|age\s+of)\s+$", re.I)


# "turn" is a unit of angle after a fraction ("a half turn") or where something turns round
_TURN = Unit("turn", "angle", 360.0)
_ROTATE_WORDS = re.compile(r"\b(?:rotat\w*|spin\w*|spun|twist\w*|revolv\w*|swivel\w*|"
                           r"pivot\w*|screw\w*|wound|wind|winds|winding|crank\w*)\b", re.I)

# an inch mark after a number: "a 55\" screen", "10 \" long", "a 6″ blade" (see _inch_mark)
_INCH_MARK = re.compile(r" ?(″|[\"”])(?=[\s.,;:!?)]|$)")

# after a glued "st" that is no ordinal ("15st", not "21st"): the pounds or a word, not a digit
_STONE_NEXT = re.compile(r"(?:\s+\d{1,2}\s?lbs?\b|\s+[a-z]|[,.;)]|$)")

class Measures(ReaderBase):
    """The reader's grammar of measures: methods mixed into the reader."""

    def _near(self, pattern: re.Pattern[str], start: int, end: int, room: int = 60) -> bool:
        """`pattern` within `room` characters before start or after end."""
        t = self.text
        return bool(pattern.search(t, max(0, start - room), start) or
                    pattern.search(t, end, end + room))

    def _one_unit(self, out: list[Quantity], low: str) -> list[Quantity]:
        """"nearly a minute", "more than an hour": one of the unit, where a qualifier says an
        amount is meant ("in a minute", "once a year" are no amounts)."""
        t = self.text
        extra = []
        for m in _A_UNIT.finditer(low):  # lower-cased text; no \b before "a": tested below
            if m.start() and (t[m.start() - 1].isalnum() or t[m.start() - 1] == "_"):
                continue
            if m.group(1) in ("second", "minute") and m.end() - m.start() < 10 and \
                    low[max(0, m.start() - 3):m.start()] == "in ":
                continue  # "back in a minute": soon, no amount ("in a single minute" is one)
            if any(q.start < m.end() and m.start() < q.end for q in out):
                continue
            unit = self.units.surfaces.get(m.group(1))
            if unit is None or not (
                    _QUAL_BEFORE.search(t, max(0, m.start() - 48), m.start()) or
                    (unit.kind == "duration" and (
                        _A_UNIT_LEAD.search(t, max(0, m.start() - 12), m.start()) or
                        _A_UNIT_OWNS.match(t, m.end()))) or
                    _A_UNIT_SIZE.match(t, m.end())):
                continue
            q = self._finish(t, m.start(), m.end(), 1.0, 1.0, unit.name, unit.kind, 1.0, "",
                             _Num(m.start(), m.end(), 1.0, words=True))
            extra.append(q)
        return sorted(out + extra, key=lambda q: q.start) if extra else out

    def _multiplied(self, out: list[Quantity], low: str) -> list[Quantity]:
        """"more than double", "nearly tripled": a multiple, where a qualifier says so."""
        t = self.text
        extra = []
        for m in _TIMES_WORD.finditer(low):
            if not _QUAL_BEFORE.search(t, max(0, m.start() - 48), m.start()):
                continue
            if any(q.start < m.end() and m.start() < q.end for q in out):
                continue
            v = _TIMES_VALUE[m.group(1)]
            q = self._finish(t, m.start(), m.end(), v, v, "times", "multiple", v, "",
                             _Num(m.start(), m.end(), v, words=True))
            extra.append(q)
        return sorted(out + extra, key=lambda q: q.start) if extra else out

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
                not self._near(_TEMP_HINTS, qstart, end) and \
                not (num.decimals == 1 and not t[end:end + 1].isalnum()) and \
                not self._near(re.compile(r"\bdegrees?\b|°", re.I), qstart, end):
            # "30C" is a temperature where weather is spoken of, "41.3C" with its tenth, and
            # "40C (104F)"; "Boeing 777F", "13F filing" are names
            kind, uname, end = "count", "", num.end
        if unit is not None and unit.name == "foot" and not currency:
            inch = _INCHES.match(t, end)
            if inch:  # "5 feet 2 inches", "6 ft 1 in"
                num.value += float(inch.group(1)) / 12
                num.decimals = max(num.decimals, 2)
                end = inch.end()
        if uname == "metre" and t[num.end:end].strip() == "m" and not per and num.scale == 1:
            sec = _SHORT_SECONDS.match(t, end)
            if sec:  # "36m 24s": minutes and seconds, not metres
                num.value += float(sec.group(1)) / 60
                num.decimals = max(num.decimals, 3)
                return "duration", "minute", sec.end()
        if kind == "count" and not currency and not per and num.scale == 1 and not num.words:
            h = _SHORT_HOUR.match(t, end)
            if h:  # "2h 04m 37s", "2 h 5 m": hours where minutes or seconds follow
                hour = self.units.by_name["hour"]
                more = self._compound(h.end(), hour)
                if more is not None:
                    num.value += more[0]
                    num.decimals = max(num.decimals, 3)
                    return "duration", hour.name, more[1]
        if unit is not None and not currency and not per and unit.factor and \
                unit.kind in ("duration", "length", "mass") and num.scale == 1 and \
                kind == unit.kind and unit.name != "stone":  # "15st 9lb": stone, then pounds
            more = self._compound(end, unit)
            if more is not None:  # "2 hours 1 minute", "three years and six months"
                num.value += more[0]
                num.decimals = max(num.decimals, 3)
                end = more[1]
        return kind, uname, end

    def _compound(self, end: int, unit: Unit) -> tuple[float, int] | None:
        """Smaller units of the same kind right after, each smaller than the one before: "2
        hours 1 minute", "1 m 80 cm", "two hours, four minutes and 37 seconds", "2h 04m 37s"
        -> (the amount in `unit`, where it ends)."""
        if not unit.factor:
            return None
        total = 0.0
        got = None
        big = unit
        while True:
            part = self._compound_part(end, big)
            if part is None:
                break
            big, base, end = part
            total += base / unit.factor
            got = (total, end)
        return got

    def _compound_part(self, end: int, unit: Unit) -> tuple[Unit, float, int] | None:
        """One smaller unit of the same kind right after `end`: (its unit, its amount in the
        kind's base unit, where it ends)."""
        t = self.text
        c = _COMPOUND_JOIN.match(t, end)
        if c is None or c.end() >= len(t) or not (t[c.end()].isdigit() or t[c.end()].isalpha()):
            return None
        part = self.number(c.end())
        if part is None or part.vague or part.scale != 1 or part.ordinal:
            return None
        got = self.unit_after(part.end, False, part)
        if unit.kind == "duration" and (got is None or got[0] is None or
                                        got[0].kind != "duration"):
            short = _SHORT_TIME.match(t, part.end)
            if short:  # after a time, "m" is minutes: "2h 04m 37s", "16 min 45 s"
                got = (self.units.by_name[_SHORT_TIME_UNITS[short.group(1)]], short.end(), "")
        if got is None or got[0] is None:
            return None
        small = got[0]
        if small.kind != unit.kind or not small.factor or not unit.factor or \
                small.factor >= unit.factor or small.offset or unit.offset:
            return None
        if part.value * small.factor >= unit.factor:
            return None  # "2 hours 90 minutes": two amounts, not one
        return small, part.value * small.factor, got[1]

    def _inch_mark(self, end: int) -> int:
        """Where an inch mark after the number ends, or 0: a double prime, or a straight or
        closing quote that closes no quotation ("he said \"we lost 10\"" is a quote)."""
        t = self.text
        m = _INCH_MARK.match(t, end)
        if m is None:
            return 0
        mark = m.group(1)
        if mark == '"' and t.count('"', 0, end) % 2:
            return 0
        if mark == "”" and t.count("“", 0, end) > t.count("”", 0, end):
            return 0
        return m.end()

    def _per(self, end: int, kind: str, uname: str, num: _Num
             ) -> tuple[str, str, str, int] | None:
        """A rate after the quantity: (kind, unit, per, end). "120 km per hour" is a speed
        (a unit of its own); "$15.4/hour" is USD per "hour", "3,000 people a day" a count
        per "day", "10 l/km" litres per "kilometre"."""
        t = self.text
        if uname == "barrel" and t[max(0, end - 3):end] in NEWS_PER:
            return kind, uname, NEWS_PER[t[end - 3:end]], end  # "120,000 bpd"
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

    def unit_after(self, end: int, money: bool, num: _Num) -> tuple[Unit | None, int, str] | None:
        """The unit after a number: (unit, end, currency code) or None."""
        t = self.text
        units = self.units
        c = t[end:end + 1]
        if c in (" ", "-"):
            c = t[end + 1:end + 2]
        if c in "\"”″" and c and not num.words and not money:
            mark = self._inch_mark(end)
            if mark:
                return units.by_name["inch"], mark, ""
        news = _NEWS_UNIT.match(t, end) if c in _NEWS_FIRST else None
        if news and not (num.words and news.group(1).startswith("bit")):
            # "60 basis points", "60bp", "101 m.p.h.", "650 lb-ft", "10-fold", "64-bit"
            name, kind, factor = NEWS_UNITS[news.group(1)]
            if news.group(1) == "mb" and self._near(_PRESSURE_WORDS, num.start, news.end(), 80):
                name, kind, factor = "millibar", "pressure", 100.0  # "a 950 mb low"
            return units.by_name.get(name) or Unit(name, kind, factor), news.end(), ""
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
            if sym == "st" and not num.words and not num.decimals and \
                    _STONE_NEXT.match(t, a.end()):
                return units.surfaces["stone"], a.end(), ""  # "15st 9lb", "a 20st man"
            if sym == "p" and not money and num.value < 200 and not num.words:
                return None, end + 1, "GBP_PENNY"  # "7p a litre"; not "1080p"
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
            if sym in ("kr", "Kr") and not num.words:
                return None, end + 2, self.krone(end)  # "45kr"
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
        if words[0].lower() in ("turn", "turns") and not money and (
                (num.words and num.value < 1) or num.fraction or
                _ROTATE_WORDS.search(t, max(0, num.start - 40), num.start)):
            return _TURN, m.end(1), ""  # "a half turn", "rotate 3 turns"
        if "/" in words[0] and words[0] not in units.symbols:
            head = words[0].split("/")[0]  # "10 l/km", "5 mg/L": the unit, then a rate
            if head in units.symbols and (head in SPACED_SYMBOLS or head == "l"):
                return units.symbols[head], m.start(1) + len(head), ""
            if head.lower() in units.surfaces:  # "50 centimetres/millisecond"
                return units.surfaces[head.lower()], m.start(1) + len(head), ""
            return None
        if words[0] in ("kr", "Kr") and not num.words:
            return None, m.end(1), self.krone(end)  # "200 kr": a krone or a krona
        # currency words, longest first: "US dollars", "Canadian dollars", "euros"
        for k in range(min(3, len(words)), 0, -1):
            phrase = " ".join(words[:k]).lower()
            if phrase in MARKET_WORDS:
                return None, m.end(k), MARKET_WORDS[phrase]  # "200 Danish crowns"
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
            if phrase in units.symbols and (phrase in SPACED_SYMBOLS or phrase in NEWS_SPACED) \
                    and not re.match(r"-?\d", t[m.end(k):m.end(k) + 2]):  # "L-202" is a name
                if phrase == "m" and (money or num.scale != 1):
                    continue  # "$5 m": million, read by scale()
                return units.symbols[phrase], m.end(k), ""
        return None


# two numbers joined by "or" (a hyphen on the first): "7- or 8-inch", "eight or nine euros"
_SHARED_JOIN = re.compile(r"-?\s+or\s+$|-\s+to\s+$")
_SUBUNIT_WORDS = re.compile(r"\b(?:cents?|pence|penny|satoshis?)\b|\dp\b", re.I)


def share_units(t: str, qs: list[Quantity]) -> list[Quantity]:
    """A bare number before "or" takes the unit of the number after it: "7- or 8-inch" is 7
    inches, "eight or nine euros" 8 euros (not "3 or 4 cents": those are read in dollars);
    "2- to 3-inch" is one range of inches."""
    out = qs
    merged = False
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind == "count" and not a.unit and a.qualifier in ("", "precision") and \
                b.kind not in ("count", "year", "name", "score", "date", "time", "ordinal") and \
                _SHARED_JOIN.fullmatch(t, a.end, b.start) and not _SUBUNIT_WORDS.search(b.text):
            if out is qs:
                out = list(qs)
            if "to" in t[a.end:b.start] and a.low is not None and b.low is not None and \
                    b.high is not None and b.qualifier == "" and a.low <= b.low:
                # "2- to 3-inch hail": one range in the unit of the second
                out[i] = Quantity(t[a.start:b.end], a.start, b.end, a.low, b.high, b.unit,
                                  b.kind, a.value, "range", b.per)
                out[i + 1] = out[i]
                merged = True
            else:
                out[i] = replace(a, kind=b.kind, unit=b.unit, per=b.per)
    if merged:
        return [q for i, q in enumerate(out) if i == 0 or q is not out[i - 1]]
    return out
