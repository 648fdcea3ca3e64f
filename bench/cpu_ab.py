"""check_text's CPU time at two commits, interleaved in one run (for a shared machine).

    .venv/bin/python bench/cpu_ab.py --base 6fb8733 --rounds 7      # base vs the work tree

Builds two corpora of N articles of ~5 KB from seeds/ (bench/speed.py's, whose sentences
repeat, and one where every number of every paragraph is changed, so few sentences repeat)
and bench/speed.py's 200 rules; exports `--base`'s factcheck/ with `git archive`. Then, for
each round and corpus, runs each code in a fresh process (base first, then the work tree):
check_text over every article, `--passes` passes each with no sentence read before, and
prints the fastest pass's CPU seconds (time.process_time: wall time on a shared machine says
more about the neighbours). At the end: the best of each, and the median of the per-round
ratios base / work tree.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import speed  # noqa: E402  (bench/speed.py builds the corpus and the rules)

ONE = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import factcheck
from factcheck import engine
assert factcheck.__file__.startswith(sys.argv[1]), factcheck.__file__
rs = factcheck.Ruleset.build(factcheck.load_rules([Path(sys.argv[3])]))
texts = [f.read_text(encoding="utf-8") for f in sorted(Path(sys.argv[2]).glob("*.txt"))]
best = float("inf")
for _ in range(int(sys.argv[4])):
    engine._READ.clear()
    t0 = time.process_time()
    n = sum(len(v.mentions) for t in texts for v in factcheck.check_text(t, rs))
    best = min(best, time.process_time() - t0)
print(best, sum(len(t.encode()) for t in texts) / 1e6, n)
"""


def unique_corpus(folder: Path, n: int, seed: int = 7) -> None:
    """Like speed.write_corpus, but every number of every paragraph changed."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paras = [x for s in seeds for x in s.split("\n") if len(x) > 40]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text: list[str] = []
        size = 0
        while size < 5000:
            p = re.sub(r"\d+", lambda m: str(max(1, int(m.group()) + rng.randint(1, 99))),
                       rng.choice(paras))
            text.append(p)
            size += len(p) + 1
        (folder / f"{i:05d}.txt").write_text("\n".join(text) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, help="the commit to compare with")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--passes", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "base").mkdir()
        archive = subprocess.run(["git", "archive", args.base, "factcheck"], cwd=ROOT,
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(work / "base")], input=archive, check=True)
        speed.write_corpus(work / "speed", args.articles)
        unique_corpus(work / "unique", args.articles)
        speed.write_rules(work / "rules.yaml", 200)
        codes = {"base": str(work / "base"), "tree": str(ROOT)}
        times: dict[tuple[str, str], list[float]] = {}
        for r in range(args.rounds):
            for corpus in ("unique", "speed"):
                for name, code in codes.items():
                    out = subprocess.run([sys.executable, "-c", ONE, code, str(work / corpus),
                                          str(work / "rules.yaml"), str(args.passes)],
                                         check=True, capture_output=True, text=True).stdout
                    cpu, mb, mentions = out.split()
                    times.setdefault((corpus, name), []).append(float(cpu))
                    print(f"round {r + 1} {corpus:6} {name}: {float(cpu):6.2f} CPU s "
                          f"{float(mb) / float(cpu):.2f} MB/s ({mentions} mentions)", flush=True)
        for corpus in ("unique", "speed"):
            base, tree = times[(corpus, "base")], times[(corpus, "tree")]
            ratio = statistics.median(b / t for b, t in zip(base, tree))
            print(f"{corpus}: best {min(base):.2f} -> {min(tree):.2f} CPU s "
                  f"({min(base) / min(tree):.2f}x); median of round ratios {ratio:.2f}x")


if __name__ == "__main__":
    main()
