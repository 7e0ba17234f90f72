"""What corpus 92 (five documents, read once: 6 of 9 cases found on arrival, tag recall 0.35 at
precision 0.89, a probation officer, a cousin who brought the recruiter and a supervisor who sat
on a report taken for cases; a parole board's decision, a contractor's incident letter, a
geocaching forum's pinned thread, an administrative inquiry report and a biosafety office's
memo; read 284: 61.5% of its questions usable as they stood, no wrong key, a postman's forum post
credited to the canteen cook who posted after him) showed that extraction did not read, fixed by
concept: material sent to "him" is the recruit's act, not a recruiter's, and so is what a
relative clause tells the person sent ("which Ms. Ssenyonga sent her"); a surname in capitals
with a Maghrebi particle ("AÏT LAHCEN Fatima-Zahra"), then written as names are written ("Mrs.
Aït Lahcen"), is one person; "his arrest" in a sentence about contact with someone else is not
that person's; a post in the justice process after a name ("Probation Aftercare Officer") is no
case; whom a report was told to directly ("told her line supervisor, Ing. Esteban Alvarado
Brenes") is its recipient; a forum thread's numbered posts are their authors', named in the
header's bracket or by "I'm ..." in the post; a PM, a quoted superlative, presents sent, "a state
service", "nobody had suspected anything before I walked in", "it would be better for me to
continue" and a fee "ridiculous for" the work."""

from __future__ import annotations

from pathlib import Path

from quiz.documents import Document
from quiz.extract import _read_people, extract

from .test_extract_corpus_76 import _found
from .test_extract_corpus_89 import _people


def _cases_of(file: str) -> dict[str, frozenset[str]]:
    path = Path(__file__).parent / "corpus92" / file
    return {c.name: frozenset(c.tag_ids) for c in extract([Document.read(path, file)]).cases}


def _people_of(file: str) -> dict:
    path = Path(__file__).parent / "corpus92" / file
    return _read_people(Document.read(path, file)).people


_INQUIRY = "04_kenitra_administrative-inquiry-report_permit-archive-technician.txt"
_PAROLE = "01_kingston_parole-board-decision_call-centre-agent.txt"
_LETTER = "02_san-jose_client-incident-notification-letter_copier-field-technician.txt"


def test_material_she_sent_him_is_her_act_not_a_recruiters() -> None:
    # "Mrs. Aït Lahcen sent him the link": she was taken for a recruiter.
    people = _people_of(_INQUIRY)
    assert "AÏT LAHCEN Fatima-Zahra" in people, sorted(people)
    assert "Aït Lahcen" not in people, sorted(people)
    assert not people["AÏT LAHCEN Fatima-Zahra"].contact
    cases = _cases_of(_INQUIRY)
    assert "self-surrender" in cases["AÏT LAHCEN Fatima-Zahra"], cases


def test_what_a_relative_clause_tells_she_sent_is_hers(tmp_path: Path) -> None:
    text = (
        "4.1 Ms. Harriet Nakato Ssenyonga, Senior Laboratory Technologist\n\n"
        "(a) In July Ms. Ssenyonga received an unsolicited e-mail inviting her to a workshop in "
        "Istanbul, with flights, hotel and a US$1,000 honorarium.\n\n"
        '(b) In Istanbul, "Dr. Jansen" took her to dinner twice. At that stage she asked only '
        "for the published surveillance summaries, which Ms. Ssenyonga sent her.\n\n"
        "(c) After her return she was asked for unpublished raw sequence data. (d) Ms. "
        "Ssenyonga sent nothing further. She brought the e-mails to this office.\n"
    )
    assert not _people(tmp_path, text)["Harriet Nakato Ssenyonga"].contact
    assert "Harriet Nakato Ssenyonga" in _found(tmp_path, text)


def test_a_justice_post_after_a_name_and_his_arrest_are_not_the_cases() -> None:
    # "Miss Paulette Gordon, Probation Aftercare Officer, ..."; "no contact with Mrs.
    # Whyte-Bailey since his arrest".
    cases = _cases_of(_PAROLE)
    assert "Paulette Gordon" not in cases, cases
    assert "Marcia Whyte-Bailey" not in cases, cases
    assert "Kemar Delano Whyte" in cases, cases


def test_whom_a_report_was_told_to_directly_is_its_recipient() -> None:
    # "told her line supervisor, Ing. Esteban Alvarado Brenes", who later got a written warning
    # for not passing it on.
    cases = _cases_of(_LETTER)
    assert "Karla Vanessa Mora Jiménez" in cases, cases
    assert "Esteban Alvarado Brenes" not in cases, cases


_THREAD = """GeoLux.lu - Forum
[PINNED] Please read: paid cache-hiding requests

----------------------------------------------------------------
#1  Nico_Mod  (Moderator - Nicolas Hoffmann, Ettelbruck)  12.03.2025 19:02
----------------------------------------------------------------
At least two members were contacted by private message by a user called TrailBlazer_NL, who
presents himself as Bram van Dijk. Both members have agreed to tell their story below.

----------------------------------------------------------------
#2  Mett_aus_Ettelbreck  12.03.2025 19:20
----------------------------------------------------------------
Thanks for posting. Is the clean-up event still on if it rains?

----------------------------------------------------------------
#4  PittR_Dikrech  12.03.2025 20:41
----------------------------------------------------------------
Moien. I'm Pitt, Pierre Reuter for those who don't know me. I'm a postman with POST.

Last June TrailBlazer_NL sent me a PM out of the blue saying my caches were "the best in the
Ardennes". He sent me a set of trackable coins and then a new GPS unit. In September he asked me
to place caches at coordinates he sent, €150 each, which is ridiculous for a film canister. For
each one he wanted photos of fences, gates and vehicles. I took them. He said the people he works
for are "a state service of a friendly country", that I had been paid and had sent photos of a
military site, and that it would be better for me to continue. The next morning I went to the
police and I told my manager. Nobody had suspected anything before I walked in.

----------------------------------------------------------------
#5  AnaPaula_FdS  12.03.2025 21:15
----------------------------------------------------------------
I am Ana Paula Ferreira da Silva and I cook in the staff canteen at the agency in Capellen.

In January the same user sent me a PM. He offered me €300 to place a cache inside the fence. I
did not reply to him. I showed the messages to the site security officer the same afternoon.
"""


def test_a_forum_threads_posts_are_their_authors(tmp_path: Path) -> None:
    cases = _found(tmp_path, _THREAD)
    assert "Pierre Reuter" in cases, cases
    tags = cases["Pierre Reuter"]
    for tag in (
        "online-approach",
        "excessive-help-flattery",
        "disproportionate-reward",
        "disclosed-affiliation",
        "threats-leverage",
        "self-surrender",
    ):
        assert tag in tags, tag
    # The postman's story is not the cook's, who refused and reported.
    assert "Ana Paula Ferreira da Silva" in cases, cases
    assert not cases["Ana Paula Ferreira da Silva"] & {"threats-leverage", "disclosed-affiliation"}
    # Nor is the moderator's post, nor the unsigned one after it, anyone's story.
    assert "Nicolas Hoffmann" not in cases


def test_exposure_hinted_is_a_threat_and_a_duty_of_discretion_no_secrecy_demand() -> None:
    # Read 285: "The facts constitute a serious breach of professional discretion" quoted for a
    # demand to keep quiet, and the threat ("would surely be interested to know that one of its
    # employees sells its files") missed.
    path = Path(__file__).parent / "corpus92" / _INQUIRY
    (case,) = [c for c in extract([Document.read(path, _INQUIRY)]).cases]
    assert "threats-leverage" in case.tag_ids
    secrecy = case.tag("secrecy-pressure")
    assert secrecy is not None
    assert not any("discretion" in e.quote for e in secrecy.evidence)


def test_something_wanted_kept_unpublished_is_no_request_for_unpublished_material() -> None:
    # Read 285: "He wanted them NOT published on the site" (the caches he paid for) quoted for
    # a switch to internal documents.
    file = "03_diekirch_geocaching-forum-thread_postal-carrier.txt"
    path = Path(__file__).parent / "corpus92" / file
    (case,) = [c for c in extract([Document.read(path, file)]).cases if c.name == "Pierre Reuter"]
    for tag_id in ("request-beyond-public", "escalation"):
        hit = case.tag(tag_id)
        assert hit is None or not any("published" in e.quote for e in hit.evidence), tag_id
