"""Dates and times, never counts: ordinals ("21st"), times of day ("6 a.m."), elapsed times
("2:01:09"), days of a month ("June 10") and calendar years ("in 2003", "the 1990s")."""

from __future__ import annotations

import re

from .base import ReaderBase
from .lexicon import _COUNT_NOUNS, _MONTH_AFTER, _MONTH_BEFORE, MONTHS
from .qualifiers import _qualifier_before
from .record import _Num, Quantity


_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.I)

_HOUR_MINUTE = re.compile(r"[012]?\d[.:][0-5]\d")
_TRAIN_AFTER = re.compile(r"\s+(?:service\s+)?(?:from|to)\s+[A-Z]")

_TIME_AFTER = re.compile(
    r"(?::[0-5]\d(?::[0-5]\d)?)?\s*(?:[ap]\.\s?m\.?|[ap]m\b|o'clock\b|hrs?\s+(?:GMT|UTC|ET|EST|EDT)\b)|"
    r":[0-5]\d(?::[0-5]\d)?(?!\d)",
    re.I,
)

_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|before|after|during|from|of|circa|early|late|mid|"
    r"spring|summer|autumn|fall|winter|the|to|through|between|and|year|fiscal|FY|ca\.|c\.|"
    + MONTHS + r"\.?)\s*[,-]?\s*|\bmid-|\b\d{1,2},\s*|')$",
    re.I,
)

_ELAPSED = re.compile(r":([0-5]\d):([0-5]\d(?:\.\d+)?)(?![\d:])")

# minutes, seconds and a fraction of a second: "a lap of 1:27.097", "won in 3:52.61"; no clock
# writes a decimal second
_LAP = re.compile(r":([0-5]\d\.\d{1,3})(?![\d:]|\.\d)")

_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|from|since|before|after)\s+$", re.I)

_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|GMT|UTC|[A-Z]{2,4}T\b|local\b|o'clock)", re.I)

# "the 16:45-long audio": minutes and seconds, not a time of day
_MIN_SEC_LONG = re.compile(r":([0-5]\d)(?=-long\b|\s+long\b)")


# a decade band: "in her 40s", "the mid-70s", "the early '60s" (the band word, then the tens)
_BAND_AFTER = re.compile(r"'?s\b")
_BAND_BEFORE = re.compile(r"\b(?:(?P<own>his|her|their|my|your|our|its)|(?P<the>the))\s+"
                          r"(?:(?P<band>early|mid|late|low|lower|high|upper)[\s-])?'?$", re.I)
# where a band is a person's age or a temperature, or else a decade of the calendar
_BAND_TEMP = re.compile(r"\b(?:highs?|lows?|temperatures?|temps?|degrees|thermometers?|mercury|"
                        r"warm\w*|cool\w*|cold\w*|hot|heat\w*|freez\w*|chilly|mild|balmy|"
                        r"forecast\w*|weather|celsius|fahrenheit)\b", re.I)
# where in the ten years each band word puts it: (low, high) added to the tens
_BANDS = {"": (0, 9), "early": (0, 3), "low": (0, 3), "lower": (0, 3), "mid": (3, 7),
          "late": (6, 9), "high": (6, 9), "upper": (6, 9)}


# a time of day in words: "twenty to seven", "half past six", "a quarter past ten"; a
# "to" form only after a word of time ("at ten to six"; "five to ten people" is a range)
AT_CLOCK = re.compile(r"\b(?:at|by|until|till|before|after)\s+(?:around\s+|about\s+)?(?:a\s+)?$")
CLOCK_WORDS = frozenset({"five", "ten", "twenty", "twenty-five", "quarter", "half"})
WORD_CLOCK = re.compile(r"(?:five|ten|twenty(?:-five)?|quarter|half)\s+(?:to|past)\s+"
                        r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                        r"(?![\s-]+(?:per\s?cent|percent|%|million|billion|thousand|times))")


class Calendar(ReaderBase):
    """The reader's grammar of dates: methods mixed into the reader."""

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
            if o and o.group().lower() == "st" and (num.value % 10 != 1 or num.value % 100 == 11):
                o = None  # "15st 9lb": stone, "21st" the ordinal
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
        if not num.words and num.scale == 1 and not num.decimals and num.value < 100:
            lap = _LAP.match(t, end)
            if lap and not _CLOCK_BEFORE.search(t, max(0, qstart - 8), qstart) and \
                    not _CLOCK_AFTER.match(t, lap.end()):
                minutes = num.value + float(lap.group(1)) / 60
                return Quantity(t[qstart:lap.end()], qstart, lap.end(), minutes, minutes,
                                "minute", "duration", minutes)
        # a train named by its departure: "the 7.42 from Reading", "the 18:05 to Leeds"
        if not num.words and num.scale == 1 and num.decimals == 2 and num.value < 24 and \
                t[max(0, qstart - 4):qstart].lower() == "the " and _TRAIN_AFTER.match(t, end) and \
                _HOUR_MINUTE.fullmatch(t, num.start, end):
            return Quantity(t[qstart:end], qstart, end, num.value, num.value, "", "time",
                            num.value)
        # time of day
        if not num.words and num.scale == 1 and num.value <= 24:
            tm = _TIME_AFTER.match(t, end)
            if tm:
                return Quantity(t[qstart:tm.end()], qstart, tm.end(), num.value, num.value, "",
                                "time", num.value)
        return None

    def _band(self, num: _Num, qstart: int) -> Quantity | None:
        """A band of ten: an age ("in her 40s", "his early 60s": years of age), a temperature
        ("highs in the 60s", "the mid-70s") or a decade of the calendar ("music of the 60s",
        read as the 1960s), or None."""
        t = self.text
        end = num.end
        v = num.value
        if num.words or num.scale != 1 or num.decimals or not 10 <= v <= 90 or v % 10:
            return None
        after = _BAND_AFTER.match(t, end)
        if after is None:
            return None
        before = _BAND_BEFORE.search(t, max(0, qstart - 20), qstart)
        if before is None:
            return None
        band = (before.group("band") or "").lower()
        lo, hi = _BANDS[band]
        start = before.start("band") if band else qstart
        end = after.end()
        if before.group("own"):
            kind, unit = "duration", "year"  # "in her 40s": an age
        elif self._near_band_temperature(qstart, end):
            kind, unit = "temperature", "degree"
        elif v >= 30 and not band or band in ("early", "mid", "late"):
            if v < 30:
                return None  # "the early 20s": 1920s or 2020s, no telling
            v += 1900  # "the 60s", "the late '70s": a decade of the calendar
            kind, unit = "year", ""
        else:
            return None
        qual = "about" if band == "mid" else "range"
        value = v + 5 if band == "mid" else v
        return Quantity(t[start:end], start, end, v + lo, v + hi, unit, kind, value, qual)

    def _near_band_temperature(self, start: int, end: int) -> bool:
        t = self.text
        return bool(_BAND_TEMP.search(t, max(0, start - 60), start) or
                    _BAND_TEMP.search(t, end, end + 40))

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
