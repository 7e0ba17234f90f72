"""What corpus 139 (five documents, read once on 1805b5d: 8 of 10 cases found on arrival, tag
recall 0.55 at precision 0.94; a mountain guides' association newsletter from Funchal, a citrus
cooperative's circular from Lentini, an RCMP detachment's report to council from Iqaluit, a
temple bulletin from Magong and a boda-boda stage's minutes from Mokowe) showed that extraction
did not read, fixed by concept: whoever "also works as" a trade is a person; a post's letters
said with an article ("the OCS") are no surname; a go-between charged for what a handler paid
him to do is a case, not the handler; a trade told by what is done ("farms nine hectares",
"the fundi who repairs our bikes", "a soapstone carver who sells his work") or owned ("the
owner of a seafood restaurant"), and never the trade a contact claimed ("She said she was a
nurse"); and the signs as these reports word them (a sum offered, then what such work
normally earns; a fare set against what was paid; a first morning called ordinary; a watch
kept on a gate; a loan from an old school friend when the bank would not; past cooperation held
over the person; the head of one's own association told)."""

from __future__ import annotations

from .conftest import case_frame, corpus_cases, corpus_material

_GUIDES = (
    "01_funchal_mountain-guides-association-newsletter_"
    "mountain-guide-and-minibus-transfer-driver.txt"
)
_CITRUS = (
    "02_lentini_citrus-cooperative-members-circular_citrus-grower-and-irrigation-field-guard.txt"
)
_RCMP = (
    "03_iqaluit_rcmp-detachment-report-to-council_"
    "soapstone-carver-and-airport-equipment-operator.txt"
)
_TEMPLE = "04_magong_temple-bulletin_seafood-restaurant-owner-and-navy-signals-petty-officer.txt"
_STAGE = "05_mokowe_boda-boda-stage-meeting-minutes_boda-boda-rider-and-motorcycle-mechanic.txt"


def test_a_member_who_also_works_as_a_field_guard(tmp_path_factory) -> None:
    cases = corpus_cases("corpus139", _CITRUS)
    assert set(cases) == {"Salvatore Nicosia", "C. Lo Presti"}, cases
    # "reported it to the consortium director"; "about twice his consortium salary".
    assert {"security-office", "disproportionate-reward", "report-early"} <= cases["C. Lo Presti"]
    # "reminded him that he had taken about EUR 14,000 ... better for his family if he carried
    # on"; "He offered EUR 1,800 a month ... Our office estimates that such a corner would rent
    # for less than a hundred euros a year."
    assert {
        "threats-leverage",
        "coercion",
        "disproportionate-reward",
        "unexplained-money",
    } <= cases["Salvatore Nicosia"]
    material = corpus_material("corpus139", tmp_path_factory)
    guard = case_frame(material, "C. Lo Presti")
    assert (guard.role, guard.workplace.place) == ("a field guard", "an irrigation consortium")
    grower = case_frame(material, "Salvatore Nicosia")
    assert (grower.role, grower.self_employed) == ("a farmer", True)


def test_a_post_said_with_an_article_is_no_case() -> None:
    cases = corpus_cases("corpus139", _STAGE)
    assert set(cases) == {"Hassan bin Athman", "Omar Abdalla Shee"}, cases
    # "They paid him KSh 4,000 a day when a ride to Hindi costs KSh 300."
    assert {"disproportionate-reward", "covert-tradecraft", "escalation"} <= cases[
        "Hassan bin Athman"
    ]
    # A present is no payment: "cleared his bike loan and bought a second bike in cash".
    assert "excessive-help-flattery" not in cases["Hassan bin Athman"]
    assert {
        "threats-leverage",
        "personal-vulnerability",
        "report-early",
        "security-office",
    } <= cases["Omar Abdalla Shee"]


def test_a_go_between_charged_is_a_case(tmp_path_factory) -> None:
    cases = corpus_cases("corpus139", _TEMPLE)
    assert set(cases) == {"HUNG Chin-tsai", "Yen Shih-hao"}, cases
    # Resigning from the temple's committee once charged is no flight.
    assert "sudden-exit" not in cases["HUNG Chin-tsai"]
    assert {"disclosed-affiliation", "secrecy-pressure"} <= cases["Yen Shih-hao"]
    assert "cultivation" not in cases["Yen Shih-hao"]
    material = corpus_material("corpus139", tmp_path_factory)
    owner = case_frame(material, "HUNG Chin-tsai")
    assert (owner.role, owner.workplace.place) == ("the owner", "a seafood restaurant")


def test_a_claimed_trade_is_not_the_persons(tmp_path_factory) -> None:
    material = corpus_material("corpus139", tmp_path_factory)
    mechanic = case_frame(material, "Omar Abdalla Shee")
    assert (mechanic.role, mechanic.workplace.place) == ("a bike mechanic", "a repair workshop")
    carver = case_frame(material, "Simeonie Qillaq")
    assert (carver.role, carver.self_employed) == ("a soapstone carver", True)


def test_a_guide_and_a_driver_an_old_friend_approached() -> None:
    cases = corpus_cases("corpus139", _GUIDES)
    assert set(cases) == {"Rui Miguel Gouveia de Freitas", "a minibus transfer driver"}, cases
    # "He offered EUR 900 a day. Our recommended day rate is EUR 180."
    assert {"disproportionate-reward", "escalation", "request-beyond-public"} <= cases[
        "Rui Miguel Gouveia de Freitas"
    ]
    assert {"cultivation", "personal-vulnerability", "excessive-help-flattery", "report-early"} <= (
        cases["a minibus transfer driver"]
    )


def test_a_carver_and_a_snow_clearer() -> None:
    cases = corpus_cases("corpus139", _RCMP)
    assert set(cases) == {"Simeonie Qillaq", "Thomas Aqqiaruq Ikkidluak"}, cases
    assert {"hotline", "secrecy-pressure", "excessive-help-flattery"} <= cases["Simeonie Qillaq"]
    assert "false-persona" in cases["Thomas Aqqiaruq Ikkidluak"]
