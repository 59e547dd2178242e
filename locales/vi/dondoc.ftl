# dondoc — tiếng Việt (ngôn ngữ mặc định).
# Mọi chữ người dùng thấy đều ở đây. Văn bản là HTML của Telegram: <b>, <i>, <code>.
# Các biến chữ ($name, $text, …) đã được thoát HTML trước khi đưa vào.
#
# Văn phong hành chính: gọi thành viên là "đồng chí" hoặc không dùng đại từ; yêu cầu viết
# "Đề nghị …"; dấu ngoặc kép “…”; quý viết số La Mã (Quý III/2026). Không dùng lối nói của
# ứng dụng tiêu dùng; tests/e2e/locales.rs kiểm tra danh sách từ không dùng.

-bot = dondoc

## Định dạng chung

# Ngày theo Nghị định 30/2020/NĐ-CP: ngày dưới 10 và tháng 1, 2 thêm số 0 phía trước
# (08/8/2026, 05/01/2027); src/i18n.rs đã thêm số 0 vào $day, $month.
fmt-date = { $day }/{ $month }/{ $year }
fmt-datetime = { $hour }:{ $minute } ngày { $day }/{ $month }/{ $year }

## Vai trò

role-chair = Trưởng ban
role-deputy = Phó Trưởng ban
role-secretariat = Cơ quan thường trực
role-officer = Cán bộ đầu mối

## Mô tả lệnh (hiện trong menu lệnh của Telegram)

cmd-start = Bắt đầu; đăng ký bằng mã mời
cmd-help = Hướng dẫn sử dụng các lệnh
cmd-donvi = Danh sách đơn vị; thêm đơn vị
cmd-moi = Tạo đường dẫn mời cán bộ của đơn vị
cmd-thanhvien = Danh sách thành viên theo đơn vị
cmd-nhom = Đăng ký nhóm của Ban Chỉ đạo
cmd-giao = Giao nhiệm vụ mới
cmd-viec = Nhiệm vụ chưa hoàn thành; xem một nhiệm vụ
cmd-capnhat = Báo cáo tiến độ thực hiện nhiệm vụ
cmd-giahan = Đề nghị gia hạn nhiệm vụ
cmd-tonghop = Tổng hợp tình hình thực hiện nhiệm vụ
cmd-quahan = Nhiệm vụ quá hạn
cmd-bieudo = Biểu đồ nhiệm vụ theo đơn vị
cmd-xuat = Xuất bảng tính Excel
cmd-nhap = Nhập nhiệm vụ từ thông báo kết luận
cmd-lich = Lịch nhắc việc
cmd-ngonngu = Đổi ngôn ngữ (vi/en)

## Chào mừng và đăng ký

welcome-stranger =
    Xin chào đồng chí. <b>{ -bot }</b> là hệ thống theo dõi, đôn đốc thực hiện nhiệm vụ của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 của tỉnh.
    
    Hệ thống lưu các nhiệm vụ Trưởng ban giao, nhắc cán bộ đầu mối trước và sau thời hạn, ghi nhận báo cáo tiến độ và tổng hợp tình hình phục vụ lãnh đạo.
    
    Tài khoản chưa được đăng ký. Đề nghị đồng chí liên hệ cơ quan thường trực Ban Chỉ đạo để nhận <b>đường dẫn mời</b> của đơn vị, sau đó bấm vào đường dẫn.
    Mã số Telegram: <code>{ $user_id }</code>

welcome-member =
    Xin chào đồng chí <b>{ $name }</b>.
    Vai trò: <b>{ $role }</b>{ $unit }.
    
    { $commands }

welcome-unit = {" "}của <b>{ $unit }</b>

group-not-registered = Nhóm này chưa được đăng ký với { -bot }. Đề nghị Trưởng ban hoặc cơ quan thường trực gửi /nhom trong nhóm để đăng ký.

## Hướng dẫn sử dụng

help-header = <b>Các lệnh sử dụng được:</b>
# Một dòng hướng dẫn: lệnh, mô tả, ví dụ.
help-line =
    { $command } — { $description }
       <i>Ví dụ:</i> <code>{ $example }</code>
help-footer = Có thể báo cáo tiến độ bằng cách trả lời (reply) tin nhắn về nhiệm vụ, ví dụ: <i>đã hoàn thành</i>, <i>đang thực hiện, đạt 60%</i>.

## Lỗi chung

error-internal = Hệ thống gặp sự cố khi xử lý yêu cầu; lỗi đã được ghi lại để cơ quan thường trực kiểm tra. Đề nghị thử lại sau ít phút.
error-unavailable = Lệnh { $command } chưa được mở trong phiên bản này.

## Ví dụ cho từng lệnh (hiện trong /help)

ex-start = /start
ex-help = /help
ex-donvi = /donvi them Sở Khoa học và Công nghệ | Sở KH&amp;CN | Sở TT&amp;TT, skhcn
ex-moi = /moi UBND phường Bình Minh cán bộ
ex-thanhvien = /thanhvien
ex-nhom = /nhom
ex-giao = /giao UBND xã Đông Sơn | 30/9/2026 | Rà soát, đơn giản hóa thủ tục hành chính
ex-viec = /viec NV-0042
ex-capnhat = /capnhat NV-0042 đang thực hiện, đạt 60%
ex-giahan = /giahan NV-0042 30/11/2026 chờ bố trí kinh phí
ex-tonghop = /tonghop q3/2026 nq57
ex-quahan = /quahan
ex-bieudo = /bieudo 2026
ex-xuat = /xuat 2026
ex-nhap = /nhap
ex-lich = /lich NV-0042
ex-ngonngu = /ngonngu en

## Quyền hạn

not-registered-short = Tài khoản chưa được đăng ký với { -bot }. Đề nghị nhắn tin riêng cho { -bot } để được hướng dẫn đăng ký.
use-private-chat = Lệnh này dùng trong tin nhắn riêng với { -bot }, không dùng trong nhóm.
# $roles: danh sách vai trò được dùng lệnh; $role: vai trò của người gửi.
denied = Lệnh { $command } chỉ dành cho { $roles }; vai trò của đồng chí: { $role }.

## Nhập liệu và nút bấm

input-too-long = Nội dung quá dài (tối đa 4.096 ký tự một tin nhắn). Đề nghị rút gọn hoặc chia thành nhiều tin nhắn.
button-stale = Nút này đã cũ hoặc không còn hiệu lực.
dialogue-cancelled = Đã hủy thao tác.
btn-cancel = ✖ Hủy
btn-skip = Bỏ qua
btn-finish = ✔ Hoàn tất
btn-prev = ◀ Trước
btn-next = Sau ▶
btn-create = ✅ Giao nhiệm vụ
btn-no-deadline = Không có thời hạn
btn-no-co-units = Không có đơn vị phối hợp
btn-done = ✅ Hoàn thành
btn-in-progress = 🔄 Đang thực hiện
btn-not-started = ⏸ Chưa thực hiện
btn-obstacle = ⚠️ Khó khăn, vướng mắc
btn-extension = ⏳ Đề nghị gia hạn
btn-approve = ✅ Đồng ý gia hạn
btn-reject = ✖ Không đồng ý
btn-confirm-done = ✅ Xác nhận hoàn thành
btn-return-done = ↩ Trả lại
btn-edit-deadline = 📅 Điều chỉnh thời hạn
btn-edit-text = ✏️ Sửa nội dung
btn-edit-lead = 🏢 Đổi đơn vị chủ trì
btn-edit-co-units = 🤝 Đơn vị phối hợp
btn-cancel-task = 🗑 Hủy nhiệm vụ
btn-cancel-without-reason = Hủy, không ghi lý do
btn-keep-task = Không hủy

## Quyền hạn (chi tiết)

denied-manage-units = Chỉ cơ quan thường trực được thêm, đổi tên đơn vị.
denied-manage-members = Chỉ cơ quan thường trực được đổi vai trò hoặc xóa thành viên.
denied-manage-tasks = Chỉ Trưởng ban, Phó Trưởng ban và cơ quan thường trực được sửa hoặc hủy nhiệm vụ.
denied-decide = Chỉ Trưởng ban, Phó Trưởng ban và cơ quan thường trực được quyết định nội dung này.

## Đơn vị

units-header = <b>Danh sách đơn vị</b> ({ $count } đơn vị)
units-none = Chưa có đơn vị nào. Cơ quan thường trực thêm đơn vị bằng lệnh /donvi them.
units-line = • <b>{ $short }</b> — { $name }{ $aliases }
units-aliases = {" "}<i>(tên khác: { $list })</i>
units-usage =
    Cách dùng:
    <code>/donvi them Tên đầy đủ | Tên ngắn | tên khác, tên khác</code>
    <code>/donvi doiten Tên hiện tại | Tên đầy đủ mới | Tên ngắn mới</code>
    <code>/donvi bidanh Tên đơn vị | tên khác, tên khác</code>
unit-added = Đã thêm đơn vị <b>{ $short }</b> ({ $name }).
unit-renamed = Đã đổi tên đơn vị thành <b>{ $short }</b> ({ $name }). Tên cũ vẫn được nhận diện.
unit-aliases-added = Đã thêm tên khác cho <b>{ $short }</b>: { $aliases }.
unit-exists = Đã có đơn vị “{ $name }”.
unit-not-found = Không tìm thấy đơn vị “{ $name }”. Gửi /donvi để xem danh sách đơn vị.
unit-ambiguous = Tên đã nhập trùng với nhiều đơn vị. Đề nghị chọn một đơn vị:
unit-ambiguous-text = Tên này trùng với nhiều đơn vị: { $names }. Đề nghị nhập tên đầy đủ hơn.
units-not-resolved = Không xác định được đơn vị: { $names }. Đề nghị nhập lại tên (cách nhau bằng dấu phẩy) hoặc gửi /donvi để xem danh sách.

## Thành viên và đăng ký

invite-ask-unit = Tạo đường dẫn mời cho đơn vị nào?
invite-created =
    Đường dẫn mời <b>{ $role }</b> của <b>{ $unit }</b>:
    { $link }
    
    Đường dẫn chỉ dùng được <b>một lần</b>, hết hạn lúc { $expires }. Đề nghị chuyển đúng người cần đăng ký.
invite-unknown = Mã mời không đúng.
invite-used = Mã mời đã được sử dụng. Đề nghị liên hệ cơ quan thường trực để nhận đường dẫn mời mới.
invite-expired = Mã mời đã hết hạn. Đề nghị liên hệ cơ quan thường trực để nhận đường dẫn mời mới.
invite-redeemed-notice = 👤 Đồng chí <b>{ $name }</b> đã đăng ký làm { $role } của <b>{ $unit }</b>.
members-header = <b>Thành viên</b> ({ $count } người)
members-unit = <b>{ $unit }</b>
members-no-unit = <b>(Chưa thuộc đơn vị)</b>
members-none = Chưa có thành viên nào.
# $reachable: "yes" hoặc "no".
members-line = • #{ $id } { $name } — { $role }{ $reachable ->
        [no] {" "}⚠️ <i>không nhận được tin nhắn (có thể đã chặn { -bot })</i>
       *[other] {""}
    }
members-usage =
    Cơ quan thường trực quản lý thành viên:
    <code>/thanhvien vaitro #12 chair</code> (chair, deputy, secretariat, officer)
    <code>/thanhvien xoa #12</code>
member-unknown = Không có thành viên #{ $id }.
member-role-changed = Đã đổi vai trò của { $name } thành { $role }.
member-removed = Đã xóa { $name } khỏi danh sách thành viên; lịch sử báo cáo vẫn được lưu.

## Nhóm

group-use-in-group = Lệnh /nhom dùng trong nhóm của Ban Chỉ đạo: thêm { -bot } vào nhóm, sau đó gửi /nhom trong nhóm.
group-register-denied = Chỉ Trưởng ban, Phó Trưởng ban hoặc cơ quan thường trực đã đăng ký mới được đăng ký nhóm này.
group-registered = ✅ Đã đăng ký nhóm này là nhóm của Ban Chỉ đạo. Gửi /tonghop để xem tình hình thực hiện nhiệm vụ, /quahan để xem nhiệm vụ quá hạn.
group-already-registered = Nhóm này đã được đăng ký.

## Ngôn ngữ

language-usage = Cách dùng: <code>/ngonngu vi</code> (tiếng Việt) hoặc <code>/ngonngu en</code> (English).
language-set = Đã chuyển sang tiếng Việt.

## Nhiệm vụ: hiển thị

programme-cds = Chuyển đổi số
programme-da06 = Đề án 06
programme-nq57 = Nghị quyết 57-NQ/TW
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
timing-none = không có thời hạn
timing-today = đến hạn hôm nay
timing-left = còn { $days } ngày
timing-late = quá hạn { $days } ngày
deadline-none = thường xuyên (không có thời hạn)
# $timing là "none" với nhiệm vụ đã kết thúc.
deadline-on = { $date }{ $timing ->
        [none] {""}
       *[other] {" "}({ $timing })
    }
card-title = 📌 <b>{ $code }</b>{ $item }
card-item = {" "}· mục { $item }
card-lead = Đơn vị chủ trì: <b>{ $unit }</b>
card-co-units = Đơn vị phối hợp: { $units }
card-deadline = Thời hạn: { $deadline }
card-extended = <i>Đã gia hạn; thời hạn ban đầu { $date }</i>
card-programme = Chương trình: { $programme }
card-source = Văn bản giao: { $source }
card-status = Tình trạng: <b>{ $status }</b>
card-obstacle = ⚠️ <b>Có khó khăn, vướng mắc</b>
card-evidence = 📎 Văn bản minh chứng: <b>{ $document }</b>
card-history = <b>Quá trình báo cáo</b> (mới nhất trước):
history-line = • { $when } — { $who }: <i>{ $kind }</i>{ $quote }
history-quote = {" "}“{ $text }”
kind-done = báo cáo hoàn thành
kind-in-progress = đang thực hiện
kind-not-started = chưa thực hiện
kind-obstacle = khó khăn, vướng mắc
kind-extension = đề nghị gia hạn
kind-note = ghi chú
kind-confirmed = xác nhận hoàn thành
kind-returned = trả lại báo cáo hoàn thành
kind-extension-approved = đồng ý gia hạn đến
kind-extension-rejected = không đồng ý gia hạn đến
task-line =
    <b>{ $code }</b> · { $unit } · { $deadline }
    { $text } — <i>{ $status }</i>
tasks-header = <b>Danh sách nhiệm vụ</b>: { $count } nhiệm vụ{ $overdue ->
        [0] {""}
       *[other] , trong đó <b>{ $overdue } quá hạn</b>
    }
tasks-none = Không có nhiệm vụ nào.
task-unknown = Không có nhiệm vụ { $code }.
task-not-yours = Nhiệm vụ { $code } không thuộc đơn vị của đồng chí.
task-closed = Nhiệm vụ { $code } đã kết thúc (đã hoàn thành hoặc đã hủy).

## Giao nhiệm vụ

assign-ask-unit = <b>Đơn vị chủ trì?</b> Chọn bên dưới hoặc nhập tên đơn vị.
assign-ask-deadline = <b>Thời hạn hoàn thành?</b> Ví dụ: <code>30/9/2026</code>, <code>15/8</code>, <code>cuối tháng 9</code>, <code>quý 3/2026</code>; nhiệm vụ định kỳ: <code>hằng tháng ngày 20</code>, <code>hằng quý ngày 20</code>, <code>hằng năm 15/12</code>, <code>hằng tuần thứ sáu</code> (thêm <code>đến 31/12/2027</code> nếu có thời điểm kết thúc); nhiệm vụ thường xuyên bấm “Không có thời hạn”.
assign-ask-text = <b>Nội dung nhiệm vụ?</b> Nhập nguyên văn như trong văn bản kết luận.
assign-ask-co-units = <b>Đơn vị phối hợp?</b> Bấm để chọn (bấm lại để bỏ chọn) hoặc nhập tên các đơn vị, cách nhau bằng dấu phẩy. Chọn xong (hoặc nếu không có) bấm “Hoàn tất”.
assign-ask-programme = Nhiệm vụ thuộc <b>chương trình</b> nào?
assign-ask-source = <b>Văn bản giao nhiệm vụ?</b> Ví dụ: <i>Thông báo số 123/TB-UBND ngày 08/8/2026</i>. Nhập số, ký hiệu văn bản hoặc bấm “Bỏ qua”.
assign-confirm = Đề nghị kiểm tra lại, sau đó bấm “Giao nhiệm vụ”:
assign-confirm-pending = Bấm “Giao nhiệm vụ” để xác nhận hoặc “Hủy”.
deadline-not-understood = Chưa xác định được thời hạn “{ $text }”. Đề nghị nhập theo mẫu: <code>30/9/2026</code>, <code>15/8</code>, <code>cuối tháng 9</code>, <code>quý 3/2026</code>, <code>tháng 9/2026</code> hoặc <code>không</code> (không có thời hạn).
deadline-past = Thời hạn “{ $text }” ({ $date }) đã qua. Đề nghị nhập thời hạn từ hôm nay trở đi, ví dụ <code>30/9/2026</code> hoặc <code>cuối tháng 10</code>.
deadline-start-only = “{ $text }” là ngày bắt đầu ({ $date }), chưa phải thời hạn hoàn thành. Đề nghị nhập thời hạn, ví dụ <code>trước ngày 30/9/2026</code>.
deadline-recurring = “{ $text }” là thời hạn định kỳ; ở đây cần một ngày cụ thể, ví dụ <code>20/9/2026</code>. Nhiệm vụ định kỳ được giao bằng <code>/giao</code>, thời hạn ghi như <i>hằng tháng ngày 20</i>.
task-created = ✅ Đã giao nhiệm vụ <b>{ $code }</b>. Gửi mã nhiệm vụ để xem chi tiết và báo cáo tiến độ.
task-no-officer = ⚠️ { $unit } chưa có cán bộ đầu mối đăng ký nên chưa nhận được nhiệm vụ này. Tạo đường dẫn mời bằng lệnh <code>/moi { $unit }</code>.
task-assigned-notice = 📬 Đơn vị được giao nhiệm vụ mới <b>{ $code }</b>. Đề nghị đơn vị khẩn trương triển khai, bảo đảm hoàn thành đúng thời hạn.

## Sửa, hủy nhiệm vụ

edit-ask-deadline = Thời hạn mới của <b>{ $code }</b>? (ví dụ <code>30/9/2026</code>)
edit-ask-text = Nội dung mới của <b>{ $code }</b>?
edit-ask-lead = Đơn vị chủ trì mới? Chọn bên dưới hoặc nhập tên đơn vị.
edit-ask-co-units = Đơn vị phối hợp của <b>{ $code }</b>? Nhập tên các đơn vị, cách nhau bằng dấu phẩy (danh sách mới thay danh sách cũ).
edit-ask-cancel-reason = Hủy nhiệm vụ <b>{ $code }</b>? Nhập lý do hủy hoặc bấm nút bên dưới.
edited-deadline = 📅 Thời hạn nhiệm vụ <b>{ $code }</b> đã được điều chỉnh.
edited-text = ✏️ Nội dung nhiệm vụ <b>{ $code }</b> đã được sửa.
edited-lead = 🏢 Đơn vị chủ trì nhiệm vụ <b>{ $code }</b> đã được thay đổi.
edited-co-units = 🤝 Đơn vị phối hợp nhiệm vụ <b>{ $code }</b> đã được cập nhật.
task-cancelled = 🗑 Đã hủy nhiệm vụ <b>{ $code }</b>.
task-cancelled-notice = 🗑 Nhiệm vụ <b>{ $code }</b> ({ $text }) đã được hủy; đơn vị không phải báo cáo nhiệm vụ này.
cancel-reason = Lý do: { $reason }

## Báo cáo tiến độ

report-usage = Cách dùng: <code>/capnhat NV-0042 đang thực hiện, đạt 60%</code>
report-ask-status = Đề nghị báo cáo tình hình thực hiện nhiệm vụ <b>{ $code }</b>: chọn một nút hoặc trả lời (reply) tin nhắn này.
report-ask-percent = Nhiệm vụ <b>{ $code }</b> đạt bao nhiêu phần trăm? Chọn một nút hoặc nhập số (ví dụ <code>60</code>).
report-ask-obstacle = Đề nghị nêu ngắn gọn khó khăn, vướng mắc của nhiệm vụ <b>{ $code }</b>; nội dung được chuyển ngay đến cơ quan thường trực.
report-unsure = Chưa xác định được nội dung báo cáo nhiệm vụ <b>{ $code }</b> (“{ $text }”). Đề nghị chọn:
report-which-task = Báo cáo cho nhiệm vụ nào? Chọn bên dưới{ $more ->
        [0] {""}
       *[other] {" "}(còn { $more } nhiệm vụ khác: nhập mã, ví dụ NV-0042)
    }.
report-recorded = ✅ Đã ghi nhận báo cáo nhiệm vụ <b>{ $code }</b>: { $status }.
report-recorded-awaiting = ✅ Đã ghi nhận báo cáo hoàn thành nhiệm vụ <b>{ $code }</b>. Cơ quan thường trực sẽ kiểm tra, xác nhận.
report-recorded-obstacle = ⚠️ Đã ghi nhận khó khăn, vướng mắc của nhiệm vụ <b>{ $code }</b> và chuyển cơ quan thường trực. Tình trạng: { $status }.
report-task-done = Nhiệm vụ <b>{ $code }</b> đã hoàn thành, không phải báo cáo thêm.
report-task-cancelled = Nhiệm vụ <b>{ $code }</b> đã bị hủy, không phải báo cáo.
obstacle-notice =
    ⚠️ <b>Khó khăn, vướng mắc</b> — <b>{ $code }</b> ({ $unit })
    { $task }
    { $who }: “{ $text }”

## Xác nhận hoàn thành

completion-notice = 📥 <b>{ $who }</b> ({ $unit }) báo cáo <b>đã hoàn thành</b> nhiệm vụ { $code }. Đề nghị xác nhận hoặc trả lại:
completion-ask-evidence = Văn bản minh chứng của <b>{ $code }</b> (ví dụ số văn bản báo cáo), hoặc bấm “Bỏ qua”.
completion-ask-reason = Lý do trả lại báo cáo hoàn thành <b>{ $code }</b>? Lý do được gửi đến đơn vị.
completion-already-decided = Báo cáo hoàn thành nhiệm vụ <b>{ $code }</b> đã được xử lý.
completion-confirmed-done = ✅ Đã xác nhận hoàn thành nhiệm vụ <b>{ $code }</b>.
completion-returned-done = ↩ Đã trả lại báo cáo hoàn thành nhiệm vụ <b>{ $code }</b>.
completion-confirmed-notice = ✅ Cơ quan thường trực đã xác nhận nhiệm vụ <b>{ $code }</b> hoàn thành ngày { $date }.
evidence-line = Minh chứng: { $note }
completion-returned-notice = ↩ Báo cáo hoàn thành nhiệm vụ <b>{ $code }</b> bị trả lại. Lý do: { $note }. Đề nghị đơn vị tiếp tục thực hiện và báo cáo kết quả.

## Gia hạn

extension-usage = Cách dùng: <code>/giahan NV-0042 30/11/2026 chờ bố trí kinh phí</code>
extension-ask-date = Đề nghị gia hạn nhiệm vụ <b>{ $code }</b> đến ngày nào? Nhập ngày và lý do, ví dụ: <code>30/11 chờ bố trí kinh phí</code>.
extension-not-later = Thời hạn mới phải sau ngày hôm nay và sau thời hạn hiện tại của <b>{ $code }</b>.
extension-officers-only = Chỉ cán bộ đầu mối của đơn vị được đề nghị gia hạn. Lãnh đạo và cơ quan thường trực điều chỉnh thời hạn bằng nút “Điều chỉnh thời hạn” trên thẻ nhiệm vụ.
extension-requested = ⏳ Đã gửi đề nghị gia hạn nhiệm vụ <b>{ $code }</b> đến ngày { $date }. Kết quả sẽ được thông báo khi có quyết định.
extension-notice =
    ⏳ <b>{ $who }</b> ({ $unit }) đề nghị gia hạn nhiệm vụ <b>{ $code }</b>
    từ { $old } đến <b>{ $new }</b>.
    Lý do: “{ $reason }”
extension-already-decided = Đề nghị gia hạn này đã được quyết định.
extension-approved-done = ✅ { $who } đã đồng ý gia hạn nhiệm vụ <b>{ $code }</b> đến ngày { $date }.
extension-rejected-done = ✖ { $who } không đồng ý gia hạn nhiệm vụ <b>{ $code }</b> đến ngày { $date }.
extension-approved-notice = ✅ Đề nghị gia hạn nhiệm vụ <b>{ $code }</b> đã được đồng ý ({ $who }). Thời hạn mới: <b>{ $date }</b>.
extension-rejected-notice = ✖ Đề nghị gia hạn nhiệm vụ <b>{ $code }</b> đến ngày { $date } không được đồng ý ({ $who }). Giữ nguyên thời hạn; đề nghị đơn vị khẩn trương hoàn thành.

## Nhắc việc

reminder-ahead = ⏰ <b>Nhắc việc</b>: nhiệm vụ <b>{ $code }</b> còn <b>{ $days } ngày làm việc</b> đến hạn ({ $date }). Đề nghị đơn vị khẩn trương thực hiện, bảo đảm hoàn thành đúng thời hạn.
reminder-due = ⏰ <b>Hôm nay là thời hạn</b> hoàn thành nhiệm vụ <b>{ $code }</b> ({ $date }). Đề nghị đơn vị báo cáo kết quả thực hiện.
reminder-overdue = ❗ Nhiệm vụ <b>{ $code }</b> đã <b>quá hạn { $days } ngày</b> (thời hạn { $date }). Đề nghị đơn vị báo cáo kết quả thực hiện, nguyên nhân chậm và khó khăn, vướng mắc (nếu có).
reminder-escalation = 🚨 <b>Chậm tiến độ</b>: nhiệm vụ <b>{ $code }</b> của <b>{ $unit }</b> đã quá hạn { $days } ngày ({ $working } ngày làm việc), thời hạn { $date }.
reminder-quiet = 📝 Nhiệm vụ <b>{ $code }</b> chưa cập nhật tiến độ trong { $days } ngày. Đề nghị báo cáo tình hình thực hiện bằng nút bên dưới hoặc trả lời tin nhắn này.
reminder-co-unit = (Đơn vị phối hợp; { $unit } chủ trì.)
reminder-latest = Báo cáo gần nhất: { $line }
reminder-no-report-yet = chưa có báo cáo
reminder-fallback-no-officer = ⚠️ <b>{ $unit }</b> chưa có cán bộ đầu mối đăng ký; nhắc việc dưới đây được chuyển đến cơ quan thường trực. Tạo đường dẫn mời bằng lệnh <code>/moi { $unit }</code>.
reminder-fallback-blocked = ⚠️ Không gửi được nhắc việc đến cán bộ của <b>{ $unit }</b> (đã chặn { -bot } hoặc không liên lạc được); nhắc việc dưới đây được chuyển đến cơ quan thường trực.

## Tin nhắn không gửi được (báo cơ quan thường trực mỗi ngày)

undelivered-title = ⚠️ <b>Tin nhắn không gửi được</b>: { $count } tin nhắn. Đề nghị cơ quan thường trực liên hệ trực tiếp với người nhận để thông tin kịp thời.
undelivered-line = • { $who }, { $at }: { $error }
undelivered-line-task = • { $who }, nhiệm vụ <b>{ $code }</b>, { $at }: { $error }
undelivered-chat = cuộc trò chuyện { $chat }
undelivered-more = … và { $count } tin nhắn khác.
undelivered-why-unreachable = người nhận đã chặn { -bot } hoặc không liên lạc được
undelivered-why-refused = Telegram không nhận tin nhắn (<code>{ $detail }</code>)

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
schedule-paused-note = ⏸ <b>Lịch nhắc việc đang tạm dừng.</b> Cơ quan thường trực gửi <code>/lich tieptuc</code> để tiếp tục.
schedule-paused = ⏸ Đã tạm dừng toàn bộ nhắc việc. Gửi <code>/lich tieptuc</code> để tiếp tục; nhắc việc bị lỡ trong thời gian tạm dừng chỉ gửi lần gần nhất của mỗi nhiệm vụ.
schedule-resumed = ▶️ Lịch nhắc việc đã hoạt động trở lại.
schedule-task-default = Nhiệm vụ <b>{ $code }</b> nhắc theo lịch chung: trước hạn { $days } ngày làm việc (0 là ngày đến hạn), lúc { $hour }.
schedule-task-own = Nhiệm vụ <b>{ $code }</b> có lịch nhắc riêng: trước hạn { $days } ngày làm việc (0 là ngày đến hạn), lúc { $hour }.
schedule-usage = Cách dùng: <code>/lich</code> hoặc <code>/lich NV-0042</code>. Lãnh đạo, cơ quan thường trực đặt lịch riêng cho một nhiệm vụ: <code>/lich NV-0042 5,2,0 9:00</code>; bỏ lịch riêng: <code>/lich NV-0042 macdinh</code>. Cơ quan thường trực: <code>/lich tamdung</code>, <code>/lich tieptuc</code>.
denied-manage-schedule = Chỉ cơ quan thường trực được tạm dừng hoặc tiếp tục lịch nhắc việc.
occasion-ahead = còn { $days } ngày làm việc đến hạn
occasion-due = ngày đến hạn
occasion-overdue = quá hạn { $days } ngày làm việc
occasion-escalation = báo cáo lãnh đạo (quá hạn { $days } ngày làm việc)
occasion-quiet = đề nghị báo cáo (chưa cập nhật tiến độ { $days } ngày)
quiet-header = 🔕 <b>Đơn vị chưa cập nhật tiến độ</b> (có nhiệm vụ chưa báo cáo quá { $days } ngày):
quiet-line = • { $unit }: { $tasks } nhiệm vụ, lâu nhất { $days } ngày

## Tổng hợp (/tonghop, /quahan, /bieudo, /xuat)

denied-reports = Chỉ Trưởng ban, Phó Trưởng ban và cơ quan thường trực được xem tổng hợp.
scope-all = Tất cả nhiệm vụ
scope-year = Năm { $year }
# $quarter: 1–4, viết số La Mã (Quý III/2026).
scope-quarter = Quý { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    }/{ $year }
scope-half-first = 6 tháng đầu năm { $year }
scope-half-second = 6 tháng cuối năm { $year }
filter-unknown = Chưa xác định được “{ $text }”. Bộ lọc sử dụng được: năm (<code>2026</code>), quý (<code>q3/2026</code>, <code>quý III/2026</code>), 6 tháng (<code>6t/2026</code>), chương trình (<code>nq57</code>, <code>cds</code>, <code>da06</code>), tên đơn vị (<code>sở tư pháp</code>) và <code>đầy đủ</code> để nhận kèm biểu đồ, bảng tính. Có thể kết hợp, ví dụ <code>/tonghop q3/2026 nq57</code>.
summary-title = 📊 <b>TÌNH HÌNH THỰC HIỆN NHIỆM VỤ</b>
    { $scope }, đến ngày { $date }
headline-total = Tổng số: <b>{ $total }</b> nhiệm vụ
headline-done = ✅ Đã hoàn thành: <b>{ $done }</b> ({ NUMBER($share, maximumFractionDigits: 1) }%), trong đó đúng hạn { $on_time }, quá hạn { $late }
headline-in-progress = 🔄 Đang thực hiện: <b>{ $in_progress }</b>{ $behind ->
        [0] {""}
       *[other] , trong đó <b>{ $behind } chậm tiến độ</b>
    }
headline-not-started = ⏸ Chưa thực hiện: <b>{ $not_started }</b>{ $overdue ->
        [0] {""}
       *[other] {" "}({ $overdue } đã quá hạn)
    }
headline-no-deadline = ♾ Thường xuyên (không có thời hạn): { $count }
headline-long-late = 🚨 Quá hạn trên { $days } ngày: <b>{ $count }</b>
summary-units-header = <b>Đơn vị có nhiều nhiệm vụ quá hạn nhất:</b>
summary-unit-line = { $rank }. { $unit } — <b>{ $overdue }</b>/{ $total } nhiệm vụ quá hạn
summary-overdue-header = <b>Nhiệm vụ quá hạn</b> ({ $shown }/{ $count }, quá hạn lâu nhất trước):
# $flag: "yes" khi quá hạn trên 30 ngày.
summary-overdue-line = • <b>{ $code }</b> { $unit } — quá hạn { $days } ngày{ $flag ->
        [yes] {" "}🚨
       *[other] {""}
    } — { $text }
summary-pick-unit = Chọn đơn vị để xem danh sách nhiệm vụ (trong ngoặc: số nhiệm vụ quá hạn):
btn-overdue-list = ❗ Quá hạn ({ $count })
btn-unit-table = 📋 Bảng theo đơn vị
btn-pick-unit = 🏢 Xem từng đơn vị
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
chart-title = Nhiệm vụ theo đơn vị — { $scope } (đến ngày { $date })
chart-axis = Số nhiệm vụ
chart-done = Hoàn thành
chart-in-progress = Đang thực hiện (trong hạn)
chart-overdue = Quá hạn
chart-not-started = Chưa thực hiện
export-caption = 📑 Bảng tính nhiệm vụ — { $scope }, đến ngày { $date } ({ $count } nhiệm vụ)
sheet-tasks = Nhiệm vụ
sheet-summary = Tổng hợp
col-code = Mã
col-item = Số mục
col-text = Nội dung
col-lead = Đơn vị chủ trì
col-co-units = Đơn vị phối hợp
col-deadline = Thời hạn
col-original-deadline = Thời hạn ban đầu
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
col-no-deadline = Không có thời hạn
col-share-done = Tỷ lệ hoàn thành (%)

## Báo cáo định kỳ

digest-title = 📅 <b>TỔNG HỢP TUẦN</b> — đến ngày { $date }
digest-changes = <b>Từ ngày { $since } đến nay:</b> hoàn thành { $done }, mới quá hạn { $overdue }, giao mới { $new }.
digest-done = ✅ Hoàn thành: { $codes }
digest-overdue = ❗ Mới quá hạn: { $codes }
digest-new = 🆕 Giao mới: { $codes }
digest-more = và { $count } nhiệm vụ khác
report-title-monthly = 📑 <b>BÁO CÁO THÁNG { $month }/{ $year }</b>: tình hình thực hiện nhiệm vụ năm { $year }
report-title-quarterly = 📑 <b>BÁO CÁO QUÝ { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    }/{ $year }</b>: tình hình thực hiện nhiệm vụ năm { $year }
report-title-half-year = 📑 <b>BÁO CÁO 6 THÁNG ĐẦU NĂM { $year }</b>: tình hình thực hiện nhiệm vụ
report-title-yearly = 📑 <b>BÁO CÁO NĂM { $year }</b>: tình hình thực hiện nhiệm vụ
report-period-changes = Trong kỳ (từ ngày { $since }): hoàn thành { $done }, giao mới { $new }. Kèm theo bảng tính danh sách nhiệm vụ và bảng tổng hợp theo đơn vị, tình trạng.

## Nhập nhiệm vụ (/nhap)

import-ask = 📥 Gửi nội dung <b>thông báo kết luận</b>: dán văn bản (có thể chia nhiều tin nhắn) hoặc gửi tệp <code>.docx</code>, <code>.txt</code>, bảng tính <code>.xlsx</code>, <code>.csv</code>. Gửi xong bấm “Xử lý”. Dữ liệu chỉ được lưu sau khi xác nhận.
import-received = Đã nhận { $parts } phần ({ $chars } ký tự). Gửi tiếp hoặc bấm “Xử lý”.
import-pasted-name = văn bản dán
import-send-command-first = Để nhập nhiệm vụ từ tệp, đề nghị gửi lệnh /nhap trước rồi gửi lại tệp (hoặc gửi tệp kèm chú thích /nhap).
import-download-failed = Không tải được tệp từ Telegram. Đề nghị gửi lại tệp.
import-empty = Văn bản hoặc tệp trống, đề nghị gửi lại tệp có nội dung thông báo hoặc dán nội dung vào tin nhắn.
import-too-large = Tệp hoặc văn bản quá lớn (tối đa 20 MB, { $max } ký tự), đề nghị gửi riêng phần thông báo kết luận hoặc phụ lục nhiệm vụ.
import-not-docx = Tệp này không phải tài liệu Word (.docx) hợp lệ, đề nghị lưu lại dưới dạng .docx hoặc dán nội dung văn bản vào tin nhắn.
import-not-pdf = Tệp này không phải văn bản PDF đọc được, đề nghị gửi lại bản PDF từ hệ thống quản lý văn bản hoặc bản .docx.
import-no-text-layer = Tệp PDF này là bản scan (ảnh chụp trang) không có lớp chữ, đề nghị gửi bản PDF có lớp chữ từ hệ thống quản lý văn bản, bản .docx hoặc dán nội dung văn bản vào tin nhắn.
import-not-sheet = Không đọc được bảng tính này, đề nghị mở tệp bằng Excel, lưu lại dưới dạng .xlsx hoặc .csv rồi gửi lại.
import-missing-column = Bảng tính không có cột “{ $column }”, đề nghị thêm dòng tiêu đề có ít nhất các cột “Nội dung” và “Đơn vị chủ trì” (có thể thêm “Đơn vị phối hợp”, “Thời hạn”, “Chương trình”).
import-no-tasks = Không tìm thấy nhiệm vụ nào trong văn bản: không có câu nào giao việc cho một cơ quan, đơn vị (ví dụ “Sở Nội vụ chủ trì … hoàn thành trước ngày …”). Đề nghị kiểm tra lại văn bản hoặc giao từng nhiệm vụ bằng /giao.
import-unsupported = Chỉ nhập được văn bản dán vào tin nhắn, tệp .txt, .docx, .pdf, .xlsx, .csv hoặc .tsv.
import-preview = 📥 <b>Xem trước</b>: { $name }
    { $source } — { $items } mục (giữ { $kept }), sẽ tạo <b>{ $tasks }</b> nhiệm vụ.
import-problems = ⚠️ { $count } mục chưa xác định được đơn vị chủ trì: { $labels }. Bấm ✏️ để chọn đơn vị hoặc 🗑 để bỏ mục.
import-item = <b>{ $label }</b> · { $leads }{ $co } · { $deadline }
    { $text }
import-co-units = {" "}(phối hợp: { $units })
import-deadline = thời hạn { $date }
import-no-deadline = không có thời hạn
import-no-lead = ⚠️ chưa rõ đơn vị chủ trì
import-unknown-unit = ⚠️ “{ $name }” (chưa có trong danh sách đơn vị)
import-group-as-written = { $group } (văn bản ghi: “{ $name }”)
import-page = Trang { $page }/{ $pages }
import-edit-item = ✏️ Sửa mục <b>{ $label }</b>:
    { $text }
import-ask-lead = Nhập tên đơn vị chủ trì.
import-ask-deadline = Nhập thời hạn hoàn thành (ví dụ <code>30/9/2026</code>) hoặc <code>không</code>.
import-ask-text = Nhập nội dung mới của nhiệm vụ.
import-ask-co-units = Nhập tên các đơn vị phối hợp, cách nhau bằng dấu phẩy, hoặc <code>không</code>.
import-closed = Lượt nhập này đã được xác nhận hoặc đã hủy.
import-cancelled = Đã hủy lượt nhập; không nhiệm vụ nào được tạo.
import-duplicate = ⚠️ Văn bản này đã được nhập lúc { $date } ({ $count } nhiệm vụ). Nhập lại sẽ tạo nhiệm vụ trùng.
import-done = ✅ Đã tạo <b>{ $count }</b> nhiệm vụ ({ $first } → { $last }) và thông báo đến cán bộ đầu mối các đơn vị.
denied-import = Chỉ cơ quan thường trực được nhập nhiệm vụ.
group-departments = Các sở, ban, ngành
group-districts = UBND các huyện, thành phố
group-communes = UBND các xã, phường
btn-import-process = ✅ Xử lý
btn-import-confirm = ✅ Xác nhận, tạo nhiệm vụ
btn-import-force = Vẫn nhập
btn-import-groups-split = Nhóm đơn vị: giao từng đơn vị ✓ (bấm để giao chung)
btn-import-groups-joint = Nhóm đơn vị: giao chung ✓ (bấm để giao từng đơn vị)
btn-import-lead = Đơn vị chủ trì
btn-import-deadline = Thời hạn
btn-import-text = Nội dung
btn-import-co-units = Đơn vị phối hợp
btn-import-create-unit = ➕ Thêm đơn vị “{ $name }”
btn-back = ◀ Quay lại

## Dòng lệnh (dondoc import, dondoc demo)

cli-cannot-read = Không đọc được tệp { $path }: { $error }
cli-import-header = { $name }: { $source } — { $items } mục, sẽ tạo { $tasks } nhiệm vụ.
cli-import-item = { $label } | { $leads } | { $deadline } | { $text }
cli-import-dry-run = (Chạy thử: chưa lưu dữ liệu. Bỏ --dry-run để tạo các nhiệm vụ này.)
cli-import-duplicate = Văn bản này đã được nhập lúc { $date } ({ $count } nhiệm vụ). Thêm --force để vẫn nhập.
cli-import-unassigned = Chưa xác định được đơn vị chủ trì của các mục: { $labels }. Thêm các đơn vị còn thiếu (/donvi them) rồi chạy lại, hoặc nhập qua bot (/nhap) để sửa từng mục.
cli-import-done = Đã tạo { $count } nhiệm vụ ({ $first } → { $last }). Thẻ nhiệm vụ sẽ được gửi đến cán bộ đầu mối khi bot hoạt động.
cli-demo-not-empty = Cơ sở dữ liệu đã có nhiệm vụ; dữ liệu mẫu chỉ dùng cho cơ sở dữ liệu trống.
cli-demo-done = Đã tạo dữ liệu mẫu: { $units } đơn vị, { $tasks } nhiệm vụ ({ $done } đã hoàn thành). Chạy bot với DONDOC_ADMINS=&lt;mã số Telegram của người quản trị&gt;, sau đó gửi /tonghop cho bot.
cli-backup-exists = Đã có tệp { $path }; đề nghị chọn tên khác để không ghi đè.
cli-backup-broken = Bản sao không toàn vẹn: { $detail }
cli-backup-done = Đã sao lưu vào { $path } ({ $kb } KB, { $tasks } nhiệm vụ); bản sao đã được kiểm tra toàn vẹn.
cli-seed-not-empty = Cơ sở dữ liệu đã có đơn vị, thành viên hoặc nhiệm vụ; dữ liệu thử tải chỉ tạo trong cơ sở dữ liệu trống.
cli-seed-done = Đã tạo { $units } đơn vị, { $members } thành viên, { $tasks } nhiệm vụ, { $reports } báo cáo tiến độ trong { $seconds } giây.

## Counting (issue 20)

cmd-tamdung = Tạm dừng thực hiện một nhiệm vụ (nêu lý do)
cmd-tieptuc = Tiếp tục thực hiện nhiệm vụ đã tạm dừng
cmd-tralai = Trả lại nhiệm vụ không thuộc chức năng, nhiệm vụ của đơn vị (nêu lý do)
cmd-danhgia = Đánh giá kết quả thực hiện nhiệm vụ của các đơn vị theo tháng, quý, năm
ex-tamdung = /tamdung NV-0042 | chờ hướng dẫn của Bộ Khoa học và Công nghệ
ex-tieptuc = /tieptuc NV-0042
ex-tralai = /tralai NV-0042 | nội dung thuộc chức năng của Sở Tài chính
ex-danhgia = /danhgia q3/2026
attention-header = 🔔 <b>Nội dung cần Ban Chỉ đạo quan tâm chỉ đạo:</b>
attention-overdue = • Nhiệm vụ quá hạn: <b>{ $count }</b>
attention-due-soon = • Nhiệm vụ sắp đến hạn (trong { $days } ngày làm việc): <b>{ $count }</b>
attention-obstacles = • Khó khăn, vướng mắc chờ xử lý: <b>{ $count }</b>
attention-extensions = • Đề nghị gia hạn chờ quyết định: <b>{ $count }</b>
attention-none = 🔔 Không có nhiệm vụ quá hạn, sắp đến hạn, vướng mắc hoặc đề nghị gia hạn chờ xử lý.
grid-header = <b>Nhiệm vụ chưa hoàn thành theo thời hạn</b> (trong hạn · sắp đến hạn · quá hạn · không có thời hạn):
grid-not-started = ⏸ Chưa thực hiện: { $within } · { $soon } · { $overdue } · { $none }
grid-in-progress = 🔄 Đang thực hiện: { $within } · { $soon } · { $overdue } · { $none }
grid-awaiting = 📨 Chờ xác nhận hoàn thành: { $within } · { $soon } · { $overdue } · { $none }
held-line = ⏹ Tạm dừng: <b>{ $suspended }</b> · ↩ Đơn vị trả lại, chờ giao lại: <b>{ $returned }</b>
rate-completion = 📈 Tỷ lệ hoàn thành: <b>{ $rate }</b> <i>(số hoàn thành ÷ (số hoàn thành + số quá hạn chưa hoàn thành), không tính nhiệm vụ còn trong hạn; cách tính của Văn phòng Chính phủ)</i>
rate-on-time = ⏱ Tỷ lệ hoàn thành đúng hạn: <b>{ $rate }</b> <i>(số hoàn thành đúng hạn ÷ số hoàn thành)</i>
rate-value = { NUMBER($rate, maximumFractionDigits: 1) }%
rate-none = chưa có số liệu
status-suspended = ⏹ Tạm dừng thực hiện{ $reason ->
        [none] {""}
       *[other] : { $reason }
    }
status-returned = ↩ Đơn vị trả lại, chờ cơ quan thường trực giao lại{ $reason ->
        [none] {""}
       *[other] : { $reason }
    }
hold-ask-code = Đề nghị nêu mã nhiệm vụ, ví dụ <code>/{ $command } NV-0042 | lý do</code>.
hold-ask-reason = Đề nghị nêu lý do, ví dụ <code>/{ $command } { $code } | lý do</code>.
hold-not-open = Nhiệm vụ <b>{ $code }</b> đã hoàn thành hoặc đã hủy, không thể tạm dừng hoặc trả lại.
hold-already-suspended = Nhiệm vụ <b>{ $code }</b> đang tạm dừng thực hiện.
hold-already-returned = Nhiệm vụ <b>{ $code }</b> đã được đơn vị trả lại, đang chờ giao lại.
hold-not-suspended = Nhiệm vụ <b>{ $code }</b> không ở trạng thái tạm dừng.
hold-return-lead-only = Chỉ cán bộ đầu mối của đơn vị chủ trì được trả lại nhiệm vụ <b>{ $code }</b>.
hold-suspended = ⏹ Đã tạm dừng thực hiện nhiệm vụ <b>{ $code }</b>. Lý do: { $reason }
    Trong thời gian tạm dừng, nhiệm vụ không được nhắc việc và không tính quá hạn; dùng /tieptuc { $code } để tiếp tục.
hold-suspended-notice = ⏹ Nhiệm vụ <b>{ $code }</b> được tạm dừng thực hiện: { $text }
    Lý do: { $reason }
hold-resumed = ▶ Nhiệm vụ <b>{ $code }</b> tiếp tục được theo dõi, đôn đốc thực hiện.
hold-resumed-notice = ▶ Nhiệm vụ <b>{ $code }</b> tiếp tục thực hiện: { $text }
    Đề nghị đơn vị khẩn trương triển khai, bảo đảm hoàn thành đúng thời hạn.
hold-returned = ↩ Đã ghi nhận đơn vị trả lại nhiệm vụ <b>{ $code }</b>. Lý do: { $reason }
    Cơ quan thường trực sẽ xem xét, giao lại cho đơn vị phù hợp.
hold-returned-notice = ↩ <b>{ $unit }</b> trả lại nhiệm vụ <b>{ $code }</b>: { $text }
    Lý do: { $reason }
    Đề nghị cơ quan thường trực xem xét, giao lại cho đơn vị chủ trì phù hợp (nút “Đổi đơn vị chủ trì”).
hold-ask-suspend-reason = Đề nghị nêu lý do tạm dừng nhiệm vụ <b>{ $code }</b>.
hold-ask-return-reason = Đề nghị nêu lý do trả lại nhiệm vụ <b>{ $code }</b> (ví dụ: nội dung thuộc chức năng của đơn vị nào).
btn-suspend = ⏹ Tạm dừng
btn-resume = ▶ Tiếp tục
btn-return-task = ↩ Không thuộc đơn vị
score-title = 🏅 <b>ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ</b>
    { $period }, tính đến ngày { $date }
score-period-month = Tháng { $month }/{ $year }
score-line = { $rank }. <b>{ $unit }</b> — { $score }
    đến hạn { $due } · đúng hạn { $on_time } · quá hạn đã hoàn thành { $late } · quá hạn chưa hoàn thành { $overdue } · báo cáo đúng hạn { $reported }
score-points = <b>{ NUMBER($score, maximumFractionDigits: 1) }</b> điểm, { $band }
score-unscored = chưa đánh giá (chưa có nhiệm vụ đến hạn)
band-excellent = xuất sắc
band-good = tốt
band-pass = hoàn thành
band-fail = chưa hoàn thành
score-legend = <i>Đến hạn: nhiệm vụ có thời hạn trong kỳ, không tính nhiệm vụ tạm dừng, bị trả lại hoặc đã hủy. Điểm = ({ $on_time } × số hoàn thành đúng hạn + { $late } × số hoàn thành quá hạn + { $reported } × số nhiệm vụ có báo cáo đúng hạn) ÷ số nhiệm vụ đã hoàn thành hoặc đã quá hạn; nhiệm vụ còn trong hạn chưa tính. Xếp loại: từ { $excellent } điểm xuất sắc, từ { $good } điểm tốt, từ { $pass } điểm hoàn thành, dưới { $pass } điểm chưa hoàn thành.</i>
score-none = Không có nhiệm vụ nào có thời hạn trong kỳ { $period }.
score-more = … và { $count } đơn vị khác (đầy đủ trong bảng tính /xuat).
score-bad-period = Không xác định được kỳ đánh giá “{ $text }”. Đề nghị nêu tháng (<code>/danhgia 9/2026</code>), quý (<code>/danhgia q3/2026</code>) hoặc năm (<code>/danhgia 2026</code>).
sheet-scorecard = Đánh giá
col-rank = Xếp hạng
col-due = Đến hạn
col-overdue-open = Quá hạn chưa hoàn thành
col-reported = Báo cáo đúng hạn
col-score = Điểm
col-band = Xếp loại
col-due-soon = Sắp đến hạn
col-awaiting = Chờ xác nhận hoàn thành
col-suspended = Tạm dừng
col-returned = Trả lại, chờ giao lại
col-completion-rate = Tỷ lệ hoàn thành (%)
col-on-time-rate = Tỷ lệ đúng hạn (%)
sheet-rates-note = Tỷ lệ hoàn thành = số hoàn thành ÷ (số hoàn thành + số quá hạn chưa hoàn thành), không tính nhiệm vụ còn trong hạn (cách tính của Văn phòng Chính phủ). Tỷ lệ đúng hạn = số hoàn thành đúng hạn ÷ số hoàn thành.
chart-held = Tạm dừng, trả lại
## Evidence, stand-ins, recurring (issue 21)

cmd-hoso = Hồ sơ nhiệm vụ: quá trình thực hiện và tệp minh chứng
ex-hoso = /hoso NV-0042
# $number là "none" khi tên tệp và chú thích không có số văn bản.
evidence-list-header = 📎 Minh chứng ({ $count } tệp):
evidence-list-line = • { $number ->
        [none] { $name }
       *[other] <b>{ $number }</b> — { $name }
    } ({ $size })
evidence-list-more = … và { $count } tệp khác (xem bằng lệnh /hoso).
evidence-size-kb = { $kb } KB
evidence-size-mb = { $mb } MB
evidence-filed = 📎 Đã lưu minh chứng của nhiệm vụ <b>{ $code }</b>:
    { $line }
    Hồ sơ nhiệm vụ có { $count } tệp minh chứng.
evidence-duplicate = Tệp “{ $name }” đã có trong hồ sơ nhiệm vụ <b>{ $code }</b>, không lưu lại.
evidence-too-large = Tệp “{ $name }” có dung lượng { $size }, vượt mức 20 MB mà Telegram cho phép tải về; tệp không được lưu. Đề nghị nén hoặc tách thành các tệp nhỏ hơn rồi gửi lại.
evidence-not-accepted = Chỉ nhận văn bản (PDF, Word, Excel…) hoặc hình ảnh làm minh chứng; tệp “{ $name }” không được lưu.
evidence-download-failed = Không tải được tệp “{ $name }” từ Telegram; tệp không được lưu. Đề nghị gửi lại tệp.
evidence-no-task = Chưa xác định được tệp là minh chứng của nhiệm vụ nào; tệp không được lưu. Đề nghị gửi tệp bằng cách trả lời (reply) tin nhắn về nhiệm vụ, hoặc ghi chú thích, ví dụ: <code>/capnhat NV-0042 đã hoàn thành</code>.
evidence-ask = Đề nghị gửi văn bản hoặc hình ảnh minh chứng kết quả (bản PDF đã ký số, ảnh chụp văn bản…) ngay sau tin nhắn này. Trường hợp chưa có, bấm “Không gửi minh chứng”.
btn-evidence-skip = Không gửi minh chứng
evidence-skipped = Đã ghi nhận báo cáo hoàn thành nhiệm vụ <b>{ $code }</b> không kèm minh chứng.
evidence-added-notice = 📎 <b>{ $who }</b> ({ $unit }) bổ sung minh chứng cho nhiệm vụ { $code } đang chờ xác nhận:
    { $line }
    Đề nghị kiểm tra, xác nhận hoặc trả lại:
completion-evidence-attached = Tệp minh chứng ({ $count }) gửi kèm ngay sau tin nhắn này.
evidence-caption = { $code } · { $line }
dossier-usage = Đề nghị ghi mã nhiệm vụ, ví dụ: <code>/hoso NV-0042</code>.
dossier-header = 🗂 <b>Hồ sơ nhiệm vụ { $code }</b>
dossier-no-files = Nhiệm vụ chưa có tệp minh chứng.
dossier-files = Tệp minh chứng ({ $count }) gửi kèm ngay sau tin nhắn này.
cmd-vang = Báo vắng mặt: nhắc việc của đơn vị chuyển cho cán bộ khác
ex-vang = /vang 15/12-20/12 @Lan
away-usage = Đề nghị ghi thời gian vắng mặt và người nhận thay (nếu có), ví dụ: <code>/vang 15/12-20/12 @Lan</code>, hoặc <code>/vang 15/12-20/12 không</code> để các cán bộ khác của đơn vị cùng nhận. Hủy báo vắng: <code>/vang huy</code>.
away-past = Thời gian vắng mặt đã qua. Đề nghị ghi lại, ví dụ: <code>/vang 15/12-20/12</code>.
away-backwards = Ngày kết thúc trước ngày bắt đầu. Đề nghị ghi lại, ví dụ: <code>/vang 15/12-20/12</code>.
away-no-unit = Đồng chí chưa thuộc đơn vị nào nên không cần báo vắng.
away-colleague-unknown = Không tìm thấy cán bộ “{ $name }” của { $unit }; người nhận thay phải là cán bộ đầu mối cùng đơn vị. Cán bộ của đơn vị: { $names }.
away-colleague-ambiguous = Có nhiều cán bộ của { $unit } khớp với “{ $name }”: { $names }. Đề nghị ghi mã cán bộ, ví dụ: <code>/vang 15/12-20/12 #12</code>.
away-no-colleagues = (chưa có cán bộ khác)
away-recorded-colleague = 🗓 Đã ghi nhận đồng chí vắng mặt từ { $from } đến { $to }. Trong thời gian này, nhắc việc và yêu cầu đối với nhiệm vụ của { $unit } được gửi đến đồng chí <b>{ $colleague }</b>.
away-recorded-others = 🗓 Đã ghi nhận đồng chí vắng mặt từ { $from } đến { $to }. Trong thời gian này, nhắc việc và yêu cầu đối với nhiệm vụ của { $unit } được gửi đến các cán bộ đầu mối khác của đơn vị.
away-recorded-nobody = 🗓 Đã ghi nhận đồng chí vắng mặt từ { $from } đến { $to }. { $unit } không còn cán bộ đầu mối nhận nhắc việc trong thời gian này; cơ quan thường trực đã được thông báo.
away-stand-in-notice = 🗓 Đồng chí <b>{ $who }</b> ({ $unit }) vắng mặt từ { $from } đến { $to }. Đề nghị đồng chí nhận thay nhắc việc và yêu cầu đối với nhiệm vụ của đơn vị trong thời gian này.
away-nobody-notice = ⚠️ Đồng chí <b>{ $who }</b> ({ $unit }) vắng mặt từ { $from } đến { $to }; đơn vị không còn cán bộ đầu mối nhận nhắc việc. Nhắc việc của đơn vị trong thời gian này được chuyển đến cơ quan thường trực.
away-standing-in-note = ↪ Nhận thay đồng chí <b>{ $who }</b> (vắng mặt đến { $date }).
away-cancelled = Đã hủy { $count } lịch vắng mặt; nhắc việc của đơn vị được gửi đến đồng chí như thường lệ.
away-list-header = <b>Lịch vắng mặt đã báo:</b>
away-list-line = • { $from } – { $to }
reminder-fallback-away = ⚠️ Cán bộ đầu mối của <b>{ $unit }</b> đang vắng mặt (đã báo bằng lệnh /vang), không còn cán bộ nhận thay; nhắc việc dưới đây được chuyển đến cơ quan thường trực.

## Nhiệm vụ định kỳ

series-next-created = 🔁 Kỳ tiếp theo: <b>{ $code }</b>, thời hạn { $date }.
card-series = 🔁 Định kỳ: { $rule }{ $until } · đúng hạn <b>{ $on_time }/{ $counted }</b> kỳ
card-series-until = , đến { $date }
recurrence-weekly = hằng tuần, { $weekday }
recurrence-monthly = hằng tháng, ngày { $day }
recurrence-monthly-last = hằng tháng, ngày cuối tháng
recurrence-quarterly = hằng quý, ngày { $day } tháng cuối quý
recurrence-quarterly-last = hằng quý, ngày cuối quý
recurrence-half-yearly = 6 tháng một lần, ngày { $first } và { $second }
recurrence-yearly = hằng năm, ngày { $date }
deadline-recurring-no-day = Đã hiểu “{ $text }” là nhiệm vụ định kỳ, nhưng chưa rõ hạn vào ngày nào của kỳ. Ví dụ: <i>hằng tháng ngày 20</i>, <i>hằng quý ngày 20</i>, <i>hằng năm 15/12</i>, <i>hằng tuần thứ sáu</i>.

## Bảng điều khiển (Mini App)

web-title = Tình hình thực hiện nhiệm vụ
web-overview = Tổng quan
web-units = Theo đơn vị
web-tasks = Nhiệm vụ
web-total = Tổng số
web-done-on-time = Hoàn thành đúng hạn
web-done-late = Hoàn thành quá hạn
web-in-progress = Đang thực hiện
web-not-started = Chưa thực hiện
web-overdue = Quá hạn
web-due-soon = Sắp đến hạn
web-no-deadline = Không có thời hạn
web-suspended = Tạm dừng
web-returned = Đơn vị trả lại
web-completion-rate = Tỷ lệ hoàn thành
web-on-time-rate = Tỷ lệ đúng hạn
web-waiting = Chờ Trưởng ban xử lý
web-obstacles = Khó khăn, vướng mắc
web-extensions = Đề nghị gia hạn
web-awaiting = Chờ xác nhận hoàn thành
web-trend = Theo tháng (thời hạn): đúng hạn, quá hạn, chưa xong
web-unit = Đơn vị
web-deadline = Thời hạn
web-status = Tình trạng
web-history = Quá trình báo cáo
web-evidence = Minh chứng
web-more = Xem thêm
web-back = Quay lại
web-all = Tất cả
web-period = Kỳ
web-programme = Chương trình
web-denied = Tài khoản Telegram này chưa đăng ký với Ban Chỉ đạo.
web-unauthorised = Không xác thực được. Hãy mở trang từ nút trong Telegram.
web-days-late = quá hạn # ngày
web-days-left = còn # ngày
web-none = Không có
web-open-button = 📊 Mở bảng điều khiển
web-failed = Không tải được dữ liệu; vui lòng thử lại sau.
web-quarter = Quý #
web-half-first = 6 tháng đầu năm
web-half-second = 6 tháng cuối năm
btn-stop-series = ⏹ Dừng định kỳ sau kỳ này
series-stopped = ⏹ Nhiệm vụ định kỳ dừng sau kỳ <b>{ $code }</b>: không tạo thêm kỳ mới.{ $later ->
        [0] {""}
       *[other] {" "}Đã có { $later } kỳ sau chưa hoàn thành; nếu không cần, hủy trên thẻ của kỳ đó.
    }

## Danh sách nhắc việc hằng ngày: mỗi người một tin nhắn.
reminder-list-header = 📋 <b>Danh sách nhiệm vụ cần đôn đốc ngày { $date }</b>: { $count } nhiệm vụ{ $overdue ->
        [0] {""}
       *[other] , trong đó <b>{ $overdue } quá hạn</b>
    }.
reminder-list-own = Đề nghị đơn vị khẩn trương thực hiện, báo cáo kết quả các nhiệm vụ sau:
reminder-list-fallback = ⚠️ <b>Nhắc việc chuyển đến cơ quan thường trực</b> (đơn vị chủ trì không nhận được):
reminder-list-escalation = 🚨 <b>Nhiệm vụ chậm tiến độ</b>, đề nghị chỉ đạo đôn đốc:
reminder-list-unit = <b>{ $unit }</b> ({ $count } nhiệm vụ)
reminder-list-line =
    { $n }. <b>{ $code }</b> · { $what }
    { $text } — <i>{ $status }</i>
reminder-list-lead = chủ trì
reminder-list-standing-in = chủ trì, nhận thay đồng chí { $who } (vắng đến { $date })
reminder-list-co-unit = phối hợp ({ $unit } chủ trì)
reminder-list-no-officer = { $unit } chưa có cán bộ đầu mối
reminder-list-blocked = cán bộ { $unit } không nhận được tin nhắn
reminder-list-away = cán bộ { $unit } vắng mặt
reminder-list-quiet = chưa báo cáo { $days } ngày
reminder-list-footer = Báo cáo bằng các nút dưới đây, hoặc trả lời (reply) tin nhắn này, ghi rõ mã nhiệm vụ, ví dụ: “{ $code } đã hoàn thành”.
btn-list-done = ✅ Hoàn thành
btn-list-progress = 🔄 Tiến độ
reminder-list-left = { $date } (còn { $days } ngày làm việc)
