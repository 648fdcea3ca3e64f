"""Verdicts -> the failure text a person reads, and the JSON report. Decides nothing."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .rules import Fact, describe_interval, describe_reading
from .verdict import CONTRADICTION, MISSING, Mention, Verdict

MARK_OPEN, MARK_CLOSE = ">>", "<<"
SENTENCE_WIDTH = 240


def marked_sentence(m: Mention, source_text: str | None = None) -> str:
    """The sentence with the number marked: `... have >>fled 500,000<< ...`, cut to fit."""
    s = m.sentence
    text = source_text[s.start:s.end] if source_text is not None else None
    if text is None:
        return s.text
    a, b = m.quantity.start - s.start, m.quantity.end - s.start
    before = " ".join(text[:a].split())
    number = " ".join(text[a:b].split())
    after = " ".join(text[b:].split())
    sp_b = " " if text[:a][-1:].isspace() else ""
    sp_a = " " if text[b:][:1].isspace() else ""
    room = max(40, (SENTENCE_WIDTH - len(number)) // 2)
    if len(before) > room:
        before = "..." + before[-room:]
    if len(after) > room:
        after = after[:room] + "..."
    return f"{before}{sp_b}{MARK_OPEN}{number}{MARK_CLOSE}{sp_a}{after}".strip()


def describe_fact(fact: Fact) -> str:
    what = fact.value_text or fact.describe()
    if fact.kind == "count" and fact.noun and fact.value_text and fact.noun not in what:
        what = f"{what} {fact.noun}"
    out = what
    if fact.tolerance:
        out += f" (tolerance {fact.tolerance})"
    interval = fact.describe()
    if interval != what:
        out += f", so {interval}"
    return out


def describe_mention(m: Mention, fact: Fact) -> str:
    q = m.quantity
    shown = describe_reading(m.low, m.high, fact)
    native = ""
    if q.unit and q.unit != fact.unit and fact.kind not in ("count", "year"):
        native = f" (as written: {describe_interval(q.low, q.high, q.unit, q.kind)})"
    return f"{m.text!r} -> {shown}{native}   [{q.kind}]"


def format_failure(article: str, verdict: Verdict, source_text: str | None = None) -> str:
    """The text of a failing item: every bad mention with its place, sentence and numbers."""
    fact = verdict.fact
    lines: list[str] = []
    if verdict.verdict == MISSING:
        lines.append(f"{article}: required fact '{fact.id}' is never mentioned")
        lines.append(f"  fact:     {describe_fact(fact)}   ({fact.source})")
        if fact.claim:
            lines.append(f"  claim:    {fact.claim}")
        kws = ", ".join(t.text for t in fact.keywords)
        lines.append(f"  keywords: {kws}")
        return "\n".join(lines)
    bad = verdict.contradictions
    n = len(bad)
    lines.append(f"{n} contradiction{'s' if n != 1 else ''} of '{fact.id}' in {article}")
    for m in bad:
        lines.append("")
        lines.append(f"{article}:{m.line}:{m.column}: contradicts {fact.id}")
        lines.append(f"  sentence: {marked_sentence(m, source_text)}")
        lines.append(f"  read:     {describe_mention(m, fact)}")
        lines.append(f"  fact:     {describe_fact(fact)}   ({fact.source})")
        if fact.claim:
            lines.append(f"  claim:    {fact.claim}")
    ok = [m for m in verdict.mentions if m.consistent]
    if ok:
        lines.append("")
        lines.append("consistent mentions: " + ", ".join(f"line {m.line} {m.text!r}" for m in ok))
    return "\n".join(lines)


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else round(x, 6)


def verdict_json(article: str, verdict: Verdict) -> dict[str, Any]:
    """One result entry of the JSON report (SPEC §5)."""
    fact = verdict.fact
    return {
        "article": article,
        "fact": fact.id,
        "verdict": verdict.verdict,
        "rule": str(fact.source),
        "mentions": [
            {
                "line": m.line,
                "column": m.column,
                "sentence": m.sentence.text,
                "text": m.text,
                "low": _num(m.low),
                "high": _num(m.high),
                "unit": fact.unit_label,
                "consistent": m.consistent,
            }
            for m in verdict.mentions
        ],
    }


def write_json(path: str | os.PathLike[str], results: Iterable[dict[str, Any]]) -> None:
    """Write the report atomically (a temporary file renamed over the target)."""
    items = sorted(results, key=lambda r: (r["article"], r["fact"]))
    text = json.dumps({"version": 1, "results": items}, indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, text, ".json")


def write_atomically(path: str | os.PathLike[str], text: str, suffix: str,
                     mode: int | None = None) -> None:
    """Write text to a temporary file beside the target, then rename it over the target:
    a reader never sees half a report. `mode`: the file's permissions, if not mkstemp's."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".factcheck-", suffix=suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def is_failure(verdict: Verdict) -> bool:
    return verdict.verdict in (CONTRADICTION, MISSING)


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def sarif(checked: Iterable[tuple[str, Verdict]], facts: Iterable[Fact],
          version: str = "") -> dict[str, Any]:
    """A SARIF 2.1.0 log of the failures, for code scanning: one result per contradicting
    mention (at the number) and per missing required fact (at the article)."""
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for fact in facts:
        index[fact.id] = len(rules)
        rule: dict[str, Any] = {
            "id": fact.id,
            "shortDescription": {"text": fact.claim or f"{fact.id}: {fact.describe()}"},
            "fullDescription": {"text": f"The fact says {describe_fact(fact)}; "
                                        f"defined at {fact.source}."},
            "defaultConfiguration": {"level": "error"},
            "properties": {"source": str(fact.source)},
        }
        rules.append(rule)
    results: list[dict[str, Any]] = []
    for article, v in checked:
        fact = v.fact
        if v.verdict == MISSING:
            results.append({
                "ruleId": fact.id, "ruleIndex": index.get(fact.id, -1), "level": "error",
                "message": {"text": f"required fact '{fact.id}' is never mentioned; the fact "
                                    f"says {describe_fact(fact)}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": article},
                                                    "region": {"startLine": 1}}}],
            })
            continue
        for m in v.contradictions:
            end_line, end_col = m.line, m.column + len(m.quantity.text)
            if "\n" in m.quantity.text:
                end_line, end_col = m.line, m.column + 1
            results.append({
                "ruleId": fact.id, "ruleIndex": index.get(fact.id, -1), "level": "error",
                "message": {"text": f"read {describe_mention(m, fact)}; the fact says "
                                    f"{describe_fact(fact)} ({fact.source})"},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": article},
                    "region": {"startLine": m.line, "startColumn": m.column,
                               "endLine": end_line, "endColumn": end_col,
                               "snippet": {"text": m.sentence.text}},
                }}],
                "relatedLocations": [{"id": 0, "message": {"text": "the rule"},
                                      "physicalLocation": {
                                          "artifactLocation": {"uri": fact.source.path},
                                          "region": {"startLine": fact.source.line}}}],
            })
    driver: dict[str, Any] = {"name": "factcheck", "rules": rules}
    if version:
        driver["version"] = version
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0",
            "runs": [{"tool": {"driver": driver}, "results": results,
                      "columnKind": "unicodeCodePoints"}]}
