"""Letters as JSON: reading a letter from JSON (CLI, import files) and writing one out.

Dates are Jalali «YYYY/MM/DD» with ASCII digits both ways (Persian digits are
accepted on the way in); timestamps are ISO 8601 in UTC; numbers keep ASCII
digits. Unknown keys and values of the wrong type are refused, naming the key.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from secretariat.correspondence._dto import (
    AttachmentInfo,
    LetterDetail,
    LetterRef,
    LetterSummary,
    PartyRef,
    ReferralNode,
)
from secretariat.correspondence._inputs import LetterInput, PartyInput
from secretariat.kernel.audit import AuditRow
from secretariat.kernel.db.types import ID_MAX, is_row_id
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali, parse_jalali

# --- reading -------------------------------------------------------------------------

_TEXT_KEYS = ("kind", "subject", "body", "summary", "urgency", "classification",
              "dispatch_method", "postal_tracking_code", "from_unit", "to_unit")
_DATE_KEYS = ("registered_on", "sender_date", "dispatch_date", "reply_expected_by")
_KNOWN = set(_TEXT_KEYS) | set(_DATE_KEYS) | {
    "sender", "recipient", "recipients", "cc", "sender_number", "keywords", "signatory",
    "reply_to", "follows", "draft",
}


def _text(value: Any, key: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError(key, "invalid_value")
    return str(value)


def _date(value: Any, key: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError(key, "invalid_date", value=str(value))
    return parse_jalali(value, field=key)


def _party(value: Any, key: str) -> PartyInput:
    """A name, or {"name": ..., "id": ..., "purpose": ..., "kind": ...}."""
    if isinstance(value, str):
        return PartyInput(name=value)
    if isinstance(value, dict):
        unknown = set(value) - {"name", "id", "contact_id", "purpose", "kind"}
        if unknown:
            raise ValidationError(key, "unknown_field", name=sorted(unknown)[0])
        contact_id = value.get("id", value.get("contact_id"))
        if contact_id is not None and not is_row_id(contact_id):
            raise ValidationError(key, "invalid_id", max=ID_MAX)
        return PartyInput(
            name=_text(value.get("name"), key), contact_id=contact_id,
            purpose=_text(value.get("purpose"), key),
            kind=_text(value.get("kind"), key) or "organisation",
        )
    raise ValidationError(key, "invalid_value")


def _parties(value: Any, key: str) -> tuple[PartyInput, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(_party(v, key) for v in items)


def _ref(value: Any, key: str) -> str | int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError(key, "invalid_value")
    if isinstance(value, int) and not is_row_id(value):
        raise ValidationError(key, "invalid_id", max=ID_MAX)
    return value


def letter_input_from_json(obj: Any) -> LetterInput:
    """A LetterInput from one decoded JSON object (see the CLI contract for the keys)."""
    if not isinstance(obj, dict):
        raise ValidationError("json", "json_not_object")
    for key in obj:
        if key not in _KNOWN:
            raise ValidationError(str(key), "unknown_field")
    if "kind" not in obj:
        raise ValidationError("kind", "required")
    keywords = obj.get("keywords") or []
    if isinstance(keywords, str):
        keywords = [keywords]
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        raise ValidationError("keywords", "invalid_value")
    recipients = _parties(obj.get("recipients"), "recipients") + _parties(
        obj.get("recipient"), "recipient")
    draft = obj.get("draft", False)
    if not isinstance(draft, bool):
        raise ValidationError("draft", "invalid_value")
    signatory = obj.get("signatory")
    return LetterInput(
        kind=_text(obj.get("kind"), "kind"),
        subject=_text(obj.get("subject"), "subject"),
        registered_on=_date(obj.get("registered_on"), "registered_on"),
        sender=_party(obj["sender"], "sender") if obj.get("sender") else None,
        recipients=recipients,
        cc=_parties(obj.get("cc"), "cc"),
        summary=_text(obj.get("summary"), "summary"),
        body=_text(obj.get("body"), "body"),
        sender_number=_text(obj.get("sender_number"), "sender_number"),
        sender_date=_date(obj.get("sender_date"), "sender_date"),
        urgency=_text(obj.get("urgency"), "urgency") or "normal",
        classification=_text(obj.get("classification"), "classification") or "normal",
        keywords=tuple(keywords),
        signatory=_text(signatory, "signatory") or None,
        dispatch_method=_text(obj.get("dispatch_method"), "dispatch_method"),
        dispatch_date=_date(obj.get("dispatch_date"), "dispatch_date"),
        postal_tracking_code=_text(obj.get("postal_tracking_code"), "postal_tracking_code"),
        reply_expected_by=_date(obj.get("reply_expected_by"), "reply_expected_by"),
        from_unit=_text(obj.get("from_unit"), "from_unit"),
        to_unit=_text(obj.get("to_unit"), "to_unit"),
        reply_to=_ref(obj.get("reply_to"), "reply_to"),
        follows=_ref(obj.get("follows"), "follows"),
        draft=draft,
    )


# --- writing -------------------------------------------------------------------------

def jalali(d: date | None) -> str | None:
    return format_jalali(d, persian=False) if d is not None else None


def stamp(t: datetime | None) -> str | None:
    return t.isoformat() if t is not None else None


def party_json(p: PartyRef, role: str) -> dict[str, Any]:
    return {"role": role, "contact_id": p.contact_id, "name": p.name, "kind": p.kind,
            "post_title": p.post_title, "purpose": p.purpose}


def ref_json(r: LetterRef | None) -> dict[str, Any] | None:
    if r is None:
        return None
    return {"id": r.id, "number": r.number, "kind": r.kind, "subject": r.subject,
            "registered_on": jalali(r.registered_on), "status": r.status,
            "cancelled": r.cancelled}


def referral_json(n: ReferralNode) -> dict[str, Any]:
    return {
        "id": n.id, "parent_id": n.parent_id, "from": n.from_user, "from_name": n.from_name,
        "to": n.to_user, "to_name": n.to_name, "instruction": n.instruction,
        "due_on": jalali(n.due_on), "status": n.status, "note": n.note,
        "created_at": stamp(n.created_at), "read_at": stamp(n.read_at),
        "closed_at": stamp(n.closed_at), "overdue": n.overdue,
        "kind": n.kind, "priority": n.priority,
        "children": [referral_json(c) for c in n.children],
    }


def attachment_json(a: AttachmentInfo) -> dict[str, Any]:
    return {"id": a.id, "filename": a.filename, "size": a.size, "sha256": a.sha256,
            "media_type": a.media_type, "added_by": a.added_by, "added_at": stamp(a.added_at)}


def history_json(h: AuditRow) -> dict[str, Any]:
    return {"id": h.id, "at": stamp(h.at), "actor": h.actor, "action": h.action,
            "entity": h.entity, "entity_id": h.entity_id}


def summary_json(s: LetterSummary) -> dict[str, Any]:
    return {
        "id": s.id, "kind": s.kind, "number": s.number, "status": s.status,
        "registered_on": jalali(s.registered_on), "subject": s.subject, "summary": s.summary,
        "sender": s.sender.name if s.sender else None,
        "sender_id": s.sender.contact_id if s.sender else None,
        "recipient": s.recipients[0].name if s.recipients else None,
        "recipients": [r.name for r in s.recipients],
        "sender_number": s.sender_number, "sender_date": jalali(s.sender_date),
        "urgency": s.urgency, "classification": s.classification,
        "has_attachments": s.has_attachments, "cancelled": s.cancelled,
        "archive_code": s.archive_code, "reply_expected_by": jalali(s.reply_expected_by),
        "awaiting_reply": s.awaiting_reply, "overdue": s.overdue,
        "from_unit": s.from_unit, "to_unit": s.to_unit, "created_at": stamp(s.created_at),
    }


def detail_json(d: LetterDetail) -> dict[str, Any]:
    out = summary_json(d)
    cancellation = d.cancellation
    out.update({
        "body": d.body,
        "cc": [c.name for c in d.cc],
        "parties": (([party_json(d.sender, "sender")] if d.sender else [])
                    + [party_json(r, "to") for r in d.recipients]
                    + [party_json(c, "cc") for c in d.cc]),
        "keywords": list(d.keywords),
        "signatory": d.signatory, "signed_at": stamp(d.signed_at),
        "dispatch_method": d.dispatch_method, "dispatch_date": jalali(d.dispatch_date),
        "postal_tracking_code": d.postal_tracking_code,
        "reply_to": ref_json(d.reply_to), "follows": ref_json(d.follows),
        "replies": [ref_json(r) for r in d.replies],
        "followed_by": [ref_json(r) for r in d.followed_by],
        "replied_by": ref_json(d.replied_by),
        "cancellation": None if cancellation is None else {
            "reason": cancellation.reason, "by": cancellation.by,
            "at": stamp(cancellation.at),
        },
        "referrals": [referral_json(r) for r in d.referrals],
        "attachments": [attachment_json(a) for a in d.attachments],
        "history": [history_json(h) for h in d.history],
        "created_by": d.created_by,
        "imported": d.imported,
    })
    return out
