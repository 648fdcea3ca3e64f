"""Size of the HTML report for 1,000 articles and how long headless chromium takes to load it.

    .venv/bin/python bench/html_report.py              # 1,000 articles (about two minutes)
    .venv/bin/python bench/html_report.py -n 200       # a quicker look
    .venv/bin/python bench/html_report.py --pytest     # and what --factcheck-html adds to a
                                                       # pytest run (about 5 more minutes)

Builds two corpora of n articles (~5 KB each) from the seed paragraphs, deterministically:
"planted", where one paragraph in ten has its numbers changed (as bench/speed.py; most
articles then hold a contradiction), and "clean", the paragraphs as written (the articles
pass, so past the fold limit they are folded). For each, and for the page folded (the
default, FOLD_AFTER) and unfolded, prints: the time to mark and render every article (one
core, in-process, rules loaded), the page's size, and chromium's load time (Debian's
/usr/bin/chromium through /usr/bin/chromedriver, headless, a fresh profile): the wall time of
opening the file until the load event, the load event as the page measures it, and the time
to lay out the whole page (scrolling to its end); the median of --repeat loads.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402 - after the path is set
from factcheck.engine import Ruleset  # noqa: E402
from factcheck.html_marks import ArticleMarks, mark_file  # noqa: E402
from factcheck.html_report import FOLD_AFTER, render  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1200,1400"]


def write_corpus(folder: Path, n: int, error_rate: float, seed: int = 0) -> None:
    """n articles of ~5 KB of seed paragraphs; in a share `error_rate` of the paragraphs
    every number is changed."""
    rng = random.Random(seed)
    paras = [x for p in sorted((ROOT / "seeds").glob("*.txt"))
             for x in p.read_text(encoding="utf-8").split("\n") if len(x) > 40]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text: list[str] = []
        while sum(len(t) + 1 for t in text) < 5000:
            p = rng.choice(paras)
            if rng.random() < error_rate:
                p = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), p)
            text.append(p)
        (folder / f"{i:05d}.txt").write_text("\n".join(text) + "\n", encoding="utf-8")


def browser(profile: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def load(driver: Any, page: Path) -> tuple[float, float, float]:
    """(wall seconds to the load event, the page's own loadEventEnd in s, layout of the
    whole page in s)."""
    driver.get("about:blank")
    t0 = time.perf_counter()
    driver.get(page.as_uri())  # returns after the load event
    wall = time.perf_counter() - t0
    nav = driver.execute_script(
        "return performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000
    t0 = time.perf_counter()
    driver.execute_script("window.scrollTo(0, document.body.scrollHeight);"
                          "return document.body.getBoundingClientRect().height")
    return wall, nav, time.perf_counter() - t0


def pytest_cost(work: Path, corpus: Path) -> None:
    """pytest --factcheck over the corpus (-n 0), without and with --factcheck-html: with no
    verdict cache (the page's writer checks every article again), and from a cold cache
    (the items' verdicts are cached as they run; the writer reads them back)."""
    shutil.copytree(ROOT / "rules", work / "rules", dirs_exist_ok=True)
    print(f"\npytest --factcheck {corpus.name}/ -n 0, {len(list(corpus.glob('*.txt'))):,} "
          "articles: seconds")
    print(f"{'cache':12} {'plain':>7} {'--factcheck-html':>17}")
    for label, extra in (("none", ["-p", "no:cacheprovider"]), ("cold", [])):
        took = []
        for html in ([], ["--factcheck-html", str(work / "r.html")]):
            shutil.rmtree(work / ".pytest_cache", ignore_errors=True)
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "pytest", "--factcheck", corpus.name, "-q",
                            "-n", "0", "-p", "no:randomly", *extra, *html], cwd=work,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            took.append(time.perf_counter() - t0)
        print(f"{label:12} {took[0]:7.1f} {took[1]:17.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=1000, help="articles per corpus")
    ap.add_argument("--repeat", type=int, default=3, help="loads of each page (the median)")
    ap.add_argument("--pytest", action="store_true", help="also time pytest with the page")
    args = ap.parse_args()
    facts = factcheck.load_rules([ROOT / "rules"])
    rs = Ruleset.build(facts)
    work = Path(tempfile.mkdtemp(prefix="factcheck-html-bench-"))
    profile = tempfile.mkdtemp(prefix="factcheck-chromium-")
    driver = browser(profile)
    try:
        print(f"{args.n:,} articles, {len(facts)} facts; chromium headless, cold profile")
        print(f"{'corpus':8} {'page':10} {'failing':>8} {'render s':>9} {'size MB':>8} "
              f"{'open s':>7} {'load s':>7} {'layout s':>9}")
        for name, rate in (("planted", 0.1), ("clean", 0.0)):
            folder = work / name
            write_corpus(folder, args.n, rate)
            t0 = time.perf_counter()
            arts: list[ArticleMarks] = [mark_file(p, rs, display=p.name)
                                        for p in sorted(folder.glob("*.txt"))]
            marked = time.perf_counter() - t0
            failing = sum(1 for a in arts if a.failed)
            for label, fold in ((f"fold>{FOLD_AFTER}", FOLD_AFTER), ("unfolded", 10**9)):
                t0 = time.perf_counter()
                source = render(arts, facts, fold_after=fold)
                took = marked + time.perf_counter() - t0
                page = work / f"{name}-{fold}.html"
                page.write_text(source, encoding="utf-8")
                size = page.stat().st_size / 1e6
                runs = sorted(load(driver, page) for _ in range(args.repeat))
                wall, nav, layout = runs[len(runs) // 2]  # the median load
                print(f"{name:8} {label:10} {failing:8,} {took:9.2f} {size:8.1f} "
                      f"{wall:7.2f} {nav:7.2f} {layout:9.2f}")
        driver.quit()  # the browser's share of the machine back before timing pytest
        driver = None
        if args.pytest:
            pytest_cost(work, work / "planted")
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
