"""One huge article: time and peak memory grow linearly with its size (no quadratic step).

    .venv/bin/python bench/bigfile.py            # 10, 25, 50 and 100 MB (about 4 minutes)
    .venv/bin/python bench/bigfile.py --quick    # 2, 4 and 8 MB

Each size is a fresh process that writes an article of seed paragraphs (numbers varied) to a
temporary file and checks it with `check_file` against rules/, as the plugin does. Prints
seconds, MB/s and peak RSS per size, and the ratios against the smallest size: linear time
keeps seconds/MB flat.
"""

from __future__ import annotations

import argparse
import json
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


def write_article(path: Path, mb: float, seed: int = 0) -> None:
    rng = random.Random(seed)
    paras = [x for p in sorted((ROOT / "seeds").glob("*.txt"))
             for x in p.read_text(encoding="utf-8").split("\n") if len(x) > 40]
    target = int(mb * 1e6)
    with path.open("w", encoding="utf-8") as fh:
        size = 0
        while size < target:
            p = re.sub(r"\d+", lambda m: str(max(1, int(m.group()) + rng.randint(-3, 3))),
                       rng.choice(paras)) + "\n"
            fh.write(p)
            size += len(p.encode())


def one(mb: float) -> dict[str, float]:
    facts = factcheck.load_rules([ROOT / "rules"])
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as tmp:
        art = Path(tmp) / "big.txt"
        write_article(art, mb)
        size = art.stat().st_size / 1e6
        t0 = time.perf_counter()
        verdicts = factcheck.check_file(art, facts)
        secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mb": size, "seconds": secs, "rss": rss, "base_rss": rss0,
            "mentions": sum(len(v.mentions) for v in verdicts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="2, 4 and 8 MB")
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    sizes = [2.0, 4.0, 8.0] if args.quick else [10.0, 25.0, 50.0, 100.0]
    print("   MB   seconds   MB/s   s/MB vs first   peak RSS MB   (RSS - start) / MB")
    first = None
    for mb in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(mb)], check=True,
                             capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        per = r["seconds"] / r["mb"]
        first = first or per
        print(f"{r['mb']:5.0f} {r['seconds']:9.2f} {r['mb'] / r['seconds']:6.2f} "
              f"{per / first:15.2f}x {r['rss']:13.0f} {(r['rss'] - r['base_rss']) / r['mb']:16.1f}",
              flush=True)


if __name__ == "__main__":
    main()
