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
        <source>Username: Latin letters and digits, e.g. «admin». Password: at least {count} characters.</source>
        <translation>نام کاربری: حروف لاتین و رقم، مانند «admin». گذرواژه: دست‌کم {count} نویسه.</translation>
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
        <source>At least {count} characters.</source>
        <translation>دست‌کم {count} نویسه.</translation>
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
        <source>Choose the data folder</source>
        <translation>انتخاب پوشه داده‌ها</translation>
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
    <name>JalaliDateEdit</name>
    <message>
        <source>yyyy/mm/dd</source>
        <translation>مانند ۱۴۰۳/۰۱/۱۵</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>انتخاب از تقویم</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>System administrator</source>
        <translation>مدیر سامانه</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>Secretariat clerk</source>
        <translation>کاربر دبیرخانه</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>Associations officer</source>
        <translation>مسئول انجمن‌ها</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>فقط مشاهده</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>محرمانه</translation>
    </message>
    <message>
        <source>Highly confidential</source>
        <translation>خیلی محرمانه</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ابطال</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>بازنشانی گذرواژه</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>تغییر گذرواژه</translation>
    </message>
    <message>
        <source>Password hash renewed</source>
        <translation>نوسازی چکیده گذرواژه</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>تنظیمات</translation>
    </message>
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
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
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
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
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
        <source>Database: {label}</source>
        <translation>پایگاه داده: {label}</translation>
    </message>
    <message>
        <source>Secretariat — {org}</source>
        <translation>دبیرخانه — {org}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Inbox</source>
        <translation>کارتابل</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>مکاتبات</translation>
    </message>
    <message>
        <source>Assigned tasks</source>
        <translation>وظایف واگذارشده</translation>
    </message>
    <message>
        <source>Associations and members</source>
        <translation>انجمن‌ها و اعضا</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <translation>به‌زودی</translation>
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
</context>
</TS>
