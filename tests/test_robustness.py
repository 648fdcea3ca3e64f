"""Hostile and broken input: a clear message naming the file, the rest of the run goes on,
nothing is dropped silently, nothing is written to an article."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import ArticleError, RuleError, load_string, read_quantities
from factcheck.text import document, read_article

RULES = """\
facts:
  - id: consulate-hostages
    value: 48
    unit: people
    keywords: [consulate]
  - id: mosul-displaced
    value: 500000
    tolerance: 10%
    keywords: [fled]
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".yaml", **{"rules/r": RULES})
    pytester.makefile(".txt", **{"articles/good": "Gunmen seized 48 people at the consulate.\n"})
    return pytester


def test_empty_article_has_no_items_but_a_required_fact_fails(pytester: pytest.Pytester
                                                              ) -> None:
    """An empty file mentions nothing; a required fact is then reported missing."""
    pytester.makefile(".yaml", **{"rules/r": RULES + "    required: true\n"})
    pytester.makefile(".txt", empty="")
    result = pytester.runpytest("--factcheck", "empty.txt")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*empty.txt: required fact 'mosul-displaced' is never "
                                 "mentioned*"])


@pytest.mark.parametrize(("text", "value"), [
    ("500\u00a0000 people fled", 500000),        # no-break space between groups
    ("500\u202f000 people fled", 500000),        # narrow no-break space
    ("500\u2009000 people fled", 500000),        # thin space
    ("500\u200b000 people fled", 500000),        # zero-width space as a group mark
    ("\u0665\u0660\u0660\u0660\u0660\u0660 people fled", 500000),  # Arabic-Indic digits
    ("\u06f4\u06f8 people fled", 48),            # Extended Arabic-Indic (Persian) digits
    ("\uff14\uff18 people fled", 48),            # full-width digits
])
def test_unicode_spaces_and_digits_are_read(text: str, value: int) -> None:
    """Numbers with Unicode group spaces or in other scripts' digits read as their value."""
    (q,) = read_quantities(text)
    assert q.low == q.high == value
    assert text[q.start:q.end] == q.text


def test_zero_width_and_unusual_spaces_keep_keywords_and_positions() -> None:
    """Zero-width characters and Unicode spaces around words neither crash nor shift
    columns: the mention is found where it is."""
    text = "\u200bGunmen\u2003seized 49\u00a0people at the\u200bconsulate.\n"
    facts = load_string(RULES)
    (v,) = factcheck.check_text(text, facts)
    (m,) = v.mentions
    assert (m.line, m.column, m.text) == (1, 16, "49")
    assert v.verdict == "contradiction"


def test_extremely_long_line(tmp_path: Path) -> None:
    """A 2 MB article on one line is read; the mention at its end has the right column."""
    filler = "Nothing to see here, the officials said. " * 50_000
    art = tmp_path / "long.txt"
    art.write_text(filler + "Gunmen seized 49 people at the consulate.", encoding="utf-8")
    (v,) = factcheck.check_file(art, load_string(RULES))
    assert v.mentions[0].column == len(filler) + 15


def test_crlf_and_bom_article_positions(tmp_path: Path) -> None:
    """A BOM and CRLF line ends: line and column are those an editor shows."""
    art = tmp_path / "a.txt"
    art.write_bytes("\ufeffTitle\r\n\r\nGunmen seized 49 people at the consulate.\r\n"
                    .encode("utf-8"))
    (v,) = factcheck.check_file(art, load_string(RULES))
    assert (v.mentions[0].line, v.mentions[0].column) == (3, 15)


def test_permission_denied_is_an_error_for_that_article(
        project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unreadable article fails alone with 'permission denied'; the others run."""
    (project.path / "articles" / "secret.txt").write_text("x", encoding="utf-8")
    real_open = pathlib.Path.open

    def deny(self: pathlib.Path, *a: object, **k: object) -> object:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(pathlib.Path, "open", deny)
    result = project.runpytest("--factcheck", "articles/", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*articles/secret.txt: permission denied: cannot read the "
                                 "article*"])


def test_article_that_vanishes_during_the_run(project: pytest.Pytester) -> None:
    """A file deleted between discovery and reading is an error naming it; the run goes on."""
    (project.path / "articles" / "gone.txt").write_text("x", encoding="utf-8")
    project.makeconftest("""
        def pytest_collectstart(collector):
            if collector.name == "gone.txt":
                collector.path.unlink()
    """)
    result = project.runpytest("--factcheck", "articles/")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*articles/gone.txt: article vanished before it could be "
                                 "read*"])


def test_read_article_errors_name_the_file(tmp_path: Path) -> None:
    """Missing, binary, non-UTF-8 and bad UTF-16 files: one plain message each."""
    cases = {
        "missing.txt": (None, "article vanished"),
        "bin.txt": (b"\x00\x01PNG", "binary file"),
        "latin.txt": ("caf\xe9".encode("latin-1"), "not UTF-8 text: byte 0xe9 at line 1"),
        "u16.txt": (b"\xff\xfe\x00\xd8", "not valid UTF-16"),
    }
    for name, (data, fragment) in cases.items():
        p = tmp_path / name
        if data is not None:
            p.write_bytes(data)
        with pytest.raises(ArticleError) as err:
            read_article(p)
        assert str(err.value).startswith(str(p)) and fragment in str(err.value)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links on this system")
def test_symlink_loops_and_dangling_links(project: pytest.Pytester) -> None:
    """A folder that links back to itself adds nothing; a link to nowhere is an error."""
    arts = project.path / "articles"
    (arts / "again").symlink_to(arts, target_is_directory=True)
    (arts / "loop1.txt").symlink_to(arts / "loop2.txt")
    (arts / "loop2.txt").symlink_to(arts / "loop1.txt")
    (arts / "dangling.txt").symlink_to(arts / "nowhere.txt")
    result = project.runpytest("--factcheck", "articles/")
    result.assert_outcomes(passed=1, failed=3)
    result.stdout.fnmatch_lines(["*articles/dangling.txt: symbolic link that leads nowhere*"])
    assert "again/good.txt" not in result.stdout.str()


def test_nothing_writes_to_an_article(project: pytest.Pytester) -> None:
    """A run with cache, JSON report and xdist leaves every article byte for byte."""
    arts = sorted((project.path / "articles").iterdir())
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in arts}
    project.runpytest("--factcheck", "articles/", "-n", "2", "--factcheck-json", "r.json")
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in arts} == before


def test_concurrent_runs_do_not_corrupt_report_or_cache(project: pytest.Pytester) -> None:
    """Two runs writing the same JSON report and cache at once: both files stay whole, and
    a third run served from the cache gives the same report."""
    for i in range(30):
        (project.path / "articles" / f"a{i}.txt").write_text(
            f"{40 + i} people were held at the consulate. About {i + 1}00,000 fled.\n",
            encoding="utf-8")
    cmd = [sys.executable, "-m", "pytest", "--factcheck", "articles/", "-q",
           "--factcheck-json", "report.json", "-p", "no:randomly"]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    procs = [subprocess.Popen(cmd, cwd=project.path, stdout=subprocess.DEVNULL, env=env)
             for _ in range(2)]
    assert [p.wait(timeout=300) for p in procs] == [1, 1]
    first = json.loads((project.path / "report.json").read_text(encoding="utf-8"))
    assert subprocess.run(cmd, cwd=project.path, stdout=subprocess.DEVNULL,
                          env=env).returncode == 1
    again = json.loads((project.path / "report.json").read_text(encoding="utf-8"))
    assert first == again and len(first["results"]) == 61
    leftovers = [p for p in project.path.rglob("*.tmp")] + \
        [p for p in project.path.glob(".factcheck-*")]
    assert leftovers == []


def test_rule_file_with_a_bom_tabs_in_strings_and_crlf() -> None:
    """A BOM, CRLF line ends and tabs inside quoted strings are plain YAML, loaded as such."""
    (fact,) = load_string("\ufefffacts:\r\n  - id: a\r\n    claim: \"tab\there\"\r\n"
                          "    value: 3\r\n    keywords: [k]\r\n")
    assert fact.claim == "tab\there" and fact.source.line == 2


# -- fuzzing -------------------------------------------------------------------------------

KEYS = ["id", "claim", "value", "unit", "tolerance", "keywords", "context", "exclude", "nouns",
        "required", "min", "max", "examples", "skip_paths", "facts", "keywrods", "valeu"]
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=20), st.sampled_from(["$15bn", "half a million", "10%",
                                                           "/(a+)+$/", "/[/", "200 km",
                                                           "people", "*", "", "x*"]))
YAML_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(KEYS), inner, max_size=6)),
    max_leaves=25)


@given(YAML_VALUES)
def test_loader_raises_only_rule_errors_on_random_documents(doc: object) -> None:
    """Any YAML document: a list of facts or a RuleError, never another exception."""
    text = yaml.safe_dump({"facts": doc} if not isinstance(doc, dict) else doc,
                          allow_unicode=True)
    try:
        load_string(text, "fuzz.yaml")
    except RuleError as exc:
        assert str(exc).startswith("fuzz.yaml:")


@given(st.text(max_size=300))
def test_loader_raises_only_rule_errors_on_random_text(text: str) -> None:
    """Any text at all as a rule file: RuleError or facts."""
    try:
        load_string(text, "fuzz.yaml")
    except RuleError:
        pass


TERMS = st.sampled_from(["fled", "consulate", "aid", "the", "people", "injur*", "car bomb",
                         "/\\d+/", "/fl(ed|ee)/", "Mosul", "km", "U.S."])
FACTS = st.lists(st.fixed_dictionaries({
    "value": st.sampled_from([48, 500000, "$15 billion", "200 km", "17 minutes", "10%", 2003]),
    "keywords": st.lists(TERMS, min_size=1, max_size=3),
    "context": st.lists(TERMS, max_size=2),
    "exclude": st.lists(TERMS, max_size=2),
    "nouns": st.lists(TERMS, max_size=2),
    "tolerance": st.sampled_from(["0", "10%", "5"]),
}), min_size=1, max_size=4)
TEXT = st.lists(st.sampled_from([
    "fled", "consulate", "aid", "Mosul", "48", "forty-eight", "half a million", "$15bn",
    "more than", "about", "between", "and", "to", "-", "km", "miles", "17-minute", "people",
    "U.S.", "Dr.", ".", ",", "\n", "\n\n", "in 2003", "%", "<p>", "**", "\u00a0", "\u200b",
    "٤٨", "1e10", "-5", "½", "", "car bomb",
]), max_size=60).map(" ".join)


@given(FACTS, TEXT, st.sampled_from([".txt", ".md", ".html"]))
def test_engine_on_random_rules_and_text(facts: list[dict[str, object]], text: str,
                                         suffix: str) -> None:
    """Random valid rules against random text: never an exception, every mention's span is
    inside the article and holds the text it claims (markup blanked in .md and .html)."""
    for f in facts:  # a word both required and excluded makes an invalid rule
        f["exclude"] = [t for t in f["exclude"]
                        if t not in f["keywords"] and t not in f["context"]]
    doc = {"facts": [{"id": f"f{i}", **{k: v for k, v in f.items() if v != []}}
                     for i, f in enumerate(facts)]}
    rules = load_string(yaml.safe_dump(doc), "fuzz.yaml")
    visible = document(text, suffix).text  # markup masked, same length: offsets are shared
    assert len(visible) == len(text)
    for v in factcheck.check_text(text, rules, suffix=suffix):
        for m in v.mentions:
            assert 0 <= m.quantity.start < m.quantity.end <= len(text)
            assert visible[m.quantity.start:m.quantity.end] == m.quantity.text
            assert m.sentence.start <= m.quantity.start and m.quantity.end <= m.sentence.end


@pytest.mark.parametrize("articles", [3, 30])
def test_a_rule_error_is_one_collection_error_however_many_articles(
        pytester: pytest.Pytester, articles: int) -> None:
    """A typo in a rule file is one collection error at its file:line:col, every problem
    listed once, no traceback of factcheck's code; the output does not grow with the
    number of articles (it once printed the error and a traceback per article)."""
    pytester.makefile(".yaml", **{"rules/r": "facts:\n  - id: a\n    value: 3 gazillion\n"
                                            "    keywrods: [x]\n"})
    for i in range(articles):
        pytester.makefile(".txt", **{f"articles/a{i:02}": "Gunmen seized 48 people.\n"})
    result = pytester.runpytest("--factcheck", "articles", "-p", "no:randomly")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.assert_outcomes(errors=1)
    out = result.stdout.str()
    assert out.count("rules/r.yaml:3:12: cannot read 'value: 3 gazillion'") == 1
    assert out.count("rules/r.yaml:4:5: unknown key 'keywrods' (did you mean 'keywords'?)") == 1
    assert "ERROR collecting rules/r.yaml" in out
    assert "factcheck/" not in out and "Traceback" not in out
    assert len(result.outlines) < 20


def test_the_fixture_with_broken_rules_fails_with_the_message_alone(
        pytester: pytest.Pytester) -> None:
    """A test using the `factcheck` fixture when the rules cannot load: the rule error, not
    a traceback through factcheck's code."""
    pytester.makefile(".yaml", **{"rules/r": "facts:\n  - id: a\n    keywords: [x]\n"})
    pytester.makepyfile(test_gen="def test_it(factcheck):\n"
                                 "    factcheck.assert_consistent('x 3')\n")
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*rules/r.yaml:2:5: fact 'a' has no `value:`*"])
    assert "factcheck/" not in result.stdout.str()


def test_factcheck_options_without_factcheck_are_named(pytester: pytest.Pytester) -> None:
    """`pytest --factcheck-rules r.yaml` without --factcheck checks nothing: a warning says
    so (it once passed in silence)."""
    pytester.makepyfile(test_x="def test_x():\n    pass\n")
    result = pytester.runpytest("--factcheck-rules", "r.yaml", "--factcheck-json", "o.json",
                                "-p", "no:randomly")
    result.assert_outcomes(passed=1, warnings=1)
    result.stdout.fnmatch_lines(["*--factcheck-rules and --factcheck-json given without "
                                 "--factcheck: no article is checked*"])


@pytest.mark.parametrize(("value", "message"), [
    ("", "factcheck_extensions is empty: no file is an article"),
    ("*.txt *.md", "factcheck_extensions: '*.txt' is no suffix: write suffixes such as .txt"),
])
def test_an_extension_list_that_takes_no_file_stops_pytest(project: pytest.Pytester,
                                                           value: str, message: str) -> None:
    """`factcheck_extensions =` or `*.txt` once collected nothing and said nothing."""
    project.makeini(f"[pytest]\nfactcheck_extensions = {value}\n")
    result = project.runpytest("--factcheck", "articles", "-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert message in result.stderr.str()


def test_a_json_report_path_that_is_a_folder_stops_the_run_first(project: pytest.Pytester
                                                                 ) -> None:
    """`--factcheck-json articles` once ran every check, then ended in a traceback."""
    result = project.runpytest("--factcheck", "articles", "--factcheck-json", "articles",
                               "-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "--factcheck-json articles: is a folder; name the report's file" in \
        result.stderr.str()
    assert "Traceback" not in result.stdout.str() + result.stderr.str()
