"""The checks of cases for ``secretariat check`` (named in the registry): case numbers
reconciled with their counter, and the files of cases verified in the blob store. (Each case
and its timeline is compared with its last audit entry by the kernel's audited-state check.)"""

from __future__ import annotations

from sqlalchemy import func, select

from secretariat.cases._models import Case, CaseFile
from secretariat.cases._numbering import SCOPE
from secretariat.kernel import counters
from secretariat.kernel.context import AppContext
from secretariat.kernel.integrity import CheckReport, Problem


def check_case_counters(ctx: AppContext, report: CheckReport) -> None:
    """Each year's counter equals the highest number given, and the numbers run 1..N."""
    with ctx.read() as session:
        numbered = {int(year): (int(highest or 0), int(count)) for year, highest, count in
                    session.execute(select(Case.year, func.max(Case.seq), func.count())
                                    .group_by(Case.year))}
        given = {period: last for (scope, period), last
                 in counters.last_allocated(session, SCOPE).items() if scope == SCOPE}
    for year in sorted(set(numbered) | set(given)):
        highest, count = numbered.get(year, (0, 0))
        last = given.get(year, 0)
        if last != highest:
            report.problems.append(Problem("counter_mismatch", {
                "scope": SCOPE, "year": year, "counter": last, "highest": highest}))
        elif count != highest:
            report.problems.append(Problem("number_gap", {
                "scope": SCOPE, "year": year, "missing": highest - count}))


def check_case_files(ctx: AppContext, report: CheckReport) -> None:
    """Every file row of a case has its file, with the hash it was stored under."""
    with ctx.read() as session:
        rows = session.execute(select(CaseFile.id, CaseFile.sha256, CaseFile.filename,
                                      Case.number).join(Case, Case.id == CaseFile.case_id)
                               .order_by(CaseFile.id)).all()
    verified: dict[str, bool] = {}
    for file_id, sha, name, number in rows:
        if sha not in verified:
            verified[sha] = ctx.blobs.verify(sha)
        if not verified[sha]:
            code = "case_file_corrupt" if ctx.blobs.path(sha).is_file() else "case_file_absent"
            report.problems.append(Problem(code, {"id": file_id, "name": name, "case": number}))
