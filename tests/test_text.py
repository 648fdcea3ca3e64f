"""Articles to visible text and sentences, with line and column kept."""

from __future__ import annotations

import pytest

from factcheck.text import document, split_sentences


def sentences(text: str, suffix: str = ".txt") -> list[str]:
    return [s.text for s in split_sentences(document(text, suffix))]


@pytest.mark.parametrize("text", [
    "The U.S. State Department said 48 people were seized.",
    "Dr. Najmaldin Karim said so at 6 a.m. local time.",
    "On Jun. 12, 2014 the city had 1.6 million residents.",
    "Gen. Mohammed al-Quraishi and Sen. Lindsey Graham spoke.",
])
def test_boundaries_survive_abbreviations_dates_and_decimals(text: str) -> None:
    """'U.S.', 'Dr.', 'a.m.', dates and decimals do not end a sentence."""
    assert sentences(text) == [text]


def test_full_stops_quotes_and_headings_end_sentences() -> None:
    """A full stop before a capital, a closing quote, and a heading line each end one."""
    text = 'Half a million fled\nIt was "urgent." Officials said more. Then it ended!'
    assert sentences(text) == ["Half a million fled", 'It was "urgent."', "Officials said more.",
                               "Then it ended!"]


def test_a_units_last_letter_is_no_initial() -> None:
    """"112 km/h." and "a 5h." end a sentence; "George W. Bush" does not."""
    assert sentences("It reached 112 km/h. Nine carriages derailed. George W. Bush spoke.") == \
        ["It reached 112 km/h.", "Nine carriages derailed.", "George W. Bush spoke."]


def test_wrapped_lines_join_into_one_sentence() -> None:
    """A line wrapped mid-sentence continues on the next line."""
    assert sentences("More than 500,000 people\nhave fled the city.") == \
        ["More than 500,000 people have fled the city."]


def test_line_and_column_of_each_sentence() -> None:
    """Each sentence knows the line and column of its first character."""
    doc = document("Intro.\n\n  Second line here. Third one.\n")
    got = [(s.line, s.column) for s in split_sentences(doc)]
    assert got == [(1, 1), (3, 3), (3, 21)]


def test_markdown_markup_is_blanked_list_items_and_rows_are_sentences() -> None:
    """Markdown emphasis, links and table pipes vanish; list items and rows stand alone."""
    md = ("# Title\n\n* **Displaced:** 500,000 people\n* [Hostages](http://x): 48\n\n"
          "| City | km |\n|---|---|\n| Baiji | 250 km |\n")
    assert sentences(md, ".md") == ["Title", "Displaced: 500,000 people", "Hostages : 48",
                                    "City km", "Baiji 250 km"]


def test_html_visible_text_only() -> None:
    """Scripts, styles and tags are dropped, entities decoded, offsets kept."""
    html = ("<html><head><style>p{}</style><script>var n = 48;</script></head><body>"
            "<h1>Mosul</h1><p>About 500,000 people fled &amp; more &#8212; many.</p></body></html>")
    doc = document(html, ".html")
    assert len(doc.text) == len(html)
    assert sentences(html, ".html") == ["Mosul", "About 500,000 people fled & more — many."]


def test_crlf_and_bom_free_positions() -> None:
    """CRLF line ends count as one line break."""
    doc = document("One.\r\nTwo 48.\r\n")
    assert [(s.text, s.line) for s in split_sentences(doc)] == [("One.", 1), ("Two 48.", 2)]
