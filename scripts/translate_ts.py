"""Fill resources/i18n/console_en.ts with the English of every Vietnamese source string.

The table below is the English catalogue's single source: after changing any view's text,

    .venv/bin/python scripts/translate_ts.py            # extract, fill; lists what the table lacks
    .venv/bin/python scripts/translate_ts.py --check    # exit 1 if anything is untranslated

Extraction is ``pyside6-lupdate -no-obsolete console/views/**/*.py -ts …`` (run again after filling,
so the file keeps lupdate's own layout and a later extraction changes nothing). Then the core's
error messages are appended as context "Messages", in lupdate's layout: the templates of every
``console.errors.MessageError`` raised outside ``console/views``, found with ``ast`` by
scripts/core_messages.py (its docstring says exactly which calls count). lupdate reads no core
file, so each of its runs drops that context and this script appends it again. The views show
them with ``console.views.messages.error_text``; a template's ``{name}`` fields stay as they are
in the English (their values are formatted after translation).

Keys are source texts; a (context, source) key overrides for one context. Keep "{0}" fields,
"&" mnemonics and HTML tags. The app compiles the .ts to .qm at start (console/views/i18n.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
import core_messages  # the sibling module (scripts/ is on the path when run as a script)

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "console_en.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
MESSAGES = "Messages"


def extract(ts: Path) -> None:
    views = sorted(str(p) for p in (ROOT / "console" / "views").rglob("*.py"))  # + admin/
    subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", *views, "-ts", str(ts)], check=True)


def english(context: str, source: str) -> str | None:
    return CONTEXT_EN.get((context, source), EN.get(source))


def fill(path: Path) -> list[tuple[str, str]]:
    """Translate every message of ``path`` in place; the (context, source) pairs not known."""
    tree = ET.parse(path)
    tree.getroot().set("language", "en_US")
    tree.getroot().set("sourcelanguage", "vi_VN")
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = english(name, source)
            if text is None:
                missing.append((name, source))
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>")  # as lupdate
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def add_messages(path: Path) -> list[tuple[str, str]]:
    """Append the core's templates to ``path`` as context "Messages" with their English; the
    (context, source) pairs not known."""
    found = core_messages.find()
    for site in found.dynamic:
        print(f"not a literal template: {site}", file=sys.stderr)
    lines, missing = ["<context>", f"    <name>{MESSAGES}</name>"], []
    for source, (where, line) in found.templates.items():
        text = english(MESSAGES, source)
        location = os.path.relpath(core_messages.ROOT / where, path.resolve().parent)
        lines += [
            "    <message>",
            f'        <location filename="{_xml(location)}" line="{line}"/>',
            f"        <source>{_xml(source)}</source>",
        ]
        if text is None:
            missing.append((MESSAGES, source))
            lines.append('        <translation type="unfinished"></translation>')
        else:
            lines.append(f"        <translation>{_xml(text)}</translation>")
        lines.append("    </message>")
    lines.append("</context>")
    body = path.read_text(encoding="utf-8")
    end = body.rindex("</TS>")
    path.write_text(body[:end] + "\n".join(lines) + "\n" + body[end:], encoding="utf-8")
    return missing


def unfinished(path: Path) -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            t = message.find("translation")
            if (
                t is None
                or t.get("type") in ("unfinished", "vanished", "obsolete")
                or not (t.text or "").strip()
            ):
                out.append((context.findtext("name") or "", message.findtext("source") or ""))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="?", type=Path, default=TS)
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        missing = unfinished(args.ts)
    else:
        extract(args.ts)
        missing = fill(args.ts)
        extract(args.ts)  # lupdate's layout (entities, empty tags): the next run is a no-op
        missing += add_messages(args.ts)
    for context, source in missing:
        print(f"untranslated [{context}] {source!r}", file=sys.stderr)
    if not args.check:
        print(f"{args.ts}: {len(missing)} untranslated")
    return 1 if missing else 0


EN: dict[str, str] = {
    # -- the app, login, main window, navigation ---------------------------------------------
    "Cơ sở dữ liệu mới: đang tạo dữ liệu mẫu…": "New database: creating demo data…",
    "Lần chạy đầu tiên": "First start",
    "Dữ liệu mẫu": "Demo data",
    "Đã tạo {0} phản ánh mẫu và {1} tài khoản. Mật khẩu chỉ hiện một lần — mở phần chi tiết "
    "bên dưới và ghi lại trước khi đóng.": "Created {0} demo reports and {1} accounts. The passwords are shown only once — open "
    "the details below and write them down before closing.",
    "Lỗi": "Error",
    "Không tạo được dữ liệu mẫu: {0}": "Could not create the demo data: {0}",
    "Không khởi động được": "Cannot start",
    "IOC — Phản ánh hiện trường": "IOC — Field reports",
    "Đăng nhập — Bàn điều hành phản ánh hiện trường": "Sign in — Field-report console",
    "Bàn điều hành phản ánh hiện trường": "Field-report console",
    "Hồ sơ quy định: {0} ({1})": "Regulation profile: {0} ({1})",
    "Cơ sở dữ liệu: {0}": "Database: {0}",
    "&Tên đăng nhập:": "&User name:",
    "&Mật khẩu:": "&Password:",
    "&Ghi nhớ đăng nhập": "&Remember me",
    "Lưu một khóa bí mật trong kho khóa của hệ điều hành trong 30 ngày; mật khẩu không được "
    "lưu": "Keeps a secret token in the operating system's keyring for 30 days; the password "
    "is never stored",
    "Đăng nhập": "Sign in",
    "Thoát": "Quit",
    "Tài khoản đang dùng mật khẩu tạm thời do quản trị viên cấp. Hãy đặt mật khẩu mới trước "
    "khi làm việc.": "This account still has the temporary password the administrator gave. "
    "Set a new password before you start.",
    "Mật khẩu &mới:": "&New password:",
    "&Nhập lại:": "&Repeat:",
    "Đổi mật khẩu": "Change password",
    "Đang kiểm tra…": "Checking…",
    "Không kết nối được cơ sở dữ liệu {0}: {1}": "Cannot connect to the database {0}: {1}",
    "Lỗi không mong đợi: {0}": "Unexpected error: {0}",
    "Hãy nhập tên đăng nhập và mật khẩu": "Enter your user name and password",
    "Mật khẩu nhập lại không khớp": "The repeated password does not match",
    "Đang mở…": "Opening…",
    "Bàn điều hành phản ánh hiện trường — {0}": "Field-report console — {0}",
    "Tiếp nhận mới": "New report",
    "Ghi nhận một phản ánh mới (Ctrl+N)": "Record a new field report (Ctrl+N)",
    "Làm mới": "Refresh",
    "Tải lại hàng đợi, bộ đếm và phản ánh đang xem (F5)": "Reload the queue, the counters and the open report (F5)",
    "Tìm": "Find",
    "Tìm trong hàng đợi (Ctrl+F)": "Search the queue (Ctrl+F)",
    "Đăng xuất": "Sign out",
    "&Tệp": "&File",
    "&Xem": "&View",
    "Chi tiết bên phải hàng đợi": "Details beside the queue",
    "Đặt phần chi tiết bên cạnh hàng đợi (màn hình rộng)": "Put the report details next to the queue (wide screens)",
    "Ngôn ngữ (áp dụng khi khởi động lại)": "Language (applies after a restart)",
    "Trợ &giúp": "&Help",
    # issue 11 part A: the administration menu, accounts, working calendar, audit trail
    "&Quản trị": "&Administration",
    "Quản trị — Nhật ký quản trị": "Administration — Audit trail",
    "tên đăng nhập": "user name",
    "Mọi thao tác": "Every action",
    "Đăng nhập (mọi loại)": "Sign-ins (all kinds)",
    "Tài khoản (mọi thao tác)": "Accounts (every action)",
    "Lịch làm việc (mọi thao tác)": "Working calendar (every action)",
    "Đơn vị (mọi thao tác)": "Units (every action)",
    "Lĩnh vực (mọi thao tác)": "Categories (every action)",
    "Kết nối máy chủ (mọi thao tác)": "Server connection (every action)",
    "đối tượng, ví dụ user:dieuhanh1": "target, e.g. user:dieuhanh1",
    "Xem": "Show",
    "Xuất CSV…": "Export CSV…",
    "đến": "to",
    "Đối tượng": "Target",
    "Thời điểm": "Time",
    "Người thực hiện": "By",
    "Giá trị cũ": "Old value",
    "Giá trị mới": "New value",
    "Nhật ký chỉ được ghi thêm; không ai sửa hay xóa được một dòng.": "The trail is append-only: nobody can edit or delete an entry.",
    "Nhật ký quản trị…": "Audit trail…",
    "{0} dòng": "{0} entries",
    "Đã xuất {0} dòng vào {1}": "Exported {0} entries to {1}",
    "Xuất nhật ký": "Export the audit trail",
    "Quản trị — Lịch làm việc": "Administration — Working calendar",
    "Năm:": "Year:",
    "Ngày lễ, Tết": "Public holidays",
    "Làm bù theo lịch nhà nước": "National make-up working day",
    "Ngày nghỉ do quản trị đặt": "Day off set by the administrator",
    "Ngày làm việc do quản trị đặt": "Working day set by the administrator",
    "Tháng {0}": "Month {0}",
    "Tên / lý do": "Name / reason",
    "Lịch làm việc…": "Working calendar…",
    "Thay đổi một ngày": "Change a day",
    "Ngày nghỉ": "Day off",
    "Ngày làm việc (làm bù)": "Working day (make-up)",
    "Bỏ điều chỉnh của ngày này": "Remove this day's change",
    "Căn cứ, ví dụ: Quyết định số …/QĐ-UBND": "Grounds, e.g. Decision No. …/QĐ-UBND",
    "Xem trước": "Preview",
    "Áp dụng và tính lại hạn xử lý": "Apply and recompute the deadlines",
    "Ngày:": "Day:",
    "Thành:": "Make it:",
    "Lý do:": "Reason:",
    "Ngày lễ": "Public holiday",
    "Làm bù (nhà nước)": "Make-up day (national)",
    "Ngày làm việc": "Working day",
    "{0} ngày làm việc trong năm {1}": "{0} working days in {1}",
    "Không có hạn xử lý nào đang mở bị ảnh hưởng.": "No open deadline is affected.",
    "Đã dời {0} hạn xử lý của {1} phản ánh đang mở, từ {2} đến {3} giờ.": "Moved {0} deadlines of {1} open reports, by {2} to {3} hours.",
    "Sẽ dời {0} hạn xử lý của {1} phản ánh đang mở, từ {2} đến {3} giờ.": "Will move {0} deadlines of {1} open reports, by {2} to {3} hours.",
    "Hãy ghi lý do trước khi áp dụng.": "Give the reason before applying.",
    "Đổi mật khẩu…": "Change password…",
    "Đã đổi mật khẩu": "Password changed",
    "Mật khẩu của {0}": "Password of {0}",
    "Mật khẩu chỉ hiện lần này: hãy trao cho người dùng. Họ phải đổi mật khẩu khi đăng nhập lần "
    "đầu.": "The password is shown only this once: hand it to the user. They must change it at their "
    "first sign-in.",
    "Sao chép": "Copy",
    "Tạo mật khẩu ngẫu nhiên (hiện một lần)": "Generate a random password (shown once)",
    "Nhập mật khẩu:": "Type a password:",
    "ít nhất 10 ký tự, có chữ cái và chữ số hoặc ký hiệu": "at least 10 characters, letters and digits or signs",
    "Mật khẩu hiện tại:": "Current password:",
    "Mật khẩu mới:": "New password:",
    "Nhập lại mật khẩu mới:": "New password again:",
    "Sau khi đổi, các đăng nhập đã ghi nhớ của bạn trên mọi máy bị thu hồi.": "After the change, your remembered sign-ins on every computer are revoked.",
    "Hai lần nhập mật khẩu mới không khớp": "The two new passwords differ",
    "Đặt lại mật khẩu cho {0}": "Reset the password of {0}",
    "Tài khoản được mở khóa, các đăng nhập đã ghi nhớ bị thu hồi; người dùng phải đổi mật khẩu "
    "khi đăng nhập.": "The account is unlocked and its remembered sign-ins revoked; the user must change the "
    "password at the next sign-in.",
    "Sửa tài khoản {0}": "Edit account {0}",
    "Thêm tài khoản": "Add an account",
    "Tên đăng nhập:": "User name:",
    "Họ và tên:": "Full name:",
    "Vai trò:": "Roles:",
    "Quản trị — Tài khoản": "Administration — Accounts",
    "Tìm theo tên đăng nhập hoặc họ tên": "Search by user name or full name",
    "Mọi đơn vị": "Every unit",
    "Mọi vai trò": "Every role",
    "Mọi trạng thái": "Any state",
    "Đã vô hiệu": "Deactivated",
    "Chỉ tài khoản đang bị khóa": "Locked accounts only",
    "Tên đăng nhập": "User name",
    "Họ và tên": "Full name",
    "Vai trò": "Roles",
    "Thêm…": "Add…",
    "Sửa…": "Edit…",
    "Đặt lại mật khẩu…": "Reset password…",
    "Mở khóa": "Unlock",
    "Vô hiệu hóa": "Deactivate",
    "Thu hồi đăng nhập đã ghi nhớ": "Revoke remembered sign-ins",
    "Cán bộ xử lý (đầu mối)": "Officers (focal points)",
    "Lãnh đạo": "Leaders",
    "Đầu mối được phân công": "Named focal points",
    "Tài khoản": "Accounts",
    "Cán bộ đầu mối theo đơn vị": "Focal officers by unit",
    "Tài khoản và cán bộ đầu mối…": "Accounts and focal officers…",
    "khóa đến {0}": "locked until {0}",
    "phải đổi mật khẩu": "must change the password",
    "{0} tài khoản": "{0} accounts",
    "Kích hoạt lại": "Reactivate",
    "Đã thêm tài khoản {0}": "Account {0} added",
    "Đã sửa tài khoản {0}": "Account {0} changed",
    "{0}: không có gì thay đổi": "{0}: nothing changed",
    "Đã đặt lại mật khẩu cho {0}": "Password of {0} reset",
    "Đã mở khóa {0}": "{0} unlocked",
    "Đã vô hiệu hóa {0}": "{0} deactivated",
    "Đã kích hoạt lại {0}": "{0} reactivated",
    "Đã thu hồi {0} đăng nhập đã ghi nhớ của {1}": "Revoked {0} remembered sign-ins of {1}",
    "Mật khẩu quá dễ đoán: cần có chữ cái và cả chữ số hoặc ký hiệu": "The password is too easy to guess: it needs letters and also digits or signs",
    "Mật khẩu không được chứa tên đăng nhập": "The password may not contain the user name",
    "--to ({last}) trước --from ({first})": "--to ({last}) is before --from ({first})",
    "Ngày không hợp lệ: {text!r} (viết YYYY-MM-DD hoặc DD/MM/YYYY)": "Invalid date: {text!r} (write YYYY-MM-DD or DD/MM/YYYY)",
    "Năm {year} nằm ngoài lịch ngày lễ ({first}–{last})": "The year {year} is outside the holiday calendar ({first}–{last})",
    "Hãy ghi lý do (căn cứ) của ngày {day:%d/%m/%Y}": "Give the reason (grounds) for {day:%d/%m/%Y}",
    "Ngày {day:%d/%m/%Y} đã là ngày nghỉ": "{day:%d/%m/%Y} is already a day off",
    "Ngày {day:%d/%m/%Y} đã là ngày làm việc": "{day:%d/%m/%Y} is already a working day",
    "Tài khoản dòng lệnh không có mật khẩu": "The command line's account has no password",
    "Đơn vị {unit} đã ngừng hoạt động": "The unit {unit} is no longer active",
    "Vai trò không hợp lệ ({error})": "Invalid role ({error})",
    "Không thể tự bỏ vai trò quản trị của chính mình": "You cannot take the administrator role away from yourself",
    "Không thể bỏ vai trò quản trị của quản trị viên cuối cùng": "The last administrator cannot lose the administrator role",
    "Không thể vô hiệu hóa quản trị viên cuối cùng": "The last administrator cannot be deactivated",
    "Đã ghi lại, đóng": "Noted, close",
    "Phân công đầu mối": "Name the focal points",
    "Lãnh đạo đầu mối:": "Focal leader:",
    "Cán bộ đầu mối:": "Focal officer:",
    "(chưa phân công)": "(not named)",
    "Đã phân công đầu mối của {0}": "Focal points of {0} named",
    # end of issue 11 part A
    # issue 11 part B (H5): units, categories, the server connection
    "(thời hạn chung)": "(general deadline)",
    "Căn cứ": "Basis",
    "Căn cứ:": "Basis:",
    "Dùng lại": "Use again",
    "Lĩnh vực đang chọn": "Selected category",
    "Lĩnh vực…": "Categories…",
    "Ngừng sử dụng": "No longer used",
    "Quy chế của tỉnh dùng một thời hạn xử lý chung cho mọi lĩnh vực.": "The province's regulation has one handling deadline for every category.",
    "Quản trị — Lĩnh vực": "Administration — Categories",
    "Theo thời hạn xử lý chung": "The general handling deadline",
    "Thêm lĩnh vực…": "Add a category…",
    "Thêm lĩnh vực": "Add a category",
    "Thời hạn mới của {0} áp dụng cho phản ánh tiếp nhận từ bây giờ": "The new deadline of {0} applies to reports received from now on",
    "Thời hạn mới áp dụng cho phản ánh tiếp nhận sau khi thay đổi; phản ánh đã "
    "tiếp nhận trước đó giữ thời hạn cũ.": "A new deadline applies to reports received after the change; reports received "
    "before keep their deadline.",
    "Thời hạn xử lý": "Handling deadline",
    "Thời hạn xử lý:": "Handling deadline:",
    "Tên lĩnh vực:": "Category name:",
    "quy chế": "regulation",
    "Áp dụng thời hạn mới": "Apply the new deadline",
    "Áp dụng từ": "Applies from",
    "Đang dùng": "In use",
    "Điều khoản hoặc văn bản quy định thời hạn": "The article or document that sets the deadline",
    "Đã cập nhật trạng thái lĩnh vực {0}": "Category {0} updated",
    "Đã thêm lĩnh vực {0}": "Category {0} added",
    "Đã đổi tên lĩnh vực": "Category renamed",
    "Đã đổi đơn vị xử lý mặc định của {0}": "Default handling unit of {0} changed",
    "Đơn vị xử lý mặc định": "Default handling unit",
    "Đơn vị xử lý mặc định:": "Default handling unit:",
    "Đặt đơn vị": "Set the unit",
    "Đổi tên": "Rename",
    "Chủ đề:": "Topic:",
    "Mã lĩnh vực:": "Category code:",
    "Độ dài:": "Length:",
    "giờ": "hours",
    "giờ làm việc": "working hours",
    "ngày làm việc": "working days",
    "Cơ sở dữ liệu:": "Database:",
    "Cổng:": "Port:",
    "Kiểm tra kết nối": "Test the connection",
    "Kết nối máy chủ": "Server connection",
    "Kết nối máy chủ…": "Server connection…",
    "Lưu từ màn hình đăng nhập: dùng ngay. Lưu khi đang làm việc: dùng từ lần mở ứng dụng sau.": "Saved from the sign-in screen: used at once. Saved while working: used from the next "
    "start of the app.",
    "Lưu và dùng kết nối này": "Save and use this connection",
    "Máy chủ cơ sở dữ liệu của tỉnh (PostgreSQL)": "The province's database server (PostgreSQL)",
    "Máy chủ": "Server",
    "Mật khẩu của {0}:": "Password of {0}:",
    "Mật khẩu máy chủ": "Server password",
    "Mật khẩu quản trị:": "Administrator's password:",
    "Mật khẩu được lưu trong kho khóa bảo mật của hệ điều hành, không lưu trong tệp cấu hình.": "The password is kept in the operating system's keyring, never in the settings file.",
    "Mật khẩu:": "Password:",
    "Người dùng:": "User:",
    "Nâng cấp cấu trúc dữ liệu (quản trị viên)": "Upgrade the database schema (administrator)",
    "Nâng cấp": "Upgrade",
    "Tài khoản quản trị:": "Administrator account:",
    "Tệp dữ liệu trên máy này (SQLite)": "A data file on this computer (SQLite)",
    "Đang kiểm tra kết nối…": "Testing the connection…",
    "Đang nâng cấp cấu trúc dữ liệu…": "Upgrading the database schema…",
    "Địa chỉ máy chủ:": "Server address:",
    "Chuyển đơn vị sang đơn vị cấp trên khác": "Move the unit under another parent unit",
    "Loại:": "Kind:",
    "Mã đơn vị:": "Unit code:",
    "Thêm đơn vị": "Add a unit",
    "Tên viết tắt:": "Short name:",
    "Tên đơn vị:": "Unit name:",
    "Đơn vị cấp trên mới:": "New parent unit:",
    "Đơn vị cấp trên:": "Parent unit:",
    "Đơn vị:": "Unit:",
    "Địa bàn phụ trách:": "Area covered:",
    "Đổi tên đơn vị": "Rename the unit",
    "Bỏ": "Remove",
    "Chuyển…": "Move…",
    "Hoạt động lại": "Reactivate",
    "Khi phản ánh thuộc lĩnh vực và địa bàn dưới đây, bàn phân loại gợi ý đơn vị đã "
    "chọn thay cho đơn vị mặc định của lĩnh vực.": "For a report of the category and area below, routing suggests the unit chosen "
    "here instead of the category's default unit.",
    "Loại": "Kind",
    "Người dùng": "Users",
    "Ngừng hoạt động": "Deactivate",
    "Phản ánh đang xử lý": "Open reports",
    "Quản trị — Đơn vị": "Administration — Units",
    "Thêm đơn vị…": "Add a unit…",
    "Đang hoạt động": "Active",
    "Đã bỏ đơn vị xử lý mặc định": "Default handling unit removed",
    "Đã chuyển đơn vị {0}": "Unit {0} moved",
    "Đã thêm đơn vị {0}": "Unit {0} added",
    "Đã đặt đơn vị xử lý mặc định": "Default handling unit set",
    "Đã đổi tên đơn vị {0}": "Unit {0} renamed",
    "Đơn vị xử lý mặc định theo lĩnh vực và địa bàn": "Default handling unit by category and area",
    "Đơn vị {0} hoạt động trở lại": "Unit {0} is active again",
    "Đơn vị {0} đã ngừng hoạt động": "Unit {0} deactivated",
    "Đơn vị…": "Units…",
    "Đặt": "Set",
    "Địa bàn": "Area",
    "Đổi tên…": "Rename…",
    "Trung tâm IOC": "IOC",
    "Tổ xử lý cấp huyện": "District team",
    "Chủ đề không hợp lệ: '{topic}'": "Invalid topic: '{topic}'",
    "Không có lĩnh vực mã '{code}'": "No category with code '{code}'",
    "Kiểu kết nối không hợp lệ: '{target}'": "Invalid connection kind: '{target}'",
    "Loại thời hạn không hợp lệ: '{kind}'": "Invalid deadline kind: '{kind}'",
    "Loại đơn vị không hợp lệ: '{kind}'": "Invalid unit kind: '{kind}'",
    "Mã lĩnh vực '{code}' không hợp lệ: 2–40 ký tự a-z, 0-9, gạch dưới, gạch ngang": "Invalid category code '{code}': 2–40 characters a-z, 0-9, underscore, hyphen",
    "Mã lĩnh vực '{code}' đã có": "Category code '{code}' already exists",
    "Mã đơn vị '{code}' không hợp lệ: 2–40 ký tự a-z, 0-9, gạch dưới, gạch ngang": "Invalid unit code '{code}': 2–40 characters a-z, 0-9, underscore, hyphen",
    "Mã đơn vị '{code}' đã có": "Unit code '{code}' already exists",
    "Chỉ quản trị viên của cơ sở dữ liệu này mới được nâng cấp cấu trúc: "
    "sai tên hoặc mật khẩu quản trị": "Only an administrator of this database may upgrade its schema: wrong "
    "administrator name or password",
    "Cổng phải từ 1 đến 65535 (được {port})": "The port must be 1 to 65535 (got {port})",
    "Hãy ghi căn cứ (điều khoản, văn bản) của thời hạn mới": "Give the basis (article, document) of the new deadline",
    "Hãy ghi căn cứ (điều khoản, văn bản) của thời hạn": "Give the basis (article, document) of the deadline",
    "Hãy nhập tên cơ sở dữ liệu": "Enter the database name",
    "Hãy nhập tên người dùng của máy chủ": "Enter the server user name",
    "Hãy nhập địa chỉ máy chủ": "Enter the server address",
    "Không ghi được mật khẩu vào kho khóa bảo mật: {error}": "Could not write the password to the keyring: {error}",
    "Không thể chuyển {name} vào chính nó hoặc đơn vị trực thuộc của nó": "Cannot move {name} into itself or a unit under it",
    "Không thể ngừng hoạt động Trung tâm IOC": "The IOC cannot be deactivated",
    "Không thể ngừng hoạt động {name}: còn đơn vị trực thuộc đang hoạt động ({units})": "Cannot deactivate {name}: active units are still under it ({units})",
    "Không thể ngừng hoạt động {name}: đơn vị còn {count} phản ánh chưa xử lý xong "
    "({reports}). Hãy chuyển các phản ánh này cho đơn vị khác trước.": "Cannot deactivate {name}: the unit still holds {count} unfinished reports "
    "({reports}). Send them to another unit first.",
    "Mỗi tỉnh chỉ có một Trung tâm IOC": "A province has only one IOC",
    "Quy chế của tỉnh không có Tổ xử lý cấp huyện": "The province's regulation has no district teams",
    "Quy chế của tỉnh không đặt thời hạn xử lý riêng cho từng lĩnh vực: lĩnh "
    "vực mới dùng thời hạn xử lý chung": "The province's regulation sets no deadline per category: a new category takes "
    "the general handling deadline",
    "Quy chế của tỉnh không đặt thời hạn xử lý riêng cho từng lĩnh vực: mọi "
    "lĩnh vực dùng thời hạn xử lý chung": "The province's regulation sets no deadline per category: every category takes "
    "the general handling deadline",
    "Thời hạn phải là một số dương (được {amount})": "The deadline must be a positive number (got {amount})",
    "Trung tâm IOC là gốc của cây đơn vị, không chuyển được": "The IOC is the root of the unit tree and cannot be moved",
    "Tên lĩnh vực không được để trống": "The category name must not be empty",
    "Đơn vị cấp trên {name} đã ngừng hoạt động": "Parent unit {name} is deactivated",
    "Đơn vị {name} đã ngừng hoạt động": "Unit {name} is deactivated",
    "Địa bàn không được để trống": "The area must not be empty",
    "{what} không được để trống": "{what} must not be empty",
    # end of issue 11 part B
    # issue 12 item 2: the Open311 API keys screen (console/views/admin/api_keys.py)
    "Quản trị — Khóa API cho ứng dụng công dân (Open311)": "Administration — API keys of the citizen apps (Open311)",
    "Khóa API (Open311)…": "API keys (Open311)…",
    "Ứng dụng": "Application",
    "Kênh tiếp nhận": "Intake channel",
    "Đầu khóa": "Key prefix",
    "Tạo lúc": "Created",
    "Người tạo": "Created by",
    "Thu hồi khóa đã chọn…": "Revoke the selected key…",
    "ví dụ c-thainguyen": "e.g. c-thainguyen",
    "Tạo khóa": "Create key",
    "khóa mới hiện ở đây một lần duy nhất": "the new key shows here once only",
    "trên kênh": "on channel",
    "Ứng dụng mới": "New application",
    "Khóa": "Key",
    "Cơ sở dữ liệu chỉ giữ mã băm SHA-256 và vài ký tự đầu của khóa: hãy sao chép khóa ngay "
    "khi tạo và gửi cho đơn vị quản lý ứng dụng.": "The database keeps only the key's SHA-256 hash and its first characters: copy the key "
    "as soon as it is made and send it to the team that runs the app.",
    "Đã thu hồi {0}": "Revoked {0}",
    "Đã tạo khóa cho {0} trên kênh {1}. Khóa chỉ hiện một lần: sao chép ngay.": "Key made for {0} on channel {1}. It is shown this once: copy it now.",
    "Chọn một khóa trong bảng trước.": "Select a key in the table first.",
    "Thu hồi khóa API": "Revoke API key",
    "Thu hồi khóa của {0}? Ứng dụng sẽ không gửi được phản ánh bằng khóa này nữa.": "Revoke the key of {0}? The app will no longer be able to send reports with it.",
    "Đã thu hồi khóa của {0}.": "The key of {0} was revoked.",
    "Khóa của {0} đã bị thu hồi từ trước.": "The key of {0} had already been revoked.",
    # end of issue 12 item 2
    "Giới thiệu": "About",
    "Thao tác": "Actions",
    "CSDL: {0}": "DB: {0}",
    "Hồ sơ: {0}": "Profile: {0}",
    "Cập nhật lúc {0}": "Updated at {0}",
    "Không cập nhật được": "Update failed",
    "Đã lưu ngôn ngữ {0}; khởi động lại ứng dụng để áp dụng": "Language {0} saved; restart the application to apply it",
    "Bàn điều hành phản ánh hiện trường\nHồ sơ quy định: {0}\n{1}": "Field-report console\nRegulation profile: {0}\n{1}",
    # -- the services' fixed messages ----------------------------------------------------------
    "Tên đăng nhập hoặc mật khẩu không đúng": "Wrong user name or password",
    "Tài khoản đã bị vô hiệu hóa; hãy liên hệ quản trị viên": "This account has been deactivated; contact the administrator",
    "Mật khẩu hiện tại không đúng": "The current password is wrong",
    "Mật khẩu mới phải khác mật khẩu cũ": "The new password must differ from the old one",
    "Máy này không có kho khóa bảo mật của hệ điều hành (keyring), nên không thể ghi nhớ đăng "
    "nhập; hãy đăng nhập bằng mật khẩu mỗi lần": "This computer has no operating-system keyring, "
    "so the login cannot be remembered; sign in with your password each time",
    # -- labels: queues, roles, actions, states, clocks, stages ---------------------------------
    "Mới tiếp nhận": "New",
    "Của tôi": "Mine",
    "Của đơn vị": "My unit",
    "Sắp đến hạn": "Due soon",
    "Quá hạn / trễ hạn": "Overdue / late",
    "Chờ phê duyệt": "Awaiting approval",
    "Chờ trả lời": "To answer",
    "Bị trả lại": "Returned",
    "Chờ bổ sung": "Awaiting information",
    "Báo cáo UBND": "PPC escalation",
    "Tất cả": "All",
    "Tổng đài viên / người xử lý tại IOC": "IOC operator",
    "Trưởng bộ phận điều hành IOC": "IOC supervisor",
    "Tổ xử lý phản ánh, kiến nghị": "District handling team",
    "Cán bộ đầu mối / người xử lý": "Agency officer",
    "Lãnh đạo đơn vị": "Unit leader",
    "Văn phòng UBND": "Office of the People's Committee",
    "Quản trị": "Administrator",
    "Tiếp nhận": "Received",
    "Đề nghị bổ sung": "Request information",
    "Bổ sung thông tin": "Supplement",
    "Không xử lý": "Not handled",
    "Hướng dẫn kênh khác": "Redirect to another channel",
    "Giải đáp tại tổng đài": "Answer at the hotline",
    "Phân loại": "Classify",
    "Gộp phản ánh trùng": "Merge duplicate",
    "Chuyển xử lý": "Forward",
    "Giao đơn vị xử lý": "Assign to a unit",
    "Nhận xử lý": "Accept",
    "Trả lại IOC": "Return to IOC",
    "Cập nhật tiến độ": "Post progress",
    "Gia hạn": "Request extension",
    # Field check and extension requests (issue 17 items 9–10)
    "Kiểm tra thực tế": "Field check",
    "Đề nghị gia hạn": "Request extension",
    "Duyệt gia hạn": "Approve extension",
    "Không duyệt gia hạn": "Refuse extension",
    "Nội dung kiểm tra thực tế tại hiện trường (thời hạn trả lại thành 03 ngày làm việc kể từ "
    "khi nhận phản ánh)": "What was checked on site (the return window becomes 3 working days "
    "from receipt)",
    "Đề nghị gia hạn — {0}": "Extension request — {0}",
    "Không có đề nghị gia hạn nào đang chờ quyết định.": "No extension request is waiting for a "
    "decision.",
    "Người đề nghị: {0}, lúc {1}": "Requested by: {0}, at {1}",
    "Đề nghị hoàn thành trước: <b>{0}</b>": "Asks to complete by: <b>{0}</b>",
    "Tình hình xử lý và lý do: {0}": "Progress and reason: {0}",
    "Ảnh minh chứng kèm theo: {0}": "Photos attached: {0}",
    "&Lý do không duyệt (khi không duyệt)": "&Reason for refusing (when refusing)",
    "Cần nhập lý do không duyệt gia hạn": "Enter the reason for refusing the extension",
    "Đề nghị được gửi lãnh đạo đơn vị duyệt; hạn xử lý chỉ đổi khi được duyệt.": "The request goes to the unit's leader; the deadline changes only once approved.",
    "Tình hình xử lý và lý do *": "Progress and reason *",
    "Thêm &ảnh…": "Add &photos…",
    "Hình ảnh minh chứng *": "Photos of the work *",
    "Hình ảnh (không bắt buộc)": "Photos (optional)",
    "Chọn ảnh minh chứng": "Choose photos of the work",
    "Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.gif)": "Images (*.jpg *.jpeg *.png *.webp *.heic "
    "*.gif)",
    "Cần nhập tình hình xử lý và lý do đề nghị gia hạn": "Enter the progress and the reason for "
    "the extension",
    "Cần kèm hình ảnh minh chứng tình hình xử lý": "Attach photos of the work done so far",
    "Đề nghị gia hạn cần kèm hình ảnh minh chứng tình hình xử lý (Bước 3.2)": "An extension "
    "request needs photos of the work done so far (Step 3.2)",
    "Không có đề nghị gia hạn nào đang chờ quyết định": "No extension request is waiting for a "
    "decision",
    "Người đề nghị gia hạn không tự quyết định đề nghị của mình": "The one who asked for the "
    "extension cannot decide on it",
    "Đã có một đề nghị gia hạn đang chờ lãnh đạo đơn vị quyết định": "An extension request is "
    "already waiting for the unit's leader",
    "Đơn vị đã ghi nhận kiểm tra thực tế cho phản ánh này": "The unit has already recorded a "
    "field check for this report",
    "Phản ánh chưa được chuyển đến đơn vị xử lý: chưa có thời hạn trả lại để kéo dài bằng kiểm "
    "tra thực tế": "The report has not reached a handling unit: there is no return window for a "
    "field check to extend",
    "Gửi kết quả": "Submit result",
    "Phê duyệt": "Approve",
    "Sửa và phê duyệt": "Edit and approve",
    "Trả lại xử lý lại": "Return for rework",
    "Công khai / trả lời": "Publish / answer",
    "Ghi phản hồi": "Record feedback",
    "Ghi đánh giá": "Record rating",
    "Xử lý lại": "Reopen",
    "Chỉ đạo": "Directive",
    "Đóng": "Close",
    "Đã giải đáp tại tổng đài": "Answered at the hotline",
    "Đã chuyển xử lý": "Forwarded",
    "Đang xử lý": "In progress",
    "Đã phê duyệt": "Approved",
    "Đã trả lời": "Answered",
    "Đã đóng": "Closed",
    "Trong hạn": "On time",
    "Trễ hạn": "Late",
    "{0} ngày": "{0} d",
    "{0} vừa cập nhật phản ánh này lúc {1}: {2}.": "{0} updated this report at {1}: {2}.",
    "{0} giờ": "{0} h",
    "{0} phút": "{0} min",
    "còn {0}": "{0} left",
    "còn {0} làm việc": "{0} working time left",
    "quá hạn {0}": "{0} overdue",
    "quá hạn {0} làm việc": "{0} working time overdue",
    "Tạm dừng": "Paused",
    "Kiểm tra thông tin": "Completeness check",
    "Phân loại, chuyển xử lý": "Classify and route",
    "Trả lại nếu không đúng thẩm quyền": "Return if outside jurisdiction",
    "Trả lại (có kiểm tra thực tế)": "Return (after a field check)",
    "Xử lý": "Handle",
    "Thông báo tiến độ": "Progress notice",
    "Phê duyệt kết quả": "Approve the result",
    "Tổ kiểm tra kết quả": "Team verifies the result",
    "Biên tập, trả lời": "Edit and answer",
    # -- action dialogs -------------------------------------------------------------------------
    "Xác nhận (Ctrl+Enter)": "Confirm (Ctrl+Enter)",
    "Hủy": "Cancel",
    "Nội dung giải đáp cho người phản ánh *": "Answer given to the reporter *",
    "Cần nhập nội dung giải đáp": "Enter the answer",
    "Lĩnh vực": "Category",
    "Địa điểm": "Place",
    "Đơn vị xử lý": "Handling unit",
    "Tiến độ xử lý": "Progress",
    "Phê duyệt kết quả xử lý — {0}": "Approve the result — {0}",
    "Phản ánh": "Report",
    "Kết quả đề xuất của đơn vị": "The unit's proposed result",
    'Sửa trực tiếp nội dung rồi bấm "Sửa và phê duyệt".': 'Edit the text directly, then press "Edit and approve".',
    "&Lý do trả lại (khi trả lại xử lý lại)": "&Reason for returning (when returning for rework)",
    "&Phê duyệt": "&Approve",
    "&Sửa và phê duyệt": "&Edit and approve",
    "&Trả lại xử lý lại": "Return for re&work",
    "Cần nhập lý do trả lại để đơn vị xử lý lại": "Enter why the unit must rework the result",
    "Nội dung kết quả không được để trống": "The result may not be empty",
    'Nội dung đã được sửa: hãy dùng "Sửa và phê duyệt"': 'The text was edited: use "Edit and approve"',
    "&Khẩn cấp (xử lý ngay)": "&Emergency (handle at once)",
    "&Lĩnh vực *": "&Category *",
    "Ghi chú": "Note",
    "Chọn lĩnh vực": "Choose a category",
    "Hạn xử lý hiện tại: {0}": "Current deadline: {0}",
    "chưa có": "none",
    " (hạn ban đầu {0})": " (originally {0})",
    "Cam kết hoàn thành trước *": "Committed completion by *",
    "Lý do gia hạn *": "Reason for the extension *",
    "Ngày cam kết hoàn thành phải ở tương lai (sau {0})": "The committed date must be in the future (after {0})",
    "Cần nhập lý do gia hạn": "Enter the reason for the extension",
    "Trùng khớp": "Match",
    "Mã phản ánh chính, ví dụ TN-2026-000001": "Main report code, e.g. TN-2026-000001",
    "Phản ánh có thể trùng (cùng lĩnh vực, gần thời gian và địa điểm):": "Possible duplicates (same category, close in time and place):",
    "Không tìm thấy phản ánh trùng; có thể nhập mã phản ánh chính.": "No duplicates found; you may type the main report's code.",
    "&Mã phản ánh chính *": "&Main report code *",
    "Chọn hoặc nhập mã phản ánh chính": "Choose or type the main report's code",
    "Nội dung đề nghị người phản ánh bổ sung": "What the reporter is asked to supply",
    "Nội dung người phản ánh đã bổ sung": "What the reporter supplied",
    "Lý do không xử lý (gửi cho người phản ánh)": "Why it is not handled (sent to the reporter)",
    "Lý do trả lại IOC (ví dụ: không thuộc thẩm quyền)": "Why it goes back to the IOC (e.g. outside our jurisdiction)",
    "Yêu cầu xử lý lại": "Rework request",
    "Nội dung tiến độ xử lý": "Progress so far",
    "Lý do xử lý lại": "Reason for reopening",
    "Nội dung báo cáo UBND": "Report to the People's Committee",
    "Nội dung chỉ đạo": "Directive",
    "Phản hồi của người dân": "Citizen's feedback",
    "Ghi chú khi đóng phản ánh": "Note on closing",
    "Ghi chú khi nhận xử lý": "Note on accepting",
    " (không bắt buộc)": " (optional)",
    "&Thông báo cho người dân": "&Notify the citizen",
    "Nội dung bổ sung vào phản ánh": "Text added to the report",
    "Địa điểm (thay thế)": "Place (replaces)",
    "Họ tên người phản ánh": "Reporter's name",
    "Số điện thoại": "Phone number",
    "Cần nhập: {0}": "Required: {0}",
    "Mức độ hài lòng của người phản ánh *": "Reporter's satisfaction *",
    "Ý kiến của người dân": "Citizen's comment",
    "&Chuyển xử lý lại ngay sau khi ghi đánh giá": "&Reopen right after recording the rating",
    "Người dân không hài lòng với kết quả, đề nghị kiểm tra, xử lý lại": "The citizen is not satisfied with the result; please review and handle it again",
    "Chọn mức độ hài lòng": "Choose the satisfaction level",
    "Cần nhập lý do xử lý lại": "Enter the reason for reopening",
    "Để trống: ghi lời hướng dẫn ở trên": "Leave empty to record the guidance above",
    "&Kênh tiếp nhận phù hợp *": "&Appropriate channel *",
    "Hướng dẫn người phản ánh:": "Guidance for the reporter:",
    "Ghi chú (không bắt buộc)": "Note (optional)",
    "Chọn kênh tiếp nhận phù hợp": "Choose the appropriate channel",
    "Lãnh đạo yêu cầu xử lý lại: {0}": "The leader asked for rework: {0}",
    "&Kết quả xử lý *": "&Result *",
    "Cần nhập kết quả xử lý": "Enter the result",
    # -- routing ----------------------------------------------------------------------------------
    "Sở, ban, ngành": "Provincial departments",
    "UBND cấp huyện": "District People's Committees",
    "UBND cấp xã": "Commune People's Committees",
    "Tìm đơn vị (gõ không dấu cũng được)…": "Find a unit (diacritics optional)…",
    "<b>{0}</b> — {1}<br>Lĩnh vực: {2} · Địa bàn: {3}": "<b>{0}</b> — {1}<br>Category: {2} · Area: {3}",
    "chưa phân loại": "not classified",
    "Đề xuất theo lĩnh vực và địa bàn: <b>{0}</b>": "Suggested by category and area: <b>{0}</b>",
    "&Đơn vị xử lý *": "&Handling unit *",
    "Đơn vị &phối hợp, cho ý kiến": "&Units consulted for an opinion",
    "Đơn vị được chọn:": "Chosen unit:",
    "Hạn xử lý: {0}": "Deadline: {0}",
    "Hạn xử lý: chưa tính được (chưa phân loại lĩnh vực)": "Deadline: not known yet (no category)",
    "&Ghi chú": "&Note",
    "(chưa chọn)": "(none chosen)",
    "Chọn đơn vị xử lý": "Choose the handling unit",
    # -- publishing and the letter --------------------------------------------------------------
    "&Công khai": "&Public",
    "Gửi &riêng người phản ánh": "&Private to the reporter",
    "&Không công khai": "&Not published",
    "<b>{0}</b> — {1}<br>Đơn vị xử lý: {2}": "<b>{0}</b> — {1}<br>Handling unit: {2}",
    "&Nội dung trả lời (đã phê duyệt, có thể biên tập)": "&Answer (approved; may be edited)",
    "Hình thức trả lời": "How the answer is given",
    "Quy định không cho phép với phản ánh này": "The regulation does not allow this here",
    "Người phản ánh đề nghị giữ bí mật thông tin: bản công khai không ghi họ tên.": "The reporter asked for confidentiality: the public version carries no name.",
    "Xem trước thư trả lời": "Reply letter preview",
    "Đang dựng thư trả lời…": "Rendering the reply letter…",
    "Không dựng được thư trả lời: {0}": "Could not render the reply letter: {0}",
    "Nội dung trả lời không được để trống": "The answer may not be empty",
    "Không mở được máy in": "Cannot open the printer",
    "◀ &Trang trước": "◀ &Previous page",
    "Trang s&au ▶": "&Next page ▶",
    "Thu nhỏ (Ctrl+-)": "Zoom out (Ctrl+-)",
    "Phóng to (Ctrl++)": "Zoom in (Ctrl++)",
    "&Lưu PDF…": "&Save PDF…",
    "&In…": "&Print…",
    "Chưa có thư trả lời để xem trước": "No reply letter to preview yet",
    "Không hiển thị được thư: {0}": "Cannot show the letter: {0}",
    "Trang {0}/{1}": "Page {0}/{1}",
    "Chưa có thư để lưu": "No letter to save yet",
    "Lưu thư trả lời": "Save the reply letter",
    "Tệp PDF (*.pdf)": "PDF files (*.pdf)",
    "Không lưu được": "Could not save",
    "Chưa có thư để in": "No letter to print yet",
    "In thư trả lời": "Print the reply letter",
    "Không in được": "Could not print",
    # -- the queue ------------------------------------------------------------------------------
    "Tất cả lĩnh vực": "All categories",
    "Tất cả đơn vị": "All units",
    "Tất cả kênh": "All channels",
    "Từ ngày": "From",
    "Đến ngày": "To",
    "Bỏ chọn khoảng thời gian": "Clear the date range",
    "Chỉ khẩn cấp": "Emergencies only",
    "Tìm mã, tiêu đề, nội dung, địa điểm, số điện thoại… (Ctrl+F)": "Search code, title, text, place, phone… (Ctrl+F)",
    "Khoảng thời gian tiếp nhận": "Received between",
    "{0} phản ánh": "{0} reports",
    "Không đọc được dữ liệu: {0}": "Cannot read the data: {0}",
    "Đang đếm…": "Counting…",
    "Đang tải…": "Loading…",
    # -- the detail pane -------------------------------------------------------------------------
    "Chọn một phản ánh để xem chi tiết": "Choose a report to see its details",
    "Không mở được phản ánh: {0}": "Cannot open the report: {0}",
    "Lỗi hệ thống, chưa có gì được ghi: {0}": "System error, nothing was saved: {0}",
    "Bước": "Stage",
    "Hạn": "Due",
    "Hạn ban đầu": "Originally due",
    "Tình trạng": "State",
    "Còn lại / hoàn thành": "Left / completed",
    "KHẨN CẤP": "EMERGENCY",
    "Giữ bí mật người phản ánh": "Reporter kept confidential",
    "Ngôn từ cần xem xét": "Wording to review",
    "Nội dung phản ánh": "The report",
    "(không có nội dung)": "(no text)",
    "Địa điểm:": "Place:",
    "Địa bàn:": "Area:",
    "Kênh tiếp nhận:": "Channel:",
    "Lĩnh vực:": "Category:",
    "Chưa phân loại": "Not classified",
    "Đơn vị đang giữ:": "Held by:",
    "Tiếp nhận lúc:": "Received at:",
    "Thời điểm xảy ra:": "Happened at:",
    "Người phản ánh": "Reporter",
    "Thông tin người phản ánh được ẩn": "The reporter's details are hidden",
    "Người phản ánh đề nghị giữ bí mật: không công bố họ tên, liên hệ": "The reporter asked for confidentiality: never publish the name or contacts",
    "(chưa có họ tên)": "(no name given)",
    "Họ tên:": "Name:",
    "Điện thoại:": "Phone:",
    "Thư điện tử:": "E-mail:",
    "Địa chỉ:": "Address:",
    "Kiểm tra thông tin ({0})": "Completeness check ({0})",
    "Bí mật nhà nước": "State secret",
    "Ảnh hưởng uy tín tổ chức, cá nhân": "Harms someone's reputation",
    "Nội dung th&uộc bí mật nhà nước": "Content is a state sec&ret",
    "Hạn chế công khai": "Restrict publication",
    "Báo tin người phản ánh": "Tell the reporter",
    "Nội dung hạn chế công khai (bí mật nhà nước hoặc ảnh hưởng uy tín): chỉ được chọn hình "
    "thức quy định cho phép.": "Restricted content (state secret or harm to a reputation): "
    "only the forms the regulation allows can be chosen.",
    "&Không hạn chế": "&Not restricted",
    "&Bí mật nhà nước": "&State secret",
    "Ảnh hưởng &uy tín tổ chức, cá nhân": "Harms &reputation of an organisation or person",
    "trả lời công khai": "answer published",
    "chỉ gửi riêng người phản ánh": "sent to the reporter only",
    "không công khai trên hệ thống": "not published in the system",
    "Nội dung phản ánh *": "Report content *",
    "&Lý do *": "&Reason *",
    "Chọn mức khác mức hiện tại": "Choose a level other than the current one",
    "Cần nhập lý do": "Enter the reason",
    "Thông tin thuộc bí mật nhà nước không được nhập vào hệ thống ({article}): hướng dẫn "
    "người phản ánh gửi theo chế độ Mật, ngoài hệ thống; cơ quan có thẩm quyền trả lời theo "
    "quy định bảo vệ bí mật nhà nước": "State-secret information is not entered into the "
    'system ({article}): guide the reporter to send it under the classified ("Mật") regime, '
    "outside the system; the competent agency answers under the rules on state secrets",
    "Mức hạn chế không hợp lệ '{restriction}'": "Invalid restriction '{restriction}'",
    "Phản ánh đã ở mức: {label}": "The report is already at this level: {label}",
    "Còn thiếu {0} mục: chưa thể chuyển xử lý": "{0} items missing: cannot be forwarded yet",
    "Đủ thông tin theo quy định": "Complete as the regulation requires",
    "Thời hạn từng bước": "Deadlines by stage",
    "hoàn thành {0}": "completed {0}",
    "Tệp đính kèm ({0})": "Attachments ({0})",
    "&Lưu bản sao…": "&Save a copy…",
    "Lưu tệp đính kèm": "Save the attachment",
    "Không có tệp đính kèm": "No attachments",
    "Kết quả xử lý": "Result",
    "Chưa có kết quả": "No result yet",
    "<b>Lần {0} — gửi lúc {1}</b>": "<b>Round {0} — submitted at {1}</b>",
    "<i>Dự thảo của đơn vị:</i> {0}": "<i>The unit's draft:</i> {0}",
    "<i>Đã phê duyệt (có sửa):</i> {0}": "<i>Approved (edited):</i> {0}",
    "<i>Đã phê duyệt</i>": "<i>Approved</i>",
    "<i>Đã trả lời người dân:</i> {0}": "<i>Answer sent to the citizen:</i> {0}",
    "Chưa có cập nhật tiến độ": "No progress posted yet",
    "Lịch sử xử lý": "History",
    # -- intake ----------------------------------------------------------------------------------
    "Tiếp nhận phản ánh — {0}": "New field report — {0}",
    "VD: 0912 345 678": "e.g. 0912 345 678",
    "Đề nghị giữ bí &mật thông tin": "Keep the reporter &confidential",
    "Chọn hoặc gõ địa bàn": "Choose or type the area",
    "Khẩn cấ&p": "Emergenc&y",
    "&Số điện thoại": "&Phone number",
    "&Họ tên": "&Name",
    "Danh &xưng": "&Honorific",
    "&Email": "&E-mail",
    "Địa &chỉ": "A&ddress",
    "&Tiêu đề": "&Title",
    "&Nội dung": "Te&xt",
    "Đị&a điểm": "Pl&ace",
    "Địa &bàn": "A&rea",
    "Thời gian xảy &ra": "Happened a&t",
    "&Lĩnh vực": "&Category",
    "&Kênh tiếp nhận": "Chan&nel",
    "Các lần phản ánh trước của số này": "Earlier reports from this number",
    "Nhập số điện thoại để xem các lần gọi trước.": "Type a phone number to see earlier calls.",
    "Mã": "Code",
    "Ngày": "Date",
    "Tiêu đề": "Title",
    "Trạng thái": "Status",
    "Tệp đính kèm": "Attachments",
    "Thêm tệp… (Ctrl+O)": "Add files… (Ctrl+O)",
    "<b>Giải đáp ngay tại tổng đài</b>": "<b>Answer on the line</b>",
    "Nội dung đã giải đáp cho người gọi…": "What the caller was told…",
    "Ctrl+Enter: lưu phản ánh và ghi nhận đã giải đáp. Esc: quay lại.": "Ctrl+Enter: save the report and record the answer. Esc: back.",
    "<b>Hướng dẫn người gọi liên hệ kênh khác</b>": "<b>Guide the caller to another channel</b>",
    "Đọc cho người gọi:": "Read to the caller:",
    "Ctrl+Enter: lưu phản ánh và ghi nhận đã hướng dẫn. Esc: quay lại.": "Ctrl+Enter: save the report and record the guidance. Esc: back.",
    "Có thể trùng với phản ánh đang mở": "May duplicate an open report",
    "&Gộp vào phản ánh này": "&Merge into this report",
    "Tiếp nhận &mới": "Ne&w report",
    "&Giải đáp ngay": "Ans&wer now",
    "Hướng &dẫn kênh khác": "&Guide to another channel",
    "— Chưa phân loại —": "— Not classified —",
    "Không tải được danh mục kênh, lĩnh vực: {0}": "Cannot load the channels and categories: {0}",
    "chưa đúng số": "not a valid number",
    "Đang tìm các lần gọi trước…": "Looking up earlier calls…",
    "Số {0} đã phản ánh {1} lần.": "{0} has reported {1} times.",
    "Chưa có phản ánh nào từ số {0}.": "No earlier reports from {0}.",
    "Không tra được lịch sử cuộc gọi: {0}": "Cannot look up the call history: {0}",
    "⚠ Có từ ngữ thiếu chuẩn mực: {0}. Phản ánh vẫn được tiếp nhận và được đánh dấu để xem xét.": "⚠ Improper wording: {0}. The report is still received and is flagged for review.",
    "Gợ&i ý lĩnh vực: {0}": "Su&ggested category: {0}",
    "Chọn tệp đính kèm": "Choose attachments",
    "Chọn kênh cần hướng dẫn người gọi.": "Choose the channel to guide the caller to.",
    "Đang lưu…": "Saving…",
    "Đã tiếp nhận {0}, nhưng chưa thực hiện được: {1}": "{0} was received, but this failed: {1}",
    "Chưa lưu được (nội dung vẫn còn nguyên, thử lại): {0}": "Not saved (everything typed is kept; try again): {0}",
    "Đã tiếp nhận phản ánh {0} — trạng thái: {1}.": "Report {0} received — status: {1}.",
    "Đã lưu phản ánh {0}.": "Report {0} saved.",
    "Đã gộp {0} vào phản ánh {1}: trả lời cùng phản ánh đó.": "{0} was merged into {1}: it is answered with that report.",
    "Lưu (Ctrl+Enter)": "Save (Ctrl+Enter)",
    "Hủy (Esc)": "Cancel (Esc)",
    "Lưu và ghi nhận đã giải đáp (Ctrl+Enter)": "Save and record the answer (Ctrl+Enter)",
    "Quay lại (Esc)": "Back (Esc)",
    "Lưu và ghi nhận đã hướng dẫn (Ctrl+Enter)": "Save and record the guidance (Ctrl+Enter)",
    "Đóng (Esc)": "Close (Esc)",
    "Đang lưu, vui lòng chờ…": "Saving, please wait…",
    "Bỏ nội dung đang nhập?": "Discard what you typed?",
    "Những gì đã nhập chưa được lưu sẽ mất.": "What you typed has not been saved and will be lost.",
    "Bỏ nội dung": "Discard",
    "Tiếp tục nhập": "Keep typing",
    # -- batch letters ---------------------------------------------------------------------------
    "In hàng loạt văn bản trả lời": "Batch-print reply letters",
    "Bản công khai (ẩn thông tin người phản ánh đề nghị giữ bí mật)": "Public version (hides reporters who asked for confidentiality)",
    "Trả lời &từ ngày": "Answered &from",
    "&đến ngày": "&to",
    "&Tạo văn bản": "&Make the letters",
    "&Dừng": "&Stop",
    "Đang tạo văn bản…": "Making the letters…",
    " Bỏ qua {0} phản ánh (không có văn bản công khai).": " {0} reports skipped (no public letter).",
    "Đã tạo {0} văn bản trả lời.": "{0} reply letters made.",
    "Đã dừng.": "Stopped.",
    "Đã lưu {0}": "Saved {0}",
    "Lưu văn bản trả lời": "Save the reply letters",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Đã gửi {0} trang tới máy in.": "{0} pages sent to the printer.",
    "In thư trả lời hàng loạt…": "Batch-print reply letters…",
    "Mọi thư trả lời của một khoảng thời gian trong một tệp PDF, để in": "Every reply letter of a period in one PDF, for printing",
    "&Vừa khung": "&Fit",
    "Vừa chiều rộng khung xem (Ctrl+0)": "Fit the width of the view (Ctrl+0)",
    "Đơn vị": "Unit",
    "Kênh": "Channel",
    "Thời hạn": "Deadline",
    "Khẩn cấp": "Emergency",
    "Hạn: {0}": "Due: {0}",
    "Hơn {0} phản ánh": "More than {0} reports",
    # -- attachments ------------------------------------------------------------------------------
    "Ảnh, video, ghi âm, PDF, Word; tối đa {0} tệp, mỗi tệp đến {1}. Kéo thả tệp vào cửa sổ "
    "này; Delete để bỏ tệp đã chọn.": "Photos, video, audio, PDF, Word; at most {0} files, "
    "each up to {1}. Drop files on this window; Delete removes the selected file.",
    "không đọc được tệp": "cannot read the file",
    "quá {0} tệp": "more than {0} files",
    "tệp rỗng": "empty file",
    "lớn quá {0}": "larger than {0}",
    "không nhận loại tệp này": "this file type is not accepted",
    "{0} tệp sẽ bị từ chối khi lưu: chọn tệp đó và bấm Delete để bỏ.": "{0} files would be refused on saving: select them and press Delete to remove them.",
    "Đã lưu {0} tệp đính kèm.": "{0} attachments saved.",
    # -- core messages (context "Messages": the errors of console/ outside the views) --------
    "Mật khẩu phải có ít nhất {count} ký tự": "The password must have at least {count} characters",
    "Mật khẩu không được dài quá {count} ký tự": "The password may not be longer than {count} characters",
    "Địa chỉ cơ sở dữ liệu không hợp lệ: {url!r}": "Invalid database address: {url!r}",
    "Không kết nối được cơ sở dữ liệu {url}: {reason}": "Cannot connect to the database {url}: {reason}",
    "Số điện thoại không hợp lệ: {raw!r}": "Invalid phone number: {raw!r}",
    "Ngày bắt đầu {first:%d/%m/%Y} sau ngày kết thúc {last:%d/%m/%Y}": "The start date {first:%d/%m/%Y} is after the end date {last:%d/%m/%Y}",
    "Không có phản ánh nào được trả lời từ {first:%d/%m/%Y} đến {last:%d/%m/%Y}": "No report was answered from {first:%d/%m/%Y} to {last:%d/%m/%Y}",
    "Không có văn bản nào để in ({count} phản ánh bị bỏ qua)": "No letter to print ({count} reports skipped)",
    "--number: số văn bản phải là số dương (được {number})": "--number: the letter number must be positive (got {number})",
    "--published-from {first:%d/%m/%Y} sau --to {last:%d/%m/%Y}": "--published-from {first:%d/%m/%Y} is after --to {last:%d/%m/%Y}",
    "{option}: ngày “{text}” không hợp lệ (viết YYYY-MM-DD, ví dụ 2026-03-05)": "{option}: invalid date “{text}” (write YYYY-MM-DD, e.g. 2026-03-05)",
    "Không ghi được tệp {path}: {error}": "Cannot write the file {path}: {error}",
    "Thao tác này chờ sau “{before}” trên cùng phản ánh, thao tác đó chưa gửi được.": "This action waits behind “{before}” on the same report, which could not be sent.",
    "Phản ánh của thao tác này chưa được gửi lên máy chủ (đã bị bỏ).": "The report of this action was never sent to the server (it was discarded).",
    "hệ thống": "system",
    # statistics: console/statistics/period.py, console/cli/stats.py
    "Định dạng {format} cần tệp ghi ra: thêm -o TỆP": "The {format} format needs a file to write: add -o FILE",
    "Kỳ báo cáo “{text}” không hợp lệ (viết {forms})": "Invalid reporting period “{text}” (write {forms})",
    "Loại kỳ báo cáo không hợp lệ: {kind}": "Invalid kind of reporting period: {kind}",
    "Năm {year} nằm ngoài khoảng {first}–{last}": "Year {year} is outside {first}–{last}",
    "Kỳ “{text}”: tháng phải từ 1 đến 12": "Period “{text}”: the month must be 1 to 12",
    "Kỳ “{text}”: năm {year} có các tuần từ 1 đến {weeks}": "Period “{text}”: {year} has weeks 1 to {weeks}",
    "Kỳ “{text}”: ngày đầu sau ngày cuối": "Period “{text}”: the first day is after the last",
    "Kỳ “{text}”: ngày không hợp lệ": "Period “{text}”: invalid date",
    # report documents: console/statistics/pdf*.py, listings.py, console/services/issued_reports.py
    "Hồ sơ “{key}” chưa có mẫu báo cáo định kỳ": "Profile “{key}” has no periodic report template",
    "Không có báo cáo đã ban hành số {number}": "There is no issued report number {number}",
    "Hồ sơ “{key}” không quy định báo cáo giải trình của cơ quan xử lý": "Profile “{key}” has no explanation report by the handling agency",
    "Hồ sơ “{key}” không quy định danh sách phản ánh trả lời riêng": "Profile “{key}” has no list of privately answered reports",
    "Lệnh stats cần {option}": "The stats command needs {option}",
    "Phản ánh {code} đang ở trạng thái “{status}”, chưa có kết quả để trả lời": "Report {code} is “{status}”: there is no result to answer with yet",
    "Kết quả phản ánh {code} không được công khai (chỉ gửi riêng người phản ánh): không in bản "
    "công khai": "The result of report {code} is not public (sent to the reporter only): no "
    "public copy is printed",
    "Không có phản ánh mã “{code}” trong cơ sở dữ liệu": "There is no report “{code}” in the database",
    "Phản ánh {code} có nội dung bí mật nhà nước: trả lời theo chế độ Mật, không in từ hệ thống": "Report {code} contains state secrets: answer it through the classified channel, not "
    "printed from the system",
    "Cơ sở dữ liệu chưa có đơn vị IOC (chạy lệnh demo hoặc nạp hồ sơ)": "The database has no IOC unit yet (run the demo command or load a profile)",
    "Phản ánh {code} chưa có nội dung trả lời": "Report {code} has no answer text yet",
    # Reports harmful to a reputation (console/letters/harm*.py, services/harm_notices.py)
    "Quy định của {province} không có văn bản riêng cho phản ánh ảnh hưởng đến uy tín của tổ "
    "chức, cá nhân": "The regulation of {province} has no letter of its own for a report "
    "harmful to someone's reputation",
    "Phản ánh {code} không được đánh dấu ảnh hưởng đến uy tín của tổ chức, cá nhân": "Report {code} is not marked as harmful to someone's reputation",
    "Chưa xác định được huyện, thị xã, thành phố của phản ánh {code}: ghi địa bàn của phản ánh "
    "hoặc chuyển phản ánh cho Tổ xử lý trước khi in văn bản": "The district of report {code} "
    "is not known: record the report's area or forward it to a district team before printing",
    "Phản ánh {code} chưa được chuyển cơ quan xử lý: chuyển xử lý trước khi in văn bản gửi cơ "
    "quan xử lý": "Report {code} has not been forwarded to an agency yet: forward it before "
    "printing the letter to the agency",
    "Mẫu văn bản “{file}” không có mục [harm]": "Letter template “{file}” has no [harm] section",
    "Quy định của {province} không có báo cáo hàng tháng các phản ánh ảnh hưởng đến uy tín của "
    "tổ chức, cá nhân": "The regulation of {province} has no monthly report of reports harmful "
    "to someone's reputation",
    "--month: tháng “{text}” không hợp lệ (viết YYYY-MM, ví dụ 2026-03)": "--month: “{text}” is not a valid month (write YYYY-MM, e.g. 2026-03)",
    "Cách báo tin không hợp lệ '{means}' (điện thoại hoặc thư điện tử)": "Invalid way of telling '{means}' (phone or e-mail)",
    "Nội dung báo tin không hợp lệ '{about}'": "Invalid notice content '{about}'",
    "Chỉ báo tin riêng cho phản ánh được đánh dấu ảnh hưởng đến uy tín của tổ chức, cá nhân": "Only a report marked as harmful to someone's reputation is told privately",
    "Phản ánh không có {what} của người phản ánh": "The report has no {what} of the reporter",
    "Điện &thoại": "&Telephone",
    "Thư điện tử (&e-mail)": "&E-mail",
    "Đã tiếp nhận, đang xử lý": "Received, being handled",
    "Kết quả xử lý (không công khai)": "The result (not published)",
    "Phản ánh ảnh hưởng đến uy tín của tổ chức, cá nhân: không công khai; văn bản gửi cơ quan "
    "theo quy định (xem, lưu, in bên dưới).": "A report harmful to someone's reputation: not "
    "published; the letter to the bodies the regulation names (view, save, print below).",
    "Ví dụ: gọi lúc 9 giờ 30, bà Hạnh đã nghe máy": "E.g. called at 9:30, Mrs Hạnh answered",
    "Đã báo người phản ánh qua *": "Reporter told by *",
    "&Nội dung báo tin": "&What they were told",
    "Chọn cách đã báo người phản ánh (điện thoại hoặc thư điện tử)": "Choose how the reporter was told (phone or e-mail)",
    "Phản ánh {code} không xử lý nhưng chưa ghi lý do": "Report {code} was not handled but no reason was recorded",
    "Không có văn bản trả lời nào để in": "No reply letter to print",
    "Không ghi được vào kho khóa bảo mật: {error}": "Cannot write to the keyring: {error}",
    "Không đọc được kho khóa bảo mật: {error}": "Cannot read the keyring: {error}",
    "Không xóa được khỏi kho khóa bảo mật: {error}": "Cannot delete from the keyring: {error}",
    "Phản ánh vừa được {who} thay đổi lúc {at:%H:%M} ngày {at:%d/%m/%Y}. Hãy tải lại rồi thực "
    "hiện lại; chưa có gì được ghi.": "The report was just changed by {who} at {at:%H:%M} on "
    "{at:%d/%m/%Y}. Reload it and try again; nothing was saved.",
    "Phản ánh vừa được người khác thay đổi lúc . Hãy tải lại rồi thực hiện lại; chưa có gì được "
    "ghi.": "The report was just changed by someone else. Reload it and try again; nothing was "
    "saved.",
    "Phản ánh vừa được người khác thay đổi lúc {at:%H:%M} ngày {at:%d/%m/%Y}. Hãy tải lại rồi "
    "thực hiện lại; chưa có gì được ghi.": "The report was just changed by someone else at "
    "{at:%H:%M} on {at:%d/%m/%Y}. Reload it and try again; nothing was saved.",
    "Cần nhập {what}": "Enter {what}",
    "Không còn mục chờ gửi này (đã gửi hoặc đã bỏ)": "This waiting item is gone (sent or "
    "discarded)",
    "Chờ quản trị viên quyết định: {0}": "Waiting for an administrator's decision: {0}",
    "Mất kết nối máy chủ: việc gộp {0} vào phản ánh {1} đã vào hàng chờ, sẽ tự gửi khi kết nối "
    "lại.": "No connection to the server: linking {0} to report {1} is waiting in the outbox "
    "and will be sent when the connection is back.",
    "Quản trị — Mục chờ gửi của phiên đã kết thúc": "Administration — Waiting items of ended sessions",
    "Những gì đã nhập ngoại tuyến trên máy này khi phiên của người nhập kết thúc (tài khoản bị vô hiệu hóa hoặc đổi mật khẩu). Chỉ gửi thay người nhập khi tài khoản đã hoạt động lại; hoặc bỏ (có ghi nhật ký).": "What was typed offline on this computer when the author's session ended (account deactivated or password changed). Send it in the author's name only once the account is active again; or discard it (recorded).",
    "Người nhập": "Typed by",
    "Nhập lúc": "Typed at",
    "Lý do giữ": "Why it is held",
    "Gửi thay người nhập": "Send in the author's name",
    "Gửi mọi mục của người nhập đã chọn, theo thứ tự đã nhập, dưới tên họ": "Send every item of the selected author, in the order typed, under their name",
    "Bỏ mục đã chọn…": "Discard the selected item…",
    "Mục chờ gửi của phiên đã kết thúc…": "Waiting items of ended sessions…",
    "Đã gửi {0} mục dưới tên {1}; mục chưa gửi được nằm trong danh sách của họ.": "Sent {0} item(s) under the name of {1}; what could not be sent is in their own list.",
    "Bỏ hẳn mục của {0} nhập lúc {1}? Nội dung sẽ không được gửi.": "Discard for good the item {0} typed at {1}? It will not be sent.",
    "Tài khoản {username} chưa hoạt động lại: các mục chờ gửi của người này vẫn được giữ": "The account {username} is not active again: their waiting items are still held",
    "Mục này chờ quản trị viên quyết định (phiên làm việc đã kết thúc)": "This item waits for an administrator's decision (the session ended)",
    "Mất kết nối máy chủ: thao tác đã vào hàng chờ, sẽ tự gửi khi kết nối lại (xem «Chưa gửi được»).": "No connection to the server: the action is waiting in the outbox and will be sent when the connection is back (see “Not sent”).",
    "Đã tiếp nhận {0}; mất kết nối máy chủ nên việc trả lời hoặc hướng dẫn người gọi đã vào hàng chờ, sẽ tự gửi khi kết nối lại.": "Received {0}; the connection to the server was lost, so the answer or redirection given to the caller is waiting in the outbox and will be sent when the connection is back.",
    "Việc trả lời hoặc hướng dẫn người gọi cũng đã vào hàng chờ, gửi ngay sau phản ánh.": "The answer or redirection given to the caller is waiting too, to be sent right after the report.",
    "Chưa gửi được…": "Not sent…",
    "Những gì đã nhập khi mất kết nối máy chủ (Ctrl+Shift+G)": "What was typed while the server did not answer (Ctrl+Shift+G)",
    "{0} thao tác không gửi được vì phản ánh đã thay đổi: xem «Chưa gửi được» (Ctrl+Shift+G).": "{0} action(s) could not be sent because the report changed: see “Not sent” (Ctrl+Shift+G).",
    ", chưa gửi được: {0}": ", not sent: {0}",
    "Phản ánh và thao tác đã nhập khi mất kết nối máy chủ; tự gửi khi kết nối lại. Bấm để xem danh sách «Chưa gửi được» (Ctrl+Shift+G).": "Reports and actions typed while the server did not answer; sent when the connection is back. Click to see the “Not sent” list (Ctrl+Shift+G).",
    "Chưa gửi được": "Not sent",
    "Nội dung đã nhập:": "Text typed:",
    "&Gửi lại": "&Send again",
    "Gửi lại lên phản ánh như hiện nay, qua đủ các bước kiểm tra": "Send again to the report as it is now, through every check",
    "&Sửa": "&Edit",
    "Lưu nội dung đã sửa (chưa gửi)": "Keep the edited text (not sent yet)",
    "&Bỏ": "&Discard",
    "Bỏ mục này (có ghi nhật ký)": "Discard this item (recorded)",
    "Không có gì chờ gửi.": "Nothing is waiting.",
    "phản ánh đang chờ gửi": "report waiting to be sent",
    "Phản ánh mới — {0}": "New report — {0}",
    "Nhập lúc {0}.": "Typed at {0}.",
    "Chưa gửi được: {0}": "Not sent: {0}",
    "Đang chờ gửi: máy chủ chưa trả lời, sẽ tự gửi khi kết nối lại.": "Waiting: the server has not answered; it will be sent when the connection is back.",
    "Nội dung đã nhập (sửa được):": "Text typed (editable):",
    "{0}: {1} ({2}) → {3}": "{0}: {1} ({2}) → {3}",
    "Đã thay đổi trên phản ánh từ khi nhập:": "Changed on the report since it was typed:",
    "Trạng thái hiện nay: <b>{0}</b>": "State now: <b>{0}</b>",
    "Đã lưu nội dung đã sửa; bấm Gửi lại để gửi.": "The edited text is kept; press Send again to send it.",
    "Đang gửi…": "Sending…",
    "Đã gửi: {0}.": "Sent: {0}.",
    "Máy chủ chưa trả lời: mục này vẫn chờ, sẽ tự gửi khi kết nối lại.": "The server has not answered: this item still waits and will be sent when the connection is back.",
    "Vẫn chưa gửi được: {0}": "Still not sent: {0}",
    "Bỏ mục chờ gửi": "Discard the waiting item",
    "Bỏ hẳn «{0}»? Nội dung đã nhập sẽ không được gửi.": "Discard “{0}” for good? What was typed will not be sent.",
    "Không bỏ": "Keep it",
    "Đã bỏ mục chờ gửi (đã ghi nhật ký).": "The waiting item was discarded (recorded).",
    "Đã bỏ mục chờ gửi; máy chủ chưa trả lời nên chỉ ghi nhật ký trên máy này.": "The waiting item was discarded; the server did not answer, so it is recorded on this computer only.",
    "Phản ánh của thao tác này chưa được gửi lên máy chủ": "The report of this action has not "
    "reached the server yet",
    "Thao tác này không có nội dung để sửa": "This action has no text to edit",
    "Không có đơn vị mã '{code}'": "There is no unit with code '{code}'",
    "Phản ánh chưa có kết quả xử lý": "The report has no handling result yet",
    "Hồ sơ không có đơn vị IOC": "The profile has no IOC unit",
    "Không tìm thấy phản ánh #{report_id}": "Report #{report_id} not found",
    "Mức đánh giá không hợp lệ '{rating}' (có: {known})": "Invalid rating '{rating}' (known: {known})",
    "Cần chọn đơn vị xử lý lại": "Choose the unit that handles it again",
    "Phản ánh này chỉ được: {allowed} (người phản ánh đề nghị giữ bí mật hoặc nội dung hạn chế)": "This report may only be: {allowed} (the reporter asked for confidentiality or the "
    "content is restricted)",
    "Kết quả chưa được phê duyệt, chưa thể trả lời": "The result is not approved yet: it cannot be answered",
    "Tối đa {count} tệp đính kèm mỗi lần": "At most {count} attachments at a time",
    "Không đọc được tệp {name}: tệp không tồn tại": "Cannot read the file {name}: it does not exist",
    "Tệp {name} rỗng": "The file {name} is empty",
    "Tệp {name} lớn quá {limit} MB ({size:.1f} MB)": "The file {name} is larger than {limit} MB ({size:.1f} MB)",
    "Không nhận loại tệp của {name} ({mime}): chỉ ảnh, video, ghi âm, PDF và văn bản Word": "The file type of {name} ({mime}) is not accepted: only photos, video, audio, PDF and "
    "Word documents",
    "Nội dung tệp {name} không đúng loại {mime}": "The content of {name} is not of type {mime}",
    "Không đọc được tệp {name}": "Cannot read the file {name}",
    "Năm {year} nằm ngoài các năm lịch làm việc tính được ({first}–{last})": "The year {year} is outside the years the working calendar covers ({first}–{last})",
    "Không dùng được cơ sở dữ liệu {kind}: chỉ SQLite (sqlite:///tệp) hoặc PostgreSQL "
    "(postgresql://…)": "The console cannot use a {kind} database: only SQLite (sqlite:///file) or PostgreSQL "
    "(postgresql://…)",
    "Không tạo được thư mục {folder} cho cơ sở dữ liệu: {reason}": "Cannot make the folder {folder} for the database: {reason}",
    "Không có cơ sở dữ liệu {path}: hãy kiểm tra đường dẫn (chỉ lệnh demo và migrate tạo cơ sở "
    "dữ liệu mới)": "There is no database {path}: check the path (only the demo and migrate commands make "
    "a new database)",
    "Không mở được tệp cơ sở dữ liệu {path} (không có quyền, hoặc không phải một tệp thường)": "Cannot open the database file {path} (no permission, or not a regular file)",
    "Tệp {path} không phải cơ sở dữ liệu của bảng điều khiển hoặc đã hỏng": "The file {path} is not a console database, or it is damaged",
    "Không mở được cơ sở dữ liệu {url}": "Cannot open the database {url}",
    "Tài khoản bị khóa đến {until:%H:%M} do nhập sai mật khẩu {count} lần": "The account is locked until {until:%H:%M} after {count} wrong passwords",
    "Tài khoản bị khóa đến {until:%H:%M ngày %d/%m/%Y} do nhập sai mật khẩu {count} lần": "The account is locked until {until:%H:%M on %d/%m/%Y} after {count} wrong passwords",
    "Không tìm thấy tài khoản": "Account not found",
    "Không thể ghi nhớ đăng nhập cho tài khoản này": "This account's login cannot be remembered",
    "Ngày {day:%d/%m/%Y} không có điều chỉnh nào để bỏ": "{day:%d/%m/%Y} has no calendar change to remove",
    "Không tìm thấy phản ánh mã {code!r}": "Report {code!r} not found",
    "Thao tác không tồn tại: {action!r}": "No such action: {action!r}",
    "Không tìm thấy tệp đính kèm": "Attachment not found",
    "Phản ánh này không thuộc đơn vị của bạn": "This report does not belong to your unit",
    "Ngày cam kết hoàn thành phải ở tương lai": "The committed completion date must be in the future",
    "Cần nhập tiêu đề hoặc nội dung phản ánh": "Enter a title or a description of the report",
    "Danh xưng phải là Ông, Bà hoặc Ông/Bà": "The form of address must be Ông, Bà or Ông/Bà",
    "Tiêu đề dài quá 200 ký tự": "The title is longer than 200 characters",
    "Không có kênh hướng dẫn '{target}' (có: {known})": "There is no channel '{target}' to direct to (known: {known})",
    "Không có kênh tiếp nhận '{channel}'": "There is no intake channel '{channel}'",
    "Không có lĩnh vực '{category}'": "There is no category '{category}'",
    "Không tìm thấy phản ánh chính mã {code!r}": "Main report {code!r} not found",
    "Chỉ gộp được vào một phản ánh chính đang mở": "A report can only be merged into an open main report",
    "Chưa đủ thông tin để chuyển xử lý ({article}): {gaps}": "Not enough information to forward the report ({article}): {gaps}",
    "Không thể chuyển phản ánh cho chính IOC": "A report cannot be forwarded to the IOC itself",
    "Tổ chỉ giao được cho đơn vị trực thuộc của tổ": "The team can only delegate to a unit under it",
    "Hồ sơ không có Văn phòng UBND để báo cáo": "The profile has no People's Committee Office to report to",
    "Không có thời hạn xử lý đang chạy để gia hạn": "No running handling deadline to extend",
    "Không có người dùng '{username}'": "There is no user '{username}'",
    "Không thể tự vô hiệu hóa tài khoản của chính mình": "You cannot deactivate your own account",
    "Tên đăng nhập '{username}' không hợp lệ: 3–64 ký tự a-z, 0-9, dấu chấm, gạch": "Invalid user name '{username}': 3–64 characters a-z, 0-9, dot, hyphen",
    "Họ và tên không được để trống": "The full name may not be empty",
    "Người dùng phải có ít nhất một vai trò": "A user must have at least one role",
    "Tên đăng nhập '{username}' đã tồn tại": "The user name '{username}' already exists",
    "Chỉ quản trị viên mới được {action}": "Only an administrator may {action}",
    "Vai trò không hợp lệ ({error}); các vai trò: {known}": "Invalid role ({error}); roles: {known}",
    "Ngày cam kết phải sau thời hạn hiện tại": "The committed date must be after the current deadline",
    'Vai trò của bạn không được phép "{action}" ở bước này': 'Your role may not "{action}" at this step',
    'Không thể "{action}" khi phản ánh đang ở trạng thái "{status}"': 'Cannot "{action}" while the report is "{status}"',
    "Chỉ cán bộ tại IOC được thực hiện thao tác này": "Only IOC staff may do this",
    "Chỉ Văn phòng UBND được thực hiện thao tác này": "Only the People's Committee Office may do this",
    "Phản ánh không thuộc đơn vị của bạn": "The report does not belong to your unit",
    'Quy định của tỉnh này không có thao tác "{action}"': 'This province\'s regulations have no action "{action}"',
    'Không thể "{action}" khi phản ánh đang ở trạng thái "chưa tiếp nhận"': 'Cannot "{action}" while the report is "not received yet"',
    # the outbox (console/services/outbox.py, console/views/outbox_status.py)
    "Mất kết nối máy chủ: đã lưu phản ánh vào hàng chờ, sẽ tự gửi khi kết nối lại.": "Lost connection to the server: the report is saved in the outbox and will be sent "
    "when the connection is back.",
    "Việc trả lời hoặc hướng dẫn người gọi chưa được ghi: hãy ghi lại trên phản ánh khi đã "
    "gửi.": "The answer or guidance given to the caller was not recorded: record it on the "
    "report once it has been sent.",
    "Chờ gửi: {0}": "Waiting to send: {0}",
    "Phản ánh đã nhận khi mất kết nối máy chủ; tự gửi khi kết nối lại.": "Reports taken while the server was unreachable; sent automatically when it is back.",
    "Mã gửi của phản ánh không hợp lệ: {key!r}": "Invalid submission key of the report: {key!r}",
    # -- the supervision dashboard (console/views/dashboard*.py) ------------------------------
    "Xuất báo cáo thống kê": "Export the statistics report",
    "Đang xuất {0}…": "Exporting {0}…",
    "Báo cáo có số (*.pdf)": "Numbered report (*.pdf)",
    "Đã ban hành báo cáo số {0}: {1}": "Report no. {0} issued: {1}",
    "Đã xuất {0}": "Exported {0}",
    "Không xuất được": "Could not export",
    "Thống kê — {0}": "Statistics — {0}",
    "Xuất báo cáo…": "Export report…",
    "Tiếp nhận và giải quyết": "Received and resolved",
    "Trễ hạn theo đơn vị": "Late by unit",
    "Hài lòng theo đơn vị": "Satisfaction by unit",
    "Theo lĩnh vực": "By category",
    "Tổng quan": "Overview",
    "Xếp hạng đơn vị": "Unit ranking",
    "Trách nhiệm qua các lần chuyển": "Accountability across transfers",
    "Đang tính…": "Computing…",
    "Số liệu lúc {0}": "Figures as of {0}",
    "Đã giải quyết": "Resolved",
    "Hài lòng": "Satisfied",
    "Thống kê": "Statistics",
    "Bảng thống kê của kỳ báo cáo (Ctrl+D)": "The statistics of a reporting period (Ctrl+D)",
    "Thống kê: {0}": "Statistics: {0}",
    "Tuần": "Week",
    "Tháng": "Month",
    "Quý": "Quarter",
    "Năm": "Year",
    "Khoảng ngày": "Date range",
    "Kỳ trước": "Previous period",
    "Kỳ sau": "Next period",
    "Hạng": "Rank",
    "Đã kết thúc": "Finished",
    "Đúng hạn": "On time",
    "Điểm": "Score",
    "Phản ánh đã giữ": "Reports held",
    "Giờ làm việc giữ (TB)": "Working hours held (mean)",
    "Lần trả lại": "Bounces",
    "Trễ hạn do đơn vị": "Late, charged to the unit",
    "Nhấn để xem các phản ánh": "Click to list the reports",
    "Đang quá hạn": "Overdue now",
    "Tỷ lệ đúng hạn": "On-time rate",
    "Bạn không có quyền xem bảng thống kê": "You may not view the statistics dashboard",
    "Bạn chỉ xem được bảng thống kê của đơn vị mình": "You may view only your own unit's "
    "statistics",
    # Open311 GeoReport v2: the server, API keys, files (issue 12; console/open311/, services)
    "Thiếu khóa API (api_key)": "The API key (api_key) is missing",
    "Nội dung gửi lên vượt quá {limit} byte": "The request body is over {limit} bytes",
    "Gửi quá nhiều yêu cầu: thử lại sau {seconds} giây": "Too many requests: try again in {seconds} seconds",
    "Định dạng {fmt!r} không hỗ trợ: dùng .json hoặc .xml": "Format {fmt!r} is not supported: use .json or .xml",
    "Khóa chống gửi trùng (idempotency_key) dài quá 100 ký tự": "The idempotency key (idempotency_key) is longer than 100 characters",
    "status phải là open hoặc closed": "status must be open or closed",
    "Nội dung gửi lên không đọc được (cần form-urlencoded, UTF-8)": "The request body cannot be read (form-urlencoded, UTF-8 expected)",
    "{name} phải là một số: {value!r}": "{name} must be a number: {value!r}",
    "{name} không phải thời điểm W3C (2026-03-02T09:00:00+07:00): {value!r}": "{name} is not a W3C time (2026-03-02T09:00:00+07:00): {value!r}",
    "Tên ứng dụng {name!r} không hợp lệ: 2–64 ký tự, chữ không dấu, số, dấu chấm, gạch dưới "
    "hoặc gạch ngang": "The app name {name!r} is not valid: 2–64 characters, unaccented "
    "letters, digits, dots, underscores or hyphens",
    "Không có kênh tiếp nhận {code!r} (có: {known})": "There is no channel {code!r} (there are: {known})",
    "Đã có khóa API tên {name!r}": "There is already an API key named {name!r}",
    "Không có khóa API tên {name!r}": "There is no API key named {name!r}",
    "Định dạng {fmt!r} không hỗ trợ: json hoặc xml": "Format {fmt!r} is not supported: json or xml",
    "Tệp {path} phải là một danh sách yêu cầu GeoReport": "The file {path} must be a list of GeoReport requests",
    "Không đọc được tệp {path}: {error}": "Cannot read the file {path}: {error}",
    "Tệp {path} không phải JSON (UTF-8): {error}": "The file {path} is not JSON (UTF-8): {error}",
    "Không có kênh tiếp nhận {code!r}": "There is no channel {code!r}",
    "Không có dịch vụ (lĩnh vực) mã {code!r}": "There is no service (category) {code!r}",
    "Thiếu khóa API (api_key) hoặc khóa không hợp lệ, đã bị thu hồi": "The API key (api_key) is missing, not valid or revoked",
    "Thiếu service_code (mã lĩnh vực)": "service_code (the category's code) is missing",
    "Cần cả lat và long, hoặc address_string": "Both lat and long are needed, or address_string",
    "Cần vị trí: lat và long, hoặc address_string": "A location is needed: lat and long, or address_string",
    "Tọa độ không hợp lệ: lat {lat}, long {long}": "Invalid coordinates: lat {lat}, long {long}",
    "media_url phải là một địa chỉ http(s)": "media_url must be an http(s) address",
    "Không có phản ánh mã {code!r}": "There is no report {code!r}",
    "start_date phải trước end_date": "start_date must come before end_date",
    "Khoảng thời gian truy vấn tối đa {days} ngày": "A query spans at most {days} days",
    "Cơ sở dữ liệu chưa có đơn vị IOC": "The database has no IOC unit yet",
    "Tệp Open311 (GeoReport v2)": "Open311 files (GeoReport v2)",
    "Tệp Open311 (GeoReport)…": "Open311 files (GeoReport)…",
    "Xuất phản ánh của một kỳ; nhập tệp yêu cầu của ứng dụng công dân": "Export a period's reports; import a citizen app's file of requests",
    "Xuất phản ánh tiếp nhận trong kỳ": "Export the reports received in a period",
    "&Xuất tệp…": "&Export…",
    "&Từ ngày": "&From",
    "Đế&n ngày": "U&ntil",
    "Định &dạng": "&Format",
    "Nhập yêu cầu từ ứng dụng (mỗi yêu cầu một lần)": "Import an app's requests (each one once)",
    "&Chọn tệp JSON và nhập…": "&Choose a JSON file and import…",
    "Lưu tệp GeoReport": "Save the GeoReport file",
    "GeoReport (*.json *.xml)": "GeoReport (*.json *.xml)",
    "Không ghi được tệp {0}: {1}": "Cannot write the file {0}: {1}",
    "Đã ghi {0} ({1} byte)": "Written: {0} ({1} bytes)",
    "Chọn tệp GeoReport JSON": "Choose a GeoReport JSON file",
    "GeoReport JSON (*.json)": "GeoReport JSON (*.json)",
    "Đang nhập {0}…": "Importing {0}…",
    "{0} yêu cầu: nhận {1}, đã có từ trước {2}, từ chối {3}": "{0} requests: {1} taken, {2} there already, {3} refused",
    "Nhận: {0}": "Taken: {0}",
    "Từ chối yêu cầu thứ {0} {1}: {2}": "Refused request {0} {1}: {2}",
    # Routing paths (issue 17 items 4, 5, 12): return to the team, office sorting, the
    # consultation clock, focal points, Lai Châu's report of the cause.
    "Trả lại Tổ xử lý": "Return to the team",
    "Ghi ý kiến đơn vị phối hợp": "Record a consulted unit's opinion",
    "Báo cáo nguyên nhân, dự kiến thời gian": "Report the cause and an expected date",
    "Đơn vị được lấy ý kiến trả lời": "Consulted unit answers",
    "Lý do trả lại Tổ xử lý (ví dụ: không thuộc thẩm quyền) — Tổ giao đơn vị khác phù hợp": "Why it goes back to the team (e.g. not within our remit); the team assigns another "
    "unit",
    "Lãnh đạo: {0}": "Leader: {0}",
    "Cán bộ: {0}": "Officer: {0}",
    "<br>Đầu mối: {0}": "<br>Focal points: {0}",
    "Đơn vị trả lời *": "Unit that answered *",
    "Ý kiến của đơn vị *": "The unit's opinion *",
    "Hạn trả lời ý kiến: {0}": "Opinion due: {0}",
    "Không có đơn vị nào đang chờ trả lời ý kiến": "No consulted unit is waiting to answer",
    "Cần nhập ý kiến của đơn vị": "Enter the unit's opinion",
    "Báo cáo UBND thành phố nguyên nhân chưa giải quyết được và thời gian dự kiến giải quyết; "
    "thời hạn xử lý không thay đổi.": "Report to the city People's Committee why it cannot be resolved yet and when it is "
    "expected to be; the deadline does not change.",
    "Nguyên nhân *": "Cause *",
    "Dự kiến giải quyết xong trước *": "Expected to be resolved by *",
    "Cần nhập nguyên nhân chưa giải quyết được": "Enter why it cannot be resolved yet",
    "Thời gian dự kiến giải quyết phải ở tương lai (sau {0})": "The expected date must be in the future (after {0})",
    "Thời gian dự kiến giải quyết phải ở tương lai": "The expected date must be in the future",
    "Không có tài khoản đang hoạt động tên '{name}'": "There is no active account '{name}'",
    "{who} không thuộc {unit}": "{who} does not belong to {unit}",
    "{who} không có vai trò {what} của đơn vị": "{who} does not have the unit's {what} role",
    "Chỉ quản trị viên hoặc lãnh đạo đơn vị được phân công đầu mối của đơn vị": "Only an administrator or the unit's leader may name the unit's focal points",
    "Phản ánh do Tổ xử lý phản ánh, kiến nghị giao: trả lại cho Tổ (Bước 3.2), không trả "
    "thẳng IOC": "The district team assigned this report: return it to the team (Bước 3.2), not "
    "straight to the IOC",
    "Phản ánh không do Tổ xử lý giao cho đơn vị: trả lại IOC": "No district team assigned this report to the unit: return it to the IOC",
    "Không thể chuyển phản ánh cho {unit}": "The report cannot be sent to {unit}",
    "Thao tác {action!r} không chuyển phản ánh đến đơn vị": "The action {action!r} does not send a report to a unit",
    "Văn phòng UBND không nhận phản ánh chuyển xử lý theo quy định của tỉnh này (chỉ nhận "
    "báo cáo UBND)": "Under this province's rules the People's Committee office does not take forwarded "
    "reports (only reports escalated to it)",
    "{unit} đã trả lại phản ánh này vì không thuộc thẩm quyền: giao cho đơn vị khác phù hợp": "{unit} returned this report as outside its remit: assign another suitable unit",
    "Không lấy ý kiến của chính IOC hay của đơn vị xử lý": "Neither the IOC nor the handling unit can be consulted",
    "{unit} không có yêu cầu cho ý kiến nào đang chờ trả lời": "{unit} has no request for an opinion waiting for an answer",
    # issue 16 item 1: every input checked in the core (console/text_input.py, console/errors.py)
    "“{label}” phải là văn bản": "“{label}” must be text",
    "“{label}” chứa ký tự điều khiển {char}, không được phép (mã điều khiển hoặc chuỗi thoát "
    "của màn hình dòng lệnh)": "“{label}” holds the control character {char}, which is not allowed (a control code "
    "or a terminal escape sequence)",
    "“{label}” chứa ký tự hỏng {char} (nửa cặp UTF-16), không lưu được": "“{label}” holds the broken character {char} (half of a UTF-16 pair) and cannot be "
    "stored",
    "“{label}” chứa ký tự đảo chiều văn bản {char}, không được phép: ký tự này làm văn bản "
    "hiển thị khác với nội dung thật": "“{label}” holds the text direction character {char}, which is not allowed: it makes "
    "a text display differently from what it holds",
    "“{label}” dài quá {limit} ký tự (đang có {count})": "“{label}” is longer than {limit} characters ({count})",
    "“{label}” không phải địa chỉ thư điện tử (dạng ten@mien.vn): {value!r}": "“{label}” is not an e-mail address (such as name@domain.vn): {value!r}",
    "Vĩ độ phải là một số từ -90 đến 90 (nhận được {value})": "The latitude must be a number from -90 to 90 (got {value})",
    "Kinh độ phải là một số từ -180 đến 180 (nhận được {value})": "The longitude must be a number from -180 to 180 (got {value})",
    "Cần cả vĩ độ và kinh độ, hoặc bỏ trống cả hai": "Give both the latitude and the longitude, or neither",
    "“{label}” phải là ngày giờ": "“{label}” must be a date and time",
    "“{label}” ở tương lai ({value:%d/%m/%Y %H:%M}): không được sau thời điểm hiện tại": "“{label}” is in the future ({value:%d/%m/%Y %H:%M}): it may not be later than now",
    "“{label}” quá xa ({value:%d/%m/%Y}): không được trước {floor:%d/%m/%Y}": "“{label}” is too long ago ({value:%d/%m/%Y}): it may not be before {floor:%d/%m/%Y}",
    "Cơ sở dữ liệu không nhận dữ liệu này (quá dài hoặc có ký tự không hợp lệ); chưa có gì "
    "được ghi": "The database does not accept this data (too long or with invalid characters); "
    "nothing was saved",
    "Dữ liệu trùng hoặc không khớp với dữ liệu đã có; chưa có gì được ghi": "The data duplicates or contradicts what is already stored; nothing was saved",
    "Mất kết nối tới cơ sở dữ liệu hoặc cơ sở dữ liệu đang bận; chưa có gì được ghi, hãy thử "
    "lại": "The connection to the database was lost or the database is busy; nothing was saved, "
    "try again",
    "Lỗi cơ sở dữ liệu; chưa có gì được ghi (chi tiết đã ghi vào nhật ký)": "Database error; nothing was saved (the details are in the log)",
    # -- issue 15: a session ended on the server ----------------------------------------------
    "Tài khoản của bạn đã bị vô hiệu hóa: phiên làm việc kết thúc, không có gì được ghi; hãy "
    "liên hệ quản trị viên": "Your account has been deactivated: the session is over and nothing was saved; "
    "contact the administrator",
    "Phiên làm việc đã kết thúc": "Session ended",
    "Tài khoản {0} đã bị vô hiệu hóa trên máy chủ: phiên làm việc kết thúc và ứng dụng đăng "
    "xuất. Hãy liên hệ quản trị viên.": "The account {0} has been deactivated on the server: the session is over and the app "
    "signs out. Contact the administrator.",
    # -- issue 15: the offline mode's window ---------------------------------------------------
    "Bàn điều hành phản ánh hiện trường — {0} — NGOẠI TUYẾN": "Field-report console — {0} — OFFLINE",
    "CHẾ ĐỘ NGOẠI TUYẾN — máy chủ không trả lời. Chỉ tiếp nhận phản ánh: phản ánh nằm trong hàng "
    "chờ của máy này và được gửi khi máy chủ trả lời lại, sau khi tài khoản được kiểm tra. Hàng "
    "đợi, tra cứu và các thao tác khác cần máy chủ.": "OFFLINE MODE — the server does not answer. Intake only: reports wait in this "
    "computer's outbox and are sent when the server answers again, once the account is "
    "checked. Queues, search and every other action need the server.",
    "{0} ({1}) — đăng nhập ngoại tuyến trên máy này": "{0} ({1}) — signed in offline on this "
    "computer",
    "Tiếp nhận phản ánh…": "Receive a report…",
    "Đang chờ máy chủ {0}…": "Waiting for the server {0}…",
    "Ngoại tuyến": "Offline",
    "Máy chủ đã trả lời: tài khoản {0} đã bị vô hiệu hóa hoặc đã đổi mật khẩu. Phiên ngoại tuyến "
    "kết thúc; các phản ánh đã nhận vẫn nằm trong hàng chờ, chờ quản trị viên quyết định.": "The server answered: the account {0} has been deactivated or its password changed. "
    "The offline session is over; the reports taken stay in the outbox for an "
    "administrator to decide.",
    "Máy chủ chưa trả lời (thử lúc {0}).": "The server has not answered yet (tried at {0}).",
    "Đăng nhập ngoại tuyến": "Offline sign-in",
    "Máy chủ không trả lời. Người đã đăng nhập trên máy này gần đây có thể đăng nhập ngoại "
    "tuyến: chỉ tiếp nhận phản ánh vào hàng chờ.": "The server does not answer. People who signed in on this computer recently can sign "
    "in offline: intake into the outbox only.",
    "Kho khóa bảo mật của hệ điều hành (keyring) không dùng được: phản ánh chờ gửi được mã hóa "
    "bằng khóa lưu trong tệp {0}, nên chỉ tài khoản máy tính này bảo vệ chúng.": "The operating system's keyring cannot be used: the waiting reports are encrypted with "
    "a key kept in the file {0}, so only this computer account protects them.",
    "{0} phản ánh chờ gửi không đọc được, đã để riêng ở {1} (xem reason.txt)": "{0} waiting reports could not be read and were set aside in {1} (see reason.txt)",
    # Phrases the core gives as values of its messages (console.errors.phrase): the fields the
    # input checks name, and what "Cần nhập {what}" asks for.
    "Nội dung": "Text",
    "Thời điểm tiếp nhận": "Time received",
    "Thời điểm xảy ra": "Time it happened",
    "Số điện thoại người phản ánh": "Reporter's phone number",
    "Địa chỉ người phản ánh": "Reporter's address",
    "Thư điện tử người phản ánh": "Reporter's e-mail",
    "Danh xưng": "Form of address",
    "Nội dung trả lời": "Answer text",
    "Nội dung bổ sung": "Added text",
    "Mã phản ánh": "Report code",
    "Bộ lọc": "Filter",
    "Tìm kiếm": "Search",
    "nội dung phản hồi của người dân": "the citizen's feedback",
    "lý do xử lý lại": "the reason for handling it again",
    "nội dung chỉ đạo": "the direction given",
    "tình hình xử lý và lý do đề nghị gia hạn": "the progress so far and the reason for the extension",
    "lý do không duyệt gia hạn": "the reason for refusing the extension",
    "lý do trả lại (ví dụ: không thuộc thẩm quyền)": "the reason for returning it (for example: outside the unit's remit)",
    "nguyên nhân chưa giải quyết được": "why it could not be resolved yet",
    "nội dung kiểm tra thực tế": "the findings of the field check",
    "nội dung tiến độ": "the progress update",
    "kết quả xử lý": "the result of the handling",
    "nội dung kết quả đã sửa": "the edited result",
    "yêu cầu xử lý lại": "what must be handled again",
    "nội dung đề nghị người phản ánh bổ sung": "what the reporter is asked to add",
    "nội dung người phản ánh bổ sung": "what the reporter added",
    "lý do không xử lý": "the reason for not handling it",
    "nội dung giải đáp": "the answer given",
    "nội dung báo cáo UBND": "the report to the People's Committee",
    "lý do hạn chế công khai": "the reason for restricting publication",
    "ý kiến của đơn vị được lấy ý kiến": "the consulted unit's opinion",
    "số điện thoại": "phone number",
    "thư điện tử": "e-mail address",
    "lãnh đạo": "leader",
    "cán bộ xử lý": "handling officer",
    "Tên đơn vị": "The unit's name",
    "Tên viết tắt": "The short name",
    "Không hạn chế": "Not restricted",
    "Ảnh hưởng uy tín của tổ chức, cá nhân": "Harms someone's reputation",
    "Công khai": "Public",
    "Gửi riêng người phản ánh": "Private to the reporter",
    "Không công khai": "Not published",
}

CONTEXT_EN: dict[tuple[str, str], str] = {
    ("Labels", "Tiếp nhận"): "Receive",
    ("Labels", "Không xử lý"): "Not handled",
    ("Messages", "Nội dung phản ánh"): "Report text",  # a field named in an intake refusal
}

if __name__ == "__main__":
    sys.exit(main())
