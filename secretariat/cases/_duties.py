"""The MoU and its duty types (نوع وظیفه): what the Organization handed over, and how many
working days each duty may take. A duty type in use is deactivated, never deleted."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from secretariat.cases._common import audited, stamp, whole_number
from secretariat.cases._dto import DutiesChanged, DutyInfo, DutyInput, MouInfo, MouInput
from secretariat.cases._models import Case, DutyType, Mou
from secretariat.cases._snapshots import duty_snapshot, mou_snapshot
from secretariat.cases._vocab import CasePermission
from secretariat.correspondence import api as letters
from secretariat.kernel import audit
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import Conflict, NotFound, ValidationError
from secretariat.kernel.permissions import require
from secretariat.kernel.text.clean import clean_block, clean_line
from secretariat.kernel.text.digits import to_ascii_digits

MAX_SERVICE_DAYS = 365

# --- MoU ------------------------------------------------------------------------------------


def _mou_values(ctx: AppContext, actor: CurrentUser, data: MouInput) -> dict[str, object]:
    for first, last, field in ((data.valid_from, data.valid_to, "valid_to"),):
        if first and last and last < first:
            raise ValidationError(field, "date_range_reversed")
    letter_id = None
    if data.letter is not None and str(data.letter).strip():
        try:
            letter_id = letters.resolve_letter(ctx, actor, data.letter)
        except NotFound as exc:
            raise ValidationError("letter", "letter_not_found", ref=str(data.letter)) from exc
    return {
        "title": clean_line(data.title, "title", 300, required=True),
        "counterparty": clean_line(data.counterparty, "counterparty", 300, required=True),
        "signed_on": data.signed_on, "valid_from": data.valid_from, "valid_to": data.valid_to,
        "letter_number": to_ascii_digits(clean_line(data.letter_number, "letter_number", 64)),
        "letter_id": letter_id,
        "note": clean_block(data.note, "mou_note", 4000),
    }


def _mou_info(session: Session, mou: Mou) -> MouInfo:
    count = session.scalar(select(func.count()).where(DutyType.mou_id == mou.id)) or 0
    return MouInfo(mou.id, mou.title, mou.counterparty, mou.signed_on, mou.valid_from,
                   mou.valid_to, mou.letter_number, mou.letter_id, mou.note, int(count))


def add_mou(ctx: AppContext, actor: CurrentUser, data: MouInput) -> MouInfo:
    require(actor, CasePermission.DUTIES)
    with ctx.write() as session:
        mou = Mou(**_mou_values(ctx, actor, data), created_at=stamp())
        session.add(mou)
        session.flush()
        audit.record(session, actor, "create", "mou", mou.id, None, mou_snapshot(mou))
        ctx.emit(DutiesChanged(), actor)
        return _mou_info(session, mou)


def update_mou(ctx: AppContext, actor: CurrentUser, mou_id: int, data: MouInput) -> MouInfo:
    require(actor, CasePermission.DUTIES)
    with ctx.write() as session:
        mou = session.get(Mou, mou_id)
        if mou is None:
            raise NotFound("mou_not_found", ref=str(mou_id))
        values = _mou_values(ctx, actor, data)
        with audited(session, actor, "update", "mou", mou, mou_snapshot):
            for key, value in values.items():
                setattr(mou, key, value)
        ctx.emit(DutiesChanged(), actor)
        return _mou_info(session, mou)


def list_mous(ctx: AppContext, actor: CurrentUser) -> list[MouInfo]:
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        return [_mou_info(session, m) for m in session.scalars(select(Mou).order_by(Mou.id))]


# --- duty types ------------------------------------------------------------------------------


def _find_mou(session: Session, ref: int | str | None) -> int | None:
    if ref is None or (isinstance(ref, str) and not ref.strip()):
        return None
    text = to_ascii_digits(str(ref)).strip()
    query = select(Mou.id).where(or_(Mou.title == str(ref).strip(),
                                     Mou.id == (int(text) if text.isdigit() else -1)))
    found = session.scalar(query.order_by(Mou.id).limit(1))
    if found is None:
        raise ValidationError("mou", "mou_not_found", ref=str(ref))
    return found


def clean_code(code: str) -> str:
    text = to_ascii_digits(clean_line(code, "code", 32, required=True))
    if " " in text:
        raise ValidationError("code", "code_has_space")
    return text


def _duty_values(session: Session, data: DutyInput) -> dict[str, object]:
    return {
        "code": clean_code(data.code),
        "title": clean_line(data.title, "title", 300, required=True),
        "clause": clean_line(data.clause, "clause", 100),
        "service_days": whole_number(data.service_days, "service_days", 1, MAX_SERVICE_DAYS),
        "warn_percent": whole_number(data.warn_percent, "warn_percent", 1, 99),
        "site_visit": bool(data.site_visit),
        "pauses": bool(data.pauses),
        "report_group": clean_line(data.report_group, "report_group", 100),
        "active": bool(data.active),
        "mou_id": _find_mou(session, data.mou),
    }


def _duty_infos(session: Session, *conditions: object) -> list[DutyInfo]:
    used = (select(Case.duty_id, func.count().label("n")).group_by(Case.duty_id).subquery())
    rows = session.execute(
        select(DutyType, Mou.title, used.c.n)
        .outerjoin(Mou, Mou.id == DutyType.mou_id)
        .outerjoin(used, used.c.duty_id == DutyType.id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(DutyType.code))
    return [DutyInfo(d.id, d.code, d.title, d.clause, d.service_days, d.warn_percent,
                     d.site_visit, d.pauses, d.report_group, d.active, d.mou_id, mou or "",
                     int(n or 0)) for d, mou, n in rows]


def _refuse_taken_code(session: Session, code: str, own_id: int | None) -> None:
    taken = session.scalar(select(DutyType.id).where(DutyType.code == code))
    if taken is not None and taken != own_id:
        raise Conflict("duty_code_taken", duty_code=code)


def add_duty(ctx: AppContext, actor: CurrentUser, data: DutyInput) -> DutyInfo:
    require(actor, CasePermission.DUTIES)
    with ctx.write() as session:
        values = _duty_values(session, data)
        _refuse_taken_code(session, str(values["code"]), None)
        duty = DutyType(**values, created_at=stamp())
        session.add(duty)
        session.flush()
        audit.record(session, actor, "create", "duty_type", duty.id, None, duty_snapshot(duty))
        ctx.emit(DutiesChanged(), actor)
        return _duty_infos(session, DutyType.id == duty.id)[0]


def update_duty(ctx: AppContext, actor: CurrentUser, duty_id: int, data: DutyInput) -> DutyInfo:
    """Change a duty type. Its code stays once cases use it; a new service deadline applies
    to cases opened from now on (an open case keeps the deadline it was opened with)."""
    require(actor, CasePermission.DUTIES)
    with ctx.write() as session:
        duty = session.get(DutyType, duty_id)
        if duty is None:
            raise NotFound("duty_not_found", ref=str(duty_id))
        values = _duty_values(session, data)
        in_use = bool(session.scalar(select(Case.id).where(Case.duty_id == duty.id).limit(1)))
        if in_use and values["code"] != duty.code:
            raise ValidationError("code", "duty_code_locked")
        _refuse_taken_code(session, str(values["code"]), duty.id)
        with audited(session, actor, "update", "duty_type", duty, duty_snapshot):
            for key, value in values.items():
                setattr(duty, key, value)
        ctx.emit(DutiesChanged(), actor)
        return _duty_infos(session, DutyType.id == duty.id)[0]


def set_duty_active(ctx: AppContext, actor: CurrentUser, duty_id: int, active: bool) -> DutyInfo:
    """Deactivate (no new cases) or reactivate a duty type; its cases are untouched."""
    require(actor, CasePermission.DUTIES)
    with ctx.write() as session:
        duty = session.get(DutyType, duty_id)
        if duty is None:
            raise NotFound("duty_not_found", ref=str(duty_id))
        action = "activate" if active else "deactivate"
        with audited(session, actor, action, "duty_type", duty, duty_snapshot):
            duty.active = active
        ctx.emit(DutiesChanged(), actor)
        return _duty_infos(session, DutyType.id == duty.id)[0]


def list_duties(ctx: AppContext, actor: CurrentUser, include_inactive: bool = True
                ) -> list[DutyInfo]:
    require(actor, CasePermission.READ)
    with ctx.read() as session:
        conditions = [] if include_inactive else [DutyType.active.is_(True)]
        return _duty_infos(session, *conditions)


def duty_by_code(session: Session, code: str) -> DutyType:
    duty = session.scalar(select(DutyType).where(DutyType.code == to_ascii_digits(
        (code or "").strip())))
    if duty is None:
        raise ValidationError("duty", "duty_not_found", ref=code)
    return duty
