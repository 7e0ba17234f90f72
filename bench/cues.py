"""Benchmark of cue matching: every tag's cues against every sentence of the held-out corpora.

Measures, on the same sentences and in one process:

- the cue matcher extraction uses (``quiz.taxonomy``: RE2's ``FilteredRE2`` over all cues,
  candidates confirmed in ``re``);
- the matcher it replaced: one ``RE2::Set`` of all cues, candidates confirmed the same way;
- the baseline: lower-casing each sentence and one regular expression over it (sentence
  ends), the floor any reader pays.

Both matchers must find exactly the same cues; the script says so, or stops. Run:
``python bench/cues.py``.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz import taxonomy  # noqa: E402

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "tests").glob("corpus*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        found.extend(s.lower() for s in SENTENCE_END.split(text) if s.strip())
    return found


def one_set(cues: taxonomy._CueSet):  # type: ignore[no-untyped-def]
    """The earlier matcher: all relaxed cues in one RE2 set."""
    import re2

    options = re2.Options()
    options.never_capture = True
    options.max_mem = 256 << 20
    cue_set = re2.Set.SearchSet(options)
    for _, _, cue in cues.cues:
        cue_set.Add(taxonomy.relax(cue))
    cue_set.Compile()
    compiled: dict[int, re.Pattern[str]] = {}

    def match(text: str) -> list[int]:
        return [
            index
            for index in sorted(cue_set.Match(taxonomy.ascii_form(text)) or ())
            if (
                compiled.get(index) or compiled.setdefault(index, re.compile(cues.cues[index][2]))
            ).search(text)
            is not None
        ]

    return match


def main() -> None:
    texts = sentences()
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    cues = taxonomy._cue_set()

    def filtered(text: str) -> list[int]:
        return [
            index
            for index in cues.candidates(text)
            if (cues.patterns[index] or re.compile(cues.cues[index][2])).search(text) is not None
        ]

    earlier = one_set(cues)
    for matcher in (filtered, earlier):  # warm both: compile the confirming patterns
        for text in texts[:200]:
            matcher(text)
    figures = {}
    found = {}
    for name, matcher in (("filtered (used)", filtered), ("one set (before)", earlier)):
        start = time.perf_counter()
        found[name] = [matcher(text) for text in texts]
        figures[name] = time.perf_counter() - start
    start = time.perf_counter()
    for text in texts:
        SENTENCE_END.search(text.lower())
    figures["baseline"] = time.perf_counter() - start
    if found["filtered (used)"] != found["one set (before)"]:
        sys.exit("the two matchers disagree")
    print(f"{len(texts)} sentences, {megabytes:.2f} MB, {len(cues.cues)} cues; both find the same")
    for name, seconds in figures.items():
        print(f"{name:>18}: {seconds:6.2f} s  {megabytes / seconds:8.2f} MB/s")


if __name__ == "__main__":
    main()
