"""Report templates: traffic, public order, urban infrastructure.

Line format: see ``console.demo_text.compose``.
"""

TEXT = """
@giao_thong
r Đơn vị đã phối hợp với đơn vị quản lý tuyến đường tổ chức vá, thảm lại các vị trí hư hỏng.
r Lực lượng Cảnh sát giao thông đã tăng cường tuần tra, kiểm soát, xử lý xe vi phạm tải trọng.
r Đơn vị đã khắc phục sự cố đèn tín hiệu giao thông, hệ thống đã hoạt động bình thường trở lại.
r Đã lắp đặt bổ sung biển báo, gờ giảm tốc tại vị trí phản ánh để bảo đảm an toàn giao thông.
r Đã lập biên bản xử lý vi phạm hành chính đối với 03 trường hợp dừng, đỗ xe sai quy định.
p Đã làm việc với đơn vị quản lý đường bộ, dự kiến sửa chữa mặt đường khi thời tiết thuận lợi.
p Đã đề nghị Đội Cảnh sát giao thông bố trí lực lượng kiểm tra vào các khung giờ cao điểm.

= ổ gà, hố sâu
t Ổ gà {size} trên mặt đường gây mất an toàn giao thông | Mặt đường xuống cấp, xuất hiện ổ gà {size}
t Đề nghị sửa chữa ổ gà {size} trên tuyến đường
s size: lớn | sâu | nguy hiểm | rộng gần 1 mét | đọng nước | liên tiếp nhau
o Tại {place}, mặt đường bị bong tróc, xuất hiện nhiều ổ gà {size} {since}.
o Đoạn đường tại {place} có ổ gà {size} nằm ngay giữa làn xe chạy, {since} chưa được sửa chữa.
m Ban đêm đoạn đường thiếu ánh sáng, {victims} đã bị ngã xe khi đi qua.
m Mỗi khi trời mưa, nước đọng kín mặt đường nên người đi đường không nhìn thấy ổ gà.
m Xe tải lưu thông thường xuyên khiến các ổ gà ngày càng lớn và sâu hơn.
s victims: nhiều người | một số học sinh | vài người đi xe máy | không ít người | một cụ già

= đèn tín hiệu hỏng
t Đèn tín hiệu giao thông {fault} gây ùn tắc | Cụm đèn tín hiệu tại nút giao {fault}
t Phản ánh đèn tín hiệu giao thông {fault}
s fault: bị hỏng | không hoạt động | chỉ nháy vàng | mất đèn đỏ một hướng | đếm ngược sai thời gian
o Cụm đèn tín hiệu giao thông tại {place} {fault} từ {time}, các phương tiện đi lại lộn xộn.
o Tại {place}, đèn tín hiệu giao thông {fault} {since} nhưng chưa được sửa chữa.
m Vào giờ cao điểm, xe cộ từ các hướng đổ về gây ùn tắc kéo dài.
m Đã xảy ra một số vụ va chạm giữa xe máy và ô tô tại nút giao này.
m Không có lực lượng điều tiết giao thông nên người dân rất lo ngại.

= xe tải quá tải
t Xe tải {vehicle} chạy quá tải làm hư hỏng đường | Xe tải {vehicle} lưu thông {hours}, gây bụi bẩn
t Phản ánh xe tải {vehicle} quá tải, rơi vãi trên đường
s vehicle: chở đất | chở cát | chở đá | chở gỗ keo | chở vật liệu xây dựng | chở phế thải
s hours: vào ban đêm | giờ cao điểm | suốt cả ngày | vào giờ tan học
o Tại {place}, xe tải {vehicle} chạy quá tải lưu thông {hours}, làm mặt đường lún sụt, hư hỏng.
o Thời gian gần đây, nhiều xe tải {vehicle} chạy qua {place} với tốc độ cao, không che phủ thùng.
m Đất cát rơi vãi trên đường gây bụi mù và trơn trượt khi trời mưa.
m Người dân sống hai bên đường bị ảnh hưởng bởi tiếng ồn và bụi bẩn.
m Nhiều đoạn đường mới được sửa chữa đã bị nứt vỡ, lún thành rãnh.

= dừng đỗ xe sai quy định
t Xe {vtype} dừng đỗ sai quy định gây cản trở giao thông | Tình trạng xe {vtype} đậu đỗ tràn lan
t Xe {vtype} đón trả khách không đúng nơi quy định
s vtype: khách | ô tô cá nhân | tải | taxi | hợp đồng | buýt
o Tại {place}, nhiều xe {vtype} thường xuyên dừng, đỗ dưới lòng đường, chiếm gần hết phần đường.
o Khu vực {place} thường xuyên có xe {vtype} đậu đỗ hai bên đường {when}.
s when: vào buổi tối | vào giờ cao điểm | suốt cả ngày | vào sáng sớm | vào cuối tuần
m Người đi xe máy phải lách ra giữa đường, rất dễ xảy ra tai nạn.
m Có thời điểm giao thông ùn ứ kéo dài hàng trăm mét.

= thiếu biển báo, điểm đen tai nạn
t Đề nghị lắp đặt {sign} tại đoạn đường thường xảy ra tai nạn | Thiếu {sign} tại khúc cua nguy hiểm
t Kiến nghị bổ sung {sign} trước cổng trường học
s sign: biển cảnh báo | gờ giảm tốc | đèn tín hiệu | vạch sơn đi bộ | gương cầu lồi
+ | đèn vàng nhấp nháy
o Đoạn đường qua {place} có khúc cua gấp, tầm nhìn hạn chế nhưng không có {sign}.
o Tại {place}, từ đầu năm đến nay đã xảy ra nhiều vụ tai nạn do phương tiện chạy tốc độ cao.
m Học sinh đi học qua đây hằng ngày rất nguy hiểm.
m Gần nhất là vụ va chạm {time} khiến một người bị thương phải đi cấp cứu.
m Người dân đã tự cắm biển cảnh báo tạm nhưng không bảo đảm.

= đua xe, lạng lách
t Thanh thiếu niên tụ tập đua xe, lạng lách {when} | Tình trạng đua xe trái phép {when}
t Nhóm thanh niên nẹt pô, lạng lách đánh võng {when}
s when: vào ban đêm | vào rạng sáng | dịp cuối tuần | sau 23 giờ | vào các tối thứ Bảy
o Tại {place}, {time} có khoảng {num} thanh thiếu niên tụ tập điều khiển xe máy lạng lách, nẹt pô.
o Khu vực {place} thường xuyên có nhóm thanh niên đua xe trái phép {when}, gây mất trật tự.
s num: 10 | 15 | 20 | 30 | vài chục
m Tiếng nẹt pô inh ỏi khiến người dân không thể ngủ được.
m Người đi đường phải dạt vào lề để tránh, rất nguy hiểm.
m Khi thấy lực lượng chức năng, nhóm này bỏ chạy rồi lại quay lại.

= cầu xuống cấp
t Cầu {bridge} xuống cấp nghiêm trọng, tiềm ẩn nguy hiểm | Lan can cầu {bridge} bị gãy, hư hỏng
t Đề nghị sửa chữa cầu {bridge} bị hư hỏng
s bridge: dân sinh | tạm | bê tông | sắt | treo | gỗ
o Cây cầu {bridge} tại {place} đã xuống cấp {since}, mặt cầu nhiều chỗ bị thủng, lan can gãy.
o Tại {place}, cầu {bridge} là lối đi chính của người dân nhưng đã nứt trụ, rung lắc khi có xe qua.
m Hằng ngày có hàng trăm lượt học sinh và người dân qua lại.
m Địa phương chỉ đặt biển cấm xe trên 2 tấn nhưng xe tải vẫn đi qua.

@an_ninh_trat_tu
r Công an cấp xã đã xác minh, mời các đối tượng liên quan làm việc và xử lý theo quy định.
r Lực lượng Công an đã tăng cường tuần tra, kiểm soát vào ban đêm tại khu vực người dân phản ánh.
r Đã kiểm tra, yêu cầu chủ cơ sở cam kết không hát karaoke sau 22 giờ; tái phạm sẽ bị xử phạt.
r Công an đã tiếp nhận tin báo, thụ lý giải quyết theo thẩm quyền và sẽ thông báo kết quả.
p Đã chuyển thông tin cho Công an cấp xã xác minh, đang bố trí lực lượng theo dõi tại khu vực.
p Đang trích xuất camera an ninh khu vực để xác định đối tượng.

= karaoke gây ồn
t Karaoke {ktype} gây ồn ào sau 22 giờ | Tiếng hát karaoke {ktype} ảnh hưởng giấc ngủ người dân
t Hát karaoke {ktype} quá giờ quy định, gây mất trật tự
s ktype: tại gia | kinh doanh | di động | ngoài trời | bằng loa kéo | ở quán nhậu
o Tại {place}, {venue} thường xuyên mở karaoke với âm lượng lớn đến {late}.
o Tình trạng hát karaoke gây ồn tại {place} diễn ra {since}, có hôm kéo dài đến {late}.
s venue: một hộ gia đình | một quán nhậu | một cơ sở kinh doanh karaoke | một nhà hàng tiệc cưới
s late: 23 giờ | 24 giờ | 1 giờ sáng | gần 2 giờ sáng | nửa đêm
m Người già, trẻ nhỏ và học sinh ôn thi không thể nghỉ ngơi.
m Người dân đã nhiều lần nhắc nhở nhưng chủ nhà không chấp hành.
m Âm thanh vượt quá mức cho phép, vi phạm quy định về tiếng ồn trong khu dân cư.

= trộm cắp
t Liên tiếp xảy ra trộm cắp {loot} trong khu dân cư | Tình trạng mất trộm {loot} gia tăng
t Đề nghị tăng cường tuần tra do mất trộm {loot}
s loot: xe máy | tài sản | gia súc | cà phê | điện thoại | dây điện | gà vịt
o Thời gian gần đây, tại {place} liên tục xảy ra các vụ trộm {loot}, gây hoang mang cho người dân.
o Vào {time}, gia đình tôi ở {place} bị kẻ gian đột nhập lấy mất {loot}.
m Camera của một số hộ dân đã ghi lại hình ảnh đối tượng nhưng chưa được xử lý.
m Người dân phải thay nhau thức canh giữ tài sản.
m Sự việc đã được trình báo với công an địa phương.

= tụ tập gây rối
t Nhóm thanh niên tụ tập {act} gây mất trật tự | Tình trạng {act} tại khu vực công cộng
t Đối tượng say rượu {act}, đe dọa người dân
s act: đánh nhau | gây gổ | uống rượu, la hét | mang theo hung khí | chửi bới | đập phá tài sản
o Tại {place}, thường xuyên có nhóm thanh niên tụ tập {act}, nhất là vào buổi tối.
o Vào {time}, tại {place} xảy ra vụ việc một nhóm người {act}, gây náo loạn cả khu phố.
m Người dân sợ bị trả thù nên không dám lên tiếng.
m Có người đi đường bị vạ lây, phải vào bệnh viện băng bó.
m Khu vực này thiếu ánh sáng, vắng lực lượng tuần tra.

= tệ nạn xã hội
t Nghi có đối tượng {vice} tại khu dân cư | Phản ánh tụ điểm {vice} | Dấu hiệu {vice} tại nhà trọ
s vice: sử dụng ma túy | mua bán ma túy | đánh bạc | cá độ bóng đá | sử dụng bóng cười
o Tại {place}, {since} có nhiều người lạ ra vào một căn nhà với dấu hiệu {vice}.
o Người dân phát hiện tại {place} thường xuyên có nhóm người tụ tập {vice} vào ban đêm.
m Người dân lo ngại tệ nạn lan rộng, ảnh hưởng đến con em trong khu phố.
m Đề nghị giữ bí mật thông tin người phản ánh.
m Các đối tượng cử người canh gác ở đầu ngõ, thấy người lạ là giải tán.

= lừa đảo qua điện thoại
t Phản ánh cuộc gọi {fraud} để lừa đảo | Cảnh báo thủ đoạn {fraud} chiếm đoạt tài sản
t Nhiều người dân nhận cuộc gọi {fraud}
s fraud: giả danh công an | giả danh nhân viên điện lực | giả danh cán bộ thuế | mạo danh ngân hàng
+ | giả danh nhân viên y tế | hướng dẫn cài ứng dụng giả
o Vào {time}, nhiều hộ dân tại {place} nhận được cuộc gọi {fraud}, yêu cầu chuyển tiền.
o Một người dân ở {place} đã bị chiếm đoạt {money} sau khi làm theo đối tượng {fraud}.
s money: 15 triệu đồng | 40 triệu đồng | hơn 100 triệu đồng | 8 triệu đồng | toàn bộ tiền tiết kiệm
m Đối tượng nắm rõ họ tên, số căn cước của người nghe máy.
m Người cao tuổi trong khu vực rất dễ bị mắc bẫy.
m Đề nghị cơ quan công an cảnh báo rộng rãi trên hệ thống loa truyền thanh.

= chó thả rông
t Chó thả rông {dog} tại khu dân cư | Phản ánh chó nuôi không rọ mõm {dog}
t Tình trạng chó thả rông {dog}
s dog: cắn người | rượt đuổi người đi đường | phóng uế bừa bãi | sủa suốt đêm
o Tại {place}, nhiều hộ nuôi chó nhưng thả rông, không rọ mõm, thường xuyên {dog}.
o Vào {time}, một cháu nhỏ ở {place} bị chó thả rông cắn, phải đi tiêm phòng dại.
m Người dân, nhất là trẻ em, rất sợ hãi khi đi qua.
m Chủ nuôi không có biện pháp quản lý dù đã được nhắc nhở.
@ha_tang_do_thi
r Đơn vị quản lý chiếu sáng đã thay bóng đèn, sửa chữa tủ điện; hệ thống đã sáng trở lại.
r Đã tổ chức nạo vét, khơi thông tuyến cống thoát nước, xử lý tình trạng ngập úng cục bộ.
r Đơn vị đã cắt tỉa, gia cố cây xanh có nguy cơ gãy đổ và dọn dẹp cành cây trên vỉa hè.
r Đã thay thế nắp hố ga bị vỡ và đặt biển cảnh báo trong thời gian thi công.
r Đã yêu cầu đơn vị thi công hoàn trả mặt bằng, tái lập vỉa hè đúng quy định.
p Đã giao Ban Quản lý dịch vụ công ích kiểm tra hiện trạng, lập phương án sửa chữa.
p Đang chờ đơn vị cung ứng vật tư thay thế bóng đèn và tủ điều khiển chiếu sáng.

= đèn chiếu sáng công cộng
t Đèn chiếu sáng công cộng {lamp} | Hệ thống đèn đường {lamp} khiến khu vực tối om
t Đề nghị sửa chữa đèn đường {lamp}
s lamp: không sáng | bị hỏng | chập chờn | tắt cả dãy | bị cháy bóng | bị đứt dây
o Hệ thống đèn chiếu sáng tại {place} {lamp} {since}, cả đoạn đường chìm trong bóng tối.
o Tại {place}, khoảng {count} bóng đèn đường {lamp}, người dân đi lại buổi tối rất khó khăn.
s count: 5 | 7 | 10 | hơn 10 | gần 20
m Khu vực này có nhiều học sinh đi học thêm về muộn, tiềm ẩn nguy cơ mất an ninh.
m Đã xảy ra trường hợp giật túi xách vào buổi tối do đường quá tối.
m Người dân đã báo cho tổ dân phố nhưng chưa được khắc phục.

= cống tắc gây ngập
t Cống thoát nước bị tắc gây ngập {flood} | Ngập úng {flood} do cống thoát nước bị tắc
t Đề nghị nạo vét cống thoát nước bị ngập {flood}
s flood: mỗi khi mưa | sau mỗi trận mưa lớn | kéo dài nhiều giờ | cả khu dân cư | vào nhà dân
o Tuyến cống tại {place} bị rác và bùn đất bồi lấp, {since} mỗi khi mưa là nước không thoát được.
o Tại {place}, sau trận mưa {time}, nước ngập sâu khoảng {depth}, tràn cả vào nhà dân.
s depth: 30 cm | 40 cm | nửa mét | ngang đầu gối | 20 cm
m Nước ngập bốc mùi hôi thối, ruồi muỗi phát sinh nhiều.
m Xe máy chết máy hàng loạt khi đi qua đoạn ngập.
m Một số miệng cống bị các hộ dân lấp kín để làm lối đi vào nhà.

= cây xanh nguy cơ gãy đổ
t Cây xanh {tree} có nguy cơ gãy đổ | Cây xanh {tree} gây mất an toàn cho người đi đường
t Đề nghị cắt tỉa cây xanh {tree}
s tree: lâu năm | mục gốc | nghiêng ra lòng đường | nhiều cành khô | sát đường dây điện
o Tại {place}, cây {species} {tree} có nhiều cành lớn vươn ra lòng đường, dễ gãy đổ khi mưa bão.
o Vào {time}, một cây {species} tại {place} bị gãy đổ chắn ngang đường, làm đứt dây điện.
s species: xà cừ | sấu | phượng | bàng | dầu | me tây | sao đen | bằng lăng
m Gốc cây đã bị mục rỗng, rễ trồi lên làm vỡ vỉa hè.
m Người dân đi qua khu vực này đều nơm nớp lo sợ, nhất là khi có gió lớn.
m Cành cây che khuất đèn đường và biển báo giao thông.

= hố ga mất nắp
t Hố ga {manhole} gây nguy hiểm cho người đi đường | Hố ga {manhole} lâu ngày chưa được khắc phục
t Phản ánh hố ga {manhole} trên vỉa hè
s manhole: mất nắp | bị vỡ nắp | bị sụt lún | bị hở nắp | không có nắp đậy | gãy song chắn rác
o Tại {place}, hố ga thoát nước {manhole} {since}, chỉ được che tạm bằng {cover}.
o Hố ga tại {place} {manhole} nằm ngay trên lối đi, rất nguy hiểm cho người đi bộ.
s cover: cành cây | tấm gỗ | bao tải | vài viên gạch | tấm tôn
m Đã có người đi xe máy sa bánh xuống hố bị thương.
m Ban đêm không có đèn chiếu sáng, người đi đường rất khó phát hiện.
m Trẻ em chơi gần khu vực này rất dễ xảy ra tai nạn.

= đào đường, vỉa hè hư hỏng
t Vỉa hè {sidewalk} gây khó khăn cho người đi bộ | Đào đường {dig} không hoàn trả mặt bằng
t Mặt đường bị đào xới sau thi công {dig}
s sidewalk: bị bong tróc | bị sụt lún | vỡ gạch | bị đào bới | xuống cấp
s dig: lắp đặt cáp quang | lắp đường ống nước | hạ ngầm cáp điện | làm cống thoát nước
o Tại {place}, đơn vị thi công {dig} đã đào đường, vỉa hè {since} nhưng chưa hoàn trả mặt bằng.
o Vỉa hè tại {place} {sidewalk}, gạch lát vỡ vụn, nhiều chỗ lồi lõm.
m Đất đá, vật liệu để ngổn ngang, không có rào chắn và biển cảnh báo.
m Khi trời mưa, đường lầy lội, người dân đi lại rất vất vả.
m Người đi bộ buộc phải đi xuống lòng đường.

= công viên, thiết bị vui chơi
t Hư hỏng {equip} tại công viên, vườn hoa | Đề nghị sửa chữa {equip} trong khu vui chơi
t Công viên xuống cấp, {equip} bị hư hỏng
s equip: thiết bị vui chơi trẻ em | dụng cụ tập thể dục | ghế đá | đu quay | cầu trượt | xích đu
o Tại {place}, {equip} trong khu vui chơi bị gãy, han gỉ, có nhiều cạnh sắc nhọn.
o Khu công viên tại {place} {since} không được chăm sóc, cỏ mọc um tùm, {equip} hư hỏng.
m Hằng ngày nhiều trẻ nhỏ vẫn vui chơi ở đây, rất dễ bị thương.
m Buổi tối khu vực này trở thành nơi tụ tập của các đối tượng nghiện hút.
"""
