"""Properties over arbitrary input: nothing raises, spans map back, forms read back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import read_quantities

RULES = factcheck.load_string("""\
facts:
  - id: displaced
    value: 500000
    tolerance: 10%
    keywords: [fled, displaced]
  - id: aid
    value: $15 billion
    keywords: [aid]
  - id: distance
    value: 200 km
    keywords: [Baiji, '/north(ern)?/']
""")

WORDS = ["fled", "aid", "Baiji", "more", "than", "about", "half", "a", "million", "$", "15",
         "bn", "km", "miles", "U.S.", "Dr.", "48", "forty-eight", "-", "to", "between", "and",
         "2003", "in", "1,700", "%", "nearly", ".", ",", "\n", "people", "17-minute", "½", "٣"]


@given(st.text())
def test_reader_never_raises_and_spans_map_back(text: str) -> None:
    """Any text: read_quantities returns quantities whose text is input[start:end]."""
    for q in read_quantities(text):
        assert text[q.start:q.end] == q.text
        assert q.low is None or q.high is None or q.low <= q.high


GRAMMAR = ["one", "two", "three", "ten", "fifteen", "twenty", "ninety", "hundred",
           "thousand", "million", "lakh", "crore", "and", "a", "an", "half", "quarter",
           "quarters", "third", "fifth", "fifths", "tenth", "sixteenth", "firsts", "dozen",
           "over", "out of", "in", "per", "percent", "of", "minus", "more than", "about", "to",
           "-", "–", "$", "€", "km", "hours", "minute", "s", "a day", "a year", "earlier",
           "1", "17", "48", "1,700", "500,000", "1.6", "3/4", "½", "^", "^2", "^-1", "1e5",
           "1e999", ":", "2:01:09", "16:45", "-long", "-odd", "-plus", "bn", "m", "M", "G",
           "b", "k", "people", "individuals", ",", ".", "(", ")", "%", "/", "times", "dollars",
           "cents", "USD", "satoshis", "₿", "500.000", "x10^6", "or", "greater", "how"]
SEPARATORS = [" ", " ", "-", "", ", "]


def _within_two_seconds(fn, *args):  # type: ignore[no-untyped-def]
    """Call fn; fail (not hang) if it runs past two seconds."""
    import signal

    def stop(*_: object) -> None:
        raise TimeoutError("read_quantities ran past 2 s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, 2.0)
    try:
        return fn(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@given(st.lists(st.tuples(st.sampled_from(GRAMMAR), st.sampled_from(SEPARATORS)),
                min_size=1, max_size=10).map(lambda xs: "".join(w + s for w, s in xs)))
def test_reader_ends_on_any_run_of_number_words(text: str) -> None:
    """Number words, digits, units and signs in any order: the reader ends (one run of the
    candidate loop took "one" of "one sixth" again and again), never raises ("1e999"),
    and gives finite, ordered quantities whose text is input[start:end]."""
    qs = _within_two_seconds(read_quantities, text)
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert all(x is None or abs(x) < float("inf") for x in (q.low, q.high, q.value))
        assert q.low is None or q.high is None or q.low <= q.high


@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_engine_never_raises_on_number_heavy_text(text: str) -> None:
    """Sentences dense with keywords and numbers: verdicts, spans inside the article."""
    for v in factcheck.check_text(text, RULES):
        for m in v.mentions:
            assert 0 <= m.quantity.start < m.quantity.end <= len(text)
            assert text[m.quantity.start:m.quantity.end] == m.quantity.text


@given(st.text(), st.sampled_from([".txt", ".md", ".html"]))
def test_engine_never_raises_on_any_text(text: str, suffix: str) -> None:
    """Arbitrary text in any article format never raises."""
    factcheck.check_text(text, RULES, suffix=suffix)


ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English words for 1 <= n < 1,000,000."""
    def below_1000(k: int) -> str:
        out = []
        if k >= 100:
            out.append(ONES[k // 100] + " hundred")
            k %= 100
        if 10 <= k < 20:
            out.append(TEENS[k - 10])
        elif k >= 20:
            out.append(TENS[k // 10] + ("-" + ONES[k % 10] if k % 10 else ""))
        elif k:
            out.append(ONES[k])
        return " ".join(out)
    if n >= 1000:
        rest = below_1000(n % 1000)
        return below_1000(n // 1000) + " thousand" + (" " + rest if rest else "")
    return below_1000(n)


def read_one(text: str):
    qs = read_quantities(text)
    assert len(qs) == 1, (text, qs)
    return qs[0]


@settings(max_examples=10_000)
@given(st.integers(min_value=1, max_value=999_999))
def test_integers_read_back_in_every_form(n: int) -> None:
    """10,000 counts written as digits, with separators, in words ("seventeen hundred" too),
    or as money read back."""
    assert read_one(f"{n} people").value == n
    assert read_one(f"{n:,} people").value == n
    assert read_one(f"{words(n)} people").value == n
    if 1100 <= n <= 9900 and n % 100 == 0 and (n // 100) % 10:
        assert read_one(f"{words(n // 100)} hundred people").value == n
    q = read_one(f"${n:,} in aid")
    assert (q.value, q.unit, q.kind) == (n, "USD", "money")


@settings(max_examples=10_000)
@given(st.integers(min_value=1, max_value=999), st.sampled_from([
    ("million", 1e6), ("billion", 1e9), ("bn", 1e9), ("trillion", 1e12)]),
    st.integers(min_value=0, max_value=9))
def test_scaled_amounts_read_back(n: int, scale: tuple[str, float], tenth: int) -> None:
    """'1.6 million', '$15bn': the value, and an interval within the last digit written."""
    word, mult = scale
    sep = "" if word == "bn" else " "
    q = read_one(f"${n}.{tenth}{sep}{word} in aid")
    assert q.value == pytest.approx((n + tenth / 10) * mult)
    assert q.low == pytest.approx((n + tenth / 10 - 0.05) * mult)
    assert q.kind == "money"


PIECES = ["fled", "Mosul", "48", "people", ".", "!", "?", ":", ";", "\n", "\n\n", " \n",
          "U.S.", "Dr.", "said", "the", "a", "\"", "”", "lower", "Upper", "3.5", "June 12, 2014"]


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=80).map(" ".join),
       st.sampled_from([".txt", ".md"]))
def test_sentences_of_stretches_are_sentences_of_the_whole(text: str, suffix: str) -> None:
    """Splitting only the stretches around hits gives the same sentences as splitting the
    whole article (the engine relies on it for long articles)."""
    from factcheck.engine import _regions
    from factcheck.text import document, split_sentences

    doc = document(text * 30, suffix)  # long enough for stretches to be used
    whole = {(s.start, s.end, s.text) for s in split_sentences(doc)}
    positions = list(range(0, len(doc.text), 97))
    for a, b in _regions(doc.text, positions):
        for s in split_sentences(doc, a, b):
            assert (s.start, s.end, s.text) in whole
