"""The pytest plugin end to end, through pytester."""

from __future__ import annotations

import json

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
    """Every mention matching its fact passes, one item per mentioned fact."""
    result = project.runpytest("--factcheck", "articles/good.txt")
    result.assert_outcomes(passed=3)


def test_contradiction_fails_with_place_sentence_reading_and_rule(project: pytest.Pytester) -> None:
    """A contradiction fails, showing article:line:col, the marked sentence, what was read and
    the rule's file:line."""
    result = project.runpytest("--factcheck", "articles/bad.txt")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "*articles/bad.txt:2:1: contradicts mosul-displaced",
        "*sentence: >>Fewer than 50,000<< people have fled the fighting*",
        "*read:*'Fewer than 50,000' -> at most 50,000 people*",
        "*fact:*500000 people (tolerance 10%), so 450,000 to 550,000 people*rules/story.yaml:2*",
    ])


def test_node_ids_are_article_and_fact(project: pytest.Pytester) -> None:
    """Items are `<article>::<fact id>` so -k selects a fact."""
    result = project.runpytest("--factcheck", "articles/", "--collect-only", "-q")
    result.stdout.fnmatch_lines(["articles/bad.txt::mosul-displaced",
                                 "articles/bad.txt::consulate-hostages"])
    result = project.runpytest("--factcheck", "articles/", "-k", "consulate-hostages")
    result.assert_outcomes(passed=2, deselected=3)


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
    """-n 2 runs the same items and merges the JSON report across workers."""
    project.runpytest("--factcheck", "articles/", "--factcheck-json", "a.json", "-p",
                      "no:randomly")
    result = project.runpytest("--factcheck", "articles/", "--factcheck-json", "b.json", "-n", "2")
    result.assert_outcomes(passed=4, failed=1)
    a = json.loads((project.path / "a.json").read_text())
    b = json.loads((project.path / "b.json").read_text())
    assert a == b


def test_junitxml_points_at_the_article(project: pytest.Pytester) -> None:
    """--junitxml records each (article, fact) with its failure text."""
    project.runpytest("--factcheck", "articles/", "--junitxml", "junit.xml")
    xml = (project.path / "junit.xml").read_text()
    assert 'name="mosul-displaced"' in xml
    assert "articles/bad.txt:2:1: contradicts mosul-displaced" in xml


def test_exitfirst_and_last_failed(project: pytest.Pytester) -> None:
    """-x stops at the first failure and --lf reruns only it."""
    result = project.runpytest("--factcheck", "articles/", "-x")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result = project.runpytest("--factcheck", "articles/", "--lf")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*run-last-failure*"])


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
    result.assert_outcomes(passed=4, failed=3)
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
    result.assert_outcomes(failed=1)
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
    result.assert_outcomes(failed=2, passed=1)
    result.stdout.fnmatch_lines(["*bad.txt:2:*", "*Captured stdout teardown*",
                                 "teardown says hello"])
