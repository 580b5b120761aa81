"""settings: the organisation's settings from the command line (the settings page's service).

    secretariat settings get [KEY] [--json]
    secretariat --user admin settings set KEY VALUE     # admin only, audited, validated

Reading needs no sign-in: these are what every printed letter shows.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from secretariat.cli.output import info, print_json
from secretariat.cli.session import context_from, run_signed_in
from secretariat.kernel import org_settings
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.messages import field_name


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    settings = sub.add_parser("settings", help="the organisation's settings (get; set: admin)")
    ss = settings.add_subparsers(dest="settings_command", required=True)
    get = ss.add_parser("get", help="print the settings (or one of them)")
    get.add_argument("key", nargs="?", default=None)
    get.add_argument("--json", action="store_true")
    get.set_defaults(func=cmd_get)
    put = ss.add_parser("set", help="change one setting (admin only; audited)",
                        description="KEY: " + ", ".join(org_settings.SETTABLE)
                        + " (logo: an image file; \"\" removes it)")
    put.add_argument("key")
    put.add_argument("value")
    put.add_argument("--json", action="store_true")
    put.set_defaults(func=cmd_set)


def _values(settings: org_settings.OrgSettings) -> dict[str, str]:
    return asdict(settings)


def _show(values: dict[str, str], key: str | None, as_json: bool) -> None:
    if key is not None:
        if key not in values:
            raise ValidationError(key, "unknown_setting_key",
                                  known="، ".join(sorted(values)))
        values = {key: values[key]}
    if as_json:
        print_json(values)
        return
    for name, value in values.items():
        info(f"{name} ({field_name(name)}): {value}")


def cmd_get(args: argparse.Namespace) -> int:
    ctx = context_from(args)
    try:
        values = _values(org_settings.get_org_settings(ctx))
    finally:
        ctx.close()
    _show(values, args.key, args.json)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    def act(ctx: AppContext, actor: CurrentUser) -> int:
        saved = org_settings.set_org_setting(ctx, actor, args.key, args.value)
        values = _values(saved)
        if args.json:
            print_json(values)
        else:
            shown = "logo_file" if args.key == "logo" else args.key
            info(f"{field_name(shown)} ذخیره شد: {values[shown]}")
        return 0

    return run_signed_in(args, act)
