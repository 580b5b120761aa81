"""The register's checks for ``secretariat check`` (named in the registry)."""

from __future__ import annotations

from sqlalchemy import func, select

from secretariat.correspondence._models import Attachment, Letter
from secretariat.correspondence._numbering import SCOPE_PREFIX, letter_scope
from secretariat.kernel import counters
from secretariat.kernel.context import AppContext
from secretariat.kernel.integrity import CheckReport, Problem


def check_attachments(ctx: AppContext, report: CheckReport) -> None:
    """Every attachment row must have its file, with the hash it was stored under."""
    with ctx.read() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.sha256, Attachment.filename, Attachment.letter_id)
            .order_by(Attachment.id)
        ).all()
    verified: dict[str, bool] = {}  # a file shared by several letters is hashed once
    for attachment_id, sha, filename, letter_id in rows:
        if sha not in verified:
            verified[sha] = ctx.blobs.verify(sha)
        if not verified[sha]:
            code = "attachment_corrupt" if ctx.blobs.path(sha).is_file() else "attachment_missing"
            report.problems.append(Problem(
                code, {"id": attachment_id, "name": filename, "letter": letter_id}))


def check_letter_counters(ctx: AppContext, report: CheckReport) -> None:
    """Each counter equals the highest number it gave, and the numbers run 1..N without a gap
    (a cancelled letter keeps its number). Letters taken over from an earlier register keep
    the numbers they had there, gaps included: the numbers this register gave must run
    without a gap from the highest imported one."""
    key_columns = (Letter.secretariat_code, Letter.kind, Letter.year)
    with ctx.read() as session:
        numbered = {
            (str(code), str(kind), int(year or 0)): (int(highest or 0), int(count))
            for code, kind, year, highest, count in session.execute(
                select(*key_columns, func.max(Letter.seq), func.count())
                .where(Letter.seq.is_not(None))
                .group_by(*key_columns))
        }
        imported_highest = {
            (str(code), str(kind), int(year or 0)): int(highest or 0)
            for code, kind, year, highest in session.execute(
                select(*key_columns, func.max(Letter.seq))
                .where(Letter.seq.is_not(None), Letter.imported.is_(True))
                .group_by(*key_columns))
        }
        given_after_import: dict[tuple[str, str, int], int] = {}
        for key, floor in imported_highest.items():
            code, kind, year = key
            given_after_import[key] = int(session.scalar(
                select(func.count()).where(
                    Letter.secretariat_code == code, Letter.kind == kind, Letter.year == year,
                    Letter.seq > floor, Letter.imported.is_(False))) or 0)
        given = counters.last_allocated(session, SCOPE_PREFIX)
    by_scope = {(letter_scope(code, kind), year): (value, (code, kind, year))
                for (code, kind, year), value in numbered.items()}
    for scope_key in sorted(set(by_scope) | set(given)):
        (highest, count), key = by_scope.get(scope_key, ((0, 0), ("", "", 0)))
        last = given.get(scope_key, 0)
        scope = scope_key[0]
        if last != highest:
            report.problems.append(Problem(
                "counter_mismatch", {"scope": scope, "year": scope_key[1], "counter": last,
                                     "highest": highest}))
            continue
        if key is not None and key in imported_highest:
            floor = imported_highest[key]
            missing = (highest - floor) - given_after_import[key]
        else:
            missing = highest - count
        if missing:
            report.problems.append(Problem(
                "number_gap", {"scope": scope, "year": scope_key[1], "missing": missing}))
