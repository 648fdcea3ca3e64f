"""(fact, sentence, quantities) -> the mention of that fact in that sentence, if any.

A mention is a sentence that holds a keyword, meets `context` and `exclude`, and holds a
number that can be the fact's number: of the fact's kind and unit family, the nearest such
number to a keyword. A number is ruled out when the words around it say it is another one:
it plainly counts another noun ("three trucks", "a city of 2 million", "56 wounded" for a count
of areas), it picks a few out of a group ("one of the hostages", "670 of them"), it is the base
of a fraction ("a third of Mosul's 1.5 million"), another figure ("up from 12", "another 20",
"an earlier toll of 18"), a point in time for a length ("3 days ago"), or it touches another
fact's keyword. Judging it is verdict.py's work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast
from dataclasses import dataclass, replace

from .quantities import CHANGE_BEFORE, Quantity, is_points, is_share, read_quantities
from .quantities.lexicon import ONES, TENS
from .roles import (HAD_FORECAST, Annotation, annotate, clauses, cues, earlier_cue, forecast_cue, is_year_text,
                    row_year, years_of)
from .rules import Fact, Term, singular
from .units import lookup
from .verdict import in_fact_unit, meets

# words that end the noun phrase after a number: it then counts nothing named
_STOP = frozenset("""
and or but nor of in on at to from with by for as into onto over under after before since
during about against between among through than that which who whom whose where when while
was were is are be been being has have had do does did will would shall should can could may
might must said says say told tell reported according including include includes included
who're this these those there here it its their his her our your my them they he she we you
i me us per each every a an the not no also only just more less most least some all both
either neither than then so if because although though yet still again even ago earlier later
now today yesterday tonight currently previously already
died fled
""".split())
# verbs of what the counted did, which no -ed ending shows ("112 people died")
_SHORT_PAST = frozenset("died fled fell rose lost won left came went quit shed".split())
_NOUN_WORD = re.compile(r"\s*([A-Za-z][\w.'’-]*)")
_TOLL_BEFORE = re.compile(r"\b(?:death\s+)?tolls?\b[^.;]*$", re.I)  # "the toll ... rose to 2,500"
_PEOPLE_NOUNS = frozenset("""
people persons civilians residents soldiers troops children women men victims refugees
""".split())
# words for people in general, taken by a fact whose `nouns` say "people" (not a part of
# them: "three children" among the hostages are not their number)
# the parts a country, a market or a company is divided into: what a count of them counts
_DIVISIONS = re.compile(r"(?:areas|regions|provinces|districts|counties|states|countries|markets|"
                        r"segments|divisions|constituencies|wards|municipalities|boroughs|"
                        r"councils|forces|territories|cities|towns|villages|branches|sites)")
_HUMANS = frozenset("""
people persons person individuals individual residents inhabitants citizens nationals
villagers locals
""".split())
_PEOPLE_PARTICIPLES = frozenset("""
wounded injured dead killed missing displaced arrested detained hurt captured kidnapped
abducted executed rescued evacuated slain
""".split())
# "56 were hurt", "25 have been killed": people, though no noun follows the number
_PEOPLE_PASSIVE = re.compile(r"\s+(?:were|was|are|is|have\s+been|had\s+been|has\s+been|"
                             r"being|got)\s+(?:\w+ly\s+)?(" + "|".join(sorted(
                                 _PEOPLE_PARTICIPLES)) + r")\b", re.I)
# "one in four doctors", "1 in 3 of Mosul's residents": a ratio, neither number a count
_IN_RATIO = re.compile(r"\s+in\s+(?:every\s+)?", re.I)
_PEOPLE_VERB_BEFORE = re.compile(
    r"\b(?:kill|wound|injur|kidnapp?|abduct|execut|arrest|detain|rescu|evacuat|displac|hurt)"
    r"(?:ed|ing|e|es|s)?\s+$", re.I)
def _claim_time_ref(fact: Fact, text: str, q: Quantity) -> bool:
    """The fact's claim gives its length the way the text does: "came out 52 hours after the
    collapse" takes "52 hours after a rockfall" (a length between two events)."""
    m = _TIME_REF_AFTER.match(text, q.end)
    word = m.group().split()[0].lower() if m else ""
    return word in ("after", "later", "before") and \
        _CLAIM_OFFSET.search(fact.claim) is not None  # "waited 42 days before telling"


# a claim that gives a length between two events, either way round
_CLAIM_OFFSET = re.compile(r"\b(?:hours?|days?|minutes?|weeks?|months?|years?|seconds?)\s+"
                           r"(?:after|later|before)\b", re.I)


_LENGTH_VERB = re.compile(r"(?:ed|took|spent|kept|sat|went|held|lay)$", re.I)  # "waited 42 days"
_LENGTH_VERB_GAP = re.compile(r"\s+(?:for\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?")
_TIME_REF_AFTER = re.compile(r"\s+(?:ago|earlier|later|before|after|into|prior|from\s+now)\b",
                             re.I)
# a figure that is not the one the sentence reports: a previous or other figure, an addition
# a margin, not a level: "broke the record by 30 seconds", "won by 5 votes" (not "led by" or
# "beaten by": those name who did it, "led by 500 fighters")
_MARGIN_BEFORE = re.compile(
    r"\b(?:broke|broken|beat|bettered|won|lost|missed|trailed|trailing|edged)\b"
    r"[^.;:,]{0,40}\bby\s+(?:just\s+|only\s+|nearly\s+|almost\s+|some\s+|about\s+)?$", re.I)
_OTHER_FIGURE = re.compile(
    r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\banother|"
    r"\ba\s+further|\ban\s+additional|\b(?:an?\s+)?(?:earlier|previous|initial)\s+"
    r"(?:death\s+)?(?:toll|figure|estimate|count|tally)\s+(?:of|was|at)|"
    r"\bbringing\s+(?:this|the|its)\s+(?:week|month|year)['’]s\s+(?:\w+\s+)?(?:toll|total|tally)"
    r"\s+to)\s+$|"
    # "officials had earlier estimated that 300,000 ...": a figure since replaced
    r"\b(?:earlier|previously|initially|originally|at\s+first|first)\s+(?:had\s+)?(?:estimated|said|"
    r"put|reported|counted|gave|feared|believed|thought|claimed)\b[^.;:\d]{0,50}$",
    re.I)
_CHANGE_FROM_BEFORE = re.compile(CHANGE_BEFORE.pattern.replace(r"\s+(?:by\s+)?$",
                                                               r"\s+from\s+$"), re.I)
_OFFSET_BEFORE = re.compile(
    r"\b[\w-]+\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:after|before|since|following)\s+"
    r"(?:the\s+)?(?:[\w.-]+\s+){0,2}$", re.I)
_TO_LEVEL = re.compile(r"\s*,?\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+)?(?=[\d$€£¥])",
                       re.I)
_PLACE_OF = re.compile(r"\b(city|town|village|country|nation|province|region|state|district|"
                       r"capital|metropolis|population)\s+of\s+$", re.I)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|those|these|them|us|its|their|his|her|our)\b", re.I)
_THERE_ARE = re.compile(r"\bthere\s+(?:are|were|is|was|have\s+been|are\s+now)\s+(?:about\s+|around\s+|"
                        r"some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)
_PARTITIVE_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these|us|whom|which)\b", re.I)
# the base of a fraction: "a third of Mosul's 1.5 million residents", "half of the 48"
_FRACTION_OF = re.compile(
    r"\b(?:half|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|\d+(?:\.\d+)?\s*"
    r"(?:%|per\s?cent|percent))\s+of\s+(?:(?:the|its|their|this|that)\s+)?(?:\w+['’]s\s+)?$",
    re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_LABEL_DASH = re.compile(r"[ \t]*[—–:][ \t]*(?=[A-Za-z])")
_PUNCT_STOP = re.compile(r"\s*[,.;:!?()\[\]{}\"“”—–]|\s*-\s")


_STOP_BETWEEN = re.compile(r"[;.!?]")


class Nearby:
    """The keywords of all the facts a sentence may mention, by where they start and end, to
    find the ones a number touches ("56 wounded", "killed 25") in constant time."""

    def __init__(self, spans: Sequence[tuple[int, Sequence[tuple[int, int]]]],
                 facts: Sequence[Fact] = (), text: str = "") -> None:
        """`facts`: the ruleset's facts by index; given, a number touches only the keywords
        of facts that could take it ("earned $1.78 a share" is no figure of an 'earned'
        fact on profit). `text`: given, a keyword across a stop ("132 held; 118 freed")
        touches nothing."""
        self.spans = spans
        self.facts = facts
        self.text = text
        self.starts: dict[int, list[tuple[int, int, int]]] = {}
        self.ends: dict[int, list[tuple[int, int, int]]] = {}
        self.built = False
        self.near: dict[tuple[int, int], list[tuple[int, int, int]]] = {}

    def touching(self, q: Quantity, me: int, role: str = "current") -> list[tuple[int, int]]:
        """Keyword spans of other facts within two characters after or before q (of facts
        that could take q, in its `role`, when the facts are known)."""
        got = self.near.get(q.span)
        if got is None:
            if not self.built:  # built at the first number asked about, once per sentence
                for j, kws in self.spans:
                    for a, b in kws:
                        self.starts.setdefault(a, []).append((a, b, j))
                        self.ends.setdefault(b, []).append((a, b, j))
                self.built = True
            got = []
            for p in range(q.end, q.end + 3):
                got.extend(self.starts.get(p, ()))
            for p in range(q.start - 2, q.start + 1):
                got.extend(self.ends.get(p, ()))
            if got and self.text:
                got = [(a, b, j) for a, b, j in got
                       if not _STOP_BETWEEN.search(self.text, min(q.end, b), max(q.start, a))]
            self.near[q.span] = got
        if not got:
            return []
        if self.facts:
            return [(a, b) for a, b, j in got if j != me and compatible(self.facts[j], q) and
                    role in takes_of(self.facts[j]) and
                    not (q.kind == "percent" and role == "current" and
                         _moved_by(self.facts[j], self.text, q, 0))]
        return [(a, b) for a, b, j in got if j != me]


# a noun, then "of", right before a number: the noun says what it counts ("a crowd of 29,000")
_HEAD_OF_BEFORE = re.compile(r"\b(?!(?:all|some|most|each|one|none|part|out|many|several|lot|"
                             r"number|total|rest)\b)[a-z]{3,}\s+of\s+(?:about\s+|some\s+|"
                             r"nearly\s+|almost\s+|around\s+|more\s+than\s+|over\s+)?$")


class Numbers:
    """A sentence's numbers with the checks that do not depend on the fact, made once for
    all the facts the sentence may mention."""

    __slots__ = ("items", "start", "end", "any_fact", "count_fact", "duration_fact", "change_to",
                 "_people", "notes", "lead", "lead_noun", "heads", "keyword_starts",
                 "table_noun", "settings", "stems", "cue", "before", "names", "label",
                 "label_nouns", "story_year")

    def __init__(self, text: str, quantities: list[Quantity], start: int = 0,
                 end: int | None = None, lead: str = "",
                 cells: tuple[list[tuple[int, int]], list[str]] | None = None,
                 story_year: int | None = None, item: str = "",
                 label_span: tuple[int, int] | None = None, heading: str = "",
                 name_heads: frozenset[str] = frozenset(), caption: str = "") -> None:
        """`start`, `end`: the sentence; no look back crosses its start. `lead`: the lead-in
        line or heading of the list the sentence is an item of. `cells`: for a table row,
        its cells' spans and the header over each. `label_span`: the span of the label the
        sentence opens on ("Deaths: 212"). `heading`: a heading over the sentence's list or
        table that dates it ("The 2017 outbreak, for comparison"). `name_heads`: the heads
        of names kept (`Ruleset.name_heads`), for the facts whose claims spell them.
        `caption`: for a table row, the heading or caption over the table ("Results (€
        million)"): a unit it gives in brackets is its bare cells' unit."""
        quantities = [_with_others(text, _per_noun(text, q)) for q in quantities
                      if q.kind != "name" or (name_heads and _name_head(text, q) in name_heads)]
        self.items = quantities
        self.start = lo = start
        self.end = len(text) if end is None else end
        self.lead = lead
        self.story_year = story_year
        self.lead_noun = _lead_noun(lead) if lead else ()
        self.label = label_span
        self.label_nouns = label_nouns(text[label_span[0]:label_span[1]]) if label_span else ()
        if self.label_nouns:  # "Days of action called 12": 12 days
            for k, q in enumerate(quantities):
                if label_span is not None and q.start >= label_span[1] and \
                        not noun_phrase(text, q.end, self.end):
                    quantities[k] = _in_label_unit(q, self.label_nouns[0])
        self.settings: frozenset[str] = frozenset()  # Ruleset.settings, set by the engine
        self.names: frozenset[str] = frozenset()  # Ruleset.names, set by the engine
        self.stems: dict[str, frozenset[int]] = {}  # Ruleset.stems, set by the engine
        # the text of the paragraph before the sentence, set by the engine ("" if none)
        self.before = ""
        self.heads = [""] * len(quantities)
        # where the keywords of the sentence's facts start: position -> fact indices
        self.keyword_starts: dict[int, set[int]] = {}
        if cells is not None:
            for k, q in enumerate(quantities):
                for (x, y), h in zip(*cells):
                    if x <= q.start < y:
                        self.heads[k] = h
                        quantities[k] = _in_head_unit(q, h)  # "| High (°C) |": 41.3 °C
            if cells[0]:  # "| GDP growth (%) | 1.1 | 1.4 |": the row's label gives the unit
                x, y = cells[0][0]
                for k, q in enumerate(quantities):
                    if not x <= q.start < y:
                        quantities[k] = _in_head_unit(q, text[x:y].strip("* \t"))
        m = _CAPTION_UNIT.search(caption) if cells is not None and caption else None
        if m is not None:  # "## Results (€ million)" over "| Net profit | 412 | 298 |"
            x, y = cells[0][0] if cells and cells[0] else (-1, -1)
            for k, q in enumerate(quantities):
                if not x <= q.start < y:  # not the row's label
                    quantities[k] = _in_label_unit(q, (m.group(1) or m.group(2)).strip())
        # "| Province | Seats | Alliance | Renewal |": the cells under a name count seats too
        self.table_noun = next((n for n in (_lead_noun(h) for h in self.heads if h) if n), ())
        if cells is not None and cells[0]:
            x, y = cells[0][0]  # "| Households | 3.25 million | 3.05 million |": households
            first = text[x:y].strip("* \t")
            if first and not any(c.isdigit() for c in first):
                # the row says what its cells count
                self.table_noun = _lead_noun(first) or self.table_noun
        label = ""
        if cells is not None and cells[0] and cells[1] and \
                any(w in _BREAKDOWN_HEADS for w in cells[1][0].lower().strip("* ").split()):
            x, y = cells[0][0]
            label = text[x:y].strip("* \t") or "-"  # a row of a table by region, year, ...
        elif cells is not None and len(cells[0]) > 1 and len(cells[1]) > 1 and \
                cells[1][0].lower().strip("*. ") in _RANK_HEADS:
            x, y = cells[0][1]  # "| # | Film | ... |": a chart, each row the named one's
            named = text[x:y].strip("* \t")
            if named and not any(c.isdigit() for c in named[:1]):
                label = named
        elif cells is not None and cells[0] and \
                row_year(text[cells[0][0][0]:cells[0][0][1]]) is not None:
            x, y = cells[0][0]  # "| 2025 | 46.1 |": a row keyed by its year
            label = text[x:y].strip("* \t")
        elif item:
            label = item  # "- Halden: Alliance 61%": that place's figures
        self.cue = cue = cues(text, lo, self.end)  # the words the costly patterns need, once
        # "| Forecast | 2026 | 2027 |": a table whose corner says forecast holds forecasts
        corner = cells[1][0] if cells is not None and cells[1] and not lead else ""
        self.notes = annotate(text, start, self.end, quantities,
                              corner if corner and forecast_cue(corner) else lead, self.heads,
                              label, story_year, cue, label_span, heading)
        # "up from 12", "another 20", "rose from 1.1 million ...": never the fact's figure
        other, frm, by = "other_figure" in cue, "from" in cue, "by" in cue
        self.any_fact = [not ((other and _OTHER_FIGURE.search(text, max(lo, q.start - 50),
                                                               q.start)) or
                              (frm and _CHANGE_FROM_BEFORE.search(text, max(lo, q.start - 40),
                                                                  q.start)) or
                              (by and _MARGIN_BEFORE.search(text, max(lo, q.start - 60), q.start)))
                         for q in quantities]
        # "one of the hostages", "a third of Mosul's 1.5 million residents"
        fraction = "of" in cue and "fraction" in cue
        self.count_fact = [not (_partitive(text, q) or
                                (fraction and
                                 _FRACTION_OF.search(text, max(lo, q.start - 40), q.start)))
                           for q in quantities]
        for k in range(len(quantities) - 1):
            a, b = quantities[k], quantities[k + 1]
            m = _IN_RATIO.match(text, a.end)
            if m is not None and m.end() == b.start and a.kind == b.kind == "count" and \
                    0 < a.value < b.value and b.kind != "year":
                # "one in four doctors", "1 in 3 of Mosul's 1.6 million residents"
                self.count_fact[k] = self.count_fact[k + 1] = False
                if _OF_AFTER.match(text, b.end) and k + 2 < len(quantities):
                    self.count_fact[k + 2] = False
            elif m is not None and m.end() == b.start and b.kind == "count" and \
                    a.kind not in ("count", "year") and a.value is not None and \
                    0 < a.value <= 10 and a.value < b.value and not b.text[:1].isdigit():
                self.any_fact[k] = self.count_fact[k + 1] = False  # "one barrel in eight"
                if k > 0 and quantities[k - 1].unit == a.unit:
                    self.any_fact[k - 1] = False  # "carrying 640,000 barrels, so one barrel
                    # in eight escaped": the whole the share is of
        # "3 days ago", "17 minutes into the audio": a point in time
        self.duration_fact = [_TIME_REF_AFTER.match(text, q.end) is None for q in quantities]
        self.change_to = [k + 1 < len(quantities) and
                          _is_change_to(text, q, quantities[k + 1], lo)
                          for k, q in enumerate(quantities)]
        self._people: dict[int, bool] = {}

    def keyword_of_other(self, pos: int, me: int) -> bool:
        """A keyword of another fact of the sentence (not fact `me`) starts at pos."""
        return any(j != me for j in self.keyword_starts.get(pos, ()))

    def implied_noun(self, k: int, text: str) -> tuple[str, ...]:
        """For a bare count ("with 51 seats to 52", "lost 13 of its 52 seats ... with 39"):
        the noun of the count before it in the sentence; none where a noun names it before
        ("a sell-out crowd of 29,000")."""
        if _HEAD_OF_BEFORE.search(text, max(self.start, self.items[k].start - 30),
                                  self.items[k].start):
            return ()
        for j in range(k - 1, -1, -1):
            p = self.items[j]
            if p.kind != "count":
                continue
            words = noun_phrase(text, p.end, self.end, 1)
            if words:
                w = words[0].lower().rstrip(".,;:")
                # a plural noun after a whole number: "51 seats to 52"
                if p.low == p.high and p.low is not None and p.low == int(p.low) and \
                        w.endswith("s") and not w.endswith("ss"):
                    return (w,)
                return ()
        return ()

    def counts_people(self, k: int, text: str, end: int) -> bool:
        got = self._people.get(k)
        if got is None:
            got = self._people[k] = _counts_people(text, self.items[k], end, self.start)
        return got


@dataclass(frozen=True, slots=True)
class Candidate:
    quantity: Quantity
    distance: int


_T = TypeVar("_T")
_OF_FACT: dict[tuple[str, int], tuple[Fact, Any]] = {}


def _of_fact(what: str, fact: Fact, make: Callable[[], _T]) -> _T:
    """`make()` for this fact, computed once per fact object (the cache holds the fact, so
    an id is never read for another)."""
    got = _OF_FACT.get((what, id(fact)))
    if got is None or got[0] is not fact:
        if len(_OF_FACT) > 100_000:
            _OF_FACT.clear()
        got = _OF_FACT[(what, id(fact))] = (fact, make())
    return cast(_T, got[1])


def any_term(terms: tuple[Term, ...], text: str, start: int, end: int) -> Term | None:
    for term in terms:
        if term.search(text, start, end) is not None:
            return term
    return None


def compatible(fact: Fact, q: Quantity) -> bool:
    """Can `q` be the fact's number, by kind and unit? A rate ("$2 per share", "3,000 a
    day") is only a rate's number, per the same thing."""
    if q.per != fact.per:
        return False
    if fact.kind == "count":
        if q.per and not _same_rate_noun(fact, q):
            return False  # "400 buildings a day" is no rate of vehicles a day
        if q.low is not None and q.low == q.high and q.low != int(q.low) and \
                not q.qualifier and not _is_measure(fact) and not fact.per:
            return False  # "measured 6.1": a measure, not a count of whole things
        # "nearly a third", "1 in 5": a share, not a count of a fact that counts in wholes
        return q.kind == "count" and not (
            q.high is not None and abs(q.high) < 1 and q.high != 0 and
            ((fact.low is not None and fact.low >= 1) or (fact.high is not None and fact.high >= 1)))
    if fact.kind == "year":
        return q.kind == "year"
    if fact.kind == "duration" and fact.unit == "year" and q.kind == "count" and \
            q.text[:1].isdigit() and _about_age(fact) and not _HUNDREDTHS.search(q.text):
        return True  # "the median age rose to 46.1": an age is written bare (not "9.81")
    if fact.kind == "duration" and fact.unit == "second" and q.kind == "count" and \
            _HUNDREDTHS.search(q.text) and q.per == "":
        return True  # "won in 9.81", "the 50.97 Monroe ran": a race time is written bare
    if fact.kind == "percent" and is_share(q):
        return True  # "half of all buildings", "seven in ten": 50%, 70%
    if fact.kind == "basis point" and q.kind == "percent" and is_points(q):
        return True  # "a quarter-point cut", "0.25 percentage points": 25 basis points
    if q.kind != fact.kind:
        return False
    if fact.kind == "money":
        return q.unit == fact.unit
    if q.unit == fact.unit:
        return True
    a, b = lookup(q.unit, q.kind), lookup(fact.unit, fact.kind)
    return a is not None and b is not None and a.convertible(b)


_NUMERAL = re.compile(r"(?:[\d.,]+|(?:" + "|".join(sorted({*ONES, *TENS}, key=len, reverse=True)) +
                      r")(?:[\s-]+(?:" + "|".join(sorted({*ONES, *TENS}, key=len, reverse=True)) +
                      r"))*)\s+", re.I)
def _numeral_end(text: str, q: Quantity) -> int:
    """Where the numeral of the number ends and its unit begins ("41,000 |working days")."""
    m = _NUMERAL.match(text, q.start, q.end)
    return m.end() if m is not None else q.end


_HUNDREDTHS = re.compile(r"^\d{1,3}\.\d\d$")
_RATE_TAIL = re.compile(r"\s+(?:a|an|per|each|every|for\s+each|for\s+every)\s+\S+\s*$", re.I)
_RATE_NOUN = re.compile(r"[\d.,]+(?:\s+(?:thousand|million|billion|[mkb]n?))?\s+"
                        r"((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)$", re.I)


def rate_noun(written: str) -> str:
    """What a rate counts, as written: "vehicles" of "about 5,200 vehicles a day"; "" when
    it names nothing ("400 a day")."""
    tail = _RATE_TAIL.search(written)
    m = _RATE_NOUN.search(written, 0, tail.start() if tail else len(written))
    return m.group(1).lower() if m else ""


def _same_rate_noun(fact: Fact, q: Quantity) -> bool:
    """A count rate's number counts what the fact's rate counts, when both name it: one of
    `nouns` when the fact lists them, else anything but a word the fact uses as a keyword
    ("400 buildings a day" is no rate of `building` vehicles; "5,200 cars a day" may be)."""
    theirs = rate_noun(q.text)
    mine = rate_noun(fact.value_text) or fact.noun.lower()
    if not theirs or not mine:
        return True
    last = theirs.split()[-1]
    if last.rstrip("s") == mine.split()[-1].rstrip("s"):
        return True
    if fact.nouns:
        return any(t.search(theirs) is not None for t in fact.nouns)
    return not any(t.search(theirs) is not None for t in fact.keywords)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_AFTER = re.compile(r"(?:\s+(?:a|per)\s+share)?\s+(?:in|by|for|until|through)\s+(?:"
                          r"(January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\b|(?:the\s+)?(?:first|second|third|"
                          r"fourth|final|last)\s+(quarter)\b)")


def _other_month(fact: Fact, text: str, q: Quantity, end: int) -> bool:
    """The number is dated by a month right after it ("$31 a share in January") and the
    fact's claim or `context` names other months only."""
    m = _MONTH_AFTER.match(text, q.end, end)
    if m is None:
        return False
    said = " ".join([fact.claim, *(t.text for t in fact.context)]).lower()
    mine = {x for x in _MONTHS if re.search(r"\b" + x + r"\b", said)}
    if m.group(2):  # "to average 3.2% in the final quarter": no figure of an October fact
        return bool(mine) and "quarter" not in said
    return bool(mine) and m.group(1).lower() not in mine


_PERIOD_UNIT = re.compile(r"\b(month|quarter|year|week)s?\b", re.I)


_AGO = re.compile(r"\b\w+\s+(?:month|quarter|year|week)s?\s+(?:earlier|ago|before)\b|"
                  r"\b(?:last|previous|prior)\s+(?:month|quarter|year|week)\b|"
                  r"\b(?:month|quarter|year)[- ]ago\b", re.I)


def _period_said(text: str, clause: tuple[int, int]) -> str:
    m = _AGO.search(text, *clause)
    return m.group() if m else ""


def _other_period(fact: Fact, cue: str) -> bool:
    """An earlier figure's cue names a period ("a year earlier") and the fact's claim and
    context name only another ("the month before")."""
    theirs = {m.group(1).lower() for m in _PERIOD_UNIT.finditer(cue)}
    if not theirs:
        return False
    said = " ".join([fact.claim, *(t.text for t in fact.context)])
    mine = {m.group(1).lower() for m in _PERIOD_UNIT.finditer(said)}
    return bool(mine) and not mine & theirs


# the period a rate of growth is over: "on the month", "annual", "for 2026 as a whole"
_GROWTH_PERIOD = re.compile(
    r"\b(?:on\s+the|over\s+the|a|per|each|every)\s+(month|quarter|year)\b|"
    r"\b(month|quarter|year)[- ]on[- ](?:month|quarter|year)\b|\b([mqy])/[mqy]\b|"
    r"\b(month|quarter|year)ly\b|\b(annual)(?:ly|i[sz]ed)?\b|"
    r"\bfor\s+(?:the\s+(?:full\s+|whole\s+)?(year)|(?:19|20)\d\d\s+as\s+a\s+(whole))\b",
    re.I)
_HEAD_PERIOD = re.compile(r"\b(month|quarter|year)\b", re.I)
_PERIOD_NAME = {"m": "month", "q": "quarter", "y": "year", "annual": "year", "whole": "year",
                "month": "month", "quarter": "quarter", "year": "year"}


def _growth_periods(said: str) -> set[str]:
    return {_PERIOD_NAME[g.lower()] for m in _GROWTH_PERIOD.finditer(said)
            for g in m.groups() if g}


def _other_growth_period(fact: Fact, text: str, clause: tuple[int, int], head: str) -> bool:
    """The number's clause or column header gives its rate over a period ("annual growth",
    "for 2026 as a whole", "| Year % |") and the fact's claim gives only another ("a 0.4%
    rise on the month")."""
    theirs = _growth_periods(text[clause[0]:clause[1]]) | {
        m.group(1).lower() for m in _HEAD_PERIOD.finditer(head)}
    if not theirs:
        return False
    mine = _of_fact("growth_periods", fact, lambda: _growth_periods(fact.claim))
    return bool(mine) and not mine & theirs


def _digits_at(written: str) -> int:
    m = re.search(r"\d", written)
    return m.start() if m else 0


def _about_age(fact: Fact) -> bool:
    return any(not t.is_regex and re.search(r"\bage[ds]?\b", t.text, re.I) for t in fact.keywords)


def _after_label(text: str, pos: int, end: int) -> int:
    """Past a dash or colon right after a number: "25 — killed in Baghdad", "4: hospitals"
    (lists of figures name what a number counts after it)."""
    m = _LABEL_DASH.match(text, pos, end)
    return m.end() if m else pos


_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|all)\s+)?"
                       r"(?:(?:[\w-]+\s+){0,3}[\w-]+['’]s\s+(?=[\d,.]+\s))?"
                       r"(?:(?:about|around|some|nearly)\s+)?(?:[\d,.]+|(?:" + "|".join(TENS) +
                       r")(?:-[a-z]+)?|(?:" + "|".join(w for w, v in ONES.items() if v >= 10) +
                       r")\b)?\s*", re.I)


def noun_phrase(text: str, pos: int, end: int, max_words: int = 5) -> list[str]:
    """The words after a number that name what it counts: "Shiite areas", "U.S. Marines"."""
    words: list[str] = []
    p = _after_label(text, pos, end)
    of = _OF_WHOLE.match(text, p, end)
    if of:
        p = of.end()  # "56 of the 59 seats", "56 out of 59 seats": seats
    while len(words) < max_words and p < end:
        if _PUNCT_STOP.match(text, p, end):
            break
        m = _NOUN_WORD.match(text, p, end)
        if not m:
            break
        w = m.group(1)
        lw = w.lower().rstrip(".")
        if lw.endswith(("ed", "ing")) and len(lw) > 4 and not words and lw not in _STOP:
            nxt = _NOUN_WORD.match(text, m.end(), end)
            if nxt is not None and nxt.group(1).lower() not in _STOP and \
                    nxt.group(1).lower() not in ONES and nxt.group(1).lower() not in TENS and \
                    not nxt.group(1).lower().endswith(("ed", "ly")):
                p = m.end()  # "14 evacuated counties": the participle describes the noun
                continue
        if lw in _STOP or (lw.endswith(("ed", "ing")) and len(lw) > 4 and not words):
            break
        if lw.endswith(("ed", "ing")) and len(lw) > 4:
            break
        words.append(w)
        p = m.end()
    return words


_PER_NOUN = re.compile(r"[ \t]+(?:(?-i:[a-z][\w-]*)[ \t]+){0,2}(?:per|for\s+each|for\s+every)[ \t]+"
                       r"(?:(?-i:[A-Z][\w'’-]*)[ \t]+)?((?-i:[a-z]+))\b|-(?:a|per)-([a-z]+)\b", re.I)
_COMPOUND_HEAD = re.compile(r"[ \t]+((?-i:[a-z]{3,}))(?=\s*(?:[.,;:)]|$|\s+(?:and|or|in|on|at|"
                            r"for|to|of|with|across|over)\b))")
_PCT_PER_TIME = re.compile(r"\s+(?:a|an|per|every|each)\s+(year|month|quarter|week|day)\b"
                           r"(?!\s+(?:earlier|ago|before|on(?!\s+average)|from|to|after|later))|"
                           r"\s+(?:annually|per\s+annum)\b", re.I)
# "600 tents a day", "30,000 iPhones every hour": a count per a time, a noun between
_PER_TIME = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){1,2}(?:a|an|per|every|each)\s+"
                       r"(day|hour|week|month|year|minute|second|night|quarter)\b", re.I)


_WITH_BEFORE = re.compile(r"\bwith\s+$|\balong\s+with\s+$|\band\s+$", re.I)
_OTHERS_AFTER = re.compile(r"\s+others\b", re.I)


def _with_others(text: str, q: Quantity) -> Quantity:
    """"Adler was freed with 117 others": one and 117 others, 118 in all."""
    if q.kind != "count" or q.low is None or q.high is None or q.value is None or \
            not _OTHERS_AFTER.match(text, q.end) or \
            not _WITH_BEFORE.search(text, max(0, q.start - 12), q.start):
        return q
    return replace(q, low=q.low + 1, high=q.high + 1, value=q.value + 1)


def _per_noun(text: str, q: Quantity) -> Quantity:
    """"$250,000 per hostage", "$630 for each resident": a rate per the noun named, where
    the reader knows no unit by that name ("10 Downing Street" and other names are left
    out before this)."""
    if q.per or q.kind not in ("money", "count", "percent"):
        return q
    if q.kind == "percent":
        m = _PCT_PER_TIME.match(text, q.end)  # "grew 0.9% a year": a yearly rate
        return q if m is None else replace(q, per=(m.group(1) or "year").lower())
    m = _PER_NOUN.match(text, q.end)
    if m is None and q.kind == "count":
        m = _PER_TIME.match(text, q.end)
    if m is None:
        return q
    w = (m.group(1) or m.group(m.lastindex or 1)).lower()  # "$38 ... for each Pellmark
    # share", "a $34-a-share offer"
    head = _COMPOUND_HEAD.match(text, m.end()) if m.group(1) else None
    if head is not None and not head.group(1).endswith(("ed", "ing")):
        w = head.group(1).lower()  # "per strike day", "per individual champion": the head noun
    return replace(q, per=singular(w))


# a caption's money or scale: "Results (€ million)", "Key figures, in €m"
_CAPTION_UNIT = re.compile(r"\(((?:[€£$]\s*)?(?:mn|million|bn|billion|thousand)|[€£$]\s*m)\)\s*$|"
                           r"\bin\s+([€£$]\s*(?:m|mn|million|bn|billion))\s*$", re.I)
_HEAD_UNIT = re.compile(r"\(([^()\d]{1,8})\)\s*$|^\s*([^\s\w]?[A-Za-z]{0,3}[^\s\w]?)\s*$|"
                        r"\s(%)\s*$")  # "| Month % |"


def _in_head_unit(q: Quantity, head: str) -> Quantity:
    """A bare number in a table cell read in the unit its column header gives in brackets
    or alone ("| High (°C) |", "| GW |"): 41.3 is 41.3 °C there."""
    if q.kind != "count" or q.unit or q.per or q.value is None:
        return q
    m = _HEAD_UNIT.search(head)
    if m is None or not (m.group(1) or m.group(2) or m.group(3) or "").strip():
        return q
    return _in_label_unit(q, (m.group(1) or m.group(2) or m.group(3)).strip())


def _in_label_unit(q: Quantity, noun: str) -> Quantity:
    """A bare number given under a label whose head noun is a unit ("Days of action
    called 12", "Working days lost 410,000") read in that unit: 12 days."""
    if q.kind != "count" or q.unit or q.per or q.value is None:
        return q
    m = _SCALE_UNIT.fullmatch(noun.strip())
    if m is not None:  # "(million)", "(€ million)", "€m": a scale, with its currency
        cur = m.group(1) or m.group(5)
        noun = _SCALES_SAID[(m.group(2) or m.group(4)).lower()] + \
            (" " + _CURRENCY_SAID[cur] if cur else "")
    got = read_quantities(f"{q.text} {noun}")
    if len(got) != 1 or got[0].kind in ("year", "name") or \
            (got[0].kind == "count" and (m is None or got[0].value == q.value)) or \
            (got[0].kind != "count" and not got[0].unit):
        return q
    g = got[0]
    return replace(q, low=g.low, high=g.high, unit=g.unit, kind=g.kind, value=g.value)


_SCALE_UNIT = re.compile(r"([€£$])\s*(m|mn|million|bn|billion|k|thousand)|"
                         r"()(mn|million|bn|billion|thousand)\s*([€£$])?", re.I)  # not "m": metres
_SCALES_SAID = {"m": "million", "mn": "million", "million": "million", "bn": "billion",
                "billion": "billion", "k": "thousand", "thousand": "thousand"}
_CURRENCY_SAID = {"€": "euros", "£": "pounds", "$": "dollars"}


def _lead_noun(lead: str) -> tuple[str, ...]:
    """The plural nouns of a list's lead-in line ("Seats (change on 2021):" -> seats): what
    an item's bare number counts."""
    return tuple(w for w in (x.lower() for x in re.findall(r"[A-Za-z]+", lead)[:8])
                 if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and
                 w not in _STOP)


_LABEL_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_LABEL_JOINS = frozenset({"and", "or"})
_CASUALTIES = frozenset({"casualties", "victims"})  # people, whatever befell each
_LABEL_VERB = re.compile(r"[a-z]+(?:ed|ing)|found|held|taken|given|seen|shown|known|lost|won|"
                         r"sold|paid|left|hit|cut|put|set|kept|brought|caught|built|made|"
                         r"freed|fled|hurt|born")


def label_nouns(label: str) -> tuple[str, ...]:
    """The plural nouns at the head of a label ("Seals and otters found oiled" -> seals,
    otters; "Oiled birds brought to rescue centres" -> birds): what a bare figure given
    under it counts. The head ends at the first word after it that is a preposition, an
    article or a participle."""
    out: list[str] = []
    for n, m in enumerate(_LABEL_WORD.finditer(label)):
        w = m.group().lower()
        if n and w not in _LABEL_JOINS and (w in _STOP or _LABEL_VERB.fullmatch(w)):
            break
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and \
                w not in _STOP:
            out.append(w)
    return tuple(out)


def _label_counts_other(fact: Fact, nouns: tuple[str, ...], stems: dict[str, frozenset[int]],
                        me: int) -> bool:
    """The nouns a label gives its figures ("Hostages: 132 held; 14 killed") are another
    fact's keywords and none of the count fact's `nouns` or keywords: the figures count
    others."""
    if fact.kind != "count" or not fact.nouns or not nouns or \
            not any(stems.get(_stem(w), frozenset()) - {me} for w in nouns):
        return False
    for w in nouns:
        if any(t.search(w) for t in fact.keywords + fact.nouns):
            return False
        if (w in _HUMANS or w in _CASUALTIES) and _says_people(fact):
            return False  # "Casualties: 21 dead; 41 wounded": people, hurt or killed
        if any(not t.is_regex and singular(t.text.rstrip("*").lower()) == singular(w)
               for t in fact.nouns):
            return False
    return True


_PART_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|our\s+|its\s+|their\s+|his\s+|her\s+|"
                            r"[A-Z][\w'’-]*['’]s\s+)?(?:\d[\d,.]*|(?:" +
                            "|".join(sorted({*ONES, *TENS}, key=len, reverse=True)) +
                            r")(?:-[a-z]+)?)(?=\s)", re.I)
_MEASURE_OF = re.compile(r"\b(?:crowd|attendance|audience|total|toll|tally|turnout|gate|count|"
                         r"figure|number)\s+of\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|"
                         r"nearly\s+|almost\s+|over\s+|just\s+)?$", re.I)


def counts_other_noun(fact: Fact, text: str, q: Quantity, end: int, start: int = 0,
                      lead_noun: tuple[str, ...] = ()) -> bool:
    """True when the number plainly counts a noun that is not one of the fact's nouns.
    `lead_noun`: the nouns of the lead-in line of the list the sentence is an item of, for
    a number that names nothing after it ("Votes:" ... "- Civic Union: 1,380,112")."""
    if fact.kind != "count" or not (fact.nouns or fact.noun):
        return False
    words = noun_phrase(text, q.end, end)
    if not words:
        part = _PART_OF_WHOLE.match(text, q.end, end)
        if part is not None:  # "fourteen of our twenty-two districts": districts
            words = noun_phrase(text, part.end(), end)
    if words and words[0].lower().rstrip(".,;:") in ("others", "more"):
        return False  # "freed with 117 others": more of what the sentence speaks of
    if words and not words[0].lower().endswith("s") and \
            _MEASURE_OF.search(text, max(start, q.start - 40), q.start):
        return False  # "a crowd of 53,800 saw both races": the crowd's size, then a verb
    if not fact.nouns:  # `unit: people` alone: only a row's or lead-in's plain other noun
        if words and _DIVISIONS.fullmatch(words[-1].lower().rstrip(".,;:")) and \
                not _DIVISIONS.search(fact.noun.lower()) and \
                not any(t.search(words[-1]) for t in fact.keywords):
            return True  # "its nine force areas" counts areas, no offences
        if words or not lead_noun:
            return False
        mine = fact.noun.lower()
        return not any(w.rstrip("s") == mine.rstrip("s") or (mine == "people" and w in _HUMANS)
                       for w in lead_noun)
    if not words and lead_noun and not _PEOPLE_PASSIVE.match(text, q.end, end):
        after = _NOUN_WORD.match(text, _after_label(text, q.end, end), end)
        if after is None or after.group(1).lower().rstrip(".,;:") not in _PEOPLE_PARTICIPLES:
            words = list(lead_noun)
            if any(t.search(w) for w in words for t in fact.keywords):
                return False
    if words and any(t.search(words[0].rstrip(".,;:")) for t in fact.keywords):
        return False  # "500,000 flee": the word after the number is the fact's keyword
    after = _NOUN_WORD.match(text, _after_label(text, q.end, end), end)
    if after is not None and any(t.match(after.group(1).rstrip(".,;:")) for t in fact.keywords):
        return False  # "118 freed alive": the fact's own participle, then a word on it
    if not words and after is not None and \
            after.group(1).lower().rstrip(".,;:") in _PEOPLE_PARTICIPLES:
        words = ["people"]  # "56 wounded", "25 dead": people
    elif not words and _PEOPLE_PASSIVE.match(text, q.end, end):
        words = ["people"]  # "56 were hurt"
    if not words and _PEOPLE_VERB_BEFORE.search(text, max(start, q.start - 20), q.start):
        words = ["people"]  # "killed 25", "wounding at least 56": people
    if not words:
        # "a city of about 2 million": the number is the size of the place named before it
        place = _PLACE_OF.search(text, max(start, q.start - 40), q.start)
        if place is not None:
            words = [place.group(1)]
        else:
            return False
    phrase = " ".join(words)
    for term in fact.nouns:  # "18,400 Aero 7s": a noun of the fact's with a number in it
        m = term.search(text, q.end, min(end, q.end + 40))
        if m is not None and not text[q.end:m.start()].strip():
            return False
    if any(w.lower().rstrip(".,;:") in _HUMANS for w in words) and _says_people(fact):
        return False  # "500,000 individuals", "48 nationals": people, as `nouns: [people]` says
    for term in fact.nouns:
        if term.search(phrase) is not None:
            return False
        # singular / plural of a plain noun: "hostage" for "hostages", "person" for "people"
        if not term.is_regex:
            base = term.text.rstrip("*").lower()
            for w in words:
                lw = w.lower()
                if lw.rstrip("s") == base.rstrip("s") or (base == "people" and lw == "person"):
                    return False
    return True


# people participles that say the same of a person
_SAME_EVENT = (frozenset("killed dead slain executed died".split()),
               frozenset("wounded injured hurt".split()),
               frozenset("kidnapped abducted captured seized detained arrested taken held".split()),
               frozenset("rescued freed released evacuated escaped".split()),
               frozenset("displaced fled evacuated".split()), frozenset(["missing"]))


def _other_event(fact: Fact, participle: str) -> bool:
    """The fact counts people to whom one thing happened (its keywords say killed, or
    injured, ...) and the participle says another."""
    mine = [g for g in _SAME_EVENT if any(t.search(w) for w in g for t in fact.keywords)]
    return bool(mine) and not any(participle in g for g in mine)


def _bare(text: str, q: Quantity, end: int) -> bool:
    """Nothing after the number names what it counts: "with 39.", "51 seats to 52,"."""
    return not noun_phrase(text, q.end, end) and not _PEOPLE_PASSIVE.match(text, q.end, end) \
        and _PEOPLE_VERB_BEFORE.search(text, max(0, q.start - 20), q.start) is None


def _says_people(fact: Fact) -> bool:
    """The fact's `nouns` hold the generic "people" (or "persons")."""
    return any(not t.is_regex and t.text.lower() in ("people", "persons") for t in fact.nouns)


def _is_measure(fact: Fact) -> bool:
    """A fact whose bounds are not whole numbers measures something; it counts nothing."""
    return any(x is not None and x != int(x) for x in (fact.low, fact.high))


def _counts_people(text: str, q: Quantity, end: int, start: int = 0) -> bool:
    """"10,000 people", "injured 10,000", "56 wounded": a number of people."""
    after = _NOUN_WORD.match(text, _after_label(text, q.end, end), end)
    word = after.group(1).lower().rstrip(".,;:") if after else ""
    return (word in _PEOPLE_PARTICIPLES or word in _PEOPLE_NOUNS or
            _PEOPLE_PASSIVE.match(text, q.end, end) is not None or
            _PEOPLE_VERB_BEFORE.search(text, max(start, q.start - 20), q.start) is not None or
            _TOLL_BEFORE.search(text, max(start, q.start - 45), q.start) is not None)


def _of_them_keyword(text: str, q: Quantity, kws: list[tuple[int, int]],
                     clause: tuple[int, int]) -> bool:
    """"241 of them were rescued": the fact's keyword says what the ones picked out did,
    so the number counts those the fact counts."""
    m = _PARTITIVE_PRONOUN.match(text, q.end)
    return m is not None and any(m.end() <= ks < clause[1] and
                                 _THEM_THEN.fullmatch(text, m.end(), ks) for ks, _ in kws)


_THEM_THEN = re.compile(r"\s+(?:(?:were|was|have|had|has|are|been|being|got)\s+){1,2}"
                        r"(?:(?:later|then|all|safely|eventually)\s+)?")


def _partitive(text: str, q: Quantity) -> bool:
    """"one of the hostages", "two of them": a few picked out of a group the sentence names,
    not the group's number."""
    if _PARTITIVE_PRONOUN.match(text, q.end):
        # "about 670 of them", not "there are 7,300 of those": the count of that group
        return _THERE_ARE.search(text, max(0, q.start - 20), q.start) is None
    return (q.low == q.high and q.low is not None and q.low <= 10 and
            not any(c.isdigit() for c in q.text) and _PARTITIVE.match(text, q.end) is not None)


def in_context(fact: Fact, text: str, start: int, end: int,
               words: frozenset[str] | None = None) -> bool:
    """The sentence text[start:end] meets the fact's `context` and `exclude`. `words`, the
    sentence's lower-case words, lets a plain-word term be looked up instead of searched."""
    if not has_context(fact, text, start, end, words):
        return False
    return not (fact.exclude and _any(fact.exclude, text, start, end, words))


_OUTSIDE_WORDS = frozenset({"outside", "excluding", "except", "beyond", "other"})
_OUTSIDE_BEFORE = re.compile(r"\b(?:outside(?:\s+of)?|excluding|except(?:\s+for)?|beyond|"
                             r"other\s+than)\s+(?:the\s+)?$", re.I)


def _context_not_left_out(fact: Fact, text: str, start: int, end: int) -> bool:
    """Some `context` term of the sentence is not named as left out ("outside North
    America", "excluding China")."""
    for t in fact.context:
        for m in t.finditer(text, start, end):
            if not _OUTSIDE_BEFORE.search(text, max(start, m.start() - 16), m.start()):
                return True
    return False


def has_context(fact: Fact, text: str, start: int, end: int,
                words: frozenset[str] | None = None) -> bool:
    """The sentence text[start:end] holds one of the fact's `context` terms (or it has none),
    not named as left out ("Outside North America it took $138.6 million")."""
    if not fact.context:
        return True
    if not _any(fact.context, text, start, end, words):
        return False
    return not (words is None or words & _OUTSIDE_WORDS) or \
        _context_not_left_out(fact, text, start, end)


def _any(terms: tuple[Term, ...], text: str, start: int, end: int,
         words: frozenset[str] | None) -> bool:
    for term in terms:
        w = term.word if words is not None else ""
        if w:
            if w in words or any(f in words for f in term.forms):  # type: ignore[operator]
                return True
        elif term.search(text, start, end) is not None:
            return True
    return False


_ROLE_CACHE: dict[int, tuple[Fact, str, frozenset[int]]] = {}


def fact_role(fact: Fact) -> tuple[str, frozenset[int]]:
    """The role of figure the fact takes, and the years its claim and context name. A fact
    without `role:` whose `context` places it in an earlier period ("a year earlier", "last
    election") takes earlier figures; one whose keywords are forecast words takes forecasts."""
    got = _ROLE_CACHE.get(id(fact))
    if got is not None and got[0] is fact:
        return got[1], got[2]
    role = fact.role
    if role == "current":
        if any(not t.is_regex and earlier_cue(t.text) for t in fact.context):
            role = "earlier"
        elif any(not t.is_regex and forecast_cue(t.text) for t in fact.keywords):
            role = "forecast"
    years = years_of(fact.claim, *(t.text for t in fact.context if not t.is_regex))
    if len(_ROLE_CACHE) > 50_000:
        _ROLE_CACHE.clear()
    _ROLE_CACHE[id(fact)] = (fact, role, years)
    return role, years


# the roles of figure each role of fact takes
# a table whose first column is one of these lists parts: each row one region, year, ...
_RANK_HEADS = frozenset({"#", "rank", "pos", "position", "no", "place"})
_BREAKDOWN_HEADS = frozenset("""
region regions province provinces district districts county counties state states country
countries market markets segment segments place area city town village year date division
unit sector constituency ward municipality month months quarter quarters week weeks day days
period force forces authority authorities council councils borough boroughs nation nations
hospital hospitals school schools university universities college colleges institution
institutions team teams club clubs company companies firm firms airport airports port ports
station stations site sites plant plants store stores branch branches party parties candidate
candidates driver drivers player players rider riders airline airlines carrier carriers operator
operators brand brands model models product products venue venues route routes line lines
category categories type types town towns vendor vendors maker makers manufacturer
manufacturers supplier suppliers bank banks lender lenders insurer insurers
""".split())
_NEVER = frozenset({"time", "date", "ordinal", "year", "name", "score"})
_MARGIN_WORDS = frozenset({"majority", "margin", "lead", "majorities"})
_THERE = re.compile(r"\s+there\b", re.I)
# a number right before a participle that is not the fact's: "1,900 destroyed, 4,300 damaged"
_PARTICIPLE_AFTER = re.compile(r"\s+([a-z]+ed)\b(?!\s+(?:by|to|in|at)\b|\s+[a-z]+s\b)")

_TAKES = {
    "current": frozenset({"current", "part"}),
    "earlier": frozenset({"earlier"}),
    "change": frozenset({"change", "current"}),
    "part": frozenset({"part"}),
    "total": frozenset({"total"}),
    "forecast": frozenset({"forecast", "current"}),
}


_TAKES_OF: dict[int, tuple[Fact, frozenset[str]]] = {}
_CLAIM_CHANGE = re.compile(r"\b(?:added|adds|gained|gains|lost|loses|shed|sheds|created|creates|"
                           r"cut|cuts)\s+(?:a\s+net\s+|about\s+|some\s+|nearly\s+|another\s+)?"
                           r"[\d$€£]|\b(?:an\s+)?(?:extra|additional)\s+(?:about\s+|some\s+)?[\d$€£]",
                           re.I)  # "will spend an extra 30 million euros a year"
_YEAR_AGO = re.compile(r"\b(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|last\s+year|year-ago|"
                       r"(?:previous|prior)\s+year)\b", re.I)
_TARGET = re.compile(r"\b(?:targets?|threshold|limits?|deadlines?|caps?|ceiling|maximum|minimum|"
                     r"rules?|laws?|allows?|allowed)\b", re.I)


# roles a fact takes when its claim or keywords name what they qualify
_NAMED_ROLES = {"age": re.compile(r"\bage[ds]?\b|\byears?\s+old\b", re.I),
                "peak": re.compile(r"\bpeak|\bhigh(?:est)?\b|\bmaximum\b", re.I),
                "period": re.compile(r"\b(?:month|monthly|quarter|quarterly|week|weekly)\b", re.I)}


def _claim_names_noun_after(fact: Fact, text: str, q: Quantity, end: int) -> bool:
    """The word the number counts ("650 volunteers") is a word of the fact's claim: a fact
    on the volunteers takes "including 650 volunteers"."""
    words = noun_phrase(text, q.end, end)
    return bool(words) and singular(words[0].strip(".,;:")) in {
        singular(w) for w in claim_words(fact)}


def _names_role(fact: Fact, role: str, cue: str) -> bool:
    """The fact's claim or keywords say what the figure's role qualifies: a fact on an age
    takes "Vance, 29,"; on a peak, "peaked at 8.1 million"; on a monthly change, "rose 0.2%
    on the month" (and the period is the cue's)."""
    said = " ".join([fact.claim, *(t.text for t in fact.keywords + fact.context)])
    pat = _NAMED_ROLES[role]
    if pat.search(said) is None:
        return False
    if role == "period":
        unit = re.search(r"month|quarter|week", cue, re.I)
        return unit is not None and unit.group().lower() in said.lower()
    return True


def takes_of(fact: Fact) -> frozenset[str]:
    """The roles of figure the fact takes: by its `role` (or what its context says), a rate
    fact also "$630 for each", a fact on a majority also its margin."""
    got = _TAKES_OF.get(id(fact))
    if got is not None and got[0] is fact:
        return got[1]
    if len(_TAKES_OF) > 50_000:
        _TAKES_OF.clear()
    takes = _takes_of(fact)
    _TAKES_OF[id(fact)] = (fact, takes)
    return takes


def _takes_of(fact: Fact) -> frozenset[str]:
    takes = _TAKES[fact_role(fact)[0]]
    if fact.kind == "year" and "earlier" in takes:
        takes = takes | {"current"}  # "In 1987, the previous eruption, ...": the year is a
        # date; which event's, the fact's `context` says
    if "current" in takes and _PLANNED.search(fact.claim):
        takes = takes | {"forecast"}  # "The company will cut 1,200 jobs": its plan is the fact
    if fact.per:
        takes = takes | {"rate"}  # "$630 for each of them" is a rate fact's figure
    if any(not t.is_regex and t.text.lower().rstrip("*") in _MARGIN_WORDS for t in fact.keywords):
        takes = takes | {"margin"}
    if HAD_FORECAST.search(fact.claim):
        takes = takes | {"earlier"}  # "Economists had forecast 3.5%": the claim's own tense
    if _TARGET.search(" ".join([fact.claim, *(t.text for t in fact.keywords)])):
        takes = takes | {"threshold"}  # a fact on a target takes "its 2% target"
    if "current" in takes and (any(not t.is_regex and t.text.lower().rstrip("*") in _CHANGE_WORDS
                                   for t in fact.keywords) or _CLAIM_CHANGE.search(fact.claim)):
        takes = takes | {"change"}  # `keywords: [raised, hike]`, "Health care added 51,000
        # jobs": the fact is the change
    return takes


# a claim about what is planned or expected: the figures a sentence says are expected are its
_PLANNED = re.compile(r"\b(?:will|plans?|planned|expects?|expected|intends?|aims?|is\s+to|are\s+to|"
                      r"would|forecasts?|projects?|projected|targets?|going\s+to)\b", re.I)
_CHANGE_WORDS = frozenset("""
rise rises rose risen raise raised raises hike hikes hiked increase increased increases grew grow
grows growth jump jumped climb climbed fell fall falls fallen drop dropped drops cut cuts decline
declined declines surge surged slump slumped
""".split())

@dataclass(frozen=True, slots=True)
class Pick:
    """A number a fact may take in a sentence, with what ties it to the fact (lower ranks
    first: its keyword in the number's clause, the fact's `context` there, the year, the
    keyword's distance, the context's distance)."""

    quantity: Quantity
    index: int  # in the sentence's Numbers
    rank: tuple[int, int, int, int, int]
    note: Annotation
    # the distance again, a keyword that is only the number's counted noun counting less:
    # which of two facts a number goes to ("181 hostages are freed": freed, not held)
    tie: int = 0


def picks(fact: Fact, text: str, end: int, nums: Numbers, kws: list[tuple[int, int]],
          nearby: Nearby | None = None, me: int = -1, start: int = 0,
          lead_kw: bool = False, allowed: frozenset[int] | None = None) -> list[Pick]:
    """Every number of the sentence that can be the fact's, best tied first. `lead_kw`: the
    keyword stands in the lead-in line of the list the sentence is an item of."""
    if fact.kind == "year" and any(_OFFSET_BEFORE.search(text, max(start, ks - 60), ks)
                                   for ks, _ in kws):
        return []  # "in 2006, three years after the invasion": a year counted from it
    role, years = fact_role(fact)
    takes = takes_of(fact)
    since = fact.kind == "year" and "since" not in fact.claim.lower()
    # "Sales there", "North American revenue", "turnout in the North": the keyword speaks
    # of one place, not of the whole (unless the fact is that place's)
    if not lead_kw:
        kws = [(ks, ke) for ks, ke in kws if not _THERE.match(text, ke) and
               not _place_of(fact, text, ks, ke, start, nums.settings)]
    if not kws:
        return []
    items = nums.items
    ctx: list[tuple[int, int]] | None = None
    found: list[Pick] = []
    bound = _bound(text, kws, items)
    for k, q in enumerate(items):
        if allowed is not None and k not in allowed:
            continue  # a table header's keyword reaches only the cells under it
        if fact.kind == "percent" and is_share(q) and _share_of_other(fact, text, q):
            continue  # "more than half the chamber" is no share of the vote
        if fact.kind == "percent" and q.kind == "percent" and \
                _another_base(fact, text, items, k, start, end):
            continue  # "31% of the victims ... about 11% of the population": 11% is no
            # share of the victims
        if fact.kind == "percent" and q.kind == "percent" and _grows(fact) and \
                _PCT_OF.match(text, q.end, end):
            continue  # "20.4% of the population" is a share, no growth of 9.3%
        if fact.kind == "count" and q.value is not None and q.value == claim_whole(fact) and \
                not (fact.low is not None and fact.high is not None and
                     fact.low <= q.value <= fact.high):
            continue  # "in 22 districts" is the whole of "14 of Dunmore's 22 districts"
        if fact.kind == "count" and not fact.per and not q.per and \
                _RATE_AFTER.match(text, q.end, end) and \
                not _RATE_SAID.search(fact.claim + " " + fact.unit_label):
            continue  # "96 confirmed cases per 100,000 residents" is a rate, no count
        if fact.kind == "count" and _PER_N_UNIT.search(fact.unit_label) and \
                not _RATE_AFTER.match(text, q.end, end) and \
                not (nums.heads[k] and _RATE_SAID.search(nums.heads[k])) and \
                not _A_RATE.search(text, *nums.notes[k].clause):
            continue  # a fact of `unit: offences per 1,000 people` takes no "71,900 offences"
        if since and q.kind == "year" and _SINCE_BEFORE.search(text, max(start, q.start - 30),
                                                                q.start):
            continue  # "the highest since 2020": a point compared with, no year of the fact
        if _is_code(text, q):
            continue  # "H7N5", "B737": a code, no amount
        if q.kind == "percent" and _STAKE_BEFORE.search(text, max(start, q.start - 30), q.start) \
                and _OF_NAME.match(text, q.end, end) and \
                not _STAKE_SAID.search(" ".join([fact.claim, *(t.text for t in fact.keywords)])):
            continue  # "the state, which owns 49% of Northlink": a stake, no offer
        if q.kind == "percent" and _other_rate(fact, text, q, start):
            continue  # "a death rate of 2.3%" is no vaccination figure
        if q.kind == "percent" and _share_price_move(fact, text, q, start, end):
            continue  # "Shares in Norvale rose 4.6%" is no growth in passengers
        if q.kind == "length" and _FROM_PLACE.match(text, q.end, end) and \
                _PLACE_COMMA.search(text, max(start, q.start - 40), q.start) and \
                not _FROM_SAID.search(fact.claim):
            continue  # "Port Sarnow, 11 km from the crater": where the place is, no plume
        if role == "forecast" and _BEATS_AFTER.match(text, q.end, end):
            continue  # "Net profit of €421 million beats forecasts": the outcome, no forecast
        if fact.kind == "count" and (_HOME_TO.search(text, max(start, q.start - 40), q.start) or
                                     _WHO_LIVE.match(text, q.end, end)) and \
                not _POPULATION_SAID.search(" ".join([fact.claim, *(t.text for t in fact.keywords)])):
            continue  # "Dunmore, home to about 5 million people": the place's size
        if not fact.per and not q.per and _LABEL_END.search(text, start, q.start) and \
                _EACH_IN_LABEL.search(text, start, q.start):
            continue  # "Prize for each winner: €60,000" is an amount for each
        if q.kind == "percent" and _change_of_other(fact, text, q, end):
            continue  # "a 32% jump in third-quarter profit" is no growth of sales in China
        if q.kind == "money" and claim_whole(fact) is None and \
                _money_part_of_keyword(text, q, kws, end):
            continue  # "$41.2 million of the overseas haul" is a part of the overseas total
        if _is_model_name(nums, text, q):
            continue  # "The Aero 7 accelerates" where a claim names "the Aero 7"
        if _far_off(fact, q):
            continue  # "2.38 people" a household is no population of 8.4 million
        if q.kind == "name" and fact.kind == "count" and _claim_spells_name(fact, text, q):
            q = replace(q, kind="count")  # "at level 4" for a claim "raised to level 4"
        if q.kind in _NEVER and q.kind != fact.kind:
            continue  # a time or an ordinal: no annotation needed
        if not compatible(fact, q) and not (
                fact.per and not q.per and compatible(fact, replace(q, per=fact.per)) and
                (k in bound.values() or nums.heads[k] or (
                    nums.notes[k].role == "local" and
                    any(t.search(nums.notes[k].cue) for t in fact.keywords)) or (
                    nums.notes[k].role == "rate" and  # "households, with 2.38 people each"
                    re.search(r"\b" + re.escape(fact.per), text[start:end], re.I)) or (
                    _AVERAGE.search(text, *nums.notes[k].clause) and  # "the average
                    re.search(r"\b" + re.escape(fact.per), text[start:end], re.I)) or (
                    re.search(r"\b(?:per|a|each|every)\s+" + re.escape(fact.per) + r"\b",
                              text[start:q.start], re.I) and  # "Calls per day at the peak:
                    _LABEL_END.search(text, start, q.start)) or (  # 41,200"; household
                    _PER_ADJECTIVE.get(fact.per) is not None and  # "hourly earnings $34.20"
                    re.search(r"\b" + _PER_ADJECTIVE[fact.per] + r"\s+(?:[a-z]+\s+){0,2}$",
                              text[max(start, q.start - 40):q.start], re.I)))):
            # now holds 2.38 people"
            continue  # a rate fact takes "earnings per share of $1.87", "| EPS | $1.87 |"
        note = nums.notes[k]  # annotated when first asked for: after the cheap checks
        if note.role not in takes and not (
                (role == "earlier" and note.year is not None and note.year in years and
                 note.role in ("current", "local", "interim")) or
                (note.role == "local" and "current" in takes and names_place(fact, note.cue)) or
                (note.role in _NAMED_ROLES and "current" in takes and
                 _names_role(fact, note.role, note.cue)) or
                (note.role == "subset" and note.cue.lower().startswith(("includ", "among")) and
                 _claim_names_noun_after(fact, text, q, end)) or
                (note.role == "subset" and note.cue.lower().startswith("of ") and
                 any(q.end <= ks < note.clause[1] for ks, _ in kws)) or
                (note.role == "earlier" and years and fact.context and role != "forecast" and
                 _in_span(fact.context, text, note.clause)) or
                (note.role == "earlier" and note.year is not None and note.year in years and
                 role != "forecast") or  # "killed 212 people in 1996" for a claim on 1996
                (role == "earlier" and (note.role == "current" or (
                    note.role == "local" and names_place(fact, note.cue))) and fact.context and
                 _context_reaches(fact, text, note.clause, start, end) and
                 not any(compatible(fact, y) and not _is_code(text, y) and
                         (n.role == "earlier" or n.year in years)
                         for y, n in zip(items, nums.notes))) or
                (note.role == "total" and "current" in takes and
                 (_WHOLE_CLAIM.search(fact.claim) is not None or
                  any((q.end < ks <= q.end + 2 or (_NOUN_THEN.fullmatch(text, q.end, ks) and
                                                     _BY_AFTER.match(text, ke))) and
                      text[ks:ke].lower().endswith(("ed", "en"))
                      for ks, ke in kws)) and  # "19 of the 23 trapped men": the trapped; "of
                 # the 380,000 stolen card numbers": the stolen
                 not _PART_CLAIM.search(fact.claim) and
                 _names_whole_only(text, q, kws, note.clause))):
            # "local": "In Baghdad, ..." is a figure for a fact about Baghdad; an earlier
            # event's figure is the figure of a fact dated then, named in its clause; "Nine
            # of the 14 carriages": 14 is the whole, the figure of a fact on carriages
            continue
        if note.role == "part" and k + 1 < len(items) and claim_whole(fact) is None and \
                _names_whole_only(text, items[k + 1], kws, note.clause):
            continue  # "Nine of the 14 carriages came off": 9 is no count of carriages
        if note.role == "earlier" and _one_of_dated_rows(fact, text, nums, k, years, start, end):
            continue  # under "Earlier decisions", "| September 2026 | Hold | 4.5% |" is one
            # earlier occasion's: taken by a fact that names it
        if years and note.year is not None and note.year not in years:
            continue  # "$13.1 billion in 2023" is no figure of a fact about 2024
        if _other_month(fact, text, q, end):
            continue  # "$31 a share in January" is no figure of a fact on March
        if q.kind == "percent" and _other_growth_period(fact, text, note.clause, nums.heads[k]):
            continue  # "Annual growth is expected at 2.5%" is no rise "on the month"
        if role == "earlier" and note.role == "earlier" and \
                _other_period(fact, note.cue + " " + _period_said(text, note.clause)):
            continue  # "from 4.3% a year earlier" is no figure of the month before
        if role == "earlier" and q.kind == "year" and nums.story_year and \
                q.value is not None and q.value >= nums.story_year:
            continue  # "2026 (so far)" in a table of eruptions is this one's, not the previous
        if role == "earlier" and note.year is not None and not years and nums.story_year and \
                note.year < nums.story_year - 1 and _YEAR_AGO.search(fact.claim):
            continue  # "the peak in 2008, when forces recorded 1.1 million" is no year-ago figure
        if not nums.any_fact[k] and note.role != "earlier" and \
                not _another_group(fact, text, q, kws, note.clause, nums) and \
                not ("margin" in takes and _MARGIN_BEFORE.search(text, max(start, q.start - 60),
                                                                  q.start)):
            continue  # but "The Yes camp won by 338,700 votes" is a fact on the margin's
        if fact.kind == "count" and not nums.count_fact[k] and note.role not in ("part", "total") \
                and not _of_them_keyword(text, q, kws, note.clause):
            continue
        if q.kind == "percent" and note.role == "current" and _moved_by(fact, text, q, start):
            continue  # "seats up 6.9%" is no load factor of 86.4%
        if fact.kind == "count" and note.role == "current" and _changed_by(fact, text, q, start):
            continue  # "We lost 44 seats": a change, unless losing is what the fact counts
        if fact.kind == "count" and _subset_of_keyword(fact, text, q):
            continue  # "treated 140 of the injured": a part of the fact's own group
        if note.role == "part" and note.cue[:1].isdigit() and _share_of_own(fact, note.cue):
            continue  # "14.2% of residents, or 1.2 million": part of the fact's own group
        if note.role == "part" and note.cue.startswith("of the ") and not any(
                q.end <= ks < note.clause[1] for ks, _ in kws):
            continue  # "Of the 21 dead, 14 were hostages": 14 is no toll
        if fact.kind == "duration" and not nums.duration_fact[k] and \
                not _claim_time_ref(fact, text, q) and \
                not any(_LENGTH_VERB_GAP.fullmatch(text, ke, q.start) and
                        _LENGTH_VERB.search(text, ks, ke) for ks, ke in kws):
            continue  # not "52 hours after the collapse"; but "waited 42 days before telling"
        others = nearby.touching(q, me, note.role) if nearby is not None else []
        if others:  # "two voted to hold": the fact's own keyword says what the vote was;
            # "15,000 jobs" for a fact whose `unit: jobs` says it counts jobs
            others = [(a, b) for a, b in others
                      if not any(0 <= ks - b <= 4 and _TO_GAP.fullmatch(text, b, ks) for ks, _ in kws)
                      and not (fact.noun and singular(text[a:b].lower()) ==
                               singular(fact.noun.lower()))
                      and not any(0 <= a - ke <= 1 for _, ke in kws)]  # "Health care added"
        if not _can_be(fact, text, end, q, kws, others, nums, k, me):
            continue
        if nums.change_to[k] and compatible(fact, items[k + 1]):
            continue  # "rose 0.3 points to 4.1%": the change; the level follows
        a, b = note.clause
        # a keyword that is the noun the number counts ("181 hostages are freed") ties it
        # less than a verb that says what happened to them: facts that count the same noun
        # are told apart by what the clause says
        # a keyword bound to another number ("on revenue of $24.8 billion") ties this one
        # less than its distance says
        dist = min((ks - q.end if q.end <= ks else q.start - ke if q.start >= ke else 0) +
                   (_BOUND_TIE if bound.get(ke, k) != k else 0) for ks, ke in kws)
        # between facts, a keyword before the number (its subject) ties closer than one after
        # a keyword that is the counted noun with its modifier ("418 new cases") names what
        # the number counts more closely than any verb
        tie = min((2 * (ks - q.end) if q.end <= ks else q.start - ke if q.start >= ke else 0) +
                  ((-2 * (ks - q.end) if _QUALIFIED_NOUN.fullmatch(text, ks, ke) else _NOUN_TIE)
                   if _is_counted_noun(text, q, ks) and
                   not _noun_between(fact, text, q.end, ks) else 0) +
                  (_BOUND_TIE if bound.get(ke, k) != k else 0) +
                  (_SUBJECT_TIE if q.start >= ke and _verb_of_other(nums, text, ks, me) else 0)
                  for ks, ke in kws)
        # "inflation, which stood at 8.6%": the aside speaks of the keyword's noun
        in_clause = lead_kw or any(a <= ks < b or a < ke <= b or
                                   (0 <= a - ke <= 3 and _ASIDE_OPEN.match(text, a) is not None)
                                   for ks, ke in kws)
        ctx_rank, ctx_dist = 1, 0
        if fact.context:
            if ctx is None:
                ctx = [m.span() for t in fact.context for m in t.finditer(text, start, end)]
            if ctx:
                ctx_rank = 0 if any(a <= x < b for x, _ in ctx) else 1
                # a context term before the number (its subject) ties closer than one after
                ctx_dist = min(q.start - y if y <= q.start else 2 * (x - q.end) + 40
                               for x, y in ctx)
        year_rank = 0 if years and note.year in years else 1
        period = _claim_period(fact) if year_rank else None
        if period is not None and period.match(text, q.end, min(end, q.end + 50)):
            year_rank = 0  # "2 goals in the final, 23 this season": the claim's own period
        # a keyword bound to the number ("inflation at 6.8%", "revenue of $24.8 billion")
        # ties it before any context does
        held = any(bound.get(ke) == k and _TIGHT_BIND.fullmatch(text, ke, q.start) is not None
                   for _, ke in kws)
        found.append(Pick(q, k, (-1 if held else 0 if in_clause else 1, ctx_rank, year_rank, dist,
                                 ctx_dist),
                          note, tie))
    if len(found) > 1 and claim_whole(fact) is None:
        # "Four plants will shut, two in Ohio and two in Europe": the parts of a whole the
        # fact can take are no figure of it
        wholes = {p.quantity.text for p in found if p.note.role == "current"}
        found = [p for p in found if not (p.note.role == "part" and " of " in p.note.cue and
                                          p.note.cue.split(" of ", 1)[1] in wholes)]
    found.sort(key=lambda p: p.rank)
    return found


_TO_GAP = re.compile(r"\s+(?:to|for|against)\s+")
_SUBJECT_TIE = 60


def _verb_of_other(nums: Numbers, text: str, ks: int, me: int) -> bool:
    """The keyword at ks follows another fact's keyword as its verb ("Health care added
    15,000 jobs": `added` says what health care did)."""
    for p in range(max(nums.start, ks - 24), ks - 1):
        facts = nums.keyword_starts.get(p)
        if facts and me not in facts and _SUBJECT_GAP.fullmatch(text, p, ks):
            return True
    return False


_SUBJECT_GAP = re.compile(r"[A-Za-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[ \t]+")
_TIGHT_BIND = re.compile(r"[ \t]*:[ \t]*|\s+(?:of|at|stood\s+at|stands\s+at)\s+", re.I)
_NOUN_TIE = 200
_QUALIFIED_NOUN = re.compile(r"[a-z]+(?:[ -][a-z]+)*[ -][a-z]+s\b")  # "new cases", "first-time buyers"
_BOUND_TIE = 60
_BINDS = re.compile(r"[ \t]*:[ \t]+|\s+(?:of|at|was|were|is|are|stood\s+at|stands\s+at|totall?ed|totals|"
                    r"reached|came\s+to|hit|put\s+at|rose\s+to|fell\s+to|climbed\s+to|"
                    r"jumped\s+to|grew\s+to|dropped\s+to)\s+|"
                    r"\s+(?:[a-z]+\s+)?(?=[+\-−]\d)", re.I)  # "food stores -1.2%"


def _bound(text: str, kws: list[tuple[int, int]], items: list[Quantity]) -> dict[int, int]:
    """Keyword end -> the number it is bound to by "of", "at", "was", "rose to" or a label's
    colon right after it ("revenue of $24.8 billion", "the toll stood at 52", "EPS: $1.87"),
    or by a sign right after it, as in a list ("household goods +1.6%, food stores -1.2%")."""
    out: dict[int, int] = {}
    starts = {q.start: j for j, q in enumerate(items)}
    for _, ke in kws:
        m = _BINDS.match(text, ke)
        if m is not None and m.end() in starts:
            out[ke] = starts[m.end()]
    return out
_BETWEEN_NOUN = re.compile(r"[ \t]*(?:[a-z][\w'-]*[ \t]+)?$")


def _noun_between(fact: Fact, text: str, a: int, b: int) -> bool:
    """One of the fact's `nouns` stands between the number and its keyword: the keyword says
    what the counted things did ("Nine carriages came off")."""
    return b > a + 1 and any(t.search(text[a:b]) for t in fact.nouns)


_NAME_HEAD_BEFORE = re.compile(r"\b([A-Za-z]{3,})[ \t]+$")


def _name_head(text: str, q: Quantity) -> str:
    """The word a name's number follows, lower-case ("level" in "at level 4")."""
    m = _NAME_HEAD_BEFORE.search(text, max(0, q.start - 24), q.start)
    return m.group(1).lower() if m else ""


def claim_name_heads(facts: Sequence[Fact]) -> frozenset[str]:
    """The heads of the names the claims give as their figure ("level" from "The alert was
    raised to level 4"): in an article, "at level 5" is then read for those facts."""
    return frozenset(h for f in facts if f.kind == "count" and f.claim
                     for q in read_quantities(f.claim) if q.kind == "name"
                     for h in [_name_head(f.claim, q)] if h)


def _claim_spells_name(fact: Fact, text: str, q: Quantity) -> bool:
    """The number is a name's ("level 4", "category 5") whose head the fact's claim gives
    as its figure: the claim is about which one it is ("raised to level 4")."""
    head = _name_head(text, q)
    return bool(head) and head in _of_fact("name_heads", fact, lambda: claim_name_heads((fact,)))


def _is_counted_noun(text: str, q: Quantity, ks: int) -> bool:
    """The keyword at ks is the noun right after the number (one modifier at most), not a
    participle saying what happened to them ("41 wounded")."""
    if not (q.end <= ks <= q.end + 24 and _BETWEEN_NOUN.fullmatch(text, q.end, ks) is not None):
        return False
    w = _NOUN_WORD.match(text, ks)
    word = w.group(1).lower().rstrip(".,;:") if w else ""
    return not (word in _PEOPLE_PARTICIPLES or word in _SHORT_PAST or
                (word.endswith("ed") and len(word) > 4))


_PLACE_ADJ_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b((?:North|South|East|West|Northern|Southern|Eastern|Western|Central)"
    r"(?:\s+[A-Z][a-z]+)?|[A-Z][a-z]+(?:an|ean|ese|ish|ic))\s+$")
_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?((?:North|South|East|West|Northern|Southern|Eastern|"
                          r"Western)\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?!\s+(?:quarter|year))")


_LOCAL_IN_CLAIM = re.compile(r"\b(?i:in|across|outside|throughout)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*$")


def claim_model_names(facts: Sequence[Fact]) -> frozenset[str]:
    """The names with a number the claims spell, lower-case ("aero 7" from "The Aero 7
    starts at 41,900 euros"): in an article such a number names, it counts nothing."""
    out = set()
    for f in facts:
        for m in _MODEL_IN_CLAIM.finditer(f.claim):
            word = m.group(1)
            if word.lower() in _MONTHS or (word.isupper() and len(word) == 3) or \
                    is_year_text(m.group(2)):
                continue  # "March 2024", "EUR 3 million"
            out.add(f"{word.lower()} {m.group(2)}")
    return frozenset(out)


_MODEL_IN_CLAIM = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][A-Za-z-]*)\s(\d{1,4})\b(?![.,]\d)")
_RATE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,3}(?:per|for\s+every|for\s+each|in\s+every)\s+"
                         r"(?:\d[\d,]*(?:\.\d+)?|one|a|an|ten|hundred|thousand|million)\b", re.I)
_STAKE_BEFORE = re.compile(r"\b(?:owns?|owned|owning|holds?|held|holding|controls?|"
                           r"controlled|a\s+stake\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                           r"almost\s+|more\s+than\s+|just\s+)?$", re.I)
_OF_NAME = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z]")
_STAKE_SAID = re.compile(r"\b(?:own|owns|owned|stake|holds?|held|holding|control\w*|shares?)\b",
                         re.I)
_NAMED_RATE = re.compile(r"\b([a-z][a-z-]+)\s+rate\s+(?:of|was|is|stood\s+at|at|to)\s+"
                         r"(?:about\s+|around\s+|nearly\s+|some\s+|just\s+)?$", re.I)


def _other_rate(fact: Fact, text: str, q: Quantity, start: int) -> bool:
    """The percent is a named rate ("a death rate of 2.3%") whose name the fact's keywords,
    context and claim do not say."""
    m = _NAMED_RATE.search(text, max(start, q.start - 50), q.start)
    if m is None or m.group(1).lower() in _STOP:
        return False
    word = m.group(1).lower()
    return not any(t.search(text, m.start(), m.end()) for t in fact.keywords + fact.context) and \
        word not in claim_words(fact) and word[:5] not in fact.claim.lower()


_PERIOD_IN_CLAIM = re.compile(r"\b(?:this|last|next)\s+(?:season|year|month|week|quarter|term|"
                              r"campaign)\b", re.I)
def _claim_period(fact: Fact) -> re.Pattern[str] | None:
    """The period the claim names ("this season") as the pattern of its words right after a
    number, or None."""
    def make() -> re.Pattern[str] | None:
        m = _PERIOD_IN_CLAIM.search(fact.claim)
        return re.compile(r"\s+(?:[a-z]+\s+){0,2}" + r"\s+".join(m.group().split()) + r"\b",
                          re.I) if m else None
    return _of_fact("period", fact, make)


_EACH_IN_LABEL = re.compile(r"\b(?:for\s+each|for\s+every|per|each)\s+[a-z]+[^:]*:\s*"
                            r"(?:about\s+|around\s+|some\s+)?$", re.I)
_CHANGE_IN = re.compile(r"\s+(?:jump|rise|increase|fall|drop|decline|gain|surge|climb|growth|"
                        r"slump|cut|rise|hike|leap)s?\s+in\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)


def _change_of_other(fact: Fact, text: str, q: Quantity, end: int) -> bool:
    """"a 32% jump in third-quarter profit": the words after "in" say what changed; none of
    them is said by the fact's claim, keywords or context."""
    m = _CHANGE_IN.match(text, q.end, end)
    if m is None:
        return False
    said = " ".join([fact.claim, *(t.text for t in fact.keywords + fact.context)]).lower()
    words: list[str] = []
    for w in m.group(1).lower().split():
        if w in _STOP and words:
            break  # the phrase ends at its first small word: "profit on Tuesday"
        if w not in _STOP:
            words.append(w)
    if not words or any(c.isdigit() for c in words[-1]):
        return False
    head = re.sub(r"[^a-z]", "", words[-1].split("-")[-1])
    if head in _MONTHS or head.rstrip("s") in _TIME_WORDS:
        return False  # "a 2.4% rise in the year to March": when, not what
    return not any(re.sub(r"[^a-z]", "", w)[:5] in said for w in words if len(w) > 2)


_TIME_WORDS = frozenset("year month quarter week day period decade half season time past last "
                        "first second third fourth latest".split())


_OF_THE_AFTER = re.compile(r"\s+of\s+(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+",
                           re.I)


def _money_part_of_keyword(text: str, q: Quantity, kws: list[tuple[int, int]], end: int
                           ) -> bool:
    """"$41.2 million of the overseas haul": the sum is a part of what the keyword names."""
    m = _OF_THE_AFTER.match(text, q.end, end)
    return m is not None and any(m.start() < ks < m.end() for ks, _ in kws)


_SHARES_BEFORE = re.compile(r"\b(?:shares|stock|share\s+price)\s+(?:in\s+[A-Z][\w'’-]*\s+|of\s+[A-Z][\w'’-]*\s+)?"
                            r"(?:\w+\s+){0,2}?(?:rose|fell|jumped|climbed|dropped|slid|gained|lost|"
                            r"surged|slumped|were|was|are|is)\s+(?:up\s+|down\s+|by\s+)?"
                            r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.I)
_AT_PRICE_AFTER = re.compile(r"\s+at\s+(?:[$€£]\d[\d.,]*|\d[\d.,]*\s*(?:euros?|dollars?|pence|p|cents?)\b)"
                             r"(?!\s*(?:[mb]n?|billion|million|trillion)\b)", re.I)  # "up 4.6% at €11.82"
_SHARES_SAID = re.compile(r"\b(?:shares?|stock|price)\b", re.I)


def _share_price_move(fact: Fact, text: str, q: Quantity, start: int, end: int) -> bool:
    """A move in a share price ("Shares in Norvale rose 4.6%", "Norvale is up 4.6% at
    €11.82") for a fact that does not speak of shares."""
    if _SHARES_SAID.search(" ".join([fact.claim, *(t.text for t in fact.keywords)])):
        return False
    return _SHARES_BEFORE.search(text, max(start, q.start - 45), q.start) is not None or \
        _AT_PRICE_AFTER.match(text, q.end, end) is not None


_FROM_PLACE = re.compile(r"\s+(?:away\s+)?from\s+(?:the\s+)?[\w-]+", re.I)
_FROM_SAID = re.compile(r"\b(?:from|of|away|off|near|north|south|east|west|distance)\b", re.I)
_PLACE_COMMA = re.compile(r"\b[A-Z][\w'’-]*,\s*(?:about\s+|some\s+|just\s+|around\s+)?$")
_BEATS_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:beats?|beating|beat|tops?|topped|topping|miss(?:es|ed)?|"
                          r"missing|exceeds?|exceeded|exceeding)\s+(?:\w+\s+)?(?:forecasts?|"
                          r"expectations|estimates|consensus|guidance)\b", re.I)
_HOME_TO = re.compile(r"\b(?:home\s+to|population\s+of|a\s+(?:city|town|country|province|"
                      r"region|state|nation)\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                      r"almost\s+|more\s+than\s+|over\s+|roughly\s+|just\s+)?$", re.I)
# "the 1.9 million people who live in the 14 evacuated counties": the places' population
_WHO_LIVE = re.compile(r"\s+(?:people|residents|inhabitants)\s+(?:who\s+live|living|who\s+reside)\b",
                       re.I)
_POPULATION_SAID = re.compile(r"\b(?:home|population|resident|inhabitant|live|lives|living|"
                              r"people\s+in)\w*", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:at\s+least\s+|early\s+|late\s+|mid-?)?(?:[A-Z][a-z]+\s+)?$")
_PER_N_UNIT = re.compile(r"\bper\s+\d", re.I)
_A_RATE = re.compile(r"\brates?\b|\bper\s+\d", re.I)
_RATE_SAID = re.compile(r"\b(?:per|every|each)\b", re.I)
_IN_CODE = re.compile(r".*[A-Za-z]\d+[A-Za-z]$|.*\d[A-Za-z]$", re.S)  # "H7N|5"
_CODE_AFTER = re.compile(r"[A-Za-z]+\d")  # "7|N5"


def _is_code(text: str, q: Quantity) -> bool:
    """The number is part of a code of letters and digits ("H7N5", "B737")."""
    return _IN_CODE.match(text, max(0, q.start - 3), q.start) is not None or \
        _CODE_AFTER.match(text, q.end) is not None
_MODEL_BEFORE = re.compile(r"\b([A-Z][A-Za-z-]*)\s$")


def _is_model_name(nums: Numbers, text: str, q: Quantity) -> bool:
    """The number follows a word the claims spell with it: "The Aero 7 accelerates"."""
    if not nums.names or not q.text.isdigit():
        return False
    m = _MODEL_BEFORE.search(text, max(0, q.start - 24), q.start)
    return m is not None and f"{m.group(1).lower()} {q.text}" in nums.names


def story_settings(facts: Sequence[Fact]) -> frozenset[str]:
    """The first four letters of each name a claim gives as its story's setting
    ("Arvena's consumer prices", "The Arvena Central Bank"), not as one place of it ("In
    the Northern Province ...", "Revenue in China ...")."""
    out: set[str] = set()
    local: set[str] = set()
    for f in facts:
        for m in _NAME_IN_CLAIM.finditer(" " + f.claim):
            w = m.group()
            if w in _COMMON_CAPS:
                continue
            key = _POSSESSIVE_END.sub("", w.lower())[:4]
            (local if _LOCAL_IN_CLAIM.search(" " + f.claim, 0, m.start()) else out).add(key)
    return frozenset(out - local)


def _place_of(fact: Fact, text: str, ks: int, ke: int, start: int,
              settings: frozenset[str] = frozenset()) -> bool:
    """The keyword at ks..ke is said of one place ("European sales", "revenue in China")
    that the fact's claim, context and keywords do not name, nor the rules give as the
    story's setting. A fact with neither claim nor context says nothing of its place: the
    rule is then not applied."""
    if not fact.claim and not fact.context:
        return False
    m = _PLACE_ADJ_BEFORE.search(text, max(start, ks - 30), ks)
    place = m.group(1) if m is not None and m.start() > start else None
    if place is None:
        a = _PLACE_AFTER.match(text, ke)
        place = a.group(1) if a is not None else None
    if place is None:
        return False
    said = " ".join([fact.claim, *(t.text for t in fact.context + fact.keywords)]).lower()
    word = place.lower().split()[0]
    return word[:4] not in said and word[:4] not in settings  # "Iranian" troops for a fact
    # about Iran: its own


_CLAIM_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_CLAIM_WORDS: dict[int, tuple[Fact, frozenset[str]]] = {}


_CLAIM_NAMES: dict[int, tuple[Fact, frozenset[str]]] = {}
_POSSESSIVE_END = re.compile(r"['’]s?$")
_NAME_IN_CLAIM = re.compile(r"(?<=\s)[A-Z][a-z][\w'’-]*")
_COMMON_CAPS = frozenset("""
The A An In On At Of For And But Or To From By With As It Its This That These Those
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())


def claim_names(fact: Fact) -> frozenset[str]:
    """The names a fact's claim holds after its first word ("Taldor", "Valley"), lower-case."""
    got = _CLAIM_NAMES.get(id(fact))
    if got is not None and got[0] is fact:
        return got[1]
    names = frozenset(_POSSESSIVE_END.sub("", w.lower()) for w in _NAME_IN_CLAIM.findall(fact.claim)
                      if w not in _COMMON_CAPS)
    if len(_CLAIM_NAMES) > 50_000:
        _CLAIM_NAMES.clear()
    _CLAIM_NAMES[id(fact)] = (fact, names)
    return names


def claim_words(fact: Fact) -> frozenset[str]:
    """The content words of a fact's claim, lower-case ("taldor", "valley", "earthquake")."""
    got = _CLAIM_WORDS.get(id(fact))
    if got is not None and got[0] is fact:
        return got[1]
    words = frozenset(_POSSESSIVE_END.sub("", w.lower()) for w in _CLAIM_WORD.findall(fact.claim)
                      if w.lower() not in _STOP) - {""}
    if len(_CLAIM_WORDS) > 50_000:
        _CLAIM_WORDS.clear()
    _CLAIM_WORDS[id(fact)] = (fact, words)
    return words


def names_place(fact: Fact, cue: str) -> bool:
    """The fact is about the place (or the thing) a local figure is given for: its
    context, keywords or claim name it ("In Baghdad," for a fact with context Baghdad;
    "Port Aubrey: 24 inches" for a claim "... at Port Aubrey")."""
    if any(t.search(cue) for t in fact.context + fact.keywords + fact.nouns):
        return True
    words = [_POSSESSIVE_END.sub("", w.lower()) for w in _CLAIM_WORD.findall(cue)
             if w[:1].isupper() and w.lower() not in _STOP]
    claim = claim_words(fact)
    # the name's first word: "Lark Party" is not named by "The Tolan Party won ..."
    return bool(words) and words[0] in claim


_SHARE_NOUN = re.compile(r"\s+(?:of\s+)?(?:the\s+|all\s+|its\s+|their\s+)?([a-z]+)")


# the adjective that says "per" a time: "hourly earnings $34.20" is $34.20 per hour
_PER_ADJECTIVE = {"hour": "hourly", "day": "daily", "week": "weekly", "month": "monthly",
                  "year": "(?:annual|yearly)"}
_LABEL_END = re.compile(r":\s*(?:about\s+|around\s+|some\s+)?$")
_AVERAGE = re.compile(r"\b(?:average|typical|mean|each|every)\b", re.I)
_PCT_OF = re.compile(r"\s+of\s+(?:the|all|its|their|his|her|a)\s+[a-z]", re.I)


def _grows(fact: Fact) -> bool:
    """The fact's claim is a change in percent ("The population grew 9.3%"), not a share
    ("made up 14.2% of residents")."""
    def make() -> bool:
        claim = fact.claim.lower()
        return "% of" not in claim and " of " not in claim.split("%")[-1][:6] and \
            any(w in _CHANGE_WORDS for w in re.findall(r"[a-z]+", claim))
    return _of_fact("grows", fact, make)


_CLAIM_BASE = re.compile(r"%\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([a-z]+)", re.I)
_BASE_AFTER = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([a-z]+)", re.I)


def _another_base(fact: Fact, text: str, items: Sequence[Quantity], k: int, start: int,
                  end: int) -> bool:
    """The claim is a share of a base ("31% of victims"), another percent of the sentence is
    a share of that base, and this one is a share of another ("11% of the population")."""
    base = _CLAIM_BASE.search(fact.claim)
    if base is None:
        return False
    mine = _BASE_AFTER.match(text, items[k].end, end)
    if mine is None or mine.group(1)[:5].lower() == base.group(1)[:5].lower():
        return False
    for j, y in enumerate(items):
        if j != k and y.kind == "percent":
            theirs = _BASE_AFTER.match(text, y.end, end)
            if theirs is not None and theirs.group(1)[:5].lower() == base.group(1)[:5].lower():
                return True
    return False


def _share_of_other(fact: Fact, text: str, q: Quantity) -> bool:
    """A share ("half", "seven in ten") of a noun the fact's claim, keywords and context do
    not name."""
    m = _SHARE_NOUN.match(text, q.end)
    if m is None or m.group(1) in _STOP:
        return False
    said = " ".join([fact.claim, *(t.text for t in fact.keywords + fact.context)]).lower()
    return bool(said) and m.group(1)[:4] not in said


def _context_reaches(fact: Fact, text: str, clause: tuple[int, int], start: int, end: int
                     ) -> bool:
    """An earlier fact's `context` ("2017", "H5N2") names the event the number's clause
    speaks of: it stands in that clause, or the clause is an aside on it ("The 2017
    outbreak of the H5N2 strain, which killed 212 people")."""
    # a time ("last year") is the roles' to read: it names no event
    terms = tuple(t for t in fact.context if t.is_regex or not earlier_cue(t.text))
    if not terms:
        return False
    if _in_span(terms, text, clause):
        return True
    if not _ASIDE_OPEN.match(text, clause[0]):
        return False
    spans = clauses(text, start, end)
    before = [c for c in spans if c[1] <= clause[0]]
    return bool(before) and _in_span(terms, text, before[-1])


_ASIDE_OPEN = re.compile(r"(?:which|who|that)\b", re.I)


def _one_of_dated_rows(fact: Fact, text: str, nums: Numbers, k: int, years: frozenset[int],
                       start: int, end: int) -> bool:
    """nums.items[k] is a cell of a row dated by a year of its own, in a table under a
    heading that names an earlier time ("Earlier decisions": one row per meeting) or in a
    table keyed by year ("| 2019 | Vennick | 11 |" in a story of 2026): the figure of that
    one occasion, which a fact takes only when its `context` is in the row or its years
    date the row."""
    ry = row_year(nums.notes.row)
    keyed = ry is not None and nums.story_year is not None and ry < nums.story_year
    if not nums.heads[k] or not (keyed or nums.notes.heading):
        return False
    dated = {int(y.low) for y in nums.items if y.kind == "year" and y.low is not None}
    if not dated:
        return False
    return not (years & dated) and not (fact.context and _in_span(fact.context, text,
                                                                   (start, end)))


def _in_span(terms: tuple[Term, ...], text: str, span: tuple[int, int]) -> bool:
    return any(t.search(text, span[0], span[1]) is not None for t in terms)


_CHANGE_VERB = re.compile(r"\b(lost|gained|shed|added|picked\s+up|dropped)\s+(?:a\s+further\s+|"
                          r"another\s+|just\s+|only\s+|barely\s+|nearly\s+|almost\s+|about\s+|"
                          r"some\s+|roughly\s+|around\s+|more\s+than\s+)?$", re.I)


_WORD = re.compile(r"[A-Za-z]+")


# a percent right after a verb of change, with no "to": by how much something moved
_MOVED_BY = re.compile(r"\b(?:(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)up|down|rose|fell|"
                       r"grew|gained|lost|climbed|jumped|dropped|declined|increased|decreased|"
                       r"slipped|surged|slumped|eased|rising|falling)\s+"
                       r"(?:by\s+)?(?:about\s+|nearly\s+|some\s+|almost\s+|more\s+than\s+|"
                       r"just\s+|roughly\s+|around\s+|a\s+further\s+|another\s+)?$", re.I)
# a claim or keyword that speaks of a change or a rate of growth
_MOVE_SAID = re.compile(r"\b(?:up|down|rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|"
                        r"growth|gain\w*|lost|loss\w*|climb\w*|jump\w*|drop\w*|declin\w*|increas\w*|"
                        r"decreas\w*|slip\w*|surg\w*|slump\w*|eas\w*|higher|lower|more|less|"
                        r"change\w*|inflation|cut|cuts|hike\w*|raised?|boost\w*|shr[iu]nk\w*|"
                        r"contract\w*|expan\w*|rall\w*|soar\w*|plung\w*|tumbl\w*|swing|swung|"
                        r"premium|discount|above|below|ahead|behind|over|y/y|m/m|yoy|annual\w*)\b",
                        re.I)


def _moved_by(fact: Fact, text: str, q: Quantity, start: int) -> bool:
    """A percent by which something moved ("passengers up 8.4%, seats up 6.9%") for a fact
    whose claim and keywords speak of no change: a level ("The load factor was 86.4%")."""
    if not fact.claim or _MOVED_BY.search(text, max(start, q.start - 24), q.start) is None:
        return False  # a fact with no claim says nothing of being a level
    return not _of_fact("move_said", fact, lambda: _MOVE_SAID.search(" ".join(
        [fact.claim, *(t.text for t in fact.keywords)])) is not None)


def _changed_by(fact: Fact, text: str, q: Quantity, start: int) -> bool:
    """A count right after a verb of change that is not the fact's keyword ("lost 44
    seats" for a fact on seats won; not "lost 1,900 homes" for one whose keyword is lost)."""
    m = _CHANGE_VERB.search(text, max(start, q.start - 24), q.start)
    if m is None or any(t.match(text, m.start(1)) for t in fact.keywords):
        return False
    verb = _WORD.match(text, m.start(1))
    return verb is None or verb.group().lower() not in claim_words(fact)  # "Employers added
    # 18,400 jobs": the claim counts what was added


def _subset_of_keyword(fact: Fact, text: str, q: Quantity) -> bool:
    m = _SUBSET_OF.match(text, q.end)
    if m is None:
        return False
    for t in fact.keywords:
        k = t.match(text, m.end())
        if k is not None and not _POSSESSIVE.match(text, k.end()):
            return True  # not "40 of the consulate's staff"
    return False


_POSSESSIVE = re.compile(r"['’]s?\b")
_SUBSET_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the|those|these)\s+", re.I)


def assign(candidates: dict[int, list[Pick]], facts: Sequence[Fact],
           story: Callable[[int], int] | None = None) -> dict[int, Pick]:
    """Each number to at most one fact. Each fact asks for its best-tied number; a number
    asked for by several facts goes to the one tied to it most closely, and the others ask
    for their next. Of numbers tied alike for one fact, one that agrees with it (the
    sentence does not say which is the fact's). `story(i)`: 1 when the article tells fact
    i's claim (half its words or more), else 0; of two facts tied alike, the article's own
    story's wins ("21 were killed" in a siege report is the siege's toll, not a quake's),
    unless only one of them has another number in its keyword's clause: the other wins. A
    number in one fact's keyword clause is no other fact's from afar."""
    def key(p: Pick, i: int) -> tuple[object, ...]:
        return (p.rank[:3], -(story(i) if story else 0), p.rank[4], p.tie, i)

    order = {i: _prefer(facts[i], ps) for i, ps in candidates.items()}
    # the numbers each fact finds in its keyword's clause: no other fact's from afar
    near = {p.index: i for i, ps in candidates.items() for p in ps if p.rank[0] <= 0}
    nxt = {i: 0 for i in order}
    lost: set[int] = set()  # facts that lost a number to another
    out: dict[int, Pick] = {}
    free = sorted(order)
    while free:
        i = free.pop(0)
        ps = order[i]
        while nxt[i] < len(ps):
            p = ps[nxt[i]]
            nxt[i] += 1
            if i in lost and p.rank[0] > 0:
                continue  # after losing its number, only one its keyword's clause holds
            if p.rank[0] > 0 and near.get(p.index, i) != i:
                continue  # "Seven ... voted for the cut and two voted to hold": Seven is
                # the vote's, tied there, never the far-off keyword's
            holder = next((j for j, h in out.items() if h.index == p.index), None)
            if holder is None:
                out[i] = p
                break
            h = out[holder]
            # between facts: the clause, the context, the year, then which fact's
            # context names the number's subject, then the keyword's distance; but a fact
            # with no other number in its keyword's clause wins it from one that has another
            # ("Seven ... voted for the cut and two voted to hold": two is the hold's)
            wins = key(p, i) < key(h, holder)
            if p.rank[0] <= 0 and h.rank[:3] == p.rank[:3]:
                mine = _other_near(order[i], p.index, out, i)
                theirs = _other_near(order[holder], p.index, out, holder)
                if mine != theirs:
                    wins = theirs
            if wins:
                out[i] = p
                del out[holder]
                free.append(holder)
                lost.add(holder)
                break
            lost.add(i)
        free.sort()
    return out


def _other_near(ps: list[Pick], index: int, out: dict[int, Pick], me: int) -> bool:
    """Another number than `index` in the fact's keyword's clause that no other fact holds."""
    held = {h.index for j, h in out.items() if j != me}
    return any(p.rank[0] <= 0 and p.index != index and p.index not in held for p in ps)


def _prefer(fact: Fact, ps: list[Pick]) -> list[Pick]:
    """The fact's picks best first; among the best-tied, one that agrees first."""
    if len(ps) > 1 and ps[1].rank == ps[0].rank:
        tied = [p for p in ps if p.rank == ps[0].rank]
        agree = [p for p in tied if meets(*in_fact_unit(fact, p.quantity), fact)]
        if agree and agree[0] is not ps[0]:
            rest = [p for p in ps if p is not agree[0]]
            return [agree[0], *rest]
    return ps


def nearest_number(fact: Fact, text: str, end: int, quantities: list[Quantity] | Numbers,
                   kws: list[tuple[int, int]], nearby: Nearby | None = None, me: int = -1,
                   start: int = 0) -> Quantity | None:
    """The fact's number in the sentence, the fact alone (no other fact competing)."""
    nums = quantities if isinstance(quantities, Numbers) else Numbers(text, quantities, start,
                                                                      end)
    got = picks(fact, text, end, nums, kws, nearby, me, start)
    if not got:
        return None
    chosen = assign({0: got}, [fact])
    return chosen[0].quantity


def _is_change_to(text: str, q: Quantity, nxt: Quantity, start: int = 0) -> bool:
    """q is a change and nxt the level it led to: "rose 0.3 points to 4.1%"."""
    to = _TO_LEVEL.match(text, q.end)
    return (to is not None and nxt.start <= to.end() + 1 and
            CHANGE_BEFORE.search(text, max(start, q.start - 30), q.start) is not None)


# what happened to a group, said after its number: "Forty hostages escape", "Fourteen
# hostages, three police officers and four of the gunmen were killed"
_EVENT_AFTER = re.compile(
    r"[^.;:]*?\b(escap\w*|fle[ed]s?|fleeing|die[sd]?|dying|killed|freed|released|rescued|"
    r"wounded|injured|hurt|evacuated|captured|kidnapped|abducted|arrested)\b")
# "three explosions killed at least 25": the group did it, it did not happen to them
_OBJECT_AFTER = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?"
                           r"(?:\d|the\b|a\b|an\b|his\b|her\b|their\b|its\b|one\b|two\b|three\b|"
                           r"four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|dozens\b|hundreds\b|"
                           r"[a-z]+(?:teen|ty)\b)", re.I)
_STEMS = re.compile(r"(?:e?s|ed|d|ing)$")


# a count or sum this many times larger or smaller than the fact's is another quantity
# (a scale slip of a thousand, "$4.2 million" for "$4.2 billion", stays a contradiction)
_FAR = 5000.0


def _far_off(fact: Fact, q: Quantity) -> bool:
    """`q` is a count, a sum of money or a duration of another order of size than the
    fact's own ("9.81 sec" is no age of 24 years)."""
    if fact.kind not in ("count", "money", "duration") or q.kind != fact.kind:
        return False
    mine = [x for x in (fact.low, fact.high) if x is not None and x > 0]
    theirs = [x for x in ((q.value, q.low, q.high) if fact.kind != "duration" else
                          in_fact_unit(fact, q)) if x is not None and x > 0]
    if not mine or not theirs:
        return False
    a, b = sum(mine) / len(mine), theirs[0]
    return a / b > _FAR or b / a > _FAR


# a claim that gives its value as a part: "won 163 of the 300 seats"
_PART_CLAIM = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))"
                         r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
                         r"(?:[\w-]+['’]s?\s+)?(\d[\d,]*(?:\.\d+)?)", re.I)  # "nine of Calvaria's 14"


def claim_whole(fact: Fact) -> float | None:
    """The whole the fact's claim takes its figure from: 22 in "Cases have been found in 14
    of Dunmore's 22 districts"."""
    def make() -> float | None:
        m = _PART_CLAIM.search(fact.claim)
        return float(m.group(1).replace(",", "")) if m else None
    return _of_fact("whole", fact, make)



# a claim about the size of a whole: "The train had 14 carriages"
_WHOLE_CLAIM = re.compile(r"\b(?:(?:had|has|have)(?!\s+been\b)|holds?|numbers?|numbered|totals?|totall?ed|"
                          r"comprises?|comprised|consists?|consisted|carr(?:ied|ying|ies)|"
                          r"(?:took|take|takes|taking)\s+part|competed|competing|participat\w*|"
                          r"there\s+(?:are|were|was|is))\b", re.I)


_ANOTHER_START = re.compile(r"\W*(?:another|a\s+further|an\s+additional)\s+$", re.I)


def _another_group(fact: Fact, text: str, q: Quantity, kws: list[tuple[int, int]],
                   clause: tuple[int, int], nums: Numbers) -> bool:
    """"21 people were killed. Another 41 were wounded.": a new group, what happened to it
    the fact's keyword right after, and nothing before in the paragraph said of the fact."""
    a, b = clause
    if not _ANOTHER_START.fullmatch(text, nums.start, q.start):
        return False
    if not any(q.end <= ks < min(b, q.end + 40) for ks, _ in kws):
        return False
    return bool(nums.before) and not any(t.search(nums.before) for t in fact.keywords) and \
        any(c.isdigit() for c in nums.before)


def _names_whole_only(text: str, whole: Quantity, kws: list[tuple[int, int]],
                      clause: tuple[int, int]) -> bool:
    """Of the fact's keywords in the clause, the one(s) there name only what the whole
    counts ("Nine of the 14 carriages" for a fact whose keyword is carriages)."""
    a, b = clause
    inside = [ks for ks, _ in kws if a <= ks < b]
    return bool(inside) and all((whole.end < ks <= whole.end + 2 and text[whole.end:ks].isspace())
                                or _in_noun_phrase(text, whole.end, ks)
                                or _OWNER_OF.fullmatch(text, ks, whole.start) is not None
                                or (_NOUN_THEN.fullmatch(text, whole.end, ks) is not None and
                                    text[ks:ks + 12].split()[0].lower().endswith("ed") and
                                    _BY_AFTER.match(text, ks + len(text[ks:ks + 12].split()[0])))
                                for ks in inside)  # "Nine of the train's 14 carriages", "19
    # of the 23 miners trapped by the rockfall"


def _in_noun_phrase(text: str, a: int, b: int) -> bool:
    """text[a:b] is one to three words of a noun phrase after a number ("380,000 stolen card
    numbers": "card" is still in the whole's phrase)."""
    words = text[a:b].split()
    return 0 < len(words) <= 3 and b - a < 40 and text[b - 1:b].isspace() and all(
        w.isalpha() and w.islower() and w not in _STOP and not w.endswith("s")
        for w in words)  # not "14 carriages derailed": the noun, then what it did


_BY_AFTER = re.compile(r"\s+(?:by|in|at|on|under|inside|after|during)\b")  # "trapped by the fall"
_NOUN_THEN = re.compile(r"[ \t]+[a-z]+s[ \t]+")  # "23 miners trapped": the whole, its noun, then
_OWNER_OF = re.compile(r"[\w-]+['’]s?\s+")


_SHARE_GROUP = re.compile(r"%\s+of\s+(?:the\s+|all\s+)?([^,;]+)")


def _share_of_own(fact: Fact, cue: str) -> bool:
    """The cue is "N% of <group>, or M" and the group is one of the fact's keywords."""
    m = _SHARE_GROUP.search(cue)
    return m is not None and any(t.search(m.group(1)) for t in fact.keywords)


def _stem(word: str) -> str:
    return _STEMS.sub("", word.lower())[:5]


def keyword_stems(facts: Sequence[Fact]) -> dict[str, frozenset[int]]:
    """The first five letters of each word of the facts' plain keywords, stripped of an
    ending ("escap" for `escaped`) -> the facts that have it."""
    out: dict[str, set[int]] = {}
    for i, f in enumerate(facts):
        for t in f.keywords:
            if not t.is_regex:
                for w in _WORD.findall(t.text):
                    out.setdefault(_stem(w), set()).add(i)
    return {k: frozenset(v) for k, v in out.items()}


def _fact_says(fact: Fact, word: str) -> bool:
    """The fact's keywords or claim hold `word` in some form ("escaped" for "escape")."""
    stem = _stem(word)
    said = " ".join([fact.claim, *(t.text for t in fact.keywords)]).lower()
    return stem in said or (stem.startswith("fle") and "fled" in said) or \
        (stem.startswith("die") and ("dead" in said or "death" in said or "kill" in said))


def _under_other_label(fact: Fact, text: str, end: int, q: Quantity,
                       kws: list[tuple[int, int]], nums: Numbers, me: int) -> bool:
    """A count's figure q, given under the label that opens its line, is another group's:
    the label's head nouns are another fact's keywords, none of the fact's, the label
    names the fact by no noun of its own (a participle, "oiled", says what befell the
    head's) and nothing after q says what it counts ("Seals and otters found oiled: 146",
    "Hostages: 132 held; 14 killed" for a toll), or
    the fact's keywords in the label only name the counted noun and another fact's event
    follows them there, as it would in prose ("Birds released back to the wild: 610")."""
    if fact.kind != "count" or nums.label is None:
        return False
    a, b = nums.label
    inside = [(ks, ke) for ks, ke in kws if a <= ks < b]
    if not noun_phrase(text, q.end, end) and \
            all(_LABEL_VERB.fullmatch(text[ks:ke].lower()) for ks, ke in inside) and \
            _label_counts_other(fact, nums.label_nouns, nums.stems, me):
        return True
    if not inside or not all(text[ks:ke].lower() in nums.label_nouns for ks, ke in inside):
        return False
    ev = _EVENT_AFTER.match(text, max(ke for _, ke in inside), b)
    return ev is not None and not _fact_says(fact, ev.group(1)) and \
        bool(nums.stems.get(_stem(ev.group(1)), frozenset()) - {me})


def _can_be(fact: Fact, text: str, end: int, q: Quantity, kws: list[tuple[int, int]],
            others: Sequence[tuple[int, int]], nums: Numbers, k: int, me: int = -1) -> bool:
    """The rest of the checks, after Numbers' fact-free ones and `compatible`."""
    if any(q.start < ke and ks < q.end and not (q.per and ks > q.start) and
           not ke <= q.start + _digits_at(q.text) and
           not (ks > q.start and (ks >= _numeral_end(text, q) or not text[ks].isalnum()))
           for ks, ke in kws):
        return False  # the number is part of the keyword itself (not "$3.42 per share", not
        # "an average of 2.38" for a keyword `average`, not "fourteen days of action" for
        # `days of action`, nor "366-metre" for `-metre`: there the keyword is the number's unit)
    if fact.kind == "count":
        m = _PARTICIPLE_AFTER.match(text, q.end, end)
        if m is not None and m.group(1) not in _PEOPLE_PARTICIPLES and \
                not any(ks == m.start(1) for ks, _ in kws) and \
                not any(t.match(text, m.start(1)) for t in fact.keywords):
            return False  # "4,300 damaged": what the participle says, not the fact's
        if m is not None and m.group(1) in _PEOPLE_PARTICIPLES and \
                _other_event(fact, m.group(1)):
            return False  # "4 killed, 2 captured": the 2 were captured, not killed
    if fact.kind == "count" and kws and all(_is_counted_noun(text, q, ks) or
                                            not (nums.start <= ks < end) for ks, _ in kws):
        ev = _EVENT_AFTER.match(text, q.end, min(end, q.end + 90, nums.notes[k].clause[1]))
        if ev is not None and not _fact_says(fact, ev.group(1)) and \
                not _OBJECT_AFTER.match(text, ev.end(), end) and \
                nums.stems.get(_stem(ev.group(1)), frozenset()) - {me}:
            return False  # "Forty hostages escape": another fact's event, not this one's
    pas = _PEOPLE_PASSIVE.match(text, q.end, end)
    if pas is not None and nums.keyword_of_other(pas.start(1), me) and \
            not any(t.match(text, pas.start(1)) for t in fact.keywords):
        return False  # "2,700 have been hurt": another fact's figure, not the toll
    if nums.label is not None and nums.label[1] <= q.start and \
            _under_other_label(fact, text, end, q, kws, nums, me):
        return False  # "Seals and otters found oiled: 146", "Birds released: 610"
    lead = (_lead_noun(nums.heads[k]) or nums.table_noun) if nums.heads[k] else nums.lead_noun
    if not lead and fact.nouns and fact.kind == "count" and _bare(text, q, end):
        lead = nums.implied_noun(k, text)
    if counts_other_noun(fact, text, q, end, nums.start, lead):
        return False
    if fact.kind == "count" and not fact.nouns and not fact.per and _is_measure(fact) and \
            not any(0 <= q.start - ke <= 2 or 0 <= ks - q.end <= 2 for ks, ke in kws) and \
            nums.counts_people(k, text, end):
        return False  # a magnitude of 7.8 is no count of the injured; "magnitude 7.8" is it
    touches = any(0 <= ks - q.end <= 2 or 0 <= q.start - ke <= 2 for ks, ke in kws)
    if others and _RATE_AFTER.match(text, q.end, end) and \
            _RATE_SAID.search(fact.claim + " " + fact.unit_label):
        others = []  # "96 confirmed cases per 100,000": a rate, the rate fact's
    for ks, ke in others:
        if (0 <= ks - q.end <= 2 or 0 <= q.start - ke <= 2) and (ks, ke) not in kws and \
                not (touches and _QUALIFIED_NOUN.fullmatch(text, *next(
                    ((a, b) for a, b in kws if 0 <= a - q.end <= 2), (0, 0)))) and \
                not any(t.search(text, ks, ke) for t in fact.nouns) and \
                not (text[ks:ke].lower() in _HUMANS and _says_people(fact)) and \
                not (fact.unit_label and ke > q.end and
                     singular(text[ks:ke]) == singular(fact.unit_label.split()[0])):
            return False  # "56 wounded": the number of the fact whose keyword it touches
            # (not its own unit: "holds 2.38 people" for people per household)
    return True


ROLE_WORDS = {
    "earlier": "an earlier figure", "change": "a change, not a level",
    "part": "a part of a whole", "total": "the whole a part is taken from",
    "subset": "a part of a group", "threshold": "a figure needed, not reached",
    "forecast": "a forecast", "margin": "a margin over others", "rate": "an amount for each one",
    "local": "a figure for the place the sentence opens on", "name": "part of a name",
    "interim": "a reading on the way, since replaced", "age": "an age",
    "peak": "a high point, not the level", "period": "a change over another period",
}


def why_not(fact: Fact, text: str, start: int, end: int, quantities: list[Quantity],
            kws: list[tuple[int, int]], nearby: Nearby | None = None, me: int = -1,
            notes: Sequence[Annotation] = ()) -> str:
    """Why the sentence text[start:end], which holds a keyword, is no mention of the fact:
    the key that ruled it out, in words. `notes`: the numbers' annotations (roles)."""
    takes = takes_of(fact)
    for q, n in zip(quantities, notes):
        if n.role not in takes and compatible(fact, q):
            return (f"'{q.text}' is {ROLE_WORDS.get(n.role, n.role)} ({n.cue}); the fact takes "
                    f"{', '.join(sorted(takes))} figures (`role`)")
    if fact.context and any_term(fact.context, text, start, end) is None:
        return ("`context`: none of " + ", ".join(t.text for t in fact.context)
                + " is in the sentence")
    if fact.exclude:
        hit = any_term(fact.exclude, text, start, end)
        if hit is not None:
            return f"`exclude`: the sentence holds '{hit.text}'"
    if not quantities:
        return "no number in the sentence"
    reasons = []
    for q in quantities:
        if not compatible(fact, q):
            what = q.unit or ("count" if q.kind == "count" else q.kind)
            want = fact.unit_label or ("a count" if fact.kind == "count" else fact.kind)
            if fact.kind == "count":
                want = f"a count of {fact.unit_label}" if fact.unit_label else "a count"
            shown = f"a {q.kind} ({q.unit})" if q.unit else _article(what)
            if q.per:
                shown = f"a rate ({q.unit or q.kind} per {q.per})"
            reasons.append(f"'{q.text}' is {shown}, the fact wants {want} (`unit`)")
        elif any(q.start < ke and ks < q.end for ks, ke in kws):
            reasons.append(f"'{q.text}' is part of the keyword")
        elif counts_other_noun(fact, text, q, end, start):
            place = _PLACE_OF.search(text, max(start, q.start - 40), q.start)
            counted = " ".join(noun_phrase(text, q.end, end)) or (place.group(1) if place else "")
            reasons.append(f"'{q.text}' counts '{counted}', not one of `nouns` "
                           + ", ".join(t.text for t in fact.nouns))
        elif _OTHER_FIGURE.search(text, max(start, q.start - 50), q.start):
            reasons.append(f"'{q.text}' is another figure ('up from', 'another', 'an earlier "
                           "toll of'), not the one reported")
        elif fact.kind == "duration" and _TIME_REF_AFTER.match(text, q.end):
            reasons.append(f"'{q.text}' is a point in time ('{q.text} ago', 'into'), not a "
                           "length")
        elif fact.kind == "count" and _partitive(text, q):
            reasons.append(f"'{q.text}' picks a few out of a group ('{q.text} of the ...'), "
                           "not the group's number")
        elif nearby is not None and any(
                (0 <= ks - q.end <= 2 or 0 <= q.start - ke <= 2) and (ks, ke) not in kws
                for ks, ke in nearby.touching(q, me)):
            word = next(text[ks:ke] for ks, ke in nearby.touching(q, me)
                        if 0 <= ks - q.end <= 2 or 0 <= q.start - ke <= 2)
            reasons.append(f"'{q.text}' is next to '{word}', another fact's keyword: that "
                           "fact's number (add the word to `nouns` if it is this fact's too)")
    return "; ".join(reasons) or "no number of the fact's kind"


def _article(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word if word else word
