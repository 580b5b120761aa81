"""What a clerk's home page (پیشخوان) shows of the register: today's letters in and out, my
open referrals by due date, and letters whose reply is past its date."""

from __future__ import annotations

from dataclasses import dataclass

from secretariat.correspondence._dto import InboxItem, LetterSummary
from secretariat.correspondence._queries import LetterQuery, count_letters, list_letters
from secretariat.correspondence._referrals import inbox, inbox_counts
from secretariat.correspondence._vocab import LetterKind, LetterPermission
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import today_tehran
from secretariat.kernel.permissions import require

HOME_ROWS = 8


@dataclass(frozen=True)
class HomeList:
    """The first rows of a list and how many there are in all."""

    rows: tuple[LetterSummary, ...]
    total: int


@dataclass(frozen=True)
class HomeSummary:
    today_incoming: HomeList
    today_outgoing: HomeList  # outgoing and internal letters registered today
    my_referrals: tuple[InboxItem, ...]  # open, the nearest due date first
    my_referrals_open: int
    my_referrals_overdue: int
    late_replies: HomeList  # awaiting a reply past its date


def _home_list(ctx: AppContext, actor: CurrentUser, query: LetterQuery,
               limit: int) -> HomeList:
    return HomeList(tuple(list_letters(ctx, actor, query, limit=limit)),
                    count_letters(ctx, actor, query))


def home_summary(ctx: AppContext, actor: CurrentUser, limit: int = HOME_ROWS) -> HomeSummary:
    require(actor, LetterPermission.READ)
    today = today_tehran()

    def registered_today(kind: LetterKind) -> LetterQuery:
        return LetterQuery(kind=kind.value, date_from=today, date_to=today, cancelled=False)

    counts = inbox_counts(ctx, actor)
    outgoing = _home_list(ctx, actor, registered_today(LetterKind.OUTGOING), limit)
    internal = _home_list(ctx, actor, registered_today(LetterKind.INTERNAL), limit)
    both = sorted(outgoing.rows + internal.rows, key=lambda s: s.id, reverse=True)[:limit]
    return HomeSummary(
        today_incoming=_home_list(ctx, actor, registered_today(LetterKind.INCOMING), limit),
        today_outgoing=HomeList(tuple(both), outgoing.total + internal.total),
        my_referrals=tuple(inbox(ctx, actor, limit=limit, by_due=True)),
        my_referrals_open=counts.open,
        my_referrals_overdue=counts.overdue,
        late_replies=_home_list(ctx, actor, LetterQuery(reply_overdue=True,
                                                        sort="registered_on",
                                                        descending=False), limit),
    )
