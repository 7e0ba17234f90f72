"""What corpus 130 (five documents, read once on 7581fcd: 7 of 10 cases found on arrival, tag
recall 0.45 at precision 0.89; a veterinary clinic's client newsletter from Tapa, a community
orchestra's members' bulletin from Ottawa, a research fund panel's feedback letter to a vaccine
institute in Nha Trang, a parents' association bulletin from Limón and an engineering
institution's branch newsletter from Kitwe) showed that extraction did not read, fixed by
concept: the name a person goes by said in a bracket ("Jevgeni Pavlovitš Orlov, our farrier
(everybody calls him Ženja)"); a member of the teller's group whose name the next sentence keeps
back ("a long-standing member of the second violins. ... she has asked us not to print her
name"); a minor named by one initial in quotes with an age ('"J.", 15 years old'); a talk's
speaker with a security post ("Speaker: Mr Mapalo Sinyangwe, Head of Corporate Security", "head of
security at one of the container terminals ..., gave a talk about") tells the stories and is in
none; a message from a name in quotes is the stranger's cover, not the recipient's; a rule for
all staff ("staff must report ...", "Anyone who recognises that pattern should ...") is nobody's
story; "Statistics Estonia", a beach and a "Principal Investigator" are no people. And the signs
in this material's words (a bracketless nickname's story, a firm found in no register, a test
assignment that "started innocently", "the e-mails that followed ... went further", a client
"calling itself", a report "not yet released", a USB stick or a modem to plug in at work, "then I
send your mom the badge photo", a pickup bought for cash, a rent written off, "full of praise", a
fellowship with flights, an office that "need not be involved")."""

from __future__ import annotations

from .conftest import corpus_cases

_CLINIC = "01_tapa_veterinary-practice-newsletter_veterinary-nurse-and-farrier.txt"
_ORCHESTRA = (
    "02_ottawa_orchestra-members-bulletin_terminologist-and-defence-contracting-officer.txt"
)
_PANEL = "03_nha-trang_grant-panel-feedback-letter_virologist-and-lot-release-analyst.txt"
_PARENTS = (
    "04_limon_parents-association-bulletin_"
    "crane-control-technician-and-secondary-school-student.txt"
)
_BRANCH = (
    "05_kitwe_engineering-institution-branch-newsletter_"
    "grid-control-engineer-and-scada-network-technician.txt"
)


def test_a_nickname_in_a_bracket_and_a_cover_in_quotes() -> None:
    cases = corpus_cases("corpus130", _CLINIC)
    # Not "Sophie Brandt", whose message he received, nor "Statistics Estonia".
    assert set(cases) == {"Kadri-Liis Saar", "Jevgeni Pavlovitš Orlov"}, cases
    assert {"self-surrender", "threats-leverage", "report-early", "security-office"} <= cases[
        "Kadri-Liis Saar"
    ]
    # A loan "without being asked" from an agility-club friend of months, then "A week later he
    # offered 200 euros": no stranger's offer (read 413).
    assert "unsolicited-offer" not in cases["Kadri-Liis Saar"]
    assert {"false-persona", "unsolicited-offer", "escalation", "online-report"} <= cases[
        "Jevgeni Pavlovitš Orlov"
    ]


def test_a_member_whose_name_is_kept_back_is_not_the_one_before() -> None:
    cases = corpus_cases("corpus130", _ORCHESTRA)
    assert set(cases) == {"Ian D. MacPhail", "a member of the second violins"}, cases
    # Her sixty files and her dismissal are hers, not Ian's, who sent nothing (read 413).
    assert not {"bulk-collection", "insider-access", "unexplained-money"} & cases["Ian D. MacPhail"]
    assert {"request-beyond-public", "escalation", "security-office"} <= cases["Ian D. MacPhail"]
    assert {"false-persona", "bulk-collection", "request-beyond-public", "unsolicited-offer"} <= (
        cases["a member of the second violins"]
    )


def test_a_rule_for_all_staff_is_nobody_s_story() -> None:
    cases = corpus_cases("corpus130", _PANEL)
    assert set(cases) == {"Trần Minh Khôi", "Hồ Thị Ngọc Lan"}, cases
    # "Staff may also report directly to the ... Public Security Department, by its hotline or
    # through its online reporting portal": advice, not what Dr Khôi did.
    assert not {"hotline", "online-report"} & cases["Trần Minh Khôi"]
    assert {"invitation-travel", "excessive-help-flattery", "secrecy-pressure", "report-early"} <= (
        cases["Trần Minh Khôi"]
    )
    assert {"escalation", "paid-tasks", "security-office", "unsolicited-offer"} <= cases[
        "Hồ Thị Ngọc Lan"
    ]


def test_a_boy_by_his_initial_and_not_the_speaker() -> None:
    cases = corpus_cases("corpus130", _PARENTS)
    # Not Licda. Marcela Quesada Arrieta, head of security, who gave the talk.
    assert set(cases) == {"J.", "Winston Alfredo McLeod Brown"}, cases
    assert {"covert-tradecraft", "threats-leverage", "self-surrender", "request-beyond-public"} <= (
        cases["J."]
    )
    # "J. did not plug in the USB": nothing copied.
    assert "bulk-collection" not in cases["J."]
    assert {"covert-tradecraft", "unexplained-money", "insider-access", "escalation"} <= cases[
        "Winston Alfredo McLeod Brown"
    ]


def test_the_evening_s_speaker_is_no_case() -> None:
    cases = corpus_cases("corpus130", _BRANCH)
    assert set(cases) == {"Chileshe Mwansa", "Natasha Bupe Chanda"}, cases
    assert {"cultivation", "paid-tasks", "report-early", "escalation"} <= cases["Chileshe Mwansa"]
    assert {"false-persona", "insider-access", "escalation"} <= cases["Natasha Bupe Chanda"]
