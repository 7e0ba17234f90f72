"""The trainee app: home, question, feedback, results, history, case library, review.

Text from question files and case documents is data: it is shown through :func:`literal`,
never parsed as markup, with control characters (escape sequences) replaced. Every answer is
committed to the store before its feedback is shown.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import attrs
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content, Span
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from quiz.engine import right_answer_text
from quiz.errors import InputError
from quiz.models import Case, Question, QuestionSet
from quiz.plaintext import count as counted
from quiz.plaintext import printable, trainee_name
from quiz.session import Run, Session, breakdown, cache_dir, default_db, spark, utc_now
from quiz.store import Attempt, ScoreStore, StoreError
from quiz.taxonomy import TAGS, TOPIC_TITLES
from quiz.ui.brief import CaseBriefs
from quiz.validate import load_sets

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
COUNTS = (None, 5, 10, 20)
COUNT_SETTING = "questions_per_attempt"
SHUFFLE_SETTING = "shuffle"


def literal(text: str) -> Content:
    """Text shown exactly as written: no markup, no terminal control sequences."""
    return Content(_CONTROL.sub("\ufffd", text.replace("\t", " ")))


def plain_text(text: str) -> Text:
    """The same, for widgets that take rich renderables (tables): a Text is never markup."""
    return Text(printable(text), no_wrap=True, overflow="ellipsis")


LABEL_WIDTH = 56
"""The pattern column of the results: every label of the taxonomy fits at 80 columns."""


def clip(text: str, width: int) -> str:
    """At most ``width`` characters; a cut is shown with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def answered_false(question: Question) -> bool:
    """A true-false question whose right answer is "False"."""
    if question.kind != "true-false":
        return False
    texts = {c.id: c.text for c in question.choices}
    return [texts.get(a, "").strip().lower() for a in question.answer] == ["false"]


def bar(right: int, asked: int, width: int = 10) -> str:
    filled = round(width * right / asked) if asked else 0
    return "█" * filled + "░" * (width - filled)


# --- screens ---------------------------------------------------------------------------------


class NameScreen(Screen[None]):
    """Asked once: the name the trainee's scores are kept under."""

    def compose(self) -> ComposeResult:
        from textual.widgets import Input

        yield Header()
        with Vertical(id="name-box"):
            yield Static(literal("Welcome. Type your name and press Enter."), id="name-intro")
            yield Input(placeholder="Your name", id="name", max_length=80)
        yield Footer()

    def on_input_submitted(self, event) -> None:  # type: ignore[no-untyped-def]
        if not event.value.strip():
            self.notify("Please type a name.", severity="warning")
            return
        try:
            name = trainee_name(event.value, "name")
        except InputError as err:
            self.notify(err.message, severity="warning")
            return
        self.app.remember(name)  # type: ignore[attr-defined]


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

    def __init__(self) -> None:
        super().__init__()
        self.count_index = 0
        self.shuffle = False
        self.entries: list[tuple[str, str]] = []
        self.open_attempts: dict[int, Attempt] = {}

    @property
    def session(self) -> Session:
        return self.app.session  # type: ignore[attr-defined, no-any-return]

    def compose(self) -> ComposeResult:
        self.read_settings()
        yield Static(id="status")
        yield OptionList(id="entries", markup=False)

    def read_settings(self) -> None:
        """Questions per attempt and shuffle, as the trainee last left them (kept in the score
        store's settings, each written in one transaction); anything else there is ignored."""
        store = self.session.store
        try:
            count = store.setting(COUNT_SETTING)
            shuffle = store.setting(SHUFFLE_SETTING)
        except StoreError:
            return  # the entries say the store is unreadable
        labels = [str(c or "all") for c in COUNTS]
        self.count_index = labels.index(count) if count in labels else 0
        self.shuffle = shuffle == "on"

    def save_settings(self) -> None:
        store = self.session.store
        app: QuizApp = self.app  # type: ignore[assignment]
        app.guarded(
            lambda: store.set_setting(COUNT_SETTING, str(COUNTS[self.count_index] or "all"))
        )
        app.guarded(lambda: store.set_setting(SHUFFLE_SETTING, "on" if self.shuffle else "off"))

    def on_mount(self) -> None:
        # The header and the key footer come a frame after the list: the list is what a
        # trainee needs first, and the footer alone costs about a third of the start-up.
        self.call_after_refresh(self.mount_chrome)

    async def mount_chrome(self) -> None:
        await self.mount(Header(), before=0)
        await self.mount(Footer())
        self.refresh_bindings()  # the footer lists the keys once told they are there

    def on_screen_resume(self) -> None:
        """Shown first, and again on coming back: scores, resume and reviews may have moved."""
        self.refresh_entries()

    def refresh_entries(self) -> None:
        session = self.session
        rank = {"essentials": 0, "recruitment": 1, "warning-signs": 2, "reporting": 3}
        sets = sorted(session.sets, key=lambda s: (rank.get(s.id, 4), s.id))
        try:
            scores = session.scores()
            interrupted = session.open_attempts()
            due = session.due()
        except StoreError as err:
            # The sets can still be taken; what the store holds is said to be unreadable.
            self.app.notify(str(err), title="Score store", severity="error", timeout=10)
            scores, interrupted, due = {}, [], []
        self.entries = []
        self.open_attempts = {a.id: a for a in interrupted}
        options: list[Option] = []
        for attempt in interrupted:  # every one, newest first: none drops out of sight
            self.entries.append(("resume", str(attempt.id)))
            started = attempt.started[:16].replace("T", " ")
            options.append(
                Option(
                    literal(
                        f"▶ Resume: {attempt.set_title} (question "
                        f"{attempt.next_position + 1} of {len(attempt.question_ids)}, "
                        f"started {started})"
                    )
                )
            )
        if due:
            self.entries.append(("review", ""))
            options.append(Option(literal(f"↻ Review: {len(due)} question(s) due")))
        for question_set in sets:
            last, best = scores.get(question_set.id, (None, None))
            score = f"last {last}% · best {best}%" if last is not None else "new"
            topic = TOPIC_TITLES.get(question_set.topic, "Mixed topics")
            self.entries.append(("set", question_set.id))
            options.append(
                Option(
                    literal(
                        f"{question_set.title} · {len(question_set.questions)} questions · "
                        f"{topic} · {score}"
                    )
                )
            )
        self.entries += [("history", ""), ("library", "")]
        options += [Option(literal("History of your attempts")), Option(literal("Case library"))]
        option_list = self.query_one("#entries", OptionList)
        highlighted = option_list.highlighted
        option_list.clear_options()
        option_list.add_options(options)
        option_list.highlighted = min(highlighted or 0, len(options) - 1)
        self.show_status()

    def show_status(self) -> None:
        count = COUNTS[self.count_index]
        self.query_one("#status", Static).update(
            literal(
                f"Trainee: {self.session.name} · questions per attempt: {count or 'all'} · "
                f"shuffle: {'on' if self.shuffle else 'off'}"
            )
        )

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
        app: QuizApp = self.app  # type: ignore[assignment]
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
        self.app.push_screen(HistoryScreen())

    def action_switch_trainee(self) -> None:
        """Another person at the same machine: their own history, resume and reviews."""
        self.app.switch_screen(NameScreen())

    def action_library(self) -> None:
        self.app.push_screen(LibraryScreen())


class ChoiceList(OptionList, inherit_bindings=False):
    """The choices. Enter is left to the screen (submit), so that a digit typed just before
    Enter is always handled first: both travel the same way, in order. A click picks."""

    BINDINGS = [b for b in OptionList.BINDINGS if getattr(b, "key", "") != "enter"]


class QuizScreen(Screen[None]):
    """One question at a time; Enter submits (the answer is saved), then shows feedback."""

    BINDINGS = [
        Binding("enter", "submit", "Submit / next", show=True),
        Binding("u", "move(-1)", "Move up", show=True),
        Binding("d", "move(1)", "Move down", show=True),
        Binding("backspace", "undo_match", "Undo match", show=True),
        Binding("escape", "leave", "Pause", show=True),
        Binding("pagedown", "scroll_page(1)", "Scroll", show=True, priority=True),
        Binding("pageup", "scroll_page(-1)", "Scroll up", show=False, priority=True),
        *(Binding(str(n), f"pick({n})", show=False) for n in range(1, 10)),
    ]

    def __init__(self, run: Run) -> None:
        super().__init__()
        self.run = run
        self.picked: list[str] = []
        self.order: list[str] = []
        self.showing_feedback = False
        self.shown_at = time.monotonic()

    @property
    def session(self) -> Session:
        return self.app.session  # type: ignore[attr-defined, no-any-return]

    @property
    def question(self):  # type: ignore[no-untyped-def]
        return self.run.question

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="progress")
        with VerticalScroll(id="body"):
            yield Static(id="brief")
            yield Static(id="prompt")
            yield Static(id="items")
            yield ChoiceList(id="choices", markup=False)
            yield Static(id="feedback")
        yield Footer()

    def on_mount(self) -> None:
        self.show_question()

    def show_question(self) -> None:
        question = self.question
        self.picked = []
        self.order = [c.id for c in question.choices]
        self.showing_feedback = False
        self.shown_at = time.monotonic()
        total = len(self.run.questions)
        self.query_one("#progress", Static).update(
            literal(
                f"{self.run.title} · question {self.run.position + 1} of {total} · "
                f"{TOPIC_TITLES.get(question.topic, question.topic)} · {question.kind}"
            )
        )
        hint = {
            "multiple": "Select all that apply: digits toggle, Enter submits.",
            "ordering": "Highlight a step and press u or d to move it; Enter submits.",
            "matching": "For each item in turn, press the digit of its pattern; Backspace takes "
            "the last one back.",
        }.get(question.kind, "Press a digit or highlight a choice; Enter submits.")
        # A question that names a case it does not tell comes with the case's brief first.
        brief = self.app.briefs.brief(question)  # type: ignore[attr-defined]
        brief_box = self.query_one("#brief", Static)
        brief_box.update(literal(brief.text()) if brief is not None else "")
        brief_box.display = brief is not None
        self.query_one("#prompt", Static).update(literal(f"{question.prompt}\n\n{hint}"))
        feedback = self.query_one("#feedback", Static)
        feedback.update("")
        feedback.remove_class("right", "wrong")
        choices = self.query_one("#choices", OptionList)
        # A new question opens with nothing highlighted: an Enter pressed once more after
        # the last feedback must not answer this question before the trainee has read it.
        choices.highlighted = None
        self.refresh_choices()
        choices.focus()
        self.refresh_bindings()
        self.query_one("#body", VerticalScroll).scroll_home(animate=False)

    def refresh_choices(self) -> None:
        question = self.question
        texts = {c.id: c.text for c in question.choices}
        option_list = self.query_one("#choices", OptionList)
        highlighted = option_list.highlighted
        option_list.clear_options()
        for number, choice_id in enumerate(self.order, start=1):
            mark = ""
            if question.kind == "multiple":
                mark = "[x] " if choice_id in self.picked else "[ ] "
            elif question.kind not in ("ordering", "matching") and choice_id in self.picked:
                mark = "(•) "
            option_list.add_option(Option(literal(f"{number}. {mark}{texts[choice_id]}")))
        option_list.highlighted = highlighted
        items = self.query_one("#items", Static)
        if question.kind == "matching":
            lines = []
            for n, item in enumerate(question.items):
                chosen = texts[self.picked[n]] if n < len(self.picked) else "…"
                pointer = "→ " if n == len(self.picked) else "  "
                lines.append(f"{pointer}{item.text}: {chosen}")
            items.update(literal("\n".join(lines)))
        else:
            items.update("")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_pick(event.option_index + 1)

    def action_pick(self, number: int) -> None:
        if self.showing_feedback or number > len(self.order):
            return
        choice_id = self.order[number - 1]
        kind = self.question.kind
        if kind == "multiple":
            if choice_id in self.picked:
                self.picked.remove(choice_id)
            else:
                self.picked.append(choice_id)
        elif kind == "matching":
            if len(self.picked) < len(self.question.items):
                self.picked.append(choice_id)
        elif kind != "ordering":
            self.picked = [choice_id]
        self.query_one("#choices", OptionList).highlighted = number - 1
        self.refresh_choices()
        self.refresh_bindings()

    def action_move(self, step: int) -> None:
        if self.showing_feedback or self.question.kind != "ordering":
            return
        option_list = self.query_one("#choices", OptionList)
        at = option_list.highlighted
        if at is None:  # no step chosen yet: nothing is moved behind the trainee's back
            return
        to = at + step
        if 0 <= to < len(self.order):
            self.order[at], self.order[to] = self.order[to], self.order[at]
            self.refresh_choices()
            option_list.highlighted = to

    def response(self) -> list[str]:
        """The answer as it stands; empty until the trainee has chosen something deliberately
        (a digit, a click, or a step or choice highlighted with the arrow keys)."""
        kind = self.question.kind
        if kind == "ordering":
            chosen = self.query_one("#choices", OptionList).highlighted is not None
            return list(self.order) if chosen else []
        if kind in ("single", "true-false", "scenario") and not self.picked:
            highlighted = self.query_one("#choices", OptionList).highlighted
            if highlighted is not None:
                return [self.order[highlighted]]
        return list(self.picked)

    def take_answer(self) -> tuple[list[str], int] | None:
        """The trainee's complete answer and the milliseconds it took, or None (and a word
        to the trainee) when nothing, or only part of a matching, has been chosen."""
        answer = self.response()
        if not answer or (
            self.question.kind == "matching" and len(answer) < len(self.question.items)
        ):
            self.notify(
                "Highlight a step first (arrow keys), then u or d moves it."
                if self.question.kind == "ordering"
                else "Choose an answer first.",
                severity="warning",
            )
            return None
        return answer, int((time.monotonic() - self.shown_at) * 1000)

    def action_submit(self) -> None:
        if self.showing_feedback:
            try:
                self.session.advance(self.run)
            except StoreError as err:
                self.notify(
                    f"The end of this attempt could not be saved: {err}. Try again.",
                    title="Not saved",
                    severity="error",
                    timeout=10,
                )
                return
            if self.run.done:
                self.app.switch_screen(ResultsScreen(self.run))
            else:
                self.show_question()
            return
        taken = self.take_answer()
        if taken is None:
            return
        answer, elapsed = taken
        try:
            correct = self.session.answer(self.run, answer, elapsed)
        except StoreError as err:
            self.notify(
                f"Your answer could not be saved: {err}. Try again.",
                title="Not saved",
                severity="error",
                timeout=10,
            )
            return
        self.showing_feedback = True
        self.show_feedback(correct, answer)

    def show_feedback(self, correct: bool, answer: list[str]) -> None:
        question = self.question
        verdict = "Right." if correct else "Not quite."
        if question.benign is not None:
            verdict += (
                " This one was harmless: an ordinary contact."
                if question.benign
                else " This one was suspicious."
            )
        texts = {c.id: c.text for c in question.choices}
        given = "; ".join(texts[a] for a in answer if a in texts)
        source = question.sources[0]
        title = self.app.titles.get(source.doc, source.doc)  # type: ignore[attr-defined]
        text = (
            f"{verdict}\n\nYou answered: {given}\nAnswer: {right_answer_text(question)}\n\n"
            f"{question.explanation}\n\nSource: {title}\n\nPress Enter to go on."
        )
        feedback = self.query_one("#feedback", Static)
        feedback.update(literal(text))
        feedback.set_class(correct, "right")
        feedback.set_class(not correct, "wrong")
        # The keys go to the page now: arrows and PageUp/PageDown scroll the explanation
        # (at 80x24 it is taller than the screen); the footer says so.
        body = self.query_one("#body", VerticalScroll)
        body.focus()
        self.call_after_refresh(body.scroll_to_widget, feedback, animate=False, top=True)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The footer shows the keys of this question only: u/d on ordering questions,
        Backspace on matching ones, PageDown on feedback."""
        if action == "scroll_page":
            return self.showing_feedback
        if action == "move":
            return not self.showing_feedback and self.question.kind == "ordering"
        if action == "undo_match":
            return not self.showing_feedback and self.question.kind == "matching"
        return True

    def action_undo_match(self) -> None:
        """Take back the last match: a wrong digit is not final until Enter."""
        if self.picked:
            self.picked.pop()
            self.refresh_choices()

    def action_scroll_page(self, direction: int) -> None:
        body = self.query_one("#body", VerticalScroll)
        if direction > 0:
            body.scroll_page_down(animate=False)
        else:
            body.scroll_page_up(animate=False)

    def action_leave(self) -> None:
        """Back to the sets; the attempt stays open, offered as Resume."""
        self.app.pop_screen()


class ResultsScreen(Screen[None]):
    """Score, pass or not, per topic and per tag, and the questions missed."""

    BINDINGS = [
        Binding("escape,enter", "home", "Back to sets", show=True),
        Binding("p", "practise", "Practise the missed ones", show=True),
    ]

    def __init__(self, run: Run) -> None:
        super().__init__()
        self.run = run

    def compose(self) -> ComposeResult:
        yield Header()
        results = self.run.results
        right = sum(1 for _, ok in results if ok)
        total = len(results)
        percent = round(100 * right / total) if total else 0
        verdict = "PASS" if percent >= self.run.pass_mark else "not yet a pass"
        lines = [
            f"{self.run.title}: {right} of {total} ({percent}%) · {verdict} "
            f"(pass mark {self.run.pass_mark}%)",
            "",
            "By topic:",
        ]
        for topic, ok, asked in breakdown(results, "topic"):
            lines.append(f"  {TOPIC_TITLES.get(topic, topic):<26} {bar(ok, asked)} {ok}/{asked}")
        lines += ["", "By pattern or sign:"]
        # A pattern is credited by questions that show it: a right "False" says the statement
        # was untrue, not that the trainee recognised the pattern in it.
        showing = [(q, ok) for q, ok in results if not answered_false(q)]
        for tag, ok, asked in sorted(breakdown(showing, "tags")):
            label = clip(TAGS[tag].label if tag in TAGS else tag, LABEL_WIDTH)
            lines.append(f"  {label:<{LABEL_WIDTH}} {bar(ok, asked, 6)} {ok}/{asked}")
        harmless = [ok for q, ok in results if q.benign is True]
        suspicious = [ok for q, ok in results if q.benign is False]
        said = []
        if suspicious:
            said.append(f"suspicious contacts spotted {sum(suspicious)} of {len(suspicious)}")
        if harmless:
            said.append(f"harmless ones recognised {sum(harmless)} of {len(harmless)}")
        if said:
            lines += ["", "Look-alikes: " + ", ".join(said)]
        missed = [q for q, ok in results if not ok]
        if missed:
            lines += ["", "Missed (press p to practise them):"]
            for question in missed:
                lines += [
                    f"- {question.prompt}",
                    f"  Answer: {right_answer_text(question)}",
                    f"  Why: {question.explanation}",
                ]
        with VerticalScroll():
            yield Static(literal("\n".join(lines)), id="results")
        yield Footer()

    def action_home(self) -> None:
        self.app.pop_screen()

    def action_practise(self) -> None:
        missed = [q.id for q, ok in self.run.results if not ok]
        if not missed:
            self.notify("Nothing missed: well done.")
            return
        app: QuizApp = self.app  # type: ignore[assignment]
        session = app.session
        question_set = session.set_of.get(self.run.set_id)
        if question_set is None:
            question_set = QuestionSet(
                "review", "Review", "mixed", "", "", (), tuple(q for q, _ in self.run.results)
            )
        # Named as what it is, here, in the results and in the history: not the full set.
        practice = attrs.evolve(
            question_set,
            title=f"{question_set.title}: practice of the "
            f"{counted(len(missed), 'missed question')}",
        )
        app.pop_screen()
        app.guarded(lambda: app.begin(session.start(practice, only=missed, mode="missed")))


class HistoryScreen(Screen[None]):
    """Every attempt, newest last, with a trend."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back", show=True)]

    def compose(self) -> ComposeResult:
        from textual.widgets import DataTable, Sparkline

        session: Session = self.app.session  # type: ignore[attr-defined]
        yield Header()
        try:
            attempts = session.store.attempts(session.name)
        except StoreError as err:
            yield Static(literal(f"Your history cannot be read: {err}"), id="history-head")
            yield Footer()
            return
        finished = [a for a in attempts if a.finished]
        yield Static(
            literal(
                f"{session.name}: {counted(len(attempts), 'attempt')}, {len(finished)} finished · "
                f"trend {spark([a.percent for a in finished]) or '-'}"
            ),
            id="history-head",
        )
        if finished:
            yield Sparkline([a.percent for a in finished], id="trend")
        # Cells are rich Text (never parsed as markup): the table measures them, so each
        # column is as wide as its longest entry (Content cells were cut to the header width).
        table: DataTable[Text] = DataTable(id="attempts", cursor_type="row", zebra_stripes=True)
        table.add_columns("date", "set", "score", "result")
        for attempt in reversed(attempts):
            result = ("pass" if attempt.passed else "not passed") if attempt.finished else "open"
            table.add_row(
                plain_text(attempt.started[:16].replace("T", " ")),
                plain_text(attempt.set_title),
                plain_text(f"{attempt.right}/{attempt.answered} ({attempt.percent}%)"),
                plain_text(result),
            )
        yield table
        yield Footer()


class LibraryScreen(Screen[None]):
    """The cases: their facts with tags, and the source with the evidence highlighted."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back", show=True)]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(literal("Reading the case material…"), id="library-status")
        yield OptionList(id="cases", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.load_cases()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load_cases(self) -> None:
        app: QuizApp = self.app  # type: ignore[assignment]
        try:
            material = app.material()
        except InputError as err:
            self.app.call_from_thread(self.show_error, str(err))
            return
        self.app.call_from_thread(self.show_cases, list(material.extraction.cases))

    def show_error(self, message: str) -> None:
        self.query_one("#library-status", Static).update(literal(message))

    def show_cases(self, cases: list[Case]) -> None:
        self.cases = cases
        self.query_one("#library-status", Static).update(
            literal(f"{len(cases)} cases. Enter opens one.")
        )
        option_list = self.query_one("#cases", OptionList)
        for case in cases:
            sources = len(case.sources)
            option_list.add_option(
                Option(
                    literal(
                        f"{case.display_name[:1].upper()}{case.display_name[1:]} · "
                        f"{len(case.tag_ids)} patterns and signs · {sources} source(s)"
                    )
                )
            )
        option_list.highlighted = 0
        option_list.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.app.push_screen(CaseScreen(self.cases[event.option_index]))


class CaseScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", show=True),
        Binding("r", "review", "Review (author)", show=True),
    ]

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case

    def action_review(self) -> None:
        from quiz.ui.author import ReviewScreen

        app: QuizApp = self.app  # type: ignore[assignment]
        material = app.material()
        questions = list({q.id: q for s in app.session.sets for q in s.questions}.values())
        index = [c.id for c in material.extraction.cases].index(self.case.id)
        self.app.push_screen(ReviewScreen(material, questions, index))

    def compose(self) -> ComposeResult:
        app: QuizApp = self.app  # type: ignore[assignment]
        material = app.material()
        case = self.case
        lines = [f"{case.display_name}", ""]
        for fact in case.facts:
            if fact.kind != "approach":
                event = f" ({fact.event})" if fact.event else ""
                lines.append(f"• {fact.kind}: {fact.value}{event}")
        lines += ["", "Patterns and signs:"]
        lines += [f"• {TAGS[hit.id].label} ({hit.id})" for hit in case.tags]
        yield Header()
        with VerticalScroll(id="case-body"):
            yield Static(literal("\n".join(lines)), id="case-facts")
            for doc in case.sources:
                document = material.document(doc)
                spans = sorted(
                    {(e.start, e.end) for hit in case.tags for e in hit.evidence if e.doc == doc}
                )
                text = literal(document.text)
                highlighted = Content(
                    text.plain,
                    spans=[Span(start, end, "reverse") for start, end in spans],
                )
                yield Static(literal(f"Source: {material.title(doc)}"), classes="source-title")
                yield Static(highlighted, classes="source")
        yield Footer()


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark", "app.pop_screen", "Close", show=True)]

    def compose(self) -> ComposeResult:
        text = (
            "Keys\n\n"
            "Home: ↑/↓ move, Enter opens, c questions per attempt, s shuffle, h history,\n"
            "      l case library, t change trainee (someone else at this machine)\n"
            "Question: 1-9 pick (or toggle, for select-all), ↑/↓ move, Enter submits and\n"
            "      then goes on; ordering: u/d move the highlighted step; matching:\n"
            "      Backspace takes the last match back; Esc pauses (offered as Resume)\n"
            "Feedback: PageDown/PageUp and ↑/↓ scroll a long explanation\n"
            "Results: p practises the missed questions, Enter goes home\n"
            "Anywhere: Ctrl+P command palette (themes too), F1 this help, Ctrl+C quits.\n\n"
            "Every answer is saved the moment you submit it."
        )
        with Vertical(id="help"):
            yield Static(literal(text))


# --- the app ---------------------------------------------------------------------------------


class QuizApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "Recruitment awareness quiz"
    COMMANDS = App.COMMANDS | {lambda: _commands()}
    BINDINGS = [
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
        Binding("f1", "help", "Help", show=True),
    ]

    def __init__(self, session: Session, seeds: Path | None = None) -> None:
        super().__init__()
        self.session = session
        self.seeds = seeds
        self._material = None
        self.titles = {d.doc: d.title for s in session.sets for d in s.sources if d.title}
        self.briefs = CaseBriefs(session.sets, self.titles)

    def on_mount(self) -> None:
        self.push_screen(HomeScreen() if self.session.trainee else NameScreen())

    def remember(self, name: str) -> None:
        self.guarded(lambda: self.session.remember(name))
        self.switch_screen(HomeScreen())

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
            self.session.advance(run)
            self.push_screen(ResultsScreen(run))
            return
        self.push_screen(QuizScreen(run))

    def material(self):  # type: ignore[no-untyped-def]
        from quiz.material import load_material

        if self._material is None:
            if self.seeds is None:
                raise InputError("seeds", "no case material folder given")
            self._material = load_material(self.seeds)  # type: ignore[assignment]
        return self._material

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def show_history(self) -> None:
        self.push_screen(HistoryScreen())

    def show_library(self) -> None:
        self.push_screen(LibraryScreen())

    def start_review(self) -> None:
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
        if session.trainee:
            # What the home screen shows first is read now: a store whose rows quiz did not
            # write is refused in one line, before anything is written to it.
            session.scores()
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
    return QuizApp(session, seeds)


def run_app(questions: Path, db: Path | None, trainee: str | None) -> int:
    """The app; a bad question set or score store is refused (an :class:`InputError` or a
    :class:`StoreError`, one line each) before the screen is taken over."""
    app = build_app(questions, db, trainee)
    app.run()
    return app.return_code or 0
