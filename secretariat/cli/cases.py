"""duty, calendar, case and report commands: transferred cases from the command line (the
same services as the app).

Output with --json is for scripts: dates Jalali with ASCII digits, numbers with ASCII
digits. Without --json it is for people: Persian digits. A refused command writes nothing
and consumes no number; errors are Persian sentences on stderr (exit 1; 2 for wrong usage).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from secretariat.cases import api as cases
from secretariat.cases.api import CaseDetail, CaseQuery, CaseStatus, SlaState
from secretariat.cli.output import info, print_json
from secretariat.cli.session import run_signed_in
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali, parse_jalali
from secretariat.kernel.text.digits import to_ascii_digits, to_persian_digits


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _duty(sub.add_parser("duty", help="duty types of the MoU (transferred cases)"))
    _calendar(sub.add_parser("calendar", help="the working-day calendar"))
    _case(sub.add_parser("case", help="open and work transferred cases"))
    _report(sub.add_parser("report", help="reports"))


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")


def _duty(parser: argparse.ArgumentParser) -> None:
    ds = parser.add_subparsers(dest="duty_command", required=True)
    add = ds.add_parser("add", help="add a duty type from a JSON object")
    add.add_argument("--json", dest="json_file", required=True, metavar="FILE",
                     help="a file holding one JSON object, or - for standard input")
    add.set_defaults(func=cmd_duty_add)
    lst = ds.add_parser("list", help="the duty types")
    _json_flag(lst)
    lst.set_defaults(func=cmd_duty_list)


def _calendar(parser: argparse.ArgumentParser) -> None:
    cs = parser.add_subparsers(dest="calendar_command", required=True)
    hol = cs.add_parser("holidays", help="a Jalali year's holidays (official and added)")
    hol.add_argument("--year", required=True, help="Jalali year, e.g. 1405")
    _json_flag(hol)
    hol.set_defaults(func=cmd_holidays)
    add = cs.add_parser("add-holiday", help="add a day off (admin)")
    add.add_argument("date", metavar="DATE")
    add.add_argument("--title", required=True)
    add.set_defaults(func=cmd_add_holiday)
    remove = cs.add_parser("remove-holiday", help="make a holiday a working day (admin)")
    remove.add_argument("date", metavar="DATE")
    remove.set_defaults(func=cmd_remove_holiday)
    work = cs.add_parser("add-workdays", help="the date N working days after DATE")
    work.add_argument("date", metavar="DATE")
    work.add_argument("count", metavar="N")
    work.set_defaults(func=cmd_add_workdays)


def _case(parser: argparse.ArgumentParser) -> None:
    cs = parser.add_subparsers(dest="case_command", required=True)
    add = cs.add_parser("add", help="open a case from a JSON object")
    add.add_argument("--json", dest="json_file", required=True, metavar="FILE",
                     help="a file holding one JSON object, or - for standard input")
    add.set_defaults(func=cmd_add)
    get = cs.add_parser("get", help="one case with its timeline (by number or id)")
    get.add_argument("ref")
    _json_flag(get)
    get.set_defaults(func=cmd_get)
    lst = cs.add_parser("list", help="cases, newest first")
    lst.add_argument("--status", default=None)
    lst.add_argument("--duty", default=None, metavar="CODE")
    lst.add_argument("--assignee", default=None, metavar="USER")
    lst.add_argument("--sla", default=None, metavar="STATE")
    lst.add_argument("--overdue", action="store_true")
    lst.add_argument("--limit", default="100")
    _json_flag(lst)
    lst.set_defaults(func=cmd_list)
    step = cs.add_parser("step", help="move a case forward")
    step.add_argument("ref")
    step.add_argument("--to", required=True, metavar="STATUS",
                      help="in_review | site_visit | answered")
    step.add_argument("--note", default="")
    step.add_argument("--on", default=None, metavar="DATE")
    _json_flag(step)
    step.set_defaults(func=cmd_step)
    pause = cs.add_parser("pause", help="wait for the applicant or the Organization (clock stops)")
    pause.add_argument("ref")
    pause.add_argument("--reason", required=True)
    pause.add_argument("--waiting", default="applicant", help="applicant | organization")
    pause.add_argument("--on", default=None, metavar="DATE")
    _json_flag(pause)
    pause.set_defaults(func=cmd_pause)
    resume = cs.add_parser("resume", help="the wait is over (clock runs again)")
    resume.add_argument("ref")
    resume.add_argument("--on", default=None, metavar="DATE")
    _json_flag(resume)
    resume.set_defaults(func=cmd_resume)
    assign = cs.add_parser("assign", help="give a case to an expert")
    assign.add_argument("ref")
    assign.add_argument("--to", required=True, metavar="USER")
    assign.add_argument("--reason", default="")
    _json_flag(assign)
    assign.set_defaults(func=cmd_assign)
    close = cs.add_parser("close", help="close a case with an outcome")
    close.add_argument("ref")
    close.add_argument("--outcome", required=True,
                       help="approved | rejected | referred | withdrawn")
    close.add_argument("--reply", default=None, metavar="LETTER_REF")
    close.add_argument("--on", default=None, metavar="DATE")
    _json_flag(close)
    close.set_defaults(func=cmd_close)
    note = cs.add_parser("note", help="add a note to a case's timeline")
    note.add_argument("ref")
    note.add_argument("--text", required=True)
    _json_flag(note)
    note.set_defaults(func=cmd_note)


def _report(parser: argparse.ArgumentParser) -> None:
    rs = parser.add_subparsers(dest="report_command", required=True)
    rep = rs.add_parser("cases", help="the cases report for a period (JSON, PDF or Excel)")
    rep.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    rep.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    out = rep.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--out", type=Path, default=None, metavar="FILE",
                     help="FILE.pdf or FILE.xlsx")
    rep.set_defaults(func=cmd_report)


# --- helpers -----------------------------------------------------------------------------


def _date(text: str | None, field: str) -> date | None:
    return parse_jalali(text, field=field) if text else None


def _read_json(source: str) -> Any:
    try:
        raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError("json", "file_unreadable", detail=str(exc)) from exc
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise ValidationError("json", "invalid_json", detail=str(exc)) from exc


def _whole(text: str, field: str) -> int:
    value = to_ascii_digits(text).strip()
    if not value.isdigit():
        raise ValidationError(field, "invalid_number", low=0, high=3650)
    return int(value)


def _line(d: Any) -> str:
    left = "" if d.working_days_left is None else f"\t{to_persian_digits(str(d.working_days_left))} روز کاری"
    return (f"{to_persian_digits(d.number)}\t{CaseStatus.label_of(d.status)}\t"
            f"{SlaState.label_of(d.sla_state)}\tمهلت {format_jalali(d.due_on)}{left}\t{d.subject}")


def _show(detail: CaseDetail, as_json: bool) -> None:
    if as_json:
        print_json(cases.detail_json(detail))
    else:
        info(_line(detail))


def _on_case(args: argparse.Namespace, work: Any) -> int:
    """Resolve REF (number or id) as the signed-in user, run ``work``, show the case."""

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        case_id = cases.resolve_case(ctx, actor, args.ref)
        _show(work(ctx, actor, case_id), getattr(args, "json", False))
        return 0

    return run_signed_in(args, act)


# --- duty ----------------------------------------------------------------------------------


def cmd_duty_add(args: argparse.Namespace) -> int:
    data = cases.duty_input_from_json(_read_json(args.json_file))

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        d = cases.add_duty(ctx, actor, data)
        print_json({"id": d.id, "code": d.code, "title": d.title,
                    "service_days": d.service_days, "warn_percent": d.warn_percent})
        return 0

    return run_signed_in(args, act)


def cmd_duty_list(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        duties = cases.list_duties(ctx, actor)
        if args.json:
            print_json([{"id": d.id, "code": d.code, "title": d.title,
                         "service_days": d.service_days, "warn_percent": d.warn_percent,
                         "clause": d.clause, "site_visit": d.site_visit, "pauses": d.pauses,
                         "mou": d.mou_title or None, "report_group": d.report_group,
                         "active": d.active, "cases": d.cases} for d in duties])
        else:
            for d in duties:
                mark = "" if d.active else " [غیرفعال]"
                info(f"{d.code}\t{d.title}\t{to_persian_digits(str(d.service_days))} روز کاری"
                     f"{mark}")
        return 0

    return run_signed_in(args, act)


# --- calendar ------------------------------------------------------------------------------


def cmd_holidays(args: argparse.Namespace) -> int:
    year = _whole(args.year, "year")

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        days = cases.list_holidays(ctx, actor, year)
        if args.json:
            print_json([{"date": format_jalali(h.day, persian=False), "title": h.title,
                         "source": h.source} for h in days])
        else:
            for h in days:
                info(f"{format_jalali(h.day)}\t{h.title}")
        return 0

    return run_signed_in(args, act)


def cmd_add_holiday(args: argparse.Namespace) -> int:
    day = parse_jalali(args.date, field="date")

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        added = cases.add_holiday(ctx, actor, day, args.title)
        info(f"{format_jalali(added.day)} تعطیل شد: {added.title}")
        return 0

    return run_signed_in(args, act)


def cmd_remove_holiday(args: argparse.Namespace) -> int:
    day = parse_jalali(args.date, field="date")

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        cases.remove_holiday(ctx, actor, day)
        info(f"{format_jalali(day)} روز کاری شد.")
        return 0

    return run_signed_in(args, act)


def cmd_add_workdays(args: argparse.Namespace) -> int:
    day = parse_jalali(args.date, field="date")
    count = _whole(args.count, "count")

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        info(format_jalali(cases.add_workdays(ctx, actor, day, count), persian=False))
        return 0

    return run_signed_in(args, act)


# --- case ------------------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    data = cases.case_input_from_json(_read_json(args.json_file))  # refuse before signing in

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        d = cases.open_case(ctx, actor, data)
        print_json({"id": d.id, "number": d.number, "status": d.status,
                    "due_on": format_jalali(d.due_on, persian=False), "sla_state": d.sla_state,
                    "working_days_left": d.working_days_left})
        return 0

    return run_signed_in(args, act)


def cmd_get(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        detail = cases.get_case_by_ref(ctx, actor, args.ref)
        if args.json:
            print_json(cases.detail_json(detail))
        else:
            info(_line(detail))
            for e in detail.events:
                note = f"\t{e.note}" if e.note else ""
                info(f"  {format_jalali(e.on)}\t{cases.CaseAction.label_of(e.action)}\t"
                     f"{e.by_name or e.by}{note}")
        return 0

    return run_signed_in(args, act)


def cmd_list(args: argparse.Namespace) -> int:
    query = CaseQuery(status=args.status, duty=args.duty, assignee=args.assignee, sla=args.sla,
                      overdue=args.overdue)
    limit = _whole(args.limit, "limit")

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        rows = cases.list_cases(ctx, actor, query, limit=limit)
        if args.json:
            print_json([cases.summary_json(r) for r in rows])
        else:
            for r in rows:
                info(_line(r))
        return 0

    return run_signed_in(args, act)


def cmd_step(args: argparse.Namespace) -> int:
    on = _date(args.on, "on")
    return _on_case(args, lambda ctx, actor, case_id: cases.step_case(
        ctx, actor, case_id, args.to, args.note, on))


def cmd_pause(args: argparse.Namespace) -> int:
    on = _date(args.on, "on")
    return _on_case(args, lambda ctx, actor, case_id: cases.pause_case(
        ctx, actor, case_id, args.reason, args.waiting, on))


def cmd_resume(args: argparse.Namespace) -> int:
    on = _date(args.on, "on")
    return _on_case(args, lambda ctx, actor, case_id: cases.resume_case(
        ctx, actor, case_id, on))


def cmd_assign(args: argparse.Namespace) -> int:
    return _on_case(args, lambda ctx, actor, case_id: cases.assign_case(
        ctx, actor, case_id, args.to, args.reason))


def cmd_close(args: argparse.Namespace) -> int:
    on = _date(args.on, "on")
    return _on_case(args, lambda ctx, actor, case_id: cases.close_case(
        ctx, actor, case_id, args.outcome, args.reply, on))


def cmd_note(args: argparse.Namespace) -> int:
    return _on_case(args, lambda ctx, actor, case_id: cases.add_note(
        ctx, actor, case_id, args.text))


# --- report --------------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace) -> int:
    first = parse_jalali(args.date_from, field="date_from")
    last = parse_jalali(args.date_to, field="date_to")
    if args.out is not None and args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise ValidationError("out", "report_file_type", name=args.out.name)

    def act(ctx: AppContext, actor: CurrentUser) -> int:
        report = cases.case_report(ctx, actor, first, last)
        if args.out is not None:
            cases.write_report(report, args.out)
            info(str(args.out))
        elif args.json:
            print_json(cases.report_json(report))
        else:
            for d in (*report.duties, report.total):
                info("\t".join([d.title, *(to_persian_digits(str(v)) for v in (
                    d.received, d.closed, d.on_time, d.late, d.open, d.overdue))]))
        return 0

    return run_signed_in(args, act)
