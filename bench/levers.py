"""What two of pytest's costs weigh in a run: the cyclic garbage collector, with and without
`gc.freeze()` after collection, and the terminal's writing, with and without the terminal.

    .venv/bin/python bench/levers.py            # 1,000 articles x 200 rules (about 2 minutes)
    .venv/bin/python bench/levers.py -N 300

Each variant is a fresh process running `pytest --factcheck` in-process (`-n 0`, no cache,
the plugins an audit does not use left out), the fastest of two; it prints the process's CPU
seconds and the time spent in the garbage collector (measured with `gc.callbacks`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import UNUSED, env, write_corpus, write_rules  # noqa: E402  (bench/ is no package)

RUN = """
import gc, json, sys, time
import pytest
spent, began = [0.0], [0.0]
def timer(phase, info):
    if phase == "start":
        began[0] = time.perf_counter()
    else:
        spent[0] += time.perf_counter() - began[0]
gc.callbacks.append(timer)
if {no_freeze}:
    gc.freeze = lambda: None   # the plugin calls gc.freeze() after collection
t0 = time.process_time()
pytest.main({args})
print(json.dumps({{"cpu": time.process_time() - t0, "gc": spent[0]}}), file=sys.stderr)
"""


def run(work: Path, corpus: Path, rules: Path, no_freeze: bool, *extra: str) -> dict[str, float]:
    quiet = [] if "no:terminal" in extra else ["-q"]  # -q belongs to the terminal plugin
    args = ["--factcheck", str(corpus), "--factcheck-rules", str(rules), *quiet, "-c",
            str(work / "pytest.ini"), "--rootdir", str(work), *extra]
    for name in UNUSED:
        args += ["-p", f"no:{name}"]
    code = RUN.format(no_freeze=no_freeze, args=args)
    out = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=work, env=env()).stderr.strip().splitlines()[-1]
           for _ in range(2)]
    return min((json.loads(o) for o in out), key=lambda r: float(r["cpu"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-N", type=int, default=1000, help="articles")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-levers-") as tmp:
        work = Path(tmp)
        (work / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        corpus, rules = work / "corpus", work / "rules.yaml"
        mb = write_corpus(corpus, args.N)
        write_rules(rules, 200)
        print(f"corpus: {args.N} articles, {mb:.1f} MB; rules: 200 facts; -n 0", flush=True)
        rows = [("as shipped (gc.freeze() after collection)", run(work, corpus, rules, False)),
                ("without gc.freeze()", run(work, corpus, rules, True)),
                ("without the terminal (-p no:terminal)",
                 run(work, corpus, rules, False, "-p", "no:terminal"))]
        for name, r in rows:
            print(f"  {name:44s} {r['cpu']:6.2f} CPU s, garbage collector {r['gc']:5.2f} s")


if __name__ == "__main__":
    main()
