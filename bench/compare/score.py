"""Score a `factcheck compare --format json` report against the hand labels of this benchmark.

Usage:
    python bench/compare/score.py bench/compare/labels.json REPORT.json [REPORT.json ...] [-v]
    python bench/compare/score.py --check bench/compare/labels.json
    python bench/compare/score.py --stories bench/compare/labels.json   # one story a line

Standard library only. The report is assumed to have this shape (issue 16):

    {"groups": [{"what": str, "agree": bool,
                 "mentions": [{"article": str, "line": int, "column": int, "text": str,
                               "low": float | null, "high": float | null, "unit": str}]}]}

`line` is 1-based; `column` is taken as 1-based, but the scorer looks for `text` on that line
and takes the occurrence nearest the column, so a 0-based column scores the same. `article`
may be any path that ends with the label's `story/file` (relative, absolute, under
`bench/compare/`). Several reports (one run per story) are scored as one: their groups are
pooled.

labels.json (written by hand, before any run):

    {"version": 1,
     "stories": {"<story>": {
        "quantities": [{"quantity": str, "agree": bool,
                        "mentions": [{"article": "<story>/<file>", "text": str,
                                      "line": int (only where `text` occurs more than once
                                                   in the file)}]}],
        "disagreements": [{"quantity": str (a quantity above), "note": str,
                           "planted": [mention, ...] (the mentions carrying the planted
                                                      number)}]}}}

A labelled disagreement is FOUND when some reported group with "agree": false holds a mention
that overlaps one of its planted spans and a mention, from another article, that overlaps a
span of the same quantity that is not planted. A reported disagreeing group that finds no
labelled disagreement is a FALSE disagreement. Output:

    disagreements found A/B, false disagreements N
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Span:
    """A stretch of one article's file: [start, end) in characters, and its 1-based line."""

    article: str
    start: int
    end: int
    line: int

    def overlaps(self, other: Span) -> bool:
        return (self.article == other.article and self.start < other.end
                and other.start < self.end)


class Articles:
    """The benchmark's article files, read once, with a line index."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._text: dict[str, str] = {}
        self._starts: dict[str, list[int]] = {}

    def text(self, article: str) -> str:
        if article not in self._text:
            path = self.root / article
            self._text[article] = path.read_text(encoding="utf-8")
            starts = [0]
            for i, ch in enumerate(self._text[article]):
                if ch == "\n":
                    starts.append(i + 1)
            self._starts[article] = starts
        return self._text[article]

    def line_of(self, article: str, offset: int) -> int:
        self.text(article)
        starts = self._starts[article]
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    def line_bounds(self, article: str, line: int) -> tuple[int, int] | None:
        text = self.text(article)
        starts = self._starts[article]
        if not 1 <= line <= len(starts):
            return None
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(text)
        return start, end

    def occurrences(self, article: str, needle: str) -> list[Span]:
        text = self.text(article)
        found: list[Span] = []
        at = text.find(needle)
        while at >= 0 and needle:
            found.append(Span(article, at, at + len(needle), self.line_of(article, at)))
            at = text.find(needle, at + 1)
        return found


def label_spans(articles: Articles, mention: dict[str, Any]) -> list[Span]:
    """Where a labelled mention sits: every occurrence of its text, or those on its line."""
    spans = articles.occurrences(mention["article"], mention["text"])
    if "line" in mention:
        spans = [s for s in spans if s.line == mention["line"]]
    return spans


def check_labels(labels: dict[str, Any], articles: Articles) -> list[str]:
    """Every problem with the labels themselves, as 'story: message' lines."""
    problems: list[str] = []
    for story, body in labels["stories"].items():
        names = set()
        for q in body["quantities"]:
            names.add(q["quantity"])
            arts = {m["article"] for m in q["mentions"]}
            if len(arts) < 2:
                problems.append(f"{story}: {q['quantity']!r} is stated in fewer than 2 versions")
            for m in q["mentions"]:
                if not m["article"].startswith(story + "/"):
                    problems.append(f"{story}: {m['article']} is not in the story's folder")
                    continue
                if not (articles.root / m["article"]).is_file():
                    problems.append(f"{story}: no file {m['article']}")
                    continue
                every = articles.occurrences(m["article"], m["text"])
                spans = label_spans(articles, m)
                where = f"{m['article']}" + (f":{m['line']}" if "line" in m else "")
                if not spans:
                    problems.append(f"{story}: {m['text']!r} not found in {where}")
                elif len(spans) > 1:
                    problems.append(f"{story}: {m['text']!r} occurs {len(spans)} times in "
                                    f"{where}; give a line")
                elif len(every) > 1 and "line" not in m:
                    problems.append(f"{story}: {m['text']!r} occurs more than once in "
                                    f"{m['article']}; give a line")
        planted_names = set()
        for d in body["disagreements"]:
            planted_names.add(d["quantity"])
            q = next((q for q in body["quantities"] if q["quantity"] == d["quantity"]), None)
            if q is None:
                problems.append(f"{story}: disagreement on unknown quantity {d['quantity']!r}")
                continue
            for p in d["planted"]:
                if p not in q["mentions"]:
                    problems.append(f"{story}: planted {p} is not a mention of {q['quantity']!r}")
        for q in body["quantities"]:
            if q["agree"] == (q["quantity"] in planted_names):
                problems.append(f"{story}: {q['quantity']!r} agree={q['agree']} but it is "
                                f"{'' if q['quantity'] in planted_names else 'not '}planted")
        if len(names) != len(body["quantities"]):
            problems.append(f"{story}: two quantities share a name")
    return problems


def label_article(report_article: str, known: set[str]) -> str | None:
    """The label's 'story/file' a reported article path stands for, if any."""
    path = report_article.replace("\\", "/")
    for name in known:
        if path == name or path.endswith("/" + name):
            return name
    return None


def report_span(articles: Articles, known: set[str], m: dict[str, Any]) -> Span | None:
    """Where a reported mention sits in the article file, or None if it cannot be placed."""
    article = label_article(str(m.get("article", "")), known)
    text = str(m.get("text", ""))
    line = m.get("line")
    if article is None or not text or not isinstance(line, int):
        return None
    bounds = articles.line_bounds(article, line)
    if bounds is None:
        return None
    start, end = bounds
    body = articles.text(article)[start:end]
    column = m.get("column")
    want = (column - 1) if isinstance(column, int) else 0
    best: int | None = None
    at = body.find(text)
    while at >= 0:
        if best is None or abs(at - want) < abs(best - want):
            best = at
        at = body.find(text, at + 1)
    if best is None:  # the text as read differs from the file (entities, markup)
        return Span(article, start, end, line)  # stand for the whole line
    return Span(article, start + best, start + best + len(text), line)


def score(labels: dict[str, Any], report: dict[str, Any], root: Path,
          verbose: bool = False) -> tuple[int, int, int, list[str]]:
    """(found, labelled, false, detail lines)."""
    articles = Articles(root)
    known = {m["article"] for body in labels["stories"].values()
             for q in body["quantities"] for m in q["mentions"]}
    detail: list[str] = []
    targets = []  # (name, planted spans, other spans)
    for story, body in labels["stories"].items():
        for d in body["disagreements"]:
            q = next(q for q in body["quantities"] if q["quantity"] == d["quantity"])
            planted = [s for p in d["planted"] for s in label_spans(articles, p)]
            others = [s for m in q["mentions"] if m not in d["planted"]
                      for s in label_spans(articles, m)]
            targets.append((f"{story}: {d['quantity']}", planted, others))
    found: set[str] = set()
    false = 0
    for group in report.get("groups", []):
        if group.get("agree", True):
            continue
        spans = [s for s in (report_span(articles, known, m)
                             for m in group.get("mentions", [])) if s is not None]
        hits = []
        for name, planted, others in targets:
            odd = [s for s in spans if any(s.overlaps(p) for p in planted)]
            rest = [s for s in spans if any(s.overlaps(o) for o in others)]
            if any(a.article != b.article for a in odd for b in rest):
                hits.append(name)
        if hits:
            found.update(hits)
        else:
            false += 1
            what = group.get("what", group.get("id", "?"))
            detail.append(f"false disagreement: {what!r} " + ", ".join(
                f"{m.get('article')}:{m.get('line')} {m.get('text')!r}"
                for m in group.get("mentions", [])))
    for name, _, _ in targets:
        detail.append(f"{'found ' if name in found else 'missed'} {name}")
    return len(found), len(targets), false, detail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("labels", type=Path)
    parser.add_argument("reports", type=Path, nargs="*", metavar="report")
    parser.add_argument("--check", action="store_true", help="only check the labels")
    parser.add_argument("--stories", action="store_true", help="only list the stories")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each finding")
    args = parser.parse_args(argv)
    try:
        labels = json.loads(args.labels.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"{args.labels}: cannot read labels: {exc}", file=sys.stderr)
        return 2
    root = args.labels.parent
    if args.stories:
        print("\n".join(labels["stories"]))
        return 0
    if args.check:
        problems = check_labels(labels, Articles(root))
        for p in problems:
            print(p)
        if not problems:
            n = sum(len(b["quantities"]) for b in labels["stories"].values())
            d = sum(len(b["disagreements"]) for b in labels["stories"].values())
            print(f"labels ok: {len(labels['stories'])} stories, {n} quantities, "
                  f"{d} planted disagreements")
        return 1 if problems else 0
    if not args.reports:
        parser.error("a report is needed unless --check")
    report: dict[str, Any] = {"groups": []}
    for path in args.reports:
        try:
            one = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"{path}: cannot read report: {exc}", file=sys.stderr)
            return 2
        if not isinstance(one, dict) or not isinstance(one.get("groups"), list):
            print(f"{path}: not a compare report (no 'groups' list)", file=sys.stderr)
            return 2
        report["groups"].extend(one["groups"])
    a, b, n, detail = score(labels, report, root)
    print(f"disagreements found {a}/{b}, false disagreements {n}")
    if args.verbose:
        for line in detail:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
