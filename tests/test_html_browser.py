"""The HTML report in a real browser: Debian's chromium, headless, through chromedriver.

Nothing is downloaded: `apt-get install chromium chromium-driver` (`.ci/run` does it when
/usr/bin/chromium is missing). Without them these tests skip, except under CI (CI=true),
where they fail. The run also writes the README's screenshot, docs/report.png.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.cli import main
from factcheck.html_marks import mark_file
from factcheck.html_report import render

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")
SCREENSHOT = ROOT / "docs" / "report.png"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1200,1400", "--hide-scrollbars", "--force-device-scale-factor=1"]
BAD_BG, OK_BG = "rgb(253, 224, 220)", "rgb(220, 241, 221)"  # --bad-bg, --ok-bg


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing: .ci/run installs chromium and chromium-driver")
    pytest.skip(f"{what} is missing: apt-get install chromium chromium-driver")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium (pip install -e '.[test]')")
    for p in (CHROMIUM, DRIVER):
        if not p.exists():
            _missing(str(p))
    profile = tempfile.mkdtemp(prefix="factcheck-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(str(DRIVER)))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of a mixed folder: the draft with planted errors, the seeds, an HTML
    article and one with a required fact missing, written by `factcheck check`."""
    folder = tmp_path_factory.mktemp("mixed")
    art = folder / "articles"
    shutil.copytree(ROOT / "seeds", art)
    shutil.copy(ROOT / "examples" / "draft-with-errors.md", art / "draft-with-errors.md")
    (art / "page.html").write_text(
        "<html><head><title>t</title><style>p{}</style></head><body><h1>Baiji</h1>"
        "<p>Baiji lies some 200 km north of Baghdad.</p><ul><li>Baiji: 320 km</li></ul>"
        "</body></html>", encoding="utf-8")
    rules = folder / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "required.yaml").write_text(
        "facts:\n  - id: caliphate-declared\n    claim: ISIS declared a caliphate in 2014\n"
        "    value: 2014\n    unit: year\n    keywords: [caliphate]\n    required: true\n"
        "    skip_paths: ['*seeds*', '*/0*']\n", encoding="utf-8")
    out = folder / "report.html"
    here = os.getcwd()
    os.chdir(folder)  # paths in the page as a user in the project folder sees them
    try:
        assert main(["check", "articles", "--rules", "rules", "--format", "html",
                     "-o", "report.html"]) == 1
    finally:
        os.chdir(here)
    return out


def _open(browser: Any, path: Path) -> None:
    """Load the page with the pointer on its title, away from any mark."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    browser.get(path.as_uri())
    assert browser.execute_script("return document.readyState") == "complete"
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h1")).perform()


def _marks(browser: Any) -> list[dict[str, str]]:
    return list(browser.execute_script(
        "return [...document.querySelectorAll('main mark')].map(m => ({kind: m.dataset.kind,"
        " fact: m.dataset.fact || '', id: m.id, bg: getComputedStyle(m).backgroundColor,"
        " text: m.firstChild.textContent}))"))


def test_marks_colours_and_hover_text(browser: Any, mixed: Path) -> None:
    """The draft's four planted errors are red, its true figures green; a mark's details
    show on hover and on focus, and are hidden otherwise."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    _open(browser, mixed)
    first = browser.find_element(By.CSS_SELECTOR, "main section")
    assert first.find_element(By.TAG_NAME, "h2").text.endswith("draft-with-errors.md")
    marks = [m for m in _marks(browser) if m["id"].startswith("a0-")]
    bad = [m for m in marks if m["kind"] == "contradiction"]
    assert [" ".join(m["text"].split()) for m in bad] == [
        "Some 50,000", "nearly 27 minutes", "300 km", "2012"]
    assert {m["bg"] for m in bad} == {BAD_BG}
    ok = [m for m in marks if m["kind"] == "consistent"]
    assert ok and {m["bg"] for m in ok} == {OK_BG}
    mark = browser.find_element(By.ID, bad[0]["id"])
    tip = browser.find_element(By.ID, bad[0]["id"] + "-tip")
    assert not tip.is_displayed()
    ActionChains(browser).move_to_element(mark).perform()
    assert tip.is_displayed()
    fact = next(f for f in factcheck.load_rules([ROOT / "rules"]) if f.id == "mosul-displaced")
    assert f"claim: {fact.claim}" in tip.text
    assert "read: 'Some 50,000' -> 45,000 to 55,000 people" in tip.text
    assert "allows: 500000 people (tolerance 10%), so 450,000 to 550,000 people" in tip.text
    assert f"rules/iraq-2014.yaml:{fact.source.line}" in tip.text
    ActionChains(browser).move_to_element(first.find_element(By.TAG_NAME, "h2")).perform()
    assert not tip.is_displayed()
    browser.execute_script("arguments[0].focus()", mark)
    assert tip.is_displayed()
    why = browser.find_element(By.ID, bad[0]["id"] + "-why")
    assert why.is_displayed() and "contradicts mosul-displaced" in why.text


def test_html_article_and_missing_fact(browser: Any, mixed: Path) -> None:
    """An HTML article is shown as its visible text with its numbers marked; a required
    fact it never mentions is listed, and its grid cell leads there."""
    from selenium.webdriver.common.by import By

    _open(browser, mixed)
    section = next(s for s in browser.find_elements(By.CSS_SELECTOR, "main section")
                   if s.find_element(By.TAG_NAME, "h2").text.endswith("page.html"))
    text = section.find_element(By.CSS_SELECTOR, ".text").text
    assert "<p>" not in text and "p{}" not in text and "Baiji lies some 200 km" in text
    kinds = {m.get_attribute("data-kind"): m.text for m in
             section.find_elements(By.CSS_SELECTOR, "mark[data-kind]")}
    assert kinds["consistent"].startswith("some 200 km")
    assert kinds["contradiction"].startswith("320 km")
    missing = section.find_element(By.CSS_SELECTOR, ".missing li")
    assert "caliphate-declared" in missing.text and "ISIS declared a caliphate" in missing.text
    link = browser.find_element(By.CSS_SELECTOR,
                                f"td.v-missing a[href='#{missing.get_attribute('id')}']")
    cell = link.find_element(By.XPATH, "..")
    assert _css(browser, cell, "backgroundColor") == "rgb(255, 231, 194)"  # --miss-bg
    link.click()
    assert browser.execute_script("return location.hash") == "#" + missing.get_attribute("id")
    assert _in_view(browser, missing)


def _css(browser: Any, el: Any, prop: str) -> str:
    return str(browser.execute_script(f"return getComputedStyle(arguments[0]).{prop}", el))


def _in_view(browser: Any, el: Any) -> bool:
    return bool(browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.bottom > 0 && r.top < window.innerHeight && r.height > 0", el))


def test_grid_links_go_to_the_mention_and_article(browser: Any, mixed: Path) -> None:
    """A red cell leads to the contradicting number, an article's name to its text."""
    from selenium.webdriver.common.by import By

    _open(browser, mixed)
    rows = browser.find_elements(By.CSS_SELECTOR, "table.grid tbody tr")
    assert rows[0].find_element(By.TAG_NAME, "th").text.endswith("draft-with-errors.md")
    cells = rows[0].find_elements(By.CSS_SELECTOR, "td.v-contradiction a")
    assert len(cells) == 4
    for cell in cells:
        assert _css(browser, cell, "color") == "rgb(183, 28, 28)"  # --bad
    target = cells[-1].get_attribute("href").split("#")[1]
    cells[-1].click()
    mark = browser.find_element(By.ID, target)
    assert mark.get_attribute("data-kind") == "contradiction"
    assert mark.get_attribute("data-fact") == cells[-1].get_attribute("title").split(":")[0]
    assert _in_view(browser, mark)
    name = rows[-1].find_element(By.CSS_SELECTOR, "th a")
    name.click()
    section = browser.find_element(By.ID, name.get_attribute("href").split("#")[1])
    assert section.find_element(By.TAG_NAME, "h2").text == name.text
    assert _in_view(browser, section)


def test_screenshot_for_the_readme(browser: Any, mixed: Path) -> None:
    """The README's picture is this run's page: the grid and the draft's marked text."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    _open(browser, mixed)
    browser.execute_script("window.scrollTo(0, 0)")
    ok = [m for m in _marks(browser) if m["kind"] == "consistent" and m["id"].startswith("a0-")]
    ActionChains(browser).move_to_element(browser.find_element(By.ID, ok[0]["id"])).perform()
    SCREENSHOT.parent.mkdir(exist_ok=True)
    png = browser.get_screenshot_as_png()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000
    if not SCREENSHOT.exists() or SCREENSHOT.read_bytes() != png:
        SCREENSHOT.write_bytes(png)


def test_folded_article_opens_from_the_grid(browser: Any, tmp_path: Path) -> None:
    """Past the fold limit a passing article is closed; its grid link opens it."""
    from selenium.webdriver.common.by import By

    facts = factcheck.load_rules([ROOT / "rules"])
    arts = [mark_file(p, facts, display=p.name) for p in sorted((ROOT / "seeds").glob("*"))]
    arts.append(mark_file(ROOT / "examples" / "draft-with-errors.md", facts,
                          display="draft.md"))
    page = tmp_path / "r.html"
    page.write_text(render(arts, facts, fold_after=2), encoding="utf-8")
    _open(browser, page)
    folds = browser.find_elements(By.CSS_SELECTOR, "details.fold")
    assert len(folds) == len(arts) - 1
    assert not any(d.get_attribute("open") for d in folds)
    row = browser.find_elements(By.CSS_SELECTOR, "table.grid tbody tr")[1]
    link = row.find_element(By.CSS_SELECTOR, "td.v-consistent a")
    target = link.get_attribute("href").split("#")[1]
    assert not browser.find_element(By.ID, target).is_displayed()
    link.click()
    mark = browser.find_element(By.ID, target)
    assert mark.is_displayed() and _in_view(browser, mark)


HOSTILE = """\
<script>window.pwned = 1</script> Some 90,000 people fled Mosul.
<img src=x onerror="window.pwned=2"> A [link](javascript:window.pwned=3) </style><b>b</b>
"><svg onload="window.pwned=4"> Militants seized 48 people at the consulate.
"""


def test_hostile_article_runs_nothing(browser: Any, tmp_path: Path) -> None:
    """An article (and a rule claim) full of tags, handlers and javascript: links is shown
    as text: no script runs, no element is made from it, no dialog opens."""
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    rules = tmp_path / "r.yaml"
    rules.write_text("facts:\n  - id: fled\n    claim: \"<script>window.pwned=5</script>\"\n"
                     "    value: 500000\n    keywords: [fled]\n", encoding="utf-8")
    facts = factcheck.load_rules([rules])
    for suffix in (".txt", ".md", ".html"):
        art = tmp_path / f"a{suffix}"
        art.write_text(HOSTILE, encoding="utf-8")
        page = tmp_path / f"r{suffix}.html"
        page.write_text(render([mark_file(art, facts, display="<b>x</b>" + suffix)], facts),
                        encoding="utf-8")
        _open(browser, page)
        assert browser.execute_script("return typeof window.pwned") == "undefined"
        with pytest.raises(NoAlertPresentException):
            browser.switch_to.alert.text  # noqa: B018 - reading it is the check
        assert browser.execute_script(
            "return document.querySelectorAll('script, img, svg').length + [...document"
            ".querySelectorAll('main .text *')].filter(e => !e.closest('mark, .why, sup.ref')).length"
            ) == 0
        assert browser.find_element(By.TAG_NAME, "h2").text == "<b>x</b>" + suffix
        text = browser.execute_script(  # the text as written, tooltips left out
            "const c = document.querySelector('.text').cloneNode(true);"
            "c.querySelectorAll('.tip').forEach(t => t.remove()); return c.textContent")
        if suffix == ".txt":
            assert "<script>window.pwned = 1</script>" in text
            assert "</style><b>b</b>" in text and "javascript:window.pwned=3" in text
        mark = browser.find_element(By.CSS_SELECTOR, "mark[data-kind=contradiction]")
        browser.execute_script("arguments[0].focus()", mark)
        assert "claim: <script>window.pwned=5</script>" in browser.find_element(
            By.CSS_SELECTOR, "mark:focus .tip").text
