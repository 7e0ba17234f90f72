"""The trainee app: pick a question set, answer with the keyboard, see feedback and a score.

Text from question files is data: it is shown through :func:`literal`, never parsed as markup,
with control characters (escape sequences) replaced.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from quiz.engine import is_correct, right_answer_text
from quiz.errors import InputError
from quiz.models import Question, QuestionSet
from quiz.taxonomy import TOPIC_TITLES
from quiz.validate import load_sets

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def literal(text: str) -> Content:
    """Text shown exactly as written: no markup, no terminal control sequences."""
    return Content(_CONTROL.sub("\ufffd", text.replace("\t", " ")))


class HomeScreen(Screen[None]):
    """The question sets, with their size and topic."""

    BINDINGS = [Binding("enter", "start", "Start the set", show=True)]

    def __init__(self, sets: list[QuestionSet]) -> None:
        super().__init__()
        # The short mixed set first, then the topics, then the cases.
        rank = {"essentials": 0, "recruitment": 1, "warning-signs": 2, "reporting": 3}
        self.sets = sorted(sets, key=lambda s: (rank.get(s.id, 4), s.id))

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(literal("Choose a question set and press Enter."), id="intro")
        options = [
            Option(
                literal(
                    f"{s.title}  ·  {len(s.questions)} questions  ·  "
                    f"{TOPIC_TITLES.get(s.topic, 'Mixed topics')}"
                ),
                id=s.id,
            )
            for s in self.sets
        ]
        yield OptionList(*options, id="sets", markup=False)
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.app.push_screen(QuizScreen(self.sets[event.option_index]))

    def action_start(self) -> None:
        option_list = self.query_one("#sets", OptionList)
        if option_list.highlighted is not None:
            self.app.push_screen(QuizScreen(self.sets[option_list.highlighted]))


class QuizScreen(Screen[None]):
    """One question at a time; Enter submits, then shows feedback, then moves on."""

    BINDINGS = [
        Binding("enter", "submit", "Submit / next", show=True, priority=True),
        Binding("u", "move(-1)", "Move up (ordering)", show=True),
        Binding("d", "move(1)", "Move down (ordering)", show=True),
        Binding("escape", "leave", "Back to sets", show=True),
        *(Binding(str(n), f"pick({n})", show=False) for n in range(1, 10)),
    ]

    def __init__(self, question_set: QuestionSet) -> None:
        super().__init__()
        self.question_set = question_set
        self.index = 0
        self.results: list[tuple[Question, bool]] = []
        self.picked: list[str] = []
        self.order: list[str] = []
        self.showing_feedback = False

    @property
    def question(self) -> Question:
        return self.question_set.questions[self.index]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="progress")
        with VerticalScroll(id="body"):
            yield Static(id="prompt")
            yield Static(id="items")
            yield OptionList(id="choices", markup=False)
            yield Static(id="feedback")
        yield Footer()

    def on_mount(self) -> None:
        self.show_question()

    def show_question(self) -> None:
        question = self.question
        self.picked = []
        self.order = [c.id for c in question.choices]
        self.showing_feedback = False
        total = len(self.question_set.questions)
        self.query_one("#progress", Static).update(
            literal(
                f"Question {self.index + 1} of {total}  ·  "
                f"{TOPIC_TITLES.get(question.topic, question.topic)}  ·  {question.kind}"
            )
        )
        hint = {
            "multiple": "Select all that apply: digits toggle, Enter submits.",
            "ordering": "Highlight a step and press u or d to move it; Enter submits.",
            "matching": "For each item in turn, press the digit of its pattern.",
        }.get(question.kind, "Press a digit or highlight a choice; Enter submits.")
        self.query_one("#prompt", Static).update(literal(f"{question.prompt}\n\n{hint}"))
        self.query_one("#feedback", Static).update("")
        self.refresh_choices()

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
        option_list.highlighted = highlighted if highlighted is not None else 0
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
        at = option_list.highlighted or 0
        to = at + step
        if 0 <= to < len(self.order):
            self.order[at], self.order[to] = self.order[to], self.order[at]
            option_list.highlighted = to
            self.refresh_choices()
            option_list.highlighted = to

    def response(self) -> list[str]:
        kind = self.question.kind
        if kind == "ordering":
            return list(self.order)
        if kind in ("single", "true-false", "scenario") and not self.picked:
            highlighted = self.query_one("#choices", OptionList).highlighted
            if highlighted is not None:
                return [self.order[highlighted]]
        return list(self.picked)

    def action_submit(self) -> None:
        if self.showing_feedback:
            self.index += 1
            if self.index >= len(self.question_set.questions):
                self.app.switch_screen(ResultsScreen(self.question_set, self.results))
            else:
                self.show_question()
            return
        answer = self.response()
        if not answer or (
            self.question.kind == "matching" and len(answer) < len(self.question.items)
        ):
            self.notify("Choose an answer first.", severity="warning")
            return
        correct = is_correct(self.question, answer)
        self.results.append((self.question, correct))
        self.showing_feedback = True
        self.show_feedback(correct)

    def show_feedback(self, correct: bool) -> None:
        question = self.question
        verdict = "Right." if correct else "Not quite."
        if question.benign is not None:
            verdict += " (A look-alike: harmless.)" if question.benign else " (Suspicious.)"
        texts = {c.id: c.text for c in question.choices}
        given = "; ".join(texts[a] for a in self.response() if a in texts)
        text = (
            f"{verdict}\n\nYou answered: {given}\nAnswer: {right_answer_text(question)}\n\n"
            f"{question.explanation}\n\nPress Enter to go on."
        )
        feedback = self.query_one("#feedback", Static)
        feedback.update(literal(text))
        feedback.set_class(correct, "right")
        feedback.set_class(not correct, "wrong")
        feedback.scroll_visible()

    def action_leave(self) -> None:
        self.app.pop_screen()


class ResultsScreen(Screen[None]):
    """Score, per topic, and the questions missed."""

    BINDINGS = [Binding("escape,enter", "home", "Back to sets", show=True)]

    def __init__(self, question_set: QuestionSet, results: list[tuple[Question, bool]]) -> None:
        super().__init__()
        self.question_set = question_set
        self.results = results

    def compose(self) -> ComposeResult:
        yield Header()
        right = sum(1 for _, ok in self.results if ok)
        total = len(self.results)
        percent = round(100 * right / total) if total else 0
        passed = "PASS" if percent >= self.question_set.pass_mark else "not yet a pass"
        lines = [f"{self.question_set.title}: {right} of {total} ({percent}%) · {passed}", ""]
        asked: Counter[str] = Counter()
        got: Counter[str] = Counter()
        for question, ok in self.results:
            asked[question.topic] += 1
            got[question.topic] += ok
        for topic in asked:
            bar = "█" * round(10 * got[topic] / asked[topic])
            lines.append(
                f"{TOPIC_TITLES.get(topic, topic):<22} {bar:<10} {got[topic]}/{asked[topic]}"
            )
        missed = [q for q, ok in self.results if not ok]
        if missed:
            lines += ["", "Missed:"]
            lines += [f"- {q.prompt}\n  Answer: {right_answer_text(q)}" for q in missed]
        with VerticalScroll():
            yield Static(literal("\n".join(lines)), id="results")
        yield Footer()

    def action_home(self) -> None:
        self.app.pop_screen()


class QuizApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "Recruitment awareness quiz"

    def __init__(self, sets: list[QuestionSet]) -> None:
        super().__init__()
        self.sets = sets

    def on_mount(self) -> None:
        self.push_screen(HomeScreen(self.sets))


def build_app(questions: Path) -> QuizApp:
    """The one construction point, used by the command line and the tests."""
    return QuizApp(load_sets(questions))


def run_app(questions: Path) -> int:
    try:
        app = build_app(questions)
    except InputError:
        raise
    app.run()
    return 0
