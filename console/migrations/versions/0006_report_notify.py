"""Live queues on PostgreSQL: every committed change of ``reports`` notifies ``console_reports``.

Statement-level AFTER triggers with transition tables: one NOTIFY per statement (a chunk of up
to 500 comma-separated report ids each), and "*" ("anything may have changed") for a statement
of more than 5,000 rows or a TRUNCATE, so a bulk COPY of a million reports sends a handful of
messages, not a million. PostgreSQL delivers them at commit, merges identical ones within a
transaction and drops them on rollback. The trigger catches every writer: the services, the CLI,
the bulk demo, hand-run SQL. Nothing on SQLite: its consoles poll ``PRAGMA data_version``.

The channel name and the payload format are read by console/services/live.py; they are written
out here rather than imported so this revision stays what it was.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = """
CREATE FUNCTION console_reports_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    chunk text;
BEGIN
    IF TG_OP = 'TRUNCATE'
       OR (SELECT count(*) FROM (SELECT 1 FROM changed LIMIT 5001) AS t) > 5000 THEN
        PERFORM pg_notify('console_reports', '*');
        RETURN NULL;
    END IF;
    FOR chunk IN
        SELECT string_agg(id::text, ',')
        FROM (SELECT id, (row_number() OVER () - 1) / 500 AS n FROM changed) AS t
        GROUP BY n
    LOOP
        PERFORM pg_notify('console_reports', chunk);
    END LOOP;
    RETURN NULL;
END
$$
"""

# A trigger with a transition table may have only one event: one trigger per event.
TRIGGERS = (
    "CREATE TRIGGER reports_notify_insert AFTER INSERT ON reports "
    "REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION console_reports_notify()",
    "CREATE TRIGGER reports_notify_update AFTER UPDATE ON reports "
    "REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION console_reports_notify()",
    "CREATE TRIGGER reports_notify_delete AFTER DELETE ON reports "
    "REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION console_reports_notify()",
    "CREATE TRIGGER reports_notify_truncate AFTER TRUNCATE ON reports "
    "FOR EACH STATEMENT EXECUTE FUNCTION console_reports_notify()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for event in ("truncate", "delete", "update", "insert"):
        op.execute(f"DROP TRIGGER IF EXISTS reports_notify_{event} ON reports")
    op.execute("DROP FUNCTION IF EXISTS console_reports_notify()")
