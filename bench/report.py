"""Benchmark of drill reporting on a large store: 1,000,000 answers (10,000 trainees x 100
questions), each figure against a baseline in the same run.

- item analysis: reading the drill's answers from the store, grading every trainee and the
  item analysis of every question (goal: 2 s);
- CSV export of every answer (``quiz report --format answers-csv``), against the ``sqlite3``
  command-line tool's CSV dump of the same rows (goal: at most 1.5x its time).

Run: ``python bench/report.py`` (needs the ``sqlite3`` command for the baseline).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.drill import new_drill  # noqa: E402
from quiz.report import answers_csv, grade, item_analysis, results_from_store  # noqa: E402
from quiz.store import ScoreStore  # noqa: E402
from quiz.validate import load_sets  # noqa: E402

TRAINEES = 10_000
QUESTIONS = 100


def build(folder: Path):  # type: ignore[no-untyped-def]
    sets = load_sets(ROOT / "questions")
    pool = {q.id: q for s in sets for q in s.questions}
    base = attrs.evolve(sets[0], id="bench", questions=tuple(list(pool.values())[:QUESTIONS]))
    drill, key = new_drill(
        base, count=None, seed=1, time_limit=60, pass_mark=80, feedback="deferred", secret="x"
    )
    db = folder / "scores.sqlite3"
    ScoreStore.open(db).close()
    rng = random.Random(7)
    answers = {e.question: e.answer for e in key.answers}
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO trainees (id, name, created) VALUES (?, ?, '2026-11-22')",
            [(n, f"trainee-{n:05d}") for n in range(1, TRAINEES + 1)],
        )
        conn.executemany(
            "INSERT INTO attempts (id, trainee_id, set_id, set_title, started, seed, shuffled,"
            " question_ids, pass_mark, mode) VALUES (?, ?, ?, 'bench', '2026-11-22', 1, 1, '[]',"
            " 80, 'drill')",
            [(n, n, drill.drill.id) for n in range(1, TRAINEES + 1)],
        )
        rows = []
        for n in range(1, TRAINEES + 1):
            skill = rng.random()
            for position, question in enumerate(drill.questions):
                if rng.random() < skill:
                    response = list(answers[question.id])
                else:
                    response = [rng.choice([c.id for c in question.choices])]
                rows.append(
                    (
                        n,
                        position,
                        question.id,
                        json.dumps(response),
                        "2026-11-22T10:00:00",
                        rng.randrange(2000, 50000),
                    )
                )
        conn.executemany(
            "INSERT INTO steps (attempt_id, position, question_id, action, response, at,"
            " elapsed_ms) VALUES (?, ?, ?, 'answered', ?, ?, ?)",
            rows,
        )
    return db, drill, key


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        db, drill, key = build(folder)
        print(f"built {TRAINEES * QUESTIONS:,} answers in {time.perf_counter() - start:.1f} s")

        start = time.perf_counter()
        store = ScoreStore.open(db)
        results = results_from_store(store.drill_answers(drill.drill.id), drill)
        read = time.perf_counter()
        graded = [grade(r, drill, key) for r in results]
        items = item_analysis(graded, drill, key)
        analysed = time.perf_counter()
        print(
            f"item analysis of {len(graded):,} trainees x {len(items)} questions: "
            f"{analysed - start:.2f} s (reading {read - start:.2f} s, grading and analysis "
            f"{analysed - read:.2f} s; goal: 2 s)"
        )

        start = time.perf_counter()
        text = answers_csv(graded)
        (folder / "answers.csv").write_text(text, encoding="utf-8")
        ours = time.perf_counter() - start
        sqlite = shutil.which("sqlite3")
        if sqlite is None:
            print(f"CSV export: {ours:.2f} s (no sqlite3 command here for the baseline)")
            return
        query = (
            "SELECT t.name, s.question_id, s.response, s.correct, s.elapsed_ms FROM steps s "
            "JOIN attempts a ON a.id = s.attempt_id JOIN trainees t ON t.id = a.trainee_id "
            "ORDER BY s.attempt_id, s.position;"
        )
        start = time.perf_counter()
        with open(folder / "dump.csv", "w") as out:
            subprocess.run([sqlite, "-csv", "-header", str(db), query], stdout=out, check=True)
        baseline = time.perf_counter() - start
        print(
            f"CSV export of {TRAINEES * QUESTIONS:,} answers: {ours:.2f} s; sqlite3 -csv dump of "
            f"the same rows: {baseline:.2f} s; ratio {ours / baseline:.2f}x (goal: at most 1.5x)"
        )


if __name__ == "__main__":
    main()
