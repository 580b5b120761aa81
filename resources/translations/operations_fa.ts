<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AutoBackup</name>
    <message>
        <source>Backing up before closing…</source>
        <translation>پشتیبان‌گیری پیش از بستن…</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>همین حالا ببند</translation>
    </message>
    <message>
        <source>The automatic backup failed; your data is as it was, but it has no fresh backup.

{reason}</source>
        <translation>پشتیبان‌گیری خودکار ناموفق بود؛ داده‌های شما دست‌نخورده است ولی پشتیبان تازه ندارد.

{reason}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>{n} KB</source>
        <translation>{n} کیلوبایت</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} مگابایت</translation>
    </message>
    <message>
        <source>The backup was written and verified.

{when} — {letters} letters, {size}
{path}</source>
        <translation>پشتیبان نوشته و وارسی شد.

{when} — {letters} نامه، {size}
{path}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>The archive is good: every file matches and its database passes the integrity check.</source>
        <translation>پشتیبان سالم است: همهٔ پرونده‌ها با چکیده‌شان می‌خوانند و پایگاه دادهٔ آن از وارسی سلامت می‌گذرد.</translation>
    </message>
    <message>
        <source>The archive is NOT good: {reason}</source>
        <translation>پشتیبان سالم نیست: {reason}</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>در حال وارسی پشتیبان…</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>No backup yet</source>
        <translation>هنوز پشتیبانی گرفته نشده</translation>
    </message>
    <message>
        <source>Last backup: today</source>
        <translation>آخرین پشتیبان: امروز</translation>
    </message>
    <message>
        <source>Last backup: yesterday</source>
        <translation>آخرین پشتیبان: دیروز</translation>
    </message>
    <message>
        <source>Last backup: {days} days ago</source>
        <translation>آخرین پشتیبان: {days} روز پیش</translation>
    </message>
    <message>
        <source>The automatic backup of {when} failed: {reason}</source>
        <translation>پشتیبان‌گیری خودکار {when} ناموفق بود: {reason}</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>پشتیبان خودکار ناموفق</translation>
    </message>
    <message>
        <source>Last good backup: {when}
{path}</source>
        <translation>آخرین پشتیبان سالم: {when}
{path}</translation>
    </message>
    <message>
        <source>No good backup for more than {days} days: back up now (Tools ▸ Back up now).</source>
        <translation>بیش از {days} روز است که پشتیبان سالمی گرفته نشده: همین حالا پشتیبان بگیرید (ابزار ◂ پشتیبان‌گیری هم‌اکنون).</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>at closing</source>
        <translation>هنگام بستن</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>پیش از بازیابی</translation>
    </message>
    <message>
        <source>good</source>
        <translation>سالم</translation>
    </message>
    <message>
        <source>NOT good</source>
        <translation>نادرست</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>وارسی‌نشده</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری هم‌اکنون</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>وارسی</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>بازیابی…</translation>
    </message>
    <message>
        <source>Restore another archive…</source>
        <translation>بازیابی پشتیبانی دیگر…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>No second folder</source>
        <translation>بدون پوشهٔ دوم</translation>
    </message>
    <message>
        <source>Backups are made every day while the application runs and when it closes, kept for 7 days, 4 weeks and 12 months, and verified as soon as they are written. Keep a second copy away from this computer: a USB drive or a network folder.</source>
        <translation>تا برنامه باز است هر روز و هنگام بستن آن پشتیبان گرفته می‌شود؛ پشتیبان‌های ۷ روز، ۴ هفته و ۱۲ ماه نگه داشته می‌شوند و هر پشتیبان همان دم وارسی می‌شود. رونوشت دومی دور از این رایانه نگه دارید: یک حافظهٔ USB یا پوشه‌ای در شبکه.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Second backup folder: {folder}</source>
        <translation>پوشهٔ دوم پشتیبان: {folder}</translation>
    </message>
    <message>
        <source>Second backup folder: none</source>
        <translation>پوشهٔ دوم پشتیبان: ندارد</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>پوشهٔ دوم پشتیبان</translation>
    </message>
</context>
<context>
    <name>MoveDatabaseDialog</name>
    <message>
        <source>Move the database to a server</source>
        <translation>انتقال پایگاه داده به سرور</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>آزمودن اتصال</translation>
    </message>
    <message>
        <source>Every letter, contact, referral, user, setting and the audit log are copied from {source} to an empty database on the server; then every table&apos;s rows are counted and the integrity check runs there. This database is not changed. Other workstations must not register anything while the copy runs.</source>
        <translation>همهٔ نامه‌ها، مخاطبان، ارجاع‌ها، کاربران، تنظیمات و گزارش ممیزی از {source} به یک پایگاه دادهٔ خالی روی سرور رونوشت می‌شوند؛ سپس ردیف‌های هر جدول شمرده و وارسی سلامت روی سرور انجام می‌شود. پایگاه دادهٔ کنونی تغییری نمی‌کند. تا رونوشت تمام نشده، در ایستگاه‌های دیگر چیزی ثبت نکنید.</translation>
    </message>
    <message>
        <source>Server database:</source>
        <translation>پایگاه دادهٔ سرور:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>Use the server from now on</source>
        <translation>از این پس با سرور کار شود</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <source>Connected to {engine} {version}; the database is empty and ready.</source>
        <translation>به {engine} {version} وصل شد؛ پایگاه داده خالی و آماده است.</translation>
    </message>
    <message>
        <source>Connected, but the database is in use already: the copy goes only to an empty database.</source>
        <translation>وصل شد، ولی این پایگاه داده پیش‌تر به کار رفته است؛ رونوشت تنها به پایگاه دادهٔ خالی برداشته می‌شود.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>در حال رونوشت پایگاه داده…</translation>
    </message>
    <message>
        <source>Copied {rows} rows ({letters} letters) to {target}; every count matches and the integrity check passed on the server.</source>
        <translation>{rows} ردیف ({letters} نامه) به {target} رونوشت شد؛ شمار همهٔ جدول‌ها می‌خواند و وارسی سلامت روی سرور درست بود.</translation>
    </message>
    <message>
        <source>The copy was made but the check on the server found problems:</source>
        <translation>رونوشت برداشته شد ولی وارسی روی سرور این مشکل‌ها را یافت:</translation>
    </message>
    <message>
        <source>This workstation uses the server from the next start. Restart the application; on the other workstations set the same address and import the keys (secretariat keys export / import).</source>
        <translation>این ایستگاه از اجرای بعد با سرور کار می‌کند. برنامه را دوباره باز کنید؛ در ایستگاه‌های دیگر همین نشانی را بگذارید و کلیدها را وارد کنید (secretariat keys export / import).</translation>
    </message>
    <message>
        <source>Move to a database server…</source>
        <translation>انتقال به سرور پایگاه داده…</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import an earlier register</source>
        <translation>ورود دفتر اندیکاتور پیشین</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx), one letter per row</source>
        <translation>یک پروندهٔ اکسل (xlsx)، هر نامه در یک ردیف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>(from the kind column)</source>
        <translation>(از ستون نوع نامه)</translation>
    </message>
    <message>
        <source>Every row is a letter of kind:</source>
        <translation>نوع نامهٔ همهٔ ردیف‌ها:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>دلیل نپذیرفتن</translation>
    </message>
    <message>
        <source>Check (writes nothing)</source>
        <translation>بررسی (بی‌ثبت)</translation>
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
        <source>Imported letters keep their numbers and dates and are marked as imported; a number already in the register is refused. Check first: nothing is written until you import, and then every accepted row goes in together.</source>
        <translation>نامه‌های واردشده شماره و تاریخ خود را نگه می‌دارند و «واردشده از دفتر پیشین» نشان می‌خورند؛ شماره‌ای که در دفتر هست پذیرفته نمی‌شود. نخست بررسی کنید: تا «ورود» را نزنید چیزی ثبت نمی‌شود و آن‌گاه همهٔ ردیف‌های پذیرفته یک‌جا ثبت می‌شوند.</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>هر ستون چه دارد:</translation>
    </message>
    <message>
        <source>The earlier register</source>
        <translation>دفتر پیشین</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>پرونده‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>{rows} rows in sheet «{sheet}».</source>
        <translation>{rows} ردیف در برگهٔ «{sheet}».</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>در حال بررسی ردیف‌ها…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <source>Check: of {rows} rows, {added} can be imported and {refused} are refused. Nothing was written.</source>
        <translation>بررسی: از {rows} ردیف، {added} ردیف وارد می‌شود و {refused} ردیف پذیرفته نیست. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>Imported: {added} letters of {rows} rows; {refused} refused.</source>
        <translation>وارد شد: {added} نامه از {rows} ردیف؛ {refused} ردیف پذیرفته نشد.</translation>
    </message>
    <message>
        <source>Import {added} letters into the register? Refused rows are left out.</source>
        <translation>{added} نامه به دفتر وارد شود؟ ردیف‌های نپذیرفته کنار می‌مانند.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <source>The report was saved: {path}</source>
        <translation>گزارش ذخیره شد: {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Letters</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>بازیابی از پشتیبان</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>در حال وارسی پشتیبان…</translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation>یک پوشهٔ خالی</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>بازیابی در:</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>پروندهٔ پشتیبان:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>زمان:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>دربردارد:</translation>
    </message>
    <message>
        <source>This computer&apos;s office is set up from this backup of {when}: everything registered after it is not in it. The folder below gets the archive&apos;s data.</source>
        <translation>دبیرخانهٔ این رایانه از این پشتیبانِ {when} ساخته می‌شود: آنچه پس از آن ثبت شده در آن نیست. داده‌های پشتیبان در پوشهٔ زیر گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>The backup of {when} is restored into a new, empty folder; the office you are working in now is not changed. Anything registered after {when} is not in the backup. Afterwards the application can switch to the restored folder.</source>
        <translation>پشتیبانِ {when} در یک پوشهٔ تازه و خالی بازیابی می‌شود؛ دبیرخانه‌ای که اکنون با آن کار می‌کنید تغییری نمی‌کند. آنچه پس از {when} ثبت شده در پشتیبان نیست. پس از آن برنامه می‌تواند به پوشهٔ بازیابی‌شده برود.</translation>
    </message>
    <message>
        <source>An empty folder to restore into</source>
        <translation>پوشه‌ای خالی برای بازیابی</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>بازیابی شد</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}.

Work with the restored folder from now on? The application closes; start it again to open it.</source>
        <translation>پشتیبان در {folder} بازیابی شد.

از این پس با پوشهٔ بازیابی‌شده کار شود؟ برنامه بسته می‌شود؛ دوباره بازش کنید تا آن پوشه باز شود.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>انتخاب پشتیبان</translation>
    </message>
    <message>
        <source>Secretariat backups (*.zip)</source>
        <translation>پشتیبان‌های دبیرخانه (*.zip)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;پشتیبان‌گیری هم‌اکنون</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;بازیابی از پشتیبان…</translation>
    </message>
    <message>
        <source>&amp;Import an earlier register (Excel)…</source>
        <translation>&amp;ورود دفتر اندیکاتور پیشین (اکسل)…</translation>
    </message>
</context>
</TS>
