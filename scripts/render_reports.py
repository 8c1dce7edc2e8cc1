"""Sample periodic reports of every profile to docs/reports/ (PDF + 60-dpi PNGs) for a look.

    .venv/bin/python scripts/render_reports.py      # pdftoppm: apt-get install poppler-utils

Each province gets a 1,500-report demo database in a temporary folder, made "now", and its
regulation's report through `main.py stats --format pdf` (an issued, numbered report), plus
Tiền Giang's explanation of an agency's late reports (Điều 17.4).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from console.cli import main

OUT = Path(__file__).resolve().parent.parent / "docs" / "reports"
# (profile, period, file name, extra stats arguments)
SAMPLES = (
    ("thai-nguyen", "2026-Q4", "thai-nguyen-quy-iv-2026", ()),  # Điều 13.5: monthly, quarterly
    ("dak-lak", "2026-W47", "dak-lak-tuan-47-2026", ()),  # weekly to UBND tỉnh, Sở, districts
    ("lai-chau", "2026-11", "lai-chau-thang-11-2026", ()),  # Điều 7.4: on time per category
    ("tien-giang", "2026-11", "tien-giang-thang-11-2026", ()),  # Điều 12.1, 18
    (
        "tien-giang",
        "2026-11",
        "tien-giang-giai-trinh-so-yt-thang-11-2026",
        ("explain", "--unit", "so_yt"),
    ),  # Điều 17.4
)


def render(db: str, profile: str, period: str, name: str, extra: tuple[str, ...]) -> None:
    pdf = OUT / f"{name}.pdf"
    args = ["stats", *extra, "--db", db, "--profile", profile, "--period", period, "-o", str(pdf)]
    if not extra:
        args += ["--format", "pdf"]
    if main(args) != 0:
        sys.exit(f"stats failed: {' '.join(args)}")
    for old in OUT.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(OUT / name)], check=True)
    print(f"wrote {pdf} and its pages")


def run() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        made: set[str] = set()
        for profile, period, name, extra in SAMPLES:
            db = f"sqlite:///{Path(tmp) / f'{profile}.sqlite3'}"
            if profile not in made:
                main(
                    [
                        "demo",
                        "--db",
                        db,
                        "--profile",
                        profile,
                        "--reports",
                        "1500",
                        "--password",
                        "mat-khau-demo",
                    ]
                )
                made.add(profile)
            render(db, profile, period, name, extra)


if __name__ == "__main__":
    run()
