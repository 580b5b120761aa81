"""Operations: backups that restore, moving an office between SQLite and PostgreSQL, and the
register's Excel exports and legacy import. The public module is ``api``."""
