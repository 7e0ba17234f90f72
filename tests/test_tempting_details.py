"""The ordinary details a situation tells and offers as wrong choices: tempting for a reason,
never small talk nobody picks, never a detail that the situation's own opening makes pointless
(read 236)."""

from __future__ import annotations

import random

import pytest

from quiz.families.base import Context
from quiz.generate import _essentials, all_drafts, generate
from quiz.material import load_material
from quiz.scenario_material import scenario_material

from .conftest import SEEDS

CORPORA = SEEDS.parent / "tests"


@pytest.fixture(scope="module")
def scenarios():
    return scenario_material()


def test_the_detail_about_the_job_in_private_life_is_never_small_talk(scenarios) -> None:
    # Read 236: met at a club or through a relative, the one detail about the job offered was
    # "which events in your field are worth attending", a choice nobody picks, in three of
    # six private-life questions.
    ctx = Context(load_material(SEEDS), scenarios, 0)
    firsts = set()
    for seed in range(40):
        for group in ("in-person", "online"):
            details = ctx.ordinary(group, random.Random(seed), 3, personal=True, office=False)
            assert details, (group, seed)
            assert not details[0].filler, (group, seed, details[0].choice)
            firsts.add(details[0].choice)
    # Asked as people ask in private life, and tempting for that.
    assert "A question about what you do for a living" in firsts


def test_how_an_unannounced_contact_found_you_is_never_told_of_an_arranged_one(
    scenarios,
) -> None:
    # Read 236: "Knowing your work email address" offered for a partner your manager told you
    # to expect, who was given it.
    unexpected = [d for group in scenarios.ordinary.values() for d in group if d.unexpected]
    # ("Already knowing your name and job" is no longer told at all: out of the blue, trainers
    # teach it as a sign that you were picked out, read 255.)
    assert {d.choice for d in unexpected} >= {"Knowing your work email address"}
    arranged = [channel.arranged for channel in scenarios.channels.values()]
    told = 0
    for folder in (SEEDS, CORPORA / "corpus62", CORPORA / "corpus76"):
        for draft in all_drafts(load_material(folder)):
            if any(opening in draft.prompt for opening in arranged):
                told += 1
                for detail in unexpected:
                    assert detail.story not in draft.prompt, draft.prompt
    assert told >= 5


def test_private_life_offers_favours_that_are_plainly_nothing_owed(scenarios) -> None:
    # Read 236: "Buying a round of drinks now and then" was picked by nobody; a favour or money
    # from the contact, paid back or on their way, tempts and is still ordinary.
    private = [d for d in scenarios.ordinary["in-person"] if d.private and not d.filler]
    choices = {d.choice for d in private}
    assert "Buying a round of drinks now and then" not in choices
    assert "The contact paying for your drink when you forgot your wallet" in choices
    for detail in private:
        if "pays" in detail.story or "lift" in detail.story:
            # Never beside the sign it looks like: two choices of one kind.
            assert "excessive-help-flattery" in detail.not_with, detail.story


def test_a_red_flag_question_still_asks_where_little_is_tempting() -> None:
    # With small talk no longer the detail about the job, a red flag whose tempting details
    # run short takes small talk only to fill its last place, rather than failing (corpus 73
    # stopped the generator with "no wrong choices to offer beside the key").
    sets = generate(load_material(CORPORA / "corpus73"))
    assert sum(len(s.questions) for s in sets if s.id.startswith("case-")) >= 40


def test_essentials_fills_its_places_when_its_first_questions_cover_most_tags() -> None:
    # Corpus 39: the first questions of the set covered most tags, and every later question
    # needed a tag of its own, so the set stopped at four; now kinds it lacks, then any
    # question new beside those chosen, fill each topic's places (8 to 10 chosen before).
    for folder in ("corpus51", "corpus59", "corpus70"):
        drafts = all_drafts(load_material(CORPORA / folder))
        chosen = _essentials(drafts, 0)
        assert len(chosen) >= 11, (folder, len(chosen))
        situations = [(d.family, d.subject) for d in chosen if d.subject]
        assert len(situations) == len(set(situations)), folder


def test_the_answer_to_the_public_first_requests_belief_grants_nothing(scenarios) -> None:
    # Read 236: "That the first things asked for were public does not make the approach
    # harmless" granted what the case never said (serial numbers its clerk called "nothing
    # secret").
    answers = [m.answer for m in scenarios.misconceptions if m.group == "public"]
    assert answers
    for answer in answers:
        # (Nor "had they been public" of a case whose first requests were: read 241.)
        assert answer.startswith("Public or not, the first things asked for"), answer


def test_a_private_life_near_miss_is_told_only_where_the_contact_was_made_in_private_life(
    scenarios,
) -> None:
    # Read 238: "For your birthday the contact gives you a paperback you had mentioned wanting
    # to read" was told of a visitor met at a public event, who gives no one birthday presents;
    # the case was met in private life, the situation was not.
    private = {
        s.benign_private
        for s in scenarios.signs.values()
        if s.benign_private and s.near_miss_private
    }
    assert private
    openings = [
        opening.split("{")[0]
        for channel in scenarios.channels.values()
        for opening in (channel.arranged, channel.neutral)
    ]
    told = 0
    for folder in ("corpus63", "corpus76", "corpus77"):
        for draft in all_drafts(load_material(CORPORA / folder)):
            if any(opening in draft.prompt for opening in openings):
                told += 1
                for story in private:
                    assert story not in draft.prompt, draft.prompt
    assert told > 10


def test_a_harmless_situation_is_never_answered_with_a_suspicious_ones_reasons(
    scenarios,
) -> None:
    # Read 243: carrying on with an arranged visitor was explained with "finding out about a
    # contact yourself is never your job" (which looking a contact up online, ordinary in
    # another question, contradicts) and "talking it over spreads what belongs with the people
    # whose job it is" (there is nothing to report).
    actions = scenarios.actions
    said = actions.rebut(
        [
            "Carry on, and ask a colleague what they make of it before doing anything else",
            "Tell your organisation's security office or your superiors once you know more "
            "about the contact, so as not to waste their time",
        ],
        "Tell your organisation's security office or your superiors",
        harmless=True,
    )
    assert "never your job" not in said and "whose job it is" not in said, said
    assert "ordinary contact" in said and "nothing more to find out" in said, said


def test_a_harmless_twins_no_never_contradicts_its_own_story(scenarios) -> None:
    # Read 242: "No: nothing is to be kept from anyone at work" beside a contact who asks you
    # not to share a draft outside your team.
    secrecy = scenarios.signs["secrecy-pressure"]
    assert "outside your team" in secrecy.benign
    assert "anyone at work" not in secrecy.benign_no


def test_a_detail_nobody_would_pick_is_offered_only_where_nothing_tempting_is_left() -> None:
    # Read 246 (corpus 79): "Messages that arrive late at night, when things are quiet" and "A
    # profile picture of the contact on holiday with family" were offered beside tempting
    # details still unused; nobody would pick either.
    drafts = all_drafts(load_material(CORPORA / "corpus79"))
    offered = {o for d in drafts for i, o in enumerate(d.options) if i not in d.correct}
    assert "Messages that arrive late at night, when things are quiet" not in offered
    assert "A profile picture of the contact on holiday with family" not in offered
