"""What the screens ask of the app that shows them, as a protocol: the screens never import
the app module (it imports them), so the UI has no import cycle."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from quiz.material import Material
    from quiz.session import Run, Session
    from quiz.store import Attempt
    from quiz.ui.brief import CaseBriefs


class QuizHost(Protocol):
    session: Session
    titles: Mapping[str, str]
    """Document name to title."""

    @property
    def briefs(self) -> CaseBriefs:
        """The case briefs of the loaded sets."""

    def guarded(self, action: Callable[[], object]) -> None:
        """Run a store operation; a failure is said plainly and the app goes on."""

    def begin(self, run: Run | None) -> None:
        """Show a run: its next question, or its results when it is done."""

    def remember(self, name: str) -> None:
        """The trainee at this machine from now on; then the home screen."""

    def read_attempts(self) -> list[Attempt]:
        """The trainee's attempts, from the store (the first time, as read at start-up)."""

    def material(self) -> Material:
        """The case material (read on first use)."""


def host(node: DOMNode) -> QuizHost:
    """The app a screen or widget is shown in, as the screens see it."""
    return cast("QuizHost", node.app)
