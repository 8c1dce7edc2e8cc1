"""Use cases: the only code that writes to the database, one transaction per action."""

# Every commit that changes a report keeps the statistics' roll-up exact: the hook is installed
# with the services, which every program that writes to the database imports.
from console.services import stats_rollup as _stats_rollup  # noqa: F401
