"""What corpus 128 (five documents, read once on 1110dea: 2 of 9 cases found on arrival, tag
recall 0.13 at precision 0.71; a family's Christmas letter from Katherine, a company's apology
notice from Kakamigahara, a public-speaking club's minutes from Gdynia, a nurse's reflective
account from Tadley and a military team manager's report from Szolnok) showed that extraction did
not read, fixed by concept: a letter's writer who names themself in its opening ("It's Bron on
keyboard duty") and whose full name the letter gives; a person the teller keeps nameless ("He
also told me, without names, that the locum ..."); the name on a stranger's business card is his
cover; a notice's coded person ('(male, in his forties; hereinafter "Employee A")'), not the
recruiter's praise ("one of the few true landing gear specialists"); the teller's relative named
once ("My father, Zbigniew Kaczmarczyk") is "my father" from then on; someone named only in a
roster's fields is no narrator, and a name at the end of a field's line no post's author; a
declared pseudonym ('is called "Jess" here'); a reflective account's answer that says "she" of
the colleague it has just named is hers; a Hungarian rank after the name, with its gloss and
post ("Fekete Zoltán főtörzsőrmester (master sergeant) — team captain"); an event's name is no
person; first met in person, then online, is no online approach; a teller's advice to "you"
shows the document's channels, not the case's. And the signs in this material's words (a fee
set against "a month of my base sessions", paid work "floated", e-mails "every couple of weeks",
records "exported from the clinic system", the Security Control Office "consulted", "would be very
difficult to explain to your company", praise of a profile or a career, "no need to mention this
to your officers", "For comparison, the corporal's monthly net pay", sums in złoty, a loan "no
interest", "What will the Navy say?", "coming to them himself")."""

from __future__ import annotations

from .conftest import corpus_cases

_LETTER = "01_katherine_christmas-round-robin-letter_aviation-medical-examiner.txt"
_NOTICE = (
    "02_kakamigahara_corporate-apology-notice_"
    "landing-gear-design-engineer-and-quality-assurance-inspector.txt"
)
_MINUTES = "03_gdynia_toastmasters-meeting-minutes_barber-and-pilot-station-dispatcher.txt"
_ACCOUNT = "04_tadley_nmc-reflective-account_occupational-health-technician.txt"
_REPORT = "05_szolnok_cism-team-managers-report_parachute-rigger-and-jumpmaster.txt"


def test_a_letter_s_writer_and_a_locum_kept_nameless() -> None:
    cases = corpus_cases("corpus128", _LETTER)
    # Not "Dr Lucas Tan", the name on the stranger's business card.
    assert set(cases) == {"Bronwyn Mulvaney", "the locum"}, cases
    assert {
        "disproportionate-reward",
        "unsolicited-offer",
        "cultivation",
        "covert-tradecraft",
        "security-office",
        "report-early",
    } <= cases["Bronwyn Mulvaney"]
    # Met at a conference, then e-mailed: no online approach.
    assert "online-approach" not in cases["Bronwyn Mulvaney"]
    assert {"invitation-travel", "insider-access", "bulk-collection"} <= cases["the locum"]


def test_a_notice_s_coded_employees() -> None:
    cases = corpus_cases("corpus128", _NOTICE)
    assert set(cases) == {"Employee A", "Employee B"}, cases
    assert {"threats-leverage", "excessive-help-flattery", "report-early", "security-office"} <= (
        cases["Employee A"]
    )
    assert {"online-approach", "secrecy-pressure", "security-office", "report-early"} <= cases[
        "Employee B"
    ]


def test_my_father_in_a_quoted_speech_and_not_the_timer() -> None:
    cases = corpus_cases("corpus128", _MINUTES)
    assert set(cases) == {"Zbigniew Kaczmarczyk", "Olena Hnatiuk"}, cases
    assert {
        "personal-vulnerability",
        "cultivation",
        "threats-leverage",
        "self-surrender",
        "report-early",
    } <= cases["Zbigniew Kaczmarczyk"]
    # The speaker's advice to the club ("tell ... your security officer ..., or the ABW, which
    # has a phone line") is no channel he used.
    assert not {"hotline", "security-office"} & cases["Zbigniew Kaczmarczyk"]
    assert {"paid-tasks", "report-early", "security-office"} <= cases["Olena Hnatiuk"]


def test_a_pseudonym_and_not_the_nurse_who_wrote_the_account() -> None:
    cases = corpus_cases("corpus128", _ACCOUNT)
    assert set(cases) == {"Jess"}, cases
    assert {"online-approach", "compromising-relationship", "threats-leverage"} <= cases["Jess"]


def test_hungarian_ranks_after_the_name() -> None:
    cases = corpus_cases("corpus128", _REPORT)
    assert set(cases) == {"Fekete Zoltán", "Márk Lakatos"}, cases
    assert {"false-persona", "secrecy-pressure", "self-surrender", "threats-leverage"} <= cases[
        "Fekete Zoltán"
    ]
    assert {"disproportionate-reward", "excessive-help-flattery", "report-early"} <= cases[
        "Márk Lakatos"
    ]
    # Met at the reception, then on Instagram: no online approach; and not the other soldier's
    # threat.
    assert not {"online-approach", "threats-leverage"} & cases["Márk Lakatos"]
