"""Extraction and generation on hand-labelled corpora: what a new report can expect.

For each corpus folder (``*.txt`` reports and ``expected.toml``, the format of
``tests/corpus*/expected.toml``) it prints the cases found against the labels, tag recall and
precision, and, generating question sets from the folder as case material, how many questions
each case gets and which reports give none. With ``--questions DIR`` it writes those sets
(with the reports as their sources) for a blind read.

Run: ``python bench/corpus_quality.py tests/corpus5 [--questions /tmp/sets]``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

from quiz.documents import Document
from quiz.extract import extract
from quiz.generate import generate
from quiz.material import load_material
from quiz.qformat import dumps_set


def _unaged(name: str) -> str:
    """A name as labels and extraction may both write it: without an age ("a 34-year-old
    nurse") or leading initials ("H. M. Nuwan Bandara"), its words in any order (a record
    writes "Rahmonov Jasur Nurmatovich" surname first, a label "Jasur Nurmatovich Rahmonov")."""
    return " ".join(sorted(re.sub(r"^(?:[A-Z]\.\s?)+|\d{1,2}-year-old\s+", "", name).split()))


def measure(folder: Path, questions: Path | None) -> dict[str, float]:
    labels = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))["documents"]
    expected_cases = found_cases = hits = misses = wrong = 0
    wrong_people: list[str] = []
    for label in labels:
        extraction = extract([Document.read(folder / label["file"], label["file"])])
        names = {c.name: c for c in extraction.cases}
        wrong_people += sorted(set(names) & set(label["not_cases"]))
        for expected in label["cases"]:
            expected_cases += 1
            # A person known only by a description matches with or without the age in it
            # ("a nurse", "a 34-year-old nurse").
            case = names.get(expected["name"]) or next(
                (c for n, c in names.items() if _unaged(n) == _unaged(expected["name"])), None
            )
            if case is None:
                misses += len(expected["tags"])
                print(
                    f"  {label['file']}: {expected['name']} not found "
                    f"(found: {', '.join(sorted(names)) or 'nobody'})"
                )
                continue
            found_cases += 1
            want = set(expected["tags"])
            hits += len(want & case.tag_ids)
            misses += len(want - case.tag_ids)
            wrong += len(case.tag_ids - want)
            extra = sorted(case.tag_ids - want)
            if extra:
                print(f"  {label['file']}: {expected['name']}: tags not in the labels: {extra}")
    recall = hits / max(1, hits + misses)
    precision = hits / max(1, hits + wrong)
    print(
        f"{folder.name}: {found_cases} of {expected_cases} cases, tag recall {recall:.2f}, "
        f"precision {precision:.2f}; officials etc. taken for cases: {wrong_people or 'none'}"
    )
    seeds = Path(tempfile.mkdtemp()) / "seeds"
    seeds.mkdir()
    for label in labels:
        shutil.copy(folder / label["file"], seeds / label["file"])
    material = load_material(seeds)
    sets = generate(material)
    counts = {
        s.id.removeprefix("case-"): len(s.questions) for s in sets if s.id.startswith("case-")
    }
    for document in material.documents:
        cases = [c for c in material.extraction.cases if document.name in c.sources]
        if not cases:
            print(f"  {document.name}: no case, no questions")
        for case in cases:
            print(f"  {document.name}: {case.name}: {counts.get(case.id, 0)} questions")
    if questions is not None:
        questions.mkdir(parents=True, exist_ok=True)
        for question_set in sets:
            (questions / f"{question_set.id}.toml").write_text(
                dumps_set(question_set), encoding="utf-8"
            )
        for label in labels:
            shutil.copy(folder / label["file"], questions / label["file"])
    return {"recall": recall, "precision": precision, "cases": found_cases / expected_cases}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--questions", type=Path, default=None, help="write the sets here")
    args = parser.parse_args()
    for folder in args.corpora:
        out = args.questions / folder.name if args.questions else None
        measure(folder, out)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
