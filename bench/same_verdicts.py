"""Do the verdicts stay the same? A safety net for speed work.

    .venv/bin/python bench/same_verdicts.py --save   # take the baseline (before a change)
    .venv/bin/python bench/same_verdicts.py          # diff against it; exit 1 on a difference

Writes `factcheck check --format json` for each set below, and `factcheck explain` for the
small ones (what explain says is what the check does, reasons included), into
bench/.verdicts/ (not tracked): the speed bench's corpus (300 articles x 200 rules, built as
bench/speed.py builds it), seeds/ with rules/, examples/, every labelled set of
bench/real-news and ../shared/bench.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import speed  # noqa: E402  (bench/speed.py builds the corpus)

OUT = ROOT / "bench" / ".verdicts"


def sets(work: Path) -> list[tuple[str, Path, list[Path], bool]]:
    """(name, rules, articles, explain too)."""
    corpus, rules = work / "corpus", work / "rules.yaml"
    if not rules.exists():
        speed.write_corpus(corpus, 300)
        speed.write_rules(rules, 200)
    out = [("speed-300x200", rules, [corpus], False),
           ("speed-explain-40", rules, sorted(corpus.glob("*.txt"))[:40], True),
           ("seeds", ROOT / "rules", [ROOT / "seeds"], True),
           ("examples", ROOT / "rules", [ROOT / "examples"], True)]
    for folder in [*sorted((ROOT / "bench" / "real-news").glob("*/")),
                   *sorted((ROOT.parent / "shared" / "bench").glob("*/"))]:
        if (folder / "rules.yaml").exists() and (folder / "articles").is_dir():
            name = f"{folder.parent.name}-{folder.name}"
            out.append((name, folder / "rules.yaml", [folder / "articles"], True))
    return out


def run(*args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "factcheck.cli", *args], capture_output=True,
                          text=True, cwd=ROOT)
    return f"exit {proc.returncode}\n{proc.stdout}{proc.stderr}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--save", action="store_true", help="write the baseline")
    args = ap.parse_args()
    base, now = OUT / "baseline", OUT / "now"
    target = base if args.save else now
    target.mkdir(parents=True, exist_ok=True)
    differ = 0
    for name, rules, paths, explain in sets(OUT / "work"):
        outputs = {f"{name}.json": run("check", "--format", "json", "--rules", str(rules),
                                       *map(str, paths))}
        if explain:
            outputs[f"{name}.explain.txt"] = run("explain", "--rules", str(rules),
                                                 *map(str, paths))
        for fname, text in outputs.items():
            (target / fname).write_text(text, encoding="utf-8")
            if args.save:
                print(f"saved {fname}: {text.count(chr(10))} lines")
                continue
            old = (base / fname).read_text(encoding="utf-8")
            if old == text:
                print(f"same {fname}")
            else:
                differ += 1
                print(f"DIFFERS {fname}")
                if "holdout" in fname:  # measured, not looked at while changing the engine
                    continue
                sys.stdout.writelines(list(difflib.unified_diff(
                    old.splitlines(True), text.splitlines(True), "baseline", "now", n=1))[:60])
    if not args.save:
        print("all the same" if not differ else f"{differ} outputs differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
