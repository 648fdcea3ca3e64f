"""Does the work divide? Ratios of pytest runs measured in one run, on this machine.

    .venv/bin/python bench/divide.py              # 2,000 articles x 200 rules (about 4 minutes)
    .venv/bin/python bench/divide.py --quick      # 400 articles, for a quick look

Builds (as bench/speed.py does, deterministically from seeds/) a corpus of N articles of
~5 KB, its first 1,000 articles as a second corpus, and a rule file of 200 facts. Then, each
pytest run a fresh process and the fastest of `--repeat` runs:

  (a) `-n 2` against `-n 0` on N articles               (target: at most 0.6)
  (b) each of `--splits 2 --group 1|2` against the whole run   (target: at most 0.55)
  (c) the naive baseline (quantulum3's parser over every article, sampled and extrapolated)
      against the whole run `-n 0` on 1,000 articles      (target: 150x or more)
  (d) the Dask recipe (README) on 2 processes against the same function in one process

and checks that (a) and (b) give the JSON report of `-n 0` (the groups' union).

Fair pytest runs: a warm-up run first (bytecode compiled and cached, files in the page
cache; PYTHONDONTWRITEBYTECODE is removed from the environment), `-p no:` for the plugins
installed for the project's own tests that an audit does not use (randomly, cacheprovider,
hypothesis, cov, typeguard), and `-p no:cacheprovider` so that no verdict cache is read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import naive, write_corpus, write_rules  # noqa: E402  (bench/ is no package)

UNUSED = ("randomly", "cacheprovider", "hypothesispytest", "pytest_cov", "typeguard")


def env() -> dict[str, str]:
    out = dict(os.environ)
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    return out


def pytest_run(work: Path, corpus: Path, rules: Path, report: Path | None,
               *extra: str) -> float:
    """Seconds of one `pytest --factcheck` run in a fresh process."""
    ini = work / "pytest.ini"
    ini.write_text("[pytest]\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "pytest", "--factcheck", str(corpus), "--factcheck-rules",
           str(rules), "-q", "-c", str(ini), "--rootdir", str(work)]
    for name in UNUSED:
        cmd += ["-p", f"no:{name}"]
    if report is not None:
        cmd += ["--factcheck-json", str(report)]
    t0 = time.perf_counter()
    proc = subprocess.run([*cmd, *extra], capture_output=True, text=True, cwd=work, env=env())
    secs = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"pytest failed ({proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return secs


def best(repeat: int, run: object, *args: object) -> float:
    return min(run(*args) for _ in range(repeat))  # type: ignore[operator]


def results(path: Path) -> list[dict[str, object]]:
    return list(json.loads(path.read_text(encoding="utf-8"))["results"])


def dask_ratio(corpus: Path, rules: Path) -> dict[str, float]:
    """(d) in a fresh process: the README's Dask recipe on 2 worker processes against the
    same partition function run in this process, over every article."""
    code = f"""
import json, sys, time
sys.path.insert(0, {str(HERE)!r})
from dask_recipe import check_archive, check_partition
from pathlib import Path
paths = sorted(str(p) for p in Path({str(corpus)!r}).glob("*.txt"))
t0 = time.perf_counter()
one = check_partition(paths, {str(rules)!r})
loop = time.perf_counter() - t0
t0 = time.perf_counter()
two = check_archive(paths, {str(rules)!r}, workers=2)
wide = time.perf_counter() - t0
assert sorted(one) == sorted(two)
print(json.dumps({{"loop": loop, "dask": wide, "rows": len(one)}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, env=env()).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="400 articles")
    ap.add_argument("-N", type=int, default=2000, help="articles for (a), (b), (d)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest counts")
    ap.add_argument("--q3-sample", type=int, default=10, help="articles quantulum3 reads")
    args = ap.parse_args()
    n = 400 if args.quick else args.N
    n1 = min(n, 1000)
    with tempfile.TemporaryDirectory(prefix="factcheck-divide-") as tmp:
        work = Path(tmp)
        big, small, warm = work / f"corpus-{n}", work / f"corpus-{n1}", work / "warm"
        mb = write_corpus(big, n)
        mb1 = write_corpus(small, n1)
        write_corpus(warm, 20)
        rules = work / "rules-200.yaml"
        write_rules(rules, 200)
        print(f"corpus: {n} articles, {mb:.1f} MB ({n1}: {mb1:.1f} MB); rules: 200 facts; "
              f"{os.cpu_count()} cores", flush=True)
        pytest_run(work, warm, rules, None)
        pytest_run(work, warm, rules, None, "-n", "2")

        r0, r2 = work / "n0.json", work / "n2.json"
        t0 = best(args.repeat, pytest_run, work, big, rules, r0)
        t2 = best(args.repeat, pytest_run, work, big, rules, r2, "-n", "2")
        groups = [best(args.repeat, pytest_run, work, big, rules, work / f"g{g}.json",
                       "--splits", "2", "--group", str(g)) for g in (1, 2)]
        whole = results(r0)
        same_n2 = results(r2) == whole
        union = sorted(results(work / "g1.json") + results(work / "g2.json"),
                       key=lambda r: (str(r["article"]), str(r["fact"])))
        same_split = union == whole
        t1k = best(args.repeat, pytest_run, work, small, rules, None)
        q3 = naive(small, args.q3_sample)
        dk = dask_ratio(big, rules)

        ok = {True: "same JSON report as -n 0", False: "JSON report DIFFERS from -n 0"}
        print(f"(a) -n 2 / -n 0, {n} articles:       {t2:7.2f} s / {t0:7.2f} s = "
              f"{t2 / t0:.2f}   (target <= 0.6; {ok[same_n2]})")
        for g, tg in zip((1, 2), groups):
            print(f"(b) split group {g} of 2 / whole run:   {tg:7.2f} s / {t0:7.2f} s = "
                  f"{tg / t0:.2f}   (target <= 0.55)")
        print(f"    groups 1 + 2: {ok[same_split]} ({len(union)} results)")
        print(f"(c) naive quantulum3 / -n 0, {n1} articles: {q3['seconds']:7.1f} s / "
              f"{t1k:6.2f} s = {q3['seconds'] / t1k:.0f}x   (target >= 150x; "
              f"{mb1 / t1k:.2f} MB/s end to end, quantulum3 sampled {args.q3_sample} articles)")
        print(f"(d) Dask, 2 processes / one process, {n} articles: {dk['dask']:6.2f} s / "
              f"{dk['loop']:6.2f} s = {dk['dask'] / dk['loop']:.2f}   ({dk['rows']:.0f} results,"
              f" the same)")
        if not (same_n2 and same_split):
            sys.exit(1)


if __name__ == "__main__":
    main()
