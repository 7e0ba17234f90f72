"""What corpus 129 (five documents, read once on 7f182d9: 2 of 9 cases found on arrival, tag
recall 0.14 at precision 0.71; a beekeepers' society newsletter from Kozloduy, a gambling-recovery
fellowship's newsletter from Daejeon, a sabbatical-leave report from Leuven, a shipyard's
near-miss case collection from Kure and a freelance platform's dispute decision from Bandung)
showed that extraction did not read, fixed by concept: a name and what people call the person
("Stoyan Petkov Dimitrov, Stoycho to most of us,"); someone of a security body ("of the Security
Directorate") takes reports and is no case; a person described by where they work whose name
the text keeps back ("a younger man from Glozhene who works in ... His name will not be
printed"), then "The man from Glozhene"; a one-word writer under a byline ("by Haneul (Sky)"); a
cover a go-between gave ("Daniel Tan, whom he called a senior analyst"); a report's author in its
form's field ("Staff member: Prof. dr. ir. Griet Van den Bossche"), a signature over its place
and date, and the "I" of a signed piece; whom the "I" went to ("I met dr. Sofie Peeters") and who
told the "I" ("Dr Peeters told me") are no case; codes a document says it uses ("are called
Employee A, B and so on"); a caption's party and the term it defines ("Freelancer: Asep Saepudin,
... (the Freelancer)"); "Works" names a body. And the signs in this material's words (dinner for
two, a disappearing-message application, kept from everyone at work, photographs of the
checkpoint from inside, a quad bike he could not explain, a debt owned, a lender paid off, a
line rung by its number, "If I had gone ... that day", coming in on one's own, cash explained as
overtime)."""

from __future__ import annotations

from .conftest import corpus_cases

_NEWSLETTER = "01_kozloduy_beekeepers-society-newsletter_reactor-operator.txt"
_FELLOWSHIP = "02_daejeon_gambling-recovery-fellowship-newsletter_telemetry-technician.txt"
_SABBATICAL = "03_leuven_sabbatical-leave-report_ceramics-professor-and-laboratory-technician.txt"
_NEAR_MISSES = "04_kure_near-miss-case-collection_degaussing-range-technician.txt"
_DISPUTE = "05_bandung_freelance-platform-dispute-decision_lawful-interception-engineer.txt"


def test_a_nickname_to_most_of_us_and_a_guard_kept_nameless() -> None:
    cases = corpus_cases("corpus129", _NEWSLETTER)
    # Not Mr Kamen Yordanov "of the Security Directorate".
    assert set(cases) == {"Stoyan Petkov Dimitrov", "a younger man from Glozhene"}, cases
    assert {"cultivation", "security-office", "report-early"} <= cases["Stoyan Petkov Dimitrov"]
    # "Some of it he even posted in our Viber group": no posting abroad (read 410).
    assert "abroad-targeting" not in cases["Stoyan Petkov Dimitrov"]
    assert {"covert-tradecraft", "secrecy-pressure", "insider-access", "unexplained-money"} <= (
        cases["a younger man from Glozhene"]
    )


def test_a_one_word_writer_and_not_the_handler() -> None:
    cases = corpus_cases("corpus129", _FELLOWSHIP)
    assert set(cases) == {"Haneul"}, cases
    assert {
        "threats-leverage",
        "hotline",
        "self-surrender",
        "report-early",
        "unexplained-money",
    } <= cases["Haneul"]


def test_a_report_s_author_and_not_whom_she_reported_to() -> None:
    cases = corpus_cases("corpus129", _SABBATICAL)
    assert set(cases) == {"Griet Van den Bossche", "Koen De Clercq"}, cases
    assert {"invitation-travel", "security-office", "report-early"} <= cases[
        "Griet Van den Bossche"
    ]


def test_codes_a_collection_says_it_uses() -> None:
    cases = corpus_cases("corpus129", _NEAR_MISSES)
    # Not Employees A, B, C and F, whose near misses were no approach.
    assert set(cases) == {"Employee D", "Employee E"}, cases
    assert {"compromising-relationship", "threats-leverage"} <= cases["Employee D"]
    # "the expensive watch" was the contact's birthday present, no unexplained spending (read
    # 410).
    assert "unexplained-money" not in cases["Employee D"]


def test_a_caption_s_party_and_the_term_it_defines() -> None:
    cases = corpus_cases("corpus129", _DISPUTE)
    assert set(cases) == {"Asep Saepudin", "Rina Marlina"}, cases
    # "The Freelancer applied. ... the Client offered him a direct contract": no unsolicited
    # offer after his own application (read 410); Rina's came "without any application".
    assert "unsolicited-offer" not in cases["Asep Saepudin"]
    assert "unsolicited-offer" in cases["Rina Marlina"]
