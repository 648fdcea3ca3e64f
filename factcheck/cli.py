"""The `factcheck` command: the pytest verdicts without pytest, and rule linting."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .engine import Ruleset, check_document
from .errors import ArticleError, RuleError
from .report import format_failure, is_failure, verdict_json
from .rules import load_file, load_rules, rule_files
from .text import document, read_article

DEFAULT_EXTENSIONS = (".txt", ".md", ".html")


def _articles(paths: Sequence[str], extensions: Sequence[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*") if x.is_file()
                              and x.suffix.lower() in extensions))
        else:
            out.append(p)
    return out


def _check(args: argparse.Namespace) -> int:
    try:
        facts = load_rules(args.rules or ["rules"])
    except RuleError as exc:
        print(exc, file=sys.stderr)
        return 2
    rs = Ruleset.build(facts)
    results = []
    status = 0
    for path in _articles(args.paths, DEFAULT_EXTENSIONS):
        shown = path.as_posix()
        try:
            doc = document(read_article(path), path.suffix)
        except ArticleError as exc:
            print(exc, file=sys.stderr)
            status = max(status, 2)
            continue
        for v in check_document(doc, rs, path=shown):
            results.append(verdict_json(shown, v))
            if is_failure(v):
                status = max(status, 1)
                if args.format == "text":
                    print(format_failure(shown, v, doc.text), end="\n\n")
                elif args.format == "github":
                    for m in v.contradictions or v.mentions[:1]:
                        msg = f"{v.fact.id}: read {m.text!r}, the fact says {v.fact.describe()}"
                        print(f"::error file={shown},line={m.line},col={m.column},"
                              f"title=factcheck {v.fact.id}::{msg}")
                    if not v.mentions:
                        print(f"::error file={shown},title=factcheck {v.fact.id}::"
                              f"required fact '{v.fact.id}' is never mentioned")
    if args.format == "json":
        json.dump({"version": 1, "results": results}, sys.stdout, indent=2, ensure_ascii=False)
        print()
    elif args.format == "text":
        bad = sum(1 for r in results if r["verdict"] != "consistent")
        print(f"{len(results)} checks, {bad} failed")
    return status


def _lint(args: argparse.Namespace) -> int:
    status = 0
    paths = args.rules or ["rules"]
    for f in rule_files(paths):
        try:
            facts = load_file(f)
        except RuleError as exc:
            print(exc)
            status = 1
        else:
            print(f"{f.as_posix()}: {len(facts)} facts, ok")
    if status == 0:
        try:
            load_rules(paths)
        except RuleError as exc:
            print(exc)
            status = 1
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="factcheck", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="check articles; exit 1 on a contradiction")
    c.add_argument("paths", nargs="+", help="articles or folders")
    c.add_argument("--rules", action="append", help="rule file or folder (default rules/)")
    c.add_argument("--format", choices=("text", "json", "github"), default="text")
    c.set_defaults(func=_check)
    lint = sub.add_parser("lint", help="validate rule files")
    lint.add_argument("rules", nargs="*", help="rule files or folders (default rules/)")
    lint.set_defaults(func=_lint)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
