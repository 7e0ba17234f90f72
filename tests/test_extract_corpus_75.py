"""What corpus 75 (six reports, read once: 3 of 12 cases found on arrival, tag recall 0.10 at
precision 0.67) showed that extraction did not read, fixed by concept: Tuareg "son of" and
"daughter of", a saint's name in a surname, a job written as a title before a name, West African
pilgrim titles, a crew list's surname first in capitals, a company named once with its legal
form, a relative named last before what the
court says of the one on trial, a tribunal's or a commission's party, a chronology told in the
present, a role in quotes as a cover, a possession sold off and a prison's name; and where the
work is done: an airport's fire crew, a trust company, not a relative's university."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.material import Material
from quiz.taxonomy import find_cues

from .conftest import case_frame, corpus_material
from .test_extract_corpus_74 import _people
from .test_extract_named_later import _cases


def _of(name: str) -> dict[str, frozenset[str]]:
    return _cases(name, "corpus75")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Tuareg "son of", "daughter of"; "ag" is no German "AG".
        (
            "Mr. Assalek ag Ibrahim, aged 36, has been the records officer since 2015.\n",
            "Assalek ag Ibrahim",
        ),
        (
            "On 17 February Ms. Fadimata welet Aghali, the head nurse, received a call.\n",
            "Fadimata welet Aghali",
        ),
        # A saint's name in a surname, whatever "Hill" means alone.
        ("Integrity Officer v. Corwin D. St. Hill\n", "Corwin D. St. Hill"),
        # A job written as a title before the name, and a pilgrim's title.
        (
            "The account is given to Senior Recruitment Consultant Hadja Fatoumata Binta Diallo, "
            "who has been with us for eleven years.\n",
            "Fatoumata Binta Diallo",
        ),
    ],
)
def test_names_of_these_shapes_are_read_whole(tmp_path: Path, text: str, name: str) -> None:
    assert name in _people(tmp_path, text)


def test_a_crew_lists_surname_first_name_is_read_in_the_usual_order(tmp_path: Path) -> None:
    # "Deck Cadet PLATO, Tristan Ross (Discharge Book SH 005190), aged 20, came to the
    # Master's cabin": the name, and the job before it no one's; a dateline is no name.
    people = _people(
        tmp_path,
        "KOTA KINABALU, Sabah - The board met.\n\nDeck Cadet PLATO, Tristan Ross, aged 20, "
        "came to the Master's cabin. Cadet Plato made a statement.\n",
    )
    assert people == ["Tristan Ross Plato"]


def test_a_saints_name_alone_is_a_place(tmp_path: Path) -> None:
    assert _people(tmp_path, "The decision was issued at St. John's on 14 February.\n") == []


def test_a_name_once_written_with_a_legal_form_is_a_company(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "A company calling itself Falémé Geoservices SARL signed a contract with us.\n\n"
        "Falémé Geoservices paid a retainer out of all proportion. Falémé Geoservices then "
        "asked for the guard rosters.\n",
    )
    assert "Falémé Geoservices" not in people


def test_a_tribunal_decision_gives_its_participant_not_his_counsel() -> None:
    # "Integrity Officer v. Corwin D. St. Hill ... For the Participant: Ms. Anya Charles,
    # Counsel ... The Participant, aged 38, ...".
    cases = _of("01_st-johns_integrity-tribunal-decision_umpire-due-diligence-analyst.txt")
    assert set(cases) == {"Corwin D. St. Hill", "Tamika Roberts"}
    assert {"paid-tasks", "request-beyond-public", "self-surrender"} <= cases["Corwin D. St. Hill"]


def test_a_commissions_respondent_is_its_case() -> None:
    # "Respondent: Jacinto Soares Belo (nom de guerre: Lemo Rai) ... the respondent".
    cases = _of("04_dili_civil-service-disciplinary-decision_negotiation-data-room-custodian.txt")
    assert set(cases) == {"Jacinto Soares Belo", "Lúcia Pinto Amaral"}
    assert "coercion" in cases["Jacinto Soares Belo"]
    # What the respondent suffered is not told of the protocol officer who refused.
    assert not {"coercion", "threats-leverage", "sudden-exit"} & cases["Lúcia Pinto Amaral"]


def test_a_chronology_in_the_present_and_a_cover_in_quotes() -> None:
    # "She refuses. ... Before starting work, Mlle Camara tells the Managing Director what
    # happened"; 'presented by a Mr. Laurent Hébrard as its "country manager"'; "A company
    # calling itself Falémé Geoservices SARL".
    cases = _of("03_kamsar_agency-incident-memo_recruitment-consultant.txt")
    assert set(cases) == {"Fatoumata Binta Diallo", "Néné Oumou Camara"}


def test_a_relative_named_last_is_not_the_one_sentenced() -> None:
    # "a home visit and interview with his wife, Mrs. Colette Varlack" (after "His Majesty's
    # Prison", a place); "Mrs. Varlack ... continues to support her husband. ... an immediate
    # custodial sentence appears unavoidable. If the Court is minded to reduce its length to
    # reflect the early guilty plea and his remorse".
    cases = _of("06_road-town_pre-sentence-report_trust-administrator.txt")
    assert set(cases) == {"Jerome A. Varlack", "Kadian Frett"}


def test_a_possession_sold_off_is_no_pay() -> None:
    assert "paid-tasks" not in find_cues(
        "The family has lost its main income, and the boat has been sold."
    )
    assert "paid-tasks" in find_cues("He sold the photographs to the same buyer.")


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus75", tmp_path_factory)


@pytest.mark.parametrize(
    ("name", "place"),
    [
        # "an aircraft rescue and firefighting officer at V.C. Bird International Airport": at an
        # airport, not an aerospace research institute for the aircraft she was asked to film.
        ("Tamika Roberts", "an airport"),
        # "he worked as a trust administrator at Cane Garden Corporate Services Ltd": a trust
        # company, not a defence organisation for the people in exile whose companies he gave
        # away (read 221: "your bank's registers").
        ("Jerome A. Varlack", "a trust and company services firm"),
    ],
)
def test_the_workplace_is_the_jobs_own(material: Material, name: str, place: str) -> None:
    assert case_frame(material, name).workplace.place == place


def test_a_relatives_own_life_is_not_the_workplace(material: Material) -> None:
    # "an internship abroad to Ms. Amaral's daughter, a university student": the daughter's
    # university is not where the protocol officer works (read 221).
    assert case_frame(material, "Lúcia Pinto Amaral").workplace.place != "a university"


def test_a_refusal_told_in_a_commissions_words_gives_questions(material: Material) -> None:
    # "After complimenting her on her "famous efficiency", Dr. Marr said that the Institute
    # could offer a fully paid three-month internship abroad to Ms. Amaral's daughter ... In
    # return she asked for "a little help": the hotel room allocations and travel schedules of
    # the delegation ... She added that there was "no need to mention it to anyone, it is just
    # logistics"": flattery, a favour offered, a request and secrecy, each a situation to ask
    # about (read 221: the protocol officer who refused had no question of her own).
    frame = case_frame(material, "Lúcia Pinto Amaral")
    assert {"excessive-help-flattery", "request-beyond-public", "secrecy-pressure"} <= set(
        frame.case.tag_ids
    )
    assert {"request-beyond-public", "secrecy-pressure"} <= {s.sign.tag for s in frame.signs}
