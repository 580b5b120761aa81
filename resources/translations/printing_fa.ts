<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>LayoutForm</name>
    <message>
        <source>The organisation&apos;s name (from the settings)</source>
        <translation>نام سازمان (از تنظیمات سازمان)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>نشان (لوگو)</translation>
    </message>
    <message>
        <source>«بسمه تعالی» at the top</source>
        <translation>«بسمه تعالی» در بالای نامه</translation>
    </message>
    <message>
        <source>Address and phone at the foot</source>
        <translation>نشانی و تلفن در پای نامه</translation>
    </message>
    <message>
        <source>QR code to check the letter</source>
        <translation>رمزینهٔ QR برای وارسی نامه</translation>
    </message>
    <message>
        <source>A5 paper for short letters</source>
        <translation>کاغذ A5 برای نامه‌های کوتاه</translation>
    </message>
    <message>
        <source>Print letters on pre-printed letterhead paper (fields only)</source>
        <translation>چاپ نامه روی کاغذ سربرگ‌دار (تنها خانه‌ها)</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>رول ۸۰ میلی‌متری</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>سربرگ</translation>
    </message>
    <message>
        <source>Name lines</source>
        <translation>سطرهای نام</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Paper and margins (mm)</source>
        <translation>کاغذ و حاشیه‌ها (میلی‌متر)</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>راست</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>چپ</translation>
    </message>
    <message>
        <source>Body text size</source>
        <translation>اندازهٔ قلم متن</translation>
    </message>
    <message>
        <source>Receipt / envelope</source>
        <translation>رسید / پاکت</translation>
    </message>
    <message>
        <source>Pre-printed paper: field positions (mm from the left and top edges)</source>
        <translation>کاغذ سربرگ‌دار: جای خانه‌ها (میلی‌متر از لبهٔ چپ و بالای کاغذ)</translation>
    </message>
    <message>
        <source>From left</source>
        <translation>از چپ</translation>
    </message>
    <message>
        <source>From top</source>
        <translation>از بالا</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>پهنا</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>بلندی</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Letterhead and print layout</source>
        <translation>سربرگ و چیدمان چاپ</translation>
    </message>
    <message>
        <source>Preview on pre-printed paper</source>
        <translation>پیش‌نمایش روی کاغذ سربرگ‌دار</translation>
    </message>
    <message>
        <source>Calibration page…</source>
        <translation>برگهٔ تنظیم…</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, logo, address and phone come from the organisation settings; here you choose how they are printed.</source>
        <translation>نام، نشان، نشانی و تلفن سازمان از تنظیمات سازمان خوانده می‌شود؛ این‌جا شیوهٔ چاپ آن‌ها را برمی‌گزینید.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>به‌روزرسانی پیش‌نمایش…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>{count} page(s)</source>
        <translation>{count} صفحه</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>باز کردن در نمایشگر PDF</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>هم‌اندازهٔ پهنا</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Preparing the letter…</source>
        <translation>در حال آماده‌سازی نامه…</translation>
    </message>
    <message>
        <source>Letter {ref}</source>
        <translation>نامهٔ {ref}</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>در حال آماده‌سازی رسید…</translation>
    </message>
    <message>
        <source>Receipt for letter {ref}</source>
        <translation>رسید نامهٔ {ref}</translation>
    </message>
    <message>
        <source>Preparing the envelopes…</source>
        <translation>در حال آماده‌سازی پاکت‌ها…</translation>
    </message>
    <message>
        <source>Envelopes for letter {ref}</source>
        <translation>پاکت‌های نامهٔ {ref}</translation>
    </message>
    <message>
        <source>Preparing the calibration page…</source>
        <translation>در حال آماده‌سازی برگهٔ تنظیم…</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>برگهٔ تنظیم چاپ</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>چاپ نامه…</translation>
    </message>
    <message>
        <source>An incoming letter is the sender&apos;s letter: it is not printed on our letterhead. Print its receipt instead (Print ▸ Receipt…).</source>
        <translation>نامهٔ وارده نامهٔ فرستنده است و روی سربرگ ما چاپ نمی‌شود؛ به جای آن رسیدش را چاپ کنید (چاپ ◂ رسید…).</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>RegisterBookDialog</name>
    <message>
        <source>Register book</source>
        <translation>دفتر اندیکاتور</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همهٔ نامه‌ها</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Landscape A4, one row per letter, cancelled letters marked.</source>
        <translation>کاغذ A4 افقی، هر نامه یک سطر، نامه‌های ابطال‌شده با نشان.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Register book {start} to {end}</source>
        <translation>دفتر اندیکاتور از {start} تا {end}</translation>
    </message>
    <message>
        <source>Building the register book…</source>
        <translation>در حال ساختن دفتر اندیکاتور…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a printed code</source>
        <translation>سنجش رمزینهٔ چاپی</translation>
    </message>
    <message>
        <source>Paste the text a phone or a reader got from the QR code of a letter, a receipt, a membership card or a certificate, or choose its PDF or a scan of it. The code&apos;s signature shows whether this office printed it; the register shows whether the record still says the same.</source>
        <translation>متنی را که گوشی یا رمزینه‌خوان از رمزینهٔ نامه، رسید، کارت عضویت یا گواهی خوانده است بچسبانید، یا پی‌دی‌اف آن یا تصویر اسکن‌شدهٔ آن را برگزینید. امضای رمزینه نشان می‌دهد که این دبیرخانه آن را چاپ کرده است یا نه؛ دفتر نشان می‌دهد که آنچه ثبت شده هنوز همان است یا نه.</translation>
    </message>
    <message>
        <source>Choose a PDF or an image…</source>
        <translation>برگزیدن PDF یا تصویر…</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>برگه:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>دفتر:</translation>
    </message>
    <message>
        <source>Code text:</source>
        <translation>متن رمزینه:</translation>
    </message>
    <message>
        <source>Or a file:</source>
        <translation>یا پرونده:</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>بسنج</translation>
    </message>
    <message>
        <source>Choose the letter or its scan</source>
        <translation>نامه یا اسکن آن را برگزینید</translation>
    </message>
    <message>
        <source>✔ Genuine: printed by this office</source>
        <translation>✔ اصل است: این دبیرخانه آن را چاپ کرده است</translation>
    </message>
    <message>
        <source>⚠ Printed by this office, but see the register</source>
        <translation>⚠ این دبیرخانه آن را چاپ کرده، ولی دفتر را ببینید</translation>
    </message>
    <message>
        <source>✖ Not genuine</source>
        <translation>✖ اصل نیست</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>معتبر تا:</translation>
    </message>
    <message>
        <source>Not compared (only a validly signed code is looked up).</source>
        <translation>با دفتر سنجیده نشد (تنها رمزینه‌ای که امضای درست دارد در دفتر جست‌وجو می‌شود).</translation>
    </message>
    <message>
        <source>No letter with this number is in the register.</source>
        <translation>نامه‌ای با این شماره در دفتر نیست.</translation>
    </message>
    <message>
        <source>Registered; its subject, parties and text are what was printed.</source>
        <translation>در دفتر ثبت است و موضوع، طرف‌ها و متن آن همان است که چاپ شده.</translation>
    </message>
    <message>
        <source>Registered, but its subject, parties or text now differ from the printed letter.</source>
        <translation>در دفتر ثبت است، ولی موضوع، طرف‌ها یا متن آن در دفتر اکنون با برگهٔ چاپی یکی نیست.</translation>
    </message>
    <message>
        <source>The letter has been cancelled.</source>
        <translation>این نامه ابطال شده است.</translation>
    </message>
    <message>
        <source>No membership with this number is in the register.</source>
        <translation>عضویتی با این شماره در دفتر نیست.</translation>
    </message>
    <message>
        <source>Registered; its unit, association and membership type are what was printed.</source>
        <translation>در دفتر ثبت است و واحد، انجمن و نوع عضویت آن همان است که چاپ شده.</translation>
    </message>
    <message>
        <source>Registered, but its unit, association, membership type or validity now differ from the printed paper.</source>
        <translation>در دفتر ثبت است، ولی واحد، انجمن، نوع عضویت یا تاریخ اعتبار آن در دفتر اکنون چیز دیگری است.</translation>
    </message>
    <message>
        <source>Membership status today: %s.</source>
        <translation>وضعیت عضویت امروز: %s.</translation>
    </message>
    <message>
        <source>This paper is not in force today.</source>
        <translation>این برگه امروز اعتبار ندارد.</translation>
    </message>
</context>
</TS>
