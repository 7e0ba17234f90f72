"""Short new situations built from the taxonomy's patterns, for scenario questions.

Each warning sign has situations that show it; each of several recruitment patterns has a
*benign look-alike* (an ordinary contact, handled properly) and a suspicious twin. The generator
checks every situation with the same cue patterns extraction uses: a situation must show its own
tag, a look-alike must show no warning sign, and a wrong answer must not be shown by the text.
"""

from __future__ import annotations

WARNING_SITUATIONS: dict[str, tuple[str, ...]] = {
    "unsolicited-offer": (
        "A stranger who says he runs a consultancy sends you an unsolicited message offering "
        "part-time work writing short reports about your field.",
        "At a trade fair a foreigner you have never met approaches you and proposes to buy "
        "technical material from your company.",
    ),
    "disproportionate-reward": (
        "A new client you know only by email offers a generous fee for a two-page summary of "
        "trends in your industry, several times what such work is worth.",
        "An acquaintance promises a handsome payment for a short chat about your team's work.",
    ),
    "request-beyond-public": (
        "A contact who has been buying your summaries of public news now says they are useless "
        "and asks for internal documents from your unit.",
        "A researcher you met at a seminar asks you to send him unpublished research data "
        "from your laboratory.",
    ),
    "secrecy-pressure": (
        "A friendly contact asks you to keep your meetings secret and to write to a new private "
        "email address instead of your work account.",
        "Your online contact insists that you delete your chats and tells you not to mention "
        "him to your colleagues.",
    ),
    "threats-leverage": (
        "After you stop replying, a contact threatens to send the reports you already provided "
        "to your employer unless you keep helping.",
        "A contact threatens to reveal your private life to your family if you refuse his "
        "next request.",
    ),
    "disclosed-affiliation": (
        "Over dinner, a foreign friend tells you that he works for an intelligence service and "
        "asks you to cooperate with his agency.",
        "Just before you fly home after a year abroad, the man who helped you settle in reveals "
        "that he is with a spy agency and asks you to keep working with him.",
    ),
    "excessive-help-flattery": (
        "A foreign acquaintance keeps bringing expensive gifts for your children and praises "
        "your work lavishly at every meeting.",
        "A new contact takes the initiative to help solve your housing problems and does you "
        "favours you never asked for.",
    ),
    "bulk-collection": (
        "A colleague in your unit has been copying hundreds of files to a USB drive and taking "
        "them home.",
        "You notice that a co-worker prints a large number of documents unrelated to his "
        "tasks and carries them out of the office.",
    ),
    "unexplained-money": (
        "A colleague on a modest salary suddenly shows a lavish lifestyle and unexplained cash.",
        "A co-worker mentions undeclared payments into a foreign account that he cannot explain.",
    ),
    "sudden-exit": (
        "A colleague who handled classified material resigns without notice and tries to leave "
        "the country.",
        "A co-worker who had access to sensitive plans quits abruptly and books a one-way ticket "
        "abroad.",
    ),
    "personal-vulnerability": (
        "A colleague with heavy gambling debts mentions that a new foreign friend has offered "
        "to help him out.",
        "A lonely co-worker in financial trouble says an online contact has been very "
        "understanding about his problems.",
    ),
}
"""Per warning sign, situations in which it is the plain red flag."""

LOOK_ALIKES: dict[str, tuple[str, str]] = {
    "invitation-travel": (
        "A university your department has worked with for years invites you to speak at its "
        "annual conference. The invitation comes through your department, your employer pays "
        "the travel, and you register the trip with your security office as the rules require.",
        "A foundation you have never heard of invites you to lecture abroad, offers to pay all "
        "your travel and a generous fee, and asks you to keep the trip secret from your "
        "employer.",
    ),
    "online-approach": (
        "A recruiter from a well-known company messages you on a professional networking site "
        "about a post advertised on the company's own website. The interview covers only your "
        "public CV, and you mention it to your manager.",
        "A recruiter you cannot find anywhere messages you on a professional networking site "
        "and offers a generous fee for a report on your unit's internal projects, if you keep "
        "it between the two of you.",
    ),
    "cultivation": (
        "A foreign colleague on an official exchange programme, arranged by both employers, "
        "invites your whole team to a farewell dinner, and you note the contact as your "
        "rules require.",
        "A foreign acquaintance who has spent months helping you with your language and your "
        "family's problems keeps bringing expensive gifts and now asks you to keep your "
        "meetings secret.",
    ),
    "paid-tasks": (
        "A trade magazine you have written for before pays its standard fee for an article "
        "you write from published sources, under a contract your employer approved.",
        "An online client pays a generous fee for each short report and now asks for internal "
        "documents from your unit.",
    ),
    "false-persona": (
        "A journalist from a national newspaper calls your press office, gives her name and "
        "outlet, and asks for a public statement; the press office checks her and answers.",
        "A man who says he is a technical expert from a foreign firm approaches you at the gate "
        "and proposes to buy internal technical material from your unit.",
    ),
}
"""Per recruitment pattern: (an ordinary contact handled properly, its suspicious twin)."""

NOT_SUSPICIOUS = "Nothing suspicious: an ordinary contact, handled properly"

WRONG_ACTIONS: tuple[str, ...] = (
    "Keep in touch with the contact to gather more proof before telling anyone",
    "Stop replying and forget about it: there is no need to tell anyone",
    "Ask the contact directly whether they work for an intelligence service",
    "Post a warning about the contact on social media",
    "Hand over something harmless so that the contact goes away",
)
"""Plausible but wrong responses to an approach: never one of the organisation's channels."""

WRONG_WAYS_OUT: tuple[str, ...] = (
    "Keep cooperating quietly until the contact loses interest",
    "Destroy the evidence and resign before anyone notices",
    "Pay the contact to stop and tell no one",
)
"""Plausible but wrong ways out for someone already caught up in a recruitment."""
