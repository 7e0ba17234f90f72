"""The taxonomy's tags and cue patterns are data (quiz/data/tags.toml, quiz/data/cues.toml): an
author's mistake is one clear line."""

from __future__ import annotations

from importlib import resources

import pytest

from quiz.errors import InputError
from quiz.taxonomy import CUES_FILE, TAGS, TAGS_FILE, parse_cues, parse_tags

SHIPPED = resources.files("quiz").joinpath(CUES_FILE).read_text(encoding="utf-8")
SHIPPED_TAGS = resources.files("quiz").joinpath(TAGS_FILE).read_text(encoding="utf-8")


def problem(old: str, new: str, *, tags: bool = False) -> InputError:
    """The error of the shipped cues file (or, with ``tags``, tags file) with one edit."""
    shipped, parse = (SHIPPED_TAGS, parse_tags) if tags else (SHIPPED, parse_cues)
    assert old in shipped
    with pytest.raises(InputError) as caught:
        parse(shipped.replace(old, new, 1), "file.toml")
    return caught.value


def tags_problem(old: str, new: str) -> InputError:
    return problem(old, new, tags=True)


def test_the_shipped_files_give_the_taxonomy() -> None:
    tags = parse_tags(SHIPPED_TAGS, "tags.toml")
    assert [t.id for t in tags] == list(TAGS)
    assert len(tags) == 28
    assert all(t.label and t.definition and t.stage for t in tags)
    cues = parse_cues(SHIPPED, "cues.toml")
    assert list(cues) == list(TAGS)
    assert all(cues[tag_id] == TAGS[tag_id].cues and cues[tag_id] for tag_id in TAGS)


def test_a_bad_regular_expression_names_its_line() -> None:
    found = problem(
        "'\\bcalled\\s+(?:(?:him|her|them)sel(?:f|ves)|itself)\\b',", "'\\bcalled\\s+(?:him',"
    )
    assert "bad cue" in found.message and found.line is not None
    assert "called" in SHIPPED.splitlines()[found.line - 1]


def test_an_unknown_part_is_refused() -> None:
    found = problem("<<money_word>>", "<<money_words>>")
    assert "unknown part <<money_words>>" in found.message and found.line


def test_an_unknown_key_or_tag_in_the_cues_file_is_refused() -> None:
    assert "unknown key" in str(problem('id = "false-persona"\n', 'id = "false-persona"\nw = 2\n'))
    found = problem('id = "false-persona"', 'id = "false-personas"')
    assert "not a taxonomy tag" in found.message
    assert (
        "false-personas"
        in SHIPPED.replace("false-persona", "false-personas", 1).splitlines()[
            found.line - 1  # type: ignore[operator]
        ]
    )
    assert "twice" in problem('id = "online-approach"', 'id = "false-persona"').message


def test_the_tags_file_names_the_line_of_each_mistake() -> None:
    found = tags_problem('topic = "recruitment"', 'topic = "recruiting"')
    assert "unknown topic 'recruiting'" in found.message
    assert (
        "recruiting"
        in SHIPPED_TAGS.replace("recruitment", "recruiting", 1).splitlines()[
            found.line - 1  # type: ignore[operator]
        ]
    )
    assert (
        "unknown key 'weight'" in tags_problem("stage = 10\n", "stage = 10\nweight = 2\n").message
    )
    assert "missing key 'stage'" in tags_problem("stage = 10\n", "").message
    assert "stage: expected an integer" in tags_problem("stage = 10\n", 'stage = "10"\n').message
    assert "twice" in tags_problem('id = "online-approach"', 'id = "false-persona"').message
    syntax = tags_problem("stage = 10\n", "stage = \n")
    assert "TOML syntax error" in syntax.message and syntax.line == 11


def test_an_author_can_add_a_cue() -> None:
    extended = SHIPPED.replace(
        "cues = [\n", "cues = [\n    '\\bspecial\\s+friendship\\s+programme\\b',\n", 1
    )
    cues = parse_cues(extended, "cues.toml")
    first = next(iter(TAGS))
    assert cues[first][0] == "\\bspecial\\s+friendship\\s+programme\\b"
    assert len(cues[first]) == len(TAGS[first].cues) + 1
