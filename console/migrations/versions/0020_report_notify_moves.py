"""Live queues on PostgreSQL: the NOTIFY of a changed report says where it moved from and to.

0006's triggers sent the changed ids only, so every console re-counted every queue on every
change (issue 15 item 4: fifty consoles × ten changes a second). Now each id comes with the
row's queue facts before and after the statement (status, unit, assignee, a linked duplicate or
not, and whether its deadline moved), and a console re-counts only the queues that can have
gained or lost it (console/services/queue_moves.py). Payload, parsed by
console/services/live.py: ``m`` then comma-separated entries
``id:STATUS.UNIT.ASSIGNEE.DUP>STATUS.UNIT.ASSIGNEE.DUP`` (an empty side for an insert or a
delete, an empty field for NULL, DUP 1 for a linked duplicate), ``!`` at the end when due_at or
warn_at changed; 80 entries a message (PostgreSQL's limit is 8,000 bytes). A statement of
more than 5,000 rows or a TRUNCATE still sends "*". A console of before this revision reads an
``m`` payload as "anything may have changed" (a full recount), as it did for "*".

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACTS = (
    "concat({t}.status, '.', {t}.current_unit_id, '.', {t}.assignee_id, '.', "
    "({t}.duplicate_of_id IS NOT NULL)::int)"
)

MOVES = {
    "INSERT": f"SELECT n.id, '' AS o, {FACTS.format(t='n')} AS n, false AS d FROM new_rows AS n",
    "DELETE": f"SELECT o.id, {FACTS.format(t='o')} AS o, '' AS n, false AS d FROM old_rows AS o",
    "UPDATE": (
        f"SELECT n.id, {FACTS.format(t='o')} AS o, {FACTS.format(t='n')} AS n, "
        "(o.due_at IS DISTINCT FROM n.due_at OR o.warn_at IS DISTINCT FROM n.warn_at) AS d "
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
            SELECT 'm' || string_agg(
                id || ':' || o || '>' || n || CASE WHEN d THEN '!' ELSE '' END, ',')
            FROM (SELECT m.*, (row_number() OVER () - 1) / 80 AS k
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

# 0006's function, put back by downgrade (its triggers read one transition table each).
OLD_FUNCTION = """
CREATE OR REPLACE FUNCTION console_reports_notify() RETURNS trigger LANGUAGE plpgsql AS $$
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

# An UPDATE trigger may see both transition tables (one event per trigger with them).
TRIGGERS = {
    "insert": "AFTER INSERT ON reports REFERENCING NEW TABLE AS new_rows",
    "update": "AFTER UPDATE ON reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "AFTER DELETE ON reports REFERENCING OLD TABLE AS old_rows",
}
OLD_TRIGGERS = {
    "insert": "AFTER INSERT ON reports REFERENCING NEW TABLE AS changed",
    "update": "AFTER UPDATE ON reports REFERENCING NEW TABLE AS changed",
    "delete": "AFTER DELETE ON reports REFERENCING OLD TABLE AS changed",
}


def _triggers(function: str, triggers: dict[str, str]) -> None:
    for event in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS reports_notify_{event} ON reports")
    op.execute(function)
    for event, when in triggers.items():
        op.execute(
            f"CREATE TRIGGER reports_notify_{event} {when} "
            "FOR EACH STATEMENT EXECUTE FUNCTION console_reports_notify()"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _triggers(FUNCTION, TRIGGERS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _triggers(OLD_FUNCTION, OLD_TRIGGERS)
