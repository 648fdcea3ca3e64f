"""Does the reader still read the same? Dump `read_quantities` on a fixed corpus, compare.

    .venv/bin/python bench/reader_diff.py --save /tmp/reader-before.jsonl   # before a change
    .venv/bin/python bench/reader_diff.py --against /tmp/reader-before.jsonl  # after it

The corpus: every sentence of the articles in seeds/, tests/cases/*/ and
/work/shared/bench/*/articles (or --bench DIR ...), split as the engine splits them, and
every input of the peer suites (peer-suites/recognizers-text, peer-suites/quantulum3), plus
the sentences of any JSON list given with --extra (e.g. a labelled news set: items with a
"text" or "sentence" key). One line per text: the text and every Quantity's fields.
`--against` prints the texts whose reading changed (at most --show) and exits 1 if any did.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.quantities import read_quantities  # noqa: E402
from factcheck.text import document, read_article, split_sentences  # noqa: E402

SUFFIXES = (".txt", ".md", ".html", ".htm")


def article_sentences(folder: Path) -> Iterator[str]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in SUFFIXES:
            doc = document(read_article(path), path.suffix)
            for s in split_sentences(doc):
                yield s.text


def json_texts(path: Path) -> Iterator[str]:
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            for key in ("Input", "req", "text", "sentence"):
                if isinstance(item.get(key), str):
                    yield item[key]
                    break
            else:
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
        elif isinstance(item, str) and path.name == "errors.json":
            yield item


def corpus(bench: list[Path], extra: list[Path]) -> list[str]:
    texts: list[str] = []
    for folder in [ROOT / "seeds", ROOT / "tests" / "cases", *bench]:
        texts.extend(article_sentences(folder))
    peers = ROOT / "peer-suites"
    for path in sorted([*peers.glob("recognizers-text/**/*.json"), *peers.glob("quantulum3/*.json"),
                        *extra]):
        texts.extend(json_texts(path))
    seen: set[str] = set()
    return [t for t in texts if not (t in seen or seen.add(t))]  # type: ignore[func-returns-value]


def dump(text: str) -> str:
    qs = [dataclasses.astuple(q) for q in read_quantities(text)]
    return json.dumps({"text": text, "q": qs}, ensure_ascii=False)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--save", type=Path, help="write the dump here")
    ap.add_argument("--against", type=Path, help="compare with a dump written by --save")
    ap.add_argument("--bench", type=Path, nargs="*",
                    default=sorted(Path("/work/shared/bench").glob("*/articles")))
    ap.add_argument("--extra", type=Path, nargs="*", default=[])
    ap.add_argument("--show", type=int, default=30)
    args = ap.parse_args()
    lines = [dump(t) for t in corpus(args.bench, args.extra)]
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} texts dumped to {args.save}")
    if args.against:
        old = {json.loads(line)["text"]: line for line in
               args.against.read_text(encoding="utf-8").splitlines() if line}
        changed = [line for line in lines if old.get(json.loads(line)["text"]) != line]
        for line in changed[:args.show]:
            new = json.loads(line)
            before = json.loads(old[new["text"]])["q"] if new["text"] in old else None
            print(f"- {new['text'][:200]}\n  before: {before}\n  after:  {new['q']}")
        print(f"{len(lines)} texts, {len(changed)} read differently")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
