"""Checking generated text against the rules, in a project's own test suite.

    .venv/bin/pytest examples/test_summaries.py

`summarize` stands in for the call to your summarizer or LLM; the `factcheck` fixture holds
the rules of rules/ (or --factcheck-rules) and fails a test listing every contradiction.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))


def summarize(article: str) -> str:
    """A lead-three summary: the first three sentences of the article's longest paragraphs."""
    paragraphs = sorted((p for p in article.split("\n") if len(p) > 80), key=len, reverse=True)
    return " ".join(re.split(r"(?<=[.!?])\s+", " ".join(paragraphs))[:3])


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_summary_keeps_the_facts(factcheck, seed: Path) -> None:
    summary = summarize(seed.read_text(encoding="utf-8"))
    factcheck.assert_consistent(summary, name=f"summary of {seed.name}")


def test_a_wrong_summary_is_caught(factcheck) -> None:
    """What a failure looks like: the summary says 50,000 where the wire says 500,000."""
    summary = "Some 50,000 people have fled Mosul, the IOM said."
    bad = factcheck.contradictions(summary)
    assert [v.fact.id for v in bad] == ["mosul-displaced"]
