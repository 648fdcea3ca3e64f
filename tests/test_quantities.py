"""The quantity reader: every written form of SPEC §3 reads back to the right interval."""

from __future__ import annotations

import pytest

from factcheck import read_quantities
from factcheck.quantities import is_share

INF = None

# text, expected (text, low, high, unit, kind) of the first quantity
CASES = [
    ("48 people", ("48", 48, 48, "", "count")),
    ("forty-eight people", ("forty-eight", 48, 48, "", "count")),
    ("1,700 Shiites", ("1,700", 1700, 1700, "", "count")),
    ("1700 recruits", ("1700", 1700, 1700, "", "count")),
    ("seventeen hundred", ("seventeen hundred", 1700, 1700, "", "count")),
    ("five hundred thousand people", ("five hundred thousand", 499500, 500500, "", "count")),
    ("a hundred miles", ("a hundred miles", 100, 100, "mile", "length")),
    ("1.6 million residents", ("1.6 million", 1.55e6, 1.65e6, "", "count")),
    ("half a million people", ("half a million", 450000, 550000, "", "count")),
    ("Half million civilians", ("Half million", 450000, 550000, "", "count")),
    ("a quarter million", ("a quarter million", 245000, 255000, "", "count")),
    ("$15 billion in aid", ("$15 billion", 14.5e9, 15.5e9, "USD", "money")),
    ("a $15 billion aid package", ("$15 billion", 14.5e9, 15.5e9, "USD", "money")),
    ("$15bn", ("$15bn", 14.5e9, 15.5e9, "USD", "money")),
    ("$1.2bn", ("$1.2bn", 1.15e9, 1.25e9, "USD", "money")),
    ("15 billion dollars", ("15 billion dollars", 14.5e9, 15.5e9, "USD", "money")),
    ("USD 200", ("USD 200", 200, 200, "USD", "money")),
    ("£3m fine", ("£3m", 2.5e6, 3.5e6, "GBP", "money")),
    ("200 million euros", ("200 million euros", 199.5e6, 200.5e6, "EUR", "money")),
    ("$ 75 million", ("$ 75 million", 74.5e6, 75.5e6, "USD", "money")),
    ("more than 500,000 people", ("more than 500,000", 500000, INF, "", "count")),
    ("over 20", ("over 20", 20, INF, "", "count")),
    ("at least seven", ("at least seven", 7, INF, "", "count")),
    ("upwards of 300", ("upwards of 300", 300, INF, "", "count")),
    ("less than 50,000", ("less than 50,000", INF, 50000, "", "count")),
    ("fewer than 10", ("fewer than 10", INF, 10, "", "count")),
    ("up to 300 troops", ("up to 300", INF, 300, "", "count")),
    ("at most 5", ("at most 5", INF, 5, "", "count")),
    ("under 2,000", ("under 2,000", INF, 2000, "", "count")),
    ("about 500 troops", ("about 500", 450, 550, "", "count")),
    ("some 75 Marines", ("some 75", 67.5, 82.5, "", "count")),
    ("roughly 100", ("roughly 100", 90, 110, "", "count")),
    ("an estimated 1,000", ("an estimated 1,000", 900, 1100, "", "count")),
    ("nearly 17 minutes long", ("nearly 17 minutes", 15.3, 17, "minute", "duration")),
    ("almost 100", ("almost 100", 90, 100, "", "count")),
    ("close to 40", ("close to 40", 36, 40, "", "count")),
    ("between 50 and 100 Marines", ("between 50 and 100", 50, 100, "", "count")),
    ("50 to 100", ("50 to 100", 50, 100, "", "count")),
    ("50-100 people", ("50-100", 50, 100, "", "count")),
    ("$89 to $93 billion", ("$89 to $93 billion", 89e9, 93e9, "USD", "money")),
    ("between 1 and 5 million", ("between 1 and 5 million", 1e6, 5e6, "", "count")),
    ("a 17-minute audio", ("17-minute", 17, 17, "minute", "duration")),
    ("a seventeen-minute audio", ("seventeen-minute", 17, 17, "minute", "duration")),
    ("200 kilometers north", ("200 kilometers", 200, 200, "kilometre", "length")),
    ("125 miles", ("125 miles", 125, 125, "mile", "length")),
    ("10km", ("10km", 10, 10, "kilometre", "length")),
    ("eight years", ("eight years", 8, 8, "year", "duration")),
    ("27%", ("27%", 27, 27, "percent", "percent")),
    ("27 per cent", ("27 per cent", 27, 27, "percent", "percent")),
    ("dozens of people", ("dozens", 24, 144, "", "count")),
    ("tens of thousands of people", ("tens of thousands", 2e4, 1e5, "", "count")),
    ("a dozen", ("a dozen", 12, 12, "", "count")),
    ("30 °C", ("30 °C", 30, 30, "degree Celsius", "temperature")),
    # fractions, spaced groups, notation
    ("a fifth of the vote", ("a fifth", 0.2, 0.2, "", "count")),
    ("one and a half", ("one and a half", 1.5, 1.5, "", "count")),
    ("five and a half million people", ("five and a half million", 5.495e6, 5.505e6, "", "count")),
    ("3 million and a quarter", ("3 million and a quarter", 3.245e6, 3.255e6, "", "count")),
    ("2½ years", ("2½ years", 2.5, 2.5, "year", "duration")),
    ("40 000 people", ("40 000", 40000, 40000, "", "count")),
    ("1e10", ("1e10", 1e10, 1e10, "", "count")),
    ("1.3x10^6", ("1.3x10^6", 1.3e6, 1.3e6, "", "count")),
    ("12,34,567", ("12,34,567", 1234567, 1234567, "", "count")),
    ("two hundred point seventy-one", ("two hundred point seventy-one", 200.71, 200.71, "",
                                       "count")),
    ("the twenty-fifth anniversary", ("twenty-fifth", 25, 25, "", "ordinal")),
    # comparisons
    ("when >= 30", (">= 30", 30, INF, "", "count")),
    ("greater than 100 and smaller than 300", ("greater than 100 and smaller than 300", 100,
                                               300, "", "count")),
    ("about five hundred or more", ("about five hundred or more", 500, INF, "", "count")),
    ("exports exceeded 3000", ("exceeded 3000", 3000, INF, "", "count")),
    ("the toll did not exceed 100", ("not exceed 100", INF, 100, "", "count")),
    ("it won't exceed 50 people", ("won't exceed 50", INF, 50, "", "count")),
    # currencies
    ("c $ 16.4 million", ("c $ 16.4 million", 16.35e6, 16.45e6, "CAD", "money")),
    ("hk $ 10", ("hk $ 10", 10, 10, "HKD", "money")),
    ("10 € each", ("10 €", 10, 10, "EUR", "money")),
    ("USD115.5", ("USD115.5", 115.5, 115.5, "USD", "money")),
    ("75 USD million", ("75 USD million", 74.5e6, 75.5e6, "USD", "money")),
    ("3 dollars 50 cents", ("3 dollars 50 cents", 3.5, 3.5, "USD", "money")),
    # units
    ("190 km2 of range", ("190 km2", 190, 190, "square kilometre", "area")),
    ("120 μg", ("120 μg", 120, 120, "microgram", "mass")),
    ("he is 5 feet 2 inches", ("5 feet 2 inches", 5 + 2 / 12, 5 + 2 / 12, "foot", "length")),
    ("rotate 90 degrees", ("90 degrees", 90, 90, "degree angle", "angle")),
    ("temperatures hit 45 degrees", ("45 degrees", 45, 45, "degree", "temperature")),
    ("temperatures of 30C", ("30C", 30, 30, "degree Celsius", "temperature")),
    ("a Boeing 777F", ("777", 777, 777, "", "name")),
    ("a 10 m wall", ("10 m", 10, 10, "metre", "length")),
    ("$5 m deal", ("$5 m", 4.5e6, 5.5e6, "USD", "money")),
    ("The weight is 20 (kg)", ("20 (kg)", 20, 20, "kilogram", "mass")),
    ("a man aged 87", ("87", 87, 87, "year", "duration")),
    ("an 87 yo man", ("87 yo", 87, 87, "year", "duration")),
    ("The number range is 5k-20k", ("5k-20k", 5000, 20000, "", "count")),
    ("about 20~100", ("about 20~100", 20, 100, "", "count")),
    ("His score is 200 or greater than 190", ("200", 200, 200, "", "count")),
    # fractions in words: numerator, then a denominator that may be compound
    ("twenty-three fifths", ("twenty-three fifths", 4.6, 4.6, "", "count")),
    ("one twenty-fifth", ("one twenty-fifth", 0.04, 0.04, "", "count")),
    ("a twenty-first", ("a twenty-first", 1 / 21, 1 / 21, "", "count")),
    ("one hundred thirty fifths", ("one hundred thirty fifths", 100 / 35, 100 / 35, "", "count")),
    ("one hundred and thirty fifths", ("one hundred and thirty fifths", 26, 26, "", "count")),
    ("two and fifty-four hundredths", ("two and fifty-four hundredths", 2.54, 2.54, "",
                                       "count")),
    ("one hundred and three quarters", ("one hundred and three quarters", 100.75, 100.75, "",
                                        "count")),
    ("six million and two thirds", ("six million and two thirds", 6666666.1667, 6666667.1667, "",
                                    "count")),
    ("a hundred trillionths", ("a hundred trillionths", 1e-10, 1e-10, "", "count")),
    ("the odds are one in five.", ("one in five", 0.2, 0.2, "", "count")),
    ("one out of three", ("one out of three", 1 / 3, 1 / 3, "", "count")),
    ("percent of 10", ("percent of 10", 10, 10, "percent", "percent")),
    # digits with number words, powers, abbreviations
    ("4 thousand 3 hundred and 21", ("4 thousand 3 hundred and 21", 4321, 4321, "", "count")),
    ("6 crore and two hundred", ("6 crore and two hundred", 60000200, 60000200, "", "count")),
    ("three lakh crore", ("three lakh crore", 2.5e12, 3.5e12, "", "count")),
    ("three hundred and two dozens", ("three hundred and two dozens", 324, 324, "", "count")),
    ("1.1^23", ("1.1^23", 1.1 ** 23, 1.1 ** 23, "", "count")),
    ("I can give you 10M.", ("10M", 9.5e6, 10.5e6, "", "count")),
    ("a 1.2b budget", ("1.2b", 1.15e9, 1.25e9, "", "count")),
    ("It costs 15 dollars 50.", ("15 dollars 50", 15.5, 15.5, "USD", "money")),
    ("thirteen dollars forty five", ("thirteen dollars forty five", 13.45, 13.45, "USD",
                                     "money")),
    ("supply of ₿21,000,000", ("₿21,000,000", 21e6, 21e6, "BTC", "money")),
    ("2 satoshis", ("2 satoshis", 2e-8, 2e-8, "BTC", "money")),
    ("How about 2 in 5 or more", ("2 in 5 or more", 0.4, INF, "", "count")),
    ("His score is 200 or greater than", ("200 or greater than", 200, INF, "", "count")),
    ("half-a-million people fled", ("half-a-million", 4.5e5, 5.5e5, "", "count")),
    ("200-odd km north", ("200-odd km", 200, 300, "kilometre", "length")),
    ("some 200-plus kilometres", ("some 200-plus kilometres", 200, INF, "kilometre", "length")),
    ("500.000 people fled", ("500.000", 5e5, 5e5, "", "count")),
    # compound amounts and elapsed times
    ("in two hours and one minute", ("two hours and one minute", 2 + 1 / 60, 2 + 1 / 60, "hour",
                                     "duration")),
    ("three years and six months", ("three years and six months", 3.5, 3.5, "year",
                                    "duration")),
    ("he is 1 m 80 cm tall", ("1 m 80 cm", 1.8, 1.8, "metre", "length")),
    ("the beam is 12 m 2 dm long", ("12 m 2 dm", 12.2, 12.2, "metre", "length")),
    ("a pike of 1 m 12 cm 5 mm", ("1 m 12 cm 5 mm", 1.125, 1.125, "metre", "length")),
    ("won in 2:01:09, a record", ("2:01:09", 2 + 69 / 3600, 2 + 69 / 3600, "hour", "duration")),
    ("the 16:45-long audio", ("16:45", 16.75, 16.75, "minute", "duration")),
    ("lasting 16 min 45 s", ("16 min 45 s", 16.75, 16.75, "minute", "duration")),
    ("(16 minutes, 40 seconds)", ("16 minutes, 40 seconds", 16 + 2 / 3, 16 + 2 / 3, "minute",
                                  "duration")),
    ("crossed the line in three hours, ten minutes and 5 seconds",
     ("three hours, ten minutes and 5 seconds", 3 + 10 / 60 + 5 / 3600,
      3 + 10 / 60 + 5 / 3600, "hour", "duration")),
    ("a time of 1 hour 58 minutes 12 seconds", ("1 hour 58 minutes 12 seconds",
                                                1 + 58 / 60 + 12 / 3600,
                                                1 + 58 / 60 + 12 / 3600, "hour", "duration")),
    ("the stage took 4h 31m 07s to ride", ("4h 31m 07s", 4 + 31 / 60 + 7 / 3600,
                                           4 + 31 / 60 + 7 / 3600, "hour", "duration")),
    ("a delay of 3 h 15 m", ("3 h 15 m", 3.25, 3.25, "hour", "duration")),
    ("the flight lasts 9hr 40min", ("9hr 40min", 9 + 40 / 60, 9 + 40 / 60, "hour",
                                    "duration")),
    ("held for 6 min 30 sec.", ("6 min 30 sec", 6.5, 6.5, "minute", "duration")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_reads_written_form_as_interval(text: str, expected: tuple) -> None:
    """Each written form reads as the interval SPEC §3 gives it, with its unit and kind."""
    qs = read_quantities(text)
    assert qs, f"nothing read in {text!r}"
    q = qs[0]
    etext, low, high, unit, kind = expected
    assert q.text == etext
    assert q.kind == kind
    assert q.unit == unit
    assert (q.low is None) == (low is None) and (q.high is None) == (high is None)
    if low is not None:
        assert q.low == pytest.approx(low)
    if high is not None:
        assert q.high == pytest.approx(high)


@pytest.mark.parametrize("text", ["in 2003", "since 2007", "December 2011", "the 2003 invasion",
                                  "at 2007 levels", "from 2007 to 2009"])
def test_years_written_as_dates_are_years(text: str) -> None:
    """A four-digit year written as a date is kind 'year', never a count."""
    qs = read_quantities(text)
    assert [q.kind for q in qs] == ["year"]


def test_year_range_reads_both_ends() -> None:
    """'from 2007 to 2009' is one year interval."""
    (q,) = read_quantities("ambassador from 2007 to 2009")
    assert (q.low, q.high, q.kind) == (2007, 2009, "year")


@pytest.mark.parametrize(("text", "kind"), [("at 6 a.m. local time", "time"),
                                            ("at 10:15:30 local time", "time"),
                                            ("at 11pm", "time"), ("at 2:00 pm", "time"),
                                            ("on Jun 12, 2014", "date"), ("June 10", "date"),
                                            ("the 21st century", "ordinal")])
def test_times_dates_and_ordinals_are_not_counts(text: str, kind: str) -> None:
    """Times of day, days of the month and ordinals are never amounts."""
    qs = read_quantities(text)
    assert qs and qs[0].kind == kind


@pytest.mark.parametrize("text", ["the U.S. embassy", "U.S. officials said", "an F-16 jet",
                                  "the G7 summit", "second-largest city", "No one was hurt",
                                  "the one who fled", "which one do you prefer",
                                  "see https://iom.int/2014/500000-displaced",
                                  "call 1-800-273-8255", "on 2014-06-12", "version 3.11.7",
                                  "write to desk42@wire.org",
                                  "the three fifth-graders won three firsts"])
def test_no_number_where_none_is_written(text: str) -> None:
    """'U.S.' is no unit, identifiers and ordinals are no counts, 'one' as a pronoun is no
    number, and neither are the digits of a URL or an e-mail address."""
    counts = [q for q in read_quantities(text) if q.kind == "count"]
    assert all(q.text == "three" for q in counts), counts


@pytest.mark.parametrize(("text", "value"), [("3M said", 3), ("5G networks", 5),
                                             ("in Section 4b", 4)])
def test_a_letter_on_a_small_integer_is_a_name_not_a_scale(text: str, value: float) -> None:
    """'3M', '5G', '4b' are names; '10M', '1.2b' (above) are amounts."""
    assert [q.high for q in read_quantities(text)] == [value]


def test_offsets_point_at_the_text() -> None:
    """Every quantity's text is exactly the input between its start and end."""
    text = "Officials said more than half a million people fled, and $15bn was spent."
    for q in read_quantities(text):
        assert text[q.start:q.end] == q.text


def test_minutes_are_time_not_arc() -> None:
    """quantulum3 reads '17 minutes' as minutes of arc; factcheck reads a duration."""
    (q,) = read_quantities("it took 17 minutes")
    assert (q.unit, q.kind) == ("minute", "duration")


def test_m_after_money_is_million_but_after_a_number_alone_is_metres() -> None:
    """'$3m' is three million dollars, '5m' alone is five metres, '5m people' five million."""
    assert read_quantities("$3m")[0].value == 3e6
    assert read_quantities("a 5m wall")[0].unit == "metre"
    assert read_quantities("5m people")[0].value == 5e6


@pytest.mark.parametrize(("text", "unit", "kind", "per"), [
    ("winds of 120 km per hour", "kilometre per hour", "speed", ""),
    ("it costs $350 per kg", "USD", "money", "kilogram"),
    ("paid $15.4/hour", "USD", "money", "hour"),
    ("Some 3,000 people a day are fleeing", "", "count", "day"),
    ("output of 500,000 barrels a day", "barrel", "volume", "day"),
    ("a limit of 5 mg/L", "milligram", "mass", "litre"),
    ("$2 to $3 a share", "USD", "money", "share"),
    ("$13.18 billion a year earlier", "USD", "money", ""),
    ("in 2014 a year after the vote", "", "year", ""),
])
def test_rates_say_what_they_are_per(text: str, unit: str, kind: str, per: str) -> None:
    """A rate keeps its number and unit and says per what; 'a year earlier' is no rate."""
    q = read_quantities(text)[0]
    assert (q.unit, q.kind, q.per) == (unit, kind, per)


@pytest.mark.parametrize(("text", "values"), [
    ("tenth one sixth-500,000", [10, 1, 500000]),  # the loop went back to "one" forever
    ("1e999 people and 48 hostages", [48]),  # 10.0 ** 999 overflowed; its 999 is no number
    ("killed 2e400 people, 5e308 fled", []),  # nor 400, nor an infinite 5e308
    ("9" * 400 + " people and 48 hostages", [48]),  # beyond any float
])
def test_pathological_numbers_end_and_are_skipped(text: str, values: list[float]) -> None:
    """Inputs that once hung or raised: the reader ends and reads what it can."""
    assert [q.value for q in read_quantities(text)] == values


# -- numbers that are names (issue 12): kind "name", never an amount ----------------------
@pytest.mark.parametrize(("text", "number"), [
    ("The prime minister flew back to 10 Downing Street on Sunday.", "10"),
    ("No 10 said the talks would resume.", "10"),
    ("A spokesman for No. 10 declined to comment.", "10"),
    ("Sales of the iPhone 6 and 6 Plus beat forecasts.", "6"),
    ("The S&P 500 slid after the report.", "500"),
    ("London's FTSE 100 closed higher.", "100"),
    ("Hospital admissions for COVID-19 doubled.", "19"),
    ("Deliveries of the Model 3 picked up.", "3"),
    ("They lost Game 6 at home.", "6"),
    ("Our seats were in Section 427 Row 21.", "427"),
    ("Our seats were in Section 427 Row 21.", "21"),
    ("The motel stands on the old Route 66 near the river.", "66"),
    ("Traffic on Interstate 95 was at a standstill.", "95"),
    ("The airline grounded its Boeing 737 fleet.", "737"),
    ("Regulators cleared the 737 Max to fly again.", "737"),
    ("The carrier ordered more A320 jets.", "320"),
    ("Leaders of the G7 met in Italy.", "7"),
    ("The G20 summit ended without a deal.", "20"),
    ("The storm made landfall as a Category 4 hurricane.", "4"),
    ("Flight 302 crashed shortly after take-off.", "302"),
    ("Workers at Plant 4 walked out.", "4"),
    ("She voted at School No 10 in the old town.", "10"),
    ("The shop at 12 Elm Street reopened.", "12"),
    ("Their office is in Washington, DC 20001.", "20001"),
    ("Voters in ZIP code 90210 backed the measure.", "90210"),
    ("Listings in the 60614 ZIP code sold fastest.", "60614"),
    ("Calls from the 415 area code were blocked.", "415"),
    ("The final airs on BBC One tonight.", "One"),
    ("Two jets of the F-16 type collided.", "16"),
])
def test_numbers_in_names_are_names(text: str, number: str) -> None:
    """A number that is part of a name ('Game 6', '10 Downing Street', 'FTSE 100') reads as
    kind 'name': present in the output, never a count a fact could take."""
    hits = [q for q in read_quantities(text) if q.text == number]
    assert hits and all(q.kind == "name" for q in hits), read_quantities(text)


@pytest.mark.parametrize(("text", "number"), [
    ("The team won 6 games in a row.", "6"),
    ("The carmaker showed 3 models at the fair.", "3"),
    ("He played the game 6 times before he won.", "6"),
    ("Police Arrest 12 After Riots", "12"),
    ("Storm Kills 12 People In Texas", "12"),
    ("Labour 232, Conservatives 365", "232"),
    ("Civic Union 68 +17 1,380,112 44.2%", "68"),
    ("The Greens won 8 and the nationalist Freedom First 5.", "5"),
    ("About 500 people marched.", "500"),
    ("In 2014 the plant closed.", "2014"),
    ("I tried to call Bob 3 times.", "3"),
    ("The survey spanned 14 ZIP codes.", "14"),
    ("A magnitude 6.6 aftershock followed.", "6.6"),
])
def test_amounts_beside_capitalised_words_stay_amounts(text: str, number: str) -> None:
    """The name grammar leaves amounts alone: counts of plural nouns, headlines in title
    case, a party's tally in a list or a table row, a qualifier or a year at the start."""
    hits = [q for q in read_quantities(text) if q.text.endswith(number)]
    assert hits and all(q.kind != "name" for q in hits), read_quantities(text)


def test_a_name_is_never_a_counts_mention() -> None:
    """A count fact never takes the number of a name: 'Game 6' is no toll of 6."""
    import factcheck
    rules = factcheck.load_string(
        "facts:\n  - id: toll\n    value: 12\n    keywords: [killed]\n")
    assert factcheck.check_text("Fans were killed after Game 6 in Boston.", rules) == []
    said = factcheck.check_text("Fans were killed after game 6 times over.", rules)
    assert [v.verdict for v in said] == ["contradiction"]  # the same words, an amount


# -- forms from real reporting (issue 11, item 8) ----------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("An M7.1 quake struck before dawn.", ("7.1", 7.1, 7.1, "", "count")),
    ("A magnitude-7.1 earthquake hit the coast.", ("7.1", 7.1, 7.1, "", "count")),
    ("The ground shook for nearly a minute.", ("nearly a minute", 0.9, 1, "minute", "duration")),
    ("Rescuers arrived more than an hour later.", ("more than an hour", 1, INF, "hour", "duration")),
    ("The Conservatives pass 323 seats, enough to govern.", ("pass 323", 323, INF, "", "count")),
    ("The party topped 323 seats.", ("topped 323", 323, INF, "", "count")),
    ("Its tally surpassed 323 seats.", ("surpassed 323", 323, INF, "", "count")),
    ("They won with a 12-seat majority.", ("12", 12, 12, "", "count")),
    ("Seven in ten buildings lost power.", ("Seven in ten", 0.7, 0.7, "", "count")),
    ("Only one in five voters trusted the result.", ("one in five", 0.2, 0.2, "", "count")),
])
def test_forms_seen_in_real_reporting(text: str, expected: tuple) -> None:
    """'M7.1' is a magnitude, 'nearly a minute' one minute, 'pass 323' more than 323, 'seven in
    ten buildings' a share of the buildings."""
    etext, low, high, unit, kind = expected
    q = read_quantities(text)[0]
    assert (q.text, q.low, q.high, q.unit, q.kind) == pytest.approx((etext, low, high, unit, kind))


@pytest.mark.parametrize("text", ["I'll be back in a minute.", "The board meets once a year.",
                                  "Wait a second, she said.", "An M6 motorway crash"])
def test_a_unit_without_a_qualifier_is_no_amount(text: str) -> None:
    """'in a minute', 'once a year' are no durations; 'M6' on its own is a road's name."""
    assert [q for q in read_quantities(text) if q.kind not in ("name",)] == []


@pytest.mark.parametrize(("text", "share"), [
    ("Half of all buildings were damaged.", 0.5), ("Nearly half of voters stayed home.", 0.5),
    ("A third of the homes flooded.", 1 / 3), ("Seven in ten buildings were damaged.", 0.7),
    ("Only one in five voters trusted it.", 0.2), ("3/4 of the staff left.", 0.75),
])
def test_a_share_in_words_is_a_share(text: str, share: float) -> None:
    """'half of all buildings', 'seven in ten buildings': a share, the same form as 'a third'
    (a count below 1 that is_share() names; x100 is the percent)."""
    q = read_quantities(text)[0]
    assert is_share(q) and q.value == pytest.approx(share)
    assert not is_share(read_quantities("one of them")[0])  # one is no share


# -- the categories of issue 12: forms real news writes ----------------------------------
# text, expected (text, low, high, unit, kind) of the first quantity that is no name or score
NEWS_FORMS = [
    # signs, with the Unicode minus
    ("Nights on the plateau fall to minus-150 degrees Fahrenheit.",
     ("minus-150 degrees Fahrenheit", -150, -150, "degree fahrenheit", "temperature")),
    ("The drive ended at minus 4 yards.", ("minus 4 yards", -4, -4, "yard", "length")),
    ("Exports slid -2.7% on the year.", ("-2.7%", -2.7, -2.7, "percent", "percent")),
    ("The sentiment index sank to −14 in June.", ("−14", -14, -14, "", "count")),
    # currency prefixes of other markets
    ("The miner booked a profit of $US41.3 million.",
     ("$US41.3 million", 41.25e6, 41.35e6, "USD", "money")),
    ("The lender earned $A6.1 billion.", ("$A6.1 billion", 6.05e9, 6.15e9, "AUD", "money")),
    ("Tickets start at A$45.", ("A$45", 45, 45, "AUD", "money")),
    ("A coffee costs C$4.", ("C$4", 4, 4, "CAD", "money")),
    ("Fares start at NZ$99.", ("NZ$99", 99, 99, "NZD", "money")),
    ("A meal costs S$12.", ("S$12", 12, 12, "SGD", "money")),
    ("The stock closed at HK$71.", ("HK$71", 71, 71, "HKD", "money")),
    ("Bus fares rose to RM2.40.", ("RM2.40", 2.4, 2.4, "MYR", "money")),
    ("A data bundle now costs R149.", ("R149", 149, 149, "ZAR", "money")),
    ("Entry costs Rs 250.", ("Rs 250", 250, 250, "INR", "money")),
    ("The bridge cost ₹1,500 crore.", ("₹1,500 crore", 14.995e9, 15.005e9, "INR", "money")),
    ("Parking is CHF 25 a day.", ("CHF 25 a day", 25, 25, "CHF", "money")),
    ("The fine was 900 Danish crowns.", ("900 Danish crowns", 900, 900, "DKK", "money")),
    ("A ferry ticket from Oslo costs kr 350.", ("kr 350", 350, 350, "NOK", "money")),
    ("A smorrebrod in Copenhagen runs to 95 kr.", ("95 kr", 95, 95, "DKK", "money")),
    ("Swedish rail fares start at 199kr.", ("199kr", 199, 199, "SEK", "money")),
    # scales glued to the number
    ("The company has shipped 12m Echo speakers.", ("12m", 11.5e6, 12.5e6, "", "count")),
    ("The app now has 3m new users.", ("3m", 2.5e6, 3.5e6, "", "count")),
    ("They agreed a £4.5m transfer.", ("£4.5m", 4.45e6, 4.55e6, "GBP", "money")),
    ("Some 8B people share the planet.", ("Some 8B", 7.2e9, 8.8e9, "", "count")),
    ("The bank set aside 3bn.", ("3bn", 2.5e9, 3.5e9, "", "count")),
    ("Public debt reached 1.4tn.", ("1.4tn", 1.35e12, 1.45e12, "", "count")),
    ("The plan costs £25bn.", ("£25bn", 24.5e9, 25.5e9, "GBP", "money")),
    ("About 6.5k runners finished.", ("About 6.5k", 5850, 7150, "", "count")),
    ("A 10m wall surrounds the site.", ("10m", 10, 10, "metre", "length")),
    # news units
    ("The central bank raised rates by 50 basis points.",
     ("50 basis points", 50, 50, "basis point", "basis point")),
    ("Bond yields rose 35bp.", ("35bp", 35, 35, "basis point", "basis point")),
    ("That is above the hundred and ten thousand we forecast.",
     ("hundred and ten thousand", 109500, 110500, "", "count")),
    ("Markets price in a quarter-point cut.",
     ("a quarter-point", 0.25, 0.25, "percent", "percent")),
    ("The board voted for a half-point rise.", ("a half-point", 0.5, 0.5, "percent", "percent")),
    ("Wage growth slowed to 4.2pc.", ("4.2pc", 4.2, 4.2, "percent", "percent")),
    ("Gusts hit 95 m.p.h. overnight.", ("95 m.p.h.", 95, 95, "mile per hour", "speed")),
    ("The rig pumps 80,000 bpd.", ("80,000 bpd", 80000, 80000, "barrel", "volume")),
    ("The handset's battery holds 4,800 mAh.",
     ("4,800 mAh", 4800, 4800, "milliampere-hour", "charge")),
    ("The chip runs at 2.8 GHz.", ("2.8 GHz", 2.8, 2.8, "gigahertz", "frequency")),
    ("The beams are rated at 275 MPa.", ("275 MPa", 275, 275, "megapascal", "pressure")),
    ("Arsenic levels reached 14 ppb.", ("14 ppb", 14, 14, "part per billion", "concentration")),
    ("The diesel delivers 900 lb-ft of torque.", ("900 lb-ft", 900, 900, "pound-foot", "torque")),
    ("She ran for 96 rushing yards.", ("96 rushing yards", 96, 96, "yard", "length")),
    ("The mill produced 40,000 tonnes.", ("40,000 tonnes", 40000, 40000, "tonne", "mass")),
    ("The fire burned 3,200 acres.", ("3,200 acres", 3200, 3200, "acre", "area")),
    ("The plant will supply 600 megawatts.", ("600 megawatts", 600, 600, "megawatt", "power")),
    ("The handheld ran on a 32-bit chip.", ("32-bit", 32, 32, "bit", "data")),
    ("Each key is 128 bits long.", ("128 bits", 128, 128, "bit", "data")),
    # units shared by two numbers
    ("Forecasters expect 5- or 6-inch totals.", ("5", 5, 5, "inch", "length")),
    ("A pint costs six or seven euros.", ("six", 6, 6, "EUR", "money")),
    ("Prices rose 10 to 12 percent.", ("10 to 12 percent", 10, 12, "percent", "percent")),
    ("Crews stacked 3- to 4-foot sandbag walls.", ("3- to 4-foot", 3, 4, "foot", "length")),
    ("The judge handed down 8- to 12-year terms.", ("8- to 12-year", 8, 12, "year", "duration")),
    ("The unit lost -$12 million in the quarter.", ("-$12 million", -12.5e6, -11.5e6, "USD", "money")),
    ("- 3 1/2", ("- 3 1/2", -3.5, -3.5, "", "count")),
    ("Bread rose 4p a loaf.", ("4p", 0.04, 0.04, "GBP", "money")),
    ("The fund paid 300 million guilders.",
     ("300 million guilders", 299.5e6, 300.5e6, "NLG", "money")),
    # a unit as one ("a"/"an") where an amount is meant
    ("The striker was banned for a year.", ("a year", 1, 1, "year", "duration")),
    ("Polls closed late by an hour.", ("an hour", 1, 1, "hour", "duration")),
    ("The slick was a mile wide.", ("a mile", 1, 1, "mile", "length")),
    # words
    ("Turnout was about twice the usual.", ("about twice", 1.8, 2.2, "times", "multiple")),
    ("Profits rose more than fourfold.", ("more than fourfold", 4, INF, "fold", "multiple")),
    ("Sales jumped 12-fold.", ("12-fold", 12, 12, "fold", "multiple")),
    # Unicode fractions and powers
    ("The slot is 3⁄64 inch wide.", ("3⁄64 inch", 3 / 64, 3 / 64, "inch", "length")),
    ("Stir in ½ cup of milk.", ("½ cup", 0.5, 0.5, "cup", "volume")),
    ("The burn lasted 2½ minutes.", ("2½ minutes", 2.5, 2.5, "minute", "duration")),
    ("Each dose holds 10⁶ cells.", ("10⁶", 1e6, 1e6, "", "count")),
    ("The plot covers 600 m².", ("600 m²", 600, 600, "square metre", "area")),
    # "up to" after a verb of a level moving is "to": the new level, not "at most"
    ("Mortgage rates edged up to 6.9% last week.", ("6.9%", 6.9, 6.9, "percent", "percent")),
    ("Diesel shot up to $1.80 a litre.", ("$1.80 a litre", 1.8, 1.8, "USD", "money")),
    ("Her lead has crept up to 12 seats.", ("12", 12, 12, "", "count")),
    ("The ferry can take up to 400 cars.", ("up to 400", INF, 400, "", "count")),
    ("The update took the range up to 360 miles.", ("360 miles", 360, 360, "mile", "length")),
    ("The storm pushed turnout up to 71%.", ("71%", 71, 71, "percent", "percent")),
    ("Penalties go up to $5,000.", ("up to $5,000", INF, 5000, "USD", "money")),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_FORMS, ids=[c[0] for c in NEWS_FORMS])
def test_reads_the_forms_news_writes(text: str, expected: tuple) -> None:
    """Signs (Unicode minus too), other markets' currency prefixes, glued scales, news units,
    units shared by two numbers, multipliers and Unicode fractions read to the right value."""
    qs = [q for q in read_quantities(text) if q.kind not in ("name", "score")]
    assert qs, f"nothing read in {text!r}"
    q = qs[0]
    etext, low, high, unit, kind = expected
    assert (q.text, q.unit, q.kind) == (etext, unit, kind)
    assert q.low == pytest.approx(low) if low is not None else q.low is None
    assert q.high == pytest.approx(high) if high is not None else q.high is None


@pytest.mark.parametrize("text", ["The breach came through a third-party vendor.",
                                  "The board meets once a year.", "We left a year ago.",
                                  "Margins held up in this half.",
                                  "He left at the end of the first half.",
                                  "A second-half rally lifted the club.",
                                  "First-half sales beat the forecast."])
def test_words_that_hold_no_number(text: str) -> None:
    """'a third-party vendor' holds no fraction, 'this half' no number."""
    assert [q for q in read_quantities(text) if q.kind not in ("ordinal",)] == []


@pytest.mark.parametrize(("text", "score"), [
    ("United sealed a 2-0 win in the rain.", "2-0"),
    ("The Knicks won 3-1 in the series.", "3-1"),
    ("The hosts won 4-2, their first victory in weeks.", "4-2"),
    ("The court ruled 5-4 against the state.", "5-4"),
    ("The motion passed on a vote of 312-198.", "312-198"),
    ("They lost the first leg 3-0 at home.", "3-0"),
    ("The 2-1 defeat ended their run.", "2-1"),
    ("The measure passed 218-210 in the House.", "218-210"),
    ("The justices struck the rule down 6-3.", "6-3"),
    ("Senators confirmed her 53-47 on Tuesday.", "53-47"),
])
def test_scores_are_scores_not_ranges(text: str, score: str) -> None:
    """A result is kind 'score': no range and no amount a fact could take."""
    qs = read_quantities(text)
    assert [q.kind for q in qs if q.text == score] == ["score"], qs
    assert not any(q.qualifier == "range" for q in qs)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The party won 8-10 seats in the north.", 8, 10),
    ("Children aged 5-11 can get the vaccine.", 5, 11),
    ("Between 50-100 people were hurt.", 50, 100),
    ("The board approved 4-6 new branches.", 4, 6),
])
def test_ranges_beside_result_words_stay_ranges(text: str, low: float, high: float) -> None:
    """'won 8-10 seats' is a range of seats, not a score."""
    q = read_quantities(text)[0]
    assert (q.kind != "score", q.low, q.high) == (True, low, high)


@pytest.mark.parametrize(("text", "texts"), [
    ("A software update extended the range by 40 km to 520 km.", ["40 km", "520 km"]),
    ("The council trimmed the budget by £2 million to £18 million.",
     ["£2 million", "£18 million"]),
    ("The bank lowered its rate by 25 basis points to 3.5%.", ["25 basis points", "3.5%"]),
    ("Output is forecast to grow by 1.5% to 2% next year.", ["1.5% to 2%"]),
    ("Airlines plan to raise fares by 8 to 9 percent.", ["8 to 9 percent"]),
    ("Jobless claims fell from 240,000 to 231,000.", ["240,000", "231,000"]),
    ("Her approval rating rose from 3.0% to 2.9% on paper.", ["3.0%", "2.9%"]),
])
def test_a_change_by_or_from_then_a_level_is_two_amounts(text: str, texts: list) -> None:
    """"by X to Y" with Y over twice X, and "from X to Y" after a verb of change, are a change
    or an earlier level and then the new level: two amounts, no range; "grow by 1.5% to 2%" and
    "by 8 to 9 percent" are ranges of the change."""
    assert [q.text for q in read_quantities(text)] == texts


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("Net income was two point nine billion dollars.", 2.85e9, 2.95e9, "USD"),
    ("One point five million people fled.", 1.45e6, 1.55e6, ""),
])
def test_a_spoken_decimal_takes_its_scale_and_currency(text: str, low: float, high: float,
                                                       unit: str) -> None:
    """A transcript's "two point nine billion dollars" is $2.9 billion, not 2.9."""
    q = read_quantities(text)[0]
    assert (q.low, q.high, q.unit) == (pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize(("text", "expected"), [
    ("A bowl of noodles is 12 rmb 2 usd at the station.",
     [("12 rmb", "CNY", 12), ("2 usd", "USD", 2)]),
    ("The menu lists rmb 45 usd 7 for the set lunch.",
     [("rmb 45", "CNY", 45), ("usd 7", "USD", 7)]),
    ("The hostel charges $30 Australian dollars a night.",
     [("$30 Australian dollars", "AUD", 30)]),
    ("Fees are USD 15 EUR 14 on the day.", [("USD 15", "USD", 15), ("EUR 14", "EUR", 14)]),
])
def test_a_currency_belongs_to_one_amount(text: str, expected: list) -> None:
    """A currency written between two amounts is the first one's, and a code written after a
    prefixed amount in another currency is the next amount's; a bare "$" takes the dollar
    its word names ("$30 Australian dollars")."""
    qs = read_quantities(text)
    assert [(q.text, q.unit, q.value) for q in qs] == expected
    assert all(a.end <= b.start for a, b in zip(qs, qs[1:]))


@pytest.mark.parametrize(("text", "etext", "unit", "low", "high"), [
    ("The utility secured a US dollar 750 million loan.", "US dollar 750 million", "USD",
     749.5e6, 750.5e6),
    ("The metro line will cost rupees 1,200 crore.", "rupees 1,200 crore", "INR", 11.995e9,
     12.005e9),
    ("Exports reached euro 4.2 billion last year.", "euro 4.2 billion", "EUR", 4.15e9, 4.25e9),
])
def test_a_currency_word_before_a_scaled_amount_is_its_currency(text: str, etext: str, unit: str,
                                                                low: float, high: float) -> None:
    """'US dollar 750 million', 'rupees 1,200 crore': a currency named before the amount, as
    some markets' press writes it, when a scale word follows the number."""
    q = read_quantities(text)[0]
    assert (q.text, q.unit, q.kind) == (etext, unit, "money")
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text", ["The party won 5 million votes.",
                                  "The euro 20 years ago bought more."])
def test_a_word_before_a_number_is_no_currency_unless_it_names_one(text: str) -> None:
    """'won 5 million votes' is a count; a currency word before a number with no scale word
    ('the euro 20 years ago') is not its currency."""
    assert all(q.kind != "money" for q in read_quantities(text))


def test_a_bit_in_words_is_no_data() -> None:
    """'not one bit' is an idiom; only digits take the unit bit ('a 32-bit chip')."""
    assert [q.kind for q in read_quantities("The tweak did not help one bit.")] == ["count"]


@pytest.mark.parametrize(("text", "second"), [
    ("The service signed 1.8m members and aims for 3m by spring.", (2.5e6, 3.5e6, "")),
    ("Rivals paid $22m for the striker, and 9m went to his agent.", (8.5e6, 9.5e6, "")),
    ("The app has 4m users; its new office tower is 60m tall.", (60, 60, "metre")),
    ("Ridership hit 6.4 million trips, up from 5.8m.", (5.75e6, 5.85e6, "")),
])
def test_a_glued_m_is_a_million_where_another_m_of_the_text_is(text: str, second: tuple) -> None:
    """'1.8m members ... 3m by spring': the second 'm' is a million too, unless a word of size
    follows it ('60m tall')."""
    q = read_quantities(text)[1]
    assert (q.low, q.high, q.unit) == (pytest.approx(second[0]), pytest.approx(second[1]),
                                       second[2])



@pytest.mark.parametrize(("text", "texts"), [("a 5h drive", ["5"]),
                                             ("the 4h group of 5 men", ["4", "5"]),
                                             ("2 hours 90 minutes", ["2 hours", "90 minutes"])])
def test_an_hour_letter_alone_or_a_larger_part_after_is_no_compound(text: str,
                                                                     texts: list) -> None:
    """"h" is an hour only where minutes or seconds follow it, and a part no smaller than the
    one before ends the compound ("2 hours 90 minutes" is two amounts)."""
    assert [q.text for q in read_quantities(text)] == texts


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("A peak audience of 4.3m tuned in for the final.", 4.25e6, 4.35e6, ""),
    ("By Friday 2m were vaccinated.", 1.5e6, 2.5e6, ""),
    ("More than 1.1m have applied since May.", 1.1e6, None, ""),
    ("A 12m raised walkway opened.", 12, 12, "metre"),
    ("The cliff is 40m high.", 40, 40, "metre"),
])
def test_a_glued_m_before_a_verb_is_a_million(text: str, low: float, high: float | None,
                                              unit: str) -> None:
    """'4.3m tuned in': a glued 'm' that is who did something is a million; after 'a' or
    'the' ('a 12m raised walkway') and before a word of size it stays metres."""
    q = read_quantities(text)[0]
    assert (q.low, q.high, q.unit) == (pytest.approx(low),
                                       None if high is None else pytest.approx(high), unit)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The Alliance has crossed 151 seats.", 151, None),
    ("Sales passed the 1 million mark.", 1e6, None),
    ("They crossed 3 rivers.", 3, 3),
    ("He passed 40 cars on the way.", 40, 40),
])
def test_a_line_crossed(text: str, low: float, high: float | None) -> None:
    """"crossed 151 seats", "passed the 1 million mark": more than; "crossed 3 rivers" is 3."""
    q = [q for q in read_quantities(text) if q.kind == "count"][0]
    assert (q.low, q.high) == (low, high)


# -- News-2 (issue 12): names, scores, ranks and bands that are no amounts ------------------
@pytest.mark.parametrize(("text", "number"), [
    ("Lorries queued between junctions 4 and 5 of the M6 all morning.", "4"),
    ("Lorries queued between junctions 4 and 5 of the M6 all morning.", "5"),
    ("Hamilton pitted on lap 52 for fresh tyres.", "52"),
    ("Unit 7 of the Lakeside estate is to let.", "7"),
    ("Year 11 students sat their mock exams.", "11"),
    ("Radio 4 moved its late news bulletin.", "4"),
    ("4G coverage reached the valley last spring.", "4"),
    ("Shares in 3M fell after the ruling.", "3"),
    ("Residents were told to call 111 for advice.", "111"),
    ("The 911 call came in just after midnight.", "911"),
    ("Please quote reference 07731 when you write.", "07731"),
    ("He appeared on the panel show The 8 Out Of 10 Cats.", "8"),
    ("Riders of the 73 bus faced delays.", "73"),
    ("The five-year gilt yield fell to 3.9%.", "five-year"),
    ("The 30-year fixed mortgage rate rose to 7%.", "30-year"),
])
def test_numbers_of_names_and_references_are_names(text: str, number: str) -> None:
    """Roads' junctions, laps, units, school years, stations, '4G', phone and reference
    numbers, a title after a capitalised 'The', a bus route and a bond's or fixed rate's term
    are names, no amounts."""
    hits = [q for q in read_quantities(text) if q.text == number]
    assert hits and all(q.kind == "name" for q in hits), read_quantities(text)


@pytest.mark.parametrize(("text", "number"), [
    ("This year 5 million tourists came.", "5 million"),
    ("He called 100 people to the meeting.", "100"),
    ("They made 999 calls in one night.", "999"),
    ("Game 6 drew 3 people to the bar.", "3"),
    ("Route 66 runs 12 miles through the town.", "12 miles"),
    ("A 10-year plan was agreed.", "10-year"),
    ("Pupils in Year 2000 terms.", "2000"),
    ("The pool is 0.50 metres deep.", "0.50 metres"),
    ("423 0000 is two numbers.", "0000"),
])
def test_amounts_near_name_words_stay_amounts(text: str, number: str) -> None:
    """The new name rules leave amounts alone: a lower-case 'year', a plural after a dialled
    number, a count after a list of names, a plan's length, zeros."""
    hits = [q for q in read_quantities(text) if q.text == number]
    assert hits and all(q.kind != "name" for q in hits), read_quantities(text)


@pytest.mark.parametrize(("text", "score"), [
    ("Judge went 2 for 3 with a double.", "2 for 3"),
    ("She signed for a three-under-par 69 on Friday.", "three-under-par 69"),
    ("He is 4 over par after nine holes.", "4 over par"),
    ("Leinster sealed a 27-13 bonus-point victory.", "27-13"),
])
def test_batting_lines_golf_rounds_and_results_are_scores(text: str, score: str) -> None:
    """'went 2 for 3', 'a three-under-par 69', 'a 27-13 bonus-point victory' are scores."""
    hits = [q for q in read_quantities(text) if q.text == score]
    assert hits and hits[0].kind == "score", read_quantities(text)
    assert all(q.kind in ("score", "count") and q.text == score or q.text not in score
               for q in read_quantities(text))


@pytest.mark.parametrize(("text", "rank"), [
    ("The mayor is seeking a third term.", 3),
    ("Prices rose for a fifth consecutive month.", 5),
    ("She lifted the trophy for a ninth time.", 9),
])
def test_a_rank_after_a_is_an_ordinal(text: str, rank: int) -> None:
    """'a third term', 'a fifth consecutive month' are ranks, not 1/3 or 1/5."""
    (q,) = read_quantities(text)
    assert (q.kind, q.value) == ("ordinal", rank)


@pytest.mark.parametrize(("text", "share"), [
    ("A fifth of the staff left.", 0.2), ("Sales fell by a third in March.", 1 / 3),
    ("Costs are a tenth higher.", 0.1), ("The budget will be cut by a sixth next year.", 1 / 6),
    ("Output shrank by a fifth.", 0.2),
])
def test_a_share_after_a_stays_a_fraction(text: str, share: float) -> None:
    """'a fifth of', 'by a third in', 'a tenth higher', 'by a fifth.' are shares."""
    (q,) = read_quantities(text)
    assert q.kind == "count" and q.value == pytest.approx(share)


@pytest.mark.parametrize("text", ["a one-off fee of", "a two-way contest", "one-time charges"])
def test_number_words_in_adjectives_are_no_amounts(text: str) -> None:
    """'one-off', 'two-way', 'one-time' are adjectives, no amounts."""
    assert read_quantities(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The suspect, a man in his 30s, fled on foot.", ("30s", 30, 39, "year", "duration")),
    ("A driver in her early 70s was hurt.", ("early 70s", 70, 73, "year", "duration")),
    ("Expect highs in the 80s by Thursday.", ("80s", 80, 89, "degree", "temperature")),
    ("Lows dip to the upper 20s overnight.", ("upper 20s", 26, 29, "degree", "temperature")),
    ("Temperatures reach the mid-50s.", ("mid-50s", 53, 57, "degree", "temperature")),
    ("Records from the 70s sold well.", ("70s", 1970, 1979, "", "year")),
])
def test_bands_of_ten_are_ages_temperatures_or_decades(text: str, expected: tuple) -> None:
    """'in his 30s' is an age of 30 to 39 years, 'highs in the 80s' 80 to 89 degrees, 'the
    mid-50s' about 55 degrees, 'the 70s' with neither the 1970s."""
    (q,) = read_quantities(text)
    assert (q.text, q.low, q.high, q.unit, q.kind) == expected
    if q.text.startswith("mid"):
        assert (q.value, q.qualifier) == (55, "about")


@pytest.mark.parametrize(("text", "number"), [
    ("The Under-19s won their group.", "19"),
    ("Shares in 7-Eleven rose.", "7-Eleven"),
])
def test_teams_and_numbered_brands_are_names(text: str, number: str) -> None:
    """'the Under-19s' is a team, '7-Eleven' a brand; 'the over-65s' (above) stay ages."""
    hits = [q for q in read_quantities(text) if q.text == number]
    assert hits and hits[0].kind == "name" and len(read_quantities(text)) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Rents have more than doubled since 2015.", ("more than doubled", 2, INF)),
    ("The bill nearly tripled.", ("nearly tripled", 2.7, 3)),
    ("Costs rose to over double the estimate.", ("over double", 2, INF)),
])
def test_a_qualified_multiplier_word_is_a_multiple(text: str, expected: tuple) -> None:
    """'more than doubled', 'nearly tripled': a multiple, as 'twice' is; a bare 'doubled' or 'a
    double room' is none."""
    q = read_quantities(text)[0]
    assert (q.text, q.low, q.high, q.unit, q.kind) == pytest.approx((*expected, "times",
                                                                     "multiple"))
    assert read_quantities("Profits doubled in a double room.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a glued C or F is a temperature with its tenth, beside the other scale, or where
    # highs and the like are spoken of
    ("Brisca reached 41.3C on Tuesday.", [("41.3C", 41.3, "temperature")]),
    ("Old national record 40.2C (104.4F), 1987",
     [("40.2C", 40.2, "temperature"), ("104.4F", 104.4, "temperature"), ("1987", 1987, "year")]),
    ("Forecasters expect highs of 104F.", [("104F", 104.0, "temperature")]),
    ("Boeing 777F freighters landed.", [("777", 777.0, "name")]),
    # a number said in words with a comma inside
    ("We have confirmed four thousand, eight hundred and twelve cases.",
     [("four thousand, eight hundred and twelve", 4812.0, "count")]),
    ("In one thousand, two were late.", [("one thousand", 1000.0, "count"), ("two", 2.0, "count")]),
    # days counted at work are days
    ("The office counts 41,000 working days lost.", [("41,000 working days", 41000.0, "duration")]),
    # two prices in adjacent table cells are no euros and cents
    ("Price from 41,900 euros 44,500 euros",
     [("41,900 euros", 41900.0, "money"), ("44,500 euros", 44500.0, "money")]),
    ("It cost 15 dollars 50.", [("15 dollars 50", 15.5, "money")]),
])
def test_news_forms_of_temperatures_words_and_cells(text: str, expected: list[tuple]) -> None:
    got = [(q.text, q.value, q.kind) for q in read_quantities(text)]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # scales past a trillion keep their scale
    ("The model would need 3 sextillion steps.", [("3 sextillion", 3e21, "count")]),
    ("Networks move 2.5 quintillion bytes.", [("2.5 quintillion bytes", 2.5e18, "data")]),
    # a bare vague plural before a participle is an amount
    ("Two died and hundreds injured in the blast.",
     [("Two", 2.0, "count"), ("hundreds", 200.0, "count")]),
    ("Dozens arrested after the march.", [("Dozens", 24.0, "count")]),
    # "the winter half", "the fly-half": a period and a position, no share
    ("Sales fell in the summer half, the firm said.", []),
    ("Their scrum-half scored twice.", [("twice", 2.0, "multiple")]),
    # a glued "st" that no ordinal agrees with is stone
    ("She weighs 11st now.", [("11st", 11.0, "mass")]),
    ("He was 17st 4lb at the weigh-in.", [("17st", 17.0, "mass"), ("4lb", 4.0, "mass")]),
    ("The 31st floor.", [("31st", 31.0, "ordinal")]),
    # a train named by its departure time
    ("Delays hit the 8.15 from Carlisle.", [("8.15", 8.15, "time")]),
])
def test_news3_scales_vague_plurals_periods_stone_and_trains(text: str,
                                                             expected: list[tuple]) -> None:
    """Scales past trillion, a vague plural before a participle, 'the winter half', '11st' and
    'the 8.15 from Carlisle' read as news means them."""
    got = read_quantities(text)
    assert [(q.text, q.kind) for q in got] == [(e[0], e[2]) for e in expected]
    assert [q.value for q in got] == pytest.approx([e[1] for e in expected])


@pytest.mark.parametrize(("text", "score"), [
    ("City drew 0-0 at Hull and 2-2 at home to Derby.", "2-2"),
    ("The measure cleared the Assembly 61-39.", "61-39"),
    ("The game ended 4-4.", "4-4"),
    ("Her mare went off a 9-2 favourite.", "9-2"),
    ("She won 7-5, 2-6, 6-3 in the final.", "2-6"),
])
def test_news3_results_odds_sets_and_bowling_are_scores(text: str, score: str) -> None:
    """A result after 'cleared' or 'ended', at home, in a list of sets and odds before
    'favourite' are scores, no amounts."""
    hits = [q for q in read_quantities(text) if q.text == score]
    assert hits and hits[0].kind == "score"
    assert not [q for q in read_quantities(text) if q.kind not in ("score",)]


@pytest.mark.parametrize(("text", "name"), [
    ("The Airbus A350-900 diverted to Shannon.", "350-900"),
    ("Call 0161 496 0000 for details.", "496"),
    ("Call 0161 496 0000 for details.", "0000"),
    ("This week's lottery numbers were 3, 17 and 41.", "17"),
    ("Ireland won the Six Nations again.", "Six"),
])
def test_news3_variants_phone_groups_draws_and_event_names_are_names(text: str,
                                                                      name: str) -> None:
    """A model's variant ('A350-900'), a phone number's groups, lottery numbers and 'the Six
    Nations' are names, no amounts."""
    hits = [q for q in read_quantities(text) if q.text == name]
    assert hits and hits[0].kind == "name"
    assert all(q.kind == "name" for q in read_quantities(text))


def test_one_of_the_is_a_pronoun_unless_counted() -> None:
    """'one of the 26' picks one out (only the 26 is read); 'won only one of their last 11'
    counts it."""
    assert [q.text for q in read_quantities("She is one of the 26 judges.")] == ["26"]
    assert [q.text for q in read_quantities("They won only one of their last 11 games.")] == \
        ["one", "11"]


@pytest.mark.parametrize(("text", "expected"), [
    # two falling figures with no unit after them are a result, never a range
    ("In September you held by 6-3.", [("6-3", 6.0, "score")]),
    ("September 2026 Hold 4.5% 6-3",
     [("2026", 2026.0, "year"), ("4.5%", 4.5, "percent"), ("6-3", 6.0, "score")]),
    ("won 8-10 seats", [("8-10", 8.0, "count")]),
    # a time of day in words
    ("The rockfall came at twenty to three on Monday.", [("twenty to three", 3.0, "time"),
                                                       ]),
    ("The last came up at half past six.", [("half past six", 6.0, "time")]),
    ("They expect five to ten people.", [("five to ten", 5.0, "count")]),
])
def test_results_and_clock_words(text: str, expected: list[tuple]) -> None:
    got = [(q.text, q.low, q.kind) for q in read_quantities(text)]
    assert got == expected


def test_minutes_and_seconds_written_short() -> None:
    """"36m 24s" is 36 minutes 24 seconds; "a 100m sprint" stays metres."""
    (q,) = read_quantities("The wait was 36m 24s on average.")
    assert (q.text, q.kind, q.unit, round(q.value, 3)) == ("36m 24s", "duration", "minute", 36.4)
    (q,) = read_quantities("He won a 100m sprint.")
    assert (q.kind, q.unit) == ("length", "metre")


def test_a_thousands_figure_after_a_lower_case_name_head_is_an_amount() -> None:
    """"Workers now number 1,800": the verb "number", then an amount ("number 9" may name a
    shirt)."""
    (q,) = read_quantities("Workers on the beaches now number 1,800.")
    assert (q.text, q.kind) == ("1,800", "count")
