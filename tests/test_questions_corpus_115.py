"""Questions of corpus 115 (first reading: read 343, 37.7% usable, no wrong or debatable key),
and the frames read 343 found told wrong, by concept: a delegate met at a show wearing its badge
is no delegation visiting the organisation, and a hotel "in the diplomatic quarter" no embassy; an
ROV pilot flies for a marine services firm, not "a pilot at a naval base"; a hackathon's Discord
server is an online community, not a game; a hackathon's demos are an event; help offered through
a relative opens as such, not as a visitor the manager introduces."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus115", tmp_path_factory))


def _told(drafts: list[Draft], case: str) -> list[str]:
    told = [d.prompt for d in drafts if d.case == case and d.benign is not True]
    assert told, case
    return told


def test_a_delegate_met_at_a_show_is_no_visiting_delegation(drafts) -> None:
    told = _told(drafts, "faisal-bin-abdulaziz-al-harbi")
    assert not [p for p in told if "foreign ministry" in p or "embassy" in p or "study visit" in p]


def test_an_rov_pilot_works_for_a_marine_services_firm(drafts) -> None:
    told = [p for p in _told(drafts, "jhonatan-quispe-huaman") if p.startswith("You work as")]
    assert told and all("an ROV pilot at an offshore marine services company" in p for p in told)


def test_a_hackathon_server_is_no_game(drafts) -> None:
    told = _told(drafts, "ibrahim-musa-danjuma")
    assert not [p for p in told if "online game" in p]
    assert any("online community for people in your field" in p for p in told), told


@pytest.mark.parametrize(
    ("case", "opening"),
    [
        ("adaeze-okonkwo-nwosu", "At an event in your field"),
        ("aizada-bolot-kyzy", "A relative tells you about a businessman"),
    ],
)
def test_the_case_s_own_way_in_opens_its_suspicious_situations(drafts, case, opening) -> None:
    told = [p for p in _told(drafts, case) if p.startswith(("You work", "You are"))]
    assert told
    assert not [p for p in told if "your manager introduces you" in p], told
    assert any(opening in p for p in told), told


def test_every_case_is_asked_about_from_its_own_signs(drafts) -> None:
    # Read 344: Temirbek Asan uulu, the minutes' first case, had no question at all: no sign's
    # grounds read a day's pay worth a shepherd's week, being told by name to say nothing,
    # patrol times asked, or boxes to fix along a patrol path.
    asked = {d.case for d in drafts}
    assert {"temirbek-asan-uulu", "a-temporary-stand-assistant"} <= asked, asked
    temirbek = [d for d in drafts if d.case == "temirbek-asan-uulu"]
    assert len(temirbek) >= 5


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("maria-fernanda-ccori-de-la-cruz", "at a ship classification society"),
        ("adaeze-okonkwo-nwosu", "at a technology company"),
    ],
)
def test_each_is_told_where_they_work(drafts, case: str, said: str) -> None:
    told = [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You work as")]
    assert told and all(said in p for p in told), told


def test_no_harmless_situation_opens_with_the_case_s_lure(drafts) -> None:
    # Read 344: "a businessman a relative told you about, who could help you with your
    # troubles" opened harmless situations keyed "nothing here is a warning sign".
    harmless = [d for d in drafts if d.case == "aizada-bolot-kyzy" and d.benign]
    assert not [d for d in harmless if "could help you with your troubles" in d.prompt]


def test_a_gifts_rule_is_no_present(drafts) -> None:
    # Read 344: "the gifts and hospitality rules have since been explained again to all staff"
    # quoted for favours and presents.
    quoted = [e.quote for d in drafts for e in d.sources]
    assert not [q for q in quoted if "gifts and hospitality rules" in q]


def test_a_guest_who_rented_the_room_opens_as_such(tmp_path_factory) -> None:
    # Corpus 106: the apartment's guest, once the fishing trips he took the family on were read
    # as flattery's context, was told as a fellow member of a club.
    from .conftest import case_frame

    material = corpus_material("corpus106", tmp_path_factory)
    frame = case_frame(material, "R.A.C.")
    assert frame.approach.startswith("A guest rents the room you let out")


def test_situations_hold_together(drafts) -> None:
    # Read 344: a direct message in an online community, then "writes to your work address";
    # a freelancing client's job offer, then a talk "under an agreement your employer
    # approves"; the team's advice to "keep the messages" cited as the case of someone who
    # kept nothing.
    prompts = [d.prompt for d in drafts]
    assert not [p for p in prompts if "online community" in p and "work address" in p]
    assert not [p for p in prompts if "freelancing platform" in p and "employer approves" in p]
    kept = [d.explanation for d in drafts if "If you get such an approach" in d.explanation]
    assert kept and all("The advice the report gives: “If you get such" in e for e in kept)


def test_an_app_whose_messages_delete_is_no_device(drafts) -> None:
    # Read 346: Noura's 24-hour deleting app grounded "a device from the contact to plug in out
    # of sight", a sign her case does not show.
    told = [d for d in drafts if d.case == "noura-bint-saad-al-qahtani"]
    assert told
    assert not [d for d in told if "device" in d.prompt or "small box" in d.prompt]


def test_disappearing_messages_are_taught_as_such_and_praise_is_not_beside_flattery(
    drafts,
) -> None:
    # Read 346: "move to an encrypted app" taught where the source says only that the messages
    # disappear; "Praise from a mutual acquaintance" offered beside the contact's own favours
    # and praise, part of the same flattery.
    from quiz.scenario_material import scenario_material

    told = (
        scenario_material()
        .signs["secrecy-pressure"]
        .as_shown_by(
            "He asked Leko to move their conversation to a messaging app with disappearing "
            "messages and said it was better not to mention the festival at work."
        )
    )
    assert "deletes the messages" in told.story and "encrypted" not in told.story
    flattered = [d for d in drafts if any("Presents or favours" in o for o in d.options)]
    assert not [d for d in flattered if "Praise from a mutual acquaintance" in d.options]


def test_the_moment_a_report_names_is_asked_however_it_is_said(drafts) -> None:
    # Read 346: no question asked when Sandro should first have reported, although the debrief
    # says it ("if Sandro had come to him the first time Mariam asked for photos of the radio
    # room").
    keys = [
        d.options[d.correct[0]]
        for d in drafts
        if d.case == "sandro-beridze" and "first report have been made" in d.prompt
    ]
    assert keys == ["At the first request for photos of the radio room"], keys
