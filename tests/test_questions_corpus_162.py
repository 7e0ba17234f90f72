"""Read 504 (corpus 162 on arrival, on 123e65f: 47.5% usable per occurrence, 51.1% distinct, no
wrong key, two debatable) found no question for a visiting researcher known by one name, nor for
a ship husbandry coordinator whose only secrecy sign was kept in words no story grounded ("keep
our little chats between us"); and jobs put where they were not done: a water bailiff "at a
police force" (the gendarmerie took his statement), an intern at the airport he left for, a
cabin attendant and a cargo sales agent "for an organisation that handles sensitive work"
under their airline's own bulletin, and a welding instructor told as "a member of staff"."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import corpus_material, drafts_of


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[Draft]:
    material: Material = corpus_material("corpus162", tmp_path_factory)
    return all_drafts(material)


def test_read_504_sets_for_the_people_approached(drafts: list[Draft]) -> None:
    assert drafts_of(drafts, "wahyudi")
    assert drafts_of(drafts, "nurul-ain-binti-hashim")
    assert not [d for d in drafts if d.case and "lamrani" in d.case]


def test_read_504_jobs_where_they_are_done(drafts: list[Draft]) -> None:
    def told(case: str) -> str:
        return " ".join(d.prompt for d in drafts_of(drafts, case))

    assert "a water bailiff at an irrigation consortium" in told("lahcen-ait-ouaziz")
    assert "police force" not in told("lahcen-ait-ouaziz")
    assert "a cabin attendant at an airline" in told("maria-da-conceicao-medeiros")
    assert "a cargo sales agent at an airline" in told("rui-manuel-bettencourt-pacheco")
    assert "a welding instructor at" in told("xose-manuel-fernandez-de-la-riva")
    assert "airport" not in told("tran-minh-khoa")
    assert "defence organisation" not in told("wahyudi")


def test_read_505_no_first_moment_against_the_reports_own(drafts: list[Draft]) -> None:
    # Read 504 and 505: "when should the first report have been made?" keyed at the paid
    # invitation he told the college about, where the report names a later moment ("if Xosé
    # Manuel had come to this office ... when Mr Wrona first asked for anything that was not his
    # own course material"), and "first approached in person" of a man the organisers wrote to.
    looking_back = [
        d.prompt
        for d in drafts_of(drafts, "xose-manuel-fernandez-de-la-riva")
        if d.prompt.startswith("Looking back")
    ]
    for prompt in looking_back:
        assert "approached in person" not in prompt, prompt
    assert not [
        d
        for d in drafts_of(drafts, "xose-manuel-fernandez-de-la-riva")
        if d.prompt.startswith("Looking back") and any("invitation" in o for o in d.options)
    ]
