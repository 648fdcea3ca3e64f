"""Score the engine on every labelled accuracy set in one command.

    .venv/bin/python bench/accuracy.py            # the sets in this repo and in ../shared/bench
    .venv/bin/python bench/accuracy.py DIR...     # folders with articles/, rules.yaml, expected.json

Each set is checked with `factcheck check --format json` (the same verdicts as pytest) and
scored as tests/bench/score.py scores a report: contradictions caught, false alarms,
consistent mentions found."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
def _corpus_number(folder: Path) -> int:
    """real-news -> 1, real-news-12 -> 12: the corpora in the order they were written."""
    tail = folder.name.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 1


# every labelled corpus under bench/ (dev, then holdout), then the shared benchmarks
DEFAULT = [c / split for c in sorted(ROOT.glob("bench/real-news*"), key=_corpus_number)
           for split in ("dev", "holdout") if (c / split / "expected.json").is_file()] + \
    [ROOT.parent / "shared" / "bench" / "dev", ROOT.parent / "shared" / "bench" / "real-shapes"]


def score(folder: Path) -> str:
    out = subprocess.run([sys.executable, "-m", "factcheck.cli", "check", "--rules",
                          str(folder / "rules.yaml"), str(folder / "articles"), "--format", "json"],
                         capture_output=True, text=True, cwd=folder)
    if out.returncode not in (0, 1):
        return f"error: {out.stderr.strip()[:300]}"
    got = {(Path(r["article"]).name, r["fact"]): r["verdict"]
           for r in json.loads(out.stdout)["results"]}
    expected = json.loads((folder / "expected.json").read_text())
    caught = total = found = consistent = 0
    for article, labels in expected.items():
        for fact, label in labels.items():
            if label == "contradiction":
                total += 1
                caught += got.get((article, fact)) == "contradiction"
            else:
                consistent += 1
                found += got.get((article, fact)) == "consistent"
    alarms = sum(1 for (a, f), v in got.items()
                 if v == "contradiction" and expected.get(a, {}).get(f) != "contradiction")
    return (f"contradictions caught {caught}/{total}, false alarms {alarms}, "
            f"consistent mentions found {found}/{consistent}")


def main(argv: list[str]) -> int:
    for folder in [Path(a) for a in argv] or [d for d in DEFAULT if d.is_dir()]:
        print(f"{folder.relative_to(ROOT.parent) if folder.is_relative_to(ROOT.parent) else folder}: "
              f"{score(folder.resolve())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
