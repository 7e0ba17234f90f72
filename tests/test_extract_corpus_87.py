"""What corpus 87 (five documents, read once: 2 of 9 cases found on arrival, tag recall 0.21 at
precision 0.85; an exported e-mail thread, a port's pass-review interview record, a border
police incident report, a hotel night manager's log and a post-travel debrief form) showed that
extraction and generation did not read, fixed by concept: a father's name in brackets between
the given name and a surname in capitals ("Ilir (Bujar) HOXHA"); "the citizen", a police
report's term for whom it is about; a job said before a name in lower case ("the electrician
Arjan ÇELA"); both surnames in capitals before the given names on a form ("CEDEÑO VERA, María
Augusta"); a signature field ("Signed: M. A. Cedeño V.") and initials with a surname for a
longer name; who writes a log ("Entries by the Night Manager, Salim Khamis Mohammed"); a name in
quotes a stranger went by ('a man who said he ran a tour company, "Mr Leo"'); a security
officer named with the post; a case a report sets beside its own ("Compare this with what
happened ...: a technician"); the "I" of each e-mail in an exported thread, not of a message
forwarded inside it; the words of a form's heading, no name; then, from a blind read of its
questions (read 272): a phone sealed as evidence is no request for one; "No other gifts" is
no present; a quote that says "the same again" takes what was said.
The corpus is held to the bars of tests/test_extract_unseen.py: on 2026-12-03 it gives 7 of
its 9 cases, tag recall 0.60 at 0.89 (the night manager, whose log rarely says "I", and an
inspector the debrief describes in one paragraph are not found yet)."""

from __future__ import annotations

from pathlib import Path

from quiz.documents import Document
from quiz.extract import _read_people
from quiz.families.base import _POINTS_BACK

from .test_extract_corpus_76 import _found


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return _read_people(Document.read(path, path.name)).people


def test_a_fathers_name_in_brackets_and_the_citizen(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "INCIDENT REPORT\n\n"
        "At 21:40 the officer stopped a car driven by the citizen Ilir (Bujar) HOXHA, born 1989, "
        "employed as an electrician at the air base. The citizen was carrying two USB sticks "
        "with drawings he had downloaded from the base's server.\n\n"
        "The citizen stated that in January he was contacted on a dating application by a "
        'woman using the name "Natalia", who asked him for drawings of the base for a fee. '
        "HOXHA was arrested and handed to the prosecutor.\n",
    )
    assert "Ilir Hoxha" in cases, cases
    assert "bulk-collection" in cases["Ilir Hoxha"] or "online-approach" in cases["Ilir Hoxha"]
    assert not {"Bujar", "Natalia"} & set(cases)


def test_a_job_before_a_name_and_a_security_officer_named_with_the_post(tmp_path: Path) -> None:
    text = (
        "The following was provided in writing by Major Dritan Lleshi, security officer of the "
        "air base.\n\n"
        "On 5 August the electrician Arjan ÇELA received a message on a dating application "
        'from a profile "Marina", who asked where exactly he worked and whether he could help '
        "with her study of the apron lighting for a fee. The next morning he showed the "
        "messages to his section chief and to Major Lleshi and did not answer again. Nothing "
        "was lost through ÇELA.\n"
    )
    people = _people(tmp_path, text)
    # "the electrician Arjan ÇELA": the report's word for a job, before a name, is a person's.
    assert people["Arjan Çela"].person_hits >= 1
    # Whoever runs the base's security reports as part of the job, and is never the case.
    assert people["Dritan Lleshi"].bench
    cases = _found(tmp_path, text)
    assert "Arjan Çela" in cases and "Dritan Lleshi" not in cases, cases


def test_a_forms_surnames_first_signature_and_initials(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "POST-TRAVEL DEBRIEF\n\n"
        "Surname(s), given names:   CEDEÑO VERA, María Augusta\n"
        "Post:                      Inspector\n\n"
        "On the second day a man introduced himself as Dr. Iván Kessler and invited me to "
        "dinner. He offered me paid consulting work and asked me to send inspection files to "
        "a private e-mail address and not to tell my office. I refused and reported it.\n\n"
        "Signed: M. A. Cedeño V.\n",
    )
    assert "María Augusta Cedeño Vera" in people, list(people)
    assert "M. A. Cedeño" not in people  # the signature is hers
    assert people["María Augusta Cedeño Vera"].signed


def test_who_writes_a_log_and_a_strangers_name_in_quotes(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "Night shift. Entries by the Night Manager, Salim Khamis Mohammed, unless signed "
        "otherwise.\n\n"
        "02:10 The relief receptionist Mwanaisha Juma Haji asked to speak to me. She said she "
        "had been giving copies of guests' passports to a man who said he ran a tour company, "
        '"Mr Leo", who paid her for each copy. She was dismissed.\n',
    )
    assert people["Salim Khamis Mohammed"].signed
    assert people["Leo"].contact


def test_a_case_set_beside_the_reports_own_is_not_the_one_named_before(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "In May Elena Petrova, a SCADA engineer, received two LinkedIn messages from a stranger "
        "who offered her EUR 3,000 for a study and then asked for the network drawings. She did "
        "not reply and reported the approach to her manager and to security the next morning.\n\n"
        "Because Elena came to us after the first question, nothing left the company. Compare "
        "this with what happened at the substation in 2021: a technician employed by one of our "
        "subcontractors was recruited online through a freelancing site. Over some months he "
        "copied the network drawings to a USB stick and sent them abroad; he was paid in "
        "cryptocurrency. When asked about the missing files he resigned and left the country. "
        "He was arrested at the border.\n",
    )
    assert "Elena Petrova" in cases and "a technician" in cases, cases


def test_each_email_of_a_thread_is_its_senders() -> None:
    # "Goran, ... I am forwarding two LinkedIn messages I received": the "I" is the sender's,
    # not the addressee's named just before; a message forwarded inside it is nobody's here.
    from quiz.extract import _owners

    text = (
        "Export of e-mail thread\n\n"
        "From: Elena Petrova <e.petrova@example.mk>\n"
        "To: Goran Trajkov <g.trajkov@example.mk>\n"
        "Subject: Fwd: Opportunity\n\n"
        "Goran,\n\n"
        "I am forwarding two LinkedIn messages I received from someone I do not know. He "
        "offered me EUR 3,000 for a study and then asked for our network drawings.\n\n"
        "---------- Forwarded message ----------\n"
        "I would like to engage you as a freelance expert.\n\n"
        "From: Goran Trajkov\n"
        "To: Elena Petrova\n"
        "Subject: RE: Fwd: Opportunity\n\n"
        "Thank you, this is exactly right.\n\n"
        "From: Marija Angelova\n"
        "To: Elena Petrova; Goran Trajkov\n"
        "Subject: RE: Fwd: Opportunity\n\n"
        "I have reported it to the national authorities.\n"
    )
    doc = Document.from_bytes("thread.txt", text.encode())
    reading = _read_people(doc)
    owners = _owners(reading, set(reading.people))
    of = {doc.sentence_text(s): owners[n] for n, s in enumerate(doc.sentences)}
    assert of["I am forwarding two LinkedIn messages I received from someone I do not know."] == {
        "Elena Petrova"
    }
    assert of["I have reported it to the national authorities."] == {"Marija Angelova"}
    assert not of["I would like to engage you as a freelance expert."]


def test_a_forms_heading_is_no_name(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        "PORT FACILITY SECURITY OFFICE\n"
        "Restricted Area Access Pass: Periodic Suitability Review\n\n"
        "Pass holder: Avinesh Chand. He told the interviewer that a man offered him money for "
        "copies of customs entries and he sent six of them.\n",
    )
    assert not any("Access Pass" in name for name in people), list(people)


def test_a_quote_that_says_the_same_again_takes_what_was_said() -> None:
    assert _POINTS_BACK.match("When she wanted to stop last week he said the same again.")


def test_whom_the_case_went_along_with_or_kept_it_from_is_not_approached(tmp_path: Path) -> None:
    cases = _found(
        tmp_path,
        "Surname(s), given names:   CEDEÑO VERA, María Augusta\n"
        "Travelling with:           Ing. Jorge Luis Mera Pincay, Inspector\n\n"
        "On the second day a man introduced himself as Dr. Iván Kessler and invited me and Ing. "
        "Mera to dinner. Ing. Mera had another commitment, so I went alone. He offered me paid "
        "consulting work and asked me to send inspection files to a private e-mail address. He "
        "also said I should not mention our conversation to Ing. Mera. I refused and reported "
        "the approach to the Unit Security Officer the next morning.\n\n"
        "Signed: M. A. Cedeño V.\n",
    )
    assert "Jorge Luis Mera Pincay" not in cases, cases


def test_a_report_only_said_to_have_been_wanted_is_no_report(tmp_path_factory) -> None:
    # "if he had come to his supervisor or to us the first time he was offered money ..., he
    # would probably ...", of a technician who copied files, was paid and left the country: he
    # never reported, so what a colleague saw of him (copying, spending, leaving) is asked.
    from .conftest import case_frame, corpus_material

    material = corpus_material("corpus87", tmp_path_factory)
    frame = case_frame(material, "a technician")
    seen = {s.sign.tag for s in frame.signs_seen_by("colleague")}
    assert {"bulk-collection", "unexplained-money"} <= seen, seen
    # Nor an office that only asked for the alert ("at the request of the Security Office"),
    # nor "had HOXHA come to his section chief ... in April": Ilir Hoxha never reported.
    frame = case_frame(material, "Ilir Hoxha")
    assert "bulk-collection" in {s.sign.tag for s in frame.signs_seen_by("colleague")}


def test_a_forms_job_field_after_other_fields_and_money_owed_to_a_bank(tmp_path: Path) -> None:
    # "Pass holder: ... / Pass no.: ... / Occupation: Licensed customs broker, ...": the job
    # the form gives, whatever field came between; "owed about FJD 18,000 to the bank" is no
    # bank to work at (read 274: "a member of staff at a bank").
    path = tmp_path / "record.txt"
    path.write_text(
        "PORT FACILITY SECURITY OFFICE\n"
        "Pass holder:        Avinesh Chand s/o Ram Chand\n"
        "Pass no.:           LTK-RA-0417 (Zones B and C)\n"
        "Occupation:         Licensed customs broker, Western Clearing & Forwarding Pte Ltd\n\n"
        "In October 2023 Mr Chand was introduced to a man calling himself Marcus Hale, who "
        "offered him FJD 3,000 for copies of customs entries. Mr Chand said he was under "
        "pressure at the time: he still owed about FJD 18,000 to the bank. He sent six entries "
        "and was paid for each. On 22 August he told the vetting officer everything.\n",
        encoding="utf-8",
    )
    from quiz.extract import extract

    (case,) = [c for c in extract([Document.read(path, path.name)]).cases if "Chand" in c.name]
    assert "licensed customs broker" in {f.value for f in case.facts_of("role")}
    assert "finance" not in {f.value for f in case.facts_of("sector")}


def test_an_airfields_work_at_an_air_base_is_the_air_bases(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "The car was driven by the citizen Ilir (Bujar) HOXHA, employed as an electrician in the "
        "airfield lighting section of the maintenance unit at Kuçova Air Base. HOXHA had "
        "downloaded 212 drawings of the base and was arrested at the border.\n",
        encoding="utf-8",
    )
    from quiz.extract import extract

    (case,) = extract([Document.read(path, path.name)]).cases
    sectors = [f.value for f in case.facts_of("sector")]
    assert sectors and sectors[0] == "air base", sectors
