"""Render the app's windows to PNG for the README (offscreen; no screen needed).

QT_QPA_PLATFORM=offscreen python scripts/screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from console.db import Database
from console.demo import generate_demo
from console.profiles import load_profile
from console.views.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(window: MainWindow, predicate, timeout_ms: int = 10000) -> None:
    loop = QEventLoop()
    waited = 0
    while not predicate() and waited < timeout_ms:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
    QCoreApplication.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'shot.sqlite3'}")
        profile = load_profile("thai-nguyen")
        generate_demo(
            db, profile, reports=400, now=datetime(2026, 11, 24, 10, 0), password="mat-khau-demo"
        )
        window = MainWindow(db, profile)
        window.resize(1366, 768)
        window.show()
        settle(window, lambda: window.model.rowCount() > 0)
        path = OUT / "main-window.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
        window.close()
        db.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
