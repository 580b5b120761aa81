"""One unit of work per action: nested units join, events are told after commit, never after a
rollback, and the registry's reactions run inside the transaction."""

from __future__ import annotations

import pytest

from secretariat.contacts import api as contacts
from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.events import DomainEvent, SettingsChanged
from secretariat.kernel.models import Setting
from secretariat.kernel.org_settings import update_org_settings


def test_a_nested_write_joins_the_outer_transaction(ctx: AppContext) -> None:
    with pytest.raises(RuntimeError), ctx.write() as outer:
        with ctx.write() as inner:
            assert inner is outer
            inner.add(Setting(key="joined", value='"yes"'))
        raise RuntimeError("the outer unit fails after the inner one finished")
    with ctx.read() as session:
        assert session.get(Setting, "joined") is None  # rolled back with the outer unit


def test_events_are_published_after_commit_only(ctx: AppContext, admin: CurrentUser) -> None:
    seen: list[DomainEvent] = []
    ctx.events.subscribe(seen.append)
    with pytest.raises(ValidationError):
        update_org_settings(ctx, admin, org_name="  ")  # refused: nothing committed
    assert seen == []
    update_org_settings(ctx, admin, org_name="سازمان آزمایشی")
    assert seen == [SettingsChanged(("org_name",))]


def test_an_event_inside_a_rolled_back_unit_is_never_told(ctx: AppContext,
                                                          admin: CurrentUser) -> None:
    seen: list[DomainEvent] = []
    ctx.events.subscribe(seen.append)
    with pytest.raises(RuntimeError), ctx.write():
        ctx.emit(SettingsChanged(("x",)), admin)
        raise RuntimeError("boom")
    assert seen == []


def test_emit_outside_a_write_is_a_bug(ctx: AppContext, admin: CurrentUser) -> None:
    with pytest.raises(RuntimeError):
        ctx.emit(SettingsChanged(("x",)), admin)


def test_a_reaction_runs_in_the_same_transaction(ctx: AppContext, admin: CurrentUser) -> None:
    """Merging contacts re-points the letters naming the old one (correspondence's reaction)."""
    first = letters.register_letter(ctx, admin, letters.LetterInput(
        kind="incoming", subject="نامهٔ نخست", sender=letters.PartyInput(name="شرکت الف")))
    keep = contacts.add_contact(ctx, admin, contacts.ContactInput(name="شرکت الف (اصلی)"))
    assert first.sender is not None
    seen: list[DomainEvent] = []
    ctx.events.subscribe(seen.append)
    contacts.merge_contacts(ctx, admin, keep.contact.id, first.sender.contact_id)
    moved = letters.get_letter(ctx, admin, first.id)
    assert moved.sender is not None and moved.sender.contact_id == keep.contact.id
    assert contacts.ContactsMerged(keep.contact.id, first.sender.contact_id) in seen
