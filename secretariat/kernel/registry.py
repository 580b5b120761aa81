"""The shape of a feature's registry entry, and the readers of the registry.

``secretariat/features.py`` lists the features with these types. Every reference to code is
an import path string («package.module» or «package.module:attribute»), so reading the
registry imports nothing: each reader imports only what it uses, when it uses it. Nothing is
registered by import side effect anywhere.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from secretariat.kernel.roles import Role

ADMIN_ONLY = frozenset((Role.ADMIN,))


def load(path: str) -> Any:
    """The object an import path names: «pkg.module» is the module, «pkg.module:name» an
    attribute of it (dots after the colon walk nested attributes)."""
    module_name, _, attribute = path.partition(":")
    found: Any = importlib.import_module(module_name)
    for part in attribute.split(".") if attribute else ():
        found = getattr(found, part)
    return found


@dataclass(frozen=True)
class Check:
    """One integrity check of ``secretariat check``: ``function(ctx, report)`` appends
    Problems to the report. ``quick``: it also runs under ``check --quick``, where it does its
    light part only (``report.quick`` is set: e.g. file sizes instead of hashes)."""

    name: str
    function: str
    quick: bool = False


@dataclass(frozen=True)
class Action:
    """An audit action (the ``action`` column) with the words people read for it."""

    name: str
    label_fa: str
    label_en: str


@dataclass(frozen=True)
class Entity:
    """An audited kind of record: the audit log's ``entity`` column, its labels, the actions
    recorded for it, and (optionally) ``loader(session)`` yielding (id, snapshot) of every
    row, which ``check`` compares with the last audit entry of each, and
    ``reader(session, id) -> snapshot | None`` giving one record's snapshot now: with it the
    log stores only what changed (nothing at creation) and rebuilds whole snapshots to show."""

    name: str
    label_fa: str
    label_en: str
    loader: str | None = None
    actions: tuple[Action, ...] = ()
    reader: str | None = None


@dataclass(frozen=True)
class Command:
    """A top-level CLI command (``secretariat letter ...``) and the module whose
    ``add_parsers(sub)`` builds it; the module is imported only when that command runs.

    ``group=True``: a command several features share (``print``, ``export``, ``import``).
    The CLI builds the group itself and calls ``add_subcommands(group_name, subparsers)`` of
    every feature's module that declares it, so a feature adds ``print card`` without
    editing the printing feature's module (the first declaration's help is shown)."""

    name: str
    help: str
    module: str
    group: bool = False


@dataclass(frozen=True)
class Grant:
    """A permission a feature declares and the roles that hold it (an admin holds every
    permission); ``own_roles`` hold it only for records they made themselves (a clerk
    cancels the letters he registered). docs/PERMISSIONS.md is generated from these."""

    name: str
    label_fa: str
    label_en: str
    roles: tuple[Role, ...] = ()
    own_roles: tuple[Role, ...] = ()


@dataclass(frozen=True)
class Reaction:
    """``handler(ctx, event)`` runs inside the transaction that emitted an event of
    ``event`` (an import path of the event class), e.g. re-pointing letters when two
    contacts are merged."""

    event: str
    handler: str


@dataclass(frozen=True)
class SelfTest:
    """One step of ``secretariat self-test``: ``function(workdir) -> detail`` raises on
    failure."""

    name: str
    function: str


@dataclass(frozen=True)
class CodeRegister:
    """Where a validly signed printed code of ``kinds`` (``DocumentKind`` values) is compared
    with the feature's records: ``function(ctx, fields) -> RegisterMatch``
    (``kernel.signed_codes``). It runs without a sign-in, so it says only yes or no about
    what the paper already shows."""

    kinds: tuple[str, ...]
    function: str


@dataclass(frozen=True)
class Feature:
    name: str
    label_fa: str
    label_en: str
    api: str | None = None  # the feature's one public module
    models: str | None = None  # its SQLAlchemy models (Alembic's env and check import it)
    depends_on: tuple[str, ...] = ()  # features whose api it may use
    checks: tuple[Check, ...] = ()
    entities: tuple[Entity, ...] = ()
    commands: tuple[Command, ...] = ()
    permissions: tuple[Grant, ...] = ()
    messages: str | None = None  # module with MESSAGES (and FIELD_NAMES) dicts
    reactions: tuple[Reaction, ...] = ()
    selftests: tuple[SelfTest, ...] = ()
    code_registers: tuple[CodeRegister, ...] = ()
    # ``function(actor, contact_id) -> condition | None``: the contacts this feature's records
    # that ``actor`` may see name (``contact_id`` is the address book's id column to correlate
    # with; None: none of its records is visible to this user). The address book lists a
    # contact to a user only if its maker, or some feature's visible record, reaches it.
    contact_scope: str | None = None


@dataclass(frozen=True)
class Registry:
    features: tuple[Feature, ...]
    _loaded: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        names = [f.name for f in self.features]
        if len(set(names)) != len(names):
            raise ValueError(f"two features share a name: {names}")

    def feature(self, name: str) -> Feature:
        for f in self.features:
            if f.name == name:
                return f
        raise KeyError(name)

    def resolve(self, path: str) -> Any:
        """``load(path)``, remembered."""
        if path not in self._loaded:
            self._loaded[path] = load(path)
        return self._loaded[path]

    # --- what the readers ask -----------------------------------------------------

    def checks(self) -> Iterator[tuple[Feature, Check]]:
        for f in self.features:
            for check in f.checks:
                yield f, check

    def entities(self) -> Iterator[tuple[Feature, Entity]]:
        for f in self.features:
            for entity in f.entities:
                yield f, entity

    @cached_property
    def entity_labels(self) -> Mapping[str, Entity]:
        return {e.name: e for _f, e in self.entities()}

    def action_label(self, entity: str, action: str, english: bool = False) -> str:
        """The words for an audit action: the entity's own, else any feature's, else the code."""
        candidates = list(self.entity_labels[entity].actions) if entity in self.entity_labels else []
        candidates += [a for _f, e in self.entities() for a in e.actions]
        for a in candidates:
            if a.name == action:
                return a.label_en if english else a.label_fa
        return action

    def entity_label(self, entity: str, english: bool = False) -> str:
        found = self.entity_labels.get(entity)
        if found is None:
            return entity
        return found.label_en if english else found.label_fa

    def commands(self) -> Iterator[tuple[Feature, Command]]:
        for f in self.features:
            for command in f.commands:
                yield f, command

    def command(self, name: str) -> Command | None:
        for _f, c in self.commands():
            if c.name == name:
                return c
        return None

    @cached_property
    def grants(self) -> Mapping[str, Grant]:
        return {g.name: g for f in self.features for g in f.permissions}

    @cached_property
    def _roles(self) -> Mapping[str, frozenset[Role]]:
        return {name: frozenset((Role.ADMIN, *g.roles)) for name, g in self.grants.items()}

    def roles_with(self, permission: str) -> frozenset[Role]:
        """Who holds ``permission`` (an admin holds every one, even an undeclared one)."""
        return self._roles.get(permission, ADMIN_ONLY)

    def own_roles_with(self, permission: str) -> frozenset[Role]:
        """Who holds ``permission`` for their own records only."""
        grant = self.grants.get(permission)
        return frozenset(grant.own_roles) if grant is not None else frozenset()

    def models_modules(self) -> list[str]:
        return [f.models for f in self.features if f.models]

    def import_models(self) -> None:
        """Fill ``Base.metadata`` with every feature's tables."""
        for path in self.models_modules():
            self.resolve(path)

    def code_register(self, kind: str) -> CodeRegister | None:
        """The feature's register that printed codes of ``kind`` are compared with."""
        for f in self.features:
            for register in f.code_registers:
                if kind in register.kinds:
                    return register
        return None

    def message_modules(self) -> list[str]:
        return [f.messages for f in self.features if f.messages]

    def reactions_to(self, event_type: type) -> list[Callable[..., None]]:
        """Handlers of this event class (compared by name first, so an unrelated
        feature's module is never imported to answer)."""
        return [
            self.resolve(r.handler)
            for f in self.features
            for r in f.reactions
            if r.event.rpartition(":")[2] == event_type.__qualname__
            and self.resolve(r.event) is event_type
        ]

    def contact_scopes(self) -> list[Callable[..., Any]]:
        """Every feature's ``contact_scope`` function, in registry order."""
        return [self.resolve(f.contact_scope) for f in self.features if f.contact_scope]

    def selftests(self) -> Iterator[tuple[Feature, SelfTest]]:
        for f in self.features:
            for step in f.selftests:
                yield f, step
