<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Secretariat</source>
        <translation>درباره دبیرخانه</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>دبیرخانه</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>نسخه {version}</translation>
    </message>
    <message>
        <source>Registers incoming, outgoing and internal letters, referrals, assigned tasks and association members — offline, on this computer or a shared database server.</source>
        <translation>ثبت نامه‌های وارده، صادره و داخلی، ارجاع‌ها، وظایف واگذارشده و اعضای انجمن‌ها — بی‌نیاز از اینترنت، روی همین رایانه یا یک سرور پایگاه داده مشترک.</translation>
    </message>
    <message>
        <source>The Vazirmatn typeface © The Vazirmatn Project Authors, used under the SIL Open Font License 1.1:</source>
        <translation>قلم وزیرمتن از The Vazirmatn Project Authors است و با پروانه SIL Open Font License 1.1 به کار رفته است:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>نخستین مدیر سامانه</translation>
    </message>
    <message>
        <source>This account manages users and settings. Keep its password safe; it cannot be recovered.</source>
        <translation>این حساب، کاربران و تنظیمات را اداره می‌کند. گذرواژه آن را در جای امنی نگه دارید؛ بازیابی‌شدنی نیست.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>نام و نام خانوادگی:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>تکرار گذرواژه:</translation>
    </message>
    <message>
        <source>Username: Latin letters and digits, e.g. «admin».</source>
        <translation>نام کاربری: حروف لاتین و رقم، مانند «admin».</translation>
    </message>
</context>
<context>
    <name>AttachmentDrop</name>
    <message>
        <source>Drop files here</source>
        <translation>پرونده‌ها را اینجا رها کنید</translation>
    </message>
    <message>
        <source>Drop PDF, image or Office files here, or choose them.</source>
        <translation>پرونده‌های PDF، تصویر یا Office را اینجا رها کنید یا آن‌ها را برگزینید.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>گزینش پرونده‌ها…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>Not attached (only PDF, image and Office files): {names}</source>
        <translation>پیوست نشد (تنها پرونده‌های PDF، تصویر و Office): {names}</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>گزینش پرونده‌ها برای پیوست</translation>
    </message>
    <message>
        <source>Letters and scans ({patterns})</source>
        <translation>نامه‌ها و پویش‌ها ({patterns})</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Save to a folder…</source>
        <translation>ذخیره در پوشه…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>افزودن پرونده…</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>برای پیوست، پرونده‌ها را اینجا رها کنید.</translation>
    </message>
    <message>
        <source>{name} ({size}, {at}, {who})</source>
        <translation>{name} ({size}، {at}، {who})</translation>
    </message>
    <message>
        <source>Choose a folder for the copy</source>
        <translation>پوشه‌ای برای رونوشت برگزینید</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>گزینش پرونده‌ها برای پیوست</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>Field</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پیش از تغییر</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از تغییر</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All users</source>
        <translation>همه کاربران</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از تاریخ:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>تا تاریخ:</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>هیچ رویدادی با این پالایه‌ها جور نیست.</translation>
    </message>
    <message>
        <source>Show every entry</source>
        <translation>نمایش همهٔ رویدادها</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>بیشتر…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>گزارش ممیزی</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries</source>
        <translation>نمایش {shown} رویداد از {total}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>تاریخ و ساعت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
</context>
<context>
    <name>CancelLetterDialog</name>
    <message>
        <source>Cancel letter</source>
        <translation>ابطال نامه</translation>
    </message>
    <message>
        <source>A cancelled letter stays in the register, marked as cancelled; its number is never given to another letter.</source>
        <translation>نامهٔ ابطال‌شده با نشان ابطال در دفتر می‌ماند و شماره‌اش هرگز به نامهٔ دیگری داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>علت ابطال:</translation>
    </message>
</context>
<context>
    <name>CapsLockWarning</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>کلید Caps Lock روشن است.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>تغییر گذرواژه</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one to continue.</source>
        <translation>مدیر سامانه گذرواژه شما را بازنشانی کرده است. برای ادامه، گذرواژه تازه‌ای برگزینید.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>گذرواژه تازه‌ای برگزینید.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>گذرواژه کنونی:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>گذرواژه تازه:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>تکرار گذرواژه تازه:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(not in the file)</source>
        <translation>(در پرونده نیست)</translation>
    </message>
    <message>
        <source>e.g. {values}</source>
        <translation>مانند: {values}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>مخاطب تازه</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>با این حال ذخیره شود</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>گونه:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Post title:</source>
        <translation>سمت:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>تلفن همراه:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>کد پستی:</translation>
    </message>
    <message>
        <source>National code:</source>
        <translation>کد ملی:</translation>
    </message>
    <message>
        <source>National ID (legal entity):</source>
        <translation>شناسهٔ ملی (شخص حقوقی):</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>رایانامه:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>سازمان:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>The contact was saved. Please check: {warnings}</source>
        <translation>مخاطب ذخیره شد. لطفاً بررسی کنید: {warnings}</translation>
    </message>
    <message>
        <source>A contact with this name already exists: {names}. Use it from the list, or save a second one anyway.</source>
        <translation>مخاطبی با این نام پیش‌تر ثبت شده است: {names}. آن را از فهرست برگزینید، یا با این حال مخاطب دومی ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>ContactMergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>ادغام مخاطبان</translation>
    </message>
    <message>
        <source>Every letter that names «{name}» will name the contact kept instead, and its people move to it. «{name}» stays in the records, marked as merged.</source>
        <translation>هر نامه‌ای که «{name}» را نام می‌برد از این پس مخاطب نگه‌داشته را نام می‌برد و اشخاص آن نیز به آن منتقل می‌شوند. «{name}» با نشان «ادغام‌شده» در سوابق می‌ماند.</translation>
    </message>
    <message>
        <source>Merge:</source>
        <translation>ادغام:</translation>
    </message>
    <message>
        <source>Into (kept):</source>
        <translation>در (می‌ماند):</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Type to search contacts</source>
        <translation>برای جستجوی مخاطبان بنویسید</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>مخاطب تازه…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search by name</source>
        <translation>جستجو با نام</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>مخاطب تازه…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Merge into another…</source>
        <translation>ادغام در مخاطب دیگر…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>گونه:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} مخاطب</translation>
    </message>
    <message>
        <source>first {n} contacts; type to narrow</source>
        <translation>{n} مخاطب نخست؛ برای محدود کردن بنویسید</translation>
    </message>
    <message>
        <source>No contact matches this search.</source>
        <translation>هیچ مخاطبی با این جستجو پیدا نشد.</translation>
    </message>
    <message>
        <source>Show every contact</source>
        <translation>نمایش همهٔ مخاطبان</translation>
    </message>
    <message>
        <source>No contacts yet. Senders and recipients are added as letters are registered, or here.</source>
        <translation>هنوز مخاطبی نیست. فرستندگان و گیرندگان با ثبت نامه‌ها افزوده می‌شوند، یا از همین‌جا.</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>هنوز مخاطبی نیست.</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>رایانامه</translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <source>This wizard prepares the secretariat&apos;s database and its first administrator. It is shown only once.</source>
        <translation>این راهنما پایگاه داده دبیرخانه و نخستین مدیر سامانه را آماده می‌کند و تنها یک بار نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغییر…</translation>
    </message>
    <message>
        <source>Data folder (database, attachments, backups):</source>
        <translation>پوشه داده‌ها (پایگاه داده، پیوست‌ها، پشتیبان‌ها):</translation>
    </message>
    <message>
        <source>The folder is set by the SECRETARIAT_DATA_DIR environment variable.</source>
        <translation>این پوشه را متغیر محیطی SECRETARIAT_DATA_DIR تعیین کرده است.</translation>
    </message>
    <message>
        <source>Keep the default unless your administrator chose another folder. Back up this folder regularly.</source>
        <translation>اگر مدیر سامانه پوشه دیگری تعیین نکرده است، همین پیش‌فرض را نگه دارید. از این پوشه به‌طور منظم پشتیبان بگیرید.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>بازیابی از پشتیبان…</translation>
    </message>
    <message>
        <source>Moving to a new computer or recovering from a failure? Restore the office from its backup instead.</source>
        <translation>به رایانهٔ تازه می‌روید یا پس از خرابی دوباره راه می‌اندازید؟ به جای ساختن دبیرخانهٔ تازه، آن را از پشتیبانش بازیابی کنید.</translation>
    </message>
    <message>
        <source>This folder holds a database; it will be used.</source>
        <translation>این پوشه پایگاه داده دارد؛ همان به کار می‌رود.</translation>
    </message>
    <message>
        <source>There is no database in this folder yet: “Create database” at the end makes one here. To use an existing database, choose its folder with “Change…”.</source>
        <translation>در این پوشه هنوز پایگاه داده‌ای نیست: «ساخت پایگاه داده» در پایان، آن را همین‌جا می‌سازد. برای به کار بردن پایگاه دادهٔ موجود، پوشهٔ آن را با «تغییر…» برگزینید.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>انتخاب پوشه داده‌ها</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>Registration date:</source>
        <translation>تاریخ ثبت:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>طبقه‌بندی:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>فوریت:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>فرستنده:</translation>
    </message>
    <message>
        <source>Sender&apos;s number:</source>
        <translation>شمارهٔ نامهٔ فرستنده:</translation>
    </message>
    <message>
        <source>Sender&apos;s date:</source>
        <translation>تاریخ نامهٔ فرستنده:</translation>
    </message>
    <message>
        <source>From unit:</source>
        <translation>از واحد:</translation>
    </message>
    <message>
        <source>To unit:</source>
        <translation>به واحد:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>گیرندگان:</translation>
    </message>
    <message>
        <source>Copies to:</source>
        <translation>رونوشت:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>خلاصه:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>کلیدواژه‌ها:</translation>
    </message>
    <message>
        <source>Signatory:</source>
        <translation>امضاکننده:</translation>
    </message>
    <message>
        <source>Dispatch:</source>
        <translation>ارسال:</translation>
    </message>
    <message>
        <source>Postal tracking code:</source>
        <translation>کد رهگیری پستی:</translation>
    </message>
    <message>
        <source>Reply expected by:</source>
        <translation>مهلت پاسخ:</translation>
    </message>
    <message>
        <source>Registered by:</source>
        <translation>ثبت‌کننده:</translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation>ابطال:</translation>
    </message>
    <message>
        <source>{reason} (by {name}, {at})</source>
        <translation>{reason} (به دست {name}، {at})</translation>
    </message>
    <message>
        <source>archive code {code}</source>
        <translation>کد بایگانی {code}</translation>
    </message>
    <message>
        <source>answered by {number}</source>
        <translation>پاسخ با نامهٔ {number}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>گذشته از مهلت</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Register &amp;anyway</source>
        <translation>با این حال &amp;ثبت شود</translation>
    </message>
    <message>
        <source>Not registered: this sender&apos;s letter with this number and date is already in the register.</source>
        <translation>ثبت نشد: نامهٔ این فرستنده با همین شماره و تاریخ پیش‌تر در دفتر ثبت شده است.</translation>
    </message>
    <message>
        <source>This sender&apos;s letter with this number and date is already in the register.</source>
        <translation>نامهٔ این فرستنده با همین شماره و تاریخ پیش‌تر در دفتر ثبت شده است.</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Secretariat</source>
        <translation>دبیرخانه</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your data is safe; the last action may not have been completed. If it happens again, send the log file to your administrator.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد. داده‌های شما سالم است، ولی شاید آخرین کار انجام نشده باشد. اگر دوباره پیش آمد، پرونده گزارش رویدادها را برای مدیر سامانه بفرستید.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>پرونده گزارش رویدادها: {path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطای پیش‌بینی‌نشده</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>خروجی اکسل</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>پرونده‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} rows were written to {path}</source>
        <translation>{n} ردیف در {path} نوشته شد.</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>در حال نوشتن پروندهٔ اکسل…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>اکسل…</translation>
    </message>
    <message>
        <source>Export this list, as it is filtered, to an Excel workbook</source>
        <translation>همین فهرست، با همین پالایه‌ها، در یک پروندهٔ اکسل</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Secretariat — first run</source>
        <translation>دبیرخانه — راه‌اندازی نخستین</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>ساخت پایگاه داده</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Date and time</source>
        <translation>تاریخ و ساعت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغییرها</translation>
    </message>
</context>
<context>
    <name>HomeLetters</name>
    <message>
        <source>My referrals, by due date</source>
        <translation>ارجاع‌های من، به ترتیب مهلت</translation>
    </message>
    <message>
        <source>No referral is waiting for you.</source>
        <translation>هیچ ارجاعی در انتظار شما نیست.</translation>
    </message>
    <message>
        <source>Open the inbox</source>
        <translation>رفتن به کارتابل</translation>
    </message>
    <message>
        <source>Replies past their date</source>
        <translation>پاسخ‌های گذشته از مهلت</translation>
    </message>
    <message>
        <source>No letter is waiting for a reply past its date.</source>
        <translation>هیچ نامه‌ای از مهلت پاسخ نگذشته است.</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>رفتن به دفتر نامه‌ها</translation>
    </message>
    <message>
        <source>Incoming today</source>
        <translation>وارده‌های امروز</translation>
    </message>
    <message>
        <source>No incoming letter has been registered today.</source>
        <translation>امروز هنوز نامهٔ وارده‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <source>Outgoing and internal today</source>
        <translation>صادره و داخلی امروز</translation>
    </message>
    <message>
        <source>No outgoing or internal letter has been registered today.</source>
        <translation>امروز هنوز نامهٔ صادره یا داخلی‌ای ثبت نشده است.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Nothing to show here for your role yet.</source>
        <translation>هنوز چیزی برای نقش شما در این صفحه نیست.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>Hello, {name}. Today is {date}.</source>
        <translation>سلام، {name}. امروز {date} است.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Show closed referrals</source>
        <translation>ارجاع‌های بسته هم نشان داده شود</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>تنها خوانده‌نشده‌ها</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>تنها گذشته از مهلت</translation>
    </message>
    <message>
        <source>Open letter</source>
        <translation>باز کردن نامه</translation>
    </message>
    <message>
        <source>Refer onward…</source>
        <translation>ارجاع به دیگری…</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>بیشتر…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>کارتابل</translation>
    </message>
    <message>
        <source>No referral matches these filters.</source>
        <translation>هیچ ارجاعی با این پالایه‌ها جور نیست.</translation>
    </message>
    <message>
        <source>Show every open referral</source>
        <translation>نمایش همهٔ ارجاع‌های باز</translation>
    </message>
    <message>
        <source>No referral is waiting for you. Letters referred to you appear here; the register holds every letter.</source>
        <translation>هیچ ارجاعی در انتظار شما نیست. نامه‌هایی که به شما ارجاع شود این‌جا می‌آید؛ همهٔ نامه‌ها در دفتر نامه‌هاست.</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>رفتن به دفتر نامه‌ها</translation>
    </message>
    <message>
        <source>{open} open, {unread} unread, {overdue} overdue</source>
        <translation>{open} باز، {unread} خوانده‌نشده، {overdue} گذشته از مهلت</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Referred</source>
        <translation>تاریخ ارجاع</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>شمارهٔ نامه</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>ارجاع‌دهنده</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Sender / recipient</source>
        <translation>فرستنده / گیرنده</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>هنوز خوانده نشده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>خوانده‌نشده</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
</context>
<context>
    <name>JalaliCalendarWidget</name>
    <message>
        <source>Previous month</source>
        <translation>ماه پیش</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>ماه بعد</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>روزهای ماه</translation>
    </message>
</context>
<context>
    <name>JalaliDateEdit</name>
    <message>
        <source>e.g. {date}</source>
        <translation>مانند {date}</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>انتخاب از تقویم</translation>
    </message>
    <message>
        <source>Use {date}</source>
        <translation>همین {date} را بگذار</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>سطح دسترسی</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>باید گذرواژه را عوض کند</translation>
    </message>
    <message>
        <source>Password (fingerprint)</source>
        <translation>گذرواژه (اثر انگشت)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>نام سازمان</translation>
    </message>
    <message>
        <source>Secretariat code</source>
        <translation>کد دبیرخانه</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>نشان (لوگو)</translation>
    </message>
    <message>
        <source>Letter number format</source>
        <translation>قالب شماره نامه</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Standard margin phrases</source>
        <translation>عبارت‌های آمادهٔ هامش</translation>
    </message>
    <message>
        <source>Referral due days</source>
        <translation>روزهای مهلت ارجاع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>National ID of the company</source>
        <translation>شناسهٔ ملی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>ادغام‌شده در</translation>
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
    <name>LetterActionDialog</name>
    <message>
        <source>Letter:</source>
        <translation>نامه:</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <source>Registration date:</source>
        <translation>تاریخ ثبت:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>فرستنده:</translation>
    </message>
    <message>
        <source>Sender&apos;s number and date:</source>
        <translation>شماره و تاریخ نامهٔ فرستنده:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>گیرندگان:</translation>
    </message>
    <message>
        <source>From unit:</source>
        <translation>از واحد:</translation>
    </message>
    <message>
        <source>To unit:</source>
        <translation>به واحد:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>خلاصه:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>متن:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>فوریت:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>طبقه‌بندی:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>جداشده با ویرگول</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>کلیدواژه‌ها:</translation>
    </message>
    <message>
        <source>In reply to:</source>
        <translation>عطف به:</translation>
    </message>
    <message>
        <source>Follows:</source>
        <translation>پیرو:</translation>
    </message>
    <message>
        <source>Copies to:</source>
        <translation>رونوشت:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>پیوست‌ها:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(برگزیده نشده)</translation>
    </message>
    <message>
        <source>Signatory:</source>
        <translation>امضاکننده:</translation>
    </message>
    <message>
        <source>Draft: numbered when a manager signs it</source>
        <translation>پیش‌نویس: هنگام امضای مدیر شماره می‌گیرد</translation>
    </message>
    <message>
        <source>Leave unticked for a letter already signed on paper: it is numbered at once.</source>
        <translation>برای نامه‌ای که روی کاغذ امضا شده، این را نزنید: همین حالا شماره می‌گیرد.</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(هنوز فرستاده نشده)</translation>
    </message>
    <message>
        <source>Dispatch method:</source>
        <translation>شیوهٔ ارسال:</translation>
    </message>
    <message>
        <source>Dispatch date:</source>
        <translation>تاریخ ارسال:</translation>
    </message>
    <message>
        <source>Postal tracking code:</source>
        <translation>کد رهگیری پستی:</translation>
    </message>
    <message>
        <source>Reply expected by:</source>
        <translation>مهلت پاسخ:</translation>
    </message>
</context>
<context>
    <name>LetterFilterBar</name>
    <message>
        <source>Search number, subject, text, parties and keywords</source>
        <translation>جستجو در شماره، موضوع، متن، طرف‌ها و کلیدواژه‌ها</translation>
    </message>
    <message>
        <source>Every word must match. A word ending in * matches its beginning: «مصو*» finds «مصوبه».</source>
        <translation>همهٔ واژه‌ها باید یافت شوند. واژه‌ای که به * پایان یابد آغاز واژه است: «مصو*» «مصوبه» را هم می‌یابد.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Sender or recipient</source>
        <translation>فرستنده یا گیرنده</translation>
    </message>
    <message>
        <source>With attachments</source>
        <translation>دارای پیوست</translation>
    </message>
    <message>
        <source>Without attachments</source>
        <translation>بی‌پیوست</translation>
    </message>
    <message>
        <source>Cancelled too</source>
        <translation>ابطال‌شده‌ها هم</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>ابطال‌نشده</translation>
    </message>
    <message>
        <source>Cancelled only</source>
        <translation>تنها ابطال‌شده</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>گذشته از مهلت</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>در انتظار پاسخ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک کردن پالایه‌ها</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>فوریت:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>طبقه‌بندی:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>طرف نامه:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>پیوست:</translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation>ابطال:</translation>
    </message>
    <message>
        <source>The «from» date is after the «to» date.</source>
        <translation>تاریخ «از» پس از تاریخ «تا» است.</translation>
    </message>
    <message>
        <source>Choose the sender or recipient from the suggestions.</source>
        <translation>فرستنده یا گیرنده را از پیشنهادها برگزینید.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <source>{n} letters found</source>
        <translation>{n} نامه یافت شد</translation>
    </message>
    <message>
        <source>{n} letters</source>
        <translation>{n} نامه</translation>
    </message>
</context>
<context>
    <name>LetterFormDialog</name>
    <message>
        <source>Register</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ذخیرهٔ تغییرها</translation>
    </message>
    <message>
        <source>Edit letter {number}</source>
        <translation>ویرایش نامهٔ {number}</translation>
    </message>
    <message>
        <source>Register incoming letters</source>
        <translation>ثبت نامه‌های وارده</translation>
    </message>
    <message>
        <source>Register outgoing letters</source>
        <translation>ثبت نامه‌های صادره</translation>
    </message>
    <message>
        <source>Register internal letters</source>
        <translation>ثبت نامه‌های داخلی</translation>
    </message>
    <message>
        <source>Close the form? What you have typed is not registered and will be lost.</source>
        <translation>فرم بسته شود؟ آنچه نوشته‌اید ثبت نشده است و از دست می‌رود.</translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation>بستن و دور ریختن</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>ادامهٔ نوشتن</translation>
    </message>
</context>
<context>
    <name>LetterLabels</name>
    <message>
        <source>Cancelled</source>
        <translation>ابطال‌شده</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>دریافت پاسخ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>فرستنده</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>زمان امضا</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>عطف به</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>پیرو</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>علت ابطال</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>زمان بستن</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>طرف‌های نامه</translation>
    </message>
    <message>
        <source>Draft (no number)</source>
        <translation>پیش‌نویس (بی‌شماره)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>گذشته از مهلت</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>دارد</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} بایت</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} کیلوبایت</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} مگابایت</translation>
    </message>
</context>
<context>
    <name>LetterLinkField</name>
    <message>
        <source>Letter number</source>
        <translation>شمارهٔ نامه</translation>
    </message>
</context>
<context>
    <name>LetterViewDialog</name>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>پیوندها</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>ارجاع…</translation>
    </message>
    <message>
        <source>Sign and number…</source>
        <translation>امضا و شماره…</translation>
    </message>
    <message>
        <source>Status / archive…</source>
        <translation>وضعیت / بایگانی…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Cancel letter…</source>
        <translation>ابطال نامه…</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>رسید…</translation>
    </message>
    <message>
        <source>Envelope…</source>
        <translation>پاکت…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Cancelled on {at} by {name}. Reason: {reason}</source>
        <translation>در {at} به دست {name} ابطال شده است. علت: {reason}</translation>
    </message>
    <message>
        <source>Only {name}, the chosen signatory, or a manager signs this letter.</source>
        <translation>این نامه را تنها {name}، امضاکنندهٔ برگزیده، یا یک مدیر امضا می‌کند.</translation>
    </message>
</context>
<context>
    <name>LetterWindowModel</name>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Sender / recipient</source>
        <translation>فرستنده / گیرنده</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Sender&apos;s number</source>
        <translation>شمارهٔ فرستنده</translation>
    </message>
    <message>
        <source>Sender&apos;s date</source>
        <translation>تاریخ فرستنده</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>طبقه‌بندی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>مهلت پاسخ</translation>
    </message>
    <message>
        <source>Archive code</source>
        <translation>کد بایگانی</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Register incoming letter…</source>
        <translation>ثبت نامهٔ وارده…</translation>
    </message>
    <message>
        <source>Register outgoing letter…</source>
        <translation>ثبت نامهٔ صادره…</translation>
    </message>
    <message>
        <source>Register internal letter…</source>
        <translation>ثبت نامهٔ داخلی…</translation>
    </message>
    <message>
        <source>All letters</source>
        <translation>همهٔ نامه‌ها</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>ذخیرهٔ پالایه…</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>حذف پالایه</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>مکاتبات</translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation>پالایه‌های ذخیره‌شده:</translation>
    </message>
    <message>
        <source>Filters ({n})</source>
        <translation>پالایه‌ها ({n})</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>پالایه‌ها</translation>
    </message>
    <message>
        <source>Show or hide the filters (Ctrl+Shift+F)</source>
        <translation>نمایش یا پنهان کردن پالایه‌ها (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>No letter matches this search or these filters.</source>
        <translation>هیچ نامه‌ای با این جستجو یا پالایه‌ها پیدا نشد.</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>پاک کردن جستجو و پالایه‌ها</translation>
    </message>
    <message>
        <source>No {kind} letter has been registered yet.</source>
        <translation>هنوز هیچ نامهٔ {kind} ثبت نشده است.</translation>
    </message>
    <message>
        <source>No letter has been registered yet.</source>
        <translation>هنوز هیچ نامه‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>ذخیرهٔ پالایه</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>نام این پالایه:</translation>
    </message>
    <message>
        <source>Register a letter</source>
        <translation>ثبت نامه</translation>
    </message>
</context>
<context>
    <name>LinksSection</name>
    <message>
        <source>Link</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>عطف به</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>پیرو</translation>
    </message>
    <message>
        <source>Replies to this letter</source>
        <translation>پاسخ‌های این نامه</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>نامه‌های پیرو</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>پاسخ دریافت‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ابطال‌شده</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Secretariat</source>
        <translation>ورود — دبیرخانه</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>Secretariat — please sign in</source>
        <translation>دبیرخانه — لطفاً وارد شوید</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>نام کاربری را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>انتخاب نشان</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بدون نشان</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>فهرست صفحه‌ها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>Print the &amp;register book…</source>
        <translation>چاپ &amp;دفتر اندیکاتور…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ابزار</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;Letterhead and printing…</source>
        <translation>&amp;سربرگ و چاپ…</translation>
    </message>
    <message>
        <source>&amp;Verify a printed code…</source>
        <translation>&amp;سنجش رمزینهٔ چاپی…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>تغییر &amp;گذرواژه…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Secretariat</source>
        <translation>&amp;درباره دبیرخانه</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>کاربر: {name} ({role})</translation>
    </message>
    <message>
        <source>Database: the office server</source>
        <translation>پایگاه داده: کارساز اداره</translation>
    </message>
    <message>
        <source>Database: this computer</source>
        <translation>پایگاه داده: همین رایانه</translation>
    </message>
    <message>
        <source>Secretariat — {org}</source>
        <translation>دبیرخانه — {org}</translation>
    </message>
</context>
<context>
    <name>MyReferralsModel</name>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ارجاع‌دهنده</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ارجاع</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>کارتابل</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>مکاتبات</translation>
    </message>
    <message>
        <source>Referrals waiting for me</source>
        <translation>ارجاع‌های در انتظار من</translation>
    </message>
    <message>
        <source>Letters registered today</source>
        <translation>نامه‌های ثبت‌شدهٔ امروز</translation>
    </message>
    <message>
        <source>Replies past their date</source>
        <translation>پاسخ‌های گذشته از مهلت</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>انجمن‌ها</translation>
    </message>
    <message>
        <source>Member units</source>
        <translation>واحدهای عضو</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>عضویت‌ها</translation>
    </message>
    <message>
        <source>Renewals and arrears</source>
        <translation>تمدید و بدهی</translation>
    </message>
    <message>
        <source>Memberships expiring within 30 days</source>
        <translation>عضویت‌های رو به پایان (۳۰ روز)</translation>
    </message>
    <message>
        <source>Memberships in grace</source>
        <translation>عضویت‌های در مهلت تمدید</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>گزارش ممیزی</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
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
        <source>Facilitation workgroup</source>
        <translation>کارگروه تسهیل و رفع موانع تولید</translation>
    </message>
    <message>
        <source>Cases report</source>
        <translation>گزارش پرونده‌ها</translation>
    </message>
    <message>
        <source>MoU and duty types</source>
        <translation>تفاهم‌نامه و انواع وظیفه</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>تقویم روزهای کاری</translation>
    </message>
    <message>
        <source>My overdue cases</source>
        <translation>پرونده‌های گذشته از مهلت من</translation>
    </message>
    <message>
        <source>My cases due soon</source>
        <translation>پرونده‌های نزدیک مهلت من</translation>
    </message>
    <message>
        <source>Open resolutions past their deadline</source>
        <translation>مصوبه‌های اجرانشدهٔ گذشته از مهلت</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Memberships in arrears</source>
        <translation>عضویت‌های بدهکار</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Copying the database…</source>
        <translation>در حال رونوشت پایگاه داده…</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>در حال نوشتن پروندهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>در حال وارسی پشتیبان…</translation>
    </message>
    <message>
        <source>Restoring files…</source>
        <translation>در حال بازیابی پرونده‌ها…</translation>
    </message>
    <message>
        <source>Copying rows…</source>
        <translation>در حال رونوشت ردیف‌ها…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>در حال نوشتن پروندهٔ اکسل…</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>در حال بررسی ردیف‌ها…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>The name and logo are printed on letters; the secretariat code goes into letter numbers.</source>
        <translation>نام و نشان سازمان روی نامه‌ها چاپ می‌شود و کد دبیرخانه در شماره نامه‌ها می‌آید.</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>نام سازمان:</translation>
    </message>
    <message>
        <source>Secretariat code:</source>
        <translation>کد دبیرخانه:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>نشان (لوگو):</translation>
    </message>
</context>
<context>
    <name>PartyList</name>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
</context>
<context>
    <name>PasswordGuide</name>
    <message>
        <source>Password strength</source>
        <translation>توان گذرواژه</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Refer onward</source>
        <translation>ارجاع به دیگری</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <source>Find by name, post or user name</source>
        <translation>جستجو با نام، سمت یا نام کاربری</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation>ارجاع به:</translation>
    </message>
    <message>
        <source>Write the margin note, or pick a standard phrase below (left empty: the type)</source>
        <translation>هامش را بنویسید یا از عبارت‌های آمادهٔ زیر برگزینید (خالی: نوع ارجاع)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>نوع ارجاع:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>اولویت:</translation>
    </message>
    <message>
        <source>Margin note:</source>
        <translation>هامش:</translation>
    </message>
    <message>
        <source>Standard phrases:</source>
        <translation>عبارت‌های آماده:</translation>
    </message>
    <message>
        <source>Tick one or more people.</source>
        <translation>یک یا چند نفر را برگزینید.</translation>
    </message>
    <message>
        <source>Chosen ({n}): {names}</source>
        <translation>برگزیده ({n}): {names}</translation>
    </message>
    <message>
        <source>No due date for this type.</source>
        <translation>این نوع ارجاع مهلت ندارد.</translation>
    </message>
    <message>
        <source>Usually {n} days.</source>
        <translation>معمولاً {n} روز.</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>مهلت:</translation>
    </message>
</context>
<context>
    <name>ReferralSettingsBox</name>
    <message>
        <source>Referrals (all workstations)</source>
        <translation>ارجاع‌ها (همهٔ رایانه‌ها)</translation>
    </message>
    <message>
        <source>Standard margin phrases</source>
        <translation>عبارت‌های آمادهٔ هامش</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>بی‌مهلت</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Days for {kind}, {priority}</source>
        <translation>روزهای مهلت {kind}، {priority}</translation>
    </message>
    <message>
        <source>Standard phrases, one a line: the referral form offers them with Ctrl+1, Ctrl+2…</source>
        <translation>عبارت‌های آماده، هر کدام در یک سطر: فرم ارجاع آن‌ها را با Ctrl+1، Ctrl+2 و… پیشنهاد می‌دهد.</translation>
    </message>
    <message>
        <source>Days until a referral is due, by its type and priority (a due date on a Friday moves to Saturday).</source>
        <translation>شمار روزهای مهلت ارجاع، بر پایهٔ نوع و اولویت آن (مهلتی که به جمعه بیفتد به شنبه می‌رود).</translation>
    </message>
    <message>
        <source>Standard margin phrases:</source>
        <translation>عبارت‌های آمادهٔ هامش:</translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>From → to</source>
        <translation>از ← به</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Margin note</source>
        <translation>هامش</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Closed {at}</source>
        <translation>بسته در {at}</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>هنوز خوانده نشده</translation>
    </message>
    <message>
        <source>Read {at}</source>
        <translation>خوانده در {at}</translation>
    </message>
</context>
<context>
    <name>ReferralWorkPanel</name>
    <message>
        <source>Your reply</source>
        <translation>پاسخ شما</translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation>ذخیرهٔ پاسخ</translation>
    </message>
    <message>
        <source>Done: close referral</source>
        <translation>انجام شد: بستن ارجاع</translation>
    </message>
    <message>
        <source>Refer onward…</source>
        <translation>ارجاع به دیگری…</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>، مهلت {date}</translation>
    </message>
    <message>
        <source>Referred to you by {name} on {at}{due} — {kind}</source>
        <translation>ارجاع از {name} در {at}{due} — {kind}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بسته شده</translation>
    </message>
</context>
<context>
    <name>RegisteredBanner</name>
    <message>
        <source>Open this letter</source>
        <translation>نمایش این نامه</translation>
    </message>
    <message>
        <source>Registered {kind} letter number:</source>
        <translation>شمارهٔ نامهٔ {kind} ثبت‌شده:</translation>
    </message>
    <message>
        <source>Draft saved; it is numbered when it is signed.</source>
        <translation>پیش‌نویس ذخیره شد؛ هنگام امضا شماره می‌گیرد.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>بازنشانی گذرواژه</translation>
    </message>
    <message>
        <source>Ask for a new password at the next sign-in</source>
        <translation>در ورود بعدی، گذرواژه تازه خواسته شود</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>گذرواژه تازه:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>تکرار گذرواژه:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Empty: the embedded database in the data folder</source>
        <translation>خالی: پایگاه داده درونی در پوشه داده‌ها</translation>
    </message>
    <message>
        <source>Organisation (all workstations)</source>
        <translation>سازمان (برای همه رایانه‌ها)</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>نام سازمان:</translation>
    </message>
    <message>
        <source>Secretariat code:</source>
        <translation>کد دبیرخانه:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>رایانامه:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>وبگاه:</translation>
    </message>
    <message>
        <source>Letter number format:</source>
        <translation>قالب شماره نامه:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>نشان (لوگو):</translation>
    </message>
    <message>
        <source>In the format, {year} is the Jalali year, {code} the letter kind&apos;s code and {seq} the sequence number.</source>
        <translation>در قالب شماره، {year} سال شمسی، {code} کد نوع نامه و {seq} شماره ردیف است.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>این رایانه</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>پوشه داده‌ها:</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>نشانی پایگاه داده:</translation>
    </message>
    <message>
        <source>A new database URL takes effect when the application is restarted.</source>
        <translation>نشانی تازه پایگاه داده پس از بستن و باز کردن دوباره برنامه به کار می‌افتد.</translation>
    </message>
    <message>
        <source>The SECRETARIAT_DATABASE_URL environment variable overrides this setting.</source>
        <translation>متغیر محیطی SECRETARIAT_DATABASE_URL بر این تنظیم مقدم است.</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>برون‌بری کلید عمومی…</translation>
    </message>
    <message>
        <source>Printed QR codes</source>
        <translation>رمزینه‌های چاپی (QR)</translation>
    </message>
    <message>
        <source>Public key (fingerprint):</source>
        <translation>کلید عمومی (اثر انگشت):</translation>
    </message>
    <message>
        <source>Printed letters and receipts carry a QR code signed with this office&apos;s key. Whoever has the exported public key can check a printed code, without this database, with {command}; Tools ▸ Verify a printed code checks it here.</source>
        <translation>نامه‌ها و رسیدهای چاپی رمزینه‌ای (QR) دارند که با کلید این دبیرخانه امضا شده است. هر کس کلید عمومی برون‌بری‌شده را داشته باشد، بی این پایگاه داده، رمزینهٔ چاپی را با فرمان {command} می‌سنجد؛ اینجا از «ابزارها ◂ سنجش رمزینهٔ چاپی».</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>برون‌بری کلید عمومی</translation>
    </message>
    <message>
        <source>The file could not be written: {0}</source>
        <translation>پرونده نوشته نشد: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>ShortLettersModel</name>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Sender / recipient</source>
        <translation>فرستنده / گیرنده</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>مهلت پاسخ</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign draft</source>
        <translation>امضای پیش‌نویس</translation>
    </message>
    <message>
        <source>Signing gives the letter its number in today&apos;s register. It cannot be undone; a signed letter can only be cancelled.</source>
        <translation>امضا به نامه شمارهٔ دفتر امروز را می‌دهد. برگشت‌پذیر نیست؛ نامهٔ امضاشده تنها ابطال می‌شود.</translation>
    </message>
    <message>
        <source>Signatory:</source>
        <translation>امضاکننده:</translation>
    </message>
    <message>
        <source>You sign on behalf of {name}; they stay the letter&apos;s signatory and the audit log records that you signed for them.</source>
        <translation>شما به جای {name} امضا می‌کنید؛ امضاکنندهٔ نامه همان می‌ماند و گزارش رویدادها ثبت می‌کند که شما به جای او امضا کرده‌اید.</translation>
    </message>
    <message>
        <source>Sign and number</source>
        <translation>امضا و شماره</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>دبیرخانه</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>اکنون:</translation>
    </message>
    <message>
        <source>e.g. the file or folder code</source>
        <translation>مانند کد پرونده یا زونکن</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>وضعیت تازه:</translation>
    </message>
    <message>
        <source>Archive code:</source>
        <translation>کد بایگانی:</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>کاربر تازه</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>ویرایش کاربر</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>فعال (اجازه ورود دارد)</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>نام و نام خانوادگی:</translation>
    </message>
    <message>
        <source>Post title:</source>
        <translation>سمت:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <source>Clearance:</source>
        <translation>سطح دسترسی:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>تکرار گذرواژه:</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New user…</source>
        <translation>کاربر تازه…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>بازنشانی گذرواژه…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>رفع قفل</translation>
    </message>
    <message>
        <source>Lift the lockout of an account locked after too many wrong passwords.</source>
        <translation>برداشتن قفل حسابی که پس از گذرواژه‌های نادرست پیاپی قفل شده است.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>سطح دسترسی</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخرین ورود</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>قفل تا</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} از {total}</translation>
    </message>
</context>
</TS>
