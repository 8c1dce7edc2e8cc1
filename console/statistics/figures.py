"""The figures of one period: plain frozen values, and their JSON-safe dict (round trip exact).

An issued report keeps ``Figures.to_dict()`` as its frozen copy, so ``from_dict`` must give back
exactly the same value: dates and instants as ISO text, numbers as numbers, rows as lists.
Definitions of every figure: docs/statistics.md.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, ClassVar, Self

from console.statistics.period import Period


class _Flat:
    """to_dict/from_dict for a dataclass whose fields are numbers, text or None."""

    _dates: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if f.name in self._dates else value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        values = {f.name: data[f.name] for f in fields(cls)}  # type: ignore[arg-type]
        for name in cls._dates:
            values[name] = date.fromisoformat(values[name])
        return cls(**values)


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Counts(_Flat):
    received: int = 0
    rejected: int = 0  # not handled (Điều 5/6 refusals)
    redirected: int = 0  # guided to another channel
    answered_directly: int = 0  # answered by the hotline itself
    forwarded: int = 0  # sent to a handling unit at least once
    returned: int = 0  # returned to the IOC by a unit (not its competence) at least once
    resolved: int = 0  # the handling unit has given its result (reports.resolved_at)
    answered: int = 0  # the answer was published (or sent privately)
    on_time: int = 0  # finished (answered or closed) and never late
    late: int = 0  # the report's "trễ hạn" flag (console.sla.missed_duty)
    open: int = 0  # not finished as of "now"
    overdue_open: int = 0  # open, and a binding stage's deadline has passed
    extensions: int = 0  # extension requests made
    reopened: int = 0  # reopened after a dissatisfied rating (or by the IOC)
    rated: int = 0  # reports with a citizen's rating
    handling_hours_mean: float | None = None  # working hours, first forwarding -> result
    handling_hours_median: float | None = None
    handling_hours_p90: float | None = None

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time, self.on_time + self.late)


@dataclass(frozen=True)
class Row:
    """One line of a breakdown: a unit, category, channel or area and its counts."""

    key: str
    name: str
    counts: Counts

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, **self.counts.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Row:
        return cls(data["key"], data["name"], Counts.from_dict(data))


@dataclass(frozen=True)
class StageRow(_Flat):
    """One stage's clocks that ran in the cohort: ended in time, missed, or open past due."""

    stage: str
    label: str
    on_time: int
    late: int
    open_overdue: int


@dataclass(frozen=True)
class RatingRow(_Flat):
    code: str  # a profile rating code, or "none"
    label: str
    count: int
    share: float | None  # of the answered reports


@dataclass(frozen=True)
class RankRow(_Flat):
    rank: int
    unit_code: str
    unit_name: str
    received: int  # reports the unit held in the cohort
    closed: int  # of those, finished (answered or closed)
    on_time_rate: float | None
    satisfaction_rate: float | None
    score: float


@dataclass(frozen=True)
class HoldingRow(_Flat):
    """Accountability across transfers: what one unit did with the reports it held."""

    unit_code: str
    unit_name: str
    reports: int  # reports the unit held at least once
    hours_held_mean: float | None  # working hours per report, all its holds added
    bounces: int  # holds that ended by returning the report to the IOC
    late_charged: int  # missed stage clocks that ran while the unit held the report


@dataclass(frozen=True)
class TrendPoint(_Flat):
    _dates: ClassVar[tuple[str, ...]] = ("day",)

    day: date
    received: int
    resolved: int


_ROWS: dict[str, type[Any]] = {
    "stages": StageRow,
    "by_unit": Row,
    "by_category": Row,
    "by_channel": Row,
    "by_area": Row,
    "ratings": RatingRow,
    "ranking": RankRow,
    "holdings": HoldingRow,
    "trend": TrendPoint,
}


@dataclass(frozen=True)
class Figures:
    profile_key: str
    period: Period
    unit_code: str | None  # the figures of one unit's reports, or None for the province
    generated_at: datetime
    totals: Counts
    stages: tuple[StageRow, ...] = ()
    by_unit: tuple[Row, ...] = ()
    by_category: tuple[Row, ...] = ()
    by_channel: tuple[Row, ...] = ()
    by_area: tuple[Row, ...] = ()
    ratings: tuple[RatingRow, ...] = ()
    ranking: tuple[RankRow, ...] = ()
    holdings: tuple[HoldingRow, ...] = ()
    trend: tuple[TrendPoint, ...] = ()
    ranking_rule: str = ""
    min_reports: int = 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "profile": self.profile_key,
            "period": self.period.to_dict(),
            "unit": self.unit_code,
            "generated_at": self.generated_at.isoformat(),
            "totals": self.totals.to_dict(),
        }
        for name in _ROWS:
            out[name] = [row.to_dict() for row in getattr(self, name)]
        out["ranking_rule"] = self.ranking_rule
        out["min_reports"] = self.min_reports
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figures:
        rows = {name: tuple(kind.from_dict(r) for r in data[name]) for name, kind in _ROWS.items()}
        return cls(
            profile_key=data["profile"],
            period=Period.from_dict(data["period"]),
            unit_code=data["unit"],
            generated_at=datetime.fromisoformat(data["generated_at"]),
            totals=Counts.from_dict(data["totals"]),
            ranking_rule=data["ranking_rule"],
            min_reports=data["min_reports"],
            **rows,
        )
