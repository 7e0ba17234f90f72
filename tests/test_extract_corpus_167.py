"""What corpus 167 (five documents, read once on 8312291: 6 of 10 cases found, tag recall 0.45
at precision 0.90; a Deep River curling club's newsletter, a Helensburgh pipe band's AGM report,
a Blenheim A&P show's secretary's report, an Angra dos Reis samba school's board minutes and a
Koblenz carnival society's circular) showed: initials in quotes are what a person goes by
('Jean-François Chippior, "J.-F." to everybody'), and so is a name after a given name that
opens a paragraph ("Alasdair, Ally to all of us,"); a band's "Piper" is a title; whoever
"introduced herself to him in the square as" a name is the contact; a letter that "reached her"
approached her, and she "reported the meeting and the letter"; a job said after the club's own
post ("our poultry steward, is an aero-engine technician with ...") or until lately ("Until
recently he was a logistics officer at ...") is the job, not a post given up ("has resigned as
sheep chief steward"); and a contractor that maintains the Air Force's aircraft is a defence
contractor."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_document, corpus_facts

_CURLING = (
    "01_deep-river_curling-club-season-newsletter_nuclear-materials-accountancy-technician-and-"
    "relocation-services-coordinator.txt"
)
_PIPES = (
    "02_helensburgh_pipe-band-pipe-majors-agm-report_shiplift-operator-and-optronics-assembly-"
    "technician.txt"
)
_SHOW = (
    "03_blenheim_a-and-p-association-post-show-secretarys-report_aero-engine-technician-and-"
    "intercept-station-logistics-officer.txt"
)
_CARNIVAL = (
    "05_koblenz_carnival-society-members-circular_procurement-specification-engineer-and-"
    "declassification-archivist.txt"
)


def test_the_coordinator_and_not_his_cousin() -> None:
    cases = corpus_cases("corpus167", _CURLING)
    assert set(cases) == {'Bernadette "Bernie" Recoskie', "Jean-François Chippior"}, cases


def test_the_piper_and_not_the_woman_who_approached_him() -> None:
    cases = corpus_cases("corpus167", _PIPES)
    assert set(cases) == {"Alasdair McKechnie", "Liam Kowalczyk"}, cases
    assert {"invitation-travel", "secrecy-pressure", "security-office"} <= cases[
        "Alasdair McKechnie"
    ]


def test_the_archivist_who_reported_the_letter() -> None:
    cases = corpus_cases("corpus167", _CARNIVAL)
    assert set(cases) == {"Jörg Ternes", "Gülay Aydın-Rausch"}, cases
    assert "report-early" in cases["Gülay Aydın-Rausch"]


def test_jobs_not_show_posts() -> None:
    roles = corpus_facts("corpus167", _SHOW, "role")
    assert roles["Aroha Te Whata"][0] == "aero-engine technician", roles
    assert "logistics officer" in roles["Bryce McConachie"]
    assert "sheep chief steward" not in roles["Bryce McConachie"]
    assert corpus_facts("corpus167", _SHOW, "sector")["Aroha Te Whata"] == ["defence industry"]


def test_the_pipers_own_offer_not_the_advice_after_it() -> None:
    from quiz.extract import extract

    (piper,) = [
        c
        for c in extract([corpus_document("corpus167", _PIPES)]).cases
        if c.name == "Alasdair McKechnie"
    ]
    assert {"invitation-travel", "unsolicited-offer", "excessive-help-flattery"} <= set(
        piper.tag_ids
    )
    assert not [e for t in piper.tags for e in t.evidence if "Be wary" in e.quote]
