"""Opening the database and signing in for a CLI command."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser, open_context
from secretariat.kernel.errors import AuthenticationFailed, SecretariatError, ValidationError

PASSWORD_ENV = "SECRETARIAT_PASSWORD"


def context_from(args: argparse.Namespace, create: bool = False) -> AppContext:
    """The database of the data folder; only ``init`` creates one (``create``)."""
    return open_context(args.data_dir, args.database_url, create=create)


def read_password(prompt: str = "گذرواژه: ") -> str:
    """From SECRETARIAT_PASSWORD, else a no-echo prompt when a person is at the terminal."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise ValidationError("password", "password_required")


def read_new_password(prompt: str) -> str:
    """A password being chosen: a person at the terminal reads the rule first (the
    sentence every password screen shows)."""
    if os.environ.get(PASSWORD_ENV) is None and sys.stdin is not None and sys.stdin.isatty():
        sys.stderr.write(accounts.password_rule() + "\n")
    return read_password(prompt)


def sign_in(ctx: AppContext, args: argparse.Namespace) -> CurrentUser:
    if not args.user:
        raise SecretariatError("login_required")
    try:
        return accounts.authenticate(ctx, args.user, read_password())
    except ValidationError:
        raise AuthenticationFailed() from None


def read_stdin_password() -> str:
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def run_signed_in(
    args: argparse.Namespace, action: Callable[[AppContext, CurrentUser], int]
) -> int:
    """Open the database, sign in, run ``action``, close: the shape of most commands."""
    ctx = context_from(args)
    try:
        return action(ctx, sign_in(ctx, args))
    finally:
        ctx.close()
