"""A pytest plugin for bench/divide.py (`-p cpu_probe`, with bench/ on PYTHONPATH): each
process of a run (the xdist controller and each worker, or the only process) appends its CPU
seconds so far to the file named by FACTCHECK_CPU_LOG when pytest unconfigures."""

from __future__ import annotations

import json
import os
import resource
from typing import Any


def pytest_unconfigure(config: Any) -> None:
    log = os.environ.get("FACTCHECK_CPU_LOG")
    if not log:
        return
    r = resource.getrusage(resource.RUSAGE_SELF)
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"worker": hasattr(config, "workerinput"),
                             "cpu": r.ru_utime + r.ru_stime}) + "\n")
