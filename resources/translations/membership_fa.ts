<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AssociationDialog</name>
    <message>
        <source>Association</source>
        <translation>انجمن</translation>
    </message>
    <message>
        <source>New association</source>
        <translation>انجمن تازه</translation>
    </message>
    <message>
        <source>Short code:</source>
        <translation>کد کوتاه:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>National ID (legal entity):</source>
        <translation>شناسه ملی:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>شمارهٔ ثبت:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>رئیس:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>دبیر:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <source>Logo for cards:</source>
        <translation>نشان (برای کارت‌ها):</translation>
    </message>
</context>
<context>
    <name>AssociationsModel</name>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>رئیس</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>AssociationsPage</name>
    <message>
        <source>New association…</source>
        <translation>انجمن تازه…</translation>
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
        <source>Show amounts in:</source>
        <translation>نمایش مبلغ‌ها به:</translation>
    </message>
    <message>
        <source>New type…</source>
        <translation>نوع تازه…</translation>
    </message>
    <message>
        <source>Edit type…</source>
        <translation>ویرایش نوع…</translation>
    </message>
    <message>
        <source>Membership types of the selected association</source>
        <translation>انواع عضویت انجمن برگزیده</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>انجمن‌ها</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>فعال کردن</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import member units from Excel</source>
        <translation>ورود واحدهای عضو از اکسل</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>پرونده‌ای برگزیده نشده است.</translation>
    </message>
    <message>
        <source>Choose the Excel file…</source>
        <translation>گزینش پروندهٔ اکسل…</translation>
    </message>
    <message>
        <source>Check (nothing is written)</source>
        <translation>بررسی (چیزی نوشته نمی‌شود)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>دلیل رد شدن</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>ذخیرهٔ گزارش…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Which column holds what (* required):</source>
        <translation>هر ستون چه دارد (* بایسته):</translation>
    </message>
    <message>
        <source>Import {n} units</source>
        <translation>ورود {n} واحد</translation>
    </message>
    <message>
        <source>Choose the Excel file</source>
        <translation>گزینش پروندهٔ اکسل</translation>
    </message>
    <message>
        <source>{n} rows in the file.</source>
        <translation>{n} ردیف در پرونده.</translation>
    </message>
    <message>
        <source>{added} units can be added; {refused} rows are refused and {duplicates} are duplicates (listed below). Nothing has been written yet.</source>
        <translation>{added} واحد افزودنی است؛ {refused} ردیف رد شد و {duplicates} ردیف تکراری است (فهرست در پایین). هنوز چیزی نوشته نشده است.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <source>{n} units were imported.</source>
        <translation>{n} واحد وارد شد.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join an association</source>
        <translation>عضویت در انجمن</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>واحد:</translation>
    </message>
    <message>
        <source>Association:</source>
        <translation>انجمن:</translation>
    </message>
    <message>
        <source>Membership type:</source>
        <translation>نوع عضویت:</translation>
    </message>
    <message>
        <source>Joined on:</source>
        <translation>تاریخ عضویت:</translation>
    </message>
    <message>
        <source>First period due: {first} (entry fee and yearly fee)</source>
        <translation>بدهی دورهٔ نخست: {first} (ورودیه و حق عضویت سالانه)</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>انجمن</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>شناسه ملی</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>اعتبار تا</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>بدهی</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>All associations</source>
        <translation>همهٔ انجمن‌ها</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>Expiring within (days):</source>
        <translation>پایان اعتبار تا (روز):</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>بدهکار</translation>
    </message>
    <message>
        <source>Unit name, number or national ID</source>
        <translation>نام واحد، شمارهٔ عضویت یا شناسه</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>نمایش بیشتر</translation>
    </message>
    <message>
        <source>Record a payment…</source>
        <translation>ثبت پرداخت…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>تمدید</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>تعلیق…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>رفع تعلیق…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>خاتمهٔ عضویت…</translation>
    </message>
    <message>
        <source>Card…</source>
        <translation>کارت…</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>گواهی…</translation>
    </message>
    <message>
        <source>Two per A4 row…</source>
        <translation>دو کارت در هر ردیف A4…</translation>
    </message>
    <message>
        <source>For a card printer (CR80)…</source>
        <translation>برای چاپگر کارت (CR80)…</translation>
    </message>
    <message>
        <source>Print the receipt…</source>
        <translation>چاپ رسید…</translation>
    </message>
    <message>
        <source>Reverse the payment…</source>
        <translation>برگشت پرداخت…</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>عضویت‌ها</translation>
    </message>
    <message>
        <source>{shown} of {total} memberships</source>
        <translation>{shown} از {total} عضویت</translation>
    </message>
    <message>
        <source>Choose a membership.</source>
        <translation>یک عضویت را برگزینید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; — {unit} — {association} ({type}) — &lt;b&gt;{status}&lt;/b&gt;; valid until {until}; arrears {arrears}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; — {unit} — {association} ({type}) — &lt;b&gt;{status}&lt;/b&gt;؛ اعتبار تا {until}؛ بدهی {arrears}</translation>
    </message>
    <message>
        <source>Only an active membership gets a card; this one is «{status}».</source>
        <translation>کارت فقط برای عضویت فعال صادر می‌شود؛ وضعیت این عضویت «{status}» است.</translation>
    </message>
    <message>
        <source>Suspend membership {number}</source>
        <translation>تعلیق عضویت {number}</translation>
    </message>
    <message>
        <source>Resume membership {number}</source>
        <translation>رفع تعلیق عضویت {number}</translation>
    </message>
    <message>
        <source>Terminate membership {number}</source>
        <translation>خاتمهٔ عضویت {number}</translation>
    </message>
    <message>
        <source>Reverse the payment of receipt {receipt}</source>
        <translation>برگشت پرداخت رسید {receipt}</translation>
    </message>
    <message>
        <source>Membership card {number}</source>
        <translation>کارت عضویت {number}</translation>
    </message>
    <message>
        <source>Membership certificate {number}</source>
        <translation>گواهی عضویت {number}</translation>
    </message>
    <message>
        <source>Receipt {receipt}</source>
        <translation>رسید {receipt}</translation>
    </message>
</context>
<context>
    <name>MembershipPrint</name>
    <message>
        <source>Preparing the document…</source>
        <translation>آماده‌سازی سند…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Memberships expiring within 30 days</source>
        <translation>عضویت‌های رو به پایان (۳۰ روز)</translation>
    </message>
    <message>
        <source>Memberships in grace</source>
        <translation>عضویت‌های در مهلت تمدید</translation>
    </message>
    <message>
        <source>Memberships in arrears</source>
        <translation>عضویت‌های بدهکار</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment — {number}</source>
        <translation>ثبت پرداخت — {number}</translation>
    </message>
    <message>
        <source>Period {n}: {start} to {end}, owed {owed}</source>
        <translation>دورهٔ {n}: از {start} تا {end}، بدهی {owed}</translation>
    </message>
    <message>
        <source>Amount (rials):</source>
        <translation>مبلغ (ریال):</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>تاریخ پرداخت:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>روش:</translation>
    </message>
    <message>
        <source>Bank reference:</source>
        <translation>شمارهٔ پیگیری بانک:</translation>
    </message>
    <message>
        <source>For the periods:</source>
        <translation>بابت دوره‌های:</translation>
    </message>
    <message>
        <source>None ticked: the oldest unpaid period first.</source>
        <translation>اگر هیچ‌کدام تیک نخورد: نخست قدیمی‌ترین دورهٔ پرداخت‌نشده.</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Reversed: {reason}</source>
        <translation>برگشت‌خورده: {reason}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>معتبر</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>بدهی دوره</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>مانده</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأیید</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Expiring soon</source>
        <translation>رو به پایان</translation>
    </message>
    <message>
        <source>In grace</source>
        <translation>در مهلت تمدید</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>بدهکار</translation>
    </message>
    <message>
        <source>Draft reminder letters for the selected…</source>
        <translation>پیش‌نویس نامهٔ یادآوری برای برگزیده‌ها…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>گزینش همه</translation>
    </message>
    <message>
        <source>Days ahead:</source>
        <translation>روزهای پیش رو:</translation>
    </message>
    <message>
        <source>Renewals and arrears</source>
        <translation>تمدید و بدهی</translation>
    </message>
    <message>
        <source>{n} memberships</source>
        <translation>{n} عضویت</translation>
    </message>
    <message>
        <source>Select the memberships to remind first.</source>
        <translation>نخست عضویت‌هایی را که یادآوری می‌خواهند برگزینید.</translation>
    </message>
    <message>
        <source>Reminder letters</source>
        <translation>نامه‌های یادآوری</translation>
    </message>
    <message>
        <source>{n} reminder letters were registered as outgoing drafts (one per unit). Sign and print them from the register, or preview the first now.</source>
        <translation>{n} نامهٔ یادآوری به‌صورت پیش‌نویس صادره ثبت شد (برای هر واحد یکی). آن‌ها را از دفتر امضا و چاپ کنید، یا نخستین را اکنون ببینید.</translation>
    </message>
    <message>
        <source>Preview the first</source>
        <translation>دیدن نخستین</translation>
    </message>
</context>
<context>
    <name>TypeDialog</name>
    <message>
        <source>Membership type</source>
        <translation>نوع عضویت</translation>
    </message>
    <message>
        <source>New membership type</source>
        <translation>نوع عضویت تازه</translation>
    </message>
    <message>
        <source>the yearly fee</source>
        <translation>همان حق عضویت سالانه</translation>
    </message>
    <message>
        <source>Members of this type vote</source>
        <translation>اعضای این نوع حق رأی دارند</translation>
    </message>
    <message>
        <source>The Jalali year (from 1 Farvardin)</source>
        <translation>سال شمسی (از ۱ فروردین)</translation>
    </message>
    <message>
        <source>A number of months from the start</source>
        <translation>چند ماه از آغاز عضویت</translation>
    </message>
    <message>
        <source>Active (new members may join with it)</source>
        <translation>فعال (عضو تازه با آن می‌پذیرد)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Entry fee (rials):</source>
        <translation>ورودیه (ریال):</translation>
    </message>
    <message>
        <source>Yearly fee (rials):</source>
        <translation>حق عضویت سالانه (ریال):</translation>
    </message>
    <message>
        <source>Renewal fee (rials):</source>
        <translation>حق تمدید (ریال):</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <source>Grace days:</source>
        <translation>مهلت تمدید (روز):</translation>
    </message>
</context>
<context>
    <name>TypesModel</name>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Entry fee</source>
        <translation>ورودیه</translation>
    </message>
    <message>
        <source>Yearly fee</source>
        <translation>حق سالانه</translation>
    </message>
    <message>
        <source>Renewal fee</source>
        <translation>حق تمدید</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>مهلت (روز)</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>حق رأی</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} ماه</translation>
    </message>
    <message>
        <source>Jalali year</source>
        <translation>سال شمسی</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Member unit</source>
        <translation>واحد عضو</translation>
    </message>
    <message>
        <source>New member unit</source>
        <translation>واحد عضو تازه</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>National ID:</source>
        <translation>شناسه ملی / کد ملی:</translation>
    </message>
    <message>
        <source>Economic code:</source>
        <translation>کد اقتصادی:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>شمارهٔ ثبت:</translation>
    </message>
    <message>
        <source>Registration office:</source>
        <translation>محل ثبت:</translation>
    </message>
    <message>
        <source>ISIC activity code:</source>
        <translation>کد فعالیت (آیسیک):</translation>
    </message>
    <message>
        <source>Industrial park:</source>
        <translation>شهرک صنعتی:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>کد پستی:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>همراه:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>وب‌گاه:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>نماینده:</translation>
    </message>
    <message>
        <source>Representative&apos;s national code:</source>
        <translation>کد ملی نماینده:</translation>
    </message>
    <message>
        <source>Representative&apos;s mobile:</source>
        <translation>همراه نماینده:</translation>
    </message>
    <message>
        <source>Representative&apos;s post:</source>
        <translation>سمت نماینده:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>نوع شخص:</translation>
    </message>
    <message>
        <source>Registration date:</source>
        <translation>تاریخ ثبت:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <source>National ID of a legal person: 11 digits; economic code: the same</source>
        <translation>شناسهٔ ملی شخص حقوقی: ۱۱ رقم؛ کد اقتصادی: همان شناسهٔ ملی</translation>
    </message>
    <message>
        <source>National code: 10 digits; economic code: the code and 4 digits</source>
        <translation>کد ملی: ۱۰ رقم؛ کد اقتصادی: کد ملی و ۴ رقم</translation>
    </message>
    <message>
        <source>This ID is already the unit «{name}».</source>
        <translation>این شناسه پیش‌تر برای واحد «{name}» ثبت شده است.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>هشدار: {text}</translation>
    </message>
    <message>
        <source>The unit was saved. Please check: {warnings}</source>
        <translation>واحد ذخیره شد. لطفاً بررسی کنید: {warnings}</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>نوع شخص</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>شناسه ملی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>شهرک صنعتی</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Search by name or national ID</source>
        <translation>جست‌وجو با نام یا شناسه</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>واحد تازه…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Join an association…</source>
        <translation>عضویت در انجمن…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>ورود از اکسل…</translation>
    </message>
    <message>
        <source>Export the directory…</source>
        <translation>خروجی فهرست اعضا…</translation>
    </message>
    <message>
        <source>Attach a document…</source>
        <translation>افزودن مدرک…</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>عضویت‌ها</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Member units</source>
        <translation>واحدهای عضو</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} واحد</translation>
    </message>
    <message>
        <source>Choose a unit to see its memberships and documents.</source>
        <translation>یک واحد را برگزینید تا عضویت‌ها و مدارکش را ببینید.</translation>
    </message>
    <message>
        <source>National ID: {id}; economic code: {code}</source>
        <translation>شناسه: {id}؛ کد اقتصادی: {code}</translation>
    </message>
    <message>
        <source>Registration: {no} {office} {date}</source>
        <translation>ثبت: {no} {office} {date}</translation>
    </message>
    <message>
        <source>Phone: {phone}; mobile: {mobile}; postal code: {postal}</source>
        <translation>تلفن: {phone}؛ همراه: {mobile}؛ کد پستی: {postal}</translation>
    </message>
    <message>
        <source>Representative: {name} ({post}) {mobile}</source>
        <translation>نماینده: {name} ({post}) {mobile}</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>افزودن مدارک</translation>
    </message>
</context>
</TS>
