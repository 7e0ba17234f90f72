"""What corpus 118 (five documents, read once: 3 of 8 cases found on arrival, tag recall 0.23
at precision 0.81; a customs audit's report from Koper, a union's casework note from Shannon, an
attestation commission's minutes from Bălți, a probation evaluation from Bariloche and a trade
delegation's report from Changwon; read 367 on the questions, 38.6% usable) showed that
extraction did not read, fixed by concept: a record's "Member:" and "Employee:" are whom "the
member" ("Member very upset") and "the employee" mean; the married or English name a record
says the person uses ("uses her married name, Sinéad Hegarty"; 'uses the English name "Hailey
Yoon"') is the person's; initials before a surname written first ("V. G. Țurcanu" of "Țurcanu
Vitalie Gheorghe") are that name; a post written as a name ("the Security and Information
Protection Manager") never takes over whom "she" means; whom a passive names as the interviewer
is not the "she" after it; a lender's name, a feast before a name and "gave him nothing" are no
people nor recruiters' acts; and cues for a threat to ruin, an offer in a private message, a
request for owners' names and addresses, a camera to watch a site's gate, "nobody at work needed
to know", "not only a trader", a partnership proposed, a company no one can trace; and not a
log's own "Requested the audit extract", "nothing ... left the company" taken for leaving, a
fence "weak", an offer "posted in a local Telegram channel" taken for a posting abroad, the
person's own report "to his company's security officer" taken for a threat, or photographs that
"would be sent ... to social media" taken for an approach online."""

from __future__ import annotations

from quiz.taxonomy import cue_matches

from .conftest import corpus_cases

_AUDIT = "01_koper_aeo-monitoring-report_bonded-warehouse-supervisor-and-stock-control-clerk.txt"
_CASEWORK = "02_shannon_union-casework-note_vehicle-registration-clerk.txt"
_MINUTES = (
    "03_balti_attestation-commission-minutes_relay-protection-engineer-and-overhead-line-inspector"
    ".txt"
)
_EVALUATION = "04_bariloche_probation-period-evaluation_satellite-thermal-control-engineer.txt"
_DELEGATION = (
    "05_changwon_exhibition-delegation-report_integrated-bridge-systems-engineer-and-overseas"
    "-sales-coordinator.txt"
)


def test_a_casework_note_s_member_is_its_case_by_the_name_on_her_file() -> None:
    cases = corpus_cases("corpus118", _CASEWORK)
    # Not the lender's name ("Ardfield Finance"), nor the married name she uses as another person.
    assert set(cases) == {"Sinéad Ní Mhurchú"}, cases
    assert {
        "personal-vulnerability",
        "online-approach",
        "unsolicited-offer",
        "excessive-help-flattery",
        "request-beyond-public",
        "insider-access",
        "secrecy-pressure",
        "threats-leverage",
    } <= cases["Sinéad Ní Mhurchú"]


def test_an_evaluation_s_employee_is_the_case_whatever_post_is_named_between() -> None:
    cases = corpus_cases("corpus118", _EVALUATION)
    assert set(cases) == {"María Belén Ferraro"}, cases
    tags = cases["María Belén Ferraro"]
    assert {
        "abroad-targeting",
        "excessive-help-flattery",
        "invitation-travel",
        "escalation",
        "request-beyond-public",
        "secrecy-pressure",
        "security-office",
    } <= tags
    # "nothing about PATAGON-2 left the company": what did not leave, not who did.
    assert "sudden-exit" not in tags


def test_initials_before_a_surname_written_first_are_that_name() -> None:
    cases = corpus_cases("corpus118", _MINUTES)
    assert set(cases) == {"Țurcanu Vitalie Gheorghe", "Covalenco Denis Ivanovici"}, cases
    assert {"disclosed-affiliation", "escalation", "secrecy-pressure", "report-early"} <= cases[
        "Țurcanu Vitalie Gheorghe"
    ]
    covalenco = cases["Covalenco Denis Ivanovici"]
    assert {"online-approach", "false-persona", "insider-access", "secrecy-pressure"} <= covalenco
    # "posted in a local Telegram channel" is no posting abroad; "the fence is weak" is no
    # weakness of his.
    assert not {"abroad-targeting", "personal-vulnerability"} & covalenco


def test_the_english_name_a_person_uses_is_theirs() -> None:
    cases = corpus_cases("corpus118", _DELEGATION)
    assert set(cases) == {"Park Seong-min", "Yoon Ha-eun"}, cases
    park = cases["Park Seong-min"]
    assert {"invitation-travel", "unsolicited-offer", "false-persona", "secrecy-pressure"} <= park
    # His own report to his company's security officer is no threat against him.
    assert not {"threats-leverage", "coercion"} & park
    yoon = cases["Yoon Ha-eun"]
    assert {"compromising-relationship", "threats-leverage", "request-beyond-public"} <= yoon
    assert "online-approach" not in yoon


def test_a_job_apposed_with_the_and_a_person_referred_to_by_initials() -> None:
    cases = corpus_cases("corpus118", _AUDIT)
    assert set(cases) == {"Boštjan Žagar", "N. H."}, cases
    assert {"unsolicited-offer", "request-beyond-public", "security-office"} <= cases[
        "Boštjan Žagar"
    ]


def test_what_the_cues_of_corpus_118_read_and_do_not() -> None:
    said = {
        "threats-leverage": "He had kept screenshots of everything, which would finish you.",
        "online-approach": 'Within a day she had a private message from "Ardfield Finance".',
        "request-beyond-public": (
            "In November he asked for the registered owner's name and address for three numbers."
        ),
        "covert-tradecraft": (
            "At the beginning of May he sent to a parcel locker a small camera with a SIM card."
        ),
        "disclosed-affiliation": 'He told him that he was "not only a trader".',
        "false-persona": "Company A could find no trace of a registered company called Meridian.",
    }
    for tag, sentence in said.items():
        assert tag in cue_matches(sentence), (tag, sentence)
    not_said = {
        "request-beyond-public": "Requested the audit extract and the terms of reference.",
        "sudden-exit": "Because she came to us, nothing about the satellite left the company.",
        "personal-vulnerability": "He asked where the substation fence is weak.",
        "abroad-targeting": "He replied to an offer posted in a local Telegram channel.",
        "threats-leverage": "He submitted the report to his company's security officer.",
        "online-approach": "He said the photos would be sent to her parents and to social media.",
    }
    for tag, sentence in not_said.items():
        assert tag not in cue_matches(sentence), (tag, sentence)
