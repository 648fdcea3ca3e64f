"""The pytest shell of `factcheck compare`: `pytest --factcheck-compare DIR` makes one item
per group of amounts across the articles under DIR, failing where they disagree.

Grouping needs every article of DIR at once, so it happens at collection (each xdist worker
groups the same articles the same way, so node ids agree); an item's run reports its group.
With no path on the command line, only these items run (not the test suite of testpaths).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from .compare import Group, compare
from .compare_report import format_group, read_articles
from .session import parse_approx


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck")
    group.addoption("--factcheck-compare", action="append", default=[], metavar="DIR",
                    help="compare the amounts of the articles under DIR (versions of one "
                         "story), one item per group; fails where they disagree")


def _articles(folder: Path, extensions: tuple[str, ...]) -> list[Path]:
    if folder.is_file():
        return [folder]
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in extensions)


def _shown(path: Path, root: Path) -> str:
    try:
        return Path(os.path.relpath(path.resolve(), root)).as_posix()
    except ValueError:  # another drive
        return path.as_posix()


class VersionsFolder(pytest.Collector):
    """The articles under one folder, compared with each other."""

    def collect(self) -> list[pytest.Item]:
        root = self.config.rootpath
        exts = tuple(e.lower() for e in self.config.getini("factcheck_extensions"))
        paths = _articles(self.path, exts)
        docs, errors = read_articles(paths)
        docs = [(_shown(Path(name), root), doc) for name, doc in docs]
        items: list[pytest.Item] = [UnreadableItem.from_parent(self, name=f"read-{i + 1}",
                                                               message=e)
                                    for i, e in enumerate(errors)]
        if len(docs) < 2:
            items.append(UnreadableItem.from_parent(
                self, name="articles", message=f"{_shown(self.path, root)}: needs at least two "
                                               f"readable articles to compare, found {len(docs)}"))
            return items
        approx = parse_approx(self.config.getini("factcheck_approx"))
        for g in compare(docs, approx):
            items.append(GroupItem.from_parent(self, name=g.id, group=g))
        return items


class Disagreement(Exception):
    """The versions disagree: data, shown by repr_failure."""


class GroupItem(pytest.Item):
    def __init__(self, *, group: Group, **kw: Any) -> None:
        super().__init__(**kw)
        self.group = group

    def runtest(self) -> None:
        if not self.group.agree:
            raise Disagreement(self.group.id)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> Any:
        if isinstance(excinfo.value, Disagreement):
            return format_group(self.group)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        first = self.group.readings[0]
        return self.path, first.line - 1, self.nodeid


class UnreadableItem(pytest.Item):
    def __init__(self, *, message: str, **kw: Any) -> None:
        super().__init__(**kw)
        self.message = message

    def runtest(self) -> None:
        raise Disagreement(self.message)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> Any:
        if isinstance(excinfo.value, Disagreement):
            return self.message
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, self.nodeid


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    folders = config.getoption("factcheck_compare")
    if not folders:
        return
    mine: list[pytest.Item] = []
    for raw in folders:
        path = Path(raw)
        if not path.is_absolute():
            path = Path(config.invocation_params.dir) / path
        if not path.exists():
            raise pytest.UsageError(f"--factcheck-compare {raw}: no such file or folder")
        name = _shown(path, config.rootpath)
        node = VersionsFolder.from_parent(session, name=name, path=path, nodeid=name)
        rep = config.hook.pytest_make_collect_report(collector=node)
        config.hook.pytest_collectreport(report=rep)  # counted and shown as pytest's own
        if rep.passed:  # else pytest counts the error and stops before running
            mine.extend(x for x in rep.result if isinstance(x, pytest.Item))
    items.extend(mine)


def _only_compare(config: pytest.Config) -> bool:
    return bool(config.getoption("factcheck_compare")) and \
        config.args_source != pytest.Config.ArgsSource.ARGS


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """`pytest --factcheck-compare DIR` with no path: run the comparison only."""
    return True if _only_compare(config) else None
