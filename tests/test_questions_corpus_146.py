"""Read 455 (corpus 146 on arrival, 39.0% usable per occurrence, one wrong key, one debatable)
found a guide who reported at the right moment asked when he should have reported, a
technician's set opened "Your partner works as a consultancy", a home-delivery coordinator's
story filed under the compliance officer who took her report, a pharmacy buyer told as working
at an airport, a hotel receptionist at an air base and a farmer at a defence organisation, and
three people approached with no set."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus146", tmp_path_factory)
    return all_drafts(material)


def test_read_455_sets_of_the_people_approached(drafts: list[Draft]) -> None:
    cases = {d.case for d in drafts if d.case}
    assert cases >= {"ma-lourdes-s-dela-cruz", "joel-toa", "mary-ann-tabi"}, cases
    assert not cases & {"muna-bint-salim-al-hinai", "ngo-nyemb"}, cases


def test_read_455_no_earliest_point_for_a_guide_who_reported_at_it(drafts: list[Draft]) -> None:
    asked = [d.case for d in drafts if d.family == "earliest-report"]
    assert "tor-arne-niskanen" not in asked, asked


def test_read_455_who_they_are_and_where_they_work(drafts: list[Draft]) -> None:
    def told(case: str) -> str:
        return " ".join(d.prompt for d in drafts if d.case == case)

    assert told("diego-fernando-guanoluisa-vaca") and "Your partner" not in told(
        "diego-fernando-guanoluisa-vaca"
    )
    assert "airport" not in told("anish-k-varghese")
    receptionist = told("aissatou-hamadou")
    assert "receptionist" in receptionist and "air base" not in receptionist
    farmer = told("moussa-yaya")
    assert "farmer" in farmer and "defence organisation" not in farmer


def test_read_456_a_guide_at_his_tour_company_and_a_farmer_on_his_own(drafts: list[Draft]) -> None:
    """Read 456: a safari guide told as working "for an organisation that handles sensitive
    work", a farmer who grows maize beside the base sent to "your organisation's security
    office", and a talk's fee called ordinary for being "under an agreement your employer
    approves" in the cases of two men whose managers approved the sponsored trip that was the
    cover."""
    guide = [d.prompt for d in drafts if d.case == "tor-arne-niskanen" and "You" in d.prompt]
    assert guide and all("tour company" in p for p in guide), guide
    farmer = [d for d in drafts if d.case == "moussa-yaya"]
    said = " ".join(" ".join((d.prompt, *d.options, d.explanation)) for d in farmer)
    assert farmer and "organisation's security office" not in said
    flown = [d for d in drafts if d.case in ("diego-fernando-guanoluisa-vaca", "anish-k-varghese")]
    told = " ".join(" ".join((d.prompt, *d.options, d.explanation)) for d in flown)
    assert flown and "employer approves" not in told and "approved by your employer" not in told


def test_read_456_a_name_as_the_letter_writes_it_not_as_the_results_list(
    drafts: list[Draft],
) -> None:
    """Read 456: "the case of YAYA Moussa" and "HAMADOU Aïssatou", as the night school's results
    list writes them surname first in capitals, where its letter says "Aïssatou Hamadou" and
    "Alhadji Moussa Yaya"."""
    cases = {d.case for d in drafts if d.case}
    assert {"aissatou-hamadou", "moussa-yaya"} <= cases, cases
    assert not any("YAYA" in d.prompt or "HAMADOU" in d.prompt for d in drafts)
