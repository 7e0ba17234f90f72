"""The history of a trainee's attempts, with a trend."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quiz.plaintext import count as counted
from quiz.session import spark
from quiz.store import StoreError
from quiz.ui.host import host
from quiz.ui.widgets import literal, plain_text


class HistoryScreen(Screen[None]):
    """Every attempt, newest last, with a trend."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back", show=True)]

    def compose(self) -> ComposeResult:
        from textual.widgets import DataTable, Sparkline

        session = host(self).session
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
