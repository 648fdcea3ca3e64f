"""The forms of a keyword, from simplemma's English lemma dictionary (it ships inside the
package; nothing is downloaded): `flee` finds "fled", "flees" and "fleeing"; `employee`
finds "employees"; `train` finds "training". Only a word written as its own lemma is
expanded ("voted" does not find "vote", whose forms are also a noun's). Loaded once per
process (about 0.6 s of CPU), on the first rule with a word not yet looked up: the forms
found are kept in a small store (`lemma-forms-simplemma-<version>.json` under
$FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck or ~/.cache/factcheck), so that a
process whose rules hold no new word (every xdist worker, every CI shard after the first
run) never loads the dictionary. `=word` is the exact word."""

from __future__ import annotations

import atexit
import functools
import json
import os
import tempfile
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path


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
    kept = _stored().get(word)
    if kept is not None:
        return tuple(kept)
    got = _lookup(word)
    if not _new:
        atexit.register(save)
    _new[word] = got
    return got


def _lookup(word: str) -> tuple[str, ...]:
    raw, inverse = _dictionary()
    key = word.encode()
    lemma = raw.get(key)
    if lemma is not None and lemma.lower() != key:
        return ()  # "voted", "held", "lives": taken as written
    got = {f.decode().lower() for f in inverse.get(key, ())}
    return tuple(sorted(f for f in got if f.isalpha() and f != word))


_new: dict[str, tuple[str, ...]] = {}  # looked up in the dictionary, not yet stored


def _store() -> Path | None:
    try:
        version = metadata.version("simplemma")
    except metadata.PackageNotFoundError:
        return None
    base = os.environ.get("FACTCHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "factcheck")
    return Path(base) / f"lemma-forms-simplemma-{version}.json"


def _read(path: Path) -> dict[str, list[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {w: f for w, f in data.items() if isinstance(w, str) and isinstance(f, list)
            and all(isinstance(x, str) for x in f)}


@functools.lru_cache(maxsize=1)
def _stored() -> dict[str, list[str]]:
    """word -> its forms, as stored by earlier processes."""
    path = _store()
    return _read(path) if path is not None else {}


def save() -> None:
    """Add the words looked up since the last save to the store (atomically; a store that
    cannot be written only costs time)."""
    path = _store()
    if not _new or path is None:
        return
    merged = {**_read(path), **{w: list(f) for w, f in _new.items()}}
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lemma-forms-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(merged, fh, separators=(",", ":"), sort_keys=True)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return
    _stored().update(merged)
    _new.clear()
