"""The main window: menu, a table of the reports, a status bar with database and profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
)

from console.db import Database
from console.profiles import Profile
from console.services.queries import Overview, load_overview
from console.timeutil import now_local
from console.views.operations import run_in_background
from console.views.report_table_model import ReportTableModel


class MainWindow(QMainWindow):
    def __init__(self, db: Database, profile: Profile) -> None:
        super().__init__()
        self.db = db
        self.profile = profile
        self.setWindowTitle(
            self.tr("Bàn điều hành phản ánh hiện trường — {0}").format(profile.province)
        )
        self.resize(1280, 720)

        self.model = ReportTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName("reportTable")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()  # sizing a section per row stalls big tables
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((130, 120, 420, 170, 200, 150, 120)):
            self.table.setColumnWidth(col, width)
        self.setCentralWidget(self.table)

        self._build_menu()
        self.db_label = QLabel(self.tr("CSDL: {0}").format(db.display_url))
        self.profile_label = QLabel(self.tr("Hồ sơ: {0} ({1})").format(profile.name, profile.key))
        self.count_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.profile_label)
        bar.addPermanentWidget(self.db_label)
        self.refresh()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Xem"))
        self.refresh_action = QAction(self.tr("&Làm mới"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)

        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        about = QAction(self.tr("&Giới thiệu"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        self.count_label.setText(self.tr("Đang tải…"))
        run_in_background(lambda: load_overview(self.db), self._loaded, self._failed, parent=self)

    def _loaded(self, overview: Overview) -> None:
        self.model.set_rows(overview.rows)
        self.count_label.setText(
            self.tr("{0} phản ánh (hiển thị {1} mới nhất) — cập nhật {2}").format(
                overview.total, len(overview.rows), now_local().strftime("%H:%M:%S")
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("Không tải được danh sách"))
        QMessageBox.warning(
            self, self.tr("Lỗi"), self.tr("Không tải được danh sách phản ánh: {0}").format(exc)
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu"),
            self.tr("Bàn điều hành phản ánh hiện trường\nHồ sơ quy định: {0}\n{1}").format(
                self.profile.province, self.profile.regulation
            ),
        )
