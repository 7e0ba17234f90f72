"""Driven by test_durability: one of several processes answering into one store at once."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from quiz.session import Session
from quiz.store import ScoreStore
from quiz.validate import load_sets


def main(questions: str, db: str, trainee: str, start_at: float) -> None:
    sets = load_sets(Path(questions))
    question_set = next(s for s in sets if s.id == "warning-signs")
    store = ScoreStore.open(Path(db))
    session = Session(sets, store, trainee=trainee)
    session.remember(trainee)
    time.sleep(max(0.0, start_at - time.time()))  # all processes start writing together
    run = session.start(question_set)
    while not run.done:
        session.answer(run, list(run.question.answer), elapsed_ms=1)
        session.advance(run)
    print(len(run.results))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]))
