"""Questions that read 290 (corpus 95, first reading: 25.0% usable, no wrong key) found wanting,
beyond the people extraction now reads: a travel form's field ("Purpose: Invited speaker, ...,
Lisbon") quoted as the warning sign though it shows nothing out of the ordinary, and a rule
about offers quoted as the reporting advice for a request to keep a contact quiet, where
another rule of the same document names that very sign."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.families.base import Draft
from quiz.generate import Context, all_drafts
from quiz.material import load_material
from quiz.scenario_material import scenario_material

from .conftest import corpus_material


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
