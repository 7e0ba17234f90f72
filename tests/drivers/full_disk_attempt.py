"""Driven by test_hostile: an attempt in the app during which the disk fills up (writes beyond
a file size limit fail, as on a full disk) and is freed again, twice: once while an answer is
saved, once while the attempt is finished. Prints what the trainee saw, as JSON."""

from __future__ import annotations

import asyncio
import json
import resource
import signal
import sys
from pathlib import Path

from quiz.ui.app import QuizScreen, build_app

_, HARD = resource.getrlimit(resource.RLIMIT_FSIZE)


def disk_full() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, HARD))


def disk_freed() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (HARD, HARD))


async def main(questions: str, db: str) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
    app = build_app(Path(questions), Path(db), "Ada")
    seen: dict[str, object] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        total = len(screen.run.questions)

        async def answer() -> None:
            question = screen.run.question
            if question.kind != "ordering":
                for choice_id in question.answer:
                    await pilot.press(str(screen.order.index(choice_id) + 1))
            await pilot.press("enter")

        def notes() -> list[str]:
            return [str(n.message) for n in app._notifications]

        await answer()
        await pilot.press("enter")
        disk_full()
        await answer()
        seen["answer_on_full_disk"] = {
            "feedback": screen.showing_feedback,
            "notes": notes(),
            "running": app.is_running,
        }
        disk_freed()
        await pilot.press("enter")  # the same answer, submitted again
        seen["answer_after_freeing"] = {"feedback": screen.showing_feedback}
        await pilot.press("enter")
        while screen.run.position < total - 1:
            await answer()
            await pilot.press("enter")
        await answer()
        disk_full()
        await pilot.press("enter")  # the end of the attempt cannot be saved
        seen["finish_on_full_disk"] = {
            "screen": type(app.screen).__name__,
            "notes": notes()[-1:],
            "running": app.is_running,
        }
        disk_freed()
        await pilot.press("enter")
        seen["finish_after_freeing"] = {"screen": type(app.screen).__name__}
        seen["questions"] = total
    print(json.dumps(seen))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
