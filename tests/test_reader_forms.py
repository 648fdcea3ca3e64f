"""The reader on forms news writes that earlier readers missed or misread (issue 12, reader6):
every sentence here is our own."""

from __future__ import annotations

import pytest

from factcheck import read_quantities


def _read(text: str) -> list[tuple[str, float | None, float | None, str, str]]:
    return [(q.text, q.low, q.high, q.unit, q.kind) for q in read_quantities(text)]


@pytest.mark.parametrize(("text", "written", "unit"), [
    ("Bond yields climbed 40bp in a week.", "a week", "week"),
    ("Wind farms supplied a third of demand within a day of the storm.", "a day", "day"),
    ("The ferry sank 9 times in a single decade.", "a single decade", "decade"),
    ("The ruins were mapped in a month by two students.", "a month", "month"),
    ("The town's records go back a century, the archivist said.", "a century", "century"),
    ("Rail fares for a week's commuting rose again.", "a week", "week"),
])
def test_one_period_after_in_within_back_or_owning(text: str, written: str, unit: str) -> None:
    """'in a week', 'within a day', 'back a century', 'a week's commuting': one of the
    period, as 'for a year' already was."""
    assert (written, 1.0, 1.0, unit, "duration") in _read(text)


@pytest.mark.parametrize("text", [
    "Stay where you are, I will be back in a minute.",
    "The council meets once a year.",
    "Prices were lower a month ago.",
])
def test_idioms_of_time_stay_no_amount(text: str) -> None:
    """'back in a minute' (soon), 'once a year' (a rate), 'a month ago' (a point in time)."""
    assert not any(q.kind == "duration" for q in read_quantities(text))


def test_a_mass_unit_after_a_qualifier_is_one_of_it() -> None:
    """'nearly a tonne' is 0.9 to 1 tonne."""
    assert ("nearly a tonne", 0.9, 1.0, "tonne", "mass") in _read("The crane lifted nearly a tonne.")


def test_a_preposition_is_no_noun_counted_by_a_rate() -> None:
    """'sold 12k within a day' is 12,000 and one day, not 12,000 a day."""
    first, day = read_quantities("The shop sold 12k within a day.")
    assert (first.text, first.value, first.kind, first.per) == ("12k", 12000.0, "count", "")
    assert (day.text, day.unit) == ("a day", "day")
