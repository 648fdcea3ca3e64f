"""The pytest shell: options, collection of articles, one item per (article, fact)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from . import session as fs
from .errors import ArticleError, FactcheckError, PatternTimeout, RuleError
from .report import format_failure, is_failure
from .settings import extensions_problem
from .verdict import Verdict

STATE = pytest.StashKey["fs.State"]()


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
    config.addinivalue_line("markers", "factcheck: an (article, fact) check made by factcheck")
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


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session: pytest.Session) -> None:
    """Under xdist, each worker first checks its share of the articles for all of them."""
    session.config.stash[STATE].precompute(list(session.config.args))


class ArticleFile(pytest.File):
    """An article: its verdicts are computed once, then each fact reports its own."""

    def collect(self) -> Iterator[pytest.Item]:
        state = self.config.stash[STATE]
        facts = state.facts()  # a RuleError here is a collection error naming file:line
        try:
            checked = state.check(self.path)
        except (ArticleError, PatternTimeout) as exc:
            yield ArticleErrorItem.from_parent(self, name="read", error=exc)
            return
        for verdict in checked.verdicts:
            yield FactItem.from_parent(self, name=verdict.fact.id, verdict=verdict,
                                       source_text=checked.text, article=checked.display)
        del facts


class FactFailure(Exception):
    """A contradiction or a missing required fact: data, shown by repr_failure."""


class FactItem(pytest.Item):
    def __init__(self, *, verdict: Verdict, source_text: str, article: str, **kw: Any) -> None:
        super().__init__(**kw)
        self.verdict = verdict
        self.source_text = source_text
        self.article = article
        self.add_marker(pytest.mark.factcheck)

    def runtest(self) -> None:
        self.config.stash[STATE].record(self.nodeid, self.article, self.verdict)
        if is_failure(self.verdict):
            raise FactFailure(self.verdict)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> Any:
        if isinstance(excinfo.value, FactFailure):
            return format_failure(self.article, self.verdict, self.source_text)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        bad = self.verdict.contradictions or self.verdict.mentions
        line = bad[0].line - 1 if bad else 0
        return self.path, line, f"{self.article}::{self.verdict.fact.id}"


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
    outcome = yield
    if call.when == "call" and isinstance(item, FactItem):
        result = item.config.stash[STATE].result_of(item.nodeid)
        if result is not None:
            outcome.get_result().factcheck_result = result


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


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """On the xdist controller: remember the run id, to remove the workers' shared folder."""
    node.config.stash[STATE].run_ids.add(node.workerinput["testrunuid"])


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


__all__ = ["ArticleFile", "FactItem", "RuleError"]
