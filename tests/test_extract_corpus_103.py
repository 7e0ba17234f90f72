"""What corpus 103 (five documents, read once: 2 of 6 cases found on arrival, tag recall 0.17
at precision 0.70; a graduation address from Avarua, a tax appeal decision from Castries, a
bailiff's record from Lubumbashi, a private investigation report from Fontvieille and an
unemployment benefit appeal from Serravalle; read 310 on the questions) showed that
extraction did not read, fixed by concept: a byline over a piece told in the first person
names its "I"; the writer's own manager is told of, not the case; a proceeding's party whose
name is withheld, described ("The Appellant, a 41-year-old pouch and registry clerk"); two
surnames in capitals before the given name ("Mr KABWE MULUMBA Patrick"); "the Permanent
Secretary" is a post; "a worker who reported at once" in an argument is anyone; and cues that
fired on what left ("before a single manifest left the company"), on "no evidence of other
payments" and on messages that "disappeared automatically"."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import extract
from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document


def _doc(file: str) -> Document:
    return corpus_document("corpus103", file)


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    return corpus_cases("corpus103", file)


_ADDRESS = "01_avarua_graduation-address_seabed-minerals-data-officer.txt"
_TAX = "02_castries_tax-appeal-decision_diplomatic-pouch-clerk.txt"
_BAILIFF = "03_lubumbashi_bailiff-report_mine-geostatistician.txt"
_INVESTIGATION = "04_fontvieille_investigation-report_flight-dispatcher-and-check-in-agent.txt"
_BENEFIT = "05_serravalle_unemployment-benefit-appeal-decision_optics-firm-receptionist.txt"


def test_an_address_by_its_speaker_is_hers() -> None:
    # "Address to the graduates / by Nooroa Tuteru-Marsters, Director of Data and Licensing",
    # then "I was twenty-seven and a data officer": the speaker is the case, not "My manager,
    # Vaine Napa, signed the travel form".
    cases = _cases_of(_ADDRESS)
    assert set(cases) == {"Nooroa Tuteru-Marsters"}, cases
    assert {"excessive-help-flattery", "request-beyond-public"} <= cases["Nooroa Tuteru-Marsters"]


def test_a_party_whose_name_is_withheld_is_described() -> None:
    # "1. The Appellant, a 41-year-old pouch and registry clerk in the Department of External
    # Affairs, appeals against additional assessments": the case; "the Permanent Secretary" a
    # post, no one's name.
    cases = _cases_of(_TAX)
    assert list(cases) == ["a 41-year-old pouch and registry clerk"], cases
    assert {"paid-tasks", "bulk-collection"} <= next(iter(cases.values()))


def test_two_surnames_in_capitals_before_the_given_name() -> None:
    # "Mr KABWE MULUMBA Patrick", then "Mr KABWE MULUMBA": one person, named whole.
    cases = _cases_of(_BAILIFF)
    assert list(cases) == ["KABWE MULUMBA Patrick"], cases
    assert "self-surrender" in cases["KABWE MULUMBA Patrick"]
    # "messages ... have disappeared automatically": no flight.
    assert "sudden-exit" not in cases["KABWE MULUMBA Patrick"]


def test_what_left_the_company_is_no_flight() -> None:
    (kovaleva,) = [c for c in extract([_doc(_INVESTIGATION)]).cases if "KOVALEVA" in c.name]
    assert "sudden-exit" not in kovaleva.tag_ids
    assert {"disclosed-affiliation", "threats-leverage", "report-early"} <= kovaleva.tag_ids
    quotes = {e.quote for hit in kovaleva.tags for e in hit.evidence}
    assert "We found no evidence of other payments." not in quotes


def test_anyone_in_an_argument_is_no_case() -> None:
    # "it would be wrong for a worker who reported at once to be left worse off".
    assert "a worker" not in _cases_of(_BENEFIT)


def test_cues_of_corpus_103() -> None:
    assert "disclosed-affiliation" in find_cues(
        "In April her mother was visited twice at home by two men who showed identity cards of "
        "a state security service."
    )
    assert "threats-leverage" in find_cues(
        'They mentioned that her brother\'s licence for his transport business was "under review".'
    )
    assert "paid-tasks" not in find_cues("We found no evidence of other payments.")
    assert "sudden-exit" not in find_cues(
        "Had she spoken up, the police would have been informed before a single manifest left "
        "the company."
    )


def test_jobs_said_as_the_records_say_them() -> None:
    # "I was twenty-seven and a data officer" in the speaker's own story, not "She is a nurse"
    # (her aunt); "employed for nine years as receptionist and switchboard operator".
    roles = {
        c.name: [f.value for f in c.facts if f.kind == "role"]
        for file in (_ADDRESS, _BENEFIT)
        for c in extract([_doc(file)]).cases
    }
    assert "data officer" in roles["Nooroa Tuteru-Marsters"]
    assert "nurse" not in roles["Nooroa Tuteru-Marsters"]
    assert "receptionist" in roles["Manuela Zonzini"]


def test_an_appeals_grounds_are_argument_not_event() -> None:
    # Read 312: "Mr. Fontenelle advanced four grounds: (a) that the payments were gifts from a
    # friend ..." quoted as the contact's favours; the favours are told in §5 ("on learning that
    # the Appellant's daughter could not afford a school trip to Martinique, paid for it").
    (clerk,) = extract([_doc(_TAX)]).cases
    quotes = {e.quote for hit in clerk.tags for e in hit.evidence}
    assert not any("advanced four grounds" in q for q in quotes)
    flattery = clerk.tag("excessive-help-flattery")
    assert flattery is not None
    assert any("could not afford a school trip" in e.quote for e in flattery.evidence)
