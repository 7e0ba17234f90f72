"""Questions that read 295 (corpus 97, first reading: 28.9% usable, no wrong key, one
debatable) found wanting, beyond the people extraction now reads (the investigator, the
security officer, an island and "Ground Floor" had case sets of their own): the circular a
tribunal quotes, pasted whole as a case's passage; the Ministry's own paid workshop quoted as
a suspicious paid trip; a contact asking "one last favour" quoted as favours done; and "Once
material has been handed over, it becomes the lever" said of debts the contact paid off.
Questions of a student or a cadet (reads 293 and 294) are in corpora 95's and 96's tests."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.scenario_material import scenario_material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus97", tmp_path_factory))


def test_the_people_approached_are_the_cases(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert (
        not {
            "r-dale-whitcombe",
            "felix-mkandawire",
            "ground-floor",
            "ile-perseverance",
            "lim-choon",
            "agnes-kaupa",
        }
        & cases
    ), cases
    assert {
        "alfred-kenye-lakabung-jr",
        "yamikani-peter-nkhoma",
        "joseph-wari-kaupa",
        "marie-noelle-ah-time",
        "puthenveettil-varghese-shibu",
    } <= cases, cases


def test_quotes_are_the_cases_own_story(drafts) -> None:
    for draft in drafts:
        for evidence in draft.sources:
            # The circular the Commission quotes, advice to all staff.
            assert "Officers at every grade" not in evidence.quote, draft.prompt
            # The workshop her own Ministry paid for is no suspicious trip.
            assert "paid for by the Ministry" not in evidence.quote, draft.prompt
            # A contact asking a favour has done none.
            assert "one last favour" not in evidence.quote, draft.prompt


def test_a_threat_is_explained_by_what_it_holds_over_the_person() -> None:
    # Read 295: "Once material has been handed over, it becomes the lever", said of a hint that
    # the employer would hear of debts the contact paid off.
    sign = scenario_material().signs["threats-leverage"]
    debts = sign.as_shown_by(
        "He said the port authority would be interested to know about your betting and who "
        "paid your debts."
    )
    assert "Debts" in debts.why and "material" not in debts.why, debts.why
    photos = sign.as_shown_by(
        "She sent him intimate photographs and said his wife and his employer would receive copies."
    )
    assert "secret" in photos.why and "material" not in photos.why, photos.why
    sent = sign.as_shown_by('He said the Secretary "would be interested to see them".')
    assert "material" in sent.why, sent.why


def test_a_banks_customers_do_not_work_at_the_bank(tmp_path_factory) -> None:
    # Read 297: "You work as a member of staff at a bank" for a caterer's storekeeper and its
    # managing director, whose bank wrote the report ("Customer since 2015").
    material = corpus_material("corpus97", tmp_path_factory)
    for name in ("Joseph Wari Kaupa", "Lucas Ravu Morea"):
        assert case_frame(material, name).workplace.place != "a bank", name


def test_a_joint_venture_offered_is_told_as_a_deal(drafts) -> None:
    # Read 297: "his firm would buy 40 per cent of Morobe Fresh Catering, at a price ... 'three
    # times what any buyer in Lae would pay'", told as "well-paid work on the side".
    told = [d for d in drafts if d.case == "lucas-ravu-morea"]
    assert any("joint venture" in d.prompt for d in told)
    assert not any("work on the side" in d.prompt for d in told)


def test_a_club_told_with_its_page_online_is_no_meeting_at_the_club(tmp_path_factory) -> None:
    # Read 297: "Liam" who "messaged her through the same club page" told as "At your club, a
    # fellow member you have known for a while gets talking with you".
    material = corpus_material("corpus97", tmp_path_factory)
    frame = case_frame(material, "Hilda L. deBrum")
    assert "club" not in frame.approach and "club" not in frame.contact, frame.contact
