"""Speed-ups that must not change what is found: each fast path agrees with the plain one."""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from factcheck import roles


def _first(items: list[tuple[Any, Any]]) -> set[str]:
    """What a sequence of parsed regex items can start with: single characters, or "\\s"."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            return out | {chr(av)}
        if op is C.IN:
            for kind, x in av:
                if kind is C.LITERAL:
                    out.add(chr(x))
                elif kind is C.CATEGORY and x is C.CATEGORY_SPACE:
                    out.add("\\s")
                else:
                    raise AssertionError(f"unknown start {kind} {x}")
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, _, body = av
            out |= _first(list(body))
            if lo > 0:
                return out
            continue
        raise AssertionError(f"unknown start {op}")
    return out


def test_clause_scan_tries_every_start_of_clause_break() -> None:
    """The clause scan's guard lets through every character an alternative of
    `_CLAUSE_BREAK` can start with, so it finds the same breaks."""
    parsed = _parser.parse(roles._CLAUSE_BREAK.pattern, roles._CLAUSE_BREAK.flags)
    (op, (_, alternatives)), = parsed.data
    assert op is C.BRANCH
    starts = set().union(*(_first(list(alt)) for alt in alternatives))
    guard = re.match(r"\(\?=\[(.*?)\]\)", roles._CLAUSE_SCAN.pattern)
    assert guard is not None
    allowed = re.compile("[" + guard.group(1) + "]")
    for s in starts:
        assert s == "\\s" or allowed.match(s), s
    text = "Revenue rose 8%; profit fell (to $2bn) - sharply, while costs - up 3% - held: " \
           "flat, and were 4% lower, compared with 2023 where it rose, falling again"
    assert [m.span() for m in roles._CLAUSE_SCAN.finditer(text)] == \
        [m.span() for m in roles._CLAUSE_BREAK.finditer(text)]
