"""Report templates: citizens' ideas for the smart city, child protection, culture and tourism.

Line format: see ``console.demo_text.compose``.
"""

TEXT = """
@hien_ke
r Đơn vị ghi nhận và đánh giá cao ý kiến hiến kế; nội dung sẽ được nghiên cứu trong kế hoạch
+ chuyển đổi số.
r Ý kiến đã được tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét trong quá trình xây dựng đô thị
+ thông minh.
r Đề xuất phù hợp với định hướng của tỉnh; đơn vị sẽ nghiên cứu triển khai thí điểm khi bố trí
+ được kinh phí.
r Nội dung hiến kế đã được chuyển đến các sở, ngành liên quan để nghiên cứu, tiếp thu.
p Đã chuyển ý kiến hiến kế đến phòng chuyên môn nghiên cứu, đánh giá tính khả thi.
p Đang tổng hợp ý kiến hiến kế để báo cáo lãnh đạo tại cuộc họp giao ban.
a Rất mong ý kiến được lãnh đạo các cấp xem xét.
a Tôi sẵn sàng trao đổi thêm nếu cơ quan chức năng cần.
a Kính mong ý kiến được ghi nhận, nghiên cứu.
a Mong tỉnh sớm triển khai để phục vụ người dân tốt hơn.

= giao thông thông minh
t Hiến kế lắp đặt {cam} tại các nút giao trọng điểm
t Đề xuất ứng dụng {cam} trong quản lý giao thông
s cam: camera giám sát thông minh | đèn tín hiệu điều khiển thích ứng | camera phạt nguội
+ | bảng thông tin giao thông điện tử
o Qua theo dõi tình hình giao thông tại {place}, tôi đề xuất lắp đặt {cam} để giảm ùn tắc.
o Tôi ở {place}, xin hiến kế ứng dụng {cam} tại các nút giao thường xuyên ùn tắc.
m Dữ liệu thu thập được có thể kết nối với trung tâm giám sát, điều hành đô thị thông minh.
m Nhiều địa phương đã áp dụng và mang lại hiệu quả rõ rệt.

= tính năng ứng dụng của tỉnh
t Đề xuất bổ sung tính năng {feature} trên ứng dụng của tỉnh
t Hiến kế cải tiến ứng dụng phản ánh hiện trường: {feature}
s feature: theo dõi tiến độ xử lý phản ánh | đặt lịch làm thủ tục hành chính | gửi video phản ánh
+ | thanh toán phí không dùng tiền mặt | tra cứu quy hoạch | cảnh báo thời tiết, thiên tai
o Tôi ở {place}, thường xuyên sử dụng ứng dụng của tỉnh và đề xuất bổ sung tính năng {feature}.
o Để người dân tại {place} thuận tiện hơn, tôi kiến nghị ứng dụng có thêm tính năng {feature}.
m Hiện nay người dân phải gọi điện nhiều lần để hỏi kết quả.
m Tính năng này giúp giảm thời gian đi lại cho người dân.

= chiếu sáng tiết kiệm
t Hiến kế sử dụng {energy} cho chiếu sáng công cộng | Đề xuất {energy} tại các tuyến đường nông thôn
s energy: đèn năng lượng mặt trời | đèn LED tiết kiệm điện | hệ thống điều khiển chiếu sáng từ xa
+ | cảm biến tự động bật tắt đèn
o Tại {place}, nhiều tuyến đường chưa có đèn chiếu sáng, tôi đề xuất sử dụng {energy}.
o Tôi xin hiến kế áp dụng {energy} cho khu vực {place} nhằm tiết kiệm chi phí.
m Chi phí đầu tư ban đầu không lớn, có thể xã hội hóa từ người dân.
m Giải pháp này giúp tiết kiệm điện năng đáng kể.

= phân loại rác
t Hiến kế về môi trường: {waste} | Đề xuất mô hình {waste} trong khu dân cư
s waste: phân loại rác bằng thùng hai ngăn | đổi rác tái chế lấy quà | thu gom rác theo giờ cố định
+ | ủ phân hữu cơ từ rác hộ gia đình | điểm thu gom pin, rác điện tử
o Tôi ở {place}, đề xuất triển khai mô hình {waste} để giảm rác thải ra môi trường.
o Tại {place}, rác thải ngày càng nhiều, tôi xin hiến kế áp dụng mô hình {waste}.
m Mô hình này đã được một số tổ dân phố làm thử và được người dân ủng hộ.
m Hội Liên hiệp Phụ nữ, Đoàn Thanh niên có thể tham gia tuyên truyền, vận động.

= du lịch số
t Hiến kế {tour} để phát triển du lịch | Đề xuất {tour} cho các điểm di tích, danh thắng
s tour: số hóa thông tin di tích bằng mã QR | xây dựng bản đồ du lịch số
+ | thuyết minh tự động đa ngôn ngữ | phát triển tour du lịch cộng đồng
o Tôi ở {place}, xin hiến kế {tour} để quảng bá hình ảnh địa phương.
o Khách du lịch đến {place} rất khó tìm thông tin, tôi đề xuất {tour}.
m Chi phí thực hiện thấp nhưng hiệu quả quảng bá cao.
m Sinh viên các trường có thể tham gia hỗ trợ thực hiện.

= chống ngập
t Hiến kế giải pháp chống ngập: {flood} | Đề xuất {flood} để giảm ngập úng đô thị
s flood: cảm biến đo mực nước | hồ điều hòa | bản đồ điểm ngập trực tuyến | nạo vét cống định kỳ
+ | cảnh báo ngập qua tin nhắn
o Khu vực {place} thường xuyên ngập mỗi khi mưa lớn, tôi đề xuất giải pháp {flood}.
o Tôi xin hiến kế áp dụng giải pháp {flood} tại {place} và các khu vực trũng thấp.
m Người dân có thể chủ động di chuyển tài sản khi có cảnh báo.
m Giải pháp này có thể kết nối với hệ thống giám sát của tỉnh.

@tre_em
r Đơn vị đã phối hợp với Công an xác minh, đưa trẻ đến nơi an toàn và áp dụng biện pháp bảo vệ
+ khẩn cấp.
r Đã lập kế hoạch hỗ trợ, can thiệp; cán bộ bảo vệ trẻ em cấp xã theo dõi thường xuyên.
r Công an đã thụ lý vụ việc, điều tra làm rõ hành vi xâm hại trẻ em để xử lý theo quy định.
r Đã yêu cầu cơ sở chấn chỉnh, tạm đình chỉ người trông trẻ có hành vi vi phạm.
r Đã vận động gia đình đưa trẻ trở lại trường học và hỗ trợ sách vở, học phí.
p Đã giao cán bộ phụ trách công tác trẻ em cấp xã đến gia đình nắm tình hình.
p Đã chuyển thông tin cho Công an cấp xã xác minh khẩn cấp.

= bạo hành trẻ em
t Nghi trẻ em bị {abuser} bạo hành | Phản ánh trẻ em bị {abuser} đánh đập thường xuyên
t Đề nghị can thiệp bảo vệ trẻ em bị bạo hành
s abuser: cha dượng | người thân | bảo mẫu | mẹ kế | người giúp việc
o Tại {place}, hàng xóm thường nghe tiếng trẻ khóc thét, nghi cháu bé bị {abuser} đánh đập.
o Người dân tại {place} thấy trên người một cháu bé có nhiều vết bầm tím, nghi bị {abuser} bạo hành.
m Cháu bé gầy gò, sợ hãi, không dám nói chuyện với người lạ.
m Người dân đề nghị giữ bí mật thông tin người phản ánh.
m Sự việc diễn ra nhiều lần nhưng chưa có ai can thiệp.

= điểm trông trẻ
t Nhóm trẻ tư thục {daycare} | Phản ánh cơ sở giữ trẻ {daycare}
t Đề nghị kiểm tra điểm trông trẻ {daycare}
s daycare: hoạt động không phép | nhận quá nhiều trẻ | không bảo đảm an toàn | có bảo mẫu đánh trẻ
o Tại {place}, một nhóm trẻ tư thục {daycare}, nhận khoảng {count} cháu trong căn phòng chật hẹp.
o Phụ huynh có con gửi tại điểm trông trẻ ở {place} phản ánh cơ sở này {daycare}.
s count: 20 | 25 | 30 | gần 40
m Phòng học không có cửa sổ, bí bách, nhiều muỗi.
m Camera tại cơ sở bị tắt vào giờ trưa.

= trẻ em lao động, bỏ học
t Trẻ em {child} phải {work} | Phản ánh tình trạng trẻ em bỏ học để {work}
s child: dưới 15 tuổi | chưa đến tuổi lao động | trong độ tuổi đi học
s work: bán hàng rong đến khuya | làm thuê ở xưởng | đi xin ăn | bốc vác ở chợ
o Tại {place}, nhiều trẻ em {child} phải {work}, không được đến trường.
o Người dân tại {place} thường xuyên thấy các cháu nhỏ {work} vào giờ học.
m Gia đình các cháu có hoàn cảnh rất khó khăn.
m Có dấu hiệu các cháu bị người lớn lợi dụng, bóc lột sức lao động.

= nguy cơ đuối nước
t Cảnh báo nguy cơ đuối nước tại {water} | Đề nghị rào chắn {water} nguy hiểm
t Trẻ em thường tắm ở {water} không có biển cảnh báo
s water: ao sâu | hố công trình | hồ nước | khúc sông | hố khai thác cát | suối
o Tại {place}, có {water} không có rào chắn, trẻ em thường xuyên rủ nhau ra tắm.
o Vào dịp hè, nhiều trẻ em ở {place} tụ tập bơi lội ở {water} rất nguy hiểm.
m Năm ngoái đã xảy ra vụ đuối nước thương tâm ở khu vực này.
m Đề nghị đặt biển cảnh báo và tổ chức dạy bơi cho trẻ em.

= đối tượng lạ tiếp cận trẻ
t Phản ánh đối tượng lạ {lure} trẻ em | Cảnh báo người lạ {lure} học sinh gần cổng trường
s lure: dụ dỗ | theo dõi | lân la làm quen | quấy rối | nhắn tin dụ dỗ
o Tại {place}, {time} có người lạ {lure} học sinh gần cổng trường.
o Phụ huynh tại {place} phát hiện con mình bị người lạ liên tục nhắn tin dụ dỗ, đòi gửi ảnh cá nhân.
m Phụ huynh rất lo lắng, phải đưa đón con tận cổng trường.
m Đề nghị giữ bí mật thông tin của trẻ và gia đình.

= trẻ em lang thang
t Trẻ em lang thang {street} cần được hỗ trợ | Phát hiện trẻ em {street}, không có người chăm sóc
s street: ngủ ngoài đường | đi xin ăn | cơ nhỡ | bị bỏ rơi
o Tại {place}, {since} có một cháu bé khoảng {age} tuổi lang thang, {street}.
o Người dân tại {place} phát hiện một cháu bé {street}, không rõ gia đình ở đâu.
s age: 6 | 8 | 10 | 12
m Cháu bé mặc quần áo rách, có biểu hiện đói và mệt.
m Đề nghị các cơ quan chức năng đưa cháu về nơi an toàn.
@van_hoa_du_lich
r Đã kiểm tra, xử phạt cơ sở kinh doanh dịch vụ văn hóa vi phạm và yêu cầu chấm dứt vi phạm.
r Ban quản lý di tích đã chấn chỉnh, bố trí lực lượng hướng dẫn, giữ gìn trật tự tại lễ hội.
r Đơn vị đã yêu cầu tháo dỡ công trình xây dựng trái phép trong khu vực bảo vệ di tích.
r Đã chỉ đạo đơn vị quản lý điểm du lịch niêm yết giá dịch vụ, xử lý tình trạng đeo bám khách.
p Đã giao Phòng Văn hóa và Thông tin phối hợp kiểm tra thực tế.
p Đang làm việc với Ban quản lý di tích để xác minh nội dung phản ánh.

= di tích xuống cấp
t Di tích {relic} xuống cấp nghiêm trọng | Xây dựng trái phép trong khu vực di tích {relic}
t Đề nghị tu bổ di tích {relic}
s relic: đình làng | đền thờ | chùa cổ | nhà sàn cổ | lịch sử cách mạng | bia tưởng niệm
o Di tích {relic} tại {place} có mái ngói bị vỡ, tường nứt, {since} chưa được tu bổ.
o Tại {place}, một số hộ dân xây dựng công trình ngay trong khuôn viên di tích {relic}.
m Đây là di tích đã được xếp hạng, có giá trị lịch sử lâu đời.
m Mỗi khi mưa lớn, nước dột làm hư hỏng nhiều hiện vật.

= lễ hội mất trật tự
t Lễ hội {fest} diễn ra mất trật tự | Phản ánh tình trạng {vice} tại lễ hội {fest}
s fest: đầu xuân | truyền thống của địa phương | cầu mùa | đua thuyền | cồng chiêng
s vice: đốt vàng mã tràn lan | cờ bạc trá hình | chèo kéo khách | thu tiền trông xe quá giá
+ | bán hàng ăn chặt chém
o Tại lễ hội {fest} ở {place}, tình trạng {vice} diễn ra công khai.
o Người dân phản ánh lễ hội {fest} tại {place} năm nay để xảy ra tình trạng {vice}.
m Lực lượng bảo vệ lễ hội mỏng, không xử lý kịp thời.
m Hình ảnh lễ hội truyền thống bị ảnh hưởng.

= quán internet, trò chơi điện tử
t Quán internet {net} | Đề nghị kiểm tra quán trò chơi điện tử {net}
s net: hoạt động xuyên đêm | gần cổng trường học | cho học sinh chơi trong giờ học
+ | có trò chơi bạo lực
o Tại {place}, quán internet {net}, thu hút nhiều học sinh.
o Phụ huynh tại {place} phản ánh quán trò chơi điện tử gần nhà {net}, học sinh bỏ học để chơi.
m Nhiều em học sinh mặc nguyên đồng phục ngồi chơi cả buổi.
m Quán đóng cửa ngoài nhưng bên trong vẫn hoạt động.

= điểm du lịch
t Điểm du lịch {spot} {prob} | Tình trạng {prob} tại {spot}
s spot: thác nước | hồ sinh thái | khu du lịch cộng đồng | chợ nổi | đồi chè | vườn trái cây
+ | bản văn hóa
s prob: nhiều rác thải | xuống cấp | đeo bám, chèo kéo khách | thiếu nhà vệ sinh công cộng
+ | thiếu biển chỉ dẫn
o Tại {place}, điểm du lịch {spot} {prob}, gây ấn tượng xấu cho du khách.
o Du khách đến {spot} ở {place} rất thất vọng vì tình trạng {prob}.
m Nhiều du khách đăng tải hình ảnh phản ánh lên mạng xã hội.
m Địa phương cần có giải pháp quản lý để phát triển du lịch bền vững.

= nhà văn hóa
t Nhà văn hóa {hall} bị sử dụng sai mục đích | Nhà văn hóa {hall} xuống cấp, bỏ hoang
s hall: thôn | tổ dân phố | khu phố | bản | buôn | ấp | xóm
o Nhà văn hóa {hall} tại {place} {since} bị khóa cửa, cỏ mọc um tùm.
o Tại {place}, nhà văn hóa {hall} bị cho thuê làm kho chứa hàng, người dân không có nơi sinh hoạt.
m Người dân muốn sinh hoạt văn nghệ, thể thao nhưng không có địa điểm.
m Trang thiết bị được đầu tư đã hư hỏng, thất lạc.

= loa truyền thanh
t Loa truyền thanh {loud} | Phản ánh hệ thống loa truyền thanh {loud}
s loud: phát quá to vào sáng sớm | hỏng lâu ngày | đặt sát nhà dân | phát nội dung quảng cáo
+ | phát không rõ tiếng
o Tại {place}, loa truyền thanh {loud}, ảnh hưởng đến sinh hoạt của người dân.
o Người dân tại {place} phản ánh cụm loa truyền thanh gần nhà {loud} {since}.
m Người già và người bệnh không thể nghỉ ngơi.
m Thông tin tuyên truyền quan trọng người dân không nắm được.
"""
