"""Case files: an author's corrections win over extraction and are checked like the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.errors import InputError
from quiz.generate import generate
from quiz.material import load_material

QIU_QUOTE = (
    "However, after receiving the email, the other party replied that Qiu Deguis news search "
    "from the Internet was useless, and what the other party needed was the documents of the unit."
)
"""A passage the test's case file tags (not a garbled one: those are never quoted)."""


def test_the_seed_case_files_correct_the_extraction(material) -> None:
    cases = {c.id: c for c in material.extraction.cases}
    chen = cases["chen-wei"]
    assert {f.value for f in chen.facts_of("quantity")} == {"more than 5,500 documents"}
    quotes = [e.quote for e in chen.tag("false-persona").evidence]  # type: ignore[union-attr]
    # The cover as both reports tell it: the first report's sentence (garbled, never quoted)
    # and the second report's, which says who wanted to buy what.
    assert any(q.startswith("Chen encountered a foreigner claiming") for q in quotes)
    assert any(q.startswith("Peter said that he is a technical expert") for q in quotes)
    assert chen.tag("unsolicited-offer") is not None
    assert "secrecy-pressure" not in cases["zhang-xiangbin"].tag_ids
    assert cases["li"].facts_of("role")[0].value == "staff member in a key Chinese department"


def test_added_and_dropped_tags_reach_the_questions(seeds_copy: Path) -> None:
    (seeds_copy / "cases" / "qiu-degui.toml").write_text(
        'drop_tags = ["escalation"]\n\n'
        '[case]\nid = "qiu-degui"\n\n'
        "[[tags]]\n"
        'id = "threats-leverage"\n'
        'doc = "004_006db5f38f89b473.txt"\n'
        f'quote = "{QIU_QUOTE}"\n',
        encoding="utf-8",
    )
    material = load_material(seeds_copy)
    qiu = next(c for c in material.extraction.cases if c.id == "qiu-degui")
    assert "threats-leverage" in qiu.tag_ids and "escalation" not in qiu.tag_ids
    hit = qiu.tag("threats-leverage")
    assert hit is not None
    text = (seeds_copy / hit.evidence[0].doc).read_text(encoding="utf-8")
    assert text[hit.evidence[0].start : hit.evidence[0].end] == QIU_QUOTE
    questions = [q for s in generate(material) for q in s.questions if q.case == "qiu-degui"]
    assert any("threats-leverage" in q.tags for q in questions)
    assert not any("escalation" in q.tags for q in questions)


def test_a_case_file_can_add_a_case_extraction_missed(seeds_copy: Path) -> None:
    (seeds_copy / "cases" / "song-bin.toml").write_text(
        '[case]\nid = "song-bin"\nname = "Song Bin"\n\n'
        "[[tags]]\n"
        'id = "sudden-exit"\n'
        'doc = "000_2410fbebdc00006d.txt"\n'
        'quote = "attempted to illegally cross the border"\n',
        encoding="utf-8",
    )
    material = load_material(seeds_copy)
    song = next(c for c in material.extraction.cases if c.id == "song-bin")
    assert song.sources == ("000_2410fbebdc00006d.txt",)
    assert song.tag_ids == frozenset({"sudden-exit"})


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            '[case]\nid = "li"\n\n[[tags]]\nid = "honeytrap"\ndoc = "000_2410fbebdc00006d.txt"\n'
            'quote = "Li"\n',
            "tags[0].id: unknown tag 'honeytrap'",
        ),
        (
            '[case]\nid = "li"\n\n[[tags]]\nid = "placement"\ndoc = "nope.txt"\nquote = "Li"\n',
            "tags[0].doc: no case document named 'nope.txt'",
        ),
        ('[case]\nid = "li"\ncolour = "red"\n', "case: unknown key (colour)"),
        (
            '[case]\nid = "li"\n\n[[facts]]\nkind = "shoe size"\nvalue = "9"\n'
            'doc = "000_2410fbebdc00006d.txt"\nquote = "Li"\n',
            "facts[0].kind: 'shoe size' is not one of",
        ),
        (
            '[case]\nid = "li"\n\n[[tags]]\nid = "placement"\ndoc = "000_2410fbebdc00006d.txt"\n'
            'quote = "surnamed Li"\nstart = 3\n',
            "tags[0].quote: does not stand at offset 3",
        ),
    ],
)
def test_bad_case_files_name_the_file_line_and_problem(
    seeds_copy: Path, body: str, message: str
) -> None:
    path = seeds_copy / "cases" / "li.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_material(seeds_copy)
    assert caught.value.path == "cases/li.toml"
    assert message in caught.value.message
    assert caught.value.line is not None
    assert "\n" not in str(caught.value)
