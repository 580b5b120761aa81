"""Letter numbers: per kind and Jalali year, gapless, unique, never reused or reset."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from secretariat.correspondence import _numbering as numbering
from secretariat.correspondence import api as letters
from secretariat.kernel import org_settings
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, PermissionDenied, ValidationError
from secretariat.kernel.jalali import from_jalali, is_leap_year, jalali_year, today_tehran
from tests.conftest import ADMIN_PASSWORD, MakeUser
from tests.correspondence.support import (
    days_ago,
    incoming,
    internal,
    outgoing,
    raw,
    register,
)

ROOT = Path(__file__).resolve().parents[2]


def _year() -> int:
    return jalali_year(today_tehran())


def test_numbers_per_kind_in_the_default_format(ctx: AppContext, admin: CurrentUser) -> None:
    y = _year()
    a = register(ctx, admin, incoming())
    b = register(ctx, admin, incoming())
    c = register(ctx, admin, outgoing())
    d = register(ctx, admin, internal())
    assert [a.number, b.number, c.number, d.number] == [
        f"{y}/و/1", f"{y}/و/2", f"{y}/ص/1", f"{y}/د/1"]
    assert a.status == "registered" and a.registered_on == today_tehran()


def test_year_changes_at_first_of_farvardin(ctx: AppContext, admin: CurrentUser) -> None:
    y = _year()
    last_day = 30 if is_leap_year(y - 1) else 29
    esfand = from_jalali(y - 1, 12, last_day)
    farvardin = from_jalali(y, 1, 1)
    first = register(ctx, admin, incoming(registered_on=esfand))
    second = register(ctx, admin, incoming(registered_on=esfand))
    third = register(ctx, admin, incoming(registered_on=farvardin))
    assert first.number == f"{y - 1}/و/1"
    assert second.number == f"{y - 1}/و/2"
    assert third.number == f"{y}/و/1"  # restarts at 1 on 1 Farvardin


def test_back_dated_entry_takes_next_number_of_its_year(
    ctx: AppContext, admin: CurrentUser
) -> None:
    y = _year()
    for _ in range(3):
        register(ctx, admin, incoming())
    old = from_jalali(y - 1, 6, 15)
    late = register(ctx, admin, incoming(registered_on=old))
    assert late.number == f"{y - 1}/و/1"
    assert register(ctx, admin, incoming(registered_on=from_jalali(y - 1, 2, 1))).number == (
        f"{y - 1}/و/2")
    # The current year's counter was not touched, nor reset.
    assert register(ctx, admin, incoming()).number == f"{y}/و/4"


def test_cancelled_number_is_kept_and_never_reused(ctx: AppContext, admin: CurrentUser) -> None:
    y = _year()
    register(ctx, admin, incoming())
    second = register(ctx, admin, incoming())
    cancelled = letters.cancel_letter(ctx, admin, second.id, "ثبت تکراری")
    assert cancelled.cancelled and cancelled.number == f"{y}/و/2"
    assert cancelled.cancellation is not None
    assert (cancelled.cancellation.reason, cancelled.cancellation.by) == ("ثبت تکراری", "admin")
    assert register(ctx, admin, incoming()).number == f"{y}/و/3"
    again = letters.get_letter(ctx, admin, second.id)
    assert again.cancelled and again.number == f"{y}/و/2"
    with pytest.raises(Conflict) as info:
        letters.cancel_letter(ctx, admin, second.id, "دوباره")
    assert info.value.code == "letter_cancelled"


def test_outgoing_draft_is_numbered_when_signed(
    ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    y = _year()
    clerk = make_user("clerk1", "clerk")
    draft = register(ctx, clerk, outgoing(draft=True, registered_on=days_ago(today_tehran(), 3)))
    assert (draft.number, draft.status) == (None, "draft")
    register(ctx, admin, outgoing())  # an outgoing letter signed on paper takes 1 at once
    with pytest.raises(PermissionDenied):
        letters.sign_letter(ctx, clerk, draft.id)
    signed = letters.sign_letter(ctx, admin, draft.id)
    assert (signed.number, signed.status) == (f"{y}/ص/2", "registered")
    assert signed.registered_on == today_tehran()  # the signing date
    assert signed.signatory == "admin" and signed.signed_at is not None
    with pytest.raises(Conflict) as info:
        letters.sign_letter(ctx, admin, draft.id)
    assert info.value.code == "not_a_draft"


def test_signing_on_a_given_date(ctx: AppContext, admin: CurrentUser) -> None:
    y = _year()
    draft = register(ctx, admin, outgoing(draft=True, registered_on=from_jalali(y - 1, 11, 1)))
    signed = letters.sign_letter(ctx, admin, draft.id, signed_on=from_jalali(y - 1, 12, 5))
    assert signed.number == f"{y - 1}/ص/1"
    assert signed.registered_on == from_jalali(y - 1, 12, 5)


def test_number_format_from_settings(ctx: AppContext, admin: CurrentUser) -> None:
    y = _year()
    org_settings.update_org_settings(ctx, admin, number_format="{secretariat}-{code}-{yy}-{seq}",
                                     secretariat_code="۷")
    assert register(ctx, admin, incoming()).number == f"7-و-{y % 100:02d}-1"
    assert numbering.check_format("{year}/{code}/{seq}") == "1405/و/12"
    assert numbering.check_format("{code}{seq:05d}") == "و00012"
    with pytest.raises(ValidationError):
        numbering.check_format("{year}/{nothing}/{seq}")


def test_a_format_that_repeats_old_numbers_is_refused(
    ctx: AppContext, admin: CurrentUser
) -> None:
    y = _year()
    register(ctx, admin, incoming())
    # A new secretariat code restarts its own counters; without {secretariat} in the
    # format that would hand out 1405/و/1 a second time.
    org_settings.update_org_settings(ctx, admin, secretariat_code="2")
    with pytest.raises(Conflict) as info:
        register(ctx, admin, incoming())
    assert info.value.code == "number_taken"
    assert info.value.params["number"] == f"{y}/و/1"
    # The refused registration rolled its counter back with it.
    with raw(ctx) as con:
        assert con.execute("SELECT count(*) FROM counters WHERE scope LIKE 'letter:2:%'"
                           ).fetchone() == (0,)
    org_settings.update_org_settings(ctx, admin, secretariat_code="1")
    assert register(ctx, admin, incoming()).number == f"{y}/و/2"


def test_failed_registration_leaves_no_gap(ctx: AppContext, admin: CurrentUser) -> None:
    y = _year()
    register(ctx, admin, incoming())
    with pytest.raises(ValidationError):
        register(ctx, admin, incoming(reply_to="no-such-letter"))
    assert register(ctx, admin, incoming()).number == f"{y}/و/2"


WORKER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from secretariat.correspondence import api as letters
    from secretariat.correspondence.api import LetterInput, PartyInput
    from secretariat.kernel import accounts
    from secretariat.kernel.context import open_context

    data_dir, url, start_file, count, tag = sys.argv[1:6]
    ctx = open_context(Path(data_dir), url or None)
    actor = accounts.authenticate(ctx, "admin", sys.argv[6])
    while not Path(start_file).exists():
        time.sleep(0.005)
    for i in range(int(count)):
        letters.register_letter(ctx, actor, LetterInput(
            kind="incoming", subject=f"همزمان {tag}-{i}",
            sender=PartyInput(name=f"فرستنده {tag}")))
    ctx.close()
""")


def run_concurrent_writers(data_dir: Path, url: str, processes: int, each: int) -> None:
    """Several processes register letters at the same moment."""
    start = data_dir / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(data_dir), url, str(start), str(each), str(n),
             ADMIN_PASSWORD],
            env=env, stderr=subprocess.PIPE, text=True,
        )
        for n in range(processes)
    ]
    time.sleep(1.0)  # every worker signed in and waiting
    start.touch()
    for p in procs:
        _out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err


def test_two_processes_registering_at_once_no_gap_no_duplicate(
    ctx: AppContext, admin: CurrentUser, data_dir: Path
) -> None:
    run_concurrent_writers(data_dir, "", processes=2, each=30)
    y = _year()
    with raw(ctx) as con:
        seqs = sorted(r[0] for r in con.execute("SELECT seq FROM letters WHERE kind='incoming'"))
        numbers = [r[0] for r in con.execute("SELECT number FROM letters")]
    assert seqs == list(range(1, 61))
    assert len(set(numbers)) == 60 and f"{y}/و/60" in numbers
    from secretariat.kernel.integrity import run_check

    report = run_check(ctx, SYSTEM_USER)
    assert report.ok, report.problems


@pytest.mark.postgres
def test_concurrent_numbering_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    from secretariat.kernel import setup
    from secretariat.kernel.context import open_context
    from secretariat.kernel.integrity import run_check

    data_dir = tmp_path / "data"
    ctx = open_context(data_dir, pg_url, create=True)
    try:
        setup.initialize(ctx, "admin", ADMIN_PASSWORD)
        run_concurrent_writers(data_dir, pg_url, processes=3, each=15)
        with ctx.read() as session:
            from sqlalchemy import text

            seqs = sorted(session.execute(text("SELECT seq FROM letters")).scalars())
        assert seqs == list(range(1, 46))
        report = run_check(ctx, SYSTEM_USER)
        assert report.ok, report.problems
    finally:
        ctx.close()
