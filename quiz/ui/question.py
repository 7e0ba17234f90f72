"""The question screen: one question at a time, and its feedback once the answer is saved."""

from __future__ import annotations

import time

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from quiz.models import Question
from quiz.session import Run, Session
from quiz.store import StoreError
from quiz.topics import TOPIC_TITLES
from quiz.ui.brief import CaseBriefs
from quiz.ui.feedback import feedback_text
from quiz.ui.host import host
from quiz.ui.results import ResultsScreen
from quiz.ui.widgets import ChoiceList, literal


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
        self.keys_for: str | None = None
        """The kind of question the footer's keys were last worked out for."""

    @property
    def session(self) -> Session:
        return host(self).session

    @property
    def question(self) -> Question:
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
        # (A drill, which reuses this screen, has no briefs: its questions come from its file.)
        briefs: CaseBriefs | None = getattr(self.app, "briefs", None)
        brief = briefs.brief(question) if briefs is not None else None
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
        if self.keys_for != self.question.kind:
            # The footer is redrawn only when the keys change (it is slow to redraw): u/d for
            # ordering questions, Backspace for matching ones.
            self.keys_for = self.question.kind
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
        text = feedback_text(self.question, correct, answer, host(self).titles)
        feedback = self.query_one("#feedback", Static)
        feedback.update(literal(text))
        feedback.set_class(correct, "right")
        feedback.set_class(not correct, "wrong")
        # The keys go to the page now: arrows and PageUp/PageDown scroll the explanation
        # (at 80x24 it is taller than the screen); the footer says so.
        body = self.query_one("#body", VerticalScroll)
        body.focus()
        self.call_after_refresh(body.scroll_to_widget, feedback, animate=False, top=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The footer shows the keys of this kind of question only: u/d on ordering questions,
        Backspace on matching ones; PageDown (a long question, a long explanation) on all."""
        if action == "move":
            return self.question.kind == "ordering"
        if action == "undo_match":
            return self.question.kind == "matching"
        return True

    def action_undo_match(self) -> None:
        """Take back the last match: a wrong digit is not final until Enter."""
        if self.picked and not self.showing_feedback:
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
