"""The reader's records: the public `Quantity` and the `_Num` a grammar passes on."""

from __future__ import annotations

from dataclasses import dataclass


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
