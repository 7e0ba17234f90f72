"""What corpus 123 (five documents, read once: 7 of 9 cases found on arrival, tag recall 0.51 at
precision 0.92; a harbour master's bulletin from Marigot, a trade-union newsletter from Episkopi, a
district weekly bulletin from Port-aux-Français, a court's sentencing remarks from Sint Eustatius
and a public service staff circular from Nukunonu; read 389 on the questions, 46.3% usable) showed
that extraction did not read, fixed by concept: a name in quotes apposed between commas
('Pierre-Richard Jean-Baptiste, "P.R.", 31, is second engineer') is the name the report goes on
with; a court that calls the one before it to stand ("Mr Van Putten, please stand.") tells that
person "you" from then on, as a letter tells its addressee, and not the other defendants before;
a standing rule read out to all ("The airport's standing instruction ... is that staff who are
offered money ... report it") is nobody's; an offer of pay told in the sentence after a
stranger's first message is unsolicited, the two sentences together; and the signs said in this
material's own words (the authorities who "would enjoy reading them", notes "with her name on
them", a stick to plug in said before the stick, more than the office invoices in a good month,
"She now wanted")."""

from __future__ import annotations

from .conftest import corpus_cases, corpus_document

_BULLETIN = "01_marigot_harbour-masters-bulletin_ferry-engineer-and-customs-broker.txt"
_NEWSLETTER = (
    "02_episkopi_trade-union-newsletter_court-interpreter-and-medical-centre-it-technician.txt"
)
_WEEKLY = (
    "03_port-aux-francais_district-weekly-bulletin_tracking-station-technician-and-radio-"
    "technician.txt"
)
_REMARKS = "04_sint-eustatius_sentencing-remarks_afis-assistant-and-afis-trainee.txt"
_CIRCULAR = "05_nukunonu_public-service-staff-circular_fisheries-monitoring-officer.txt"


def test_a_nickname_in_quotes_between_commas() -> None:
    cases = corpus_cases("corpus123", _BULLETIN)
    # Not the ferry's master, who found the camera P.R. had fitted.
    assert set(cases) == {"Jean-Michel Gumbs", "Pierre-Richard Jean-Baptiste"}, cases
    # "BlueLine had "every photo, every payment, with your name" and that the Gendarmerie "would
    # be interested""; "an encrypted messaging app set to delete messages after 24 hours".
    assert {"threats-leverage", "coercion", "covert-tradecraft"} <= cases[
        "Pierre-Richard Jean-Baptiste"
    ]
    # P.R.'s threats are not the customs broker's; his own: "more than his office invoices in a
    # good month", "She now wanted ...", "a copy of the quay plan from the Port Facility
    # Security Plan", and the offer in the sentence after the LinkedIn message.
    broker = cases["Jean-Michel Gumbs"]
    assert not {"threats-leverage", "coercion", "covert-tradecraft"} & broker
    assert {
        "disproportionate-reward",
        "escalation",
        "request-beyond-public",
        "unsolicited-offer",
    } <= broker


def test_the_offer_after_a_strangers_first_message_is_quoted_with_it() -> None:
    from quiz.extract import extract

    (broker,) = [
        c
        for c in extract([corpus_document("corpus123", _BULLETIN)]).cases
        if c.name == "Jean-Michel Gumbs"
    ]
    (tag,) = [t for t in broker.tags if t.id == "unsolicited-offer"]
    quote = tag.evidence[0].quote
    assert quote.startswith("In June he received a LinkedIn message") and "She offered USD 350" in (
        quote
    )


def test_a_court_tells_the_one_it_sentences_you() -> None:
    cases = corpus_cases("corpus123", _REMARKS)
    assert set(cases) == {"Dwayne Kenrick Van Putten", "Akeelah J. Berkel-Schmidt"}, cases
    sentenced = cases["Dwayne Kenrick Van Putten"]
    # "urged you to apply for the vacancy of marine coordinator"; "you bought a ticket for the
    # last flight off the island"; "AeroSight "has your name on every page""; "a messaging app
    # that deleted messages after a day".
    assert {
        "placement",
        "sudden-exit",
        "threats-leverage",
        "coercion",
        "covert-tradecraft",
        "bulk-collection",
        "unexplained-money",
    } <= sentenced
    # Not the drink-driver's crash before him, nor the court weighing his confession, nor a
    # ticket he bought himself, nor the standing instruction read out to all.
    assert (
        not {
            "personal-vulnerability",
            "self-surrender",
            "excessive-help-flattery",
            "hotline",
        }
        & sentenced
    )
    # "an account calling itself AeroSight Caribbean ... offering her a "remote aviation data
    # internship""; "showed them to the airport manager".
    assert {"false-persona", "unsolicited-offer", "security-office"} <= cases[
        "Akeelah J. Berkel-Schmidt"
    ]


def test_an_interpreter_threatened_and_a_technician_given_a_stick() -> None:
    cases = corpus_cases("corpus123", _NEWSLETTER)
    assert set(cases) == {
        "Eleni Hadjigeorgiou-Stylianou",
        "a 27-year-old network technician",
    }, cases
    # "held all her notes with her name on them"; "the Administration's security branch".
    assert {"threats-leverage", "coercion", "security-office", "self-surrender"} <= cases[
        "Eleni Hadjigeorgiou-Stylianou"
    ]
    # "plug a USB "licence key" into one of the medical centre's servers"; "Because he
    # reported before he did anything"; not copying in bulk for handing the key in.
    technician = cases["a 27-year-old network technician"]
    assert {"covert-tradecraft", "report-early"} <= technician
    assert "bulk-collection" not in technician


def test_a_volunteer_and_a_technician_on_a_polar_station() -> None:
    cases = corpus_cases("corpus123", _WEEKLY)
    # "more than two months of her volunteer's allowance"; the offer after the email.
    assert {"disproportionate-reward", "unsolicited-offer", "security-office"} <= cases[
        "Maëlys Nguyen-Payet"
    ]


def test_a_reason_for_secrecy_is_no_threat() -> None:
    cases = corpus_cases("corpus123", _CIRCULAR)
    fetu = cases["Fetu Kelekolio"]
    # "because "the Taupulega and your Director would not understand our ministry"" asks for
    # secrecy; "she brought the messages to the Director of Fisheries".
    assert "secrecy-pressure" in fetu and "security-office" in fetu
    assert not {"threats-leverage", "coercion"} & fetu
