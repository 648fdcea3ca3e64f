"""Wires text, quantities, mentions and verdicts: `check_text` is what everything calls."""

from __future__ import annotations

import bisect
import fnmatch
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import PatternTimeout
from .mentions import find_mention
from .quantities import DEFAULT_APPROX, Quantity, read_quantities
from .rules import Fact
from .text import Document, Sentence, document, read_article, split_sentences
from .verdict import Mention, Verdict, in_fact_unit, judge, meets

_WORDS = re.compile(r"\w+")
_IGNORE = re.compile(r"factcheck:\s*ignore(?:\[([a-z0-9,\s-]*)\])?")


@dataclass(frozen=True)
class Ruleset:
    """Facts compiled into one keyword index: first word of each keyword -> facts."""

    facts: tuple[Fact, ...]
    by_word: dict[str, tuple[int, ...]]
    prefixes: tuple[tuple[str, int], ...]  # (lower-case prefix, fact index)
    always: tuple[int, ...]  # facts with a /regex/ keyword: checked on every article

    @classmethod
    def build(cls, facts: Iterable[Fact]) -> Ruleset:
        fs = tuple(facts)
        by_word: dict[str, set[int]] = {}
        prefixes: list[tuple[str, int]] = []
        always: set[int] = set()
        for i, f in enumerate(fs):
            for t in f.keywords:
                if t.is_regex:
                    always.add(i)
                    continue
                m = _WORDS.match(t.first_word)
                if not m:
                    always.add(i)
                elif t.prefix and m.end() == len(t.first_word):
                    prefixes.append((m.group(), i))
                else:
                    by_word.setdefault(m.group(), set()).add(i)
        return cls(fs, {k: tuple(sorted(v)) for k, v in by_word.items()}, tuple(prefixes),
                   tuple(sorted(always)))

    def candidates(self, text: str) -> list[int]:
        """Indices of the facts whose keywords may occur in text (a superset)."""
        words = set(_WORDS.findall(text.lower()))
        hit: set[int] = set(self.always)
        for w in words:
            ids = self.by_word.get(w)
            if ids:
                hit.update(ids)
        if self.prefixes:
            for p, i in self.prefixes:
                if i not in hit and any(w.startswith(p) for w in words):
                    hit.add(i)
        return sorted(hit)


_CACHE: dict[int, tuple[Sequence[Fact], Ruleset]] = {}


def ruleset(facts: Sequence[Fact] | Ruleset) -> Ruleset:
    if isinstance(facts, Ruleset):
        return facts
    key = id(facts)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is facts and len(hit[1].facts) == len(facts):
        return hit[1]
    rs = Ruleset.build(facts)
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[key] = (facts, rs)
    return rs


class _Article:
    """One article's sentences and quantities, computed once and shared by all facts."""

    def __init__(self, doc: Document, approx: float) -> None:
        self.doc = doc
        self.approx = approx
        self.sentences = split_sentences(doc)
        self.starts = [s.start for s in self.sentences]
        self._quantities: dict[int, list[Quantity]] = {}
        self._ignored: dict[int, frozenset[str] | None] | None = None

    def sentence_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def quantities(self, i: int) -> list[Quantity]:
        got = self._quantities.get(i)
        if got is None:
            s = self.sentences[i]
            got = [replace(q, start=q.start + s.start, end=q.end + s.start)
                   for q in read_quantities(self.doc.text[s.start:s.end], self.approx)]
            self._quantities[i] = got
        return got

    def ignored(self, sentence: Sentence, fact_id: str) -> bool:
        """`factcheck: ignore` or `factcheck: ignore[fact-id]` on a line of the sentence."""
        if self._ignored is None:
            self._ignored = {}
            for m in _IGNORE.finditer(self.doc.raw or self.doc.text):
                line, _ = self.doc.position(m.start())
                ids = m.group(1)
                self._ignored[line] = None if ids is None else frozenset(
                    x.strip() for x in ids.split(",") if x.strip())
        if not self._ignored:
            return False
        last_line, _ = self.doc.position(sentence.end - 1)
        for line in range(sentence.line, last_line + 1):
            if line in self._ignored:
                ids = self._ignored[line]
                if ids is None or fact_id in ids:
                    return True
        return False


def _skip(fact: Fact, path: str | None) -> bool:
    return bool(path and fact.skip_paths and any(fnmatch.fnmatch(path, g)
                                                 for g in fact.skip_paths))


def check_document(doc: Document, facts: Sequence[Fact] | Ruleset, *,
                   path: str | None = None, approx: float = DEFAULT_APPROX) -> list[Verdict]:
    rs = ruleset(facts)
    art = _Article(doc, approx)
    text = doc.text
    results: list[Verdict] = []
    cands = set(rs.candidates(text))
    for i, fact in enumerate(rs.facts):
        if _skip(fact, path):
            continue
        try:
            mentions = _mentions(fact, art, i in cands)
        except TimeoutError:
            raise PatternTimeout(fact.id, ", ".join(t.text for t in fact.keywords + fact.context
                                                    + fact.exclude + fact.nouns if t.is_regex),
                                 str(fact.source)) from None
        if mentions or fact.required:
            results.append(judge(fact, mentions))
    return results


def _mentions(fact: Fact, art: _Article, candidate: bool) -> list[Mention]:
    doc, text = art.doc, art.doc.text
    mentions: list[Mention] = []
    if not candidate:
        return mentions
    seen: set[int] = set()
    for term in fact.keywords:
        for m in term.finditer(text):
            si = art.sentence_at(m.start())
            if si < 0 or si in seen:
                continue
            s = art.sentences[si]
            if m.start() >= s.end:
                continue
            seen.add(si)
    for si in sorted(seen):
        s = art.sentences[si]
        q = find_mention(fact, text, s.start, s.end, art.quantities(si))
        if q is None or art.ignored(s, fact.id):
            continue
        low, high = in_fact_unit(fact, q)
        line, col = doc.position(q.start)
        mentions.append(Mention(s, q, line, col, low, high, meets(low, high, fact)))
    return mentions


def check_text(text: str, facts: Sequence[Fact] | Ruleset, *, suffix: str = ".txt",
               path: str | None = None, approx: float = DEFAULT_APPROX) -> list[Verdict]:
    """Every fact the text mentions (or that is required), with its verdict and mentions."""
    return check_document(document(text, suffix), facts, path=path, approx=approx)


def check_file(path: str | Path, facts: Sequence[Fact] | Ruleset, *, display: str | None = None,
               approx: float = DEFAULT_APPROX) -> list[Verdict]:
    """Read an article (raises ArticleError) and check it."""
    p = Path(path)
    return check_text(read_article(p), facts, suffix=p.suffix, path=display or p.as_posix(),
                      approx=approx)
