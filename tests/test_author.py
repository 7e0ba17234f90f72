"""The author's review: decisions written to the case file, honoured by generation; the
review screen driven from the keyboard; `quiz author` on the command line."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from quiz.authoring import CaseFileEditor
from quiz.errors import InputError
from quiz.generate import generate
from quiz.material import load_material
from quiz.ui.author import ReviewScreen, build_author_app

from .conftest import QUESTIONS, SEEDS
from .test_validate import run

SIZE = (120, 32)


def case_file(seeds: Path, case_id: str) -> dict:  # type: ignore[type-arg]
    return tomllib.loads((seeds / "cases" / f"{case_id}.toml").read_text(encoding="utf-8"))


# --- the decisions (core, no Textual) ----------------------------------------------------------


def test_a_rejected_tag_leaves_the_case_and_its_questions(seeds_copy: Path) -> None:
    material = load_material(seeds_copy)
    chen = material.extraction.case("chen-wei")
    assert "threats-leverage" in chen.tag_ids
    CaseFileEditor.of(material, chen).reject_tag("threats-leverage")
    again = load_material(seeds_copy)
    assert "threats-leverage" not in again.extraction.case("chen-wei").tag_ids
    tagged = [
        q
        for s in generate(again)
        for q in s.questions
        if q.case == "chen-wei" and "threats-leverage" in q.tags
    ]
    assert tagged == []
    # The file's own comments and corrections are kept.
    text = (seeds_copy / "cases" / "chen-wei.toml").read_text(encoding="utf-8")
    assert "# The cover the recruiter used" in text and "146 documents" in text


def test_a_rejected_question_is_never_generated_again(seeds_copy: Path) -> None:
    material = load_material(seeds_copy)
    before = [q for s in generate(material) for q in s.questions if q.case == "qiu-degui"]
    rejected = before[0].id
    CaseFileEditor.of(material, material.extraction.case("qiu-degui")).question_verdict(
        rejected, "reject", "the situation reads oddly"
    )
    again = load_material(seeds_copy)
    assert again.question_verdicts[rejected] == "reject"
    assert rejected not in {q.id for s in generate(again) for q in s.questions}
    assert case_file(seeds_copy, "qiu-degui")["questions"] == [
        {"id": rejected, "verdict": "reject", "note": "the situation reads oddly"}
    ]


def test_a_tagged_passage_becomes_the_tags_evidence(seeds_copy: Path) -> None:
    material = load_material(seeds_copy)
    li = material.extraction.case("li")
    document = material.document(li.sources[0])
    sentence = next(s for s in document.sentences if "Xishuangbanna" in document.sentence_text(s))
    CaseFileEditor.of(material, li).tag_passage(
        "abroad-targeting", document.name, sentence.start, sentence.end
    )
    hit = load_material(seeds_copy).extraction.case("li").tag("abroad-targeting")
    assert hit is not None
    assert hit.evidence[0].quote == document.sentence_text(sentence)
    assert case_file(seeds_copy, "li")["reviewed_tags"] == ["abroad-targeting"]


def test_a_corrected_fact_replaces_the_old_one(seeds_copy: Path) -> None:
    material = load_material(seeds_copy)
    zhao = material.extraction.case("zhao-xuejun")
    role = zhao.facts_of("role")[0]
    CaseFileEditor.of(material, zhao).correct_fact(
        "role",
        role.value,
        "aerospace researcher",
        role.evidence.doc,
        role.evidence.start,
        role.evidence.end,
    )
    roles = [f.value for f in load_material(seeds_copy).extraction.case("zhao-xuejun").facts]
    assert "aerospace researcher" in roles and role.value not in roles


def test_a_passage_marked_garbled_is_never_quoted(seeds_copy: Path) -> None:
    material = load_material(seeds_copy)
    chen = material.extraction.case("chen-wei")
    quoted = next(
        q.sources[0] for s in generate(material) for q in s.questions if q.case == "chen-wei"
    )
    CaseFileEditor.of(material, chen).mark_garbled(quoted.doc, quoted.start, quoted.end)
    again = load_material(seeds_copy)
    for question in (q for s in generate(again) for q in s.questions):
        for source in question.sources:
            assert not (
                source.doc == quoted.doc and source.start < quoted.end and quoted.start < source.end
            ), question.id


def test_a_decision_that_would_break_the_file_writes_nothing(seeds_copy: Path) -> None:
    material = load_material(seeds_copy)
    chen = material.extraction.case("chen-wei")
    before = (seeds_copy / "cases" / "chen-wei.toml").read_bytes()
    editor = CaseFileEditor.of(material, chen)
    with pytest.raises(InputError):
        editor.tag_passage("coercion", "no-such-document.txt", 0, 10)
    with pytest.raises(InputError):
        editor.question_verdict("q-1", "maybe")
    assert (seeds_copy / "cases" / "chen-wei.toml").read_bytes() == before


# --- the screen -----------------------------------------------------------------------------


@pytest.fixture
def review_seeds(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


async def test_reject_a_tag_and_a_question_from_the_keyboard(review_seeds: Path) -> None:
    app = build_author_app(review_seeds, QUESTIONS, "chen-wei")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        first = screen.items[0]
        assert first.kind == "tag"
        await pilot.press("x")
        await pilot.pause()
        assert first.key in case_file(review_seeds, "chen-wei")["drop_tags"]
        assert "Saved to cases/chen-wei.toml" in str(screen.query_one("#review-status").render())
        question_row = next(n for n, item in enumerate(screen.items) if item.kind == "question")
        for _ in range(question_row):
            await pilot.press("down")
        await pilot.press("x")
        await pilot.pause()
        verdicts = case_file(review_seeds, "chen-wei")["questions"]
        assert verdicts == [{"id": screen.items[question_row].key, "verdict": "reject"}]
    material = load_material(review_seeds)
    assert screen.items[question_row].key not in {
        q.id for s in generate(material) for q in s.questions
    }


async def test_tag_a_sentence_and_mark_another_garbled(review_seeds: Path) -> None:
    app = build_author_app(review_seeds, QUESTIONS, "li")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("j", "j", "t")
        await pilot.pause()
        # The picker lists every tag; choose the first (false-persona).
        await pilot.press("enter")
        await pilot.pause()
        added = case_file(review_seeds, "li")["tags"]
        assert [t["id"] for t in added] == ["false-persona"]
        document = screen.material.document(screen.doc)
        assert added[0]["quote"] == document.sentence_text(document.sentences[2])
        await pilot.press("j", "g")
        await pilot.pause()
        garbled = case_file(review_seeds, "li")["garbled"]
        assert garbled[0]["quote"] == document.sentence_text(document.sentences[3])


async def test_correct_a_fact_in_the_editor(review_seeds: Path) -> None:
    app = build_author_app(review_seeds, QUESTIONS, "li")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        row = next(n for n, item in enumerate(screen.items) if item.kind == "fact")
        for _ in range(row):
            await pilot.press("down")
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#fact-value")
        field.value = "clerk in a key department"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
    facts = case_file(review_seeds, "li")["facts"]
    assert any(f["value"] == "clerk in a key department" for f in facts)


async def test_the_next_case_key_and_escape(review_seeds: Path) -> None:
    app = build_author_app(review_seeds, QUESTIONS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        first = screen.case.id
        await pilot.press("right_square_bracket")
        assert screen.case.id != first
        await pilot.press("left_square_bracket")
        assert screen.case.id == first
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 0


def test_snapshot_review(snap_compare, review_seeds: Path) -> None:
    app = build_author_app(review_seeds, QUESTIONS, "li")
    assert snap_compare(app, terminal_size=SIZE)


# --- the command line -------------------------------------------------------------------------


def test_quiz_author_help_and_bad_input_in_one_line(tmp_path: Path) -> None:
    result = run("author", "--help")
    assert result.returncode == 0 and "--seeds" in result.stdout and "CASE" in result.stdout
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    unknown = run("author", "nobody", "--seeds", str(seeds))
    assert unknown.returncode == 2 and "no case 'nobody'" in unknown.stderr
    (seeds / "cases" / "li.toml").write_text('[case]\nid = "li"\nreviewed_tags = ["x"]\n')
    broken = run("author", "--seeds", str(seeds))
    assert broken.returncode == 2
    assert broken.stderr.count("\n") == 1 and "Traceback" not in broken.stderr
    assert "cases/li.toml" in broken.stderr
