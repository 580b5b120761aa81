"""The address book's public module: whole user actions and what they return.

Organisations and persons that letters, cases and membership name. Every function takes
the ``AppContext`` and the acting user and is one unit of work (joining the caller's when
another feature calls it inside its own). UI, CLI and other features import only this.
"""

from __future__ import annotations

from secretariat.contacts._dto import (
    ContactChanged,
    ContactInfo,
    ContactInput,
    ContactKind,
    ContactPermission,
    ContactRef,
    ContactSaved,
    ContactsMerged,
    DuplicateContact,
)
from secretariat.contacts._service import (
    MAX_LIST,
    add_contact,
    add_contacts,
    find_or_add,
    find_similar_contacts,
    get_contact,
    get_contacts,
    identified,
    list_contacts,
    merge_contacts,
    similar_ids,
    update_contact,
    usable_ref,
    with_identifier,
)

__all__ = [
    "MAX_LIST",
    "ContactChanged",
    "ContactInfo",
    "ContactInput",
    "ContactKind",
    "ContactPermission",
    "ContactRef",
    "ContactSaved",
    "ContactsMerged",
    "DuplicateContact",
    "add_contact",
    "add_contacts",
    "find_or_add",
    "find_similar_contacts",
    "get_contact",
    "get_contacts",
    "identified",
    "list_contacts",
    "merge_contacts",
    "similar_ids",
    "update_contact",
    "usable_ref",
    "with_identifier",
]
