"""The registry is the one list: a feature added there is checked, labelled and commanded.

A throwaway feature (its modules made here, in memory) goes through the real readers:
``secretariat check`` runs its check and names its feature, the audit labels and the
check's sentences use its entity's Persian label, and ``secretariat <its command>`` answers.
"""

from __future__ import annotations

import argparse
import json
import sys
import types
from collections.abc import Iterator

import pytest

from secretariat import features
from secretariat.cli import main as cli_main
from secretariat.kernel import messages
from secretariat.kernel.context import SYSTEM_USER, AppContext
from secretariat.kernel.integrity import CheckReport, Problem, run_check
from secretariat.kernel.registry import Action, Check, Command, Entity, Feature, Registry
from secretariat.kernel.signed_codes import DocumentKind

THROWAWAY = Feature(
    name="throwaway",
    label_fa="آزمایشی",
    label_en="Throwaway",
    checks=(Check("throwaway_check", "throwaway_feature:check"),),
    entities=(Entity("gadget", "ابزارک", "Gadget", actions=(Action("polish", "برق‌انداختن",
                                                                      "Polished"),)),),
    commands=(Command("gadget", "gadgets for the test", "throwaway_feature"),
              Command("print", "print documents", "throwaway_feature", group=True)),
    messages="throwaway_feature",
)


def _module() -> types.ModuleType:
    module = types.ModuleType("throwaway_feature")

    def check(ctx: AppContext, report: CheckReport) -> None:
        report.problems.append(Problem("gadget_broken", {"entity": "gadget", "id": 7}))

    def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        parser = sub.add_parser("gadget", help="gadgets for the test")
        parser.add_argument("name")
        parser.set_defaults(func=lambda args: print(json.dumps({"gadget": args.name})) or 0)

    def add_subcommands(group: str,
                        sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        parser = sub.add_parser("gadget-card", help="a gadget's card")
        parser.add_argument("name")
        parser.set_defaults(func=lambda args: print(json.dumps({group: args.name})) or 0)

    module.check = check  # type: ignore[attr-defined]
    module.add_parsers = add_parsers  # type: ignore[attr-defined]
    module.add_subcommands = add_subcommands  # type: ignore[attr-defined]
    module.PROBLEMS = {"gadget_broken": "{entity} {id} شکسته است"}  # type: ignore[attr-defined]
    return module


@pytest.fixture
def with_throwaway(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(sys.modules, "throwaway_feature", _module())
    monkeypatch.setattr(features, "REGISTRY", Registry((*features.FEATURES, THROWAWAY)))
    messages.reload_catalogue()
    yield
    messages.reload_catalogue()


@pytest.mark.usefixtures("with_throwaway")
def test_its_check_runs_and_is_reported_with_its_feature(ctx: AppContext) -> None:
    report = run_check(ctx, SYSTEM_USER)
    assert "throwaway_check" in report.checks
    assert report.features["throwaway_check"] == "throwaway"
    assert report.features["attachments"] == "correspondence"
    assert [p.code for p in report.problems] == ["gadget_broken"]
    assert messages.describe_problem("gadget_broken", {"entity": "gadget", "id": 7}) == (
        "ابزارک ۷ شکسته است")


@pytest.mark.usefixtures("with_throwaway")
def test_its_entity_and_actions_have_their_labels() -> None:
    registry = features.REGISTRY
    assert registry.entity_label("gadget") == "ابزارک"
    assert registry.action_label("gadget", "polish") == "برق‌انداختن"
    assert ("gadget", "ابزارک") in [(e.name, e.label_fa) for _f, e in registry.entities()]


@pytest.mark.usefixtures("with_throwaway")
def test_its_cli_group_answers(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["gadget", "چرخ"]) == 0
    assert json.loads(capsys.readouterr().out) == {"gadget": "چرخ"}


@pytest.mark.usefixtures("with_throwaway")
def test_it_adds_a_subcommand_to_a_shared_group(capsys: pytest.CaptureFixture[str]) -> None:
    """``print`` is printing's and the throwaway's: both add sub-commands, neither edits the
    other's module."""
    assert cli_main.main(["print", "gadget-card", "چرخ"]) == 0
    assert json.loads(capsys.readouterr().out) == {"print": "چرخ"}
    with pytest.raises(SystemExit):
        cli_main.main(["print", "--help"])
    shown = capsys.readouterr().out
    assert "gadget-card" in shown and "letter" in shown and "envelope" in shown


@pytest.mark.usefixtures("with_throwaway")
def test_help_names_every_command_without_importing_them(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli_main.main(["--help"])
    shown = capsys.readouterr().out
    for name in ("init", "letter", "contact", "print", "gadget"):
        assert name in shown


def test_every_registry_path_resolves() -> None:
    """A typo in features.py fails here, not in front of a user."""
    registry = features.REGISTRY
    paths = [c.function for _f, c in registry.checks()]
    paths += [e.loader for _f, e in registry.entities() if e.loader]
    paths += [c.module for _f, c in registry.commands()]
    paths += [s.function for _f, s in registry.selftests()]
    paths += [r.handler for f in registry.features for r in f.reactions]
    paths += [r.event for f in registry.features for r in f.reactions]
    paths += [c.function for f in registry.features for c in f.code_registers]
    paths += registry.models_modules() + registry.message_modules()
    paths += [f.api for f in registry.features if f.api]
    for path in paths:
        assert registry.resolve(path) is not None, path
    # Every kind of printed code is compared with exactly one feature's records.
    kinds = [k for f in registry.features for c in f.code_registers for k in c.kinds]
    assert sorted(kinds) == sorted(k.value for k in DocumentKind)
