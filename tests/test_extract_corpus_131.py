"""What corpus 131 (five documents, read once on 346765a: 6 of 10 cases found on arrival, tag
recall 0.43 at precision 0.90; a yacht club commodore's report from Suva, a translation agency's
quality and security incident log from Tashkent, a mountain rescue group's grant application from
Huaraz, an apprentice's logbook from Kaunas and a savings cooperative's member letter from Tanga)
showed that extraction did not read, fixed by concept: a name and what people call the person in
a bracket ("Ratu Josaia Vulakoro (Ratu Jo to everyone on the pontoon)"), a Fijian chief's "Ratu";
a surname with initials and the given names they stand for ("Karimova D. R. (Dilnoza
Rustamovna)"); an Uzbek "o'g'li" within a name and a two-letter initial ("Rakhimov A. Sh." for
"Akmal Shavkat o'g'li Rakhimov"); a cover's "contact name"; the head of a security unit, apposed,
takes reports; a square, a lagoon and a debt collector's firm are no people. And the signs in
this material's words (a host who lets the person pay for nothing, "full of praise", new boots
given, a stranger's offer, a loan that fell through, a screen photographed, "You already sent me
a photo", shame before everyone threatened, "before anyone in the company knew anything", the
first request named as the moment it was raised)."""

from __future__ import annotations

from .conftest import corpus_cases

_CLUB = (
    "01_suva_commodores-report_container-terminal-it-officer-and-earth-station-shift-supervisor.txt"
)
_LOG = "02_tashkent_quality-incident-log_dtp-operator-and-localisation-project-manager.txt"
_GRANT = (
    "03_huaraz_grant-application_"
    "police-radio-contractor-technician-and-radiation-protection-technician.txt"
)
_LOGBOOK = "04_kaunas_apprenticeship-logbook_mechatronics-apprentice.txt"
_LETTER = "05_tanga_sacco-member-letter_customs-risk-analyst-and-substation-attendant.txt"


def test_a_chief_s_title_and_the_name_everyone_uses() -> None:
    cases = corpus_cases("corpus131", _CLUB)
    assert set(cases) == {"Josaia Vulakoro", "Prerna Lata Naidu"}, cases
    assert {"unsolicited-offer", "cultivation", "security-office", "report-early"} <= cases[
        "Josaia Vulakoro"
    ]
    # "handed over the phone and the USB stick" to the security manager: nothing copied.
    assert "bulk-collection" not in cases["Prerna Lata Naidu"]
    assert {"self-surrender", "report-early", "insider-access", "threats-leverage"} <= cases[
        "Prerna Lata Naidu"
    ]


def test_a_log_s_surname_with_initials_and_a_patronymic_within_a_name() -> None:
    cases = corpus_cases("corpus131", _LOG)
    assert set(cases) == {"Dilnoza Rustamovna Karimova", "Akmal Shavkat o'g'li Rakhimov"}, cases
    assert {"report-early", "request-beyond-public", "unsolicited-offer"} <= cases[
        "Dilnoza Rustamovna Karimova"
    ]
    assert {"escalation", "false-persona", "personal-vulnerability", "report-early"} <= cases[
        "Akmal Shavkat o'g'li Rakhimov"
    ]


def test_a_square_is_no_one() -> None:
    cases = corpus_cases("corpus131", _GRANT)
    assert set(cases) == {"Edwin Rolando Yupanqui Huamán", "Rocío del Pilar Cáceres de la Cruz"}
    assert {"escalation", "request-beyond-public", "disproportionate-reward"} <= cases[
        "Edwin Rolando Yupanqui Huamán"
    ]
    assert "request-beyond-public" in cases["Rocío del Pilar Cáceres de la Cruz"]


def test_the_head_of_the_security_unit_is_no_case() -> None:
    cases = corpus_cases("corpus131", _LOGBOOK)
    # Not Eglė Petrauskienė, "head of the security and civil protection unit".
    assert set(cases) == {"Mantas Jonaitis"}, cases
    assert {"threats-leverage", "self-surrender"} <= cases["Mantas Jonaitis"]


def test_a_debt_collector_s_firm_is_no_one() -> None:
    cases = corpus_cases("corpus131", _LETTER)
    assert set(cases) == {"Mwanaisha Athumani Mohamed", "Hamisi Rajabu Mfinanga"}, cases
    assert {"threats-leverage", "report-early", "request-beyond-public"} <= cases[
        "Mwanaisha Athumani Mohamed"
    ]
    assert {"false-persona", "escalation", "self-surrender"} <= cases["Hamisi Rajabu Mfinanga"]
