"""Benchmark of the content pipeline: extraction and generation on a larger corpus.

Builds corpora from the seed documents repeated 10x and 100x, every copy with its people
renamed (so each copy is new cases, not one case with a hundred sources), then measures in
separate processes, for each size:

- the pipeline: reading, extraction (with case files) and generation of every question set;
- the baseline: a plain pass over the same files that reads them and runs two regular
  expressions (capitalised word pairs, sentence ends), the floor any reader pays.

It prints MB/s and peak memory (max RSS) of each, and the scaling from 10x to 100x (time per
MB should stay flat if the pipeline is linear). Run: ``python bench/generate.py``.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# The people of the seed texts, token by token; each copy gets its own.
PEOPLE_TOKENS = [
    "Chen",
    "Wei",
    "Zhao",
    "Xuejun",
    "Zhang",
    "Xiangbin",
    "Qiu",
    "Degui",
    "Li",
    "Peter",
]
SYLLABLES = [
    "Ba",
    "Ko",
    "Ri",
    "Ta",
    "Mu",
    "Sel",
    "Dor",
    "Vin",
    "Ka",
    "Lo",
    "Pe",
    "Nar",
    "Gul",
    "Fen",
    "Ha",
    "Jo",
    "Ul",
    "Zem",
    "Ro",
    "Ti",
    "Wen",
    "Sa",
    "Mar",
    "Eko",
]


def _name(k: int, slot: int) -> str:
    """A distinct capitalised made-up name for person token ``slot`` in copy ``k``."""
    n = k * len(PEOPLE_TOKENS) + slot
    a, b = divmod(n, len(SYLLABLES))
    c, a = divmod(a, len(SYLLABLES))
    return SYLLABLES[b] + SYLLABLES[a].lower() + (SYLLABLES[c].lower() if c else "")


def build_corpus(copies: int, target: Path) -> int:
    """Write ``copies`` renamed copies of the seed documents into ``target``; return bytes."""
    target.mkdir(parents=True)
    shutil.copy(SEEDS / "sources.toml", target / "sources.toml")
    shutil.copy(SEEDS / "channels.toml", target / "channels.toml")
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    total = 0
    for k in range(copies):
        mapping = {token: _name(k, slot) for slot, token in enumerate(PEOPLE_TOKENS)}
        pattern = re.compile(r"\b(" + "|".join(PEOPLE_TOKENS) + r")(s?)\b")
        for name, text in texts.items():
            renamed = pattern.sub(lambda m, names=mapping: names[m.group(1)] + m.group(2), text)
            path = target / f"{k:04d}_{name}"
            path.write_text(renamed, encoding="utf-8")
            total += len(renamed.encode("utf-8"))
    return total


REPEAT = 3
"""Each measurement is the best of this many runs in the same process (the first includes
compiling the cue set: it is part of a real run, so the best run still pays it once)."""


def _pipeline(seeds: str) -> dict[str, float]:
    from quiz.garbled import garble
    from quiz.generate import generate
    from quiz.material import load_material
    from quiz.scenario_material import _grounded
    from quiz.taxonomy import _cue_set, _cues_of

    best: dict[str, float] = {}
    for run in range(REPEAT):
        if run:
            # Every run pays for compiling and matching as a fresh process would.
            _cue_set.cache_clear()
            _cues_of.cache_clear()
            garble.cache_clear()
            _grounded.cache_clear()
        start = time.perf_counter()
        material = load_material(Path(seeds))
        extracted = time.perf_counter()
        sets = generate(material, seed=0)
        done = time.perf_counter()
        result = {
            "extract_s": extracted - start,
            "generate_s": done - extracted,
            "seconds": done - start,
            "cases": len(material.extraction.cases),
            "questions": sum(len(s.questions) for s in sets),
        }
        if not best or result["seconds"] < best["seconds"]:
            best = result
    return best


def _baseline(seeds: str) -> dict[str, float]:
    pairs = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
    ends = re.compile(r"[.!?][\"”’]?\s+")
    best = float("inf")
    found = 0
    for _ in range(REPEAT):
        start = time.perf_counter()
        found = 0
        for path in sorted(Path(seeds).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            found += len(pairs.findall(text)) + len(ends.findall(text))
        best = min(best, time.perf_counter() - start)
    return {"seconds": best, "matches": found}


def _child(kind: str, seeds: str) -> None:
    result = _pipeline(seeds) if kind == "pipeline" else _baseline(seeds)
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _measure(kind: str, seeds: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(seeds)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def main() -> None:
    print(
        f"{'corpus':>7} {'MB':>6} | {'pipeline MB/s':>13} {'peak MB':>8} {'cases':>6} "
        f"{'questions':>9} | {'baseline MB/s':>13} {'peak MB':>8} | {'ratio':>6}"
    )
    per_mb = {}
    with tempfile.TemporaryDirectory() as tmp:
        for copies in (10, 100):
            seeds = Path(tmp) / f"seeds-{copies}"
            size = build_corpus(copies, seeds) / 1e6
            pipeline = _measure("pipeline", seeds)
            baseline = _measure("baseline", seeds)
            rate = size / pipeline["seconds"]
            base_rate = size / baseline["seconds"]
            per_mb[copies] = pipeline["seconds"] / size
            print(
                f"{copies:>6}x {size:>6.2f} | {rate:>13.2f} {pipeline['max_rss_mb']:>8.0f} "
                f"{pipeline['cases']:>6.0f} {pipeline['questions']:>9.0f} | {base_rate:>13.1f} "
                f"{baseline['max_rss_mb']:>8.0f} | {base_rate / rate:>5.0f}x"
            )
            print(
                f"{'':>16}extraction {pipeline['extract_s']:.2f} s "
                f"({size / pipeline['extract_s']:.2f} MB/s), "
                f"generation {pipeline['generate_s']:.2f} s"
            )
    growth = per_mb[100] / per_mb[10]
    print(f"time per MB, 100x against 10x: {growth:.2f} (1.00 is linear)")
    print(f"cores: {os.cpu_count()} (documents are read in parallel from 32 on)")
    print("goal: at least 2 MB/s and linear scaling")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
    else:
        main()
