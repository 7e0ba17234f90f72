"""What corpus 108 (five documents, read once: 5 of 8 cases found on arrival, tag recall 0.36
at precision 0.88; a works council's minutes from Baie-Mahault, a shipping agent's incident
report from Mutsamudu, a school inspectorate's letter from Bobo-Dioulasso, a customs tribunal's
decision from Bluefields and a hospital's incident review from St Helier; read 320 on the
questions) showed that extraction did not read, fixed by concept: a compound given name's
initials ("J.-M. L.") where the report says it names someone by initials; the French "M." before
a surname in capitals and a hyphenated nickname ("Ti-Fritz"); a caption's parties listed by
number, then "the first appellant"; a meeting's chair and a review panel are no cases; whom
someone else met abroad is no approach abroad; cues for a debt recalled, what "would interest
the gendarmerie", and a tracker to place."""

from __future__ import annotations

from quiz.taxonomy import find_cues

from .conftest import corpus_cases

_MINUTES = "01_baie-mahault_works-council-minutes_terminal-gate-clerk-and-reach-stacker-driver.txt"
_AGENT = "02_mutsamudu_shipping-agent-incident-report_agency-boarding-clerk.txt"
_TRIBUNAL = "04_bluefields_customs-tribunal-decision_lobster-boat-captain.txt"
_REVIEW = "05_st-helier_hospital-incident-review_ward-clerk-and-hospital-porter.txt"


def test_initials_and_a_nickname_in_the_minutes() -> None:
    cases = corpus_cases("corpus108", _MINUTES)
    assert set(cases) == {"J.-M. L.", "Fritz Belfort"}, cases
    assert {"coercion", "threats-leverage", "covert-tradecraft"} <= cases["Fritz Belfort"]


def test_a_numbered_appellant() -> None:
    assert list(corpus_cases("corpus108", _TRIBUNAL)) == ["Kendrick Alvin Hodgson Downs"]


def test_a_review_panel_is_no_case() -> None:
    assert set(corpus_cases("corpus108", _REVIEW)) == {
        "Marie-Claire de la Haye",
        "João Paulo dos Santos Freitas",
    }


def test_whom_another_met_abroad() -> None:
    assert "abroad-targeting" not in corpus_cases("corpus108", _AGENT)["Anrifi Said Attoumane"]


def test_cues() -> None:
    said = (
        'Alain then reminded him of the loan and said that the photographs "would interest the '
        'gendarmerie".'
    )
    assert {"coercion", "threats-leverage"} <= set(find_cues(said))
    assert "covert-tradecraft" in find_cues(
        "In March Alain gave him a small magnetic box, which he called a tracker."
    )


def test_a_thing_placed_is_no_placement_nor_a_present_to_the_guest() -> None:
    said = "Farid had placed a very large envelope in the couple's gifts, which everybody noticed."
    assert not {"placement", "excessive-help-flattery"} & set(find_cues(said))
    assert "placement" in find_cues("They placed him in the ministry's archive as a driver.")


def test_a_documents_own_advice_shows_its_channels() -> None:
    # Read 321: the letter's measure "(f) ... must be reported the same day to the Proviseur or
    # the lycée's security focal point, or by calling the free national number 1010" was read
    # as advice (no case's report) and so as nothing at all; the base's security officer's own
    # report was quoted as where to report instead.
    from quiz.taxonomy import cue_matches

    advice = (
        "It should explain that any offer of money must be reported the same day to the "
        "Proviseur or the lycée's security focal point, or by calling the free national number "
        "1010."
    )
    assert not {"security-office", "hotline"} & cue_matches(advice).keys()
    assert {"security-office", "hotline", "report-early"} <= cue_matches(
        advice, general=True
    ).keys()
    # Only the channels: advice is still no case's story.
    offer = "Staff should report any offer of money or gifts to the security office."
    assert "unsolicited-offer" not in cue_matches(offer, general=True)
