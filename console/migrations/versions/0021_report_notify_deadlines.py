"""Live queues: a report's move carries its deadline and warning time too; an index for the
"Thông báo tiến độ" counter.

0020's moves said only whether the deadline moved, so every console in the report's reach
re-counted "due soon" and "overdue" on nearly every action (each one starts or ends a stage
clock): at 1,000,000 reports the largest share of the fifty consoles' counting (issue 15 item
4). Now each side of a move ends with ``.DUE.WARN``, due_at and warn_at as microseconds since
1970-01-01 of the stored local time (empty for NULL), and a console tells whether the report
was or is due soon or overdue at its own clock (console/services/queue_moves.py). 40 entries a
message (PostgreSQL's limit is 8,000 bytes). A console of revision 0020 reads the longer facts
as malformed: "anything may have changed", a full recount.

The progress queue counts the reports with a note for the citizen (``EXISTS`` on
progress_notes): PostgreSQL took the notes flagged as about one row and scanned all of them
(883,000 notes, 130 ms a count at 1,000,000 reports, recounted by every IOC console on most
actions); a partial index of the flagged notes makes that walk as small as they are.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACTS = (
    "concat({t}.status, '.', {t}.current_unit_id, '.', {t}.assignee_id, '.', "
    "({t}.duplicate_of_id IS NOT NULL)::int, '.', "
    "(extract(epoch FROM {t}.due_at) * 1000000)::bigint, '.', "
    "(extract(epoch FROM {t}.warn_at) * 1000000)::bigint)"
)

MOVES = {
    "INSERT": f"SELECT n.id, '' AS o, {FACTS.format(t='n')} AS n FROM new_rows AS n",
    "DELETE": f"SELECT o.id, {FACTS.format(t='o')} AS o, '' AS n FROM old_rows AS o",
    "UPDATE": (
        f"SELECT n.id, {FACTS.format(t='o')} AS o, {FACTS.format(t='n')} AS n "
        "FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id"
    ),
}


def _branch(op_name: str) -> str:
    rows = "old_rows" if op_name == "DELETE" else "new_rows"
    return f"""
        IF (SELECT count(*) FROM (SELECT 1 FROM {rows} LIMIT 5001) AS t) > 5000 THEN
            PERFORM pg_notify('console_reports', '*');
            RETURN NULL;
        END IF;
        FOR chunk IN
            SELECT 'm' || string_agg(id || ':' || o || '>' || n, ',')
            FROM (SELECT m.*, (row_number() OVER () - 1) / 40 AS k
                  FROM ({MOVES[op_name]}) AS m) AS t
            GROUP BY k
        LOOP
            PERFORM pg_notify('console_reports', chunk);
        END LOOP;"""


FUNCTION = f"""
CREATE OR REPLACE FUNCTION console_reports_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    chunk text;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM pg_notify('console_reports', '*');
    ELSIF TG_OP = 'INSERT' THEN{_branch("INSERT")}
    ELSIF TG_OP = 'DELETE' THEN{_branch("DELETE")}
    ELSE{_branch("UPDATE")}
    END IF;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    op.create_index(
        "ix_progress_notes_citizen",
        "progress_notes",
        ["report_id"],
        postgresql_where=sa.text("notify_citizen"),
        sqlite_where=sa.text("notify_citizen"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(FUNCTION)  # the triggers of 0020 call it by name


def downgrade() -> None:
    op.drop_index("ix_progress_notes_citizen", table_name="progress_notes")
    if op.get_bind().dialect.name == "postgresql":
        import importlib.util
        from pathlib import Path

        path = Path(__file__).with_name("0020_report_notify_moves.py")
        spec = importlib.util.spec_from_file_location("revision_0020", path)
        assert spec is not None and spec.loader is not None
        previous = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(previous)
        op.execute(previous.FUNCTION)
