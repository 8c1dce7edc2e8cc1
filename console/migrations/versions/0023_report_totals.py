"""PostgreSQL keeps the number of reports each unit holds: "Tất cả" read, not counted.

The navigation's "Tất cả" counter counted every report the person sees: 124 ms for the IOC at
1,000,000 reports (41 ms for a department), re-counted by every IOC console on every new report,
about half the central server's work with fifty consoles (issue 15 item 4). The table
``report_totals`` holds, per unit holding reports (``unit_key``: ``current_unit_id``, 0 for
none), how many it holds; the counter sums the rows of the units the person sees (a handful).

Kept by triggers in the statement that changes ``reports``, so it is exact at every snapshot:
an INSERT or DELETE adds or takes its rows per unit once a statement (a bulk COPY of 20,000
rows: one upsert a unit, from the transition table), an UPDATE that moves a report to another
unit takes it from one and adds it to the other (a row trigger with a WHEN: the other updates,
such as a million recomputed deadlines, fire nothing), a TRUNCATE empties it. Rows are changed
in ascending ``unit_key`` so two moves between the same units lock them in the same order (no
deadlock). SQLite, one workstation's file, goes on counting (tens of milliseconds).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ADD = """
    INSERT INTO report_totals AS t (unit_key, n)
    SELECT k, sum(d) FROM ({rows}) AS c GROUP BY k HAVING sum(d) <> 0 ORDER BY k
    ON CONFLICT (unit_key) DO UPDATE SET n = t.n + excluded.n"""
_KEY = "coalesce({t}.current_unit_id, 0)"
_EACH = "SELECT coalesce(r.current_unit_id, 0) AS k, {d} AS d FROM {rows} AS r"

STATEMENTS = f"""
CREATE OR REPLACE FUNCTION console_report_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM report_totals;
    ELSIF TG_OP = 'INSERT' THEN{_ADD.format(rows=_EACH.format(d=1, rows="new_rows"))};
    ELSE{_ADD.format(rows=_EACH.format(d=-1, rows="old_rows"))};
    END IF;
    RETURN NULL;
END
$$
"""

_BOTH = (
    f"SELECT * FROM (VALUES ({_KEY.format(t='OLD')}, -1), ({_KEY.format(t='NEW')}, 1)) AS v (k, d)"
)
MOVED = f"""
CREATE OR REPLACE FUNCTION console_report_totals_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN{_ADD.format(rows=_BOTH)};
    RETURN NULL;
END
$$
"""

TRIGGERS = (
    "CREATE TRIGGER reports_totals_insert AFTER INSERT ON reports "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION console_report_totals()",
    "CREATE TRIGGER reports_totals_delete AFTER DELETE ON reports "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION console_report_totals()",
    "CREATE TRIGGER reports_totals_truncate AFTER TRUNCATE ON reports "
    "FOR EACH STATEMENT EXECUTE FUNCTION console_report_totals()",
    "CREATE TRIGGER reports_totals_moved AFTER UPDATE OF current_unit_id ON reports "
    "FOR EACH ROW WHEN (OLD.current_unit_id IS DISTINCT FROM NEW.current_unit_id) "
    "EXECUTE FUNCTION console_report_totals_moved()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE TABLE report_totals (unit_key integer PRIMARY KEY, n bigint NOT NULL)")
    op.execute("LOCK TABLE reports IN SHARE MODE")  # no report moves while it is filled
    op.execute(
        "INSERT INTO report_totals (unit_key, n) "
        "SELECT coalesce(current_unit_id, 0), count(*) FROM reports GROUP BY 1"
    )
    op.execute(STATEMENTS)
    op.execute(MOVED)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in ("insert", "delete", "truncate", "moved"):
        op.execute(f"DROP TRIGGER IF EXISTS reports_totals_{name} ON reports")
    op.execute("DROP FUNCTION IF EXISTS console_report_totals_moved()")
    op.execute("DROP FUNCTION IF EXISTS console_report_totals()")
    op.execute("DROP TABLE IF EXISTS report_totals")
