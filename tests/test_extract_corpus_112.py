"""What corpus 112 (five documents, read once: 5 of 10 cases found on arrival, tag recall 0.38
at precision 0.86; an abbreviated trial judgment from Ushuaia, a regional medical officer's
directive from Mtwara, a village headman's loudspeaker announcement from Nakhon Ratchasima, a
managing director's letter to staff from Mariehamn and a landowner meeting's speaking notes from
Lorengau; read 333 on the questions) showed that extraction did not read, fixed by concept:
Thailand's "Khun", "Lung" and "Nong" and Swahili's "Mzee" and "Bwana" before a name; a name one
goes by said in the next sentence ("... for fourteen years. Most of you know him as Mzee Chilu"),
after "is known to ... as", or as "whose nickname is Film"; a post's name ("the Medical Officer
In-Charge") is nobody's; one name and an age opening a sentence ("Kalo is 24, from the Lopoi
clan"); a person described as one of those told in turn ("The second colleague is a 29-year-old
relay protection technician ... took our colleague fishing"); a relative who took the person to
report is no recruiter; and the cues of a cover body found nowhere, sums in words in any
currency, a report not made at the first request, a list of people asked for, a private
recording held over the person, and a wrong of the person's own held over them."""

from __future__ import annotations

import pytest

from quiz.taxonomy import find_cues

from .conftest import corpus_cases

_JUDGMENT = "01_ushuaia_abbreviated-trial-judgment_ship-chandler-storeman.txt"
_DIRECTIVE = "02_mtwara_regional-medical-officer-directive_mortuary-attendant.txt"
_ANNOUNCEMENT = "03_nakhon-ratchasima_headman-loudspeaker-transcript_cassava-farmer.txt"
_LETTER = "04_mariehamn_managing-director-staff-letter_grid-documentation-coordinator.txt"
_NOTES = "05_lorengau_landowner-meeting-speaking-notes_fibreglass-boat-builder.txt"


def test_thai_honorifics_and_nicknames() -> None:
    cases = corpus_cases("corpus112", _ANNOUNCEMENT)
    # (Not "Lung Kai" and "Nong Film", the names the village calls them by.)
    assert set(cases) == {"Prasert Saengthong", "Thanawat Boonmee"}, cases
    assert {"false-persona", "paid-tasks", "disproportionate-reward"} <= cases["Prasert Saengthong"]


def test_a_post_is_nobodys_name_and_a_name_told_the_sentence_after() -> None:
    cases = corpus_cases("corpus112", _DIRECTIVE)
    # (Not the "Medical Officer In-Charge" he went to.)
    assert set(cases) == {"Athumani Rashidi Chilumba", "Rehema Joseph Mwakyusa"}, cases
    assert {"self-surrender", "security-office"} <= cases["Athumani Rashidi Chilumba"]
    # "your In-Charge" in her paragraph leaves it hers.
    assert {"request-beyond-public", "secrecy-pressure", "report-early"} <= cases[
        "Rehema Joseph Mwakyusa"
    ]


def test_a_colleague_told_in_turn_and_never_named() -> None:
    cases = corpus_cases("corpus112", _LETTER)
    assert set(cases) == {"Birgitta Holmström", "a 29-year-old relay protection technician"}
    assert {"cultivation", "excessive-help-flattery", "report-early"} <= cases[
        "a 29-year-old relay protection technician"
    ]


def test_one_name_and_not_the_uncle_who_took_him_to_report() -> None:
    cases = corpus_cases("corpus112", _NOTES)
    assert set(cases) == {"Nason Kilangit", "Kalo"}, cases
    assert {"unexplained-money", "insider-access", "cultivation"} <= cases["Nason Kilangit"]


def test_the_judgment() -> None:
    cases = corpus_cases("corpus112", _JUDGMENT)
    assert set(cases) == {"Ezequiel Martín Quiroga", "María del Valle Ñancucheo"}, cases


@pytest.mark.parametrize(
    ("said", "tag"),
    [
        # A cover body found nowhere.
        ("There is no company called Smart Farm Asia anywhere.", "false-persona"),
        ("No organisation of that name is registered in this country.", "false-persona"),
        (
            "The Fellowship is not registered with the Investment Promotion Authority and no "
            "church council in PNG has heard of it.",
            "false-persona",
        ),
        ("A group calling itself the Pacific Harvest Fellowship came to Manus.", "false-persona"),
        # A sum in words, in any currency, for a task; a debt let go for one.
        ("He would pay three hundred baht a night more for the notes.", "paid-tasks"),
        ("R. said his friend would make it worth your while.", "paid-tasks"),
        ("Sarge said the debt would be forgotten if Kalo brought him the roster.", "paid-tasks"),
        ("He paid TSh 100,000 by M-Pesa for each message.", "paid-tasks"),
        # The fee set against what the person's own living brings.
        ("His whole field does not bring him twenty thousand a year.", "disproportionate-reward"),
        (
            "A good boat repair brings him maybe that much in a whole month.",
            "disproportionate-reward",
        ),
        # A report not made at the first request, in the forms reports put it.
        (
            "Had QUIROGA come to him when Galli first asked for an order, it would have ended.",
            "report-early",
        ),
        (
            "If I had walked to his house on the day that boy asked me to count the planes.",
            "report-early",
        ),
        (
            "Had our colleague come to us on the first evening, it could have been cut short.",
            "report-early",
        ),
        (
            "If he had gone to his supervisor the first time Brother Samuel asked for a photo, he "
            "would still have his contract.",
            "report-early",
        ),
        ("During the same shift she showed the message to the ward In-Charge.", "report-early"),
        # Lists of people, settings and logs of a guarded place.
        (
            'The work consisted of sending every week a list of "trauma patients in uniform".',
            "request-beyond-public",
        ),
        ("The friend wanted the protection settings of the substation.", "request-beyond-public"),
        (
            "He asked him also to write in a notebook the times when the planes took off.",
            "request-beyond-public",
        ),
        # Favours of everyday life, leisure and the family's life.
        (
            "He lowered the rent by half and helped him through the paperwork.",
            "excessive-help-flattery",
        ),
        ("He took our colleague fishing and sailing.", "cultivation"),
        ("He prayed with Nason's family on Sundays.", "cultivation"),
        ("The man visited Mzee Chilu's home three times in the following month.", "cultivation"),
        # Money nobody could place; a pass to a guarded place; traces erased as told.
        ("Nobody in Papitalai knew where the money came from.", "unexplained-money"),
        ("With that contract came a wharf pass.", "insider-access"),
        ("He told him to delete each message after sending it.", "covert-tradecraft"),
        ("She offered her a part-time post as a data collector.", "unsolicited-offer"),
    ],
)
def test_cues(said: str, tag: str) -> None:
    assert tag in find_cues(said), find_cues(said)


def test_a_threat_from_an_unknown_number_is_no_offer() -> None:
    # (Corpora 35 and 70: a threat that came from an unknown number.)
    assert "unsolicited-offer" not in find_cues(
        "In March she received a WhatsApp message from an unknown number: photographs of Marvin."
    )
