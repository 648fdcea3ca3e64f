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
from collections.abc import Sequence
from dataclasses import dataclass

from .quantities import CHANGE_BEFORE, Quantity
from .rules import Fact, Term
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
""".split())
_NOUN_WORD = re.compile(r"\s*([A-Za-z][\w.'’-]*)")
_TOLL_BEFORE = re.compile(r"\b(?:death\s+)?tolls?\b[^.;]*$", re.I)  # "the toll ... rose to 2,500"
_PEOPLE_NOUNS = frozenset("""
people persons civilians residents soldiers troops children women men victims refugees
""".split())
# words for people in general, taken by a fact whose `nouns` say "people" (not a part of
# them: "three children" among the hostages are not their number)
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
    r"\b(?:earlier|previously|initially|originally|at\s+first)\s+(?:had\s+)?(?:estimated|said|"
    r"put|reported|counted|gave|feared|believed|thought|claimed)\b[^.;:]{0,30}$",
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
_PARTITIVE_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these|us|whom|which)\b", re.I)
# the base of a fraction: "a third of Mosul's 1.5 million residents", "half of the 48"
_FRACTION_OF = re.compile(
    r"\b(?:half|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|\d+(?:\.\d+)?\s*"
    r"(?:%|per\s?cent|percent))\s+of\s+(?:(?:the|its|their|this|that)\s+)?(?:\w+['’]s\s+)?$",
    re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_LABEL_DASH = re.compile(r"[ \t]*[—–:][ \t]*(?=[A-Za-z])")
_PUNCT_STOP = re.compile(r"\s*[,.;:!?()\[\]{}\"“”—–]|\s*-\s")


class Nearby:
    """The keywords of all the facts a sentence may mention, by where they start and end, to
    find the ones a number touches ("56 wounded", "killed 25") in constant time."""

    def __init__(self, spans: Sequence[tuple[int, Sequence[tuple[int, int]]]]) -> None:
        self.spans = spans
        self.starts: dict[int, list[tuple[int, int, int]]] = {}
        self.ends: dict[int, list[tuple[int, int, int]]] = {}
        self.built = False
        self.near: dict[tuple[int, int], list[tuple[int, int, int]]] = {}

    def touching(self, q: Quantity, me: int) -> list[tuple[int, int]]:
        """Keyword spans of other facts within two characters after or before q."""
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
            self.near[q.span] = got
        return [(a, b) for a, b, j in got if j != me] if got else []


class Numbers:
    """A sentence's numbers with the checks that do not depend on the fact, made once for
    all the facts the sentence may mention."""

    __slots__ = ("items", "start", "any_fact", "count_fact", "duration_fact", "change_to",
                 "_people")

    def __init__(self, text: str, quantities: list[Quantity], start: int = 0) -> None:
        """`start`: where the sentence starts; no look back crosses it."""
        self.items = quantities
        self.start = lo = start
        # "up from 12", "another 20", "rose from 1.1 million ...": never the fact's figure
        self.any_fact = [not (_OTHER_FIGURE.search(text, max(lo, q.start - 50), q.start) or
                              _CHANGE_FROM_BEFORE.search(text, max(lo, q.start - 40), q.start) or
                              _MARGIN_BEFORE.search(text, max(lo, q.start - 60), q.start))
                         for q in quantities]
        # "one of the hostages", "a third of Mosul's 1.5 million residents"
        self.count_fact = [not (_partitive(text, q) or
                                _FRACTION_OF.search(text, max(lo, q.start - 40), q.start))
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
        # "3 days ago", "17 minutes into the audio": a point in time
        self.duration_fact = [_TIME_REF_AFTER.match(text, q.end) is None for q in quantities]
        self.change_to = [k + 1 < len(quantities) and
                          _is_change_to(text, q, quantities[k + 1], lo)
                          for k, q in enumerate(quantities)]
        self._people: dict[int, bool] = {}

    def counts_people(self, k: int, text: str, end: int) -> bool:
        got = self._people.get(k)
        if got is None:
            got = self._people[k] = _counts_people(text, self.items[k], end, self.start)
        return got


@dataclass(frozen=True, slots=True)
class Candidate:
    quantity: Quantity
    distance: int


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
        # "nearly a third", "1 in 5": a share, not a count of a fact that counts in wholes
        return q.kind == "count" and not (
            q.high is not None and abs(q.high) < 1 and q.high != 0 and
            ((fact.low is not None and fact.low >= 1) or (fact.high is not None and fact.high >= 1)))
    if fact.kind == "year":
        return q.kind == "year"
    if q.kind != fact.kind:
        return False
    if fact.kind == "money":
        return q.unit == fact.unit
    if q.unit == fact.unit:
        return True
    a, b = lookup(q.unit, q.kind), lookup(fact.unit, fact.kind)
    return a is not None and b is not None and a.convertible(b)


def _after_label(text: str, pos: int, end: int) -> int:
    """Past a dash or colon right after a number: "25 — killed in Baghdad", "4: hospitals"
    (lists of figures name what a number counts after it)."""
    m = _LABEL_DASH.match(text, pos, end)
    return m.end() if m else pos


def noun_phrase(text: str, pos: int, end: int, max_words: int = 5) -> list[str]:
    """The words after a number that name what it counts: "Shiite areas", "U.S. Marines"."""
    words: list[str] = []
    p = _after_label(text, pos, end)
    of = re.compile(r"\s+of\s+", re.I).match(text, p, end)
    if of:
        p = of.end()
    while len(words) < max_words and p < end:
        if _PUNCT_STOP.match(text, p, end):
            break
        m = _NOUN_WORD.match(text, p, end)
        if not m:
            break
        w = m.group(1)
        lw = w.lower().rstrip(".")
        if lw in _STOP or (lw.endswith(("ed", "ing")) and len(lw) > 4 and not words):
            break
        if lw.endswith(("ed", "ing")) and len(lw) > 4:
            break
        words.append(w)
        p = m.end()
    return words


def counts_other_noun(fact: Fact, text: str, q: Quantity, end: int, start: int = 0) -> bool:
    """True when the number plainly counts a noun that is not one of the fact's nouns."""
    if not fact.nouns or fact.kind != "count":
        return False
    words = noun_phrase(text, q.end, end)
    if words and any(t.search(words[0].rstrip(".,;:")) for t in fact.keywords):
        return False  # "500,000 flee": the word after the number is the fact's keyword
    after = _NOUN_WORD.match(text, _after_label(text, q.end, end), end)
    if after is not None and after.group(1).lower().rstrip(".,;:") in _PEOPLE_PARTICIPLES:
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


def _partitive(text: str, q: Quantity) -> bool:
    """"one of the hostages", "two of them": a few picked out of a group the sentence names,
    not the group's number."""
    if _PARTITIVE_PRONOUN.match(text, q.end):
        return True  # "about 670 of them"
    return (q.low == q.high and q.low is not None and q.low <= 10 and
            not any(c.isdigit() for c in q.text) and _PARTITIVE.match(text, q.end) is not None)


def in_context(fact: Fact, text: str, start: int, end: int,
               words: frozenset[str] | None = None) -> bool:
    """The sentence text[start:end] meets the fact's `context` and `exclude`. `words`, the
    sentence's lower-case words, lets a plain-word term be looked up instead of searched."""
    if fact.context and not _any(fact.context, text, start, end, words):
        return False
    return not (fact.exclude and _any(fact.exclude, text, start, end, words))


def _any(terms: tuple[Term, ...], text: str, start: int, end: int,
         words: frozenset[str] | None) -> bool:
    for term in terms:
        w = term.word if words is not None else ""
        if w:
            if w in words:  # type: ignore[operator]
                return True
        elif term.search(text, start, end) is not None:
            return True
    return False


def nearest_number(fact: Fact, text: str, end: int, quantities: list[Quantity] | Numbers,
                   kws: list[tuple[int, int]], nearby: Nearby | None = None, me: int = -1,
                   start: int = 0) -> Quantity | None:
    """Of the sentence's numbers that can be the fact's, the nearest to a keyword (a tie goes
    to the one nearer a `context` term). `nearby`: the keywords of the sentence's facts (this
    one is number `me`); a number right next to another fact's keyword ("56 wounded", "1.5
    million residents") is that fact's number, unless the word is one of this fact's nouns."""
    if fact.kind == "year" and any(_OFFSET_BEFORE.search(text, max(start, ks - 60), ks)
                                   for ks, _ in kws):
        return None  # "in 2006, three years after the invasion": a year counted from it
    nums = quantities if isinstance(quantities, Numbers) else Numbers(text, quantities, start)
    items = nums.items
    found: list[Candidate] = []
    for k, q in enumerate(items):
        if not nums.any_fact[k] or not compatible(fact, q):
            continue
        if fact.kind == "count" and not nums.count_fact[k]:
            continue
        if fact.kind == "duration" and not nums.duration_fact[k]:
            continue
        others = nearby.touching(q, me) if nearby is not None else []
        if not _can_be(fact, text, end, q, kws, others, nums, k):
            continue
        if nums.change_to[k] and compatible(fact, items[k + 1]):
            continue  # "rose 0.3 points to 4.1%": the change; the level follows
        dist = min(ks - q.end if q.end <= ks else q.start - ke if q.start >= ke else 0
                   for ks, ke in kws)
        found.append(Candidate(q, dist))
    if not found:
        return None
    nearest = min(c.distance for c in found)
    tied = [c.quantity for c in found if c.distance == nearest]
    if len(tied) > 1 and fact.context:
        spans = [m.span() for t in fact.context for m in t.finditer(text, start, end)]
        if spans:
            near = min(min(abs(q.start - a) if q.start >= b else abs(a - q.end)
                           for a, b in spans) for q in tied)
            tied = [q for q in tied if min(abs(q.start - a) if q.start >= b else
                                           abs(a - q.end) for a, b in spans) == near]
    if len(tied) > 1:
        # as near as each other: the sentence does not say which is the fact's; of those,
        # one that agrees with the fact ("aftershocks of magnitude 5.1 ... the 7.8 quake")
        agree = [q for q in tied if meets(*in_fact_unit(fact, q), fact)]
        if agree:
            return agree[0]
    return tied[0]


def _is_change_to(text: str, q: Quantity, nxt: Quantity, start: int = 0) -> bool:
    """q is a change and nxt the level it led to: "rose 0.3 points to 4.1%"."""
    to = _TO_LEVEL.match(text, q.end)
    return (to is not None and nxt.start <= to.end() + 1 and
            CHANGE_BEFORE.search(text, max(start, q.start - 30), q.start) is not None)


def _can_be(fact: Fact, text: str, end: int, q: Quantity, kws: list[tuple[int, int]],
            others: Sequence[tuple[int, int]], nums: Numbers, k: int) -> bool:
    """The rest of the checks, after Numbers' fact-free ones and `compatible`."""
    if any(q.start < ke and ks < q.end for ks, ke in kws):
        return False  # the number is part of the keyword itself
    if counts_other_noun(fact, text, q, end, nums.start):
        return False
    if fact.kind == "count" and not fact.nouns and _is_measure(fact) and \
            not any(0 <= q.start - ke <= 2 or 0 <= ks - q.end <= 2 for ks, ke in kws) and \
            nums.counts_people(k, text, end):
        return False  # a magnitude of 7.8 is no count of the injured; "magnitude 7.8" is it
    for ks, ke in others:
        if (0 <= ks - q.end <= 2 or 0 <= q.start - ke <= 2) and (ks, ke) not in kws and \
                not any(t.search(text, ks, ke) for t in fact.nouns) and \
                not (text[ks:ke].lower() in _HUMANS and _says_people(fact)):
            return False  # "56 wounded": the number of the fact whose keyword it touches
    return True


def why_not(fact: Fact, text: str, start: int, end: int, quantities: list[Quantity],
            kws: list[tuple[int, int]], nearby: Nearby | None = None, me: int = -1) -> str:
    """Why the sentence text[start:end], which holds a keyword, is no mention of the fact:
    the key that ruled it out, in words."""
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
            what = q.unit or ("a count" if q.kind == "count" else q.kind)
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
