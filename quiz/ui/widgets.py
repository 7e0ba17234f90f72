"""What every screen of the trainee app shares: text shown as data, never as markup (control
characters replaced), score bars, and the list of choices."""

from __future__ import annotations

import re

from rich.text import Text
from textual.content import Content
from textual.widgets import OptionList

from quiz.plaintext import printable

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def literal(text: str) -> Content:
    """Text shown exactly as written: no markup, no terminal control sequences."""
    return Content(_CONTROL.sub("\ufffd", text.replace("\t", " ")))


def plain_text(text: str) -> Text:
    """The same, for widgets that take rich renderables (tables): a Text is never markup."""
    return Text(printable(text), no_wrap=True, overflow="ellipsis")


def clip(text: str, width: int) -> str:
    """At most ``width`` characters; a cut is shown with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def bar(right: int, asked: int, width: int = 10) -> str:
    filled = round(width * right / asked) if asked else 0
    return "█" * filled + "░" * (width - filled)


class ChoiceList(OptionList, inherit_bindings=False):
    """The choices. Enter is left to the screen (submit), so that a digit typed just before
    Enter is always handled first: both travel the same way, in order. A click picks."""

    BINDINGS = [b for b in OptionList.BINDINGS if getattr(b, "key", "") != "enter"]
