"""What corpus 143 (five documents, read once on 1fff3ea: 6 of 10 cases found on arrival, and a
case's wife taken for him, tag recall 0.41 at precision 0.80; an allotment association's
newsletter from Den Helder, a Nepali community's festival souvenir magazine from Aldershot, a
housing society's circular from Nashik, a waterways office's quarterly overview of secondary
employment from Brunsbüttel and a frontier workers' association's bulletin from La Línea)
showed that extraction did not read, fixed by concept: India's "Shri" and "Smt." and a name's
joined "-saheb" tell a man from a woman ("Jadhav-saheb" is not "Smt. Sunita Jadhav"); "Ingrid
Zwaan-Kok, our Inge from plot 19"; a list's heading that gives a person surname first ("4.1
Kühl, Thorben - survey technician"); contact broken off and correspondence handed over; whom
someone heard, told as a time ("Only in May, after hearing Kees, did she go"); "said no." ends a
sentence; a rule of the company's before a colon does not speak for the person's own words after
it; someone's own phone number is no reporting line; the job told by the post before a name, by
a heading's dash, by what one does ("he builds scaffolding") and by another name the text calls
the person; and about twenty cue wordings (threats of telling if he stopped, a course paid to
reach a post, the cover dropped, "the people I work for are a State", rounds bought evening after
evening)."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_ALLOTMENTS = (
    "01_den-helder_allotment-association-newsletter_naval-dockyard-scaffolder-and-helicopter-"
    "maintenance-planner.txt"
)
_SOUVENIR = (
    "02_aldershot_festival-souvenir-magazine_officers-mess-chef-and-defence-bid-coordinator.txt"
)
_CIRCULAR = (
    "03_nashik_housing-society-circular_aircraft-overhaul-tool-crib-attendant-and-society-"
    "security-supervisor.txt"
)
_OVERVIEW = (
    "04_brunsbuettel_secondary-employment-quarterly-overview_hydrographic-survey-technician-and-"
    "lock-control-electronics-technician.txt"
)
_BULLETIN = (
    "05_la-linea_frontier-workers-association-bulletin_naval-base-industrial-cleaner-and-online-"
    "gaming-vip-account-manager.txt"
)


def test_two_allotment_holders_told_apart(tmp_path_factory) -> None:
    cases = corpus_cases("corpus143", _ALLOTMENTS)
    assert set(cases) == {"Kees Bakker", "Ingrid Zwaan-Kok"}, cases
    # Her late report is hers, though she went "after hearing Kees".
    assert "security-office" in cases["Ingrid Zwaan-Kok"]
    assert {"cultivation", "secrecy-pressure"} <= cases["Kees Bakker"]
    # ("by then Elise's account and telephone number had gone": no reporting line.)
    assert "hotline" not in cases["Kees Bakker"] | cases["Ingrid Zwaan-Kok"]
    material = corpus_material("corpus143", tmp_path_factory)
    assert case_frame(material, "Kees Bakker").role == "a scaffolder"
    assert case_frame(material, "Ingrid Zwaan-Kok").role == "a maintenance planner"


def test_a_chef_threatened_with_telling_if_he_stopped() -> None:
    cases = corpus_cases("corpus143", _SOUVENIR)
    assert set(cases) == {"Tek Bahadur Gurung", "Sushmita Rai"}, cases
    assert {
        "threats-leverage",
        "coercion",
        "escalation",
        "placement",
        "report-early",
        "self-surrender",
    } <= cases["Tek Bahadur Gurung"]
    # "told Tek dai to use a chat app": the contact's tradecraft, not a first contact online.
    assert "online-approach" not in cases["Tek Bahadur Gurung"]


def test_the_husband_not_the_wife(tmp_path_factory) -> None:
    cases = corpus_cases("corpus143", _CIRCULAR)
    assert set(cases) == {"Prakash Dattatray Jadhav", "Sandeep Waghmare"}, cases
    assert {"request-beyond-public", "unexplained-money"} <= cases["Prakash Dattatray Jadhav"]
    assert "disproportionate-reward" in cases["Sandeep Waghmare"]
    material = corpus_material("corpus143", tmp_path_factory)
    # ("As per the police, Jadhav-saheb works as ...": not at a police force.)
    jobs = {
        case.name: {(f.kind, f.value) for f in case.facts if f.kind in ("role", "sector")}
        for case in material.extraction.cases
    }
    assert jobs["Prakash Dattatray Jadhav"] == {
        ("role", "tool crib attendant"),
        ("sector", "aircraft manufacturing"),
    }
    assert "police" not in case_frame(material, "Prakash Dattatray Jadhav").workplace.place
    assert case_frame(material, "Sandeep Waghmare").role == "a security supervisor"


def test_names_given_surname_first_in_a_staff_council_overview(tmp_path_factory) -> None:
    cases = corpus_cases("corpus143", _OVERVIEW)
    assert set(cases) == {"Thorben Kühl", "Jens-Uwe Mahnke"}, cases
    assert {"secrecy-pressure", "disproportionate-reward"} <= cases["Thorben Kühl"]
    # "records in Mr Mahnke's favour": no favour done to him.
    assert "excessive-help-flattery" not in cases["Jens-Uwe Mahnke"]
    material = corpus_material("corpus143", tmp_path_factory)
    assert ("role", "survey technician") in {
        (f.kind, f.value)
        for case in material.extraction.cases
        if case.name == "Thorben Kühl"
        for f in case.facts
    }


def test_a_cleaner_who_said_no_and_was_threatened() -> None:
    cases = corpus_cases("corpus143", _BULLETIN)
    assert set(cases) == {"Francisco Javier Moreno Lozano", "María Dolores Gómez Benítez"}, cases
    curro = cases["Francisco Javier Moreno Lozano"]
    assert {
        "threats-leverage",
        "disclosed-affiliation",
        "cultivation",
        "secrecy-pressure",
        "report-early",
    } <= curro
    assert "hotline" not in curro
