"""Question families: one module per kind of question, all behind one interface
(:class:`quiz.families.base.Family`). The generator only runs them, checks what they write and
places it in sets; to add or remove a family, edit :data:`FAMILIES`.

Every family asks for recognition or judgement built from a case's own facts, or about the
organisation's channels; none asks to recall an article (sums, counts, sentences, job titles).
"""

from __future__ import annotations

from quiz.families.after_reply import AfterReply
from quiz.families.base import Context, Draft, Family
from quiz.families.before_travel import BeforeTravel
from quiz.families.channels import Channels
from quiz.families.colleague_timeline import ColleagueTimeline
from quiz.families.earliest_report import EarliestReport
from quiz.families.hand_in import HandIn
from quiz.families.keep_evidence import KeepEvidence
from quiz.families.look_alike import LookAlike
from quiz.families.red_flag import RedFlag
from quiz.families.report_facts import ReportFacts
from quiz.families.right_action import RightAction
from quiz.families.urgent_channel import UrgentChannel
from quiz.families.way_out import WayOut

FAMILIES: tuple[Family, ...] = (
    RedFlag(),
    LookAlike(),
    RightAction(),
    EarliestReport(),
    ColleagueTimeline(),
    AfterReply(),
    KeepEvidence(),
    HandIn(),
    WayOut(),
    BeforeTravel(),
    ReportFacts(),
    UrgentChannel(),
    Channels(),
)

__all__ = ["FAMILIES", "Context", "Draft", "Family"]
