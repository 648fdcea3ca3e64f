"""The `factcheck` command, for the people who write rules and for CI without pytest:
check, explain, suggest, lint, schema."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from . import __version__
from .engine import Ruleset, check_document, explain_document
from .errors import ArticleError, FactcheckError, RuleError
from .html_marks import ArticleMarks, mark_document, mark_file
from . import html_report
from .report import format_failure, is_failure, marked_sentence, sarif, verdict_json
from .rules import Fact, describe_reading, did_you_mean, load_file, load_rules, rule_files
from .suggest import drafts, render
from .text import Document, document, read_article

DEFAULT_EXTENSIONS = (".txt", ".md", ".html")


def schema_text() -> str:
    """The JSON Schema of rule files, as shipped in the package."""
    return resources.files("factcheck").joinpath("schema.json").read_text(encoding="utf-8")


def _articles(paths: Sequence[str], extensions: Sequence[str]) -> list[Path]:
    """The article files under `paths`, each real file once. A link that leads nowhere is
    kept, so that reading it reports it."""
    out: list[Path] = []
    seen: set[str] = set()
    for p in map(Path, paths):
        found = sorted(x for x in p.rglob("*") if x.suffix.lower() in extensions and (
            x.is_file() or (x.is_symlink() and not x.exists()))) if p.is_dir() else [p]
        for x in found:
            real = os.path.realpath(x)
            if real not in seen:
                seen.add(real)
                out.append(x)
    return out


def _load(rules: Sequence[str] | None) -> list[Fact] | None:
    try:
        return load_rules(rules or ["rules"])
    except RuleError as exc:
        print(exc, file=sys.stderr)
        return None


def _read(path: Path) -> Document | None:
    try:
        return document(read_article(path), path.suffix)
    except ArticleError as exc:
        print(exc, file=sys.stderr)
        return None


def _check(args: argparse.Namespace) -> int:
    facts = _load(args.rules)
    if facts is None:
        return 2
    rs = Ruleset.build(facts)
    results = []
    checked = []
    pages: list[ArticleMarks] = []  # --format html
    status = 0
    for path in _articles(args.paths, DEFAULT_EXTENSIONS):
        shown = path.as_posix()
        doc = _read(path)
        if doc is None:
            status = max(status, 2)
            if args.format == "html":
                pages.append(mark_file(path, rs, display=shown))
            continue
        try:
            verdicts = check_document(doc, rs, path=shown)
        except FactcheckError as exc:
            print(exc, file=sys.stderr)
            status = max(status, 2)
            if args.format == "html":
                pages.append(ArticleMarks(shown, "", error=str(exc)))
            continue
        if args.format == "html":
            pages.append(mark_document(shown, doc, rs, verdicts=verdicts))
        for v in verdicts:
            results.append(verdict_json(shown, v))
            checked.append((shown, v))
            if not is_failure(v):
                continue
            status = max(status, 1)
            if args.format == "text":
                print(format_failure(shown, v, doc.text), end="\n\n")
            elif args.format == "github":
                for m in v.contradictions:
                    msg = f"{v.fact.id}: read {m.text!r}, the fact says {v.fact.describe()}"
                    print(f"::error file={shown},line={m.line},col={m.column},"
                          f"title=factcheck {v.fact.id}::{msg}")
                if not v.mentions:
                    print(f"::error file={shown},title=factcheck {v.fact.id}::"
                          f"required fact '{v.fact.id}' is never mentioned")
    if args.format == "json":
        json.dump({"version": 1, "results": results}, sys.stdout, indent=2, ensure_ascii=False)
        print()
    elif args.format == "sarif":
        json.dump(sarif(checked, facts, __version__), sys.stdout, indent=2, ensure_ascii=False)
        print()
    elif args.format == "html":
        page = html_report.render(pages, facts)
        if args.output:
            try:
                html_report.write_html(args.output, page)
            except OSError as exc:
                print(f"{args.output}: cannot write the report: {exc.strerror or exc}",
                      file=sys.stderr)
                return 2
        else:
            sys.stdout.write(page)
    elif args.format == "text":
        bad = sum(1 for r in results if r["verdict"] != "consistent")
        print(f"{len(results)} checks, {bad} failed")
    return status


def _explain(args: argparse.Namespace) -> int:
    facts = _load(args.rules)
    if facts is None:
        return 2
    if args.fact and args.fact not in {f.id for f in facts}:
        print(f"no fact '{args.fact}'{did_you_mean(args.fact, [f.id for f in facts])}",
              file=sys.stderr)
        return 2
    status = 0
    for path in _articles(args.paths, DEFAULT_EXTENSIONS):
        shown = path.as_posix()
        doc = _read(path)
        if doc is None:
            status = 2
            continue
        try:
            found = explain_document(doc, facts, fact_id=args.fact, path=shown)
        except FactcheckError as exc:
            print(exc, file=sys.stderr)
            status = 2
            continue
        if not found:
            print(f"{shown}: no sentence holds a keyword of "
                  f"{repr(args.fact) if args.fact else 'any fact'}")
        for e in found:
            s = e.sentence
            m = e.mention
            if m is not None:
                shown_i = describe_reading(m.low, m.high, e.fact)
                verdict = "consistent" if m.consistent else "CONTRADICTION"
                print(f"{shown}:{m.line}:{m.column}: {e.fact.id}: mention, read {m.text!r} "
                      f"-> {shown_i}; the fact says {e.fact.describe()}: {verdict}")
                print(f"    {marked_sentence(m, doc.text)}")
            else:
                print(f"{shown}:{s.line}:{s.column}: {e.fact.id}: not a mention: {e.reason}")
                print(f"    {s.text if len(s.text) <= 240 else s.text[:237] + '...'}")
    return status


def _suggest(args: argparse.Namespace) -> int:
    path = Path(args.article)
    try:
        text = read_article(path)
    except ArticleError as exc:
        print(exc, file=sys.stderr)
        return 2
    out = render(drafts(text, path.suffix), path.as_posix(), schema=args.schema_url)
    if args.output:
        target = Path(args.output)
        if target.exists() and not args.force:
            print(f"{target}: exists; pass --force to replace it", file=sys.stderr)
            return 2
        target.write_text(out, encoding="utf-8")
        print(f"wrote {target}")
    else:
        sys.stdout.write(out)
    return 0


def _lint(args: argparse.Namespace) -> int:
    status = 0
    paths = args.rules or ["rules"]
    files = rule_files(paths)
    if not files:
        print(f"no rule files (*.yaml) in {', '.join(paths)}")
        return 1
    for f in files:
        try:
            facts = load_file(f)
        except RuleError as exc:
            print(exc)
            status = 1
        else:
            n = sum(len(x.examples) for x in facts)
            print(f"{f.as_posix()}: {len(facts)} facts, {n} examples, ok")
    if status == 0:
        try:
            load_rules(paths)
        except RuleError as exc:
            print(exc)
            status = 1
    return status


def _schema(args: argparse.Namespace) -> int:
    del args
    sys.stdout.write(schema_text())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="factcheck", description=__doc__)
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="check articles; exit 1 on a contradiction, 2 on an error")
    c.add_argument("paths", nargs="+", help="articles or folders")
    c.add_argument("--rules", action="append", help="rule file or folder (default rules/)")
    c.add_argument("--format", choices=("text", "json", "github", "sarif", "html"),
                   default="text")
    c.add_argument("-o", "--output", metavar="FILE",
                   help="with --format html: write the report to FILE instead of stdout")
    c.set_defaults(func=_check)
    e = sub.add_parser("explain", help="for each sentence with a fact's keyword: mention or why not")
    e.add_argument("paths", nargs="+", help="articles or folders")
    e.add_argument("--fact", help="only this fact id")
    e.add_argument("--rules", action="append", help="rule file or folder (default rules/)")
    e.set_defaults(func=_explain)
    s = sub.add_parser("suggest", help="draft YAML facts from every number of a trusted article")
    s.add_argument("article")
    s.add_argument("-o", "--output", help="write the draft here instead of to stdout")
    s.add_argument("--force", action="store_true", help="replace --output if it exists")
    s.add_argument("--schema-url", default=None,
                   help="add a `# yaml-language-server: $schema=URL` line for editors")
    s.set_defaults(func=_suggest)
    lint = sub.add_parser("lint", help="validate rule files and their examples")
    lint.add_argument("rules", nargs="*", help="rule files or folders (default rules/)")
    lint.set_defaults(func=_lint)
    sch = sub.add_parser("schema", help="print the JSON Schema of rule files")
    sch.set_defaults(func=_schema)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
