"""What corpus 170 (five pieces of local news, read once on 3d02139: 9 of 10 cases found, tag
recall 0.68 at precision 0.92; a Bodø radio station's bulletin transcript, a Durban trade
newspaper's story, a Pyeongtaek community newspaper's follow-up, a Cold Lake year-in-review
supplement and a Rockingham Sunday magazine's long read) showed: a transcript's speaker label of
three words in capitals ("ELLE MÁRJÁ EIRA:") is the speaker the text names, so her turns are hers
and not the reporter's who introduced her; a broadcaster ("this is Radio Salten") is no person;
a court reference's initials ("K.O. Strand") are the hyphenated given name's ("Kjell-Ove"); a job
held until lately, a trader's, a drafter's; who runs a shop beside a name's possessive runs it,
not the one named; an employer worked for ("the City of Rockingham"), a forwarder, a yard told by
what it builds, an engineering firm; and a witness to someone's character saying he "always paid
his bill", or the person handing the contact's phone to the security service, are no sign."""

from __future__ import annotations

from pathlib import Path

from quiz.documents import Document
from quiz.extract import extract

from .conftest import corpus_cases, corpus_document, corpus_facts

_RADIO = (
    "01_bodo_regional-radio-news-bulletin-transcript_defence-estates-caretaker-and-freelance-"
    "press-photographer.txt"
)
_TRADE = (
    "02_durban_trade-newspaper-story_munitions-export-shipping-coordinator-and-shipbuilding-"
    "quality-manager.txt"
)
_FOLLOW_UP = (
    "03_pyeongtaek_community-newspaper-follow-up_solar-panel-installer-and-ferry-bottari-trader.txt"
)
_YEAR = (
    "04_cold-lake_year-in-review-supplement_electrical-drafter-and-caribou-research-biologist.txt"
)
_LONG_READ = (
    "05_rockingham_sunday-magazine-long-read_economic-development-officer-and-apprentice-marine-"
    "electrician.txt"
)


def test_the_photographer_who_speaks_in_her_own_turns() -> None:
    # "SUNNIVA BAKKE: Elle Márjá Eira is 34 ... ELLE MÁRJÁ EIRA: It was from a woman who signed
    # as Lena Kraus": the reporter's story was hers, and "this is Radio Salten" is a station.
    cases = corpus_cases("corpus170", _RADIO)
    assert set(cases) == {"Kjell-Ove Strand", "Elle Márjá Eira"}, cases
    assert {"unsolicited-offer", "covert-tradecraft", "online-report"} <= cases["Elle Márjá Eira"]


def test_a_three_word_heading_in_capitals_is_still_no_speaker(tmp_path: Path) -> None:
    # A log's heading of three words ("DUTY EVENT LOG:") names nobody the text writes as a name.
    text = (
        "DUTY EVENT LOG: night of 3 May.\n\nAMIR HADDAD: I came on at ten.\n\nLENA KOVAC: "
        "I relieved him.\n\nAMIR HADDAD: A man asked me for the roster.\n"
    )
    (tmp_path / "log.txt").write_text(text, encoding="utf-8")
    doc = Document.read(tmp_path / "log.txt", "log.txt")
    names = {c.name for c in extract([doc]).cases}
    assert not {n for n in names if "Duty" in n or "Event" in n}, names


def test_jobs_held_until_lately_and_traded() -> None:
    assert corpus_facts("corpus170", _TRADE, "role")["Rajen Moodley"] == [
        "export shipping coordinator"
    ]
    assert corpus_facts("corpus170", _TRADE, "sector")["Rajen Moodley"] == ["shipping"]
    assert "bottari trader" in corpus_facts("corpus170", _FOLLOW_UP, "role")["Kwon Sang-hoon"]


def test_the_shop_someone_else_runs() -> None:
    # "A 60-year-old woman who runs the convenience store below Seo's old office said he always
    # paid his bill": her shop, and his own bill.
    roles = corpus_facts("corpus170", _FOLLOW_UP, "role")["Seo"]
    assert "store manager" not in roles, roles
    assert roles == ["solar panel installer"]
    seo = [c for c in extract([corpus_document("corpus170", _FOLLOW_UP)]).cases if c.name == "Seo"]
    assert not [e for hit in seo[0].tags for e in hit.evidence if "paid his bill" in e.quote], (
        "a bill he paid himself"
    )


def test_the_phone_handed_to_the_security_service_is_his_report() -> None:
    (kwon,) = [
        c
        for c in extract([corpus_document("corpus170", _FOLLOW_UP)]).cases
        if c.name == "Kwon Sang-hoon"
    ]
    told = {
        hit.id: [e.quote for e in hit.evidence]
        for hit in kwon.tags
        if hit.id in ("covert-tradecraft", "secrecy-pressure")
    }
    assert set(told) == {"covert-tradecraft", "secrecy-pressure"}
    assert not [q for quotes in told.values() for q in quotes if "told them everything" in q]


def test_workplaces_by_whom_the_person_works_for() -> None:
    assert corpus_facts("corpus170", _TRADE, "sector")["Hendrik Jacobus Swanepoel"][0] == (
        "shipyard"
    )
    assert corpus_facts("corpus170", _LONG_READ, "sector")["Megan Louise O'Halloran"][0] == (
        "local government"
    )
    assert corpus_facts("corpus170", _YEAR, "sector")["Derek W. Halvorsen"] == ["engineering"]
    assert corpus_facts("corpus170", _YEAR, "sector")["Anna-Lise Kowalczuk"] == ["government"]
