"""One pytest run's factcheck state: settings, the loaded rules, verdicts, the JSON report.

Kept apart from plugin.py so that the hooks stay one-line hand-offs; it knows pytest's config
object but does no matching, parsing or comparing itself.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import pickle
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .engine import Ruleset, check_document, check_text
from .errors import FactcheckError, RuleError
from .html_run import html_target, write_run_report
from .quantities import DEFAULT_APPROX
from .report import format_failure, is_failure, verdict_json, write_json
from .rules import Fact, load_rules, rule_files
from .text import document, read_article
from .verdict import Verdict

CACHE_VERSION = "factcheck-v2"
SHARED_WAIT = 600.0  # seconds a worker waits at most for an article another worker computes


@dataclass(frozen=True)
class Checked:
    display: str
    text: str  # the visible text the mentions' offsets point into
    verdicts: list[Verdict]


def parse_approx(raw: str) -> float:
    text = str(raw).strip()
    try:
        if text.endswith("%"):
            value = float(text[:-1]) / 100
        else:
            value = float(text)
            if value >= 1:
                value /= 100
    except ValueError:
        raise pytest.UsageError(f"factcheck_approx = {raw!r}: write a percentage such as 10%")
    if not 0 <= value < 1:
        raise pytest.UsageError(f"factcheck_approx = {raw!r}: must be between 0% and 100%")
    return value


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

    def wait(self, key: str, facts: list[Fact], done: Callable[[], bool],
             limit: float = SHARED_WAIT) -> tuple[str, list[Verdict]] | None:
        """The entry, once another process has written it; None when that process says it
        is done without it, or after `limit` seconds."""
        deadline = time.monotonic() + limit
        pause = 0.0005
        while True:
            hit = self.get(key, facts)
            if hit is not None:
                return hit
            if done():
                return self.get(key, facts)
            if time.monotonic() > deadline:
                return None
            time.sleep(pause)
            pause = min(pause * 2, 0.02)

    def mark_done(self, worker: int) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / f"done-{worker}").touch()
        except OSError:
            pass

    def is_done(self, worker: int) -> bool:
        return (self.folder / f"done-{worker}").exists()


def shared_folder(run_id: str) -> Path:
    """Where the xdist workers of one run hand each other verdicts."""
    return Path(tempfile.gettempdir()) / f"factcheck-run-{run_id}"


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
        self._ruleset: Ruleset | None = None
        self._error: RuleError | None = None
        self._rule_files: set[Path] = set()
        self._fingerprint = ""
        self.recorded: dict[str, dict[str, Any]] = {}
        self.results: list[dict[str, Any]] = []
        self._seen: dict[Path, Path] = {}  # real file -> the first path it was collected by
        self._stores: list[VerdictStore] = []
        self._shared: VerdictStore | None = None
        self.workers = (0, 1)  # (this xdist worker's index, number of workers)
        self.run_ids: set[str] = set()  # on the xdist controller: runs to clean up
        workerinput = getattr(config, "workerinput", None)
        if config is not None and enabled:
            cache = getattr(config, "cache", None)
            if use_cache and cache is not None:
                self._stores.append(VerdictStore(Path(cache.mkdir("factcheck"))))
            if workerinput is not None:
                count = int(workerinput.get("workercount", 1))
                index = int(str(workerinput.get("workerid", "gw0")).lstrip("gw") or 0)
                if 0 <= index < count > 1:  # a replacement for a crashed worker computes all
                    self.workers = (index, count)
                    self._shared = VerdictStore(shared_folder(workerinput["testrunuid"]))

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
            except RuleError as exc:
                self._error = exc
                raise
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

    def show(self, p: Path) -> str:
        """The path as reports show it: relative to the rootdir, `/`-separated."""
        for a, b in ((os.path.abspath(p), os.path.abspath(self.rootdir)),
                     (os.path.realpath(p), os.path.realpath(self.rootdir))):
            try:
                return Path(a).relative_to(b).as_posix()
            except ValueError:
                continue
        return p.as_posix()

    # -- articles ------------------------------------------------------------------------
    def collects(self, path: Path) -> bool:
        """Is this file an article of the run? Each real file once: a folder reached again
        through a symbolic link (a loop, or two names for one folder) adds nothing."""
        if not self.enabled or path.suffix.lower() not in self.extensions:
            return False
        real = Path(os.path.realpath(path))
        if real in self._rule_files:
            return False
        first = self._seen.setdefault(real, path)
        return first == path

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
                for name in sorted(files):
                    p = Path(d, name)
                    if p.suffix.lower() in self.extensions and p.is_symlink() and \
                            not p.exists():
                        out.append(p)
        return out

    def owner(self, display: str) -> int:
        """The xdist worker that computes this article's verdicts (by its path)."""
        return int(hashlib.sha1(display.encode()).hexdigest()[:8], 16) % self.workers[1]

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
                walked: set[str] = set()
                for d, dirs, files in os.walk(root, followlinks=True):
                    real = os.path.realpath(d)
                    if real in walked:
                        dirs[:] = []
                        continue
                    walked.add(real)
                    dirs[:] = sorted(x for x in dirs
                                     if not any(fnmatch.fnmatch(x, g) for g in skip))
                    found.extend(Path(d, f) for f in sorted(files))
            for p in found:
                real = os.path.realpath(p)
                if p.suffix.lower() in self.extensions and real not in seen and \
                        Path(real) not in self._rule_files:
                    seen.add(real)
                    out.append(p)
        return out

    def precompute(self, args: list[str]) -> None:
        """On an xdist worker, before collection: check this worker's share of the articles
        into the run's shared folder while the other workers check theirs; collection then
        reads them all. Each article is checked once in the run, not once per worker."""
        shared = self._shared
        if shared is None:
            return
        try:
            try:
                self.facts()
            except RuleError:
                return  # reported by collection
            for p in self.article_paths(args):
                if self.owner(self.show(p)) == self.workers[0]:
                    try:
                        self.check(p)
                    except FactcheckError:
                        pass  # reported when the article is collected
        finally:
            shared.mark_done(self.workers[0])

    def check(self, path: Path) -> Checked:
        """The article's verdicts: from the cache, from the xdist worker that owns the
        article in this run, or computed here."""
        self.facts()
        assert self._ruleset is not None
        display = self.show(path)
        text = read_article(path)
        h = hashlib.sha256(self._fingerprint.encode())
        h.update(display.encode())
        h.update(text.encode("utf-8", "surrogatepass"))
        key = h.hexdigest()
        facts = self._facts or []
        shared = self._shared
        for store in [*self._stores, *([shared] if shared else [])]:
            hit = store.get(key, facts)
            if hit is not None:
                return Checked(display, hit[0], hit[1])
        if shared is not None:
            owner = self.owner(display)
            if owner != self.workers[0]:  # computed by its owner, unless it never will be
                hit = shared.wait(key, facts, lambda: shared.is_done(owner))
                if hit is not None:
                    return Checked(display, hit[0], hit[1])
        doc = document(text, path.suffix)
        verdicts = check_document(doc, self._ruleset, path=display, approx=self.approx)
        for store in [*self._stores, *([shared] if shared else [])]:
            store.put(key, doc.text, verdicts)
        return Checked(display, doc.text, verdicts)

    # -- results -------------------------------------------------------------------------
    def record(self, nodeid: str, article: str, verdict: Verdict) -> None:
        """Keep an item's result for the JSON report (only when one is asked for: the result
        rides on the item's report, which xdist sends to the controller)."""
        if self.json_path:
            self.recorded[nodeid] = verdict_json(article, verdict)

    def result_of(self, nodeid: str) -> dict[str, Any] | None:
        return self.recorded.pop(nodeid, None)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        result = getattr(report, "factcheck_result", None)
        if result is not None and report.when == "call":
            self.results.append(result)

    def finish(self, config: pytest.Config) -> None:
        for run_id in self.run_ids:
            shutil.rmtree(shared_folder(run_id), ignore_errors=True)
        if self.enabled and self.html_path and not hasattr(config, "workerinput"):
            write_run_report(self, config, self.html_path)
        if not self.enabled or not self.json_path or hasattr(config, "workerinput"):
            return
        path = Path(self.json_path)
        if not path.is_absolute():
            path = Path(config.invocation_params.dir) / path
        write_json(path, self.results)

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


__all__ = ["Checker", "FactcheckError", "State", "verdict_json"]
