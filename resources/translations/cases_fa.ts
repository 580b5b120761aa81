<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AssignDialog</name>
    <message>
        <source>Give to an expert</source>
        <translation>سپردن به کارشناس</translation>
    </message>
    <message>
        <source>Expert:</source>
        <translation>کارشناس:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>علت:</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous month</source>
        <translation>ماه پیش</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>ماه بعد</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>ماه جاری</translation>
    </message>
    <message>
        <source>Make the chosen day a holiday…</source>
        <translation>تعطیل کردن روز برگزیده…</translation>
    </message>
    <message>
        <source>Make the chosen day a working day</source>
        <translation>کاری کردن روز برگزیده</translation>
    </message>
    <message>
        <source>Holidays of the month:</source>
        <translation>تعطیلات این ماه:</translation>
    </message>
    <message>
        <source>Grey: weekend · red: official holiday · orange: added by the admin · green: official holiday removed (a working day)</source>
        <translation>خاکستری: تعطیل هفتگی · سرخ: تعطیل رسمی · نارنجی: افزودهٔ مدیر سامانه · سبز: تعطیل رسمیِ برداشته (روز کاری)</translation>
    </message>
    <message>
        <source>Weekend:</source>
        <translation>تعطیل هفتگی:</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>تقویم روزهای کاری</translation>
    </message>
    <message>
        <source> (removed: a working day)</source>
        <translation> (برداشته: روز کاری)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>روز تعطیل</translation>
    </message>
    <message>
        <source>Why is {day} a day off?</source>
        <translation>چرا {day} تعطیل است؟</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>Case:</source>
        <translation>پرونده:</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>New case</source>
        <translation>پروندهٔ تازه</translation>
    </message>
    <message>
        <source>A unit or a person, as in the address book</source>
        <translation>واحد یا شخص، همان‌گونه که در دفتر نشانی‌هاست</translation>
    </message>
    <message>
        <source>National ID (10 digits) or legal ID (11)</source>
        <translation>کد ملی (۱۰ رقم) یا شناسهٔ ملی (۱۱ رقم)</translation>
    </message>
    <message>
        <source>The Organization&apos;s letter: its number</source>
        <translation>شمارهٔ نامهٔ سازمان</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>هنوز سپرده نشده</translation>
    </message>
    <message>
        <source>Duty type:</source>
        <translation>نوع وظیفه:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>مجرای دریافت:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>تاریخ دریافت:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>متقاضی:</translation>
    </message>
    <message>
        <source>Applicant&apos;s ID:</source>
        <translation>شناسهٔ متقاضی:</translation>
    </message>
    <message>
        <source>Organization&apos;s letter:</source>
        <translation>نامهٔ سازمان:</translation>
    </message>
    <message>
        <source>124 reference:</source>
        <translation>شمارهٔ ۱۲۴:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>کد رهگیری:</translation>
    </message>
    <message>
        <source>Expert:</source>
        <translation>کارشناس:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>طبقه‌بندی:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>شرح:</translation>
    </message>
    <message>
        <source>Choose the duty type…</source>
        <translation>نوع وظیفه را برگزینید…</translation>
    </message>
    <message>
        <source>{title} ({code}) — {days} working days</source>
        <translation>{title} ({code}) — {days} روز کاری</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>روز کاری مانده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>نوع وظیفه</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>متقاضی</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>{days} late</source>
        <translation>{days} روز دیرکرد</translation>
    </message>
</context>
<context>
    <name>CaseViewDialog</name>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>یافته‌ها</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>دستگاه مسئول</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>گردش کار</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>Workgroup</source>
        <translation>کارگروه</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>گام بعد…</translation>
    </message>
    <message>
        <source>Wait…</source>
        <translation>در انتظار…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>ادامه…</translation>
    </message>
    <message>
        <source>Give to…</source>
        <translation>سپردن به…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>مختومه کردن…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>یادداشت…</translation>
    </message>
    <message>
        <source>Site visit…</source>
        <translation>بازدید…</translation>
    </message>
    <message>
        <source>Link letter…</source>
        <translation>پیوند نامه…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>پروندهٔ {number}</translation>
    </message>
    <message>
        <source>Closed on {closed} ({outcome}) after {days} working days; it was due on {due}.</source>
        <translation>در {closed} ({outcome}) پس از {days} روز کاری مختومه شد؛ مهلت آن {due} بود.</translation>
    </message>
    <message>
        <source>Due on {due} — {late} working days late ({service} working days for this duty).</source>
        <translation>مهلت {due} — {late} روز کاری دیرکرد (مهلت این وظیفه {service} روز کاری).</translation>
    </message>
    <message>
        <source>Due on {due} — {left} working days left ({service} working days for this duty).</source>
        <translation>مهلت {due} — {left} روز کاری مانده (مهلت این وظیفه {service} روز کاری).</translation>
    </message>
    <message>
        <source>The clock has stood still since {day}: the due date moves later for every working day it waits.</source>
        <translation>ساعت از {day} ایستاده است: به ازای هر روز کاری انتظار، مهلت یک روز کاری جلوتر می‌رود.</translation>
    </message>
    <message>
        <source>Duty type:</source>
        <translation>نوع وظیفه:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>مجرای دریافت:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>تاریخ دریافت:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>متقاضی:</translation>
    </message>
    <message>
        <source>Applicant&apos;s ID:</source>
        <translation>شناسهٔ متقاضی:</translation>
    </message>
    <message>
        <source>124 reference:</source>
        <translation>شمارهٔ ۱۲۴:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>کد رهگیری:</translation>
    </message>
    <message>
        <source>Expert:</source>
        <translation>کارشناس:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>مهلت:</translation>
    </message>
    <message>
        <source>Due soon from:</source>
        <translation>هشدار از:</translation>
    </message>
    <message>
        <source>Days waited:</source>
        <translation>روزهای توقف:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>طبقه‌بندی:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>شرح:</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Number, subject, applicant, 124 or tracking no.</source>
        <translation>شماره، موضوع، متقاضی، شمارهٔ ۱۲۴ یا کد رهگیری</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Any duty</source>
        <translation>همهٔ وظایف</translation>
    </message>
    <message>
        <source>Any deadline state</source>
        <translation>همهٔ وضعیت‌های مهلت</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>تنها گذشته از مهلت</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>مختومه‌ها هم</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>پروندهٔ تازه…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>بیشتر…</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>پرونده‌های من</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>همهٔ پرونده‌ها</translation>
    </message>
    <message>
        <source>{count} case(s)</source>
        <translation>{count} پرونده</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>مختومه کردن پرونده</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>نتیجه:</translation>
    </message>
    <message>
        <source>Our reply letter&apos;s number (optional)</source>
        <translation>شمارهٔ نامهٔ پاسخ ما (دلخواه)</translation>
    </message>
    <message>
        <source>Reply letter:</source>
        <translation>نامهٔ پاسخ:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>تاریخ مختومه:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>Closed on or before the due date counts as answered on time; it cannot be changed afterwards.</source>
        <translation>مختومه شدن تا پایان مهلت، پاسخ به‌موقع شمرده می‌شود و پس از آن تغییر نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>DutiesPage</name>
    <message>
        <source>MoU</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>طرف تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>تاریخ امضا</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>اعتبار تا</translation>
    </message>
    <message>
        <source>Duty types</source>
        <translation>انواع وظیفه</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Duty type</source>
        <translation>نوع وظیفه</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>روز کاری</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation>هشدار در</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Clock pauses</source>
        <translation>توقف ساعت</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>New MoU…</source>
        <translation>تفاهم‌نامهٔ تازه…</translation>
    </message>
    <message>
        <source>Edit MoU…</source>
        <translation>ویرایش تفاهم‌نامه…</translation>
    </message>
    <message>
        <source>New duty type…</source>
        <translation>نوع وظیفهٔ تازه…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>Save format</source>
        <translation>ذخیرهٔ قالب</translation>
    </message>
    <message>
        <source>Case number format:</source>
        <translation>قالب شمارهٔ پرونده:</translation>
    </message>
    <message>
        <source>MoU and duty types</source>
        <translation>تفاهم‌نامه و انواع وظیفه</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>{title} (inactive)</source>
        <translation>{title} (غیرفعال)</translation>
    </message>
    <message>
        <source>e.g. {sample}</source>
        <translation>نمونه: {sample}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>فعال کردن دوباره</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Duty type</source>
        <translation>نوع وظیفه</translation>
    </message>
    <message>
        <source>No MoU</source>
        <translation>بی‌تفاهم‌نامه</translation>
    </message>
    <message>
        <source>An expert&apos;s site visit is needed</source>
        <translation>بازدید کارشناسی لازم است</translation>
    </message>
    <message>
        <source>The clock stops while waiting for the applicant or the Organization</source>
        <translation>ساعت در انتظار متقاضی یا سازمان می‌ایستد</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>کد:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>MoU:</source>
        <translation>تفاهم‌نامه:</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>بند:</translation>
    </message>
    <message>
        <source>Service deadline (working days):</source>
        <translation>مهلت انجام (روز کاری):</translation>
    </message>
    <message>
        <source>Warn when used:</source>
        <translation>هشدار پس از مصرف:</translation>
    </message>
    <message>
        <source>Report group:</source>
        <translation>گروه گزارش:</translation>
    </message>
</context>
<context>
    <name>LetterCasesSection</name>
    <message>
        <source>No case is linked to this letter.</source>
        <translation>پرونده‌ای به این نامه پیوند ندارد.</translation>
    </message>
    <message>
        <source>Open a case from this letter…</source>
        <translation>تشکیل پرونده از این نامه…</translation>
    </message>
</context>
<context>
    <name>LinkLetterDialog</name>
    <message>
        <source>Link a letter</source>
        <translation>پیوند نامه</translation>
    </message>
    <message>
        <source>Letter number, e.g. 1405/و/12</source>
        <translation>شمارهٔ نامه، مانند ۱۴۰۵/و/۱۲</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>نامه:</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>به‌عنوان:</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Workgroup meeting</source>
        <translation>جلسهٔ کارگروه</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>هر نفر در یک سطر</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>تاریخ جلسه:</translation>
    </message>
    <message>
        <source>Minutes number:</source>
        <translation>شمارهٔ صورت‌جلسه:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>حاضران:</translation>
    </message>
</context>
<context>
    <name>MouDialog</name>
    <message>
        <source>Memorandum of understanding</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <source>The registered letter&apos;s number, when there is one</source>
        <translation>شمارهٔ نامهٔ ثبت‌شده، اگر هست</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>Counterparty:</source>
        <translation>طرف تفاهم‌نامه:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>تاریخ امضا:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>اعتبار از:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>اعتبار تا:</translation>
    </message>
    <message>
        <source>Its letter number:</source>
        <translation>شمارهٔ نامهٔ آن:</translation>
    </message>
    <message>
        <source>Registered letter:</source>
        <translation>نامهٔ ثبت‌شده:</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Wait (the clock stops)</source>
        <translation>در انتظار (ساعت می‌ایستد)</translation>
    </message>
    <message>
        <source>Waiting for:</source>
        <translation>در انتظار:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>علت:</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Month:</source>
        <translation>ماه:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Preview PDF…</source>
        <translation>پیش‌نمایش PDF…</translation>
    </message>
    <message>
        <source>Save Excel…</source>
        <translation>ذخیرهٔ اکسل…</translation>
    </message>
    <message>
        <source>Send to the Organization as a draft letter</source>
        <translation>ارسال به سازمان با پیش‌نویس نامه</translation>
    </message>
    <message>
        <source>Duty type</source>
        <translation>نوع وظیفه</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مختومه</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>به‌موقع</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>با تأخیر</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>معوق اکنون</translation>
    </message>
    <message>
        <source>Median working days</source>
        <translation>میانهٔ روز کاری</translation>
    </message>
    <message>
        <source>Mean working days</source>
        <translation>میانگین روز کاری</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Cases report</source>
        <translation>گزارش پرونده‌ها</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Workgroup resolutions of the period: {total}, implemented: {done} ({rate})</source>
        <translation>مصوبه‌های کارگروه در این بازه: {total}، اجرا شده: {done} ({rate})</translation>
    </message>
    <message>
        <source>Save Excel</source>
        <translation>ذخیرهٔ اکسل</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>ذخیره شد: {path}</translation>
    </message>
    <message>
        <source>A draft letter to the Organization was registered with the report attached: «{subject}». A manager signs it to give it its number.</source>
        <translation>پیش‌نویس نامه به سازمان با پیوست گزارش ثبت شد: «{subject}». مدیر با امضای آن شماره می‌دهد.</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <source>Case number, e.g. 1405/پ/12</source>
        <translation>شمارهٔ پرونده، مانند ۱۴۰۵/پ/۱۲</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>پرونده:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>مصوبه:</translation>
    </message>
    <message>
        <source>Responsible agency:</source>
        <translation>دستگاه مسئول:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>مهلت:</translation>
    </message>
    <message>
        <source>Implementation:</source>
        <translation>وضعیت اجرا:</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume (the clock runs again)</source>
        <translation>ادامه (ساعت دوباره می‌گردد)</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
</context>
<context>
    <name>SiteVisitDialog</name>
    <message>
        <source>Site visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>تاریخ بازدید:</translation>
    </message>
    <message>
        <source>Expert:</source>
        <translation>کارشناس:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>پیشرفت:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>یافته‌ها:</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>بی‌پیوست</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>افزودن پرونده…</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>پیوست‌ها:</translation>
    </message>
    <message>
        <source>Files of the visit</source>
        <translation>پیوست‌های بازدید</translation>
    </message>
</context>
<context>
    <name>SlaLegend</name>
    <message>
        <source>Deadline:</source>
        <translation>مهلت:</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Next step</source>
        <translation>گام بعد</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>اکنون:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>به:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
</context>
<context>
    <name>WorkgroupPage</name>
    <message>
        <source>Held on</source>
        <translation>تاریخ جلسه</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>صورت‌جلسه</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>حاضران</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>مصوبه‌ها</translation>
    </message>
    <message>
        <source>Only open resolutions past their deadline</source>
        <translation>تنها مصوبه‌های اجرانشدهٔ گذشته از مهلت</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>دستگاه مسئول</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>وضعیت اجرا</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>جلسهٔ تازه…</translation>
    </message>
    <message>
        <source>New resolution…</source>
        <translation>مصوبهٔ تازه…</translation>
    </message>
    <message>
        <source>Set implementation</source>
        <translation>ثبت وضعیت اجرا</translation>
    </message>
    <message>
        <source>Facilitation workgroup</source>
        <translation>کارگروه تسهیل و رفع موانع تولید</translation>
    </message>
    <message>
        <source>{status} — past its deadline</source>
        <translation>{status} — گذشته از مهلت</translation>
    </message>
</context>
</TS>
