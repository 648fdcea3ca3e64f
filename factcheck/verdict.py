"""Mention intervals against the fact's interval -> a Verdict. A contradiction is data."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .quantities import Quantity, is_points, is_share
from .rules import Fact
from .text import Sentence
from .units import lookup

CONSISTENT = "consistent"
CONTRADICTION = "contradiction"
MISSING = "missing"


@dataclass(frozen=True, slots=True)
class Mention:
    """One sentence's mention of a fact: the number read and how it compares."""

    sentence: Sentence
    quantity: Quantity
    line: int  # of the number, 1-based
    column: int
    low: float | None  # the number's interval in the fact's unit
    high: float | None
    consistent: bool

    @property
    def text(self) -> str:
        """The number as written, white space (and blanked markup) shown as one space."""
        return " ".join(self.quantity.text.split())


@dataclass(frozen=True, slots=True)
class Verdict:
    """The result of one fact in one article."""

    fact: Fact
    verdict: str  # consistent, contradiction, missing
    mentions: tuple[Mention, ...] = ()

    @property
    def contradictions(self) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if not m.consistent)


# a claim that gives a fall as a positive amount ("Manufacturing shed 18,000 jobs")
_LOSS = re.compile(r"\b(?:shed|sheds|shedding|lost|loses|losing|lose|cut|cuts|fell|falls|fallen|"
                   r"dropped|drops|declined|declines|decreased|decreases|shrank|shrunk|down|"
                   r"loss|losses|fall|drop|decline)\b", re.I)


def in_fact_unit(fact: Fact, q: Quantity) -> tuple[float | None, float | None]:
    """The quantity's interval converted to the fact's unit. With `precision: exact`, a
    round figure ("2 million") is the number written, not the interval of its precision."""
    if fact.precision == "exact" and q.qualifier == "precision":
        q = replace(q, low=q.value, high=q.value, qualifier="")
    if q.high is not None and q.high < 0 and q.low is not None and fact.low is not None and \
            fact.low > 0 and _LOSS.search(fact.claim):
        q = replace(q, low=-q.high, high=-q.low)  # "manufacturing -18k" for "shed 18,000 jobs"
    if fact.kind == "percent" and is_share(q):  # "seven in ten": 70%
        return (None if q.low is None else q.low * 100), (None if q.high is None else q.high * 100)
    if fact.kind == "basis point" and q.kind == "percent" and is_points(q):  # "a quarter-point"
        return (None if q.low is None else q.low * 100), (None if q.high is None else q.high * 100)
    if fact.kind in ("count", "year", "money", "percent") or q.unit == fact.unit:
        return q.low, q.high
    src, dst = lookup(q.unit, q.kind), lookup(fact.unit, fact.kind)
    if src is None or dst is None or src.factor is None or dst.factor is None:
        return q.low, q.high

    def conv(x: float | None) -> float | None:
        return None if x is None else dst.from_base(src.to_base(x))

    return conv(q.low), conv(q.high)


def meets(low: float | None, high: float | None, fact: Fact) -> bool:
    """Do the two intervals share a point? Open ends are None."""
    eps = 1e-9
    if high is not None and fact.low is not None:
        if high < fact.low - eps * max(1.0, abs(fact.low)):
            return False
    if low is not None and fact.high is not None:
        if low > fact.high + eps * max(1.0, abs(fact.high)):
            return False
    return True


def judge(fact: Fact, mentions: list[Mention]) -> Verdict:
    if not mentions:
        return Verdict(fact, MISSING if fact.required else CONSISTENT, ())
    bad = any(not m.consistent for m in mentions)
    return Verdict(fact, CONTRADICTION if bad else CONSISTENT, tuple(mentions))
