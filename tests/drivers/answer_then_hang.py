"""Driven by test_durability: answers questions in the app as a trainee would, reports each
confirmed answer on stdout, and never exits (the test kills it)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from quiz.ui.app import QuizScreen, build_app


async def main(questions: str, db: str, count: int) -> None:
    app = build_app(Path(questions), Path(db), "Ada")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        for number in range(count):
            question = screen.run.question
            order = screen.order
            if question.kind != "ordering":
                for choice_id in question.answer:
                    await pilot.press(str(order.index(choice_id) + 1))
            await pilot.press("enter")
            assert screen.showing_feedback
            print(f"answered {number} {question.id}", flush=True)
            await pilot.press("enter")
        print("idle", flush=True)
        await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
