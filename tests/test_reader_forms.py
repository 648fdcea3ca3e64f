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


def test_a_space_grouped_number_stops_before_a_name() -> None:
    """'18 737 Max jets': 18 planes of the model 737 Max, not 18,737; '40 000 fans' stays
    one number."""
    got = _read("The airline took 18 737 Max jets last year.")
    assert got[0] == ("18", 18.0, 18.0, "", "count")
    assert got[1][0] == "737" and got[1][4] == "name"
    assert _read("A crowd of 40 000 fans.")[0][:2] == ("40 000", 40000.0)


@pytest.mark.parametrize(("text", "written", "minutes"), [
    ("Her best lap was 1:31.402 in qualifying.", "1:31.402", 1 + 31.402 / 60),
    ("He won the mile in 3:49.8.", "3:49.8", 3 + 49.8 / 60),
])
def test_minutes_seconds_and_a_fraction_are_a_duration(text: str, written: str,
                                                       minutes: float) -> None:
    """'1:31.402' is a lap time in minutes, never a time of day: no clock writes a decimal
    second."""
    (q,) = read_quantities(text)
    assert (q.text, q.kind, q.unit) == (written, "duration", "minute")
    assert q.low == pytest.approx(minutes)


def test_a_place_on_the_field_is_a_name() -> None:
    """'stopped at the 3-yard line' names a place; 'a 3-yard run' is a length."""
    assert _read("He was stopped at the 3-yard line.")[0][4] == "name"
    assert _read("He scored on a 3-yard run.")[0][3:] == ("yard", "length")


@pytest.mark.parametrize(("text", "share"), [
    ("Eight out of 10 tenants want a longer lease.", 0.8),
    ("Three out of a hundred patients relapsed.", 0.03),
])
def test_out_of_ten_or_a_hundred_is_a_share(text: str, share: float) -> None:
    """'eight out of 10 tenants' is a share, as 'eight in 10 tenants' is; '41 out of 50
    shelters' stays a part and a whole."""
    (q,) = read_quantities(text)
    assert q.low == pytest.approx(share) and q.kind == "count"
    assert [q.value for q in read_quantities("41 out of 50 shelters were full.")] == [41, 50]


@pytest.mark.parametrize(("text", "unit", "kind"), [
    ("The update is a 250 mb download.", "megabyte", "data"),
    ("The storm's central pressure fell to 948 mb overnight.", "millibar", "pressure"),
])
def test_lower_case_mb_is_megabytes_or_millibars_in_the_weather(text: str, unit: str,
                                                               kind: str) -> None:
    """'mb' after a number is megabytes, and millibars where pressure or a storm is spoken
    of (it was read as no unit at all)."""
    (q,) = read_quantities(text)
    assert (q.unit, q.kind) == (unit, kind)


@pytest.mark.parametrize(("text", "inches"), [
    ('The new model has a 65" screen.', 65.0),
    ('A blade 8 " long was found.', 8.0),
    ("A 12″ ruler.", 12.0),
])
def test_an_inch_mark_after_a_number(text: str, inches: float) -> None:
    """A double prime, or a quote that closes no quotation, after a number is inches."""
    (q,) = read_quantities(text)
    assert (q.low, q.unit, q.kind) == (inches, "inch", "length")


@pytest.mark.parametrize("text", [
    'She said "we sold 65" and hung up.',
    "Their slogan was “only 12” that year.",
])
def test_a_quote_closing_after_a_number_is_no_inch(text: str) -> None:
    """The closing quote of a quotation after a number leaves it a count."""
    (q,) = read_quantities(text)
    assert (q.unit, q.kind) == ("", "count")


def test_turns_are_an_angle_after_a_fraction_or_a_rotation() -> None:
    """'a quarter turn', 'twisted the valve 2 turns' are angles; 'took 3 turns' is a count."""
    assert _read("Give the key a quarter turn.")[0][2:] == (0.25, "turn", "angle")
    assert _read("He twisted the valve 2 turns.")[0][2:] == (2.0, "turn", "angle")
    assert _read("The children took 3 turns each.")[0][3:] == ("", "count")


def test_one_drachma_is_money() -> None:
    """'one drachma' is the old Greek money, like 'drachmas'."""
    assert _read("A stamp cost one drachma then.")[0][3:] == ("GRD", "money")


def test_digits_said_one_by_one_are_no_range() -> None:
    """'two-nought-seven' is three digits said in turn, not a range from zero to seven;
    'five-six people' stays a range."""
    assert [q.value for q in read_quantities("The code was two-nought-seven.")] == [2, 0, 7]
    assert _read("five-six people")[0][1:3] == (5.0, 6.0)


def test_a_glued_m_is_a_million_except_in_a_name() -> None:
    """'raised 2M' is two million; '3M said' names the company."""
    (q,) = read_quantities("The campaign raised 2M.")
    assert q.value == 2e6 and q.kind == "count"
    assert _read("3M said it would cut jobs.")[0][4] == "name"


def test_a_sign_glued_to_the_next_figure_is_no_range_dash() -> None:
    """'Food stores -1.2 -0.4' (two table cells) is two signed figures; '50 - 100' and
    '50-100' stay ranges."""
    assert [q.value for q in read_quantities("Food stores -1.2 -0.4")] == [-1.2, -0.4]
    assert _read("50 - 100 people")[0][1:3] == (50.0, 100.0)
    assert _read("50-100 people")[0][1:3] == (50.0, 100.0)


def test_a_year_on_a_thing_is_a_rate() -> None:
    """'30 million euros a year on security' and '€30m a year from 2027' are amounts a
    year; '$3.1 billion a year on.' and 'a year from now' are points in time."""
    assert read_quantities("It will spend 30 million euros a year on security.")[0].per == "year"
    assert read_quantities("It would rise by €30m a year from 2027.")[0].per == "year"
    assert read_quantities("Sales were $3.1 billion a year on.")[0].per == ""
    assert read_quantities("It may cost $5bn a year from now.")[0].per == ""


def test_a_plural_name_head_before_numbers_names_them() -> None:
    """'on laps 19 and 40', 'Laps 33 to 36' name laps by number; 'ran over 58 laps' counts."""
    assert [q.kind for q in read_quantities("He pitted on laps 19 and 40.")] == ["name", "name"]
    assert [q.kind for q in read_quantities("Safety car Laps 33 to 36")] == ["name", "name"]
    assert [q.kind for q in read_quantities("The race ran over 58 laps.")] == ["count"]


def test_days_joined_to_a_date_are_dates() -> None:
    """'from 12 to 15 May 2026', '12-15 May', 'from May 12 to 15' are days, no amounts;
    'from 12 to 15 doctors' stays a range of doctors."""
    assert [q.kind for q in read_quantities("They struck from 12 to 15 May 2026.")] == \
        ["date", "date", "year"]
    assert [q.kind for q in read_quantities("It ran from May 12 to 15.")] == ["date", "date"]
    assert [q.kind for q in read_quantities("from 12 to 15 doctors")] == ["count"]
