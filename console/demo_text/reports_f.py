"""Report templates: service attitude, health and education.

Line format: see ``console.demo_text.compose``.
"""

TEXT = """
@thai_do_phuc_vu
r Đơn vị đã làm việc với cán bộ bị phản ánh; cán bộ đã nhận thiếu sót và trực tiếp xin lỗi công dân.
r Đã tổ chức kiểm điểm, phê bình cán bộ có thái độ chưa đúng mực và điều chuyển vị trí công tác.
r Qua trích xuất camera, cán bộ có lời lẽ chưa phù hợp; đơn vị đã nhắc nhở, yêu cầu rút kinh nghiệm.
r Đơn vị đã quán triệt cán bộ thực hiện nghiêm quy tắc ứng xử khi tiếp xúc với người dân.
p Đã mời công dân đến làm việc để làm rõ nội dung phản ánh.
p Đang trích xuất dữ liệu camera tại nơi tiếp dân để xác minh.
s attitude: hách dịch | thiếu tôn trọng | cáu gắt | thiếu lịch sự | không đúng mực | quan liêu

= thái độ cán bộ tiếp dân
t Cán bộ {desk} có thái độ {attitude} với người dân | Phản ánh thái độ {attitude} của cán bộ {desk}
s desk: tiếp dân | bộ phận một cửa | địa chính | tư pháp - hộ tịch | công an phường | trạm y tế
o Lúc {hour}, tôi ở {place} đến liên hệ công việc và bị cán bộ {desk} có thái độ {attitude}.
o Người dân tại {place} phản ánh cán bộ {desk} thường xuyên có thái độ {attitude} khi tiếp dân.
s hour: 8 giờ sáng thứ Hai | 9 giờ 30 sáng nay | 14 giờ chiều hôm qua | 15 giờ chiều thứ Năm
+ | 10 giờ sáng hôm qua
m Khi tôi hỏi lại thủ tục thì cán bộ lớn tiếng, không giải thích.
m Nhiều người dân có mặt lúc đó đều chứng kiến sự việc.
m Tôi mong cán bộ có thái độ phục vụ đúng quy tắc ứng xử.

= nhân viên dịch vụ công ích
t Nhân viên {company} thiếu nhiệt tình khi xử lý sự cố
t Phản ánh thái độ phục vụ của nhân viên {company}
s company: điện lực | cấp nước | thu gom rác | viễn thông | bưu điện
o Tôi ở {place}, gọi tổng đài {company} nhiều lần nhưng nhân viên trả lời qua loa, hẹn rồi không
+ đến.
o Nhân viên {company} đến {place} {time} làm việc nhưng có thái độ {attitude} với khách hàng.
m Sự cố kéo dài khiến gia đình tôi bị ảnh hưởng sinh hoạt.
m Khi góp ý, nhân viên còn tỏ ra khó chịu.

= thái độ nhân viên y tế
t Nhân viên y tế tại {hospital} có thái độ {attitude}
t Phản ánh thái độ phục vụ người bệnh tại {hospital}
s hospital: bệnh viện tỉnh | bệnh viện huyện | trung tâm y tế | trạm y tế xã
+ | phòng khám đa khoa khu vực
o Người nhà bệnh nhân ở {place} phản ánh nhân viên y tế tại {hospital} có thái độ {attitude}.
o Vào {time}, tôi đưa người thân từ {place} đến {hospital} cấp cứu nhưng nhân viên trực rất
+ {attitude}.
m Người bệnh phải chờ rất lâu mới được khám.
m Khi hỏi thông tin, nhân viên trả lời cộc lốc, thiếu tôn trọng.

= ứng xử khi làm nhiệm vụ
t Phản ánh cán bộ {officer} có thái độ {attitude} khi làm nhiệm vụ
t Cán bộ {officer} xử lý vi phạm thiếu công khai
s officer: cảnh sát giao thông | trật tự đô thị | quản lý thị trường | kiểm lâm
o Vào {time}, tôi bị cán bộ {officer} kiểm tra tại {place} với thái độ {attitude}.
o Người dân tại {place} phản ánh cán bộ {officer} khi làm nhiệm vụ có thái độ {attitude}.
m Tôi chấp hành việc kiểm tra nhưng bị đối xử thiếu tôn trọng.
m Cán bộ không giải thích rõ lỗi vi phạm khi được hỏi.

= đường dây nóng không nghe máy
t Đường dây nóng {hotline} không có người nghe máy
t Gọi đường dây nóng {hotline} nhiều lần không được
s hotline: của ủy ban nhân dân xã | của trung tâm y tế | của bệnh viện | về giá cả | của điện lực
o Tôi ở {place}, {time} gọi đường dây nóng {hotline} nhiều lần nhưng không ai nghe máy.
o Người dân tại {place} phản ánh đường dây nóng {hotline} {since} không có người trực.
m Khi có việc khẩn cấp, người dân không biết liên hệ với ai.
m Số điện thoại được niêm yết công khai nhưng không sử dụng được.

= đùn đẩy trách nhiệm
t Cán bộ đùn đẩy trách nhiệm khi người dân {need}
t Người dân bị hướng dẫn đi lại nhiều lần khi {need}
s need: hỏi về thủ tục đất đai | xin xác nhận giấy tờ | báo sự cố | đề nghị hỗ trợ
+ | làm hồ sơ bảo hiểm
o Tôi ở {place}, khi {need} thì bị chuyển qua nhiều bộ phận, không ai trả lời rõ ràng.
o Người dân tại {place} phản ánh mỗi lần {need} lại được hướng dẫn một kiểu khác nhau.
m Tôi đã phải đi lại bốn, năm lần mà vẫn chưa xong việc.
m Đề nghị có văn bản hướng dẫn cụ thể, một lần.

@y_te_giao_duc
r Sở Y tế đã chỉ đạo bệnh viện rà soát quy trình tiếp đón, giảm thời gian chờ khám cho người bệnh.
r Nhà trường đã trả lại các khoản thu không đúng quy định và công khai các khoản thu với phụ huynh.
r Đã kiểm tra, yêu cầu cơ sở khám chữa bệnh tư nhân dừng hoạt động do chưa có giấy phép.
r Đã chỉ đạo nhà trường chấn chỉnh, xử lý giáo viên dạy thêm sai quy định.
r Cơ quan y tế đã tổ chức phun hóa chất diệt muỗi, giám sát ổ dịch tại khu vực.
p Đã làm việc với Ban giám hiệu nhà trường, đang xác minh các khoản thu.
p Đã giao Trung tâm Y tế kiểm tra, giám sát dịch tễ tại khu vực.
s school: mầm non | tiểu học | trung học cơ sở | trung học phổ thông
s hospital: bệnh viện tỉnh | bệnh viện huyện | trung tâm y tế | khoa nhi bệnh viện tỉnh
+ | phòng khám đa khoa khu vực

= lạm thu đầu năm học
t Trường {school} thu nhiều khoản {fee} | Phụ huynh phản ánh các khoản thu {fee} tại trường {school}
s fee: ngoài quy định | đầu năm học | không công khai | mang danh tự nguyện | chồng chéo
o Phụ huynh có con học trường {school} tại {place} phản ánh phải nộp {amount} đầu năm học.
o Tại {place}, trường {school} thu các khoản {fee} như tiền máy lạnh, tiền sổ liên lạc điện tử.
s amount: hơn 3 triệu đồng | gần 5 triệu đồng | 2,5 triệu đồng | hơn 4 triệu đồng
m Nhiều khoản được gọi là tự nguyện nhưng lại ấn định mức thu cụ thể.
m Gia đình có hoàn cảnh khó khăn rất vất vả khi phải đóng một lúc nhiều khoản.

= dạy thêm trái quy định
t Giáo viên trường {school} ép học sinh học thêm
t Dạy thêm, học thêm trái quy định tại trường {school}
o Phụ huynh tại {place} phản ánh học sinh không đi học thêm thì bị giáo viên {pressure}.
o Tại {place}, một số giáo viên trường {school} dạy thêm cho chính học sinh lớp mình, thu {money}.
s pressure: gây khó dễ | cho điểm thấp | phân biệt đối xử | nhắc nhở trước lớp
s money: 500.000 đồng mỗi tháng | 600.000 đồng mỗi tháng | 800.000 đồng mỗi tháng | 1 triệu đồng
m Nội dung kiểm tra trên lớp lại là bài đã dạy ở lớp học thêm.
m Phụ huynh không dám lên tiếng vì sợ ảnh hưởng đến con.

= chờ khám, quá tải
t Người bệnh chờ khám quá lâu tại {hospital} | Tình trạng quá tải tại {hospital}
o Tôi ở {place}, {time} đưa người nhà đến {hospital} khám nhưng phải chờ {wait} mới đến lượt.
o Người dân tại {place} phản ánh {hospital} thường xuyên quá tải, bệnh nhân phải nằm ghép.
s wait: hơn 3 tiếng | gần nửa ngày | từ sáng đến chiều | hơn 4 tiếng
m Khu vực chờ khám chật hẹp, thiếu ghế ngồi, rất nóng bức.
m Người bệnh có bảo hiểm y tế bị hướng dẫn làm nhiều thủ tục phiền hà.

= thiếu thuốc bảo hiểm y tế
t Thiếu thuốc bảo hiểm y tế tại {hospital} | Người bệnh phải tự mua {drug} do bệnh viện hết thuốc
s drug: thuốc điều trị tiểu đường | thuốc huyết áp | vật tư y tế | thuốc kháng sinh
o Người bệnh tại {place} khám bảo hiểm y tế ở {hospital} nhưng phải tự mua {drug} bên ngoài.
o Tôi ở {place}, bị bệnh mãn tính, {since} không được cấp đủ {drug} theo bảo hiểm y tế.
m Chi phí mua thuốc bên ngoài rất tốn kém với người có thu nhập thấp.
m Nhân viên chỉ trả lời là thuốc chưa về.

= cơ sở y tế không phép
t Một {clinic} hoạt động không phép | Nghi {clinic} hành nghề không có chứng chỉ
t Phản ánh {clinic} quảng cáo sai sự thật
s clinic: phòng khám tư nhân | cơ sở tiêm truyền | phòng khám nha khoa | cơ sở thẩm mỹ
+ | cơ sở bán thuốc nam
o Tại {place}, một {clinic} hoạt động không treo biển, không niêm yết giấy phép.
o Người dân tại {place} phản ánh {clinic} gần nhà quảng cáo chữa khỏi nhiều bệnh, thu tiền cao.
m Đã có người bị biến chứng sau khi điều trị tại đây.
m Cơ sở thường xuyên tiêm truyền tại nhà cho người bệnh.

= dịch bệnh trong khu dân cư
t Xuất hiện nhiều ca {disease} trong khu dân cư | Đề nghị có biện pháp phòng chống {disease}
s disease: sốt xuất huyết | tay chân miệng | sởi | cúm | đau mắt đỏ
o Tại {place}, {since} đã có {count} người mắc {disease}, trong đó có trẻ nhỏ.
o Người dân tại {place} lo lắng khi dịch {disease} bùng phát nhưng chưa thấy ngành y tế vào cuộc.
s count: 5 | 7 | hơn 10 | gần 20
m Nhiều trẻ nhỏ phải nghỉ học do bị lây bệnh.
m Người dân mong được hướng dẫn cách phòng bệnh.

= trường học xuống cấp
t Phòng học trường {school} xuống cấp, mất an toàn | Trường {school} thiếu {facility}
s facility: nhà vệ sinh | nước sạch | phòng học | bàn ghế | sân chơi | nhà ăn bán trú
o Tại {place}, phòng học trường {school} bị nứt tường, dột mái, {since} chưa được sửa chữa.
o Phụ huynh phản ánh trường {school} tại {place} thiếu {facility}, học sinh rất khó khăn.
m Mỗi khi mưa to, giáo viên phải cho học sinh nghỉ hoặc chuyển phòng.
m Nhà trường đã báo cáo nhưng chưa được bố trí kinh phí.
"""
