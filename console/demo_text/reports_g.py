"""Report templates: electricity and water supply, other matters.

Line format: see ``console.demo_text.compose``.
"""

TEXT = """
@dien_nuoc
r Điện lực đã khắc phục sự cố đường dây, cấp điện trở lại và thông báo lịch cắt điện công khai.
r Công ty cấp nước đã súc xả đường ống, kiểm tra chất lượng nước; kết quả đạt quy chuẩn.
r Đơn vị đã kiểm tra công tơ, đối chiếu chỉ số và điều chỉnh hóa đơn cho khách hàng.
r Đã sửa chữa điểm vỡ đường ống, cấp nước trở lại bình thường cho các hộ dân.
r Đã cắt tỉa cây vi phạm hành lang lưới điện và nâng độ cao dây dẫn bảo đảm an toàn.
p Đã cử tổ thao tác lưu động kiểm tra hiện trường, xác định nguyên nhân sự cố.
p Đã lấy mẫu nước gửi kiểm nghiệm, đang chờ kết quả.

= mất điện kéo dài
t Mất điện kéo dài {outage} | Khu dân cư mất điện {outage} không báo trước
t Đề nghị khắc phục tình trạng mất điện {outage}
s outage: nhiều giờ | cả ngày | nhiều lần trong tuần | vào ban đêm | giữa trời nắng nóng
o Khu vực {place} bị mất điện từ {time}, đến nay vẫn chưa có điện trở lại.
o Tại {place}, {since} thường xuyên mất điện {outage} mà không có thông báo trước.
m Trời nắng nóng, người già và trẻ nhỏ rất mệt mỏi.
m Nhiều hộ kinh doanh bị hư hỏng hàng hóa đông lạnh.
m Gọi tổng đài chăm sóc khách hàng nhưng chỉ nhận được trả lời đang xử lý.

= điện yếu, chập chờn
t Điện áp {volt} làm hỏng thiết bị | Điện sinh hoạt {volt} ảnh hưởng đời sống người dân
s volt: yếu | chập chờn | không ổn định | lúc cao lúc thấp
o Tại {place}, điện sinh hoạt {volt}, nhất là vào giờ cao điểm buổi tối.
o Nhiều hộ dân tại {place} phản ánh điện {volt} {since}, tủ lạnh, máy bơm không hoạt động được.
m Một số gia đình đã bị hỏng tivi, tủ lạnh.
m Trạm biến áp khu vực đã quá tải do dân cư tăng nhanh.

= hóa đơn tăng bất thường
t Hóa đơn {bill} tăng bất thường | Nghi ghi sai chỉ số {meter} | Đề nghị kiểm tra {meter} chạy nhanh
s bill: tiền điện | tiền nước
s meter: công tơ điện | đồng hồ nước
o Gia đình tôi ở {place} dùng như mọi tháng nhưng hóa đơn {bill} tháng này tăng gấp {mult}.
o Nhiều hộ tại {place} phản ánh hóa đơn {bill} tăng cao bất thường, nghi {meter} bị lỗi.
s mult: đôi | 2 lần | 3 lần | rưỡi
m Nhân viên không đến nhà ghi chỉ số mà ước tính chỉ số.
m Gia đình đã đề nghị kiểm định lại nhưng chưa được phản hồi.

= nước sinh hoạt đục
t Nước sinh hoạt {water} | Nước máy {water}, người dân không dám sử dụng
s water: bị đục | có mùi lạ | có màu vàng | có cặn bẩn | có mùi clo nồng nặc
o Tại {place}, nước máy {water} {since}, không thể dùng để nấu ăn.
o Người dân tại {place} phản ánh nước sinh hoạt {water} từ {time}.
m Người dân phải mua nước bình để sử dụng, rất tốn kém.
m Một số trẻ nhỏ bị ngứa, nổi mẩn sau khi tắm.
m Đề nghị lấy mẫu kiểm tra chất lượng nước.

= mất nước, vỡ ống
t Khu dân cư mất nước sinh hoạt {dry} | Đường ống cấp nước bị vỡ, {leak}
s dry: nhiều ngày | liên tục | vào giờ cao điểm | không báo trước
s leak: nước chảy lênh láng | lãng phí nước sạch | gây sụt lún mặt đường | chưa được sửa chữa
o Khu vực {place} bị mất nước sinh hoạt {dry} do đường ống cấp nước bị vỡ, {leak}.
o Tại {place}, đường ống cấp nước bị vỡ, {leak}, nhiều hộ dân bị mất nước {dry}.
m Các hộ ở cuối tuyến ống thường xuyên không có nước vào buổi sáng.
m Người dân đã báo cho công ty cấp nước nhưng chưa thấy người đến.

= dây điện mất an toàn
t Dây điện {wire} gây mất an toàn | Đề nghị xử lý dây điện {wire}
s wire: võng thấp | chằng chịt | bị hở | chạm vào cây xanh | bị đứt rơi xuống đường
o Tại {place}, dây điện {wire}, có đoạn chỉ cách mặt đất khoảng {height}.
o Người dân tại {place} phản ánh dây điện {wire} {since} nhưng chưa được xử lý.
s height: 2 mét | 2,5 mét | 3 mét | hơn 1 mét
m Xe tải chở hàng cao đi qua rất dễ vướng vào dây.
m Trời mưa, dây điện có hiện tượng phóng tia lửa.
m Trẻ em thường xuyên chơi đùa gần khu vực này.

= cột điện mất an toàn
t Cột điện {pole} tiềm ẩn nguy hiểm | Đề nghị thay thế cột điện {pole}
s pole: bị nghiêng | bị nứt chân | nằm giữa đường | bị gãy xà | bị xe tông gãy
o Người dân tại {place} phản ánh cột điện {pole} {since}, có nguy cơ đổ bất cứ lúc nào.
o Tại {place}, một cột điện hạ thế {pole}, dây dẫn bị kéo căng sát mái nhà dân.
m Mỗi khi có gió lớn, cột điện rung lắc mạnh.
m Trẻ em thường xuyên chơi đùa gần khu vực này.

= chưa có nước sạch
t Đề nghị kéo đường ống nước sạch {rural} | Kiến nghị đầu tư nước sạch {rural}
s rural: về khu dân cư | vào thôn | vào khu tái định cư | cho các hộ cuối tuyến
o Tại {place}, hàng chục hộ dân vẫn phải dùng nước giếng khoan nhiễm phèn, nhiễm vôi.
o Người dân tại {place} đã đăng ký lắp đặt nước sạch {since} nhưng chưa được đấu nối.
m Đường ống chính chỉ cách khu dân cư vài trăm mét.
m Vào mùa khô, giếng cạn, người dân thiếu nước sinh hoạt.

@khac
r Đơn vị đã tiếp nhận, kiểm tra và hướng dẫn người dân liên hệ cơ quan có thẩm quyền giải quyết.
r Nội dung phản ánh đã được ghi nhận, chuyển đến các đơn vị liên quan phối hợp xử lý.
r Qua kiểm tra, sự việc đã được khắc phục; đơn vị sẽ tiếp tục theo dõi.
r Đã giải thích, hướng dẫn cụ thể để người dân hiểu rõ quy định hiện hành.
p Đã liên hệ với người phản ánh để nắm thêm thông tin.
p Đang phối hợp với các đơn vị liên quan xác minh.

= sạt lở
t Sạt lở {slide} đe dọa nhà dân | Cảnh báo nguy cơ sạt lở {slide}
s slide: taluy dương | bờ sông | bờ kênh | đồi sau khu dân cư | mái taluy đường
o Tại {place}, {slide} bị sạt lở sau đợt mưa lớn, đất đá tràn vào sát nhà dân.
o Người dân tại {place} lo lắng vì {slide} xuất hiện nhiều vết nứt {since}.
m Nhiều hộ dân phải di chuyển tài sản đi nơi khác.
m Đề nghị khẩn trương di dời các hộ trong vùng nguy hiểm.

= phá rừng
t Phát hiện {forest} trái phép | Phản ánh tình trạng {forest}
s forest: chặt phá rừng | đốt rừng làm nương | khai thác gỗ | vận chuyển gỗ lậu
+ | săn bắt động vật hoang dã
o Tại {place}, {time} người dân phát hiện có nhóm người {forest}.
o Người dân tại {place} phản ánh tình trạng {forest} diễn ra {since}.
m Diện tích rừng bị thu hẹp nhanh chóng.
m Đề nghị lực lượng kiểm lâm tăng cường tuần tra, xử lý.

= chăn nuôi trong khu dân cư
t Chăn nuôi {livestock} trong khu dân cư gây ô nhiễm | Phản ánh hộ nuôi {livestock} gây mùi hôi
s livestock: gia súc | gà vịt | bò | dê | chim yến
o Tại {place}, một hộ dân nuôi {livestock} ngay trong khu dân cư, chất thải không được xử lý.
o Người dân tại {place} phản ánh việc nuôi {livestock} của hộ bên cạnh gây mùi hôi {since}.
m Mùi hôi bốc lên nồng nặc, nhất là khi trời nắng.
m Ruồi muỗi phát sinh nhiều, ảnh hưởng sức khỏe người dân.

= hỏi chính sách
t Hỏi về {policy} | Đề nghị hướng dẫn về {policy}
s policy: thủ tục cấp lại thẻ bảo hiểm y tế | chính sách hỗ trợ người cao tuổi
+ | thủ tục đăng ký tạm trú | quy định nuôi chó mèo | chính sách hỗ trợ học nghề
+ | thủ tục đổi giấy phép lái xe
o Tôi ở {place}, muốn hỏi về {policy} nhưng không biết liên hệ cơ quan nào.
o Người dân tại {place} đề nghị được hướng dẫn cụ thể về {policy}.
m Thông tin trên mạng từ nhiều nguồn khác nhau, tôi không biết đâu là chính xác.
m Mong được trả lời sớm để tôi hoàn thiện hồ sơ.

= sóng điện thoại, internet
t Sóng điện thoại, internet {signal} | Sóng di động và internet {signal} ảnh hưởng học tập, làm việc
s signal: yếu | chập chờn | mất liên tục | không ổn định
o Tại {place}, sóng điện thoại di động và internet {signal}, nhiều lúc không gọi được.
o Người dân tại {place} phản ánh sóng điện thoại và mạng internet {signal} {since}.
m Học sinh học trực tuyến bị gián đoạn thường xuyên.
m Khi có việc khẩn cấp không thể liên lạc được.

= nguy cơ cháy nổ
t Nguy cơ cháy nổ từ {fire} trong khu dân cư | Phản ánh {fire} không bảo đảm phòng cháy chữa cháy
s fire: kho chứa gas | cơ sở sang chiết gas | kho phế liệu | xưởng sơn | kho chứa hóa chất
+ | cây xăng mini
o Tại {place}, một {fire} hoạt động ngay giữa khu dân cư, không có thiết bị chữa cháy.
o Người dân tại {place} lo ngại nguy cơ cháy nổ từ {fire} gần nhà.
m Khu vực có nhiều nhà dân san sát, đường vào nhỏ hẹp.
m Cơ sở thường xuyên bốc mùi hóa chất khó chịu.
"""
