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
    Hello! I am <b>{ -bot }</b>, the task follow-up assistant of the province's steering committee on digital transformation.
    
    I keep the tasks the chair assigns, remind the responsible officers before and after each deadline, record their progress reports and summarise the situation for the leadership.
    
    You are not registered yet. Ask the secretariat (the committee's standing office) to send you the <b>invite link</b> for your unit, then open it.
    Your Telegram id: <code>{ $user_id }</code>

welcome-member =
    Hello <b>{ $name }</b>!
    You are <b>{ $role }</b>{ $unit ->
        [none] {""}
       *[other] {" "}of <b>{ $unit }</b>
    }.
    
    { $commands }

group-not-registered = This group is not registered with { -bot }. The chair or the secretariat sends /nhom in the group to register it.

## Help

help-header = <b>Commands you can use:</b>
help-line =
    { $command } — { $description }
       <i>Example:</i> <code>{ $example }</code>
help-footer = Replying to one of my task messages in plain words is also a progress report, e.g. <i>đã xong</i> (done), <i>đang triển khai, đạt 60%</i> (in progress, 60%).

## Common errors

error-internal = Sorry, something went wrong while handling this request. It has been logged for the secretariat; please try again in a few minutes.
error-unavailable = The command { $command } is not available in this version.

## One example per command (shown by /help)

ex-start = /start
ex-help = /help
ex-donvi = /donvi them Sở Thông tin và Truyền thông | Sở TT&amp;TT | so tttt, stttt
ex-moi = /moi Sở Tư pháp officer
ex-thanhvien = /thanhvien
ex-nhom = /nhom
ex-giao = /giao Sở Tư pháp | 30/9/2023 | Review and simplify administrative procedures
ex-viec = /viec NV-0042
ex-capnhat = /capnhat NV-0042 in progress, 60%
ex-giahan = /giahan NV-0042 30/11/2023 waiting for funding
ex-tonghop = /tonghop q3/2023 da06
ex-quahan = /quahan
ex-bieudo = /bieudo 2023
ex-xuat = /xuat 2023
ex-nhap = /nhap
ex-lich = /lich NV-0042
ex-ngonngu = /ngonngu vi

## Permissions

not-registered-short = You are not registered with { -bot }. Write to me privately to learn how to register.
use-private-chat = This command is used in a private chat with { -bot }, not in a group.
denied = Sorry, { $command } is for { $roles }. You are { $role }.
