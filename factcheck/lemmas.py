"""The forms of a keyword, from simplemma's English lemma dictionary (it ships inside the
package; nothing is downloaded): `flee` finds "fled", "flees" and "fleeing"; `employee`
finds "employees"; `train` finds "training". Only a word written as its own lemma is
expanded ("voted" does not find "vote", whose forms are also a noun's). Loaded once per
process (about 0.5 s), on the first rule with a plain word. `=word` is the exact word."""

from __future__ import annotations

import functools
from collections.abc import Mapping


@functools.lru_cache(maxsize=1)
def _dictionary() -> tuple[Mapping[bytes, bytes], dict[bytes, list[bytes]]]:
    """form -> lemma, and lemma -> its other forms, as simplemma stores them (UTF-8)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    d = DefaultDictionaryFactory().get_dictionary("en")
    raw = getattr(d, "_dict", None)  # the bytes mapping behind it: 10x faster to walk
    if not isinstance(raw, dict):
        raw = {k.encode(): v.encode() for k, v in d.items()}
    inverse: dict[bytes, list[bytes]] = {}
    for form, lemma in raw.items():
        if form != lemma and form[:1] == lemma[:1]:
            inverse.setdefault(lemma, []).append(form)
    return raw, inverse


@functools.lru_cache(maxsize=65536)
def forms(word: str) -> tuple[str, ...]:
    """The inflected forms of a lower-case word written as its lemma ("fled" for "flee",
    "employees" for "employee"); () for an inflected word or anything but a plain word."""
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return ()
    raw, inverse = _dictionary()
    key = word.encode()
    lemma = raw.get(key)
    if lemma is not None and lemma.lower() != key:
        return ()  # "voted", "held", "lives": taken as written
    got = {f.decode().lower() for f in inverse.get(key, ())}
    return tuple(sorted(f for f in got if f.isalpha() and f != word))
