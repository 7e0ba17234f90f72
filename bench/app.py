"""Benchmarks of the trainee app, each against a baseline measured in the same run.

0. Start-up in a real terminal: ``quiz`` started in a tmux pane (80x24, a tmux server of this
   benchmark's own), the pane captured every few milliseconds until the home screen's text is
   there, against a bare Textual app showing one line in the same pane; median of 9 runs each,
   alternated, after one warm-up run of each. This is the figure the goal is about. Two starts
   are measured: again after the app was closed (its home screen kept, ``quiz.home_snapshot``:
   the everyday start) and after a change (nothing kept: the sets and the store read first).
1. Start-up to the first interactive screen (the home screen, sets and scores loaded), against
   a bare Textual app showing one line: wall time from process start and peak memory, median
   of several runs, each in a fresh process, headless.
2. Key press to feedback painted: Pilot presses the answer and Enter; the time until the
   screen has refreshed with the feedback. Median over many questions.
3. One durable answer write (WAL, synchronous=FULL, BEGIN IMMEDIATE ... COMMIT), against the
   floor of durability on this disk: writing a few bytes to a file and fsync-ing it.

Run: ``python bench/app.py`` (``--startup`` for the terminal start-up only; tmux must be
installed). Goals: start-up at most 1.15x the bare app's time and 1.5x its
memory; 30 ms median to feedback; 5 ms median per durable write.
"""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "questions"
RUNS = 7

TERMINAL_RUNS = 9
_BARE_TERMINAL = r"""
from textual.app import App
from textual.widgets import Static


class Bare(App):
    def compose(self):
        yield Static("bare app ready")


Bare().run()
"""
HOME_TEXT = "History of your attempts"
"""On the home screen's list: once it is painted, the trainee can choose."""


class Pane:
    """One tmux pane, 80x24, on a tmux server of its own (its own socket): the benchmark never
    touches another tmux session."""

    def __init__(self) -> None:
        self.socket = f"quiz-bench-{os.getpid()}"
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", "80", "-y", "24")
        self.tmux("set-option", "-g", "remain-on-exit", "off")
        self.socket_path = self.tmux("display-message", "-p", "#{socket_path}").strip()

    def tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], check=True, capture_output=True, text=True
        ).stdout

    def seconds_until(self, command: str, text: str, timeout: float = 20.0) -> float:
        """Start ``command`` in the pane (killing what ran there) and poll the screen until
        ``text`` shows; the time from just before the start."""
        start = time.perf_counter()
        self.tmux("respawn-pane", "-k", "-t", "bench", command)
        while time.perf_counter() - start < timeout:
            if text in self.tmux("capture-pane", "-p", "-t", "bench"):
                return time.perf_counter() - start
            time.sleep(0.01)
        raise TimeoutError(f"{text!r} did not appear: {self.tmux('capture-pane', '-p')}")

    def close(self) -> None:
        self.tmux("kill-server")
        if self.socket_path:  # tmux leaves the socket file behind
            Path(self.socket_path).unlink(missing_ok=True)


_CLOSE_ONCE = r"""
import sys
from pathlib import Path
from quiz.ui.app import build_app, keep_snapshot

questions, trainee = Path(sys.argv[1]), sys.argv[2]


async def close(pilot):
    await pilot.pause()
    pilot.app.exit()


app = build_app(questions, None, trainee)
app.run(headless=True, size=(80, 24), auto_pilot=close)
keep_snapshot(app, questions, None, trainee)
"""
"""The app opened and closed as a trainee closes it (its home screen kept for the next start),
in the benchmark's environment."""


def terminal_startup(
    folder: Path, runs: int = TERMINAL_RUNS
) -> tuple[list[float], list[float], list[float]]:
    """Seconds to the first interactive screen in tmux: (bare Textual app, quiz as a trainee
    starts it again after closing it, quiz after a change: no home screen kept)."""
    env = {
        "QUIZ_CACHE": str(folder / "cache"),
        "QUIZ_DB": str(folder / "terminal.db"),
        # To measure another version of the code with the same questions and baseline:
        # PYTHONPATH=/tmp/old-checkout python bench/app.py --startup
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
    }
    # Bytecode as an installed package has it (pip compiles it; a checkout writes it on the
    # first run): a shell with PYTHONDONTWRITEBYTECODE set would otherwise compile quiz from
    # source on every run while Textual's installed bytecode is read, and measure that instead.
    prefix = "env -u PYTHONDONTWRITEBYTECODE " + " ".join(
        f"{k}={shlex.quote(v)}" for k, v in env.items() if v
    )
    quiz = Path(sys.executable).with_name("quiz")
    quiz_command = f"{prefix} {shlex.quote(str(quiz))} --questions {shlex.quote(str(QUESTIONS))} "
    bare_command = f"{prefix} {shlex.quote(sys.executable)} -c {shlex.quote(_BARE_TERMINAL)}"
    # "Bench" closes the app once, as a trainee does, and its home screen is kept; "Changed"
    # never does (each run is stopped by tmux), as after the sets or the store changed.
    subprocess.run(
        [sys.executable, "-c", _CLOSE_ONCE, str(QUESTIONS), "Bench"],
        check=True,
        capture_output=True,
        env={**os.environ, **{k: v for k, v in env.items() if v}},
    )
    pane = Pane()
    try:
        pane.seconds_until(bare_command, "bare app ready")  # warm-up: caches, bytecode
        pane.seconds_until(quiz_command + "--trainee Changed", HOME_TEXT)
        bare: list[float] = []
        kept: list[float] = []
        changed: list[float] = []
        for _ in range(runs):
            bare.append(pane.seconds_until(bare_command, "bare app ready"))
            kept.append(pane.seconds_until(quiz_command + "--trainee Bench", HOME_TEXT))
            changed.append(pane.seconds_until(quiz_command + "--trainee Changed", HOME_TEXT))
    finally:
        pane.close()
    return bare, kept, changed


def report_terminal_startup(folder: Path) -> None:
    if shutil.which("tmux") is None:
        print("start-up in a terminal: skipped (tmux is not installed)")
        return
    runs = TERMINAL_RUNS
    if "--runs" in sys.argv:  # more runs, for a steadier median on a busy machine
        runs = int(sys.argv[sys.argv.index("--runs") + 1])
    bare, kept, changed = terminal_startup(folder, runs)
    bare_s = statistics.median(bare)
    print(f"start-up in a terminal (tmux 80x24), median of {runs}, alternated:")
    for label, times in (
        ("bare Textual app ", bare),
        ("quiz, started again", kept),
        ("quiz, after change", changed),
    ):
        print(
            f"  {label:19s} {statistics.median(times) * 1000:5.0f} ms  "
            f"{statistics.median(times) / bare_s:5.2f} x   "
            f"(runs {min(times) * 1000:.0f}-{max(times) * 1000:.0f} ms)"
        )
    print(
        "  goal: at most 1.15x the bare app (started again: the home screen kept when the app "
        "last closed; after a change: the sets and the store read before the first frame)"
    )


_STARTUP_CHILD = r"""
import time, resource, sys, json
t0 = time.perf_counter()
from pathlib import Path
kind, db = sys.argv[1], sys.argv[2]
result = {}


def painted():
    result.setdefault("seconds", time.perf_counter() - t0)


if kind == "bare":
    from textual.app import App
    from textual.widgets import Static

    class Bare(App):
        def compose(self):
            yield Static("hello")

        def on_mount(self):
            self.call_after_refresh(painted)

    app = Bare()
else:
    from quiz.ui import app as quiz_app

    chrome = quiz_app.HomeScreen.mount_chrome

    async def mount_chrome(screen):
        painted()  # the list has been painted: the trainee can choose
        await chrome(screen)

    quiz_app.HomeScreen.mount_chrome = mount_chrome
    app = quiz_app.build_app(Path(sys.argv[3]), Path(db), "Bench")


async def ready(pilot):
    await pilot.pause()
    result["settled"] = time.perf_counter() - t0
    result["screen"] = type(pilot.app.screen).__name__
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pilot.app.exit()

app.run(headless=True, size=(80, 24), auto_pilot=ready)
print(json.dumps(result))
"""


def startup(kind: str, db: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _STARTUP_CHILD, kind, str(db), str(QUESTIONS)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


async def key_to_feedback(db: Path, count: int = 40) -> list[float]:
    """From the moment the app handles Enter to the end of the refresh that paints the
    feedback (``call_after_refresh``); Pilot's own waiting between keys is not counted."""
    from quiz.ui.app import QuizScreen, build_app

    timings: list[float] = []
    original = QuizScreen.action_submit

    def timed(screen: QuizScreen) -> None:
        start = time.perf_counter()
        answering = not screen.showing_feedback
        original(screen)
        if answering and screen.showing_feedback:
            screen.call_after_refresh(lambda: timings.append(time.perf_counter() - start))

    QuizScreen.action_submit = timed  # type: ignore[method-assign]
    app = build_app(QUESTIONS, db, "Bench")
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("down", "down", "enter")  # the warning-signs set
            screen = app.screen
            assert isinstance(screen, QuizScreen)
            for _ in range(count):
                question = screen.run.question
                keys = [str(screen.order.index(a) + 1) for a in question.answer]
                if question.kind in ("ordering", "matching"):
                    keys = []
                await pilot.press(*keys, "enter")
                await pilot.pause()
                assert screen.showing_feedback
                await pilot.press("enter")
                if screen.run.done:
                    break
    finally:
        QuizScreen.action_submit = original  # type: ignore[method-assign]
    return timings


def durable_writes(db: Path, count: int = 200) -> tuple[list[float], list[float]]:
    from quiz.session import Session
    from quiz.store import ScoreStore
    from quiz.validate import load_sets

    sets = load_sets(QUESTIONS)
    session = Session(sets, ScoreStore.open(db), trainee="Bench")
    session.remember("Bench")
    question_set = next(s for s in sets if s.id == "warning-signs")
    writes: list[float] = []
    while len(writes) < count:
        run = session.start(question_set)
        while not run.done and len(writes) < count:
            start = time.perf_counter()
            session.answer(run, list(run.question.answer), elapsed_ms=1)
            writes.append(time.perf_counter() - start)
            run.position += 1
    fsyncs: list[float] = []
    path = db.with_name("fsync.bin")
    with open(path, "ab") as handle:
        for _ in range(count):
            start = time.perf_counter()
            handle.write(b"answer\n")
            handle.flush()
            os.fsync(handle.fileno())
            fsyncs.append(time.perf_counter() - start)
    return writes, fsyncs


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["QUIZ_CACHE"] = str(folder / "cache")
        report_terminal_startup(folder)
        if "--startup" in sys.argv[1:]:
            return
        startup("quiz", folder / "warm.db")  # the first run fills the parsed-set cache
        bare = [startup("bare", folder / "unused.db") for _ in range(RUNS)]
        ours = [startup("quiz", folder / "startup.db") for _ in range(RUNS)]
        assert {r["screen"] for r in ours} == {"HomeScreen"}
        bare_s = statistics.median(r["seconds"] for r in bare)
        ours_s = statistics.median(r["seconds"] for r in ours)
        bare_settled = statistics.median(r["settled"] for r in bare)
        ours_settled = statistics.median(r["settled"] for r in ours)
        bare_mb = statistics.median(r["max_rss_mb"] for r in bare)
        ours_mb = statistics.median(r["max_rss_mb"] for r in ours)
        print("start-up, from process start, median of", RUNS, "runs:")
        print("  first screen painted (interactive) / all settled (header, footer) / peak memory")
        print(
            f"  bare Textual app  {bare_s * 1000:7.0f} ms  {bare_settled * 1000:7.0f} ms  "
            f"{bare_mb:6.1f} MB"
        )
        print(
            f"  quiz home screen  {ours_s * 1000:7.0f} ms  {ours_settled * 1000:7.0f} ms  "
            f"{ours_mb:6.1f} MB"
        )
        print(
            f"  ratio             {ours_s / bare_s:7.2f} x  {ours_settled / bare_settled:7.2f} x  "
            f"{ours_mb / bare_mb:6.2f} x   (goal: at most 1.15x time, 1.5x memory)"
        )
        timings = asyncio.run(key_to_feedback(folder / "keys.db"))
        print(
            f"key press to feedback painted: median {statistics.median(timings) * 1000:.1f} ms, "
            f"p90 {sorted(timings)[int(len(timings) * 0.9)] * 1000:.1f} ms over {len(timings)} "
            "answers (goal: 30 ms median)"
        )
        writes, fsyncs = durable_writes(folder / "writes.db")
        print(
            f"durable answer write: median {statistics.median(writes) * 1000:.2f} ms, "
            f"p90 {sorted(writes)[int(len(writes) * 0.9)] * 1000:.2f} ms over {len(writes)}; "
            f"baseline write+fsync of a file: median {statistics.median(fsyncs) * 1000:.2f} ms "
            "(goal: 5 ms median)"
        )


if __name__ == "__main__":
    main()
