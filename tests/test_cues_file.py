"""The cue patterns are data (quiz/data/cues.toml): an author's mistake is one clear line."""

from __future__ import annotations

from importlib import resources

import pytest

from quiz.errors import InputError
from quiz.taxonomy import CUES_FILE, TAGS, parse_cues

SHIPPED = resources.files("quiz").joinpath(CUES_FILE).read_text(encoding="utf-8")


def problem(old: str, new: str) -> InputError:
    assert old in SHIPPED
    with pytest.raises(InputError) as caught:
        parse_cues(SHIPPED.replace(old, new, 1), "cues.toml")
    return caught.value


def test_the_shipped_file_gives_the_taxonomy() -> None:
    tags = parse_cues(SHIPPED, "cues.toml")
    assert [t.id for t in tags] == list(TAGS)
    assert len(tags) == 28
    assert all(t.label and t.definition for t in tags)


def test_a_bad_regular_expression_names_its_line() -> None:
    found = problem("'\\bcalled\\s+(?:him|her|them)sel(?:f|ves)\\b',", "'\\bcalled\\s+(?:him',")
    assert "bad cue" in found.message and found.line is not None
    assert "called" in SHIPPED.splitlines()[found.line - 1]


def test_an_unknown_part_is_refused() -> None:
    found = problem("<<money_word>>", "<<money_words>>")
    assert "unknown part <<money_words>>" in found.message and found.line


def test_an_unknown_key_or_topic_is_refused() -> None:
    assert "unknown key" in str(problem("stage = 10\n", "stage = 10\nweight = 2\n"))
    assert "unknown topic" in problem('topic = "recruitment"', 'topic = "recruiting"').message


def test_an_author_can_add_a_cue() -> None:
    extended = SHIPPED.replace(
        "cues = [\n", "cues = [\n    '\\bspecial\\s+friendship\\s+programme\\b',\n", 1
    )
    tags = {t.id: t for t in parse_cues(extended, "cues.toml")}
    first = next(iter(tags.values()))
    assert first.cues[0] == "\\bspecial\\s+friendship\\s+programme\\b"
    assert len(first.cues) == len(TAGS[first.id].cues) + 1
