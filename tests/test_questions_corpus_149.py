"""Read 469 (corpus 149 on arrival, 86.1% usable per occurrence, no wrong key, one debatable in
three sets) found every question that needed work in two cases: a crane mechanic's, whose
recruiter had a set of his own (the one debatable key asked when "Raymond Siu, who was first
approached in person" should have reported) and whose "invited Junior for drinks" made four
questions about a paid seminar abroad; and an electron microscopy technician's, whose invitation
abroad, registered with her institute and approved, was held up as the warning sign where she
said "The invitation was not the problem. The question at dinner was". Read 470 (after the
first fixes, 71.4%, no wrong key, one debatable) found most edits in the jobs and workplaces the
stems told: a fuel terminal's loading bay operator as "an operator at a defence organisation"
(from "the military customer" and "the site fire brigade's drills"), the school's driving
instructor as "a member of staff at a defence organisation", "a control inspector" for a
development control inspector; and "No: handing out what anyone can read gives nothing away"
keyed, the misconception that public requests are harmless. Read 471 (76.3%, no wrong or
debatable key) found the port security plan's arrangements for a vessel visit, in a section of
"Ordinary requests, for comparison", quoted as the channel, and an audit officer who resigned
by WhatsApp message told as taking "a trip they were required to declare". Read 472 (84.7%, no
wrong or debatable key) found a loading bay operator told as a paid conference speaker and a
driving instructor approached on visits to his aunt told as on a posting with "a host
organisation"."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material

_TRIP = ("trip", "seminar abroad", "conference abroad", "travel")


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus149", tmp_path_factory)
    return all_drafts(material)


def test_read_469_the_recruiter_has_no_set(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert "raymond-siu" not in cases, cases
    assert "tarmon-laelang-jr" in cases
    for draft in drafts:
        assert "Raymond Siu" not in draft.prompt, draft.prompt


def test_read_469_drinks_are_no_trip(drafts: list[Draft]) -> None:
    mechanic = [d for d in drafts if d.case == "tarmon-laelang-jr"]
    assert mechanic
    for draft in mechanic:
        assert "invitation-travel" not in draft.tags, draft.prompt
        told = " ".join([draft.prompt, *draft.options]).lower()
        assert not any(word in told for word in _TRIP), told


def test_read_469_the_mechanic_tells_the_port_facility_security_officer(
    drafts: list[Draft],
) -> None:
    keys = [
        d.options[i]
        for d in drafts
        if d.case == "tarmon-laelang-jr" and d.topic == "reporting"
        for i in d.correct
    ]
    assert any("the Port Facility Security Officer" in k for k in keys), keys


def test_read_469_an_approved_invitation_is_not_the_sign(drafts: list[Draft]) -> None:
    technician = [d for d in drafts if d.case == "maria-auxiliadora-takahashi-fontes"]
    assert technician
    for draft in technician:
        assert "invitation-travel" not in draft.tags, (draft.prompt, draft.tags)
        # (Nor a harmless situation modelled on her invitation: "Compare the real case ...,
        # where it was not ordinary: ... inviting her to give a 20-minute talk".)
        assert not (draft.benign and "inviting her to give" in draft.explanation), draft.prompt


def test_read_470_jobs_and_workplaces_as_the_records_tell_them(drafts: list[Draft]) -> None:
    def told(case: str) -> str:
        return " ".join(d.prompt for d in drafts if d.case == case)

    operator = told("dmitri-gurevich")
    assert "a loading bay operator at an energy company" in operator, operator
    assert "defence organisation" not in told("vjatseslav-kuznetsov")
    assert "a driving instructor at a school" in told("vjatseslav-kuznetsov")
    assert "a development control inspector" in told("gifty-naa-ayeley-quaye")


def test_read_470_published_material_is_no_rule_of_harmlessness(drafts: list[Draft]) -> None:
    for draft in drafts:
        for option in draft.options:
            assert "what anyone can read gives nothing away" not in option, option


def test_read_471_no_channel_from_a_section_of_ordinary_requests(drafts: list[Draft]) -> None:
    reporting = [
        d
        for d in drafts
        if d.case in {"tarmon-laelang-jr", "limenwe-jorkan-lakjohn"} and d.topic == "reporting"
    ]
    assert reporting
    for draft in reporting:
        for source in draft.sources:
            assert "diplomatic note" not in source.quote, source.quote
    told = [
        s.quote
        for d in reporting
        for s in d.sources
        if any("Port Facility Security Officer" in d.options[i] for i in d.correct)
    ]
    assert any("report any such approach the same day" in q for q in told), told


def test_read_471_a_resignation_by_message_is_no_undeclared_trip(drafts: list[Draft]) -> None:
    officer = [d for d in drafts if d.case == "ebenezer-nii-okai-lamptey"]
    assert officer
    for draft in officer:
        assert "required to declare" not in draft.prompt, draft.prompt
    assert any("resigns by text message" in d.prompt for d in officer)


def test_read_472_a_visit_to_relatives_is_no_posting_abroad(drafts: list[Draft]) -> None:
    instructor = [d for d in drafts if d.case == "vjatseslav-kuznetsov" and d.kind == "scenario"]
    assert any("visits to relatives" in d.prompt for d in instructor)
    for draft in instructor:
        assert "host organisation" not in draft.prompt, draft.prompt


def test_read_472_a_loading_bay_operator_gives_no_talks(drafts: list[Draft]) -> None:
    operator = [d for d in drafts if d.case == "dmitri-gurevich"]
    assert operator
    for draft in operator:
        told = " ".join([draft.prompt, *draft.options]).lower()
        assert "speaker" not in told and "public talk" not in told, told
