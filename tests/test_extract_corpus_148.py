"""What corpus 148 (five documents, read once on 7c3d27a: 5 of 10 cases found on arrival, tag
recall 0.31 at precision 0.95; a brokerage's compliance report from Vlorë, a hotel's heads of
department minutes from Duqm, a procurement complaint decision from Molepolole, a union
committee's protocol from Kurchatov and a job fair's evaluation report from Punta Alta) showed
that extraction did not read, fixed by concept: a Filipino "Ma." the segmenter split off as a
sentence; a sentence opening on its month ("In August Kuzmenko S.P. received", "In March she
met"); a nickname after a job apposed without an article ("..., bartender in the Captain's Bar
since 2021, whom everyone calls Nuwan"); a surname and its initials before a lower-case
continuation ("Baimukhanov D.Ye. has worked"); a cover told by what the contact claimed before
the name ("presenting himself as the distributor's regional representative, Martin Keller");
the head of a secrecy department and a compliance officer as the posts reports go to, never
cases; Setswana "Mma" and "Rre"; told "SM" (the record's Security Manager) at the start of a
shift, "came at the first request", "went to the first department", "answered nothing"; about
thirty cue wordings; and jobs and workplaces: a butcher "by trade" (not "staff at a bank" from
his bank arrears), a licensed valuer at an estate agency (not "at a bank" from "bank
valuations"), a guest house's administrator, a hotel's sales coordinator."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_REPORT = "01_vlore_compliance-officers-quarterly-report_estate-agent-and-property-valuer.txt"
_MINUTES = "02_duqm_hotel-heads-of-department-minutes_corporate-sales-coordinator-and-bartender.txt"
_DECISION = (
    "03_molepolole_procurement-complaint-review-decision_butchery-owner-and-horticulture-farmer.txt"
)
_PROTOCOL = (
    "04_kurchatov_trade-union-committee-protocol_metrologist-and-guest-house-administrator.txt"
)
_EVALUATION = (
    "05_punta-alta_job-fair-evaluation-report_refrigeration-mechanic-and-graphic-designer.txt"
)


def test_the_compliance_officer_who_writes_is_no_case() -> None:
    cases = corpus_cases("corpus148", _REPORT)
    assert set(cases) == {"Klodiana Meta", "Altin Lika"}, cases
    agent = cases["Klodiana Meta"]
    assert {"bulk-collection", "insider-access", "unexplained-money", "covert-tradecraft"} <= agent
    valuer = cases["Altin Lika"]
    assert {"disproportionate-reward", "request-beyond-public", "secrecy-pressure"} <= valuer


def test_a_hotels_minutes_a_sales_coordinator_and_a_bartender() -> None:
    cases = corpus_cases("corpus148", _MINUTES)
    bartender = "Warnakulasuriya Patabendige Nuwan Sanjeewa Fernando"
    assert set(cases) == {"Ma. Kristina Dela Cruz", bartender}, cases
    coordinator = cases["Ma. Kristina Dela Cruz"]
    assert {"cultivation", "personal-vulnerability", "threats-leverage"} <= coordinator
    assert {"paid-tasks", "secrecy-pressure", "excessive-help-flattery", "report-early"} <= cases[
        bartender
    ]


def test_a_butcher_in_arrears_and_a_farmer_mma_kgosiemang() -> None:
    cases = corpus_cases("corpus148", _DECISION)
    assert set(cases) == {"Thapelo Mogapi", "Boitumelo Kgosiemang"}, cases
    assert {"disproportionate-reward", "excessive-help-flattery"} <= cases["Thapelo Mogapi"]
    farmer = cases["Boitumelo Kgosiemang"]
    assert {"disproportionate-reward", "request-beyond-public", "unsolicited-offer"} <= farmer


def test_a_protocol_that_writes_surnames_first() -> None:
    cases = corpus_cases("corpus148", _PROTOCOL)
    # (Omarov R.T., head of the regime and secrecy department, is whom they reported to.)
    assert set(cases) == {"Baimukhanov Dauren Yerlanovich", "Kuzmenko Svetlana Petrovna"}, cases
    metrologist = cases["Baimukhanov Dauren Yerlanovich"]
    assert {"invitation-travel", "insider-access", "bulk-collection", "sudden-exit"} <= metrologist
    # (His new car was his own purchase: money unexplained, no present.)
    assert "excessive-help-flattery" not in metrologist
    assert {"escalation", "security-office", "report-early"} <= cases["Kuzmenko Svetlana Petrovna"]


def test_a_jobseeker_who_came_in_and_a_designer() -> None:
    cases = corpus_cases("corpus148", _EVALUATION)
    mechanic = cases["Ignacio Martín Ferreyra"]
    assert {"self-surrender", "placement", "disproportionate-reward"} <= mechanic
    # (The office's own warning e-mail is no approach online.)
    assert "online-approach" not in mechanic
    assert {"online-report", "disproportionate-reward"} <= cases["Florencia Belén Acosta"]


def test_jobs_and_workplaces(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    material = corpus_material("corpus148", tmp_path_factory)
    butcher = case_frame(material, "Thapelo Mogapi")
    assert (butcher.role, butcher.workplace.place) == ("a butcher", "a butchery")
    valuer = case_frame(material, "Altin Lika")
    assert valuer.workplace.place == "an estate agency", valuer.workplace
    # ("a senior agent at the Orikum branch": an agent with only a grade says no job.)
    assert "agent" not in case_frame(material, "Klodiana Meta").role
    assert case_frame(material, "Kuzmenko Svetlana Petrovna").role == (
        "a guest house administrator"
    )
    assert case_frame(material, "Ma. Kristina Dela Cruz").workplace.place == "a hotel"
