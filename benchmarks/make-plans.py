#!/usr/bin/env python3
"""Writes N different plans made from the corpus, for whole-run benchmarks at a province's scale.

Plan k starts from corpus plan k % 5 and takes every paragraph of it, in order; one paragraph in
`mix` is swapped for a paragraph of another corpus plan and numbers are shifted, so no two plans are
equal and each still reads like its base (same headings, tables, indicators). Deterministic
(seeded). Files are named <base>-<k>.txt, so a sorted listing groups the plans of one base; the
list `interleaved.lst` holds the same files in round-robin order over the bases (what a province's
folder of districts looks like to the matcher: consecutive plans differ).

Usage: benchmarks/make-plans.py OUT_DIR [N=200] [mix=8]
"""
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main():
    out = pathlib.Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    mix = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    bases = sorted((ROOT / "corpus").glob("*.txt"))
    texts = [b.read_text(encoding="utf-8").split("\n") for b in bases]
    rng = random.Random(16)
    out.mkdir(parents=True, exist_ok=True)
    names = []
    for k in range(n):
        b = k % len(bases)
        lines = list(texts[b])
        for i in range(len(lines)):
            # Headings and table rows stay; a prose paragraph now and then comes from another plan.
            if len(lines[i]) > 60 and "\t" not in lines[i] and rng.randrange(mix) == 0:
                other = texts[rng.randrange(len(texts))]
                prose = [p for p in other if len(p) > 60 and "\t" not in p]
                lines[i] = rng.choice(prose)
        # Small numbers shift a little, years stay (the period decides which rules apply).
        text = re.sub(r"(?<![\d.])([1-9]\d?)(?![\d年])",
                      lambda m: str(int(m.group(1)) + rng.randrange(3)), "\n".join(lines))
        name = f"{bases[b].stem}-{k:04d}.txt"
        (out / name).write_text(text, encoding="utf-8")
        names.append(name)
    (out / "interleaved.lst").write_text("".join(f"{out / x}\n" for x in names), encoding="utf-8")
    (out / "grouped.lst").write_text("".join(f"{out / x}\n" for x in sorted(names)),
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
