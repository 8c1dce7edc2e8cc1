"""Report templates: urban order, environment, administrative procedures.

Line format: see ``console.demo_text.compose``.
"""

TEXT = """
@trat_tu_do_thi
r Đoàn kiểm tra liên ngành đã ra quân, yêu cầu các hộ thu dọn hàng hóa lấn chiếm vỉa hè.
r Đã lập biên bản vi phạm hành chính, tạm giữ tang vật đối với các trường hợp tái phạm.
r Đã tháo dỡ mái che, biển quảng cáo lắp đặt trái phép và yêu cầu các hộ cam kết không tái phạm.
r Lực lượng trật tự đô thị sẽ duy trì kiểm tra thường xuyên, xử lý nghiêm các trường hợp tái diễn.
p Đã giao Đội Quản lý trật tự đô thị kiểm tra, nhắc nhở các hộ vi phạm.
p Đã ban hành kế hoạch ra quân lập lại trật tự vỉa hè trên tuyến, dự kiến triển khai trong tuần.

= lấn chiếm vỉa hè
t Hộ kinh doanh lấn chiếm vỉa hè {use} | Tình trạng lấn chiếm vỉa hè, lòng đường {use}
t Vỉa hè bị chiếm dụng {use}, người đi bộ phải xuống lòng đường
s use: để bán hàng | làm nơi để xe | bày hàng hóa | kinh doanh ăn uống | làm bãi rửa xe
+ | sửa chữa xe máy
o Tại {place}, nhiều hộ kinh doanh lấn chiếm toàn bộ vỉa hè {use}, lấn ra cả lòng đường.
o Vỉa hè tại {place} bị các hộ dân chiếm dụng {use} {since}.
m Người đi bộ phải đi xuống lòng đường, rất nguy hiểm.
m Lực lượng chức năng có kiểm tra nhưng sau đó tình trạng lại tái diễn.
m Khu vực này gần trường học nên giờ tan trường thường xuyên ùn tắc.

= bán hàng rong
t Bán hàng rong {goods} gây mất mỹ quan đô thị | Hàng rong {goods} tụ tập trước cổng {site}
t Người bán hàng rong chèo kéo khách trước cổng {site}
s goods: trái cây | đồ ăn vặt | vé số | đồ chơi trẻ em | hàng lưu niệm | nước giải khát
s site: trường học | bệnh viện | chợ | công viên | bến xe
o Trước cổng {site} tại {place}, nhiều người bán hàng rong {goods} bày bán tràn lan.
o Tại {place}, {since} xuất hiện nhiều xe đẩy bán {goods} dừng đỗ dưới lòng đường.
m Rác thải từ các gánh hàng rong vứt bừa bãi, gây mất vệ sinh.
m Giờ tan học, phụ huynh phải dừng xe giữa đường vì vỉa hè đã bị chiếm hết.
m Nhiều thực phẩm bày bán không rõ nguồn gốc, không bảo đảm vệ sinh.

= quảng cáo trái phép
t Quảng cáo rao vặt {ad} dán tràn lan trên tường, cột điện | Biển quảng cáo {board} đặt trái phép
t Phản ánh tình trạng quảng cáo {ad} bôi bẩn đô thị
s ad: khoan cắt bê tông | cho vay tiền nhanh | thông tắc cống | tuyển dụng lao động
+ | rút tiền thẻ tín dụng | làm bằng cấp giả
s board: dạng bảng đứng | bằng khung sắt | có đèn nhấp nháy | cỡ lớn | bằng băng rôn
o Tại {place}, tờ rơi quảng cáo {ad} dán chi chít, nhiều biển quảng cáo {board} đặt lấn lối đi.
o Nhiều biển quảng cáo {board} được đặt tại {place}, tường nhà dán đầy tờ rơi {ad}.
m Chủ nhà sơn lại tường chỉ được vài hôm là bị dán đè lên.
m Số điện thoại trên quảng cáo vẫn liên lạc được, đề nghị xử lý chủ thuê bao.
m Mỹ quan đô thị bị ảnh hưởng nghiêm trọng.

= vật liệu trên vỉa hè
t Tập kết {material} trên vỉa hè, lòng đường | Đổ {material} lấn chiếm lòng đường
t Công trình để {material} tràn ra đường gây cản trở giao thông
s material: cát, đá xây dựng | vật liệu xây dựng | gạch, xi măng | phế thải xây dựng | sắt thép
+ | đất đào
o Tại {place}, chủ công trình đổ {material} ngay trên vỉa hè và một phần lòng đường {since}.
o Một công trình tại {place} tập kết {material} ra đường, không có rào chắn hay biển báo.
m Ban đêm người đi xe máy rất dễ va vào đống vật liệu.
m Khi trời mưa, đất cát trôi xuống cống làm tắc nghẽn thoát nước.
m Bụi bay mù mịt ảnh hưởng đến các hộ dân xung quanh.

= chợ tạm, chợ cóc
t Chợ tạm, chợ cóc họp {market} gây ùn tắc | Tình trạng họp chợ {market}, gây mất trật tự
t Đề nghị giải tỏa chợ cóc họp {market}
s market: dưới lòng đường | trên vỉa hè | vào sáng sớm | suốt cả ngày | trước cổng khu dân cư
+ | trên hành lang an toàn giao thông
o Tại {place}, hằng ngày có hàng chục người bày bán rau, cá, thịt {market}.
o Chợ cóc tại {place} họp {market} {since}, dù địa phương đã có chợ kiên cố.
m Nước thải từ các sạp cá, thịt chảy lênh láng, bốc mùi hôi.
m Xe cộ đi qua phải nhích từng chút, rất dễ xảy ra va quẹt.
m Khi lực lượng chức năng đến kiểm tra thì người bán tạm dẹp, sau đó lại bày ra.

= trông giữ xe trái phép
t Trông giữ xe trái phép, {fee} | Bãi giữ xe tự phát {fee}
t Phản ánh điểm trông giữ xe gần {site} {fee}
s fee: thu phí cao | chiếm dụng vỉa hè | không có vé | thu giá gấp đôi quy định | không niêm yết giá
s site: bệnh viện | chợ | công viên | khu du lịch | trung tâm hành chính
o Tại {place}, gần {site}, có nhóm người tự ý trông giữ xe, {fee}.
o Điểm trông giữ xe tại {place} thu {price} mỗi lượt xe máy, cao hơn nhiều so với quy định.
s price: 10.000 đồng | 15.000 đồng | 20.000 đồng | 30.000 đồng
m Khi người dân thắc mắc thì bị nhân viên giữ xe có thái độ thách thức.
m Xe để tràn ra cả lòng đường gây ùn tắc.
@moi_truong
r Đoàn kiểm tra đã lấy mẫu khí thải, nước thải để phân tích; nếu vượt quy chuẩn sẽ xử lý theo quy
+ định.
r Đơn vị đã chỉ đạo thu dọn toàn bộ rác thải tồn đọng, bố trí lịch thu gom hằng ngày tại khu vực.
r Đã lập biên bản vi phạm hành chính về bảo vệ môi trường, yêu cầu cơ sở dừng hoạt động gây ô nhiễm.
r Đã yêu cầu cơ sở lắp đặt hệ thống xử lý khí thải, nước thải và báo cáo kết quả trong 30 ngày.
r Ủy ban nhân dân cấp xã đã tổ chức phun thuốc diệt muỗi, khử khuẩn khu vực bị ô nhiễm.
p Đã phối hợp với Phòng Tài nguyên và Môi trường kiểm tra, đang chờ kết quả phân tích mẫu.
p Đã làm việc với đơn vị thu gom rác, yêu cầu tăng tần suất thu gom tại khu vực.

= rác thải tồn đọng
t Rác thải tồn đọng {trash} gây ô nhiễm | Rác thải {trash} bốc mùi hôi thối, không được thu gom
t Đề nghị thu gom rác thải tồn đọng {trash}
s trash: lâu ngày | ven đường | trên vỉa hè | cạnh chợ | gần khu dân cư | dưới chân cầu
o Tại {place}, rác thải sinh hoạt tồn đọng thành đống lớn {since} không được thu gom.
o Đơn vị thu gom không đến lấy rác tại {place} {since}, rác tràn ra cả lòng đường.
m Mùi hôi thối bốc lên nồng nặc, ruồi nhặng bu kín.
m Chó mèo bới rác vương vãi khắp nơi.
m Trời mưa, nước rỉ rác chảy tràn ra đường và vào cống thoát nước.

= nước thải chảy tràn
t Nước thải {ww} chảy tràn ra đường | Nước thải {ww} xả thẳng ra môi trường
t Ô nhiễm do nước thải {ww}
s ww: sinh hoạt | từ trại chăn nuôi | từ cơ sở chế biến thủy sản | từ lò giết mổ | từ khu nhà trọ
+ | từ cơ sở rửa xe
o Tại {place}, nước thải {ww} chảy tràn ra mặt đường {since}, đen ngòm và bốc mùi.
o Người dân phản ánh nước thải {ww} tại {place} được xả thẳng ra mương thoát nước chung.
m Mùi hôi nồng nặc, nhất là vào lúc chiều tối.
m Nguồn nước giếng của các hộ xung quanh có dấu hiệu bị ô nhiễm.
m Cá chết nổi trắng trên mương, người dân lo ngại dịch bệnh.

= khói bụi từ cơ sở sản xuất
t Khói bụi từ {factory} ảnh hưởng khu dân cư | Cơ sở sản xuất thải {smoke} gây ô nhiễm không khí
t Phản ánh {factory} xả {smoke} ra khu dân cư
s factory: xưởng gỗ | lò gạch | trạm trộn bê tông | xưởng cơ khí | lò đốt rác | cơ sở sấy nông sản
s smoke: khói đen | bụi mịn | mùi khét | mùi hôi nồng nặc | khói bụi
o Tại {place}, {factory} hoạt động cả ngày lẫn đêm, thải {smoke} bao trùm khu dân cư.
o Khu dân cư tại {place} chịu ảnh hưởng nặng nề của {smoke} từ {factory} gần đó {since}.
m Nhiều người, nhất là trẻ nhỏ, bị ho, khó thở kéo dài.
m Nhà cửa, quần áo phơi ngoài trời bám đầy bụi.
m Người dân đã kiến nghị nhiều lần nhưng cơ sở vẫn hoạt động bình thường.

= đốt rác ngoài trời
t Tình trạng đốt {burn} gây khói mù | Người dân đốt {burn} ảnh hưởng sức khỏe cộng đồng
t Khói từ việc đốt {burn} bao trùm khu dân cư
s burn: rác thải | rơm rạ | lốp xe cũ | dây điện lấy đồng | phế liệu | vỏ cà phê
o Tại {place}, thường xuyên có người đốt {burn} ngoài trời, khói bốc lên nghi ngút.
o Vào {time}, tại {place} có người đốt {burn} khiến khói mù mịt cả khu vực.
m Khói gây cay mắt, hạn chế tầm nhìn của người đi đường.
m Mùi khét lan vào nhà dân, nhiều người phải đóng kín cửa.

= tiếng ồn sản xuất, thi công
t Tiếng ồn từ {noise} ảnh hưởng sinh hoạt người dân | Tiếng ồn {noise} kéo dài đến đêm khuya
t Phản ánh tiếng ồn vượt mức cho phép từ {noise}
s noise: công trình đổ bê tông | xưởng cưa gỗ | xưởng cơ khí | máy xay xát | trạm nghiền đá
+ | loa quảng cáo bán hàng
o Tại {place}, tiếng ồn từ {noise} kéo dài đến {late}, ảnh hưởng nghiêm trọng đến sinh hoạt.
o Người dân sống gần {place} phải chịu tiếng ồn từ {noise} {since}.
s late: 22 giờ | 23 giờ | nửa đêm | 1 giờ sáng
m Trẻ nhỏ giật mình thức giấc, người già mất ngủ.
m Chủ cơ sở hứa khắc phục nhưng vẫn không thay đổi.

= kênh mương ô nhiễm
t Ô nhiễm nặng tại {canal} | Rác thải ùn ứ trên {canal} | Đề nghị nạo vét, khơi thông {canal}
s canal: kênh thủy lợi | mương thoát nước | rạch trong khu dân cư | ao công cộng | hồ điều hòa
+ | suối chảy qua khu dân cư
o Tại {place}, {canal} bị rác thải, bèo và bùn đất bồi lấp, nước đen đặc, bốc mùi.
o Tại {place}, nhiều hộ dân vứt rác, xả nước thải xuống {canal} {since}.
m Muỗi phát sinh nhiều, người dân lo ngại dịch sốt xuất huyết.
m Mùa mưa nước không thoát kịp gây ngập các nhà ven bờ.

= khai thác khoáng sản trái phép
t Khai thác {mineral} trái phép {where} | Phản ánh tình trạng khai thác {mineral} không phép
t Xe chở {mineral} khai thác trái phép hoạt động ban đêm
s mineral: cát | đất | đá | sỏi | đất san lấp
s where: trên sông | ở khu đồi | ven suối | trong đất rừng | ven kênh
o Tại {place}, {time} có nhiều phương tiện khai thác {mineral} trái phép {where}.
o Người dân phản ánh {since} tại {place} có tình trạng khai thác {mineral} {where} không phép.
m Bờ sông, bờ suối bị sạt lở, đe dọa nhà cửa và đất sản xuất.
m Đường giao thông nông thôn bị xe chở vật liệu cày nát.

@hanh_chinh
r Hồ sơ bị chậm do phải xác minh nguồn gốc; đơn vị đã hoàn thành và trả kết quả cho công dân.
r Đã hướng dẫn công dân bổ sung hồ sơ theo đúng quy định và tiếp nhận lại trên Cổng dịch vụ công.
r Đã chấn chỉnh bộ phận một cửa, yêu cầu thực hiện đúng quy trình và gửi thư xin lỗi công dân.
r Hồ sơ của công dân đã được giải quyết xong, kết quả đã trả qua dịch vụ bưu chính công ích.
r Thủ tục này đã được công khai tại bộ phận một cửa và trên Cổng dịch vụ công của tỉnh.
p Đã yêu cầu Bộ phận tiếp nhận và trả kết quả rà soát tình trạng hồ sơ của công dân.
p Hồ sơ đang được phòng chuyên môn thẩm định, dự kiến trả kết quả trong 05 ngày làm việc.

= hồ sơ trễ hẹn
t Hồ sơ {proc} trễ hẹn nhiều lần | Giải quyết thủ tục {proc} chậm so với quy định
t Đề nghị kiểm tra việc chậm trả kết quả {proc}
s proc: cấp giấy chứng nhận quyền sử dụng đất | cấp giấy phép xây dựng | đăng ký hộ kinh doanh
+ | chuyển mục đích sử dụng đất | tách thửa đất | cấp đổi giấy phép lái xe | đăng ký khai sinh
o Gia đình tôi ở {place} nộp hồ sơ {proc} từ {ago} nhưng đến nay vẫn chưa nhận được kết quả.
o Hồ sơ {proc} của tôi, địa chỉ {place}, đã quá hạn {overdue} mà không có thông báo lý do.
s ago: hai tháng trước | đầu năm | hơn ba tháng trước | tháng trước | cuối năm ngoái
s overdue: 10 ngày | gần một tháng | hơn 20 ngày | hai tuần
m Mỗi lần hỏi, cán bộ chỉ hẹn lại mà không nói rõ nguyên nhân.
m Tôi đã phải đi lại nhiều lần, tốn kém thời gian và chi phí.
m Phiếu hẹn ghi rõ ngày trả kết quả nhưng không được thực hiện.

= đòi giấy tờ ngoài quy định
t Yêu cầu nộp thêm giấy tờ ngoài quy định khi làm thủ tục {proc}
t Phản ánh việc đòi {paper} khi giải quyết thủ tục {proc}
s proc: chuyển mục đích sử dụng đất | đăng ký kết hôn | đăng ký thường trú | cấp phép xây dựng
+ | đăng ký hộ kinh doanh | thừa kế quyền sử dụng đất
s paper: bản sao công chứng | giấy xác nhận cư trú | sổ hộ khẩu | giấy xác nhận độc thân
+ | bản vẽ do đơn vị chỉ định
o Khi làm thủ tục {proc}, gia đình tôi ở {place} bị yêu cầu nộp thêm {paper} dù không cần.
o Công dân ở {place} phản ánh cán bộ yêu cầu bổ sung {paper} nhiều lần, mỗi lần một ý.
m Theo thông tin công khai trên Cổng dịch vụ công, thành phần hồ sơ không có loại giấy tờ này.
m Việc yêu cầu nhiều lần gây mất thời gian, khó khăn cho người dân.

= dịch vụ công trực tuyến lỗi
t Cổng dịch vụ công {err} khi nộp hồ sơ trực tuyến
t Không nộp được hồ sơ trực tuyến do hệ thống {err}
t Phản ánh lỗi dịch vụ công trực tuyến: {err}
s err: bị lỗi | không thanh toán được phí | không tải được tệp đính kèm | báo lỗi đăng nhập VNeID
+ | bị treo | không gửi mã OTP
o Tôi ở {place}, {time} đăng nhập Cổng dịch vụ công để nộp hồ sơ nhưng hệ thống {err}.
o Nhiều người dân tại {place} phản ánh hệ thống dịch vụ công trực tuyến {err} {since}.
m Tôi đã gọi đường dây hỗ trợ nhưng không có người nghe máy.
m Bộ phận một cửa lại hướng dẫn phải nộp trực tuyến, người dân không biết làm sao.
m Đề nghị khắc phục sớm để người dân thực hiện thủ tục đúng hạn.

= bộ phận một cửa
t Bộ phận một cửa cấp xã {desk} | Người dân chờ đợi lâu khi {service}
t Phản ánh việc {service} mất nhiều thời gian
s desk: không có cán bộ trực | đóng cửa sớm | làm việc không đúng giờ | quá tải vào buổi sáng
s service: chứng thực bản sao | xác nhận cư trú | đăng ký khai sinh | xin xác nhận hộ nghèo
+ | làm thẻ căn cước
o Tôi ở {place}, {time} đến bộ phận một cửa để {service} nhưng nơi này {desk}.
o Người dân tại {place} phản ánh mỗi lần {service} phải chờ đợi từ sáng đến trưa.
m Nhiều người già, người khuyết tật phải đứng chờ rất vất vả.
m Không có hệ thống lấy số thứ tự nên người dân chen lấn.

= chế độ, chính sách chậm
t Chậm chi trả {benefit} cho người dân | Chưa được hưởng {benefit} dù đủ điều kiện
t Đề nghị xem xét giải quyết {benefit}
s benefit: trợ cấp xã hội | chế độ người có công | trợ cấp thất nghiệp | bảo hiểm xã hội một lần
+ | hỗ trợ hộ nghèo | chế độ thai sản
o Gia đình tôi ở {place} đã nộp hồ sơ hưởng {benefit} từ {ago} nhưng đến nay chưa được giải quyết.
o Nhiều người dân tại {place} phản ánh việc chi trả {benefit} chậm {since}.
s ago: hai tháng trước | đầu năm | hơn ba tháng trước | tháng trước | cuối năm ngoái
m Hoàn cảnh gia đình rất khó khăn, đang mong chờ khoản hỗ trợ này.
m Cán bộ phụ trách trả lời do chưa có kinh phí nhưng không có văn bản.

= sai thông tin dân cư
t Thông tin {data} bị sai nhưng chậm được điều chỉnh | Đề nghị cập nhật {data} trên dữ liệu dân cư
t Sai lệch {data} gây khó khăn khi làm thủ tục
s data: ngày sinh | họ tên | quê quán | số định danh cá nhân | thông tin hộ gia đình
+ | nơi thường trú
o Tôi ở {place}, {data} trên cơ sở dữ liệu quốc gia về dân cư bị sai so với giấy khai sinh.
o Gia đình tôi tại {place} đã đề nghị điều chỉnh {data} {since} nhưng chưa được xử lý.
m Do sai thông tin nên tôi không thể làm thủ tục ngân hàng và bảo hiểm.
m Cán bộ hướng dẫn đi lại nhiều nơi nhưng vẫn chưa giải quyết được.
"""
