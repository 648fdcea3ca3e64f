"""Article -> visible text -> sentences, each with its line and column in the article.

Markup (Markdown, HTML) is masked with spaces rather than removed, so every offset in the
visible text is the offset of the same character in the file: line and column come free.
Knows nothing about facts or numbers.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError

MAX_ARTICLE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # the sentence as visible text, white space folded
    line: int  # 1-based, of its first character in the article
    column: int  # 1-based
    start: int  # offsets into the visible text (= into the decoded article)
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Document:
    """An article's visible text with what is needed to place offsets in the file."""

    text: str
    line_starts: tuple[int, ...]
    breaks: frozenset[int] = frozenset()  # offsets where a block (list item, row, cell) starts
    raw: str = ""  # the article as written (markup and comments included)
    wrap: int = 0  # the width its paragraphs are hard-wrapped at, 0 if they are not

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1


def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    for m in re.finditer(r"\r\n|\r|\n", text):
        starts.append(m.end())
    return tuple(starts)


def lower_same_length(text: str, chunk: int = 1 << 18) -> str:
    """text.lower() with every offset kept: characters whose lower case is longer ("İ") stay
    as they are. Long texts are lowered in pieces, because CPython's str.lower() holds a
    buffer of 12 bytes per character of non-ASCII text while it works."""
    if len(text) <= chunk:
        low = text.lower()
    else:
        low = "".join(text[i:i + chunk].lower() for i in range(0, len(text), chunk))
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def read_article(path: str | Path) -> str:
    """The article's text. Raises ArticleError for binary, non-UTF-8 or unreadable files."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(str(path), f"article is larger than {MAX_ARTICLE_BYTES // 2**20} MiB")
        with p.open("rb") as fh:
            data = fh.read()
    except ArticleError:
        raise
    except FileNotFoundError:
        raise ArticleError(str(path), "article vanished before it could be read") from None
    except PermissionError:
        raise ArticleError(str(path), "permission denied: cannot read the article") from None
    except OSError as exc:
        raise ArticleError(str(path), f"cannot read the article: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(str(path), "binary file (NUL bytes), not a text article")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(str(path), "starts with a UTF-16 byte-order mark but is not "
                                          "valid UTF-16") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ArticleError(
            str(path),
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line} "
            "(save it as UTF-8)") from None


# -- visible text --------------------------------------------------------------------------

def _blank(m: re.Match[str]) -> str:
    return re.sub(r"[^\r\n]", " ", m.group())


_MD_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t]|$)|[ \t]+#+[ \t]*$", re.M)
_MD_LIST = re.compile(r"^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]+", re.M)
_MD_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
_MD_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$", re.M)
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|_|`+|~~)(?=\S)(.+?)(?<=\S)\1", re.S)
_MD_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_MD_HRULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)


def markdown_visible(text: str) -> tuple[str, frozenset[int]]:
    """Markdown with its markup blanked out; block starts (list items, rows, cells) noted."""
    breaks: set[int] = set()
    out = _MD_FENCE.sub(_blank, text)
    out = _MD_COMMENT.sub(_blank, out)
    out = _MD_TABLE_SEP.sub(_blank, out)
    out = _MD_HRULE.sub(_blank, out)
    for m in _MD_HEADING.finditer(out):
        breaks.add(m.start())
    out = _MD_HEADING.sub(_blank, out)
    for m in _MD_LIST.finditer(out):
        breaks.add(m.start())
    out = _MD_LIST.sub(_blank, out)
    out = _MD_QUOTE.sub(_blank, out)
    out = _MD_IMAGE.sub(lambda m: " " * 2 + m.group(1) + " " * (len(m.group()) - 2 - len(m.group(1))), out)
    out = _MD_LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group()) - 1 - len(m.group(1))), out)
    for _ in range(2):
        out = _MD_EMPH.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), out)
    out = _MD_HTML_TAG.sub(_blank, out)
    # table rows: each row a sentence; cells joined by spaces
    chars = list(out)
    for m in re.finditer(r"^[ \t]*\|.*$", out, re.M):
        breaks.add(m.start())
        for i in range(m.start(), m.end()):
            if chars[i] == "|" and (i == 0 or chars[i - 1] != "\\"):
                chars[i] = " "
    return "".join(chars), frozenset(breaks)


_HTML_DROP = re.compile(r"<(script|style|noscript|template|head|svg)\b.*?</\1\s*>|<!--.*?-->|"
                        r"<!\[CDATA\[.*?\]\]>|<![^>]*>|<\?.*?\?>", re.I | re.S)
_HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.S)
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# tags that start a block (a sentence never runs across them); the cells of a table row and
# a term's definition (<td>, <th>, <dd>) are not: "<td>Hostages</td><td>48</td>" is one line
_BLOCK_TAGS = frozenset("""p div br li tr h1 h2 h3 h4 h5 h6 ul ol table section article
header footer blockquote pre dt figcaption caption hr title nav aside main form option""".split())


# page furniture, not the article: site navigation and footers, tickers, related links
_FURNITURE_OPEN = re.compile(
    r"<(nav|footer)\b[^>]*>|<(div|section|aside|ul|ol|p|span)\b[^>]*\b(?:class|id)\s*=\s*[\"']"
    r"[^\"']*\b(?:ticker|related|sidebar|promo|breadcrumbs?|newsletter|trending|most-read|"
    r"share|advert|ad-slot|cookie|site-nav|menu|masthead)\b[^\"']*[\"'][^>]*>|"
    r"<(aside)\b[^>]*>(?=\s*<h[1-6][^>]*>\s*(?:Related|More|Read more|Most read|Popular|"
    r"Trending|Latest|Newsletter)\b)", re.I)


def _drop_furniture(text: str) -> str:
    """`text` with each furniture element blanked (its nested elements of the same name
    counted, so the right closing tag ends it)."""
    out = text
    pos = 0
    while True:
        m = _FURNITURE_OPEN.search(out, pos)
        if m is None:
            return out
        name = (m.group(1) or m.group(2) or m.group(3)).lower()
        tags = re.compile(rf"<(/?){name}\b[^>]*>", re.I)
        depth, end = 1, len(out)
        for t in tags.finditer(out, m.end()):
            depth += -1 if t.group(1) else 1
            if depth == 0:
                end = t.end()
                break
        out = out[:m.start()] + _BLANKS.sub(" ", out[m.start():end]) + out[end:]
        pos = end


_BLANKS = re.compile(r"[^\n]")


def html_visible(text: str) -> tuple[str, frozenset[int]]:
    """HTML's visible text: scripts, styles, comments, page furniture (navigation, footers,
    tickers, related links) and tags blanked, entities decoded."""
    breaks: set[int] = set()
    out = _HTML_DROP.sub(_blank, text)
    if _FURNITURE_OPEN.search(out):
        out = _drop_furniture(out)

    def tag(m: re.Match[str]) -> str:
        blank = _blank(m)
        if m.group(1).lower() in _BLOCK_TAGS and not m.group().startswith("</dt"):
            breaks.add(m.start())
            if "\n" not in blank:
                return "\n" + blank[1:]
        return blank

    out = _HTML_TAG.sub(tag, out)

    def entity(m: re.Match[str]) -> str:
        ch = html.unescape(m.group())
        if ch == m.group() or len(ch) > len(m.group()):
            return m.group()
        ch = ch.replace("\u00a0", " ")
        return " " * (len(m.group()) - len(ch)) + ch

    out = _HTML_ENTITY.sub(entity, out)
    return out, frozenset(breaks)


def document(text: str, suffix: str = ".txt") -> Document:
    """The visible text of an article's text, by its file suffix."""
    s = suffix.lower()
    if s in (".md", ".markdown"):
        vis, breaks = markdown_visible(text)
    elif s in (".html", ".htm", ".xhtml"):
        vis, breaks = html_visible(text)
    else:
        vis, breaks = text, frozenset()
    assert len(vis) == len(text)
    starts = _line_starts(text)
    return Document(vis, starts, breaks, text, _wrap_width(vis, starts))


# -- sentences -----------------------------------------------------------------------------

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen sen rep gov lt col capt sgt st jr sr inc corp co ltd vs etc no nos
jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev adm maj cmdr supt pres est approx
dept univ assn bros ave blvd rd fig figs vol vols pp ed eds al op cf ca gov't mssrs messrs
sen rep hon atty insp det cpl pvt gens adm brig
""".split())

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+[\"'“‘(\[]*(?=[A-Z0-9\u00C0-\u024F])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’-]*)\.$")
_NEWLINES = re.compile(r"\r\n|\r|\n")
_WS = re.compile(r"\s+")
_ODD_WS = re.compile(r"[^\S ]| {2}")  # whitespace other than single spaces


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the `.` at `dot` part of an abbreviation such as U.S., Dr., a.m. or an initial?"""
    m = _WORD_BEFORE.search(text, max(0, dot - 24), dot + 1)
    if not m:
        return False
    word = m.group(1)
    core = word.rstrip(".").lower()
    if "." in word.rstrip("."):
        return True  # U.S., a.m., e.g., U.N.
    if len(core) == 1:
        # initials: "George W. Bush"; not a unit's last letter ("112 km/h.", "a 5h.")
        return not (m.start(1) > 0 and (text[m.start(1) - 1] == "/" or
                                         text[m.start(1) - 1].isdigit()))
    return core in ABBREVIATIONS


_BLOCK_MARKS = frozenset("-*•#|>+")


def _wrap_width(text: str, line_starts: tuple[int, ...]) -> int:
    """The width a hard-wrapped text is wrapped at (the commonest length of its long lines),
    or 0 when its paragraphs are not wrapped (most lines are not near one width)."""
    ends = [*line_starts[1:], len(text) + 1]
    lens = [n for n in (len(text[a:b - 1].rstrip("\r")) for a, b in zip(line_starts, ends))
            if n >= 40]
    if len(lens) < 4:
        return 0
    lens.sort()
    width = lens[int(len(lens) * 0.9)]
    near = sum(1 for x in lens if 0.8 * width <= x <= width)
    return width if width <= 120 and near >= 0.6 * len(lens) else 0


def split_sentences(doc: Document, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of the visible text: at . ! ? before a capital, and at line breaks that end a
    line (a heading, a list item) rather than wrap one."""
    text = doc.text
    end = len(text) if end is None else end
    # line-level blocks first
    pieces: list[tuple[int, int]] = []
    block_start = start
    wrap = doc.wrap
    for m in _NEWLINES.finditer(text, start, end):
        nxt = m.end()
        # a wrapped line continues when the next line starts in lower case and no block starts
        rest = text[nxt:nxt + 200]
        stripped = rest.lstrip(" \t")
        cont = False
        if nxt not in doc.breaks and \
                not any(b in doc.breaks for b in range(nxt, nxt + len(rest) - len(stripped) + 1)):
            j = m.start()  # the last visible character before the line break
            while j > block_start and text[j - 1].isspace():
                j -= 1
            if j > block_start and text[j - 1] not in ".!?:;\"”":
                if stripped[:1].islower():
                    cont = True
                elif wrap and stripped[:1] and stripped[:1] not in _BLOCK_MARKS and \
                        stripped[:1] not in "\r\n":
                    # a hard-wrapped paragraph: a full line runs on into the next ("...
                    # were the Kell Islands\n(41.7% Yes), Harth (44.1%)")
                    ls = text.rfind("\n", 0, j) + 1
                    line = text[ls:j]
                    cont = len(line) >= 0.8 * wrap and "  " not in line.strip() and \
                        "\t" not in line
        if not cont:
            pieces.append((block_start, m.start()))
            block_start = nxt
    pieces.append((block_start, end))
    # break blocks at markers inside a line (HTML block tags on one line)
    out: list[Sentence] = []
    breaks = sorted(doc.breaks)
    for a, b in pieces:
        sub_starts = breaks[bisect.bisect_right(breaks, a):bisect.bisect_left(breaks, b)]
        bounds = [a, *sub_starts, b]
        for i in range(len(bounds) - 1):
            _split_block(doc, bounds[i], bounds[i + 1], out)
    return out


def _split_block(doc: Document, a: int, b: int, out: list[Sentence]) -> None:
    text = doc.text
    s = a
    for m in _BOUNDARY.finditer(text, a, b):
        nm = _NEXT_START.match(text, m.end(), b)
        if not nm:
            continue
        last = m.group().rstrip("\"'”’)]")
        if last.endswith(".") and _is_abbreviation(text, m.start() + len(last) - 1):
            continue
        _emit(doc, s, m.end(), out)
        s = m.end()
    _emit(doc, s, b, out)


def _emit(doc: Document, a: int, b: int, out: list[Sentence]) -> None:
    text = doc.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a >= b:
        return
    line, col = doc.position(a)
    seg = text[a:b]
    if _ODD_WS.search(seg):
        seg = _WS.sub(" ", seg)
    out.append(Sentence(seg, line, col, a, b))


# -- lists and their lead-in lines ------------------------------------------------------------

_ITEM_MARK = re.compile(r"[ \t]*(?:[-*+•·–—▪]\s|\d{1,3}[.)]\s|\|)")
_HEADING_MARK = re.compile(r"[ \t]*(?:#{1,6}\s|<h[1-6]\b)", re.I)
_MAX_ITEMS = 200


def _line_span(doc: Document, i: int) -> tuple[int, int]:
    a = doc.line_starts[i]
    b = doc.line_starts[i + 1] if i + 1 < len(doc.line_starts) else len(doc.text)
    return a, b


def _is_item(doc: Document, i: int) -> bool:
    a, b = _line_span(doc, i)
    raw = doc.raw or doc.text
    if _ITEM_MARK.match(raw, a, b):
        return True
    first = a + len(doc.text[a:b]) - len(doc.text[a:b].lstrip())
    return raw[a:b].lstrip()[:3].lower() in ("<li", "<tr", "<td") or (
        first in doc.breaks and bool(doc.raw) and raw[first:first + 1] in "-*+|")


def heading_over_terms(doc: Document, li: int) -> int:
    """For a line of an HTML definition list (<dt>/<dd>), the heading over the list ("<h2>The
    2011 blackout, for comparison</h2>"), or -1."""
    raw = doc.raw or doc.text
    a, b = _line_span(doc, li)
    if raw[a:b].lstrip()[:3].lower() not in ("<dt", "<dd"):
        return -1
    j = li - 1
    while j >= 0 and li - j <= _MAX_ITEMS:
        a, b = _line_span(doc, j)
        if doc.text[a:b].strip() and raw[a:b].lstrip()[:3].lower() not in ("<dt", "<dd"):
            return j if is_lead_in(doc, j) else -1
        j -= 1
    return -1


def is_lead_in(doc: Document, i: int) -> bool:
    """Line i introduces a list or table: it ends with a colon, or it is a heading."""
    a, b = _line_span(doc, i)
    vis = doc.text[a:b].strip()
    if not vis or len(vis) > 160 or _is_item(doc, i):
        return False
    return vis.endswith(":") or _HEADING_MARK.match(doc.raw or doc.text, a, b) is not None


def items_under(doc: Document, i: int) -> list[tuple[int, int]]:
    """The item lines (list items, table rows) that follow the lead-in line i, blank lines
    between them skipped, up to the first line that is neither."""
    out: list[tuple[int, int]] = []
    j = i + 1
    while j < len(doc.line_starts) and len(out) < _MAX_ITEMS:
        a, b = _line_span(doc, j)
        if not doc.text[a:b].strip():
            j += 1
            continue
        if not _is_item(doc, j):
            break
        out.append((a, b))
        j += 1
    return out


def _is_table_head(doc: Document, i: int) -> bool:
    """Line i is an HTML table's head ("<thead><tr><th>Meeting</th>..."): a row, like
    the rows under it."""
    a, b = _line_span(doc, i)
    return (doc.raw or doc.text)[a:b].lstrip()[:6].lower() == "<thead"


def lead_in_over(doc: Document, li: int, seen: dict[int, int] | None = None) -> int:
    """The lead-in line or heading over the list or table whose item is line li (blank
    lines between items passed over), or -1. `seen`: a cache, line -> answer, shared by
    the items of one document."""
    if not _is_item(doc, li):
        return -1
    walked = []
    j, got = li - 1, -1
    while j >= 0 and li - j <= _MAX_ITEMS:
        if seen is not None and j in seen:
            got = seen[j]
            break
        a, b = _line_span(doc, j)
        if doc.text[a:b].strip():
            if not _is_item(doc, j) and not _is_table_head(doc, j):
                got = j if is_lead_in(doc, j) else -1
                break
            walked.append(j)
        j -= 1
    if seen is not None:
        for x in (li, *walked):
            seen[x] = got
    return got


_MAX_ANSWER_LINES = 40


def answer_lines(doc: Document, i: int) -> list[tuple[int, int]]:
    """If line i is a heading that asks a question ("## How many people died?"), the prose
    lines of its section (up to the next heading; list items and table rows left out, their
    lead-in is the heading); else []."""
    a, b = _line_span(doc, i)
    if not doc.text[a:b].rstrip().endswith("?") or \
            _HEADING_MARK.match(doc.raw or doc.text, a, b) is None:
        return []
    out: list[tuple[int, int]] = []
    j = i + 1
    while j < len(doc.line_starts) and j - i <= _MAX_ANSWER_LINES:
        x, y = _line_span(doc, j)
        if _HEADING_MARK.match(doc.raw or doc.text, x, y):
            break
        if doc.text[x:y].strip() and not _is_item(doc, j):
            out.append((x + len(doc.text[x:y]) - len(doc.text[x:y].lstrip()), y))
        j += 1
    return out


def line_index(doc: Document, offset: int) -> int:
    return bisect.bisect_right(doc.line_starts, offset) - 1


# -- tables: a row's cells and the header over each ------------------------------------------

_MD_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}")
_HTML_CELL = re.compile(r"<t([dh])\b[^>]*>", re.I)
_HTML_CELL_END = re.compile(r"</t[dh]\s*>|<t[dh]\b|</tr\s*>", re.I)
_MAX_TABLE_LINES = 60


def _md_cells(raw: str, a: int, b: int) -> list[tuple[int, int]]:
    pipes = [i for i in range(a, b) if raw[i] == "|" and (i == a or raw[i - 1] != "\\")]
    return [(x + 1, y) for x, y in zip(pipes, pipes[1:])]


def _html_cells(raw: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    out = []
    for m in _HTML_CELL.finditer(raw, a, b):
        e = _HTML_CELL_END.search(raw, m.end(), b)
        out.append((m.end(), e.start() if e else b, m.group(1).lower() == "h"))
    return out


def table_columns(doc: Document, offset: int) -> tuple[list[tuple[int, int]], list[str]] | None:
    """For a table row (Markdown or one-line HTML) holding `offset`: its cells' spans and
    the header text over each cell; None when the line is no row under a header."""
    raw = doc.raw or doc.text
    li = line_index(doc, offset)
    a, b = _line_span(doc, li)
    line = raw[a:b]
    if line.lstrip().startswith("|"):
        cells = _md_cells(raw, a, b)
        j = li - 1
        while j >= 0 and li - j < _MAX_TABLE_LINES:
            x, y = _line_span(doc, j)
            if _MD_SEPARATOR.match(raw, x, y) and set(raw[x:y].strip()) <= set("|:- \t"):
                if j == 0:
                    return None
                hx, hy = _line_span(doc, j - 1)
                heads = [doc.text[c:d].strip() for c, d in _md_cells(raw, hx, hy)]
                return (cells, heads) if len(heads) == len(cells) else None
            if not raw[x:y].lstrip().startswith("|"):
                return None
            j -= 1
        return None
    if "<td" not in line.lower():
        return None
    hcells = _html_cells(raw, a, b)
    cells = [(c, d) for c, d, _ in hcells]
    j = li - 1
    while j >= 0 and li - j < _MAX_TABLE_LINES:
        x, y = _line_span(doc, j)
        low = raw[x:y].lower()
        if "<th" in low:
            heads = [doc.text[c:d].strip() for c, d, _ in _html_cells(raw, x, y)]
            return (cells, heads) if len(heads) == len(cells) else None
        if "<table" in low:
            return None
        j -= 1
    return None


def table_caption(doc: Document, offset: int) -> str:
    """For a table row holding `offset`: the visible text of the line just above its table
    (a heading or caption such as "Results (€ million)"), "" when none."""
    raw = doc.raw or doc.text
    li = line_index(doc, offset)
    j = li - 1
    while j >= 0 and li - j < _MAX_TABLE_LINES:  # up to the table's first line
        x, y = _line_span(doc, j)
        low = raw[x:y].lower()
        if "<table" in low or not (low.lstrip().startswith("|") or "<t" in low or
                                   "<th" in low or "</t" in low or not low.strip()):
            break
        j -= 1
    x, y = _line_span(doc, j) if j >= 0 else (0, 0)
    if "<table" in raw[x:y].lower():
        m = re.search(r"<caption\b[^>]*>", raw[x:min(len(raw), y + 400)], re.I)
        if m is not None:
            c = x + m.end()
            return doc.text[c:raw.find("<", c) if raw.find("<", c) > 0 else c].strip()
        j -= 1
    while j >= 0 and li - j < _MAX_TABLE_LINES + 3:
        x, y = _line_span(doc, j)
        got = doc.text[x:y].strip(" \t\r\n#*_")
        if got:
            return got if len(got) <= 80 else ""
        j -= 1
    return ""


def table_rows_under(doc: Document, li: int) -> list[tuple[int, int]]:
    """If line li is a table's header row, the rows below it; else []."""
    raw = doc.raw or doc.text
    a, b = _line_span(doc, li)
    rows: list[tuple[int, int]] = []
    if raw[a:b].lstrip().startswith("|"):
        if li + 1 >= len(doc.line_starts):
            return []
        x, y = _line_span(doc, li + 1)
        if not (_MD_SEPARATOR.match(raw, x, y) and set(raw[x:y].strip()) <= set("|:- \t")):
            return []
        j = li + 2
        while j < len(doc.line_starts) and len(rows) < _MAX_ITEMS:
            x, y = _line_span(doc, j)
            if not raw[x:y].lstrip().startswith("|"):
                break
            rows.append((x, y))
            j += 1
        return rows
    if "<th" not in raw[a:b].lower():
        return []
    j = li + 1
    while j < len(doc.line_starts) and len(rows) < _MAX_ITEMS:
        x, y = _line_span(doc, j)
        low = raw[x:y].lower()
        if "</table" in low or "<th" in low:
            break
        if "<td" in low:
            rows.append((x, y))
        j += 1
    return rows


_TERM_OPEN = re.compile(r"<dt\b[^>]*>", re.I)
_TERM_CLOSE = re.compile(r"</dt\s*>|<dd\b", re.I)
_COLON_LABEL = re.compile(r"[^\w\n]*([A-Z][^:\n.;!?]{0,60}?)[ \t]*:[ \t]+(?=\S)")


def line_label(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The span of the label that the figures of the sentence doc.text[start:end] are given
    under, when the sentence opens on one: a definition's term ("<dt>Deaths</dt><dd>212
    </dd>") or, opening its line, the words before a colon ("Seals and otters found oiled:
    146", "- Top markets abroad: China $41.2m, ..."); else None."""
    li = line_index(doc, start)
    a, b = _line_span(doc, li)
    raw = doc.raw or doc.text
    term = None
    for m in _TERM_OPEN.finditer(raw, a, min(b, start + 1)):
        term = m
    if term is not None and not doc.text[term.end():start].strip():
        e = _TERM_CLOSE.search(raw, term.end(), b)
        if e is not None and start < e.start():
            y = e.start()
            while y > start and doc.text[y - 1].isspace():
                y -= 1
            return (start, y)
    if doc.text[a:start].strip(" \t-*+•·–—▪#>"):
        return None  # not the first sentence of its line
    c = _COLON_LABEL.match(doc.text, start, end)
    return c.span(1) if c is not None else None


def term_span(doc: Document, i: int) -> tuple[int, int] | None:
    """The visible span of the definition term that line i opens on ("Offences recorded"
    in "<dt>Offences recorded</dt><dd>842,310</dd>"), or None."""
    raw = doc.raw
    a, b = _line_span(doc, i)
    if not raw or not raw[a:b].lstrip()[:3].lower() == "<dt":
        return None
    m = _TERM_OPEN.search(raw, a, b)
    e = _TERM_CLOSE.search(raw, m.end(), b) if m is not None else None
    if m is None or e is None:
        return None
    x, y = m.end(), e.start()
    while x < y and doc.text[x].isspace():
        x += 1
    while y > x and doc.text[y - 1].isspace():
        y -= 1
    return (x, y) if x < y else None


_ITEM_LABEL = re.compile(r"[\W_]*([A-Z][^:\n–—]{0,40}?)\s*(?::|\s[–—-])\s")


def item_label(doc: Document, offset: int) -> str:
    """The label of the list item starting at `offset` ("Halden" in "- Halden: Alliance
    61%", "Killed" in "<li>Killed: 47</li>"), or ""."""
    li = line_index(doc, offset)
    if not _is_item(doc, li):
        return ""
    a, b = _line_span(doc, li)
    m = _ITEM_LABEL.match(doc.text, a, b)
    return m.group(1).strip() if m else ""
