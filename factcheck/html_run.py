"""`--factcheck-html PATH`: after the run, the HTML report of every article of the run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .errors import FactcheckError, RuleError
from .html_marks import ArticleMarks, mark_file
from .html_report import render, write_html

if TYPE_CHECKING:
    from .session import State


def html_target(config: pytest.Config) -> str | None:
    """--factcheck-html PATH, refused at the start of the run if it names a folder."""
    path: str | None = config.getoption("factcheck_html")
    if path and (Path(config.invocation_params.dir) / path).is_dir():
        raise pytest.UsageError(f"--factcheck-html {path}: is a folder; name the report's "
                                "file (report.html)")
    return path


def write_run_report(state: State, config: pytest.Config, path: str) -> None:
    """Mark every article of the run, with the verdicts its items had (cached or computed
    the same way), and write the page. Rules that do not load write no page: the run
    already reports them."""
    target = Path(path)
    if not target.is_absolute():
        target = Path(config.invocation_params.dir) / target
    try:
        facts = state.facts()
    except RuleError:
        return
    articles: list[ArticleMarks] = []
    for p in state.article_paths(list(config.args)):
        display = state.show(p)
        try:
            verdicts = state.check(p).verdicts
        except FactcheckError as exc:
            articles.append(ArticleMarks(display, "", error=str(exc)))
            continue
        articles.append(mark_file(p, facts, display=display, verdicts=verdicts,
                                  approx=state.approx))
    try:
        write_html(target, render(articles, facts))
    except OSError as exc:
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        message = f"factcheck: cannot write the HTML report {path}: {exc.strerror or exc}"
        if reporter is not None:
            reporter.write_line(message, red=True)
