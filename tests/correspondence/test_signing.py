"""Signing an outgoing draft: the chosen signatory stays; only they, or an admin or a manager
for them, sign; the audit log says who signed for whom."""

from __future__ import annotations

import pytest

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterDetail
from secretariat.kernel import audit_log
from secretariat.kernel.audit import AuditRow
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import PermissionDenied, ValidationError
from tests.conftest import MakeUser
from tests.correspondence.support import outgoing, register


def _draft(ctx: AppContext, actor: CurrentUser, signatory: str | None) -> LetterDetail:
    return register(ctx, actor, outgoing(draft=True, signatory=signatory))


def _last_letter_entry(ctx: AppContext, admin: CurrentUser, letter_id: int) -> AuditRow:
    rows, _total = audit_log.read_audit(
        ctx, admin, audit_log.AuditQuery(entity="letter", entity_id=str(letter_id)), limit=1)
    return rows[0]


def test_the_chosen_signatory_signs_their_draft(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    manager = make_user("manager1", "manager")
    draft = _draft(ctx, admin, "manager1")
    signed = letters.sign_letter(ctx, manager, draft.id)
    assert signed.signatory == "manager1" and signed.number is not None
    entry = _last_letter_entry(ctx, admin, draft.id)
    assert (entry.action, entry.actor) == ("sign", "manager1")


def test_an_admin_signing_for_the_signatory_keeps_them_and_is_audited(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    manager = make_user("manager1", "manager")
    draft = _draft(ctx, admin, "manager1")
    signed = letters.sign_letter(ctx, admin, draft.id)
    assert signed.signatory == "manager1"  # not replaced by whoever signed
    assert signed.signatory_name == "کاربر manager1"
    entry = _last_letter_entry(ctx, admin, draft.id)
    # "signed by admin for manager1": the entry's actor, its action, the signatory it names.
    assert (entry.action, entry.actor) == ("sign_for", "admin")
    assert entry.after is not None and entry.after["signatory_id"] == manager.id


def test_another_manager_may_sign_for_the_signatory(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    make_user("manager1", "manager")
    deputy = make_user("manager2", "manager")
    draft = _draft(ctx, admin, "manager1")
    assert letters.sign_letter(ctx, deputy, draft.id).signatory == "manager1"
    assert _last_letter_entry(ctx, admin, draft.id).action == "sign_for"


def test_anyone_else_is_refused_and_nothing_changes(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    make_user("manager1", "manager")
    expert = make_user("expert1", "expert")
    draft = _draft(ctx, admin, "manager1")
    with pytest.raises(PermissionDenied) as refused:
        letters.sign_letter(ctx, expert, draft.id)
    assert refused.value.code == "sign_for_other"
    assert "کاربر manager1" in str(refused.value)
    again = letters.get_letter(ctx, admin, draft.id)
    assert (again.number, again.status, again.signatory) == (None, "draft", "manager1")
    assert not letters.may_sign(expert, "manager1")
    assert letters.may_sign(admin, "manager1") and letters.may_sign(admin, None)


def test_a_clerk_without_the_permission_cannot_sign_even_their_own(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    clerk = make_user("clerk1", "clerk")
    draft = _draft(ctx, admin, "clerk1")
    with pytest.raises(PermissionDenied):
        letters.sign_letter(ctx, clerk, draft.id)
    assert not letters.may_sign(clerk, "clerk1")


def test_the_signatory_is_not_changed_at_signing(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    make_user("manager1", "manager")
    make_user("manager2", "manager")
    draft = _draft(ctx, admin, "manager1")
    with pytest.raises(ValidationError) as refused:
        letters.sign_letter(ctx, admin, draft.id, signatory="manager2")
    assert refused.value.code == "signatory_chosen"
    unchosen = _draft(ctx, admin, None)
    signed = letters.sign_letter(ctx, admin, unchosen.id, signatory="manager2")
    assert signed.signatory == "manager2"
    assert _last_letter_entry(ctx, admin, unchosen.id).action == "sign_for"
    mine = _draft(ctx, admin, None)
    assert letters.sign_letter(ctx, admin, mine.id).signatory == "admin"
    assert _last_letter_entry(ctx, admin, mine.id).action == "sign"
