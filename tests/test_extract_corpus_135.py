"""What corpus 135 (five documents, read once on 6ce7b63: 3 of 10 cases found on arrival, tag
recall 0.21 at precision 0.86, read 427 59.6% usable with no wrong key; an Alaska Native
corporation's shareholder newsletter from Kodiak, a volunteer fire brigade's annual report from
Jasionka, a reading room's bulletin from Kochi, a city sea patrol's monthly report from Puerto
Princesa and a language school's newsletter from Adelaide) showed that extraction did not read,
fixed by concept: a suffix's full stop kept with a nickname's owner ("Walter J. Katelnikoff
Jr., whom everyone knows as Junior"); a Polish fire brigade's "dh."/"dhna", a sea patrol's "Fish
Warden" and the Greek "Kyria" as titles; two initials after a given name ("Rajeevan K. P.");
a joined Malayalam honorific ("Khader-ikka"); a nickname "to the parents' committee"; a report
to the writer where the writer is the security or compliance officer, or one of the posts the
document's own advice names ("tell the Naczelnik or the Prezes the same day", "came to the
undersigned"); a title's full stop read on ("when Ms. Reyes first asked"); an offer answered
in a post or a form, not unsolicited; the person paying off their own loan is no favour."""

from __future__ import annotations

from .conftest import corpus_cases

_NEWSLETTER = "01_kodiak_shareholder-newsletter_cattle-rancher-and-lands-gis-technician.txt"
_BRIGADE = (
    "02_jasionka_volunteer-fire-brigade-annual-report_tyre-fitter-and-petrol-station-cashier.txt"
)
_BULLETIN = "03_kochi_reading-room-bulletin_ship-repair-scaffolder-and-tea-stall-owner.txt"
_PATROL = "04_puerto-princesa_monthly-accomplishment-report_fish-warden-and-data-encoder.txt"
_SCHOOL = (
    "05_adelaide_community-language-school-newsletter_"
    "configuration-analyst-and-enrolment-volunteer.txt"
)


def test_a_suffixed_name_and_a_compliance_officers_me() -> None:
    cases = corpus_cases("corpus135", _NEWSLETTER)
    assert set(cases) == {"Walter J. Katelnikoff Jr.", "Daria Kvasnikoff"}, cases
    # ("He called me the same afternoon", written by the Compliance Officer.)
    assert {"security-office", "report-early", "covert-tradecraft"} <= cases[
        "Walter J. Katelnikoff Jr."
    ]
    # ("she paid off her truck loan in one go": her own money, no favour.)
    assert "excessive-help-flattery" not in cases["Daria Kvasnikoff"]
    assert {"report-early", "insider-access"} <= cases["Daria Kvasnikoff"]


def test_brigade_titles_and_the_points_the_advice_names() -> None:
    cases = corpus_cases("corpus135", _BRIGADE)
    assert set(cases) == {"Zbigniew Wójcik", "Oliwia Rzepecka"}, cases
    # ("showed them to the Naczelnik", "He came to me": the brigade's own reporting points.)
    assert "security-office" in cases["Oliwia Rzepecka"]
    assert "security-office" in cases["Zbigniew Wójcik"]
    # (An offer in a post she answered, a form he filled in: nothing unsolicited.)
    assert "unsolicited-offer" not in cases["Oliwia Rzepecka"]
    assert "unsolicited-offer" not in cases["Zbigniew Wójcik"]
    assert "personal-vulnerability" not in cases["Oliwia Rzepecka"]


def test_kerala_initials_and_a_joined_honorific() -> None:
    cases = corpus_cases("corpus135", _BULLETIN)
    assert set(cases) == {"Rajeevan K. P.", "P. A. Abdul Khader"}, cases
    assert {"bulk-collection", "unexplained-money", "personal-vulnerability"} <= cases[
        "Rajeevan K. P."
    ]
    assert "threats-leverage" not in cases["Rajeevan K. P."]


def test_a_post_before_the_name_and_the_undersigned() -> None:
    cases = corpus_cases("corpus135", _PATROL)
    assert set(cases) == {"Ronaldo M. Dela Cruz", "Ma. Theresa Villanueva-Ong"}, cases
    assert {"security-office", "personal-vulnerability", "insider-access"} <= cases[
        "Ronaldo M. Dela Cruz"
    ]
    assert "security-office" in cases["Ma. Theresa Villanueva-Ong"]


def test_nicknames_to_a_group_and_a_greek_title() -> None:
    cases = corpus_cases("corpus135", _SCHOOL)
    assert set(cases) == {"Dimitrios Stavrakis", "Eleni Papadopoulou"}, cases
    assert {"invitation-travel", "report-early"} <= cases["Dimitrios Stavrakis"]
    assert {"bulk-collection", "security-office"} <= cases["Eleni Papadopoulou"]
