"""Drill mode and the presenter view.

Drill mode reuses the question screen: the same keys, a countdown per question, feedback held
back when the drill says so. Every answer goes to the store and to the sealed result file
(written atomically after each answer), so a drill interrupted midway still hands in what was
answered.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Digits, Footer, Header, Static

from quiz.drill import (
    AnswerKey,
    Drill,
    DrillQuestion,
    Response,
    Result,
    numbered_answer,
    result_json,
    result_path,
    resume_point,
)
from quiz.engine import is_correct
from quiz.errors import InputError
from quiz.files import write_atomic
from quiz.models import Question
from quiz.paths import default_db
from quiz.plaintext import count
from quiz.session import Run
from quiz.store import ScoreStore, StoreError
from quiz.ui.app import NameScreen, QuizScreen, literal


def as_question(question: DrillQuestion) -> Question:
    return Question(
        id=question.id,
        topic=question.topic,
        kind=question.kind,
        tags=question.tags,
        prompt=question.prompt,
        choices=question.choices,
        answer=question.answer,
        explanation=question.explanation,
        sources=question.sources,
        case=question.case,
        items=question.items,
    )


class DrillSession:
    """The drill's side of what the question screen asks of a session.

    A trainee who runs a drill again goes on where they stopped: the answers in their result
    file are kept, the store's open attempt at the drill is continued (and given any answer
    the file has and it lacks), and the drill goes on from the first question not answered.
    """

    def __init__(self, drill: Drill, results: Path, store: ScoreStore | None) -> None:
        self.drill = drill
        self.results = results
        self.store = store
        self.trainee: str | None = None
        self.responses: list[Response] = []
        self.started = ""
        self.attempt_id: int | None = None
        self.path: Path | None = None
        self.resumed = False
        """Whether the result file held answers from an earlier run."""
        self.finished: str | None = None

    @property
    def immediate(self) -> bool:
        return self.drill.drill.feedback == "immediate"

    def remember(self, name: str) -> None:
        self.trainee = name.strip()

    @property
    def name(self) -> str:
        return self.trainee or ""

    def prepare(self) -> None:
        """Find the trainee's result file and what it holds; nothing is written. A finished or
        refused result file is an :class:`InputError`."""
        self.path = result_path(self.results, self.drill.drill.id, self.name)
        earlier = resume_point(self.path, self.drill, self.name)
        self.resumed = earlier is not None
        self.responses = list(earlier.responses) if earlier is not None else []
        self.started = earlier.started if earlier is not None else ""

    def begin(self) -> Run:
        """Start the clock: the result file says the drill is in progress, the store has the
        attempt. Called once the trainee has seen the start screen."""
        if self.path is None:
            self.prepare()
        assert self.path is not None
        if not self.started:
            self.started = datetime.now(UTC).isoformat(timespec="seconds")
        questions = [as_question(q) for q in self.drill.questions]
        self.save()
        if self.store is not None:
            try:
                self.attempt_id = self._store_attempt(questions)
            except StoreError:
                if not self.resumed:
                    self.path.unlink(missing_ok=True)  # the empty result just written
                raise
        run = Run(
            self.attempt_id or 0,
            self.drill.drill.id,
            self.drill.drill.title,
            questions,
            self.drill.drill.pass_mark,
        )
        for given, question in zip(self.responses, questions, strict=False):
            right = self.immediate and not given.timed_out and is_correct(question, given.response)
            run.results.append((question, bool(right)))
        run.position = len(self.responses)
        if run.done:  # stopped after the last answer, before the file said finished
            self.hand_in()
        return run

    def _store_attempt(self, questions: list[Question]) -> int:
        """The store's open attempt at this drill whose answers are the result file's (the
        latest such), else a new one; answers the result file holds and the store lacks are
        added to it, so the two agree."""
        assert self.store is not None
        header = self.drill.drill
        answers = [(r.question, r.response) for r in self.responses]
        open_attempts = [
            a
            for a in self.store.attempts(self.name)
            if a.set_id == header.id
            and a.mode == "drill"
            and not a.finished
            and [(s.question_id, s.response) for s in a.steps] == answers[: len(a.steps)]
        ]
        if self.resumed and open_attempts:
            attempt = open_attempts[-1]
            attempt_id, kept = attempt.id, {s.question_id for s in attempt.steps}
        else:
            attempt_id = self.store.start_attempt(
                self.name,
                header.id,
                header.title,
                [q.id for q in questions],
                seed=header.seed,
                shuffled=True,
                pass_mark=header.pass_mark,
                now=self._started_at(),
                mode="drill",
            )
            kept = set()
        for position, (given, question) in enumerate(zip(self.responses, questions, strict=False)):
            if given.question not in kept:
                self._record(attempt_id, position, question, given)
        return attempt_id

    def _started_at(self) -> datetime:
        """When the result file says the drill started: the store's attempt says the same, so
        that a report sees one attempt in both (a resumed file keeps its first start)."""
        try:
            moment = datetime.fromisoformat(self.started)
        except ValueError:
            return datetime.now(UTC)
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

    def _record(self, attempt_id: int, position: int, question: Question, given: Response) -> None:
        assert self.store is not None
        right = self.immediate and not given.timed_out and is_correct(question, given.response)
        self.store.record_answer(
            attempt_id,
            position,
            question.id,
            list(given.response),
            correct=bool(right),
            topic=question.topic,
            tags=question.tags,
            benign=None,
            now=datetime.now(UTC),
            elapsed_ms=given.elapsed_ms,
        )

    def answer(
        self, run: Run, response: list[str], elapsed_ms: int | None, timed_out: bool = False
    ) -> bool | None:
        question = run.question
        limit = self.drill.drill.time_limit * 1000
        elapsed = min(elapsed_ms or 0, limit) if limit else (elapsed_ms or 0)
        given = Response(question.id, tuple(response), elapsed, timed_out)
        correct = is_correct(question, response) if self.immediate and not timed_out else None
        # The file first, with this answer; the answer counts as given only once both the file
        # and the store have it. If either fails, nothing moves on and the answer can be given
        # again without being counted twice.
        self.save([*self.responses, given])
        if self.store is not None and self.attempt_id is not None:
            self._record(self.attempt_id, run.position, question, given)
        self.responses.append(given)
        run.results.append((question, bool(correct)))
        return correct

    def advance(self, run: Run) -> None:
        if run.position + 1 >= len(run.questions):
            self.hand_in()
        run.position += 1

    def hand_in(self) -> None:
        """The last question is answered: the result file says finished, the store's attempt
        is closed."""
        self.finished = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            self.save()
        except InputError:
            self.finished = None
            raise
        if self.store is not None and self.attempt_id is not None:
            self.store.finish_attempt(self.attempt_id, datetime.now(UTC))

    def save(self, responses: list[Response] | None = None) -> None:
        """The sealed result file as it stands, "in progress" until the last question is
        answered: written again after every answer. A file that cannot be written is an
        :class:`InputError` naming it; the old file stays."""
        assert self.path is not None
        result = Result(
            self.drill.drill.id,
            self.drill.drill.digest,
            self.name,
            self.started,
            self.finished,
            tuple(self.responses if responses is None else responses),
        )
        write_atomic(self.path, result_json(result, self.drill.drill))


class DrillStartScreen(Screen[None]):
    """What the drill is before the clock starts: title, questions, time limit, pass mark;
    the clock starts when the trainee presses Enter."""

    BINDINGS = [
        Binding("enter", "start", "Start the clock", show=True),
        Binding("escape", "app.quit", "Leave (nothing is written)", show=True),
    ]

    def __init__(self, session: DrillSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        header = self.session.drill.drill
        total = len(self.session.drill.questions)
        limit = f"{header.time_limit} s per question" if header.time_limit else "no time limit"
        feedback = (
            "You see whether each answer is right as you go."
            if header.feedback == "immediate"
            else "You see no answers during the drill: your instructor goes through it after."
        )
        lines = [
            header.title,
            "",
            f"Trainee: {self.session.name}",
            f"{count(total, 'question')} · {limit} · pass mark {header.pass_mark}%",
            feedback,
            "",
        ]
        done = len(self.session.responses)
        if self.session.resumed and done >= total:
            lines += ["You answered every question before: press Enter to hand the drill in.", ""]
        elif self.session.resumed:
            lines += [
                f"You answered {done} of {total} before; your answers are kept.",
                f"You go on at question {done + 1}"
                + (", with its full time." if header.time_limit else "."),
                "",
            ]
        if done < total:
            lines.append("Press Enter when you are ready: the clock starts then.")
        yield Header()
        yield Static(literal("\n".join(lines)), id="drill-start")
        yield Footer()

    def action_start(self) -> None:
        self.app.begin()  # type: ignore[attr-defined]


class LeaveScreen(ModalScreen[bool]):
    """Asks before leaving a drill; says that the answers are kept and how to go on."""

    BINDINGS = [
        Binding("y", "leave", "Leave", show=True),
        Binding("n,escape", "stay", "Stay", show=True),
    ]

    def __init__(self, session: DrillSession, run: Run) -> None:
        super().__init__()
        self.session = session
        self.run = run

    def compose(self) -> ComposeResult:
        done = len(self.session.responses)
        total = len(self.run.questions)
        text = (
            f"Leave the drill? Your answers so far ({done} of {total}) are kept in\n"
            f"{self.session.path}.\n\nRun the same command again to go on at question "
            f"{done + 1}. The clock keeps running until you choose.\n\n"
            "y: leave    n or Esc: stay"
        )
        yield Static(literal(text), id="leave-box")

    def action_leave(self) -> None:
        self.dismiss(True)

    def action_stay(self) -> None:
        self.dismiss(False)


class DrillScreen(QuizScreen):
    """A question with a countdown; feedback only when the drill allows it."""

    BINDINGS = [Binding("escape", "leave", "Leave (answers kept)", show=True)]

    def on_mount(self) -> None:
        super().on_mount()
        self.set_interval(0.25, self.tick)

    def show_question(self) -> None:
        super().show_question()
        self.tick()  # the countdown from the first moment

    @property
    def drill(self) -> Drill:
        return self.app.session.drill  # type: ignore[attr-defined, no-any-return]

    def remaining(self) -> float:
        limit = self.drill.drill.time_limit
        return limit - (time.monotonic() - self.shown_at) if limit else float("inf")

    def tick(self) -> None:
        if self.showing_feedback or self.run.done:
            return
        left = self.remaining()
        total = len(self.run.questions)
        clock = f" · {max(0, int(left + 0.999))} s left" if left != float("inf") else ""
        self.query_one("#progress", Static).update(
            literal(f"{self.run.title} · question {self.run.position + 1} of {total}{clock}")
        )
        if left <= 0:
            if isinstance(self.app.screen, LeaveScreen):
                # Time ran out while the trainee was asked about leaving: they stay, and the
                # question is missed as it would have been.
                self.app.screen.dismiss(False)
            try:
                self.app.session.answer(  # type: ignore[attr-defined]
                    self.run, [], self.drill.drill.time_limit * 1000, timed_out=True
                )
            except (StoreError, InputError) as err:
                self.not_saved(err)  # tried again on the next tick
                return
            self.notify("Time is up: this question counts as missed.", severity="warning")
            self.next_question()

    def action_submit(self) -> None:
        session: DrillSession = self.app.session  # type: ignore[attr-defined]
        if self.showing_feedback:
            self.next_question()
            return
        taken = self.take_answer()
        if taken is None:
            return
        answer, elapsed = taken
        try:
            correct = session.answer(self.run, answer, elapsed)
        except (StoreError, InputError) as err:
            self.not_saved(err)
            return
        if session.immediate and correct is not None:
            self.showing_feedback = True
            self.show_feedback(correct, answer)
        else:
            self.next_question()

    def not_saved(self, err: Exception) -> None:
        # The countdown retries a timed-out answer four times a second: say it once a while.
        now = time.monotonic()
        if now - getattr(self, "_warned_at", -10.0) < 3:
            return
        self._warned_at = now
        self.notify(
            f"Your answer could not be saved: {err}. Try again.",
            title="Not saved",
            severity="error",
            timeout=10,
        )

    def next_question(self) -> None:
        session: DrillSession = self.app.session  # type: ignore[attr-defined]
        try:
            session.advance(self.run)
        except (StoreError, InputError) as err:
            self.not_saved(err)
            return
        if self.run.done:
            self.app.switch_screen(HandedInScreen(self.run, session))
        else:
            self.show_question()

    def action_leave(self) -> None:
        session: DrillSession = self.app.session  # type: ignore[attr-defined]
        self.app.push_screen(LeaveScreen(session, self.run), self._left)

    def _left(self, leave: bool | None) -> None:
        if leave:
            self.app.leave(self.run)  # type: ignore[attr-defined]


class HandedInScreen(Screen[None]):
    BINDINGS = [Binding("enter,escape", "app.quit", "Close", show=True)]

    def __init__(self, run: Run, session: DrillSession) -> None:
        super().__init__()
        self.run = run
        self.session = session

    def compose(self) -> ComposeResult:
        answered = sum(1 for r in self.session.responses if not r.timed_out)
        lines = [
            f"{self.run.title}: handed in. {answered} of {len(self.run.questions)} answered.",
            f"Result file: {self.session.path}",
        ]
        if self.session.immediate:
            right = sum(1 for _, ok in self.run.results if ok)
            percent = round(100 * right / len(self.run.results)) if self.run.results else 0
            verdict = "PASS" if percent >= self.run.pass_mark else "not yet a pass"
            lines.insert(1, f"Score: {right} of {len(self.run.results)} ({percent}%) · {verdict}")
        else:
            lines.append("Your instructor grades the drill and goes through it with the group.")
        yield Header()
        yield Static(literal("\n".join(lines)), id="results")
        yield Footer()


class DrillApp(App[None]):
    CSS_PATH = ["app.tcss", "drill.tcss"]
    TITLE = "Drill"
    BINDINGS = [Binding("ctrl+c", "quit", "Quit", show=False, priority=True)]

    def __init__(self, session: DrillSession) -> None:
        super().__init__()
        self.session = session
        self.titles: dict[str, str] = {}
        self.failure: str | None = None
        """Why the drill could not start (its result file or the store cannot be written)."""
        self.notice: str | None = None
        """What to tell the trainee after the app closes (how to go on after leaving)."""

    def on_mount(self) -> None:
        if self.session.trainee:
            self.start()
        else:
            self.push_screen(NameScreen())

    def remember(self, name: str) -> None:
        self.session.remember(name)
        self.pop_screen()
        self.start()

    def start(self) -> None:
        """The start screen, once the trainee's earlier answers (if any) are known."""
        try:
            self.session.prepare()
        except InputError as err:
            self.failure = str(err)
            self.exit(return_code=2)
            return
        self.push_screen(DrillStartScreen(self.session))

    def begin(self) -> None:
        try:
            run = self.session.begin()
        except (StoreError, InputError) as err:
            self.failure = str(err)
            self.exit(return_code=2)
            return
        if run.done:
            self.switch_screen(HandedInScreen(run, self.session))
        else:
            self.switch_screen(DrillScreen(run))

    def leave(self, run: Run) -> None:
        done = len(self.session.responses)
        self.notice = (
            f"left the drill; your answers so far ({done} of {len(run.questions)}) are kept in "
            f"{self.session.path}; run the same command again to go on at question {done + 1}"
        )
        self.exit()


def run_drill(drill: Drill, trainee: str | None, results: Path, db: Path | None) -> int:
    """Take a drill (checked by :func:`quiz.drill.load_drill`, its results folder by the
    command line); a store that cannot be opened is refused before the screen is taken."""
    store = ScoreStore.open(db or default_db())
    session = DrillSession(drill, results, store)
    if trainee:
        session.remember(trainee)
    app = DrillApp(session)
    app.run()
    store.close()
    if app.failure is not None:
        print(f"quiz: {app.failure}", file=sys.stderr)
        return 2
    if app.notice is not None:
        print(f"quiz: {app.notice}")
    return app.return_code or 0


# --- presenter -------------------------------------------------------------------------------


class PresenterApp(App[None]):
    """For a projector: the question and its choices in large spacing, a timer, then on a
    key the answer, the explanation, the case passage and a discussion prompt."""

    TITLE = "Drill: presenter view"
    CSS = """
    #question { padding: 1 4; text-style: bold; }
    #choices { padding: 0 6; }
    #timer { width: auto; margin: 0 4; }
    #reveal { padding: 1 4; color: $success; }
    """
    BINDINGS = [
        Binding("space,a", "reveal", "Show the answer", show=True),
        Binding("n,right", "next", "Next", show=True),
        Binding("p,left", "previous", "Previous", show=True),
        Binding("ctrl+c,q", "quit", "Quit", show=True, priority=True),
    ]

    def __init__(self, drill: Drill, key: AnswerKey | None) -> None:
        super().__init__()
        self.drill = drill
        self.key = {e.question: e for e in key.answers} if key else {}
        self.index = 0
        self.started = time.monotonic()

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield Digits("0", id="timer")
            yield Static(id="question")
            yield Static(id="choices")
            yield Static(id="reveal")
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(0.5, self.tick)
        self.show()

    def tick(self) -> None:
        limit = self.drill.drill.time_limit
        elapsed = int(time.monotonic() - self.started)
        value = max(0, limit - elapsed) if limit else elapsed
        # A tick due as the app closes finds its screen already taken down: nothing to show.
        for timer in self.query("#timer").results(Digits):
            timer.update(f"{value // 60}:{value % 60:02d}")

    def show(self) -> None:
        question = self.drill.questions[self.index]
        self.started = time.monotonic()
        total = len(self.drill.questions)
        self.query_one("#question", Static).update(
            literal(f"Question {self.index + 1} of {total}\n\n{question.prompt}")
        )
        items = "".join(f"\n  • {i.text}" for i in question.items)
        choices = "\n\n".join(f"{n}.  {c.text}" for n, c in enumerate(question.choices, start=1))
        self.query_one("#choices", Static).update(
            literal(choices + ("\n" + items if items else ""))
        )
        self.query_one("#reveal", Static).update("")

    def action_reveal(self) -> None:
        question = self.drill.questions[self.index]
        entry = self.key.get(question.id)
        answer = entry.answer if entry else question.answer
        explanation = entry.explanation if entry else question.explanation
        if not answer:
            self.notify(
                "This drill holds no answers and no key is beside it: start the presenter "
                "with --key KEY.toml."
            )
            return
        text = (
            f"Answer: {numbered_answer(question, answer)}\n\n{explanation}\n\n"
            "Discuss: at which point could this have been reported, and to whom?"
        )
        self.query_one("#reveal", Static).update(literal(text))

    def action_next(self) -> None:
        if self.index < len(self.drill.questions) - 1:
            self.index += 1
            self.show()

    def action_previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.show()


def run_presenter(drill: Drill, key: AnswerKey | None) -> int:
    app = PresenterApp(drill, key)
    app.run()
    return app.return_code or 0
