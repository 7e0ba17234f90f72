"""What corpus 146 (five documents, read once on b6b56ce: 6 of 10 cases found on arrival, and a
compliance officer and a school director taken for cases, tag recall 0.43 at precision 0.87; a
snowmobile club's members' letter from Kirkenes, a credit cooperative's branch circular from
Latacunga, a pharmacy chain's regional memo from Sohar, a night school's end-of-term letter
from Garoua and a choir's rehearsal newsletter from Luganville) showed that extraction did not
read, fixed by concept: a security officer named in a letter's copy line takes reports and is
no case; a French courtesy title after the post ("our Director, Madame Marie-Claire Ngo
Nyemb"), and a two-word surname said alone with it before ("Madame Ngo Nyemb's telephone");
"Alhadji" before a name; money promised to "her" and a panel told everything say who was
approached; "Tor-Arne" is no Tor; jobs told by what one does ("has guided snowmobile safaris",
"grows maize and cotton", "works at the reception of a hotel"), past a name people use ("known
to all of us as Lulu, our home-delivery coordinator") and past the writers' own group's post
("our tenor section leader ..., is a technician"); not where others stay, where one wrote from,
or where messages belong; a contact's claim in a list of what he did is no job of the case's;
pay sent home is no reward; what the police told others afterwards is no contact disclosing
who he works for; about twenty-five cue wordings."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_SNOWMOBILE = (
    "01_kirkenes_snowmobile-club-members-letter_snowmobile-safari-guide-and-harbour-office-"
    "clerk.txt"
)
_COOPERATIVE = (
    "02_latacunga_credit-cooperative-branch-circular_bank-teller-and-systems-support-technician.txt"
)
_PHARMACY = (
    "03_sohar_pharmacy-chain-regional-memo_pharmacy-purchasing-officer-and-home-delivery-"
    "coordinator.txt"
)
_NIGHT_SCHOOL = "04_garoua_night-school-end-of-term-letter_hotel-receptionist-and-maize-farmer.txt"
_TECHNICIAN = "Diego Fernando Guanoluisa Vaca"
_CHOIR = (
    "05_luganville_choir-rehearsal-newsletter_cable-landing-station-technician-and-school-"
    "leaver.txt"
)


def test_a_guide_named_tor_and_a_clerk_pressed_through_her_brother(tmp_path_factory) -> None:
    cases = corpus_cases("corpus146", _SNOWMOBILE)
    assert set(cases) == {"Tor-Arne Niskanen", "Jelena Nikolajevna Strand"}, cases
    guide = cases["Tor-Arne Niskanen"]
    assert {"request-beyond-public", "escalation", "disproportionate-reward"} <= guide
    clerk = cases["Jelena Nikolajevna Strand"]
    assert {"escalation", "secrecy-pressure", "threats-leverage"} <= clerk
    material = corpus_material("corpus146", tmp_path_factory)
    assert case_frame(material, "Tor-Arne Niskanen").role == "a safari guide"
    # ("said plainly that he worked for the security service over there": his, not hers.)
    assert "security" not in case_frame(material, "Jelena Nikolajevna Strand").role


def test_a_teller_and_a_technician_flown_abroad(tmp_path_factory) -> None:
    cases = corpus_cases("corpus146", _COOPERATIVE)
    teller = cases["Jessica Maribel Chiluisa Toapanta"]
    assert {"disproportionate-reward", "escalation", "bulk-collection"} <= teller
    technician = cases[_TECHNICIAN]
    assert {"request-beyond-public", "covert-tradecraft", "invitation-travel"} <= technician
    frame = case_frame(corpus_material("corpus146", tmp_path_factory), _TECHNICIAN)
    # ("partner of a consultancy" is the contact's firm, not the technician's partner.)
    assert not frame.kin


def test_not_the_compliance_officer_who_took_the_reports(tmp_path_factory) -> None:
    cases = corpus_cases("corpus146", _PHARMACY)
    assert set(cases) == {"Anish K. Varghese", "Ma. Lourdes S. Dela Cruz"}, cases
    coordinator = cases["Ma. Lourdes S. Dela Cruz"]
    assert {"compromising-relationship", "threats-leverage", "security-office"} <= coordinator
    # ("sending most of her salary home": her own pay.)
    assert "disproportionate-reward" not in coordinator
    material = corpus_material("corpus146", tmp_path_factory)
    assert case_frame(material, "Ma. Lourdes S. Dela Cruz").role != "a member of staff"
    assert "airport" not in case_frame(material, "Anish K. Varghese").workplace.place


def test_not_the_director_and_jobs_told_by_what_one_does(tmp_path_factory) -> None:
    cases = corpus_cases("corpus146", _NIGHT_SCHOOL)
    assert len(cases) == 2 and not any("Ngo Nyemb" in name for name in cases), cases
    (receptionist,) = [n for n in cases if "Aïssatou" in n]
    (farmer,) = [n for n in cases if "Moussa" in n]
    assert {"false-persona", "secrecy-pressure"} <= cases[receptionist]
    # (The police's finding afterwards: not the contact saying so.)
    assert "disclosed-affiliation" not in cases[receptionist]
    assert {"unsolicited-offer", "escalation"} <= cases[farmer]
    material = corpus_material("corpus146", tmp_path_factory)
    assert case_frame(material, receptionist).role == "a receptionist"
    assert "air base" not in case_frame(material, receptionist).workplace.place
    assert case_frame(material, farmer).role == "a farmer"


def test_a_technician_behind_his_choir_post_and_a_school_leaver() -> None:
    cases = corpus_cases("corpus146", _CHOIR)
    assert set(cases) == {"Joel Toa", "Mary-Ann Tabi"}, cases
    assert {"placement", "request-beyond-public", "unsolicited-offer", "secrecy-pressure"} <= cases[
        "Mary-Ann Tabi"
    ]
