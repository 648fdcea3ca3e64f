"""YAML rule files -> frozen Fact records, each knowing where it was written.

Every problem in a file is collected and reported at once as `path:line:column: message`,
with "did you mean" for misspelled keys. Only safe YAML is read; aliases are counted so that
an alias bomb is refused without being expanded.
"""

from __future__ import annotations

import difflib
import functools
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex  # type: ignore[import-untyped]  # no stubs shipped with it
import yaml

from .errors import RuleError
from .quantities import Quantity, read_quantities
from .lemmas import forms
from .lemmas import save as save_forms
from .roles import FACT_ROLES
from .units import CURRENCY_PREFIX, CURRENCY_WORDS, Unit, lookup, near_unit, plural, table

FACT_KEYS = (
    "id", "claim", "value", "unit", "tolerance", "keywords", "context", "exclude", "nouns",
    "required", "min", "max", "examples", "skip_paths", "role", "precision",
)
TOP_KEYS = ("facts",)
ID_RE = regex.compile(r"[a-z0-9][a-z0-9-]*\Z")
REGEX_TIMEOUT = 0.25  # seconds one user pattern may run on one sentence
MAX_NODES = 100_000  # YAML nodes walked in one file, aliases counted each time they are used
MAX_FILE_BYTES = 10 * 1024 * 1024
# libyaml's safe loader when pyyaml was built with it: the same nodes and marks, 10x faster
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Term:
    """A keyword, context, exclude or noun term, compiled once when the rules load."""

    text: str
    pattern: Any  # a user's /regex/: regex.Pattern (it has a time limit); a literal: re.Pattern
    is_regex: bool
    first_word: str  # lower-case first word of a literal term, for the keyword index
    prefix: bool  # the first word ends in `*`
    forms: tuple[str, ...] = ()  # a plain word's other forms ("fled" for `flee`)

    @property
    def word(self) -> str:
        """The term's one lower-case word when it is a plain word, else ""."""
        if self.is_regex or self.prefix or " " in self.text.strip():
            return ""
        return self.first_word if self.first_word.isalnum() else ""

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = endpos if endpos is not None else len(text)
        if self.is_regex:
            return self.pattern.search(text, pos, end, timeout=REGEX_TIMEOUT)
        return self.pattern.search(text, pos, end)

    def match(self, text: str, pos: int = 0) -> Any:
        if self.is_regex:
            return self.pattern.match(text, pos, timeout=REGEX_TIMEOUT)
        return self.pattern.match(text, pos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = endpos if endpos is not None else len(text)
        if self.is_regex:
            return self.pattern.finditer(text, pos, end, timeout=REGEX_TIMEOUT)
        return self.pattern.finditer(text, pos, end)


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    source: Source
    keywords: tuple[Term, ...]
    claim: str = ""
    value_text: str = ""  # the value (or min/max) as the rule wrote it
    low: float | None = None  # the fact's interval in its unit, tolerance applied
    high: float | None = None
    kind: str = "count"  # count, money, length, duration, year, percent, ...
    unit: str = ""  # unit name, ISO code for money; "" for counts and years
    noun: str = ""  # the count noun of `unit:` ("people"), for display
    per: str = ""  # a rate's denominator: `value: 500,000 barrels a day` -> "day"
    tolerance: str = ""
    context: tuple[Term, ...] = ()
    exclude: tuple[Term, ...] = ()
    nouns: tuple[Term, ...] = ()
    required: bool = False
    skip_paths: tuple[str, ...] = ()
    # which figure of a sentence the fact takes: current (the default), earlier, change,
    # part, total or forecast (see roles.py)
    role: str = "current"
    precision: str = "written"  # "exact": "2 million" is exactly 2,000,000, not 1.95-2.05m
    # (label, sentence, line, column): checked against the fact when the rules load
    examples: tuple[tuple[str, str, int, int], ...] = field(default=())
    # (line, column, message): what the rule likely means but does not say; `lint` shows them
    warnings: tuple[tuple[int, int, str], ...] = field(default=(), compare=False)

    @property
    def unit_label(self) -> str:
        return self.noun or self.unit

    def describe(self) -> str:
        """What the fact says, as one line: `500000 people (± 10%)`, `at least 1000`."""
        said = describe_interval(self.low, self.high, self.unit_label, self.kind)
        return f"{said} per {self.per}" if self.per else said


def fmt_number(x: float) -> str:
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) >= 1e15 else f"{x:,.3f}".rstrip("0").rstrip(".")


def _unit_words(unit: str, low: float | None, high: float | None) -> str:
    if not unit:
        return ""
    one = (low == 1 or low is None) and (high == 1 or high is None)
    if one or unit.isupper() or unit in ("percent",) or unit.endswith("s"):
        return f" {unit}"
    if unit in table().by_name:
        return f" {plural(unit)[0]}"
    return f" {unit}"


def describe_reading(low: float | None, high: float | None, fact: Fact) -> str:
    """A mention's interval in the fact's unit, as `describe` words the fact's."""
    said = describe_interval(low, high, fact.unit_label, fact.kind)
    return f"{said} per {fact.per}" if fact.per else said


def describe_interval(low: float | None, high: float | None, unit: str, kind: str) -> str:
    if kind == "count" and (low is None or high is None or math.ceil(low) <= math.floor(high)):
        # a count is whole: 2,229.65 to 2,464.35 people is 2,230 to 2,464 people
        low = None if low is None else float(math.ceil(low - 1e-9))
        high = None if high is None else float(math.floor(high + 1e-9))
    u = _unit_words(unit, low, high)
    f = (lambda x: str(int(x))) if kind == "year" else fmt_number
    if low is None and high is None:
        return "any value"
    if low is None:
        assert high is not None
        return f"at most {f(high)}{u}"
    if high is None:
        return f"at least {f(low)}{u}"
    if math.isclose(low, high, rel_tol=1e-12, abs_tol=1e-12):
        return f"{f(low)}{u}"
    return f"{f(low)} to {f(high)}{u}"


@functools.lru_cache(maxsize=65536)
def _literal(body: str, glued_start: bool = False, glued_end: bool = False) -> re.Pattern[str]:
    """Whole words; a term that starts or ends with a sign ("-metre") may touch the word
    beside it there ("366-metre")."""
    return re.compile(("" if glued_start else r"(?<!\w)") + body +
                      ("" if glued_end else r"(?!\w)"), re.IGNORECASE)


def compile_term(raw: str) -> Term:
    """Compile one term; raises ValueError with a plain message when it cannot be used."""
    if len(raw) >= 2 and raw.startswith("/") and raw.endswith("/"):
        body = raw[1:-1]
        try:
            pat = regex.compile(body, regex.IGNORECASE | regex.V0)
        except regex.error as exc:
            raise ValueError(f"bad regular expression {raw}: {exc}") from None
        if pat.search("", timeout=REGEX_TIMEOUT) is not None and pat.search("", timeout=1).end() == 0:
            raise ValueError(f"regular expression {raw} matches empty text, so it matches "
                             "every sentence")
        return Term(raw, pat, True, "", False)
    text = raw.strip()
    exact = text.startswith("=")  # `=train`: the word as written, not "training"
    if exact:
        text = text[1:].strip()
    if not text:
        raise ValueError("empty term")
    words = text.split()
    parts = []
    for i, w in enumerate(words):
        star = w.endswith("*")
        core = w.rstrip("*")
        if not core:
            raise ValueError(f"term {raw!r}: a `*` needs a word before it")
        piece = re.escape(core) + (r"\w*" if star else "")
        parts.append(piece)
        del i
    body = r"\s+".join(parts)
    first = words[0].rstrip("*").lower()
    more: tuple[str, ...] = ()
    if len(words) == 1 and not exact and not words[0].endswith("*"):
        more = forms(first)
        if more:
            body = "(?:" + "|".join([body, *(re.escape(f) for f in more)]) + ")"
    pat = _literal(body, not (text[0].isalnum() or text[0] == "_"),
                   not (text.rstrip("*")[-1].isalnum() or text.rstrip("*")[-1] == "_"))
    return Term(raw, pat, False, first, words[0].endswith("*"), more)


class _Problems:
    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[tuple[int, int, str]] = []

    def add(self, node: yaml.Node | None, message: str) -> None:
        if node is None:
            self.items.append((1, 0, message))
        else:
            self.items.append((node.start_mark.line + 1, node.start_mark.column + 1, message))

    def raise_if_any(self) -> None:
        if self.items:
            self.items.sort()
            line, col, msg = self.items[0]
            raise RuleError(self.path, line, msg, col, tuple(self.items))


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _scalar(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    return loader.construct_object(node, deep=False)


_SAFE_TAGS = frozenset("tag:yaml.org,2002:" + t for t in (
    "str", "int", "float", "bool", "null", "seq", "map", "timestamp", "binary", "merge"))


def _count_nodes(node: yaml.Node, budget: list[int], problems: _Problems) -> None:
    stack = [node]
    while stack:
        n = stack.pop()
        budget[0] -= 1
        if budget[0] < 0:
            raise OverflowError
        if n.tag not in _SAFE_TAGS:
            problems.add(n, f"YAML tag {n.tag} is not allowed: rule files are plain data")
            continue
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack.append(k)
                stack.append(v)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)


def load_file(path: str | os.PathLike[str], display: str | None = None) -> list[Fact]:
    """Load one rule file. Raises RuleError listing every problem in it."""
    p = Path(path)
    shown = display or str(path)
    try:
        if p.stat().st_size > MAX_FILE_BYTES:
            raise RuleError(shown, 1, f"rule file is larger than {MAX_FILE_BYTES // 2**20} MiB")
        data = p.read_bytes()
    except OSError as exc:
        raise RuleError(shown, 0, f"cannot read rule file: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RuleError(shown, 1, f"rule file is not UTF-8 text (byte {exc.start})") from None
    return load_string(text, shown)


def load_string(text: str, path: str = "<rules>") -> list[Fact]:
    """Load rules from YAML text; `path` names it in errors and in each Fact's source."""
    problems = _Problems(path)
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            col = mark.column + 1 if mark else 0
            what = exc.problem or str(exc)
            bad_line = text.splitlines()[line - 1] if line - 1 < len(text.splitlines()) else ""
            if "\t" in bad_line[:max(col, 1) + 1] or "'\\t'" in str(exc):
                what = "tab character: YAML indents with spaces only"
            raise RuleError(path, line, f"YAML syntax error: {what}", col) from None
        except yaml.YAMLError as exc:
            raise RuleError(path, 1, f"YAML error: {exc}") from None
        if root is None:
            raise RuleError(path, 1, "rule file is empty: expected a mapping with a list `facts:`")
        try:
            _count_nodes(root, [MAX_NODES], problems)
            problems.raise_if_any()
        except OverflowError:
            raise RuleError(path, 1, f"rule file expands to more than {MAX_NODES:,} YAML nodes "
                                     "(alias bomb?)") from None
        if not isinstance(root, yaml.MappingNode):
            raise RuleError(path, root.start_mark.line + 1,
                            "a rule file holds one mapping with a list `facts:`, not a "
                            f"{_node_kind(root)}", root.start_mark.column + 1)
        facts_node: yaml.Node | None = None
        for k, v in root.value:
            key = _scalar(loader, k) if isinstance(k, yaml.ScalarNode) else None
            if key == "facts":
                facts_node = v
            else:
                problems.add(k, f"unknown top-level key '{key}'"
                                f"{did_you_mean(str(key), TOP_KEYS)}; a rule file holds `facts:`")
        if facts_node is None:
            problems.add(root, "no `facts:` list in this rule file")
            problems.raise_if_any()
            return []
        if isinstance(facts_node, yaml.ScalarNode) and _scalar(loader, facts_node) is None:
            problems.raise_if_any()
            return []
        if not isinstance(facts_node, yaml.SequenceNode):
            problems.add(facts_node, f"`facts:` must be a list, not a {_node_kind(facts_node)}")
            problems.raise_if_any()
            return []
        out: list[Fact] = []
        seen: dict[str, int] = {}
        for item in facts_node.value:
            fact = _fact(loader, item, path, problems)
            if fact is None:
                continue
            if fact.id in seen:
                problems.add(item, f"duplicate id '{fact.id}' (first at line {seen[fact.id]})")
                continue
            seen[fact.id] = fact.source.line
            out.append(fact)
        if not problems.items:
            _check_examples(out, problems)
        problems.raise_if_any()
        return out
    finally:
        loader.dispose()


def _check_examples(facts: list[Fact], problems: _Problems) -> None:
    """Each fact's `examples:` must read as the rule author says; a failing one is a problem
    at its line."""
    if not any(f.examples for f in facts):
        return
    from .engine import example_failures  # engine builds on this module: import at use

    for fact in facts:
        problems.items.extend(example_failures(fact))


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "scalar"


def _fact(loader: yaml.SafeLoader, node: yaml.Node, path: str, problems: _Problems) -> Fact | None:
    if not isinstance(node, yaml.MappingNode):
        problems.add(node, f"each fact is a mapping with `id:` and `keywords:`, not a "
                           f"{_node_kind(node)}")
        return None
    before = len(problems.items)
    fields: dict[str, tuple[yaml.Node, Any]] = {}
    meant: set[str] = set()  # keys a misspelling stands for: not reported missing as well
    for k, v in node.value:
        key = _scalar(loader, k) if isinstance(k, yaml.ScalarNode) else None
        if not isinstance(key, str) or key not in FACT_KEYS:
            hint = did_you_mean(str(key), FACT_KEYS)
            meant.update(c for c in FACT_KEYS if f"'{c}'" in hint)
            problems.add(k, f"unknown key '{key}'{hint}")
            continue
        if key in fields:
            problems.add(k, f"key '{key}' given twice")
            continue
        fields[key] = (v, v)
    line = node.start_mark.line + 1

    def scalar(key: str, types: tuple[type, ...], what: str) -> Any:
        if key not in fields:
            return None
        v = fields[key][0]
        if not isinstance(v, yaml.ScalarNode):
            problems.add(v, f"'{key}' must be {what}, not a {_node_kind(v)}")
            return None
        val = _scalar(loader, v)
        if val is None:
            return None
        if isinstance(val, bool) and bool not in types or not isinstance(val, types):
            problems.add(v, f"'{key}' must be {what}, not {type(val).__name__} {val!r}")
            return None
        return val

    def terms(key: str) -> tuple[Term, ...]:
        if key not in fields:
            return ()
        v = fields[key][0]
        items: list[yaml.Node]
        if isinstance(v, yaml.ScalarNode):
            if _scalar(loader, v) is None:
                return ()
            items = [v]  # a single term written without brackets
        elif isinstance(v, yaml.SequenceNode):
            items = list(v.value)
        else:
            problems.add(v, f"'{key}' must be a list of words, not a mapping")
            return ()
        out = []
        for it in items:
            if not isinstance(it, yaml.ScalarNode):
                problems.add(it, f"'{key}' items must be words or /regex/, not a {_node_kind(it)}")
                continue
            raw = _scalar(loader, it)
            if isinstance(raw, bool) or raw is None:
                problems.add(it, f"'{key}' item {raw!r} is not a word (quote it)")
                continue
            try:
                out.append(compile_term(str(raw)))
            except ValueError as exc:
                problems.add(it, f"'{key}': {exc}")
        return tuple(out)

    fid = scalar("id", (str,), "a string such as mosul-displaced")
    if "id" not in fields and "id" not in meant:
        problems.add(node, "fact has no `id:`")
    elif fid is not None and not ID_RE.match(fid):
        problems.add(fields["id"][0], f"id '{fid}' must be lower-case letters, digits and "
                                      "dashes, starting with a letter or digit")
        fid = None
    claim = scalar("claim", (str,), "a sentence") or ""
    keywords = terms("keywords")
    if "keywords" not in fields and "keywords" not in meant:
        problems.add(node, f"fact '{fid or '?'}' has no `keywords:`; a sentence mentions it only "
                           "if it holds one of them")
    elif not keywords and len(problems.items) == before:
        problems.add(fields["keywords"][0], "`keywords:` is empty")
    context, exclude, nouns = terms("context"), terms("exclude"), terms("nouns")
    for key, group in (("keywords", keywords), ("context", context)):
        same = {t.text.strip().lower() for t in group} & \
            {t.text.strip().lower() for t in exclude}
        if same and group:
            every = same >= {t.text.strip().lower() for t in group}
            word = "keyword" if key == "keywords" else "context word"
            problems.add(fields["exclude"][0],
                         f"'{sorted(same)[0]}' is in `exclude` and in `{key}`: "
                         + ("no sentence can mention the fact" if every else
                            f"that {word} can never count"))
    required = scalar("required", (bool,), "true or false") or False
    skip_paths: tuple[str, ...] = ()
    if "skip_paths" in fields:
        sp = fields["skip_paths"][0]
        if isinstance(sp, yaml.SequenceNode) and all(isinstance(x, yaml.ScalarNode)
                                                     for x in sp.value):
            skip_paths = tuple(str(_scalar(loader, x)) for x in sp.value)
        elif isinstance(sp, yaml.ScalarNode):
            got = _scalar(loader, sp)
            skip_paths = () if got is None else (str(got),)
        else:
            problems.add(sp, "'skip_paths' must be a list of glob patterns")

    role = scalar("role", (str,), "one of " + ", ".join(FACT_ROLES)) or "current"
    if role not in FACT_ROLES:
        problems.add(fields["role"][0], f"unknown role '{role}'{did_you_mean(role, FACT_ROLES)}"
                                        f"; a role is one of {', '.join(FACT_ROLES)}")
    precision = scalar("precision", (str,), "'exact' or 'written'") or "written"
    if precision not in ("exact", "written"):
        problems.add(fields["precision"][0], f"unknown precision '{precision}'"
                     f"{did_you_mean(precision, ('exact', 'written'))}: write `precision: exact` "
                     "to read round figures ('2 million') as exact, or leave it out")

    # the unit of the fact
    unit_raw = scalar("unit", (str,), "a unit or a count noun, such as people, km or USD")
    kind, unit, noun, per = "count", "", "", ""
    if unit_raw:
        got = _parse_unit(unit_raw)
        if got is None:
            problems.add(fields["unit"][0], f"unit '{unit_raw}' is empty")
        else:
            kind, unit, noun, per = got
            why = _not_a_noun(noun, nouns) if kind == "count" and not per else ""
            if why:
                problems.add(fields["unit"][0], f"unit '{unit_raw}' {why}")

    # the value
    low: float | None = None
    high: float | None = None
    value_text = ""
    has_value = "value" in fields
    has_range = "min" in fields or "max" in fields
    if has_value and has_range:
        problems.add(fields["value"][0], "give either `value:` or `min:`/`max:`, not both")
    elif not has_value and not has_range and not meant & {"value", "min", "max"}:
        problems.add(node, f"fact '{fid or '?'}' has no `value:` (or `min:`/`max:`)")
    value_kind = None
    value_noun = ""  # `value: 48 people`
    if has_value:
        parsed = _value(loader, fields["value"][0], "value", problems)
        if parsed is not None:
            (low, high, vkind, vunit, vper, vnoun), value_text = parsed
            value_kind = (vkind, vunit)
            per = per or vper
            value_noun = vnoun
    else:
        texts = []
        for key in ("min", "max"):
            if key in fields:
                parsed = _value(loader, fields[key][0], key, problems)
                if parsed is None:
                    continue
                (lo, hi, vkind, vunit, vper, vnoun), vt = parsed
                per = per or vper
                value_noun = value_noun or vnoun
                texts.append(f"{key} {vt}")
                if key == "min":
                    low = lo
                else:
                    high = hi
                if value_kind is not None and value_kind != (vkind, vunit) and \
                        vkind != "count":
                    problems.add(fields[key][0], "`min:` and `max:` are in different units")
                if vkind != "count" or value_kind is None:
                    value_kind = (vkind, vunit)
        value_text = ", ".join(texts)
        if low is not None and high is not None and low > high:
            problems.add(fields["min"][0], f"`min:` ({low:g}) is greater than `max:` ({high:g})")

    if value_kind is not None:
        vkind, vunit = value_kind
        if vkind not in ("count",):
            if unit_raw and (kind, unit) != (vkind, vunit):
                u1 = lookup(unit, kind) if kind != "count" else None
                u2 = lookup(vunit, vkind)
                if kind == "year" and vkind == "year":
                    pass
                elif u1 is not None and u2 is not None and u1.convertible(u2) and \
                        u1.factor is not None and u2.factor is not None:
                    low = _convert(low, u2, u1)
                    high = _convert(high, u2, u1)
                else:
                    problems.add(fields["unit"][0],
                                 f"`unit: {unit_raw}` does not match the unit of the value "
                                 f"({vunit or vkind})")
            else:
                kind, unit = vkind, vunit
    if value_noun:
        if kind != "count" or noun and noun.lower() != value_noun.lower():
            problems.add(fields["value" if has_value else "min" if "min" in fields else "max"][0],
                         f"the value counts '{value_noun}' but `unit:` is '{unit_raw}'")
        noun = noun or value_noun
    tolerance_text = ""
    if "tolerance" in fields:
        tnode = fields["tolerance"][0]
        tval = _scalar(loader, tnode) if isinstance(tnode, yaml.ScalarNode) else None
        if isinstance(tval, bool) or tval is None or not isinstance(tval, (int, float, str)):
            problems.add(tnode, "'tolerance' must be a number in the fact's unit (5000) or a "
                                "percentage ('10%')")
        else:
            tolerance_text = str(tval)
            tol = _tolerance(tval, kind, unit)
            why = _bad_tolerance(tval, tol, kind, low if has_value else None)
            if tol is None:
                problems.add(tnode, f"cannot read tolerance {tval!r}: write a number in the "
                                    "fact's unit (5000) or a percentage ('10%')")
            elif why:
                problems.add(tnode, f"tolerance {tval!r} {why}")
            else:
                rel, absolute = tol
                if low is not None:
                    low = low - absolute - abs(low) * rel
                if high is not None:
                    high = high + absolute + abs(high) * rel

    examples: list[tuple[str, str, int, int]] = []
    if "examples" in fields:
        en = fields["examples"][0]
        if not isinstance(en, yaml.MappingNode):
            problems.add(en, "'examples' must be a mapping with `consistent:` and/or "
                             "`contradiction:` lists")
        else:
            for k, v in en.value:
                label = _scalar(loader, k) if isinstance(k, yaml.ScalarNode) else None
                if label not in ("consistent", "contradiction"):
                    problems.add(k, f"unknown example kind '{label}'"
                                    f"{did_you_mean(str(label), ('consistent', 'contradiction'))}")
                    continue
                items = v.value if isinstance(v, yaml.SequenceNode) else [v]
                for it in items:
                    if not isinstance(it, yaml.ScalarNode) or not isinstance(
                            _scalar(loader, it), str):
                        problems.add(it, "each example is a sentence in quotes")
                        continue
                    examples.append((str(label), _scalar(loader, it), it.start_mark.line + 1,
                                     it.start_mark.column + 1))

    if len(problems.items) > before or fid is None:
        return None
    notes: list[tuple[int, int, str]] = []
    where = fields.get("value") or fields.get("min") or fields.get("max")

    def note(n: yaml.Node, message: str) -> None:
        notes.append((n.start_mark.line + 1, n.start_mark.column + 1, f"warning: {message}"))

    if kind == "count" and not unit_raw and where is not None and _LOOKS_MONEY.search(value_text):
        note(where[0], f"'{value_text}' is a plain count, so '$1.5bn' in an article is money, "
                       "not this fact's number: write the currency ('$1.5bn', `unit: USD`) "
                       "if the fact is money")
    if kind == "count" and not unit_raw and low is not None:
        for _, sentence, ex_line, ex_col in examples:
            for q in read_quantities(sentence):
                if q.kind not in ("count", "year", "ordinal", "date", "time") and \
                        q.low is not None and math.isclose(q.low, low, rel_tol=0.1):
                    notes.append((ex_line, ex_col, f"warning: the example gives '{q.text}' "
                                  f"({q.kind}, {q.unit}), and the fact is a plain count: "
                                  "declare its `unit:`"))
    tol_value = fields.get("tolerance")
    if tol_value is not None and kind == "count" and tolerance_text and low is not None and \
            abs(low) >= 10 and re.fullmatch(r"0?\.\d+", tolerance_text.strip()):
        note(tol_value[0], f"tolerance {tolerance_text} is an absolute amount, a fraction of "
                           f"one; for a share of the value write "
                           f"'{float(tolerance_text) * 100:g}%'")
    if nouns and kind != "count":
        note(fields["nouns"][0], f"`nouns:` narrows counts, and this fact's number is "
                                 f"{kind} ({unit or kind}): the nouns do not choose it")
    return Fact(
        id=fid, source=Source(path, line), keywords=keywords, claim=claim,
        value_text=value_text, low=low, high=high, kind=kind, unit=unit, noun=noun, per=per,
        tolerance=tolerance_text, context=context, exclude=exclude, nouns=nouns,
        required=bool(required), skip_paths=skip_paths, examples=tuple(examples),
        role=role, precision=precision, warnings=tuple(notes),
    )


# a count written with a money abbreviation: '1.5bn', '300m', '2.1tn'
_LOOKS_MONEY = re.compile(r"\d\s*(?:bn|mn|mln|tn|m)\b", re.IGNORECASE)


def _not_a_noun(noun: str, nouns: tuple[Term, ...]) -> str:
    """Why a `unit:` that is no known unit cannot be taken for a count noun, or "".
    A near miss of an everyday unit ('tonnnes', 'kilomtres') is a typo unless the fact lists
    the word in `nouns:` too; a scale word ('billion') belongs in the value."""
    if _SCALE_LIKE.fullmatch(noun.strip()) or noun.strip().lower() in ("k", "m", "bn", "tn"):
        return "is a scale, not a unit: write it in the value ('15 billion')"
    if any(t.text.strip().lower() == noun.strip().lower() for t in nouns):
        return ""
    near = near_unit(noun)
    if near:
        return (f"is not a known unit (did you mean '{near}'?); if it is what the fact counts, "
                "list it in `nouns:` as well")
    return ""


def _convert(x: float | None, src: Unit, dst: Unit) -> float | None:
    if x is None:
        return None
    return dst.from_base(src.to_base(x))


def _parse_unit(raw: str) -> tuple[str, str, str, str] | None:
    """`unit:` -> (kind, unit, noun, per)."""
    m = _NOUN_PER.fullmatch(raw.strip())
    if m is not None and _plain_unit(m.group(1)) == ("count", "", m.group(1)):
        return "count", "", m.group(1), singular(m.group(2))  # `unit: people per household`
    got = _plain_unit(raw)
    if got is None or got[0] != "count" or not raw.strip():
        return None if got is None else (*got, "")
    qs = read_quantities("1 " + raw.strip())  # a rate: "barrels a day", "USD per share"
    if len(qs) == 1 and qs[0].per and qs[0].end == len(raw.strip()) + 2:
        q = qs[0]
        noun = raw.strip().split()[0] if q.kind == "count" else ""
        noun = "" if noun.lower() in ("count", "per", "a", "an", "each") else noun
        return q.kind, q.unit, noun, q.per
    return (*got, "")


def _plain_unit(raw: str) -> tuple[str, str, str] | None:
    text = raw.strip()
    if not text:
        return None
    low = text.lower()
    if low in ("year", "calendar year", "calendar-year"):
        return "year", "", ""
    if low in ("%", "percent", "per cent", "percentage"):
        return "percent", "percent", ""
    if text in CURRENCY_PREFIX:
        return "money", CURRENCY_PREFIX[text], ""
    if text.upper() in CURRENCY_PREFIX.values() and len(text) == 3:
        return "money", text.upper(), ""
    if low in CURRENCY_WORDS and low not in ("pound", "pounds"):
        code = CURRENCY_WORDS[low]
        if "_" not in code:
            return "money", code, ""
    t = table()
    u = t.surfaces.get(low) or t.symbols.get(text) or t.by_name.get(text)
    if u is not None:
        if u.kind == "money":
            return "money", u.name, ""
        return u.kind, u.name, ""
    return "count", "", text


def _value(loader: yaml.SafeLoader, node: yaml.Node, key: str, problems: _Problems
           ) -> tuple[tuple[float | None, float | None, str, str, str, str], str] | None:
    """A value, min or max -> ((low, high, kind, unit, per, counted noun), text as written)."""
    if not isinstance(node, yaml.ScalarNode):
        problems.add(node, f"'{key}' must be a number or a string such as '500,000' or "
                           f"'$15 billion', not a {_node_kind(node)}")
        return None
    val = _scalar(loader, node)
    if isinstance(val, bool) or val is None:
        problems.add(node, f"'{key}' must be a number, not {val!r}")
        return None
    if isinstance(val, (int, float)):
        if not math.isfinite(val):
            problems.add(node, f"'{key}' must be a finite number")
            return None
        return (float(val), float(val), "count", "", "", ""), _plain(val)
    text = str(val).strip()
    qs = [q for q in read_quantities(text) if q.kind not in ("ordinal",)]
    if not qs and re.fullmatch(r"[-+]?[\d.,]+[eE][-+]?\d+|\d{300,}", text):
        problems.add(node, f"cannot read '{key}: {text}': no number that large can be held")
        return None
    if len(qs) != 1:
        problems.add(node, f"cannot read '{key}: {text}' as one number"
                           + (" (it holds several)" if qs else "")
                           + "; write it as 500000, '500,000', 'half a million' or '$15 billion'")
        return None
    q = qs[0]
    if q.kind in ("time", "date"):
        problems.add(node, f"'{key}: {text}' reads as a {q.kind}, not an amount")
        return None
    noun, unread = _unread(text, q)
    per_noun = _NOUN_PER.fullmatch(noun) if noun and not q.per else None
    if per_noun is not None:  # `value: 2.38 people per household`, `1800 passengers a day`
        noun, q = per_noun.group(1), replace(q, per=singular(per_noun.group(2) or
                                                             per_noun.group(3).lower()))
    m = _PER_TAIL.fullmatch(text[q.end:].strip().rstrip("."))
    if unread and m is not None and not q.per:
        # `value: $250,000 per hostage`: a rate per the thing named
        q = replace(q, per=m.group(1).lower().rstrip("s") or m.group(1).lower())
        noun, unread = "", ""
    if unread:
        problems.add(node, f"cannot read '{key}: {text}': {unread}")
        return None
    if q.qualifier in ("about", "vague"):
        hint = "`tolerance: 10%`" if q.qualifier == "about" else "`min:` and `max:`"
        problems.add(node, f"'{key}: {text}' is not exact ('{q.text}'): write the number "
                           + (f"alone and its spread as {hint}" if key == "value" else
                              "alone"))
        return None
    low, high = q.low, q.high
    if key == "min" and low is None or key == "max" and high is None:
        problems.add(node, f"'{key}: {text}' reads as {describe_interval(low, high, '', 'count')}"
                           f", which gives no {'lower' if key == 'min' else 'upper'} bound")
        return None
    if q.qualifier == "precision":
        low = high = q.value  # the rule's own number is exact; tolerance widens it
    return (low, high, q.kind, q.unit, q.per, noun), text


_NOUN_PER = re.compile(r"(?i)([^\W\d_]+)\s+(?:(?:per|for\s+each|for\s+every)\s+([^\W\d_]+)|"
                       r"(?:a|an|each|every)\s+(hour|day|night|week|month|quarter|year))")


def singular(w: str) -> str:
    """A plain noun's singular, lower-case: "households" -> "household", not "glass"."""
    w = w.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


_PER_TAIL = re.compile(r"(?i)(?:per|a|an|each|for\s+each)\s+([^\W\d_]+)")
_SCALE_LIKE = re.compile(r"(?i)\b(?:\w*illions?|thousands?|hundreds?|lakhs?|crores?|dozens?)\b")


def _unread(text: str, q: Quantity) -> tuple[str, str]:
    """The text of a rule's value around the one number read in it -> (the counted noun it
    ends with, or "", why it cannot be used, or ""). Nothing a user writes in a value is
    dropped: '3 gazillion', '1e400' and '10 trillion trillion' are errors, not 3, 400, 1e13."""
    before, after = text[:q.start].strip(), text[q.end:].strip().rstrip(".")
    if before:
        return "", f"'{before}' before '{q.text}' is not part of the number"
    if not after:
        return "", ""
    if _SCALE_LIKE.search(after):
        return "", (f"'{after}' after '{q.text}' is not read (the scale words are thousand, "
                    "million, billion, trillion, and the abbreviations k, m, bn, tn)")
    near = near_unit(after)
    if near:
        return "", f"'{after}' is not a known unit (did you mean '{near}'?)"
    if re.match(r"(?i)(?:per|an?|each)\s", after):
        return "", (f"'{after}' after '{q.text}' is not read as a rate (rates are per a unit "
                    "of time or measure, or per person, share, head ...): write the amount "
                    f"alone and put '{after}' in `keywords` or `context`")
    if q.kind != "count" or not re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}", after):
        return "", f"'{after}' after '{q.text}' is not read"
    return after, ""  # `value: 48 people`: the counted noun, as if written in `unit:`


def _plain(v: float | int) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def _bad_tolerance(val: Any, tol: tuple[float, float] | None, kind: str,
                   value: float | None) -> str:
    """Why a tolerance that reads as a number cannot be meant, or ""."""
    if tol is None:
        return ""
    if isinstance(val, (int, float)) and val < 0 or str(val).strip()[:1] in ("-", "\u2212"):
        return "is negative: a tolerance widens the value both ways, write it without a sign"
    rel, absolute = tol
    if not math.isfinite(rel) or not math.isfinite(absolute):
        return "is not a finite number"
    if rel >= 1:
        return ("is 100% or more, so the fact accepts any number down to zero: "
                "give `min:` and `max:` instead")
    if rel and kind == "year":
        return "is a percentage of a calendar year: write it in years (tolerance: 1)"
    if kind in ("count", "money") and value is not None and 0 < value < absolute:
        return (f"is larger than the value ({fmt_number(value)}), so the fact accepts any "
                "number down to zero: give `min:` and `max:` instead")
    return ""


def _tolerance(val: Any, kind: str, unit: str) -> tuple[float, float] | None:
    """-> (relative, absolute in the fact's unit)."""
    if isinstance(val, (int, float)):
        return (0.0, abs(float(val))) if math.isfinite(val) else None
    text = str(val).strip()
    if text.endswith("%"):
        try:
            return (abs(float(text[:-1].strip())) / 100, 0.0)
        except ValueError:
            return None
    try:
        return (0.0, abs(float(text.replace(",", ""))))
    except ValueError:
        pass
    qs = read_quantities(text)
    if len(qs) != 1 or qs[0].low is None:
        return None
    q = qs[0]
    if _unread(text, q)[1] or q.qualifier not in ("", "precision"):
        return None
    if q.kind == "percent":
        return (abs(q.value) / 100, 0.0)
    amount = q.value
    if q.kind != "count" and kind not in ("count", "year"):
        u1, u2 = lookup(q.unit, q.kind), lookup(unit, kind)
        if u1 is None or u2 is None or not u1.convertible(u2) or u1.factor is None \
                or u2.factor is None:
            return None
        amount = amount * u1.factor / u2.factor  # a difference: no offset ("1 °C" is 1 K)
    return (0.0, abs(amount))


def rule_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and folders (every *.yaml / *.yml below a folder, sorted)."""
    out: list[Path] = []
    seen: set[str] = set()  # a file named twice (`rules/` and `rules/a.yaml`) is read once
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(x for x in path.rglob("*") if x.suffix.lower() in
                           (".yaml", ".yml") and x.is_file())
        else:
            found = [path]
        for x in found:
            real = os.path.realpath(x)
            if real not in seen:
                seen.add(real)
                out.append(x)
    return out


def load_rules(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
               root: str | os.PathLike[str] | None = None) -> list[Fact]:
    """Load every rule file under `paths`. Raises RuleError on the first file with problems,
    or on an id used in two files."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    facts: list[Fact] = []
    seen: dict[str, Fact] = {}
    for f in rule_files(paths):
        shown = _display(f, root)
        if not f.exists():
            where = (f" (looked up from {Path.cwd()})" if not f.is_absolute() else
                     f" (looked for at {f})" if shown != f.as_posix() else "")
            raise RuleError(shown, 0, f"rule file or folder not found{where}")
        loaded = load_file(f, shown)
        for fact in loaded:
            if fact.id in seen:
                raise RuleError(shown, fact.source.line,
                                f"duplicate id '{fact.id}' (first in {seen[fact.id].source})")
            seen[fact.id] = fact
        facts.extend(loaded)
    save_forms()  # the keyword forms looked up, for the next process
    return facts


def _display(path: Path, root: str | os.PathLike[str] | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()
