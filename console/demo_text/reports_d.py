"""Report templates: land and construction, prices and goods, press reports.

Line format: see ``console.demo_text.compose``.
"""

TEXT = """
@dat_dai_xay_dung
r Đoàn kiểm tra đã lập biên bản, đình chỉ thi công công trình không phép và yêu cầu tự tháo dỡ.
r Đã ban hành quyết định xử phạt vi phạm hành chính và buộc khôi phục tình trạng ban đầu.
r Qua kiểm tra hồ sơ địa chính, đơn vị đã hướng dẫn các bên hòa giải tranh chấp tại cơ sở.
r Đã yêu cầu chủ công trình che chắn, bảo đảm an toàn cho các hộ liền kề trong quá trình thi công.
p Đã giao Đội Trật tự xây dựng kiểm tra hiện trạng, đối chiếu giấy phép xây dựng.
p Đang trích lục hồ sơ địa chính để xác minh nguồn gốc thửa đất.
s ago: hai tháng trước | đầu năm | hơn ba tháng trước | năm ngoái | gần một năm trước

= xây dựng không phép
t Công trình {bld} xây dựng không phép | Phản ánh {bld} xây dựng sai giấy phép
t Đề nghị kiểm tra công trình {bld} không treo biển báo thi công
s bld: nhà ở riêng lẻ | nhà xưởng | nhà trọ | nhà hàng | kho bãi | tường rào | ki-ốt
o Tại {place}, một công trình {bld} đang được xây dựng {since} nhưng không treo biển báo công trình.
o Người dân phản ánh công trình {bld} tại {place} được xây dựng lấn ra hành lang {corridor}.
s corridor: đường bộ | kênh mương | lưới điện | bảo vệ sông
m Chủ công trình thi công cả ban đêm và ngày nghỉ để tránh bị kiểm tra.
m Chính quyền địa phương đã lập biên bản nhưng công trình vẫn tiếp tục thi công.
m Vật liệu xây dựng rơi xuống nhà bên cạnh gây nguy hiểm.

= lấn chiếm đất công
t Lấn chiếm {public} để xây dựng | Hộ dân rào chắn, lấn chiếm {public}
t Đề nghị xử lý việc lấn chiếm {public}
s public: đất công | hành lang đường bộ | đất nghĩa trang | đất trường học cũ | đất ven sông
+ | lối đi chung
o Tại {place}, một hộ dân đã tự ý rào chắn, lấn chiếm {public} khoảng {size} để làm {purpose}.
o Người dân tại {place} phản ánh {public} đang bị lấn chiếm {since} mà chưa được xử lý.
s size: 50 m² | 100 m² | 200 m² | gần 300 m² | vài chục mét vuông
s purpose: quán ăn | bãi để xe | vườn trồng cây | nhà kho | chuồng trại
m Việc lấn chiếm làm thu hẹp lối đi, ảnh hưởng sinh hoạt của các hộ xung quanh.
m Người dân đã kiến nghị tại các buổi họp tổ dân phố nhưng chưa có kết quả.

= tranh chấp ranh giới
t Tranh chấp đất đai {dispute} | Đề nghị giải quyết tranh chấp {dispute}
t Hộ liền kề xây tường lấn sang đất của gia đình tôi
s dispute: giữa hai hộ liền kề | với hộ hàng xóm | về lối đi chung | về mốc giới thửa đất
+ | về đất thừa kế
o Gia đình tôi ở {place} có tranh chấp {dispute}, đã hòa giải ở cơ sở nhưng không thành.
o Tại {place}, hộ liền kề xây tường rào lấn sang đất của gia đình tôi khoảng {width}.
s width: 0,5 m | 1 m | 1,2 m | gần 2 m
m Gia đình tôi đã gửi đơn đến Ủy ban nhân dân xã nhưng chưa được giải quyết.
m Đất đã được cấp giấy chứng nhận quyền sử dụng đất, có ranh giới rõ ràng.
m Hai bên nhiều lần xảy ra xô xát, nguy cơ mất an ninh trật tự.

= phân lô bán nền trái phép
t Phân lô, bán nền trái phép trên đất {landtype} | Dự án {project} chưa đủ điều kiện đã rao bán
t Phản ánh tình trạng phân lô đất {landtype} trái phép
s landtype: nông nghiệp | trồng cây lâu năm | trồng lúa | rừng sản xuất | vườn
s project: khu dân cư | khu đô thị | khu phố chợ | khu nhà ở thương mại
o Tại {place}, một số người san lấp đất {landtype}, làm đường nội bộ để phân lô bán nền.
o Người dân phản ánh tại {place} có dự án {project} chưa được giao đất nhưng đã rao bán, nhận cọc.
m Nhiều người mua đã đặt cọc hàng trăm triệu đồng, nguy cơ mất trắng.
m Trên mạng xã hội rao bán công khai với giá rẻ, cam kết có sổ nhanh.

= thi công làm hư hại nhà liền kề
t Thi công {work} làm nứt nhà liền kề | Nhà dân bị {damage} do công trình bên cạnh
t Đề nghị buộc chủ công trình {work} bồi thường thiệt hại
s work: ép cọc | đào móng tầng hầm | xây nhà cao tầng | phá dỡ nhà cũ
s damage: nứt tường | lún nền | thấm dột | bong tróc trần
o Tại {place}, chủ công trình {work} không che chắn, khiến nhà tôi bị {damage}.
o Từ khi công trình bên cạnh ở {place} bắt đầu {work}, nhiều nhà xung quanh bị {damage}.
m Chủ công trình hứa sửa chữa nhưng đến nay chưa thực hiện.
m Gia đình tôi lo sợ nhà bị sập, không dám ngủ ở tầng trên.

= bồi thường giải phóng mặt bằng
t Chậm chi trả tiền bồi thường {project} | Người dân chưa nhận được tiền bồi thường {project}
t Kiến nghị về đơn giá bồi thường {project}
s project: dự án mở rộng đường | dự án khu dân cư | dự án thủy lợi | dự án đường cao tốc
+ | dự án cụm công nghiệp
o Gia đình tôi ở {place} đã bàn giao mặt bằng cho {project} từ {ago} nhưng chưa nhận đủ tiền.
o Nhiều hộ dân tại {place} phản ánh đơn giá bồi thường {project} thấp hơn nhiều so với giá thị
+ trường.
m Gia đình phải thuê nhà ở tạm, cuộc sống rất khó khăn.
m Phương án tái định cư chưa được công khai cho người dân.

@hang_hoa_gia_ca
r Lực lượng Quản lý thị trường đã kiểm tra, xử phạt cơ sở không niêm yết giá, bán cao hơn giá
+ niêm yết.
r Đã tạm giữ số hàng hóa không có hóa đơn, chứng từ, nghi là hàng giả để xác minh, xử lý.
r Đã yêu cầu cơ sở kinh doanh niêm yết giá công khai và cam kết bán đúng giá niêm yết.
r Sở Công Thương đã tăng cường kiểm tra, bình ổn giá các mặt hàng thiết yếu trên địa bàn.
p Đã chuyển thông tin đến lực lượng Quản lý thị trường để kiểm tra đột xuất.
p Đang xác minh nguồn gốc lô hàng qua hóa đơn, chứng từ của cơ sở.

= giá tăng bất thường
t Giá {good} tăng bất thường | Cửa hàng tự ý tăng giá {good}
t Phản ánh giá {good} cao hơn nhiều so với nơi khác
s good: gas | xăng dầu | phân bón | thức ăn chăn nuôi | xi măng | rau xanh sau mưa bão
+ | sữa trẻ em | thuốc hạ sốt
o Tại {place}, các cửa hàng đồng loạt tăng giá {good} thêm {pct} chỉ trong vài ngày.
o Người dân tại {place} phản ánh giá {good} {since} tăng cao bất thường, không rõ lý do.
s pct: 10% | 15% | 20% | gần 30%
m Khi người dân hỏi thì chủ cửa hàng nói do hàng khan hiếm.
m Nhiều cửa hàng không niêm yết giá hoặc niêm yết nhưng bán cao hơn.

= hàng giả, hàng nhái
t Nghi bán {fake} giả, kém chất lượng | Phản ánh cửa hàng bán {fake} nhái nhãn hiệu
t Phát hiện {fake} giả bày bán công khai
s fake: phân bón | thuốc bảo vệ thực vật | mỹ phẩm | quần áo | mũ bảo hiểm | thực phẩm chức năng
+ | dầu nhớt
o Tại {place}, một cửa hàng bày bán {fake} có dấu hiệu là hàng giả, giá rẻ bất thường.
o Tôi mua {fake} tại một cửa hàng ở {place} {time}, về dùng thì phát hiện là hàng giả.
m Bao bì in sai chính tả, không có tem chống giả.
m Nhiều người dân đã mua và bị thiệt hại.
m Cửa hàng từ chối xuất hóa đơn khi được yêu cầu.

= cân điêu
t Tiểu thương {cheat} tại chợ | Phản ánh tình trạng {cheat} | Người mua bị thiệt do {cheat}
s cheat: cân điêu | cân thiếu | gian lận cân | dùng cân đã bị can thiệp
o Tại {place}, nhiều người mua hàng phát hiện tiểu thương {cheat}, mỗi kg thiếu {gram}.
o Người dân tại {place} mua hàng {time} về cân lại thì thiếu {gram} so với cân tại chợ.
s gram: 100 gam | 200 gam | gần 300 gam | 150 gam
m Chợ có bố trí cân đối chứng nhưng thường xuyên bị hỏng.
m Khi bị phát hiện, người bán lớn tiếng quát tháo khách hàng.

= chặt chém, ép giá
t Không niêm yết giá {svc} | Phản ánh tình trạng chặt chém giá {svc} | Ép giá {svc} vào dịp lễ, Tết
s svc: dịch vụ ăn uống | vé xe khách | trông giữ xe | dịch vụ lưu trú | taxi
o Tại {place}, các cơ sở {svc} không niêm yết giá, tự ý thu cao gấp {mult} ngày thường.
o Người dân phản ánh giá {svc} tại {place} bị đẩy lên cao vào dịp lễ, Tết.
s mult: 2 lần | 3 lần | đôi
m Khi khách hỏi thì bị nhân viên có thái độ thiếu tôn trọng.
m Việc này ảnh hưởng đến hình ảnh du lịch của địa phương.

= hội thảo bán hàng
t Tổ chức hội thảo tặng quà để bán {scheme} cho người cao tuổi
t Quảng cáo {scheme} chữa được bệnh, sai sự thật | Phản ánh bán {scheme} theo hình thức đa cấp
s scheme: thực phẩm chức năng | máy lọc nước | chăn đệm từ trường | nồi điện đa năng
+ | máy đo huyết áp | thuốc nam không nhãn mác
o Tại {place}, một công ty tổ chức hội thảo tặng quà rồi ép người cao tuổi mua {scheme} giá cao.
o Nhiều người cao tuổi tại {place} đã mua {scheme} giá hàng chục triệu đồng sau buổi hội thảo.
m Người bán quảng cáo sản phẩm chữa được nhiều bệnh nan y.
m Khi người dân đòi trả lại hàng thì không liên lạc được với công ty.

= cửa hàng xăng dầu
t Cửa hàng xăng dầu {gas} | Phản ánh cây xăng {gas} | Người dân khó mua xăng do cửa hàng {gas}
s gas: treo biển hết hàng | chỉ bán cầm chừng | đóng cửa sớm | từ chối bán xăng vào can
+ | không bán xăng E5
o Tại {place}, cửa hàng xăng dầu {gas} từ {time} dù trong bồn vẫn còn hàng.
o Người dân tại {place} phản ánh cây xăng {gas} {since}, phải đi xa mới mua được.
m Xe cộ xếp hàng dài chờ đổ xăng gây ùn tắc.
m Nhân viên không giải thích lý do, chỉ nói hết hàng.
@bao_chi nosuffix
r Qua kiểm tra, nội dung báo nêu là có cơ sở; đơn vị đã chỉ đạo khắc phục và thông tin lại cho báo.
r Nội dung bài báo chưa phản ánh đúng bản chất sự việc; đơn vị đã cung cấp thông tin chính thức.
r Đơn vị đã làm việc với phóng viên, cung cấp hồ sơ, tài liệu liên quan theo quy định.
r Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành kiểm tra, làm rõ thông tin báo chí phản ánh.
p Đã giao phòng chuyên môn xác minh nội dung bài báo, chuẩn bị văn bản phản hồi.
p Đang tổng hợp hồ sơ, tài liệu để cung cấp thông tin cho cơ quan báo chí.
s paper: Nhân Dân | Tuổi Trẻ | Thanh Niên | Lao Động | Tiền Phong | VnExpress | Dân trí
+ | Người Lao Động | Sài Gòn Giải Phóng | Công an Nhân dân | VietNamNet | Thanh tra

= báo nêu ô nhiễm
t Phản hồi thông tin báo {paper} nêu về ô nhiễm {env}
t Báo {paper} phản ánh ô nhiễm {env}, đề nghị kiểm tra
s env: tại cụm công nghiệp | từ trang trại chăn nuôi | nguồn nước sông | từ bãi rác
+ | không khí do lò gạch
o Mới đây, báo {paper} đăng bài phản ánh tình trạng ô nhiễm {env} ở khu vực {place}.
o Bài viết trên báo {paper} nêu tình trạng ô nhiễm {env} tại {place} kéo dài {since}.
m Người dân địa phương xác nhận nội dung bài báo là đúng thực tế.
m Bài viết thu hút nhiều bình luận, dư luận rất quan tâm.

= báo nêu sai phạm đất đai
t Đề nghị xác minh bài viết trên báo {paper} về {land} | Phản hồi thông tin báo {paper} nêu: {land}
s land: sai phạm trong đấu giá đất | cấp sổ đỏ trên đất công
+ | xây dựng trái phép trên đất nông nghiệp
+ | giao đất không qua đấu giá
o Báo {paper} có loạt bài phản ánh dấu hiệu {land} tại {place}.
o Theo bài viết trên báo {paper}, tại {place} có tình trạng {land} nhưng chưa được xử lý.
m Đề nghị cơ quan chức năng kiểm tra, thông tin kết quả để người dân được biết.
m Một số hộ dân liên quan đã gửi đơn đến nhiều cơ quan.

= báo nêu dự án chậm tiến độ
t Báo {paper} nêu dự án {proj} chậm tiến độ
t Phản hồi bài báo về dự án {proj} bỏ hoang, gây lãng phí
s proj: chợ đầu mối | đường liên xã | trường mầm non | khu tái định cư | nhà văn hóa | công viên
o Bài viết trên báo {paper} phản ánh dự án {proj} tại {place} thi công dở dang {since}.
o Mới đây, báo {paper} đăng bài về dự án {proj} ở {place} bị bỏ hoang, cỏ mọc um tùm.
m Người dân mong dự án sớm hoàn thành để đưa vào sử dụng.
m Nhiều hạng mục đã xuống cấp dù chưa được nghiệm thu.

= thông tin sai lệch trên mạng
t Thông tin trên {media} về {rumor} chưa chính xác
t Đề nghị làm rõ thông tin {rumor} lan truyền trên {media}
s media: mạng xã hội | một trang tin điện tử | nhóm Zalo của khu phố | một kênh video
s rumor: bắt cóc trẻ em | thu hồi đất làm dự án | dịch bệnh lây lan | cắt điện diện rộng
+ | nước máy nhiễm độc
o Gần đây, trên {media} lan truyền thông tin về {rumor} tại {place}, gây hoang mang dư luận.
o Người dân tại {place} rất lo lắng trước thông tin {rumor} được chia sẻ trên {media}.
m Đề nghị cơ quan chức năng sớm có thông tin chính thức.
m Nhiều người đã chia sẻ lại mà không kiểm chứng.

= báo nêu quá tải, xuống cấp
t Phản hồi thông tin báo {paper} nêu tình trạng quá tải tại {facility}
t Báo {paper} phản ánh {facility} xuống cấp
s facility: bệnh viện tuyến huyện | trạm y tế xã | trường tiểu học | trường trung học cơ sở
+ | chợ trung tâm
o Báo {paper} đăng bài phản ánh {facility} tại {place} quá tải, cơ sở vật chất xuống cấp.
o Theo bài viết trên báo {paper}, {facility} ở {place} thiếu trang thiết bị {since}.
m Đề nghị ngành chức năng có giải pháp đầu tư, nâng cấp.
m Nội dung bài báo phù hợp với phản ánh của nhiều người dân trước đó.

= báo nêu lạm thu
t Báo {paper} nêu tình trạng lạm thu {fee} | Phản hồi thông tin báo chí về khoản thu {fee}
s fee: đầu năm học | tại chợ | phí vệ sinh | quỹ phòng chống thiên tai | tiền điện sinh hoạt
o Mới đây, báo {paper} phản ánh tình trạng lạm thu {fee} tại {place}.
o Bài viết trên báo {paper} nêu nhiều khoản thu {fee} tại {place} chưa đúng quy định.
m Nhiều phụ huynh, người dân bức xúc vì các khoản thu chồng chéo.
m Đề nghị kiểm tra, trả lại cho người dân các khoản thu sai.
"""
