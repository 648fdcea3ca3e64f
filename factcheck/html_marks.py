"""Every number the engine read in an article, each with what became of it: the marks of the
HTML report. Decides nothing: the verdicts are `check_document`'s, the reasons `explain`'s.

Engine surface used (read-only): `check_document`, `explain_document`, `Explanation`, and
`Document.raw` as the only text `factcheck: ignore` is looked for in (a copy of the document
whose `raw` is blank shows what the ignored lines would have mentioned).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .engine import Ruleset, check_document, explain_document
from .errors import FactcheckError
from .quantities import DEFAULT_APPROX, Quantity, read_quantities
from .rules import Fact
from .text import Document, document, read_article
from .verdict import Mention, Verdict

CONTRADICTION = "contradiction"
CONSISTENT = "consistent"
UNATTRIBUTED = "unattributed"  # read, but a mention of no fact
IGNORED = "ignored"  # would be a mention, but its line says `factcheck: ignore`

_IGNORE_REASON = "factcheck: ignore"


@dataclass(frozen=True, slots=True)
class Mark:
    """One number the engine read, at its offsets in the article's visible text."""

    kind: str  # CONTRADICTION, CONSISTENT, UNATTRIBUTED, IGNORED
    quantity: Quantity
    line: int
    column: int
    fact: Fact | None = None  # the fact it is (or, ignored, would be) a mention of
    mention: Mention | None = None
    notes: tuple[tuple[str, str], ...] = ()  # (fact id, why it is no mention of that fact)

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end


@dataclass(frozen=True, slots=True)
class ArticleMarks:
    """An article as the report shows it."""

    path: str
    text: str  # the visible text the engine read
    verdicts: tuple[Verdict, ...] = ()
    marks: tuple[Mark, ...] = ()
    error: str = ""  # the article could not be read or checked

    @property
    def contradictions(self) -> int:
        return sum(len(v.contradictions) for v in self.verdicts)

    @property
    def missing(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if v.verdict == "missing")

    @property
    def failed(self) -> bool:
        return bool(self.error) or any(v.verdict in ("contradiction", "missing")
                                       for v in self.verdicts)


def mark_document(path: str, doc: Document, facts: Sequence[Fact] | Ruleset, *,
                  verdicts: Sequence[Verdict] | None = None,
                  approx: float = DEFAULT_APPROX) -> ArticleMarks:
    """The article's marks. `verdicts`: the run's own (e.g. from its cache); computed with
    `check_document` when not given. Either way they are shown as they are."""
    got = list(verdicts) if verdicts is not None else check_document(
        doc, facts, path=path, approx=approx)
    explained = explain_document(doc, facts, path=path, approx=approx)
    marks: dict[tuple[int, int], Mark] = {}
    for v in got:  # the mentions first: they are the verdicts
        for m in v.mentions:
            key = m.quantity.span
            old = marks.get(key)
            if old is None or (old.kind == CONSISTENT and not m.consistent):
                marks[key] = Mark(CONSISTENT if m.consistent else CONTRADICTION, m.quantity,
                                  m.line, m.column, v.fact, m)
    would: dict[tuple[int, int], tuple[Fact, Mention]] = {}
    if any(_IGNORE_REASON in e.reason for e in explained):
        free = replace(doc, raw=" " * len(doc.text))  # no line says `factcheck: ignore`
        for e in explain_document(free, facts, path=path, approx=approx):
            if e.mention is not None:
                would.setdefault(e.mention.quantity.span, (e.fact, e.mention))
    notes: dict[int, list[tuple[str, str]]] = {}
    sentences = {}
    for e in explained:
        sentences[e.sentence.start] = e.sentence
        if e.mention is not None:
            why = f"its mention in this sentence is {e.mention.text!r}"
        else:
            why = e.reason
        if why:
            notes.setdefault(e.sentence.start, []).append((e.fact.id, why))
    for s in sorted(sentences.values(), key=lambda s: s.start):
        for q in read_quantities(doc.text[s.start:s.end], approx):
            q = replace(q, start=q.start + s.start, end=q.end + s.start)
            if q.span in marks:
                continue
            line, col = doc.position(q.start)
            if q.span in would:
                fact, m = would[q.span]
                marks[q.span] = Mark(IGNORED, q, line, col, fact, m)
            else:
                marks[q.span] = Mark(UNATTRIBUTED, q, line, col,
                                     notes=tuple(notes.get(s.start, ())))
    ordered = sorted(marks.values(), key=lambda k: (k.start, -k.end))
    kept: list[Mark] = []
    for k in ordered:  # marks never overlap in the page: the first (longest) wins
        if kept and k.start < kept[-1].end:
            continue
        kept.append(k)
    return ArticleMarks(path, doc.text, tuple(got), tuple(kept))


def mark_file(path: Path, facts: Sequence[Fact] | Ruleset, *, display: str | None = None,
              verdicts: Sequence[Verdict] | None = None,
              approx: float = DEFAULT_APPROX) -> ArticleMarks:
    """Read and mark one article; one that cannot be read or checked carries its error."""
    shown = display or path.as_posix()
    try:
        doc = document(read_article(path), path.suffix)
        return mark_document(shown, doc, facts, verdicts=verdicts, approx=approx)
    except FactcheckError as exc:
        return ArticleMarks(shown, "", error=str(exc))
