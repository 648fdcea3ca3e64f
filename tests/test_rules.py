"""Rule loading: every key of SPEC §2, and errors that name file:line:column."""

from __future__ import annotations

import pytest

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
