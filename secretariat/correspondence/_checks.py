"""The register's checks for ``secretariat check`` (named in the registry)."""

from __future__ import annotations

from sqlalchemy import func, select

from secretariat.correspondence._models import Attachment, Letter
from secretariat.correspondence._numbering import SCOPE_PREFIX, letter_scope
from secretariat.kernel import counters
from secretariat.kernel.context import AppContext
from secretariat.kernel.integrity import CheckReport, Problem


def check_attachments(ctx: AppContext, report: CheckReport) -> None:
    """Every attachment row must have its file, with the hash it was stored under (under
    ``check --quick``: with the size it was stored with)."""
    with ctx.read() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.sha256, Attachment.filename, Attachment.letter_id,
                   Attachment.size)
            .order_by(Attachment.id)
        ).all()
    verified: dict[str, bool] = {}  # a file shared by several letters is read once
    for done, (attachment_id, sha, filename, letter_id, size) in enumerate(rows, start=1):
        if sha not in verified:
            verified[sha] = _size_matches(ctx, sha, size) if report.quick else ctx.blobs.verify(sha)
            report.step(done, len(rows))
        if not verified[sha]:
            code = "attachment_corrupt" if ctx.blobs.path(sha).is_file() else "attachment_missing"
            report.problems.append(Problem(
                code, {"id": attachment_id, "name": filename, "letter": letter_id}))


def _size_matches(ctx: AppContext, sha: str, size: int) -> bool:
    try:
        return ctx.blobs.path(sha).stat().st_size == size
    except OSError:
        return False


def check_letter_counters(ctx: AppContext, report: CheckReport) -> None:
    """Each letter counter against the letters it numbered: no rewind, no number given to no
    letter, no gap, no repeat (a cancelled letter keeps its number). Letters taken over from
    an earlier register keep the numbers they had there, gaps included: only the numbers this
    register gave must run without a gap from the highest imported one."""
    key_columns = (Letter.secretariat_code, Letter.kind, Letter.year)
    with ctx.read() as session:
        numbered = {
            (letter_scope(str(code), str(kind)), int(year or 0)): (int(highest or 0), int(count))
            for code, kind, year, highest, count in session.execute(
                select(*key_columns, func.max(Letter.seq), func.count())
                .where(Letter.seq.is_not(None))
                .group_by(*key_columns))
        }
        for code, kind, year, floor in session.execute(
                select(*key_columns, func.max(Letter.seq))
                .where(Letter.seq.is_not(None), Letter.imported.is_(True))
                .group_by(*key_columns)):
            given_here = int(session.scalar(
                select(func.count()).where(
                    Letter.secretariat_code == code, Letter.kind == kind, Letter.year == year,
                    Letter.seq > floor, Letter.imported.is_(False))) or 0)
            key = (letter_scope(str(code), str(kind)), int(year or 0))
            # The imported numbers count as complete up to their highest; after it, what
            # this register gave must fill every number.
            numbered[key] = (numbered[key][0], int(floor or 0) + given_here)
        counters.reconcile(session, report, SCOPE_PREFIX, numbered)
