"""Speed of factcheck against quantulum3 and a word-lookup floor, on a corpus built from seeds/.

    .venv/bin/python bench/speed.py [--articles 1000] [--rules 200]

Builds the corpus deterministically (seed articles with their numbers varied, ~5 KB each) and
synthetic rules (the story's rules plus facts whose keywords are corpus words), then times in
one run: (1) check_text in-process, (3) quantulum3 over a sample, extrapolated, (4) reading
every article and looking each word up in a set of all keywords. Prints MB/s and ratios.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402


def corpus(n: int, rng: random.Random) -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paras = [x for s in seeds for x in s.split("\n") if len(x) > 40]
    out = []
    for _ in range(n):
        text, size = [], 0
        while size < 5000:
            p = rng.choice(paras)
            p = re.sub(r"\d+", lambda m: str(max(1, int(m.group()) + rng.randint(-3, 3))), p)
            text.append(p)
            size += len(p) + 1
        out.append("\n".join(text))
    return out


def rules(r: int, docs: list[str], rng: random.Random) -> list[factcheck.Fact]:
    base = factcheck.load_rules([ROOT / "rules"])
    words = sorted({w.lower() for d in docs[:50] for w in re.findall(r"[A-Za-z]{6,}", d)})
    extra = []
    for i in range(max(0, r - len(base))):
        kw = rng.sample(words, 2)
        extra.append(f"  - id: synthetic-{i}\n    value: {rng.randint(1, 10000)}\n"
                     f"    tolerance: 10%\n    keywords: [{kw[0]}, {kw[1]}]\n")
    syn = factcheck.load_string("facts:\n" + "".join(extra), "synthetic.yaml") if extra else []
    return base + syn


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rules", type=int, default=200)
    ap.add_argument("--q3-sample", type=int, default=20)
    args = ap.parse_args()
    rng = random.Random(0)
    docs = corpus(args.articles, rng)
    facts = rules(args.rules, docs, rng)
    mb = sum(len(d.encode()) for d in docs) / 1e6
    rs = factcheck.Ruleset.build(facts)

    t = time.perf_counter()
    n_mentions = sum(len(v.mentions) for d in docs for v in factcheck.check_text(d, rs))
    t_fc = time.perf_counter() - t

    keywords = {t.first_word for f in facts for t in f.keywords}
    t = time.perf_counter()
    hits = 0
    for d in docs:
        hits += sum(1 for w in re.findall(r"\w+", d.lower()) if w in keywords)
    t_floor = time.perf_counter() - t

    from quantulum3 import parser
    parser.parse("warm up 5 km")
    sample = docs[: args.q3_sample]
    t = time.perf_counter()
    for d in sample:
        parser.parse(d)
    t_q3 = (time.perf_counter() - t) * len(docs) / len(sample)

    print(f"corpus: {len(docs)} articles, {mb:.1f} MB; rules: {len(facts)}; mentions {n_mentions}")
    print(f"(1) check_text       {mb / t_fc:8.2f} MB/s  {t_fc:8.2f} s")
    print(f"(3) quantulum3 naive {mb / t_q3:8.2f} MB/s  {t_q3:8.2f} s (sampled {len(sample)})")
    print(f"(4) word-lookup floor{mb / t_floor:8.2f} MB/s  {t_floor:8.2f} s")
    print(f"ratio (1)/(3) = {t_q3 / t_fc:.1f}x faster than naive; (1)/(4) = {t_fc / t_floor:.1f}x "
          "the floor's time")


if __name__ == "__main__":
    main()
