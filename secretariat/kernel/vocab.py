"""Vocabularies: a ``StrEnum`` whose members carry the words people read.

    class Urgency(LabeledEnum):
        NORMAL = "normal", "عادی", "Normal"
        URGENT = "urgent", "فوری", "Urgent"

The value is what is stored and what the CLI's JSON shows; ``label`` is the Persian word the
screens, the PDFs and the CLI's messages use; ``label_en`` is for English contexts (logs, the
registry's English labels). One place per vocabulary, so a list, a filter, a printed letter and
an error message can never disagree.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabeledEnum(StrEnum):
    _value_: str
    label: str
    label_en: str

    def __new__(cls, value: str, label: str = "", label_en: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value
        member.label_en = label_en or value
        return member

    @classmethod
    def label_of(cls, value: str | None, default: str | None = None) -> str:
        """The Persian word for a stored value (the value itself when it is not known)."""
        try:
            return cls(value or "").label
        except ValueError:
            return default if default is not None else (value or "")

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {member.value: member.label for member in cls}
