"""Fast bulk inserts for generated data: executemany on SQLite, COPY on PostgreSQL.

The ORM (and even Core with dictionaries) costs more than the database itself at a million rows;
rows here are plain tuples in the column order given by the caller, converted per column.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Table


def _dt(v: Any) -> Any:
    # SQLAlchemy's own SQLite text format (always with microseconds): anything else would sort
    # differently against bound parameters ("…:00" < "…:00.000000").
    return None if v is None else v.isoformat(" ", "microseconds")


def _date(v: Any) -> Any:
    return None if v is None else v.isoformat()


def _bool(v: Any) -> Any:
    return None if v is None else int(v)


def _json(v: Any) -> Any:
    return None if v is None else json.dumps(v, ensure_ascii=False)


def _sqlite_converters(table: Table, columns: Sequence[str]) -> list[Callable[[Any], Any] | None]:
    out: list[Callable[[Any], Any] | None] = []
    for name in columns:
        kind = table.c[name].type
        if isinstance(kind, DateTime):
            out.append(_dt)
        elif isinstance(kind, Date):
            out.append(_date)
        elif isinstance(kind, Boolean):
            out.append(_bool)
        elif isinstance(kind, JSON):
            out.append(_json)
        else:
            out.append(None)
    return out


def _sqlite_rows(table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list:
    convert = [(i, f) for i, f in enumerate(_sqlite_converters(table, columns)) if f]
    out = []
    for row in rows:
        values = list(row)
        for i, f in convert:
            values[i] = f(values[i])
        out.append(values)
    return out


def bulk_insert(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    if not rows:
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" * len(columns))
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"
        cur = raw.cursor()
        cur.executemany(sql, _sqlite_rows(table, columns, rows))
        cur.close()
        return
    if conn.dialect.name == "postgresql":
        from psycopg.types.json import Json

        with raw.cursor() as cur:
            sql = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
            with cur.copy(sql) as copy:
                for row in rows:
                    copy.write_row([Json(v) if isinstance(v, dict) else v for v in row])
        return
    conn.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])


def reset_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """After inserting explicit ids on PostgreSQL, move each serial sequence past them."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
        )
