"""What the address book hands out and takes in, its vocabulary, errors and events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from secretariat.kernel.errors import Conflict
from secretariat.kernel.events import DomainEvent
from secretariat.kernel.vocab import LabeledEnum


class ContactKind(LabeledEnum):
    ORGANISATION = "organisation", "سازمان", "Organisation"
    PERSON = "person", "شخص", "Person"


class ContactPermission(StrEnum):
    READ = "read_contacts"
    EDIT = "edit_contacts"
    MERGE = "merge_contacts"


@dataclass(frozen=True)
class ContactInfo:
    id: int
    kind: str  # ContactKind
    name: str
    post_title: str
    organisation_id: int | None
    organisation_name: str
    phone: str
    mobile: str
    postal_code: str
    national_id: str
    legal_id: str
    email: str
    address: str
    note: str
    merged_into_id: int | None
    created_at: datetime

    @property
    def display_name(self) -> str:
        """«name، post title (organisation)» as printed on a letter."""
        text = self.name
        if self.post_title:
            text += "، " + self.post_title
        if self.organisation_name:
            text += f" ({self.organisation_name})"
        return text


@dataclass(frozen=True)
class ContactSaved:
    """A contact just written, with the warnings to show (e.g. postal_code_suspicious)."""

    contact: ContactInfo
    warnings: tuple[str, ...] = ()



@dataclass(frozen=True)
class ContactRef:
    """A usable contact as another feature names it (id and name as typed)."""

    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class ContactInput:
    name: str
    kind: str = "organisation"
    post_title: str = ""
    organisation_id: int | None = None  # a person's organisation
    phone: str = ""
    mobile: str = ""
    postal_code: str = ""
    national_id: str = ""
    legal_id: str = ""
    email: str = ""
    address: str = ""
    note: str = ""


class DuplicateContact(Conflict):
    """A contact with the same normalised name exists; ``allow_duplicate=True`` adds it anyway."""

    def __init__(self, similar: tuple[ContactInfo, ...], **params: Any) -> None:
        self.similar = similar
        super().__init__("duplicate_contact", **params)


@dataclass(frozen=True)
class ContactChanged(DomainEvent):
    contact_id: int
    renamed: bool = False
    created: bool = False
    old_name: str = ""  # when renamed: the name it had (what other features indexed it by)


@dataclass(frozen=True)
class ContactsMerged(DomainEvent):
    """``merged_id`` was folded into ``kept_id``: rows naming it are re-pointed (reactions)."""

    kept_id: int
    merged_id: int
