"""The factcheck command: check without pytest, lint rule files."""

from __future__ import annotations

import json

import pytest

from factcheck.cli import main


def test_check_passes_on_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    """The shipped seeds are consistent with the shipped rules: exit 0."""
    assert main(["check", "seeds/"]) == 0
    assert capsys.readouterr().out.strip().endswith("checks, 0 failed")


def test_check_fails_on_the_example_with_github_annotations(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The planted errors exit 1, each as a workflow annotation at its line."""
    assert main(["check", "examples/", "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert "::error file=examples/draft-with-errors.md,line=5,col=1,title=factcheck " \
           "mosul-displaced::" in out


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints the report of SPEC §5."""
    main(["check", "examples/", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    verdicts = {r["fact"]: r["verdict"] for r in data["results"]}
    assert verdicts["baiji-distance"] == "contradiction"
    assert verdicts["consulate-hostages"] == "consistent"


def test_lint_reports_each_problem(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """lint exits 1 and prints file:line:column for a broken file."""
    bad = tmp_path / "r.yaml"
    bad.write_text("facts:\n  - id: a\n    value: 3\n    keywrods: [x]\n")
    assert main(["lint", str(bad)]) == 1
    assert "r.yaml:4:5: unknown key 'keywrods' (did you mean 'keywords'?)" in \
        capsys.readouterr().out
    assert main(["lint"]) == 0
