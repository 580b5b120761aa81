"""The registry: every feature of the core, as data (see docs/ARCHITECTURE.md, "The registry").

One entry per feature. Code is named by import path strings, so reading this module imports
no feature: ``check``, the CLI, the audit labels, the error sentences, the permission table,
the Alembic environment and ``self-test`` import a feature's module only when they use it.
The UI's twin is ``ui/features.py``.
"""

from __future__ import annotations

from secretariat.kernel.registry import (
    Action,
    Check,
    CodeRegister,
    Command,
    Entity,
    Feature,
    Grant,
    Reaction,
    Registry,
    SelfTest,
)
from secretariat.kernel.roles import Role

MANAGER, CLERK, EXPERT, OFFICER, VIEWER = (
    Role.MANAGER, Role.CLERK, Role.EXPERT, Role.OFFICER, Role.VIEWER)
READERS = (MANAGER, CLERK, EXPERT, OFFICER, VIEWER)

# Actions every entity may record; an entity lists its own words where they differ.
COMMON_ACTIONS = (
    Action("create", "ایجاد", "Created"),
    Action("update", "ویرایش", "Changed"),
    Action("delete", "حذف", "Deleted"),
    Action("cancel", "ابطال", "Cancelled"),
)

CORE = Feature(
    name="core",
    label_fa="هسته",
    label_en="Core",
    models="secretariat.kernel.models",
    checks=(
        Check("sqlite_integrity", "secretariat.kernel.integrity:check_sqlite_integrity",
              quick=True),
        Check("audit_chain", "secretariat.kernel.audit_check:check_audit_chain", quick=True),
        Check("audited_state", "secretariat.kernel.audit_check:check_audited_state"),
        Check("private_files", "secretariat.kernel.private_check:check_private_files"),
    ),
    entities=(
        Entity("user", "کاربر", "User", "secretariat.kernel.accounts:load_user_snapshots", (
            *COMMON_ACTIONS,
            Action("reset_password", "بازنشانی گذرواژه", "Password reset"),
            Action("change_password", "تغییر گذرواژه", "Password changed"),
            Action("rehash", "نوسازی چکیده گذرواژه", "Password hash renewed"),
        ), "secretariat.kernel.accounts:read_user_snapshot"),
        Entity("setting", "تنظیمات", "Setting",
               "secretariat.kernel.org_settings:load_setting_snapshots", COMMON_ACTIONS,
               "secretariat.kernel.org_settings:read_setting_snapshot"),
        Entity("sign_in", "ورود", "Sign-in", None, (
            Action("lock", "بسته شدن ورود پس از تلاش‌های نادرست", "Locked after wrong tries"),
            Action("unlock", "باز کردن ورود", "Unlocked"),
        )),
        Entity("database", "پایگاه داده", "Database", None, (
            Action("export_keys", "بیرون دادن کلیدها", "Keys exported"),
            Action("rebuild_search_index", "بازسازی نمایهٔ جست‌وجوی نامه‌ها",
                   "Letters' search index rebuilt"),
        )),
    ),
    commands=(
        Command("init", "create or upgrade the database; create the first admin",
                "secretariat.cli.admin"),
        Command("user", "manage users (admin only)", "secretariat.cli.admin"),
        Command("check", "verify database integrity, audit chain, audited state and counters",
                "secretariat.cli.admin"),
        Command("self-test", "check this installation on throwaway data", "secretariat.cli.admin"),
        Command("audit", "read the audit log", "secretariat.cli.admin"),
        Command("keys", "this database's secret keys on this workstation",
                "secretariat.cli.keys"),
        Command("settings", "the organisation's settings (get; set: admin only)",
                "secretariat.cli.settings"),
    ),
    permissions=(
        Grant("manage_users", "مدیریت کاربران", "Manage users"),
        Grant("manage_settings", "تغییر تنظیمات", "Change settings"),
        Grant("read_audit", "خواندن گزارش ممیزی", "Read the audit log", (MANAGER,)),
        Grant("manage_keys", "کلیدهای امنیتی", "Security keys"),
        Grant("check_details", "جزئیات بررسی یکپارچگی", "Integrity check details"),
        Grant("run_check", "بررسی درستی پایگاه داده", "Check the database", (MANAGER,)),
    ),
    selftests=(
        SelfTest("database", "secretariat.kernel.selftest:check_database"),
        SelfTest("fts5", "secretariat.kernel.selftest:check_fts5"),
        SelfTest("translations", "secretariat.kernel.selftest:check_translations"),
    ),
)

CORRESPONDENCE = Feature(
    name="correspondence",
    label_fa="مکاتبات",
    label_en="Correspondence",
    api="secretariat.correspondence.api",
    models="secretariat.correspondence._models",
    depends_on=("contacts",),
    checks=(
        Check("attachments", "secretariat.correspondence._checks:check_attachments", quick=True),
        Check("letter_counters", "secretariat.correspondence._checks:check_letter_counters"),
    ),
    entities=(
        Entity("letter", "نامه", "Letter", "secretariat.correspondence._snapshots:load_letters", (
            Action("create", "ثبت", "Registered"),
            Action("update", "ویرایش", "Edited"),
            Action("cancel", "ابطال", "Cancelled"),
            Action("sign", "امضا و شماره", "Signed and numbered"),
            Action("sign_for", "امضا به جای امضاکننده", "Signed for the signatory"),
            Action("status", "تغییر وضعیت", "Status changed"),
            Action("attach", "افزودن پیوست", "Files attached"),
            Action("reply_received", "دریافت پاسخ", "Reply received"),
            Action("merge_contact", "ادغام مخاطب", "Contact merged"),
            Action("import", "ورود از دفتر پیشین", "Imported from an earlier register"),
        ), "secretariat.correspondence._snapshots:read_letter"),
        Entity("referral", "ارجاع", "Referral",
               "secretariat.correspondence._snapshots:load_referrals", (
                   Action("create", "ارجاع", "Referred"),
                   Action("note", "نوشتن هامش", "Margin note written"),
                   Action("close", "بستن ارجاع", "Referral closed"),
               ), "secretariat.correspondence._snapshots:read_referral"),
    ),
    commands=(
        Command("letter", "register, find and work letters", "secretariat.cli.letters"),
    ),
    permissions=(
        Grant("read_letters", "دیدن نامه‌ها", "Read letters", READERS),
        # officers: reminder letters to member units (outgoing drafts)
        Grant("register_letters", "ثبت نامه", "Register letters", (MANAGER, CLERK, OFFICER)),
        Grant("edit_letters", "ویرایش نامه", "Edit letters", (MANAGER, CLERK)),
        Grant("cancel_letters", "ابطال نامه", "Cancel letters", (MANAGER,), own_roles=(CLERK,)),
        Grant("attach_files", "پیوست کردن پرونده به نامه", "Attach files to letters",
              (MANAGER, CLERK)),
        Grant("letter_status", "تغییر وضعیت نامه", "Change a letter's status",
              (MANAGER, CLERK, EXPERT)),
        Grant("sign_letters", "امضای نامه", "Sign letters", (MANAGER,)),
        Grant("refer_letters", "ارجاع نامه", "Refer letters", (MANAGER, CLERK, EXPERT)),
        Grant("export_letters", "خروجی گرفتن از دفتر نامه‌ها", "Export the register",
              (MANAGER, CLERK)),
    ),
    messages="secretariat.correspondence._messages",
    reactions=(
        Reaction("secretariat.contacts._dto:ContactsMerged",
                 "secretariat.correspondence._contact_links:on_contacts_merged"),
        Reaction("secretariat.contacts._dto:ContactChanged",
                 "secretariat.correspondence._contact_links:on_contact_changed"),
    ),
    contact_scope="secretariat.correspondence._contact_links:contacts_reached",
)

CONTACTS = Feature(
    name="contacts",
    label_fa="مخاطبان",
    label_en="Contacts",
    api="secretariat.contacts.api",
    entities=(
        Entity("contact", "مخاطب", "Contact", "secretariat.contacts._snapshots:load_contacts", (
            *COMMON_ACTIONS,
            Action("merge", "ادغام", "Merged"),
            Action("merge_contact", "ادغام مخاطب", "Contact merged"),
        ), "secretariat.contacts._snapshots:read_contact"),
    ),
    commands=(
        Command("contact", "contacts: organisations and persons", "secretariat.cli.contacts"),
    ),
    permissions=(
        Grant("read_contacts", "دیدن مخاطبان", "Read contacts", READERS),
        # Officers keep member units (contacts of the address book); experts add the
        # applicants of the cases they open.
        Grant("edit_contacts", "ثبت و ویرایش مخاطب", "Edit contacts",
              (MANAGER, CLERK, EXPERT, OFFICER)),
        # Merging re-points every letter, case and unit naming the merged contact, also
        # those the merger may not see: the administrator's job.
        Grant("merge_contacts", "ادغام مخاطبان", "Merge contacts"),
    ),
    messages="secretariat.contacts._messages",
)

PRINTING = Feature(
    name="printing",
    label_fa="چاپ",
    label_en="Printing",
    api="secretariat.printing.api",
    depends_on=("correspondence", "contacts"),
    permissions=(
        Grant("print_letters", "چاپ نامه، رسید و پاکت", "Print letters, receipts, envelopes",
              (MANAGER, CLERK, EXPERT, OFFICER)),
    ),
    commands=(
        Command("print", "print documents to PDF: letters, the register, receipts, envelopes, "
                "membership cards...", "secretariat.cli.printing", group=True),
        Command("verify", "check a printed QR code (its text, a PDF or a scan), offline",
                "secretariat.cli.verify"),
    ),
    code_registers=(CodeRegister(("L", "R"), "secretariat.printing._service:letter_register"),),
    messages="secretariat.printing._messages",
    selftests=(
        SelfTest("fonts", "secretariat.printing._selftest:check_fonts"),
        SelfTest("pdf", "secretariat.printing._selftest:check_pdf"),
    ),
)

CASE_ACTIONS = (
    Action("create", "ثبت پرونده", "Opened"),
    Action("step", "تغییر مرحله", "Stepped"),
    Action("pause", "توقف ساعت", "Clock paused"),
    Action("resume", "ادامهٔ ساعت", "Clock resumed"),
    Action("assign", "واگذاری به کارشناس", "Assigned"),
    Action("close", "مختومه", "Closed"),
    Action("note", "یادداشت", "Note written"),
    Action("visit", "ثبت بازدید", "Site visit recorded"),
    Action("attach", "افزودن پیوست", "Files attached"),
    Action("link", "پیوند نامه", "Letter linked"),
    Action("recalculate", "محاسبهٔ دوبارهٔ مهلت", "Due date recalculated"),
    Action("merge_contact", "ادغام مخاطب", "Contact merged"),
)

CASES = Feature(
    name="cases",
    label_fa="وظایف واگذارشده",
    label_en="Transferred cases",
    api="secretariat.cases.api",
    models="secretariat.cases._models",
    depends_on=("correspondence", "contacts", "printing"),
    checks=(
        Check("case_counters", "secretariat.cases._checks:check_case_counters"),
        Check("case_files", "secretariat.cases._checks:check_case_files"),
    ),
    entities=(
        Entity("case", "پرونده", "Case", "secretariat.cases._snapshots:load_cases", CASE_ACTIONS),
        Entity("duty_type", "نوع وظیفه", "Duty type", "secretariat.cases._snapshots:load_duties", (
            *COMMON_ACTIONS,
            Action("activate", "فعال‌سازی", "Activated"),
            Action("deactivate", "غیرفعال‌سازی", "Deactivated"),
        )),
        Entity("mou", "تفاهم‌نامه", "MoU", "secretariat.cases._snapshots:load_mous",
               COMMON_ACTIONS),
        Entity("holiday", "روز تعطیل", "Holiday", "secretariat.cases._snapshots:load_days",
               COMMON_ACTIONS),
        Entity("meeting", "جلسهٔ کارگروه", "Workgroup meeting",
               "secretariat.cases._snapshots:load_meetings", COMMON_ACTIONS),
        Entity("resolution", "مصوبهٔ کارگروه", "Workgroup resolution",
               "secretariat.cases._snapshots:load_resolutions",
               (*COMMON_ACTIONS, Action("status", "تغییر وضعیت اجرا", "Status changed"))),
    ),
    commands=(
        Command("duty", "duty types of the MoU (transferred cases)", "secretariat.cli.cases"),
        Command("calendar", "the working-day calendar: holidays, working days",
                "secretariat.cli.cases"),
        Command("case", "open and work transferred cases", "secretariat.cli.cases"),
        Command("report", "reports: the monthly cases report (PDF, Excel, JSON)",
                "secretariat.cli.cases"),
    ),
    permissions=(
        Grant("read_cases", "دیدن پرونده‌ها", "Read cases", (MANAGER, EXPERT, CLERK, VIEWER)),
        Grant("open_cases", "ثبت پرونده", "Open cases", (MANAGER, EXPERT, CLERK)),
        Grant("work_cases", "کار روی پرونده‌ها", "Work cases", (MANAGER, EXPERT)),
        Grant("manage_cases", "مدیریت پرونده‌ها و گزارش", "Manage cases and reports",
              (MANAGER,)),
        Grant("manage_duties", "تعریف تفاهم‌نامه و وظایف", "Define the MoU and duty types",
              (MANAGER,)),
        Grant("manage_calendar", "تقویم کاری", "Change the working-day calendar"),
    ),
    messages="secretariat.cases._messages",
    selftests=(SelfTest("calendar", "secretariat.cases._selftest:check_calendar"),),
    reactions=(
        Reaction("secretariat.contacts._dto:ContactsMerged",
                 "secretariat.cases._contact_links:on_contacts_merged"),
        Reaction("secretariat.contacts._dto:ContactChanged",
                 "secretariat.cases._contact_links:on_contact_changed"),
    ),
    contact_scope="secretariat.cases._contact_links:contacts_reached",
)

M = "secretariat.membership."
MEMBERSHIP = Feature(
    name="membership",
    label_fa="انجمن‌ها و اعضا",
    label_en="Associations and members",
    api="secretariat.membership.api",
    models="secretariat.membership._models",
    # Units are parties of the address book; reminders are outgoing drafts; cards are
    # printed with the printing toolkit. Never cases: membership never gates a case.
    depends_on=("contacts", "correspondence", "printing"),
    checks=(
        Check("membership_money", M + "_checks:check_money"),
        Check("membership_counters", M + "_checks:check_counters"),
        Check("membership_files", M + "_checks:check_files"),
    ),
    entities=(
        Entity("association", "انجمن", "Association", M + "_snapshots:load_associations", (
            *COMMON_ACTIONS, Action("merge_contact", "ادغام مخاطب", "Contact merged"))),
        Entity("member_unit", "واحد عضو", "Member unit", M + "_snapshots:load_units", (
            *COMMON_ACTIONS, Action("merge_contact", "ادغام مخاطب", "Contact merged"))),
        Entity("unit_document", "مدرک واحد عضو", "Unit document",
               M + "_snapshots:load_documents", (Action("create", "افزودن مدرک", "Added"),)),
        Entity("membership_type", "نوع عضویت", "Membership type", M + "_snapshots:load_types",
               COMMON_ACTIONS),
        Entity("membership", "عضویت", "Membership", M + "_snapshots:load_memberships", (
            Action("create", "عضویت", "Joined"),
            Action("renew", "تمدید", "Renewed"),
            Action("suspend", "تعلیق", "Suspended"),
            Action("resume", "رفع تعلیق", "Resumed"),
            Action("terminate", "خاتمهٔ عضویت", "Terminated"),
        )),
        Entity("membership_decision", "تصمیم هیئت‌مدیره", "Board decision",
               M + "_snapshots:load_decisions", (Action("create", "ثبت تصمیم", "Recorded"),)),
        Entity("membership_period", "دورهٔ عضویت", "Membership period",
               M + "_snapshots:load_periods", (Action("create", "دورهٔ تازه", "Period added"),)),
        Entity("membership_payment", "پرداخت حق عضویت", "Membership payment",
               M + "_snapshots:load_payments", (
                   Action("create", "پرداخت و رسید", "Paid, receipt issued"),
                   Action("reverse", "برگشت پرداخت", "Payment reversed"),
               )),
    ),
    commands=(
        Command("association", "associations of industry (انجمن‌ها)", "secretariat.cli.membership"),
        Command("unit", "member units (واحدهای عضو)", "secretariat.cli.membership"),
        Command("membership-type", "membership types of an association",
                "secretariat.cli.membership"),
        Command("member", "memberships: join, pay, renew, suspend, list",
                "secretariat.cli.membership"),
        Command("print", "print documents to PDF", "secretariat.cli.membership_files",
                group=True),
        Command("export", "export to Excel", "secretariat.cli.membership_files", group=True),
        Command("import", "import from Excel", "secretariat.cli.membership_files", group=True),
    ),
    permissions=(
        Grant("read_membership", "دیدن انجمن‌ها و اعضا", "Read membership",
              (MANAGER, EXPERT, OFFICER, VIEWER)),
        Grant("manage_membership", "مدیریت اعضا", "Manage membership", (OFFICER,)),
    ),
    messages="secretariat.membership._messages",
    code_registers=(CodeRegister(("M", "C"), M + "_paper:card_register"),),
    reactions=(
        Reaction("secretariat.contacts._dto:ContactChanged", M + "_units:on_contact_changed"),
        Reaction("secretariat.contacts._dto:ContactsMerged", M + "_units:on_contacts_merged"),
    ),
    contact_scope=M + "_contact_scope:contacts_reached",
)

OPERATIONS = Feature(
    name="operations",
    label_fa="نگهداری",
    label_en="Operations",
    api="secretariat.operations.api",
    depends_on=("correspondence", "contacts"),
    checks=(Check("search_index", "secretariat.operations._checks:check_search_index"),),
    entities=(
        Entity("database", "پایگاه داده", "Database", None, (
            Action("restore", "بازیابی از پشتیبان", "Restored from a backup"),
            Action("copy_in", "رونوشت از پایگاه دادهٔ دیگر", "Copied from another database"),
        )),
        Entity("register_import", "ورود دفتر پیشین", "Earlier register imported", None, (
            Action("import", "ورود از اکسل", "Imported from Excel"),
        )),
    ),
    commands=(
        Command("backup", "back up, verify, list and restore archives",
                "secretariat.cli.operations"),
        Command("db", "copy the office's database to another (SQLite or PostgreSQL)",
                "secretariat.cli.operations"),
    ),
    permissions=(
        Grant("manage_backups", "پشتیبان‌گیری و بازیابی", "Back up and restore"),
        Grant("move_database", "انتقال پایگاه داده", "Move the database"),
        Grant("import_register", "ورود دفتر اندیکاتور پیشین", "Import an earlier register"),
    ),
    messages="secretariat.operations._messages",
    selftests=(
        SelfTest("backup", "secretariat.operations._selftest:check_backup_round_trip"),
    ),
)

FEATURES: tuple[Feature, ...] = (CORE, CORRESPONDENCE, CONTACTS, PRINTING, CASES, MEMBERSHIP,
                                 OPERATIONS)

REGISTRY = Registry(FEATURES)
