"""Organisation units (IOC, district teams, agencies, communes) and the people in them."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, Code, LocalDateTime, Name, str_enum
from console.models.enums import Role, UnitKind


class Unit(Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[Code] = mapped_column(unique=True)
    name: Mapped[Name]
    short_name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[UnitKind] = mapped_column(str_enum(UnitKind, 12))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    # Administrative area the unit covers (district / commune name): routing by place.
    area: Mapped[str | None] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    parent: Mapped[Unit | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")

    def __repr__(self) -> str:
        return f"Unit({self.code!r})"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[Name]
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    # Deactivated, never deleted: the history keeps the name.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[LocalDateTime | None]
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[LocalDateTime]

    unit: Mapped[Unit] = relationship()
    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.roles)

    def __repr__(self) -> str:
        return f"User({self.username!r})"


class UserRole(Base):
    """One role of a user; roles act within the user's unit (DESIGN §1)."""

    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    role: Mapped[Role] = mapped_column(str_enum(Role, 16), primary_key=True)

    user: Mapped[User] = relationship(back_populates="roles")


class RememberToken(Base):
    """A revocable "remember me" token; only its hash is stored here, the secret in the keyring."""

    __tablename__ = "remember_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[LocalDateTime]
    expires_at: Mapped[LocalDateTime]
    revoked_at: Mapped[LocalDateTime | None]
