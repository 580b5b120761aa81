"""The SQLite search index is contentless: the text lives only in the index, every change
removes exactly what was indexed (no stale words), and the index can be rebuilt."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from secretariat.contacts import api as contacts_api
from secretariat.contacts.api import ContactInput
from secretariat.correspondence import api as letters
from secretariat.correspondence._search_index import SEARCH_TEXT_VERSION, search_text_of
from secretariat.correspondence.api import LetterQuery, PartyInput
from secretariat.kernel.context import AppContext, CurrentUser, open_context
from secretariat.kernel.db.engine import make_engine, sqlite_url
from secretariat.kernel.db.migrate import alembic_config
from secretariat.kernel.errors import PermissionDenied
from tests.conftest import MakeUser
from tests.correspondence.support import incoming, outgoing, raw, register


def _count(ctx: AppContext, actor: CurrentUser, text: str) -> int:
    return letters.count_letters(ctx, actor, LetterQuery(text=text))


def _vocabulary(ctx: AppContext) -> list[tuple[str, int, int]]:
    """Every word of the index with how many letters hold it and how often."""
    with raw(ctx) as con:
        con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main,"
                    " letter_fts, row)")
        return sorted(con.execute("SELECT term, doc, cnt FROM temp.words").fetchall())


def test_the_text_is_kept_only_in_the_index(ctx: AppContext, admin: CurrentUser) -> None:
    register(ctx, admin, incoming(subject="درخواست پروانه بهره‌برداری", body="متن نامه"))
    with raw(ctx) as con:
        assert con.execute("SELECT search_text FROM letter_texts").fetchall() == [("",)]
        assert con.execute("SELECT search_text FROM letter_fts WHERE letter_fts MATCH 'متن'"
                           ).fetchall() == [(None,)]  # contentless: the index only
    assert _count(ctx, admin, "بهره برداری") == 1 and _count(ctx, admin, "متن") == 1


def test_changes_leave_no_stale_words(ctx: AppContext, admin: CurrentUser, make_user: MakeUser
                                      ) -> None:
    make_user("manager1", "manager")
    a = register(ctx, admin, incoming(subject="درخواست تمدید پروانه", sender="شرکت قدیم"))
    b = register(ctx, admin, outgoing(subject="پیش‌نویس پاسخ", draft=True,
                                      cc=(PartyInput(name="اداره گمرک"),)))
    updated = letters.update_letter(ctx, admin, a.id, incoming(
        subject="درخواست صدور جواز", sender="شرکت قدیم", classification="confidential",
        body="بدنهٔ تازه"))
    assert updated.subject == "درخواست صدور جواز"
    signed = letters.sign_letter(ctx, admin, b.id)
    assert signed.number is not None
    sender = updated.sender
    assert sender is not None
    contacts_api.update_contact(ctx, admin, sender.contact_id, ContactInput(name="شرکت نوین"))
    letters.cancel_letter(ctx, admin, b.id, "ارسال نشد")
    c = register(ctx, admin, incoming(subject="اعلام نرخ", sender="اداره بنادر"))
    assert c.sender is not None  # merged into the renamed contact: found by its name only
    contacts_api.merge_contacts(ctx, admin, sender.contact_id, c.sender.contact_id)
    assert _count(ctx, admin, "تمدید") == 0 and _count(ctx, admin, "صدور") == 1
    assert _count(ctx, admin, "قدیم") == 0 and _count(ctx, admin, "نوین") == 2
    assert _count(ctx, admin, "بنادر") == 0
    assert _count(ctx, admin, "بدنه تازه") == 1
    assert _count(ctx, admin, signed.number) == 1
    clerk = make_user("clerk1")  # the confidential letter is counted out for a clerk
    assert _count(ctx, clerk, "درخواست") == 0 and _count(ctx, admin, "درخواست") == 1
    # The index holds exactly what indexing every letter afresh gives: nothing stale.
    words = _vocabulary(ctx)
    assert letters.rebuild_search_index(ctx, admin) == 3
    assert _vocabulary(ctx) == words


def test_rebuild_after_rows_came_without_an_index(ctx: AppContext, admin: CurrentUser,
                                                  make_user: MakeUser) -> None:
    register(ctx, admin, incoming(subject="گزارش بازدید کارخانه"))
    with raw(ctx) as con:  # what a copy of the tables leaves: rows, no index
        con.execute("INSERT INTO letter_fts(letter_fts) VALUES ('delete-all')")
    assert _count(ctx, admin, "کارخانه") == 0
    with pytest.raises(PermissionDenied):
        letters.rebuild_search_index(ctx, make_user("clerk1"))
    assert letters.rebuild_search_index(ctx, admin) == 1
    assert _count(ctx, admin, "کارخانه") == 1


def test_search_text_has_not_changed_without_a_new_version() -> None:
    """The index is removed from by computing a letter's text again, so what a letter is
    found by must not change silently. If this fails: bump SEARCH_TEXT_VERSION, add a
    migration that rebuilds the index (correspondence.api.rebuild_search_index), and update
    the fingerprint."""
    corpus = [
        search_text_of(classification=c, number=n, subject=s, summary=m, body=b,
                       party_names=p, keywords=k, sender_number=sn, from_unit=f, to_unit=t)
        for c, n, s, m, b, p, k, sn, f, t in [
            ("normal", "1405/و/12", "درخواست پروانهٔ بهره‌برداری", "خلاصه", "متن\nدو خط",
             ["شركت فولاد البرز", "سازمان صمت"], ["فوری"], "۱۲۳/ص", "", ""),
            ("confidential", None, "جلسه هيئت مديره", "", "", [], [], "", "دبیرخانه", "امور مالی"),
            ("secret", "1405/د/7", "قرارداد شماره ۱۲۳۴ مورخ ۱۴۰۵/۰۱/۱۵", "كالاهاي وارداتي", "",
             ["اتاق بازرگانی"], ["مالی", "حقوقی"], "A-12", "", ""),
        ]
    ]
    fingerprint = hashlib.sha256("\x00".join(corpus).encode()).hexdigest()[:16]
    assert (SEARCH_TEXT_VERSION, fingerprint) == (1, "a306fe09f71bc86d")


def test_an_older_index_with_stored_texts_is_made_contentless_at_upgrade(
    tmp_path: Path, admin_password: str = "admin-password-1"
) -> None:
    from alembic import command

    from secretariat.correspondence._records import all_search_texts
    from secretariat.kernel import setup

    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(sqlite_url(data / "secretariat.sqlite"))
    cfg = alembic_config()
    with engine.begin() as conn:  # the release before: external-content index, stored texts
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0011b_audit_keyed")
    engine.dispose()
    # Today's code reads columns later releases add (0014_referrals, 0015_operations,
    # 0017_contact_scope): lent to the old schema while the letters are registered, taken back
    # before the upgrade adds them.
    later_columns = (("referrals", "kind", "VARCHAR(16)"), ("referrals", "priority", "VARCHAR(16)"),
                     ("letters", "imported", "BOOLEAN NOT NULL DEFAULT 0"),
                     ("contacts", "created_by_id", "INTEGER"))
    with closing(sqlite3.connect(data / "secretariat.sqlite")) as con, con:
        for table, column, kind in later_columns:
            con.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    ctx = open_context(data, migrate_db=False)
    try:
        admin = setup.initialize(ctx, "admin", admin_password)
        register(ctx, admin, incoming(subject="درخواست تمدید پروانه", body="متن قدیمی"))
        register(ctx, admin, outgoing(subject="دعوت به جلسه"))
        with ctx.read() as session:
            texts = list(all_search_texts(session))
    finally:
        ctx.close()
    with closing(sqlite3.connect(data / "secretariat.sqlite")) as con, con:
        for table, column, _kind in later_columns:
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    # As that release stored them; one text as an older normaliser left it, with a word
    # today's code does not derive from the letter (the upgrade must not index it).
    stored = [(t + " کهنه" if n == 0 else t, i) for n, (i, t) in enumerate(texts)]
    con = sqlite3.connect(data / "secretariat.sqlite")
    with con:
        con.executemany("UPDATE letter_texts SET search_text = ? WHERE letter_id = ?", stored)
        con.execute("INSERT INTO letter_fts(letter_fts) VALUES ('rebuild')")
    con.close()

    ctx = open_context(data)
    try:
        with raw(ctx) as db:
            assert {r[0] for r in db.execute("SELECT search_text FROM letter_texts")} == {""}
            schema = db.execute("SELECT sql FROM sqlite_master WHERE name = 'letter_fts'"
                                ).fetchone()[0]
        assert "content=''" in schema and "prefix='2'" in schema
        assert _count(ctx, admin, "تمدید") == 1 and _count(ctx, admin, "جلسه") == 1
        assert _count(ctx, admin, "کهنه") == 0
        first = letters.list_letters(ctx, admin, LetterQuery(text="تمدید"))[0]
        letters.update_letter(ctx, admin, first.id, incoming(subject="درخواست صدور جواز",
                                                             body="متن تازه"))
        assert _count(ctx, admin, "تمدید") == 0 and _count(ctx, admin, "قدیمی") == 0
        assert _count(ctx, admin, "صدور") == 1
        words = _vocabulary(ctx)
        letters.rebuild_search_index(ctx, admin)
        assert _vocabulary(ctx) == words
    finally:
        ctx.close()
