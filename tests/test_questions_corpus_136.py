"""Read 431 (corpus 136 after its extraction fixes, 76.6% usable per occurrence, no wrong key,
two debatable) found the technician's "when should the first report have been made?" offering
as a wrong choice the moment the report names ("if the young man had asked him, at the first
batch of work orders, whether such "data entry" was allowed"), and presents from the contact
keyed for a case that shows none (a camera trap sent "to fix on a ridge facing one of the army
posts" read as a present)."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus136", tmp_path_factory)
    return all_drafts(material)


def test_the_moment_the_report_names_is_never_a_wrong_choice(drafts) -> None:
    his = [d for d in drafts if d.case == "a-dental-prosthetics-technician"]
    assert his
    for draft in his:
        if draft.family == "earliest-report":
            wrong = [o for n, o in enumerate(draft.options) if n not in draft.correct]
            assert not any("work orders" in o or "internal" in o for o in wrong), draft.options


def test_equipment_sent_for_a_task_is_no_present(drafts) -> None:
    hers = [d for d in drafts if d.case == "stanzin-dolker"]
    assert hers
    quoted = [e.quote for d in hers for e in d.sources]
    explained = " ".join(d.explanation for d in hers)
    assert "presents or favours" not in explained.lower(), quoted


@pytest.mark.parametrize(
    ("case", "setting"),
    [
        # "Sig. MURGIA, born in Perdasdefogu in 1958, shepherd and cheesemaker": one part of
        # the name and a job without an article; a flock's trade is farming.
        ("murgia-bachisio", "a shepherd and cheesemaker at a farmers' cooperative"),
        # "teaches science at the Government Middle School in Hanle".
        ("stanzin-dolker", "a science teacher at a school"),
        # "a Junior Engineer in the PWD's Nyoma sub-division", not the professor's university.
        ("tsewang-rigzin", "a junior engineer at a public works department"),
        # "a resettlement officer in the state office that handles returnees".
        ("nkoyo-edet-ekpo", "a resettlement officer at a government ministry"),
        # "with a private marine engineering contractor that maintains patrol boats".
        ("effiong-asuquo-henshaw", "a spray painter at a shipyard"),
        # "at a laboratory in Valencia, which makes crowns and prostheses": no research institute.
        (
            "a-dental-prosthetics-technician",
            "a dental prosthetics technician at a dental laboratory",
        ),
        # '(the family name ...; in-game name "HallaBongBong") is a third-year Naval ROTC cadet'.
        ("ko-eun-byeol", "a naval ROTC cadet at a training academy"),
    ],
)
def test_a_scenario_sets_the_case_in_its_own_job_and_workplace(
    drafts: list[Draft], case: str, setting: str
) -> None:
    """Read 431: a technician "at a research institute", a cadet "at a naval base" with a work
    address, an engineer "at a university", a shepherd "at an organisation that handles
    sensitive work"."""
    told = [d.prompt for d in drafts if d.case == case and d.prompt.startswith("You ")]
    assert told, case
    assert any(setting in prompt for prompt in told), told[:3]
    assert not any("organisation that handles sensitive work" in p for p in told), told[:3]


def test_read_434_a_permit_holder_a_shepherd_and_an_advertised_job(drafts: list[Draft]) -> None:
    """Read 434 (corpus 136 re-read, 64.7% usable, no wrong key): a widow holding a
    cork-harvesting permit told as "a member of staff", a shepherd given draft proposals and a
    gift register, a device question citing the shepherd's refusal rather than the box, and a
    technician who joined a group advertising remote jobs told of "an offer out of the
    blue"."""
    hers = [
        d.prompt for d in drafts if d.case == "loi-maria-bonaria" and d.prompt.startswith("You")
    ]
    assert hers and all("a cork harvester" in p for p in hers), hers[:2]
    his = [d for d in drafts if d.case == "murgia-bachisio"]
    assert his
    told = " ".join(d.prompt + " ".join(d.options) for d in his).lower()
    for office in ("draft proposal", "register", "it staff"):
        assert office not in told, office
    quoted = " ".join(e.quote for d in his if "device" in d.prompt for e in d.sources)
    assert "refused to take the photographs" not in quoted, quoted
    technician = [d for d in drafts if d.case == "a-dental-prosthetics-technician"]
    assert technician
    for draft in technician:
        assert "out of the blue" not in draft.prompt.lower(), draft.prompt
        assert not any("unasked-for" in o.lower() for o in draft.options), draft.options
