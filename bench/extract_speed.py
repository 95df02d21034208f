"""Benchmark: articles per second for `extract` on one core.

    python bench/extract_speed.py [--articles 2000] [--source seeds ../shared/dev]

The corpus is built from the real articles in the source folders: each of the N
articles is one of them with its paragraphs in another order and its numbers changed,
so no two texts are alike. Rules are compiled once (as `tracker extract` does), then
every article is extracted in a single process. Prints articles/s, words/s, the time
per article and the peak resident memory.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import time
from pathlib import Path

from tracker.extraction import load_extractor


def corpus(folders: list[Path], size: int, seed: int = 7) -> list[str]:
    texts = [
        p.read_text(encoding="utf-8")
        for f in folders
        if f.is_dir()
        for p in sorted(f.glob("*.txt"))
    ]
    if not texts:
        raise SystemExit("no .txt articles in " + ", ".join(map(str, folders)))
    rng = random.Random(seed)
    out = []
    for i in range(size):
        paragraphs = texts[i % len(texts)].split("\n")
        head, body = paragraphs[:2], paragraphs[2:]
        rng.shuffle(body)
        text = "\n".join(head + body)
        out.append(re.sub(r"\b\d{2,3}\b", lambda m: str(int(m.group()) + rng.randint(1, 9)), text))
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
    words = sum(len(t.split()) for t in articles)

    extractor.extract(articles[0])
    started = time.perf_counter()
    mentions = sum(len(extractor.extract(text)) for text in articles)
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
