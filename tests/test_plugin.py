"""The pytest plugin end to end, through pytester."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest

RULES = """\
facts:
  - id: mosul-displaced
    claim: More than 500,000 people have fled Mosul
    value: 500000
    tolerance: 10%
    unit: people
    keywords: [fled, displaced]
    nouns: [people, civilians]
  - id: consulate-hostages
    value: 48
    keywords: [consulate]
    nouns: [people, hostages]
  - id: baiji-distance
    value: 200 km
    tolerance: 5%
    keywords: [Baiji]
"""

GOOD = """\
Half a million people have fled Mosul fighting, the group says.
Militants seized forty-eight people at the Turkish consulate.
Baiji is 125 miles north of Baghdad.
"""

BAD = """\
Intro line.
Fewer than 50,000 people have fled the fighting, officials said.
Militants seized 48 people at the Turkish consulate.
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".yaml", **{"rules/story": RULES})
    pytester.makefile(".txt", **{"articles/good": GOOD, "articles/bad": BAD})
    return pytester


def test_consistent_articles_pass(project: pytest.Pytester) -> None:
    """An article whose every mention matches its fact is one passed item, `<article>::*`."""
    result = project.runpytest("--factcheck", "articles/good.txt", "-rA")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["PASSED articles/good.txt::[*]"])


def test_contradiction_fails_with_place_sentence_reading_and_rule(project: pytest.Pytester) -> None:
    """A contradiction fails, showing article:line:col, the marked sentence, what was read and
    the rule's file:line."""
    result = project.runpytest("--factcheck", "articles/bad.txt")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*articles/bad.txt:2:1: contradicts mosul-displaced",
        "*sentence: >>Fewer than 50,000<< people have fled the fighting*",
        "*read:*'Fewer than 50,000' -> at most 50,000 people*",
        "*fact:*500000 people (tolerance 10%), so 450,000 to 550,000 people*rules/story.yaml:2*",
    ])


def test_collection_lists_one_item_per_article_and_failures_name_the_fact(
        project: pytest.Pytester) -> None:
    """Collection lists `<article>::*` per article; each contradicted fact fails as
    `<article>::<fact id>`, and the article with it is not also counted as passed."""
    result = project.runpytest("--factcheck", "articles/", "--collect-only", "-q")
    result.stdout.fnmatch_lines(["articles/bad.txt::[*]", "articles/good.txt::[*]"])
    result = project.runpytest("--factcheck", "articles/", "-rA", "-p", "no:randomly")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*_ articles/bad.txt::mosul-displaced _*",
                                 "PASSED articles/good.txt::[*]",
                                 "FAILED articles/bad.txt::mosul-displaced - *"])
    assert "[100%]" in result.stdout.str() and "[150%]" not in result.stdout.str()


def test_k_narrows_a_run_to_a_fact(project: pytest.Pytester) -> None:
    """`-k <fact id>` checks that fact in every article, `-k "not <fact id>"` all the others;
    the JSON report holds exactly the selected (article, fact) results."""
    result = project.runpytest("--factcheck", "articles/", "-k", "consulate-hostages", "-rA",
                               "--factcheck-json", "k.json")
    result.assert_outcomes(passed=2, deselected=2)
    result.stdout.fnmatch_lines(["PASSED articles/*.txt::consulate-hostages"] * 2)
    rows = json.loads((project.path / "k.json").read_text())["results"]
    assert {(r["article"], r["fact"]) for r in rows} == {
        ("articles/bad.txt", "consulate-hostages"), ("articles/good.txt", "consulate-hostages")}
    result = project.runpytest("--factcheck", "articles/", "-k", "not mosul-displaced",
                               "--factcheck-json", "not.json")
    result.assert_outcomes(passed=2, deselected=2)
    rows = json.loads((project.path / "not.json").read_text())["results"]
    assert len(rows) == 3 and "mosul-displaced" not in {r["fact"] for r in rows}
    result = project.runpytest("--factcheck", "articles/", "-k", "mosul-displaced")
    result.assert_outcomes(passed=1, failed=1, deselected=2)


def test_a_failed_node_id_can_be_run_again(project: pytest.Pytester) -> None:
    """The node id a failure prints, `<article>::<fact id>`, runs that check alone, and
    `--deselect` leaves it out."""
    result = project.runpytest("--factcheck", "articles/bad.txt::mosul-displaced", "-rA")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["FAILED articles/bad.txt::mosul-displaced - *"])
    result = project.runpytest("--factcheck", "articles/", "--deselect",
                               "articles/bad.txt::mosul-displaced")
    result.assert_outcomes(passed=2, deselected=1)


def test_without_flag_the_plugin_collects_nothing(project: pytest.Pytester) -> None:
    """Without --factcheck no article is collected."""
    result = project.runpytest("articles/")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_required_fact_never_mentioned_fails(pytester: pytest.Pytester) -> None:
    """A required fact an article never mentions is a failure of its own."""
    pytester.makefile(".yaml", **{"rules/r": "facts:\n  - id: toll\n    value: 25\n"
                                            "    keywords: [killed]\n    required: true\n"})
    pytester.makefile(".txt", a="Nothing about it here.\n")
    result = pytester.runpytest("--factcheck", "a.txt")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*required fact 'toll' is never mentioned*"])


def test_json_report(project: pytest.Pytester) -> None:
    """--factcheck-json writes one entry per item that ran, with mentions and intervals."""
    project.runpytest("--factcheck", "articles/", "--factcheck-json", "out/report.json")
    data = json.loads((project.path / "out/report.json").read_text())
    assert data["version"] == 1
    by = {(r["article"], r["fact"]): r for r in data["results"]}
    assert by[("articles/bad.txt", "mosul-displaced")]["verdict"] == "contradiction"
    m = by[("articles/bad.txt", "mosul-displaced")]["mentions"][0]
    assert (m["line"], m["column"], m["text"], m["low"], m["high"]) == \
        (2, 1, "Fewer than 50,000", None, 50000)
    assert m["unit"] == "people" and m["consistent"] is False
    assert by[("articles/good.txt", "baiji-distance")]["mentions"][0]["low"] == \
        pytest.approx(201.168)
    assert len(data["results"]) == 5


def test_xdist_gives_the_same_report(project: pytest.Pytester) -> None:
    """-n 2 runs the same items, reports the same failed facts and merges the JSON report
    across workers into the report of -n 0."""
    project.runpytest("--factcheck", "articles/", "--factcheck-json", "a.json", "-p",
                      "no:randomly")
    result = project.runpytest("--factcheck", "articles/", "--factcheck-json", "b.json", "-n", "2",
                               "-rA")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["FAILED articles/bad.txt::mosul-displaced - *"])
    a = json.loads((project.path / "a.json").read_text())
    b = json.loads((project.path / "b.json").read_text())
    assert a == b


@pytest.mark.parametrize("workers", [[], ["-n", "2"]])
def test_junitxml_has_a_testcase_per_contradicted_fact(project: pytest.Pytester,
                                                       workers: list[str]) -> None:
    """--junitxml holds one failed testcase per contradicted fact of an article (named by
    the fact, in a class named by the article) with its failure text, and one per article."""
    (project.path / "articles" / "bad.txt").write_text(
        BAD.replace("seized 48", "seized 84"), encoding="utf-8")
    project.runpytest("--factcheck", "articles/", "--junitxml", "junit.xml", *workers)
    root = ElementTree.parse(project.path / "junit.xml").getroot()
    cases = {(c.get("classname"), c.get("name")): c.find("failure")
             for c in root.iter("testcase")}
    assert set(cases) == {("articles.bad.txt", "*"), ("articles.good.txt", "*"),
                          ("articles.bad.txt", "mosul-displaced"),
                          ("articles.bad.txt", "consulate-hostages")}
    failed = {k[1]: v for k, v in cases.items() if v is not None}
    assert set(failed) == {"mosul-displaced", "consulate-hostages"}
    assert "articles/bad.txt:2:1: contradicts mosul-displaced" in (failed["mosul-displaced"].text
                                                                  or "")
    assert "contradicts consulate-hostages" in (failed["consulate-hostages"].text or "")


def test_exitfirst_stops_after_the_first_failing_article(project: pytest.Pytester) -> None:
    """-x stops the run after the article with the first contradiction; under -n 2 each
    worker stops after its own."""
    for i in range(10):
        (project.path / "articles" / f"also_bad{i}.txt").write_text(BAD, encoding="utf-8")
    result = project.runpytest("--factcheck", "articles/", "-x", "-p", "no:randomly")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(failed=1)
    result = project.runpytest("--factcheck", "articles/", "-x", "-n", "2")
    assert result.ret == pytest.ExitCode.INTERRUPTED  # as xdist reports a stop
    assert 1 <= result.parseoutcomes()["failed"] <= 4


def test_last_failed_reruns_only_the_failed_facts(project: pytest.Pytester) -> None:
    """--lf runs `<article>::<fact id>` for each fact that failed, nothing else; once the
    article is fixed they pass and the next --lf has no failure left."""
    project.runpytest("--factcheck", "articles/")
    result = project.runpytest("--factcheck", "articles/", "--lf", "-rA")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["run-last-failure: rerun previous 1 failure*",
                                 "FAILED articles/bad.txt::mosul-displaced - *"])
    (project.path / "articles" / "bad.txt").write_text(GOOD, encoding="utf-8")
    result = project.runpytest("--factcheck", "articles/", "--lf", "-rA")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["PASSED articles/bad.txt::mosul-displaced"])
    result = project.runpytest("--factcheck", "articles/", "--lf")
    result.stdout.fnmatch_lines(["run-last-failure: no previously failed tests*"])


def test_broken_rule_file_is_a_collection_error_with_file_line_and_hint(
        pytester: pytest.Pytester) -> None:
    """A misspelled key is reported at its file:line with 'did you mean'."""
    pytester.makefile(".yaml", **{"rules/r": "facts:\n  - id: a\n    value: 3\n"
                                            "    keywrods: [x]\n"})
    pytester.makefile(".txt", a="Text.\n")
    result = pytester.runpytest("--factcheck", "a.txt")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*rules/r.yaml:4:5: unknown key 'keywrods' "
                                 "(did you mean 'keywords'?)*"])


def test_unreadable_article_fails_alone(project: pytest.Pytester) -> None:
    """A binary or non-UTF-8 article is an error for that article; the rest still runs."""
    (project.path / "articles" / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (project.path / "articles" / "latin.txt").write_bytes("caf\xe9 48 people".encode("latin-1"))
    result = project.runpytest("--factcheck", "articles/")
    result.assert_outcomes(passed=1, failed=3)
    result.stdout.fnmatch_lines(["*articles/bin.txt: binary file*",
                                 "*articles/latin.txt: not UTF-8 text: byte 0xe9 at line 1*"])


def test_html_and_markdown_articles(pytester: pytest.Pytester) -> None:
    """.md and .html are read as their visible text; line numbers point into the file."""
    pytester.makefile(".yaml", **{"rules/r": RULES})
    pytester.makefile(".md", a="# Title\n\n* **Hostages:** 47 people taken from the "
                               "consulate.\n")
    pytester.makefile(".html", b="<html><head><script>var x = '48 consulate';</script></head>"
                                 "<body>\n<p>Gunmen took 49&nbsp;people at the consulate.</p>"
                                 "</body></html>\n")
    result = pytester.runpytest("--factcheck", "a.md", "b.html")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*a.md:3:17: contradicts consulate-hostages*",
                                 "*b.html:2:16: contradicts consulate-hostages*"])


def test_fixture_checks_generated_text(pytester: pytest.Pytester) -> None:
    """The factcheck fixture fails a user's test listing each contradiction."""
    pytester.makefile(".yaml", **{"rules/r": RULES})
    pytester.makepyfile(test_summary="""
        def test_summary(factcheck):
            factcheck.assert_consistent("Some 48 people were held at the consulate.")

        def test_bad_summary(factcheck):
            factcheck.assert_consistent("Gunmen held 84 people at the consulate.")
    """)
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*contradicts consulate-hostages*"])


def test_catastrophic_regex_is_stopped_and_named(pytester: pytest.Pytester) -> None:
    """A backtracking user regex on a long line hits its time limit: an error naming the
    rule for that article, never a hang."""
    pytester.makefile(".yaml", **{"rules/r": "facts:\n  - id: slow\n    value: 3\n"
                                            "    keywords: ['/(a+)+$/']\n"})
    pytester.makefile(".txt", a="a" * 5000 + "!\n", b="Nothing slow here, 3 times.\n")
    result = pytester.runpytest("--factcheck", "a.txt", "b.txt")
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(["*rules/r.yaml:2: rule 'slow': the regular expression "
                                 "/(a+)+$/ ran past its time limit*"])


def test_summary_keeps_other_tests_teardown_output(project: pytest.Pytester) -> None:
    """The failure summary of a run with articles still shows what a Python test printed
    in its teardown (articles' phases are left out of pytest's teardown lookup only)."""
    project.makepyfile(test_mod="""
        import pytest

        @pytest.fixture
        def noisy():
            yield
            print("teardown says hello")

        def test_fails(noisy):
            assert False
    """)
    result = project.runpytest("--factcheck", "articles/bad.txt", "test_mod.py")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*bad.txt:2:*", "*Captured stdout teardown*",
                                 "teardown says hello"])
