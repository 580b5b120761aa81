"""The house's referral conventions, kept as organisation settings (audited, shared by every
workstation): the standard هامش phrases the referral form offers one key away, and how many
days a referral gets by its kind and priority (the form's default due date).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from secretariat.correspondence._vocab import COMMON_INSTRUCTIONS, ReferralKind, Urgency
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.events import SettingsChanged
from secretariat.kernel.jalali import today_tehran
from secretariat.kernel.org_settings import get_setting, put_setting
from secretariat.kernel.permissions import Permission, require
from secretariat.kernel.text.clean import clean_line

PHRASES_KEY = "referral_phrases"
DUE_DAYS_KEY = "referral_due_days"
MAX_PHRASES = 40
MAX_PHRASE_LENGTH = 300
MAX_DUE_DAYS = 365
FRIDAY = 4  # date.weekday(): the Iranian weekend; a due date never falls on it

DueDays = dict[str, dict[str, int | None]]  # kind → priority → days (None: no due date)

DEFAULT_DUE_DAYS: DueDays = {
    ReferralKind.ACTION.value: {Urgency.NORMAL.value: 7, Urgency.URGENT.value: 3,
                                Urgency.IMMEDIATE.value: 1},
    ReferralKind.COMMENT.value: {Urgency.NORMAL.value: 5, Urgency.URGENT.value: 2,
                                 Urgency.IMMEDIATE.value: 1},
    ReferralKind.INFORMATION.value: {Urgency.NORMAL.value: None, Urgency.URGENT.value: None,
                                     Urgency.IMMEDIATE.value: None},
}


def _default_due_days() -> DueDays:
    return {kind: dict(days) for kind, days in DEFAULT_DUE_DAYS.items()}


@dataclass(frozen=True)
class ReferralSettings:
    phrases: tuple[str, ...] = COMMON_INSTRUCTIONS
    due_days: DueDays = field(default_factory=_default_due_days)

    def days_for(self, kind: str, priority: str) -> int | None:
        return self.due_days.get(kind, {}).get(priority)


def default_due_on(settings: ReferralSettings, kind: str, priority: str,
                   today: date | None = None) -> date | None:
    """The due date a new referral gets unless the sender changes it (None: no due date).

    Counted in calendar days from today; a date falling on a Friday moves to Saturday.
    """
    days = settings.days_for(kind, priority)
    if days is None:
        return None
    due = (today or today_tehran()) + timedelta(days=days)
    return due + timedelta(days=1) if due.weekday() == FRIDAY else due


# --- validation ---------------------------------------------------------------------------

def clean_phrases(phrases: Sequence[str]) -> tuple[str, ...]:
    if isinstance(phrases, str) or not isinstance(phrases, Sequence):
        raise ValidationError("phrases", "invalid_value")
    kept: dict[str, None] = {}
    for phrase in phrases:
        if not isinstance(phrase, str):
            raise ValidationError("phrases", "invalid_value")
        text = clean_line(phrase, "phrases", MAX_PHRASE_LENGTH)
        if text:
            kept.setdefault(text, None)
    if len(kept) > MAX_PHRASES:
        raise ValidationError("phrases", "too_many_phrases", max=MAX_PHRASES)
    return tuple(kept)


def clean_due_days(due_days: Mapping[str, Mapping[str, Any]]) -> DueDays:
    if not isinstance(due_days, Mapping):
        raise ValidationError("due_days", "invalid_value")
    cleaned = _default_due_days()
    for kind, by_priority in due_days.items():
        if kind not in cleaned or not isinstance(by_priority, Mapping):
            raise ValidationError("due_days", "invalid_value")
        for priority, days in by_priority.items():
            if priority not in cleaned[kind]:
                raise ValidationError("due_days", "invalid_value")
            if days is not None and (isinstance(days, bool) or not isinstance(days, int)
                                     or not 0 <= days <= MAX_DUE_DAYS):
                raise ValidationError("due_days", "invalid_due_days", max=MAX_DUE_DAYS)
            cleaned[kind][priority] = days
    return cleaned


def _stored(value: Any, clean: Any, default: Any) -> Any:
    """A stored setting, or the default when it is missing or no longer valid."""
    if value is None:
        return default
    try:
        return clean(value)
    except ValidationError:
        return default


# --- reading and writing --------------------------------------------------------------

def referral_settings(ctx: AppContext) -> ReferralSettings:
    """What the referral form offers (anyone who refers reads it)."""
    with ctx.read() as session:
        phrases = get_setting(session, PHRASES_KEY)
        due_days = get_setting(session, DUE_DAYS_KEY)
    return ReferralSettings(
        phrases=_stored(phrases, clean_phrases, COMMON_INSTRUCTIONS),
        due_days=_stored(due_days, clean_due_days, _default_due_days()),
    )


def update_referral_settings(
    ctx: AppContext,
    actor: CurrentUser,
    *,
    phrases: Sequence[str] | None = None,
    due_days: Mapping[str, Mapping[str, Any]] | None = None,
) -> ReferralSettings:
    """An admin changes the standard phrases and/or the due days; one audit entry per key."""
    require(actor, Permission.MANAGE_SETTINGS)
    changes: dict[str, Any] = {}
    if phrases is not None:
        changes[PHRASES_KEY] = list(clean_phrases(phrases))
    if due_days is not None:
        changes[DUE_DAYS_KEY] = clean_due_days(due_days)
    with ctx.write() as session:
        for key, value in changes.items():
            put_setting(session, actor, key, value)
        if changes:
            ctx.emit(SettingsChanged(tuple(sorted(changes))), actor)
    return referral_settings(ctx)
