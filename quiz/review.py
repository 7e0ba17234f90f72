"""Spaced review: when a question is due again, by the FSRS scheduler (the ``fsrs`` package).

Pure: the time is passed in, and fuzzing is off, so the same answers at the same times give
the same schedule.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from typing import Any


@cache
def _scheduler() -> Any:
    from fsrs import Scheduler  # imported on the first answer, not at start-up

    return Scheduler(enable_fuzzing=False)


def needs_review(card_json: str | None, correct: bool) -> bool:
    """Missed questions enter review; a question once missed stays until the scheduler spaces
    it out. Questions always answered right are not scheduled."""
    return card_json is not None or not correct


def schedule(card_json: str | None, correct: bool, now: datetime) -> tuple[str, str]:
    """The question's next card and due time (both as stored) after an answer at ``now``.

    A wrong answer is rated *Again* (due again within minutes); a right one *Good* (due later,
    in longer steps each time it is right).
    """
    from fsrs import Card, Rating

    card = Card.from_dict(json.loads(card_json)) if card_json else Card(card_id=0, due=now)
    rating = Rating.Good if correct else Rating.Again
    card, _log = _scheduler().review_card(card, rating, now)
    return json.dumps(card.to_dict(), sort_keys=True), card.due.isoformat(timespec="milliseconds")
