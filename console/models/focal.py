"""A unit's focal points (Thái Nguyên Điều 14.1): "01 lãnh đạo và 01 công chức, viên chức làm
đầu mối tiếp nhận và xử lý ý kiến phản ánh hiện trường"."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from console.models.base import Base, LocalDateTime


class FocalPoint(Base):
    """One row per unit: its named leader and officer (either may be unset)."""

    __tablename__ = "unit_focal_points"

    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    set_at: Mapped[LocalDateTime]
