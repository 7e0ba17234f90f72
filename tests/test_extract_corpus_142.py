"""What corpus 142 (five documents, read once on the corpus-141 fixes: 4 of 10 cases found on
arrival, and a recruiter's alias, a phone-in's host and a caller taken for cases, tag recall 0.23
at precision 0.89; a university hospital's staff newsletter from Cluj-Napoca, a public library's
annual report from Aviano, a cycling club's board minutes from Vojens, a TV news bulletin's
script from Ebène and a radio phone-in's transcript from Cahul) showed that extraction did not
read, fixed by concept: a transcript's speaker labels with the language a line is in ("VALENTINA
PETROVNA [ru]:") and capitals beyond Latin-1 ("ȚURCANU:"); a caller who gives their name at the
start of the line ("Țurcanu Ion, from Cahul") is no anonymous caller; a programme's "Host:" and
an official speaking by post ("SIS OFFICER:") are no case; a caller's relative ("My grandson is
Daniel, Dănuț we call him at home") is the case the caller's lines about "him" tell; a channel's
name in quotes is no person; whom a contact hired "as a "local field assistant"" claimed no
cover; a stage name given is the singer's; "On the ward she is Deea"; a Romanian lecturer's
"Conf."; an e-mail received; a job told by whom one works for ("has worked for the ... Corporation
as an overseer", "I work for the railway, a track walker"); and an app that wipes messages is
tradecraft, no first contact online."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_LIBRARY = (
    "02_aviano_public-library-annual-report_local-history-librarian-and-civic-service-volunteer.txt"
)
_CLUB = (
    "03_vojens_cycling-club-board-minutes_airfield-pavement-technician-and-membership-secretary.txt"
)
_BULLETIN = "04_ebene_tv-news-bulletin-script_copra-plantation-overseer-and-sega-singer.txt"
_PHONE_IN = (
    "05_cahul_radio-phone-in-transcript_railway-track-walker-and-unemployed-school-leaver.txt"
)


def test_a_tv_bulletin_s_overseer_and_its_studio_guest(tmp_path_factory) -> None:
    cases = corpus_cases("corpus142", _BULLETIN)
    # Not "a man who gave the name Marc Devereux", who hired the overseer.
    assert set(cases) == {"Louis Gérard Volcy", "Lalou"}, cases
    assert "online-approach" not in cases["Louis Gérard Volcy"]
    assert {"disproportionate-reward", "covert-tradecraft"} <= cases["Louis Gérard Volcy"]
    overseer = case_frame(corpus_material("corpus142", tmp_path_factory), "Louis Gérard Volcy")
    assert (overseer.role, overseer.channel) == ("an overseer", "in-person")


def test_a_phone_in_s_callers_and_the_grandson_one_of_them_tells_of() -> None:
    cases = corpus_cases("corpus142", _PHONE_IN)
    # Neither the host nor the grandmother who rang in.
    assert set(cases) == {"Daniel", "Țurcanu Ion"}, cases
    assert {"threats-leverage", "covert-tradecraft", "paid-tasks"} <= cases["Daniel"]
    assert {"secrecy-pressure", "paid-tasks", "report-early"} <= cases["Țurcanu Ion"]


def test_a_librarian_and_a_volunteer_stay_found() -> None:
    cases = corpus_cases("corpus142", _LIBRARY)
    assert set(cases) == {"Giovanni Battista Da Ros", "Tommaso Zanin"}, cases
    # "Gianni to almost every reader", after his post: the director's "if he had told me in May"
    # is his, though it closes the volunteer's section (read 447).
    assert "report-early" in cases["Giovanni Battista Da Ros"]
    assert "report-early" in cases["Tommaso Zanin"]


def test_a_membership_secretary_named_in_the_attendance_line() -> None:
    """Listed among those present, she is a case where the minutes tell that she phoned the
    chair "the same evening" and "came to him at once"; a volunteer asked to share a sign-up list
    is asked for what is not public."""
    cases = corpus_cases("corpus142", _CLUB)
    assert "Sigrún Hafsteinsdóttir" in cases, cases
    assert {"secrecy-pressure", "report-early"} <= cases["Sigrún Hafsteinsdóttir"]
    assert "request-beyond-public" in corpus_cases("corpus142", _LIBRARY)["Tommaso Zanin"]
