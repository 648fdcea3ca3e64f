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
from dataclasses import dataclass, field, replace

from .engine import check_document
from .mentions import noun_phrase
from .quantities import DEFAULT_APPROX, Quantity, read_quantities
from .errors import RuleError
from .rules import load_string
from .text import Document, Sentence, document, split_sentences

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
