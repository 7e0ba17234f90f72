"""The keys, on F1."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from quiz.ui.widgets import literal


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
