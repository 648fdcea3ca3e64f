"""Marked articles -> one self-contained HTML page: the run at a glance, a grid of articles
by facts, and each article's text with every number the engine read marked in place.

No script and nothing fetched: styles are inline and a Content-Security-Policy forbids any
script, so a page built from hostile articles runs nothing even if escaping ever slipped.
Hover or focus shows a mark's details; a contradiction's explanation is also written out
below its line, so the page prints and reads without a pointer. Decides nothing.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Sequence

from . import __version__
from .html_marks import (CONSISTENT, CONTRADICTION, IGNORED, ArticleMarks,
                         Mark)
from .report import describe_fact, describe_mention, write_atomically
from .rules import Fact, describe_interval
from .verdict import MISSING

FOLD_AFTER = 100  # with more articles than this, those that pass are folded (closed)

_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")
_INDENT = re.compile(r"(?<=\n)[ \t]+")
_SPACES = re.compile(r"[ \t]{2,}")

CSS = """
:root{--bad:#b71c1c;--bad-bg:#fde0dc;--ok:#1b5e20;--ok-bg:#dcf1dd;--miss:#8a4b00;
--miss-bg:#ffe7c2;--none:#f3f3f3;--ink:#1d1d1d;--mute:#5f6368}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
margin:0 auto;max-width:1100px;padding:1rem 1.25rem 4rem}
h1{font-size:1.5rem;margin:.2rem 0 .8rem}h2{font-size:1.1rem;margin:0 0 .4rem;word-break:break-all}
a{color:#0b57d0}
.glance{display:flex;flex-wrap:wrap;gap:.6rem;margin:0 0 1rem;padding:0;list-style:none}
.glance li{border:1px solid #ddd;border-radius:6px;padding:.35rem .8rem;background:#fafafa}
.glance b{font-size:1.25rem;display:block}
.glance .is-bad b{color:var(--bad)}.glance .is-miss b{color:var(--miss)}
.legend{display:flex;flex-wrap:wrap;gap:1rem;color:var(--mute);font-size:.9rem;margin:.4rem 0 1rem}
.key{display:inline-block;width:1.1em;height:1.1em;vertical-align:-.2em;border-radius:3px;
margin-right:.3em;border:1px solid #0002}
.gridwrap{overflow:auto;max-height:70vh;border:1px solid #ddd;margin-bottom:1.5rem}
table.grid{border-collapse:collapse;font-size:.85rem}
.grid th,.grid td{border:1px solid #fff;padding:0}
.grid thead th{position:sticky;top:0;background:#fff;z-index:1;vertical-align:bottom;
padding:.2rem .1rem;font-weight:500}
.grid thead th span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;
display:inline-block;max-height:11rem;overflow:hidden;text-overflow:ellipsis}
.grid th.art{position:sticky;left:0;background:#fff;text-align:left;font-weight:400;
padding:0 .5rem;max-width:22rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.grid td a,.grid td span{display:block;width:1.7rem;height:1.5rem;line-height:1.5rem;
text-align:center;text-decoration:none;color:inherit}
.v-contradiction{background:var(--bad-bg);color:var(--bad);font-weight:700}
.v-consistent{background:var(--ok-bg);color:var(--ok)}
.v-missing{background:var(--miss-bg);color:var(--miss);font-weight:700}
.v-none{background:var(--none);color:#bbb}
.grid td a:focus,.grid td a:hover{outline:2px solid var(--ink);outline-offset:-2px}
section.article{border-top:2px solid #ddd;padding:1rem 0;content-visibility:auto;
contain-intrinsic-size:auto 30rem}
section.folded{padding:.3rem 0;border-top-width:1px;contain-intrinsic-size:auto 2rem}
section.article:target{border-top-color:#0b57d0}
.status{font-size:.85rem;color:var(--mute);margin:0 0 .6rem}
.badge{display:inline-block;border-radius:3px;padding:0 .4rem;margin-right:.3rem}
.missing{background:var(--miss-bg);border-left:4px solid var(--miss);padding:.4rem .8rem;margin:.4rem 0 .8rem}
.missing ul{margin:.2rem 0 0;padding-left:1.2rem}
.error{background:var(--bad-bg);border-left:4px solid var(--bad);padding:.4rem .8rem}
.text{white-space:pre-line;font:16px/1.7 Georgia,"Times New Roman",serif;overflow-wrap:anywhere;
background:#fff;border:1px solid #eee;border-radius:4px;padding:.8rem 1rem}
mark{position:relative;border-radius:3px;padding:0 .1em;color:inherit;cursor:help}
mark:focus{outline:2px solid #0b57d0;outline-offset:1px}
mark.k-contradiction{background:var(--bad-bg);box-shadow:inset 0 -3px 0 var(--bad)}
mark.k-consistent{background:var(--ok-bg);box-shadow:inset 0 -3px 0 var(--ok)}
mark.k-unattributed{background:transparent;border-bottom:2px dotted #8a8f98;border-radius:0}
mark.k-ignored{background:#eceff1;text-decoration:line-through;text-decoration-color:#607d8b}
sup.ref{color:var(--bad);font:700 .7rem system-ui,sans-serif;margin-left:.1em}
.tip{display:none;position:absolute;left:0;top:100%;z-index:5;margin-top:.3rem;width:max-content;
max-width:30rem;white-space:normal;font:13px/1.45 system-ui,sans-serif;background:#222;color:#fff;
padding:.5rem .7rem;border-radius:5px;box-shadow:0 4px 14px #0004;text-decoration:none}
.tip b{color:#ffd54f;font-weight:600}
mark:hover>.tip,mark:focus>.tip{display:block}
.why{display:block;white-space:normal;font:14px/1.45 system-ui,sans-serif;color:var(--bad);
background:#fff5f4;border-left:4px solid var(--bad);margin:.3rem 0 .5rem;padding:.3rem .7rem}
details.fold>summary{cursor:pointer;color:var(--mute)}
footer{color:var(--mute);font-size:.85rem;margin-top:2rem}
@media print{.tip{display:none!important}.gridwrap{max-height:none;overflow:visible}
section.article{content-visibility:visible;break-inside:avoid-page}details.fold{display:block}}
"""

_SYMBOL = {CONTRADICTION: "✗", CONSISTENT: "✓", MISSING: "!", "none": ""}
_WORD = {CONTRADICTION: "contradiction", CONSISTENT: "consistent", MISSING: "missing",
         "none": "not mentioned"}


def esc(text: object) -> str:
    """Text for an element or a quoted attribute: every <, >, &, ' and " escaped."""
    return html.escape(str(text), quote=True)


def _order(articles: Sequence[ArticleMarks]) -> list[ArticleMarks]:
    """Contradictions first (most first), then missing facts, then errors, then the rest;
    by path within each."""
    def key(a: ArticleMarks) -> tuple[int, int, str]:
        rank = 0 if a.contradictions else 1 if a.missing else 2 if a.error else 3
        return (rank, -a.contradictions, a.path)
    return sorted(articles, key=key)


def _columns(articles: Sequence[ArticleMarks], facts: Sequence[Fact]) -> list[Fact]:
    """The facts some article mentions or misses, in rule order."""
    seen = {v.fact.id for a in articles for v in a.verdicts}
    return [f for f in facts if f.id in seen]


def _tip(k: Mark) -> str:
    """The details of a mark: what was read, the fact, what it allows, the rule."""
    q = k.quantity
    rows: list[tuple[str, str]] = []
    fact = k.fact
    if fact is not None and k.mention is not None:
        rows.append(("read", describe_mention(k.mention, fact)))
        verdict = {CONTRADICTION: "contradicts", CONSISTENT: "agrees with",
                   IGNORED: "ignored (factcheck: ignore) as a mention of"}[k.kind]
        rows.append((verdict, fact.id))
        if fact.claim:
            rows.append(("claim", fact.claim))
        rows.append(("allows", describe_fact(fact)))
        rows.append(("rule", str(fact.source)))
    else:
        unit = f"   [{q.kind}]"
        rows.append(("read", f"{' '.join(q.text.split())!r} -> "
                             f"{describe_interval(q.low, q.high, q.unit, q.kind)}{unit}"))
        rows.append(("fact", "none: this number is no mention of any fact"))
        for fid, why in k.notes:
            rows.append((fid, why))
    rows.append(("at", f"line {k.line}, column {k.column}"))
    return "<br>".join(f"<b>{esc(a)}:</b> {esc(b)}" for a, b in rows)


def _why(k: Mark, n: int, ref: str) -> str:
    """A contradiction written out below its line."""
    assert k.fact is not None and k.mention is not None
    fact = k.fact
    claim = f" ({fact.claim})" if fact.claim else ""
    return (f'<span class="why" id="{ref}">[{n}] line {k.line}: '
            f"{esc(describe_mention(k.mention, fact))} contradicts <b>{esc(fact.id)}</b>"
            f"{esc(claim)}, which allows {esc(describe_fact(fact))} "
            f"&mdash; rule {esc(fact.source)}</span>")


def _plain(text: str) -> str:
    """Plain text as the page shows it (white-space: pre-line): blank lines and runs of
    spaces (masked markup) folded, so the page is no larger than it need be."""
    return esc(_SPACES.sub(" ", _INDENT.sub("", _BLANK_LINES.sub("\n\n", text))))


def _article_text(a: ArticleMarks, idx: int, anchors: dict[str, str]) -> str:
    """The visible text with its marks; `anchors` gets fact id -> the id of its first
    contradicting mark, or else of its first mark."""
    out: list[str] = []
    pending: list[str] = []
    pos = 0
    text = a.text
    n_bad = 0
    red: set[str] = set()

    def flush_plain(chunk: str) -> None:
        nonlocal pending
        if pending:
            nl = chunk.find("\n")
            if nl >= 0:
                out.append(_plain(chunk[:nl + 1]))  # the line break stays in the text
                out.extend(pending)
                pending = []
                chunk = chunk[nl + 1:]
        out.append(_plain(chunk))

    for j, k in enumerate(a.marks):
        flush_plain(text[pos:k.start])
        mid = f"a{idx}-m{j}"
        if k.fact is not None and k.kind == CONTRADICTION and k.fact.id not in red:
            anchors[k.fact.id] = mid  # a red cell leads to the first contradiction
            red.add(k.fact.id)
        elif k.fact is not None and k.kind == CONSISTENT:
            anchors.setdefault(k.fact.id, mid)
        ref = ""
        if k.kind == CONTRADICTION:
            n_bad += 1
            ref = f'<sup class="ref">{n_bad}</sup>'
            pending.append(_why(k, n_bad, f"{mid}-why"))
        fid = f' data-fact="{esc(k.fact.id)}"' if k.fact is not None else ""
        out.append(f'<mark class="k-{k.kind}" id="{mid}" tabindex="0" data-kind="{k.kind}"{fid}'
                   f' aria-describedby="{mid}-tip">'
                   f"{esc(text[k.start:k.end])}"
                   f'<span class="tip" role="tooltip" id="{mid}-tip">{_tip(k)}</span>'
                   f"</mark>{ref}")
        pos = k.end
    flush_plain(text[pos:])
    out.extend(pending)
    return "".join(out).strip()


def _article(a: ArticleMarks, idx: int, fact_index: dict[str, int],
             anchors: dict[str, str]) -> str:
    parts = [f'<section class="article" id="a{idx}"><h2>{esc(a.path)}</h2>']
    if a.error:
        parts.append(f'<p class="error">could not be checked: {esc(a.error)}</p></section>')
        return "".join(parts)
    counts = {CONTRADICTION: 0, CONSISTENT: 0, MISSING: 0}
    for v in a.verdicts:
        counts[v.verdict] = counts.get(v.verdict, 0) + 1
    parts.append('<p class="status">' + " ".join(
        f'<span class="badge v-{w}">{n} {esc(_WORD[w])}</span>'
        for w, n in counts.items() if n) + f" &middot; {len(a.marks)} numbers read</p>")
    mine: dict[str, str] = {}
    body = _article_text(a, idx, mine)
    if a.missing:
        parts.append('<div class="missing"><b>Required facts never mentioned</b><ul>')
        for v in a.missing:
            f = v.fact
            rid = f"a{idx}-f{fact_index.get(f.id, 0)}"
            mine[f.id] = rid
            claim = f": {f.claim}" if f.claim else ""
            parts.append(f'<li id="{rid}"><b>{esc(f.id)}</b>{esc(claim)} &mdash; allows '
                         f"{esc(describe_fact(f))} (rule {esc(f.source)})</li>")
        parts.append("</ul></div>")
    anchors.update(mine)
    parts.append(f'<div class="text">{body}</div></section>')
    return "".join(parts)


def _folded(a: ArticleMarks, idx: int, anchors: dict[str, str]) -> str:
    """A passing article past the fold limit: closed, its mentions listed, no text."""
    items = []
    for j, k in enumerate(a.marks):
        if k.kind != CONSISTENT or k.fact is None or k.mention is None:
            continue
        mid = f"a{idx}-m{j}"
        anchors.setdefault(k.fact.id, mid)
        items.append(f'<li id="{mid}">line {k.line}, column {k.column}: '
                     f"{esc(describe_mention(k.mention, k.fact))} agrees with "
                     f"<b>{esc(k.fact.id)}</b></li>")
    return (f'<section class="article folded" id="a{idx}"><details class="fold"><summary>'
            f"<b>{esc(a.path)}</b> passes: {len(a.verdicts)} checks, {len(a.marks)} numbers "
            f'read</summary><ul>{"".join(items)}</ul></details></section>')


def _grid(ordered: Sequence[ArticleMarks], columns: Sequence[Fact],
          anchors: dict[int, dict[str, str]]) -> str:
    head = "".join(f'<th scope="col" title="{esc(f.claim or f.describe())}"><span>'
                   f"{esc(f.id)}</span></th>" for f in columns)
    rows = [f'<div class="gridwrap"><table class="grid"><thead><tr><th class="art">article'
            f"</th>{head}</tr></thead><tbody>"]
    for idx, a in enumerate(ordered):
        by_fact = {v.fact.id: v for v in a.verdicts}
        cells = []
        for f in columns:
            v = by_fact.get(f.id)
            w = v.verdict if v is not None else "none"
            if v is None:
                cells.append('<td class="v-none"><span></span></td>')
                continue
            target = anchors[idx].get(f.id, f"a{idx}")
            cells.append(f'<td class="v-{w}"><a href="#{target}" title="{esc(f.id)}: '
                         f'{esc(_WORD[w])}" aria-label="{esc(f.id)}: {esc(_WORD[w])}">'
                         f"{_SYMBOL[w]}</a></td>")
        rows.append(f'<tr><th class="art" scope="row"><a href="#a{idx}" title="{esc(a.path)}">'
                    f"{esc(a.path)}</a></th>{''.join(cells)}</tr>")
    rows.append("</tbody></table></div>")
    return "".join(rows)


def _glance(articles: Sequence[ArticleMarks], n_facts: int) -> str:
    checks = sum(len(a.verdicts) for a in articles)
    bad = sum(a.contradictions for a in articles)
    bad_checks = sum(1 for a in articles for v in a.verdicts if v.verdict == CONTRADICTION)
    missing = sum(len(a.missing) for a in articles)
    failing = sum(1 for a in articles if a.failed)
    errors = sum(1 for a in articles if a.error)
    items = [("articles", len(articles), ""), ("failing articles", failing, "is-bad" if failing else ""),
             ("checks", checks, ""),
             ("contradictions", bad, "is-bad" if bad else ""),
             ("facts contradicted", bad_checks, "is-bad" if bad_checks else ""),
             ("missing required facts", missing, "is-miss" if missing else ""),
             ("facts in the rules", n_facts, "")]
    if errors:
        items.append(("unreadable articles", errors, "is-bad"))
    return '<ul class="glance" id="glance">' + "".join(
        f'<li class="{c}" data-name="{esc(name)}"><b>{n:,}</b>{esc(name)}</li>'
        for name, n, c in items) + "</ul>"


def _legend() -> str:
    keys = [("v-contradiction", "contradiction"), ("v-consistent", "consistent"),
            ("v-missing", "required, never mentioned"), ("v-none", "not mentioned")]
    marks = [("k-unattributed", "number read, no fact"), ("k-ignored", "factcheck: ignore")]
    return ('<div class="legend">' + "".join(
        f'<span><span class="key {c}"></span>{esc(t)}</span>' for c, t in keys) + "".join(
        f'<span><mark class="{c}">12</mark> {esc(t)}</span>' for c, t in marks) + "</div>")


def render(articles: Sequence[ArticleMarks], facts: Sequence[Fact], *,
           title: str = "factcheck report", fold_after: int = FOLD_AFTER) -> str:
    """The whole page. With more than `fold_after` articles, those that pass are folded."""
    ordered = _order(articles)
    columns = _columns(ordered, facts)
    fact_index = {f.id: i for i, f in enumerate(facts)}
    anchors: dict[int, dict[str, str]] = {}
    sections = []
    fold = len(ordered) > fold_after
    folded = 0
    for idx, a in enumerate(ordered):
        anchors[idx] = {}
        if fold and not a.failed:
            folded += 1
            sections.append(_folded(a, idx, anchors[idx]))
        else:
            sections.append(_article(a, idx, fact_index, anchors[idx]))
    note = (f'<p class="status">More than {fold_after:,} articles: the {folded:,} that pass '
            "are folded to the list of their mentions, without their text (a link from the "
            "grid opens one; `factcheck check ARTICLE --format html` shows it whole).</p>"
            if folded else "")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{esc(title)}</h1>{_glance(ordered, len(facts))}{_legend()}"
        f"{_grid(ordered, columns, anchors)}{note}<main>{''.join(sections)}</main>"
        f"<footer>factcheck {esc(__version__)}: every number read in a sentence that holds a "
        f"fact's keyword is marked; hover or focus a mark for what was read.</footer>"
        "</body></html>\n")


def write_html(path: str | os.PathLike[str], page: str) -> None:
    """Write the page atomically; 0644: a report to share, not mkstemp's private 0600."""
    write_atomically(path, page, ".html", 0o644)


__all__ = ["FOLD_AFTER", "esc", "render", "write_html"]
