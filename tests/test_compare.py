"""Versions of one story compared without rules: `factcheck compare` and its core."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.compare import Group, compare
from factcheck.text import document, read_article

SEEDS = sorted(Path("seeds").iterdir())


def _compare(texts: dict[str, str]) -> list[Group]:
    return compare([(name, document(text, Path(name).suffix)) for name, text in texts.items()])


def _seeds(change: tuple[str, str, str] | None = None) -> tuple[list[Group], str, int]:
    """The seeds compared, with one number of one seed changed; the changed article and line."""
    texts = {p.as_posix(): read_article(p) for p in SEEDS}
    target, line = "", 0
    if change is not None:
        prefix, old, new = change
        target = next(n for n in texts if Path(n).name.startswith(prefix))
        assert old in texts[target], (target, old)
        text = texts[target].replace(old, new, 1)
        line = text[:text.index(new)].count("\n") + 1
        texts[target] = text
    return _compare(texts), target, line


def test_the_seeds_agree_with_each_other() -> None:
    """The five seeds tell one story with the same numbers: no group disagrees, and the
    figures they share (the displaced, the aid, the distances) are grouped."""
    groups, _, _ = _seeds()
    assert [g.id for g in groups if not g.agree] == []
    texts = {(g.counts, r.text) for g in groups for r in g.readings}
    for expected in [("people", "Half a million"), ("people", "more than 500,000"),
                     ("USD", "$15 billion"), ("length", "about 37 miles"),
                     ("duration", "17-minute")]:
        assert expected in texts


# (seed, text as written, planted change): each changed number is also given by another seed
PLANTED = [
    ("000", "Half a million people have fled", "50,000 people have fled"),
    ("001", "Half million civilians", "50,000 civilians"),
    ("001", "More than 500,000 people", "50,000 people"),
    ("002", "more than 500,000 Iraqis", "50,000 Iraqis"),
    ("001", "provided $15 billion", "provided $1.5 billion"),
    ("002", "the $15 billion worth", "the $1.5 billion worth"),
    ("003", "about 37 miles", "about 90 km"),
    ("004", "about 37 miles", "about 90 km"),
    ("003", "about 18 miles", "about 50 km"),
    ("004", "about 18 miles", "about 50 km"),
    ("000", "nearly 17 minutes", "nearly 7 minutes"),
    ("002", "17-minute", "71-minute"),
    ("003", "at least 1,700", "170"),
    ("004", "at least 1,700", "170"),
    ("003", "about 500 Iranian", "about 5,000 Iranian"),
    ("004", "wounded 33", "wounded 38"),
    ("003", "killed at least seven", "killed three"),
    ("004", "Three mortar", "Thirteen mortar"),
]


@pytest.mark.parametrize("change", PLANTED, ids=[f"{s}:{new}" for s, _, new in PLANTED])
def test_a_number_changed_in_one_seed_is_found(change: tuple[str, str, str]) -> None:
    """A planted change disagrees with another seed that gives the same quantity in its own
    words, and nothing else is reported."""
    groups, target, line = _seeds(change)
    bad = [g for g in groups if not g.agree]
    assert len(bad) == 1, [g.id for g in bad]
    mine = [r for r in bad[0].readings if r.article == target and r.line == line]
    assert mine, [(r.article, r.line) for r in bad[0].readings]
    assert len(bad[0].articles) >= 2


def test_qualifiers_and_precision_are_read_before_comparing() -> None:
    """'about 500,000' and 'half a million' agree; 'more than 50,000' is no contradiction of
    half a million; '50,000' is."""
    a = "Half a million people have fled Mosul, the IOM said."
    agree = _compare({"a.txt": a, "b.txt": "About 500,000 people have fled Mosul, the IOM said."})
    assert [g.agree for g in agree] == [True]
    more = _compare({"a.txt": a, "b.txt": "More than 50,000 people have fled Mosul."})
    assert [g.agree for g in more] == [True]
    bad = _compare({"a.txt": a, "b.txt": "50,000 people have fled Mosul, the IOM said."})
    assert [g.agree for g in bad] == [False]


def test_units_are_converted_before_comparing() -> None:
    """125 miles is 201 km; 37 miles is not 90 km."""
    same = _compare({"a.txt": "Baiji is 125 miles north of Baghdad.",
                     "b.txt": "Baiji is about 200 km north of Baghdad."})
    assert [g.agree for g in same] == [True]
    apart = _compare({"a.txt": "Baquba is about 37 miles northeast of Baghdad.",
                      "b.txt": "Baquba is about 90 km northeast of Baghdad."})
    assert [g.agree for g in apart] == [False]


def test_different_events_are_not_one_quantity() -> None:
    """Wounded in two attacks in two places, or distances from two towns, are not grouped
    into a disagreement."""
    groups = _compare({
        "a.txt": "Explosions struck three Shiite areas in Baghdad, killing 25 people and "
                 "injuring 56, police officials told CNN. Baiji is 125 miles north of Baghdad.",
        "b.txt": "Mortar rounds landed on a busy area in the town west of Mosul and killed at "
                 "least seven and wounded 33 people. Tikrit is less than a hundred miles north "
                 "of the capital.",
    })
    assert [g.id for g in groups if not g.agree] == []


def test_numbers_of_one_article_are_not_compared_with_each_other() -> None:
    """A group needs two articles: one article's two amounts are never a disagreement."""
    groups = _compare({"a.txt": "50,000 people fled Mosul. Later 500,000 people fled Mosul.",
                       "b.txt": "Nothing here has a number."})
    assert groups == []


def test_an_earlier_figure_is_not_the_current_one() -> None:
    """'up from 12' is an earlier figure: no disagreement with another version's 12."""
    groups = _compare({"a.txt": "The death toll rose to 25, up from 12 on Monday, police said.",
                       "b.txt": "The death toll rose to 25 on Tuesday, police said."})
    assert all(g.agree for g in groups)
    assert any(g.readings[0].text == "25" for g in groups)


def test_compare_cli_exit_codes_and_text(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 0 on the seeds, 1 with each mention shown at article:line:column with the
    number marked, 2 when fewer than two articles can be read."""
    assert main(["compare", "seeds/"]) == 0
    assert "0 disagree" in capsys.readouterr().out
    (tmp_path / "a.txt").write_text("Baquba is about 37 miles northeast of Baghdad.\n")
    (tmp_path / "b.txt").write_text("Intro.\nBaquba is about 90 km northeast of Baghdad.\n")
    assert main(["compare", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path.as_posix()}/b.txt:2:11: read 'about 90 km' -> 81 to 99 km" in out
    assert "Baquba is >>about 37 miles<< northeast of Baghdad." in out
    assert "1 disagree, 0 agree" in out
    assert main(["compare", str(tmp_path / "a.txt")]) == 2
    assert "needs at least two articles" in capsys.readouterr().err


def test_compare_cli_bad_article_is_named_and_the_rest_compared(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An article that cannot be read is named on stderr, exit 2, the others still compared."""
    for p in SEEDS[3:]:
        (tmp_path / p.name).write_text(read_article(p))
    (tmp_path / "bad.txt").write_bytes(b"\x00\xff\xfe binary")
    assert main(["compare", str(tmp_path), "--all"]) == 2
    captured = capsys.readouterr()
    assert "bad.txt" in captured.err
    assert "agree on length" in captured.out


def test_compare_json_lists_groups_with_every_mention(
        capsys: pytest.CaptureFixture[str]) -> None:
    """--format json: the README's shape; --all lists the groups that agree."""
    assert main(["compare", "seeds/", "--format", "json", "--all"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1 and data["articles"] == 5
    assert data["summary"]["disagree"] == 0
    assert data["summary"]["groups"] == len(data["groups"])
    flee = next(g for g in data["groups"] if g["counts"] == "people" and "flee" in g["words"])
    m = flee["mentions"][0]
    assert set(m) == {"article", "line", "column", "sentence", "text", "low", "high", "unit"}
    assert (m["text"], m["low"], m["high"], m["unit"]) == ("Half a million", 450000, 550000,
                                                           "people")
    assert main(["compare", "seeds/", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["groups"] == []


def test_compare_github_and_sarif(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A disagreement is an annotation per mention and a SARIF result per mention."""
    (tmp_path / "a.txt").write_text("Baquba is about 37 miles northeast of Baghdad.\n")
    (tmp_path / "b.txt").write_text("Baquba is about 90 km northeast of Baghdad.\n")
    assert main(["compare", str(tmp_path), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"::error file={tmp_path.as_posix()}/a.txt,line=1,col=11,"
                               "title=factcheck compare ")
    assert main(["compare", str(tmp_path), "--format", "sarif"]) == 1
    log = json.loads(capsys.readouterr().out)
    results = log["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startColumn"]
            for r in results] == [11, 11]
    assert results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] \
        .endswith("b.txt")


WIRE = """\
Half a million people have fled Mosul, the International Organization for Migration said.
Baquba is about 37 miles northeast of Baghdad.
"""
WEB = """\
More than 500,000 people have fled Mosul, according to the International Organization for
Migration.

Baquba is about 90 km northeast of Baghdad.
"""


@pytest.fixture
def story(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".txt", **{"story/wire": WIRE, "story/web": WEB})
    pytester.makeini("[pytest]\n")
    return pytester


def test_pytest_compare_makes_one_item_per_group(story: pytest.Pytester) -> None:
    """`pytest --factcheck-compare DIR`: an item per group named by its words, the
    disagreeing one failing with every mention shown; no other test is collected."""
    story.makepyfile(test_other="def test_x():\n    assert False\n")
    result = story.runpytest("--factcheck-compare", "story", "-p", "no:randomly")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "*story/wire.txt:2:11: read 'about 37 miles' -> 53.59 to 65.5 km",
        "*Baquba is >>about 37 miles<< northeast of Baghdad.",
        "*story/web.txt:4:11: read 'about 90 km' -> 81 to 99 km",
        "FAILED story::length-baghdad-baquba-northeast*",
    ])
    ids = story.runpytest("--factcheck-compare", "story", "--collect-only", "-q")
    ids.stdout.fnmatch_lines(["story::people-flee-*", "story::length-baghdad-baquba-northeast",
                              "2 tests collected*"])
    narrowed = story.runpytest("--factcheck-compare", "story", "-k", "flee")
    narrowed.assert_outcomes(passed=1, deselected=1)


def test_pytest_compare_runs_under_xdist(story: pytest.Pytester) -> None:
    """Workers group the same articles the same way: the same items, the same outcome."""
    result = story.runpytest("--factcheck-compare", "story", "-n", "2")
    result.assert_outcomes(passed=1, failed=1)


def test_pytest_compare_names_an_unreadable_article(story: pytest.Pytester) -> None:
    """A binary file is a failing item naming it; the other articles are still compared."""
    (story.path / "story" / "photo.txt").write_bytes(b"\x00\xff\xfe\x00")
    result = story.runpytest("--factcheck-compare", "story")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*story/photo.txt*"])


def test_suggest_from_versions_drafts_rules_they_pass(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`factcheck suggest A B C -o rules.yaml`: one fact per quantity two seeds give; it
    lints, and the seeds pass it."""
    out = tmp_path / "story.yaml"
    assert main(["suggest", *map(str, SEEDS), "-o", str(out)]) == 0
    text = out.read_text()
    assert text.count("\n  - id: ") >= 10
    assert "  - id: people-flee-fighting-mosul\n" in text
    assert "# DISAGREE" not in text
    assert main(["lint", str(out)]) == 0
    assert main(["check", "--rules", str(out), "seeds/"]) == 0
    assert capsys.readouterr().out.strip().endswith(" 0 failed")


def test_suggest_writes_a_disagreement_commented_out_with_each_reading(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A disagreeing group is written commented out, one alternative per reading; the file
    lints, and with either alternative uncommented checking the articles fails exactly
    the articles of the other reading."""
    for p in SEEDS:
        text = read_article(p)
        if p.name.startswith("003"):
            text = text.replace("about 37 miles", "about 90 km")
        (tmp_path / p.name).write_text(text)
    out = tmp_path / "story.yaml"
    assert main(["suggest", *sorted(str(p) for p in tmp_path.glob("*.txt")), "-o",
                 str(out)]) == 0
    text = out.read_text()
    assert text.count("# DISAGREE") == 1
    assert main(["lint", str(out)]) == 0
    lines = text.splitlines()
    first = next(i for i, x in enumerate(lines) if x.strip().startswith("# reading 1:"))
    second = next(i for i, x in enumerate(lines) if x.strip().startswith("# reading 2:"))
    end = next((i for i in range(second + 1, len(lines)) if not lines[i].strip()), len(lines))
    def article(i: int) -> str:
        return lines[i].split(": ", 1)[1].rsplit("/", 1)[-1][:3]

    assert {article(first), article(second)} == {"003", "004"}
    for a, b, other in ((first, second, article(second)), (second, end, article(first))):
        picked = [x.replace("# ", "", 1) if a < i < b else x for i, x in enumerate(lines)]
        chosen = tmp_path / "chosen.yaml"
        chosen.write_text("\n".join(picked) + "\n")
        capsys.readouterr()
        assert main(["check", "--rules", str(chosen), str(tmp_path), "--format", "github"]) == 1
        failed = {line.split(",")[0].split("file=", 1)[-1].rsplit("/", 1)[-1][:3]
                  for line in capsys.readouterr().out.splitlines()}
        assert failed == {other}


def test_a_measure_written_exactly_stands_for_what_rounds_to_it() -> None:
    """'38 percent' agrees with '38.1%'; '41 percent' does not."""
    a = "The Harbour Party won 38.1% of the vote in Lorvik, officials said."
    same = _compare({"a.txt": a,
                     "b.txt": "The Harbour Party won 38 percent of the vote in Lorvik."})
    assert [g.agree for g in same] == [True]
    apart = _compare({"a.txt": a,
                      "b.txt": "The Harbour Party won 41 percent of the vote in Lorvik."})
    assert [g.agree for g in apart] == [False]


def test_what_is_not_the_reported_figure_is_not_compared_with_it() -> None:
    """A forecast, a part of a group, what remains and a count in progress never contradict
    the reported figure; a bare number that counts nothing named never contradicts."""
    groups = _compare({
        "a.txt": "Brannock said third-quarter revenue rose to $9.2 billion. "
                 "Gunmen seized 40 people at the embassy in Tovar. "
                 "The Harbour Party won 55% of the vote in Lorvik. "
                 "The river rose 4 at the weir in Tovar, engineers said.",
        "b.txt": "Brannock now expects $9.9 billion in third-quarter revenue. "
                 "Twelve of the people seized at the embassy in Tovar are children. "
                 "At the embassy in Tovar, 31 people still held by gunmen who seized them. "
                 "With 30% of ballots counted, the Harbour Party won 49% of the vote in Lorvik. "
                 "The river rose 7 at the weir in Tovar, engineers said.",
    })
    assert [g.id for g in groups if not g.agree] == []
    assert not any(r.text == "$9.2 billion" for g in groups for r in g.readings)


def test_a_year_is_compared_only_where_it_dates_an_event_both_name() -> None:
    """'the 2003 invasion' and 'the 2004 invasion' disagree; a year that dates nothing
    named ('In 2003 the war began') is not compared."""
    dated = _compare({"a.txt": "Since the 2003 invasion of Iraq, officials in Baghdad said.",
                      "b.txt": "Since the 2004 invasion of Iraq, officials in Baghdad said."})
    assert [(g.counts, g.agree) for g in dated] == [("year", False)]
    plain = _compare({"a.txt": "In 2003 the war began in Iraq.",
                      "b.txt": "In 2004 the war began in Iraq."})
    assert plain == []


def test_groups_and_ids_do_not_depend_on_the_hash_seed() -> None:
    """Two runs with different string hashing give the same groups, ids and verdicts (node
    ids of `--factcheck-compare` items and xdist workers depend on it)."""
    import os
    import subprocess
    import sys

    outs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-m", "factcheck.cli", "compare", "seeds/",
                               "--all", "--format", "json"], capture_output=True, text=True,
                              env=env, check=False)
        assert done.returncode == 0, done.stderr
        outs.append(json.loads(done.stdout))
    assert outs[0] == outs[1]


def test_pytest_compare_needs_a_folder_of_two_articles(pytester: pytest.Pytester) -> None:
    """A folder that does not exist is a usage error; one with a single article is a failing
    item that says so."""
    pytester.makeini("[pytest]\n")
    missing = pytester.runpytest("--factcheck-compare", "nowhere")
    assert missing.ret == pytest.ExitCode.USAGE_ERROR
    missing.stderr.fnmatch_lines(["*--factcheck-compare nowhere: no such file or folder*"])
    pytester.makefile(".txt", **{"alone/wire": WIRE})
    alone = pytester.runpytest("--factcheck-compare", "alone")
    alone.assert_outcomes(failed=1)
    alone.stdout.fnmatch_lines(["*alone: needs at least two readable articles to compare, "
                                "found 1*"])
