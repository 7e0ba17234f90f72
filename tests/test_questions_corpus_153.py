"""Read 484 (corpus 153 on arrival, on 8034bf3: 33.3% usable per occurrence, no wrong key, one
debatable) found two people merged under one name in each of two sets (a lighthouse keeper's set
made of the AIS technician's case), "a raft foreman at a police force" (from the police officer
who came with him) and "a member of staff at a naval base" (from what a keeper was asked to
watch), and a channel taken from "Network and IT matters go on form SI-2 to the Information
Security Officer" where the circular read to everyone says to tell the Sector Supervisor or the
District Security Officer. Read 485 (after the fixes, 59.7%, no wrong or debatable key) found no
question at all for a destruction certificates officer whose brother's family was held over her,
who had sent nothing: a threat a way out is for is, to someone who handed nothing over, a
situation to report. Read 486 (the committed code: 70.8%, no wrong key, two debatable) found
"Carry on with the contact as normal" keyed after a harmless situation that ends the contact,
beside "quietly drop the contact", which is what had happened."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material
from quiz.scenario_material import scenario_material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus153", tmp_path_factory)
    return all_drafts(material)


def test_read_484_each_set_is_one_persons(drafts: list[Draft]) -> None:
    for draft in drafts_of(drafts, "tonci-marinovic"):
        assert all(
            "2,500" not in s.quote and "network diagram" not in s.quote for s in draft.sources
        )
    assert drafts_of(drafts, "ivana-simunovic-kraljev")
    assert drafts_of(drafts, "rosa-elena-quiroga")


def test_read_484_no_workplace_from_others(drafts: list[Draft]) -> None:
    for draft in drafts:
        assert "at a police force" not in draft.prompt, draft.prompt
        assert "at a naval base" not in draft.prompt, draft.prompt


def test_read_484_the_channel_read_to_everyone(drafts: list[Draft]) -> None:
    keys = [
        d.options[i]
        for d in drafts_of(drafts, "tonci-marinovic") + drafts_of(drafts, "ivana-simunovic-kraljev")
        if d.topic == "reporting"
        for i in d.correct
    ]
    assert keys and all("Information Security Officer" not in k for k in keys), keys


def test_read_485_a_threat_to_the_family_of_someone_who_sent_nothing(drafts: list[Draft]) -> None:
    # ("... a photograph of her brother with his children ... her help "would make things easier
    # for your brother"": she sent nothing and rang the hotline. Read 485: no question at all.)
    told = [
        d
        for d in drafts_of(drafts, "dilnoza-rustamovna-yusupova")
        if "your relatives" in d.prompt and d.prompt.endswith("What should you do?")
    ]
    assert told, [d.prompt for d in drafts_of(drafts, "dilnoza-rustamovna-yusupova")]
    for draft in told:
        assert all(
            "straight away" in draft.options[i] or "now" in draft.options[i] for i in draft.correct
        )


def test_read_486_no_what_next_after_a_harmless_contact_has_ended(drafts: list[Draft]) -> None:
    # (The threat's harmless twin: "When you say you have no time to go on, the contact says
    # they understand ... and wishes you well." Nothing is left to carry on with or to drop.)
    ended = [
        s.benign.split(". ")[-1][:40] for s in scenario_material().signs.values() if s.benign_ends
    ]
    assert ended
    assert any(d.benign for d in drafts)
    for draft in drafts:
        if draft.benign and draft.prompt.endswith("What should you do?"):
            assert not any(e in draft.prompt for e in ended), draft.prompt
