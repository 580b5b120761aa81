"""Alembic environment. The application passes its own connection in
``config.attributes["connection"]``; the alembic command line gets one from the URL.

Every feature's models module comes from the registry, so autogenerate and the
migration-chain test see every table."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from secretariat import features
from secretariat.kernel.db.base import Base, is_managed_name

features.REGISTRY.import_models()
config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        include_name=is_managed_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set sqlalchemy.url (e.g. -x or alembic.ini) to run migrations by hand")
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
