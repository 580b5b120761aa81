"""The parties a letter names (sender, recipients, رونوشت), resolved through the address book.

Uses ``secretariat.contacts.api`` inside the letter's own unit of work (the calls join it),
and remembers names already resolved, so a bulk import does not look the same sender up a
thousand times.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from secretariat.contacts import api as contacts
from secretariat.correspondence._inputs import PartyInput
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.text.clean import clean_line
from secretariat.kernel.text.normalize import normalize_for_search


@dataclass
class PartyMemory:
    """Names already resolved: kept across the transactions of one bulk import."""

    by_name: dict[str, int] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)


class PartyResolver:
    """Turns PartyInputs into contact ids inside one unit of work, creating missing ones."""

    def __init__(
        self, ctx: AppContext, actor: CurrentUser, memory: PartyMemory | None = None
    ) -> None:
        self.ctx = ctx
        self.actor = actor
        memory = memory if memory is not None else PartyMemory()
        self._by_name = memory.by_name
        self._names = memory.names

    def resolve(self, party: PartyInput, field: str) -> int:
        if party.contact_id is not None:
            ref = contacts.usable_ref(self.ctx, self.actor, party.contact_id, field)
            self._names[ref.id] = ref.name
            return ref.id
        name = clean_line(party.name, field, 300, required=True)
        key = normalize_for_search(name)
        if key in self._by_name:
            return self._by_name[key]
        ref = contacts.find_or_add(self.ctx, self.actor, name, party.kind, field)
        self._by_name[key] = ref.id
        self._names[ref.id] = ref.name
        return ref.id

    def name_of(self, contact_id: int) -> str:
        return self._names[contact_id]
