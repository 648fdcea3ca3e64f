"""The HTML report: its marks, grid and summary say what the engine found, hostile text
stays text, and pytest and the `factcheck` command write the same page."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.cli import main
from factcheck.engine import check_document
from factcheck.html_marks import mark_document, mark_file
from factcheck.html_report import render
from factcheck.text import document, read_article

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "examples" / "draft-with-errors.md"


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    visible: str = ""  # the text without the tooltips, explanations and their numbers
    children: list[Element] = field(default_factory=list)


class Page(HTMLParser):
    """The report parsed: every element with its attributes and its own text, and every tag
    and attribute seen (to prove nothing active slipped in)."""

    VOID = {"meta", "br", "img", "input", "link"}

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs})
        if self.stack:
            self.stack[-1].children.append(el)
        self.elements.append(el)
        if tag not in self.VOID:
            self.stack.append(el)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        tips = [i for i, el in enumerate(self.stack) if el.attrs.get("class") in ("tip", "why", "ref")]
        for i, el in enumerate(self.stack):
            el.text += data
            if not tips or i >= tips[0]:
                el.visible += data

    def find(self, tag: str, **attrs: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag and all(
            e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def by_id(self, ident: str) -> Element:
        got = [e for e in self.elements if e.attrs.get("id") == ident]
        assert len(got) == 1, ident
        return got[0]


@pytest.fixture(scope="module")
def facts() -> list[factcheck.Fact]:
    return factcheck.load_rules([ROOT / "rules"])


def marks(page: Page) -> list[tuple[str, str, str]]:
    return [(e.attrs["data-kind"], " ".join(e.visible.split()), e.attrs.get("data-fact", ""))
            for e in page.find("mark") if "data-kind" in e.attrs]


def test_draft_marks_every_mention_with_its_verdict(facts: list[factcheck.Fact]) -> None:
    """Each mention check_document finds in the draft is marked in place, coloured by its
    own verdict: the four planted errors red, the two true figures green."""
    doc = document(read_article(DRAFT), ".md")
    verdicts = check_document(doc, facts, path="draft.md")
    page = Page(render([mark_document("draft.md", doc, facts)], facts))
    got = marks(page)
    want = sorted((("contradiction" if not m.consistent else "consistent"),
                   " ".join(doc.text[m.quantity.start:m.quantity.end].split()), v.fact.id)
                  for v in verdicts for m in v.mentions)
    assert sorted(got) == want
    bad = {t for k, t, _ in got if k == "contradiction"}
    assert bad == {"Some 50,000", "nearly 27 minutes", "300 km", "2012"}


def test_a_contradiction_is_written_out_below_its_line(facts: list[factcheck.Fact]) -> None:
    """Without hover, the explanation is text: what was read, the fact's claim, what it
    allows and the rule's file:line."""
    page = Page(render([mark_file(DRAFT, facts, display="draft.md")], facts))
    fact = next(f for f in facts if f.id == "mosul-displaced")
    bad = [e for e in page.find("mark") if e.attrs.get("data-fact") == "mosul-displaced"]
    why = page.by_id(bad[0].attrs["id"] + "-why").text
    assert "'Some 50,000' -> 45,000 to 55,000 people" in why
    assert fact.claim in why and str(fact.source) in why and "450,000 to 550,000" in why
    tip = page.by_id(bad[0].attrs["id"] + "-tip").text
    assert "claim: " + fact.claim in tip and f"rule: {fact.source}" in tip
    assert "allows: " in tip and "line 5, column 1" in tip


def test_md_text_keeps_its_lines_and_drops_its_markup(facts: list[factcheck.Fact]) -> None:
    """The article is shown as the visible text the engine read, line by line."""
    page = Page(render([mark_file(DRAFT, facts, display="draft.md")], facts))
    text = page.find("div", **{"class": "text"})[0].visible
    assert "Mosul falls to ISIS\n" in text
    assert "# Mosul" not in text and "|---|" not in text and "*A draft" not in text
    assert "\nBaiji" in text


RULES = """\
facts:
  - id: mosul-displaced
    claim: More than 500,000 people have fled Mosul
    value: 500000
    tolerance: 10%
    unit: people
    keywords: [fled]
    nouns: [people]
  - id: hostages
    claim: 48 people were seized
    value: 48
    keywords: [seized]
    required: true
"""


@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, list[factcheck.Fact]]:
    (tmp_path / "rules.yaml").write_text(RULES)
    return tmp_path, factcheck.load_rules([tmp_path / "rules.yaml"])


def test_unattributed_ignored_and_missing(small: tuple[Path, list[factcheck.Fact]]) -> None:
    """A number read but no fact's, a mention its line ignores, and a required fact never
    mentioned are each shown as such, and the ignored line changes no verdict."""
    folder, facts = small
    text = ("Some 500,000 people fled Mosul in two days.\n"
            "Only 9,000 people fled the town. <!-- factcheck: ignore -->\n")
    doc = document(text, ".md")
    got = mark_document("a.md", doc, facts)
    kinds = {(k.kind, k.quantity.text) for k in got.marks}
    assert ("consistent", "Some 500,000") in kinds
    assert ("unattributed", "two days") in kinds
    assert ("ignored", "9,000") in kinds
    days = next(k for k in got.marks if k.quantity.text == "two days")
    assert ("mosul-displaced", "its mention in this sentence is 'Some 500,000'") in days.notes
    assert [v.verdict for v in got.verdicts] == [v.verdict for v in check_document(doc, facts)]
    page = Page(render([got], facts))
    missing = page.find("li", id="a0-f1")[0].text
    assert "hostages" in missing and "48 people were seized" in missing
    cell = page.find("a", href="#a0-f1")
    assert cell and cell[0].attrs["aria-label"] == "hostages: missing"
    glance = {e.attrs["data-name"]: e.text for e in page.find("li") if "data-name" in e.attrs}
    assert glance["missing required facts"].startswith("1")
    assert glance["contradictions"].startswith("0")
    ignored = [e for e in page.find("mark") if e.attrs.get("data-kind") == "ignored"][0]
    assert "ignored (factcheck: ignore) as a mention of: mosul-displaced" in \
        page.by_id(ignored.attrs["id"] + "-tip").text


HOSTILE = """\
<script>window.pwned = 1</script> Some 90,000 people fled Mosul.
<img src=x onerror="window.pwned=2"> A [link](javascript:alert(1)) and </style><b>bold</b>
"><svg onload=alert(3)> 48 people were seized.
"""


def test_hostile_article_and_rule_text_stay_text(tmp_path: Path) -> None:
    """Tags, handlers and javascript: links in an article or a rule are shown as written;
    the page holds no script, no handler and no link leaving it."""
    (tmp_path / "rules.yaml").write_text(RULES.replace(
        "More than 500,000 people have fled Mosul",
        "\"</style><script>alert('claim')</script>\""))
    facts = factcheck.load_rules([tmp_path / "rules.yaml"])
    art = tmp_path / "<img src=x onerror=alert(1)>.txt"
    art.write_text(HOSTILE)
    source = render([mark_file(art, facts, display=art.name)], facts)
    page = Page(source)
    allowed = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "ul", "li", "b",
               "div", "span", "table", "thead", "tbody", "tr", "th", "td", "a", "main",
               "section", "p", "mark", "sup", "br", "footer", "details", "summary"}
    assert {e.tag for e in page.elements} <= allowed
    assert not page.find("script") and not page.find("img") and not page.find("svg")
    for e in page.elements:
        assert not any(k.startswith("on") for k in e.attrs), e
        assert e.attrs.get("href", "#").startswith("#"), e
    assert len(page.find("style")) == 1 and "alert" not in page.find("style")[0].text
    text = page.find("div", **{"class": "text"})[0].visible
    assert "<script>window.pwned = 1</script>" in text
    assert '<img src=x onerror="window.pwned=2">' in text and "</style><b>bold</b>" in text
    assert art.name in page.find("h2")[0].text
    assert "script-src" not in source and "default-src 'none'" in source


def test_fold_passing_articles_beyond_the_limit(facts: list[factcheck.Fact]) -> None:
    """Past `fold_after` articles, those that pass sit in closed <details>; failing ones
    come first and stay open."""
    arts = [mark_file(p, facts) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    arts.append(mark_file(DRAFT, facts, display="draft.md"))
    page = Page(render(arts, facts, fold_after=3))
    sections = page.find("section")
    assert sections[0].attrs["id"] == "a0" and "draft.md" in sections[0].text
    folded = page.find("details")
    assert len(folded) == len(arts) - 1 and all("open" not in d.attrs for d in folded)
    assert "draft.md" not in "".join(d.text for d in folded)
    assert not Page(render(arts, facts, fold_after=10)).find("details")


def test_unreadable_article_is_listed_and_the_rest_shown(tmp_path: Path,
                                                        facts: list[factcheck.Fact]) -> None:
    """A binary article is an error in its own section; the other articles are shown."""
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02 fled")
    page = Page(render([mark_file(tmp_path / "bin.txt", facts, display="bin.txt"),
                        mark_file(DRAFT, facts, display="draft.md")], facts))
    errors = page.find("p", **{"class": "error"})
    assert len(errors) == 1 and "binary file" in errors[0].text
    assert len(page.find("mark")) > 6


def test_cli_html_to_stdout_and_to_a_file(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """`check --format html` prints the page, or writes it with -o; the exit code is the
    text format's."""
    assert main(["check", str(DRAFT), "--format", "html"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    target = tmp_path / "out" / "report.html"
    assert main(["check", str(DRAFT), "--format", "html", "-o", str(target)]) == 1
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == out
    assert main(["check", "seeds/", "--format", "html"]) == 0


def grid(page: Page) -> dict[tuple[str, str], str]:
    """(article, fact) -> the verdict its grid cell shows."""
    out = {}
    for row in page.find("tr"):
        head = [c for c in row.children if c.tag == "th"]
        if not head or not head[0].children or head[0].children[0].tag != "a":
            continue
        article = head[0].text
        for td in (c for c in row.children if c.tag == "td"):
            for a in td.children:
                if a.tag == "a":
                    fact, verdict = a.attrs["aria-label"].split(": ")
                    out[(article, fact)] = verdict
    return out


def test_pytest_report_matches_the_json_report(pytester: pytest.Pytester) -> None:
    """--factcheck-html after a run (over xdist too) shows the verdicts the run's JSON
    report gives, and adding it changes no outcome."""
    pytester.makefile(".yaml", **{"rules/story": RULES})
    pytester.makefile(".txt", **{"articles/good": "Some 500,000 people fled Mosul. "
                                                  "Militants seized 48 people.\n",
                                 "articles/bad": "Only 9,000 people fled Mosul.\n",
                                 "articles/none": "Nothing here.\n"})
    plain = pytester.runpytest("--factcheck", "articles/", "-p", "no:randomly")
    plain.assert_outcomes(passed=1, failed=3)
    for extra in ([], ["-n", "2"]):
        res = pytester.runpytest("--factcheck", "articles/", "--factcheck-html", "out/r.html",
                                 "--factcheck-json", "r.json", "-p", "no:randomly", *extra)
        res.assert_outcomes(passed=1, failed=3)
        page = Page((pytester.path / "out" / "r.html").read_text(encoding="utf-8"))
        data = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
        assert grid(page) == {(r["article"], r["fact"]): r["verdict"] for r in data["results"]}
        assert len(page.find("section")) == 3  # the article that mentions nothing is shown
        assert [e.attrs["data-kind"] for e in page.find("mark") if "data-kind" in e.attrs] == [
            "contradiction", "consistent", "consistent"]


def test_pytest_report_lists_an_unreadable_article(pytester: pytest.Pytester) -> None:
    """An article that cannot be read fails alone and is listed in the page as an error,
    at an absolute --factcheck-html path."""
    pytester.makefile(".yaml", **{"rules/story": RULES})
    pytester.makefile(".txt", **{"articles/good": "Some 500,000 people fled Mosul. "
                                                  "Militants seized 48 people.\n"})
    (pytester.path / "articles" / "bin.txt").write_bytes(b"\x00\x01 fled")
    target = pytester.path / "abs" / "r.html"
    res = pytester.runpytest("--factcheck", "articles/", "--factcheck-html", str(target),
                             "-p", "no:randomly")
    res.assert_outcomes(passed=1, failed=1)
    page = Page(target.read_text(encoding="utf-8"))
    errors = page.find("p", **{"class": "error"})
    assert len(errors) == 1 and "binary file" in errors[0].text
    assert len(page.find("section")) == 2


def test_pytest_broken_rules_write_no_report(pytester: pytest.Pytester) -> None:
    """Rules that do not load are the run's collection error; no page is written."""
    pytester.makefile(".yaml", **{"rules/story": "facts:\n  - id: x\n    value: 3\n"})
    pytester.makefile(".txt", **{"articles/a": "Some 500,000 people fled Mosul.\n"})
    res = pytester.runpytest("--factcheck", "articles/", "--factcheck-html", "r.html",
                             "-p", "no:randomly")
    res.assert_outcomes(errors=1)
    assert not (pytester.path / "r.html").exists()


PIECES = ["<script>", "</script>", "</style>", "<img src=x onerror=alert(1)>", "&amp;", "&",
          '"', "'", "javascript:", "<!--", "-->", "factcheck: ignore", "fled", "seized",
          "people", "Mosul", "500,000", "9", "48", "two", "about", "km", "\n", "\n\n", " ",
          "  ", "\t", ".", "#", "*", "|", "[a](b)", "<p>", "</p>", "é", "\u2028", "\r\n"]
HYPO_FACTS = factcheck.load_string(RULES)


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
       st.sampled_from([".txt", ".md", ".html"]))
def test_any_article_reads_back_as_its_visible_text(text: str, suffix: str) -> None:
    """Whatever an article holds, the page shows its visible text word for word (escaped,
    never markup), with a mark on every number marked and nothing raised."""
    doc = document(text, suffix)
    got = mark_document("a" + suffix, doc, HYPO_FACTS)
    page = Page(render([got], HYPO_FACTS))
    shown = page.find("div", **{"class": "text"})[0].visible
    assert shown.split() == doc.text.split()
    assert len([m for m in page.find("mark") if "data-kind" in m.attrs]) == len(got.marks)
    assert not page.find("script") and not page.find("img")


def test_a_red_cell_leads_to_the_contradiction(small: tuple[Path, list[factcheck.Fact]]
                                               ) -> None:
    """When an article first agrees with a fact and later contradicts it, the fact's grid
    cell links to the contradicting number."""
    _, facts = small
    doc = document("Some 500,000 people fled Mosul.\nLater, only 9,000 people fled Mosul.\n",
                   ".txt")
    page = Page(render([mark_document("a.txt", doc, facts)], facts))
    cell = [a for a in page.find("a") if a.attrs.get("aria-label") ==
            "mosul-displaced: contradiction"]
    target = page.by_id(cell[0].attrs["href"][1:])
    assert target.attrs["data-kind"] == "contradiction" and target.visible == "9,000"


def test_report_path_that_is_a_folder(pytester: pytest.Pytester, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A folder as the report's path is a usage error before the run; a path that cannot
    be written is one line after it; the command says so and exits 2; no traceback."""
    pytester.makefile(".yaml", **{"rules/story": RULES})
    pytester.makefile(".txt", **{"articles/a": "Some 500,000 people fled Mosul.\n"})
    (pytester.path / "out").mkdir()
    res = pytester.runpytest("--factcheck", "articles/", "--factcheck-html", "out")
    assert res.ret == pytest.ExitCode.USAGE_ERROR
    res.stderr.fnmatch_lines(["*--factcheck-html out: is a folder; name the report's file*"])
    (pytester.path / "afile").write_text("")
    res = pytester.runpytest("--factcheck", "articles/", "--factcheck-html", "afile/r.html")
    res.assert_outcomes(passed=0, failed=1)
    res.stdout.fnmatch_lines(["factcheck: cannot write the HTML report afile/r.html: *"])
    assert main(["check", str(DRAFT), "--format", "html", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "cannot write the report" in err and "Traceback" not in err


def test_the_page_shows_the_verdicts_it_is_given(facts: list[factcheck.Fact]) -> None:
    """Given the run's verdicts (as pytest passes them from its cache), the page shows
    those, not a second opinion: a mention the run judged consistent stays green."""
    from dataclasses import replace

    from factcheck.verdict import judge

    doc = document(read_article(DRAFT), ".md")
    verdicts = check_document(doc, facts, path="draft.md")
    bad = next(v for v in verdicts if v.fact.id == "baiji-distance")
    forgiven = judge(bad.fact, [replace(m, consistent=True) for m in bad.mentions])
    run = [forgiven if v is bad else v for v in verdicts]
    got = mark_document("draft.md", doc, facts, verdicts=run)
    assert [k.kind for k in got.marks if k.quantity.text == "300 km"] == ["consistent"]
    page = Page(render([got], facts))
    assert ("consistent", "300 km", "baiji-distance") in marks(page)
    glance = {e.attrs["data-name"]: e.text for e in page.find("li") if "data-name" in e.attrs}
    assert glance["contradictions"].startswith("3")
