"""Statistics of the field reports (issue 13, DESIGN §9): periods, figures, their computation.

No Qt and no services here: ``compute_figures`` takes a session, the profile, the period, the
instant "now" and the working calendar; console.services.statistics opens the transaction.
"""

from console.statistics.compute import MIN_REPORTS, compute_figures
from console.statistics.figures import (
    Counts,
    Figures,
    HoldingRow,
    RankRow,
    RatingRow,
    Row,
    StageRow,
    TrendPoint,
)
from console.statistics.period import Period, current, parse_period, previous

__all__ = [
    "MIN_REPORTS",
    "Counts",
    "Figures",
    "HoldingRow",
    "Period",
    "RankRow",
    "RatingRow",
    "Row",
    "StageRow",
    "TrendPoint",
    "compute_figures",
    "current",
    "parse_period",
    "previous",
]
