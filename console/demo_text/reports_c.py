"""Report templates: conduct of officials, businesses' difficulties, food safety.

Line format: see ``console.demo_text.compose``.
"""

TEXT = """
@cong_vu
r Đơn vị đã tổ chức kiểm điểm cán bộ liên quan, yêu cầu rút kinh nghiệm và xin lỗi công dân.
r Qua xác minh, chưa đủ căn cứ kết luận cán bộ nhũng nhiễu; đơn vị đã nhắc nhở, chấn chỉnh tác
+ phong.
r Đã xử lý kỷ luật cán bộ vi phạm theo quy định về xử lý kỷ luật cán bộ, công chức, viên chức.
r Thủ trưởng đơn vị đã chỉ đạo tăng cường kiểm tra công vụ, chấn chỉnh kỷ luật, kỷ cương hành chính.
p Đã thành lập tổ xác minh nội dung phản ánh, đang làm việc với cán bộ liên quan.
p Đang trích xuất camera tại bộ phận một cửa để làm rõ nội dung phản ánh.

= nhũng nhiễu
t Cán bộ {office} có dấu hiệu nhũng nhiễu người dân
t Cán bộ {office} gợi ý chi tiền để làm nhanh hồ sơ
t Nghi vấn tiêu cực trong giải quyết hồ sơ tại {office}
s office: bộ phận một cửa | văn phòng đăng ký đất đai | phòng quản lý đô thị | ủy ban nhân dân xã
+ | phòng tài nguyên và môi trường
o Khi làm hồ sơ tại {office}, tôi ở {place} được một cán bộ gợi ý đưa {money} để làm nhanh.
o Người dân tại {place} phản ánh cán bộ {office} thường hẹn gặp riêng bên ngoài để bàn về hồ sơ.
s money: 2 triệu đồng | 5 triệu đồng | 10 triệu đồng | vài triệu đồng | 3 triệu đồng
m Tôi không đồng ý thì hồ sơ bị trả lại nhiều lần với nhiều lý do khác nhau.
m Tôi có ghi âm cuộc nói chuyện và sẵn sàng cung cấp cho cơ quan chức năng.
m Đề nghị giữ bí mật thông tin người phản ánh.

= đi muộn, bỏ vị trí
t Cán bộ {office} đi muộn, về sớm | Không có cán bộ trực tại {office} trong giờ hành chính
t Cán bộ {office} làm việc riêng trong giờ hành chính
s office: bộ phận một cửa | ủy ban nhân dân xã | trạm y tế xã | văn phòng đăng ký đất đai
+ | ban quản lý chợ
o Lúc {hour}, tôi ở {place} đến {office} nhưng không có cán bộ nào làm việc dù đang trong giờ
+ hành chính.
o Người dân tại {place} phản ánh cán bộ {office} {since} thường xuyên đến muộn, về sớm.
s hour: 8 giờ sáng thứ Hai | 9 giờ 30 sáng nay | 14 giờ chiều hôm qua | 15 giờ chiều thứ Năm
+ | 7 giờ 45 sáng nay | 16 giờ chiều thứ Sáu
m Người dân phải chờ hơn một tiếng đồng hồ mới có người tiếp.
m Một số cán bộ còn sử dụng điện thoại, xem phim trong giờ làm việc.
m Hỏi thì được trả lời cán bộ đi họp nhưng không có lịch công tác.

= uống rượu bia trong giờ làm việc
t Cán bộ uống rượu bia {when} | Phản ánh cán bộ, công chức uống rượu bia {when}
t Công chức có hơi men {when}
s when: trong giờ làm việc | vào giờ nghỉ trưa rồi quay lại cơ quan | trong giờ hành chính
+ | khi đang tiếp dân
o Lúc {hour}, tôi thấy một số cán bộ {office} ngồi uống rượu bia tại quán gần {place}.
o Người dân tại {place} phản ánh cán bộ {office} uống rượu bia {when}, người nồng nặc mùi rượu.
s hour: 11 giờ 30 trưa nay | 12 giờ trưa hôm qua | 15 giờ chiều thứ Ba | 10 giờ sáng nay
s office: ủy ban nhân dân xã | phòng kinh tế | ban quản lý dự án | đội trật tự đô thị
m Một số người còn mặc nguyên trang phục công sở.
m Hành vi này vi phạm quy định cấm uống rượu bia trong giờ làm việc.
m Người dân có chụp lại hình ảnh và có thể cung cấp khi cần.

= sử dụng xe công sai mục đích
t Sử dụng {asset} vào việc riêng | Phản ánh cán bộ dùng {asset} sai mục đích
t Nghi vấn sử dụng {asset} không đúng quy định
s asset: xe công | xe ô tô của cơ quan | xe chuyên dùng
o Người dân tại {place} nhiều lần thấy {asset} được sử dụng vào việc riêng như {private}.
o Vào {time}, {asset} của cơ quan được dùng để {private} tại {place}.
s private: đưa đón con đi học | đi đám cưới | chở hàng hóa cá nhân | đi du lịch | đi ăn uống
m Xe mang biển số màu xanh nên người dân rất dễ nhận biết.
m Tình trạng này diễn ra thường xuyên, nhất là vào cuối tuần.

= thu tiền sai quy định
t Thôn, tổ dân phố thu {levy} trái quy định | Phản ánh việc thu {levy} không có biên lai
t Đề nghị làm rõ khoản thu {levy}
s levy: quỹ an ninh | tiền làm đường | quỹ khuyến học | tiền vệ sinh môi trường
+ | tiền xây dựng nhà văn hóa | các loại quỹ tự nguyện
o Tại {place}, cán bộ thôn, tổ dân phố đến từng nhà thu {levy} với mức {amount} mỗi hộ.
o Người dân tại {place} phản ánh việc thu {levy} {since} nhưng không công khai thu chi.
s amount: 200.000 đồng | 500.000 đồng | 1 triệu đồng | 300.000 đồng
m Hộ nào không nộp thì bị gây khó khăn khi xin xác nhận giấy tờ.
m Khoản thu này chưa được họp dân thống nhất.
m Người dân đề nghị công khai danh sách thu, chi.

= đơn thư không được trả lời
t Đơn kiến nghị {petition} gửi từ lâu nhưng chưa được trả lời
t Cơ quan không trả lời đơn {petition} | Đề nghị làm rõ trách nhiệm chậm giải quyết đơn {petition}
s petition: về tranh chấp ranh giới đất | về ô nhiễm môi trường | xin cấp lại sổ đỏ
+ | về lối đi chung
+ | về bồi thường giải phóng mặt bằng
o Tôi ở {place}, đã gửi đơn {petition} từ {ago} nhưng đến nay chưa nhận được văn bản trả lời.
o Gia đình tôi tại {place} đã nhiều lần gửi đơn {petition} nhưng chỉ được hẹn sẽ xem xét.
s ago: hai tháng trước | đầu năm | hơn ba tháng trước | năm ngoái
m Theo quy định, cơ quan có thẩm quyền phải thụ lý và trả lời trong thời hạn luật định.
m Tôi đã đến hỏi nhiều lần nhưng không gặp được người phụ trách.

@doanh_nghiep
r Đơn vị đã làm việc với doanh nghiệp, hướng dẫn cụ thể trình tự, thủ tục theo quy định hiện hành.
r Kiến nghị của doanh nghiệp đã được tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, tháo gỡ.
r Đã hướng dẫn doanh nghiệp điều chỉnh hồ sơ dự án, dự kiến hoàn thành trong tháng.
r Cơ quan thuế đã rà soát, giải quyết hoàn thuế giá trị gia tăng cho doanh nghiệp theo quy định.
p Đã tổ chức buổi đối thoại với doanh nghiệp để nắm bắt cụ thể vướng mắc.
p Đang phối hợp các sở, ngành liên quan thống nhất phương án tháo gỡ.

= chậm hoàn thuế
t Doanh nghiệp {biz} chậm được hoàn thuế giá trị gia tăng
t Hồ sơ hoàn thuế của doanh nghiệp {biz} kéo dài
t Kiến nghị đẩy nhanh việc hoàn thuế cho doanh nghiệp {biz}
s biz: chế biến nông sản | xuất khẩu cà phê | dệt may | chế biến thủy sản | sản xuất gỗ | cơ khí
o Công ty chúng tôi tại {place}, lĩnh vực {biz}, nộp hồ sơ hoàn thuế từ {ago} nhưng chưa có kết quả.
o Doanh nghiệp {biz} tại {place} phản ánh hồ sơ hoàn thuế bị yêu cầu giải trình nhiều lần {since}.
s ago: hai tháng trước | đầu quý | hơn ba tháng trước | cuối năm ngoái
m Dòng vốn bị chiếm dụng khiến doanh nghiệp khó khăn trong thanh toán cho nhà cung cấp.
m Doanh nghiệp đã bổ sung đầy đủ hồ sơ theo yêu cầu.

= mặt bằng, đất đai dự án
t Doanh nghiệp gặp khó về {land} | Vướng mắc thủ tục {land} kéo dài
t Kiến nghị tháo gỡ vướng mắc về {land}
s land: thuê đất làm nhà xưởng | giao đất thực hiện dự án | gia hạn thuê đất
+ | giải phóng mặt bằng dự án | chuyển nhượng dự án
o Doanh nghiệp chúng tôi tại {place} đã nộp hồ sơ {land} {since} nhưng vẫn chưa được giải quyết.
o Dự án của công ty tại {place} bị đình trệ do vướng mắc về {land}.
m Công ty đã đặt cọc máy móc, thiết bị, mỗi tháng chậm trễ thiệt hại hàng trăm triệu đồng.
m Mỗi cơ quan hướng dẫn một kiểu, doanh nghiệp không biết thực hiện theo đâu.
m Doanh nghiệp đã nhiều lần gửi văn bản kiến nghị nhưng chưa được phản hồi.

= thanh tra, kiểm tra chồng chéo
t Doanh nghiệp bị {inspect} chồng chéo trong năm | Phản ánh tình trạng {inspect} quá nhiều lần
t Kiến nghị giảm {inspect} đối với doanh nghiệp
s inspect: thanh tra | kiểm tra | kiểm tra phòng cháy | kiểm tra môi trường | thanh tra lao động
o Trong năm nay, doanh nghiệp tại {place} đã tiếp {count} đoàn {inspect} với nội dung trùng lặp.
o Công ty tại {place} phản ánh các đoàn {inspect} liên tục đến làm việc, ảnh hưởng đến sản xuất.
s count: 4 | 5 | 6 | 7
m Mỗi đoàn yêu cầu chuẩn bị một bộ hồ sơ riêng, tốn nhiều thời gian.
m Doanh nghiệp mong muốn các cơ quan phối hợp, gộp nội dung kiểm tra.

= hạ tầng cụm công nghiệp
t Cụm công nghiệp thiếu {infra} | Doanh nghiệp trong cụm công nghiệp kiến nghị về {infra}
t Kiến nghị đầu tư {infra} cho cụm công nghiệp
s infra: nguồn điện ổn định | hệ thống xử lý nước thải tập trung | đường vào | hệ thống cấp nước
+ | hệ thống phòng cháy chữa cháy
o Các doanh nghiệp tại {place} phản ánh cụm công nghiệp chưa có {infra}, ảnh hưởng đến sản xuất.
o Doanh nghiệp chúng tôi đặt nhà máy tại {place} nhưng {since} vẫn chưa được đầu tư {infra}.
m Nhiều đơn hàng bị chậm giao, doanh nghiệp phải bồi thường cho đối tác.
m Chủ đầu tư hạ tầng hứa hoàn thành từ năm trước nhưng chưa thực hiện.

= giấy phép chậm
t Thủ tục cấp {permit} cho doanh nghiệp còn rườm rà | Doanh nghiệp chờ cấp {permit} quá lâu
t Kiến nghị rút ngắn thời gian cấp {permit}
s permit: giấy phép môi trường | giấy chứng nhận thẩm duyệt phòng cháy chữa cháy
+ | giấy phép xây dựng nhà xưởng | giấy chứng nhận đăng ký đầu tư | giấy phép kinh doanh rượu
o Doanh nghiệp tại {place} đã nộp hồ sơ đề nghị cấp {permit} từ {ago} nhưng chưa có kết quả.
o Công ty chúng tôi tại {place} phản ánh hồ sơ cấp {permit} bị trả lại nhiều lần.
s ago: hai tháng trước | đầu quý | hơn ba tháng trước | cuối năm ngoái
m Nhà xưởng đã xây xong nhưng chưa thể đưa vào hoạt động.
m Doanh nghiệp đề nghị được hướng dẫn một lần, đầy đủ các yêu cầu.

= tiếp cận chính sách hỗ trợ
t Doanh nghiệp nhỏ khó tiếp cận {support} | Kiến nghị hướng dẫn thủ tục nhận {support}
t Chưa nhận được {support} theo chính sách của tỉnh
s support: vốn vay ưu đãi | hỗ trợ chuyển đổi số | hỗ trợ đào tạo lao động
+ | hỗ trợ xúc tiến thương mại | hỗ trợ lãi suất
o Hợp tác xã chúng tôi tại {place} đủ điều kiện nhưng chưa được tiếp cận {support}.
o Doanh nghiệp tại {place} phản ánh hồ sơ đề nghị {support} phức tạp, xét duyệt kéo dài.
m Doanh nghiệp không biết liên hệ đơn vị nào để được hướng dẫn.
m Các ngân hàng yêu cầu tài sản bảo đảm vượt quá khả năng của doanh nghiệp nhỏ.
@an_toan_thuc_pham
r Đoàn kiểm tra liên ngành đã kiểm tra cơ sở, lấy mẫu thực phẩm kiểm nghiệm và xử phạt vi phạm.
r Đã tạm đình chỉ hoạt động của cơ sở cho đến khi khắc phục xong các vi phạm về an toàn thực phẩm.
r Đã tiêu hủy toàn bộ số thực phẩm không rõ nguồn gốc, xuất xứ theo quy định.
r Cơ sở đã được yêu cầu bổ sung giấy chứng nhận đủ điều kiện an toàn thực phẩm theo quy định.
p Đã phối hợp với Trung tâm Y tế lấy mẫu thực phẩm, đang chờ kết quả kiểm nghiệm.
p Đã đề nghị lực lượng Quản lý thị trường kiểm tra đột xuất cơ sở bị phản ánh.

= cơ sở mất vệ sinh
t Một {shop} không bảo đảm vệ sinh an toàn thực phẩm | Phản ánh {shop} chế biến thức ăn mất vệ sinh
t Đề nghị kiểm tra an toàn thực phẩm tại {shop}
s shop: quán cơm bình dân | bếp ăn tập thể | cơ sở sản xuất bánh mì | quán bún, phở
+ | cơ sở giết mổ gia cầm | cơ sở làm đậu phụ | quán ăn đêm
o Tại {place}, một {shop} chế biến thực phẩm ngay trên nền đất, cạnh cống nước thải.
o Người dân phản ánh {shop} tại {place} sử dụng nguyên liệu ôi thiu, dụng cụ chế biến bẩn.
m Nhân viên không đeo găng tay, khẩu trang khi chế biến.
m Ruồi nhặng bu đầy trên thực phẩm bày bán.
m Cơ sở không có giấy chứng nhận đủ điều kiện an toàn thực phẩm.

= nghi ngộ độc thực phẩm
t Nghi ngộ độc thực phẩm sau khi ăn {dish} | Nhiều người đau bụng, nôn ói sau khi ăn {dish}
t Phản ánh ngộ độc thực phẩm từ {dish}
s dish: bánh mì | cơm gà | bún chả | tiệc cưới | suất ăn công nghiệp | cơm trưa bán trú
o Vào {time}, khoảng {count} người ở {place} bị đau bụng, nôn ói sau khi ăn {dish}.
o Gia đình tôi ở {place} có {few} người phải nhập viện sau khi ăn {dish} {time}.
s count: 10 | 15 | 20 | hơn 30 | gần 50
s few: 2 | 3 | 4
m Người bệnh có triệu chứng sốt, tiêu chảy, đã được đưa đến trạm y tế.
m Cơ sở bán hàng vẫn tiếp tục hoạt động bình thường.
m Đề nghị cơ quan y tế lấy mẫu xét nghiệm để xác định nguyên nhân.

= thực phẩm không rõ nguồn gốc
t Bày bán {food} không rõ nguồn gốc | Nghi vấn {food} kém chất lượng bán tại chợ
t Phản ánh {food} không có nhãn mác, hạn sử dụng
s food: thịt bò | thịt gà đông lạnh | nội tạng động vật | bánh kẹo | nước ngọt | rượu tự nấu
+ | chân gà rút xương | trái cây ngâm hóa chất
o Tại {place}, một số tiểu thương bày bán {food} không có nhãn mác, không rõ xuất xứ.
o Người dân phát hiện xe tải chở {food} không rõ nguồn gốc vào một kho hàng tại {place} {time}.
m Giá bán rẻ bất thường so với thị trường.
m Hàng hóa có mùi lạ, bao bì in chữ nước ngoài.
m Nhiều bếp ăn và quán ăn trong khu vực nhập hàng từ đây.

= hóa chất trong chế biến
t Nghi sử dụng {chem} trong chế biến {item} | Phản ánh cơ sở dùng {chem} để làm {item}
t Lo ngại {item} bán ở chợ có chứa {chem}
s chem: hàn the | phẩm màu công nghiệp | chất tẩy trắng | chất bảo quản không rõ nguồn gốc
s item: giò chả | bánh cuốn | bún tươi | măng | dưa muối | lạp xưởng
o Tại {place}, một cơ sở sản xuất {item} bị nghi sử dụng {chem} với số lượng lớn.
o Người dân tại {place} phản ánh {item} bán ở chợ có màu sắc bất thường, nghi có {chem}.
m Cơ sở hoạt động chủ yếu vào ban đêm, đóng cửa kín.
m Sản phẩm được phân phối cho nhiều chợ và quán ăn trong khu vực.

= bữa ăn bán trú
t Suất ăn bán trú {meal} | Phụ huynh lo lắng về chất lượng bữa ăn tại {school}
t Đề nghị kiểm tra bếp ăn {school}
s meal: không bảo đảm định lượng | kém chất lượng | có dị vật | không tương xứng với tiền đóng
s school: trường mầm non | trường tiểu học | trường phổ thông dân tộc nội trú | nhóm trẻ tư thục
o Phụ huynh có con học tại {school} ở {place} phản ánh suất ăn bán trú {meal}.
o Tại {place}, phụ huynh chụp được hình ảnh bữa ăn của trẻ tại {school} rất sơ sài.
m Mức thu tiền ăn hằng tháng khá cao nhưng bữa ăn chỉ có ít rau và vài miếng thịt.
m Nhà trường chưa công khai đơn vị cung cấp thực phẩm.
m Một số trẻ bị đau bụng sau bữa ăn trưa.

= giết mổ không kiểm dịch
t Giết mổ {animal} không qua kiểm dịch | Điểm giết mổ {animal} tự phát trong khu dân cư
t Thịt {animal} chưa qua kiểm dịch bán ra thị trường
s animal: gia súc | gia cầm | trâu bò | dê
o Tại {place}, một hộ dân giết mổ {animal} hằng đêm, sản phẩm không có dấu kiểm dịch.
o Điểm giết mổ {animal} tự phát tại {place} hoạt động {since}, nước thải xả thẳng ra cống.
m Thịt được đưa đi tiêu thụ tại các chợ vào sáng sớm.
m Khu vực giết mổ bốc mùi hôi thối, ảnh hưởng các hộ xung quanh.
"""
