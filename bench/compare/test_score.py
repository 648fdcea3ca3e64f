"""Tests of the benchmark's scorer, against a hand-written report (hand-report.json).

Run: python -m pytest bench/compare/test_score.py -p no:randomly
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels.json"
HAND = HERE / "hand-report.json"

_spec = importlib.util.spec_from_file_location("compare_score", HERE / "score.py")
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
sys.modules["compare_score"] = score  # dataclasses look their module up
_spec.loader.exec_module(score)


def labels() -> dict[str, Any]:
    return json.loads(LABELS.read_text(encoding="utf-8"))


def one_group(*mentions: tuple[str, int, int, str], agree: bool = False) -> dict[str, Any]:
    return {"groups": [{"what": "x", "agree": agree, "mentions": [
        {"article": a, "line": line, "column": col, "text": t, "low": None, "high": None,
         "unit": ""} for a, line, col, t in mentions]}]}


def run(report: dict[str, Any]) -> tuple[int, int, int]:
    found, total, false, _ = score.score(labels(), report, HERE)
    return found, total, false


def test_hand_report_scores_two_found_two_false() -> None:
    out = subprocess.run([sys.executable, str(HERE / "score.py"), str(LABELS), str(HAND), "-v"],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    total = sum(len(b["disagreements"]) for b in labels()["stories"].values())
    assert out[0] == f"disagreements found 2/{total}, false disagreements 2"
    assert "  found  consulate-siege: people taken hostage at the consulate" in out
    assert "  found  kessarine-flood: people displaced by the Kessarine floods" in out
    assert "  missed orvane-results: Orvane revenue in the third quarter" in out
    assert "  missed qarsin-exodus: distance refugees walked from Qarsin city to the border" in out


def test_planted_mentions_alone_find_nothing() -> None:
    # the two '84's of one article disagree with nothing: they are the same side
    report = one_group(("consulate-siege/outlet.md", 1, 20, "84"),
                       ("consulate-siege/outlet.md", 6, 1, "84"))
    assert run(report)[0::2] == (0, 1)


def test_planted_number_beside_another_quantity_is_false() -> None:
    # 84 hostages against 'about 30' gunmen is not the labelled disagreement
    report = one_group(("consulate-siege/outlet.md", 6, 1, "84"),
                       ("consulate-siege/wire.txt", 7, 16, "about 30"))
    assert run(report)[0::2] == (0, 1)


def test_agreeing_groups_are_not_scored() -> None:
    report = one_group(("consulate-siege/outlet.md", 6, 1, "84"),
                       ("consulate-siege/wire.txt", 4, 63, "48"), agree=True)
    assert run(report)[0::2] == (0, 0)


@pytest.mark.parametrize("column, text", [(63, "48"), (62, "48"), (63, "48 people"),
                                          (1, "48")])
def test_mention_is_placed_by_its_text_on_its_line(column: int, text: str) -> None:
    # 1- or 0-based columns, a text with its noun, a column that is off: all on line 4
    report = one_group(("consulate-siege/outlet.md", 6, 1, "84"),
                       ("/abs/bench/compare/consulate-siege/wire.txt", 4, column, text))
    assert run(report)[0::2] == (1, 0)


def test_mention_on_the_wrong_line_does_not_match() -> None:
    report = one_group(("consulate-siege/outlet.md", 7, 1, "84"),
                       ("consulate-siege/wire.txt", 4, 63, "48"))
    assert run(report)[0::2] == (0, 1)


def test_unknown_articles_make_a_false_disagreement() -> None:
    report = one_group(("seeds/000.txt", 3, 1, "84"), ("seeds/001.txt", 3, 1, "48"))
    assert run(report)[0::2] == (0, 1)


def test_labels_of_the_benchmark_check_out() -> None:
    assert score.check_labels(labels(), score.Articles(HERE)) == []


def test_check_finds_a_span_missing_from_its_article() -> None:
    bad = copy.deepcopy(labels())
    q = bad["stories"]["consulate-siege"]["quantities"][0]
    q["mentions"][0]["text"] = "49"
    problems = score.check_labels(bad, score.Articles(HERE))
    assert problems == ["consulate-siege: '49' not found in consulate-siege/wire.txt"]


def test_check_wants_a_line_for_a_repeated_span() -> None:
    bad = copy.deepcopy(labels())
    q = bad["stories"]["consulate-siege"]["quantities"][0]
    del q["mentions"][1]["line"]
    problems = score.check_labels(bad, score.Articles(HERE))
    assert problems == ["consulate-siege: 'forty-eight' occurs 2 times in "
                        "consulate-siege/web.md; give a line"]


def test_not_a_report_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "c.json"
    bad.write_text('[{"what": 1}]', encoding="utf-8")
    proc = subprocess.run([sys.executable, str(HERE / "score.py"), str(LABELS), str(bad)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"{bad}: not a compare report (no 'groups' list)"


def synthetic(tmp_path: Path) -> dict[str, Any]:
    """A one-story benchmark in tmp_path: a.txt says 48 then 84, b.html says forty-eight."""
    (tmp_path / "s").mkdir(exist_ok=True)
    (tmp_path / "s" / "a.txt").write_text("Gunmen took 48 hostages.\nLater: 84 hostages.\n",
                                          encoding="utf-8")
    (tmp_path / "s" / "b.html").write_text("<p>They hold\nforty&#8209;eight people.</p>\n",
                                           encoding="utf-8")
    return {"version": 1, "stories": {"s": {
        "quantities": [{"quantity": "hostages", "agree": False, "mentions": [
            {"article": "s/a.txt", "text": "48"}, {"article": "s/a.txt", "text": "84"},
            {"article": "s/b.html", "text": "forty&#8209;eight"}]}],
        "disagreements": [{"quantity": "hostages", "note": "",
                           "planted": [{"article": "s/a.txt", "text": "84"}]}]}}}


def test_both_sides_in_one_article_are_not_enough(tmp_path: Path) -> None:
    # a report may only pair the planted number with another article's reading
    report = one_group(("s/a.txt", 1, 13, "48"), ("s/a.txt", 2, 8, "84"))
    assert score.check_labels(synthetic(tmp_path), score.Articles(tmp_path)) == []
    assert score.score(synthetic(tmp_path), report, tmp_path)[0::2] == (0, 1)


def test_text_read_differently_from_the_file_matches_its_line(tmp_path: Path) -> None:
    # an entity decoded by the reader: the text is not in the file, the line still counts
    report = one_group(("s/a.txt", 2, 8, "84"), ("s/b.html", 2, 1, "forty\u2011eight"))
    assert score.score(synthetic(tmp_path), report, tmp_path)[0::2] == (1, 0)


def test_readme_records_the_labels_as_labelled() -> None:
    # the labels are fixed before any run; changing them means saying so in the README
    digest = hashlib.sha256(LABELS.read_bytes()).hexdigest()
    assert f"`{digest}`" in (HERE / "README.md").read_text(encoding="utf-8")


def test_reports_of_one_run_per_story_are_pooled(tmp_path: Path) -> None:
    groups = json.loads(HAND.read_text(encoding="utf-8"))["groups"]
    paths = []
    for i, group in enumerate(groups):
        paths.append(tmp_path / f"r{i}.json")
        paths[-1].write_text(json.dumps({"groups": [group]}), encoding="utf-8")
    command = [sys.executable, str(HERE / "score.py"), str(LABELS)] + [str(p) for p in paths]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()
    total = sum(len(b["disagreements"]) for b in labels()["stories"].values())
    assert out == [f"disagreements found 2/{total}, false disagreements 2"]


def test_stories_are_listed_for_one_run_each() -> None:
    out = subprocess.run([sys.executable, str(HERE / "score.py"), "--stories", str(LABELS)],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == list(labels()["stories"])
    assert all((HERE / story / "wire.txt").is_file() for story in out)
