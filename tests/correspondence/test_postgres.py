"""The register on PostgreSQL: same services; search by LIKE over the normalised text."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretariat.correspondence import api as attachments
from secretariat.correspondence import api as bulk
from secretariat.correspondence import api as letters
from secretariat.correspondence import api as queries
from secretariat.correspondence import api as referrals
from secretariat.correspondence.api import LetterQuery
from secretariat.kernel import accounts, setup
from secretariat.kernel.context import SYSTEM_USER, open_context
from secretariat.kernel.errors import NotFound
from secretariat.kernel.integrity import run_check
from secretariat.kernel.jalali import from_jalali, jalali_year, today_tehran
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD
from tests.correspondence.support import incoming, outgoing

pytestmark = pytest.mark.postgres


def test_register_search_and_check_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    ctx = open_context(tmp_path / "data", pg_url, create=True)
    try:
        y = jalali_year(today_tehran())
        admin = setup.initialize(ctx, "admin", ADMIN_PASSWORD)
        accounts.add_user(ctx, admin, "clerk1", USER_PASSWORD, "clerk", "normal")
        clerk = accounts.authenticate(ctx, "clerk1", USER_PASSWORD)
        a = letters.register_letter(ctx, clerk, incoming(subject="پروانه بهره‌برداری كارخانه"))
        b = letters.register_letter(ctx, admin, incoming(
            subject="پروانه محرمانه", classification="secret",
            registered_on=from_jalali(y - 1, 12, 1)))
        c = letters.register_letter(ctx, clerk, outgoing(reply_to=a.number))
        assert (a.number, b.number, c.number) == (f"{y}/و/1", f"{y - 1}/و/1", f"{y}/ص/1")
        assert [r.id for r in letters.get_letter(ctx, clerk, a.id).replies] == [c.id]

        def ids(user: object, text: str) -> list[int]:
            return [s.id for s in queries.list_letters(ctx, user, LetterQuery(text=text))]  # type: ignore[arg-type]

        assert ids(clerk, "بهره برداری کارخانه") == [a.id]
        assert ids(clerk, "پروانه") == [a.id]
        assert ids(admin, "پروانه") == [b.id, a.id]
        assert ids(admin, "پروا*") == [b.id, a.id]
        assert ids(admin, "پروا") == []
        assert queries.count_letters(ctx, clerk, LetterQuery(text="پروانه")) == 1
        with pytest.raises(NotFound):
            letters.get_letter(ctx, clerk, b.id)
        page = queries.page_letters(ctx, admin, LetterQuery(), limit=2)
        rest = queries.page_letters(ctx, admin, LetterQuery(),
                                    after=queries.page_key(page.rows[-1]), limit=2)
        assert [r.id for r in page.rows + rest.rows] == [c.id, b.id, a.id]
        by_date = LetterQuery(sort="registered_on")
        first = queries.page_letters(ctx, admin, by_date, limit=1)
        more = queries.page_letters(ctx, admin, by_date, limit=5,
                                    after=queries.page_key(first.rows[0], "registered_on"))
        assert [r.id for r in first.rows + more.rows] == [c.id, a.id, b.id]

        referrals.refer_letter(ctx, admin, a.id, ["clerk1"], "جهت اقدام")
        assert len(referrals.inbox(ctx, clerk)) == 1
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 pg")
        attachments.attach_files(ctx, clerk, a.id, [scan])
        letters.cancel_letter(ctx, admin, c.id, "اشتباه")
        done = bulk.import_letters(ctx, admin, [incoming(subject=f"انبوه {i}") for i in range(5)],
                                   batch_size=2)
        assert done.count == 5
        assert queries.count_letters(ctx, admin, LetterQuery(text="انبوه")) == 5
        report = run_check(ctx, SYSTEM_USER)
        assert report.ok, report.problems
    finally:
        ctx.close()
