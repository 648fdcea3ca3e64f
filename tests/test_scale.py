"""Running wide: the verdict cache, xdist, splitting across CI machines, a Dask bag."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_xdist_workers_share_the_work_and_agree(archive: pytest.Pytester) -> None:
    """-n 2 and -n 0 give the same JSON report over many articles, and the run's shared
    folder is removed afterwards."""
    runs = set(Path(session.tempfile.gettempdir()).glob("factcheck-run-*"))
    serial = _report(archive, "a.json", "--factcheck-no-cache")
    wide = _report(archive, "b.json", "--factcheck-no-cache", "-n", "2")
    assert serial == wide
    assert len(serial["results"]) == 48
    assert set(Path(session.tempfile.gettempdir()).glob("factcheck-run-*")) <= runs


def test_pytest_split_divides_the_audit_between_machines(archive: pytest.Pytester) -> None:
    """With pytest-split, `--splits 2 --group 1` and `--group 2` run disjoint halves whose
    union is the whole audit: one half per CI machine."""
    full = _report(archive, "all.json")
    parts = [_report(archive, f"g{g}.json", "--splits", "2", "--group", str(g))
             for g in (1, 2)]
    keys = [{(r["article"], r["fact"]) for r in p["results"]} for p in parts]
    assert keys[0] and keys[1] and not keys[0] & keys[1]
    assert keys[0] | keys[1] == {(r["article"], r["fact"]) for r in full["results"]}


def check_one(path: str) -> list[tuple[str, str, str]]:
    """What a Dask task does: check one article file against the rules."""
    facts = factcheck.load_rules([Path(path).parent.parent / "rules"])
    return [(path, v.fact.id, v.verdict) for v in factcheck.check_file(path, facts)]


def test_check_text_mapped_over_an_archive_with_a_dask_bag(archive: pytest.Pytester) -> None:
    """The README's recipe: a Dask bag on its local multiprocessing scheduler gives the same
    verdicts as a loop."""
    bag = pytest.importorskip("dask.bag")
    paths = sorted(str(p) for p in (archive.path / "articles").glob("*.txt"))
    loop = [row for p in paths for row in check_one(p)]
    wide = bag.from_sequence(paths, npartitions=4).map(check_one).flatten().compute(
        scheduler="processes", num_workers=2)
    assert sorted(wide) == sorted(loop)
    assert len(loop) == 48
