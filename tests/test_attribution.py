"""Which fact a number belongs to: the rule keys `role` and `precision`, what `explain`
says of a number's role, and lint's warnings for rules that misfire on real text."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.advice import misfire_warnings
from factcheck.cli import main
from factcheck.engine import explain_document
from factcheck.errors import RuleError
from factcheck.rules import load_string
from factcheck.text import document

PRIOR = """
facts:
  - id: revenue
    value: $18 billion
    keywords: [revenue]
  - id: revenue-prior
    value: $13.1 billion
    keywords: [revenue]
    role: earlier
"""


def _verdicts(rules: str, text: str) -> dict[str, list[str]]:
    return {v.fact.id: [m.text for m in v.mentions]
            for v in factcheck.check_text(text, load_string(rules))}


def test_earlier_figure_goes_to_the_earlier_fact_only() -> None:
    """'compared with $13.1 billion a year earlier' is the prior fact's, never this year's."""
    got = _verdicts(PRIOR, "Revenue was $18 billion, compared with $13.1 billion a year earlier.")
    assert got == {"revenue": ["$18 billion"], "revenue-prior": ["$13.1 billion"]}


def test_earlier_fact_takes_no_current_figure() -> None:
    """A fact with `role: earlier` is not mentioned by a sentence giving only this year's."""
    assert _verdicts(PRIOR, "Revenue was $18 billion.") == {"revenue": ["$18 billion"]}


def test_unknown_role_is_a_rule_error_with_a_suggestion() -> None:
    """`role: earler` names the line and suggests 'earlier'."""
    with pytest.raises(RuleError, match="did you mean 'earlier'"):
        load_string(PRIOR.replace("role: earlier", "role: earler"))


def test_precision_exact_reads_a_round_figure_as_written() -> None:
    """With `precision: exact`, '2 million' is 2,000,000, so 2,050,000 is contradicted."""
    rules = """
facts:
  - id: fled
    value: 2050000
    keywords: [fled]
    precision: {p}
"""
    text = "About 2 million people fled."
    written = factcheck.check_text("2 million people fled.", load_string(rules.format(p="written")))
    exact = factcheck.check_text("2 million people fled.", load_string(rules.format(p="exact")))
    assert [v.verdict for v in written] == ["consistent"]
    assert [v.verdict for v in exact] == ["contradiction"]
    assert text  # the approximate form keeps its ±10% either way
    approx = factcheck.check_text(text, load_string(rules.format(p="exact")))
    assert [v.verdict for v in approx] == ["consistent"]


def test_a_number_in_a_name_is_no_count() -> None:
    """'10 Downing Street' and 'iPhone 6' give no figure to a count fact."""
    rules = """
facts:
  - id: staff
    value: 48
    keywords: [staff]
"""
    assert _verdicts(rules, "Staff at 10 Downing Street were told on Friday.") == {}
    assert _verdicts(rules, "Staff sold the iPhone 6 at a discount.") == {}


def test_explain_names_the_role_of_a_rejected_number() -> None:
    """explain says '$13.1 billion' is an earlier figure when it is why a sentence is no
    mention."""
    facts = load_string(PRIOR)
    found = explain_document(document("Revenue had been $13.1 billion a year earlier."), facts,
                             fact_id="revenue")
    assert len(found) == 1 and found[0].mention is None
    assert "'$13.1 billion' is an earlier figure" in found[0].reason


def test_lint_warns_of_rules_that_misfire(tmp_path: pytest.TempPathFactory,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A rate's unit as keyword, a weekday context and a count without nouns are warned of,
    and lint still passes."""
    rules = """
facts:
  - id: eps
    value: $3.42 a share
    keywords: [per share, earnings]
  - id: hostages
    value: 48
    keywords: [hostages]
    context: [Tuesday]
"""
    facts = load_string(rules)
    said = [(f.id, m) for f, m in misfire_warnings(facts)]
    assert any(i == "eps" and "rate's unit" in m for i, m in said)
    assert any(i == "hostages" and "day word" in m for i, m in said)
    assert any(i == "hostages" and "no `nouns:`" in m for i, m in said)
    path = tmp_path / "r.yaml"  # type: ignore[operator]
    path.write_text(rules)
    assert main(["lint", str(path)]) == 0
    out = capsys.readouterr().out
    assert "warning: fact 'eps'" in out and "r.yaml:3" in out


def test_a_keyword_finds_the_forms_of_its_word() -> None:
    """`flee` finds "fled", `employee` "employees", `train` "training"; `=flee` only "flee";
    an inflected keyword ("voted") is taken as written."""
    rules = """
facts:
  - id: fled
    value: 500000
    keywords: [{kw}]
"""
    text = "More than 500,000 people fled the city."
    assert _verdicts(rules.format(kw="flee"), text) == {"fled": ["More than 500,000"]}
    assert _verdicts(rules.format(kw="'=flee'"), text) == {}
    staff = "facts:\n  - id: s\n    value: 40\n    keywords: [employee]\n"
    assert _verdicts(staff, "The firm has 40 employees.") == {"s": ["40"]}
    from factcheck.lemmas import forms
    assert "training" in forms("train") and forms("voted") == ()


def test_keyword_forms_are_stored_for_the_next_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The forms a word's lookup found are saved to the store and read back the same, so a
    later process need not load the dictionary; an unreadable store is ignored."""
    from factcheck import lemmas

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    lemmas._stored.cache_clear()
    monkeypatch.setattr(lemmas, "_new", {})
    try:
        assert lemmas.forms.__wrapped__("flee") == lemmas._lookup("flee")
        lemmas.save()
        stored = list(tmp_path.glob("lemma-forms-simplemma-*.json"))
        assert len(stored) == 1
        lemmas._stored.cache_clear()
        assert tuple(lemmas._stored()["flee"]) == lemmas._lookup("flee") and \
            "fled" in lemmas._stored()["flee"]
        stored[0].write_text("{not json", encoding="utf-8")
        lemmas._stored.cache_clear()
        assert lemmas._stored() == {}
    finally:
        lemmas._stored.cache_clear()


def test_a_count_per_time_with_a_noun_between_is_a_rate() -> None:
    """'sold 30,000 iPhones every hour' is a rate per hour: a rate fact takes it, a plain
    count fact does not."""
    rate = "facts:\n  - id: r\n    value: 30,000 an hour\n    keywords: [sold]\n"
    count = "facts:\n  - id: c\n    value: 30000\n    keywords: [sold]\n"
    text = "Apple sold 30,000 iPhones every hour on launch day."
    assert _verdicts(rate, text) == {"r": ["30,000"]}
    assert _verdicts(count, text) == {}


def test_explain_says_a_number_is_part_of_a_name() -> None:
    """explain tells why '10' in '10 Downing Street' gave the fact nothing."""
    rules = "facts:\n  - id: staff\n    value: 48\n    keywords: [staff]\n"
    found = explain_document(document("Staff at 10 Downing Street were told on Friday."),
                             load_string(rules))
    assert len(found) == 1 and found[0].mention is None
    assert "'10' is part of a name: 10 Downing Street" in found[0].reason


def test_lint_warns_of_two_stories_sharing_keywords_without_context() -> None:
    """Two death tolls with the same keywords and no `context` are warned of: a sentence
    about one can be read as the other's."""
    rules = """
facts:
  - id: quake-deaths
    value: 1184
    keywords: [killed, dead]
    nouns: [people]
  - id: siege-deaths
    value: 21
    keywords: [killed]
    nouns: [people]
"""
    said = [(f.id, m) for f, m in misfire_warnings(load_string(rules))]
    assert any(i == "siege-deaths" and "'quake-deaths'" in m and "killed" in m for i, m in said)
    with_context = rules.replace("    nouns: [people]\n",
                                 "    nouns: [people]\n    context: [Taldor]\n", 1)
    assert not any("shares keywords" in m for _, m in misfire_warnings(load_string(with_context)))


def test_a_share_of_another_thing_is_no_share_of_the_vote() -> None:
    """'more than half the chamber' is no figure of a fact on the share of the vote; 'half
    of the vote' is."""
    rules = ("facts:\n  - id: share\n    claim: The party won 41.3% of the vote\n"
             "    value: 41.3%\n    tolerance: 0.5\n    keywords: [party]\n")
    assert _verdicts(rules, "The party has more than half the chamber.") == {}
    assert _verdicts(rules, "The party won nearly half of the vote.") == {"share": ["nearly half"]}


SHAPES = """
facts:
  - id: growth
    claim: Revenue grew 18% from a year earlier
    value: 18%
    keywords: [revenue]
    exclude: [China, Europe]
  - id: range
    value: 310 miles
    keywords: [range]
  - id: seats
    claim: The Alliance won 163 of the 300 seats
    value: 163
    keywords: [seats, won, took]
    context: [Alliance]
    nouns: [seats]
  - id: north
    value: 56
    keywords: [north]
    nouns: [seats]
  - id: turnout-prior
    value: 63.2%
    tolerance: 0.5
    keywords: [turnout]
    context: [four years ago]
  - id: output
    value: 5,200 vehicles a day
    keywords: [building, produc*]
  - id: hike
    value: 0.25%
    keywords: [raised, hike]
"""


@pytest.mark.parametrize(("text", "fact", "want"), [
    # an `exclude` word in another clause, farther than the keyword, leaves the number free
    ("Revenue rose 8% in the quarter, with Europe and China doing the heavy lifting.",
     "growth", ["8%"]),
    ("Revenue in China rose 41%.", "growth", []),
    # a change, then the level it led to
    ("An update added 35 miles of range, for a total of 310 miles.", "range", ["310 miles"]),
    # the whole of a local part, a total after "all bar", "out of"
    ("The Alliance took 55 of the Northern Province's 59 seats.", "seats", []),
    ("The Alliance took all bar three of its 59 seats there.", "seats", []),
    ("Look at the North - fifty-six out of fifty-nine seats.", "north", ["fifty-six"]),
    # a reading on the way, then and now
    ("Turnout at 2 p.m. stood at 41%, well ahead of the same point four years ago, when it "
     "was 35%.", "turnout-prior", []),
    # a rate of something else, where the fact's keyword is that thing's noun
    ("Inspectors check about 400 buildings a day.", "output", []),
    ("The plants are producing 5,200 cars a day.", "output", ["5,200 cars a day"]),
    # a fact whose keywords are the change takes the change
    ("The bank raised rates by a quarter of a percentage point, to 1.75%.", "hike",
     ["a quarter of a percentage point"]),
])
def test_numbers_of_real_shapes_go_where_a_reader_puts_them(text: str, fact: str,
                                                           want: list[str]) -> None:
    assert _verdicts(SHAPES, text).get(fact, []) == want


def test_exit_poll_figures_are_no_result() -> None:
    rules = """
facts:
  - id: share
    value: 33.8%
    tolerance: 0.5
    keywords: [National Renewal]
"""
    text = "19:30 First exit poll (Channel 2): People's Alliance 43%, National Renewal 31%."
    assert _verdicts(rules, text) == {}
    assert _verdicts(rules, "National Renewal won 33.9%.") == {"share": ["33.9%"]}


MORE = """
facts:
  - id: headline
    claim: Consumer prices rose 3.4% in the year to October
    value: 3.4%
    keywords: [inflation, prices]
  - id: headline-prior
    value: 3.7%
    keywords: [inflation, prices]
    role: earlier
  - id: core
    value: 2.9%
    keywords: [core]
  - id: goals
    value: 23
    keywords: [goals, scoring]
    context: [Vance]
  - id: viewers
    claim: The final drew an average audience of 6.2 million
    value: 6.2 million
    keywords: [audience, viewers]
  - id: rate
    value: 4.25%
    keywords: [rate, hold]
  - id: time
    value: 7477 seconds
    keywords: [Marende]
"""


@pytest.mark.parametrize(("text", "fact", "want"), [
    # a keyword qualified by another fact's keyword is that fact's ("core inflation")
    ("Core inflation eased to 2.9% from 3.0%.", "headline-prior", []),
    ("Core inflation eased to 2.9% from 3.0%.", "core", ["2.9%"]),
    ("Inflation eased to 3.4% from 3.7%.", "headline-prior", ["3.7%"]),
    # "down from September's 3.8%": an earlier figure
    ("Inflation fell to 3.4%, down from September's 3.7%.", "headline", ["3.4%"]),
    # a percentage point is a difference of rates, not a rate
    ("The real rate is still close to one percentage point above inflation.", "headline", []),
    # a monthly change is no annual rate; "4.3% higher than a year ago" is one
    ("On the month, prices rose 0.2%.", "headline", []),
    ("Prices are 4.3% higher than a year ago.", "headline", ["4.3%"]),
    # an age in apposition is no count
    ("Vance, 29, opened the scoring after 12 minutes.", "goals", []),
    # a peak is not the average
    ("Viewers peaked at 8.1 million, with an average audience of 6.2 million.", "viewers",
     ["6.2 million"]),
    # a figure some wanted is no decision
    ("The bank voted to hold; three members wanted a cut to 4%.", "rate", []),
    # "N seconds ahead of": a margin
    ("Marende finished 38 seconds ahead of Alemu.", "time", []),
])
def test_more_real_shapes(text: str, fact: str, want: list[str]) -> None:
    assert _verdicts(MORE, text).get(fact, []) == want


def test_a_table_by_month_gives_each_row_its_month() -> None:
    """Rows of a table whose first column is the month are that month's figures."""
    text = ("| Month | Headline | Core inflation |\n| --- | --- | --- |\n| July | 3.9% | 3.2% |\n"
            "| October | 3.4% | 2.9% |\n")
    got = {v.fact.id: [m.text for m in v.mentions]
           for v in factcheck.check_text(text, load_string(MORE), suffix=".md")}
    assert "3.2%" not in got.get("core", [])


def test_page_furniture_is_not_read() -> None:
    """A ticker, a related-links box, the site's nav and footer are no article text."""
    html = ("<html><body><nav><a href='/'>CPI 9.9%</a></nav>"
            "<div class=\"ticker\">CPI (Sep) 3.7% &middot; prices 5%</div>"
            "<article><p>Inflation was 3.4% in October.</p></article>"
            "<aside><h2>Related</h2><ul><li><a href='/x'>Inflation slows to 3.7%</a></li></ul>"
            "</aside><footer>Prices from $4.99 a month</footer></body></html>")
    got = {v.fact.id: [m.text for m in v.mentions]
           for v in factcheck.check_text(html, load_string(MORE), suffix=".html")}
    assert got.get("headline") == ["3.4%"]


STORY = """
facts:
  - id: headline
    claim: Arvena's consumer prices rose 3.4% in the year to October
    value: 3.4%
    keywords: [inflation, prices]
  - id: headline-prior
    claim: Annual inflation was 3.7% in September
    value: 3.7%
    keywords: [inflation, prices]
    role: earlier
  - id: food
    value: 6.8%
    keywords: [food]
  - id: rents
    value: 5.2%
    keywords: [rents]
  - id: jobs
    claim: Employers added 18,400 jobs in October
    value: 18400
    keywords: [jobs]
    nouns: [jobs]
  - id: crowd-prior
    claim: The previous record crowd was 68,450, in 2019
    value: 68450
    keywords: [crowd, attendance, record]
    role: earlier
"""


@pytest.mark.parametrize(("text", "fact", "want"), [
    # the story's own country, named by a claim, is no local place
    ("Annual inflation in Arvena slowed to 3.4% in October from 3.7% in September.",
     "headline-prior", ["3.7%"]),
    # "(September: 3.7%)" after a figure: the earlier one
    ("Consumer prices, annual change 3.4% (September: 3.7%)", "headline-prior", ["3.7%"]),
    # a keyword named as left out
    ("Core inflation, excluding food and energy, was 2.9%.", "food", []),
    # "a year earlier" dates the figure beside it, not the next clause's
    ("Food prices were 6.8% higher than a year earlier and rents climbed 5.2%.", "rents",
     ["5.2%"]),
    # the claim's own verb of change: the figure is the fact's
    ("Employers added 18,400 jobs in October.", "jobs", ["18,400"]),
    # a record beaten is the earlier figure
    ("The attendance is 71,842, beating the 68,450 who watched in 2019.", "crowd-prior",
     ["68,450"]),
])
def test_story_shapes(text: str, fact: str, want: list[str]) -> None:
    assert _verdicts(STORY, text).get(fact, []) == want


EVENTS = """
facts:
  - id: hostages
    claim: The gunmen took 132 people hostage
    value: 132
    keywords: [hostage*, held]
    nouns: [hostages, people]
  - id: dead
    claim: 21 people were killed
    value: 21
    keywords: [killed, dead]
    nouns: [people]
  - id: share
    value: 41.3%
    tolerance: 0.5
    keywords: [Alliance]
  - id: freed
    value: 118
    keywords: [freed, escaped]
"""


@pytest.mark.parametrize(("text", "fact", "want"), [
    # what happened to a group the fact only names, another fact's event: not its count
    ("03:00 Forty hostages escape down a fire stairwell.", "hostages", []),
    ("Forty hostages were moved to the roof.", "hostages", ["Forty"]),
    ("Fourteen hostages, three officers and four gunmen were killed.", "hostages", []),
    ("The gunmen held 132 hostages.", "hostages", ["132"]),
    # a few of a group, the rest otherwise
    ("Eight gunmen took part; four were killed and the rest captured.", "dead", []),
    # a region of the country, the sentence opening on it
    ("Across the province the Alliance won 49.6% of the vote.", "share", []),
    ("The Alliance won 41.3% of the vote.", "share", ["41.3%"]),
    # an exit poll named after the figures
    ("Seven in ten young voters backed the Alliance, according to an exit poll.", "share", []),
])
def test_events_places_and_polls(text: str, fact: str, want: list[str]) -> None:
    assert _verdicts(EVENTS, text).get(fact, []) == want


CENSUS = """
facts:
  - id: population
    claim: Tarsland's population was 8,412,306
    value: 8412306
    tolerance: 1%
    keywords: [population, residents, people]
    exclude: [Velka]
  - id: household
    value: 2.38 people per household
    tolerance: 0.01
    keywords: [household]
  - id: annual
    value: 0.9% a year
    keywords: [growth, grew]
  - id: growth
    value: 9.3%
    tolerance: 0.1
    keywords: [growth, grew]
  - id: carriages
    claim: The train had 14 carriages
    value: 14
    keywords: [carriages]
  - id: derailed
    value: 9
    keywords: [derailed, left the track]
  - id: plants
    value: 4
    keywords: [plants]
  - id: dead
    value: 23
    keywords: [died, dead]
"""


@pytest.mark.parametrize(("text", "fact", "want"), [
    # another order of size: a household, an age, not a population
    ("The average household now holds 2.38 people.", "population", []),
    # ... but the household's average, said of the average household, is the rate
    ("The average household now holds 2.38 people.", "household", ["2.38"]),
    ("Each household holds 2.38 people per household.", "household",
     ["2.38"]),
    ("The population is 8.4 million.", "population", ["8.4 million"]),
    # a yearly rate is not the decade's growth
    ("Growth averaged 0.9% a year.", "growth", []),
    ("Growth averaged 0.9% a year.", "annual", ["0.9%"]),
    # a share of the fact's own group, restated as a count
    ("14.2% of residents, or about 1.2 million people, were born abroad.", "population", []),
    # the subject of "and now has" is the excluded place
    ("Velka gained about 180,000 people and now has 1,284,112 residents.", "population", []),
    # part and whole: a fact on the whole takes the whole, one on the part the part
    ("Nine of the 14 carriages left the track.", "carriages", ["14"]),
    ("Nine of the 14 carriages left the track.", "derailed", ["Nine"]),
    # parts that add up to the figure before them
    ("Four plants will shut, two in Ohio and two in Europe.", "plants", ["Four"]),
    # an earlier accident: "then", a list item opening on its year
    ("Eleven people died then.", "dead", []),
    ("In 2026 the derailment left 23 dead.\n1991, Lorne junction: 41 dead", "dead", ["23"]),
    ("Of the dead, 15 were in the third carriage.", "dead", []),
])
def test_census_and_rail_shapes(text: str, fact: str, want: list[str]) -> None:
    assert _verdicts(CENSUS, text).get(fact, []) == want


@pytest.mark.parametrize(("rules", "text", "want"), [
    # an age is written bare
    ("  - id: age\n    value: 41.6 years\n    tolerance: 0.1 years\n    keywords: [median age]\n",
     "The median age rose to 46.1 from 38.9 in 2016.", ["46.1"]),
    # "where the limit is 60 km/h" is its own clause: the speed's `exclude` stays there
    ("  - id: speed\n    value: 112 km/h\n    keywords: [travelling]\n    exclude: [limit]\n",
     "It was travelling at 112 km/h as it entered a curve where the limit is 60 km/h.",
     ["112 km/h"]),
    # "with an average of 2.38 people each" after "households": per household
    ("  - id: size\n    value: 2.38 people per household\n    keywords: [average]\n",
     "The census found 3,528,000 households, with an average of 2.38 people each.",
     ["an average of 2.38"]),
])
def test_implied_units(rules: str, text: str, want: list[str]) -> None:
    assert list(_verdicts("facts:\n" + rules, text).values()) == [want]


def test_a_factbox_line_takes_the_headline_as_context() -> None:
    """A short line under a headline naming the fact's `context` meets it; prose does not."""
    rules = "facts:\n  - id: value\n    value: $4.2 billion\n    keywords: [deal]\n" \
            "    context: [Pellmark]\n"
    box = "The Varnholt-Pellmark deal in numbers\n\nTotal deal value $4.2 billion\n"
    assert _verdicts(rules, box) == {"value": ["$4.2 billion"]}
    prose = ("The Varnholt-Pellmark deal in numbers\n\nA rival deal for another company, "
             "announced the same week by a bank in Ohio, was worth $9 billion.\n")
    assert _verdicts(rules, prose) == {}


def test_a_table_row_label_says_what_its_cells_count() -> None:
    """"| Households | 3.25 million | 3.05 million |" counts households, not people."""
    rules = ("facts:\n  - id: pop-prior\n    value: 7698514\n    tolerance: 1%\n    unit: people\n"
             "    keywords: [census]\n    role: earlier\n")
    text = ("| Measure | 2026 census | 2016 census |\n| --- | --- | --- |\n"
            "| Population | 8,412,306 | 7,698,514 |\n| Households | 3.25 million | 3.05 million |\n")
    got = {v.fact.id: [m.text for m in v.mentions]
           for v in factcheck.check_text(text, load_string(rules), suffix=".md")}
    assert got == {"pop-prior": ["7,698,514"]}


def test_an_earlier_census_dates_its_figure() -> None:
    rules = ("facts:\n  - id: pop\n    value: 8412306\n    tolerance: 1%\n    keywords: [counted]\n"
             "  - id: pop-prior\n    value: 7698514\n    tolerance: 1%\n    keywords: [counted]\n"
             "    role: earlier\n")
    text = "The 2026 census counted 8,412,306 people. Ten years earlier, the 2016 census " \
           "counted 6.7 million people."
    assert _verdicts(rules, text) == {"pop": ["8,412,306"], "pop-prior": ["6.7 million"]}


@pytest.mark.parametrize(("rules", "text", "want"), [
    # a fact about a plan takes the figure a sentence says is planned or expected
    ("  - id: jobs\n    claim: The combined company will cut 1,200 jobs\n    value: 1200\n"
     "    keywords: [eliminate, cut]\n",
     "The companies expect to eliminate 1,200 positions over two years.", ["1,200"]),
    ("  - id: jobs\n    claim: The company cut 1,200 jobs\n    value: 1200\n"
     "    keywords: [eliminate, cut]\n",
     "Analysts expect the company to eliminate 2,000 positions next year.", []),
    # a per-share price said with words between
    ("  - id: price\n    value: $38 a share\n    keywords: [shareholders]\n",
     "Pellmark shareholders get $38 in cash for every share they hold.", ["$38"]),
    # a participle after another fact's keyword is no modifier of it
    ("  - id: born\n    value: 14.2%\n    keywords: [born abroad]\n"
     "  - id: pop\n    value: 8412306\n    keywords: [residents]\n",
     "Residents born abroad made up 14.2% of the population.", ["14.2%"]),
])
def test_plans_prices_and_participles(rules: str, text: str, want: list[str]) -> None:
    got = _verdicts("facts:\n" + rules, text)
    assert got.get(next(iter(load_string("facts:\n" + rules))).id, []) == want


def test_an_earlier_figure_of_another_period_is_not_the_fact() -> None:
    """"from 4.3% a year earlier" is no figure of the month before."""
    rules = ("facts:\n  - id: prior\n    claim: The rate was 5.0% in September (the month before)\n"
             "    value: 5.0%\n    keywords: [unemployment]\n    role: earlier\n")
    assert _verdicts(rules, "Unemployment rose to 5.1%, from 4.3% a year earlier.") == {}
    assert _verdicts(rules, "Unemployment rose to 5.1%, from 5.0% a month earlier.") == \
        {"prior": ["5.0%"]}


def test_a_pronoun_opens_a_new_clause_after_a_comma() -> None:
    """"It was built in 1904 for steam trains, it has carried a 50 km/h limit": 1904 dates
    the building, not the limit."""
    rules = "facts:\n  - id: limit\n    value: 60 km/h\n    keywords: [limit]\n"
    text = ("The curve was rebuilt in 2026. It was built in 1904 for steam trains, it has "
            "carried a 50 km/h limit since.")
    assert _verdicts(rules, text) == {"limit": ["50 km/h"]}


@pytest.mark.parametrize(("rules", "text", "want"), [
    ("  - id: growth\n    value: 9.3%\n    keywords: [grew, up]\n",
     "The share born abroad is now 12.4%, up from 10.8% ten years ago.", []),
    ("  - id: growth\n    value: 9.3%\n    keywords: [grew, up]\n",
     "The population was up 9.3% on the last census.", ["9.3%"]),
    ("  - id: pop\n    value: 8412306\n    tolerance: 1%\n    keywords: [people]\n",
     "Births minus deaths added barely 90,000 people over the decade.", []),
])
def test_up_from_and_change_adverbs(rules: str, text: str, want: list[str]) -> None:
    assert next(iter(_verdicts("facts:\n" + rules, text).values()), []) == want


@pytest.mark.parametrize(("text", "want"), [
    # a shortened name: "Renewal" for "National Renewal"
    ("Renewal won only 97 seats.", {"nr": ["97"]}),
    # a pronoun subject stands for the first name of the sentence before it
    ("Four years ago National Renewal won 141 seats. On Sunday it won 97.", {"nr": ["97"]}),
    ("Four years ago the Alliance beat National Renewal. On Sunday it won 163.", {}),
])
def test_short_names_and_pronouns(text: str, want: dict[str, list[str]]) -> None:
    rules = ("facts:\n  - id: nr\n    value: 97\n    keywords: [won]\n"
             "    context: [National Renewal]\n")
    got = _verdicts(rules, text)
    assert {k: [x for x in v if x != "141"] for k, v in got.items()} == want


DEAL = """
facts:
  - id: price
    value: $38 a share
    keywords: [pay, offer, price]
  - id: prior-bid
    value: $34 a share
    keywords: [proposal, offer, approaches]
    context: [March]
    role: earlier
"""


@pytest.mark.parametrize(("text", "fact", "want"), [
    ("Varnholt will pay $38 in cash for each Pellmark share.", "price", ["$38"]),
    ("The board had rejected a $34-a-share proposal in March.", "prior-bid", ["$34"]),
    ("The board had turned down two earlier approaches: $31 a share in January and $34 a "
     "share in March.", "price", []),
    ("On price, the board rejected $43 a share in March.", "price", []),
])
def test_offers_and_rejected_bids(text: str, fact: str, want: list[str]) -> None:
    assert _verdicts(DEAL, text).get(fact, []) == want


def test_lint_warns_of_a_loose_keyword_without_context() -> None:
    """`keywords: [grew, up]` with no `context` takes any story's "up 24%": lint says so."""
    loose = load_string("facts:\n  - id: growth\n    value: 9.3%\n    keywords: [grew, up]\n")
    assert any("any story uses" in m for _, m in misfire_warnings(loose))
    fenced = load_string("facts:\n  - id: growth\n    value: 9.3%\n    keywords: [grew, up]\n"
                         "    context: [Tarsland]\n")
    assert not any("any story uses" in m for _, m in misfire_warnings(fenced))


def test_a_party_seat_fact_takes_no_regions_total() -> None:
    """"56 of the 59 seats" in a region: 59 is the region's whole, no party's seats; a fact
    on a whole ("The train had 14 carriages") takes its whole."""
    rules = ("facts:\n  - id: nr\n    claim: National Renewal won 97 seats\n    value: 97\n"
             "    keywords: [seats]\n    context: [National Renewal]\n")
    text = "In the north the Alliance has taken 56 of the 59 seats, wiping out National Renewal."
    assert _verdicts(rules, text) == {}


def test_a_line_crossed_is_more_than_it() -> None:
    rules = "facts:\n  - id: seats\n    value: 163\n    keywords: [Alliance]\n"
    assert _verdicts(rules, "00:50 The Alliance has crossed 151 seats and will govern.") == \
        {"seats": ["151"]}
    got = factcheck.check_text("The Alliance has crossed 151 seats.", load_string(rules))
    assert [v.verdict for v in got] == ["consistent"]


def test_a_figure_dated_by_another_month_is_not_the_facts() -> None:
    rules = ("facts:\n  - id: bid\n    value: $34 a share\n    keywords: [approaches]\n"
             "    context: [March]\n    role: earlier\n")
    text = ("The board had turned down two earlier approaches: $31 a share in January and $34 "
            "a share in March.")
    assert _verdicts(rules, text) == {"bid": ["$34 a share"]}


def test_a_label_binds_a_rate_figure() -> None:
    """"EPS: $1.87 (consensus $1.72)": the label's figure is the per-share fact's."""
    rules = "facts:\n  - id: eps\n    value: $1.87 a share\n    keywords: [EPS]\n"
    assert _verdicts(rules, "EPS: $1.87 (consensus $1.72).") == {"eps": ["$1.87"]}


def test_one_with_n_others_is_n_plus_one() -> None:
    """"freed on Thursday with 117 others" states 118."""
    rules = ("facts:\n  - id: freed\n    value: 118\n    keywords: [freed]\n"
             "    nouns: [hostages, people]\n")
    got = factcheck.check_text("Adler was freed on Thursday with 117 others.", load_string(rules))
    assert [(v.verdict, [m.text for m in v.mentions]) for v in got] == [("consistent", ["117"])]
    got = factcheck.check_text("Adler was freed with 118 others.", load_string(rules))
    assert [v.verdict for v in got] == ["contradiction"]


def test_explain_names_the_new_roles_in_words() -> None:
    rules = load_string("facts:\n  - id: goals\n    value: 23\n    keywords: [scoring]\n")
    got = explain_document(document("Vance, 29, opened the scoring."), rules)
    assert any("'29' is an age (Vance, 29)" in e.reason for e in got)


def test_a_word_of_another_facts_claim_qualifies_a_keyword() -> None:
    """"closing price" is the premium fact's closing price, not the offer price; "annual
    inflation" stays inflation when another inflation fact's claim says annual."""
    rules = ("facts:\n  - id: price\n    claim: Varnholt will pay $38 a share\n"
             "    value: $38\n    keywords: [price, pay]\n"
             "  - id: premium\n    claim: The offer is a 27% premium to the last closing price\n"
             "    value: 27%\n    keywords: [premium]\n")
    text = "The offer is a 27% premium to Pellmark's closing price of $29.92 on Friday."
    assert _verdicts(rules, text) == {"premium": ["27%"]}
    rules2 = ("facts:\n  - id: now\n    claim: Prices rose 3.4% in the year to October\n"
              "    value: 3.4%\n    keywords: [inflation]\n"
              "  - id: before\n    claim: Annual inflation was 3.7% in September\n"
              "    value: 3.7%\n    keywords: [inflation]\n    role: earlier\n")
    assert _verdicts(rules2, "The figures showed annual inflation at 3.4%.") == {"now": ["3.4%"]}


def test_another_group_after_another_event() -> None:
    """"21 people were killed. Another 41 people were wounded.": 41 are the wounded; after
    a sentence on the wounded, "another 20 were wounded" adds to them."""
    rules = "facts:\n  - id: hurt\n    value: 41\n    keywords: [wounded]\n"
    assert _verdicts(rules, "21 people were killed. Another 41 people were wounded.") == \
        {"hurt": ["41"]}
    assert _verdicts(rules, "By noon 21 were wounded. Another 20 were wounded later.") == \
        {"hurt": ["21"]}


def test_a_unit_after_a_number_qualifies_no_keyword() -> None:
    """"about 37 miles northeast": 'miles' is the number's unit, not a word that makes
    `northeast` another fact's, even when another fact's claim says miles."""
    rules = ("facts:\n  - id: baquba\n    claim: Baquba is about 90 km northeast of Baghdad\n"
             "    value: 90 km\n    tolerance: 10%\n    keywords: [northeast]\n"
             "  - id: khalis\n    claim: Al-Khalis is about 18 miles from Baquba\n"
             "    value: 18 miles\n    keywords: [Baghdad]\n")
    got = factcheck.check_text("Baquba is about 37 miles northeast of Baghdad.", load_string(rules))
    assert [(v.fact.id, v.verdict) for v in got] == [("baquba", "contradiction")]


CARRIAGES = """
facts:
  - id: carriages
    claim: The train had 14 carriages
    value: 14
    unit: carriages
    keywords: [carriages, train]
    nouns: [carriages]
    exclude: [derailed, left the track]
  - id: derailed
    claim: Nine of the 14 carriages left the track
    value: 9
    unit: carriages
    keywords: [derailed, left the track, came off]
    nouns: [carriages]
"""


def test_an_exclude_verb_speaks_of_the_part_not_the_whole() -> None:
    """"Nine of the train's 14 carriages left the track": the verb (an `exclude` word of
    the carriages fact) is said of the nine; 14 is still the train's carriages."""
    for text in ("Nine of the train's 14 carriages left the track at about 07:52.",
                 "Nine of its 14 carriages derailed, 23 people died and 87 were injured."):
        got = _verdicts(CARRIAGES, text)
        assert got["carriages"] == ["14"], text
        assert got.get("derailed") == ["Nine"], text
    assert _verdicts(CARRIAGES, "Carriages 14, of which six derailed")["carriages"] == ["14"]


def test_off_the_rails_is_no_margin() -> None:
    """"nine of the 14 carriages off the rails": 'off the' marks a margin only before words
    like pace or lead ("2.3 seconds off the pace")."""
    got = _verdicts(CARRIAGES, "Footage shows nine of the 14 carriages off the rails.")
    assert got["carriages"] == ["14"]


def test_a_verb_after_the_counted_noun_is_what_they_did() -> None:
    """"Nine carriages came off the rails": the carriages fact's keyword is the counted
    noun, the derailed fact's says what they did: nine are the derailed, no contradiction
    of a 14-carriage train."""
    assert _verdicts(CARRIAGES, "Nine carriages came off the rails.") == {"derailed": ["Nine"]}


def test_a_place_in_a_series_is_a_name() -> None:
    """"I was in carriage 11 and ...", "at gate 5.": the number names a place, counts nothing."""
    rules = "facts:\n  - id: cuts\n    value: 1200\n    keywords: [cuts]\n"
    assert _verdicts(rules, "\"I was in carriage 11 and we felt a lurch,\" said a man "
                            "who escaped with cuts.") == {}
    assert _verdicts(rules, "The firm will make 1,200 cuts, staff at gate 5 were told.") == \
        {"cuts": ["1,200"]}


def test_a_figure_for_another_period_or_a_target() -> None:
    """A forecast fact for October takes neither "a cut to 4% by March", nor "3.2% in the
    final quarter", nor "its 2% target"; a fact on the target takes the target."""
    rules = ("facts:\n  - id: fc\n    claim: Economists had forecast inflation of 3.5% for October\n"
             "    value: 3.5%\n    keywords: [expect, expects, forecast]\n    role: forecast\n")
    assert _verdicts(rules, "Markets expect a cut to 4% by March.") == {}
    assert _verdicts(rules, "The bank expects inflation to average 3.2% in the final quarter "
                            "and to return to its 2% target by 2028.") == {}
    assert _verdicts(rules, "Economists had expected 3.5% for October.") == {"fc": ["3.5%"]}
    target = "facts:\n  - id: t\n    claim: The inflation target is 2%\n    value: 2%\n" \
             "    keywords: [target]\n"
    assert _verdicts(target, "Inflation will return to its 2% target by 2028.") == {"t": ["2%"]}


def test_a_share_of_a_group_is_no_growth() -> None:
    """"20.4% of the population" is a share: a fact that the population grew 9.3% does not
    take it; a fact on that share does."""
    rules = ("facts:\n  - id: growth\n    claim: The population grew 9.3%\n    value: 9.3%\n"
             "    keywords: [grew, rose]\n")
    text = "The median age rose to 46.1, and 20.4% of the population is 65 or older."
    assert _verdicts(rules, text) == {}
    assert _verdicts(rules, "The population grew 9.3% in ten years.") == {"growth": ["9.3%"]}
    share = "facts:\n  - id: old\n    claim: 20.4% of the population is 65 or older\n" \
            "    value: 20.4%\n    keywords: [older]\n"
    assert _verdicts(share, text) == {"old": ["20.4%"]}


OUTBREAK = """
facts:
  - id: cases
    claim: The region has 4,812 confirmed cases
    value: 4812
    tolerance: 1%
    keywords: [confirmed]
    nouns: [cases, infections]
  - id: new-cases
    claim: 418 new cases were confirmed on Monday
    value: 418
    keywords: [new cases]
    nouns: [cases]
  - id: deaths
    value: 63
    keywords: [died, deaths]
    nouns: [people]
  - id: hospital
    value: 1140
    tolerance: 1%
    keywords: [hospital]
    nouns: [patients, people]
  - id: districts
    claim: Cases have been found in 14 of the region's 22 districts
    value: 14
    keywords: [districts]
  - id: vaccinated
    claim: 62% of adults have had the vaccine
    value: 62%
    keywords: [vaccination, vaccinated]
  - id: prior-new
    claim: A week earlier, 251 new cases were confirmed in a day
    value: 251
    keywords: [new cases]
    context: [week earlier]
    role: earlier
  - id: price
    claim: The Aero 7 starts at 41,900 euros
    value: 41900 euros
    keywords: [price, costs, accelerates]
"""


@pytest.mark.parametrize(("text", "want"), [
    # the claim's own whole is no contradiction of its part
    ("The region has about 5 million inhabitants in 22 districts.", {}),
    ("Cases have been found in 14 of the 22 districts.", {"districts": ["14"]}),
    # "and 1,140 are in hospital" opens a clause of its own
    ("Laboratories have confirmed 4,812 infections, 63 people have died and 1,140 are in "
     "hospital.", {"cases": ["4,812"], "deaths": ["63"], "hospital": ["1,140"]}),
    # a rate is no count; a code is no amount; a name the claims spell counts nothing
    ("The region records 96 confirmed cases per 100,000 residents.", {}),
    ("One of 3 hospitals taking H7N5 patients.", {}),
    ("The Aero 7 accelerates from 0 to 100 km/h in 5.9 seconds.", {}),
    # a named rate is the figure of a fact that names it
    ("The outbreak killed 221 people, a death rate of 2.3%, and queues formed at vaccination "
     "centres.", {}),
    # the counted noun with its modifier names the fact closer than the verb
    ("Yesterday we confirmed 481 new cases.", {"new-cases": ["481"]}),
    # "compare with" marks the earlier figure
    ("Monday's 418 new cases compare with 251 a week earlier.",
     {"new-cases": ["418"], "prior-new": ["251"]}),
    # table cells of two models' prices are two prices, no cents
    ("Price from 41,900 euros 44,500 euros", {"price": ["41,900 euros"]}),
])
def test_outbreak_and_launch_shapes(text: str, want: dict[str, list[str]]) -> None:
    assert _verdicts(OUTBREAK, text) == want


OUTBREAK2 = """
facts:
  - id: cases
    value: 4812
    tolerance: 1%
    keywords: [confirmed]
    nouns: [cases]
    exclude: [suspected]
  - id: suspected
    value: 7300
    tolerance: 2%
    keywords: [suspected]
    nouns: [cases, people]
  - id: hospital
    value: 1140
    tolerance: 1%
    keywords: [hospital]
    nouns: [people, patients]
    exclude: [intensive care]
  - id: new-cases
    value: 418
    keywords: [new cases]
    exclude: [week earlier]
  - id: prior-deaths
    claim: The 2017 H5N2 outbreak killed 212 people
    value: 212
    keywords: [killed]
    context: ["2017", H5N2]
    role: earlier
  - id: rate
    claim: The region has 96 confirmed cases per 100,000 people
    value: 96
    tolerance: 1
    unit: cases per 100,000 people
    keywords: [per 100,000, "100,000"]
"""


@pytest.mark.parametrize(("text", "want"), [
    # "a further N" after other figures is the next group's count
    ("Laboratories have confirmed 4,812 cases. A further 7,300 suspected cases were awaiting "
     "results.", {"cases": ["4,812"], "suspected": ["7,300"]}),
    # "87 of them in intensive care" is an aside: the exclude word speaks of the 87
    ("About 1,140 people are in hospital, 87 of them in intensive care.",
     {"hospital": ["About 1,140"]}),
    # an exclude word in a bracket with a figure of its own speaks of that figure
    ("New cases on Monday 418 (a week earlier: 251)", {"new-cases": ["418"]}),
    ("Monday's 418 new cases compare with 251 a week earlier.", {"new-cases": ["418"]}),
    # an earlier fact's context names the event an aside speaks of
    ("The 2017 outbreak of the H5N2 strain, which killed 212 people, remains the benchmark.",
     {"prior-deaths": ["212"]}),
    ("H5N2 killed 212 people then; this outbreak has killed 63 in seven weeks.",
     {"prior-deaths": ["212"]}),
    # "96 confirmed cases for every 100,000": a rate, though 'confirmed' is another's keyword
    ("The rate is now 96 confirmed cases for every 100,000 residents.", {"rate": ["96"]}),
])
def test_outbreak_clauses_and_asides(text: str, want: dict[str, list[str]]) -> None:
    assert _verdicts(OUTBREAK2, text) == want


SEASON = """
facts:
  - id: time
    claim: Okafor won the 100m in 9.81 seconds
    value: 9.81 seconds
    keywords: [100m]
  - id: age
    claim: Okafor is 24 years old
    value: 24
    unit: years
    keywords: [Okafor]
  - id: nations
    claim: Athletes from 142 nations took part
    value: 142
    keywords: [nations]
    nouns: [nations]
  - id: crowd
    value: 58300
    tolerance: 2%
    unit: people
    keywords: [crowd]
    nouns: [people, spectators]
  - id: calls
    value: 14200 calls a day
    tolerance: 5%
    keywords: [ambulance]
  - id: days
    value: 12 days
    keywords: [days of action]
  - id: offer
    claim: The latest offer is a 4.5% rise
    value: 4.5%
    keywords: [offer]
  - id: inflation
    value: 6.8%
    keywords: [inflation]
  - id: record
    claim: Brisca set a national record of 41.3C
    value: 41.3C
    keywords: [record]
"""


@pytest.mark.parametrize(("text", "want"), [
    # a race time is written bare; it is never an age
    ("Okafor takes the 100m in 9.81.", {"time": ["9.81"]}),
    # "took part" names the whole of "41 of the 124 nations"
    ("Medals went to athletes from 41 of the 124 nations taking part.", {"nations": ["124"]}),
    # "a crowd of 53,800 saw": the crowd's size, then a verb
    ("A sell-out crowd of 53,800 saw both races.", {"crowd": ["53,800"]}),
    # a label that says "per day" makes its figure a rate
    ("Ambulance calls per day at the peak: 14,100", {"calls": ["14,100"]}),
    # the keyword may be the number's unit
    ("It is now fourteen days of action in all.", {"days": ["fourteen days"]}),
    # asked, not given; the aside speaks of the keyword's noun
    ("Closing the gap between the offer and the union's 9% claim would be costly.", {}),
    ("The offer, up from 2.5%, still trailed inflation, which stood at 8.6% in February.",
     {"inflation": ["8.6%"]}),
    # a line opening on "Old" gives earlier figures
    ("Old national record 40.2C (104.4F), Lund, 1987", {}),
    ("New national record 41.3C, Brisca", {"record": ["41.3C"]}),
])
def test_strike_heat_and_athletics_shapes(text: str, want: dict[str, list[str]]) -> None:
    assert _verdicts(SEASON, text) == want


MIXED = """
facts:
  - id: offer
    claim: The latest offer is a 4.5% rise
    value: 4.5%
    keywords: [offer]
    context: [union]
  - id: inflation
    value: 6.8%
    keywords: [inflation]
  - id: cases
    value: 4812
    tolerance: 1%
    keywords: [confirmed]
    nouns: [cases, people]
  - id: goals
    claim: Vance has scored 23 goals this season
    value: 23
    keywords: [goals]
    context: [Vance]
  - id: prize
    claim: The winners receive EUR 3.2 million in prize money
    value: €3.2 million
    keywords: [prize]
  - id: plants
    claim: Four plants will be shut
    value: 4
    keywords: [shut]
  - id: china
    claim: Revenue in China grew 41% from a year earlier
    value: 41%
    keywords: [China]
"""


@pytest.mark.parametrize(("text", "want"), [
    # a keyword bound to the number ties it before another fact's context does
    ("With inflation at 6.8%, the union says the new offer leaves members worse off.",
     {"inflation": ["6.8%"]}),
    # "home to 5 million people" is the place's size
    ("Dunmore, home to about 5 million people, has confirmed cases in every district.", {}),
    # the claim's own period after a number marks it
    ("Tomas Vance: 2 goals in the final, 23 this season", {"goals": ["23"]}),
    # a label that says "for each" gives an amount for each one
    ("Prize for each winner: €60,000", {}),
    # the parts of a whole the fact can take are no figure of it
    ("Four plants will shut, two in river towns along Route 9 and two in Europe.",
     {"plants": ["Four"]}),
    # "a 32% jump in third-quarter profit" is no growth of sales in China
    ("Profit jumped after a 32% jump in third-quarter profit and a surge in sales in China.", {}),
])
def test_bound_keywords_periods_and_parts(text: str, want: dict[str, list[str]]) -> None:
    assert _verdicts(MIXED, text) == want


RATES = """
facts:
  - id: growth-forecast
    claim: The bank forecasts economic growth of 1.1% in 2026
    value: 1.1%
    keywords: [growth]
    context: ["2026"]
    role: forecast
  - id: consensus
    claim: Economists polled had forecast annual inflation of 3.5%
    value: 3.5%
    keywords: [economists]
    role: forecast
  - id: reservoirs-prior
    claim: Reservoirs were 71% full a year earlier
    value: 71%
    keywords: [reservoirs]
    role: earlier
  - id: offences
    claim: Police recorded 842,310 offences
    value: 842310 offences
    tolerance: 1%
    keywords: [offences]
    nouns: [offences]
"""


@pytest.mark.parametrize(("text", "want"), [
    # what had been forecast is an earlier figure, unless the claim says so itself
    ("In August the bank had forecast growth of 1.6% for 2026.", {}),
    ("Economists had forecast 3.5%.", {"consensus": ["3.5%"]}),
    # "(year earlier: 71%)" labels the earlier figure
    ("Reservoirs 54% full (year earlier: 71%)", {"reservoirs-prior": ["71%"]}),
    # a table whose first column is headed "Force area": each row is one area's
    ("| Force area | Offences |\n| --- | --- |\n| Port Selwyn | 97,430 |", {}),
])
def test_forecasts_labels_and_area_tables(text: str, want: dict[str, list[str]]) -> None:
    got = {v.fact.id: [m.text for m in v.mentions]
           for v in factcheck.check_text(text, load_string(RATES), suffix=".md")}
    assert got == want


def test_a_rate_per_thousand_takes_only_rates() -> None:
    """A fact of `unit: offences per 1,000 people` takes "52.4 per 1,000" and "the rate was
    52.4", never a count of offences."""
    rules = ("facts:\n  - id: rate\n    value: 52.4\n    unit: offences per 1,000 people\n"
             "    keywords: [rate, offences]\n")
    assert _verdicts(rules, "Shoplifting rose 18% to 71,900 offences.") == {}
    assert _verdicts(rules, "There were 52.4 offences per 1,000 people.") == {"rate": ["52.4"]}
    assert _verdicts(rules, "The national rate was 52.4.") == {"rate": ["52.4"]}


def test_a_year_after_since_and_a_bracket_after_a_year() -> None:
    """"the highest since 2020" gives no peak year; the figures in "2008 (1,103,400
    offences)" are 2008's, no figure of a fact dated 2026."""
    rules = ("facts:\n  - id: peak\n    claim: Recorded crime peaked in 2008\n    value: 2008\n"
             "    unit: year\n    keywords: [highest, peaked]\n"
             "  - id: offences\n    claim: Police recorded 842,310 offences in the year to June 2026\n"
             "    value: 842310\n    tolerance: 1%\n    keywords: [offences]\n")
    assert _verdicts(rules, "This is the highest since 2020.") == {}
    assert _verdicts(rules, "Recorded crime peaked in 2008 (1,103,400 offences)") == \
        {"peak": ["2008"]}


def test_an_event_time_is_no_reading_on_the_way() -> None:
    """"when the rockfall came at twenty to three, thirty-two men were cut off": the time
    dates the event; "turnout at 2 p.m. stood at 41%" is a reading on the way."""
    rules = ("facts:\n  - id: trapped\n    value: 23\n    keywords: [cut off]\n"
             "  - id: turnout\n    value: 61%\n    keywords: [turnout]\n")
    assert _verdicts(rules, "When the rockfall came at twenty to three on Monday, thirty-two "
                            "men were cut off.") == {"trapped": ["thirty-two"]}
    assert _verdicts(rules, "Turnout at 2 p.m. stood at 41%.") == {}


def test_extra_ones_are_a_change() -> None:
    """"promises 2,000 extra officers" adds to the force; it is no count of its 41,200."""
    rules = ("facts:\n  - id: officers\n    value: 41200\n    tolerance: 1%\n"
             "    keywords: [officers]\n    nouns: [officers]\n")
    assert _verdicts(rules, "The minister promises 2,000 extra officers by 2028.") == {}
    assert _verdicts(rules, "The force has 41,200 officers.") == {"officers": ["41,200"]}


def test_an_event_told_after_since_is_earlier() -> None:
    """"the worst since the Arvold Crown lost 120,000 barrels in 1996 and blackened 95 km":
    both figures are the earlier spill's; "Since the firm was founded, it has grown to 4,000
    staff": the main clause's figure is today's."""
    rules = ("facts:\n  - id: coast\n    value: 62 km\n    keywords: [shore, coastline]\n"
             "  - id: staff\n    value: 4000\n    keywords: [staff]\n")
    assert _verdicts(rules, "The spill is the worst since the Arvold Crown lost 120,000 barrels "
                            "in 1996 and blackened 95 km of shore.") == {}
    assert _verdicts(rules, "Since the firm was founded, it has grown to 4,000 staff.") == \
        {"staff": ["4,000"]}


def test_including_some_is_a_part_of_the_group() -> None:
    """"1,800 workers, including 650 volunteers": 650 is part of the group, no count of the
    workers; a fact whose claim speaks of the volunteers takes it."""
    rules = ("facts:\n  - id: workers\n    claim: 1,800 workers are on the beaches\n"
             "    value: 1800\n    tolerance: 5%\n    keywords: [workers, volunteers]\n"
             "    nouns: [workers, volunteers]\n"
             "  - id: volunteers\n    claim: 650 volunteers joined the clean-up\n    value: 650\n"
             "    keywords: [joined]\n")
    text = "Workers on the beaches now number 1,800, including 650 volunteers."
    assert _verdicts(rules, text) == {"workers": ["1,800"]}
    assert _verdicts(rules.split("  - id: volunteers")[0] + rules[rules.index("  - id: volunteers"):]
                     .replace("[joined]", "[volunteers]"), text)["volunteers"] == ["650"]


def test_a_context_named_as_left_out_and_a_sum_of_the_keywords_whole() -> None:
    """"Outside North America it took $138.6 million" is no North American figure; "$41.2
    million of the overseas haul" is a part of the overseas total."""
    rules = ("facts:\n  - id: domestic\n    value: $112.4 million\n    tolerance: 1%\n"
             "    keywords: [took]\n    context: [North America]\n"
             "  - id: overseas\n    value: $138.6 million\n    tolerance: 1%\n"
             "    keywords: [overseas]\n")
    assert _verdicts(rules, "Outside North America it took $138.6 million.") == {}
    assert _verdicts(rules, "In North America it took $112.4 million.") == \
        {"domestic": ["$112.4 million"]}
    assert _verdicts(rules, "China supplied $41.2 million of the overseas haul.") == {}


def test_a_chart_row_is_the_named_ones() -> None:
    """In a chart headed "| # | Film | ...", each row's figures are that film's: a fact on
    Stormglass's theaters takes its row, not another film's."""
    rules = ("facts:\n  - id: theaters\n    claim: Stormglass opened in 4,215 theaters\n"
             "    value: 4215\n    tolerance: 1%\n    keywords: [theaters]\n")
    text = ("| # | Film | Weekend | Theaters |\n| --- | --- | --- | --- |\n"
            "| 1 | Stormglass | $112.4m | 4,215 |\n| 2 | Paper Kingdoms | $30.4m | 4,002 |\n")
    got = {v.fact.id: [m.text for m in v.mentions]
           for v in factcheck.check_text(text, load_string(rules), suffix=".md")}
    assert got == {"theaters": ["4,215"]}


def test_the_year_right_after_a_figure_dates_it() -> None:
    """"3.0% in 2026, 2.4% in 2027, 2.0% in 2028": each year dates the figure before it."""
    rules = ("facts:\n  - id: f2027\n    claim: The bank forecasts inflation of 2.4% in 2027\n"
             "    value: 2.4%\n    keywords: [inflation]\n    context: [\"2027\"]\n"
             "    role: forecast\n")
    got = _verdicts(rules, "The bank expects inflation of 3.0% in 2026, 2.4% in 2027 and 2.0% "
                           "in 2028.")
    assert got == {"f2027": ["2.4%"]}


def test_a_peak_with_its_year_between() -> None:
    """"Recorded crime peaked in 2006, at more than 1.1 million offences" is the peak."""
    rules = ("facts:\n  - id: now\n    claim: Police recorded 842,310 offences this year\n"
             "    value: 842310\n    tolerance: 1%\n    keywords: [offences, recorded crime]\n")
    assert _verdicts(rules, "Recorded crime peaked in 2006, at more than 1.1 million "
                            "offences.") == {}


def test_a_before_column_is_earlier() -> None:
    """"| | Before | After |": the Before column is the earlier figure."""
    rules = ("facts:\n  - id: rate\n    value: 4.25%\n    keywords: [policy rate]\n"
             "  - id: prev\n    value: 4.5%\n    keywords: [policy rate]\n    role: earlier\n")
    text = "| | Before | After |\n| --- | --- | --- |\n| Policy rate | 4.5% | 4.25% |\n"
    got = {v.fact.id: [m.text for m in v.mentions]
           for v in factcheck.check_text(text, load_string(rules), suffix=".md")}
    assert got == {"rate": ["4.25%"], "prev": ["4.5%"]}


def test_a_share_of_another_base_beside_the_claims_base() -> None:
    """"31% of the victims ..., though they are about 11% of the population": a fact on
    their share of victims takes 31%, never 11%."""
    rules = ("facts:\n  - id: young\n    claim: 16-24 year olds made up 31% of victims of violence\n"
             "    value: 31%\n    keywords: [victims]\n")
    got = _verdicts(rules, "Those aged 16 to 24 made up 31% of the victims of violent crime, "
                           "even though they are about 11% of the population.")
    assert got == {"young": ["31%"]}
    assert _verdicts(rules, "The victims were about 11% of the population.") == \
        {"young": ["about 11%"]}


def test_a_part_counts_what_its_whole_counts() -> None:
    """"confirmed cases in fourteen of our twenty-two districts": fourteen counts districts,
    no cases."""
    rules = ("facts:\n  - id: cases\n    value: 4812\n    tolerance: 1%\n"
             "    keywords: [confirmed]\n    nouns: [cases, people]\n")
    assert _verdicts(rules, "We have confirmed cases in fourteen of our twenty-two "
                            "districts.") == {}


def test_a_stake_is_no_offer() -> None:
    """"the state, which owns 49% of Northlink": a stake, no pay offer; "Labour held 41% of
    the vote" stays a share of the vote."""
    rules = ("facts:\n  - id: offer\n    claim: The latest offer is a 4.5% rise\n    value: 4.5%\n"
             "    keywords: [offer, find]\n"
             "  - id: share\n    value: 41%\n    keywords: [vote]\n")
    assert _verdicts(rules, "A sum the state, which owns 49% of Northlink, has refused to "
                            "find.") == {}
    assert _verdicts(rules, "Labour held 41% of the vote.") == {"share": ["41%"]}


def test_an_earlier_event_told_in_a_relative_clause_is_earlier() -> None:
    """'The 2017 outbreak, which killed 212' and 'the peak in 2008, when forces recorded
    1,103,400 offences' give earlier events' figures, in an article of 2026; a year-ago
    fact takes neither."""
    rules = """
facts:
  - id: deaths
    value: 63
    keywords: [killed, died]
  - id: offences
    value: 842310
    tolerance: 1%
    keywords: [offences]
  - id: offences-prior
    claim: A year earlier police had recorded 791,650 offences
    value: 791650
    tolerance: 1%
    keywords: [offences]
    role: earlier
"""
    text = ("Figures published on 10 March 2026 show 63 people have died.\n\n"
            "The 2017 outbreak of the H5N2 strain, which killed 212 people, is the benchmark.\n\n"
            "Police recorded 842,310 offences. That is still well below the peak in 2008, "
            "when forces recorded 1,103,400 offences, or 71.9 per 1,000.\n")
    assert _verdicts(rules, text) == {"deaths": ["63"], "offences": ["842,310"]}


def test_a_comparison_opener_speaks_of_another_thing() -> None:
    """'For comparison, the 1996 clean-up used 3,000 people' is no figure of this one's."""
    rules = """
facts:
  - id: workers
    value: 1200
    keywords: [workers, people]
"""
    text = ("About 1,200 workers are cleaning the beaches.\n\n"
            "For comparison, the Arvold Crown clean-up used 3,000 people at its height.\n")
    assert _verdicts(rules, text) == {"workers": ["About 1,200"]}


def test_an_exclude_word_after_a_nearer_figure_speaks_of_that_figure() -> None:
    """`exclude: [year earlier]` rules out 791,650, not the 824,310 before it; a clause
    opened by ', so' is a clause of its own."""
    rules = """
facts:
  - id: offences
    value: 842310
    tolerance: 1%
    keywords: [offences]
    exclude: [year earlier]
"""
    text = ("Police recorded 824,310 offences in the year to June, up 6.4% from 791,650 a "
            "year earlier, the statistics office said.\n")
    got = factcheck.check_text(text, load_string(rules))
    assert [(v.fact.id, v.verdict, [m.text for m in v.mentions]) for v in got] == \
        [("offences", "contradiction", ["824,310"])]


def test_one_member_of_a_set_is_that_members_figure() -> None:
    """'Port Selwyn had the highest rate of its nine force areas, with 88.6 per 1,000' and
    'River Counties is the only area where crime fell, to 29.1' are those places' rates, not
    the national one; a fact on Port Selwyn takes its own."""
    rules = """
facts:
  - id: rate
    value: 52.4
    unit: offences per 1,000 people
    keywords: [rate]
  - id: selwyn-rate
    value: 88.6
    unit: offences per 1,000 people
    keywords: [rate]
    context: [Selwyn]
"""
    text = ("Port Selwyn again had the highest rate of its nine force areas, with 88.6 "
            "offences per 1,000 residents.\n\n"
            "River Counties is the only force area where crime fell, to a rate of 29.1 per "
            "1,000.\n")
    assert _verdicts(rules, text) == {"selwyn-rate": ["88.6"]}


def test_a_sentence_opening_on_if_gives_no_current_figure() -> None:
    """'If even half prove positive, the true count is above 8,000': what would be."""
    rules = "facts:\n  - id: cases\n    value: 4812\n    keywords: [count, cases]\n"
    assert _verdicts(rules, "If even half of them prove positive, the true case count is "
                            "well above 8,000.") == {}
    assert _verdicts(rules, "The case count is 4,812.") == {"cases": ["4,812"]}


def test_two_things_together_are_their_sum() -> None:
    """'Confirmed and suspected together come to 12,000' is no count of the suspected;
    'the combined company employs 15,000 people' is the company's own figure."""
    rules = ("facts:\n  - id: suspected\n    value: 7300\n    keywords: [suspected]\n"
             "  - id: staff\n    value: 15000\n    keywords: [employs]\n")
    assert _verdicts(rules, "Confirmed and suspected together come to a little over "
                            "12,000.") == {}
    assert _verdicts(rules, "The combined company employs 15,000 people.") == \
        {"staff": ["15,000"]}


def test_the_people_who_live_there_are_no_count_of_the_evacuated() -> None:
    """'$630 for each of the 1.9 million people who live in the 14 evacuated counties'."""
    rules = "facts:\n  - id: evacuated\n    value: 2300000\n    keywords: [evacuated]\n"
    assert _verdicts(rules, "The aid works out to $630 for each of the 1.9 million people who "
                            "live in the 14 evacuated counties.") == {}
    assert _verdicts(rules, "About 2.3 million people were evacuated.") == \
        {"evacuated": ["About 2.3 million"]}


def test_a_basis_point_fact_reads_points_of_a_percent() -> None:
    """`value: 25 basis points` is met by 'a quarter-point cut' and '0.25 percentage
    points', contradicted by 'a half-point cut'."""
    rules = ("facts:\n  - id: cut\n    value: 25 basis points\n    keywords: [cut]\n"
             "    role: change\n")
    got = factcheck.check_text("The bank made a quarter-point cut.\n\nIt cut the rate by 0.25 "
                               "percentage points.\n\nA rival bank chose a half-point cut.\n",
                               load_string(rules))
    assert [(m.text, m.consistent) for v in got for m in v.mentions] == \
        [("a quarter-point", True), ("0.25 percentage points", True), ("a half-point", False)]


def test_the_level_it_had_stood_at_is_earlier() -> None:
    """'leave the rate at 4.5%, where it had stood since February' gives the level before."""
    rules = ("facts:\n  - id: previous\n    value: 4.5%\n    keywords: [rate]\n    role: earlier\n"
             "  - id: rate\n    value: 4.25%\n    keywords: [rate]\n")
    assert _verdicts(rules, "Two members preferred to leave the rate at 4.5%, where it had "
                            "stood since February.") == {"previous": ["4.5%"]}


def test_a_length_between_two_events_as_the_claim_gives_it() -> None:
    """A claim 'came out 52 hours after the collapse' takes '52 hours after a rockfall';
    a claim without 'after' still takes no '3 days ago'."""
    rules = ("facts:\n  - id: hours\n    claim: The last survivor came out 52 hours after the "
             "collapse\n    value: 52 hours\n    keywords: [survivor]\n")
    assert _verdicts(rules, "The last survivor reached the surface 50 hours after a rockfall "
                            "trapped 23 men.") == {"hours": ["50 hours"]}
    rules2 = "facts:\n  - id: hours\n    value: 52 hours\n    keywords: [survivor]\n"
    assert _verdicts(rules2, "The last survivor was found 3 hours ago.") == {}


def test_one_in_eight_is_a_share_and_its_whole_no_figure() -> None:
    """'carrying 640,000 barrels, so roughly one barrel in eight escaped': neither the share
    nor the cargo it is a share of is the spill."""
    rules = ("facts:\n  - id: spilled\n    value: 84000\n    unit: barrels\n"
             "    keywords: [escaped, spilled]\n")
    assert _verdicts(rules, "The ship was carrying 640,000 barrels, so roughly one barrel in "
                            "eight escaped.") == {}
    assert _verdicts(rules, "About 84,000 barrels escaped.") == {"spilled": ["About 84,000 barrels"]}


def _md(rules: str, text: str, suffix: str = ".md") -> dict[str, list[str]]:
    return {v.fact.id: [m.text for m in v.mentions]
            for v in factcheck.check_text(text, load_string(rules), suffix=suffix)}


WILDLIFE = """
facts:
  - id: ducks
    claim: 900 tarred ducks have been taken in
    value: 900
    keywords: [ducks, tarred]
    nouns: [ducks]
  - id: herons
    value: 38
    keywords: [herons]
    nouns: [herons]
  - id: fuel
    value: 5000 tonnes
    keywords: [released, leaked]
"""


def test_a_labels_head_noun_is_what_its_figure_counts() -> None:
    """"Herons found tarred: 38" counts herons, though "tarred" is the ducks' keyword too;
    "Tarred ducks taken in: 900" is the ducks'."""
    got = _md(WILDLIFE, "- Tarred ducks taken in: 900\n- Herons found tarred: 38\n")
    assert got == {"ducks": ["900"], "herons": ["38"]}


def test_a_label_that_names_another_facts_event() -> None:
    """"Ducks released into the estuary: 120": released ducks, not the ducks taken in,
    as "120 ducks released" would say in prose."""
    assert _md(WILDLIFE, "- Ducks released into the estuary so far: 120\n") == {}


def test_a_definition_term_names_the_group_its_figures_count() -> None:
    """"<dt>Passengers</dt><dd>310 aboard; 290 rescued; 9 killed</dd>": the 9 are passengers,
    a part of the toll; under "Casualties" the dead are the toll's."""
    rules = """
facts:
  - id: toll
    value: 12
    keywords: [killed, dead]
    nouns: [people, dead]
  - id: aboard
    value: 310
    keywords: [passengers, aboard]
    nouns: [passengers]
"""
    html = ("<dl><dt>Passengers</dt><dd>310 aboard; 290 rescued; 9 killed</dd>\n"
            "<dt>Casualties</dt><dd>12 dead; 30 hurt</dd></dl>\n")
    assert _md(rules, html, ".html") == {"aboard": ["310"], "toll": ["12"]}


def test_a_label_opening_on_peak_gives_the_peaks_figures() -> None:
    """"Peak year for burglaries: 2011 (402,000 burglaries)": the peak's count, no earlier
    figure of a fact on last year."""
    rules = ("facts:\n  - id: prior\n    value: 350000\n    tolerance: 1%\n"
             "    keywords: [burglaries]\n    nouns: [burglaries]\n    role: earlier\n")
    html = ("<p>Burglaries recorded in 2025.</p>\n"
            "<dl><dt>Peak year for burglaries</dt><dd>2011 (402,000 burglaries)</dd></dl>\n")
    assert _md(rules, html, ".html") == {}


def test_a_label_that_lists_parts_by_name() -> None:
    """"Biggest markets abroad: Korea $12.1m, France $8.4m": each figure is its country's,
    none the total abroad."""
    rules = "facts:\n  - id: abroad\n    value: $60 million\n    keywords: [abroad]\n"
    assert _md(rules, "- Biggest markets abroad: Korea $12.1m, France $8.4m, Peru $2.0m.\n") == {}


def test_a_row_dated_before_the_story_is_earlier() -> None:
    """In "| Storm | Year | Homes destroyed |", the row of 2003 is an earlier storm's."""
    rules = ("facts:\n  - id: homes\n    value: 1450\n    keywords: [homes destroyed]\n")
    text = ("| Storm | Year | Homes destroyed |\n| --- | --- | --- |\n"
            "| Ilse | 2003 | 3,900 |\n| Bram | 2025 | 1,450 |\n")
    assert _md(rules, text) == {"homes": ["1,450"]}


def test_a_heading_that_names_an_earlier_time() -> None:
    """Under "## The 2019 floods, for comparison" the items are the 2019 floods' figures: the
    earlier fact's, not this year's; "Seats (change on 2021 in brackets):" is no such
    heading."""
    rules = """
facts:
  - id: deaths
    value: 12
    keywords: [deaths]
  - id: deaths-2019
    value: 40
    keywords: [deaths]
    context: ["2019"]
    role: earlier
  - id: seats
    value: 68
    keywords: [seats]
    context: [Civic Union]
"""
    text = ("# Floods of 2025\n\n- Deaths: 12\n\n## The 2019 floods, for comparison\n\n"
            "- Deaths: 40\n")
    assert _md(rules, text) == {"deaths": ["12"], "deaths-2019": ["40"]}
    assert _md(rules, "Vote of 2025.\n\nSeats (change on 2021 in brackets):\n\n"
                      "- Civic Union: 68 (+17)\n") == {"seats": ["68"]}


def test_a_column_header_gives_its_cells_unit() -> None:
    """Under "| High (°C) |" a bare 38.6 is 38.6 °C; a column "Record before today (°C)"
    holds the earlier record, not the new one."""
    rules = """
facts:
  - id: high
    value: 38.6C
    tolerance: 0.1
    keywords: [high]
    context: [Tessel]
  - id: record
    value: 38.6C
    tolerance: 0.1
    keywords: [record]
    context: [Tessel]
"""
    text = ("| Town | High (°C) | Town record before today (°C) |\n| --- | --- | --- |\n"
            "| Tessel | 38.6 | 37.9 |\n")
    assert _md(rules, text) == {"high": ["38.6"]}


def test_a_time_after_a_nearer_figure_is_that_figures() -> None:
    """'inflation ran at 6.8% in February and peaked at 10.2% a year ago': 6.8% is now."""
    rules = "facts:\n  - id: inflation\n    value: 6.8%\n    keywords: [inflation]\n"
    assert _verdicts(rules, "It is short of inflation, which ran at 6.8 per cent in February "
                            "and peaked at 10.2 per cent a year ago.") == \
        {"inflation": ["6.8 per cent"]}


def test_he_she_and_her_stand_for_the_name_before() -> None:
    """'Okafor won the final. Only 24, he ran 9.81 ...' and '... Her 50.62 ...' meet the
    `context` the sentence before names."""
    rules = ("facts:\n  - id: time\n    value: 9.81 seconds\n    keywords: [ran]\n"
             "    context: [Okafor]\n"
             "  - id: wr\n    value: 50.62 seconds\n    keywords: [hurdles]\n"
             "    context: [Lindqvist]\n")
    text = ("Dayo Okafor ran before 40,000 fans. Only 24, he ran 9.81 in the final.\n\n"
            "Maja Lindqvist won the hurdles 2 hours later. Her 50.62 in the 400m hurdles took the "
            "record.\n")
    assert _verdicts(rules, text) == {"time": ["9.81"], "wr": ["50.62"]}


def test_grew_by_is_a_change_and_a_when_clause_is_dated() -> None:
    """'A year earlier the figure was 791,650, so the total grew by 50,660': 50,660 is a
    change; 'the level of 2008, the peak year, when forces recorded more than 1.1 million'
    is 2008's, no year-ago figure."""
    rules = """
facts:
  - id: prior
    claim: A year earlier police had recorded 791,650 offences
    value: 791650
    tolerance: 1%
    keywords: [offences, figure]
    role: earlier
"""
    text = ("Police recorded 842,310 offences in 2026. A year earlier the figure was 791,650, so "
            "the total grew by 50,660 offences, or 6.4%. But it is far below the level of 2008, "
            "the peak year, when the rate was 71.9 per 1,000 and forces recorded more than 1.1 "
            "million offences.\n")
    assert _verdicts(rules, text) == {"prior": ["791,650"]}


def test_two_facts_of_one_vote_each_take_their_own_number() -> None:
    """'Seven of the nine members voted for the cut and two voted to hold': seven for the
    cut, two for holding; the first fact's keyword next to 'two' does not win it when the
    fact has its own number in its clause."""
    rules = """
facts:
  - id: for
    value: 7 members
    keywords: [voted]
    nouns: [members]
  - id: hold
    value: 2 members
    keywords: [hold]
    nouns: [members]
"""
    assert _verdicts(rules, "Seven of the nine members of the board voted for the cut and two "
                            "voted to hold.") == {"for": ["Seven"], "hold": ["two"]}


def test_counts_said_of_a_group_named_before() -> None:
    """'there are 7,300 of those' counts them; 'Of the confirmed patients, 1,140 were being
    treated in hospital' is the count of those treated; '18,400 Aero 7s' counts a noun of
    the fact's that holds a number."""
    rules = """
facts:
  - id: suspected
    value: 7300
    keywords: [suspected]
  - id: hospital
    value: 1140
    keywords: [treated in hospital]
  - id: sales
    value: 18400
    keywords: [sold]
    nouns: [cars, Aero 7s]
"""
    text = ("Officials also count suspected cases, and there are 7,300 of those.\n\n"
            "Of the confirmed patients, 1,140 were being treated in hospital on Monday.\n\n"
            "Halvard sold 18,400 Aero 7s on Saturday and Sunday.\n")
    assert _verdicts(rules, text) == {"suspected": ["7,300"], "hospital": ["1,140"],
                                      "sales": ["18,400"]}


def test_earlier_records_and_comparisons() -> None:
    """'Old October opening record: Ghost Meridian (2023), $98.7m', 'The previous October
    record belonged to Ghost Meridian, which opened with $89.7 million' and 'For comparison,
    the 1996 clean-up, after that ship lost 120,000 barrels' give earlier figures; 'opened
    with $112.4 million in North America' is no count on the way."""
    rules = """
facts:
  - id: opening
    value: $112.4 million
    keywords: [opened, opening]
  - id: record-prior
    value: $98.7 million
    keywords: [record]
    role: earlier
  - id: spill-prior
    value: 120000
    unit: barrels
    keywords: [lost]
    role: earlier
  - id: spilled
    value: 84000
    unit: barrels
    keywords: [lost]
"""
    text = ("Stormglass opened with $112.4 million in North America this weekend in 2026.\n\n"
            "Old October record: Ghost Meridian (2023), $98.7m.\n\n"
            "The previous October record belonged to Ghost Meridian, which opened with $98.7 "
            "million.\n\n"
            "For comparison, the 1996 Arvold Crown clean-up, after that ship lost 120,000 "
            "barrels, used 3,000 people.\n")
    assert _md(rules, text) == {"opening": ["$112.4 million"],
                                "record-prior": ["$98.7m", "$98.7 million"],
                                "spill-prior": ["120,000 barrels"]}


def test_the_trapped_whole_and_an_exclude_after_a_rise() -> None:
    """'19 of the 23 trapped men had been saved': 23 is the trapped count; 'recorded 842,310
    offences ..., a rise of 4.6% on the year before' with `exclude: [year before]` keeps
    842,310 (the time is the rise's)."""
    rules = """
facts:
  - id: trapped
    claim: The rockfall trapped 23 miners
    value: 23
    keywords: [trapped]
  - id: offences
    value: 842310
    keywords: [offences]
    exclude: [year before]
"""
    text = ("By Wednesday, 19 of the 23 trapped men had been saved.\n\n"
            "Police recorded 842,310 offences in the twelve months to June, a rise of 4.6% on "
            "the year before.\n")
    assert _verdicts(rules, text) == {"trapped": ["23"], "offences": ["842,310"]}


def test_the_up_of_made_up_is_no_rise() -> None:
    """With a fact whose keyword is `up`, 'made up 31% of the victims' still goes to the
    share fact: `up` there is part of the verb."""
    rules = ("facts:\n  - id: rise\n    value: 6.4%\n    keywords: [up, rise]\n"
             "  - id: young\n    value: 31%\n    keywords: [victims]\n")
    assert _verdicts(rules, "Those aged 16 to 24 made up 31% of the victims.") == \
        {"young": ["31%"]}


def test_what_happened_to_them_beats_what_they_are() -> None:
    """'Seven survivors were taken to Carrick Falls General Hospital': the hospital fact's
    keyword says what happened to the seven, the rescue fact's only names them."""
    rules = ("facts:\n  - id: rescued\n    value: 19\n    keywords: [rescued, survivors]\n"
             "    nouns: [miners, survivors]\n"
             "  - id: hospital\n    value: 7\n    keywords: [hospital]\n"
             "    nouns: [miners, survivors]\n")
    assert _verdicts(rules, "Seven survivors were taken to Carrick Falls General Hospital.") == \
        {"hospital": ["Seven"]}


def test_results_and_breakdowns_by_name() -> None:
    """'Veland top with nine golds and 25 medals in all, Calder second on 21': 21 is
    Calder's; 'added $138.6 million from 52 markets, led by China with $41.2 million,
    Britain with $14.8 million': the parts are the named markets'; '3.75% by the end of
    next year' is a forecast."""
    rules = """
facts:
  - id: medals
    value: 25
    keywords: [medals]
    nouns: [medals]
    context: [Veland]
  - id: medals-prior
    value: 17
    keywords: [medals]
    nouns: [medals]
    context: [Veland, "2024"]
    role: earlier
  - id: overseas
    value: $138.6 million
    keywords: [overseas]
  - id: rate
    value: 4.25%
    keywords: [rate]
"""
    text = ("In 2026 the championships ended. Final medal table: Veland top with nine golds and "
            "25 medals in all, Calder second on 21.\n\n"
            "Overseas, the film added $138.6 million from 52 markets, led by China with $41.2 "
            "million, Britain with $14.8 million and Japan with $9.1 million.\n\n"
            "Markets have the rate at 3.75% by the end of next year.\n")
    assert _verdicts(rules, text) == {"medals": ["25"], "overseas": ["$138.6 million"]}


def test_what_the_bank_had_forecast_is_earlier() -> None:
    """'In August the bank had forecast growth of 1.6% for 2026 and inflation of 2.6% for
    2027': both are the earlier forecast, no figure of the new one."""
    rules = ("facts:\n  - id: inflation-forecast\n    value: 2.4%\n    keywords: [inflation]\n"
             "    role: forecast\n")
    assert _verdicts(rules, "In August the bank had forecast growth of 1.6% for 2026 and "
                            "inflation of 2.6% for 2027.") == {}
    assert _verdicts(rules, "The bank now forecasts inflation of 2.4% for 2027.") == \
        {"inflation-forecast": ["2.4%"]}


def test_a_table_row_of_an_earlier_year_is_earlier() -> None:
    """In a table by year, the row of 2019 gives the earlier disaster's toll in an article
    of 2026, to an earlier fact whose `context` the row names."""
    rules = ("facts:\n  - id: prior-deaths\n    value: 11\n    keywords: [died, deaths]\n"
             "    context: [Vennick]\n    role: earlier\n")
    text = ("# Rail accidents\n\nThe 2026 derailment is the worst in years.\n\n"
            "| Year | Place | What happened | Deaths |\n| --- | --- | --- | --- |\n"
            "| 2019 | Vennick | two trains collided | 11 |\n")
    assert _md(rules, text) == {"prior-deaths": ["11"]}


def test_a_question_heading_lends_its_keyword_to_the_answer() -> None:
    """Under "## How many people died?" the answer "Twenty-three: ..." is the toll; a
    section whose first figure is of another kind answers nothing, and a later sentence of
    the section is no answer ("7%" under "What kind of crime is rising?")."""
    rules = """
facts:
  - id: deaths
    value: 23
    unit: people
    keywords: [died, killed]
    nouns: [people, passengers]
  - id: rise
    value: 6.4%
    keywords: [rising, rose]
"""
    text = ("# The derailment\n\n## How many people died?\n\n"
            "Twenty-three: twenty-two passengers and the driver. Another 40 were taken home.\n\n"
            "## What kind of crime is rising?\n\n"
            "Mostly theft. Shop thefts numbered 21,400. Victims aged over 65 made up 7%.\n")
    assert _md(rules, text) == {"deaths": ["Twenty-three"]}
    # a heading that asks nothing lends nothing to the prose under it
    assert _md(rules, text.replace("How many people died?", "The dead")) == {}


def test_a_term_naming_only_a_time_or_a_change_carries_on_the_term_above() -> None:
    """In a factbox's "<dt>Offences recorded</dt>" then "<dt>A year earlier</dt>" and
    "<dt>Change</dt>", the later terms speak of offences: a year-ago fact takes the year-ago
    figure, a `role: change` fact whose context the term above names takes the change, and
    a term with a subject of its own ("Homicides") carries on nothing."""
    rules = """
facts:
  - id: offences
    value: 842310
    unit: offences
    keywords: [offences]
    nouns: [offences]
    exclude: [year earlier]
  - id: offences-prior
    value: 791650
    unit: offences
    keywords: [offences]
    nouns: [offences]
    role: earlier
  - id: rise
    value: 6.4%
    keywords: [rise, rose]
    context: [offences]
    role: change
"""
    text = ("<html><body><h1>Crime in numbers</h1>\n<dl>\n"
            "<dt>Offences recorded</dt><dd>842,310</dd>\n"
            "<dt>A year earlier</dt><dd>791,650</dd>\n"
            "<dt>Change</dt><dd>+6.4%</dd>\n"
            "<dt>Homicides</dt><dd>312</dd>\n"
            "<dt>Change</dt><dd>-9%</dd>\n"
            "</dl></body></html>\n")
    assert _md(rules, text, ".html") == {"offences": ["842,310"], "offences-prior": ["791,650"],
                                         "rise": ["6.4%"]}


def test_a_label_whose_head_noun_is_a_unit_gives_its_figure_that_unit() -> None:
    """"Days of action called: 12" is 12 days, and "Working days lost (to end-February)
    410,000" 410,000 days; a label whose head counts people leaves its figure a count."""
    rules = """
facts:
  - id: strike-days
    value: 12
    unit: days
    keywords: [days of action]
  - id: days-lost
    value: 410000
    unit: days
    keywords: [days lost]
  - id: strikers
    value: 38000
    unit: workers
    keywords: [strike]
    nouns: [workers]
"""
    text = ("# The strike in numbers\n\nDays of action called: 12 (six before April)\n\n"
            "Workers on strike: 38,000\n\n")
    assert _md(rules, text) == {"strike-days": ["12"], "strikers": ["38,000"]}
    html = ("<html><body><dl>\n<dt>Working days lost (to end-February)</dt><dd>410,000</dd>\n"
            "</dl></body></html>\n")
    assert _md(rules, html, ".html") == {"days-lost": ["410,000"]}


def test_an_earlier_heading_reaches_an_html_table_through_its_head() -> None:
    """"<h2>Earlier decisions</h2>" over a table with a "<thead>" row dates its rows: no
    current figure; each row dated by a year of its own is one earlier occasion, taken
    only by a fact that names it, not by a fact on the figure just before."""
    rules = """
facts:
  - id: rate
    value: 4.25%
    keywords: [rate]
  - id: rate-before
    value: 4.5%
    keywords: [rate]
    role: earlier
  - id: rate-2024
    value: 5.5%
    keywords: [rate]
    context: [June 2024]
    role: earlier
"""
    text = ("<html><body><h1>Rates cut in November 2026</h1>\n<h2>Earlier decisions</h2>\n"
            "<table>\n<thead><tr><th>Meeting</th><th>Rate</th></tr></thead>\n<tbody>\n"
            "<tr><td>November 2025</td><td>4.75%</td></tr>\n"
            "<tr><td>June 2024</td><td>5.5%</td></tr>\n"
            "</tbody>\n</table></body></html>\n")
    assert _md(rules, text, ".html") == {"rate-2024": ["5.5%"]}


def test_a_table_keyed_by_year_gives_the_story_years_row_as_current() -> None:
    """"| 2026 | Taldor Valley | 1,184 |" in a story of 2026 is the toll itself; the rows
    of earlier years go only to an earlier fact that names them."""
    rules = """
facts:
  - id: deaths
    value: 1184
    unit: people
    keywords: [deaths]
    nouns: [people, deaths]
  - id: deaths-before
    value: 212
    unit: people
    keywords: [deaths]
    nouns: [people, deaths]
    role: earlier
  - id: deaths-dorva
    value: 212
    unit: people
    keywords: [deaths]
    nouns: [people, deaths]
    context: [Dorva]
    role: earlier
"""
    text = ("# The quake of 2026\n\n| Year | Place | Deaths |\n| --- | --- | --- |\n"
            "| 1999 | Harsin | 17,000 |\n| 2011 | Dorva | 212 |\n| 2026 | Taldor Valley | 1,184 |\n")
    assert _md(rules, text) == {"deaths": ["1,184"], "deaths-dorva": ["212"]}


def test_years_under_a_forecast_header_are_no_story_year() -> None:
    """A forecast table's "| Forecast | 2026 | 2027 | 2028 |" does not make 2028 the
    story's year: a figure "in 2027" is no earlier one."""
    from factcheck.engine import _story_year
    text = ("Rates cut in 2026.\n\n| Forecast | 2026 | 2027 | 2028 |\n| --- | --- | --- | --- |\n"
            "| Inflation (%) | 3.0 | 2.4 | 2.0 |\n")
    assert _story_year(text) == 2026


def test_a_first_column_header_names_what_the_table_measures() -> None:
    """"| Reservoir level | This week | A year earlier |": the keyword in the first column's
    header reaches the figures of the row of the whole ("National"), not of a part
    ("Northern basin"); under "| Peak power demand | GW |" the row of the story's year
    ("2026 (Tuesday)") is the figure, a row of an earlier year an earlier one."""
    rules = """
facts:
  - id: reservoirs
    value: 54%
    tolerance: 0
    keywords: [reservoir]
  - id: reservoirs-prior
    value: 71%
    tolerance: 0
    keywords: [reservoir]
    role: earlier
  - id: power
    value: 48.6 GW
    tolerance: 1%
    keywords: [demand]
"""
    text = ("# The heatwave of 2026\n\n| Reservoir level | This week | A year earlier |\n"
            "| --- | --- | --- |\n| Northern basin | 62% | 78% |\n| National | 54% | 71% |\n\n"
            "| Peak power demand | GW |\n| --- | --- |\n| 2026 (Tuesday) | 48.6 |\n"
            "| 2025 | 46.1 |\n")
    assert _md(rules, text) == {"reservoirs": ["54%"], "reservoirs-prior": ["71%"],
                                "power": ["48.6"]}


def test_a_forecast_table_holds_forecasts_in_the_unit_its_row_label_gives() -> None:
    """Under "| Forecast | 2026 | 2027 | 2028 |" the cells are forecasts, none earlier than
    another column's year, and "| GDP growth (%) | 1.1 |" reads 1.1 as 1.1%."""
    rules = """
facts:
  - id: growth-forecast
    value: 1.1%
    keywords: [growth]
    context: ["2026"]
    role: forecast
"""
    text = ("# Rates cut in 2026\n\n| Forecast | 2026 | 2027 | 2028 |\n| --- | --- | --- | --- |\n"
            "| GDP growth (%) | 1.1 | 1.4 | 1.7 |\n")
    assert _md(rules, text) == {"growth-forecast": ["1.1"]}


def test_a_yearly_rate_on_average_and_the_growth_over_the_decade() -> None:
    """'growth of 9.3% over ten years, or 1.9% a year on average': 9.3% is the decade's
    growth, 1.9% the yearly rate ('a year on average' is a rate, not 'a year on')."""
    rules = """
facts:
  - id: growth
    claim: The population grew 9.3% between the censuses
    value: 9.3%
    keywords: [growth]
  - id: annual
    claim: The population grew by an average of 1.9% a year
    value: 1.9% a year
    keywords: [growth, average]
"""
    assert _verdicts(rules, "That is growth of 9.3% over ten years, or 1.9% a year on "
                            "average, says the summary.") == {"growth": ["9.3%"],
                                                              "annual": ["1.9%"]}


def test_a_fall_written_with_a_minus_meets_a_claim_of_a_loss() -> None:
    """'manufacturing -18k' meets 'Manufacturing shed 18,000 jobs'; '-28k' contradicts it."""
    rules = ("facts:\n  - id: manufacturing\n    claim: Manufacturing shed 18,000 jobs\n"
             "    value: 18000\n    tolerance: 500\n    keywords: [manufacturing]\n")
    got = factcheck.check_text("By sector: manufacturing -18k.\n\nBy sector: manufacturing "
                               "-28k.\n", load_string(rules))
    assert [(m.text, m.consistent) for v in got for m in v.mentions] == \
        [("-18k", True), ("-28k", False)]


def test_a_toll_revised_in_steps_and_a_count_of_them() -> None:
    """'from 19 overnight to 27 in the morning and then to 38': 38 is the toll now, 27 a
    step on the way; 'There were 312 people on board, and 241 of them were rescued': 241
    counts the rescued."""
    rules = ("facts:\n  - id: dead\n    value: 38\n    keywords: [toll]\n    nouns: [people]\n"
             "  - id: rescued\n    value: 241\n    keywords: [rescued]\n"
             "  - id: aboard\n    value: 312\n    keywords: [on board]\n")
    text = ("The toll was revised three times on Sunday, from 19 overnight to 27 in the morning "
            "and then to 38 in the afternoon.\n\n"
            "There were 312 people on board, and 241 of them were rescued by lifeboats.\n")
    assert _verdicts(rules, text) == {"dead": ["38"], "rescued": ["241"], "aboard": ["312"]}


def test_rates_said_by_an_adjective_and_a_noun_a_day() -> None:
    """`value: 1800 passengers a day` is a rate per day; 'Average hourly earnings $34.20,
    +0.3% m/m' gives $34.20 per hour (the m/m is the change's)."""
    rules = """
facts:
  - id: daily
    value: 1800 passengers a day
    tolerance: 5%
    keywords: [carries]
  - id: hourly
    value: $34.20 per hour
    keywords: [hourly earnings]
"""
    f = load_string(rules)[0]
    assert (f.per, f.noun) == ("day", "passengers")
    text = ("The route carries around 1,800 passengers a day.\n\n"
            "09:04 Average hourly earnings $34.20, +0.3% m/m, +3.9% y/y.\n")
    assert _verdicts(rules, text) == {"daily": ["around 1,800"], "hourly": ["$34.20"]}


def test_a_year_things_began_and_a_since_event_going_on() -> None:
    """'built in 1987 and licensed for 450 passengers': 450 is today's licence, not 1987's;
    'since the Marra Queen sank in 1994, killing 112 people': 112 is that earlier toll."""
    rules = """
facts:
  - id: capacity
    value: 450
    keywords: [licensed]
  - id: prior-dead
    value: 112
    keywords: [killing]
    role: earlier
  - id: dead
    value: 38
    keywords: [killing, died]
"""
    text = ("In 2026 the ferry sank. The vessel, built in 1987, was licensed for 450 passengers.\n\n"
            "It is the worst disaster since the Marra Queen sank in 1994, killing 112 people.\n")
    assert _verdicts(rules, text) == {"capacity": ["450"], "prior-dead": ["112"]}


def test_a_claim_that_gives_a_change_takes_the_change_column() -> None:
    """'Health care added 51,000 jobs': under a 'Change in October' column, '+51,000' is the
    fact's figure."""
    rules = ("facts:\n  - id: health\n    claim: Health care added 51,000 jobs\n"
             "    value: 51000\n    keywords: [health care]\n")
    text = ("# Jobs by sector\n\n| Sector | Change in October |\n| --- | --- |\n"
            "| Health care | +51,000 |\n")
    assert _md(rules, text) == {"health": ["51,000"]}


def test_a_subjects_own_verb_and_its_unit_noun() -> None:
    """'Health care added 15,000 jobs, while ...': `added` (the total's keyword) and `jobs`
    (its noun) say what health care did; the health-care fact, `unit: jobs`, takes 15,000."""
    rules = """
facts:
  - id: added
    value: 142000
    unit: jobs
    keywords: [added, jobs]
  - id: health
    claim: Health care added 51,000 jobs
    value: 51000
    unit: jobs
    keywords: [health care]
"""
    got = _verdicts(rules, "Health care added 15,000 jobs, while manufacturing lost 18,000.")
    assert got == {"health": ["15,000"]}


def test_a_rate_per_a_compound_noun_is_per_its_head() -> None:
    """'9 million euros per strike day' is per day; 'per individual champion' per champion."""
    rules = ("facts:\n  - id: loss\n    value: 9 million euros a day\n    keywords: [revenue]\n"
             "  - id: prize\n    value: $70,000 per champion\n    keywords: [prize]\n")
    text = ("Fare revenue lost 9 million euros per strike day.\n\n"
            "Prize money $70,000 per individual champion; record bonus $100,000.\n")
    assert _verdicts(rules, text) == {"loss": ["9 million euros"], "prize": ["$70,000"]}


def test_a_lower_case_breakdown_and_a_figure_taken_off() -> None:
    """'followed by government with 30,000 and construction with 22,000' gives the parts
    to their sectors; 'took 17,000 jobs off the previous two months' is a change."""
    rules = "facts:\n  - id: jobs\n    value: 142000\n    keywords: [jobs, gains]\n"
    text = ("Health care led the gains, followed by government with 30,000 and construction "
            "with 22,000.\n\nThe revisions took 17,000 jobs off the previous two months.\n")
    assert _verdicts(rules, text) == {}


def test_a_label_that_says_forecast_gives_forecasts() -> None:
    """'Economists' forecast 110,000 jobs; 4.5% unemployment' on a factbox line: forecasts,
    no figure of the month's rate; a forecast fact takes them."""
    rules = ("facts:\n  - id: rate\n    value: 4.6%\n    keywords: [unemployment]\n"
             "  - id: forecast\n    value: 110000\n    keywords: [jobs]\n    role: forecast\n")
    text = ("<dl><dt>Economists' forecast</dt><dd>110,000 jobs; 4.5% unemployment</dd></dl>\n")
    assert _md(rules, text, ".html") == {"forecast": ["110,000"]}


def test_a_short_keyword_another_word_qualifies_is_another_kind() -> None:
    """With keywords `unemployment rate` and `rate`, "Participation rate 62.8%" is another
    rate; "Official rate 4.1%" is still the fact's."""
    rules = ("facts:\n  - id: unemployment\n    value: 4.1%\n"
             "    keywords: [unemployment rate, rate]\n")
    assert _verdicts(rules, "Participation rate 62.8%.") == {}
    assert _verdicts(rules, "Official rate 4.1%.") == {"unemployment": ["4.1%"]}


def test_the_whole_its_noun_then_the_keyword() -> None:
    """'Nineteen of the 23 miners trapped by the rockfall were brought out alive': 23 is the
    trapped count, nineteen is not."""
    rules = ("facts:\n  - id: trapped\n    claim: The rockfall trapped 23 miners\n"
             "    value: 23\n    keywords: [trapped]\n    nouns: [miners]\n")
    assert _verdicts(rules, "Nineteen of the 23 miners trapped by Monday's rockfall were "
                            "brought out alive.") == {"trapped": ["23"]}


def test_share_moves_outcomes_distances_and_rivals() -> None:
    """'Shares in Norvale rose 4.6%' is no passenger growth; 'Net profit of €421 million
    beats forecasts' is no forecast; 'Port Sarnow, 11 km from the crater' is no plume's
    height; 'Rival Skyhaven, by contrast, is cutting 20 routes' is the rival's; 'up from a
    previous range of €0.95 billion to €1.05 billion' is the earlier range."""
    rules = """
facts:
  - id: growth
    value: 8.4%
    keywords: [rose, up]
    role: change
  - id: guidance
    min: €1.05 billion
    max: €1.15 billion
    keywords: [profit]
    role: forecast
  - id: plume
    claim: The ash plume rose 12 km into the sky
    value: 12 km
    keywords: [ash]
  - id: routes
    value: 14
    keywords: [routes]
"""
    text = ("Shares in Norvale rose 4.6% to 11.82 euros.\n\n"
            "Net profit of €421 million beats forecasts.\n\n"
            "Ash falls on Port Sarnow, 11 km from the crater.\n\n"
            "Rival Skyhaven, by contrast, is cutting 20 routes.\n\n"
            "Profit is now expected at €1.05 billion to €1.15 billion, up from a previous "
            "range of €0.95 billion to €1.05 billion.\n")
    assert _verdicts(rules, text) == {"guidance": ["€1.05 billion to €1.15 billion"]}


def test_a_row_label_that_gives_a_scale() -> None:
    """'| Passengers (million) | 14.2 |' is 14.2 million passengers; '| Level (m) | 5.2 |'
    stays metres, never millions."""
    rules = ("facts:\n  - id: passengers\n    value: 14.2 million\n    keywords: [passengers]\n")
    text = ("| measure | Q3 2026 |\n| --- | --- |\n| Passengers (million) | 14.2 |\n")
    assert _md(rules, text) == {"passengers": ["14.2"]}
    got = factcheck.check_text(text.replace("14.2 |", "12.1 |"), load_string(rules),
                               suffix=".md")
    assert [m.consistent for v in got for m in v.mentions] == [False]


def test_from_is_an_earlier_figure_only_after_a_move() -> None:
    """'About 15,000, from nine villages': nine is a count of villages, not a figure the
    15,000 moved from; 'rose to $2.9 billion, or $1.87 a share, from $2.2 billion' is."""
    rules = """
facts:
  - id: villages
    value: 9
    keywords: [villages]
    nouns: [villages]
  - id: profit-prior
    value: $2.2 billion
    keywords: [profit]
    role: earlier
"""
    text = ("About fifteen thousand, from nine villages.\n\n"
            "Net profit rose to $2.9 billion, or $1.87 a share, from $2.2 billion.\n")
    assert _verdicts(rules, text) == {"villages": ["nine"], "profit-prior": ["$2.2 billion"]}


def test_a_planned_move_gives_the_plan_and_the_level_now() -> None:
    """'will ... grow its fleet from 118 aircraft to 127': 127 is the plan, 118 the fleet
    now; 'grew its fleet from 110 to 118' is what happened; a running total with no
    from-figure ('taking the dispute to 12 days') stays the figure."""
    rules = """
facts:
  - id: fleet
    value: 118
    keywords: [fleet]
    nouns: [aircraft, planes, jets]
  - id: days
    value: 12
    unit: days
    keywords: [days of action]
"""
    assert _verdicts(rules, "Norvale will open 14 routes and grow its fleet from 118 aircraft "
                            "to 127.") == {"fleet": ["118"]}
    assert _verdicts(rules, "The airline would take nine jets, bringing its fleet to 127 "
                            "aircraft from 118 today.") == {"fleet": ["118"]}
    assert _verdicts(rules, "Norvale grew its fleet from 110 aircraft to 118.") == \
        {"fleet": ["118"]}
    assert _verdicts(rules, "Staff will walk out on six more days, taking the dispute to 12 "
                            "days of action.") == {"days": ["12 days"]}


def test_a_contrasted_subject_keeps_its_parts_and_wholes() -> None:
    """'Rival Skyhaven, by contrast, has parked 11 of its 64 planes': 64 is the rival's
    fleet, whatever its role, not the airline's."""
    rules = "facts:\n  - id: fleet\n    value: 118\n    keywords: [fleet, planes]\n" \
            "    nouns: [aircraft, planes]\n"
    assert _verdicts(rules, "Rival Skyhaven, by contrast, is cutting 20 routes and has parked "
                            "11 of its 64 planes.") == {}


def test_a_year_fact_on_an_earlier_event_takes_its_date() -> None:
    """`role: earlier` on a year: 'In 1987, the previous eruption, ...' gives the date;
    the story's own year in a table of eruptions is no earlier year."""
    rules = """
facts:
  - id: prior-year
    value: 1987
    unit: year
    keywords: [eruption]
    context: [previous]
    role: earlier
"""
    assert _verdicts(rules, "Keldra erupted on Tuesday, 14 April 2026.\n\nIn 1987, the previous "
                            "eruption, we had two seismometers.\n") == {"prior-year": ["1987"]}
    assert _verdicts(rules, "Keldra erupted on Tuesday, 14 April 2026.\n\nIn 1988, the previous "
                            "eruption, we had two seismometers.\n") == {"prior-year": ["1988"]}


def test_exclude_reaches_the_subject_past_an_aside_and_the_opening_phrase() -> None:
    """'Garrow, which told customers in 2023, was fined 9.5 million euros' is Garrow's;
    'In 2021, ..., and it was fined 1.2 million euros' is 2021's: an `exclude` word in the
    subject before an aside, or in the sentence's opening phrase, rules the figure out."""
    rules = """
facts:
  - id: fine
    value: 18.6 million euros
    keywords: [fined]
    exclude: [Garrow, "2021"]
"""
    assert _verdicts(rules, "Garrow Telecom, which told customers within four days in 2023, was "
                            "still fined 9.5 million euros, but its shares barely moved.") == {}
    assert _verdicts(rules, "In 2021, 2.3 million records were exposed through a flaw, and it "
                            "was fined 1.2 million euros a year later.") == {}
    assert _verdicts(rules, "Marlow, which told customers after 42 days, was fined 18.6 million "
                            "euros.") == {"fine": ["18.6 million euros"]}


def test_a_when_clause_after_a_dated_event_is_that_event() -> None:
    """'six times the 2021 incident, when ... the regulator settled for a 1.2 million euro
    fine': the fine is 2021's, no figure of this year's fine."""
    rules = "facts:\n  - id: fine\n    value: 18.6 million euros\n    keywords: [fine]\n"
    text = ("Marlow was fined on 3 May 2026.\n\nAt 14.2m records it is six times the 2021 "
            "incident, when 3.2 million records leaked and the regulator settled for a 1.2 "
            "million euro fine.\n")
    assert _verdicts(rules, text) == {}


def test_a_gap_to_a_rival_is_a_margin_and_died_is_no_counted_noun() -> None:
    """'187 points, 22 more than Varga': 22 is the lead over a rival (a margin), 187 the
    points; in '112 people died' the verb `died` says what happened, it counts nothing."""
    rules = """
facts:
  - id: points
    value: 187
    unit: points
    keywords: [points]
    nouns: [points]
  - id: lead
    value: 22
    unit: points
    keywords: [lead, more than]
    nouns: [points]
"""
    assert _verdicts(rules, "Keller now has 187 points, 22 more than Varga.") == \
        {"points": ["187"], "lead": ["22"]}
    rules = """
facts:
  - id: prior-dead
    value: 112
    keywords: [died]
    context: [Marra Queen]
    role: earlier
  - id: rescued
    value: 241
    keywords: [survivors, rescued]
    nouns: [people, survivors]
"""
    assert _verdicts(rules, "Survivors compare it with the Marra Queen disaster of 1994, in "
                            "which 112 people died.") == {"prior-dead": ["112"]}


def test_a_name_the_claim_gives_as_its_figure_is_read_for_that_fact() -> None:
    """With a claim 'raised to level 4', 'at level 4' is the fact's and 'at level 3' a
    contradiction; another count fact still never takes the name."""
    rules = """
facts:
  - id: alert
    claim: The alert was raised to level 4, the highest
    value: 4
    keywords: [alert]
  - id: dead
    value: 3
    keywords: [alert, killed]
"""
    got = factcheck.check_text("The alert remains at level 4, its highest.", load_string(rules))
    assert [(v.fact.id, v.verdict) for v in got] == [("alert", "consistent")]
    got = factcheck.check_text("The alert was raised to level 3 overnight.", load_string(rules))
    assert [(v.fact.id, v.verdict) for v in got] == [("alert", "contradiction")]
    assert _verdicts(rules.replace("raised to level 4, the highest", "raised on Tuesday"),
                     "The alert remains at level 4, its highest.") == {}


def test_a_table_caption_gives_its_cells_money_and_scale() -> None:
    """Under '## Results (€ million)', '| Net profit | 412 | 298 |' is €412 million; a
    caption ending in another bracket gives nothing."""
    rules = "facts:\n  - id: profit\n    value: €412 million\n    keywords: [net profit]\n"
    table = "| item | Q3 2026 |\n| --- | --- |\n| Net profit | {} |\n"
    assert _md(rules, "## Results (€ million)\n\n" + table.format(412)) == {"profit": ["412"]}
    got = factcheck.check_text("## Results (€ million)\n\n" + table.format(421),
                               load_string(rules), suffix=".md")
    assert [m.consistent for v in got for m in v.mentions] == [False]
    assert _md(rules, "## Results (unaudited)\n\n" + table.format(412)) == {}


def test_a_legal_limit_is_no_figure_of_what_happened() -> None:
    """'The law gives firms 72 hours', 'broke the 72-hour rule', 'the 4% of turnover the
    law allows': limits, no figure of the delay or fine; a fact on a limit takes them."""
    rules = """
facts:
  - id: days
    claim: The firm waited 42 days before telling customers
    value: 42 days
    keywords: [disclosed, tell, telling]
  - id: limit
    claim: The speed limit on the curve is 60 km/h
    value: 60 km/h
    keywords: [limit]
"""
    assert _verdicts(rules, "The law gives firms 72 hours to tell the regulator.") == {}
    assert _verdicts(rules, "It disclosed the breach 42 days after finding it, which broke the "
                            "72-hour rule.") == {"days": ["42 days"]}
    assert _verdicts(rules, "The curve has a 60 km/h limit.") == {"limit": ["60 km/h"]}


def test_a_signed_figure_after_a_label_is_that_label_s() -> None:
    """'household goods +1.6%, food stores\\n-1.2%': the sign after 'food stores' binds
    -1.2% to food, even across a line break; 1.6% is the label before it's."""
    rules = ("facts:\n  - id: food\n    claim: Sales at food stores fell 1.2%\n"
             "    value: 1.2%\n    keywords: [food]\n")
    got = factcheck.check_text("The detail: clothing +2.9%, household goods +1.6%, food\n"
                               "stores -1.2%, fuel -2.1%.", load_string(rules))
    assert [(m.text, m.consistent) for v in got for m in v.mentions] == [("-1.2%", True)]


def test_a_rate_over_another_period_is_no_figure_of_the_fact() -> None:
    """A claim 'expected a 0.4% rise on the month' takes no 'Annual growth is expected at
    2.5%' nor 'forecasts for 2026 as a whole between 1.5% and 2%'; a monthly one it takes."""
    rules = """
facts:
  - id: forecast
    claim: Economists had expected a 0.4% rise on the month
    value: 0.4%
    keywords: [expected, forecasts]
    role: forecast
"""
    assert _verdicts(rules, "Annual growth is expected at 2.5%.") == {}
    assert _verdicts(rules, "Economists expect growth to slow, with forecasts for 2026 as a "
                            "whole between 1.5% and 2%.") == {}
    assert _verdicts(rules, "Economists had expected a monthly rise of 0.6%.") == \
        {"forecast": ["0.6%"]}


def test_a_header_that_gives_percent_and_period() -> None:
    """Under '| Sector | Month % | Year % |', 'Food stores -1.2 -0.4' gives -1.2% to a claim
    'fell 1.2% on the month', and the year's -0.4% is no figure of it."""
    rules = ("facts:\n  - id: food\n    claim: Sales at food stores fell 1.2% on the month\n"
             "    value: 1.2%\n    keywords: [food stores]\n")
    table = "| Sector | Month % | Year % |\n| --- | --- | --- |\n| Food stores | {} | -0.4 |\n"
    got = factcheck.check_text(table.format("-1.2"), load_string(rules), suffix=".md")
    assert [(m.text, m.consistent) for v in got for m in v.mentions] == [("-1.2", True)]
    got = factcheck.check_text(table.format("-2.2"), load_string(rules), suffix=".md")
    assert [(m.text, m.consistent) for v in got for m in v.mentions] == [("-2.2", False)]


def test_won_by_is_the_margin_fact_s_figure_only() -> None:
    """'The Yes camp won by 338,700 votes' is the margin, taken by a fact on the margin and
    by no count of votes."""
    rules = """
facts:
  - id: margin
    value: 338700
    unit: votes
    keywords: [margin, won by]
  - id: yes-votes
    value: 2184300
    unit: votes
    keywords: ["yes"]
"""
    assert _verdicts(rules, "The Yes camp won by 338,700 votes.") == {"margin": ["338,700"]}


def test_a_length_before_an_event_is_the_figure_not_a_time_of_it() -> None:
    """'waited 42 days before telling customers' and 'inside for 11 weeks before they were
    found' give the lengths; 'a year before' still dates a figure."""
    rules = """
facts:
  - id: days
    value: 42 days
    keywords: [waited]
  - id: access
    claim: The attackers were inside the system for 11 weeks before they were found
    value: 11 weeks
    keywords: [inside]
  - id: sales
    value: $4 billion
    keywords: [sales]
"""
    assert _verdicts(rules, "The company found the attack but waited 42 days before telling "
                            "customers.") == {"days": ["42 days"]}
    assert _verdicts(rules, "Attackers were inside the system for 11 weeks before they were "
                            "found.") == {"access": ["11 weeks"]}
    assert _verdicts(rules, "Sales were $3.1 billion a year before.") == {}


def test_a_year_the_rules_give_for_an_earlier_figure_is_past() -> None:
    """With a fact on the 2011 referendum, an article naming no later year still reads 'In
    2011 ..., with all 13 regions voting to keep it' as 2011's; a fact whose claim names
    1996 takes '212 people in 1996'."""
    rules = """
facts:
  - id: regions
    claim: Yes carried nine regions
    value: 9
    keywords: [regions]
    nouns: [regions]
  - id: prior-turnout
    claim: Turnout in the 2011 referendum was 48.9%
    value: 48.9%
    keywords: [turnout]
    context: ["2011"]
    role: earlier
  - id: ardith
    claim: Hurricane Ardith killed 212 people in 1996
    value: 212
    keywords: [killed]
"""
    text = ("Yes carried nine regions.\n\nIn 2011 turnout had been only "
            "48.9%, with all 13 regions voting to keep the chamber.\n\nIt is the deadliest "
            "since Ardith, which killed 212 people in 1996.\n")
    assert _verdicts(rules, text) == {"regions": ["nine"], "prior-turnout": ["48.9%"],
                                      "ardith": ["212"]}


STORIES = """
facts:
  - id: retail-forecast
    claim: Economists in Veldmark had expected a 0.4% rise in retail sales
    value: 0.4%
    keywords: [expected]
  - id: retail-food
    claim: Veldmark food sales fell 1.2%
    value: 1.2%
    keywords: [food]
  - id: retail-fuel
    claim: Veldmark fuel sales fell 2.1%
    value: 2.1%
    keywords: [fuel]
  - id: vote-turnout
    claim: Turnout in the Kestria referendum was 63.4%
    value: 63.4%
    keywords: [turnout]
  - id: vote-yes
    claim: Kestria voted yes by 54.2%
    value: 54.2%
    keywords: ["yes"]
  - id: vote-no
    claim: Kestria voted no by 45.8%
    value: 45.8%
    keywords: ["no"]
"""


def test_a_fact_of_a_story_the_article_does_not_tell_is_not_checked() -> None:
    """In a report on the Kestria referendum, 'well above what pollsters had expected' is no
    retail forecast; in a report on Veldmark's sales it is; with `context` it is checked."""
    vote = ("Kestria votes to abolish its senate.\n\nTurnout reached 63.4%, well above the "
            "64.3% pollsters had expected.\n")
    assert _verdicts(STORIES, vote) == {"vote-turnout": ["63.4%"]}
    sales = "Veldmark retail sales.\n\nSales rose 1.1%, above the 0.9% economists expected.\n"
    assert _verdicts(STORIES, sales) == {"retail-forecast": ["0.9%"]}
    with_context = STORIES.replace("    keywords: [expected]\n",
                                   "    keywords: [expected]\n    context: [pollsters]\n")
    assert _verdicts(with_context, vote) == {"vote-turnout": ["63.4%"],
                                             "retail-forecast": ["64.3%"]}


def test_a_live_blog_under_time_headings_keeps_its_summary() -> None:
    """Entries under '### Tuesday 06:10' headings: an earlier entry's '4,000 moved so far'
    gives way to the latest; the summary above the entries speaks of now and is kept."""
    rules = "facts:\n  - id: moved\n    value: 18500\n    keywords: [moved, evacuated]\n"
    text = ("# Live: Keldra erupts\n\n**Summary**\n\n- About {} people evacuated\n\n"
            "### Tuesday 06:10\n\nCivil protection says 4,000 people have been moved so far.\n\n"
            "### Tuesday 13:05\n\nThe count of people moved has reached 11,200.\n\n"
            "### Tuesday 22:50\n\nIn all, 18,500 people have been moved.\n\n"
            "### Wednesday 08:15\n\nAirlines cancelled 380 flights.\n")
    got = factcheck.check_text(text.format("18,500"), load_string(rules), suffix=".md")
    assert [(m.text, m.consistent) for v in got for m in v.mentions] == \
        [("About 18,500", True), ("18,500", True)]
    got = factcheck.check_text(text.format("16,500"), load_string(rules), suffix=".md")
    assert [v.verdict for v in got] == ["contradiction"]


def test_a_percent_something_moved_by_is_no_level() -> None:
    """'passengers up 8.4%, seats up 6.9%' is no load factor of 86.4% (a level); a fact on
    growth takes it, and '31% of the victims' that groups 'made up' stays a level."""
    rules = """
facts:
  - id: load
    claim: The load factor was 86.4%
    value: 86.4%
    keywords: [seats, load factor]
  - id: growth
    claim: Passenger numbers rose 8.4%
    value: 8.4%
    keywords: [passengers]
  - id: young
    claim: People aged 16 to 24 were 31% of the victims
    value: 31%
    keywords: [victims]
"""
    assert _verdicts(rules, "On capacity: passengers up 8.4%, seats up 6.9%.") == \
        {"growth": ["8.4%"]}
    assert _verdicts(rules, "Those aged 16 to 24 made up 31% of the victims.") == \
        {"young": ["31%"]}


def test_a_past_year_s_figure_under_an_outlook_heading() -> None:
    """Under '## Outlook' in a 2026 story, 'The 2025 full-year profit was €902 million' is
    the past year's, no forecast; 'is expected at €1.05 billion' is."""
    rules = ("facts:\n  - id: guidance\n    min: €1.05 billion\n    max: €1.15 billion\n"
             "    keywords: [full-year, expected]\n    role: forecast\n")
    text = ("Results for the third quarter of 2026.\n\n## Outlook\n\nFull-year net profit is "
            "expected at €1.05 billion to €1.15 billion. The 2025 full-year profit was €902 "
            "million.\n")
    got = factcheck.check_text(text, load_string(rules), suffix=".md")
    assert [m.text for v in got for m in v.mentions] == ["€1.05 billion to €1.15 billion"]


def test_a_part_of_a_whole_the_keyword_describes() -> None:
    """'thousands of the 380,000 stolen card numbers': the keyword describes the whole, so
    380,000 is the fact's and 'thousands' no count of it; 'Nine of its 14 carriages
    derailed' still gives nine to a fact on what derailed."""
    rules = """
facts:
  - id: cards
    value: 380000
    keywords: [stolen, card numbers]
  - id: derailed
    value: 9
    keywords: [derailed]
    nouns: [carriages]
"""
    assert _verdicts(rules, "Banks say thousands of the 380,000 stolen card numbers were on "
                            "sale.") == {"cards": ["380,000"]}
    assert _verdicts(rules, "Nine of its 14 carriages derailed.") == {"derailed": ["Nine"]}


def test_of_those_opens_a_part_of_the_group() -> None:
    """'Of those cards, about 61,000 have since been used for fraud': a part of the cards,
    no count of them."""
    rules = "facts:\n  - id: cards\n    value: 380000\n    keywords: [cards]\n"
    assert _verdicts(rules, "Of those cards, about 61,000 have since been used for fraud.") == {}
    assert _verdicts(rules, "Hackers stole 380,000 cards.") == {"cards": ["380,000"]}


def test_a_first_estimate_is_an_earlier_figure() -> None:
    """'first put the number of affected customers at about 9 million' and 'which it had
    first reported as a 0.2% rise' are estimates since replaced; 'first put at 118,000, was
    revised down to 96,000' keeps 96,000."""
    rules = """
facts:
  - id: records
    value: 14.2 million
    keywords: [customers]
  - id: revised
    value: 96000
    keywords: [revised]
"""
    assert _verdicts(rules, "The firm first put the number of affected customers at about 9 "
                            "million in April.") == {}
    assert _verdicts(rules, "September's gain, first put at 118,000, was revised down to "
                            "96,000.") == {"revised": ["96,000"]}


def test_what_something_would_cost_is_no_cost() -> None:
    """'the guild's demand for 19% would cost about £1.4 billion' is what would be, no
    figure of the strike's cost."""
    rules = "facts:\n  - id: cost\n    value: £210 million\n    keywords: [cost]\n"
    assert _verdicts(rules, "The offer is worth £340 million a year; the demand for 19% would "
                            "cost about £1.4 billion.") == {}
    assert _verdicts(rules, "The strike will cost £210 million.") == {"cost": ["£210 million"]}


def test_a_table_by_hospital_gives_each_row_its_own_figures() -> None:
    """'| Hospital | Town | Appointments moved |': each row is one hospital's, no total."""
    rules = ("facts:\n  - id: moved\n    value: 148000\n    keywords: [appointments moved]\n")
    table = ("| Hospital | Town | Appointments moved |\n| --- | --- | --- |\n"
             "| St Ansel's | Carrow | 11,200 |\n| Total | | 148,000 |\n")
    assert _md(rules, table) == {"moved": ["148,000"]}


def test_the_worst_affected_were_names_each_figure_s_owner() -> None:
    """'The worst affected were St Ansel's, where 11,200 appointments were moved, Rookfield
    General (9,800) and ...': each figure is one hospital's, no total."""
    rules = "facts:\n  - id: moved\n    value: 148000\n    keywords: [moved]\n"
    assert _verdicts(rules, "The worst affected were St Ansel's in Carrow, where 11,200 "
                            "appointments were moved, Rookfield General (9,800) and the "
                            "Lowther Infirmary (8,450).") == {}


def test_an_aside_speaks_of_what_it_follows() -> None:
    """'the blackout of 2011, which cut off 11 million homes' is 2011's: `exclude: ["2011"]`
    rules it out; 'Rumours had put the Pro at $1,099' is an estimate since replaced."""
    rules = """
facts:
  - id: homes
    value: 2.4 million
    keywords: [cut off]
    exclude: ["2011"]
  - id: price
    value: $999
    keywords: [Pro]
"""
    assert _verdicts(rules, "Comparisons with the blackout of 2011, which cut off 11 million "
                            "homes, are misleading.") == {}
    assert _verdicts(rules, "Rumours before the launch had put the Pro at $1,099.") == {}
    assert _verdicts(rules, "The Pro costs $999.") == {"price": ["$999"]}


def test_an_exclude_word_tied_to_a_figure_speaks_of_it_alone() -> None:
    """'the Nova 12 starts at $749, the Pro at $999 and the Ultra at $1,299' with `exclude:
    [Ultra]` rules out $1,299 only; a rival after 'behind X, which' keeps its figures."""
    rules = """
facts:
  - id: pro
    value: $999
    keywords: [Pro]
    exclude: [Ultra]
  - id: shipped
    value: 48.3 million
    keywords: [shipped]
    context: [Qorvia]
"""
    assert _verdicts(rules, "Prices: the Nova 12 starts at $749, the Pro at $999 and the Ultra "
                            "at $1,299.") == {"pro": ["$999"]}
    assert _verdicts(rules, "Qorvia stayed second behind Sorenta, which shipped 52.1 million "
                            "phones.") == {}


def test_a_definition_list_under_an_earlier_heading() -> None:
    """'<h2>The 2011 blackout, for comparison</h2><dl><dt>Homes without power</dt><dd>1.1
    million</dd>': the 2011 figure, no figure of this blackout."""
    rules = ("facts:\n  - id: homes\n    value: 2.4 million\n    keywords: [without power]\n")
    page = ("<html><body><h1>Calvaria's blackout, 3 February 2026</h1>\n"
            "<p>The blackout left 2.4 million homes without power.</p>\n"
            "<h2>The 2011 blackout, for comparison</h2>\n<dl>\n"
            "<dt>Homes without power</dt><dd>1.1 million</dd>\n</dl>\n</body></html>\n")
    got = factcheck.check_text(page, load_string(rules), suffix=".html")
    assert [(m.text, m.consistent) for v in got for m in v.mentions] == [("2.4 million", True)]


def test_a_live_blog_written_newest_first() -> None:
    """Entries '### Wednesday 07:50' above '### Tuesday 18:20': the newest is the first on
    the page, so 'Norrgrid's latest figure: 2.4 million' at 19:30 replaces 1.3 million at
    18:20."""
    rules = "facts:\n  - id: homes\n    value: 2.4 million\n    keywords: [without power]\n"
    text = ("# Live: Calvaria blackout\n\n### Wednesday 07:50\n\nSupply is back everywhere.\n\n"
            "### Tuesday 19:30\n\nNorrgrid's latest figure: {} homes without power.\n\n"
            "### Tuesday 18:20\n\nNorrgrid says 1.3 million homes are without power.\n\n"
            "### Tuesday 17:58\n\nReports of power cuts.\n")
    got = factcheck.check_text(text.format("2.4 million"), load_string(rules), suffix=".md")
    assert [v.verdict for v in got] == ["consistent"]
    got = factcheck.check_text(text.format("2.9 million"), load_string(rules), suffix=".md")
    assert [v.verdict for v in got] == ["contradiction"]


def test_a_hard_wrapped_paragraph_is_read_across_its_lines() -> None:
    """In a text wrapped at one width, a full line runs on into the next even where the
    next opens on a capital, a digit or a bracket; a short line (a title) does not."""
    rules = "facts:\n  - id: share\n    value: 41.7%\n    keywords: [Kell Islands]\n"
    line = "The regions that voted No in the referendum were, as expected, the Kell Islands"
    text = ("Kestria votes\n\n" + "Abolition won in nine of the country's regions on Sunday, "
            "the count showed,\nand turnout was high across the whole country, officials "
            "said on Monday.\n" + line + "\n(41.7% Yes), Harth (44.1%), Nolt (46.6%) and "
            "Juska (48.9%) in the\nsouth of the country, where the campaign for the chamber "
            "was strongest.\n")
    assert _verdicts(rules, text) == {"share": ["41.7%"]}


def test_names_each_with_a_bracketed_figure() -> None:
    """'the Kell Islands (41.7% Yes), Harth (44.1%), Nolt (46.6%)': each figure is the
    region's, no national share; one bracket after a name is no such list."""
    rules = "facts:\n  - id: yes-share\n    value: 54.2%\n    keywords: [\"yes\"]\n"
    assert _verdicts(rules, "The four No regions were the Kell Islands (41.7% Yes), Harth "
                            "(44.1%), Nolt (46.6%) and Juska (48.9%).") == {}
    assert _verdicts(rules, "Kestria voted Yes (54.2%).") == {"yes-share": ["54.2%"]}


def test_a_when_clause_after_a_dated_event_with_its_own_figure_before() -> None:
    """'At 14.2m records it is six times the 2021 incident, when 3.2 million records
    leaked': 3.2 million is 2021's, taken by the fact on the 2021 breach."""
    rules = """
facts:
  - id: prior
    value: 2.3 million
    keywords: [records]
    context: ["2021"]
    role: earlier
"""
    text = ("Marlow was fined on 3 May 2026.\n\nAt 14.2m records it is six times the 2021 "
            "incident, when 3.2 million records leaked.\n")
    got = factcheck.check_text(text, load_string(rules))
    assert [(m.text, m.consistent) for v in got for m in v.mentions] == [("3.2 million", False)]


def test_a_claim_of_an_extra_amount_takes_a_change() -> None:
    """A claim 'will spend an extra 30 million euros a year' takes '3 million euros a year
    more' (a contradiction); a claim of a level does not."""
    rules = ("facts:\n  - id: security\n    claim: The group will spend an extra 30 million "
             "euros a year on security\n    value: 30 million euros a year\n"
             "    keywords: [security]\n")
    got = factcheck.check_text("The group has promised to spend 3 million euros a year more on "
                               "security.", load_string(rules))
    assert [v.verdict for v in got] == ["contradiction"]
    level = rules.replace("an extra 30 million", "30 million")
    assert factcheck.check_text("The group has promised to spend 3 million euros a year more on "
                                "security.", load_string(level)) == []


def test_a_crowd_of_a_bare_number_counts_the_crowd() -> None:
    """'over the final 10 laps of the 58 in front of a sell-out crowd of 29,000': 29,000 is
    the crowd, not laps counted from the figures before it."""
    rules = ("facts:\n  - id: crowd\n    value: 92000\n    unit: people\n"
             "    keywords: [crowd]\n    nouns: [people, spectators, fans]\n")
    got = factcheck.check_text("Keller held off Varga over the final 10 laps of the 58 in front "
                               "of a sell-out crowd of 29,000.", load_string(rules))
    assert [(m.text, v.verdict) for v in got for m in v.mentions] == \
        [("29,000", "contradiction")]


def test_a_claim_of_a_part_in_words() -> None:
    """A claim 'hit nine of Calvaria's 14 regions' is a part in words: 'eight of the 14
    regions' is its contradiction, '14 regions' alone its whole."""
    rules = ("facts:\n  - id: regions\n    claim: The blackout hit nine of Calvaria's 14 regions\n"
             "    value: 9\n    unit: regions\n    keywords: [regions]\n    nouns: [regions]\n")
    got = factcheck.check_text("The failure spread through eight of the 14 regions before it "
                               "was halted.", load_string(rules))
    assert [(m.text, v.verdict) for v in got for m in v.mentions] == \
        [("eight", "contradiction")]


def test_an_expectation_speaks_of_the_figure_before_it() -> None:
    """'beating the 45 million analysts had expected and lifting its market share to 14.6%':
    the expectation is the 45 million's; 14.6% is the share now."""
    rules = ("facts:\n  - id: share\n    value: 16.4%\n    keywords: [market share]\n")
    got = factcheck.check_text("Qorvia shipped 48.3 million phones, beating the 45 million "
                               "analysts had expected and lifting its market share to 14.6%.",
                               load_string(rules))
    assert [(m.text, v.verdict) for v in got for m in v.mentions] == [("14.6%", "contradiction")]


def test_a_keyword_that_starts_with_a_hyphen_meets_a_glued_unit() -> None:
    """`keywords: ["-metre"]` finds 'The 336-metre ship' and takes 336 metres."""
    rules = 'facts:\n  - id: length\n    value: 366 m\n    keywords: ["-metre"]\n'
    got = factcheck.check_text("The 336-metre ship struck the reef.", load_string(rules))
    assert [(m.text, v.verdict) for v in got for m in v.mentions] == \
        [("336-metre", "contradiction")]


def test_an_outcome_that_beats_forecasts_is_the_figure() -> None:
    """'Net profit of €421 million beats forecasts' is this quarter's profit (no forecast):
    a contradiction of a profit of €412 million."""
    rules = "facts:\n  - id: profit\n    value: €412 million\n    keywords: [net profit]\n"
    got = factcheck.check_text("Net profit of €421 million beats forecasts.", load_string(rules))
    assert [v.verdict for v in got] == ["contradiction"]


def test_a_year_named_once_after_the_story_s_year_is_ahead() -> None:
    """A 2026 story with a fleet table '| now | summer 2027 |': 2027 is a year ahead, so the
    'Q3 2025' column is a year ago and goes to the year-ago fact."""
    rules = ("facts:\n  - id: prior\n    claim: Revenue a year earlier was 2.7 billion euros\n"
             "    value: €2.7 billion\n    keywords: [revenue]\n    role: earlier\n")
    text = ("# Norvale Air Q3 2026 in tables\n\nResults for Q3 2026 were out on 22 October "
            "2026.\n\n## Results (€ million)\n\n| item | Q3 2026 | Q3 2025 |\n| --- | --- | --- |"
            "\n| Revenue | 3,100 | 2,400 |\n\n## Fleet\n\n| item | now | summer 2027 |\n"
            "| --- | --- | --- |\n| Aircraft | 118 | 127 |\n")
    got = factcheck.check_text(text, load_string(rules), suffix=".md")
    assert [(m.text, v.verdict) for v in got for m in v.mentions] == [("2,400", "contradiction")]


def test_a_vote_split_is_no_change() -> None:
    """'voted by seven to two for the cut': seven for, two against; 'backed it by 54.2% to
    45.8%': the shares; 'cut rates by 0.25 points to 4%' stays a change and a level."""
    rules = """
facts:
  - id: for-cut
    value: 7
    keywords: [voted]
  - id: yes-share
    value: 54.2%
    keywords: [backed]
  - id: rate
    value: 4%
    keywords: [rates]
"""
    assert _verdicts(rules, "The nine-member board voted by seven to two for the cut.") == \
        {"for-cut": ["seven"]}
    assert _verdicts(rules, "Voters backed the change by 54.2% to 45.8%.") == \
        {"yes-share": ["54.2%"]}
    assert _verdicts(rules, "The bank cut rates by 0.25 points to 4%.") == {"rate": ["4%"]}
