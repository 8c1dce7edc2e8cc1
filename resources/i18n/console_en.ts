<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="70"/>
        <source>Xác nhận (Ctrl+Enter)</source>
        <translation>Confirm (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="71"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../console/views/admin/__init__.py" line="61"/>
        <source>&amp;Quản trị</source>
        <translation>&amp;Administration</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="329"/>
        <source>Nội dung giải đáp cho người phản ánh *</source>
        <translation>Answer given to the reporter *</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="339"/>
        <source>Cần nhập nội dung giải đáp</source>
        <translation>Enter the answer</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <location filename="../../console/views/intake_panels.py" line="184"/>
        <source>&lt;b&gt;Giải đáp ngay tại tổng đài&lt;/b&gt;</source>
        <translation>&lt;b&gt;Answer on the line&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="186"/>
        <source>Nội dung đã giải đáp cho người gọi…</source>
        <translation>What the caller was told…</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="190"/>
        <source>Ctrl+Enter: lưu phản ánh và ghi nhận đã giải đáp. Esc: quay lại.</source>
        <translation>Ctrl+Enter: save the report and record the answer. Esc: back.</translation>
    </message>
</context>
<context>
    <name>ApiKeysScreen</name>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="37"/>
        <source>Quản trị — Khóa API cho ứng dụng công dân (Open311)</source>
        <translation>Administration — API keys of the citizen apps (Open311)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="43"/>
        <source>Ứng dụng</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="44"/>
        <source>Kênh tiếp nhận</source>
        <translation>Intake channel</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="45"/>
        <source>Đầu khóa</source>
        <translation>Key prefix</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="46"/>
        <source>Tạo lúc</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="47"/>
        <source>Người tạo</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="48"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="57"/>
        <source>Thu hồi khóa đã chọn…</source>
        <translation>Revoke the selected key…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="63"/>
        <source>ví dụ c-thainguyen</source>
        <translation>e.g. c-thainguyen</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="66"/>
        <source>Tạo khóa</source>
        <translation>Create key</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="72"/>
        <source>khóa mới hiện ở đây một lần duy nhất</source>
        <translation>the new key shows here once only</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="73"/>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="81"/>
        <source>trên kênh</source>
        <translation>on channel</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="84"/>
        <source>Ứng dụng mới</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="88"/>
        <source>Khóa</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="94"/>
        <source>Cơ sở dữ liệu chỉ giữ mã băm SHA-256 và vài ký tự đầu của khóa: hãy sao chép khóa ngay khi tạo và gửi cho đơn vị quản lý ứng dụng.</source>
        <translation>The database keeps only the key&apos;s SHA-256 hash and its first characters: copy the key as soon as it is made and send it to the team that runs the app.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="115"/>
        <source>Khóa API (Open311)…</source>
        <translation>API keys (Open311)…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="139"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="141"/>
        <source>Đã thu hồi {0}</source>
        <translation>Revoked {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="169"/>
        <source>Đã tạo khóa cho {0} trên kênh {1}. Khóa chỉ hiện một lần: sao chép ngay.</source>
        <translation>Key made for {0} on channel {1}. It is shown this once: copy it now.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="177"/>
        <source>Chọn một khóa trong bảng trước.</source>
        <translation>Select a key in the table first.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="182"/>
        <source>Thu hồi khóa API</source>
        <translation>Revoke API key</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="184"/>
        <source>Thu hồi khóa của {0}? Ứng dụng sẽ không gửi được phản ánh bằng khóa này nữa.</source>
        <translation>Revoke the key of {0}? The app will no longer be able to send reports with it.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="198"/>
        <source>Đã thu hồi khóa của {0}.</source>
        <translation>The key of {0} was revoked.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/api_keys.py" line="200"/>
        <source>Khóa của {0} đã bị thu hồi từ trước.</source>
        <translation>The key of {0} had already been revoked.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../console/views/app.py" line="63"/>
        <source>Cơ sở dữ liệu mới: đang tạo dữ liệu mẫu…</source>
        <translation>New database: creating demo data…</translation>
    </message>
    <message>
        <location filename="../../console/views/app.py" line="66"/>
        <source>Lần chạy đầu tiên</source>
        <translation>First start</translation>
    </message>
    <message>
        <location filename="../../console/views/app.py" line="75"/>
        <source>Dữ liệu mẫu</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../console/views/app.py" line="76"/>
        <source>Đã tạo {0} phản ánh mẫu và {1} tài khoản. Mật khẩu chỉ hiện một lần — mở phần chi tiết bên dưới và ghi lại trước khi đóng.</source>
        <translation>Created {0} demo reports and {1} accounts. The passwords are shown only once — open the details below and write them down before closing.</translation>
    </message>
    <message>
        <location filename="../../console/views/app.py" line="92"/>
        <location filename="../../console/views/app.py" line="175"/>
        <location filename="../../console/views/app.py" line="181"/>
        <location filename="../../console/views/operations.py" line="70"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../console/views/app.py" line="93"/>
        <source>Không tạo được dữ liệu mẫu: {0}</source>
        <translation>Could not create the demo data: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/app.py" line="242"/>
        <source>Không khởi động được</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <location filename="../../console/views/app.py" line="253"/>
        <source>IOC — Phản ánh hiện trường</source>
        <translation>IOC — Field reports</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="45"/>
        <source>Lĩnh vực</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="46"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="47"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="48"/>
        <source>Đơn vị xử lý</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="56"/>
        <source>Tiến độ xử lý</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="106"/>
        <source>Phê duyệt kết quả xử lý — {0}</source>
        <translation>Approve the result — {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="109"/>
        <source>Phản ánh</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="114"/>
        <source>Kết quả đề xuất của đơn vị</source>
        <translation>The unit&apos;s proposed result</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="120"/>
        <source>Sửa trực tiếp nội dung rồi bấm &quot;Sửa và phê duyệt&quot;.</source>
        <translation>Edit the text directly, then press &quot;Edit and approve&quot;.</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="122"/>
        <source>&amp;Lý do trả lại (khi trả lại xử lý lại)</source>
        <translation>&amp;Reason for returning (when returning for rework)</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="141"/>
        <source>&amp;Phê duyệt</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="142"/>
        <source>&amp;Sửa và phê duyệt</source>
        <translation>&amp;Edit and approve</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="143"/>
        <source>&amp;Trả lại xử lý lại</source>
        <translation>Return for re&amp;work</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="194"/>
        <source>Cần nhập lý do trả lại để đơn vị xử lý lại</source>
        <translation>Enter why the unit must rework the result</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="196"/>
        <source>Nội dung kết quả không được để trống</source>
        <translation>The result may not be empty</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="198"/>
        <source>Nội dung đã được sửa: hãy dùng &quot;Sửa và phê duyệt&quot;</source>
        <translation>The text was edited: use &quot;Edit and approve&quot;</translation>
    </message>
</context>
<context>
    <name>AreaBox</name>
    <message>
        <location filename="../../console/views/intake_fields.py" line="53"/>
        <source>Chọn hoặc gõ địa bàn</source>
        <translation>Choose or type the area</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../console/views/intake_panels.py" line="86"/>
        <source>Thêm tệp… (Ctrl+O)</source>
        <translation>Add files… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="92"/>
        <source>Ảnh, video, ghi âm, PDF, Word; tối đa {0} tệp, mỗi tệp đến {1}. Kéo thả tệp vào cửa sổ này; Delete để bỏ tệp đã chọn.</source>
        <translation>Photos, video, audio, PDF, Word; at most {0} files, each up to {1}. Drop files on this window; Delete removes the selected file.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="138"/>
        <source>không đọc được tệp</source>
        <translation>cannot read the file</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="140"/>
        <source>quá {0} tệp</source>
        <translation>more than {0} files</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="142"/>
        <source>tệp rỗng</source>
        <translation>empty file</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="144"/>
        <source>lớn quá {0}</source>
        <translation>larger than {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="146"/>
        <source>không nhận loại tệp này</source>
        <translation>this file type is not accepted</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="168"/>
        <source>Tệp đính kèm ({0})</source>
        <translation>Attachments ({0})</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="170"/>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="173"/>
        <source>{0} tệp sẽ bị từ chối khi lưu: chọn tệp đó và bấm Delete để bỏ.</source>
        <translation>{0} files would be refused on saving: select them and press Delete to remove them.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../console/views/attachment_view.py" line="49"/>
        <source>&amp;Lưu bản sao…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <location filename="../../console/views/attachment_view.py" line="60"/>
        <source>Lưu tệp đính kèm</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <location filename="../../console/views/attachment_view.py" line="76"/>
        <source>Tệp đính kèm ({0})</source>
        <translation>Attachments ({0})</translation>
    </message>
    <message>
        <location filename="../../console/views/attachment_view.py" line="81"/>
        <source>Không có tệp đính kèm</source>
        <translation>No attachments</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../console/views/admin/audit.py" line="45"/>
        <source>Quản trị — Nhật ký quản trị</source>
        <translation>Administration — Audit trail</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="57"/>
        <source>tên đăng nhập</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="60"/>
        <source>Mọi thao tác</source>
        <translation>Every action</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="62"/>
        <source>Đăng nhập (mọi loại)</source>
        <translation>Sign-ins (all kinds)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="63"/>
        <source>Tài khoản (mọi thao tác)</source>
        <translation>Accounts (every action)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="64"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="65"/>
        <source>Lịch làm việc (mọi thao tác)</source>
        <translation>Working calendar (every action)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="66"/>
        <source>Đơn vị (mọi thao tác)</source>
        <translation>Units (every action)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="67"/>
        <source>Lĩnh vực (mọi thao tác)</source>
        <translation>Categories (every action)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="68"/>
        <source>Kết nối máy chủ (mọi thao tác)</source>
        <translation>Server connection (every action)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="76"/>
        <source>đối tượng, ví dụ user:dieuhanh1</source>
        <translation>target, e.g. user:dieuhanh1</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="77"/>
        <source>Xem</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="81"/>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="86"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="87"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="88"/>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="89"/>
        <location filename="../../console/views/admin/audit.py" line="103"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="90"/>
        <location filename="../../console/views/admin/audit.py" line="104"/>
        <source>Đối tượng</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="101"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="102"/>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="105"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="106"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="119"/>
        <source>Nhật ký chỉ được ghi thêm; không ai sửa hay xóa được một dòng.</source>
        <translation>The trail is append-only: nobody can edit or delete an entry.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="132"/>
        <source>Nhật ký quản trị…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="167"/>
        <source>{0} dòng</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="172"/>
        <source>Đã xuất {0} dòng vào {1}</source>
        <translation>Exported {0} entries to {1}</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/audit.py" line="177"/>
        <source>Xuất nhật ký</source>
        <translation>Export the audit trail</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="48"/>
        <source>In hàng loạt văn bản trả lời</source>
        <translation>Batch-print reply letters</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="56"/>
        <source>Bản công khai (ẩn thông tin người phản ánh đề nghị giữ bí mật)</source>
        <translation>Public version (hides reporters who asked for confidentiality)</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="59"/>
        <source>Trả lời &amp;từ ngày</source>
        <translation>Answered &amp;from</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="60"/>
        <source>&amp;đến ngày</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="68"/>
        <source>&amp;Tạo văn bản</source>
        <translation>&amp;Make the letters</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="70"/>
        <source>&amp;Dừng</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="72"/>
        <source>&amp;Lưu PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="73"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="102"/>
        <source>Đang tạo văn bản…</source>
        <translation>Making the letters…</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="124"/>
        <source> Bỏ qua {0} phản ánh (không có văn bản công khai).</source>
        <translation> {0} reports skipped (no public letter).</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="128"/>
        <source>Đã tạo {0} văn bản trả lời.</source>
        <translation>{0} reply letters made.</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="132"/>
        <source>Đã dừng.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="146"/>
        <source>Đã lưu {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="152"/>
        <source>Lưu văn bản trả lời</source>
        <translation>Save the reply letters</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="154"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/views/batch_letters_dialog.py" line="164"/>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation>{0} pages sent to the printer.</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="70"/>
        <source>Quản trị — Lịch làm việc</source>
        <translation>Administration — Working calendar</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="82"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="86"/>
        <source>Ngày lễ, Tết</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="87"/>
        <source>Làm bù theo lịch nhà nước</source>
        <translation>National make-up working day</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="88"/>
        <source>Ngày nghỉ do quản trị đặt</source>
        <translation>Day off set by the administrator</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="89"/>
        <source>Ngày làm việc do quản trị đặt</source>
        <translation>Working day set by the administrator</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="113"/>
        <source>Tháng {0}</source>
        <translation>Month {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="125"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="125"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="125"/>
        <source>Tên / lý do</source>
        <translation>Name / reason</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="146"/>
        <source>Lịch làm việc…</source>
        <translation>Working calendar…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="149"/>
        <source>Thay đổi một ngày</source>
        <translation>Change a day</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="154"/>
        <location filename="../../console/views/admin/calendar.py" line="201"/>
        <source>Ngày nghỉ</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="157"/>
        <source>Ngày làm việc (làm bù)</source>
        <translation>Working day (make-up)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="159"/>
        <source>Bỏ điều chỉnh của ngày này</source>
        <translation>Remove this day&apos;s change</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="166"/>
        <source>Căn cứ, ví dụ: Quyết định số …/QĐ-UBND</source>
        <translation>Grounds, e.g. Decision No. …/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="167"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="169"/>
        <source>Áp dụng và tính lại hạn xử lý</source>
        <translation>Apply and recompute the deadlines</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="188"/>
        <source>Ngày:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="189"/>
        <source>Thành:</source>
        <translation>Make it:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="190"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="199"/>
        <source>Ngày lễ</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="200"/>
        <source>Làm bù (nhà nước)</source>
        <translation>Make-up day (national)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="202"/>
        <source>Ngày làm việc</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="234"/>
        <source>{0} ngày làm việc trong năm {1}</source>
        <translation>{0} working days in {1}</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="266"/>
        <source>Không có hạn xử lý nào đang mở bị ảnh hưởng.</source>
        <translation>No open deadline is affected.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="268"/>
        <source>Đã dời {0} hạn xử lý của {1} phản ánh đang mở, từ {2} đến {3} giờ.</source>
        <translation>Moved {0} deadlines of {1} open reports, by {2} to {3} hours.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="270"/>
        <source>Sẽ dời {0} hạn xử lý của {1} phản ánh đang mở, từ {2} đến {3} giờ.</source>
        <translation>Will move {0} deadlines of {1} open reports, by {2} to {3} hours.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/calendar.py" line="287"/>
        <source>Hãy ghi lý do trước khi áp dụng.</source>
        <translation>Give the reason before applying.</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../console/views/intake_related.py" line="39"/>
        <source>Các lần phản ánh trước của số này</source>
        <translation>Earlier reports from this number</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="47"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="47"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="47"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="47"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="69"/>
        <source>Nhập số điện thoại để xem các lần gọi trước.</source>
        <translation>Type a phone number to see earlier calls.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="74"/>
        <source>Đang tìm các lần gọi trước…</source>
        <translation>Looking up earlier calls…</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="92"/>
        <source>Số {0} đã phản ánh {1} lần.</source>
        <translation>{0} has reported {1} times.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="94"/>
        <source>Chưa có phản ánh nào từ số {0}.</source>
        <translation>No earlier reports from {0}.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="99"/>
        <source>Không tra được lịch sử cuộc gọi: {0}</source>
        <translation>Cannot look up the call history: {0}</translation>
    </message>
</context>
<context>
    <name>CategoriesScreen</name>
    <message>
        <location filename="../../console/views/admin/categories.py" line="49"/>
        <source>(thời hạn chung)</source>
        <translation>(general deadline)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="106"/>
        <source>Quản trị — Lĩnh vực</source>
        <translation>Administration — Categories</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="112"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="113"/>
        <source>Lĩnh vực</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="114"/>
        <source>Đơn vị xử lý mặc định</source>
        <translation>Default handling unit</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="115"/>
        <source>Thời hạn xử lý</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="116"/>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="117"/>
        <source>Áp dụng từ</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="118"/>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="119"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="140"/>
        <source>Lĩnh vực…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="149"/>
        <source>Lĩnh vực đang chọn</source>
        <translation>Selected category</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="155"/>
        <source>Theo thời hạn xử lý chung</source>
        <translation>The general handling deadline</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="160"/>
        <source>Điều khoản hoặc văn bản quy định thời hạn</source>
        <translation>The article or document that sets the deadline</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="164"/>
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="165"/>
        <source>Tên lĩnh vực:</source>
        <translation>Category name:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="168"/>
        <source>Đặt đơn vị</source>
        <translation>Set the unit</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="169"/>
        <source>Đơn vị xử lý mặc định:</source>
        <translation>Default handling unit:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="173"/>
        <source>Căn cứ:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="176"/>
        <source>Áp dụng thời hạn mới</source>
        <translation>Apply the new deadline</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="179"/>
        <source>Thời hạn xử lý:</source>
        <translation>Handling deadline:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="186"/>
        <source>Thời hạn mới áp dụng cho phản ánh tiếp nhận sau khi thay đổi; phản ánh đã tiếp nhận trước đó giữ thời hạn cũ.</source>
        <translation>A new deadline applies to reports received after the change; reports received before keep their deadline.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="194"/>
        <source>Quy chế của tỉnh dùng một thời hạn xử lý chung cho mọi lĩnh vực.</source>
        <translation>The province&apos;s regulation has one handling deadline for every category.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="198"/>
        <source>Thêm lĩnh vực…</source>
        <translation>Add a category…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="200"/>
        <location filename="../../console/views/admin/categories.py" line="218"/>
        <location filename="../../console/views/admin/categories.py" line="261"/>
        <source>Ngừng sử dụng</source>
        <translation>No longer used</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="216"/>
        <source>quy chế</source>
        <translation>regulation</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="218"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="261"/>
        <source>Dùng lại</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="275"/>
        <source>Đã đổi tên lĩnh vực</source>
        <translation>Category renamed</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="283"/>
        <source>Đã đổi đơn vị xử lý mặc định của {0}</source>
        <translation>Default handling unit of {0} changed</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="295"/>
        <source>Thời hạn mới của {0} áp dụng cho phản ánh tiếp nhận từ bây giờ</source>
        <translation>The new deadline of {0} applies to reports received from now on</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="305"/>
        <source>Đã cập nhật trạng thái lĩnh vực {0}</source>
        <translation>Category {0} updated</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="325"/>
        <source>Đã thêm lĩnh vực {0}</source>
        <translation>Category {0} added</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../console/views/admin/categories.py" line="62"/>
        <source>Thêm lĩnh vực</source>
        <translation>Add a category</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="71"/>
        <source>Theo thời hạn xử lý chung</source>
        <translation>The general handling deadline</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="79"/>
        <source>Mã lĩnh vực:</source>
        <translation>Category code:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="80"/>
        <source>Tên lĩnh vực:</source>
        <translation>Category name:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="81"/>
        <source>Chủ đề:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="82"/>
        <source>Đơn vị xử lý mặc định:</source>
        <translation>Default handling unit:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="84"/>
        <source>Thời hạn xử lý:</source>
        <translation>Handling deadline:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="85"/>
        <source>Độ dài:</source>
        <translation>Length:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/categories.py" line="86"/>
        <source>Căn cứ:</source>
        <translation>Basis:</translation>
    </message>
</context>
<context>
    <name>CauseDialog</name>
    <message>
        <location filename="../../console/views/routing_action_dialogs.py" line="70"/>
        <source>Báo cáo UBND thành phố nguyên nhân chưa giải quyết được và thời gian dự kiến giải quyết; thời hạn xử lý không thay đổi.</source>
        <translation>Report to the city People&apos;s Committee why it cannot be resolved yet and when it is expected to be; the deadline does not change.</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_action_dialogs.py" line="86"/>
        <source>Nguyên nhân *</source>
        <translation>Cause *</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_action_dialogs.py" line="87"/>
        <source>Dự kiến giải quyết xong trước *</source>
        <translation>Expected to be resolved by *</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_action_dialogs.py" line="98"/>
        <source>Cần nhập nguyên nhân chưa giải quyết được</source>
        <translation>Enter why it cannot be resolved yet</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_action_dialogs.py" line="100"/>
        <source>Thời gian dự kiến giải quyết phải ở tương lai (sau {0})</source>
        <translation>The expected date must be in the future (after {0})</translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="75"/>
        <source>&amp;Khẩn cấp (xử lý ngay)</source>
        <translation>&amp;Emergency (handle at once)</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="79"/>
        <source>&amp;Lĩnh vực *</source>
        <translation>&amp;Category *</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="81"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="90"/>
        <source>Chọn lĩnh vực</source>
        <translation>Choose a category</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../console/views/admin/connection.py" line="70"/>
        <source>Kết nối máy chủ</source>
        <translation>Server connection</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="74"/>
        <source>Tệp dữ liệu trên máy này (SQLite)</source>
        <translation>A data file on this computer (SQLite)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="77"/>
        <source>Máy chủ cơ sở dữ liệu của tỉnh (PostgreSQL)</source>
        <translation>The province&apos;s database server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="101"/>
        <source>Mật khẩu được lưu trong kho khóa bảo mật của hệ điều hành, không lưu trong tệp cấu hình.</source>
        <translation>The password is kept in the operating system&apos;s keyring, never in the settings file.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="108"/>
        <source>Địa chỉ máy chủ:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="109"/>
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="110"/>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="111"/>
        <source>Người dùng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="112"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="114"/>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="117"/>
        <source>Kiểm tra kết nối</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="122"/>
        <source>Nâng cấp cấu trúc dữ liệu (quản trị viên)</source>
        <translation>Upgrade the database schema (administrator)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="126"/>
        <source>Nâng cấp</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="130"/>
        <source>Tài khoản quản trị:</source>
        <translation>Administrator account:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="131"/>
        <source>Mật khẩu quản trị:</source>
        <translation>Administrator&apos;s password:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="137"/>
        <source>Lưu và dùng kết nối này</source>
        <translation>Save and use this connection</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="140"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="146"/>
        <source>Lưu từ màn hình đăng nhập: dùng ngay. Lưu khi đang làm việc: dùng từ lần mở ứng dụng sau.</source>
        <translation>Saved from the sign-in screen: used at once. Saved while working: used from the next start of the app.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="194"/>
        <source>Đang kiểm tra kết nối…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="203"/>
        <source>Đang nâng cấp cấu trúc dữ liệu…</source>
        <translation>Upgrading the database schema…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="241"/>
        <source>Mật khẩu máy chủ</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/connection.py" line="242"/>
        <source>Mật khẩu của {0}:</source>
        <translation>Password of {0}:</translation>
    </message>
</context>
<context>
    <name>ConsultationAnswerDialog</name>
    <message>
        <location filename="../../console/views/routing_action_dialogs.py" line="40"/>
        <source>Đơn vị trả lời *</source>
        <translation>Unit that answered *</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_action_dialogs.py" line="41"/>
        <source>Ý kiến của đơn vị *</source>
        <translation>The unit&apos;s opinion *</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_action_dialogs.py" line="43"/>
        <source>Hạn trả lời ý kiến: {0}</source>
        <translation>Opinion due: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_action_dialogs.py" line="52"/>
        <source>Không có đơn vị nào đang chờ trả lời ý kiến</source>
        <translation>No consulted unit is waiting to answer</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_action_dialogs.py" line="54"/>
        <source>Cần nhập ý kiến của đơn vị</source>
        <translation>Enter the unit&apos;s opinion</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <location filename="../../console/views/dashboard_export.py" line="28"/>
        <source>Báo cáo có số (*.pdf)</source>
        <translation>Numbered report (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_export.py" line="35"/>
        <source>Xuất báo cáo thống kê</source>
        <translation>Export the statistics report</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_export.py" line="48"/>
        <source>Đang xuất {0}…</source>
        <translation>Exporting {0}…</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_export.py" line="49"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_export.py" line="80"/>
        <source>Đã xuất {0}</source>
        <translation>Exported {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_export.py" line="82"/>
        <source>Đã ban hành báo cáo số {0}: {1}</source>
        <translation>Report no. {0} issued: {1}</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_export.py" line="93"/>
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../console/views/dashboard.py" line="53"/>
        <source>Thống kê — {0}</source>
        <translation>Statistics — {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="62"/>
        <source>Xuất báo cáo…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="69"/>
        <source>Tiếp nhận và giải quyết</source>
        <translation>Received and resolved</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="71"/>
        <source>Trễ hạn theo đơn vị</source>
        <translation>Late by unit</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="73"/>
        <source>Hài lòng theo đơn vị</source>
        <translation>Satisfaction by unit</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="75"/>
        <source>Theo lĩnh vực</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="94"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="95"/>
        <source>Xếp hạng đơn vị</source>
        <translation>Unit ranking</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="96"/>
        <source>Trách nhiệm qua các lần chuyển</source>
        <translation>Accountability across transfers</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="129"/>
        <source>Đang tính…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="146"/>
        <source>Số liệu lúc {0}</source>
        <translation>Figures as of {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="162"/>
        <location filename="../../console/views/dashboard.py" line="190"/>
        <location filename="../../console/views/dashboard.py" line="221"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="163"/>
        <location filename="../../console/views/dashboard.py" line="221"/>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="171"/>
        <location filename="../../console/views/dashboard.py" line="194"/>
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard.py" line="178"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../console/views/detail_pane.py" line="120"/>
        <source>Chọn một phản ánh để xem chi tiết</source>
        <translation>Choose a report to see its details</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_pane.py" line="157"/>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_pane.py" line="186"/>
        <source>Không mở được phản ánh: {0}</source>
        <translation>Cannot open the report: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_pane.py" line="252"/>
        <source>{0} vừa cập nhật phản ánh này lúc {1}: {2}.</source>
        <translation>{0} updated this report at {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_pane.py" line="333"/>
        <source>Mất kết nối máy chủ: thao tác đã vào hàng chờ, sẽ tự gửi khi kết nối lại (xem «Chưa gửi được»).</source>
        <translation>No connection to the server: the action is waiting in the outbox and will be sent when the connection is back (see “Not sent”).</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_pane.py" line="349"/>
        <source>Lỗi hệ thống, chưa có gì được ghi: {0}</source>
        <translation>System error, nothing was saved: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="49"/>
        <source>Bước</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="50"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="51"/>
        <source>Hạn ban đầu</source>
        <translation>Originally due</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="52"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="53"/>
        <source>Còn lại / hoàn thành</source>
        <translation>Left / completed</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="99"/>
        <source>KHẨN CẤP</source>
        <translation>EMERGENCY</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="102"/>
        <source>Giữ bí mật người phản ánh</source>
        <translation>Reporter kept confidential</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="106"/>
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="109"/>
        <source>Bí mật nhà nước</source>
        <translation>State secret</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="115"/>
        <source>Ảnh hưởng uy tín tổ chức, cá nhân</source>
        <translation>Harms someone&apos;s reputation</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="121"/>
        <source>Ngôn từ cần xem xét</source>
        <translation>Wording to review</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="144"/>
        <source>Nội dung phản ánh</source>
        <translation>The report</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="147"/>
        <source>(không có nội dung)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="150"/>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="151"/>
        <source>Địa bàn:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="152"/>
        <source>Kênh tiếp nhận:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="154"/>
        <source>Lĩnh vực:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="155"/>
        <source>Chưa phân loại</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="157"/>
        <source>Đơn vị đang giữ:</source>
        <translation>Held by:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="158"/>
        <source>Tiếp nhận lúc:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="159"/>
        <source>Thời điểm xảy ra:</source>
        <translation>Happened at:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="169"/>
        <source>Người phản ánh</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="175"/>
        <source>Thông tin người phản ánh được ẩn</source>
        <translation>The reporter&apos;s details are hidden</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="177"/>
        <source>Người phản ánh đề nghị giữ bí mật: không công bố họ tên, liên hệ</source>
        <translation>The reporter asked for confidentiality: never publish the name or contacts</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="186"/>
        <source>(chưa có họ tên)</source>
        <translation>(no name given)</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="188"/>
        <source>Họ tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="189"/>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="190"/>
        <source>Thư điện tử:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="191"/>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="201"/>
        <source>Kiểm tra thông tin ({0})</source>
        <translation>Completeness check ({0})</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="206"/>
        <source>Còn thiếu {0} mục: chưa thể chuyển xử lý</source>
        <translation>{0} items missing: cannot be forwarded yet</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="208"/>
        <source>Đủ thông tin theo quy định</source>
        <translation>Complete as the regulation requires</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="234"/>
        <source>Thời hạn từng bước</source>
        <translation>Deadlines by stage</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="244"/>
        <source>hoàn thành {0}</source>
        <translation>completed {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="269"/>
        <source>Kết quả xử lý</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="273"/>
        <source>Chưa có kết quả</source>
        <translation>No result yet</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="276"/>
        <source>&lt;b&gt;Lần {0} — gửi lúc {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Round {0} — submitted at {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="277"/>
        <source>&lt;i&gt;Dự thảo của đơn vị:&lt;/i&gt; {0}</source>
        <translation>&lt;i&gt;The unit&apos;s draft:&lt;/i&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="281"/>
        <source>&lt;i&gt;Đã phê duyệt (có sửa):&lt;/i&gt; {0}</source>
        <translation>&lt;i&gt;Approved (edited):&lt;/i&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="284"/>
        <source>&lt;i&gt;Đã phê duyệt&lt;/i&gt;</source>
        <translation>&lt;i&gt;Approved&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="287"/>
        <source>&lt;i&gt;Đã trả lời người dân:&lt;/i&gt; {0}</source>
        <translation>&lt;i&gt;Answer sent to the citizen:&lt;/i&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="294"/>
        <source>Tiến độ xử lý</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="297"/>
        <source>Chưa có cập nhật tiến độ</source>
        <translation>No progress posted yet</translation>
    </message>
    <message>
        <location filename="../../console/views/detail_sections.py" line="305"/>
        <source>Lịch sử xử lý</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <location filename="../../console/views/intake_related.py" line="119"/>
        <source>Có thể trùng với phản ánh đang mở</source>
        <translation>May duplicate an open report</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="121"/>
        <source>&amp;Gộp vào phản ánh này</source>
        <translation>&amp;Merge into this report</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="127"/>
        <source>Tiếp nhận &amp;mới</source>
        <translation>Ne&amp;w report</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="140"/>
        <source>Đã tiếp nhận phản ánh {0} — trạng thái: {1}.</source>
        <translation>Report {0} received — status: {1}.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="145"/>
        <source>Đã lưu {0} tệp đính kèm.</source>
        <translation>{0} attachments saved.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="207"/>
        <source>Mất kết nối máy chủ: việc gộp {0} vào phản ánh {1} đã vào hàng chờ, sẽ tự gửi khi kết nối lại.</source>
        <translation>No connection to the server: linking {0} to report {1} is waiting in the outbox and will be sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_related.py" line="214"/>
        <source>Đã gộp {0} vào phản ánh {1}: trả lời cùng phản ánh đó.</source>
        <translation>{0} was merged into {1}: it is answered with that report.</translation>
    </message>
</context>
<context>
    <name>ExtensionDecisionDialog</name>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="157"/>
        <source>Đề nghị gia hạn — {0}</source>
        <translation>Extension request — {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="160"/>
        <source>Không có đề nghị gia hạn nào đang chờ quyết định.</source>
        <translation>No extension request is waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="165"/>
        <source>Người đề nghị: {0}, lúc {1}</source>
        <translation>Requested by: {0}, at {1}</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="168"/>
        <source>Hạn xử lý hiện tại: {0}</source>
        <translation>Current deadline: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="169"/>
        <source>Đề nghị hoàn thành trước: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Asks to complete by: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="172"/>
        <source>Tình hình xử lý và lý do: {0}</source>
        <translation>Progress and reason: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="173"/>
        <source>Ảnh minh chứng kèm theo: {0}</source>
        <translation>Photos attached: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="181"/>
        <source>&amp;Lý do không duyệt (khi không duyệt)</source>
        <translation>&amp;Reason for refusing (when refusing)</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="214"/>
        <source>Cần nhập lý do không duyệt gia hạn</source>
        <translation>Enter the reason for refusing the extension</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="60"/>
        <source>Hạn xử lý hiện tại: {0}</source>
        <translation>Current deadline: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="60"/>
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="62"/>
        <source> (hạn ban đầu {0})</source>
        <translation> (originally {0})</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="66"/>
        <source>Đề nghị được gửi lãnh đạo đơn vị duyệt; hạn xử lý chỉ đổi khi được duyệt.</source>
        <translation>The request goes to the unit&apos;s leader; the deadline changes only once approved.</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="82"/>
        <source>Cam kết hoàn thành trước *</source>
        <translation>Committed completion by *</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="83"/>
        <source>Tình hình xử lý và lý do *</source>
        <translation>Progress and reason *</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="87"/>
        <source>Thêm &amp;ảnh…</source>
        <translation>Add &amp;photos…</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="94"/>
        <source>Hình ảnh minh chứng *</source>
        <translation>Photos of the work *</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="96"/>
        <source>Hình ảnh (không bắt buộc)</source>
        <translation>Photos (optional)</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="116"/>
        <source>Chọn ảnh minh chứng</source>
        <translation>Choose photos of the work</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="118"/>
        <source>Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.gif)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.heic *.gif)</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="131"/>
        <source>Cần nhập tình hình xử lý và lý do đề nghị gia hạn</source>
        <translation>Enter the progress and the reason for the extension</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="133"/>
        <source>Cần kèm hình ảnh minh chứng tình hình xử lý</source>
        <translation>Attach photos of the work done so far</translation>
    </message>
    <message>
        <location filename="../../console/views/extension_dialogs.py" line="127"/>
        <source>Ngày cam kết hoàn thành phải ở tương lai (sau {0})</source>
        <translation>The committed date must be in the future (after {0})</translation>
    </message>
</context>
<context>
    <name>HeldOutboxScreen</name>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="40"/>
        <source>Quản trị — Mục chờ gửi của phiên đã kết thúc</source>
        <translation>Administration — Waiting items of ended sessions</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="44"/>
        <source>Những gì đã nhập ngoại tuyến trên máy này khi phiên của người nhập kết thúc (tài khoản bị vô hiệu hóa hoặc đổi mật khẩu). Chỉ gửi thay người nhập khi tài khoản đã hoạt động lại; hoặc bỏ (có ghi nhật ký).</source>
        <translation>What was typed offline on this computer when the author&apos;s session ended (account deactivated or password changed). Send it in the author&apos;s name only once the account is active again; or discard it (recorded).</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="54"/>
        <source>Người nhập</source>
        <translation>Typed by</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="54"/>
        <source>Nhập lúc</source>
        <translation>Typed at</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="54"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="54"/>
        <source>Lý do giữ</source>
        <translation>Why it is held</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="62"/>
        <source>Gửi thay người nhập</source>
        <translation>Send in the author&apos;s name</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="65"/>
        <source>Gửi mọi mục của người nhập đã chọn, theo thứ tự đã nhập, dưới tên họ</source>
        <translation>Send every item of the selected author, in the order typed, under their name</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="68"/>
        <source>Bỏ mục đã chọn…</source>
        <translation>Discard the selected item…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="87"/>
        <source>Mục chờ gửi của phiên đã kết thúc…</source>
        <translation>Waiting items of ended sessions…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="100"/>
        <source>Phản ánh mới — {0}</source>
        <translation>New report — {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="131"/>
        <source>Đã gửi {0} mục dưới tên {1}; mục chưa gửi được nằm trong danh sách của họ.</source>
        <translation>Sent {0} item(s) under the name of {1}; what could not be sent is in their own list.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="143"/>
        <source>Bỏ hẳn mục của {0} nhập lúc {1}? Nội dung sẽ không được gửi.</source>
        <translation>Discard for good the item {0} typed at {1}? It will not be sent.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/held_outbox.py" line="156"/>
        <source>Đã bỏ mục chờ gửi (đã ghi nhật ký).</source>
        <translation>The waiting item was discarded (recorded).</translation>
    </message>
</context>
<context>
    <name>IntakeButtons</name>
    <message>
        <location filename="../../console/views/intake_modes.py" line="64"/>
        <source>&amp;Giải đáp ngay</source>
        <translation>Ans&amp;wer now</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_modes.py" line="65"/>
        <source>Hướng &amp;dẫn kênh khác</source>
        <translation>&amp;Guide to another channel</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_modes.py" line="84"/>
        <source>Lưu (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_modes.py" line="84"/>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_modes.py" line="86"/>
        <source>Lưu và ghi nhận đã giải đáp (Ctrl+Enter)</source>
        <translation>Save and record the answer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_modes.py" line="87"/>
        <location filename="../../console/views/intake_modes.py" line="91"/>
        <source>Quay lại (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_modes.py" line="90"/>
        <source>Lưu và ghi nhận đã hướng dẫn (Ctrl+Enter)</source>
        <translation>Save and record the guidance (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_modes.py" line="93"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="74"/>
        <source>Tiếp nhận phản ánh — {0}</source>
        <translation>New field report — {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="183"/>
        <source>Không tải được danh mục kênh, lĩnh vực: {0}</source>
        <translation>Cannot load the channels and categories: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="202"/>
        <source>Chọn tệp đính kèm</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="230"/>
        <source>Chọn kênh cần hướng dẫn người gọi.</source>
        <translation>Choose the channel to guide the caller to.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="236"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="258"/>
        <source>Đã tiếp nhận {0}; mất kết nối máy chủ nên việc trả lời hoặc hướng dẫn người gọi đã vào hàng chờ, sẽ tự gửi khi kết nối lại.</source>
        <translation>Received {0}; the connection to the server was lost, so the answer or redirection given to the caller is waiting in the outbox and will be sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="266"/>
        <source>Đã tiếp nhận {0}, nhưng chưa thực hiện được: {1}</source>
        <translation>{0} was received, but this failed: {1}</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="278"/>
        <source>Chưa lưu được (nội dung vẫn còn nguyên, thử lại): {0}</source>
        <translation>Not saved (everything typed is kept; try again): {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="296"/>
        <source>Mất kết nối máy chủ: đã lưu phản ánh vào hàng chờ, sẽ tự gửi khi kết nối lại.</source>
        <translation>Lost connection to the server: the report is saved in the outbox and will be sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="300"/>
        <source>Việc trả lời hoặc hướng dẫn người gọi cũng đã vào hàng chờ, gửi ngay sau phản ánh.</source>
        <translation>The answer or redirection given to the caller is waiting too, to be sent right after the report.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="310"/>
        <source>Đã lưu phản ánh {0}.</source>
        <translation>Report {0} saved.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="346"/>
        <source>Đang lưu, vui lòng chờ…</source>
        <translation>Saving, please wait…</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="358"/>
        <source>Bỏ nội dung đang nhập?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="359"/>
        <source>Những gì đã nhập chưa được lưu sẽ mất.</source>
        <translation>What you typed has not been saved and will be lost.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="363"/>
        <source>Bỏ nội dung</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_dialog.py" line="364"/>
        <source>Tiếp tục nhập</source>
        <translation>Keep typing</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../console/views/intake_form.py" line="78"/>
        <source>VD: 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="87"/>
        <source>Đề nghị giữ bí &amp;mật thông tin</source>
        <translation>Keep the reporter &amp;confidential</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="93"/>
        <source>Nội dung th&amp;uộc bí mật nhà nước</source>
        <translation>Content is a state sec&amp;ret</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="112"/>
        <source>Khẩn cấ&amp;p</source>
        <translation>Emergenc&amp;y</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="127"/>
        <source>Người phản ánh</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="130"/>
        <source>&amp;Số điện thoại</source>
        <translation>&amp;Phone number</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="133"/>
        <source>&amp;Họ tên</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="136"/>
        <source>Danh &amp;xưng</source>
        <translation>&amp;Honorific</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="140"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="141"/>
        <source>Địa &amp;chỉ</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="145"/>
        <source>Nội dung phản ánh</source>
        <translation>The report</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="147"/>
        <source>&amp;Tiêu đề</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="148"/>
        <source>&amp;Nội dung</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="150"/>
        <source>Đị&amp;a điểm</source>
        <translation>Pl&amp;ace</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="152"/>
        <source>Địa &amp;bàn</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="153"/>
        <source>Thời gian xảy &amp;ra</source>
        <translation>Happened a&amp;t</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="155"/>
        <source>&amp;Lĩnh vực</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="165"/>
        <source>&amp;Kênh tiếp nhận</source>
        <translation>Chan&amp;nel</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="202"/>
        <source>— Chưa phân loại —</source>
        <translation>— Not classified —</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="219"/>
        <source>chưa đúng số</source>
        <translation>not a valid number</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="228"/>
        <source>⚠ Có từ ngữ thiếu chuẩn mực: {0}. Phản ánh vẫn được tiếp nhận và được đánh dấu để xem xét.</source>
        <translation>⚠ Improper wording: {0}. The report is still received and is flagged for review.</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_form.py" line="241"/>
        <source>Gợ&amp;i ý lĩnh vực: {0}</source>
        <translation>Su&amp;ggested category: {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../console/views/i18n.py" line="33"/>
        <location filename="../../console/views/label_text.py" line="49"/>
        <source>Mới tiếp nhận</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="34"/>
        <source>Của tôi</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="35"/>
        <source>Của đơn vị</source>
        <translation>My unit</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="36"/>
        <location filename="../../console/views/label_text.py" line="67"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="37"/>
        <source>Quá hạn / trễ hạn</source>
        <translation>Overdue / late</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="38"/>
        <location filename="../../console/views/label_text.py" line="57"/>
        <source>Chờ phê duyệt</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="39"/>
        <source>Chờ trả lời</source>
        <translation>To answer</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="40"/>
        <source>Bị trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="41"/>
        <location filename="../../console/views/label_text.py" line="50"/>
        <source>Chờ bổ sung</source>
        <translation>Awaiting information</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="42"/>
        <location filename="../../console/views/label_text.py" line="42"/>
        <location filename="../../console/views/label_text.py" line="61"/>
        <source>Báo cáo UBND</source>
        <translation>PPC escalation</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="44"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="48"/>
        <source>Tổng đài viên / người xử lý tại IOC</source>
        <translation>IOC operator</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="49"/>
        <source>Trưởng bộ phận điều hành IOC</source>
        <translation>IOC supervisor</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="50"/>
        <source>Tổ xử lý phản ánh, kiến nghị</source>
        <translation>District handling team</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="51"/>
        <source>Cán bộ đầu mối / người xử lý</source>
        <translation>Agency officer</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="52"/>
        <source>Lãnh đạo đơn vị</source>
        <translation>Unit leader</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="53"/>
        <source>Văn phòng UBND</source>
        <translation>Office of the People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="54"/>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="14"/>
        <source>Tiếp nhận</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="15"/>
        <source>Đề nghị bổ sung</source>
        <translation>Request information</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="16"/>
        <source>Bổ sung thông tin</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="17"/>
        <location filename="../../console/views/label_text.py" line="51"/>
        <source>Không xử lý</source>
        <translation>Not handled</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="18"/>
        <location filename="../../console/views/label_text.py" line="52"/>
        <source>Hướng dẫn kênh khác</source>
        <translation>Redirect to another channel</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="19"/>
        <source>Giải đáp tại tổng đài</source>
        <translation>Answer at the hotline</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="20"/>
        <source>Phân loại</source>
        <translation>Classify</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="21"/>
        <source>Gộp phản ánh trùng</source>
        <translation>Merge duplicate</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="22"/>
        <source>Chuyển xử lý</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="23"/>
        <source>Giao đơn vị xử lý</source>
        <translation>Assign to a unit</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="24"/>
        <location filename="../../console/views/label_text.py" line="74"/>
        <source>Nhận xử lý</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="25"/>
        <location filename="../../console/views/label_text.py" line="55"/>
        <source>Trả lại IOC</source>
        <translation>Return to IOC</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="26"/>
        <source>Trả lại Tổ xử lý</source>
        <translation>Return to the team</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="27"/>
        <source>Ghi ý kiến đơn vị phối hợp</source>
        <translation>Record a consulted unit&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="28"/>
        <source>Báo cáo nguyên nhân, dự kiến thời gian</source>
        <translation>Report the cause and an expected date</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="29"/>
        <source>Kiểm tra thực tế</source>
        <translation>Field check</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="30"/>
        <source>Cập nhật tiến độ</source>
        <translation>Post progress</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="31"/>
        <source>Đề nghị gia hạn</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="32"/>
        <source>Duyệt gia hạn</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="33"/>
        <source>Không duyệt gia hạn</source>
        <translation>Refuse extension</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="34"/>
        <source>Gửi kết quả</source>
        <translation>Submit result</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="35"/>
        <source>Phê duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="36"/>
        <source>Sửa và phê duyệt</source>
        <translation>Edit and approve</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="37"/>
        <source>Trả lại xử lý lại</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="38"/>
        <source>Công khai / trả lời</source>
        <translation>Publish / answer</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="39"/>
        <source>Ghi phản hồi</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="40"/>
        <source>Ghi đánh giá</source>
        <translation>Record rating</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="41"/>
        <location filename="../../console/views/label_text.py" line="60"/>
        <source>Xử lý lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="43"/>
        <source>Chỉ đạo</source>
        <translation>Directive</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="44"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="45"/>
        <source>Hạn chế công khai</source>
        <translation>Restrict publication</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="46"/>
        <source>Báo tin người phản ánh</source>
        <translation>Tell the reporter</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="53"/>
        <source>Đã giải đáp tại tổng đài</source>
        <translation>Answered at the hotline</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="54"/>
        <source>Đã chuyển xử lý</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="56"/>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="58"/>
        <source>Đã phê duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="59"/>
        <source>Đã trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="62"/>
        <source>Đã đóng</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="66"/>
        <source>Trong hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="68"/>
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="69"/>
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="72"/>
        <source>Kiểm tra thông tin</source>
        <translation>Completeness check</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="73"/>
        <source>Phân loại, chuyển xử lý</source>
        <translation>Classify and route</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="75"/>
        <source>Trả lại nếu không đúng thẩm quyền</source>
        <translation>Return if outside jurisdiction</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="76"/>
        <source>Trả lại (có kiểm tra thực tế)</source>
        <translation>Return (after a field check)</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="77"/>
        <source>Xử lý</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../console/views/i18n.py" line="43"/>
        <location filename="../../console/views/label_text.py" line="78"/>
        <source>Thông báo tiến độ</source>
        <translation>Progress notice</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="79"/>
        <source>Phê duyệt kết quả</source>
        <translation>Approve the result</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="80"/>
        <source>Tổ kiểm tra kết quả</source>
        <translation>Team verifies the result</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="81"/>
        <source>Biên tập, trả lời</source>
        <translation>Edit and answer</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="82"/>
        <source>Đơn vị được lấy ý kiến trả lời</source>
        <translation>Consulted unit answers</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="108"/>
        <source>{0} ngày</source>
        <translation>{0} d</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="109"/>
        <source>{0} giờ</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="110"/>
        <source>{0} phút</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="113"/>
        <source>còn {0} làm việc</source>
        <translation>{0} working time left</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="114"/>
        <source>còn {0}</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="115"/>
        <source>quá hạn {0} làm việc</source>
        <translation>{0} working time overdue</translation>
    </message>
    <message>
        <location filename="../../console/views/label_text.py" line="116"/>
        <source>quá hạn {0}</source>
        <translation>{0} overdue</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../console/views/letter_preview.py" line="64"/>
        <source>Không mở được máy in</source>
        <translation>Cannot open the printer</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="100"/>
        <source>◀ &amp;Trang trước</source>
        <translation>◀ &amp;Previous page</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="101"/>
        <source>Trang s&amp;au ▶</source>
        <translation>&amp;Next page ▶</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="106"/>
        <source>Thu nhỏ (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="107"/>
        <source>Phóng to (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="109"/>
        <source>&amp;Vừa khung</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="110"/>
        <source>Vừa chiều rộng khung xem (Ctrl+0)</source>
        <translation>Fit the width of the view (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="113"/>
        <source>&amp;Lưu PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="115"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="165"/>
        <source>Chưa có thư trả lời để xem trước</source>
        <translation>No reply letter to preview yet</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="198"/>
        <source>Không hiển thị được thư: {0}</source>
        <translation>Cannot show the letter: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="251"/>
        <source>Trang {0}/{1}</source>
        <translation>Page {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="263"/>
        <source>Chưa có thư để lưu</source>
        <translation>No letter to save yet</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="269"/>
        <source>Lưu thư trả lời</source>
        <translation>Save the reply letter</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="271"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="278"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="291"/>
        <source>Chưa có thư để in</source>
        <translation>No letter to print yet</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="301"/>
        <source>In thư trả lời</source>
        <translation>Print the reply letter</translation>
    </message>
    <message>
        <location filename="../../console/views/letter_preview.py" line="307"/>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="184"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="185"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="186"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="187"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="188"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="189"/>
        <source>Trùng khớp</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="224"/>
        <source>Mã phản ánh chính, ví dụ TN-2026-000001</source>
        <translation>Main report code, e.g. TN-2026-000001</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="228"/>
        <source>Phản ánh có thể trùng (cùng lĩnh vực, gần thời gian và địa điểm):</source>
        <translation>Possible duplicates (same category, close in time and place):</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="230"/>
        <source>Không tìm thấy phản ánh trùng; có thể nhập mã phản ánh chính.</source>
        <translation>No duplicates found; you may type the main report&apos;s code.</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="235"/>
        <source>&amp;Mã phản ánh chính *</source>
        <translation>&amp;Main report code *</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="247"/>
        <source>Chọn hoặc nhập mã phản ánh chính</source>
        <translation>Choose or type the main report&apos;s code</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../console/views/login_dialog.py" line="84"/>
        <source>Đăng nhập — Bàn điều hành phản ánh hiện trường</source>
        <translation>Sign in — Field-report console</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="107"/>
        <source>Bàn điều hành phản ánh hiện trường</source>
        <translation>Field-report console</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="113"/>
        <source>Hồ sơ quy định: {0} ({1})</source>
        <translation>Regulation profile: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="115"/>
        <source>Cơ sở dữ liệu: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="132"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="133"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="135"/>
        <source>&amp;Ghi nhớ đăng nhập</source>
        <translation>&amp;Remember me</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="145"/>
        <source>Lưu một khóa bí mật trong kho khóa của hệ điều hành trong 30 ngày; mật khẩu không được lưu</source>
        <translation>Keeps a secret token in the operating system&apos;s keyring for 30 days; the password is never stored</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="163"/>
        <location filename="../../console/views/login_dialog.py" line="240"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="166"/>
        <location filename="../../console/views/login_dialog.py" line="213"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="170"/>
        <source>Kết nối máy chủ…</source>
        <translation>Server connection…</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="192"/>
        <source>Tài khoản đang dùng mật khẩu tạm thời do quản trị viên cấp. Hãy đặt mật khẩu mới trước khi làm việc.</source>
        <translation>This account still has the temporary password the administrator gave. Set a new password before you start.</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="204"/>
        <source>Mật khẩu &amp;mới:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="205"/>
        <source>&amp;Nhập lại:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="210"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="238"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="251"/>
        <source>Không kết nối được cơ sở dữ liệu {0}: {1}</source>
        <translation>Cannot connect to the database {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="254"/>
        <source>Lỗi không mong đợi: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="263"/>
        <source>Hãy nhập tên đăng nhập và mật khẩu</source>
        <translation>Enter your user name and password</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="305"/>
        <source>Mật khẩu nhập lại không khớp</source>
        <translation>The repeated password does not match</translation>
    </message>
    <message>
        <location filename="../../console/views/login_dialog.py" line="334"/>
        <source>Đang mở…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/views/main_window.py" line="52"/>
        <source>Bàn điều hành phản ánh hiện trường — {0}</source>
        <translation>Field-report console — {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="125"/>
        <source>Tiếp nhận mới</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="127"/>
        <source>Ghi nhận một phản ánh mới (Ctrl+N)</source>
        <translation>Record a new field report (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="131"/>
        <source>In thư trả lời hàng loạt…</source>
        <translation>Batch-print reply letters…</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="134"/>
        <source>Mọi thư trả lời của một khoảng thời gian trong một tệp PDF, để in</source>
        <translation>Every reply letter of a period in one PDF, for printing</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="139"/>
        <source>Tệp Open311 (GeoReport)…</source>
        <translation>Open311 files (GeoReport)…</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="142"/>
        <source>Xuất phản ánh của một kỳ; nhập tệp yêu cầu của ứng dụng công dân</source>
        <translation>Export a period&apos;s reports; import a citizen app&apos;s file of requests</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="148"/>
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="150"/>
        <source>Bảng thống kê của kỳ báo cáo (Ctrl+D)</source>
        <translation>The statistics of a reporting period (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="154"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="157"/>
        <source>Tải lại hàng đợi, bộ đếm và phản ánh đang xem (F5)</source>
        <translation>Reload the queue, the counters and the open report (F5)</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="160"/>
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="162"/>
        <source>Tìm trong hàng đợi (Ctrl+F)</source>
        <translation>Search the queue (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="163"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="164"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="166"/>
        <source>Đổi mật khẩu…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="169"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="175"/>
        <source>Kết nối máy chủ…</source>
        <translation>Server connection…</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="179"/>
        <source>Chưa gửi được…</source>
        <translation>Not sent…</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="182"/>
        <source>Những gì đã nhập khi mất kết nối máy chủ (Ctrl+Shift+G)</source>
        <translation>What was typed while the server did not answer (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="190"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="194"/>
        <source>Chi tiết bên phải hàng đợi</source>
        <translation>Details beside the queue</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="197"/>
        <source>Đặt phần chi tiết bên cạnh hàng đợi (màn hình rộng)</source>
        <translation>Put the report details next to the queue (wide screens)</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="201"/>
        <source>Ngôn ngữ (áp dụng khi khởi động lại)</source>
        <translation>Language (applies after a restart)</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="222"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="223"/>
        <location filename="../../console/views/main_window.py" line="510"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="225"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="254"/>
        <source>CSDL: {0}</source>
        <translation>DB: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="258"/>
        <source>Hồ sơ: {0}</source>
        <translation>Profile: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="261"/>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="392"/>
        <source>{0} thao tác không gửi được vì phản ánh đã thay đổi: xem «Chưa gửi được» (Ctrl+Shift+G).</source>
        <translation>{0} action(s) could not be sent because the report changed: see “Not sent” (Ctrl+Shift+G).</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="404"/>
        <source>Thống kê: {0}</source>
        <translation>Statistics: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="444"/>
        <source>Cập nhật lúc {0}</source>
        <translation>Updated at {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="449"/>
        <source>Không cập nhật được</source>
        <translation>Update failed</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="460"/>
        <source>Đã lưu ngôn ngữ {0}; khởi động lại ứng dụng để áp dụng</source>
        <translation>Language {0} saved; restart the application to apply it</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="471"/>
        <source>Đã đổi mật khẩu</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="481"/>
        <source>Phiên làm việc đã kết thúc</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="483"/>
        <source>Tài khoản {0} đã bị vô hiệu hóa trên máy chủ: phiên làm việc kết thúc và ứng dụng đăng xuất. Hãy liên hệ quản trị viên.</source>
        <translation>The account {0} has been deactivated on the server: the session is over and the app signs out. Contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../console/views/main_window.py" line="511"/>
        <source>Bàn điều hành phản ánh hiện trường
Hồ sơ quy định: {0}
{1}</source>
        <translation>Field-report console
Regulation profile: {0}
{1}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="131"/>
        <source>Nội dung đề nghị người phản ánh bổ sung</source>
        <translation>What the reporter is asked to supply</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="132"/>
        <source>Nội dung người phản ánh đã bổ sung</source>
        <translation>What the reporter supplied</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="133"/>
        <source>Lý do không xử lý (gửi cho người phản ánh)</source>
        <translation>Why it is not handled (sent to the reporter)</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="134"/>
        <source>Lý do trả lại IOC (ví dụ: không thuộc thẩm quyền)</source>
        <translation>Why it goes back to the IOC (e.g. outside our jurisdiction)</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="137"/>
        <source>Lý do trả lại Tổ xử lý (ví dụ: không thuộc thẩm quyền) — Tổ giao đơn vị khác phù hợp</source>
        <translation>Why it goes back to the team (e.g. not within our remit); the team assigns another unit</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="141"/>
        <source>Yêu cầu xử lý lại</source>
        <translation>Rework request</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="142"/>
        <source>Nội dung tiến độ xử lý</source>
        <translation>Progress so far</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="143"/>
        <source>Nội dung kiểm tra thực tế tại hiện trường (thời hạn trả lại thành 03 ngày làm việc kể từ khi nhận phản ánh)</source>
        <translation>What was checked on site (the return window becomes 3 working days from receipt)</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="148"/>
        <source>Lý do xử lý lại</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="149"/>
        <source>Nội dung báo cáo UBND</source>
        <translation>Report to the People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="150"/>
        <source>Nội dung chỉ đạo</source>
        <translation>Directive</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="151"/>
        <source>Phản hồi của người dân</source>
        <translation>Citizen&apos;s feedback</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="152"/>
        <source>Ghi chú khi đóng phản ánh</source>
        <translation>Note on closing</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="153"/>
        <source>Ghi chú khi nhận xử lý</source>
        <translation>Note on accepting</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="165"/>
        <source> (không bắt buộc)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="178"/>
        <source>&amp;Thông báo cho người dân</source>
        <translation>&amp;Notify the citizen</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="185"/>
        <source>Nội dung bổ sung vào phản ánh</source>
        <translation>Text added to the report</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="186"/>
        <source>Địa điểm (thay thế)</source>
        <translation>Place (replaces)</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="187"/>
        <source>Họ tên người phản ánh</source>
        <translation>Reporter&apos;s name</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="188"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="204"/>
        <source>Cần nhập: {0}</source>
        <translation>Required: {0}</translation>
    </message>
</context>
<context>
    <name>NotifyReporterDialog</name>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="35"/>
        <source>Điện &amp;thoại</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="36"/>
        <source>Thư điện tử (&amp;e-mail)</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="39"/>
        <source>Đã tiếp nhận, đang xử lý</source>
        <translation>Received, being handled</translation>
    </message>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="40"/>
        <source>Kết quả xử lý (không công khai)</source>
        <translation>The result (not published)</translation>
    </message>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="60"/>
        <source>Phản ánh ảnh hưởng đến uy tín của tổ chức, cá nhân: không công khai; văn bản gửi cơ quan theo quy định (xem, lưu, in bên dưới).</source>
        <translation>A report harmful to someone&apos;s reputation: not published; the letter to the bodies the regulation names (view, save, print below).</translation>
    </message>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="69"/>
        <source>Đang tạo văn bản…</source>
        <translation>Making the letters…</translation>
    </message>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="92"/>
        <source>Ví dụ: gọi lúc 9 giờ 30, bà Hạnh đã nghe máy</source>
        <translation>E.g. called at 9:30, Mrs Hạnh answered</translation>
    </message>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="93"/>
        <source>Đã báo người phản ánh qua *</source>
        <translation>Reporter told by *</translation>
    </message>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="94"/>
        <source>&amp;Nội dung báo tin</source>
        <translation>&amp;What they were told</translation>
    </message>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="95"/>
        <source>&amp;Ghi chú</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../console/views/harm_dialog.py" line="112"/>
        <source>Chọn cách đã báo người phản ánh (điện thoại hoặc thư điện tử)</source>
        <translation>Choose how the reporter was told (phone or e-mail)</translation>
    </message>
</context>
<context>
    <name>OfflineLoginDialog</name>
    <message>
        <location filename="../../console/views/offline_start.py" line="60"/>
        <source>Đăng nhập ngoại tuyến</source>
        <translation>Offline sign-in</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_start.py" line="63"/>
        <source>Máy chủ không trả lời. Người đã đăng nhập trên máy này gần đây có thể đăng nhập ngoại tuyến: chỉ tiếp nhận phản ánh vào hàng chờ.</source>
        <translation>The server does not answer. People who signed in on this computer recently can sign in offline: intake into the outbox only.</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_start.py" line="79"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_start.py" line="80"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>OfflineWindow</name>
    <message>
        <location filename="../../console/views/offline_window.py" line="57"/>
        <source>Bàn điều hành phản ánh hiện trường — {0} — NGOẠI TUYẾN</source>
        <translation>Field-report console — {0} — OFFLINE</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_window.py" line="65"/>
        <source>CHẾ ĐỘ NGOẠI TUYẾN — máy chủ không trả lời. Chỉ tiếp nhận phản ánh: phản ánh nằm trong hàng chờ của máy này và được gửi khi máy chủ trả lời lại, sau khi tài khoản được kiểm tra. Hàng đợi, tra cứu và các thao tác khác cần máy chủ.</source>
        <translation>OFFLINE MODE — the server does not answer. Intake only: reports wait in this computer&apos;s outbox and are sent when the server answers again, once the account is checked. Queues, search and every other action need the server.</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_window.py" line="75"/>
        <source>{0} ({1}) — đăng nhập ngoại tuyến trên máy này</source>
        <translation>{0} ({1}) — signed in offline on this computer</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_window.py" line="79"/>
        <source>Tiếp nhận phản ánh…</source>
        <translation>Receive a report…</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_window.py" line="82"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_window.py" line="86"/>
        <source>Đang chờ máy chủ {0}…</source>
        <translation>Waiting for the server {0}…</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_window.py" line="102"/>
        <source>Ngoại tuyến</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_window.py" line="114"/>
        <source>Chờ gửi: {0}</source>
        <translation>Waiting to send: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_window.py" line="149"/>
        <source>Phiên làm việc đã kết thúc</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_window.py" line="151"/>
        <source>Máy chủ đã trả lời: tài khoản {0} đã bị vô hiệu hóa hoặc đã đổi mật khẩu. Phiên ngoại tuyến kết thúc; các phản ánh đã nhận vẫn nằm trong hàng chờ, chờ quản trị viên quyết định.</source>
        <translation>The server answered: the account {0} has been deactivated or its password changed. The offline session is over; the reports taken stay in the outbox for an administrator to decide.</translation>
    </message>
    <message>
        <location filename="../../console/views/offline_window.py" line="162"/>
        <source>Máy chủ chưa trả lời (thử lúc {0}).</source>
        <translation>The server has not answered yet (tried at {0}).</translation>
    </message>
</context>
<context>
    <name>OncePassword</name>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="146"/>
        <source>Mật khẩu của {0}</source>
        <translation>Password of {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="149"/>
        <source>Mật khẩu chỉ hiện lần này: hãy trao cho người dùng. Họ phải đổi mật khẩu khi đăng nhập lần đầu.</source>
        <translation>The password is shown only this once: hand it to the user. They must change it at their first sign-in.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="163"/>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="165"/>
        <source>Đã ghi lại, đóng</source>
        <translation>Noted, close</translation>
    </message>
</context>
<context>
    <name>Open311Dialog</name>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="41"/>
        <source>Tệp Open311 (GeoReport v2)</source>
        <translation>Open311 files (GeoReport v2)</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="52"/>
        <source>&amp;Xuất tệp…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="53"/>
        <source>Xuất phản ánh tiếp nhận trong kỳ</source>
        <translation>Export the reports received in a period</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="55"/>
        <source>&amp;Từ ngày</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="56"/>
        <source>Đế&amp;n ngày</source>
        <translation>U&amp;ntil</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="57"/>
        <source>Định &amp;dạng</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="65"/>
        <source>&amp;Chọn tệp JSON và nhập…</source>
        <translation>&amp;Choose a JSON file and import…</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="71"/>
        <source>Nhập yêu cầu từ ứng dụng (mỗi yêu cầu một lần)</source>
        <translation>Import an app&apos;s requests (each one once)</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="73"/>
        <source>&amp;Kênh tiếp nhận</source>
        <translation>Chan&amp;nel</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="99"/>
        <source>Lưu tệp GeoReport</source>
        <translation>Save the GeoReport file</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="101"/>
        <source>GeoReport (*.json *.xml)</source>
        <translation>GeoReport (*.json *.xml)</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="118"/>
        <source>Không ghi được tệp {0}: {1}</source>
        <translation>Cannot write the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="121"/>
        <source>Đã ghi {0} ({1} byte)</source>
        <translation>Written: {0} ({1} bytes)</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="131"/>
        <source>Chọn tệp GeoReport JSON</source>
        <translation>Choose a GeoReport JSON file</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="131"/>
        <source>GeoReport JSON (*.json)</source>
        <translation>GeoReport JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="142"/>
        <source>Đang nhập {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="160"/>
        <source>{0} yêu cầu: nhận {1}, đã có từ trước {2}, từ chối {3}</source>
        <translation>{0} requests: {1} taken, {2} there already, {3} refused</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="164"/>
        <source>Nhận: {0}</source>
        <translation>Taken: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/open311_dialog.py" line="167"/>
        <source>Từ chối yêu cầu thứ {0} {1}: {2}</source>
        <translation>Refused request {0} {1}: {2}</translation>
    </message>
</context>
<context>
    <name>OutboxLabel</name>
    <message>
        <location filename="../../console/views/outbox_status.py" line="119"/>
        <source>Chờ gửi: {0}</source>
        <translation>Waiting to send: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_status.py" line="121"/>
        <source>, chưa gửi được: {0}</source>
        <translation>, not sent: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_status.py" line="128"/>
        <source>Phản ánh và thao tác đã nhập khi mất kết nối máy chủ; tự gửi khi kết nối lại. Bấm để xem danh sách «Chưa gửi được» (Ctrl+Shift+G).</source>
        <translation>Reports and actions typed while the server did not answer; sent when the connection is back. Click to see the “Not sent” list (Ctrl+Shift+G).</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_status.py" line="136"/>
        <source>{0} phản ánh chờ gửi không đọc được, đã để riêng ở {1} (xem reason.txt)</source>
        <translation>{0} waiting reports could not be read and were set aside in {1} (see reason.txt)</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_status.py" line="142"/>
        <source>Kho khóa bảo mật của hệ điều hành (keyring) không dùng được: phản ánh chờ gửi được mã hóa bằng khóa lưu trong tệp {0}, nên chỉ tài khoản máy tính này bảo vệ chúng.</source>
        <translation>The operating system&apos;s keyring cannot be used: the waiting reports are encrypted with a key kept in the file {0}, so only this computer account protects them.</translation>
    </message>
</context>
<context>
    <name>PasswordChoice</name>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="32"/>
        <source>Tạo mật khẩu ngẫu nhiên (hiện một lần)</source>
        <translation>Generate a random password (shown once)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="34"/>
        <source>Nhập mật khẩu:</source>
        <translation>Type a password:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="40"/>
        <source>ít nhất 10 ký tự, có chữ cái và chữ số hoặc ký hiệu</source>
        <translation>at least 10 characters, letters and digits or signs</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../console/views/password_dialog.py" line="28"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../console/views/password_dialog.py" line="39"/>
        <source>ít nhất 10 ký tự, có chữ cái và chữ số hoặc ký hiệu</source>
        <translation>at least 10 characters, letters and digits or signs</translation>
    </message>
    <message>
        <location filename="../../console/views/password_dialog.py" line="41"/>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../../console/views/password_dialog.py" line="42"/>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../console/views/password_dialog.py" line="43"/>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location filename="../../console/views/password_dialog.py" line="45"/>
        <source>Sau khi đổi, các đăng nhập đã ghi nhớ của bạn trên mọi máy bị thu hồi.</source>
        <translation>After the change, your remembered sign-ins on every computer are revoked.</translation>
    </message>
    <message>
        <location filename="../../console/views/password_dialog.py" line="65"/>
        <source>Hai lần nhập mật khẩu mới không khớp</source>
        <translation>The two new passwords differ</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../console/views/dashboard_period.py" line="23"/>
        <source>Tuần</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_period.py" line="24"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_period.py" line="25"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_period.py" line="26"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_period.py" line="27"/>
        <source>Khoảng ngày</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_period.py" line="32"/>
        <source>Kỳ trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_period.py" line="35"/>
        <source>Kỳ sau</source>
        <translation>Next period</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="32"/>
        <source>&amp;Công khai</source>
        <translation>&amp;Public</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="33"/>
        <source>Gửi &amp;riêng người phản ánh</source>
        <translation>&amp;Private to the reporter</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="34"/>
        <source>&amp;Không công khai</source>
        <translation>&amp;Not published</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="64"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}&lt;br&gt;Đơn vị xử lý: {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}&lt;br&gt;Handling unit: {2}</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="73"/>
        <source>&amp;Nội dung trả lời (đã phê duyệt, có thể biên tập)</source>
        <translation>&amp;Answer (approved; may be edited)</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="75"/>
        <source>Hình thức trả lời</source>
        <translation>How the answer is given</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="87"/>
        <source>Quy định không cho phép với phản ánh này</source>
        <translation>The regulation does not allow this here</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="96"/>
        <source>Nội dung hạn chế công khai (bí mật nhà nước hoặc ảnh hưởng uy tín): chỉ được chọn hình thức quy định cho phép.</source>
        <translation>Restricted content (state secret or harm to a reputation): only the forms the regulation allows can be chosen.</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="109"/>
        <source>Người phản ánh đề nghị giữ bí mật thông tin: bản công khai không ghi họ tên.</source>
        <translation>The reporter asked for confidentiality: the public version carries no name.</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="127"/>
        <source>Xem trước thư trả lời</source>
        <translation>Reply letter preview</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="162"/>
        <source>Đang dựng thư trả lời…</source>
        <translation>Rendering the reply letter…</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="176"/>
        <source>Không dựng được thư trả lời: {0}</source>
        <translation>Could not render the reply letter: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/publish_dialog.py" line="181"/>
        <source>Nội dung trả lời không được để trống</source>
        <translation>The answer may not be empty</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../console/views/queue_model.py" line="49"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_model.py" line="50"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_model.py" line="51"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_model.py" line="52"/>
        <source>Lĩnh vực</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_model.py" line="53"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_model.py" line="54"/>
        <source>Kênh</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_model.py" line="55"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_model.py" line="56"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_model.py" line="101"/>
        <source>Khẩn cấp</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_model.py" line="102"/>
        <source>Hạn: {0}</source>
        <translation>Due: {0}</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../console/views/queue_view.py" line="160"/>
        <source>Tất cả lĩnh vực</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="161"/>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="162"/>
        <source>Tất cả kênh</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="171"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="172"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="175"/>
        <source>Bỏ chọn khoảng thời gian</source>
        <translation>Clear the date range</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="177"/>
        <source>Chỉ khẩn cấp</source>
        <translation>Emergencies only</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="183"/>
        <source>Tìm mã, tiêu đề, nội dung, địa điểm, số điện thoại… (Ctrl+F)</source>
        <translation>Search code, title, text, place, phone… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="199"/>
        <source>Khoảng thời gian tiếp nhận</source>
        <translation>Received between</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="355"/>
        <location filename="../../console/views/queue_view.py" line="443"/>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="389"/>
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="405"/>
        <source>Hơn {0} phản ánh</source>
        <translation>More than {0} reports</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="407"/>
        <source>{0} phản ánh</source>
        <translation>{0} reports</translation>
    </message>
    <message>
        <location filename="../../console/views/queue_view.py" line="441"/>
        <source>Không đọc được dữ liệu: {0}</source>
        <translation>Cannot read the data: {0}</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="117"/>
        <source>Mức độ hài lòng của người phản ánh *</source>
        <translation>Reporter&apos;s satisfaction *</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="123"/>
        <source>Ý kiến của người dân</source>
        <translation>Citizen&apos;s comment</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="129"/>
        <source>&amp;Chuyển xử lý lại ngay sau khi ghi đánh giá</source>
        <translation>&amp;Reopen right after recording the rating</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="133"/>
        <source>Lý do xử lý lại</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="154"/>
        <source>Người dân không hài lòng với kết quả, đề nghị kiểm tra, xử lý lại</source>
        <translation>The citizen is not satisfied with the result; please review and handle it again</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="159"/>
        <source>Chọn mức độ hài lòng</source>
        <translation>Choose the satisfaction level</translation>
    </message>
    <message>
        <location filename="../../console/views/action_dialogs.py" line="161"/>
        <source>Cần nhập lý do xử lý lại</source>
        <translation>Enter the reason for reopening</translation>
    </message>
</context>
<context>
    <name>RedirectDialog</name>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="237"/>
        <source>Để trống: ghi lời hướng dẫn ở trên</source>
        <translation>Leave empty to record the guidance above</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="239"/>
        <source>&amp;Kênh tiếp nhận phù hợp *</source>
        <translation>&amp;Appropriate channel *</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="243"/>
        <source>Hướng dẫn người phản ánh:</source>
        <translation>Guidance for the reporter:</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="245"/>
        <source>Ghi chú (không bắt buộc)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../console/views/note_dialogs.py" line="260"/>
        <source>Chọn kênh tiếp nhận phù hợp</source>
        <translation>Choose the appropriate channel</translation>
    </message>
</context>
<context>
    <name>RedirectGuide</name>
    <message>
        <location filename="../../console/views/intake_panels.py" line="204"/>
        <source>&lt;b&gt;Hướng dẫn người gọi liên hệ kênh khác&lt;/b&gt;</source>
        <translation>&lt;b&gt;Guide the caller to another channel&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="214"/>
        <source>Đọc cho người gọi:</source>
        <translation>Read to the caller:</translation>
    </message>
    <message>
        <location filename="../../console/views/intake_panels.py" line="227"/>
        <source>Ctrl+Enter: lưu phản ánh và ghi nhận đã hướng dẫn. Esc: quay lại.</source>
        <translation>Ctrl+Enter: save the report and record the guidance. Esc: back.</translation>
    </message>
</context>
<context>
    <name>ResetForm</name>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="119"/>
        <source>Đặt lại mật khẩu cho {0}</source>
        <translation>Reset the password of {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="122"/>
        <source>Tài khoản được mở khóa, các đăng nhập đã ghi nhớ bị thu hồi; người dùng phải đổi mật khẩu khi đăng nhập.</source>
        <translation>The account is unlocked and its remembered sign-ins revoked; the user must change the password at the next sign-in.</translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <location filename="../../console/views/restrict_dialog.py" line="18"/>
        <source>&amp;Không hạn chế</source>
        <translation>&amp;Not restricted</translation>
    </message>
    <message>
        <location filename="../../console/views/restrict_dialog.py" line="19"/>
        <source>&amp;Bí mật nhà nước</source>
        <translation>&amp;State secret</translation>
    </message>
    <message>
        <location filename="../../console/views/restrict_dialog.py" line="20"/>
        <source>Ảnh hưởng &amp;uy tín tổ chức, cá nhân</source>
        <translation>Harms &amp;reputation of an organisation or person</translation>
    </message>
    <message>
        <location filename="../../console/views/restrict_dialog.py" line="23"/>
        <source>trả lời công khai</source>
        <translation>answer published</translation>
    </message>
    <message>
        <location filename="../../console/views/restrict_dialog.py" line="24"/>
        <source>chỉ gửi riêng người phản ánh</source>
        <translation>sent to the reporter only</translation>
    </message>
    <message>
        <location filename="../../console/views/restrict_dialog.py" line="25"/>
        <source>không công khai trên hệ thống</source>
        <translation>not published in the system</translation>
    </message>
    <message>
        <location filename="../../console/views/restrict_dialog.py" line="43"/>
        <source>Nội dung phản ánh *</source>
        <translation>Report content *</translation>
    </message>
    <message>
        <location filename="../../console/views/restrict_dialog.py" line="56"/>
        <source>&amp;Lý do *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <location filename="../../console/views/restrict_dialog.py" line="69"/>
        <source>Chọn mức khác mức hiện tại</source>
        <translation>Choose a level other than the current one</translation>
    </message>
    <message>
        <location filename="../../console/views/restrict_dialog.py" line="71"/>
        <source>Cần nhập lý do</source>
        <translation>Enter the reason</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="74"/>
        <source>Lãnh đạo yêu cầu xử lý lại: {0}</source>
        <translation>The leader asked for rework: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="79"/>
        <source>&amp;Kết quả xử lý *</source>
        <translation>&amp;Result *</translation>
    </message>
    <message>
        <location filename="../../console/views/approval_dialog.py" line="92"/>
        <source>Cần nhập kết quả xử lý</source>
        <translation>Enter the result</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="48"/>
        <source>Sở, ban, ngành</source>
        <translation>Provincial departments</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="49"/>
        <source>UBND cấp huyện</source>
        <translation>District People&apos;s Committees</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="50"/>
        <source>Tổ xử lý phản ánh, kiến nghị</source>
        <translation>District handling team</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="51"/>
        <source>UBND cấp xã</source>
        <translation>Commune People&apos;s Committees</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="52"/>
        <source>Văn phòng UBND</source>
        <translation>Office of the People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="65"/>
        <source>Lãnh đạo: {0}</source>
        <translation>Leader: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="69"/>
        <source>Cán bộ: {0}</source>
        <translation>Officer: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="180"/>
        <source>Tìm đơn vị (gõ không dấu cũng được)…</source>
        <translation>Find a unit (diacritics optional)…</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="202"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}&lt;br&gt;Lĩnh vực: {2} · Địa bàn: {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}&lt;br&gt;Category: {2} · Area: {3}</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="205"/>
        <source>chưa phân loại</source>
        <translation>not classified</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="213"/>
        <source>Đề xuất theo lĩnh vực và địa bàn: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Suggested by category and area: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="221"/>
        <source>&amp;Đơn vị xử lý *</source>
        <translation>&amp;Handling unit *</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="231"/>
        <source>Đơn vị &amp;phối hợp, cho ý kiến</source>
        <translation>&amp;Units consulted for an opinion</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="246"/>
        <source>Đơn vị được chọn:</source>
        <translation>Chosen unit:</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="251"/>
        <source>Hạn xử lý: {0}</source>
        <translation>Deadline: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="253"/>
        <source>Hạn xử lý: chưa tính được (chưa phân loại lĩnh vực)</source>
        <translation>Deadline: not known yet (no category)</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="259"/>
        <source>&amp;Ghi chú</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="331"/>
        <source>&lt;br&gt;Đầu mối: {0}</source>
        <translation>&lt;br&gt;Focal points: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="333"/>
        <source>(chưa chọn)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../console/views/routing_dialog.py" line="359"/>
        <source>Chọn đơn vị xử lý</source>
        <translation>Choose the handling unit</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="41"/>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="42"/>
        <location filename="../../console/views/dashboard_tables.py" line="52"/>
        <location filename="../../console/views/dashboard_tables.py" line="108"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="43"/>
        <source>Phản ánh</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="44"/>
        <source>Đã kết thúc</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="45"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="47"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="49"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="53"/>
        <source>Phản ánh đã giữ</source>
        <translation>Reports held</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="55"/>
        <source>Giờ làm việc giữ (TB)</source>
        <translation>Working hours held (mean)</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="57"/>
        <source>Lần trả lại</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="59"/>
        <source>Trễ hạn do đơn vị</source>
        <translation>Late, charged to the unit</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tables.py" line="92"/>
        <source>Nhấn để xem các phản ánh</source>
        <translation>Click to list the reports</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <location filename="../../console/views/dashboard_tiles.py" line="13"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tiles.py" line="14"/>
        <source>Đã trả lời</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tiles.py" line="15"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tiles.py" line="16"/>
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tiles.py" line="17"/>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tiles.py" line="18"/>
        <source>Đang quá hạn</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tiles.py" line="19"/>
        <source>Tỷ lệ đúng hạn</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../console/views/dashboard_tiles.py" line="20"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../console/views/admin/units.py" line="79"/>
        <source>Thêm đơn vị</source>
        <translation>Add a unit</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="80"/>
        <source>Đổi tên đơn vị</source>
        <translation>Rename the unit</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="81"/>
        <source>Chuyển đơn vị sang đơn vị cấp trên khác</source>
        <translation>Move the unit under another parent unit</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="100"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="101"/>
        <location filename="../../console/views/admin/units.py" line="107"/>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="102"/>
        <location filename="../../console/views/admin/units.py" line="108"/>
        <source>Tên viết tắt:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="103"/>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="104"/>
        <source>Đơn vị cấp trên:</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="105"/>
        <location filename="../../console/views/admin/units.py" line="109"/>
        <source>Địa bàn phụ trách:</source>
        <translation>Area covered:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="111"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="112"/>
        <source>Đơn vị cấp trên mới:</source>
        <translation>New parent unit:</translation>
    </message>
</context>
<context>
    <name>UnitsScreen</name>
    <message>
        <location filename="../../console/views/admin/units.py" line="143"/>
        <source>Quản trị — Đơn vị</source>
        <translation>Administration — Units</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="149"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="150"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="151"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="152"/>
        <location filename="../../console/views/admin/units.py" line="212"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="153"/>
        <source>Phản ánh đang xử lý</source>
        <translation>Open reports</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="154"/>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="155"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="163"/>
        <source>Thêm đơn vị…</source>
        <translation>Add a unit…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="164"/>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="165"/>
        <source>Chuyển…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="167"/>
        <location filename="../../console/views/admin/units.py" line="243"/>
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="170"/>
        <source>Hoạt động lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="198"/>
        <source>Đơn vị…</source>
        <translation>Units…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="202"/>
        <source>Đơn vị xử lý mặc định theo lĩnh vực và địa bàn</source>
        <translation>Default handling unit by category and area</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="205"/>
        <source>Khi phản ánh thuộc lĩnh vực và địa bàn dưới đây, bàn phân loại gợi ý đơn vị đã chọn thay cho đơn vị mặc định của lĩnh vực.</source>
        <translation>For a report of the category and area below, routing suggests the unit chosen here instead of the category&apos;s default unit.</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="212"/>
        <source>Lĩnh vực</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="212"/>
        <source>Đơn vị xử lý</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="221"/>
        <source>Đặt</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="222"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="243"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="327"/>
        <source>Đã thêm đơn vị {0}</source>
        <translation>Unit {0} added</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="343"/>
        <source>Đã đổi tên đơn vị {0}</source>
        <translation>Unit {0} renamed</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="356"/>
        <source>Đã chuyển đơn vị {0}</source>
        <translation>Unit {0} moved</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="364"/>
        <source>Đơn vị {0} đã ngừng hoạt động</source>
        <translation>Unit {0} deactivated</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="372"/>
        <source>Đơn vị {0} hoạt động trở lại</source>
        <translation>Unit {0} is active again</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="382"/>
        <source>Đã đặt đơn vị xử lý mặc định</source>
        <translation>Default handling unit set</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/units.py" line="390"/>
        <source>Đã bỏ đơn vị xử lý mặc định</source>
        <translation>Default handling unit removed</translation>
    </message>
</context>
<context>
    <name>UnsentDialog</name>
    <message>
        <location filename="../../console/views/outbox_list.py" line="53"/>
        <source>Chưa gửi được</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="74"/>
        <location filename="../../console/views/outbox_list.py" line="197"/>
        <source>Nội dung đã nhập:</source>
        <translation>Text typed:</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="83"/>
        <source>&amp;Gửi lại</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="86"/>
        <source>Gửi lại lên phản ánh như hiện nay, qua đủ các bước kiểm tra</source>
        <translation>Send again to the report as it is now, through every check</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="89"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="91"/>
        <source>Lưu nội dung đã sửa (chưa gửi)</source>
        <translation>Keep the edited text (not sent yet)</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="93"/>
        <source>&amp;Bỏ</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="95"/>
        <source>Bỏ mục này (có ghi nhật ký)</source>
        <translation>Discard this item (recorded)</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="114"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="117"/>
        <source>Không có gì chờ gửi.</source>
        <translation>Nothing is waiting.</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="159"/>
        <source>phản ánh đang chờ gửi</source>
        <translation>report waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="161"/>
        <source>Phản ánh mới — {0}</source>
        <translation>New report — {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="178"/>
        <source>Nhập lúc {0}.</source>
        <translation>Typed at {0}.</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="180"/>
        <source>Chờ quản trị viên quyết định: {0}</source>
        <translation>Waiting for an administrator&apos;s decision: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="182"/>
        <source>Chưa gửi được: {0}</source>
        <translation>Not sent: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="184"/>
        <source>Đang chờ gửi: máy chủ chưa trả lời, sẽ tự gửi khi kết nối lại.</source>
        <translation>Waiting: the server has not answered; it will be sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="197"/>
        <source>Nội dung đã nhập (sửa được):</source>
        <translation>Text typed (editable):</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="214"/>
        <source>{0}: {1} ({2}) → {3}</source>
        <translation>{0}: {1} ({2}) → {3}</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="216"/>
        <source>hệ thống</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="224"/>
        <source>Đã thay đổi trên phản ánh từ khi nhập:</source>
        <translation>Changed on the report since it was typed:</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="227"/>
        <source>Trạng thái hiện nay: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>State now: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="261"/>
        <source>Đã lưu nội dung đã sửa; bấm Gửi lại để gửi.</source>
        <translation>The edited text is kept; press Send again to send it.</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="273"/>
        <source>Đang gửi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="281"/>
        <source>Đã gửi: {0}.</source>
        <translation>Sent: {0}.</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="285"/>
        <source>Máy chủ chưa trả lời: mục này vẫn chờ, sẽ tự gửi khi kết nối lại.</source>
        <translation>The server has not answered: this item still waits and will be sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="290"/>
        <source>Vẫn chưa gửi được: {0}</source>
        <translation>Still not sent: {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="306"/>
        <source>Bỏ hẳn «{0}»? Nội dung đã nhập sẽ không được gửi.</source>
        <translation>Discard “{0}” for good? What was typed will not be sent.</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="321"/>
        <source>Đã bỏ mục chờ gửi (đã ghi nhật ký).</source>
        <translation>The waiting item was discarded (recorded).</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="324"/>
        <source>Đã bỏ mục chờ gửi; máy chủ chưa trả lời nên chỉ ghi nhật ký trên máy này.</source>
        <translation>The waiting item was discarded; the server did not answer, so it is recorded on this computer only.</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="337"/>
        <source>Bỏ mục chờ gửi</source>
        <translation>Discard the waiting item</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="344"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../console/views/outbox_list.py" line="347"/>
        <source>Không bỏ</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="68"/>
        <source>Sửa tài khoản {0}</source>
        <translation>Edit account {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="70"/>
        <source>Thêm tài khoản</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="92"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="93"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="94"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="95"/>
        <source>Vai trò:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/user_forms.py" line="99"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../console/views/admin/users.py" line="61"/>
        <source>Quản trị — Tài khoản</source>
        <translation>Administration — Accounts</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="67"/>
        <source>Tìm theo tên đăng nhập hoặc họ tên</source>
        <translation>Search by user name or full name</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="71"/>
        <source>Mọi đơn vị</source>
        <translation>Every unit</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="76"/>
        <source>Mọi vai trò</source>
        <translation>Every role</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="82"/>
        <source>Mọi trạng thái</source>
        <translation>Any state</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="83"/>
        <location filename="../../console/views/admin/users.py" line="218"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="84"/>
        <location filename="../../console/views/admin/users.py" line="218"/>
        <source>Đã vô hiệu</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="87"/>
        <source>Chỉ tài khoản đang bị khóa</source>
        <translation>Locked accounts only</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="102"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="103"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="104"/>
        <location filename="../../console/views/admin/users.py" line="153"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="105"/>
        <source>Vai trò</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="106"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="117"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="118"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="120"/>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="122"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="123"/>
        <location filename="../../console/views/admin/users.py" line="324"/>
        <source>Vô hiệu hóa</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="125"/>
        <source>Thu hồi đăng nhập đã ghi nhớ</source>
        <translation>Revoke remembered sign-ins</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="154"/>
        <source>Cán bộ xử lý (đầu mối)</source>
        <translation>Officers (focal points)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="155"/>
        <source>Lãnh đạo</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="156"/>
        <source>Đầu mối được phân công</source>
        <translation>Named focal points</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="167"/>
        <source>Phân công đầu mối</source>
        <translation>Name the focal points</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="169"/>
        <source>Lãnh đạo đầu mối:</source>
        <translation>Focal leader:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="171"/>
        <source>Cán bộ đầu mối:</source>
        <translation>Focal officer:</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="179"/>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="180"/>
        <source>Cán bộ đầu mối theo đơn vị</source>
        <translation>Focal officers by unit</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="189"/>
        <source>Tài khoản và cán bộ đầu mối…</source>
        <translation>Accounts and focal officers…</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="221"/>
        <source>khóa đến {0}</source>
        <translation>locked until {0}</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="223"/>
        <source>phải đổi mật khẩu</source>
        <translation>must change the password</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="232"/>
        <source>{0} tài khoản</source>
        <translation>{0} accounts</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="261"/>
        <source>(chưa phân công)</source>
        <translation>(not named)</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="303"/>
        <source>Đã phân công đầu mối của {0}</source>
        <translation>Focal points of {0} named</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="322"/>
        <source>Kích hoạt lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="365"/>
        <source>Đã thêm tài khoản {0}</source>
        <translation>Account {0} added</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="390"/>
        <source>Đã sửa tài khoản {0}</source>
        <translation>Account {0} changed</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="390"/>
        <source>{0}: không có gì thay đổi</source>
        <translation>{0}: nothing changed</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="406"/>
        <source>Đã đặt lại mật khẩu cho {0}</source>
        <translation>Password of {0} reset</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="417"/>
        <source>Đã mở khóa {0}</source>
        <translation>{0} unlocked</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="427"/>
        <source>Đã vô hiệu hóa {0}</source>
        <translation>{0} deactivated</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="432"/>
        <source>Đã kích hoạt lại {0}</source>
        <translation>{0} reactivated</translation>
    </message>
    <message>
        <location filename="../../console/views/admin/users.py" line="440"/>
        <source>Đã thu hồi {0} đăng nhập đã ghi nhớ của {1}</source>
        <translation>Revoked {0} remembered sign-ins of {1}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../console/accounts.py" line="32"/>
        <source>Mật khẩu phải có ít nhất {count} ký tự</source>
        <translation>The password must have at least {count} characters</translation>
    </message>
    <message>
        <location filename="../../console/accounts.py" line="34"/>
        <source>Mật khẩu không được dài quá {count} ký tự</source>
        <translation>The password may not be longer than {count} characters</translation>
    </message>
    <message>
        <location filename="../../console/accounts.py" line="54"/>
        <source>Mật khẩu quá dễ đoán: cần có chữ cái và cả chữ số hoặc ký hiệu</source>
        <translation>The password is too easy to guess: it needs letters and also digits or signs</translation>
    </message>
    <message>
        <location filename="../../console/accounts.py" line="56"/>
        <source>Mật khẩu không được chứa tên đăng nhập</source>
        <translation>The password may not contain the user name</translation>
    </message>
    <message>
        <location filename="../../console/cli/audit.py" line="28"/>
        <source>--to ({last}) trước --from ({first})</source>
        <translation>--to ({last}) is before --from ({first})</translation>
    </message>
    <message>
        <location filename="../../console/cli/calendar.py" line="43"/>
        <source>Ngày không hợp lệ: {text!r} (viết YYYY-MM-DD hoặc DD/MM/YYYY)</source>
        <translation>Invalid date: {text!r} (write YYYY-MM-DD or DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../console/cli/letters.py" line="116"/>
        <source>--number: số văn bản phải là số dương (được {number})</source>
        <translation>--number: the letter number must be positive (got {number})</translation>
    </message>
    <message>
        <location filename="../../console/cli/letters.py" line="142"/>
        <source>--published-from {first:%d/%m/%Y} sau --to {last:%d/%m/%Y}</source>
        <translation>--published-from {first:%d/%m/%Y} is after --to {last:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../console/cli/letters.py" line="94"/>
        <source>{option}: ngày “{text}” không hợp lệ (viết YYYY-MM-DD, ví dụ 2026-03-05)</source>
        <translation>{option}: invalid date “{text}” (write YYYY-MM-DD, e.g. 2026-03-05)</translation>
    </message>
    <message>
        <location filename="../../console/cli/letters.py" line="107"/>
        <source>Không ghi được tệp {path}: {error}</source>
        <translation>Cannot write the file {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../console/cli/letters.py" line="176"/>
        <source>--month: tháng “{text}” không hợp lệ (viết YYYY-MM, ví dụ 2026-03)</source>
        <translation>--month: “{text}” is not a valid month (write YYYY-MM, e.g. 2026-03)</translation>
    </message>
    <message>
        <location filename="../../console/cli/stats.py" line="54"/>
        <source>Định dạng {format} cần tệp ghi ra: thêm -o TỆP</source>
        <translation>The {format} format needs a file to write: add -o FILE</translation>
    </message>
    <message>
        <location filename="../../console/cli/stats.py" line="51"/>
        <source>Lệnh stats cần {option}</source>
        <translation>The stats command needs {option}</translation>
    </message>
    <message>
        <location filename="../../console/db.py" line="65"/>
        <source>Không dùng được cơ sở dữ liệu {kind}: chỉ SQLite (sqlite:///tệp) hoặc PostgreSQL (postgresql://…)</source>
        <translation>The console cannot use a {kind} database: only SQLite (sqlite:///file) or PostgreSQL (postgresql://…)</translation>
    </message>
    <message>
        <location filename="../../console/db.py" line="63"/>
        <source>Địa chỉ cơ sở dữ liệu không hợp lệ: {url!r}</source>
        <translation>Invalid database address: {url!r}</translation>
    </message>
    <message>
        <location filename="../../console/db.py" line="244"/>
        <source>Không có cơ sở dữ liệu {path}: hãy kiểm tra đường dẫn (chỉ lệnh demo và migrate tạo cơ sở dữ liệu mới)</source>
        <translation>There is no database {path}: check the path (only the demo and migrate commands make a new database)</translation>
    </message>
    <message>
        <location filename="../../console/db.py" line="274"/>
        <source>Không kết nối được cơ sở dữ liệu {url}: {reason}</source>
        <translation>Cannot connect to the database {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../console/db.py" line="286"/>
        <source>Không mở được cơ sở dữ liệu {url}</source>
        <translation>Cannot open the database {url}</translation>
    </message>
    <message>
        <location filename="../../console/db.py" line="107"/>
        <source>Không tạo được thư mục {folder} cho cơ sở dữ liệu: {reason}</source>
        <translation>Cannot make the folder {folder} for the database: {reason}</translation>
    </message>
    <message>
        <location filename="../../console/db.py" line="268"/>
        <source>Không mở được tệp cơ sở dữ liệu {path} (không có quyền, hoặc không phải một tệp thường)</source>
        <translation>Cannot open the database file {path} (no permission, or not a regular file)</translation>
    </message>
    <message>
        <location filename="../../console/db.py" line="282"/>
        <source>Tệp {path} không phải cơ sở dữ liệu của bảng điều khiển hoặc đã hỏng</source>
        <translation>The file {path} is not a console database, or it is damaged</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="117"/>
        <source>Lỗi cơ sở dữ liệu; chưa có gì được ghi (chi tiết đã ghi vào nhật ký)</source>
        <translation>Database error; nothing was saved (the details are in the log)</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="106"/>
        <source>Cơ sở dữ liệu không nhận dữ liệu này (quá dài hoặc có ký tự không hợp lệ); chưa có gì được ghi</source>
        <translation>The database does not accept this data (too long or with invalid characters); nothing was saved</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="111"/>
        <source>Dữ liệu trùng hoặc không khớp với dữ liệu đã có; chưa có gì được ghi</source>
        <translation>The data duplicates or contradicts what is already stored; nothing was saved</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="113"/>
        <source>Mất kết nối tới cơ sở dữ liệu hoặc cơ sở dữ liệu đang bận; chưa có gì được ghi, hãy thử lại</source>
        <translation>The connection to the database was lost or the database is busy; nothing was saved, try again</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="79"/>
        <source>Số điện thoại không hợp lệ: {raw!r}</source>
        <translation>Invalid phone number: {raw!r}</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="87"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="98"/>
        <source>Thời điểm tiếp nhận</source>
        <translation>Time received</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="99"/>
        <source>Thời điểm xảy ra</source>
        <translation>Time it happened</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="104"/>
        <source>Kênh tiếp nhận</source>
        <translation>Intake channel</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="106"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="107"/>
        <source>Nội dung phản ánh</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="108"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="114"/>
        <source>Họ tên người phản ánh</source>
        <translation>Reporter&apos;s name</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="117"/>
        <source>Số điện thoại người phản ánh</source>
        <translation>Reporter&apos;s phone number</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="124"/>
        <source>Địa chỉ người phản ánh</source>
        <translation>Reporter&apos;s address</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="130"/>
        <source>Danh xưng</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="105"/>
        <source>Lĩnh vực</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/intake.py" line="109"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../console/letters/batch.py" line="61"/>
        <source>Ngày bắt đầu {first:%d/%m/%Y} sau ngày kết thúc {last:%d/%m/%Y}</source>
        <translation>The start date {first:%d/%m/%Y} is after the end date {last:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../console/letters/batch.py" line="68"/>
        <source>Không có phản ánh nào được trả lời từ {first:%d/%m/%Y} đến {last:%d/%m/%Y}</source>
        <translation>No report was answered from {first:%d/%m/%Y} to {last:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../console/letters/batch.py" line="82"/>
        <source>Không có văn bản nào để in ({count} phản ánh bị bỏ qua)</source>
        <translation>No letter to print ({count} reports skipped)</translation>
    </message>
    <message>
        <location filename="../../console/letters/data.py" line="176"/>
        <source>Phản ánh {code} đang ở trạng thái “{status}”, chưa có kết quả để trả lời</source>
        <translation>Report {code} is “{status}”: there is no result to answer with yet</translation>
    </message>
    <message>
        <location filename="../../console/letters/data.py" line="200"/>
        <source>Kết quả phản ánh {code} không được công khai (chỉ gửi riêng người phản ánh): không in bản công khai</source>
        <translation>The result of report {code} is not public (sent to the reporter only): no public copy is printed</translation>
    </message>
    <message>
        <location filename="../../console/letters/data.py" line="223"/>
        <source>Không có phản ánh mã “{code}” trong cơ sở dữ liệu</source>
        <translation>There is no report “{code}” in the database</translation>
    </message>
    <message>
        <location filename="../../console/letters/data.py" line="227"/>
        <source>Phản ánh {code} có nội dung bí mật nhà nước: trả lời theo chế độ Mật, không in từ hệ thống</source>
        <translation>Report {code} contains state secrets: answer it through the classified channel, not printed from the system</translation>
    </message>
    <message>
        <location filename="../../console/letters/data.py" line="236"/>
        <source>Cơ sở dữ liệu chưa có đơn vị IOC (chạy lệnh demo hoặc nạp hồ sơ)</source>
        <translation>The database has no IOC unit yet (run the demo command or load a profile)</translation>
    </message>
    <message>
        <location filename="../../console/letters/data.py" line="240"/>
        <source>Phản ánh {code} chưa có nội dung trả lời</source>
        <translation>Report {code} has no answer text yet</translation>
    </message>
    <message>
        <location filename="../../console/letters/data.py" line="159"/>
        <source>Phản ánh {code} không xử lý nhưng chưa ghi lý do</source>
        <translation>Report {code} was not handled but no reason was recorded</translation>
    </message>
    <message>
        <location filename="../../console/letters/harm.py" line="98"/>
        <source>Chưa xác định được huyện, thị xã, thành phố của phản ánh {code}: ghi địa bàn của phản ánh hoặc chuyển phản ánh cho Tổ xử lý trước khi in văn bản</source>
        <translation>The district of report {code} is not known: record the report&apos;s area or forward it to a district team before printing</translation>
    </message>
    <message>
        <location filename="../../console/letters/harm.py" line="124"/>
        <source>Phản ánh {code} chưa được chuyển cơ quan xử lý: chuyển xử lý trước khi in văn bản gửi cơ quan xử lý</source>
        <translation>Report {code} has not been forwarded to an agency yet: forward it before printing the letter to the agency</translation>
    </message>
    <message>
        <location filename="../../console/letters/harm.py" line="151"/>
        <source>Quy định của {province} không có văn bản riêng cho phản ánh ảnh hưởng đến uy tín của tổ chức, cá nhân</source>
        <translation>The regulation of {province} has no letter of its own for a report harmful to someone&apos;s reputation</translation>
    </message>
    <message>
        <location filename="../../console/letters/harm.py" line="162"/>
        <source>Phản ánh {code} không được đánh dấu ảnh hưởng đến uy tín của tổ chức, cá nhân</source>
        <translation>Report {code} is not marked as harmful to someone&apos;s reputation</translation>
    </message>
    <message>
        <location filename="../../console/letters/harm.py" line="220"/>
        <source>Mẫu văn bản “{file}” không có mục [harm]</source>
        <translation>Letter template “{file}” has no [harm] section</translation>
    </message>
    <message>
        <location filename="../../console/letters/harm_list.py" line="117"/>
        <source>Quy định của {province} không có báo cáo hàng tháng các phản ánh ảnh hưởng đến uy tín của tổ chức, cá nhân</source>
        <translation>The regulation of {province} has no monthly report of reports harmful to someone&apos;s reputation</translation>
    </message>
    <message>
        <location filename="../../console/letters/render.py" line="226"/>
        <source>Không có văn bản trả lời nào để in</source>
        <translation>No reply letter to print</translation>
    </message>
    <message>
        <location filename="../../console/open311/app.py" line="117"/>
        <source>Thiếu khóa API (api_key)</source>
        <translation>The API key (api_key) is missing</translation>
    </message>
    <message>
        <location filename="../../console/open311/errors.py" line="29"/>
        <source>Nội dung gửi lên vượt quá {limit} byte</source>
        <translation>The request body is over {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../console/open311/errors.py" line="33"/>
        <source>Gửi quá nhiều yêu cầu: thử lại sau {seconds} giây</source>
        <translation>Too many requests: try again in {seconds} seconds</translation>
    </message>
    <message>
        <location filename="../../console/open311/errors.py" line="37"/>
        <source>Định dạng {fmt!r} không hỗ trợ: dùng .json hoặc .xml</source>
        <translation>Format {fmt!r} is not supported: use .json or .xml</translation>
    </message>
    <message>
        <location filename="../../console/open311/forms.py" line="63"/>
        <source>Khóa chống gửi trùng (idempotency_key) dài quá 100 ký tự</source>
        <translation>The idempotency key (idempotency_key) is longer than 100 characters</translation>
    </message>
    <message>
        <location filename="../../console/open311/forms.py" line="79"/>
        <source>status phải là open hoặc closed</source>
        <translation>status must be open or closed</translation>
    </message>
    <message>
        <location filename="../../console/open311/forms.py" line="31"/>
        <source>Nội dung gửi lên không đọc được (cần form-urlencoded, UTF-8)</source>
        <translation>The request body cannot be read (form-urlencoded, UTF-8 expected)</translation>
    </message>
    <message>
        <location filename="../../console/open311/forms.py" line="45"/>
        <source>{name} phải là một số: {value!r}</source>
        <translation>{name} must be a number: {value!r}</translation>
    </message>
    <message>
        <location filename="../../console/open311/forms.py" line="53"/>
        <source>{name} không phải thời điểm W3C (2026-03-02T09:00:00+07:00): {value!r}</source>
        <translation>{name} is not a W3C time (2026-03-02T09:00:00+07:00): {value!r}</translation>
    </message>
    <message>
        <location filename="../../console/remember.py" line="115"/>
        <source>Máy này không có kho khóa bảo mật của hệ điều hành (keyring), nên không thể ghi nhớ đăng nhập; hãy đăng nhập bằng mật khẩu mỗi lần</source>
        <translation>This computer has no operating-system keyring, so the login cannot be remembered; sign in with your password each time</translation>
    </message>
    <message>
        <location filename="../../console/remember.py" line="129"/>
        <source>Không ghi được vào kho khóa bảo mật: {error}</source>
        <translation>Cannot write to the keyring: {error}</translation>
    </message>
    <message>
        <location filename="../../console/remember.py" line="143"/>
        <source>Không đọc được kho khóa bảo mật: {error}</source>
        <translation>Cannot read the keyring: {error}</translation>
    </message>
    <message>
        <location filename="../../console/remember.py" line="166"/>
        <source>Không xóa được khỏi kho khóa bảo mật: {error}</source>
        <translation>Cannot delete from the keyring: {error}</translation>
    </message>
    <message>
        <location filename="../../console/services/account_check.py" line="25"/>
        <source>Tài khoản của bạn đã bị vô hiệu hóa: phiên làm việc kết thúc, không có gì được ghi; hãy liên hệ quản trị viên</source>
        <translation>Your account has been deactivated: the session is over and nothing was saved; contact the administrator</translation>
    </message>
    <message>
        <location filename="../../console/services/action_base.py" line="131"/>
        <source>Phản ánh vừa được {who} thay đổi lúc {at:%H:%M} ngày {at:%d/%m/%Y}. Hãy tải lại rồi thực hiện lại; chưa có gì được ghi.</source>
        <translation>The report was just changed by {who} at {at:%H:%M} on {at:%d/%m/%Y}. Reload it and try again; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../console/services/action_base.py" line="120"/>
        <source>Phản ánh vừa được người khác thay đổi lúc . Hãy tải lại rồi thực hiện lại; chưa có gì được ghi.</source>
        <translation>The report was just changed by someone else. Reload it and try again; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../console/services/action_base.py" line="125"/>
        <source>Phản ánh vừa được người khác thay đổi lúc {at:%H:%M} ngày {at:%d/%m/%Y}. Hãy tải lại rồi thực hiện lại; chưa có gì được ghi.</source>
        <translation>The report was just changed by someone else at {at:%H:%M} on {at:%d/%m/%Y}. Reload it and try again; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../console/services/action_base.py" line="210"/>
        <source>Cần nhập {what}</source>
        <translation>Enter {what}</translation>
    </message>
    <message>
        <location filename="../../console/services/action_base.py" line="216"/>
        <source>Không có đơn vị mã &apos;{code}&apos;</source>
        <translation>There is no unit with code &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/action_base.py" line="238"/>
        <source>Phản ánh chưa có kết quả xử lý</source>
        <translation>The report has no handling result yet</translation>
    </message>
    <message>
        <location filename="../../console/services/action_base.py" line="245"/>
        <source>Hồ sơ không có đơn vị IOC</source>
        <translation>The profile has no IOC unit</translation>
    </message>
    <message>
        <location filename="../../console/services/action_base.py" line="163"/>
        <source>Không tìm thấy phản ánh #{report_id}</source>
        <translation>Report #{report_id} not found</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="80"/>
        <source>Không có lĩnh vực mã &apos;{code}&apos;</source>
        <translation>No category with code &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="89"/>
        <source>Đơn vị {name} đã ngừng hoạt động</source>
        <translation>Unit {name} is deactivated</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="96"/>
        <source>Tên lĩnh vực không được để trống</source>
        <translation>The category name must not be empty</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="104"/>
        <source>Loại thời hạn không hợp lệ: &apos;{kind}&apos;</source>
        <translation>Invalid deadline kind: &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="106"/>
        <source>Thời hạn phải là một số dương (được {amount})</source>
        <translation>The deadline must be a positive number (got {amount})</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="191"/>
        <source>Mã lĩnh vực &apos;{code}&apos; không hợp lệ: 2–40 ký tự a-z, 0-9, gạch dưới, gạch ngang</source>
        <translation>Invalid category code &apos;{code}&apos;: 2–40 characters a-z, 0-9, underscore, hyphen</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="196"/>
        <source>Chủ đề không hợp lệ: &apos;{topic}&apos;</source>
        <translation>Invalid topic: &apos;{topic}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="198"/>
        <source>Quy chế của tỉnh không đặt thời hạn xử lý riêng cho từng lĩnh vực: lĩnh vực mới dùng thời hạn xử lý chung</source>
        <translation>The province&apos;s regulation sets no deadline per category: a new category takes the general handling deadline</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="204"/>
        <source>Hãy ghi căn cứ (điều khoản, văn bản) của thời hạn</source>
        <translation>Give the basis (article, document) of the deadline</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="300"/>
        <source>Quy chế của tỉnh không đặt thời hạn xử lý riêng cho từng lĩnh vực: mọi lĩnh vực dùng thời hạn xử lý chung</source>
        <translation>The province&apos;s regulation sets no deadline per category: every category takes the general handling deadline</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="306"/>
        <source>Hãy ghi căn cứ (điều khoản, văn bản) của thời hạn mới</source>
        <translation>Give the basis (article, document) of the new deadline</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_categories.py" line="208"/>
        <source>Mã lĩnh vực &apos;{code}&apos; đã có</source>
        <translation>Category code &apos;{code}&apos; already exists</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="62"/>
        <source>Không thể ngừng hoạt động {name}: đơn vị còn {count} phản ánh chưa xử lý xong ({reports}). Hãy chuyển các phản ánh này cho đơn vị khác trước.</source>
        <translation>Cannot deactivate {name}: the unit still holds {count} unfinished reports ({reports}). Send them to another unit first.</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="118"/>
        <source>{what} không được để trống</source>
        <translation>{what} must not be empty</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="125"/>
        <source>Đơn vị cấp trên {name} đã ngừng hoạt động</source>
        <translation>Parent unit {name} is deactivated</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="129"/>
        <source>Không thể chuyển {name} vào chính nó hoặc đơn vị trực thuộc của nó</source>
        <translation>Cannot move {name} into itself or a unit under it</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="204"/>
        <source>Mã đơn vị &apos;{code}&apos; không hợp lệ: 2–40 ký tự a-z, 0-9, gạch dưới, gạch ngang</source>
        <translation>Invalid unit code &apos;{code}&apos;: 2–40 characters a-z, 0-9, underscore, hyphen</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="213"/>
        <source>Mỗi tỉnh chỉ có một Trung tâm IOC</source>
        <translation>A province has only one IOC</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="215"/>
        <source>Quy chế của tỉnh không có Tổ xử lý cấp huyện</source>
        <translation>The province&apos;s regulation has no district teams</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="337"/>
        <source>Địa bàn không được để trống</source>
        <translation>The area must not be empty</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="211"/>
        <source>Loại đơn vị không hợp lệ: &apos;{kind}&apos;</source>
        <translation>Invalid unit kind: &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="219"/>
        <source>Mã đơn vị &apos;{code}&apos; đã có</source>
        <translation>Unit code &apos;{code}&apos; already exists</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="272"/>
        <source>Trung tâm IOC là gốc của cây đơn vị, không chuyển được</source>
        <translation>The IOC is the root of the unit tree and cannot be moved</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="289"/>
        <source>Không thể ngừng hoạt động Trung tâm IOC</source>
        <translation>The IOC cannot be deactivated</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="295"/>
        <source>Không thể ngừng hoạt động {name}: còn đơn vị trực thuộc đang hoạt động ({units})</source>
        <translation>Cannot deactivate {name}: active units are still under it ({units})</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="252"/>
        <source>Tên đơn vị</source>
        <translation>The unit&apos;s name</translation>
    </message>
    <message>
        <location filename="../../console/services/admin_units.py" line="253"/>
        <source>Tên viết tắt</source>
        <translation>The short name</translation>
    </message>
    <message>
        <location filename="../../console/services/answer_actions.py" line="161"/>
        <source>Mức đánh giá không hợp lệ &apos;{rating}&apos; (có: {known})</source>
        <translation>Invalid rating &apos;{rating}&apos; (known: {known})</translation>
    </message>
    <message>
        <location filename="../../console/services/answer_actions.py" line="227"/>
        <source>Cần chọn đơn vị xử lý lại</source>
        <translation>Choose the unit that handles it again</translation>
    </message>
    <message>
        <location filename="../../console/services/answer_actions.py" line="78"/>
        <source>Phản ánh này chỉ được: {allowed} (người phản ánh đề nghị giữ bí mật hoặc nội dung hạn chế)</source>
        <translation>This report may only be: {allowed} (the reporter asked for confidentiality or the content is restricted)</translation>
    </message>
    <message>
        <location filename="../../console/services/answer_actions.py" line="86"/>
        <source>Kết quả chưa được phê duyệt, chưa thể trả lời</source>
        <translation>The result is not approved yet: it cannot be answered</translation>
    </message>
    <message>
        <location filename="../../console/services/answer_actions.py" line="145"/>
        <source>nội dung phản hồi của người dân</source>
        <translation>the citizen&apos;s feedback</translation>
    </message>
    <message>
        <location filename="../../console/services/answer_actions.py" line="189"/>
        <source>lý do xử lý lại</source>
        <translation>the reason for handling it again</translation>
    </message>
    <message>
        <location filename="../../console/services/answer_actions.py" line="206"/>
        <source>nội dung chỉ đạo</source>
        <translation>the direction given</translation>
    </message>
    <message>
        <location filename="../../console/services/answer_actions.py" line="81"/>
        <source>Công khai</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../console/services/answer_actions.py" line="81"/>
        <source>Gửi riêng người phản ánh</source>
        <translation>Private to the reporter</translation>
    </message>
    <message>
        <location filename="../../console/services/answer_actions.py" line="81"/>
        <source>Không công khai</source>
        <translation>Not published</translation>
    </message>
    <message>
        <location filename="../../console/services/api_keys.py" line="92"/>
        <source>Tên ứng dụng {name!r} không hợp lệ: 2–64 ký tự, chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang</source>
        <translation>The app name {name!r} is not valid: 2–64 characters, unaccented letters, digits, dots, underscores or hyphens</translation>
    </message>
    <message>
        <location filename="../../console/services/api_keys.py" line="104"/>
        <source>Không có kênh tiếp nhận {code!r} (có: {known})</source>
        <translation>There is no channel {code!r} (there are: {known})</translation>
    </message>
    <message>
        <location filename="../../console/services/api_keys.py" line="108"/>
        <source>Đã có khóa API tên {name!r}</source>
        <translation>There is already an API key named {name!r}</translation>
    </message>
    <message>
        <location filename="../../console/services/api_keys.py" line="149"/>
        <source>Không có khóa API tên {name!r}</source>
        <translation>There is no API key named {name!r}</translation>
    </message>
    <message>
        <location filename="../../console/services/attachments.py" line="181"/>
        <source>Tối đa {count} tệp đính kèm mỗi lần</source>
        <translation>At most {count} attachments at a time</translation>
    </message>
    <message>
        <location filename="../../console/services/attachments.py" line="191"/>
        <source>Không đọc được tệp {name}: tệp không tồn tại</source>
        <translation>Cannot read the file {name}: it does not exist</translation>
    </message>
    <message>
        <location filename="../../console/services/attachments.py" line="193"/>
        <source>Tệp {name} rỗng</source>
        <translation>The file {name} is empty</translation>
    </message>
    <message>
        <location filename="../../console/services/attachments.py" line="195"/>
        <source>Tệp {name} lớn quá {limit} MB ({size:.1f} MB)</source>
        <translation>The file {name} is larger than {limit} MB ({size:.1f} MB)</translation>
    </message>
    <message>
        <location filename="../../console/services/attachments.py" line="203"/>
        <source>Không nhận loại tệp của {name} ({mime}): chỉ ảnh, video, ghi âm, PDF và văn bản Word</source>
        <translation>The file type of {name} ({mime}) is not accepted: only photos, video, audio, PDF and Word documents</translation>
    </message>
    <message>
        <location filename="../../console/services/attachments.py" line="214"/>
        <source>Nội dung tệp {name} không đúng loại {mime}</source>
        <translation>The content of {name} is not of type {mime}</translation>
    </message>
    <message>
        <location filename="../../console/services/attachments.py" line="189"/>
        <source>Không đọc được tệp {name}</source>
        <translation>Cannot read the file {name}</translation>
    </message>
    <message>
        <location filename="../../console/services/auth.py" line="59"/>
        <source>Tên đăng nhập hoặc mật khẩu không đúng</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <location filename="../../console/services/auth.py" line="66"/>
        <source>Tài khoản bị khóa đến {until:%H:%M} do nhập sai mật khẩu {count} lần</source>
        <translation>The account is locked until {until:%H:%M} after {count} wrong passwords</translation>
    </message>
    <message>
        <location filename="../../console/services/auth.py" line="72"/>
        <source>Tài khoản bị khóa đến {until:%H:%M ngày %d/%m/%Y} do nhập sai mật khẩu {count} lần</source>
        <translation>The account is locked until {until:%H:%M on %d/%m/%Y} after {count} wrong passwords</translation>
    </message>
    <message>
        <location filename="../../console/services/auth.py" line="82"/>
        <source>Tài khoản đã bị vô hiệu hóa; hãy liên hệ quản trị viên</source>
        <translation>This account has been deactivated; contact the administrator</translation>
    </message>
    <message>
        <location filename="../../console/services/auth.py" line="89"/>
        <source>Mật khẩu hiện tại không đúng</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <location filename="../../console/services/auth.py" line="322"/>
        <source>Mật khẩu mới phải khác mật khẩu cũ</source>
        <translation>The new password must differ from the old one</translation>
    </message>
    <message>
        <location filename="../../console/services/auth.py" line="327"/>
        <source>Không tìm thấy tài khoản</source>
        <translation>Account not found</translation>
    </message>
    <message>
        <location filename="../../console/services/auth.py" line="402"/>
        <source>Không thể ghi nhớ đăng nhập cho tài khoản này</source>
        <translation>This account&apos;s login cannot be remembered</translation>
    </message>
    <message>
        <location filename="../../console/services/calendar.py" line="68"/>
        <source>Ngày {day:%d/%m/%Y} không có điều chỉnh nào để bỏ</source>
        <translation>{day:%d/%m/%Y} has no calendar change to remove</translation>
    </message>
    <message>
        <location filename="../../console/services/calendar_admin.py" line="84"/>
        <source>Năm {year} nằm ngoài lịch ngày lễ ({first}–{last})</source>
        <translation>The year {year} is outside the holiday calendar ({first}–{last})</translation>
    </message>
    <message>
        <location filename="../../console/services/calendar_admin.py" line="141"/>
        <source>Hãy ghi lý do (căn cứ) của ngày {day:%d/%m/%Y}</source>
        <translation>Give the reason (grounds) for {day:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../console/services/calendar_admin.py" line="147"/>
        <source>Ngày {day:%d/%m/%Y} đã là ngày nghỉ</source>
        <translation>{day:%d/%m/%Y} is already a day off</translation>
    </message>
    <message>
        <location filename="../../console/services/calendar_admin.py" line="149"/>
        <source>Ngày {day:%d/%m/%Y} đã là ngày làm việc</source>
        <translation>{day:%d/%m/%Y} is already a working day</translation>
    </message>
    <message>
        <location filename="../../console/services/connection.py" line="170"/>
        <source>Kiểu kết nối không hợp lệ: &apos;{target}&apos;</source>
        <translation>Invalid connection kind: &apos;{target}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/connection.py" line="70"/>
        <source>Hãy nhập địa chỉ máy chủ</source>
        <translation>Enter the server address</translation>
    </message>
    <message>
        <location filename="../../console/services/connection.py" line="75"/>
        <source>Cổng phải từ 1 đến 65535 (được {port})</source>
        <translation>The port must be 1 to 65535 (got {port})</translation>
    </message>
    <message>
        <location filename="../../console/services/connection.py" line="77"/>
        <source>Hãy nhập tên cơ sở dữ liệu</source>
        <translation>Enter the database name</translation>
    </message>
    <message>
        <location filename="../../console/services/connection.py" line="79"/>
        <source>Hãy nhập tên người dùng của máy chủ</source>
        <translation>Enter the server user name</translation>
    </message>
    <message>
        <location filename="../../console/services/connection.py" line="365"/>
        <source>Chỉ quản trị viên của cơ sở dữ liệu này mới được nâng cấp cấu trúc: sai tên hoặc mật khẩu quản trị</source>
        <translation>Only an administrator of this database may upgrade its schema: wrong administrator name or password</translation>
    </message>
    <message>
        <location filename="../../console/services/connection.py" line="220"/>
        <source>Không ghi được mật khẩu vào kho khóa bảo mật: {error}</source>
        <translation>Could not write the password to the keyring: {error}</translation>
    </message>
    <message>
        <location filename="../../console/services/console_api.py" line="174"/>
        <source>Tài khoản dòng lệnh không có mật khẩu</source>
        <translation>The command line&apos;s account has no password</translation>
    </message>
    <message>
        <location filename="../../console/services/console_api.py" line="257"/>
        <source>Thao tác không tồn tại: {action!r}</source>
        <translation>No such action: {action!r}</translation>
    </message>
    <message>
        <location filename="../../console/services/console_api.py" line="505"/>
        <source>Chỉ cán bộ tại IOC được thực hiện thao tác này</source>
        <translation>Only IOC staff may do this</translation>
    </message>
    <message>
        <location filename="../../console/services/console_api.py" line="539"/>
        <source>Phản ánh này không thuộc đơn vị của bạn</source>
        <translation>This report does not belong to your unit</translation>
    </message>
    <message>
        <location filename="../../console/services/console_api.py" line="372"/>
        <source>Không tìm thấy tệp đính kèm</source>
        <translation>Attachment not found</translation>
    </message>
    <message>
        <location filename="../../console/services/console_api.py" line="468"/>
        <source>Nội dung trả lời</source>
        <translation>Answer text</translation>
    </message>
    <message>
        <location filename="../../console/services/console_api.py" line="252"/>
        <source>Mã phản ánh</source>
        <translation>Report code</translation>
    </message>
    <message>
        <location filename="../../console/services/dashboard.py" line="43"/>
        <source>Bạn không có quyền xem bảng thống kê</source>
        <translation>You may not view the statistics dashboard</translation>
    </message>
    <message>
        <location filename="../../console/services/dashboard.py" line="52"/>
        <source>Bạn chỉ xem được bảng thống kê của đơn vị mình</source>
        <translation>You may view only your own unit&apos;s statistics</translation>
    </message>
    <message>
        <location filename="../../console/services/detail.py" line="195"/>
        <source>Không tìm thấy phản ánh mã {code!r}</source>
        <translation>Report {code!r} not found</translation>
    </message>
    <message>
        <location filename="../../console/services/extension_actions.py" line="102"/>
        <source>Đề nghị gia hạn cần kèm hình ảnh minh chứng tình hình xử lý (Bước 3.2)</source>
        <translation>An extension request needs photos of the work done so far (Step 3.2)</translation>
    </message>
    <message>
        <location filename="../../console/services/extension_actions.py" line="138"/>
        <source>Không có đề nghị gia hạn nào đang chờ quyết định</source>
        <translation>No extension request is waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../console/services/extension_actions.py" line="140"/>
        <source>Người đề nghị gia hạn không tự quyết định đề nghị của mình</source>
        <translation>The one who asked for the extension cannot decide on it</translation>
    </message>
    <message>
        <location filename="../../console/services/extension_actions.py" line="108"/>
        <source>Ngày cam kết hoàn thành phải ở tương lai</source>
        <translation>The committed completion date must be in the future</translation>
    </message>
    <message>
        <location filename="../../console/services/extension_actions.py" line="111"/>
        <source>Không có thời hạn xử lý đang chạy để gia hạn</source>
        <translation>No running handling deadline to extend</translation>
    </message>
    <message>
        <location filename="../../console/services/extension_actions.py" line="113"/>
        <source>Ngày cam kết phải sau thời hạn hiện tại</source>
        <translation>The committed date must be after the current deadline</translation>
    </message>
    <message>
        <location filename="../../console/services/extension_actions.py" line="115"/>
        <source>Đã có một đề nghị gia hạn đang chờ lãnh đạo đơn vị quyết định</source>
        <translation>An extension request is already waiting for the unit&apos;s leader</translation>
    </message>
    <message>
        <location filename="../../console/services/extension_actions.py" line="96"/>
        <source>tình hình xử lý và lý do đề nghị gia hạn</source>
        <translation>the progress so far and the reason for the extension</translation>
    </message>
    <message>
        <location filename="../../console/services/extension_actions.py" line="184"/>
        <source>lý do không duyệt gia hạn</source>
        <translation>the reason for refusing the extension</translation>
    </message>
    <message>
        <location filename="../../console/services/focal_points.py" line="62"/>
        <source>Không có tài khoản đang hoạt động tên &apos;{name}&apos;</source>
        <translation>There is no active account &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/focal_points.py" line="64"/>
        <source>{who} không thuộc {unit}</source>
        <translation>{who} does not belong to {unit}</translation>
    </message>
    <message>
        <location filename="../../console/services/focal_points.py" line="68"/>
        <source>{who} không có vai trò {what} của đơn vị</source>
        <translation>{who} does not have the unit&apos;s {what} role</translation>
    </message>
    <message>
        <location filename="../../console/services/focal_points.py" line="95"/>
        <source>Chỉ quản trị viên hoặc lãnh đạo đơn vị được phân công đầu mối của đơn vị</source>
        <translation>Only an administrator or the unit&apos;s leader may name the unit&apos;s focal points</translation>
    </message>
    <message>
        <location filename="../../console/services/focal_points.py" line="98"/>
        <source>lãnh đạo</source>
        <translation>leader</translation>
    </message>
    <message>
        <location filename="../../console/services/focal_points.py" line="99"/>
        <source>cán bộ xử lý</source>
        <translation>handling officer</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="50"/>
        <source>Phản ánh do Tổ xử lý phản ánh, kiến nghị giao: trả lại cho Tổ (Bước 3.2), không trả thẳng IOC</source>
        <translation>The district team assigned this report: return it to the team (Bước 3.2), not straight to the IOC</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="74"/>
        <source>Phản ánh không do Tổ xử lý giao cho đơn vị: trả lại IOC</source>
        <translation>No district team assigned this report to the unit: return it to the IOC</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="98"/>
        <source>Thời gian dự kiến giải quyết phải ở tương lai</source>
        <translation>The expected date must be in the future</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="135"/>
        <source>Đơn vị đã ghi nhận kiểm tra thực tế cho phản ánh này</source>
        <translation>The unit has already recorded a field check for this report</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="138"/>
        <source>Phản ánh chưa được chuyển đến đơn vị xử lý: chưa có thời hạn trả lại để kéo dài bằng kiểm tra thực tế</source>
        <translation>The report has not reached a handling unit: there is no return window for a field check to extend</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="146"/>
        <source>Quy định của tỉnh này không có thao tác &quot;{action}&quot;</source>
        <translation>This province&apos;s regulations have no action &quot;{action}&quot;</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="46"/>
        <source>lý do trả lại (ví dụ: không thuộc thẩm quyền)</source>
        <translation>the reason for returning it (for example: outside the unit&apos;s remit)</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="94"/>
        <source>nguyên nhân chưa giải quyết được</source>
        <translation>why it could not be resolved yet</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="130"/>
        <source>nội dung kiểm tra thực tế</source>
        <translation>the findings of the field check</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="169"/>
        <source>nội dung tiến độ</source>
        <translation>the progress update</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="202"/>
        <source>kết quả xử lý</source>
        <translation>the result of the handling</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="274"/>
        <source>nội dung kết quả đã sửa</source>
        <translation>the edited result</translation>
    </message>
    <message>
        <location filename="../../console/services/handling_actions.py" line="298"/>
        <source>yêu cầu xử lý lại</source>
        <translation>what must be handled again</translation>
    </message>
    <message>
        <location filename="../../console/services/harm_notices.py" line="68"/>
        <source>Cách báo tin không hợp lệ &apos;{means}&apos; (điện thoại hoặc thư điện tử)</source>
        <translation>Invalid way of telling &apos;{means}&apos; (phone or e-mail)</translation>
    </message>
    <message>
        <location filename="../../console/services/harm_notices.py" line="72"/>
        <source>Nội dung báo tin không hợp lệ &apos;{about}&apos;</source>
        <translation>Invalid notice content &apos;{about}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/harm_notices.py" line="78"/>
        <source>Chỉ báo tin riêng cho phản ánh được đánh dấu ảnh hưởng đến uy tín của tổ chức, cá nhân</source>
        <translation>Only a report marked as harmful to someone&apos;s reputation is told privately</translation>
    </message>
    <message>
        <location filename="../../console/services/harm_notices.py" line="84"/>
        <source>Phản ánh không có {what} của người phản ánh</source>
        <translation>The report has no {what} of the reporter</translation>
    </message>
    <message>
        <location filename="../../console/services/harm_notices.py" line="86"/>
        <source>số điện thoại</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../../console/services/harm_notices.py" line="86"/>
        <source>thư điện tử</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="87"/>
        <source>Cần nhập tiêu đề hoặc nội dung phản ánh</source>
        <translation>Enter a title or a description of the report</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="89"/>
        <source>Danh xưng phải là Ông, Bà hoặc Ông/Bà</source>
        <translation>The form of address must be Ông, Bà or Ông/Bà</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="93"/>
        <source>Tiêu đề dài quá 200 ký tự</source>
        <translation>The title is longer than 200 characters</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="196"/>
        <source>Thông tin thuộc bí mật nhà nước không được nhập vào hệ thống ({article}): hướng dẫn người phản ánh gửi theo chế độ Mật, ngoài hệ thống; cơ quan có thẩm quyền trả lời theo quy định bảo vệ bí mật nhà nước</source>
        <translation>State-secret information is not entered into the system ({article}): guide the reporter to send it under the classified (&quot;Mật&quot;) regime, outside the system; the competent agency answers under the rules on state secrets</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="290"/>
        <source>Không có kênh hướng dẫn &apos;{target}&apos; (có: {known})</source>
        <translation>There is no channel &apos;{target}&apos; to direct to (known: {known})</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="390"/>
        <source>Mã gửi của phản ánh không hợp lệ: {key!r}</source>
        <translation>Invalid submission key of the report: {key!r}</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="102"/>
        <source>Không có kênh tiếp nhận &apos;{channel}&apos;</source>
        <translation>There is no intake channel &apos;{channel}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="329"/>
        <source>Không có lĩnh vực &apos;{category}&apos;</source>
        <translation>There is no category &apos;{category}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="348"/>
        <source>Không tìm thấy phản ánh chính mã {code!r}</source>
        <translation>Main report {code!r} not found</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="350"/>
        <source>Chỉ gộp được vào một phản ánh chính đang mở</source>
        <translation>A report can only be merged into an open main report</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="370"/>
        <source>Hồ sơ không có Văn phòng UBND để báo cáo</source>
        <translation>The profile has no People&apos;s Committee Office to report to</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="227"/>
        <source>nội dung đề nghị người phản ánh bổ sung</source>
        <translation>what the reporter is asked to add</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="248"/>
        <source>nội dung người phản ánh bổ sung</source>
        <translation>what the reporter added</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="250"/>
        <source>Nội dung bổ sung</source>
        <translation>Added text</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="275"/>
        <source>lý do không xử lý</source>
        <translation>the reason for not handling it</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="305"/>
        <source>nội dung giải đáp</source>
        <translation>the answer given</translation>
    </message>
    <message>
        <location filename="../../console/services/intake_actions.py" line="365"/>
        <source>nội dung báo cáo UBND</source>
        <translation>the report to the People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../console/services/issued_reports.py" line="113"/>
        <source>Không có báo cáo đã ban hành số {number}</source>
        <translation>There is no issued report number {number}</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_files.py" line="87"/>
        <source>Định dạng {fmt!r} không hỗ trợ: json hoặc xml</source>
        <translation>Format {fmt!r} is not supported: json or xml</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_files.py" line="107"/>
        <source>Tệp {path} phải là một danh sách yêu cầu GeoReport</source>
        <translation>The file {path} must be a list of GeoReport requests</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_files.py" line="99"/>
        <source>Không đọc được tệp {path}: {error}</source>
        <translation>Cannot read the file {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_files.py" line="103"/>
        <source>Tệp {path} không phải JSON (UTF-8): {error}</source>
        <translation>The file {path} is not JSON (UTF-8): {error}</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_files.py" line="167"/>
        <source>Không có kênh tiếp nhận {code!r}</source>
        <translation>There is no channel {code!r}</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="189"/>
        <source>Không có dịch vụ (lĩnh vực) mã {code!r}</source>
        <translation>There is no service (category) {code!r}</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="201"/>
        <source>Thiếu khóa API (api_key) hoặc khóa không hợp lệ, đã bị thu hồi</source>
        <translation>The API key (api_key) is missing, not valid or revoked</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="259"/>
        <source>Thiếu service_code (mã lĩnh vực)</source>
        <translation>service_code (the category&apos;s code) is missing</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="262"/>
        <source>Cần cả lat và long, hoặc address_string</source>
        <translation>Both lat and long are needed, or address_string</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="264"/>
        <source>Cần vị trí: lat và long, hoặc address_string</source>
        <translation>A location is needed: lat and long, or address_string</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="270"/>
        <source>Tọa độ không hợp lệ: lat {lat}, long {long}</source>
        <translation>Invalid coordinates: lat {lat}, long {long}</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="275"/>
        <source>media_url phải là một địa chỉ http(s)</source>
        <translation>media_url must be an http(s) address</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="331"/>
        <source>Không có phản ánh mã {code!r}</source>
        <translation>There is no report {code!r}</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="339"/>
        <source>start_date phải trước end_date</source>
        <translation>start_date must come before end_date</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="341"/>
        <source>Khoảng thời gian truy vấn tối đa {days} ngày</source>
        <translation>A query spans at most {days} days</translation>
    </message>
    <message>
        <location filename="../../console/services/open311_requests.py" line="210"/>
        <source>Cơ sở dữ liệu chưa có đơn vị IOC</source>
        <translation>The database has no IOC unit yet</translation>
    </message>
    <message>
        <location filename="../../console/services/outbox_admin.py" line="78"/>
        <source>Không còn mục chờ gửi này (đã gửi hoặc đã bỏ)</source>
        <translation>This waiting item is gone (sent or discarded)</translation>
    </message>
    <message>
        <location filename="../../console/services/outbox_admin.py" line="55"/>
        <source>Tài khoản {username} chưa hoạt động lại: các mục chờ gửi của người này vẫn được giữ</source>
        <translation>The account {username} is not active again: their waiting items are still held</translation>
    </message>
    <message>
        <location filename="../../console/services/outbox_replay.py" line="190"/>
        <source>Mục này chờ quản trị viên quyết định (phiên làm việc đã kết thúc)</source>
        <translation>This item waits for an administrator&apos;s decision (the session ended)</translation>
    </message>
    <message>
        <location filename="../../console/services/outbox_replay.py" line="248"/>
        <source>Thao tác này không có nội dung để sửa</source>
        <translation>This action has no text to edit</translation>
    </message>
    <message>
        <location filename="../../console/services/outbox_replay.py" line="130"/>
        <source>Thao tác này chờ sau “{before}” trên cùng phản ánh, thao tác đó chưa gửi được.</source>
        <translation>This action waits behind “{before}” on the same report, which could not be sent.</translation>
    </message>
    <message>
        <location filename="../../console/services/outbox_replay.py" line="213"/>
        <source>Phản ánh của thao tác này chưa được gửi lên máy chủ</source>
        <translation>The report of this action has not reached the server yet</translation>
    </message>
    <message>
        <location filename="../../console/services/outbox_replay.py" line="140"/>
        <source>Phản ánh của thao tác này chưa được gửi lên máy chủ (đã bị bỏ).</source>
        <translation>The report of this action was never sent to the server (it was discarded).</translation>
    </message>
    <message>
        <location filename="../../console/services/queues.py" line="156"/>
        <source>Bộ lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../console/services/queues.py" line="160"/>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../console/services/restriction_actions.py" line="41"/>
        <source>Mức hạn chế không hợp lệ &apos;{restriction}&apos;</source>
        <translation>Invalid restriction &apos;{restriction}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/restriction_actions.py" line="49"/>
        <source>Phản ánh đã ở mức: {label}</source>
        <translation>The report is already at this level: {label}</translation>
    </message>
    <message>
        <location filename="../../console/services/restriction_actions.py" line="44"/>
        <source>lý do hạn chế công khai</source>
        <translation>the reason for restricting publication</translation>
    </message>
    <message>
        <location filename="../../console/services/restriction_actions.py" line="50"/>
        <source>Không hạn chế</source>
        <translation>Not restricted</translation>
    </message>
    <message>
        <location filename="../../console/services/restriction_actions.py" line="50"/>
        <source>Bí mật nhà nước</source>
        <translation>State secret</translation>
    </message>
    <message>
        <location filename="../../console/services/restriction_actions.py" line="50"/>
        <source>Ảnh hưởng uy tín của tổ chức, cá nhân</source>
        <translation>Harms someone&apos;s reputation</translation>
    </message>
    <message>
        <location filename="../../console/services/routing.py" line="181"/>
        <source>Không thể chuyển phản ánh cho {unit}</source>
        <translation>The report cannot be sent to {unit}</translation>
    </message>
    <message>
        <location filename="../../console/services/routing.py" line="121"/>
        <source>Thao tác {action!r} không chuyển phản ánh đến đơn vị</source>
        <translation>The action {action!r} does not send a report to a unit</translation>
    </message>
    <message>
        <location filename="../../console/services/routing.py" line="167"/>
        <source>Không thể chuyển phản ánh cho chính IOC</source>
        <translation>A report cannot be forwarded to the IOC itself</translation>
    </message>
    <message>
        <location filename="../../console/services/routing.py" line="175"/>
        <source>Tổ chỉ giao được cho đơn vị trực thuộc của tổ</source>
        <translation>The team can only delegate to a unit under it</translation>
    </message>
    <message>
        <location filename="../../console/services/routing.py" line="177"/>
        <source>Văn phòng UBND không nhận phản ánh chuyển xử lý theo quy định của tỉnh này (chỉ nhận báo cáo UBND)</source>
        <translation>Under this province&apos;s rules the People&apos;s Committee office does not take forwarded reports (only reports escalated to it)</translation>
    </message>
    <message>
        <location filename="../../console/services/routing.py" line="170"/>
        <source>{unit} đã trả lại phản ánh này vì không thuộc thẩm quyền: giao cho đơn vị khác phù hợp</source>
        <translation>{unit} returned this report as outside its remit: assign another suitable unit</translation>
    </message>
    <message>
        <location filename="../../console/services/routing_actions.py" line="40"/>
        <source>Chưa đủ thông tin để chuyển xử lý ({article}): {gaps}</source>
        <translation>Not enough information to forward the report ({article}): {gaps}</translation>
    </message>
    <message>
        <location filename="../../console/services/routing_actions.py" line="85"/>
        <source>Không lấy ý kiến của chính IOC hay của đơn vị xử lý</source>
        <translation>Neither the IOC nor the handling unit can be consulted</translation>
    </message>
    <message>
        <location filename="../../console/services/routing_actions.py" line="129"/>
        <source>{unit} không có yêu cầu cho ý kiến nào đang chờ trả lời</source>
        <translation>{unit} has no request for an opinion waiting for an answer</translation>
    </message>
    <message>
        <location filename="../../console/services/routing_actions.py" line="114"/>
        <source>ý kiến của đơn vị được lấy ý kiến</source>
        <translation>the consulted unit&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../console/services/user_admin.py" line="150"/>
        <source>Họ và tên không được để trống</source>
        <translation>The full name may not be empty</translation>
    </message>
    <message>
        <location filename="../../console/services/user_admin.py" line="157"/>
        <source>Đơn vị {unit} đã ngừng hoạt động</source>
        <translation>The unit {unit} is no longer active</translation>
    </message>
    <message>
        <location filename="../../console/services/user_admin.py" line="166"/>
        <source>Người dùng phải có ít nhất một vai trò</source>
        <translation>A user must have at least one role</translation>
    </message>
    <message>
        <location filename="../../console/services/user_admin.py" line="164"/>
        <source>Vai trò không hợp lệ ({error})</source>
        <translation>Invalid role ({error})</translation>
    </message>
    <message>
        <location filename="../../console/services/user_admin.py" line="169"/>
        <source>Không thể tự bỏ vai trò quản trị của chính mình</source>
        <translation>You cannot take the administrator role away from yourself</translation>
    </message>
    <message>
        <location filename="../../console/services/user_admin.py" line="171"/>
        <source>Không thể bỏ vai trò quản trị của quản trị viên cuối cùng</source>
        <translation>The last administrator cannot lose the administrator role</translation>
    </message>
    <message>
        <location filename="../../console/services/users.py" line="35"/>
        <source>Không có người dùng &apos;{username}&apos;</source>
        <translation>There is no user &apos;{username}&apos;</translation>
    </message>
    <message>
        <location filename="../../console/services/users.py" line="44"/>
        <source>Không thể tự vô hiệu hóa tài khoản của chính mình</source>
        <translation>You cannot deactivate your own account</translation>
    </message>
    <message>
        <location filename="../../console/services/users.py" line="60"/>
        <source>Tên đăng nhập &apos;{username}&apos; không hợp lệ: 3–64 ký tự a-z, 0-9, dấu chấm, gạch</source>
        <translation>Invalid user name &apos;{username}&apos;: 3–64 characters a-z, 0-9, dot, hyphen</translation>
    </message>
    <message>
        <location filename="../../console/services/users.py" line="79"/>
        <source>Tên đăng nhập &apos;{username}&apos; đã tồn tại</source>
        <translation>The user name &apos;{username}&apos; already exists</translation>
    </message>
    <message>
        <location filename="../../console/services/users.py" line="126"/>
        <source>Chỉ quản trị viên mới được {action}</source>
        <translation>Only an administrator may {action}</translation>
    </message>
    <message>
        <location filename="../../console/services/users.py" line="70"/>
        <source>Vai trò không hợp lệ ({error}); các vai trò: {known}</source>
        <translation>Invalid role ({error}); roles: {known}</translation>
    </message>
    <message>
        <location filename="../../console/services/users.py" line="216"/>
        <source>Không thể vô hiệu hóa quản trị viên cuối cùng</source>
        <translation>The last administrator cannot be deactivated</translation>
    </message>
    <message>
        <location filename="../../console/statistics/pdf_lists.py" line="58"/>
        <source>Hồ sơ “{key}” không quy định báo cáo giải trình của cơ quan xử lý</source>
        <translation>Profile “{key}” has no explanation report by the handling agency</translation>
    </message>
    <message>
        <location filename="../../console/statistics/pdf_lists.py" line="142"/>
        <source>Hồ sơ “{key}” không quy định danh sách phản ánh trả lời riêng</source>
        <translation>Profile “{key}” has no list of privately answered reports</translation>
    </message>
    <message>
        <location filename="../../console/statistics/pdf_wording.py" line="129"/>
        <source>Hồ sơ “{key}” chưa có mẫu báo cáo định kỳ</source>
        <translation>Profile “{key}” has no periodic report template</translation>
    </message>
    <message>
        <location filename="../../console/statistics/period.py" line="159"/>
        <source>Kỳ báo cáo “{text}” không hợp lệ (viết {forms})</source>
        <translation>Invalid reporting period “{text}” (write {forms})</translation>
    </message>
    <message>
        <location filename="../../console/statistics/period.py" line="176"/>
        <source>Loại kỳ báo cáo không hợp lệ: {kind}</source>
        <translation>Invalid kind of reporting period: {kind}</translation>
    </message>
    <message>
        <location filename="../../console/statistics/period.py" line="98"/>
        <source>Năm {year} nằm ngoài khoảng {first}–{last}</source>
        <translation>Year {year} is outside {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../console/statistics/period.py" line="140"/>
        <source>Kỳ “{text}”: tháng phải từ 1 đến 12</source>
        <translation>Period “{text}”: the month must be 1 to 12</translation>
    </message>
    <message>
        <location filename="../../console/statistics/period.py" line="146"/>
        <source>Kỳ “{text}”: năm {year} có các tuần từ 1 đến {weeks}</source>
        <translation>Period “{text}”: {year} has weeks 1 to {weeks}</translation>
    </message>
    <message>
        <location filename="../../console/statistics/period.py" line="157"/>
        <source>Kỳ “{text}”: ngày đầu sau ngày cuối</source>
        <translation>Period “{text}”: the first day is after the last</translation>
    </message>
    <message>
        <location filename="../../console/statistics/period.py" line="154"/>
        <source>Kỳ “{text}”: ngày không hợp lệ</source>
        <translation>Period “{text}”: invalid date</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="80"/>
        <source>“{label}” phải là văn bản</source>
        <translation>“{label}” must be text</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="99"/>
        <source>“{label}” chứa ký tự đảo chiều văn bản {char}, không được phép: ký tự này làm văn bản hiển thị khác với nội dung thật</source>
        <translation>“{label}” holds the text direction character {char}, which is not allowed: it makes a text display differently from what it holds</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="110"/>
        <source>“{label}” dài quá {limit} ký tự (đang có {count})</source>
        <translation>“{label}” is longer than {limit} characters ({count})</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="134"/>
        <source>“{label}” không phải địa chỉ thư điện tử (dạng ten@mien.vn): {value!r}</source>
        <translation>“{label}” is not an e-mail address (such as name@domain.vn): {value!r}</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="173"/>
        <source>Cần cả vĩ độ và kinh độ, hoặc bỏ trống cả hai</source>
        <translation>Give both the latitude and the longitude, or neither</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="193"/>
        <source>“{label}” phải là ngày giờ</source>
        <translation>“{label}” must be a date and time</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="196"/>
        <source>“{label}” ở tương lai ({value:%d/%m/%Y %H:%M}): không được sau thời điểm hiện tại</source>
        <translation>“{label}” is in the future ({value:%d/%m/%Y %H:%M}): it may not be later than now</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="204"/>
        <source>“{label}” quá xa ({value:%d/%m/%Y}): không được trước {floor:%d/%m/%Y}</source>
        <translation>“{label}” is too long ago ({value:%d/%m/%Y}): it may not be before {floor:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="85"/>
        <source>“{label}” chứa ký tự điều khiển {char}, không được phép (mã điều khiển hoặc chuỗi thoát của màn hình dòng lệnh)</source>
        <translation>“{label}” holds the control character {char}, which is not allowed (a control code or a terminal escape sequence)</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="93"/>
        <source>“{label}” chứa ký tự hỏng {char} (nửa cặp UTF-16), không lưu được</source>
        <translation>“{label}” holds the broken character {char} (half of a UTF-16 pair) and cannot be stored</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="159"/>
        <source>Vĩ độ phải là một số từ -90 đến 90 (nhận được {value})</source>
        <translation>The latitude must be a number from -90 to 90 (got {value})</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="167"/>
        <source>Kinh độ phải là một số từ -180 đến 180 (nhận được {value})</source>
        <translation>The longitude must be a number from -180 to 180 (got {value})</translation>
    </message>
    <message>
        <location filename="../../console/text_input.py" line="125"/>
        <source>Thư điện tử người phản ánh</source>
        <translation>Reporter&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../console/workflow.py" line="319"/>
        <source>Vai trò của bạn không được phép &quot;{action}&quot; ở bước này</source>
        <translation>Your role may not &quot;{action}&quot; at this step</translation>
    </message>
    <message>
        <location filename="../../console/workflow.py" line="311"/>
        <source>Không thể &quot;{action}&quot; khi phản ánh đang ở trạng thái &quot;{status}&quot;</source>
        <translation>Cannot &quot;{action}&quot; while the report is &quot;{status}&quot;</translation>
    </message>
    <message>
        <location filename="../../console/workflow.py" line="342"/>
        <source>Chỉ Văn phòng UBND được thực hiện thao tác này</source>
        <translation>Only the People&apos;s Committee Office may do this</translation>
    </message>
    <message>
        <location filename="../../console/workflow.py" line="344"/>
        <source>Phản ánh không thuộc đơn vị của bạn</source>
        <translation>The report does not belong to your unit</translation>
    </message>
    <message>
        <location filename="../../console/workflow.py" line="308"/>
        <source>Không thể &quot;{action}&quot; khi phản ánh đang ở trạng thái &quot;chưa tiếp nhận&quot;</source>
        <translation>Cannot &quot;{action}&quot; while the report is &quot;not received yet&quot;</translation>
    </message>
    <message>
        <location filename="../../console/worktime.py" line="299"/>
        <source>Năm {year} nằm ngoài các năm lịch làm việc tính được ({first}–{last})</source>
        <translation>The year {year} is outside the years the working calendar covers ({first}–{last})</translation>
    </message>
</context>
</TS>
