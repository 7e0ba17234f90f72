"""``--help`` explains every option (issue 9, finding 9): a one-line description and, for an
option that takes a value, its default (or that it is required)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from quiz.cli import build_parser

from .test_validate import run


def _parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        a
        for a in parser._actions
        if not isinstance(a, argparse._HelpAction | argparse._SubParsersAction)
    ]


PARSERS = list(_parsers(build_parser()))


def test_the_walk_finds_every_command() -> None:
    names = {" ".join(path) for path, _ in PARSERS}
    assert {"", "generate", "drill new", "drill run", "bank export", "history"} <= names
    assert len(PARSERS) == 15


@pytest.mark.parametrize(
    ("path", "parser"), PARSERS, ids=[" ".join(p) or "quiz" for p, _ in PARSERS]
)
def test_every_option_says_what_it_is_and_its_default(
    path: tuple[str, ...], parser: argparse.ArgumentParser
) -> None:
    assert parser.description, f"quiz {' '.join(path)}: no description"
    for action in _options(parser):
        name = "/".join(action.option_strings) or action.dest
        text = action.help or ""
        assert text.strip() and text != argparse.SUPPRESS, f"{name}: no help text"
        assert "\n" not in text, f"{name}: more than one line"
        takes_value = action.nargs != 0
        if action.option_strings and takes_value:
            if action.required:
                assert "required" in text, f"{name}: does not say it is required"
            else:
                assert "default" in text, f"{name}: does not give its default"
        if isinstance(action, argparse._StoreTrueAction):
            assert action.default is False


@pytest.mark.slow
def test_help_as_a_user_sees_it() -> None:
    result = run("drill", "new", "--help")
    assert result.returncode == 0, result.stderr
    for words in (
        "--count N             how many of the set's questions (default: all)",
        "--time-limit SECONDS  time allowed per question (default: 0, no limit)",
        "(default: deferred)",
        "(default: the set's pass mark)",
    ):
        assert words in result.stdout
    top = run("--help")
    assert "--seeds DIR" in top.stdout and "bundled" in top.stdout
