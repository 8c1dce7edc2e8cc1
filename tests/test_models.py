"""The schema round-trips on a SQLite file and on PostgreSQL, Vietnamese text intact."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from sqlalchemy import select

from console.db import Database
from console.models import (
    Attachment,
    CalendarOverride,
    Category,
    Channel,
    HistoryEntry,
    OverrideKind,
    Report,
    ReportDeadline,
    ReportStatus,
    Role,
    Unit,
    UnitKind,
    User,
    UserRole,
)

TITLE = "Ổ gà sâu trên đường Lương Ngọc Quyến gây nguy hiểm cho người đi xe máy"
AT = datetime(2026, 3, 5, 8, 15)


def _seed(db: Database) -> int:
    with db.session() as s:
        ioc = Unit(
            code="ioc",
            name="Trung tâm Điều hành thông minh tỉnh Thái Nguyên",
            short_name="IOC Thái Nguyên",
            kind=UnitKind.IOC,
        )
        so = Unit(
            code="so-gtvt",
            name="Sở Giao thông vận tải",
            short_name="Sở GTVT",
            kind=UnitKind.AGENCY,
            parent=ioc,
        )
        s.add_all([ioc, so])
        s.flush()
        user = User(
            username="dieuhanh1",
            full_name="Nguyễn Thị Mai Anh",
            unit_id=ioc.id,
            password_hash="x",
            created_at=AT,
            roles=[UserRole(role=Role.OPERATOR), UserRole(role=Role.SUPERVISOR)],
        )
        cat = Category(
            code="giao-thong", name="Giao thông", topic="giao_thong", default_unit_id=so.id
        )
        ch = Channel(code="app", name="Ứng dụng C-ThaiNguyen")
        s.add_all([user, cat, ch])
        s.flush()
        report = Report(
            code="TN-2026-000001",
            channel_id=ch.id,
            category_id=cat.id,
            received_at=AT,
            title=TITLE,
            description="Đề nghị sửa chữa gấp.",
            place="Phường Phan Đình Phùng",
            reporter_name="Đặng Thị Hường",
            reporter_phone="0912345678",
            status=ReportStatus.RECEIVED,
            current_unit_id=ioc.id,
            stage="check",
            due_at=datetime(2026, 3, 5, 13, 30),
            updated_at=AT,
        )
        s.add(report)
        s.flush()
        s.add(
            HistoryEntry(
                report_id=report.id,
                at=AT,
                actor_id=user.id,
                action="submit",
                from_status=None,
                to_status=ReportStatus.RECEIVED,
                note="Tiếp nhận qua ứng dụng",
                data={"kênh": "ứng dụng"},
                version=1,
            )
        )
        s.add(
            ReportDeadline(
                report_id=report.id,
                stage="check",
                started_at=AT,
                due_at=datetime(2026, 3, 5, 13, 30),
            )
        )
        blob = "ảnh hiện trường".encode()
        s.add(
            Attachment(
                report_id=report.id,
                filename="ổ-gà.jpg",
                mime_type="image/jpeg",
                size=len(blob),
                sha256=hashlib.sha256(blob).hexdigest(),
                content=blob,
                uploaded_at=AT,
            )
        )
        s.add(
            CalendarOverride(
                day=date(2026, 9, 3),
                kind=OverrideKind.DAY_OFF,
                note="Nghỉ bù Quốc khánh (tỉnh)",
                created_at=AT,
            )
        )
        return report.id


def test_round_trip(any_db: Database) -> None:
    rid = _seed(any_db)
    with any_db.session() as s:
        report = s.get(Report, rid)
        assert report is not None
        assert report.title == TITLE
        assert report.status is ReportStatus.RECEIVED
        assert report.received_at == AT
        assert report.version == 1
        assert report.current_unit is not None and report.current_unit.kind is UnitKind.IOC
        assert [d.stage for d in report.deadlines] == ["check"]
        history = s.scalars(select(HistoryEntry).where(HistoryEntry.report_id == rid)).one()
        assert history.data == {"kênh": "ứng dụng"}
        assert history.actor is not None
        assert history.actor.role_set == {Role.OPERATOR, Role.SUPERVISOR}
        att = s.scalars(select(Attachment)).one()
        assert att.content is not None and att.content.decode() == "ảnh hiện trường"
        assert att.filename == "ổ-gà.jpg"
        override = s.scalars(select(CalendarOverride)).one()
        assert override.kind is OverrideKind.DAY_OFF and override.day == date(2026, 9, 3)
        so = s.scalars(select(Unit).where(Unit.code == "so-gtvt")).one()
        assert so.parent is not None and so.parent.code == "ioc"


def test_stored_enum_is_the_value(any_db: Database) -> None:
    _seed(any_db)
    with any_db.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT status FROM reports").scalar_one()
    assert raw == "received"


def test_sqlite_runs_wal_with_foreign_keys(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
