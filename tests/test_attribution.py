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
