"""The permission table: one test per cell (permission × role), each performing the real
action through the feature's api, and docs/PERMISSIONS.md generated from the registry.

``TABLE`` is the policy written out by hand: a change to the registry that is not made here
too fails, and so does a new feature's permission until its row and action are added.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from secretariat import features
from secretariat.cases import api as cases
from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput
from secretariat.correspondence import api as letters
from secretariat.kernel import accounts, audit_log, key_transfer, org_settings
from secretariat.kernel.context import AppContext, CurrentUser, open_context
from secretariat.kernel.errors import PermissionDenied
from secretariat.kernel.integrity import CheckReport, problem_details, run_check
from secretariat.kernel.jalali import today_tehran
from secretariat.kernel.keys import KEYS_DIR_ENV
from secretariat.kernel.permission_doc import permission_table
from secretariat.kernel.permissions import Role, role_allows
from secretariat.membership import api as membership
from secretariat.membership.api import AssociationInput
from secretariat.operations import api as operations
from secretariat.printing import api as printing
from tests.cases.support import add_duties
from tests.conftest import USER_PASSWORD, Templates, install_template_keys
from tests.correspondence.support import incoming, outgoing

REPO = Path(__file__).resolve().parents[2]
Y, N, OWN = "✓", "—", "own"
ROLES = ("admin", "manager", "clerk", "expert", "officer", "viewer")
TABLE: dict[str, tuple[str, ...]] = {
    # permission          admin manager clerk expert officer viewer
    "manage_users":      (Y, N, N, N, N, N),
    "manage_settings":   (Y, N, N, N, N, N),
    "read_audit":        (Y, Y, N, N, N, N),
    "run_check":         (Y, Y, N, N, N, N),
    "check_details":     (Y, N, N, N, N, N),
    "manage_keys":       (Y, N, N, N, N, N),
    "read_letters":      (Y, Y, Y, Y, Y, Y),
    "register_letters":  (Y, Y, Y, N, Y, N),  # officers: reminder letters to members
    "edit_letters":      (Y, Y, Y, N, N, N),
    "cancel_letters":    (Y, Y, OWN, N, N, N),
    "attach_files":      (Y, Y, Y, N, N, N),
    "letter_status":     (Y, Y, Y, Y, N, N),
    "sign_letters":      (Y, Y, N, N, N, N),
    "refer_letters":     (Y, Y, Y, Y, N, N),
    "export_letters":    (Y, Y, Y, N, N, N),
    "read_contacts":     (Y, Y, Y, Y, Y, Y),
    # experts add the applicants of their cases; officers keep member units (contacts)
    "edit_contacts":     (Y, Y, Y, Y, Y, N),
    "merge_contacts":    (Y, N, N, N, N, N),
    "print_letters":     (Y, Y, Y, Y, Y, N),
    "read_cases":        (Y, Y, Y, Y, N, Y),
    "open_cases":        (Y, Y, Y, Y, N, N),
    "work_cases":        (Y, Y, N, Y, N, N),
    "manage_cases":      (Y, Y, N, N, N, N),
    "manage_duties":     (Y, Y, N, N, N, N),
    "manage_calendar":   (Y, N, N, N, N, N),
    "read_membership":   (Y, Y, N, Y, Y, Y),
    "manage_membership": (Y, N, N, N, Y, N),
    "manage_backups":    (Y, N, N, N, N, N),
    "move_database":     (Y, N, N, N, N, N),
    "import_register":   (Y, N, N, N, N, N),
}  # fmt: skip


@dataclass
class World:
    """A copy of a database holding one user per role and a few letters."""

    ctx: AppContext
    users: dict[str, CurrentUser]
    admins_letter: int  # registered by the admin
    clerks_letter: int  # registered by the clerk
    draft: int  # an outgoing draft
    file: Path
    case: int  # a transferred case opened by the admin

    def letter_of(self, actor: CurrentUser) -> int:
        """A letter this actor registered (for «own» cells): one is registered now."""
        if actor.role == Role.CLERK:
            return self.clerks_letter
        return self.admins_letter


Action = Callable[[World, CurrentUser], object]


def _earlier_register(w: World, a: CurrentUser) -> Path:
    """A one-letter register kept on paper before the app, as an office types it in Excel."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["شماره", "تاریخ", "نوع", "موضوع", "از / به"])
    sheet.append([f"1399/و/{a.id}", "1399/05/12", "وارده", "درخواست عضویت", "شرکت کاشی البرز"])
    path = w.file.parent / f"register-{a.username}.xlsx"
    book.save(path)
    return path


IMPORT_MAPPING = operations.ImportMapping({"number": "شماره", "registered_on": "تاریخ",
                                           "kind": "نوع", "subject": "موضوع",
                                           "party": "از / به"})
ACTIONS: dict[str, Action] = {
    "manage_users": lambda w, a: accounts.update_user(w.ctx, a, "viewer1", post_title="بایگان"),
    "manage_settings": lambda w, a: org_settings.update_org_settings(w.ctx, a, address="کرج"),
    "read_audit": lambda w, a: audit_log.read_audit(w.ctx, a, audit_log.AuditQuery(), limit=5),
    "run_check": lambda w, a: run_check(w.ctx, a),
    "check_details": lambda w, a: problem_details(CheckReport(), a),
    "manage_keys": lambda w, a: key_transfer.export_keys(
        w.ctx, a, w.file.parent / f"keys-{a.username}.json"),
    "read_letters": lambda w, a: letters.get_letter(w.ctx, a, w.admins_letter),
    "register_letters": lambda w, a: letters.register_letter(w.ctx, a, incoming()),
    "edit_letters": lambda w, a: letters.update_letter(
        w.ctx, a, w.admins_letter, incoming(subject="موضوع ویرایش‌شده")),
    "cancel_letters": lambda w, a: letters.cancel_letter(w.ctx, a, w.admins_letter, "تکراری"),
    "attach_files": lambda w, a: letters.attach_files(w.ctx, a, w.admins_letter, [w.file]),
    "letter_status": lambda w, a: letters.change_status(w.ctx, a, w.admins_letter, "closed"),
    "sign_letters": lambda w, a: letters.sign_letter(w.ctx, a, w.draft),
    "refer_letters": lambda w, a: letters.refer_letter(
        w.ctx, a, w.admins_letter, ["manager1"], "جهت اقدام"),
    "export_letters": lambda w, a: printing.register_rows(
        w.ctx, a, today_tehran() - timedelta(days=1), today_tehran()),
    "read_contacts": lambda w, a: contacts.list_contacts(w.ctx, a),
    "edit_contacts": lambda w, a: contacts.add_contact(
        w.ctx, a, ContactInput(name="شرکت تازه"), allow_duplicate=True),
    "merge_contacts": lambda w, a: contacts.merge_contacts(w.ctx, a, *(
        contacts.add_contact(w.ctx, w.users["admin"], ContactInput(name=f"شرکت دوگانه {n}"))
        .contact.id
        for n in (1, 2))),
    # The world's letters are incoming: their paper is the receipt (no letterhead).
    "print_letters": lambda w, a: printing.receipt_pdf(w.ctx, a, w.admins_letter),
    "read_membership": lambda w, a: membership.list_associations(w.ctx, a),
    "manage_membership": lambda w, a: membership.add_association(w.ctx, a, AssociationInput(
        code="A" + a.username.upper(), name=f"انجمن آزمایشی {a.username}")),
    "read_cases": lambda w, a: cases.list_cases(w.ctx, a),
    "open_cases": lambda w, a: cases.open_case(w.ctx, a, cases.CaseInput(
        duty="JT", channel="walk_in", subject="درخواست جواز تأسیس", received_on=today_tehran())),
    "work_cases": lambda w, a: cases.add_note(w.ctx, a, w.case, "پیگیری تلفنی"),
    "manage_cases": lambda w, a: cases.case_report(w.ctx, a, today_tehran() - timedelta(days=30), today_tehran()),
    "manage_duties": lambda w, a: cases.add_duty(w.ctx, a, cases.DutyInput(
        code=f"D{a.id}", title="صدور کارت بازرگانی", service_days=7)),
    "manage_calendar": lambda w, a: cases.add_holiday(
        w.ctx, a, today_tehran() + timedelta(days=3), "تعطیلی آلودگی هوا"),
    "manage_backups": lambda w, a: operations.create_backup(
        w.ctx, a, w.file.parent / f"backup-{a.username}.zip"),
    "move_database": lambda w, a: operations.copy_database(
        w.ctx, a, f"sqlite:///{w.file.parent / f'copy-{a.username}.sqlite3'}"),
    "import_register": lambda w, a: operations.import_register(
        w.ctx, a, _earlier_register(w, a), IMPORT_MAPPING),
}
# Every further state-changing action rides on a permission of the table too: each is tried
# for every role like the one above (the referral form's settings, a typed referral to several
# people, passing a referral on).
MORE_ACTIONS: dict[str, dict[str, Action]] = {
    "manage_settings": {
        "referral settings": lambda w, a: letters.update_referral_settings(
            w.ctx, a, phrases=["جهت اقدام لازم", "جهت استحضار"],
            due_days={"action": {"normal": 5}}),
    },
    "refer_letters": {
        "typed, several recipients": lambda w, a: letters.refer_letter(
            w.ctx, a, w.admins_letter, ["manager1", "expert1"], "جهت اظهار نظر",
            kind="comment", priority="urgent"),
        "passed on": lambda w, a: letters.refer_onward(
            w.ctx, a, _referral_to(w, a), ["manager1"], "جهت اطلاع", kind="information"),
    },
}
OWN_ACTIONS: dict[str, Action] = {
    "cancel_letters": lambda w, a: letters.cancel_letter(w.ctx, a, w.letter_of(a), "تکراری"),
}


@pytest.fixture(scope="module")
def world_folder(templates: Templates, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("permission-world") / "data"
    shutil.copytree(templates.with_admin, folder)
    # Module-wide, made before any test's private home: the template's key store writes it.
    patch = pytest.MonkeyPatch()
    patch.setenv(KEYS_DIR_ENV, str(templates.keys))
    ctx = open_context(folder)
    try:
        admin = templates.admin
        for role in ROLES[1:]:
            accounts.add_user(ctx, admin, f"{role}1", USER_PASSWORD, role, "secret", role)
        clerk = _user(ctx, admin, "clerk1")
        letters.register_letter(ctx, admin, incoming(subject="نامهٔ مدیر سامانه"))
        letters.register_letter(ctx, clerk, incoming(subject="نامهٔ دبیرخانه"))
        letters.register_letter(ctx, admin, outgoing(subject="پیش‌نویس", draft=True))
        add_duties(ctx, admin)
        cases.open_case(ctx, admin, cases.CaseInput(
            duty="JT", channel="walk_in", subject="درخواست جواز", received_on=today_tehran()))
    finally:
        ctx.close()
        patch.undo()
    return folder


def _user(ctx: AppContext, admin: CurrentUser, name: str) -> CurrentUser:
    found = accounts.get_user(ctx, admin, name)
    return CurrentUser(found.id, found.username, found.full_name, found.role, found.clearance)


@pytest.fixture
def world(world_folder: Path, templates: Templates, tmp_path: Path) -> Iterator[World]:
    folder = tmp_path / "data"
    shutil.copytree(world_folder, folder)
    install_template_keys(templates)  # the world is a copy of the template database
    ctx = open_context(folder)
    admin = templates.admin
    users = {"admin": admin} | {role: _user(ctx, admin, f"{role}1") for role in ROLES[1:]}
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned page\n")
    yield World(ctx, users, admins_letter=1, clerks_letter=2, draft=3, file=scan, case=1)
    ctx.close()


CELLS = [(name, role) for name in TABLE for role in ROLES]


@pytest.mark.parametrize(("permission", "role"), CELLS)
def test_cell(world: World, permission: str, role: str) -> None:
    """The registry says what the table says, and the core does exactly that."""
    expected = TABLE[permission][ROLES.index(role)]
    assert role_allows(role, permission, own=False) is (expected == Y)
    assert role_allows(role, permission, own=True) is (expected in (Y, OWN))
    action = ACTIONS.get(permission)
    if action is None:
        pytest.skip(f"{permission}: its feature is planned; no action to try yet")
    actor = world.users[role]
    if expected == Y:
        action(world, actor)
        return
    with pytest.raises(PermissionDenied) as refused:
        action(world, actor)
    assert refused.value.params["permission"] == permission
    assert str(refused.value).startswith("شما اجازهٔ این کار")
    if expected == OWN:
        OWN_ACTIONS[permission](world, actor)  # but on a record of their own, it is done


def _referral_to(w: World, actor: CurrentUser) -> int:
    """A referral made to ``actor`` (by the admin, who holds every permission)."""
    made = letters.refer_letter(w.ctx, w.users["admin"], w.admins_letter,
                                [actor.username], "جهت اقدام")
    return made[0].id


MORE_CELLS = [(name, what, role) for name, actions in MORE_ACTIONS.items()
              for what in actions for role in ROLES]


@pytest.mark.parametrize(("permission", "what", "role"), MORE_CELLS)
def test_more_actions_follow_the_table(world: World, permission: str, what: str,
                                       role: str) -> None:
    expected = TABLE[permission][ROLES.index(role)]
    actor = world.users[role]
    action = MORE_ACTIONS[permission][what]
    if expected == Y:
        action(world, actor)
        return
    with pytest.raises(PermissionDenied) as refused:
        action(world, actor)
    assert refused.value.params["permission"] == permission


def test_the_table_covers_every_permission_of_the_registry() -> None:
    declared = {g.name: f.name for f in features.REGISTRY.features for g in f.permissions}
    assert set(declared) == set(TABLE)
    for name, feature in declared.items():
        if features.REGISTRY.feature(feature).api is not None or feature == "core":
            assert name in ACTIONS, f"{name}: add the action that performs it"


def test_the_document_is_generated_from_the_registry() -> None:
    shown = (REPO / "docs" / "PERMISSIONS.md").read_text(encoding="utf-8")
    assert shown == permission_table(), (
        "docs/PERMISSIONS.md is stale: python -m secretariat.kernel.permission_doc "
        "> docs/PERMISSIONS.md")
    for name, cells in TABLE.items():
        row = next(line for line in shown.splitlines() if line.startswith(f"| `{name}` |"))
        assert row.endswith("| " + " | ".join(cells) + " |")


def test_a_clerk_cancels_his_own_letter_not_a_colleagues(world: World) -> None:
    clerk = world.users["clerk"]
    with pytest.raises(PermissionDenied):
        letters.cancel_letter(world.ctx, clerk, world.admins_letter, "تکراری")
    assert not letters.get_letter(world.ctx, clerk, world.admins_letter).cancelled
    assert letters.cancel_letter(world.ctx, clerk, world.clerks_letter, "تکراری").cancelled
