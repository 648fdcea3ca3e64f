"""Running wide: the verdict cache, xdist and pytest-split dividing the checking, a Dask bag."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import factcheck
from factcheck import session

RULES = """\
facts:
  - id: consulate-hostages
    value: 48
    unit: people
    keywords: [consulate]
  - id: mosul-displaced
    value: 500000
    tolerance: 10%
    keywords: [fled]
"""


@pytest.fixture
def archive(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".yaml", **{"rules/r": RULES})
    for i in range(24):
        pytester.makefile(".txt", **{f"articles/a{i:02d}": (
            f"Gunmen seized {46 + i % 4} people at the consulate.\n"
            f"More than {400 + 10 * i},000 people have fled Mosul.\n")})
    return pytester


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The articles whose verdicts were computed (not served from a cache) in this process."""
    seen: list[str] = []
    real = session.check_document

    def counting(doc, facts, *, path=None, approx=0.1):  # type: ignore[no-untyped-def]
        seen.append(path)
        return real(doc, facts, path=path, approx=approx)

    monkeypatch.setattr(session, "check_document", counting)
    return seen


def _report(p: pytest.Pytester, name: str, *args: str) -> dict:
    p.runpytest("--factcheck", "articles/", "--factcheck-json", name, "-p", "no:randomly", *args)
    return json.loads((p.path / name).read_text(encoding="utf-8"))


def test_rerun_is_served_from_the_cache(archive: pytest.Pytester, computed: list[str]) -> None:
    """A second run with nothing changed computes no verdict and reports the same."""
    first = _report(archive, "a.json")
    assert len(computed) == 24
    computed.clear()
    assert _report(archive, "b.json") == first
    assert computed == []


def test_a_changed_article_or_rule_is_never_served_stale(archive: pytest.Pytester,
                                                         computed: list[str]) -> None:
    """Editing one article recomputes that article only; editing a rule recomputes all."""
    _report(archive, "a.json")
    (archive.path / "articles" / "a03.txt").write_text(
        "Gunmen seized 12 people at the consulate.\n", encoding="utf-8")
    computed.clear()
    data = _report(archive, "b.json")
    assert computed == ["articles/a03.txt"]
    bad = [r for r in data["results"] if r["article"] == "articles/a03.txt"]
    assert [r["verdict"] for r in bad] == ["contradiction"]
    (archive.path / "rules" / "r.yaml").write_text(RULES.replace("value: 48", "value: 12"),
                                                   encoding="utf-8")
    computed.clear()
    data = _report(archive, "c.json")
    assert len(computed) == 24
    verdicts = {r["article"]: r["verdict"] for r in data["results"]
                if r["fact"] == "consulate-hostages"}
    assert verdicts["articles/a03.txt"] == "consistent"


def test_no_cache_option_computes_every_time(archive: pytest.Pytester, computed: list[str]
                                             ) -> None:
    """--factcheck-no-cache neither reads nor writes the cache."""
    _report(archive, "a.json", "--factcheck-no-cache")
    _report(archive, "b.json", "--factcheck-no-cache")
    assert len(computed) == 48
    assert not (archive.path / ".pytest_cache" / "d" / "factcheck").exists()


LOG_CHECKS = """
import os
from factcheck import session

real = getattr(session, "unlogged_check_document", session.check_document)
session.unlogged_check_document = real  # in-process runs import this conftest again

def logged(doc, facts, *, path=None, approx=0.1):
    with open(f"checked-{os.getpid()}.log", "a", encoding="utf-8") as fh:
        fh.write(path + "\\n")
    return real(doc, facts, path=path, approx=approx)

session.check_document = logged
"""


@pytest.fixture
def logged(archive: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """The archive, with a conftest that logs each check to a file per process (in-process
    runs patch this process's engine: it is put back after the test)."""
    monkeypatch.setattr(session, "check_document", session.check_document)
    archive.makeconftest(LOG_CHECKS)
    return archive


def _checks(p: pytest.Pytester) -> dict[str, list[str]]:
    """Each process of the last runs -> the articles it checked; the logs are then removed."""
    out = {}
    for log in p.path.glob("checked-*.log"):
        out[log.stem] = log.read_text(encoding="utf-8").split()
        log.unlink()
    return out


def test_collection_reads_and_checks_no_article(logged: pytest.Pytester) -> None:
    """--collect-only lists every article and checks none: the checking happens where an
    item runs."""
    result = logged.runpytest_subprocess("--factcheck", "articles/", "--collect-only", "-q",
                                          "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["articles/a00.txt::[*]", "*24 tests collected*"])
    assert _checks(logged) == {}


def test_xdist_workers_each_check_only_their_articles_and_agree(
        logged: pytest.Pytester) -> None:
    """With -n 2 each article is checked once, by the worker that runs it, both workers take
    part, and the JSON report is the report of -n 0."""
    serial = _report(logged, "a.json", "--factcheck-no-cache")
    assert sum(map(len, _checks(logged).values())) == 24
    wide = _report(logged, "b.json", "--factcheck-no-cache", "-n", "2")
    per_worker = _checks(logged)
    assert serial == wide
    assert len(serial["results"]) == 48
    assert len(per_worker) == 2 and all(per_worker.values())
    assert sorted(a for arts in per_worker.values() for a in arts) == \
        sorted(f"articles/a{i:02d}.txt" for i in range(24))


def test_pytest_split_groups_check_only_their_own_articles(logged: pytest.Pytester) -> None:
    """With pytest-split, `--splits 2 --group 1` and `--group 2` each check only the articles
    they run (about half each); their reports are disjoint and together are the whole run's."""
    full = _report(logged, "all.json", "--factcheck-no-cache")
    _checks(logged)
    parts, checked = [], []
    for g in (1, 2):
        parts.append(_report(logged, f"g{g}.json", "--factcheck-no-cache", "--splits", "2",
                             "--group", str(g)))
        checked.append(sorted(a for arts in _checks(logged).values() for a in arts))
    assert len(checked[0]) == len(checked[1]) == 12
    assert not set(checked[0]) & set(checked[1])
    keys = [{(r["article"], r["fact"]) for r in p["results"]} for p in parts]
    assert keys[0] and keys[1] and not keys[0] & keys[1]
    assert {a for a, _ in keys[0]} <= set(checked[0])
    assert sorted(parts[0]["results"] + parts[1]["results"],
                  key=lambda r: (r["article"], r["fact"])) == full["results"]


def _recipe() -> ModuleType:
    """bench/dask_recipe.py, the file the README's recipe points to."""
    path = Path(__file__).resolve().parent.parent / "bench" / "dask_recipe.py"
    spec = importlib.util.spec_from_file_location("dask_recipe", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_recipe_divides_an_archive_and_agrees_with_a_loop(
        archive: pytest.Pytester) -> None:
    """The README's recipe on Dask's local scheduler, 2 processes: the verdicts of checking
    each article in a loop, every article once."""
    pytest.importorskip("dask.bag")
    recipe = _recipe()
    rules = str(archive.path / "rules")
    paths = sorted(str(p) for p in (archive.path / "articles").glob("*.txt"))
    loop = [(p, v.fact.id, v.verdict) for p in paths
            for v in factcheck.check_file(p, factcheck.load_rules([rules]))]
    wide = recipe.check_archive(paths, rules, workers=2)
    assert sorted(wide) == sorted(loop)
    assert len(loop) == 48
    assert recipe.check_archive(paths, rules, workers=1, scheduler="sync") == \
        recipe.check_partition(paths, rules)
