"""Questions that read 290 (corpus 95, first reading: 25.0% usable, no wrong key) found wanting,
beyond the people extraction now reads: a travel form's field ("Purpose: Invited speaker, ...,
Lisbon") quoted as the warning sign though it shows nothing out of the ordinary, and a rule
about offers quoted as the reporting advice for a request to keep a contact quiet, where
another rule of the same document names that very sign. And what read 291 (after those fixes:
80.0% usable, no wrong key) found: a printing firm's custodian told at "a government ministry"
(its client), the refueller's report cited as the secretary's, a key that said "several times
the usual fee" where the stem said "more than your whole salary", an approach by a message on a
networking site told as one in person, and a ranger and a student told as "a member of staff"."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.families.base import Draft
from quiz.generate import Context, all_drafts
from quiz.material import load_material
from quiz.scenario_material import scenario_material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    return all_drafts(corpus_material("corpus95", tmp_path_factory))


def test_the_people_approached_are_the_cases(drafts) -> None:
    cases = {d.case for d in drafts if d.case}
    assert not {"ndi-che-lambert", "mami-bih-comfort", "nina-marta-usd"} & cases, cases
    assert {
        "tanyi-godlove-ayuk",
        "nkwenti-lionel-fru",
        "rodney-t-ngirkelau",
        "marta-lidia-rivas-vda-de-henriquez",
    } <= cases, cases


def test_a_forms_field_is_never_the_warning_sign(drafts) -> None:
    for draft in drafts:
        for evidence in draft.sources:
            assert not evidence.quote.startswith("Purpose:"), draft.prompt


_BULLETIN = """PORT AUTHORITY STAFF BULLETIN

Hana Kovač, a clerk at the port authority, was approached in March by a man who called himself a \
shipping consultant. He offered her money for the monthly berth schedules and asked her to keep \
their meetings secret and to write only to his private e-mail address. She refused and told her \
security officer the next morning.

Staff rules, adopted after her report:

1. Any offer of money or gifts from a stranger is reported to the security officer before \
anybody answers.

2. Anyone who is told to keep a contact secret from the office reports it to the security \
officer the same day.
"""


def test_the_advice_quoted_names_the_sign(tmp_path: Path) -> None:
    (tmp_path / "01_bulletin.txt").write_text(_BULLETIN, encoding="utf-8")
    material = load_material(tmp_path)
    (case,) = material.extraction.cases
    ctx = Context(material, scenario_material(), 0)
    channel = ctx.report_channel()
    (plain,) = ctx.channel_sources(channel, case)
    assert plain.quote.startswith("Any offer")  # the first, where no sign is asked about
    (for_secrecy,) = ctx.channel_sources(channel, case, ("secrecy-pressure",))
    assert for_secrecy.quote.startswith("Anyone who is told to keep a contact secret")


def test_stems_tell_each_cases_own_work(tmp_path_factory: pytest.TempPathFactory) -> None:
    material = corpus_material("corpus95", tmp_path_factory)
    custodian = case_frame(material, "Marta Lidia Rivas vda. de Henríquez")
    # "the Ministry's written authorisation", "our contract with the Ministry of National
    # Defence": the firm's client, not her workplace.
    assert custodian.workplace.place != "a government ministry"
    assert custodian.role == "a custodian"
    ranger = case_frame(material, "Rodney T. Ngirkelau")  # "Ranger II Rodney T. Ngirkelau"
    assert (ranger.role, ranger.workplace.place) == ("a ranger", "a conservation service")
    # "who is finishing engineering studies in Europe"
    assert case_frame(material, "Nkwenti Lionel Fru").role == "an engineering student"
    # "- 2 April: a message on a professional networking site from "Layla Haddad ...""
    assert case_frame(material, "Ahmed Mohamed Abdel-Aziz").channel == "online"


def test_quotes_are_the_cases_own(drafts) -> None:
    for draft in drafts:
        if draft.case == "a-young-secretary":
            for evidence in draft.sources:
                assert "airport security officer" not in evidence.quote, draft.prompt


def test_the_key_says_the_fee_as_the_stem_does(drafts) -> None:
    fees = [d for d in drafts if "more than your whole salary" in d.prompt]
    assert fees
    for draft in fees:
        assert not any("several times" in option for option in draft.options), draft.options


def test_a_request_refused_is_nothing_a_colleague_saw(drafts) -> None:
    # "... he offered Niña Marta USD 200 to photograph the pages of the numbering control log
    # ... Niña Marta refused": never the grounds of a colleague seen photographing papers.
    for draft in drafts:
        if "colleague" in draft.prompt.lower():
            assert not any("USD 200" in e.quote for e in draft.sources), draft.prompt


def test_a_student_has_no_manager_team_or_workplace(drafts) -> None:
    """Read 294: a student asked to keep the contact "from anyone at work", introduced by "your
    manager", asked for "your business card" and told to tell "your organisation's security
    office or your superiors"."""
    told = [d for d in drafts if d.case == "nkwenti-lionel-fru"]
    assert told
    for draft in told:
        text = " ".join([draft.prompt, *draft.options])
        for workplace in ("at work", "your manager", "your team", "business card", "superiors"):
            assert workplace not in text, text
    assert any("your university's security office" in o for d in told for o in d.options)
