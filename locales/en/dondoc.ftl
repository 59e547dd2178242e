# dondoc — English.
# Every word a user sees is here. Text is Telegram HTML: <b>, <i>, <code>.
# Text variables ($name, $text, …) are HTML-escaped before they get here.

-bot = dondoc

## Common formats

fmt-date = { $day }/{ $month }/{ $year }
fmt-datetime = { $hour }:{ $minute } { $day }/{ $month }/{ $year }

## Roles

role-chair = Chair
role-deputy = Deputy chair
role-secretariat = Secretariat
role-officer = Focal-point officer

## Command descriptions (Telegram's command menu)

cmd-start = Start; register with an invite code
cmd-help = The commands you can use
cmd-donvi = List units; add a unit
cmd-moi = Create an invite link for a unit's officer
cmd-thanhvien = Members by unit
cmd-nhom = Register this group as the committee's group
cmd-giao = Assign a new task
cmd-viec = Open tasks; one task's card
cmd-capnhat = Report progress on a task
cmd-giahan = Ask for more time on a task
cmd-tonghop = Summary of progress
cmd-quahan = Overdue tasks
cmd-bieudo = Chart of tasks per unit
cmd-xuat = Export an Excel spreadsheet
cmd-nhap = Import tasks from a conclusion notice
cmd-lich = Upcoming reminders
cmd-ngonngu = Change language (vi/en)

## Welcome and registration

welcome-stranger =
    Hello! I am <b>{ -bot }</b>, the task follow-up assistant of the province's steering committee on science, technology, innovation, digital transformation and Project 06.
    
    I keep the tasks the chair assigns, remind the responsible officers before and after each deadline, record their progress reports and summarise the situation for the leadership.
    
    You are not registered yet. Ask the secretariat (the committee's standing office) to send you the <b>invite link</b> for your unit, then open it.
    Your Telegram id: <code>{ $user_id }</code>

welcome-member =
    Hello <b>{ $name }</b>!
    You are <b>{ $role }</b>{ $unit }.
    
    { $commands }

welcome-unit = {" "}of <b>{ $unit }</b>

group-not-registered = This group is not registered with { -bot }. The chair or the secretariat sends /nhom in the group to register it.

## Help

help-header = <b>Commands you can use:</b>
help-line =
    { $command } — { $description }
       <i>Example:</i> <code>{ $example }</code>
help-footer = Replying to one of my task messages in plain words is also a progress report, e.g. <i>đã hoàn thành</i> (done), <i>đang thực hiện, đạt 60%</i> (in progress, 60%).

## Common errors

error-internal = Sorry, something went wrong while handling this request. It has been logged for the secretariat; please try again in a few minutes.
error-unavailable = The command { $command } is not available in this version.

## One example per command (shown by /help)

ex-start = /start
ex-help = /help
ex-donvi = /donvi them Sở Khoa học và Công nghệ | Sở KH&amp;CN | Sở TT&amp;TT, skhcn
ex-moi = /moi UBND phường Bình Minh officer
ex-thanhvien = /thanhvien
ex-nhom = /nhom
ex-giao = /giao UBND xã Đông Sơn | 30/9/2026 | Review and simplify administrative procedures
ex-viec = /viec NV-0042
ex-capnhat = /capnhat NV-0042 in progress, 60%
ex-giahan = /giahan NV-0042 30/11/2026 waiting for funding
ex-tonghop = /tonghop q3/2026 nq57
ex-quahan = /quahan
ex-bieudo = /bieudo 2026
ex-xuat = /xuat 2026
ex-nhap = /nhap
ex-lich = /lich NV-0042
ex-ngonngu = /ngonngu vi

## Permissions

not-registered-short = You are not registered with { -bot }. Write to me privately to learn how to register.
use-private-chat = This command is used in a private chat with { -bot }, not in a group.
denied = Sorry, { $command } is for { $roles }. You are { $role }.

## Input and buttons

input-too-long = Too long: a message can hold at most 4,096 characters. Please shorten it or send it in parts.
button-stale = This button is old or no longer valid.
dialogue-cancelled = Cancelled.
btn-cancel = ✖ Cancel
btn-skip = Skip
btn-finish = ✔ Done
btn-prev = ◀ Previous
btn-next = Next ▶
btn-create = ✅ Assign the task
btn-no-deadline = No deadline
btn-no-co-units = No co-operating units
btn-done = ✅ Done
btn-in-progress = 🔄 In progress
btn-not-started = ⏸ Not started
btn-obstacle = ⚠️ Obstacle
btn-extension = ⏳ More time
btn-approve = ✅ Approve the extension
btn-reject = ✖ Reject
btn-confirm-done = ✅ Confirm completion
btn-return-done = ↩ Return
btn-edit-deadline = 📅 Change deadline
btn-edit-text = ✏️ Edit text
btn-edit-lead = 🏢 Change lead unit
btn-edit-co-units = 🤝 Co-operating units
btn-cancel-task = 🗑 Cancel the task
btn-cancel-without-reason = Cancel without a reason
btn-keep-task = Keep the task

## Permissions (details)

denied-manage-units = Only the secretariat adds and renames units.
denied-manage-members = Only the secretariat changes roles or removes members.
denied-manage-tasks = Only the chair, the deputies and the secretariat edit or cancel tasks.
denied-decide = Only the chair, the deputies and the secretariat decide this.

## Units

units-header = <b>Units</b> ({ $count })
units-none = No units yet. The secretariat adds them with /donvi them.
units-line = • <b>{ $short }</b> — { $name }{ $aliases }
units-aliases = {" "}<i>(also: { $list })</i>
units-usage =
    Usage:
    <code>/donvi them Full name | Short name | alias, alias</code>
    <code>/donvi doiten Current name | New full name | New short name</code>
    <code>/donvi bidanh Unit | alias, alias</code>
unit-added = Unit <b>{ $short }</b> ({ $name }) added.
unit-renamed = Unit renamed to <b>{ $short }</b> ({ $name }). The old names are still recognised.
unit-aliases-added = New names for <b>{ $short }</b>: { $aliases }.
unit-exists = There is already a unit called “{ $name }”.
unit-not-found = No unit matches “{ $name }”. Send /donvi for the list.
unit-ambiguous = Several units match what you typed. Pick one:
unit-ambiguous-text = That name matches several units: { $names }. Please be more precise.
units-not-resolved = Could not tell which unit: { $names }. Type the names again (comma-separated) or send /donvi for the list.

## Members and registration

invite-ask-unit = An invite for which unit?
invite-created =
    Invite link for <b>{ $role }</b> of <b>{ $unit }</b>:
    { $link }
    
    The link works <b>once</b> and expires at { $expires }. Send it to the person who should register.
invite-unknown = That invite code is not valid.
invite-used = That invite has already been used. Please ask the secretariat for a new link.
invite-expired = That invite has expired. Please ask the secretariat for a new link.
invite-redeemed-notice = 👤 <b>{ $name }</b> registered as { $role } of <b>{ $unit }</b>.
members-header = <b>Members</b> ({ $count })
members-unit = <b>{ $unit }</b>
members-no-unit = <b>(No unit)</b>
members-none = No members yet.
members-line = • #{ $id } { $name } — { $role }{ $reachable ->
        [no] {" "}⚠️ <i>not receiving messages (may have blocked the bot)</i>
       *[other] {""}
    }
members-usage =
    The secretariat manages members:
    <code>/thanhvien vaitro #12 chair</code> (chair, deputy, secretariat, officer)
    <code>/thanhvien xoa #12</code>
member-unknown = There is no member #{ $id }.
member-role-changed = { $name } is now { $role }.
member-removed = { $name } was removed from the members. Their report history is kept.

## Groups

group-use-in-group = /nhom is sent in the committee's group chat: add { -bot } to the group and send /nhom there.
group-register-denied = Only a registered chair, deputy or secretariat member can register this group.
group-registered = ✅ This group is now the committee's group. The leadership sends /tonghop for the summary and /quahan for overdue tasks.
group-already-registered = This group is already registered.

## Language

language-usage = Usage: <code>/ngonngu vi</code> (Tiếng Việt) or <code>/ngonngu en</code> (English).
language-set = Language set to English.

## Tasks: display

programme-cds = Digital transformation
programme-da06 = Project 06
programme-nq57 = Resolution 57-NQ/TW
programme-other = Other
status-not-started = Not started
status-in-progress = In progress ({ NUMBER($percent) }%)
status-awaiting = Reported done, awaiting confirmation
status-done = Done{ $date ->
        [none] {""}
       *[other] {" "}on { $date }
    }
status-cancelled = Cancelled
timing-none = no deadline
timing-today = due today
timing-left = { $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }
timing-late = { $days ->
        [one] { $days } day overdue
       *[other] { $days } days overdue
    }
deadline-none = ongoing (no deadline)
deadline-on = { $date }{ $timing ->
        [none] {""}
       *[other] {" "}({ $timing })
    }
card-title = 📌 <b>{ $code }</b>{ $item }
card-item = {" "}· item { $item }
card-lead = Lead: <b>{ $unit }</b>
card-co-units = Co-operating: { $units }
card-deadline = Deadline: { $deadline }
card-extended = <i>Extended; the original deadline was { $date }</i>
card-programme = Programme: { $programme }
card-source = Document: { $source }
card-status = Status: <b>{ $status }</b>
card-obstacle = ⚠️ <b>Facing an obstacle</b>
card-evidence = 📎 Evidence: <b>{ $document }</b>
card-history = <b>Report history</b> (newest first):
history-line = • { $when } — { $who }: <i>{ $kind }</i>{ $quote }
history-quote = {" "}“{ $text }”
kind-done = reported done
kind-in-progress = in progress
kind-not-started = not started
kind-obstacle = obstacle
kind-extension = asked for more time
kind-note = note
kind-confirmed = confirmed done
kind-returned = returned the completion report
kind-extension-approved = extension approved to
kind-extension-rejected = extension rejected to
task-line =
    <b>{ $code }</b> · { $unit } · { $deadline }
    { $text } — <i>{ $status }</i>
tasks-header = <b>Tasks</b>: { $count }{ $overdue ->
        [0] {""}
       *[other] , of which <b>{ $overdue } overdue</b>
    }
tasks-none = No open tasks.
task-unknown = There is no task { $code }.
task-not-yours = Task { $code } does not belong to your unit.
task-closed = Task { $code } is closed (done or cancelled).

## Assigning a task

assign-ask-unit = Which <b>lead unit</b>? Tap one or type its name.
assign-ask-deadline = <b>Deadline?</b> Type e.g. <code>30/9/2026</code>, <code>15/8</code>, <code>cuối tháng 9</code>, <code>quý 3/2026</code>; for a recurring task <code>hằng tháng ngày 20</code> (monthly on the 20th), <code>hằng quý ngày 20</code>, <code>hằng năm 15/12</code>, <code>hằng tuần thứ sáu</code> (add <code>đến 31/12/2027</code> if it ends) — or tap “No deadline” for an ongoing task.
assign-ask-text = <b>What is the task?</b> Type it as worded in the conclusion.
assign-ask-co-units = <b>Co-operating units?</b> Tap to select (tap again to unselect), or type the names separated by commas. Tap “Done” when finished (or if there are none).
assign-ask-programme = Which <b>programme</b> is it part of?
assign-ask-source = <b>Which document assigned it?</b> E.g. <i>Thông báo số 123/TB-UBND ngày 08/8/2023</i>. Type it or tap “Skip”.
assign-confirm = Check it, then tap “Assign the task”:
assign-confirm-pending = Tap “Assign the task” to confirm, or “Cancel”.
deadline-not-understood = I could not read the deadline “{ $text }”. Type it like: <code>30/9/2026</code>, <code>15/8</code>, <code>cuối tháng 9</code>, <code>quý 3/2026</code>, <code>tháng 9/2026</code> or <code>không</code> (no deadline).
deadline-past = The deadline “{ $text }” ({ $date }) has already passed. Please give a date from today on, like <code>30/9/2026</code> or <code>cuối tháng 10</code>.
deadline-start-only = “{ $text }” is a start date ({ $date }), not a deadline. Please give the deadline, like <code>trước ngày 30/9/2026</code>.
deadline-recurring = “{ $text }” is a recurring deadline; a single date is needed here, like <code>20/9/2026</code>. Recurring tasks are assigned with <code>/giao</code>, the deadline written like <i>hằng tháng ngày 20</i>.
task-created = ✅ Task <b>{ $code }</b> assigned. Anyone can type this code to see and report on it.
task-no-officer = ⚠️ { $unit } has no registered officer yet, so nobody received this task. Create an invite with <code>/moi { $unit }</code>.
task-assigned-notice = 📬 Your unit has a new task <b>{ $code }</b>:

## Editing and cancelling

edit-ask-deadline = New deadline for <b>{ $code }</b>? (e.g. <code>30/9/2026</code>)
edit-ask-text = New text for <b>{ $code }</b>?
edit-ask-lead = The new lead unit? Tap one or type its name.
edit-ask-co-units = Co-operating units of <b>{ $code }</b>? Type the names separated by commas (the new list replaces the old one).
edit-ask-cancel-reason = Cancel task <b>{ $code }</b>? Type the reason, or use a button below.
edited-deadline = 📅 The deadline of task <b>{ $code }</b> has changed.
edited-text = ✏️ The text of task <b>{ $code }</b> has been edited.
edited-lead = 🏢 The lead unit of task <b>{ $code }</b> has changed.
edited-co-units = 🤝 The co-operating units of task <b>{ $code }</b> have been updated.
task-cancelled = 🗑 Task <b>{ $code }</b> cancelled.
task-cancelled-notice = 🗑 Task <b>{ $code }</b> ({ $text }) has been cancelled. Your unit need not report on it any more.
cancel-reason = Reason: { $reason }

## Status reports

report-usage = Usage: <code>/capnhat NV-0042 in progress, 60%</code>
report-ask-status = How is <b>{ $code }</b> going? Tap a button or reply to this message in words.
report-ask-percent = How far along is <b>{ $code }</b>? Tap a button or type a number (e.g. <code>60</code>).
report-ask-obstacle = What is blocking <b>{ $code }</b>? Describe it briefly; the secretariat receives it at once.
report-unsure = I am not sure what you reported for <b>{ $code }</b> (“{ $text }”). Please choose:
report-which-task = Which task is this about? Choose below{ $more ->
        [0] {""}
       *[other] {" "}({ $more } more: type the code, e.g. NV-0042)
    }.
report-recorded = ✅ Recorded for <b>{ $code }</b>: { $status }.
report-recorded-awaiting = ✅ Completion of <b>{ $code }</b> recorded. The secretariat will check and confirm it.
report-recorded-obstacle = ⚠️ The obstacle on <b>{ $code }</b> is recorded and was passed to the secretariat. Status: { $status }.
report-task-done = Task <b>{ $code }</b> is done; no more reports are needed.
report-task-cancelled = Task <b>{ $code }</b> was cancelled; no more reports are needed.
obstacle-notice =
    ⚠️ <b>Obstacle</b> — <b>{ $code }</b> ({ $unit })
    { $task }
    { $who }: “{ $text }”

## Confirming completions

completion-notice = 📥 <b>{ $who }</b> ({ $unit }) reports task { $code } <b>done</b>. Confirm or return it:
completion-ask-evidence = Evidence for <b>{ $code }</b> (e.g. the number of the report document), or tap “Skip”.
completion-ask-reason = Why is the completion of <b>{ $code }</b> returned? The unit will see this reason.
completion-already-decided = The completion report of <b>{ $code }</b> has already been handled.
completion-confirmed-done = ✅ Completion of <b>{ $code }</b> confirmed.
completion-returned-done = ↩ Completion report of <b>{ $code }</b> returned.
completion-confirmed-notice = ✅ The secretariat confirmed task <b>{ $code }</b> done on { $date }.
evidence-line = Evidence: { $note }
completion-returned-notice = ↩ The completion report of <b>{ $code }</b> was returned. Reason: { $note }. The task is in progress again.

## More time

extension-usage = Usage: <code>/giahan NV-0042 30/11/2026 waiting for funding</code>
extension-ask-date = Until when do you need for <b>{ $code }</b>? Type the date and the reason, e.g. <code>30/11 waiting for funding</code>.
extension-not-later = The new deadline must be after today and after the current deadline of <b>{ $code }</b>.
extension-officers-only = Only the unit's officers ask for more time. The leadership and the secretariat change the deadline with “Change deadline” on the task card.
extension-requested = ⏳ Your request to extend <b>{ $code }</b> to { $date } was sent. You will be told of the decision.
extension-notice =
    ⏳ <b>{ $who }</b> ({ $unit }) asks to extend <b>{ $code }</b>
    from { $old } to <b>{ $new }</b>.
    Reason: “{ $reason }”
extension-already-decided = This request has already been decided.
extension-approved-done = ✅ { $who } approved extending <b>{ $code }</b> to { $date }.
extension-rejected-done = ✖ { $who } rejected extending <b>{ $code }</b> to { $date }.
extension-approved-notice = ✅ Your request to extend <b>{ $code }</b> was approved ({ $who }). New deadline: <b>{ $date }</b>.
extension-rejected-notice = ✖ Your request to extend <b>{ $code }</b> to { $date } was not approved ({ $who }). The deadline stays as it was.

## Reminders

reminder-ahead = ⏰ <b>Reminder</b>: task <b>{ $code }</b> is due in <b>{ $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }</b> ({ $date }).
reminder-due = ⏰ Task <b>{ $code }</b> is <b>due today</b> ({ $date }). Please report its outcome.
reminder-overdue = ❗ Task <b>{ $code }</b> is <b>{ $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue</b> (deadline { $date }). Please report progress and any obstacle.
reminder-escalation = 🚨 <b>Behind schedule</b>: task <b>{ $code }</b> of <b>{ $unit }</b> is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue ({ $working ->
        [one] { $working } working day
       *[other] { $working } working days
    }), deadline { $date }.
reminder-quiet = 📝 No progress has been reported on task <b>{ $code }</b> for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. Please update it with a button below or by replying to this message.
reminder-co-unit = (Your unit co-operates; { $unit } leads.)
reminder-latest = Latest report: { $line }
reminder-no-report-yet = no report yet
reminder-fallback-no-officer = ⚠️ <b>{ $unit }</b> has no registered officer, so the reminder below comes to the secretariat. Create an invite with <code>/moi { $unit }</code>.
undelivered-title = ⚠️ <b>Messages that could not be delivered</b>: { $count }. Please reach the recipients another way.
undelivered-line = • { $who }, { $at }: { $error }
undelivered-line-task = • { $who }, task <b>{ $code }</b>, { $at }: { $error }
undelivered-chat = chat { $chat }
undelivered-more = … and { $count } more.
undelivered-why-unreachable = the recipient blocked the bot or cannot be reached
undelivered-why-refused = Telegram refused the message (<code>{ $detail }</code>)
reminder-fallback-blocked = ⚠️ The reminder could not reach the officers of <b>{ $unit }</b> (they blocked the bot or cannot be reached), so it comes to the secretariat.

## Schedule (/lich)

fmt-weekday = { $n ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    }
schedule-header = ⏰ <b>Reminder schedule</b> (next { $days } days):
schedule-none = No reminders coming up.
schedule-line = • { $when } — <b>{ $code }</b>: { $what }
schedule-paused-note = ⏸ <b>The schedule is paused.</b> The secretariat sends <code>/lich tieptuc</code> to resume it.
schedule-paused = ⏸ All reminders paused. Send <code>/lich tieptuc</code> to resume; of the reminders missed meanwhile only each task's latest is sent.
schedule-resumed = ▶️ The reminder schedule is running again.
schedule-task-default = Task <b>{ $code }</b> follows the committee's schedule: { $days } working days before the deadline (0 is the deadline day), at { $hour }.
schedule-task-own = Task <b>{ $code }</b> has its own schedule: { $days } working days before the deadline (0 is the deadline day), at { $hour }.
schedule-usage = Usage: <code>/lich</code> or <code>/lich NV-0042</code>. The leadership and the secretariat give a task its own schedule: <code>/lich NV-0042 5,2,0 9:00</code>, back to the committee's: <code>/lich NV-0042 macdinh</code>. The secretariat: <code>/lich tamdung</code>, <code>/lich tieptuc</code>.
denied-manage-schedule = Only the secretariat pauses or resumes the schedule.
occasion-ahead = { $days ->
        [one] { $days } working day before the deadline
       *[other] { $days } working days before the deadline
    }
occasion-due = deadline day
occasion-overdue = { $days ->
        [one] { $days } working day late
       *[other] { $days } working days late
    }
occasion-escalation = to the leadership ({ $days ->
        [one] { $days } working day late
       *[other] { $days } working days late
    })
occasion-quiet = progress request ({ $days ->
        [one] { $days } day silent
       *[other] { $days } days silent
    })
quiet-header = 🔕 <b>Quiet units</b> (tasks without a report for over { $days } days):
quiet-line = • { $unit }: { $tasks ->
        [one] { $tasks } task
       *[other] { $tasks } tasks
    }, the longest { $days } days

## Summaries (/tonghop, /quahan, /bieudo, /xuat)

denied-reports = Only the chair, the deputies and the secretariat see summaries.
scope-all = all tasks
scope-year = year { $year }
scope-quarter = Q{ $quarter }/{ $year }
scope-half-first = first half of { $year }
scope-half-second = second half of { $year }
filter-unknown = I do not understand “{ $text }”. Filters: a year (<code>2026</code>), a quarter (<code>q3/2026</code>), a half year (<code>6t/2026</code>), a programme (<code>nq57</code>, <code>cds</code>, <code>da06</code>), a unit name (<code>sở tư pháp</code>), and <code>đầy đủ</code> for the chart and spreadsheet too. They combine, e.g. <code>/tonghop q3/2026 nq57</code>.
summary-title = 📊 <b>PROGRESS OF TASKS</b>
    { $scope }, as of { $date }
headline-total = Total: <b>{ $total }</b> { $total ->
        [one] task
       *[other] tasks
    }
headline-done = ✅ Done: <b>{ $done }</b> ({ NUMBER($share, maximumFractionDigits: 1) }%) — on time { $on_time }, late { $late }
headline-in-progress = 🔄 In progress: <b>{ $in_progress }</b>{ $behind ->
        [0] {""}
       *[other] , of which <b>{ $behind } behind schedule</b>
    }
headline-not-started = ⏸ Not started: <b>{ $not_started }</b>{ $overdue ->
        [0] {""}
       *[other] {" "}({ $overdue } past the deadline)
    }
headline-no-deadline = ♾ Ongoing (no deadline): { $count }
headline-long-late = 🚨 More than { $days } days late: <b>{ $count }</b>
summary-units-header = <b>Units with the most overdue tasks:</b>
summary-unit-line = { $rank }. { $unit } — <b>{ $overdue }</b>/{ $total } overdue
summary-overdue-header = <b>Overdue tasks</b> ({ $shown }/{ $count }, most late first):
summary-overdue-line = • <b>{ $code }</b> { $unit } — { $days ->
        [one] { $days } day
       *[other] { $days } days
    } late{ $flag ->
        [yes] {" "}🚨
       *[other] {""}
    } — { $text }
summary-pick-unit = Pick a unit to see its tasks (overdue in brackets):
btn-overdue-list = ❗ Overdue ({ $count })
btn-unit-table = 📋 Table by unit
btn-pick-unit = 🏢 One unit
btn-chart = 📊 Chart
table-title = 📋 <b>Table by unit</b> — { $scope }
table-col-unit = Unit
table-col-total = All
table-col-done = Done
table-col-progress = Prog
table-col-overdue = Late
table-col-not-started = New
table-total = TOTAL
table-legend = <i>Prog: in progress within the deadline; Late: overdue (behind schedule); New: not started (within the deadline).</i>
chart-title = Tasks by unit — { $scope } (as of { $date })
chart-axis = Tasks
chart-done = Done
chart-in-progress = In progress (on time)
chart-overdue = Overdue
chart-not-started = Not started
export-caption = 📑 Task spreadsheet — { $scope }, as of { $date } ({ $count ->
        [one] { $count } task
       *[other] { $count } tasks
    })
sheet-tasks = Tasks
sheet-summary = Summary
col-code = Code
col-item = Item
col-text = Task
col-lead = Lead unit
col-co-units = Co-operating units
col-deadline = Deadline
col-original-deadline = Original deadline
col-programme = Programme
col-source = Source document
col-year = Year
col-status = Status
col-progress = Progress (%)
col-completed = Completed on
col-days-late = Days late
col-latest-report = Latest report
col-latest-at = Reported at
col-unit = Unit
col-total = Total
col-done-on-time = Done on time
col-done-late = Done late
col-in-progress = In progress (on time)
col-behind = Behind schedule
col-not-started = Not started
col-not-started-overdue = Not started, overdue
col-no-deadline = No deadline
col-share-done = Share done (%)

## Scheduled reports

digest-title = 📅 <b>WEEKLY DIGEST</b> — as of { $date }
digest-changes = <b>Since { $since }:</b> done { $done }, newly overdue { $overdue }, newly assigned { $new }.
digest-done = ✅ Done: { $codes }
digest-overdue = ❗ Newly overdue: { $codes }
digest-new = 🆕 Newly assigned: { $codes }
digest-more = and { $count } more
report-title-monthly = 📑 <b>MONTHLY REPORT { $month }/{ $year }</b>: progress of { $year }'s tasks
report-title-quarterly = 📑 <b>QUARTERLY REPORT Q{ $quarter }/{ $year }</b>: progress of { $year }'s tasks
report-title-half-year = 📑 <b>SIX-MONTH REPORT { $year }</b>: progress of tasks
report-title-yearly = 📑 <b>YEARLY REPORT { $year }</b>: progress of tasks
report-period-changes = In the period (since { $since }): done { $done }, newly assigned { $new }. The attached spreadsheet lists the tasks and a table of units × status.

## Importing tasks (/nhap)

import-ask = 📥 Send the <b>conclusion notice</b>: paste its text (in several messages if needed) or send a <code>.docx</code>, <code>.txt</code>, <code>.xlsx</code> or <code>.csv</code> file. Tap “Process” when done. Nothing is saved until you confirm.
import-received = Received { $parts ->
        [one] { $parts } part
       *[other] { $parts } parts
    } ({ $chars } characters). Send more, or tap “Process”.
import-pasted-name = pasted text
import-send-command-first = To import tasks from this file, send /nhap first and then the file (or send the file with the caption /nhap).
import-download-failed = Could not download the file from Telegram. Please send it again.
import-empty = The text or file is empty: please send the file with the notice, or paste its text.
import-too-large = The file or text is too large (at most 20 MB, { $max } characters): please send only the conclusion notice or its appendix of tasks.
import-not-docx = This is not a valid Word (.docx) document: please save it as .docx or paste its text.
import-not-pdf = This is not a PDF that can be read: please send the PDF from the e-office system or a .docx.
import-no-text-layer = This PDF is a scan (pictures of pages) with no text layer: please send the PDF with text from the e-office system, a .docx, or paste the text.
import-not-sheet = This spreadsheet cannot be read: please open it in Excel, save it as .xlsx or .csv and send it again.
import-missing-column = The spreadsheet has no column “{ $column }”: please add a header row with at least “Nội dung” (task) and “Đơn vị chủ trì” (lead unit), and optionally “Đơn vị phối hợp”, “Thời hạn”, “Chương trình”.
import-no-tasks = No task found: no sentence assigns work to an agency (e.g. “Sở Nội vụ chủ trì … hoàn thành trước ngày …”). Please check the document, or assign tasks one by one with /giao.
import-unsupported = Only pasted text and .txt, .docx, .pdf, .xlsx, .csv or .tsv files can be imported.
import-preview = 📥 <b>Preview</b>: { $name }
    { $source } — { $items } items ({ $kept } kept), making <b>{ $tasks }</b> tasks.
import-problems = ⚠️ { $count } items have no known lead unit: { $labels }. Tap ✏️ to choose one, or 🗑 to drop the item.
import-item = <b>{ $label }</b> · { $leads }{ $co } · { $deadline }
    { $text }
import-co-units = {" "}(with: { $units })
import-deadline = due { $date }
import-no-deadline = no deadline
import-no-lead = ⚠️ lead unit unknown
import-unknown-unit = ⚠️ “{ $name }” (not a registered unit)
import-group-as-written = { $group } (the document says “{ $name }”)
import-page = Page { $page }/{ $pages }
import-edit-item = ✏️ Edit item <b>{ $label }</b>:
    { $text }
import-ask-lead = Type the lead unit's name.
import-ask-deadline = Type the deadline (e.g. <code>30/9/2026</code>), or <code>không</code>.
import-ask-text = Type the task's new text.
import-ask-co-units = Type the co-operating units, separated by commas, or <code>không</code>.
import-closed = This import was already confirmed or cancelled.
import-cancelled = Import cancelled. No task was created.
import-duplicate = ⚠️ This document was imported at { $date } ({ $count } tasks). Importing it again would duplicate them.
import-done = ✅ Created <b>{ $count }</b> tasks ({ $first } → { $last }). The units' officers have been notified.
denied-import = Only the secretariat imports tasks.
group-departments = Các sở, ban, ngành
group-districts = UBND các huyện, thành phố
group-communes = UBND các xã, phường
btn-import-process = ✅ Process
btn-import-confirm = ✅ Confirm, create the tasks
btn-import-force = Import anyway
btn-import-groups-split = Unit groups: one task per unit ✓ (tap for one joint task)
btn-import-groups-joint = Unit groups: one joint task ✓ (tap for one per unit)
btn-import-lead = Lead unit
btn-import-deadline = Deadline
btn-import-text = Text
btn-import-co-units = Co-operating units
btn-import-create-unit = ➕ Add the unit “{ $name }”
btn-back = ◀ Back

## Command line (dondoc import, dondoc demo)

cli-cannot-read = Cannot read { $path }: { $error }
cli-import-header = { $name }: { $source } — { $items } items, making { $tasks } tasks.
cli-import-item = { $label } | { $leads } | { $deadline } | { $text }
cli-import-dry-run = (Dry run: nothing saved. Run without --dry-run to create these tasks.)
cli-import-duplicate = This document was imported at { $date } ({ $count } tasks). Add --force to import it anyway.
cli-import-unassigned = No lead unit for items: { $labels }. Add the missing units (/donvi them) and run again, or import through the bot (/nhap) to fix each item.
cli-import-done = Created { $count } tasks ({ $first } → { $last }). Their cards go to the officers when the bot runs.
cli-demo-not-empty = The database already has tasks; the sample data is only for an empty database.
cli-demo-done = Sample data created: { $units } units, { $tasks } tasks ({ $done } done). Run the bot with DONDOC_ADMINS=&lt;your Telegram id&gt; and send it /tonghop.
cli-backup-exists = { $path } exists; choose another name rather than overwrite it.
cli-backup-broken = The copy is not sound: { $detail }
cli-backup-done = Backed up to { $path } ({ $kb } KB, { $tasks } tasks); the copy passed the integrity check.
cli-seed-not-empty = The database already has units, members or tasks; load-test data goes only into an empty one.
cli-seed-done = Created { $units } units, { $members } members, { $tasks } tasks and { $reports } status reports in { $seconds } s.

## Counting (issue 20)

cmd-tamdung = Suspend a task (give the reason)
cmd-tieptuc = Resume a suspended task
cmd-tralai = Return a task that is not your unit's (give the reason)
cmd-danhgia = The units' scorecard for a month, quarter or year
ex-tamdung = /tamdung NV-0042 | waiting for the ministry's guidance
ex-tieptuc = /tieptuc NV-0042
ex-tralai = /tralai NV-0042 | this is the Department of Finance's remit
ex-danhgia = /danhgia q3/2026
attention-header = 🔔 <b>Needs the chair:</b>
attention-overdue = • Overdue tasks: <b>{ $count }</b>
attention-due-soon = • Due soon (within { $days } working days): <b>{ $count }</b>
attention-obstacles = • Obstacles waiting: <b>{ $count }</b>
attention-extensions = • Requests for more time waiting: <b>{ $count }</b>
attention-none = 🔔 Nothing overdue, due soon, blocked or waiting for a decision.
grid-header = <b>Open tasks by deadline</b> (within · due soon · overdue · no deadline):
grid-not-started = ⏸ Not started: { $within } · { $soon } · { $overdue } · { $none }
grid-in-progress = 🔄 In progress: { $within } · { $soon } · { $overdue } · { $none }
grid-awaiting = 📨 Awaiting confirmation: { $within } · { $soon } · { $overdue } · { $none }
held-line = ⏹ Suspended: <b>{ $suspended }</b> · ↩ Returned by the unit, to reassign: <b>{ $returned }</b>
rate-completion = 📈 Completion rate: <b>{ $rate }</b> <i>(done ÷ (done + overdue not done), tasks still within their deadline left out; as the Government Office reports it)</i>
rate-on-time = ⏱ On-time rate: <b>{ $rate }</b> <i>(done on time ÷ done)</i>
rate-value = { NUMBER($rate, maximumFractionDigits: 1) }%
rate-none = no figures yet
status-suspended = ⏹ Suspended{ $reason ->
        [none] {""}
       *[other] : { $reason }
    }
status-returned = ↩ Returned by the unit, waiting to be reassigned{ $reason ->
        [none] {""}
       *[other] : { $reason }
    }
hold-ask-code = Which task? For example <code>/{ $command } NV-0042 | reason</code>.
hold-ask-reason = Please give the reason, for example <code>/{ $command } { $code } | reason</code>.
hold-not-open = Task <b>{ $code }</b> is done or cancelled; it cannot be suspended or returned.
hold-already-suspended = Task <b>{ $code }</b> is already suspended.
hold-already-returned = Task <b>{ $code }</b> was returned by its unit and waits to be reassigned.
hold-not-suspended = Task <b>{ $code }</b> is not suspended.
hold-return-lead-only = Only the lead unit's officers can return task <b>{ $code }</b>.
hold-suspended = ⏹ Task <b>{ $code }</b> is suspended. Reason: { $reason }
    While suspended it gets no reminders and is not counted as overdue; /tieptuc { $code } resumes it.
hold-suspended-notice = ⏹ Task <b>{ $code }</b> is suspended: { $text }
    Reason: { $reason }
hold-resumed = ▶ Task <b>{ $code }</b> is being followed up again.
hold-resumed-notice = ▶ Task <b>{ $code }</b> is resumed: { $text }
    Please get on with it so it is done by the deadline.
hold-returned = ↩ Noted: your unit returns task <b>{ $code }</b>. Reason: { $reason }
    The committee's office will reassign it.
hold-returned-notice = ↩ <b>{ $unit }</b> returns task <b>{ $code }</b>: { $text }
    Reason: { $reason }
    Please reassign it to the right lead unit (the “Change lead unit” button).
hold-ask-suspend-reason = Why is task <b>{ $code }</b> suspended?
hold-ask-return-reason = Why does your unit return task <b>{ $code }</b> (e.g. whose remit it is)?
btn-suspend = ⏹ Suspend
btn-resume = ▶ Resume
btn-return-task = ↩ Not our unit's
score-title = 🏅 <b>UNITS' SCORECARD</b>
    { $period }, as of { $date }
score-period-month = { $month }/{ $year }
score-line = { $rank }. <b>{ $unit }</b> — { $score }
    due { $due } · on time { $on_time } · done late { $late } · overdue { $overdue } · reported on time { $reported }
score-points = <b>{ NUMBER($score, maximumFractionDigits: 1) }</b> points, { $band }
score-unscored = not scored (nothing has come due)
band-excellent = excellent
band-good = good
band-pass = satisfactory
band-fail = unsatisfactory
score-legend = <i>Due: tasks with a deadline in the period, suspended, returned and cancelled ones left out. Score = ({ $on_time } × done on time + { $late } × done late + { $reported } × reported on by the deadline) ÷ tasks done or overdue; tasks still within their deadline are not scored. Bands: { $excellent } and above excellent, { $good } good, { $pass } satisfactory, below { $pass } unsatisfactory.</i>
score-none = No task has a deadline in { $period }.
score-more = … and { $count } more units (all of them in the /xuat spreadsheet).
score-bad-period = I cannot read the period “{ $text }”. Give a month (<code>/danhgia 9/2026</code>), a quarter (<code>/danhgia q3/2026</code>) or a year (<code>/danhgia 2026</code>).
sheet-scorecard = Scorecard
col-rank = Rank
col-due = Due
col-overdue-open = Overdue, not done
col-reported = Reported on time
col-score = Score
col-band = Band
col-due-soon = Due soon
col-awaiting = Awaiting confirmation
col-suspended = Suspended
col-returned = Returned, to reassign
col-completion-rate = Completion rate (%)
col-on-time-rate = On-time rate (%)
sheet-rates-note = Completion rate = done ÷ (done + overdue not done), tasks still within their deadline left out (as the Government Office reports it). On-time rate = done on time ÷ done.
chart-held = Suspended, returned
## Evidence, stand-ins, recurring (issue 21)

cmd-hoso = A task's dossier: its history and evidence files
ex-hoso = /hoso NV-0042
# $number is "none" when neither the file name nor the caption carries a document number.
evidence-list-header = 📎 Evidence ({ $count ->
        [one] 1 file
       *[other] { $count } files
    }):
evidence-list-line = • { $number ->
        [none] { $name }
       *[other] <b>{ $number }</b> — { $name }
    } ({ $size })
evidence-list-more = … and { $count } more (see /hoso).
evidence-size-kb = { $kb } KB
evidence-size-mb = { $mb } MB
evidence-filed = 📎 Evidence filed for task <b>{ $code }</b>:
    { $line }
    The task's dossier holds { $count ->
        [one] 1 file
       *[other] { $count } files
    }.
evidence-duplicate = The file “{ $name }” is already in the dossier of task <b>{ $code }</b>; it was not filed again.
evidence-too-large = The file “{ $name }” is { $size }, above the 20 MB Telegram lets a bot download; it was not stored. Please compress it or split it into smaller files and send them again.
evidence-not-accepted = Only documents (PDF, Word, Excel…) and pictures are taken as evidence; the file “{ $name }” was not stored.
evidence-download-failed = The file “{ $name }” could not be downloaded from Telegram and was not stored. Please send it again.
evidence-no-task = It is not clear which task this file is evidence for; it was not stored. Please send it as a reply to a message about the task, or with a caption such as <code>/capnhat NV-0042 done</code>.
evidence-ask = Please send the document or picture that shows the result (the signed PDF, a photo of the document…) right after this message. If there is none yet, press “No evidence”.
btn-evidence-skip = No evidence
evidence-skipped = The completion of task <b>{ $code }</b> is recorded without evidence.
evidence-added-notice = 📎 <b>{ $who }</b> ({ $unit }) added evidence for task { $code }, awaiting confirmation:
    { $line }
    Please check it, then confirm or return:
completion-evidence-attached = The evidence ({ $count ->
        [one] 1 file
       *[other] { $count } files
    }) follows this message.
evidence-caption = { $code } · { $line }
dossier-usage = Please give the task's code, for example <code>/hoso NV-0042</code>.
dossier-header = 🗂 <b>Dossier of task { $code }</b>
dossier-no-files = The task has no evidence files yet.
dossier-files = The evidence files ({ $count }) follow this message.
cmd-vang = Away: the unit's reminders go to another officer
ex-vang = /vang 15/12-20/12 @Lan
away-usage = Please give the days away and, if there is one, the colleague who stands in, for example <code>/vang 15/12-20/12 @Lan</code>, or <code>/vang 15/12-20/12 không</code> to leave it to the unit's other officers. To cancel: <code>/vang huy</code>.
away-past = Those days are over. Please give them again, for example <code>/vang 15/12-20/12</code>.
away-backwards = The last day comes before the first. Please give them again, for example <code>/vang 15/12-20/12</code>.
away-no-unit = You belong to no unit, so there is nothing to hand over.
away-colleague-unknown = No officer “{ $name }” of { $unit } was found; the colleague who stands in must be an officer of the same unit. The unit's officers: { $names }.
away-colleague-ambiguous = Several officers of { $unit } match “{ $name }”: { $names }. Please give the officer's number, for example <code>/vang 15/12-20/12 #12</code>.
away-no-colleagues = (no other officer yet)
away-recorded-colleague = 🗓 Recorded: you are away from { $from } to { $to }. Meanwhile the reminders and requests for { $unit }'s tasks go to <b>{ $colleague }</b>.
away-recorded-others = 🗓 Recorded: you are away from { $from } to { $to }. Meanwhile the reminders and requests for { $unit }'s tasks go to the unit's other officers.
away-recorded-nobody = 🗓 Recorded: you are away from { $from } to { $to }. { $unit } has no other officer to reach meanwhile; the secretariat has been told.
away-stand-in-notice = 🗓 <b>{ $who }</b> ({ $unit }) is away from { $from } to { $to }. Please take the reminders and requests for the unit's tasks meanwhile.
away-nobody-notice = ⚠️ <b>{ $who }</b> ({ $unit }) is away from { $from } to { $to }, and the unit has no other officer to reach. Its reminders go to the secretariat meanwhile.
away-standing-in-note = ↪ Standing in for <b>{ $who }</b> (away until { $date }).
away-cancelled = { $count ->
        [one] One absence cancelled
       *[other] { $count } absences cancelled
    }; the unit's reminders come to you as usual.
away-list-header = <b>Absences declared:</b>
away-list-line = • { $from } – { $to }
reminder-fallback-away = ⚠️ The officers of <b>{ $unit }</b> are away (declared with /vang) and nobody stands in, so the reminder below comes to the secretariat.

## Recurring tasks

series-next-created = 🔁 Next period: <b>{ $code }</b>, due { $date }.
card-series = 🔁 Recurring: { $rule }{ $until } · on time <b>{ $on_time }/{ $counted }</b> periods
card-series-until = , until { $date }
recurrence-weekly = every week, { $weekday }
recurrence-monthly = every month, on the { $day }
recurrence-monthly-last = every month, on its last day
recurrence-quarterly = every quarter, on the { $day } of its last month
recurrence-quarterly-last = every quarter, on its last day
recurrence-half-yearly = every six months, on { $first } and { $second }
recurrence-yearly = every year, on { $date }
deadline-recurring-no-day = “{ $text }” reads as a recurring task, but on which day of the period is it due? For example: <i>hằng tháng ngày 20</i> (every month on the 20th), <i>hằng quý ngày 20</i>, <i>hằng năm 15/12</i>, <i>hằng tuần thứ sáu</i>.

## Dashboard (Mini App)

web-title = Where the tasks stand
web-overview = Overview
web-units = By unit
web-tasks = Tasks
web-total = Total
web-done-on-time = Done on time
web-done-late = Done late
web-in-progress = In progress
web-not-started = Not started
web-overdue = Overdue
web-due-soon = Due soon
web-no-deadline = No deadline
web-suspended = Suspended
web-returned = Returned by the unit
web-completion-rate = Completion rate
web-on-time-rate = On-time rate
web-waiting = Waiting for the chair
web-obstacles = Obstacles
web-extensions = Requests for more time
web-awaiting = Completions to confirm
web-trend = By month (deadline): on time, late, not done
web-unit = Unit
web-deadline = Deadline
web-status = Status
web-history = Reports
web-evidence = Evidence
web-more = More
web-back = Back
web-all = All
web-period = Period
web-programme = Programme
web-denied = This Telegram account is not registered with the committee.
web-unauthorised = Could not verify you. Open the page from its button in Telegram.
web-days-late = # days late
web-days-left = # days left
web-none = None
web-open-button = 📊 Open the dashboard
web-failed = Could not load the data; please try again later.
web-quarter = Q#
web-half-first = First half of
web-half-second = Second half of
btn-stop-series = ⏹ Stop recurring after this period
series-stopped = ⏹ The recurring task ends with <b>{ $code }</b>: no further periods.{ $later ->
        [0] {""}
       *[other] {" "}{ $later } later period(s) already exist; cancel them on their cards if not needed.
    }

## The daily reminder list: one message a person.
reminder-list-header = 📋 <b>Tasks to follow up on { $date }</b>: { $count ->
        [one] one task
       *[other] { $count } tasks
    }{ $overdue ->
        [0] {""}
       *[other] , <b>{ $overdue } overdue</b>
    }.
reminder-list-own = Please carry out the following tasks and report on them:
reminder-list-fallback = ⚠️ <b>Reminders passed to the secretariat</b> (the lead unit could not get them):
reminder-list-escalation = 🚨 <b>Tasks behind schedule</b>, for your direction:
reminder-list-unit = <b>{ $unit }</b> ({ $count ->
        [one] one task
       *[other] { $count } tasks
    })
reminder-list-line =
    { $n }. <b>{ $code }</b> · { $what }
    { $text } — <i>{ $status }</i>
reminder-list-lead = lead
reminder-list-standing-in = lead, standing in for { $who } (away until { $date })
reminder-list-co-unit = co-operating ({ $unit } leads)
reminder-list-no-officer = { $unit } has no registered officer
reminder-list-blocked = { $unit }'s officers cannot be reached
reminder-list-away = { $unit }'s officers are away
reminder-list-quiet = { $days ->
        [one] no report for a day
       *[other] no report for { $days } days
    }
reminder-list-footer = Report with the buttons below, or reply to this message naming the task, for example: “{ $code } done”.
btn-list-done = ✅ Done
btn-list-progress = 🔄 Progress
reminder-list-left = { $date } ({ $days ->
        [one] one working day left
       *[other] { $days } working days left
    })
