"""Operations' public module: backups, moving the office's database, Excel in and out.

Whole actions, each checking its permission (an admin's, by default); long ones take
``progress(Progress)`` and ``should_stop()`` callbacks (the GUI runs them off the UI thread
and shows a progress dialog; closing the window asks them to stop). The UI and the CLI
import only this module.
"""

from __future__ import annotations

from pathlib import Path

from secretariat.correspondence.api import LetterQuery
from secretariat.kernel.config import LocalSettings
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali_datetime
from secretariat.kernel.permissions import require
from secretariat.kernel.progress import Cancelled, Progress, ProgressFn, StopFn
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.operations import _archive, _backups, _move, _restore
from secretariat.operations._backups import OVERDUE_DAYS
from secretariat.operations._dto import (
    BackupFailure,
    BackupInfo,
    BackupMade,
    BackupStatus,
    CopyResult,
    OperationRefused,
    RestoreResult,
    Verification,
)
from secretariat.operations._export import export_contacts, export_letters, export_referrals
from secretariat.operations._register_import import (
    FIELDS as IMPORT_FIELDS,
)
from secretariat.operations._register_import import (
    IMPORT_PERMISSION,
    ImportMapping,
    RegisterImport,
    import_register,
    preview,
    read_for_import,
    save_report,
)

MANAGE_BACKUPS = "manage_backups"
MOVE_DATABASE = "move_database"


# --- backups ------------------------------------------------------------------------------

def create_backup(ctx: AppContext, actor: CurrentUser, out: Path | None = None,
                  progress: ProgressFn | None = None, should_stop: StopFn | None = None
                  ) -> BackupInfo:
    """«Back up now»: an archive written, verified and listed (to ``out``, or into the
    backups folder and the second folder)."""
    require(actor, MANAGE_BACKUPS)
    return _backups.manual_backup(ctx, actor, out, progress, should_stop)


def automatic_backup(ctx: AppContext, kind: str, progress: ProgressFn | None = None,
                     should_stop: StopFn | None = None) -> BackupInfo | None:
    """The app's own backups (``kind``: ``daily`` or ``close``), made whoever is signed in;
    None when none was due."""
    if kind not in _backups.AUTOMATIC:
        raise ValidationError("kind", "invalid_value")
    return _backups.automatic_backup(ctx, SYSTEM_USER, kind, progress, should_stop)


def verify_backup(path: Path, progress: ProgressFn | None = None) -> Verification:
    """Judge an archive; the verdict is kept beside it for ``list_backups``."""
    verdict = _archive.verify(path, progress)
    if path.is_file():
        _backups.record_verdict(path, verdict.ok, verdict.code)
    return verdict


def backup_info(path: Path) -> BackupInfo:
    """What an archive says about itself (date, counts), before anything is verified."""
    if not path.is_file():
        raise OperationRefused("archive_unreadable", name=path.name, detail="not found")
    return _backups.info_of(path)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    return _backups.list_backups(data_dir)


def backup_status(data_dir: Path) -> BackupStatus:
    return _backups.status(data_dir)


def daily_backup_due(ctx: AppContext) -> bool:
    return _backups.daily_due(ctx)


def changed_since_last_backup(ctx: AppContext) -> bool:
    return _backups.changed_since(ctx, _backups.latest_good(ctx.data_dir))


def backup_folder(data_dir: Path) -> Path | None:
    return _backups.second_folder(data_dir)


def set_backup_folder(ctx: AppContext, actor: CurrentUser, folder: Path | None) -> None:
    """The second folder automatic backups are copied to (None: none). A workstation
    setting (settings.json), like the database URL."""
    require(actor, MANAGE_BACKUPS)
    if folder is not None and not folder.is_dir():
        raise ValidationError("backup_folder", "backup_folder_invalid", folder=str(folder))
    settings = LocalSettings.load(ctx.data_dir)
    settings.backup_folder = str(folder) if folder is not None else None
    settings.save(ctx.data_dir)


def restore_backup(source: Path, target: Path, replace: bool = False,
                   actor: CurrentUser = SYSTEM_USER, progress: ProgressFn | None = None
                   ) -> RestoreResult:
    """The archive into a data folder: an empty one, or (``replace``) one whose contents are
    backed up first. Nothing is written unless the whole archive is good. ``actor``: the
    signed-in user restoring from the app; the machine's operator (SYSTEM_USER) at first run
    and on the command line, where the target holds no office to sign in to yet."""
    require(actor, MANAGE_BACKUPS)
    return _restore.restore_to_folder(source, target, replace, actor, progress)


def restore_backup_to_server(source: Path, url: str, data_dir: Path, replace: bool = False,
                             actor: CurrentUser = SYSTEM_USER,
                             progress: ProgressFn | None = None) -> RestoreResult:
    """The archive's database into a PostgreSQL (or SQLite) database at ``url``, its files
    into ``data_dir``."""
    require(actor, MANAGE_BACKUPS)
    return _restore.restore_to_server(source, url, data_dir, replace, actor, progress)


# A database that cannot be opened or written: its message names the latest good backup too.
RECOVERY_CODES = frozenset({
    "database_corrupt", "database_newer", "database_read_only",
    "data_dir_unwritable", "migration_failed", "database_unreachable",
})


def recovery_hint(data_dir: Path) -> str:
    """A sentence naming the latest good backup (added to the messages of a database that
    cannot be opened), or saying there is none."""
    try:
        good = _backups.latest_good(data_dir)
    except OSError:
        good = None
    if good is None:
        return "هیچ پشتیبان وارسی‌شده‌ای در پوشهٔ پشتیبان‌ها پیدا نشد."
    when = format_jalali_datetime(good.created)
    return (f"آخرین پشتیبان سالم: «{good.path}» ({when}، "
            f"{to_persian_digits(str(good.letters))} نامه)؛ برای بازیابی: "
            f"secretariat backup restore \"{good.path}\" --to <پوشهٔ خالی>")


# --- the office's database ------------------------------------------------------------------

def test_connection(url: str) -> dict[str, object]:
    """Reach the database at ``url``: ``{"engine", "version", "empty", "rows"}``."""
    return _move.probe(url)


def copy_database(ctx: AppContext, actor: CurrentUser, url: str,
                  progress: ProgressFn | None = None, should_stop: StopFn | None = None
                  ) -> CopyResult:
    """Every row of the office's database into the empty database at ``url``, then every
    table's count compared and ``check`` run there."""
    require(actor, MOVE_DATABASE)
    return _move.copy_database(ctx.engine, url, ctx.data_dir, actor,
                               {"from": ctx.database_label}, progress, should_stop)


def shown_url(url: str) -> str:
    return _move.shown(url)


__all__ = [
    "IMPORT_FIELDS",
    "IMPORT_PERMISSION",
    "MANAGE_BACKUPS",
    "MOVE_DATABASE",
    "OVERDUE_DAYS",
    "RECOVERY_CODES",
    "BackupFailure",
    "BackupInfo",
    "BackupMade",
    "BackupStatus",
    "Cancelled",
    "CopyResult",
    "ImportMapping",
    "LetterQuery",
    "OperationRefused",
    "Progress",
    "ProgressFn",
    "RegisterImport",
    "RestoreResult",
    "StopFn",
    "Verification",
    "automatic_backup",
    "backup_folder",
    "backup_info",
    "backup_status",
    "changed_since_last_backup",
    "copy_database",
    "create_backup",
    "daily_backup_due",
    "export_contacts",
    "export_letters",
    "export_referrals",
    "import_register",
    "list_backups",
    "preview",
    "read_for_import",
    "recovery_hint",
    "restore_backup",
    "restore_backup_to_server",
    "save_report",
    "set_backup_folder",
    "shown_url",
    "test_connection",
    "verify_backup",
]
