"""Text from files and from trainees is data: what every printer and exporter does to it so
that it can never act as a terminal escape, break a table row or make a document invalid."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """For a terminal: control characters (escape sequences, carriage returns) become U+FFFD,
    so that a name can neither retitle the terminal nor overwrite the line."""
    return _CONTROL.sub("\ufffd", text.replace("\t", " ").replace("\n", " "))


def xml_text(text: str) -> str:
    """For XML 1.0: the characters it cannot hold become U+FFFD."""
    return _XML_INVALID.sub("\ufffd", text)


MAX_NAME = 80
"""A trainee's name is at most this long (the name box of the app holds as much)."""


def trainee_name(text: str, where: str) -> str:
    """A trainee's name as given (on the command line, in the app, in a result file), with its
    white space folded; an :class:`~quiz.errors.InputError` naming ``where`` if it is empty,
    too long, or holds control characters or bytes that are not text."""
    from quiz.errors import InputError

    name = " ".join(text.split())
    if not name:
        raise InputError(where, "a trainee's name cannot be empty")
    if len(name) > MAX_NAME:
        raise InputError(where, f"a trainee's name is at most {MAX_NAME} characters")
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in name):
        raise InputError(
            where, "a trainee's name cannot hold control characters or bytes that are not text"
        )
    return name


def count(number: int, noun: str) -> str:
    """``1 question``, ``2 questions``: a number with its noun in the right form."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
