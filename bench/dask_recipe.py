"""The README's recipe: check an archive on Dask (extra `dask`), dividing the articles
between worker processes (or a cluster's workers) in partitions.

    from dask_recipe import check_archive
    rows = check_archive(paths, "rules/", workers=8)   # [(path, fact id, verdict), ...]

Each partition loads and compiles the rules once and checks its articles one at a time;
only the rows travel back. `tests/test_scale.py` runs it; `bench/divide.py` times it.
"""

from __future__ import annotations

from collections.abc import Sequence

import factcheck


def check_partition(paths: Sequence[str], rules: str) -> list[tuple[str, str, str]]:
    """What one Dask task does: the rules compiled once, then every article of the partition."""
    ruleset = factcheck.Ruleset.build(factcheck.load_rules([rules]))
    return [(p, v.fact.id, v.verdict) for p in paths for v in factcheck.check_file(p, ruleset)]


def check_archive(paths: Sequence[str], rules: str, workers: int = 2,
                  scheduler: str = "processes") -> list[tuple[str, str, str]]:
    """Every article's verdicts, computed on `workers` processes of Dask's local scheduler
    (pass scheduler=None to use a `dask.distributed` Client made beforehand)."""
    import dask.bag as db

    parts = max(1, min(len(paths), 2 * workers))
    bag = db.from_sequence(list(paths), npartitions=parts)
    rows = bag.map_partitions(check_partition, rules)
    if scheduler is None:
        return list(rows.compute())
    return list(rows.compute(scheduler=scheduler, num_workers=workers))
