"""Read 378 (corpus 120, first reading 21.1%) on the questions, fixed by concept: a message online
that asks for something after the contact had already made an offer is no first contact (the
introduction by a relative is); a schoolmate who only put the person in touch with someone is
no former classmate getting back in touch; a wedding the contact booked rooms for is no wedding
the person met them at; "a senior fellow" says of what nothing; work agreed later "with the
contact's organisation" is not told of a freelance journalist; a romance or a private mailbox
is the key only with what makes it a sign; a report's "a person who comes forward voluntarily
... will have that taken into account" is what it says of coming forward."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return corpus_material("corpus120", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:  # type: ignore[no-untyped-def]
    return all_drafts(material)


def test_each_case_opens_as_it_began(material) -> None:  # type: ignore[no-untyped-def]
    # "her brother-in-law ... phoned to put her in touch with "a friend from his hockey
    # league"", then "On 4 August he wrote to her on WhatsApp asking for the crew rosters":
    # told as "An email you did not expect arrives".
    girardin = case_frame(material, "Solène Girardin")
    assert girardin.channel == "in-person"
    assert "relative introduces you" in girardin.approach
    # "a former schoolmate ... put her in touch with a Mr Leon Varga": not the schoolmate
    # getting back in touch.
    rey = case_frame(material, "Tricia-Ann Rey")
    assert "classmate" not in rey.approach and "introduces you" in rey.approach
    # "She booked a block of forty rooms for a wedding": no family wedding.
    assert "wedding" not in case_frame(material, "Cherise Astwood").approach
    # "a senior fellow of an "Indo-Pacific ocean policy institute"", cut at the comma.
    assert "fellow" not in case_frame(material, "Vanessa Tannang").contact


def test_work_agreed_later_is_told_of_no_freelance_journalist(drafts) -> None:
    told = [d.prompt for d in drafts if d.case == "marie-guerda-pierre-louis"]
    assert told
    assert not [p for p in told if "journalist" in p and "contact's organisation" in p], told


def test_the_key_names_what_makes_it_a_sign(drafts) -> None:
    keys = [d.options[i] for d in drafts for i in d.correct]
    assert "A romance with the contact" not in keys
    assert not [k for k in keys if k.endswith("a request to write to a private email address")]
    assert "A romance the contact asks you to keep from work" in keys


def test_what_the_report_says_of_coming_forward(drafts) -> None:
    (out,) = [d for d in drafts if d.case == "dale-a-fleming" and d.family == "way-out"]
    assert "a person who comes forward voluntarily" in out.explanation


@pytest.mark.parametrize(
    ("name", "told"),
    [
        ("Solène Girardin", "asking for the crew rosters"),
        ("Tricia-Ann Rey", "asked for the weekly list of domains"),
        ("Cherise Astwood", "asked for the arrival list"),
    ],
)
def test_a_request_is_quoted_where_it_was_made(material, name, told) -> None:  # type: ignore[no-untyped-def]
    # Read 378: "because she called at the first request for something that was not public"
    # (the lesson drawn), and a police speaker's "She described the usual pattern: ... then a
    # request for something that is not public", quoted for the request itself.
    (sign,) = [s for s in case_frame(material, name).signs if s.sign.tag == "request-beyond-public"]
    assert told in sign.evidence.quote, sign.evidence.quote


def test_a_harmless_twin_asked_what_to_do_opens_as_its_suspicious_twin(drafts) -> None:
    # "On a freelancing platform ..." for the installed program, "Your manager asks you to help
    # a partner organisation" for the supplier's technician: the first sentence told them apart.
    assert not [
        d
        for d in drafts
        if d.case == "lionel-duburiya-jr"
        and d.family == "right-action"
        and d.benign
        and "switch in your office" in d.prompt
    ]


def test_what_a_report_only_alleges_is_quoted_as_alleged(drafts) -> None:
    # Read 380: "Criminal proceedings against him are pending, and the Committee expresses no
    # view on his guilt", yet "The case of Dale A. Fleming: “He was paid about USD 14,000 ...”".
    told = [d.explanation for d in drafts if d.case == "dale-a-fleming" and d.sources]
    cited = [e for e in told if "The case of Dale A. Fleming" in e]
    assert cited and all("The case of Dale A. Fleming, as alleged" in e for e in cited)
    assert not [d for d in drafts if d.case == "tricia-ann-rey" and "as alleged" in d.explanation]


def test_a_contact_an_acquaintance_introduced_is_no_contact_out_of_the_blue(drafts) -> None:
    told = [d.explanation for d in drafts if d.case == "tricia-ann-rey"]
    from quiz.scenario_material import scenario_material

    said = scenario_material().actions.unexpected_ordinary
    assert told and not [e for e in told if said in e]


def test_where_every_contact_is_reported_the_harmless_twin_offers_a_suspecting_report(
    drafts,
) -> None:
    # Read 379: abroad, a harmless "what should you do?" whose every report undid itself was
    # answered by elimination; the report on offer says the contact is suspect.
    (harmless,) = [
        d for d in drafts if d.case == "vanessa-tannang" and d.family == "right-action" and d.benign
    ]
    assert [o for o in harmless.options if "now that you suspect the contact" in o]
    assert not [o for o in harmless.options if "warn the contact" in o]
