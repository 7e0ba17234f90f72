"""What corpus 122 (five documents, read once: 3 of 9 cases found on arrival, tag recall 0.17 at
precision 0.83; a seminary rector's annual letter from Vatican City, a labour attaché's mission
report from Diego Garcia, an outside-employment requests log from Frederiksted, a villa agency's
season review from Gustavia and a dean of students' e-mail digest from The Bottom; read 385 on
the questions, 8.3% usable) showed that extraction did not read, fixed by concept: Ge'ez and
Amharic titles ("Deacon", "Abba", "Ato") say a person; a nickname after where the person comes
from ("Fitsum Alemayehu Berhe, of the Archeparchy of Addis Ababa, known to all of us as "Fitse"")
is the person's, not the place's; a log's record written surname first with the name the person
goes by ('Employee: Hendricks III, Delroy Ezekiel ("Zeke") - hydrophone array technician') names
the person and their job, and its decisions ("Access suspended", "Employment terminated") are
outcomes; an "O'" surname joined to another is one name; "Ma'am" opens a cover name; being
repatriated is an outcome; a poster "cleared for public release" is no contact cleared; advice to
the reader ("You may also approach the BIOT Police") is no workplace; and the signs said in this
material's own words (messages that vanish, a stick to plug into the office computer, a threat to
send what was handed over to the employer, eight times what the house can give)."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_LETTER = "01_vatican-city_rectors-annual-letter_deacon-and-seminarian.txt"
_MISSION = (
    "02_diego-garcia_labour-attache-mission-report_airfield-mower-operator-and-galley-baker.txt"
)
_LOG = (
    "03_frederiksted_outside-employment-requests-log_hydrophone-array-technician-and-range-boat-"
    "deckhand.txt"
)
_REVIEW = "04_gustavia_owners-season-review_private-chef-and-pool-technician.txt"
_DIGEST = "05_the-bottom_dean-of-students-email-digest_medical-student.txt"


def test_a_deacon_and_a_seminarian_known_by_his_nickname() -> None:
    cases = corpus_cases("corpus122", _LETTER)
    # Not "Addis Ababa", the place "Fitse" was read as.
    assert set(cases) == {"Kidane-Mariam Tesfay Habtu", "Fitsum Alemayehu Berhe"}, cases
    # "eight times what this House can give a student"; "the Trust paid his fares and hotel for a
    # seminar in Geneva"; "a man of his gifts should apply to the Pontifical Ecclesiastical
    # Academy"; "they might interest his bishop and "the authorities of your country"".
    assert {
        "disproportionate-reward",
        "invitation-travel",
        "placement",
        "threats-leverage",
        "coercion",
        "self-surrender",
    } <= cases["Kidane-Mariam Tesfay Habtu"]
    # "He gave the stick to the Vice-Rector before Compline that evening"; "Because Fitse spoke at
    # once, nothing left this House"; a USB stick to plug into the office computer.
    assert {"security-office", "report-early", "covert-tradecraft"} <= cases[
        "Fitsum Alemayehu Berhe"
    ]


def test_a_worker_sent_home_and_a_baker_reached_through_his_wife() -> None:
    cases = corpus_cases("corpus122", _MISSION)
    # Not "Ma'am Joy", the contact's cover name.
    assert set(cases) == {"Rodelio P. Macaraeg Jr.", "a 41-year-old baker"}, cases
    # "she would send all his messages to his employer"; "a secret chat with a timer that erases
    # the messages".
    assert {"threats-leverage", "covert-tradecraft"} <= cases["Rodelio P. Macaraeg Jr."]
    # "the galley's daily meal headcount sheet ... the full names of his supervisors" is no
    # cultivation.
    assert {"report-early", "security-office"} <= cases["a 41-year-old baker"]


def test_a_log_s_records_written_surname_first() -> None:
    cases = corpus_cases("corpus122", _LOG)
    assert set(cases) == {"Delroy Ezekiel Hendricks III", "Ángel Luis Rosario Vega"}, cases
    # "told him it was the best practical work at the conference"; "offering an advisory
    # contract".
    assert {"excessive-help-flattery", "unsolicited-offer", "report-early"} <= cases[
        "Delroy Ezekiel Hendricks III"
    ]
    # "went fishing together"; "the landlord let two months go"; "photographing the weekly range
    # schedule"; "If Cuco had brought the first "weather" request to his supervisor".
    assert {"cultivation", "excessive-help-flattery", "insider-access", "report-early"} <= cases[
        "Ángel Luis Rosario Vega"
    ]


def test_a_chef_blackmailed_and_a_pool_technician_who_forwarded_at_once() -> None:
    cases = corpus_cases("corpus122", _REVIEW)
    assert set(cases) == {"Marie-Aurélie Gréaux", "José Manuel Ferreira da Silva"}, cases
    # "a video of the two of them ... everyone on this island will know"; "came to my office";
    # "No one here had suspected anything"; "kept in a tin at home and declared nowhere".
    assert {
        "threats-leverage",
        "compromising-relationship",
        "self-surrender",
        "security-office",
        "unexplained-money",
        "escalation",
    } <= cases["Marie-Aurélie Gréaux"]
    # A villa agency is no intelligence agency ("say nothing to the agency").
    assert "disclosed-affiliation" not in cases["Marie-Aurélie Gréaux"]
    # "No need to involve your agency"; "forwarded the screenshots to his villa manager"; "The
    # account disappeared two days later".
    assert {"secrecy-pressure", "security-office", "false-persona", "unsolicited-offer"} <= cases[
        "José Manuel Ferreira da Silva"
    ]


def test_a_double_surname_after_o() -> None:
    cases = corpus_cases("corpus122", _DIGEST)
    assert set(cases) == {"Chidinma Grace O'Sullivan-Okafor"}, cases
    # "more than her entire monthly budget"; "suggested she apply for her summer research
    # elective back at the institute".
    assert {"disproportionate-reward", "placement"} <= cases["Chidinma Grace O'Sullivan-Okafor"]


def test_jobs_from_a_log_an_apposition_and_a_year_of_study(tmp_path_factory) -> None:
    material = corpus_material("corpus122", tmp_path_factory)
    assert case_frame(material, "Ángel Luis Rosario Vega").role == "a range boat deckhand"
    assert (
        case_frame(material, "Delroy Ezekiel Hendricks III").role == "a hydrophone array technician"
    )
    assert case_frame(material, "José Manuel Ferreira da Silva").role == "a pool technician"
    assert case_frame(material, "Fitsum Alemayehu Berhe").role == "a philosophy student"
    baker = case_frame(material, "a 41-year-old baker")
    # Not "a baker at a police force", from "You may also approach the BIOT Police".
    assert "police" not in baker.workplace.place
    # Reached through his wife at home, not by a message to a public address.
    assert baker.channel == "in-person" and "friend of the family" in baker.contact
