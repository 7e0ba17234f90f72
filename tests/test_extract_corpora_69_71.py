"""What corpora 69 to 71 (six reports each, read once: 2 of 10, 8 of 12 and 5 of 10 cases
found on arrival) showed that extraction did not read, fixed by concept: names a person goes
by, people a report sets beside its cases, what did not happen, and whose "I" an account is."""

from __future__ import annotations

from quiz.documents import Document
from quiz.extract import extract
from quiz.models import Case

from .conftest import CORPUS
from .test_extract_named_later import _cases


def _of(name: str, corpus: str = "corpus69") -> dict[str, frozenset[str]]:
    return _cases(name, corpus)


def _only(name: str, corpus: str) -> Case:
    """The one case a report of a held-out corpus gives, with its evidence."""
    (case,) = extract([Document.read(CORPUS.parent / corpus / name, name)]).cases
    return case


def test_the_name_someone_was_known_by_and_a_spelled_age_are_cases() -> None:
    # "In the hotels of Hamra he was known only as Abu Karim": his own name, not a cover. "He is
    # a twenty-six-year-old phone-repair technician from Tripoli": someone described by an age
    # in words. "She told her university president the morning she landed and called the
    # General Directorate of General Security's reporting number": a report.
    cases = _of("03_beirut_tv-documentary-synopsis_hotel-concierge.txt")
    assert set(cases) == {
        "Abu Karim",
        "Nour el-Houda Chamoun",
        "a twenty-six-year-old phone-repair technician",
    }
    assert {"report-early", "hotline"} <= cases["Nour el-Houda Chamoun"]
    # The wholesaler "said he would send the copied files to army intelligence and to the
    # technician's father, and he named the street where the family lived".
    assert "threats-leverage" in cases["a twenty-six-year-old phone-repair technician"]
    # "a Telegram contact who said he was a spare-parts wholesaler" is how the approach came,
    # no covert channel; "affectionate late-night messages" are a compromising relationship.
    assert "covert-tradecraft" not in cases["a twenty-six-year-old phone-repair technician"]
    assert "compromising-relationship" in cases["Abu Karim"]


def test_a_nickname_apposed_to_a_name_is_the_same_person() -> None:
    # "Reynaldo Bautista Jr., Jun to everyone on the floor, ... Jun came forward himself": one
    # case, under the name with its full stop; 'a "Captain Marcus Dale" who said he was the
    # academy's director' is the cover, and a headhunter's approach "checked ... all genuine"
    # is the report's harmless contrast.
    cases = _of("05_abu-dhabi_blog-post_aircraft-mechanic.txt")
    assert set(cases) == {"Reynaldo Bautista Jr."}
    assert "self-surrender" in cases["Reynaldo Bautista Jr."]
    # "If he had kept quiet, ... the fourth would have come with a threat": it did not.
    assert "coercion" not in cases["Reynaldo Bautista Jr."]


def test_who_went_along_and_who_was_cleared_are_no_cases() -> None:
    # "he went with his shop steward, Compañera Delfina Roquebert, to the Authority's security
    # office and told them everything": the steward helped; the report is his.
    cases = _of("01_colon_union-newsletter_lock-operator.txt")
    assert set(cases) == {"Rubén Darío Almengor", "a tugboat deckhand"}
    ruben = cases["Rubén Darío Almengor"]
    assert "security-office" in ruben
    # "including the man's telephone number": the recruiter's number is no hotline; "paid for
    # the beers more often than his turn" is a new friend's round, no payment for tasks.
    assert "hotline" not in ruben
    assert "paid-tasks" not in ruben
    assert {"cultivation", "excessive-help-flattery", "disproportionate-reward"} <= ruben
    # A colleague's trip, "declared ... the same day, it was cleared within a week".
    assert set(_of("06_glasgow_tribunal-judgment_locksmith.txt")) == {"Ruaraidh Mac an t-Saoir"}


def test_a_posting_at_home_is_no_posting_abroad() -> None:
    # "a locomotive driver of Pakistan Railways posted in the Karachi Division"; "his cousin,
    # who was living abroad" lives abroad, not he.
    cases = _of("04_islamabad_written-answer_locomotive-driver.txt")
    assert "abroad-targeting" not in cases["Muhammad Ashfaq s/o Ghulam Rasool"]
    assert "Sadia Batool" in cases


def test_what_a_sentence_of_what_would_have_happened_still_tells() -> None:
    # "If Mr Olivero had gone to his security officer the first time a near stranger offered to
    # pay his debts, he would have ... kept his job": the offer happened (corpus 45).
    assert "unsolicited-offer" in _of("04.txt", "corpus45")["Kieran Louis Olivero"]
    # "to communicate only through a Telegram account registered to a Russian number" is still
    # a covert channel (corpus 7).
    assert "covert-tradecraft" in _of("02.txt", "corpus7")["Jelena Sorokina"]


def test_a_one_word_name_apposed_to_a_job_and_a_department_in_capitals() -> None:
    # "Sugiarto, a scaffolder with our main maintenance contractor" (corpus 70).
    assert "Sugiarto" in _of("04_jubail_security-bulletin_three-approaches.txt", "corpus70")
    # "In late January a Harbor Department employee came to his office and disclosed that he
    # had accepted a total of $2,400".
    cases = _of("02_port-alder_council-minutes_councilmember-harbor-employee.txt", "corpus70")
    assert "a Harbor Department employee" in cases


def test_an_adverb_opening_a_sentence_is_no_name() -> None:
    # "Afterwards Salander kept writing": the paragraphs after it are still the examiner's, and
    # so is what the recruiter offered there ("5,000 euros for an hour of your expertise").
    cases = _of("01_regensburg_alumni-magazine_patent-examiner.txt", "corpus70")
    assert set(cases) == {"Johanna Katharina Elisabeth Brunnhuber"}
    assert {"escalation", "disproportionate-reward", "secrecy-pressure"} <= cases[
        "Johanna Katharina Elisabeth Brunnhuber"
    ]


def test_a_letter_from_prison_is_its_writers_account() -> None:
    # The timber buyer "who said he bought timber for a furniture company abroad" is the cover;
    # "I was copying whole folders ... onto a small encrypted memory stick that Keller had given
    # me": the writer's act, not the contact's; "a young draughtswoman from my section" who
    # said no and went to the security office is a case of her own.
    cases = _of("06_teixeiro_prison-letter_shipyard-document-controller.txt", "corpus70")
    assert set(cases) == {"Xosé Ramón Outeiral da Veiga", "a young draughtswoman"}
    writer = cases["Xosé Ramón Outeiral da Veiga"]
    assert {"bulk-collection", "covert-tradecraft", "personal-vulnerability"} <= writer
    assert "security-office" in cases["a young draughtswoman"]


def test_a_cheap_phone_silence_and_a_video_of_the_payment() -> None:
    # "was given a cheap phone with an app that deletes messages ... and was told to speak to
    # nobody"; the contact "showed him a video of that payment" (corpus 70).
    quashie = _of("05_kingstown_press-conference_coastguard-radio-operator.txt", "corpus70")[
        "O'Neil Quashie"
    ]
    assert {"covert-tradecraft", "secrecy-pressure", "threats-leverage"} <= quashie


def test_the_security_officers_instruction_is_no_present() -> None:
    # "She asked me to write everything down, every date, every present" (read 202: quoted as
    # the presents that were the sign).
    case = _only("01_regensburg_alumni-magazine_patent-examiner.txt", "corpus70")
    quotes = [e.quote for hit in case.tags for e in hit.evidence]
    assert not [q for q in quotes if "every present" in q]
    # What was given: "He sent a drone kit for their son's birthday ... took the whole family
    # out to dinner".
    assert {"excessive-help-flattery", "cultivation"} <= case.tag_ids


def test_the_person_a_fact_check_describes_is_named_when_it_says_who() -> None:
    # "a laundry worker at the foreign military compound ... Who is the man in the post? He is
    # Hemin Jalal Mustafa, 34"; the post "on a page called "Erbil Now 24"" is no person
    # (corpus 71).
    cases = _of("03_erbil_fact-check_base-laundry-supervisor.txt", "corpus71")
    assert "Hemin Jalal Mustafa" in cases
    assert not [name for name in cases if "laundry worker" in name or "Erbil" in name]


def test_a_video_transcript_is_its_speakers_account() -> None:
    # "Below is a transcript ... "In January I got a message on Instagram from an account called
    # lena.offgrid. Lena Voss, ..., she says she is a travel creator. She offers 1,500 dollars a
    # clip ... That is more than I make in two weeks." (corpus 71): the quoted "I" is the
    # pilot's, and the persona is the other side's.
    cases = _of("05_male_video-transcript_seaplane-first-officer.txt", "corpus71")
    assert "Lena Voss" not in cases
    assert {"disproportionate-reward", "false-persona", "threats-leverage"} <= cases[
        "Ibrahim Nashid"
    ]


def test_readers_letters_signed_with_pen_names_are_their_writers_cases() -> None:
    # An advice column: "Dear Man Sidonie, ... I have not answered. ... Aiguille, Kourou" then
    # "Dear Aiguille, ..."; "... Is it too late for me? Ti-Paul" then "Dear Ti-Paul, ..."
    # (corpus 71). Each letter's "I" is whoever signed it; the column's title is no one.
    cases = _of("02_kourou_advice-column_uniform-seamstress.txt", "corpus71")
    assert set(cases) == {"Aiguille", "Ti-Paul"}


def test_an_overpaid_purchase_and_treats_are_kindness_not_payment_for_tasks() -> None:
    # "Aalders paid well above catalogue value, praised von Allmen's "museum-quality"
    # knowledge"; "Dinners in Lucerne and a weekend at a stamp fair in Basel followed, all paid
    # by Aalders" (corpus 71; read 205 found the stamps quoted as paid work).
    case = _only("01_bellinzona_live-blog_shelter-registrar.txt", "corpus71")
    assert {"excessive-help-flattery", "cultivation"} <= case.tag_ids
    paid = case.tag("paid-tasks")
    assert paid is not None
    assert not [e for e in paid.evidence if "catalogue value" in e.quote or "all paid" in e.quote]
