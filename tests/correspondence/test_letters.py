"""Registering letters: checks, parties, duplicates, links both ways, edits and status."""

from __future__ import annotations

from datetime import timedelta

import pytest

from secretariat.correspondence import api as letters
from secretariat.correspondence import api as queries
from secretariat.correspondence.api import DuplicateLetter, LetterInput, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, NotFound, PermissionDenied, ValidationError
from secretariat.kernel.jalali import today_tehran
from tests.conftest import MakeUser
from tests.correspondence.support import (
    days_ago,
    incoming,
    internal,
    outgoing,
    register,
    table_counts,
)


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (LetterInput(kind="memo", subject="x"), "kind", "invalid_choice"),
        (incoming(subject="   "), "subject", "required"),
        (LetterInput(kind="incoming", subject="بی فرستنده"), "sender", "required"),
        (LetterInput(kind="outgoing", subject="بی گیرنده"), "recipients", "required"),
        (incoming(urgency="very"), "urgency", "invalid_choice"),
        (incoming(classification="top"), "classification", "invalid_choice"),
        (incoming(registered_on=today_tehran() + timedelta(days=1)), "registered_on", "date_in_future"),
        (incoming(sender_date=today_tehran() + timedelta(days=1)), "sender_date",
         "sender_date_after_registration"),
        (outgoing(sender_number="12"), "sender_number", "field_not_for_kind"),
        (incoming(from_unit="مالی"), "from_unit", "field_not_for_kind"),
        (incoming(draft=True), "draft", "draft_only_outgoing"),
        (outgoing(reply_expected_by=days_ago(today_tehran(), 1)), "reply_expected_by",
         "date_before_registration"),
        (incoming(reply_to="1405/و/999"), "reply_to", "letter_not_found"),
        (incoming(dispatch_method="pigeon"), "dispatch_method", "invalid_choice"),
        (outgoing(signatory="nobody"), "signatory", "user_not_found"),
        (incoming(cc=(PartyInput(name="مالی", purpose="maybe"),)), "purpose", "invalid_choice"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    ctx: AppContext, admin: CurrentUser, data: LetterInput, field: str, code: str
) -> None:
    before = table_counts(ctx)
    with pytest.raises(ValidationError) as info:
        register(ctx, admin, data)
    assert (info.value.field, info.value.code) == (field, code)
    assert str(info.value)  # a Persian sentence
    assert table_counts(ctx) == before  # no letter, no contact, no counter, no audit entry


def test_a_letter_keeps_every_field(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    make_user("manager1", "manager")
    detail = register(ctx, admin, outgoing(
        subject="  دعوت   به جلسهٔ کمیسیون  ", summary="خلاصه", body="متن\nدو خط",
        cc=(PartyInput(name="اتاق بازرگانی", purpose="action"), PartyInput(name="استانداری")),
        urgency="urgent", classification="normal", keywords=("جلسه", "جلسه", "کمیسیون"),
        signatory="manager1", dispatch_method="post", dispatch_date=today_tehran(),
        postal_tracking_code="۱۲۳۴۵", reply_expected_by=today_tehran() + timedelta(days=10),
    ))
    assert detail.subject == "دعوت به جلسهٔ کمیسیون"
    assert detail.body == "متن\nدو خط"
    assert [r.name for r in detail.recipients] == ["شرکت فولاد البرز"]
    assert [(c.name, c.purpose) for c in detail.cc] == [
        ("اتاق بازرگانی", "action"), ("استانداری", "information")]
    assert detail.keywords == ("جلسه", "کمیسیون")
    assert (detail.signatory, detail.urgency, detail.dispatch_method) == (
        "manager1", "urgent", "post")
    assert detail.postal_tracking_code == "12345"
    assert detail.awaiting_reply and not detail.overdue
    assert [h.action for h in detail.history] == ["create"]
    assert detail.history[0].after is not None
    assert detail.history[0].after["subject"] == "دعوت به جلسهٔ کمیسیون"


def test_internal_letter_between_units(ctx: AppContext, admin: CurrentUser) -> None:
    detail = register(ctx, admin, internal())
    assert (detail.kind, detail.from_unit, detail.to_unit) == ("internal", "دبیرخانه", "امور مالی")


def test_sender_matched_by_normalised_name(ctx: AppContext, admin: CurrentUser) -> None:
    first = register(ctx, admin, incoming(sender="شركت فولاد  البرز"))  # Arabic kaf
    second = register(ctx, admin, incoming(sender="شرکت فولاد البرز"))
    assert first.sender is not None and second.sender is not None
    assert first.sender.contact_id == second.sender.contact_id
    assert table_counts(ctx)["contacts"] == 1


def test_duplicate_incoming_warns_with_the_earlier_letter(
    ctx: AppContext, admin: CurrentUser
) -> None:
    sent = days_ago(today_tehran(), 2)
    earlier = register(ctx, admin, incoming(sender_number="۱۲۳/ص", sender_date=sent))
    before = table_counts(ctx)
    with pytest.raises(DuplicateLetter) as info:
        register(ctx, admin, incoming(sender="شركت فولاد البرز", sender_number="123/ص",
                                      sender_date=sent))
    assert [e.id for e in info.value.earlier] == [earlier.id]
    assert info.value.params["number"] == earlier.number
    assert table_counts(ctx) == before
    found = letters.find_duplicates(ctx, admin, PartyInput(name="شرکت فولاد البرز"), "123/ص",
                                    sent)
    assert [f.id for f in found] == [earlier.id]
    again = register(ctx, admin, incoming(sender_number="123/ص", sender_date=sent),
                     allow_duplicate=True)
    assert again.number != earlier.number
    # Another date or number is not a duplicate; a cancelled letter does not count.
    register(ctx, admin, incoming(sender_number="123/ص", sender_date=days_ago(today_tehran(), 3)))
    letters.cancel_letter(ctx, admin, earlier.id, "اشتباه")
    letters.cancel_letter(ctx, admin, again.id, "اشتباه")
    register(ctx, admin, incoming(sender_number="123/ص", sender_date=sent))


def test_links_are_shown_both_ways(ctx: AppContext, admin: CurrentUser) -> None:
    request = register(ctx, admin, incoming())
    answer = register(ctx, admin, outgoing(reply_to=request.number,
                                           reply_expected_by=today_tehran() + timedelta(days=7)))
    reminder = register(ctx, admin, outgoing(subject="پیگیری", follows=answer.id))
    assert answer.reply_to is not None and answer.reply_to.id == request.id
    assert reminder.follows is not None and reminder.follows.id == answer.id
    shown = letters.get_letter(ctx, admin, answer.id)
    assert [r.id for r in shown.followed_by] == [reminder.id]
    assert [r.id for r in letters.get_letter(ctx, admin, request.id).replies] == [answer.id]
    assert shown.awaiting_reply
    # An incoming letter registered as reply (عطف) to ours ends the wait.
    reply = register(ctx, admin, incoming(subject="پاسخ شرکت", reply_to=answer.number))
    after = letters.get_letter(ctx, admin, answer.id)
    assert not after.awaiting_reply
    assert after.replied_by is not None and after.replied_by.id == reply.id
    assert [h.action for h in after.history] == ["create", "reply_received"]
    waiting = queries.list_letters(ctx, admin, queries.LetterQuery(awaiting_reply=True))
    assert waiting == []


def test_links_by_persian_digits_and_not_to_drafts_or_self(
    ctx: AppContext, admin: CurrentUser
) -> None:
    first = register(ctx, admin, incoming())
    assert first.number is not None
    persian = first.number.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    linked = register(ctx, admin, outgoing(reply_to=persian))
    assert linked.reply_to is not None and linked.reply_to.id == first.id
    draft = register(ctx, admin, outgoing(draft=True))
    with pytest.raises(ValidationError) as info:
        register(ctx, admin, outgoing(follows=draft.id))
    assert info.value.code == "link_to_draft"
    with pytest.raises(ValidationError) as info:
        letters.update_letter(ctx, admin, linked.id, outgoing(reply_to=linked.id))
    assert info.value.code == "link_to_self"


def test_overdue_reply(ctx: AppContext, admin: CurrentUser) -> None:
    old = register(ctx, admin, outgoing(registered_on=days_ago(today_tehran(), 20),
                                        reply_expected_by=days_ago(today_tehran(), 5)))
    register(ctx, admin, outgoing())
    late = queries.list_letters(ctx, admin, queries.LetterQuery(overdue=True))
    assert [s.id for s in late] == [old.id] and late[0].overdue


def test_edit_is_audited_and_reindexed(ctx: AppContext, admin: CurrentUser) -> None:
    letter = register(ctx, admin, incoming(subject="موضوع نخست"))
    edited = letters.update_letter(ctx, admin, letter.id, incoming(
        subject="موضوع اصلاح‌شده", sender="اتاق اصناف", keywords=("اصناف",)))
    assert edited.number == letter.number and edited.subject == "موضوع اصلاح‌شده"
    assert edited.sender is not None and edited.sender.name == "اتاق اصناف"
    assert [h.action for h in edited.history] == ["create", "update"]
    assert queries.count_letters(ctx, admin, queries.LetterQuery(text="نخست")) == 0
    assert queries.count_letters(ctx, admin, queries.LetterQuery(text="اصلاح شده")) == 1
    assert queries.count_letters(ctx, admin, queries.LetterQuery(text="اصناف")) == 1
    with pytest.raises(ValidationError) as info:
        letters.update_letter(ctx, admin, letter.id, incoming(registered_on=days_ago(today_tehran(), 40)))
    assert info.value.code == "registered_on_locked"
    with pytest.raises(ValidationError):
        letters.update_letter(ctx, admin, letter.id, outgoing())


def test_status_moves_and_archive_code(ctx: AppContext, admin: CurrentUser) -> None:
    letter = register(ctx, admin, incoming())
    with pytest.raises(ValidationError) as info:
        letters.change_status(ctx, admin, letter.id, "archived", "A-1")
    assert info.value.code == "status_transition"
    assert letters.change_status(ctx, admin, letter.id, "in_progress").status == "in_progress"
    assert letters.change_status(ctx, admin, letter.id, "closed").status == "closed"
    with pytest.raises(ValidationError) as info:
        letters.change_status(ctx, admin, letter.id, "archived")
    assert (info.value.field, info.value.code) == ("archive_code", "required")
    archived = letters.change_status(ctx, admin, letter.id, "archived", "ب-۱۲")
    assert (archived.status, archived.archive_code) == ("archived", "ب-۱۲")
    with pytest.raises(ValidationError):
        letters.change_status(ctx, admin, letter.id, "lost")
    letters.cancel_letter(ctx, admin, letter.id, "ابطال")
    with pytest.raises(Conflict):
        letters.change_status(ctx, admin, letter.id, "closed")


def test_roles(ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    viewer = make_user("viewer1", "viewer")
    letter = register(ctx, admin, incoming())
    with pytest.raises(PermissionDenied):
        register(ctx, viewer, incoming())
    with pytest.raises(PermissionDenied):
        letters.cancel_letter(ctx, viewer, letter.id, "x")
    assert letters.get_letter(ctx, viewer, letter.id).id == letter.id
    with pytest.raises(ValidationError) as info:
        letters.cancel_letter(ctx, admin, letter.id, "  ")
    assert (info.value.field, info.value.code) == ("reason", "required")


def test_reference_by_number_or_id(ctx: AppContext, admin: CurrentUser) -> None:
    letter = register(ctx, admin, incoming())
    assert letter.number is not None
    assert letters.resolve_letter(ctx, admin, letter.number) == letter.id
    assert letters.resolve_letter(ctx, admin, str(letter.id)) == letter.id
    assert letters.resolve_letter(ctx, admin, f"\u200f{letter.number}") == letter.id
    with pytest.raises(NotFound):
        letters.resolve_letter(ctx, admin, "1405/و/99")
    with pytest.raises(NotFound):
        letters.get_letter(ctx, admin, 999)
