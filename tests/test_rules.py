"""Rule loading: every key of SPEC §2, and errors that name file:line:column."""

from __future__ import annotations

import pytest

import factcheck
from factcheck import RuleError, load_rules, load_string


def load_one(yaml_text: str):
    (fact,) = load_string(yaml_text, "r.yaml")
    return fact


def errors(yaml_text: str) -> str:
    with pytest.raises(RuleError) as info:
        load_string(yaml_text, "r.yaml")
    return str(info.value)


def test_value_with_relative_tolerance() -> None:
    """`tolerance: 10%` widens the value both ways."""
    f = load_one("facts:\n- id: a\n  value: 500000\n  tolerance: 10%\n  keywords: [fled]\n")
    assert (f.low, f.high, f.kind) == (450000, 550000, "count")


def test_value_string_with_unit_and_absolute_tolerance_in_other_unit() -> None:
    """`value: 17 minutes` with `tolerance: 30 seconds` is 16.5 to 17.5 minutes."""
    f = load_one("facts:\n- id: a\n  value: 17 minutes\n  tolerance: 30 seconds\n"
                 "  keywords: [audio]\n")
    assert (f.kind, f.unit) == ("duration", "minute")
    assert f.low == pytest.approx(16.5) and f.high == pytest.approx(17.5)


@pytest.mark.parametrize(("tolerance", "low", "high"), [("1 °C", 8, 10), ("1.8 °F", 8, 10),
                                                       ("1 K", 8, 10)])
def test_a_temperature_tolerance_is_a_difference(tolerance: str, low: float, high: float) -> None:
    """`value: 9 °C` with `tolerance: 1 °C` is 8 to 10 °C: a tolerance in degrees is a
    difference of temperature (1.8 °F is 1 °C), never a temperature converted with its
    offset (1 °C is no 274.15 K)."""
    f = load_one(f"facts:\n- id: a\n  value: 9 °C\n  tolerance: {tolerance}\n"
                 "  keywords: [water]\n")
    assert f.low == pytest.approx(low) and f.high == pytest.approx(high)


@pytest.mark.parametrize("value", ["2 hours 4 minutes 37 seconds", "2h 04m 37s",
                                   "two hours, four minutes and 37 seconds", "'2:04:37'"])
def test_a_compound_duration_is_one_value(value: str) -> None:
    """A time written in hours, minutes and seconds is one value, as the article's "2:04:37"."""
    f = load_one(f"facts:\n- id: a\n  value: {value}\n  keywords: [won]\n")
    assert f.kind == "duration" and f.low == f.high
    assert f.low == pytest.approx(2 + 4 / 60 + 37 / 3600)


@pytest.mark.parametrize(("value", "low", "unit"), [("$15 billion", 15e9, "USD"),
                                                     ("half a million", 5e5, ""),
                                                     ("'500,000'", 5e5, ""),
                                                     ("200 km", 200, "kilometre")])
def test_value_in_any_written_form(value: str, low: float, unit: str) -> None:
    """The value may be written as an article would write it."""
    f = load_one(f"facts:\n- id: a\n  value: {value}\n  keywords: [x]\n")
    assert f.low == low == f.high and f.unit == unit


def test_min_and_max() -> None:
    """`min:` alone is an open interval; min and max together a closed one."""
    f = load_one("facts:\n- id: a\n  min: 1700\n  keywords: [killed]\n")
    assert (f.low, f.high) == (1700, None)
    f = load_one("facts:\n- id: a\n  min: 50\n  max: 100\n  keywords: [Marines]\n")
    assert (f.low, f.high) == (50, 100)


def test_unit_count_noun_and_calendar_year() -> None:
    """`unit: people` is a count noun; `unit: year` compares calendar years."""
    f = load_one("facts:\n- id: a\n  value: 48\n  unit: people\n  keywords: [x]\n")
    assert (f.kind, f.noun) == ("count", "people")
    f = load_one("facts:\n- id: a\n  value: 2011\n  unit: year\n  keywords: [x]\n")
    assert f.kind == "year"


@pytest.mark.parametrize(("keys", "kind", "unit", "per", "said"), [
    ("value: 500,000 barrels a day", "volume", "barrel", "day", "500,000 barrels per day"),
    ("value: 3000\n  unit: people per day", "count", "", "day", "3,000 people per day"),
    ("value: $2\n  unit: USD per share", "money", "USD", "share", "2 USD per share"),
    ("value: 120\n  unit: km/h", "speed", "kilometre per hour", "", "120 kilometres per hour"),
])
def test_a_rate_is_written_as_a_value_or_a_unit(keys: str, kind: str, unit: str, per: str,
                                                 said: str) -> None:
    """A fact may be a rate; it then takes only rates per the same thing."""
    f = load_one(f"facts:\n- id: a\n  {keys}\n  keywords: [x]\n")
    assert (f.kind, f.unit, f.per) == (kind, unit, per)
    assert f.describe() == said


def test_unit_converts_value() -> None:
    """`unit: km` with `value: 125 miles` holds the fact in km."""
    f = load_one("facts:\n- id: a\n  value: 125 miles\n  unit: km\n  keywords: [x]\n")
    assert f.unit == "kilometre" and f.low == pytest.approx(201.168)


def test_terms_star_regex_and_multiword() -> None:
    """`injur*` matches any ending, `/.../` is a regex, "car bomb" spans any white space."""
    f = load_one("facts:\n- id: a\n  value: 3\n  keywords: [injur*, /wound(ed|ing)/, car bomb]\n")
    star, rx, multi = f.keywords
    assert star.search("were injured") and not star.search("uninjured")
    assert rx.search("WOUNDING")
    assert multi.search("a car\n  bomb exploded") and not multi.search("a carbomb")


def test_misspelled_key_names_line_column_and_suggests() -> None:
    """An unknown key is reported where it stands, with 'did you mean'."""
    msg = errors("facts:\n  - id: a\n    value: 3\n    keywrods: [x]\n")
    assert "r.yaml:4:5: unknown key 'keywrods' (did you mean 'keywords'?)" in msg


def test_every_problem_in_a_file_is_reported_at_once() -> None:
    """Several mistakes: each on its own line, in file order."""
    msg = errors("facts:\n  - id: A B\n    value: [1]\n    keywords: [x]\n"
                 "  - id: b\n    value: 3\n    keywords: ['/(unclosed/']\n")
    lines = msg.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("r.yaml:2:9: id 'A B'")
    assert lines[1].startswith("r.yaml:3:12: 'value' must be a number")
    assert lines[2].startswith("r.yaml:7:16: 'keywords': bad regular expression")


@pytest.mark.parametrize(("text", "fragment"), [
    ("facts:\n  - id: a\n   value: 3\n", "r.yaml:3:"),
    ("", "r.yaml:1: rule file is empty"),
    ("- id: a\n", "r.yaml:1:1: a rule file holds one mapping"),
    ("facts:\n  - id: a\n    value: x\n    keywords: [k]\n", "cannot read 'value: x'"),
    ("facts:\n  - id: a\n    value: 3\n", "has no `keywords:`"),
    ("facts:\n  - id: a\n    keywords: [k]\n", "has no `value:`"),
    ("facts:\n  - id: a\n    value: 3\n    keywords: [k]\n  - id: a\n    value: 4\n"
     "    keywords: [k]\n", "r.yaml:5:5: duplicate id 'a'"),
    ("facts:\n  - id: a\n    value: 3\n    required: maybe\n    keywords: [k]\n",
     "'required' must be true or false"),
    ("fact:\n  - id: a\n", "unknown top-level key 'fact' (did you mean 'facts'?)"),
    ("facts:\n\t- id: a\n", "tab character"),
    ("facts: !!python/object:os.system []\n", "r.yaml:1"),
])
def test_broken_rule_files_get_one_clear_message(text: str, fragment: str) -> None:
    """Each kind of broken file is a RuleError naming the place and the problem."""
    assert fragment in errors(text)


def test_alias_bomb_is_refused_quickly() -> None:
    """A 'billion laughs' document is refused without expanding it."""
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    prev = "a"
    for i in range(1, 9):
        bomb += f"b{i}: &b{i} [" + ", ".join([f"*{prev}"] * 9) + "]\n"
        prev = f"b{i}"
    bomb += "facts: []\n"
    assert "alias bomb" in errors(bomb)


def test_duplicate_ids_across_files(tmp_path) -> None:
    """An id used in two files is an error naming the second file and the first."""
    (tmp_path / "a.yaml").write_text("facts:\n- id: x\n  value: 1\n  keywords: [k]\n")
    (tmp_path / "b.yaml").write_text("facts:\n- id: x\n  value: 2\n  keywords: [k]\n")
    with pytest.raises(RuleError) as info:
        load_rules([tmp_path], root=tmp_path)
    assert "b.yaml:2: duplicate id 'x' (first in a.yaml:2)" in str(info.value)


def test_bom_and_crlf_rule_files(tmp_path) -> None:
    """A BOM and CRLF line ends load like any file."""
    (tmp_path / "r.yaml").write_bytes("\ufefffacts:\r\n- id: x\r\n  value: 1\r\n"
                                      "  keywords: [k]\r\n".encode())
    (fact,) = load_rules(tmp_path / "r.yaml")
    assert fact.id == "x" and fact.source.line == 2


def test_shipped_rules_load() -> None:
    """rules/iraq-2014.yaml loads with at least 20 facts."""
    assert len(load_rules(["rules/"])) >= 20


# -- no silent paths (issue 13): nothing written in a rule is dropped without a word --------

@pytest.mark.parametrize(("value", "fragment"), [
    ("3 gazillion", "r.yaml:3:10: cannot read 'value: 3 gazillion': 'gazillion' after '3' is "
                    "not read"),
    ("1e400", "r.yaml:3:10: cannot read 'value: 1e400': no number that large can be held"),
    ("10 trillion trillion trillion", "'trillion trillion' after '10 trillion' is not read"),
    ("12 tonnnes", "'tonnnes' is not a known unit (did you mean 'tonnes'?)"),
    ("5,000 (estimate)", "'(estimate)' after '5,000' is not read"),
])
def test_any_unread_part_of_a_value_is_an_error_at_its_line(value: str, fragment: str) -> None:
    """'3 gazillion' is not 3, '1e400' not 400, '10 trillion trillion trillion' not 1e13:
    the part the reader leaves is named at the value's line."""
    assert fragment in errors(f"facts:\n- id: a\n  value: {value}\n  keywords: [x]\n")


def test_a_value_may_end_in_the_noun_it_counts() -> None:
    """`value: 48 people` is 48 with the count noun 'people', as if written in `unit:`."""
    f = load_one("facts:\n- id: a\n  value: 48 people\n  keywords: [x]\n")
    assert (f.low, f.high, f.kind, f.noun) == (48, 48, "count", "people")
    assert "the value counts 'people' but `unit:` is 'km'" in errors(
        "facts:\n- id: a\n  value: 48 people\n  unit: km\n  keywords: [x]\n")


@pytest.mark.parametrize(("value", "hint"), [
    ("about 5,000", "write the number alone and its spread as `tolerance: 10%`"),
    ("some 400", "write the number alone and its spread as `tolerance: 10%`"),
    ("tens of thousands", "write the number alone and its spread as `min:` and `max:`"),
])
def test_an_approximate_value_is_refused_with_what_to_write(value: str, hint: str) -> None:
    """'about 5,000' once loaded as exactly 5,000, so 'killed 5,200' contradicted it."""
    assert hint in errors(f"facts:\n- id: a\n  value: {value}\n  keywords: [x]\n")


def test_a_qualifier_in_a_value_means_what_it_means_in_an_article() -> None:
    """`value: more than 500` is the open interval from 500; `nearly 300` is 270 to 300."""
    f = load_one("facts:\n- id: a\n  value: more than 500\n  keywords: [x]\n")
    assert (f.low, f.high) == (500, None)
    f = load_one("facts:\n- id: a\n  value: nearly 300\n  keywords: [x]\n")
    assert (f.low, f.high) == (270, 300)


@pytest.mark.parametrize(("keys", "fragment"), [
    ("min: at most 5", "'min: at most 5' reads as at most 5, which gives no lower bound"),
    ("max: more than 5", "'max: more than 5' reads as at least 5, which gives no upper bound"),
    ("max: about 9", "'max: about 9' is not exact ('about 9'): write the number alone"),
])
def test_a_bound_that_bounds_nothing_is_an_error(keys: str, fragment: str) -> None:
    """`max: more than 5` once silently dropped the maximum."""
    assert fragment in errors(f"facts:\n- id: a\n  {keys}\n  keywords: [x]\n")


@pytest.mark.parametrize(("tolerance", "fragment"), [
    ("-5%", "r.yaml:5:14: tolerance '-5%' is negative"),
    ("-5", "tolerance -5 is negative"),
    ("150%", "tolerance '150%' is 100% or more, so the fact accepts any number down to zero"),
    ("10 gazillion", "cannot read tolerance '10 gazillion'"),
    ("about 5", "cannot read tolerance 'about 5'"),
])
def test_a_negative_or_absurd_tolerance_is_an_error(tolerance: str, fragment: str) -> None:
    """`tolerance: -5%` was taken as 5%; 150% accepted any number down to zero."""
    assert fragment in errors(f"facts:\n- id: a\n  value: 2000\n  keywords: [x]\n"
                              f"  tolerance: {tolerance}\n")


def test_a_percentage_tolerance_on_a_calendar_year_is_an_error() -> None:
    """10% of the year 2011 is two centuries: the tolerance of a year is written in years."""
    assert "is a percentage of a calendar year" in errors(
        "facts:\n- id: a\n  value: 2011\n  unit: year\n  tolerance: 10%\n  keywords: [x]\n")


@pytest.mark.parametrize(("unit", "near"), [("tonnnes", "tonnes"), ("kilomtres", "kilometres"),
                                            ("minuts", "minutes"), ("dolars", "dollars"),
                                            ("percnt", "percent")])
def test_a_misspelled_unit_is_an_error_with_did_you_mean(unit: str, near: str) -> None:
    """`unit: tonnnes` once loaded as a count noun, so '12 tonnes' never matched."""
    msg = errors(f"facts:\n- id: a\n  value: 12\n  unit: {unit}\n  keywords: [x]\n")
    assert f"r.yaml:4:9: unit '{unit}' is not a known unit (did you mean '{near}'?)" in msg


@pytest.mark.parametrize("noun", ["people", "troops", "points", "units", "doses", "votes",
                                  "cars", "rounds", "mines", "persons", "stores"])
def test_count_nouns_near_obscure_units_stay_count_nouns(noun: str) -> None:
    """Only everyday units are looked for in a typo: 'points' is no 'pints', 'doses' no
    'dotses'."""
    f = load_one(f"facts:\n- id: a\n  value: 12\n  unit: {noun}\n  keywords: [x]\n")
    assert (f.kind, f.noun) == ("count", noun)


def test_a_count_noun_that_looks_like_a_typo_is_declared_in_nouns() -> None:
    """A word near a unit that really is what the fact counts is listed in `nouns:` too."""
    f = load_one("facts:\n- id: a\n  value: 12\n  unit: houres\n  nouns: [houres]\n"
                 "  keywords: [x]\n")
    assert (f.kind, f.noun) == ("count", "houres")


def test_a_scale_word_as_unit_is_an_error() -> None:
    """`value: 15` with `unit: billion` is not a count of 'billion' things."""
    assert "unit 'billion' is a scale, not a unit" in errors(
        "facts:\n- id: a\n  value: 15\n  unit: billion\n  keywords: [x]\n")


def test_a_count_interval_is_shown_in_whole_units() -> None:
    """2,345 ± 5% is '2,228 to 2,462 people', not '2,227.75 to 2,462.25 people'."""
    f = load_one("facts:\n- id: a\n  value: 2345\n  tolerance: 5%\n  unit: people\n"
                 "  keywords: [x]\n")
    assert f.describe() == "2,228 to 2,462 people"
    f = load_one("facts:\n- id: a\n  value: 2.5\n  tolerance: 0.1\n  keywords: [x]\n")
    assert f.describe() == "2.4 to 2.6"  # no whole number inside: shown as it is


def test_a_missing_rule_path_names_the_folder_it_was_looked_up_from(
        tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No `nope:1:`, a line that means nothing: the path and where it was looked for."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuleError) as info:
        load_rules(["nope"])
    assert str(info.value) == f"nope: rule file or folder not found (looked up from {tmp_path})"


def test_upper_case_rule_suffixes_are_loaded(tmp_path) -> None:
    """A folder's R.YAML is a rule file like r.yaml, not skipped."""
    (tmp_path / "R.YAML").write_text("facts:\n- id: x\n  value: 1\n  keywords: [k]\n")
    assert [f.id for f in load_rules([tmp_path])] == ["x"]


@pytest.mark.parametrize(("keys", "fragment"), [
    ("keywords: [fled, Fled]\n  exclude: [fled]",
     "r.yaml:5:12: 'fled' is in `exclude` and in `keywords`: no sentence can mention the fact"),
    ("keywords: [fled]\n  context: [Mosul]\n  exclude: [mosul]",
     "'mosul' is in `exclude` and in `context`: no sentence can mention the fact"),
    ("keywords: [fled, displaced]\n  exclude: [fled]",
     "'fled' is in `exclude` and in `keywords`: that keyword can never count"),
])
def test_an_exclude_that_rules_out_every_mention_is_an_error(keys: str, fragment: str) -> None:
    """A word both required and excluded made a fact that could never be mentioned, and
    said nothing."""
    assert fragment in errors(f"facts:\n- id: a\n  value: 3\n  {keys}\n")


def test_a_tolerance_larger_than_a_count_is_an_error() -> None:
    """`value: 48` with `tolerance: 5000` accepts any count from zero: not what is meant."""
    assert "tolerance 5000 is larger than the value (48), so the fact accepts any number " \
           "down to zero" in errors("facts:\n- id: a\n  value: 48\n  tolerance: 5000\n"
                                    "  keywords: [x]\n")
    f = load_one("facts:\n- id: a\n  value: 48\n  tolerance: 48\n  keywords: [x]\n")
    assert (f.low, f.high) == (0, 96)


def test_a_rule_file_named_twice_is_loaded_once(tmp_path) -> None:
    """`--factcheck-rules rules --factcheck-rules rules/a.yaml` once reported each of its ids
    as a duplicate of itself."""
    (tmp_path / "a.yaml").write_text("facts:\n- id: x\n  value: 1\n  keywords: [k]\n")
    assert [f.id for f in load_rules([tmp_path, tmp_path / "a.yaml"])] == ["x"]


def test_a_rate_per_any_noun_is_a_rate_fact_that_takes_that_rate() -> None:
    """'$250,000 per hostage' once loaded as plain $250,000, its 'per hostage' dropped: it is
    a rate per hostage, taken by '$300,000 per hostage' and not by '$33 million'."""
    f = load_one("facts:\n- id: a\n  value: $250,000 per hostage\n  keywords: [ransom]\n")
    assert (f.kind, f.unit, f.per) == ("money", "USD", "hostage")
    got = factcheck.check_text("The ransom was $300,000 per hostage, $33 million in all.", [f])
    assert [(v.verdict, [m.text for m in v.mentions]) for v in got] == [
        ("contradiction", ["$300,000"])]
    f = load_one("facts:\n- id: a\n  value: $100 per person\n  keywords: [ransom]\n")
    assert (f.kind, f.unit, f.per) == ("money", "USD", "person")
