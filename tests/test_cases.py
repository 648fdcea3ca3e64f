"""The engine without pytest, on cases kept as data: tests/cases/<name>/{rules.yaml,
article.*, expected.json}. expected.json: fact id -> verdict and [line, text, consistent]."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factcheck

CASES = sorted(p for p in (Path(__file__).parent / "cases").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Path) -> None:
    """Each case's article gets exactly the verdicts and mentions its expected.json lists."""
    facts = factcheck.load_rules(case / "rules.yaml")
    (article,) = [p for p in case.iterdir() if p.stem == "article"]
    got = {v.fact.id: {"verdict": v.verdict,
                       "mentions": [[m.line, m.text, m.consistent] for m in v.mentions]}
           for v in factcheck.check_file(article, facts)}
    assert got == json.loads((case / "expected.json").read_text())
