"""The awareness taxonomy: tag ids (a contract, see shared/TAXONOMY.md), what trainees read about
them, and the cue patterns that find them in case material.

The ids and topics are fixed; everything else here belongs to the project. Cue patterns describe a
concept broadly (the many ways a news report can say it), never the seed texts' exact wording:
extraction is judged on documents it has never seen.
"""

from __future__ import annotations

import functools
import re

import attrs

TOPICS: tuple[str, ...] = ("recruitment", "warning-signs", "reporting")

TOPIC_TITLES: dict[str, str] = {
    "recruitment": "Recruitment patterns",
    "warning-signs": "Warning signs",
    "reporting": "Reporting channels",
}


@attrs.frozen
class Tag:
    """One taxonomy entry."""

    id: str
    """The contract id, e.g. ``false-persona``."""
    topic: str
    """One of :data:`TOPICS`."""
    label: str
    """A short name a trainee reads as an answer choice."""
    definition: str
    """One sentence that explains the concept."""
    cues: tuple[str, ...]
    """Regular expressions, in lower case, whose match in a lower-cased sentence is evidence of
    the tag."""
    stage: int = 50
    """Where the step usually falls in an approach (for ordering questions); lower is earlier."""

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.id)


# Building blocks shared by several cues.
_CONTACT = (
    r"(?:foreigner|stranger|man|woman|person|contact|handler|recruiter|agent|officer|diplomat"
    r"|individual|someone|people|personnel|acquaintance|friend)"
)
_MONEY_WORD = (
    r"(?:money|cash|pay(?:ment|ments|ing|s)?|paid|reward(?:s|ed)?|fees?|sums?|bribes?|bitcoin|"
    r"crypto(?:currency)?|dollars|euros|pounds|yuan|rubles|roubles|wired|compensat\w+|remunerat\w+)"
)
_SECRET_DOCS = (
    r"(?:classified|secret|confidential|internal|restricted|sensitive|unpublished|proprietary|"
    r"non-public|top secret)\s+(?:\w+\s+){0,2}?(?:documents?|files?|materials?|information|"
    r"papers?|data|reports?|intelligence|manuals?|details|plans|research|briefings?|designs?|"
    r"assessments?|schedules?|procedures?|diagrams?|minutes|drafts?|settings|specifications?|"
    r"blueprints?|systems?|sessions?|networks?|results|meetings?|notes?|memos?|positions?|"
    r"lists?|discussions?)"
)

_TAGS: tuple[Tag, ...] = (
    # --- recruitment -----------------------------------------------------------------------
    Tag(
        "false-persona",
        "recruitment",
        "A recruiter hiding behind a cover identity",
        "The recruiter poses as someone harmless: a technical expert, buyer, headhunter, "
        "think-tank or university representative, official, diplomat or journalist.",
        (
            r"\b(?:claim(?:ed|ing|s)?|pos(?:ed|ing|es)|present(?:ed|ing)\s+(?:him|her|them)sel(?:f|ves))"
            r"\s+(?:to\s+be\s+|as\s+)?(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?"
            r"(?:expert|buyer|headhunter|recruiter|consultant|journalist|reporter|researcher|"
            r"scholar|academic|official|diplomat|businessm[ae]n|investor|enthusiast|student|"
            r"representative|employee|ministry|agency|company|firm|consultancy|think[- ]tank|"
            r"professor|editor|analyst|trader|entrepreneur|worker|member)",
            r"\bcalled\s+(?:him|her|them)sel(?:f|ves)\b",
            r"\b(?:under|using)\s+(?:the\s+)?(?:guise|cover|pretext|pretence|pretense)\b",
            r"\bfake\s+(?:\w+\s+)?(?:persona|identity|profile|company|firm|consultancy|"
            r"journalist|recruiter|account|name)",
            r"\b(?:real|true)\s+identity\b",
            r"\bcover\s+(?:identity|story|name|company)\b",
            r"\bfront\s+(?:company|organi[sz]ation|firm)\b",
            r"\bposing\s+as\b|\bposed\s+as\b|\bmasquerad\w+\s+as\b|\bpretend\w*\s+to\s+be\b",
            r"\bnot\s+an?\s+(?:ordinary|average|real|genuine)\s+\w+",
            r"\b(?:introduced|described|presented|identified)\s+(?:him|her|them)sel(?:f|ves)\s+as\b",
            r"\bgave\s+(?:his|her|their)\s+name\s+as\b",
            r"\b(?:said|says|claimed|told\s+\w+)\s+(?:that\s+)?(?:she|he|they)\s+(?:was|were|is|worked)\s+"
            r"(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:journalist|reporter|headhunter|"
            r"recruiter|consultant|expert|researcher|scholar|academic|diplomat|official|"
            r"businessm[ae]n|investor|student|manager|representative|editor|analyst|buyer|"
            r"enthusiast|hobbyist|company|firm|think[- ]tank|foundation|university)",
            r"\bno\s+such\s+\w+\s+exist",
            r"\b(?:name|identity|profile|company|account)\s+was\s+(?:a\s+)?(?:cover|fake|false|"
            r"fictitious|invented)\b",
            r"\b(?:false|fake|fictitious|bogus|invented)\s+(?:name|identity|company|firm|profile|"
            r"persona|business|consultancy|website)\b",
            r"\bwhat\s+(?:it|he|she|they)\s+claimed\s+to\s+be\b",
            r"\b(?:diplomatic|journalistic|academic|commercial|business)\s+cover\b",
            r"\b(?:profile|account)\s+in\s+the\s+name\s+of\b|\bpersona\b",
            r"\bprofile\s+said\s+(?:she|he|they)\s+(?:was|were|worked)\b",
            r"\b(?:he|she|they)\s+believed\s+(?:\w+\s+){0,2}(?:worked|was|were)\s+(?:for|from|with)\b",
            r"\b(?:a\s+)?front\s+(?:used|set\s+up|run)\s+by\b|\bset\s+up\s+by\s+(?:a|the)\s+(?:[\w-]+\s+)"
            r"{0,2}(?:intelligence|spy|security)\s+(?:service|agency)",
            r"\b(?:purported(?:ly)?|self-(?:described|styled)|so-called)\b",
            r"\bshell\s+(?:company|firm)\b",
            r"\bfalse[- ]flag\b",
            r"\bclaim(?:ed|ing|s)?\s+to\s+represent\b",
            r"\bsaid\s+(?:he|she|they)\s+represented\b",
        ),
        stage=10,
    ),
    Tag(
        "online-approach",
        "recruitment",
        "A first contact made online",
        "The first contact comes online: an unsolicited email, a social-media or professional "
        "networking message, an online job or part-time-work advert, a dating site.",
        (
            r"\b(?:e-?mails?|mailbox|inbox)\b",
            r"\b(?:contact\w*|approach\w*|messag\w*|met|meet|befriend\w*|recruit\w*|connect\w*|"
            r"reached\s+out|wrote|chat\w*|invit\w+|found|spotted|profile|friend)\b.{0,60}"
            r"\b(?:linkedin|facebook|instagram|twitter|wechat|whatsapp|telegram|tiktok|weibo|"
            r"tinder|bumble|discord|reddit|vk|qq|snapchat)\b",
            r"\b(?:linkedin|facebook|instagram|twitter|wechat|whatsapp|telegram|tiktok|weibo|"
            r"tinder|bumble|discord|reddit|vk|qq|snapchat)\b.{0,60}\b(?:contact\w*|approach\w*|"
            r"messag\w*|met|befriend\w*|recruit\w*|connect\w*|reached\s+out|profile|offer\w*)\b",
            r"\b(?:social\s+media|social\s+network\w*|networking\s+(?:site|platform)|"
            r"dating\s+(?:site|app|website|platform)|chat\s+(?:app|room)|online\s+(?:forum|ad|"
            r"advert\w*|job|profile|game|platform|chat)|job\s+(?:ad|advert\w*|posting|site|board))\b",
            r"\b(?:on|over|via|through)\s+the\s+internet\b",
            r"\bin\s+the\s+internet\s+world\b",
            r"\b(?:online|internet)\b.{0,60}\b(?:contact\w*|approach\w*|recruit\w*|messag\w*|"
            r"met|befriend\w*|hook\w*|trick\w*)",
            r"\b(?:contact\w*|approach\w*|recruit\w*|messag\w*|met|befriend\w*)\b.{0,60}"
            r"\b(?:online|internet)\b",
            r"\b(?:direct\s+message|friend\s+request|connection\s+request)\b",
            r"\bspam\b",
            r"\b(?:gaming|video\s+calls?|group\s+chats?|chat\s+groups?)\b",
            r"\b(?:internet|web|hobby|discussion)\s+forums?\b",
            r"\bfreelanc\w+\s+(?:platform|site|website|marketplace)\b",
            r"\blanguage[- ]exchange\s+(?:app|site|platform)\b",
        ),
        stage=5,
    ),
    Tag(
        "cultivation",
        "recruitment",
        "Slow cultivation through friendship and favours",
        "The recruiter builds a friendship over time: help with work, language or life problems, "
        "kindness to the family, dinners, outings, gifts; official contact drifts into private.",
        (
            r"\bbefriend\w*\b",
            r"\b(?:became|become|becoming|made)\s+(?:close\s+)?friends\b",
            r"\bfriendship\b",
            r"\b(?:dinners?|lunch(?:es)?|meals?|drinks|outings?|trips?|holidays?|gifts?|presents?)"
            r"\b.{0,80}\b(?:him|her|them|his|family|wife|husband|partner|children)\b",
            r"\btook\s+(?:\w+\s+){0,2}(?:to|for|out\s+to)\s+(?:\w+\s+){0,2}(?:dinners?|lunch(?:es)?|"
            r"drinks|meals?)\b",
            r"\bcourt(?:ship|ed|ing)\b",
            r"\b(?:treated|treating|treats)\s+(?:\w+\s+){0,8}(?:friendly|kindly|generously|well)\b",
            r"\b(?:help|helped|helping)\s+(?:\w+\s+){0,3}(?:to\s+)?(?:improve|solve|with|find|get)\b",
            r"\bfrom\s+official\s+(?:contact|relations?)\s+to\s+(?:secret|private|personal)\b",
            r"\b(?:over|during)\s+(?:the\s+)?(?:following\s+|next\s+)?(?:several\s+|many\s+|a\s+few\s+)?"
            r"(?:months|years)\b.{0,60}\b(?:met|meetings?|relationship|friend\w*|trust)",
            r"\bgain(?:ed|ing)?\s+(?:his|her|their)\s+trust\b",
            r"\b(?:wined\s+and\s+dined|cultivat\w+)\b",
            r"\b(?:grew|became|got)\s+(?:\w+\s+)?close\b",
            r"\bkept\s+in\s+touch\b",
            r"\b(?:built|building|developed)\s+(?:a\s+)?(?:rapport|friendship|relationship\s+of\s+trust)\b",
            r"\bmentor\w*\b",
            r"\b(?:regular|weekly|monthly|frequent)\s+(?:meetings|dinners|calls|contact|visits)\b",
        ),
        stage=20,
    ),
    Tag(
        "abroad-targeting",
        "recruitment",
        "Targeted while abroad",
        "The target is approached while studying, working or posted abroad, or just before "
        "returning home.",
        (
            r"\b(?:stud(?:y|ied|ying)|work(?:ed|ing)?|lived|living|posted|stationed|based|"
            r"resident|stay(?:ed|ing)?|trip|travel(?:l?ed|l?ing)?|visit(?:ed|ing)?)\s+"
            r"(?:\w+\s+){0,3}(?:abroad|overseas|in\s+a\s+(?:certain|foreign)\s+country)\b",
            r"\b(?:during|while\s+on)\s+(?:his|her|their|a)\s+(?:stay|posting|assignment|trip|"
            r"visit|studies|exchange)\s+(?:abroad|overseas|in)\b",
            r"\b(?:stationed|posted)\s+(?:abroad|overseas|in)\b",
            r"\boverseas\s+(?:study|students?|posting|assignment|institutions?|groups?)\b",
            r"\b(?:before|after|upon|on)\s+(?:\w+\s+){0,2}(?:return(?:ed|ing)?|coming\s+back)\s+"
            r"(?:home|to\s+(?:china|the\s+country|his|her))",
            r"\bappointed\s+(?:\w+\s+){0,4}to\s+stay\s+in\b",
            r"\b(?:exchange\s+student|visiting\s+(?:scholar|researcher|fellow)|study\s+abroad)\b",
            r"\b(?:business|work|official)\s+trip\b|\btrade\s+delegation\b",
            r"\b(?:at|to)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:conference|symposium|exhibition|trade\s+show)\s+"
            r"(?:abroad|overseas|in\s+[A-Z]\w+)",
            r"\bon\s+(?:a\s+)?(?:posting|assignment|secondment|deployment)\s+(?:to|in|abroad)\b",
            r"\b(?:foreign|overseas)\s+(?:posting|assignment|trip|visit|tour|secondment)\b",
        ),
        stage=8,
    ),
    Tag(
        "paid-tasks",
        "recruitment",
        "Money or rewards for information or small jobs",
        "Money or rewards are offered for information or for small jobs such as papers, "
        "reports or consulting.",
        (
            r"\b(?:paid|pays|paying|rewarded|compensated|remunerated)\b",
            r"\b(?:high|higher|generous|handsome|lucrative|large|big)\s+(?:rewards?|fees?|pay|"
            r"payments?|sums?)\b",
            r"\breward(?:s)?\b",
            r"\b(?:received|receiving|accepted|accepting|took|taking|earned|earning)\s+"
            r"(?:\w+\s+){0,5}?(?:\$|€|£|¥|us\$|payments?|money|cash|fees?|bribes?|rewards?|"
            r"\d[\d,.]*\s*(?:yuan|dollars|euros|pounds|rubles|roubles|won|bitcoin))",
            r"\b(?:in\s+exchange|in\s+return)\s+for\b",
            r"\bsold\b|\bsell(?:ing|s)?\s+(?:\w+\s+){0,3}(?:secrets?|information|materials?|"
            r"documents?|data)",
            r"\b(?:wired|transferred|sent)\s+(?:him|her|them)\b.{0,40}" + _MONEY_WORD,
            r"\bbuy\s+(?:some\s+)?(?:\w+\s+){0,2}(?:materials?|information|documents?|data)",
            r"(?:\$|€|£|us\$)\s?\d",
            r"\b\d[\d,.]*\s*(?:yuan|dollars|euros|pounds|rubles|roubles|bitcoin)\b",
            r"\bpayments?\b|\bfees?\s+of\b|\bfor\s+a\s+fee\b",
            r"\b\d[\d,.]*\s*(?:million\s+)?(?:rupees|yen|won)\b|\brs\.?\s?\d|[₹¥₩]\s?\d",
            r"\b(?:cash|stipends?|honorari(?:um|a)|bribes?|kickbacks?)\b",
            r"\bwas\s+given\s+(?:\w+\s+){0,2}(?:money|cash)\b",
        ),
        stage=25,
    ),
    Tag(
        "escalation",
        "recruitment",
        "Requests that step up from public to secret material",
        "The requests begin with public or harmless material and step up to internal or "
        "classified material.",
        (
            r"\b(?:at\s+first|initially|in\s+the\s+early\s+days|in\s+the\s+beginning|"
            r"to\s+begin\s+with|at\s+the\s+beginning|for\s+the\s+first\s+time)\b.{0,120}"
            r"\b(?:public|open[- ]source|harmless|innocuous|general|news|internet|published)\b",
            r"\b(?:later|then|soon|gradually|eventually|over\s+time)\b.{0,80}"
            r"(?:\b(?:internal|classified|secret|confidential|sensitive|restricted)\s+(?:\w+\s+){0,2}"
            r"(?:documents?|materials?|information|files?|data|papers?|reports?|plans?)|\bintranet)\b",
            r"\b(?:increasing|growing|higher)\s+(?:number|level|levels|amount|volume)\s+of\s+"
            r"(?:\w+\s+){0,2}(?:documents|confidentiality|secrecy|classification)",
            r"\b(?:useless|not\s+enough|not\s+useful|wanted\s+more|asked\s+for\s+more)\b",
            r"\bwhat\s+the\s+other\s+party\s+needed\s+was\b",
            r"\b(?:escalat\w+|step(?:ped)?\s+up|more\s+and\s+more\s+sensitive)\b",
            r"\b(?:first|initially|at\s+first)\b.{0,80}\b(?:only|just|general|public|published|"
            r"press|harmless|innocuous)\b",
            r"\b(?:later|subsequent|then|finally|eventually|soon|within\s+(?:weeks|months|days))\b"
            r".{0,40}\b(?:requests?|questions?|demands?|tasks?|asks)\b.{0,40}\b(?:grew|more|specific|"
            r"sensitive|detailed|classified|secret|restricted|internal|changed)",
            r"\b(?:requests?|questions?|demands?)\s+(?:\w+\s+){0,2}(?:grew|changed|became|had\s+become|"
            r"got|moved|sharpened|widened|expanded|escalated|shifted)\b",
            r"\b(?:first|initially|early|earliest)\b.{0,80}\b(?:anyone\s+could|freely\s+available|"
            r"newspaper|published|open[- ]source)\b",
            r"\bfinally\s+(?:for|asked)\b.{0,60}\b(?:secret|classified|internal|restricted)",
            r"\bstep\s+by\s+step\b",
            r"\b(?:began|started)\s+with\s+(?:\w+\s+){0,3}(?:harmless|innocuous|public|open|general|simple|basic)\b",
            r"\bmore\s+(?:sensitive|detailed|specific|secret|confidential)\b",
        ),
        stage=35,
    ),
    Tag(
        "coercion",
        "recruitment",
        "Coercion and blackmail",
        "The recruit is threatened or blackmailed, often with what was already handed over or "
        "with a compromising secret.",
        (
            r"\b(?:blackmail\w*|coerc\w+|extort\w*|intimidat\w+)\b",
            r"\bthreat(?:en|ened|ening|s)?\b",
            r"\b(?:forced|pressured|compelled)\s+(?:\w+\s+){0,2}(?:to|into)\b",
            r"\bunder\s+(?:the\s+)?pressure\b",
            r"\bas\s+(?:the\s+)?(?:leverage|handle)\b",
            r"\bunless\s+(?:he|she|they|you)\s+(?:\w+\s+)?(?:cooperated|complied|helped|agreed|"
            r"continued|kept|co-operated)\b",
            r"\b(?:ultimatum|kompromat)\b",
            r"\bwould\s+(?:be\s+)?(?:expose|exposed|reveal|revealed)\b",
        ),
        stage=45,
    ),
    Tag(
        "compromising-relationship",
        "recruitment",
        "A romantic or sexual relationship used as a hook",
        "A romantic or sexual relationship is used to compromise and control the target.",
        (
            r"\b(?:honey[- ]?trap|honeypot|sexpionage)\b",
            r"\b(?:lover|girlfriend|boyfriend|mistress|affair|romance|romantic|intimate|"
            r"seduc\w+|sexual|illegitimate\s+child\w*|whor\w+|prostitut\w+|dating)\b",
            r"\b(?:improper|inappropriate|extramarital)\s+relations?(?:hips?)?\b",
            r"\b(?:began|started|had|developed|formed)\s+(?:an?\s+)?(?:\w+\s+)?(?:relationship|"
            r"affair)\s+with\b",
            r"\b(?:hidden\s+cameras?|compromising\s+(?:photos|pictures|videos?|material))\b",
            r"\b(?:fell\s+in\s+love|in\s+love\s+with|romantically|love\s+affair)\b",
        ),
        stage=22,
    ),
    Tag(
        "insider-access",
        "recruitment",
        "An insider exploiting their own access",
        "The person uses their own position or privileged access (network administrator, "
        "researcher, translator, office staff) to collect material.",
        (
            r"\b(?:taking\s+advantage|took\s+advantage|made\s+use|abus(?:ed|ing))\s+of\s+"
            r"(?:his|her|their)\s+(?:\w+\s+){0,2}(?:position|post|job|access|authority|role|"
            r"clearance|convenience)",
            r"\b(?:convenience|authority|privileges?)\s+of\s+working\b",
            r"\b(?:had|has|have|with|gave\s+(?:him|her|them))\s+(?:\w+\s+){0,2}access\s+to\b",
            r"\bpersonnel\s+with\s+access\b",
            r"\b(?:security\s+)?clearance\b",
            r"\busing\s+(?:his|her|their)\s+(?:\w+\s+){0,2}(?:position|access|credentials|login)\b",
            r"\bus(?:ed|es)\s+(?:his|her|their)\s+(?:\w+\s+){0,2}(?:position|access|credentials|login|"
            r"clearance)\b",
            r"\b(?:which|that)\s+gave\s+(?:him|her|them)\s+access\b",
            r"\b(?:could|able\s+to)\s+(?:reach|access|get\s+at)\s+(?:\w+\s+){0,2}through\s+(?:his|her|"
            r"their)\b",
            r"\bthrough\s+(?:the\s+)?(?:units?|company|agency|office|ministry)'?s?\s+"
            r"(?:intranet|internal\s+network|systems?|databases?)",
            r"\b(?:intranet|internal\s+(?:office\s+)?networks?|office\s+computers?)\b",
            r"\b(?:authori[sz]ed|cleared)\s+to\s+(?:handle|access|see|view|work)\b",
            r"\bby\s+virtue\s+of\s+(?:his|her|their)\s+(?:position|job|role|post)\b",
            r"\bin\s+(?:his|her|their)\s+(?:role|job|position|capacity)\s+as\b",
        ),
        stage=30,
    ),
    Tag(
        "placement",
        "recruitment",
        "An agent placed inside a key organisation",
        "The recruit is steered into a job or post in a key organisation, or planted there, to "
        "reach secrets.",
        (
            r"\b(?:planted|placed|inserted|embedded|infiltrated)\s+(?:\w+\s+){0,4}(?:in|into|as|"
            r"inside|within)\b",
            r"\b(?:mole|sleeper|plant)\b",
            r"\b(?:told|instructed|directed|encouraged|urged|steered)\s+(?:\w+\s+){0,2}to\s+"
            r"(?:apply|seek|get|take|find|move|transfer)\s+(?:\w+\s+){0,2}(?:job|post|position|role|"
            r"work|vacancy|transfer|posting|opening|clearance|department|unit)",
            r"\binternal\s+(?:traitors?|forces)\b",
            r"\b(?:at\s+the\s+(?:request|urging|instruction)\s+of|on\s+(?:the\s+)?instructions?\s+(?:of|from))\b.{0,60}\b(?:job|post|position|joined|applied)\b",
        ),
        stage=28,
    ),
    Tag(
        "invitation-travel",
        "recruitment",
        "Paid invitations to lecture, conferences or exchanges",
        "Invitations to lecture, to conferences or exchanges, with travel paid, are used to meet "
        "and assess targets.",
        (
            r"\binvit(?:ed|ation|ations|ing)\b.{0,80}\b(?:lecture|speak|talk|conference|seminar|"
            r"symposium|workshop|exchange|visit|present|university|trip|travel)",
            r"\b(?:conference|seminar|symposium|workshop|exchange\s+programme|exchange\s+program)\b"
            r".{0,80}\b(?:paid|expenses|covered|funded|sponsored|all-expenses)",
            r"\b(?:all[- ]expenses[- ]paid|expenses\s+paid|paid\s+for\s+(?:his|her|their)\s+"
            r"(?:travel|flights?|trips?|hotel|stay)|(?:travel|flights?|trips?|hotel)\s+(?:was|were)"
            r"\s+(?:paid|covered))\b",
            r"\b(?:offered|agreed)\s+to\s+(?:pay|cover)\s+(?:for\s+)?(?:his|her|their)\s+"
            r"(?:travel|flights?|trips?|hotel|expenses)",
            r"\b(?:paid|sponsored|free)\s+(?:trips?|travel|flights?|visits?)\b",
            r"\b(?:flights?|travel|hotel)\s+(?:costs?\s+)?(?:were\s+|was\s+)?(?:paid|covered|reimbursed)\b",
        ),
        stage=12,
    ),
    Tag(
        "covert-tradecraft",
        "recruitment",
        "Covert communication and intelligence training",
        "Covert communication devices or apps, encrypted channels, signed agreements or training "
        "in intelligence work.",
        (
            r"\b(?:encrypt\w+|covert\s+(?:communication|device|channel|phone)|secure\s+(?:phone|"
            r"device|app|messaging)|burner\s+phone|dead\s+drop|steganograph\w+|one-time\s+pad|"
            r"secret\s+(?:writing|ink|code|codes)|code\s*names?|invisible\s+ink)\b",
            r"\b(?:signal|telegram|threema|wickr|protonmail|tor)\b",
            r"\b(?:trained|training)\s+(?:\w+\s+){0,3}(?:in\s+)?(?:intelligence|espionage|"
            r"tradecraft|spy|surveillance|counter-surveillance)",
            r"\b(?:tradecraft|handler|spy\s+(?:device|equipment|gear|software))\b",
            r"\bsigned\s+(?:\w+\s+){0,2}(?:agreement|contract|pledge)\b",
            r"\b(?:special|dedicated|separate|second)\s+(?:phone|mobile|device|laptop|app|software)\b",
            r"\b(?:phone|device)\s+(?:\w+\s+){0,3}used\s+only\s+for\b",
            r"\b(?:in|using)\s+(?:a\s+)?(?:simple\s+)?code\b|\bcode\s+words?\b",
            r"\bdelete(?:d)?\s+(?:\w+\s+){0,2}(?:messages|chats|conversations|emails)\b",
            r"\bsecret\s+(?:meetings?|location|rendezvous)\b",
            r"\bsim\s+cards?\b",
            r"\b(?:hid|hidden|concealed)\s+(?:\w+\s+){0,2}(?:in|inside|under)\b",
        ),
        stage=40,
    ),
    # --- warning signs ---------------------------------------------------------------------
    Tag(
        "unsolicited-offer",
        "warning-signs",
        "An unexpected approach with an attractive offer",
        "A stranger makes an unexpected approach with an attractive offer.",
        (
            r"\b(?:ran|run|bumped)\s+into\b",
            r"\b(?:out\s+of\s+the\s+blue|unsolicited|unexpected(?:ly)?|cold[- ](?:call\w*|"
            r"messag\w*|email\w*)|unprompted)\b",
            r"\b(?:a|an)\s+(?:stranger|foreigner|unknown\s+(?:man|woman|person|contact|sender))\b",
            r"\b(?:approached|contacted|messaged|emailed)\s+(?:him|her|them)\b.{0,80}"
            r"\b(?:offer\w*|job|opportunit\w+|proposal|propos\w+)\b",
            r"\binvit\w+\s+(?:him|her|them)\s+to\s+(?:\w+\s+){0,6}(?:for\s+a\s+fee|paid|for\s+money)",
            r"\boffer(?:ed|ing)\s+(?:him|her|them\s+)?(?:\$|€|£|¥|rs|a\s+fee|paid|money|cash|\d)",
            r"\b(?:offer\w*|propos\w+)\b.{0,60}\b(?:buy|job|work|consult\w*|pay|money|reward)\b",
            r"\bspam\b",
            r"\b(?:job|business|consulting|lucrative)\s+offers?\b",
            r"\boffered\s+(?:him|her|them)\s+(?:a\s+)?(?:\w+\s+)?(?:job|position|role|contract|work)\b",
            r"\bout\s+of\s+nowhere\b",
        ),
        stage=6,
    ),
    Tag(
        "disproportionate-reward",
        "warning-signs",
        "Payment out of proportion to the work",
        "The payment is far out of proportion to the work asked for.",
        (
            r"\b(?:high|higher|generous|handsome|lucrative|large|huge|big|substantial|"
            r"hefty|well[- ]paid|easy)\s+(?:rewards?|fees?|pay|payments?|sums?|money|salary|"
            r"commissions?)\b",
            r"\b(?:hundreds\s+of\s+thousands|thousands|tens\s+of\s+thousands|millions)\s+of\s+"
            r"(?:yuan|dollars|euros|pounds|rubles|roubles)\b",
            r"\bfar\s+(?:more|above|beyond|exceed\w*)\b.{0,40}\b(?:pay|paid|rate|worth|value)\b",
            r"\b(?:for\s+(?:just|only)\s+a\s+few\s+(?:hours|pages)|for\s+little\s+work|"
            r"easy\s+money|make\s+money)\b",
            r"\b(?:many|several|ten|five|three|twice|far)\s+(?:times\s+)?(?:what|more\s+than|above)\b"
            r".{0,60}\b(?:worth|pay|paid|earn|fee|rate|market)",
            r"\b(?:a\s+small\s+fraction|far\s+above|well\s+above)\s+(?:of\s+)?(?:that|what|the\s+going)",
            r"\bthat\s+kind\s+of\s+money\b",
            r"\blucrative\b",
            r"\bgenerous(?:ly)?\b.{0,20}\b(?:paid|pay|fee|fees|sum|sums|payments?)\b",
        ),
        stage=26,
    ),
    Tag(
        "request-beyond-public",
        "warning-signs",
        "Requests for internal or unpublished material",
        "The contact asks for internal, unpublished or sensitive material rather than public "
        "information.",
        (
            r"\b(?:asked|asking|asks|wanted|demanded|requested|required|needed|seeking|sought)\b"
            r".{0,80}" + _SECRET_DOCS,
            r"\b(?:provide|provided|providing|hand(?:ed)?\s+over|pass(?:ed)?|send|sent|supply|"
            r"supplied|leak(?:ed)?|stole|stolen|steal|collected|copied|photograph\w*|sold|sell)\b"
            r".{0,80}" + _SECRET_DOCS,
            r"\b(?:documents?|files?|materials?)\s+of\s+the\s+(?:unit|company|ministry|department|"
            r"office|agency|institute)\b",
            r"\bwhat\s+the\s+other\s+party\s+needed\s+was\b",
            r"\btechnical\s+materials?\b",
            r"\b(?:marked|classified\s+as|stamped)\s+(?:as\s+)?[\"“]?(?:secret|top\s+secret|"
            r"confidential|restricted|classified|protected|sensitive|internal)",
            r"\basked\s+(?:\w+\s+){0,3}for\s+(?:\w+\s+){0,2}(?:technical\s+)?(?:drawings|blueprints|"
            r"schematics|specifications|designs|source\s+code|test\s+(?:data|reports|results)|"
            r"samples|design\s+reviews)",
            r"\b(?:unpublished|not\s+(?:yet\s+)?(?:been\s+)?published|non-public|not\s+public)\b",
            r"\bfor\s+official\s+use\s+only\b",
            r"\b(?:asked|asking|wanted|requested)\s+(?:\w+\s+){0,3}for\s+(?:photos|photographs|pages|"
            r"copies|details)\s+of\b",
            r"\b(?:documents?|files?|materials?|papers?)\s+(?:\w+\s+){0,2}of\s+(?:the\s+)?(?:top\s+)?"
            r"(?:secret|classified|confidential)\b",
            r"\b(?:inside|insider)\s+information\b",
            r"\bdetails\s+(?:of|about)\s+(?:\w+\s+){0,2}(?:military|defen[cs]e|security|troop|weapons?|operations?|deployments?|procurement)\b",
        ),
        stage=32,
    ),
    Tag(
        "secrecy-pressure",
        "warning-signs",
        "Pressure to keep the contact secret",
        "The contact asks to keep the relationship secret, or to use private mailboxes, special "
        "phones or apps.",
        (
            r"\b(?:keep|kept|keeping)\s+(?:\w+\s+){0,3}(?:secret|quiet|private|confidential|"
            r"between\s+(?:them|us))\b",
            r"\b(?:not|never)\s+to\s+(?:tell|inform|mention|report|discuss)\b",
            r"\bdon'?t\s+tell\b",
            r"\b(?:personal|private|separate|new|secret)\s+(?:e-?mail|mailbox|phone|account|"
            r"address|number|sim)\b",
            r"\b(?:secret|private|covert)\s+contact\b",
            r"\bdelete(?:d)?\s+(?:\w+\s+){0,2}(?:messages|chats|conversations|emails)\b",
            r"\b(?:encrypted|disappearing)\s+(?:app|messages?|messaging|chats?|channel)\b",
            r"\b(?:told|asked|instructed|warned)\s+(?:him|her|them)\s+(?:\w+\s+){0,2}not\s+to\b",
            r"\bkeep\s+(?:\w+\s+){0,3}to\s+(?:himself|herself|themselves|yourself)\b",
            r"\bleave\s+(?:\w+\s+){0,3}out\s+of\s+(?:\w+\s+){0,2}(?:reports?|records?|logs?)\b",
            r"\b(?:separate|second|secret|private)\s+(?:laptop|computer|device)\b",
            r"\bdiscre(?:et|etly|tion)\b",
            r"\b(?:told|tell)\s+no\s+one\b",
            r"\bkeep\s+(?:it|this|that|the\s+\w+)\s+(?:quiet|between)\b",
        ),
        stage=30,
    ),
    Tag(
        "threats-leverage",
        "warning-signs",
        "Threats using past cooperation or secrets",
        "The contact threatens exposure or harm, using past cooperation or personal secrets.",
        (
            r"\b(?:blackmail\w*|extort\w*)\b",
            r"\bthreat(?:en|ened|ening|s)?\s+(?:\w+\s+){0,3}(?:to|with|that|him|her|them)\b",
            r"\b(?:expose|exposure|reveal|leak|report)\s+(?:\w+\s+){0,3}(?:to\s+(?:his|her|their)|"
            r"the\s+(?:affair|relationship|photos|cooperation))",
            r"\b(?:as|used\s+as)\s+(?:the\s+)?(?:leverage|handle)\b",
            r"\b(?:previously|already)\s+provided\b",
            r"\b(?:would|will)\s+be\s+(?:sent|shown|released|leaked|published|made\s+public)\s+to\s+"
            r"(?:his|her|their)\b",
            r"\bunless\s+(?:he|she|they|you)\s+(?:\w+\s+)?(?:cooperated|complied|helped|agreed|"
            r"continued|kept)\b",
            r"\b(?:photos|photographs|pictures|videos?|recordings?)\b.{0,60}\b(?:his|her)\s+"
            r"(?:wife|husband|family|employer|boss|board)\b",
            r"\bkompromat\b",
            r"\bwould\s+(?:be\s+)?(?:exposed|revealed|made\s+public)\b",
        ),
        stage=46,
    ),
    Tag(
        "disclosed-affiliation",
        "warning-signs",
        "A contact who reveals an intelligence link",
        "The contact reveals or hints at a link to an intelligence service and asks for "
        "cooperation.",
        (
            r"\b(?:disclosed|revealed|admitted|told\s+(?:him|her|them)|hinted)\b"
            r".{0,60}\b(?:intelligence|spy|security\s+service|secret\s+service|agency)\b",
            r"\b(?:persuaded|asked|invited|urged)\s+(?:\w+\s+){0,2}to\s+(?:cooperate|work)\s+"
            r"(?:with|for)\b.{0,40}\b(?:intelligence|agency|service)\b",
            r"\bwork(?:ed|s)?\s+for\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:intelligence|spy|"
            r"security)\s+(?:agency|service)\b",
        ),
        stage=24,
    ),
    Tag(
        "excessive-help-flattery",
        "warning-signs",
        "Unusual generosity, flattery or favours",
        "Unusual generosity, flattery, favours or gifts to the target or the family.",
        (
            r"\b(?:flatter\w*|lavish\w*|expensive\s+gifts?|gifts?|presents?|favou?rs?|"
            r"prais(?:ed|ing|es)\s+(?:him|her|them|his|her|their))\b",
            r"\b(?:treated|treating|treats)\s+(?:\w+\s+){0,8}(?:friendly|kindly|generously)\b",
            r"\b(?:help|helped|helping)\s+(?:\w+\s+){0,3}(?:to\s+)?(?:improve|solve)\b",
            r"\btake\s+the\s+initiative\s+to\s+help\b",
            r"\b(?:paid|paying|pays)\s+for\s+(?:his|her|their)\s+(?:\w+\s+){0,2}(?:dinners?|meals?|"
            r"holidays?|tuition|rent|medical|hotel|children)",
            r"\b(?:complimented|admired|admiration|generosity|treated\s+(?:him|her|them)\s+to)\b",
        ),
        stage=21,
    ),
    Tag(
        "bulk-collection",
        "warning-signs",
        "Copying or hoarding many documents",
        "Copying or hoarding many documents, or carrying material off-site or abroad.",
        (
            r"\b(?:more\s+than|over|some|nearly|almost|about|around)?\s*\d[\d,]*\s+"
            r"(?:\w+\s+){0,2}(?:documents|files|pages|photos|photographs|pictures|images|"
            r"records|items|gigabytes|gb|reports)\b",
            r"\b(?:a\s+large\s+number|large\s+numbers|a\s+large\s+amount|a\s+batch|batches|dozens|"
            r"hundreds|thousands)\s+of\s+(?:\w+\s+){0,3}(?:documents|files|materials|data|"
            r"information|pages|photos)",
            r"\b(?:copied|downloaded|printed|photographed|hoarded|stored|saved|carried|took|"
            r"smuggled|transferred)\b.{0,60}\b(?:usb|thumb\s+drive|flash\s+drive|hard\s+drive|"
            r"storage\s+media|laptop|personal\s+computer|home|abroad|out\s+of\s+the)\b",
            r"\b(?:usb|thumb\s+drive|flash\s+drive|external\s+drive|storage\s+media)\b",
            r"\billegally\s+carried\b",
            r"\b(?:trove|cache|archive|stash)\s+of\s+(?:\w+\s+){0,2}(?:documents|files|data|material|records)\b",
            r"\b(?:downloaded|exfiltrated|copied)\s+(?:\w+\s+){0,3}(?:documents|files|data|material|records|gigabytes)\b",
        ),
        stage=38,
    ),
    Tag(
        "unexplained-money",
        "warning-signs",
        "Unexplained money or affluence",
        "Unexplained cash or affluence, undeclared money.",
        (
            r"\b(?:unexplained|undeclared|hidden|secret)\s+(?:\w+\s+){0,2}(?:cash|money|income|"
            r"wealth|assets|accounts?|payments?|funds)\b",
            r"\b(?:assets|property|money|cash|funds|proceeds)\s+(?:\w+\s+){0,4}(?:confiscated|"
            r"seized|forfeited)\b",
            r"\b(?:confiscat\w+|seiz\w+|forfeit\w*)\b.{0,60}\b(?:assets|property|money|cash|"
            r"yuan|dollars|euros|pounds|rubles)\b",
            r"\b(?:assets|property|money|cash|funds|proceeds)\b.{0,60}\b(?:confiscated|seized|"
            r"forfeited)\b",
            r"\b(?:lavish|luxur\w+|expensive)\s+(?:lifestyle|car|cars|watch|watches|spending|"
            r"holidays?)\b",
            r"\b(?:cash|money)\s+(?:\w+\s+){0,3}(?:in\s+(?:envelopes|bags|his\s+home|her\s+home))\b",
            r"\b(?:could\s+not|couldn't|unable\s+to)\s+explain\b.{0,40}\b(?:money|cash|income|wealth|"
            r"came\s+from)",
            r"\b(?:paying|paid|spent|spending)\s+(?:\w+\s+){0,2}cash\s+for\b",
            r"\bexpensive\s+(?:purchases|cars?|holidays?|watch\w*|trips)",
            r"\bpaid\s+off\s+(?:\w+\s+){0,3}(?:loans?|debts?|mortgage)",
            r"\b(?:sudden|unexplained|new-found|newfound)\s+(?:wealth|affluence|spending|riches)",
            r"\benvelopes?\s+(?:of|with|full\s+of|stuffed\s+with)\s+cash\b",
            r"\b(?:did\s+not|didn't|never|failed\s+to)\s+declare\b|\bnot\s+(?:been\s+)?declared\b",
            r"\bbeyond\s+(?:his|her|their)\s+means\b",
            r"\bspending\s+spree\b",
            r"\bbought\s+(?:a|an)\s+(?:new\s+)?(?:\w+\s+)?(?:car|house|flat|apartment|boat|villa)\b",
        ),
        stage=42,
    ),
    Tag(
        "sudden-exit",
        "warning-signs",
        "A sudden exit after handling secrets",
        "Resigning, fleeing or crossing a border illegally after handling sensitive material.",
        (
            r"\b(?:resign\w*|quit|quitting|fled|flee\w*|left\s+(?:the|his|her|their)\s+"
            r"(?:job|company|post|unit|ministry|agency|country)|defect\w*|abscond\w*|escap\w+)\b",
            r"\b(?:cross|crossing|crossed)\s+(?:\w+\s+){0,2}border\b",
            r"\b(?:tried|attempt\w*|trying)\s+to\s+(?:leave|flee|escape|board)\b",
            r"\b(?:one-way\s+ticket|at\s+the\s+airport|at\s+the\s+border|border\s+crossing)\b",
            r"\b(?:went\s+missing|disappeared|vanished|booked\s+(?:a\s+)?(?:\w+\s+)?(?:flight|ticket))\b",
        ),
        stage=55,
    ),
    Tag(
        "personal-vulnerability",
        "warning-signs",
        "A personal weakness a recruiter can exploit",
        "Money trouble, affairs, a weak will or fear that a recruiter can exploit.",
        (
            r"\b(?:debts?|indebted|in\s+debt|financial\s+(?:trouble|difficult\w*|problems|"
            r"pressure|strain)|money\s+(?:trouble|problems)|gambling|bankrupt\w*|addict\w*|"
            r"struggling\s+financially)\b",
            r"\b(?:weak|indecisive|timid|lonely|isolated|vain|greedy|greed|disgruntled|"
            r"resentful|passed\s+over)\b",
            r"\b(?:does\s+not|doesn'?t|did\s+not|didn'?t)\s+know\s+how\s+to\s+refuse\b",
            r"\b(?:lives?|lived|living)\s+in\s+fear\b|\bscared\b|\bafraid\b",
            r"\b(?:an?\s+affair|extramarital|mistress|lover|illegitimate)\b",
            r"\bfound\s+a\s+way\s+to\s+make\s+money\b",
            r"\b(?:feared|afraid\s+of|fear\s+of)\s+losing\b|\bin\s+terror\b",
            r"\b(?:behind|fallen\s+behind|fell\s+behind)\s+on\s+(?:his|her|their)?\s*(?:\w+\s+)?"
            r"(?:mortgage|rent|payments|bills|loans?)",
            r"\b(?:was|were|had\s+been)\s+struggling\b|\bpayday\s+loans?\b",
            r"\b(?:complained|complaining)\s+(?:\w+\s+){0,2}about\s+(?:his|her|their)\s+(?:salary|pay|"
            r"career|promotion|boss)",
            r"\b(?:divorce[ds]?|depress\w+|grudge|resent\w+|drinking\s+problem|alcohol\w*|medical\s+bills|(?:ill|sick)\s+(?:mother|father|child|wife|husband|son|daughter))\b",
        ),
        stage=15,
    ),
    # --- reporting ---------------------------------------------------------------------------
    Tag(
        "hotline",
        "reporting",
        "The national security reporting hotline",
        "A telephone line for reporting suspected espionage.",
        (
            r"\bhot[- ]?line\b",
            r"\b(?:telephone|phone)\s+(?:number|line)\b",
            r"\bcall(?:ing)?\s+(?:the\s+)?(?:\d[\d\- ]{2,}|\w+\s+hotline|1-800)",
            r"\b\d{5}\b(?=.{0,80}\breport)",
            r"\btip\s*line\b",
            r"\b(?:helpline|phone\s+line|hot\s+line)\b",
        ),
        stage=90,
    ),
    Tag(
        "online-report",
        "reporting",
        "The online reporting platform",
        "An online platform or web form for reporting suspected espionage.",
        (
            r"\b(?:report(?:ing)?|acceptance|tip)\s+(?:\w+\s+){0,2}(?:platform|portal|website|"
            r"web\s*site|web\s+form|online\s+form)\b",
            r"\b(?:online|internet|web)\s+(?:\w+\s+){0,2}(?:report\w*|tip)\s+(?:\w+\s+){0,2}"
            r"(?:platform|portal|form|site)",
            r"\breport\w*\s+(?:\w+\s+){0,3}online\b",
            r"\btips\.fbi\.gov\b|\bwww\.\w+",
            r"\b(?:tip|reporting|report|contact)\s+(?:\w+\s+){0,2}form\b",
        ),
        stage=91,
    ),
    Tag(
        "security-office",
        "reporting",
        "Your own organisation's security office",
        "Report inside your organisation: the security or secrecy office, your superiors, the "
        "facility security officer.",
        (
            r"(?<!state\s)(?<!national\s)(?<!public\s)\b(?:facility\s+)?security\s+(?:officer|"
            r"office|department|team|manager|unit)\b",
            r"\bsecrecy\s+(?:office|department|committee)\b",
            r"\b(?:vigilance|compliance|integrity)\s+(?:officer|office|cell|unit)\b",
            r"\breport\w*\s+(?:\w+\s+){0,4}(?:to\s+)?(?:his|her|their|your|its)\s+(?:superiors?|"
            r"employer|manager|supervisor|line\s+manager|boss|security)\b",
            r"\b(?:superiors?|supervisor|line\s+manager|employer)\b.{0,40}\breport\w*",
            r"\b(?:alerted|informed|told|notified)\s+(?:his|her|their)\s+(?:superiors?|employer|"
            r"manager|supervisor|security)",
            r"\bsecurity\s+(?:adviser|advisor|desk|division|clearance\s+office)\b",
        ),
        stage=92,
    ),
    Tag(
        "self-surrender",
        "reporting",
        "Coming forward voluntarily",
        "Come forward voluntarily and confess; leniency for those who confess and repent.",
        (
            r"\bsurrender\w*\b",
            r"\bturn(?:ed|s|ing)?\s+(?:him|her|them)sel(?:f|ves)\s+in\b",
            r"\b(?:came|come|coming)\s+forward\b",
            r"\b(?:confess\w*|repent\w*|leniency|lenient|self-report\w*|owned\s+up|"
            r"voluntarily\s+(?:report|disclos)\w*)\b",
        ),
        stage=93,
    ),
    Tag(
        "report-early",
        "reporting",
        "Break off and report early",
        "Break off the contact and report early, to limit the damage.",
        (
            r"\b(?:earlier|early|sooner|immediately|promptly|at\s+once|right\s+away|as\s+soon\s+as)"
            r"\b.{0,80}\b(?:report\w*|surrender\w*|tell|told|alert\w*|come\s+forward)\b",
            r"\b(?:report\w*|surrender\w*|tell|alert\w*)\b.{0,60}\b(?:earlier|early|sooner|"
            r"immediately|promptly|at\s+once|right\s+away|as\s+soon\s+as)\b",
            r"\b(?:loss|damage|harm)\s+(?:\w+\s+){0,3}(?:reduced|limited|minimi[sz]ed|"
            r"prevented|contained)\b",
            r"\b(?:prevent\w*|stop\w*)\s+(?:the\s+)?(?:harm|damage|loss\w*)\s+(?:from\s+)?"
            r"(?:expanding|spreading|growing)\b",
            r"\b(?:break|broke|cut|cutting)\s+off\s+(?:\w+\s+){0,2}(?:contact|ties|communication)\b",
            r"\b(?:the\s+next\s+(?:morning|day)|within\s+(?:a|one|24)\s+(?:day|hours?))\b.{0,80}"
            r"\b(?:report\w*|handed|alerted|told|informed)\b",
            r"\b(?:report\w*|handed|alerted|told|informed)\b.{0,80}\b(?:the\s+next\s+(?:morning|day)|"
            r"within\s+(?:a|one|24)\s+(?:day|hours?))\b",
        ),
        stage=94,
    ),
)

TAGS: dict[str, Tag] = {tag.id: tag for tag in _TAGS}
"""Every tag by id, in the order of TAXONOMY.md."""

_PATTERNS: dict[str, re.Pattern[str]] = {}

# Cues are written in lower case and matched against lower-cased text: case-insensitive
# matching in Python's re engine is about three times slower.


def _compiled(tag_id: str) -> re.Pattern[str]:
    pattern = _PATTERNS.get(tag_id)
    if pattern is None:
        cues = TAGS[tag_id].cues
        pattern = re.compile("|".join(f"(?:{cue})" for cue in cues))
        _PATTERNS[tag_id] = pattern
    return pattern


def tags_of(topic: str) -> list[Tag]:
    """The tags of one topic, in taxonomy order."""
    return [tag for tag in _TAGS if tag.topic == topic]


def find_cues(sentence: str) -> list[str]:
    """The ids of every tag whose cues occur in ``sentence``, in taxonomy order."""
    return list(cue_matches(sentence))


def cue_matches(sentence: str) -> dict[str, int]:
    """Every tag whose cues occur in ``sentence`` (in taxonomy order), with how plainly: the
    earlier (more telling) the first cue that matched, the plainer; then the more cues. A tag
    the sentence shows from the wrong actor (``quiz/data/actors.toml``) is left out."""
    text = sentence.lower()
    found = _cue_set().match(text)
    if found:
        for rule in wrong_actors():
            if rule.tags & found.keys() and rule.pattern.search(text):
                found = {tag: n for tag, n in found.items() if tag not in rule.tags}
    return found


@attrs.frozen
class WrongActor:
    """A reading of a sentence in which a concept's words are there but the wrong actor
    does it: the concept is not shown."""

    tags: frozenset[str]
    why: str
    pattern: re.Pattern[str]


@functools.cache
def wrong_actors() -> tuple[WrongActor, ...]:
    """The rules of ``quiz/data/actors.toml``, checked when first read."""
    import tomllib
    from importlib import resources

    from quiz.errors import InputError

    name = "quiz/data/actors.toml"
    text = resources.files("quiz").joinpath("data/actors.toml").read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InputError(name, f"TOML syntax error: {err}") from None
    rules = []
    for number, entry in enumerate(data.get("wrong_actor", [])):
        where = f"wrong_actor[{number}]"
        if set(entry) != {"tags", "why", "pattern"}:
            raise InputError(name, f"{where}: needs exactly tags, why and pattern")
        unknown = [tag for tag in entry["tags"] if tag not in TAGS]
        if unknown:
            raise InputError(name, f"{where}.tags: unknown tag {unknown[0]!r}")
        try:
            pattern = re.compile(entry["pattern"])
        except re.error as err:
            raise InputError(name, f"{where}.pattern: {err}") from None
        rules.append(WrongActor(frozenset(entry["tags"]), entry["why"], pattern))
    return tuple(rules)


def find_cues_slowly(sentence: str) -> list[str]:
    """The same as :func:`find_cues` with Python's ``re`` alone: the reference it is tested
    against."""
    text = sentence.lower()
    found = [tag.id for tag in _TAGS if tag.pattern.search(text) is not None]
    for rule in wrong_actors():
        if rule.tags & set(found) and rule.pattern.search(text):
            found = [tag for tag in found if tag not in rule.tags]
    return found


class _CueSet:
    """All cues of all tags matched in one pass by RE2's multi-pattern set, then confirmed.

    Python's ``re`` tries each of some 250 cue patterns at every position of a sentence; RE2's
    set matching runs them all at once in linear time. RE2 lacks look-around and treats
    ``\\b``, ``\\w``, ``\\s``, ``\\d`` as ASCII, so the set holds each cue without its
    look-arounds (:func:`relax`) and sees the text in an ASCII form (:func:`ascii_form`): it
    then matches wherever the cue does, and sometimes where it does not; each candidate is
    confirmed with the exact pattern in ``re``. The result is exactly ``re``'s, much faster.
    """

    def __init__(self) -> None:
        import re2  # only extraction needs it: the app starts without

        self.cues: list[tuple[str, int, re.Pattern[str]]] = []
        options = re2.Options()
        options.never_capture = True
        options.max_mem = 256 << 20
        self.set = re2.Set.SearchSet(options)
        for tag in _TAGS:
            for number, cue in enumerate(tag.cues):
                index = self.set.Add(relax(cue))
                assert index == len(self.cues)
                self.cues.append((tag.id, number, re.compile(cue)))
        self.set.Compile()

    def match(self, text: str) -> dict[str, int]:
        confirmed: dict[str, list[int]] = {}
        for index in sorted(self.set.Match(ascii_form(text)) or ()):
            tag_id, number, pattern = self.cues[index]
            if pattern.search(text) is not None:
                confirmed.setdefault(tag_id, []).append(number)
        # The earliest cue that matched counts most (a tag's cues run from the most telling
        # to the most general, such as a bare sum of money); then how many matched.
        return {
            tag_id: (100 - confirmed[tag_id][0]) * 100 + len(confirmed[tag_id])
            for tag_id in TAGS
            if tag_id in confirmed
        }


@functools.cache
def _cue_set() -> _CueSet:
    return _CueSet()


def relax(pattern: str) -> str:
    """A form of a Python regular expression that RE2 accepts: look-arounds dropped, so it
    matches at least wherever the original does."""
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # a literal ] first in a class
                out.append("[]")
                i += 2
                continue
        elif pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            depth = 0
            while i < len(pattern):
                if pattern[i] == "\\":
                    i += 2
                    continue
                depth += {"(": 1, ")": -1}.get(pattern[i], 0)
                i += 1
                if depth == 0:
                    break
            continue
        out.append(char)
        i += 1
    return "".join(out)


_KEEP = frozenset(char for tag in _TAGS for cue in tag.cues for char in cue if not char.isascii())


@functools.lru_cache(maxsize=1024)
def _ascii_char(char: str) -> str:
    if char in _KEEP:
        return char
    if char.isspace():
        return " "
    if char.isdigit():
        return "0"
    if char.isalnum() or char == "_":
        return "x"
    return "#"


def ascii_form(text: str) -> str:
    """The text as RE2 sees it: ASCII, with every other character replaced by one of the same
    class for Python's ``re`` (a word character by ``x``, a digit by ``0``, white space by a
    space, anything else by ``#``), except characters that cues name (``€``, ``“``). RE2
    treats ``\\w``, ``\\s``, ``\\d`` and ``\\b`` as ASCII; on this form they agree with Python's."""
    if text.isascii():
        return text
    return "".join(char if char.isascii() else _ascii_char(char) for char in text)


def topic_of(tag_id: str) -> str:
    """The topic of a tag id; raises ``KeyError`` for an unknown id."""
    return TAGS[tag_id].topic
