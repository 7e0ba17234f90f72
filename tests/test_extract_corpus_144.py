"""What corpus 144 (five documents, read once on 723428a: 7 of 10 cases found on arrival, and a
neighbour and a front company taken for cases, tag recall 0.44 at precision 0.76; an angling
club's members' letter from Eurajoki, a food bank's volunteer e-mail round-up from Esquimalt, a
holiday-rental owners' association newsletter from Kalyves, a ward's loudspeaker broadcast
script from Cam Ranh and a rangers' staff newsletter from Paraa) showed that extraction did not
read, fixed by concept: "Most of you know him as Buzz", a name that reads as a word, after the
sentence that names him; a Greek "Kyria" before the name people use ("Kyria Lenio to everyone
in Kalami"); 'a "concierge start-up" called Hostlink Crete' is a business wherever it is
named; "Marsela Hoxha, Marsi, has worked"; a given name withheld to its initial ("Mr Trần Văn
H."); an unnumbered "What is normal." paragraph, until "What is not normal"; jobs told by what
one does ("drives a baggage tractor", "works at the front desk", "cleans for several of our
members"), "one of our ranger guides", "and he works at ..., as a tool-crib attendant", and
not at the police whose head commended the person; the contact abroad is no target abroad; a
tip, a trip's costs paid and hampers packed are no pay or present; about twenty cue
wordings."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_ANGLERS = (
    "01_eurajoki_angling-club-members-letter_nuclear-plant-outage-planner-and-shipyard-cable-"
    "installer.txt"
)
_FOOD_BANK = (
    "02_esquimalt_food-bank-volunteer-email-roundup_dockyard-tool-crib-attendant-and-family-"
    "resource-centre-receptionist.txt"
)
_RENTALS = (
    "03_kalyves_holiday-rental-owners-association-newsletter_holiday-apartment-owner-and-"
    "changeover-cleaner.txt"
)
_BROADCAST = (
    "04_cam-ranh_ward-loudspeaker-broadcast-script_ship-repair-welder-and-airport-baggage-"
    "tractor-driver.txt"
)
_RANGERS = "05_paraa_rangers-staff-newsletter_radio-control-room-operator-and-ranger-guide.txt"


def test_a_volunteer_known_by_a_word(tmp_path_factory) -> None:
    cases = corpus_cases("corpus144", _FOOD_BANK)
    assert set(cases) == {"Raymond MacIsaac", "Jaswinder Kaur Sandhu"}, cases
    assert {"cultivation", "placement", "unexplained-money"} <= cases["Raymond MacIsaac"]
    # ("who packs hampers with us on Saturdays": no present.)
    assert "excessive-help-flattery" not in cases["Jaswinder Kaur Sandhu"]
    assert {"disproportionate-reward", "request-beyond-public"} <= cases["Jaswinder Kaur Sandhu"]
    material = corpus_material("corpus144", tmp_path_factory)
    assert case_frame(material, "Raymond MacIsaac").role == "a tool-crib attendant"
    assert case_frame(material, "Jaswinder Kaur Sandhu").role == "a receptionist"


def test_an_owner_and_a_cleaner_not_their_neighbour_or_a_company() -> None:
    cases = corpus_cases("corpus144", _RENTALS)
    assert set(cases) == {"Eleni Vardaki", "Marsela Hoxha"}, cases
    assert {"covert-tradecraft", "disproportionate-reward"} <= cases["Eleni Vardaki"]
    assert {"covert-tradecraft", "request-beyond-public"} <= cases["Marsela Hoxha"]


def test_a_withheld_given_name_and_a_driver_contacted_online(tmp_path_factory) -> None:
    cases = corpus_cases("corpus144", _BROADCAST)
    assert set(cases) == {"Trần Văn H.", "Lê Minh Tuấn"}, cases
    assert "unexplained-money" in cases["Trần Văn H."]
    # ("said she was an overseas Vietnamese working as a nurse abroad": she was abroad.)
    assert "abroad-targeting" not in cases["Lê Minh Tuấn"]
    driver = case_frame(corpus_material("corpus144", tmp_path_factory), "Lê Minh Tuấn")
    assert (driver.role, driver.channel) == ("a baggage tractor driver", "online")
    assert "police" not in driver.workplace.place


def test_an_anglers_letter_and_what_it_calls_normal(tmp_path_factory) -> None:
    cases = corpus_cases("corpus144", _ANGLERS)
    assert set(cases) == {"Juha-Pekka Salonen", "Sanna-Mari Grönroos"}, cases
    assert {"cultivation", "excessive-help-flattery", "invitation-travel"} <= cases[
        "Juha-Pekka Salonen"
    ]
    assert "paid-tasks" not in cases["Juha-Pekka Salonen"]
    # Paid in gift cards, threatened, and no "call 112" of the letter's advice for her.
    sanna = cases["Sanna-Mari Grönroos"]
    assert {"threats-leverage", "online-approach"} <= sanna
    assert not {"excessive-help-flattery", "hotline"} & sanna
    material = corpus_material("corpus144", tmp_path_factory)
    assert case_frame(material, "Sanna-Mari Grönroos").channel == "online"


def test_rangers_told_apart_from_their_warden_s_advice() -> None:
    cases = corpus_cases("corpus144", _RANGERS)
    assert set(cases) == {"Ocaya Denis", "Kugonza Sarah Akiiki"}, cases
    assert "online-approach" not in cases["Ocaya Denis"]
    assert "request-beyond-public" in cases["Ocaya Denis"]
    assert {"false-persona", "cultivation", "report-early", "security-office"} <= cases[
        "Kugonza Sarah Akiiki"
    ]
