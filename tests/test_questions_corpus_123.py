"""Read 389 (corpus 123, first reading 46.3% usable) on the questions: "what should you do?" about
the first case of a two-case document quoted no passage on reporting (the document's closing
advice was counted as the second case's), or quoted "After the mission, contact ..." before the
document's "Here on base, tell ... the same day", a circular's "report to the General Manager's
office by 8 November" about emergency kits, or "Ship crews may also go to their own Ship Security
Officer"; a "love gift ... for your trouble" paid with a request for records was quoted as a
present; a fisheries officer was told at a university (her son was offered a place at a Bible
college), a medical centre's technician too (the document's section on ordinary matters named a
university), and one who met her contact in person as approached on social media ("After the
visit he wrote to her ... on Facebook Messenger"); the report's "at the first request that had
nothing to do with customs work" was keyed as "At the first request" (read 390: and the question
was debatable for one who reported at that very moment); and "An invitation to
speak at a seminar abroad" fitted the harmless twin's conference abroad as well."""

from __future__ import annotations

import pytest

from quiz.families.base import Draft
from quiz.generate import all_drafts
from quiz.material import Material

from .conftest import case_frame, corpus_material


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return corpus_material("corpus123", tmp_path_factory)


@pytest.fixture(scope="module")
def drafts(material) -> list[Draft]:
    return all_drafts(material)


def _reports(drafts: list[Draft], case: str) -> list[Draft]:
    return [
        d
        for d in drafts
        if d.case == case and d.family == "right-action" and not d.benign and len(d.sources) > 1
    ]


def test_what_to_do_quotes_the_documents_advice_to_report_at_once(drafts) -> None:
    quoted = {
        case: {s.quote for d in _reports(drafts, case) for s in d.sources[1:]}
        for case in ("maelys-nguyen-payet", "fetu-kelekolio", "jean-michel-gumbs")
    }
    # The first case of its document has the closing advice too.
    assert quoted["maelys-nguyen-payet"], quoted
    for quotes in quoted.values():
        for quote in quotes:
            assert not quote.startswith("After the mission"), quote
            assert "emergency kits" not in quote, quote
            assert not quote.startswith("Ship crews may also"), quote
    assert any(q.startswith("Here on base, tell") for q in quoted["maelys-nguyen-payet"])
    assert any(q.startswith("Tell your Director") for q in quoted["fetu-kelekolio"])


def test_pay_for_ones_trouble_is_no_present(drafts) -> None:
    for draft in drafts:
        if any("Presents or favours" in o for o in draft.options):
            assert not any("love gift" in s.quote for s in draft.sources), draft.prompt


def test_jobs_are_told_where_they_are_done(material) -> None:
    fetu = case_frame(material, "Fetu Kelekolio")
    assert "university" not in fetu.workplace.place
    # Met at church first; the messages came after the visit.
    assert fetu.channel == "in-person"
    technician = case_frame(material, "a 27-year-old network technician")
    assert "university" not in technician.workplace.place
    trainee = case_frame(material, "Akeelah J. Berkel-Schmidt")
    assert trainee.workplace.place == "an airport"
    # Told "you" by the court: "For six years you worked as an assistant in the Aerodrome
    # Flight Information Service".
    sentenced = case_frame(material, "Dwayne Kenrick Van Putten")
    assert (sentenced.role, sentenced.workplace.place) == ("an assistant", "an airport")


def test_the_moment_a_report_names_keeps_what_made_it_the_one() -> None:
    from quiz.families.earliest_report import _first_request

    said = _first_request(
        "Had he come to us at the first request that had nothing to do with customs work, "
        "nothing would have left the port."
    )
    assert said == "the first request that had nothing to do with customs work"


def test_no_moment_missed_is_asked_of_one_who_reported_at_it(drafts) -> None:
    # "Because he reported at the first request that had nothing to do with customs work,
    # nothing left the port": read 390 found "when should the first report have been made?"
    # debatable there (the first message had already offered pay for public figures).
    assert not [
        d for d in drafts if d.case == "jean-michel-gumbs" and d.family == "earliest-report"
    ]


def test_a_paid_trip_is_told_by_what_makes_it_a_sign(drafts) -> None:
    trips = [d for d in drafts if d.tags and d.tags[0] == "invitation-travel" and not d.benign]
    assert trips
    for draft in trips:
        assert not any(
            "invitation to speak at a seminar abroad" in o.lower() for o in draft.options
        )
