"""Texts of the processing trail: progress notes, results, reasons, requests, citizens' feedback.

Topic-specific sentences come from the ``r``/``p`` lines of the report templates; the rest is
shared. All draws are ``random()`` indexing, like ``compose``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from itertools import chain

from console.demo_text.compose import FALLBACK, TOPIC_PROGRESS, TOPIC_RESULTS

PROGRESS_NOTES = (
    "Đơn vị đã cử cán bộ kiểm tra thực địa, đang phối hợp với chính quyền địa phương xác minh.",
    "Đã tiếp nhận phản ánh và giao bộ phận chuyên môn xử lý.",
    "Đã liên hệ với người phản ánh để xác định chính xác vị trí, thời điểm xảy ra sự việc.",
    "Đang chờ ý kiến của các đơn vị phối hợp trước khi có kết quả chính thức.",
    "Đã kiểm tra hiện trường, lập biên bản ghi nhận hiện trạng; đang xây dựng phương án khắc phục.",
    "Nội dung liên quan nhiều đơn vị; đơn vị đã tổ chức họp liên ngành để thống nhất phương án.",
    "Đã báo cáo lãnh đạo đơn vị và đang triển khai các biện pháp xử lý theo chỉ đạo.",
)
PROGRESS_TAILS = (
    "Dự kiến có kết quả trong 02 ngày làm việc.",
    "Dự kiến có kết quả trong 03 ngày làm việc.",
    "Dự kiến có kết quả trong 05 ngày làm việc.",
    "Dự kiến hoàn thành trong 07 ngày làm việc.",
    "Đơn vị sẽ báo cáo kết quả ngay khi hoàn thành.",
)

RESULT_OPENERS = (
    "Ngay sau khi tiếp nhận phản ánh, đơn vị đã cử cán bộ phối hợp với chính quyền địa phương "
    "kiểm tra thực tế tại {place}.",
    "Qua kiểm tra thực tế tại {place}, nội dung phản ánh của công dân là đúng.",
    "Qua kiểm tra thực tế tại {place}, nội dung phản ánh của công dân là đúng một phần.",
    "Đơn vị đã phối hợp với Ủy ban nhân dân cấp xã và các đơn vị liên quan kiểm tra, xác minh "
    "tại {place}.",
    "Tiếp nhận phản ánh về sự việc tại {place}, đơn vị đã chỉ đạo bộ phận chuyên môn kiểm tra, "
    "xử lý.",
)
RESULT_FOLLOWUPS = (
    "Đơn vị đã giao cán bộ phụ trách địa bàn tiếp tục theo dõi, không để tình trạng tái diễn.",
    "Trường hợp phát sinh vi phạm mới, đề nghị người dân tiếp tục phản ánh để được xử lý kịp thời.",
    "Đơn vị sẽ tiếp tục phối hợp với chính quyền địa phương tăng cường kiểm tra, giám sát.",
    "Kết quả xử lý đã được thông báo đến tổ dân phố, thôn để người dân cùng giám sát.",
)
RESULT_CLOSINGS = (
    "Trân trọng cảm ơn công dân đã quan tâm phản ánh.",
    "Đơn vị thông tin để người phản ánh được biết.",
    "Xin cảm ơn sự quan tâm, đồng hành của người dân.",
    "Thông tin phản hồi để công dân được biết và theo dõi.",
)

REJECT_REASONS = (
    "Nội dung không phải phản ánh hiện trường, không thuộc phạm vi tiếp nhận của hệ thống.",
    "Phản ánh thiếu thông tin về địa điểm, thời gian; người phản ánh không bổ sung khi được "
    "đề nghị.",
    "Nội dung phản ánh có lời lẽ xúc phạm, thiếu văn hóa, không đủ điều kiện tiếp nhận.",
    "Phản ánh trùng nội dung với phản ánh đã được tiếp nhận và đang xử lý.",
    "Nội dung là khiếu nại, tố cáo; đề nghị công dân gửi đơn theo Luật Khiếu nại, Luật Tố cáo.",
    "Phản ánh mang tính quảng cáo, rao vặt, không liên quan đến công tác quản lý nhà nước.",
    "Nội dung là tranh chấp dân sự giữa các cá nhân, thuộc thẩm quyền giải quyết của Tòa án.",
    "Vụ việc đang được cơ quan tiến hành tố tụng thụ lý, giải quyết.",
    "Hình ảnh, thông tin kèm theo không xác định được vị trí, không đủ cơ sở để xử lý.",
    "Phản ánh gửi thử ứng dụng, không có nội dung cụ thể.",
    "Nội dung là ý kiến cá nhân về chủ trương, chính sách, không phải sự việc tại hiện trường.",
)

RETURN_TEMPLATES = (
    "Nội dung phản ánh không thuộc thẩm quyền giải quyết của đơn vị; đề nghị chuyển {target} "
    "xem xét, xử lý theo thẩm quyền.",
    "Vị trí phản ánh nằm ngoài địa bàn quản lý của đơn vị; đề nghị Trung tâm chuyển {target}.",
    "Đơn vị không được giao quản lý lĩnh vực này; đề nghị Trung tâm chuyển {target} giải quyết.",
    "Sau khi kiểm tra, sự việc thuộc trách nhiệm quản lý của cơ quan khác; đề nghị chuyển "
    "{target} xử lý.",
)
# fmt: off
RETURN_TARGETS = (
    "Ủy ban nhân dân cấp huyện nơi xảy ra sự việc", "Ủy ban nhân dân cấp xã sở tại",
    "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "Sở Xây dựng", "Công an tỉnh",
    "Công ty Điện lực", "đơn vị cấp nước trên địa bàn", "Sở Y tế", "Sở Giáo dục và Đào tạo",
    "Cục Quản lý thị trường", "Bảo hiểm xã hội tỉnh", "Sở Công Thương",
    "đơn vị quản lý tuyến đường",
)
# fmt: on

REWORK_REASONS = (
    "Kết quả xử lý chưa nêu rõ biện pháp khắc phục và thời hạn hoàn thành; đề nghị bổ sung.",
    "Chưa có hình ảnh minh chứng kết quả xử lý tại hiện trường; đề nghị bổ sung trước khi trình.",
    "Nội dung trả lời chưa đúng trọng tâm phản ánh của công dân; đề nghị rà soát, hoàn thiện lại.",
    "Văn bản còn sai sót về thể thức, chính tả; đề nghị chỉnh sửa.",
    "Chưa làm rõ trách nhiệm của tổ chức, cá nhân liên quan; đề nghị làm rõ, đề xuất xử lý.",
    "Kết quả chưa thể hiện ý kiến của đơn vị phối hợp; đề nghị lấy ý kiến trước khi trình lại.",
    "Đề nghị kiểm tra lại thực địa, bảo đảm vi phạm đã được khắc phục dứt điểm.",
    "Câu chữ còn nặng tính hành chính, khó hiểu; đề nghị viết ngắn gọn, dễ hiểu đối với người dân.",
    "Chưa nêu căn cứ pháp lý của việc xử lý; đề nghị bổ sung.",
)

REQUEST_INFO = (
    "Đề nghị Ông/Bà bổ sung địa chỉ cụ thể (số nhà, tên đường, thôn, tổ dân phố) nơi xảy ra "
    "sự việc.",
    "Đề nghị Ông/Bà cung cấp thêm hình ảnh hoặc video về sự việc để có cơ sở xử lý.",
    "Đề nghị Ông/Bà cho biết thời gian cụ thể xảy ra sự việc.",
    "Nội dung phản ánh chưa rõ; đề nghị Ông/Bà mô tả cụ thể hơn về sự việc.",
    "Đề nghị Ông/Bà cung cấp số điện thoại liên hệ để cán bộ xác minh khi cần thiết.",
    "Đề nghị Ông/Bà xác định vị trí trên bản đồ hoặc mô tả điểm mốc gần nơi xảy ra sự việc.",
    "Đề nghị Ông/Bà cung cấp tên cơ sở, biển số phương tiện hoặc đặc điểm nhận dạng liên quan.",
)
REQUEST_PREFIX = "Trung tâm đã tiếp nhận phản ánh của Ông/Bà. "
REQUEST_SUFFIX = (
    " Sau 03 ngày làm việc nếu không nhận được thông tin bổ sung, phản ánh sẽ không được xử lý."
)

FEEDBACK_GOOD = (
    "Cảm ơn các cơ quan chức năng đã xử lý nhanh chóng, kịp thời.",
    "Sự việc đã được khắc phục, gia đình tôi rất hài lòng.",
    "Tôi hài lòng với kết quả xử lý, mong tiếp tục duy trì.",
    "Cán bộ xuống kiểm tra nhiệt tình, giải quyết triệt để, xin cảm ơn.",
    "Kết quả xử lý rất tốt, người dân trong khu vực đều ghi nhận.",
    "Cảm ơn Trung tâm đã tiếp nhận và phản hồi đầy đủ.",
    "Tôi đánh giá cao tinh thần trách nhiệm của cơ quan xử lý.",
    "Rất hài lòng, cảm ơn!",
    "Hài lòng.",
)
FEEDBACK_BAD = (
    "Sự việc vẫn tái diễn sau khi đoàn kiểm tra rời đi, đề nghị xử lý dứt điểm.",
    "Kết quả trả lời chưa đúng với thực tế, tôi chưa hài lòng.",
    "Thời gian xử lý quá lâu, đến nay vẫn chưa khắc phục xong.",
    "Cơ quan chỉ trả lời chung chung, không nêu rõ biện pháp xử lý.",
    "Tôi không đồng ý với kết quả, đề nghị kiểm tra lại.",
    "Đơn vị báo đã khắc phục nhưng thực tế chưa làm gì.",
    "Chưa hài lòng vì chỉ nhắc nhở, không xử phạt.",
)
FEEDBACK_GOOD_ADDONS = ("Chúc các cán bộ sức khỏe.", "Mong hệ thống ngày càng hoạt động hiệu quả.")
FEEDBACK_BAD_ADDONS = (
    "Mong lãnh đạo quan tâm chỉ đạo.",
    "Tôi sẽ tiếp tục theo dõi và phản ánh nếu sự việc tái diễn.",
)


def _pick(rng: random.Random, items: tuple[str, ...]) -> str:
    return items[int(rng.random() * len(items))]


def progress_note(rng: random.Random, topic: str) -> str:
    """An agency's progress note while it handles a report."""
    specific = TOPIC_PROGRESS.get(topic) or TOPIC_PROGRESS[FALLBACK]
    note = _pick(rng, specific if rng.random() < 0.5 else PROGRESS_NOTES)
    if rng.random() < 0.5:
        note = note + " " + _pick(rng, PROGRESS_TAILS)
    return note


def result_text(rng: random.Random, topic: str, place: str) -> str:
    """The agency's answer: 2–5 sentences in an official tone, naming the place."""
    actions = TOPIC_RESULTS.get(topic) or TOPIC_RESULTS[FALLBACK]
    parts = [_pick(rng, RESULT_OPENERS).format(place=place)]
    first = int(rng.random() * len(actions))
    parts.append(actions[first])
    if rng.random() < 0.4 and len(actions) > 1:
        parts.append(actions[(first + 1 + int(rng.random() * (len(actions) - 1))) % len(actions)])
    if rng.random() < 0.5:
        parts.append(_pick(rng, RESULT_FOLLOWUPS))
    if rng.random() < 0.6:
        parts.append(_pick(rng, RESULT_CLOSINGS))
    return " ".join(parts)


def reject_reason(rng: random.Random) -> str:
    """Why the IOC does not take a report up."""
    return _pick(rng, REJECT_REASONS)


def return_reason(rng: random.Random) -> str:
    """An agency hands a report back to the IOC: not its jurisdiction."""
    return _pick(rng, RETURN_TEMPLATES).format(target=_pick(rng, RETURN_TARGETS))


def rework_reason(rng: random.Random) -> str:
    """A leader sends a drafted result back for rework."""
    return _pick(rng, REWORK_REASONS)


def request_info_message(rng: random.Random) -> str:
    """The IOC asks the citizen to supplement the report."""
    text = _pick(rng, REQUEST_INFO)
    if rng.random() < 0.4:
        text = REQUEST_PREFIX + text
    if rng.random() < 0.3:
        text = text + REQUEST_SUFFIX
    return text


def feedback_text(rng: random.Random, satisfied: bool) -> str:
    """The citizen's feedback once the answer is published."""
    if satisfied:
        text = _pick(rng, FEEDBACK_GOOD)
        if rng.random() < 0.25:
            text = text + " " + _pick(rng, FEEDBACK_GOOD_ADDONS)
        return text
    text = _pick(rng, FEEDBACK_BAD)
    if rng.random() < 0.3:
        text = text + " " + _pick(rng, FEEDBACK_BAD_ADDONS)
    return text


def corpus_strings() -> Iterator[str]:
    """Every fixed string of the workflow texts (for spelling and NFC checks)."""
    yield from chain(
        PROGRESS_NOTES, PROGRESS_TAILS, RESULT_OPENERS, RESULT_FOLLOWUPS, RESULT_CLOSINGS,
        REJECT_REASONS, RETURN_TEMPLATES, RETURN_TARGETS, REWORK_REASONS, REQUEST_INFO,
        (REQUEST_PREFIX.strip(), REQUEST_SUFFIX.strip()), FEEDBACK_GOOD, FEEDBACK_BAD,
        FEEDBACK_GOOD_ADDONS, FEEDBACK_BAD_ADDONS,
    )  # fmt: skip
