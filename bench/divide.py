"""Does the work divide? Ratios of pytest runs measured in one run, on this machine.

    .venv/bin/python bench/divide.py              # 2,000 articles x 200 rules (about 4 minutes)
    .venv/bin/python bench/divide.py --quick      # 400 articles, for a quick look

Builds (as bench/speed.py does, deterministically from seeds/) a corpus of N articles of
~5 KB, its first 1,000 articles as a second corpus, and a rule file of 200 facts. Then, each
pytest run a fresh process and the fastest of `--repeat` runs, interleaved (the machine is
shared: it also prints how many cores a run kept busy, its CPU seconds over its wall
seconds; `-n 2` can only divide the work when a second core is free):

  (a) `-n 2` against `-n 0` on N articles               (target: at most 0.6); and the
      same from CPU seconds (`-p cpu_probe` logs each process's): the least wall time two
      free cores allow, the busiest worker or all the CPU seconds over 2, whichever is more
  (b) each of `--splits 2 --group 1|2` against the whole run   (target: at most 0.55)
  (c) the naive baseline (quantulum3's parser over every article, sampled and extrapolated)
      against the whole run `-n 0` on 1,000 articles      (target: 150x or more)
  (d) the Dask recipe (README) on 2 processes against the same function in one process; and
      the same from CPU seconds (the processes' CPU seconds over 2 against the loop's)

and checks that (a) and (b) give the JSON report of `-n 0` (the groups' union).

Fair pytest runs: a warm-up run first (bytecode compiled and cached, files in the page
cache; PYTHONDONTWRITEBYTECODE is removed from the environment), `-p no:` for the plugins
installed for the project's own tests that an audit does not use (randomly, cacheprovider,
hypothesis, cov, typeguard), `-p no:cacheprovider` so that no verdict cache is read, and a
`--basetemp` of its own (speed.basetemp: else `-n 2` pays for deleting other sessions'
temporary folders).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import UNUSED, basetemp, env, naive, write_corpus, write_rules  # noqa: E402


def bound(cpus: list[tuple[bool, float]], cores: int = 2) -> float:
    """The wall seconds a run would take at least on `cores` free cores, from the CPU seconds
    of its processes: its busiest worker, or all its work spread over the cores."""
    workers = [c for w, c in cpus if w] or [c for _, c in cpus]
    return max(max(workers), sum(c for _, c in cpus) / cores)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


CPU: dict[float, float] = {}  # wall seconds of a run -> CPU seconds of its processes
PROCS: dict[float, list[tuple[bool, float]]] = {}  # ... -> (is an xdist worker, CPU seconds)


def pytest_run(work: Path, corpus: Path, rules: Path, report: Path | None,
               *extra: str) -> float:
    """Seconds of one `pytest --factcheck` run in a fresh process (its CPU seconds, all its
    processes, are kept in CPU)."""
    ini = work / "pytest.ini"
    ini.write_text("[pytest]\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "pytest", "--factcheck", str(corpus), "--factcheck-rules",
           str(rules), "-q", "-c", str(ini), "--rootdir", str(work), *basetemp(work)]
    for name in UNUSED:
        cmd += ["-p", f"no:{name}"]
    if report is not None:
        cmd += ["--factcheck-json", str(report)]
    log = work / "cpu.log"
    log.unlink(missing_ok=True)
    cmd += ["-p", "cpu_probe"]
    run_env = {**env(), "FACTCHECK_CPU_LOG": str(log),
               "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    c0, t0 = _children_cpu(), time.perf_counter()
    proc = subprocess.run([*cmd, *extra], capture_output=True, text=True, cwd=work, env=run_env)
    secs = time.perf_counter() - t0
    CPU[secs] = _children_cpu() - c0
    PROCS[secs] = [(bool(d["worker"]), float(d["cpu"])) for d in
                   map(json.loads, log.read_text(encoding="utf-8").split("\n")[:-1])]
    if proc.returncode not in (0, 1):
        sys.exit(f"pytest failed ({proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return secs


def rounds(repeat: int, runs: dict[str, tuple[object, ...]]
           ) -> tuple[dict[str, float], dict[str, float]]:
    """Each run `repeat` times, the runs interleaved (A B C A B C), so that a change in the
    machine's load falls on all of them: the fastest wall seconds of each, and the least
    of its `bound` (what 2 free cores would allow, from its processes' CPU seconds)."""
    wall: dict[str, float] = {}
    est: dict[str, float] = {}
    for _ in range(repeat):
        for name, args in runs.items():
            secs = pytest_run(*args)  # type: ignore[arg-type]
            wall[name] = min(wall.get(name, secs), secs)
            b = bound(PROCS[secs])
            est[name] = min(est.get(name, b), b)
    return wall, est


def cores(secs: float) -> str:
    return f"{CPU.get(secs, 0.0) / secs:.1f} cores busy"


def results(path: Path) -> list[dict[str, object]]:
    return list(json.loads(path.read_text(encoding="utf-8"))["results"])


def dask_ratio(corpus: Path, rules: Path) -> dict[str, float]:
    """(d) in a fresh process: the README's Dask recipe on 2 worker processes against the
    same partition function run in this process, over every article."""
    code = f"""
import json, resource, sys, time
sys.path.insert(0, {str(HERE)!r})
from dask_recipe import check_archive, check_partition
from pathlib import Path
def cpu(who):
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime
paths = sorted(str(p) for p in Path({str(corpus)!r}).glob("*.txt"))
c0, t0 = cpu(resource.RUSAGE_SELF), time.perf_counter()
one = check_partition(paths, {str(rules)!r})
loop, loop_cpu = time.perf_counter() - t0, cpu(resource.RUSAGE_SELF) - c0
c0, k0, t0 = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
two = check_archive(paths, {str(rules)!r}, workers=2)
wide = time.perf_counter() - t0
wide_cpu = cpu(resource.RUSAGE_SELF) - c0 + cpu(resource.RUSAGE_CHILDREN) - k0
assert sorted(one) == sorted(two)
print(json.dumps({{"loop": loop, "dask": wide, "rows": len(one), "loop_cpu": loop_cpu,
                  "dask_cpu": wide_cpu}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, env=env()).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="400 articles")
    ap.add_argument("-N", type=int, default=2000, help="articles for (a), (b), (d)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each; the fastest counts")
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
        got, est = rounds(args.repeat, {
            "n0": (work, big, rules, r0), "n2": (work, big, rules, r2, "-n", "2"),
            "g1": (work, big, rules, work / "g1.json", "--splits", "2", "--group", "1"),
            "g2": (work, big, rules, work / "g2.json", "--splits", "2", "--group", "2")})
        t0, t2, groups = got["n0"], got["n2"], [got["g1"], got["g2"]]
        whole = results(r0)
        same_n2 = results(r2) == whole
        union = sorted(results(work / "g1.json") + results(work / "g2.json"),
                       key=lambda r: (str(r["article"]), str(r["fact"])))
        same_split = union == whole
        t1k = rounds(args.repeat, {"n0": (work, small, rules, None)})[0]["n0"]
        q3 = naive(small, args.q3_sample)  # right after, in the same state of the machine
        dk = dask_ratio(big, rules)

        ok = {True: "same JSON report as -n 0", False: "JSON report DIFFERS from -n 0"}
        print(f"(a) -n 2 / -n 0, {n} articles:       {t2:7.2f} s / {t0:7.2f} s = "
              f"{t2 / t0:.2f}   (target <= 0.6; {ok[same_n2]}; {cores(t2)} / {cores(t0)})")
        print(f"    from CPU seconds, on 2 free cores: {est['n2']:7.2f} s / {est['n0']:7.2f} s = "
              f"{est['n2'] / est['n0']:.2f}")
        for g, tg in zip((1, 2), groups):
            print(f"(b) split group {g} of 2 / whole run:   {tg:7.2f} s / {t0:7.2f} s = "
                  f"{tg / t0:.2f}   (target <= 0.55; from CPU seconds "
                  f"{est[f'g{g}'] / est['n0']:.2f})")
        print(f"    groups 1 + 2: {ok[same_split]} ({len(union)} results)")
        print(f"(c) naive quantulum3 / -n 0, {n1} articles: {q3['seconds']:7.1f} s / "
              f"{t1k:6.2f} s = {q3['seconds'] / t1k:.0f}x   (target >= 150x; "
              f"{mb1 / t1k:.2f} MB/s end to end, quantulum3 sampled {args.q3_sample} articles)")
        print(f"(d) Dask, 2 processes / one process, {n} articles: {dk['dask']:6.2f} s / "
              f"{dk['loop']:6.2f} s = {dk['dask'] / dk['loop']:.2f}   ({dk['rows']:.0f} results,"
              f" the same)")
        print(f"    from CPU seconds, on 2 free cores: {dk['dask_cpu'] / 2:6.2f} s / "
              f"{dk['loop_cpu']:6.2f} s = {dk['dask_cpu'] / 2 / dk['loop_cpu']:.2f}   (all the "
              f"worker processes' CPU seconds over 2: {dk['dask_cpu']:.2f})")
        if not (same_n2 and same_split):
            sys.exit(1)


if __name__ == "__main__":
    main()
