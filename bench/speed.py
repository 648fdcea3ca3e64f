"""Speed and scale of factcheck, against quantulum3 and a word-lookup floor, in one run.

    .venv/bin/python bench/speed.py              # the full table (about 3 minutes)
    .venv/bin/python bench/speed.py --quick      # N = 200 only, for a quick look
    .venv/bin/python bench/speed.py --no-scaling # N = 1,000: the stage table only

From seeds/ and deterministically, builds corpora of N articles (~5 KB each: seed paragraphs,
the numbers of one paragraph in ten changed) and rule files of R facts (rules/ plus synthetic facts shaped like the
real ones: 1-3 keywords drawn from the corpus vocabulary, a `context` word on 60% of them, as
16 of the 26 real facts have; 1 in 20 pins a value, the rest accept any count, so that most
mentions agree as in a real archive). Then times, each in a fresh process:

  (1) check_text in-process over the corpus, one core (MB/s), articles read one at a time;
  (2) pytest --factcheck corpus/ -n 2 end to end, no cache; then a cold and a warm cached run
      (after a warm-up run, so bytecode is compiled and cached; PYTHONDONTWRITEBYTECODE
      unset; `-p no:` for the plugins of the project's tests an audit does not use);
  (3) the naive baseline: quantulum3's parser over every article (sampled, extrapolated);
  (4) the floor: read every article and look each word up in a set of all keywords.

Prints MB/s, the ratios (2)/(3) and (2)/(4), and scaling rows for N = 1,000 / 10,000 and
R = 200 / 2,000 with the peak memory (max RSS) of each process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck
from factcheck import engine

_NUMBERISH = re.compile(r"\d")
# plugins installed for the project's own tests that an audit does not use: left out of every
# pytest run here (`-p no:NAME`), so that they cost nothing at start-up or per item
UNUSED = ("randomly", "cacheprovider", "hypothesispytest", "pytest_cov", "typeguard")


def basetemp(work: Path) -> list[str]:
    """A run's own temporary folder. Without it the xdist controller asks pytest for its
    basetemp, and pytest then deletes the oldest numbered folders of /tmp/pytest-of-<user>: on a
    machine that also runs test suites, other sessions' files (0.1 to 0.2 CPU s timed, a
    thousand files in one profiled run), which is no cost of the audit."""
    return ["--basetemp", str(work / "basetemp")]


def env() -> dict[str, str]:
    """The environment of a timed run: bytecode written and reused (a warm-up run first)."""
    out = dict(os.environ)
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    return out


def write_corpus(folder: Path, n: int, seed: int = 0) -> float:
    """n articles of ~5 KB from the seed paragraphs; in one paragraph of ten the numbers are
    changed (planted errors, most mentions stay consistent as in a real archive); returns MB
    written."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paras = [x for s in seeds for x in s.split("\n") if len(x) > 40]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        text, size = [], 0
        while size < 5000:
            p = rng.choice(paras)
            if rng.random() < 0.1:  # a planted error: one paragraph in ten has other numbers
                p = re.sub(r"\d+", lambda m: str(max(1, int(m.group()) + rng.randint(1, 9))), p)
            text.append(p)
            size += len(p) + 1
        body = "\n".join(text) + "\n"
        (folder / f"{i:05d}.txt").write_text(body, encoding="utf-8")
        total += len(body.encode())
    return total / 1e6


def write_rules(path: Path, r: int, seed: int = 1) -> None:
    """rules/ plus synthetic facts up to r in all, written as one YAML file."""
    rng = random.Random(seed)
    base = factcheck.load_rules([ROOT / "rules"])
    seeds = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    words = sorted({w.lower() for w in re.findall(r"[A-Za-z]{5,}", seeds)})
    text = "".join(p.read_text(encoding="utf-8").split("facts:", 1)[1]
                   for p in sorted((ROOT / "rules").glob("*.yaml")))
    lines = ["facts:", text.rstrip("\n")]
    for i in range(max(0, r - len(base))):
        kws = rng.sample(words, rng.randint(1, 3))
        # most mentions in an archive agree with the facts: 1 in 20 synthetic facts pins a
        # value (and is contradicted by most of its mentions), the rest accept any count
        claim = (f"value: {rng.randint(1, 100_000)}\n    tolerance: 10%"
                 if rng.random() < 0.05 else "min: 1")
        lines.append(f"  - id: synthetic-{i}\n    {claim}\n    keywords: [{', '.join(kws)}]")
        if rng.random() < 0.6:
            lines.append(f"    context: [{rng.choice(words)}]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def row(corpus: Path, rules: Path) -> dict[str, float]:
    """(1): check_text over every article, read one at a time (run in its own process); the
    fastest of two passes for corpora up to 2,000 articles (timings on a shared machine
    vary by a third from pass to pass), each pass with an empty cache of sentences read."""
    facts = factcheck.load_rules([rules])
    rs = factcheck.Ruleset.build(facts)
    files = sorted(corpus.glob("*.txt"))
    best = float("inf")
    for _ in range(2 if len(files) <= 2000 else 1):
        engine._READ.clear()  # each pass starts cold: no sentence read in the pass before
        t0 = time.perf_counter()
        size = mentions = 0
        for f in files:
            text = f.read_text(encoding="utf-8")
            size += len(text.encode())
            mentions += sum(len(v.mentions) for v in factcheck.check_text(text, rs))
        best = min(best, time.perf_counter() - t0)
    return {"seconds": best, "mb": size / 1e6, "mentions": mentions, "rss": _rss_mb()}


def floor(corpus: Path, rules: Path) -> dict[str, float]:
    """(4): read every article and look each word up in the set of all keywords."""
    facts = factcheck.load_rules([rules])
    keywords = {t.first_word for f in facts for t in f.keywords}
    t0 = time.perf_counter()
    size = hits = 0
    for f in sorted(corpus.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        size += len(text.encode())
        hits += sum(1 for w in re.findall(r"\w+", text.lower()) if w in keywords)
    return {"seconds": time.perf_counter() - t0, "mb": size / 1e6, "rss": _rss_mb()}


def naive(corpus: Path, sample: int) -> dict[str, float]:
    """(3): quantulum3 over a sample of the articles, extrapolated to all of them."""
    import warnings

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    parser.parse("warm up: 5 km")
    files = sorted(corpus.glob("*.txt"))
    step = max(1, len(files) // sample)
    picked = files[::step][:sample]
    size = sum(f.stat().st_size for f in files)
    t0 = time.perf_counter()
    for f in picked:
        parser.parse(f.read_text(encoding="utf-8"))
    secs = (time.perf_counter() - t0) * len(files) / len(picked)
    return {"seconds": secs, "mb": size / 1e6, "rss": _rss_mb()}


def _sub(kind: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--run", kind, *args], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def pytest_run(work: Path, corpus: Path, rules: Path, *extra: str) -> float:
    """(2): seconds of one `pytest --factcheck` run in a fresh process, without the plugins
    an audit does not use (the cache plugin is put back by the runs that time the cache)."""
    ini = work / "pytest.ini"
    ini.write_text("[pytest]\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "pytest", "--factcheck", str(corpus), "--factcheck-rules",
           str(rules), "-q", "-c", str(ini), "--rootdir", str(work), *basetemp(work)]
    for name in UNUSED:
        if name != "cacheprovider" or "-o" not in extra:
            cmd += ["-p", f"no:{name}"]
    t0 = time.perf_counter()
    proc = subprocess.run([*cmd, *extra], capture_output=True, text=True, cwd=work, env=env())
    secs = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"pytest failed ({proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="N = 200 only")
    ap.add_argument("--no-scaling", action="store_true", help="N = 1,000 only: the stage table")
    ap.add_argument("--q3-sample", type=int, default=10, help="articles quantulum3 reads")
    ap.add_argument("--run", nargs=3, metavar=("KIND", "CORPUS", "RULES"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        kind, corpus, rules = args.run
        fn = {"row": row, "floor": floor}.get(kind)
        res = fn(Path(corpus), Path(rules)) if fn else naive(Path(corpus), int(rules))
        print(json.dumps(res))
        return

    n1 = 200 if args.quick else 1000
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        work = Path(tmp)
        c1 = work / f"corpus-{n1}"
        mb1 = write_corpus(c1, n1)
        r200, r2000 = work / "rules-200.yaml", work / "rules-2000.yaml"
        write_rules(r200, 200)
        print(f"corpus: {n1} articles, {mb1:.1f} MB; rules: 200 facts", flush=True)

        one = _sub("row", str(c1), str(r200))
        q3 = _sub("naive", str(c1), str(args.q3_sample))
        fl = _sub("floor", str(c1), str(r200))
        warm_up = work / "warm-up"
        write_corpus(warm_up, 20)
        pytest_run(work, warm_up, r200, "-n", "2")  # bytecode compiled, files cached
        e2e = pytest_run(work, c1, r200, "-n", "2")
        e2e0 = pytest_run(work, c1, r200)
        cold = pytest_run(work, c1, r200, "-n", "2", "-o", f"cache_dir={work / 'cache'}")
        warm = pytest_run(work, c1, r200, "-n", "2", "-o", f"cache_dir={work / 'cache'}")

        def rate(mb: float, s: float) -> str:
            return f"{mb / s:8.2f} MB/s {s:9.2f} s"

        print(f"(1) check_text, 1 core          {rate(one['mb'], one['seconds'])}"
              f"   {one['mentions']} mentions")
        print(f"(2) pytest --factcheck -n 2     {rate(mb1, e2e)}   (-n 0: {e2e0:.2f} s)")
        print(f"(3) quantulum3 naive            {rate(q3['mb'], q3['seconds'])}"
              f"   (sampled {args.q3_sample} articles)")
        print(f"(4) floor: word lookup          {rate(fl['mb'], fl['seconds'])}")
        print(f"(2)/(3): {q3['seconds'] / e2e:.0f}x faster than naive;  "
              f"(2)/(4): {e2e / fl['seconds']:.1f}x the floor's time")
        print(f"re-run with cache: cold {cold:.2f} s, warm {warm:.2f} s = {cold / warm:.1f}x")
        if args.quick or args.no_scaling:
            return

        c10 = work / "corpus-10000"
        write_corpus(c10, 10_000)
        write_rules(r2000, 2000)
        rows = [(n1, 200, one), (10_000, 200, _sub("row", str(c10), str(r200))),
                (n1, 2000, _sub("row", str(c1), str(r2000)))]
        print("\nscaling: check_text, 1 core")
        print("  articles  rules     MB   seconds   MB/s   peak RSS MB   cost vs first row")
        for n, r, res in rows:
            print(f"  {n:8d} {r:6d} {res['mb']:6.1f} {res['seconds']:9.2f} "
                  f"{res['mb'] / res['seconds']:6.2f} {res['rss']:12.0f}   "
                  f"{res['seconds'] / one['seconds']:6.2f}x")


if __name__ == "__main__":
    main()
