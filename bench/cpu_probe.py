"""A pytest plugin for bench/divide.py (`-p cpu_probe`, with bench/ on PYTHONPATH): each
process of a run (the xdist controller and each worker, or the only process) appends its CPU
seconds so far to the file named by FACTCHECK_CPU_LOG when pytest unconfigures, with the CPU
seconds of its main thread in collection ("collect") and in the items' calls ("call": the
checking), so that what xdist adds can be told from the checking."""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Iterator
from typing import Any

import pytest

SPENT = {"collect": 0.0, "call": 0.0}


@pytest.hookimpl(hookwrapper=True)
def pytest_collection(session: Any) -> Iterator[None]:
    t = time.thread_time()
    yield
    SPENT["collect"] += time.thread_time() - t


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: Any) -> Iterator[None]:
    t = time.thread_time()
    yield
    SPENT["call"] += time.thread_time() - t


def pytest_unconfigure(config: Any) -> None:
    log = os.environ.get("FACTCHECK_CPU_LOG")
    if not log:
        return
    r = resource.getrusage(resource.RUSAGE_SELF)
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"worker": hasattr(config, "workerinput"),
                             "cpu": r.ru_utime + r.ru_stime, **SPENT}) + "\n")
