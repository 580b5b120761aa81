"""Helpers of the fault tests (no tests here): a small disk, a read-only folder, a child
process that registers letters until it is killed, a throwaway PostgreSQL server.

A small disk is a tmpfs when this process may mount one (as root with the capability, as in
CI's container); otherwise the fault tests run their scenario in a child process whose file
sizes are limited with ``RLIMIT_FSIZE`` (a write past the limit fails as a full disk does).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def small_disk(path: Path, size_kb: int) -> Iterator[Path | None]:
    """``path`` as a tmpfs of ``size_kb``; None when mounting is not allowed here."""
    path.mkdir(parents=True, exist_ok=True)
    # SECRETARIAT_TEST_NO_MOUNT=1 runs the file-size-limit variant where mounting works.
    if os.environ.get("SECRETARIAT_TEST_NO_MOUNT") or os.geteuid() != 0 or not shutil.which(
            "mount") or not _run(
            "mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(path)):
        yield None
        return
    try:
        yield path
    finally:
        _run("umount", "-l", str(path))


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[bool]:
    """``path`` made read-only for this process: a read-only bind mount as root (the
    permission bits do not stop root), the permission bits otherwise. False if neither."""
    if os.geteuid() == 0:
        if _run("mount", "--bind", str(path), str(path)):
            if _run("mount", "-o", "remount,bind,ro", str(path)):
                try:
                    yield True
                finally:
                    _run("umount", "-l", str(path))
                return
            _run("umount", "-l", str(path))
        yield False
        return
    mode = path.stat().st_mode
    path.chmod(0o555)
    try:
        yield True
    finally:
        path.chmod(mode)


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECRETARIAT_")}
    env["PYTHONPATH"] = str(ROOT)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


# A child that registers letters (each with a small file) one after another and prints each
# number once its transaction has committed: what it printed was acknowledged to a user.
REGISTER_LOOP = """
import sys
from pathlib import Path
from secretariat.correspondence import api as letters
from secretariat.correspondence.api import LetterInput, PartyInput
from secretariat.kernel.context import CurrentUser, open_context
ctx = open_context(Path(sys.argv[1]))
admin = CurrentUser(1, "admin", "", "admin", "secret")
scan = Path(sys.argv[1]).parent / "scan.pdf"
i = 0
while True:
    i += 1
    scan.write_bytes(b"%PDF-1.4 scan " + str(i).encode() * 2000)
    done = letters.register_letter(ctx, admin, LetterInput(
        kind="incoming", subject=f"نامهٔ {i}", sender=PartyInput(name="شرکت فولاد البرز"),
        body="متن نامه " * 200), files=[scan])
    print(done.number, flush=True)
"""


def start_register_loop(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", REGISTER_LOOP, str(data_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=child_env())


def run_limited(code: str, limit_bytes: int, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a child whose files may not grow beyond ``limit_bytes`` (until it
    raises the limit itself: ``resource.setrlimit(RLIMIT_FSIZE, (hard, hard))``)."""
    prelude = (
        "import resource, signal\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "_soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit_bytes}, _hard))\n"
    )
    return subprocess.run([sys.executable, "-c", prelude + code, *args], capture_output=True,
                          text=True, env=child_env(), timeout=120, check=False)


@contextlib.contextmanager
def throwaway_postgres() -> Iterator[tuple[str, Path, int]]:
    """A PostgreSQL server of its own (the test stops and starts it), made as
    ``scripts/start_test_postgres.sh`` makes one: (URL, its folder, its port)."""
    script = ROOT / "scripts" / "start_test_postgres.sh"
    env = {**os.environ, "SECRETARIAT_TEST_PG_PORT": str(56000 + os.getpid() % 1000)}
    made = subprocess.run(["bash", str(script)], capture_output=True, text=True, env=env,
                          check=False)
    if made.returncode != 0:
        raise RuntimeError("no PostgreSQL server could be started: " + made.stderr)
    url = made.stdout.strip()
    port = int(url.rsplit(":", 1)[1].split("/", 1)[0])
    folder = next(Path(tempfile.gettempdir()).glob(f"secretariat-pg.*/.s.PGSQL.{port}")).parent
    try:
        yield url, folder, port
    finally:
        server(folder, port, "stop")
        shutil.rmtree(folder, ignore_errors=True)


def server(folder: Path, port: int, action: str) -> None:
    """Stop (at once, as a crash or a pulled cable would) or start the throwaway server."""
    binary = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1]
    command = [str(binary), "-D", str(folder / "data"), "-w"]
    if action == "stop":
        command += ["stop", "-m", "immediate"]
    else:
        command += ["-l", str(folder / "log"), "-o",
                    f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, capture_output=True, check=True, timeout=60)
