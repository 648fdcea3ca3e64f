"""Versions of one story compared without rules: the amounts several articles give for the
same quantity, grouped, and the groups whose readings cannot all be true.

Each amount of each sentence (dates, times, ordinals, years and names left out, as the
reader kinds them) becomes a `Reading` with a signature: its dimension (the counted noun's
class, or the unit's kind and currency), its role (the current figure, an earlier one, a
change), the event word nearest to it ("fled", "killed", "seized": `EVENTS`) and the content
words of its stretch of the sentence. Readings are grouped across articles by blocking on
(dimension, role, word): a reading is compared only with the groups that share one of its
nearest words, and with a few readings of each, so grouping grows with the number of
readings, not with its square. A group disagrees when the intervals its articles give (each
as SPEC §3 reads qualifiers and precision) have no common point; a reading never joins a
group where its own article already gives an amount that does not meet it (two numbers of
one article are two quantities).
"""

from __future__ import annotations

import bisect
import math
import re

import regex  # type: ignore[import-untyped]  # no stubs shipped with it
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .mentions import Numbers, noun_phrase
from .quantities import CHANGE_BEFORE, DEFAULT_APPROX, Quantity, may_hold_number, read_quantities
from .text import Document, Sentence, split_sentences
from .units import lookup

SKIP_KINDS = frozenset({"year", "ordinal", "date", "time", "decade", "name"})
WINDOW = 8  # content words each side of a number that speak of what it is
NEAR = 3  # nearest content words each side used for blocking
MIN_SCORE = 0.28  # weighted share of words two readings must have in common
STRONG = 0.6  # ... or more, for readings that disagree: a contradiction needs more evidence
SAME = 0.75  # ... and this much for readings whose sentences name no name in common
SAMPLE = 8  # readings of a group a new reading is compared with
TRIES = 32  # groups a new reading is compared with at most, found through its nearest words

# Word lists (data): words that carry no event, words for people, and event classes.
STOP = frozenset("""
a about above after again against all almost also although among an and another any are
around as at be because been before being below between both but by can could did do does
during each either even ever every few for from further had has have having he her here hers
him his how however i if in into is it its itself just last least less many may me might more
most much must my near nearly next no nor not now of off on once one only or other our out
over own per perhaps same she should since so some still such than that the their them then
there these they this those though through thus to too toward under until up upon us very was
we were what when where whether which while who whom whose why will with within without would
yet you your said says say told tell tells according including added percent cent million
billion thousand hundred trillion dozen dozens half quarter roughly approximately estimated
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty
seventy eighty ninety monday tuesday wednesday thursday friday saturday sunday week weeks
day days month months year years today yesterday time times officials official cnn reuters
people person persons
""".split())
HUMANS = frozenset("""
people person persons civilian resident inhabitant citizen national villager local man men
woman women child children boy girl adult soldier troop fighter militant insurgent rebel
police policeman officer staff worker employee diplomat hostage captive prisoner inmate
detainee refugee migrant victim patient student recruit member mourner protester voter
passenger pilot crew journalist reporter marine personnel guard family families individual
""".split())
# an event's words, one class each: the nearest one names what a count counts
EVENTS = {
    "flee": "flee fled fleeing flees displace displaced displacing displacement exodus "
            "refugee refugees evacuate evacuated evacuation uprooted homeless",
    "kill": "kill killed killing kills dead death deaths died die dying massacre massacred "
            "execute executed execution murder murdered slain toll fatalities",
    "injure": "injure injured injuring injuries injury wound wounded wounding hurt",
    "seize": "seize seized seizing capture captured capturing kidnap kidnapped abduct "
             "abducted hostage hostages detain detained held captive captives",
    "free": "free freed freeing release released releasing",
    "arrest": "arrest arrested arrests",
    "send": "send sent deploy deployed deploying dispatched arrived",
}
EVENT = {w: name for name, ws in EVENTS.items() for w in ws.split()}
# who said it, at the end of a sentence: ", security officials in Baghdad told CNN."
_ATTRIBUTION = re.compile(r",\s+(?:[\w’'.-]+\s+){0,8}?(?:told|said|says|reported|according)\b"
                          r"[^,;:]*[.!?”\"]*\s*$")
_PERIOD = re.compile(r"\b(?:(?P<year>full[- ]year|annual|for\s+the\s+year|fiscal\s+year)|"
                     r"(?P<quarter>quarter(?:ly)?)|(?P<half>(?:first|second)\s+half|half[- ]year))\b",
                     re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "s")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem that makes 'displaced' and 'displacement', 'hostage' and 'hostages' one
    word: lower case, possessive and one suffix off, six letters at most."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[:-len(suf)]
            break
    return w[:6]




def _human(noun: str) -> bool:
    w = noun.lower()
    return w in HUMANS or (w.endswith("s") and (w[:-1] in HUMANS or w[:-2] in HUMANS)) or \
        (w.endswith("ies") and w[:-3] + "y" in HUMANS)


# a place: a name after a preposition of place that does not itself follow a name
# ("areas in Baghdad", "west of Mosul", "near al-Khalis"; not "Organization for Migration")
_PLACE = regex.compile(r"(?<![A-Z][\w’'-]* |\b(?:officials?|police|sources?|authorities|"
                       r"spokes(?:man|woman|person)|ministry|embassy|correspondents?|reporters?|"
                       r"media|forces|troops)\s+)\b(?:in|of|near|from|at|to|toward|towards|outside)\s+"
                    r"(?:the\s+)?((?:al-|el-)?[A-Z][\w’'-]+)")


@dataclass(frozen=True, slots=True)
class Reading:
    """One amount of one article, with what it was read as and its signature."""

    article: str
    line: int
    column: int
    sentence: str  # the sentence, white space folded
    start: int  # the amount's offsets in `sentence`
    end: int
    text: str  # the amount as written
    low: float | None  # in `unit`; None: open
    high: float | None
    unit: str  # a base unit, a currency, or what is counted ("people", "round")
    key: tuple[str, ...]  # (kind, class, role, per): only readings of one key are grouped
    event: str  # the nearest event class ("flee", "kill", ...) or ""
    words: frozenset[str]  # content stems of its stretch of the sentence
    near: tuple[str, ...]  # the nearest content stems, for blocking
    places: frozenset[str] = frozenset()  # names after 'in', 'of', 'near', 'from', ...
    weights: tuple[tuple[str, float], ...] = ()  # each word's nearness: 1 next to it, less away
    names: frozenset[str] = frozenset()  # the sentence's capitalised words but its first
    ends: tuple[str, str] = ("", "")  # the nearest name before it and after it
    forms: tuple[tuple[str, str], ...] = ()  # each word as written (lower case)
    noun: str = ""  # the noun it counts, as written ("Iraqis")
    written: tuple[str, str] = ("", "count")  # the reader's (unit, kind): "mile", "length"
    sentence_at: int = 0  # where its sentence starts in the article
    heading: bool = False  # its sentence is a heading: a short line with no end stop
    period: str = ""  # "quarter", "year", "half": the period its sentence reports

    def marked(self) -> str:
        return f"{self.sentence[:self.start]}>>{self.sentence[self.start:self.end]}<<" \
               f"{self.sentence[self.end:]}"


@dataclass(frozen=True, slots=True)
class Group:
    """Readings of one quantity from at least two articles."""

    id: str  # stable, from its words: "people-flee-mosul"
    counts: str  # what it counts or measures
    words: tuple[str, ...]  # the words most of its readings share
    readings: tuple[Reading, ...]
    agree: bool

    @property
    def articles(self) -> list[str]:
        return sorted({r.article for r in self.readings})


def _fold(text: str, a: int, b: int) -> tuple[str, int, int]:
    """The sentence with white space folded, and the amount's offsets in it."""
    before = " ".join(text[:a].split())
    mid = " ".join(text[a:b].split())
    after = " ".join(text[b:].split())
    sep_b = " " if before and text[:a][-1:].isspace() else ""
    sep_a = " " if after and text[b:][:1].isspace() else ""
    start = len(before) + len(sep_b)
    return before + sep_b + mid + sep_a + after, start, start + len(mid)


def _written_precision(q: Quantity) -> tuple[float | None, float | None]:
    """A measure written exactly ('38 percent', '17 minutes', '51.8%') stands for what rounds
    to it: half a unit of its last digit either side. A count ('48') stays exact."""
    if q.kind == "count" or q.qualifier or q.low is None or q.low != q.high:
        return q.low, q.high
    m = re.search(r"\d(?:[\d,]*\d)?(?:\.(\d+))?", q.text)
    if m is None:
        return q.low, q.high
    half = 0.5 * 10.0 ** -len(m.group(1) or "")
    return q.low - half, q.low + half


def _convert(q: Quantity) -> tuple[str, str, float | None, float | None]:
    """(dimension, unit shown, low, high), in a base unit where the unit converts."""
    if q.kind == "count":
        return "count", "", q.low, q.high
    low, high = _written_precision(q)
    if q.kind != "money":
        q = replace(q, low=low, high=high)
    if q.kind == "money":
        return f"money:{q.unit}", q.unit, q.low, q.high
    if q.kind == "percent":
        return "percent", "percent", q.low, q.high
    u = lookup(q.unit, q.kind)
    if u is None or u.factor is None:
        return f"{q.kind}:{q.unit}", q.unit, q.low, q.high
    base = {"length": "metre", "duration": "second", "mass": "kilogram"}.get(u.kind, u.kind)
    return (u.kind, base, None if q.low is None else u.to_base(q.low),
            None if q.high is None else u.to_base(q.high))


# a year that dates an event the sentence names: "the 2003 invasion", "the 1988 quake's"
_THE_BEFORE = re.compile(r"\b(?:the|a|its|their)\s+$", re.I)
_EVENT_AFTER = re.compile(r"\s+([a-z][a-z-]{2,})\b")
_NOT_EVENT = frozenset("""
and or to and but census season budget election elections level levels figure figures
""".split())


def _event_year(text: str, q: Quantity) -> tuple[str, str, float | None, float | None] | None:
    """A year in "the 2003 invasion": compared with the years other versions give the same
    event (dimension 'year:<event>'); None for any other year."""
    if not _THE_BEFORE.search(text, max(0, q.start - 8), q.start):
        return None
    m = _EVENT_AFTER.match(text, q.end)
    if m is None or m.group(1) in _NOT_EVENT or m.group(1) in STOP:
        return None
    return f"year:{stem(m.group(1))}", "year", q.low, q.high


# an earlier figure named after it, or a forecast before it
_EARLIER_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|"
                            r"the\s+previous\s+(?:year|quarter)|in\s+the\s+same\s+"
                            r"(?:quarter|period)\s+(?:a\s+year\s+earlier|last\s+year))", re.I)
_FORECAST_BEFORE = re.compile(
    r"\b(?:expects?|expected|forecasts?|projects?|projected|predicts?|predicted|estimated|"
    r"consensus|guidance|target|estimate\s+of|expectations?\s+of|outlook)\b[^.;:,]{0,40}$", re.I)


# a part of a group the sentence names: "180,000 of the displaced", "three are among those held"
_PART_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:of\s+(?:the|those|them|these|its|their|whom)\b|"
                         r"(?:are|were|is|was)\s+among\b)", re.I)
# what is left of a group: "43 people still held", "12 remain missing"
_REMAINING = re.compile(r"\s+(?:\w+\s+)?(?:still|remain|remained|remaining|left)\b", re.I)
# a count in progress: "with 60% of ballots counted"
_PROVISIONAL = re.compile(r"\bwith\s+(?:about\s+|nearly\s+|almost\s+|over\s+)?[\d.,]+\s*"
                          r"(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?\w+\s+"
                          r"(?:counted|reported|tallied|in)\b", re.I)


def _role(text: str, nums: Numbers, k: int, provisional: bool) -> str:
    q = nums.items[k]
    if not nums.any_fact[k] or _EARLIER_AFTER.match(text, q.end):
        return "earlier"
    if provisional:
        return "provisional"
    if q.kind == "count" and _PART_AFTER.match(text, q.end):
        return "part"
    if _REMAINING.match(text, q.end):
        return "remaining"
    if _FORECAST_BEFORE.search(text, max(0, q.start - 60), q.start):
        return "forecast"
    if CHANGE_BEFORE.search(text, max(0, q.start - 40), q.start):
        return "change"
    if not nums.count_fact[k]:
        return "part"
    return "current"


def _no_amount(text: str, q: Quantity) -> bool:
    """'one of the officials', 'a family', '00014213', '70-year-old': no amount to compare."""
    if q.kind == "count" and q.low is not None and q.high is not None and q.high <= 1 \
            and not any(c.isdigit() for c in q.text):
        return True
    if re.match(r"0\d", q.text):
        return True
    return re.match(r"-?old\b", text[q.end:q.end + 5]) is not None


# where a sentence surely ends: an end stop and a line break, or a blank line
_HARD_BREAK = re.compile(r"[.!?:;\"”][ \t]*(?:\r\n|\r|\n)|\n[ \t]*(?:\r\n|\r|\n)")


def _sentences(doc: Document) -> list[Sentence]:
    """The sentences of the stretches between hard breaks that may hold a number (the rest
    of the article is not split)."""
    out: list[Sentence] = []
    a = 0
    cuts = [m.end() for m in _HARD_BREAK.finditer(doc.text)] + [len(doc.text)]
    for b in cuts:
        if b > a and may_hold_number(doc.text[a:b]):
            out.extend(split_sentences(doc, a, b))
        a = b
    return out


def _inside(pos: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


_TEMPLATES: dict[tuple[str, bool, float], list[tuple[Reading, int]]] = {}
_TEMPLATES_MAX = 50_000  # sentences remembered: versions of a story copy whole paragraphs


def sentence_readings(article: str, doc: Document, approx: float = DEFAULT_APPROX
                      ) -> list[Reading]:
    """Every amount of the article, in reading order, with its signature. A sentence read
    before (the wire copy's paragraph in another version) is not read again."""
    out: list[Reading] = []
    breaks = sorted(doc.breaks)
    for s in _sentences(doc):
        text = doc.text[s.start:s.end]
        # a row, cell or item of a table or list: a break where it starts or inside it
        i = bisect.bisect_right(breaks, s.start) - 1
        in_block = (i >= 0 and not doc.text[breaks[i]:s.start].strip()) or \
            (i + 1 < len(breaks) and breaks[i + 1] < s.end)
        key = (text, in_block, approx)
        templates = _TEMPLATES.get(key)
        if templates is None:
            if len(_TEMPLATES) >= _TEMPLATES_MAX:
                _TEMPLATES.clear()
            templates = _TEMPLATES[key] = _read_sentence(text, in_block, approx)
        for t, at in templates:
            line, column = doc.position(s.start + at)
            out.append(replace(t, article=article, line=line, column=column,
                               sentence_at=s.start))
    return out


def _read_sentence(text: str, in_block: bool, approx: float) -> list[tuple[Reading, int]]:
    """The sentence's readings, each with where its amount starts in the sentence; the
    article, line and column are filled in by the caller."""
    # names are no amounts (and mentions.Numbers leaves them out: its lists align)
    qs = [q for q in read_quantities(text, approx) if q.kind != "name"]
    if not qs:
        return []
    out: list[tuple[Reading, int]] = []
    nums = Numbers(text, qs, 0)
    spans = [(q.start, q.end) for q in qs]
    starts = [a for a, _ in spans]
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)
             if not _inside(m.start(), starts, spans)]
    memo: dict[int, tuple[frozenset[str], frozenset[str], bool]] = {}
    provisional = _PROVISIONAL.search(text) is not None
    said = _ATTRIBUTION.search(text)
    cut = said.start() if said else len(text)
    for k, q in enumerate(qs):
        conv = _event_year(text, q) if q.kind == "year" else None
        if conv is None:
            if q.kind in SKIP_KINDS or _no_amount(text, q):
                continue
            conv = _convert(q)
        role = _role(text, nums, k, provisional)
        if role == "part":
            continue
        dim, unit, low, high = conv
        mine = [w for w in words if w[0] < cut] if q.end <= cut else words
        wide = memo.get(len(mine))
        if wide is None:
            wide = memo[len(mine)] = _sentence_wide(text, mine, in_block)
        out.append((_sign(text, q, mine, dim, unit, low, high, role, wide), q.start))
    return out


def _sentence_wide(text: str, words: list[tuple[int, int, str]], in_block: bool
                   ) -> tuple[frozenset[str], frozenset[str], bool]:
    """What the sentence says for all its numbers: its places, its names, and whether it is
    a heading or subhead (a short line with no end stop, not a row or item of a table)."""
    places = frozenset(m.group(1).lower() for m in _PLACE.finditer(text))
    names = frozenset(w.lower() for a, _, w in words if a > 0 and _is_name(w) and
                      w.lower() not in STOP)
    if len(names) * 2 > len(words):
        names = frozenset()  # a headline in title case: its capitals name nothing
    heading = len(words) <= 10 and not re.search(r"[.!?…\"”]\s*$", text) and not in_block
    return places, names, heading


def _sign(text: str, q: Quantity, words: list[tuple[int, int, str]], dim: str, unit: str,
          low: float | None, high: float | None, role: str,
          sentence_wide: tuple[frozenset[str], frozenset[str], bool]) -> Reading:
    before = [(q.start - b, w) for a, b, w in words if b <= q.start]
    after = [(a - q.end, w) for a, b, w in words if a >= q.end]
    noun = ""
    cls = ""
    if dim == "count":
        phrase = noun_phrase(text, q.end, len(text), max_words=4)
        phrase = [w.rstrip(".,;:'’") for w in phrase]
        if phrase:
            noun = phrase[-1]
    nearest = sorted(before + after)
    event = next((EVENT[w.lower()] for _, w in nearest[:2 * WINDOW] if w.lower() in EVENT), "")
    if dim == "count":
        ns = stem(noun) if noun else ""
        if _human(noun) or (noun[:1].isupper() and noun.endswith(("s", "is"))) or \
                (not noun and event in ("flee", "kill", "injure", "seize", "arrest")):
            cls, unit = "people", "people"
        elif noun:
            cls, unit = ns, noun.lower()
    skip = {noun.lower()} if noun else set()
    before_c = [w for _, w in sorted(before) if w.lower() not in STOP | skip][:WINDOW]
    after_c = [w for _, w in sorted(after) if w.lower() not in STOP | skip][:WINDOW]
    prox: dict[str, float] = {}
    forms: dict[str, str] = {}
    for side in (before_c, after_c):
        for i, w in enumerate(side):
            t = EVENT.get(w.lower()) or stem(w)
            if t:
                prox[t] = max(prox.get(t, 0.0), 1.0 / (1.0 + i / 3.0))
                forms.setdefault(t, w.lower())
    bag = set(prox)
    near = tuple(dict.fromkeys(
        [EVENT.get(w.lower()) or stem(w) for _, w in sorted(
            [(d, w) for d, w in nearest if w.lower() not in STOP | skip])[:2 * NEAR]] +
        ([event] if event else [])))
    places, names, heading = sentence_wide
    got = _PERIOD.search(text)
    period = "" if got is None else next(k for k, v in got.groupdict().items() if v)
    ends = (next((w.lower() for _, w in sorted(before)[:WINDOW] if _is_name(w) and
                  w.lower() not in STOP), ""),
            next((w.lower() for _, w in sorted(after)[:WINDOW] if _is_name(w) and
                  w.lower() not in STOP), ""))
    folded, a, b = _fold(text, q.start, q.end)
    return Reading("", 0, 0, folded, a, b, " ".join(q.text.split()), low, high,
                   unit, (dim, cls, role, q.per), event, frozenset(bag), near, places,
                   tuple(sorted(prox.items())), names, ends,
                   tuple(sorted(forms.items())), noun, (q.unit, q.kind), 0,
                   heading, period)


def meets(a: Reading | tuple[float | None, float | None],
          b: Reading | tuple[float | None, float | None]) -> bool:
    """Do two intervals have a common point (an open end reaches everything)?"""
    al, ah = (a.low, a.high) if isinstance(a, Reading) else a
    bl, bh = (b.low, b.high) if isinstance(b, Reading) else b
    return (al is None or bh is None or al <= bh * (1 + 1e-9) + 1e-12) and \
        (bl is None or ah is None or bl <= ah * (1 + 1e-9) + 1e-12)


class _Cluster:
    __slots__ = ("key", "event", "members", "by_article")

    def __init__(self, key: tuple[str, ...], first: Reading) -> None:
        self.key = key
        self.event = first.event
        self.members = [first]
        self.by_article: dict[str, list[Reading]] = {first.article: [first]}


def _score(a: Reading, b: Reading, idf: dict[str, float]) -> float:
    if a.places and b.places and not a.places & b.places:
        return 0.0  # "56 injured in Baghdad", "33 wounded west of Mosul": two events
    shared = a.words & b.words
    if not shared or not (set(a.near) & b.words or set(b.near) & a.words):
        return 0.0
    pa, wa = _weights(a, idf)
    pb, wb = _weights(b, idf)
    both = sum(pa[w] * pb[w] for w in sorted(shared))  # idf(w) * sqrt(nearness a * b)
    return both / max(1e-9, min(wa, wb))


_WEIGHTS: dict[int, tuple[Reading, dict[str, float], float]] = {}


def _weights(r: Reading, idf: dict[str, float]) -> tuple[dict[str, float], float]:
    """sqrt(idf * nearness) of each word of the reading, and the sum of idf * nearness,
    kept while grouping runs."""
    got = _WEIGHTS.get(id(r))
    if got is None or got[0] is not r:
        p = {w: idf.get(w, 1.0) * x for w, x in r.weights}
        got = _WEIGHTS[id(r)] = (r, {w: math.sqrt(x) for w, x in p.items()}, sum(p.values()))
    return got[1], got[2]


_NAME_PREFIXES = ("al-", "el-", "de-", "van-", "von-")


def _is_name(word: str) -> bool:
    """'Mosul', 'al-Khalis'."""
    if word[:1].isupper():
        return True
    i = word.find("-")
    return 0 < i and word[:i + 1] in _NAME_PREFIXES and word[i + 1:i + 2].isupper()


def _strong(a: Reading, b: Reading, idf: dict[str, float]) -> bool:
    """Close enough that different amounts are a contradiction, not two quantities: a name
    in common (for a distance, the name nearest before or after it: one of its ends), and
    most words or two of the nearest words (events aside) shared."""
    if a.key[0] == "count" and not a.key[1] and not (a.event and b.event):
        return False  # a bare number that counts nothing named is too little to contradict
    score = _score(a, b, idf)
    if a.names and b.names and not a.names & b.names and score < SAME:
        return False
    if a.period and b.period and a.period != b.period:
        return False  # a quarter's figure and a full year's
    if a.key[0] == "length" and not any(x and x == y for x, y in zip(a.ends, b.ends)):
        return False  # "Baiji ... 200 km north of Baghdad", "Tikrit ... 100 miles north"
    if score >= STRONG:
        return True
    near = (set(a.near) & set(b.near)) - EVENTS.keys()
    return len(near) >= 2


def _idf(readings: Sequence[Reading]) -> dict[str, float]:
    """How telling each word is: rarer over the articles, heavier."""
    df: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for r in readings:
        for w in r.words:
            if (r.article, w) not in seen:
                seen.add((r.article, w))
                df[w] += 1
    n = max(2, len({r.article for r in readings}))
    return {w: math.log(1 + n / c) for w, c in df.items()}


class _Grouper:
    """Leader clustering with blocking: a reading is compared only with the groups indexed
    under (its key, one of its nearest words), and with a few readings of each."""

    def __init__(self, idf: dict[str, float], min_score: float) -> None:
        self.idf = idf
        self.min_score = min_score
        self.clusters: list[_Cluster] = []
        self.index: dict[tuple[tuple[str, ...], str], list[int]] = {}

    def best(self, r: Reading, skip: int = -1) -> int:
        best, best_score = -1, 0.0
        tried: set[int] = {skip}
        for w in r.near:
            for ci in self.index.get((r.key, w), ()):
                if ci in tried:
                    continue
                if len(tried) > TRIES:
                    break
                tried.add(ci)
                c = self.clusters[ci]
                if c.event and r.event and c.event != r.event:
                    continue
                others = [m for m in c.members[:SAMPLE] if m.article != r.article]
                if not others:
                    continue
                own = c.by_article.get(r.article, ())
                if any(o.sentence_at == r.sentence_at and not meets(r, o) for o in own):
                    continue  # two amounts of one sentence are two quantities
                if any(r.places and m.places and not r.places & m.places for m in others):
                    continue  # a reading of the group happened elsewhere
                sc = max(_score(r, m, self.idf) for m in others)
                if any(not meets(r, o) and not (r.heading or o.heading) for o in own):
                    continue  # its article gives another amount here: another quantity
                apart = [m for m in others if not meets(r, m)]
                if not all(_strong(r, m, self.idf) for m in apart):
                    continue  # what it says differs and the words do not show it is the same
                if sc > best_score:
                    best, best_score = ci, sc
        return best if best_score >= self.min_score else -1

    def add(self, r: Reading, ci: int) -> None:
        if ci < 0:
            ci = len(self.clusters)
            self.clusters.append(_Cluster(r.key, r))
        else:
            c = self.clusters[ci]
            c.members.append(r)
            c.by_article.setdefault(r.article, []).append(r)
            if not c.event:
                c.event = r.event
        for w in r.near:
            slot = self.index.setdefault((r.key, w), [])
            if ci not in slot:
                slot.append(ci)

    def regroup_alone(self) -> None:
        """A second look for the readings left in a group of one article: groups have
        grown since they were read ('50,000 fled' read before the article that ties it to
        the others)."""
        for ci, c in enumerate(self.clusters):
            if len(c.by_article) != 1:
                continue
            stay: list[Reading] = []
            for r in c.members:
                to = self.best(r, skip=ci)
                if to >= 0 and len(self.clusters[to].by_article) > 1:
                    self.add(r, to)
                else:
                    stay.append(r)
            c.members = stay
            c.by_article = {stay[0].article: stay} if stay else {}


def group(readings: Sequence[Reading], *, min_score: float = MIN_SCORE) -> list[Group]:
    """The readings grouped by quantity across articles; only groups that span at least two
    articles are returned, in the order of their first reading."""
    g = _Grouper(_idf(readings), min_score)
    try:
        for r in readings:
            g.add(r, g.best(r))
        g.regroup_alone()
    finally:
        _WEIGHTS.clear()
    out: list[Group] = []
    used: Counter[str] = Counter()
    for c in g.clusters:
        if len(c.by_article) < 2:
            continue
        c.members.sort(key=lambda r: (r.article, r.line, r.column))
        words = _group_words(c.members)
        counts = _counts(c)
        base = _slug([counts, *words]) or "amount"
        used[base] += 1
        gid = base if used[base] == 1 else f"{base}-{used[base]}"
        out.append(Group(gid, counts, tuple(words), tuple(c.members), _agree(c)))
    return out


def _counts(c: _Cluster) -> str:
    dim, cls, role, per = c.key
    if dim == "count":
        what = Counter(r.unit for r in c.members).most_common(1)[0][0] if cls else "count"
    elif dim.startswith("money:"):
        what = dim.split(":", 1)[1]
    else:
        what = dim.split(":")[0]
    if role != "current":
        what = f"{role} {what}"
    return f"{what} per {per}" if per else what


def _group_words(members: list[Reading], k: int = 3) -> list[str]:
    """The words most of the group's readings hold: the event first, then by count."""
    tally: Counter[str] = Counter()
    written: dict[str, Counter[str]] = {}
    for r in members:
        tally.update(r.words)
        for st, form in r.forms:
            written.setdefault(st, Counter())[form] += 1
    event = Counter(r.event for r in members if r.event).most_common(1)
    top = [w for w, _ in sorted(tally.items(), key=lambda x: (-x[1], x[0]))
           if w not in EVENTS and w.isalpha()]
    shown = [min(written[w].items(), key=lambda x: (-x[1], x[0]))[0] if w in written else w
             for w in top[:k - (1 if event else 0)]]
    return ([event[0][0]] if event else []) + shown


def _slug(words: Iterable[str]) -> str:
    s = "-".join(re.sub(r"[^a-z0-9]+", "-", w.lower()).strip("-") for w in words if w)
    return re.sub(r"-+", "-", s).strip("-")[:60].strip("-")


def _agree(c: _Cluster) -> bool:
    """Does every reading meet every reading of the other articles? Enough to compare each
    article's highest lower end with the lowest upper end of the others."""
    low: dict[str, float] = {}
    high: dict[str, float] = {}
    for art, rs in c.by_article.items():
        lows = [r.low for r in rs if r.low is not None]
        highs = [r.high for r in rs if r.high is not None]
        if lows:
            low[art] = max(lows)
        if highs:
            high[art] = min(highs)
    for art, lo in low.items():
        others = [h for a, h in high.items() if a != art]
        if others and not meets((lo, None), (None, min(others))):
            return False
    return True


def readings_agreeing(g: Group) -> list[list[Reading]]:
    """The group's readings split into sets that can all be true together, by interval
    (swept from the lowest): what each side of a disagreement says."""
    order = sorted(g.readings, key=lambda r: (-math.inf if r.low is None else r.low,
                                              math.inf if r.high is None else r.high))
    out: list[list[Reading]] = []
    hi: float | None = None
    for r in order:
        if out and (hi is None or r.low is None or r.low <= hi * (1 + 1e-9) + 1e-12):
            out[-1].append(r)
            hi = r.high if hi is None else (hi if r.high is None else min(hi, r.high))
        else:
            out.append([r])
            hi = r.high
    return out


def compare(docs: Iterable[tuple[str, Document]], approx: float = DEFAULT_APPROX
            ) -> list[Group]:
    """Groups of the amounts several articles give for one quantity, in the order given."""
    readings: list[Reading] = []
    for name, doc in docs:
        readings.extend(sentence_readings(name, doc, approx))
    return group(readings)
