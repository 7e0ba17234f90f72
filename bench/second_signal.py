"""Would a second signal beside the cue patterns help? Static sentence embeddings (wordllama,
whose weights ship inside its wheel: no download) compared with each tag's label and
definition; a tag is added to a case where one of its sentences comes close enough.

Prints, per labelled corpus and threshold, tag recall/precision with the cue patterns alone and
with the embedding signal added (reporting tags left out). Run after ``pip install wordllama``:
``python bench/second_signal.py``. Not a dependency of the project: see docs/benchmarks.md for
why it is not used.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("corpus", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6")


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import wordllama
    from wordllama import WordLlama

    from quiz.documents import Document
    from quiz.extract import extract
    from quiz.taxonomy import TAGS

    # The loader looks for the bundled tokenizer in the wrong folder: give it the package's.
    model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    ids = [t for t in TAGS if TAGS[t].topic != "reporting"]
    references = model.embed([f"{TAGS[t].label}. {TAGS[t].definition}" for t in ids], norm=True)

    def measure(folder: Path, threshold: float) -> tuple[tuple[float, float], tuple[float, float]]:
        labels = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))
        counts = {"cues": [0, 0, 0], "both": [0, 0, 0]}
        for label in labels["documents"]:
            document = Document.read(folder / label["file"], label["file"])
            cases = {c.name: c for c in extract([document]).cases}
            for expected in label["cases"]:
                case = cases.get(expected["name"])
                if case is None:
                    continue
                want = {t for t in expected["tags"] if t in ids}
                found = {t for t in case.tag_ids if t in ids}
                key = case.name.split()[-1]
                sentences = [
                    document.sentence_text(s)
                    for s in document.sentences
                    if key in document.sentence_text(s)
                ]
                added: set[str] = set()
                if sentences:
                    similarity = model.embed(sentences, norm=True) @ references.T
                    added = {ids[j] for j in range(len(ids)) if similarity[:, j].max() >= threshold}
                for name, tags in (("cues", found), ("both", found | added)):
                    counts[name][0] += len(want & tags)
                    counts[name][1] += len(want - tags)
                    counts[name][2] += len(tags - want)

        def rates(c: list[int]) -> tuple[float, float]:
            return c[0] / max(1, c[0] + c[1]), c[0] / max(1, c[0] + c[2])

        return rates(counts["cues"]), rates(counts["both"])

    for threshold in (0.2, 0.25, 0.3):
        parts = []
        for name in CORPORA:
            (r0, p0), (r1, p1) = measure(ROOT / "tests" / name, threshold)
            parts.append(f"{name} {r0:.2f}/{p0:.2f} -> {r1:.2f}/{p1:.2f}")
        print(f"threshold {threshold}: " + " | ".join(parts))


if __name__ == "__main__":
    main()
