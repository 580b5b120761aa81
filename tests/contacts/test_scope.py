"""Contacts a user may see: those they made, and those a record they may see names.

The sender of a «خیلی محرمانه» letter is not listed, found, suggested, picked or exported to
a clerk who may not see that letter; asking for it by id answers «not found».
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from secretariat.contacts import api as contacts
from secretariat.contacts.api import ContactInput, DuplicateContact
from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterInput, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import NotFound, PermissionDenied, ValidationError
from secretariat.membership import api as membership
from secretariat.membership.api import UnitInput
from secretariat.operations import api as operations
from tests.conftest import MakeUser
from tests.correspondence.support import incoming, outgoing, raw, register

SECRET_SENDER = "شرکت سرمایه‌گذاری پنهان البرز"


@pytest.fixture
def people(ctx: AppContext, admin: CurrentUser, make_user: MakeUser
           ) -> tuple[CurrentUser, CurrentUser, int]:
    """A clerk cleared for secrets who registers a secret letter, a normal clerk, and the
    secret letter's sender's id."""
    keeper = make_user("keeper", "clerk", "secret")
    clerk = make_user("clerk1", "clerk", "normal")
    register(ctx, keeper, incoming(sender=SECRET_SENDER, classification="secret"))
    register(ctx, admin, incoming(sender="اتاق بازرگانی البرز"))
    (sender,) = contacts.similar_ids(ctx, admin, SECRET_SENDER)
    return keeper, clerk, sender


def names(ctx: AppContext, user: CurrentUser, text: str = "") -> list[str]:
    return [c.name for c in contacts.list_contacts(ctx, user, text)]


def test_a_secret_letters_sender_is_listed_only_to_who_may_see_it(
        ctx: AppContext, admin: CurrentUser, people: tuple[CurrentUser, CurrentUser, int]
) -> None:
    keeper, clerk, _sender = people
    assert SECRET_SENDER in names(ctx, admin)
    assert SECRET_SENDER in names(ctx, keeper)
    assert names(ctx, clerk) == ["اتاق بازرگانی البرز"]  # a normal letter's sender: listed


def test_the_maker_sees_it_without_a_letter_and_a_confidential_clerk_through_one(
        ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    maker = make_user("maker", "clerk", "confidential")
    other = make_user("other", "clerk", "normal")
    made = contacts.add_contact(ctx, maker, ContactInput(name="دفتر حقوقی امین")).contact
    register(ctx, maker, incoming(sender="انجمن محرمانه", classification="confidential"))
    assert names(ctx, maker) == ["انجمن محرمانه", "دفتر حقوقی امین"]
    assert names(ctx, other) == []
    with pytest.raises(NotFound):
        contacts.get_contact(ctx, other, made.id)
    # Once a letter the colleague may see names it, it is his too.
    register(ctx, admin, outgoing(to="دفتر حقوقی امین"))
    assert names(ctx, other) == ["دفتر حقوقی امین"]


def test_contacts_made_before_makers_were_recorded_stay_visible(
        ctx: AppContext, people: tuple[CurrentUser, CurrentUser, int]) -> None:
    _keeper, clerk, sender = people
    with raw(ctx) as db:
        db.execute("UPDATE contacts SET created_by_id = NULL WHERE id = ?", (sender,))
    assert SECRET_SENDER in names(ctx, clerk)


def test_get_and_search_answer_not_found(
        ctx: AppContext, admin: CurrentUser, people: tuple[CurrentUser, CurrentUser, int]
) -> None:
    keeper, clerk, sender = people
    with pytest.raises(NotFound) as info:
        contacts.get_contact(ctx, clerk, sender)
    assert info.value.code == "contact_not_found"
    assert contacts.get_contact(ctx, keeper, sender).name == SECRET_SENDER
    assert contacts.get_contacts(ctx, clerk, [sender]) == {}
    assert names(ctx, clerk, "پنهان") == []
    assert names(ctx, keeper, "پنهان") == [SECRET_SENDER]
    assert names(ctx, admin, "پنهان") == [SECRET_SENDER]


def test_similar_names_and_the_duplicate_warning_leave_it_out(
        ctx: AppContext, people: tuple[CurrentUser, CurrentUser, int]) -> None:
    keeper, clerk, sender = people
    assert contacts.find_similar_contacts(ctx, clerk, SECRET_SENDER) == []
    assert contacts.similar_ids(ctx, clerk, SECRET_SENDER) == []
    assert contacts.similar_ids(ctx, keeper, SECRET_SENDER) == [sender]
    with pytest.raises(DuplicateContact) as info:
        contacts.add_contact(ctx, keeper, ContactInput(name=SECRET_SENDER))
    assert [c.id for c in info.value.similar] == [sender]
    # The clerk is not warned about a contact he may not know exists: his is added.
    mine = contacts.add_contact(ctx, clerk, ContactInput(name=SECRET_SENDER)).contact
    assert mine.id != sender
    assert contacts.similar_ids(ctx, clerk, SECRET_SENDER) == [mine.id]


def test_the_picker_refuses_an_unseen_contact_by_id(
        ctx: AppContext, people: tuple[CurrentUser, CurrentUser, int]) -> None:
    keeper, clerk, sender = people
    with pytest.raises(ValidationError) as info:
        contacts.usable_ref(ctx, clerk, sender, "sender")
    assert (info.value.field, info.value.code) == ("sender", "contact_not_found")
    with pytest.raises(ValidationError) as info:
        letters.register_letter(ctx, clerk, LetterInput(
            kind="incoming", subject="نامهٔ آزمایشی", sender=PartyInput(contact_id=sender)))
    assert info.value.code == "contact_not_found"
    with pytest.raises(ValidationError):
        contacts.update_contact(ctx, clerk, sender, ContactInput(name="نام تازه"))
    assert contacts.usable_ref(ctx, keeper, sender, "sender").name == SECRET_SENDER


def test_only_an_admin_merges_contacts(
        ctx: AppContext, admin: CurrentUser, people: tuple[CurrentUser, CurrentUser, int]
) -> None:
    """Merging re-points every letter naming the merged contact, also those the merger may
    not see: it is the administrator's."""
    keeper, clerk, sender = people
    mine = contacts.add_contact(ctx, clerk, ContactInput(name="شرکت دیگر")).contact
    for user in (clerk, keeper):
        with pytest.raises(PermissionDenied):
            contacts.merge_contacts(ctx, user, mine.id, sender)
    assert contacts.merge_contacts(ctx, admin, mine.id, sender).id == mine.id


def test_the_excel_export_lists_what_the_user_may_see(
        ctx: AppContext, admin: CurrentUser, people: tuple[CurrentUser, CurrentUser, int],
        tmp_path: Path) -> None:
    _keeper, clerk, _sender = people

    def exported(user: CurrentUser, name: str) -> list[object]:
        count = operations.export_contacts(ctx, user, tmp_path / name)
        sheet = load_workbook(tmp_path / name).active
        assert sheet is not None
        found = [row[0].value for row in sheet.iter_rows(min_row=2)]
        assert len(found) == count
        return found

    assert exported(clerk, "clerk.xlsx") == ["اتاق بازرگانی البرز"]
    assert SECRET_SENDER in exported(admin, "admin.xlsx")


def test_member_units_are_seen_by_who_may_read_membership(
        ctx: AppContext, admin: CurrentUser, make_user: MakeUser) -> None:
    viewer = make_user("viewer1", "viewer", "normal")
    officer = make_user("officer1", "officer", "normal")
    clerk = make_user("clerk2", "clerk", "normal")
    membership.add_unit(ctx, officer, UnitInput(name="کارخانهٔ ذوب البرز",
                                                national_id="10380284790"))
    assert names(ctx, officer) == ["کارخانهٔ ذوب البرز"]
    assert names(ctx, viewer) == ["کارخانهٔ ذوب البرز"]  # read_membership
    assert names(ctx, clerk) == []  # no letter, no case names it


def test_contacts_of_an_upgraded_database_stay_visible_to_everyone(tmp_path: Path) -> None:
    """0017_contact_scope: contacts from before it have no maker recorded (NULL) and stay
    listed to every reader, as they were."""
    from alembic import command

    from secretariat.kernel import accounts, setup
    from secretariat.kernel.context import open_context
    from secretariat.kernel.db.engine import make_engine, sqlite_url
    from secretariat.kernel.db.migrate import alembic_config
    from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD

    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(sqlite_url(data / "secretariat.sqlite"))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0016_paper")
        conn.exec_driver_sql(
            "INSERT INTO contacts (kind, name, name_norm, post_title, phone, mobile, postal_code,"
            " national_id, legal_id, email, address, note, created_at) VALUES ('organisation',"
            " 'شرکت قدیمی', 'شرکت قدیمی', '', '', '', '', '', '', '', '', '',"
            " '2026-01-01 00:00:00')")
    engine.dispose()
    ctx = open_context(data)  # upgrades to the head
    try:
        admin = setup.initialize(ctx, "admin", ADMIN_PASSWORD)
        accounts.add_user(ctx, admin, "clerk9", USER_PASSWORD, "clerk", "normal", "دبیر")
        clerk = accounts.authenticate(ctx, "clerk9", USER_PASSWORD)
        assert names(ctx, clerk) == ["شرکت قدیمی"]
        made = contacts.add_contact(ctx, admin, ContactInput(name="شرکت تازه")).contact
        assert names(ctx, clerk) == ["شرکت قدیمی"]
        assert contacts.get_contact(ctx, admin, made.id).name == "شرکت تازه"
    finally:
        ctx.close()


@pytest.mark.postgres
def test_the_scope_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    from secretariat.kernel import accounts, setup
    from secretariat.kernel.context import open_context
    from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD

    ctx = open_context(tmp_path / "data", pg_url, create=True)
    try:
        admin = setup.initialize(ctx, "admin", ADMIN_PASSWORD, "مدیر")
        accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk", "normal")
        clerk = accounts.authenticate(ctx, "clerk1", USER_PASSWORD)
        register(ctx, admin, incoming(sender=SECRET_SENDER, classification="secret"))
        register(ctx, admin, outgoing(to="اتاق بازرگانی البرز"))
        assert names(ctx, admin) == ["اتاق بازرگانی البرز", SECRET_SENDER]
        assert names(ctx, clerk) == ["اتاق بازرگانی البرز"]
        with pytest.raises(NotFound):
            contacts.get_contact(ctx, clerk, contacts.similar_ids(ctx, admin, SECRET_SENDER)[0])
    finally:
        ctx.close()
