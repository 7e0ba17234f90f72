"""The fast cue matcher (RE2 set + confirmation) gives exactly what Python's re gives."""

from __future__ import annotations

import pytest

from quiz.documents import Document
from quiz.taxonomy import TAGS, ascii_form, find_cues, find_cues_slowly, relax

from .conftest import CORPUS, SEEDS


def _sentences() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    docs = [Document.read(p, p.name) for p in paths]
    return [d.sentence_text(s) for d in docs for s in d.sentences]


def test_same_tags_as_plain_re_on_every_sentence_we_have() -> None:
    sentences = _sentences()
    assert len(sentences) > 300
    for sentence in sentences:
        assert find_cues(sentence) == find_cues_slowly(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Café owner Zoë was paid €5,000 in cash.",
        "She said she was a journalist\u00a0for a Moscow magazine.",
        "The İstanbul office told him not to tell anyone.",
        "He was threatened\u2009with exposure of the photos.",
        "Her handler told her to delete their chats on Signal.",
        "١٢٣٤٥ documents were copied to a USB drive.",
    ],
)
def test_same_tags_on_non_ascii_text(sentence: str) -> None:
    assert find_cues(sentence) == find_cues_slowly(sentence)
    assert find_cues(sentence)


def test_ascii_form_keeps_length_and_the_characters_cues_name() -> None:
    text = "Zoë paid €5 “now” — ok\u00a0x"
    form = ascii_form(text)
    assert len(form) == len(text)
    assert form.isascii() is False  # € and “ stay: cues name them
    assert "€" in form and "“" in form and "ë" not in form


def test_relax_drops_look_arounds_only() -> None:
    assert relax(r"(?<!state\s)\bsecurity\s+office\b") == r"\bsecurity\s+office\b"
    assert relax(r"\b\d{5}\b(?=.{0,80}\breport)") == r"\b\d{5}\b"
    assert relax(r"[(?=]x") == r"[(?=]x"
    for tag in TAGS.values():
        for cue in tag.cues:
            assert "(?<" not in relax(cue) and "(?=" not in relax(cue)


@pytest.mark.parametrize(
    "sentence, tag",
    [
        # A court's confiscation is not unexplained money (Zhao Xuejun, seed material).
        (
            "In August 2022, Zhao was sentenced to seven years in prison, with personal assets "
            "totaling 200,000 yuan confiscated.",
            "unexplained-money",
        ),
        (
            "The court ordered the forfeiture of the 41,000 zloty he was paid for the files.",
            "paid-tasks",
        ),
        # The recruit offering his own mailbox is not the recruiter pressing for secrecy.
        (
            "Almost a week later, I wrote back to him and said you can contact me Personal email "
            "address of.",
            "secrecy-pressure",
        ),
        ("He then suggested that they use his private email account instead.", "secrecy-pressure"),
        # Officials' advice to report is not a threat, nor the law's maximum penalty.
        (
            "Prosecutors urged staff to report suspicious contacts to their security officials, "
            "warning that recruiters threaten those who refuse.",
            "threats-leverage",
        ),
        ("He faces up to 15 years in prison for the threats he made.", "coercion"),
        # An appeal to anyone, how approaches go in general, a judge's summing up, and the
        # person the case reported leaving: none is what the case's person did or met.
        (
            "He urged anyone in a sensitive job who experienced something similar to contact "
            "their employer's security officer, and to keep all messages and gifts.",
            "excessive-help-flattery",
        ),
        (
            "They start with friendship, small gifts and harmless questions.",
            "excessive-help-flattery",
        ),
        (
            "Romance approaches are very effective because the target feels shame and stays "
            "silent, says a researcher.",
            "compromising-relationship",
        ),
        (
            'Judge Martha Iipinge said the accused had "sold out his colleagues for a mobile '
            'phone, a few envelopes of cash and the attention of a stranger."',
            "paid-tasks",
        ),
        (
            "The man she reported left the country before he could be questioned, police said.",
            "sudden-exit",
        ),
        (
            "Defence lawyer Petra Ravnikar argued that her client had been groomed and then "
            "threatened with exposure.",
            "coercion",
        ),
        (
            "Duval gave him a second phone with an encrypted messaging app, and told him never "
            "to use parliament email.",
            "online-approach",
        ),
        (
            "The moment someone asks you to use a special app, stop and talk to your security "
            "team.",
            "security-office",
        ),
        (
            "Detectives think the man who called himself Ortega worked for a foreign "
            "intelligence service.",
            "disclosed-affiliation",
        ),
        (
            "The analyst met the recruiter through an uncle living abroad, at a funeral in Lomé.",
            "abroad-targeting",
        ),
        (
            # (Not "a personal email account": the person's own address is no cue at all, corpus
            # 106.)
            "He sent the reports, as instructed, from an email account rather than his work one.",
            "online-approach",
        ),
        (
            "Police said the visitors had left the country before they could be questioned.",
            "sudden-exit",
        ),
        # Threats denied (read 136).
        ('"He never threatened me. He didn\'t need to."', "coercion"),
        # The recruiter told by the part he played (read 136).
        (
            "A laptop was seized from the tutor's rented flat after he left the country.",
            "sudden-exit",
        ),
        (
            "The man on the other side of the chat was arrested at the airport as he tried to "
            "board an outbound flight.",
            "sudden-exit",
        ),
        # A present bought for the person is the contact's money, not spending of theirs
        # (read 184); a resignation sent by email is no contact made online (corpus 64).
        (
            "On her visits she paid for hotel weekends and bought him an expensive watch.",
            "unexplained-money",
        ),
        ("The clerk resigned by email a day after the audit began.", "online-approach"),
        # Advice to anyone, in an interview (corpus 64).
        ("Then it is even more important to come forward.", "self-surrender"),
        # Advice to anyone, closing a report of several cases (read 190).
        (
            "Their advice to anyone who handles client data is simple: if a new contact starts "
            "asking about material that is not published, stop replying and tell your security "
            "office straight away.",
            "request-beyond-public",
        ),
        # A country's people abroad, not the person approached there (corpus 64).
        (
            "A large number of Kyrgyz citizens work abroad, in Russia and Turkey.",
            "abroad-targeting",
        ),
        # A court's travel ban, a debt, a story kept quiet, a confession once caught, the
        # security department as what was asked about, a general remark (corpus 66, read 191).
        (
            "The court barred him from travelling abroad for five years after his release.",
            "abroad-targeting",
        ),
        ("He had run up debts of more than 9,000 rials on betting websites.", "paid-tasks"),
        (
            "The story stayed secret until 2009, when declassified files were released.",
            "secrecy-pressure",
        ),
        (
            "The requests shifted to the names and duties of staff in the ministry's security "
            "department.",
            "security-office",
        ),
        (
            "If a person you met online starts asking about your work, offers money that makes "
            "no sense, and asks you to hide it, talk to your security officer early.",
            "unsolicited-offer",
        ),
        # An offer never made, a price a known contact pays by then (read 195).
        (
            'He said he had "never been offered money for anything at work in eighteen years".',
            "unsolicited-offer",
        ),
        (
            "By the end of 2022 he was asking for the visitor logs and was offering 1,500 euros "
            "a time.",
            "unsolicited-offer",
        ),
    ],
)
def test_a_concept_from_the_wrong_actor_is_not_shown(sentence: str, tag: str) -> None:
    # The concept's words are there (a cue pattern alone finds it) ...
    assert TAGS[tag].pattern.search(sentence.lower())
    # ... but from the wrong actor, so the sentence does not show it.
    assert tag not in find_cues(sentence)
    assert tag not in find_cues_slowly(sentence)


@pytest.mark.parametrize(
    "sentence, tag",
    [
        (
            "The handler threatened to expose him to his employer unless he kept going.",
            "threats-leverage",
        ),
        (
            "He asked her to keep their contact secret and to use a private email address.",
            "secrecy-pressure",
        ),
        ("Investigators found undeclared cash he could not account for.", "unexplained-money"),
        (
            "In June he invited her to dinner and presented her with a watch.",
            "cultivation",
        ),
        ("Weeks later Petrov left the country without notice.", "sudden-exit"),
        (
            "A visitor presenting himself as the regional sales director of a foreign "
            "manufacturer approached the engineer.",
            "false-persona",
        ),
        ("She reported it that same day to the Assembly's security office.", "security-office"),
        (
            "While she was a visiting researcher in Leiden, a man approached her.",
            "abroad-targeting",
        ),
        ("Colleagues said he had paid off his car loan in a few months.", "unexplained-money"),
        ("He had bought a 90-million-won imported car in early 2024.", "unexplained-money"),
        (
            "She offered 15,000 dirhams in cash - close to two months of his salary.",
            "disproportionate-reward",
        ),
        (
            "By the end of 2023 the clients were asking him to send complete recipe files.",
            "request-beyond-public",
        ),
        (
            "All she had to do was send a brief on the committee's closed-session agenda.",
            "request-beyond-public",
        ),
        (
            "Marchetti offered her a paid fellowship in Vienna, with flights and a flat paid.",
            "invitation-travel",
        ),
        (
            "The handler told him to delete every message and gave him a gift.",
            "excessive-help-flattery",
        ),
        ("Within a year he bought an expensive car and a flat in cash.", "unexplained-money"),
        ("The first contact came by email from a man she had never met.", "online-approach"),
        (
            "In 2022 the man encouraged her to apply for a newly advertised post at the "
            "research centre.",
            "placement",
        ),
        # A first-person account's words (corpus 65).
        (
            "In the spring he found a job for my daughter at a friend's company.",
            "excessive-help-flattery",
        ),
        ("He told me never to talk about any of this at work.", "secrecy-pressure"),
        # Exposure and trouble made to go away, in other words (corpus 65).
        (
            "He was sent a note saying that a copy could easily find its way to his commander.",
            "threats-leverage",
        ),
        (
            "The man said the accident file could be closed quietly if she agreed to help him.",
            "coercion",
        ),
        # The same concepts in corpus 66's words.
        (
            "When he asked in mid-2023 to stop, the handler replied that the port authority "
            '"would be interested to know about your betting and who paid your debts".',
            "threats-leverage",
        ),
        (
            "She was told that her residence permit could be resolved quickly if her brother "
            "helped, and that otherwise it might be refused.",
            "threats-leverage",
        ),
        ("A man she had never met wrote to her, offering a partnership.", "unsolicited-offer"),
        (
            "He had debts of about 30,000 euros and agreed to photograph the logs in exchange "
            "for 400 euros per batch.",
            "paid-tasks",
        ),
        (
            "He offered to pay for short background notes at a rate of CZK 4,000 per note.",
            "paid-tasks",
        ),
        (
            "The coach had paid his son's tournament fees and taken the family out to dinner "
            "several times.",
            "excessive-help-flattery",
        ),
        (
            "He suggested it would be better if Mrs O'Rourke did not hear about their talks.",
            "secrecy-pressure",
        ),
        ("The next morning I went straight to the station's security officer.", "report-early"),
        (
            "Before replying to the offer, the student reported the contact to the Service.",
            "report-early",
        ),
        ("The police told me the company has no employee by that name.", "false-persona"),
        (
            "A stranger contacted the inspector through a messaging application.",
            "online-approach",
        ),
        (
            "From the beginning of 2023, the requests concerned confidential data.",
            "request-beyond-public",
        ),
        ("Two thousand dollars for a few pages.", "disproportionate-reward"),
        (
            "He also suggested, repeatedly, that Manalastas apply for a contract post at the "
            "Commission on Elections.",
            "placement",
        ),
    ],
)
def test_the_same_concepts_from_the_right_actor_still_are(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


@pytest.mark.parametrize(
    "sentence, tag",
    [
        ("In total 312 files left the company, according to the indictment.", "sudden-exit"),
        (
            "There he met a woman who introduced herself as Dr. Lena Hartmann, a visiting "
            "researcher from a European university.",
            "abroad-targeting",
        ),
        (
            "He testified that the intermediary passed the material to a foreign intelligence "
            "officer posted in Brasília.",
            "abroad-targeting",
        ),
        (
            'He was blackmailed after a man who called himself a "debt consultant" paid off '
            "his gambling debts.",
            "unexplained-money",
        ),
        (
            "She asked him to stop writing to her from his work phone.",
            "insider-access",
        ),
        # Corpus 61: information that never left; a girlfriend not to be told; a loan the
        # person paid off (not a recruiter's favour); a romantic weekend is no invitation.
        (
            '"Ms Soto came forward voluntarily, before any information left the company," Ríos '
            "said.",
            "sudden-exit",
        ),
        (
            "He was told to tell no one, including his employer and his girlfriend.",
            "compromising-relationship",
        ),
        (
            "Colleagues said he had unexpectedly paid off a car loan.",
            "excessive-help-flattery",
        ),
        (
            "In March he bought her plane tickets and booked a hotel in Buenos Aires for a long "
            "weekend.",
            "invitation-travel",
        ),
        # Read 171: the advice the security officer gave after the report.
        (
            "The ministry's security officer, Hicham Tazi, told him to stop replying to her "
            "messages and to write down every meeting and gift he could remember.",
            "excessive-help-flattery",
        ),
    ],
)
def test_words_of_a_concept_said_of_something_else_show_nothing(sentence: str, tag: str) -> None:
    # Corpus 60: files leave, not the person; the recruiter's cover or post abroad; debts the
    # recruiter paid; a work phone written from.
    assert tag not in find_cues(sentence)
    assert tag not in find_cues_slowly(sentence)


@pytest.mark.parametrize(
    "sentence, tag",
    [
        (
            "Foreign interference is a real threat to our democratic institutions.",
            "threats-leverage",
        ),
        (
            "He used the forum to cultivate parliamentary staff and federal employees with access "
            "to sensitive information.",
            "insider-access",
        ),
    ],
)
def test_statements_about_the_country_or_other_peoples_access_show_no_pattern(
    sentence: str, tag: str
) -> None:
    assert tag not in find_cues(sentence)


def test_a_walk_in_offering_himself_is_not_a_strangers_offer() -> None:
    sentence = (
        "Saar walked up to an officer on the other side of the crossing and offered to supply "
        "information in exchange for money."
    )
    assert "unsolicited-offer" not in find_cues(sentence)
    assert "unsolicited-offer" in find_cues("A stranger offered him money for technical documents.")


@pytest.mark.parametrize(
    "sentence, tag",
    [
        (
            "He offered 5,000 dollars a report, more than twice her monthly salary.",
            "disproportionate-reward",
        ),
        ("The fee was roughly ten times her own hourly pay.", "disproportionate-reward"),
        (
            "He paid 3,000 for each note, well over half her monthly pay for a morning's work.",
            "disproportionate-reward",
        ),
        (
            "He requested the routes of the convoys, none of which had been made public.",
            "request-beyond-public",
        ),
        (
            "He asked for network topology diagrams and the internal procedures.",
            "request-beyond-public",
        ),
        ("She asked about missions outside his responsibility.", "request-beyond-public"),
        ("That was several times the usual fee for such a talk.", "disproportionate-reward"),
    ],
)
def test_ways_reports_say_out_of_proportion_and_beyond_public(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


@pytest.mark.parametrize(
    "sentence, tag",
    [
        (
            "He was approached by a professor, introducing himself as a visiting scholar.",
            "false-persona",
        ),
        ("An invitation came from a client calling herself Rachel Ward.", "false-persona"),
        ("He could open those lists through the terminal's planning system.", "insider-access"),
        ("He used the access his employer had trusted him with.", "insider-access"),
        (
            "He was seen photographing a cable schematic that had no connection to his "
            "welding work.",
            "insider-access",
        ),
        (
            "A colleague noticed that the official had printed restricted briefing notes for a "
            "meeting they were not scheduled to attend.",
            "insider-access",
        ),
    ],
)
def test_ways_reports_tell_a_cover_and_the_use_of_access(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


def test_the_trust_placed_in_someone_is_not_a_placement() -> None:
    assert "placement" not in find_cues("He had used the trust placed in him by his employer.")


@pytest.mark.parametrize(
    "sentence, tag",
    [
        ("Checks showed deposits that could not be explained by his salary.", "unexplained-money"),
        (
            "He paid 14,000 euros in cash for a used SUV, which raised eyebrows.",
            "unexplained-money",
        ),
        ("The next morning she went to her supervisor and the security adviser.", "report-early"),
        (
            "She ended the call and reported it that afternoon to the security department.",
            "report-early",
        ),
        ("He forwarded the messages to the security office the same day.", "report-early"),
        (
            "He said there was no need to bother his line manager with the request.",
            "secrecy-pressure",
        ),
    ],
)
def test_ways_reports_tell_unexplained_money_and_an_early_report(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


@pytest.mark.parametrize(
    "sentence, tag, shown",
    [
        ("He praised Vermeulen's knowledge of the port.", "excessive-help-flattery", True),
        ("The minister praised the work of the police.", "excessive-help-flattery", False),
        ('He called her "the sharpest mind in that building".', "excessive-help-flattery", True),
        (
            "There was a tablet for his son and help with his daughter's university application.",
            "excessive-help-flattery",
            True,
        ),
        (
            "She asked for samples of his writing, and then for scans of correspondence.",
            "escalation",
            True,
        ),
    ],
)
def test_flattery_of_the_target_and_requests_that_step_up(
    sentence: str, tag: str, shown: bool
) -> None:
    assert (tag in find_cues(sentence)) is shown


@pytest.mark.parametrize(
    "sentence, tag",
    [
        ("He was asking for screenshots of the depot system, then for stock levels.", "escalation"),
        (
            "Then he asked her to photograph admission lists and duty rosters.",
            "request-beyond-public",
        ),
        (
            "The defendant sent more than 300 screenshots and exported spreadsheets.",
            "bulk-collection",
        ),
    ],
)
def test_requests_for_screenshots_and_exports_in_bulk(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


@pytest.mark.parametrize(
    "sentence, tag",
    [
        (
            'Sveinsson matched with a woman using the name "Lena," who said she was a freelance '
            "translator.",
            "false-persona",
        ),
        (
            'Lena then offered to "help" with his debts, lending him ISK 350,000.',
            "excessive-help-flattery",
        ),
        ('Prosecutors said the "loans" were never meant to be repaid.', "excessive-help-flattery"),
        ("In March, the couple travelled to Valletta on a trip she paid for.", "invitation-travel"),
        ("He offered ISK 400,000 a month for background analysis.", "paid-tasks"),
        (
            "Viktor gave D.K. a handheld marine VHF radio and an offshore sailing jacket.",
            "excessive-help-flattery",
        ),
        ("He paid his entry fee and travel costs for a regatta in Croatia.", "invitation-travel"),
        (
            "Over several months the questions narrowed to duty rosters and call signs.",
            "escalation",
        ),
        ("The colleague informed the unit commander the same day.", "security-office"),
        (
            "A colleague noticed him asking about shifts he was not working.",
            "insider-access",
        ),
        (
            'On a genealogy platform he received a message from a user calling himself "Pavel".',
            "online-approach",
        ),
        (
            "Pavel invited him to Budapest, paying for the flights and two nights in a hotel.",
            "invitation-travel",
        ),
        (
            'He received photographs with a message saying they could be "sent to your employer '
            'and your family."',
            "threats-leverage",
        ),
        (
            'The cousin warned that his employer and his fiancee "would be very interested" in '
            "the photographs.",
            "threats-leverage",
        ),
        (
            "He entered the secure room at times when he was not rostered.",
            "insider-access",
        ),
        (
            'He talked about weekend trips abroad that "did not match what any of us earn."',
            "unexplained-money",
        ),
    ],
)
def test_loans_fees_paid_trips_and_exposure_in_the_words_reports_use(
    sentence: str, tag: str
) -> None:
    assert tag in find_cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent", "present"),
    [
        (
            '"This was not a friendship or a business offer. From the first day it was '
            'pressure," the prosecutor said.',
            "cultivation",
            None,
        ),
        (
            'One of the men, who called himself "Marko", gave him a mobile phone with a '
            "messaging app and a list of instructions for contacting them.",
            "excessive-help-flattery",
            "covert-tradecraft",
        ),
        (
            "Whitmore offered to help pay his daughter's school fees.",
            "unsolicited-offer",
            "excessive-help-flattery",
        ),
        (
            "He forwarded 47 internal documents from his official account to a private email "
            "address.",
            "online-approach",
            None,
        ),
        (
            'A man who introduced himself as "Dima" said openly that he worked for a '
            '"security service".',
            None,
            "disclosed-affiliation",
        ),
        ("He also received an iPhone and travel expenses.", None, "excessive-help-flattery"),
    ],
)
def test_denials_contact_phones_help_with_fees_and_material_sent_by_email(
    sentence: str, absent: str | None, present: str | None
) -> None:
    found = find_cues(sentence)
    if absent is not None:
        assert absent not in found
    if present is not None:
        assert present in found


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("A colleague saw her photographing the duty roster with her own phone.", "insider-access"),
        ("He looked up the owners of the cars in the agency's registry.", "insider-access"),
        ("She asked for files outside her own area of responsibility.", "insider-access"),
        ("The logs showed him opening cabinets without a work order.", "insider-access"),
        (
            "When the clerk said she wanted to stop, the man reminded her that he kept every "
            "message.",
            "coercion",
        ),
        ("The receipts could easily reach your director, the handler wrote.", "threats-leverage"),
        ('"It would be a pity if your employer heard about this," he said.', "threats-leverage"),
        ("He reminded her that she had already accepted the money.", "threats-leverage"),
        ("The fee was about what she earned in a month.", "disproportionate-reward"),
        ("They offered 3,000 dollars for a single talk.", "disproportionate-reward"),
        ("An audit logged repeated exports from the customer database.", "bulk-collection"),
        ("Staff saw him scanning files after office hours.", "bulk-collection"),
    ],
)
def test_access_pressure_exposure_fees_and_bulk_in_other_words(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("He slipped into Belarus at night through an unguarded border crossing.", "sudden-exit"),
        ("She had bought a plot of land by the lake and a new car.", "unexplained-money"),
        ("Her handler gave her a recorder disguised as a pen.", "covert-tradecraft"),
        ("He was told to leave the memory cards behind a loose brick.", "covert-tradecraft"),
        ("They spoke on the phone using agreed code phrases.", "covert-tradecraft"),
        ("The man helped pay for her mother's operation.", "excessive-help-flattery"),
        ("He asked him first for road maps, then for the depot's alarm codes.", "escalation"),
        ("She was taken aside by foreign border guards for questioning.", "abroad-targeting"),
        ("The firm invited him to a roundtable in Vienna, all costs paid.", "invitation-travel"),
        ("He used his contractor's badge to enter halls where he had no work.", "insider-access"),
    ],
)
def test_exits_purchases_devices_drops_and_passes_in_other_words(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)
    assert find_cues(sentence) == find_cues_slowly(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # Favours asked of the person, for money, are tasks, not kindness to them.
        ('The man offered him money for "small favours".', "excessive-help-flattery"),
        # A water-treatment plant is no planted agent.
        ("She copied diagrams of the city's water-treatment plant.", "placement"),
        # What prosecutors believe about a man whose name was not disclosed is no disclosure.
        (
            "The man, whose name has not been disclosed, is believed to be linked to an "
            "intelligence agency, prosecutors said.",
            "disclosed-affiliation",
        ),
        # The police's public security division is not the office at work.
        ("He was arrested by the public security division of the police.", "security-office"),
    ],
)
def test_favours_asked_a_plant_a_name_kept_back_and_the_police_are_not_signs(
    sentence: str, tag: str
) -> None:
    assert tag not in find_cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        (
            "The foundation offered her a 5,000-euro research grant for a short review.",
            "unsolicited-offer",
        ),
        ("He crossed illegally into Bolivia two days later.", "sudden-exit"),
        (
            "She received 40,000 zloty in a year, on a monthly salary of 4,000.",
            "disproportionate-reward",
        ),
        (
            "He was offered 800 dollars for a single video of the harbour.",
            "disproportionate-reward",
        ),
        ("She reported the approach to the battalion's intelligence section.", "security-office"),
        ('An email came from a "project manager" of a consultancy in Dubai.', "false-persona"),
        ("The man said his name was Piotr and that he sold boats.", "false-persona"),
        (
            'The sender praised the engineer\'s "brilliant" paper at the conference.',
            "excessive-help-flattery",
        ),
    ],
)
def test_grants_flights_salaries_sections_titles_in_quotes_and_praise(
    sentence: str, tag: str
) -> None:
    assert tag in find_cues(sentence)
    assert find_cues(sentence) == find_cues_slowly(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("The consultancy's website disappeared a week later.", "sudden-exit"),
        ("He paid for her flights and hotel for a romantic weekend in Riga.", "invitation-travel"),
        ("Messages were exchanged on an encrypted app that deleted them daily.", "online-approach"),
    ],
)
def test_a_website_gone_a_romantic_weekend_and_an_encrypted_app_are_not_these_signs(
    sentence: str, tag: str
) -> None:
    assert tag not in _tags_in_a_case(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("A man presenting himself as a charity coordinator called her.", "false-persona"),
        ("The advert came from a firm presented as a research start-up.", "false-persona"),
        (
            "The man paid about 5,000 euros of hospital bills for the family.",
            "excessive-help-flattery",
        ),
        ("He asked about her father's health and sent fruit every week.", "cultivation"),
        ("At first the requests were small: the names of new staff.", "escalation"),
        ("He told the clerk openly that he worked for the GRU.", "disclosed-affiliation"),
        ("Cameras showed him crossing the demarcation line at night.", "sudden-exit"),
    ],
)
def test_personas_bills_kindness_small_requests_disclosure_and_lines_crossed(
    sentence: str, tag: str
) -> None:
    assert tag in find_cues(sentence)
    assert find_cues(sentence) == find_cues_slowly(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("She received no money for the work, her counsel said.", "paid-tasks"),
        (
            "He used a separate email account for the work and deleted the drafts.",
            "online-approach",
        ),
        (
            "An advertisement posted in the name of a start-up promised good pay.",
            "abroad-targeting",
        ),
    ],
)
def test_money_denied_a_work_mailbox_and_an_advert_posted_are_not_these_signs(
    sentence: str, tag: str
) -> None:
    assert tag not in _tags_in_a_case(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("The institute offered 4,000 euros for a 30-minute talk.", "disproportionate-reward"),
        ("He earned a salary for a few hours of work a week.", "disproportionate-reward"),
        ("The requests began modestly, with brochures.", "escalation"),
        ("She was told never to contact him from her own phone.", "secrecy-pressure"),
        ("He had posted his profile on a job-search portal.", "online-approach"),
        ("He boarded a flight to Doha hours after police searched his flat.", "sudden-exit"),
        ("Investigators found that the consultancy had no real office.", "false-persona"),
    ],
)
def test_fees_for_minutes_modest_beginnings_own_numbers_portals_flights_and_empty_offices(
    sentence: str, tag: str
) -> None:
    assert tag in find_cues(sentence)
    assert find_cues(sentence) == find_cues_slowly(sentence)


def _tags_in_a_case(sentence: str) -> set[str]:
    """The tags extraction gives a case whose report tells this sentence (so that the actor
    rules apply, not only the cues)."""
    from quiz.extract import extract

    text = f"Ana Pop, a clerk, was sentenced to two years. {sentence}"
    cases = extract([Document.from_bytes("t.txt", text.encode())]).cases
    return {tag for case in cases for tag in case.tag_ids}


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("He also paid for a riding course for her daughter.", "excessive-help-flattery"),
        ("The friend sent money to his father when he fell ill.", "excessive-help-flattery"),
        ("The fee was absurd for a page of notes anyone could write.", "disproportionate-reward"),
        ("It came to more than half his monthly salary.", "disproportionate-reward"),
        ("She was seen photographing the office's restricted notice board.", "insider-access"),
        ("He copied files far beyond what his duties required.", "insider-access"),
        ("The court seized 90,000 euros held in the name of his cousin.", "unexplained-money"),
        (
            "The court ordered the confiscation of savings she had never declared.",
            "unexplained-money",
        ),
        ("The recruiter claimed to work for a Geneva trade consultancy.", "false-persona"),
        ('The man said he worked for a "naval history magazine".', "false-persona"),
        ("She offered him 300 dollars for each short memo.", "paid-tasks"),
        (
            "The contact asked which rooms were booked for the visiting minister.",
            "request-beyond-public",
        ),
        (
            "He asked her to check whether two names appeared in police records.",
            "request-beyond-public",
        ),
        (
            "He was later asked for notes on closed meetings of the cabinet.",
            "request-beyond-public",
        ),
        ("The uncle got in touch through a messenger app.", "online-approach"),
        (
            "Messages were sent in an anonymous chat with self-destructing messages.",
            "covert-tradecraft",
        ),
        ("He had lost most of his savings in a pyramid scheme.", "personal-vulnerability"),
        ("She fell four months behind with her rent.", "personal-vulnerability"),
        ("She reported the matter to the security officer the same week.", "report-early"),
        (
            "Her son needed heart surgery that the state hospital could not do.",
            "personal-vulnerability",
        ),
        ("The charity paid the deposit for the operation.", "excessive-help-flattery"),
        ("The woman praised the nurse's devotion to her patients.", "excessive-help-flattery"),
        ("The man visited the family with presents for the children.", "cultivation"),
        ("He chatted with her almost every evening for a month.", "cultivation"),
        ("A friend would pay 200 dollars for each short article.", "unsolicited-offer"),
        ("The report had never been published.", "request-beyond-public"),
        ("Then came requests for the plant's shift rosters.", "request-beyond-public"),
        ("The first questions concerned publicly available statistics.", "escalation"),
        ("He suggested they move to another messaging app.", "secrecy-pressure"),
        ("He was paid 2,500 Canadian dollars for each memo.", "paid-tasks"),
        ("Each time the man handed him 80,000 kwacha.", "paid-tasks"),
        ("It was more than she could earn in a month.", "disproportionate-reward"),
        ("The task sounded like two hours of work a month.", "disproportionate-reward"),
        ("The next requests were for the depot's guard rota.", "request-beyond-public"),
        ("He asked her to forward an extract of the payroll database.", "request-beyond-public"),
        ("She asked him which patrols left the harbour at night.", "request-beyond-public"),
        (
            "He offered her 900 euros a month for the plant's shift rosters.",
            "request-beyond-public",
        ),
        ("The contact wanted survey figures not yet released.", "request-beyond-public"),
        ("The grant was a surprise: the engineer had never applied for it.", "unsolicited-offer"),
        ("A trader he met at the port offered to pay off his debts.", "unsolicited-offer"),
        ("No such agency was registered anywhere in Europe.", "false-persona"),
        ('The email came from a "Nordic Centre for Maritime Studies".', "false-persona"),
        ('The letter praised his "exceptional record" at the college.', "excessive-help-flattery"),
        (
            "They invited her to an all-expenses-paid interview weekend in Lisbon.",
            "invitation-travel",
        ),
        ("His son suffers from a rare kidney disease.", "personal-vulnerability"),
        ("She owed money to three moneylenders in the market.", "personal-vulnerability"),
        ("She was given a separate telephone for the contact alone.", "covert-tradecraft"),
        (
            "He reminded her that he still had the recordings of every meeting.",
            "threats-leverage",
        ),
        ("Then came copies of the fuel logs, and finally the repair dates.", "escalation"),
        ("Later she asked for the minutes themselves.", "escalation"),
        ("He went to his unit commander and told him everything.", "self-surrender"),
        ("Finally the tutor asked for the depot's fuel schedule.", "escalation"),
        ("Then came the requests.", "escalation"),
        ("Within weeks the notes turned into copies of the duty rosters.", "request-beyond-public"),
        ("Neighbours had noticed a new car outside the house.", "unexplained-money"),
        ("In 2023 he bought a used pickup for cash.", "unexplained-money"),
        ("The audit showed him exporting the entire customer database.", "bulk-collection"),
        ("Police found several hundred radar scans on a hard disk.", "bulk-collection"),
        ("He read cargo files that his duties did not require.", "insider-access"),
        (
            'The "consultant" encouraged R.T. to apply for a transfer to the vault team.',
            "placement",
        ),
        ('The "sponsor" never gave an address.', "false-persona"),
        ("For a year the chats were only about chess and family.", "cultivation"),
        ("The tutor praised Aung as a rare talent.", "excessive-help-flattery"),
        ("She has been on the run since May.", "sudden-exit"),
        ("She was told to use it only for contacting him.", "covert-tradecraft"),
        ("He warned that the photos would reach her husband.", "threats-leverage"),
        (
            "She checked the charity against the register of associations and found nothing.",
            "false-persona",
        ),
        ("The later pages asked for the duty roster.", "escalation"),
        ("He asked for the names and ranks of the officers on the base.", "request-beyond-public"),
        ("The man said they could have her brother picked up.", "threats-leverage"),
        (
            'The host invited him to record an episode on "life at sea" and paid him 900 dollars.',
            "unsolicited-offer",
        ),
    ],
)
def test_what_case_reports_tell_in_their_own_words(sentence: str, tag: str) -> None:
    from quiz.extract import extract

    text = (
        "Ana Pop, a clerk, was sentenced to two years for passing secret documents to a foreign "
        f"intelligence officer. {sentence} She was arrested in May."
    )
    (case,) = extract([Document.from_bytes("t.txt", text.encode())]).cases
    assert tag in case.tag_ids


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("Her father suffers from a heart defect.", "sudden-exit"),
        ("He was later asked for the private telephone numbers of two judges.", "secrecy-pressure"),
        ("The company invited him to an all-expenses-paid weekend in Rome.", "invitation-travel"),
        (
            'He paid her each time, "so that it is a job and not a favour".',
            "excessive-help-flattery",
        ),
    ],
)
def test_words_that_look_like_a_sign_and_are_not(sentence: str, tag: str) -> None:
    # A "defect" is no defection; a private number asked for is a request, not secrecy; a
    # weekend away, not an interview, is no invitation to an event.
    assert tag not in find_cues(sentence)


def test_warning_signs_listed_by_an_expert_are_no_facts_of_the_case() -> None:
    sentence = (
        "The warning signs, she says, are money out of proportion to the task and pressure to "
        "keep things secret."
    )
    assert not {"disproportionate-reward", "secrecy-pressure"} & _tags_in_a_case(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("For weeks the pair messaged every night about films and work.", "cultivation"),
        (
            "The foundation cleared their rent arrears and paid the term fees.",
            "excessive-help-flattery",
        ),
        (
            "Her new friend brought food parcels and a new laptop for the children.",
            "excessive-help-flattery",
        ),
        ("Her declared income that year was a fraction of what she spent.", "unexplained-money"),
        ("He later called the offer too good to be true.", "unsolicited-offer"),
        ("The stranger said she could speed up the visa for his wife.", "unsolicited-offer"),
        ("Each answer earned him more than his monthly salary.", "disproportionate-reward"),
        ("She was paid several times what she earned in a month.", "disproportionate-reward"),
        ("His questions, the court heard, began harmlessly with the canteen menu.", "escalation"),
        ("Later tasks moved to the alarm codes of the depot.", "escalation"),
        ("The requests then turned to the door codes of the server room.", "request-beyond-public"),
        ("He kept asking for the movements of the port commander.", "request-beyond-public"),
        ("He asked her to tell no one at the ministry.", "secrecy-pressure"),
        ("He was told to hide the handset out of sight at home.", "covert-tradecraft"),
        (
            "A man who said he worked in the visa section of the embassy called her.",
            "false-persona",
        ),
        ("His son's work permit had been refused twice that spring.", "personal-vulnerability"),
    ],
)
def test_more_ways_reports_tell_the_signs(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


def test_someone_else_reporting_the_person_is_no_report_of_theirs() -> None:
    for sentence in (
        "She was caught in June when a depot security guard saw her copying the stock lists at "
        "night and reported her to the security office.",
        "The copies came to light when a colleague saw her photographing the rota and reported it "
        "to the internal security department.",
        "The drive was found during a spot check by the company's own security staff, who "
        "alerted the security office.",
    ):
        assert not {"security-office", "report-early"} & _tags_in_a_case(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("For a year the pair lunched together every week near the harbour.", "cultivation"),
        ("He took the clerk and her husband to dinner twice that spring.", "cultivation"),
        ("The woman kept in regular touch after the course ended.", "cultivation"),
        ("They talked late into the night about their children.", "cultivation"),
        ("The sponsor paid for a beach holiday for the whole family.", "excessive-help-flattery"),
        ("She praised a report the analyst had presented at the forum.", "excessive-help-flattery"),
        (
            "He was offered 4,000 dollars for a couple of short summaries.",
            "disproportionate-reward",
        ),
        ("The fee came to about three months' salary.", "disproportionate-reward"),
        ("Officers found banknotes hidden in a suitcase under the bed.", "unexplained-money"),
        ("Over the winter the questions broadened to troop movements.", "escalation"),
        ("He gradually started asking about the duty rota.", "escalation"),
        ("It was a register she could consult as part of her job.", "insider-access"),
        ("A laptop, to be used only for their messages, arrived by courier.", "covert-tradecraft"),
        ("She needed surgery abroad for her ailing father.", "personal-vulnerability"),
        ("He often voiced frustration over his pay.", "personal-vulnerability"),
        ("The visitor offered her 2,000 euros in return for the floor plans.", "unsolicited-offer"),
        ("He said he could get her well-paid consulting work.", "unsolicited-offer"),
        ("She dealt with a man who said he ran a freight business.", "false-persona"),
        ("The contact asked him to photograph the minister's diary.", "request-beyond-public"),
    ],
)
def test_ways_reports_tell_the_signs_seen_in_corpus_41(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


def test_a_fee_for_each_report_is_no_sign_of_pay_out_of_proportion() -> None:
    # Paid per piece is paid work; pay out of proportion needs the work to be next to nothing.
    assert "disproportionate-reward" not in find_cues("He was paid 250 euros for each summary.")


def test_the_earlier_someone_reports_is_advice_not_an_early_report() -> None:
    found = _tags_in_a_case(
        '"The earlier someone comes forward, the less damage there is," the inspector said.'
    )
    assert "report-early" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        '"Your bosses would be most curious to read these," he wrote to her.',
        "He warned that if she stopped he would want every payment back.",
    ],
)
def test_a_threat_said_as_a_hint(sentence: str) -> None:
    assert "threats-leverage" in find_cues(sentence)


def test_a_creditor_pressing_for_its_money_is_no_recruiters_threat() -> None:
    from quiz.extract import extract

    text = (
        "Ana Pop, a clerk, was sentenced to two years for espionage. By 2022 the moneylender "
        "was threatening to seize Pop's house."
    )
    (case,) = extract([Document.from_bytes("t.txt", text.encode())]).cases
    assert not {"threats-leverage", "coercion"} & case.tag_ids


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        ("It began with a letter that the engineer had not asked for.", "unsolicited-offer"),
        ("The invitation came from a man who signed himself Professor Adler.", "false-persona"),
        (
            "For the first few weeks the work was ordinary: summaries of published reports.",
            "escalation",
        ),
        ("Her first tasks were maps that are sold publicly.", "escalation"),
        ("The approach came while Ramos was abroad on a staff course.", "abroad-targeting"),
        ("He helped her with her thesis and her language exams.", "excessive-help-flattery"),
        ("The contact paid his gym membership fees for a year.", "excessive-help-flattery"),
        ("It was data she could reach on the laboratory's shared drives.", "insider-access"),
    ],
)
def test_ways_reports_tell_the_signs_seen_in_corpus_42(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


def test_a_purchase_in_cash_told_beside_a_confiscation_is_still_affluence() -> None:
    from quiz.extract import extract

    def tags(sentence: str) -> frozenset[str]:
        text = f"Ana Pop, a clerk, was sentenced to two years for espionage. {sentence}"
        (case,) = extract([Document.from_bytes("t.txt", text.encode())]).cases
        return case.tag_ids

    assert "unexplained-money" in tags(
        "The court ordered the confiscation of a car she had bought for cash in 2022."
    )
    # Money found at home and confiscated is the court's find, not money seen spent.
    assert "unexplained-money" not in tags(
        "The court ordered the confiscation of 9,000 euros found at her home."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # The first requests open to anyone, told in one sentence; the move to more in the next.
        "His first tasks were copies of court rulings that are open to the public.",
        "Within a year the handler had moved on to internal audit memos and staff lists.",
        "She soon went on to confidential contract files.",
    ],
)
def test_requests_that_began_open_to_anyone_and_moved_on_are_escalation(sentence: str) -> None:
    assert "escalation" in find_cues(sentence)


def test_moving_on_to_another_topic_is_not_escalation() -> None:
    assert "escalation" not in find_cues("Then she turned to other matters and left.")


@pytest.mark.parametrize(
    "sentence, tag",
    [
        (
            "Auditors flagged payments that did not match a junior clerk's salary.",
            "unexplained-money",
        ),
        ("Neighbours saw him building a large house outside the capital.", "unexplained-money"),
        ("Officers who searched her flat found about 40,000 dollars in cash.", "unexplained-money"),
        ("She paid her children's school fees a year ahead in cash.", "unexplained-money"),
        (
            "The first contact came in 2021 through a platform for freelance translators.",
            "online-approach",
        ),
        (
            "Logs showed hundreds of record searches with no link to her own cases.",
            "insider-access",
        ),
        ("Their talks were never to be mentioned in the office.", "secrecy-pressure"),
        (
            "He said the pictures would be sent to her employer unless she kept working for him.",
            "threats-leverage",
        ),
        ("The company would pay her handsomely for short reports.", "paid-tasks"),
        ("He offered her 5,000 dollars up front.", "paid-tasks"),
        ("The first requests were for a brochure that anyone could download.", "escalation"),
        ("In the end she was asking for the guard rotas.", "escalation"),
    ],
)
def test_more_ways_reports_tell_money_access_and_pressure(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


@pytest.mark.parametrize(
    "sentence, tag",
    [
        ("He is on bail, with his passport surrendered.", "self-surrender"),
        (
            "The matter surfaced after an audit; the affair surfaced in May.",
            "compromising-relationship",
        ),
        ("Staff lists posted in the canteen were photographed.", "abroad-targeting"),
        ("He paid the taxi in cash.", "unexplained-money"),
    ],
)
def test_words_that_only_look_like_a_sign(sentence: str, tag: str) -> None:
    assert tag not in find_cues(sentence)


def test_rules_for_contacting_the_recruiter_on_an_encrypted_app_are_no_online_approach() -> None:
    sentence = "He gave her rules for contacting him through an encrypted app."
    assert "online-approach" not in find_cues(sentence)
    assert "abroad-targeting" in find_cues(
        "She was studying for a degree in civil engineering overseas when a man wrote to her."
    )


def test_fees_the_person_was_seen_paying_in_cash_are_their_spending_not_a_gift() -> None:
    seen = "Neighbours told investigators he had paid his sons' school fees in cash."
    assert "excessive-help-flattery" not in find_cues(seen)
    assert "unexplained-money" in find_cues(seen)
    assert "excessive-help-flattery" in find_cues("The contact paid the school fees for a term.")


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("A week after the audit the clerk stopped coming in to work.", True),
        ("The technician failed to return to duty after the holiday.", True),
        ("After the argument he stopped coming to the choir rehearsals.", False),
        ("She stopped going to the gym when the baby was born.", False),
    ],
)
def test_gone_from_work_without_a_word_is_a_sudden_exit(sentence: str, shown: bool) -> None:
    assert ("sudden-exit" in find_cues(sentence)) is shown
    assert find_cues(sentence) == find_cues_slowly(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        (
            "Some 40,000 dollars went through her account within a year, far more than her salary.",
            "unexplained-money",
        ),
        ("Neighbours saw that he paid off his car loan in cash.", "unexplained-money"),
        ("For weeks the man kept sending her flowers and jewellery.", "excessive-help-flattery"),
        (
            "Online, he built up a friendship with the young officer over many months.",
            "cultivation",
        ),
        ("Then she was asked for the duty rosters of the control tower.", "escalation"),
        ("He received two months of his pay for a few hours of work.", "disproportionate-reward"),
        (
            "Had she called the hotline the first time he asked, nothing would have happened.",
            "report-early",
        ),
        (
            "The questions soon moved on to the layouts of the ammunition depot.",
            "request-beyond-public",
        ),
        ("She copied the registers late at night, when the office was empty.", "insider-access"),
        ("Then came requests for internal test-bench data.", "request-beyond-public"),
        ("He used his terminal at the depot to copy the stock lists.", "insider-access"),
        ("The recruiter paid for a new laptop worth 2,000 euros.", "excessive-help-flattery"),
        (
            "She bought a new car and told friends a lottery win had paid for it.",
            "unexplained-money",
        ),
        (
            "The first time he was asked for the duty plans, he should have gone to security.",
            "report-early",
        ),
        ("Later the man said he worked for people in his government.", "disclosed-affiliation"),
        (
            "If he refused, she wrote, the photos would go to his wife and his commander.",
            "threats-leverage",
        ),
        ("Their chats soon grew into a close friendship.", "cultivation"),
        ("Mr Ortiz paid for a sailing holiday for her, the court found.", "cultivation"),
    ],
)
def test_more_ways_of_telling_a_concept(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)
    assert find_cues(sentence) == find_cues_slowly(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # Pay measured against a stipend or a pay period.
        (
            "She was paid 90 dollars a note, more than the intern's monthly stipend.",
            "disproportionate-reward",
        ),
        (
            "He was offered a fee of 300 pounds, more than a week's pay for a porter.",
            "disproportionate-reward",
        ),
        # Exposure as what others would hear unless the person went on.
        (
            "He said her employer would hear about the payments unless she kept working.",
            "threats-leverage",
        ),
        # Met among a diaspora, abroad.
        ("While studying, he met a woman at a diaspora community festival.", "abroad-targeting"),
        # A deal or a sum proposed for a task.
        ("Over lunch he proposed a consultancy contract with a monthly fee.", "unsolicited-offer"),
        ("He offered her 200 euros to review a few public tenders.", "unsolicited-offer"),
        # Harmless first requests, and requests that then moved on.
        ("At first the questions concerned office hours and the canteen.", "escalation"),
        ("The first requests, he said, were the kind a student might make.", "escalation"),
        ("The requests began with public maps, then moved to internal pipe surveys.", "escalation"),
        ("The tasks then moved to unpublished test results.", "request-beyond-public"),
        ("He wanted her notes from a closed session of the committee.", "request-beyond-public"),
        # Presents and flattery: the person is wasted where they work.
        ("He told him his talents were wasted in a district office.", "excessive-help-flattery"),
        ("He brought her a tablet and medicines for her mother.", "excessive-help-flattery"),
        # A counterfactual that names the early moment.
        (
            "If he had gone to his manager when the first odd request came, he would be free.",
            "report-early",
        ),
        # Corpus 125: what an early report kept or would have kept; the report with its time
        # between; a coordinator; a share of a month's pay; a threat of who would receive them.
        (
            "If Bra Albie had come to us in December, he would still have his job.",
            "report-early",
        ),
        (
            "Because she came to us at once, neither the register nor the list ever left the gate.",
            "report-early",
        ),
        (
            "She refused, and reported it at the start of her next shift, on Monday, to her shift "
            "supervisor.",
            "security-office",
        ),
        ("She took the card to the visitor centre coordinator.", "security-office"),
        ("He telephoned the duty coordinator that same evening.", "security-office"),
        ("He presented himself of his own accord at the security office.", "self-surrender"),
        (
            "She offered him 150 leva a week, which is a third of a month's pay for a few photos.",
            "disproportionate-reward",
        ),
        ("That is more than the talk could possibly be worth.", "disproportionate-reward"),
        (
            "He wrote that the press would receive them if he did not cooperate.",
            "threats-leverage",
        ),
        (
            "He offered her USD 500 for the calendar of official visits and the names of the "
            "guards.",
            "request-beyond-public",
        ),
        ("Over three Saturdays he ran alongside her and bought her new shoes.", "cultivation"),
        ("He took Stoyo fishing and praised his knowledge of the sea.", "cultivation"),
    ],
)
def test_ways_new_reports_tell_familiar_patterns(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # A phone handed over for contact is tradecraft, not a present.
        ("He gave her a cheap phone to be used only for him.", "excessive-help-flattery"),
        # Money wasted is not flattery.
        ("The audit found that the money was wasted on consultants.", "excessive-help-flattery"),
        # A report that came late names no early moment.
        ("If she had gone to the police at all, the case would have ended sooner.", "report-early"),
        # Corpus 125: a court's condition for the future, sums paid over to a charity, a repair
        # workshop that held a motor.
        (
            "(c) to report at once to the Public Ministry any attempt at contact.",
            "report-early",
        ),
        ("The sums received are to be paid over in full to a public-benefit body.", "paid-tasks"),
        (
            "When the workshop would not release the motor until the bill was paid, he paid it.",
            "invitation-travel",
        ),
    ],
)
def test_near_misses_of_those_patterns_are_not_shown(sentence: str, tag: str) -> None:
    assert tag not in find_cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # "In his favour" in court is no favour done for him.
        ("Coming forward still counted in his favour, the judge said.", "excessive-help-flattery"),
        # Published material asked for is not beyond what is public.
        ("Her brother first asked her for copies of published bulletins.", "request-beyond-public"),
    ],
)
def test_idioms_and_public_requests_show_no_pattern(sentence: str, tag: str) -> None:
    assert tag not in find_cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        (
            "She was paid 45,000 in all, more than ten years of her official salary.",
            "disproportionate-reward",
        ),
        ("He paid her school fees when the family fell behind.", "personal-vulnerability"),
        ("He helped with the hospital bills after her husband fell ill.", "personal-vulnerability"),
        (
            "A single conversation with her supervisor would have ended this, he said.",
            "report-early",
        ),
        ("He was approached while attending an equipment fair abroad.", "abroad-targeting"),
        (
            "The man stopped at the stand and suggested a consultancy arrangement.",
            "unsolicited-offer",
        ),
        (
            "He offered her 400,000 francs to spend a weekend checking a copy of the register.",
            "unsolicited-offer",
        ),
        ("It was first a favour, then a small job, and finally a threat.", "escalation"),
        ("Over a year he pulled about 60 reports from the laboratory's records.", "insider-access"),
        ('He said "people in my government" valued the help.', "disclosed-affiliation"),
        ("He insisted that her superiors need not know.", "secrecy-pressure"),
        (
            "She asked which judges had asked for protection, and for copies of their files.",
            "request-beyond-public",
        ),
        ("He wanted the clinic's prescriptions for three ministers.", "request-beyond-public"),
    ],
)
def test_more_ways_reports_tell_familiar_patterns(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


def test_what_prosecutors_say_of_the_recruiter_is_no_disclosure() -> None:
    said = (
        "He passed rosters to a man who prosecutors say worked for a foreign intelligence service."
    )
    assert "disclosed-affiliation" not in find_cues(said)
    told = "The man told her he worked for a foreign intelligence service."
    assert "disclosed-affiliation" in find_cues(told)


def test_a_hazard_that_threatens_is_no_coercion() -> None:
    hazard = "It offered places on a project for island communities threatened by rising seas."
    assert "coercion" not in find_cues(hazard)
    assert "coercion" in find_cues("He threatened to tell her employer.")


def test_an_online_advert_the_person_answered_is_an_online_approach() -> None:
    answered = "In 2022 he answered a Facebook advertisement from a group offering paid places."
    assert "online-approach" in find_cues(answered)


def test_gift_cards_as_payment_and_own_spending_are_no_favours() -> None:
    paid = "He was paid in supermarket gift vouchers worth about 9,000 dollars over a year."
    assert "excessive-help-flattery" not in find_cues(paid)
    spent = "She paid off her car loan and bought a new flat, which her colleagues noticed."
    assert "excessive-help-flattery" not in find_cues(spent)
    # The recruiter's help with the debts, and a present, still are.
    assert "excessive-help-flattery" in find_cues("The man offered to pay off her car loan.")
    assert "excessive-help-flattery" in find_cues("He sent her flowers and a gift card.")


def test_a_trip_offered_a_visiting_delegation_and_a_claimed_life_abroad_are_not_abroad() -> None:
    # Read 131: scenarios set abroad for people who never travelled.
    for sentence in (
        "The publisher offered to pay her flights and hotel to speak at a congress overseas.",
        "A trade delegation from a consultancy visited the office during a tour of the island.",
        "She was contacted by a man who said he was an engineer living abroad.",
    ):
        assert "abroad-targeting" not in find_cues(sentence), sentence
    assert "abroad-targeting" in find_cues("While posted abroad, he was approached at a bar.")


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # A contact who would pass on what he holds, told in the person's own words.
        (
            '"He said he kept copies of every page and would send them to my manager."',
            "threats-leverage",
        ),
        ("He threatened to show the letters to her husband.", "coercion"),
        ('"I said no, and then he changed," she told the court.', "coercion"),
        # Errands and bills for an ill relative are favours.
        (
            "The stranger found her father a surgeon and paid for medicines.",
            "excessive-help-flattery",
        ),
        ("He drove her to the clinic every week while she was ill.", "excessive-help-flattery"),
        ("The Russian brought him books and paid for dinners.", "excessive-help-flattery"),
        # Material taken from the person's own office, or seen through their post's access.
        ("He took the drawings from his office and photographed them at home.", "insider-access"),
        ("Her access to the land registry allowed her to view every owner.", "insider-access"),
        # An old friend's dinners for the couple, and a daughter's university fees paid.
        ("He invited Quispe and his wife to dinners.", "cultivation"),
        ("He paid part of the university fees of her son.", "excessive-help-flattery"),
        # The contact's phone, for him alone and hidden at work.
        (
            "He handed her a phone and told her to use it only for him.",
            "covert-tradecraft",
        ),
        ("She was told to keep it switched off at work.", "secrecy-pressure"),
        ('"He invited me to lunches and asked about my family."', "cultivation"),
    ],
)
def test_a_confession_in_the_first_person_tells_the_same_patterns(sentence: str, tag: str) -> None:
    assert tag in find_cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # Dinners invited to are no talk to give at an event abroad.
        ("He invited her to dinners, talked about books and films.", "invitation-travel"),
        # A favour paid for is no payment for tasks.
        ("The man paid for her mother's medicine.", "paid-tasks"),
        ("He paid for dinners and theatre tickets.", "paid-tasks"),
        ("He invited them to dinners and paid part of the university fees.", "paid-tasks"),
        ("He invited them to dinners and paid part of the university fees.", "invitation-travel"),
        # One dinner at a conference is no cultivation.
        ("At the conference he invited him to dinner once.", "cultivation"),
        # A throwaway phone for the contact is no present.
        (
            "He gave her a cheap phone and told her to use it only for him.",
            "excessive-help-flattery",
        ),
    ],
)
def test_favours_and_dinners_are_not_paid_tasks_or_travel(sentence: str, tag: str) -> None:
    assert tag not in find_cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # The person's own phone or mailbox, used: no secrecy asked of them (read 153).
        ("He sent photographs of the maps from his personal phone.", False),
        ("She received a message through her personal email from a consultant.", False),
        # The contact's own words asking for secrecy, in quotes.
        ('The sender asked her to keep the arrangement "strictly between us".', True),
        ("The recruiter asked him to use a personal email address from now on.", True),
    ],
)
def test_secrecy_is_asked_of_the_person_not_their_own_phone_used(
    sentence: str, shown: bool
) -> None:
    assert ("secrecy-pressure" in find_cues(sentence)) is shown


@pytest.mark.parametrize(
    ("sentence", "tag", "shown"),
    [
        # A relative's fate held over the person is a threat, not the law's penalty.
        (
            "When he hesitated, the contact stated that his sister would face a long prison "
            "term and deportation.",
            "threats-leverage",
            True,
        ),
        (
            "When he hesitated, the contact stated that his sister would face a long prison "
            "term and deportation.",
            "coercion",
            True,
        ),
        ("If convicted, the engineer faces up to 15 years in prison.", "threats-leverage", False),
        (
            'The messages would be "passed to the right people" at home, he was told.',
            "threats-leverage",
            True,
        ),
        # A relative held abroad, and fear for them, are what a recruiter exploits.
        (
            "Her son, a student abroad, had been detained over a visa dispute.",
            "personal-vulnerability",
            True,
        ),
        ("Fearing for her son, she sent the drawings.", "personal-vulnerability", True),
        # A security liaison told; one's own organisation told; reported before anything given.
        (
            "She took the emails to the ministry's security liaison officer.",
            "security-office",
            True,
        ),
        ("He reported the offer to his hospital the next week.", "security-office", True),
        # The security team that found the leak is no report made by the person.
        (
            "The company's security team detected the downloads in March.",
            "security-office",
            False,
        ),
        (
            "The clerk reported the message before sending anything to the man.",
            "report-early",
            True,
        ),
        # A cover story to give at work is secrecy asked of the person.
        (
            "She was told to describe the payments to her manager, if asked, as translation fees.",
            "secrecy-pressure",
            True,
        ),
        # A few pages photographed are not many.
        ("She photographed and sent two pages of the manual.", "bulk-collection", False),
        ("She photographed hundreds of pages of the manual.", "bulk-collection", True),
        # A present is not the person's own spending; money not accounted for is.
        ("The contact gave her an expensive watch for her birthday.", "unexplained-money", False),
        (
            "Police found 30,000 dollars at his flat that he could not account for.",
            "unexplained-money",
            True,
        ),
    ],
)
def test_relatives_held_over_a_person_reports_inside_and_what_money_shows(
    sentence: str, tag: str, shown: bool
) -> None:
    # Corpus 58, in other words: a brother detained abroad used as leverage, a security liaison
    # officer told the same afternoon, a cover story for the employer, "three pages", a watch.
    assert (tag in find_cues(sentence)) is shown
    assert (tag in find_cues_slowly(sentence)) is shown


@pytest.mark.parametrize(
    ("sentence", "tag", "shown"),
    [
        # A person's own account in the first person tells the same patterns.
        (
            "Then he asked me to bring him a copy of our shift roster and the loading plans.",
            "request-beyond-public",
            True,
        ),
        ("When I said I could not do it, his face changed.", "coercion", True),
        (
            "He offered 9,000 a month. My salary is not even a quarter of that.",
            "disproportionate-reward",
            True,
        ),
        (
            "The police found that the trading company he had named did not exist.",
            "false-persona",
            True,
        ),
        # Advice to the reader, and the law's offer to anyone, are not this case's.
        (
            "If you receive an unusual offer, stop the contact and report it as early as possible.",
            "report-early",
            False,
        ),
        (
            "By law, a person who voluntarily reports such contacts is released from liability.",
            "self-surrender",
            False,
        ),
    ],
)
def test_an_account_in_the_first_person_and_advice_to_the_reader(
    sentence: str, tag: str, shown: bool
) -> None:
    # Corpus 59, in other words: a dog handler's own account ("he asked me to bring him a copy
    # of our deployment roster"), and a prosecutor's reminder to citizens.
    assert (tag in find_cues(sentence)) is shown
    assert (tag in find_cues_slowly(sentence)) is shown


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # Read 168: a judge's reason for custody was told as a colleague's sudden trip abroad.
        (
            "A judge ordered her held for 30 days, citing the risk that she could flee abroad.",
            False,
        ),
        ("The court refused bail, calling him a flight risk.", False),
        ("She left the country two days after the audit began and has not returned.", True),
    ],
)
def test_a_courts_fear_of_flight_is_no_departure(sentence: str, shown: bool) -> None:
    assert ("sudden-exit" in find_cues(sentence)) is shown
    assert ("sudden-exit" in find_cues_slowly(sentence)) is shown


def test_a_cue_naming_a_letter_beyond_ascii_keeps_words_with_such_letters_matching() -> None:
    # "(?<!attaché\s)" in one cue kept "é" in the ASCII form of every text, and RE2's ASCII
    # \w stopped matching "Montréal-Trudeau": a case lost its arrest at an airport.
    import re2

    cue = r"(?<!attaché\s)\b(?:arrested)\s+at\s+(?:[\w-]+\s+){0,2}?airport\b|\battaché\b"
    options = re2.Options()
    options.never_capture = True
    found = re2.Set.SearchSet(options)
    found.Add(relax(cue))
    found.Compile()
    for text in (
        "vasile was arrested at montréal-trudeau airport on thursday.",
        "he met a trade attaché at a reception.",
    ):
        assert found.Match(ascii_form(text)) == [0], text
    assert "é" not in relax(cue)


@pytest.mark.parametrize(
    ("sentence", "tag", "shown"),
    [
        # Corpus 62, in other words. The service's officers naming themselves: an affiliation
        # disclosed, no cover.
        (
            "At the hotel two men introduced themselves as officers of the Foreign Intelligence "
            "Service and asked her to cooperate.",
            "disclosed-affiliation",
            True,
        ),
        (
            "At the hotel two men introduced themselves as officers of the Foreign Intelligence "
            "Service and asked her to cooperate.",
            "false-persona",
            False,
        ),
        ("A man introduced himself as a buyer for a shipping firm.", "false-persona", True),
        # Exposure promised on refusal, told the other way round.
        (
            "They warned that the photographs would be sent to her husband if she refused.",
            "coercion",
            True,
        ),
        # The law's offer to anyone, with words between "a person who" and the coming forward.
        (
            "The law allows a person who has been drawn into such work, and who voluntarily "
            "reports it, to be released from liability.",
            "self-surrender",
            False,
        ),
        # A private channel asked for, and the contact to stay private.
        (
            "He asked her to write to a personal Gmail account instead.",
            "secrecy-pressure",
            True,
        ),
        (
            "He said it would be better for both of them if the arrangement stayed private.",
            "secrecy-pressure",
            True,
        ),
        # The person's own judgement of a fee, and praise of their mind.
        ("I knew that nobody pays 2,000 euros for that.", "disproportionate-reward", True),
        ("He said she was the brightest analyst he had met.", "excessive-help-flattery", True),
        # Travel and a hotel paid by an invitation are expenses, not pay for tasks.
        ("Flights and four nights in a hotel, all paid.", "paid-tasks", False),
        ("Flights and a hotel, all paid, and 2,000 euros for the talk.", "paid-tasks", True),
        # The contact's own channel is no hotline; a hotline is.
        ("He asked to continue on a separate phone number.", "hotline", False),
        ("She called the service's telephone line that night.", "hotline", True),
        # Requirements that change, and access to the employer's systems asked for.
        ("Within a month the requirements changed.", "escalation", True),
        ("He asked whether she could share a test account.", "request-beyond-public", True),
        ("He asked which VPN software the clinic used.", "request-beyond-public", True),
        # An expert's advice is no case's move.
        (
            "Her advice is simple: treat an unsolicited job offer as a security incident.",
            "unsolicited-offer",
            False,
        ),
        # Material from the employer's systems, and whole repositories.
        (
            "He sent three files of test data from the institute's shared drive.",
            "insider-access",
            True,
        ),
        (
            "She downloaded entire code repositories onto a private disk.",
            "bulk-collection",
            True,
        ),
        # A foreigner who moved to the country to work.
        (
            "Ana Lima moved to Oslo from Porto six years ago to work in a hospital lab.",
            "abroad-targeting",
            True,
        ),
        # The head of one's own unit told; coming forward early.
        ("She also informed the head of her department.", "security-office", True),
        ("They said he had done right by coming forward so early.", "report-early", True),
        # Money put away, and deposits unexplained.
        ("Police found some of the cash hidden in his shed.", "unexplained-money", True),
        ("Bank records show deposits he has been unable to explain.", "unexplained-money", True),
        # A favour to the family; presents kept up over months.
        ("The man helped her son find a place at a college.", "excessive-help-flattery", True),
        ("Over several months he sent her small presents.", "cultivation", True),
        # A partner kept in the dark is no compromising relationship.
        (
            "He was told to tell no one, including his girlfriend.",
            "compromising-relationship",
            False,
        ),
        ("She began a relationship with the man in May.", "compromising-relationship", True),
        # Corpus 63, in other words.
        (
            "Two men called at her flat unannounced and offered to pay her son's tuition.",
            "unsolicited-offer",
            True,
        ),
        (
            "He had fallen behind on the rent and taken several payday loans.",
            "personal-vulnerability",
            True,
        ),
        (
            "She had begun building a house and bought a new car, which she told neighbours was "
            "a gift from an aunt abroad.",
            "unexplained-money",
            True,
        ),
        (
            "She had begun building a house and bought a new car, which she told neighbours was "
            "a gift from an aunt abroad.",
            "excessive-help-flattery",
            False,
        ),
    ],
)
def test_concepts_of_corpora_62_and_63(sentence: str, tag: str, shown: bool) -> None:
    assert (tag in find_cues(sentence)) is shown
    assert (tag in find_cues_slowly(sentence)) is shown


def test_a_confession_once_caught_is_no_coming_forward() -> None:
    # "his full confession after arrest" (corpus 66); a confession made of one's own accord is.
    assert "self-surrender" not in find_cues(
        "The court took account of his full confession after arrest."
    )
    assert "self-surrender" in find_cues(
        "He confessed to his commander before anyone suspected him."
    )
