"""How cases read on screen: Persian digits, Jalali dates, and the SLA state's colour,
symbol and word (colour is never the only cue: every list shows the word and a symbol)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QColor

from secretariat.cases.api import CaseAction, CaseStatus, Channel, Outcome, SlaState
from secretariat.kernel.jalali import format_jalali
from secretariat.kernel.text.digits import to_persian_digits

DASH = "—"
RLM = "\u200f"


@dataclass(frozen=True)
class SlaLook:
    background: str  # a light fill for the row
    foreground: str  # the word's colour
    symbol: str


SLA_LOOKS: dict[str, SlaLook] = {
    SlaState.BREACHED: SlaLook("#fbe3e1", "#a4161a", "⬤"),
    SlaState.WARNING: SlaLook("#fff1cc", "#8a5a00", "▲"),
    SlaState.ON_TRACK: SlaLook("#e3f4e8", "#1e6b3a", "●"),
    SlaState.MET: SlaLook("#eef1f4", "#3d5a80", "✓"),
    SlaState.MISSED: SlaLook("#f3e8f3", "#7b2d7b", "✗"),
}


def rtl(text: str) -> str:
    return RLM + text if text else text


def digits(value: object) -> str:
    return to_persian_digits(str(value)) if value is not None and value != "" else DASH


def date_text(day: date | None) -> str:
    return format_jalali(day) if day else DASH


def number_text(number: str) -> str:
    return rtl(to_persian_digits(number))


def sla_text(state: str) -> str:
    look = SLA_LOOKS.get(state)
    word = SlaState.label_of(state)
    return f"{look.symbol} {word}" if look else word


def sla_background(state: str) -> QColor | None:
    look = SLA_LOOKS.get(state)
    return QColor(look.background) if look else None


def sla_foreground(state: str) -> QColor | None:
    look = SLA_LOOKS.get(state)
    return QColor(look.foreground) if look else None


def days_left_text(left: int | None) -> str:
    if left is None:
        return DASH
    return to_persian_digits(str(left)) if left >= 0 else "−" + to_persian_digits(str(-left))


def status_text(status: str, paused: bool = False) -> str:
    del paused
    return CaseStatus.label_of(status)


def channel_text(channel: str) -> str:
    return Channel.label_of(channel)


def outcome_text(outcome: str) -> str:
    return Outcome.label_of(outcome) if outcome else DASH


def action_text(action: str) -> str:
    return CaseAction.label_of(action)
