"""What corpus 137 (five documents, read once on 293fd3b: 5 of 9 cases found on arrival, tag
recall 0.38 at precision 0.82, read 432 23.4% usable with no wrong key; a wedding-trade
newsletter from Kuçovë, an aero club's bulletin from Pančevo, a community-policing forum's
minutes from Zomba, an excavation's season report from Ismailia and a family court's judgment
from Gozo) showed that extraction did not read, fixed by concept: Albanian, Serbian, Egyptian
and Malawian honorifics ("Zonja Mimoza", "Reis Ahmed", "Abambo a Tiwonge"); a refusal told as
whose the thing is ("told him that the guest lists belong to the couples") is no handler's
word; a nickname in quotes between dashes ('Nenad M. Jovanović — "Neša", not to be confused
with ...'); a body "of Churches" is no person; a case a report tells of in turn ("The second
incident concerns a night guard"), whose story runs on, sentence after sentence, about him
alone; parties known by initials in a court's caption ("R.G. / vs / M.G."), the second of whom
"the respondent" means; and the signs as these reports word them (a few reports paid a month's
wage, cash not put through the books, "nobody had asked him anything; he went by himself")."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_NEWSLETTER = (
    "01_kucove_wedding-trade-association-newsletter_"
    "wedding-photographer-and-banquet-hall-manager.txt"
)
_BULLETIN = "02_pancevo_aero-club-bulletin_crop-spraying-pilot-and-composite-laminator.txt"
_MINUTES = (
    "03_zomba_community-policing-forum-minutes_"
    "borehole-driller-and-archives-conservation-assistant.txt"
)
_SEASON = "04_ismailia_excavation-season-report_field-archaeologist-and-night-guard.txt"
_JUDGMENT = "05_victoria-gozo_family-court-separation-judgment_ship-registry-officer.txt"


def test_an_albanian_honorific_and_a_refusal_told_as_whose_the_lists_are() -> None:
    cases = corpus_cases("corpus137", _NEWSLETTER)
    assert set(cases) == {"Klodian Hysenaj", "Mimoza Çela"}, cases
    assert {"hotline", "covert-tradecraft", "report-early"} <= cases["Mimoza Çela"]
    # "paid more than that for each gallery", "did not put it through his books", "Nobody had
    # asked him anything; he went by himself".
    assert {"disproportionate-reward", "unexplained-money", "self-surrender"} <= cases[
        "Klodian Hysenaj"
    ]


def test_a_nickname_between_dashes_tells_two_namesakes_apart() -> None:
    cases = corpus_cases("corpus137", _BULLETIN)
    assert set(cases) == {"Ištvan Kovač", "Nenad M. Jovanović"}, cases
    assert {"disproportionate-reward", "excessive-help-flattery", "self-surrender"} <= cases[
        "Ištvan Kovač"
    ]
    assert {"security-office", "excessive-help-flattery"} <= cases["Nenad M. Jovanović"]


def test_a_body_of_churches_is_no_one() -> None:
    cases = corpus_cases("corpus137", _MINUTES)
    assert set(cases) == {"Chikondi Mwale", "Tamanda Kalua"}, cases
    assert {"false-persona", "excessive-help-flattery"} <= cases["Tamanda Kalua"]


def test_an_incident_told_in_turn_of_someone_never_named() -> None:
    cases = corpus_cases("corpus137", _SEASON)
    assert set(cases) == {"Mahmoud Abdel-Rahman Soliman", "a night guard"}, cases
    assert {"self-surrender", "request-beyond-public"} <= cases["Mahmoud Abdel-Rahman Soliman"]


def test_the_respondent_of_a_caption_known_by_initials() -> None:
    cases = corpus_cases("corpus137", _JUDGMENT)
    # Not the witness who sold him a boat ("Ġużeppi Grech", read 432: a set of eight questions
    # under his name).
    assert set(cases) == {"M.G."}, cases
    assert {"threats-leverage", "compromising-relationship", "unexplained-money"} <= cases["M.G."]


def test_settings_tell_each_case_where_they_work(tmp_path_factory) -> None:
    """Read 432: a crop-spraying pilot "at an aerospace research institute" would have been,
    with this corpus's fixes alone; a night guard "at a bank" from "the canal banks"."""
    material = corpus_material("corpus137", tmp_path_factory)
    expected = {
        "Ištvan Kovač": ("a pilot", "an agricultural aviation company"),
        "Nenad M. Jovanović": ("a composite laminator", "an aircraft parts plant"),
        "Tamanda Kalua": ("a conservation assistant", "a public archive"),
        "Mahmoud Abdel-Rahman Soliman": ("an assistant lecturer", None),
        "a night guard": ("a night guard", "an archaeological excavation"),
        "Klodian Hysenaj": ("the owner", "a photo studio"),
        "Mimoza Çela": ("the manager", "a banquet hall"),
    }
    for name, (role, place) in expected.items():
        frame = case_frame(material, name)
        assert frame.role == role, (name, frame.role)
        if place is not None:
            assert frame.workplace.place == place, (name, frame.workplace)
