"""Benchmark: articles per second for `extract` on one core.

    python bench/extract_speed.py [--articles 2000] [--source seeds ../shared/dev]

The corpus is built from the real articles in the source folders (with their
publication dates from each folder's manifest.csv): each of the N articles is one of
them with its paragraphs in another order and its numbers changed, so no two texts are
alike. Rules are compiled once (as `tracker extract` does) and the first 50
articles are extracted once as a warm-up; then every article is extracted in a single
process. Prints articles/s, words/s, the time
per article and the peak resident memory.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import time
from datetime import date
from pathlib import Path

from tracker.extraction import load_extractor
from tracker.sources import read_articles


def corpus(folders: list[Path], size: int, seed: int = 7) -> list[tuple[str, date | None]]:
    texts: list[tuple[str, date | None]] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        manifest = folder / "manifest.csv"
        for article in read_articles([folder], manifest if manifest.is_file() else None):
            if not isinstance(article, Exception):
                texts.append((article.text, article.published))
    if not texts:
        raise SystemExit("no articles in " + ", ".join(map(str, folders)))
    rng = random.Random(seed)
    out = []
    for i in range(size):
        original, published = texts[i % len(texts)]
        paragraphs = original.split("\n")
        head, body = paragraphs[:2], paragraphs[2:]
        rng.shuffle(body)
        text = "\n".join(head + body)
        text = re.sub(r"\b\d{2,3}\b", lambda m: str(int(m.group()) + rng.randint(1, 9)), text)
        out.append((text, published))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument(
        "--source", type=Path, nargs="+", default=[Path("seeds"), Path("../shared/dev")]
    )
    args = parser.parse_args()

    started = time.perf_counter()
    extractor = load_extractor()
    compile_s = time.perf_counter() - started
    articles = corpus(args.source, args.articles)
    words = sum(len(text.split()) for text, _ in articles)

    # Warm-up: the first pass pays one-time costs (dateparser builds its time-zone
    # patterns on its first call), which are not part of the steady rate measured.
    for text, published in articles[: min(len(articles), 50)]:
        extractor.extract(text, published)
    started = time.perf_counter()
    mentions = sum(len(extractor.extract(text, published)) for text, published in articles)
    elapsed = time.perf_counter() - started

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles           {len(articles)} ({words} words), {mentions} mentions")
    print(f"rule compilation   {compile_s:.2f} s")
    print(f"extraction         {elapsed:.2f} s")
    print(f"articles/s         {len(articles) / elapsed:,.0f}")
    print(f"words/s            {words / elapsed:,.0f}")
    print(f"ms per article     {1000 * elapsed / len(articles):.2f}")
    print(f"peak memory        {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
