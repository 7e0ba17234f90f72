"""The results of an attempt: score, pass or not, per topic and pattern, the questions missed."""

from __future__ import annotations

import attrs
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quiz.engine import right_answer_text
from quiz.models import Question, QuestionSet
from quiz.plaintext import count as counted
from quiz.session import Run, breakdown
from quiz.taxonomy import TAGS, TOPIC_TITLES
from quiz.ui.host import host
from quiz.ui.widgets import bar, clip, literal

LABEL_WIDTH = 56
"""The pattern column of the results: every label of the taxonomy fits at 80 columns."""


def answered_false(question: Question) -> bool:
    """A true-false question whose right answer is "False"."""
    if question.kind != "true-false":
        return False
    texts = {c.id: c.text for c in question.choices}
    return [texts.get(a, "").strip().lower() for a in question.answer] == ["false"]


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
        app = host(self)
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
        self.app.pop_screen()
        app.guarded(lambda: app.begin(session.start(practice, only=missed, mode="missed")))
