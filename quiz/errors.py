"""Errors about the user's input (which file, which line and what is wrong, in one line) and
about the score store. Nothing else is imported here: the command line and the app's first
frame use them before anything heavy is loaded."""

from __future__ import annotations


class InputError(Exception):
    """A problem with a file the user gave us. Printed as ``path:line: message``; exit status 2."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {one_line(self.message)}"


class StoreError(Exception):
    """The score store could not be read or written; the message says what and where."""


def one_line(text: str) -> str:
    """Fold a message onto one line (error texts from libraries can span several)."""
    return " ".join(str(text).split())


def line_of_offset(text: str, offset: int) -> int:
    """The 1-based line number of a character offset."""
    return text.count("\n", 0, max(0, offset)) + 1
