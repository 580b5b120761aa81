"""Run the real ``secretariat`` command in a child process, as an admin or a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

import pytest

ROOT = Path(__file__).resolve().parents[2]


class SignIn(TypedDict):
    """``cli(..., **ADMIN)``: who the command acts as."""

    user: str
    password: str


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __call__(
        self,
        *args: str,
        user: str | None = None,
        password: str | None = None,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
    ) -> Result:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("SECRETARIAT_")}
        full_env["PYTHONPATH"] = str(ROOT)
        full_env["SECRETARIAT_DATA_DIR"] = str(self.data_dir)
        if user is not None:
            full_env["SECRETARIAT_USER"] = user
        if password is not None:
            full_env["SECRETARIAT_PASSWORD"] = password
        full_env.update(env or {})
        proc = subprocess.run(
            [sys.executable, "-m", "secretariat", *args],
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=full_env,
            timeout=120,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


@pytest.fixture
def initialized_cli(cli: Cli) -> Cli:
    result = cli("init", "--admin", "admin", password="admin-password-1")
    assert result.code == 0, result.err
    return cli
