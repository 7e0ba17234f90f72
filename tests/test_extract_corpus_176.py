"""What corpus 176 (five posts and threads online, read once on a064a54: 3 of 10 cases found, tag
recall 0.14 at precision 0.81; an Eindhoven networking-site post with comments, a Huntsville
simulator forum thread, a Pune blog post, a Melbourne video's auto-generated transcript and a
Poznań messaging channel's pinned warning with replies) showed: a networking site shows a post
or a comment under its author's name with the degree of connection ("ir. Sanne van den
Heuvel-Bos • 2nd", "Arjun R. Iyer • 1st"), and its "I got an InMail from ..." is an approach to
the author; a forum post may give its date first and the handle on the line below, its author
saying "Real name Ramona K. Whitfield"; a blog post is signed with the name its byline's handle
spells ("Posted ... by nandini.apte", then "Nandini M. Apte"), and its "Baba" is the father it
names ("my father, Madhukar Govind Apte"); "PI" is a police inspector's rank; whoever writes a
post of their own story is no recruiter, whatever a reply says she "asked me" (not yet found
as a case: "Alesia V.", and the video's lower-case auto-transcript)."""

from __future__ import annotations

from .conftest import corpus_cases

_NETWORK = (
    "01_eindhoven_networking-site-post-with-comments_euv-optics-test-engineer-and-wafer-stage-"
    "control-engineer.txt"
)
_FORUM = (
    "02_huntsville_forum-thread_flight-simulator-technician-and-national-guard-supply-sergeant.txt"
)
_BLOG = (
    "03_pune_personal-blog-post_ammunition-factory-stores-superintendent-and-freelance-"
    "subtitler.txt"
)


def test_a_networking_sites_post_and_comment_under_their_authors() -> None:
    cases = corpus_cases("corpus176", _NETWORK)
    assert set(cases) == {"Sanne van den Heuvel-Bos", "Arjun R. Iyer"}, cases
    assert {"security-office", "paid-tasks"} <= cases["Sanne van den Heuvel-Bos"]


def test_a_forum_post_dated_first_and_its_authors_real_name() -> None:
    cases = corpus_cases("corpus176", _FORUM)
    assert set(cases) == {"Derek Maynard Pruitt", "Ramona K. Whitfield"}, cases


def test_a_blog_signed_by_its_writer_and_baba_her_father() -> None:
    cases = corpus_cases("corpus176", _BLOG)
    assert set(cases) == {"Madhukar Govind Apte", "Nandini M. Apte"}, cases
