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
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual.app import App
from textual.binding import Binding

from quiz.errors import InputError, StoreError
from quiz.ui.widgets import literal

if TYPE_CHECKING:
    from quiz.home_snapshot import Home
    from quiz.material import Material
    from quiz.session import Run, Session
    from quiz.store import Attempt
    from quiz.ui.brief import CaseBriefs
    from quiz.ui.home import HomeScreen
    from quiz.ui.name import NameScreen
    from quiz.ui.question import QuizScreen
    from quiz.ui.results import ResultsScreen
    from quiz.ui.start import StartScreen

# Nothing of quiz's models, sets or store is imported with the app: a start from the home
# screen's snapshot paints it first (:mod:`quiz.ui.start`). The screens (and what they need,
# such as the taxonomy's cue patterns for the results) are imported when first shown.
_LATER = {
    "HomeScreen": "quiz.ui.home",
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
        session: Session | None,
        seeds: Path | None = None,
        first_read: list[Attempt] | None = None,
        *,
        start: Home | None = None,
        load: Callable[[], tuple[Session, list[Attempt] | None]] | None = None,
    ) -> None:
        """With ``session`` None, ``start`` (the home screen's snapshot) is painted first and
        ``load`` then reads the sets and the store."""
        super().__init__()
        self._first_read = first_read
        self._session = session
        self._start = start
        self._load = load
        self.failure: Exception | None = None
        """What stopped a start from its snapshot (a set or the store gone bad since)."""
        self.seeds = seeds
        self._material: Material | None = None
        self._titles: dict[str, str] | None = None
        self._briefs: CaseBriefs | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the question sets have not been read yet")
        return self._session

    @property
    def loaded(self) -> bool:
        return self._session is not None

    @property
    def titles(self) -> dict[str, str]:
        """Document name to title, of the loaded sets' sources."""
        if self._titles is None:
            sets = self.session.sets
            self._titles = {d.doc: d.title for s in sets for d in s.sources if d.title}
        return self._titles

    def on_mount(self) -> None:
        if self._start is not None:
            from quiz.ui.start import StartScreen

            self.push_screen(StartScreen(self._start))
        elif self.session.trainee:
            from quiz.ui.home import HomeScreen

            self.push_screen(HomeScreen())
        else:
            from quiz.ui.name import NameScreen

            self.push_screen(NameScreen())

    def on_ready(self) -> None:
        # The start-up batch is over: the first frame goes to the terminal with the next
        # refresh, and only after it are the sets and the store read (a callback made during
        # the start-up batch runs before anything is drawn).
        if self._start is not None and not self.loaded:
            start = cast("StartScreen", self.screen)
            self.call_after_refresh(lambda: self.finish_start(start))

    def finish_start(self, start: StartScreen) -> None:
        """The snapshot is painted: read the sets and the store, then the real home screen in
        its place, the highlight where it was and what was chosen meanwhile opened. A set or a
        store gone bad since ends the app with its one-line error, as before any start."""
        if self._load is None or self._session is not None:
            return
        import sys

        interval = sys.getswitchinterval()
        sys.setswitchinterval(0.0002)
        try:
            self._session, self._first_read = self._load()
        except (InputError, StoreError) as err:
            self.failure = err
            self.exit(return_code=2)
            return
        finally:
            sys.setswitchinterval(interval)
        if self._session.trainee:
            from quiz.ui.home import HomeScreen

            self.switch_screen(HomeScreen(start.highlighted, start.chosen))
        else:
            from quiz.ui.name import NameScreen

            self.switch_screen(NameScreen())

    @property
    def briefs(self) -> CaseBriefs:
        """The case briefs, built when a question first needs one."""
        if self._briefs is None:
            from quiz.ui.brief import CaseBriefs

            self._briefs = CaseBriefs(self.session.sets, self.titles)
        return self._briefs

    def remember(self, name: str) -> None:
        from quiz.ui.home import HomeScreen

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


def load_session(
    questions: Path,
    db: Path | None = None,
    trainee: str | None = None,
    *,
    clock: Callable[[], datetime] | None = None,
    new_seed: Callable[[], int] | None = None,
) -> tuple[Session, list[Attempt] | None]:
    """The sets, the store and the trainee's attempts (read now: a store whose rows quiz did not
    write is refused in one line, before anything is written to it)."""
    from quiz.paths import cache_dir, default_db
    from quiz.session import Session, utc_now
    from quiz.store import ScoreStore
    from quiz.validate import load_sets

    sets = load_sets(questions, cache=cache_dir())
    store = ScoreStore.open(db or default_db())
    try:
        session = Session(sets, store, trainee=trainee, clock=clock or utc_now)
        first_read: list[Attempt] | None = None
        if session.trainee:
            # What the home screen shows first is read now.
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
    return session, first_read


def _seeds_beside(questions: Path, seeds: Path | None) -> Path | None:
    if seeds is None and os.path.isdir(questions.parent / "seeds"):
        return questions.parent / "seeds"
    return seeds


def build_app(
    questions: Path,
    db: Path | None = None,
    trainee: str | None = None,
    *,
    seeds: Path | None = None,
    clock: Callable[[], datetime] | None = None,
    new_seed: Callable[[], int] | None = None,
) -> QuizApp:
    """The one construction point, used by the command line, the tests and the benchmarks."""
    session, first_read = load_session(questions, db, trainee, clock=clock, new_seed=new_seed)
    return QuizApp(session, _seeds_beside(questions, seeds), first_read)


def start_app(
    questions: Path,
    db: Path | None = None,
    trainee: str | None = None,
    *,
    seeds: Path | None = None,
) -> QuizApp | None:
    """The app as the command line starts it: from the home screen's snapshot where one is
    valid for these (nothing read before the first frame), else None (then :func:`build_app`,
    which reads everything first)."""
    from quiz import home_snapshot
    from quiz.paths import cache_dir, default_db

    store = db or default_db()
    home = home_snapshot.read(cache_dir(), questions, store, trainee, datetime.now(UTC))
    if home is None:
        return None
    return QuizApp(
        None,
        _seeds_beside(questions, seeds),
        start=home,
        load=lambda: load_session(questions, db, trainee),
    )


def keep_snapshot(app: QuizApp, questions: Path, db: Path | None, trainee: str | None) -> None:
    """After the app has closed: the home screen as the next start will find it, kept once the
    store is closed (see :mod:`quiz.home_snapshot`). Nothing is kept without a trainee, nor if
    the store cannot be read now."""
    from quiz import home_snapshot
    from quiz.paths import cache_dir, default_db
    from quiz.session import utc_now
    from quiz.ui.home import COUNTS, home_entries, read_settings, status_line

    if not app.loaded or not app.session.trainee:
        return
    session = app.session
    try:
        entries, _ = home_entries(session, session.store.attempts(session.name))
        count_index, shuffle = read_settings(session.store)
        next_due = session.store.next_due(session.name, utc_now())
    except StoreError:
        return
    finally:
        session.store.close()
    status = status_line(session.name, COUNTS[count_index], shuffle)
    home = home_snapshot.Home(status, entries)
    home_snapshot.write(cache_dir(), questions, db or default_db(), trainee, home, next_due)


def run_app(
    questions: Path, db: Path | None, trainee: str | None, *, seeds: Path | None = None
) -> int:
    """The app, from the home screen's snapshot where one is valid (nothing has changed since it
    last closed), else reading everything first; its home screen kept when it closes. A bad
    question set or score store is refused (an :class:`InputError` or a :class:`StoreError`,
    one line each) before the screen is taken over."""
    app = start_app(questions, db, trainee, seeds=seeds) or build_app(
        questions, db, trainee, seeds=seeds
    )
    app.run()
    if app.failure is not None:
        raise app.failure
    keep_snapshot(app, questions, db, trainee)
    return app.return_code or 0
