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

from . import __version__, settings
from .advice import misfire_warnings
from .engine import Ruleset, check_document, explain_document
from .errors import ArticleError, FactcheckError, RuleError
from .html_marks import ArticleMarks, mark_document, mark_file
from . import html_report
from .report import format_failure, is_failure, marked_sentence, sarif, verdict_json
from .rules import Fact, describe_reading, did_you_mean, load_file, load_rules, rule_files
from .suggest import drafts, render
from .text import Document, document, read_article


DEFAULT_EXTENSIONS = settings.DEFAULT_EXTENSIONS


def schema_text() -> str:
    """The JSON Schema of rule files, as shipped in the package."""
    return resources.files("factcheck").joinpath("schema.json").read_text(encoding="utf-8")


def _fail(message: str) -> None:
    print(f"factcheck: {message}", file=sys.stderr)


class _Run:
    """What `check` and `explain` share: the settings pytest would use, the rules, the
    articles, the paths as reports show them. Every problem is printed as it is found;
    `ok` is False once one was."""

    def __init__(self, paths: Sequence[str], rules: Sequence[str] | None) -> None:
        self.ok = True
        self.facts: list[Fact] = []
        self.articles: list[Path] = []
        self.approx = 0.0
        try:
            self.settings = settings.find(paths)
            self.approx = settings.approx_fraction(self.settings.approx)
        except settings.SettingsError as exc:
            _fail(str(exc))
            self.ok = False
            return
        where = self.settings.inifile or self.settings.rootdir
        for key in self.settings.unknown:
            _fail(f"{where}: warning: unknown option '{key}'"
                  f"{did_you_mean(key, settings.OPTIONS)}")
        self.facts = self._rules(rules)
        self.articles = self._articles(paths)

    def _rules(self, rules: Sequence[str] | None) -> list[Fact]:
        paths = [Path(r) for r in rules] if rules else self.settings.rule_paths()
        try:
            if all(p.is_dir() for p in paths) and not rule_files(paths):
                shown = ", ".join(self.show(p) for p in paths)
                looked = "" if all(p.is_absolute() for p in paths) else \
                    f" (looked up from {Path.cwd()})"
                raise RuleError(shown, 0, f"no rule files (*.yaml) found{looked}; write "
                                          "rules/*.yaml or pass --rules PATH")
            facts = load_rules(paths, root=self.settings.rootdir)
            if not facts:
                shown = ", ".join(self.show(p) for p in paths)
                raise RuleError(shown, 0, "the rule files hold no facts: nothing to check")
            return facts
        except RuleError as exc:
            print(exc, file=sys.stderr)
            self.ok = False
            return []

    def _articles(self, paths: Sequence[str]) -> list[Path]:
        """The articles under `paths` as pytest collects them, each real file once. A link
        that leads nowhere is kept, so that reading it reports it."""
        exts = self.settings.extensions
        out: list[Path] = []
        seen: set[str] = set()
        for arg in paths:
            p = Path(arg)
            if p.is_dir():
                found = self._walk(p)
                if not found:
                    _fail(f"{arg}: no article ({' '.join(exts)}) in this folder")
                    self.ok = False
            elif p.is_file() or p.is_symlink():
                found = [p]
                if p.suffix.lower() not in exts:
                    _fail(f"{arg}: not an article: its suffix is not one of "
                          f"factcheck_extensions ({' '.join(exts)})")
                    self.ok = False
                    continue
            else:
                looked = "" if p.is_absolute() else f" (looked up from {Path.cwd()})"
                _fail(f"{arg}: no such file or folder{looked}")
                self.ok = False
                continue
            for x in found:
                real = os.path.realpath(x)
                if real not in seen:
                    seen.add(real)
                    out.append(x)
        return out

    def _walk(self, top: Path) -> list[Path]:
        return settings.walk_articles(top, self.settings.extensions, self.settings.norecursedirs)

    def show(self, p: Path) -> str:
        """The path as reports show it: relative to the rootdir (as pytest shows it), else
        as given; `/`-separated."""
        try:
            return Path(os.path.abspath(p)).relative_to(self.settings.rootdir).as_posix()
        except ValueError:
            return p.as_posix()


def _articles(paths: Sequence[str], extensions: Sequence[str]) -> list[Path]:
    """The article files under `paths`, each real file once, for the commands that do not
    read pytest's settings (`check` and `explain` use `_Run`, which does)."""
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


def _read(path: Path) -> Document | None:
    try:
        return document(read_article(path), path.suffix)
    except ArticleError as exc:
        print(exc, file=sys.stderr)
        return None


def _empty_paths(args: argparse.Namespace) -> bool:
    """`--rules ''` or an empty article path would be the working folder: refuse it."""
    for flag, values in (("--rules", args.rules or []), ("an article path", args.paths)):
        if any(not v.strip() for v in values):
            _fail(f"{flag} is empty: name a file or folder ('.' for this folder)")
            return True
    return False


def _check(args: argparse.Namespace) -> int:
    if _empty_paths(args):
        return 2
    run = _Run(args.paths, args.rules)
    if not run.facts and not run.ok:
        return 2
    rs = Ruleset.build(run.facts)
    results = []
    checked = []
    pages: list[ArticleMarks] = []  # --format html
    status = 0 if run.ok else 2
    for path in run.articles:
        shown = run.show(path)
        doc = _read(path)
        if doc is None:
            status = max(status, 2)
            if args.format == "html":
                pages.append(mark_file(path, rs, display=shown))
            continue
        try:
            verdicts = check_document(doc, rs, path=shown, approx=run.approx)
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
        json.dump(sarif(checked, run.facts, __version__), sys.stdout, indent=2,
                  ensure_ascii=False)
        print()
    elif args.format == "html":
        page = html_report.render(pages, run.facts)
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
    if _empty_paths(args):
        return 2
    run = _Run(args.paths, args.rules)
    facts = run.facts
    if not facts and not run.ok:
        return 2
    if args.fact is not None and args.fact not in {f.id for f in facts}:
        print(f"no fact '{args.fact}'{did_you_mean(args.fact, [f.id for f in facts])}",
              file=sys.stderr)
        return 2
    status = 0 if run.ok else 2
    for path in run.articles:
        shown = run.show(path)
        doc = _read(path)
        if doc is None:
            status = 2
            continue
        try:
            found = explain_document(doc, facts, fact_id=args.fact, path=shown,
                                     approx=run.approx)
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
                if e.reason:
                    print(f"    ({e.reason})")
            else:
                print(f"{shown}:{s.line}:{s.column}: {e.fact.id}: not a mention: {e.reason}")
                print(f"    {s.text if len(s.text) <= 240 else s.text[:237] + '...'}")
    return status


def _suggest(args: argparse.Namespace) -> int:
    if len(args.article) > 1:  # several versions of a story: what they agree on (issue 16)
        from .compare_report import read_articles
        from .suggest import suggest_versions
        docs, errors = read_articles(_articles(args.article, DEFAULT_EXTENSIONS))
        for e in errors:
            print(e, file=sys.stderr)
        if errors or len(docs) < 2:
            return 2
        return _write_draft(args, suggest_versions(docs, schema=args.schema_url))
    path = Path(args.article[0])
    if not path.exists():
        looked = "" if path.is_absolute() else f" (looked up from {Path.cwd()})"
        _fail(f"{args.article[0]}: no such file{looked}")
        return 2
    try:
        text = read_article(path)
    except ArticleError as exc:
        print(exc, file=sys.stderr)
        return 2
    return _write_draft(args, render(drafts(text, path.suffix), path.as_posix(),
                                     schema=args.schema_url))


def _write_draft(args: argparse.Namespace, out: str) -> int:
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
    if args.rules:
        paths = [Path(r) for r in args.rules]
    else:
        try:
            found = settings.find([]).rule_paths()
        except settings.SettingsError as exc:
            print(exc)
            return 1
        here = Path.cwd()
        paths = [p.relative_to(here) if p.is_relative_to(here) else p for p in found]
    files = rule_files(paths)
    if not files:
        looked = "" if all(p.is_absolute() for p in paths) else f" (looked up from {Path.cwd()})"
        print(f"no rule files (*.yaml) in {', '.join(p.as_posix() for p in paths)}{looked}")
        return 1
    for f in files:
        try:
            facts = load_file(f)
        except RuleError as exc:
            print(exc)
            status = 1
        else:
            n = sum(len(x.examples) for x in facts)
            for line, column, message in sorted(w for x in facts for w in x.warnings):
                print(f"{f.as_posix()}:{line}:{column}: {message}")
            for fact, message in misfire_warnings(facts):
                print(f"{fact.source}: warning: fact '{fact.id}': {message}")
            if not facts:
                print(f"{f.as_posix()}: warning: the file holds no facts")
            else:
                print(f"{f.as_posix()}: {len(facts)} facts, {n} examples, ok")
    if status == 0:
        try:
            load_rules(paths)
        except RuleError as exc:
            print(exc)
            status = 1
    return status


# versions of a story compared without rules (issue 16)
def _compare(args: argparse.Namespace) -> int:
    from . import compare_report
    return compare_report.run(args, _articles(args.paths, DEFAULT_EXTENSIONS), __version__)


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
    s.add_argument("article", nargs="+", help="a trusted article, or several versions of a "
                   "story: then one fact per quantity at least two of them give")
    s.add_argument("-o", "--output", help="write the draft here instead of to stdout")
    s.add_argument("--force", action="store_true", help="replace --output if it exists")
    s.add_argument("--schema-url", default=None,
                   help="add a `# yaml-language-server: $schema=URL` line for editors")
    s.set_defaults(func=_suggest)
    lint = sub.add_parser("lint", help="validate rule files and their examples")
    lint.add_argument("rules", nargs="*", help="rule files or folders (default rules/)")
    lint.set_defaults(func=_lint)
    from .compare_report import add_parser as add_compare  # versions of a story (issue 16)
    add_compare(sub).set_defaults(func=_compare)
    sch = sub.add_parser("schema", help="print the JSON Schema of rule files")
    sch.set_defaults(func=_schema)
    args = parser.parse_args(argv)
    try:
        status = int(args.func(args))
        sys.stdout.flush()
    except BrokenPipeError:
        # `factcheck check ... | head`: the reader has gone; say nothing more. Python would
        # flush stdout again at exit and fail once more, so point it at /dev/null.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
