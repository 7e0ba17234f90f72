"""The home screen: the sets with last and best score, Resume, Review, history, library."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quiz.session import Session
from quiz.store import Attempt, ScoreStore, StoreError
from quiz.topics import TOPIC_TITLES
from quiz.ui.host import host
from quiz.ui.widgets import literal

COUNTS = (None, 5, 10, 20)
"""Questions per attempt the trainee can choose (None: all)."""
COUNT_SETTING = "questions_per_attempt"
SHUFFLE_SETTING = "shuffle"


class HomeScreen(Screen[None]):
    """Sets with last and best score, review due, resume, history and the case library."""

    BINDINGS = [
        Binding("enter", "choose", "Start", show=True),
        Binding("c", "cycle_count", "Questions: all/5/10/20", show=True),
        Binding("s", "toggle_shuffle", "Shuffle", show=True),
        Binding("h", "history", "History", show=True),
        Binding("l", "library", "Case library", show=True),
        Binding("t", "switch_trainee", "Change trainee", show=False),
    ]

    def __init__(
        self, highlighted: int | None = None, then_open: tuple[str, str] | None = None
    ) -> None:
        super().__init__()
        self.start_highlight = highlighted
        """Where the highlight starts (where it was on the start-up snapshot)."""
        self.then_open = then_open
        """An entry to open once shown (chosen on the start-up snapshot)."""
        self.count_index = 0
        self.shuffle = False
        self.entries: list[tuple[str, str]] = []
        self.open_attempts: dict[int, Attempt] = {}

    @property
    def session(self) -> Session:
        return host(self).session

    def compose(self) -> ComposeResult:
        self.read_settings()
        yield Static(id="status")
        yield OptionList(id="entries", markup=False)

    def read_settings(self) -> None:
        """Questions per attempt and shuffle, as the trainee last left them (kept in the score
        store's settings, each written in one transaction); anything else there is ignored."""
        try:
            self.count_index, self.shuffle = read_settings(self.session.store)
        except StoreError:
            return  # the entries say the store is unreadable

    def save_settings(self) -> None:
        store = self.session.store
        app = host(self)
        app.guarded(
            lambda: store.set_setting(COUNT_SETTING, str(COUNTS[self.count_index] or "all"))
        )
        app.guarded(lambda: store.set_setting(SHUFFLE_SETTING, "on" if self.shuffle else "off"))

    def on_mount(self) -> None:
        # The header and the key footer come a frame after the list: the list is what a
        # trainee needs first, and the footer alone costs about a third of the start-up.
        self.call_after_refresh(self.mount_chrome)

    async def mount_chrome(self) -> None:
        from textual.widgets import Footer, Header  # imported after the first paint, too

        await self.mount(Header(), before=0)
        await self.mount(Footer())
        self.refresh_bindings()  # the footer lists the keys once told they are there

    def on_screen_resume(self) -> None:
        """Shown first, and again on coming back: scores, resume and reviews may have moved."""
        self.refresh_entries()

    def refresh_entries(self) -> None:
        session = self.session
        try:
            # One read of the trainee's attempts for the scores and the Resume entries (at
            # start-up, the one the app made before taking over the screen).
            entries, interrupted = home_entries(session, host(self).read_attempts())
        except StoreError as err:
            # The sets can still be taken; what the store holds is said to be unreadable.
            self.app.notify(str(err), title="Score store", severity="error", timeout=10)
            entries, interrupted = home_entries(session, None)
        self.entries = [(kind, entry_id) for kind, entry_id, _ in entries]
        self.open_attempts = {a.id: a for a in interrupted}
        option_list = self.query_one("#entries", OptionList)
        highlighted = option_list.highlighted
        if highlighted is None:
            highlighted, self.start_highlight = self.start_highlight, None
        option_list.clear_options()
        option_list.add_options([Option(literal(label)) for _, _, label in entries])
        option_list.highlighted = min(highlighted or 0, len(entries) - 1)
        self.show_status()
        chosen, self.then_open = self.then_open, None
        if chosen in self.entries:  # chosen on the start-up snapshot, before this was shown
            self.open_entry(self.entries.index(chosen))

    def show_status(self) -> None:
        status = status_line(self.session.name, COUNTS[self.count_index], self.shuffle)
        self.query_one("#status", Static).update(literal(status))

    def action_cycle_count(self) -> None:
        self.count_index = (self.count_index + 1) % len(COUNTS)
        self.save_settings()
        self.show_status()

    def action_toggle_shuffle(self) -> None:
        self.shuffle = not self.shuffle
        self.save_settings()
        self.show_status()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.open_entry(event.option_index)

    def action_choose(self) -> None:
        highlighted = self.query_one("#entries", OptionList).highlighted
        if highlighted is not None:
            self.open_entry(highlighted)

    def open_entry(self, index: int) -> None:
        kind, set_id = self.entries[index]
        app = host(self)
        if kind == "resume":
            attempt = self.open_attempts[int(set_id)]
            app.guarded(lambda: app.begin(self.session.resume(attempt)))
        elif kind == "review":
            app.guarded(lambda: app.begin(self.session.review_run()))
        elif kind == "set":
            question_set = self.session.set_of[set_id]
            count = COUNTS[self.count_index]
            app.guarded(
                lambda: app.begin(
                    self.session.start(question_set, count=count, shuffle=self.shuffle)
                )
            )
        elif kind == "history":
            self.action_history()
        else:
            self.action_library()

    def action_history(self) -> None:
        from quiz.ui.history import HistoryScreen  # loaded when first shown, not at start-up

        self.app.push_screen(HistoryScreen())

    def action_switch_trainee(self) -> None:
        """Another person at the same machine: their own history, resume and reviews."""
        from quiz.ui.name import NameScreen

        self.app.switch_screen(NameScreen())

    def action_library(self) -> None:
        from quiz.ui.library import LibraryScreen  # reads the taxonomy's cues: not at start-up

        self.app.push_screen(LibraryScreen())


def read_settings(store: ScoreStore) -> tuple[int, bool]:
    """Questions per attempt (as an index of :data:`COUNTS`) and shuffle, as last left."""
    count = store.setting(COUNT_SETTING)
    shuffle = store.setting(SHUFFLE_SETTING)
    labels = [str(c or "all") for c in COUNTS]
    return labels.index(count) if count in labels else 0, shuffle == "on"


def status_line(name: str, count: int | None, shuffle: bool) -> str:
    return (
        f"Trainee: {name} · questions per attempt: {count or 'all'} · "
        f"shuffle: {'on' if shuffle else 'off'}"
    )


def home_entries(
    session: Session, attempts: list[Attempt] | None
) -> tuple[list[tuple[str, str, str]], list[Attempt]]:
    """The home screen's list: (kind, id, label) of each entry, and the attempts it offers to
    resume. With ``attempts`` None (the store could not be read), the sets alone."""
    rank = {"essentials": 0, "recruitment": 1, "warning-signs": 2, "reporting": 3}
    sets = sorted(session.sets, key=lambda s: (rank.get(s.id, 4), s.id))
    scores: dict[str, tuple[int, int]] = {}
    interrupted: list[Attempt] = []
    due: list[tuple[str, str]] = []
    if attempts is not None:
        scores = session.scores(attempts)
        interrupted = session.open_attempts(attempts)
        due = session.due()
    entries: list[tuple[str, str, str]] = []
    for attempt in interrupted:  # every one, newest first: none drops out of sight
        started = attempt.started[:16].replace("T", " ")
        label = (
            f"▶ Resume: {attempt.set_title} (question "
            f"{attempt.next_position + 1} of {len(attempt.question_ids)}, started {started})"
        )
        entries.append(("resume", str(attempt.id), label))
    if due:
        entries.append(("review", "", f"↻ Review: {len(due)} question(s) due"))
    for question_set in sets:
        last, best = scores.get(question_set.id, (None, None))
        score = f"last {last}% · best {best}%" if last is not None else "new"
        topic = TOPIC_TITLES.get(question_set.topic, "Mixed topics")
        label = (
            f"{question_set.title} · {len(question_set.questions)} questions · {topic} · {score}"
        )
        entries.append(("set", question_set.id, label))
    entries += [("history", "", "History of your attempts"), ("library", "", "Case library")]
    return entries, interrupted
