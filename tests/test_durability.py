"""No answer is lost: not when the process is killed mid-session, not when several processes
write to one store at once."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quiz.store import ScoreStore
from quiz.ui.app import HomeScreen, QuizScreen

from .conftest import QUESTIONS, ROOT
from .test_app import SIZE, build_app

DRIVERS = Path(__file__).parent / "drivers"


async def test_sigkill_mid_session_loses_no_confirmed_answer_and_the_attempt_resumes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "scores.sqlite3"
    process = subprocess.Popen(
        [sys.executable, str(DRIVERS / "answer_then_hang.py"), str(QUESTIONS), str(db), "6"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    confirmed: list[str] = []
    assert process.stdout is not None
    deadline = time.monotonic() + 120
    while len(confirmed) < 4 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("answered "):
            confirmed.append(line.split()[2])
    os.kill(process.pid, signal.SIGKILL)  # mid-session: it may be answering the fifth
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert len(confirmed) == 4, process.stderr.read() if process.stderr else ""

    attempt = ScoreStore.open(db).attempts("Ada")[0]
    stored = [step.question_id for step in attempt.steps]
    assert stored[: len(confirmed)] == confirmed
    assert not attempt.finished

    app = build_app(QUESTIONS, db)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert home.entries[0][0] == "resume"
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.run.position == len(stored)
        assert screen.run.question.id == attempt.question_ids[len(stored)]


def _slow_fsync(tmp_path: Path) -> dict[str, str]:
    """An environment whose processes see a slow disk: fsync takes 30 ms longer (a shim built
    from ``drivers/slow_fsync.c`` and loaded with LD_PRELOAD)."""
    if shutil.which("cc") is None or sys.platform != "linux":
        pytest.skip("needs a C compiler and Linux to slow fsync down")
    shim = tmp_path / "slow_fsync.so"
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-o", str(shim), str(DRIVERS / "slow_fsync.c"), "-ldl"],
        check=True,
    )
    return {**os.environ, "LD_PRELOAD": str(shim)}


@pytest.mark.parametrize(
    "setting",
    ["existing store", "new store", "new store, slow fsync"],
)
def test_eight_processes_writing_to_one_store_lose_nothing(tmp_path: Path, setting: str) -> None:
    db = tmp_path / "shared.sqlite3"
    if setting == "existing store":
        ScoreStore.open(db).close()
    env = _slow_fsync(tmp_path) if "slow" in setting else None
    start_at = time.time() + 3
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                str(DRIVERS / "write_many.py"),
                str(QUESTIONS),
                str(db),
                f"trainee-{n}",
                str(start_at),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(8)
    ]
    outputs = [p.communicate(timeout=170) for p in processes]
    for process, (_out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err
    per_process = {int(out.strip()) for out, _ in outputs}
    assert len(per_process) == 1
    expected = per_process.pop()
    store = ScoreStore.open(db)
    for n in range(8):
        attempts = store.attempts(f"trainee-{n}")
        assert len(attempts) == 1
        assert attempts[0].answered == expected and attempts[0].finished
        assert [s.position for s in attempts[0].steps] == list(range(expected))
