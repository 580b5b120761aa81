"""Attachments stored by hash, and `check` finding what was changed behind the app's back."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from secretariat.correspondence import _attachments
from secretariat.correspondence import api as attachments
from secretariat.correspondence import api as letters
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, ValidationError
from secretariat.kernel.integrity import run_check
from tests.correspondence.support import incoming, raw, register, table_counts


def _file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _problems(ctx: AppContext) -> list[tuple[str, dict[str, object]]]:
    return [(p.code, p.params) for p in run_check(ctx, SYSTEM_USER).problems]


def test_attach_store_by_hash_and_read_back(
    ctx: AppContext, admin: CurrentUser, tmp_path: Path
) -> None:
    content = b"%PDF-1.4\n" + "نامهٔ اسکن‌شده".encode() * 100
    scan = _file(tmp_path, "اسکن نامه.pdf", content)
    photo = _file(tmp_path, "photo.JPG", b"\xff\xd8\xff jpeg bytes")
    a = register(ctx, admin, incoming())
    b = register(ctx, admin, incoming())
    added = attachments.attach_files(ctx, admin, a.id, [scan, photo])
    attachments.attach_files(ctx, admin, b.id, [scan])  # same content, second letter
    sha = hashlib.sha256(content).hexdigest()
    first = added[0]
    assert (first.filename, first.sha256, first.size) == ("اسکن نامه.pdf", sha, len(content))
    assert added[0].media_type == "application/pdf" and added[0].added_by == "admin"
    stored = _attachments.blob_path(ctx, sha)
    assert stored.read_bytes() == content
    blobs = [p for p in ctx.attachments_dir.rglob("*") if p.is_file()]
    assert len(blobs) == 2  # deduplicated; no temporary file left behind
    detail = letters.get_letter(ctx, admin, a.id)
    assert [x.filename for x in detail.attachments] == ["اسکن نامه.pdf", "photo.JPG"]
    assert detail.has_attachments and [h.action for h in detail.history] == ["create", "attach"]
    copy = attachments.export_attachment(ctx, admin, added[0].id, tmp_path / "out")
    assert copy.name == "اسکن نامه.pdf" and copy.read_bytes() == content
    assert run_check(ctx, SYSTEM_USER).ok


def test_refused_files_change_nothing(ctx: AppContext, admin: CurrentUser, tmp_path: Path) -> None:
    letter = register(ctx, admin, incoming())
    good = _file(tmp_path, "ok.pdf", b"%PDF ok")
    attachments.attach_files(ctx, admin, letter.id, [good])
    before = table_counts(ctx)
    cases = [
        ([_file(tmp_path, "virus.exe", b"MZ")], "attachment_type_not_allowed"),
        ([_file(tmp_path, "empty.pdf", b"")], "attachment_empty"),
        ([tmp_path / "missing.pdf"], "file_unreadable"),
        ([_file(tmp_path, "new.png", b"png"), tmp_path / "missing.pdf"], "file_unreadable"),
    ]
    for files, code in cases:
        with pytest.raises(ValidationError) as info:
            attachments.attach_files(ctx, admin, letter.id, files)
        assert info.value.code == code
    with pytest.raises(Conflict) as conflict:
        attachments.attach_files(ctx, admin, letter.id, [_file(tmp_path, "again.pdf", b"%PDF ok")])
    assert conflict.value.code == "attachment_exists"
    assert table_counts(ctx) == before
    letters.cancel_letter(ctx, admin, letter.id, "ابطال")
    with pytest.raises(Conflict):
        attachments.attach_files(ctx, admin, letter.id, [_file(tmp_path, "late.pdf", b"%PDF")])


def test_check_finds_tampered_and_missing_attachments(
    ctx: AppContext, admin: CurrentUser, tmp_path: Path
) -> None:
    letter = register(ctx, admin, incoming())
    one, two = attachments.attach_files(ctx, admin, letter.id, [
        _file(tmp_path, "a.pdf", b"%PDF first"), _file(tmp_path, "b.pdf", b"%PDF second")])
    assert run_check(ctx, SYSTEM_USER).ok
    _attachments.blob_path(ctx, one.sha256).write_bytes(b"%PDF forged")
    _attachments.blob_path(ctx, two.sha256).unlink()
    problems = _problems(ctx)
    assert ("attachment_corrupt", {"id": one.id, "name": "a.pdf", "letter": letter.id}) in problems
    assert ("attachment_missing", {"id": two.id, "name": "b.pdf", "letter": letter.id}) in problems
    # Attaching the same content again repairs the stored copy.
    other = register(ctx, admin, incoming())
    attachments.attach_files(ctx, admin, other.id, [_file(tmp_path, "a2.pdf", b"%PDF first")])
    assert [c for c, _ in _problems(ctx)] == ["attachment_missing"]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE letters SET subject = 'موضوع عوض‌شده' WHERE id = {id}",
        "UPDATE letters SET classification = 'normal' WHERE id = {id}",
        "UPDATE letter_texts SET body = 'متن دیگر' WHERE letter_id = {id}",
        "DELETE FROM letter_parties WHERE letter_id = {id}",
        "UPDATE attachments SET filename = 'x.pdf' WHERE letter_id = {id}",
        "UPDATE letters SET cancelled = 1 WHERE id = {id}",
    ],
)
def test_check_finds_a_letter_edited_behind_the_apps_back(
    ctx: AppContext, admin: CurrentUser, tmp_path: Path, statement: str
) -> None:
    from secretariat.correspondence.api import PartyInput

    letter = register(ctx, admin, incoming(classification="secret", body="متن",
                                           cc=(PartyInput(name="مالی"),)))
    attachments.attach_files(ctx, admin, letter.id, [_file(tmp_path, "s.pdf", b"%PDF s")])
    assert run_check(ctx, SYSTEM_USER).ok
    with raw(ctx) as con:
        con.execute(statement.format(id=letter.id))
    assert ("record_changed_outside", {"entity": "letter", "id": str(letter.id)}) in _problems(ctx)


def test_check_finds_letters_added_outside(ctx: AppContext, admin: CurrentUser) -> None:
    register(ctx, admin, incoming())
    with raw(ctx) as con:
        con.execute(
            "INSERT INTO letters (kind, status, registered_on, subject, summary, sender_number,"
            " urgency, classification, keywords, dispatch_method, postal_tracking_code,"
            " from_unit, to_unit, archive_code, cancelled, cancel_reason, created_at)"
            " VALUES ('incoming', 'registered', '2026-01-01', 'جعلی', '', '', 'normal',"
            " 'normal', '[]', '', '', '', '', '', 0, '', '2026-01-01 00:00:00')")
    assert ("record_not_audited", {"entity": "letter", "id": "2"}) in _problems(ctx)


def test_a_letter_with_its_files_and_first_referral_is_one_transaction(
    ctx: AppContext, admin: CurrentUser, tmp_path: Path
) -> None:
    scan = _file(tmp_path, "scan.pdf", b"%PDF-1.4 scan")
    letter = letters.register_letter(
        ctx, admin, incoming(), files=[scan],
        referral=letters.ReferralInput(to=("admin",), instruction="جهت اقدام"))
    assert [a.filename for a in letter.attachments] == ["scan.pdf"]
    assert [r.to_user for r in letter.referrals] == ["admin"]
    assert letter.status == "in_progress"
    assert [h.action for h in letter.history] == ["create", "attach", "create", "status"]


def test_a_refused_file_refuses_the_whole_letter(
    ctx: AppContext, admin: CurrentUser, tmp_path: Path
) -> None:
    before = table_counts(ctx)
    scan = _file(tmp_path, "scan.pdf", b"%PDF-1.4 scan")
    program = _file(tmp_path, "setup.exe", b"MZ")
    with pytest.raises(ValidationError) as refused:
        letters.register_letter(ctx, admin, incoming(), files=[scan, program])
    assert refused.value.code == "attachment_type_not_allowed"
    assert "setup.exe" in str(refused.value)  # the sentence names the file
    assert table_counts(ctx) == before  # no letter, no number, no contact, no audit entry


def test_a_file_failing_inside_the_transaction_rolls_the_letter_back(
    ctx: AppContext, admin: CurrentUser, tmp_path: Path
) -> None:
    """The same file twice is refused only once the letter's rows exist: all of it goes."""
    before = table_counts(ctx)
    scan = _file(tmp_path, "scan.pdf", b"%PDF-1.4 scan")
    with pytest.raises(Conflict) as refused:
        letters.register_letter(ctx, admin, incoming(), files=[scan, scan])
    assert refused.value.code == "attachment_exists"
    assert table_counts(ctx) == before
    assert (register(ctx, admin, incoming()).number or "").endswith("/1")  # number not used up
    assert run_check(ctx, SYSTEM_USER).ok
