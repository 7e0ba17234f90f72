"""The first frame of a start: the home screen as the app last left it (its snapshot, see
:mod:`quiz.home_snapshot`), painted before the sets and the score store are read. Right after
it is painted the app reads them and puts the real home screen in its place, with the highlight
where it was; an entry chosen in between is opened then. Imports nothing of quiz's models."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quiz.ui.widgets import literal

if TYPE_CHECKING:
    from quiz.home_snapshot import Home


class StartScreen(Screen[None]):
    """Looks exactly as the home screen's list does; keys wait for the real one."""

    def __init__(self, home: Home) -> None:
        super().__init__()
        self.home = home
        self.chosen: tuple[str, str] | None = None

    def compose(self) -> ComposeResult:
        yield Static(literal(self.home.status), id="status")
        yield OptionList(
            *(Option(literal(label)) for _, _, label in self.home.entries),
            id="entries",
            markup=False,
        )

    @property
    def highlighted(self) -> int | None:
        return self.query_one("#entries", OptionList).highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        kind, entry_id, _ = self.home.entries[event.option_index]
        self.chosen = (kind, entry_id)
