"""What blind read 212 (corpus 73 after one round) found beyond its one debatable key, fixed by
concept: a present told without the worth that made it more than a courtesy, a job and a
workplace taken from someone else (a daughter's university, a father's office, the writer's
"our ministry", a port city visited) or missed where a report writes it as a title, and "is there
a warning sign here?" offering two wrong "Yes" nobody would pick."""

from __future__ import annotations

import pytest

from quiz.generate import all_drafts
from quiz.material import Material
from quiz.scenario_material import scenario_material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def corpus73(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus73", tmp_path_factory)


def _sectors(material: Material, name: str) -> set[str]:
    (case,) = [c for c in material.extraction.cases if c.name == name]
    return {f.value for f in case.facts_of("sector")}


def _roles(material: Material, name: str) -> set[str]:
    (case,) = [c for c in material.extraction.cases if c.name == name]
    return {f.value for f in case.facts_of("role")}


def test_a_present_is_told_with_its_worth(corpus73: Material) -> None:
    # "gave him a pair of binoculars worth around £900": read 212 found "favours, presents and
    # praise" from a club member with no value given, which made "None" a fair answer.
    frame = case_frame(corpus73, "Ieuan ap Dafydd")
    assert frame.gift == "a pair of binoculars worth around £900"
    told = [d.prompt for d in all_drafts(corpus73) if d.case == frame.case.id]
    assert any("gives you a pair of binoculars worth around £900" in p for p in told)


def test_a_present_of_a_listed_kind_is_still_found(corpus73: Material) -> None:
    # ("gave him an expensive watch": no worth, one of the kinds of present the material lists.)
    assert case_frame(corpus73, "Abdulhamid Ramadan al-Gharyani").gift == "an expensive watch"


@pytest.mark.parametrize(
    ("name", "not_theirs"),
    [
        # "wrote a reference for his daughter's university placement"
        ("Ieuan ap Dafydd", "academia"),
        # 'Holloway wrote, "People in our ministry appreciate your work."'
        ("a radiographic testing technician", "government"),
        # "obtain from his father's office the lists of cargo cleared for the military zone of
        # the port"
        ("Muataz", "port"),
        # 'a "technical seminar on Mediterranean steel markets" in a European port city'
        ("Abdulhamid Ramadan al-Gharyani", "port"),
    ],
)
def test_where_someone_else_works_is_not_the_cases_workplace(
    corpus73: Material, name: str, not_theirs: str
) -> None:
    assert not_theirs not in _sectors(corpus73, name)


@pytest.mark.parametrize(
    ("name", "role", "told"),
    [
        # "Grievant: Ieuan ap Dafydd, Range Warden (Grade RW2), 19 years' service"
        # (The job keeps the plain words the report puts before it, read 470.)
        ("Ieuan ap Dafydd", "range warden", "a range warden"),
        # "The skipper under investigation is Jocelyn Rosemond, 44, of Schœlcher"
        ("Jocelyn Rosemond", "skipper", "a skipper"),
        # "One of our import declaration specialists, Sevgi Hanım, has a teenage son"
        ("Sevgi Hanım", "import declaration specialist", "an import declaration specialist"),
        # "The school's contracted Data and Systems Coordinator, Kawika Nāone, responded"
        ("Kawika Nāone", "data and systems coordinator", "a data and systems coordinator"),
        # "Abdulhamid Ramadan al-Gharyani, head of the quality laboratory at one of our member
        # steel rolling companies"
        ("Abdulhamid Ramadan al-Gharyani", "laboratory manager", "a laboratory manager"),
    ],
)
def test_a_job_written_as_a_title_or_as_one_of_a_kind(
    corpus73: Material, name: str, role: str, told: str
) -> None:
    assert role in _roles(corpus73, name)
    assert case_frame(corpus73, name).role == told


def test_a_job_at_a_place_the_report_does_not_name_is_done_for_an_organisation(
    corpus73: Material,
) -> None:
    # "You work as a warden at an organisation that handles sensitive work" read as if the
    # organisation were a place; a member of staff is still "at" one.
    warden = case_frame(corpus73, "Ieuan ap Dafydd")
    assert warden.fill("You work as {role} at {workplace}.") == (
        "You work as a range warden for an organisation that handles sensitive work."
    )
    staff = case_frame(corpus73, "Muataz")
    assert staff.fill("You work as {role} at {workplace}.").startswith(
        "You work as a member of staff at an organisation"
    )


def test_a_colleagues_look_alike_offers_another_signs_harmless_counterpart(
    material: Material,
) -> None:
    # Read 212: two wrong "Yes" nobody would pick (staying late, foreign newspapers) beside the
    # one detail about what the colleague does with the files. Now one of them is another
    # sign's harmless counterpart (a colleague buying a car after a promotion, copying the
    # files the manager asked for onto an approved drive), in the suspicious twin and the
    # harmless one alike; or, in the suspicious one, the sign's own harmless twin where it can
    # stand beside it (reads 344 to 350).
    signs = [s for s in scenario_material().signs.values() if s.perspective == "colleague"]
    # (A colleague's situation opens with where the colleague works beside you.)
    look_alikes = [
        d
        for d in all_drafts(material)
        if d.family == "look-alike"
        and "one of your colleagues" in ". ".join(d.prompt.split(". ")[:2]).lower()
    ]
    assert len(look_alikes) >= 3
    by_tag = {s.tag: s for s in signs}
    checked = 0
    for draft in look_alikes:
        sign = by_tag[draft.subject.removesuffix("-benign")]
        # Those that can stand beside it: no sign it contradicts (one colleague does not both
        # apply to another team and leave the organisation, read 215).
        fitting = {
            s.benign_misread.lower()
            for s in signs
            if s.near_miss
            and s.tag != sign.tag
            and sign.tag not in s.not_beside
            and s.tag not in sign.not_beside
            and not set(s.tags) & set(sign.tags)
        }
        if sign.twin_beside and not draft.subject.endswith("-benign"):
            fitting.add(sign.benign_misread.lower())
        if not fitting:
            continue
        checked += 1
        offered = {o.lower().removeprefix("yes: ") for o in draft.options}
        assert offered & fitting, draft.prompt
    assert checked >= 2
