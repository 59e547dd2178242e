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
    Bạn là <b>{ $role }</b>{ $unit }.
    
    { $commands }

welcome-unit = {" "}của <b>{ $unit }</b>

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

## Nhập liệu và nút bấm

input-too-long = Nội dung quá dài: tối đa 4.096 ký tự trong một tin nhắn. Bạn vui lòng rút gọn hoặc chia thành nhiều lần gửi.
button-stale = Nút này đã cũ hoặc không còn hiệu lực.
dialogue-cancelled = Đã hủy thao tác.
btn-cancel = ✖ Hủy
btn-skip = Bỏ qua
btn-finish = ✔ Xong
btn-prev = ◀ Trước
btn-next = Sau ▶
btn-create = ✅ Giao nhiệm vụ
btn-no-deadline = Không có hạn
btn-no-co-units = Không có đơn vị phối hợp
btn-done = ✅ Hoàn thành
btn-in-progress = 🔄 Đang thực hiện
btn-not-started = ⏸ Chưa thực hiện
btn-obstacle = ⚠️ Gặp vướng mắc
btn-extension = ⏳ Xin gia hạn
btn-approve = ✅ Đồng ý gia hạn
btn-reject = ✖ Không đồng ý
btn-confirm-done = ✅ Xác nhận hoàn thành
btn-return-done = ↩ Trả lại
btn-edit-deadline = 📅 Đổi hạn
btn-edit-text = ✏️ Sửa nội dung
btn-edit-lead = 🏢 Đổi đơn vị chủ trì
btn-edit-co-units = 🤝 Đơn vị phối hợp
btn-cancel-task = 🗑 Hủy nhiệm vụ
btn-cancel-without-reason = Hủy, không ghi lý do
btn-keep-task = Không hủy nữa

## Quyền hạn (chi tiết)

denied-manage-units = Chỉ Tổ giúp việc được thêm, đổi tên đơn vị.
denied-manage-members = Chỉ Tổ giúp việc được đổi vai trò hoặc xóa thành viên.
denied-manage-tasks = Chỉ Trưởng ban, Phó Trưởng ban và Tổ giúp việc được sửa hoặc hủy nhiệm vụ.
denied-decide = Chỉ Trưởng ban, Phó Trưởng ban và Tổ giúp việc được quyết định việc này.

## Đơn vị

units-header = <b>Danh sách đơn vị</b> ({ $count } đơn vị)
units-none = Chưa có đơn vị nào. Tổ giúp việc thêm đơn vị bằng lệnh /donvi them.
units-line = • <b>{ $short }</b> — { $name }{ $aliases }
units-aliases = {" "}<i>(còn gọi: { $list })</i>
units-usage =
    Cách dùng:
    <code>/donvi them Tên đầy đủ | Tên ngắn | tên gọi khác, tên gọi khác</code>
    <code>/donvi doiten Tên hiện tại | Tên đầy đủ mới | Tên ngắn mới</code>
    <code>/donvi bidanh Tên đơn vị | tên gọi khác, tên gọi khác</code>
unit-added = Đã thêm đơn vị <b>{ $short }</b> ({ $name }).
unit-renamed = Đã đổi tên đơn vị thành <b>{ $short }</b> ({ $name }). Tên cũ vẫn được nhận ra.
unit-aliases-added = Đã thêm tên gọi khác cho <b>{ $short }</b>: { $aliases }.
unit-exists = Đã có đơn vị tên «{ $name }».
unit-not-found = Không tìm thấy đơn vị «{ $name }». Gõ /donvi để xem danh sách đơn vị.
unit-ambiguous = Có nhiều đơn vị khớp với tên bạn gõ. Bạn chọn một:
unit-ambiguous-text = Tên này khớp với nhiều đơn vị: { $names }. Bạn gõ rõ hơn nhé.
units-not-resolved = Không xác định được đơn vị: { $names }. Gõ lại tên (cách nhau bằng dấu phẩy) hoặc gõ /donvi để xem danh sách.

## Thành viên và đăng ký

invite-ask-unit = Tạo link mời cho đơn vị nào?
invite-created =
    Link mời <b>{ $role }</b> của <b>{ $unit }</b>:
    { $link }
    
    Link chỉ dùng được <b>một lần</b>, hết hạn lúc { $expires }. Bạn chuyển link này cho đúng người cần đăng ký.
invite-unknown = Mã mời không đúng.
invite-used = Mã mời này đã được sử dụng. Bạn xin Tổ giúp việc một link mới nhé.
invite-expired = Mã mời này đã hết hạn. Bạn xin Tổ giúp việc một link mới nhé.
invite-redeemed-notice = 👤 <b>{ $name }</b> đã đăng ký làm { $role } của <b>{ $unit }</b>.
members-header = <b>Thành viên</b> ({ $count } người)
members-unit = <b>{ $unit }</b>
members-no-unit = <b>(Chưa thuộc đơn vị)</b>
members-none = Chưa có thành viên nào.
# $reachable: "yes" hoặc "no".
members-line = • #{ $id } { $name } — { $role }{ $reachable ->
        [no] {" "}⚠️ <i>không nhận được tin nhắn (có thể đã chặn bot)</i>
       *[other] {""}
    }
members-usage =
    Tổ giúp việc quản lý thành viên:
    <code>/thanhvien vaitro #12 chair</code> (chair, deputy, secretariat, officer)
    <code>/thanhvien xoa #12</code>
member-unknown = Không có thành viên #{ $id }.
member-role-changed = Đã đổi vai trò của { $name } thành { $role }.
member-removed = Đã xóa { $name } khỏi danh sách thành viên. Lịch sử báo cáo của họ vẫn được giữ.

## Nhóm

group-use-in-group = Lệnh /nhom dùng trong nhóm chat của Ban Chỉ đạo: thêm { -bot } vào nhóm rồi gửi /nhom ở đó.
group-register-denied = Chỉ Trưởng ban, Phó Trưởng ban hoặc Tổ giúp việc đã đăng ký mới đăng ký được nhóm này.
group-registered = ✅ Đã đăng ký nhóm này là nhóm của Ban Chỉ đạo. Lãnh đạo gõ /tonghop để xem tình hình, /quahan để xem việc quá hạn.
group-already-registered = Nhóm này đã được đăng ký rồi.

## Ngôn ngữ

language-usage = Cách dùng: <code>/ngonngu vi</code> (tiếng Việt) hoặc <code>/ngonngu en</code> (English).
language-set = Đã chuyển sang tiếng Việt.

## Nhiệm vụ: hiển thị

programme-cds = Chuyển đổi số
programme-da06 = Đề án 06
programme-other = Khác
status-not-started = Chưa thực hiện
status-in-progress = Đang thực hiện ({ NUMBER($percent) }%)
status-awaiting = Đã báo cáo hoàn thành, chờ xác nhận
# $date là "none" khi không rõ ngày hoàn thành.
status-done = Đã hoàn thành{ $date ->
        [none] {""}
       *[other] {" "}ngày { $date }
    }
status-cancelled = Đã hủy
timing-none = không có hạn
timing-today = hạn là hôm nay
timing-left = còn { $days } ngày
timing-late = quá hạn { $days } ngày
deadline-none = thường xuyên (không có hạn)
# $timing là "none" với nhiệm vụ đã kết thúc.
deadline-on = { $date }{ $timing ->
        [none] {""}
       *[other] {" "}({ $timing })
    }
card-title = 📌 <b>{ $code }</b>{ $item }
card-item = {" "}· mục { $item }
card-lead = Chủ trì: <b>{ $unit }</b>
card-co-units = Phối hợp: { $units }
card-deadline = Hạn: { $deadline }
card-extended = <i>Đã gia hạn; hạn ban đầu { $date }</i>
card-programme = Chương trình: { $programme }
card-source = Văn bản: { $source }
card-status = Tình trạng: <b>{ $status }</b>
card-obstacle = ⚠️ <b>Đang gặp vướng mắc</b>
card-evidence = 📎 Văn bản minh chứng: <b>{ $document }</b>
card-history = <b>Lịch sử báo cáo</b> (mới nhất trước):
history-line = • { $when } — { $who }: <i>{ $kind }</i>{ $quote }
history-quote = {" "}«{ $text }»
kind-done = báo cáo hoàn thành
kind-in-progress = đang thực hiện
kind-not-started = chưa thực hiện
kind-obstacle = gặp vướng mắc
kind-extension = xin gia hạn
kind-note = ghi chú
kind-confirmed = xác nhận hoàn thành
kind-returned = trả lại báo cáo hoàn thành
kind-extension-approved = đồng ý gia hạn đến
kind-extension-rejected = không đồng ý gia hạn đến
task-line =
    <b>{ $code }</b> · { $unit } · { $deadline }
    { $text } — <i>{ $status }</i>
tasks-header = <b>Nhiệm vụ</b>: { $count } nhiệm vụ{ $overdue ->
        [0] {""}
       *[other] , trong đó <b>{ $overdue } quá hạn</b>
    }
tasks-none = Không có nhiệm vụ nào đang mở.
task-unknown = Không có nhiệm vụ { $code }.
task-not-yours = Nhiệm vụ { $code } không thuộc đơn vị của bạn.
task-closed = Nhiệm vụ { $code } đã kết thúc (hoàn thành hoặc đã hủy).

## Giao nhiệm vụ

assign-ask-unit = Giao cho <b>đơn vị chủ trì</b> nào? Bấm chọn hoặc gõ tên đơn vị.
assign-ask-deadline = <b>Hạn hoàn thành?</b> Gõ ví dụ: <code>30/9/2026</code>, <code>15/8</code>, <code>cuối tháng 9</code>, <code>quý 3/2026</code> — hoặc bấm «Không có hạn» nếu là nhiệm vụ thường xuyên.
assign-ask-text = <b>Nội dung nhiệm vụ?</b> Gõ nguyên văn như trong kết luận.
assign-ask-co-units = <b>Đơn vị phối hợp?</b> Bấm để chọn (bấm lại để bỏ chọn), hoặc gõ tên các đơn vị cách nhau bằng dấu phẩy. Bấm «Xong» khi đã chọn đủ (hoặc nếu không có).
assign-ask-programme = Nhiệm vụ thuộc <b>chương trình</b> nào?
assign-ask-source = <b>Văn bản giao nhiệm vụ?</b> Ví dụ: <i>Thông báo số 123/TB-UBND ngày 08/8/2023</i>. Gõ vào hoặc bấm «Bỏ qua».
assign-confirm = Kiểm tra lại rồi bấm «Giao nhiệm vụ»:
assign-confirm-pending = Bạn bấm «Giao nhiệm vụ» để xác nhận, hoặc «Hủy».
deadline-not-understood = Tôi chưa hiểu hạn «{ $text }». Bạn gõ theo mẫu: <code>30/9/2026</code>, <code>15/8</code>, <code>cuối tháng 9</code>, <code>quý 3/2026</code>, <code>tháng 9/2026</code> hoặc <code>không</code> (không có hạn).
deadline-past = Thời hạn “{ $text }” ({ $date }) đã qua. Đề nghị nhập thời hạn từ hôm nay trở đi, ví dụ <code>30/9/2026</code> hoặc <code>cuối tháng 10</code>.
deadline-start-only = “{ $text }” là ngày bắt đầu ({ $date }), chưa phải thời hạn hoàn thành. Đề nghị nhập thời hạn, ví dụ <code>trước ngày 30/9/2026</code>.
deadline-recurring = “{ $text }” là thời hạn định kỳ. Nhiệm vụ định kỳ chưa được hỗ trợ; đề nghị nhập thời hạn của kỳ đầu tiên, ví dụ <code>20/9/2026</code>.
task-created = ✅ Đã giao nhiệm vụ <b>{ $code }</b>. Mọi người có thể gõ mã này để xem và báo cáo.
task-no-officer = ⚠️ { $unit } chưa có cán bộ đầu mối đăng ký, nên chưa ai nhận được nhiệm vụ này. Tạo link mời bằng <code>/moi { $unit }</code>.
task-assigned-notice = 📬 Đơn vị bạn được giao nhiệm vụ mới <b>{ $code }</b>:

## Sửa, hủy nhiệm vụ

edit-ask-deadline = Hạn mới của <b>{ $code }</b>? (ví dụ <code>30/9/2026</code>)
edit-ask-text = Nội dung mới của <b>{ $code }</b>?
edit-ask-lead = Đơn vị chủ trì mới? Bấm chọn hoặc gõ tên đơn vị.
edit-ask-co-units = Các đơn vị phối hợp của <b>{ $code }</b>? Gõ tên, cách nhau bằng dấu phẩy (danh sách mới thay cho danh sách cũ).
edit-ask-cancel-reason = Hủy nhiệm vụ <b>{ $code }</b>? Gõ lý do hủy, hoặc bấm nút bên dưới.
edited-deadline = 📅 Hạn của nhiệm vụ <b>{ $code }</b> đã được thay đổi.
edited-text = ✏️ Nội dung nhiệm vụ <b>{ $code }</b> đã được sửa.
edited-lead = 🏢 Đơn vị chủ trì nhiệm vụ <b>{ $code }</b> đã được thay đổi.
edited-co-units = 🤝 Đơn vị phối hợp của nhiệm vụ <b>{ $code }</b> đã được cập nhật.
task-cancelled = 🗑 Đã hủy nhiệm vụ <b>{ $code }</b>.
task-cancelled-notice = 🗑 Nhiệm vụ <b>{ $code }</b> ({ $text }) đã được hủy. Đơn vị không cần báo cáo nhiệm vụ này nữa.
cancel-reason = Lý do: { $reason }

## Báo cáo tiến độ

report-usage = Cách dùng: <code>/capnhat NV-0042 đang triển khai, đạt 60%</code>
report-ask-status = Nhiệm vụ <b>{ $code }</b> đang thế nào? Bấm một nút hoặc trả lời (reply) tin này bằng lời.
report-ask-percent = <b>{ $code }</b> đã đạt bao nhiêu phần trăm? Bấm một nút hoặc gõ số (ví dụ <code>60</code>).
report-ask-obstacle = <b>{ $code }</b> gặp vướng mắc gì? Bạn mô tả ngắn gọn, Tổ giúp việc sẽ nhận được ngay.
report-unsure = Tôi chưa chắc bạn báo cáo gì cho <b>{ $code }</b> («{ $text }»). Bạn chọn giúp:
report-which-task = Bạn báo cáo cho nhiệm vụ nào? Bấm chọn bên dưới{ $more ->
        [0] {""}
       *[other] {" "}(còn { $more } nhiệm vụ khác: gõ mã, ví dụ NV-0042)
    }.
report-recorded = ✅ Đã ghi nhận <b>{ $code }</b>: { $status }.
report-recorded-awaiting = ✅ Đã ghi nhận báo cáo hoàn thành <b>{ $code }</b>. Tổ giúp việc sẽ kiểm tra và xác nhận.
report-recorded-obstacle = ⚠️ Đã ghi nhận vướng mắc của <b>{ $code }</b> và chuyển ngay cho Tổ giúp việc. Tình trạng: { $status }.
report-task-done = Nhiệm vụ <b>{ $code }</b> đã hoàn thành, không cần báo cáo thêm.
report-task-cancelled = Nhiệm vụ <b>{ $code }</b> đã bị hủy, không cần báo cáo nữa.
obstacle-notice =
    ⚠️ <b>Vướng mắc</b> — <b>{ $code }</b> ({ $unit })
    { $task }
    { $who }: «{ $text }»

## Xác nhận hoàn thành

completion-notice = 📥 <b>{ $who }</b> ({ $unit }) báo cáo <b>đã hoàn thành</b> nhiệm vụ { $code }. Bạn xác nhận hoặc trả lại:
completion-ask-evidence = Ghi chú minh chứng cho <b>{ $code }</b> (ví dụ số văn bản báo cáo), hoặc bấm «Bỏ qua».
completion-ask-reason = Lý do trả lại báo cáo hoàn thành <b>{ $code }</b>? Đơn vị sẽ nhận được lý do này.
completion-already-decided = Báo cáo hoàn thành của <b>{ $code }</b> đã được xử lý rồi.
completion-confirmed-done = ✅ Đã xác nhận hoàn thành <b>{ $code }</b>.
completion-returned-done = ↩ Đã trả lại báo cáo hoàn thành <b>{ $code }</b>.
completion-confirmed-notice = ✅ Tổ giúp việc đã xác nhận nhiệm vụ <b>{ $code }</b> hoàn thành ngày { $date }.
evidence-line = Minh chứng: { $note }
completion-returned-notice = ↩ Báo cáo hoàn thành <b>{ $code }</b> bị trả lại. Lý do: { $note }. Nhiệm vụ tiếp tục ở trạng thái đang thực hiện.

## Gia hạn

extension-usage = Cách dùng: <code>/giahan NV-0042 30/11/2026 chờ bố trí kinh phí</code>
extension-ask-date = Xin gia hạn <b>{ $code }</b> đến ngày nào? Gõ ngày và lý do, ví dụ: <code>30/11 chờ bố trí kinh phí</code>.
extension-not-later = Hạn mới phải sau hôm nay và sau hạn hiện tại của <b>{ $code }</b>.
extension-officers-only = Chỉ cán bộ đầu mối của đơn vị được xin gia hạn. Lãnh đạo và Tổ giúp việc đổi hạn bằng nút «Đổi hạn» trên thẻ nhiệm vụ.
extension-requested = ⏳ Đã gửi đề nghị gia hạn <b>{ $code }</b> đến { $date }. Bạn sẽ được báo khi có quyết định.
extension-notice =
    ⏳ <b>{ $who }</b> ({ $unit }) xin gia hạn <b>{ $code }</b>
    từ { $old } đến <b>{ $new }</b>.
    Lý do: «{ $reason }»
extension-already-decided = Đề nghị gia hạn này đã được quyết định rồi.
extension-approved-done = ✅ { $who } đã đồng ý gia hạn <b>{ $code }</b> đến { $date }.
extension-rejected-done = ✖ { $who } không đồng ý gia hạn <b>{ $code }</b> đến { $date }.
extension-approved-notice = ✅ Đề nghị gia hạn <b>{ $code }</b> đã được đồng ý ({ $who }). Hạn mới: <b>{ $date }</b>.
extension-rejected-notice = ✖ Đề nghị gia hạn <b>{ $code }</b> đến { $date } không được đồng ý ({ $who }). Hạn cũ giữ nguyên.

## Nhắc việc

reminder-ahead = ⏰ <b>Nhắc việc</b>: nhiệm vụ <b>{ $code }</b> còn <b>{ $days } ngày làm việc</b> đến hạn ({ $date }).
reminder-due = ⏰ <b>Hôm nay là hạn</b> của nhiệm vụ <b>{ $code }</b> ({ $date }). Đề nghị đơn vị báo cáo kết quả.
reminder-overdue = ❗ Nhiệm vụ <b>{ $code }</b> đã <b>quá hạn { $days } ngày</b> (hạn { $date }). Đề nghị đơn vị báo cáo tiến độ và khó khăn, vướng mắc (nếu có).
reminder-escalation = 🚨 <b>Chậm tiến độ</b>: nhiệm vụ <b>{ $code }</b> của <b>{ $unit }</b> đã quá hạn { $days } ngày ({ $working } ngày làm việc), hạn { $date }.
reminder-quiet = 📝 Nhiệm vụ <b>{ $code }</b> chưa có báo cáo tiến độ trong { $days } ngày qua. Bạn cập nhật giúp bằng nút bên dưới hoặc trả lời tin nhắn này.
reminder-co-unit = (Đơn vị bạn phối hợp; { $unit } chủ trì.)
reminder-latest = Báo cáo gần nhất: { $line }
reminder-no-report-yet = chưa có báo cáo nào
reminder-fallback-no-officer = ⚠️ <b>{ $unit }</b> chưa có cán bộ đầu mối đăng ký, nên nhắc việc dưới đây được chuyển đến Tổ giúp việc. Tạo link mời bằng <code>/moi { $unit }</code>.
reminder-fallback-blocked = ⚠️ Không gửi được nhắc việc cho cán bộ của <b>{ $unit }</b> (đã chặn bot hoặc không liên lạc được), nên nhắc việc dưới đây được chuyển đến Tổ giúp việc.

## Lịch nhắc (/lich)

fmt-weekday = { $n ->
        [1] Thứ Hai
        [2] Thứ Ba
        [3] Thứ Tư
        [4] Thứ Năm
        [5] Thứ Sáu
        [6] Thứ Bảy
       *[7] Chủ nhật
    }
schedule-header = ⏰ <b>Lịch nhắc việc</b> ({ $days } ngày tới):
schedule-none = Không có nhắc việc nào sắp tới.
schedule-line = • { $when } — <b>{ $code }</b>: { $what }
schedule-paused-note = ⏸ <b>Lịch nhắc đang tạm dừng.</b> Tổ giúp việc gõ <code>/lich tieptuc</code> để chạy lại.
schedule-paused = ⏸ Đã tạm dừng mọi nhắc việc. Gõ <code>/lich tieptuc</code> để chạy lại; nhắc việc bị lỡ trong lúc dừng chỉ gửi lần gần nhất của mỗi nhiệm vụ.
schedule-resumed = ▶️ Lịch nhắc việc đã chạy lại.
schedule-task-default = Nhiệm vụ <b>{ $code }</b> nhắc theo lịch chung: trước hạn { $days } ngày làm việc (0 là ngày đến hạn), lúc { $hour }.
schedule-task-own = Nhiệm vụ <b>{ $code }</b> có lịch nhắc riêng: trước hạn { $days } ngày làm việc (0 là ngày đến hạn), lúc { $hour }.
schedule-usage = Cách dùng: <code>/lich</code> hoặc <code>/lich NV-0042</code>. Lãnh đạo, Tổ giúp việc đặt lịch riêng cho một nhiệm vụ: <code>/lich NV-0042 5,2,0 9:00</code>, bỏ lịch riêng: <code>/lich NV-0042 macdinh</code>. Tổ giúp việc: <code>/lich tamdung</code>, <code>/lich tieptuc</code>.
denied-manage-schedule = Chỉ Tổ giúp việc được tạm dừng hoặc chạy lại lịch nhắc.
occasion-ahead = còn { $days } ngày làm việc đến hạn
occasion-due = ngày đến hạn
occasion-overdue = quá hạn { $days } ngày làm việc
occasion-escalation = báo lãnh đạo (quá hạn { $days } ngày làm việc)
occasion-quiet = hỏi tiến độ (im lặng { $days } ngày)
quiet-header = 🔕 <b>Đơn vị im lặng</b> (có nhiệm vụ chưa báo cáo quá { $days } ngày):
quiet-line = • { $unit }: { $tasks } nhiệm vụ, lâu nhất { $days } ngày

## Tổng hợp (/tonghop, /quahan, /bieudo, /xuat)

denied-reports = Chỉ Trưởng ban, Phó Trưởng ban và Tổ giúp việc xem được tổng hợp.
scope-all = tất cả nhiệm vụ
scope-year = năm { $year }
scope-quarter = quý { $quarter }/{ $year }
scope-half-first = 6 tháng đầu năm { $year }
scope-half-second = 6 tháng cuối năm { $year }
filter-unknown = Tôi chưa hiểu «{ $text }». Bộ lọc dùng được: năm (<code>2026</code>), quý (<code>q3/2026</code>, <code>quý III/2026</code>), 6 tháng (<code>6t/2026</code>), chương trình (<code>cds</code>, <code>da06</code>, <code>đề án 06</code>), tên đơn vị (<code>sở tư pháp</code>), và <code>đầy đủ</code> để nhận kèm biểu đồ và bảng tính. Có thể kết hợp, ví dụ <code>/tonghop q3/2026 da06</code>.
summary-title = 📊 <b>TÌNH HÌNH THỰC HIỆN NHIỆM VỤ</b>
    { $scope }, đến ngày { $date }
headline-total = Tổng số: <b>{ $total }</b> nhiệm vụ
headline-done = ✅ Đã hoàn thành: <b>{ $done }</b> ({ NUMBER($share, maximumFractionDigits: 1) }%) — đúng hạn { $on_time }, quá hạn { $late }
headline-in-progress = 🔄 Đang triển khai: <b>{ $in_progress }</b>{ $behind ->
        [0] {""}
       *[other] , trong đó <b>{ $behind } chậm tiến độ</b>
    }
headline-not-started = ⏸ Chưa thực hiện: <b>{ $not_started }</b>{ $overdue ->
        [0] {""}
       *[other] {" "}({ $overdue } đã quá hạn)
    }
headline-no-deadline = ♾ Thường xuyên (không có hạn): { $count }
headline-long-late = 🚨 Quá hạn trên { $days } ngày: <b>{ $count }</b>
summary-units-header = <b>Đơn vị có nhiều việc quá hạn nhất:</b>
summary-unit-line = { $rank }. { $unit } — <b>{ $overdue }</b>/{ $total } nhiệm vụ quá hạn
summary-overdue-header = <b>Việc quá hạn</b> ({ $shown }/{ $count }, trễ nhất trước):
# $flag: "yes" khi quá hạn trên 30 ngày.
summary-overdue-line = • <b>{ $code }</b> { $unit } — quá hạn { $days } ngày{ $flag ->
        [yes] {" "}🚨
       *[other] {""}
    } — { $text }
summary-pick-unit = Chọn đơn vị để xem danh sách nhiệm vụ (trong ngoặc: số việc quá hạn):
btn-overdue-list = ❗ Quá hạn ({ $count })
btn-unit-table = 📋 Bảng theo đơn vị
btn-pick-unit = 🏢 Xem một đơn vị
btn-chart = 📊 Biểu đồ
table-title = 📋 <b>Bảng theo đơn vị</b> — { $scope }
table-col-unit = Đơn vị
table-col-total = Tổng
table-col-done = HT
table-col-progress = ĐTH
table-col-overdue = QH
table-col-not-started = CTH
table-total = TỔNG CỘNG
table-legend = <i>HT: hoàn thành; ĐTH: đang thực hiện trong hạn; QH: quá hạn (chậm tiến độ); CTH: chưa thực hiện (trong hạn).</i>
chart-title = Nhiệm vụ theo đơn vị — { $scope } (đến { $date })
chart-axis = Số nhiệm vụ
chart-done = Hoàn thành
chart-in-progress = Đang thực hiện (trong hạn)
chart-overdue = Quá hạn
chart-not-started = Chưa thực hiện
export-caption = 📑 Bảng tính nhiệm vụ — { $scope }, đến { $date } ({ $count } nhiệm vụ)
sheet-tasks = Nhiệm vụ
sheet-summary = Tổng hợp
col-code = Mã
col-item = Số mục
col-text = Nội dung
col-lead = Đơn vị chủ trì
col-co-units = Đơn vị phối hợp
col-deadline = Hạn hoàn thành
col-original-deadline = Hạn ban đầu
col-programme = Chương trình
col-source = Văn bản giao
col-year = Năm
col-status = Tình trạng
col-progress = Tiến độ (%)
col-completed = Ngày hoàn thành
col-days-late = Số ngày quá hạn
col-latest-report = Báo cáo gần nhất
col-latest-at = Thời điểm báo cáo
col-unit = Đơn vị
col-total = Tổng số
col-done-on-time = Hoàn thành đúng hạn
col-done-late = Hoàn thành quá hạn
col-in-progress = Đang thực hiện trong hạn
col-behind = Chậm tiến độ
col-not-started = Chưa thực hiện
col-not-started-overdue = Chưa thực hiện, đã quá hạn
col-no-deadline = Không có hạn
col-share-done = Tỷ lệ hoàn thành (%)

## Báo cáo định kỳ

digest-title = 📅 <b>TỔNG HỢP TUẦN</b> — đến ngày { $date }
digest-changes = <b>Từ { $since } đến nay:</b> hoàn thành { $done }, mới quá hạn { $overdue }, giao mới { $new }.
digest-done = ✅ Hoàn thành: { $codes }
digest-overdue = ❗ Mới quá hạn: { $codes }
digest-new = 🆕 Giao mới: { $codes }
digest-more = và { $count } nhiệm vụ khác
report-title-monthly = 📑 <b>BÁO CÁO THÁNG { $month }/{ $year }</b>: tình hình thực hiện nhiệm vụ năm { $year }
report-title-quarterly = 📑 <b>BÁO CÁO QUÝ { $quarter }/{ $year }</b>: tình hình thực hiện nhiệm vụ năm { $year }
report-title-half-year = 📑 <b>BÁO CÁO 6 THÁNG ĐẦU NĂM { $year }</b>: tình hình thực hiện nhiệm vụ
report-title-yearly = 📑 <b>BÁO CÁO NĂM { $year }</b>: tình hình thực hiện nhiệm vụ
report-period-changes = Trong kỳ (từ { $since }): hoàn thành { $done }, giao mới { $new }. Bảng tính kèm theo có danh sách nhiệm vụ và bảng tổng hợp theo đơn vị × tình trạng.

## Nhập nhiệm vụ (/nhap)

import-ask = 📥 Gửi nội dung <b>thông báo kết luận</b>: dán văn bản (có thể chia nhiều tin nhắn) hoặc gửi tệp <code>.docx</code>, <code>.txt</code>, bảng tính <code>.xlsx</code>, <code>.csv</code>. Dán xong bấm «Xử lý». Chưa có gì được lưu cho đến khi bạn xác nhận.
import-received = Đã nhận { $parts } phần ({ $chars } ký tự). Gửi tiếp, hoặc bấm «Xử lý».
import-pasted-name = văn bản dán
import-send-command-first = Muốn nhập nhiệm vụ từ tệp này, bạn gửi /nhap trước rồi gửi lại tệp (hoặc gửi tệp kèm chú thích /nhap).
import-download-failed = Không tải được tệp từ Telegram. Bạn gửi lại giúp.
import-empty = Văn bản hoặc tệp trống, đề nghị gửi lại tệp có nội dung thông báo hoặc dán nội dung vào tin nhắn.
import-too-large = Tệp hoặc văn bản quá lớn (tối đa 20 MB, { $max } ký tự), đề nghị gửi riêng phần thông báo kết luận hoặc phụ lục nhiệm vụ.
import-not-docx = Tệp này không phải tài liệu Word (.docx) hợp lệ, đề nghị lưu lại dưới dạng .docx hoặc dán nội dung văn bản vào tin nhắn.
import-not-pdf = Tệp này không phải văn bản PDF đọc được, đề nghị gửi lại bản PDF từ hệ thống quản lý văn bản hoặc bản .docx.
import-no-text-layer = Tệp PDF này là bản scan (ảnh chụp trang) không có lớp chữ, đề nghị gửi bản PDF có lớp chữ từ hệ thống quản lý văn bản, bản .docx, hoặc dán nội dung văn bản vào tin nhắn.
import-not-sheet = Không đọc được bảng tính này, đề nghị mở tệp bằng Excel và lưu lại dưới dạng .xlsx hoặc .csv rồi gửi lại.
import-missing-column = Bảng tính không có cột «{ $column }», đề nghị thêm một dòng tiêu đề có ít nhất các cột «Nội dung» và «Đơn vị chủ trì» (có thể thêm «Đơn vị phối hợp», «Thời hạn», «Chương trình»).
import-no-tasks = Không tìm thấy nhiệm vụ nào trong văn bản: không có câu nào giao việc cho một cơ quan, đơn vị (ví dụ “Sở Nội vụ chủ trì … hoàn thành trước ngày …”). Đề nghị kiểm tra lại văn bản hoặc giao từng nhiệm vụ bằng /giao.
import-unsupported = Chỉ nhập được văn bản dán vào tin nhắn, tệp .txt, .docx, .pdf, .xlsx, .csv hoặc .tsv.
import-preview = 📥 <b>Xem trước</b>: { $name }
    { $source } — { $items } mục (giữ { $kept }), sẽ tạo <b>{ $tasks }</b> nhiệm vụ.
import-problems = ⚠️ { $count } mục chưa xác định được đơn vị chủ trì: { $labels }. Bấm ✏️ để chọn đơn vị, hoặc 🗑 để bỏ mục.
import-item = <b>{ $label }</b> · { $leads }{ $co } · { $deadline }
    { $text }
import-co-units = {" "}(phối hợp: { $units })
import-deadline = hạn { $date }
import-no-deadline = không có hạn
import-no-lead = ⚠️ chưa rõ đơn vị chủ trì
import-unknown-unit = ⚠️ «{ $name }» (chưa có trong danh sách đơn vị)
import-page = Trang { $page }/{ $pages }
import-edit-item = ✏️ Sửa mục <b>{ $label }</b>:
    { $text }
import-ask-lead = Gõ tên đơn vị chủ trì.
import-ask-deadline = Gõ hạn hoàn thành (ví dụ <code>30/9/2026</code>), hoặc <code>không</code>.
import-ask-text = Gõ nội dung mới của nhiệm vụ.
import-ask-co-units = Gõ tên các đơn vị phối hợp, cách nhau bằng dấu phẩy, hoặc <code>không</code>.
import-closed = Lượt nhập này đã xác nhận hoặc đã hủy.
import-cancelled = Đã hủy lượt nhập. Không có nhiệm vụ nào được tạo.
import-duplicate = ⚠️ Văn bản này đã được nhập lúc { $date } ({ $count } nhiệm vụ). Nhập lại sẽ tạo trùng nhiệm vụ.
import-done = ✅ Đã tạo <b>{ $count }</b> nhiệm vụ ({ $first } → { $last }). Cán bộ đầu mối các đơn vị đã được thông báo.
denied-import = Chỉ Tổ giúp việc được nhập nhiệm vụ.
group-departments = Các sở, ban, ngành
group-districts = UBND các huyện, thành phố
group-communes = UBND các xã, phường
btn-import-process = ✅ Xử lý
btn-import-confirm = ✅ Xác nhận, tạo nhiệm vụ
btn-import-force = Vẫn nhập
btn-import-groups-split = Nhóm đơn vị: giao từng đơn vị ✓ (bấm để giao chung)
btn-import-groups-joint = Nhóm đơn vị: giao chung ✓ (bấm để giao từng đơn vị)
btn-import-lead = Đơn vị chủ trì
btn-import-deadline = Hạn
btn-import-text = Nội dung
btn-import-co-units = Đơn vị phối hợp
btn-import-create-unit = ➕ Thêm đơn vị «{ $name }»
btn-back = ◀ Quay lại

## Dòng lệnh (dondoc import, dondoc demo)

cli-cannot-read = Không đọc được tệp { $path }: { $error }
cli-import-header = { $name }: { $source } — { $items } mục, sẽ tạo { $tasks } nhiệm vụ.
cli-import-item = { $label } | { $leads } | { $deadline } | { $text }
cli-import-dry-run = (Chạy thử: chưa lưu gì. Bỏ --dry-run để tạo các nhiệm vụ này.)
cli-import-duplicate = Văn bản này đã được nhập lúc { $date } ({ $count } nhiệm vụ). Thêm --force để vẫn nhập.
cli-import-unassigned = Chưa xác định được đơn vị chủ trì cho các mục: { $labels }. Thêm các đơn vị còn thiếu (/donvi them) rồi chạy lại, hoặc nhập qua bot (/nhap) để sửa từng mục.
cli-import-done = Đã tạo { $count } nhiệm vụ ({ $first } → { $last }). Thẻ nhiệm vụ sẽ được gửi cho cán bộ đầu mối khi bot chạy.
cli-demo-not-empty = Cơ sở dữ liệu đã có nhiệm vụ; dữ liệu mẫu chỉ dùng cho cơ sở dữ liệu trống.
cli-demo-done = Đã tạo dữ liệu mẫu: { $units } đơn vị, { $tasks } nhiệm vụ ({ $done } đã hoàn thành). Chạy bot với DONDOC_ADMINS=&lt;mã Telegram của bạn&gt;, rồi gửi /tonghop cho bot.
cli-backup-exists = Đã có tệp { $path }; chọn tên khác để không ghi đè.
cli-backup-broken = Bản sao không toàn vẹn: { $detail }
cli-backup-done = Đã sao lưu vào { $path } ({ $kb } KB, { $tasks } nhiệm vụ); bản sao đã được kiểm tra toàn vẹn.
cli-seed-not-empty = Cơ sở dữ liệu đã có đơn vị, thành viên hoặc nhiệm vụ; dữ liệu thử tải chỉ tạo trong cơ sở dữ liệu trống.
cli-seed-done = Đã tạo { $units } đơn vị, { $members } thành viên, { $tasks } nhiệm vụ, { $reports } báo cáo tiến độ trong { $seconds } giây.
