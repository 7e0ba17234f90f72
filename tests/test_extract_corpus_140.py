"""What corpus 140 (five documents, read once on the corpus-139 fixes: 4 of 8 cases found on
arrival, tag recall 0.39 at precision 0.84; a sheriff's rural crime newsletter from Minot, an
incubator's cohort newsletter from Trondheim, an LNG terminal's community newsletter from
Omišalj, a dockyard contractor's progress-meeting minutes from Plymouth and a shipyard's supplier
requalification report from Kaohsiung) showed that extraction did not read, fixed by concept: a
member the newsletter says agreed to tell their own story is the "I" of it; a name the report
gives someone ("so we call him Marko") is theirs; one a check or an inquiry is about, in turn,
is a case of its own and not the owner named before; a security officer listed with the post,
to whose office the case came, is no case; a farmer who runs a haying business and turned a
stranger down ("He did not sign, and he called our office") is one; what a business, a grader
or a loading master is; and the signs as these reports word them (what such work pays
elsewhere, the person's own price or wage after a sum offered, a contract that forbids talking
about it, a threat when the person wants out, a drone over a jetty)."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_SHERIFF = "01_minot_rural-crime-watch-newsletter_hay-contractor-and-county-snowplow-operator.txt"
_INCUBATOR = "02_trondheim_incubator-cohort-newsletter_underwater-acoustics-engineer.txt"
_TERMINAL = "03_omisalj_community-liaison-newsletter_loading-master-and-boat-rental-owner.txt"
_MINUTES = "04_plymouth_site-progress-meeting-minutes_dockyard-pipefitter.txt"
_SUPPLIER = (
    "05_kaohsiung_supplier-requalification-visit-report_"
    "marine-electronics-shop-owner-and-bench-technician.txt"
)


def test_a_haying_contractor_who_said_no_and_a_grader_operator(tmp_path_factory) -> None:
    cases = corpus_cases("corpus140", _SHERIFF)
    assert set(cases) == {"Dale R. Hoffmeier", "Corey Allen Vettleson"}, cases
    # "He offered $2,000 a month ... a met tower lease on a field corner around here pays a few
    # hundred dollars a year"; "could not discuss the lease with neighbors".
    assert {"disproportionate-reward", "secrecy-pressure", "request-beyond-public"} <= cases[
        "Dale R. Hoffmeier"
    ]
    # "When he tried to quit, Jake wrote that the county and the Air Force would get copies".
    assert {"threats-leverage", "coercion", "disproportionate-reward"} <= cases[
        "Corey Allen Vettleson"
    ]
    assert "sudden-exit" not in cases["Corey Allen Vettleson"]
    material = corpus_material("corpus140", tmp_path_factory)
    dale = case_frame(material, "Dale R. Hoffmeier")
    assert dale.workplace.place == "a custom haying and baling business"
    corey = case_frame(material, "Corey Allen Vettleson")
    assert (corey.role, corey.workplace.place) == (
        "a motor grader operator",
        "a public works department",
    )


def test_a_founder_telling_her_own_story(tmp_path_factory) -> None:
    cases = corpus_cases("corpus140", _INCUBATOR)
    assert set(cases) == {"Sigrún Hrafnsdóttir"}, cases
    assert {"invitation-travel", "covert-tradecraft", "escalation", "secrecy-pressure"} <= cases[
        "Sigrún Hrafnsdóttir"
    ]
    founder = case_frame(corpus_material("corpus140", tmp_path_factory), "Sigrún Hrafnsdóttir")
    assert founder.self_employed


def test_a_name_the_report_gives_and_a_boat_owner(tmp_path_factory) -> None:
    cases = corpus_cases("corpus140", _TERMINAL)
    assert set(cases) == {"Marko", "Nives Turčić Sabljak"}, cases
    assert {"threats-leverage", "disproportionate-reward"} <= cases["Marko"]
    # "offered her EUR 900 for a two-hour trip. Her price for a boat with skipper is EUR 180".
    assert {"disproportionate-reward", "request-beyond-public"} <= cases["Nives Turčić Sabljak"]
    assert "cultivation" not in cases["Nives Turčić Sabljak"]
    material = corpus_material("corpus140", tmp_path_factory)
    assert case_frame(material, "Marko").role == "a loading master"
    boats = case_frame(material, "Nives Turčić Sabljak")
    assert (boats.role, boats.workplace.place) == ("the owner", "a motorboat rental business")


def test_the_security_officer_who_briefed_is_no_case() -> None:
    cases = corpus_cases("corpus140", _MINUTES)
    assert set(cases) == {"Callum Le Page"}, cases


def test_a_technician_a_check_was_about_is_a_case_of_his_own() -> None:
    cases = corpus_cases("corpus140", _SUPPLIER)
    assert set(cases) == {"TSAI Ming-te", "a bench technician"}, cases
    # What the technician did is not the owner's, who reported within two days.
    assert not {"bulk-collection", "unexplained-money", "covert-tradecraft"} & cases["TSAI Ming-te"]
    assert {"bulk-collection", "unexplained-money", "disproportionate-reward"} <= cases[
        "a bench technician"
    ]
