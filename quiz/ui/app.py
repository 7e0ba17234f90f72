"""The trainee app: builds the screens' host from a session (:func:`build_app`, the one
construction point used by the command line, the tests and the benchmarks).

Each screen lives in its own module beside this one (``home``, ``question``, ``feedback``,
``results``, ``history``, ``library``, ``help``, ``name``), with what they share in ``widgets``;
they reach the app through :mod:`quiz.ui.host` and never import this module. Text from question
files and case documents is data: it is shown through :func:`~quiz.ui.widgets.literal`, never
parsed as markup. Every answer is committed to the store before its feedback is shown.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding

from quiz.errors import InputError
from quiz.session import Run, Session, cache_dir, default_db, utc_now
from quiz.store import Attempt, ScoreStore, StoreError
from quiz.ui.home import HomeScreen
from quiz.ui.widgets import literal
from quiz.validate import load_sets

if TYPE_CHECKING:
    from quiz.material import Material
    from quiz.ui.brief import CaseBriefs
    from quiz.ui.name import NameScreen
    from quiz.ui.question import QuizScreen
    from quiz.ui.results import ResultsScreen

# Only the first screen is imported with the app: the other screens (and what they need, such as
# the taxonomy's cue patterns for the results) are imported when first shown.
_LATER = {
    "NameScreen": "quiz.ui.name",
    "QuizScreen": "quiz.ui.question",
    "ResultsScreen": "quiz.ui.results",
}


def __getattr__(name: str) -> object:
    """``from quiz.ui.app import QuizScreen`` goes on working (the drill app, the tests)."""
    if name in _LATER:
        import importlib

        return getattr(importlib.import_module(_LATER[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "HomeScreen",
    "NameScreen",
    "QuizApp",
    "QuizScreen",
    "ResultsScreen",
    "build_app",
    "literal",
    "run_app",
]


class QuizApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "Recruitment awareness quiz"
    COMMANDS = App.COMMANDS | {lambda: _commands()}
    BINDINGS = [
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
        Binding("f1", "help", "Help", show=True),
    ]

    def __init__(
        self,
        session: Session,
        seeds: Path | None = None,
        first_read: list[Attempt] | None = None,
    ) -> None:
        super().__init__()
        self._first_read = first_read
        self.session = session
        self.seeds = seeds
        self._material: Material | None = None
        self.titles = {d.doc: d.title for s in session.sets for d in s.sources if d.title}
        self._briefs: CaseBriefs | None = None

    def on_mount(self) -> None:
        if self.session.trainee:
            self.push_screen(HomeScreen())
        else:
            from quiz.ui.name import NameScreen

            self.push_screen(NameScreen())

    @property
    def briefs(self) -> CaseBriefs:
        """The case briefs, built when a question first needs one."""
        if self._briefs is None:
            from quiz.ui.brief import CaseBriefs

            self._briefs = CaseBriefs(self.session.sets, self.titles)
        return self._briefs

    def remember(self, name: str) -> None:
        self.guarded(lambda: self.session.remember(name))
        self.switch_screen(HomeScreen())

    def read_attempts(self) -> list[Attempt]:
        first, self._first_read = self._first_read, None
        if first is not None and self.session.trainee is not None:
            return first
        return self.session.store.attempts(self.session.name)

    def guarded(self, action: Callable[[], object]) -> None:
        """Run a store operation; if it fails, say so plainly and keep the app alive."""
        try:
            action()
        except StoreError as err:
            self.notify(str(err), title="Score store", severity="error", timeout=10)

    def begin(self, run: Run | None) -> None:
        if run is None:
            self.notify("Nothing to do here right now.")
            return
        if run.done:
            from quiz.ui.results import ResultsScreen

            self.session.advance(run)
            self.push_screen(ResultsScreen(run))
            return
        from quiz.ui.question import QuizScreen

        self.push_screen(QuizScreen(run))

    def material(self) -> Material:
        from quiz.material import load_material

        if self._material is None:
            if self.seeds is None:
                raise InputError("seeds", "no case material folder given")
            self._material = load_material(self.seeds)
        return self._material

    # Actions, by name: keys, the command palette and the screens reach them the same way.

    def action_help(self) -> None:
        from quiz.ui.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_history(self) -> None:
        from quiz.ui.history import HistoryScreen

        self.push_screen(HistoryScreen())

    def action_library(self) -> None:
        from quiz.ui.library import LibraryScreen

        self.push_screen(LibraryScreen())

    def action_review(self) -> None:
        self.guarded(lambda: self.begin(self.session.review_run()))


def _commands() -> type:
    from quiz.ui.commands import QuizCommands  # textual.command is loaded when first used

    return QuizCommands


def build_app(
    questions: Path,
    db: Path | None = None,
    trainee: str | None = None,
    *,
    seeds: Path | None = None,
    clock: Callable[[], datetime] = utc_now,
    new_seed: Callable[[], int] | None = None,
) -> QuizApp:
    """The one construction point, used by the command line, the tests and the benchmarks."""
    sets = load_sets(questions, cache=cache_dir())
    store = ScoreStore.open(db or default_db())
    try:
        session = Session(sets, store, trainee=trainee, clock=clock)
        first_read: list[Attempt] | None = None
        if session.trainee:
            # What the home screen shows first is read now: a store whose rows quiz did not
            # write is refused in one line, before anything is written to it.
            first_read = session.store.attempts(session.trainee)
            session.scores(first_read)
            session.due()
            session.interrupted()
        if new_seed is not None:
            session.new_seed = new_seed
        # ``--trainee`` is for this run: the remembered trainee (asked once) stays as it was.
    except BaseException:
        store.close()
        raise
    if seeds is None and os.path.isdir(questions.parent / "seeds"):
        seeds = questions.parent / "seeds"
    return QuizApp(session, seeds, first_read)


def run_app(questions: Path, db: Path | None, trainee: str | None) -> int:
    """The app; a bad question set or score store is refused (an :class:`InputError` or a
    :class:`StoreError`, one line each) before the screen is taken over."""
    app = build_app(questions, db, trainee)
    app.run()
    return app.return_code or 0
