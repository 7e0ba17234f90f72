"""What corpus 110 (five documents, read once: 4 of 8 cases found on arrival, tag recall 0.35
at precision 0.90; a mosque committee's notice from Lumut, a port captaincy's letter to fishers'
unions from Talcahuano, a neighbourhood association's circular from Sasebo, the record of a
security briefing at a state residence in Bishkek and a loss adjuster's report from Takoradi;
read 326 on the questions) showed that extraction did not read, fixed by concept: Malaysia's
"Ustazah" and a given name that is also a word ("Nor Hidayah binti Kamarudin"), and who passed a
report on ("..., who brought it to the base security office") is no case; a surname-first name
in capitals with the name in its own script after it ("TOKUNAGA Shigeru (徳永 茂)") and a nickname
with a Japanese honorific ("Shige-san"), what a case sent the contact ("sent him recordings and
notes") is no handler's gift, a police rank before a name and a talk about approaches ("gave a
short talk ... about people who try to obtain information") say who spoke, not who was
approached; Kyrgyz honorifics joined to a name ("Aigerim-eje", "Timur-baike") and a nickname
after "uulu", a relative's things ("Ermek's fine") make no sentence theirs; a report by telephone
to the duty officer "of the Security Department"; and a job said before the name with a title
between ("a crew-boat dispatcher, Miss Araba Mansa Ocran")."""

from __future__ import annotations

from quiz.taxonomy import find_cues

from .conftest import corpus_cases, corpus_document

_MOSQUE = "01_lumut_mosque-committee-notice_religious-teacher-and-dockyard-apprentice.txt"
_CAPTAINCY = "02_talcahuano_port-captaincy-letter-to-fishers-unions_artisanal-fisherman.txt"
_KAIRANBAN = "03_sasebo_neighbourhood-kairanban_apartment-block-manager.txt"
_BRIEFING = (
    "04_bishkek_unscheduled-security-briefing-record_residence-gardener-and-motor-pool-driver.txt"
)
_CLAIM = (
    "05_takoradi_fidelity-claim-assessment_escort-scheduling-officer-and-crew-boat-dispatcher.txt"
)


def test_an_ustazah_and_not_the_officer_who_passed_her_report_on() -> None:
    cases = corpus_cases("corpus110", _MOSQUE)
    assert set(cases) == {"Nor Hidayah binti Kamarudin", "Muhammad Aiman Hakimi bin Zulkifli"}
    assert {"secrecy-pressure", "security-office"} <= cases["Nor Hidayah binti Kamarudin"]


def test_a_surname_first_name_with_its_own_script_and_a_san_nickname() -> None:
    cases = corpus_cases("corpus110", _KAIRANBAN)
    # (Not Police Sergeant ŌKUBO Takumi, who gave the talk and took the report.)
    assert list(cases) == ["TOKUNAGA Shigeru"], cases
    shige = cases["TOKUNAGA Shigeru"]
    assert {"online-approach", "self-surrender", "paid-tasks"} <= shige, shige
    # The contact's cover, "a Japanese living abroad", puts no one abroad.
    assert "abroad-targeting" not in shige


def test_kyrgyz_honorifics_and_a_relatives_things() -> None:
    cases = corpus_cases("corpus110", _BRIEFING)
    # (Not the gardener's detained brother, whose fine the "lawyer" paid.)
    assert set(cases) == {"Aigerim Sadyr kyzy", "Bakyt Nurlan uulu"}, cases
    assert {"self-surrender", "security-office"} <= cases["Aigerim Sadyr kyzy"]
    assert {"security-office", "report-early"} <= cases["Bakyt Nurlan uulu"]


def test_a_skipper_and_a_loss_adjusters_two_cases() -> None:
    assert list(corpus_cases("corpus110", _CAPTAINCY)) == ["Juan Segundo Riquelme Sáez"]
    assert set(corpus_cases("corpus110", _CLAIM)) == {"Francis Kobina Eshun", "Araba Mansa Ocran"}


def test_a_handling_marking_is_no_title() -> None:
    # Read 326: "The case of ... (PRIVATE AND CONFIDENTIAL — PREPARED FOR INSURERS)".
    assert corpus_document("corpus110", _CLAIM).headline is None


def test_cues() -> None:
    cover = (
        "On that forum, early last year, he began chatting with a man who called himself MORI "
        "Kenji and said he was a retired ship's radio officer, a Japanese living abroad."
    )
    assert "abroad-targeting" not in find_cues(cover)
    assert "online-approach" in find_cues(cover)
    assert "abroad-targeting" in find_cues("He was approached while working abroad in Dubai.")
    rang = (
        "That same evening he telephoned the duty officer of the Security Department and came in "
        "the next morning with Timur's number."
    )
    assert "security-office" in find_cues(rang)


def test_a_reports_recommendations_are_nobodys_story() -> None:
    # "7. Risk improvement recommendations": "(3) Reporting: ... Staff should take any such
    # approach the same day to their head of department" is the report's advice, which shows its
    # channels (read 327 found its system controls quoted instead), not what the case did; nor
    # what an audit's "4. RECOMMENDATIONS" would block ("block bulk export") a driver's doing
    # (corpus 90).
    from quiz.extract import extract

    claim = extract([corpus_document("corpus110", _CLAIM)])
    eshun = next(c for c in claim.cases if c.name == "Francis Kobina Eshun")
    told = [e.quote for hit in eshun.tags for e in hit.evidence]
    assert not any(q.startswith("Staff should take") for q in told), told
    [summary] = claim.documents
    channel = next(hit for hit in summary.tags if hit.id == "security-office")
    assert any(e.quote.startswith("Staff should take") for e in channel.evidence)
    audit = corpus_cases(
        "corpus90", "05_cotonou_compliance-audit-report_customs-declarant-and-driver.txt"
    )
    assert not {"bulk-collection", "online-approach"} & audit["DOSSOU Kossi"], audit


def test_what_was_shown_to_the_officer_is_no_present() -> None:
    # Read 327: "showed the officer his computer, the gift-card emails and his notes" quoted for
    # "favours, presents and praise from the contact".
    shown = (
        "The next morning he went to the police box with his daughter, NAKASHIMA Mayumi, who "
        "had come from Fukuoka, and showed the officer his computer, the gift-card emails and "
        "his notes."
    )
    assert not {"excessive-help-flattery", "cultivation", "online-approach"} & set(find_cues(shown))
    assert "excessive-help-flattery" in find_cues(
        "Mori-san sent him a rare part for his old transceiver and praised his knowledge."
    )
