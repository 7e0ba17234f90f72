"""Command palette actions of the trainee app: each runs one of the app's actions by name, so
this module needs nothing from the app module (which imports it)."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

ACTIONS = (
    ("History of your attempts", "app.history", "Your attempts and the trend"),
    ("Case library", "app.library", "The cases behind the questions"),
    ("Review the questions due", "app.review", "Spaced review of missed questions"),
    ("Help: keys", "app.help", "What each key does"),
)


class QuizCommands(Provider):
    """Command palette actions."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in ACTIONS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.app.run_action, action),
                    help=help_text,
                )
