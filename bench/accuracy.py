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
DEFAULT = [ROOT / "bench" / "real-news" / "dev", ROOT / "bench" / "real-news" / "holdout",
           ROOT / "bench" / "real-news-2" / "dev", ROOT / "bench" / "real-news-2" / "holdout",
           ROOT / "bench" / "real-news-3" / "dev", ROOT / "bench" / "real-news-3" / "holdout",
           ROOT / "bench" / "real-news-4" / "dev", ROOT / "bench" / "real-news-4" / "holdout",
           ROOT / "bench" / "real-news-5" / "dev", ROOT / "bench" / "real-news-5" / "holdout",
           ROOT / "bench" / "real-news-6" / "dev", ROOT / "bench" / "real-news-6" / "holdout",
           ROOT / "bench" / "real-news-7" / "dev", ROOT / "bench" / "real-news-7" / "holdout",
           ROOT / "bench" / "real-news-8" / "dev", ROOT / "bench" / "real-news-8" / "holdout",
           ROOT / "bench" / "real-news-9" / "dev", ROOT / "bench" / "real-news-9" / "holdout",
           ROOT / "bench" / "real-news-10" / "dev", ROOT / "bench" / "real-news-10" / "holdout",
           ROOT / "bench" / "real-news-11" / "dev", ROOT / "bench" / "real-news-11" / "holdout",
           ROOT / "bench" / "real-news-12" / "dev", ROOT / "bench" / "real-news-12" / "holdout",
           ROOT / "bench" / "real-news-13" / "dev", ROOT / "bench" / "real-news-13" / "holdout",
           ROOT.parent / "shared" / "bench" / "dev", ROOT.parent / "shared" / "bench" / "real-shapes"]


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
