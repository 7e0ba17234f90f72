"""A start of the app from the home screen's snapshot (``quiz.home_snapshot``, docs/start-up.md):
the home screen as the app last left it is painted before the sets and the store are read, only
while nothing it was made from has changed; then the real home screen takes its place."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz import home_snapshot
from quiz.paths import cache_dir
from quiz.session import Session
from quiz.store import ScoreStore
from quiz.ui.app import HomeScreen, QuizApp, QuizScreen, build_app, keep_snapshot, start_app
from quiz.ui.start import StartScreen
from quiz.validate import load_sets

from .conftest import QUESTIONS

SIZE = (80, 24)
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the shipped sets and a store of its own."""
    questions = tmp_path / "questions"
    shutil.copytree(QUESTIONS, questions)
    return questions, tmp_path / "scores.sqlite3"


async def _close(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    pilot.app.exit()


def closed_once(questions: Path, db: Path, trainee: str | None = "Ada") -> QuizApp:
    """The app opened and closed by a trainee, as the command line runs it."""
    app = build_app(questions, db, trainee)
    app.run(headless=True, size=SIZE, auto_pilot=_close)
    keep_snapshot(app, questions, db, trainee)
    return app


async def closed_once_here(questions: Path, db: Path, trainee: str | None = "Ada") -> None:
    """The same, from a test that runs in an event loop."""
    app = build_app(questions, db, trainee)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
    keep_snapshot(app, questions, db, trainee)


def labels_of(screen: HomeScreen | StartScreen) -> list[str]:
    option_list = screen.query_one("#entries")
    return [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]


def test_nothing_is_kept_before_the_app_has_closed_once(folders: tuple[Path, Path]) -> None:
    questions, db = folders
    assert start_app(questions, db, "Ada") is None
    assert home_snapshot.read(cache_dir(), questions, db, "Ada", NOW) is None


async def test_the_kept_home_screen_is_the_one_the_sets_and_the_store_give(
    folders: tuple[Path, Path],
) -> None:
    questions, db = folders
    await closed_once_here(questions, db)
    app = start_app(questions, db, "Ada")
    assert app is not None and not app.loaded
    kept = [label for _, _, label in app._start.entries]  # type: ignore[union-attr]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.loaded  # read once the first frame was up
        assert isinstance(app.screen, HomeScreen)
        assert labels_of(app.screen) == kept
        assert app.screen.entries == [(k, i) for k, i, _ in app._start.entries]  # type: ignore[union-attr]
        assert "Trainee: Ada" in str(app.screen.query_one("#status").render())


async def test_a_choice_made_on_the_first_frame_is_opened_once_the_sets_are_read(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    questions, db = folders
    await closed_once_here(questions, db)
    app = start_app(questions, db, "Ada")
    assert app is not None
    # The sets are read only when the test says so: the trainee is quicker than the disk.
    monkeypatch.setattr(QuizApp, "on_ready", lambda self: None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        start = app.screen
        assert isinstance(start, StartScreen) and not app.loaded
        wanted = next(i for i, e in enumerate(start.home.entries) if e[1] == "warning-signs")
        for _ in range(wanted):
            await pilot.press("down")
        await pilot.press("enter")
        assert start.chosen == ("set", "warning-signs")
        app.finish_start(start)
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.run.set_id == "warning-signs"


async def test_the_highlight_stays_where_it_was_on_the_first_frame(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    questions, db = folders
    await closed_once_here(questions, db)
    app = start_app(questions, db, "Ada")
    assert app is not None
    monkeypatch.setattr(QuizApp, "on_ready", lambda self: None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "down", "down")
        start = app.screen
        assert isinstance(start, StartScreen) and start.highlighted == 3
        app.finish_start(start)
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.query_one("#entries").highlighted == 3


def test_a_changed_set_means_no_snapshot(folders: tuple[Path, Path]) -> None:
    questions, db = folders
    closed_once(questions, db)
    assert start_app(questions, db, "Ada") is not None
    some_set = sorted(questions.glob("*.toml"))[0]
    some_set.write_text(some_set.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert start_app(questions, db, "Ada") is None


def test_a_new_or_removed_set_means_no_snapshot(folders: tuple[Path, Path]) -> None:
    questions, db = folders
    closed_once(questions, db)
    shutil.copy(questions / "reporting.toml", questions / "reporting-copy.toml")
    assert start_app(questions, db, "Ada") is None
    (questions / "reporting-copy.toml").unlink()
    assert start_app(questions, db, "Ada") is not None
    (questions / "case-li.toml").unlink()
    assert start_app(questions, db, "Ada") is None


def test_an_answer_given_since_means_no_snapshot(folders: tuple[Path, Path]) -> None:
    """Another process (a drill, a second window) wrote to the store after the app closed."""
    questions, db = folders
    closed_once(questions, db)
    store = ScoreStore.open(db)
    session = Session(load_sets(questions), store, trainee="Ada")
    run = session.start(session.set_of["reporting"])
    session.answer(run, list(run.question.answer), elapsed_ms=10)
    store.close()
    assert start_app(questions, db, "Ada") is None


def test_another_trainee_or_store_has_no_snapshot(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    questions, db = folders
    closed_once(questions, db)
    assert start_app(questions, db, "Grace") is None
    assert start_app(questions, tmp_path / "other.sqlite3", "Ada") is None
    assert start_app(questions, db, None) is None  # the remembered trainee: another start
    assert start_app(questions, db, "Ada") is not None


def test_a_review_falling_due_means_no_snapshot(folders: tuple[Path, Path]) -> None:
    questions, db = folders
    closed_once(questions, db)
    home = home_snapshot.read(cache_dir(), questions, db, "Ada", NOW)
    assert home is not None
    later = NOW + timedelta(days=1)
    home_snapshot.write(cache_dir(), questions, db, "Ada", home, later)
    assert home_snapshot.read(cache_dir(), questions, db, "Ada", NOW) is not None
    assert home_snapshot.read(cache_dir(), questions, db, "Ada", later) is None


def test_a_missed_answer_keeps_the_review_it_schedules(folders: tuple[Path, Path]) -> None:
    """The snapshot knows when the missed question falls due for review."""
    questions, db = folders
    store = ScoreStore.open(db)
    session = Session(load_sets(questions), store, trainee="Ada")
    session.remember("Ada")
    run = session.start(session.set_of["reporting"])
    wrong = next(c.id for c in run.question.choices if c.id not in run.question.answer)
    session.answer(run, [wrong], elapsed_ms=10)
    due = store.next_due("Ada", datetime.now(UTC))
    store.close()
    assert due is not None and due > datetime.now(UTC)
    closed_once(questions, db)
    kept = json.loads((cache_dir() / home_snapshot.FILE).read_text(encoding="utf-8"))
    assert datetime.fromisoformat(kept["snapshots"][0]["next_due"]) == due


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not json",
        "[]",
        '{"format": 999, "snapshots": []}',
        '{"format": 1, "snapshots": 3}',
        '{"format": 1, "snapshots": [{"key": 1}]}',
    ],
)
def test_an_unreadable_or_foreign_snapshot_file_is_no_snapshot(
    folders: tuple[Path, Path], content: str
) -> None:
    questions, db = folders
    cache_dir().mkdir(parents=True, exist_ok=True)
    (cache_dir() / home_snapshot.FILE).write_text(content, encoding="utf-8")
    assert start_app(questions, db, "Ada") is None
    closed_once(questions, db)  # and it is replaced by a good one
    assert start_app(questions, db, "Ada") is not None


def test_snapshots_of_other_starts_are_kept_beside_a_few(folders: tuple[Path, Path]) -> None:
    questions, db = folders
    for name in [f"T{i}" for i in range(home_snapshot.KEEP + 2)]:
        closed_once(questions, db, name)
    kept = json.loads((cache_dir() / home_snapshot.FILE).read_text(encoding="utf-8"))
    assert len(kept["snapshots"]) == home_snapshot.KEEP
    assert start_app(questions, db, f"T{home_snapshot.KEEP + 1}") is not None
    assert start_app(questions, db, "T0") is None  # the oldest made way
    assert not [p for p in cache_dir().iterdir() if p.name.endswith(".tmp")]


def test_the_first_frame_loads_nothing_of_the_sets_or_the_store(folders: tuple[Path, Path]) -> None:
    """What the snapshot saves: the models (attrs), the sets' checks and the store are imported
    only after the first frame. Checked in a fresh interpreter, as the command line starts."""
    questions, db = folders
    closed_once(questions, db)
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "import quiz.cli\n"
        "from quiz.ui.app import start_app\n"
        f"app = start_app(Path({str(questions)!r}), Path({str(db)!r}), 'Ada')\n"
        "import quiz.ui.start\n"
        "heavy = ['attr', 'attrs', 'sqlite3', 'quiz.models', 'quiz.store', 'quiz.session',\n"
        "         'quiz.validate', 'quiz.taxonomy', 'tomllib']\n"
        "print(app is not None, [m for m in heavy if m in sys.modules])\n"
    )
    env = {**os.environ, "QUIZ_CACHE": str(cache_dir())}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "True []"


def _in_a_terminal(args: list[str], env: dict[str, str], wait_for: str) -> tuple[str, int]:
    """``quiz`` in a pseudo-terminal of 80x24 (Textual draws on it); everything it showed, and
    its exit status."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "quiz", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={**env, "TERM": "xterm-256color"},
        close_fds=True,
    )
    os.close(follower)
    shown = b""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the terminal closed with the process
                    break
                if not chunk:
                    break
                shown += chunk
                if wait_for and wait_for.encode() in shown and process.poll() is None:
                    wait_for = ""
                    os.write(leader, b"\x03")  # ctrl+c: quit
            elif process.poll() is not None:
                break
    finally:
        status = process.wait(timeout=30)
        os.close(leader)
    return shown.decode("utf-8", "replace"), status


def test_in_a_terminal_the_kept_home_screen_is_shown_before_the_sets_are_read(
    folders: tuple[Path, Path],
) -> None:
    """The proof that nothing is read before the first frame: a set spoiled behind the
    snapshot's back (same size, same modification time) is only found after the home screen
    was on the terminal; then the app ends with the set's one-line error, status 2."""
    questions, db = folders
    closed_once(questions, db)
    spoiled = questions / "reporting.toml"
    before = spoiled.stat()
    raw = spoiled.read_bytes()
    spoiled.write_bytes(b"[[[ not toml" + raw[len(b"[[[ not toml") :])
    os.utime(spoiled, ns=(before.st_atime_ns, before.st_mtime_ns))
    env = {**os.environ, "QUIZ_CACHE": str(cache_dir())}
    shown, status = _in_a_terminal(
        ["--questions", str(questions), "--db", str(db), "--trainee", "Ada"], env, wait_for=""
    )
    assert "History of your attempts" in shown  # the first frame, from the snapshot
    assert status == 2
    assert "reporting.toml" in shown and "TOML syntax error" in shown


def test_in_a_terminal_a_start_after_closing_shows_the_same_home_screen(
    folders: tuple[Path, Path],
) -> None:
    questions, db = folders
    env = {**os.environ, "QUIZ_CACHE": str(cache_dir())}
    args = ["--questions", str(questions), "--db", str(db), "--trainee", "Ada"]
    first, status = _in_a_terminal(args, env, wait_for="History of your attempts")
    assert status == 0 and "Reporting channels" in first
    assert home_snapshot.read(cache_dir(), questions, db, "Ada", datetime.now(UTC)) is not None
    again, status = _in_a_terminal(args, env, wait_for="Case library")
    assert status == 0 and "Reporting channels" in again
