"""The pytest shell: options, collection of articles, an item per article that checks it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _pytest.runner import call_and_report

from . import session as fs
from .errors import ArticleError, FactcheckError, RuleError
from .report import format_failure, is_failure
from .settings import extensions_problem
from .verdict import Verdict

STATE = pytest.StashKey["fs.State"]()
ARTICLE = "*"  # the name of an article's item: all its facts; no fact id can be "*"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "audit articles against facts in YAML rules")
    group.addoption("--factcheck", action="store_true", default=False,
                    help="collect articles (.txt .md .html) and check them against the rules")
    group.addoption("--factcheck-rules", action="append", default=[], metavar="PATH",
                    help="a rule file or folder (repeatable); default: rules/ under rootdir")
    group.addoption("--factcheck-json", default=None, metavar="PATH",
                    help="write the verdicts as JSON to PATH after the run")
    group.addoption("--factcheck-html", default=None, metavar="PATH",
                    help="write an HTML report (articles with their numbers marked) to PATH")
    group.addoption("--factcheck-no-cache", action="store_true", default=False,
                    help="do not reuse verdicts cached from an earlier run")
    parser.addini("factcheck_rules", type="paths", default=[],
                  help="rule files or folders (default: rules/)")
    parser.addini("factcheck_extensions", type="args", default=[".txt", ".md", ".html"],
                  help="suffixes of the files read as articles")
    parser.addini("factcheck_approx", default="10%",
                  help="the spread of 'about X' (default 10%)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers",
                            "factcheck: an article (or one of its facts) checked by factcheck")
    config.stash[STATE] = fs.State.from_config(config)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.File | None:
    state = parent.config.stash[STATE]
    if state.collects(file_path):
        if state.rule_error() is not None:
            return RuleErrorFile.once(parent, file_path)
        return ArticleFile.from_parent(parent, path=file_path)
    return None


class RuleErrorFile(pytest.File):
    """Rule files that cannot be loaded: one collection error for the run, naming each
    problem at its file:line:column, however many articles there are."""

    REPORTED = pytest.StashKey[bool]()

    @classmethod
    def once(cls, parent: pytest.Collector, article: Path) -> RuleErrorFile | None:
        """The collector that reports the error, for the first article only. It stands at
        the article (so that a run on that one file keeps it) under the rule file's name."""
        config = parent.config
        if config.stash.get(cls.REPORTED, False):
            return None
        config.stash[cls.REPORTED] = True
        error = config.stash[STATE].rule_error()
        assert error is not None
        node: RuleErrorFile = cls.from_parent(parent, path=article, nodeid=error.path)
        return node

    def collect(self) -> Iterator[pytest.Item]:
        error = self.config.stash[STATE].rule_error()
        raise self.CollectError(str(error))  # shown as its message alone, no traceback


def pytest_collection_finish(session: pytest.Session) -> None:
    session.config.stash[STATE].collected()


class ArticleFile(pytest.File):
    """An article. Collecting it reads nothing: its item `<article>::*` checks it when it runs
    and reports each contradicted fact as `<article>::<fact id>`; a fact that `-k`, `--lf` or
    a node id singles out gets an item of its own."""

    def collect(self) -> Iterator[pytest.Item]:
        own = self.config.stash[STATE].own_items(self.nodeid, self.path)  # RuleError: file:line
        for fact_id in own:
            yield FactItem.from_parent(self, name=fact_id)
        yield ArticleItem.from_parent(self, name=ARTICLE, singled=frozenset(own))


class FactFailure(Exception):
    """A contradiction or a missing required fact: data, shown by repr_failure."""


class _CheckItem(pytest.Item):
    """What an article's items share: an unreadable article or a runaway rule pattern is a
    plain message, not a traceback."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.add_marker(pytest.mark.factcheck)
        self.results: list[dict[str, Any]] | None = None
        self.failures: list[tuple[str, Verdict]] = []  # (article shown, verdict) per failure
        self.source_text = ""

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> Any:
        if isinstance(excinfo.value, FactFailure):
            article, verdict = self.failures[0]
            return format_failure(article, verdict, self.source_text)
        if isinstance(excinfo.value, FactcheckError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)


class ArticleItem(_CheckItem):
    """`<article>::*`: every fact of the article without an item of its own. Passes when all
    are consistent; each contradicted or missing fact becomes a failed report of its own,
    `<article>::<fact id>` (see `fs.State.pytest_runtest_logreport`), which --lf, -x, JUnit XML
    and the summary see as a failure."""

    def __init__(self, *, singled: frozenset[str], **kw: Any) -> None:
        super().__init__(**kw)
        self.singled = singled

    def runtest(self) -> None:
        state = self.config.stash[STATE]
        checked, verdicts = state.article_verdicts(self.path, self.singled)
        self.results = state.rows(checked, verdicts)
        self.source_text = checked.text
        self.failures = [(checked.display, v) for v in verdicts if is_failure(v)]

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, self.nodeid


class FactItem(_CheckItem):
    """`<article>::<fact id>`: one fact of an article, when -k, --lf or a node id asks."""

    def runtest(self) -> None:
        checked, verdict = self.config.stash[STATE].fact_verdict(self.path, self.name)
        self.source_text = checked.text
        if verdict is None:
            return  # the article does not mention the fact: nothing contradicts it
        self.results = self.config.stash[STATE].rows(checked, [verdict])
        if is_failure(verdict):
            self.failures = [(checked.display, verdict)]
            raise FactFailure(verdict)

    def reportinfo(self) -> tuple[Path, int, str]:
        bad = self.failures[0][1].contradictions if self.failures else []
        return self.path, bad[0].line - 1 if bad else 0, self.nodeid


class ArticleErrorItem(pytest.Item):
    """An article that cannot be read: fails alone, the rest of the run goes on."""

    def __init__(self, *, error: FactcheckError, **kw: Any) -> None:
        super().__init__(**kw)
        self.error = error

    def runtest(self) -> None:
        raise self.error

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> Any:
        if isinstance(excinfo.value, FactcheckError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"{self.nodeid}"


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                   items: list[pytest.Item]) -> None:
    state = config.stash[STATE]
    for link in state.broken_links(list(config.args)):
        error = ArticleError(state.show(link), "symbolic link that leads nowhere (dangling, or "
                                               "a loop of links): no article to read")
        node = ArticleFile.from_parent(session, path=link)
        items.append(ArticleErrorItem.from_parent(node, name="read", error=error))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """An item's report carries its article's failed facts (to the xdist controller, where
    they are logged), and its result rows where no xdist worker spools them."""
    outcome = yield
    if call.when == "call" and isinstance(item, _CheckItem):
        report = outcome.get_result()
        if item.results:
            item.config.stash[STATE].results.carry(report, item.results)
        if isinstance(item, ArticleItem) and item.failures and report.passed:
            report.factcheck_failed = [
                fs.fact_failure(item.nodeid[:-len(ARTICLE)] + v.fact.id, item.location[0], a,
                                v, item.source_text) for a, v in item.failures]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> bool | None:
    """An article's item logs its call report and, only when they did not pass, its setup
    and teardown: see `run_article_item`."""
    return run_article_item(item, nextitem) if isinstance(item, _CheckItem) else None


def run_article_item(item: pytest.Item, nextitem: pytest.Item | None) -> bool | None:
    """pytest's run of an item (setup, call, teardown, each through its hooks), except that a
    setup or teardown that passed is not logged: an article's item has no fixtures and
    captures nothing, so those reports say nothing, and under xdist each is a message from
    worker to controller (xdist sends six per item; this leaves four). `--setup-only` and
    `--setup-show` keep pytest's own run."""
    config = item.config
    if config.getoption("setuponly", False) or config.getoption("setupshow", False):
        return None
    ihook = item.ihook
    ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    setup = call_and_report(item, "setup", log=False)
    if setup.passed:
        call_and_report(item, "call")
    else:
        ihook.pytest_runtest_logreport(report=setup)
    if item.session.shouldfail or item.session.shouldstop:
        nextitem = None
    teardown = call_and_report(item, "teardown", log=False, nextitem=nextitem)
    if not teardown.passed:
        ihook.pytest_runtest_logreport(report=teardown)
    ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True


@pytest.hookimpl(tryfirst=True)
def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config) -> Any:
    """An article whose facts failed is counted by those failures, not also as passed."""
    if getattr(report, "factcheck_failed", 0) and report.when == "call":
        return "", "", ""
    return None


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter: Any, exitstatus: int,
                            config: pytest.Config) -> Any:
    """pytest looks each failure's teardown report up in the list of every passed setup and
    teardown report, so its summary costs failures x items: seconds to minutes for an
    archive with hundreds of contradictions. An article's phases print nothing there (they
    capture no output), so they are left out of that list while the summary is written."""
    del exitstatus
    stats = terminalreporter.stats
    blank = stats.get("")
    state = config.stash[STATE]
    if not state.enabled or not blank or not stats.get("failed"):
        yield
        return
    suffixes = tuple(state.extensions)
    stats[""] = [r for r in blank if getattr(r, "sections", None) or
                 not str(getattr(r, "location", ("",))[0]).lower().endswith(suffixes)]
    try:
        yield
    finally:
        stats[""] = blank


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    del exitstatus
    session.config.stash[STATE].finish(session.config)


@pytest.fixture
def factcheck(request: pytest.FixtureRequest) -> fs.Checker:
    """Check text against the loaded rules: `factcheck.assert_consistent(summary)`."""
    try:
        return request.config.stash[STATE].checker()
    except RuleError as exc:
        pytest.fail(str(exc), pytrace=False)


def pytest_report_header(config: pytest.Config) -> list[str] | None:
    state = config.stash[STATE]
    if not state.enabled:
        return None
    return [state.header()]


def pytest_sessionstart(session: pytest.Session) -> None:
    """factcheck's options without --factcheck do nothing: say so rather than pass."""
    config = session.config
    given = [flag for flag, dest in (("--factcheck-rules", "factcheck_rules"),
                                     ("--factcheck-json", "factcheck_json"))
             if config.getoption(dest)]
    if given and not config.stash[STATE].enabled:
        config.issue_config_time_warning(pytest.PytestConfigWarning(
            f"{' and '.join(given)} given without --factcheck: no article is checked"), 2)
    why = extensions_problem(config.getini("factcheck_extensions"))
    if why and config.stash[STATE].enabled:
        raise pytest.UsageError(why)
    report = config.getoption("factcheck_json")
    if report and (config.invocation_params.dir / report).is_dir():
        raise pytest.UsageError(f"--factcheck-json {report}: is a folder; name the report's "
                                "file (report.json)")


__all__ = ["ArticleFile", "ArticleItem", "FactItem", "RuleError"]
