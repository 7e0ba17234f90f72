"""Questions of corpus 116 (first reading: read 353, 41.5% usable, no wrong key, one
debatable), and the frames read 353 found told wrong, by concept: a CCTV installer courted by
the sales manager of the distributor he bought from was told as a stranger's target out of the
blue; a contracted boatman asked when the Army's patrol boats left was placed at a coast guard
station, and offered a fee "for a short summary of trends in your field"; a lecturer heard in a
protocol ("HEARD: senior teacher of ... X") and a technician sent by "his" employer had no job,
and was told to tell the superiors who had asked; and a self-disclosure letter's questions were
filed under its recruiter."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus116", tmp_path_factory))


def _told(drafts: list[Draft], case: str) -> list[str]:
    told = [d.prompt for d in drafts if d.case == case and d.benign is not True]
    assert told, case
    return told


def test_a_supplier_s_sales_manager_is_the_way_in(drafts) -> None:
    told = [p for p in _told(drafts, "ssemwogerere-ivan") if p.startswith("You work as")]
    assert told
    opened = [p for p in told if "A sales manager at a supplier you buy equipment from" in p]
    assert opened, told
    assert not [p for p in told if "Out of the blue" in p], told


def test_a_boatman_works_away_from_a_desk_and_not_where_the_patrol_boats_are(drafts) -> None:
    told = _told(drafts, "a-contracted-boatman")
    assert not [p for p in told if "coast guard" in p or "defence organisation" in p], told
    assert not [p for p in told if "summary of trends" in p], told


@pytest.mark.parametrize(
    ("case", "job"),
    [
        ("rahmonov-jasur-nurmatovich", "You work as a senior teacher"),
        ("prossy-akello", "You work as a technician"),
    ],
)
def test_the_job_a_protocol_or_an_employer_gives(drafts, case: str, job: str) -> None:
    told = [p for p in _told(drafts, case) if p.startswith("You work as")]
    assert told and all(p.startswith(job) for p in told), told


def test_the_letter_s_questions_are_its_writer_s(drafts) -> None:
    cases = {d.case for d in drafts}
    assert "per-olof-lindgren" in cases
    assert "marcus-bell" not in cases
    assert {"s-kirushanthi", "rahmonov-jasur-nurmatovich"} <= cases


def test_asked_by_her_own_employer_she_is_not_told_to_tell_her_superiors(drafts) -> None:
    # Read 353: "Tell your organisation's security office or your superiors" for a technician
    # whose own employer gave the instruction; she told the client's ICT security officer.
    asked = [
        d for d in drafts if d.case == "prossy-akello" and d.prompt.endswith("What should you do?")
    ]
    keys = [d.options[i] for d in asked if not d.benign for i in d.correct]
    assert keys
    assert not [k for k in keys if "superiors" in k], keys
    assert all("the security office of the client or site you work at" in k for k in keys), keys
    # Where carrying on is right, the report on offer names her channel too.
    reports = [o for d in asked if d.benign for o in d.options if o.startswith("Tell ")]
    assert all("the security office of the client or site you work at" in o for o in reports)


def test_the_thing_asked_for_does_not_say_the_template_s_word_again(drafts) -> None:
    # Read 354: 'a "short technical report"' told as "For a short short technical report".
    told = [text for d in drafts for text in (d.prompt, *d.options)]
    assert any("short technical report" in text for text in told)
    assert not [text for text in told if "short short" in text]


def test_one_who_handed_nothing_over_is_not_told_he_sent_material(drafts) -> None:
    # Read 354: the way out for "you sent a contact some material" told of a lecturer who
    # "reported of his own will ... and before handing anything over".
    told = _told(drafts, "rahmonov-jasur-nurmatovich")
    assert not [p for p in told if "you sent a contact some material" in p], told


# --- read 356 ---------------------------------------------------------------------------------


def test_the_channel_is_quoted_from_the_protocol_s_advice_not_its_agenda(drafts) -> None:
    # Read 356: "Docent Xolmatov A. B. to hold a briefing ... with the participation of the
    # First Department" quoted for telling the First Department; the advice that a case's story
    # runs into ("In such cases one should ... report the same day to the head of the First
    # Department") is the document's, though a case's sentence.
    told = [
        d for d in drafts if d.case == "ergashev-bekzod-rustam-o-g-li" and d.topic == "reporting"
    ]
    quotes = [e.quote for d in told for e in d.sources]
    assert any(q.startswith("In such cases one should not argue") for q in quotes), quotes
    assert not any("Docent Xolmatov" in q for q in quotes), quotes


def test_no_question_leans_on_the_police_inventory_or_the_court_s_weighing(drafts) -> None:
    # Read 356: "The second phone, the flash disk, USD 1,800 in cash ... were recovered" quoted
    # for the request to keep a second phone; "Aggravating: the accused abused the trust ...; he
    # was paid for it" quoted as what he sent, for the way out.
    quotes = [e.quote for d in drafts for e in d.sources]
    assert not [q for q in quotes if "were recovered" in q], quotes
    assert not [q for q in quotes if q.startswith("Aggravating")], quotes


def test_the_neighbour_only_introduced_the_lender(drafts) -> None:
    # Read 356: "a neighbour introduced him, at a barbecue, to a man who ... asked to be called
    # Sr. Rodrigo" was told as a new neighbour who became the lender.
    told = _told(drafts, "jose-raimundo-ferreira-neto")
    opened = [p for p in told if p.startswith("You work as")]
    assert opened
    assert all("introduces you to an acquaintance of theirs" in p for p in opened), opened
    assert not [p for p in told if "A new neighbour who has just moved in" in p], told


def test_the_way_out_tells_the_threat_the_case_shows_and_the_flight_it_took(drafts) -> None:
    # Read 356: the lenders "knew which school his daughters went to" was told as "your
    # employer could find out"; Neto's crossing into Colombia before he could be interviewed
    # is the way out he took, and the bulletin's "come forward anyway" the way out it teaches.
    way_out = [
        d for d in drafts if d.case == "jose-raimundo-ferreira-neto" and d.family == "way-out"
    ]
    assert way_out
    for draft in way_out:
        assert "which school your children go to" in draft.prompt, draft.prompt
        assert "employer" not in draft.prompt, draft.prompt
        quotes = [e.quote for e in draft.sources]
        assert any("crossed into Colombia" in q for q in quotes), quotes
        assert any("come forward anyway" in q for q in quotes), quotes
        wrong = [o for i, o in enumerate(draft.options) if i not in draft.correct]
        assert any("Leave the country" in o for o in wrong), wrong


def test_a_chat_deleted_by_hand_is_no_app_that_deletes_messages(drafts) -> None:
    # Read 356: "the account asked him to delete the chat after reading and to say nothing at
    # the post" was told as a request to move to an app that deletes messages automatically.
    told = _told(drafts, "ergashev-bekzod-rustam-o-g-li")
    assert [p for p in told if "delete your chats with them after reading" in p], told
    assert not [p for p in told if "deletes the messages automatically" in p], told


def test_a_phone_call_is_no_meeting(drafts) -> None:
    # Read 356: "After you first meet, the contact sends you a connection request" after "A
    # phone call you did not expect comes from someone you have not met before".
    told = [p for p in _told(drafts, "s-kirushanthi") if "A phone call you did not expect" in p]
    assert told
    assert not [p for p in told if "first meet" in p], told


def test_the_approved_copy_is_offered_as_what_makes_it_ordinary(drafts) -> None:
    # Reads 356 and 362: "A colleague copying project files", offered beside a colleague
    # copying internal files in batches, is true of the batches too.
    told = [d for d in drafts if "bulk-collection" in d.tags]
    assert told
    offered = [o.lower() for d in drafts for o in d.options]
    assert not [o for o in offered if "a colleague copying project files" in o]
    assert [o for o in offered if "project files copied to an approved drive for a handover" in o]
