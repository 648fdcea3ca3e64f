"""Warnings for rules that load but will misfire on real text (`factcheck lint`): they never
fail a run, they say what to change."""

from __future__ import annotations

from collections.abc import Sequence

from .rules import Fact

_WEEKDAYS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
""".split())
# words so common in news that as `context` they hold in almost every sentence
_GENERIC = frozenset("""
said says say told according officials official people year years percent number total
government police report reported news week month day time city country state the a an
of in on at and or
""".split())


# keywords that, without `context`, hold in sentences of any story
_LOOSE_KEYWORDS = frozenset("""
up down rose rise fell fall grew growth increase decrease more less people total number new
year years first last average share rate change higher lower about over under
""".split())


def misfire_warnings(facts: Sequence[Fact]) -> list[tuple[Fact, str]]:
    """(fact, message) for each rule that will misfire on real text."""
    out: list[tuple[Fact, str]] = []
    examples = [(f, s) for f in facts for _, s, _, _ in f.examples]
    for f in facts:
        if f.per:
            per = f.per.lower()
            for t in f.keywords:
                words = t.text.lower().replace("*", "").split()
                if not t.is_regex and per in words:
                    out.append((f, f"keyword '{t.text}' is also the rate's unit (per {f.per}): "
                                   f"every '... per {f.per}' figure holds it; name what is "
                                   "measured instead (e.g. 'earnings', 'output')"))
        for t in f.context:
            w = t.text.lower().strip()
            if not t.is_regex and w in _WEEKDAYS:
                out.append((f, f"context '{t.text}' is a day word: a later article about the "
                               "same event will not say it"))
            elif not t.is_regex and w in _GENERIC:
                out.append((f, f"context '{t.text}' is a word most news sentences hold: it "
                               "narrows nothing"))
        loose = [t.text for t in f.keywords if not t.is_regex and
                 t.text.lower().strip() in _LOOSE_KEYWORDS]
        if loose and not f.context:
            said = (f"keyword {loose[0]!r} is a word" if len(loose) == 1 else
                    f"keywords {', '.join(repr(w) for w in loose)} are words")
            out.append((f, f"{said} any story uses ('up 24%' in a deal story, 'people' in any "
                           "count): with no `context` the fact takes other stories' figures; "
                           "add `context` (the story's names)"))
        if f.kind == "count" and not f.nouns and not f.per:
            out.append((f, "a count with no `nouns:`: a number counting anything else ('three "
                           "trucks', '14 counties') near a keyword can be taken as its figure"))
        shared = _sharing(f, facts)
        if shared:
            g, words = shared
            out.append((f, f"shares keywords ({', '.join(words)}) with '{g.id}' and neither "
                           "has `context`: a sentence about one can be read as the other's; "
                           "give each the names of its story as `context`"))
        others = [s for g, s in examples if g is not f]
        if len(others) >= 4:
            hit = sum(1 for s in others if any(t.search(s) for t in f.keywords))
            if hit * 2 > len(others):
                out.append((f, f"its keywords match {hit} of the {len(others)} example sentences "
                               "of the other facts: too broad to pick out this fact"))
    return out


def _sharing(f: Fact, facts: Sequence[Fact]) -> tuple[Fact, list[str]] | None:
    """An earlier fact of the same kind, also without `context`, with a plain keyword in
    common with f."""
    if f.context:
        return None
    mine = {t.text.lower() for t in f.keywords if not t.is_regex}
    for g in facts:
        if g is f:
            return None
        if g.context or g.kind != f.kind or g.per != f.per:
            continue
        common = sorted(mine & {t.text.lower() for t in g.keywords if not t.is_regex})
        if common:
            return g, common
    return None
