"""The public accuracy benchmark (a copy of shared/bench/dev in tests/bench) scores in full."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parent / "bench"


def test_public_benchmark_score(pytester: pytest.Pytester) -> None:
    """All planted contradictions caught, no false alarm, >= 90% consistent mentions found."""
    for p in (BENCH / "dev").rglob("*"):
        if p.is_file():
            dest = pytester.path / p.relative_to(BENCH / "dev")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(p.read_bytes())
    pytester.runpytest("--factcheck", "articles/", "--factcheck-rules", "rules.yaml",
                       "--factcheck-json", "report.json")
    out = subprocess.run([sys.executable, str(BENCH / "score.py"), "expected.json",
                          "report.json"], cwd=pytester.path, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout
    last = out.stdout.strip().splitlines()[-1]
    caught, total = last.split("caught ")[1].split(",")[0].split("/")
    assert caught == total
    assert "false alarms 0" in last
