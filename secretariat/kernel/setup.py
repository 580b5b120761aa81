"""First run: organisation settings and the first administrator, in one transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from secretariat.kernel import org_settings
from secretariat.kernel.accounts import create_user, current_user_of
from secretariat.kernel.config import DATABASE_FILE, resolve_database_url
from secretariat.kernel.context import SYSTEM_USER, AppContext, CurrentUser
from secretariat.kernel.errors import Conflict
from secretariat.kernel.models import User
from secretariat.kernel.permissions import Clearance, Role


def database_exists(data_dir: Path) -> bool:
    """Whether ``data_dir`` has a database to open (a server database is taken to exist)."""
    url = resolve_database_url(data_dir)
    if not url.startswith("sqlite"):
        return True
    return (data_dir / DATABASE_FILE).is_file()


def is_initialized(ctx: AppContext) -> bool:
    with ctx.read() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def initialize(
    ctx: AppContext,
    admin_username: str,
    admin_password: str,
    admin_full_name: str = "",
    org_name: str = org_settings.DEFAULT_ORG_NAME,
    secretariat_code: str = "1",
    logo: Path | None = None,
) -> CurrentUser:
    """Create the first admin and store the organisation's settings.

    Refused once any user exists: from then on admins add users through the users page.
    """
    logo_file = org_settings.import_logo(ctx, logo) if logo else ""
    with ctx.write() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise Conflict("already_initialized")
        admin = create_user(
            session,
            SYSTEM_USER,
            admin_username,
            admin_password,
            Role.ADMIN,
            Clearance.SECRET,
            admin_full_name,
        )
        actor = current_user_of(admin)
        changes = {
            "org_name": org_name.strip() or org_settings.DEFAULT_ORG_NAME,
            "secretariat_code": secretariat_code.strip() or "1",
        }
        if logo_file:
            changes["logo_file"] = logo_file
        org_settings.store_settings(session, actor, changes)
        return actor
