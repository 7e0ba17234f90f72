"""What corpus 125 (five documents, read once: 4 of 9 cases found on arrival, tag recall 0.37 at
precision 0.92; a lifesaving service's season report from Burgas, an ocean observatory's cruise
report from Mindelo, a court's conditional-suspension ruling from Ciudad del Este, a port
terminal's occurrence book from Walvis Bay and an earnings-call transcript from Reykjanesbær; read
397 on the questions, 65.0% usable) showed that extraction did not read, fixed by concept: a
click consonant written "!" opens a Khoekhoe name's word and ends no sentence; "the accused" and
a name with no comma between; a court's "Prosecuting Agent" is a post; both surnames of a
Hispanic name with a title ("Mrs Giménez Cáceres") before the full name is read; a familiar title
before a nickname ("Bra Joe", "Bay Stoyo", "Ña Mirian") and a nickname's owner named with a title;
where someone who describes themselves comes from ("a consultant from Cape Town") is a place;
"one of our ramp team leaders" says a person; and the reports and signs said in this material's
own words (reported "to her shift supervisor" with the time between, a card taken to the
visitor centre coordinator, "Because she came to us at once, neither ... ever left", "If Bra
Albie had come to us in December, ... he would still have his job", a third of a month's pay
for a few photos, more than the talk could possibly be worth, who "would receive them if he did
not cooperate")."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_document, corpus_material

_SEASON = "01_burgas_lifeguard-season-report_beach-lifeguard-and-lifeguard-post-leader.txt"
_CRUISE = "02_mindelo_research-cruise-report_ocean-glider-pilot.txt"
_RULING = (
    "03_ciudad-del-este_conditional-suspension-ruling_"
    "dam-instrumentation-technician-and-visitor-centre-guide.txt"
)
_LOG = (
    "04_walvis-bay_occurrence-book-extract_"
    "access-control-guard-and-radiation-portal-monitor-operator.txt"
)
_CALL = (
    "05_reykjanesbaer_earnings-call-transcript_aircraft-de-icing-operator-and-ramp-team-leader.txt"
)


def test_a_click_consonant_opens_a_name() -> None:
    cases = corpus_cases("corpus125", _LOG)
    assert set(cases) == {"Ndapewa Shilongo", "Albertus Johannes !Naruseb"}, cases
    # "If Bra Albie had come to us in December, ... he would still have his job."
    assert {"report-early", "threats-leverage", "unexplained-money"} <= cases[
        "Albertus Johannes !Naruseb"
    ]
    # "reported it at the start of her next shift, ..., to her shift supervisor"; "Because she
    # came to us at once, neither the register nor the Navy list ever left the gate."
    assert {"security-office", "report-early", "cultivation"} <= cases["Ndapewa Shilongo"]


def test_the_accused_named_without_a_comma_and_a_double_surname_first() -> None:
    cases = corpus_cases("corpus125", _RULING)
    assert set(cases) == {"Derlis Ramón Benítez Ayala", "Mirian Estela Giménez Cáceres"}, cases
    # "wrote that CHM, the press and "the people at your daughter's school" would receive them
    # if he did not cooperate"; "presented himself of his own accord at CHM's Security
    # Superintendency".
    assert {"threats-leverage", "self-surrender", "security-office"} <= cases[
        "Derlis Ramón Benítez Ayala"
    ]
    # "took the card to the visitor centre coordinator"; "reported the very first request".
    assert {"security-office", "report-early"} <= cases["Mirian Estela Giménez Cáceres"]


def test_a_court_condition_and_a_charity_payment_are_no_acts_of_the_case() -> None:
    from quiz.extract import extract

    (accused,) = [
        c
        for c in extract([corpus_document("corpus125", _RULING)]).cases
        if c.name == "Derlis Ramón Benítez Ayala"
    ]
    quoted = [e.quote for t in accused.tags for e in t.evidence]
    assert not any(q.startswith("To impose the following conditions") for q in quoted)
    assert not any("paid over in full" in q for q in quoted)


def test_each_person_of_a_document_is_a_case_of_their_own() -> None:
    cases = corpus_cases("corpus125", _CALL)
    assert set(cases) == {"a former de-icing operator", "Katrín Lilja Pálsdóttir"}, cases
    assert {"disproportionate-reward", "security-office", "report-early"} <= cases[
        "Katrín Lilja Pálsdóttir"
    ]
    season = corpus_cases("corpus125", _SEASON)
    # "Stoyo gave us eleven good seasons. We say only this: if he had come to the Director ...":
    # the post leader's, by his nickname after its familiar title, not the lifeguard's.
    assert "report-early" in season["Stoyan Georgiev Dimitrov"]
    assert "invitation-travel" not in season["Stoyan Georgiev Dimitrov"]
    # "which is a third of a month's pay for a few photos and dates".
    assert "disproportionate-reward" in season["Kaloyan Petrov Marinov"]


def test_jobs_told_in_this_material_s_own_shapes(tmp_path_factory) -> None:
    material = corpus_material("corpus125", tmp_path_factory)
    assert case_frame(material, "Kaloyan Petrov Marinov").role == "a lifeguard"
    assert case_frame(material, "Katrín Lilja Pálsdóttir").role == "a ramp team leader"
    assert case_frame(material, "a former de-icing operator").role == "a de-icing operator"
    technician = case_frame(material, "Derlis Ramón Benítez Ayala")
    assert technician.role == "an instrumentation technician"
    # The "Public Ministry" is the prosecution, not the accused's employer.
    assert "ministry" not in technician.workplace.place
