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


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_explain_agrees_with_check(case: Path) -> None:
    """`factcheck explain` reports exactly the mentions the check makes, sentence by sentence
    (it is how a user finds out why a sentence was or was not taken)."""
    from factcheck.engine import explain_document
    from factcheck.text import document

    facts = factcheck.load_rules(case / "rules.yaml")
    (article,) = [p for p in case.iterdir() if p.stem == "article"]
    checked = {(v.fact.id, m.line, m.text) for v in factcheck.check_file(article, facts)
               for m in v.mentions}
    doc = document(article.read_text(encoding="utf-8"), article.suffix)
    explained = {(e.fact.id, e.mention.line, e.mention.text)
                 for e in explain_document(doc, facts) if e.mention is not None}
    assert explained == checked


@pytest.mark.parametrize(("sentence", "taken"), [
    ("The assault, led by some 500 fighters, began at dawn.", "some 500"),
    ("The attack was beaten back by 480 militants.", "480"),
    ("The assault was won by 30, and 500 fighters joined the attack.", "500"),
])
def test_a_margin_is_no_count_but_an_agent_is(sentence: str, taken: str) -> None:
    """'won by 30 votes' is a margin; 'led by 500 fighters' names who did it: their count."""
    facts = factcheck.load_string("facts:\n  - id: fighters\n    value: 500\n"
                                  "    keywords: [attack, assault]\n"
                                  "    nouns: [fighters, militants]\n", "r.yaml")
    (v,) = factcheck.check_text(sentence, facts)
    assert [m.text for m in v.mentions] == [taken]
