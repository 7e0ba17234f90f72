"""Command palette actions of the trainee app."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import Hit, Hits, Provider

if TYPE_CHECKING:
    from quiz.ui.app import QuizApp


class QuizCommands(Provider):
    """Command palette actions."""

    async def search(self, query: str) -> Hits:
        app: QuizApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("History of your attempts", app.show_history, "Your attempts and the trend"),
            ("Case library", app.show_library, "The cases behind the questions"),
            ("Review the questions due", app.start_review, "Spaced review of missed questions"),
            ("Help: keys", app.action_help, "What each key does"),
        ]
        for name, callback, help_text in commands:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
