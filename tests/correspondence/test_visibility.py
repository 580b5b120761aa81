"""A letter above a user's clearance does not exist for that user, whatever the path."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretariat.correspondence import api as attachments
from secretariat.correspondence import api as letters
from secretariat.correspondence import api as queries
from secretariat.correspondence import api as referrals
from secretariat.correspondence.api import LetterDetail, LetterQuery, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, ValidationError
from secretariat.kernel.jalali import today_tehran
from tests.conftest import MakeUser
from tests.correspondence.support import incoming, outgoing, register
from tests.helpers import must

World = tuple[CurrentUser, CurrentUser, dict[str, LetterDetail]]


@pytest.fixture
def world(ctx: AppContext, admin: CurrentUser, make_user: MakeUser, tmp_path: Path) -> World:
    """One letter per classification, all about «تعرفه», plus the users who look at them."""
    normal = make_user("clerk1", "clerk", "normal")
    confidential = make_user("manager1", "manager", "confidential")
    sent = today_tehran()
    made = {
        level: register(ctx, admin, incoming(
            subject=f"تعرفه {level}", classification=level, sender_number=f"N-{level}",
            sender_date=sent, sender="شرکت مس"))
        for level in ("normal", "confidential", "secret")
    }
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 secret scan")
    attachments.attach_files(ctx, admin, made["secret"].id, [scan])
    return normal, confidential, made


def test_lists_search_and_counts(ctx: AppContext, admin: CurrentUser, world: World) -> None:
    normal, confidential, made = world
    expectations = [(normal, {"normal"}), (confidential, {"normal", "confidential"}),
                    (admin, {"normal", "confidential", "secret"})]
    for user, levels in expectations:
        ids = {made[level].id for level in levels}
        assert {s.id for s in queries.list_letters(ctx, user)} == ids
        assert {s.id for s in queries.list_letters(ctx, user, LetterQuery(text="تعرفه"))} == ids
        assert queries.count_letters(ctx, user) == len(ids)
        assert queries.count_letters(ctx, user, LetterQuery(text="تعرفه")) == len(ids)
        assert queries.search_letters(ctx, user, "تعرفه").total == len(ids)
        assert queries.count_letters(ctx, user, LetterQuery(classification="secret")) == (
            1 if "secret" in levels else 0)
        last = queries.last_page(ctx, user, LetterQuery(), limit=10)
        assert {s.id for s in last.rows} == ids
        assert {s.id for s in queries.letters_at(ctx, user, LetterQuery(), 0, 10)} == ids
        with_files = queries.list_letters(ctx, user, LetterQuery(has_attachments=True))
        assert bool(with_files) == ("secret" in levels)


def test_get_and_resolve_say_not_found(ctx: AppContext, admin: CurrentUser, world: World) -> None:
    normal, _confidential, made = world
    secret = made["secret"]
    for call in (
        lambda: letters.get_letter(ctx, normal, secret.id),
        lambda: letters.get_letter_by_ref(ctx, normal, must(secret.number)),
        lambda: letters.resolve_letter(ctx, normal, must(secret.number)),
        lambda: letters.resolve_letter(ctx, normal, str(secret.id)),
        lambda: attachments.list_attachments(ctx, normal, secret.id),
        lambda: referrals.referral_tree(ctx, normal, secret.id),
        lambda: attachments.attachment_file(ctx, normal, 1),
    ):
        with pytest.raises(NotFound):  # not PermissionDenied: it does not exist for them
            call()
    assert letters.get_letter(ctx, admin, secret.id).id == secret.id


def test_changes_to_invisible_letters_are_not_found(
    ctx: AppContext, admin: CurrentUser, world: World, make_user: MakeUser
) -> None:
    normal, _confidential, made = world
    secret_id = made["secret"].id
    with pytest.raises(NotFound):
        letters.cancel_letter(ctx, normal, secret_id, "x")
    with pytest.raises(NotFound):
        referrals.refer_letter(ctx, normal, secret_id, ["manager1"], "جهت اقدام")
    with pytest.raises(NotFound):
        letters.change_status(ctx, normal, secret_id, "closed")
    with pytest.raises(ValidationError) as info:
        register(ctx, normal, outgoing(reply_to=made["secret"].number))
    assert info.value.code == "letter_not_found"


def test_links_to_invisible_letters_are_hidden(
    ctx: AppContext, admin: CurrentUser, world: World
) -> None:
    normal, _confidential, made = world
    answer = register(ctx, admin, outgoing(subject="پاسخ", reply_to=made["secret"].id))
    seen_by_clerk = letters.get_letter(ctx, normal, answer.id)
    assert seen_by_clerk.reply_to is None
    assert letters.get_letter(ctx, admin, answer.id).reply_to is not None
    assert letters.get_letter(ctx, normal, made["normal"].id).replies == ()


def test_duplicate_check_does_not_reveal_secret_letters(
    ctx: AppContext, admin: CurrentUser, world: World
) -> None:
    normal, _confidential, _made = world
    found = letters.find_duplicates(ctx, normal, PartyInput(name="شرکت مس"), "N-secret",
                                    today_tehran())
    assert found == []
    assert letters.find_duplicates(ctx, admin, PartyInput(name="شرکت مس"), "N-secret",
                                   today_tehran())


def test_referrals_need_clearance_and_inbox_filters(
    ctx: AppContext, admin: CurrentUser, world: World
) -> None:
    normal, confidential, made = world
    with pytest.raises(ValidationError) as info:
        referrals.refer_letter(ctx, admin, made["confidential"].id, ["clerk1"], "جهت اقدام")
    assert info.value.code == "recipient_lacks_clearance"
    referrals.refer_letter(ctx, admin, made["confidential"].id, ["manager1"], "جهت اقدام")
    referrals.refer_letter(ctx, admin, made["normal"].id, ["manager1", "clerk1"], "جهت اطلاع")
    assert len(referrals.inbox(ctx, confidential)) == 2
    assert len(referrals.inbox(ctx, normal)) == 1
    # Lowering a user's clearance hides what was referred earlier, inbox and counts alike.
    from secretariat.kernel import accounts

    accounts.update_user(ctx, admin, "manager1", clearance="normal")
    lowered = CurrentUser(confidential.id, "manager1", "", "manager", "normal")
    assert [i.letter.id for i in referrals.inbox(ctx, lowered)] == [made["normal"].id]
    assert referrals.inbox_counts(ctx, lowered).open == 1


def test_counts_follow_a_change_of_classification(
    ctx: AppContext, admin: CurrentUser, world: World
) -> None:
    normal, _confidential, made = world
    query = LetterQuery(text="تعرفه")
    assert queries.count_letters(ctx, normal, query) == 1
    letters.update_letter(ctx, admin, made["normal"].id, incoming(
        subject="تعرفه normal", classification="secret", sender="شرکت مس"))
    assert queries.count_letters(ctx, normal, query) == 0
    assert queries.list_letters(ctx, normal, query) == []
    assert queries.count_letters(ctx, admin, query) == 3
    # Typing the index's marker word finds nothing one may not see.
    assert queries.count_letters(ctx, normal, LetterQuery(text="zzclasssecretzz")) == 0
    assert queries.count_letters(ctx, normal, LetterQuery(text="تعرفه", kind="incoming")) == 0
