"""The name screen: asked once, the name the trainee's scores are kept under."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quiz.errors import InputError
from quiz.plaintext import trainee_name
from quiz.ui.host import host
from quiz.ui.widgets import literal


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
        host(self).remember(name)
