"""Names vulture cannot see being used (read by Qt, SQLAlchemy or Alembic by name)."""
