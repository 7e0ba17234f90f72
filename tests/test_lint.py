"""The quality gate (quiz lint): each defect class of the rubric it can detect is caught, with
the examples the trainers' read found in earlier shipped sets."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from quiz.lint import Item, check, duplicates, lint_questions
from quiz.material import Material, load_material
from quiz.models import Case, Evidence
from quiz.taxonomy import TAGS
from quiz.validate import load_sets

from .conftest import QUESTIONS, SEEDS

DOC = "004_006db5f38f89b473.txt"


def item(**changes: object) -> Item:
    base = Item(
        id="q-test",
        kind="single",
        topic="warning-signs",
        tags=("coercion",),
        prompt="In the case of Chen Wei, the report says something. Which pattern is it?",
        options=("A", "B", "C", "D"),
        correct=(0,),
        explanation="Because.",
        sources=(),
        case=None,
        benign=None,
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


def classes(found: list) -> set[str]:  # type: ignore[type-arg]
    return {f.cls for f in found}


@pytest.fixture(scope="module")
def chen(material: Material) -> Case:
    return material.extraction.case("chen-wei")


def test_a_key_that_repeats_the_stems_word_is_a_giveaway() -> None:
    # q-2b986d360cad: "coerced ... blackmail" -> "Coercion and blackmail".
    found = check(
        item(
            prompt="The report says: “he was coerced into continuing by blackmail.” "
            "Which warning sign does this show?",
            options=(
                "Coercion and blackmail",
                "Unexplained money",
                "A sudden exit",
                "Bulk collection of documents",
            ),
        )
    )
    assert "giveaway" in classes(found)
    assert any("blackmail" in f.message for f in found)


def test_a_word_every_wrong_choice_has_and_the_key_lacks_is_a_giveaway() -> None:
    shaped = item(
        prompt="A colleague copies files. You decide to report it. What do you do?",
        options=(
            "Write down what you saw and report it",
            "Tell the colleague first that you will report them",
            "Ask the team first whether they noticed anything",
            "Go through their desk first for proof",
        ),
        correct=(0,),
    )
    assert "giveaway" in classes(check(shaped))
    # The situation's own subject, named in the stem, is no tell.
    subject = attrs.evolve(
        shaped,
        options=(
            "Write down what you saw and report it",
            "Tell the colleague that you will report them",
            "Ask the colleague's team whether they noticed anything",
            "Go through the colleague's desk for proof",
        ),
    )
    assert "giveaway" not in classes(check(subject))


def test_a_unit_only_the_key_has_is_a_giveaway() -> None:
    # q-8af6e54e3813: the key in "yuan", the distractors in "CNY".
    found = check(
        item(options=("10,000 yuan", "1,000 CNY", "100 CNY", "100,000 CNY"), prompt="Which sum?")
    )
    assert any(f.cls == "giveaway" and "yuan" in f.message for f in found)


def test_the_one_plain_prefix_among_qualified_ones_is_a_giveaway() -> None:
    # Suspicious twins: "Suspicious: ..." against two "Suspicious only because ...".
    found = check(
        item(
            kind="scenario",
            options=(
                "Suspicious: pressure to keep the contact secret",
                "Suspicious only because the contact is foreign",
                "Suspicious only because of a fee",
                "Nothing suspicious: an ordinary contact, handled properly",
            ),
        )
    )
    assert any(f.cls == "giveaway" and "prefix" in f.message for f in found)


def test_the_one_choice_that_says_only_what_to_do_is_a_giveaway() -> None:
    # Read 126: every wrong choice added a reason, a condition or a second step, and the key
    # was the only bare one.
    found = check(
        item(
            kind="scenario",
            topic="reporting",
            options=(
                "Tell your security office straight away",
                "Carry on as normal, since nothing here calls for a report",
                "Tell your security office, but keep watching the colleague yourself",
                "Carry on, and ask the colleague to copy you into their files",
            ),
        )
    )
    assert any(f.cls == "giveaway" and "says only what to do" in f.message for f in found)
    mixed = check(
        item(
            kind="scenario",
            topic="reporting",
            options=(
                "Tell your security office straight away",
                "Carry on as normal",
                "Tell your security office, but keep watching the colleague yourself",
                "Say nothing: it is not your business",
            ),
        )
    )
    assert not any("says only what to do" in f.message for f in mixed)


def test_a_key_that_opens_a_wrong_choice_is_a_giveaway() -> None:
    # Read 227: "Come forward ... and explain everything" beside the same words going on ",
    # after one last batch so that the contact suspects nothing": the bare twin is the key.
    from quiz.choice_form import gives_away

    key = "Come forward voluntarily and explain everything"
    wrong = (
        "Come forward voluntarily and explain everything, after one last batch",
        "Block the contact and hope that is the end of it",
        "Send one last batch on condition that the contact then leaves you alone",
    )
    found = check(item(kind="scenario", topic="reporting", options=(key, *wrong)))
    assert any(f.cls == "giveaway" and "opening of a wrong choice" in f.message for f in found)
    assert gives_away(key, wrong)
    # Another way of saying the key, or a word that merely begins the same, is no tell.
    reworded = "Come forward voluntarily and explain everything now, before they ask for more"
    assert not gives_away(reworded, wrong)
    assert not gives_away("Block the contact", ("Block the contacts' numbers and move on",))


def test_a_key_far_longer_than_the_rest_is_a_giveaway() -> None:
    found = check(
        item(
            options=(
                "A request that moves from published articles to the internal documents of a unit",
                "A polite tone",
                "Quick replies",
                "An evening email",
            )
        )
    )
    assert any(f.cls == "giveaway" and "longest" in f.message for f in found)


def test_a_key_far_shorter_than_the_rest_is_a_giveaway() -> None:
    # Read 260: a harmless situation's "Carry on as normal" beside three choices of sixty
    # characters and more; the test-wise trainee picks the odd one out by its length alone.
    from quiz.choice_form import gives_away

    key = "Carry on as normal"
    wrong = (
        "Carry on, and ask a colleague what they make of it before doing anything else",
        "Tell your organisation's security office or your superiors once you have found out "
        "for yourself who the contact really is and what they want",
        "Ask a friend to look into the contact's background privately",
    )
    found = check(item(kind="scenario", topic="reporting", options=(key, *wrong)))
    assert any(f.cls == "giveaway" and "far the shortest" in f.message for f in found)
    assert gives_away(key, wrong)
    # The shortest choice by an ordinary margin is no tell: some key has to be the shortest.
    longer = "Carry on with your work as you normally would"
    found = check(item(kind="scenario", topic="reporting", options=(longer, *wrong)))
    assert not any("shortest" in f.message for f in found)
    assert not gives_away(longer, wrong)


def test_a_distractor_the_case_shows_is_also_true(chen: Case) -> None:
    # Chen Wei's case shows coercion: offering it as a wrong choice is wrong.
    found = check(
        item(
            case="chen-wei",
            tags=("sudden-exit",),
            options=(
                TAGS["sudden-exit"].label,
                TAGS["coercion"].label,
                TAGS["placement"].label,
                TAGS["invitation-travel"].label,
            ),
            sources=(chen.tag("sudden-exit").evidence[0],),  # type: ignore[union-attr]
        ),
        chen,
    )
    assert any(f.cls == "also-true-distractor" and "coercion" in f.message for f in found)


def test_a_near_synonym_of_the_key_is_also_true() -> None:
    # coercion / threats, paid tasks / disproportionate reward: never side by side.
    found = check(
        item(
            options=(
                TAGS["threats-leverage"].label,
                TAGS["coercion"].label,
                TAGS["placement"].label,
                TAGS["invitation-travel"].label,
            ),
            tags=("threats-leverage",),
        )
    )
    assert any(f.cls == "also-true-distractor" and "near-synonymous" in f.message for f in found)


def test_an_ordinary_detail_that_shows_a_warning_sign_is_also_true() -> None:
    found = check(
        item(
            kind="scenario",
            prompt="A stranger emails you. Which of these details is a warning sign?",
            options=(
                "A fee far above what the work is worth",
                "He asks you to keep the contact secret and use a private email address",
                "A polite tone",
                "Quick replies",
            ),
        )
    )
    assert "also-true-distractor" in classes(found)


def test_questions_of_recall_are_trivial() -> None:
    assert "trivial" in classes(check(item(prompt="How many documents did Chen Wei take?")))
    sentence = item(
        kind="true-false",
        options=("True", "False"),
        prompt="True or false? Qiu Degui was sentenced to 4 years in prison.",
    )
    assert "trivial" in classes(check(sentence))
    # A situation that tells "how much they admire your work" asks for no sum.
    told = item(prompt="The contact says how much they admire your work. Which is a warning sign?")
    assert "trivial" not in classes(check(told))
    # A channel's number is what a trainee needs to report, not trivia.
    number = item(tags=("hotline",), prompt="Which number do you call to reach the hotline?")
    assert "trivial" not in classes(check(number))


def test_short_orderings_and_two_steps_from_one_passage_are_unfair() -> None:
    passage = Evidence(DOC, 10, 50, "x" * 40)
    short = item(kind="ordering", options=("a", "b", "c"), correct=(0, 1, 2), sources=(passage,))
    assert any("only 3 steps" in f.message for f in check(short))
    same = item(
        kind="ordering",
        options=("a", "b", "c", "d"),
        correct=(0, 1, 2, 3),
        sources=(passage, passage, Evidence(DOC, 60, 70, "y" * 10), Evidence(DOC, 80, 90, "z")),
    )
    assert any("one passage" in f.message for f in check(same))


def test_a_passage_a_case_file_marks_garbled_is_caught(material: Material) -> None:
    # "a and others" is marked in seeds/cases/zhang-xiangbin.toml.
    garbled = material.garbled
    assert any("a and others" in g.quote for g in garbled)
    span = next(g for g in garbled if "a and others" in g.quote)
    source = Evidence(span.doc, span.start, span.end + 20, "irrelevant for the check")
    found = check(item(sources=(source,)), None, garbled)
    assert "garbled" in classes(found)
    repeated = item(prompt=f"The report says: “{span.quote} ...”. Which pattern?")
    assert "garbled" in classes(check(repeated, None, garbled))


def test_explanations_that_say_what_the_source_does_not(chen: Case) -> None:
    missed = item(explanation="In the case of X, the same sign was missed: ...")
    assert "bad-explanation" in classes(check(missed))
    # Another document's passage (another jurisdiction's channels) for this case.
    other = item(case="chen-wei", sources=(Evidence("elsewhere.txt", 0, 5, "12339"),), tags=())
    assert "bad-explanation" in classes(check(other, chen))


def test_a_slot_left_unfilled_is_garbled_and_a_passage_cited_twice_is_a_bad_explanation() -> None:
    unfilled = item(options=("As soon as they photographed papers around the {unit}", "B", "C"))
    assert "garbled" in classes(check(unfilled))
    quote = "“He took screenshots of the chat to the terminal's security officer.”"
    twice = item(explanation=f"Keep them. The case of X (a.txt): {quote} The case of X: {quote}")
    assert "bad-explanation" in classes(check(twice))
    assert "bad-explanation" not in classes(check(item(explanation=f"Keep them. {quote}")))


def test_a_key_the_case_does_not_show_is_a_wrong_answer(chen: Case) -> None:
    found = check(item(case="chen-wei", tags=("invitation-travel",)), chen)
    assert "wrong-answer" in classes(found)


def test_the_same_question_twice_in_a_set_is_a_duplicate() -> None:
    one = item(id="q-one", case="chen-wei")
    two = item(id="q-two", case="chen-wei", prompt="Put differently, which pattern is shown?")
    assert [f.qid for f in duplicates([one, two])] == ["q-two"]
    other = item(id="q-three", case="li", prompt="Which sign shows in the case of Li?")
    assert duplicates([one, other]) == []


def test_the_shipped_sets_have_no_findings(material: Material) -> None:
    for question_set in load_sets(QUESTIONS):
        assert [str(f) for f in lint_questions(question_set.questions, material)] == []


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quiz", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_quiz_lint_prints_one_line_per_finding_with_id_and_class(tmp_path: Path) -> None:
    text = (QUESTIONS / "case-chen-wei.toml").read_text(encoding="utf-8")
    # The first question becomes a question of recall: what it asks, at its end.
    bad = re.sub(
        r'(prompt = "[^"]*?)[^.?"]*\?"', r'\1 How many documents were taken?"', text, count=1
    )
    path = tmp_path / "case-chen-wei.toml"
    path.write_text(bad, encoding="utf-8")
    result = run("lint", str(path), "--seeds", str(SEEDS))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(f"{path}: q-") for line in lines)
    assert any(line.split(": ")[2] == "trivial" for line in lines)
    assert "Traceback" not in result.stderr


def test_quiz_lint_on_the_repository_is_clean_and_bad_input_is_one_line(tmp_path: Path) -> None:
    clean = run("lint")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "no findings" in clean.stdout
    missing = run("lint", str(tmp_path / "nothing.toml"))
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text("[set\n", encoding="utf-8")
    bad = run("lint", str(broken))
    assert bad.returncode == 2 and f"{broken}:1: TOML syntax error" in bad.stderr


def test_generation_drops_what_the_gate_rejects(material: Material) -> None:
    from quiz.families import Context
    from quiz.families.base import Draft
    from quiz.lint import gate

    chen = material.extraction.case("chen-wei")
    evidence = chen.tag("coercion").evidence[0]  # type: ignore[union-attr]
    good = Draft(
        "recruitment",
        "single",
        ("coercion",),
        "Which of these details is a warning sign?",
        ("A hint of exposure", "A polite tone", "Quick replies", "An evening email"),
        (0,),
        "Because.",
        (evidence,),
        "chen-wei",
    )
    giveaway = attrs.evolve(good, options=("A hint of exposure " * 5, *good.options[1:]))
    assert gate([good, giveaway], material) == [good]
    assert Context  # the families' context is importable beside the gate


def test_load_material_reads_garbled_passages(seeds_copy: Path) -> None:
    case_file = seeds_copy / "cases" / "li.toml"
    case_file.write_text(
        'garbled = [{ doc = "000_2410fbebdc00006d.txt", quote = "not in the text at all" }]\n'
        + case_file.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    result = run("validate", "--seeds", str(seeds_copy), str(case_file))
    assert result.returncode == 2
    assert "garbled[0].quote: not found verbatim" in result.stderr
    assert load_material(SEEDS).garbled


@pytest.mark.parametrize(
    "quote",
    [
        "For the first time, I found some negative news, similar to fights, fights, murders.",
        "In the exchange, a and others often help him with his work.",
        "I wrote back and said you can contact me Personal email address of.",
        "He said he didnt know who the sender was.",
    ],
)
def test_a_passage_garbled_in_translation_is_caught_without_a_case_file(quote: str) -> None:
    source = Evidence("report.txt", 0, len(quote), quote)
    found = check(item(sources=(source,)), None, ())
    assert "garbled" in classes(found)


def test_a_clean_passage_is_not_taken_for_garbled() -> None:
    quote = "Later, in order to get a higher reward, Chen Wei began to focus on the intranet."
    source = Evidence("report.txt", 0, len(quote), quote)
    assert "garbled" not in classes(check(item(sources=(source,)), None, ()))
