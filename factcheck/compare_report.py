"""Groups of compared amounts -> what a person or a CI reads (text, JSON, GitHub
annotations, SARIF), and the `factcheck compare` command. Decides nothing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .compare import Group, Reading, compare, readings_agreeing
from .errors import ArticleError
from .quantities import DEFAULT_APPROX
from .text import Document, document, read_article

SENTENCE_WIDTH = 240
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULE_ID = "versions-disagree"


def _num(x: float) -> str:
    if abs(x) >= 1e6 and float(x / 1e6).is_integer():
        return f"{x / 1e6:,.0f} million"
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.4g}" if abs(x) < 1e4 else f"{x:,.0f}"


def _shown(low: float | None, high: float | None, unit: str) -> tuple[float | None,
                                                                       float | None, str]:
    """Metres as km and seconds as minutes where they read better."""
    biggest = max(abs(x) for x in (low, high) if x is not None) if (low, high) != (None, None) \
        else 0.0
    for base, big, factor in (("metre", "km", 1000.0), ("second", "minutes", 60.0)):
        if unit == base and biggest >= factor:
            return (None if low is None else low / factor,
                    None if high is None else high / factor, big)
    return low, high, unit


def describe(r: Reading) -> str:
    """What was read: '450,000 to 550,000 people', 'more than 500,000 people'."""
    low, high, unit = _shown(r.low, r.high, r.unit)
    u = f" {unit}" if unit else ""
    if low is not None and high is not None:
        return f"{_num(low)}{u}" if low == high else f"{_num(low)} to {_num(high)}{u}"
    if low is not None:
        return f"{_num(low)}{u} or more"
    if high is not None:
        return f"{_num(high)}{u} or less"
    return "any amount"


def marked(r: Reading) -> str:
    """The sentence with the amount marked, cut to fit a line."""
    before, number, after = r.sentence[:r.start], r.sentence[r.start:r.end], r.sentence[r.end:]
    room = max(40, (SENTENCE_WIDTH - len(number)) // 2)
    if len(before) > room:
        before = "..." + before[-room:]
    if len(after) > room:
        after = after[:room] + "..."
    return f"{before}>>{number}<<{after}"


def format_group(g: Group) -> str:
    """Every mention of the group, by the readings that can be true together."""
    verb = "agree" if g.agree else "DISAGREE"
    head = f"{g.id}: {len(g.articles)} articles {verb} on {g.counts} ({', '.join(g.words)})"
    lines = [head]
    sides = readings_agreeing(g)
    for i, side in enumerate(sides):
        if len(sides) > 1:
            lines.append(f"  reading {i + 1} of {len(sides)}:")
        for r in side:
            lines.append(f"    {r.article}:{r.line}:{r.column}: read {r.text!r} -> {describe(r)}")
            lines.append(f"        {marked(r)}")
    return "\n".join(lines)


def _bound(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 1e15 else float(f"{x:.10g}")


def group_json(g: Group) -> dict[str, Any]:
    return {
        "id": g.id,
        "counts": g.counts,
        "words": list(g.words),
        "agree": g.agree,
        "articles": g.articles,
        "mentions": [{"article": r.article, "line": r.line, "column": r.column,
                      "sentence": r.sentence, "text": r.text, "low": _bound(r.low),
                      "high": _bound(r.high), "unit": r.unit} for r in g.readings],
    }


def report_json(groups: Sequence[Group], articles: int, show_all: bool) -> dict[str, Any]:
    bad = sum(1 for g in groups if not g.agree)
    return {"version": 1, "articles": articles,
            "summary": {"groups": len(groups), "disagree": bad, "agree": len(groups) - bad},
            "groups": [group_json(g) for g in groups if show_all or not g.agree]}


def github(groups: Sequence[Group]) -> list[str]:
    out = []
    for g in groups:
        if g.agree:
            continue
        for r in g.readings:
            others = "; ".join(f"{o.article}:{o.line} reads {o.text!r}" for o in g.readings
                               if o.article != r.article)
            out.append(f"::error file={r.article},line={r.line},col={r.column},"
                       f"title=factcheck compare {g.id}::read {r.text!r} ({describe(r)}); "
                       f"{others}")
    return out


def sarif(groups: Sequence[Group], version: str = "") -> dict[str, Any]:
    """A SARIF 2.1.0 log: one result per mention of a disagreeing group, at the number,
    with the group's other mentions as related locations."""
    def loc(r: Reading) -> dict[str, Any]:
        return {"physicalLocation": {
            "artifactLocation": {"uri": r.article},
            "region": {"startLine": r.line, "startColumn": r.column,
                       "endLine": r.line, "endColumn": r.column + len(r.text),
                       "snippet": {"text": r.sentence}}}}

    results: list[dict[str, Any]] = []
    for g in groups:
        if g.agree:
            continue
        for r in g.readings:
            related = [dict(loc(o), id=i, message={"text": f"reads {o.text!r} ({describe(o)})"})
                       for i, o in enumerate(g.readings) if o is not r]
            results.append({
                "ruleId": RULE_ID, "ruleIndex": 0, "level": "error",
                "message": {"text": f"{g.id}: read {r.text!r} ({describe(r)}); other versions "
                                    f"of the story give amounts it does not meet"},
                "locations": [loc(r)], "relatedLocations": related,
                "partialFingerprints": {"group": g.id},
            })
    driver: dict[str, Any] = {"name": "factcheck", "rules": [{
        "id": RULE_ID,
        "shortDescription": {"text": "Versions of a story give amounts that cannot all be true"},
        "defaultConfiguration": {"level": "error"}}]}
    if version:
        driver["version"] = version
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0",
            "runs": [{"tool": {"driver": driver}, "results": results,
                      "columnKind": "unicodeCodePoints"}]}


def read_articles(paths: Sequence[Path]) -> tuple[list[tuple[str, Document]], list[str]]:
    """The articles that can be read, and a message for each that cannot."""
    docs: list[tuple[str, Document]] = []
    errors: list[str] = []
    for p in paths:
        try:
            docs.append((p.as_posix(), document(read_article(p), p.suffix)))
        except ArticleError as exc:
            errors.append(str(exc))
    return docs, errors


def run(args: argparse.Namespace, articles: Sequence[Path], version: str = "") -> int:
    """`factcheck compare`: exit 1 on a disagreement, 0 on none, 2 on bad input."""
    docs, errors = read_articles(articles)
    for e in errors:
        print(e, file=sys.stderr)
    if len(docs) < 2:
        print(f"factcheck compare: needs at least two articles to compare, got {len(docs)}",
              file=sys.stderr)
        return 2
    groups = compare(docs, DEFAULT_APPROX)
    bad = [g for g in groups if not g.agree]
    if args.format == "json":
        json.dump(report_json(groups, len(docs), args.all), sys.stdout, indent=2,
                  ensure_ascii=False)
        print()
    elif args.format == "sarif":
        json.dump(sarif(groups, version), sys.stdout, indent=2, ensure_ascii=False)
        print()
    elif args.format == "github":
        for line in github(groups):
            print(line)
    else:
        for g in groups:
            if args.all or not g.agree:
                print(format_group(g), end="\n\n")
        print(f"{len(groups)} groups of amounts across {len(docs)} articles: "
              f"{len(bad)} disagree, {len(groups) - len(bad)} agree")
    if errors:
        return 2
    return 1 if bad else 0


def add_parser(sub: Any) -> argparse.ArgumentParser:
    c: argparse.ArgumentParser = sub.add_parser(
        "compare", help="compare the amounts of versions of a story; exit 1 where they disagree")
    c.add_argument("paths", nargs="+", help="articles or folders (at least two articles)")
    c.add_argument("--format", choices=("text", "json", "github", "sarif"), default="text")
    c.add_argument("--all", action="store_true", help="list the groups that agree too")
    return c
