"""Render the work queue on demo data to docs/screenshots/queue-view.png (1366x768, offscreen).

QT_QPA_PLATFORM=offscreen python scripts/shot_queue.py [path]
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
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, Sort
from console.views.queue_model import COL_RECEIVED
from console.views.queue_view import QueueView

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "queue-view.png"
NOW = datetime(2026, 11, 24, 10, 0)


def _settle(predicate, timeout_ms: int = 15000) -> None:
    loop = QEventLoop()
    waited = 0
    while not predicate() and waited < timeout_ms:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
    QCoreApplication.processEvents()


def save_screenshot(path: Path = OUT) -> Path:
    """A QueueView of the operator's "all" queue on 400 demo reports, newest first, as PNG."""
    app = QApplication.instance() or QApplication(sys.argv)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'shot.sqlite3'}")
        profile = load_profile("thai-nguyen")
        generate_demo(db, profile, reports=400, now=NOW, password="mat-khau-demo")
        actor = authenticate(db, "dieuhanh1", "mat-khau-demo", now=NOW)
        view = QueueView(ConsoleApi(db, profile, actor, lambda: NOW))
        view.setWindowTitle(view.tr("Hàng đợi phản ánh"))
        view.resize(1366, 768)
        view.show()
        view.set_queue(Queue.ALL)
        _settle(lambda: view.model.rowCount() > 0 and view.category.count() > 1)
        # newest first (one click on "Tiếp nhận"): every kind of deadline badge on one screen
        view.table.horizontalHeader().sectionClicked.emit(COL_RECEIVED)
        _settle(lambda: view.model.sort_order is Sort.NEWEST)
        view.table.selectRow(2)
        _settle(lambda: False, 100)
        view.grab().save(str(path))
        view.close()
        view.deleteLater()
        QCoreApplication.processEvents()
        db.close()
    del app
    return path


if __name__ == "__main__":
    print(f"wrote {save_screenshot(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)}")
