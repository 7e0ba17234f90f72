"""What corpus 138 (five documents, read once on c8b544a: 4 of 10 cases found on arrival, tag
recall 0.29 at precision 0.92; a craft guild's bulletin from Spiez, a fishing cooperative's
notice from Alexandroupolis, a brotherhood's Lenten bulletin from Rota, a shopping street's
newsletter from Misawa and a Country Women's Association branch newsletter from Alice Springs)
showed that extraction did not read, fixed by concept: a father's name after the name ("of
Georgios") before the name people use, and a familiar title joined to it ("Kapetan-Stratos");
the name people use bare between commas before an age or a clause ("Panagiotis Moschos, Takis,
aged 27", "Bernadette O'Loughlin, Bernie, who owns"); a member known by the business they ran,
whose name the report says it is not printing; a refusal ("told him no") and what was taken to
the police; a lender is no bank to work at; and the signs as these reports word them (more than
the person makes in two months, what they would normally charge, an app the contact installed,
a loan to be called in, a business in difficulty)."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_BULLETIN = "01_spiez_craft-guild-bulletin_laboratory-glassblower-and-glassblowing-apprentice.txt"
_NOTICE = "02_alexandroupolis_fishing-cooperative-notice_net-mender-and-ice-plant-operator.txt"
_LENTEN = "03_rota_brotherhood-lenten-bulletin_taxi-owner-and-florist.txt"
_NEWSLETTER = (
    "04_misawa_shopping-street-association-newsletter_used-car-dealer-and-izakaya-owner.txt"
)
_CWA = "05_alice-springs_cwa-branch-newsletter_balloon-pilot-and-childcare-educator.txt"


def test_a_fathers_name_and_a_nickname_bare_between_commas() -> None:
    cases = corpus_cases("corpus138", _NOTICE)
    assert set(cases) == {"Efstratios Tsakiridis", "Panagiotis Moschos"}, cases
    assert {"unexplained-money", "bulk-collection"} <= cases["Panagiotis Moschos"]


def test_a_nickname_before_whose_and_signs_of_a_landlords_tenant() -> None:
    cases = corpus_cases("corpus138", _LENTEN)
    assert set(cases) == {
        "Francisco Javier Márquez Ortega",
        "María de los Ángeles Lobato de la Cruz",
    }, cases
    assert {"threats-leverage", "covert-tradecraft", "false-persona", "report-early"} <= cases[
        "Francisco Javier Márquez Ortega"
    ]
    # "For a chapel arrangement Mariángeles normally charges about 200 euros."
    assert "disproportionate-reward" in cases["María de los Ángeles Lobato de la Cruz"]


def test_a_member_known_by_the_business_he_ran(tmp_path_factory) -> None:
    cases = corpus_cases("corpus138", _NEWSLETTER)
    assert set(cases) == {"a member", "Kudō Haruki"}, cases
    assert {"threats-leverage", "covert-tradecraft", "personal-vulnerability"} <= cases["a member"]
    material = corpus_material("corpus138", tmp_path_factory)
    member = case_frame(material, "a member")
    # (Not "at a bank": "the bank had refused him a further loan".)
    assert (member.role, member.workplace.place) == ("the owner", "a used-car business")
    izakaya = case_frame(material, "Kudō Haruki")
    assert (izakaya.role, izakaya.workplace.place) == ("the owner", "an izakaya")


def test_a_nickname_before_who() -> None:
    cases = corpus_cases("corpus138", _CWA)
    assert set(cases) == {"Bernadette O'Loughlin", "Kylie-Anne Tran"}, cases


def test_a_glassblower_and_an_apprentice() -> None:
    cases = corpus_cases("corpus138", _BULLETIN)
    assert set(cases) == {"Andreas von Känel", "Lea Bühlmann"}, cases
