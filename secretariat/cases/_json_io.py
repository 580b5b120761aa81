"""Cases as JSON for the command line: reading a case or a duty type from JSON, writing a
case, a list row and the report out. Dates are Jalali «YYYY/MM/DD» with ASCII digits both
ways (Persian digits accepted on the way in). Unknown keys and wrong types are refused,
naming the key."""

from __future__ import annotations

from datetime import date
from typing import Any

from secretariat.cases._dto import (
    CaseDetail,
    CaseInput,
    CaseReport,
    CaseSummary,
    DutyInput,
    DutyLine,
)
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali, parse_jalali

CASE_KEYS = ("duty", "channel", "received_on", "subject", "applicant", "applicant_id", "letter",
             "ref_124", "tracking_no", "assignee", "description", "classification")
DUTY_KEYS = ("code", "title", "service_days", "warn_percent", "mou", "clause", "site_visit",
             "pauses", "report_group")


def _object(obj: Any, known: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ValidationError("json", "invalid_json", detail="not an object")
    for key in obj:
        if key not in known:
            raise ValidationError(str(key), "unknown_field")
    return obj


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError(key, "invalid_value")
    return str(value)


def _bool(obj: dict[str, Any], key: str, default: bool) -> bool:
    value = obj.get(key, default)
    if not isinstance(value, bool):
        raise ValidationError(key, "invalid_value")
    return value


def _day(obj: dict[str, Any], key: str) -> date | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError(key, "invalid_date", value=str(value))
    return parse_jalali(value, field=key)


def case_input_from_json(value: Any) -> CaseInput:
    obj = _object(value, CASE_KEYS)
    for key in ("duty", "channel", "subject"):
        if not _text(obj, key).strip():
            raise ValidationError(key, "required")
    letter = obj.get("letter")
    if letter is not None and (isinstance(letter, bool) or not isinstance(letter, str | int)):
        raise ValidationError("letter", "invalid_value")
    return CaseInput(
        duty=_text(obj, "duty"), channel=_text(obj, "channel"), subject=_text(obj, "subject"),
        received_on=_day(obj, "received_on"), applicant=_text(obj, "applicant"),
        applicant_id=_text(obj, "applicant_id"), letter=letter or None,
        ref_124=_text(obj, "ref_124"), tracking_no=_text(obj, "tracking_no"),
        assignee=_text(obj, "assignee") or None, description=_text(obj, "description"),
        classification=_text(obj, "classification") or "normal")


def duty_input_from_json(value: Any) -> DutyInput:
    obj = _object(value, DUTY_KEYS)
    for key in ("code", "title"):
        if not _text(obj, key).strip():
            raise ValidationError(key, "required")
    if "service_days" not in obj:
        raise ValidationError("service_days", "required")
    mou = obj.get("mou")
    if mou is not None and (isinstance(mou, bool) or not isinstance(mou, str | int)):
        raise ValidationError("mou", "invalid_value")
    return DutyInput(
        code=_text(obj, "code"), title=_text(obj, "title"), service_days=obj["service_days"],
        warn_percent=obj.get("warn_percent", 75), mou=mou, clause=_text(obj, "clause"),
        site_visit=_bool(obj, "site_visit", False), pauses=_bool(obj, "pauses", True),
        report_group=_text(obj, "report_group"))


def _jalali(day: date | None) -> str | None:
    return format_jalali(day, persian=False) if day else None


def summary_json(s: CaseSummary) -> dict[str, Any]:
    return {"id": s.id, "number": s.number, "status": s.status, "due_on": _jalali(s.due_on),
            "sla_state": s.sla_state, "working_days_left": s.working_days_left,
            "duty": s.duty_code, "channel": s.channel, "received_on": _jalali(s.received_on),
            "subject": s.subject, "applicant": s.applicant, "assignee": s.assignee,
            "closed_on": _jalali(s.closed_on), "outcome": s.outcome or None,
            "classification": s.classification}


def added_json(d: CaseDetail) -> dict[str, Any]:
    return {"id": d.id, "number": d.number, "status": d.status, "due_on": _jalali(d.due_on),
            "sla_state": d.sla_state, "working_days_left": d.working_days_left}


def detail_json(d: CaseDetail) -> dict[str, Any]:
    out = added_json(d)
    out.update({
        "duty": d.duty_code, "channel": d.channel, "received_on": _jalali(d.received_on),
        "subject": d.subject, "applicant": d.applicant, "applicant_id": d.applicant_code,
        "assignee": d.assignee, "paused_days": d.paused_days,
        "paused_since": _jalali(d.paused_since), "closed_on": _jalali(d.closed_on),
        "outcome": d.outcome or None, "ref_124": d.ref_124, "tracking_no": d.tracking_no,
        "classification": d.classification,
        "letters": [{"id": x.letter_id, "number": x.number, "subject": x.subject,
                     "role": x.role} for x in d.letters],
        "events": [{"at": _jalali(e.on), "action": e.action, "by": e.by, "note": e.note,
                    **({"status": e.to_status} if e.to_status else {}),
                    **({"detail": e.detail} if e.detail else {})} for e in d.events],
    })
    return out


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _duty_line(line: DutyLine) -> dict[str, Any]:
    return {"code": line.code, "received": line.received, "closed": line.closed,
            "on_time": line.on_time, "late": line.late, "open": line.open,
            "overdue": line.overdue, "median_working_days": _number(line.median_working_days)}


def report_json(report: CaseReport) -> dict[str, Any]:
    total = _duty_line(report.total)
    del total["code"]
    return {"from": _jalali(report.date_from), "to": _jalali(report.date_to),
            "duties": [_duty_line(d) for d in report.duties], "total": total}
