"""Speed of `factcheck compare` against `factcheck check` on the same articles, and how its
grouping grows with the number of amounts.

    .venv/bin/python bench/compare_speed.py            # N = 250, 500, 1,000, 2,000 (~2 min)
    .venv/bin/python bench/compare_speed.py --quick    # N = 250 and 1,000

The corpora are bench/speed.py's (N articles of ~5 KB from the seed paragraphs, one paragraph
in ten with its numbers changed): the same story told N times, the worst case for grouping,
since every quantity's readings fall in one block. For each N, in fresh processes:

  (1) `factcheck check corpus/ --format json` with rules/ (the time to beat);
  (2) `factcheck compare corpus/ --format json` end to end;
  (3) in-process: reading the amounts, then grouping them, timed apart, with the number of
      readings and of the readings' comparisons with a group's members.

Times are CPU seconds (user + system), which other work on a shared machine does not
inflate as it does wall time.

The growth of (3)'s grouping from N to 2N is printed as an exponent: 1 is linear, 2 quadratic.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from speed import write_corpus  # noqa: E402  (bench/speed.py, the shared corpus)

from factcheck import compare as fc  # noqa: E402
from factcheck.text import document, read_article  # noqa: E402

FACTCHECK = str(Path(sys.executable).with_name("factcheck"))


def _timed(*args: str) -> tuple[float, int]:
    """CPU seconds (user + system) of a fresh `factcheck` process: unlike wall time, not
    inflated by other work on a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([FACTCHECK, *args], capture_output=True, text=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, done.returncode


def in_process(corpus: Path) -> dict[str, float]:
    paths = sorted(corpus.glob("*.txt"))
    fc._TEMPLATES.clear()  # as a fresh process: no sentence read before
    t0 = time.process_time()
    readings: list[fc.Reading] = []
    for p in paths:
        readings.extend(fc.sentence_readings(p.as_posix(), document(read_article(p))))
    t1 = time.process_time()
    calls = 0
    score = fc._score

    def counted(a: fc.Reading, b: fc.Reading, idf: dict[str, float]) -> float:
        nonlocal calls
        calls += 1
        return score(a, b, idf)

    fc._score = counted  # count the comparisons the grouping makes
    try:
        groups = fc.group(readings)
    finally:
        fc._score = score
    t2 = time.process_time()
    return {"read_s": t1 - t0, "group_s": t2 - t1, "readings": len(readings),
            "comparisons": calls, "groups": len(groups),
            "disagree": sum(1 for g in groups if not g.agree)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", help="also write the rows here")
    args = ap.parse_args()
    sizes = [250, 1000] if args.quick else [250, 500, 1000, 2000]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            corpus = Path(tmp) / f"c{n}"
            write_corpus(corpus, n)
            check_s, _ = _timed("check", str(corpus), "--format", "json")
            compare_s, rc = _timed("compare", str(corpus), "--format", "json")
            row = {"articles": n, "check_s": check_s, "compare_s": compare_s,
                   "compare_exit": rc, **in_process(corpus)}
            rows.append(row)
            print(f"N={n:>5}: CPU check {check_s:6.1f} s, compare {compare_s:6.1f} s "
                  f"(ratio {compare_s / check_s:.2f}); in-process read {row['read_s']:.1f} s, "
                  f"group {row['group_s']:.2f} s, {row['readings']:,} readings, "
                  f"{row['comparisons']:,} comparisons "
                  f"({row['comparisons'] / max(1, row['readings']):.1f} per reading), "
                  f"{row['groups']:,} groups, {row['disagree']:,} disagree", flush=True)
    for a, b in zip(rows, rows[1:]):
        growth = math.log(b["comparisons"] / a["comparisons"]) / math.log(
            b["readings"] / a["readings"])
        t_growth = math.log(b["group_s"] / a["group_s"]) / math.log(b["readings"] / a["readings"])
        print(f"N {a['articles']} -> {b['articles']}: comparisons grow as readings^{growth:.2f}, "
              f"grouping time as readings^{t_growth:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
