"""Issue 14 item 4: one helper for background work. A job without its own failure handler
shows the services' message where its window shows messages; a job may opt into progress,
which reaches the UI thread while the work runs."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QMainWindow

from console.views.operations import run_in_background
from console.workflow import WorkflowError


def test_a_failure_without_a_handler_shows_its_message_in_the_status_bar(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    label = QLabel(window)
    window.setCentralWidget(label)

    def fail() -> None:
        raise WorkflowError("Phản ánh đã được cập nhật bởi người khác")

    run_in_background(fail, lambda _r: None, parent=label)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=5000)
    assert window.statusBar().currentMessage() == "Phản ánh đã được cập nhật bởi người khác"


def test_progress_reaches_the_ui_thread_in_order_before_the_result(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    ui = threading.get_ident()
    steps: list[tuple[int, int, bool]] = []
    results: list[str] = []

    def work(report) -> str:
        for done in range(1, 6):
            report(done, 5)
        return "xong"

    run_in_background(
        work,
        results.append,
        parent=window,
        progress=lambda d, t: steps.append((d, t, threading.get_ident() == ui)),
    )
    qtbot.waitUntil(lambda: results == ["xong"], timeout=5000)
    assert steps == [(d, 5, True) for d in range(1, 6)]
