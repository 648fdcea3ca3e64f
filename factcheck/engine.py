"""Wires text, quantities, mentions and verdicts: `check_text` is what everything calls."""

from __future__ import annotations

import bisect
import fnmatch
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from .compare import STOP
from .errors import PatternTimeout
from .mentions import (ROLE_WORDS, Nearby, Numbers, Pick, assign, claim_names, compatible, claim_words,
                       fact_role, has_context, in_context, keyword_stems, picks,
                       story_settings, claim_model_names, claim_name_heads,
                       why_not)
from .roles import OF_NUMBER, clauses, earlier_heading, is_whole_row, row_year
from .quantities import DEFAULT_APPROX, Quantity, may_hold_number, read_quantities, trie_pattern
from .rules import Fact, Term, describe_reading
from .text import (Document, Sentence, answer_lines, document, is_lead_in, items_under, lead_in_over,
                   line_index, line_label, item_label, lower_same_length, read_article,
                   split_sentences, heading_over_terms, table_caption, table_columns,
                   table_rows_under, term_span)
from .verdict import Mention, Verdict, in_fact_unit, judge, meets

_WORDS = re.compile(r"\w+")
_IGNORE = re.compile(r"factcheck:\s*ignore(?:\[([a-z0-9,\s-]*)\])?")


@dataclass(frozen=True)
class Ruleset:
    """Facts compiled once into a keyword index. One scan of an article's lower-cased text
    with `scanner` (a trie of every keyword's first word) finds every place a literal keyword
    may start; `by_word` maps that word to the (fact, term) pairs to confirm there."""

    facts: tuple[Fact, ...]
    by_word: dict[str, tuple[tuple[int, Term | None], ...]]  # None: the word is the term
    prefixes: tuple[tuple[str, int, Term], ...]  # (lower-case prefix, fact index, term)
    always: tuple[tuple[int, Term], ...]  # /regex/ keywords: searched in every article
    scanner: re.Pattern[str] | None
    skipping: tuple[int, ...] = ()  # facts with `skip_paths`
    # the names the claims give as the story's setting ("Arvena's consumer prices"), not
    # as one place in it ("In the Northern Province"): a figure "in Arvena" is no local one
    settings: frozenset[str] = frozenset()
    # the first five letters of each keyword word -> the facts whose keyword it is
    stems: dict[str, frozenset[int]] = field(default_factory=dict)
    # names with a number the claims spell ("the Aero 7"): no count in an article
    names: frozenset[str] = frozenset()
    # the heads of names a claim gives as its figure ("raised to level 4"): such names in an
    # article are read for the facts that spell them
    name_heads: frozenset[str] = frozenset()
    # the latest year a fact on an earlier figure names ("Turnout in the 2011 referendum"):
    # an article's own year is later
    past_year: int = 0
    # stories: the facts of one rule file whose ids share the part before their first "-"
    # ("quake-deaths", "quake-injured", ...), where a rule set holds two or more stories of
    # three facts or more that hold nearly all of their files' facts; each fact's story (-1:
    # none) and each story's facts
    story_of: tuple[int, ...] = ()
    stories: tuple[tuple[int, ...], ...] = ()
    story_names: tuple[frozenset[str], ...] = ()  # the names each story's claims give

    @classmethod
    def build(cls, facts: Iterable[Fact]) -> Ruleset:
        fs = tuple(facts)
        by_word: dict[str, list[tuple[int, Term | None]]] = {}
        prefixes: list[tuple[str, int, Term]] = []
        always: list[tuple[int, Term]] = []
        for i, f in enumerate(fs):
            for t in f.keywords:
                m = _WORDS.match(t.first_word) if not t.is_regex else None
                if m is None:
                    always.append((i, t))
                elif t.prefix and m.end() == len(t.first_word):
                    prefixes.append((m.group(), i, t))
                elif m.end() == len(t.first_word) and not t.prefix and len(t.text.split()) == 1:
                    by_word.setdefault(m.group(), []).append((i, None))
                    for form in t.forms:  # "fled" for `flee`
                        by_word.setdefault(form, []).append((i, None))
                else:
                    by_word.setdefault(m.group(), []).append((i, t))
        parts = []
        if by_word:
            parts.append(r"\b(?:" + trie_pattern(by_word) + r")\b")
        if prefixes:
            parts.append(r"\b(?:" + trie_pattern({p for p, _, _ in prefixes}) + r")\w*")
        scanner = re.compile("|".join(parts)) if parts else None
        story_of, stories = _stories(fs)
        return cls(fs, {k: tuple(v) for k, v in by_word.items()}, tuple(prefixes),
                   tuple(always), scanner, tuple(i for i, f in enumerate(fs) if f.skip_paths),
                   story_settings(fs), keyword_stems(fs), claim_model_names(fs),
                   claim_name_heads(fs),
                   max((y for f in fs if fact_role(f)[0] == "earlier" for y in fact_role(f)[1]),
                       default=0), story_of, stories, _story_names(fs, stories))

    def occurrences(self, text: str) -> tuple[list[tuple[int, int, Sequence[tuple[int, Term | None]]]],
                                              dict[int, list[tuple[int, int]]]]:
        """Where a literal keyword may start, once per place however many facts share it:
        (start, end of the word, the (fact, term) pairs to confirm there; term None: the word
        is the whole term); and fact -> spans of its /regex/ keywords. A user pattern that
        runs past its time limit raises TimeoutError with the fact index as its argument."""
        occ: list[tuple[int, int, Sequence[tuple[int, Term | None]]]] = []
        if self.scanner is not None:
            by_word, prefixes = self.by_word, self.prefixes
            for m in self.scanner.finditer(lower_same_length(text)):
                w = m.group()
                got: Sequence[tuple[int, Term | None]] = by_word.get(w, ())
                if prefixes:
                    more = [(i, term) for p, i, term in prefixes if w.startswith(p)]
                    if more:
                        got = [*got, *more]
                if got:
                    occ.append((m.start(), m.end(), got))
        regex: dict[int, list[tuple[int, int]]] = {}
        for i, term in self.always:
            try:
                for m in term.finditer(text):
                    regex.setdefault(i, []).append(m.span())
            except TimeoutError:
                raise TimeoutError(i) from None
        return occ, regex

    def hits(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """fact index -> the spans of its keywords in text. A user pattern that runs past its
        time limit raises TimeoutError with the fact index as its argument."""
        occ, out = self.occurrences(text)
        for pos, end, got in occ:
            for i, term in got:
                if term is None:
                    out.setdefault(i, []).append((pos, end))
                else:
                    self._confirm(out, i, term, text, pos)
        for spans in out.values():
            spans.sort()
        return out

    @staticmethod
    def _confirm(out: dict[int, list[tuple[int, int]]], i: int, term: Term, text: str,
                 pos: int) -> None:
        m = term.match(text, pos)
        if m is not None:
            out.setdefault(i, []).append(m.span())


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

    def __init__(self, doc: Document, approx: float,
                 hits: dict[int, list[tuple[int, int]]] | None = None,
                 positions: list[int] | None = None, numbers_only: bool = False) -> None:
        """`numbers_only`: leave out stretches with no digit, currency sign or number word
        (they can hold no mention)."""
        self.doc = doc
        self.approx = approx
        if hits is not None:
            positions = sorted({ks for spans in hits.values() for ks, _ in spans})
        if positions is None:
            self.sentences = split_sentences(doc)
        else:  # only the stretches of text that hold a keyword
            self.sentences = []
            for a, b in _regions(doc.text, positions):
                if numbers_only and not may_hold_number(doc.text[a:b]):
                    continue
                self.sentences.extend(split_sentences(doc, a, b))
        self.starts = [s.start for s in self.sentences]
        self._quantities: dict[int, list[Quantity]] = {}
        self._ignored: dict[int, frozenset[str] | None] | None = None

    def sentence_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def read(self, i: int) -> list[Quantity]:
        """The quantities of sentence i, with offsets in the article."""
        s = self.sentences[i]
        qs = _read_sentence(self.doc.text[s.start:s.end], self.approx)
        return [_shifted(q, s.start) for q in qs] if s.start else list(qs)

    def quantities(self, i: int) -> list[Quantity]:
        got = self._quantities.get(i)
        if got is None:
            got = self._quantities[i] = self.read(i)
        return got

    def ignored(self, sentence: Sentence, fact_id: str) -> bool:
        """`factcheck: ignore` or `factcheck: ignore[fact-id]` on a line of the sentence."""
        if self._ignored is None:
            self._ignored = {}
            raw = self.doc.raw or self.doc.text
            for m in _IGNORE.finditer(raw):
                line, _ = self.doc.position(m.start())
                ids = m.group(1)
                got = None if ids is None else frozenset(
                    x.strip() for x in ids.split(",") if x.strip())
                self._ignored[line] = got
                a = self.doc.line_starts[line - 1]
                b = raw.find("\n", m.end())
                if not self.doc.text[a:b if b >= 0 else len(raw)].strip():
                    self._ignored[line + 1] = got  # a comment alone on its line: the next line
        if not self._ignored:
            return False
        last_line, _ = self.doc.position(sentence.end - 1)
        for line in range(sentence.line, last_line + 1):
            if line in self._ignored:
                ids = self._ignored[line]
                if ids is None or fact_id in ids:
                    return True
        return False


_READ: dict[tuple[str, float], tuple[Quantity, ...]] = {}
_QUANTITY_FIELDS = operator.attrgetter(*(f.name for f in fields(Quantity)))
_START = tuple(f.name for f in fields(Quantity)).index("start")
_END = tuple(f.name for f in fields(Quantity)).index("end")


def _read_sentence(sentence: str, approx: float) -> tuple[Quantity, ...]:
    """`read_quantities` of one sentence, kept by its text: a sentence repeated across an
    archive (wire copy, boilerplate) is read once; at most 20,000 are kept."""
    if len(sentence) > 4_000:  # a long sentence rarely repeats: not kept
        return tuple(read_quantities(sentence, approx))
    key = (sentence, approx)
    got = _READ.get(key)
    if got is None:
        if len(_READ) > 20_000:
            _READ.clear()
        got = _READ[key] = tuple(read_quantities(sentence, approx))
    return got


def _shifted(q: Quantity, offset: int) -> Quantity:
    """q moved by offset (what `dataclasses.replace` does, without its checks)."""
    v = list(_QUANTITY_FIELDS(q))
    v[_START] += offset
    v[_END] += offset
    return Quantity(*v)


# a line break after sentence-final punctuation always ends a sentence (text.split_sentences
# never joins across it), so the text between two of them splits the same on its own
# (one character class first: the scan looks for it in C)
_HARD_BREAK = re.compile(r"[.!?:;\"”\n][ \t]*(?:\r\n|\r|\n)")


def _regions(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The stretches between hard line breaks that hold one of the positions."""
    if not positions:
        return []
    if len(text) < 2_000:
        return [(0, len(text))]
    cuts = [m.end() for m in _HARD_BREAK.finditer(text)]
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(positions):  # (positions are in order: the next one past this stretch)
        i = bisect.bisect_right(cuts, positions[k])
        a = cuts[i - 1] if i else 0
        b = cuts[i] - 1 if i < len(cuts) else len(text)
        if not (out and out[-1][0] == a):
            out.append((a, b))
        if i == len(cuts):
            break
        k = bisect.bisect_left(positions, cuts[i], k + 1)
    return out


def _skip(fact: Fact, path: str | None) -> bool:
    return bool(path and fact.skip_paths and any(fnmatch.fnmatch(path, g)
                                                 for g in fact.skip_paths))


def _timeout(fact: Fact) -> PatternTimeout:
    return PatternTimeout(fact.id, ", ".join(t.text for t in fact.keywords + fact.context
                                             + fact.exclude + fact.nouns if t.is_regex),
                          str(fact.source))


def _hits(rs: Ruleset, text: str) -> dict[int, list[tuple[int, int]]]:
    try:
        return rs.hits(text)
    except TimeoutError as exc:
        raise _timeout(rs.facts[exc.args[0]]) from None


def _occurrences(rs: Ruleset, text: str
                 ) -> tuple[list[tuple[int, int, Sequence[tuple[int, Term | None]]]],
                            dict[int, list[tuple[int, int]]]]:
    try:
        return rs.occurrences(text)
    except TimeoutError as exc:
        raise _timeout(rs.facts[exc.args[0]]) from None


_ROW_START = re.compile(r"[ \t]*(?:\||<t[rd]\b)", re.I)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LABELLED = re.compile(r"\s*[A-Z][^:\n]{0,40}:\s*\S*\d")
_BREAKDOWN = re.compile(r"\bby\s+(?:region|country|state|county|party|segment|division|"
                        r"district|province|sector|city|market|area|age|type|unit)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Lead:
    """A lead-in line ("Seats won:", "## Outlook for 2025") and the list items under it."""

    span: tuple[int, int]
    items: tuple[tuple[int, int], ...]
    facts: tuple[int, ...]  # facts with a keyword in the lead-in line
    breakdown: bool  # items "Place: figure" of one kind: each a part, not the whole
    table: bool = False  # a table's header row: a keyword reaches only the cells below it
    answer: bool = False  # a question heading over prose: `items` are its section's lines


# (?<![\w$£€.,-]) before "19" or "20", written after it: the scan then looks for a 1 or
# a 2 in C instead of trying the look-behind at every character (4x faster, same matches)
_YEAR_WORD = re.compile(r"((?:19|20)(?<![\w$£€.,-]..)\d\d)(?![\w%.,-]\d|\d)")


_AHEAD = re.compile(r"\b(?:by|until|till|through|for|to|before|next|from|outlook|forecast|"
                    r"guidance|expects?|target|plan|budget|fiscal|FY)\s*$", re.I)


# a sentence whose subject is a pronoun or "the party", "the company": the one before names it
_PRONOUN_SUBJECT = re.compile(
    r"\s*[\"“]?(?:(?:On|In|By|At|Last|This|Since|Only|Just|Aged)\s+[\w ,]{1,24}?,?\s+)?(?:(?:it|they|he|she|"
    r"the\s+(?:party|company|firm|group|bank|government|team|club))\s+(?:\w+\s+)?(?:has|had|is|was|"
    r"won|took|got|made|gained|lost|reported|posted|said|ran|set|broke|finished|came|\w+ed)\b|"
    r"(?:his|her|its|their)\s+\S)", re.I)  # "Only 24, he ran 9.81", "Her 50.62 in the final"
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


def _subject_named(fact: Fact, text: str, prev: Sentence) -> bool:
    """The first name of the sentence `prev` (past its first word) is one of the fact's
    `context` names: the subject a pronoun after it stands for."""
    for m in _NAME_RUN.finditer(text, prev.start, prev.end):
        if m.start() == prev.start and " " not in m.group():
            continue  # the sentence's first word
        return any(not t.is_regex and t.search(m.group()) for t in fact.context)
    return False


_GENERIC_NAME_WORDS = frozenset("""
party union bank province region district county city town street road company group council
front forum alliance association league state states republic kingdom ministry office agency
court house museum university college school hospital station airport port river valley lake
island islands north south east west central national international new
""".split())


def _short_name(term: str, text: str, start: int, end: int) -> bool:
    """A name of several capitalised words shortened in the sentence to its last word
    ("Renewal" for "National Renewal"), when that word is no generic one ("Party")."""
    words = term.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1]
    if len(last) < 5 or last.lower() in _GENERIC_NAME_WORDS:
        return False
    if term in text[start:end]:
        return False  # the name written whole is the context's own test
    return re.search(r"\b" + re.escape(last) + r"\b", text[start:end]) is not None


def _title(text: str) -> str:
    """The article's headline: its first line with words (page furniture already blank)."""
    for m in _LINE.finditer(text, 0, min(len(text), 4000)):
        if _HAS_WORD.search(m.group()):
            return m.group()
    return ""


_LINE = re.compile(r"[^\n]+")
_FACT_LINE = 48  # a factbox's or table's line ("Total deal value $4.2 billion"), not prose
_HAS_WORD = re.compile(r"[A-Za-z]{3}")


def _stories(fs: Sequence[Fact]) -> tuple[tuple[int, ...], tuple[tuple[int, ...], ...]]:
    """`Ruleset.story_of` and `Ruleset.stories`: facts grouped by rule file and id prefix."""
    groups: dict[tuple[str, str], list[int]] = {}
    per_file: dict[str, int] = {}
    for i, f in enumerate(fs):
        per_file[f.source.path] = per_file.get(f.source.path, 0) + 1
        if "-" in f.id:
            groups.setdefault((f.source.path, f.id.split("-", 1)[0]), []).append(i)
    # a file whose ids name stories: nearly all its facts in stories of three or more (not
    # "mosul-displaced", "us-aid", "audio-length", ...: prefixes of one story's parts)
    in_stories: dict[str, int] = {}
    for (path, _), g in groups.items():
        if len(g) >= _STORY_SIZE:
            in_stories[path] = in_stories.get(path, 0) + len(g)
    big = [tuple(g) for (path, _), g in groups.items() if len(g) >= _STORY_SIZE and
           in_stories[path] >= 0.8 * per_file[path]]
    if len(big) < 2:
        return (), ()
    story_of = [-1] * len(fs)
    for n, members in enumerate(big):
        for i in members:
            story_of[i] = n
    return tuple(story_of), tuple(big)


_STORY_SIZE = 3


def _story_names(fs: Sequence[Fact], stories: tuple[tuple[int, ...], ...]
                 ) -> tuple[frozenset[str], ...]:
    """`Ruleset.story_names`: the names each story's claims give."""
    return tuple(frozenset().union(*(claim_names(fs[i]) for i in g)) for g in stories)


def _story_year(text: str, past: int = 0) -> int:
    """The latest year the article names that is not a year ahead ("by 2030", "for
    2027", "guidance for 2026"); 0 when none. Where that is no later than `past` (a year the
    rules give for an earlier figure: "In 2011 turnout had been 48.9%"), the year after it."""
    best = _latest_year(text)
    return past + 1 if past and best and best <= past else best


def _latest_year(text: str) -> int:
    """The latest year named that is not a year ahead; a later year named once only, after
    a year named more often ("| now | summer 2027 |" in a story of 2026), is taken for one
    ahead."""
    seen: dict[int, int] = {}
    for m in _YEAR_WORD.finditer(text):
        y = int(m.group(1))
        if not _AHEAD.search(text, max(0, m.start() - 14), m.start()) and \
                not _FORECAST_LINE.match(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            seen[y] = seen.get(y, 0) + 1
    if not seen:
        return 0
    best = max(seen)
    often = max(seen.values())
    if seen[best] == 1 and often >= 3 and best - 1 in seen and seen[best - 1] == often:
        return best - 1
    return best


# a line (a table's header row, a factbox's line) that opens on a forecast word: the years
# after it are years ahead ("| Forecast | 2026 | 2027 | 2028 |")
_FORECAST_LINE = re.compile(r"[\W_]*(?:forecasts?|outlook|projections?|projected|guidance|"
                            r"expected|estimates?)\b", re.I)


_Occ = list[tuple[int, int, Sequence[tuple[int, "Term | None"]]]]


def _lead_ins(doc: Document, rs: Ruleset, occ: _Occ,
              regex: dict[int, list[tuple[int, int]]]) -> list[_Lead]:
    """The lead-in lines that hold a keyword, with the list items under each: an item's
    number counts what its lead-in names ("Votes:" ... "- Civic Union: 1,380,112"). Not a
    breakdown ("Revenue by region:": its items are parts) nor a table (its columns say)."""
    text = doc.text
    by_line: dict[int, set[int]] = {}
    at: dict[tuple[int, int], int] = {}  # (line, fact) -> where its keyword stands
    # only a table's header row or a lead-in line can lead: other lines are passed over
    rows_of: dict[int, list[tuple[int, int]] | None] = {}  # None: the line cannot lead

    def leads(li: int) -> bool:
        if li not in rows_of:
            rows = table_rows_under(doc, li)
            rows_of[li] = rows if rows or is_lead_in(doc, li) else None
        return rows_of[li] is not None

    for pos, _, got in occ:
        li = line_index(doc, pos)
        if rows_of.get(li, ()) is None:
            continue  # a line known not to lead
        if not leads(li):
            continue
        for i, term in got:
            if term is None or term.match(text, pos) is not None:
                by_line.setdefault(li, set()).add(i)
                at.setdefault((li, i), pos)
    for i, spans in regex.items():
        for ks, _ in spans:
            li = line_index(doc, ks)
            if leads(li):
                by_line.setdefault(li, set()).add(i)
    out: list[_Lead] = []
    raw = doc.raw or text
    for li in sorted(by_line):
        rows = rows_of[li]
        if rows:  # a table's header row: its words reach the cells under them
            a, b = doc.line_starts[li], doc.line_starts[li + 1] if li + 1 < len(
                doc.line_starts) else len(text)
            out.append(_Lead((a, b), tuple(rows), tuple(sorted(by_line[li])), False, True))
            continue
        if not is_lead_in(doc, li):
            continue
        a = doc.line_starts[li]
        b = doc.line_starts[li + 1] if li + 1 < len(doc.line_starts) else len(text)
        if _BREAKDOWN.search(text, a, b):
            continue
        items = tuple((x, y) for x, y in items_under(doc, li)
                      if not raw[x:y].lstrip().startswith(("|", "<tr", "<td")))
        # "Seats won (300 in all; 151 needed for a majority):": a keyword whose clause in
        # the lead-in has its own number does not reach the items
        spans = clauses(text, a, b)
        facts = tuple(sorted(i for i in by_line[li] if not any(
            x <= at.get((li, i), -1) < y and
            any(c.isdigit() for c in _A_YEAR.sub("", text[x:y]))
            for x, y in spans)))
        if items:
            labelled = sum(1 for x, y in items if _LABELLED.match(text, x, y))
            out.append(_Lead((a, b), items, facts,
                             len(items) >= 2 and labelled * 2 > len(items)))
        elif facts:
            answer = answer_lines(doc, li)  # "## How many people died?" over its answer
            if answer:
                out.append(_Lead((a, b), tuple(answer), facts, False, answer=True))
    return out


# a definition term that names only a time or a change: it speaks of the term above it
_CARRY_TERM = re.compile(r"(?:(?:a|one)\s+)?(?:year|month|quarter|week)\s+(?:earlier|before|ago)|"
                         r"(?:previous|prior|last|preceding)(?:\s+(?:year|month|quarter|week|"
                         r"figure|total))?|before|was|earlier|(?:19|20)\d\d|"
                         r"change(?:\s+(?:on|from)\s+(?:the\s+|a\s+)?"
                         r"(?:previous\s+|prior\s+|last\s+)?(?:year|month|quarter|week))?|"
                         r"(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)", re.I)


_CHANGE_TERM = re.compile(r"change\b", re.I)


def _term_leads(doc: Document, rs: Ruleset, occ: _Occ,
                regex: dict[int, list[tuple[int, int]]]) -> list[_Lead]:
    """A definition term that names only a time or a change ("<dt>A year earlier</dt>",
    "<dt>Change</dt>") carries on the term above it: the facts with a keyword in that term
    reach its figure ("<dt>Offences recorded</dt><dd>842,310</dd>" then "<dt>A year
    earlier</dt><dd>791,650</dd>": 791,650 is the offences of a year earlier); under a
    "Change" term, a fact of `role: change` whose `context` the term above names takes its
    figure too ("+6.4%" for offences that rose 6.4%)."""
    if not doc.raw or "<dt" not in doc.raw:
        return []
    text = doc.text
    by_term: dict[int, set[int]] = {}
    spans: dict[int, tuple[int, int] | None] = {}

    def term_at(li: int) -> tuple[int, int] | None:
        if li not in spans:
            spans[li] = term_span(doc, li)
        return spans[li]

    hits = [(pos, i) for pos, _, got in occ for i, term in got
            if term is None or term.match(text, pos) is not None]
    hits += [(ks, i) for i, found in regex.items() for ks, _ in found]
    for pos, i in hits:
        li = line_index(doc, pos)
        t = term_at(li)
        if t is not None and t[0] <= pos < t[1]:
            by_term.setdefault(li, set()).add(i)
    out: list[_Lead] = []
    for li in sorted(by_term):
        above = term_at(li)
        assert above is not None
        # "Change": a fact of `role: change` whose `context` the term above names
        changes = {i for i, f in enumerate(rs.facts) if f.role == "change" and f.context and
                   any(t.search(text, *above) for t in f.context)}
        j = li + 1
        while j < len(doc.line_starts):
            t = term_at(j)
            if t is None or _CARRY_TERM.fullmatch(text, *t) is None:
                break
            facts = by_term[li] | changes if _CHANGE_TERM.match(text, *t) else by_term[li]
            out.append(_Lead(above, (t,), tuple(sorted(facts)), False))
            j += 1
    return out


def _under_measure_column(fact: Fact, text: str,
                          cols: tuple[list[tuple[int, int]], list[str]],
                          numbers: Numbers) -> frozenset[int]:
    """A keyword in the header of a table's first column ("| Reservoir level | This week |
    A year earlier |", "| Peak power demand | GW |") names what the table measures: it
    reaches the figures of the other columns in the row of the whole ("National") and in
    rows keyed by a year, not in the rows of parts ("Northern basin")."""
    (x, y), first = cols[0][0], cols[1][0]
    row = text[x:y].strip("* \t")
    if not first or not any(t.search(first) for t in fact.keywords) or \
            not (is_whole_row(row) or row_year(row) is not None):
        return frozenset()
    return frozenset(k for k, (h, q) in enumerate(zip(numbers.heads, numbers.items))
                     if h and not x <= q.start < y)


def _answer_leads(art: _Article, rs: Ruleset, ld: _Lead, path: str | None,
                  by_sentence: dict[int, list[tuple[int, list[tuple[int, int]]]]],
                  lead_of: dict[int, tuple[_Lead, list[int]]]) -> None:
    """A question heading ("## How many people died?") lends its keyword to the answer:
    the first sentence of its section that holds a figure ("Twenty-three: ..."), when the
    figure is of the fact's kind and the sentence does not name the fact itself; no
    sentence after it ("What kind of crime is rising?" over "Violent offences rose to
    214,560. ... 65 and over, 7%": 7% answers nothing)."""
    for i in ld.facts:
        fact = rs.facts[i]
        if _skip(fact, path):
            continue
        for si in _sentences_in(art, ld.items):
            qs = [q for q in art.quantities(si) if q.kind != "name"]
            if not any(q.kind not in _NO_FIGURE or compatible(fact, q) for q in qs):
                continue  # "Yes, by a wide margin.", "Not soon."
            if not any(compatible(fact, q) for q in qs):
                break
            have = dict(by_sentence.get(si, []))
            got = lead_of.get(si)
            if i not in have and (got is None or got[0] is ld):
                have[i] = [(art.sentences[si].start, art.sentences[si].start)]
                by_sentence[si] = sorted(have.items())
                lead_of[si] = (ld, [*(got[1] if got else []), i])
            break


_NO_FIGURE = frozenset({"time", "date", "ordinal", "year", "score"})


def _sentences_in(art: _Article, lines: Sequence[tuple[int, int]]) -> Iterator[int]:
    """The sentences of the article that start in one of `lines`, in order."""
    for a, b in lines:
        si = max(art.sentence_at(a), 0)
        while si < len(art.sentences) and art.sentences[si].start < b:
            if art.sentences[si].start >= a:
                yield si
            si += 1


def check_document(doc: Document, facts: Sequence[Fact] | Ruleset, *,
                   path: str | None = None, approx: float = DEFAULT_APPROX) -> list[Verdict]:
    """Every fact the document mentions (or that is required), with its verdict.

    Sentence by sentence: each sentence holding a keyword is tokenised and read once for all
    the facts it may mention, its numbers annotated once (clause, role, year), then each
    number goes to at most one fact (`mentions.assign`)."""
    rs = ruleset(facts)
    found: dict[int, list[Mention]] = {}
    for i, _, mention, _ in _sentence_picks(doc, rs, path, approx):
        if mention is not None:
            found.setdefault(i, []).append(mention)
    entries = _live_entries(doc) if found else []
    results: list[Verdict] = []
    for i, fact in enumerate(rs.facts):
        mentions = found.get(i, [])
        if len(mentions) > 1 and entries:
            mentions = _latest_entry(mentions, entries)
        if mentions or (fact.required and not _skip(fact, path)):
            results.append(judge(fact, mentions))
    return results


# a live blog's entry starts with its time: "**22:45**", "- **00:30**", "### Tuesday 05:02",
# "**Wednesday, 6:10 a.m.**", "9:30 a.m."
_ENTRY = re.compile(r"^[ \t]*(?:[-*•][ \t]+|#{1,6}[ \t]+)?[*_]*(?:(Mon|Tues|Wednes|Thurs|Fri|Satur|"
                    r"Sun)day,?[ \t]+)?(\d{1,2})[:.](\d{2})(?:[ \t]*([ap])\.?m\.?)?[*_]*(?:[ \t]|$)",
                    re.M | re.I)
_MIN_ENTRIES = 3
_DAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def _live_entries(doc: Document) -> list[int]:
    """Where the entries of a live blog start (three or more lines opening on a time),
    newest last; [] for any other article. A blog written newest first ("### Wednesday
    07:50" above "### Tuesday 18:20") gives its starts negated, so that the newest is
    still the largest."""
    found = list(_ENTRY.finditer(doc.text))
    if len(found) < _MIN_ENTRIES:
        return []
    when = []
    day = 0
    for m in found:
        if m.group(1):
            day = _DAYS.index(m.group(1).lower())
        h = int(m.group(2)) % 12 + (12 if (m.group(4) or "").lower() == "p" else 0) \
            if m.group(4) else int(m.group(2))
        when.append(day * 1440 + h * 60 + int(m.group(3)))
    down = sum(b < a for a, b in zip(when, when[1:]))
    up = sum(b > a for a, b in zip(when, when[1:]))
    starts = [m.start() for m in found]
    return [-x for x in reversed(starts)] if down > up else starts


def _latest_entry(mentions: list[Mention], entries: list[int]) -> list[Mention]:
    """In a live blog a later entry's figure replaces an earlier one's ("07:40 the toll is
    300" ... "18:00 the toll stands at 1,184"): only the latest entry's mentions count, with
    the headline and summary above the entries, which speak of now."""
    if entries[0] < 0:  # newest first: entry k of the page is the k-th newest
        first = -entries[-1]
        starts = [-x for x in reversed(entries)]
        at = [bisect.bisect_right(starts, m.quantity.start) for m in mentions]
        newest = min((e for e in at if e > 0), default=0)
        return [m for m, e in zip(mentions, at) if e == newest or m.quantity.start < first]
    at = [bisect.bisect_right(entries, m.quantity.start) for m in mentions]
    last = max(at)
    return [m for m, e in zip(mentions, at) if e == last or e == 0]


_NAME_WORDS = re.compile(r"(?:[A-Z&][\w&.'’-]*\s+){0,2}$")


def _name_around(text: str, q: Quantity) -> str:
    """A name's number with the capitalised words around it ("10 Downing Street")."""
    before = _NAME_WORDS.search(text, max(0, q.start - 30), q.start)
    after = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}").match(text, q.end)
    a = before.start() if before else q.start
    b = after.end() if after else q.end
    return text[a:b].strip()


def _context_met(fact: Fact, text: str, s: Sentence, words: frozenset[str], lead: str,
                 title: str, prev: Sentence | None) -> bool:
    """The fact's `context` holds for the whole sentence: the sentence holds it, or the
    list's lead-in does, or the sentence names it short ("Renewal won 33.8%" for `National
    Renewal`), or, for a short line, the article's headline names it (a `context` that is a
    name: "Pellmark" over a factbox's "Total deal value $4.2 billion"), or its subject is a
    pronoun for the name the sentence `prev` opens on ("On Sunday it won 163")."""
    if has_context(fact, text, s.start, s.end, words):
        return True
    if lead and any(t.search(lead) for t in fact.context):
        return True
    if any(_short_name(t.text, text, s.start, s.end) for t in fact.context if not t.is_regex):
        return True
    if title and s.end - s.start <= _FACT_LINE and \
            text[s.start:s.end].rstrip()[-1:] not in ".!?" and \
            any(t.text[:1].isupper() and not t.is_regex and t.search(title) for t in fact.context):
        return True
    return prev is not None and "\n" not in text[prev.end:s.start] and \
        _PRONOUN_SUBJECT.match(text, s.start, s.end) is not None and \
        _subject_named(fact, text, prev)


def _context_by_heading(fact: Fact, numbers: Numbers, text: str) -> frozenset[int] | None:
    """When the sentence does not meet the fact's `context` as a whole: the numbers whose
    column header holds it ("| Revenue | $24.8bn | $21.0bn |" under "Q3 2025"), or None."""
    got = frozenset(k for k, h in enumerate(numbers.heads)
                    if h and any(t.search(h) for t in fact.context))
    return got or None


def _unmodified(spans: list[tuple[int, list[tuple[int, int]]]], rs: Ruleset, text: str,
                numbers: Sequence[Quantity] = ()) -> list[tuple[int, list[tuple[int, int]]]]:
    """Each fact's keyword spans, less those right after another fact's keyword that the
    fact does not itself name: in "Core inflation eased to 2.9% from 3.0%", `inflation`
    is core inflation, another fact's, when `core` is that fact's keyword."""
    ends: dict[int, list[tuple[int, int, int]]] = {}
    for j, kws in spans:
        for ks, ke in kws:
            ends.setdefault(ke, []).append((j, ks, ke))
    out = []
    others = [j for j, _ in spans]
    claims = any(rs.facts[j].claim for j in others)  # else no claim word can qualify
    adj_at: dict[int, re.Match[str] | None] = {}
    for i, kws in spans:
        fact = rs.facts[i]
        keep = []
        for ks, ke in kws:
            if ks - 1 not in ends and ks not in ends:
                adj = None
                if claims:  # the word before a keyword, once for all the facts sharing it
                    adj = adj_at[ks] if ks in adj_at else adj_at.setdefault(
                        ks, _ADJ_BEFORE.search(text, max(0, ks - 24), ks))
                if adj is not None and not _of_a_number(adj.start(), text, numbers) and \
                        _claimed_by_other(adj.group(1).lower(), fact, rs, others, i,
                                          text[ks:ke]):
                    continue  # "Pellmark's closing price" for a fact whose claim says no closing
                keep.append((ks, ke))  # no keyword ends right before it: nothing qualifies it
                continue
            w = _WORDS.match(text, ks, ke)
            if w is not None and _VERB_FORM.fullmatch(w.group()):
                keep.append((ks, ke))  # "gunmen killed 67": a subject, no modifier
                continue
            mods = [(j, a, b) for p in (ks - 1, ks) for j, a, b in ends.get(p, ())
                    if j != i and (p == ks or text[p] in " -") and
                    not (a > 0 and text[a - 1] == "-")]  # not "a 16-seat majority"
            if any(not _names(fact, text[a:b]) for _, a, b in mods):
                continue
            keep.append((ks, ke))
        out.append((i, keep))
    return out


# "made up 31% of the victims", "set up 40 centres": `up` is part of the verb, no rise
_PHRASAL_UP = re.compile(r"\b(?:made|make|makes|making|set|sets|setting|took|take|takes|taking|"
                         r"picked|pick|picks|summed|sum|ended|end|ends|opened|open|opens|"
                         r"signed|sign|signs|stepped|step|steps|drew|draw|draws|back|backed)\s+$",
                         re.I)
def _phrasal_up(text: str, start: int, ks: int, ke: int) -> bool:
    """The keyword is the `up` of a phrasal verb ("made up 31%")."""
    return ke - ks == 2 and _PHRASAL_UP.search(text, max(start, ks - 10), ks) is not None


_UP_FROM = re.compile(r"(?:up|down)\s+(?:from|to)\b.*", re.I | re.S)
# a keyword named as left out of what the sentence counts
_LEFT_OUT = re.compile(r"\b(?:excluding|excludes?|except(?:\s+for)?|without|leav(?:es|ing)\s+out|"
                       r"strip(?:s|ping)?\s+out|other\s+than|apart\s+from|not\s+counting|"
                       r"ex(?:cl)?\.)\s+(?:(?:the|volatile|its|their)\s+)?(?:[a-z]+\s+(?:and|or)\s+)?"
                       r"(?:prices\s+(?:of|for)\s+)?$", re.I)
_VERB_FORM = re.compile(r"\w+(?:ed|ing)|won|took|held|fled|hit|cut|lost|got|gave|made|sold|"
                        r"rose|fell|grew|paid|spent|left|struck|killed|died|born|taken|given|"
                        r"seen|known|shown|grown|risen|fallen|built|put|set|run|ran", re.I)


_ADJ_BEFORE = re.compile(r"(?<![\w'’-])([a-z]{4,})\s$")


def _of_a_number(pos: int, text: str, numbers: Sequence[Quantity]) -> bool:
    """The word at pos is part of a number as read, or right after one: its unit or noun
    ("about 37 miles northeast"), no qualifier of the keyword after it."""
    back = len(text[:pos].rstrip())
    return any(q.start <= pos < q.end or q.end == back for q in numbers)


def _claimed_by_other(word: str, fact: Fact, rs: Ruleset, others: list[int], me: int,
                      keyword: str) -> bool:
    """`word`, right before the keyword of `fact`, is a word of another fact's claim that
    neither the fact nor any fact with the same keyword uses: the keyword is that other
    thing ("closing price"; not "annual inflation" when another inflation fact's claim says
    annual)."""
    if word in STOP or word in claim_words(fact) or _names(fact, word):
        return False
    claimed = False
    for j in others:
        g = rs.facts[j]
        if j != me and word in claim_words(g):
            if any(t.search(keyword) for t in g.keywords):
                return False  # a fact of the same keyword says it: a kind of the same thing
            claimed = True
    return claimed




def _names(fact: Fact, word: str) -> bool:
    """The fact's keywords, context or claim name `word`."""
    if any(t.search(word) for t in fact.keywords + fact.context + fact.nouns):
        return True
    if fact.unit_label and word.lower().rstrip("s") == fact.unit_label.lower().rstrip("s"):
        return True
    return all(w.lower() in claim_words(fact) for w in _WORDS.findall(word))


_QUALIFIED: dict[int, tuple[Fact, dict[str, list[str]]]] = {}


def _qualified_words(fact: Fact) -> dict[str, list[str]]:
    """A keyword of one word -> the fact's longer keywords that end with it ("rate" ->
    ["unemployment rate"]), once per fact."""
    got = _QUALIFIED.get(id(fact))
    if got is not None and got[0] is fact:
        return got[1]
    words = {t.text.lower() for t in fact.keywords if not t.is_regex and " " not in t.text}
    out: dict[str, list[str]] = {}
    for t in fact.keywords:
        x = t.text.lower()
        if not t.is_regex and " " in x and x.rsplit(" ", 1)[1] in words:
            out.setdefault(x.rsplit(" ", 1)[1], []).append(x)
    if len(_QUALIFIED) > 50_000:
        _QUALIFIED.clear()
    _QUALIFIED[id(fact)] = (fact, out)
    return out


def _own_kind(fact: Fact, text: str, kws: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The fact's keyword spans, less a short keyword its own longer one qualifies, when
    another word qualifies it here: with `unemployment rate` and `rate`, "Participation
    rate" is another rate."""
    quals = _qualified_words(fact)
    out = []
    for ks, ke in kws:
        longer = quals.get(text[ks:ke].lower(), [])
        m = _WORD_BEFORE.search(text, max(0, ks - 30), ks) if longer else None
        if m is not None and not any(text[m.start():ke].lower().endswith(x) for x in longer) \
                and m.group(1).lower() not in claim_words(fact) and \
                m.group(1).lower() not in STOP and m.group(1).lower() not in _SAME_KIND:
            continue  # "Participation rate" for a fact on the unemployment rate
        out.append((ks, ke))
    return out


# words before a keyword that say when or which one, not another kind ("Previous rate")
_SAME_KIND = frozenset("""previous prior old new current latest earlier former last next
    headline official main key its their the this that annual monthly overall total""".split())
_WORD_BEFORE = re.compile(r"\b([A-Za-z][\w'’-]*)[ \t]+$")


def _clear_of_exclude(fact: Fact, numbers: Numbers, text: str, s: Sentence,
                      kws: Sequence[tuple[int, int]], among: frozenset[int]) -> frozenset[int]:
    """The numbers an `exclude` word of the sentence does not speak of: it speaks of the
    numbers of its own clause, and of any it stands nearer to than the fact's keywords do
    ("revenue rose 8%, with Europe and China doing the heavy lifting": 8% is clear of
    China; "parts of Baiji, about 200 km north ..., officials in Tikrit said": 200 km is
    Baiji's). A keyword in such a clause ties no number to the fact."""
    hits = [(m.start(), m.end()) for t in fact.exclude for m in t.finditer(text, s.start, s.end)]
    if not hits:
        return among
    items = numbers.items
    starts = {q.start: j for j, q in enumerate(items)}
    tie_of = {he: m.end() for _, he in hits for m in [_EXCLUDE_BINDS.match(text, he)]
              if m is not None and m.end() in starts}
    tied = {starts[e] for e in tie_of.values()}
    if tied:  # "the Pro at $999 and the Ultra at $1,299": `Ultra` speaks of $1,299 alone
        hits = [(hs, he) for hs, he in hits if he not in tie_of]
        among = frozenset(k for k in among if k not in tied)
        if not hits:
            return among
    opener = _OPENER.match(text, s.start, s.end)
    if opener is not None and any(hs < opener.end() for hs, _ in hits):
        return frozenset()  # "In 2021, 2.3 million records ..., and it was fined 1.2 million
        # euros": the opening phrase sets the whole sentence
    spans = clauses(text, s.start, s.end)
    held = [c for c in spans if any(c[0] <= hs < c[1] for hs, _ in hits)]
    # the whole of "Nine of its 14 carriages derailed": the verb speaks of the nine
    wholes = {j for j in range(1, len(items)) if numbers.notes[j].role == "total" and
              OF_NUMBER.fullmatch(text, items[j - 1].end, items[j].start) is not None}
    kws = [(ks, ke) for ks, ke in kws if not any(
               a <= ks < b and any(a <= hs < b and not _figure_between(fact, items, ks, ke, hs)
                                   for hs, he in hits) for a, b in held) or
           any(_NOUN_GAP.fullmatch(text, items[j].end, ks) for j in wholes)]
    if not kws:
        return frozenset()  # each keyword stands in a clause the `exclude` word speaks of
    out = set()
    # a word in another clause that holds a number of its own speaks of that number ("New
    # cases on Monday 418 (a week earlier: 251)")
    free = [(hs, he) for hs, he in hits
            if not any(a <= hs < b and any(a <= y.start < b and compatible(fact, y) for y in items)
                       for a, b in held)]
    for k in among:
        j = k
        while j > 0 and _RESTATED.fullmatch(text, items[j - 1].end, items[j].start):
            j -= 1  # "200 kilometers (125 miles)": the bracket restates the figure before it
        q = items[j]
        a, b = numbers.notes[j].clause
        if _SUBJECTLESS.match(text, a, b):  # "Velka gained 180,000 and now has 1,284,112"
            a = next((x for x, y in reversed(spans) if y <= a), a)
        if _WHICH_WHO.match(text, a):
            # "Garrow, which told ... in 2023, was still fined 9.5m": past the aside, the
            # clause is its subject's; "the blackout of 2011, which cut off 11 million
            # homes": the aside is what it speaks of
            a = next((x for x, y in reversed(spans) if y <= a), a)
        if j not in wholes and any((a <= hs < b or a < he <= b) and
                                   not _figure_between(fact, items, q.start, q.end, hs)
                                   for hs, he in hits):
            continue
        near_kw = min((_gap(q.start, q.end, ks, ke) for ks, ke in kws), default=len(text))
        if any(_gap(q.start, q.end, hs, he) <= near_kw for hs, he in free):
            continue
        out.add(k)
    return frozenset(out)


def _figure_between(fact: Fact, items: Sequence[Quantity], start: int, end: int, hs: int) -> bool:
    """A figure (no year or date) stands between text[start:end] (a number or a keyword)
    and the `exclude` word at hs after it, which speaks of that nearer figure ("recorded
    824,310 offences, up 6.4% from 791,650 a year earlier": `year earlier` is 791,650's;
    "18,400 cars, 64% more than the 11,200 Aero 6s": `Aero 6` is 11,200's)."""
    return hs >= end and any(end <= y.start and y.end <= hs and y.kind not in ("year", "date")
                             for y in items)


# a clause that goes on with the subject of the one before: "... and now has 1,284,112"
_SUBJECTLESS = re.compile(r"(?:and|but|or)?\s*(?:now\s+|then\s+|also\s+)?(?:is|was|are|were|has|had|"
                          r"have|now|then|[a-z]+ed)\b")
# a sentence's opening phrase of time or place, set off by a comma: "In 2021,", "At Garrow,"
_OPENER = re.compile(r"[\W_]*(?:in|at|for|during|after|before|unlike|back\s+in|as\s+for|"
                     r"elsewhere\s+in|over\s+in)\s+[^,;:.]{1,40},", re.I)
# an `exclude` word tied to the figure right after it: "the Ultra at $1,299", "Garrow: 9.5m"
_EXCLUDE_BINDS = re.compile(r"\s+(?:at|of|costs?|on)\s+|[ \t]*:[ \t]*|"
                            r"[ \t]+(?=[$€£]?\d)")
_WHICH_WHO = re.compile(r"(?:which|who)\b", re.I)
_NOUN_GAP = re.compile(r"[\s-]{0,2}")
_RESTATED = re.compile(r"\s*[(\[]\s*(?:about\s+|around\s+|some\s+|nearly\s+|or\s+)?")


def _gap(a: int, b: int, c: int, d: int) -> int:
    return max(c - b, a - d, 0)


def _sentence_picks(doc: Document, rs: Ruleset, path: str | None, approx: float,
                    explain: bool = False
                    ) -> Iterator[tuple[int, Sentence, Mention | None, Pick | str]]:
    """(fact index, sentence, Mention, None) for each mention in article order; with
    `explain`, also (fact index, sentence, None, reason) for each sentence that holds a
    keyword of the fact but makes no mention of it."""
    text = doc.text
    occ, regex = _occurrences(rs, text)
    positions = [o[0] for o in occ]
    if regex:
        positions = sorted({*positions, *(ks for spans in regex.values() for ks, _ in spans)})
    leads = _lead_ins(doc, rs, occ, regex) + _term_leads(doc, rs, occ, regex)
    if leads:
        positions = sorted({*positions, *(a for ld in leads for a, _ in ld.items)})
    art = _Article(doc, approx, positions=positions, numbers_only=not explain)
    by_sentence = _group_by_sentence(art, rs, occ, regex, path, check_numbers=not explain)
    lead_of: dict[int, tuple[_Lead, list[int]]] = {}
    for ld in leads:
        if ld.answer:
            _answer_leads(art, rs, ld, path, by_sentence, lead_of)
            continue
        for a, b in ld.items:
            si = art.sentence_at(a)
            while 0 <= si < len(art.sentences) and art.sentences[si].start < b:
                if art.sentences[si].end > a:
                    s = art.sentences[si]
                    have = dict(by_sentence.get(si, []))
                    # a breakdown's items are parts: the lead-in's keyword reaches an item
                    # only for a fact whose `context` picks that item out
                    extra = [i for i in ld.facts if i not in have and
                             not _skip(rs.facts[i], path) and
                             (not ld.breakdown or rs.facts[i].context)]
                    if extra:
                        for i in extra:
                            have[i] = [(s.start, s.start)]
                        by_sentence[si] = sorted(have.items())
                    lead_of[si] = (ld, extra)
                si += 1
    article_words: set[str] | None = None
    story_year: int | None = None
    title: str | None = None
    overlap: dict[int, int] = {}
    over: dict[int, int] = {}  # line of a list item -> the lead-in line over its list
    dated: dict[int, str] = {}  # lead-in line -> its text, if it gives earlier figures

    def earlier_over(si: int) -> str:
        """The heading over sentence si's list or table when it gives earlier figures
        ("The 2017 outbreak, for comparison"), else ""."""
        nonlocal story_year
        li = line_index(doc, art.sentences[si].start)
        hl = lead_in_over(doc, li, over)
        if hl < 0:
            hl = heading_over_terms(doc, li)  # "<h2>The 2011 blackout, for comparison</h2>"
        if hl < 0:  # over "<dt>Homes without power</dt><dd>1.1 million</dd>"
            return ""
        got = dated.get(hl)
        if got is None:
            if story_year is None:
                story_year = _story_year(text, rs.past_year)
            a = doc.line_starts[hl]
            b = doc.line_starts[hl + 1] if hl + 1 < len(doc.line_starts) else len(text)
            h = text[a:b].strip()
            got = dated[hl] = h if earlier_heading(h, story_year or None) else ""
        return got

    untold_stories: set[int] | None = None  # found once per article

    def untold(i: int) -> bool:
        """Fact i, without `context`, is of a story the article does not tell, while it tells
        another: "expected" in a referendum report is no retail forecast."""
        nonlocal untold_stories
        n = rs.story_of[i] if rs.story_of else -1
        if n < 0 or rs.facts[i].context:
            return False
        if untold_stories is None:
            told = {m for m, g in enumerate(rs.stories) if any(story(j) for j in g)}
            names = rs.story_names
            # stories whose claims share a name are one world: the consulate's names Mosul
            untold_stories = {m for m in range(len(rs.stories)) if told and m not in told and
                              not any(names[m] & names[t] for t in told)}
        return n in untold_stories

    def story(i: int) -> int:
        nonlocal article_words
        got = overlap.get(i)
        if got is None:
            if article_words is None:  # (lowered whole, but where a word lowers otherwise)
                article_words = {w.lower() for w in _WORDS.findall(text)} \
                    if "İ" in text or "Σ" in text else set(_WORDS.findall(text.lower()))
            # the article names a name of the claim ("Taldor"), or, for a claim with none,
            # tells half its words: only another story's fact loses
            names = claim_names(rs.facts[i])
            words = claim_words(rs.facts[i])
            if names:
                got = 1 if names & article_words else 0
            else:
                got = 1 if not words or 2 * len(words & article_words) >= len(words) else 0
            overlap[i] = got
        return got

    for si in sorted(by_sentence):
        s = art.sentences[si]
        spans = by_sentence[si]
        ld_extra = lead_of.get(si)
        lead = text[ld_extra[0].span[0]:ld_extra[0].span[1]].strip() if ld_extra else ""
        from_lead = set(ld_extra[1]) if ld_extra else set()
        words: frozenset[str] | None = None
        nearby = Nearby([(i, [(a, b) for a, b in kws
                              if b - a != 2 or not _phrasal_up(text, s.start, a, b)])
                         for i, kws in spans if i not in from_lead],
                        rs.facts, text) if len(spans) > 1 else None
        row_at = doc.line_starts[line_index(doc, s.start)]
        cols = table_columns(doc, s.start) if _ROW_START.match(doc.raw or text, row_at) else None
        if ld_extra is not None and ld_extra[0].table:
            lead = ""  # a header reaches cells one by one (`allowed`), not the whole row
        heading = earlier_over(si)
        met: dict[int, bool] = {}  # fact -> its `context` holds for the sentence, once asked
        if not explain and cols is None and all(rs.facts[i].context for i, _ in spans):
            # Speed: when no fact of the sentence finds its `context` in it or in a lead-in,
            # no number can be taken: the sentence is neither read nor annotated
            words = frozenset(_WORDS.findall(text[s.start:s.end].lower()))
            if title is None:
                title = _title(text)
            prev = art.sentences[si - 1] if si > 0 else None
            try:
                if not any(met.setdefault(i, _context_met(rs.facts[i], text, s, words,
                                                          lead or heading, title, prev))
                           for i, _ in spans):
                    continue
            except TimeoutError:
                pass  # met again below, where it names its fact
        if story_year is None:
            story_year = _story_year(text, rs.past_year)
        read = art.read(si)
        numbers = Numbers(text, read, s.start, s.end, lead, cols, story_year or None,
                          "" if cols else item_label(doc, s.start),
                          None if cols else line_label(doc, s.start, s.end), heading,
                          rs.name_heads, table_caption(doc, s.start) if cols else "")
        numbers.settings, numbers.stems, numbers.names = rs.settings, rs.stems, rs.names
        if si > 0:  # the paragraph before the sentence, for "Another 41 were wounded"
            para = text.rfind("\n", 0, s.start) + 1
            numbers.before = text[max(para, s.start - 400):s.start]
        for i, kws in spans:
            for ks, _ in kws:
                numbers.keyword_starts.setdefault(ks, set()).add(i)
        left_out = "left_out" in numbers.cue  # else no `_LEFT_OUT` in the sentence
        spans = [(i, [(ks, ke) for ks, ke in kws
                      if not (left_out and _LEFT_OUT.search(text, max(s.start, ks - 40), ks)) and
                      not _UP_FROM.fullmatch(text, ks, min(s.end, ke + 6)) and
                      (ke - ks != 2 or not _phrasal_up(text, s.start, ks, ke))])
                 for i, kws in spans]  # "core inflation, excluding food and energy"; a
        # keyword `up` in "up from 10.8%" (the phrase marks an earlier figure)
        if len(spans) > 1:
            spans = _unmodified(spans, rs, text, numbers.items)
        spans = [(i, _own_kind(rs.facts[i], text, kws) if _qualified_words(rs.facts[i]) else kws)
                 for i, kws in spans]
        cands: dict[int, list[Pick]] = {}
        reasons: dict[int, str] = {}
        for i, kws in spans:
            fact = rs.facts[i]
            if kws and untold(i):
                if explain:
                    reasons[i] = ("the article tells another story: no fact whose id starts "
                                  f"'{fact.id.split('-', 1)[0]}-' has its claim's names or "
                                  "words in it (add `context` to check it anyway)")
                continue
            if not kws:
                if explain:
                    reasons[i] = ("its keyword is qualified by another fact's keyword "
                                  "(\"core inflation\" is not inflation) or named as left "
                                  "out (\"excluding food\")")
                continue
            try:
                allowed: frozenset[int] | None = None
                if fact.context or fact.exclude:
                    if words is None:
                        words = frozenset(_WORDS.findall(text[s.start:s.end].lower()))
                    if not in_context(fact, text, s.start, s.end, words):
                        # a table's column header or a list's lead-in may give the context
                        # ("| Revenue | $24.8bn | $21.0bn |" under "Q3 2025"); an `exclude`
                        # word speaks of the numbers of its clause and the nearer ones
                        if title is None:
                            title = _title(text)
                        prev = art.sentences[si - 1] if si > 0 else None
                        if i not in met:
                            met[i] = _context_met(fact, text, s, words, lead or heading, title,
                                                  prev)
                        allowed = frozenset(range(len(numbers.items))) if met[i] else \
                            _context_by_heading(fact, numbers, text)
                        if allowed is not None and fact.exclude:
                            allowed = _clear_of_exclude(fact, numbers, text, s, kws, allowed)
                        if not allowed:
                            if explain:
                                reasons[i] = why_not(fact, text, s.start, s.end, numbers.items,
                                                     kws, nearby, i)  # context: no roles
                            continue
                if i in from_lead and ld_extra is not None and ld_extra[0].table:
                    by_head = frozenset(k for k, h in enumerate(numbers.heads)
                                        if h and any(t.search(h) for t in fact.keywords))
                    if cols is not None and cols[0]:
                        by_head |= _under_measure_column(fact, text, cols, numbers)
                    allowed = by_head if allowed is None else allowed & by_head
                got = picks(fact, text, s.end, numbers, sorted(set(kws)), nearby, i, s.start,
                            lead_kw=i in from_lead, allowed=allowed)
            except TimeoutError:
                raise _timeout(fact) from None
            if got:
                cands[i] = got
            elif explain:
                reasons[i] = why_not(fact, text, s.start, s.end, numbers.items, kws, nearby, i,
                                     numbers.notes)
        chosen = assign(cands, rs.facts, story) if cands else {}
        for i, _ in spans:
            fact = rs.facts[i]
            p = chosen.get(i)
            if p is not None and art.ignored(s, fact.id):
                if explain:
                    yield i, s, None, "the line says `factcheck: ignore`"
                continue
            if p is not None:
                yield i, s, _mention(fact, art, s, p.quantity), p
            elif explain:
                if i in cands:
                    other = cands[i][0]
                    reasons[i] = (f"'{other.quantity.text}' and every other number it could "
                                  "take are tied more closely to another fact")
                why = reasons.get(i, "no number of the fact's kind")
                names = [q.text for q in read if q.kind == "name"]
                if names:  # "'10' is part of a name: 10 Downing Street"
                    why += "; " + "; ".join(
                        f"'{n}' is part of a name: {_name_around(text, q)}"
                        for n, q in zip(names, (q for q in read if q.kind == "name")))
                yield i, s, None, why


def _group_by_sentence(art: _Article, rs: Ruleset,
                       occ: list[tuple[int, int, Sequence[tuple[int, Term | None]]]],
                       regex: dict[int, list[tuple[int, int]]], path: str | None,
                       check_numbers: bool = True
                       ) -> dict[int, list[tuple[int, list[tuple[int, int]]]]]:
    """sentence -> [(fact, its keyword spans in the sentence)], facts in rule order; only
    sentences that may hold a number (a digit, a currency sign or a number word)."""
    starts = art.starts
    sentences = art.sentences
    text = art.doc.text
    skipped = [i for i in rs.skipping if _skip(rs.facts[i], path)]
    places: dict[int, list[tuple[int, int, Sequence[tuple[int, Term | None]]]]] = {}
    for o in occ:
        si = bisect.bisect_right(starts, o[0]) - 1
        if si >= 0 and o[0] < sentences[si].end:
            places.setdefault(si, []).append(o)
    for i, spans in regex.items():
        for ks, ke in spans:
            si = bisect.bisect_right(starts, ks) - 1
            if si >= 0 and ks < sentences[si].end:
                places.setdefault(si, []).append((ks, ke, ((i, None),)))
    out: dict[int, list[tuple[int, list[tuple[int, int]]]]] = {}
    for si, found in places.items():
        s = sentences[si]
        if check_numbers and not may_hold_number(text[s.start:s.end]):
            continue
        se = s.end
        per: dict[int, list[tuple[int, int]]] = {}
        for ks, ke, got in found:
            for i, term in got:
                if term is None:
                    per.setdefault(i, []).append((ks, ke if ke < se else se))
                else:
                    m = term.match(text, ks)
                    if m is not None:
                        e = m.end()
                        per.setdefault(i, []).append((ks, e if e < se else se))
        if skipped:
            for i in skipped:
                per.pop(i, None)
        if per:
            out[si] = sorted(per.items())
    return out


def _by_sentence(art: _Article, spans: list[tuple[int, int]]
                 ) -> dict[int, list[tuple[int, int]]]:
    """Keyword spans grouped by the sentence they start in, clipped to it."""
    out: dict[int, list[tuple[int, int]]] = {}
    for ks, ke in spans:
        si = art.sentence_at(ks)
        if si >= 0 and ks < art.sentences[si].end:
            out.setdefault(si, []).append((ks, min(ke, art.sentences[si].end)))
    return out


def _mention(fact: Fact, art: _Article, s: Sentence, q: Quantity) -> Mention:
    low, high = in_fact_unit(fact, q)
    line, col = art.doc.position(q.start)
    return Mention(s, q, line, col, low, high, meets(low, high, fact))


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a sentence holding a fact's keyword is, or is not, a mention of it."""

    fact: Fact
    sentence: Sentence
    mention: Mention | None  # None: no mention, `reason` says why
    reason: str


def explain_document(doc: Document, facts: Sequence[Fact] | Ruleset, *,
                     fact_id: str | None = None, path: str | None = None,
                     approx: float = DEFAULT_APPROX) -> list[Explanation]:
    """For every sentence that holds a keyword of a fact (of `fact_id` only, if given): the
    mention it makes, or the key that rules it out; made by the same pass as the check, so
    what it says is what the check does. In article order."""
    rs = ruleset(facts)
    out: list[Explanation] = []
    for i, s, mention, why in _sentence_picks(doc, rs, path, approx, explain=True):
        fact = rs.facts[i]
        if fact_id is not None and fact.id != fact_id:
            continue
        if mention is not None and _skip(fact, path):
            mention, why = None, "`skip_paths` leaves this article out"
        if mention is not None and isinstance(why, Pick):
            out.append(Explanation(fact, s, mention, _role_words(why)))
        else:
            out.append(Explanation(fact, s, None, str(why)))
    entries = _live_entries(doc)
    if entries:  # as the check does: a live blog's latest entry replaces earlier ones
        by_fact: dict[str, list[Mention]] = {}
        for e in out:
            if e.mention is not None:
                by_fact.setdefault(e.fact.id, []).append(e.mention)
        kept = {id(m) for ms in by_fact.values() for m in _latest_entry(ms, entries)}
        out = [e if e.mention is None or id(e.mention) in kept else
               Explanation(e.fact, e.sentence, None, f"'{e.mention.text}' is replaced by the "
                           "figure of a later entry of this live blog") for e in out]
    out.sort(key=lambda e: (e.sentence.start, e.fact.id))
    return out


def _role_words(p: Pick) -> str:
    """What the chosen number is in its sentence, for `explain`."""
    n = p.note
    return "" if n.role == "current" else \
        f"'{p.quantity.text}' is {ROLE_WORDS.get(n.role, n.role)} ({n.cue})"


def example_failures(fact: Fact) -> list[tuple[int, int, str]]:
    """The fact's `examples:` that do not read as their label says, as (line, column,
    message) problems of its rule file."""
    out: list[tuple[int, int, str]] = []
    for label, sentence, line, column in fact.examples:
        try:
            found = explain_document(document(sentence), [fact])
        except PatternTimeout as exc:
            out.append((line, column, str(exc)))
            continue
        mentions = [e.mention for e in found if e.mention is not None]
        head = f"{label} example of '{fact.id}'"
        if not mentions:
            why = found[0].reason if found else (
                "it holds none of the keywords " + ", ".join(t.text for t in fact.keywords))
            out.append((line, column, f"{head} is no mention: {why}"))
            continue
        bad = [m for m in mentions if not m.consistent]
        m = bad[0] if bad else mentions[0]
        read = (f"read '{m.text}' as {describe_reading(m.low, m.high, fact)}"
                f", the fact says {fact.describe()}")
        if label == "consistent" and bad:
            out.append((line, column, f"{head} contradicts the fact: {read}"))
        elif label == "contradiction" and not bad:
            out.append((line, column, f"{head} agrees with the fact: {read}"))
    return out


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
