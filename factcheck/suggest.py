"""Draft rule YAML from a trusted article: one fact per number, ready to edit.

Each draft fact takes the sentence as its claim, the number as read (an interval becomes
`min`/`max` or a tolerance), the counted noun as `unit` and `nouns`, the content words
nearest the number as `keywords` and a proper noun of the sentence as `context`. The draft is
then checked against its own article: a fact that also matches another sentence with another
number gets an `exclude` word from that sentence, and a fact that still does not pass on its
own article is written commented out, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .compare import EVENTS, Group, Reading, compare, readings_agreeing
from .engine import check_document
from .mentions import noun_phrase
from .quantities import DEFAULT_APPROX, Quantity, read_quantities
from .errors import RuleError
from .rules import load_string
from .text import Document, Sentence, document, split_sentences
from .units import Unit, lookup

SKIP_KINDS = frozenset({"year", "ordinal", "date", "time", "decade", "name"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_COMMON = frozenset("""
a about above after again against all almost also although among an and another any are
around as at be because been before being below between both but by can could did do does
during each either even ever every few for from further had has have having he her here hers
him his how however i if in into is it its itself just last least less many may me might more
most much must my near nearly next no nor not now of off on once one only or other our out
over own per perhaps same she should since so some still such than that the their them then
there these they this those though through thus to too toward under until up upon us very was
we were what when where whether which while who whom whose why will with within without would
yet you your said says say told according reported including added people percent cent
million billion thousand hundred trillion dozen dozens half quarter more than least nearly
almost roughly approximately estimated some around about over under up
""".split())
SCHEMA_LINE = "# yaml-language-server: $schema={schema}"


@dataclass
class Draft:
    id: str
    claim: str
    line: int
    sentence: Sentence
    quantity: Quantity
    fields: dict[str, object] = field(default_factory=dict)
    keywords: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    nouns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    broken: str = ""


def _slug(words: list[str]) -> str:
    s = "-".join(re.sub(r"[^a-z0-9]+", "-", w.lower()).strip("-") for w in words if w)
    return re.sub(r"-+", "-", s).strip("-")[:40].strip("-") or "fact"


def _words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]


def _value_fields(q: Quantity) -> dict[str, object]:
    """The rule keys that say what the number says."""
    out: dict[str, object] = {}
    lo, hi = q.low, q.high
    if q.kind == "money" or q.unit:
        out["unit"] = q.unit
    if lo is not None and hi is not None and lo == hi:
        out["value"] = _num(lo)
    elif lo is not None and hi is not None and q.qualifier in ("about", "precision", "vague"):
        mid = q.value if lo <= q.value <= hi else (lo + hi) / 2
        out["value"] = _num(mid)
        half = max(mid - lo, hi - mid)
        if mid and q.qualifier == "about":
            out["tolerance"] = f"{round(100 * half / abs(mid))}%"
        else:
            out["tolerance"] = _num(half)
    else:
        if lo is not None:
            out["min"] = _num(lo)
        if hi is not None:
            out["max"] = _num(hi)
    return out


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() and abs(x) < 1e15 else float(f"{x:.6g}")


def _draft(doc: Document, s: Sentence, q: Quantity, numbers: list[Quantity]) -> Draft:
    text = doc.text
    counted = [w.rstrip(".,;:'’") for w in noun_phrase(text, q.end, s.end, max_words=2)
               ] if q.kind == "count" else []
    noun = counted[-1] if counted else ""
    taken = {w.lower() for w in counted}
    near: list[tuple[int, str]] = []
    proper: list[tuple[int, str]] = []
    for pos, w in _words(text, s.start, s.end):
        lw = w.lower()
        if lw in _COMMON or lw in taken or len(lw) < 3 or any(
                n.start <= pos < n.end for n in numbers):
            continue
        dist = q.start - pos if pos < q.start else pos - q.end
        if w[0].isupper() and pos != s.start:
            proper.append((dist, w))
        elif len(lw) >= 4:
            near.append((dist, lw))
    keywords = [w for _, w in sorted(near)[:3]]
    context = [w for _, w in sorted(proper)[:1]]
    if not keywords and context:  # a sentence of names: the nearest name is the keyword
        keywords, context = context, []
    fields = _value_fields(q)
    nouns: list[str] = []
    if noun:
        fields.setdefault("unit", noun.lower())
        nouns = [noun.lower()]
    if q.per:  # a rate: "$350 per kg" -> `unit: USD per kilogram`
        fields["unit"] = f"{fields.get('unit') or 'count'} per {q.per}"
    line, _ = doc.position(q.start)
    fid = _slug([*(keywords[:1] or ["fact"]), *(context[:1]), noun])
    return Draft(fid, s.text, line, s, q, fields, keywords, context, [], nouns)


def drafts(text: str, suffix: str = ".txt", approx: float = DEFAULT_APPROX) -> list[Draft]:
    """One draft fact per number of the article that can be a fact (no years, dates,
    ordinals or times of day)."""
    doc = document(text, suffix)
    out: list[Draft] = []
    seen: dict[str, int] = {}
    for s in split_sentences(doc):
        numbers = [replace(q, start=q.start + s.start, end=q.end + s.start)
                   for q in read_quantities(doc.text[s.start:s.end], approx)]
        for q in numbers:
            if q.kind in SKIP_KINDS:
                continue
            d = _draft(doc, s, q, numbers)
            if not d.keywords:
                continue
            n = seen.get(d.id, 0) + 1
            seen[d.id] = n
            if n > 1:
                d.id = f"{d.id}-{n}"
            out.append(d)
    _settle(doc, out, approx)
    return out


def _yaml(d: Draft) -> str:
    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def lst(xs: list[str]) -> str:
        return "[" + ", ".join(q(x) if not re.fullmatch(r"[A-Za-z][\w-]*\*?", x) else x
                               for x in xs) + "]"

    lines = [f"- id: {d.id}", f"  claim: {q(d.claim)}"]
    for key in ("value", "min", "max", "unit", "tolerance"):
        if key in d.fields:
            v = d.fields[key]
            plain = isinstance(v, (int, float)) or re.fullmatch(r"[A-Za-z][A-Za-z ]*|\d+%", str(v))
            lines.append(f"  {key}: {v if plain else q(str(v))}")
    lines.append(f"  keywords: {lst(d.keywords)}")
    for key, xs in (("context", d.context), ("exclude", d.exclude), ("nouns", d.nouns)):
        if xs:
            lines.append(f"  {key}: {lst(xs)}")
    return "\n".join(lines)


def render(ds: list[Draft], source: str, schema: str | None = None) -> str:
    """The drafts as a rule file: passing facts first, facts that need editing commented."""
    head = [SCHEMA_LINE.format(schema=schema)] if schema else []
    head += [f"# Drafted by `factcheck suggest {source}`: edit ids, keywords and values, then",
             "# run `factcheck lint` and `factcheck explain` to see what each fact matches.",
             "facts:"]
    body = []
    for d in ds:
        block = _yaml(d)
        notes = [f"# {source}:{d.line}: read {d.quantity.text!r}"] + [f"# {n}" for n in d.notes]
        if d.broken:
            notes.append(f"# needs editing before use: {d.broken}")
            block = "\n".join("# " + x for x in block.splitlines())
        body.append("\n".join(["", *("  " + n for n in notes),
                               *("  " + x for x in block.splitlines())]))
    if not any(not d.broken for d in ds):
        body.append("  []" if not ds else "")
    return "\n".join(head + body) + "\n"


def _rules(ds: list[Draft]) -> str:
    return "facts:\n" + "\n".join("\n".join("  " + x for x in _yaml(d).splitlines())
                                  for d in ds) + "\n"


def _settle(doc: Document, ds: list[Draft], approx: float, rounds: int = 3) -> None:
    """Check the drafts on their own article; narrow those that match another number."""
    for d in ds:
        try:
            load_string(_rules([d]), "<draft>")
        except RuleError as exc:
            d.broken = exc.problems[0][2]
    for _ in range(rounds):
        live = [d for d in ds if not d.broken]
        by_id = {d.id: d for d in live}
        changed = False
        for v in check_document(doc, load_string(_rules(live), "<draft>"), approx=approx):
            if v.verdict != "contradiction":
                continue
            d = by_id[v.fact.id]
            own = {w.lower() for _, w in _words(doc.text, d.sentence.start, d.sentence.end)}
            for m in v.contradictions:
                if m.sentence.start == d.sentence.start:
                    d.broken = (f"in its own sentence the nearest number to a keyword is "
                                f"{m.text!r}; choose other keywords")
                    break
                other = [w for _, w in _words(doc.text, m.sentence.start, m.sentence.end)
                         if w.lower() not in own and w.lower() not in _COMMON and len(w) > 3]
                if not other:
                    d.broken = (f"line {m.line} reads {m.text!r} for it and no word tells the "
                                "two sentences apart")
                    break
                if other[0] not in d.exclude:
                    d.exclude.append(other[0])
                    d.notes.append(f"exclude {other[0]!r}: line {m.line} reads {m.text!r}")
                changed = True
        if not changed:
            return


# --- Several articles (issue 16): rules from what versions of a story agree on --------------

@dataclass
class GroupDraft:
    """A fact drafted from a group of amounts several articles give."""

    group: Group
    fields: dict[str, object]
    keywords: list[str]
    context: list[str]
    nouns: list[str]
    alternatives: list[tuple[list[Reading], dict[str, object]]] = field(default_factory=list)
    broken: str = ""


def _common(rs: Sequence[Reading]) -> tuple[float | None, float | None]:
    """The interval every reading meets: the highest lower end to the lowest upper end."""
    lows = [r.low for r in rs if r.low is not None]
    highs = [r.high for r in rs if r.high is not None]
    return (max(lows) if lows else None), (min(highs) if highs else None)


def _fields(rs: Sequence[Reading]) -> dict[str, object]:
    """value (or min/max) and unit for what the readings say, in the unit the first wrote."""
    low, high = _common(rs)
    first = rs[0]
    out: dict[str, object] = {}
    unit = first.unit
    conv: Unit | None = None
    if first.key[0] not in ("count", "percent") and not first.key[0].startswith("money"):
        conv = lookup(*first.written)
        if conv is not None and conv.factor:
            unit = conv.name
            low = None if low is None else conv.from_base(low)
            high = None if high is None else conv.from_base(high)
    if low is not None and high is not None and abs(high - low) <= 1e-9 * max(1.0, abs(low)):
        out["value"] = _num(low)
    else:
        if low is not None:
            out["min"] = _num(low)
        if high is not None:
            out["max"] = _num(high)
    if unit:
        out["unit"] = unit
    return out


def _terms(rs: Sequence[Reading]) -> tuple[list[str], list[str], list[str]]:
    """keywords (the event words the readings use, else the words near them all share),
    context (a name every sentence holds) and nouns (what they count)."""
    events: list[str] = []
    for r in rs:
        for st, form in r.forms:
            if st == r.event and form not in events:
                events.append(form)
    keywords = events[:6]
    if not keywords:
        shared = set.intersection(*(set(r.words) for r in rs)) - EVENTS.keys()
        near = sorted(shared, key=lambda w: -sum(dict(r.weights).get(w, 0.0) for r in rs))
        forms = dict(rs[0].forms)
        for w in near[:3]:
            form = forms.get(w, w)
            keywords.append(form if form == w or len(w) < 4 else w + "*")
    names = set.intersection(*(set(r.names) for r in rs))
    context = sorted(names)[:1]
    context = [_as_written(rs[0].sentence, c) for c in context]
    nouns: list[str] = []
    if rs[0].key[0] == "count":
        for r in rs:
            if r.noun and r.noun.lower() not in nouns:
                nouns.append(r.noun.lower())
        if rs[0].key[1] == "people" and "people" not in nouns:
            nouns.insert(0, "people")
    return keywords, context, nouns


def _as_written(sentence: str, word: str) -> str:
    m = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", sentence, re.I)
    return m.group() if m else word


def group_drafts(groups: Sequence[Group]) -> list[GroupDraft]:
    out = []
    for g in groups:
        keywords, context, nouns = _terms(g.readings)
        if g.agree:
            out.append(GroupDraft(g, _fields(g.readings), keywords, context, nouns))
        else:
            alts = [(side, _fields(side)) for side in readings_agreeing(g)]
            out.append(GroupDraft(g, alts[0][1], keywords, context, nouns, alts))
    return out


def _q(s: str) -> str:
    if re.fullmatch(r"[A-Za-z][\w-]*\*?", s):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _fact_yaml(d: GroupDraft, fields: dict[str, object], fid: str,
               side: Sequence[Reading] = ()) -> list[str]:
    claim = (side or d.group.readings)[0].sentence
    lines = [f"- id: {fid}", f"  claim: {_q(claim if len(claim) <= 200 else claim[:197] + '...')}"]
    for key in ("value", "min", "max", "unit"):
        if key in fields:
            v = fields[key]
            lines.append(f"  {key}: {v if isinstance(v, (int, float)) else _q(str(v))}")
    lines.append("  keywords: [" + ", ".join(_q(k) for k in d.keywords) + "]")
    for key, xs in (("context", d.context), ("nouns", d.nouns)):
        if xs:
            lines.append(f"  {key}: [" + ", ".join(_q(x) for x in xs) + "]")
    return lines


def _said(rs: Sequence[Reading]) -> str:
    return "; ".join(f"{r.article}:{r.line} {r.text!r}" for r in rs)


def render_groups(ds: Sequence[GroupDraft], sources: Sequence[str],
                  schema: str | None = None) -> str:
    """The drafts as a rule file: what the articles agree on as facts; each disagreement
    commented out, one alternative per reading, to uncomment the right one."""
    head = [SCHEMA_LINE.format(schema=schema)] if schema else []
    head += [f"# Drafted by `factcheck suggest` from {len(sources)} versions of a story: "
             f"{', '.join(sources)}.",
             "# One fact per quantity at least two of them give. Check the ids, keywords and",
             "# values, then run `factcheck lint` and `factcheck check`.",
             "facts:"]
    body: list[str] = []
    for d in ds:
        where = _said(d.group.readings)
        if not d.alternatives:
            block = _fact_yaml(d, d.fields, d.group.id)
            notes = [f"# agreed by {len(d.group.articles)} articles: {where}"]
            if d.broken:
                notes.append(f"# needs editing before use: {d.broken}")
                block = ["# " + x for x in block]
            body.append("\n".join(["", *("  " + n for n in notes), *("  " + x for x in block)]))
            continue
        notes = [f"# DISAGREE: the articles give {len(d.alternatives)} readings of this "
                 "quantity that cannot all be true; uncomment the right one"]
        if d.broken:
            notes.append(f"# needs editing before use: {d.broken}")
        lines: list[str] = []
        for i, (side, fields) in enumerate(d.alternatives):
            lines.append(f"# reading {i + 1}: {_said(side)}")
            lines.extend("# " + x for x in _fact_yaml(d, fields, d.group.id, side))
        body.append("\n".join(["", *("  " + n for n in notes), *("  " + x for x in lines)]))
    if not any(not d.alternatives and not d.broken for d in ds):
        body.append("  []")
    return "\n".join(head + body) + "\n"


def _contradicted(d: GroupDraft, docs: Sequence[tuple[str, Document]],
                  fields: dict[str, object]) -> str:
    """Why the draft fails on the articles ('' when it does not): a contradiction anywhere
    but at the group's own readings (those are the disagreement), or fewer than two articles
    mentioning it."""
    try:
        facts = load_string("facts:\n" + "\n".join("  " + x for x in _fact_yaml(
            d, fields, d.group.id)) + "\n", "<draft>")
    except RuleError as exc:
        return exc.problems[0][2]
    own = {(r.article, r.line) for r in d.group.readings}
    mentioned = 0
    for name, doc in docs:
        for v in check_document(doc, facts, path=name):
            for m in v.contradictions:
                if (name, m.line) not in own:
                    return (f"{name}:{m.line} reads {m.text!r} for it; "
                            "choose keywords that leave that sentence out")
            mentioned += bool(v.mentions)
    return "" if mentioned >= 2 else "the articles do not mention it as drafted"


def _check_drafts(ds: Sequence[GroupDraft], docs: Sequence[tuple[str, Document]]) -> None:
    """Each draft checked on every article: one that a sentence outside its group
    contradicts (it took another number) is narrowed to one of its keywords, or else
    commented out, with the reason."""
    for d in ds:
        d.broken = _contradicted(d, docs, d.fields)
        if not d.broken or len(d.keywords) < 2:
            continue
        every = d.keywords
        for k in every:
            d.keywords = [k]
            if not _contradicted(d, docs, d.fields):
                d.broken = ""
                break
        else:
            d.keywords = every


def suggest_versions(docs: Sequence[tuple[str, Document]], approx: float = DEFAULT_APPROX,
                     schema: str | None = None) -> str:
    """A rule file drafted from what several articles agree on."""
    ds = group_drafts(compare(docs, approx))
    _check_drafts(ds, docs)
    return render_groups(ds, [n for n, _ in docs], schema)
