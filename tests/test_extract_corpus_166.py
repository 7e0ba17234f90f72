"""What corpus 166 (five documents, read once on 8312291: 8 of 10 cases found, tag recall 0.59
at precision 0.92; a Jinja rowing club's captain's report, a Madaba museum friends' letter, a
Jamnagar photographic society's minutes, a Balikpapan motorcycle club's bulletin and an Oskemen
kennel club's board minutes) showed: a resolution's verb before a surname in capitals ("c)
Thank ZHUMABEKOVA A. S.") is no given name, and a landmark ("the Madaba Map") no person; a
member who "reported everything to the head of her office" reported the approach; a job is the
one done "during the week", beside a weekend's post; a laboratory "of the naval training
establishment", a course "at the Senior Command and Staff College", a "national mapping centre"
and a "metallurgical plant" are where they are; a request "to keep the work from the college"
is secrecy, and paying for one's own dinner no favour; a message "after she returned home" from
a show abroad is no online approach."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_document, corpus_facts

_ROWING = (
    "01_jinja_rowing-club-captains-report_dam-deformation-survey-technician-and-staff-college-"
    "course-administrator.txt"
)
_MUSEUM = (
    "02_madaba_museum-friends-association-letter_armoured-vehicle-test-driver-and-aerial-imagery-"
    "archivist.txt"
)
_PHOTO = (
    "03_jamnagar_photographic-society-meeting-minutes_naval-school-electrical-lab-technician-and-"
    "mes-electrical-supervisor.txt"
)
_MOTORCYCLE = (
    "04_balikpapan_motorcycle-club-monthly-bulletin_structured-cabling-technician-and-land-"
    "acquisition-officer.txt"
)
_KENNEL = (
    "05_oskemen_kennel-club-board-minutes_fuel-pellet-quality-inspector-and-export-licensing-"
    "officer.txt"
)


def test_the_kennel_clubs_two_and_no_thanks_for_a_name() -> None:
    cases = corpus_cases("corpus166", _KENNEL)
    assert set(cases) == {"ZHUMABEKOVA Aigerim Serikovna", "ISKAKOV Nurlan Bolatuly"}, cases
    # "refused at the table, paid for his own dinner": his own bill, no favour.
    assert "excessive-help-flattery" not in cases["ISKAKOV Nurlan Bolatuly"]
    # Met at a show abroad, then "After she returned home he wrote to her on WhatsApp": no online
    # approach; "before anyone had asked her anything, she went herself to" security.
    assert "online-approach" not in cases["ZHUMABEKOVA Aigerim Serikovna"]
    assert "self-surrender" in cases["ZHUMABEKOVA Aigerim Serikovna"]


def test_a_mosaic_is_no_person() -> None:
    cases = corpus_cases("corpus166", _MUSEUM)
    assert set(cases) == {"Tariq Ibrahim Hijazin", "Lina Tawfiq al-Madanat"}, cases


def test_the_land_officer_who_reported_everything() -> None:
    cases = corpus_cases("corpus166", _MOTORCYCLE)
    assert set(cases) == {"Rizky Firmansyah", "Nurul Aini Syahrani"}, cases
    assert {"security-office", "disproportionate-reward"} <= cases["Nurul Aini Syahrani"]


def test_kept_from_the_college() -> None:
    from quiz.extract import extract

    (moses,) = [
        c
        for c in extract([corpus_document("corpus166", _ROWING)]).cases
        if c.name == "Moses Kintu Wambuzi"
    ]
    told = moses.tag("secrecy-pressure")
    assert told is not None
    assert any("keep the work from the college" in e.quote for e in told.evidence), told


def test_jobs_and_workplaces() -> None:
    assert "test driver" in corpus_facts("corpus166", _MUSEUM, "role")["Tariq Ibrahim Hijazin"]
    sectors = corpus_facts("corpus166", _PHOTO, "sector")
    assert sectors["P. S. Anilkumar"] == ["navy"], sectors
    assert corpus_facts("corpus166", _ROWING, "sector")["Moses Kintu Wambuzi"] == ["armed forces"]
    assert corpus_facts("corpus166", _MUSEUM, "sector")["Lina Tawfiq al-Madanat"] == ["mapping"]
    kennel = corpus_facts("corpus166", _KENNEL, "sector")
    assert kennel["ISKAKOV Nurlan Bolatuly"] == ["metals"], kennel
