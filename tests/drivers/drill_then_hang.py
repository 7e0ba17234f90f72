"""Driven by test_drill_flow: takes a drill in the app as a trainee would (the start screen,
then a digit and Enter per question), reports each answer once the app has moved on from it,
and never exits (the test kills it)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from quiz.drill import load_drill
from quiz.store import ScoreStore
from quiz.ui.drill import DrillApp, DrillScreen, DrillSession


async def main(drill_file: str, results: str, db: str, count: int) -> None:
    session = DrillSession(load_drill(Path(drill_file)), Path(results), ScoreStore.open(Path(db)))
    session.remember("Ada")
    app = DrillApp(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # the start screen
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        for number in range(count):
            question = screen.run.question
            await pilot.press("1", "enter")
            assert screen.run.position == number + 1
            print(f"answered {number} {question.id}", flush=True)
        print("idle", flush=True)
        await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
