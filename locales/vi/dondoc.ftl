# dondoc — tiếng Việt (ngôn ngữ mặc định).
# Mọi chữ người dùng thấy đều ở đây. Văn bản là HTML của Telegram: <b>, <i>, <code>.
# Các biến chữ ($name, $text, …) đã được thoát HTML trước khi đưa vào.

-bot = dondoc

## Định dạng chung

# Ngày viết kiểu Việt Nam: 15/8/2023.
fmt-date = { $day }/{ $month }/{ $year }
fmt-datetime = { $hour }:{ $minute } { $day }/{ $month }/{ $year }

## Vai trò

role-chair = Trưởng ban
role-deputy = Phó Trưởng ban
role-secretariat = Tổ giúp việc
role-officer = Cán bộ đầu mối

## Mô tả lệnh (hiện trong menu lệnh của Telegram)

cmd-start = Bắt đầu, đăng ký bằng mã mời
cmd-help = Các lệnh bạn dùng được
cmd-donvi = Danh sách đơn vị; thêm đơn vị
cmd-moi = Tạo đường link mời cán bộ của một đơn vị
cmd-thanhvien = Danh sách thành viên theo đơn vị
cmd-nhom = Đăng ký nhóm này là nhóm của Ban Chỉ đạo
cmd-giao = Giao nhiệm vụ mới
cmd-viec = Nhiệm vụ đang mở; xem một nhiệm vụ
cmd-capnhat = Báo cáo tiến độ một nhiệm vụ
cmd-giahan = Xin gia hạn một nhiệm vụ
cmd-tonghop = Tổng hợp tình hình thực hiện
cmd-quahan = Các nhiệm vụ quá hạn
cmd-bieudo = Biểu đồ nhiệm vụ theo đơn vị
cmd-xuat = Xuất bảng tính Excel
cmd-nhap = Nhập nhiệm vụ từ thông báo kết luận
cmd-lich = Lịch nhắc việc sắp tới
cmd-ngonngu = Đổi ngôn ngữ (vi/en)

## Chào mừng và đăng ký

welcome-stranger =
    Xin chào! Tôi là <b>{ -bot }</b>, trợ lý đôn đốc nhiệm vụ của Ban Chỉ đạo chuyển đổi số tỉnh.
    
    Tôi lưu các nhiệm vụ Trưởng ban giao, nhắc cán bộ đầu mối trước và sau hạn, ghi nhận báo cáo tiến độ và tổng hợp tình hình cho lãnh đạo.
    
    Bạn chưa được đăng ký. Để sử dụng, hãy nhờ Tổ giúp việc (cơ quan thường trực) gửi cho bạn <b>đường link mời</b> của đơn vị mình, rồi bấm vào link đó.
    Mã số Telegram của bạn: <code>{ $user_id }</code>

welcome-member =
    Xin chào <b>{ $name }</b>!
    Bạn là <b>{ $role }</b>{ $unit ->
        [none] {""}
       *[other] {" "}của <b>{ $unit }</b>
    }.
    
    { $commands }

group-not-registered = Nhóm này chưa được đăng ký với { -bot }. Trưởng ban hoặc Tổ giúp việc gửi /nhom trong nhóm để đăng ký.

## Trợ giúp

help-header = <b>Các lệnh bạn dùng được:</b>
# Một dòng trợ giúp: lệnh, mô tả, ví dụ.
help-line =
    { $command } — { $description }
       <i>Ví dụ:</i> <code>{ $example }</code>
help-footer = Trả lời (reply) một tin nhắn nhiệm vụ của tôi bằng lời thường cũng là báo cáo tiến độ, ví dụ: <i>đã xong</i>, <i>đang triển khai, đạt 60%</i>.

## Lỗi chung

error-internal = Xin lỗi, tôi gặp sự cố khi xử lý yêu cầu này. Tổ giúp việc đã được ghi nhận lỗi; bạn vui lòng thử lại sau ít phút.
error-unavailable = Lệnh { $command } chưa được mở trong phiên bản này.

## Ví dụ cho từng lệnh (hiện trong /help)

ex-start = /start
ex-help = /help
ex-donvi = /donvi them Sở Thông tin và Truyền thông | Sở TT&amp;TT | so tttt, stttt
ex-moi = /moi Sở Tư pháp officer
ex-thanhvien = /thanhvien
ex-nhom = /nhom
ex-giao = /giao Sở Tư pháp | 30/9/2023 | Rà soát, đơn giản hóa thủ tục hành chính
ex-viec = /viec NV-0042
ex-capnhat = /capnhat NV-0042 đang triển khai, đạt 60%
ex-giahan = /giahan NV-0042 30/11/2023 chờ kinh phí
ex-tonghop = /tonghop q3/2023 da06
ex-quahan = /quahan
ex-bieudo = /bieudo 2023
ex-xuat = /xuat 2023
ex-nhap = /nhap
ex-lich = /lich NV-0042
ex-ngonngu = /ngonngu en

## Quyền hạn

not-registered-short = Bạn chưa được đăng ký với { -bot }. Hãy nhắn riêng cho tôi để biết cách đăng ký.
use-private-chat = Lệnh này dùng trong tin nhắn riêng với { -bot }, không dùng trong nhóm.
# $roles: danh sách vai trò được dùng lệnh; $role: vai trò của người gửi.
denied = Xin lỗi, lệnh { $command } dành cho { $roles }. Bạn đang là { $role }.
