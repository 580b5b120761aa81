"""Named filters a user keeps: a whole register query (filters, search text, order)."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date
from typing import Any

from secretariat.correspondence.api import LetterQuery
from ui.preferences import Preferences

KEY = "saved_letter_filters"
_DATE_FIELDS = {"date_from", "date_to"}
_KNOWN = {f.name for f in fields(LetterQuery)}


def query_to_dict(query: LetterQuery) -> dict[str, Any]:
    plain = asdict(query)
    for name in _DATE_FIELDS:
        value = plain.get(name)
        plain[name] = value.isoformat() if isinstance(value, date) else None
    return {k: v for k, v in plain.items() if v not in (None, "")}


def query_from_dict(raw: dict[str, Any]) -> LetterQuery:
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in _KNOWN:
            continue  # written by a newer or older version: ignored, not fatal
        if name in _DATE_FIELDS and isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                continue
        values[name] = value
    try:
        return LetterQuery(**values)
    except TypeError:
        return LetterQuery()


class SavedFilters:
    def __init__(self, preferences: Preferences) -> None:
        self.preferences = preferences

    def names(self) -> list[str]:
        return sorted(self._all())

    def _all(self) -> dict[str, dict[str, Any]]:
        stored = self.preferences.get(KEY, {})
        return stored if isinstance(stored, dict) else {}

    def get(self, name: str) -> LetterQuery | None:
        raw = self._all().get(name)
        return query_from_dict(raw) if isinstance(raw, dict) else None

    def save(self, name: str, query: LetterQuery) -> None:
        stored = self._all()
        stored[name] = query_to_dict(query)
        self.preferences.set(KEY, stored)

    def delete(self, name: str) -> None:
        stored = self._all()
        if stored.pop(name, None) is not None:
            self.preferences.set(KEY, stored)
