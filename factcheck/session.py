"""One pytest run's factcheck state: settings, the loaded rules, verdicts, the reports.

Kept apart from plugin.py so that the hooks stay one-line hand-offs; it knows pytest's config
object but does no matching, parsing or comparing itself.

Collection only lists articles (and which facts get an item of their own, from `-k`, `--lf`
and node ids on the command line); an article is read and checked when its item runs, so
xdist workers and pytest-split groups each check only the articles they run.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest

from .engine import Ruleset, check_document, check_text
from .errors import FactcheckError, RuleError
from .html_run import html_target, write_run_report
from .quantities import DEFAULT_APPROX
from .report import format_failure, is_failure, verdict_json, write_json
from .rules import Fact, load_rules, rule_files
from .settings import SettingsError, approx_fraction, walk_articles
from .text import document, read_article
from .verdict import Verdict

CACHE_VERSION = "factcheck-v2"
# a name in a `-k` expression, as pytest's own expression scanner reads one
_K_NAME = re.compile(r"(?:\w|:|\+|-|\.|\[|\]|\\|/)+")
_K_WORDS = frozenset({"and", "or", "not"})


@dataclass(frozen=True)
class Checked:
    display: str
    text: str  # the visible text the mentions' offsets point into
    verdicts: list[Verdict]


def parse_approx(raw: str) -> float:
    """ini `factcheck_approx` as a fraction; a usage error for anything else."""
    try:
        return approx_fraction(raw)
    except SettingsError as exc:
        raise pytest.UsageError(str(exc)) from None


class VerdictStore:
    """Verdicts of articles on disk, one pickle per content key, written atomically (a
    temporary file, then a rename), so concurrent runs and workers never see half a file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def get(self, key: str, facts: list[Fact]) -> tuple[str, list[Verdict]] | None:
        try:
            data = self._file(key).read_bytes()
        except OSError:
            return None
        try:
            text, ids, payload = pickle.loads(data)
        except Exception:  # a damaged or foreign entry is a miss, never an error
            return None
        by_id = {fact.id: fact for fact in facts}
        out = []
        for fid, verdict, mentions in zip(ids, payload[0], payload[1]):
            fact = by_id.get(fid)
            if fact is None:
                return None
            out.append(Verdict(fact, verdict, mentions))
        return text, out

    def put(self, key: str, text: str, verdicts: list[Verdict]) -> None:
        f = self._file(key)
        try:
            f.parent.mkdir(parents=True, exist_ok=True)
            data = pickle.dumps((text, [v.fact.id for v in verdicts],
                                 ([v.verdict for v in verdicts], [v.mentions for v in verdicts])),
                                protocol=pickle.HIGHEST_PROTOCOL)
            tmp = f.parent / f".{key}.{os.getpid()}.tmp"
            tmp.write_bytes(data)
            os.replace(tmp, f)
        except OSError:
            pass  # a cache that cannot be written only costs time


def _inode(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def fact_failure(nodeid: str, path: str, article: str, verdict: Verdict,
                 source_text: str) -> dict[str, Any]:
    """A failed fact of an article, as plain data an xdist worker can send."""
    bad = verdict.contradictions
    return {"nodeid": nodeid, "path": path, "line": bad[0].line - 1 if bad else 0,
            "text": format_failure(article, verdict, source_text)}


class Results:
    """The verdicts of the run as SPEC §5 result rows, one per (article, fact) checked, merged
    across xdist workers: the one place every report made at the end of a session reads.

    Without xdist an item's rows ride on its test report and are gathered in
    `pytest_runtest_logreport`. Under xdist they stay off the reports (xdist's messages are
    serialized object by object, and the rows were half of each item's): the controller
    names a folder in each worker's `workerinput`, each worker appends its items' rows there
    as JSON lines, and the controller reads them back at the end. Either way the rows are
    handed sorted to every writer; a report is one more writer, added in `State.from_config`
    on every process (a worker only needs to know rows are wanted)."""

    SPOOL = "factcheck_rows"  # the workerinput key naming the folder

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.writers: list[Callable[[list[dict[str, Any]]], None]] = []
        self.folder: Path | None = None  # the controller's folder of the workers' rows
        self._spool: Path | None = None  # a worker's file in it
        self._out: IO[str] | None = None

    @property
    def wanted(self) -> bool:
        return bool(self.writers)

    def spool_to(self, file: Path) -> None:
        self._spool = file

    def carry(self, report: pytest.TestReport, rows: list[dict[str, Any]]) -> None:
        """An item's rows: appended to the worker's spool, else put on its report."""
        if self._spool is None:
            report.factcheck_results = rows  # type: ignore[attr-defined]
            return
        if self._out is None:
            self._out = open(self._spool, "a", encoding="utf-8")
        self._out.write(json.dumps(rows, ensure_ascii=False) + "\n")
        self._out.flush()  # a worker that crashes later keeps what it checked

    def gather(self, report: pytest.TestReport) -> None:
        rows = getattr(report, "factcheck_results", None)
        if rows and report.when == "call":
            self.rows.extend(rows)

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    def write(self) -> None:
        if self.folder is not None:
            for f in sorted(self.folder.glob("*.jsonl")):
                for line in f.read_text(encoding="utf-8").splitlines():
                    try:
                        self.rows.extend(json.loads(line))
                    except ValueError:  # the last line of a worker that crashed writing it
                        continue
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
        rows = sorted(self.rows, key=lambda r: (r["article"], r["fact"]))
        for writer in self.writers:
            writer(rows)


class State:
    html_path: str | None = None  # --factcheck-html

    def __init__(self, config: pytest.Config | None, enabled: bool, rule_paths: list[Path],
                 extensions: tuple[str, ...], approx: float, json_path: str | None,
                 use_cache: bool, rootdir: Path) -> None:
        self.config = config
        self.enabled = enabled
        self.rule_paths = rule_paths
        self.extensions = extensions
        self.approx = approx
        self.json_path = json_path
        self.use_cache = use_cache
        self.rootdir = rootdir
        self._facts: list[Fact] | None = None
        self._ids: frozenset[str] = frozenset()
        self._ruleset: Ruleset | None = None
        self._error: RuleError | None = None
        self._rule_files: set[Path] = set()
        self._fingerprint = ""
        self.results = Results()
        self._seen: dict[tuple[int, int], Path] = {}  # file -> the first path collecting it
        self._rule_inodes: set[tuple[int, int]] = set()
        self._stores: list[VerdictStore] = []
        self._last: tuple[Path, Checked] | None = None  # an article with several items
        self._k_names: tuple[str, ...] = ()
        self._single: dict[str, set[str]] = {}  # article node id or real path -> fact ids
        if config is not None and enabled:
            cache = getattr(config, "cache", None)
            if use_cache and cache is not None:
                self._stores.append(VerdictStore(Path(cache.mkdir("factcheck"))))
            self._k_names = tuple(
                n.lower() for n in _K_NAME.findall(str(config.getoption("keyword", "") or ""))
                if n.lower() not in _K_WORDS)
            if cache is not None and (config.getoption("lf", False) or
                                      config.getoption("failedfirst", False)):
                for nodeid in cache.get("cache/lastfailed", {}):
                    self._single_out(*str(nodeid).partition("::")[::2])
            for nodeid in config.getoption("deselect", None) or []:
                self._single_out(*str(nodeid).partition("::")[::2])
            base = config.invocation_params.dir
            for arg in config.args:
                path, _, rest = str(arg).partition("::")
                self._single_out(os.path.realpath(base / path), rest)

    @classmethod
    def from_config(cls, config: pytest.Config) -> State:
        root = Path(str(config.rootpath))
        opt = config.getoption
        paths = [Path(p) for p in opt("factcheck_rules")]
        paths = [p if p.is_absolute() else Path(config.invocation_params.dir) / p for p in paths]
        if not paths:
            paths = [Path(p) for p in config.getini("factcheck_rules")]
        if not paths:
            paths = [root / "rules"]
        exts = tuple(e if e.startswith(".") else "." + e
                     for e in (x.lower() for x in config.getini("factcheck_extensions")))
        state = cls(config, bool(opt("factcheck")), paths, exts,
                    parse_approx(config.getini("factcheck_approx")), opt("factcheck_json"),
                    not opt("factcheck_no_cache"), root)
        state.html_path = html_target(config)
        if state.enabled and state.json_path:  # on xdist workers too: they send the rows
            target = Path(state.json_path)
            if not target.is_absolute():
                target = Path(config.invocation_params.dir) / target
            state.results.writers.append(lambda rows: write_json(target, rows))
            worker: dict[str, Any] = getattr(config, "workerinput", {})
            if worker.get(Results.SPOOL):
                state.results.spool_to(Path(worker[Results.SPOOL]) / f"{worker['workerid']}.jsonl")
        config.pluginmanager.register(state, "factcheck-state")
        return state

    # -- rules ---------------------------------------------------------------------------
    def facts(self) -> list[Fact]:
        """The loaded rules; a RuleError is raised for every collector that asks."""
        if self._error is not None:
            raise self._error
        if self._facts is None:
            try:
                files = rule_files(self.rule_paths)
                if not files:
                    shown = ", ".join(self.show(p) for p in self.rule_paths)
                    raise RuleError(shown, 0, "no rule files (*.yaml) found; write rules/*.yaml "
                                              "or pass --factcheck-rules PATH")
                self._facts = load_rules(self.rule_paths, root=self.rootdir)
                self._rule_files = {Path(os.path.realpath(f)) for f in files}
                self._rule_inodes = {_inode(f) for f in self._rule_files}
            except RuleError as exc:
                self._error = exc
                raise
            self._ids = frozenset(f.id for f in self._facts)
            self._ruleset = Ruleset.build(self._facts)
            h = hashlib.sha256(CACHE_VERSION.encode())
            for f in sorted(self._rule_files):
                h.update(str(f).encode())
                h.update(f.read_bytes())
            h.update(repr(self.approx).encode())
            self._fingerprint = h.hexdigest()
        return self._facts

    def rule_error(self) -> RuleError | None:
        """Why the rules cannot be loaded (loading them if not done yet), or None."""
        try:
            self.facts()
        except RuleError as exc:
            return exc
        return None

    def article_paths(self, args: list[str]) -> list[Path]:
        """The articles under the run's paths, found as pytest's walk finds them (a mismatch
        only costs time: an article nobody computed ahead is computed when collected)."""
        base = Path(self.config.invocation_params.dir) if self.config else Path.cwd()
        skip = list(self.config.getini("norecursedirs")) if self.config else [".*"]
        out: list[Path] = []
        seen: set[str] = set()
        for arg in args or ["."]:
            root = base / arg.split("::")[0]
            found: list[Path] = []
            if root.is_file():
                found = [root]
            elif root.is_dir():
                found = walk_articles(root, self.extensions, skip)
            for p in found:
                real = os.path.realpath(p)
                if p.suffix.lower() in self.extensions and real not in seen and \
                        Path(real) not in self._rule_files:
                    seen.add(real)
                    out.append(p)
        return out

    def show(self, p: Path) -> str:
        """The path as reports show it: relative to the rootdir, `/`-separated."""
        for a, b in ((os.path.abspath(p), os.path.abspath(self.rootdir)),
                     (os.path.realpath(p), os.path.realpath(self.rootdir))):
            try:
                return Path(a).relative_to(b).as_posix()
            except ValueError:
                continue
        return p.as_posix()

    # -- collection: cheap, reads no article -----------------------------------------------
    def collects(self, path: Path) -> bool:
        """Is this file an article of the run? Each real file once: a folder reached again
        through a symbolic link (a loop, or two names for one folder) adds nothing."""
        if not self.enabled or path.suffix.lower() not in self.extensions:
            return False
        try:
            real = _inode(path)  # one stat, where a real path costs a stat per folder
        except OSError:
            return False
        if real in self._rule_inodes:
            return False
        first = self._seen.setdefault(real, path)
        return first == path

    def _single_out(self, where: str, rest: str) -> None:
        if rest and "::" not in rest:
            self._single.setdefault(where, set()).add(rest)

    def own_items(self, nodeid: str, path: Path) -> list[str]:
        """The facts that get an item `<article>::<fact id>` of their own in this article,
        in rule order: those a `-k` name may select (a name that is part of the fact's id),
        those that failed last time (under --lf / --ff), and those named on the command line
        (as paths to run, or to `--deselect`).
        The article's item `<article>::*` reports every other fact."""
        facts = self.facts()
        names = self._k_names
        if not self._single and not names:
            return []
        asked = self._single.get(nodeid, set()) | self._single.get(os.path.realpath(path), set())
        return [f.id for f in facts
                if f.id in asked or any(n in f.id for n in names)]

    def broken_links(self, args: list[str]) -> list[Path]:
        """Article-named symbolic links under the run's paths that lead nowhere (dangling, or
        a loop): pytest's own walk skips them silently, factcheck reports them."""
        out: list[Path] = []
        if not self.enabled:
            return out
        base = Path(self.config.invocation_params.dir) if self.config else Path.cwd()
        for arg in args:
            root = base / arg.split("::")[0]
            tops = [root] if root.is_symlink() or not root.is_dir() else []
            for top in tops:
                if top.suffix.lower() in self.extensions and top.is_symlink() and \
                        not top.exists():
                    out.append(top)
            if not root.is_dir():
                continue
            for d, dirs, files in os.walk(root):
                dirs[:] = sorted(x for x in dirs if not x.startswith("."))
                for name in sorted(files):  # strings, not Paths: every article passes here
                    p = os.path.join(d, name)
                    if os.path.splitext(name)[1].lower() in self.extensions and \
                            os.path.islink(p) and not os.path.exists(p):
                        out.append(Path(p))
        return out

    def collected(self) -> None:
        """After collection: the objects made so far (rules, items) live to the end of the
        run, so the cyclic garbage collector stops walking them at every collection."""
        if self.enabled:
            gc.freeze()

    # -- running: where an article is read and checked -------------------------------------
    def check(self, path: Path) -> Checked:
        """The article's verdicts against all the rules: from the cache, or computed here.
        The last article is kept, for an article whose facts have items of their own."""
        last = self._last
        if last is not None and last[0] == path:
            return last[1]
        self.facts()
        assert self._ruleset is not None
        display = self.show(path)
        text = read_article(path)
        key = ""
        if self._stores:
            h = hashlib.sha256(self._fingerprint.encode())
            h.update(display.encode())
            h.update(text.encode("utf-8", "surrogatepass"))
            key = h.hexdigest()
            facts = self._facts or []
            for store in self._stores:
                hit = store.get(key, facts)
                if hit is not None:
                    self._last = (path, Checked(display, hit[0], hit[1]))
                    return self._last[1]
        doc = document(text, path.suffix)
        verdicts = check_document(doc, self._ruleset, path=display, approx=self.approx)
        for store in self._stores:
            store.put(key, doc.text, verdicts)
        self._last = (path, Checked(display, doc.text, verdicts))
        return self._last[1]

    def article_verdicts(self, path: Path, singled: frozenset[str]) -> tuple[Checked,
                                                                             list[Verdict]]:
        """What the article's item `<article>::*` reports: every verdict but those of the
        facts with items of their own."""
        checked = self.check(path)
        return checked, [v for v in checked.verdicts if v.fact.id not in singled]

    def fact_verdict(self, path: Path, fact_id: str) -> tuple[Checked, Verdict | None]:
        checked = self.check(path)
        return checked, next((v for v in checked.verdicts if v.fact.id == fact_id), None)

    def rows(self, checked: Checked, verdicts: list[Verdict]) -> list[dict[str, Any]] | None:
        """The report rows of an item's verdicts, when a report asks for them."""
        if not self.results.wanted:
            return None
        return [verdict_json(checked.display, v) for v in verdicts]

    # -- results -------------------------------------------------------------------------
    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.session = session

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Gather result rows; where the run is reported (not on an xdist worker), log each
        failed fact an article's report carries as a failed report `<article>::<fact id>`
        of its own, before the article's report (which then counts as nothing)."""
        self.results.gather(report)
        failed = getattr(report, "factcheck_failed", None)
        if not failed or report.when != "call":
            return
        if hasattr(self.config, "workerinput"):  # the controller logs them; -x and
            self._count_failures(len(failed))   # --maxfail stop this worker too
            return
        hook = self.config.hook if self.config else None
        for fact in failed:
            sub = pytest.TestReport(fact["nodeid"], (fact["path"], fact["line"], fact["nodeid"]),
                                    {"factcheck": 1}, "failed", fact["text"], "call")
            if hasattr(report, "node"):
                sub.node = report.node  # type: ignore[attr-defined]  # xdist's worker
            if hook is not None:
                hook.pytest_runtest_logreport(report=sub)
        session = getattr(self, "session", None)
        if session is not None:  # the terminal's progress: k reports where one item was
            session.testscollected += len(failed) - 1

    def _count_failures(self, n: int) -> None:
        session = getattr(self, "session", None)
        if session is None or self.config is None:
            return
        session.testsfailed += n
        maxfail = int(self.config.getoption("maxfail", 0) or 0)
        if maxfail and session.testsfailed >= maxfail:
            session.shouldfail = f"stopping after {session.testsfailed} failures"

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node: Any) -> None:
        """xdist's controller, before it starts a worker: the folder its rows go to."""
        if self.enabled and self.results.wanted:
            if self.results.folder is None:
                self.results.folder = Path(tempfile.mkdtemp(prefix="factcheck-rows-"))
            node.workerinput[Results.SPOOL] = str(self.results.folder)

    def finish(self, config: pytest.Config) -> None:
        self.results.close()
        if self.enabled and not hasattr(config, "workerinput"):
            self.results.write()
            if self.html_path:
                write_run_report(self, config, self.html_path)

    def header(self) -> str:
        shown = ", ".join(self.show(p) for p in self.rule_paths)
        return f"factcheck: rules {shown}; articles {' '.join(self.extensions)}"

    def checker(self) -> Checker:
        return Checker(self.facts(), self.approx)


class Checker:
    """The `factcheck` fixture: the engine with the loaded rules, for a user's own tests."""

    def __init__(self, facts: list[Fact], approx: float = DEFAULT_APPROX) -> None:
        self.facts = facts
        self.approx = approx
        self._ruleset = Ruleset.build(facts)

    def check(self, text: str, suffix: str = ".txt") -> list[Verdict]:
        return check_text(text, self._ruleset, suffix=suffix, approx=self.approx)

    def contradictions(self, text: str, suffix: str = ".txt") -> list[Verdict]:
        return [v for v in self.check(text, suffix) if v.verdict == "contradiction"]

    def assert_consistent(self, text: str, suffix: str = ".txt", name: str = "<text>") -> None:
        """Fail, listing every contradiction of the loaded rules in `text`."""
        vis = document(text, suffix).text
        bad = [v for v in self.check(text, suffix) if is_failure(v) and v.verdict != "missing"]
        if bad:
            pytest.fail("\n\n".join(format_failure(name, v, vis) for v in bad), pytrace=False)


__all__ = ["Checker", "FactcheckError", "Results", "State", "verdict_json"]
